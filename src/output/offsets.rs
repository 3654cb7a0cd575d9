//! Byte offsets to the offsets other languages count in: UTF-16 code units (JavaScript) or
//! Unicode code points (Python).

/// What an offset counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// UTF-16 code units: in JavaScript, `text.slice(start, end)` is the span.
    Utf16,
    /// Unicode code points: in Python, `text[start:end]` is the span.
    CodePoint,
}

impl Unit {
    /// How many units the UTF-8 bytes `bytes` (whole characters) count: a code point per byte
    /// that starts a character, and in UTF-16 a second unit for a four-byte one.
    fn count(self, bytes: &[u8]) -> usize {
        let starts = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        match self {
            Unit::Utf16 => starts + bytes.iter().filter(|&&b| b >= 0xF0).count(),
            Unit::CodePoint => starts,
        }
    }
}

/// Converts byte offsets of a text to offsets in a [`Unit`].
///
/// Built in one pass over the text, it keeps the offset of every [`STEP`]-th byte (eight bytes
/// for every 64 of text); a conversion starts from the checkpoint before the offset and counts
/// at most [`STEP`] bytes.
#[derive(Clone, Debug)]
pub struct OffsetIndex<'t> {
    text: &'t str,
    unit: Unit,
    /// `checkpoints[k]`: the offset of the first character that starts at or after byte
    /// `k * STEP`, and that character's byte offset.
    checkpoints: Vec<(u32, u32)>,
}

/// Bytes of text between two checkpoints.
pub const STEP: usize = 64;

impl<'t> OffsetIndex<'t> {
    /// Indexes `text` (at most 4 GiB, the limit of the analysis) for offsets in `unit`.
    pub fn new(text: &'t str, unit: Unit) -> OffsetIndex<'t> {
        let mut checkpoints = Vec::with_capacity(text.len() / STEP + 1);
        let (mut count, mut from) = (0, 0);
        for k in 0.. {
            let Some(at) = (k * STEP..text.len()).find(|&b| text.is_char_boundary(b)) else { break };
            count += unit.count(&text.as_bytes()[from..at]);
            checkpoints.push((count as u32, at as u32));
            from = at;
        }
        OffsetIndex { text, unit, checkpoints }
    }

    /// The offset of byte offset `byte` (which must be on a char boundary).
    pub fn convert(&self, byte: usize) -> usize {
        // The checkpoint's character is the first at or after `k * STEP`, so at or before `byte`.
        let k = (byte / STEP).min(self.checkpoints.len().saturating_sub(1));
        let (count, from) = self.checkpoints.get(k).map_or((0, 0), |&(c, b)| (c as usize, b as usize));
        count + self.unit.count(&self.text.as_bytes()[from..byte])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_code_points() {
        let text = "a“b”c — 😀d Ü.".repeat(20);
        let utf16 = OffsetIndex::new(&text, Unit::Utf16);
        let points = OffsetIndex::new(&text, Unit::CodePoint);
        for (byte, _) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            assert_eq!(utf16.convert(byte), text[..byte].encode_utf16().count(), "at byte {byte}");
            assert_eq!(points.convert(byte), text[..byte].chars().count(), "at byte {byte}");
        }
    }

    #[test]
    fn empty_and_ascii_texts() {
        assert_eq!(OffsetIndex::new("", Unit::Utf16).convert(0), 0);
        let text = "x".repeat(200);
        assert_eq!(OffsetIndex::new(&text, Unit::CodePoint).convert(200), 200);
    }
}
