//! Sentence boundaries inside a paragraph.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use crate::rows::{data_file, rows};

use super::token::{ends_sentence_rarely, is_stop, never_ends_sentence, Shape, Token, TokenKind};

/// True when `word`, capitalised after an abbreviation such as `U.S.`, shows that a new sentence
/// began (`data/sentence_openers.txt`).
fn is_sentence_opener(word: &str) -> bool {
    static OPENERS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    OPENERS
        .get_or_init(|| {
            let (file, text) = data_file!("sentence_openers.txt");
            rows(file, text).map(|row| row.col(0)).collect()
        })
        .contains(word)
}

/// The end of a reference mark that opens at token `i` (tokens before `end`): a number or a
/// single letter in square brackets, glued to what comes before, as encyclopedias cite ("[1]",
/// "[a]"); "actors [15]", with a space, is read as part of the sentence, as GUM has it.
pub(crate) fn reference_mark(text: &str, tokens: &[Token], i: usize, end: usize) -> Option<usize> {
    let glued = |k: usize, s: &str| k < end && !tokens[k].space_before && tokens[k].span().text(text) == s;
    let label = tokens.get(i + 1).filter(|_| glued(i, "[") && glued(i + 2, "]"))?;
    let cites = label.kind == TokenKind::Number || label.span().text(text).chars().count() == 1;
    cites.then_some(i + 3)
}

/// Splits the tokens `range` of one paragraph into sentences.
pub(crate) fn split(text: &str, tokens: &[Token], range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = &tokens[i];
        let word = t.span().text(text);
        let stop = match t.kind {
            TokenKind::Punct => is_stop(word),
            TokenKind::Word if word.ends_with('.') => !never_ends_sentence(word),
            _ => false,
        };
        if !stop {
            i += 1;
            continue;
        }
        // Closing marks glued to the stop belong to this sentence: `.”`, `?)`; so does a
        // reference mark: `.[1]`, `.”[12]`.
        let mut end = i + 1;
        while end < range.end && !tokens[end].space_before {
            let glued = tokens[end].span().text(text);
            if tokens[end].kind == TokenKind::Quote || matches!(glued, ")" | "]" | "." | "!" | "?") {
                end += 1;
            } else if let Some(after) = reference_mark(text, tokens, end, range.end) {
                end = after;
            } else {
                break;
            }
        }
        if end >= range.end {
            break;
        }
        let next = &tokens[end];
        let next_text = next.span().text(text);
        let starts_new = match next.kind {
            TokenKind::Word => {
                let shape = Shape::of(next_text);
                if t.kind == TokenKind::Word && ends_sentence_rarely(word) {
                    shape.is_capitalized() && is_sentence_opener(next_text)
                } else {
                    shape.is_capitalized()
                }
            }
            TokenKind::Number | TokenKind::Quote | TokenKind::Dash => t.kind == TokenKind::Punct,
            TokenKind::Punct => t.kind == TokenKind::Punct && matches!(next_text, "(" | "[" | "“" | "‘"),
            TokenKind::Possessive => false,
        };
        if starts_new && next.space_before {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
    if start < range.end {
        out.push(start..range.end);
    }
    out
}
