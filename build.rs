//! Prepares the data files for embedding, in `OUT_DIR`:
//! - the hand-written files of `data/` without their comments, for `data_file!`: the comments
//!   document the files in the repository and would only add bytes to the binary and the `.wasm`.
//!   A comment line becomes an empty line, so that a bad row's line number is still its line in
//!   `data/`;
//! - the generated tables of `data/generated/` front-coded, for `generated_table!`: each line
//!   starts with how many of its first bytes (0 to 9) it shares with the line before, followed by
//!   the rest of it. The tables are sorted, so most lines share a prefix with the one before, and
//!   the `.wasm` shrinks by about 25 KB gzip; `lexicon::table::Table` decodes them on first use.

use std::{env, fs, path::Path};

/// The longest prefix a front-coded line takes from the line before: one digit.
const MAX_SHARED: usize = 9;

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=data/generated");
    copy_tables("data", &out.join("data"), strip_comments);
    copy_tables("data/generated", &out.join("generated"), front_code);
}

/// Writes `transform` of every `.tsv` and `.txt` file of `dir` into `out`, under the same name.
fn copy_tables(dir: &str, out: &Path, transform: fn(&str) -> String) {
    fs::create_dir_all(out).expect("OUT_DIR can be written");
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
        let path = entry.expect("a data folder can be listed").path();
        let is_table = path.extension().is_some_and(|e| e == "tsv" || e == "txt");
        if !path.is_file() || !is_table {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        fs::write(out.join(path.file_name().expect("a file has a name")), transform(&text))
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// `text` with each comment line left empty.
fn strip_comments(text: &str) -> String {
    text.split_inclusive('\n').map(|line| if line.starts_with('#') { "\n" } else { line }).collect()
}

/// `text`'s lines front-coded: the number of leading bytes shared with the line before (at most
/// [`MAX_SHARED`], never splitting a character), then the rest of the line.
fn front_code(text: &str) -> String {
    let mut coded = String::with_capacity(text.len());
    let mut before = "";
    for line in text.lines() {
        let shared = line
            .char_indices()
            .map(|(at, c)| at + c.len_utf8())
            .take_while(|&end| end <= MAX_SHARED && before.get(..end) == line.get(..end))
            .last()
            .unwrap_or(0);
        coded.push(char::from(b'0' + shared as u8));
        coded.push_str(&line[shared..]);
        coded.push('\n');
        before = line;
    }
    coded
}
