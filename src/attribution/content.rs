//! Content spans: the clause or quotation a cue attributes.

use std::ops::Range;

use crate::document::Document;
use crate::lexicon::{self, PhraseRole, VerbForm, WordClass};
use crate::quotes::Quotation;
use crate::segment::{Shape, TokenKind};
use crate::syntax::{self, is_opening_quote, is_terminal};

/// Verbs that take the person spoken to before their content: "told reporters that …".
const TAKES_LISTENER: &[&str] = &["tell", "assure", "inform", "remind", "warn", "urge", "ask", "advise", "promise"];

/// The depth-0 quotation whose opening mark is token `i`.
pub fn quotation_opening_at<'d>(doc: &'d Document, i: usize) -> Option<&'d Quotation> {
    let q = doc.quotes.outermost(i)?;
    let quotation = &doc.quotes.quotations[q];
    (quotation.first_token() == i || quotation.pieces.iter().any(|p| p.start == i)).then_some(quotation)
}

/// The depth-0 quotation whose closing mark is token `i`.
pub fn quotation_closing_at<'d>(doc: &'d Document, i: usize) -> Option<&'d Quotation> {
    if !syntax::is_closing_quote(doc, i) {
        return None;
    }
    let q = doc.quotes.outermost(i)?;
    let quotation = &doc.quotes.quotations[q];
    (quotation.end_token() == i + 1).then_some(quotation)
}

/// `range` without trailing sentence punctuation and commas, and without a leading comma.
pub fn trim(doc: &Document, range: Range<usize>) -> Range<usize> {
    let (mut start, mut end) = (range.start, range.end);
    while end > start
        && (is_terminal(doc, end - 1) || doc.is_any(end - 1, &[",", ";", ":"]) || doc.kind(end - 1) == TokenKind::Dash)
    {
        end -= 1;
    }
    while start < end && (doc.is_any(start, &[",", ":", ";"]) || doc.kind(start) == TokenKind::Dash) {
        start += 1;
    }
    start..end
}

/// Where the content after a cue verb starts: past adverbs, times, adjuncts ("in a statement"),
/// the listener of "told" ("told reporters"), and a "that", ":" or "," before a quotation.
pub fn right_start(doc: &Document, cue_end: usize, lemma: Option<&str>, ceil: usize) -> usize {
    let mut k = syntax::skip_adverbials_right(doc, cue_end, ceil);
    loop {
        let before = k;
        k = skip_adjunct(doc, k, ceil);
        k = syntax::skip_adverbials_right(doc, k, ceil);
        if doc.is_any(k, &["to", "with"]) && k + 1 < ceil {
            // "said to reporters", "spoke with CNN" — not "said to be", "wants to make".
            let listener = doc.is_capitalized(k + 1)
                || matches!(
                    doc.class(k + 1),
                    Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Pronoun { .. })
                )
                || lexicon::person_noun(doc.lower(k + 1)).is_some();
            if let Some(np) = syntax::noun_phrase_right(doc, k + 1, ceil).filter(|_| listener) {
                k = np.end;
            }
        }
        k = skip_place_or_time(doc, k, ceil);
        if lemma == Some("say") && doc.is(k, "of") {
            // "said of the plan, “…”", "said of the plan." — what was spoken about.
            if let Some(np) = syntax::noun_phrase_right(doc, k + 1, ceil) {
                if np.end >= ceil
                    || is_terminal(doc, np.end)
                    || doc.is_any(np.end, &[",", ":", "that"])
                    || is_opening_quote(doc, np.end)
                {
                    k = np.end;
                }
            }
        }
        if before == k {
            break;
        }
    }
    if lemma.is_some_and(|l| TAKES_LISTENER.contains(&l)) && !doc.is(k, "that") && !is_opening_quote(doc, k) {
        if doc.is_any(k, &["me", "us", "him", "her", "them", "you"]) {
            k = syntax::skip_adverbials_right(doc, k + 1, ceil);
            k = skip_adjunct(doc, k, ceil);
        } else if let Some(np) = syntax::noun_phrase_right(doc, k, ceil) {
            k = syntax::skip_adverbials_right(doc, np.end, ceil);
            k = skip_adjunct(doc, k, ceil);
        }
    }
    // "that" before a clause, not "that account." (a determiner).
    let determiner = k + 2 <= ceil
        && doc.lex.get(k + 1).is_some_and(|l| l.shape == Some(Shape::Lower) && l.class.is_none())
        && (k + 2 >= ceil || is_terminal(doc, k + 2) || doc.is_any(k + 2, &[",", ";"]));
    if doc.is(k, "that") && k + 1 < ceil && !doc.is(k + 1, ".") && !determiner {
        k += 1;
    }
    if doc.is_any(k, &[":", ","]) && k + 1 < ceil && is_opening_quote(doc, k + 1) {
        k += 1;
    }
    if doc.is(k, ":") && k + 1 < ceil {
        k += 1;
    }
    k
}

/// Skips a prepositional phrase of place or time that stands between a cue and what follows it:
/// "said in Kyiv.", "said at the forum that …", "said during a discussion, “…”".
fn skip_place_or_time(doc: &Document, k: usize, ceil: usize) -> usize {
    const OPENERS: &[&str] =
        &["in", "at", "on", "during", "after", "before", "from", "while", "outside", "inside", "near"];
    if !doc.is_any(k, OPENERS) {
        return k;
    }
    // A chain of phrases: "at a briefing in Baton Rouge", "in a note to clients".
    let mut end = k;
    while doc.is_any(end, OPENERS) || doc.is_any(end, &["to", "with", "of"]) {
        match syntax::noun_phrase_right(doc, end + 1, ceil) {
            Some(np) => end = np.end,
            None => break,
        }
    }
    let closes =
        end >= ceil || is_terminal(doc, end) || doc.is_any(end, &[",", "that", ":", ";"]) || is_opening_quote(doc, end);
    if closes && end > k {
        end
    } else {
        k
    }
}

/// Skips an adjunct cue phrase ("in a statement", "on Twitter") at `k`.
fn skip_adjunct(doc: &Document, k: usize, ceil: usize) -> usize {
    if k >= ceil {
        return k;
    }
    for phrase in lexicon::cue_phrases_starting_with(doc.lower(k)).iter().filter(|p| p.role == PhraseRole::Adjunct) {
        let words = &phrase.words;
        if k + words.len() <= ceil && words.iter().enumerate().all(|(j, w)| doc.is(k + j, w)) {
            return k + words.len();
        }
    }
    k
}

/// The content that starts at `start` and runs to the end of its clause within the sentence
/// (`ceil`): a whole quotation when one starts there and fills the rest of the sentence (direct
/// speech, maybe over several paragraphs), the clause otherwise. `to_comma` ends the clause at
/// its first comma (for an attribution inside a subordinate clause).
pub fn forward(doc: &Document, start: usize, ceil: usize, to_comma: bool) -> Option<Vec<Range<usize>>> {
    // "tweeted and said …": a conjunction joins another verb, it does not open content.
    if start >= ceil || is_terminal(doc, start) || doc.is_any(start, &[",", ";", ")", "and", "or", "but"]) {
        return None;
    }
    // "said before he died", "said when asked": an adverbial clause, not what was said — unless
    // "that" opened the content ("said that in 1997 she …").
    let after_that = start > 0 && doc.is(start - 1, "that");
    if !after_that
        && doc.is_any(
            start,
            &[
                "after", "before", "when", "while", "as", "since", "because", "although", "though", "until", "once",
                "during", "in", "at", "on", "for",
            ],
        )
        && !is_opening_quote(doc, start + 1)
    {
        return None;
    }
    if let Some(q) = quotation_opening_at(doc, start) {
        let end = q.end_token();
        let rest = trim(doc, end.min(ceil)..ceil);
        // A quotation closed after a comma (“…,” adding …, “…,” and laughed) is the whole content.
        let comma_closed = end >= 2 && doc.is(end - 2, ",");
        if end >= ceil || rest.is_empty() || comma_closed || clause_end(doc, end, ceil, to_comma) == end {
            return Some(q.pieces.clone());
        }
    }
    let end = clause_end(doc, start, ceil, to_comma);
    let range = trim_adjuncts(doc, trim(doc, start..end));
    (!range.is_empty()).then(|| vec![range])
}

/// Where reported content that starts at `start` ends: before a participial or "including" tail, a semicolon, a coordinated attribution
/// ("… and warned …", "…, but he said …"), an attribution of its own ("…, he said"), or at the
/// sentence's end. Quotations inside are skipped whole.
pub fn clause_end(doc: &Document, start: usize, ceil: usize, to_comma: bool) -> usize {
    let mut k = start;
    while k < ceil {
        if let Some(q) = quotation_opening_at(doc, k) {
            k = q.end_token().max(k + 1);
            continue;
        }
        if doc.is(k, ";") || (to_comma && doc.is(k, ",") && k > start) {
            return k;
        }
        if doc.is(k, ",") && k > start && ends_before(doc, k + 1, ceil) {
            return k;
        }
        if doc.is_any(k, &["and", "but"]) && k > start && coordinated_attribution(doc, k + 1, ceil) {
            return if doc.is(k - 1, ",") { k - 1 } else { k };
        }
        k += 1;
    }
    ceil
}

/// True when what follows a comma at `k - 1` is not part of the reported content.
fn ends_before(doc: &Document, k: usize, ceil: usize) -> bool {
    if k >= ceil {
        return false;
    }
    doc.is_any(k, &["including", "as"])
        || syntax::is_participle(doc, k)
        || (doc.is_any(k, &["and", "but"]) && coordinated_attribution(doc, k + 1, ceil))
        || attribution_follows(doc, k, ceil)
}

/// True when a subject and a cue verb start at `k`: "he said", "the source added", "Rutte noted".
fn attribution_follows(doc: &Document, k: usize, ceil: usize) -> bool {
    let Some(np) = syntax::noun_phrase_right(doc, k, ceil) else { return false };
    let verb_at = syntax::skip_adverbials_right(doc, np.end, ceil);
    verb_at < ceil && doc.lex[verb_at].cue.is_some_and(|c| c.form != VerbForm::Gerund && c.form != VerbForm::Base)
}

/// True when "and"/"but" before `k` joins another attribution: a cue verb ("and warned"), or a
/// subject and a cue verb ("but he said").
fn coordinated_attribution(doc: &Document, k: usize, ceil: usize) -> bool {
    let k = syntax::skip_adverbials_right(doc, k, ceil);
    (k < ceil && doc.lex[k].cue.is_some_and(|c| c.form != VerbForm::Gerund)) || attribution_follows(doc, k, ceil)
}

/// `range` without a trailing cue adjunct or time expression: "… in a statement",
/// "… on Thursday".
fn trim_adjuncts(doc: &Document, range: Range<usize>) -> Range<usize> {
    let mut end = range.end;
    loop {
        let before = end;
        for phrase in lexicon::cue_phrases().iter().filter(|p| p.role == PhraseRole::Adjunct) {
            let n = phrase.words.len();
            if end >= range.start + n + 2 && phrase.words.iter().enumerate().all(|(j, w)| doc.is(end - n + j, w)) {
                end -= n;
            }
        }
        // "… on Tuesday", "… yesterday" — not "… in March", which may be what was said.
        let day = |k: usize| {
            doc.is_any(
                k,
                &[
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "yesterday",
                    "today",
                    "tonight",
                ],
            )
        };
        if end > range.start + 2 && day(end - 1) {
            end -= 1;
            if doc.is_any(end - 1, &["on", "last", "this"]) {
                end -= 1;
            }
        }
        if end == before {
            return range.start..end;
        }
    }
}
