//! [`analyze`]: runs the stages in order and assembles their token-level results into the
//! public, span-level [`Analysis`].

use crate::analysis::{Analysis, Claim, Demonym, Entity, EntityKind, Gender, SourceKind};
use crate::attribution::{self, Attributions, Draft};
use crate::coref::{Chain, Chains, Reference};
use crate::document::Document;
use crate::lexicon::{CueClass, FastMap};
use crate::mentions::{self, Mention, MentionKind};

/// Analyses `text`: finds its people, places, organisations and claims.
///
/// Linear in the length of the text. Never panics on any input.
pub fn analyze(text: &str) -> Analysis {
    let mut doc = Document::new(text);
    let mentions = mentions::find(&doc);
    doc.read_names(&mentions);
    analyze_from(&doc, &mentions)
}

/// [`analyze`] with the mentions of a tagger model alone, or of the rules alone: for measuring
/// the tagger against the rules by cross-validation.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn analyze_with_tagger(text: &str, model: Option<&mentions::tagger::Model>) -> Analysis {
    let mut doc = Document::new(text);
    let mentions = match model {
        Some(model) => mentions::by_tagger(&doc, model),
        None => mentions::by_rules(&doc),
    };
    doc.read_names(&mentions);
    analyze_from(&doc, &mentions)
}

/// The stages after the mentions.
fn analyze_from(doc: &Document, mentions: &[Mention]) -> Analysis {
    let chains = Chains::build(doc, mentions);
    let attributions = attribution::find(doc, mentions, &chains);
    assemble(doc, mentions, chains, attributions)
}

/// Turns the token-level results into the public [`Analysis`]: entities in order of first
/// mention (with the pronouns and descriptions that attribution resolved), claims in text order,
/// demonyms linked to their place.
fn assemble(doc: &Document, mentions: &[Mention], mut chains: Chains, mut found: Attributions) -> Analysis {
    for source in found.sources {
        chains.add_mention(source.chain, source.tokens, source.reference);
    }
    unnamed_sources(doc, &mut chains, &mut found.drafts);
    for chain in &mut chains.list {
        chain.mentions.sort_by_key(|m| (m.tokens.start, m.tokens.end));
        chain.mentions.dedup_by(|a, b| a.tokens == b.tokens);
    }
    let list = &chains.list;
    // Chains with mentions, in order of first mention; `new_id` maps a chain to its entity.
    let mut order: Vec<usize> = (0..list.len()).filter(|&e| !list[e].mentions.is_empty()).collect();
    order.sort_by_key(|&e| list[e].mentions[0].tokens.start);
    let mut new_id = vec![None; list.len()];
    for (n, &e) in order.iter().enumerate() {
        new_id[e] = Some(n);
    }
    let mut speakers = vec![false; list.len()];
    for s in found.drafts.iter().filter_map(|d| d.speaker) {
        speakers[s] = true;
    }
    let entities: Vec<Entity> = order.iter().map(|&e| entity(doc, &list[e], speakers[e])).collect();
    let mut claims: Vec<Claim> = found
        .drafts
        .into_iter()
        .filter(|d| d.content.iter().any(|r| !r.is_empty()))
        .map(|d| claim(doc, &d, d.speaker.and_then(|s| new_id[s])))
        .collect();
    claims.sort_by_key(|c| c.content[0].start);
    let demonyms = demonyms(doc, mentions, &entities);
    Analysis { entities, claims, demonyms }
}

/// Makes an entity of each unnamed source ("a senior official"), one for each description the
/// text repeats, and makes it the speaker of its claims.
fn unnamed_sources(doc: &Document, chains: &mut Chains, drafts: &mut [Draft]) {
    let mut by_key: FastMap<String, usize> = FastMap::default();
    for d in drafts.iter_mut().filter(|d| d.source_kind == SourceKind::Unnamed && d.speaker.is_none()) {
        let Some(source) = d.source.clone() else { continue };
        let Some(key) = attribution::unnamed_key(doc, &source) else { continue };
        // Named by its noun phrase, without what a comma adds: "Thames Water, which is
        // struggling under £15bn of debt," is "Thames Water".
        let comma = (source.start + 1..source.end).find(|&k| doc.is(k, ",")).unwrap_or(source.end);
        let id = *by_key.entry(key).or_insert_with(|| {
            chains.list.push(Chain {
                kind: EntityKind::Unnamed,
                name: doc.written(source.start..comma).into_owned(),
                title: None,
                title_group: None,
                gender: Gender::Unknown,
                first_name: None,
                place: None,
                mentions: Vec::new(),
            });
            chains.list.len() - 1
        });
        chains.add_mention(id, source, Reference::Description);
        d.speaker = Some(id);
    }
}

/// The public entity of `chain`; a speaker keeps the pronouns and descriptions that named it as a
/// source.
fn entity(doc: &Document, chain: &Chain, speaker: bool) -> Entity {
    let shown = || chain.mentions.iter().filter(|m| m.reference == Reference::Name || speaker);
    Entity {
        kind: chain.kind,
        name: chain.name.clone(),
        title: chain.title.clone(),
        speaker,
        gender: (chain.gender != Gender::Unknown).then_some(chain.gender),
        place: chain.place,
        mentions: shown().map(|m| doc.span(m.tokens.clone())).collect(),
        mention_confidence: shown().map(|m| m.confidence).collect(),
    }
}

/// The public claim of `draft`, whose speaker is entity `speaker`.
fn claim(doc: &Document, draft: &Draft, speaker: Option<usize>) -> Claim {
    Claim {
        kind: draft.kind,
        speech: draft.class == CueClass::Speech,
        speaker,
        source: draft.source.clone().filter(|r| !r.is_empty()).map(|r| doc.span(r)),
        cue: draft.cue.clone().map(|r| doc.span(r)),
        content: draft.content.iter().filter(|r| !r.is_empty()).map(|r| doc.span(r.clone())).collect(),
        confidence: draft.confidence,
        source_kind: draft.source_kind,
    }
}

/// The demonyms among `mentions`, each linked to the entity of its place when the text names it.
fn demonyms(doc: &Document, mentions: &[Mention], entities: &[Entity]) -> Vec<Demonym> {
    let place_ids: FastMap<&str, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Place)
        .map(|(n, e)| (e.name.as_str(), n))
        .collect();
    mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Demonym)
        .filter_map(|m| {
            m.demonym_of.map(|place| Demonym {
                span: doc.span(m.tokens.clone()),
                place,
                entity: place_ids.get(place).copied(),
            })
        })
        .collect()
}
