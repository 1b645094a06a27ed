//! Where the terminal report may break a line: at spaces outside
//! backticks only. A name, crebo code or snippet in `...` is never split
//! (miette's default breaks after hyphens, giving "`roc-⏎twente.25344`").
//! Nothing is replaced by look-alike characters, so copying a name from
//! the terminal gives exactly what the plan needs.

use textwrap::core::Word;

/// A [`textwrap::WordSeparator::Custom`] separator: words end at ASCII
/// spaces that are not inside a backtick-quoted span.
pub fn words_outside_code(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let mut start = 0;
    let mut in_space = false;
    let mut in_code = false;
    let mut chars = line.char_indices();
    Box::new(std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            if in_space && c != ' ' {
                let word = Word::from(&line[start..i]);
                start = i;
                in_space = false;
                in_code ^= c == '`';
                return Some(word);
            }
            if c == '`' {
                in_code = !in_code;
            }
            in_space = c == ' ' && !in_code;
        }
        if start < line.len() {
            let word = Word::from(&line[start..]);
            start = line.len();
            return Some(word);
        }
        None
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<&str> {
        words_outside_code(line).map(|w| w.word).collect()
    }

    #[test]
    fn code_spans_are_one_word() {
        assert_eq!(
            words("write `location = \"Den Haag\"` here"),
            ["write", "`location = \"Den Haag\"`", "here"]
        );
        assert_eq!(
            words("`roc-twente.25344` (3)"),
            ["`roc-twente.25344`", "(3)"]
        );
        // An unclosed backtick keeps the rest together, and loses nothing.
        assert_eq!(words("a `b c"), ["a", "`b c"]);
        assert_eq!(words("").len(), 0);
    }
}
