//! Finding cues: the words that mark an attribution.

use std::ops::Range;

use crate::document::Document;
use crate::lexicon::{self, CueClass, PhraseRole, VerbForm, WordClass};
use crate::mentions::Mention;
use crate::segment::TokenKind;
use crate::syntax;

/// How a cue combines with its source and content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueShape {
    /// A verb of saying or thinking, or a phrase that works like one ("pointed out").
    Verb(VerbForm),
    /// "according to X".
    SourceAfter,
    /// A passive verb with its agent: "This was stated by X".
    Passive,
    /// A colon after a source at the start of a paragraph: "Pat Caddell: …", "PENCE: …".
    Colon,
    /// A dash before a source after a quotation: "“…” — Jane Doe".
    Dash,
}

/// A cue found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Its tokens.
    pub tokens: Range<usize>,
    /// What it reports.
    pub class: CueClass,
    /// How it combines with source and content.
    pub shape: CueShape,
}

/// Finds the cues of `doc` outside quotations, in text order.
pub fn find(doc: &Document, mentions: &[Mention]) -> Vec<Cue> {
    let mut in_mention = vec![false; doc.len()];
    for m in mentions {
        for k in m.tokens.clone() {
            in_mention[k] = true;
        }
    }
    let phrases = lexicon::cue_phrases();
    let mut cues = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        if doc.quotes.is_quoted(i) || in_mention[i] {
            i += 1;
            continue;
        }
        if let Some(cue) = phrase_at(doc, i, phrases) {
            i = cue.tokens.end;
            cues.push(cue);
            continue;
        }
        if let Some(cue) = verb_at(doc, i) {
            cues.push(cue);
        } else if let Some(cue) = colon_at(doc, i, mentions).or_else(|| dash_at(doc, i)) {
            cues.push(cue);
        }
        i += 1;
    }
    cues
}

/// A multiword cue starting at token `i`.
fn phrase_at(doc: &Document, i: usize, phrases: &[lexicon::CuePhrase]) -> Option<Cue> {
    for phrase in phrases {
        if phrase.role == PhraseRole::Adjunct {
            continue;
        }
        let words: Vec<&str> = phrase.words.split(' ').collect();
        if i + words.len() > doc.len() || !words.iter().enumerate().all(|(k, w)| doc.is(i + k, w)) {
            continue;
        }
        let tokens = i..i + words.len();
        let shape = match phrase.role {
            PhraseRole::SourceAfter => CueShape::SourceAfter,
            _ => {
                let form = lexicon::cue_verb(doc.lower(i)).map_or(VerbForm::Past, |v| v.form);
                if !is_verb_use(doc, i, form) {
                    continue;
                }
                CueShape::Verb(form)
            }
        };
        return Some(Cue { tokens, class: phrase.class, shape });
    }
    None
}

/// A cue verb at token `i`, if it is used as a verb there.
fn verb_at(doc: &Document, i: usize) -> Option<Cue> {
    let verb = doc.lex[i].cue?;
    if doc.is_capitalized(i) {
        return None; // sentence-initial "Say", headline "Says": not attributions we can read
    }
    let prev = i.checked_sub(1).filter(|&p| doc.seg.sentence_of[p] == doc.seg.sentence_of[i]);
    let after_be = prev.is_some_and(|p| doc.is_any(p, &["was", "were", "is", "are", "been", "being", "be"]));
    if matches!(verb.form, VerbForm::Past | VerbForm::Participle) && after_be {
        // "This was stated by X": a passive with its agent; "was told", "is expected": nothing.
        return doc.is(i + 1, "by").then_some(Cue { tokens: i..i + 1, class: verb.class, shape: CueShape::Passive });
    }
    is_verb_use(doc, i, verb.form).then_some(Cue { tokens: i..i + 1, class: verb.class, shape: CueShape::Verb(verb.form) })
}

/// True when the word at `i`, a form `form` of a cue verb, is used as a verb: not after a
/// determiner ("the claims", "his remarks"), not an infinitive after "to" ("declined to say").
fn is_verb_use(doc: &Document, i: usize, form: VerbForm) -> bool {
    let Some(p) = i.checked_sub(1).filter(|&p| doc.seg.sentence_of[p] == doc.seg.sentence_of[i]) else {
        return form != VerbForm::Base;
    };
    let noun_context = matches!(doc.class(p), Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Possessive | WordClass::Preposition))
        || doc.kind(p) == TokenKind::Number;
    match form {
        VerbForm::Base => !doc.is(p, "to") && !noun_context,
        VerbForm::Gerund => !matches!(doc.class(p), Some(WordClass::Determiner | WordClass::PossessivePronoun | WordClass::Possessive)),
        VerbForm::ThirdPerson => !noun_context && !doc.is_any(p, &["news", "media", "press", "early", "initial", "earlier", "recent", "several", "unconfirmed"]),
        VerbForm::Past | VerbForm::Participle => !matches!(doc.class(p), Some(WordClass::Determiner | WordClass::PossessivePronoun)),
    }
}

/// Nouns that can head a source given before a colon: "Poll: …", "Report: …".
const SOURCE_NOUNS: &[&str] = &["poll", "polls", "report", "reports", "study", "survey", "sources", "source", "officials", "official", "experts", "analysis", "statement", "witnesses", "police"];

/// A colon after a source at the start of a paragraph: "Pat Caddell: …", "PENCE: …", "Poll: …".
fn colon_at(doc: &Document, i: usize, mentions: &[Mention]) -> Option<Cue> {
    if !doc.is(i, ":") {
        return None;
    }
    let paragraph = doc.paragraph_tokens(i);
    let before = paragraph.start..i;
    if before.is_empty() || before.len() > 6 || i + 1 >= paragraph.end {
        return None;
    }
    let named = mentions.iter().any(|m| m.tokens.start == before.start && m.tokens.end == before.end);
    let transcript = before.clone().all(|k| doc.kind(k) == TokenKind::Word && doc.word(k).chars().all(|c| !c.is_lowercase()) && doc.word(k).chars().count() > 1);
    let noun = before.len() <= 3 && doc.is_any(i - 1, SOURCE_NOUNS);
    (named || transcript || noun).then_some(Cue { tokens: i..i + 1, class: CueClass::Speech, shape: CueShape::Colon })
}

/// A dash right after a closing quote, before a name: "“…” — Jane Doe".
fn dash_at(doc: &Document, i: usize) -> Option<Cue> {
    if doc.kind(i) != TokenKind::Dash || i == 0 {
        return None;
    }
    let after_quote = syntax::is_closing_quote(doc, i - 1) || (i >= 2 && syntax::is_terminal(doc, i - 1) && syntax::is_closing_quote(doc, i - 2));
    let name_follows = i + 1 < doc.len() && doc.is_capitalized(i + 1) && doc.seg.paragraph_of(i + 1) == doc.seg.paragraph_of(i);
    (after_quote && name_follows).then_some(Cue { tokens: i..i + 1, class: CueClass::Speech, shape: CueShape::Dash })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mentions;

    fn cues(text: &str) -> Vec<(&str, CueShape)> {
        let doc = Document::new(text);
        let m = mentions::find(&doc);
        find(&doc, &m).into_iter().map(|c| (doc.slice(c.tokens), c.shape)).collect()
    }

    #[test]
    fn verbs_phrases_and_marks() {
        assert_eq!(cues("Rutte said it."), [("said", CueShape::Verb(VerbForm::Past))]);
        assert_eq!(cues("It rains, according to Smith."), [("according to", CueShape::SourceAfter)]);
        assert_eq!(cues("This was stated by Smith."), [("stated", CueShape::Passive)]);
        assert_eq!(cues("PENCE: Well, look."), [(":", CueShape::Colon)]);
        assert_eq!(cues("“We won.” — Jane Doe"), [("—", CueShape::Dash)]);
        assert_eq!(cues("She pointed out that it rains."), [("pointed out", CueShape::Verb(VerbForm::Past))]);
    }

    #[test]
    fn nouns_and_infinitives_are_not_cues() {
        assert!(cues("His claims were false and the reports wrong.").is_empty());
        assert!(cues("He declined to say more.").is_empty());
        assert!(cues("He was told to leave.").is_empty());
        assert!(cues("The United States acted.").is_empty());
        assert!(cues("“Say it,” he wanted.").is_empty(), "cues inside quotations do not count");
    }
}
