//! Printing the figures (a table or JSON) and the error report.

use std::fmt::Write;

use serde_json::{json, Value};

use super::gold::{GoldDocument, Pair};
use super::score::{predicted_claims, ClaimOutcome, ClaimScores, Counts, Scores};
use crate::analysis::Analysis;

fn prf(c: &Counts) -> Value {
    json!({"precision": round(c.precision()), "recall": round(c.recall()), "f1": round(c.f1()),
           "predicted": c.predicted, "gold": c.gold, "matched": c.found})
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn claims_json(s: &ClaimScores) -> Value {
    let mut kinds = serde_json::Map::new();
    for kind in ["direct", "mixed", "indirect"] {
        kinds.insert(kind.into(), prf(&s.by_kind.get(kind).copied().unwrap_or_default()));
    }
    json!({"claims": prf(&s.claims), "source_accuracy": round(s.source.value()), "cue_accuracy": round(s.cue.value()),
           "source_matched": s.source.total, "cue_matched": s.cue.total, "by_kind": kinds})
}

/// The figures as JSON.
pub fn to_json(s: &Scores) -> Value {
    json!({
        "documents": s.documents,
        "places": {"exact": prf(&s.places_exact), "overlap": prf(&s.places_overlap)},
        "people": {"exact": prf(&s.people_exact), "overlap": prf(&s.people_overlap)},
        "claims": claims_json(&s.all_claims),
        "speech": claims_json(&s.speech_claims),
    })
}

/// The figures as a text table.
pub fn table(s: &Scores) -> String {
    let mut out = String::new();
    let row = |out: &mut String, name: &str, c: &Counts| {
        let _ = writeln!(
            out,
            "{name:<28} {:>6.3} {:>6.3} {:>6.3} {:>7} {:>7}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.predicted,
            c.gold
        );
    };
    let _ = writeln!(out, "{} documents", s.documents);
    let _ = writeln!(out, "{:<28} {:>6} {:>6} {:>6} {:>7} {:>7}", "", "P", "R", "F1", "pred", "gold");
    if s.places_exact.gold + s.places_exact.predicted > 0 {
        row(&mut out, "places (exact)", &s.places_exact);
        row(&mut out, "places (overlap)", &s.places_overlap);
    }
    if s.people_exact.gold + s.people_exact.predicted > 0 {
        row(&mut out, "people mentions (exact)", &s.people_exact);
        row(&mut out, "people mentions (overlap)", &s.people_overlap);
    }
    for (name, c) in [("all claims", &s.all_claims), ("speech claims", &s.speech_claims)] {
        if c.claims.gold + c.claims.predicted == 0 {
            continue;
        }
        row(&mut out, name, &c.claims);
        for kind in ["direct", "mixed", "indirect"] {
            row(&mut out, &format!("  {kind}"), &c.by_kind.get(kind).copied().unwrap_or_default());
        }
        let _ = writeln!(
            out,
            "  source accuracy {:.3} (of {})   cue accuracy {:.3} (of {})",
            c.source.value(),
            c.source.total,
            c.cue.value(),
            c.cue.total
        );
    }
    out
}

fn cut(text: &str, pairs: &[Pair], max: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let joined: Vec<String> =
        pairs.iter().map(|&(a, b)| chars[a.min(chars.len())..b.min(chars.len())].iter().collect::<String>()).collect();
    let s = joined.join(" | ").replace('\n', " ¶ ");
    if s.chars().count() > max {
        let head: String = s.chars().take(max).collect();
        format!("{head}…")
    } else {
        s
    }
}

/// The text around a span, for the error report.
fn context(text: &str, span: Pair) -> String {
    let chars: Vec<char> = text.chars().collect();
    let from = span.0.saturating_sub(40);
    let to = (span.1 + 40).min(chars.len());
    let s: String = chars[from..span.0]
        .iter()
        .chain(['['].iter())
        .chain(chars[span.0..span.1].iter())
        .chain([']'].iter())
        .chain(chars[span.1..to].iter())
        .collect();
    s.replace('\n', " ¶ ")
}

/// Appends the errors of one document to `out`: missed and spurious claims with their text,
/// and matched claims with a wrong source or cue.
pub fn errors(out: &mut String, name: &str, gold: &GoldDocument, analysis: &Analysis, outcome: &ClaimOutcome) {
    let text = &gold.text;
    let predicted = predicted_claims(text, analysis);
    let opt = |p: Option<Pair>| p.map(|p| cut(text, &[p], 60)).unwrap_or_else(|| "-".into());
    for &g in &outcome.missed {
        let c = &gold.claims[g];
        let _ = writeln!(
            out,
            "{name}\tMISSED\t{}{}\tsource={}\tcue={}\t{}",
            c.kind,
            if c.speech { "" } else { " (not speech)" },
            cut(text, &c.source, 60),
            cut(text, &c.cue, 30),
            cut(text, &c.content, 160)
        );
    }
    for &p in &outcome.spurious {
        let c = &predicted[p];
        let _ = writeln!(
            out,
            "{name}\tSPURIOUS\t{}\tsource={}\tcue={}\t{}",
            c.kind,
            opt(c.source),
            opt(c.cue),
            cut(text, &c.content, 160)
        );
    }
    for &(g, p) in &outcome.wrong_source {
        let _ = writeln!(
            out,
            "{name}\tSOURCE\tgold={} ({})\tpredicted={} ({})\t{}",
            cut(text, &gold.claims[g].source, 60),
            gold.claims[g].speaker.as_deref().unwrap_or("-"),
            opt(predicted[p].source),
            predicted[p].speaker.as_deref().unwrap_or("-"),
            cut(text, &gold.claims[g].content, 100)
        );
    }
    for &(layer, span) in &outcome.missed_spans {
        let _ = writeln!(
            out,
            "{name}\tMISSED-{}\t{}\t{}",
            layer.to_uppercase(),
            cut(text, &[span], 60),
            context(text, span)
        );
    }
    for &(layer, span) in &outcome.spurious_spans {
        let _ = writeln!(
            out,
            "{name}\tSPURIOUS-{}\t{}\t{}",
            layer.to_uppercase(),
            cut(text, &[span], 60),
            context(text, span)
        );
    }
    for &(g, p) in &outcome.wrong_cue {
        let _ = writeln!(
            out,
            "{name}\tCUE\tgold={}\tpredicted={}\t{}",
            cut(text, &gold.claims[g].cue, 30),
            opt(predicted[p].cue),
            cut(text, &gold.claims[g].content, 100)
        );
    }
}
