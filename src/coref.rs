//! Coreference: named mentions joined into entities, and the resolution of pronouns and
//! descriptions ("He", "the NATO chief") to the people they stand for.

use std::ops::Range;

use crate::lexicon::FastMap;

use crate::analysis::{EntityKind, Gender, Place};
use crate::document::Document;
use crate::lexicon::{self, WordClass, WordSet, MAX_TITLE_TOKENS};
use crate::mentions::{Mention, MentionKind};
use crate::segment::TokenKind;
use crate::syntax;

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
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ChainMention {
    /// Its tokens.
    pub tokens: Range<usize>,
    /// How it refers.
    pub reference: Reference,
    /// For a name, the mention's confidence.
    pub confidence: Option<f32>,
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
    /// For a person: the first name, once a mention gives one.
    pub first_name: Option<String>,
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

/// How many paragraphs from the text's start [`Chains::introduced_as`] reads for the person a
/// title describes (the title, a dateline, the lede).
const INTRODUCTION_PARAGRAPHS: usize = 4;

/// The most words of a name [`Chains::introduced_as`] reads past before its comma.
const MAX_NAME_WORDS: usize = 4;

/// The most words of an appositive [`Chains::introduced_as`] reads for the title's noun: ", an
/// Australian woman".
const MAX_INTRODUCTION_WORDS: usize = 6;

impl Chains {
    /// Adds a pronoun or description that attribution resolved to chain `chain` (mentions are put
    /// in order, without duplicates, when the analysis is assembled).
    pub(crate) fn add_mention(&mut self, chain: usize, tokens: Range<usize>, reference: Reference) {
        self.list[chain].mentions.push(ChainMention { tokens, reference, confidence: None });
    }

    /// Joins `mentions` into chains.
    pub(crate) fn build(doc: &Document, mentions: &[Mention]) -> Chains {
        let mut joiner = Joiner::default();
        let mut of_mention: Vec<Option<usize>> = Vec::with_capacity(mentions.len());
        for (mi, m) in mentions.iter().enumerate() {
            of_mention.push(joiner.join(doc, mentions, mi, m));
            // "University of Kansas": the place inside joins its own chain; attribution reads the
            // organisation alone.
            if let Some(inner) = &m.inner_place {
                joiner.join(doc, mentions, mi, inner);
                joiner.of_mention.pop();
            }
        }
        full_names_in_titles(doc, mentions, &joiner.people, &mut joiner.list);
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
    /// gender fits, unless someone of the pronoun's gender was named since, opening a sentence;
    /// otherwise the most recently named person whose gender fits, as long as no
    /// other recent person fits as well. The people in `excluded` are no candidates.
    pub(crate) fn resolve_pronoun(
        &self,
        doc: &Document,
        at: usize,
        gender: Gender,
        recent_speaker: Option<usize>,
        excluded: &[usize],
    ) -> Option<usize> {
        let fits = |e: &Chain| {
            e.kind == EntityKind::Person
                && (gender == Gender::Unknown || e.gender == gender || e.gender == Gender::Unknown)
        };
        let paragraph = doc.seg.paragraph_of(at);
        let window_start = doc.seg.paragraphs[paragraph.saturating_sub(PRONOUN_PARAGRAPHS)].tokens.start;
        // The latest named mention of each fitting person inside the window.
        let mut latest = self.named_before(window_start, at);
        latest.retain(|&(_, e)| fits(&self.list[e]) && !excluded.contains(&e));
        if let Some(s) = recent_speaker.filter(|s| !excluded.contains(s)) {
            // Unless someone else of that gender became the subject of a sentence since the
            // speaker was last named: "Wilkins said … She explained".
            let new_subject = latest.first().is_some_and(|&(t, e)| {
                e != s
                    && gender != Gender::Unknown
                    && self.list[e].gender == gender
                    && doc.seg.sentence(t).tokens.start == t
                    && latest.iter().find(|&&(_, seen)| seen == s).is_none_or(|&(ts, _)| ts < t)
            });
            if fits(&self.list[s]) && (gender == Gender::Unknown || self.list[s].gender == gender) && !new_subject {
                return Some(s);
            }
        }
        let (_, best) = *latest.first()?;
        if self.list[best].gender == gender && gender != Gender::Unknown {
            return Some(best);
        }
        // The best fits only by not contradicting: trust it only if it is the only candidate.
        (latest.len() == 1).then_some(best)
    }

    /// The person the article introduces after token `after` with `noun` in an appositive, in
    /// the first [`INTRODUCTION_PARAGRAPHS`] paragraphs: "Valeska Paris, an Australian woman and
    /// former Scientologist, has claimed …" for the title's "Australian woman claims …". The
    /// first person named there who was not named before and whose name a comma and, within a
    /// few words, `noun` follow.
    pub(crate) fn introduced_as(&self, doc: &Document, after: usize, noun: &str) -> Option<usize> {
        let last = doc.seg.paragraphs.get(INTRODUCTION_PARAGRAPHS).map_or(doc.len(), |p| p.tokens.start);
        let from = self.timeline.partition_point(|&(t, _)| t < after);
        let named_before = |e: usize| self.timeline[..from].iter().any(|&(_, seen)| seen == e);
        self.timeline[from..].iter().take_while(|&&(t, _)| t < last).find_map(|&(t, e)| {
            let comma = (t + 1..(t + MAX_NAME_WORDS + 1).min(last)).find(|&k| !doc.is_capitalized(k))?;
            let described = doc.is(comma, ",")
                && (comma + 1..(comma + 1 + MAX_INTRODUCTION_WORDS).min(last)).any(|k| doc.lower(k) == noun);
            (described && !named_before(e)).then_some(e)
        })
    }

    /// The person a description such as "the NATO chief" or "the minister" refers to: the most
    /// recently mentioned person whose title shares the description's head group and contains its
    /// capitalised modifiers. The place among the modifiers may instead follow one of the
    /// person's names ("the Vermont senator" after "Sen. Bernie Sanders (I-Vt.)" or "Bernie
    /// Sanders of Vermont"; not after "Sen. Joni Ernst, R-Iowa"). A noun with a possessive
    /// describes someone else ("the Texas senator's allies" are not the senator), and so does a
    /// noun that titles a name ("the government of President Petro Poroshenko"). `place` is the
    /// place mentioned inside the description, if any.
    pub(crate) fn resolve_description(
        &self,
        doc: &Document,
        tokens: Range<usize>,
        place: Option<Range<usize>>,
    ) -> Option<usize> {
        let head = tokens.clone().rev().find(|&k| doc.lex(k).person_noun.is_some())?;
        // "the government of President Petro Poroshenko": a noun before a name is its title.
        let titles_name = head + 1 < tokens.end && doc.is_capitalized(head + 1) && doc.class(head + 1).is_none();
        if titles_name || doc.is_kind(head + 1, TokenKind::Possessive) && head + 2 < tokens.end {
            return None;
        }
        let noun = doc.lex(head).person_noun?;
        let modifiers: Vec<usize> =
            (tokens.start..head).filter(|&k| doc.is_capitalized(k) && doc.class(k).is_none()).collect();
        // The place among the modifiers: "Vermont", "New York".
        let place = place.filter(|p| p.end <= head);
        let paragraph = doc.seg.paragraph_of(tokens.start);
        let window_start = doc.seg.paragraphs[paragraph.saturating_sub(DESCRIPTION_PARAGRAPHS)].tokens.start;
        self.named_before(window_start, tokens.start).into_iter().map(|(_, e)| e).find(|&e| {
            let entity = &self.list[e];
            let title = entity.title.as_deref().unwrap_or("");
            let mut place_follows = None;
            entity.title_group == Some(noun.group)
                && modifiers.iter().all(|&m| {
                    title.split(char::is_whitespace).any(|w| w == doc.word(m))
                        || place.as_ref().is_some_and(|p| {
                            p.contains(&m)
                                && *place_follows.get_or_insert_with(|| self.place_follows(doc, e, p, tokens.start))
                        })
                })
        })
    }

    /// True when the place at `place` follows a name of person `e` before token `before`.
    fn place_follows(&self, doc: &Document, e: usize, place: &Range<usize>, before: usize) -> bool {
        let place = doc.slice(place.clone());
        self.list[e].mentions.iter().any(|m| {
            let after = m.tokens.end..(m.tokens.end + PLACE_AFTER_NAME).min(before);
            m.reference == Reference::Name && m.tokens.end < before && follows_name(doc.slice(after), place)
        })
    }
}

/// How many tokens after a person's name [`Chains::resolve_description`] reads for the place a
/// description names: "Sen. Joni Ernst, R-Iowa,", "Bernie Sanders (I-Vt.)".
const PLACE_AFTER_NAME: usize = 6;

/// True when `text`, the words after a person's name, gives the person's place: "of Vermont",
/// or a party's initial and the place, written out or abbreviated as the gazetteer knows it:
/// ", R-Iowa", " (I-Vt.)", "(D-N.Y.)".
fn follows_name(text: &str, place: &str) -> bool {
    let text = text.trim_start_matches([',', '(', ' ']);
    let party = text.strip_prefix(['R', 'D', 'I']).and_then(|r| r.strip_prefix('-'));
    let Some(rest) = text.strip_prefix("of ").or(party) else { return false };
    // The place as written ("Iowa"), or its abbreviation ("Vt.", "N.Y."): the word to the first
    // character that is no letter or dot.
    let word = &rest[..rest.find(|c: char| !(c.is_ascii_alphabetic() || c == '.')).unwrap_or(rest.len())];
    rest.starts_with(place) && !rest[place.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        || lexicon::place(word).map(|p| p.canonical) == Some(place)
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
    /// Long because finding the chain and recording the mention share the name's words and key,
    /// which a split would compute twice.
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
        // A person's name as matched (ALL-CAPS words in Title Case) and as written.
        let words: Vec<String> = m
            .tokens
            .clone()
            .filter(|&k| doc.is_kind(k, TokenKind::Word))
            .map(|k| doc.name_form(k).into_owned())
            .collect();
        let written = doc.written(m.tokens.clone());
        let found = match kind {
            EntityKind::Person => self.people.find(&self.list, &words, m.gender),
            EntityKind::Place => self.by_key.get(&(kind, canonical.unwrap_or(&text).to_string())).copied(),
            EntityKind::Organization => self
                .by_key
                .get(&(kind, text.clone()))
                .copied()
                .or_else(|| acronym_of(doc, mentions, mi).and_then(|prev| self.of_mention[prev])),
            // Named mentions are never unnamed sources: those come from attribution.
            EntityKind::Unnamed => None,
        };
        let id = found.unwrap_or_else(|| {
            let name = match (kind, canonical) {
                (EntityKind::Person, _) => written.to_string(),
                (_, Some(canonical)) => canonical.to_string(),
                _ => text.clone(),
            };
            self.list.push(Chain {
                kind,
                name,
                title: None,
                title_group: None,
                gender: Gender::Unknown,
                first_name: None,
                place: m.place.as_deref().copied(),
                mentions: Vec::new(),
            });
            self.list.len() - 1
        });
        let chain = &mut self.list[id];
        if kind == EntityKind::Person {
            // "Rutte" first, "Mark Rutte" later: the fuller name, as written, names the person.
            if words.len() > chain.name.split_whitespace().count() {
                chain.name = written.to_string();
            }
            if chain.first_name.is_none() {
                chain.first_name = NameParts::of(&words).and_then(|p| p.first);
            }
        }
        if chain.gender == Gender::Unknown {
            chain.gender = m.gender;
        }
        if let (None, Some(title)) = (&chain.title, &m.title) {
            chain.title = Some(doc.written(title.clone()).into_owned());
            chain.title_group = title_group(doc, title.clone());
        }
        chain.mentions.push(ChainMention {
            tokens: m.tokens.clone(),
            reference: Reference::Name,
            confidence: Some(m.confidence),
        });
        if kind == EntityKind::Person {
            self.people.add(&words, id);
        } else {
            self.by_key.insert((kind, chain.name.clone()), id);
            self.by_key.insert((kind, text), id);
        }
        self.of_mention.push(Some(id));
        Some(id)
    }
}

/// Names people known only by a surname from a first name written before it elsewhere, in words
/// that are no person's mention: "MSNBC's “The Rachel Maddow Show”" makes "Maddow" Rachel Maddow.
/// Only one first name may be found so: two leave the surname alone.
fn full_names_in_titles(doc: &Document, mentions: &[Mention], people: &PeopleIndex, list: &mut [Chain]) {
    let surname_only = |word: &str| {
        let ids = people.surname.get(word)?;
        ids.iter().copied().find(|&id| list[id].first_name.is_none() && !list[id].name.contains(char::is_whitespace))
    };
    if !list.iter().any(|c| c.kind == EntityKind::Person && c.first_name.is_none()) {
        return;
    }
    // Mentions are sorted and never overlap: walked beside the tokens.
    let mut named = mentions.iter().filter(|m| m.kind == MentionKind::Person).peekable();
    // Per chain: not looked at, the token of the one first name found, or none (two differ).
    let mut found: Vec<Option<Option<usize>>> = vec![None; list.len()];
    for k in 1..doc.len() {
        while named.next_if(|m| m.tokens.end < k).is_some() {}
        if named.peek().is_some_and(|m| m.tokens.contains(&(k - 1))) {
            continue; // another person's name: "Ivanka Trump" says nothing of "Trump"
        }
        let first = k - 1;
        // A first name, not a title that is one too ("King", "Lady", "Miss").
        let lex = doc.lex(first);
        if !doc.is_capitalized(k)
            || lex.first_name.is_none()
            || lex.person_noun.is_some()
            || !doc.is_capitalized(first)
            || !doc.same_sentence(first, k)
        {
            continue;
        }
        let Some(id) = surname_only(doc.word(k)) else { continue };
        found[id] = match found[id] {
            None => Some(Some(first)),
            Some(Some(f)) if doc.word(f) != doc.word(first) => Some(None),
            seen => seen,
        };
    }
    for (id, first) in found.into_iter().enumerate() {
        if let Some(Some(first)) = first {
            let chain = &mut list[id];
            chain.first_name = Some(doc.word(first).to_string());
            chain.name.insert(0, ' ');
            chain.name.insert_str(0, doc.word(first));
        }
    }
}

/// The parts of a person's name that identify them: the surname (the last word that is not a
/// suffix such as "Jr.") and the first name (the first word, when the name has two or more and
/// it is not an initial). Words as a name is written ([`Document::name_form`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct NameParts {
    first: Option<String>,
    surname: String,
}

/// The letters of the suffixes after a name (`WordSet::NameSuffix`: "Jr.", "III", "XV"): a word
/// of other letters is no suffix, without a lookup.
const SUFFIX_LETTERS: &[u8] = b"jrsivxJRSIVX.";

impl NameParts {
    fn of(words: &[String]) -> Option<NameParts> {
        let suffix = |w: &str| {
            w.bytes().all(|b| SUFFIX_LETTERS.contains(&b))
                && lexicon::word_sets(&w.to_ascii_lowercase()).contains(WordSet::NameSuffix)
        };
        // Suffixes close a name: "Martin Luther King Jr.", "Louis XV".
        let mut core = words;
        while let [rest @ .., last] = core {
            if !suffix(last) {
                break;
            }
            core = rest;
        }
        let (surname, rest) = core.split_last()?;
        let first = rest.first().filter(|w| !lexicon::is_initial(w)).map(|w| w.to_string());
        Some(NameParts { first, surname: surname.to_string() })
    }
}

/// The most people an index key leads to: past it, namesakes are not told apart (a text of
/// thousands of Smiths costs no more than a text of a few).
const MAX_NAMESAKES: usize = 16;

/// People's chains by their names, to join a mention to the right person without scanning every
/// chain.
#[derive(Default)]
struct PeopleIndex {
    /// Whole name → chain.
    full: FastMap<String, usize>,
    /// First name and surname → chain: "Joseph R. Biden Jr." is "Joseph Biden".
    first_and_surname: FastMap<(String, String), usize>,
    /// Surname → chains.
    surname: FastMap<String, Vec<usize>>,
    /// First name → chains: "Hillary" alone.
    first: FastMap<String, Vec<usize>>,
}

impl PeopleIndex {
    /// Records that chain `id` is (now) called `words`.
    fn add(&mut self, words: &[String], id: usize) {
        self.full.insert(words.join(" "), id);
        let Some(parts) = NameParts::of(words) else { return };
        let push = |list: &mut Vec<usize>| {
            if list.len() < MAX_NAMESAKES && !list.contains(&id) {
                list.push(id);
            }
        };
        push(self.surname.entry(parts.surname.clone()).or_default());
        if let Some(first) = parts.first {
            push(self.first.entry(first.clone()).or_default());
            self.first_and_surname.entry((first, parts.surname)).or_insert(id);
        }
    }

    /// The chain a person-name mention (its `words`, of gender `gender` as its title or first
    /// name tells) joins:
    /// - the same whole name, or the same first name and surname;
    /// - for a full name, a person known so far only by that surname ("Mark Rutte" after
    ///   "Rutte");
    /// - for one word, the person whose surname it is, or else whose first name it is; among
    ///   namesakes (Donald and Melania Trump), the one whose gender fits, then the one named most,
    ///   then the one named first: news names a relative in full or by a title.
    fn find(&self, list: &[Chain], words: &[String], gender: Gender) -> Option<usize> {
        // One word is a surname or a first name shared by namesakes: chosen below.
        if let Some(&id) = self.full.get(&words.join(" ")).filter(|_| words.len() > 1) {
            return Some(id);
        }
        let parts = NameParts::of(words)?;
        // Among namesakes, the gender a title or first name tells sorts them when it can: those
        // of that gender, else those of unknown gender, else all (a first name's gender is a
        // guess: "Mr. Graham" is Lindsey Graham).
        let best = |ids: &[usize]| {
            let of = |g: Gender| -> Vec<usize> { ids.iter().copied().filter(|&id| list[id].gender == g).collect() };
            let (same, unknown) =
                if gender == Gender::Unknown { (Vec::new(), Vec::new()) } else { (of(gender), of(Gender::Unknown)) };
            let pool = [&same[..], &unknown[..], ids].into_iter().find(|pool| !pool.is_empty()).unwrap_or(ids);
            pool.iter()
                .max_by_key(|&&id| {
                    (
                        list[id].mentions.len(),
                        std::cmp::Reverse(list[id].mentions.first().map_or(0, |m| m.tokens.start)),
                    )
                })
                .copied()
        };
        let namesakes = self.surname.get(&parts.surname).map_or(&[][..], Vec::as_slice);
        match &parts.first {
            Some(first) => self.first_and_surname.get(&(first.clone(), parts.surname.clone())).copied().or_else(|| {
                let surname_only: Vec<usize> =
                    namesakes.iter().copied().filter(|&id| list[id].first_name.is_none()).collect();
                best(&surname_only).or_else(|| {
                    // "Kristin Wilkins", then "Kristen Wilkins": a misprint, when the two first
                    // names are of one gender ("Joan" is not "John", nor "Daniela" "Daniel").
                    namesakes.iter().copied().find(|&id| {
                        list[id].gender == gender
                            && list[id].first_name.as_deref().is_some_and(|known| misprint_of(first, known))
                    })
                })
            }),
            None if words.len() == 1 => best(namesakes)
                .or_else(|| best(self.first.get(&parts.surname).map_or(&[][..], Vec::as_slice)))
                .or_else(|| self.misprinted_surname(list, &parts.surname)),
            None => None,
        }
    }

    /// "Mauer" after "K.C. Maurer": the one person named in full whose surname `word` misprints by
    /// a letter — not a first name ("David" is not "Davis"), not a plural ("the Clintons"). Looked
    /// for only while the text names few surnames, so that the search stays linear.
    fn misprinted_surname(&self, list: &[Chain], word: &str) -> Option<usize> {
        if self.surname.len() > MAX_MISPRINT_SCAN || lexicon::first_name(word).is_some() {
            return None;
        }
        let mut found = self.surname.iter().filter(|(surname, ids)| {
            misprint_of(word, surname)
                && word.strip_suffix('s') != Some(surname.as_str())
                && ids.len() == 1
                && list[ids[0]].first_name.is_some()
        });
        let (_, ids) = found.next()?;
        found.next().is_none().then(|| ids[0])
    }
}

/// The most surnames a text may name for a one-word name to be checked against them all as a
/// misprint.
const MAX_MISPRINT_SCAN: usize = 64;

/// The shortest name a misprint is told from: below it, one letter makes another name.
const MIN_MISPRINTED_NAME: usize = 5;

/// Whether `word` is `known` with one letter changed, added or dropped after the first, both
/// names long enough that this is a misprint rather than another name.
fn misprint_of(word: &str, known: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (word.chars().collect(), known.chars().collect());
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if short.len() < MIN_MISPRINTED_NAME || long.len() > short.len() + 1 || a[0] != b[0] {
        return false;
    }
    // The letters before the first that differs.
    let i = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        i < short.len() && short[i + 1..] == long[i + 1..]
    } else {
        short[i..] == long[i + 1..]
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

/// What token `i` refers to when it is a pronoun that can be the source of a claim: a subject
/// ("he said"), the object of "according to" ("according to him", "according to her"), or the
/// owner of a noun cue ("his claim that", "their belief that").
pub(crate) fn source_pronoun(doc: &Document, i: usize) -> Option<SourcePronoun> {
    let after_according_to = i >= 2 && doc.is(i - 1, "to") && doc.is(i - 2, "according");
    let noun_cue = |k: usize| syntax::noun_cue_class(doc, k).is_some();
    if doc.class(i) == Some(WordClass::PossessivePronoun) && (noun_cue(i + 1) || noun_cue(i + 2)) {
        return match doc.lower(i) {
            "his" => Some(SourcePronoun::Person(Gender::Male)),
            "her" => Some(SourcePronoun::Person(Gender::Female)),
            "their" | "its" => Some(SourcePronoun::Group),
            _ => None,
        };
    }
    match doc.class(i) {
        Some(WordClass::Pronoun { gender, speaker_relative: false, .. })
            if doc.in_set(i, WordSet::SubjectPronoun) || after_according_to =>
        {
            Some(if gender == Gender::Unknown { SourcePronoun::Group } else { SourcePronoun::Person(gender) })
        }
        // "her" is the object of "she" as well as her possessive.
        Some(WordClass::PossessivePronoun) if after_according_to && doc.is(i, "her") => {
            Some(SourcePronoun::Person(Gender::Female))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions;

    #[test]
    fn every_name_suffix_is_written_in_the_suffix_letters() {
        let (_, text) = crate::rows::data_file!("word_sets.tsv");
        let row = text.lines().find(|l| l.starts_with("name-suffix\t")).expect("the name-suffix row");
        for word in row.split('\t').nth(1).expect("its words").split(' ') {
            assert!(word.bytes().all(|b| SUFFIX_LETTERS.contains(&b)), "{word}");
            assert!(NameParts::of(&["Louis".into(), word.to_uppercase()]).is_some_and(|p| p.surname == "Louis"));
        }
    }

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
    fn a_surname_misspelt_by_one_letter_is_the_person_named_in_full() {
        let text = "K.C. Maurer, the treasurer, said so. Recipients, said Mauer, must show the works. \
                    Jane Davis came. She met David on Monday. Hillary Clinton spoke. Clinton said no.";
        let doc = Document::new(text);
        let entities = Chains::build(&doc, &mentions::find(&doc));
        let people: Vec<(&str, usize)> = entities
            .list
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| (e.name.as_str(), e.mentions.len()))
            .collect();
        assert_eq!(people, [("K.C. Maurer", 2), ("Jane Davis", 1), ("David", 1), ("Hillary Clinton", 2)]);
    }

    #[test]
    fn a_first_name_misspelt_by_one_letter_is_the_same_person() {
        let text = "Kristin Wilkins curated the show. Kristen Wilkins, a professor, said so. \
                    John Smith came with his wife Joan Smith. Daniel Ortiz and Daniela Ortiz left.";
        let doc = Document::new(text);
        let entities = Chains::build(&doc, &mentions::find(&doc));
        let names: Vec<&str> =
            entities.list.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Kristin Wilkins", "John Smith", "Joan Smith", "Daniel Ortiz", "Daniela Ortiz"]);
    }

    #[test]
    fn a_surname_takes_the_first_name_written_before_it_in_a_title() {
        let text = "Clinton appeared on MSNBC's “The Rachel Maddow Show” on Thursday. “Why?” Maddow asked. \
                    Later, “Lady Macbeth” came up, and Macbeth laughed.";
        let doc = Document::new(text);
        let entities = Chains::build(&doc, &mentions::find(&doc));
        let names: Vec<&str> =
            entities.list.iter().filter(|e| e.kind == EntityKind::Person).map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Rachel Maddow"), "{names:?}");
        assert!(!names.contains(&"Lady Macbeth"), "{names:?}");
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
        let id = entities.resolve_description(&doc, chief - 2..chief + 1, None).unwrap();
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
