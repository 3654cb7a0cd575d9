//! Evaluation against gold documents (`shared/corpus/FORMAT.md`): the figures of the README and
//! the error report to work from. Native only; the WebAssembly build leaves it out.

pub mod gold;
pub mod report;
pub mod score;

use std::fs;
use std::path::{Path, PathBuf};

use crate::analyze;
pub use gold::GoldDocument;
pub use score::{score, Scores};

/// Loads the gold documents (`*.json`) in `dirs`, sorted by path within each folder.
pub fn load(dirs: &[PathBuf]) -> Result<Vec<(PathBuf, GoldDocument)>, String> {
    let mut docs = Vec::new();
    for dir in dirs {
        let mut paths: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let json = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let doc = GoldDocument::parse(&json).map_err(|e| format!("{}: {e}", path.display()))?;
            docs.push((path, doc));
        }
    }
    Ok(docs)
}

/// Analyses and scores every document; returns the corpus figures and the error report.
pub fn run(docs: &[(PathBuf, GoldDocument)]) -> (Scores, String) {
    let mut total = Scores::default();
    let mut errors = String::new();
    for (path, doc) in docs {
        let analysis = analyze(&doc.text);
        let (scores, outcome) = score(doc, &analysis);
        total.add(&scores);
        report::errors(&mut errors, file_name(path), doc, &analysis, &outcome);
    }
    (total, errors)
}

fn file_name(path: &Path) -> &str {
    path.file_name().and_then(|n| n.to_str()).unwrap_or("?")
}
