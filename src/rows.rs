//! Rows of the embedded data files: tab-separated columns, `#` comments and blank lines skipped.
//!
//! Every hand-written file of `data/` is read through [`rows`], so that a malformed row names its
//! file and line. The files are embedded at compile time and a unit test parses each of them
//! whole, so a bad row fails `cargo test`, never a user.

/// One row of a data file.
#[derive(Clone, Debug)]
pub(crate) struct Row {
    file: &'static str,
    line: usize,
    cols: Vec<&'static str>,
}

impl Row {
    /// Column `n` (from 0); a missing column is a bad row.
    pub(crate) fn col(&self, n: usize) -> &'static str {
        match self.cols.get(n) {
            Some(c) => c,
            None => self.bad(&format!("{} columns expected, {} found", n + 1, self.cols.len())),
        }
    }

    /// Column `n` read by `parse`; a value it does not know (`None`) is a bad row, named `what`.
    pub(crate) fn parse<T>(&self, n: usize, what: &str, parse: impl Fn(&str) -> Option<T>) -> T {
        let value = self.col(n);
        parse(value).unwrap_or_else(|| self.bad(&format!("unknown {what} {value:?}")))
    }

    /// Stops with the file, line and reason of a bad row.
    pub(crate) fn bad(&self, reason: &str) -> ! {
        panic!("{}:{}: {reason}", self.file, self.line)
    }
}

/// The rows of `text`, the contents of the data file `file` (named in errors).
pub(crate) fn rows(file: &'static str, text: &'static str) -> impl Iterator<Item = Row> {
    text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#')).map(move |(n, l)| Row {
        file,
        line: n + 1,
        cols: l.split('\t').collect(),
    })
}

/// Embeds a file of `data/` with its name, for [`rows`]: `data_file!("cues.tsv")`. What is
/// embedded is the copy `build.rs` makes without the comments (blank lines in their place, so
/// that line numbers hold).
macro_rules! data_file {
    ($name:literal) => {
        (concat!("data/", $name), include_str!(concat!(env!("OUT_DIR"), "/data/", $name)))
    };
}
pub(crate) use data_file;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blank_lines_are_skipped_and_lines_counted() {
        let rows: Vec<Row> = rows("t.tsv", "# comment\n\na\tb\n  \nc\n").collect();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].col(1)), (3, "b"));
        assert_eq!((rows[1].line, rows[1].cols.len()), (5, 1));
    }

    #[test]
    #[should_panic(expected = "t.tsv:1: unknown class \"x\"")]
    fn a_bad_value_names_file_and_line() {
        let row = rows("t.tsv", "w\tx").next().unwrap();
        row.parse(1, "class", |v| (v == "y").then_some(()));
    }

    #[test]
    #[should_panic(expected = "t.tsv:2: 2 columns expected, 1 found")]
    fn a_missing_column_names_file_and_line() {
        rows("t.tsv", "a\tb\nc").nth(1).unwrap().col(1);
    }
}
