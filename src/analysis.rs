//! The result of an analysis, and [`analyze`], which runs the pipeline.

use crate::attribution::{self, Draft};
use crate::coref::{self, Entities, Reference};
use crate::document::Document;
use crate::lexicon::{CueClass, FastMap, Gender, Place};
use crate::mentions::{self, MentionKind};
use crate::span::Span;
use crate::syntax::is_opening_quote;

pub use crate::coref::EntityKind;

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
    /// For a person: "he" or "she" when a first name or title tells, else `None`.
    pub gender: Option<Gender>,
    /// For a place: the gazetteer entry (country code, coordinates), when it has one.
    pub place: Option<Place>,
    /// Its mentions in text order: names, and the pronouns and descriptions that are claim
    /// sources.
    pub mentions: Vec<Span>,
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
    /// The kind's name in the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Mixed => "mixed",
            ClaimKind::Indirect => "indirect",
        }
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

/// Analyses `text`: finds its people, places, organisations and claims.
///
/// Linear in the length of the text. Never panics on any input.
pub fn analyze(text: &str) -> Analysis {
    let doc = Document::new(text);
    let mentions = mentions::find(&doc);
    let mut entities = Entities::build(&doc, &mentions);
    let drafts = attribution::find(&doc, &mentions, &mut entities);
    assemble(&doc, &mentions, entities, &drafts)
}

/// Turns the token-level results into the public, span-level [`Analysis`].
fn assemble(doc: &Document, mentions: &[mentions::Mention], mut entities: Entities, drafts: &[Draft]) -> Analysis {
    for entity in &mut entities.list {
        entity.mentions.sort_by_key(|m| (m.tokens.start, m.tokens.end));
        entity.mentions.dedup_by(|a, b| a.tokens == b.tokens);
    }
    // Entities with mentions, in order of first mention.
    let mut order: Vec<usize> = (0..entities.list.len()).filter(|&e| !entities.list[e].mentions.is_empty()).collect();
    order.sort_by_key(|&e| entities.list[e].mentions[0].tokens.start);
    let mut new_id = vec![None; entities.list.len()];
    for (n, &e) in order.iter().enumerate() {
        new_id[e] = Some(n);
    }
    let mut speakers = vec![false; entities.list.len()];
    for s in drafts.iter().filter_map(|d| d.speaker) {
        speakers[s] = true;
    }
    let out_entities = order
        .iter()
        .map(|&e| {
            let entity: &coref::Entity = &entities.list[e];
            Entity {
                kind: entity.kind,
                name: entity.name.clone(),
                title: entity.title.clone(),
                speaker: speakers[e],
                gender: (entity.gender != Gender::Unknown).then_some(entity.gender),
                place: entity.place,
                mentions: entity
                    .mentions
                    .iter()
                    .filter(|m| m.reference == Reference::Name || speakers[e])
                    .map(|m| doc.span(m.tokens.clone()))
                    .collect(),
            }
        })
        .collect();

    let mut claims: Vec<Claim> = drafts
        .iter()
        .filter(|d| !d.content.is_empty())
        .map(|d| {
            let content: Vec<Span> = d.content.iter().filter(|r| !r.is_empty()).map(|r| doc.span(r.clone())).collect();
            let first = d.content[0].start;
            let quoted_inside = d.content.iter().flat_map(|r| r.clone()).any(|k| is_opening_quote(doc, k));
            let kind = if is_opening_quote(doc, first) {
                ClaimKind::Direct
            } else if quoted_inside {
                ClaimKind::Mixed
            } else {
                ClaimKind::Indirect
            };
            Claim {
                kind,
                speech: d.class == CueClass::Speech,
                speaker: d.speaker.and_then(|s| new_id[s]),
                source: d.source.clone().filter(|r| !r.is_empty()).map(|r| doc.span(r)),
                cue: d.cue.clone().map(|r| doc.span(r)),
                content,
            }
        })
        .collect();
    claims.sort_by_key(|c| c.content[0].start);

    let place_ids: FastMap<&str, usize> = order
        .iter()
        .enumerate()
        .filter(|(_, &e)| entities.list[e].kind == EntityKind::Place)
        .map(|(n, &e)| (entities.list[e].name.as_str(), n))
        .collect();
    let demonyms = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Demonym)
        .map(|m| {
            let place = m.demonym_of.unwrap_or_default();
            Demonym { span: m.span, place, entity: place_ids.get(place).copied() }
        })
        .collect();

    Analysis { entities: out_entities, claims, demonyms }
}
