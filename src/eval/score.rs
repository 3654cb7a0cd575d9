//! Scoring predictions against gold, by the rules of `shared/corpus/FORMAT.md`.

use std::collections::HashMap;

use super::gold::{GoldDocument, Pair};
use crate::analysis::{Analysis, EntityKind};
use crate::span::Span;

/// Counts for precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predictions that match.
    pub true_positives: usize,
    /// All predictions.
    pub predicted: usize,
    /// All gold items.
    pub gold: usize,
    /// Gold items matched (equal to `true_positives` except where the slice excludes some
    /// predictions).
    pub found: usize,
}

impl Counts {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }

    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }

    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Counts) {
        self.true_positives += other.true_positives;
        self.predicted += other.predicted;
        self.gold += other.gold;
        self.found += other.found;
    }
}

/// A share: right out of all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accuracy {
    /// Right.
    pub right: usize,
    /// All.
    pub total: usize,
}

impl Accuracy {
    /// The share, 0 when there is nothing to count.
    pub fn value(&self) -> f64 {
        ratio(self.right, self.total)
    }

    fn add(&mut self, other: Accuracy) {
        self.right += other.right;
        self.total += other.total;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The figures for a set of claims.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimScores {
    /// Claims found.
    pub claims: Counts,
    /// Source right, among matched claims with a gold source.
    pub source: Accuracy,
    /// Cue right, among matched claims.
    pub cue: Accuracy,
    /// Per kind ("direct", "mixed", "indirect"): recall over gold of the kind, precision over
    /// predictions of the kind.
    pub by_kind: HashMap<&'static str, Counts>,
}

impl ClaimScores {
    fn add(&mut self, other: &ClaimScores) {
        self.claims.add(other.claims);
        self.source.add(other.source);
        self.cue.add(other.cue);
        for (k, c) in &other.by_kind {
            self.by_kind.entry(k).or_default().add(*c);
        }
    }
}

/// All figures for one document or a corpus.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    /// Documents scored.
    pub documents: usize,
    /// Places, exact spans.
    pub places_exact: Counts,
    /// Places, overlapping spans.
    pub places_overlap: Counts,
    /// People mentions, exact spans.
    pub people_exact: Counts,
    /// People mentions, overlapping spans.
    pub people_overlap: Counts,
    /// All claims.
    pub all_claims: ClaimScores,
    /// Claims whose gold cue is a verb of saying or "according to".
    pub speech_claims: ClaimScores,
}

impl Scores {
    /// Adds another document's figures.
    pub fn add(&mut self, other: &Scores) {
        self.documents += other.documents;
        self.places_exact.add(other.places_exact);
        self.places_overlap.add(other.places_overlap);
        self.people_exact.add(other.people_exact);
        self.people_overlap.add(other.people_overlap);
        self.all_claims.add(&other.all_claims);
        self.speech_claims.add(&other.speech_claims);
    }
}

/// What became of each claim, for the error report.
#[derive(Clone, Debug, Default)]
pub struct ClaimOutcome {
    /// Gold claims (index) with no matching prediction.
    pub missed: Vec<usize>,
    /// Predictions (index) matching no gold claim.
    pub spurious: Vec<usize>,
    /// Matched pairs (gold, predicted) whose source was wrong.
    pub wrong_source: Vec<(usize, usize)>,
    /// Matched pairs (gold, predicted) whose cue was wrong.
    pub wrong_cue: Vec<(usize, usize)>,
    /// Places and people mentions: (layer, span) missed (gold only).
    pub missed_spans: Vec<(&'static str, Pair)>,
    /// Places and people mentions: (layer, span) predicted but not in gold.
    pub spurious_spans: Vec<(&'static str, Pair)>,
}

/// Byte offsets to code-point offsets.
pub struct CodePoints {
    starts: Vec<usize>,
}

impl CodePoints {
    /// Indexes `text`.
    pub fn new(text: &str) -> CodePoints {
        CodePoints { starts: text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect() }
    }

    /// The code-point range of a byte span.
    pub fn pair(&self, span: Span) -> Pair {
        (self.starts.partition_point(|&b| b < span.start), self.starts.partition_point(|&b| b < span.end))
    }
}

fn overlap(a: Pair, b: Pair) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

fn overlap_sets(a: &[Pair], b: &[Pair]) -> usize {
    a.iter().map(|&x| b.iter().map(|&y| overlap(x, y)).sum::<usize>()).sum()
}

fn length(a: &[Pair]) -> usize {
    a.iter().map(|p| p.1 - p.0).sum()
}

/// Exact and overlap matching of two span lists.
fn spans(predicted: &[Pair], gold: &[Pair]) -> (Counts, Counts) {
    let gold_set: std::collections::HashSet<Pair> = gold.iter().copied().collect();
    let mut exact_hits = 0;
    let mut used = std::collections::HashSet::new();
    for p in predicted {
        if gold_set.contains(p) && used.insert(*p) {
            exact_hits += 1;
        }
    }
    let exact = Counts { true_positives: exact_hits, predicted: predicted.len(), gold: gold.len(), found: exact_hits };
    // Overlap: one-to-one, greedy, largest overlap first.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (i, &p) in predicted.iter().enumerate() {
        for (j, &g) in gold.iter().enumerate() {
            let o = overlap(p, g);
            if o > 0 {
                pairs.push((o, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut pu, mut gu) = (vec![false; predicted.len()], vec![false; gold.len()]);
    let mut hits = 0;
    for (_, i, j) in pairs {
        if !pu[i] && !gu[j] {
            pu[i] = true;
            gu[j] = true;
            hits += 1;
        }
    }
    (exact, Counts { true_positives: hits, predicted: predicted.len(), gold: gold.len(), found: hits })
}

/// A prediction in gold coordinates.
pub struct Predicted {
    /// Kind name.
    pub kind: &'static str,
    /// Content pieces.
    pub content: Vec<Pair>,
    /// Source, if any.
    pub source: Option<Pair>,
    /// Cue, if any.
    pub cue: Option<Pair>,
    /// Speaker's canonical name, if any.
    pub speaker: Option<String>,
}

/// Converts the claims of `analysis` to gold coordinates.
pub fn predicted_claims(text: &str, analysis: &Analysis) -> Vec<Predicted> {
    let cp = CodePoints::new(text);
    analysis
        .claims
        .iter()
        .map(|c| Predicted {
            kind: c.kind.as_str(),
            content: c.content.iter().map(|&s| cp.pair(s)).collect(),
            source: c.source.map(|s| cp.pair(s)),
            cue: c.cue.map(|s| cp.pair(s)),
            speaker: c.speaker.map(|s| analysis.entities[s].name.clone()),
        })
        .collect()
}

/// Matches predicted to gold claims: content overlap covering half of each, best first,
/// one-to-one. Returns (gold index, predicted index) pairs.
pub fn match_claims(gold: &GoldDocument, predicted: &[Predicted]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (g, gc) in gold.claims.iter().enumerate() {
        let gl = length(&gc.content);
        for (p, pc) in predicted.iter().enumerate() {
            let o = overlap_sets(&gc.content, &pc.content);
            let pl = length(&pc.content);
            if o > 0 && 2 * o >= gl && 2 * o >= pl {
                let score = o as f64 / gl.max(pl) as f64;
                pairs.push((score, g, p));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap().then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut gu, mut pu) = (vec![false; gold.claims.len()], vec![false; predicted.len()]);
    let mut matched = Vec::new();
    for (_, g, p) in pairs {
        if !gu[g] && !pu[p] {
            gu[g] = true;
            pu[p] = true;
            matched.push((g, p));
        }
    }
    matched
}

fn same_person(a: &str, b: &str) -> bool {
    a == b || a.rsplit(' ').next() == b.rsplit(' ').next()
}

/// Scores one document.
pub fn score(gold: &GoldDocument, analysis: &Analysis) -> (Scores, ClaimOutcome) {
    let text = &gold.text;
    let cp = CodePoints::new(text);
    let mut scores = Scores { documents: 1, ..Scores::default() };
    let mut outcome = ClaimOutcome::default();
    if gold.has("places") {
        let predicted: Vec<Pair> = analysis
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            .flat_map(|e| e.mentions.iter().map(|&s| cp.pair(s)))
            .collect();
        (scores.places_exact, scores.places_overlap) = spans(&predicted, &gold.places);
        span_errors(&mut outcome, "place", &predicted, &gold.places);
    }
    if gold.has("people") {
        let predicted: Vec<Pair> = analysis
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .flat_map(|e| e.mentions.iter().map(|&s| cp.pair(s)))
            .collect();
        let gold_mentions: Vec<Pair> = gold.people.iter().flat_map(|p| p.mentions.iter().copied()).collect();
        (scores.people_exact, scores.people_overlap) = spans(&predicted, &gold_mentions);
        span_errors(&mut outcome, "person", &predicted, &gold_mentions);
    }
    if gold.has("claims") {
        let predicted = predicted_claims(text, analysis);
        let matched = match_claims(gold, &predicted);
        let pred_match: HashMap<usize, usize> = matched.iter().map(|&(g, p)| (p, g)).collect();
        let gold_match: HashMap<usize, usize> = matched.iter().map(|&(g, p)| (g, p)).collect();
        for speech_only in [false, true] {
            let mut s = ClaimScores::default();
            for (g, gc) in gold.claims.iter().enumerate() {
                if speech_only && !gc.speech {
                    continue;
                }
                let kind = kind_name(&gc.kind);
                s.claims.gold += 1;
                s.by_kind.entry(kind).or_default().gold += 1;
                if let Some(&p) = gold_match.get(&g) {
                    s.claims.found += 1;
                    s.by_kind.entry(kind).or_default().found += 1;
                    let pc = &predicted[p];
                    if !gc.source.is_empty() {
                        s.source.total += 1;
                        let overlaps = pc.source.is_some_and(|ps| gc.source.iter().any(|&gs| overlap(ps, gs) > 0));
                        let names = matches!((&gc.speaker, &pc.speaker), (Some(a), Some(b)) if same_person(a, b));
                        if overlaps || names {
                            s.source.right += 1;
                        } else if !speech_only {
                            outcome.wrong_source.push((g, p));
                        }
                    }
                    s.cue.total += 1;
                    if pc.cue.is_some_and(|pc| gc.cue.iter().any(|&gq| overlap(pc, gq) > 0)) {
                        s.cue.right += 1;
                    } else if !speech_only {
                        outcome.wrong_cue.push((g, p));
                    }
                } else if !speech_only {
                    outcome.missed.push(g);
                }
            }
            for (p, pc) in predicted.iter().enumerate() {
                let matched_gold = pred_match.get(&p).map(|&g| &gold.claims[g]);
                if speech_only && matched_gold.is_some_and(|g| !g.speech) {
                    continue; // matched to a belief or finding: neither right nor wrong here
                }
                s.claims.predicted += 1;
                let by_kind = s.by_kind.entry(pc.kind).or_default();
                by_kind.predicted += 1;
                if matched_gold.is_some() {
                    s.claims.true_positives += 1;
                    by_kind.true_positives += 1;
                } else if !speech_only {
                    outcome.spurious.push(p);
                }
            }
            if speech_only {
                scores.speech_claims = s;
            } else {
                scores.all_claims = s;
            }
        }
    }
    (scores, outcome)
}

fn span_errors(outcome: &mut ClaimOutcome, layer: &'static str, predicted: &[Pair], gold: &[Pair]) {
    outcome.missed_spans.extend(gold.iter().filter(|g| !predicted.contains(g)).map(|&g| (layer, g)));
    outcome.spurious_spans.extend(predicted.iter().filter(|p| !gold.contains(p)).map(|&p| (layer, p)));
}

fn kind_name(kind: &str) -> &'static str {
    match kind {
        "direct" => "direct",
        "mixed" => "mixed",
        _ => "indirect",
    }
}
