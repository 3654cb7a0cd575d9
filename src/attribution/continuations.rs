//! Quotations that no cue claimed: follow-on quotes, quotes continuing a speaker's turn, and
//! scare quotes that are not claims.

use super::{content, Coverage, Draft};
use crate::analysis::ClaimKind;
use crate::document::Document;
use crate::lexicon::{CueClass, WordClass, WordSet};
use crate::quotes::Quotation;
use crate::segment::TokenKind;
use crate::syntax::is_terminal;

/// The most words a scare quote has ("the “experts”", "a “peace plan” for all"): a quotation of
/// no more words, without sentence punctuation inside, quotes no one.
const SCARE_QUOTE_WORDS: usize = 4;

/// Gives each unclaimed depth-0 quotation to the claim it continues, or makes it a claim of the
/// speaker of the paragraph before; scare quotes and titles stay unclaimed. Runs after speakers
/// are resolved, so that a continuing claim takes its predecessor's speaker. Only claims for
/// which `kept` holds take a quotation. `drafts` must be sorted by their first token; the claims
/// made of quotations are added at the end.
pub(crate) fn attach(doc: &Document, drafts: &mut Vec<Draft>, kept: impl Fn(&Draft) -> bool) {
    let claimed = Coverage::new(drafts.iter().flat_map(|d| d.content.iter().cloned()));
    let firsts: Vec<usize> = drafts.iter().map(Draft::first_token).collect();
    let mut added: Vec<Draft> = Vec::new();
    for quotation in doc.quotes.quotations.iter().filter(|q| q.depth == 0) {
        let first = quotation.first_token();
        if claimed.contains(first) || !is_quote_of_speech(doc, quotation) {
            continue;
        }
        // The last claim before the quotation: found by a cue, or added for a quotation before.
        let original = (0..firsts.partition_point(|&f| f < first))
            .rev()
            .find(|&o| kept(&drafts[o]))
            .map(|o| host(doc, drafts, o, &kept).unwrap_or(o));
        let newer = added.last().filter(|a| original.is_none_or(|o| firsts[o] < a.first_token()));
        let prev: &mut Draft = match (newer.is_some(), original) {
            (true, _) => added.last_mut().unwrap(),
            (false, Some(o)) => &mut drafts[o],
            (false, None) => continue,
        };
        // "A voice over says “…”", "“…” said, quietly, a voice from the back": a cue whose source was
        // not found introduces the quotation; it is someone's, not the claim before's. Its
        // speaker is unknown.
        if let Some(cue) =
            introducing_cue(doc, quotation).filter(|&c| prev.cue.as_ref().is_none_or(|p| !p.contains(&c)))
        {
            added.push(Draft::new(None, Some(cue..cue + 1), quotation.pieces.clone(), CueClass::Speech));
            continue;
        }
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
            // A paragraph that is a quotation continues the previous paragraph's speaker: after
            // a quotation a cue found ("“…,” Rubio said. ¶ “Which is why …”"), as another piece of
            // the same claim; after reported speech, as a claim of its own.
            if prev.cue.is_some() && content::kind_of(doc, &prev.content) == ClaimKind::Direct {
                prev.content.extend(quotation.pieces.iter().cloned());
            } else {
                let mut draft = Draft::new(None, None, quotation.pieces.clone(), CueClass::Speech);
                draft.speaker = prev.speaker;
                added.push(draft);
            }
        }
    }
    drafts.extend(added);
}

/// The verb of saying right before or right after a quotation, a colon or comma between them:
/// "says “…”", "said: “…”", "“…” said", "“…”, wrote".
fn introducing_cue(doc: &Document, quotation: &Quotation) -> Option<usize> {
    let is_saying = |k: usize| doc.lex(k).cue.is_some_and(|verb| verb.class == CueClass::Speech);
    let punctuation = |k: usize| doc.is(k, ":") || doc.is(k, ",");
    let before = quotation.first_token().checked_sub(1).and_then(|k| match punctuation(k) {
        true => k.checked_sub(1),
        false => Some(k),
    });
    // After it, in the same sentence: in lower case ("“…” said", not the next paragraph's "Asked
    // about …").
    let after = quotation.end_token();
    let after = if after < doc.len() && doc.is(after, ",") { after + 1 } else { after };
    let after = (after < doc.len() && !doc.is_capitalized(after)).then_some(after);
    before.into_iter().chain(after).find(|&k| is_saying(k))
}

/// The claim that claim `o` belongs to, when `o` is said inside another's attribution: a
/// participle sharing its source ("“…,” Black said, referring to the committee.") or a relative
/// clause inside its source ("“…,” said Sucher, a professor who focuses on ethics.", "“…,” said
/// Walker, 44, an aide who said she would vote."). A
/// quotation after the sentence continues the outer claim, whose content is a quotation.
fn host(doc: &Document, drafts: &[Draft], o: usize, kept: &impl Fn(&Draft) -> bool) -> Option<usize> {
    let inner = &drafts[o];
    let cue = inner.cue.as_ref()?;
    let sentence = doc.sentence_tokens(cue.start);
    // The outer claim's cue is in the inner cue's sentence; its quotation may open sentences
    // before ("“… [states]. He has won three,” Trump said, referring to Cruz.").
    let cue_start = |h: usize| drafts[h].cue.as_ref().map_or(drafts[h].first_token(), |c| c.start);
    (0..o).rev().take_while(|&h| cue_start(h) >= sentence.start).find(|&h| {
        let outer = &drafts[h];
        let quoted = outer.content.first().is_some_and(|r| doc.quotes.is_opening(r.start));
        let after_outer_cue = |k: usize| outer.cue.as_ref().is_some_and(|c| c.end <= k);
        let shares = match inner.source.as_ref() {
            // "said Walker, 44, an aide who said …", "said in a documentary that showed …": a
            // relative pronoun after the outer cue.
            Some(source) => {
                source.len() == 1 && doc.in_set(source.start, WordSet::SubjectRelative) && after_outer_cue(source.start)
                    || outer.source.as_ref().is_some_and(|s| s == source || s.contains(&cue.start))
            }
            // "“…,” she said when asked about …": a question whose asker goes unsaid.
            None => after_outer_cue(cue.start),
        };
        quoted && shares && kept(outer)
    })
}

/// True when a quotation quotes speech: not a scare quote or a title. Quotations of four words
/// or fewer with no sentence punctuation inside, or right after a naming word, are not.
fn is_quote_of_speech(doc: &Document, quotation: &Quotation) -> bool {
    let first = quotation.first_token();
    // "the so-called “peace plan”", "the film “Oppenheimer”", "the phrase “…”".
    let naming = [WordSet::Naming, WordSet::Work, WordSet::QuotedTerm];
    // "said on “The Internet Explorer 6 Countdown”", "told ABC's “Good Morning America”": a title
    // after a preposition or a possessive.
    let titled = first > 0
        && (doc.class(first - 1) == Some(WordClass::Preposition) || doc.is_kind(first - 1, TokenKind::Possessive));
    if titled || first > 0 && naming.into_iter().any(|set| doc.in_set(first - 1, set)) {
        return false;
    }
    let words = quotation.word_count(&doc.seg);
    let sentence_like = quotation.pieces.iter().flat_map(|r| r.clone()).any(|k| is_terminal(doc, k) || doc.is(k, ","));
    words > SCARE_QUOTE_WORDS || (sentence_like && words > 1)
}
