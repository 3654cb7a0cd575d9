//! Hard-wrapped text: the line breaks that only wrap a paragraph.
//!
//! Text pasted from e-mail, a plain-text wire, a terminal or a PDF is often wrapped at a fixed
//! width: each line of a paragraph ends where the next word would not have fitted, and
//! paragraphs end with a short line or a blank one. Read as paragraphs, those lines would cut
//! every sentence and quotation that runs across them in two. A line break wraps a paragraph
//! when the next line goes on in lower case ("… getting them to participate personally⏎in
//! caucuses …"), or, in a text whose lines are wrapped at one width, when the next line's first
//! word would not have fitted on the line before. A blank line, an indented line and the
//! paragraph separator U+2029 always end a paragraph.

/// The widest that the lines of a wrapped text are, in characters: e-mail wraps at 72 to 78,
/// terminals at 80, PDFs a little wider; an article pasted from a web page has its paragraphs
/// on lines far longer.
const MAX_WRAP_WIDTH: usize = 100;

/// The fewest lines that show a text wrapped at one width.
const MIN_WRAPPED_LINES: usize = 4;

/// For each line break of `text`, true when it only wraps a paragraph. `breaks` are the byte
/// positions of the line breaks ("\n", U+2028 or U+2029), in order. Linear in the length of
/// the text; a few bytes a line break.
pub(crate) fn soft_breaks(text: &str, breaks: &[usize]) -> Vec<bool> {
    let lines = Lines { text, breaks };
    let n = breaks.len();

    // The wrapping width: the width that nine lines in ten with words do not pass, counted in a
    // histogram whose last bucket holds every line wider than a wrapped text's.
    let mut histogram = [0usize; MAX_WRAP_WIDTH + 2];
    for k in 0..=n {
        histogram[lines.width(k).min(MAX_WRAP_WIDTH + 1)] += 1;
    }
    let with_words: usize = histogram[1..].iter().sum();
    let mut below = 0;
    let wrap_width = (1..histogram.len())
        .find(|&w| {
            below += histogram[w];
            below > with_words * 9 / 10
        })
        .unwrap_or(0);

    // Each break between two lines with words: whether the next line goes on in lower case, and
    // whether the line before is full.
    let joins: Vec<Option<(bool, bool)>> = (0..n)
        .map(|k| {
            let lower_case = || lines.line(k + 1).trim_start().starts_with(char::is_lowercase);
            lines.joinable(k).then(|| (lower_case(), lines.full(k, wrap_width)))
        })
        .collect();
    let candidates = joins.iter().flatten().count();
    let fulls = joins.iter().flatten().filter(|&&(_, full)| full).count();
    let wrapped = with_words >= MIN_WRAPPED_LINES && wrap_width <= MAX_WRAP_WIDTH && fulls * 2 > candidates;
    joins.iter().map(|join| join.is_some_and(|(lower_case, full)| lower_case || wrapped && full)).collect()
}

/// The lines of a text, by the positions of its line breaks.
struct Lines<'a> {
    text: &'a str,
    breaks: &'a [usize],
}

impl Lines<'_> {
    /// Line `k` (of one more than there are breaks), without its terminator and trailing space.
    fn line(&self, k: usize) -> &str {
        let start = k.checked_sub(1).map_or(0, |b| self.after_break(b));
        let end = self.breaks.get(k).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end()
    }

    /// Where the text goes on after break `b`.
    fn after_break(&self, b: usize) -> usize {
        let at = self.breaks[b];
        at + self.text[at..].chars().next().map_or(1, char::len_utf8)
    }

    /// The characters of line `k`.
    fn width(&self, k: usize) -> usize {
        self.line(k).chars().count()
    }

    /// True when break `b` is between two lines with words and is no paragraph separator.
    fn joinable(&self, b: usize) -> bool {
        !self.text[self.breaks[b]..].starts_with('\u{2029}')
            && !self.line(b).is_empty()
            && !self.line(b + 1).trim_start().is_empty()
    }

    /// True when the first word of the line after break `b` would not have fitted on the line
    /// before, `width` characters wide; a line indented further than the one before opens a
    /// paragraph.
    fn full(&self, b: usize, width: usize) -> bool {
        let (line, next) = (self.line(b), self.line(b + 1));
        let indent = |l: &str| l.len() - l.trim_start().len();
        let first_word = next.split_whitespace().next().map_or(0, |w| w.chars().count());
        indent(next) <= indent(line) && self.width(b) + 1 + first_word > width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The soft breaks of `text`, its lines cut at "\n".
    fn soft(text: &str) -> Vec<bool> {
        let breaks: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
        soft_breaks(text, &breaks)
    }

    #[test]
    fn a_line_that_goes_on_in_lower_case_continues_its_paragraph() {
        assert_eq!(soft("He wanted them to take part\nin caucuses.\nThe end."), [true, false]);
    }

    #[test]
    fn lines_wrapped_at_one_width_are_one_paragraph_until_a_short_line() {
        let text = "Senator John Smith of Ohio said on Tuesday that the bill, which\n\
                    passed the House last week, would cut taxes for middle-class\n\
                    families. He warned that Republicans would block it in the\n\
                    Senate.\n\
                    Democrats disagreed.\n\
                    \n\
                    The vote is on Friday.";
        assert_eq!(soft(text), [true, true, true, false, false, false]);
    }

    #[test]
    fn short_lines_and_long_paragraph_lines_stay_apart() {
        // A headline, a byline and paragraphs of a web page, one a line.
        let text = "Trump Wins Nevada\nBy Jane Doe\nLAS VEGAS (AP) — Donald Trump won the Nevada caucuses on Tuesday, \
                    his third victory in a row, and Marco Rubio came second.\nTed Cruz, who had hoped for second \
                    place, came third with about a fifth of the vote, aides said.";
        assert_eq!(soft(text), [false, false, false]);
    }

    #[test]
    fn blank_and_indented_lines_and_paragraph_separators_end_paragraphs() {
        let text = "The committee met on Monday and the members\n\
                    argued for hours about the budget of the city\n  \
                    Then they voted on the plan for the new bridge\n\
                    over the river, which was approved by most\n\
                    \n\
                    Members said the vote had been close for once.";
        assert_eq!(soft(text), [true, false, true, false, false]);
        assert_eq!(soft_breaks("said\u{2029}more", &[4]), [false]);
    }

    #[test]
    fn a_block_indented_throughout_is_wrapped_as_any_other() {
        let text = "    The committee met on Monday and the members of\n    \
                    the board argued for hours about the budget. The\n    \
                    Senate had passed it, and the House voted on it\n    \
                    Tuesday.";
        assert_eq!(soft(text), [true, true, true]);
    }
}
