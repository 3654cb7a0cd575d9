//! Tokens: words, numbers, possessive endings, quote marks, dashes and punctuation.
//!
//! The tokenizer works one line at a time and never produces a token that crosses a line break.
//! It keeps what later layers need to see as one unit together — `U.S.`, `Mr.`, `J.`, `2,000`,
//! `full-scale`, `don’t`, `’90s`, `rock ’n’ roll` — and splits the possessive `’s` off its word,
//! so that `Ukraine’s` is the place `Ukraine` followed by a possessive ending. Invisible
//! characters are read as a reader sees them: a soft hyphen or zero-width joiner inside a word is
//! part of it (the lexicons look the word up without it), a zero-width space, byte-order mark or
//! word joiner separates like a space.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::rows::{data_file, rows};
use crate::span::Span;

/// What a token is, coarsely; finer classes (shape, word class) are derived from its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, possibly with inner hyphens, apostrophes or abbreviation dots (`U.S.`, `don’t`).
    Word,
    /// A token that starts with a digit: `2014`, `2,000`, `3.5`, `9/11`, `1990s`.
    Number,
    /// The possessive ending `’s` / `'s`, split off the word before it.
    Possessive,
    /// A quote mark or an apostrophe standing on its own; [`crate::quotes`] decides which.
    Quote,
    /// An em, en or horizontal-bar dash, `--`, or a hyphen standing between spaces.
    Dash,
    /// Any other punctuation or symbol, one character long, or an ellipsis.
    Punct,
}

/// One token of the text: twelve bytes, since a text holds about one token every five bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Its first byte.
    start: u32,
    /// One past its last byte.
    end: u32,
    /// What kind of token it is.
    pub kind: TokenKind,
    /// True when whitespace (or the start of a line) comes right before the token.
    pub space_before: bool,
}

impl Token {
    /// A token over bytes `start..end` (texts are at most [`MAX_TEXT`] bytes long).
    fn new(start: usize, end: usize, kind: TokenKind, space_before: bool) -> Token {
        Token { start: start as u32, end: end as u32, kind, space_before }
    }

    /// Where the token is.
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// The longest text tokenized: tokens keep 32-bit offsets (longer texts are cut here, at a
/// character boundary).
pub(crate) const MAX_TEXT: usize = u32::MAX as usize;

/// The letter case pattern of a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Starts with an upper-case letter and has lower-case letters: `Rutte`, `McCain`.
    Capitalized,
    /// Two or more letters, all upper case: `NATO`, `U.S.`.
    Upper,
    /// A single upper-case letter, maybe with a dot: `J.`, `A`.
    Initial,
    /// Starts with a lower-case letter: `said`, `iPhone`.
    Lower,
    /// No letters first: numbers, punctuation, marks.
    Other,
}

impl Shape {
    /// The shape of a piece of text.
    pub(crate) fn of(text: &str) -> Shape {
        let mut letters = text.chars().filter(|c| c.is_alphabetic());
        let first = match text.chars().find(|c| c.is_alphanumeric()) {
            Some(c) if c.is_alphabetic() => c,
            _ => return Shape::Other,
        };
        if first.is_lowercase() {
            return Shape::Lower;
        }
        if !first.is_uppercase() {
            return Shape::Other;
        }
        let count = letters.clone().count();
        if count == 1 {
            return Shape::Initial;
        }
        if letters.all(|c| !c.is_lowercase()) {
            Shape::Upper
        } else {
            Shape::Capitalized
        }
    }

    /// True for shapes that start with a capital letter.
    pub(crate) fn is_capitalized(self) -> bool {
        matches!(self, Shape::Capitalized | Shape::Upper | Shape::Initial)
    }
}

/// Where an abbreviation may stand, from `data/abbreviations.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Final {
    /// Introduces a name or a number: never ends a sentence (`Mr.`, `No.`).
    Never,
    /// Ends a sentence only when the next word plainly starts one (`… in Calif. The …`).
    Rarely,
}

/// The abbreviation `stem` (without its dot, as written) is, if it is one.
fn abbreviation(stem: &str) -> Option<Final> {
    static TABLE: OnceLock<HashMap<&'static str, Final>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let (file, text) = data_file!("abbreviations.tsv");
        rows(file, text)
            .map(|row| {
                let place = row.parse(1, "place", |v| match v {
                    "never-final" => Some(Final::Never),
                    "rarely-final" => Some(Final::Rarely),
                    _ => None,
                });
                (row.col(0), place)
            })
            .collect()
    });
    table.get(stem).copied()
}

/// True when a word ending in a dot is an abbreviation or an initial that only ends a sentence
/// when the next word plainly starts one (`… in the U.S. The president …`).
pub(crate) fn ends_sentence_rarely(word: &str) -> bool {
    let stem = word.strip_suffix('.').unwrap_or(word);
    abbreviation(stem) != Some(Final::Never) && Shape::of(stem) != Shape::Initial
}

/// True when a punctuation token ends a sentence: a full stop, a question or exclamation mark,
/// an ellipsis, or a run of them ("...", "!!!").
pub(crate) fn is_stop(word: &str) -> bool {
    word.starts_with(['.', '!', '?', '…'])
}

/// True when a word ending in a dot is a title or initial that can never end a sentence.
pub(crate) fn never_ends_sentence(word: &str) -> bool {
    match word.strip_suffix('.') {
        Some(stem) => abbreviation(stem) == Some(Final::Never) || Shape::of(stem) == Shape::Initial,
        None => false,
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// True for the invisible characters that may sit inside a word: the soft hyphen that web pages
/// and PDFs put at hyphenation points ("Rut\u{AD}te"), and the zero-width joiner and non-joiner.
pub(crate) fn is_invisible_in_word(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200C}' | '\u{200D}')
}

/// True for the invisible characters that separate like a space: the zero-width space, the
/// byte-order mark and the word joiner (pasted text carries them where a page had them).
fn is_invisible_space(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// A quote mark character (or the first character of a doubled ASCII quote).
pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '`' | '“' | '”' | '„' | '‟' | '‘' | '’' | '‚' | '‛' | '«' | '»' | '‹' | '›')
}

fn is_dash_char(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '‒' | '⸺' | '⸻')
}

/// Splits `text` into tokens, appending them to `tokens` in order.
///
/// Line breaks are reported through `line_break`, called with the byte offset of each line break
/// and the number of tokens before it, so that the caller can cut paragraphs without scanning the
/// text again.
pub(crate) fn tokenize(text: &str, tokens: &mut Vec<Token>, mut line_break: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut line_start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        // "\n", or the line and paragraph separators U+2028 and U+2029 (E2 80 A8 / A9).
        let width = match b {
            b'\n' => 1,
            0xE2 if bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => continue,
        };
        tokenize_line(&Line { text, start: line_start, end: i }, tokens);
        line_break(i, tokens.len());
        line_start = i + width;
    }
    tokenize_line(&Line { text, start: line_start, end: text.len() }, tokens);
}

/// One line of the text, read by byte position; past its ends every character is a space.
struct Line<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl Line<'_> {
    /// The character at byte `p` (a space outside the line).
    fn at(&self, p: usize) -> char {
        if p >= self.end {
            return ' ';
        }
        match self.text.as_bytes()[p] {
            ascii @ 0..0x80 => char::from(ascii),
            _ => self.text[p..].chars().next().unwrap_or(' '),
        }
    }

    /// The position of the character after the one at `p`.
    fn after(&self, p: usize) -> usize {
        if p < self.end {
            p + self.at(p).len_utf8()
        } else {
            p + 1
        }
    }

    /// The character before byte `p` (a space at the line's start).
    fn before(&self, p: usize) -> char {
        if p > self.start {
            self.text[self.start..p].chars().next_back().unwrap_or(' ')
        } else {
            ' '
        }
    }
}

/// Tokenizes one line.
fn tokenize_line(line: &Line, tokens: &mut Vec<Token>) {
    let mut p = line.start;
    let mut space_before = true;
    let bytes = line.text.as_bytes();
    while p < line.end {
        if bytes[p] == b' ' {
            space_before = true;
            p += 1;
            continue;
        }
        let c = line.at(p);
        if c.is_whitespace() || is_invisible_space(c) {
            space_before = true;
            p += c.len_utf8();
            continue;
        }
        if is_invisible_in_word(c) {
            p += c.len_utf8(); // a soft hyphen outside a word: nothing to read
            continue;
        }
        if let Some(end) = emphasis_at(line, p, c) {
            p = end; // "**Mark Rutte** said": the marks are formatting, not words
            continue;
        }
        let (end, kind) = token_at(line, p);
        let end = end.min(line.end);
        tokens.push(Token::new(p, end, kind, space_before));
        space_before = false;
        p = end;
    }
}

/// The end of the run of emphasis marks of plain-text formatting (Markdown and e-mail) starting
/// with `mark` at byte `p`: asterisks or underscores that open before a word ("**Mark", "_Rutte")
/// or close after one ("Rutte**", "said_."), not a run between two words ("n****s",
/// "snake_case") or standing alone ("***").
fn emphasis_at(line: &Line, p: usize, mark: char) -> Option<usize> {
    if mark != '*' && mark != '_' {
        return None;
    }
    let mut end = p;
    while end < line.end && line.at(end) == mark {
        end += 1;
    }
    let (before, after) = (line.before(p), line.at(end));
    let edge = |c: char| c.is_whitespace() || c.is_ascii_punctuation() || is_quote_char(c);
    let opens = edge(before) && is_word_char(after);
    let closes = is_word_char(before) && edge(after) || before.is_ascii_punctuation() && after.is_whitespace();
    (opens || closes).then_some(end)
}

/// The end and the kind of the token starting at byte `p`. Long because it is one match over
/// the first character, a case per kind of token.
fn token_at(line: &Line, p: usize) -> (usize, TokenKind) {
    let c = line.at(p);
    if is_word_char(c) {
        return word_at(line, p);
    }
    let p1 = line.after(p);
    let p2 = line.after(p1);
    // "!!!", "******", a run of four quote marks or more: one token, so that a line of marks
    // costs one token. Three quote marks may close two quotations (NYT style: "say, 'Why?'''"),
    // read below as one mark and two.
    if c != '-' && !is_dash_char(c) && line.at(p1) == c && line.at(p2) == c {
        let mut j = line.after(p2);
        let mut run = 3;
        while line.at(j) == c {
            j = line.after(j);
            run += 1;
        }
        if run >= 4 || !(is_quote_char(c) || is_apostrophe(c)) {
            return (j, TokenKind::Punct);
        }
    }
    if is_apostrophe(c) {
        // ’90s, ’n’ (rock ’n’ roll), ’em.
        if line.at(p1).is_ascii_digit() && line.at(p2).is_ascii_digit() {
            let mut j = line.after(p2);
            while is_word_char(line.at(j)) {
                j = line.after(j);
            }
            return (j, TokenKind::Word);
        }
        if line.at(p1) == 'n' && is_apostrophe(line.at(p2)) && !is_word_char(line.at(line.after(p2))) {
            return (line.after(p2), TokenKind::Word);
        }
        if c == '\'' && line.at(p1) == '\'' {
            // Three after a word or a mark close a single quotation, then a double one:
            // "the word 'old-school,'''".
            if line.at(p2) == '\'' && !line.before(p).is_whitespace() {
                return (p1, TokenKind::Quote);
            }
            return (p2, TokenKind::Quote);
        }
        if matches!(line.at(p1), 's' | 'S') && !is_word_char(line.at(p2)) && is_word_char(line.before(p)) {
            return (p2, TokenKind::Possessive);
        }
        return (p1, TokenKind::Quote);
    }
    if c == '`' && line.at(p1) == '`' {
        return (p2, TokenKind::Quote);
    }
    if is_quote_char(c) {
        return (p1, TokenKind::Quote);
    }
    let run_of = |matches: &dyn Fn(char) -> bool| {
        let mut j = p1;
        while matches(line.at(j)) {
            j = line.after(j);
        }
        j
    };
    if is_dash_char(c) {
        return (run_of(&is_dash_char), TokenKind::Dash);
    }
    if c == '-' {
        let j = run_of(&|c| c == '-');
        let alone = line.before(p).is_whitespace() && line.at(j).is_whitespace();
        if j - p >= 2 || alone {
            return (j, TokenKind::Dash);
        }
        return (p1, TokenKind::Punct);
    }
    if c == '.' && line.at(p1) == '.' {
        return (run_of(&|c| c == '.'), TokenKind::Punct);
    }
    (p1, TokenKind::Punct)
}

/// A word or number starting at byte `p`: its end and kind.
fn word_at(line: &Line, p: usize) -> (usize, TokenKind) {
    let numeric = line.at(p).is_ascii_digit();
    let kind = if numeric { TokenKind::Number } else { TokenKind::Word };
    let mut j = line.after(p);
    let mut piece = 1; // characters of the current dot-separated piece so far
    let bytes = line.text.as_bytes();
    loop {
        // Most words are ASCII letters and digits: skip them a byte at a time.
        while j < line.end && bytes[j].is_ascii_alphanumeric() {
            j += 1;
            piece += 1;
        }
        // A space or the line's end ends it, and a comma a word ("2,000" goes on).
        if j >= line.end || bytes[j] == b' ' || (bytes[j] == b',' && !numeric) {
            return (j, kind);
        }
        let c = line.at(j);
        if is_word_char(c) {
            j += c.len_utf8(); // `line.after(j)`, without reading the character again
            piece += 1;
            continue;
        }
        let prev = line.before(j);
        let next = line.at(line.after(j));
        let joins = match c {
            '-' | '‐' | '‑' => is_word_char(next),
            // "Rut\u{AD}te": a soft hyphen or a zero-width joiner inside a word.
            c if is_invisible_in_word(c) => is_word_char(prev) && is_word_char(next),
            '\'' | '’' => {
                prev.is_alphabetic()
                    && next.is_alphabetic()
                    && !((next == 's' || next == 'S') && !is_word_char(line.at(line.after(line.after(j)))))
            }
            '.' if numeric => prev.is_ascii_digit() && next.is_ascii_digit(),
            '.' => prev.is_alphabetic() && next.is_alphabetic() && piece <= 2 || top_level_domain(line, line.after(j)),
            ',' | '/' | ':' if numeric => prev.is_ascii_digit() && next.is_ascii_digit(),
            // "AT&T", "S&P", "Texas A&M": an ampersand between initials.
            '&' => prev.is_ascii_uppercase() && next.is_ascii_uppercase() && piece <= 2,
            _ => false,
        };
        if !joins {
            break;
        }
        // A dot or a hyphen starts a new piece: "U.S.", "R-S.C.".
        piece = if matches!(c, '.' | '-' | '‐' | '‑') { 0 } else { piece + 1 };
        j = line.after(j);
    }
    if line.at(j) == '%' && numeric {
        j = line.after(j);
    }
    if line.at(j) == '.' && !numeric && j <= line.end {
        let word = &line.text[p..j];
        // "U.S." takes its last period; "ouest-france.fr." does not.
        let domain = word.rsplit_once('.').is_some_and(|(_, tld)| TOP_LEVEL_DOMAINS.contains(&tld));
        let dotted = word.contains('.') && !domain;
        let initial = Shape::of(word) == Shape::Initial && word.chars().count() == 1;
        // "R-Ky.", "D-N.Y.": a party and state after a lawmaker's name.
        let last_part = word.rsplit('-').next().unwrap_or(word);
        if dotted
            || initial
            || abbreviation(word).is_some()
            || (last_part.len() < word.len() && abbreviation(last_part).is_some())
        {
            j = line.after(j);
        }
    }
    (j, kind)
}

/// The endings of web addresses that a name of a site may carry: "Politico.com", "ouest-france.fr".
const TOP_LEVEL_DOMAINS: [&str; 12] = ["com", "org", "net", "gov", "edu", "info", "io", "uk", "fr", "de", "ca", "au"];

/// True when the letters at `p` of `line`, in lower case, are a top-level domain that ends the
/// word: "com" in "Tchadinfos.com," (not "Fr" in "… in Paris.Fr", nor "comes").
fn top_level_domain(line: &Line, p: usize) -> bool {
    let bytes = line.text.as_bytes();
    let end = (p..line.end).find(|&k| !bytes[k].is_ascii_lowercase()).unwrap_or(line.end);
    let ends_word = end >= line.end || !is_word_char(line.at(end));
    ends_word && TOP_LEVEL_DOMAINS.contains(&&line.text[p..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        tokenize(text, &mut out, |_, _| {});
        out.into_iter().map(|t| (t.span().text(text), t.kind)).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn abbreviations_keep_their_dot() {
        assert_eq!(words("Mr. Smith met U.S. Gen. J. Doe."), ["Mr.", "Smith", "met", "U.S.", "Gen.", "J.", "Doe", "."]);
        assert_eq!(words("at 3 a.m. in Washington D.C."), ["at", "3", "a.m.", "in", "Washington", "D.C."]);
        assert_eq!(words("McConnell, R-Ky., said"), ["McConnell", ",", "R-Ky.", ",", "said"]);
        assert_eq!(words("Graham, R-S.C., said"), ["Graham", ",", "R-S.C.", ",", "said"]);
    }

    #[test]
    fn a_site_named_by_its_address_is_one_word() {
        assert_eq!(
            words("according to Tchadinfos.com, a site."),
            ["according", "to", "Tchadinfos.com", ",", "a", "site", "."]
        );
        assert_eq!(words("said ouest-france.fr."), ["said", "ouest-france.fr", "."]);
        // A missing space after a sentence is no address: "comes" is no domain.
        assert_eq!(words("in Paris.It comes."), ["in", "Paris", ".", "It", "comes", "."]);
    }

    #[test]
    fn possessive_is_split_but_contractions_are_not() {
        assert_eq!(
            tokens("Ukraine’s don’t it's"),
            [
                ("Ukraine", TokenKind::Word),
                ("’s", TokenKind::Possessive),
                ("don’t", TokenKind::Word),
                ("it", TokenKind::Word),
                ("'s", TokenKind::Possessive)
            ]
        );
    }

    #[test]
    fn invisible_characters_separate_or_join_as_a_reader_sees_them() {
        // A soft hyphen and a zero-width joiner inside a word; a zero-width space, a byte-order
        // mark and a word joiner between words.
        assert_eq!(words("\u{FEFF}Rut\u{AD}te said\u{200B}so\u{2060} now"), ["Rut\u{AD}te", "said", "so", "now"]);
        assert_eq!(words("soft\u{AD} \u{AD}end"), ["soft", "end"]);
    }

    #[test]
    fn emphasis_marks_around_words_are_formatting() {
        assert_eq!(words("**Mark Rutte** said _no_."), ["Mark", "Rutte", "said", "no", "."]);
        assert_eq!(words("“*We* will,” he said."), ["“", "We", "will", ",", "”", "he", "said", "."]);
        assert_eq!(
            words("n****s and snake_case, then ***"),
            ["n", "****", "s", "and", "snake", "_", "case", ",", "then", "***"]
        );
    }

    #[test]
    fn apostrophes_that_start_words() {
        assert_eq!(words("the ’90s and rock ’n’ roll"), ["the", "’90s", "and", "rock", "’n’", "roll"]);
    }

    #[test]
    fn numbers_and_compounds() {
        assert_eq!(
            words("$100,000 or 3.5% on 9/11, a full-scale war"),
            ["$", "100,000", "or", "3.5%", "on", "9/11", ",", "a", "full-scale", "war"]
        );
    }

    #[test]
    fn an_ampersand_between_initials_is_inside_the_word() {
        assert_eq!(
            words("AT&T, Texas A&M and Procter & Gamble"),
            ["AT&T", ",", "Texas", "A&M", "and", "Procter", "&", "Gamble"]
        );
        assert_eq!(words("BBC&CNN"), ["BBC", "&", "CNN"]);
    }

    #[test]
    fn quotes_dashes_and_ellipses() {
        assert_eq!(
            tokens("“Yes — no...” ''x'' a - b"),
            [
                ("“", TokenKind::Quote),
                ("Yes", TokenKind::Word),
                ("—", TokenKind::Dash),
                ("no", TokenKind::Word),
                ("...", TokenKind::Punct),
                ("”", TokenKind::Quote),
                ("''", TokenKind::Quote),
                ("x", TokenKind::Word),
                ("''", TokenKind::Quote),
                ("a", TokenKind::Word),
                ("-", TokenKind::Dash),
                ("b", TokenKind::Word)
            ]
        );
    }

    #[test]
    fn tokens_never_cross_lines_and_cover_every_non_space() {
        let text = "One line\r\nTwo\u{a0}lines…\n\nend";
        let mut tokens = Vec::new();
        let mut breaks = Vec::new();
        tokenize(text, &mut tokens, |b, _| breaks.push(b));
        let rebuilt: String = tokens.iter().map(|t| t.span().text(text)).collect();
        let expected: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(rebuilt, expected);
        assert_eq!(breaks, [9, 23, 24]);
    }

    #[test]
    fn line_and_paragraph_separators_break_lines() {
        // U+2028 and U+2029 are three bytes each; U+2027 (a hyphenation point) shares their first
        // two bytes and is no break.
        let text = "a\u{2028}b\u{2029}c\u{2027}d";
        let mut breaks = Vec::new();
        let mut tokens = Vec::new();
        tokenize(text, &mut tokens, |b, _| breaks.push(b));
        assert_eq!(breaks, [1, 5]);
        assert_eq!(tokens.iter().map(|t| t.span().text(text)).collect::<Vec<_>>(), ["a", "b", "c", "\u{2027}", "d"]);
    }

    #[test]
    fn shapes() {
        assert_eq!(Shape::of("Rutte"), Shape::Capitalized);
        assert_eq!(Shape::of("NATO"), Shape::Upper);
        assert_eq!(Shape::of("U.S."), Shape::Upper);
        assert_eq!(Shape::of("J."), Shape::Initial);
        assert_eq!(Shape::of("said"), Shape::Lower);
        assert_eq!(Shape::of("2014"), Shape::Other);
    }
}
