//! Organisations: a list of well-known ones and the words that make a name an organisation.

use std::collections::HashSet;
use std::sync::OnceLock;

/// What an entry of `data/organizations.tsv` is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum OrgWord {
    // A known organisation, matched as a whole name.
    Name,
    // A word that makes a capitalised name an organisation ("Forum", "Ministry").
    Head,
}

fn table() -> &'static HashSet<(&'static str, OrgWord)> {
    static TABLE: OnceLock<HashSet<(&'static str, OrgWord)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../../data/organizations.tsv")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (name, kind) = l.split_once('\t').expect("name<TAB>kind in data/organizations.tsv");
                let kind = match kind {
                    "name" => OrgWord::Name,
                    "head" => OrgWord::Head,
                    other => panic!("organisation kind {other:?} in data/organizations.tsv"),
                };
                (name, kind)
            })
            .collect()
    })
}

/// True when `name` (words separated by single spaces) is a known organisation.
pub fn is_known_organization(name: &str) -> bool {
    table().contains(&(name, OrgWord::Name))
}

/// True when `word` makes a capitalised name an organisation ("Party", "Ministry").
pub fn organization_word(word: &str) -> bool {
    table().contains(&(word, OrgWord::Head))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_heads() {
        assert!(is_known_organization("NATO"));
        assert!(is_known_organization("World Bank"));
        assert!(!is_known_organization("Rutte"));
        assert!(organization_word("Forum"));
        assert!(organization_word("Ministry"));
        assert!(!organization_word("House"));
    }
}
