//! Fitting the mention tagger ([`crate::mentions`]'s `tagger`) and measuring it by
//! cross-validation: the training documents, an averaged perceptron, and folds by document.

use std::ops::Range;
use std::path::Path;

use super::gold::GoldDocument;
use super::score::{score, Counts, Scores};
use crate::document::Document;
use crate::mentions::tagger::{self, Label, Model, LABELS};
use crate::mentions::{self, MentionKind};

/// A text with its names: byte ranges and kinds.
#[derive(Clone, Debug)]
pub struct NamedText {
    /// Where it comes from: a file, or a file and a document number.
    pub origin: String,
    /// The text.
    pub text: String,
    /// Its names: byte range and kind; `None` for the kinds it does not annotate.
    names: Vec<(Range<usize>, MentionKind)>,
    /// True when organisations are annotated (otherwise an organisation may be labelled anything).
    organizations: bool,
}

/// Pronouns among a gold file's people mentions: sources, not names.
fn is_pronoun(s: &str) -> bool {
    matches!(
        s.to_lowercase().as_str(),
        "he" | "she" | "i" | "we" | "they" | "it" | "you" | "him" | "her" | "me" | "us" | "them"
    )
}

impl NamedText {
    /// The names of a gold document (FORMAT.md): its places and its people's name mentions.
    pub fn of_gold(origin: &str, doc: &GoldDocument) -> NamedText {
        let starts: Vec<usize> = doc.text.char_indices().map(|(b, _)| b).chain([doc.text.len()]).collect();
        let byte = |c: usize| starts[c.min(starts.len() - 1)];
        let mut names = Vec::new();
        for &(a, b) in &doc.places {
            names.push((byte(a)..byte(b), MentionKind::Place));
        }
        for person in &doc.people {
            for &(a, b) in &person.mentions {
                let r = byte(a)..byte(b);
                let s = &doc.text[r.clone()];
                if s.chars().next().is_some_and(char::is_uppercase) && !is_pronoun(s) {
                    names.push((r, MentionKind::Person));
                }
            }
        }
        names.sort_by_key(|n| n.0.start);
        NamedText { origin: origin.to_string(), text: doc.text.clone(), names, organizations: false }
    }

    /// The documents of a CoNLL file with IOB1 or IOB2 tags (`token TAG` a line, blank lines
    /// between sentences, `-DOCSTART-` between documents): PER, LOC and ORG; MISC is no name.
    /// Long because it is one pass over the lines, a case per kind of line, with the two small
    /// closures that end a name and a document.
    pub fn of_conll(origin: &str, conll: &str) -> Vec<NamedText> {
        let mut docs = Vec::new();
        let mut text = String::new();
        let mut names: Vec<(Range<usize>, MentionKind)> = Vec::new();
        let mut open: Option<(usize, MentionKind, String)> = None; // start byte, kind, type tag
        let mut flush = |text: &mut String, names: &mut Vec<(Range<usize>, MentionKind)>| {
            if !text.trim().is_empty() {
                docs.push(NamedText {
                    origin: format!("{origin} #{}", docs.len() + 1),
                    text: std::mem::take(text),
                    names: std::mem::take(names),
                    organizations: true,
                });
            }
            text.clear();
            names.clear();
        };
        let close = |open: &mut Option<(usize, MentionKind, String)>,
                     end: usize,
                     names: &mut Vec<(Range<usize>, MentionKind)>| {
            if let Some((start, kind, _)) = open.take() {
                names.push((start..end, kind));
            }
        };
        for line in conll.lines() {
            let line = line.trim_end();
            if line.starts_with("-DOCSTART-") {
                let end = text.trim_end().len();
                close(&mut open, end, &mut names);
                flush(&mut text, &mut names);
                continue;
            }
            if line.is_empty() {
                let end = text.trim_end().len();
                close(&mut open, end, &mut names);
                if !text.is_empty() && !text.ends_with('\n') {
                    text.push('\n');
                }
                continue;
            }
            let Some((token, tag)) = line.rsplit_once(' ') else { continue };
            let (prefix, kind_tag) = tag.split_once('-').unwrap_or((tag, ""));
            let kind = match kind_tag {
                "PER" => Some(MentionKind::Person),
                "LOC" => Some(MentionKind::Place),
                "ORG" => Some(MentionKind::Organization),
                _ => None,
            };
            if !text.is_empty() && !text.ends_with('\n') {
                text.push(' ');
            }
            let start = text.len();
            let continues = matches!(&open, Some((_, _, t)) if t == kind_tag) && prefix == "I";
            if !continues {
                let end = text.trim_end().len();
                close(&mut open, end, &mut names);
                if let Some(kind) = kind {
                    open = Some((start, kind, kind_tag.to_string()));
                }
            }
            text.push_str(token);
        }
        let end = text.trim_end().len();
        close(&mut open, end, &mut names);
        flush(&mut text, &mut names);
        docs
    }

    /// The gold label of each token of `doc` (this text analysed), and whether it counts for
    /// training (an organisation's words count only where organisations are annotated).
    fn labels(&self, doc: &Document) -> (Vec<Label>, Vec<bool>) {
        let n = doc.len();
        let mut labels = vec![Label::Outside; n];
        let mut counts = vec![true; n];
        let spans: Vec<Range<usize>> = (0..n).map(|i| doc.span(i..i + 1)).map(|s| s.start..s.end).collect();
        let mut k = 0;
        for (r, kind) in &self.names {
            while k < n && spans[k].end <= r.start {
                k += 1;
            }
            let mut first = true;
            let mut j = k;
            while j < n && spans[j].start < r.end {
                if spans[j].start >= r.start && spans[j].end <= r.end {
                    labels[j] = Label::of(*kind, first);
                    first = false;
                }
                j += 1;
            }
        }
        if !self.organizations {
            // Unannotated organisations: the rules' organisations are neither right nor wrong.
            for m in mentions::by_rules(doc) {
                if m.kind == MentionKind::Organization {
                    for t in m.tokens.clone() {
                        if labels[t] == Label::Outside {
                            counts[t] = false;
                        }
                    }
                }
            }
        }
        (labels, counts)
    }
}

/// Training examples made once: each text's token features, sentence starts and gold labels.
struct Example {
    features: Vec<Vec<u64>>,
    starts: Vec<bool>,
    labels: Vec<Label>,
    counts: Vec<bool>,
}

fn example(text: &NamedText) -> Example {
    let doc = Document::new(&text.text);
    let rules = mentions::by_rules(&doc);
    let (labels, counts) = text.labels(&doc);
    Example { features: tagger::features(&doc, &rules), starts: tagger::sentence_starts(&doc), labels, counts }
}

/// Options of [`train`].
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    /// Passes over the training texts.
    pub epochs: usize,
    /// log2 of the number of feature buckets.
    pub bits: u32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions { epochs: 8, bits: 14 }
    }
}

/// The folds of the held-out margins that calibrate the shipped model's confidence.
const CALIBRATION_FOLDS: usize = 5;

/// Fits the shipped model: the averaged perceptron on `gold` and `extra` (deterministic: the
/// texts in a fixed order that changes with each pass by a fixed rule), with the confidence
/// calibrated on margins held out by cross-validation over `gold`. Returns the model's bytes.
pub fn train(gold: &[(String, GoldDocument)], extra: &[NamedText], options: TrainOptions) -> Vec<u8> {
    let held: Vec<(f32, bool)> =
        held_out_agreement(gold, extra, CALIBRATION_FOLDS, options).into_iter().map(|(_, m, r)| (m, r)).collect();
    let texts: Vec<NamedText> =
        extra.iter().cloned().chain(gold.iter().map(|(o, d)| NamedText::of_gold(o, d))).collect();
    let examples: Vec<Example> = texts.iter().map(example).collect();
    let mut model = fit(&examples.iter().collect::<Vec<_>>(), options);
    model.calibration = calibrate(&held);
    model.to_bytes()
}

/// The logistic map from margins to the chance of being right (Platt scaling), fitted by
/// Newton's method on `rows` of (margin, right): `[a, b]` of `1 / (1 + e^-(a·margin + b))`.
pub fn calibrate(rows: &[(f32, bool)]) -> [f32; 2] {
    // Margins in units of their spread, for a well-conditioned fit.
    let n = rows.len().max(1) as f64;
    let spread = (rows.iter().map(|(m, _)| f64::from(*m).powi(2)).sum::<f64>() / n).sqrt().max(1e-9);
    let (mut a, mut b) = (0.0f64, 0.0f64);
    for _ in 0..50 {
        let (mut ga, mut gb, mut haa, mut hab, mut hbb) = (0.0, 0.0, 1e-6, 0.0, 1e-6);
        for &(m, right) in rows {
            let x = f64::from(m) / spread;
            let p = 1.0 / (1.0 + (-(a * x + b)).exp());
            let d = p - f64::from(u8::from(right));
            let w = p * (1.0 - p);
            ga += d * x;
            gb += d;
            haa += w * x * x;
            hab += w * x;
            hbb += w;
        }
        let det = haa * hbb - hab * hab;
        if det.abs() < 1e-12 {
            break;
        }
        a -= (hbb * ga - hab * gb) / det;
        b -= (haa * gb - hab * ga) / det;
    }
    [(a / spread) as f32, b as f32]
}

/// An averaged perceptron fitted on `examples`: for each mistake of the current weights, the
/// gold labels' features gain one and the guessed labels' lose one; the model returned is the
/// average of the weights over every step (kept lazily, by the step each weight last changed).
fn fit(examples: &[&Example], options: TrainOptions) -> Model {
    let mut model = Model::new(options.bits);
    // Averaging: the sum of each weight over time, kept lazily.
    let mut total = Model::new(options.bits);
    let mut stamp = vec![0u64; model.weights.len()];
    let mut t_stamp = [[0u64; LABELS]; LABELS + 1];
    let mut step: u64 = 1;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for epoch in 0..options.epochs {
        permute(&mut order, epoch as u64);
        for &e in &order {
            let ex = examples[e];
            let predicted = tagger::decode(&model, &ex.features, &ex.starts);
            let update = |model: &mut Model, total: &mut Model, stamp: &mut [u64], index: usize, delta: f32| {
                total.weights[index] += (step - stamp[index]) as f32 * model.weights[index];
                stamp[index] = step;
                model.weights[index] += delta;
            };
            for (i, &(guess, _)) in predicted.iter().enumerate() {
                let gold = ex.labels[i];
                if !ex.counts[i] || gold == guess {
                    continue;
                }
                for &f in &ex.features[i] {
                    let b = model.bucket(f) * LABELS;
                    update(&mut model, &mut total, &mut stamp, b + gold.index(), 1.0);
                    update(&mut model, &mut total, &mut stamp, b + guess.index(), -1.0);
                }
            }
            // Transitions.
            for i in 0..ex.labels.len() {
                let row = |labels: &dyn Fn(usize) -> Label| {
                    if i == 0 || ex.starts[i] {
                        0
                    } else {
                        labels(i - 1).index() + 1
                    }
                };
                let gold_row = row(&|k| ex.labels[k]);
                let guess_row = row(&|k| predicted[k].0);
                let (gold, guess) = (ex.labels[i].index(), predicted[i].0.index());
                if (gold_row, gold) == (guess_row, guess) || !ex.counts[i] {
                    continue;
                }
                for (r, l, delta) in [(gold_row, gold, 1.0), (guess_row, guess, -1.0)] {
                    total.transitions[r][l] += (step - t_stamp[r][l]) as f32 * model.transitions[r][l];
                    t_stamp[r][l] = step;
                    model.transitions[r][l] += delta;
                }
            }
            step += 1;
        }
    }
    average(total, &model, (&stamp, &t_stamp), step)
}

/// Shuffles `order` the same way for the same `seed` (xorshift; no random source, so that
/// training is reproducible byte for byte).
fn permute(order: &mut [usize], seed: u64) {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15 ^ seed;
    for i in (1..order.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        order.swap(i, (x % (i as u64 + 1)) as usize);
    }
}

/// The averaged model: `total` holds each weight's sum over the steps up to the one it last
/// changed at (`stamps`); the rest of the sum is `model`'s weight for the steps since.
fn average(mut total: Model, model: &Model, (stamp, t_stamp): (&[u64], &[[u64; LABELS]]), step: u64) -> Model {
    for (i, w) in model.weights.iter().enumerate() {
        total.weights[i] += (step - stamp[i]) as f32 * w;
        total.weights[i] /= step as f32;
    }
    for ((sums, stamps), weights) in total.transitions.iter_mut().zip(t_stamp).zip(&model.transitions) {
        for ((sum, &stamp), &w) in sums.iter_mut().zip(stamps).zip(weights) {
            *sum += (step - stamp) as f32 * w;
            *sum /= step as f32;
        }
    }
    total
}

/// The figures of one way of finding mentions on held-out gold documents.
#[derive(Clone, Debug, Default)]
pub struct FoldFigures {
    /// Places, exact.
    pub places: Counts,
    /// People mentions, exact.
    pub people: Counts,
}

/// Cross-validation by document: `gold` (documents with places and people) is cut into `folds`
/// folds in a fixed order; each fold is tagged by a model fitted on the other folds and `extra`
/// (other annotated text, always in training). Returns, per gold document, the scores of the
/// rules alone and of rules and tagger combined.
pub fn cross_validate(
    gold: &[(String, GoldDocument)],
    extra: &[NamedText],
    folds: usize,
    options: TrainOptions,
) -> Vec<(String, Scores, Scores)> {
    let named: Vec<NamedText> = gold.iter().map(|(o, d)| NamedText::of_gold(o, d)).collect();
    let mut out = Vec::new();
    for (fold, model) in fold_models(&named, extra, folds, options).into_iter().enumerate() {
        for (origin, doc) in gold.iter().enumerate().filter(|(i, _)| i % folds == fold).map(|(_, g)| g) {
            let rules = analyze_with(&doc.text, None);
            let tagged = analyze_with(&doc.text, Some(&model));
            out.push((origin.clone(), score(doc, &rules).0, score(doc, &tagged).0));
        }
    }
    out
}

/// A model as it ships: fitted, quantised and read back, so that held-out figures are those of
/// the weights the page runs.
fn fit_as_shipped(examples: &[&Example], options: TrainOptions) -> Model {
    let model = fit(examples, options);
    Model::from_bytes(&model.to_bytes()).expect("a model reads back")
}

/// For each of `folds` folds of `gold` (text `i` in fold `i % folds`), the model fitted (as it
/// ships) on the other folds and `extra`.
fn fold_models(gold: &[NamedText], extra: &[NamedText], folds: usize, options: TrainOptions) -> Vec<Model> {
    let gold_examples: Vec<Example> = gold.iter().map(example).collect();
    let extra_examples: Vec<Example> = extra.iter().map(example).collect();
    (0..folds)
        .map(|fold| {
            let training: Vec<&Example> = (0..gold_examples.len())
                .filter(|i| i % folds != fold)
                .map(|i| &gold_examples[i])
                .chain(extra_examples.iter())
                .collect();
            fit_as_shipped(&training, options)
        })
        .collect()
}

/// The analysis of `text` with the mentions of `model` (or of the rules alone).
fn analyze_with(text: &str, model: Option<&Model>) -> crate::Analysis {
    crate::pipeline::analyze_with_tagger(text, model)
}

/// Reads the extra training text: WikiGold (CoNLL) from `dir`.
pub fn extra_texts(dir: &Path) -> Result<Vec<NamedText>, String> {
    let path = dir.join("wikigold.conll");
    let conll = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(NamedText::of_conll("wikigold.conll", &conll))
}

/// Held-out agreement margins of the rules' people and places under models fitted on the other
/// folds (quantised as they ship), and whether each mention is a gold one, exactly: the data that
/// calibrates mention confidence, and measures it.
pub fn held_out_agreement(
    gold: &[(String, GoldDocument)],
    extra: &[NamedText],
    folds: usize,
    options: TrainOptions,
) -> Vec<(usize, f32, bool)> {
    let named: Vec<NamedText> = gold.iter().map(|(o, d)| NamedText::of_gold(o, d)).collect();
    let mut out = Vec::new();
    for (fold, model) in fold_models(&named, extra, folds, options).into_iter().enumerate() {
        for text in named.iter().enumerate().filter(|(i, _)| i % folds == fold).map(|(_, t)| t) {
            let doc = Document::new(&text.text);
            let rules = mentions::by_rules(&doc);
            let margins = tagger::agreement(&doc, &rules, &model);
            for (m, margin) in rules.iter().zip(margins) {
                if !matches!(m.kind, MentionKind::Person | MentionKind::Place) {
                    continue;
                }
                let span = doc.span(m.tokens.clone());
                let right = text.names.iter().any(|(r, k)| *k == m.kind && r.start == span.start && r.end == span.end);
                out.push((fold, margin, right));
            }
        }
    }
    out
}

/// How well mention confidence ranks and is calibrated on held-out text: the area under the ROC
/// curve of the margins, and the expected calibration error (tenths of confidence) when each
/// fold's margins are mapped by the calibration fitted on the other folds'.
pub fn confidence_figures(held: &[(usize, f32, bool)], folds: usize) -> (f64, f64) {
    let mut negatives: Vec<f32> = held.iter().filter(|r| !r.2).map(|r| r.1).collect();
    negatives.sort_by(f32::total_cmp);
    let positives: Vec<f32> = held.iter().filter(|r| r.2).map(|r| r.1).collect();
    let below = |x: f32| negatives.partition_point(|&n| n < x) as f64;
    let auc =
        positives.iter().map(|&p| below(p)).sum::<f64>() / (positives.len().max(1) * negatives.len().max(1)) as f64;
    let mut bins = [(0usize, 0f64, 0usize); 10];
    for fold in 0..folds {
        let others: Vec<(f32, bool)> = held.iter().filter(|r| r.0 != fold).map(|r| (r.1, r.2)).collect();
        let [a, b] = calibrate(&others);
        for &(_, m, right) in held.iter().filter(|r| r.0 == fold) {
            let p = 1.0 / (1.0 + (-(f64::from(a) * f64::from(m) + f64::from(b))).exp());
            let bin = &mut bins[((p * 10.0) as usize).min(9)];
            bin.0 += 1;
            bin.1 += p;
            bin.2 += usize::from(right);
        }
    }
    let ece = bins.iter().map(|(_, c, r)| (c - *r as f64).abs()).sum::<f64>() / held.len().max(1) as f64;
    (auc, ece)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conll_documents_sentences_and_names() {
        let conll = "-DOCSTART- O\n\nJane I-PER\nDoe I-PER\nvisited O\nParis I-LOC\n. O\n\nThe O\nUN I-ORG\nmet O\nIn I-MISC\n\n-DOCSTART- O\n\nBob I-PER\n";
        let docs = NamedText::of_conll("t", conll);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "Jane Doe visited Paris .\nThe UN met In\n");
        let names: Vec<(&str, MentionKind)> =
            docs[0].names.iter().map(|(r, k)| (&docs[0].text[r.clone()], *k)).collect();
        assert_eq!(
            names,
            [("Jane Doe", MentionKind::Person), ("Paris", MentionKind::Place), ("UN", MentionKind::Organization)]
        );
        assert_eq!(docs[1].text, "Bob");
    }

    /// Made-up sentences of one pattern: a person, a verb, a place.
    fn sample(people: &[&str], places: &[&str]) -> Vec<NamedText> {
        let mut conll = String::new();
        for (n, person) in people.iter().enumerate() {
            let place = places[n % places.len()];
            let (first, last) = person.split_once(' ').unwrap();
            conll.push_str(&format!(
                "-DOCSTART- O\n\nYesterday O\n{first} I-PER\n{last} I-PER\ntravelled O\nto O\n{place} I-LOC\n. O\n\n"
            ));
        }
        NamedText::of_conll("sample", &conll)
    }

    #[test]
    fn a_model_fitted_on_a_tiny_sample_tags_held_back_sentences() {
        let training = sample(
            &["Ana Brook", "Ivo Marsh", "Lea Crane", "Tom Reed", "Uma Frost", "Eli Stone", "Ida Wells", "Max Hale"],
            &["Oslo", "Lima", "Perth", "Quito"],
        );
        let examples: Vec<Example> = training.iter().map(example).collect();
        let model = fit(&examples.iter().collect::<Vec<_>>(), TrainOptions { epochs: 10, bits: 12 });
        for held in sample(&["Zoe Parr", "Kai Vale"], &["Accra", "Hanoi"]) {
            let doc = Document::new(&held.text);
            let labels: Vec<Label> =
                tagger::tag(&doc, &mentions::by_rules(&doc), &model).into_iter().map(|(l, _)| l).collect();
            let (expected, _) = held.labels(&doc);
            assert_eq!(labels, expected, "{}", held.text);
        }
    }

    #[test]
    fn calibration_maps_larger_margins_to_surer_names() {
        let rows: Vec<(f32, bool)> = (0..200).map(|i| (i as f32 - 100.0, (i * 7919) % 200 < i)).collect();
        let [a, _] = calibrate(&rows);
        assert!(a > 0.0);
    }
}
