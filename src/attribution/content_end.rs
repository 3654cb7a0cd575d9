//! Content ends: where reported content stops before a comma or a dash, learned.
//!
//! The rules of [`super::content`] run reported content to the end of its clause, stopping at
//! a tail they know ("…, saying …", "…, as …", "…, he said"). Many other tails follow a comma
//! in news — "…, which includes …", "…, for whom he was to host a fundraiser", "… — and the
//! Senate is holding …" — and PolNeAR's annotators end the content before them, while "…,
//! and" between two reported clauses or ", including …" goes on. A logistic model decides at
//! each comma or open dash of reported content, left to right, whether the content stops there:
//! the words around it, their classes, how far the content has run and how far it would run on.
//!
//! The weights (`data/content_end_weights.tsv`) are fitted by `scripts/train_content_end.py`
//! on the claims the rules find in PolNeAR's training split, at each comma or dash of their
//! content, labelled by where the annotated content of the same cue ends (`make train`).

use std::ops::Range;
use std::sync::OnceLock;

use super::logistic::{bucket, Logistic, Names};
use super::{content, Draft};
use crate::document::Document;
use crate::lexicon::{CueClass, VerbForm, WordClass, WordSet};
use crate::rows::data_file;
use crate::segment::TokenKind;
use crate::syntax;

/// The fitted model: a weight per feature and the bias.
fn model() -> &'static Logistic {
    static MODEL: OnceLock<Logistic> = OnceLock::new();
    MODEL.get_or_init(|| {
        let (file, text) = data_file!("content_end_weights.tsv");
        Logistic::read(file, text)
    })
}

/// The probability of stopping at or above which the content stops. On the training split the
/// mean of all-claims and speech F1 was 0.726 at 0.5 and 0.55, 0.725 at 0.6, 0.724 at 0.65 and
/// 0.722 at 0.7 (0.716 never stopping): within 0.001 of the best, the highest, as the claim
/// scorer's thresholds are chosen — a content cut short hides what was said, one a little long
/// shows a tail beside it.
const STOP_PROBABILITY: f32 = 0.6;

/// The probability that the content of `draft` whose last piece is `piece` stops before the
/// comma or dash at token `k`.
fn stop_probability(doc: &Document, draft: &Draft, piece: &Range<usize>, k: usize, nth: usize) -> f32 {
    model().probability(|sum| features(doc, draft, piece, k, nth, &mut |f| sum.add(f)))
}

/// Ends the content of each draft at the first comma or dash where the model says it stops
/// ([`STOP_PROBABILITY`]).
pub(crate) fn cut(doc: &Document, drafts: &mut [Draft]) {
    for draft in drafts.iter_mut() {
        let Some(piece) = reported_piece(doc, draft) else { continue };
        let stop = boundaries(doc, &piece)
            .enumerate()
            .find(|&(nth, k)| stop_probability(doc, draft, &piece, k, nth) >= STOP_PROBABILITY)
            .map(|(_, k)| k);
        if let (Some(k), Some(last)) = (stop, draft.content.last_mut()) {
            last.end = k;
        }
    }
}

/// The piece of a draft's content that the model may end: the last, when it follows the cue in
/// its sentence (not a quotation set apart in the next paragraph: "Hewitt writes:" and a block).
pub(crate) fn reported_piece(doc: &Document, draft: &Draft) -> Option<Range<usize>> {
    let cue = draft.cue.as_ref()?;
    draft.content.last().filter(|piece| piece.start >= cue.end && doc.same_sentence(cue.start, piece.start)).cloned()
}

/// The commas and open dashes inside `piece` where its content might stop, in text order: not
/// inside a quotation, with a word of content before them, not the comma that closes an
/// adverbial clause opening the content ("said although the two are linked, action is needed",
/// "say that, even if they wanted one, a recount …"): the main clause is still to come; and not
/// the commas around an appositive before "as saying" ("quoted Wassim Bouhlel, a Nice native,
/// as saying …").
pub(crate) fn boundaries<'a>(doc: &'a Document, piece: &Range<usize>) -> impl Iterator<Item = usize> + 'a {
    let start = piece.start;
    let introduced = opens_with_adverbial_clause(doc, start);
    (piece.start + 1..piece.end)
        .filter(move |&k| {
            (doc.is(k, ",") || syntax::is_open_dash(doc, k))
                && !doc.quotes.is_quoted(k)
                && (start..k).any(|j| doc.is_kind(j, TokenKind::Word))
                && !appositive_before_as_saying(doc, k)
        })
        .skip(usize::from(introduced))
}

/// The most tokens of an appositive before "as saying": "a Nice native".
const MAX_APPOSITIVE: usize = 8;

/// True when the comma at `k` opens or closes an appositive followed by "as" and a cue in "-ing":
/// "quoted Wassim Bouhlel, a Nice native, as saying …".
fn appositive_before_as_saying(doc: &Document, k: usize) -> bool {
    content::as_saying(doc, k + 1)
        || (k + 1..doc.len().min(k + 1 + MAX_APPOSITIVE))
            .find(|&j| doc.is(j, ","))
            .is_some_and(|j| content::as_saying(doc, j + 1))
}

/// True when the content at `start` opens with an adverbial clause or an insert: a subordinator
/// or adverbial opener ("although", "when", "even if"), or a comma before it ("that, …").
fn opens_with_adverbial_clause(doc: &Document, start: usize) -> bool {
    let subordinate =
        |k: usize| doc.class(k) == Some(WordClass::Subordinator) || doc.in_set(k, WordSet::AdverbialOpener);
    subordinate(start)
        || (doc.class(start) == Some(WordClass::Adverb) && subordinate(start + 1))
        || start.checked_sub(1).is_some_and(|b| doc.is(b, ","))
}

/// The name of a word's class, for features.
fn class_name(doc: &Document, k: usize) -> &'static str {
    match doc.class(k) {
        None if doc.is_kind(k, TokenKind::Number) => "number",
        None if doc.quotes.is_opening(k) => "quote",
        None if !doc.is_kind(k, TokenKind::Word) => "punctuation",
        None if doc.is_capitalized(k) => "capitalised",
        None => "word",
        Some(WordClass::Determiner) => "determiner",
        Some(WordClass::Pronoun { .. }) => "pronoun",
        Some(WordClass::PossessivePronoun) => "possessive-pronoun",
        Some(WordClass::Possessive) => "possessive",
        Some(WordClass::Preposition) => "preposition",
        Some(WordClass::Conjunction) => "conjunction",
        Some(WordClass::Relative) => "relative",
        Some(WordClass::Subordinator) => "subordinator",
        Some(WordClass::Auxiliary) => "auxiliary",
        Some(WordClass::Negation) => "negation",
        Some(WordClass::Adverb) => "adverb",
        Some(WordClass::Time) => "time",
    }
}

/// The features of the boundary at token `k`, the `nth` of `piece` (the reported piece of
/// `draft`), each by name to `sink`.
pub(crate) fn features(
    doc: &Document,
    draft: &Draft,
    piece: &Range<usize>,
    k: usize,
    nth: usize,
    sink: &mut impl FnMut(&str),
) {
    let mut names = Names::new(sink);
    let mut add = |parts: &[&str]| names.add(parts);
    add(&["mark=", if doc.is(k, ",") { "comma" } else { "dash" }]);
    add(&["nth=", bucket(nth + 1)]);
    add(&["before=", bucket(k - piece.start)]);
    add(&["after=", bucket(piece.end - k - 1)]);
    add(&["class=", if draft.class == CueClass::Speech { "speech" } else { "thought" }]);
    // A clause ("that …", a subject), an infinitive, or a noun phrase ("the importance of …").
    let opens = match piece.start.checked_sub(1) {
        Some(b) if doc.is(b, "that") || doc.is(piece.start, "that") => "that",
        Some(b) if doc.is(b, "to") || doc.is(piece.start, "to") => "to",
        _ if doc.class(piece.start) == Some(WordClass::Determiner) => "determiner",
        _ if matches!(doc.class(piece.start), Some(WordClass::Pronoun { .. })) => "pronoun",
        _ => "other",
    };
    add(&["opens=", opens]);

    // What stands before the mark.
    add(&["prev-class=", class_name(doc, k - 1)]);
    if doc.quotes.is_closing(k - 1) {
        add(&["after-quotation"]);
    }

    // Whether a verb stands before the mark and in the stretch after it, up to the next mark.
    let finite = |j: usize| super::content::is_finite_verb(doc, j);
    if (piece.start..k).any(finite) {
        add(&["verb-before"]);
    }
    let stretch_end = (k + 1..piece.end).find(|&j| doc.is(j, ",") || syntax::is_dash(doc, j)).unwrap_or(piece.end);
    add(&["stretch=", bucket(stretch_end - k - 1)]);
    if (k + 1..stretch_end).any(finite) {
        add(&["verb-after"]);
    }

    // What follows it.
    let next = k + 1;
    if next >= piece.end {
        add(&["next=(end)"]);
        return;
    }
    let class = class_name(doc, next);
    add(&["next=", doc.lower(next)]);
    add(&["next-class=", class]);
    add(&["next-class=", class, "&before=", bucket(k - piece.start)]);
    add(&["next-class=", class, "&mark=", if doc.is(k, ",") { "comma" } else { "dash" }]);
    if next + 1 < piece.end {
        let class2 = class_name(doc, next + 1);
        add(&["next2-class=", class2]);
        add(&["next-class=", class, "&next2-class=", class2]);
    }
    if syntax::is_participle(doc, next) {
        add(&["next-participle"]);
    }
    if let Some(verb) = doc.lex(next).cue {
        add(&["next-cue=", if verb.form == VerbForm::Gerund { "gerund" } else { "other" }]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boundaries_of(text: &str, first_word: &str) -> Vec<String> {
        let doc = Document::new(text);
        let start = (0..doc.len()).find(|&k| doc.is(k, first_word)).expect("the content's first word");
        let end = (start..doc.len()).find(|&k| doc.is(k, ".")).expect("a full stop");
        boundaries(&doc, &(start..end)).map(|k| doc.slice(k + 1..k + 2).to_string()).collect()
    }

    #[test]
    fn the_model_loads() {
        assert!(model().len() > 20, "weights: {}", model().len());
    }

    #[test]
    fn boundaries_are_commas_and_open_dashes_outside_quotations() {
        let text = "He said the plan, “bold, costly,” is dead — and, he added, buried.";
        assert_eq!(boundaries_of(text, "the"), ["“", "and", "he", "buried"]);
    }

    #[test]
    fn the_comma_that_closes_an_opening_adverbial_clause_is_no_boundary() {
        assert_eq!(boundaries_of("He said although it rains, the game goes on, as planned.", "although"), ["as"]);
        assert_eq!(boundaries_of("They say that, even if they wanted one, a recount fails, sadly.", "even"), ["sadly"]);
    }

    #[test]
    fn the_stop_probability_is_a_probability() {
        let doc = Document::new("Murphy said he supports the bill, which includes new rules, and that it will pass.");
        let piece = 2..doc.len() - 1;
        let draft = Draft::new(None, Some(1..2), Vec::from([piece.clone()]), CueClass::Speech);
        for (nth, k) in boundaries(&doc, &piece).enumerate() {
            let p = stop_probability(&doc, &draft, &piece, k, nth);
            assert!((0.0..=1.0).contains(&p), "{p}");
        }
    }
}
