//! Head words (`data/name_heads.tsv`) that decide what a capitalised name names: "Forum" an
//! organisation, "Square" a venue, "County" a region, "River" water, "Festival" an event; and
//! the words that begin a name (`data/name_prefixes.tsv`): "Lake Erie", "Hurricane Ian".

use std::sync::OnceLock;

use super::fast_hash::FastMap;
use crate::analysis::PlaceKind;
use crate::rows::{data_file, rows};

/// What a name ending with a head word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum HeadKind {
    /// "World Economic Forum", "Ministry of Defence", "Harvard University".
    Organization,
    /// A place of this kind: a venue ("Ukrainian House", "Red Square", "Heathrow Airport"), a
    /// region ("Bergen County"), water ("Hudson River", "Gulf of Mexico") or a landform ("Silicon
    /// Valley", "Isle of Man").
    Place(PlaceKind),
    /// "Taipei City Lantern Festival", "FIFA World Cup": neither a place nor an organisation.
    Event,
}

/// A table of words and the kind of name they make (`organization`, `venue`, `region`, `city`,
/// `water`, `landform` or `event`), read from the data file `file` with contents `text`.
fn kinds_of_words(file: &'static str, text: &'static str) -> FastMap<&'static str, HeadKind> {
    rows(file, text)
        .map(|row| {
            let kind = row.parse(1, "name kind", |k| match k {
                "organization" => Some(HeadKind::Organization),
                "venue" => Some(HeadKind::Place(PlaceKind::Venue)),
                "region" => Some(HeadKind::Place(PlaceKind::Region)),
                "city" => Some(HeadKind::Place(PlaceKind::City)),
                "water" => Some(HeadKind::Place(PlaceKind::Water)),
                "landform" => Some(HeadKind::Place(PlaceKind::Landform)),
                "event" => Some(HeadKind::Event),
                _ => None,
            });
            (row.col(0), kind)
        })
        .collect()
}

/// What a capitalised name ending with `word` (as written) names, if `word` is a head word.
pub(crate) fn name_head(word: &str) -> Option<HeadKind> {
    static HEADS: OnceLock<FastMap<&'static str, HeadKind>> = OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        let (file, text) = data_file!("name_heads.tsv");
        kinds_of_words(file, text)
    });
    heads.get(word).copied()
}

/// What a capitalised name beginning with `word` (as written) names, if `word` begins names of a
/// kind: "Lake" water, "Mount" a landform, "Fort" a town, "Hurricane" an event.
pub(crate) fn name_prefix(word: &str) -> Option<HeadKind> {
    static PREFIXES: OnceLock<FastMap<&'static str, HeadKind>> = OnceLock::new();
    let prefixes = PREFIXES.get_or_init(|| {
        let (file, text) = data_file!("name_prefixes.tsv");
        kinds_of_words(file, text)
    });
    prefixes.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(name_head("Forum"), Some(HeadKind::Organization));
        assert_eq!(name_head("Ministry"), Some(HeadKind::Organization));
        assert_eq!(name_head("House"), Some(HeadKind::Place(PlaceKind::Venue)));
        assert_eq!(name_head("County"), Some(HeadKind::Place(PlaceKind::Region)));
        assert_eq!(name_head("Festival"), Some(HeadKind::Event));
        assert_eq!(name_head("Rutte"), None);
    }

    #[test]
    fn prefixes() {
        assert_eq!(name_prefix("Lake"), Some(HeadKind::Place(PlaceKind::Water)));
        assert_eq!(name_prefix("Fort"), Some(HeadKind::Place(PlaceKind::City)));
        assert_eq!(name_prefix("Hurricane"), Some(HeadKind::Event));
        assert_eq!(name_prefix("lake"), None);
        // "Lake" also ends names ("Crater Lake"); "Fort" only begins them.
        assert_eq!(name_head("Fort"), None);
    }
}
