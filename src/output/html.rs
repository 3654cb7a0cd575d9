//! Highlighted HTML: the text, escaped, with claims and mentions marked.
//!
//! Every character of the input appears exactly once in the output, escaped; marks nest
//! properly (a mark that would cross another is closed and reopened), so a claim band holds its
//! entity marks.

use crate::analysis::{Analysis, ClaimKind, EntityKind};

/// One mark to place: a byte range, its layer (outer layers open first), its opening tag.
struct Mark {
    start: usize,
    end: usize,
    layer: u8,
    open: String,
    close: &'static str,
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

fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape(text, &mut out);
    out
}

/// The text of `analysis` as HTML: claim content in `<span class="nm-claim …">`, cues and sources
/// in `<span class="nm-cue">` / `<span class="nm-source">`, mentions in `<mark class="nm-…">`.
/// Data attributes (`data-claim`, `data-entity`, `data-speaker`) link marks to the JSON ids.
pub fn render_html(text: &str, analysis: &Analysis) -> String {
    render_html_chunks(text, analysis, usize::MAX).concat()
}

/// [`render_html`] cut into chunks of about `chunk_bytes` of text each, at line breaks. Every
/// chunk is well-formed HTML on its own (marks open across a cut are closed before it and reopened
/// after it), so a page can insert a long text a chunk at a time; the chunks joined are the
/// whole rendering.
pub fn render_html_chunks(text: &str, analysis: &Analysis, chunk_bytes: usize) -> Vec<String> {
    let mut marks = claim_marks(text, analysis);
    marks.extend(entity_marks(analysis));
    nest(text, marks, &cuts(text, chunk_bytes))
}

/// The marks of the claims: content bands (layer 0), their cues and sources (layer 1).
fn claim_marks(text: &str, analysis: &Analysis) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (id, claim) in analysis.claims.iter().enumerate() {
        let speaker = claim.speaker.map(|s| analysis.entities[s].name.as_str()).unwrap_or("unknown speaker");
        let cue = claim.cue.map(|c| c.text(text)).unwrap_or("");
        let kind = claim.kind.as_str();
        let class = match claim.kind {
            ClaimKind::Direct => "nm-claim nm-direct",
            _ => "nm-claim nm-reported",
        };
        let speaker_attr = claim.speaker.map(|s| format!(" data-speaker=\"{s}\"")).unwrap_or_default();
        let title = escaped(&format!("{speaker} — {cue} ({kind})"));
        for piece in &claim.content {
            marks.push(Mark {
                start: piece.start,
                end: piece.end,
                layer: 0,
                open: format!(
                    "<span class=\"{class}\" data-claim=\"{id}\"{speaker_attr} title=\"{title}\" tabindex=\"0\">"
                ),
                close: "</span>",
            });
        }
        for (span, class) in [(claim.cue, "nm-cue"), (claim.source, "nm-source")] {
            if let Some(s) = span {
                let open = format!("<span class=\"{class}\" data-claim=\"{id}\">");
                marks.push(Mark { start: s.start, end: s.end, layer: 1, open, close: "</span>" });
            }
        }
    }
    marks
}

/// The marks of the entities' mentions and of the demonyms (layer 2).
fn entity_marks(analysis: &Analysis) -> Vec<Mark> {
    let mut marks = Vec::new();
    for (id, entity) in analysis.entities.iter().enumerate() {
        let kind = match entity.kind {
            EntityKind::Person if entity.speaker => "nm-person nm-speaker",
            EntityKind::Person => "nm-person",
            EntityKind::Place => "nm-place",
            EntityKind::Organization => "nm-org",
        };
        let title = match &entity.title {
            Some(t) => escaped(&format!("{} — {}", entity.name, t)),
            None => escaped(&entity.name),
        };
        for m in &entity.mentions {
            let open =
                format!("<mark class=\"nm-entity {kind}\" data-entity=\"{id}\" title=\"{title}\" tabindex=\"-1\">");
            marks.push(Mark { start: m.start, end: m.end, layer: 2, open, close: "</mark>" });
        }
    }
    for d in &analysis.demonyms {
        let open = format!("<mark class=\"nm-demonym\" title=\"{}\">", escaped(d.place));
        marks.push(Mark { start: d.span.start, end: d.span.end, layer: 2, open, close: "</mark>" });
    }
    marks
}

/// Where to cut `text` into chunks of about `chunk_bytes`: just after a line break.
fn cuts(text: &str, chunk_bytes: usize) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut last = 0;
    while text.len() - last > chunk_bytes {
        let mut from = last + chunk_bytes;
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let Some(nl) = text[from..].find('\n') else { break };
        last = from + nl + 1;
        if last < text.len() {
            cuts.push(last);
        }
    }
    cuts
}

/// Writes `text` with `marks`, nesting them: outer (earlier start, longer, lower layer) first;
/// a new chunk starts at each of `cuts`, with every open mark closed before it and reopened
/// after it.
fn nest(text: &str, mut marks: Vec<Mark>, cuts: &[usize]) -> Vec<String> {
    marks.retain(|m| m.start < m.end);
    marks.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.layer.cmp(&b.layer)));
    let mut bounds: Vec<usize> =
        marks.iter().flat_map(|m| [m.start, m.end]).chain([0, text.len()]).chain(cuts.iter().copied()).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut chunks = Vec::with_capacity(cuts.len() + 1);
    let mut out = String::with_capacity(text.len().min(1 << 20) * 2);
    let mut open: Vec<usize> = Vec::new(); // indices into `marks`
    let mut next = 0; // marks[..next] have started
    let mut cut = 0; // cuts[..cut] are behind
    for w in bounds.windows(2) {
        let (from, to) = (w[0], w[1]);
        if cut < cuts.len() && cuts[cut] == from {
            for &m in open.iter().rev() {
                out.push_str(marks[m].close);
            }
            chunks.push(std::mem::take(&mut out));
            for &m in &open {
                out.push_str(&marks[m].open);
            }
            cut += 1;
        }
        // Close what ends here, and everything opened after it (reopened below).
        if let Some(first_done) = open.iter().position(|&m| marks[m].end <= from) {
            for &m in open[first_done..].iter().rev() {
                out.push_str(marks[m].close);
            }
            let reopen: Vec<usize> = open.drain(first_done..).filter(|&m| marks[m].end > from).collect();
            for m in reopen {
                out.push_str(&marks[m].open);
                open.push(m);
            }
        }
        while next < marks.len() && marks[next].start <= from {
            if marks[next].end > from {
                out.push_str(&marks[next].open);
                open.push(next);
            }
            next += 1;
        }
        escape(&text[from..to], &mut out);
    }
    for &m in open.iter().rev() {
        out.push_str(marks[m].close);
    }
    chunks.push(out);
    chunks
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
        let text = "abcdef";
        let mk = |start, end, layer| Mark { start, end, layer, open: format!("<i{layer}>"), close: "</i>" };
        let html = nest(text, vec![mk(0, 4, 0), mk(2, 6, 1)], &[]).concat();
        assert_eq!(html, "<i0>ab<i1>cd</i></i><i1>ef</i>");
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
}
