//! Cue verbs (`data/cues.tsv`) and multiword cues (`data/cue_phrases.tsv`): the words that mark
//! an attribution.

use std::sync::OnceLock;

use super::fast_hash::FastMap;
use crate::rows::{data_file, rows, Row};

/// What a cue reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum CueClass {
    /// A verb of saying ("said", "stressed", "according to").
    Speech,
    /// Belief, perception, intention or finding ("believes", "found", "shows").
    Thought,
}

/// The inflection of a cue verb form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum VerbForm {
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
pub(crate) struct CueVerb {
    /// The verb's dictionary form, e.g. `say`.
    pub lemma: &'static str,
    /// What the verb reports.
    pub class: CueClass,
    /// True when content follows the verb only as "that …", a quotation or after a colon
    /// ("agreed that …", not "agreed on a date").
    pub clause_only: bool,
    /// Its subject is nearly always a person or an organisation: "Caddell said".
    pub saying: bool,
    /// The person spoken to may stand before the content: "told reporters that …".
    pub listener: bool,
    /// Its content may be an infinitive: "wants to …".
    pub intention: bool,
    /// A belief whose content may be a bare noun phrase, the position taken: "endorsed Cruz",
    /// "opposes the ban".
    pub stance: bool,
    /// Its content may be an object and what it is taken for, after "as": "sees Cruz as a
    /// uniter", "regard the plan as dead".
    pub regard: bool,
    /// Its subject is what it says something of, and no one holds it: "Trump seemed to win".
    pub raising: bool,
    /// Which inflection this form is.
    pub form: VerbForm,
}

/// Where the parts of an attribution stand around a multiword cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum PhraseRole {
    /// The source follows the cue: "according to X".
    SourceAfter,
    /// The phrase works like a cue verb: "X pointed out that …".
    Verb,
    /// The phrase follows a cue verb and is part of its cue: "X said in a statement …".
    Adjunct,
}

/// A multiword cue.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct CuePhrase {
    /// Its words in lower case.
    pub words: Vec<&'static str>,
    /// What the phrase reports.
    pub class: CueClass,
    /// How the phrase combines with source and content.
    pub role: PhraseRole,
}

fn class(row: &Row) -> CueClass {
    row.parse(1, "cue class", |c| match c {
        "speech" => Some(CueClass::Speech),
        "thought" => Some(CueClass::Thought),
        _ => None,
    })
}

fn verbs() -> &'static FastMap<&'static str, CueVerb> {
    static VERBS: OnceLock<FastMap<&'static str, CueVerb>> = OnceLock::new();
    VERBS.get_or_init(|| {
        let mut map = FastMap::default();
        let (file, text) = data_file!("cues.tsv");
        for row in rows(file, text) {
            let clause_only = row.parse(2, "complement", |c| match c {
                "clause" => Some(true),
                "any" => Some(false),
                _ => None,
            });
            let traits: Vec<&str> = row.col(3).split(',').filter(|t| *t != "-").collect();
            if let Some(unknown) =
                traits.iter().find(|t| !["saying", "listener", "intention", "stance", "regard", "raising"].contains(t))
            {
                row.bad(&format!("unknown trait {unknown:?}"));
            }
            let forms: Vec<&str> = row.col(4).split(' ').collect();
            if forms.len() < 4 || forms[0] != row.col(0) || !forms[forms.len() - 1].ends_with("ing") {
                row.bad("the forms are base (the lemma), -s, past, [participle,] -ing");
            }
            let last = forms.len() - 1;
            for (i, &word) in forms.iter().enumerate() {
                let form = match i {
                    0 => VerbForm::Base,
                    1 => VerbForm::ThirdPerson,
                    2 => VerbForm::Past,
                    _ if i == last => VerbForm::Gerund,
                    _ => VerbForm::Participle,
                };
                map.entry(word).or_insert(CueVerb {
                    lemma: row.col(0),
                    class: class(&row),
                    clause_only,
                    saying: traits.contains(&"saying"),
                    listener: traits.contains(&"listener"),
                    intention: traits.contains(&"intention"),
                    stance: traits.contains(&"stance"),
                    regard: traits.contains(&"regard"),
                    raising: traits.contains(&"raising"),
                    form,
                });
            }
        }
        map
    })
}

/// The cue verb `word` (lower case) is a form of.
pub(crate) fn cue_verb(word: &str) -> Option<CueVerb> {
    verbs().get(word).copied()
}

/// Every multiword cue, in the order of `data/cue_phrases.tsv`.
pub(crate) fn cue_phrases() -> &'static [CuePhrase] {
    static PHRASE_LIST: OnceLock<Vec<CuePhrase>> = OnceLock::new();
    PHRASE_LIST.get_or_init(|| {
        let (file, text) = data_file!("cue_phrases.tsv");
        rows(file, text)
            .map(|row| CuePhrase {
                words: row.col(0).split(' ').collect(),
                class: class(&row),
                role: row.parse(2, "cue phrase role", |r| match r {
                    "source-after" => Some(PhraseRole::SourceAfter),
                    "verb" => Some(PhraseRole::Verb),
                    "adjunct" => Some(PhraseRole::Adjunct),
                    _ => None,
                }),
            })
            .collect()
    })
}

/// The multiword cues whose first word is `word` (lower case), longest first. (A token's
/// [`Lex::starts_cue_phrase`](super::features::Lex) says whether there are any.)
pub(crate) fn cue_phrases_starting_with(word: &str) -> &'static [&'static CuePhrase] {
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

/// Every cue verb form with what it is, in no particular order: for tests that reach each one.
#[cfg(test)]
pub(crate) fn cue_verbs() -> impl Iterator<Item = (&'static str, CueVerb)> {
    verbs().iter().map(|(&w, &c)| (w, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        let said = cue_verb("said").unwrap();
        assert_eq!(
            (said.lemma, said.class, said.clause_only, said.form),
            ("say", CueClass::Speech, false, VerbForm::Past)
        );
        assert!(said.saying && !said.listener && !said.intention);
        assert!(cue_verb("told").unwrap().listener);
        assert!(cue_verb("wants").unwrap().intention);
        assert!(cue_verb("continued").unwrap().clause_only);
        assert_eq!(cue_verb("wrote").unwrap().form, VerbForm::Past);
        assert_eq!(cue_verb("written").unwrap().form, VerbForm::Participle);
        assert_eq!(cue_verb("emphasises").unwrap().lemma, "emphasise");
        assert_eq!(cue_verb("believes").unwrap().class, CueClass::Thought);
        assert_eq!(cue_verb("sang"), None);
    }

    #[test]
    fn phrases_parse() {
        assert!(cue_phrases().iter().any(|p| p.words == ["according", "to"] && p.role == PhraseRole::SourceAfter));
        assert_eq!(cue_phrases_starting_with("according")[0].words, ["according", "to"]);
        assert!(cue_phrases_starting_with("rutte").is_empty());
    }
}
