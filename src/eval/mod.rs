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
    use crate::{attribution, coref::Chains, document::Document, mentions};
    let text = &doc.text;
    let document = Document::new(text);
    let found = mentions::find(&document);
    let chains = Chains::build(&document, &found);
    let drafts: Vec<attribution::Draft> = attribution::candidates(&document, &found, &chains)
        .drafts
        .into_iter()
        .filter(|d| d.content.iter().any(|r| !r.is_empty()))
        .collect();
    let cp = score::CodePoints::new(text);
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
            let cue_found = p
                .cue
                .is_some_and(|(a, b)| doc.claims.iter().flat_map(|c| &c.cue).any(|&(ga, gb)| a.max(ga) < b.min(gb)));
            ClaimRow { features, matched, cue_found }
        })
        .collect()
}
