//! Logistic models over named features, as the claim scorer ([`super::confidence`]) and the
//! content end ([`super::content_end`]) use them: weights read from a data file of
//! `feature<TAB>weight` rows, feature names built from their parts into one buffer.

use crate::lexicon::FastMap;
use crate::rows::rows;

/// A fitted model: a weight per feature, the bias (the row `(bias)`), and any other constants
/// fitted with it (rows named in brackets, such as `(threshold speech)`).
pub(crate) struct Logistic {
    bias: f32,
    weights: FastMap<&'static str, f32>,
    constants: FastMap<&'static str, f32>,
}

impl Logistic {
    /// Reads the model in `text`, the contents of the data file `file` (named in errors).
    pub(crate) fn read(file: &'static str, text: &'static str) -> Logistic {
        let mut model = Logistic { bias: 0.0, weights: FastMap::default(), constants: FastMap::default() };
        for row in rows(file, text) {
            let weight = row.parse(1, "weight", |w| w.parse::<f32>().ok().filter(|w| w.is_finite()));
            match row.col(0) {
                "(bias)" => model.bias = weight,
                name if name.starts_with('(') && name.ends_with(')') => {
                    model.constants.insert(&name[1..name.len() - 1], weight);
                }
                feature => {
                    model.weights.insert(feature, weight);
                }
            }
        }
        model
    }

    /// The constant of row `(name)`; a model without it is a bad data file.
    pub(crate) fn constant(&self, name: &str) -> f32 {
        match self.constants.get(name) {
            Some(&value) => value,
            None => panic!("the model has no row ({name})"),
        }
    }

    /// How many features have a weight.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.weights.len()
    }

    /// The probability for the features that `features` gives, by name, to the sink it is
    /// handed: the logistic of the bias and their summed weights (a feature without a weight
    /// counts 0). Generic over the features' function, so that the sum is inlined into it.
    pub(crate) fn probability(&self, features: impl FnOnce(&mut Sum<'_>)) -> f32 {
        let mut sum = Sum { model: self, z: self.bias };
        features(&mut sum);
        1.0 / (1.0 + (-sum.z).exp())
    }
}

/// The running sum of a model's weights, the sink of [`Logistic::probability`].
pub(crate) struct Sum<'m> {
    model: &'m Logistic,
    z: f32,
}

impl Sum<'_> {
    /// Adds the weight of `feature`.
    pub(crate) fn add(&mut self, feature: &str) {
        self.z += self.model.weights.get(feature).copied().unwrap_or(0.0);
    }
}

/// Feature names made of parts ("cue=", lemma), written into one buffer and each given to a
/// sink: no allocation a feature.
pub(crate) struct Names<'s, S: FnMut(&str)> {
    buffer: String,
    sink: &'s mut S,
}

impl<'s, S: FnMut(&str)> Names<'s, S> {
    /// Names for `sink`.
    pub(crate) fn new(sink: &'s mut S) -> Names<'s, S> {
        Names { buffer: String::new(), sink }
    }

    /// Gives the feature named by `parts`, joined, to the sink.
    pub(crate) fn add(&mut self, parts: &[&str]) {
        self.buffer.clear();
        for part in parts {
            self.buffer.push_str(part);
        }
        (self.sink)(&self.buffer);
    }
}

/// Token-count buckets for features: 0, 1, 2–3, 4–7, 8–15, 16–31, 32+.
pub(crate) fn bucket(n: usize) -> &'static str {
    match n {
        0 => "0",
        1 => "1",
        2..=3 => "2-3",
        4..=7 => "4-7",
        8..=15 => "8-15",
        16..=31 => "16-31",
        _ => "32+",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_weights_bias_and_constants_and_sums_what_it_knows() {
        let model = Logistic::read("test.tsv", "# a comment\n(bias)\t-1.0\n(threshold)\t0.25\na\t1.0\nb\t2.0\n");
        assert_eq!(model.len(), 2);
        assert_eq!(model.constant("threshold"), 0.25);
        let p = model.probability(|sum| {
            sum.add("a");
            sum.add("unknown");
        });
        assert_eq!(p, 0.5);
        assert!(model.probability(|sum| sum.add("b")) > 0.7);
    }

    #[test]
    fn names_join_their_parts() {
        let mut seen = Vec::new();
        let mut sink = |f: &str| seen.push(f.to_string());
        let mut names = Names::new(&mut sink);
        names.add(&["cue=", "say"]);
        names.add(&["bucket=", bucket(5)]);
        assert_eq!(seen, ["cue=say", "bucket=4-7"]);
    }
}
