//! The seed article (NATO Secretary General Mark Rutte at Davos), end to end through the Rust
//! API and the JSON output.

use newsmark::{analyze, ClaimKind, EntityKind};
use serde_json::Value;

fn seed() -> String {
    let gold: Value = serde_json::from_str(include_str!("fixtures/seed-nato-rutte-davos.json")).unwrap();
    gold["text"].as_str().unwrap().to_string()
}

#[test]
fn three_direct_quotes_by_mark_rutte() {
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

#[test]
fn nested_yes_and_not_are_not_quotes_of_their_own() {
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

#[test]
fn ukraine_and_moscow_are_places() {
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

#[test]
fn every_json_span_slices_to_its_text_in_utf16() {
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

#[test]
fn the_json_has_the_documented_fields() {
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

#[test]
fn the_html_holds_every_character_once() {
    let text = seed();
    let html = newsmark::output::render_html(&text, &analyze(&text));
    assert_eq!(newsmark::output::text_of(&html), text);
}
