//! Byte offsets to UTF-16 code units.

/// Converts byte offsets of a text to UTF-16 code-unit offsets, so that in JavaScript
/// `text.slice(start, end)` is the span.
///
/// Built in one pass over the text; each conversion is a binary search over the positions of
/// non-ASCII characters, so an ASCII text costs nothing.
#[derive(Clone, Debug)]
pub struct Utf16Index {
    /// For each non-ASCII character: its byte offset and the extra code units
    /// (UTF-16 length minus UTF-8 length, negative) accumulated after it.
    corrections: Vec<(usize, isize)>,
}

impl Utf16Index {
    /// Indexes `text`.
    pub fn new(text: &str) -> Utf16Index {
        let mut corrections = Vec::new();
        let mut delta = 0isize;
        for (i, c) in text.char_indices() {
            if !c.is_ascii() {
                delta += c.len_utf16() as isize - c.len_utf8() as isize;
                corrections.push((i, delta));
            }
        }
        Utf16Index { corrections }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be on a char boundary).
    pub fn convert(&self, byte: usize) -> usize {
        // Corrections of characters that start before `byte` apply.
        let n = self.corrections.partition_point(|&(at, _)| at < byte);
        let delta = if n == 0 { 0 } else { self.corrections[n - 1].1 };
        (byte as isize + delta) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_encode_utf16() {
        let text = "a“b”c — 😀d Ü.";
        let index = Utf16Index::new(text);
        for (byte, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            assert_eq!(index.convert(byte), text[..byte].encode_utf16().count(), "at byte {byte}");
        }
    }
}
