//! The attribution patterns newsmark reads, as a table of cases (`tests/cases/attribution.txt`),
//! and whole stories: what a reader sees as claim, source, cue and speaker.

mod support;

use newsmark::{analyze, ClaimKind, EntityKind};

#[test]
fn every_case_of_the_table() {
    let failures = support::failing_cases();
    assert!(failures.is_empty(), "{} cases fail:\n{}", failures.len(), failures.join("\n"));
}

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

/// `text` hard-wrapped at `width` characters, as e-mail and plain-text wires send it: each line
/// of a paragraph as many words as fit.
fn hard_wrapped(text: &str, width: usize) -> String {
    let mut out = String::new();
    for (n, paragraph) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut column = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let length = word.chars().count();
            if column > 0 && column + 1 + length > width {
                out.push('\n');
                column = 0;
            } else if column > 0 {
                out.push(' ');
                column += 1;
            }
            out.push_str(word);
            column += length;
        }
    }
    out
}

/// The claims of `text` with each span's white space read as single spaces.
fn claims_unwrapped(text: &str) -> Vec<Seen> {
    let one_line = |s: &String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    claims(text)
        .into_iter()
        .map(|c| Seen {
            source: c.source.as_ref().map(one_line),
            cue: c.cue.as_ref().map(one_line),
            content: c.content.iter().map(one_line).collect(),
            ..c
        })
        .collect()
}

#[test]
fn a_hard_wrapped_story_reads_as_the_same_story() {
    for text in [include_str!("fixtures/wire-story.txt"), include_str!("fixtures/uk-story.txt")] {
        let expected = claims_unwrapped(text);
        assert!(expected.len() >= 5, "{expected:#?}");
        for width in [60, 72, 80] {
            let wrapped = hard_wrapped(text, width);
            assert!(wrapped.lines().count() > text.lines().count(), "wrapped at {width}:\n{wrapped}");
            assert_eq!(claims_unwrapped(&wrapped), expected, "wrapped at {width}:\n{wrapped}");
        }
    }
}

/// `text` as some web pages and PDFs give it: a byte-order mark first, a soft hyphen inside every
/// word of eight letters or more, a zero-width space after every fifth space.
fn with_invisible_characters(text: &str) -> String {
    let mut out = String::from('\u{FEFF}');
    for (n, word) in text.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
            if n % 5 == 0 {
                out.push('\u{200B}');
            }
        }
        let letters: Vec<char> = word.chars().collect();
        if letters.len() >= 8 && letters.iter().all(|c| c.is_alphabetic()) {
            let half = letters.len() / 2;
            out.extend(&letters[..half]);
            out.push('\u{AD}');
            out.extend(&letters[half..]);
        } else {
            out.push_str(word);
        }
    }
    out
}

#[test]
fn invisible_characters_change_nothing_a_reader_sees() {
    let visible = |s: &String| s.chars().filter(|c| !matches!(c, '\u{AD}' | '\u{200B}' | '\u{FEFF}')).collect();
    for text in [include_str!("fixtures/wire-story.txt"), include_str!("fixtures/uk-story.txt")] {
        let pasted = with_invisible_characters(text);
        assert!(pasted.matches('\u{AD}').count() >= 10, "{pasted}");
        let seen: Vec<Seen> = claims(&pasted)
            .into_iter()
            .map(|c| Seen {
                source: c.source.as_ref().map(visible),
                cue: c.cue.as_ref().map(visible),
                content: c.content.iter().map(visible).collect(),
                speaker: c.speaker.as_ref().map(visible),
                ..c
            })
            .collect();
        assert_eq!(seen, claims(text), "{pasted}");
    }
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
    assert_eq!(
        find("Ms Hume's spokesman").speaker.as_deref(),
        Some("Ms Hume's spokesman"),
        "the spokesman is an unnamed source, not Ms Hume"
    );
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
fn a_quote_inside_a_quote_does_not_make_a_speaker() {
    let text = "“Putin said ‘no’ to everything, and Putin says he will wait,” Mark Rutte said.";
    let analysis = analyze(text);
    assert_eq!(analysis.claims.len(), 1);
    let putin = analysis.entities.iter().find(|e| e.name == "Putin").unwrap();
    assert!(!putin.speaker);
    assert_eq!(putin.kind, EntityKind::Person);
}

#[test]
fn an_organisation_that_speaks_is_an_organisation() {
    let analysis = analyze("The Kremlin said the talks had failed.");
    assert_eq!(analysis.entities[analysis.claims[0].speaker.unwrap()].kind, EntityKind::Organization);
}

#[test]
fn a_headline_with_a_colon_is_less_sure_than_a_sentence_that_says_it() {
    // Whether the scorer keeps such a headline is a close call; if it does, the page draws it
    // lighter (under 0.7) than the same claim in a sentence.
    let said = analyze("Rutte said the talks had failed.");
    assert_eq!(said.claims.len(), 1);
    let headline = analyze("Rutte: Talks Have Failed\n\nThe talks ended on Monday.");
    for claim in &headline.claims {
        assert!(claim.confidence < 0.7 && claim.confidence < said.claims[0].confidence, "{claim:?}");
    }
}
