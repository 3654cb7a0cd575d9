//! Scoring predictions against gold, by the rules of `shared/corpus/FORMAT.md`.

use std::collections::{HashMap, HashSet};

use super::gold::{GoldClaim, GoldDocument, Pair};
use crate::analysis::{Analysis, ClaimKind, EntityKind, SourceKind};
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

    fn count(&mut self, right: bool) {
        self.total += 1;
        self.right += usize::from(right);
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
    /// Source kind right, among matched claims whose gold tells it: a gold speaker makes it a
    /// person.
    pub source_kind: Accuracy,
    /// Per kind, in the order of [`ClaimKind::ALL`]: recall over gold claims of the kind,
    /// precision over predictions of the kind.
    pub by_kind: [Counts; 3],
    /// Span-exact, as the published PolNeAR tables count: a predicted source, cue or content is
    /// right when its boundaries equal a gold one's, punctuation and spaces at the edges aside
    /// (one-to-one within a document). In the order of [`ROLES`].
    pub exact: [Counts; 3],
    /// Predicted claims by confidence, in tenths: for the expected calibration error.
    pub calibration: [Bin; 10],
}

/// Predicted claims whose confidence falls in one tenth of [0, 1].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Bin {
    /// How many.
    pub claims: usize,
    /// The sum of their confidences.
    pub confidence: f64,
    /// How many are right: they match a gold claim, or their cue is a gold claim's cue (an
    /// attribution is there, its content cut otherwise).
    pub right: usize,
}

impl ClaimScores {
    /// The expected calibration error: over tenths of confidence, the gap between the mean
    /// confidence and the share of claims right, weighted by the claims in each tenth.
    pub fn calibration_error(&self) -> f64 {
        let total: usize = self.calibration.iter().map(|b| b.claims).sum();
        if total == 0 {
            return 0.0;
        }
        self.calibration.iter().map(|b| (b.confidence - b.right as f64).abs()).sum::<f64>() / total as f64
    }
}

/// The parts of a claim scored span-exact: source, cue, content.
pub const ROLES: [&str; 3] = ["source", "cue", "content"];

impl ClaimScores {
    /// The counts of claims of `kind`.
    pub fn kind(&self, kind: ClaimKind) -> Counts {
        self.by_kind[kind as usize]
    }

    fn add(&mut self, other: &ClaimScores) {
        self.claims.add(other.claims);
        self.source.add(other.source);
        self.cue.add(other.cue);
        self.source_kind.add(other.source_kind);
        for (mine, theirs) in self.by_kind.iter_mut().zip(other.by_kind) {
            mine.add(theirs);
        }
        for (mine, theirs) in self.exact.iter_mut().zip(other.exact) {
            mine.add(theirs);
        }
        for (mine, theirs) in self.calibration.iter_mut().zip(other.calibration) {
            mine.claims += theirs.claims;
            mine.confidence += theirs.confidence;
            mine.right += theirs.right;
        }
    }
}

/// Who said it: the speaker identity of `FORMAT.md`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpeakerScores {
    /// Gold claims with a speaker.
    pub gold: usize,
    /// Of those a predicted source overlaps, the ones whose predicted speaker is the gold person.
    pub identity: Accuracy,
}

impl SpeakerScores {
    /// The share of gold claims with a speaker that a predicted source overlaps.
    pub fn coverage(&self) -> f64 {
        ratio(self.identity.total, self.gold)
    }

    fn add(&mut self, other: SpeakerScores) {
        self.gold += other.gold;
        self.identity.add(other.identity);
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
    /// Who said it, over the claims whose gold source names a person.
    pub speakers: SpeakerScores,
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
        self.speakers.add(other.speakers);
    }
}

/// What became of each gold item and prediction of a document, for the error report.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// Gold claims (index) with no matching prediction.
    pub missed: Vec<usize>,
    /// Predictions (index) matching no gold claim.
    pub spurious: Vec<usize>,
    /// Matched pairs (gold, predicted) whose source was wrong.
    pub wrong_source: Vec<(usize, usize)>,
    /// Matched pairs (gold, predicted) whose cue was wrong.
    pub wrong_cue: Vec<(usize, usize)>,
    /// Gold claims with a speaker (index) and the prediction whose source overlaps theirs but
    /// whose speaker is someone else or no one; `None` when no predicted source overlaps.
    pub wrong_speaker: Vec<(usize, Option<usize>)>,
    /// Places and people mentions: (layer, span) missed (gold only).
    pub missed_spans: Vec<(&'static str, Pair)>,
    /// Places and people mentions: (layer, span) predicted but not in gold.
    pub spurious_spans: Vec<(&'static str, Pair)>,
}

/// Byte offsets to code-point offsets and back.
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

    /// The byte offset of code point `c` (the text's end past it).
    pub fn byte(&self, c: usize) -> usize {
        self.starts[c.min(self.starts.len() - 1)]
    }
}

/// The number of code points two spans share.
pub(crate) fn overlap(a: Pair, b: Pair) -> usize {
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
    let gold_set: HashSet<Pair> = gold.iter().copied().collect();
    let mut used = HashSet::new();
    let exact_hits = predicted.iter().filter(|p| gold_set.contains(p) && used.insert(**p)).count();
    let exact = Counts { true_positives: exact_hits, predicted: predicted.len(), gold: gold.len(), found: exact_hits };
    // Overlap: one-to-one, greedy, largest overlap first. The gold spans sorted by start, with
    // the largest end so far, find the ones a prediction overlaps without trying every pair.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    let mut by_start: Vec<(usize, Pair)> = gold.iter().copied().enumerate().collect();
    by_start.sort_by_key(|&(_, g)| g);
    let max_end: Vec<usize> = by_start
        .iter()
        .scan(0, |m, &(_, g)| {
            *m = (*m).max(g.1);
            Some(*m)
        })
        .collect();
    for (i, &p) in predicted.iter().enumerate() {
        let first = max_end.partition_point(|&end| end <= p.0);
        for &(j, g) in by_start[first..].iter().take_while(|(_, g)| g.0 < p.1) {
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
    /// Its kind.
    pub kind: ClaimKind,
    /// Content pieces.
    pub content: Vec<Pair>,
    /// Source, if any.
    pub source: Option<Pair>,
    /// Cue, if any.
    pub cue: Option<Pair>,
    /// Speaker's canonical name, if any.
    pub speaker: Option<String>,
    /// The claim's confidence.
    pub confidence: f32,
    /// Who stands behind it.
    pub source_kind: SourceKind,
}

/// Converts the claims of `analysis` to gold coordinates.
pub fn predicted_claims(text: &str, analysis: &Analysis) -> Vec<Predicted> {
    let cp = CodePoints::new(text);
    analysis
        .claims
        .iter()
        .map(|c| Predicted {
            kind: c.kind,
            content: c.content.iter().map(|&s| cp.pair(s)).collect(),
            source: c.source.map(|s| cp.pair(s)),
            cue: c.cue.map(|s| cp.pair(s)),
            // Only a person can be the gold speaker: an unnamed source's description may hold a
            // name ("Mathematician Hermann Weyl" untagged) that must not count.
            speaker: c
                .speaker
                .filter(|&s| analysis.entities[s].kind == EntityKind::Person)
                .map(|s| analysis.entities[s].name.clone()),
            confidence: c.confidence,
            source_kind: c.source_kind,
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
                pairs.push((o as f64 / gl.max(pl) as f64, g, p));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
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

/// A name reduced to what identifies a person: lower case, without titles, honorifics,
/// initials and suffixes ("Sen. Ted Cruz" → first "ted", surname "cruz").
struct NameParts {
    first: Option<String>,
    surname: String,
}

impl NameParts {
    fn of(name: &str) -> Option<NameParts> {
        let words: Vec<String> = name
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| c == ',').to_lowercase())
            .filter(|w| {
                let stem = w.trim_end_matches('.');
                let initial = stem.chars().count() == 1;
                let suffix = matches!(stem, "jr" | "sr" | "ii" | "iii" | "iv");
                let title = crate::lexicon::person_noun(w).is_some_and(|n| n.is_title());
                !(initial || suffix || title || stem.is_empty())
            })
            .collect();
        let (surname, rest) = words.split_last()?;
        Some(NameParts { first: rest.first().cloned(), surname: surname.clone() })
    }
}

/// True when `predicted` names the person `gold` names: the same surname, and the same first
/// name or one that begins the other ("Tim" / "Timothy"). A surname alone where the gold gives a
/// first name is not enough.
pub fn same_person(gold: &str, predicted: &str) -> bool {
    let (Some(g), Some(p)) = (NameParts::of(gold), NameParts::of(predicted)) else { return false };
    g.surname == p.surname
        && match (&g.first, &p.first) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(a), Some(b)) => a.starts_with(b.as_str()) || b.starts_with(a.as_str()),
        }
}

/// Scores one document.
pub fn score(gold: &GoldDocument, analysis: &Analysis) -> (Scores, Outcome) {
    let text = &gold.text;
    let cp = CodePoints::new(text);
    let mut scores = Scores { documents: 1, ..Scores::default() };
    let mut outcome = Outcome::default();
    let mentions_of = |kind: EntityKind| -> Vec<Pair> {
        let mut all: Vec<Pair> = analysis
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .flat_map(|e| e.mentions.iter().map(|&s| cp.pair(s)))
            .collect();
        all.sort_unstable();
        all
    };
    if gold.has("places") {
        let predicted = mentions_of(EntityKind::Place);
        (scores.places_exact, scores.places_overlap) = spans(&predicted, &gold.places);
        span_errors(&mut outcome, "place", &predicted, &gold.places);
    }
    if gold.has("people") {
        let predicted = mentions_of(EntityKind::Person);
        let gold_mentions: Vec<Pair> = gold.people.iter().flat_map(|p| p.mentions.iter().copied()).collect();
        (scores.people_exact, scores.people_overlap) = spans(&predicted, &gold_mentions);
        span_errors(&mut outcome, "person", &predicted, &gold_mentions);
    }
    if gold.has("claims") {
        let predicted = predicted_claims(text, analysis);
        let matched = match_claims(gold, &predicted);
        let chars: Vec<char> = text.chars().collect();
        scores.all_claims = score_claims(gold, &predicted, &matched, false, &chars, &mut outcome);
        scores.speech_claims = score_claims(gold, &predicted, &matched, true, &chars, &mut Outcome::default());
        scores.speakers = score_speakers(gold, &predicted, &matched, &mut outcome);
    }
    (scores, outcome)
}

/// The claim figures over every gold claim, or (`speech_only`) over the speech claims, where a
/// prediction matched to a belief or finding is neither right nor wrong. Long because its two
/// passes, over the gold claims and over the predictions, fill one set of counts.
fn score_claims(
    gold: &GoldDocument,
    predicted: &[Predicted],
    matched: &[(usize, usize)],
    speech_only: bool,
    chars: &[char],
    outcome: &mut Outcome,
) -> ClaimScores {
    let mut s = ClaimScores::default();
    let mut gold_roles: [Vec<Vec<Pair>>; 3] = Default::default();
    let mut predicted_roles: [Vec<Vec<Pair>>; 3] = Default::default();
    let mut gold_match = vec![None; gold.claims.len()];
    let mut pred_match = vec![None; predicted.len()];
    for &(g, p) in matched {
        gold_match[g] = Some(p);
        pred_match[p] = Some(g);
    }
    for (g, gc) in gold.claims.iter().enumerate().filter(|(_, gc)| gc.speech || !speech_only) {
        s.claims.gold += 1;
        s.by_kind[gc.kind as usize].gold += 1;
        for (role, pieces) in [&gc.source, &gc.cue, &gc.content].into_iter().enumerate() {
            if !pieces.is_empty() {
                gold_roles[role].push(trimmed(chars, pieces));
            }
        }
        let Some(p) = gold_match[g] else {
            outcome.missed.push(g);
            continue;
        };
        s.claims.found += 1;
        s.by_kind[gc.kind as usize].found += 1;
        let pc = &predicted[p];
        if !gc.source.is_empty() {
            let overlaps = pc.source.is_some_and(|ps| gc.source.iter().any(|&gs| overlap(ps, gs) > 0));
            let names = matches!((&gc.speaker, &pc.speaker), (Some(a), Some(b)) if same_person(a, b));
            s.source.count(overlaps || names);
            if !(overlaps || names) {
                outcome.wrong_source.push((g, p));
            }
        }
        if gc.speaker.is_some() {
            s.source_kind.count(pc.source_kind == SourceKind::Person);
        }
        let cue_right = pc.cue.is_some_and(|pc| gc.cue.iter().any(|&gq| overlap(pc, gq) > 0));
        s.cue.count(cue_right);
        if !cue_right {
            outcome.wrong_cue.push((g, p));
        }
    }
    for (p, pc) in predicted.iter().enumerate() {
        let matched_gold = pred_match[p].map(|g| &gold.claims[g]);
        if speech_only && matched_gold.is_some_and(|g: &GoldClaim| !g.speech) {
            continue; // matched to a belief or finding: neither right nor wrong here
        }
        s.claims.predicted += 1;
        s.by_kind[pc.kind as usize].predicted += 1;
        let roles = [pc.source.as_slice(), pc.cue.as_slice(), pc.content.as_slice()];
        for (role, pieces) in roles.into_iter().enumerate() {
            if !pieces.is_empty() {
                predicted_roles[role].push(trimmed(chars, pieces));
            }
        }
        let cue_found = pc.cue.is_some_and(|pq| gold.claims.iter().flat_map(|g| &g.cue).any(|&gq| overlap(pq, gq) > 0));
        let bin = &mut s.calibration[((pc.confidence * 10.0) as usize).min(9)];
        bin.claims += 1;
        bin.confidence += f64::from(pc.confidence);
        bin.right += usize::from(matched_gold.is_some() || cue_found);
        if matched_gold.is_some() {
            s.claims.true_positives += 1;
            s.by_kind[pc.kind as usize].true_positives += 1;
        } else {
            outcome.spurious.push(p);
        }
    }
    for (role, counts) in s.exact.iter_mut().enumerate() {
        *counts = exact_matches(&predicted_roles[role], &gold_roles[role]);
    }
    s
}

/// Pieces without the spaces and punctuation at their edges; pieces left empty dropped.
fn trimmed(chars: &[char], pieces: &[Pair]) -> Vec<Pair> {
    let edge = |c: char| c.is_whitespace() || (!c.is_alphanumeric() && c != '%' && c != '$');
    pieces
        .iter()
        .map(|&(mut a, mut b)| {
            b = b.min(chars.len());
            while a < b && edge(chars[a]) {
                a += 1;
            }
            while b > a && edge(chars[b - 1]) {
                b -= 1;
            }
            (a, b)
        })
        .filter(|(a, b)| a < b)
        .collect()
}

/// Span-exact counts: predicted and gold span lists paired when equal, one-to-one.
fn exact_matches(predicted: &[Vec<Pair>], gold: &[Vec<Pair>]) -> Counts {
    let mut left: HashMap<&[Pair], usize> = HashMap::new();
    for g in gold {
        *left.entry(g.as_slice()).or_default() += 1;
    }
    let mut hits = 0;
    for p in predicted {
        if let Some(n) = left.get_mut(p.as_slice()).filter(|n| **n > 0) {
            *n -= 1;
            hits += 1;
        }
    }
    Counts { true_positives: hits, predicted: predicted.len(), gold: gold.len(), found: hits }
}

/// Speaker identity: for each gold claim with a speaker, the prediction whose source overlaps
/// the gold source (the matched claim's first), and whether it names the same person.
fn score_speakers(
    gold: &GoldDocument,
    predicted: &[Predicted],
    matched: &[(usize, usize)],
    outcome: &mut Outcome,
) -> SpeakerScores {
    let mut s = SpeakerScores::default();
    let covers =
        |p: &Predicted, gc: &GoldClaim| p.source.is_some_and(|ps| gc.source.iter().any(|&gs| overlap(ps, gs) > 0));
    for (g, gc) in gold.claims.iter().enumerate() {
        let Some(name) = &gc.speaker else { continue };
        s.gold += 1;
        let paired = matched.iter().find(|&&(mg, _)| mg == g).map(|&(_, p)| p).filter(|&p| covers(&predicted[p], gc));
        let Some(p) = paired.or_else(|| predicted.iter().position(|pc| covers(pc, gc))) else {
            outcome.wrong_speaker.push((g, None));
            continue;
        };
        let right = predicted[p].speaker.as_deref().is_some_and(|ps| same_person(name, ps));
        s.identity.count(right);
        if !right {
            outcome.wrong_speaker.push((g, Some(p)));
        }
    }
    s
}

fn span_errors(outcome: &mut Outcome, layer: &'static str, predicted: &[Pair], gold: &[Pair]) {
    let (gold_set, predicted_set): (HashSet<Pair>, HashSet<Pair>) =
        (gold.iter().copied().collect(), predicted.iter().copied().collect());
    outcome.missed_spans.extend(gold.iter().filter(|g| !predicted_set.contains(g)).map(|&g| (layer, g)));
    outcome.spurious_spans.extend(predicted.iter().filter(|p| !gold_set.contains(p)).map(|&p| (layer, p)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_the_same_by_surname_and_first_name() {
        assert!(same_person("Ted Cruz", "Sen. Ted Cruz"));
        assert!(same_person("Tim Sloan", "Timothy J. Sloan"));
        assert!(same_person("Donald Trump", "Donald J. Trump"));
        assert!(same_person("Trump", "Donald Trump"), "the article never gave a first name");
        assert!(!same_person("Donald Trump", "Trump"), "a surname alone where the full name is known");
        assert!(!same_person("Donald Trump", "Melania Trump"));
        assert!(!same_person("Hillary Clinton", "Bill Clinton"));
        assert!(!same_person("Ted Cruz", "Cruise"));
    }

    #[test]
    fn overlap_matching_is_one_to_one_largest_first() {
        let (exact, overlap) = spans(&[(0, 5), (4, 9), (20, 22)], &[(0, 5), (3, 10), (30, 31)]);
        assert_eq!((exact.true_positives, overlap.true_positives), (1, 2));
    }
}
