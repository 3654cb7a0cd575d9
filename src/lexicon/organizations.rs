//! Well-known organisations (`data/organizations.txt`), matched as whole names.

use std::sync::OnceLock;

use super::fast_hash::FastSet;
use crate::rows::{data_file, rows};

/// Every well-known organisation's name.
pub(crate) fn names() -> &'static FastSet<&'static str> {
    static NAMES: OnceLock<FastSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let (file, text) = data_file!("organizations.txt");
        rows(file, text).map(|row| row.col(0)).collect()
    })
}

/// Every well-known organisation's name, sorted.
pub(crate) fn sorted() -> &'static [&'static str] {
    static SORTED: OnceLock<Vec<&'static str>> = OnceLock::new();
    SORTED.get_or_init(|| {
        let mut names: Vec<&'static str> = names().iter().copied().collect();
        names.sort_unstable();
        names
    })
}

/// True when `name` (words separated by single spaces) is a well-known organisation.
pub(crate) fn is_known_organization(name: &str) -> bool {
    names().contains(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_names() {
        assert!(is_known_organization("NATO"));
        assert!(is_known_organization("World Bank"));
        assert!(!is_known_organization("Rutte"));
    }
}
