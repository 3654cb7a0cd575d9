//! Text segmentation: paragraphs, sentences and tokens — the first layer of the pipeline.
//!
//! A paragraph is a non-empty line, or the lines of a hard-wrapped paragraph ([`wrap`]).
//! Sentences never cross paragraphs. Tokens never cross lines.
//! Everything later in the pipeline addresses tokens by their index in
//! [`Segmentation::tokens`], and sentences and paragraphs as ranges of those indices.

mod sentence;
mod token;
mod wrap;

use std::ops::Range;

use crate::span::Span;

pub(crate) use sentence::reference_mark;
pub(crate) use token::{is_invisible_in_word, is_stop, Shape, Token, TokenKind, MAX_TEXT};

/// A paragraph: one non-empty line of the text, or the lines of a hard-wrapped paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Paragraph {
    /// From the paragraph's first token to its last.
    pub span: Span,
    /// Its tokens, as indices into [`Segmentation::tokens`].
    pub tokens: Range<usize>,
}

/// A sentence: a range of tokens inside one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// From the sentence's first token to its last.
    pub span: Span,
    /// Its tokens, as indices into [`Segmentation::tokens`].
    pub tokens: Range<usize>,
    /// The index of its paragraph in [`Segmentation::paragraphs`].
    pub paragraph: usize,
}

/// The text cut into paragraphs, sentences and tokens.
#[derive(Clone, Debug, Default)]
pub(crate) struct Segmentation {
    /// Every token, in text order.
    pub tokens: Vec<Token>,
    /// Every sentence, in text order.
    pub sentences: Vec<Sentence>,
    /// Every paragraph, in text order.
    pub paragraphs: Vec<Paragraph>,
}

impl Segmentation {
    /// Segments `text`. Linear in the length of the text.
    pub(crate) fn new(text: &str) -> Segmentation {
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut breaks = Vec::new();
        token::tokenize(text, &mut tokens, |b, n| breaks.push((b, n)));
        let soft = wrap::soft_breaks(text, &breaks.iter().map(|&(b, _)| b).collect::<Vec<_>>());
        breaks.push((text.len(), tokens.len()));

        let mut paragraphs = Vec::new();
        let mut first = 0;
        for (k, &(_, end)) in breaks.iter().enumerate() {
            if soft.get(k) == Some(&true) {
                continue;
            }
            if end > first {
                let span = tokens[first].span().cover(tokens[end - 1].span());
                paragraphs.push(Paragraph { span, tokens: first..end });
            }
            first = end;
        }

        let mut sentences = Vec::new();
        for (p, paragraph) in paragraphs.iter().enumerate() {
            for range in sentence::split(text, &tokens, paragraph.tokens.clone()) {
                let span = tokens[range.start].span().cover(tokens[range.end - 1].span());
                sentences.push(Sentence { span, tokens: range, paragraph: p });
            }
        }
        Segmentation { tokens, sentences, paragraphs }
    }

    /// The text of token `i`.
    pub(crate) fn text<'t>(&self, text: &'t str, i: usize) -> &'t str {
        self.tokens[i].span().text(text)
    }

    /// The index of the sentence holding token `i`, which must exist: a bisection, so that no
    /// table a token is kept.
    pub(crate) fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.tokens.end <= i)
    }

    /// The sentence holding token `i`, which must exist.
    pub(crate) fn sentence(&self, i: usize) -> &Sentence {
        &self.sentences[self.sentence_of(i)]
    }

    /// The paragraph index of token `i`.
    pub(crate) fn paragraph_of(&self, i: usize) -> usize {
        self.sentence(i).paragraph
    }

    /// The span from the start of the first token of `tokens` to the end of the last (the range
    /// is half-open and must not be empty).
    pub(crate) fn span(&self, tokens: Range<usize>) -> Span {
        self.tokens[tokens.start].span().cover(self.tokens[tokens.end - 1].span())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let seg = Segmentation::new(text);
        seg.sentences.iter().map(|s| s.span.text(text)).collect()
    }

    #[test]
    fn paragraphs_are_lines() {
        let text = "First para. Still first.\n\n  Second para\nThird.";
        let seg = Segmentation::new(text);
        let paras: Vec<&str> = seg.paragraphs.iter().map(|p| p.span.text(text)).collect();
        assert_eq!(paras, ["First para. Still first.", "Second para", "Third."]);
        assert_eq!(sentences(text), ["First para.", "Still first.", "Second para", "Third."]);
    }

    #[test]
    fn the_lines_of_a_hard_wrapped_paragraph_are_one_paragraph() {
        let text = "“Supporters of other candidates,” he added, “have focused on\nadvertising.”\n\nNext.";
        let seg = Segmentation::new(text);
        let paras: Vec<&str> = seg.paragraphs.iter().map(|p| p.span.text(text)).collect();
        assert_eq!(paras, ["“Supporters of other candidates,” he added, “have focused on\nadvertising.”", "Next."]);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith and Dr. Jones met Gen. J. R. Doe at St. Paul's. They talked."),
            ["Mr. Smith and Dr. Jones met Gen. J. R. Doe at St. Paul's.", "They talked."]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end() {
        assert_eq!(
            sentences("Critics of the U.S. President came to the U.S. The President acted."),
            ["Critics of the U.S. President came to the U.S.", "The President acted."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“We will win.” He left. “Why?” she asked. “Go!” Rutte said."),
            ["“We will win.”", "He left.", "“Why?” she asked.", "“Go!”", "Rutte said."]
        );
    }

    #[test]
    fn a_reference_mark_after_a_stop_ends_the_sentence_with_it() {
        assert_eq!(sentences("It rained.[1] Then it stopped.[a][2]"), ["It rained.[1]", "Then it stopped.[a][2]"]);
    }

    #[test]
    fn lower_case_after_a_stop_continues() {
        assert_eq!(sentences("It was 3 p.m. on Monday. and more"), ["It was 3 p.m. on Monday. and more"]);
    }
}
