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
