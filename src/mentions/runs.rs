//! Runs of capitalised words, the raw material of names.

use std::ops::Range;

use crate::document::Document;
use crate::lexicon::{self, HeadKind, WordClass, WordSet, MAX_KEY_TOKENS, MAX_TITLE_TOKENS};
use crate::segment::{Shape, TokenKind};

/// A run of capitalised words (with the particles and connectors between them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    /// The tokens of the run.
    pub tokens: Range<usize>,
    /// True when the run starts where any word is capitalised: a sentence's start, after an
    /// opening quote or a colon.
    pub initial: bool,
    /// True when the run sits in a headline in Title Case or in ALL-CAPS text, where capitals
    /// say nothing.
    pub headline: bool,
}

/// The most tokens of a run: no name is longer ("Daughters of the American Revolution
/// Constitution Hall" is seven), and a longer stretch of capitals (an ALL-CAPS paragraph) is cut
/// into runs of this length, so that what is done for a run is bounded.
const MAX_RUN: usize = 32;

/// Finds the runs of `doc`.
pub(crate) fn find(doc: &Document) -> Vec<Run> {
    let mut runs = Vec::new();
    for sentence in &doc.seg.sentences {
        let headline = is_headline(doc, sentence.tokens.clone());
        let mut i = sentence.tokens.start;
        let end = sentence.tokens.end;
        while i < end {
            if !starts_name(doc, i) || (headline && doc.lex(i).cue.is_some()) {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            loop {
                if i - start >= MAX_RUN {
                    break; // the rest of a long run of capitals is a run of its own
                }
                if i < end && dated(doc, start, i) {
                    break; // "Aner Shalev Wednesday, September 19": the day is no part of the name
                } else if i < end && continues_name(doc, i, headline) {
                    i += 1;
                } else if let Some(skip) = connector(doc, start, i, end) {
                    i += skip;
                } else {
                    break;
                }
            }
            let initial = is_initial_position(doc, start, sentence.tokens.start);
            if initial && i - start >= 2 && is_capitalized_common_word(doc, start, i) {
                // "Later Mark Rutte left": the sentence's first word is not part of the name.
                runs.push(Run { tokens: start..start + 1, initial, headline });
                runs.push(Run { tokens: start + 1..i, initial: false, headline });
            } else {
                runs.push(Run { tokens: start..i, initial, headline });
            }
        }
    }
    runs
}

/// True when token `i`, inside a run that starts at `start`, is a day of the week after a name
/// (a word not common in English) that a comma or a date follows: the dateline of a title ("…
/// interviews Aner Shalev Wednesday, September 19, 2007"), not "Super Tuesday" or "Black Friday".
fn dated(doc: &Document, start: usize, i: usize) -> bool {
    i > start
        && doc.in_set(i, WordSet::Day)
        && doc.is_capitalized(i)
        && !doc.lex(i - 1).common
        && (doc.is(i + 1, ",") || doc.is_kind(i + 1, TokenKind::Number))
}

/// True when token `i` can be part of a name: a capitalised word that is not a function word,
/// unless it is also a first name ("Will", "May", "April").
fn starts_name(doc: &Document, i: usize) -> bool {
    doc.is_kind(i, TokenKind::Word)
        && doc.is_capitalized(i)
        && (doc.class(i).is_none()
            || doc.class(i) == Some(WordClass::Time)
            || doc.lex(i).first_name.is_some()
            || is_acronym_among_lower_case(doc, i)) // "US", "IT"
        && !doc.is(i, "i")
        && !is_caption_label(doc, i)
        && !doc.lex(i).describes // "Oscar-winner", "Shanghai-based"
}

/// True for a function word in capitals between words that are not ("from US President"):
/// an acronym, not ALL-CAPS text.
fn is_acronym_among_lower_case(doc: &Document, i: usize) -> bool {
    doc.is_upper(i) && doc.word(i) != "I" && !(i > 0 && doc.is_upper(i - 1)) && !doc.is_upper(i + 1)
}

/// "Image:", "Photo:", "Video:" — the label of a caption, not part of a name.
fn is_caption_label(doc: &Document, i: usize) -> bool {
    doc.is(i + 1, ":") && (doc.in_set(i, WordSet::PictureLabel) || doc.in_set(i, WordSet::CaptionLabel))
}

/// Prefixes glued to a capitalised name part: "Suleiman al-Amr", "Ahmed el-Tayeb", and the
/// elided "de" of "Jean le Rond d’Alembert".
const GLUED_PREFIXES: &[&str] = &["al-", "el-", "bin-", "ibn-", "abu-", "d'", "d’"];

/// How far back from an "and" the "of" of an organisation's name may stand for the "and" to
/// continue the name: "Bureau of Safety and Environmental Enforcement".
const MAX_OF_LOOKBACK: usize = 8;

/// True when token `i` continues a name begun before it.
fn continues_name(doc: &Document, i: usize, headline: bool) -> bool {
    let word = doc.word(i);
    // In a headline every word is capitalised: a verb of saying ends a name ("PUTIN SAYS RUSSIA").
    if headline && doc.lex(i).cue.is_some() {
        return false;
    }
    starts_name(doc, i)
        // "Suleiman al-Amr", "Ahmed el-Tayeb".
        || (word.starts_with(|c: char| c.is_ascii_lowercase())
            && GLUED_PREFIXES.iter().any(|p| word.starts_with(p) && word[p.len()..].starts_with(char::is_uppercase)))
        // "James To", "Wilson Or": a capitalised function word right after a first name.
        || (!headline
            && doc.is_capitalized(i)
            && doc.class(i).is_some()
            && doc.lex(i - 1).first_name.is_some()
            && !(i >= 2 && doc.is_capitalized(i - 2))
            && !is_initial_position(doc, i - 1, doc.sentence_tokens(i).start))
}

/// The number of tokens a connector spends to join the name so far (`start..at`) with the
/// capitalised word after it, if it can.
fn connector(doc: &Document, start: usize, at: usize, end: usize) -> Option<usize> {
    let cap = |k: usize| k < end && starts_name(doc, k);
    if at >= end {
        return None;
    }
    let word = doc.lower(at);
    // "Washington, D.C." — a comma before a state or district abbreviation.
    if word == "," && at + 1 < end && doc.word(at + 1) == "D.C." {
        return Some(1);
    }
    if doc.in_set(at, WordSet::NameParticle) && cap(at + 1) && at > start {
        return Some(1);
    }
    // "Ursula von der Leyen", "Cornelis van den Berg": two particles in a row.
    if doc.in_set(at, WordSet::NameParticle) && doc.in_set(at + 1, WordSet::NameParticle) && cap(at + 2) && at > start {
        return Some(2);
    }
    if doc.in_set(at, WordSet::NameConnector) {
        let left = doc.lex(at - 1);
        let joins = left.head.is_some()
            || left.person_noun.is_some_and(|n| n.is_title())
            || (left.sets.contains(WordSet::OfName) && left.shape == Some(Shape::Capitalized));
        if !joins {
            return None;
        }
        if cap(at + 1) {
            return Some(1);
        }
        if doc.is(at + 1, "the") && cap(at + 2) {
            return Some(2);
        }
    }
    if (word == "and" || word == "&") && cap(at + 1) {
        // "Bureau of Safety and Environmental Enforcement": after an organisation's "of".
        let of_head = (at.saturating_sub(MAX_OF_LOOKBACK).max(start + 1)..at)
            .any(|k| doc.in_set(k, WordSet::ComplementOpener) && doc.lex(k - 1).head == Some(HeadKind::Organization));
        if of_head {
            return Some(1);
        }
        // Otherwise only inside a known name ("Bosnia and Herzegovina", "Procter & Gamble") or
        // one that ends in an organisation's head word ("Securities and Exchange Commission",
        // "Bill and Melinda Gates Foundation").
        let longest = (start + MAX_KEY_TOKENS).min(end);
        let mut k = at + 2;
        while k < longest && cap(k) {
            k += 1;
        }
        // Not two names, the first whole already: "Harvard University and Acme Inc.".
        if !cap(k) && doc.lex(k - 1).head == Some(HeadKind::Organization) && doc.lex(at - 1).head.is_none() {
            return Some(1);
        }
        for stop in (at + 2..=k).rev() {
            if doc.place(start..stop).is_some() || doc.is_known_organization(start..stop) {
                return Some(1);
            }
        }
    }
    None
}

/// True when token `i`, first of the run `i..end`, is a common word that is not a first name and
/// does not start a lexicon entry ("New York", "President Obama").
fn is_capitalized_common_word(doc: &Document, i: usize, end: usize) -> bool {
    let lex = doc.lex(i);
    // "Lake Erie is large": a word that begins place names begins this one; so does a head word
    // before its connector ("University of Kansas researchers agreed").
    let begins_name = lexicon::name_prefix(doc.word(i)).is_some()
        || lex.head.is_some() && i + 2 < end && doc.in_set(i + 1, WordSet::NameConnector);
    if !lex.common || lex.first_name.is_some() || lex.person_noun.is_some() || begins_name {
        return false;
    }
    // "NEW ORLEANS" in a dateline is "New Orleans".
    let caps = doc.all_upper(i..end);
    let known = |k: usize| {
        doc.lookup(i..k, caps, |key| {
            (lexicon::place(key).is_some() || lexicon::is_known_organization(key)).then_some(())
        })
        .is_some()
    };
    !(i + 2..=end.min(i + MAX_KEY_TOKENS)).any(known)
        && !(i + 2..=end.min(i + MAX_TITLE_TOKENS)).any(|k| doc.person_noun(i..k).is_some())
}

/// True when a capital at `i` comes from position rather than from the word: the start of the
/// sentence, or right after an opening quote, a colon, a dash or a bracket at its start.
fn is_initial_position(doc: &Document, i: usize, sentence_start: usize) -> bool {
    let mut k = i;
    while k > sentence_start {
        let prev = k - 1;
        let opener = doc.is_kind(prev, TokenKind::Quote)
            || doc.is_kind(prev, TokenKind::Dash)
            || matches!(doc.word(prev), "(" | "[" | ":" | "…" | "...");
        if !opener {
            return false;
        }
        if matches!(doc.word(prev), ":") || doc.is_kind(prev, TokenKind::Dash) {
            return true;
        }
        k = prev;
    }
    true
}

/// True for a sentence in Title Case or ALL CAPS: of its common content words (three or more),
/// at least three in four are capitalised, and no auxiliary verb is in lower case (Title Case
/// capitalises "Is" and "Will": "He is the President of the United States." is a sentence).
/// Names do not count either way, so a sentence dense with names is not a headline.
pub(crate) fn is_headline(doc: &Document, range: Range<usize>) -> bool {
    let mut common = 0;
    let mut capitalised = 0;
    for i in range {
        let lex = &doc.lex(i);
        if lex.class == Some(WordClass::Auxiliary) && lex.shape == Some(Shape::Lower) {
            return false;
        }
        if !doc.is_kind(i, TokenKind::Word) || lex.class.is_some() || !lex.common || lex.first_name.is_some() {
            continue;
        }
        common += 1;
        if lex.shape.is_some_and(Shape::is_capitalized) {
            capitalised += 1;
        }
    }
    // A quarter of the common words may be in lower case ("Obama Says Trump vs Clinton Race Is
    // Close"), but not one of a few: "He met the President of the United States" is a sentence.
    common >= 3 && capitalised * 4 >= common * 3 && (capitalised == common || common >= MIN_HEADLINE_WORDS_WITH_LOWER)
}

/// The fewest common words of a Title Case headline that has one in lower case.
const MIN_HEADLINE_WORDS_WITH_LOWER: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<(&str, bool, bool)> {
        let doc = Document::new(text);
        find(&doc).iter().map(|r| (doc.slice(r.tokens.clone()), r.initial, r.headline)).collect()
    }

    #[test]
    fn runs_and_connectors() {
        assert_eq!(
            runs("Yesterday the Ministry of Defence met Ludwig van Beethoven in Bosnia and Herzegovina."),
            [
                ("Yesterday", true, false),
                ("Ministry of Defence", false, false),
                ("Ludwig van Beethoven", false, false),
                ("Bosnia and Herzegovina", false, false)
            ]
        );
        assert_eq!(runs("Trump and Clinton met."), [("Trump", true, false), ("Clinton", false, false)]);
        assert_eq!(runs("He went to Washington, D.C. today"), [("Washington, D.C.", false, false)]);
    }

    #[test]
    fn initial_positions_and_headlines() {
        assert_eq!(
            runs("He said: “Currently, Ukraine waits.”"),
            [("Currently", true, false), ("Ukraine", false, false)]
        );
        assert_eq!(
            runs("Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics"),
            [
                ("Hillary Clinton", true, true),
                ("Headed", false, true),
                ("ER", false, true),
                ("Diverted", false, true),
                ("Avoid Bad Optics", false, true)
            ]
        );
    }
}
