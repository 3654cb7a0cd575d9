//! Any stream given to `newsmark analyze --jsonl`: one output line for every line that is not
//! blank, each of them JSON, whatever the lines hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::stream::{run, Options};

fuzz_target!(|data: &[u8]| {
    let options = Options { threads: 2, max_bytes: 4096, ..Options::default() };
    let mut out = Vec::new();
    let summary = run(&mut &data[..], &mut out, &options).unwrap();
    let out = String::from_utf8(out).expect("the output is UTF-8");
    assert_eq!(out.lines().count() as u64, summary.lines);
    for line in out.lines() {
        let _: serde_json::Value = serde_json::from_str(line).expect("each output line is JSON");
    }
});
