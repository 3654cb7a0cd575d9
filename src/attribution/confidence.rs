//! Confidence: how likely a claim the rules found is one a reader would mark, from a logistic
//! model over what the rules saw of it — the cue, the source, the content's shape, quotation
//! marks.
//!
//! The weights (`data/claim_weights.tsv`) are fitted by `scripts/train_claims.py` on the claims
//! the rules find in PolNeAR's training split, labelled by whether they match an annotated claim
//! (`make train`). Claims below the threshold fitted with them are dropped.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::cues::CueShape;
use super::logistic::{bucket, Logistic, Names};
use super::Draft;
use crate::analysis::{ClaimKind, EntityKind};
use crate::coref::Chains;
use crate::document::Document;
use crate::lexicon::{CueClass, VerbForm, WordClass, WordSet};
use crate::rows::data_file;
use crate::segment::TokenKind;
use crate::syntax;

/// The fitted model: a weight per feature, the bias, and the confidence below which a claim is
/// dropped, for verbs of saying and for beliefs.
fn model() -> &'static Logistic {
    static MODEL: OnceLock<Logistic> = OnceLock::new();
    MODEL.get_or_init(|| {
        let (file, text) = data_file!("claim_weights.tsv");
        Logistic::read(file, text)
    })
}

/// The confidence below which a claim whose cue is of `class` is dropped.
pub(crate) fn threshold(class: CueClass) -> f32 {
    match class {
        CueClass::Speech => model().constant("threshold speech"),
        CueClass::Thought => model().constant("threshold thought"),
    }
}

/// The confidence of draft `d`: the logistic of its features' summed weights.
pub(crate) fn score(doc: &Document, chains: &Chains, d: &Draft) -> f32 {
    model().probability(|sum| features(doc, chains, d, &mut |f| sum.add(f)))
}

/// The features of draft `d` (with its speaker resolved and its kind set), each by name to
/// `sink` (written into one buffer: no allocation a feature). Long because it is the model's one
/// list of features, a few lines each, read top to bottom.
pub(crate) fn features(doc: &Document, chains: &Chains, d: &Draft, sink: &mut impl FnMut(&str)) {
    let mut names = Names::new(sink);
    let mut add = |parts: &[&str]| names.add(parts);

    // The cue: what it is, its shape and class.
    let class = match d.class {
        CueClass::Speech => "speech",
        CueClass::Thought => "thought",
    };
    add(&["class=", class]);
    let cue_word: Cow<str> = match (&d.cue, d.shape) {
        (None, _) => "(continued quotation)".into(),
        (Some(_), Some(CueShape::Colon)) => "(colon)".into(),
        (Some(_), Some(CueShape::Dash)) => "(dash)".into(),
        (Some(cue), _) if cue.len() == 1 => match doc.lex(cue.start).cue {
            Some(verb) => verb.lemma.into(),
            None => doc.lower(cue.start).into(),
        },
        (Some(cue), _) => (cue.start..cue.end).map(|k| doc.lower(k)).collect::<Vec<_>>().join(" ").into(),
    };
    let shape = match d.shape {
        None => "none",
        Some(CueShape::Verb(VerbForm::Base)) => "base",
        Some(CueShape::Verb(VerbForm::ThirdPerson)) => "third-person",
        Some(CueShape::Verb(VerbForm::Past)) => "past",
        Some(CueShape::Verb(VerbForm::Participle)) => "participle",
        Some(CueShape::Verb(VerbForm::Gerund)) => "gerund",
        Some(CueShape::SourceAfter) => "source-after",
        Some(CueShape::Passive) => "passive",
        Some(CueShape::Colon) => "colon",
        Some(CueShape::Dash) => "dash",
        Some(CueShape::Noun) => "noun",
    };
    add(&["shape=", shape]);
    let kind = match d.kind {
        ClaimKind::Direct => "direct",
        ClaimKind::Mixed => "mixed",
        ClaimKind::Indirect => "indirect",
    };
    add(&["kind=", kind]);
    add(&["kind=", kind, "&class=", class]);

    // The content: its length, how it opens, where it stands.
    let tokens: usize = d.content.iter().map(|r| r.len()).sum();
    add(&["content=", bucket(tokens)]);
    add(&["content=", bucket(tokens), "&kind=", kind]);
    let start = d.content.first().map(|r| r.start);
    let opening = start.map_or("none", |s| {
        let before = s.checked_sub(1);
        if before.is_some_and(|b| doc.is(b, "that")) || doc.is(s, "that") {
            "that"
        } else if before.is_some_and(|b| doc.is(b, "to")) || doc.is(s, "to") {
            "to"
        } else if doc.quotes.is_opening(s) {
            "quote"
        } else if before.is_some_and(|b| doc.is(b, ":")) {
            "colon"
        } else if doc.in_set(s, WordSet::QuestionOpener) {
            "question"
        } else if doc.in_set(s, WordSet::SubjectPronoun) {
            "pronoun"
        } else if matches!(doc.class(s), Some(WordClass::Determiner)) {
            "determiner"
        } else if doc.is_capitalized(s) {
            "capital"
        } else {
            "other"
        }
    });
    add(&["opens=", opening]);
    add(&["opens=", opening, "&class=", class]);
    add(&["cue=", &cue_word]);
    add(&["cue=", &cue_word, "&opens=", opening]);
    if d.content.len() > 1 {
        add(&["pieces=2+"]);
    }
    if let (Some(cue), Some(s)) = (&d.cue, start) {
        add(&[if s < cue.start { "content-before-cue" } else { "content-after-cue" }]);
    }
    if let Some(s) = start {
        let sentence = doc.sentence_tokens(s);
        if d.content.last().is_some_and(|r| r.end < sentence.end && !doc.is_kind(r.end, TokenKind::Punct)) {
            add(&["content-stops-mid-sentence"]);
        }
    }

    // The source: what kind of phrase, and whom it names.
    let source = match &d.source {
        None => "none",
        Some(s) if s.len() == 1 && doc.in_set(s.start, WordSet::SubjectPronoun) => {
            if doc.is_any(s.start, &["i", "we", "you"]) {
                "first-or-second-person"
            } else {
                "pronoun"
            }
        }
        Some(s) if syntax::is_relative_source(doc, s) => "relative",
        Some(s) if doc.is_capitalized(s.start) => "capitalised",
        Some(s) if doc.in_set(s.start, WordSet::Article) || doc.class(s.start) == Some(WordClass::Determiner) => {
            "determiner"
        }
        Some(_) => "other",
    };
    add(&["source=", source]);
    add(&["source=", source, "&class=", class]);
    if let Some(s) = &d.source {
        add(&["source-length=", bucket(s.len())]);
        if s.clone().any(|k| doc.lex(k).person_noun.is_some()) {
            add(&["source-has-person-noun"]);
        }
    }
    let speaker = match d.speaker.map(|s| chains.list[s].kind) {
        None => "none",
        Some(EntityKind::Person) => "person",
        Some(EntityKind::Place) => "place",
        Some(EntityKind::Organization) => "organization",
        Some(EntityKind::Unnamed) => "unnamed",
    };
    add(&["speaker=", speaker]);
    add(&["speaker=", speaker, "&class=", class]);

    // Around the cue: negation, a question, a quotation it stands in.
    if let Some(cue) = &d.cue {
        let before = cue.start.checked_sub(1);
        if before.is_some_and(|b| doc.class(b) == Some(WordClass::Negation)) {
            add(&["negated"]);
        }
        if before.is_some_and(|b| doc.class(b) == Some(WordClass::Auxiliary)) {
            add(&["after-auxiliary"]);
        }
        if doc.quotes.is_quoted(cue.start) {
            add(&["cue-in-quotation"]);
        }
        let sentence = doc.sentence_tokens(cue.start);
        if sentence.end > sentence.start && doc.is(sentence.end - 1, "?") {
            add(&["question"]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::{candidates, find};
    use crate::mentions;

    fn stages(text: &str) -> (Document<'_>, Vec<crate::mentions::Mention>) {
        let doc = Document::new(text);
        let found = mentions::find(&doc);
        (doc, found)
    }

    #[test]
    fn the_model_loads_with_thresholds_inside_zero_one() {
        for class in [CueClass::Speech, CueClass::Thought] {
            assert!((0.0..1.0).contains(&threshold(class)), "{class:?}: {}", threshold(class));
        }
        assert!(model().len() > 100, "weights: {}", model().len());
    }

    #[test]
    fn a_quotation_with_a_named_speaker_is_surer_than_a_bare_belief() {
        let text = "“We will stay the course,” Mark Rutte said. Critics argue the plan is weak.";
        let (doc, found) = stages(text);
        let chains = Chains::build(&doc, &found);
        let drafts = candidates(&doc, &found, &chains).drafts;
        assert_eq!(drafts.len(), 2);
        assert!(drafts.iter().all(|d| (0.0..=1.0).contains(&d.confidence)));
        assert!(drafts[0].confidence > drafts[1].confidence, "{} vs {}", drafts[0].confidence, drafts[1].confidence);
    }

    #[test]
    fn claims_below_the_threshold_are_dropped_and_the_rest_kept() {
        let text = include_str!("../../www/sample.txt");
        let (doc, found) = stages(text);
        let chains = Chains::build(&doc, &found);
        let all = candidates(&doc, &found, &chains).drafts;
        let kept = find(&doc, &found, &chains).drafts;
        let expected: Vec<&Draft> =
            all.iter().filter(|d| d.cue.is_none() || d.confidence >= threshold(d.class)).collect();
        assert_eq!(kept.iter().collect::<Vec<_>>(), expected);
    }
}
