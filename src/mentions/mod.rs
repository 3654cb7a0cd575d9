//! Named mentions: people, places, organisations and demonyms.
//!
//! Three steps:
//! 1. [`runs`] gathers runs of capitalised words ("NATO Secretary General Mark Rutte"), joined
//!    by name particles and connectors ("Ministry of Defence", "Daughters of the American
//!    Revolution Constitution Hall"), and marks the positions where a capital says little
//!    (the start of a sentence, a headline in Title Case, ALL-CAPS text);
//! 2. [`parts`] cuts each run into lexicon matches (places, organisations), titles and unknown
//!    words, and classifies them from the lexicons and the context ("in Davos", "Caddell said",
//!    "Hugh Hill, a doctor");
//! 3. [`propagate`] spreads what one mention established to the rest of the document: once
//!    "Mark Rutte" is a person, every "Rutte" is.

mod parts;
mod propagate;
mod runs;
pub(crate) mod tagger;

pub(crate) use runs::is_headline;

use std::ops::Range;

use crate::analysis::{Gender, Place};
use crate::document::Document;
#[cfg(not(target_arch = "wasm32"))]
use crate::lexicon::FastMap;

/// What a named mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum MentionKind {
    /// A person: "Mark Rutte", "Rutte".
    Person,
    /// A place: country, city, region, venue.
    Place,
    /// An organisation: "NATO", "World Economic Forum".
    Organization,
    /// A word for a people, linked to its place: "Ukrainian", "Russians".
    Demonym,
}

/// A named mention.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Mention {
    /// Its tokens: the name only, without titles, determiners or possessive endings.
    pub tokens: Range<usize>,
    /// What it names.
    pub kind: MentionKind,
    /// For a person: the title right before the name ("NATO Secretary General", "Sen.").
    pub title: Option<Range<usize>>,
    /// For a place: its gazetteer entry, when it has one (boxed: most mentions have none).
    pub place: Option<Box<Place>>,
    /// For a demonym: the canonical name of its place.
    pub demonym_of: Option<&'static str>,
    /// For an organisation named after a place ("University of Kansas", "Bank of America"): the
    /// place's mention, nested in this one's tokens (the annotated corpora mark it too).
    pub inner_place: Option<Box<Mention>>,
    /// For a person: the gender the first name or title tells.
    pub gender: Gender,
    /// How likely it is a name of its kind with these words, in [0, 1]: from how strongly the
    /// tagger agrees with the rules (1 for demonyms).
    pub confidence: f32,
}

impl Mention {
    fn new(tokens: Range<usize>, kind: MentionKind) -> Mention {
        Mention {
            tokens,
            kind,
            title: None,
            place: None,
            demonym_of: None,
            inner_place: None,
            gender: Gender::Unknown,
            confidence: 1.0,
        }
    }
}

/// Capitalised words that may yet prove to be a name, when the same words are named elsewhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unresolved {
    /// The words.
    pub tokens: Range<usize>,
    /// Every word is a common one and the capitals may come from position ("Trump says …" at a
    /// paragraph's start): only a person named elsewhere makes them a name.
    pub weak: bool,
}

/// Finds the named mentions of `doc`, in text order, never overlapping (a place inside an
/// organisation's name is nested in its mention, [`Mention::inner_place`]), each with the shipped
/// tagger's confidence.
pub(crate) fn find(doc: &Document) -> Vec<Mention> {
    let mut found = by_rules(doc);
    rate(doc, &mut found, tagger::shipped());
    found
}

/// Sets the confidence of `mentions` from how strongly `model` agrees with them.
pub(crate) fn rate(doc: &Document, mentions: &mut [Mention], model: &tagger::Model) {
    let margins = tagger::agreement(doc, mentions, model);
    for (m, margin) in mentions.iter_mut().zip(margins) {
        if m.kind != MentionKind::Demonym {
            m.confidence = model.confidence(margin);
        }
        if let Some(inner) = &mut m.inner_place {
            inner.confidence = m.confidence;
        }
    }
}

/// The rules' mentions (see the module's documentation).
pub(crate) fn by_rules(doc: &Document) -> Vec<Mention> {
    let runs = runs::find(doc);
    let mut found = Vec::new();
    let mut unresolved = Vec::new();
    for run in &runs {
        parts::classify(doc, run, &mut found, &mut unresolved);
    }
    propagate::spread(doc, &mut found, &unresolved);
    found.sort_by_key(|m| m.tokens.start);
    found
}

/// The names of `model`'s labels alone, which read the rules' mentions among their features: a
/// name the rules found with the same words keeps what the rules know of it (a title, a gender,
/// a gazetteer entry); the rules' demonyms stay where the tagger sees no name. For measuring the
/// tagger against the rules (`newsmark cv-tagger`): the rules decide the shipped mentions.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn by_tagger(doc: &Document, model: &tagger::Model) -> Vec<Mention> {
    let rules = by_rules(doc);
    let labels = tagger::tag(doc, &rules, model);
    let spans = tagger::spans(&labels);
    let mut named = vec![false; doc.len()];
    let mut by_start: FastMap<usize, Mention> = FastMap::default();
    let mut out: Vec<Mention> = Vec::with_capacity(spans.len());
    let mut demonyms = Vec::new();
    for m in rules {
        if m.kind == MentionKind::Demonym {
            demonyms.push(m);
        } else {
            by_start.insert(m.tokens.start, m);
        }
    }
    for (r, kind, _) in spans {
        for k in r.clone() {
            named[k] = true;
        }
        out.push(match by_start.remove(&r.start) {
            Some(m) if m.tokens == r && m.kind == kind => m,
            Some(m) if m.tokens == r => relabelled(doc, m, kind),
            _ => relabelled(doc, Mention::new(r, kind), kind),
        });
    }
    out.extend(demonyms.into_iter().filter(|d| !d.tokens.clone().any(|k| named[k])));
    out.sort_by_key(|m| m.tokens.start);
    out
}

/// Mention `m` as a name of `kind`: a place takes its gazetteer entry, a person the gender of
/// a first name.
#[cfg(not(target_arch = "wasm32"))]
fn relabelled(doc: &Document, m: Mention, kind: MentionKind) -> Mention {
    let mut out = Mention { title: None, place: None, gender: Gender::Unknown, ..Mention::new(m.tokens.clone(), kind) };
    match kind {
        MentionKind::Place => out.place = doc.place(m.tokens.clone()).map(Box::new),
        MentionKind::Person => {
            out.title = m.title;
            out.gender = if m.gender != Gender::Unknown {
                m.gender
            } else {
                doc.lex(m.tokens.start).first_name.filter(|_| m.tokens.len() > 1).unwrap_or(Gender::Unknown)
            };
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str) -> Vec<(&str, MentionKind)> {
        let doc = Document::new(text);
        find(&doc).into_iter().map(|m| (doc.slice(m.tokens), m.kind)).collect()
    }

    use MentionKind::*;

    #[test]
    fn title_organisation_and_person_in_one_run() {
        let text = "This was stated by NATO Secretary General Mark Rutte during a discussion.";
        let doc = Document::new(text);
        let found = find(&doc);
        let rutte = found.iter().find(|m| m.kind == Person).unwrap();
        assert_eq!(doc.slice(rutte.tokens.clone()), "Mark Rutte");
        assert_eq!(doc.slice(rutte.title.clone().unwrap()), "NATO Secretary General");
        assert_eq!(rutte.gender, Gender::Male);
        assert!(found.iter().any(|m| m.kind == Organization && doc.slice(m.tokens.clone()) == "NATO"));
    }

    #[test]
    fn places_venues_and_demonyms() {
        assert_eq!(
            mentions("He spoke at the Ukrainian House in Davos about Ukrainian land and Moscow."),
            [("Ukrainian House", Place), ("Davos", Place), ("Ukrainian", Demonym), ("Moscow", Place)]
        );
    }

    #[test]
    fn surnames_join_the_full_name() {
        assert_eq!(
            mentions("Rutte spoke first. Later Mark Rutte left, and Rutte said no."),
            [("Rutte", Person), ("Mark Rutte", Person), ("Rutte", Person)]
        );
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        assert_eq!(mentions("Currently, Participants are discussing Ukraine."), [("Ukraine", Place)]);
    }

    #[test]
    fn title_case_headline() {
        assert_eq!(
            mentions("Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted"),
            [("Hillary Clinton", Person)]
        );
    }

    #[test]
    fn organisations_by_head_word() {
        assert_eq!(
            mentions("The Indonesian Navy and the Ministry of Defence met officials of Harvard University."),
            [
                ("Indonesian Navy", Organization),
                ("Ministry of Defence", Organization),
                ("Harvard University", Organization)
            ]
        );
    }

    #[test]
    fn cue_subject_and_appositive_make_people() {
        assert_eq!(mentions("Caddell said it was bad."), [("Caddell", Person)]);
        assert_eq!(mentions("Hugh Hill, a doctor, said so."), [("Hugh Hill", Person)]);
        assert_eq!(mentions("The poll showed it, said Zyrtek."), [("Zyrtek", Person)]);
        // A verb of thinking or finding with its clause: "Einstein showed that …".
        assert_eq!(mentions("But Einstein showed that space bends."), [("Einstein", Person)]);
        assert_eq!(mentions("Zyrtek believes that it works."), [("Zyrtek", Person)]);
    }

    #[test]
    fn a_first_name_and_a_venue_word_that_speak_are_a_person() {
        assert_eq!(mentions("Christopher Hall said the plan works."), [("Christopher Hall", Person)]);
        assert_eq!(mentions("Karen Street, for example, argues that values evolved."), [("Karen Street", Person)]);
        assert_eq!(mentions("Albert Hall hosted the concert."), [("Albert Hall", Place)]);
    }

    #[test]
    fn a_noun_of_an_agent_before_a_name_describes_the_person() {
        assert_eq!(mentions("Filmmaker Jack Marino said it was fine."), [("Jack Marino", Person)]);
        assert_eq!(mentions("Strategist Ann Lee said it was fine."), [("Ann Lee", Person)]);
    }

    #[test]
    fn a_capitalised_compound_that_describes_is_no_part_of_the_name() {
        assert_eq!(mentions("On Monday, Oscar-winner Sarandon said it was fine."), [("Sarandon", Person)]);
        assert_eq!(mentions("Atwood, a Booker Prize-winner, was there."), []);
        // The lower-case parts of a Cantonese or Korean given name are syllables, not words.
        assert_eq!(mentions("Lam Cheuk-ting said it was fine."), [("Lam Cheuk-ting", Person)]);
    }

    #[test]
    fn a_suffix_ends_a_name_and_leaves_a_title_word_its_surname() {
        assert_eq!(mentions("Luther Stan Pate IV funded it."), [("Luther Stan Pate IV", Person)]);
        assert_eq!(mentions("Martin Luther King Jr. said so."), [("Martin Luther King Jr.", Person)]);
    }

    #[test]
    fn the_paralympics_are_an_event() {
        assert_eq!(mentions("She won gold at the Winter Paralympics in Sochi."), [("Sochi", Place)]);
    }

    #[test]
    fn a_pronoun_with_a_contracted_verb_is_no_name() {
        assert_eq!(mentions("The instructor says, “I’ve decided that you failed.”"), []);
        assert_eq!(mentions("Then I'd said that it works."), []);
    }

    #[test]
    fn washington_and_jordan() {
        assert_eq!(mentions("He lives in Washington."), [("Washington", Place)]);
        assert_eq!(mentions("Michael Jordan visited Jordan."), [("Michael Jordan", Person), ("Jordan", Place)]);
        assert_eq!(mentions("Paris Hilton flew to Paris."), [("Paris Hilton", Person), ("Paris", Place)]);
    }
}
