//! What is shown on a terminal or in a GitHub annotation never carries a
//! control character or a bidirectional override from a plan or a file
//! name: an ESC sequence could rewrite the terminal, and U+202E and its
//! kin make text read differently from what it is ("Trojan Source").

use std::borrow::Cow;

/// Control characters (C0 but tab and line feed are handled by callers,
/// DEL, C1) and the invisible characters that reorder or break text:
/// bidirectional marks, embeddings, overrides and isolates, and the
/// Unicode line and paragraph separators.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// `s` with every unsafe character (line feeds and tabs too) written as a
/// visible escape, `\u{1b}`: for messages, help and file names.
pub fn escape_text(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_unsafe(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Source text for a snippet: every unsafe character but line ends and
/// tabs replaced by a visible one of the same length in bytes (`?`, `¿` or
/// U+FFFD), so every span still points at the same bytes.
pub fn mask_source(s: &str) -> Cow<'_, str> {
    let unsafe_at = |i: usize, c: char| {
        is_unsafe(c) && c != '\n' && c != '\t' && !(c == '\r' && s[i + 1..].starts_with('\n'))
    };
    // Nearly every byte of a plan is printable ASCII or a line end: only
    // the others are decoded (a human report scans every file it shows).
    let plain = |b: u8| (0x20..0x7f).contains(&b) || b == b'\n' || b == b'\t';
    let bytes = s.as_bytes();
    let mut i = 0;
    let found = loop {
        match bytes[i..].iter().position(|&b| !plain(b)) {
            None => break false,
            Some(at) => {
                i += at;
                let c = s[i..].chars().next().unwrap_or_default();
                if unsafe_at(i, c) {
                    break true;
                }
                i += c.len_utf8();
            }
        }
    };
    if !found {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if unsafe_at(i, c) {
            out.push(match c.len_utf8() {
                1 => '?',
                2 => '\u{bf}',
                _ => '\u{fffd}',
            });
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_bidi_overrides() {
        assert_eq!(
            escape_text("a\u{1b}[31mb\u{202e}c\u{2066}\n"),
            "a\\u{1b}[31mb\\u{202e}c\\u{2066}\\u{a}"
        );
        assert!(matches!(escape_text("plain é 😀"), Cow::Borrowed(_)));
        let src = "a\u{1b}b\u{202e}c\u{85}d\r\ne\rf\tg\n";
        let masked = mask_source(src);
        assert_eq!(masked, "a?b\u{fffd}c\u{bf}d\r\ne?f\tg\n");
        assert_eq!(masked.len(), src.len());
    }

    /// The byte scan finds what a scan of every character finds.
    #[test]
    fn masking_agrees_with_every_character_checked() {
        let samples = [
            "",
            "plain ascii\n",
            "Café Zuid-Holland ë\n",
            "x\r",
            "x\r\ny",
            "é\u{202e}",
            "\u{85}",
            "ok 😀 then \u{2066}",
            "\u{7f}",
            "tab\tand\u{2028}",
        ];
        for s in samples {
            let unsafe_at = |i: usize, c: char| {
                is_unsafe(c)
                    && c != '\n'
                    && c != '\t'
                    && !(c == '\r' && s[i + 1..].starts_with('\n'))
            };
            let expect = s.char_indices().any(|(i, c)| unsafe_at(i, c));
            assert_eq!(matches!(mask_source(s), Cow::Owned(_)), expect, "{s:?}");
        }
    }
}
