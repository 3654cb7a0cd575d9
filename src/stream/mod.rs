//! Streams of articles, one a line (JSON lines, or plain text): what `newsmark analyze --jsonl`
//! runs. Lines are analysed on several threads and written back in input order; the queues
//! between the reader, the workers and the writer are bounded, so that memory stays flat however
//! long the stream. Native only.
//!
//! ```
//! let input = "{\"id\": 7, \"text\": \"“We are ready,” Mark Rutte said.\"}\n";
//! let mut out = Vec::new();
//! let options = newsmark::stream::Options::default();
//! let summary = newsmark::stream::run(&mut input.as_bytes(), &mut out, &options).unwrap();
//! assert_eq!((summary.lines, summary.failed), (1, 0));
//! assert!(String::from_utf8(out).unwrap().starts_with("{\"id\": 7, \"text\""));
//! ```

pub mod input;

use std::collections::BTreeMap;
use std::io::{self, BufRead, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{json, Map, Value};

use input::{human_size, read_line, InputError, Line};

/// How the lines are read and analysed.
#[derive(Clone, Debug)]
pub struct Options {
    /// Threads that analyse.
    pub threads: usize,
    /// The field of each JSON object that holds the article.
    pub text_field: String,
    /// Each line is an article as plain text, not a JSON object.
    pub plain: bool,
    /// The longest line read, in bytes.
    pub max_bytes: u64,
}

impl Default for Options {
    /// Every core, the field "text", JSON lines, lines up to 256 MB.
    fn default() -> Options {
        Options {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            text_field: "text".into(),
            plain: false,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// The longest line (or article) read unless an option says otherwise.
pub const DEFAULT_MAX_BYTES: u64 = 256_000_000;

/// What a run did.
#[derive(Clone, Copy, Debug, Default)]
pub struct Summary {
    /// Lines analysed or reported (blank lines aside).
    pub lines: u64,
    /// Lines reported as errors.
    pub failed: u64,
}

/// The field the analysis is written into.
const ANALYSIS: &str = "analysis";

/// Lines waiting between the reader and the workers, and results between the workers and the
/// writer, for each thread.
const QUEUE_PER_THREAD: usize = 16;

/// Reads `input` line by line, analyses each line and writes one line of output for it to `out`
/// in input order.
pub fn run(input: &mut impl BufRead, out: &mut (impl Write + Send), options: &Options) -> io::Result<Summary> {
    let threads = options.threads.max(1);
    let queue = QUEUE_PER_THREAD * threads;
    let (jobs_in, jobs_out) = sync_channel::<(u64, u64, Line)>(queue);
    let (done_in, done_out) = sync_channel::<(u64, String, bool)>(queue);
    let jobs_out = Mutex::new(jobs_out);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let writer = scope.spawn(|| write_in_order(done_out, out, &stop));
        let mut workers = Vec::with_capacity(threads);
        for _ in 0..threads {
            let (jobs_out, done_in, stop) = (&jobs_out, done_in.clone(), &stop);
            workers.push(scope.spawn(move || loop {
                let job = jobs_out.lock().expect("no worker panics while holding the queue").recv();
                let Ok((seq, line_no, line)) = job else { break };
                // Once the writer has stopped, the queue is drained without work, so that the
                // reader is never left waiting.
                if stop.load(Ordering::Relaxed) {
                    continue;
                }
                let (text, failed) = analyse_line(line_no, line, options);
                if done_in.send((seq, text, failed)).is_err() {
                    stop.store(true, Ordering::Relaxed);
                }
            }));
        }
        drop(done_in);
        let read = read_all(input, options, &stop, |job| jobs_in.send(job).is_ok());
        drop(jobs_in);
        let written = writer.join().expect("the writer does not panic");
        // Joined one by one, not only at the scope's end: a joined thread has also run its
        // thread-local destructors (the word cache), so nothing of it outlives `run`.
        for worker in workers {
            worker.join().expect("no worker panics");
        }
        let summary = written?;
        read?;
        Ok(summary)
    })
}

/// Reads the lines of `input` and hands each non-blank one to `send` with its sequence number
/// and line number, until the input ends, `send` refuses or `stop` is set.
fn read_all(
    input: &mut impl BufRead,
    options: &Options,
    stop: &AtomicBool,
    mut send: impl FnMut((u64, u64, Line)) -> bool,
) -> io::Result<()> {
    let (mut seq, mut line_no) = (0, 0);
    while !stop.load(Ordering::Relaxed) {
        let Some(line) = read_line(input, options.max_bytes)? else { break };
        line_no += 1;
        if matches!(&line, Line::Text(t) if t.trim().is_empty()) {
            continue;
        }
        if !send((seq, line_no, line)) {
            break;
        }
        seq += 1;
    }
    Ok(())
}

/// Writes the results as they come, in sequence order; shows progress on a terminal.
fn write_in_order(done: Receiver<(u64, String, bool)>, out: &mut impl Write, stop: &AtomicBool) -> io::Result<Summary> {
    let mut summary = Summary::default();
    let mut waiting: BTreeMap<u64, (String, bool)> = BTreeMap::new();
    let mut next = 0;
    let mut progress = Progress::new();
    for (seq, text, failed) in done {
        waiting.insert(seq, (text, failed));
        while let Some((text, failed)) = waiting.remove(&next) {
            let written = out.write_all(text.as_bytes()).and_then(|()| out.write_all(b"\n"));
            if let Err(e) = written {
                stop.store(true, Ordering::Relaxed);
                return Err(e);
            }
            summary.lines += 1;
            summary.failed += u64::from(failed);
            progress.count(text.len());
            next += 1;
        }
    }
    progress.finish();
    out.flush()?;
    Ok(summary)
}

/// The output line for input line `line_no`, and whether it is an error.
fn analyse_line(line_no: u64, line: Line, options: &Options) -> (String, bool) {
    let text = match line {
        Line::Text(text) => text,
        Line::Bad(e) => return (error_line(line_no, None, &e.to_string()), true),
    };
    if options.plain {
        let analysis = analysis_json(&text);
        return (format!("{{\"line\":{line_no},\"{ANALYSIS}\":{analysis}}}"), false);
    }
    let object: Map<String, Value> = match serde_json::from_str(&text) {
        Ok(object) => object,
        Err(e) => return (error_line(line_no, None, &format!("not a JSON object: {e}")), true),
    };
    let id = object.get("id");
    let Some(article) = object.get(&options.text_field).and_then(Value::as_str) else {
        return (error_line(line_no, id, &format!("no string field {:?}", options.text_field)), true);
    };
    if object.contains_key(ANALYSIS) {
        return (error_line(line_no, id, &format!("the field {ANALYSIS:?} is where the analysis goes")), true);
    }
    // The line as it came, with the analysis added before its closing brace: every other field
    // is carried through unchanged.
    let line = text.trim_end();
    let open = &line[..line.len() - 1];
    let comma = if object.is_empty() { "" } else { "," };
    (format!("{open}{comma}\"{ANALYSIS}\":{}}}", analysis_json(article)), false)
}

/// The analysis of `text` as the JSON `newsmark analyze` prints.
fn analysis_json(text: &str) -> String {
    crate::output::to_json(text, &crate::analyze(text), false)
}

/// An output line for a line that could not be analysed.
fn error_line(line_no: u64, id: Option<&Value>, error: &str) -> String {
    let mut line = json!({"line": line_no, "error": error});
    if let Some(id) = id {
        line["id"] = id.clone();
    }
    line.to_string()
}

/// A progress line on standard error, when it is a terminal: articles, MB, articles a second.
struct Progress {
    shown: bool,
    started: Instant,
    last: Instant,
    articles: u64,
    bytes: u64,
}

/// How often the progress line is redrawn.
const REDRAW: Duration = Duration::from_millis(250);

impl Progress {
    fn new() -> Progress {
        let now = Instant::now();
        Progress { shown: io::stderr().is_terminal(), started: now, last: now, articles: 0, bytes: 0 }
    }

    fn count(&mut self, output_bytes: usize) {
        self.articles += 1;
        self.bytes += output_bytes as u64;
        if self.shown && self.last.elapsed() >= REDRAW {
            self.last = Instant::now();
            self.draw();
        }
    }

    fn draw(&self) {
        let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
        eprint!(
            "\r{} articles, {} written, {:.0} articles/s  ",
            self.articles,
            human_size(self.bytes),
            self.articles as f64 / seconds
        );
    }

    fn finish(&self) {
        if self.shown {
            self.draw();
            eprintln!();
        }
    }
}

impl From<InputError> for io::Error {
    fn from(e: InputError) -> io::Error {
        match e {
            InputError::Io(e) => e,
            other => io::Error::new(io::ErrorKind::InvalidData, other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(threads: usize) -> Options {
        Options { threads, text_field: "text".into(), plain: false, max_bytes: 1 << 20 }
    }

    fn run_on(input: &str, options: &Options) -> (Vec<Value>, Summary) {
        let mut out = Vec::new();
        let summary = run(&mut input.as_bytes(), &mut out, options).unwrap();
        let lines = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        (lines, summary)
    }

    #[test]
    fn fields_carried_through_and_order_kept() {
        let input: String = (0..50)
            .map(|n| format!("{{\"id\": {n}, \"source\": \"wire\", \"text\": \"“Line {n},” Mark Rutte said.\"}}\n"))
            .collect();
        let (lines, summary) = run_on(&input, &options(3));
        assert_eq!((summary.lines, summary.failed), (50, 0));
        for (n, line) in lines.iter().enumerate() {
            assert_eq!(line["id"], n);
            assert_eq!(line["source"], "wire");
            assert_eq!(line["analysis"]["claims"][0]["content"][0]["text"], format!("“Line {n},”"));
        }
    }

    #[test]
    fn bad_lines_are_reported_and_the_stream_goes_on() {
        let input =
            "{\"id\": 1, \"text\": \"Rutte said it.\"}\nnot json\n\n{\"id\": 2}\n[1, 2]\n{\"id\": 3, \"text\": \"ok\"}";
        let (lines, summary) = run_on(input, &options(2));
        assert_eq!((summary.lines, summary.failed), (5, 3));
        assert_eq!(lines[0]["id"], 1);
        assert_eq!((lines[1]["line"].as_u64(), lines[1]["error"].is_string()), (Some(2), true));
        assert_eq!((lines[2]["line"].as_u64(), &lines[2]["id"]), (Some(4), &json!(2)), "a blank line is skipped");
        assert!(lines[3]["error"].as_str().unwrap().contains("not a JSON object"));
        assert_eq!(lines[4]["id"], 3);
    }

    #[test]
    fn plain_lines_and_another_text_field() {
        let plain = Options { plain: true, ..options(1) };
        let (lines, _) = run_on("“Go,” Rutte said.\nNothing here.", &plain);
        assert_eq!((lines[0]["line"].as_u64(), lines[1]["line"].as_u64()), (Some(1), Some(2)));
        assert_eq!(lines[0]["analysis"]["claims"].as_array().unwrap().len(), 1);
        let body = Options { text_field: "body".into(), ..options(1) };
        let (lines, _) = run_on("{\"body\": \"“Go,” Rutte said.\"}", &body);
        assert_eq!(lines[0]["analysis"]["claims"].as_array().unwrap().len(), 1);
    }
}
