//! A sorted table of text lines, searched by bisection.

use std::sync::OnceLock;

/// Lines `key<TAB>value…` sorted by key (byte order), embedded in the binary. The first lookup
/// indexes where the lines start and how long their keys are (8 bytes a line); every lookup is
/// then a bisection over the keys, `O(log n)` comparisons and no allocation.
#[derive(Debug)]
pub struct Table {
    data: &'static str,
    starts: OnceLock<Vec<Line>>,
}

/// Where a line starts and how long its key is.
#[derive(Clone, Copy, Debug)]
struct Line {
    start: u32,
    key_len: u32,
}

impl Table {
    /// Wraps `data`, which must be sorted by key with no comment lines. Checked in tests.
    pub const fn new(data: &'static str) -> Table {
        Table { data, starts: OnceLock::new() }
    }

    fn starts(&self) -> &[Line] {
        self.starts.get_or_init(|| {
            let bytes = self.data.as_bytes();
            let mut starts = Vec::with_capacity(bytes.len() / 12);
            let mut at = 0;
            while at < bytes.len() {
                let end = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| at + p);
                let key_len = bytes[at..end].iter().position(|&b| b == b'\t').unwrap_or(end - at);
                starts.push(Line { start: at as u32, key_len: key_len as u32 });
                at = end + 1;
            }
            starts
        })
    }

    /// The key of line `n`.
    fn key(&self, n: usize) -> &'static str {
        let line = self.starts()[n];
        &self.data[line.start as usize..(line.start + line.key_len) as usize]
    }

    /// The index of the first line whose key is not less than `key`, and whether it equals it.
    fn seek(&self, key: &str) -> (usize, bool) {
        let (data, starts) = (self.data.as_bytes(), self.starts());
        let key = key.as_bytes();
        let (mut lo, mut hi) = (0, starts.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let Line { start, key_len } = starts[mid];
            match data[start as usize..(start + key_len) as usize].cmp(key) {
                std::cmp::Ordering::Equal => return (mid, true),
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
            }
        }
        (lo, false)
    }

    /// The key and the rest of line `n`.
    fn line(&self, n: usize) -> (&'static str, &'static str) {
        let starts = self.starts();
        let Line { start, key_len } = starts[n];
        let (start, key_end) = (start as usize, (start + key_len) as usize);
        let mut end = starts.get(n + 1).map_or(self.data.len(), |e| e.start as usize);
        if end > start && self.data.as_bytes()[end - 1] == b'\n' {
            end -= 1;
        }
        (&self.data[start..key_end], if key_end < end { &self.data[key_end + 1..end] } else { "" })
    }

    /// The rest of the line (after the key and its tab) whose key is `key`, or `""` for a key
    /// with no value.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key as stored in the table and the rest of its line.
    pub fn entry(&self, key: &str) -> Option<(&'static str, &'static str)> {
        match self.seek(key) {
            (n, true) => Some(self.line(n)),
            _ => None,
        }
    }

    /// True when some key of the table is longer than `prefix` and starts with it.
    pub fn has_longer(&self, prefix: &str) -> bool {
        let n = self.starts().len();
        // The first key at or after `prefix`, and the one after it when that is `prefix` itself.
        let (lo, _) = self.seek(prefix);
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
        self.data.lines().map(|line| line.split_once('\t').unwrap_or((line, "")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_nothing_else() {
        let table = Table::new("apple\t1\nbanana\t2\ncherry\nfig\t4 5\n");
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
        let table = Table::new("new\nnew york\nnewark\nparis\n");
        assert!(table.has_longer("new") && table.has_longer("new y") && table.has_longer("n"));
        assert!(!table.has_longer("new york") && !table.has_longer("paris") && !table.has_longer("rome"));
    }

    #[test]
    fn works_without_a_final_newline() {
        let table = Table::new("a\nb\nc");
        assert!(table.contains("a") && table.contains("b") && table.contains("c"));
        assert!(!table.contains("d"));
    }
}
