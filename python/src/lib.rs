//! The native part of the `newsmark` Python package: the analysis as JSON with offsets in code
//! points (Python string indices), one text or many on several threads without the GIL.
//! `newsmark/__init__.py` turns the JSON into dicts.

use std::num::NonZeroUsize;

use newsmark::output::{write_json_in, Unit};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// The analysis of `text` as JSON, offsets in code points.
fn json(text: &str) -> String {
    let mut out = Vec::new();
    write_json_in(&mut out, text, &newsmark::analyze(text), Unit::CodePoint, false).expect("writing to memory");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Analyses `text`; returns the analysis as a JSON string (offsets in code points). The GIL is
/// released while it runs.
#[pyfunction]
fn analyze_json(py: Python<'_>, text: String) -> String {
    py.detach(move || json(&text))
}

/// Analyses each of `texts` on `threads` threads (every core by default); returns their
/// analyses as JSON strings, in order. The GIL is released while they run.
#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn analyze_many_json(py: Python<'_>, texts: Vec<String>, threads: Option<usize>) -> PyResult<Vec<String>> {
    let threads = match threads {
        Some(0) => return Err(PyValueError::new_err("threads must be 1 or more")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
    };
    Ok(py.detach(move || analyze_all(&texts, threads)))
}

/// The analyses of `texts` on `threads` threads, each taking the next text not yet taken.
fn analyze_all(texts: &[String], threads: usize) -> Vec<String> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(texts.len()).max(1))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let n = next.fetch_add(1, Ordering::Relaxed);
                        let Some(text) = texts.get(n) else { break };
                        done.push((n, json(text)));
                    }
                    done
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().expect("the analysis does not panic")).collect()
    });
    results.sort_unstable_by_key(|(n, _)| *n);
    results.into_iter().map(|(_, json)| json).collect()
}

/// The version of newsmark.
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[pymodule]
fn _newsmark(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    Ok(())
}
