//! Quotations that no cue claimed: follow-on quotes, quotes continuing a speaker's turn, and
//! scare quotes that are not claims.

use super::Draft;
use crate::document::Document;
use crate::lexicon::CueClass;
use crate::quotes::Quotation;
use crate::syntax::is_terminal;

/// Words after which a quotation names something rather than quoting someone:
/// "the so-called “peace plan”", "the film “Oppenheimer”".
const NAMING_WORDS: &[&str] = &["so-called", "called", "dubbed", "titled", "entitled", "named", "nicknamed", "film", "movie", "book", "song", "album", "show", "series", "novel", "play", "headline", "term", "word", "phrase", "slogan", "hashtag", "known", "as"];

/// Gives each unclaimed depth-0 quotation to the claim it continues, or makes it a claim of the
/// speaker of the paragraph before; scare quotes and titles stay unclaimed. Runs after speakers
/// are resolved, so that a continuing claim takes its predecessor's speaker.
pub fn attach(doc: &Document, drafts: &mut Vec<Draft>) {
    for quotation in doc.quotes.quotations.iter().filter(|q| q.depth == 0) {
        let first = quotation.first_token();
        if drafts.iter().any(|d| d.content.iter().any(|r| r.start <= first && first < r.end)) || !is_quote_of_speech(doc, quotation) {
            continue;
        }
        let paragraph = doc.seg.paragraph_of(first);
        // The last claim before the quotation, in its paragraph or the one before.
        let prev = drafts.iter().rposition(|d| d.first_token() < first);
        let Some(p) = prev else { continue };
        let prev_last = drafts[p].content.last().map_or(0, |r| r.end.saturating_sub(1));
        let prev_paragraph = doc.seg.paragraph_of(prev_last.max(drafts[p].first_token()));
        if prev_paragraph == paragraph {
            // "“…,” Rutte said. “More …”": one claim, another piece.
            if drafts[p].content.iter().all(|r| r.end <= first) {
                drafts[p].content.extend(quotation.pieces.iter().cloned());
            }
        } else if prev_paragraph + 1 == paragraph && doc.seg.paragraphs[paragraph].tokens.start == first {
            // A paragraph that is a quotation continues the previous paragraph's speaker.
            let mut draft = Draft::new(None, None, quotation.pieces.clone(), CueClass::Speech);
            draft.speaker = drafts[p].speaker;
            drafts.insert(p + 1, draft);
        }
    }
}

/// True when a quotation quotes speech: not a scare quote or a title. Quotations of four words
/// or fewer with no sentence punctuation inside, or right after a naming word, are not.
fn is_quote_of_speech(doc: &Document, quotation: &Quotation) -> bool {
    let first = quotation.first_token();
    if first > 0 && doc.is_any(first - 1, NAMING_WORDS) {
        return false;
    }
    let words = quotation.word_count(&doc.seg);
    let sentence_like = quotation.pieces.iter().flat_map(|r| r.clone()).any(|k| is_terminal(doc, k) || doc.is(k, ","));
    words > 4 || (sentence_like && words > 1)
}
