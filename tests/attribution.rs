//! The attribution patterns newsmark reads, one test each: what a reader sees as claim, source,
//! cue and speaker.

use newsmark::lexicon::{cue_phrases, cue_verbs, PhraseRole, VerbForm};
use newsmark::{analyze, ClaimKind, EntityKind};

/// A claim as text.
#[derive(Debug, PartialEq)]
struct Seen {
    kind: ClaimKind,
    source: Option<String>,
    cue: Option<String>,
    content: Vec<String>,
    speaker: Option<String>,
}

fn claims(text: &str) -> Vec<Seen> {
    let analysis = analyze(text);
    analysis
        .claims
        .iter()
        .map(|c| Seen {
            kind: c.kind,
            source: c.source.map(|s| s.text(text).to_string()),
            cue: c.cue.map(|s| s.text(text).to_string()),
            content: c.content.iter().map(|s| s.text(text).to_string()).collect(),
            speaker: c.speaker.map(|s| analysis.entities[s].name.clone()),
        })
        .collect()
}

/// The only claim of `text`.
fn one(text: &str) -> Seen {
    let mut all = claims(text);
    assert_eq!(all.len(), 1, "one claim expected in {text:?}: {all:#?}");
    all.remove(0)
}

/// The claim whose cue is `cue`.
fn with_cue(text: &str, cue: &str) -> Seen {
    claims(text)
        .into_iter()
        .find(|c| c.cue.as_deref() == Some(cue))
        .unwrap_or_else(|| panic!("no claim cued {cue:?} in {text:?}: {:#?}", claims(text)))
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

// ---- direct quotes -----------------------------------------------------------------------

#[test]
fn quote_then_source_then_cue() {
    let c = one("“We will stay the course,” Rutte said.");
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!((c.source, c.cue), (s("Rutte"), s("said")));
    assert_eq!(c.content, ["“We will stay the course,”"]);
}

#[test]
fn quote_then_cue_then_source() {
    let c = one("“We will stay the course,” said Mark Rutte.");
    assert_eq!((c.source, c.cue, c.speaker), (s("Mark Rutte"), s("said"), s("Mark Rutte")));
}

#[test]
fn source_and_cue_then_quote() {
    let c = one("Mark Rutte said: “We will stay the course.”");
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(c.content, ["“We will stay the course.”"]);
    assert_eq!(c.speaker, s("Mark Rutte"));
}

#[test]
fn quote_split_by_its_attribution_is_one_claim_of_two_pieces() {
    let c = one("“We will stay the course,” Rutte said, “and we will win.”");
    assert_eq!(c.content, ["“We will stay the course,”", "“and we will win.”"]);
}

#[test]
fn dash_sign_off() {
    let c = one("“The harbour must stay open.” — Commissioner Jane Doe");
    assert_eq!((c.source, c.cue, c.speaker), (s("Commissioner Jane Doe"), s("—"), s("Jane Doe")));
    assert_eq!(c.kind, ClaimKind::Direct);
}

#[test]
fn colon_lead_in_in_the_paragraph_before() {
    let c = one("From the minister:\n“We will not resign. The budget stands.”");
    assert_eq!(c.content, ["“We will not resign. The budget stands.”"]);
    assert_eq!((c.source, c.cue), (s("the minister"), s(":")));
    let c = one("Caddell continued:\n“The health issue is a partisan issue.”");
    assert_eq!((c.source, c.cue), (s("Caddell"), s("continued")));
}

#[test]
fn quote_of_several_paragraphs() {
    let c = one("Mark Rutte said:\n“The first paragraph goes on.\n“The second one ends it.”");
    assert_eq!(c.content, ["“The first paragraph goes on.", "“The second one ends it.”"]);
}

#[test]
fn follow_on_quote_in_the_same_paragraph_joins_the_claim() {
    let c = one("“We will stay,” Rutte said. “More troops will come.”");
    assert_eq!(c.content, ["“We will stay,”", "“More troops will come.”"]);
}

#[test]
fn quote_paragraph_after_a_claim_keeps_its_speaker() {
    let all = claims("“We will stay,” Mark Rutte said.\n“More troops will come.”");
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].speaker, s("Mark Rutte"));
    assert_eq!((all[1].source.clone(), all[1].cue.clone()), (None, None));
}

// ---- reported speech ---------------------------------------------------------------------

#[test]
fn pronoun_subject_with_a_noun_phrase_content() {
    let all = claims("“We will stay,” Mark Rutte said.\nHe stressed the importance of unity among allies.");
    let c = &all[1];
    assert_eq!(
        (c.source.as_deref(), c.cue.as_deref(), c.speaker.as_deref()),
        (Some("He"), Some("stressed"), Some("Mark Rutte"))
    );
    assert_eq!(c.content, ["the importance of unity among allies"]);
    assert_eq!(c.kind, ClaimKind::Indirect);
}

#[test]
fn that_clause() {
    let c = one("Rutte noted that the talks had failed.");
    assert_eq!((c.source, c.cue), (s("Rutte"), s("noted")));
    assert_eq!(c.content, ["the talks had failed"]);
}

#[test]
fn inserted_attribution_gives_two_pieces() {
    let c = one("To ensure lasting peace, Rutte noted, conditions must be created.");
    assert_eq!(c.content, ["To ensure lasting peace", "conditions must be created"]);
    let c = one("Whatever the outcome, Rutte emphasized, it must be sustainable.");
    assert_eq!((c.cue.as_deref(), c.content.len()), (Some("emphasized"), 2));
}

#[test]
fn told_reporters() {
    let c = one("Rutte told reporters that the talks had failed.");
    assert_eq!((c.source, c.cue), (s("Rutte"), s("told reporters")));
    assert_eq!(c.content, ["the talks had failed"]);
    let c = one("Rutte told reporters the talks had failed.");
    assert_eq!(c.content, ["the talks had failed"]);
}

#[test]
fn according_to_before_and_after() {
    let c = one("The talks failed on Monday, according to Mark Rutte.");
    assert_eq!((c.source, c.cue), (s("Mark Rutte"), s("according to")));
    assert_eq!(c.content, ["The talks failed on Monday"]);
    let c = one("According to two officials, the talks failed.");
    assert_eq!((c.source, c.cue), (s("two officials"), s("According to")));
    assert_eq!(c.content, ["the talks failed"]);
}

#[test]
fn said_in_a_statement() {
    let c = one("Rutte said in a statement that the talks had failed.");
    assert_eq!((c.cue, c.content), (s("said"), vec!["the talks had failed".to_string()]));
}

#[test]
fn passive_with_its_agent_points_back() {
    let text = "Allies remain committed to the plan.\nThis was stated by NATO Secretary General Mark Rutte in Davos.";
    let c = one(text);
    assert_eq!((c.cue.as_deref(), c.speaker.as_deref()), (Some("stated"), Some("Mark Rutte")));
    assert_eq!(c.content, ["Allies remain committed to the plan"]);
}

#[test]
fn headline_with_a_colon() {
    let c = one("Rutte: Talks Have Failed\n\nThe talks ended on Monday.");
    assert_eq!((c.source, c.cue), (s("Rutte"), s(":")));
    assert_eq!(c.content, ["Talks Have Failed"]);
}

#[test]
fn reported_speech_with_quoted_words_is_mixed() {
    let c = one("He said the plan was “dead on arrival.”");
    assert_eq!(c.kind, ClaimKind::Mixed);
    assert_eq!(c.content, ["the plan was “dead on arrival.”"]);
}

// ---- sources --------------------------------------------------------------------------

#[test]
fn names_with_titles_and_roles() {
    let c = one("Longtime Democratic pollster Pat Caddell said the race was close.");
    assert_eq!(
        (c.source.as_deref(), c.speaker.as_deref()),
        (Some("Longtime Democratic pollster Pat Caddell"), Some("Pat Caddell"))
    );
    let c = one("NATO Secretary General Mark Rutte said the talks had failed.");
    assert_eq!(c.speaker, s("Mark Rutte"));
}

#[test]
fn descriptions_without_a_name() {
    let c = one("A senior official said the plan had failed.");
    assert_eq!((c.source.as_deref(), c.speaker), (Some("A senior official"), None));
    let c = one("Sources said the plan had failed.");
    assert_eq!(c.source, s("Sources"));
    let c = one("The poll shows that voters are divided.");
    assert_eq!(c.source, s("The poll"));
}

#[test]
fn appositives_and_relative_clauses() {
    let c = one("Hugh Hill, a doctor, said the wards were full.");
    assert_eq!((c.source.as_deref(), c.speaker.as_deref()), (Some("Hugh Hill, a doctor,"), Some("Hugh Hill")));
    let c = one("Vince Cable, who replaced Tim Farron in July, said the party would fight.");
    assert_eq!(c.speaker, s("Vince Cable"));
    assert_eq!(c.content, ["the party would fight"]);
}

#[test]
fn organisations_speak() {
    let c = one("The Kremlin said the talks had failed.");
    let analysis = analyze("The Kremlin said the talks had failed.");
    assert_eq!(c.speaker, s("Kremlin"));
    assert_eq!(analysis.entities[analysis.claims[0].speaker.unwrap()].kind, EntityKind::Organization);
}

// ---- coreference to speakers ------------------------------------------------------------

#[test]
fn surname_and_description_join_the_full_name() {
    let text = "NATO Secretary General Mark Rutte spoke in Davos.\n“We will stay,” Rutte said.\n“The door is open,” the NATO chief added.";
    let all = claims(text);
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|c| c.speaker.as_deref() == Some("Mark Rutte")), "{all:#?}");
}

#[test]
fn pronouns_follow_gender() {
    let text = "Jane Doe met John Smith in Paris.\n“We agree,” she said.\n“We do,” he said.";
    let all = claims(text);
    assert_eq!(all[0].speaker, s("Jane Doe"));
    assert_eq!(all[1].speaker, s("John Smith"));
}

#[test]
fn pronouns_are_not_guessed_when_unsure() {
    // Two people whose first names say nothing of gender: "they" and "he" stay unresolved.
    let text = "Tamsin Ravel met Arden Quill in Paris.\n“We agree,” they said.";
    let all = claims(text);
    assert_eq!(all[0].speaker, None);
}

#[test]
fn a_quote_inside_a_quote_does_not_make_a_speaker() {
    let text = "“Putin said ‘no’ to everything, and Putin says he will wait,” Mark Rutte said.";
    let analysis = analyze(text);
    assert_eq!(analysis.claims.len(), 1);
    let putin = analysis.entities.iter().find(|e| e.name == "Putin").unwrap();
    assert!(!putin.speaker);
    assert_eq!(putin.kind, EntityKind::Person);
}

// ---- not claims -------------------------------------------------------------------------

#[test]
fn scare_quotes_and_titles_are_not_claims() {
    assert!(claims("The so-called “peace plan” was published on Monday.").is_empty());
    assert!(claims("She watched the film “Oppenheimer” twice.").is_empty());
    assert!(claims("The “experts” were wrong again.").is_empty());
}

#[test]
fn verbs_used_as_nouns_are_not_cues() {
    assert!(claims("His latest remarks will do nothing for the talks.").is_empty());
    assert!(claims("The United States and Canada signed the deal.").is_empty());
    assert!(claims("He declined to say more about the deal.").is_empty());
}

// ---- the cue lexicon: every entry is reachable ------------------------------------------

#[test]
fn every_cue_verb_form_is_reachable() {
    let mut unreachable = Vec::new();
    for (form, verb) in cue_verbs() {
        let text = match verb.form {
            VerbForm::Base => format!("Smith and Jones {form} that the plan had failed."),
            VerbForm::ThirdPerson | VerbForm::Past => format!("Smith {form} that the plan had failed."),
            VerbForm::Participle => format!("Smith has {form} that the plan had failed."),
            VerbForm::Gerund => format!("Smith spoke on Monday, {form} that the plan had failed."),
        };
        let found = claims(&text).into_iter().any(|c| {
            c.cue.as_deref() == Some(form)
                && c.content == ["the plan had failed"]
                && c.source.as_deref() == Some(if verb.form == VerbForm::Base { "Smith and Jones" } else { "Smith" })
        });
        if !found {
            unreachable.push(text);
        }
    }
    assert!(unreachable.is_empty(), "unreachable cue forms: {unreachable:#?}");
}

#[test]
fn every_cue_phrase_is_reachable() {
    for phrase in cue_phrases() {
        let words = phrase.words.join(" ");
        let (text, cue) = match phrase.role {
            PhraseRole::SourceAfter => (format!("The plan had failed, {words} Smith."), words.clone()),
            PhraseRole::Verb => (format!("Smith {words} that the plan had failed."), words.clone()),
            PhraseRole::Adjunct => (format!("Smith said {words} that the plan had failed."), "said".to_string()),
        };
        let c = with_cue(&text, &cue);
        assert_eq!(c.content.iter().map(|p| p.to_lowercase()).collect::<Vec<_>>(), ["the plan had failed"], "{text}");
        assert_eq!(c.source.as_deref(), Some("Smith"), "{text}");
    }
}

// ---- a wire story, end to end ------------------------------------------------------------

#[test]
fn a_wire_story() {
    let text = include_str!("fixtures/wire-story.txt");
    let all = claims(text);
    let by_cue = |cue: &str| {
        all.iter().find(|c| c.cue.as_deref() == Some(cue)).unwrap_or_else(|| panic!("no {cue:?}: {all:#?}"))
    };
    // The dateline is not part of what officials said.
    let officials = all.iter().find(|c| c.source.as_deref() == Some("officials")).unwrap();
    assert!(officials.content[0].starts_with("Thousands of residents fled"), "{officials:?}");
    // "… Bell told reporters at a briefing in Baton Rouge. “By then …”": one claim, two quotes.
    let bell = by_cue("told reporters");
    assert_eq!((bell.speaker.as_deref(), bell.content.len()), (Some("Marcus Bell"), 2));
    assert!(!all.iter().any(|c| c.cue.as_deref() == Some("declared")), "declaring an emergency is no claim");
    let analysts = all
        .iter()
        .find(|c| c.source.as_deref() == Some("analysts at Lindqvist Capital"))
        .expect("analysts at … said in a note");
    assert_eq!(analysts.content, ["Oil prices rose 2% in early trading"]);
    assert_eq!(by_cue("according to").source.as_deref(), Some("the Bureau of Safety and Environmental Enforcement"));
    let places: Vec<String> =
        analyze(text).entities.iter().filter(|e| e.kind == EntityKind::Place).map(|e| e.name.clone()).collect();
    for place in ["New Orleans", "Gulf of Mexico", "Baton Rouge", "Mobile", "Alabama"] {
        assert!(places.iter().any(|p| p == place), "{place} in {places:?}");
    }
    let okafor: Vec<&Seen> = all.iter().filter(|c| c.speaker.as_deref() == Some("Sandra Okafor")).collect();
    assert!(okafor.len() >= 3, "{okafor:#?}");
}

#[test]
fn a_british_story_with_single_quotes() {
    let text = include_str!("fixtures/uk-story.txt");
    let all = claims(text);
    let find = |source: &str| {
        all.iter().find(|c| c.source.as_deref() == Some(source)).unwrap_or_else(|| panic!("no {source:?}: {all:#?}"))
    };
    assert_eq!(find("The Chancellor, Rachel Hume").speaker.as_deref(), Some("Rachel Hume"), "…, insisting that …");
    assert_eq!(find("Ms Hume").content, ["'We have taken the difficult decisions so that families do not have to.'"]);
    assert_eq!(find("Ms Hume").kind, ClaimKind::Direct);
    assert_eq!(find("the Institute for Fiscal Studies (IFS)").speaker.as_deref(), Some("Institute for Fiscal Studies"));
    assert_eq!(find("Its director, Paul Marsh,").speaker.as_deref(), Some("Paul Marsh"));
    assert_eq!(find("one MP").content, ["Labour backbenchers were privately furious"]);
    assert_eq!(find("who").content, ["the mood in the party was 'grim'"]);
    assert_eq!(find("Ms Hume's spokesman").speaker, None, "the spokesman is not Ms Hume");
    assert_eq!(find("He").speaker.as_deref(), Some("Tom Reid"));
}

#[test]
fn an_interview_transcript() {
    let text = include_str!("fixtures/interview.txt");
    let all = claims(text);
    let fisk: Vec<&Seen> = all.iter().filter(|c| c.source.as_deref() == Some("FISK")).collect();
    assert_eq!(fisk.len(), 2);
    assert!(
        fisk.iter().all(|c| c.speaker.as_deref() == Some("Lena Fisk") && c.cue.as_deref() == Some(":")),
        "{fisk:#?}"
    );
    assert!(fisk[0].content[0].starts_with("It will."));
}

#[test]
fn the_built_in_sample_article() {
    let text = include_str!("../www/sample.txt");
    let analysis = analyze(text);
    let places: Vec<&str> =
        analysis.entities.iter().filter(|e| e.kind == EntityKind::Place).map(|e| e.name.as_str()).collect();
    for place in ["Veldmark", "Norvale", "Geneva", "Vienna", "Oslo", "Gdańsk", "Brussels"] {
        assert!(places.contains(&place), "{place} in {places:?}");
    }
    let all = claims(text);
    assert!(
        !all.iter().any(|c| c.cue.as_deref() == Some("agree")),
        "“must agree on inspections” is no claim: {all:#?}"
    );
    let split = all.iter().find(|c| c.cue.as_deref() == Some("added")).unwrap();
    assert_eq!(split.content.len(), 2, "To avoid …, Reyn added, both governments must …");
    assert!(all
        .iter()
        .any(|c| c.source.as_deref() == Some("the negotiator") && c.speaker.as_deref() == Some("Tomas Reyn")));
    assert!(all.iter().any(|c| c.cue.as_deref() == Some("—") && c.speaker.as_deref() == Some("Lena Fisk")));
}

#[test]
fn beliefs_intentions_and_findings_are_claims_not_speech() {
    let analysis = analyze("Hillary Clinton wants to make tuition free. Mr. Obama believes his efforts will last. Instant polls showed Clinton was the winner.");
    assert_eq!(analysis.claims.len(), 3);
    assert!(analysis.claims.iter().all(|c| !c.speech));
    let c = one("Hillary Clinton wants to make tuition free.");
    assert_eq!(c.content, ["to make tuition free"]);
    assert!(claims("The team plans a number of conferences.").is_empty(), "an intention takes an infinitive");
    assert!(claims("She wanted it.").is_empty());
    assert!(claims("If you want to avoid the crowds, come early.").is_empty(), "a generic 'you' holds no belief");
}

#[test]
fn adverbs_and_dates_between_source_cue_and_content() {
    let c = one("The minister repeatedly said the plan was sound.");
    assert_eq!((c.source.as_deref(), c.cue.as_deref()), (Some("The minister"), Some("said")));
    let c = one("The minister said in June 2012 that the plan was sound.");
    assert_eq!(c.content, ["the plan was sound"]);
    let c = one("In a statement on Monday, the company said profits had doubled.");
    assert_eq!(c.source, s("the company"));
}

#[test]
fn a_restrictive_relative_speaks_for_its_noun() {
    let c = one("Police arrested an architect who said the building was unsafe.");
    assert_eq!((c.source.as_deref(), c.cue.as_deref()), (Some("who"), Some("said")));
    assert_eq!(c.content, ["the building was unsafe"]);
}

#[test]
fn that_opens_content_even_before_a_prepositional_phrase() {
    let c = one("She said that in 1997 and 1998, she was tasked with removing asbestos.");
    assert_eq!(c.content, ["in 1997 and 1998, she was tasked with removing asbestos"]);
    let c = one("The firm said that as of March 4, 2011, the browser had 277 flaws.");
    assert_eq!(c.content, ["as of March 4, 2011, the browser had 277 flaws"]);
}

#[test]
fn clause_only_verbs_take_a_bare_clause_with_a_pronoun_subject() {
    let c = one("Church officials stated they have not received the materials.");
    assert_eq!(
        (c.cue.as_deref(), c.content.as_slice()),
        (Some("stated"), ["they have not received the materials".to_string()].as_slice())
    );
    assert!(claims("The two sides agreed on a date.").is_empty());
}

#[test]
fn a_verb_joined_by_and_shares_its_subject_and_takes_no_content() {
    let c = one("Facebook co-founder Mark Zuckerberg tweeted and said the boy was welcome.");
    assert_eq!((c.source.as_deref(), c.cue.as_deref()), (Some("Facebook co-founder Mark Zuckerberg"), Some("said")));
    assert_eq!(c.speaker, s("Mark Zuckerberg"));
}

#[test]
fn a_clause_ending_in_a_quotation_before_its_attribution_is_mixed() {
    let c = one("The plan sends a clear message that a top priority ''is raising taxes at the top,'' Mr. Kamin said.");
    assert_eq!(c.kind, ClaimKind::Mixed);
    assert_eq!(c.content, ["The plan sends a clear message that a top priority ''is raising taxes at the top,''"]);
    // Symbols before the quotation are not words of the claim.
    let c = one("😀 “We will stay in Kyiv,” Mark Rutte said.");
    assert_eq!((c.kind, c.content.as_slice()), (ClaimKind::Direct, ["“We will stay in Kyiv,”".to_string()].as_slice()));
    // A clause with an attribution of its own keeps to the quotation.
    let all = claims("Ava said she felt it was worth it because “most people don’t know,” she said.");
    assert!(all.iter().any(|c| c.content == ["“most people don’t know,”"]), "{all:#?}");
}

#[test]
fn a_quotation_closed_after_a_comma_ends_the_content() {
    let c = with_cue("Rep. Gwen Moore said “It’s a dog whistle,” adding that it was wrong.", "said");
    assert_eq!(c.content, ["“It’s a dog whistle,”"]);
    let c = one("Melanie said “That’s right, Donald,” and laughed.");
    assert_eq!(c.content, ["“That’s right, Donald,”"]);
}

#[test]
fn an_inverted_source_with_a_bracketed_affiliation() {
    let c = one("“We have doubts,” added Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus.");
    assert_eq!(c.source, s("Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus"));
    assert_eq!(c.speaker, s("Jim Clyburn"));
}

#[test]
fn adjectives_in_ly_stay_in_noun_phrases() {
    let c = one("Trump tweeted in the early morning hours that Machado was rude.");
    assert_eq!(c.content, ["Machado was rude"]);
    let c = one("The elderly man said the costly war had to end.");
    assert_eq!(c.source, s("The elderly man"));
}

#[test]
fn what_follows_a_postposed_attribution_is_not_always_content() {
    // A participle after the attribution describes the speaker.
    let c = one("“We can float like butterflies,” Mr. Obama said, not even needing to name the author.");
    assert_eq!(c.content, ["“We can float like butterflies,”"]);
    // "said of …" names the topic, not the source.
    let c = one("“It has virtue,” Leonard E. Burman, director of the Tax Policy Center, said of the plan.");
    assert_eq!(
        (c.source.as_deref(), c.speaker.as_deref()),
        (Some("Leonard E. Burman, director of the Tax Policy Center,"), Some("Leonard E. Burman"))
    );
    assert_eq!(c.content, ["“It has virtue,”"]);
}

#[test]
fn an_appositive_of_two_roles() {
    let c = one("Leonard Burman, director of the Tax Policy Center and a professor at Syracuse University, said the plan was sound.");
    assert_eq!(c.speaker, s("Leonard Burman"));
    assert_eq!(c.content, ["the plan was sound"]);
}

#[test]
fn subjects_are_not_verbs_or_adverbs() {
    assert!(claims("She will unveil plans to pay for the expansion.")
        .iter()
        .all(|c| c.source.as_deref() != Some("unveil")));
    assert!(claims("He defended people accused of rape or murder.").is_empty());
    let c = one("Democrats have long called for tax fairness.");
    assert_eq!(c.source, s("Democrats"));
    let c = one("Cruz has long said that he qualifies.");
    assert_eq!(c.source, s("Cruz"));
    let c = one("She egregiously described young men as “super predators.”");
    assert_eq!(c.source, s("She"));
    let c = one("But has he called for changing the provisions?");
    assert_eq!(c.source, s("he"));
}
