//! Positions as the client counts them, and edits applied in them.
//!
//! The client splits lines at `\n`, `\r\n` and a lone `\r` (LSP 3.17),
//! counts columns in the negotiated encoding (UTF-16 unless the client
//! offers another), and keeps a leading BOM in its text if it sent one. The
//! checker splits lines at `\n` only (a lone CR is whitespace) and drops
//! the BOM: the two name the same byte, which is what has to agree.

use lsp_types::Position;
use serde_json::Value;

/// How a position's `character` counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    /// The first encoding of the client's `general.positionEncodings` that
    /// we know; UTF-16, which every client supports, otherwise.
    pub fn negotiate(init_params: &Value) -> Encoding {
        init_params["capabilities"]["general"]["positionEncodings"]
            .as_array()
            .into_iter()
            .flatten()
            .find_map(|e| match e.as_str()? {
                "utf-8" => Some(Encoding::Utf8),
                "utf-16" => Some(Encoding::Utf16),
                "utf-32" => Some(Encoding::Utf32),
                _ => None,
            })
            .unwrap_or(Encoding::Utf16)
    }

    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
            Encoding::Utf32 => "utf-32",
        }
    }

    fn units(self, c: char) -> u32 {
        match self {
            Encoding::Utf8 => c.len_utf8() as u32,
            Encoding::Utf16 => c.len_utf16() as u32,
            Encoding::Utf32 => 1,
        }
    }

    fn count(self, s: &str) -> u32 {
        match self {
            Encoding::Utf8 => s.len() as u32,
            _ => s.chars().map(|c| self.units(c)).sum(),
        }
    }
}

/// Byte offsets where the client's lines start.
pub fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    starts
}

/// Where line `line` ends, before its line break.
fn line_end(text: &str, starts: &[usize], line: usize) -> usize {
    match starts.get(line + 1) {
        Some(&next) => {
            let b = text.as_bytes();
            if next >= 2 && &b[next - 2..next] == b"\r\n" {
                next - 2
            } else {
                next - 1
            }
        }
        None => text.len(),
    }
}

/// The byte offset of a client position: past a line's end is its end,
/// past the last line is the end of the text, inside a character is
/// before it.
pub fn offset_at(text: &str, starts: &[usize], pos: Position, enc: Encoding) -> usize {
    let line = pos.line as usize;
    let Some(&start) = starts.get(line) else {
        return text.len();
    };
    let end = line_end(text, starts, line);
    let mut units = 0u32;
    for (i, c) in text[start..end].char_indices() {
        let next = units + enc.units(c);
        if next > pos.character {
            return start + i;
        }
        units = next;
    }
    end
}

/// Applies one `contentChanges` entry: a range replaced, or (no range) the
/// whole text.
pub fn apply_change(text: &mut String, change: &Value, enc: Encoding) -> bool {
    let Some(new) = change["text"].as_str() else {
        return false;
    };
    let range = &change["range"];
    if range.is_null() {
        *text = new.to_string();
        return true;
    }
    let pos = |v: &Value| -> Option<Position> { serde_json::from_value(v.clone()).ok() };
    let (Some(start), Some(end)) = (pos(&range["start"]), pos(&range["end"])) else {
        return false;
    };
    let starts = line_starts(text);
    let a = offset_at(text, &starts, start, enc);
    let b = offset_at(text, &starts, end, enc);
    text.replace_range(a.min(b)..a.max(b), new);
    true
}

/// Positions in one checked file for the client: `bom` when the client's
/// text has the BOM the checker's copy lost. Offsets asked in increasing
/// order cost one pass over the text in all.
pub struct Mapper<'a> {
    text: &'a str,
    starts: Vec<usize>,
    bom: bool,
    enc: Encoding,
    /// The last offset mapped and its position, to count on from.
    cursor: (usize, Position),
}

impl<'a> Mapper<'a> {
    pub fn new(text: &'a str, bom: bool, enc: Encoding) -> Self {
        let first = if bom { enc.units('\u{feff}') } else { 0 };
        Mapper {
            text,
            starts: line_starts(text),
            bom,
            enc,
            cursor: (0, Position::new(0, first)),
        }
    }

    pub fn position(&mut self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        // A line break's second byte (`\n` of `\r\n`) is its first.
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let (from, mut character) =
            if self.cursor.1.line as usize == line && (start..=offset).contains(&self.cursor.0) {
                (self.cursor.0, self.cursor.1.character)
            } else if line == 0 {
                (0, self.cursor_start())
            } else {
                (start, 0)
            };
        character += self.enc.count(&self.text[from..offset]);
        let p = Position::new(line as u32, character);
        self.cursor = (offset, p);
        p
    }

    /// Where line 0 starts counting: after the client's BOM.
    fn cursor_start(&self) -> u32 {
        if self.bom {
            self.enc.units('\u{feff}')
        } else {
            0
        }
    }

    /// The byte offset of a client position.
    pub fn offset(&self, mut pos: Position) -> usize {
        if self.bom && pos.line == 0 {
            pos.character = pos.character.saturating_sub(self.enc.units('\u{feff}'));
        }
        offset_at(self.text, &self.starts, pos, self.enc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn utf16_positions_round_trip() {
        let text = "a\n😀b";
        let mut m = Mapper::new(text, false, Encoding::Utf16);
        let p = m.position("a\n😀".len());
        assert_eq!((p.line, p.character), (1, 2));
        assert_eq!(m.offset(p), "a\n😀".len());
        let mut m = Mapper::new(text, false, Encoding::Utf8);
        assert_eq!(m.position("a\n😀".len()).character, 4);
        let mut m = Mapper::new(text, false, Encoding::Utf32);
        assert_eq!(m.position("a\n😀".len()).character, 1);
    }

    #[test]
    fn every_line_break_and_the_bom() {
        let text = "a\rb\r\nc\nd";
        let mut m = Mapper::new(text, false, Encoding::Utf16);
        let got: Vec<(u32, u32)> = [0, 2, 5, 7]
            .iter()
            .map(|&o| {
                let p = m.position(o);
                (p.line, p.character)
            })
            .collect();
        assert_eq!(got, vec![(0, 0), (1, 0), (2, 0), (3, 0)]);
        let mut m = Mapper::new("ab", true, Encoding::Utf16);
        assert_eq!(m.position(1), Position::new(0, 2));
        assert_eq!(m.offset(Position::new(0, 2)), 1);
    }

    #[test]
    fn range_edits_in_utf16() {
        let mut t = String::from("😀ab\r\ncd");
        let change = json!({"range": {"start": {"line": 0, "character": 2}, "end": {"line": 1, "character": 1}}, "text": "X"});
        assert!(apply_change(&mut t, &change, Encoding::Utf16));
        assert_eq!(t, "😀Xd");
        // Past the end clamps; inside a surrogate pair is before it.
        let change = json!({"range": {"start": {"line": 0, "character": 1}, "end": {"line": 9, "character": 0}}, "text": "!"});
        assert!(apply_change(&mut t, &change, Encoding::Utf16));
        assert_eq!(t, "!");
        assert!(apply_change(
            &mut t,
            &json!({"text": "new"}),
            Encoding::Utf16
        ));
        assert_eq!(t, "new");
        assert!(!apply_change(
            &mut t,
            &json!({"range": {}}),
            Encoding::Utf16
        ));
    }

    #[test]
    fn negotiation() {
        let p = json!({"capabilities": {"general": {"positionEncodings": ["utf-32", "utf-8"]}}});
        assert_eq!(Encoding::negotiate(&p), Encoding::Utf32);
        assert_eq!(Encoding::negotiate(&json!({})), Encoding::Utf16);
    }
}
