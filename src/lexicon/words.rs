//! Closed-class words (determiners, pronouns, prepositions, auxiliaries…) and common words.

use super::names::Gender;
use super::table::Table;

/// The closed word class of a word; open-class words (nouns, verbs, adjectives) have none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// "the", "a", "this", "some".
    Determiner,
    /// A personal pronoun that can be a subject or object: "he", "she", "they", "him".
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

/// The closed class of `word` (lower case).
pub fn word_class(word: &str) -> Option<WordClass> {
    use WordClass::*;
    let pronoun = |gender, plural, speaker_relative| Some(Pronoun { gender, plural, speaker_relative });
    match word {
        "the" | "a" | "an" | "this" | "these" | "those" | "some" | "any" | "no" | "every" | "each" | "all" | "both"
        | "another" | "several" | "many" | "few" | "most" | "such" | "either" | "neither" | "other" => Some(Determiner),
        "he" | "him" | "himself" => pronoun(Gender::Male, false, false),
        "she" | "herself" => pronoun(Gender::Female, false, false),
        "they" | "them" | "themselves" => pronoun(Gender::Unknown, true, false),
        "it" | "itself" => pronoun(Gender::Unknown, false, false),
        "i" | "me" | "myself" | "you" | "yourself" => pronoun(Gender::Unknown, false, true),
        "we" | "us" | "ourselves" | "yourselves" => pronoun(Gender::Unknown, true, true),
        "his" | "her" | "their" | "its" | "my" | "our" | "your" => Some(PossessivePronoun),
        "'s" => Some(Possessive),
        "in" | "on" | "at" | "of" | "for" | "with" | "by" | "from" | "to" | "about" | "into" | "onto" | "over"
        | "under" | "after" | "before" | "during" | "through" | "across" | "against" | "among" | "amid" | "between"
        | "without" | "within" | "near" | "despite" | "including" | "like" | "via" | "per" | "toward" | "towards"
        | "upon" | "than" | "around" | "behind" | "beyond" | "inside" | "outside" | "throughout" | "until"
        | "amongst" | "regarding" | "concerning" | "following" | "ahead" | "off" | "out" => Some(Preposition),
        "and" | "or" | "but" | "nor" | "yet" | "&" => Some(Conjunction),
        "who" | "whom" | "whose" | "which" => Some(Relative),
        "that" | "because" | "although" | "though" | "if" | "whether" | "when" | "while" | "where" | "unless"
        | "since" | "as" | "once" | "whereas" | "how" | "why" | "what" => Some(Subordinator),
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" | "has" | "have" | "had" | "having" | "do"
        | "does" | "did" | "will" | "would" | "shall" | "should" | "can" | "could" | "may" | "might" | "must"
        | "'re" | "'ve" | "'ll" | "'d" => Some(Auxiliary),
        "not" | "never" | "n't" => Some(Negation),
        "also" | "later" | "previously" | "repeatedly" | "recently" | "again" | "reportedly" | "then" | "still"
        | "already" | "just" | "even" | "often" | "always" | "further" | "publicly" | "privately" | "earlier"
        | "first" | "initially" | "subsequently" | "finally" | "separately" | "similarly" | "likewise"
        | "frequently" | "openly" | "explicitly" | "specifically" | "flatly" | "simply" | "only" | "now" | "too"
        | "quickly" | "immediately" | "formally" | "officially" | "allegedly" | "apparently" | "clearly"
        | "bluntly" | "directly" | "angrily" | "firmly" | "strongly" | "quietly" | "loudly" | "softly" | "proudly"
        | "forcefully" => Some(Adverb),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "yesterday" | "today"
        | "tonight" | "tomorrow" | "morning" | "afternoon" | "evening" | "night" | "week" | "weekend" | "month"
        | "year" | "january" | "february" | "march" | "april" | "june" | "july" | "august" | "september"
        | "october" | "november" | "december" | "jan." | "feb." | "aug." | "sept." | "sep." | "oct." | "nov."
        | "dec." | "last" => Some(Time),
        _ => None,
    }
}

static COMMON_WORDS: Table = Table::new(include_str!("../../data/generated/common_words.txt"));

/// Inflections stripped before looking a word up: the generator leaves out of the list every
/// word these rules reduce to a listed word (`SUFFIXES` in `scripts/gen_lexicons.py`).
const SUFFIXES: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("ly", ""),
    ("er", ""),
    ("est", ""),
];

/// True when `word` (lower case) is a common English word (SCOWL sizes 10–35), inflections
/// included.
pub fn is_common_word(word: &str) -> bool {
    if COMMON_WORDS.contains(word) {
        return true;
    }
    let mut base = String::with_capacity(word.len());
    SUFFIXES.iter().any(|(suffix, replacement)| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            base.clear();
            base.push_str(stem);
            base.push_str(replacement);
            stem.len() >= 3 && COMMON_WORDS.contains(&base)
        })
    })
}

/// The sorted tables of this module, for the sortedness test.
/// True for an adverb made with "-ly" from a word (lower case): "quickly", "happily", "basically" — not
/// "rally", "family", "supply", nor the adjectives made from nouns ("the early hours", "a
/// costly war", "weekly talks").
pub fn is_ly_adverb(word: &str) -> bool {
    const NOT_ADVERBS: &[&str] = &[
        // Nouns and verbs.
        "supply",
        "assembly",
        "reply",
        "apply",
        "comply",
        "imply",
        "multiply",
        "rally",
        "tally",
        "ally",
        "belly",
        "bully",
        "jelly",
        "family",
        "italy",
        "anomaly",
        // Adjectives.
        "early",
        "elderly",
        "friendly",
        "unfriendly",
        "lonely",
        "lovely",
        "likely",
        "unlikely",
        "costly",
        "deadly",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "hourly",
        "nightly",
        "quarterly",
        "orderly",
        "disorderly",
        "timely",
        "untimely",
        "lively",
        "worldly",
        "scholarly",
        "cowardly",
        "ghostly",
        "homely",
        "lowly",
        "stately",
        "motherly",
        "fatherly",
        "brotherly",
        "sisterly",
        "heavenly",
        "earthly",
        "sickly",
        "leisurely",
        "manly",
        "bodily",
        "ugly",
        "silly",
        "monopoly",
        "oligopoly",
        "butterfly",
        "dragonfly",
        "melancholy",
        "underbelly",
        "neighborly",
        "grandfatherly",
    ];
    let Some(stem) = word.strip_suffix("ly").filter(|_| !NOT_ADVERBS.contains(&word)) else { return false };
    // Long words in "-ly" are adverbs whatever their stem: "egregiously", "unequivocally".
    word.len() >= 9
        || stem.len() >= 3
            && (is_common_word(stem)
                || stem.strip_suffix('i').is_some_and(|s| is_common_word(&format!("{s}y")))
                || stem.strip_suffix("al").is_some_and(is_common_word)
                || is_common_word(&format!("{stem}le")))
}

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
