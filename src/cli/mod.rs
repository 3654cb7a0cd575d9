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
  newsmark eval DIR... [--json | --errors | --claim-features | --end-features]
      Score against the gold documents (*.json) in DIR and its folders (FORMAT.md): a table,
      JSON figures, or every error to work from; or, to fit the confidence model, every claim
      the rules find as a JSON line of its features and the gold claim it matches; or, to fit
      the content-end model, every comma or dash of their reported content with its features
      and whether the gold content ends there.
  newsmark train-tagger DIR... --ner DIR --out FILE [--epochs N]
      Fit the mention tagger on the gold documents in DIR (their places and people) and the
      CoNLL texts of the --ner folder; write the model to FILE (data/tagger.bin).
  newsmark cv-tagger DIR... --ner DIR [--folds N] [--epochs N]
      Cross-validate the tagger by document over the gold documents in DIR (each fold fitted on
      the others and the --ner texts): places and people, rules alone and rules with the tagger.
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
    end_features: bool,
    ner: Option<PathBuf>,
    out: Option<PathBuf>,
    epochs: Option<usize>,
    folds: Option<usize>,
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
    ("end-features", &["eval"]),
    ("ner", &["train-tagger", "cv-tagger"]),
    ("out", &["train-tagger"]),
    ("epochs", &["train-tagger", "cv-tagger"]),
    ("folds", &["cv-tagger"]),
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
                    "end-features" => args.end_features = true,
                    "ner" => args.ner = Some(parser.value().map_err(bad)?.into()),
                    "out" => args.out = Some(parser.value().map_err(bad)?.into()),
                    "epochs" => args.epochs = Some(parser.value().map_err(bad)?.parse().map_err(bad)?),
                    "folds" => args.folds = Some(parser.value().map_err(bad)?.parse().map_err(bad)?),
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
        "train-tagger" => train_tagger(&args),
        "cv-tagger" => cv_tagger(&args),
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
    let modes = [args.json, args.errors, args.claim_features, args.end_features];
    if modes.into_iter().filter(|&m| m).count() > 1 {
        return Err(Failure::usage("one of --json, --errors, --claim-features and --end-features"));
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
    if args.end_features {
        let mut out = BufWriter::new(io::stdout().lock());
        for (_, doc) in &corpus.documents {
            for row in newsmark::eval::end_rows(doc) {
                writeln!(out, "{}", serde_json::json!({"features": row.features, "stop": row.stop}))?;
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

/// Gold documents by path, and other annotated texts: what a tagger command reads.
type TaggerInputs = (Vec<(String, newsmark::eval::GoldDocument)>, Vec<newsmark::eval::tagger::NamedText>);

/// The gold documents and the extra texts a tagger command reads.
fn tagger_inputs(args: &Args) -> Result<TaggerInputs, Failure> {
    if args.paths.is_empty() {
        return Err(Failure::usage("give at least one folder of gold documents"));
    }
    let ner = args.ner.as_ref().ok_or_else(|| Failure::usage("--ner DIR: the folder of CoNLL training text"))?;
    let corpus = newsmark::eval::load(&args.paths).map_err(Failure::new)?;
    let gold = corpus
        .documents
        .into_iter()
        .filter(|(_, d)| d.has("places") && d.has("people"))
        .map(|(p, d)| (p.display().to_string(), d))
        .collect();
    let extra = newsmark::eval::tagger::extra_texts(ner).map_err(Failure::new)?;
    Ok((gold, extra))
}

fn tagger_options(args: &Args) -> newsmark::eval::tagger::TrainOptions {
    let mut options = newsmark::eval::tagger::TrainOptions::default();
    if let Some(e) = args.epochs {
        options.epochs = e;
    }
    options
}

fn train_tagger(args: &Args) -> Result<u8, Failure> {
    let out = args.out.as_ref().ok_or_else(|| Failure::usage("--out FILE: where the model goes"))?;
    let (gold, extra) = tagger_inputs(args)?;
    let model = newsmark::eval::tagger::train(&gold, &extra, tagger_options(args));
    std::fs::write(out, &model).map_err(|e| Failure::new(format!("{}: {e}", out.display())))?;
    eprintln!(
        "{}: {} gold documents and {} other texts, {} bytes",
        out.display(),
        gold.len(),
        extra.len(),
        model.len()
    );
    Ok(0)
}

fn cv_tagger(args: &Args) -> Result<u8, Failure> {
    let (gold, extra) = tagger_inputs(args)?;
    let folds = args.folds.unwrap_or(5).max(2);
    let results = newsmark::eval::tagger::cross_validate(&gold, &extra, folds, tagger_options(args));
    // Per folder (genre set), the rules alone and with the tagger.
    let mut sets: Vec<(String, newsmark::eval::Scores, newsmark::eval::Scores)> = Vec::new();
    for (origin, rules, tagged) in results {
        let set = std::path::Path::new(&origin)
            .parent()
            .and_then(|p| p.file_name())
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let at = match sets.iter().position(|(s, _, _)| *s == set) {
            Some(i) => i,
            None => {
                sets.push((set, Default::default(), Default::default()));
                sets.len() - 1
            }
        };
        sets[at].1.add(&rules);
        sets[at].2.add(&tagged);
    }
    let mut out = BufWriter::new(io::stdout().lock());
    writeln!(out, "{folds}-fold cross-validation by document (exact F1)")?;
    writeln!(
        out,
        "{:<14} {:>5}  {:>20} {:>20}  {:>20} {:>20}",
        "set", "docs", "places rules P/R/F", "places +tagger", "people rules", "people +tagger"
    )?;
    let prf = |c: &newsmark::eval::score::Counts| format!("{:.3}/{:.3}/{:.3}", c.precision(), c.recall(), c.f1());
    for (set, rules, tagged) in &sets {
        writeln!(
            out,
            "{set:<14} {:>5}  {:>20} {:>20}  {:>20} {:>20}",
            rules.documents,
            prf(&rules.places_exact),
            prf(&tagged.places_exact),
            prf(&rules.people_exact),
            prf(&tagged.people_exact)
        )?;
    }
    let held = newsmark::eval::tagger::held_out_agreement(&gold, &extra, folds, tagger_options(args));
    let (auc, ece) = newsmark::eval::tagger::confidence_figures(&held, folds);
    let right = held.iter().filter(|r| r.2).count();
    writeln!(
        out,
        "mention confidence on the rules' {} people and places held out ({right} right): ROC area {auc:.3}, calibration error {ece:.3}",
        held.len()
    )?;
    out.flush()?;
    Ok(0)
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
