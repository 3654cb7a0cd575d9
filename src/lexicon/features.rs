//! The lexical features of the tokens: every lookup runs once per distinct word, and later
//! stages read the features instead of searching lists.

use std::cell::RefCell;
use std::rc::Rc;

use super::fast_hash::FastMap;
use super::{
    cue_phrases_starting_with, cue_verb, demonym, first_name, is_common_word, is_known_organization, is_ly_adverb,
    name_head, person_noun, place, starts_multiword, title_case, word_class, word_sets, CueVerb, HeadKind, PersonNoun,
    WordClass, WordSets,
};
use crate::analysis::{Gender, Place};
use crate::segment::{Segmentation, Shape, TokenKind};

/// What the lexicons say about one word.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lex {
    /// The word in lower case, with curly apostrophes made straight.
    pub lower: String,
    /// The letter-case shape of the word (`None` for punctuation and numbers).
    pub shape: Option<Shape>,
    /// The closed word class of the word, if it has one.
    pub class: Option<WordClass>,
    /// The named word sets the word (in lower case) is in.
    pub sets: WordSets,
    /// The cue verb the word is a form of.
    pub cue: Option<CueVerb>,
    /// The gender of the first name the word is, if it is one (ALL-CAPS words in Title Case).
    pub first_name: Option<Gender>,
    /// The person noun the word (in lower case) is, plurals included: "official", "senators".
    pub person_noun: Option<PersonNoun>,
    /// What a capitalised name ending with this word names: "Forum", "Square", "Festival".
    pub head: Option<HeadKind>,
    /// The place a demonym refers to: "Ukrainian" → "Ukraine".
    pub demonym: Option<&'static str>,
    /// The gazetteer entry the word names on its own, as written ("Kyiv", "U.S.").
    pub place: Option<Place>,
    /// For an ALL-CAPS word, the gazetteer entry it names in Title Case ("RUSSIA" → "Russia").
    pub place_in_caps: Option<Place>,
    /// The word on its own is a well-known organisation (in Title Case too, for ALL CAPS).
    pub organization: Organization,
    /// True when the word starts a multiword place, organisation or title, so that longer
    /// lookups are worth trying.
    pub multiword: bool,
    /// For a capitalised word: true when its lower-case form is a common English word. Always
    /// true for a lower-case word (in running text it is no name, whatever it is).
    pub common: bool,
    /// True when the word (in lower case) is the first of a multiword cue: "according", "in".
    pub starts_cue_phrase: bool,
    /// For a capitalised word: true when it is a compound that describes someone or something
    /// ("Oscar-winner", "Shanghai-based"), no part of a name.
    pub describes: bool,
}

impl Lex {
    /// True for a first name that is no common word: "Alia", "Chelsea" — not "Mark", "Will".
    pub(crate) fn is_rare_first_name(&self) -> bool {
        self.first_name.is_some() && !self.common
    }

    /// The features of a token of kind `kind` whose text is `word`.
    fn of(written: &str, kind: TokenKind) -> Lex {
        let word: &str = &super::visible(written);
        let lower = super::normalize(word).to_lowercase();
        match kind {
            TokenKind::Word => {
                let shape = Shape::of(word);
                // ALL-CAPS text is looked up in Title Case: "MARK" as "Mark".
                let upper = shape == Shape::Upper;
                let title = || title_case(word);
                let capitalized = shape.is_capitalized();
                Lex {
                    shape: Some(shape),
                    // Open-class adverbs ("quickly", "egregiously") by their ending, in lower case
                    // only: "Kelly" and "Reilly" are names.
                    class: word_class(&lower)
                        .or_else(|| (shape == Shape::Lower && is_ly_adverb(&lower)).then_some(WordClass::Adverb)),
                    sets: word_sets(&lower),
                    cue: cue_verb(&lower),
                    first_name: if capitalized {
                        first_name(word).or_else(|| if upper { first_name(&title()) } else { None })
                    } else {
                        None
                    },
                    person_noun: person_noun(&lower),
                    head: name_head(word),
                    demonym: demonym(word),
                    // Names of places and organisations start with a capital.
                    place: if capitalized { place(&super::normalize(word)) } else { None },
                    place_in_caps: if upper { place(&title()) } else { None },
                    organization: Organization {
                        as_written: capitalized && is_known_organization(&super::normalize(word)),
                        in_caps: upper && is_known_organization(&title()),
                    },
                    multiword: starts_multiword(&super::normalize(word)),
                    common: !capitalized || is_common_word(&lower),
                    starts_cue_phrase: !cue_phrases_starting_with(&lower).is_empty(),
                    describes: capitalized && is_descriptive_compound(word),
                    lower,
                }
            }
            TokenKind::Possessive => Lex { class: Some(WordClass::Possessive), lower, ..Lex::default() },
            _ => Lex { sets: word_sets(&lower), lower, ..Lex::default() },
        }
    }
}

/// The endings of the last part of a compound in which a capitalised word describes someone or
/// something, after a stem of three letters or more: "Oscar-winner", "Oscar-winning",
/// "Shanghai-based", "Harvard-educated".
const DESCRIPTIVE_SUFFIXES: &[&str] = &["ed", "ing", "er"];

/// Last parts of such compounds that are words of their own: "Texas-born", "Saudi-led".
const DESCRIPTIVE_WORDS: &[&str] = &["born", "led", "run", "made", "built", "like", "style"];

/// True when `word` is a capitalised compound whose last part is an English participle, agent
/// noun or the like ("Oscar-winner", "Shanghai-based"): a description, not part of a name (not
/// "Kim Jong-un", "Lam Cheuk-ting", whose lower-case parts are syllables of a given name).
fn is_descriptive_compound(word: &str) -> bool {
    let hyphen = word.as_bytes().iter().rposition(|&b| b == b'-');
    hyphen.is_some_and(|h| {
        let last = &word[h + 1..];
        h > 0
            && last.chars().all(|c| c.is_ascii_lowercase())
            && (DESCRIPTIVE_WORDS.contains(&last)
                || DESCRIPTIVE_SUFFIXES.iter().any(|end| last.len() >= end.len() + 3 && last.ends_with(end))
                    && is_common_word(last))
    })
}

/// Whether a word on its own names a well-known organisation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Organization {
    /// As written: "NATO".
    pub as_written: bool,
    /// In Title Case, for an ALL-CAPS word: "INTERPOL" → "Interpol".
    pub in_caps: bool,
}

/// The features of every token: one [`Lex`] per distinct word, and each token's word.
#[derive(Clone, Debug, Default)]
pub(crate) struct Lexicon {
    /// The features of each distinct word, in order of first occurrence.
    words: Vec<Rc<Lex>>,
    /// For each token, the index of its word in `words`.
    of_token: Vec<u32>,
}

/// The most distinct words of a text made room for before they are met: an article's.
const MAX_RESERVED_WORDS: usize = 2048;

/// The features of the words met so far in this thread: the lexicons are looked up once per
/// word, not once per text, so that a stream of articles (or a page analysing as one types)
/// spends its time on what is new.
///
/// A word's features depend on its text alone: the tokenizer gives the same text the same kind,
/// but for "-", a dash or a hyphen, whose features are the same.
#[derive(Default)]
struct WordCache {
    words: FastMap<Box<str>, Rc<Lex>>,
}

/// The most words the cache keeps; past it, it starts again empty (a few megabytes).
const MAX_CACHED_WORDS: usize = 40_000;

impl WordCache {
    fn features(&mut self, word: &str, kind: TokenKind) -> Rc<Lex> {
        if let Some(lex) = self.words.get(word) {
            return Rc::clone(lex);
        }
        if self.words.len() >= MAX_CACHED_WORDS {
            self.words.clear();
        }
        let lex = Rc::new(Lex::of(word, kind));
        self.words.insert(Box::from(word), Rc::clone(&lex));
        lex
    }
}

thread_local! {
    static CACHE: RefCell<WordCache> = RefCell::new(WordCache::default());
}

impl Lexicon {
    /// Looks up every token of `seg` in the lexicons, each distinct word once; a word met in
    /// an earlier text of the same thread comes from the cache of words.
    pub(crate) fn annotate(text: &str, seg: &Segmentation) -> Lexicon {
        // An article has about one distinct word for every two or three tokens; a long text
        // repeats its words, and grows the map past this as it needs.
        let distinct = (seg.tokens.len() / 2).min(MAX_RESERVED_WORDS);
        let mut seen: FastMap<&str, u32> = FastMap::with_capacity_and_hasher(distinct, Default::default());
        let mut words = Vec::with_capacity(distinct);
        let mut of_token = Vec::with_capacity(seg.tokens.len());
        CACHE.with_borrow_mut(|cache| {
            for t in &seg.tokens {
                let word = t.span().text(text);
                let id = *seen.entry(word).or_insert_with(|| {
                    words.push(cache.features(word, t.kind));
                    (words.len() - 1) as u32
                });
                of_token.push(id);
            }
        });
        Lexicon { words, of_token }
    }

    /// The number of distinct words (as written) of the text.
    pub(crate) fn distinct_words(&self) -> usize {
        self.words.len()
    }

    /// The index of token `i`'s word among the text's distinct words (`0..distinct_words()`).
    pub(crate) fn word_id(&self, i: usize) -> usize {
        self.of_token[i] as usize
    }

    /// Reads word `word` (an index of [`Lexicon::word_id`]) as having no word class from here
    /// on, in this text only: a function word that the text uses as a name ("May" in an article
    /// about Theresa May).
    pub(crate) fn forget_class(&mut self, word: usize) {
        Rc::make_mut(&mut self.words[word]).class = None;
    }

    /// The features of token `i`; past the last token, those of no word (empty, no class).
    pub(crate) fn get(&self, i: usize) -> &Lex {
        static NOTHING: Lex = Lex {
            lower: String::new(),
            shape: None,
            class: None,
            sets: WordSets::EMPTY,
            cue: None,
            first_name: None,
            person_noun: None,
            head: None,
            demonym: None,
            place: None,
            place_in_caps: None,
            organization: Organization { as_written: false, in_caps: false },
            multiword: false,
            common: false,
            starts_cue_phrase: false,
            describes: false,
        };
        self.of_token.get(i).map_or(&NOTHING, |&w| &self.words[w as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::WordSet;

    #[test]
    fn annotate_reads_every_list() {
        let text = "Mark said the Ukrainian officials near the Forum. MARK";
        let seg = Segmentation::new(text);
        let lex = Lexicon::annotate(text, &seg);
        assert_eq!(lex.get(0).first_name, Some(Gender::Male));
        assert_eq!(lex.get(1).cue.map(|c| c.lemma), Some("say"));
        assert_eq!(lex.get(2).class, Some(WordClass::Determiner));
        assert!(lex.get(2).common);
        assert_eq!(lex.get(3).demonym, Some("Ukraine"));
        assert!(lex.get(4).person_noun.is_some_and(|n| n.group == "official"), "{:?}", lex.get(4).person_noun);
        assert!(lex.get(5).sets.contains(WordSet::Locative));
        assert_eq!(lex.get(7).head, Some(HeadKind::Organization));
        assert_eq!(lex.get(9).first_name, Some(Gender::Male), "ALL-CAPS words in Title Case");
        assert_eq!(lex.get(99).lower, "", "past the end: no word");
        let text = "According to Mark, in a statement";
        let seg = Segmentation::new(text);
        let lex = Lexicon::annotate(text, &seg);
        let starts: Vec<bool> = (0..seg.tokens.len()).map(|i| lex.get(i).starts_cue_phrase).collect();
        assert_eq!(starts, [true, false, false, false, true, false, false], "\"according to\", \"in a statement\"");
    }
}
