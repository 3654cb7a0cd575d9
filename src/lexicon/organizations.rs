//! Well-known organisations, matched as whole names.

use super::fast_hash::FastSet;
use std::sync::OnceLock;

/// Every well-known organisation's name.
pub(crate) fn names() -> &'static FastSet<&'static str> {
    static NAMES: OnceLock<FastSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        include_str!("../../data/organizations.txt").lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
    })
}

/// True when `name` (words separated by single spaces) is a well-known organisation.
pub fn is_known_organization(name: &str) -> bool {
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
