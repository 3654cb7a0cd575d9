//! The analysed text with everything the early stages found: what every later stage reads.

use std::borrow::Cow;
use std::ops::Range;

use crate::analysis::Place;
use crate::lexicon::{self, Lex, Lexicon, PersonNoun, WordClass, WordSet};
use crate::mentions::{Mention, MentionKind};
use crate::quotes::Quotes;
use crate::segment::{self, Segmentation, Shape, TokenKind, MAX_TEXT};
use crate::span::Span;

/// Bytes reserved for a lexicon key: enough for the names looked up, so that building one
/// allocates once.
pub(crate) const KEY_CAPACITY: usize = 64;

/// The text, its segmentation, its quotations and the lexical features of its tokens.
#[derive(Debug)]
pub(crate) struct Document<'t> {
    /// The analysed text.
    pub text: &'t str,
    /// Paragraphs, sentences, tokens.
    pub seg: Segmentation,
    /// Quotations and quote-mark roles.
    pub quotes: Quotes,
    /// Lexical features of the tokens.
    lexicon: Lexicon,
}

impl<'t> Document<'t> {
    /// Runs segmentation, quote pairing and lexicon lookups over `text` (over its first
    /// [`MAX_TEXT`] bytes, the most the analysis reads).
    pub(crate) fn new(text: &'t str) -> Document<'t> {
        // On 32-bit targets (WebAssembly) no text is longer: the bound holds by itself there.
        #[allow(clippy::unnecessary_min_or_max)]
        let mut cut = text.len().min(MAX_TEXT);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &text[..cut];
        let seg = Segmentation::new(text);
        let quotes = Quotes::find(text, &seg);
        let lexicon = Lexicon::annotate(text, &seg);
        Document { text, seg, quotes, lexicon }
    }

    /// Reads the function words written in a person's name among `mentions` as names wherever the
    /// text writes them so, from here on: once an article names Theresa May or George Will, "May
    /// said" and "Will urged" have a subject, not an auxiliary — the name the article establishes
    /// outweighs what the word means in English. The mention stage, which decides which words are
    /// names, reads their classes before this.
    pub(crate) fn read_names(&mut self, mentions: &[Mention]) {
        for m in mentions.iter().filter(|m| m.kind == MentionKind::Person) {
            for k in m.tokens.clone() {
                if self.lex(k).class.is_some() && self.is_capitalized(k) {
                    self.lexicon.forget_class(self.lexicon.word_id(k));
                }
            }
        }
    }

    /// Number of tokens.
    pub(crate) fn len(&self) -> usize {
        self.seg.tokens.len()
    }

    // The accessors below that take a token index are total unless they say otherwise: past the
    // last token there is nothing — an empty word, no class, no capital — so that the stages can
    // look ahead without guarding every step.

    /// The lexical features of token `i`.
    pub(crate) fn lex(&self, i: usize) -> &Lex {
        self.lexicon.get(i)
    }

    /// The number of distinct words (as written) of the text.
    pub(crate) fn distinct_words(&self) -> usize {
        self.lexicon.distinct_words()
    }

    /// The index of token `i`'s word among the text's distinct words: equal for tokens written
    /// the same.
    pub(crate) fn word_id(&self, i: usize) -> usize {
        self.lexicon.word_id(i)
    }

    /// The text of token `i` (empty past the end).
    pub(crate) fn word(&self, i: usize) -> &'t str {
        self.seg.tokens.get(i).map_or("", |t| t.span().text(self.text))
    }

    /// Token `i` in lower case, apostrophes straight (empty past the end).
    pub(crate) fn lower(&self, i: usize) -> &str {
        &self.lex(i).lower
    }

    /// The kind of token `i`, which must exist (use [`Document::is_kind`] to look past the end).
    pub(crate) fn kind(&self, i: usize) -> TokenKind {
        self.seg.tokens[i].kind
    }

    /// True when token `i` exists and is of kind `kind`.
    pub(crate) fn is_kind(&self, i: usize, kind: TokenKind) -> bool {
        self.seg.tokens.get(i).is_some_and(|t| t.kind == kind)
    }

    /// The closed word class of token `i` (none past the end).
    pub(crate) fn class(&self, i: usize) -> Option<WordClass> {
        self.lex(i).class
    }

    /// True when token `i` is a word starting with a capital letter.
    pub(crate) fn is_capitalized(&self, i: usize) -> bool {
        self.lex(i).shape.is_some_and(Shape::is_capitalized)
    }

    /// True when token `i` is a word of two letters or more in capitals: "NATO", "U.S.".
    pub(crate) fn is_upper(&self, i: usize) -> bool {
        self.lex(i).shape == Some(Shape::Upper)
    }

    /// Token `i` as a name is written: as in the text, ALL-CAPS words in Title Case ("FISK:" in
    /// a transcript is "Fisk").
    pub(crate) fn name_form(&self, i: usize) -> Cow<'t, str> {
        let word = lexicon::visible(self.word(i));
        if self.is_upper(i) {
            Cow::Owned(lexicon::title_case(&word))
        } else {
            word
        }
    }

    /// True when token `i` is the word or punctuation `s` (compared in lower case).
    pub(crate) fn is(&self, i: usize, s: &str) -> bool {
        i < self.len() && self.lower(i) == s
    }

    /// True when token `i` is one of the punctuation marks or function words `words`.
    pub(crate) fn is_any(&self, i: usize, words: &[&str]) -> bool {
        i < self.len() && words.contains(&self.lower(i))
    }

    /// True when token `i` is in the word set `set` (`data/word_sets.tsv`).
    pub(crate) fn in_set(&self, i: usize, set: WordSet) -> bool {
        self.lex(i).sets.contains(set)
    }

    /// True when token `i` is a noun naming people by role that may head a description:
    /// "officials", "sources", "spokesman".
    pub(crate) fn is_person_noun(&self, i: usize) -> bool {
        self.lex(i).person_noun.is_some_and(|n| n.is_noun())
    }

    /// The person noun that tokens `range` spell, lower case and singular or plural: "chief",
    /// "secretary general", "prime ministers".
    pub(crate) fn person_noun(&self, range: Range<usize>) -> Option<PersonNoun> {
        match range.len() {
            0 => None,
            1 => self.lex(range.start).person_noun,
            _ => {
                let words: Vec<&str> = range.map(|k| self.lower(k)).collect();
                lexicon::person_noun(&words.join(" "))
            }
        }
    }

    /// Looks up the name that tokens `range` spell with `lookup`: as written, and for ALL-CAPS
    /// text (`caps`), in Title Case too ("NEW YORK" as "New York").
    pub(crate) fn lookup<T>(&self, range: Range<usize>, caps: bool, lookup: impl Fn(&str) -> Option<T>) -> Option<T> {
        let key = self.key(range);
        lookup(&key).or_else(|| if caps { lookup(&lexicon::title_case(&key)) } else { None })
    }

    /// True when every token of `range` is in capitals: ALL-CAPS text.
    pub(crate) fn all_upper(&self, range: Range<usize>) -> bool {
        range.clone().all(|k| self.is_upper(k))
    }

    /// The gazetteer entry that tokens `range` name (ALL-CAPS names in Title Case).
    pub(crate) fn place(&self, range: Range<usize>) -> Option<Place> {
        self.lookup(range.clone(), self.all_upper(range), lexicon::place)
    }

    /// True when tokens `range` name a well-known organisation (ALL-CAPS names in Title Case).
    pub(crate) fn is_known_organization(&self, range: Range<usize>) -> bool {
        self.lookup(range.clone(), self.all_upper(range), |k| lexicon::is_known_organization(k).then_some(())).is_some()
    }

    /// The span of tokens `range`, which must be non-empty and inside the text.
    pub(crate) fn span(&self, range: Range<usize>) -> Span {
        self.seg.span(range)
    }

    /// The text of tokens `range`, as it stands in the document.
    pub(crate) fn slice(&self, range: Range<usize>) -> &'t str {
        self.span(range).text(self.text)
    }

    /// The text of tokens `range` as a name reads it: each run of white space between them a
    /// single space ("Mark⏎Rutte" in hard-wrapped text is "Mark Rutte"), no soft hyphen inside
    /// a word.
    pub(crate) fn written(&self, range: Range<usize>) -> Cow<'t, str> {
        let text = self.slice(range);
        if text.contains(|c: char| c.is_whitespace() && c != ' ' || segment::is_invisible_in_word(c))
            || text.contains("  ")
        {
            Cow::Owned(text.split_whitespace().map(|w| lexicon::visible(w)).collect::<Vec<_>>().join(" "))
        } else {
            Cow::Borrowed(text)
        }
    }

    /// The tokens of the sentence holding token `i`, which must exist.
    pub(crate) fn sentence_tokens(&self, i: usize) -> Range<usize> {
        self.seg.sentence(i).tokens.clone()
    }

    /// True when tokens `a` and `b` (both existing) lie in the same sentence.
    pub(crate) fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.seg.sentence_of(a) == self.seg.sentence_of(b)
    }

    /// The tokens of the paragraph holding token `i`, which must exist.
    pub(crate) fn paragraph_tokens(&self, i: usize) -> Range<usize> {
        self.seg.paragraphs[self.seg.paragraph_of(i)].tokens.clone()
    }

    /// The words of tokens `range` joined the way a lexicon keys them: single spaces where the
    /// text has whitespace, nothing where it has none ("Washington, D.C."), apostrophes straight.
    pub(crate) fn key(&self, range: Range<usize>) -> String {
        let mut key = String::with_capacity(KEY_CAPACITY);
        for i in range.clone() {
            if i > range.start && self.seg.tokens[i].space_before {
                key.push(' ');
            }
            key.push_str(&lexicon::normalize(self.word(i)));
        }
        key
    }
}
