//! The `newsmark` command.

use std::io::Write;
use std::process::{Command, Stdio};

fn newsmark(args: &[&str], stdin: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn analyze_reads_stdin_and_prints_json() {
    let (ok, out, _) = newsmark(&["analyze"], "“We are ready,” Mark Rutte said in Kyiv.");
    assert!(ok);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["claims"][0]["cue"]["text"], "said");
    assert_eq!(json["entities"][json["claims"][0]["speaker"].as_u64().unwrap() as usize]["name"], "Mark Rutte");
}

#[test]
fn analyze_html_is_a_standalone_escaped_page() {
    let (ok, out, _) = newsmark(&["analyze", "--html"], "<script>x</script> “Go,” Jane Doe said.");
    assert!(ok);
    assert!(out.starts_with("<!doctype html>"));
    assert!(out.contains("&lt;script&gt;"));
    assert!(!out.contains("<script>x"));
}

#[test]
fn eval_scores_the_fixtures_as_a_table_and_as_json() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let (ok, table, _) = newsmark(&["eval", fixtures], "");
    assert!(ok);
    assert!(table.contains("places (exact)") && table.contains("speech claims"), "{table}");
    let (ok, json, _) = newsmark(&["eval", fixtures, "--json"], "");
    assert!(ok);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["documents"], 1);
    assert_eq!(json["claims"]["claims"]["gold"], 8);
    assert!(json["claims"]["claims"]["recall"].as_f64().unwrap() >= 0.99, "all 8 seed claims found");
    assert!(json["places"]["exact"]["f1"].as_f64().unwrap() >= 0.99);
}

#[test]
fn bad_usage_fails_with_a_message() {
    let (ok, _, err) = newsmark(&["frobnicate"], "");
    assert!(!ok);
    assert!(err.contains("unknown command"));
    let (ok, _, err) = newsmark(&["eval", "/nonexistent/folder"], "");
    assert!(!ok);
    assert!(err.contains("/nonexistent/folder"));
}
