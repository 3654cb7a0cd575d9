//! The `newsmark` command: analyse an article, or evaluate against gold documents.
//!
//! Native only: built for WebAssembly (as `wasm-pack test` does for every target of the crate),
//! it is an empty program.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::Read;
    use std::path::PathBuf;
    use std::process::ExitCode;

    use newsmark::output::{render_html, to_json};

    const USAGE: &str = "\
    newsmark — who speaks, where, and what they claim, in English news articles

    Usage:
      newsmark analyze [FILE] [--html] [--pretty]   analyse FILE (or stdin); print JSON, or a
                                                    standalone highlighted HTML page with --html
      newsmark eval DIR... [--json] [--errors]      score against gold documents (FORMAT.md);
                                                    --errors prints missed and spurious claims
      newsmark --help
    ";

    pub fn main() -> ExitCode {
        match run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("newsmark: {message}");
                ExitCode::FAILURE
            }
        }
    }

    fn run() -> Result<(), String> {
        use lexopt::prelude::*;
        let mut parser = lexopt::Parser::from_env();
        let command = match parser.next().map_err(|e| e.to_string())? {
            Some(Value(v)) => v.string().map_err(|e| e.to_string())?,
            Some(Long("help")) | Some(Short('h')) | None => {
                print!("{USAGE}");
                return Ok(());
            }
            Some(other) => return Err(format!("{}\n\n{USAGE}", other.unexpected())),
        };
        let (mut html, mut pretty, mut json, mut errors) = (false, false, false, false);
        let mut paths: Vec<PathBuf> = Vec::new();
        while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
            match arg {
                Long("html") => html = true,
                Long("pretty") => pretty = true,
                Long("json") => json = true,
                Long("errors") => errors = true,
                Long("help") | Short('h') => {
                    print!("{USAGE}");
                    return Ok(());
                }
                Value(v) => paths.push(v.into()),
                other => return Err(format!("{}\n\n{USAGE}", other.unexpected())),
            }
        }
        match command.as_str() {
            "analyze" | "analyse" => analyze(paths, html, pretty),
            "eval" => eval(paths, json, errors),
            other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
        }
    }

    fn analyze(paths: Vec<PathBuf>, html: bool, pretty: bool) -> Result<(), String> {
        let text = match paths.as_slice() {
            [] => {
                let mut s = String::new();
                std::io::stdin().read_to_string(&mut s).map_err(|e| format!("stdin: {e}"))?;
                s
            }
            [path] => std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?,
            _ => return Err("analyze takes one file".into()),
        };
        let analysis = newsmark::analyze(&text);
        if html {
            print!("{}", standalone_page(&render_html(&text, &analysis)));
        } else {
            println!("{}", to_json(&text, &analysis, pretty));
        }
        Ok(())
    }

    fn eval(dirs: Vec<PathBuf>, json: bool, errors: bool) -> Result<(), String> {
        if dirs.is_empty() {
            return Err("eval needs at least one folder of gold documents".into());
        }
        let corpus = newsmark::eval::load(&dirs)?;
        for (path, reason) in &corpus.problems {
            eprintln!("newsmark: {}: not a gold document: {reason}", path.display());
        }
        let (scores, report) = newsmark::eval::run(&corpus.documents, errors);
        if errors {
            print!("{report}");
        } else if json {
            println!("{}", serde_json::to_string_pretty(&newsmark::eval::report::to_json(&scores)).expect("JSON"));
        } else {
            print!("{}", newsmark::eval::report::table(&scores));
        }
        Ok(())
    }

    /// A self-contained HTML page around the highlighted fragment.
    fn standalone_page(fragment: &str) -> String {
        format!(
            concat!(
                "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>newsmark</title>\n",
                "<style>\n{}\n</style></head>\n",
                "<body><main><div class=\"nm-text\">{}</div></main></body></html>\n"
            ),
            include_str!("../www/marks.css"),
            fragment
        )
    }
}
