//! The little grammar attribution needs: noun-phrase chunks and the words around verbs.
//!
//! There is no parser here. Noun phrases are chunked from word classes and capitals; verbs are
//! only ever the cue verbs the lexicon knows. Every function looks at a bounded window of
//! tokens, so the cost per cue is constant.

use std::ops::Range;

use crate::document::Document;
use crate::lexicon::{CueClass, VerbForm, WordClass, WordSet};
use crate::quotes::QuoteRole;
use crate::segment::{is_stop, TokenKind};

/// The longest a noun phrase chunk may be, in tokens.
const MAX_NP: usize = 14;

/// True when token `i` can stand inside a noun phrase: a capitalised word, an open-class word,
/// a number, or a possessive ending.
fn is_np_word(doc: &Document, i: usize) -> bool {
    match doc.kind(i) {
        TokenKind::Number | TokenKind::Possessive => true,
        TokenKind::Word => {
            let lex = &doc.lex(i);
            match doc.class(i) {
                None => doc.is_capitalized(i) || lex.cue.is_none(),
                Some(WordClass::Time) => true,
                // "Will Smith", "May Jones": a first name that is also a function word;
                // "Theresa May": a surname that is one.
                // "US Senator Jeff Sessions": a place written in capitals (the country, not the
                // pronoun).
                Some(_) => {
                    (lex.first_name.is_some() && doc.is_capitalized(i + 1) && doc.class(i + 1).is_none())
                        || is_name_after_name(doc, i)
                        || (lex.place.is_some() && doc.is_upper(i) && doc.is_capitalized(i + 1))
                }
            }
        }
        // "Sanders’ campaign manager": an apostrophe after a plural or a name in -s; "in ‘08": one
        // before a year's last digits.
        TokenKind::Quote => {
            doc.quotes.role(i) == Some(QuoteRole::Apostrophe)
                && (!doc.seg.tokens[i].space_before
                    || doc.is_kind(i + 1, TokenKind::Number) && !doc.seg.tokens[i + 1].space_before)
        }
        _ => doc.is(i, "-") && doc.is_kind(i, TokenKind::Punct) && !doc.seg.tokens[i].space_before,
    }
}

/// True when token `i` is a capitalised function word or month after a first name or a title,
/// and so a surname: "Theresa May", "President May", "Brian Will".
fn is_name_after_name(doc: &Document, i: usize) -> bool {
    i > 0
        && doc.is_capitalized(i)
        // "Trump May Not Have Suggested", "Warren Will Not Say": a negation is no surname.
        && doc.class(i) != Some(WordClass::Negation)
        && doc.is_capitalized(i - 1)
        && doc.same_sentence(i - 1, i)
        && (doc.lex(i - 1).first_name.is_some() || doc.lex(i - 1).person_noun.is_some())
}

/// True when token `k` is "that" used as a determiner after a preposition: "of that report", "in
/// that case" (elsewhere "that" opens a clause).
pub(crate) fn is_demonstrative_that(doc: &Document, k: usize) -> bool {
    doc.is(k, "that") && k > 0 && doc.same_sentence(k - 1, k) && doc.class(k - 1) == Some(WordClass::Preposition)
}

/// True when token `k` is a relative pronoun: "who", "whom", "whose", "which", or "that" where
/// it is no determiner ("the report that his aides released", not "of that report").
pub(crate) fn is_relative_pronoun(doc: &Document, k: usize) -> bool {
    doc.class(k) == Some(WordClass::Relative) || (doc.is(k, "that") && !is_demonstrative_that(doc, k))
}

/// True when token `k` is a lower-case word in "-ed" that the lexicons do not class: a past
/// tense or participle ("backed", "released", "questioned", "co-founded") — not a compound
/// adjective ("worse-than-expected", "so-called", "state-owned").
pub(crate) fn is_past_form(doc: &Document, k: usize) -> bool {
    let word = doc.lower(k);
    !doc.is_capitalized(k)
        && doc.class(k).is_none()
        && word.ends_with("ed")
        && word.split_once('-').is_none_or(|(first, _)| VERB_PREFIXES.contains(&first))
}

/// The prefixes that make a verb of a verb with a hyphen: "co-founded", "re-elected",
/// "double-crossed". Any other word before a hyphen makes an adjective of a participle.
const VERB_PREFIXES: [&str; 4] = ["co", "re", "double", "cross"];

/// True when token `k` is a verb in the past tense as the lexicons know one: a lower-case word in
/// "-ed" ("stopped") or an irregular past ("went", "held").
pub(crate) fn is_past_verb(doc: &Document, k: usize) -> bool {
    is_past_form(doc, k) || doc.in_set(k, WordSet::IrregularPast)
}

/// True when the source at `source` is a relative pronoun, the subject of its clause: "who" in
/// "one MP, who said", "which", or "that" in "a message that read".
pub(crate) fn is_relative_source(doc: &Document, source: &Range<usize>) -> bool {
    source.len() == 1 && (doc.in_set(source.start, WordSet::SubjectRelative) || doc.is(source.start, "that"))
}

/// True when token `i` is a lower-case participle in "-ing": "saying", "citing", "adding" — not
/// "nothing", "morning", "building".
pub(crate) fn is_participle(doc: &Document, i: usize) -> bool {
    is_ing_form(doc, i) && !doc.is_capitalized(i)
}

/// The most tokens between two participles joined by "and" or "but": "…, pointing to his record
/// in the Florida Legislature and saying …".
const MAX_PARTICIPLE_CONJUNCT: usize = 30;

/// True when the "and" or "but" at `k` joins a second participle to a participial phrase that a
/// comma, a subordinator or an auxiliary opens: "…, painting others as weak and suggesting …",
/// "while praising her and warning …", "was praising her but warning …".
pub(crate) fn joins_participles(doc: &Document, k: usize, s0: usize) -> bool {
    if !doc.in_set(k, WordSet::Coordinator) || k < s0 + 2 {
        return false;
    }
    let floor = k.saturating_sub(MAX_PARTICIPLE_CONJUNCT).max(s0 + 1);
    (floor..k)
        .rev()
        .take_while(|&j| !doc.is_any(j, &[";", ":"]) && !is_terminal(doc, j))
        .find(|&j| is_participle(doc, j))
        .is_some_and(|j| {
            doc.is(j - 1, ",")
                || matches!(
                    doc.class(j - 1),
                    Some(WordClass::Subordinator | WordClass::Preposition | WordClass::Auxiliary)
                )
        })
}

/// True when token `i` is a participle in "-ing", in any case: "Rallying" opening a sentence too.
pub(crate) fn is_ing_form(doc: &Document, i: usize) -> bool {
    let word = doc.lower(i);
    doc.is_kind(i, TokenKind::Word)
        && word.len() > 4
        && word.ends_with("ing")
        && doc.class(i).is_none()
        && !doc.in_set(i, WordSet::NotParticiple)
}

/// True when token `k` is a noun that a name or demonym before it modifies ("the Trump campaign",
/// "Cuban government", "Norvale officials"): a lower-case word of no closed class that is no cue
/// word ("Officials in Norvale believe …") and no past tense.
pub(crate) fn is_modified_noun(doc: &Document, k: usize) -> bool {
    k < doc.len()
        && doc.is_kind(k, TokenKind::Word)
        && !doc.is_capitalized(k)
        && doc.class(k).is_none()
        && doc.lex(k).cue.is_none()
        && !doc.lower(k).ends_with("ed")
}

/// True when token `i` is a pronoun that can be a subject: "he", "she", "they", "it", "we", "I",
/// "you".
pub(crate) fn is_subject_pronoun(doc: &Document, i: usize) -> bool {
    doc.in_set(i, WordSet::SubjectPronoun)
}

/// True when token `k` is "'s" for "has" or "is" after a pronoun that names a person: "He's
/// said", "she’s saying", "who's told" — not a possessive ("it's said" and "there's said" are
/// passives, left alone).
pub(crate) fn is_contracted_auxiliary(doc: &Document, k: usize) -> bool {
    doc.class(k) == Some(WordClass::Possessive)
        && k > 0
        && doc.same_sentence(k - 1, k)
        && doc.is_any(k - 1, &["he", "she", "who"])
}

/// The noun phrase that ends right before token `end`, scanning left no further than `floor`.
///
/// Takes titles, names, adjectives and nouns ("longtime Democratic pollster Pat Caddell"),
/// possessives ("Malaysia's Prime Minister", "the Afghan team's coach"), "of" phrases
/// ("a chorus of prominent Republicans"), and stops after a determiner or possessive pronoun.
/// A lone subject pronoun is a noun phrase too.
pub(crate) fn noun_phrase_left(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    if end > floor && doc.is(end - 1, ")") {
        // A short bracketed affiliation after the name: "Rep. Gwen Moore (D-Wis.)"; or a
        // description in brackets: "Sen. Chris Murphy (a Connecticut Democrat so boyish …)".
        let head = end - 1;
        let open = (head.saturating_sub(MAX_APPOSITIVE).max(floor)..head).rev().find(|&j| doc.is(j, "("))?;
        let described = open + 1 < head && doc.in_set(open + 1, WordSet::Article);
        if head - open > MAX_AFFILIATION && !described {
            return None;
        }
        let np = bare_noun_phrase_left(doc, open, floor).filter(|np| doc.is_capitalized(np.start) || !described)?;
        return Some(np.start..end);
    }
    bare_noun_phrase_left(doc, end, floor)
}

/// The first token of a proportion that ends right before `end` and stands for the people it
/// counts, no further left than `floor`: "six in 10" (say), "nine out of 10".
pub(crate) fn proportion_left(doc: &Document, end: usize, floor: usize) -> Option<usize> {
    let number = |k: usize| doc.is_kind(k, TokenKind::Number) || doc.in_set(k, WordSet::NumberWord);
    let last = end.checked_sub(1).filter(|&k| k >= floor + 2 && number(k))?;
    if doc.is(last - 1, "in") && number(last - 2) {
        Some(last - 2)
    } else if last >= floor + 3 && doc.is(last - 1, "of") && doc.is(last - 2, "out") && number(last - 3) {
        Some(last - 3)
    } else {
        None
    }
}

/// The most tokens of a bracketed affiliation after a name: "(D-Wis.)", "(R-Ky.)".
const MAX_AFFILIATION: usize = 8;

/// [`noun_phrase_left`] without a bracketed affiliation. Long because it is one scan leftwards
/// whose stops (determiners, possessives, names, "of") are read in turn.
fn bare_noun_phrase_left(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    if end <= floor {
        return None;
    }
    let head = end - 1;
    // "a source close to him", "people familiar with it": an object pronoun after the preposition
    // of a source's adjective ends the phrase.
    let adjective_tail = head >= floor + 3
        && doc.in_set(head, WordSet::ObjectPronoun)
        && doc.class(head - 1) == Some(WordClass::Preposition)
        && doc.in_set(head - 2, WordSet::SourceAdjective);
    if is_subject_pronoun(doc, head) && !adjective_tail {
        return Some(head..end);
    }
    // "most of them said", "two of us": a quantifier and the pronoun it counts.
    if head >= floor + 2
        && doc.in_set(head, WordSet::ObjectPronoun)
        && doc.is(head - 1, "of")
        && (doc.in_set(head - 2, WordSet::Partitive) || doc.is_kind(head - 2, TokenKind::Number))
    {
        return Some(head - 2..end);
    }
    if let Some(start) = proportion_left(doc, end, floor) {
        return Some(start..end);
    }
    // "many said", "yet another said": a quantifier standing for its noun phrase.
    if doc.in_set(head, WordSet::Partitive)
        && !(head > floor && matches!(doc.class(head - 1), Some(WordClass::Determiner | WordClass::PossessivePronoun)))
    {
        return Some(head..end);
    }
    // "Ford itself said": a name and its reflexive pronoun.
    if doc.in_set(head, WordSet::Reflexive) && head > floor && doc.is_capitalized(head - 1) {
        return bare_noun_phrase_left(doc, head, floor).map(|np| np.start..end);
    }
    // "the report said", "his note", "of that report", "a 2013 report", "two states": a cue word
    // after a determiner, a number or "of" is a noun; so is one before its verb ("A news report said").
    let cue_word_as_noun = head > floor
        && doc.lex(head).cue.is_some()
        && (matches!(
            doc.class(head - 1),
            Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Possessive)
        ) || is_demonstrative_that(doc, head - 1)
            || doc.is_kind(head - 1, TokenKind::Number)
            || doc.in_set(head - 1, WordSet::NumberWord)
            || doc.is(head - 1, "of")
            || doc.in_set(head - 1, WordSet::NounCueModifier)
            || is_cue_noun_before_its_verb(doc, head));
    if !(is_np_word(doc, head) || cue_word_as_noun || adjective_tail) || doc.is_kind(head, TokenKind::Possessive) {
        return None;
    }
    // "all the experts I interviewed said": a noun, a subject pronoun and a past-tense verb are a
    // noun phrase with its reduced relative clause.
    let reduced_relative = head >= floor + 2
        && !doc.is_capitalized(head)
        && doc.class(head).is_none()
        && doc.lower(head).ends_with("ed")
        && is_subject_pronoun(doc, head - 1)
        && is_np_word(doc, head - 2)
        && !doc.is_capitalized(head - 2);
    if reduced_relative {
        return bare_noun_phrase_left(doc, head - 1, floor).map(|np| np.start..end);
    }
    // "Mohamed received support": a past-tense verb after a name heads no phrase; but right before
    // a verb of saying it is a participle that ends the phrase ("Americans polled said").
    if head > floor
        && !doc.is_capitalized(head)
        && doc.lower(head).ends_with("ed")
        && doc.is_capitalized(head - 1)
        && !is_subject_pronoun(doc, head - 1)
        && doc.lex(end).cue.is_none()
    {
        return None;
    }
    let mut start = head;
    while start > floor && end - start < MAX_NP {
        let k = start - 1;
        // "Kaine defended people": a past-tense verb after a name ends the phrase (not after an
        // adjective: "Democratic registered voters", "American elected officials").
        let verb_after_name = !doc.is_capitalized(start)
            && doc.lower(start).ends_with("ed")
            && doc.is_capitalized(k)
            && start < head
            && doc.lex(k).demonym.is_none()
            && !doc.in_set(k, WordSet::PartyAdjective);
        if verb_after_name {
            break;
        }
        // "a report released on Monday": a cue word after a determiner is a noun.
        let noun_cue = doc.lex(k).cue.is_some()
            && k > floor
            && matches!(doc.class(k - 1), Some(WordClass::Determiner | WordClass::PossessivePronoun));
        // "The “History” section of the site": a quoted name of a few words inside the phrase.
        let quoted_name = doc
            .quotes
            .closing_at(k)
            .filter(|q| q.first_token() > floor && k - q.first_token() <= MAX_QUOTED_NAME && k + 1 == start)
            .filter(|_| !doc.is_kind(k - 1, TokenKind::Punct) && !doc.is_capitalized(start));
        if is_np_word(doc, k) || noun_cue {
            start = k;
        } else if let Some(q) = quoted_name {
            start = q.first_token();
        } else if matches!(doc.class(k), Some(WordClass::Determiner | WordClass::PossessivePronoun)) {
            start = k;
            // "one of the docs", "attorneys for the family": a determiner after "of" (or after a
            // preposition following a person noun) continues the phrase.
            let of = k > floor && doc.is(k - 1, "of");
            let role = k > floor + 1 && doc.in_set(k - 1, WordSet::RolePreposition) && doc.is_person_noun(k - 2);
            // "sources close to the talks": after the preposition of a source's adjective.
            let tail = k > floor + 2
                && doc.class(k - 1) == Some(WordClass::Preposition)
                && doc.in_set(k - 2, WordSet::SourceAdjective);
            // "a few officials", "the many voters": a quantifier after its article (not "a few
            // weeks after Obama announced", a time phrase).
            if k > floor
                && doc.in_set(k, WordSet::Partitive)
                && doc.in_set(k - 1, WordSet::Article)
                && !doc.in_set(k + 1, WordSet::TimeNoun)
            {
                start = k - 1;
                break;
            }
            if !(of || role || tail) {
                break;
            }
        } else if doc.class(k) == Some(WordClass::Preposition)
            && k > floor
            && doc.in_set(k - 1, WordSet::Article)
            && !doc.is_capitalized(k)
        {
            start = k; // "an inside source": a preposition between an article and its noun
        } else if is_demonstrative_that(doc, k) && k > floor + 1 && doc.is(k - 1, "of") && is_np_word(doc, k - 2) {
            start = k - 1; // "one of the authors of that report"
        } else if doc.is(k, "of") && k > floor && (is_np_word(doc, k - 1) || doc.in_set(k - 1, WordSet::Partitive)) {
            start = k;
        } else if doc.is(k, "for") && k > floor && doc.is_capitalized(k - 1) && doc.is_capitalized(start) {
            start = k; // "the Institute for Fiscal Studies"
        } else if doc.in_set(k, WordSet::RolePreposition) && k > floor && doc.is_person_noun(k - 1) {
            start = k; // "officials in Ostrava", "experts at the university"
        } else if doc.class(k) == Some(WordClass::Preposition)
            && k > floor + 1
            && doc.in_set(k - 1, WordSet::SourceAdjective)
            && (is_np_word(doc, k - 2) || doc.is(k - 2, "those"))
        {
            start = k - 1; // "sources close to the talks", "people familiar with the matter"
        } else if doc.is_any(k, &["and", "&"]) && k > floor && doc.is_capitalized(k - 1) && doc.is_capitalized(start) {
            start = k; // "Trump and Clinton said"
        } else if doc.is(k, "and")
            && k > floor
            && doc.is_any(k - 1, &["he", "she", "i", "we", "they"])
            && doc.is_capitalized(start)
        {
            start = k - 1; // "he and Mr. Allen said"
            break;
        } else if doc.is(k, "and") && k > floor && doc.is_person_noun(k - 1) && doc.is_person_noun(head) {
            start = k; // "the Vermont senator and Democratic presidential candidate told"
        } else {
            break;
        }
    }
    // Trim leading words that cannot open a phrase: "of", "and", a possessive ending.
    while start < head && (doc.is_any(start, &["of", "and", "&"]) || doc.is_kind(start, TokenKind::Possessive)) {
        start += 1;
    }
    Some(start..end)
}

/// True when token `k`, right after "of", is a cue word's base form that is a noun there:
/// "the secretary of state", "a matter of record".
fn base_noun_after_of(doc: &Document, k: usize) -> bool {
    k > 0 && doc.is(k - 1, "of") && !doc.is_capitalized(k) && doc.lex(k).cue.is_some_and(|c| c.form == VerbForm::Base)
}

/// The most tokens a quoted name inside a noun phrase may have, its quote marks included: "the
/// “History” section".
const MAX_QUOTED_NAME: usize = 6;

/// The noun phrase that starts at token `start`, scanning right no further than `ceil`.
pub(crate) fn noun_phrase_right(doc: &Document, start: usize, ceil: usize) -> Option<Range<usize>> {
    if start >= ceil {
        return None;
    }
    if is_subject_pronoun(doc, start) {
        return Some(start..start + 1);
    }
    let mut end = start;
    if matches!(doc.class(start), Some(WordClass::Determiner | WordClass::PossessivePronoun)) {
        end += 1;
    }
    while end < ceil && end - start < MAX_NP {
        // "a note", "the report": inside a phrase, a cue word is a noun; after an article, a
        // gerund too ("the planning").
        let noun = end > start
            && doc.lex(end).cue.is_some_and(|c| c.form != VerbForm::Gerund || doc.in_set(end - 1, WordSet::Article))
            && (matches!(
                doc.class(end - 1),
                Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Possessive)
            ) || doc.quotes.closing_at(end - 1).is_some());
        // "the most recent average": a degree word after the determiner.
        let degree = end > start
            && doc.is_any(end, &["most", "least"])
            && matches!(doc.class(end - 1), Some(WordClass::Determiner | WordClass::PossessivePronoun));
        if is_np_word(doc, end) || noun || degree {
            end += 1;
        } else if let Some(after) = quoted_name_right(doc, start, end, ceil) {
            end = after;
        } else if doc.is_any(end, &["and", "&"])
            && end > start
            && end + 1 < ceil
            && doc.is_capitalized(end - 1)
            && doc.is_capitalized(end + 1)
        {
            end += 1; // "The Post and Courier"
        } else if doc.is(end, "of")
            && end + 1 < ceil
            && (is_np_word(doc, end + 1)
                || base_noun_after_of(doc, end + 1)
                || matches!(doc.class(end + 1), Some(WordClass::Determiner | WordClass::PossessivePronoun)))
        {
            end += 2;
        } else {
            break;
        }
    }
    let noun_end = end > start + 1
        && (doc.lex(end - 1).cue.is_some()
            && (matches!(
                doc.class(end - 2),
                Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Possessive)
            ) || doc.quotes.closing_at(end - 2).is_some())
            || base_noun_after_of(doc, end - 1));
    if !(end > start && (is_np_word(doc, end - 1) || noun_end)) {
        return None;
    }
    // A short bracketed affiliation after a name: "Rep. Jim Clyburn (D-S.C.)".
    if doc.is(end, "(") && doc.is_capitalized(end - 1) {
        if let Some(close) = (end + 1..ceil.min(end + MAX_AFFILIATION + 1)).find(|&k| doc.is(k, ")")) {
            return Some(start..close + 1);
        }
    }
    Some(start..end)
}

/// After a quoted name of a few words that opens at `k`, inside the noun phrase that starts at
/// `start`, before the noun it names: the token after its closing mark ("her “clawback” plan",
/// "the "Medicare for all" document").
fn quoted_name_right(doc: &Document, start: usize, k: usize, ceil: usize) -> Option<usize> {
    if k == start || !doc.is_kind(k, TokenKind::Quote) {
        return None;
    }
    let after = doc.quotes.opening_at(k)?.end_token();
    (after < ceil
        && after - k <= MAX_QUOTED_NAME
        && doc.quotes.closing_at(after - 1).is_some()
        && (is_np_word(doc, after) || doc.lex(after).cue.is_some())
        && !doc.is_capitalized(after)
        && !(k..after).any(|j| is_terminal(doc, j) || doc.is(j, ",")))
    .then_some(after)
}

/// The longest a relative clause between commas may be, in tokens: ", who replaced Tim Farron as
/// leader of the party in July,". (An appositive before its verb is looked for this far back.)
pub(crate) const MAX_RELATIVE: usize = 45;

/// The longest an appositive between commas may be, in tokens: ", a former trade commissioner,".
pub(crate) const MAX_APPOSITIVE: usize = 25;

/// The most appositives and relative clauses read in a row after a name: "Donna Sampson Rawlings,
/// 59, of Ashton, Md., who watched the ceremony, said".
pub(crate) const MAX_APPOSITIVES: usize = 4;

/// The longest an insert between a subject and its verb may be, in tokens: ", at a later press
/// gaggle,".
const MAX_INSERT: usize = 24;

/// True when token `k` ends a phrase set off by commas: a comma, a quote mark, or a full stop,
/// semicolon or colon.
fn is_clause_mark(doc: &Document, k: usize) -> bool {
    let quote = doc.is_kind(k, TokenKind::Quote) && doc.quotes.role(k) != Some(QuoteRole::Apostrophe);
    doc.is(k, ",") || quote || doc.is_any(k, &[".", ";", ":"])
}

/// The last clause mark ([`is_clause_mark`]) before `end`, no further left than `limit`, past
/// a quoted name of a few words ("wearing a cowboy hat and “Ted Cruz” pins").
fn clause_mark_left(doc: &Document, limit: usize, end: usize) -> Option<usize> {
    let mut k = end;
    while k > limit {
        k -= 1;
        let name = doc.quotes.closing_at(k).map(|q| q.first_token()).filter(|&open| {
            // "“The Apprentice,”": the comma American style puts inside the closing mark.
            let inside = |j: usize| is_clause_mark(doc, j) && !(j + 1 == k && doc.is(j, ","));
            open > limit && k - open <= MAX_QUOTED_NAME && !(open + 1..k).any(inside)
        });
        if let Some(open) = name {
            k = open;
        } else if is_clause_mark(doc, k) {
            return Some(k);
        }
    }
    None
}

/// After a noun phrase ending at `end`: the end of an appositive or relative clause set off by
/// commas (", a doctor,", ", who replaced Tim Farron in July,") within `ceil`, commas included.
/// Returns `None` when none follows.
pub(crate) fn appositive_right(doc: &Document, end: usize, ceil: usize) -> Option<usize> {
    if !doc.is(end, ",") || end + 1 >= ceil {
        return None;
    }
    let opener = end + 1;
    let relative = doc.class(opener) == Some(WordClass::Relative);
    let marked = matches!(doc.class(opener), Some(WordClass::Determiner | WordClass::PossessivePronoun))
        || doc.is_capitalized(opener)
        || doc.is_kind(opener, TokenKind::Number); // ", 25," — an age
                                                   // Not a participle: ", speaking of politicians," describes what the subject was doing.
    let bare = doc.is_kind(opener, TokenKind::Word) && doc.class(opener).is_none() && !is_participle(doc, opener);
    if !relative && !marked && !bare {
        return None;
    }
    // The closing comma, before any quotation: relative clauses may run long, and hold a quoted
    // word (", who calls Trump a “sociopath,”" ends after the quote mark).
    let limit = (opener + if relative { MAX_RELATIVE } else { MAX_APPOSITIVE }).min(ceil);
    if relative {
        let mut k = opener;
        while k < limit {
            match doc.quotes.opening_at(k) {
                Some(q) if q.end_token() <= limit => {
                    let after = q.end_token();
                    if doc.is(after - 2, ",") {
                        return Some(after);
                    }
                    k = after;
                }
                _ if is_clause_mark(doc, k) => return doc.is(k, ",").then_some(k + 1),
                _ => k += 1,
            }
        }
        return None;
    }
    let close = (opener..limit).find(|&k| is_clause_mark(doc, k))?;
    if !doc.is(close, ",") {
        return None;
    }
    // ", 25," — an age, the number alone.
    let age = doc.is_kind(opener, TokenKind::Number) && close == opener + 1;
    if !relative && !age {
        // An appositive is a noun phrase: ", a senior adviser to the Clinton campaign,",
        // ", the agency that oversees the program,", ", Pyongyang's only ally and its lifeline,";
        // not a clause that opens with a number (", 70 percent of them are born …,").
        let np = noun_phrase_right(doc, opener, close)?;
        let tail_ok = np.end == close
            || doc.in_set(np.end, WordSet::AppositiveTail)
            || (marked && doc.is_any(np.end, &["that", "who", "which", "and"]))
            // ", director of the Tax Policy Center and a professor at …,"
            || (doc.is(np.end, "and")
                && matches!(doc.class(np.end + 1), Some(WordClass::Determiner | WordClass::PossessivePronoun)));
        if !tail_ok {
            return None;
        }
    }
    Some(close + 1)
}

/// Before token `end` (exclusive): the start of an appositive or relative clause set off by
/// commas and ending with the comma at `end - 1`, if there is one, with the start of the noun
/// phrase it describes. "Hugh Hill, a doctor, said" → the range of "Hugh Hill, a doctor,".
pub(crate) fn appositive_left(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    if end == 0 {
        return None;
    }
    // ", who calls Trump a “sociopath,” said": the comma inside a closing quote mark.
    let quoted = end >= 2 && doc.is(end - 2, ",") && doc.quotes.closing_at(end - 1).is_some();
    if !doc.is(end - 1, ",") && !quoted {
        return None;
    }
    let close = end - 1;
    let scan_end = match doc.quotes.closing_at(close) {
        Some(q) if quoted => q.first_token(),
        _ => close,
    };
    let limit = close.saturating_sub(MAX_RELATIVE).max(floor);
    let open = clause_mark_left(doc, limit, scan_end)?;
    // Inside the quotation a relative clause ends, or a description with a quoted name: ", who
    // calls Trump a “sociopath,”", ", the hacker known as “Guccifer,”", ", host of MSNBC’s
    // “Morning Joe,”".
    let bare_noun = |k: usize| doc.is_kind(k, TokenKind::Word) && doc.class(k).is_none() && !is_participle(doc, k);
    let quoted_ends = match doc.class(open + 1) {
        Some(WordClass::Relative) => true,
        Some(WordClass::Determiner | WordClass::PossessivePronoun) => close - scan_end <= MAX_QUOTED_NAME,
        _ if bare_noun(open + 1) => close - scan_end <= MAX_QUOTED_NAME,
        _ => false,
    };
    if !doc.is(open, ",") || (quoted && !quoted_ends) {
        return None;
    }
    // "Sanders, meanwhile, who sits at zero such endorsements,": a one-word insert between the
    // name and its appositive.
    let insert = word_insert_left(doc, open + 1, floor);
    let np = noun_phrase_left(doc, insert.unwrap_or(open), floor)?;
    if let Some(apposition_end) = appositive_right(doc, insert.map_or(np.end, |_| open), close + 1) {
        return (apposition_end == end).then_some(np.start..end);
    }
    // A name and a description between commas that the noun-phrase reader cannot follow
    // ("Brian Abernathy, the city's first deputy manager,", "Scot Ross, executive director of
    // One Wisconsin Now,"): before a verb, a phrase set off after a name describes it.
    let first = open + 1;
    // A description with a relative clause of its own may be as long as a relative clause: ",
    // a top GOP operative who played a major role in … and is now running …,".
    let relative = (first..close).any(|k| doc.class(k) == Some(WordClass::Relative));
    // "Tester, himself up for reelection in 2018,": a reflexive pronoun opens one too.
    let describes = doc.is_capitalized(np.start)
        && !is_subject_pronoun(doc, np.start)
        && close - first <= if relative { MAX_RELATIVE } else { MAX_APPOSITIVE }
        && (matches!(doc.class(first), Some(WordClass::Determiner | WordClass::PossessivePronoun))
            || doc.in_set(first, WordSet::Reflexive)
            || bare_noun(first));
    describes.then_some(np.start..end)
}

/// Before token `end` (exclusive): the start of an insert set off by commas that is not a noun
/// phrase — "Hillary Clinton, at a later press gaggle, said", "Trump, in particular, has",
/// "Powell’s office, when contacted by Reuters, said" — so
/// that the subject can be found before it. Returns the index of the insert's opening comma.
pub(crate) fn insert_left(doc: &Document, end: usize, floor: usize) -> Option<usize> {
    // ", citing ''the unique magic of Trump,'' said": the comma inside a closing quote mark.
    let quotation =
        end.checked_sub(1).and_then(|q| doc.quotes.closing_at(q)).filter(|_| end >= 2 && doc.is(end - 2, ","));
    if end == 0 || !(doc.is(end - 1, ",") || quotation.is_some()) {
        return None;
    }
    let close = end - 1;
    let scan_end = quotation.map_or(close, |q| q.first_token());
    let limit = close.saturating_sub(MAX_INSERT).max(floor);
    let open = clause_mark_left(doc, limit, scan_end)?;
    let is_insert = doc.is(open, ",") && is_insert_between(doc, open + 1, close);
    // With a quotation, only after the subject that opens the sentence: not "However laudable
    // the goal, using the tax ''is a misguided approach,'' said Mr. Burman".
    let subject_first = quotation.is_none() || noun_phrase_left(doc, open, floor).is_some_and(|np| np.start == floor);
    (is_insert && subject_first).then_some(open)
}

/// True when the words `first..close` between two commas are an insert, not a noun phrase nor
/// a reported clause ("…, that he really, really wants …"): they open with a preposition, an
/// adverb, a time, a subordinator or a participle ("at a later press gaggle", "in particular",
/// "dedicating the museum on Saturday"), or are one word of insert ("though").
fn is_insert_between(doc: &Document, first: usize, close: usize) -> bool {
    let participle = is_participle(doc, first)
        || (!doc.is_capitalized(first) && doc.class(first).is_none() && doc.lower(first).ends_with("ed"));
    first < close
        && !doc.is(first, "that")
        && (participle
            || matches!(
                doc.class(first),
                Some(WordClass::Preposition | WordClass::Adverb | WordClass::Time | WordClass::Subordinator)
            )
            || (close == first + 1 && is_word_insert(doc, first)))
}

/// After a name ending at `end`: the end of an insert set off by commas ([`is_insert_between`]),
/// its closing comma included, no further right than `ceil` — "Murphy, though, said", "Street,
/// for example, argues", "Smith, in a statement, said"; `None` when none follows.
pub(crate) fn insert_right(doc: &Document, end: usize, ceil: usize) -> Option<usize> {
    if end >= ceil || !doc.is(end, ",") {
        return None;
    }
    let close = (end + 1..ceil.min(end + 2 + MAX_INSERT)).find(|&k| is_clause_mark(doc, k))?;
    (doc.is(close, ",") && is_insert_between(doc, end + 1, close)).then_some(close + 1)
}

/// Before token `end` (exclusive): the opening dash of an insert between dashes that ends with
/// the dash at `end - 1` ("Joyce — who is listed as an attorney — told", "Murphy — after a
/// knock-on-wood gesture — told"), no further left than `floor`.
pub(crate) fn dash_insert_left(doc: &Document, end: usize, floor: usize) -> Option<usize> {
    if end == 0 || !doc.is_kind(end - 1, TokenKind::Dash) {
        return None;
    }
    let close = end - 1;
    let limit = close.saturating_sub(MAX_RELATIVE).max(floor);
    let open = (limit..close).rev().find(|&k| is_dash_insert_mark(doc, k))?;
    (doc.is_kind(open, TokenKind::Dash) && open + 1 < close).then_some(open)
}

/// After a name ending at `end`: the end of an insert between dashes ("Joyce — who is listed as
/// an attorney —"), the closing dash included, within `ceil`.
pub(crate) fn dash_insert_right(doc: &Document, end: usize, ceil: usize) -> Option<usize> {
    if end >= ceil || !doc.is_kind(end, TokenKind::Dash) {
        return None;
    }
    let limit = (end + 1 + MAX_RELATIVE).min(ceil);
    let close = (end + 1..limit).find(|&k| is_dash_insert_mark(doc, k))?;
    (doc.is_kind(close, TokenKind::Dash) && close > end + 1).then_some(close + 1)
}

/// True when token `k` opens what "asked" asks: an indirect question ("whether", "if", "who" …)
/// or its topic ("about").
pub(crate) fn opens_question(doc: &Document, k: usize) -> bool {
    doc.in_set(k, WordSet::QuestionOpener) || doc.is(k, "about")
}

/// Where the question after "asked" starts, the cue's adverbs and one phrase of place or time
/// between (its asker aside): "asked specifically what …", "Asked on Fox News who …", "Asked
/// during a January debate why …". `None` when no question follows before `ceil`.
pub(crate) fn question_after(doc: &Document, k: usize, ceil: usize) -> Option<usize> {
    let mut k = skip_adverbials_right(doc, k, ceil);
    if k < ceil && doc.class(k) == Some(WordClass::Preposition) && !opens_question(doc, k) && !doc.is(k, "by") {
        k = skip_adverbials_right(doc, noun_phrase_right(doc, k + 1, ceil)?.end, ceil);
    }
    (k < ceil && opens_question(doc, k)).then_some(k)
}

/// True when token `k` is a dash: "—", "–", or a hyphen between spaces ("BUENA PARK, Calif. -
/// …", "flipped his choice - saying …"; not "some- thing").
pub(crate) fn is_dash(doc: &Document, k: usize) -> bool {
    doc.is_kind(k, TokenKind::Dash)
        || doc.is(k, "-") && doc.seg.tokens[k].space_before && doc.seg.tokens.get(k + 1).is_some_and(|t| t.space_before)
}

/// True when token `k` is a dash that opens what runs to the sentence's end, not an insert
/// closed by another dash ("a task - bragging - that …").
pub(crate) fn is_open_dash(doc: &Document, k: usize) -> bool {
    is_dash(doc, k) && dash_insert_right(doc, k, doc.len()).is_none()
}

/// The class of the noun cue at token `k`, when "that" follows it: "claim", "warning" (speech),
/// "belief", "fear" (thought) in "his claim that …".
pub(crate) fn noun_cue_class(doc: &Document, k: usize) -> Option<CueClass> {
    let class = if doc.in_set(k, WordSet::NounCueSpeech) {
        CueClass::Speech
    } else if doc.in_set(k, WordSet::NounCueThought) {
        CueClass::Thought
    } else {
        return None;
    };
    doc.is(k + 1, "that").then_some(class)
}

/// True when the cue word at `i`, in its base form, is the noun heading the subject of the cue
/// verb after it, in the past or third person: "A news report said", "an early tweet says", "a
/// committee report found" (not "Ryan protests demands", a verb and its object, nor "will
/// announce plans"): no subject takes a base form and then a past tense. A form in "-s" after
/// it may be a plural noun, its object ("students ask questions"), unless it is a verb of saying.
pub(crate) fn is_cue_noun_before_its_verb(doc: &Document, i: usize) -> bool {
    doc.lex(i).cue.is_some_and(|c| c.form == VerbForm::Base)
        && !(i > 0 && doc.class(i - 1) == Some(WordClass::Auxiliary))
        && doc.lex(i + 1).cue.is_some_and(|c| {
            c.form == VerbForm::Past || (c.form == VerbForm::ThirdPerson && c.class == CueClass::Speech)
        })
}

/// True when token `k` ends a search for the other dash of an insert: a dash, or a mark that no
/// insert between dashes holds (a full stop, semicolon, colon or quote mark).
fn is_dash_insert_mark(doc: &Document, k: usize) -> bool {
    doc.is_kind(k, TokenKind::Dash)
        || doc.is_any(k, &[".", ";", ":"])
        || doc.quotes.is_closing(k)
        || doc.quotes.is_opening(k)
}

/// True when token `k` alone between commas is an insert: an adverb (", however,") or "though".
fn is_word_insert(doc: &Document, k: usize) -> bool {
    doc.class(k) == Some(WordClass::Adverb) || doc.is(k, "though")
}

/// After a name ending at `end`: the end of a one-word insert between commas (", however,",
/// ", though,", ", meanwhile,"), commas included; `None` when none follows.
pub(crate) fn word_insert_right(doc: &Document, end: usize) -> Option<usize> {
    let insert = end + 2 < doc.len() && doc.is(end, ",") && doc.is(end + 2, ",") && is_word_insert(doc, end + 1);
    insert.then_some(end + 3)
}

/// Before a phrase starting at `start`: the start of a one-word insert between commas that
/// stands before it (", meanwhile," in "Sanders, meanwhile, who …"), its opening comma; `None`
/// when none does. `floor` is the first token that may be read.
pub(crate) fn word_insert_left(doc: &Document, start: usize, floor: usize) -> Option<usize> {
    let insert =
        start >= floor + 3 && doc.is(start - 1, ",") && doc.is(start - 3, ",") && is_word_insert(doc, start - 2);
    insert.then(|| start - 3)
}

/// The most tokens of an insert between commas before "that": "said, per a translator, that",
/// "contended in its letter, written by Kenneth Cohen, a vice president, that".
const MAX_INSERT_BEFORE_THAT: usize = 16;

/// After a verb's complements ending at `k`: the "that" after an insert between commas (", among
/// other things, that …", ", without evidence, that …"), when "that" opens a clause (not ", that
/// is, …") and the insert, outside quotations, opens with no cue word and holds no quotation, no
/// semicolon and no other "that"; `None` otherwise.
pub(crate) fn insert_before_that(doc: &Document, k: usize, ceil: usize) -> Option<usize> {
    let closing = insert_closing(doc, k, ceil, MAX_INSERT_BEFORE_THAT, |j| doc.is(j + 1, "that"))?;
    let that = closing + 1;
    (doc.is(that, "that") && !doc.is(that + 1, ",") && !doc.is_kind(that + 1, TokenKind::Possessive)).then_some(that)
}

/// The most tokens of an insert between commas, commas of its own included, before the quotation
/// a cue says: "said on Twitter, in reference to her first child, a girl born Sept. 26, 2014, “…”".
const MAX_INSERT_BEFORE_QUOTE: usize = 24;

/// The most tokens of an insert between commas that opens reported speech before its subject:
/// "said, win or lose in Tuesday's primary, he is staying".
const MAX_INSERT_BEFORE_CLAUSE: usize = 12;

/// After a cue ending at `k`: the start of an insert between commas that opens what was said, when
/// a subject pronoun follows the insert ("says, win or lose, he is staying in the race", "said,
/// despite the loss, they would go on": the insert is the speaker's words, so the content starts
/// with it), or the quotation that follows one ("said, and I quote, “…”"); `None` otherwise.
pub(crate) fn insert_before_clause(doc: &Document, k: usize, ceil: usize) -> Option<usize> {
    // "said, and I quote, “…”", "said on Twitter, in reference to her first child, a girl born
    // in 2014, “…”": the quotation alone — not past another cue ("asked if …, which was seen as
    // …, de Blasio said, “…”": the quotation is his).
    let finite_cue =
        |t: usize| doc.lex(t).cue.is_some_and(|c| matches!(c.form, VerbForm::Past | VerbForm::ThirdPerson));
    let quote_after = |j: usize| doc.quotes.is_opening(j + 1) && !(k + 1..j).any(finite_cue);
    if let Some(closing) = insert_closing(doc, k, ceil, MAX_INSERT_BEFORE_QUOTE, quote_after) {
        return Some(closing + 1);
    }
    let closing = insert_closing(doc, k, ceil, MAX_INSERT_BEFORE_CLAUSE, |_| true)?;
    let opens_clause = is_subject_pronoun(doc, closing + 1) && !is_subject_pronoun(doc, k + 1);
    opens_clause.then_some(k + 1)
}

/// The closing comma of an insert between commas that opens at the comma `k`: the first comma
/// for which `closes` holds (others may stand inside the insert: "in its letter, written by
/// Kenneth Cohen, a vice president, that"). The insert, outside quotations and at most `max`
/// tokens, opens with no cue word (", adding, …": another cue) and holds no quotation, no
/// semicolon and no "that".
fn insert_closing(doc: &Document, k: usize, ceil: usize, max: usize, closes: impl Fn(usize) -> bool) -> Option<usize> {
    if !doc.is(k, ",") || k + 1 >= ceil || doc.lex(k + 1).cue.is_some() || doc.quotes.is_quoted(k) {
        return None;
    }
    let last = (k + max).min(ceil.saturating_sub(2));
    for j in k + 1..=last {
        if is_terminal(doc, j) || doc.is_any(j, &[";", "that"]) || doc.is_kind(j, TokenKind::Quote) {
            return None;
        }
        if doc.is(j, ",") && j > k + 1 && closes(j) {
            return Some(j);
        }
    }
    None
}

/// The form of "be" right before token `i`, adverbs and negations aside ("was told", "were
/// twice denied", "is not expected"), no further left than `floor`.
pub(crate) fn be_before(doc: &Document, i: usize, floor: usize) -> Option<usize> {
    let mut k = i;
    while k > floor && matches!(doc.class(k - 1), Some(WordClass::Adverb | WordClass::Negation)) {
        k -= 1;
    }
    (k > floor && doc.in_set(k - 1, WordSet::Be)).then(|| k - 1)
}

/// True when the "to" at `k` follows a verb that carries on the verb after it: "continued to
/// insist", "has begun to argue", "tried to explain".
pub(crate) fn carries_on(doc: &Document, k: usize) -> bool {
    doc.is(k, "to") && k > 0 && doc.same_sentence(k - 1, k) && doc.in_set(k - 1, WordSet::Catenative)
}

/// Skips adverbs, auxiliaries, negations, time expressions, two-word adverbials, a floating "all"
/// or "both" and a verb that carries on the cue left of `i` ("has also said", "just this month
/// announced", "once said", "no longer wants", "in particular feared", "all said", "continued to
/// insist"): the first index of the skipped words, or `i`.
pub(crate) fn skip_adverbials_left(doc: &Document, i: usize, floor: usize) -> usize {
    let mut k = i;
    loop {
        if k > floor + 1 && is_name_after_name(doc, k - 1) {
            return k; // "Theresa May said": a surname, not an adverbial
        }
        if k > floor + 2 && carries_on(doc, k - 1) {
            k -= 2; // "continued to insist", "has tried to argue"
            continue;
        }
        let adverb = k > floor
            && (matches!(doc.class(k - 1), Some(WordClass::Adverb | WordClass::Auxiliary | WordClass::Negation))
                || is_contracted_auxiliary(doc, k - 1)
                // "Cruz has long said"
                || (k - 1 > floor && doc.is(k - 1, "long") && doc.class(k - 2) == Some(WordClass::Auxiliary))
                // "Lemkin once said": before a verb, with no subject of its own, "once" is an adverb.
                || (k - 1 > floor && doc.is(k - 1, "once")));
        if let Some(p) = ago_phrase_left(doc, k, floor) {
            k = p; // "The State Department less than two weeks ago said"
        } else if k > floor + 2 && ADVERBIAL_PAIRS.iter().any(|[a, b]| doc.is(k - 2, a) && doc.is(k - 1, b)) {
            k -= 2; // "Britain and France in particular feared"
        } else if k > floor + 1 && floating_quantifier(doc, k - 1) {
            k -= 1; // "They all said", "He and Goodlatte both criticized"
        } else if adverb {
            k -= 1;
        } else if k > floor + 1 && doc.is(k - 1, "longer") && doc.is(k - 2, "no") {
            k -= 2; // "Microsoft no longer wants"
        } else if k > floor && doc.class(k - 1) == Some(WordClass::Time) {
            // "Wells Fargo just this month announced", "Trump on Monday said".
            let mut t = k - 1;
            while t > floor && doc.class(t - 1) == Some(WordClass::Time) {
                t -= 1;
            }
            if t > floor && doc.in_set(t - 1, WordSet::TimeOpener) {
                t -= 1;
            }
            if t == floor {
                return k; // the time expression is the whole subject side: leave it
            }
            k = t;
        } else if let Some(p) = time_phrase_left(doc, k, floor) {
            k = p;
        } else {
            return k;
        }
    }
}

/// The most words between the preposition and the noun of a time phrase: "in the past".
const MAX_TIME_PHRASE: usize = 3;

/// The start of a time phrase ending before `k`, when a subject stands before it: its preposition
/// ("Sanders in the past has criticized", "Trump at the time said", "scholars in the past week
/// thought") or, without one, the word of time that opens it ("Priebus this past week
/// announced", "Trump last week said").
fn time_phrase_left(doc: &Document, k: usize, floor: usize) -> Option<usize> {
    let noun = k.checked_sub(1)?;
    if !(doc.in_set(noun, WordSet::TimeNoun)
        || doc.class(noun) == Some(WordClass::Time)
        || doc.in_set(noun, WordSet::TimePhraseNoun))
    {
        return None;
    }
    let lowest = noun.saturating_sub(MAX_TIME_PHRASE).max(floor + 1);
    let mut start = noun;
    while start > lowest {
        let j = start - 1;
        if doc.class(j) == Some(WordClass::Preposition) {
            return Some(j);
        }
        if !is_time_modifier(doc, j) {
            break;
        }
        start = j;
    }
    (start < noun && doc.in_set(start, WordSet::TimeOpener)).then_some(start)
}

/// Two-word adverbials that may stand between a subject and its verb without commas: "Britain
/// and France in particular feared", "Trump for example said".
const ADVERBIAL_PAIRS: &[[&str; 2]] =
    &[["in", "particular"], ["for", "example"], ["for", "instance"], ["in", "fact"], ["in", "turn"], ["of", "course"]];

/// True when token `k` is "both", "all" or "each" floating after the subject it counts or its
/// auxiliary: "They all said", "He and Goodlatte both criticized", "has both endorsed … and
/// criticized …", "She both praised …" (not "Both said", the subject itself).
fn floating_quantifier(doc: &Document, k: usize) -> bool {
    doc.is_any(k, &["both", "all", "each"])
        && k > 0
        && doc.same_sentence(k - 1, k)
        && doc.is_kind(k - 1, TokenKind::Word)
        && (is_subject_pronoun(doc, k - 1)
            || doc.class(k - 1) == Some(WordClass::Auxiliary)
            || doc.class(k - 1).is_none() && (doc.is_capitalized(k - 1) || looks_plural(doc, k - 1)))
}

/// True when word `k` is a plural noun by its form: in "s", not "ss" ("voters", not "press"), or
/// a plural that does not end so ("people", "women").
pub(crate) fn looks_plural(doc: &Document, k: usize) -> bool {
    let word = doc.lower(k);
    word.ends_with('s') && !word.ends_with("ss") || doc.in_set(k, WordSet::IrregularPlural)
}

/// True when word `k` is a common noun for a person by its form or meaning: an agent noun
/// ("narrator", "designer", "activist", "spokeswoman", "residents") or a word for a person or a
/// relative ("boy", "friends", "wife"). A test of form: "letter" passes too.
pub(crate) fn names_a_person(doc: &Document, k: usize) -> bool {
    let word = doc.lower(k);
    let singular = word.strip_suffix('s').filter(|_| looks_plural(doc, k)).unwrap_or(word);
    doc.in_set(k, WordSet::PersonWord)
        || doc.in_set(k, WordSet::IrregularPlural)
        || AGENT_SUFFIXES.iter().any(|s| singular.len() > s.len() + 2 && singular.ends_with(s))
}

/// Endings of agent nouns.
const AGENT_SUFFIXES: &[&str] = &["er", "or", "ist", "ian", "ant", "ent", "man", "men"];

/// The most words before the noun of a time phrase in "ago", "later" or "earlier": "less than
/// two weeks ago".
const MAX_AGO_PHRASE: usize = 4;

/// The start of a time phrase in "ago", "later" or "earlier" ending before `k`, when a subject
/// stands before it: "The State Department less than two weeks ago said", "Trump a day later
/// said".
fn ago_phrase_left(doc: &Document, k: usize, floor: usize) -> Option<usize> {
    let end = k.checked_sub(1)?;
    if end < floor + 2 || !doc.in_set(end, WordSet::TimePhraseEnd) || !doc.in_set(end - 1, WordSet::TimeNoun) {
        return None;
    }
    let noun = end - 1;
    let lowest = noun.saturating_sub(MAX_AGO_PHRASE).max(floor + 1);
    let mut j = noun;
    while j > lowest && ago_modifier(doc, j - 1) {
        j -= 1;
    }
    (j > floor).then_some(j)
}

/// The end of a time phrase in "ago", "later" or "earlier" that starts at `k`, before `ceil`:
/// "said two weeks ago that …".
fn ago_phrase_right(doc: &Document, k: usize, ceil: usize) -> Option<usize> {
    let noun = (k..ceil.min(k + MAX_AGO_PHRASE + 1)).find(|&j| !ago_modifier(doc, j))?;
    (doc.in_set(noun, WordSet::TimeNoun) && noun + 1 < ceil && doc.in_set(noun + 1, WordSet::TimePhraseEnd))
        .then_some(noun + 2)
}

/// True when token `k` can stand before the noun of a time phrase in "ago": "less than two",
/// "a few", "about 20".
fn ago_modifier(doc: &Document, k: usize) -> bool {
    is_time_modifier(doc, k)
        || doc.in_set(k, WordSet::NumberWord)
        || doc.in_set(k, WordSet::Quantifier)
        || doc.in_set(k, WordSet::Partitive)
        || doc.is_any(k, &["than", "less", "more"])
}

/// True when token `k` can stand in a time phrase before its noun: an article or determiner, a
/// number, or a word of time ("the past", "the same", "last", "early", "one", "2015").
pub(crate) fn is_time_modifier(doc: &Document, k: usize) -> bool {
    matches!(doc.class(k), Some(WordClass::Determiner | WordClass::Time))
        || doc.in_set(k, WordSet::Article)
        || doc.is_kind(k, TokenKind::Number)
        || doc.in_set(k, WordSet::TimeOpener)
        || doc.in_set(k, WordSet::TimePhraseModifier)
}

/// Skips adverbs and time expressions right of `i` ("said on Monday", "said Thursday",
/// "said last week"): the first index after them.
pub(crate) fn skip_adverbials_right(doc: &Document, i: usize, ceil: usize) -> usize {
    let mut k = i;
    loop {
        if k >= ceil {
            return k;
        }
        if matches!(doc.class(k), Some(WordClass::Adverb))
            || (doc.class(k) == Some(WordClass::Time) && doc.is_capitalized(k))
        {
            let start = k;
            k += 1;
            // "Tuesday night", "Monday morning".
            while k < ceil && doc.class(k) == Some(WordClass::Time) {
                k += 1;
            }
            // "said Monday's decision will …": the day owns what follows.
            if k < ceil && doc.class(k) == Some(WordClass::Possessive) {
                return start;
            }
        } else if let Some(end) = ago_phrase_right(doc, k, ceil) {
            k = end; // "said two weeks ago that"
        } else if doc.in_set(k, WordSet::TimeOpener) && k + 1 < ceil && doc.class(k + 1) == Some(WordClass::Time) {
            k += 2;
            while k < ceil && doc.class(k) == Some(WordClass::Time) {
                k += 1;
            }
            // "in June 2012", "on Sept. 5, 2016".
            while k < ceil
                && (is_date_number(doc, k)
                    || (doc.is(k, ",") && k + 1 < ceil && is_date_number(doc, k + 1) && doc.word(k + 1).len() == 4))
            {
                k += 1;
            }
        } else if doc.in_set(k, WordSet::Day) {
            k += 1;
        } else if doc.is(k, "that") && k + 1 < ceil && is_that_time(doc, k + 1) {
            k += 2; // "said that night he would run": a time, not a clause
        } else {
            return k;
        }
    }
}

/// True when the word at `k`, after "that", makes a time of it: a time noun in the singular,
/// "that night", "that day" (not "that years of war …", "that day care …").
fn is_that_time(doc: &Document, k: usize) -> bool {
    let noun_goes_on = |j: usize| {
        j < doc.len()
            && (doc.is(j, "of") || doc.class(j).is_none() && doc.is_kind(j, TokenKind::Word) && !doc.is_capitalized(j))
    };
    doc.in_set(k, WordSet::TimeNoun) && !doc.lower(k).ends_with('s') && !doc.is_capitalized(k) && !noun_goes_on(k + 1)
}

/// A day or a year: "5", "2012".
fn is_date_number(doc: &Document, i: usize) -> bool {
    doc.is_kind(i, TokenKind::Number) && doc.word(i).len() <= 4 && doc.word(i).chars().all(|c| c.is_ascii_digit())
}

/// True when token `i` ends a sentence: a full stop, question or exclamation mark, or ellipsis.
pub(crate) fn is_terminal(doc: &Document, i: usize) -> bool {
    doc.is_kind(i, TokenKind::Punct) && is_stop(doc.word(i))
}

/// True when token `k` may be capitalised only because it opens its sentence: a common English
/// word there that is no first name, role noun or place ("Local authorities …", "So we …").
/// Surnames such as "Smith" or "Brown" are common words too: callers ask for more (a plural noun
/// or a pronoun after it).
pub(crate) fn capitalised_by_position(doc: &Document, k: usize) -> bool {
    let lex = doc.lex(k);
    doc.sentence_tokens(k).start == k
        && lex.common
        && lex.first_name.is_none()
        && lex.person_noun.is_none()
        && lex.place.is_none()
        && lex.place_in_caps.is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn left(text: &str, before: &str) -> String {
        let doc = Document::new(text);
        let end = (0..doc.len()).find(|&i| doc.word(i) == before).unwrap();
        noun_phrase_left(&doc, end, 0).map(|r| doc.slice(r).to_string()).unwrap_or_default()
    }

    #[test]
    fn noun_phrases_to_the_left() {
        assert_eq!(
            left("longtime Democratic pollster Pat Caddell told him", "told"),
            "longtime Democratic pollster Pat Caddell"
        );
        assert_eq!(left("But Malaysia's Prime Minister said", "said"), "Malaysia's Prime Minister");
        assert_eq!(left("so the Afghan team's coach said", "said"), "the Afghan team's coach");
        assert_eq!(left("A chorus of prominent Republicans said", "said"), "A chorus of prominent Republicans");
        assert_eq!(left("“Go,” he said", "said"), "he");
        assert_eq!(left("“Go,” said", "said"), "");
    }

    #[test]
    fn appositives() {
        let text = "Hugh Hill, a doctor, said it. Vince Cable, who replaced Tim Farron in July, said so.";
        let doc = Document::new(text);
        let saids: Vec<usize> = (0..doc.len()).filter(|&i| doc.is(i, "said")).collect();
        assert_eq!(doc.slice(appositive_left(&doc, saids[0], 0).unwrap()), "Hugh Hill, a doctor,");
        assert_eq!(
            doc.slice(appositive_left(&doc, saids[1], 0).unwrap()),
            "Vince Cable, who replaced Tim Farron in July,"
        );
    }

    #[test]
    fn participles_in_ing() {
        let doc = Document::new("Nothing changed that morning, citing the rules and saying so.");
        let participles: Vec<&str> = (0..doc.len()).filter(|&k| is_participle(&doc, k)).map(|k| doc.word(k)).collect();
        assert_eq!(participles, ["citing", "saying"]);
    }

    #[test]
    fn adverbials() {
        let text = "Smith has also said on Monday that";
        let doc = Document::new(text);
        assert_eq!(skip_adverbials_left(&doc, 3, 0), 1);
        assert_eq!(doc.word(skip_adverbials_right(&doc, 4, doc.len())), "that");
    }
}
