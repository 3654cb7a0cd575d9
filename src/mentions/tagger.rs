//! The mention tagger: a linear-chain model (averaged perceptron, Viterbi decoding) that labels
//! each token as the beginning or inside of a person, place or organisation name, or outside —
//! reading the word, its shape and neighbours, every lexicon feature the engine computes, the
//! mentions the rules found, and what the rest of the document says of the same word.
//!
//! The weights (`data/tagger.bin`) are fitted by `newsmark train-tagger` (`make train`) on openly
//! licensed annotated text; [`crate::mentions::find`] combines the tagger's labels with the rules'
//! mentions (see `combine` there) and gives each mention the tagger's confidence.

use std::ops::Range;
use std::sync::OnceLock;

use super::{Mention, MentionKind};
use crate::analysis::PlaceKind;
use crate::document::Document;
use crate::lexicon::{FastMap, HeadKind, WordClass, WordSet};
use crate::segment::{Shape, TokenKind};

/// A token's label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Label {
    /// No name.
    Outside,
    /// First word of a person's name.
    BeginPerson,
    /// Later word of a person's name.
    InPerson,
    /// First word of a place's name.
    BeginPlace,
    /// Later word of a place's name.
    InPlace,
    /// First word of an organisation's name.
    BeginOrganization,
    /// Later word of an organisation's name.
    InOrganization,
}

/// The number of labels.
pub(crate) const LABELS: usize = 7;

impl Label {
    /// Every label, in index order.
    pub(crate) const ALL: [Label; LABELS] = [
        Label::Outside,
        Label::BeginPerson,
        Label::InPerson,
        Label::BeginPlace,
        Label::InPlace,
        Label::BeginOrganization,
        Label::InOrganization,
    ];

    /// The label's index.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The kind of name it is part of.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn kind(self) -> Option<MentionKind> {
        match self {
            Label::Outside => None,
            Label::BeginPerson | Label::InPerson => Some(MentionKind::Person),
            Label::BeginPlace | Label::InPlace => Some(MentionKind::Place),
            Label::BeginOrganization | Label::InOrganization => Some(MentionKind::Organization),
        }
    }

    /// True for the first word of a name.
    pub(crate) fn begins(self) -> bool {
        matches!(self, Label::BeginPerson | Label::BeginPlace | Label::BeginOrganization)
    }

    /// The label of the first (`begin`) or a later word of a name of `kind`.
    pub(crate) fn of(kind: MentionKind, begin: bool) -> Label {
        match (kind, begin) {
            (MentionKind::Person, true) => Label::BeginPerson,
            (MentionKind::Person, false) => Label::InPerson,
            (MentionKind::Place, true) => Label::BeginPlace,
            (MentionKind::Place, false) => Label::InPlace,
            (MentionKind::Organization, true) => Label::BeginOrganization,
            (MentionKind::Organization, false) => Label::InOrganization,
            (MentionKind::Demonym, _) => Label::Outside,
        }
    }

    /// True when `next` may follow `self`: a name's later word follows a word of the same name.
    pub(crate) fn may_precede(self, next: Label) -> bool {
        match next {
            Label::InPerson => matches!(self, Label::BeginPerson | Label::InPerson),
            Label::InPlace => matches!(self, Label::BeginPlace | Label::InPlace),
            Label::InOrganization => matches!(self, Label::BeginOrganization | Label::InOrganization),
            _ => true,
        }
    }
}

/// A fitted model: a weight per hashed feature and label, and a weight per pair of labels.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Model {
    /// log2 of the number of feature buckets.
    pub bits: u32,
    /// `weights[bucket * LABELS + label]`.
    pub weights: Vec<f32>,
    /// `transitions[previous][next]`; the first row is the start of a sentence.
    pub transitions: [[f32; LABELS]; LABELS + 1],
    /// The logistic map from a mention's agreement margin to its confidence: `(a, b)` of
    /// `1 / (1 + e^-(a·margin + b))`, fitted on held-out margins.
    pub calibration: [f32; 2],
}

/// The file's first bytes.
const MAGIC: &[u8; 8] = b"NMTAG003";

/// Codes of a quantised weight per factor of e in its size.
const LOG_STEPS: f32 = 16.0;

/// The smallest code kept: weights under about 0.4 of the median size are dropped (the page's
/// download budget holds about 8 KB gzip of them).
#[cfg(not(target_arch = "wasm32"))]
const MIN_CODE: i8 = 28;

impl Model {
    /// An empty model with `2^bits` feature buckets.
    pub(crate) fn new(bits: u32) -> Model {
        Model {
            bits,
            weights: vec![0.0; (1 << bits) * LABELS],
            transitions: [[0.0; LABELS]; LABELS + 1],
            calibration: [0.0, 0.0],
        }
    }

    /// The confidence of a mention whose agreement margin is `margin`.
    pub(crate) fn confidence(&self, margin: f32) -> f32 {
        let [a, b] = self.calibration;
        1.0 / (1.0 + (-(a * margin + b)).exp())
    }

    /// The bucket of feature hash `f`.
    pub(crate) fn bucket(&self, f: u64) -> usize {
        (f >> (64 - self.bits)) as usize
    }

    /// The model as bytes: the magic, the bits, the unit of the quantised weights, the
    /// calibration, the transitions, then the non-zero weights as (gap from the last index, i8 code) pairs, the
    /// gap as a variable-length integer. A weight's code is its sign and the logarithm of its size
    /// in units (`LOG_STEPS` steps a factor of e), so that small and large weights both keep about
    /// 6% precision in one byte.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        // The unit: the median size of the non-zero weights.
        let mut sizes: Vec<f32> = self.weights.iter().map(|w| w.abs()).filter(|w| *w > 0.0).collect();
        sizes.sort_by(f32::total_cmp);
        let unit = sizes.get(sizes.len() / 2).copied().unwrap_or(1.0).max(1e-9);
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&unit.to_le_bytes());
        for c in self.calibration {
            out.extend_from_slice(&c.to_le_bytes());
        }
        for row in &self.transitions {
            for t in row {
                out.extend_from_slice(&t.to_le_bytes());
            }
        }
        let mut last = 0usize;
        for (i, w) in self.weights.iter().enumerate() {
            let code = (LOG_STEPS * (1.0 + w.abs() / unit).ln()).round().min(127.0) as i8;
            if code < MIN_CODE {
                continue; // too small to matter
            }
            let q = if *w < 0.0 { -code } else { code };
            let mut gap = i - last;
            loop {
                let byte = (gap & 0x7f) as u8;
                gap >>= 7;
                if gap == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
            out.push(q as u8);
            last = i;
        }
        out
    }

    /// The model of [`Model::to_bytes`]; `None` when the bytes are not one.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(MAGIC.as_slice())?;
        let take4 = |b: &[u8], at: usize| -> Option<[u8; 4]> { b.get(at..at + 4)?.try_into().ok() };
        let bits = u32::from_le_bytes(take4(rest, 0)?);
        if !(8..=24).contains(&bits) {
            return None;
        }
        let unit = f32::from_le_bytes(take4(rest, 4)?);
        let mut model = Model::new(bits);
        model.calibration = [f32::from_le_bytes(take4(rest, 8)?), f32::from_le_bytes(take4(rest, 12)?)];
        let mut at = 16;
        for row in model.transitions.iter_mut() {
            for t in row.iter_mut() {
                *t = f32::from_le_bytes(take4(rest, at)?);
                at += 4;
            }
        }
        let mut index = 0usize;
        while at < rest.len() {
            let mut gap = 0usize;
            let mut shift = 0;
            loop {
                let byte = *rest.get(at)?;
                at += 1;
                gap |= usize::from(byte & 0x7f) << shift;
                shift += 7;
                if byte & 0x80 == 0 {
                    break;
                }
                if shift > 28 {
                    return None;
                }
            }
            index += gap;
            let q = *rest.get(at)? as i8;
            at += 1;
            let size = unit * ((f32::from(q.unsigned_abs()) / LOG_STEPS).exp() - 1.0);
            *model.weights.get_mut(index)? = if q < 0 { -size } else { size };
        }
        Some(model)
    }
}

/// The shipped model.
pub(crate) fn shipped() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("../../data/tagger.bin")).expect("data/tagger.bin is a tagger model")
    })
}

/// A 64-bit hash of a template number and its parts, eight bytes at a time, in 64-bit
/// arithmetic: the same on every platform, so that a model fitted natively runs the same in
/// WebAssembly.
fn hash(template: u8, parts: &[&[u8]]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = u64::from(template).wrapping_mul(K) ^ 0x243f_6a88_85a3_08d3;
    for p in parts {
        let mut chunks = p.chunks_exact(8);
        for c in &mut chunks {
            let word = u64::from_le_bytes(c.try_into().expect("eight bytes"));
            h = (h ^ word).wrapping_mul(K).rotate_left(29);
        }
        // The last bytes, little-endian and zero-padded (a loop: no call to copy a few bytes).
        let last = chunks.remainder().iter().rev().fold(0u64, |w, &b| (w << 8) | u64::from(b));
        h = (h ^ last ^ ((p.len() as u64) << 56)).wrapping_mul(K).rotate_left(29);
    }
    // Mix the high bits, which choose the bucket.
    h ^= h >> 31;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 29)
}

/// The names of what the rules said of a token, by code: none, or the kind of the mention it is
/// in and whether it begins it.
const RULE_LABELS: [&str; 9] = ["-", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-DEM", "I-DEM"];

/// The place of a mention kind in [`RULE_LABELS`] (two labels each) and in the evidence bits.
fn kind_index(kind: MentionKind) -> u8 {
    match kind {
        MentionKind::Person => 0,
        MentionKind::Place => 1,
        MentionKind::Organization => 2,
        MentionKind::Demonym => 3,
    }
}

/// What the rules said of each token, as a code into [`RULE_LABELS`] (a byte a token).
fn rule_labels(doc: &Document, rules: &[Mention]) -> Vec<u8> {
    let mut out = vec![0u8; doc.len()];
    for m in rules {
        let begin = 1 + 2 * kind_index(m.kind);
        for k in m.tokens.clone() {
            out[k] = if k == m.tokens.start { begin } else { begin + 1 };
        }
    }
    out
}

/// Document-level evidence: for each lower-case word, the kinds of the rule mentions it is part
/// of somewhere in the text ("Rutte" is in a person's name elsewhere).
fn word_evidence<'d>(doc: &'d Document, rules: &[Mention]) -> FastMap<&'d str, u8> {
    let mut out: FastMap<&str, u8> = FastMap::default();
    for m in rules {
        let bit = 1 << kind_index(m.kind);
        for k in m.tokens.clone() {
            if doc.is_kind(k, TokenKind::Word) {
                *out.entry(doc.lower(k)).or_default() |= bit;
            }
        }
    }
    out
}

fn shape_name(doc: &Document, i: usize) -> &'static str {
    match doc.kind(i) {
        TokenKind::Word => match doc.lex(i).shape {
            Some(Shape::Capitalized) => "Xx",
            Some(Shape::Upper) => "XX",
            Some(Shape::Initial) => "X.",
            Some(Shape::Lower) => "x",
            _ => "?",
        },
        TokenKind::Number => "0",
        TokenKind::Possessive => "'s",
        TokenKind::Quote => "\"",
        TokenKind::Dash => "-",
        _ if doc.is(i, ",") => ",",
        _ if crate::syntax::is_terminal(doc, i) => ".",
        _ => "p",
    }
}

/// A short name for a word's closed class, for the features.
fn class_name(class: Option<WordClass>) -> &'static str {
    match class {
        None => "",
        Some(WordClass::Preposition) => "prep",
        Some(WordClass::Determiner) => "det",
        Some(WordClass::Time) => "time",
        Some(WordClass::Auxiliary) => "aux",
        Some(WordClass::PossessivePronoun) => "poss",
        Some(WordClass::Pronoun { .. }) => "pron",
        Some(_) => "other",
    }
}

/// What the features of a text's tokens share: what the rules said of each token, and what the
/// document says of each word.
pub(crate) struct Context<'d> {
    rule: Vec<u8>,
    evidence: FastMap<&'d str, u8>,
}

impl<'d> Context<'d> {
    /// The context of `doc` whose rule mentions are `rules`.
    pub(crate) fn new(doc: &'d Document, rules: &[Mention]) -> Context<'d> {
        Context { rule: rule_labels(doc, rules), evidence: word_evidence(doc, rules) }
    }
}

/// The hashed features of every token of `doc` (the same list for training and tagging).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn features(doc: &Document, rules: &[Mention]) -> Vec<Vec<u64>> {
    let context = Context::new(doc, rules);
    (0..doc.len())
        .map(|i| {
            let mut f = Vec::new();
            token_features(doc, &context, i, &mut f);
            f
        })
        .collect()
}

/// The first and last `n` characters of `w`.
fn ends(w: &str, n: usize) -> (&str, &str) {
    let prefix = w.char_indices().nth(n).map_or(w, |(b, _)| &w[..b]);
    let count = w.chars().count();
    let suffix = if count <= n { w } else { w.char_indices().nth(count - n).map_or(w, |(b, _)| &w[b..]) };
    (prefix, suffix)
}

/// The hashed features of token `i`, into `f` (cleared first): those of its word, then those
/// of its context.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn token_features(doc: &Document, context: &Context, i: usize, f: &mut Vec<u64>) {
    f.clear();
    word_features(doc, i, f);
    context_features(doc, context, i, doc.sentence_tokens(i).start, f);
}

/// The features of token `i` that depend on its word alone (as written): the same for every
/// occurrence, so their scores are cached per word when tagging.
fn word_features(doc: &Document, i: usize, f: &mut Vec<u64>) {
    let lex = doc.lex(i);
    let w = doc.lower(i);
    let shape = shape_name(doc, i);
    let mut add = |t: u8, parts: &[&[u8]]| f.push(hash(t, parts));
    add(1, &[w.as_bytes()]);
    add(2, &[shape.as_bytes()]);
    let (prefix, suffix) = ends(w, 3);
    add(3, &[prefix.as_bytes()]);
    add(4, &[suffix.as_bytes()]);
    if let Some(g) = lex.first_name {
        add(15, &[g.as_str().unwrap_or("either").as_bytes(), shape.as_bytes()]);
    }
    if let Some(noun) = lex.person_noun {
        add(16, &[if noun.is_title() { b"title" } else { b"noun" }, shape.as_bytes()]);
    }
    if let Some(head) = lex.head {
        let h: &[u8] = match head {
            HeadKind::Organization => b"org",
            HeadKind::Place(PlaceKind::Venue) => b"venue",
            HeadKind::Place(_) => b"place",
            HeadKind::Event => b"event",
        };
        add(17, &[h, shape.as_bytes()]);
    }
    if let Some(place) = lex.place.or(lex.place_in_caps) {
        add(18, &[place.kind.as_str().as_bytes(), shape.as_bytes()]);
    }
    if lex.organization.as_written || lex.organization.in_caps {
        add(19, &[shape.as_bytes()]);
    }
    if lex.demonym.is_some() {
        add(20, &[shape.as_bytes()]);
    }
    add(21, &[if lex.common { b"common" } else { b"rare" }, shape.as_bytes()]);
    add(22, &[class_name(lex.class).as_bytes()]);
    if lex.cue.is_some() {
        add(23, &[]);
    }
}

/// The features of token `i`, in the sentence that starts at token `sentence`, that depend on
/// its neighbours, the rules and the document.
fn context_features(doc: &Document, context: &Context, i: usize, sentence: usize, f: &mut Vec<u64>) {
    let evidence = &context.evidence;
    let rule = |k: usize| RULE_LABELS[usize::from(context.rule[k])];
    let n = doc.len();
    let word = |k: isize| -> &str {
        if k < 0 || k as usize >= n {
            "<edge>"
        } else {
            doc.lower(k as usize)
        }
    };
    let ii = i as isize;
    let w = doc.lower(i);
    let shape = shape_name(doc, i);
    // The sentence's first word, after an opening quote mark too.
    let first = i == sentence || (i == sentence + 1 && doc.is_kind(sentence, TokenKind::Quote));
    let mut add = |t: u8, parts: &[&[u8]]| f.push(hash(t, parts));
    add(0, &[]);
    add(5, &[word(ii - 1).as_bytes()]);
    add(6, &[word(ii + 1).as_bytes()]);
    add(7, &[word(ii - 2).as_bytes()]);
    add(8, &[word(ii + 2).as_bytes()]);
    let prev_shape = if i > 0 { shape_name(doc, i - 1) } else { "<edge>" };
    let next_shape = if i + 1 < n { shape_name(doc, i + 1) } else { "<edge>" };
    add(9, &[prev_shape.as_bytes(), shape.as_bytes(), next_shape.as_bytes()]);
    add(10, &[if first { b"first" } else { b"inside" }, shape.as_bytes()]);
    add(11, &[rule(i).as_bytes()]);
    add(12, &[rule(i).as_bytes(), shape.as_bytes()]);
    add(13, &[if i > 0 { rule(i - 1) } else { "<edge>" }.as_bytes(), rule(i).as_bytes()]);
    add(14, &[rule(i).as_bytes(), if i + 1 < n { rule(i + 1) } else { "<edge>" }.as_bytes()]);
    if i > 0 {
        let p = doc.lex(i - 1);
        if p.person_noun.is_some_and(|n| n.is_title()) {
            add(24, &[shape.as_bytes()]);
        }
        if doc.in_set(i - 1, WordSet::Locative) {
            add(25, &[shape.as_bytes()]);
        }
        if p.first_name.is_some() && doc.is_capitalized(i - 1) {
            add(26, &[shape.as_bytes()]);
        }
        add(27, &[class_name(p.class).as_bytes(), shape.as_bytes()]);
    }
    if i + 1 < n {
        let x = doc.lex(i + 1);
        if x.cue.is_some() {
            add(28, &[shape.as_bytes()]);
        }
        if x.head.is_some() {
            add(29, &[shape.as_bytes()]);
        }
        if doc.is(i + 1, ",") && i + 2 < n && doc.lex(i + 2).place.is_some() {
            add(30, &[shape.as_bytes()]); // "Denver, Colorado"
        }
    }
    // What the document says of this word elsewhere.
    if let Some(&bits) = evidence.get(w) {
        add(31, &[&[bits], shape.as_bytes()]);
    }
}

/// The best labels of a text whose tokens have `features` under `model` (Viterbi; a name never
/// runs across a sentence's start), with, for each token, the margin of its label's score over
/// the best other label's.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn decode(model: &Model, features: &[Vec<u64>], sentence_starts: &[bool]) -> Vec<(Label, f32)> {
    let n = features.len();
    let emits: Vec<[f32; LABELS]> = features.iter().map(|fs| emission(model, fs)).collect();
    let mut score = vec![[f32::NEG_INFINITY; LABELS]; n];
    let mut back = vec![[0u8; LABELS]; n];
    for i in 0..n {
        let starts = i == 0 || sentence_starts[i];
        for (l, label) in Label::ALL.iter().enumerate() {
            if starts && !(label.begins() || *label == Label::Outside) {
                continue;
            }
            for p in 0..if i == 0 { 1 } else { LABELS } {
                let before = if i == 0 { 0.0 } else { score[i - 1][p] };
                if !starts && !Label::ALL[p].may_precede(*label) {
                    continue;
                }
                let transition = if starts { model.transitions[0][l] } else { model.transitions[p + 1][l] };
                let s = before + transition + emits[i][l];
                if s > score[i][l] {
                    score[i][l] = s;
                    back[i][l] = p as u8;
                }
            }
        }
    }
    let argmax = |row: &[f32; LABELS]| (0..LABELS).fold(0, |b, k| if row[k] > row[b] { k } else { b });
    let mut labels = vec![Label::Outside; n];
    if n > 0 {
        let mut best = argmax(&score[n - 1]);
        for i in (0..n).rev() {
            labels[i] = Label::ALL[best];
            best = back[i][best] as usize;
        }
    }
    labels.into_iter().zip(&emits).map(|(l, e)| (l, margin(e, l.index()))).collect()
}

/// Tags `doc`, whose rule mentions are `rules`, with `model`: each token's label and margin.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn tag(doc: &Document, rules: &[Mention], model: &Model) -> Vec<(Label, f32)> {
    decode(model, &features(doc, rules), &sentence_starts(doc))
}

/// For each token, true when it starts a sentence.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn sentence_starts(doc: &Document) -> Vec<bool> {
    let mut out = vec![false; doc.len()];
    for s in &doc.seg.sentences {
        if s.tokens.start < s.tokens.end {
            out[s.tokens.start] = true;
        }
    }
    out
}

/// The names a labelling gives: (tokens, kind, the least margin of its tokens).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn spans(labels: &[(Label, f32)]) -> Vec<(Range<usize>, MentionKind, f32)> {
    let mut out: Vec<(Range<usize>, MentionKind, f32)> = Vec::new();
    for (i, &(label, margin)) in labels.iter().enumerate() {
        let Some(kind) = label.kind() else { continue };
        match out.last_mut() {
            Some((r, k, m)) if !label.begins() && r.end == i && *k == kind => {
                r.end = i + 1;
                *m = m.min(margin);
            }
            _ => out.push((i..i + 1, kind, margin)),
        }
    }
    out
}

/// The emission scores of features `fs`: a score per label.
fn emission(model: &Model, fs: &[u64]) -> [f32; LABELS] {
    let mut s = [0f32; LABELS];
    for &f in fs {
        let b = model.bucket(f) * LABELS;
        for (v, w) in s.iter_mut().zip(&model.weights[b..b + LABELS]) {
            *v += w;
        }
    }
    s
}

/// The greater of `a` and `b`, neither of them NaN (`f32::max` is a call in WebAssembly).
fn greater(a: f32, b: f32) -> f32 {
    if a > b {
        a
    } else {
        b
    }
}

/// The transition scores with the moves that are not allowed at minus infinity: `[0][l]` into
/// label `l` at a sentence's start, `[p + 1][l]` from label `p` to label `l`.
fn allowed_transitions(model: &Model) -> [[f32; LABELS]; LABELS + 1] {
    let mut out = model.transitions;
    for (l, label) in Label::ALL.iter().enumerate() {
        if !(label.begins() || *label == Label::Outside) {
            out[0][l] = f32::NEG_INFINITY;
        }
        for (p, previous) in Label::ALL.iter().enumerate() {
            if !previous.may_precede(*label) {
                out[p + 1][l] = f32::NEG_INFINITY;
            }
        }
    }
    out
}

/// The scores of a window of tokens in one sentence, in buffers kept from window to window.
#[derive(Default)]
struct Chart {
    /// Each token's emission scores.
    emits: Vec<[f32; LABELS]>,
    /// The best score of the window's labellings up to each token and label (forward Viterbi).
    alpha: Vec<[f32; LABELS]>,
    /// The best score of the rest of the window after each token and label (backward Viterbi).
    beta: Vec<[f32; LABELS]>,
}

impl Chart {
    /// Works out `alpha` and `beta` from `emits`, with transitions `t` (see
    /// [`allowed_transitions`]); only the first token starts a chain. (Indices, not iterators:
    /// each step reads the row before or after.)
    #[allow(clippy::needless_range_loop)]
    fn fill(&mut self, t: &[[f32; LABELS]; LABELS + 1]) {
        let n = self.emits.len();
        self.alpha.clear();
        self.alpha.resize(n, [f32::NEG_INFINITY; LABELS]);
        for i in 0..n {
            for l in 0..LABELS {
                let best = if i == 0 {
                    t[0][l]
                } else {
                    (0..LABELS).map(|p| self.alpha[i - 1][p] + t[p + 1][l]).fold(f32::NEG_INFINITY, greater)
                };
                self.alpha[i][l] = best + self.emits[i][l];
            }
        }
        self.beta.clear();
        self.beta.resize(n, [0f32; LABELS]);
        for i in (0..n.saturating_sub(1)).rev() {
            for p in 0..LABELS {
                self.beta[i][p] = (0..LABELS)
                    .map(|l| t[p + 1][l] + self.emits[i + 1][l] + self.beta[i + 1][l])
                    .fold(f32::NEG_INFINITY, greater);
            }
        }
    }

    /// The max-marginal scores of token `i` of the window: for each label, the score of the best
    /// labelling of the whole window that gives the token that label.
    fn max_marginals(&self, i: usize) -> [f32; LABELS] {
        let mut m = [0f32; LABELS];
        for (l, v) in m.iter_mut().enumerate() {
            *v = self.alpha[i][l] + self.beta[i][l];
        }
        m
    }
}

/// The margin of label `l` in max-marginals `m`: its score less the best other label's.
fn margin(m: &[f32; LABELS], l: usize) -> f32 {
    let other = (0..LABELS).filter(|&k| k != l).map(|k| m[k]).fold(f32::NEG_INFINITY, greater);
    m[l] - other
}

/// The words read either side of a mention to rate it. Chosen by cross-validation: one word
/// ranks held-out mentions best (ROC area 0.734; none 0.625, two 0.721).
const WINDOW: usize = 1;

/// For each of `rules` (the rules' mentions of `doc`), how strongly the tagger agrees: the least
/// margin, over its words, of the label the mention gives them (first word, later words) in the
/// max-marginals of a window of [`WINDOW`] word either side (within the sentence). Negative
/// when the tagger's best labelling differs.
pub(crate) fn agreement(doc: &Document, rules: &[Mention], model: &Model) -> Vec<f32> {
    let context = Context::new(doc, rules);
    let mut scratch = Vec::new();
    let transitions = allowed_transitions(model);
    let mut chart = Chart::default();
    // The scores of each word's own features, worked out once per word.
    let mut by_word: Vec<Option<[f32; LABELS]>> = vec![None; doc.distinct_words()];
    let mut out = vec![0f32; rules.len()];
    let mut m = 0;
    while m < rules.len() {
        // A window of a few words around mention m, and around the mentions it meets, within
        // the sentence.
        let sentence = doc.sentence_tokens(rules[m].tokens.start);
        let window = |r: &Range<usize>| {
            r.start.saturating_sub(WINDOW).max(sentence.start)..(r.end + WINDOW).min(sentence.end).max(r.end)
        };
        let mut range = window(&rules[m].tokens);
        let mut last = m + 1;
        while last < rules.len() && rules[last].tokens.start < range.end {
            range.end = range.end.max(window(&rules[last].tokens).end);
            last += 1;
        }
        chart.emits.clear();
        for i in range.clone() {
            let word = *by_word[doc.word_id(i)].get_or_insert_with(|| {
                scratch.clear();
                word_features(doc, i, &mut scratch);
                emission(model, &scratch)
            });
            scratch.clear();
            context_features(doc, &context, i, sentence.start, &mut scratch);
            let mut e = emission(model, &scratch);
            for (v, w) in e.iter_mut().zip(word) {
                *v += w;
            }
            chart.emits.push(e);
        }
        chart.fill(&transitions);
        for (k, mention) in rules.iter().enumerate().take(last).skip(m) {
            out[k] = mention
                .tokens
                .clone()
                .enumerate()
                .map(|(n, t)| margin(&chart.max_marginals(t - range.start), Label::of(mention.kind, n == 0).index()))
                .fold(f32::INFINITY, |a, b| if b < a { b } else { a });
        }
        m = last;
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::mentions::by_rules;

    /// The features of the token `word` in `text`.
    fn features_of(text: &str, word: &str) -> Vec<u64> {
        let doc = Document::new(text);
        let rules = by_rules(&doc);
        let i = (0..doc.len()).find(|&i| doc.word(i) == word).unwrap();
        features(&doc, &rules).swap_remove(i)
    }

    #[test]
    fn features_read_the_lexicons_the_rules_and_the_context() {
        let title = hash(24, &[b"Xx"]); // a title before the word
        assert!(features_of("Sen. Jane Doe spoke.", "Jane").contains(&title));
        assert!(!features_of("Then Jane Doe spoke.", "Jane").contains(&title));
        let locative = hash(25, &[b"Xx"]); // "in", "at" … before it
        assert!(features_of("He spoke in Davos.", "Davos").contains(&locative));
        let rule_place = hash(11, &[b"B-LOC"]);
        assert!(features_of("He spoke in Davos.", "Davos").contains(&rule_place));
        let first_name = hash(15, &[b"female", b"Xx"]);
        assert!(features_of("Later Jane Doe spoke.", "Jane").contains(&first_name));
        // Document-level evidence: "Doe" alone, named in full elsewhere as a person.
        let evidence = hash(31, &[&[1], b"Xx"]);
        assert!(features_of("Jane Doe arrived. Doe spoke.", "Doe").contains(&evidence));
    }

    #[test]
    fn a_model_survives_its_bytes_within_its_precision() {
        let mut model = Model::new(8);
        // Many small weights set the unit; the large ones are kept, the small dropped.
        for w in model.weights.iter_mut().take(100) {
            *w = 0.1;
        }
        model.weights[3] = 2.5;
        model.weights[700] = -5.0;
        model.weights[1000] = 40.0;
        model.transitions[2][3] = -1.5;
        model.calibration = [0.01, -0.5];
        let back = Model::from_bytes(&model.to_bytes()).unwrap();
        assert_eq!((back.bits, back.transitions, back.calibration), (model.bits, model.transitions, model.calibration));
        for i in [3, 700, 1000] {
            let (w, b) = (model.weights[i], back.weights[i]);
            assert!((w - b).abs() <= 0.04 * w.abs(), "{w} read back as {b}");
        }
        assert_eq!(back.weights[10], 0.0, "a weight near the unit is dropped");
        assert!(Model::from_bytes(b"NMTAG003").is_none());
        assert!(Model::from_bytes(b"not a model at all").is_none());
    }

    #[test]
    fn the_shipped_model_rates_every_name_between_zero_and_one() {
        let model = shipped();
        assert!(model.calibration[0] > 0.0, "a larger margin means a surer name");
        let text =
            "NATO Secretary General Mark Rutte spoke in Davos. He designed the badge of the Society of the Cincinnati.";
        let doc = Document::new(text);
        let mut found = by_rules(&doc);
        crate::mentions::rate(&doc, &mut found, model);
        for m in &found {
            assert!((0.0..=1.0).contains(&m.confidence), "{}: {}", doc.slice(m.tokens.clone()), m.confidence);
        }
        let of = |name: &str| found.iter().find(|m| doc.slice(m.tokens.clone()) == name).unwrap().confidence;
        assert!(of("Mark Rutte") > 0.5 && of("Davos") > 0.5);
        // An organisation named after a place is whole, its place nested and rated with it.
        let society = found.iter().find(|m| doc.slice(m.tokens.clone()) == "Society of the Cincinnati").unwrap();
        assert_eq!(society.inner_place.as_ref().map(|p| p.confidence), Some(of("Society of the Cincinnati")));
    }
}
