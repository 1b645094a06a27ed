//! Base protocol framing (`Content-Length: N\r\n\r\n` + N bytes of JSON),
//! written to survive any input: a frame is found by its `Content-Length`
//! header wherever it starts, so junk, a broken header, a cut or overlong
//! body cost at most the frames they overlap, never the connection.
//!
//! lsp-server's transport ends the process on the first bad frame and
//! allocates whatever length a header claims; this reader does neither.

use std::io::{self, BufRead, Write};

/// The largest body accepted; a longer one is refused without allocating it.
pub const MAX_BODY: u64 = 64 * 1024 * 1024;
/// A header line longer than this is not a header.
const MAX_HEADER_LINE: usize = 1024;
/// At most this many header lines follow `Content-Length`.
const MAX_HEADERS: usize = 16;
const MARKER: &[u8] = b"content-length";

/// What the reader found.
#[derive(Debug, PartialEq, Eq)]
pub enum Frame {
    /// A frame's body, not yet known to be JSON.
    Body(Vec<u8>),
    /// Something was skipped (junk, a broken header, a refused length);
    /// reading goes on at the next `Content-Length`.
    Skipped(String),
}

/// Reads frames from a byte stream.
pub struct FrameReader<R> {
    inner: R,
    /// Bytes read ahead and given back, next to read last.
    back: Vec<u8>,
}

impl<R: BufRead> FrameReader<R> {
    pub fn new(inner: R) -> Self {
        FrameReader {
            inner,
            back: Vec::new(),
        }
    }

    fn byte(&mut self) -> io::Result<Option<u8>> {
        if let Some(b) = self.back.pop() {
            return Ok(Some(b));
        }
        loop {
            let buf = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            let Some(&b) = buf.first() else {
                return Ok(None);
            };
            self.inner.consume(1);
            return Ok(Some(b));
        }
    }

    fn unread(&mut self, bytes: &[u8]) {
        self.back.extend(bytes.iter().rev());
    }

    /// Skips to just after the next `Content-Length` (any case); returns
    /// the number of bytes skipped before it, or `None` at the end.
    fn seek_marker(&mut self) -> io::Result<Option<u64>> {
        let mut matched = 0;
        let mut skipped = 0u64;
        while let Some(b) = self.byte()? {
            if b.to_ascii_lowercase() == MARKER[matched] {
                matched += 1;
                if matched == MARKER.len() {
                    return Ok(Some(skipped));
                }
            } else {
                // `c` occurs only first in the marker, so a mismatch
                // restarts the match at this byte or after it.
                skipped += matched as u64;
                if b.eq_ignore_ascii_case(&b'c') {
                    matched = 1;
                } else {
                    matched = 0;
                    skipped += 1;
                }
            }
        }
        Ok(None)
    }

    /// One line (without its `\n` and a `\r` before it); `Err(line)` when it
    /// is longer than a header line can be or the input ends first.
    fn line(&mut self) -> io::Result<Result<Vec<u8>, Vec<u8>>> {
        let mut line = Vec::new();
        loop {
            match self.byte()? {
                None => return Ok(Err(line)),
                Some(b'\n') => {
                    if line.last() == Some(&b'\r') {
                        line.pop();
                    }
                    return Ok(Ok(line));
                }
                Some(b) => {
                    line.push(b);
                    if line.len() > MAX_HEADER_LINE {
                        return Ok(Err(line));
                    }
                }
            }
        }
    }

    /// The next frame, or `None` when the input ends.
    pub fn next_frame(&mut self) -> io::Result<Option<Frame>> {
        let Some(skipped) = self.seek_marker()? else {
            return Ok(None);
        };
        if skipped > 0 {
            // Report the junk; the header found is read on the next call.
            self.unread(MARKER);
            return Ok(Some(Frame::Skipped(format!(
                "skipped {skipped} bytes that were not a message"
            ))));
        }
        let value = match self.line()? {
            Ok(v) => v,
            Err(rest) => {
                self.unread(&rest);
                return Ok(Some(Frame::Skipped(
                    "a Content-Length line without end".into(),
                )));
            }
        };
        let text = String::from_utf8_lossy(&value);
        let Some(number) = text.strip_prefix(':').map(str::trim) else {
            return Ok(Some(Frame::Skipped(format!(
                "a Content-Length header without `:` (`{}`)",
                text.trim()
            ))));
        };
        let length: u64 = match number.parse() {
            Ok(n) if !number.starts_with('+') => n,
            _ => {
                return Ok(Some(Frame::Skipped(format!(
                    "a Content-Length that is not a number (`{number}`)"
                ))));
            }
        };
        // Other headers (Content-Type) up to the empty line.
        let mut headers = 0;
        loop {
            match self.line()? {
                Ok(line) if line.is_empty() => break,
                Ok(line) if headers < MAX_HEADERS && is_other_header(&line) => headers += 1,
                Ok(line) | Err(line) => {
                    // Not a header: perhaps the next frame starts here.
                    self.unread(b"\n");
                    self.unread(&line);
                    return Ok(Some(Frame::Skipped(
                        "a header block without its empty line".into(),
                    )));
                }
            }
        }
        if length > MAX_BODY {
            return Ok(Some(Frame::Skipped(format!(
                "refused a body of {length} bytes (the limit is {MAX_BODY})"
            ))));
        }
        let mut body = Vec::with_capacity(length as usize);
        while (body.len() as u64) < length {
            if let Some(b) = self.back.pop() {
                body.push(b);
                continue;
            }
            let want = length as usize - body.len();
            let buf = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                return Ok(None);
            }
            let n = want.min(buf.len());
            body.extend_from_slice(&buf[..n]);
            self.inner.consume(n);
        }
        Ok(Some(Frame::Body(body)))
    }
}

/// `Name: value` with a token name other than Content-Length.
fn is_other_header(line: &[u8]) -> bool {
    let Some(colon) = line.iter().position(|&b| b == b':') else {
        return false;
    };
    let name = &line[..colon];
    !name.is_empty()
        && name.iter().all(|b| b.is_ascii_alphanumeric() || b == &b'-')
        && !name.eq_ignore_ascii_case(MARKER)
}

/// Writes one message as a frame and flushes it.
pub fn write_frame(out: &mut impl Write, body: &[u8]) -> io::Result<()> {
    write!(out, "Content-Length: {}\r\n\r\n", body.len())?;
    out.write_all(body)?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Frame> {
        let mut r = FrameReader::new(input);
        let mut out = Vec::new();
        while let Some(f) = r.next_frame().unwrap() {
            out.push(f);
        }
        out
    }

    fn body(s: &str) -> Frame {
        Frame::Body(s.as_bytes().to_vec())
    }

    #[test]
    fn well_formed_frames() {
        let f =
            frames(b"Content-Length: 2\r\n\r\n{}content-length:3\r\nContent-Type: x\r\n\r\n[1]");
        assert_eq!(f, vec![body("{}"), body("[1]")]);
    }

    #[test]
    fn junk_and_broken_headers_are_skipped_to_the_next_frame() {
        let f = frames(b"xyzContent-Length: 2\r\n\r\n{}");
        assert!(matches!(&f[0], Frame::Skipped(s) if s.contains("3 bytes")));
        assert_eq!(f[1], body("{}"));
        for bad in [
            &b"Content-Length: abc\r\n\r\nContent-Length: 2\r\n\r\n{}"[..],
            b"Content-Length: -1\r\n\r\nContent-Length: 2\r\n\r\n{}",
            b"Content-Length 2\r\n\r\nContent-Length: 2\r\n\r\n{}",
            b"Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
            b"Content-Type: x\r\n\r\n{}Content-Length: 2\r\n\r\n{}",
            b"cContent-Length: 2\r\n\r\n{}",
        ] {
            let f = frames(bad);
            assert_eq!(
                f.last(),
                Some(&body("{}")),
                "{}",
                String::from_utf8_lossy(bad)
            );
            assert!(f.len() >= 2 && matches!(f[0], Frame::Skipped(_)));
        }
    }

    #[test]
    fn a_huge_length_is_refused_not_allocated() {
        let f = frames(b"Content-Length: 99999999999\r\n\r\nContent-Length: 2\r\n\r\n{}");
        assert!(matches!(&f[0], Frame::Skipped(s) if s.contains("refused")));
        assert_eq!(f[1], body("{}"));
        let f = frames(b"Content-Length: 99999999999999999999999\r\n\r\n");
        assert!(matches!(&f[0], Frame::Skipped(_)));
    }

    proptest::proptest! {
        /// Any bytes end in finitely many frames, without a panic; after
        /// junk that holds no header, a well-formed frame is found.
        #[test]
        fn any_input_is_survived(junk in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let _ = frames(&junk);
            let clean = !String::from_utf8_lossy(&junk).to_ascii_lowercase().contains("content-length");
            let mut input = junk.clone();
            input.extend_from_slice(b"Content-Length: 2\r\n\r\n{}");
            let f = frames(&input);
            if clean {
                let last = body("{}");
                proptest::prop_assert_eq!(f.last(), Some(&last));
            }
        }
    }

    #[test]
    fn a_cut_input_ends_cleanly() {
        assert_eq!(frames(b"Content-Length: 10\r\n\r\n{}"), vec![]);
        assert_eq!(frames(b"Content-Len"), vec![]);
    }
}
