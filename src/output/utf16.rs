//! Byte offsets to UTF-16 code units.

/// Converts byte offsets of a text to UTF-16 code-unit offsets, so that in JavaScript
/// `text.slice(start, end)` is the span.
///
/// Built in one pass over the text, it keeps the UTF-16 offset of every [`STEP`]-th byte (four
/// bytes for every 64 of text); a conversion starts from the checkpoint before the offset and
/// counts the code units of at most [`STEP`] bytes.
#[derive(Clone, Debug)]
pub struct Utf16Index<'t> {
    text: &'t str,
    /// `checkpoints[k]`: the UTF-16 offset of the first character that starts at or after byte
    /// `k * STEP`, and that character's byte offset.
    checkpoints: Vec<(u32, u32)>,
}

/// Bytes of text between two checkpoints.
pub const STEP: usize = 64;

impl<'t> Utf16Index<'t> {
    /// Indexes `text` (at most 4 GiB, the limit of the analysis).
    pub fn new(text: &'t str) -> Utf16Index<'t> {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let mut units = 0u32;
        for (i, c) in text.char_indices() {
            while checkpoints.len() * STEP <= i {
                checkpoints.push((units, i as u32));
            }
            units += c.len_utf16() as u32;
        }
        Utf16Index { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte` (which must be on a char boundary).
    pub fn convert(&self, byte: usize) -> usize {
        // The checkpoint's character is the first at or after `k * STEP`, so at or before `byte`.
        let k = (byte / STEP).min(self.checkpoints.len().saturating_sub(1));
        let (units, from) = self.checkpoints.get(k).map_or((0, 0), |&(u, b)| (u as usize, b as usize));
        units + self.text[from..byte].chars().map(char::len_utf16).sum::<usize>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_encode_utf16() {
        let text = "a“b”c — 😀d Ü.".repeat(20);
        let index = Utf16Index::new(&text);
        for (byte, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            assert_eq!(index.convert(byte), text[..byte].encode_utf16().count(), "at byte {byte}");
        }
    }

    #[test]
    fn empty_and_ascii_texts() {
        assert_eq!(Utf16Index::new("").convert(0), 0);
        let text = "x".repeat(200);
        assert_eq!(Utf16Index::new(&text).convert(200), 200);
    }
}
