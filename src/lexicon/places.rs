//! The gazetteer (`data/generated/places.tsv`): countries, regions, cities, water, landforms and
//! venues; and demonyms (`data/generated/demonyms.tsv`).

use super::table::{generated_table, Table};
use crate::analysis::{Place, PlaceKind};

static PLACES: Table = generated_table!("places.tsv");
static DEMONYMS: Table = generated_table!("demonyms.tsv");

static FOLD: Table = generated_table!("fold.tsv");

/// `name` with Latin letters with diacritics folded to ASCII ("Zürich" → "Zurich"), as the
/// gazetteer's keys are; `None` when there is nothing to fold.
fn ascii_fold(name: &str) -> Option<String> {
    if name.is_ascii() {
        return None;
    }
    let mut folded = String::with_capacity(name.len());
    let mut buf = [0u8; 4];
    for c in name.chars() {
        match FOLD.get(c.encode_utf8(&mut buf)) {
            Some(base) => folded.push_str(base),
            None => folded.push(c),
        }
    }
    Some(folded)
}

/// The gazetteer entry named exactly `name` (words separated by single spaces), diacritics
/// ignored.
pub(crate) fn place(name: &str) -> Option<Place> {
    let folded = ascii_fold(name);
    let (key, row) = PLACES.entry(folded.as_deref().unwrap_or(name))?;
    let mut cols = row.split('\t');
    let kind = PlaceKind::from_name(cols.next()?)?;
    let country = cols.next().filter(|c| !c.is_empty());
    let lat = cols.next().and_then(|v| v.parse().ok());
    let lon = cols.next().and_then(|v| v.parse().ok());
    let canonical = cols.next().filter(|c| !c.is_empty()).unwrap_or(key);
    Some(Place { canonical, kind, country, coordinates: lat.zip(lon) })
}

/// True when some gazetteer key is longer than `prefix` (diacritics ignored) and starts with it.
pub(crate) fn has_longer(prefix: &str) -> bool {
    PLACES.has_longer(ascii_fold(prefix).as_deref().unwrap_or(prefix))
}

/// Every gazetteer key.
pub(crate) fn keys() -> impl Iterator<Item = &'static str> {
    PLACES.iter().map(|(k, _)| k)
}

/// The place a demonym ("Ukrainian", "Russians") refers to.
pub(crate) fn demonym(word: &str) -> Option<&'static str> {
    DEMONYMS.get(word)
}

/// The sorted tables of this module, for the sortedness test.
#[cfg(test)]
pub(crate) fn tables() -> Vec<(&'static str, &'static Table)> {
    vec![("places", &PLACES), ("demonyms", &DEMONYMS), ("fold", &FOLD)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_cities_and_variants() {
        let ukraine = place("Ukraine").unwrap();
        assert_eq!((ukraine.canonical, ukraine.kind, ukraine.country), ("Ukraine", PlaceKind::Country, Some("UA")));
        assert_eq!(place("Kiev").unwrap().canonical, "Kyiv");
        assert_eq!(place("U.S.").unwrap().canonical, "United States");
        assert_eq!(place("Moscow").unwrap().kind, PlaceKind::City);
        assert!(place("Moscow").unwrap().coordinates.is_some());
        assert_eq!(place("Rutte"), None);
        assert_eq!(place("São Paulo").unwrap().canonical, "São Paulo");
        assert_eq!(place("Sao Paulo").unwrap().canonical, "São Paulo");
    }

    #[test]
    fn every_gazetteer_row_reads() {
        for key in keys() {
            assert!(place(key).is_some(), "places.tsv: the row of {key:?} does not read");
        }
    }

    #[test]
    fn demonyms_link_to_places() {
        assert_eq!(demonym("Ukrainian"), Some("Ukraine"));
        assert_eq!(demonym("Russians"), Some("Russia"));
        assert_eq!(demonym("Ukraine"), None);
    }
}
