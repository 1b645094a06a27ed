//! Text escaped as the content of a JSON string, as serde_json escapes it.
//! Here rather than in the JSON emitter so that a message can be worded
//! straight into a JSON string, its variables escaped as they are written
//! ([`super::Message::render_json_into`]).

/// Writes `s` to `out`, escaped when `json`.
pub(super) fn push(out: &mut String, s: &str, json: bool) {
    if json {
        escape_into(s, out);
    } else {
        out.push_str(s);
    }
}

/// Whether `text` can stand in a JSON string as it is.
pub(super) fn is_clean(text: &str) -> bool {
    !any_needs_escape(text.as_bytes())
}

pub fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether any byte of `bytes` [`needs_escape`], eight bytes at a time:
/// a message is scanned once, and hardly ever needs escaping.
pub fn any_needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether a byte of `x` is below `n` (n <= 0x80), exact as a whole.
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGHS != 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_ne_bytes(chunk.try_into().expect("eight bytes"));
        if below(x, 0x20)
            || below(x ^ (ONES * u64::from(b'"')), 1)
            || below(x ^ (ONES * u64::from(b'\\')), 1)
        {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| needs_escape(b))
}

/// `s` escaped as serde_json escapes a string: `\"`, `\\`, the short
/// escapes of backspace, tab, line feed, form feed and carriage return,
/// `\u00XX` (lowercase hex) for the other control characters; everything
/// else, DEL and non-ASCII included, as it is.
pub fn escape_into(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    if !any_needs_escape(bytes) {
        out.push_str(s);
        return;
    }
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if !needs_escape(b) {
            continue;
        }
        // Every byte escaped is ASCII, so `from..i` ends on a boundary.
        out.push_str(&s[from..i]);
        from = i + 1;
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x08 => out.push_str("\\b"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            0x0c => out.push_str("\\f"),
            b'\r' => out.push_str("\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 0xf) as usize] as char);
            }
        }
    }
    out.push_str(&s[from..]);
}
