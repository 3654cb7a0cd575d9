//! Quote marks and quotations.
//!
//! Each quote-mark token is classified as an opening mark, a closing mark, an apostrophe
//! (`players’ union`), or a stray mark that pairs with nothing. Marks are paired with a stack,
//! so quotations nest (`‘yes’` inside `“…”`). A quotation that is still open at the end of a
//! paragraph continues into the next paragraph when that one opens with a mark of the same
//! family, the way news articles print a quote of several paragraphs, until it closes. A
//! quotation that never closes is no quotation: its marks are stray, so an unmatched mark never
//! swallows the rest of the document.

use std::ops::Range;

use crate::segment::{Segmentation, TokenKind};

/// What a quote-mark token turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum QuoteRole {
    /// Opens a quotation (or reopens it in a continuing paragraph).
    Open,
    /// Closes a quotation.
    Close,
    /// An apostrophe, not a quote mark: `players’`, `’til`; or the feet and inches of a height,
    /// `6’2”`.
    Apostrophe,
    /// A quote mark that pairs with nothing.
    Stray,
}

/// Double marks (“ ” " « » „) and single marks (‘ ’ ' ‹ ›) pair only within their family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// “ ” " „ ‟ « » and the doubled ASCII forms `` and ''.
    Double,
    /// ‘ ’ ' ‚ ‛ ‹ ›.
    Single,
}

/// A quotation: the tokens between a pair of matching marks, marks included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Quotation {
    /// One token range a paragraph, each from an opening mark to a closing mark or the paragraph's
    /// end.
    pub pieces: Vec<Range<usize>>,
    /// The family of its marks.
    pub family: Family,
    /// 0 for a quotation in running text, 1 for one inside another, and so on.
    pub depth: u32,
    /// The quotation this one is nested in.
    pub parent: Option<usize>,
}

impl Quotation {
    /// The first token (the opening mark).
    pub(crate) fn first_token(&self) -> usize {
        self.pieces[0].start
    }

    /// One past the last token.
    pub(crate) fn end_token(&self) -> usize {
        self.pieces.last().map(|r| r.end).unwrap_or(0)
    }

    /// The byte spans of its pieces.
    #[cfg(test)]
    fn spans<'a>(&'a self, seg: &'a Segmentation) -> impl Iterator<Item = crate::span::Span> + 'a {
        self.pieces.iter().map(|r| seg.span(r.clone()))
    }

    /// Number of word tokens inside the marks.
    pub(crate) fn word_count(&self, seg: &Segmentation) -> usize {
        self.pieces
            .iter()
            .flat_map(|r| r.clone())
            .filter(|&i| matches!(seg.tokens[i].kind, TokenKind::Word | TokenKind::Number))
            .count()
    }
}

/// All quotations of a text and the role of every quote mark.
#[derive(Clone, Debug, Default)]
pub(crate) struct Quotes {
    /// Quotations in order of their opening marks.
    pub quotations: Vec<Quotation>,
    /// For each token: the role of a quote-mark token, `None` for other tokens.
    pub roles: Vec<Option<QuoteRole>>,
    /// The pieces of the outermost quotations, in text order (they never overlap), each with its
    /// quotation: which quotation holds a token is a bisection away.
    outer: Vec<(Range<usize>, usize)>,
}

impl Quotes {
    /// The role of token `i`, when it is a quote mark.
    pub(crate) fn role(&self, i: usize) -> Option<QuoteRole> {
        self.roles.get(i).copied().flatten()
    }

    /// True when token `i` is an opening quote mark.
    pub(crate) fn is_opening(&self, i: usize) -> bool {
        self.role(i) == Some(QuoteRole::Open)
    }

    /// True when token `i` is a closing quote mark.
    pub(crate) fn is_closing(&self, i: usize) -> bool {
        self.role(i) == Some(QuoteRole::Close)
    }

    /// The outermost quotation that opens (or, in a later paragraph, reopens) at token `i`.
    pub(crate) fn opening_at(&self, i: usize) -> Option<&Quotation> {
        let quotation = &self.quotations[self.outermost(i)?];
        quotation.pieces.iter().any(|p| p.start == i).then_some(quotation)
    }

    /// The outermost quotation whose closing mark is token `i`.
    pub(crate) fn closing_at(&self, i: usize) -> Option<&Quotation> {
        if !self.is_closing(i) {
            return None;
        }
        let quotation = &self.quotations[self.outermost(i)?];
        (quotation.end_token() == i + 1).then_some(quotation)
    }

    /// The outermost quotation containing token `i` (marks included).
    pub(crate) fn outermost(&self, i: usize) -> Option<usize> {
        let n = self.outer.partition_point(|(piece, _)| piece.start <= i);
        let (piece, q) = self.outer.get(n.checked_sub(1)?)?;
        piece.contains(&i).then_some(*q)
    }

    /// True when token `i` lies inside a quotation (or is one of its marks).
    pub(crate) fn is_quoted(&self, i: usize) -> bool {
        self.outermost(i).is_some()
    }

    /// Finds the quotations of `text`, segmented as `seg`.
    pub(crate) fn find(text: &str, seg: &Segmentation) -> Quotes {
        let mut pairing =
            Pairing { text, seg, roles: vec![None; seg.tokens.len()], quotations: Vec::new(), stack: Vec::new() };
        for p in 0..seg.paragraphs.len() {
            pairing.paragraph(p);
        }
        let Pairing { roles, quotations, .. } = pairing;
        let quotations = keep_paired(quotations, &roles);
        let mut outer: Vec<(Range<usize>, usize)> = quotations
            .iter()
            .enumerate()
            .filter(|(_, q)| q.depth == 0)
            .flat_map(|(n, q)| q.pieces.iter().map(move |piece| (piece.clone(), n)))
            .collect();
        outer.sort_by_key(|(piece, _)| piece.start);
        Quotes { quotations, roles, outer }
    }
}

/// The deepest quotations nest: a quote inside a quote inside a quote. A mark that would open a
/// quotation deeper than this is stray, so that a text of opening marks costs linear time.
const MAX_DEPTH: usize = 4;

/// The state of pairing quote marks, paragraph by paragraph.
struct Pairing<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    roles: Vec<Option<QuoteRole>>,
    quotations: Vec<Quotation>,
    /// Open quotations, outermost first: (index in `quotations`, family).
    stack: Vec<(usize, Family)>,
}

impl Pairing<'_> {
    /// Pairs the marks of paragraph `p`; at its end, the outermost quotation still open continues
    /// into the next paragraph if that one opens with a mark of its family, and is dropped if not.
    fn paragraph(&mut self, p: usize) {
        let tokens = self.seg.paragraphs[p].tokens.clone();
        let mut first_quote = true;
        for i in tokens.clone() {
            if self.seg.tokens[i].kind == TokenKind::Quote {
                let continuing = std::mem::take(&mut first_quote) && i == tokens.start;
                self.mark(i, tokens.clone(), continuing);
            }
        }
        let Some(&(outer, family)) = self.stack.first() else { return };
        // Everything nested is dropped at a paragraph's end.
        for &(q, _) in &self.stack[1..] {
            self.roles[self.quotations[q].first_token()] = Some(QuoteRole::Stray);
        }
        self.stack.truncate(1);
        self.quotations[outer].pieces.last_mut().expect("a quotation has a piece").end = tokens.end;
        let next_opens = self.seg.paragraphs.get(p + 1).is_some_and(|next| {
            let t = next.tokens.start;
            self.seg.tokens[t].kind == TokenKind::Quote
                && family_of(self.seg.text(self.text, t)) == family
                && direction(self.text, self.seg, t, next.tokens.clone()) != Some(false)
        });
        if !next_opens {
            // Never closed: not a quotation. Its marks pair with nothing, so an unmatched mark
            // never swallows text (nor do stray marks that open every paragraph of a badly
            // converted article).
            for piece in &self.quotations[outer].pieces {
                self.roles[piece.start] = Some(QuoteRole::Stray);
            }
            self.stack.clear();
        }
    }

    /// True when the single mark at token `i` stands for a year's century: "said in ‘08", "the
    /// ’90s" (two digits, maybe an "s", right after it).
    fn elides_century(&self, i: usize) -> bool {
        let Some(next) = self.seg.tokens.get(i + 1) else { return false };
        let digits = self.seg.text(self.text, i + 1);
        let year = digits.strip_suffix('s').unwrap_or(digits);
        !next.space_before && year.len() == 2 && year.bytes().all(|b| b.is_ascii_digit())
    }

    /// True when the mark at token `i` measures feet or inches: "6’2”", "5'11\"" (a single mark
    /// between digits, and the mark right after the digits that follow it).
    fn measures_height(&self, i: usize) -> bool {
        let digits = |k: usize| {
            k < self.seg.tokens.len() && {
                let number = self.seg.text(self.text, k);
                number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit())
            }
        };
        let glued = |k: usize| self.seg.tokens.get(k).is_some_and(|t| !t.space_before);
        let feet = |k: usize| {
            k >= 1
                && self.seg.tokens[k].kind == TokenKind::Quote
                && family_of(self.seg.text(self.text, k)) == Family::Single
                && glued(k)
                && digits(k - 1)
                && glued(k + 1)
                && digits(k + 1)
        };
        // The tokenizer keeps "'11" whole, as it keeps "'08".
        let elided_inches = |k: usize| {
            k >= 1 && glued(k) && digits(k - 1) && {
                let word = self.seg.text(self.text, k);
                word.strip_prefix(['\'', '’']).is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            }
        };
        feet(i) || (i >= 2 && glued(i) && ((digits(i - 1) && feet(i - 2)) || elided_inches(i - 1)))
    }

    /// Decides the role of the quote mark at token `i` in `paragraph`; `continuing` when it is the
    /// paragraph's first token and first mark.
    fn mark(&mut self, i: usize, paragraph: Range<usize>, continuing: bool) {
        let family = family_of(self.seg.text(self.text, i));
        if (family == Family::Single && self.elides_century(i)) || self.measures_height(i) {
            self.roles[i] = Some(QuoteRole::Apostrophe);
            return;
        }
        if continuing && self.stack.last().is_some_and(|&(_, f)| f == family) {
            // A continued quotation reopens here.
            let (q, _) = self.stack[self.stack.len() - 1];
            self.quotations[q].pieces.push(i..i + 1);
            self.roles[i] = Some(QuoteRole::Open);
            return;
        }
        let pending = self.stack.iter().rposition(|&(_, f)| f == family);
        let opens = direction(self.text, self.seg, i, paragraph).unwrap_or(pending.is_none());
        self.roles[i] = Some(if opens && self.stack.len() < MAX_DEPTH {
            let parent = self.stack.last().map(|&(q, _)| q);
            let depth = self.stack.len() as u32;
            self.stack.push((self.quotations.len(), family));
            self.quotations.push(Quotation { pieces: std::iter::once(i..i + 1).collect(), family, depth, parent });
            QuoteRole::Open
        } else if let (false, Some(at)) = (opens, pending) {
            for &(q, _) in &self.stack[at + 1..] {
                self.roles[self.quotations[q].first_token()] = Some(QuoteRole::Stray);
            }
            let (q, _) = self.stack[at];
            self.stack.truncate(at);
            self.quotations[q].pieces.last_mut().expect("a quotation has a piece").end = i + 1;
            QuoteRole::Close
        } else if family == Family::Single && !opens {
            QuoteRole::Apostrophe
        } else {
            QuoteRole::Stray
        });
    }
}

/// The quotations whose opening mark did not turn out to be stray; the children of a dropped
/// quotation move up to its nearest kept ancestor.
fn keep_paired(quotations: Vec<Quotation>, roles: &[Option<QuoteRole>]) -> Vec<Quotation> {
    let mut renumber: Vec<Option<usize>> = vec![None; quotations.len()];
    let mut kept: Vec<Quotation> = Vec::with_capacity(quotations.len());
    for (q, quotation) in quotations.into_iter().enumerate() {
        // Parents come before their children, so `renumber` already holds the parent's fate.
        let parent = quotation.parent.and_then(|p| renumber[p]);
        if roles[quotation.first_token()] == Some(QuoteRole::Stray) {
            renumber[q] = parent;
            continue;
        }
        let depth = parent.map_or(0, |p| kept[p].depth + 1);
        kept.push(Quotation { depth, parent, ..quotation });
        renumber[q] = Some(kept.len() - 1);
    }
    kept
}

/// The family of a quote-mark token's text.
pub(crate) fn family_of(mark: &str) -> Family {
    match mark.chars().next() {
        Some('‘' | '’' | '\'' | '‚' | '‛' | '‹' | '›') if mark.chars().count() == 1 => Family::Single,
        _ => Family::Double,
    }
}

/// Whether the mark at token `i` opens (`Some(true)`), closes (`Some(false)`) or cannot tell
/// (`None`), from its neighbours and, when they do not decide, from its shape.
fn direction(text: &str, seg: &Segmentation, i: usize, paragraph: Range<usize>) -> Option<bool> {
    let tokens = &seg.tokens;
    let open_before = i == paragraph.start || tokens[i].space_before || {
        let prev = seg.text(text, i - 1);
        tokens[i - 1].kind == TokenKind::Dash
            || matches!(prev, "(" | "[" | "{")
            || (tokens[i - 1].kind == TokenKind::Quote && !matches!(prev, "”" | "’" | "»" | "›"))
    };
    let open_after = i + 1 >= paragraph.end || tokens[i + 1].space_before || {
        let next = seg.text(text, i + 1);
        tokens[i + 1].kind == TokenKind::Dash
            || tokens[i + 1].kind == TokenKind::Possessive
            || matches!(next, "." | "," | ";" | ":" | "!" | "?" | ")" | "]" | "}" | "…")
            || next.starts_with("..")
            || (tokens[i + 1].kind == TokenKind::Quote && !matches!(next, "“" | "‘" | "«" | "‹" | "„"))
    };
    match (open_before, open_after) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => match seg.text(text, i) {
            "“" | "‘" | "«" | "‹" | "„" | "‚" | "‛" | "‟" | "``" => Some(true),
            "”" | "’" | "»" | "›" => Some(false),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<(u32, Vec<&str>)> {
        let seg = Segmentation::new(text);
        let quotes = Quotes::find(text, &seg);
        quotes.quotations.iter().map(|q| (q.depth, q.spans(&seg).map(|s| s.text(text)).collect())).collect()
    }

    fn roles(text: &str) -> Vec<(&str, QuoteRole)> {
        let seg = Segmentation::new(text);
        let quotes = Quotes::find(text, &seg);
        (0..seg.tokens.len()).filter_map(|i| quotes.roles[i].map(|r| (seg.text(text, i), r))).collect()
    }

    #[test]
    fn curly_and_straight_pairs() {
        assert_eq!(quoted("“Go,” he said. \"Now,\" she said."), [(0, vec!["“Go,”"]), (0, vec!["\"Now,\""])]);
        assert_eq!(quoted("«Oui» et „ja“"), [(0, vec!["«Oui»"]), (0, vec!["„ja“"])]);
        assert_eq!(quoted("He said ''no'' and ``yes''."), [(0, vec!["''no''"]), (0, vec!["``yes''"])]);
    }

    #[test]
    fn nesting() {
        let text = "“Putin is ticking boxes: ‘yes’ or ‘not’ NATO,” the chief added.";
        assert_eq!(
            quoted(text),
            [(0, vec!["“Putin is ticking boxes: ‘yes’ or ‘not’ NATO,”"]), (1, vec!["‘yes’"]), (1, vec!["‘not’"])]
        );
    }

    #[test]
    fn three_straight_marks_close_the_inner_quotation_first() {
        // NYT style: two apostrophes for a double quotation mark, one for a single.
        let text = "''I would use the word 'old-school,''' said Gregory W. Slayton, a former envoy.";
        assert_eq!(quoted(text), [(0, vec!["''I would use the word 'old-school,'''"]), (1, vec!["'old-school,'"])]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("Ukraine’s future, don’t, the ’90s, rock ’n’ roll, the players’ union").is_empty());
        assert_eq!(roles("the players’ union"), [("’", QuoteRole::Apostrophe)]);
        assert_eq!(quoted("the players’ ‘union’"), [(0, vec!["‘union’"])]);
    }

    #[test]
    fn multi_paragraph_quotation() {
        let text = "“First paragraph of the quote.\n“Second, and last.”\nAfter.";
        assert_eq!(quoted(text), [(0, vec!["“First paragraph of the quote.", "“Second, and last.”"])]);
    }

    #[test]
    fn unmatched_mark_swallows_nothing() {
        let text = "He said “we will stay\nNext paragraph “is” fine.";
        assert_eq!(quoted(text), [(0, vec!["“is”"])]);
        assert_eq!(roles(text)[0], ("“", QuoteRole::Stray));
        // Stray marks opening every paragraph of a badly converted article pair with nothing.
        let text = "\"PENCE: Well, look, “Shark Tank.” is on.\n\"WALLACE: Is it?\n\"PENCE: Yes.";
        assert_eq!(quoted(text), [(0, vec!["“Shark Tank.”"])]);
    }

    #[test]
    fn feet_and_inches_are_not_quote_marks() {
        assert_eq!(quoted("“He’s like 6’2”,” Rubio said."), [(0, vec!["“He’s like 6’2”,”"])]);
        assert_eq!(quoted("\"He is 5'11\" and fast,\" she said."), [(0, vec!["\"He is 5'11\" and fast,\""])]);
        assert_eq!(roles("a 6’2” guard"), [("’", QuoteRole::Apostrophe), ("”", QuoteRole::Apostrophe)]);
    }

    #[test]
    fn stray_closing_mark_is_ignored() {
        assert_eq!(roles("This is wrong” here."), [("”", QuoteRole::Stray)]);
        assert!(quoted("This is wrong” here.").is_empty());
    }

    #[test]
    fn straight_quotes_glued_to_punctuation() {
        assert_eq!(quoted("He said:\"Hello there.\""), [(0, vec!["\"Hello there.\""])]);
    }

    #[test]
    fn misprinted_closing_mark_at_the_start_opens() {
        assert_eq!(quoted("”Mr. Trump is wrong.” — Jane Doe"), [(0, vec!["”Mr. Trump is wrong.”"])]);
    }
}
