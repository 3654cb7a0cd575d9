//! A sorted table of text lines, searched in place.

/// Lines `key<TAB>value…` sorted by key (byte order), embedded in the binary and searched by
/// bisection over byte offsets: no start-up cost, no index, `O(log n)` per lookup.
#[derive(Clone, Copy, Debug)]
pub struct Table {
    data: &'static str,
}

impl Table {
    /// Wraps `data`, which must be sorted by key with no comment lines. Checked in tests.
    pub const fn new(data: &'static str) -> Table {
        Table { data }
    }

    /// The rest of the line (after the key and its tab) whose key is `key`, or `""` for a key
    /// with no value.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key as stored in the table and the rest of its line.
    pub fn entry(&self, key: &str) -> Option<(&'static str, &'static str)> {
        let data = self.data.as_bytes();
        let (mut lo, mut hi) = (0usize, data.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = data[..mid].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let end = data[start..].iter().position(|&b| b == b'\n').map_or(data.len(), |p| start + p);
            let line = &self.data[start..end];
            let (k, v) = line.split_once('\t').unwrap_or((line, ""));
            match k.cmp(key) {
                std::cmp::Ordering::Equal => return Some((k, v)),
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        None
    }

    /// True when `key` is in the table.
    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
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
    fn works_without_a_final_newline() {
        let table = Table::new("a\nb\nc");
        assert!(table.contains("a") && table.contains("b") && table.contains("c"));
        assert!(!table.contains("d"));
    }
}
