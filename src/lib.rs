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
//! The pipeline, one module a stage:
//!
//! 1. [`segment`] — paragraphs, sentences, tokens;
//! 2. [`quotes`] — quote marks told apart from apostrophes, paired into quotations;
//! 3. [`lexicon`] — embedded word lists: cue verbs, titles, first names, places, organisations
//!    (with [`document`] holding the text and what the first three stages found);
//! 4. [`syntax`] — word classes, noun-phrase chunks and clause edges, the little grammar the
//!    later stages need;
//! 5. [`mentions`] — people, places and organisations named in the text, pronouns and
//!    descriptions;
//! 6. [`coref`] — mentions joined into entities;
//! 7. [`attribution`] — claims: content, cue and source, tied to a speaker;
//! 8. [`output`] — JSON with UTF-16 offsets, and highlighted HTML.
//!
//! The Rust API reports byte offsets ([`Span`]); the JSON and JavaScript API report UTF-16 code
//! units.

pub mod analysis;
pub mod attribution;
pub mod coref;
pub mod document;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod lexicon;
pub mod mentions;
pub mod output;
pub mod quotes;
pub mod segment;
pub mod span;
pub mod syntax;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{analyze, Analysis, Claim, ClaimKind, Demonym, Entity, EntityKind};
pub use span::Span;
