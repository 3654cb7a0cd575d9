//! newsmark never panics, whatever it is given, and its spans always slice the text: every
//! prefix of real articles, and thousands of random texts built from the characters and words
//! that steer the engine (quote marks, dashes, colons, capitals, cue words, line breaks).

use newsmark::{analyze, Analysis};

/// Checks the invariants of an analysis of `text`.
fn check(text: &str, analysis: &Analysis) {
    let spans = analysis
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().copied())
        .chain(analysis.claims.iter().flat_map(|c| c.content.iter().copied().chain(c.source).chain(c.cue)))
        .chain(analysis.demonyms.iter().map(|d| d.span));
    for s in spans {
        assert!(s.start < s.end && s.end <= text.len(), "bad span {s:?} in {text:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {s:?} splits a character in {text:?}"
        );
    }
    for c in &analysis.claims {
        assert!(!c.content.is_empty());
        assert!(c.speaker.is_none_or(|s| s < analysis.entities.len()));
    }
    let html = newsmark::output::render_html(text, analysis);
    assert_eq!(html.matches("<span").count(), html.matches("</span>").count());
    let json = newsmark::output::to_json(text, analysis, false);
    serde_json::from_str::<serde_json::Value>(&json).expect("valid JSON");
}

fn articles() -> Vec<String> {
    let seed: serde_json::Value = serde_json::from_str(include_str!("fixtures/seed-nato-rutte-davos.json")).unwrap();
    vec![seed["text"].as_str().unwrap().to_string(), include_str!("../www/sample.txt").to_string()]
}

#[test]
fn every_prefix_and_suffix_of_real_articles() {
    for text in articles() {
        let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).filter(|i| i % 7 == 0).chain([text.len()]).collect();
        for &cut in &cuts {
            let (head, tail) = text.split_at(cut);
            check(head, &analyze(head));
            check(tail, &analyze(tail));
        }
    }
}

#[test]
fn a_text_that_opens_with_a_capitalised_cue_verb() {
    // Regression: the headline check read the word before the text's first one.
    for text in ["Says Trump Is Wrong About It All Again.", "Endorsed", "Said Mr. Smith: no."] {
        check(text, &analyze(text));
    }
}

#[test]
fn a_text_that_ends_with_a_cue_verb() {
    // Regression: the search for a quotation set apart after "said:" read the paragraph of the
    // token after the text's last one.
    for text in ["He said", "Rutte said", "The minister wrote", "He said:", "Rust Belt states that"] {
        check(text, &analyze(text));
    }
}

/// A small deterministic generator (xorshift), so that failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "``",
    "''",
    " — ",
    "—",
    " - ",
    "-",
    ":",
    ";",
    ",",
    ".",
    "?",
    "!",
    "…",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    " ",
    " ",
    "said",
    "says",
    "told",
    "according to",
    "told reporters",
    "added",
    "noted",
    "by",
    "was",
    "stated",
    "Rutte",
    "Mark",
    "He",
    "he",
    "she",
    "They",
    "it",
    "the",
    "The",
    "NATO",
    "chief",
    "minister",
    "Secretary General",
    "Mr.",
    "Dr.",
    "U.S.",
    "in",
    "Davos",
    "Kyiv",
    "Ukraine",
    "Ukrainian",
    "House",
    "of",
    "that",
    "From",
    "PENCE",
    "Jane Doe",
    "a",
    "who",
    "which",
    "and",
    "but",
    "Sweden",
    "1",
    "–",
    "0",
    "$",
    "Image",
    "😀",
    "é",
    "Zürich",
    "’s",
    "'s",
    "called",
    "so-called",
    "saying",
    "adding",
    "to",
    "say",
    "Poll",
    "Inc.",
    "University",
    "of",
    "Texas",
    "X",
    "ALL",
    "CAPS",
    "\u{a0}",
];

/// Rounds of random texts: `NEWSMARK_FUZZ_ROUNDS` in the environment runs more.
const ROUNDS: u64 = 3000;

#[test]
fn random_texts() {
    let rounds = std::env::var("NEWSMARK_FUZZ_ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(ROUNDS);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..rounds {
        let len = 1 + rng.next() % 60;
        let text: String = (0..len).map(|_| rng.pick(PIECES)).collect();
        let analysis = std::panic::catch_unwind(|| analyze(&text))
            .unwrap_or_else(|_| panic!("round {round} panicked on {text:?}"));
        check(&text, &analysis);
    }
}
