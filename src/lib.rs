//! newsmark reads an English news article and marks who speaks, where, and what they claim.
//!
//! ```
//! let text = "“We are ready,” Mark Rutte said in Kyiv.";
//! let analysis = newsmark::analyze(text);
//! let claim = &analysis.claims[0];
//! assert_eq!(claim.content[0].text(text), "“We are ready,”");
//! let speaker = &analysis.entities[claim.speaker.unwrap()];
//! assert_eq!(speaker.name, "Mark Rutte");
//! ```
//!
//! The public surface is [`analyze`], the types of its result ([`Analysis`] and what it holds),
//! [`output`] (JSON with UTF-16 offsets, highlighted HTML), and in native builds [`stream`]
//! (streams of articles, one a line, on every core) and [`eval`] (scoring against gold
//! documents); in WebAssembly builds, the JavaScript API in `wasm`.
//!
//! Inside, the pipeline runs one module a stage:
//!
//! 1. `segment` — paragraphs, sentences, tokens;
//! 2. `quotes` — quote marks told apart from apostrophes, paired into quotations;
//! 3. `lexicon` — embedded word lists, looked up once per distinct word (with `document`
//!    holding the text and what these first stages found);
//! 4. `syntax` — noun-phrase chunks and clause edges, the little grammar the later stages need;
//! 5. `mentions` — people, places and organisations named in the text;
//! 6. `coref` — mentions joined into entities; pronouns and descriptions resolved;
//! 7. `attribution` — claims: content, cue and source, tied to a speaker;
//! 8. [`output`] — JSON with UTF-16 offsets, and highlighted HTML.
//!
//! The Rust API reports byte offsets ([`Span`]); the JSON and JavaScript API report UTF-16 code
//! units.

pub mod analysis;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod output;
mod span;
#[cfg(not(target_arch = "wasm32"))]
pub mod stream;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

mod attribution;
mod coref;
mod document;
mod lexicon;
mod mentions;
mod pipeline;
mod quotes;
mod rows;
mod segment;
mod syntax;

pub use analysis::{
    Analysis, Claim, ClaimKind, Demonym, Entity, EntityKind, Gender, Place, PlaceKind, SourceKind, Summary,
};
pub use pipeline::analyze;
pub use span::Span;
