//! Evaluation against gold documents (`shared/corpus/FORMAT.md`): the figures of the README and
//! the error report to work from. Native only; the WebAssembly build leaves it out.

pub mod gold;
pub mod report;
pub mod score;
pub mod tagger;

use std::fs;
use std::path::{Path, PathBuf};

use crate::analyze;
pub use gold::GoldDocument;
pub use score::{score, Scores};

/// The gold documents of some folders, and the files that could not be read.
#[derive(Debug, Default)]
pub struct Corpus {
    /// The documents read, by path: sorted within each folder, folders in the order given.
    pub documents: Vec<(PathBuf, GoldDocument)>,
    /// The files that are not gold documents: path and reason (the field and what is wrong).
    pub problems: Vec<(PathBuf, String)>,
}

/// Loads the gold documents (`*.json`) in `dirs` and their subfolders. A folder that cannot be
/// read is an error; a file that is not a gold document is a problem, and the others are read.
pub fn load(dirs: &[PathBuf]) -> Result<Corpus, String> {
    let mut corpus = Corpus::default();
    for dir in dirs {
        let before = corpus.documents.len() + corpus.problems.len();
        load_folder(dir, &mut corpus)?;
        if corpus.documents.len() + corpus.problems.len() == before {
            return Err(format!("{}: no gold documents (*.json) here or in its folders", dir.display()));
        }
    }
    Ok(corpus)
}

fn load_folder(dir: &Path, corpus: &mut Corpus) -> Result<(), String> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            load_folder(&path, corpus)?;
        } else if path.extension().is_some_and(|x| x == "json") {
            match fs::read_to_string(&path).map_err(|e| e.to_string()).and_then(|json| GoldDocument::parse(&json)) {
                Ok(doc) => corpus.documents.push((path, doc)),
                Err(reason) => corpus.problems.push((path, reason)),
            }
        }
    }
    Ok(())
}

/// Analyses and scores every document; returns the corpus figures and, when `with_errors`, the
/// error report.
pub fn run(docs: &[(PathBuf, GoldDocument)], with_errors: bool) -> (Scores, String) {
    let mut total = Scores::default();
    let mut errors = String::new();
    for (path, doc) in docs {
        let analysis = analyze(&doc.text);
        let (scores, outcome) = score(doc, &analysis);
        total.add(&scores);
        if with_errors {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
            report::errors(&mut errors, name, doc, &analysis, &outcome);
        }
    }
    (total, errors)
}

/// A gold document's text read as the pipeline reads it before attribution, with the map from
/// its byte offsets to the code points of the gold files: what the rows for fitting start from.
struct Prepared<'t> {
    document: crate::document::Document<'t>,
    found: Vec<crate::mentions::Mention>,
    chains: crate::coref::Chains,
    cp: score::CodePoints,
}

impl<'t> Prepared<'t> {
    fn new(text: &'t str) -> Prepared<'t> {
        let mut document = crate::document::Document::new(text);
        let found = crate::mentions::find(&document);
        document.read_names(&found);
        let chains = crate::coref::Chains::build(&document, &found);
        Prepared { cp: score::CodePoints::new(text), document, found, chains }
    }
}

/// One claim the rules found, for fitting the confidence model: its features and whether it
/// matches a gold claim (the matching of [`score`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRow {
    /// The features of [`crate::attribution::confidence`], by name.
    pub features: Vec<String>,
    /// The gold claim it matches, if any: `Some(true)` for speech, `Some(false)` for a belief or
    /// finding.
    pub matched: Option<bool>,
    /// True when its cue overlaps the cue of a gold claim: an attribution is there, whatever
    /// the extent of its content.
    pub cue_found: bool,
}

/// Every claim the rules find in `doc` before any is dropped for low confidence, each with its
/// features and the gold claim it matches.
pub fn claim_rows(doc: &GoldDocument) -> Vec<ClaimRow> {
    use crate::attribution;
    let Prepared { document, found, chains, cp } = Prepared::new(&doc.text);
    let drafts: Vec<attribution::Draft> = attribution::candidates(&document, &found, &chains)
        .drafts
        .into_iter()
        .filter(|d| d.content.iter().any(|r| !r.is_empty()))
        .collect();
    let pair = |r: &std::ops::Range<usize>| cp.pair(document.span(r.clone()));
    let predicted: Vec<score::Predicted> = drafts
        .iter()
        .map(|d| score::Predicted {
            kind: d.kind,
            content: d.content.iter().filter(|r| !r.is_empty()).map(pair).collect(),
            source: d.source.as_ref().filter(|r| !r.is_empty()).map(pair),
            cue: d.cue.as_ref().map(pair),
            speaker: None,
            confidence: d.confidence,
            source_kind: d.source_kind,
        })
        .collect();
    let mut matched = vec![None; drafts.len()];
    for (g, p) in score::match_claims(doc, &predicted) {
        matched[p] = Some(doc.claims[g].speech);
    }
    drafts
        .iter()
        .zip(matched)
        .zip(&predicted)
        .map(|((d, matched), p)| {
            let mut features = Vec::new();
            attribution::confidence::features(&document, &chains, d, &mut |f| features.push(f.to_string()));
            let cue_found =
                p.cue.is_some_and(|cue| doc.claims.iter().flat_map(|c| &c.cue).any(|&g| score::overlap(cue, g) > 0));
            ClaimRow { features, matched, cue_found }
        })
        .collect()
}

/// One comma or dash inside the reported content of a claim the rules found, for fitting the
/// content-end model: its features and whether the annotated content of the same cue ends
/// before it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndRow {
    /// The features of [`crate::attribution::content_end`], by name.
    pub features: Vec<String>,
    /// True when the gold content ends at or before this boundary (the first such boundary
    /// ends a claim's rows).
    pub stop: bool,
}

/// The boundaries of the reported content of every claim the rules find in `doc`, content
/// running to the rules' end, each labelled by the gold claim with an overlapping cue and
/// content; claims without such a gold claim give no rows.
pub fn end_rows(doc: &GoldDocument) -> Vec<EndRow> {
    use crate::{attribution, attribution::content_end};
    let Prepared { document, found, chains, cp } = Prepared::new(&doc.text);
    let pair = |r: std::ops::Range<usize>| cp.pair(document.span(r));
    let overlaps = |a, b| score::overlap(a, b) > 0;
    let mut out = Vec::new();
    for d in attribution::candidates_with_rule_ends(&document, &found, &chains).drafts {
        let (Some(piece), Some(cue)) = (content_end::reported_piece(&document, &d), d.cue.clone()) else { continue };
        let (cue, reported) = (pair(cue), pair(piece.clone()));
        let gold_end = doc
            .claims
            .iter()
            .filter(|g| g.cue.iter().any(|&c| overlaps(c, cue)))
            .find_map(|g| g.content.iter().filter(|&&c| overlaps(c, reported)).map(|c| c.1).max());
        let Some(gold_end) = gold_end else { continue };
        for (nth, k) in content_end::boundaries(&document, &piece).enumerate() {
            let mut features = Vec::new();
            content_end::features(&document, &d, &piece, k, nth, &mut |f| features.push(f.to_string()));
            let stop = gold_end <= pair(k..k + 1).1;
            out.push(EndRow { features, stop });
            if stop {
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A gold document of one sentence with one claim: `source` `cue` `content`, offsets found in
    /// `text`.
    fn gold(text: &str, source: &str, cue: &str, content: &str) -> GoldDocument {
        let at = |s: &str| {
            let start = text[..text.find(s).expect("in the text")].chars().count();
            [start, start + s.chars().count()]
        };
        let json = serde_json::json!({"id": "t", "layers": ["claims"], "text": text, "claims": [
            {"kind": "indirect", "speech": true, "source": [at(source)], "cue": [at(cue)], "content": [at(content)]}]});
        GoldDocument::parse(&json.to_string()).unwrap()
    }

    #[test]
    fn end_rows_stop_at_the_first_boundary_the_gold_content_does_not_pass() {
        let text = "Murphy said he supports the bill, which includes new rules, and that it will pass.";
        let rows = end_rows(&gold(text, "Murphy", "said", "he supports the bill"));
        assert_eq!(rows.iter().map(|r| r.stop).collect::<Vec<_>>(), [true]);
        assert!(rows[0].features.iter().any(|f| f == "next=which"), "{:?}", rows[0].features);

        let rows = end_rows(&gold(text, "Murphy", "said", "he supports the bill, which includes new rules"));
        assert_eq!(rows.iter().map(|r| r.stop).collect::<Vec<_>>(), [false, true]);
        let rows = end_rows(&gold(
            text,
            "Murphy",
            "said",
            "he supports the bill, which includes new rules, and that it will pass",
        ));
        assert_eq!(rows.iter().map(|r| r.stop).collect::<Vec<_>>(), [false, false]);
    }

    #[test]
    fn a_claim_without_a_gold_claim_of_the_same_cue_gives_no_end_rows() {
        let text = "Murphy said he supports the bill, which includes new rules. Jones thinks so, too.";
        assert!(end_rows(&gold(text, "Jones", "thinks", "so")).is_empty());
    }
}
