//! [`analyze`]: runs the stages in order and assembles their token-level results into the
//! public, span-level [`Analysis`].

use crate::analysis::{Analysis, Claim, Demonym, Entity, EntityKind, Gender};
use crate::attribution::{self, Attributions};
use crate::coref::{Chains, Reference};
use crate::document::Document;
use crate::lexicon::{CueClass, FastMap};
use crate::mentions::{self, Mention, MentionKind};

/// Analyses `text`: finds its people, places, organisations and claims.
///
/// Linear in the length of the text. Never panics on any input.
pub fn analyze(text: &str) -> Analysis {
    let doc = Document::new(text);
    let mentions = mentions::find(&doc);
    let chains = Chains::build(&doc, &mentions);
    let attributions = attribution::find(&doc, &mentions, &chains);
    assemble(&doc, &mentions, chains, &attributions)
}

/// Turns the token-level results into the public [`Analysis`]: entities in order of first
/// mention (with the pronouns and descriptions that attribution resolved), claims in text order,
/// demonyms linked to their place.
fn assemble(doc: &Document, mentions: &[Mention], mut chains: Chains, found: &Attributions) -> Analysis {
    for source in &found.sources {
        chains.add_mention(source.chain, source.tokens.clone(), source.reference);
    }
    let list = &mut chains.list;
    for chain in list.iter_mut() {
        chain.mentions.sort_by_key(|m| (m.tokens.start, m.tokens.end));
        chain.mentions.dedup_by(|a, b| a.tokens == b.tokens);
    }
    // Chains with mentions, in order of first mention.
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
    let entities = order
        .iter()
        .map(|&e| {
            let chain = &list[e];
            Entity {
                kind: chain.kind,
                name: chain.name.clone(),
                title: chain.title.clone(),
                speaker: speakers[e],
                gender: (chain.gender != Gender::Unknown).then_some(chain.gender),
                place: chain.place,
                mentions: chain
                    .mentions
                    .iter()
                    .filter(|m| m.reference == Reference::Name || speakers[e])
                    .map(|m| doc.span(m.tokens.clone()))
                    .collect(),
            }
        })
        .collect();

    let mut claims: Vec<Claim> = found
        .drafts
        .iter()
        .filter(|d| d.content.iter().any(|r| !r.is_empty()))
        .map(|d| Claim {
            kind: d.kind,
            speech: d.class == CueClass::Speech,
            speaker: d.speaker.and_then(|s| new_id[s]),
            source: d.source.clone().filter(|r| !r.is_empty()).map(|r| doc.span(r)),
            cue: d.cue.clone().map(|r| doc.span(r)),
            content: d.content.iter().filter(|r| !r.is_empty()).map(|r| doc.span(r.clone())).collect(),
        })
        .collect();
    claims.sort_by_key(|c| c.content[0].start);

    let place_ids: FastMap<&str, usize> = order
        .iter()
        .enumerate()
        .filter(|(_, &e)| list[e].kind == EntityKind::Place)
        .map(|(n, &e)| (list[e].name.as_str(), n))
        .collect();
    let demonyms = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Demonym)
        .filter_map(|m| {
            m.demonym_of.map(|place| Demonym { span: m.span, place, entity: place_ids.get(place).copied() })
        })
        .collect();

    Analysis { entities, claims, demonyms }
}
