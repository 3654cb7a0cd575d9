//! Any text: the analysis never panics, every span lies on character boundaries inside the
//! text, the JSON parses and its spans slice the text in UTF-16, the HTML holds every character
//! once and no tag but newsmark's.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let analysis = newsmark::analyze(text);
    let spans = analysis
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .chain(analysis.claims.iter().flat_map(|c| c.content.iter().copied().chain(c.source).chain(c.cue)))
        .chain(analysis.demonyms.iter().map(|d| d.span));
    for s in spans {
        assert!(s.start < s.end && s.end <= text.len(), "span {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span {s:?}");
    }
    for c in &analysis.claims {
        assert!(!c.content.is_empty());
        assert!(c.speaker.is_none_or(|s| s < analysis.entities.len()));
    }
    let json: serde_json::Value = serde_json::from_str(&newsmark::output::to_json(text, &analysis, false)).unwrap();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for claim in json["claims"].as_array().unwrap() {
        for piece in claim["content"].as_array().unwrap() {
            let (start, end) = (piece["start"].as_u64().unwrap() as usize, piece["end"].as_u64().unwrap() as usize);
            assert_eq!(String::from_utf16(&utf16[start..end]).unwrap(), piece["text"].as_str().unwrap());
        }
    }
    let html = newsmark::output::render_html(text, &analysis);
    assert_eq!(newsmark::output::text_of(&html), text);
    for (at, _) in html.match_indices('<') {
        let tag = &html[at..];
        assert!(["<span ", "</span>", "<mark ", "</mark>"].iter().any(|t| tag.starts_with(t)), "{}", &tag[..tag.len().min(20)]);
    }
});
