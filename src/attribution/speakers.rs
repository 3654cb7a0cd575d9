//! Speakers: the coreference chain each claim's source refers to.

use std::ops::Range;

use super::Draft;
use crate::analysis::{EntityKind, SourceKind};
use crate::coref::{source_pronoun, Chains, Reference, SourcePronoun};
use crate::document::Document;
use crate::lexicon::{WordClass, WordSet};
use crate::mentions::{Mention, MentionKind};
use crate::segment::TokenKind;
use crate::syntax;

/// A source that refers to a chain by pronoun or description: "He", "the NATO chief".
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SourceMention {
    /// The chain it refers to.
    pub chain: usize,
    /// Its tokens.
    pub tokens: Range<usize>,
    /// How it refers.
    pub reference: Reference,
}

/// How many paragraphs after the previous claim's speaker spoke a "he" or "she" still favours
/// them.
const SPEAKER_PARAGRAPHS: usize = 2;

/// How many paragraphs after an organisation spoke a "they" or "it" still refers to it.
const GROUP_PARAGRAPHS: usize = 1;

/// Sets each draft's speaker, in text order: a name in the source; else a pronoun resolved with
/// the previous claim's speaker as the favourite; else a description matched to a title; else an
/// organisation or place at the source's head. Returns the pronoun and description sources, for
/// the pipeline to add to their chains.
pub(crate) fn resolve(
    doc: &Document,
    mentions: &[Mention],
    chains: &Chains,
    drafts: &mut [Draft],
) -> Vec<SourceMention> {
    let mut found = Vec::new();
    let narrator = title_person(doc, mentions, chains);
    let mut recent: Option<(usize, usize)> = None; // (paragraph, person speaking)
    let mut recent_group: Option<(usize, usize)> = None; // (paragraph, organisation speaking)
    for d in drafts.iter_mut() {
        let Some(written) = d.source.clone() else { continue };
        // "…, one MP, who said …": the speaker is the relative pronoun's antecedent.
        let source = antecedent(doc, &written).unwrap_or(written);
        let paragraph = doc.seg.paragraph_of(source.start);
        let mut add = |chain: usize, tokens: Range<usize>, reference: Reference| {
            found.push(SourceMention { chain, tokens, reference });
        };
        let speaker = named(doc, mentions, chains, &source, &mut add)
            .or_else(|| {
                let favourite = recent.filter(|&(p, _)| paragraph <= p + SPEAKER_PARAGRAPHS).map(|(_, s)| s);
                let group = recent_group.filter(|&(p, _)| paragraph <= p + GROUP_PARAGRAPHS).map(|(_, s)| s);
                pronoun(doc, (mentions, chains), &source, (favourite, group), &d.content, &mut add)
            })
            .or_else(|| description(doc, (mentions, chains), &source, &mut add))
            .or_else(|| title_description(doc, chains, &source, &mut add))
            .or_else(|| first_person(doc, &source, narrator?, &mut add))
            .or_else(|| {
                head(doc, mentions, chains, &source, MentionKind::Organization)
                    .or_else(|| head(doc, mentions, chains, &source, MentionKind::Place))
            });
        if let Some(s) = speaker {
            if chains.list[s].kind == EntityKind::Person {
                recent = Some((paragraph, s));
            } else {
                recent_group = Some((paragraph, s));
            }
        }
        d.speaker = speaker;
    }
    found
}

/// The named mentions inside `source`, with their indices (mentions are sorted and never
/// overlap).
fn inside<'m>(mentions: &'m [Mention], source: &Range<usize>) -> impl Iterator<Item = (usize, &'m Mention)> + Clone {
    let first = mentions.partition_point(|m| m.tokens.start < source.start);
    let end = source.end;
    mentions[first..].iter().enumerate().map(move |(k, m)| (first + k, m)).take_while(move |(_, m)| m.tokens.end <= end)
}

/// A person named inside the source, not as an owner ("Ms Hume's spokesman" is not Ms Hume);
/// a description before the name names them too ("the Afghan team's coach, Alireza Mehraban").
fn named(
    doc: &Document,
    mentions: &[Mention],
    chains: &Chains,
    source: &Range<usize>,
    add: &mut impl FnMut(usize, Range<usize>, Reference),
) -> Option<usize> {
    // "the Trump campaign", "Clinton aides", "Clinton spokesman Brian Fallon": a name before a
    // noun is a modifier, not the speaker (but "a speech Mrs. Clinton delivered").
    let modifier = |m: &Mention| m.tokens.end < source.end && syntax::is_modified_noun(doc, m.tokens.end);
    // "Hillary Clinton and Bernie Sanders said": a group, no one person.
    // "he and Mr. Allen said": an honorific before the name is no barrier (but "academic and
    // professor Marc Lamont Hill" is one person).
    let joined = |m: &Mention| {
        let mut before = m.tokens.start;
        while before > source.start && doc.lex(before - 1).person_noun.is_some_and(|n| n.group == "honorific") {
            before -= 1;
        }
        (m.tokens.end < source.end && doc.in_set(m.tokens.end, WordSet::NameJoin))
            || (before > source.start && doc.in_set(before - 1, WordSet::NameJoin))
    };
    // "Ms Hume's spokesman" is not Ms Hume, but the owner alone is the source of a noun cue:
    // "Trump's false claims that …", "Zornick's comment".
    let owner = |m: &Mention| doc.is_kind(m.tokens.end, TokenKind::Possessive) && m.tokens.end + 1 < source.end;
    // "A lawyer for John Smith", "aides to President Obama", "analysts at Morgan Stanley": the
    // name after a person noun's preposition is not who speaks — unless a relative clause follows
    // the name ("in the mouth of Donald Trump, who proclaimed …"). A document's author is:
    // "according to a post from Arianna Huffington", "calculations by Amy Glasmeier".
    let relative_follows = doc.in_set(source.end, WordSet::SubjectRelative)
        || doc.is(source.end, ",") && doc.in_set(source.end + 1, WordSet::SubjectRelative);
    let object = |m: &Mention| {
        if m.tokens.end == source.end && relative_follows {
            return false;
        }
        let mut before = m.tokens.start;
        while before > source.start
            && (doc.lex(before - 1).person_noun.is_some() || doc.class(before - 1) == Some(WordClass::Determiner))
        {
            before -= 1;
        }
        before > source.start + 1
            && doc.class(before - 1) == Some(WordClass::Preposition)
            && doc.lex(before - 2).person_noun.is_some()
    };
    // "A woman who has accused former President Bill Clinton of rape": a name inside a relative
    // clause of the source is not who speaks (one after the clause's comma is an appositive: "the
    // man who wrote it, John Smith,"; "of that report" is no clause).
    let in_relative_clause = |m: &Mention| {
        (source.start + 1..m.tokens.start)
            .rev()
            .take_while(|&k| !doc.is(k, ","))
            .any(|k| syntax::is_relative_pronoun(doc, k))
    };
    let (mi, m) = inside(mentions, source).find(|(mi, m)| {
        m.kind == MentionKind::Person
            && chains.of_mention[*mi].is_some()
            && !owner(m)
            && !modifier(m)
            && !object(m)
            && !in_relative_clause(m)
    })?;
    if joined(m) {
        return None;
    }
    let id = chains.of_mention[mi]?;
    if let Some(description) = description_before(doc, source.start..m.tokens.start) {
        add(id, description, Reference::Description);
    }
    Some(id)
}

/// A pronoun source: "he" or "she" resolved with `favourite`, the previous claim's speaker
/// nearby, and never to a person the claim's `content` names ("He said, “Andy Warhol was …”" is
/// not Warhol); "they" or "it" to `group`, the organisation that spoke last nearby ("The Kremlin
/// said … It added …").
fn pronoun(
    doc: &Document,
    (mentions, chains): (&[Mention], &Chains),
    source: &Range<usize>,
    (favourite, group): (Option<usize>, Option<usize>),
    content: &[Range<usize>],
    add: &mut impl FnMut(usize, Range<usize>, Reference),
) -> Option<usize> {
    if source.len() != 1 {
        return None;
    }
    match source_pronoun(doc, source.start)? {
        SourcePronoun::Person(gender) => {
            let spoken_of: Vec<usize> = content
                .iter()
                .flat_map(|piece| inside(mentions, piece))
                .filter(|(_, m)| m.kind == MentionKind::Person)
                .filter_map(|(mi, _)| chains.of_mention[mi])
                .collect();
            let id = chains.resolve_pronoun(doc, source.start, gender, favourite, &spoken_of)?;
            add(id, source.clone(), Reference::Pronoun);
            Some(id)
        }
        SourcePronoun::Group => group,
    }
}

/// A definite description matched to a person with that title: "the NATO chief".
fn description(
    doc: &Document,
    (mentions, chains): (&[Mention], &Chains),
    source: &Range<usize>,
    add: &mut impl FnMut(usize, Range<usize>, Reference),
) -> Option<usize> {
    if !(source.clone().any(|k| doc.lex(k).person_noun.is_some()) && doc.in_set(source.start, WordSet::Definite)) {
        return None;
    }
    // "the Vermont senator": the place it names, if any.
    let place = inside(mentions, source).find(|(_, m)| m.kind == MentionKind::Place).map(|(_, m)| m.tokens.clone());
    let id = chains.resolve_description(doc, source.clone(), place)?;
    add(id, source.clone(), Reference::Description);
    Some(id)
}

/// The text's title line: its first paragraph, when no full stop ends it.
fn title_line(doc: &Document) -> Option<Range<usize>> {
    let first = doc.seg.paragraphs.first()?.tokens.clone();
    (!first.is_empty() && !syntax::is_terminal(doc, first.end - 1)).then_some(first)
}

/// A description that is the source in the text's title line ([`title_line`]): the person the article goes on to introduce with the description's noun
/// ("Australian woman claims …" over "Valeska Paris, an Australian woman, …").
fn title_description(
    doc: &Document,
    chains: &Chains,
    source: &Range<usize>,
    add: &mut impl FnMut(usize, Range<usize>, Reference),
) -> Option<usize> {
    let title = title_line(doc)?;
    let head = source.end.checked_sub(1)?;
    if !title.contains(&source.start) || doc.lex(head).person_noun.is_none() {
        return None;
    }
    let id = chains.introduced_as(doc, title.end, doc.lower(head))?;
    add(id, source.clone(), Reference::Description);
    Some(id)
}

/// The most words between a person's name and the word of speaking in a title line that
/// make the name the speaker's: "Pelosi Floor Speech", "interviews academic Simon Ličen".
const MAX_TITLE_GAP: usize = 2;

/// The one person an interview's or a speech's title line names ("Biologist Nick Bos tells
/// Wikinews about …", "Interview with US political activist Noam Chomsky", "Pelosi Floor
/// Speech …") — of several, the one next to its word of speaking —, or the one the article
/// introduces with the role the title names instead: whose words the text gives outside
/// quotation marks. `None` for any other title, or one that names several people none of
/// whom stands next to that word.
fn title_person(doc: &Document, mentions: &[Mention], chains: &Chains) -> Option<usize> {
    let title = title_line(doc)?;
    let word = title.clone().find(|&k| doc.in_set(k, WordSet::InterviewTitle))?;
    let people_in = || {
        inside(mentions, &title).filter(|(_, m)| m.kind == MentionKind::Person).filter_map(|(mi, m)| {
            let gap = if m.tokens.end <= word { word - m.tokens.end } else { m.tokens.start - word - 1 };
            chains.of_mention[mi].map(|chain| (chain, gap))
        })
    };
    // "Pelosi Floor Speech in Support of the George Floyd Justice in Policing Act": of several
    // people, the one the word of speaking stands next to.
    if let Some(person) = only_one(people_in().filter(|&(_, gap)| gap <= MAX_TITLE_GAP).map(|(chain, _)| chain)) {
        return Some(person);
    }
    // "Wikinews interviews President of the International Brotherhood of Magicians" over
    // "… spoke with William Evans, president of …": a title that names a role, not a person,
    // means the person the article introduces with it.
    if people_in().next().is_none() {
        let role = title.clone().find(|&k| doc.lex(k).person_noun.is_some_and(|n| n.words == doc.lower(k)))?;
        return chains.introduced_as(doc, title.end, doc.lower(role));
    }
    only_one(people_in().map(|(chain, _)| chain))
}

/// The one chain `chains` holds, however often; `None` for none or several.
fn only_one(mut chains: impl Iterator<Item = usize>) -> Option<usize> {
    let first = chains.next()?;
    chains.all(|c| c == first).then_some(first)
}

/// "I" as a source outside quotation marks in an interview or a speech: `narrator`, the person
/// its title names ("I think this was in my third year" in Nick Bos's answers).
fn first_person(
    doc: &Document,
    source: &Range<usize>,
    narrator: usize,
    add: &mut impl FnMut(usize, Range<usize>, Reference),
) -> Option<usize> {
    if source.len() != 1 || doc.word(source.start) != "I" || doc.quotes.is_quoted(source.start) {
        return None;
    }
    add(narrator, source.clone(), Reference::Pronoun);
    Some(narrator)
}

/// An organisation or place of kind `kind` that heads the source: "the Kremlin said" — not
/// "officials in Ostrava said" or "a Bloomberg poll shows".
fn head(
    doc: &Document,
    mentions: &[Mention],
    chains: &Chains,
    source: &Range<usize>,
    kind: MentionKind,
) -> Option<usize> {
    // The head ends the source, or its acronym in brackets does: "… (IFS)", or the phrase
    // before an appositive or relative clause does: "the Coalition, which represents …,".
    let end = (source.start + 1..source.end).find(|&k| doc.is(k, ",")).unwrap_or(source.end);
    let end = if doc.is(end - 1, ")") { end - 1 } else { end };
    let in_name = |k: usize| inside(mentions, source).any(|(_, n)| n.tokens.contains(&k));
    inside(mentions, source)
        .filter(|(_, m)| {
            // No preposition before it outside a name ("officials in Ostrava").
            m.kind == kind
                && m.tokens.end == end
                && !(source.start..m.tokens.start).any(|k| doc.class(k) == Some(WordClass::Preposition) && !in_name(k))
        })
        .find_map(|(mi, _)| chains.of_mention[mi])
}

/// For a relative pronoun ("who" in "one MP, who said"), the noun phrase it refers to.
fn antecedent(doc: &Document, source: &Range<usize>) -> Option<Range<usize>> {
    if !syntax::is_relative_source(doc, source) || source.start == 0 {
        return None;
    }
    // ", who said": before the comma; "an architect who said": right before.
    let end = if doc.is(source.start - 1, ",") { source.start - 1 } else { source.start };
    let floor = doc.sentence_tokens(source.start).start;
    syntax::noun_phrase_left(doc, end, floor)
}

/// A description before a name in a source: "the Afghan team's coach" in "the Afghan team's
/// coach, Alireza Mehraban", "His father" in "His father Mohamed El-Hassan Mohamed".
fn description_before(doc: &Document, before_name: Range<usize>) -> Option<Range<usize>> {
    if before_name.is_empty() {
        return None;
    }
    let comma = before_name.end - 1;
    let (end, possessive_needed) = if doc.is(comma, ",") { (comma, false) } else { (before_name.end, true) };
    if end <= before_name.start {
        return None;
    }
    let noun = doc.lex(end - 1).person_noun.is_some();
    let determined = matches!(doc.class(before_name.start), Some(WordClass::Determiner | WordClass::PossessivePronoun))
        || doc.is_capitalized(before_name.start);
    // Without a comma only a possessive description is one ("His father Mohamed", "Tunisia's
    // coach Nabil Maaloul"); "NATO Secretary General Mark Rutte" is a title, not a mention.
    let possessive = doc.class(before_name.start) == Some(WordClass::PossessivePronoun)
        || (before_name.start..end).any(|k| doc.is_kind(k, TokenKind::Possessive));
    (noun && determined && (!possessive_needed || possessive)).then_some(before_name.start..end)
}

/// True when `source` is names joined by "and", "or" or "nor", capitalised on both sides of each:
/// "Trump and Clinton", "Neither Cruz nor Christie" — not "Trump and his supporters".
fn names_joined(doc: &Document, source: Range<usize>) -> bool {
    let mut joins = source.clone().filter(|&k| doc.in_set(k, WordSet::NameJoin)).peekable();
    joins.peek().is_some()
        && joins
            .all(|k| k > source.start && k + 1 < source.end && doc.is_capitalized(k - 1) && doc.is_capitalized(k + 1))
}

/// Who stands behind draft `d`, its speaker resolved: the kind of its speaker's entity; else
/// people when names are joined ("Trump and Clinton"); else a document when a document noun
/// heads the source ("the report", "a poll released on Monday"); else someone unnamed ("a senior
/// official", "critics", an unresolved "he"); else no one.
pub(crate) fn source_kind(doc: &Document, chains: &Chains, d: &Draft) -> SourceKind {
    if let Some(s) = d.speaker {
        return match chains.list[s].kind {
            EntityKind::Person => SourceKind::Person,
            EntityKind::Organization => SourceKind::Organization,
            EntityKind::Place => SourceKind::Place,
            EntityKind::Unnamed => SourceKind::Unnamed,
        };
    }
    let Some(source) = d.source.clone().filter(|s| !s.is_empty()) else { return SourceKind::None };
    if source.len() == 1 {
        // An unresolved pronoun: "he" or "she" stands for a person, nearly always one the text
        // names; "it" or "this" for no source a reader can see; "they", "I", "who" for someone
        // unnamed.
        match source_pronoun(doc, source.start) {
            Some(SourcePronoun::Person(_)) => return SourceKind::Person,
            _ if doc.in_set(source.start, WordSet::Expletive) => return SourceKind::None,
            _ => {}
        }
    }
    if names_joined(doc, source.clone()) {
        return SourceKind::Person; // "Trump and Clinton": people named, no one person
    }
    // The head phrase: up to a preposition, a relative pronoun, a participle or punctuation.
    let head_end = (source.start + 1..source.end)
        .find(|&k| {
            matches!(doc.class(k), Some(WordClass::Preposition | WordClass::Relative))
                || !doc.is_kind(k, TokenKind::Word) && !doc.is_kind(k, TokenKind::Possessive)
                || syntax::is_participle(doc, k)
                || (!doc.is_capitalized(k) && doc.lower(k).ends_with("ed"))
        })
        .unwrap_or(source.end);
    // Capitalised words the tagger did not know, not at the sentence's start: a name ("In May,
    // Smith said").
    let sentence_start = doc.sentence_tokens(source.start).start;
    let unknown_name = source.len() <= 3
        && source.start > sentence_start
        && source.clone().all(|k| doc.is_capitalized(k) && doc.lex(k).person_noun.is_none() && doc.class(k).is_none())
        && !source.clone().any(|k| doc.in_set(k, WordSet::SourceNoun) || doc.in_set(k, WordSet::OrganizationNoun));
    if unknown_name {
        return SourceKind::Person;
    }
    let head = (source.start..head_end).rev().find(|&k| doc.is_kind(k, TokenKind::Word));
    let determined = doc.in_set(source.start, WordSet::Definite)
        || doc.class(source.start) == Some(WordClass::PossessivePronoun)
        || (source.start..head_end).any(|k| doc.is_kind(k, TokenKind::Possessive));
    match head {
        Some(h) if doc.in_set(h, WordSet::DocumentNoun) && doc.lex(h).person_noun.is_none() => SourceKind::Document,
        // "the union", "Clinton's campaign": one organisation the reader knows.
        Some(h) if determined && doc.in_set(h, WordSet::OrganizationNoun) => SourceKind::Organization,
        _ => SourceKind::Unnamed,
    }
}

/// The words that name an unnamed source, for telling when the text repeats it: lower case,
/// without a leading article or determiner ("a senior official" and "the senior official" are
/// one source). `None` for a pronoun ("he", "who", "according to them") or a name's possessive
/// ("Trump's claim that"), which are no description of anyone.
pub(crate) fn unnamed_key(doc: &Document, source: &Range<usize>) -> Option<String> {
    if syntax::is_relative_source(doc, source)
        || (source.len() == 1
            && (doc.in_set(source.start, WordSet::SubjectPronoun) || source_pronoun(doc, source.start).is_some()))
    {
        return None;
    }
    // "Trump's" (the owner of "claim that"): a name, no description.
    if source.len() >= 2 && doc.is_kind(source.end - 1, TokenKind::Possessive) && doc.is_capitalized(source.end - 2) {
        return None;
    }
    let mut start = source.start;
    while start + 1 < source.end
        && (doc.in_set(start, WordSet::Article) || doc.class(start) == Some(WordClass::Determiner))
    {
        start += 1;
    }
    let words: Vec<&str> = (start..source.end)
        .filter(|&k| doc.is_kind(k, TokenKind::Word) || doc.is_kind(k, TokenKind::Number))
        .map(|k| doc.lower(k))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}
