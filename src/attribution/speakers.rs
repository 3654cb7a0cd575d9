//! Speakers: the entity each claim's source refers to.

use super::Draft;
use crate::coref::{source_pronoun, Entities, EntityKind, EntityMention, Reference, SourcePronoun};
use crate::document::Document;
use crate::lexicon::{self, WordClass};
use crate::mentions::{Mention, MentionKind};

/// Sets each draft's speaker, in text order: a name in the source; else a pronoun resolved with
/// the previous claim's speaker as the favourite; else a description matched to a title. Pronoun
/// and description sources are added to their entity's mentions.
pub fn resolve(doc: &Document, mentions: &[Mention], entities: &mut Entities, drafts: &mut [Draft]) {
    let mut recent: Option<(usize, usize)> = None; // (paragraph, person speaking)
    let mut recent_group: Option<(usize, usize)> = None; // (paragraph, organisation speaking)
    for d in drafts.iter_mut() {
        let Some(written) = d.source.clone() else { continue };
        // "…, one MP, who said …": the speaker is the relative pronoun's antecedent.
        let source = antecedent(doc, &written).unwrap_or(written);
        let paragraph = doc.seg.paragraph_of(source.start);
        // A person named inside the source: "the Afghan team's coach, Alireza Mehraban".
        // The named mentions inside the source (mentions are sorted and never overlap).
        let first = mentions.partition_point(|m| m.tokens.start < source.start);
        let inside = mentions[first..]
            .iter()
            .enumerate()
            .map(|(k, m)| (first + k, m))
            .take_while(|(_, m)| m.tokens.end <= source.end);
        // A person named inside the source, not as an owner: "Ms Hume's spokesman" is not Ms Hume.
        let named = inside.clone().find(|(mi, m)| {
            m.kind == MentionKind::Person
                && entities.of_mention[*mi].is_some()
                && !(m.tokens.end < doc.len() && doc.kind(m.tokens.end) == crate::segment::TokenKind::Possessive)
        });
        let mut speaker = named.and_then(|(mi, _)| entities.of_mention[mi]);
        if let (Some(id), Some((_, m))) = (speaker, named) {
            // "the Afghan team's coach, Alireza Mehraban": the description names the speaker too.
            if let Some(description) = description_before(doc, source.start..m.tokens.start) {
                add_mention(entities, id, description, Reference::Description);
            }
        }
        if speaker.is_none() && source.len() == 1 {
            match source_pronoun(doc, source.start) {
                Some(SourcePronoun::Person(gender)) => {
                    let favourite = recent.filter(|&(p, _)| paragraph <= p + 2).map(|(_, s)| s);
                    speaker = entities.resolve_pronoun(doc, source.start, gender, favourite);
                    if let Some(id) = speaker {
                        add_mention(entities, id, source.clone(), Reference::Pronoun);
                    }
                }
                // "The Kremlin said … It added …": the organisation that spoke last, nearby.
                Some(SourcePronoun::Group) => {
                    speaker = recent_group.filter(|&(p, _)| paragraph <= p + 1).map(|(_, s)| s)
                }
                None => {}
            }
        }
        if speaker.is_none()
            && source.clone().any(|k| lexicon::person_noun(doc.lower(k)).is_some())
            && doc.is_any(source.start, &["the", "this", "that"])
        {
            speaker = entities.resolve_description(doc, source.clone());
            if let Some(id) = speaker {
                add_mention(entities, id, source.clone(), Reference::Description);
            }
        }
        if speaker.is_none() {
            // An organisation or place speaks only as the head of the source: "the Kremlin said",
            // not "officials in Ostrava said" or "a Bloomberg poll shows".
            let head = |entities: &Entities, kind: MentionKind| {
                inside
                    .clone()
                    .filter(|(_, m)| {
                        // The head ends the source, or its acronym in brackets does: "… (IFS)".
                        let end = if doc.is(source.end - 1, ")") { source.end - 1 } else { source.end };
                        // No preposition before it outside a name ("officials in Ostrava").
                        let named = |k: usize| inside.clone().any(|(_, n)| n.tokens.contains(&k));
                        m.kind == kind
                            && m.tokens.end == end
                            && !(source.start..m.tokens.start)
                                .any(|k| doc.class(k) == Some(WordClass::Preposition) && !named(k))
                    })
                    .find_map(|(mi, _)| entities.of_mention[mi])
            };
            speaker = head(entities, MentionKind::Organization).or_else(|| head(entities, MentionKind::Place));
        }
        if let Some(s) = speaker {
            if entities.list[s].kind == EntityKind::Person {
                recent = Some((paragraph, s));
            } else {
                recent_group = Some((paragraph, s));
            }
        }
        d.speaker = speaker;
    }
}

/// For a relative pronoun ("who" in "one MP, who said"), the noun phrase it refers to.
fn antecedent(doc: &Document, source: &std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    if source.len() != 1 || !doc.is_any(source.start, &["who", "which"]) || source.start == 0 {
        return None;
    }
    // ", who said": before the comma; "an architect who said": right before.
    let end = if doc.is(source.start - 1, ",") { source.start - 1 } else { source.start };
    let floor = doc.sentence_tokens(source.start).start;
    crate::syntax::noun_phrase_left(doc, end, floor)
}

/// A description before a name in a source: "the Afghan team's coach" in "the Afghan team's
/// coach, Alireza Mehraban", "His father" in "His father Mohamed El-Hassan Mohamed".
fn description_before(doc: &Document, before_name: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    if before_name.is_empty() {
        return None;
    }
    let comma = before_name.end - 1;
    let (end, possessive_needed) = if doc.is(comma, ",") { (comma, false) } else { (before_name.end, true) };
    if end <= before_name.start {
        return None;
    }
    let noun = lexicon::person_noun(doc.lower(end - 1)).is_some();
    let determined = matches!(doc.class(before_name.start), Some(WordClass::Determiner | WordClass::PossessivePronoun))
        || doc.is_capitalized(before_name.start);
    // Without a comma only a possessive description is one ("His father Mohamed", "Tunisia's
    // coach Nabil Maaloul"); "NATO Secretary General Mark Rutte" is a title, not a mention.
    let possessive = doc.class(before_name.start) == Some(WordClass::PossessivePronoun)
        || (before_name.start..end).any(|k| doc.kind(k) == crate::segment::TokenKind::Possessive);
    (noun && determined && (!possessive_needed || possessive)).then_some(before_name.start..end)
}

/// Adds a pronoun or description mention to an entity (mentions are put in order, without
/// duplicates, when the analysis is assembled).
fn add_mention(entities: &mut Entities, id: usize, tokens: std::ops::Range<usize>, reference: Reference) {
    entities.list[id].mentions.push(EntityMention { tokens, reference });
}
