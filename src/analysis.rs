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
}

impl EntityKind {
    /// The kind's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
        }
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
    /// The entity the source refers to, as an index into [`Analysis::entities`].
    pub speaker: Option<usize>,
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
