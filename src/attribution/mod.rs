//! Attribution: claims with their content, cue and source, tied to a speaker.
//!
//! 1. [`cues`] finds the words that mark attributions: verbs of saying and thinking in every
//!    inflection, multiword cues ("according to", "pointed out"), a passive with its agent, a
//!    colon after a source, a dash after a quotation.
//! 2. [`claims`] reads the source ([`sources`]) and the content ([`content`]) around each cue,
//!    in the patterns news uses: source before or after the cue, content after it ("Rutte noted
//!    that …") or before it ("…, the source added"), around it ("…, Rutte noted, …"), or in a
//!    quotation; [`content_end`] ends reported content at a comma or dash where its learned
//!    model says the content stops.
//! 3. [`speakers`] resolves each source to a coreference chain: a name, a pronoun, a
//!    description.
//! 4. [`continuations`] gives the quotations no cue claimed to the claim they continue
//!    ("“…,” Rutte said. “More …”") or to the speaker of the paragraph before, and leaves scare
//!    quotes and titles alone.
//! 5. [`confidence`] scores each claim and drops those below its threshold. It and
//!    [`content_end`] are logistic models over named features ([`logistic`]).

mod claims;
pub(crate) mod confidence;
mod content;
pub(crate) mod content_end;
mod continuations;
mod cues;
mod logistic;
mod sources;
mod speakers;

use std::ops::Range;

use crate::analysis::{ClaimKind, SourceKind};
use crate::coref::Chains;
use crate::document::Document;
use crate::lexicon::{CueClass, FastMap, FastSet};
use crate::mentions::Mention;

pub(crate) use cues::CueShape;
pub(crate) use speakers::{unnamed_key, SourceMention};

/// A claim as found, in tokens; the pipeline turns it into the public [`crate::Claim`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Draft {
    /// The tokens of the source, as written.
    pub source: Option<Range<usize>>,
    /// The tokens of the cue.
    pub cue: Option<Range<usize>>,
    /// The content pieces, in text order.
    pub content: Vec<Range<usize>>,
    /// Direct, mixed or indirect, from the content's quote marks.
    pub kind: ClaimKind,
    /// What the cue reports.
    pub class: CueClass,
    /// The chain the source refers to.
    pub speaker: Option<usize>,
    /// How the cue combines with source and content; `None` for a quotation that continues
    /// another claim.
    pub shape: Option<CueShape>,
    /// How likely this is a claim a reader would mark ([`confidence`]).
    pub confidence: f32,
    /// Who stands behind it ([`speakers::source_kind`]).
    pub source_kind: SourceKind,
}

impl Draft {
    /// A claim without a speaker yet; its kind is set when attribution is done.
    fn new(
        source: Option<Range<usize>>,
        cue: Option<Range<usize>>,
        content: Vec<Range<usize>>,
        class: CueClass,
    ) -> Draft {
        Draft {
            source,
            cue,
            content,
            kind: ClaimKind::Indirect,
            class,
            speaker: None,
            shape: None,
            confidence: 1.0,
            source_kind: SourceKind::None,
        }
    }

    /// The first token of the claim (content, cue or source).
    pub(crate) fn first_token(&self) -> usize {
        let content = self.content.first().map(|r| r.start);
        [content, self.cue.as_ref().map(|c| c.start), self.source.as_ref().map(|s| s.start)]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(usize::MAX)
    }
}

/// What attribution found: the claims, and the pronouns and descriptions that its sources add
/// to the coreference chains.
#[derive(Clone, Debug, Default)]
pub(crate) struct Attributions {
    /// The claims, sorted by their first token.
    pub drafts: Vec<Draft>,
    /// Sources that refer to a chain by pronoun or description.
    pub sources: Vec<SourceMention>,
}

/// Finds the claims of `doc`, with speakers resolved against `chains`.
pub(crate) fn find(doc: &Document, mentions: &[Mention], chains: &Chains) -> Attributions {
    // A quotation continues a claim that will be kept, not a candidate below its threshold: in
    // "“…,” said Sucher, a professor who focuses on ethics. “…”" the second quotation is
    // Sucher's, not a piece of "focuses on" (dropped).
    let mut found =
        found_with(doc, mentions, chains, Ends::Learned, |d| d.confidence >= confidence::threshold(d.class));
    // A quotation that continues a claim has no cue of its own to judge: it is kept, with its
    // confidence.
    let kept = |d: &Draft| d.cue.is_none() || d.confidence >= confidence::threshold(d.class);
    let dropped: Vec<Range<usize>> =
        found.drafts.iter().filter(|d| !kept(d)).filter_map(|d| d.source.clone()).collect();
    found.drafts.retain(kept);
    if !dropped.is_empty() {
        // The pronouns and descriptions of dropped claims name no one any more.
        let kept: FastSet<Range<usize>> = found.drafts.iter().filter_map(|d| d.source.clone()).collect();
        let dropped: FastSet<Range<usize>> = dropped.into_iter().filter(|s| !kept.contains(s)).collect();
        found.sources.retain(|s| !dropped.contains(&s.tokens));
    }
    found
}

/// Every claim the rules find, each with its confidence, none dropped — the rows the claim scorer
/// is fitted on. A quotation continues the claim before it whatever its confidence, so that the
/// rows do not depend on the weights they fit. (Evaluation and tests only: not in the WebAssembly
/// build.)
#[cfg(any(test, not(target_arch = "wasm32")))]
pub(crate) fn candidates(doc: &Document, mentions: &[Mention], chains: &Chains) -> Attributions {
    found_with(doc, mentions, chains, Ends::Learned, |_| true)
}

/// Every claim the rules find, as [`candidates`], with each content running to the end the
/// rules give it: the rows the content-end model is fitted on. (Evaluation only: not in the
/// WebAssembly build.)
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn candidates_with_rule_ends(doc: &Document, mentions: &[Mention], chains: &Chains) -> Attributions {
    found_with(doc, mentions, chains, Ends::Rules, |_| true)
}

/// Where reported content ends: where the rules end its clause, or also where the learned
/// model ([`content_end`]) stops it at a comma or dash before that.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ends {
    /// For fitting the model (evaluation only: not in the WebAssembly build).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    Rules,
    Learned,
}

/// Every claim the rules find, each with its confidence and its content ending as `ends` says;
/// quotations that no cue claimed go on with a claim for which `takes_quotations` holds.
fn found_with(
    doc: &Document,
    mentions: &[Mention],
    chains: &Chains,
    ends: Ends,
    takes_quotations: impl Fn(&Draft) -> bool,
) -> Attributions {
    let mut drafts: Vec<Draft> = Vec::new();
    // Two cues can attribute the same words ("said … adding"): the first keeps them. Contents
    // are known by a hash, and compared when hashes meet.
    let mut seen: FastMap<u64, usize> = FastMap::default();
    for cue in cues::find(doc, mentions) {
        let Some(mut draft) = claims::from_cue(doc, &cue, &drafts) else { continue };
        draft.shape = Some(cue.shape);
        let hash = content_hash(&draft.content);
        if seen.get(&hash).is_some_and(|&d| drafts[d].content == draft.content) {
            continue;
        }
        seen.entry(hash).or_insert(drafts.len());
        drafts.push(draft);
    }
    drop(seen);
    drafts.sort_by_key(Draft::first_token);
    if ends == Ends::Learned {
        content_end::cut(doc, &mut drafts);
    }
    drop_nested_thoughts(&mut drafts);
    bound_nesting(doc, &mut drafts);
    let sources = speakers::resolve(doc, mentions, chains, &mut drafts);
    for draft in &mut drafts {
        include_complementizer(doc, draft);
        describe(doc, chains, draft);
    }
    let pieces: Vec<usize> = drafts.iter().map(|d| d.content.len()).collect();
    continuations::attach(doc, &mut drafts, takes_quotations);
    // Described again: the claims that took a quotation, and those made of one.
    for (i, draft) in drafts.iter_mut().enumerate() {
        if pieces.get(i).is_none_or(|&n| n != draft.content.len()) {
            describe(doc, chains, draft);
        }
    }
    drafts.sort_by_key(Draft::first_token);
    Attributions { drafts, sources }
}

/// Sets what follows from a draft's spans: its kind, its source's kind and its confidence.
fn describe(doc: &Document, chains: &Chains, draft: &mut Draft) {
    draft.kind = content::kind_of(doc, &draft.content);
    draft.source_kind = speakers::source_kind(doc, chains, draft);
    draft.confidence = confidence::score(doc, chains, draft);
}

/// "said that it rains": the "that" between the cue and its content opens the reported clause,
/// as PolNeAR and GUM mark it.
fn include_complementizer(doc: &Document, draft: &mut Draft) {
    let (Some(cue), Some(first)) = (&draft.cue, draft.content.first_mut()) else { return };
    // "that, if elected, he …" too.
    if let Some(that) = content::complementizer_before(doc, first.start).filter(|&t| t >= cue.end) {
        first.start = that;
    }
}

/// A hash of a claim's content pieces.
fn content_hash(content: &[Range<usize>]) -> u64 {
    use std::hash::BuildHasher;
    crate::lexicon::FastHashBuilder::default().hash_one(content)
}

/// The claims found so far whose cue lies in the sentence that starts at `s0`, latest first, no
/// more than [`MAX_SENTENCE_CLAIMS`] (claims are found in cue order, so this looks back no
/// further than the sentence).
fn in_sentence(previous: &[Draft], s0: usize) -> impl Iterator<Item = &Draft> {
    previous.iter().rev().take(MAX_SENTENCE_CLAIMS).take_while(move |d| d.cue.as_ref().is_some_and(|c| c.start >= s0))
}

/// How many earlier claims of its sentence a claim looks back on (for a borrowed subject, or an
/// attribution of the words before a quotation): real sentences hold a handful.
const MAX_SENTENCE_CLAIMS: usize = 8;

/// The most cues of other claims that a claim's content may hold ("Rutte said that officials
/// told him that …" holds one).
const MAX_NESTED_CUES: usize = 3;

/// Cuts contents that hold more than [`MAX_NESTED_CUES`] cues of other claims down to the
/// [`MAX_NESTED_CUES`] nearest their own cue, so that no token lies inside more than a few
/// claims whatever the text (a sentence of "X said that" repeated nests no deeper).
fn bound_nesting(doc: &Document, drafts: &mut [Draft]) {
    let mut cues: Vec<usize> = drafts.iter().filter_map(|d| d.cue.as_ref().map(|c| c.start)).collect();
    cues.sort_unstable();
    for d in drafts.iter_mut() {
        let Some(own) = d.cue.as_ref().map(|c| c.start) else { continue };
        for piece in &mut d.content {
            let inside = &cues[cues.partition_point(|&c| c < piece.start)..cues.partition_point(|&c| c < piece.end)];
            let inside: Vec<usize> = inside.iter().copied().filter(|&c| c != own).collect();
            if inside.len() <= MAX_NESTED_CUES {
                continue;
            }
            *piece = if piece.start > own {
                content::trim(doc, piece.start..inside[MAX_NESTED_CUES])
            } else {
                content::trim(doc, inside[inside.len() - MAX_NESTED_CUES - 1] + 1..piece.end)
            };
        }
        d.content.retain(|r| !r.is_empty());
    }
}

/// Drops a belief or finding reported inside another claim's content ("Fowler said he expects
/// …"): the outer claim already holds it.
fn drop_nested_thoughts(drafts: &mut Vec<Draft>) {
    let outer =
        Coverage::new(drafts.iter().filter(|d| d.class == CueClass::Speech).flat_map(|d| d.content.iter().cloned()));
    drafts.retain(|d| d.class == CueClass::Speech || !d.cue.as_ref().is_some_and(|c| outer.contains(c.start)));
}

/// A set of token ranges that answers "does any range hold token `i`?" in `O(log n)`.
struct Coverage {
    /// Ranges sorted by start.
    ranges: Vec<Range<usize>>,
    /// `max_end[k]`: the largest end among `ranges[..=k]`.
    max_end: Vec<usize>,
}

impl Coverage {
    fn new(ranges: impl Iterator<Item = Range<usize>>) -> Coverage {
        let mut ranges: Vec<Range<usize>> = ranges.collect();
        ranges.sort_by_key(|r| r.start);
        let max_end = ranges
            .iter()
            .scan(0, |m, r| {
                *m = (*m).max(r.end);
                Some(*m)
            })
            .collect();
        Coverage { ranges, max_end }
    }

    fn contains(&self, i: usize) -> bool {
        let n = self.ranges.partition_point(|r| r.start <= i);
        n > 0 && self.max_end[n - 1] > i
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::{cue_phrases, cue_verbs, PhraseRole, VerbForm};

    /// (source, cue, content) of each claim the rules find in `text`, whatever its confidence.
    fn claims(text: &str) -> Vec<(String, String, Vec<String>)> {
        let doc = crate::document::Document::new(text);
        let mentions = crate::mentions::find(&doc);
        let chains = crate::coref::Chains::build(&doc, &mentions);
        let of = |r: &Option<std::ops::Range<usize>>| r.clone().map_or(String::new(), |r| doc.slice(r).to_string());
        super::candidates(&doc, &mentions, &chains)
            .drafts
            .iter()
            .map(|d| {
                (of(&d.source), of(&d.cue), d.content.iter().map(|r| doc.slice(r.clone()).to_lowercase()).collect())
            })
            .collect()
    }

    #[test]
    fn every_cue_verb_form_is_reachable() {
        let mut unreachable = Vec::new();
        for (form, verb) in cue_verbs() {
            let (text, source) = match verb.form {
                VerbForm::Base => (format!("Smith and Jones {form} that the plan had failed."), "Smith and Jones"),
                VerbForm::ThirdPerson | VerbForm::Past => (format!("Smith {form} that the plan had failed."), "Smith"),
                VerbForm::Participle => (format!("Smith has {form} that the plan had failed."), "Smith"),
                VerbForm::Gerund => (format!("Smith spoke on Monday, {form} that the plan had failed."), "Smith"),
            };
            let expected = (source.to_string(), form.to_string(), vec!["that the plan had failed".to_string()]);
            if !claims(&text).contains(&expected) {
                unreachable.push(text);
            }
        }
        assert!(unreachable.is_empty(), "unreachable cue forms: {unreachable:#?}");
    }

    #[test]
    fn a_stance_in_a_relative_clause_takes_its_object_not_the_predicate_after_it() {
        let found = claims("Voters who support Sanders are young.");
        assert_eq!(found, [("who".to_string(), "support".to_string(), vec!["sanders".to_string()])]);
    }

    #[test]
    fn an_intention_in_a_relative_clause_takes_its_infinitive_up_to_the_predicate_after_it() {
        let found = claims("The novice who wants to unseat Rep. Debbie Wasserman Schultz is reaping big rewards.");
        let content = vec!["to unseat rep. debbie wasserman schultz".to_string()];
        assert_eq!(found, [("who".to_string(), "wants".to_string(), content)]);
    }

    #[test]
    fn an_expletive_it_is_no_part_of_how_something_seems() {
        let found = claims("It seemed like the members had decided to find common ground.");
        let seeming = (
            "".to_string(),
            "seemed".to_string(),
            vec!["like the members had decided to find common ground".to_string()],
        );
        assert!(found.contains(&seeming), "{found:?}");
    }

    #[test]
    fn every_cue_phrase_is_reachable() {
        for phrase in cue_phrases() {
            let words = phrase.words.join(" ");
            let (text, cue, content) = match phrase.role {
                PhraseRole::SourceAfter => (format!("The plan had failed, {words} Smith."), words.clone(), "the plan"),
                PhraseRole::Verb => {
                    (format!("Smith {words} that the plan had failed."), words.clone(), "that the plan")
                }
                PhraseRole::Adjunct => {
                    (format!("Smith said {words} that the plan had failed."), "said".to_string(), "that the plan")
                }
            };
            let expected = ("Smith".to_string(), cue, vec![format!("{content} had failed")]);
            assert!(claims(&text).contains(&expected), "{text}: {:?}", claims(&text));
        }
    }
}
