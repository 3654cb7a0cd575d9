//! The JavaScript API, exported with wasm-bindgen.

use wasm_bindgen::prelude::*;

use crate::output::json::JsonAnalysis;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A span of the analysed text: UTF-16 offsets, end exclusive; `text === input.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A mention of an entity: a name carries how likely it is a name of this kind with these words, in [0, 1] (names below 0.5 are drawn lighter); a pronoun or description has no confidence. */
export interface Mention extends Span {
  confidence?: number;
}

/** Gazetteer data of a place. */
export interface PlaceInfo {
  kind: "country" | "region" | "city" | "continent" | "water" | "landform" | "venue";
  /** ISO 3166-1 alpha-2 code, when known. */
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** A person, place or organisation, or a source that names no one ("a senior official"). */
export interface Entity {
  /** Index in `Analysis.entities`. */
  id: number;
  kind: "person" | "place" | "organization" | "unnamed";
  /** Canonical name: the fullest name in the text, or the gazetteer's. */
  name: string;
  /** For a person, the title the text gives them. */
  title: string | null;
  /** True when the entity speaks in at least one claim. */
  speaker: boolean;
  /** When a first name or title tells. */
  gender?: "male" | "female";
  /** For a place in the gazetteer. */
  place?: PlaceInfo;
  /** Names, plus pronouns and descriptions that are sources of claims. */
  mentions: Mention[];
}

/** An attributed statement. */
export interface Claim {
  /** Index in `Analysis.claims`. */
  id: number;
  /** direct: the content opens with a quote mark; mixed: quote marks inside; indirect: none. */
  kind: "direct" | "mixed" | "indirect";
  /** True for verbs of saying and "according to"; false for beliefs and findings. */
  speech: boolean;
  /** The speaker's entity id. */
  speaker: number | null;
  /** The source as written ("NATO Secretary General Mark Rutte", "He"). */
  source: Span | null;
  /** The cue ("said", "according to", ":"). */
  cue: Span | null;
  /** What is claimed: one or more pieces. */
  content: Span[];
  /** How likely a reader would mark this claim, in [0, 1] (claims below the model's threshold are not reported). */
  confidence: number;
  /** Who stands behind it: a named person, an organisation, a place, someone unnamed, a document, or no source. */
  source_kind: SourceKind;
}

export type SourceKind = "person" | "organization" | "place" | "unnamed" | "document" | "none";

/** What the analysis adds up to. */
export interface Summary {
  claims: number;
  /** Claims with a verb of saying or "according to". */
  speech: number;
  /** Beliefs, intentions and findings. */
  beliefs: number;
  by_source_kind: Record<SourceKind, number>;
  /** Named people who are the source of a claim. */
  named_people: number;
  /** Those people by gender, as far as a first name or title tells. */
  people_by_gender: { female: number; male: number; unknown: number };
  /** Words inside quotation marks per speaker, most first; `share` of all quoted words with a speaker. */
  quoted_words: { entity: number; name: string; words: number; share: number }[];
}

/** A word for a people ("Ukrainian"), linked to its place. */
export interface Demonym extends Span {
  /** Canonical name of the place. */
  place: string;
  /** The place's entity id, when the text names it. */
  entity: number | null;
}

/** Everything newsmark found in a text. */
export interface Analysis {
  entities: Entity[];
  claims: Claim[];
  demonyms: Demonym[];
  summary: Summary;
}
"#;

/// Analyses `text` and returns the JSON shape of the README as a JavaScript object, with
/// offsets in UTF-16 code units (`text.slice(start, end)` is each span's `text`).
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    let analysis = crate::analyze(text);
    to_js(&JsonAnalysis::new(text, &analysis))
}

/// Renders `text` as escaped HTML with claims and mentions marked; every character of the input
/// appears once.
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(text: &str) -> String {
    crate::output::render_html(text, &crate::analyze(text))
}

/// Analyses `text` once and returns both results: `{ analysis, html }`, where `analysis` is what
/// [`analyze`] returns and `html` what [`render_html`] returns, cut into chunks of about
/// `chunk_bytes` of text (UTF-8) at line breaks (each chunk well-formed HTML; joined, the whole),
/// so that a page can insert a long text a piece at a time. Without `chunk_bytes`, one chunk.
#[wasm_bindgen(js_name = analyzeAndRender, unchecked_return_type = "{ analysis: Analysis; html: string[] }")]
pub fn analyze_and_render(text: &str, chunk_bytes: Option<u32>) -> Result<JsValue, JsError> {
    #[derive(serde::Serialize)]
    struct Both<'a> {
        analysis: JsonAnalysis<'a>,
        html: Vec<String>,
    }
    let analysis = crate::analyze(text);
    let chunk = chunk_bytes.map_or(usize::MAX, |c| c as usize);
    let html = crate::output::render_html_chunks(text, &analysis, chunk);
    to_js(&Both { analysis: JsonAnalysis::new(text, &analysis), html })
}

/// The version of the newsmark package.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn to_js(value: &impl serde::Serialize) -> Result<JsValue, JsError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(|e| JsError::new(&e.to_string()))
}
