//! Claims from cues: each cue's source and content, read in the patterns news uses.

use std::ops::Range;

use super::content::{self, Until};
use super::cues::{self, Cue, CueShape};
use super::sources::{self, VerbSite, VerbSource};
use super::Draft;
use crate::document::Document;
use crate::lexicon::{CueClass, VerbForm, WordClass, WordSet};
use crate::segment::{Shape, TokenKind};
use crate::syntax;

/// The claim a cue makes, if the text around it has a content. `previous` are the claims found
/// so far, for sources that must be borrowed ("…, adding that …").
pub(crate) fn from_cue(doc: &Document, cue: &Cue, previous: &[Draft]) -> Option<Draft> {
    match cue.shape {
        CueShape::Verb(form) => verb(doc, cue, form, previous),
        CueShape::SourceAfter => according_to(doc, cue),
        CueShape::Passive => passive(doc, cue),
        CueShape::Colon => colon(doc, cue),
        CueShape::Dash => dash(doc, cue),
        CueShape::Noun => noun(doc, cue),
    }
}

/// The fewest tokens of a clause after a noun cue before the verb of the sentence it is the
/// subject of: "Trump's claim that he won is false".
const MIN_NOUN_CUE_CLAUSE: usize = 3;

/// "his claim that …", "Trump's warning that …": the owner is the source, the clause after
/// "that" the content — up to the sentence's own verb when the noun opens the sentence ("Trump's
/// claim that he is an advocate for workers is false": its last auxiliary).
fn noun(doc: &Document, cue: &Cue) -> Option<Draft> {
    let source = cues::noun_cue_owner(doc, cue.tokens.start)?;
    let sentence = doc.sentence_tokens(cue.tokens.start);
    let mut pieces = content::forward(doc, cue.tokens.end + 1, sentence.end, Until::Clause)?;
    if source.start == sentence.start && pieces.len() == 1 {
        let piece = pieces[0].clone();
        let verb = (piece.start + MIN_NOUN_CUE_CLAUSE..piece.end)
            .rev()
            .find(|&k| doc.class(k) == Some(WordClass::Auxiliary) && !doc.quotes.is_quoted(k));
        if let Some(mut verb) = verb {
            // "has been disproved": the chain of auxiliaries from its first.
            while verb > piece.start && doc.class(verb - 1) == Some(WordClass::Auxiliary) {
                verb -= 1;
            }
            pieces[0] = content::trim(doc, piece.start..verb);
        }
    }
    Some(Draft::new(Some(source), Some(cue.tokens.clone()), pieces, cue.class))
}

/// "Rutte said (that) …", "“…,” Rutte said", "“…,” said Rutte", "…, Rutte noted, …",
/// "…, adding that …".
fn verb(doc: &Document, cue: &Cue, form: VerbForm, previous: &[Draft]) -> Option<Draft> {
    let sentence = doc.sentence_tokens(cue.tokens.start);
    let (s0, s1) = (quotation_before(doc, sentence.clone(), cue).unwrap_or(sentence.start), sentence.end);
    if let Some(question) = question_asked(doc, cue, form, s0, s1) {
        return Some(question);
    }
    if let Some(expectation) = expected(doc, cue, form, s0, s1) {
        return Some(expectation);
    }
    if let Some(seems) = seeming(doc, cue, s0, s1) {
        return Some(seems);
    }
    // A participle in the phrase that opens the sentence says no more than that phrase: "After
    // meeting the families, Trump said …".
    let opening = (form == VerbForm::Gerund).then(|| sources::opening_phrase_end(doc, s0, cue.tokens.start)).flatten();
    let s1 = opening.unwrap_or(s1);
    let site = VerbSite {
        cue: cue.tokens.clone(),
        s0,
        s1,
        before: syntax::skip_adverbials_left(doc, cue.tokens.start, s0),
        after: syntax::skip_adverbials_right(doc, cue.tokens.end, s1),
        gerund: form == VerbForm::Gerund,
        opening,
    };
    let source = sources::of_verb(doc, &site, previous)?;
    let mut pieces = verb_content(doc, &site, form, &source, previous)?;
    let written = source.tokens();
    // "changes, which officials said will go into effect …", "what analysts said was a sign …":
    // the relative pronoun before the source stands for the subject the content lacks.
    let gap =
        pieces.first().is_some_and(|p| p.start >= site.cue.end && doc.class(p.start) == Some(WordClass::Auxiliary));
    if let Some(relative) = written.start.checked_sub(1).filter(|&r| {
        gap && r >= s0 && matches!(source, VerbSource::Subject(_)) && doc.is_any(r, &["which", "what", "that", "who"])
    }) {
        pieces.insert(0, relative..relative + 1);
    }
    let verb = doc.lex(cue.tokens.start).cue;
    // "voters who support Sanders are young": in a relative clause a stance takes its object
    // alone, not the predicate after it.
    let stance_in_relative = matches!(source, VerbSource::Relative(_)) && verb.is_some_and(|v| v.stance);
    if cue.class == CueClass::Thought && (stance_in_relative || !content::is_thought(doc, &pieces)) {
        // "Christie endorsed Trump last week", "talked about income inequality": a stance, or a
        // phrase ending in its preposition, takes the noun phrase after it.
        let object = pieces.first().is_some_and(|p| p.start > cue.tokens.start);
        if !(object && (cue.tokens.len() > 1 || verb.is_some_and(|v| v.stance))) {
            return None;
        }
        pieces = content::noun_object(doc, &pieces)?;
    }
    // "If you want to avoid the crowds": a generic "you" holds no belief worth marking.
    if cue.class == CueClass::Thought && doc.is(written.start, "you") && written.len() == 1 {
        return None;
    }
    // "she called 911 and waited": a number called is a telephone, not a name given.
    let first = pieces.first().map_or(cue.tokens.end, |p| p.start);
    if verb.is_some_and(|v| v.lemma == "call") && first > cue.tokens.start && doc.is_kind(first, TokenKind::Number) {
        return None;
    }
    if verb.is_some_and(|v| v.lemma == "report")
        && cue.tokens.len() == 1
        && doc.in_set(written.end - 1, WordSet::BylineNoun)
    {
        return None; // "…, a Ukrinform correspondent reports": the article's own byline
    }
    Some(Draft::new(Some(written), Some(cue.tokens.clone()), pieces, cue.class))
}

/// "“Why now?” Clinton responds.", "“We need our fix!” Clinton said.", "“I hope you find the
/// emails.” Trump said.": a sentence that opens after a quotation ending in "?" or "!", in the
/// same paragraph, may be its attribution — after one ending in "." or "…", only a sentence that
/// says nothing but who said it and when or where. For the cue's `sentence`: the first token of the
/// quotation, when it opens a sentence.
fn quotation_before(doc: &Document, sentence: Range<usize>, cue: &Cue) -> Option<usize> {
    let close = sentence.start.checked_sub(2)? + 1;
    let quotation = doc.quotes.closing_at(close)?;
    let first = quotation.first_token();
    let opens_sentence = doc.sentence_tokens(first).start == first;
    // The quotation's last mark, inside any quotation it closes with it ("…?’”").
    let mut last = close.checked_sub(1)?;
    while last > first && doc.is_kind(last, TokenKind::Quote) {
        last -= 1;
    }
    let ends = doc.is_any(last, &["?", "!"])
        || (doc.is_any(last, &[".", "…", "..."]) && only_attribution(doc, sentence.clone(), cue));
    (opens_sentence && ends && doc.paragraph_tokens(first) == doc.paragraph_tokens(sentence.start)).then_some(first)
}

/// The most tokens of a sentence that only attributes: "Ohio Gov. John Kasich said on Monday."
const MAX_ATTRIBUTION_SENTENCE: usize = 16;

/// True when the cue's `sentence` holds nothing but its source and a time, place or audience:
/// "Trump said.", "said Trump on Monday.", "Cruz told reporters in Iowa." — no clause ("Trump
/// said he would win."), no object a claim could be about ("She noted a planned rally.").
fn only_attribution(doc: &Document, sentence: Range<usize>, cue: &Cue) -> bool {
    let after = syntax::skip_adverbials_right(doc, cue.tokens.end, sentence.end);
    // After these verbs a lower-case word is the source ("said the senator.") or the listener
    // ("told reporters."), not what the claim is about ("noted a planned rally.").
    let speaks = doc.lex(cue.tokens.start).cue.is_some_and(|v| matches!(v.lemma, "say" | "add" | "tell" | "write"));
    let rest = after..sentence.end;
    let bare = rest.is_empty()
        || doc.is_any(after, &[".", "!"])
        || doc.class(after) == Some(WordClass::Preposition)
        || doc.is_capitalized(after)
        || speaks;
    let clause = rest.clone().any(|k| {
        matches!(doc.class(k), Some(WordClass::Pronoun { .. } | WordClass::Subordinator | WordClass::Auxiliary))
            || doc.is_kind(k, TokenKind::Quote)
            || doc.lex(k).cue.is_some()
    });
    sentence.len() <= MAX_ATTRIBUTION_SENTENCE && bare && !clause && doc.is(sentence.end - 1, ".")
}

/// "Asked whether the plan would work, Smith said …", "He was asked if he would run", "…, she
/// said when asked what …", "Asked about the charges, Rubio said …": the question is a claim of
/// its own, whose asker the text leaves unsaid — or names after "by" ("when asked by a reporter
/// if …").
fn question_asked(doc: &Document, cue: &Cue, form: VerbForm, s0: usize, s1: usize) -> Option<Draft> {
    let i = cue.tokens.start;
    let asked =
        doc.lex(i).cue.is_some_and(|v| v.lemma == "ask") && matches!(form, VerbForm::Past | VerbForm::Participle);
    if !asked {
        return None;
    }
    // At the sentence's start (after a quote mark or a conjunction), after a form of "be", or
    // after "when", "after", "if" ….
    let mut lead = s0;
    while lead < i && (doc.is_kind(lead, TokenKind::Quote) || doc.in_set(lead, WordSet::Coordinator)) {
        lead += 1;
    }
    let placed =
        i == lead || (i > s0 && (doc.in_set(i - 1, WordSet::Be) || doc.in_set(i - 1, WordSet::AdverbialOpener)));
    if !placed {
        return None;
    }
    let mut after = cue.tokens.end;
    let mut asker = None;
    if doc.is(after, "by") {
        let agent = sources::agent(doc, after + 1, s1)?;
        after = agent.end;
        asker = Some(agent);
    }
    let question = syntax::question_after(doc, after, s1)?;
    let content = content::forward(doc, question, s1, Until::Comma)?;
    Some(Draft::new(asker, Some(cue.tokens.clone()), content, CueClass::Speech))
}

/// "Trump is expected to win", "The sale is widely expected to close": an expectation whose
/// holders the text leaves unsaid (no source); the content is the subject and the infinitive.
fn expected(doc: &Document, cue: &Cue, form: VerbForm, s0: usize, s1: usize) -> Option<Draft> {
    let i = cue.tokens.start;
    let expect =
        doc.lex(i).cue.is_some_and(|v| v.lemma == "expect") && matches!(form, VerbForm::Past | VerbForm::Participle);
    if !expect || cue.tokens.end >= s1 || !doc.is(cue.tokens.end, "to") {
        return None;
    }
    // "is widely expected", "is not expected"; a subject stands before the "be".
    let be = syntax::be_before(doc, i, s0).filter(|&be| be > s0)?;
    let subject = content::trim(doc, sources::subject_left(doc, be, s0)?);
    let infinitive = content::forward(doc, cue.tokens.end, s1, Until::Clause)?;
    if infinitive.iter().map(|r| r.len()).sum::<usize>() < 2 {
        return None; // "He is expected to."
    }
    let pieces = std::iter::once(subject).chain(infinitive).collect();
    Some(Draft::new(None, Some(cue.tokens.clone()), pieces, CueClass::Thought))
}

/// The most words between "seems" and the "to" of its infinitive: "seemed likely to", "appears
/// all but certain to".
const MAX_BEFORE_INFINITIVE: usize = 3;

/// "Trump seemed to win", "Republicans appear likely to take the Senate", "Putin seemed most
/// concerned with …", "It seemed like the committee had decided …": how something seems, to no
/// one the text names (no source); the content is the subject and what it seems to do or be — an
/// infinitive, or a predicate in an adjective or "like" / "as if" (an expletive "it" is no part
/// of it). Not "appeared on Fox News" (a preposition), which says nothing of how things seem.
/// "Rubio seemed to urge …" is Rubio's urging, not a seeming.
fn seeming(doc: &Document, cue: &Cue, s0: usize, s1: usize) -> Option<Draft> {
    if !doc.lex(cue.tokens.start).cue.is_some_and(|v| v.raising) {
        return None;
    }
    let after = syntax::skip_adverbials_right(doc, cue.tokens.end, s1);
    let to = (after..s1.min(after + MAX_BEFORE_INFINITIVE + 1)).find(|&k| doc.is(k, "to"));
    let infinitive =
        to.is_some_and(|to| to + 1 < s1 && !doc.is_kind(to + 1, TokenKind::Punct) && doc.lex(to + 1).cue.is_none());
    let predicate = !infinitive && opens_seeming_predicate(doc, after, s1);
    if !infinitive && !predicate {
        return None;
    }
    let before = syntax::skip_adverbials_left(doc, cue.tokens.start, s0);
    let subject = content::trim(doc, sources::subject_left(doc, before, s0)?);
    let expletive = predicate && subject.len() == 1 && doc.is(subject.start, "it");
    let rest = content::forward(doc, after, s1, Until::Clause)?;
    let pieces = (!expletive).then_some(subject).into_iter().chain(rest).collect();
    Some(Draft::new(None, Some(cue.tokens.clone()), pieces, CueClass::Thought))
}

/// True when a predicate of "seems" that is no infinitive starts at `k` (before `s1`): an
/// adjective or participle, maybe after a word of degree ("ready to say", "most concerned
/// with"), or "like" or "as if" and a clause; not a preposition, a noun phrase or a cue verb.
fn opens_seeming_predicate(doc: &Document, k: usize, s1: usize) -> bool {
    let mut p = k;
    // Words of degree the function words do not class as adverbs ("too", "quite" and words in
    // "-ly" are skipped before this).
    while p < s1 && doc.is_any(p, &["most", "more", "less", "very", "pretty", "so"]) {
        p += 1;
    }
    if p >= s1 {
        return false;
    }
    let simile = doc.is(p, "like") || (doc.is(p, "as") && doc.is_any(p + 1, &["if", "though"]));
    let adjective = doc.is_kind(p, TokenKind::Word)
        && doc.class(p).is_none()
        && !doc.is_capitalized(p)
        && doc.lex(p).cue.is_none()
        && !syntax::is_ing_form(doc, p);
    simile || adjective
}

/// The most tokens between the cue of "As X said, …" and its comma: "As the Post's investigative
/// unit reported just today in a long story,".
const MAX_AS_TAIL: usize = 12;

/// The content of a verb cue whose source is `source`: after the cue ("said that …", "said:
/// “…”"), or, when the attribution follows what it attributes ("…, Rutte noted, …"), before it
/// and maybe around it.
fn verb_content(
    doc: &Document,
    site: &VerbSite,
    form: VerbForm,
    source: &VerbSource,
    previous: &[Draft],
) -> Option<Vec<Range<usize>>> {
    let (s0, s1) = (site.s0, site.s1);
    // A phrase such as "told reporters" holds its listener already.
    let verb = doc.lex(site.cue.start).cue;
    let one_word = verb.filter(|_| site.cue.len() == 1);
    let clause_only = verb.is_some_and(|v| v.clause_only);

    // What stands before the attribution, and where the text goes on after it.
    let (attach, tail) = match source {
        VerbSource::Inverted(r) => (site.before, r.end),
        other => (other.tokens().start, site.after),
    };
    let attach_prev = attach.checked_sub(1).filter(|&p| p >= s0);
    let postposed = matches!(source, VerbSource::Subject(_) | VerbSource::Inverted(_))
        && attach_prev.is_some_and(|p| doc.is(p, ",") || doc.quotes.is_closing(p) || doc.is_kind(p, TokenKind::Dash));
    // "If, as Smith says, …": the content ends at a comma; "Smith, who said …, did not come": at
    // a comma before the predicate of "Smith".
    let until = if attach_prev.is_some_and(|p| doc.in_set(p, WordSet::SubordinateOpener)) {
        Until::Comma
    } else if matches!(source, VerbSource::Relative(_))
        || matches!(source, VerbSource::Shared(r) if syntax::is_relative_source(doc, r))
    {
        // Also the second verb of the clause: "Sanders, who endorsed Canova and said …, did not".
        Until::Predicate
    } else {
        Until::Clause
    };

    // "As Heald told The Huffington Post, ozone is rising": the clause after the comma; also
    // after a conjunction that opens the sentence ("But, as Biden said, democracy prevailed").
    let opens_sentence = |p: usize| {
        p == s0
            || (doc.in_set(s0, WordSet::Coordinator) || doc.is(s0, "so"))
                && (p == s0 + 1 || (p == s0 + 2 && doc.is(s0 + 1, ",")))
    };
    // Not "As technology threatens to change …, it is likely …": a verb with its infinitive.
    let as_opener = attach_prev.is_some_and(|p| doc.is(p, "as") && opens_sentence(p)) && !doc.is(tail, "to");
    if as_opener && matches!(source, VerbSource::Subject(_)) {
        let comma = (tail..s1.min(tail + MAX_AS_TAIL)).find(|&k| doc.is(k, ","))?;
        return content::forward(doc, comma + 1, s1, Until::Clause);
    }
    // "…, as The Times reported on Tuesday, …": "as" and an attribution of saying inside the
    // sentence — not a verb with its object ("as Mrs. Clinton echoed the criticism, …" says when),
    // nor one of time ("as Mr. Kerry continues, …") or intention ("as retirements promise, …").
    let no_object = tail >= s1
        || doc.is(tail, ",")
        || syntax::is_terminal(doc, tail)
        || matches!(doc.class(tail), Some(WordClass::Preposition | WordClass::Time));
    let reporting = verb.is_none_or(|v| v.class == CueClass::Speech && !v.intention)
        && !doc.in_set(site.cue.start, WordSet::Catenative);
    let as_inside = attach_prev.filter(|&p| doc.is(p, "as") && p > s0 && no_object && reporting);
    if let (Some(as_at), VerbSource::Subject(_)) = (as_inside, source) {
        if let Some(pieces) = around_as(doc, as_at, tail, (s0, s1), previous) {
            return Some(pieces);
        }
    }
    // "He added, that there is …": a stray comma before "that" (not ", that is, …", nor after an
    // attribution placed after its content: "“…,” he said, that …").
    let stray_comma = !postposed && doc.is(tail, ",") && doc.is(tail + 1, "that") && !doc.is(tail + 2, "is");
    let right_from = content::right_start(doc, if stray_comma { tail + 1 } else { tail }, one_word, s1);
    let opens_quote = doc.quotes.is_opening(right_from);
    let marked = right_from > tail && doc.is_any(right_from - 1, &["that", ":"]);
    let introduced = marked || opens_quote;
    // A participle takes content only in a perfect tense: "has written that …".
    let perfect =
        form != VerbForm::Participle || (site.before < site.cue.start && doc.in_set(site.before, WordSet::Have));
    // A verb that takes only clauses takes a bare one that opens with a subject pronoun:
    // "stated they have not received …", "wrote in both listings he was …".
    // "stated Montalvo had left": after a past tense ("the Soviet states Armenia and …" is no verb).
    let bare_clause =
        syntax::is_subject_pronoun(doc, right_from) || (form == VerbForm::Past && named_subject(doc, right_from, s1));
    // An embedded question: "questioned why …", "knows how …", "wondered whether …".
    let question = doc.in_set(right_from, WordSet::QuestionOpener);
    // "sees Cruz as a uniter": an object and what it is taken for.
    let regarded = verb.is_some_and(|v| v.regard) && content::object_as(doc, right_from, s1);
    // A verb of intention takes an infinitive: "pledged to oppose …", "vowed to impose …".
    let infinitive = verb.is_some_and(|v| v.intention) && doc.is(right_from, "to");
    // "said, however, that …": a comma after the cue opens no content unless an insert and "that"
    // or a subject ("says, win or lose, he is staying") follow it.
    let comma_after = doc.is(tail, ",")
        && syntax::word_insert_right(doc, tail).is_none()
        && syntax::insert_before_that(doc, tail, s1).is_none()
        && syntax::insert_before_clause(doc, tail, s1).is_none()
        && !stray_comma;
    let directly = right_from < s1
        && !comma_after
        && perfect
        && (introduced || bare_clause || question || regarded || infinitive || !clause_only);
    let right = if directly || opens_quote { content::forward(doc, right_from, s1, until) } else { None };
    let right = right.or_else(|| content::lead_in(doc, tail, s1));

    // "“…,” Rutte said, “…”": the quotation before the source is the content; "After the match,
    // Gomez said, “…”": the quotation after the cue is.
    let quote_before = attach_prev.is_some_and(|p| {
        doc.quotes.closing_at(p).is_some() || (doc.is(p, ",") && p > 0 && doc.quotes.closing_at(p - 1).is_some())
    });
    // "“…,” Trump said 30 minutes into the debate", "“…,” Sanders said on CNN’s “State of the
    // Union”", "“…,” he said of Ryan, “…”": after a quotation, what follows the cue is its
    // content only when "that" or a colon opens it (a quotation after a comma goes on with the
    // one before).
    let quotation_only = postposed && quote_before && !marked && opens_sentence_quotation(doc, attach_prev, s0);
    // "The club's investment, Ms. Tanzer said, “is a perfect example …”": a quotation that opens
    // in lower case after an inserted attribution goes on with the words before it — not after
    // "that" or an opening phrase ("Following the reports, Trump said that “a bomb …”", "After
    // the match, Gomez said, “we …”": the phrase says when, not what).
    let continued = postposed
        && opens_quote
        && !quote_before
        && !marked
        && doc.is(right_from - 1, ",")
        && quotation_continues(doc, right_from);
    let before = continued.then(|| content::left(doc, attach_prev?, s0, previous)).flatten().filter(|left| {
        let opening = left
            .first()
            .is_none_or(|p| doc.class(p.start) == Some(WordClass::Preposition) || syntax::is_participle(doc, p.start));
        !opening && !content::only_adverbial(doc, left) && !content::only_subordinate(doc, left)
    });
    if let (Some(mut pieces), Some(right)) = (before, right.as_ref()) {
        pieces.extend(right.iter().cloned());
        return Some(pieces);
    }
    match right {
        Some(right) if !quotation_only && (directly || !postposed || (opens_quote && !quote_before)) => Some(right),
        _ if postposed && (quotation_only || content::ends_attribution(doc, tail, right_from, clause_only, s1)) => {
            content_around(doc, attach_prev?, (tail, right_from), quote_before, (s0, s1), previous)
                .filter(|pieces| !content::is_scene(doc, pieces))
        }
        // "…, Weiner wrote in a post on his blog.": after a verb of saying, or one that takes a
        // phrase as its content, phrases close the sentence ("…, both governments must agree on
        // inspections" is no attribution); the content before is a clause.
        _ if postposed
            && (verb.is_some_and(|v| v.saying) || !clause_only)
            && content::phrases_end_attribution(doc, tail, s1) =>
        {
            content_around(doc, attach_prev?, (tail, right_from), quote_before, (s0, s1), previous)
                .filter(|pieces| content::is_clause_before(doc, pieces))
        }
        _ => None,
    }
}

/// The content of an attribution brought in by the "as" at `as_at` inside the sentence, its cue
/// and phrases ending at `tail`: the clause around it ("Just weeks ago, as Western Journalism
/// reported, Thor and Beck were …"), after "and", "but" or "that" the clause after it ("…, and as
/// Comey noted, people …"), at the sentence's end the clause before it ("Ailes met Trump that
/// day, as The Times reported on Tuesday."); never inside another attribution's content ("he
/// thought that …, and that the result, as he later explained, was …": that claim holds it).
fn around_as(
    doc: &Document,
    as_at: usize,
    tail: usize,
    (s0, s1): (usize, usize),
    previous: &[Draft],
) -> Option<Vec<Range<usize>>> {
    let comma = (tail..s1.min(tail + MAX_AS_TAIL)).find(|&k| doc.is(k, ","));
    let q = as_at - 1;
    let mut pieces = match comma {
        None if doc.is(q, ",") && content::says_when(doc, tail, s1) => content::left(doc, q, s0, previous)?,
        None => return None,
        Some(comma) => {
            let joined = doc.in_set(q, WordSet::Coordinator) && q > s0 && doc.is(q - 1, ",");
            if joined || doc.is(q, ",") && q > s0 && doc.is(q - 1, "that") {
                content::forward(doc, comma + 1, s1, Until::Clause)?
            } else if doc.is(q, ",") {
                content_around(doc, q, (comma, comma), false, (s0, s1), previous)
                    .filter(|pieces| !pieces[0].clone().any(|k| doc.lex(k).cue.is_some()))?
            } else {
                return None;
            }
        }
    };
    // "But the last part, as Krugman points out, is …": not the conjunction that opens it.
    let first = &mut pieces[0];
    if first.len() > 1 && doc.in_set(first.start, WordSet::Coordinator) {
        *first = content::trim(doc, first.start + 1..first.end);
    }
    Some(pieces)
}

/// True when a clause with a named subject starts at `k`: a name, or "the" and a noun, and then
/// an auxiliary or a verb in the past tense ("stated Montalvo left", "predicted Trump will win",
/// "wrote Clinton had …", "wrote the agents knew …"), not a name as the object ("answer
/// Congress", "remind Trump that", "wrote the book in 2010").
fn named_subject(doc: &Document, k: usize, s1: usize) -> bool {
    let the = doc.is(k, "the");
    // A word of the subject: part of the name, or after "the" a plain word that is no verb.
    let head = |j: usize| {
        doc.class(j).is_none()
            && if the { doc.is_kind(j, TokenKind::Word) && doc.lex(j).cue.is_none() } else { doc.is_capitalized(j) }
    };
    let start = k + usize::from(the);
    let mut end = start;
    while end < s1 && end - k < MAX_NAME_SUBJECT && head(end) {
        end += 1;
    }
    let verb = |j: usize| {
        doc.class(j) == Some(WordClass::Auxiliary)
            || syntax::is_past_form(doc, j)
            || doc.lex(j).cue.is_some_and(|c| c.form == VerbForm::Past)
    };
    end > start && end < s1 && verb(end)
}

/// True when the quotation opening at `open` starts with a lower-case word: it goes on with a
/// sentence begun before it ("“is a perfect example …”", "“but people need …”").
fn quotation_continues(doc: &Document, open: usize) -> bool {
    let mut k = open;
    while k < doc.len() && doc.is_kind(k, TokenKind::Quote) {
        k += 1;
    }
    k < doc.len() && doc.is_kind(k, TokenKind::Word) && doc.lex(k).shape == Some(Shape::Lower)
}

/// The most words of a name that [`named_subject`] reads.
const MAX_NAME_SUBJECT: usize = 4;

/// The content of an attribution placed after what it attributes, which ends at `before`:
/// the words before it, and those after it when a comma goes on with them ("To ensure lasting
/// peace, Rutte noted, conditions must …", "“…,” Rutte said, “…”"). `tail` is where the
/// attribution ends, `right_from` where content after it would start.
fn content_around(
    doc: &Document,
    before: usize,
    (tail, right_from): (usize, usize),
    quote_before: bool,
    (s0, s1): (usize, usize),
    previous: &[Draft],
) -> Option<Vec<Range<usize>>> {
    let mut pieces = content::left(doc, before, s0, previous)?;
    let comma = if doc.is(right_from, ",") {
        Some(right_from)
    } else {
        (right_from > tail && doc.is(right_from - 1, ",")).then(|| right_from - 1)
    };
    // After a quotation, only another quotation goes on with it: "“…,” said Peter Hart, 25, a
    // bank employee" describes the speaker.
    // Before the attribution, adverbs alone say when; what was said comes after it: "Now, he
    // says, at least seven delegates have signed on".
    let adverbial = content::only_adverbial(doc, &pieces);
    let goes_on =
        |c: usize| (content::continues(doc, c + 1) || adverbial) && (!quote_before || doc.quotes.is_opening(c + 1));
    match comma.filter(|&c| goes_on(c)) {
        Some(comma) => pieces.extend(content::after_insert(doc, comma + 1, s1).unwrap_or_default()),
        None if content::only_subordinate(doc, &pieces) => return None,
        None => {}
    }
    // "Then, last week, Eric Trump called.": nothing was said.
    (!(adverbial && pieces.len() == 1)).then_some(pieces)
}

/// True when the quotation that closes at `close` (or just before the comma there) opens the
/// sentence that starts at `s0`, or an earlier one ("“… . There it is,” Christie said"): "“…,”
/// Trump said …", not "On “Fox News Sunday,” Pence said …".
fn opens_sentence_quotation(doc: &Document, close: Option<usize>, s0: usize) -> bool {
    let Some(close) = close else { return false };
    let quotation = doc.quotes.closing_at(close).or_else(|| doc.quotes.closing_at(close.checked_sub(1)?));
    quotation.is_some_and(|q| q.first_token() <= s0)
}

/// "According to X, …" / "…, according to X." / "…, according to X, …".
fn according_to(doc: &Document, cue: &Cue) -> Option<Draft> {
    let sentence = doc.sentence_tokens(cue.tokens.start);
    let (s0, s1) = (sentence.start, sentence.end);
    let source = sources::according_to(doc, cue.tokens.end, s1)?;
    let mut pieces = Vec::new();
    let before = cue.tokens.start;
    if before > s0 {
        let left = content::trim(doc, content::clause_start(doc, s0, before)..before);
        if !left.is_empty() {
            pieces.push(left);
        }
    }
    // "According to X, …": the content follows the comma after the source — unless a relative
    // clause about the source does ("according to one MP, who said …").
    if doc.is(source.end, ",") && doc.class(source.end + 1) != Some(WordClass::Relative) {
        // "…, according to the police, and two others were hurt": the clause after "and" too.
        let mut start = source.end + 1;
        if !pieces.is_empty() && doc.is_any(start, &["and", "but"]) {
            start += 1;
        }
        if let Some(more) = content::forward(doc, start, s1, Until::Clause) {
            pieces.extend(more);
        }
    }
    if pieces.is_empty() {
        return None;
    }
    Some(Draft::new(Some(source), Some(cue.tokens.clone()), pieces, CueClass::Speech))
}

/// The most tokens between the start of a sentence and the auxiliary of a passive cue whose
/// subject points back: "This was stated", "These words were written".
const POINTING_SUBJECT: usize = 3;

/// "This was stated by X …": the content is the statement before.
fn passive(doc: &Document, cue: &Cue) -> Option<Draft> {
    let sentence = doc.sentence_tokens(cue.tokens.start);
    let by = cue.tokens.end;
    let agent = sources::agent(doc, by + 1, sentence.end)?;
    // The subject must point back: "This", "That", "These words", "It".
    let subject = sentence.start;
    let aux = cue.tokens.start - 1;
    let pointing = aux > subject && doc.in_set(subject, WordSet::Anaphoric) && aux - subject <= POINTING_SUBJECT;
    if !pointing {
        return None;
    }
    let s = doc.seg.sentence_of(subject);
    let p = doc.seg.sentences[s].paragraph;
    let before = if s > 0 && doc.seg.sentences[s - 1].paragraph == p {
        doc.seg.sentences[s - 1].tokens.clone()
    } else {
        doc.seg.paragraphs.get(p.checked_sub(1)?)?.tokens.clone()
    };
    Some(Draft::new(Some(agent), Some(cue.tokens.clone()), vec![content::trim(doc, before)], cue.class))
}

/// "Pat Caddell: …", "PENCE: …", "Poll: …": the source before the colon, the rest of the
/// paragraph after it (or the quotation of the next one); "Trump issued the following statement:",
/// the subject of the verb of issuing.
fn colon(doc: &Document, cue: &Cue) -> Option<Draft> {
    let colon = cue.tokens.end - 1;
    let paragraph = doc.paragraph_tokens(colon);
    let source = if cue.tokens.len() > 1 {
        // "Trump issued the following statement:": the subject of the verb of issuing.
        sources::subject_of_verb(doc, cue.tokens.start, doc.sentence_tokens(cue.tokens.start).start)?
    } else {
        sources::before_colon(doc, paragraph.start..colon)
    };
    let after = content::trim(doc, cue.tokens.end..paragraph.end);
    let pieces = if after.is_empty() {
        // "From the minister:" — the quotation of the next paragraph.
        content::lead_in(doc, colon, paragraph.end)?
    } else {
        // "Twitter: @Milbank", "EMAIL: desk@example.com", "Clinton: 547": an address or a count
        // says nothing.
        let text = doc.slice(after.clone());
        let address = !text.contains(char::is_whitespace) && (text.contains('@') || text.contains("://"));
        if address || !after.clone().any(|k| doc.is_kind(k, TokenKind::Word)) {
            return None;
        }
        match doc.quotes.opening_at(after.start) {
            Some(q) if q.end_token() >= after.end => q.pieces.clone(),
            _ => vec![after],
        }
    };
    Some(Draft::new(Some(source), Some(cue.tokens.clone()), pieces, CueClass::Speech))
}

/// "“…” — Jane Doe": the quotation before the dash, the name after it.
fn dash(doc: &Document, cue: &Cue) -> Option<Draft> {
    let d = cue.tokens.start;
    let paragraph = doc.paragraph_tokens(d);
    let close = if doc.quotes.is_closing(d - 1) { d - 1 } else { d - 2 };
    let quotation = doc.quotes.closing_at(close)?;
    let name = syntax::noun_phrase_right(doc, d + 1, paragraph.end)?;
    Some(Draft::new(Some(name), Some(cue.tokens.clone()), quotation.pieces.clone(), CueClass::Speech))
}
