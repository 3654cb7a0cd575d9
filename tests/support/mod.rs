//! What the native tests and the WebAssembly tests share: the table of attribution cases
//! (`tests/cases/attribution.txt`) and the checks of the seed article ([`seed`]). Each test
//! crate uses part of it.
#![allow(dead_code)]

pub mod seed;

use newsmark::{analyze, ClaimKind};

/// The cases, embedded so that the WebAssembly tests read them too.
pub const ATTRIBUTION_CASES: &str = include_str!("../cases/attribution.txt");

/// One case: a text and every claim a reader sees in it.
#[derive(Debug)]
pub struct Case {
    /// The title after "## ".
    pub title: String,
    /// The text, its lines joined by line breaks.
    pub text: String,
    /// The claims, in text order.
    pub claims: Vec<ExpectedClaim>,
    /// The line of the title in the cases file.
    pub line: usize,
}

/// A claim as the table writes it; `None` in a field means "not checked" (`*`).
#[derive(Debug)]
pub struct ExpectedClaim {
    pub kind: Option<String>,
    pub source: Option<Option<String>>,
    pub cue: Option<Option<String>>,
    pub speaker: Option<Option<String>>,
    pub content: Option<Vec<String>>,
}

fn field(value: &str) -> Option<Option<String>> {
    match value.trim() {
        "*" => None,
        "-" => Some(None),
        v => Some(Some(v.to_string())),
    }
}

/// Reads the cases of `table`.
pub fn cases(table: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    let mut in_text = false;
    for (n, line) in table.lines().enumerate() {
        if let Some(title) = line.strip_prefix("## ") {
            cases.push(Case { title: title.to_string(), text: String::new(), claims: Vec::new(), line: n + 1 });
            in_text = true;
            continue;
        }
        let Some(case) = cases.last_mut() else { continue };
        if let Some(claim) = line.strip_prefix("=> ") {
            in_text = false;
            if claim.trim() == "none" {
                continue;
            }
            let cols: Vec<&str> = claim.split(" | ").collect();
            assert_eq!(cols.len(), 5, "line {}: kind | source | cue | speaker | content", n + 1);
            case.claims.push(ExpectedClaim {
                kind: field(cols[0]).flatten(),
                source: field(cols[1]),
                cue: field(cols[2]),
                speaker: field(cols[3]),
                content: field(cols[4]).map(|c| c.map_or(Vec::new(), |c| c.split(" // ").map(String::from).collect())),
            });
        } else if in_text {
            if !case.text.is_empty() {
                case.text.push('\n');
            }
            case.text.push_str(line);
        }
    }
    cases
}

/// Every case of the table that fails, described.
pub fn failing_cases() -> Vec<String> {
    let cases = cases(ATTRIBUTION_CASES);
    assert!(cases.len() > 60, "{} cases read", cases.len());
    cases.iter().filter_map(check).collect()
}

/// What is wrong with the analysis of `case`, or `None` when every claim is as expected.
pub fn check(case: &Case) -> Option<String> {
    let text = case.text.as_str();
    let analysis = analyze(text);
    let seen: Vec<String> = analysis
        .claims
        .iter()
        .map(|c| {
            let kind = match (c.kind, c.speech) {
                (ClaimKind::Direct, true) => "direct",
                (ClaimKind::Mixed, true) => "mixed",
                (ClaimKind::Indirect, true) => "indirect",
                (ClaimKind::Direct, false) => "direct belief",
                (ClaimKind::Mixed, false) => "mixed belief",
                (ClaimKind::Indirect, false) => "indirect belief",
            };
            let or_none = |s: Option<&str>| s.unwrap_or("-").to_string();
            let content: Vec<&str> = c.content.iter().map(|s| s.text(text)).collect();
            format!(
                "{kind} | {} | {} | {} | {}",
                or_none(c.source.map(|s| s.text(text))),
                or_none(c.cue.map(|s| s.text(text))),
                // An unnamed source ("a senior official") names no one: "-".
                or_none(
                    c.speaker
                        .map(|s| &analysis.entities[s])
                        .filter(|e| e.kind != newsmark::EntityKind::Unnamed)
                        .map(|e| e.name.as_str())
                ),
                content.join(" // ")
            )
        })
        .collect();
    let matches = |expected: &ExpectedClaim, seen: &str| {
        let cols: Vec<&str> = seen.split(" | ").collect();
        let opt = |v: &str| (v != "-").then(|| v.to_string());
        expected.kind.as_deref().is_none_or(|k| k == cols[0])
            && expected.source.as_ref().is_none_or(|s| *s == opt(cols[1]))
            && expected.cue.as_ref().is_none_or(|s| *s == opt(cols[2]))
            && expected.speaker.as_ref().is_none_or(|s| *s == opt(cols[3]))
            && expected.content.as_ref().is_none_or(|c| c.join(" // ") == cols[4..].join(" | "))
    };
    let right = seen.len() == case.claims.len() && case.claims.iter().zip(&seen).all(|(e, s)| matches(e, s));
    (!right).then(|| {
        format!(
            "line {}: {}\n  text: {:?}\n  seen:\n{}",
            case.line,
            case.title,
            case.text,
            seen.iter().map(|s| format!("    => {s}\n")).collect::<String>()
        )
    })
}
