//! People's first names (`data/generated/first_names.tsv`) and the nouns that name people by role
//! (`data/person_nouns.tsv`).

use std::sync::OnceLock;

use super::fast_hash::FastMap;
use super::table::{generated_table, Table};
use crate::analysis::Gender;
use crate::rows::{data_file, rows};

/// Where a person noun may stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum TitleUse {
    /// Only before a name: "Mr.", "Sen.".
    Title,
    /// Only as the head of a description: "a senior official".
    Noun,
    /// Both: "President Macron", "the president".
    Both,
}

/// A noun that names a person by role: "Secretary General", "spokeswoman", "the minister".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct PersonNoun {
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
    pub(crate) fn is_title(&self) -> bool {
        self.usage != TitleUse::Noun
    }

    /// True when it may head a description.
    pub(crate) fn is_noun(&self) -> bool {
        self.usage != TitleUse::Title
    }
}

static FIRST_NAMES: Table = generated_table!("first_names.tsv");

/// True when a word of a name is an initial: one capital letter, maybe with its full stop ("F.",
/// "W").
pub(crate) fn is_initial(word: &str) -> bool {
    let mut chars = word.strip_suffix('.').unwrap_or(word).chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// The gender of the first name `name` (as written, capitalised), if it is a known first name.
pub(crate) fn first_name(name: &str) -> Option<Gender> {
    FIRST_NAMES.get(name).map(|g| match g {
        "m" => Gender::Male,
        "f" => Gender::Female,
        _ => Gender::Unknown,
    })
}

fn nouns() -> &'static FastMap<&'static str, PersonNoun> {
    static NOUNS: OnceLock<FastMap<&'static str, PersonNoun>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        let mut map = FastMap::default();
        let (file, text) = data_file!("person_nouns.tsv");
        for row in rows(file, text) {
            let gender = row.parse(1, "gender", |g| match g {
                "m" => Some(Gender::Male),
                "f" => Some(Gender::Female),
                "-" => Some(Gender::Unknown),
                _ => None,
            });
            let usage = row.parse(3, "use", |u| match u {
                "title" => Some(TitleUse::Title),
                "noun" => Some(TitleUse::Noun),
                "both" => Some(TitleUse::Both),
                _ => None,
            });
            map.entry(row.col(0)).or_insert(PersonNoun { words: row.col(0), gender, group: row.col(2), usage });
        }
        map
    })
}

/// The person noun whose words (lower case, space-separated) are `words`, plurals included
/// ("analysts", "spokeswomen", "attorneys").
pub(crate) fn person_noun(words: &str) -> Option<PersonNoun> {
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

/// The words of every multiword person noun, sorted.
pub(crate) fn sorted_multiword_nouns() -> &'static [&'static str] {
    static SORTED: OnceLock<Vec<&'static str>> = OnceLock::new();
    SORTED.get_or_init(|| {
        let mut words: Vec<&'static str> = multiword_person_nouns().collect();
        words.sort_unstable();
        words
    })
}

/// The words of every multiword person noun, for [`super::starts_multiword`].
pub(crate) fn multiword_person_nouns() -> impl Iterator<Item = &'static str> {
    nouns().keys().copied().filter(|w| w.contains(' '))
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
