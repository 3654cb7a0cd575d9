//! Function words (`data/function_words.tsv`), common English words, and "-ly" adverbs.

use std::sync::OnceLock;

use super::fast_hash::FastMap;
use super::sets::{word_sets, WordSet};
use super::table::{generated_table, Table};
use crate::analysis::Gender;
use crate::rows::{data_file, rows, Row};

/// The closed word class of a word; open-class words (nouns, verbs, adjectives) have none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum WordClass {
    /// "the", "a", "this", "some".
    Determiner,
    /// A personal pronoun: "he", "she", "they", "him".
    Pronoun {
        /// The gender it refers to: he/him → male, she/her → female, others unknown.
        gender: Gender,
        /// True for "they", "them", "we", "us".
        plural: bool,
        /// True for first and second person ("I", "we", "you"): never a reported source's
        /// antecedent outside a quotation.
        speaker_relative: bool,
    },
    /// A possessive determiner: "his", "her", "their", "its".
    PossessivePronoun,
    /// The possessive ending `’s`.
    Possessive,
    /// "in", "of", "at", "for", "with".
    Preposition,
    /// "and", "or", "but".
    Conjunction,
    /// "who", "which", "whom", "whose".
    Relative,
    /// "that", "because", "although", "if", "whether", "when", "while".
    Subordinator,
    /// "is", "was", "has", "will", "would", "did".
    Auxiliary,
    /// "not", "never".
    Negation,
    /// Adverbs that stand between a subject and its verb: "also", "later", "repeatedly".
    Adverb,
    /// "Monday", "yesterday", "January", "week": words of time, for "said on Monday".
    Time,
}

/// The class of a row of `data/function_words.tsv`.
fn class_of(row: &Row) -> WordClass {
    use WordClass::*;
    match row.col(1) {
        "pronoun" => Pronoun {
            gender: row.parse(2, "gender", |g| match g {
                "m" => Some(Gender::Male),
                "f" => Some(Gender::Female),
                "-" => Some(Gender::Unknown),
                _ => None,
            }),
            plural: row.parse(3, "number", |n| match n {
                "singular" => Some(false),
                "plural" => Some(true),
                _ => None,
            }),
            speaker_relative: row.parse(4, "person", |p| match p {
                "first" | "second" => Some(true),
                "third" => Some(false),
                _ => None,
            }),
        },
        _ => row.parse(1, "word class", |c| {
            Some(match c {
                "determiner" => Determiner,
                "possessive-pronoun" => PossessivePronoun,
                "preposition" => Preposition,
                "conjunction" => Conjunction,
                "relative" => Relative,
                "subordinator" => Subordinator,
                "auxiliary" => Auxiliary,
                "negation" => Negation,
                "adverb" => Adverb,
                "time" => Time,
                _ => return None,
            })
        }),
    }
}

/// The closed class of `word` (lower case, apostrophes straight).
pub(crate) fn word_class(word: &str) -> Option<WordClass> {
    static CLASSES: OnceLock<FastMap<&'static str, WordClass>> = OnceLock::new();
    let classes = CLASSES.get_or_init(|| {
        let (file, text) = data_file!("function_words.tsv");
        let mut classes = FastMap::default();
        classes.insert("'s", WordClass::Possessive);
        for row in rows(file, text) {
            if classes.insert(row.col(0), class_of(&row)).is_some() {
                row.bad("the word has a class already");
            }
        }
        classes
    });
    classes.get(word).copied()
}

static COMMON_WORDS: Table = generated_table!("common_words.txt");

/// Inflections stripped before looking a word up (`data/suffixes.tsv`): the generator leaves out
/// of the list every word these rules reduce to a listed word.
fn suffixes() -> &'static [(&'static str, &'static str)] {
    static SUFFIXES: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    SUFFIXES.get_or_init(|| {
        let (file, text) = data_file!("suffixes.tsv");
        rows(file, text).map(|row| (row.col(0), if row.col(1) == "-" { "" } else { row.col(1) })).collect()
    })
}

/// The shortest stem an inflection may leave (`data/suffixes.tsv`): "sing" is not "s" + "ing".
const MIN_STEM: usize = 3;

/// True when `word` (lower case) is a common English word (SCOWL sizes 10–35), inflections
/// included.
pub(crate) fn is_common_word(word: &str) -> bool {
    if COMMON_WORDS.contains(word) {
        return true;
    }
    let mut base = String::with_capacity(word.len());
    suffixes().iter().any(|(suffix, replacement)| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            base.clear();
            base.push_str(stem);
            base.push_str(replacement);
            stem.len() >= MIN_STEM && COMMON_WORDS.contains(&base)
        })
    })
}

/// From this length on, a word in "-ly" is an adverb whatever its stem: "egregiously".
const LONG_LY_WORD: usize = 9;

/// True for an adverb made with "-ly" from a word (lower case): "quickly", "happily",
/// "basically" — not "rally", "family", "supply", nor the adjectives made from nouns ("the early
/// hours", "a costly war", "weekly talks").
pub(crate) fn is_ly_adverb(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ly") else { return false };
    if word_sets(word).contains(WordSet::NotLyAdverb) {
        return false;
    }
    word.len() >= LONG_LY_WORD
        || stem.len() >= MIN_STEM
            && (is_common_word(stem)
                || stem.strip_suffix('i').is_some_and(|s| is_common_word(&format!("{s}y")))
                || stem.strip_suffix("al").is_some_and(is_common_word)
                || is_common_word(&format!("{stem}le")))
}

/// The sorted tables of this module, for the sortedness test.
#[cfg(test)]
pub(crate) fn tables() -> Vec<(&'static str, &'static Table)> {
    vec![("common_words", &COMMON_WORDS)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(word_class("the"), Some(WordClass::Determiner));
        assert!(matches!(word_class("she"), Some(WordClass::Pronoun { gender: Gender::Female, .. })));
        assert!(matches!(word_class("we"), Some(WordClass::Pronoun { plural: true, speaker_relative: true, .. })));
        assert_eq!(word_class("'s"), Some(WordClass::Possessive));
        assert_eq!(word_class("rutte"), None);
        assert!(is_common_word("consult"));
        assert!(is_common_word("abandoned") && is_common_word("cities") && is_common_word("headed"));
        assert!(!is_common_word("rutte"));
    }

    #[test]
    fn adverbs_by_their_ending() {
        for adverb in ["quickly", "happily", "basically", "sarcastically", "gently"] {
            assert!(is_ly_adverb(adverb), "{adverb}");
        }
        for noun in ["rally", "family", "supply", "assembly", "ally", "italy"] {
            assert!(!is_ly_adverb(noun), "{noun}");
        }
    }
}
