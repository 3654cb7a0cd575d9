//! Cutting a run of capitalised words into names, and deciding what each names.

use std::ops::Range;

use super::runs::Run;
use super::{Mention, MentionKind, Unresolved};
use crate::analysis::{Gender, Place, PlaceKind};
use crate::document::{Document, KEY_CAPACITY};
use crate::lexicon::{self, CueClass, HeadKind, PersonNoun, VerbForm, WordClass, WordSet, MAX_KEY_TOKENS};
use crate::segment::{Shape, TokenKind};
use crate::syntax;

/// A piece of a run.
#[derive(Clone, Debug)]
enum Part {
    /// A known organisation.
    Org(Range<usize>),
    /// An organisation named after the place inside it: "University of Kansas" (its words, the
    /// place's words and gazetteer entry).
    OrgOf(Range<usize>, Range<usize>, Place),
    /// A gazetteer entry.
    Place(Range<usize>, Place),
    /// A title: "Secretary General", "Sen.".
    Title(Range<usize>, PersonNoun),
    /// A demonym and its place.
    Demonym(Range<usize>, &'static str),
    /// Words that name nothing newsmark marks: an event ("Taipei City Lantern Festival"), a
    /// prefixed descriptor ("Pan-democrat").
    Other(Range<usize>),
    /// Words no lexicon knows (or knows only as first names).
    Unknown(Range<usize>),
}

impl Part {
    fn range(&self) -> Range<usize> {
        match self {
            Part::Org(r)
            | Part::OrgOf(r, ..)
            | Part::Place(r, _)
            | Part::Title(r, _)
            | Part::Demonym(r, _)
            | Part::Other(r)
            | Part::Unknown(r) => r.clone(),
        }
    }
}

/// Classifies the names in `run`, adding them to `found`; unknown words that may yet prove to be
/// names (when the same words are named elsewhere) go to `unresolved`.
pub(crate) fn classify(doc: &Document, run: &Run, found: &mut Vec<Mention>, unresolved: &mut Vec<Unresolved>) {
    let parts = merge_heads(doc, cut(doc, run.tokens.clone()));
    let mut title: Option<(Range<usize>, PersonNoun)> = None;
    // Where the organisations, places and titles right before the current part begin.
    let mut lead: Option<usize> = None;
    let mut i = 0;
    while i < parts.len() {
        let lead_before = lead;
        lead = match &parts[i] {
            Part::Org(r) | Part::OrgOf(r, ..) | Part::Place(r, _) | Part::Demonym(r, _) | Part::Title(r, _) => {
                lead.or(Some(r.start))
            }
            _ => None,
        };
        match &parts[i] {
            Part::Org(r) => found.push(Mention::new(r.clone(), MentionKind::Organization)),
            Part::OrgOf(r, inner, place) => {
                let mut m = Mention::new(r.clone(), MentionKind::Organization);
                let mut p = Mention::new(inner.clone(), MentionKind::Place);
                p.place = Some(Box::new(*place));
                m.inner_place = Some(Box::new(p));
                found.push(m);
            }
            Part::Place(r, _) if doc.is(r.end, "$") => {} // "US$ 20,000": a currency
            Part::Place(r, place) => {
                let mut m = Mention::new(r.clone(), MentionKind::Place);
                m.place = Some(Box::new(*place));
                found.push(m);
            }
            Part::Demonym(r, of) => {
                let mut m = Mention::new(r.clone(), MentionKind::Demonym);
                m.demonym_of = Some(of);
                found.push(m);
            }
            Part::Title(r, noun) => {
                // Organisations and places just before a title belong to it: "NATO Secretary General".
                title = Some((lead_before.unwrap_or(r.start)..r.end, *noun));
                i += 1;
                continue;
            }
            Part::Other(_) => {}
            // "Governor of Texas": the connector between a title and a place names no one.
            Part::Unknown(r) if !r.clone().any(|k| doc.is_capitalized(k)) => {}
            // "the CEO of Hilton": the connector after a title begins no name; the words after
            // it name someone or something other than the title's holder.
            Part::Unknown(r) if !doc.is_capitalized(r.start) => {
                let start = (r.start..r.end).find(|&k| doc.is_capitalized(k)).unwrap_or(r.end);
                name(doc, run, start..r.end, None, found, unresolved);
            }
            Part::Unknown(r) => {
                let before = found.len();
                name(doc, run, r.clone(), title.take(), found, unresolved);
                // A one-word place right before a person's name is their first name:
                // "Vladimir Vladimirovich Putin", "Georgia Meloni".
                let place_before =
                    i > 0 && matches!(&parts[i - 1], Part::Place(p, _) if p.len() == 1 && p.end == r.start);
                // Not across words that describe the person ("Benghazi Widow Dorothy Woods").
                let person_now = found.len() == before + 1
                    && found[before].kind == MentionKind::Person
                    && found[before].tokens.start == r.start;
                if place_before && person_now && before > 0 && found[before - 1].tokens.end == r.start {
                    let person = found.pop().unwrap();
                    let place = found.pop().unwrap();
                    let mut merged = Mention::new(place.tokens.start..person.tokens.end, MentionKind::Person);
                    merged.gender = doc.lex(place.tokens.start).first_name.unwrap_or(person.gender);
                    merged.title = person.title;
                    found.push(merged);
                }
            }
        }
        title = None;
        i += 1;
    }
}

/// Cuts `range` into parts, longest lexicon match first. Long because it is one pass over the
/// run, each correction of the part just found a case of its own, in the order they apply.
fn cut(doc: &Document, range: Range<usize>) -> Vec<Part> {
    // ALL-CAPS text ("RUSSIA") is looked up in Title Case too: from `caps_from` to the run's end,
    // every word is in capitals.
    let caps_from = (range.start..range.end).rev().take_while(|&k| doc.is_upper(k)).last().unwrap_or(range.end);
    let lookup = |p: usize, inside: bool| lexicon_part(doc, p, range.end, inside, p >= caps_from);
    let mut parts: Vec<Part> = Vec::new();
    // The lookup at a position already made, looking ahead from a place.
    let mut ahead: Option<(usize, Option<Part>)> = None;
    let mut p = range.start;
    while p < range.end {
        let found = match ahead.take() {
            Some((at, part)) if at == p => part,
            _ => lookup(p, p > range.start),
        };
        let mut part = found.unwrap_or(Part::Unknown(p..p + 1));
        if let Part::Place(r, place) = &part {
            let next = (r.end < range.end).then(|| lookup(r.end, true));
            if let Some(next) = &next {
                ahead = Some((r.end, next.clone()));
            }
            if is_part_of_a_name(doc, r.clone(), place, parts.last(), next) {
                part = Part::Unknown(r.clone());
            } else if names_team(doc, r.clone(), place, range.end) {
                part = Part::Org(r.start..range.end); // "Pittsburgh Pirates"
            }
        }
        // "Bryan English", "Mark Cuban": a demonym after a first name is a surname.
        if let (Part::Demonym(r, _), Some(Part::Unknown(u))) = (&part, parts.last()) {
            if u.end == r.start && doc.lex(u.end - 1).first_name.is_some() {
                part = Part::Unknown(r.clone());
            }
        }
        // "Southern Indiana", "East L.A.": a direction before a place is part of its name.
        if let (Part::Place(r, place), Some(Part::Unknown(u))) = (&part, parts.last()) {
            if u.end == r.start
                && doc.in_set(u.end - 1, WordSet::Direction)
                && doc.lex(u.end - 1).shape == Some(Shape::Capitalized)
            {
                let whole = u.end - 1..r.end;
                let place = Place { canonical: "", kind: PlaceKind::Region, ..*place };
                if u.len() == 1 {
                    parts.pop();
                } else if let Some(Part::Unknown(u)) = parts.last_mut() {
                    u.end -= 1;
                }
                p = whole.end;
                parts.push(Part::Place(whole, place));
                continue;
            }
        }
        // "the South", "the Northeast": a point of the compass that makes a run of its own after
        // "the" is a region.
        if let Part::Unknown(r) = &part {
            if range.len() == 1
                && doc.in_set(r.start, WordSet::CompassPoint)
                && doc.lex(r.start).shape == Some(Shape::Capitalized)
                && r.start > 0
                && doc.is(r.start - 1, "the")
                && !doc.is_capitalized(r.end)
            {
                part = Part::Place(r.clone(), as_written(PlaceKind::Region));
            }
        }
        if let Part::Title(r, noun) = &part {
            part = Part::Title(r.start..title_end(doc, r.end, range.end), *noun);
        }
        // "Pan-democrat Lam Cheuk-ting", "Ex-minister Jane Doe": a prefixed descriptor, no name.
        if let Part::Unknown(r) = &part {
            if is_prefixed_descriptor(doc.word(r.start)) {
                p = r.end;
                parts.push(Part::Other(r.clone()));
                continue;
            }
        }
        p = part.range().end;
        match (parts.last_mut(), &part) {
            (Some(Part::Unknown(prev)), Part::Unknown(r)) => prev.end = r.end,
            _ => parts.push(part),
        }
    }
    parts
}

/// A place of `kind` that no gazetteer entry describes, named as written: "Ukrainian House",
/// "Lake Erie", "the South".
fn as_written(kind: PlaceKind) -> Place {
    Place { canonical: "", kind, country: None, coordinates: None }
}

/// True when the one-word place `r` is part of a person's name, given the part before it and
/// what the lexicons make of the words after it (`next`; `None` at the run's end): a first name
/// before unknown words ("Paris Hilton", "George Washington"), or a surname after a first name
/// or a rare word ("Michael Jordan", "Valeska Paris"). ("Vladimir Vladimirovich Putin" is joined
/// in `classify`, once the words after the place prove to be a name.)
fn is_part_of_a_name(
    doc: &Document,
    r: Range<usize>,
    place: &Place,
    prev: Option<&Part>,
    next: Option<Option<Part>>,
) -> bool {
    if r.len() != 1 {
        return false;
    }
    let first_name = doc.lex(r.start).first_name.is_some();
    let name_like = |k: usize| {
        let lex = doc.lex(k);
        lex.first_name.is_some() || (!lex.common && lex.shape == Some(Shape::Capitalized))
    };
    let before_name = matches!(prev, Some(Part::Unknown(u)) if u.end == r.start && name_like(u.end - 1));
    // Followed by an unknown word or a one-word place.
    let after_unknown = match &next {
        Some(None) => true,
        Some(Some(Part::Place(p, _))) => p.len() == 1,
        _ => false,
    };
    let town = matches!(place.kind, PlaceKind::City | PlaceKind::Region);
    // "Mr. Bush", "Sen. Sasse": a title names a person, not a place; before a country only an
    // honorific does ("Mr. Jordan", not "Captain America").
    let after_title = matches!(prev, Some(Part::Title(t, noun)) if t.end == r.start
        && (town || matches!(noun.group, "honorific" | "doctor")));
    // "Jim Jordan", "Chelsea Clinton": a rare first name before any place; "George W. Bush",
    // "John F. Kennedy": any first name and an initial.
    let rare_first = |k: usize| doc.lex(k).is_rare_first_name();
    let after_first_name = matches!(prev, Some(Part::Unknown(u)) if u.end == r.start
        && (rare_first(u.end - 1)
            || u.end - u.start >= 2 && lexicon::is_initial(doc.word(u.end - 1)) && doc.lex(u.end - 2).first_name.is_some()));
    // "Lula da Silva", "Leonardo da Vinci": a place after a name's particle is its surname.
    let after_particle = matches!(prev, Some(Part::Unknown(u)) if u.end == r.start && u.len() >= 2
        && doc.in_set(u.end - 1, WordSet::NameParticle) && !doc.is(u.end - 1, "y"));
    (first_name && after_unknown)
        || before_name && (first_name || town)
        || after_title
        || after_first_name
        || after_particle
}

/// The most words of a team's nickname after its town: "Trail Blazers".
const MAX_NICKNAME: usize = 2;

/// True when the town or region `r` and a nickname in the plural (or "United"), to the run's end
/// (`run_end`), name a team or a paper: "Pittsburgh Pirates", "New York Times", "Leeds United" —
/// words that are no person noun, party, place or head word ("Iowa Republicans" are voters). A
/// nickname not in the plural ("Red Sox", "Heat") is not read.
fn names_team(doc: &Document, r: Range<usize>, place: &Place, run_end: usize) -> bool {
    let town = matches!(place.kind, PlaceKind::City | PlaceKind::Region);
    let words = r.end..run_end;
    let plain = |k: usize| {
        let lex = doc.lex(k);
        lex.shape == Some(Shape::Capitalized)
            && lex.person_noun.is_none()
            && lex.place.is_none()
            && lex.demonym.is_none()
            && lex.head.is_none()
            && !lex.organization.as_written
    };
    let plural = |k: usize| doc.word(k).len() >= 3 && doc.word(k).ends_with('s') && !doc.word(k).ends_with("ss");
    // "Manchester United", "Leeds United": the one singular word clubs take after their town.
    let united = words.len() == 1 && doc.is(words.start, "united");
    town && (1..=MAX_NICKNAME).contains(&words.len())
        && words.clone().all(plain)
        && (plural(run_end - 1) || united)
        && !doc.is_kind(run_end, TokenKind::Possessive)
}

/// Where a title that ends at `end` really ends, within `run_end`: a title takes its "of …"
/// while the words are common ones ("Minister of Education Stefania Giannini", "High
/// Commissioner for Refugees").
fn title_end(doc: &Document, mut end: usize, run_end: usize) -> usize {
    let plain = |k: usize| doc.lex(k).common && doc.lex(k).first_name.is_none();
    // "President of the United States": a place the gazetteer knows is no part of the title.
    let place_at = |k: usize| {
        let k = if doc.is(k, "the") { k + 1 } else { k };
        (k + 1..=run_end.min(k + MAX_KEY_TOKENS)).any(|e| doc.place(k..e).is_some())
    };
    while end + 1 < run_end && doc.in_set(end, WordSet::ComplementOpener) && plain(end + 1) && !place_at(end + 1) {
        end += 2;
        while end < run_end && plain(end) && doc.class(end).is_none() {
            end += 1;
        }
    }
    end
}

/// "Pan-democrat", "Ex-president", "Anti-war": a prefix, a hyphen and a common word.
fn is_prefixed_descriptor(word: &str) -> bool {
    let Some((prefix, rest)) = word.split_once('-') else { return false };
    lexicon::word_sets(&prefix.to_lowercase()).contains(WordSet::DescriptorPrefix)
        && rest.chars().next().is_some_and(char::is_lowercase)
        && lexicon::is_common_word(rest)
}

/// The longest lexicon entry starting at token `p`, ending by `end`. `inside` is true when the
/// run goes on before `p`: there a lone head word ("House" in "Ukrainian House") is left to
/// [`merge_heads`]. `caps`: the words from `p` on are in capitals, and are looked up in Title
/// Case too. The key grows a word at a time while some entry goes on after it.
fn lexicon_part(doc: &Document, p: usize, end: usize, inside: bool, caps: bool) -> Option<Part> {
    let mut best = None;
    let mut key = String::with_capacity(KEY_CAPACITY);
    let mut lower = String::with_capacity(KEY_CAPACITY);
    for q in p..end.min(p + MAX_KEY_TOKENS) {
        if q > p {
            if doc.seg.tokens[q].space_before {
                key.push(' ');
            }
            lower.push(' ');
        }
        key.push_str(&lexicon::normalize(doc.word(q)));
        lower.push_str(doc.lower(q));
        let r = p..q + 1;
        // One word: what the lexicons said of it once; more: the key looked up.
        let one = (q == p).then(|| doc.lex(p));
        let title_case = (caps && one.is_none()).then(|| lexicon::title_case(&key));
        let look = |f: &dyn Fn(&str) -> bool| f(&key) || title_case.as_deref().is_some_and(f);
        let head_alone = inside
            && one.is_some_and(|lex| {
                lex.head.is_some() || caps && lexicon::name_head(&lexicon::title_case(&key)).is_some()
            });
        let organization = match one {
            Some(lex) => lex.organization.as_written || caps && lex.organization.in_caps,
            None => look(&lexicon::is_known_organization),
        };
        let place = match one {
            Some(lex) => lex.place.or(if caps { lex.place_in_caps } else { None }),
            None => lexicon::place(&key).or_else(|| title_case.as_deref().and_then(lexicon::place)),
        };
        // One word after a first name ("Larry King") or an honorific ("Mr. King") that no capital
        // follows but a suffix ("Martin Luther King Jr.") is a surname ("Charlotte Mayor
        // Jennifer Roberts" is not).
        let surname = |honorific: bool| {
            let before = r.start.wrapping_sub(1);
            r.len() == 1
                && r.start > 0
                && doc.is_capitalized(before)
                && doc.same_sentence(before, r.start)
                && !(doc.is_capitalized(r.end)
                    && doc.same_sentence(r.start, r.end)
                    && !doc.in_set(r.end, WordSet::NameSuffix))
                && (doc.lex(before).first_name.is_some()
                    || honorific && doc.lex(before).person_noun.is_some_and(|n| n.group == "honorific"))
        };
        // So is an organisation's word after a first name ("Michael Bloomberg") — not after one
        // that is a place or a word ("Georgia Republicans", "Justice Department"), nor a plural
        // ("Reagan Democrats") or a head word.
        let organization_surname = || {
            let (before, lex) = (r.start.wrapping_sub(1), doc.lex(r.start));
            surname(false)
                && doc.lex(before).place.is_none()
                && !doc.lex(before).common
                && lex.head.is_none()
                && !lex.lower.ends_with('s')
        };
        if !head_alone {
            if organization && !organization_surname() {
                best = Some(Part::Org(r.clone()));
            } else if let Some(place) = place {
                best = Some(Part::Place(r.clone(), place));
            } else if let Some(noun) = doc.person_noun(r.clone()).filter(PersonNoun::is_title) {
                if !surname(true) {
                    best = Some(Part::Title(r.clone(), noun));
                }
            }
        }
        let goes_on = match one {
            Some(lex) => lex.multiword,
            None => look(&|k| lexicon::goes_on(k, &lower)),
        };
        if !goes_on {
            break;
        }
    }
    best.or_else(|| doc.lex(p).demonym.map(|of| Part::Demonym(p..p + 1, of)))
}

/// Folds the parts before a head word into one organisation, venue or event: "Indonesian Navy",
/// "Ministry of Defence", "Ukrainian House", "Taipei City Lantern Festival".
fn merge_heads(doc: &Document, parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    // Where the run's last part ends: a geographic head must end the name there.
    let run_end = parts.last().map_or(0, |p| p.range().end);
    for part in parts {
        let Part::Unknown(r) = &part else {
            // A part that finishes the name the part before began: "Lake" and a place the
            // gazetteer knows ("Lake Erie"), an organisation's open name and what completes it.
            let lake = match (out.last(), &part) {
                (Some(Part::Unknown(p)), Part::Place(r, _))
                    if p.end == r.start && lexicon::name_prefix(doc.word(p.start)).is_some() =>
                {
                    prefixed_name(doc, p.start..r.end, run_end)
                }
                _ => None,
            };
            let merged = lake.or_else(|| {
                let (parts, start, venue) = open_organisation(doc, &out, part.range().start)?;
                let completed = match &part {
                    // "University of Kansas": an institution named after a place, the place nested.
                    Part::Place(r, place) if !venue => Part::OrgOf(start..r.end, r.clone(), *place),
                    // "Federation of American Scientists", "General Assembly of the United Nations".
                    Part::Demonym(r, _) | Part::Org(r) if !venue => Part::Org(start..r.end),
                    // "Department of Justice", "House of Lords", "U.S. House of Representatives": a
                    // title word that ends the run ends the name of an institution.
                    Part::Title(t, _) if t.end == run_end => Part::Org(start..t.end),
                    _ => return None,
                };
                out.truncate(out.len() + 1 - parts); // the last part is popped below
                Some(completed)
            });
            if let Some(merged) = merged {
                out.pop();
                out.push(merged);
            } else {
                out.push(part);
            }
            continue;
        };
        // The rest of an organisation's name: its connector and the words to the run's end
        // ("House of Commons"), or the words after its connector and a demonym, up to a person
        // named after it ("Royal Institute of British Architects").
        if let Some(Part::Org(o)) = out.last().filter(|p| p.range().end == r.start) {
            let connected = doc.in_set(r.start, WordSet::NameConnector)
                && !doc.is_capitalized(r.start)
                && r.end == run_end
                && !is_connector_only(doc, r.clone());
            let after_demonym =
                o.len() >= 3 && doc.lex(o.end - 1).demonym.is_some() && ends_with_connector(doc, o.start..o.end - 1);
            if connected || after_demonym {
                let end = if connected { r.end } else { person_after_name(doc, r.clone()).unwrap_or(r.end) };
                let whole = o.start..end;
                out.pop();
                out.push(Part::Org(whole));
                if end < r.end {
                    out.push(Part::Unknown(end..r.end));
                }
                continue;
            }
        }
        // The last head word among the unknown words; none after the first word of "Lake Erie".
        let head = r.clone().rev().find_map(|k| doc.lex(k).head.map(|kind| (k, kind)));
        if let Some(named) = prefixed_name(doc, r.clone(), run_end).filter(|_| head.is_none_or(|(h, _)| h == r.start)) {
            out.push(named);
            continue;
        }
        let Some((h, kind)) = head else {
            out.push(part);
            continue;
        };
        // A region, water or landform ends its name ("Bergen County", "Hudson River"): one that
        // goes on names something else ("Tampa Bay Rays", "Mountain View", "County of Maui",
        // "Actor River Phoenix").
        let geographic = matches!(kind, HeadKind::Place(k) if k != PlaceKind::Venue);
        if geographic && h + 1 != run_end {
            out.push(part);
            continue;
        }
        // A first name and a head word name a person after a title ("Mayor Don Guardian"), or
        // before a surname ("Kathleen Hall Jamieson"), not "the Albert Hall of …".
        let first_named = r.len() >= 2 && doc.lex(r.start).first_name.is_some();
        let after_title = matches!(out.last(), Some(Part::Title(t, _)) if t.end == r.start);
        let middle = h == r.start + 1 && h + 1 < r.end && !doc.in_set(h + 1, WordSet::NameConnector);
        if first_named && ((after_title && h + 1 == r.end) || middle) {
            out.push(part);
            continue;
        }
        // A head word followed by "of"/"for" takes the rest of the unknown words.
        // Not a day: "the Albert Hall on Monday".
        let connected = h + 1 < r.end
            && doc.in_set(h + 1, WordSet::NameConnector)
            && !(h + 2 < r.end && doc.class(h + 2) == Some(WordClass::Time));
        let end = if connected { person_after_name(doc, h + 2..r.end).unwrap_or(r.end) } else { h + 1 };
        let mut start = r.start;
        // "General Motors", "Major League Baseball": a rank right before an organisation's head
        // word names no one; it begins the organisation's name.
        if let Some(Part::Title(t, _)) = out.last().filter(|_| h == r.start && kind == HeadKind::Organization) {
            if t.end == r.start {
                start = t.start;
                out.pop();
            }
        }
        while let Some(prev) = out.last() {
            // Not a connector after a title: "Leaders of the North Carolina Senate".
            let joins = matches!(prev, Part::Place(..) | Part::Demonym(..) | Part::Org(_))
                || matches!(prev, Part::Unknown(u) if doc.is_capitalized(u.start));
            let joins = joins && prev.range().end == start;
            if !joins {
                break;
            }
            start = prev.range().start;
            out.pop();
        }
        let whole = start..end;
        let alone = whole.len() == 1 && !doc.in_set(h + 1, WordSet::NameConnector);
        // A first name and a venue's head word that says something name a person: "Sharon
        // Street argues that …", "Christopher Hall said" (not "Albert Hall hosted …").
        let speaks = kind == HeadKind::Place(PlaceKind::Venue)
            && whole.len() == 2
            && doc.lex(whole.start).first_name.is_some()
            && is_cue_subject(doc, whole.clone());
        out.push(match kind {
            _ if alone || speaks => Part::Unknown(whole), // a lone "Party" or "Square" names nothing
            HeadKind::Organization => Part::Org(whole),
            HeadKind::Event => Part::Other(whole),
            HeadKind::Place(kind) => Part::Place(whole, as_written(kind)),
        });
        if end < r.end {
            out.push(Part::Unknown(end..r.end));
        }
    }
    out
}

/// How many of the last parts of `out` hold the name of an organisation left open before token
/// `at`, where that name begins, and whether it is a venue: the name ends in a connector ("University
/// of", "U.S. House of") or is followed by one alone ("Supreme Court" "of the").
fn open_organisation(doc: &Document, out: &[Part], at: usize) -> Option<(usize, usize, bool)> {
    match out {
        [.., Part::Org(o)] if o.end == at && ends_with_connector(doc, o.clone()) => Some((1, o.start, false)),
        [.., Part::Place(o, Place { kind: PlaceKind::Venue, .. })]
            if o.end == at && ends_with_connector(doc, o.clone()) =>
        {
            Some((1, o.start, true))
        }
        [.., Part::Org(o), Part::Unknown(u)]
            if o.end == u.start && u.end == at && is_connector_only(doc, u.clone()) =>
        {
            Some((2, o.start, false))
        }
        _ => None,
    }
}

/// True when the words `r` are a connector alone, maybe with its article: "of", "of the".
fn is_connector_only(doc: &Document, r: Range<usize>) -> bool {
    let connector = |k: usize| doc.in_set(k, WordSet::NameConnector) && !doc.is_capitalized(k);
    match r.len() {
        1 => connector(r.start),
        2 => connector(r.start) && doc.in_set(r.start + 1, WordSet::Article),
        _ => false,
    }
}

/// True when the words `r` end with a connector ("University of", "Bank of the"): the name goes
/// on after them.
fn ends_with_connector(doc: &Document, r: Range<usize>) -> bool {
    let last = r.end - 1;
    let connector = |k: usize| doc.in_set(k, WordSet::NameConnector);
    r.len() >= 2 && (connector(last) || r.len() >= 3 && doc.in_set(last, WordSet::Article) && connector(last - 1))
}

/// What the words `r` name when they open with a word that begins names of a kind and go on to
/// the run's end: a place ("Lake Erie", "Fort Lee", "Mount Hood") or an event ("Hurricane Ian");
/// not the word alone ("the Fort").
fn prefixed_name(doc: &Document, r: Range<usize>, run_end: usize) -> Option<Part> {
    let kind = lexicon::name_prefix(doc.word(r.start))?;
    if r.len() < 2 || r.end != run_end {
        return None;
    }
    Some(match kind {
        HeadKind::Place(kind) => Part::Place(r, as_written(kind)),
        HeadKind::Organization => Part::Org(r),
        HeadKind::Event => Part::Other(r),
    })
}

/// Where a person's name starts at the end of the words `r` that follow an organisation's head
/// and connector ("Council on American-Islamic Relations Alia Salem said"): at a first name that
/// is not a common word, not right after the connector or another connector ("University of Mary
/// Washington"), followed by one or two words that are no head words.
fn person_after_name(doc: &Document, r: Range<usize>) -> Option<usize> {
    let name_starts = |k: usize| doc.lex(k).is_rare_first_name() && !doc.in_set(k - 1, WordSet::NameConnector);
    let person_words = |k: usize| (k..r.end).all(|j| doc.lex(j).head.is_none() && doc.is_capitalized(j));
    (r.start + 1..r.end.saturating_sub(1)).find(|&k| r.end - k <= 3 && name_starts(k) && person_words(k))
}

/// Decides what the unknown words `r` of `run` name.
fn name(
    doc: &Document,
    run: &Run,
    r: Range<usize>,
    title: Option<(Range<usize>, PersonNoun)>,
    found: &mut Vec<Mention>,
    unresolved: &mut Vec<Unresolved>,
) {
    // "Speaker Paul Ryan", "Oscar-winner Susan Sarandon", "Republican Donald Trump": words that
    // describe a person before their first name are no part of it.
    if let Some(start) = described_name(doc, r.clone()).filter(|_| title.is_none()) {
        let words = Words::of(doc, run, start..r.end);
        if let Some(mut person) = person(doc, run, &words, start..r.end, None) {
            person.title = Some(r.start..start);
            found.push(person);
            return;
        }
    }
    let words = Words::of(doc, run, r.clone());
    if let Some(person) = person(doc, run, &words, r.clone(), title) {
        found.push(person);
        return;
    }
    if !run.headline && listed_after_person(doc, r.clone(), found) {
        found.push(Mention::new(r, MentionKind::Person));
        return;
    }
    let kind = other(doc, &words, r.clone(), found.last());
    match kind {
        Some(kind) => found.push(Mention::new(r, kind)),
        None => unresolved.push(Unresolved { tokens: r, weak: words.weak && words.all_common }),
    }
}

/// True when `r`, two or more words in Title Case, follows a person's name in a list: "Romelu
/// Lukaku, Yannick Carrasco, and Dries Mertens" ("Dries" is also a verb, and no first name
/// vouches for the name).
fn listed_after_person(doc: &Document, r: Range<usize>, found: &[Mention]) -> bool {
    let title_case =
        r.len() >= 2 && r.clone().all(|k| doc.lex(k).shape == Some(Shape::Capitalized) && doc.class(k).is_none());
    let Some(last) = found.last().filter(|_| r.start >= 2) else { return false };
    let connector = if doc.is(r.start - 1, "and") || doc.is(r.start - 1, "or") {
        r.start - 1 - usize::from(doc.is(r.start - 2, ","))
    } else if doc.is(r.start - 1, ",") {
        r.start - 1
    } else {
        return false;
    };
    title_case
        && last.kind == MentionKind::Person
        && last.tokens.end == connector
        && doc.same_sentence(connector, r.start)
}

/// Where a name starts inside unknown words that open with words describing the person: at the
/// first word that is a first name and not a common word (or any first name after a person noun),
/// followed by another name word, or at two or more words that no lexicon knows, when every word
/// before it is a common word, a person noun, a
/// demonym, a faith ("Evangelical pastor Rick Warren") or a hyphenated descriptor.
fn described_name(doc: &Document, r: Range<usize>) -> Option<usize> {
    // After a person noun, a first name that is also a common word: "Businessman Mark Smith";
    // so after a noun of an agent no list holds, "Filmmaker Jack Marino", "Strategist Ann Lee".
    let agent = |j: usize| {
        let lex = doc.lex(j);
        let lower = doc.lower(j);
        lower.len() > MIN_AGENT_NOUN
            && AGENT_NOUN_SUFFIXES.iter().any(|s| lower.ends_with(s))
            && lex.first_name.is_none()
            && lex.place.is_none()
            && lex.head.is_none()
            && !lex.organization.as_written
    };
    let after_noun = doc.lex(r.start).person_noun.is_some() || agent(r.start);
    let name_word = |k: usize| doc.lex(k).first_name.is_some() && (!doc.lex(k).common || after_noun);
    // Or, for a first name no list holds, a name of two words or more that no lexicon knows
    // ("Mathematician Hermann Weyl").
    let unknown = |j: usize| {
        let lex = doc.lex(j);
        !lex.common
            && lex.first_name.is_none()
            && lex.place.is_none()
            && lex.head.is_none()
            && lex.demonym.is_none()
            && lex.person_noun.is_none()
            && !lex.organization.as_written
            && doc.is_kind(j, TokenKind::Word)
    };
    let k = (r.start + 1..r.end.saturating_sub(1))
        .find(|&k| name_word(k) || (r.end - k >= 2 && (k..r.end).all(unknown)))?;
    let describes = |j: usize| {
        let lex = doc.lex(j);
        (lex.common
            || lex.person_noun.is_some()
            || j == r.start && agent(j)
            || lex.demonym.is_some()
            || doc.in_set(j, WordSet::Faith)
            || doc.word(j).contains('-'))
            && lex.first_name.is_none()
    };
    (r.start..k).all(describes).then_some(k)
}

/// What the words of an unknown name are like.
struct Words {
    /// The name stands where capitals say little: a headline, or the start of a sentence.
    weak: bool,
    /// Every word of two letters or more is a common word or a function word.
    all_common: bool,
    /// Some word is.
    any_common: bool,
    /// Every word but the first is; `first_common`: the first is.
    rest_known: bool,
    first_common: bool,
    /// The token before the name, in its sentence.
    before: Option<usize>,
}

impl Words {
    fn of(doc: &Document, run: &Run, r: Range<usize>) -> Words {
        let words: Vec<usize> =
            r.clone().filter(|&k| doc.is_kind(k, TokenKind::Word) && doc.word(k).chars().count() > 1).collect();
        let common = |k: &usize| doc.lex(*k).common || doc.class(*k).is_some();
        Words {
            weak: run.headline || (run.initial && r.start == run.tokens.start),
            all_common: words.iter().all(common),
            any_common: words.iter().any(common),
            rest_known: words.iter().skip(1).any(|k| !common(k)),
            first_common: common(&r.start),
            before: r.start.checked_sub(1).filter(|&b| doc.same_sentence(b, r.start)),
        }
    }
}

/// The person the unknown words `r` name, if they name one: by a title ("Sen. Jane Doe",
/// "pollster Pat Caddell"), a first name, the look of a name, or the context ("Caddell said",
/// "Hugh Hill, a doctor,").
fn person(
    doc: &Document,
    run: &Run,
    w: &Words,
    r: Range<usize>,
    title: Option<(Range<usize>, PersonNoun)>,
) -> Option<Mention> {
    let first = doc.lex(r.start).first_name;
    // "pollster Pat Caddell", "spokeswoman Jessica Ditto". Singular only: "league leaders
    // Brentvale" names a club.
    let lower_title = w
        .before
        .filter(|&b| !doc.is_capitalized(b))
        .and_then(|b| doc.lex(b).person_noun.filter(|n| n.words == doc.lower(b)));
    // Words that cannot be part of a person's name: "PlayStation", "VR", "Polaroids" after a
    // naming word ("the film Star Wars").
    // "KAMALA HARRIS is now …": a first name and more words in capitals, as transcripts and
    // releases write names, is a name in capitals, not acronyms.
    let name_in_capitals = r.len() >= 2
        && doc.lex(r.start).first_name.is_some()
        && r.clone().all(|k| doc.is_upper(k) && !doc.word(k).contains('.'))
        && !doc.is_known_organization(r.clone());
    let unlike_a_name = r.clone().any(|k| {
        let caps = doc.is_upper(k) && !run.headline && !doc.word(k).contains('.') && !name_in_capitals;
        // "Harry Hurt III": a numeral after a name is no sign.
        (caps && !doc.in_set(k, WordSet::NameSuffix)) || has_inner_capital(doc.word(k))
    }) || w.before.is_some_and(|b| doc.in_set(b, WordSet::Naming) || doc.in_set(b, WordSet::Work));
    // Read only where asked: most names are decided before it.
    let cited = || citation(doc, r.clone());
    let evidence = || {
        is_cue_subject(doc, r.clone())
            || has_person_appositive(doc, run, r.clone())
            || is_credit(doc, r.start)
            || cited().is_some()
    };
    // "a lifelong Roman Catholic", "Christian schools": a faith, not a first name.
    let faith = r.clone().all(|k| doc.in_set(k, WordSet::Faith));
    let person = if unlike_a_name || faith {
        false
    } else if title.is_some() || lower_title.is_some() {
        !(w.weak && w.all_common && first.is_none())
    } else if r.len() >= 2 {
        // In a headline a capitalised common first word begins a name of two or three words at
        // most: "Star Jones Says …", not "Star Mom Corners Obama".
        let headline_run_on = run.headline && w.first_common && r.len() > MAX_HEADLINE_NAME;
        (first.is_some() && (!w.weak || !w.first_common || w.rest_known && !headline_run_on || evidence()))
            || (!w.any_common && !run.headline)
    } else {
        // "Forecasters warned": a plural noun of agents at a sentence's start is no name.
        let agents = w.weak
            && AGENT_SUFFIXES.iter().any(|s| doc.lower(r.start).ends_with(s))
            && doc.word(r.start).len() > MIN_AGENT_NOUN;
        // "a devout Christian", "the Maya built": one word after an article is no one's name.
        let after_article = w.before.is_some_and(|b| doc.in_set(b, WordSet::Article));
        // "in Ashton, Md.": a first name before a region is a town.
        !after_article
            && (!w.any_common && evidence() && !agents
                || cited() == Some(Citation::Listed)
                || (first.is_some() && !w.any_common && !w.weak && !before_region(doc, r.clone())))
    };
    if !person {
        return None;
    }
    let mut m = Mention::new(r.clone(), MentionKind::Person);
    let noun = title.as_ref().map(|(_, n)| *n).or(lower_title);
    // One word alone is more often a surname than a first name ("Clinton", "Johnson"): only a
    // title tells its gender.
    let first = first.filter(|_| r.len() > 1);
    m.gender = match (first, noun.map(|n| n.gender)) {
        (_, Some(g)) if g != Gender::Unknown => g,
        (Some(g), _) => g,
        _ => Gender::Unknown,
    };
    m.title = title
        .map(|(t, _)| t)
        .or_else(|| lower_title.and(w.before).map(|b| b..b + 1))
        .or_else(|| appositive_title(doc, r.clone()));
    Some(m)
}

/// Endings of singular nouns of agents that describe a person before a name: "Filmmaker",
/// "Strategist", "Historian".
const AGENT_NOUN_SUFFIXES: &[&str] = &["er", "or", "ist", "ian"];

/// The most words of a person's name in a headline that opens with a common word ("Star Jones").
const MAX_HEADLINE_NAME: usize = 3;

/// Endings of plural nouns of agents: "Forecasters", "Economists", "Residents".
const AGENT_SUFFIXES: &[&str] = &["ers", "ors", "ists", "ians", "ants", "ents"];

/// The shortest word taken for a plural noun of agents by its ending ("Reuters" is a name).
const MIN_AGENT_NOUN: usize = 6;

/// What the unknown words `r` name when they are no person, if the context tells: a country's
/// government ("Veldmark’s Foreign Minister"), an acronym of the organisation before it, a town
/// before its region ("Mountain View, California") or a place after "in".
fn other(doc: &Document, w: &Words, r: Range<usize>, last: Option<&Mention>) -> Option<MentionKind> {
    // "Veldmark’s Foreign Minister", "Norvale’s prime minister": a country's government.
    let governed = r.len() == 1 && !w.any_common && doc.is_kind(r.end, TokenKind::Possessive) && {
        let first = r.end + 1;
        (first + 1..=(first + 3).min(doc.len())).any(|end| {
            doc.person_noun(end - 1..end)
                .or_else(|| doc.person_noun(first..end))
                .is_some_and(|p| matches!(p.group, "minister" | "ambassador" | "president" | "monarch"))
        })
    };
    if governed {
        return Some(MentionKind::Place);
    }
    // "the Institute for Fiscal Studies (IFS)": an acronym in brackets after an organisation.
    let acronym_of_org = r.len() == 1
        && doc.is_upper(r.start)
        && r.start >= 1
        && doc.is(r.start - 1, "(")
        && doc.is(r.end, ")")
        && last.is_some_and(|m| m.kind == MentionKind::Organization && m.tokens.end + 1 == r.start);
    if acronym_of_org {
        return Some(MentionKind::Organization);
    }
    // "Mountain View, California", "Clearwater, Florida": a town before its region or country.
    let in_region = before_region(doc, r.clone());
    // "at USI", "in Hajj stampede", "at KPA civil police posts": an acronym, or a modifier of
    // the noun after it, is no place.
    let modifier = syntax::is_modified_noun(doc, r.end);
    let acronym = r.clone().any(|k| matches!(doc.lex(k).shape, Some(Shape::Upper | Shape::Initial)));
    let plausible = !w.any_common && !modifier && !acronym;
    let locative = w.before.is_some_and(|b| doc.in_set(b, WordSet::Locative));
    ((locative && plausible || in_region && !w.weak) && r.len() <= MAX_INFERRED_PLACE).then_some(MentionKind::Place)
}

/// True when a region or country follows the words `r` after a comma, as a town's does:
/// "Mountain View, California", "Ashton, Md." — not "Sharon, Israel's former prime minister".
fn before_region(doc: &Document, r: Range<usize>) -> bool {
    doc.is(r.end, ",")
        && (r.end + 2..=(r.end + 4).min(doc.len())).any(|k| {
            doc.place(r.end + 1..k).is_some_and(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Region))
                && !doc.is_kind(k, TokenKind::Possessive)
        })
}

/// The most words of a place known only from its context ("in Ostrava", "Mountain View,
/// California").
const MAX_INFERRED_PLACE: usize = 3;

/// A title given by apposition: "Ostrava’s chief negotiator, Tomas Reyn" or "Tomas Reyn, a
/// former trade commissioner" — a noun phrase headed by a person noun, without its article.
fn appositive_title(doc: &Document, name: Range<usize>) -> Option<Range<usize>> {
    let sentence = doc.sentence_tokens(name.start);
    let headed = |r: &Range<usize>| doc.lex(r.end - 1).person_noun.is_some();
    let strip = |mut r: Range<usize>| {
        while r.start < r.end && matches!(doc.class(r.start), Some(WordClass::Determiner)) {
            r.start += 1;
        }
        r
    };
    if name.start > sentence.start && doc.is(name.start - 1, ",") {
        if let Some(np) = syntax::noun_phrase_left(doc, name.start - 1, sentence.start).filter(headed) {
            return Some(strip(np));
        }
    }
    if doc.is(name.end, ",") && doc.in_set(name.end + 1, WordSet::Article) {
        let np = syntax::noun_phrase_right(doc, name.end + 1, sentence.end)?;
        return headed(&np).then(|| strip(np));
    }
    None
}

/// True when the words end right before a verb of saying ("Caddell said", "Amin, a fisherman,
/// said", "Murphy, though, said", "Joyce — who … — told"), or of thinking or finding with
/// "that" ("Einstein showed that"), or follow one in an inverted attribution ("…,” said
/// Caddell").
fn is_cue_subject(doc: &Document, r: Range<usize>) -> bool {
    let speech = |k: usize| {
        k < doc.len()
            && doc.lex(k).cue.is_some_and(|c| {
                c.class == CueClass::Speech && c.saying && c.form != VerbForm::Gerund && c.form != VerbForm::Base
            })
    };
    let sentence_end = doc.sentence_tokens(r.start).end;
    // "Shields, president of the fund, a super PAC allied with …, said": appositives in a row.
    let mut after = r.end;
    for _ in 0..syntax::MAX_APPOSITIVES {
        match syntax::appositive_right(doc, after, sentence_end) {
            Some(end) => after = end,
            None => break,
        }
    }
    if after == r.end {
        after = syntax::insert_right(doc, r.end, sentence_end)
            .or_else(|| syntax::dash_insert_right(doc, r.end, sentence_end))
            .unwrap_or(r.end);
    }
    while after < doc.len() && matches!(doc.class(after), Some(WordClass::Adverb | WordClass::Auxiliary)) {
        after += 1;
    }
    // "Einstein showed that …", "Zyrtek believes that …": a verb of thinking or finding with
    // its clause after the words, too.
    let thought = |k: usize| {
        k + 1 < doc.len()
            && doc.lex(k).cue.is_some_and(|c| {
                c.class == CueClass::Thought && matches!(c.form, VerbForm::Past | VerbForm::ThirdPerson)
            })
            && doc.is(k + 1, "that")
    };
    let said_after = (speech(after) || thought(after)) && doc.same_sentence(after, r.start);
    let said_before = r.start > 0 && speech(r.start - 1) && doc.same_sentence(r.start - 1, r.start);
    said_after || said_before
}

/// True when a name at `start` credits a picture: "Image: Snbehnke", "Video: Miharris & Acphillips".
fn is_credit(doc: &Document, start: usize) -> bool {
    let label = |k: usize| doc.in_set(k, WordSet::PictureLabel);
    start >= 2 && doc.is(start - 1, ":") && label(start - 2)
        || start >= 4 && doc.is_any(start - 1, &["&", "and"]) && doc.is(start - 3, ":") && label(start - 4)
}

/// How a name is cited as an author with a year.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Citation {
    /// Alone: "Quilis (1964)", "(Quilis, 1964)", "(Quilis 1964)".
    Alone,
    /// With other authors: "Spang et al. (1983)", "Miller and Robertson (2010)", "(Li, Polat, &
    /// Bavelier, 2010; Dye & Bavelier, 2010)". A common word there is a surname too ("Dye").
    Listed,
}

/// How the name `r` is cited as an author with a year, if it is.
fn citation(doc: &Document, r: Range<usize>) -> Option<Citation> {
    let year = |k: usize| {
        let w = doc.word(k);
        doc.is_kind(k, TokenKind::Number) && w.len() == 4 && matches!(w.as_bytes()[0], b'1' | b'2')
    };
    // "et al.": the tokenizer leaves its full stop alone.
    let et_al = |k: usize| doc.is(k, "et") && doc.is(k + 1, "al");
    // The other names of the list and what joins them: "Polat, Scalzo, & Bavelier".
    let listed = |k: usize| doc.is_any(k, &[",", "&", "and"]) || doc.is_capitalized(k) && !year(k);
    let mut after = r.end;
    while after < doc.len() && after < r.end + MAX_AUTHOR_LIST {
        if et_al(after) {
            after += 2 + usize::from(doc.is(after + 2, "."));
        } else if listed(after) {
            after += 1;
        } else {
            break;
        }
    }
    // The list may end in a comma before the year, not in a joining word.
    let last = after.checked_sub(1).filter(|&k| k >= r.end);
    if last.is_some_and(|k| doc.is_any(k, &["&", "and"])) {
        return None;
    }
    let cited_after = doc.is(after, "(") && year(after + 1);
    // Inside brackets, first or after a semicolon: "(Biewener, 2003; Carrano 1998)".
    let mut before = r.start;
    while before > 0 && before + MAX_AUTHOR_LIST > r.start && listed(before - 1) {
        before -= 1;
    }
    let cited_inside = before > 0 && doc.is_any(before - 1, &["(", ";"]) && year(after);
    if !(cited_after || cited_inside) {
        return None;
    }
    // Other authors: names joined by a comma or "&" ("Dye & Bavelier"), or "et al.". Not
    // capitalised words alone: a title and its year ("Cemetery Junction (2010)", "Imagine Me and
    // You (2006)") cites no one.
    let name = |k: usize| doc.is_capitalized(k) && doc.class(k).is_none();
    let first = (before..after).find(|&k| name(k));
    let last = (before..after).rev().find(|&k| name(k));
    let joined =
        |k: usize| doc.is_any(k, &[",", "&", "and"]) && first.is_some_and(|f| f < k) && last.is_some_and(|l| k < l);
    let others = (before..after).any(|k| joined(k) || et_al(k) && !r.contains(&k));
    Some(if others { Citation::Listed } else { Citation::Alone })
}

/// The most tokens of an author list read on either side of a name: six authors and what joins
/// them.
const MAX_AUTHOR_LIST: usize = 16;

/// True when a word has a capital inside it that does not start a name part: "PlayStation",
/// "MicroMega" — but not "McCain", "MacArthur", "O'Brien", "DeSantis" or "Al-Amr".
fn has_inner_capital(word: &str) -> bool {
    let mut prev = None;
    word.char_indices().enumerate().any(|(n, (i, c))| {
        let inner = n >= 2
            && c.is_uppercase()
            && prev.is_some_and(char::is_lowercase)
            && !INNER_CAPITAL_PREFIXES.contains(&&word[..i]);
        prev = Some(c);
        inner
    })
}

/// Prefixes of surnames that go on with a capital: "McCain", "MacArthur", "DeSantis", "DuVernay",
/// "LaHood", "VandeHei", "VanderSloot", "FitzGerald".
const INNER_CAPITAL_PREFIXES: &[&str] =
    &["Mc", "Mac", "De", "Di", "Du", "Da", "La", "Le", "Van", "Vande", "Vander", "Von", "Fitz", "St", "Ten"];

/// True when a person appositive follows: ", a doctor," / ", the Secretary of State" / ", who"
/// (the last only when the name heads its phrase: not "former members of Scientology, who").
fn has_person_appositive(doc: &Document, run: &Run, r: Range<usize>) -> bool {
    let end = r.end;
    if !doc.is(end, ",") {
        return false;
    }
    let headed = run.tokens.start == 0 || !doc.is(run.tokens.start - 1, "of");
    if doc.in_set(end + 1, WordSet::PersonRelative) && headed {
        return true;
    }
    // ", president of the fund,", ", senior adviser to …": a person noun in lower case (not the
    // title of a name that follows) without an article.
    let lower = |k: usize| k < doc.len() && doc.lex(k).shape == Some(Shape::Lower);
    let noun = |k: usize| lower(k) && doc.lex(k).person_noun.is_some_and(|n| n.is_noun());
    if headed && (noun(end + 1) || (lower(end + 1) && doc.class(end + 1).is_none() && noun(end + 2))) {
        return true;
    }
    // Up to six words after the comma, ending in a person noun.
    let limit = (end + 8).min(doc.len());
    let mut k = end + 1;
    if !doc.in_set(k, WordSet::Article) && doc.class(k) != Some(WordClass::PossessivePronoun) {
        return false;
    }
    k += 1;
    while k < limit && doc.is_kind(k, TokenKind::Word) {
        if doc.lex(k).person_noun.is_some_and(|n| n.is_noun()) {
            return true;
        }
        k += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::has_inner_capital;

    #[test]
    fn inner_capitals_that_start_no_name_part() {
        for word in ["PlayStation", "MicroMega", "YouTube"] {
            assert!(has_inner_capital(word), "{word}");
        }
        // A capital second (as in "iPhone") is no inner one; known surname prefixes go on with one.
        for word in ["iPhone", "McCain", "MacArthur", "O'Brien", "DeSantis", "Al-Amr", "VanderSloot", "Ölçek", "Mc"] {
            assert!(!has_inner_capital(word), "{word}");
        }
    }
}
