//! The JSON shape shared by the CLI and the JavaScript API, with UTF-16 offsets. The JSON types
//! borrow their text from the analysed text, so that writing them copies nothing.

use std::io;

use serde::Serialize;

use super::Utf16Index;
use crate::analysis::Analysis;
use crate::span::Span;

/// A span as JSON: UTF-16 offsets, end exclusive, and the text they cover.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct JsonSpan<'t> {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// The text of the span: in JavaScript, `text.slice(start, end)`.
    pub text: &'t str,
}

/// Where a place is, for a place entity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JsonPlace {
    /// "country", "city", "region", "continent", "water", "landform" or "venue".
    pub kind: &'static str,
    /// ISO 3166-1 alpha-2 code of its country, when known.
    pub country: Option<&'static str>,
    /// Latitude in degrees, when known.
    pub lat: Option<f32>,
    /// Longitude in degrees, when known.
    pub lon: Option<f32>,
}

/// An entity as JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JsonEntity<'t> {
    /// Its index in `entities`.
    pub id: usize,
    /// "person", "place" or "organization".
    pub kind: &'static str,
    /// Canonical name.
    pub name: &'t str,
    /// Title, for a person who has one.
    pub title: Option<&'t str>,
    /// True when it speaks in at least one claim.
    pub speaker: bool,
    /// "male" or "female" when a first name or title tells; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<&'static str>,
    /// Gazetteer data, for a place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<JsonPlace>,
    /// Its mentions.
    pub mentions: Vec<JsonSpan<'t>>,
}

/// A claim as JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JsonClaim<'t> {
    /// Its index in `claims`.
    pub id: usize,
    /// "direct", "mixed" or "indirect".
    pub kind: &'static str,
    /// True for speech, false for beliefs and findings.
    pub speech: bool,
    /// The speaker's entity id, or null.
    pub speaker: Option<usize>,
    /// The source as written, or null.
    pub source: Option<JsonSpan<'t>>,
    /// The cue, or null.
    pub cue: Option<JsonSpan<'t>>,
    /// The content pieces.
    pub content: Vec<JsonSpan<'t>>,
}

/// A demonym as JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JsonDemonym<'t> {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// The word.
    pub text: &'t str,
    /// The canonical name of its place.
    pub place: &'static str,
    /// The place's entity id, when the text names it.
    pub entity: Option<usize>,
}

/// The whole analysis as JSON.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JsonAnalysis<'t> {
    /// People, places, organisations.
    pub entities: Vec<JsonEntity<'t>>,
    /// Claims.
    pub claims: Vec<JsonClaim<'t>>,
    /// Demonyms.
    pub demonyms: Vec<JsonDemonym<'t>>,
}

impl<'t> JsonAnalysis<'t> {
    /// Converts `analysis` of `text` to its JSON form.
    pub fn new(text: &'t str, analysis: &'t Analysis) -> JsonAnalysis<'t> {
        let index = Utf16Index::new(text);
        let span = |s: Span| JsonSpan { start: index.convert(s.start), end: index.convert(s.end), text: s.text(text) };
        let entities = analysis
            .entities
            .iter()
            .enumerate()
            .map(|(id, e)| JsonEntity {
                id,
                kind: e.kind.as_str(),
                name: &e.name,
                title: e.title.as_deref(),
                speaker: e.speaker,
                gender: e.gender.and_then(|g| g.as_str()),
                place: e.place.map(|p| JsonPlace {
                    kind: p.kind.as_str(),
                    country: p.country,
                    lat: p.coordinates.map(|c| c.0),
                    lon: p.coordinates.map(|c| c.1),
                }),
                mentions: e.mentions.iter().map(|&s| span(s)).collect(),
            })
            .collect();
        let claims = analysis
            .claims
            .iter()
            .enumerate()
            .map(|(id, c)| JsonClaim {
                id,
                kind: c.kind.as_str(),
                speech: c.speech,
                speaker: c.speaker,
                source: c.source.map(span),
                cue: c.cue.map(span),
                content: c.content.iter().map(|&s| span(s)).collect(),
            })
            .collect();
        let demonyms = analysis
            .demonyms
            .iter()
            .map(|d| {
                let s = span(d.span);
                JsonDemonym { start: s.start, end: s.end, text: s.text, place: d.place, entity: d.entity }
            })
            .collect();
        JsonAnalysis { entities, claims, demonyms }
    }
}

/// The analysis of `text` as a JSON string.
pub fn to_json(text: &str, analysis: &Analysis, pretty: bool) -> String {
    let mut out = Vec::new();
    write_json(&mut out, text, analysis, pretty).expect("writing to memory does not fail");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// The analysis of `text` as JSON, written to `out` as it is made (the text is not copied).
pub fn write_json(out: &mut impl io::Write, text: &str, analysis: &Analysis, pretty: bool) -> io::Result<()> {
    let json = JsonAnalysis::new(text, analysis);
    let written = if pretty { serde_json::to_writer_pretty(out, &json) } else { serde_json::to_writer(out, &json) };
    written.map_err(io::Error::from)
}
