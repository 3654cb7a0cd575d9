//! People's names and the nouns that name people by role.

use super::fast_hash::FastMap;
use std::sync::OnceLock;

use super::table::Table;

/// Grammatical gender, as far as a name or title tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Referred to as "he".
    Male,
    /// Referred to as "she".
    Female,
    /// A name given to both (or a title that says nothing).
    Unknown,
}

/// Where a person noun may stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TitleUse {
    /// Only before a name: "Mr.", "Sen.".
    Title,
    /// Only as the head of a description: "a senior official".
    Noun,
    /// Both: "President Macron", "the president".
    Both,
}

/// A noun that names a person by role: "Secretary General", "spokeswoman", "the minister".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PersonNoun {
    /// Its words in lower case.
    pub words: &'static str,
    /// The gender it implies.
    pub gender: Gender,
    /// Descriptions match titles of the same group ("chief" ↔ "Secretary General").
    pub group: &'static str,
    /// Where it may stand.
    pub usage: TitleUse,
}

impl PersonNoun {
    /// True when it may stand before a name.
    pub fn is_title(&self) -> bool {
        self.usage != TitleUse::Noun
    }

    /// True when it may head a description.
    pub fn is_noun(&self) -> bool {
        self.usage != TitleUse::Title
    }
}

static FIRST_NAMES: Table = Table::new(include_str!("../../data/generated/first_names.tsv"));
const PERSON_NOUNS: &str = include_str!("../../data/person_nouns.tsv");

/// The gender of the first name `name` (as written, capitalised), if it is a known first name.
pub fn first_name(name: &str) -> Option<Gender> {
    let found = FIRST_NAMES.get(name).or_else(|| {
        // ALL-CAPS text: "MARK" → "Mark".
        (name.len() > 1 && name.chars().all(|c| !c.is_lowercase()))
            .then(|| FIRST_NAMES.get(&super::title_case(name)))
            .flatten()
    })?;
    Some(match found {
        "m" => Gender::Male,
        "f" => Gender::Female,
        _ => Gender::Unknown,
    })
}

fn nouns() -> &'static FastMap<&'static str, PersonNoun> {
    static NOUNS: OnceLock<FastMap<&'static str, PersonNoun>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        let mut map = FastMap::default();
        for line in PERSON_NOUNS.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            let gender = match cols[1] {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => Gender::Unknown,
            };
            let usage = match cols[3] {
                "title" => TitleUse::Title,
                "noun" => TitleUse::Noun,
                _ => TitleUse::Both,
            };
            map.entry(cols[0]).or_insert(PersonNoun { words: cols[0], gender, group: cols[2], usage });
        }
        map
    })
}

/// The person noun whose words (lower case, space-separated) are `words`, plurals included
/// ("analysts", "spokeswomen", "attorneys").
pub fn person_noun(words: &str) -> Option<PersonNoun> {
    let nouns = nouns();
    if let Some(noun) = nouns.get(words) {
        return Some(*noun);
    }
    let singular = |plural: &str, single: &str| words.strip_suffix(plural).map(|stem| format!("{stem}{single}"));
    [singular("men", "man"), singular("ies", "y"), singular("es", ""), singular("s", "")]
        .into_iter()
        .flatten()
        .find_map(|w| nouns.get(w.as_str()).copied())
}

/// Every person noun, in no particular order.
pub fn person_nouns() -> impl Iterator<Item = PersonNoun> {
    nouns().values().copied()
}

/// The sorted tables of this module, for the sortedness test.
#[cfg(test)]
pub(crate) fn tables() -> Vec<(&'static str, &'static Table)> {
    vec![("first_names", &FIRST_NAMES)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_with_gender() {
        assert_eq!(first_name("Mark"), Some(Gender::Male));
        assert_eq!(first_name("Hillary"), Some(Gender::Female));
        assert_eq!(first_name("MARK"), Some(Gender::Male));
        assert_eq!(first_name("Rutte"), None);
    }

    #[test]
    fn person_nouns_by_words() {
        let sg = person_noun("secretary general").unwrap();
        assert_eq!(sg.group, "leader");
        assert!(sg.is_title());
        assert_eq!(person_noun("chief").unwrap().group, "leader");
        assert_eq!(person_noun("spokeswoman").unwrap().gender, Gender::Female);
        assert!(!person_noun("mr.").unwrap().is_noun());
        assert!(!person_noun("official").unwrap().is_title());
    }
}
