//! A sorted table of text lines, searched by bisection.

use std::sync::OnceLock;

/// Lines `key<TAB>value…` sorted by key (byte order), embedded in the binary. The first lookup
/// indexes where the lines start (4 bytes a line); every lookup is then a bisection over the
/// keys, `O(log n)` comparisons and no allocation.
#[derive(Debug)]
pub struct Table {
    data: &'static str,
    starts: OnceLock<Vec<u32>>,
}

impl Table {
    /// Wraps `data`, which must be sorted by key with no comment lines. Checked in tests.
    pub const fn new(data: &'static str) -> Table {
        Table { data, starts: OnceLock::new() }
    }

    fn starts(&self) -> &[u32] {
        self.starts.get_or_init(|| {
            let bytes = self.data.as_bytes();
            let mut starts = Vec::with_capacity(bytes.len() / 12);
            let mut at = 0;
            while at < bytes.len() {
                starts.push(at as u32);
                at = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |p| at + p + 1);
            }
            starts
        })
    }

    fn line(&self, n: usize) -> (&'static str, &'static str) {
        let starts = self.starts();
        let start = starts[n] as usize;
        let mut end = starts.get(n + 1).map_or(self.data.len(), |&e| e as usize);
        let bytes = self.data.as_bytes();
        if end > start && bytes[end - 1] == b'\n' {
            end -= 1;
        }
        match bytes[start..end].iter().position(|&b| b == b'\t') {
            Some(tab) => (&self.data[start..start + tab], &self.data[start + tab + 1..end]),
            None => (&self.data[start..end], ""),
        }
    }

    /// The rest of the line (after the key and its tab) whose key is `key`, or `""` for a key
    /// with no value.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key as stored in the table and the rest of its line.
    pub fn entry(&self, key: &str) -> Option<(&'static str, &'static str)> {
        let n = self.starts().len();
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let (k, v) = self.line(mid);
            match k.cmp(key) {
                std::cmp::Ordering::Equal => return Some((k, v)),
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
            }
        }
        None
    }

    /// True when some key of the table is longer than `prefix` and starts with it.
    pub fn has_longer(&self, prefix: &str) -> bool {
        let n = self.starts().len();
        // The first key at or after `prefix`, and the one after it when that is `prefix` itself.
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.line(mid).0 < prefix {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        (lo..n.min(lo + 2)).any(|k| {
            let key = self.line(k).0;
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
