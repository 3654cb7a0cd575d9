//! Byte ranges into the analysed text.

use std::ops::Range;

/// A half-open byte range `[start, end)` into the analysed text, always on `char` boundaries.
///
/// Every position the Rust API reports is a `Span`; the JSON output converts them to UTF-16
/// code units (see [`crate::output`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The range `[start, end)`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Number of bytes in the span.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span holds no bytes.
    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers.
    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// The span as a `Range<usize>`.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(5, 6)), "end is exclusive");
        assert!(Span::new(0, 10).contains(a));
        assert_eq!(Span::new(1, 3).text("abcd"), "bc");
    }
}
