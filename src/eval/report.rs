//! Printing the figures (a table or JSON) and the error report.

use std::fmt::Write;

use serde_json::{json, Value};

use super::gold::{GoldDocument, Pair};
use super::score::{predicted_claims, ClaimScores, CodePoints, Counts, Outcome, Scores, SpeakerScores, ROLES};
use crate::analysis::{Analysis, ClaimKind};

fn prf(c: &Counts) -> Value {
    json!({"precision": round(c.precision()), "recall": round(c.recall()), "f1": round(c.f1()),
           "predicted": c.predicted, "gold": c.gold, "matched": c.found})
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn claims_json(s: &ClaimScores) -> Value {
    let kinds: serde_json::Map<String, Value> =
        ClaimKind::ALL.iter().map(|&k| (k.as_str().to_string(), prf(&s.kind(k)))).collect();
    let exact: serde_json::Map<String, Value> =
        ROLES.iter().zip(&s.exact).map(|(role, c)| (role.to_string(), prf(c))).collect();
    json!({"claims": prf(&s.claims), "source_accuracy": round(s.source.value()), "cue_accuracy": round(s.cue.value()),
           "source_matched": s.source.total, "cue_matched": s.cue.total, "by_kind": kinds, "span_exact": exact,
           "calibration_error": round(s.calibration_error()),
           "source_kind_accuracy": round(s.source_kind.value()), "source_kind_matched": s.source_kind.total})
}

fn speakers_json(s: &SpeakerScores) -> Value {
    json!({"identity": round(s.identity.value()), "coverage": round(s.coverage()),
           "right": s.identity.right, "covered": s.identity.total, "gold": s.gold})
}

/// The figures as JSON.
pub fn to_json(s: &Scores) -> Value {
    let mut out = json!({
        "documents": s.documents,
        "places": {"exact": prf(&s.places_exact), "overlap": prf(&s.places_overlap)},
        "people": {"exact": prf(&s.people_exact), "overlap": prf(&s.people_overlap)},
        "claims": claims_json(&s.all_claims),
        "speech": claims_json(&s.speech_claims),
    });
    if s.speakers.gold > 0 {
        out["speakers"] = speakers_json(&s.speakers);
    }
    out
}

/// The figures as a text table. Long because it writes the rows one after another, in the order
/// they are printed.
pub fn table(s: &Scores) -> String {
    let mut out = String::new();
    let row = |out: &mut String, name: &str, c: &Counts| {
        let (p, r, f) = (c.precision(), c.recall(), c.f1());
        let _ = writeln!(out, "{name:<28} {p:>6.3} {r:>6.3} {f:>6.3} {:>7} {:>7}", c.predicted, c.gold);
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
        for kind in ClaimKind::ALL {
            row(&mut out, &format!("  {}", kind.as_str()), &c.kind(kind));
        }
        for (role, counts) in ROLES.iter().zip(&c.exact) {
            row(&mut out, &format!("  {role} span-exact"), counts);
        }
        let (source, cue) = (c.source, c.cue);
        let _ = writeln!(
            out,
            "  source accuracy {:.3} (of {})   cue accuracy {:.3} (of {})   calibration error {:.3}",
            source.value(),
            source.total,
            cue.value(),
            cue.total,
            c.calibration_error()
        );
        if c.source_kind.total > 0 {
            let _ = writeln!(
                out,
                "  source kind: a named person where the gold names one {:.3} (of {})",
                c.source_kind.value(),
                c.source_kind.total
            );
        }
    }
    if s.speakers.gold > 0 {
        let sp = &s.speakers;
        let _ = writeln!(
            out,
            "speaker identity {:.3} ({} of {})   coverage {:.3} ({} of {} claims with a speaker)",
            sp.identity.value(),
            sp.identity.right,
            sp.identity.total,
            sp.coverage(),
            sp.identity.total,
            sp.gold
        );
    }
    out
}

/// Text of gold or predicted spans for the report: code points to bytes through `cp`, line
/// breaks shown as ¶, cut to `max` characters.
struct Quoter<'t> {
    text: &'t str,
    cp: CodePoints,
}

impl Quoter<'_> {
    fn slice(&self, (start, end): Pair) -> &str {
        &self.text[self.cp.byte(start)..self.cp.byte(end.max(start))]
    }

    fn cut(&self, pairs: &[Pair], max: usize) -> String {
        let joined: Vec<&str> = pairs.iter().map(|&p| self.slice(p)).collect();
        let s = joined.join(" | ").replace('\n', " ¶ ");
        match s.char_indices().nth(max) {
            Some((at, _)) => format!("{}…", &s[..at]),
            None => s,
        }
    }

    fn opt(&self, p: Option<Pair>, max: usize) -> String {
        p.map_or_else(|| "-".into(), |p| self.cut(&[p], max))
    }

    /// The text around a span, the span in brackets.
    fn context(&self, span: Pair) -> String {
        let from = span.0.saturating_sub(CONTEXT);
        let to = span.1 + CONTEXT;
        let s = format!("{}[{}]{}", self.slice((from, span.0)), self.slice(span), self.slice((span.1, to)));
        s.replace('\n', " ¶ ")
    }
}

/// Characters of context on each side of a span in the error report.
const CONTEXT: usize = 40;

/// Appends the errors of one document to `out`: missed and spurious claims with their text,
/// matched claims with a wrong source or cue, wrong or missing speakers, and missed and spurious
/// places and people.
pub fn errors(out: &mut String, name: &str, gold: &GoldDocument, analysis: &Analysis, outcome: &Outcome) {
    let q = Quoter { text: &gold.text, cp: CodePoints::new(&gold.text) };
    let predicted = predicted_claims(&gold.text, analysis);
    for &g in &outcome.missed {
        let c = &gold.claims[g];
        let _ = writeln!(
            out,
            "{name}\tMISSED\t{}{}\tsource={}\tcue={}\t{}",
            c.kind.as_str(),
            if c.speech { "" } else { " (not speech)" },
            q.cut(&c.source, 60),
            q.cut(&c.cue, 30),
            q.cut(&c.content, 160)
        );
    }
    for &p in &outcome.spurious {
        let c = &predicted[p];
        let (source, cue) = (q.opt(c.source, 60), q.opt(c.cue, 30));
        let _ = writeln!(
            out,
            "{name}\tSPURIOUS\t{}\tsource={source}\tcue={cue}\t{}",
            c.kind.as_str(),
            q.cut(&c.content, 160)
        );
    }
    for &(g, p) in &outcome.wrong_source {
        let (gc, pc) = (&gold.claims[g], &predicted[p]);
        let _ = writeln!(
            out,
            "{name}\tSOURCE\tgold={} ({})\tpredicted={} ({})\t{}",
            q.cut(&gc.source, 60),
            gc.speaker.as_deref().unwrap_or("-"),
            q.opt(pc.source, 60),
            pc.speaker.as_deref().unwrap_or("-"),
            q.cut(&gc.content, 100)
        );
    }
    for &(g, p) in &outcome.wrong_speaker {
        let gc = &gold.claims[g];
        let said = gc.speaker.as_deref().unwrap_or("-");
        let predicted = match p {
            Some(p) => predicted[p].speaker.as_deref().unwrap_or("no speaker"),
            None => "no source found",
        };
        let at = gc.source.first().copied().unwrap_or((0, 0));
        let _ = writeln!(out, "{name}\tSPEAKER\tgold={said}\tpredicted={predicted}\t{}", q.context(at));
    }
    span_errors(out, name, &q, outcome);
    for &(g, p) in &outcome.wrong_cue {
        let gc = &gold.claims[g];
        let _ = writeln!(
            out,
            "{name}\tCUE\tgold={}\tpredicted={}\t{}",
            q.cut(&gc.cue, 30),
            q.opt(predicted[p].cue, 30),
            q.cut(&gc.content, 100)
        );
    }
}

/// Appends the missed and spurious places and people of one document to `out`.
fn span_errors(out: &mut String, name: &str, q: &Quoter, outcome: &Outcome) {
    for (what, spans) in [("MISSED", &outcome.missed_spans), ("SPURIOUS", &outcome.spurious_spans)] {
        for &(layer, span) in spans {
            let layer = layer.to_uppercase();
            let _ = writeln!(out, "{name}\t{what}-{layer}\t{}\t{}", q.cut(&[span], 60), q.context(span));
        }
    }
}
