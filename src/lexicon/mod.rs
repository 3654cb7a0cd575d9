//! The lexicons: the embedded language data, and the features each token gets from it.
//!
//! The lists are data files under `data/` (hand-written, read through [`crate::rows`]) and
//! `data/generated/` (made by `scripts/gen_lexicons.py` from openly licensed packages; see
//! `data/generated/SOURCES.md`). Each is embedded with `include_str!` (the generated ones
//! front-coded by `build.rs`) and searched in place (`table::Table`: sorted lines, indexed by hash on
//! first use, prefixes found by bisection) or, for the small hand-written ones, parsed once into a
//! hash map.
//!
//! [`Lexicon::annotate`] runs the word lookups once per distinct word of a text, so that later
//! stages read features ([`Lex`]) instead of searching lists; lookups of several words (a
//! multiword place or title) go through [`crate::document::Document`].

mod cues;
mod fast_hash;
mod features;
mod heads;
mod names;
mod organizations;
mod places;
mod sets;
mod table;
mod words;

#[cfg(test)]
pub(crate) use cues::cue_verbs;
pub(crate) use cues::{cue_phrases, cue_phrases_starting_with, cue_verb, CueClass, CueVerb, PhraseRole, VerbForm};
pub(crate) use fast_hash::{FastHashBuilder, FastMap, FastSet};
pub(crate) use features::{Lex, Lexicon};
pub(crate) use heads::{name_head, name_prefix, HeadKind};
pub(crate) use names::{first_name, is_initial, person_noun, PersonNoun};
pub(crate) use organizations::is_known_organization;
pub(crate) use places::{demonym, place};
pub(crate) use sets::{word_sets, WordSet, WordSets};
pub(crate) use words::{is_common_word, is_ly_adverb, word_class, WordClass};

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::segment::is_invisible_in_word;

/// The most tokens a multiword place or organisation of the lexicons has ("Washington, D.C." is
/// three; "United Kingdom of Great Britain and Northern Ireland" eight): longer keys are never
/// looked up.
pub(crate) const MAX_KEY_TOKENS: usize = 12;

/// The most tokens a person noun of `data/person_nouns.tsv` has ("deputy secretary general").
pub(crate) const MAX_TITLE_TOKENS: usize = 4;

/// True when `word` (as written, apostrophes straightened) is the first word of a multiword
/// place, organisation or title: only then are longer keys worth looking up.
pub(crate) fn starts_multiword(word: &str) -> bool {
    static FIRST_WORDS: OnceLock<FastSet<String>> = OnceLock::new();
    let set = FIRST_WORDS.get_or_init(|| {
        let first = |key: &str| key.split([' ', ',']).next().unwrap_or("").to_string();
        let mut set = FastSet::default();
        set.extend(places::keys().filter(|k| k.contains([' ', ','])).map(first));
        set.extend(organizations::names().iter().filter(|k| k.contains(' ')).map(|k| first(k)));
        set.extend(names::multiword_person_nouns().map(first));
        set
    });
    set.contains(word) || set.contains(&word.to_lowercase()) || (is_all_caps(word) && set.contains(&title_case(word)))
}

/// True when some key of `sorted` is longer than `prefix` and starts with it.
fn has_longer(sorted: &[&str], prefix: &str) -> bool {
    let at = sorted.partition_point(|k| *k < prefix);
    sorted[at..].iter().take(2).any(|k| k.len() > prefix.len() && k.starts_with(prefix))
}

/// True when some multiword place, organisation or title goes on after `key` (a name as the
/// text writes it; for titles, `lower` is its lower case): longer lookups are worth trying.
pub(crate) fn goes_on(key: &str, lower: &str) -> bool {
    places::has_longer(key)
        || has_longer(organizations::sorted(), key)
        || has_longer(names::sorted_multiword_nouns(), lower)
}

/// True for a word of two letters or more with no lower-case letter: "NATO", "U.S.".
pub(crate) fn is_all_caps(word: &str) -> bool {
    word.len() > 1 && word.chars().all(|c| !c.is_lowercase())
}

/// "NEW YORK" → "New York": how ALL-CAPS text is looked up.
pub(crate) fn title_case(words: &str) -> String {
    words
        .split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text with curly apostrophes made straight, for lookups.
pub(crate) fn normalize(word: &str) -> Cow<'_, str> {
    // Most words are ASCII: no curly apostrophe, no invisible character.
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    match visible(word) {
        Cow::Borrowed(w) if !w.contains('’') => Cow::Borrowed(w),
        w => Cow::Owned(w.replace('’', "'")),
    }
}

/// `word` as a reader sees it: without the invisible characters inside it
/// ([`is_invisible_in_word`]: soft hyphens, zero-width joiners).
pub(crate) fn visible(word: &str) -> Cow<'_, str> {
    if !word.is_ascii() && word.contains(is_invisible_in_word) {
        Cow::Owned(word.chars().filter(|&c| !is_invisible_in_word(c)).collect())
    } else {
        Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded table must be sorted for `Table` to find its keys.
    #[test]
    fn embedded_tables_are_sorted_and_searchable() {
        for (name, table) in places::tables().into_iter().chain(names::tables()).chain(words::tables()) {
            let keys: Vec<&str> = table.iter().map(|(k, _)| k).collect();
            assert!(!keys.is_empty(), "{name} is empty");
            for pair in keys.windows(2) {
                assert!(pair[0] < pair[1], "{name}: {:?} before {:?}", pair[0], pair[1]);
            }
            for key in keys {
                assert!(table.contains(key), "{name}: {key} not found");
            }
        }
    }

    /// A word is looked up as a reader sees it: curly apostrophes straight, invisible characters
    /// gone; an ASCII word as it is, without a copy.
    #[test]
    fn lookup_form_of_a_word() {
        assert!(matches!(normalize("Trump's"), Cow::Borrowed("Trump's")));
        assert_eq!(normalize("Trump’s"), "Trump's");
        assert_eq!(normalize("Wa\u{AD}shing\u{AD}ton’s"), "Washington's");
        assert_eq!(visible("Wa\u{AD}shington’s"), "Washington’s");
        assert!(matches!(visible("Zürich"), Cow::Borrowed("Zürich")));
    }

    /// Every hand-written data file reads whole: a bad row would stop the first lookup.
    #[test]
    fn every_data_file_reads() {
        assert!(cue_verb("said").is_some() && !cue_phrases().is_empty());
        assert!(person_noun("official").is_some() && name_head("Forum").is_some());
        assert!(is_known_organization("NATO") && word_class("the").is_some() && word_sets("in") != WordSets::EMPTY);
        assert!(is_common_word("houses"), "data/suffixes.tsv");
    }

    /// The lookups of several words try no more than [`MAX_KEY_TOKENS`] and
    /// [`MAX_TITLE_TOKENS`] tokens: no entry may be longer.
    #[test]
    fn no_entry_is_longer_than_the_longest_lookup() {
        let tokens = |key: &str| crate::segment::Segmentation::new(key).tokens.len();
        for key in places::keys().chain(organizations::names().iter().copied()) {
            assert!(tokens(key) <= MAX_KEY_TOKENS, "{key:?} has more than {MAX_KEY_TOKENS} tokens");
        }
        for words in names::multiword_person_nouns() {
            assert!(tokens(words) <= MAX_TITLE_TOKENS, "{words:?} has more than {MAX_TITLE_TOKENS} tokens");
        }
    }

    #[test]
    fn all_caps_and_title_case() {
        assert!(is_all_caps("NATO") && is_all_caps("U.S.") && !is_all_caps("A") && !is_all_caps("Nato"));
        assert_eq!(title_case("NEW YORK"), "New York");
        assert!(starts_multiword("New") && starts_multiword("NEW") && !starts_multiword("Rutte"));
    }
}
