//! Attribution: claims with their content, cue and source, tied to a speaker.
//!
//! 1. [`cues`] finds the words that mark attributions: verbs of saying and thinking in every
//!    inflection, multiword cues ("according to", "pointed out"), a passive with its agent, a
//!    colon after a source, a dash after a quotation.
//! 2. [`claims`] reads the source and the content around each cue, in the patterns news uses:
//!    source before or after the cue, content after it ("Rutte noted that …") or before it
//!    ("…, the source added"), around it ("…, Rutte noted, …"), or in a quotation.
//! 3. [`speakers`] resolves each source to an entity: a name, a pronoun, a description.
//! 4. [`quotations`] gives the quotations no cue claimed to the claim they continue
//!    ("“…,” Rutte said. “More …”") or to the speaker of the paragraph before, and leaves scare
//!    quotes and titles alone.

mod claims;
mod content;
pub mod cues;
mod quotations;
mod speakers;

use crate::lexicon::FastSet;
use std::ops::Range;

use crate::coref::Entities;
use crate::document::Document;
use crate::lexicon::CueClass;
use crate::mentions::Mention;

/// A claim as found, in tokens; [`crate::analysis`] turns it into the public [`crate::Claim`].
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The tokens of the source, as written.
    pub source: Option<Range<usize>>,
    /// The tokens of the cue.
    pub cue: Option<Range<usize>>,
    /// The content pieces, in text order.
    pub content: Vec<Range<usize>>,
    /// What the cue reports.
    pub class: CueClass,
    /// The entity the source refers to.
    pub speaker: Option<usize>,
}

impl Draft {
    fn new(
        source: Option<Range<usize>>,
        cue: Option<Range<usize>>,
        content: Vec<Range<usize>>,
        class: CueClass,
    ) -> Draft {
        Draft { source, cue, content, class, speaker: None }
    }

    /// The first token of the claim (content, cue or source).
    pub fn first_token(&self) -> usize {
        let mut first = self.content.first().map_or(usize::MAX, |r| r.start);
        if let Some(c) = &self.cue {
            first = first.min(c.start);
        }
        if let Some(s) = &self.source {
            first = first.min(s.start);
        }
        first
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

/// Finds the claims of `doc`, with speakers resolved against `entities` (which gain the
/// pronoun and description mentions that are sources).
pub fn find(doc: &Document, mentions: &[Mention], entities: &mut Entities) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut contents: FastSet<Vec<Range<usize>>> = FastSet::default();
    for cue in cues::find(doc, mentions) {
        if let Some(draft) = claims::from_cue(doc, &cue, &drafts) {
            if contents.insert(draft.content.clone()) {
                drafts.push(draft);
            }
        }
    }
    drafts.sort_by_key(Draft::first_token);
    drop_nested_thoughts(&mut drafts);
    speakers::resolve(doc, mentions, entities, &mut drafts);
    quotations::attach(doc, &mut drafts);
    drafts
}
