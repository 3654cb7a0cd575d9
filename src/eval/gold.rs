//! Gold documents in the format of `shared/corpus/FORMAT.md`.

use serde::Deserialize;

/// A `[start, end]` pair of Unicode code-point offsets.
pub type Pair = (usize, usize);

/// A gold person.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldPerson {
    /// Canonical name.
    pub name: String,
    /// True when the person speaks in some claim.
    #[serde(default)]
    pub speaker: bool,
    /// Name mentions, plus pronoun and description sources.
    #[serde(default)]
    pub mentions: Vec<Pair>,
}

/// A gold claim.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldClaim {
    /// "direct", "mixed" or "indirect".
    pub kind: String,
    /// True when the cue is a verb of saying or "according to".
    #[serde(default)]
    pub speech: bool,
    /// Canonical name of the speaker, when annotated.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Source pieces (may be empty).
    #[serde(default)]
    pub source: Vec<Pair>,
    /// Cue pieces.
    #[serde(default)]
    pub cue: Vec<Pair>,
    /// Content pieces.
    pub content: Vec<Pair>,
}

/// A gold document.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldDocument {
    /// Its identifier.
    pub id: String,
    /// The layers it annotates: "people", "places", "claims".
    pub layers: Vec<String>,
    /// The article.
    pub text: String,
    /// People, when the layer is annotated.
    #[serde(default)]
    pub people: Vec<GoldPerson>,
    /// Places, when the layer is annotated.
    #[serde(default)]
    pub places: Vec<Pair>,
    /// Claims, when the layer is annotated.
    #[serde(default)]
    pub claims: Vec<GoldClaim>,
}

impl GoldDocument {
    /// True when the document annotates `layer`.
    pub fn has(&self, layer: &str) -> bool {
        self.layers.iter().any(|l| l == layer)
    }

    /// Reads a gold document from JSON.
    pub fn parse(json: &str) -> Result<GoldDocument, serde_json::Error> {
        serde_json::from_str(json)
    }
}
