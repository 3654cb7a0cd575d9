//! Output: JSON with UTF-16 offsets (or code points, for Python), and highlighted HTML.

pub mod html;
pub mod json;
mod offsets;

pub use html::{render_html, render_html_chunks, text_of, write_html};
pub use json::{to_json, write_json, write_json_in};
pub use offsets::{OffsetIndex, Unit};
