//! Output: JSON with UTF-16 offsets, and highlighted HTML.

pub mod html;
pub mod json;
mod utf16;

pub use html::{render_html, render_html_chunks, text_of, write_html};
pub use json::{to_json, write_json};
pub use utf16::Utf16Index;
