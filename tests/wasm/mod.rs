//! The WebAssembly build under test: the JavaScript API (UTF-16 offsets, escaping, chunks), the
//! seed article and the table of attribution cases through the compiled engine. Included by
//! `tests/web.rs` (run by `wasm-pack test --node`) and `tests/browser.rs` (run by `wasm-pack test
//! --headless --chrome`), so that both commands check the same.

use serde_json::Value;
use wasm_bindgen_test::*;

const SEED: &str = crate::support::seed::GOLD;

fn seed_text() -> String {
    let gold: Value = serde_json::from_str(SEED).unwrap();
    gold["text"].as_str().unwrap().to_string()
}

fn analyze(text: &str) -> Value {
    serde_wasm_bindgen::from_value(newsmark::wasm::analyze(text).unwrap()).unwrap()
}

/// `text.slice(start, end)` in JavaScript terms: UTF-16 code units.
fn slice(utf16: &[u16], span: &Value) -> String {
    let (start, end) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    String::from_utf16(&utf16[start..end]).unwrap()
}

#[wasm_bindgen_test]
fn analyze_returns_the_documented_shape_with_utf16_offsets() {
    let text = seed_text();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let result = analyze(&text);
    let entities = result["entities"].as_array().unwrap();
    let claims = result["claims"].as_array().unwrap();
    let rutte = entities.iter().position(|e| e["name"] == "Mark Rutte").unwrap();
    assert_eq!(entities[rutte]["kind"], "person");
    assert_eq!(entities[rutte]["title"], "NATO Secretary General");
    assert_eq!(entities[rutte]["speaker"], true);
    let direct: Vec<&Value> = claims.iter().filter(|c| c["kind"] == "direct").collect();
    assert_eq!(direct.len(), 3);
    for claim in &direct {
        assert_eq!(claim["speaker"].as_u64(), Some(rutte as u64));
    }
    // Every span slices to its text in UTF-16, as in JavaScript.
    let mut spans = 0;
    for e in entities {
        for m in e["mentions"].as_array().unwrap() {
            assert_eq!(slice(&utf16, m), m["text"].as_str().unwrap());
            spans += 1;
        }
    }
    for c in claims {
        for key in ["source", "cue"] {
            if !c[key].is_null() {
                assert_eq!(slice(&utf16, &c[key]), c[key]["text"].as_str().unwrap());
                spans += 1;
            }
        }
        for piece in c["content"].as_array().unwrap() {
            assert_eq!(slice(&utf16, piece), piece["text"].as_str().unwrap());
            spans += 1;
        }
    }
    assert!(spans > 30);
}

#[wasm_bindgen_test]
fn astral_characters_count_as_two_code_units() {
    let text = "😀 “We will stay in Kyiv,” Mark Rutte said.";
    let result = analyze(text);
    let quote = &result["claims"][0]["content"][0];
    assert_eq!(quote["start"], 3, "😀 is two UTF-16 code units, then a space");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(slice(&utf16, quote), "“We will stay in Kyiv,”");
}

#[wasm_bindgen_test]
fn render_html_escapes_and_keeps_every_character() {
    let text = "<img src=x onerror=alert(1)> “Tom & Jerry,” Jane Doe said.";
    let html = newsmark::wasm::render_html(text);
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("&amp;"));
    assert_eq!(newsmark::output::text_of(&html), text);
    assert!(html.contains("nm-claim"));
}

#[wasm_bindgen_test]
fn analyze_and_render_agree_with_the_separate_calls() {
    let text = seed_text();
    let both: Value = serde_wasm_bindgen::from_value(newsmark::wasm::analyze_and_render(&text, None).unwrap()).unwrap();
    assert_eq!(both["analysis"], analyze(&text));
    assert_eq!(both["html"][0], newsmark::wasm::render_html(&text));
    let chunked: Value =
        serde_wasm_bindgen::from_value(newsmark::wasm::analyze_and_render(&text, Some(500)).unwrap()).unwrap();
    let chunks = chunked["html"].as_array().unwrap();
    assert!(chunks.len() > 2);
    let joined: String = chunks.iter().map(|c| c.as_str().unwrap()).collect();
    assert_eq!(newsmark::output::text_of(&joined), text);
}

#[wasm_bindgen_test]
fn empty_and_odd_input() {
    for text in ["", " ", "\n\n", "“", "”", "'", "\u{feff}", "a\u{0}b"] {
        let result = analyze(text);
        assert!(result["claims"].as_array().unwrap().is_empty(), "{text:?}");
    }
}

#[wasm_bindgen_test]
fn every_attribution_case_of_the_table() {
    let failures = crate::support::failing_cases();
    assert!(failures.is_empty(), "{} cases fail:\n{}", failures.len(), failures.join("\n"));
}

crate::seed_tests!(wasm_bindgen_test);
