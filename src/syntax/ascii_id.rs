//! IDs written with letters outside ASCII (`coöperatieve-mavo`, `école`).
//! The lexer reads such a word as one identifier with one E002 that names
//! its ASCII form, instead of a stray character between two words (which
//! broke the item apart and cascaded).

use crate::source::{FileId, Span};

use super::lexer::{LexError, LexErrorKind};

fn id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-' || (!c.is_ascii() && c.is_alphabetic())
}

/// The end of a word at `pos` that would be an ID but for letters outside
/// ASCII; `None` when the word at `pos` is plain ASCII or no word at all.
pub fn non_ascii_word(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    let first = rest.chars().next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let mut end = pos;
    let mut non_ascii = false;
    for (i, c) in rest.char_indices() {
        if !id_char(c) || (c == '-' && rest[i..].starts_with("->")) {
            break;
        }
        non_ascii |= !c.is_ascii();
        end = pos + i + c.len_utf8();
    }
    // Like an ASCII identifier, it never ends in `-`.
    while end > pos && text.as_bytes()[end - 1] == b'-' {
        end -= 1;
    }
    non_ascii.then_some(end)
}

pub fn error(file: FileId, text: &str, start: usize, end: usize) -> LexError {
    let word = &text[start..end];
    LexError {
        span: Span::new(file, start, end),
        kind: LexErrorKind::NonAsciiId {
            text: crate::diagnostics::truncate(word, 40),
            // A suggestion is only useful whole.
            ascii: ascii(word).filter(|a| a.len() <= 60),
        },
    }
}

/// The word with its accents and ligatures written out in ASCII, when
/// every letter has such a form (`coöperatieve` → `cooperatieve`).
pub fn ascii(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let s = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
            'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "A",
            'ç' => "c",
            'Ç' => "C",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'È' | 'É' | 'Ê' | 'Ë' => "E",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'Ì' | 'Í' | 'Î' | 'Ï' => "I",
            'ñ' => "n",
            'Ñ' => "N",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
            'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "O",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'Ù' | 'Ú' | 'Û' | 'Ü' => "U",
            'ý' | 'ÿ' => "y",
            'Ý' => "Y",
            'ĳ' => "ij",
            'Ĳ' => "IJ",
            'æ' => "ae",
            'Æ' => "AE",
            'œ' => "oe",
            'Œ' => "OE",
            'ß' => "ss",
            _ => return None,
        };
        out.push_str(s);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_their_ascii_forms() {
        let text = "school coöperatieve-mavo {";
        assert_eq!(non_ascii_word(text, 7), Some(7 + "coöperatieve-mavo".len()));
        assert_eq!(non_ascii_word(text, 0), None, "plain ASCII");
        assert_eq!(non_ascii_word("école->x", 0), Some("école".len()));
        assert_eq!(non_ascii_word("→ x", 0), None, "no letter");
        assert_eq!(
            ascii("coöperatieve-mavo").as_deref(),
            Some("cooperatieve-mavo")
        );
        assert_eq!(ascii("ĳsselland").as_deref(), Some("ijsselland"));
        assert_eq!(ascii("日本"), None);
    }
}
