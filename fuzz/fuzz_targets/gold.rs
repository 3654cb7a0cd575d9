//! Any file given to `newsmark eval`: reading it never panics; a document that reads is scored
//! and reported without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    let Ok(gold) = newsmark::eval::GoldDocument::parse(json) else { return };
    let analysis = newsmark::analyze(&gold.text);
    let (_, outcome) = newsmark::eval::score(&gold, &analysis);
    let mut report = String::new();
    newsmark::eval::report::errors(&mut report, "fuzz.json", &gold, &analysis, &outcome);
});
