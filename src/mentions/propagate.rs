//! Spreading names across the document: once "Mark Rutte" is a person, every "Rutte" is.

use std::ops::Range;

use super::{Mention, MentionKind, Unresolved};
use crate::analysis::PlaceKind;
use crate::document::Document;
use crate::lexicon::{self, FastMap, FastSet, WordClass, WordSet};
use crate::segment::TokenKind;
use crate::syntax;

/// The most tokens of a name looked up among the names found elsewhere: longer stretches of
/// unknown capitalised words are searched this many tokens at a time.
const MAX_NAME_TOKENS: usize = 8;

/// "Warhol Polaroids" once "Andy Warhol" is named: a person's surname followed by other words is
/// that person, and the words after it are something else. So is a surname that is also a first
/// name before a verb, when no other name uses it as a first name: "Clinton Wades In" once
/// "Hillary Clinton" is named.
fn surname_first(doc: &Document, found: &mut [Mention]) {
    let surnames = full_name_surnames(doc, found);
    // The first names of the people named in full, each with the one surname it is used with
    // ("" when it is used with several).
    let mut given: FastMap<&str, &str> = FastMap::default();
    for m in found.iter().filter(|m| is_full_name(doc, m)) {
        let surname = doc.word(m.tokens.end - 1);
        let with = given.entry(doc.word(m.tokens.start)).or_insert(surname);
        if *with != surname {
            *with = "";
        }
    }
    for m in found.iter_mut() {
        let first = m.tokens.start;
        // Not "Wong Kwok-kin": a family name first, then a hyphenated given name.
        let given_name_after = (first + 1..m.tokens.end).any(|k| doc.word(k).contains('-'));
        // No one else has the first word as a first name.
        let not_a_first_name_here = || {
            is_verb_in_s(doc.lower(first + 1))
                && given.get(doc.word(first)).is_none_or(|&with| with == doc.word(m.tokens.end - 1))
        };
        if m.kind == MentionKind::Person
            && m.tokens.len() >= 2
            && (doc.lex(first).first_name.is_none() || not_a_first_name_here())
            && m.title.is_none()
            && !given_name_after
            && surnames.contains(doc.word(first))
        {
            *m = Mention::new(first..first + 1, MentionKind::Person);
        }
    }
}

/// True for a word that reads as a verb in "-s" after a name: "Wades", "Urges", "Slams" — a
/// common word less its "s" (a headline's verb; "Clinton Cash" is a title).
fn is_verb_in_s(lower: &str) -> bool {
    lower.len() > 3 && !lower.ends_with("ss") && lower.strip_suffix('s').is_some_and(lexicon::is_common_word)
}

/// True for a person named in full, with a first name: "Andy Warhol".
fn is_full_name(doc: &Document, m: &Mention) -> bool {
    m.kind == MentionKind::Person && m.tokens.len() >= 2 && doc.lex(m.tokens.start).first_name.is_some()
}

/// The surnames of the people named in full, with a first name: "Warhol" of "Andy Warhol".
fn full_name_surnames<'t>(doc: &Document<'t>, found: &[Mention]) -> FastSet<&'t str> {
    found.iter().filter(|m| is_full_name(doc, m)).map(|m| doc.word(m.tokens.end - 1)).collect()
}

/// Countries next to a score are teams: every mention of them becomes an organisation.
fn teams(doc: &Document, found: &mut [Mention]) {
    let score_at = |k: usize| {
        k + 2 < doc.len()
            && doc.is_kind(k, TokenKind::Number)
            && (doc.is_kind(k + 1, TokenKind::Dash) || doc.is(k + 1, "-"))
            && doc.is_kind(k + 2, TokenKind::Number)
    };
    let teams: Vec<String> = found
        .iter()
        .filter(|m| {
            m.kind == MentionKind::Place
                && m.place.as_ref().is_some_and(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Region))
        })
        .filter(|m| score_at(m.tokens.end) || (m.tokens.start >= 3 && score_at(m.tokens.start - 3)))
        .map(|m| doc.key(m.tokens.clone()))
        .collect();
    if teams.is_empty() {
        return;
    }
    for m in found.iter_mut() {
        if m.kind == MentionKind::Place && teams.contains(&doc.key(m.tokens.clone())) {
            *m = Mention::new(m.tokens.clone(), MentionKind::Organization);
        }
    }
}

/// Classifies the `unresolved` words that repeat a name `found` established elsewhere:
/// a person's surname or whole name, a place, an organisation. A one-word city that is the
/// surname of a person named in full becomes that person ("Valeska Paris" … "Paris claims"),
/// except after a preposition of place ("lives in Bolton"); a first name or a title makes the
/// surname outweigh the town named before it ("Bolton and Gorka Slam …" … "John Bolton").
/// A country next to a score ("Sweden 1 – 0 Korea Republic") is a team, an organisation,
/// everywhere in the text.
pub(crate) fn spread(doc: &Document, found: &mut Vec<Mention>, unresolved: &[Unresolved]) {
    teams(doc, found);
    surname_first(doc, found);
    let known = known_names(doc, found);
    let surnames = full_name_surnames(doc, found);
    for m in found.iter_mut() {
        // A town of the gazetteer, or a place inferred from "in …" alone ("interest in Warhol's").
        let is_town = m.kind == MentionKind::Place
            && m.tokens.len() == 1
            && m.place.as_ref().is_none_or(|p| p.kind != PlaceKind::Country);
        // Not after "in", "from" …: "lives in Bolton" stays the town ("in Bolton's view" not).
        let locative = m.tokens.start > 0
            && doc.in_set(m.tokens.start - 1, WordSet::Locative)
            && !doc.is_kind(m.tokens.end, TokenKind::Possessive);
        // "Cuban said" once "Mark Cuban" is named; not "the Cuban government".
        let demonym = m.kind == MentionKind::Demonym && !syntax::is_modified_noun(doc, m.tokens.end);
        let surname = m.tokens.len() == 1 && known.get(doc.word(m.tokens.start)) == Some(&MentionKind::Person);
        // "Bloomberg told …" once "Michael Bloomberg" is named.
        let organization = m.kind == MentionKind::Organization && surnames.contains(doc.word(m.tokens.start));
        if surname && (is_town && !locative || demonym || organization) {
            *m = Mention::new(m.tokens.clone(), MentionKind::Person);
        }
    }
    for Unresolved { tokens: r, weak } in unresolved {
        let r = r.clone();
        // Unknown capitalised words ending with a known surname are that person's fuller name:
        // "Hamdullah Mohib" once "Ambassador Mohib" is a person.
        let last = r.end - 1;
        // "Jeb Bush" once "Mr. Bush" is a person: after one rare word, the surname may be a
        // common word.
        let rare = |k: usize| !doc.lex(k).common && doc.is_capitalized(k);
        let before_surname = (r.start..last).all(rare) && (r.len() == 2 || rare(last));
        if r.len() >= 2 && before_surname && !*weak && known.get(doc.word(last)) == Some(&MentionKind::Person) {
            found.push(Mention::new(r.clone(), MentionKind::Person));
            continue;
        }
        // The longest known name inside the unknown words, left to right; ALL-CAPS words as
        // written or in Title Case ("FISK:" in a transcript once "Lena Fisk" is named).
        let lookup =
            |range: Range<usize>| doc.lookup(range.clone(), doc.all_upper(range), |key| known.get(key).copied());
        let mut p = r.start;
        while p < r.end {
            let longest = r.end.min(p + MAX_NAME_TOKENS);
            // Common words where any word is capitalised ("Trump says …") are only the name of a
            // person named elsewhere in the text, whatever else the word means.
            let hit = (p + 1..=longest)
                .rev()
                .find_map(|q| lookup(p..q).map(|kind| (q, kind)))
                .filter(|&(_, kind)| !*weak || kind == MentionKind::Person)
                .filter(|&(q, _)| !is_date(doc, p..q));
            match hit {
                Some((q, kind)) => {
                    found.push(Mention::new(p..q, kind));
                    p = q;
                }
                None => p += 1,
            }
        }
    }
}

/// The kind of every name `found`, by its key, with the surname alone of each person named in
/// full (the last word that is not an initial or a suffix).
fn known_names(doc: &Document, found: &[Mention]) -> FastMap<String, MentionKind> {
    let mut known: FastMap<String, MentionKind> = FastMap::default();
    for m in found {
        let kind = m.kind;
        // "the South" is a region where "the" says so, not every "South" ("I-44 South").
        let compass_point = m.tokens.len() == 1 && doc.in_set(m.tokens.start, WordSet::CompassPoint);
        if kind == MentionKind::Demonym || compass_point {
            continue;
        }
        known.entry(doc.key(m.tokens.clone())).or_insert(kind);
        if kind == MentionKind::Person && m.tokens.len() >= 2 {
            let last = m
                .tokens
                .clone()
                .rev()
                .find(|&k| doc.word(k).chars().count() > 2 && !doc.in_set(k, WordSet::NameSuffix));
            if let Some(last) = last {
                // The surname of a person named in full outweighs a town of that name named
                // earlier ("Bolton and Gorka Slam …" before "Ambassador John Bolton").
                let entry = known.entry(doc.word(last).to_string()).or_insert(kind);
                let first_name = doc.lex(m.tokens.start).first_name.is_some() || m.title.is_some();
                if *entry == MentionKind::Place && first_name {
                    *entry = kind;
                }
            }
        }
    }
    known
}

/// True when `r` is a month in a date, whatever name it repeats: "in May", "May 5".
fn is_date(doc: &Document, r: Range<usize>) -> bool {
    r.len() == 1
        // "May" is listed as the modal; it is the one month that is also a function word.
        && (doc.class(r.start) == Some(WordClass::Time) || doc.is(r.start, "may"))
        && ((r.start > 0 && doc.class(r.start - 1) == Some(WordClass::Preposition))
            || doc.is_kind(r.end, TokenKind::Number))
}
