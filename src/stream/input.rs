//! Reading input with a size limit, checking UTF-8 as it arrives: a whole text, or a line at a
//! time.

use std::io::{self, BufRead, Read};

/// Why input could not be read.
#[derive(Debug)]
pub enum InputError {
    /// The input is longer than the limit.
    TooLong(u64),
    /// The input is not UTF-8: the byte offset of the first bad sequence.
    NotUtf8(usize),
    /// Reading failed.
    Io(io::Error),
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::TooLong(limit) => write!(f, "longer than {} (raise it with --max-bytes)", human_size(*limit)),
            InputError::NotUtf8(at) => write!(f, "not UTF-8 text (a bad byte sequence at byte {at})"),
            InputError::Io(e) => write!(f, "{e}"),
        }
    }
}

/// A size for people: "256 MB", "1.5 KB", "12 bytes".
pub fn human_size(n: u64) -> String {
    match n {
        n if n >= 1_000_000 && n % 1_000_000 == 0 => format!("{} MB", n / 1_000_000),
        n if n >= 1_000_000 => format!("{:.1} MB", n as f64 / 1e6),
        n if n >= 1_000 => format!("{:.1} KB", n as f64 / 1e3),
        n => format!("{n} bytes"),
    }
}

/// How much is read at a time.
const CHUNK: usize = 1 << 16;

/// Reads all of `input` as text, at most `limit` bytes: fails as soon as the text passes the
/// limit or holds a byte sequence that is not UTF-8, without reading the rest.
pub fn read_text(mut input: impl Read, limit: u64) -> Result<String, InputError> {
    let mut bytes: Vec<u8> = Vec::new();
    let mut checked = 0; // bytes[..checked] are valid UTF-8
    let mut chunk = vec![0u8; CHUNK];
    loop {
        let n = match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(InputError::Io(e)),
        };
        if (bytes.len() + n) as u64 > limit {
            return Err(InputError::TooLong(limit));
        }
        bytes.extend_from_slice(&chunk[..n]);
        checked = check_utf8(&bytes, checked, false)?;
    }
    check_utf8(&bytes, checked, true)?;
    Ok(String::from_utf8(bytes).expect("checked"))
}

/// Checks `bytes[from..]` for UTF-8, returning how far it is valid; a sequence cut at the end is
/// left for later unless `at_end`.
fn check_utf8(bytes: &[u8], from: usize, at_end: bool) -> Result<usize, InputError> {
    match std::str::from_utf8(&bytes[from..]) {
        Ok(_) => Ok(bytes.len()),
        Err(e) if e.error_len().is_none() && !at_end => Ok(from + e.valid_up_to()),
        Err(e) => Err(InputError::NotUtf8(from + e.valid_up_to())),
    }
}

/// A line of a stream, as read.
#[derive(Debug)]
pub enum Line {
    /// The line, without its line break.
    Text(String),
    /// The line could not be taken: too long, or not UTF-8. The rest of it was skipped.
    Bad(InputError),
}

/// Reads the next line of `input` (`None` at the end), at most `limit` bytes of it; a longer
/// line is skipped to its end and reported as [`InputError::TooLong`], so that the next line is
/// read as usual.
pub fn read_line(input: &mut impl BufRead, limit: u64) -> io::Result<Option<Line>> {
    let mut line: Vec<u8> = Vec::new();
    let mut too_long = false;
    loop {
        let available = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            if line.is_empty() && !too_long {
                return Ok(None);
            }
            break;
        }
        let (taken, done) = match available.iter().position(|&b| b == b'\n') {
            Some(at) => (at + 1, true),
            None => (available.len(), false),
        };
        if !too_long {
            let piece = &available[..taken - usize::from(done)];
            if (line.len() + piece.len()) as u64 > limit {
                too_long = true;
                line = Vec::new();
            } else {
                line.extend_from_slice(piece);
            }
        }
        input.consume(taken);
        if done {
            break;
        }
    }
    if too_long {
        return Ok(Some(Line::Bad(InputError::TooLong(limit))));
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(Some(match String::from_utf8(line) {
        Ok(text) => Line::Text(text),
        Err(e) => Line::Bad(InputError::NotUtf8(e.utf8_error().valid_up_to())),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_within_the_limit() {
        assert_eq!(read_text("“We are ready,” he said.".as_bytes(), 100).unwrap(), "“We are ready,” he said.");
        assert!(matches!(read_text(&b"x".repeat(101)[..], 100), Err(InputError::TooLong(100))));
    }

    #[test]
    fn bad_utf8_fails_at_its_byte() {
        let mut bytes = "Kyiv ".repeat(20_000).into_bytes();
        bytes.push(0xff);
        assert!(matches!(read_text(&bytes[..], 1 << 20), Err(InputError::NotUtf8(100_000))));
        // A character cut by a chunk boundary is no error.
        let text = "é".repeat(CHUNK);
        assert_eq!(read_text(text.as_bytes(), 1 << 20).unwrap(), text);
    }

    #[test]
    fn lines_over_the_limit_are_skipped() {
        let mut input = io::BufReader::with_capacity(4, "short\nthis one is long\n\nlast".as_bytes());
        let mut lines = Vec::new();
        while let Some(line) = read_line(&mut input, 8).unwrap() {
            lines.push(match line {
                Line::Text(t) => t,
                Line::Bad(e) => format!("<{e}>"),
            });
        }
        assert_eq!(lines, ["short", "<longer than 8 bytes (raise it with --max-bytes)>", "", "last"]);
    }
}
