//! Cue verbs and multiword cues: the words that mark an attribution.

use super::fast_hash::FastMap;
use std::sync::OnceLock;

/// What a cue reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueClass {
    /// A verb of saying ("said", "stressed", "according to").
    Speech,
    /// Belief, perception, intention or finding ("believes", "found", "shows").
    Thought,
}

/// The inflection of a cue verb form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerbForm {
    /// "say"
    Base,
    /// "says"
    ThirdPerson,
    /// "said" (past tense, possibly also the participle)
    Past,
    /// "written" (participle distinct from the past tense)
    Participle,
    /// "saying"
    Gerund,
}

/// A form of a cue verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CueVerb {
    /// The verb's dictionary form, e.g. `say`.
    pub lemma: &'static str,
    /// What the verb reports.
    pub class: CueClass,
    /// True when content follows the verb only as "that …", a quotation or after a colon
    /// ("agreed that …", not "agreed on a date").
    pub clause_only: bool,
    /// Which inflection this form is.
    pub form: VerbForm,
}

/// Where the parts of an attribution stand around a multiword cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhraseRole {
    /// The source follows the cue: "according to X".
    SourceAfter,
    /// The phrase works like a cue verb: "X pointed out that …".
    Verb,
    /// The phrase follows a cue verb and is part of its cue: "X said in a statement …".
    Adjunct,
}

/// A multiword cue.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CuePhrase {
    /// Its words in lower case.
    pub words: Vec<&'static str>,
    /// What the phrase reports.
    pub class: CueClass,
    /// How the phrase combines with source and content.
    pub role: PhraseRole,
}

const CUES: &str = include_str!("../../data/cues.tsv");
const PHRASES: &str = include_str!("../../data/cue_phrases.tsv");

fn data_lines(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

fn class(name: &str) -> CueClass {
    match name {
        "speech" => CueClass::Speech,
        "thought" => CueClass::Thought,
        other => panic!("cue class {other:?} in data/cues.tsv"),
    }
}

fn verbs() -> &'static FastMap<&'static str, CueVerb> {
    static VERBS: OnceLock<FastMap<&'static str, CueVerb>> = OnceLock::new();
    VERBS.get_or_init(|| {
        let mut map = FastMap::default();
        for cols in data_lines(CUES) {
            let (lemma, class) = (cols[0], class(cols[1]));
            let clause_only = match cols[2] {
                "clause" => true,
                "any" => false,
                other => panic!("complement {other:?} in data/cues.tsv"),
            };
            let forms: Vec<&str> = cols[3].split(' ').collect();
            let last = forms.len() - 1;
            for (i, &word) in forms.iter().enumerate() {
                let form = match i {
                    0 => VerbForm::Base,
                    1 => VerbForm::ThirdPerson,
                    2 => VerbForm::Past,
                    _ if i == last => VerbForm::Gerund,
                    _ => VerbForm::Participle,
                };
                map.entry(word).or_insert(CueVerb { lemma, class, clause_only, form });
            }
        }
        map
    })
}

/// The cue verb `word` (lower case) is a form of.
pub fn cue_verb(word: &str) -> Option<CueVerb> {
    verbs().get(word).copied()
}

/// Every cue verb form with what it is, in no particular order.
pub fn cue_verbs() -> impl Iterator<Item = (&'static str, CueVerb)> {
    verbs().iter().map(|(&w, &c)| (w, c))
}

/// Every multiword cue, in the order of `data/cue_phrases.tsv`.
pub fn cue_phrases() -> &'static [CuePhrase] {
    static PHRASE_LIST: OnceLock<Vec<CuePhrase>> = OnceLock::new();
    PHRASE_LIST.get_or_init(|| {
        data_lines(PHRASES)
            .map(|cols| CuePhrase {
                words: cols[0].split(' ').collect(),
                class: class(cols[1]),
                role: match cols[2] {
                    "source-after" => PhraseRole::SourceAfter,
                    "verb" => PhraseRole::Verb,
                    "adjunct" => PhraseRole::Adjunct,
                    other => panic!("cue phrase role {other:?} in data/cue_phrases.tsv"),
                },
            })
            .collect()
    })
}

/// The multiword cues whose first word is `word` (lower case), longest first.
pub fn cue_phrases_starting_with(word: &str) -> &'static [&'static CuePhrase] {
    static BY_FIRST: OnceLock<FastMap<&'static str, Vec<&'static CuePhrase>>> = OnceLock::new();
    let map = BY_FIRST.get_or_init(|| {
        let mut map: FastMap<&'static str, Vec<&'static CuePhrase>> = FastMap::default();
        for phrase in cue_phrases() {
            map.entry(phrase.words[0]).or_default().push(phrase);
        }
        for list in map.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        map
    });
    map.get(word).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        assert_eq!(
            cue_verb("said"),
            Some(CueVerb { lemma: "say", class: CueClass::Speech, clause_only: false, form: VerbForm::Past })
        );
        assert!(cue_verb("continued").unwrap().clause_only);
        assert_eq!(cue_verb("wrote").unwrap().form, VerbForm::Past);
        assert_eq!(cue_verb("written").unwrap().form, VerbForm::Participle);
        assert_eq!(cue_verb("emphasises").unwrap().lemma, "emphasise");
        assert_eq!(cue_verb("believes").unwrap().class, CueClass::Thought);
        assert_eq!(cue_verb("sang"), None);
    }

    #[test]
    fn every_lemma_has_all_its_forms() {
        for cols in data_lines(CUES) {
            let forms: Vec<&str> = cols[3].split(' ').collect();
            assert!(forms.len() >= 4, "{}: needs base, -s, past and -ing forms", cols[0]);
            assert_eq!(forms[0], cols[0], "the first form is the lemma");
            assert!(forms.last().unwrap().ends_with("ing"), "{}: the last form is the gerund", cols[0]);
        }
    }

    #[test]
    fn phrases_parse() {
        assert!(cue_phrases().iter().any(|p| p.words == ["according", "to"] && p.role == PhraseRole::SourceAfter));
        assert_eq!(cue_phrases_starting_with("according")[0].words, ["according", "to"]);
        assert!(cue_phrases_starting_with("rutte").is_empty());
    }
}
