//! Head words that decide what a capitalised name names: "Forum" an organisation, "Square" a
//! venue, "Festival" an event.

use super::fast_hash::FastMap;
use std::sync::OnceLock;

/// What a name ending with a head word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HeadKind {
    /// "World Economic Forum", "Ministry of Defence", "Harvard University".
    Organization,
    /// "Ukrainian House", "Red Square", "Heathrow Airport".
    Venue,
    /// "Taipei City Lantern Festival", "FIFA World Cup": neither a place nor an organisation.
    Event,
}

fn heads() -> &'static FastMap<&'static str, HeadKind> {
    static HEADS: OnceLock<FastMap<&'static str, HeadKind>> = OnceLock::new();
    HEADS.get_or_init(|| {
        include_str!("../../data/name_heads.tsv")
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (word, kind) = l.split_once('\t').expect("word<TAB>kind in data/name_heads.tsv");
                let kind = match kind {
                    "organization" => HeadKind::Organization,
                    "venue" => HeadKind::Venue,
                    "event" => HeadKind::Event,
                    other => panic!("head kind {other:?} in data/name_heads.tsv"),
                };
                (word, kind)
            })
            .collect()
    })
}

/// What a capitalised name ending with `word` names, if `word` is a head word.
pub fn name_head(word: &str) -> Option<HeadKind> {
    heads().get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(name_head("Forum"), Some(HeadKind::Organization));
        assert_eq!(name_head("Ministry"), Some(HeadKind::Organization));
        assert_eq!(name_head("House"), Some(HeadKind::Venue));
        assert_eq!(name_head("Festival"), Some(HeadKind::Event));
        assert_eq!(name_head("Rutte"), None);
    }
}
