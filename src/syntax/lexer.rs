//! The lexer: text → tokens, comments and E002 errors.
//!
//! One loop over the bytes dispatches on the first byte; nom's `take_while`
//! and `take_till` recognise the runs (names, numbers, comments) on bytes.
//! It never fails, so every byte ends up in a token, a comment, whitespace
//! or an E002 run.

use std::borrow::Cow;

use crate::schema::ItemKind;
use nom::{
    IResult, Parser,
    bytes::complete::{take_till, take_while},
};

use crate::source::{FileId, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Ident,
    Int,
    Str,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    Comma,
    Eq,
    Dot,
    Arrow,
    /// `:` in a COUNT list (`[2025: 24]`).
    Colon,
    Eof,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub kind: TokenKind,
    pub start: u32,
    pub end: u32,
    /// First token on its line (only whitespace or comments before it).
    pub line_start: bool,
    /// For `Str`: index into [`Lexed::strings`], or [`PLAIN_STRING`]. For
    /// `Int`: 0 (the tree decodes its digits when asked). For `Ident`: which
    /// keyword it is (see [`Token::item_keyword`]), decoded once here so
    /// the parser never compares a word with the keywords again.
    pub aux: u32,
}

/// `aux` of an identifier that is no keyword, and of `as`; an item keyword
/// is its place in [`ItemKind::ALL`] plus one.
const NOT_KEYWORD: u32 = 0;
const AS_KEYWORD: u32 = u32::MAX;

/// `aux` of a string without escapes (the text between its quotes).
pub const PLAIN_STRING: u32 = u32::MAX;

impl Token {
    /// The item kind an identifier names as a keyword (`school`, ...).
    pub fn item_keyword(self) -> Option<ItemKind> {
        match (self.kind, self.aux) {
            (TokenKind::Ident, NOT_KEYWORD | AS_KEYWORD) => None,
            (TokenKind::Ident, k) => ItemKind::ALL.get(k as usize - 1).copied(),
            _ => None,
        }
    }

    /// An identifier that is one of [`super::ast::KEYWORDS`].
    pub fn is_keyword(self) -> bool {
        self.kind == TokenKind::Ident && self.aux != NOT_KEYWORD
    }

    /// The keyword `as`.
    pub fn is_as(self) -> bool {
        self.kind == TokenKind::Ident && self.aux == AS_KEYWORD
    }
}

/// The `aux` of an item keyword: its place in [`ItemKind::ALL`] plus one.
const fn item_code(kind: ItemKind) -> u32 {
    let mut i = 0;
    while i < ItemKind::ALL.len() {
        if ItemKind::ALL[i] as u8 == kind as u8 {
            return i as u32 + 1;
        }
        i += 1;
    }
    NOT_KEYWORD
}

/// True for the `aux` of a keyword that starts a top-level item.
fn is_top_keyword(code: u32) -> bool {
    code != NOT_KEYWORD
        && code != AS_KEYWORD
        && code != item_code(ItemKind::Programme)
        && code != item_code(ItemKind::Offer)
}

/// The keyword code of an ASCII word (`aux` of its token).
fn keyword_code(word: &[u8]) -> u32 {
    // Length and first two letters pick the one keyword the word can be,
    // so a name costs a few comparisons and at most one of its bytes.
    let (code, keyword): (u32, &[u8]) = match (word.len(), word.first(), word.get(1)) {
        (2, Some(b'a'), _) => {
            return if word == b"as" {
                AS_KEYWORD
            } else {
                NOT_KEYWORD
            };
        }
        (5, Some(b't'), _) => (item_code(ItemKind::Track), b"track"),
        (5, Some(b'o'), _) => (item_code(ItemKind::Offer), b"offer"),
        (6, Some(b's'), Some(b'e')) => (item_code(ItemKind::Sector), b"sector"),
        (6, Some(b's'), Some(b'c')) => (item_code(ItemKind::School), b"school"),
        (6, Some(b'r'), _) => (item_code(ItemKind::Region), b"region"),
        (7, Some(b's'), _) => (item_code(ItemKind::Subject), b"subject"),
        (7, Some(b'p'), Some(b'r')) => (item_code(ItemKind::Profile), b"profile"),
        (7, Some(b'p'), Some(b'a')) => (item_code(ItemKind::Pathway), b"pathway"),
        (7, Some(b'd'), _) => (item_code(ItemKind::Dossier), b"dossier"),
        (9, Some(b'p'), _) => (item_code(ItemKind::Programme), b"programme"),
        (11, Some(b'i'), _) => (item_code(ItemKind::Institution), b"institution"),
        (12, Some(b'p'), _) => (item_code(ItemKind::Prerequisite), b"prerequisite"),
        (13, Some(b'q'), _) => (item_code(ItemKind::Qualification), b"qualification"),
        _ => return NOT_KEYWORD,
    };
    if word == keyword { code } else { NOT_KEYWORD }
}

/// A `#` comment; `text` is everything after the `#` up to the line end.
#[derive(Clone, Debug)]
pub struct Comment<'a> {
    pub span: Span,
    pub text: &'a str,
    /// True when code precedes the comment on its line.
    pub trailing: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexErrorKind {
    UnterminatedString,
    BadEscape(String),
    StrayChars(String),
    /// A word with letters outside ASCII (`coöperatieve-mavo`): one
    /// identifier token, and this error with its ASCII form if it has one.
    NonAsciiId {
        text: String,
        ascii: Option<String>,
    },
}

#[derive(Clone, Debug)]
pub struct LexError {
    pub span: Span,
    pub kind: LexErrorKind,
}

pub struct Lexed<'a> {
    pub tokens: Vec<Token>,
    /// The values of strings with escapes or without their closing quote.
    pub strings: Vec<Cow<'a, str>>,
    pub comments: Vec<Comment<'a>>,
    pub errors: LexErrors,
    /// How many item keywords start a line: a bound on the number of
    /// top-level items.
    pub heads: usize,
    /// Bit `code` set for each item keyword `code` that occurs (see
    /// `item_code`), so what a file can hold is known without a second
    /// pass over its tokens.
    keywords: u32,
}

impl Lexed<'_> {
    /// True when no item keyword but `pathway`, `institution`, `offer`,
    /// `school`, `programme`, `track` and `profile` occurs: the file
    /// likely holds no item whose tree the resolver must keep until every
    /// name is declared (a region's pathways, institutions and schools),
    /// so it lowers them as soon as they are parsed and their tree may be
    /// freed then (a file of schools is parsed again for their fields once
    /// every name is declared). `track` and `profile` are also the names
    /// of a programme's fields: a file with such items is found out once
    /// parsed, and parsed again to be kept.
    pub fn lowered_when_parsed(&self) -> bool {
        const LOWERED: u32 = 1 << NOT_KEYWORD
            | 1 << item_code(ItemKind::Pathway)
            | 1 << item_code(ItemKind::Institution)
            | 1 << item_code(ItemKind::Offer)
            | 1 << item_code(ItemKind::School)
            | 1 << item_code(ItemKind::Programme)
            | 1 << item_code(ItemKind::Track)
            | 1 << item_code(ItemKind::Profile);
        self.keywords & !LOWERED == 0
    }
}

/// How many errors of a file are kept; the rest are only counted, so a
/// file of millions of bad characters costs no more than a few hundred.
pub const KEPT_ERRORS: usize = super::parser::MAX_SYNTAX_ERRORS + 1;

/// The E002 errors of a file: the first [`KEPT_ERRORS`] in full, the
/// count of all, and the positions the parser needs to avoid cascades.
#[derive(Debug, Default)]
pub struct LexErrors {
    pub list: Vec<LexError>,
    pub count: usize,
    /// Byte ranges of runs of stray characters, in source order.
    pub strays: Vec<(u32, u32)>,
    /// Start offsets of unterminated strings that swallowed punctuation
    /// (one of `{ } [ ] , =`), in source order.
    pub swallowing: Vec<u32>,
    /// Start offsets of all unterminated strings, in source order.
    pub unterminated: Vec<u32>,
}

impl LexErrors {
    fn push(&mut self, text: &str, e: LexError) {
        match e.kind {
            LexErrorKind::StrayChars(_) => self.strays.push((e.span.start, e.span.end)),
            LexErrorKind::UnterminatedString => {
                self.unterminated.push(e.span.start);
                if text[e.span.range()].contains(['{', '}', '[', ']', ',', '=']) {
                    self.swallowing.push(e.span.start);
                }
            }
            LexErrorKind::BadEscape(_) | LexErrorKind::NonAsciiId { .. } => {}
        }
        self.count += 1;
        if self.list.len() < KEPT_ERRORS {
            self.list.push(e);
        }
    }
}

// The recognisers work on bytes: every token but a string is ASCII, and
// skipping UTF-8 decoding is most of the lexer's speed.

/// Byte classes, one table lookup per byte instead of a chain of tests.
const IDENT: u8 = 1;
const DIGIT: u8 = 2;
const BLANK: u8 = 4;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'-' {
            t[b] |= IDENT;
        }
        if c.is_ascii_digit() {
            t[b] |= DIGIT;
        }
        if matches!(c, b' ' | b'\t' | b'\r' | b'\n') {
            t[b] |= BLANK;
        }
        b += 1;
    }
    t
};

/// The length of the run at the start of `bytes` whose bytes all are of
/// `class`.
fn run(bytes: &[u8], class: u8) -> usize {
    let taken: IResult<&[u8], &[u8]> =
        take_while(|b: u8| CLASS[b as usize] & class != 0).parse_complete(bytes);
    taken.map_or(0, |(_, run)| run.len())
}

/// True for a character that can start a token, whitespace or a comment.
fn starts_something(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            ' ' | '\t' | '\r' | '\n' | '#' | '"' | '{' | '}' | '[' | ']' | ',' | '=' | '.' | ':'
        )
}

pub fn lex(file: FileId, text: &str) -> Lexed<'_> {
    lex_into(file, text, Vec::new())
}

/// [`lex`] into `tokens`, a list a previous file's parse handed back
/// ([`Parsed::tokens`](super::Parsed::tokens)): a plan's files lexed one
/// after another reuse one list, grown to the largest file's, instead of
/// leaving a list of each size among the model's blocks (500 KiB of the
/// resident memory after parsing at scale 1 of the benchmark).
pub fn lex_into(file: FileId, text: &str, mut tokens: Vec<Token>) -> Lexed<'_> {
    // Plans run at 5.5 to 6 bytes per token: room for all of them, so
    // the list is rarely copied to grow. A tighter bound than one per 4
    // bytes matters: this list is the largest allocation of a check (16
    // bytes a token), and its size drives peak RSS.
    tokens.clear();
    tokens.reserve(text.len() / 5 + 16);
    let mut out = Lexed {
        tokens,
        strings: Vec::new(),
        comments: Vec::new(),
        errors: LexErrors::default(),
        heads: 0,
        keywords: 0,
    };
    let span = |s: usize, e: usize| Span::new(file, s, e);
    // A file's one leading BOM is stripped where it is read
    // (`SourceFile::new`, `format_file`): one still here is a second, a
    // stray character like any other.
    let mut pos = 0;
    let mut line_start = true;
    let bytes = text.as_bytes();
    let mut tokens = std::mem::take(&mut out.tokens);
    while pos < bytes.len() {
        let c = bytes[pos];
        let start = pos;
        // The token at `start..end` and what it is; whitespace, comments
        // and stray characters `continue` instead.
        let (kind, end, aux) = match c {
            b' ' | b'\t' | b'\r' | b'\n' => {
                pos += 1;
                line_start |= c == b'\n';
                // Most runs are one space: the loop runs only for more.
                while let Some(&b) = bytes.get(pos) {
                    if CLASS[b as usize] & BLANK == 0 {
                        break;
                    }
                    line_start |= b == b'\n';
                    pos += 1;
                }
                continue;
            }
            b'#' => {
                let rest_bytes = &bytes[pos..];
                let line: IResult<&[u8], &[u8]> =
                    take_till(|b: u8| b == b'\n').parse_complete(rest_bytes);
                let end = pos + line.map_or(rest_bytes.len(), |(_, body)| body.len());
                let mut body_end = end;
                if body_end > pos + 1 && bytes[body_end - 1] == b'\r' {
                    body_end -= 1;
                }
                out.comments.push(Comment {
                    span: span(pos, body_end),
                    text: &text[pos + 1..body_end],
                    trailing: !line_start,
                });
                pos = end;
                continue;
            }
            b'"' => {
                let (end, value) = lex_string(file, text, pos, &mut out.errors);
                let aux = match value {
                    // A string without escapes is its text between the
                    // quotes: nothing to keep.
                    Some(value) => {
                        out.strings.push(value);
                        out.strings.len() as u32 - 1
                    }
                    None => PLAIN_STRING,
                };
                (TokenKind::Str, end, aux)
            }
            b'{' => (TokenKind::LBrace, pos + 1, 0),
            b'}' => (TokenKind::RBrace, pos + 1, 0),
            b'[' => (TokenKind::LBracket, pos + 1, 0),
            b']' => (TokenKind::RBracket, pos + 1, 0),
            b',' => (TokenKind::Comma, pos + 1, 0),
            b'=' => (TokenKind::Eq, pos + 1, 0),
            b'.' => (TokenKind::Dot, pos + 1, 0),
            b':' => (TokenKind::Colon, pos + 1, 0),
            b'-' if bytes.get(pos + 1) == Some(&b'>') => (TokenKind::Arrow, pos + 2, 0),
            b'0'..=b'9' => {
                let len = run(&bytes[pos..], DIGIT);
                (TokenKind::Int, pos + len, 0)
            }
            _ if c.is_ascii_alphabetic() => {
                let rest_bytes = &bytes[pos..];
                let id_len = run(rest_bytes, IDENT);
                let mut len = id_len;
                // An identifier never ends in `-`, so `a->b` is `a`, `->`, `b`.
                while rest_bytes[len - 1] == b'-' {
                    len -= 1;
                }
                // Only a word the ASCII run stops at a non-ASCII byte can
                // be a word with letters outside ASCII (if it holds `->`,
                // that word ends before the run does and is plain ASCII).
                let non_ascii = rest_bytes.get(id_len).is_some_and(|b| !b.is_ascii());
                if let Some(end) = non_ascii
                    .then(|| super::ascii_id::non_ascii_word(text, pos))
                    .flatten()
                {
                    out.errors
                        .push(text, super::ascii_id::error(file, text, pos, end));
                    (TokenKind::Ident, end, NOT_KEYWORD)
                } else {
                    let code = keyword_code(&rest_bytes[..len]);
                    // Top-level items start their lines: a bound on how
                    // many items the file has, for the parser.
                    out.heads += usize::from(line_start && is_top_keyword(code));
                    out.keywords |= 1u32.checked_shl(code).unwrap_or(0);
                    (TokenKind::Ident, pos + len, code)
                }
            }
            _ if super::ascii_id::non_ascii_word(text, pos).is_some() => {
                let end = super::ascii_id::non_ascii_word(text, pos).expect("a word");
                out.errors
                    .push(text, super::ascii_id::error(file, text, pos, end));
                (TokenKind::Ident, end, NOT_KEYWORD)
            }
            _ => {
                // A run of characters that start no token is one E002.
                let rest = &text[pos..];
                let mut end = pos;
                for (i, ch) in rest.char_indices() {
                    let is_arrow = ch == '-' && rest[i..].starts_with("->");
                    if i > 0 && (starts_something(ch) || is_arrow) {
                        break;
                    }
                    end = pos + i + ch.len_utf8();
                }
                // Messages show at most 40 characters of the run: keep 41.
                let shown = text[pos..end]
                    .char_indices()
                    .nth(41)
                    .map_or(end, |(i, _)| pos + i);
                out.errors.push(
                    text,
                    LexError {
                        span: span(pos, end),
                        kind: LexErrorKind::StrayChars(text[pos..shown].to_string()),
                    },
                );
                pos = end;
                line_start = false;
                continue;
            }
        };
        tokens.push(Token {
            kind,
            start: start as u32,
            end: end as u32,
            line_start,
            aux,
        });
        pos = end;
        line_start = false;
        // One space between two tokens (`a = b`, `x -> y`) is the most
        // common whitespace: skipped here without a round of the match.
        if bytes.get(pos) == Some(&b' ') && bytes.get(pos + 1).is_some_and(|&b| b > b' ') {
            pos += 1;
        }
    }
    tokens.push(Token {
        kind: TokenKind::Eof,
        start: text.len() as u32,
        end: text.len() as u32,
        line_start,
        aux: 0,
    });
    out.tokens = tokens;
    out
}

/// Lexes a string starting at the quote at `start`; returns the end offset
/// and the decoded value (`None`: the text between the quotes). Errors are pushed; the result is always a string.
fn lex_string<'a>(
    file: FileId,
    text: &'a str,
    start: usize,
    errors: &mut LexErrors,
) -> (usize, Option<Cow<'a, str>>) {
    // Most strings are plain: find the closing quote bytewise; their
    // value is their text.
    let bytes = &text.as_bytes()[start + 1..];
    if let Some(i) = bytes
        .iter()
        .position(|&b| matches!(b, b'"' | b'\\' | b'\n' | b'\r'))
        && bytes[i] == b'"'
    {
        return (start + 2 + i, None);
    }
    let body = &text[start + 1..];
    let mut owned: Option<String> = None;
    let mut chunk_start = start + 1;
    let mut iter = body.char_indices().peekable();
    while let Some((i, ch)) = iter.next() {
        let at = start + 1 + i;
        match ch {
            '"' => {
                let value = match owned {
                    Some(mut s) => {
                        s.push_str(&text[chunk_start..at]);
                        Cow::Owned(s)
                    }
                    None => Cow::Borrowed(&text[chunk_start..at]),
                };
                return (at + 1, Some(value));
            }
            '\n' | '\r' if ch == '\n' || body[i..].starts_with("\r\n") => {
                break;
            }
            '\\' => {
                let s = owned.get_or_insert_with(String::new);
                s.push_str(&text[chunk_start..at]);
                let (len, decoded) = escape(&body[i + 1..]);
                let esc_end = at + 1 + len;
                match decoded {
                    Some(c) => s.push(c),
                    // A backslash at the line end is part of the unterminated
                    // string's error, not an escape error of its own.
                    None if len == 0 => {}
                    None => errors.push(
                        text,
                        LexError {
                            span: Span::new(file, at, esc_end),
                            kind: LexErrorKind::BadEscape(text[at..esc_end].to_string()),
                        },
                    ),
                }
                // Skip the escape's characters.
                while let Some(&(j, _)) = iter.peek() {
                    if start + 1 + j < esc_end {
                        iter.next();
                    } else {
                        break;
                    }
                }
                chunk_start = esc_end;
            }
            _ => {}
        }
    }
    // Unterminated: from the quote to the end of the line.
    let line_end = body.find('\n').map_or(text.len(), |n| {
        start + 1 + n - usize::from(body[..n].ends_with('\r'))
    });
    errors.push(
        text,
        LexError {
            span: Span::new(file, start, line_end),
            kind: LexErrorKind::UnterminatedString,
        },
    );
    let mut s = owned.unwrap_or_default();
    if chunk_start < line_end {
        s.push_str(&text[chunk_start..line_end]);
    }
    (line_end, Some(Cow::Owned(s)))
}

/// Decodes the escape after a backslash: its length in bytes (not counting
/// the backslash) and the character, or `None` for a bad escape.
fn escape(after: &str) -> (usize, Option<char>) {
    let mut chars = after.chars();
    match chars.next() {
        Some('"') => (1, Some('"')),
        Some('\\') => (1, Some('\\')),
        Some('n') => (1, Some('\n')),
        Some('t') => (1, Some('\t')),
        Some('u') => {
            let Some(inner) = after[1..].strip_prefix('{') else {
                return (1, None);
            };
            let hex_len = inner
                .bytes()
                .take(7)
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            if hex_len == 0 || hex_len > 6 || !inner[hex_len..].starts_with('}') {
                // Cover the digits read so far, but never the closing quote.
                return (2 + hex_len.min(6), None);
            }
            let c = u32::from_str_radix(&inner[..hex_len], 16)
                .ok()
                .and_then(char::from_u32);
            (3 + hex_len, c)
        }
        Some('\n') | Some('\r') | None => (0, None),
        Some(c) => (c.len_utf8(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<TokenKind> {
        lex(FileId(0), text).tokens.iter().map(|t| t.kind).collect()
    }

    #[test]
    fn arrow_splits_identifiers() {
        use TokenKind::*;
        assert_eq!(kinds("a->b"), vec![Ident, Arrow, Ident, Eof]);
        assert_eq!(kinds("pie-kb.25263"), vec![Ident, Dot, Int, Eof]);
        assert_eq!(
            kinds("[2025: 24]"),
            vec![LBracket, Int, Colon, Int, RBracket, Eof]
        );
    }

    #[test]
    fn keywords_are_decoded() {
        let l = lex(FileId(0), "qualification as school schools as-b offer");
        let t = &l.tokens;
        assert_eq!(t[0].item_keyword(), Some(ItemKind::Qualification));
        assert!(t[1].is_as() && t[1].is_keyword() && t[1].item_keyword().is_none());
        assert_eq!(t[2].item_keyword(), Some(ItemKind::School));
        assert!(!t[3].is_keyword() && !t[4].is_keyword());
        assert_eq!(t[5].item_keyword(), Some(ItemKind::Offer));
        for k in ItemKind::ALL {
            assert_eq!(
                lex(FileId(0), k.keyword()).tokens[0].item_keyword(),
                Some(k)
            );
        }
        for word in super::super::ast::KEYWORDS {
            assert!(lex(FileId(0), word).tokens[0].is_keyword(), "{word}");
        }
    }

    #[test]
    fn strings_and_escapes() {
        let l = lex(FileId(0), r#""a\"b\u{1F600}\n""#);
        assert!(l.errors.list.is_empty());
        assert_eq!(l.strings[0], "a\"b😀\n");
        let l = lex(FileId(0), r#""a\qb""#);
        assert_eq!(l.errors.list.len(), 1);
        assert_eq!(l.errors.list[0].span.range(), 2..4);
        let l = lex(FileId(0), "x \"abc\r\ny");
        assert_eq!(l.errors.list[0].kind, LexErrorKind::UnterminatedString);
        assert_eq!(l.errors.list[0].span.range(), 2..6);
    }

    #[test]
    fn stray_run_is_one_error() {
        let l = lex(FileId(0), "a @@é\0 b");
        assert_eq!(l.errors.list.len(), 1);
        assert_eq!(l.errors.list[0].span.range(), 2..7);
    }

    #[test]
    fn comments_are_kept() {
        let l = lex(FileId(0), "a # one\n# two\r\n");
        assert_eq!(l.comments.len(), 2);
        assert_eq!(l.comments[0].text, " one");
        assert!(l.comments[0].trailing);
        assert_eq!(l.comments[1].text, " two");
        assert!(!l.comments[1].trailing);
    }

    #[test]
    fn errors_are_counted_beyond_the_kept_ones() {
        let text = "\0a".repeat(1000);
        let l = lex(FileId(0), &text);
        assert_eq!(l.errors.count, 1000);
        assert_eq!(l.errors.list.len(), KEPT_ERRORS);
        assert_eq!(l.errors.strays.len(), 1000);
        let text = format!("{} b", "@".repeat(10_000));
        let l = lex(FileId(0), &text);
        let LexErrorKind::StrayChars(shown) = &l.errors.list[0].kind else {
            panic!("a stray run");
        };
        assert_eq!(shown.len(), 41);
        assert_eq!(l.errors.list[0].span.range(), 0..10_000);
    }
}
