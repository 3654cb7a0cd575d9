//! Analysis speed: `cargo bench` prints the time per article and the throughput on the seed
//! article, the built-in sample, and (when present beside the checkout) the shared corpus.

use std::path::Path;
use std::time::{Duration, Instant};

fn time<F: FnMut()>(mut f: F) -> Duration {
    // Warm up (lazy tables, caches), then take the best of several rounds.
    f();
    let mut best = Duration::MAX;
    for _ in 0..7 {
        let start = Instant::now();
        f();
        best = best.min(start.elapsed());
    }
    best
}

fn report(name: &str, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let elapsed = time(|| {
        for t in texts {
            std::hint::black_box(newsmark::analyze(t));
        }
    });
    let per_article = elapsed.as_secs_f64() * 1e6 / texts.len() as f64;
    let mb_s = bytes as f64 / 1e6 / elapsed.as_secs_f64();
    println!(
        "{name:<28} {:>5} articles {:>9.1} KB   {per_article:>8.1} µs/article   {mb_s:>6.1} MB/s",
        texts.len(),
        bytes as f64 / 1e3
    );
}

fn corpus(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
            Some(json["text"].as_str()?.to_string())
        })
        .collect()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = corpus(&root.join("tests/fixtures"));
    let sample = vec![std::fs::read_to_string(root.join("www/sample.txt")).unwrap()];
    let start = Instant::now();
    std::hint::black_box(newsmark::analyze("Warm-up: “Yes,” she said."));
    println!("first call (tables built lazily): {:.2} ms", start.elapsed().as_secs_f64() * 1e3);
    report("seed article", &seed);
    report("sample article", &sample);
    for name in ["polnear-dev", "gum-news"] {
        let texts = corpus(&root.join("../shared/corpus").join(name));
        if texts.is_empty() {
            println!("{name:<28} (../shared/corpus/{name} not found: skipped)");
        } else {
            report(name, &texts);
        }
    }
    // A long paste: every corpus article at once, 5 MB or so.
    let mut big = String::new();
    while big.len() < 5_000_000 {
        big.push_str(&seed[0]);
        big.push('\n');
        big.push_str(&sample[0]);
        big.push('\n');
    }
    report("5 MB paste", &[big]);
}
