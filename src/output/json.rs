//! The JSON shape shared by the CLI, the JavaScript API and the Python package, with offsets in
//! UTF-16 code units (in code points for Python).
//!
//! [`JsonAnalysis`] is a view of an [`Analysis`]: serializing it converts each span as it is
//! written and borrows every text, so that writing the JSON of a long text holds no copy of it.
//! The item types ([`JsonEntity`], [`JsonClaim`], …) spell out the shape.

use std::io;

use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

use super::{OffsetIndex, Unit};
use crate::analysis::{Analysis, Claim, Entity, SourceKind, Summary};
use crate::span::Span;

/// A span as JSON: offsets (UTF-16 code units, or code points), end exclusive, and the text they
/// cover.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct JsonSpan<'t> {
    /// First code unit (or code point).
    pub start: usize,
    /// One past the last.
    pub end: usize,
    /// The text of the span: in JavaScript, `text.slice(start, end)`; in Python,
    /// `text[start:end]`.
    pub text: &'t str,
}

/// Spans as a JSON list, converted as they are written.
#[derive(Clone, Copy, Debug)]
pub struct JsonSpans<'a> {
    spans: &'a [Span],
    at: &'a At<'a>,
}

impl Serialize for JsonSpans<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.spans.iter().map(|&s| self.at.span(s)))
    }
}

/// An entity's mentions as a JSON list: each a span, and for a name its confidence (three
/// decimals).
#[derive(Clone, Copy, Debug)]
pub struct JsonMentions<'a> {
    spans: &'a [Span],
    confidence: &'a [Option<f32>],
    at: &'a At<'a>,
}

/// One mention as JSON.
#[derive(Serialize)]
struct JsonMention<'t> {
    start: usize,
    end: usize,
    text: &'t str,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<f64>,
}

impl Serialize for JsonMentions<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.spans.iter().enumerate().map(|(k, &s)| {
            let span = self.at.span(s);
            let confidence = self.confidence.get(k).copied().flatten();
            JsonMention {
                start: span.start,
                end: span.end,
                text: span.text,
                confidence: confidence.map(|c| (f64::from(c) * 1000.0).round() / 1000.0),
            }
        }))
    }
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
#[derive(Clone, Debug, Serialize)]
pub struct JsonEntity<'a> {
    /// Its index in `entities`.
    pub id: usize,
    /// "person", "place", "organization" or "unnamed".
    pub kind: &'static str,
    /// Canonical name.
    pub name: &'a str,
    /// Title, for a person who has one.
    pub title: Option<&'a str>,
    /// True when it speaks in at least one claim.
    pub speaker: bool,
    /// "male" or "female" when a first name or title tells; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<&'static str>,
    /// Gazetteer data, for a place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<JsonPlace>,
    /// Its mentions: spans, a name's with its `confidence`.
    pub mentions: JsonMentions<'a>,
}

/// A claim as JSON.
#[derive(Clone, Debug, Serialize)]
pub struct JsonClaim<'a> {
    /// Its index in `claims`.
    pub id: usize,
    /// "direct", "mixed" or "indirect".
    pub kind: &'static str,
    /// True for speech, false for beliefs and findings.
    pub speech: bool,
    /// The speaker's entity id, or null.
    pub speaker: Option<usize>,
    /// The source as written, or null.
    pub source: Option<JsonSpan<'a>>,
    /// The cue, or null.
    pub cue: Option<JsonSpan<'a>>,
    /// The content pieces.
    pub content: JsonSpans<'a>,
    /// How likely a reader would mark this claim, in [0, 1], to three decimals.
    pub confidence: f64,
    /// Who stands behind it: "person", "organization", "place", "unnamed", "document" or
    /// "none".
    pub source_kind: &'static str,
}

/// The summary of an analysis as JSON (see [`Summary`]).
#[derive(Clone, Debug, Serialize)]
pub struct JsonSummary<'a> {
    /// Claims.
    pub claims: usize,
    /// Claims of speech.
    pub speech: usize,
    /// Beliefs, intentions and findings.
    pub beliefs: usize,
    /// Claims by source kind: {"person": n, "organization": n, …}.
    pub by_source_kind: std::collections::BTreeMap<&'static str, usize>,
    /// Named people who are the source of a claim.
    pub named_people: usize,
    /// Those people by gender: {"female": n, "male": n, "unknown": n}.
    pub people_by_gender: std::collections::BTreeMap<&'static str, usize>,
    /// Words inside quotation marks per speaker, most first.
    pub quoted_words: Vec<JsonQuotedWords<'a>>,
}

/// One speaker's quoted words.
#[derive(Clone, Debug, Serialize)]
pub struct JsonQuotedWords<'a> {
    /// The speaker's entity id.
    pub entity: usize,
    /// The speaker's name.
    pub name: &'a str,
    /// Words inside quotation marks in their claims.
    pub words: usize,
    /// Their share of all quoted words with a speaker, to three decimals.
    pub share: f64,
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

/// The text and its offset index: what turns a [`Span`] into a [`JsonSpan`].
#[derive(Debug)]
struct At<'t> {
    text: &'t str,
    index: OffsetIndex<'t>,
}

impl<'t> At<'t> {
    fn span(&self, s: Span) -> JsonSpan<'t> {
        JsonSpan { start: self.index.convert(s.start), end: self.index.convert(s.end), text: s.text(self.text) }
    }
}

/// The whole analysis as JSON: `{"entities": […], "claims": […], "demonyms": […], "summary": {…}}`, each item
/// made as it is written.
#[derive(Debug)]
pub struct JsonAnalysis<'a> {
    analysis: &'a Analysis,
    at: At<'a>,
}

impl<'a> JsonAnalysis<'a> {
    /// The JSON view of `analysis` of `text`, with UTF-16 offsets.
    pub fn new(text: &'a str, analysis: &'a Analysis) -> JsonAnalysis<'a> {
        JsonAnalysis::in_unit(text, analysis, Unit::Utf16)
    }

    /// The JSON view of `analysis` of `text`, with offsets in `unit`.
    pub fn in_unit(text: &'a str, analysis: &'a Analysis, unit: Unit) -> JsonAnalysis<'a> {
        JsonAnalysis { analysis, at: At { text, index: OffsetIndex::new(text, unit) } }
    }

    /// Entity `id` as JSON.
    pub fn entity(&self, id: usize) -> JsonEntity<'_> {
        let e: &Entity = &self.analysis.entities[id];
        JsonEntity {
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
            mentions: JsonMentions { spans: &e.mentions, confidence: &e.mention_confidence, at: &self.at },
        }
    }

    /// Claim `id` as JSON.
    pub fn claim(&self, id: usize) -> JsonClaim<'_> {
        let c: &Claim = &self.analysis.claims[id];
        JsonClaim {
            id,
            kind: c.kind.as_str(),
            speech: c.speech,
            speaker: c.speaker,
            source: c.source.map(|s| self.at.span(s)),
            cue: c.cue.map(|s| self.at.span(s)),
            content: JsonSpans { spans: &c.content, at: &self.at },
            confidence: (f64::from(c.confidence) * 1000.0).round() / 1000.0,
            source_kind: c.source_kind.as_str(),
        }
    }

    /// The summary as JSON.
    pub fn summary(&self) -> JsonSummary<'_> {
        let s: Summary = self.analysis.summary(self.at.text);
        let total = s.total_quoted_words().max(1) as f64;
        JsonSummary {
            claims: s.claims,
            speech: s.speech,
            beliefs: s.beliefs,
            by_source_kind: SourceKind::ALL.iter().map(|&k| (k.as_str(), s.source_kind(k))).collect(),
            named_people: s.named_people,
            people_by_gender: ["female", "male", "unknown"].into_iter().zip(s.people_by_gender).collect(),
            quoted_words: s
                .quoted_words
                .iter()
                .map(|&(entity, words)| JsonQuotedWords {
                    entity,
                    name: &self.analysis.entities[entity].name,
                    words,
                    share: (words as f64 / total * 1000.0).round() / 1000.0,
                })
                .collect(),
        }
    }

    /// Demonym `n` as JSON.
    pub fn demonym(&self, n: usize) -> JsonDemonym<'_> {
        let d = &self.analysis.demonyms[n];
        let s = self.at.span(d.span);
        JsonDemonym { start: s.start, end: s.end, text: s.text, place: d.place, entity: d.entity }
    }
}

/// A list serialized from the items `0..len` made by `item`.
struct Items<'a, T> {
    len: usize,
    item: &'a dyn Fn(usize) -> T,
}

impl<T: Serialize> Serialize for Items<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((0..self.len).map(self.item))
    }
}

impl Serialize for JsonAnalysis<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let a = self.analysis;
        let mut out = serializer.serialize_struct("Analysis", 4)?;
        out.serialize_field("entities", &Items { len: a.entities.len(), item: &|n| self.entity(n) })?;
        out.serialize_field("claims", &Items { len: a.claims.len(), item: &|n| self.claim(n) })?;
        out.serialize_field("demonyms", &Items { len: a.demonyms.len(), item: &|n| self.demonym(n) })?;
        out.serialize_field("summary", &self.summary())?;
        out.end()
    }
}

/// The analysis of `text` as a JSON string.
pub fn to_json(text: &str, analysis: &Analysis, pretty: bool) -> String {
    let mut out = Vec::new();
    write_json(&mut out, text, analysis, pretty).expect("writing to memory does not fail");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// The analysis of `text` as JSON with UTF-16 offsets, written to `out` as it is made (the text
/// is not copied).
pub fn write_json(out: &mut impl io::Write, text: &str, analysis: &Analysis, pretty: bool) -> io::Result<()> {
    write_json_in(out, text, analysis, Unit::Utf16, pretty)
}

/// [`write_json`] with offsets in `unit`.
pub fn write_json_in(
    out: &mut impl io::Write,
    text: &str,
    analysis: &Analysis,
    unit: Unit,
    pretty: bool,
) -> io::Result<()> {
    let json = JsonAnalysis::in_unit(text, analysis, unit);
    let written = if pretty { serde_json::to_writer_pretty(out, &json) } else { serde_json::to_writer(out, &json) };
    written.map_err(io::Error::from)
}
