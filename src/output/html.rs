//! Highlighted HTML: the text, escaped, with claims and mentions marked.
//!
//! Every character of the input appears exactly once in the output, escaped; marks nest
//! properly (a mark that would cross another is closed and reopened), so a claim band holds its
//! entity marks. The HTML is written as it is made, a piece at a time ([`write_html`]), or cut
//! into well-formed chunks ([`render_html_chunks`]).

use std::fmt::Write as _;
use std::io;

use crate::analysis::{Analysis, ClaimKind, EntityKind};

/// What a mark marks: an index into the analysis's claims, entities or demonyms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum What {
    /// A content piece of claim `id`.
    Claim(usize),
    /// The cue of claim `id`.
    Cue(usize),
    /// The source of claim `id`.
    Source(usize),
    /// Mention `k` of entity `id`.
    Entity(usize, usize),
    /// Demonym `n`.
    Demonym(usize),
}

/// One mark to place: a byte range, its layer (outer layers open first) and what it marks; its
/// tags are written when it opens.
#[derive(Clone, Copy, Debug)]
struct Mark {
    start: usize,
    end: usize,
    layer: u8,
    what: What,
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The text of `analysis` as HTML: claim content in `<span class="nm-claim …">`, cues and sources
/// in `<span class="nm-cue">` / `<span class="nm-source">`, mentions in `<mark class="nm-…">`.
/// Data attributes (`data-claim`, `data-entity`, `data-speaker`) link marks to the JSON ids.
pub fn render_html(text: &str, analysis: &Analysis) -> String {
    render_html_chunks(text, analysis, usize::MAX).concat()
}

/// [`render_html`] cut into chunks of about `chunk_bytes` of text each, at line breaks where the
/// text has them (else after spaces, else anywhere between characters). Every
/// chunk is well-formed HTML on its own (marks open across a cut are closed before it and reopened
/// after it), so a page can insert a long text a chunk at a time; the chunks joined are the
/// whole rendering.
pub fn render_html_chunks(text: &str, analysis: &Analysis, chunk_bytes: usize) -> Vec<String> {
    let mut chunks = Chunks::default();
    nest(text, analysis, marks(analysis), &cuts(text, chunk_bytes), &mut chunks);
    chunks.0
}

/// [`render_html`] written to `out` as it is made, so that memory stays small whatever the
/// length of the text.
pub fn write_html(out: &mut impl io::Write, text: &str, analysis: &Analysis) -> io::Result<()> {
    let mut stream = Stream { out, error: None };
    nest(text, analysis, marks(analysis), &[], &mut stream);
    stream.error.map_or(Ok(()), Err)
}

/// Where [`nest`] puts the HTML it makes.
trait Sink {
    /// Called after each piece of text with the HTML made so far; may take it.
    fn piece(&mut self, html: &mut String);
    /// Called at a cut and at the end with the HTML since the last cut; takes it.
    fn chunk(&mut self, html: &mut String);
}

/// Collects the chunks.
#[derive(Default)]
struct Chunks(Vec<String>);

impl Sink for Chunks {
    fn piece(&mut self, _: &mut String) {}

    fn chunk(&mut self, html: &mut String) {
        self.0.push(std::mem::take(html));
    }
}

/// How many chunks' length past the size asked a cut looks for a line break.
const LINE_WINDOW: usize = 4;

/// How much HTML a stream holds before writing it.
const STREAM_BUFFER: usize = 1 << 16;

/// Writes the HTML to a writer, a buffer at a time; keeps the first error.
struct Stream<'w, W: io::Write> {
    out: &'w mut W,
    error: Option<io::Error>,
}

impl<W: io::Write> Sink for Stream<'_, W> {
    fn piece(&mut self, html: &mut String) {
        if html.len() >= STREAM_BUFFER {
            self.chunk(html);
        }
    }

    fn chunk(&mut self, html: &mut String) {
        if self.error.is_none() {
            self.error = self.out.write_all(html.as_bytes()).err();
        }
        html.clear();
    }
}

/// Every mark of `analysis`: claim content bands (layer 0), their cues and sources (layer 1),
/// mentions and demonyms (layer 2).
fn marks(analysis: &Analysis) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (id, claim) in analysis.claims.iter().enumerate() {
        for piece in &claim.content {
            marks.push(Mark { start: piece.start, end: piece.end, layer: 0, what: What::Claim(id) });
        }
        for (span, what) in [(claim.cue, What::Cue(id)), (claim.source, What::Source(id))] {
            if let Some(s) = span {
                marks.push(Mark { start: s.start, end: s.end, layer: 1, what });
            }
        }
    }
    for (id, entity) in analysis.entities.iter().enumerate() {
        for (k, m) in entity.mentions.iter().enumerate() {
            marks.push(Mark { start: m.start, end: m.end, layer: 2, what: What::Entity(id, k) });
        }
    }
    for (n, d) in analysis.demonyms.iter().enumerate() {
        marks.push(Mark { start: d.span.start, end: d.span.end, layer: 2, what: What::Demonym(n) });
    }
    marks
}

/// Below this confidence a name is drawn lighter (class `nm-unsure`) and its title says so.
pub const UNSURE_MENTION: f32 = 0.5;

/// Below this confidence a claim is drawn lighter (class `nm-unsure`): one in three or more such claims is wrong.
pub const UNSURE: f32 = 0.7;

/// A confidence in [0, 1] as a whole percentage. An integer, not a float rounded: printing a
/// float would bring the float printer into the `.wasm` for one number.
fn percent(confidence: f32) -> u32 {
    (confidence.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// Writes the opening tag of `what` to `out`.
fn open_tag(out: &mut String, text: &str, analysis: &Analysis, what: What) {
    match what {
        What::Claim(id) => {
            let claim = &analysis.claims[id];
            let speaker = claim.speaker.map_or("unknown speaker", |s| analysis.entities[s].name.as_str());
            let class = match claim.kind {
                ClaimKind::Direct => "nm-claim nm-direct",
                _ => "nm-claim nm-reported",
            };
            let unsure = if claim.confidence < UNSURE { " nm-unsure" } else { "" };
            let _ = write!(out, "<span class=\"{class}{unsure}\" data-claim=\"{id}\"");
            if let Some(s) = claim.speaker {
                let _ = write!(out, " data-speaker=\"{s}\"");
            }
            out.push_str(" title=\"");
            escape(speaker, out);
            out.push_str(" — ");
            escape(claim.cue.map_or("", |c| c.text(text)), out);
            let _ =
                write!(out, " ({}, confidence {}%)\" tabindex=\"0\">", claim.kind.as_str(), percent(claim.confidence));
        }
        What::Cue(id) => {
            let _ = write!(out, "<span class=\"nm-cue\" data-claim=\"{id}\">");
        }
        What::Source(id) => {
            let _ = write!(out, "<span class=\"nm-source\" data-claim=\"{id}\">");
        }
        What::Entity(id, k) => {
            let entity = &analysis.entities[id];
            let confidence = entity.mention_confidence.get(k).copied().flatten();
            let unsure = confidence.filter(|&c| c < UNSURE_MENTION);
            let kind = match entity.kind {
                EntityKind::Person if entity.speaker => "nm-person nm-speaker",
                EntityKind::Person => "nm-person",
                EntityKind::Place => "nm-place",
                EntityKind::Organization => "nm-org",
                EntityKind::Unnamed => "nm-unnamed",
            };
            let unsure_class = if unsure.is_some() { " nm-unsure" } else { "" };
            let _ = write!(out, "<mark class=\"nm-entity {kind}{unsure_class}\" data-entity=\"{id}\" title=\"");
            escape(&entity.name, out);
            if let Some(title) = &entity.title {
                out.push_str(" — ");
                escape(title, out);
            }
            if let Some(c) = unsure {
                let _ = write!(out, " (not sure of this name: confidence {}%)", percent(c));
            }
            out.push_str("\" tabindex=\"-1\">");
        }
        What::Demonym(n) => {
            out.push_str("<mark class=\"nm-demonym\" title=\"");
            escape(analysis.demonyms[n].place, out);
            out.push_str("\">");
        }
    }
}

/// The closing tag of `what`.
fn close_tag(what: What) -> &'static str {
    match what {
        What::Claim(_) | What::Cue(_) | What::Source(_) => "</span>",
        What::Entity(..) | What::Demonym(_) => "</mark>",
    }
}

/// Where to cut `text` into chunks of about `chunk_bytes`: just after a line break within
/// [`LINE_WINDOW`] chunks; in a text without one, after a space; failing that, between two
/// characters. A chunk is never much longer than asked, so a page stays responsive.
fn cuts(text: &str, chunk_bytes: usize) -> Vec<usize> {
    let boundary = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at += 1;
        }
        at
    };
    let mut cuts = Vec::new();
    let mut last = 0;
    while text.len() - last > chunk_bytes {
        let from = boundary(last + chunk_bytes);
        let lines = &text[from..boundary(from.saturating_add(chunk_bytes.saturating_mul(LINE_WINDOW)))];
        let words = &text[from..boundary(from.saturating_add(chunk_bytes))];
        last = match lines.find('\n').or_else(|| words.find(' ')) {
            Some(at) => from + at + 1,
            None => from,
        };
        if last < text.len() {
            cuts.push(last);
        }
    }
    cuts
}

/// Writes `text` with `marks` into `sink`, nesting them: outer (earlier start, longer, lower
/// layer) first; a new chunk starts at each of `cuts`, with every open mark closed before it and
/// reopened after it.
fn nest(text: &str, analysis: &Analysis, mut marks: Vec<Mark>, cuts: &[usize], sink: &mut impl Sink) {
    marks.retain(|m| m.start < m.end);
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.layer.cmp(&b.layer)));
    let mut bounds: Vec<usize> =
        marks.iter().flat_map(|m| [m.start, m.end]).chain([0, text.len()]).chain(cuts.iter().copied()).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut out = String::new();
    let mut open: Vec<usize> = Vec::new(); // indices into `marks`
    let mut next = 0; // marks[..next] have started
    let mut cut = 0; // cuts[..cut] are behind
    for w in bounds.windows(2) {
        let (from, to) = (w[0], w[1]);
        if cut < cuts.len() && cuts[cut] == from {
            for &m in open.iter().rev() {
                out.push_str(close_tag(marks[m].what));
            }
            sink.chunk(&mut out);
            for &m in &open {
                open_tag(&mut out, text, analysis, marks[m].what);
            }
            cut += 1;
        }
        // Close what ends here, and everything opened after it (reopened below).
        if let Some(first_done) = open.iter().position(|&m| marks[m].end <= from) {
            for &m in open[first_done..].iter().rev() {
                out.push_str(close_tag(marks[m].what));
            }
            let reopen: Vec<usize> = open.drain(first_done..).filter(|&m| marks[m].end > from).collect();
            for m in reopen {
                open_tag(&mut out, text, analysis, marks[m].what);
                open.push(m);
            }
        }
        while next < marks.len() && marks[next].start <= from {
            if marks[next].end > from {
                open_tag(&mut out, text, analysis, marks[next].what);
                open.push(next);
            }
            next += 1;
        }
        // A long stretch without marks goes out a buffer at a time.
        let mut piece = from;
        while piece < to {
            let mut end = (piece + STREAM_BUFFER).min(to);
            while !text.is_char_boundary(end) {
                end += 1;
            }
            escape(&text[piece..end], &mut out);
            sink.piece(&mut out);
            piece = end;
        }
    }
    for &m in open.iter().rev() {
        out.push_str(close_tag(marks[m].what));
    }
    sink.chunk(&mut out);
}

/// The text of HTML that [`render_html`] made: tags removed, entities decoded. For checking a
/// rendering: `text_of(&render_html(text, &analysis)) == text`.
pub fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    #[test]
    fn every_character_once_and_escaped() {
        let text = "“<b>We</b> & you,” Mark Rutte said in Kyiv. <img src=x onerror=alert(1)>";
        let html = render_html(text, &analyze(text));
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<b>"));
        assert_eq!(text_of(&html), text);
    }

    #[test]
    fn crossing_marks_are_split_and_tags_balance() {
        // A claim over "abcd" and a place over "cdef" cross: the place is closed and reopened.
        let text = "abcdef";
        let analysis = Analysis::default();
        let marks = vec![
            Mark { start: 0, end: 4, layer: 0, what: What::Demonym(0) },
            Mark { start: 2, end: 6, layer: 1, what: What::Demonym(1) },
        ];
        let analysis = Analysis {
            demonyms: vec![
                crate::Demonym { span: crate::Span::new(0, 4), place: "A", entity: None },
                crate::Demonym { span: crate::Span::new(2, 6), place: "B", entity: None },
            ],
            ..analysis
        };
        let mut chunks = Chunks::default();
        nest(text, &analysis, marks, &[], &mut chunks);
        let html = chunks.0.concat();
        let (a, b) = ("<mark class=\"nm-demonym\" title=\"A\">", "<mark class=\"nm-demonym\" title=\"B\">");
        assert_eq!(html, format!("{a}ab{b}cd</mark></mark>{b}ef</mark>"));
    }

    #[test]
    fn written_to_a_stream_it_is_the_same_html() {
        let text = "“We will stay,” Mark Rutte said in Kyiv.\nHe stressed that Ukraine would win.";
        let analysis = analyze(text);
        let mut streamed = Vec::new();
        write_html(&mut streamed, text, &analysis).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), render_html(text, &analysis));
    }

    #[test]
    fn chunks_are_well_formed_and_join_to_the_whole() {
        let text = "“We will stay,” Mark Rutte said in Kyiv.\nHe stressed that Ukraine would win.\n“More,” he added.\n";
        let analysis = analyze(text);
        let whole = render_html(text, &analysis);
        let chunks = render_html_chunks(text, &analysis, 10);
        assert_eq!(chunks.len(), 3, "{chunks:#?}");
        for chunk in &chunks {
            assert_eq!(chunk.matches("<span").count(), chunk.matches("</span>").count(), "{chunk}");
            assert_eq!(chunk.matches("<mark").count(), chunk.matches("</mark>").count(), "{chunk}");
        }
        assert_eq!(text_of(&chunks.concat()), text);
        assert_eq!(text_of(&whole), text);
        assert!(chunks[0].ends_with("\n") && chunks[1].ends_with("\n"));
    }

    #[test]
    fn claim_band_contains_entity_marks() {
        let text = "“Ukraine will win,” Mark Rutte said.";
        let html = render_html(text, &analyze(text));
        let claim = html.find("nm-claim").unwrap();
        let place = html.find("nm-place").unwrap();
        let claim_end = html[claim..].find("</span>").unwrap() + claim;
        assert!(claim < place && place < claim_end, "{html}");
    }

    #[test]
    fn a_place_inside_an_organisation_is_marked_inside_its_mark() {
        let text = "She studied at the University of Kansas.";
        let html = render_html(text, &analyze(text));
        let org = html.find("nm-org").unwrap();
        let place = html.find("nm-place").unwrap();
        let org_end = html.rfind("</mark></mark>").unwrap();
        assert!(org < place && place < org_end, "{html}");
        assert!(html.contains(">University of <mark") && html.contains(">Kansas</mark></mark>."), "{html}");
    }
}
