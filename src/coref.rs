//! Coreference: named mentions joined into entities, and the resolution of pronouns and
//! descriptions ("He", "the NATO chief") to the people they stand for.

use std::ops::Range;

use crate::lexicon::FastMap;

use crate::analysis::{EntityKind, Gender, Place};
use crate::document::Document;
use crate::lexicon::{WordClass, WordSet, MAX_TITLE_TOKENS};
use crate::mentions::{Mention, MentionKind};
use crate::segment::TokenKind;

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Reference {
    /// By name: "Mark Rutte", "Rutte".
    Name,
    /// By pronoun, as the source of a claim: "He".
    Pronoun,
    /// By description, as the source of a claim: "the NATO chief".
    Description,
}

/// One mention of a chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ChainMention {
    /// Its tokens.
    pub tokens: Range<usize>,
    /// How it refers.
    pub reference: Reference,
}

/// A coreference chain: the mentions of one person, place or organisation, and what they tell
/// of it. The pipeline turns each chain into a public [`crate::Entity`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Chain {
    /// What it is.
    pub kind: EntityKind,
    /// Its canonical name: the fullest name the text gives ("Mark Rutte"), or the gazetteer's
    /// ("Kyiv" for "Kiev").
    pub name: String,
    /// For a person: the title the text gives them ("NATO Secretary General").
    pub title: Option<String>,
    /// The group of the person noun in the title ("leader"), for matching descriptions.
    pub title_group: Option<&'static str>,
    /// For a person: the gender their first name or title tells.
    pub gender: Gender,
    /// For a place: its gazetteer entry.
    pub place: Option<Place>,
    /// Its mentions: names in text order, then the pronouns and descriptions attribution adds.
    pub mentions: Vec<ChainMention>,
}

/// All chains of a document, and which chain each named mention belongs to.
#[derive(Clone, Debug, Default)]
pub(crate) struct Chains {
    /// The chains, in order of their first named mention.
    pub list: Vec<Chain>,
    /// For each named mention (index into the mention list), its chain; `None` for demonyms.
    pub of_mention: Vec<Option<usize>>,
    /// People's name mentions outside quotations, in text order: (first token, entity). Pronouns
    /// and descriptions look back along it.
    timeline: Vec<(usize, usize)>,
}

/// How many paragraphs before its own a pronoun looks back for the person it stands for: news
/// names a person again before a pronoun drifts further.
const PRONOUN_PARAGRAPHS: usize = 2;

/// How many paragraphs before its own a description ("the NATO chief") looks back for a person
/// with that title: a title, once given, is used for the rest of a story.
const DESCRIPTION_PARAGRAPHS: usize = 30;

impl Chains {
    /// Adds a pronoun or description that attribution resolved to chain `chain` (mentions are put
    /// in order, without duplicates, when the analysis is assembled).
    pub(crate) fn add_mention(&mut self, chain: usize, tokens: Range<usize>, reference: Reference) {
        self.list[chain].mentions.push(ChainMention { tokens, reference });
    }

    /// Joins `mentions` into chains.
    pub(crate) fn build(doc: &Document, mentions: &[Mention]) -> Chains {
        let mut joiner = Joiner::default();
        let of_mention: Vec<Option<usize>> =
            mentions.iter().enumerate().map(|(mi, m)| joiner.join(doc, mentions, mi, m)).collect();
        let timeline = mentions
            .iter()
            .zip(&of_mention)
            .filter(|(m, e)| m.kind == MentionKind::Person && e.is_some() && !doc.quotes.is_quoted(m.tokens.start))
            .map(|(m, e)| (m.tokens.start, e.unwrap()))
            .collect();
        Chains { list: joiner.list, of_mention, timeline }
    }

    /// The people named outside quotations between tokens `from` and `to`, latest first, each
    /// once, with the token of their latest mention.
    fn named_before(&self, from: usize, to: usize) -> Vec<(usize, usize)> {
        let lo = self.timeline.partition_point(|&(t, _)| t < from);
        let hi = self.timeline.partition_point(|&(t, _)| t < to);
        let mut out: Vec<(usize, usize)> = Vec::new();
        for &(t, e) in self.timeline[lo..hi].iter().rev() {
            if !out.iter().any(|&(_, seen)| seen == e) {
                out.push((t, e));
            }
        }
        out
    }

    /// The person a pronoun at token `at` refers to, or `None` when unsure.
    ///
    /// Candidates are people named outside quotations in the pronoun's paragraph and the two
    /// before it. `recent_speaker` — the speaker of the previous claim nearby — wins when its
    /// gender fits; otherwise the most recently named person whose gender fits, as long as no
    /// other recent person fits as well.
    pub(crate) fn resolve_pronoun(
        &self,
        doc: &Document,
        at: usize,
        gender: Gender,
        recent_speaker: Option<usize>,
    ) -> Option<usize> {
        let fits = |e: &Chain| {
            e.kind == EntityKind::Person
                && (gender == Gender::Unknown || e.gender == gender || e.gender == Gender::Unknown)
        };
        if let Some(s) = recent_speaker {
            if fits(&self.list[s]) && (gender == Gender::Unknown || self.list[s].gender == gender) {
                return Some(s);
            }
        }
        let paragraph = doc.seg.paragraph_of(at);
        let window_start = doc.seg.paragraphs[paragraph.saturating_sub(PRONOUN_PARAGRAPHS)].tokens.start;
        // The latest named mention of each fitting person inside the window.
        let mut latest = self.named_before(window_start, at);
        latest.retain(|&(_, e)| fits(&self.list[e]));
        let (_, best) = *latest.first()?;
        if self.list[best].gender == gender && gender != Gender::Unknown {
            return Some(best);
        }
        // The best fits only by not contradicting: trust it only if it is the only candidate.
        (latest.len() == 1).then_some(best)
    }

    /// The person a description such as "the NATO chief" or "the minister" refers to: the most
    /// recently mentioned person whose title shares the description's head group and contains its
    /// capitalised modifiers.
    pub(crate) fn resolve_description(&self, doc: &Document, tokens: Range<usize>) -> Option<usize> {
        let head = tokens.clone().rev().find(|&k| doc.lex(k).person_noun.is_some())?;
        let noun = doc.lex(head).person_noun?;
        let modifiers: Vec<&str> = (tokens.start..head)
            .filter(|&k| doc.is_capitalized(k) && doc.class(k).is_none())
            .map(|k| doc.word(k))
            .collect();
        let paragraph = doc.seg.paragraph_of(tokens.start);
        let window_start = doc.seg.paragraphs[paragraph.saturating_sub(DESCRIPTION_PARAGRAPHS)].tokens.start;
        self.named_before(window_start, tokens.start).into_iter().map(|(_, e)| e).find(|&e| {
            let entity = &self.list[e];
            let title = entity.title.as_deref().unwrap_or("");
            entity.title_group == Some(noun.group)
                && modifiers.iter().all(|m| title.split(char::is_whitespace).any(|w| w == *m))
        })
    }
}

/// Named mentions joined into chains one at a time, in text order.
#[derive(Default)]
struct Joiner {
    list: Vec<Chain>,
    /// (kind, name as written or canonical) → chain, for places and organisations.
    by_key: FastMap<(EntityKind, String), usize>,
    people: PeopleIndex,
    /// The chain of each mention joined so far.
    of_mention: Vec<Option<usize>>,
}

impl Joiner {
    /// Joins mention `mi` (`m`) to a chain, a new one if none fits; `None` for a demonym.
    fn join(&mut self, doc: &Document, mentions: &[Mention], mi: usize, m: &Mention) -> Option<usize> {
        let kind = match m.kind {
            MentionKind::Person => EntityKind::Person,
            MentionKind::Place => EntityKind::Place,
            MentionKind::Organization => EntityKind::Organization,
            MentionKind::Demonym => {
                self.of_mention.push(None);
                return None;
            }
        };
        let text = doc.key(m.tokens.clone());
        let canonical = m.place.as_ref().map(|p| p.canonical).filter(|c| !c.is_empty());
        let found = match kind {
            EntityKind::Person => self.people.find(doc, &self.list, m),
            EntityKind::Place => self.by_key.get(&(kind, canonical.unwrap_or(&text).to_string())).copied(),
            EntityKind::Organization => self
                .by_key
                .get(&(kind, text.clone()))
                .copied()
                .or_else(|| acronym_of(doc, mentions, mi).and_then(|prev| self.of_mention[prev])),
        };
        let id = found.unwrap_or_else(|| {
            self.list.push(Chain {
                kind,
                name: canonical.map_or_else(|| text.clone(), str::to_string),
                title: None,
                title_group: None,
                gender: Gender::Unknown,
                place: m.place.as_deref().copied(),
                mentions: Vec::new(),
            });
            self.list.len() - 1
        });
        let chain = &mut self.list[id];
        if kind == EntityKind::Person && m.tokens.len() > chain.name.split(' ').count() {
            chain.name = text.clone(); // "Rutte" first, "Mark Rutte" later: keep the fuller
        }
        if chain.gender == Gender::Unknown {
            chain.gender = m.gender;
        }
        if let (None, Some(title)) = (&chain.title, &m.title) {
            chain.title = Some(doc.slice(title.clone()).to_string());
            chain.title_group = title_group(doc, title.clone());
        }
        chain.mentions.push(ChainMention { tokens: m.tokens.clone(), reference: Reference::Name });
        if kind == EntityKind::Person {
            self.people.add(&chain.name, id);
        }
        self.by_key.insert((kind, chain.name.clone()), id);
        self.by_key.insert((kind, text), id);
        self.of_mention.push(Some(id));
        Some(id)
    }
}

/// People's entities by the words of their names, to join a mention to the right person
/// without scanning every entity.
#[derive(Default)]
struct PeopleIndex {
    /// Whole name → entity.
    full: FastMap<String, usize>,
    /// Last word of a name → entities.
    last: FastMap<String, Vec<usize>>,
    /// First word of a name of two words or more → entities.
    first: FastMap<String, Vec<usize>>,
}

impl PeopleIndex {
    /// Records that entity `id` is (now) called `name`.
    fn add(&mut self, name: &str, id: usize) {
        let words: Vec<&str> = name.split(' ').collect();
        self.full.insert(name.to_string(), id);
        let last = self.last.entry(words[words.len() - 1].to_string()).or_default();
        if !last.contains(&id) {
            last.push(id);
        }
        if words.len() > 1 {
            let first = self.first.entry(words[0].to_string()).or_default();
            if !first.contains(&id) {
                first.push(id);
            }
        }
    }

    /// The entity a person-name mention joins: the same full name; or, for a surname (or a lone
    /// first name), the fuller name it belongs to; or, for a full name, an entity known so far
    /// only by its surname. The most recently mentioned wins.
    fn find(&self, doc: &Document, list: &[Chain], m: &Mention) -> Option<usize> {
        // ALL-CAPS names ("FISK:" in a transcript) are looked up in Title Case.
        let words: Vec<String> = m
            .tokens
            .clone()
            .filter(|&k| doc.is_kind(k, TokenKind::Word))
            .map(|k| doc.name_form(k).into_owned())
            .collect();
        let text = words.join(" ");
        if let Some(&id) = self.full.get(&text) {
            return Some(id);
        }
        let last_word = words.last()?.as_str();
        let mut candidates: Vec<usize> = Vec::new();
        if words.len() == 1 {
            candidates.extend(self.last.get(last_word).into_iter().flatten());
            candidates.extend(self.first.get(last_word).into_iter().flatten());
        } else {
            // "Mark Rutte" after a lone "Rutte".
            candidates
                .extend(self.last.get(last_word).into_iter().flatten().filter(|&&id| !list[id].name.contains(' ')));
        }
        candidates.into_iter().max_by_key(|&id| list[id].mentions.last().map_or(0, |x| x.tokens.start))
    }
}

/// The group of the person noun in a title ("Secretary General" → "leader").
fn title_group(doc: &Document, title: Range<usize>) -> Option<&'static str> {
    (1..=title.len().min(MAX_TITLE_TOKENS))
        .rev()
        .find_map(|len| doc.person_noun(title.end - len..title.end))
        .map(|n| n.group)
}

/// "World Economic Forum (WEF)": for an acronym in brackets right after an organisation, that
/// organisation's mention index.
fn acronym_of(doc: &Document, mentions: &[Mention], mi: usize) -> Option<usize> {
    let m = &mentions[mi];
    let prev = mi.checked_sub(1)?;
    let bracketed = m.tokens.start >= 1 && doc.is(m.tokens.start - 1, "(") && doc.is(m.tokens.end, ")");
    let adjacent = mentions[prev].tokens.end + 1 == m.tokens.start && mentions[prev].kind == MentionKind::Organization;
    let upper = doc.word(m.tokens.start).chars().all(|c| c.is_uppercase());
    (bracketed && adjacent && upper && m.tokens.len() == 1).then_some(prev)
}

/// What a pronoun that is the source of a claim can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SourcePronoun {
    /// "he" or "she": a person of that gender.
    Person(Gender),
    /// "they" or "it": a group or an organisation, never one person.
    Group,
}

/// What token `i` refers to when it is a pronoun that can be the source of a claim.
pub(crate) fn source_pronoun(doc: &Document, i: usize) -> Option<SourcePronoun> {
    match doc.class(i) {
        Some(WordClass::Pronoun { gender, speaker_relative: false, .. }) if doc.in_set(i, WordSet::SubjectPronoun) => {
            Some(if gender == Gender::Unknown { SourcePronoun::Group } else { SourcePronoun::Person(gender) })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions;

    #[test]
    fn surname_and_full_name_join() {
        let text = "Rutte arrived. NATO Secretary General Mark Rutte spoke. Rutte said no.";
        let doc = Document::new(text);
        let mentions = mentions::find(&doc);
        let entities = Chains::build(&doc, &mentions);
        let people: Vec<&Chain> = entities.list.iter().filter(|e| e.kind == EntityKind::Person).collect();
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].name, "Mark Rutte");
        assert_eq!(people[0].title.as_deref(), Some("NATO Secretary General"));
        assert_eq!(people[0].mentions.len(), 3);
    }

    #[test]
    fn places_join_by_canonical_name() {
        let text = "Kiev is also written Kyiv.";
        let doc = Document::new(text);
        let entities = Chains::build(&doc, &mentions::find(&doc));
        assert_eq!(entities.list.len(), 1);
        assert_eq!(entities.list[0].name, "Kyiv");
    }

    #[test]
    fn descriptions_match_titles() {
        let text = "NATO Secretary General Mark Rutte met Minister Jane Doe. Then the NATO chief left.";
        let doc = Document::new(text);
        let entities = Chains::build(&doc, &mentions::find(&doc));
        let chief = (0..doc.len()).find(|&i| doc.is(i, "chief")).unwrap();
        let id = entities.resolve_description(&doc, chief - 2..chief + 1).unwrap();
        assert_eq!(entities.list[id].name, "Mark Rutte");
    }

    #[test]
    fn acronym_in_brackets() {
        let text = "The World Economic Forum (WEF) met. WEF said so.";
        let doc = Document::new(text);
        let entities = Chains::build(&doc, &mentions::find(&doc));
        let orgs: Vec<&Chain> = entities.list.iter().filter(|e| e.kind == EntityKind::Organization).collect();
        assert_eq!(orgs.len(), 1);
        assert_eq!(orgs[0].mentions.len(), 3);
    }
}
