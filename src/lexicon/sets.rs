//! Named sets of words (`data/word_sets.tsv`): the small vocabularies the rules test for, one bit
//! each, so that every token learns its sets once.

use std::sync::OnceLock;

use super::fast_hash::FastMap;
use crate::rows::{data_file, rows};

/// Declares [`WordSet`] with the names its rows carry in `data/word_sets.tsv`.
macro_rules! word_sets {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// A named set of words from `data/word_sets.tsv` (see the comment above each row there).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub(crate) enum WordSet {
            $($(#[$doc])* $variant,)*
        }

        impl WordSet {
            /// Every set, in declaration order.
            const ALL: &'static [WordSet] = &[$(WordSet::$variant,)*];

            /// The set's name in the data file.
            fn name(self) -> &'static str {
                match self {
                    $(WordSet::$variant => $name,)*
                }
            }
        }
    };
}

word_sets! {
    /// "he", "she", "they", "it", "we", "i", "you".
    SubjectPronoun = "subject-pronoun",
    /// "me", "us", "him", "her", "them", "you", "it".
    ObjectPronoun = "object-pronoun",
    /// "himself", "herself", "itself", "themselves".
    Reflexive = "reflexive",
    /// "who", "whom", "whose".
    PersonRelative = "person-relative",
    /// "who", "which".
    SubjectRelative = "subject-relative",
    /// "a", "an", "the".
    Article = "article",
    /// "the", "this", "that".
    Definite = "definite",
    /// "this", "that", "these", "those", "it", "such".
    Anaphoric = "anaphoric",
    /// "it", "there", "this", "that".
    Expletive = "expletive",
    /// "one", "some", "many" … before "of".
    Partitive = "partitive",
    /// "only", "nearly", "about" … before a quantity.
    Quantifier = "quantifier",
    /// "majority", "third", "handful" … after "a", with a plural verb.
    CollectiveNoun = "collective-noun",
    /// "one" to "nine".
    NumberWord = "number-word",
    /// "about", "against", "out" after a cue verb.
    CueParticle = "cue-particle",
    /// "and", "or", "nor" between names.
    NameJoin = "name-join",
    /// "and", "but".
    Coordinator = "coordinator",
    /// "continued", "began", "tried" … before "to" and the verb they carry on.
    Catenative = "catenative",
    /// "Democratic", "Republican" … before a noun phrase.
    PartyAdjective = "party-adjective",
    /// "began", "went", "held" …: past tenses not in "-ed".
    IrregularPast = "irregular-past",
    /// Forms of "be".
    Be = "be",
    /// Forms of "have".
    Have = "have",
    /// "in", "at", "near" … before a place.
    Locative = "locative",
    /// "in", "at", "from", "for", "with" after a person noun.
    RolePreposition = "role-preposition",
    /// Prepositions after the head of an appositive.
    AppositiveTail = "appositive-tail",
    /// "to", "with" before a listener.
    ListenerPreposition = "listener-preposition",
    /// Prepositions of place or time after a cue.
    PlaceTimePreposition = "place-time-preposition",
    /// Words that open a time expression.
    TimeOpener = "time-opener",
    /// "here", "back", "elsewhere" before the phrase of place or time that opens a sentence.
    PlaceAdverb = "place-adverb",
    /// "of", "for", "on" inside a name with a head word.
    NameConnector = "name-connector",
    /// "of", "for" opening the complement of a name's head.
    ComplementOpener = "complement-opener",
    /// Openers of a subordinate clause.
    SubordinateOpener = "subordinate-opener",
    /// "as", "when", "while" … after an attribution.
    TrailingClauseOpener = "trailing-clause-opener",
    /// Openers of an adverbial clause or phrase after a cue.
    AdverbialOpener = "adverbial-opener",
    /// "including", "as" after a comma.
    TailOpener = "tail-opener",
    /// Days of the week, "yesterday", "today", "tonight".
    Day = "day",
    /// "day", "week", "evening" …: the nouns of "The day before, …", "One month after …, …", "said that night".
    TimeNoun = "time-noun",
    /// "claim", "warning", "statement" …: a noun reporting speech before "that".
    NounCueSpeech = "noun-cue-speech",
    /// "belief", "view", "fear" …: a noun reporting a thought before "that".
    NounCueThought = "noun-cue-thought",
    /// "above", "below": after a participle, a pointer elsewhere in the text ("described above").
    CrossReference = "cross-reference",
    /// "later", "ago", "earlier" after the noun of a time phrase: "A few days later, …".
    TimePhraseEnd = "time-phrase-end",
    /// "past", "time", "point": the nouns of "in the past", "at the time".
    TimePhraseNoun = "time-phrase-noun",
    /// "past", "recent", "same", "one" inside a time phrase.
    TimePhraseModifier = "time-phrase-modifier",
    /// Particles inside a name.
    NameParticle = "name-particle",
    /// "Gulf", "Museum", "Kingdom" … before "of" inside a name.
    OfName = "of-name",
    /// "pan", "ex", "anti" … before a hyphen.
    DescriptorPrefix = "descriptor-prefix",
    /// "jr.", "sr.", "ii", "iii", "xv".
    NameSuffix = "name-suffix",
    /// "North", "Southeast" …: the points of the compass.
    CompassPoint = "compass-point",
    /// "North", "Southern", "Greater" …
    Direction = "direction",
    /// "Catholic", "Muslim", "Jewish" …: words of a faith, no one's name alone.
    Faith = "faith",
    /// "interview", "tells", "speech" …: words of a title over one person's own words.
    InterviewTitle = "interview-title",
    /// "Image", "Photo", "Video" … before a credit.
    PictureLabel = "picture-label",
    /// "Source", "File" before a colon.
    CaptionLabel = "caption-label",
    /// "called", "named", "so-called" …
    Naming = "naming",
    /// "film", "book", "song" …
    Work = "work",
    /// "term", "phrase", "slogan" …
    QuotedTerm = "quoted-term",
    /// "poll", "report", "officials" …
    SourceNoun = "source-noun",
    /// Nouns that head a document as a source: "the report", "a poll".
    DocumentNoun = "document-noun",
    /// Nouns that head a description of an organisation: "the union", "the campaign".
    OrganizationNoun = "organization-noun",
    /// "phone", "email", "video" … after "said by".
    Means = "means",
    /// "whether", "if", "who" … opening an indirect question.
    QuestionOpener = "question-opener",
    /// "close", "familiar" … before the preposition of "sources close to the talks".
    SourceAdjective = "source-adjective",
    /// "statement", "interview", "debate" … where or how words were said.
    Medium = "medium",
    /// "statement", "press release", "tweet" … that someone issues: "issued a statement saying".
    IssuedText = "issued-text",
    /// "issued", "released", "sent" … before an [`WordSet::IssuedText`].
    IssueVerb = "issue-verb",
    /// "remarks", "reports", "claims" …
    NounLikeCue = "noun-like-cue",
    /// "news", "recent", "new", "several" … before a third-person cue form.
    NounCueModifier = "noun-cue-modifier",
    /// "BREAKING", "UPDATE" … before a colon.
    Label = "label",
    /// "correspondent", "reporter".
    BylineNoun = "byline-noun",
    /// "friend", "wife", "aide" … : words for a person that no agent ending marks.
    PersonWord = "person-word",
    /// "people", "women", "police" …: plurals that do not end in "s".
    IrregularPlural = "irregular-plural",
    /// Words in "-ing" that are not participles.
    NotParticiple = "not-participle",
    /// Words in "-ly" that are not adverbs.
    NotLyAdverb = "not-ly-adverb",
}

/// The sets a word is in, one bit a set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordSets(u128);

impl WordSets {
    /// In no set.
    pub(crate) const EMPTY: WordSets = WordSets(0);

    /// True when the word is in `set`.
    pub(crate) fn contains(self, set: WordSet) -> bool {
        self.0 & (1 << set as u32) != 0
    }
}

/// The sets `word` (lower case, apostrophes straight) is in.
pub(crate) fn word_sets(word: &str) -> WordSets {
    static MEMBERS: OnceLock<FastMap<&'static str, WordSets>> = OnceLock::new();
    let members = MEMBERS.get_or_init(|| {
        let mut members: FastMap<&'static str, WordSets> = FastMap::default();
        let (file, text) = data_file!("word_sets.tsv");
        for row in rows(file, text) {
            let set = row.parse(0, "word set", |name| WordSet::ALL.iter().copied().find(|s| s.name() == name));
            for word in row.col(1).split(' ') {
                members.entry(word).or_default().0 |= 1 << set as u32;
            }
        }
        members
    });
    members.get(word).copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_has_a_row_and_fits_the_bits() {
        assert!(WordSet::ALL.len() <= 128);
        let (file, text) = data_file!("word_sets.tsv");
        let named: Vec<&str> = rows(file, text).map(|r| r.col(0)).collect();
        for set in WordSet::ALL {
            assert!(named.contains(&set.name()), "{set:?} has no row in {file}");
        }
        assert_eq!(named.len(), WordSet::ALL.len(), "one row a set");
    }

    #[test]
    fn members() {
        assert!(word_sets("near").contains(WordSet::Locative));
        assert!(word_sets("the").contains(WordSet::Article) && word_sets("the").contains(WordSet::Definite));
        assert!(!word_sets("rutte").contains(WordSet::Locative));
    }
}
