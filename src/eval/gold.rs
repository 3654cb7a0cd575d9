//! Gold documents in the format of `shared/corpus/FORMAT.md`, read and checked.

use serde::Deserialize;

use crate::analysis::ClaimKind;

/// A `[start, end]` pair of Unicode code-point offsets, end exclusive.
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
    /// Direct, mixed or indirect.
    #[serde(deserialize_with = "claim_kind")]
    pub kind: ClaimKind,
    /// True when the cue is a verb of saying or "according to".
    #[serde(default)]
    pub speech: bool,
    /// Canonical name of the person the source refers to, when annotated.
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

fn claim_kind<'de, D: serde::Deserializer<'de>>(d: D) -> Result<ClaimKind, D::Error> {
    let name = String::deserialize(d)?;
    ClaimKind::from_name(&name)
        .ok_or_else(|| serde::de::Error::custom(format!("unknown claim kind {name:?} (direct, mixed or indirect)")))
}

/// A gold document.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldDocument {
    /// Its identifier.
    pub id: String,
    /// The layers it annotates: "people", "places", "claims", "speakers".
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

    /// Reads a gold document from JSON (a byte-order mark before it is allowed) and checks that
    /// every span lies inside the text, start before end. The error names the field and the
    /// reason.
    pub fn parse(json: &str) -> Result<GoldDocument, String> {
        let doc: GoldDocument =
            serde_json::from_str(json.strip_prefix('\u{feff}').unwrap_or(json)).map_err(|e| e.to_string())?;
        doc.check()?;
        Ok(doc)
    }

    /// Every span inside the text, start before end: the error names the first that is not.
    fn check(&self) -> Result<(), String> {
        let chars = self.text.chars().count();
        let check = |field: String, pairs: &[Pair]| -> Result<(), String> {
            match pairs.iter().find(|&&(start, end)| start > end || end > chars) {
                Some((start, end)) => {
                    Err(format!("{field}: span [{start}, {end}] is not inside the text of {chars} characters"))
                }
                None => Ok(()),
            }
        };
        check("places".into(), &self.places)?;
        for (n, p) in self.people.iter().enumerate() {
            check(format!("people[{n}].mentions"), &p.mentions)?;
        }
        for (n, c) in self.claims.iter().enumerate() {
            check(format!("claims[{n}].source"), &c.source)?;
            check(format!("claims[{n}].cue"), &c.cue)?;
            check(format!("claims[{n}].content"), &c.content)?;
            if c.content.is_empty() {
                return Err(format!("claims[{n}].content: a claim needs content"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{"id": "x", "layers": ["claims"], "text": "“Yes,” he said.",
        "claims": [{"kind": "direct", "speech": true, "source": [[7, 9]], "cue": [[10, 14]], "content": [[0, 6]]}]}"#;

    #[test]
    fn reads_a_document_with_or_without_a_byte_order_mark() {
        assert_eq!(GoldDocument::parse(GOOD).unwrap().claims[0].kind, ClaimKind::Direct);
        assert!(GoldDocument::parse(&format!("\u{feff}{GOOD}")).is_ok());
    }

    #[test]
    fn names_what_is_wrong() {
        let bad_kind = GOOD.replace("\"direct\"", "\"quoted\"");
        assert!(GoldDocument::parse(&bad_kind).unwrap_err().contains("unknown claim kind \"quoted\""));
        let out_of_range = GOOD.replace("[[0, 6]]", "[[0, 60]]");
        assert!(GoldDocument::parse(&out_of_range).unwrap_err().contains("claims[0].content: span [0, 60]"));
        let reversed = GOOD.replace("[[7, 9]]", "[[9, 7]]");
        assert!(GoldDocument::parse(&reversed).unwrap_err().contains("claims[0].source"));
    }
}
