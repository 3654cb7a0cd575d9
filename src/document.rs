//! The analysed text with everything the early stages found: what every later stage reads.

use std::ops::Range;

use crate::lexicon::{self, Lex, WordClass};
use crate::quotes::Quotes;
use crate::segment::{Segmentation, Shape, TokenKind};
use crate::span::Span;

/// The text, its segmentation, its quotations and the lexical features of its tokens.
#[derive(Debug)]
pub struct Document<'t> {
    /// The analysed text.
    pub text: &'t str,
    /// Paragraphs, sentences, tokens.
    pub seg: Segmentation,
    /// Quotations and quote-mark roles.
    pub quotes: Quotes,
    /// Lexical features, one per token.
    pub lex: Vec<Lex>,
}

impl<'t> Document<'t> {
    /// Runs segmentation, quote pairing and lexicon lookups over `text`.
    pub fn new(text: &'t str) -> Document<'t> {
        let seg = Segmentation::new(text);
        let quotes = Quotes::find(text, &seg);
        let lex = lexicon::annotate(text, &seg);
        Document { text, seg, quotes, lex }
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.seg.tokens.len()
    }

    /// True for a text with no tokens.
    pub fn is_empty(&self) -> bool {
        self.seg.tokens.is_empty()
    }

    // The accessors below are total: past the last token there is nothing — an empty word, no
    // class, no capital — so that the stages can look ahead without guarding every step.

    /// The text of token `i` (empty past the end).
    pub fn word(&self, i: usize) -> &'t str {
        self.seg.tokens.get(i).map_or("", |t| t.span.text(self.text))
    }

    /// Token `i` in lower case (empty past the end).
    pub fn lower(&self, i: usize) -> &str {
        self.lex.get(i).map_or("", |l| l.lower.as_str())
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> TokenKind {
        self.seg.tokens[i].kind
    }

    /// The closed word class of token `i` (none past the end).
    pub fn class(&self, i: usize) -> Option<WordClass> {
        self.lex.get(i).and_then(|l| l.class)
    }

    /// True when token `i` is a word starting with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.lex.get(i).is_some_and(|l| l.shape.is_some_and(Shape::is_capitalized))
    }

    /// True when token `i` is the word or punctuation `s` (compared in lower case).
    pub fn is(&self, i: usize, s: &str) -> bool {
        i < self.len() && self.lex[i].lower == s
    }

    /// True when token `i` is one of `words`.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        i < self.len() && words.contains(&self.lex[i].lower.as_str())
    }

    /// The span of tokens `range`.
    pub fn span(&self, range: Range<usize>) -> Span {
        self.seg.span(range)
    }

    /// The text of tokens `range`, as it stands in the document.
    pub fn slice(&self, range: Range<usize>) -> &'t str {
        self.span(range).text(self.text)
    }

    /// The tokens of the sentence holding token `i`.
    pub fn sentence_tokens(&self, i: usize) -> Range<usize> {
        self.seg.sentence(i).tokens.clone()
    }

    /// The tokens of the paragraph holding token `i`.
    pub fn paragraph_tokens(&self, i: usize) -> Range<usize> {
        self.seg.paragraphs[self.seg.paragraph_of(i)].tokens.clone()
    }

    /// The words of tokens `range` joined the way a lexicon keys them: single spaces where the
    /// text has whitespace, nothing where it has none ("Washington, D.C.").
    pub fn key(&self, range: Range<usize>) -> String {
        let mut key = String::new();
        for i in range.clone() {
            if i > range.start && self.seg.tokens[i].space_before {
                key.push(' ');
            }
            key.push_str(&lexicon::normalize(self.word(i)));
        }
        key
    }
}
