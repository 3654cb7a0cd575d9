//! The command line: `newsmark analyze` and `newsmark eval`.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use newsmark::output::{write_html, write_json};
use newsmark::stream::{self as jsonl, input, DEFAULT_MAX_BYTES};

const USAGE: &str = "\
newsmark — who speaks, where, and what they claim, in English news articles

Usage:
  newsmark analyze [FILE|-] [--pretty | --html] [--max-bytes N]
      Analyse FILE (or standard input, also for -): print the analysis as JSON, or a
      standalone highlighted HTML page with --html.
  newsmark analyze --jsonl [FILE|-] [--text-field NAME] [--threads N] [--max-bytes N]
  newsmark analyze --lines [FILE|-] [--threads N] [--max-bytes N]
      Analyse a stream: one JSON object a line (its article in the field \"text\", or NAME;
      every other field carried through, the analysis added as \"analysis\"), or one article
      a line of plain text. Output: one line a line, in input order, on N threads (every
      core by default). A bad line gives a line with \"error\" and its \"line\" number, and
      the stream goes on; the exit status is the number of bad lines (at most 125).
  newsmark eval DIR... [--json | --errors | --claim-features]
      Score against the gold documents (*.json) in DIR and its folders (FORMAT.md): a table,
      JSON figures, or every error to work from; or, to fit the confidence model, every claim
      the rules find as a JSON line of its features and the gold claim it matches.
  newsmark --help

--max-bytes N: the longest article read (default 256 MB).
";

/// The highest exit status for bad lines of a stream (126 and up mean other things to shells).
const MAX_EXIT_STATUS: u64 = 125;

/// An error for the user, or a closed output that ends the run quietly.
enum Failure {
    /// Printed after "newsmark: ", with the usage when `usage` is true.
    Message { text: String, usage: bool },
    /// The reader of the output went away (`newsmark … | head`): stop, say nothing.
    ClosedOutput,
}

impl Failure {
    fn new(text: impl Into<String>) -> Failure {
        Failure::Message { text: text.into(), usage: false }
    }

    fn usage(text: impl Into<String>) -> Failure {
        Failure::Message { text: text.into(), usage: true }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::ClosedOutput
        } else {
            Failure::new(e.to_string())
        }
    }
}

/// Runs the command line and turns its outcome into an exit status.
pub fn main() -> ExitCode {
    match run() {
        Ok(status) => ExitCode::from(status),
        Err(Failure::ClosedOutput) => ExitCode::SUCCESS,
        Err(Failure::Message { text, usage }) => {
            eprintln!("newsmark: {text}");
            if usage {
                eprintln!("(newsmark --help shows how to use it)");
            }
            ExitCode::from(2)
        }
    }
}

/// What the arguments ask for.
#[derive(Debug, Default)]
struct Args {
    command: String,
    paths: Vec<PathBuf>,
    html: bool,
    pretty: bool,
    json: bool,
    errors: bool,
    claim_features: bool,
    jsonl: bool,
    lines: bool,
    text_field: Option<String>,
    threads: Option<usize>,
    max_bytes: Option<u64>,
}

/// Options and the commands they belong to.
const OPTIONS: &[(&str, &[&str])] = &[
    ("html", &["analyze"]),
    ("pretty", &["analyze"]),
    ("jsonl", &["analyze"]),
    ("lines", &["analyze"]),
    ("text-field", &["analyze"]),
    ("threads", &["analyze"]),
    ("max-bytes", &["analyze"]),
    ("json", &["eval"]),
    ("errors", &["eval"]),
    ("claim-features", &["eval"]),
];

fn parse() -> Result<Option<Args>, Failure> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut args = Args::default();
    let bad = |e: lexopt::Error| Failure::usage(e.to_string());
    while let Some(arg) = parser.next().map_err(bad)? {
        match arg {
            Short('h') | Long("help") => return Ok(None),
            Long(name) => {
                let name = name.to_string();
                let Some((_, commands)) = OPTIONS.iter().find(|(o, _)| *o == name) else {
                    return Err(Failure::usage(format!("unknown option --{name}")));
                };
                if !commands.contains(&args.command.as_str()) {
                    let command = if args.command.is_empty() { "a command" } else { args.command.as_str() };
                    return Err(Failure::usage(format!("--{name} is not an option of {command}")));
                }
                match name.as_str() {
                    "html" => args.html = true,
                    "pretty" => args.pretty = true,
                    "jsonl" => args.jsonl = true,
                    "lines" => args.lines = true,
                    "json" => args.json = true,
                    "errors" => args.errors = true,
                    "claim-features" => args.claim_features = true,
                    "text-field" => args.text_field = Some(parser.value().map_err(bad)?.string().map_err(bad)?),
                    "threads" => args.threads = Some(parser.value().map_err(bad)?.parse().map_err(bad)?),
                    _ => args.max_bytes = Some(parser.value().map_err(bad)?.parse().map_err(bad)?),
                }
            }
            Value(v) if args.command.is_empty() => args.command = v.string().map_err(bad)?,
            Value(v) => args.paths.push(v.into()),
            other => return Err(Failure::usage(other.unexpected().to_string())),
        }
    }
    if args.command.is_empty() {
        return Ok(None);
    }
    Ok(Some(args))
}

fn run() -> Result<u8, Failure> {
    let Some(args) = parse()? else {
        print!("{USAGE}");
        return Ok(0);
    };
    match args.command.as_str() {
        "analyze" | "analyse" if args.jsonl || args.lines => stream(&args),
        "analyze" | "analyse" => analyze(&args).map(|()| 0),
        "eval" => eval(&args),
        other => Err(Failure::usage(format!("unknown command {other:?}"))),
    }
}

/// The input named by `paths`: a file, or standard input for none or `-`.
fn open_input(paths: &[PathBuf]) -> Result<Box<dyn Read>, Failure> {
    match paths {
        [] => Ok(Box::new(io::stdin().lock())),
        [path] if path.as_os_str() == "-" => Ok(Box::new(io::stdin().lock())),
        [path] => Ok(Box::new(File::open(path).map_err(|e| Failure::new(format!("{}: {e}", path.display())))?)),
        _ => Err(Failure::usage("analyze takes one file")),
    }
}

fn analyze(args: &Args) -> Result<(), Failure> {
    if args.html && args.pretty {
        return Err(Failure::usage("--pretty is for JSON, not --html"));
    }
    let name = args.paths.first().map_or("standard input".to_string(), |p| p.display().to_string());
    let limit = args.max_bytes.unwrap_or(DEFAULT_MAX_BYTES);
    let text = input::read_text(open_input(&args.paths)?, limit).map_err(|e| Failure::new(format!("{name}: {e}")))?;
    let analysis = newsmark::analyze(&text);
    let mut out = BufWriter::new(io::stdout().lock());
    if args.html {
        let (head, tail) = standalone_page();
        out.write_all(head.as_bytes())?;
        write_html(&mut out, &text, &analysis)?;
        out.write_all(tail.as_bytes())?;
    } else {
        write_json(&mut out, &text, &analysis, args.pretty)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

fn stream(args: &Args) -> Result<u8, Failure> {
    if args.jsonl && args.lines {
        return Err(Failure::usage("--jsonl and --lines: one or the other"));
    }
    if args.html || args.pretty {
        return Err(Failure::usage("a stream is written as JSON lines, without --html or --pretty"));
    }
    if args.lines && args.text_field.is_some() {
        return Err(Failure::usage("--text-field is for --jsonl"));
    }
    let options = jsonl::Options {
        threads: args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
        text_field: args.text_field.clone().unwrap_or_else(|| "text".into()),
        plain: args.lines,
        max_bytes: args.max_bytes.unwrap_or(DEFAULT_MAX_BYTES),
    };
    if options.threads == 0 {
        return Err(Failure::usage("--threads must be 1 or more"));
    }
    let mut input = BufReader::with_capacity(1 << 16, open_input(&args.paths)?);
    // The writer thread owns standard output (a lock cannot move between threads).
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout());
    let summary = jsonl::run(&mut input, &mut out, &options)?;
    if summary.failed > 0 {
        eprintln!("newsmark: {} of {} lines could not be analysed", summary.failed, summary.lines);
    }
    Ok(summary.failed.min(MAX_EXIT_STATUS) as u8)
}

fn eval(args: &Args) -> Result<u8, Failure> {
    if args.paths.is_empty() {
        return Err(Failure::usage("eval needs at least one folder of gold documents"));
    }
    if usize::from(args.json) + usize::from(args.errors) + usize::from(args.claim_features) > 1 {
        return Err(Failure::usage("one of --json, --errors and --claim-features"));
    }
    let corpus = newsmark::eval::load(&args.paths).map_err(Failure::new)?;
    for (path, reason) in &corpus.problems {
        eprintln!("newsmark: {}: not a gold document: {reason}", path.display());
    }
    if args.claim_features {
        let mut out = BufWriter::new(io::stdout().lock());
        for (path, doc) in &corpus.documents {
            let name = path.display().to_string();
            let speech = doc.claims.iter().filter(|c| c.speech).count();
            let gold = serde_json::json!({"document": name, "gold_claims": doc.claims.len(), "gold_speech": speech});
            writeln!(out, "{gold}")?;
            for row in newsmark::eval::claim_rows(doc) {
                let matched = row.matched.map(|speech| if speech { "speech" } else { "belief" });
                let line = serde_json::json!({"document": name, "features": row.features, "matched": matched,
                                              "cue_found": row.cue_found});
                writeln!(out, "{line}")?;
            }
        }
        out.flush()?;
        return Ok(u8::from(!corpus.problems.is_empty()));
    }
    let (scores, report) = newsmark::eval::run(&corpus.documents, args.errors);
    let mut out = BufWriter::new(io::stdout().lock());
    if args.errors {
        out.write_all(report.as_bytes())?;
    } else if args.json {
        let json =
            serde_json::to_string_pretty(&newsmark::eval::report::to_json(&scores)).expect("JSON values serialize");
        writeln!(out, "{json}")?;
    } else {
        out.write_all(newsmark::eval::report::table(&scores).as_bytes())?;
    }
    out.flush()?;
    Ok(u8::from(!corpus.problems.is_empty()))
}

/// A self-contained HTML page around the highlighted fragment: what comes before it and after.
fn standalone_page() -> (String, &'static str) {
    let head = format!(
        concat!(
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>newsmark</title>\n",
            "<style>\n{}\n</style></head>\n<body><main><div class=\"nm-text\">"
        ),
        include_str!("../../www/marks.css")
    );
    (head, "</div></main></body></html>\n")
}
