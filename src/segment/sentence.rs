//! Sentence boundaries inside a paragraph.

use std::ops::Range;

use super::token::{ends_sentence_rarely, never_ends_sentence, Shape, Token, TokenKind};

/// Words that, capitalised after an abbreviation such as `U.S.`, show that a new sentence began.
const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Meanwhile",
    "Most",
    "Many",
    "My",
    "No",
    "Now",
    "On",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Today",
    "We",
    "What",
    "When",
    "While",
    "Yet",
    "You",
];

/// Splits the tokens `range` of one paragraph into sentences.
pub fn split(text: &str, tokens: &[Token], range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = &tokens[i];
        let word = t.span.text(text);
        let stop = match t.kind {
            TokenKind::Punct => matches!(word, "." | "!" | "?" | "…") || word.starts_with(".."),
            TokenKind::Word if word.ends_with('.') => !never_ends_sentence(word),
            _ => false,
        };
        if !stop {
            i += 1;
            continue;
        }
        // Closing marks glued to the stop belong to this sentence: `.”`, `?)`.
        let mut end = i + 1;
        while end < range.end && !tokens[end].space_before {
            let glued = tokens[end].span.text(text);
            if tokens[end].kind == TokenKind::Quote || matches!(glued, ")" | "]" | "." | "!" | "?") {
                end += 1;
            } else {
                break;
            }
        }
        if end >= range.end {
            break;
        }
        let next = &tokens[end];
        let next_text = next.span.text(text);
        let starts_new = match next.kind {
            TokenKind::Word => {
                let shape = Shape::of(next_text);
                if t.kind == TokenKind::Word && ends_sentence_rarely(word) {
                    shape.is_capitalized() && SENTENCE_OPENERS.contains(&next_text)
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
