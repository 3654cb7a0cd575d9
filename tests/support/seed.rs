//! The seed article (NATO Secretary General Mark Rutte at Davos), end to end through the Rust
//! API, the JSON output and the HTML: checks shared by the native tests and the WebAssembly
//! tests (`seed_tests!` makes a test of each).

use newsmark::{analyze, ClaimKind, EntityKind};
use serde_json::Value;

/// The hand-annotated seed article.
pub const GOLD: &str = include_str!("../fixtures/seed-nato-rutte-davos.json");

fn seed() -> String {
    let gold: Value = serde_json::from_str(GOLD).unwrap();
    gold["text"].as_str().unwrap().to_string()
}

/// Checked by `seed_tests!`.
pub fn three_direct_quotes_by_mark_rutte() {
    let text = seed();
    let analysis = analyze(&text);
    let direct: Vec<_> = analysis.claims.iter().filter(|c| c.kind == ClaimKind::Direct).collect();
    assert_eq!(direct.len(), 3);
    for claim in direct {
        let speaker = &analysis.entities[claim.speaker.expect("a speaker")];
        assert_eq!(speaker.name, "Mark Rutte");
        assert!(claim.content[0].text(&text).starts_with('“'));
    }
}

/// Checked by `seed_tests!`.
pub fn nested_yes_and_not_are_not_quotes_of_their_own() {
    let text = seed();
    let analysis = analyze(&text);
    for claim in &analysis.claims {
        for piece in &claim.content {
            let t = piece.text(&text);
            assert!(!t.starts_with('‘'), "a nested quote became a claim: {t}");
        }
    }
    // The quotation that holds them is one claim.
    assert!(analysis.claims.iter().any(|c| c.content[0].text(&text).contains("‘yes’ or ‘not’ NATO")));
}

/// Checked by `seed_tests!`.
pub fn ukraine_and_moscow_are_places() {
    let text = seed();
    let analysis = analyze(&text);
    let places: Vec<&str> =
        analysis.entities.iter().filter(|e| e.kind == EntityKind::Place).map(|e| e.name.as_str()).collect();
    for expected in ["Ukraine", "Moscow", "Davos", "Minsk"] {
        assert!(places.contains(&expected), "{expected} missing from {places:?}");
    }
    let ukraine = analysis.entities.iter().find(|e| e.name == "Ukraine").unwrap();
    assert_eq!(ukraine.mentions.len(), 6);
}

/// Checked by `seed_tests!`.
pub fn every_json_span_slices_to_its_text_in_utf16() {
    let text = seed();
    let json: Value = serde_json::from_str(&newsmark::output::to_json(&text, &analyze(&text), false)).unwrap();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut checked = 0;
    let mut check = |span: &Value| {
        let (start, end) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&utf16[start..end]).unwrap(), span["text"].as_str().unwrap());
        checked += 1;
    };
    for e in json["entities"].as_array().unwrap() {
        e["mentions"].as_array().unwrap().iter().for_each(&mut check);
    }
    for c in json["claims"].as_array().unwrap() {
        for key in ["source", "cue"] {
            if !c[key].is_null() {
                check(&c[key]);
            }
        }
        c["content"].as_array().unwrap().iter().for_each(&mut check);
    }
    for d in json["demonyms"].as_array().unwrap() {
        check(d);
    }
    assert!(checked > 40, "only {checked} spans");
}

/// Checked by `seed_tests!`.
pub fn the_json_has_the_documented_fields() {
    let text = seed();
    let json: Value = serde_json::from_str(&newsmark::output::to_json(&text, &analyze(&text), false)).unwrap();
    let entity = &json["entities"][0];
    for key in ["id", "kind", "name", "title", "speaker", "mentions"] {
        assert!(entity.get(key).is_some(), "entity lacks {key}");
    }
    let claim = &json["claims"][0];
    for key in ["id", "kind", "speaker", "source", "cue", "content"] {
        assert!(claim.get(key).is_some(), "claim lacks {key}");
    }
}

/// Checked by `seed_tests!`.
pub fn the_html_holds_every_character_once() {
    let text = seed();
    let html = newsmark::output::render_html(&text, &analyze(&text));
    assert_eq!(newsmark::output::text_of(&html), text);
}

/// Every claim of the annotation is found, with its source, cue and speaker: content pieces that
/// overlap the gold's by half, source and cue that overlap the gold's.
pub fn every_annotated_claim_with_its_source_cue_and_speaker() {
    let gold: Value = serde_json::from_str(GOLD).unwrap();
    let text = seed();
    // Gold offsets are code points; the Rust API's are bytes.
    let bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let span = |pair: &Value| (bytes[pair[0].as_u64().unwrap() as usize], bytes[pair[1].as_u64().unwrap() as usize]);
    let overlap = |a: (usize, usize), b: newsmark::Span| a.1.min(b.end).saturating_sub(a.0.max(b.start));
    let analysis = analyze(&text);
    let claims = gold["claims"].as_array().unwrap();
    assert_eq!(analysis.claims.len(), claims.len());
    for g in claims {
        let content: Vec<(usize, usize)> = g["content"].as_array().unwrap().iter().map(span).collect();
        let length: usize = content.iter().map(|c| c.1 - c.0).sum();
        let found = analysis.claims.iter().find(|c| {
            let shared: usize = content.iter().map(|&g| c.content.iter().map(|&p| overlap(g, p)).sum::<usize>()).sum();
            let predicted: usize = c.content.iter().map(|p| p.len()).sum();
            2 * shared >= length && 2 * shared >= predicted
        });
        let c = found.unwrap_or_else(|| panic!("no claim for {}", g["content"]));
        assert!(c.source.is_some_and(|s| overlap(span(&g["source"][0]), s) > 0), "source of {}", g["content"]);
        assert!(c.cue.is_some_and(|s| overlap(span(&g["cue"][0]), s) > 0), "cue of {}", g["content"]);
        assert_eq!(c.speaker.map(|s| analysis.entities[s].name.as_str()), g["speaker"].as_str());
        assert_eq!(c.kind.as_str(), g["kind"].as_str().unwrap());
    }
}

/// A test of each seed check, with the test attribute given: `seed_tests!(test)` natively,
/// `seed_tests!(wasm_bindgen_test)` in WebAssembly.
#[macro_export]
macro_rules! seed_tests {
    ($attr:meta) => {
        #[$attr]
        fn seed_every_annotated_claim_with_its_source_cue_and_speaker() {
            $crate::support::seed::every_annotated_claim_with_its_source_cue_and_speaker()
        }
        #[$attr]
        fn seed_three_direct_quotes_by_mark_rutte() {
            $crate::support::seed::three_direct_quotes_by_mark_rutte()
        }
        #[$attr]
        fn seed_nested_yes_and_not_are_not_quotes_of_their_own() {
            $crate::support::seed::nested_yes_and_not_are_not_quotes_of_their_own()
        }
        #[$attr]
        fn seed_ukraine_and_moscow_are_places() {
            $crate::support::seed::ukraine_and_moscow_are_places()
        }
        #[$attr]
        fn seed_every_json_span_slices_to_its_text_in_utf16() {
            $crate::support::seed::every_json_span_slices_to_its_text_in_utf16()
        }
        #[$attr]
        fn seed_the_json_has_the_documented_fields() {
            $crate::support::seed::the_json_has_the_documented_fields()
        }
        #[$attr]
        fn seed_the_html_holds_every_character_once() {
            $crate::support::seed::the_html_holds_every_character_once()
        }
    };
}
