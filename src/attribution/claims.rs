//! Claims from cues: the source and content around each cue.

use std::ops::Range;

use super::content::{self, quotation_closing_at, quotation_opening_at, trim};
use super::cues::{Cue, CueShape};
use super::Draft;
use crate::document::Document;
use crate::lexicon::{CueClass, VerbForm, WordClass};
use crate::segment::TokenKind;
use crate::syntax::{self, is_closing_quote, is_opening_quote, is_terminal};

/// The claim a cue makes, if the text around it has a content. `previous` are the claims found
/// so far, for sources that must be borrowed ("…, adding that …").
pub fn from_cue(doc: &Document, cue: &Cue, previous: &[Draft]) -> Option<Draft> {
    match cue.shape {
        CueShape::Verb(form) => verb(doc, cue, form, previous),
        CueShape::SourceAfter => according_to(doc, cue),
        CueShape::Passive => passive(doc, cue),
        CueShape::Colon => colon(doc, cue),
        CueShape::Dash => dash(doc, cue),
    }
}

/// "Rutte said (that) …", "“…,” Rutte said", "“…,” said Rutte", "…, Rutte noted, …",
/// "…, adding that …".
fn verb(doc: &Document, cue: &Cue, form: VerbForm, previous: &[Draft]) -> Option<Draft> {
    let sentence = doc.sentence_tokens(cue.tokens.start);
    let (s0, s1) = (sentence.start, sentence.end);
    let verb = doc.lex[cue.tokens.start].cue;
    // A phrase such as "told reporters" holds its listener already.
    let lemma = verb.map(|c| c.lemma).filter(|_| cue.tokens.len() == 1);
    let clause_only = verb.is_some_and(|v| v.clause_only);
    let before = syntax::skip_adverbials_left(doc, cue.tokens.start, s0);
    let after = syntax::skip_adverbials_right(doc, cue.tokens.end, s1);
    // "…, adding that …", "…, saying …", "by saying …": the subject of the sentence speaks.
    let participial = form == VerbForm::Gerund
        && before > s0
        && (doc.is(before - 1, ",") || doc.class(before - 1) == Some(WordClass::Preposition));
    // "Machado promised to continue … and said she would …": a second verb shares the subject.
    let coordinated =
        !participial && before > s0 + 1 && doc.is_any(before - 1, &["and", "but"]) && form != VerbForm::Gerund;

    let mut inverted = false;
    // "…, according to one MP, who said …", "an architect who said …": the relative pronoun is
    // the source as written; its antecedent names the speaker (see `speakers`).
    let relative = before > s0 + 1
        && doc.is_any(before - 1, &["who", "which"])
        && (doc.is(before - 2, ",") || syntax::noun_phrase_left(doc, before - 1, s0).is_some());
    let source = if relative {
        Some(before - 1..before)
    } else if participial || coordinated {
        // "Zuckerberg tweeted and said …": the subject of the cue verb before "and".
        let shared = coordinated && doc.lex[before - 2].cue.is_some();
        shared
            .then(|| subject_left(doc, syntax::skip_adverbials_left(doc, before - 2, s0), s0))
            .flatten()
            .or_else(|| borrowed_subject(doc, previous, s0, cue.tokens.start))
    } else {
        let mut left = subject_left(doc, before, s0);
        if form == VerbForm::Gerund
            && left.as_ref().is_some_and(|s| !doc.is_capitalized(s.start) && !syntax::is_subject_pronoun(doc, s.start))
        {
            left = None; // "the war saying": not a subject
        }
        if left.is_none() && before > s0 && (doc.is(before - 1, ",") || is_closing_quote(doc, before - 1)) {
            // Inverted: "…,” said Rutte." / "…, said Victor Cha, who …".
            inverted = true;
            source_right(doc, after, s1)
        } else {
            left
        }
    }?;

    // What stands before the attribution, and where the text goes on after it.
    let attach = if inverted { before } else { source.start };
    let attach_prev = attach.checked_sub(1).filter(|&p| p >= s0);
    let postposed = !participial
        && !coordinated
        && !relative
        && attach_prev.is_some_and(|p| doc.is(p, ",") || is_closing_quote(doc, p) || doc.kind(p) == TokenKind::Dash);
    let subordinate = attach_prev.is_some_and(|p| doc.is_any(p, SUBORDINATORS));
    let tail = if inverted { source.end } else { after };

    let right_from = content::right_start(doc, tail, lemma, s1);
    let introduced =
        (right_from > tail && doc.is_any(right_from - 1, &["that", ":"])) || is_opening_quote(doc, right_from);
    // A participle takes content only in a perfect tense: "has written that …".
    let perfect = form != VerbForm::Participle
        || (before < cue.tokens.start && doc.is_any(before, &["has", "have", "had", "having"]));
    // A verb that takes only clauses takes a bare one that opens with a subject pronoun:
    // "stated they have not received …".
    let bare_clause = right_from == tail && syntax::is_subject_pronoun(doc, right_from);
    let directly = right_from < s1 && !doc.is(tail, ",") && perfect && (introduced || bare_clause || !clause_only);
    let right = if directly || is_opening_quote(doc, right_from) {
        content::forward(doc, right_from, s1, subordinate)
    } else {
        None
    };
    let right = right.or_else(|| lead_in(doc, tail, s1));

    // "“…,” Rutte said, “…”": the quotation before the source is the content; "After the match,
    // Gomez said, “…”": the quotation after the cue is.
    let quote_before = attach_prev.is_some_and(|p| {
        quotation_closing_at(doc, p).is_some()
            || (doc.is(p, ",") && p > 0 && quotation_closing_at(doc, p - 1).is_some())
    });
    let pieces = match right {
        Some(right) if directly || !postposed || (is_opening_quote(doc, right_from) && !quote_before) => right,
        _ if postposed && ends_attribution(doc, tail, lemma, clause_only, s1) => {
            let mut pieces = left_content(doc, attach_prev?, s0, previous)?;
            // "To ensure lasting peace, Rutte noted, conditions must …" / "“…,” Rutte said, “…”".
            let comma = content::right_start(doc, tail, lemma, s1);
            let comma = if doc.is(comma, ",") {
                Some(comma)
            } else {
                (comma > tail && doc.is(comma - 1, ",")).then(|| comma - 1)
            };
            if let Some(comma) = comma {
                if continues_content(doc, comma + 1) {
                    pieces.extend(content::forward(doc, comma + 1, s1, false).unwrap_or_default());
                }
            }
            pieces
        }
        _ => return None,
    };
    // "If you want to avoid the crowds": a generic "you" holds no belief worth marking.
    if cue.class == CueClass::Thought
        && (!thought_content_ok(doc, &pieces) || doc.is(source.start, "you") && source.len() == 1)
    {
        return None;
    }
    if lemma == Some("report") && doc.is_any(source.end - 1, &["correspondent", "reporter", "correspondents"]) {
        return None; // "…, a Ukrinform correspondent reports": the article's own byline
    }
    Some(Draft::new(Some(source), Some(cue.tokens.clone()), pieces, cue.class))
}

/// Words that open a subordinate clause: an attribution inside one ends at its comma
/// ("While his advisers have suggested …, Mr. Obama is …").
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "because", "if", "when", "as", "since", "whereas", "after", "before", "once",
    "unless",
];

/// The subject left of a cue verb: a noun phrase, possibly with an appositive or relative clause
/// ("Hugh Hill, a doctor,"), a bracketed affiliation ("Rep. Gwen Moore (D-Wis.)") or an insert
/// between commas ("Hillary Clinton, at a later press gaggle,") before it.
fn subject_left(doc: &Document, before: usize, s0: usize) -> Option<Range<usize>> {
    if let Some(r) = syntax::appositive_left(doc, before, s0) {
        return Some(r);
    }
    if let Some(insert_start) = syntax::insert_left(doc, before, s0) {
        return syntax::noun_phrase_left(doc, insert_start, s0).filter(|np| {
            doc.is_capitalized(np.start)
                || syntax::is_subject_pronoun(doc, np.start)
                || doc.class(np.start) == Some(WordClass::Determiner)
        });
    }
    // "She will unveil plans to …": a lower-case word after an auxiliary is a verb, not a subject.
    syntax::noun_phrase_left(doc, before, s0).filter(|np| {
        np.start == s0
            || doc.is_capitalized(np.start)
            || syntax::is_subject_pronoun(doc, np.start)
            || doc.class(np.start - 1) != Some(WordClass::Auxiliary)
    })
}

/// The claims found so far whose cue lies in the sentence that starts at `s0`, latest first
/// (claims are found in cue order, so this looks back no further than the sentence).
fn in_sentence(previous: &[Draft], s0: usize) -> impl Iterator<Item = &Draft> {
    previous.iter().rev().take_while(move |d| d.cue.as_ref().is_some_and(|c| c.start >= s0))
}

/// For a participial cue ("…, adding that …"): the source of the previous claim in the sentence,
/// or the noun phrase that opens the sentence.
fn borrowed_subject(doc: &Document, previous: &[Draft], s0: usize, cue: usize) -> Option<Range<usize>> {
    if let Some(d) =
        in_sentence(previous, s0).find(|d| d.source.as_ref().is_some_and(|s| s.start >= s0 && s.end <= cue))
    {
        return d.source.clone();
    }
    if doc.is_any(s0, &["it", "there", "this", "that"]) {
        return None; // "It is …, saying": no one speaks
    }
    let mut start = s0;
    // "During a speech on Monday, Trump attacked …, saying": past the opening phrase.
    if matches!(doc.class(start), Some(WordClass::Preposition | WordClass::Subordinator)) {
        if let Some(comma) = (start..cue).find(|&k| doc.is(k, ",")) {
            start = comma + 1;
        }
    }
    while start < cue
        && (doc.class(start) == Some(WordClass::Conjunction) || doc.class(start) == Some(WordClass::Adverb))
    {
        start += 1;
    }
    let np = syntax::noun_phrase_right(doc, start, cue).filter(|np| {
        doc.is_capitalized(np.start)
            || syntax::is_subject_pronoun(doc, np.start)
            || doc.class(np.start) == Some(WordClass::Determiner)
    })?;
    // A name ends the subject: "Smith spoke on Monday, adding …" — "spoke" is its verb.
    let name_end = (np.start..np.end)
        .position(|k| k > np.start && !doc.is_capitalized(k) && doc.is_capitalized(k - 1) && doc.class(k).is_none());
    let np = match name_end {
        Some(n) => np.start..np.start + n,
        None => np,
    };
    // "The Chancellor, Rachel Hume, has defended …, insisting": with its appositive.
    Some(match syntax::appositive_right(doc, np.end, cue) {
        Some(end) => np.start..end - 1,
        None => np,
    })
}

/// The content before an attribution placed after it: the quotation that closes at `p` (or
/// right before the comma at `p`) when it opens the clause, else the clause from the sentence's
/// start to `p` ("… a clear message that a top priority ''is …,'' Mr. Kamin said": mixed).
fn left_content(doc: &Document, p: usize, s0: usize, previous: &[Draft]) -> Option<Vec<Range<usize>>> {
    let start = clause_start(doc, s0, p);
    let closing = quotation_closing_at(doc, p)
        .or_else(|| p.checked_sub(1).and_then(|pp| quotation_closing_at(doc, pp).filter(|_| doc.is(p, ","))));
    if let Some(q) = closing {
        let opens = q.pieces[0].start;
        // "DuVernay said she felt … because “…,” she said": the words before the quotation have
        // an attribution of their own.
        let attributed =
            in_sentence(previous, s0).any(|d| d.cue.as_ref().is_some_and(|c| (start..opens).contains(&c.start)));
        let words_before = (start..opens).any(|k| doc.kind(k) == TokenKind::Word);
        if opens < s0 || !words_before || attributed {
            return Some(q.pieces.clone());
        }
        let left = trim(doc, start..q.end_token());
        return (!left.is_empty()).then(|| vec![left]);
    }
    let left = trim(doc, start..p);
    (!left.is_empty()).then(|| vec![left])
}

/// True when the words after an inserted attribution go on with the content ("…, Rutte noted,
/// conditions must …") rather than start something else ("…, she said, but …", "…, adding …").
fn continues_content(doc: &Document, k: usize) -> bool {
    if k >= doc.len() || is_terminal(doc, k) {
        return false;
    }
    let starts_other = matches!(
        doc.class(k),
        Some(WordClass::Conjunction | WordClass::Subordinator | WordClass::Relative | WordClass::Preposition)
    ) && !doc.is(k, "that")
        || doc.lex[k].cue.is_some()
        || participle_follows(doc, k);
    !starts_other || is_opening_quote(doc, k)
}

/// True when a participle opens the words at `k`, maybe after "not" or adverbs: "…, saying …",
/// "…, not even needing to mention …".
fn participle_follows(doc: &Document, k: usize) -> bool {
    let mut j = k;
    while j < doc.len() && j < k + 3 && matches!(doc.class(j), Some(WordClass::Negation | WordClass::Adverb)) {
        j += 1;
    }
    j < doc.len() && syntax::is_participle(doc, j)
}

/// True when an attribution placed after its content ends at `tail`: "…, the source added." /
/// "…, Rutte noted, …" — not "…, both governments must agree on inspections".
fn ends_attribution(doc: &Document, tail: usize, lemma: Option<&str>, clause_only: bool, s1: usize) -> bool {
    // A verb whose other complements are phrases ("agree on inspections", "respond to …")
    // ends an attribution only where it stands alone: "…, she agreed."
    let k = if clause_only {
        syntax::skip_adverbials_right(doc, tail, s1)
    } else {
        content::right_start(doc, tail, lemma, s1)
    };
    let k = if k > tail && doc.is(k - 1, ",") { k - 1 } else { k };
    k >= s1
        || is_terminal(doc, k)
        || doc.is_any(k, &[",", ";", "as", "when", "while", "after", "before", "because"])
        || is_closing_quote(doc, k)
        || doc.kind(k) == TokenKind::Dash
        || is_opening_quote(doc, k)
}

/// A source that follows its cue, up to where it plainly ends: "said Rutte.", "said Reyn, a
/// former trade commissioner.", "said Victor Cha, who served …", "according to two people
/// familiar with the talks, …". `None` unless a comma, a dash or the sentence's end follows.
fn source_right(doc: &Document, start: usize, s1: usize) -> Option<Range<usize>> {
    if doc.class(start) == Some(WordClass::Preposition) {
        return None; // "…, said of the plan": not a source
    }
    let np = syntax::noun_phrase_right(doc, start, s1)?;
    let mut end = np.end;
    // A prepositional tail: "familiar with the talks", "close to the negotiations".
    if doc.class(end) == Some(WordClass::Preposition) {
        if let Some(tail) = syntax::noun_phrase_right(doc, end + 1, s1) {
            end = tail.end;
        }
    }
    let closes = |k: usize| {
        k >= s1
            || is_terminal(doc, k)
            || doc.is_any(k, &[",", ";"])
            || doc.kind(k) == TokenKind::Dash
            || syntax::is_closing_quote(doc, k)
    };
    if let Some(apposition_end) = syntax::appositive_right(doc, end, s1) {
        return Some(np.start..apposition_end - 1);
    }
    if doc.is(end, ",") && doc.is_any(end + 1, &["who", "whose", "a", "an", "the"]) {
        // An appositive or relative clause running to the sentence's end.
        return Some(trim(doc, np.start..s1));
    }
    closes(end).then_some(np.start..end)
}

/// "Caddell said:" ending a paragraph, followed by a paragraph that opens with a quotation.
fn lead_in(doc: &Document, tail: usize, s1: usize) -> Option<Vec<Range<usize>>> {
    if !(doc.is(tail, ":") && tail + 1 == s1) {
        return None;
    }
    let paragraph = doc.seg.paragraph_of(tail);
    let next = doc.seg.paragraphs.get(paragraph + 1)?;
    quotation_opening_at(doc, next.tokens.start).map(|q| q.pieces.clone())
}

/// Verbs of intention whose content may be an infinitive: "wants to …".
const INTENTIONS: &[&str] = &["want", "plan", "intend", "hope", "expect", "aim", "seek"];

/// Content of a belief or finding must be a clause: "found that …", "believes the plan …", not
/// "found a body".
fn thought_content_ok(doc: &Document, pieces: &[Range<usize>]) -> bool {
    let Some(first) = pieces.first() else { return false };
    let k = first.start;
    let prev_that = k > 0 && doc.is(k - 1, "that");
    // "wants to triple …", "plans to call on …": an intention — only that, or a "that" clause.
    let intention = k > 0 && doc.lex[k - 1].cue.is_some_and(|c| INTENTIONS.contains(&c.lemma));
    if intention {
        return doc.is(k, "to");
    }
    let clause_like = doc.is_capitalized(k)
        || matches!(doc.class(k), Some(WordClass::Determiner | WordClass::PossessivePronoun))
        || doc.kind(k) == TokenKind::Number;
    prev_that || is_opening_quote(doc, k) || syntax::is_subject_pronoun(doc, k) || (first.len() >= 4 && clause_like)
}

/// The start of the clause that ends at `end`: just after the last semicolon or colon before it
/// in the sentence, or after a dateline ("NEW ORLEANS (AP) — …"), or the sentence's start.
fn clause_start(doc: &Document, s0: usize, end: usize) -> usize {
    let start = (s0..end).rev().find(|&k| doc.is_any(k, &[";", ":"]) && !doc.quotes.is_quoted(k)).map_or(s0, |k| k + 1);
    dateline_end(doc, start, end).unwrap_or(start)
}

/// After a dateline at `start` — capitals, maybe an agency in brackets, a dash — the first token
/// of the story.
fn dateline_end(doc: &Document, start: usize, end: usize) -> Option<usize> {
    let dash = (start..end.min(start + 10)).find(|&k| doc.kind(k) == TokenKind::Dash)?;
    let upper = (start..dash).all(|k| match doc.kind(k) {
        TokenKind::Word => {
            doc.lex[k].shape == Some(crate::segment::Shape::Upper)
                || doc.lex[k].shape == Some(crate::segment::Shape::Capitalized) && k > start && doc.is(k - 1, ",")
        }
        _ => doc.is_any(k, &["(", ")", ","]),
    });
    (dash > start && upper && doc.lex[start].shape == Some(crate::segment::Shape::Upper)).then_some(dash + 1)
}

/// "According to X, …" / "…, according to X." / "…, according to X, …".
fn according_to(doc: &Document, cue: &Cue) -> Option<Draft> {
    let sentence = doc.sentence_tokens(cue.tokens.start);
    let (s0, s1) = (sentence.start, sentence.end);
    // The source runs to the next comma or the sentence's end: "according to a New York
    // Times/CBS News poll released last week."
    let np = syntax::noun_phrase_right(doc, cue.tokens.end, s1)?;
    let stop = (np.end..s1.min(np.end + 12)).find(|&k| {
        doc.is_any(k, &[",", ";", "(", ")"])
            || is_terminal(doc, k)
            || doc.kind(k) == TokenKind::Dash
            || doc.kind(k) == TokenKind::Quote
    });
    let source = match (syntax::appositive_right(doc, np.end, s1), stop) {
        (Some(end), _) => np.start..end - 1,
        (None, Some(stop)) => np.start..stop,
        (None, None) => np,
    };
    let mut pieces = Vec::new();
    let before = cue.tokens.start;
    if before > s0 {
        let left = trim(doc, clause_start(doc, s0, before)..before);
        if !left.is_empty() {
            pieces.push(left);
        }
    }
    // "According to X, …": the content follows the comma after the source — unless a relative
    // clause about the source does ("according to one MP, who said …").
    if doc.is(source.end, ",") && !doc.is_any(source.end + 1, &["who", "which", "whose"]) {
        if let Some(more) = content::forward(doc, source.end + 1, s1, false) {
            pieces.extend(more);
        }
    }
    if pieces.is_empty() {
        return None;
    }
    Some(Draft::new(Some(source), Some(cue.tokens.clone()), pieces, CueClass::Speech))
}

/// "This was stated by X …": the content is the statement before.
fn passive(doc: &Document, cue: &Cue) -> Option<Draft> {
    let sentence = doc.sentence_tokens(cue.tokens.start);
    let by = cue.tokens.end;
    let np = syntax::noun_phrase_right(doc, by + 1, sentence.end)?;
    let np = match syntax::appositive_right(doc, np.end, sentence.end) {
        Some(end) => np.start..end - 1,
        None => np,
    };
    // The subject must point back: "This", "That", "These words", "It".
    let subject = sentence.start;
    let aux = cue.tokens.start - 1;
    let pointing =
        aux > subject && doc.is_any(subject, &["this", "that", "these", "those", "it", "such"]) && aux - subject <= 3;
    if !pointing {
        return None;
    }
    let s = doc.seg.sentence_of[subject] as usize;
    let p = doc.seg.sentences[s].paragraph;
    let content = if s > 0 && doc.seg.sentences[s - 1].paragraph == p {
        doc.seg.sentences[s - 1].tokens.clone()
    } else {
        doc.seg.paragraphs.get(p.checked_sub(1)?)?.tokens.clone()
    };
    Some(Draft::new(Some(np), Some(cue.tokens.clone()), vec![trim(doc, content)], cue.class))
}

/// "Pat Caddell: …", "PENCE: …", "Poll: …": the source before the colon, the rest of the
/// paragraph after it.
fn colon(doc: &Document, cue: &Cue) -> Option<Draft> {
    let paragraph = doc.paragraph_tokens(cue.tokens.start);
    let source = super::cues::colon_source(doc, paragraph.start..cue.tokens.start);
    let content = trim(doc, cue.tokens.end..paragraph.end);
    if content.is_empty() {
        // "From the minister:" — the quotation of the next paragraph.
        let pieces = lead_in(doc, cue.tokens.start, paragraph.end)?;
        return Some(Draft::new(Some(source), Some(cue.tokens.clone()), pieces, CueClass::Speech));
    }
    let pieces = match quotation_opening_at(doc, content.start) {
        Some(q) if q.end_token() >= content.end => q.pieces.clone(),
        _ => vec![content],
    };
    Some(Draft::new(Some(source), Some(cue.tokens.clone()), pieces, CueClass::Speech))
}

/// "“…” — Jane Doe": the quotation before the dash, the name after it.
fn dash(doc: &Document, cue: &Cue) -> Option<Draft> {
    let d = cue.tokens.start;
    let paragraph = doc.paragraph_tokens(d);
    let close = if is_closing_quote(doc, d - 1) { d - 1 } else { d - 2 };
    let quotation = quotation_closing_at(doc, close)?;
    let np = syntax::noun_phrase_right(doc, d + 1, paragraph.end)?;
    Some(Draft::new(Some(np), Some(cue.tokens.clone()), quotation.pieces.clone(), CueClass::Speech))
}
