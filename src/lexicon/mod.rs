//! Embedded word lists, and the lexical features they give each token.
//!
//! The lists are data files under `data/` (hand-written) and `data/generated/` (made by
//! `scripts/gen_lexicons.py` from openly licensed packages; see `data/generated/SOURCES.md`).
//! Each is embedded with `include_str!` and searched in place ([`Table`]) or, for the small
//! hand-written ones, parsed once into a hash map.
//!
//! [`annotate`] runs every lookup once per token, so that later stages read features instead
//! of searching lists.

mod cues;
mod fast_hash;
mod heads;
mod names;
mod organizations;
mod places;
mod table;
mod words;

pub use cues::{
    cue_phrases, cue_phrases_starting_with, cue_verb, cue_verbs, CueClass, CuePhrase, CueVerb, PhraseRole, VerbForm,
};
pub use fast_hash::{FastMap, FastSet};
pub use heads::{name_head, HeadKind};
pub use names::{first_name, person_noun, person_nouns, Gender, PersonNoun, TitleUse};
pub use organizations::is_known_organization;
pub use places::{demonym, place, Place, PlaceKind};
pub use table::Table;
pub use words::{is_common_word, is_ly_adverb, word_class, WordClass};

use std::sync::OnceLock;

use crate::segment::{Segmentation, Shape, TokenKind};

/// What the lexicons say about one token.
#[derive(Clone, Debug, Default)]
pub struct Lex {
    /// The token in lower case, with curly apostrophes made straight.
    pub lower: String,
    /// The letter-case shape of the token.
    pub shape: Option<Shape>,
    /// The closed word class of the token, if it has one.
    pub class: Option<WordClass>,
    /// The cue verb the token is a form of.
    pub cue: Option<CueVerb>,
    /// The gender of the first name the token is, if it is one.
    pub first_name: Option<Gender>,
    /// For a capitalised word: true when its lower-case form is a common English word. Always
    /// true for a lower-case word (in running text it is no name, whatever it is).
    pub common: bool,
}

/// Looks up every token of `seg` in the lexicons, each distinct word once.
pub fn annotate(text: &str, seg: &Segmentation) -> Vec<Lex> {
    let mut seen: FastMap<&str, usize> = FastMap::default();
    let mut lex: Vec<Lex> = Vec::with_capacity(seg.tokens.len());
    for t in &seg.tokens {
        let word = t.span.text(text);
        if let Some(&earlier) = seen.get(word) {
            lex.push(lex[earlier].clone());
            continue;
        }
        let lower = normalize(word).to_lowercase();
        let entry = match t.kind {
            TokenKind::Word => {
                let shape = Shape::of(word);
                Lex {
                    shape: Some(shape),
                    // Open-class adverbs ("quickly", "egregiously") by their ending, in lower case
                    // only: "Kelly" and "Reilly" are names.
                    class: word_class(&lower)
                        .or_else(|| (shape == Shape::Lower && is_ly_adverb(&lower)).then_some(WordClass::Adverb)),
                    cue: cue_verb(&lower),
                    first_name: if shape.is_capitalized() { first_name(word) } else { None },
                    common: !shape.is_capitalized() || is_common_word(&lower),
                    lower,
                }
            }
            TokenKind::Possessive => Lex { class: Some(WordClass::Possessive), lower, ..Lex::default() },
            _ => Lex { lower, ..Lex::default() },
        };
        seen.insert(word, lex.len());
        lex.push(entry);
    }
    lex
}

/// True when `word` (as written, apostrophes straightened) is the first word of a multiword
/// place, organisation or title: only then are longer keys worth looking up.
pub fn starts_multiword(word: &str) -> bool {
    static FIRST_WORDS: OnceLock<FastSet<String>> = OnceLock::new();
    let set = FIRST_WORDS.get_or_init(|| {
        let first = |key: &str| key.split([' ', ',']).next().unwrap_or("").to_string();
        let mut set = FastSet::default();
        set.extend(places::keys().filter(|k| k.contains([' ', ','])).map(first));
        set.extend(organizations::names().iter().filter(|k| k.contains(' ')).map(|k| first(k)));
        set.extend(names::person_nouns().filter(|n| n.words.contains(' ')).map(|n| first(n.words)));
        set
    });
    set.contains(word)
        || set.contains(&word.to_lowercase())
        || (word.len() > 1 && word.chars().all(|c| !c.is_lowercase()) && set.contains(&title_case(word)))
}

/// "NEW YORK" → "New York": how ALL-CAPS text is looked up.
pub fn title_case(words: &str) -> String {
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
pub fn normalize(word: &str) -> std::borrow::Cow<'_, str> {
    if word.contains('’') {
        std::borrow::Cow::Owned(word.replace('’', "'"))
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded table must be sorted for [`Table`] to find its keys.
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

    #[test]
    fn annotate_reads_every_list() {
        let text = "Mark said the Ukrainian";
        let seg = Segmentation::new(text);
        let lex = annotate(text, &seg);
        assert_eq!(lex[0].first_name, Some(Gender::Male));
        assert_eq!(lex[1].cue.map(|c| c.lemma), Some("say"));
        assert_eq!(lex[2].class, Some(WordClass::Determiner));
        assert!(lex[2].common);
        assert_eq!(demonym(seg.text(text, 3)), Some("Ukraine"));
    }
}
