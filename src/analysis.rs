//! The result of an analysis: the public types every stage works towards.
//!
//! This module is the vocabulary of the crate and depends on nothing but [`Span`]; the stages
//! read and build these types, and [`crate::analyze`] returns them.

use crate::span::Span;

/// Everything newsmark found in a text. Spans are byte ranges into the analysed text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// People, places and organisations, in order of first mention. A claim's `speaker` is an
    /// index into this list.
    pub entities: Vec<Entity>,
    /// Claims in text order.
    pub claims: Vec<Claim>,
    /// Words for peoples ("Ukrainian", "Russians"), linked to their place.
    pub demonyms: Vec<Demonym>,
}

/// A person, place or organisation.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Its canonical name ("Mark Rutte"; "Kyiv" for "Kiev").
    pub name: String,
    /// For a person: the title the text gives them ("NATO Secretary General").
    pub title: Option<String>,
    /// True when it is the speaker of at least one claim.
    pub speaker: bool,
    /// For a person: [`Gender::Male`] or [`Gender::Female`] when a first name or title tells,
    /// else `None`.
    pub gender: Option<Gender>,
    /// For a place: the gazetteer entry (country code, coordinates), when it has one.
    pub place: Option<Place>,
    /// Its mentions in text order: names, and the pronouns and descriptions that are claim
    /// sources.
    pub mentions: Vec<Span>,
    /// For each of `mentions`, how likely it is a name of this kind with these words, in [0, 1]
    /// (from the mention tagger); `None` for a pronoun or a description.
    pub mention_confidence: Vec<Option<f32>>,
}

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A place.
    Place,
    /// An organisation.
    Organization,
    /// A source that names no one: "a senior official", "critics", "people familiar with the
    /// talks" (one entity for each description the text repeats).
    Unnamed,
}

impl EntityKind {
    /// The kind's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Unnamed => "unnamed",
        }
    }
}

/// Who stands behind a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// A named person, by name or through a pronoun or description resolved to one.
    Person,
    /// An organisation: "the Kremlin said", "NATO said".
    Organization,
    /// A place that speaks for its government: "Washington said".
    Place,
    /// Someone the text does not name: "a senior official", "sources close to the talks",
    /// "critics", an unresolved "he".
    Unnamed,
    /// A document with no named author: a report, a poll, a study, a statement.
    Document,
    /// No source in the text.
    None,
}

impl SourceKind {
    /// Every kind, in the order of the summary.
    pub const ALL: [SourceKind; 6] = [
        SourceKind::Person,
        SourceKind::Organization,
        SourceKind::Place,
        SourceKind::Unnamed,
        SourceKind::Document,
        SourceKind::None,
    ];

    /// The kind's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Place => "place",
            SourceKind::Unnamed => "unnamed",
            SourceKind::Document => "document",
            SourceKind::None => "none",
        }
    }

    /// The kind named `name` in the JSON output.
    pub fn from_name(name: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// Grammatical gender, as far as a name or title tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Referred to as "he".
    Male,
    /// Referred to as "she".
    Female,
    /// A name given to both, or a title that says nothing.
    Unknown,
}

impl Gender {
    /// The gender's name in the JSON output: "male", "female", or `None` when unknown.
    pub fn as_str(self) -> Option<&'static str> {
        match self {
            Gender::Male => Some("male"),
            Gender::Female => Some("female"),
            Gender::Unknown => None,
        }
    }
}

/// A gazetteer entry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// The canonical name: "Kyiv" for "Kiev", "United States" for "U.S."; empty for places
    /// found by their head word ("Ukrainian House"), which are named as written.
    pub canonical: &'static str,
    /// What kind of place it is.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code of its country, when it lies in one.
    pub country: Option<&'static str>,
    /// Latitude and longitude in degrees, when known.
    pub coordinates: Option<(f32, f32)>,
}

/// What kind of place a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A continent.
    Continent,
    /// A sovereign country or territory.
    Country,
    /// A region: state, province, area.
    Region,
    /// A city or town.
    City,
    /// A sea, ocean, river, lake or canal.
    Water,
    /// A mountain range, desert, peninsula.
    Landform,
    /// A named building, square, street or site.
    Venue,
}

impl PlaceKind {
    /// Every kind, in the order of the JSON schema.
    pub const ALL: [PlaceKind; 7] = [
        PlaceKind::Continent,
        PlaceKind::Country,
        PlaceKind::Region,
        PlaceKind::City,
        PlaceKind::Water,
        PlaceKind::Landform,
        PlaceKind::Venue,
    ];

    /// The kind's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Continent => "continent",
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::City => "city",
            PlaceKind::Water => "water",
            PlaceKind::Landform => "landform",
            PlaceKind::Venue => "venue",
        }
    }

    /// The kind named `name` in the JSON output, if there is one.
    pub fn from_name(name: &str) -> Option<PlaceKind> {
        PlaceKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// Whether a claim quotes, reports, or reports with quoted words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimKind {
    /// The content opens with a quote mark: `“I would say …,” Rutte said.`
    Direct,
    /// Reported speech with quoted words inside: `He said the plan was “dead on arrival.”`
    Mixed,
    /// Reported speech: `He stressed the importance of …`
    Indirect,
}

impl ClaimKind {
    /// Every kind, in the order of the JSON schema.
    pub const ALL: [ClaimKind; 3] = [ClaimKind::Direct, ClaimKind::Mixed, ClaimKind::Indirect];

    /// The kind's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Mixed => "mixed",
            ClaimKind::Indirect => "indirect",
        }
    }

    /// The kind named `name` in the JSON output, if there is one.
    pub fn from_name(name: &str) -> Option<ClaimKind> {
        ClaimKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// An attributed statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Direct, mixed or indirect.
    pub kind: ClaimKind,
    /// True when the cue is a verb of saying (or "according to"); false for beliefs and
    /// findings ("believes", "found").
    pub speech: bool,
    /// The entity the source refers to, as an index into [`Analysis::entities`]: a person, an
    /// organisation, a place, or an unnamed source.
    pub speaker: Option<usize>,
    /// Who stands behind the claim: a named person, an organisation, a place, an unnamed
    /// source, a document, or no source at all.
    pub source_kind: SourceKind,
    /// The source as written ("NATO Secretary General Mark Rutte", "He", "the NATO chief").
    pub source: Option<Span>,
    /// The cue ("said", "according to", ":").
    pub cue: Option<Span>,
    /// What is claimed: one or more pieces, in text order.
    pub content: Vec<Span>,
    /// How likely a reader would mark this claim, in [0, 1]: a logistic model over its cue,
    /// source and content, fitted on annotated news (see the README); claims below the model's
    /// threshold are not reported.
    pub confidence: f32,
}

/// A word for a people, linked to its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Demonym {
    /// Where it is.
    pub span: Span,
    /// The canonical name of its place ("Ukraine" for "Ukrainian").
    pub place: &'static str,
    /// The place's entity, when the text names the place too.
    pub entity: Option<usize>,
}

/// What an analysis adds up to, for a reader or a corpus count: claims by source kind, speech and
/// beliefs, the people quoted by gender, and who has the quoted words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// Claims.
    pub claims: usize,
    /// Claims with a verb of saying (or "according to").
    pub speech: usize,
    /// Beliefs, intentions and findings.
    pub beliefs: usize,
    /// Claims by source kind, in the order of [`SourceKind::ALL`].
    pub by_source_kind: [usize; 6],
    /// Named people who are the source of at least one claim.
    pub named_people: usize,
    /// Those people by gender, as far as a first name or title tells: female, male, unknown.
    pub people_by_gender: [usize; 3],
    /// Words inside quotation marks in each speaker's claims, most first: (entity index, words).
    pub quoted_words: Vec<(usize, usize)>,
}

impl Summary {
    /// The claims whose source is of `kind`.
    pub fn source_kind(&self, kind: SourceKind) -> usize {
        self.by_source_kind[kind as usize]
    }

    /// All words inside quotation marks in claims with a speaker.
    pub fn total_quoted_words(&self) -> usize {
        self.quoted_words.iter().map(|&(_, n)| n).sum()
    }
}

impl Analysis {
    /// The summary of this analysis of `text`.
    pub fn summary(&self, text: &str) -> Summary {
        let mut s = Summary { claims: self.claims.len(), ..Summary::default() };
        let mut people = vec![false; self.entities.len()];
        let mut quoted = vec![0usize; self.entities.len()];
        for c in &self.claims {
            if c.speech {
                s.speech += 1;
            } else {
                s.beliefs += 1;
            }
            s.by_source_kind[c.source_kind as usize] += 1;
            if let Some(e) = c.speaker {
                people[e] |= self.entities[e].kind == EntityKind::Person;
                quoted[e] += c.content.iter().map(|p| quoted_words(p.text(text))).sum::<usize>();
            }
        }
        for (e, _) in people.iter().enumerate().filter(|(_, &p)| p) {
            s.named_people += 1;
            s.people_by_gender[match self.entities[e].gender {
                Some(Gender::Female) => 0,
                Some(Gender::Male) => 1,
                _ => 2,
            }] += 1;
        }
        s.quoted_words = quoted.into_iter().enumerate().filter(|&(_, n)| n > 0).collect();
        s.quoted_words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        s
    }
}

/// The words of `text` that stand inside quotation marks ("“…”", "\"…\"", "‘…’" and guillemets;
/// an apostrophe inside a word opens nothing).
fn quoted_words(text: &str) -> usize {
    let (mut inside, mut in_word, mut words) = (false, false, 0);
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let word_char = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
        let quote = matches!(c, '“' | '”' | '"' | '«' | '»' | '„')
            || (matches!(c, '‘' | '’' | '\'') && !(word_char(prev) && word_char(next)));
        if quote {
            inside = match c {
                '“' | '«' | '„' | '‘' => true,
                '”' | '»' | '’' => false,
                _ => !inside, // a straight mark opens or closes
            };
        }
        let is_word = c.is_alphanumeric();
        if is_word && !in_word && inside {
            words += 1;
        }
        in_word = is_word || (in_word && matches!(c, '\'' | '’' | '-') && word_char(next));
        prev = Some(c);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_words_are_the_words_between_quotation_marks() {
        assert_eq!(quoted_words("“We will stay,” he said."), 3);
        assert_eq!(quoted_words("he called it a \"witch hunt\" and left"), 2);
        assert_eq!(quoted_words("the plan, which he called ‘absurd’, don’t work"), 1);
        assert_eq!(quoted_words("no quotation here, isn't it"), 0);
    }

    #[test]
    fn the_seed_article_is_eight_claims_from_one_man() {
        let gold: serde_json::Value =
            serde_json::from_str(include_str!("../tests/fixtures/seed-nato-rutte-davos.json")).unwrap();
        let text = gold["text"].as_str().unwrap();
        let analysis = crate::analyze(text);
        let s = analysis.summary(text);
        assert_eq!((s.claims, s.speech, s.beliefs), (8, 8, 0));
        assert_eq!(s.source_kind(SourceKind::Person), 8);
        assert_eq!((s.named_people, s.people_by_gender), (1, [0, 1, 0]));
        assert_eq!(s.quoted_words.len(), 1);
        assert_eq!(analysis.entities[s.quoted_words[0].0].name, "Mark Rutte");
    }
}
