//! A sorted table of text lines, looked up by hash and searched by prefix by bisection.

use std::hash::Hasher;
use std::sync::OnceLock;

use super::fast_hash::FxHasher;

/// The [`Table`] of `data/generated/$name`, embedded front-coded (`build.rs`).
macro_rules! generated_table {
    ($name:literal) => {
        $crate::lexicon::table::Table::front_coded(include_str!(concat!(env!("OUT_DIR"), "/generated/", $name)))
    };
}
pub(crate) use generated_table;

/// Lines `key<TAB>value…` sorted by key (byte order), embedded in the binary. The first lookup
/// indexes where the lines start and how long their keys are (8 bytes a line) and hashes every
/// key into a table of line numbers (8 to 16 bytes a line more); a lookup is then one hash and, most
/// often, one comparison, with no allocation. Prefix searches bisect the sorted keys.
#[derive(Debug)]
pub struct Table {
    coded: &'static str,
    index: OnceLock<Index>,
}

/// The lines, where they start, and the line of each key by its hash.
#[derive(Debug)]
struct Index {
    /// The lines, decoded.
    data: &'static str,
    starts: Vec<Line>,
    /// Open addressing with linear probing: a line number, or [`EMPTY`]; twice as many slots as
    /// lines, a power of two.
    slots: Vec<u32>,
    /// log2 of the number of slots.
    bits: u32,
}

/// A slot that holds no line.
const EMPTY: u32 = u32::MAX;

/// The hash of a key.
fn hash(key: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(key);
    h.finish()
}

impl Index {
    /// The first slot to probe for hash `h` (its high bits: the Fx hash mixes them best).
    fn slot(&self, h: u64) -> usize {
        if self.bits == 0 {
            0
        } else {
            (h >> (64 - self.bits)) as usize
        }
    }
}

/// Where a line starts and how long its key is.
#[derive(Clone, Copy, Debug)]
struct Line {
    start: u32,
    key_len: u32,
}

impl Table {
    /// Wraps `coded`: lines sorted by key, with no comment lines (checked in tests), front-coded as
    /// `build.rs` writes them (each line starts with a digit: how many bytes it shares with the
    /// line before). They are decoded on first use.
    pub const fn front_coded(coded: &'static str) -> Table {
        Table { coded, index: OnceLock::new() }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            // A table lives as long as the program, and so does its decoding.
            let data: &'static str = Box::leak(decode_front_coded(self.coded).into_boxed_str());
            let bytes = data.as_bytes();
            let mut starts = Vec::with_capacity(bytes.len() / 12);
            let mut at = 0;
            while at < bytes.len() {
                let end = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| at + p);
                let key_len = bytes[at..end].iter().position(|&b| b == b'\t').unwrap_or(end - at);
                starts.push(Line { start: at as u32, key_len: key_len as u32 });
                at = end + 1;
            }
            let bits = (2 * starts.len()).next_power_of_two().trailing_zeros();
            let mut index = Index { data, starts, slots: Vec::new(), bits };
            let mut slots = vec![EMPTY; 1 << bits];
            let mask = slots.len() - 1;
            for (n, line) in index.starts.iter().enumerate() {
                let key = &bytes[line.start as usize..(line.start + line.key_len) as usize];
                let mut at = index.slot(hash(key));
                while slots[at] != EMPTY {
                    at = (at + 1) & mask;
                }
                slots[at] = n as u32;
            }
            index.slots = slots;
            index
        })
    }

    fn starts(&self) -> &[Line] {
        &self.index().starts
    }

    /// The line whose key is `key`.
    fn find(&self, key: &str) -> Option<usize> {
        let index = self.index();
        let data = index.data.as_bytes();
        let key = key.as_bytes();
        let mask = index.slots.len() - 1;
        let mut at = index.slot(hash(key));
        loop {
            let n = index.slots[at];
            if n == EMPTY {
                return None;
            }
            let Line { start, key_len } = index.starts[n as usize];
            if &data[start as usize..(start + key_len) as usize] == key {
                return Some(n as usize);
            }
            at = (at + 1) & mask;
        }
    }

    /// The key of line `n`.
    fn key(&self, n: usize) -> &'static str {
        let line = self.starts()[n];
        &self.index().data[line.start as usize..(line.start + line.key_len) as usize]
    }

    /// The index of the first line whose key is not less than `key`.
    fn seek(&self, key: &str) -> usize {
        let (data, starts) = (self.index().data.as_bytes(), self.starts());
        starts.partition_point(|&Line { start, key_len }| {
            &data[start as usize..(start + key_len) as usize] < key.as_bytes()
        })
    }

    /// The key and the rest of line `n`.
    fn line(&self, n: usize) -> (&'static str, &'static str) {
        let Index { data, starts, .. } = self.index();
        let Line { start, key_len } = starts[n];
        let (start, key_end) = (start as usize, (start + key_len) as usize);
        let mut end = starts.get(n + 1).map_or(data.len(), |e| e.start as usize);
        if end > start && data.as_bytes()[end - 1] == b'\n' {
            end -= 1;
        }
        (&data[start..key_end], if key_end < end { &data[key_end + 1..end] } else { "" })
    }

    /// The rest of the line (after the key and its tab) whose key is `key`, or `""` for a key
    /// with no value.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key as stored in the table and the rest of its line.
    pub fn entry(&self, key: &str) -> Option<(&'static str, &'static str)> {
        self.find(key).map(|n| self.line(n))
    }

    /// True when some key of the table is longer than `prefix` and starts with it.
    pub fn has_longer(&self, prefix: &str) -> bool {
        let n = self.starts().len();
        // The first key at or after `prefix`, and the one after it when that is `prefix` itself.
        let lo = self.seek(prefix);
        (lo..n.min(lo + 2)).any(|k| {
            let key = self.key(k);
            key.len() > prefix.len() && key.starts_with(prefix)
        })
    }

    /// True when `key` is in the table.
    pub fn contains(&self, key: &str) -> bool {
        self.entry(key).is_some()
    }

    /// Every `(key, value)` pair, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.index().data.lines().map(|line| line.split_once('\t').unwrap_or((line, "")))
    }
}

/// The lines of `coded`, front-coded as [`Table::front_coded`] says.
fn decode_front_coded(coded: &str) -> String {
    let mut data = Vec::with_capacity(coded.len() * 2);
    let mut before = 0;
    for line in coded.as_bytes().split(|&b| b == b'\n').filter(|line| !line.is_empty()) {
        let start = data.len();
        let shared = usize::from(line[0] - b'0');
        data.extend_from_within(before..before + shared);
        data.extend_from_slice(&line[1..]);
        data.push(b'\n');
        before = start;
    }
    String::from_utf8(data).expect("build.rs shares whole characters only")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table of `lines`, each front-coded as sharing nothing with the line before.
    fn unshared(lines: &str) -> Table {
        Table::front_coded(Box::leak(
            lines.split_inclusive('\n').map(|line| format!("0{line}")).collect::<String>().into_boxed_str(),
        ))
    }

    #[test]
    fn finds_every_key_and_nothing_else() {
        let table = unshared("apple\t1\nbanana\t2\ncherry\nfig\t4 5\n");
        assert_eq!(table.get("apple"), Some("1"));
        assert_eq!(table.get("banana"), Some("2"));
        assert_eq!(table.get("cherry"), Some(""));
        assert_eq!(table.get("fig"), Some("4 5"));
        for missing in ["", "a", "apples", "blueberry", "date", "zebra"] {
            assert_eq!(table.get(missing), None, "{missing}");
        }
    }

    #[test]
    fn longer_keys_by_prefix() {
        let table = unshared("new\nnew york\nnewark\nparis\n");
        assert!(table.has_longer("new") && table.has_longer("new y") && table.has_longer("n"));
        assert!(!table.has_longer("new york") && !table.has_longer("paris") && !table.has_longer("rome"));
    }

    #[test]
    fn finds_every_key_of_a_large_table_and_of_an_empty_one() {
        let table = unshared(&(0..5000).map(|n| format!("key{n:05}\t{n}\n")).collect::<String>());
        for n in 0..5000 {
            assert_eq!(table.get(&format!("key{n:05}")), Some(n.to_string().as_str()));
        }
        for missing in ["key", "key5000", "key00000 ", "key0000", "kez00001"] {
            assert_eq!(table.get(missing), None, "{missing}");
        }
        let empty = unshared("");
        assert!(!empty.contains("") && !empty.contains("a") && !empty.has_longer(""));
    }

    #[test]
    fn front_coded_lines_read_as_written() {
        // "Zürich", "Zürichberg\tx", "apple\t1", "apricot\t2": shared prefixes of 7, 0 and 2 bytes.
        let table = Table::front_coded("0Zürich\n7berg\tx\n0apple\t1\n2ricot\t2\n");
        assert_eq!(table.get("apple"), Some("1"));
        assert_eq!(table.get("apricot"), Some("2"));
        assert_eq!(table.get("Zürich"), Some(""));
        assert_eq!(table.get("Zürichberg"), Some("x"));
        assert!(!table.contains("ap") && table.has_longer("ap"));
        assert_eq!(table.iter().count(), 4);
    }

    #[test]
    fn works_without_a_final_newline() {
        let table = unshared("a\nb\nc");
        assert!(table.contains("a") && table.contains("b") && table.contains("c"));
        assert!(!table.contains("d"));
    }
}
