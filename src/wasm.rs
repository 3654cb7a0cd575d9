//! The JavaScript API, exported with wasm-bindgen.

use wasm_bindgen::prelude::*;

use crate::output::json::JsonAnalysis;

/// Analyses `text` and returns the JSON shape of the README as a JavaScript object, with
/// offsets in UTF-16 code units (`text.slice(start, end)` is each span's `text`).
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsError> {
    let analysis = crate::analyze(text);
    let json = JsonAnalysis::new(text, &analysis);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&json, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// Renders `text` as escaped HTML with claims and mentions marked; every character of the input
/// appears once.
#[wasm_bindgen(js_name = renderHtml)]
pub fn render_html(text: &str) -> String {
    crate::output::render_html(text, &crate::analyze(text))
}

/// Analyses `text` once and returns both results: `{ analysis, html }`, where `analysis` is what
/// [`analyze`] returns and `html` what [`render_html`] returns.
#[wasm_bindgen(js_name = analyzeAndRender)]
pub fn analyze_and_render(text: &str) -> Result<JsValue, JsError> {
    #[derive(serde::Serialize)]
    struct Both<'a> {
        analysis: JsonAnalysis,
        html: &'a str,
    }
    let analysis = crate::analyze(text);
    let html = crate::output::render_html(text, &analysis);
    let both = Both { analysis: JsonAnalysis::new(text, &analysis), html: &html };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&both, &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The version of the newsmark package.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
