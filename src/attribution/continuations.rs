//! Quotations that no cue claimed: follow-on quotes, quotes continuing a speaker's turn, and
//! scare quotes that are not claims.

use super::{Coverage, Draft};
use crate::document::Document;
use crate::lexicon::{CueClass, WordSet};
use crate::quotes::Quotation;
use crate::syntax::is_terminal;

/// The most words a scare quote has ("the “experts”", "a “peace plan” for all"): a quotation of
/// no more words, without sentence punctuation inside, quotes no one.
const SCARE_QUOTE_WORDS: usize = 4;

/// Gives each unclaimed depth-0 quotation to the claim it continues, or makes it a claim of the
/// speaker of the paragraph before; scare quotes and titles stay unclaimed. Runs after speakers
/// are resolved, so that a continuing claim takes its predecessor's speaker. `drafts` must be
/// sorted by their first token, and are again afterwards.
pub(crate) fn attach(doc: &Document, drafts: &mut Vec<Draft>) {
    let claimed = Coverage::new(drafts.iter().flat_map(|d| d.content.iter().cloned()));
    let firsts: Vec<usize> = drafts.iter().map(Draft::first_token).collect();
    let mut added: Vec<Draft> = Vec::new();
    for quotation in doc.quotes.quotations.iter().filter(|q| q.depth == 0) {
        let first = quotation.first_token();
        if claimed.contains(first) || !is_quote_of_speech(doc, quotation) {
            continue;
        }
        // The last claim before the quotation: found by a cue, or added for a quotation before.
        let original = firsts.partition_point(|&f| f < first).checked_sub(1);
        let newer = added.last().filter(|a| original.is_none_or(|o| firsts[o] < a.first_token()));
        let prev: &mut Draft = match (newer.is_some(), original) {
            (true, _) => added.last_mut().unwrap(),
            (false, Some(o)) => &mut drafts[o],
            (false, None) => continue,
        };
        let prev_last = prev.content.last().map_or(0, |r| r.end.saturating_sub(1));
        let prev_paragraph = doc.seg.paragraph_of(prev_last.max(prev.first_token()));
        let paragraph = doc.seg.paragraph_of(first);
        if prev_paragraph == paragraph {
            // "“…,” Rutte said. “More …”": one claim, another piece.
            // Pieces are in text order: the last ends last.
            if prev.content.last().is_none_or(|r| r.end <= first) {
                prev.content.extend(quotation.pieces.iter().cloned());
            }
        } else if prev_paragraph + 1 == paragraph && doc.seg.paragraphs[paragraph].tokens.start == first {
            // A paragraph that is a quotation continues the previous paragraph's speaker.
            let mut draft = Draft::new(None, None, quotation.pieces.clone(), CueClass::Speech);
            draft.speaker = prev.speaker;
            added.push(draft);
        }
    }
    if !added.is_empty() {
        drafts.extend(added);
        drafts.sort_by_key(Draft::first_token);
    }
}

/// True when a quotation quotes speech: not a scare quote or a title. Quotations of four words
/// or fewer with no sentence punctuation inside, or right after a naming word, are not.
fn is_quote_of_speech(doc: &Document, quotation: &Quotation) -> bool {
    let first = quotation.first_token();
    // "the so-called “peace plan”", "the film “Oppenheimer”", "the phrase “…”".
    let naming = [WordSet::Naming, WordSet::Work, WordSet::QuotedTerm];
    if first > 0 && naming.into_iter().any(|set| doc.in_set(first - 1, set)) {
        return false;
    }
    let words = quotation.word_count(&doc.seg);
    let sentence_like = quotation.pieces.iter().flat_map(|r| r.clone()).any(|k| is_terminal(doc, k) || doc.is(k, ","));
    words > SCARE_QUOTE_WORDS || (sentence_like && words > 1)
}
