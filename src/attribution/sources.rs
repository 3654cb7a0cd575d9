//! Sources: the noun phrase that makes a claim, read around its cue.

use std::ops::Range;

use super::{content, Draft};
use crate::document::Document;
use crate::lexicon::{self, VerbForm, WordClass, WordSet};
use crate::segment::{Shape, TokenKind};
use crate::syntax;

/// The farthest an "according to" source reaches past its noun phrase, in tokens, to take the
/// rest of a description: "according to a New York Times/CBS News poll released last week".
const ACCORDING_TO_TAIL: usize = 12;

/// Where the source of a verb cue stands, and how it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum VerbSource {
    /// The subject before the verb: "Rutte said", "Hugh Hill, a doctor, said".
    Subject(Range<usize>),
    /// After the verb, in an inverted attribution: "…,” said Rutte."
    Inverted(Range<usize>),
    /// A relative pronoun before the verb, which stands for its antecedent: "one MP, who said".
    Relative(Range<usize>),
    /// The subject of an earlier verb, shared by a participle or a coordinated verb:
    /// "…, adding that …", "Zuckerberg tweeted and said …".
    Shared(Range<usize>),
}

impl VerbSource {
    /// The tokens of the source as written.
    pub(crate) fn tokens(&self) -> Range<usize> {
        match self {
            VerbSource::Subject(r) | VerbSource::Inverted(r) | VerbSource::Relative(r) | VerbSource::Shared(r) => {
                r.clone()
            }
        }
    }
}

/// Where a verb cue stands in its sentence: what the source and content finders read.
#[derive(Clone, Debug)]
pub(crate) struct VerbSite {
    /// The cue's tokens.
    pub cue: Range<usize>,
    /// The sentence's first token and one past its last.
    pub s0: usize,
    /// One past the sentence's last token.
    pub s1: usize,
    /// The first token of the adverbials before the cue ("has also said"), or the cue.
    pub before: usize,
    /// The first token after the cue and the adverbials after it ("said on Monday").
    pub after: usize,
    /// The verb is a participle in "-ing".
    pub gerund: bool,
    /// For a participle inside the phrase that opens the sentence ("One month after announcing
    /// his support, Rubio …"): the comma that ends the phrase ([`opening_phrase_end`]).
    pub opening: Option<usize>,
}

impl VerbSite {
    /// "…, adding that …", "… – saying …", "“…,” adding that …", "by saying …", "while saying
    /// …", "…, praising her and warning …", "Noting that …, Tester said", "issued a statement
    /// saying …": a participle whose subject is the sentence's.
    pub(crate) fn participial(&self, doc: &Document) -> bool {
        let b = self.before;
        let after_comma = |k: usize| k > self.s0 && doc.is(k - 1, ",");
        let opens_sentence = b == self.s0 && self.opening.is_some();
        let joined = b > self.s0
            && (after_comma(b)
                || b > self.s0 + 1 && syntax::is_open_dash(doc, b - 1)
                || matches!(doc.class(b - 1), Some(WordClass::Preposition | WordClass::Subordinator))
                || syntax::joins_participles(doc, b - 1, self.s0)
                || issuing_verb_before(doc, b - 1).is_some()
                || (doc.quotes.is_closing(b - 1) && after_comma(b - 1)));
        self.gerund && (opens_sentence || joined)
    }

    /// "Machado promised … and said …", "Kasich offered him a job, then said …": a second verb
    /// sharing the subject of the first.
    pub(crate) fn coordinated(&self, doc: &Document) -> bool {
        let b = self.before;
        !self.gerund
            && b > self.s0 + 1
            && (doc.in_set(b - 1, WordSet::Coordinator) || doc.is(b - 1, ",") && doc.is(b, "then"))
    }
}

/// The source of the verb cue at `site`. `previous` are the claims found so far, for subjects
/// that a participle or a coordinated verb borrows.
pub(crate) fn of_verb(doc: &Document, site: &VerbSite, previous: &[Draft]) -> Option<VerbSource> {
    let (s0, before) = (site.s0, site.before);
    // "…, according to one MP, who said …", "an architect who said …": the relative pronoun is
    // the source as written; its antecedent names the speaker (see `speakers`).
    // "a message that read: …": "that" right after its noun, never after a comma.
    let relative = before > s0 + 1 && {
        let after_noun = || syntax::noun_phrase_left(doc, before - 1, s0).is_some();
        if doc.in_set(before - 1, WordSet::SubjectRelative) {
            doc.is(before - 2, ",") || after_noun()
        } else {
            doc.is(before - 1, "that") && !site.gerund && noun_before_that(doc, before - 2, s0) && after_noun()
        }
    };
    if relative {
        return Some(VerbSource::Relative(before - 1..before));
    }
    if site.participial(doc) || site.coordinated(doc) {
        // "Zuckerberg tweeted and said …": the subject of the cue verb before "and" (a capitalised
        // cue word there ends a name: "in the United States and specifically mentioned"); "Trump
        // issued a statement saying …": the subject of the verb that issued it.
        let shared = site.coordinated(doc) && doc.lex(before - 2).cue.is_some() && !doc.is_capitalized(before - 2);
        let verb_before =
            if shared { Some(before - 2) } else { before.checked_sub(1).and_then(|p| issuing_verb_before(doc, p)) };
        return verb_before
            .and_then(|v| subject_of_verb(doc, v, s0))
            .or_else(|| borrowed_subject(doc, previous, site))
            .map(VerbSource::Shared);
    }
    let mut left = subject_left(doc, before, s0);
    // "…support from his colleagues, who dislike him, said Larry Sabato", "Mr. Obama warned the
    // Chinese leader, Xi Jinping, during …, said an official": after a comma, a verb of saying,
    // and a name, the noun phrase before the verb is the object of a preposition or a verb, not
    // its subject; the name is the source.
    let object = left.as_ref().is_some_and(|s| {
        s.start > s0 && {
            let p = s.start - 1;
            doc.class(p) == Some(WordClass::Preposition) || syntax::is_past_form(doc, p)
        }
    });
    let saying = doc.lex(site.cue.start).cue.is_some_and(|v| v.saying);
    if object && saying && before > s0 && doc.is(before - 1, ",") {
        if let Some(right) = source_right(doc, site.after, site.s1) {
            return Some(VerbSource::Inverted(right));
        }
    }
    if site.gerund
        && left.as_ref().is_some_and(|s| !doc.is_capitalized(s.start) && !syntax::is_subject_pronoun(doc, s.start))
        && !with_subject(doc, site.cue.start)
    {
        left = None; // "the war saying": not a subject
    }
    match left {
        Some(subject) => Some(VerbSource::Subject(subject)),
        // Inverted: "…,” said Rutte." / "…, said Victor Cha, who …".
        None if before > s0 && (doc.is(before - 1, ",") || doc.quotes.is_closing(before - 1)) => {
            source_right(doc, site.after, site.s1).map(VerbSource::Inverted)
        }
        None if before == s0 => opening_inversion(doc, site.cue.start, site.after, site.s1).map(VerbSource::Inverted),
        None => None,
    }
}

/// The subject of the verb at `verb`, in a sentence that starts at `s0`, past the adverbs before
/// the verb: "Trump [quickly] issued a statement saying …", "Trump issued the following
/// statement: …".
pub(crate) fn subject_of_verb(doc: &Document, verb: usize, s0: usize) -> Option<Range<usize>> {
    subject_left(doc, syntax::skip_adverbials_left(doc, verb, s0), s0)
}

/// True when the word at `k`, before "that", is a noun the "that" may relate to: "a message
/// that read", "the report that his aides released"; not a verb or adjective that takes a clause
/// ("I think that explains it", "so charged that", "given that"), nor "Defending that terrain"
/// (but "the little polling that was done"); a time may stand between ("a letter Friday that
/// says"). `s0` is the sentence's first token.
fn noun_before_that(doc: &Document, k: usize, s0: usize) -> bool {
    matches!(doc.class(k), None | Some(WordClass::Time))
        && (doc.lex(k).cue.is_none() || (k > s0 && doc.class(k - 1) == Some(WordClass::Determiner)))
        && !(syntax::is_ing_form(doc, k) && (k == s0 || doc.class(k - 1).is_some()))
        && !syntax::is_past_form(doc, k)
        && !doc.is(k, "given")
}

/// The most words from a verb of issuing to the text it issues: "put out a statement",
/// "released a new radio ad".
const MAX_ISSUED_OBJECT: usize = 4;

/// The verb that puts out the text ending at token `p`, right before a participle: "Trump
/// issued a statement saying …", "the campaign sent out a press release saying …". The
/// participle then gives what the text says, and its source is that verb's subject.
pub(crate) fn issuing_verb_before(doc: &Document, p: usize) -> Option<usize> {
    if !doc.in_set(p, WordSet::IssuedText) {
        return None;
    }
    (p.saturating_sub(MAX_ISSUED_OBJECT)..p)
        .rev()
        .take_while(|&k| doc.same_sentence(k, p) && doc.is_kind(k, TokenKind::Word))
        .find(|&k| doc.in_set(k, WordSet::IssueVerb))
}

/// True when the gerund at `i` has its subject after "with": "with Boswell stating: …", "with 30
/// percent of voters saying they …", "with about three in 10 saying …".
pub(crate) fn with_subject(doc: &Document, i: usize) -> bool {
    let s0 = doc.sentence_tokens(i).start;
    syntax::noun_phrase_left(doc, i, s0).is_some_and(|np| {
        let start = measured_start(doc, np.start, s0);
        start > s0 && doc.is(start - 1, "with")
    })
}

/// The source of the cue verb at `cue` that opens its sentence (which ends before `s1`), read from
/// token `after` on, before a quotation: "Said Dorothy Poynter, who grew up with Ali, “We were
/// all so proud.”", "Continued Stone: “…”" — a name, maybe with its appositive, then a comma or
/// colon and the quotation. `None` for anything else ("Said he was tired").
pub(crate) fn opening_inversion(doc: &Document, cue: usize, after: usize, s1: usize) -> Option<Range<usize>> {
    let finite = doc.lex(cue).cue.is_some_and(|c| matches!(c.form, VerbForm::Past | VerbForm::ThirdPerson));
    if !finite || cue != doc.sentence_tokens(cue).start {
        return None;
    }
    let np = syntax::noun_phrase_right(doc, after, s1).filter(|np| doc.is_capitalized(np.start))?;
    let end = syntax::appositive_right(doc, np.end, s1).map_or(np.end, |end| end - 1);
    (doc.is_any(end, &[",", ":"]) && doc.quotes.is_opening(end + 1)).then_some(np.start..end)
}

/// The subject left of a cue verb: a noun phrase, possibly with an appositive or relative clause
/// ("Hugh Hill, a doctor,"), a bracketed affiliation ("Rep. Gwen Moore (D-Wis.)") or an insert
/// between commas or dashes ("Hillary Clinton, at a later press gaggle,", "Joyce — who … —")
/// before it.
pub(crate) fn subject_left(doc: &Document, before: usize, s0: usize) -> Option<Range<usize>> {
    // "Brian Murphy, the chairman of the county party, for example, said": an insert after the
    // appositive of the noun phrase that opens the sentence; the subject is what comes before it.
    let adverb = doc.class(s0) == Some(WordClass::Adverb) || lexicon::is_ly_adverb(doc.lower(s0));
    let after_appositive = |open: usize| {
        open + 1 < before
            && syntax::appositive_left(doc, open + 1, s0)
                .is_some_and(|r| r.start == s0 && !opens_phrase(doc, s0, s0) && !adverb)
    };
    if let Some(open) = syntax::insert_left(doc, before, s0).filter(|&open| after_appositive(open)) {
        return subject_left(doc, open + 1, s0);
    }
    if let Some(mut r) = syntax::appositive_left(doc, before, s0) {
        // "Paul Porter, a truck driver from Ava, Mo., who backs Mr. Trump, said": the state after
        // a town is no appositive of its own; the town's place opens what it is part of.
        let state_after_town =
            r.start >= s0 + 2 && doc.is(r.start - 1, ",") && content::region_after(doc, r.start, before).is_some();
        let town = if state_after_town { syntax::noun_phrase_left(doc, r.start - 1, s0) } else { None };
        let opening = town.map_or(r.start, |t| t.start);
        if opening > s0 && doc.class(opening - 1) == Some(WordClass::Preposition) {
            // "Christopher Harvey, a delegate from Houston, Texas, said": the place and its
            // region close the appositive of the name before them.
            if let Some(whole) = apposed_to(doc, opening - 1, before, s0) {
                return Some(whole);
            }
            // "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": a description the
            // noun-phrase reader cannot follow, between the name that opens the sentence and the
            // place; the name with its description is the subject, not the place.
            if let Some(name) = described_name(doc, s0, opening) {
                return Some(name.start..before);
            }
        }
        // ", of Springfield, Va.,": the words at `k` say where the person lives.
        let home_at = |k: usize| k >= s0 + 2 && doc.is(k - 1, "of") && doc.is(k - 2, ",");
        // "Michael Mulgrew, president of the union, which represents teachers, said", "Schiff,
        // 56, who has served …, told": an appositive may follow another.
        for _ in 1..syntax::MAX_APPOSITIVES {
            // "Johnnie Wilson, of Springfield, Va., said": where the person lives.
            let residence = home_at(r.start) && doc.is_capitalized(r.start);
            if residence {
                r.start -= 1;
            }
            if r.start <= s0 + 1 || !doc.is(r.start - 1, ",") {
                break;
            }
            let Some(np) = syntax::noun_phrase_left(doc, r.start - 1, s0) else { break };
            // Not the end of an opening phrase: "After the vote, the president of …, who …,".
            let opener = np.start > s0
                && !home_at(np.start)
                && matches!(doc.class(np.start - 1), Some(WordClass::Preposition | WordClass::Subordinator));
            let apposed = residence || syntax::appositive_right(doc, np.end, r.end).is_some_and(|end| end <= r.end);
            if opener || !apposed {
                break;
            }
            r = np.start..r.end;
        }
        if r.start > s0 && !doc.is(r.start - 1, ",") {
            if let Some(start) = relative_clause_holder(doc, r.start, s0) {
                r.start = start;
            }
        }
        return Some(r);
    }
    if let Some(insert_start) =
        syntax::insert_left(doc, before, s0).or_else(|| syntax::dash_insert_left(doc, before, s0))
    {
        // "Sandra Inman, a supporter from Jackson, Miss., attending the convention, said": the
        // insert follows an appositive; the subject is the name with it.
        if syntax::appositive_left(doc, insert_start + 1, s0).is_some() {
            if let Some(subject) = subject_left(doc, insert_start + 1, s0) {
                return Some(subject);
            }
        }
        // "delegate Bill Eastland, wearing a cowboy hat, said": a title in lower case opens one too.
        let np = syntax::noun_phrase_left(doc, insert_start, s0).filter(|np| {
            doc.is_capitalized(np.start)
                || syntax::is_subject_pronoun(doc, np.start)
                || doc.class(np.start) == Some(WordClass::Determiner)
                || doc.is_person_noun(np.start)
        });
        // "The judges who ruled on it, for instance, said": the subject with its relative clause
        // before the insert (not "the fact that he, …, said").
        if let Some(r) = restrictive_relative_subject(doc, insert_start, s0) {
            if np.as_ref().is_none_or(|np| np.start != r.relative + 1) {
                return Some(widened(doc, r.subject, s0));
            }
        }
        return np;
    }
    // "Sen. Jack Reed (D-R.I.), said": a comma after a bracketed affiliation.
    if before > s0 + 2 && doc.is(before - 1, ",") && doc.is(before - 2, ")") {
        return syntax::noun_phrase_left(doc, before - 1, s0).filter(|np| doc.is_capitalized(np.start));
    }
    // "She will unveil plans to …": a lower-case word after an auxiliary is a verb, not a subject.
    let np = syntax::noun_phrase_left(doc, before, s0).filter(|np| {
        np.start == s0
            || doc.is_capitalized(np.start)
            || syntax::is_subject_pronoun(doc, np.start)
            || doc.class(np.start - 1) != Some(WordClass::Auxiliary)
    });
    // "A news report published Wednesday said", "…, committing repeated gaffes": a participle
    // is no subject; after a noun it describes the noun, the subject.
    let np = match np {
        Some(p) if p.len() == 1 && (syntax::is_past_form(doc, p.start) || syntax::is_participle(doc, p.start)) => {
            syntax::noun_phrase_left(doc, p.start, s0)
        }
        np => np,
    };
    // "Voters who backed Trump in the primary said": the phrase before the verb ("the primary")
    // is inside a relative clause; the subject is its noun with the clause. Not when the clause's
    // own subject stands right before the verb ("the fact that he said"), unless that phrase ends
    // in the clause's verb ("the report that his aides released said").
    if let Some(r) = restrictive_relative_subject(doc, before, s0) {
        let clause_subject = |np: &Range<usize>| np.start == r.relative + 1 && !syntax::is_past_form(doc, np.end - 1);
        if !np.as_ref().is_some_and(clause_subject) {
            return Some(widened(doc, r.subject, s0));
        }
    }
    Some(widened(doc, np?, s0))
}

/// The most tokens of a restrictive relative clause inside a subject: "who backed Trump in the
/// primary", "whose laws have been invalidated".
const MAX_RESTRICTIVE_RELATIVE: usize = 15;

/// A subject with a restrictive relative clause, ending before the verb.
struct RelativeSubject {
    /// The noun phrase and its clause, up to the verb.
    subject: Range<usize>,
    /// The relative pronoun.
    relative: usize,
}

/// The subject that ends before the verb at `before` with a restrictive relative clause (no
/// comma): "People who voted for him said", "Those who backed him said", "The officials whose
/// laws were struck down say", "The report that his aides released said". The noun phrase opens
/// the sentence or follows a comma ("In Iowa, voters who …", "…, sources who reviewed them
/// told"). Not a verb of the clause itself ("… and who didn't want", "that turns down customers
/// or asks").
fn restrictive_relative_subject(doc: &Document, before: usize, s0: usize) -> Option<RelativeSubject> {
    let last = before.checked_sub(1).filter(|&k| k > s0 && doc.is_kind(k, TokenKind::Word))?;
    if syntax::is_relative_pronoun(doc, last) || doc.in_set(last, WordSet::Coordinator) || doc.is(last, "or") {
        return None;
    }
    let floor = before.saturating_sub(MAX_RESTRICTIVE_RELATIVE).max(s0 + 1);
    let relative = (floor..last)
        .rev()
        .take_while(|&k| {
            !(doc.is_any(k, &[",", ";", ":", "(", ")"])
                || syntax::is_terminal(doc, k)
                || syntax::is_dash(doc, k)
                || doc.quotes.is_opening(k))
        })
        .find(|&k| syntax::is_relative_pronoun(doc, k))?;
    if doc.is(relative, "that") && !noun_before_that(doc, relative - 1, s0) {
        return None;
    }
    let mut noun = if doc.is(relative - 1, "those") {
        relative - 1..relative
    } else {
        syntax::noun_phrase_left(doc, relative, s0).filter(|np| !syntax::is_subject_pronoun(doc, np.start))?
    };
    // "Hawkins and others who want to ban abortion said".
    if joins_first_subject(doc, noun.start, s0) {
        noun.start = s0;
    }
    let opening = opens_phrase(doc, s0, s0);
    // After a comma: an opening phrase's, or before an attribution that ends the sentence
    // ("…, sources who reviewed them told POLITICO"); not a name's ("Jupiter, Florida who").
    let placed = if noun.start == s0 {
        !opening
    } else {
        doc.is(noun.start - 1, ",") && (opening || !doc.is_capitalized(noun.start))
    };
    placed.then_some(RelativeSubject { subject: noun.start..before, relative })
}

/// For a noun phrase at `inside`, with its appositives, that is no subject but the object of a
/// relative clause: the start of the noun phrase that opens the sentence and that the clause is
/// about, with its own appositive. "Ms. Arnold, who helped found EDGE, an environmental group …,
/// said", "Senator Richard Shelby, the Alabama Republican who heads the Senate Banking
/// Committee, which …, said".
fn relative_clause_holder(doc: &Document, inside: usize, s0: usize) -> Option<usize> {
    let floor = inside.saturating_sub(syntax::MAX_RELATIVE).max(s0 + 1);
    let relative = (floor..inside).rev().find(|&k| doc.in_set(k, WordSet::SubjectRelative))?;
    let noun_end = if doc.is(relative - 1, ",") { relative - 1 } else { relative };
    let mut start = syntax::noun_phrase_left(doc, noun_end, s0)?.start;
    // "Senator Richard Shelby, the Alabama Republican who …": the name the description is about.
    if start > s0 + 1 && doc.is(start - 1, ",") {
        if let Some(name) = syntax::noun_phrase_left(doc, start - 1, s0).filter(|np| doc.is_capitalized(np.start)) {
            start = name.start;
        }
    }
    (start == s0 && doc.is_capitalized(start)).then_some(start)
}

/// The name that opens the sentence at `s0` (or follows the quotation that opens it: "“…,” Mr.
/// Daniloff, …") and a comma after it, when what follows up to `end` is a description: no comma,
/// no verb of its own ("Mr. Daniloff, now 81 and retired in …").
fn described_name(doc: &Document, s0: usize, end: usize) -> Option<Range<usize>> {
    let start = match doc.quotes.opening_at(s0).map(|q| q.end_token()) {
        Some(after) if after >= s0 + 2 && after < end && doc.is(after - 2, ",") => after,
        Some(after) if after + 1 < end && doc.is(after, ",") => after + 1,
        _ => s0,
    };
    let np = syntax::noun_phrase_right(doc, start, end).filter(|np| np.start == start && doc.is_capitalized(start))?;
    let description = np.end + 1..end;
    let plain = doc.is(np.end, ",")
        && !description.is_empty()
        && !description.clone().any(|k| doc.is(k, ",") || super::content::is_finite_verb(doc, k));
    plain.then_some(np)
}

/// The noun phrase before a comma left of `inside` whose appositives, read in a row, end at
/// `before` (the comma before the verb), with them.
fn apposed_to(doc: &Document, inside: usize, before: usize, s0: usize) -> Option<Range<usize>> {
    let lowest = inside.saturating_sub(syntax::MAX_APPOSITIVE).max(s0 + 1);
    let comma = (lowest..inside).rev().find(|&k| doc.is(k, ","))?;
    let np = syntax::noun_phrase_left(doc, comma, s0).filter(|np| doc.is_capitalized(np.start))?;
    let mut end = np.end;
    for _ in 0..syntax::MAX_APPOSITIVES {
        end = syntax::appositive_right(doc, end, before + 1)? - 1;
        if end == before - 1 {
            return Some(np.start..before);
        }
    }
    None
}

/// A subject noun phrase with what the grammar of noun phrases leaves before it: a quantity
/// ("only 49 percent of Republicans", "more than four in 10 voters") and, when the sentence
/// opens with it, a first subject joined by "and", "or" or "nor" ("Trump and his supporters",
/// "Neither Cruz nor Christie").
fn widened(doc: &Document, mut np: Range<usize>, s0: usize) -> Range<usize> {
    // "four in 10 voters", "four out of 10 voters": the "in" or "out of" and the number before.
    let count = |k: usize| doc.is_kind(k, TokenKind::Number) || doc.in_set(k, WordSet::NumberWord);
    if np.start >= s0 + 2 && doc.is(np.start - 1, "in") && doc.is_kind(np.start, TokenKind::Number) {
        if count(np.start - 2) {
            np.start -= 2;
        }
    } else if np.start >= s0 + 3
        && doc.is(np.start - 1, "of")
        && doc.is(np.start - 2, "out")
        && doc.is_kind(np.start, TokenKind::Number)
        && count(np.start - 3)
    {
        np.start -= 3;
    }
    np.start = measured_start(doc, np.start, s0);
    // "Most Republican voters in Alabama, Georgia and Virginia": the list the phrase ends with.
    let c0 = clause_start(doc, s0, np.start);
    // Not past an opening phrase's comma: "In Des Moines, Iowa, Trump and Cruz said".
    if (np.start..np.end).any(|k| doc.in_set(k, WordSet::NameJoin)) {
        let mut first = np.start;
        // Each item a noun phrase, not a clause before a postposed attribution ("The plan
        // failed, Smith and Jones said").
        let name =
            |item: &Range<usize>| doc.is_capitalized(item.start) && !item.clone().any(|k| syntax::is_past_verb(doc, k));
        while first >= c0 + 2 && doc.is(first - 1, ",") {
            match syntax::noun_phrase_left(doc, first - 1, c0) {
                Some(item) if name(&item) && item.start >= c0 => first = item.start,
                _ => break,
            }
        }
        if first == s0 || !doc.is(first - 1, ",") {
            np.start = first;
        }
    }
    // "A producer for Yahoo Studios", "Exit polls taken in South Carolina", "someone in the
    // audience", "Citing the polls, aides to Clinton said", "A woman wearing a red hat": when the
    // clause opens with a noun phrase, a prepositional or participle's phrase after it is part of
    // it (not after "by": "a document filed by the attorney" names the attorney; not a subject
    // after a participle: "Keeps saying she opposed").
    let attached = |k: usize| {
        (doc.class(k) == Some(WordClass::Preposition) && !doc.is(k, "by"))
            || (syntax::is_participle(doc, k) && !syntax::is_subject_pronoun(doc, np.start))
    };
    if np.start >= s0 + 2 && attached(np.start - 1) {
        // "But the scene at Horgos", "Because exit polls in Iowa": past the conjunction or
        // subordinator that opens the clause.
        let c0 = past_classes(doc, c0, np.start, &[WordClass::Conjunction, WordClass::Subordinator]);
        let opens = syntax::noun_phrase_left(doc, np.start - 1, c0)
            .filter(|first| first.start == c0 && !doc.lower(c0).ends_with("ing"));
        if let Some(first) = opens {
            np.start = first.start;
        } else if np.start == c0 + 2 && doc.is(c0, "those") {
            np.start = c0; // "Those in the room said"
        }
    }
    if joins_first_subject(doc, np.start, s0) {
        np.start = s0;
    }
    // People joined by "and" after a comma: "…, teachers and union officials told POLITICO",
    // "…, current and former officials said".
    let people = doc.is_capitalized(np.end - 1) || doc.is_person_noun(np.end - 1);
    if people && np.start >= s0 + 2 && doc.is(np.start - 1, "and") {
        if let Some(first) = syntax::noun_phrase_left(doc, np.start - 1, s0) {
            if first.start > s0 && doc.is(first.start - 1, ",") {
                np.start = first.start;
            }
        }
    }
    np
}

/// The start of the noun phrase at `start` with the words that measure it, no further left than
/// `s0`: "about three in 10", "only 49 percent", "more than 60 percent".
fn measured_start(doc: &Document, start: usize, s0: usize) -> usize {
    if start > s0 && doc.in_set(start - 1, WordSet::Quantifier) {
        start - 1
    } else if start > s0 + 1 && doc.is(start - 1, "than") && doc.is_any(start - 2, &["more", "less", "fewer"]) {
        start - 2
    } else {
        start
    }
}

/// True when the noun phrase at `start` is a second subject joined by "and", "or" or "nor" to a
/// first that opens the sentence at `s0`: "Trump and his supporters", "Neither Cruz nor
/// Christie".
fn joins_first_subject(doc: &Document, start: usize, s0: usize) -> bool {
    start >= s0 + 2
        && doc.in_set(start - 1, WordSet::NameJoin)
        && syntax::noun_phrase_left(doc, start - 1, s0).is_some_and(|first| {
            first.start == s0 || (first.start == s0 + 1 && doc.is_any(s0, &["both", "either", "neither"]))
        })
}

/// Where the clause holding token `k` starts, in a sentence that starts at `s0`: after the comma
/// of a phrase that opens the sentence before its subject ("Citing the polls, aides …", "In Iowa,
/// aides …"), or at `s0`.
fn clause_start(doc: &Document, s0: usize, k: usize) -> usize {
    opening_phrase_end(doc, s0, s0).filter(|&comma| comma < k).map_or(s0, |comma| comma + 1)
}

/// For a participial or coordinated cue ("…, adding that …"): the source of the previous claim in
/// the sentence, or the noun phrase that opens the sentence — or, for a participle in the phrase
/// that opens it, the one after that phrase.
fn borrowed_subject(doc: &Document, previous: &[Draft], site: &VerbSite) -> Option<Range<usize>> {
    let (s0, cue) = (site.s0, site.cue.start);
    if let Some(d) =
        super::in_sentence(previous, s0).find(|d| d.source.as_ref().is_some_and(|s| s.start >= s0 && s.end <= cue))
    {
        return d.source.clone();
    }
    if doc.in_set(s0, WordSet::Expletive) {
        return None; // "It is …, saying": no one speaks
    }
    if let Some(comma) = site.opening {
        // "After meeting the families, Trump said …", "One month after announcing his support,
        // Rubio still believes …".
        return subject_at(doc, comma + 1, doc.sentence_tokens(cue).end);
    }
    let lead = super::content::dateline_end(doc, s0, cue).unwrap_or(s0);
    // "But a few days later, Trump reversed himself, saying …": a conjunction before the
    // opening phrases.
    let lead = past_classes(doc, lead, cue, &[WordClass::Conjunction]);
    let mut start = lead;
    // "During a speech on Monday, Trump attacked …, saying", "Rallying hundreds of workers, Clinton
    // promised …", "The day before, at a rally in Beaumont, Tex., Mr. Trump was …, claiming": past
    // the opening phrases, each up to its comma.
    while opens_phrase(doc, start, lead) {
        let Some(comma) = (start..cue).find(|&k| doc.is(k, ",")) else { break };
        start = comma + 1;
        // "in Beaumont, Tex.,": a state after its town.
        if start + 1 < cue && doc.word(start).ends_with('.') && doc.is(start + 1, ",") && doc.is_capitalized(start) {
            start += 2;
        }
    }
    start = past_classes(doc, start, cue, &[WordClass::Conjunction, WordClass::Adverb]);
    // "When Rubio thanked Miami and said …": the subject inside the subordinate clause that holds
    // the cue.
    if start < cue && doc.in_set(start, WordSet::SubordinateOpener) && !(start..cue).any(|k| doc.is(k, ",")) {
        start += 1;
    }
    subject_at(doc, start, cue)
}

/// The first token from `k` on, before `end`, whose word class is none of `classes` ("But",
/// "Because", "then" skipped); `end` when every one is.
fn past_classes(doc: &Document, k: usize, end: usize, classes: &[WordClass]) -> usize {
    (k..end).find(|&j| !doc.class(j).is_some_and(|c| classes.contains(&c))).unwrap_or(end.max(k))
}

/// The subject that starts at token `start`, before `ceil`: a name, a pronoun or a phrase opening
/// with a determiner, up to its verb, with its appositive.
fn subject_at(doc: &Document, start: usize, ceil: usize) -> Option<Range<usize>> {
    // "So I approached him …, and noted": a common word that opens the sentence before a pronoun
    // is no subject; the pronoun is.
    let start = if syntax::capitalised_by_position(doc, start) && syntax::is_subject_pronoun(doc, start + 1) {
        start + 1
    } else {
        start
    };
    let np = syntax::noun_phrase_right(doc, start, ceil).filter(|np| {
        doc.is_capitalized(np.start)
            || syntax::is_subject_pronoun(doc, np.start)
            || doc.class(np.start) == Some(WordClass::Determiner)
    })?;
    // A name ends the subject: "Smith spoke on Monday, adding …" — "spoke" is its verb. A
    // determiner opening the sentence is capitalised for that alone: "The teachers observed"; so
    // is a common word there before a plural noun ("Local authorities urged …, warning").
    let by_position = syntax::capitalised_by_position(doc, np.start)
        && (np.start + 1..np.end).any(|j| {
            doc.lex(j).shape == Some(Shape::Lower)
                && doc.class(j).is_none()
                && syntax::looks_plural(doc, j)
                && doc.lex(j).cue.is_none()
        });
    let is_name = |k: usize| doc.is_capitalized(k) && doc.class(k).is_none() && !(k == np.start && by_position);
    // Not a description before a name: "Facebook co-founder Mark Zuckerberg tweeted …".
    let name_end = (np.start..np.end).position(|k| {
        k > np.start
            && !doc.is_capitalized(k)
            && is_name(k - 1)
            && doc.class(k).is_none()
            && !(k + 1..np.end).any(|j| doc.is_capitalized(j) && doc.lex(j).first_name.is_some())
    });
    // So does a verb in the past tense after its noun: "Other studies examined …, and suggested",
    // "The businessman began by …, saying".
    let past_end = (np.start..np.end).position(|k| {
        k > np.start
            && (doc.lex(k).lower.ends_with("ed") || doc.in_set(k, WordSet::IrregularPast))
            && !doc.is_capitalized(k)
            && doc.class(k - 1).is_none()
            && !doc.lex(k - 1).lower.ends_with("ly")
    });
    let np = match name_end.into_iter().chain(past_end).min() {
        Some(n) => np.start..np.start + n,
        None => np,
    };
    // "The Chancellor, Rachel Hume, has defended …, insisting": with its appositive.
    Some(match syntax::appositive_right(doc, np.end, ceil) {
        Some(end) => np.start..end - 1,
        None => np,
    })
}

/// For a participle at `cue` in a sentence that starts at `s0` and opens with a phrase before its
/// subject ("One month after announcing his support, Rubio …"): the comma that ends that phrase,
/// when the participle stands inside it.
pub(crate) fn opening_phrase_end(doc: &Document, s0: usize, cue: usize) -> Option<usize> {
    let lead = super::content::dateline_end(doc, s0, cue).unwrap_or(s0);
    if !opens_phrase(doc, lead, lead) || (lead..cue).any(|k| doc.is(k, ",")) {
        return None;
    }
    let s1 = doc.sentence_tokens(cue).end;
    (cue..s1).find(|&k| doc.is(k, ","))
}

/// True when the words at `k` (in a sentence whose words start at `s0`) open a phrase that comes before
/// the subject: a preposition or subordinator ("During a speech, …"), a participle ("Rallying
/// workers, …"), an adverb ([`adverb_opens_phrase`]) or a time ("The day before, …", "One month
/// after …,").
fn opens_phrase(doc: &Document, k: usize, s0: usize) -> bool {
    matches!(doc.class(k), Some(WordClass::Preposition | WordClass::Subordinator))
        || (k == s0 && syntax::is_ing_form(doc, k) && doc.lex(k).first_name.is_none())
        || (k == s0 && doc.is(k, "asked"))
        || (k == s0 && is_adverb(doc, k) && adverb_opens_phrase(doc, k))
        // "Here in Columbia, Sanders …", "Back in 2008, Obama …".
        || (k == s0 && doc.in_set(k, WordSet::PlaceAdverb) && doc.class(k + 1) == Some(WordClass::Preposition))
        || (k == s0 && (doc.in_set(k + 1, WordSet::TimeNoun) || time_phrase_to_comma(doc, k)))
}

/// True when the word at `k` is an adverb, also capitalised as the sentence's first word
/// ("Essentially"; not a first name: "Kelly").
fn is_adverb(doc: &Document, k: usize) -> bool {
    doc.class(k) == Some(WordClass::Adverb)
        || doc.is_capitalized(k) && doc.lex(k).first_name.is_none() && crate::lexicon::is_ly_adverb(&doc.lex(k).lower)
}

/// True when the adverb at `k`, opening a sentence, stands before its subject: set off by a comma
/// ("Essentially, …"), before a participle ("Hastily politicizing …, …") or a preposition
/// ("Shortly after the announcement, …").
fn adverb_opens_phrase(doc: &Document, k: usize) -> bool {
    doc.is(k + 1, ",")
        || syntax::is_ing_form(doc, k + 1)
        || matches!(doc.class(k + 1), Some(WordClass::Preposition | WordClass::Subordinator))
}

/// The most words of a time phrase that opens a sentence: "A few more days later, …".
const MAX_OPENING_TIME_PHRASE: usize = 5;

/// True when the words at `k` are a time phrase up to a comma: "A few days later, …", "Two weeks
/// ago, …", "Last year, …".
fn time_phrase_to_comma(doc: &Document, k: usize) -> bool {
    let end = doc.len().min(k + MAX_OPENING_TIME_PHRASE + 1);
    let Some(comma) = (k + 1..end).find(|&j| !doc.is_kind(j, TokenKind::Word) && !doc.is_kind(j, TokenKind::Number))
    else {
        return false;
    };
    let mut noun = comma - 1;
    if noun > k && doc.in_set(noun, WordSet::TimePhraseEnd) {
        noun -= 1;
    }
    // Before the noun, only its determiners, numbers and time words ("A few", "Two", "Late last").
    doc.is(comma, ",")
        && (doc.in_set(noun, WordSet::TimeNoun) || doc.class(noun) == Some(WordClass::Time))
        && (k..noun).all(|j| syntax::is_time_modifier(doc, j))
}

/// A source that follows its cue, up to where it plainly ends: "said Rutte.", "said Reyn, a
/// former trade commissioner.", "said Victor Cha, who served …", "said a woman wearing a red
/// hat.", "according to two people familiar with the talks, …". `None` unless a comma, a dash
/// or the sentence's end follows.
fn source_right(doc: &Document, start: usize, s1: usize) -> Option<Range<usize>> {
    if doc.class(start) == Some(WordClass::Preposition) {
        return None; // "…, said of the plan": not a source
    }
    let np = syntax::noun_phrase_right(doc, start, s1)?;
    // "…, including Patriot, declared bankruptcy.", "…, saw their credit ratings fall": a thing
    // after the verb is its object; a source names someone, or something that speaks.
    let speaks = |k: usize| {
        doc.is_capitalized(k)
            || syntax::is_subject_pronoun(doc, k)
            || doc.lex(k).person_noun.is_some()
            || doc.in_set(k, WordSet::SourceNoun)
            || doc.in_set(k, WordSet::OrganizationNoun)
            || doc.in_set(k, WordSet::Partitive)
            || doc.is_kind(k, TokenKind::Number)
            || doc.in_set(k, WordSet::IssuedText)
            || syntax::names_a_person(doc, k)
    };
    if !np.clone().any(speaks) {
        return None;
    }
    // "…, said the days of a unifying story are gone": a subject and its verb, what was said.
    if super::content::is_finite_verb(doc, np.end) {
        return None;
    }
    // A participle's phrase describing the source: "said a woman wearing a red hat", "said a
    // lawyer hired by the family" (not a cue's: "said Smith adding that …").
    let participle =
        |k: usize| (syntax::is_participle(doc, k) || syntax::is_past_form(doc, k)) && doc.lex(k).cue.is_none();
    let mut end = np.end;
    // A second subject joined by "and": "said Doyle and others", "said Doyle and Smith" (not
    // "said Doyle and left").
    if doc.is(end, "and") && (doc.is_capitalized(end + 1) || doc.is_any(end + 1, &["others", "other"])) {
        if let Some(more) = syntax::noun_phrase_right(doc, end + 1, s1) {
            end = more.end;
        }
    }
    // A prepositional tail: "familiar with the talks", "close to the negotiations", "close to
    // him".
    if doc.class(end) == Some(WordClass::Preposition) {
        if doc.in_set(end + 1, WordSet::ObjectPronoun) && doc.in_set(end - 1, WordSet::SourceAdjective) {
            end += 2;
        } else if let Some(tail) = syntax::noun_phrase_right(doc, end + 1, s1) {
            // "said Paul Ryan in a statement", "said Trump during the debate": where or how the
            // words were said, not who said them.
            if doc.is_any(end, &["in", "on", "during", "at", "via"]) && doc.in_set(tail.end - 1, WordSet::Medium) {
                return Some(np.start..end);
            }
            end = tail.end;
        }
    }
    // A description running to the sentence's end (or to a quotation): "said Victor Cha, who
    // served …", "said Laurence Tribe, professor of law at Harvard", "said Dean Baker,
    // co-director of the Center …, a liberal think tank", "said the man who built his career on …".
    let to_end = || {
        let end = (np.start..s1).find(|&k| doc.quotes.is_opening(k)).unwrap_or(s1);
        super::content::trim(doc, np.start..end)
    };
    if let Some(apposition_end) = syntax::appositive_right(doc, end, s1) {
        let comma = apposition_end - 1;
        return Some(if describes(doc, comma + 1, s1) { to_end() } else { np.start..comma });
    }
    if doc.in_set(end, WordSet::PersonRelative)
        || (doc.is(end, ",") && describes(doc, end + 1, s1))
        || (np.start + 1..=end).any(participle)
    {
        return Some(to_end());
    }
    // "…,” said Doyle and left": a second verb of the source's.
    let second_verb = |k: usize| {
        k < s1
            && !doc.is_capitalized(k)
            && (super::content::is_finite_verb(doc, k)
                || doc.class(k) == Some(WordClass::Adverb)
                || syntax::is_past_form(doc, k))
    };
    let closes = end >= s1
        || (doc.in_set(end, WordSet::Coordinator) && second_verb(end + 1))
        || syntax::is_terminal(doc, end)
        || doc.is_any(end, &[",", ";"])
        || doc.is_kind(end, TokenKind::Dash)
        || doc.quotes.is_closing(end);
    closes.then_some(np.start..end)
}

/// The words of a person noun's phrase, adjectives and all, before the noun in a description:
/// ", executive director of …", ", then the girlfriend of …".
const MAX_DESCRIPTION_LEAD: usize = 4;

/// True when the words at `k`, after a comma that follows a source placed after its cue, describe
/// that source: an article or a name, a possessive ("Obama's deputy adviser"), an age, a relative
/// pronoun, or a person noun within a few words ("senior counsel in …") — not a participle.
fn describes(doc: &Document, k: usize, s1: usize) -> bool {
    // "said Michael Tyler, a spokesman, explaining why the candidate …", "said John McCain,
    // referring to Mr. Trump": a participle's phrase says what the source did, not who it is.
    if k >= s1 || syntax::is_participle(doc, k) {
        return false;
    }
    let person_noun = (k..s1.min(k + MAX_DESCRIPTION_LEAD + 1))
        .take_while(|&j| doc.is_kind(j, TokenKind::Word) || doc.is_kind(j, TokenKind::Possessive))
        .any(|j| doc.lex(j).person_noun.is_some());
    doc.in_set(k, WordSet::Article)
        || doc.in_set(k, WordSet::PersonRelative)
        || doc.is_kind(k, TokenKind::Number)
        || (doc.is_capitalized(k) && doc.class(k).is_none())
        || doc.is_kind(k + 1, TokenKind::Possessive)
        || person_noun
}

/// The source after "according to" (its first token at `start`): a noun phrase, with its
/// appositive or the rest of its description up to the next comma, or with a participle's phrase
/// between commas, which the content comes after ("according to Yonhap, quoting KCNA, …"); or a
/// pronoun ("according to him,").
pub(crate) fn according_to(doc: &Document, start: usize, s1: usize) -> Option<Range<usize>> {
    let pronoun = matches!(doc.class(start), Some(WordClass::Pronoun { .. } | WordClass::PossessivePronoun))
        && start + 1 < s1
        && !doc.is_kind(start + 1, TokenKind::Word)
        && !doc.quotes.is_opening(start + 1); // "according to her “clawback” plan"
    if pronoun {
        return Some(start..start + 1);
    }
    // Here a cue word before a noun is its modifier: "according to state law", "report figures";
    // with no noun after it, it is the noun: "according to reports", "estimates from the center".
    let modifier = doc.lex(start).cue.is_some() && !doc.is_capitalized(start);
    let np = syntax::noun_phrase_right(doc, start, s1).or_else(|| {
        modifier.then(|| syntax::noun_phrase_right(doc, start + 1, s1).map_or(start..start + 1, |np| start..np.end))
    })?;
    if doc.is(np.end, ",") && syntax::is_participle(doc, np.end + 1) {
        let close = (np.end + 2..s1.min(np.end + syntax::MAX_APPOSITIVE)).find(|&k| doc.is(k, ","));
        if let Some(close) = close {
            return Some(np.start..close);
        }
    }
    let stop = (np.end..s1.min(np.end + ACCORDING_TO_TAIL)).find(|&k| {
        doc.is_any(k, &[",", ";", "(", ")"])
            || syntax::is_terminal(doc, k)
            || doc.is_kind(k, TokenKind::Dash)
            || doc.is_kind(k, TokenKind::Quote)
    });
    // "According to the poll, Trump garnered 30%, leading …": a name and lower-case words with no
    // person noun or possessive near its start open the content; they are no description of the
    // source ("according to the coach, Alireza Mehraban,", "according to Smith, Acme's lawyer,",
    // "according to Smith, CEO of Acme,").
    let k = np.end + 1;
    let names_subject = |close: usize| {
        doc.is_capitalized(k)
            && doc.class(k).is_none()
            && (k..close).any(|j| doc.is_kind(j, TokenKind::Word) && !doc.is_capitalized(j))
            && !(k..close.min(k + 3))
                .any(|j| doc.lex(j).person_noun.is_some() || doc.is_kind(j + 1, TokenKind::Possessive))
    };
    let appositive = syntax::appositive_right(doc, np.end, s1).filter(|&end| !names_subject(end - 1));
    // "…, according to Reuters, a news agency.": after the content, a description that ends the
    // sentence.
    let after_content = start >= doc.sentence_tokens(start).start + 3;
    if appositive.is_none() && after_content && stop.is_some_and(|c| doc.is(c, ",")) {
        if let Some(end) = closing_description(doc, np.end + 1, s1) {
            return Some(np.start..end);
        }
    }
    Some(match (appositive, stop) {
        (Some(end), _) => np.start..end - 1,
        (None, Some(stop)) => np.start..stop,
        (None, None) => np,
    })
}

/// The most tokens of a description that closes a sentence after its source: ", a news agency
/// based in London.".
const MAX_CLOSING_DESCRIPTION: usize = 10;

/// For a description opening with an article at `k` that runs to the end of its sentence with no
/// finite verb (", a news agency based in London."), the end of the description; `None` for an
/// attribution (", a spokesman added.").
fn closing_description(doc: &Document, k: usize, s1: usize) -> Option<usize> {
    let end = (k..s1.min(k + MAX_CLOSING_DESCRIPTION + 1)).find(|&j| syntax::is_terminal(doc, j))?;
    let verb = |j: usize| super::content::is_finite_verb(doc, j) || doc.lex(j).cue.is_some();
    (doc.in_set(k, WordSet::Article) && end > k + 1 && !(k..end).any(verb)).then_some(end)
}

/// The agent of a passive cue, after its "by" (at `start`): a noun phrase with its appositive.
pub(crate) fn agent(doc: &Document, start: usize, s1: usize) -> Option<Range<usize>> {
    let np = syntax::noun_phrase_right(doc, start, s1)?;
    Some(match syntax::appositive_right(doc, np.end, s1) {
        Some(end) => np.start..end - 1,
        None => np,
    })
}

/// The source of a colon cue within the words before it: without a stray quote mark opening the
/// paragraph, without the "From" of "From the minister:", and after the last dash of a linked
/// headline ("Iowa breaks turnout records – Michael P. McDonald: “…”").
pub(crate) fn before_colon(doc: &Document, mut before: Range<usize>) -> Range<usize> {
    // Only as far back as a source may reach, so that a paragraph of many colons is read once.
    let reach = before.start.max(before.end.saturating_sub(super::cues::MAX_COLON_SOURCE + 1));
    if let Some(dash) = (reach..before.end).rev().find(|&k| doc.is_kind(k, TokenKind::Dash)) {
        before.start = dash + 1;
    }
    while before.start < before.end && (doc.is_kind(before.start, TokenKind::Quote) || doc.is(before.start, "from")) {
        before.start += 1;
    }
    before
}
