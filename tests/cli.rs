//! The `newsmark` command.

#![cfg(not(target_arch = "wasm32"))] // runs the native command

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

fn newsmark_status(args: &[&str], stdin: &[u8]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin_pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin_pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_dash_reads_standard_input() {
    let (status, out, _) = newsmark_status(&["analyze", "-"], "“Go,” Mark Rutte said.".as_bytes());
    assert_eq!(status, Some(0));
    assert!(out.contains("Mark Rutte"));
}

#[test]
fn options_of_another_command_or_none_are_refused() {
    for args in [
        &["analyze", "--json"][..],
        &["eval", "--html", "x"],
        &["analyze", "--frobnicate"],
        &["eval", "--json", "--errors", "x"],
    ] {
        let (status, _, err) = newsmark_status(args, b"");
        assert_eq!(status, Some(2), "{args:?}");
        assert!(err.starts_with("newsmark: "), "{args:?}: {err}");
    }
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let text = "“We are ready,” Mark Rutte said in Kyiv. ".repeat(20_000);
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(["analyze", "--html"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(text.as_bytes()).unwrap();
    drop(stdin);
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout); // like `| head -c 10`
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "no panic, no message");
}

#[test]
fn input_is_bounded_and_checked_as_it_arrives() {
    let (status, _, err) = newsmark_status(&["analyze", "--max-bytes", "1000"], &[b'x'; 5000]);
    assert_eq!(status, Some(2));
    assert!(err.contains("longer than 1.0 KB"), "{err}");
    let mut bad = b"Rutte said so. ".to_vec();
    bad.push(0xff);
    let (status, _, err) = newsmark_status(&["analyze"], &bad);
    assert_eq!(status, Some(2));
    assert!(err.contains("not UTF-8") && err.contains("byte 15"), "{err}");
}

#[test]
fn a_stream_of_articles_with_bad_lines_mixed_in() {
    let input = "{\"id\": \"a\", \"text\": \"“Go,” Mark Rutte said.\"}\n\u{0}not json\n{\"id\": \"b\", \"body\": 1}\n{\"id\": \"c\", \"text\": \"Sources said the talks had failed.\"}\n";
    let (status, out, err) = newsmark_status(&["analyze", "--jsonl", "-", "--threads", "2"], input.as_bytes());
    assert_eq!(status, Some(2), "two bad lines: {err}");
    let lines: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["analysis"]["claims"][0]["cue"]["text"], "said");
    assert_eq!((lines[1]["line"].as_u64(), lines[1]["error"].is_string()), (Some(2), true));
    assert_eq!((lines[2]["id"].as_str(), lines[2]["line"].as_u64()), (Some("b"), Some(3)));
    assert_eq!(lines[3]["analysis"]["claims"][0]["source"]["text"], "Sources");
}

#[test]
fn eval_reads_folders_of_folders_and_reports_bad_gold_files() {
    let dir = std::env::temp_dir().join(format!("newsmark-eval-{}", std::process::id()));
    let nested = dir.join("a").join("b");
    std::fs::create_dir_all(&nested).unwrap();
    let seed = include_str!("fixtures/seed-nato-rutte-davos.json");
    std::fs::write(nested.join("seed.json"), format!("\u{feff}{seed}")).unwrap();
    let bad = r#"{"id": "bad", "layers": ["places"], "text": "Kyiv", "places": [[0, 40]]}"#;
    std::fs::write(dir.join("a").join("bad.json"), bad).unwrap();
    let (status, out, err) = newsmark_status(&["eval", dir.to_str().unwrap(), "--json"], b"");
    assert_eq!(status, Some(1), "a bad file makes the run fail after scoring the others: {err}");
    assert!(err.contains("bad.json") && err.contains("places") && err.contains("[0, 40]"), "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["documents"], 1, "the seed, with its byte-order mark, is read");
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let (status, _, err) = newsmark_status(&["eval", empty.to_str().unwrap()], b"");
    assert_eq!(status, Some(2));
    assert!(err.contains("no gold documents"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
