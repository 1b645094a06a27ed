//! Source files, spans and the byte ↔ line/column mapping.
//!
//! Every later stage refers to text through a [`Span`]; line and column are
//! computed only when a diagnostic is rendered, from a per-file line index
//! built once, when a position in the file is first asked, so no stage
//! rescans text to find a position.

use std::fmt;

/// Index of a file in the [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// A byte range in one file. `end` is exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Span {
        Span {
            file,
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        debug_assert_eq!(self.file, other.file);
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.end == self.start
    }

    pub fn contains(self, other: Span) -> bool {
        self.file == other.file && self.start <= other.start && other.end <= self.end
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A 1-based line and column; the column counts Unicode scalar values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for LineCol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Start offsets of every line, so a lookup is a binary search plus a count
/// of characters within at most one block of the line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<u32>,
    /// Characters before each [`BLOCK`]-byte block of the text, built the
    /// first time a column is asked far into a line: then a column costs
    /// at most two blocks' scan, however long the line (a one-line file of
    /// 200,000 chained steps has as many findings on that line).
    blocks: std::sync::OnceLock<Vec<u32>>,
}

/// The block size of [`LineIndex`]'s character counts, in bytes.
const BLOCK: usize = 256;

/// Characters in `bytes`, a piece of UTF-8 cut anywhere: the bytes that
/// do not continue a character.
fn count_chars(bytes: &[u8]) -> usize {
    #[cfg(test)]
    tests::SCANNED.with(|n| n.set(n.get() + bytes.len()));
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = Vec::with_capacity(text.len() / 32 + 1);
        starts.push(0);
        push_line_starts(text.as_bytes(), &mut starts);
        LineIndex {
            starts,
            blocks: std::sync::OnceLock::new(),
        }
    }

    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&(offset as u32)) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line] as usize;
        // An offset inside a multi-byte character counts as that character.
        let mut end = offset;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let bytes = text.as_bytes();
        let column = if end - start <= BLOCK {
            count_chars(&bytes[start..end])
        } else {
            self.chars_before(bytes, end) - self.chars_before(bytes, start)
        } + 1;
        LineCol {
            line: line as u32 + 1,
            column: column as u32,
        }
    }

    /// Characters in `bytes[..at]`.
    fn chars_before(&self, bytes: &[u8], at: usize) -> usize {
        let blocks = self.blocks.get_or_init(|| {
            let mut counts = Vec::with_capacity(bytes.len() / BLOCK + 1);
            let mut n = 0u32;
            counts.push(0);
            for block in bytes.chunks_exact(BLOCK) {
                n += block.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
                counts.push(n);
            }
            counts
        });
        let k = at / BLOCK;
        blocks[k] as usize + count_chars(&bytes[k * BLOCK..at])
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offsets where lines start (the first is 0).
    pub fn starts(&self) -> &[u32] {
        &self.starts
    }
}

/// Pushes the offset after every `\n`. `memchr` looks at 16 or 32 bytes
/// per step, so the index of a national plan costs a few instructions per
/// line rather than a few per byte.
fn push_line_starts(bytes: &[u8], starts: &mut Vec<u32>) {
    starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| (i + 1) as u32));
}

/// The last place [`SourceMap::span_lines_from`] found: the next lookup on
/// the same line counts only the characters in between. Emitters walk the
/// findings in source order, so most lookups are of this kind.
#[derive(Clone, Copy, Debug, Default)]
pub struct Cursor {
    /// `None` until the first lookup.
    file: Option<FileId>,
    /// 0-based line, its first byte and the first byte after it (the
    /// next line's start, or past the end for the last line).
    line: u32,
    line_start: u32,
    line_end: u32,
    /// The offset last looked up (on a character boundary) and its column.
    offset: u32,
    column: u32,
}

impl Cursor {
    /// At `offset` (a character boundary, at `at` in the file) of file
    /// `id`, `text_len` bytes long.
    fn at(id: FileId, lines: &LineIndex, text_len: usize, offset: usize, at: LineCol) -> Cursor {
        let line = at.line - 1;
        Cursor {
            file: Some(id),
            line,
            line_start: lines.starts[line as usize],
            line_end: lines
                .starts
                .get(line as usize + 1)
                .copied()
                .unwrap_or(text_len as u32 + 1),
            offset: offset as u32,
            column: at.column,
        }
    }
}

/// One loaded file: the path as the user reached it, its text (BOM removed)
/// and its line index.
#[derive(Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: Text,
    /// Built the first time a position in the file is asked: a file
    /// without findings never needs it.
    lines: std::sync::OnceLock<LineIndex>,
    /// True for files of the embedded prelude (`<std>/...`).
    pub is_std: bool,
}

impl SourceFile {
    pub fn new(path: String, text: impl Into<Text>, is_std: bool) -> SourceFile {
        let mut text = text.into();
        text.strip_bom();
        SourceFile {
            path,
            text,
            lines: std::sync::OnceLock::new(),
            is_std,
        }
    }

    /// The file's line index.
    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }

    pub fn line_col(&self, offset: usize) -> LineCol {
        match &self.text.0 {
            Repr::Shed(shed) => shed.line_col(self.lines(), offset),
            _ => self.lines().line_col(&self.text, offset),
        }
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// [`SourceFile::line_col`] through `cursor` (this file is `id`).
    fn line_col_from(&self, cursor: &mut Cursor, id: FileId, offset: usize) -> LineCol {
        if let Repr::Shed(shed) = &self.text.0 {
            return shed.line_col_from(self.lines(), cursor, id, offset);
        }
        let text = &self.text;
        let mut at = offset.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let c = *cursor;
        let same_line =
            c.file == Some(id) && (c.line_start as usize) <= at && at < c.line_end as usize;
        if same_line && at >= c.offset as usize && at - c.offset as usize <= BLOCK {
            let column = c.column + count_chars(&text.as_bytes()[c.offset as usize..at]) as u32;
            cursor.offset = at as u32;
            cursor.column = column;
            return LineCol {
                line: c.line + 1,
                column,
            };
        }
        let lines = self.lines();
        let lc = lines.line_col(text, at);
        *cursor = Cursor::at(id, lines, text.len(), at, lc);
        lc
    }
}

/// A file's text, read as `&str`. Each file a check reads from disk has a
/// buffer of its own (`project::load`), so that a one-off check can let
/// one file's text go before the others ([`SourceMap::take_text`]).
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    Owned(String),
    Static(&'static str),
    /// Let go of ([`SourceMap::shed_texts`]): what positions need is kept.
    Shed(std::sync::Arc<Shed>),
}

/// What a file's positions need once its text is gone: its length and
/// where its multi-byte characters continue (a plan in Dutch has a few
/// dozen `é`s; the line starts are in the file's [`LineIndex`]).
#[derive(Debug, PartialEq, Eq)]
pub struct Shed {
    len: usize,
    /// The offset of every byte that continues a character, ascending.
    continuations: Box<[u32]>,
}

impl Shed {
    fn of(bytes: &[u8]) -> Shed {
        let mut continuations = Vec::new();
        // Whole blocks of ASCII, most of a plan, are passed over a word at
        // a time.
        for (k, block) in bytes.chunks(64).enumerate() {
            if block.is_ascii() {
                continue;
            }
            for (i, &b) in block.iter().enumerate() {
                if (b as i8) < -0x40 {
                    continuations.push((k * 64 + i) as u32);
                }
            }
        }
        Shed {
            len: bytes.len(),
            continuations: continuations.into_boxed_slice(),
        }
    }

    /// Bytes continuing a character in `start..end`.
    fn continuing(&self, start: usize, end: usize) -> usize {
        let before = |at: usize| self.continuations.partition_point(|&c| (c as usize) < at);
        before(end) - before(start)
    }

    /// `offset`, moved back to the start of the character it is inside.
    fn boundary(&self, offset: usize) -> usize {
        let mut at = offset.min(self.len);
        while self.continuations.binary_search(&(at as u32)).is_ok() {
            at -= 1;
        }
        at
    }

    /// As [`LineIndex::line_col`] gives it for the text that was shed.
    fn line_col(&self, lines: &LineIndex, offset: usize) -> LineCol {
        let at = self.boundary(offset);
        let line = lines.starts.partition_point(|&s| s as usize <= at) - 1;
        self.at_line(lines, line, at)
    }

    /// As [`Shed::line_col`], through `cursor` (this file is `id`): the
    /// emitters walk the findings in source order, so the line is mostly
    /// the cursor's or a few after it.
    fn line_col_from(
        &self,
        lines: &LineIndex,
        cursor: &mut Cursor,
        id: FileId,
        offset: usize,
    ) -> LineCol {
        let at = self.boundary(offset);
        let c = *cursor;
        let line = if c.file != Some(id) || at < c.line_start as usize {
            lines.starts.partition_point(|&s| s as usize <= at) - 1
        } else if at < c.line_end as usize {
            c.line as usize
        } else {
            // Galloping from the cursor's line.
            let after = &lines.starts[c.line as usize..];
            let mut hi = 1;
            while hi < after.len() && after[hi] as usize <= at {
                hi *= 2;
            }
            c.line as usize + after[..hi.min(after.len())].partition_point(|&s| s as usize <= at)
                - 1
        };
        let lc = self.at_line(lines, line, at);
        *cursor = Cursor::at(id, lines, self.len, at, lc);
        lc
    }

    /// The position of `at`, a character boundary on 0-based `line`.
    fn at_line(&self, lines: &LineIndex, line: usize, at: usize) -> LineCol {
        let start = lines.starts[line] as usize;
        LineCol {
            line: line as u32 + 1,
            column: (at - start - self.continuing(start, at) + 1) as u32,
        }
    }
}

impl Text {
    /// Its length in bytes, also once shed.
    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Shed(shed) => shed.len,
            _ => self.as_str().map_or(0, str::len),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text; `None` once shed.
    pub fn as_str(&self) -> Option<&str> {
        match &self.0 {
            Repr::Owned(s) => Some(s),
            Repr::Static(s) => Some(s),
            Repr::Shed(_) => None,
        }
    }

    /// Drops one leading byte order mark, as every file is read.
    fn strip_bom(&mut self) {
        const BOM: &str = "\u{feff}";
        if !self.starts_with(BOM) {
            return;
        }
        match &mut self.0 {
            Repr::Owned(s) => drop(s.drain(..BOM.len())),
            Repr::Static(s) => *s = &s[BOM.len()..],
            Repr::Shed(_) => {}
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    /// Panics once the text is shed: only a check whose output names
    /// positions alone sheds them, after the last stage that reads text
    /// (`analysis::analyze_without_texts`), so reading one is a bug there.
    fn deref(&self) -> &str {
        self.as_str()
            .expect("a file's text is read after it was shed (SourceMap::shed_texts)")
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(Repr::Owned(s))
    }
}

impl From<&'static str> for Text {
    fn from(s: &'static str) -> Text {
        Text(Repr::Static(s))
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Repr::Shed(shed) => write!(f, "<{} bytes, shed>", shed.len),
            _ => (**self).fmt(f),
        }
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        match (&self.0, &other.0) {
            (Repr::Shed(a), Repr::Shed(b)) => a == b,
            (Repr::Shed(_), _) | (_, Repr::Shed(_)) => false,
            _ => **self == **other,
        }
    }
}

impl Eq for Text {}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

/// Every file of a project. A file's [`FileId`] is its index here.
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    pub fn add(&mut self, file: SourceFile) -> FileId {
        self.files.push(file);
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Lets go of the files' texts, keeping what positions need (each
    /// file's line starts and where its multi-byte characters continue):
    /// for a check whose output names positions only, once the last stage
    /// that reads text has run. A national plan's texts are a quarter of
    /// the check's memory at its peak; what is kept is a tenth of them.
    /// The prelude's texts, in the binary, stay; so does a text whose
    /// table would outweigh it (four bytes per continuing byte: a text
    /// mostly in another script).
    pub fn shed_texts(&mut self) {
        for f in &mut self.files {
            if matches!(f.text.0, Repr::Static(_) | Repr::Shed(_)) {
                continue;
            }
            f.lines.get_or_init(|| LineIndex::new(&f.text));
            let shed = Shed::of(f.text.as_bytes());
            if shed.continuations.len() * 4 <= f.text.len() {
                f.text = Text(Repr::Shed(std::sync::Arc::new(shed)));
            }
        }
    }

    /// Takes file `id`'s text out as [`SourceMap::shed_texts`] lets it go
    /// (what positions need stays), for a caller that reads it a while
    /// longer and then drops it; `None`, with the text left in place, for
    /// a text that is not its own buffer or that shedding would keep.
    pub fn take_text(&mut self, id: FileId) -> Option<String> {
        let f = &mut self.files[id.0 as usize];
        if !matches!(f.text.0, Repr::Owned(_)) {
            return None;
        }
        let shed = Shed::of(f.text.as_bytes());
        if shed.continuations.len() * 4 > f.text.len() {
            return None;
        }
        f.lines.get_or_init(|| LineIndex::new(&f.text));
        match std::mem::replace(&mut f.text.0, Repr::Shed(std::sync::Arc::new(shed))) {
            Repr::Owned(text) => Some(text),
            _ => None,
        }
    }

    /// The bytes of all files' texts together.
    pub fn text_len(&self) -> usize {
        self.files.iter().map(|f| f.text.len()).sum()
    }

    pub fn slice(&self, span: Span) -> &str {
        self.get(span.file).slice(span)
    }

    /// The key of source order: files are added in source order (the
    /// prelude, then the project's files sorted by path), then byte offset.
    pub fn order(&self, span: Span) -> (u32, u32) {
        (span.file.0, span.start)
    }

    /// [`SourceMap::span_lines`], starting from where `cursor` was left:
    /// the same result, cheaper when the spans come in source order.
    pub fn span_lines_from(&self, cursor: &mut Cursor, span: Span) -> (LineCol, LineCol) {
        let f = self.get(span.file);
        (
            f.line_col_from(cursor, span.file, span.start as usize),
            f.line_col_from(cursor, span.file, span.end as usize),
        )
    }

    /// Start and end of a span as 1-based line/column; `end` is exclusive.
    pub fn span_lines(&self, span: Span) -> (LineCol, LineCol) {
        let f = self.get(span.file);
        (
            f.line_col(span.start as usize),
            f.line_col(span.end as usize),
        )
    }
}

/// Decodes bytes as UTF-8, or returns the valid prefix and the byte offset
/// of the first invalid byte.
pub fn decode_utf8(bytes: Vec<u8>) -> Result<String, (String, usize)> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let mut bytes = e.into_bytes();
            bytes.truncate(valid);
            // The prefix is valid UTF-8 by construction.
            Err((String::from_utf8(bytes).unwrap_or_default(), valid))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        /// Bytes [`count_chars`] looked at on this thread: the work of
        /// column lookups.
        pub(super) static SCANNED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// A column lookup looks at a bounded number of bytes, however long
    /// the line: one lookup per step of a 50,000-step chain on one line
    /// costs about what it costs on 50,000 lines (it used to scan the line
    /// from its start every time: quadratic).
    #[test]
    fn columns_on_one_long_line_cost_the_same_as_on_many_lines() {
        let step = " -> zadkine.25263é";
        let n = 50_000;
        let one_line = format!("pathway a{}\n", step.repeat(n));
        let many_lines = format!("pathway a{}\n", format!("\n{step}").repeat(n));
        let work = |text: &str| {
            let f = SourceFile::new("a".into(), text.to_string(), false);
            SCANNED.with(|s| s.set(0));
            let mut last = LineCol { line: 0, column: 0 };
            for (i, _) in text.match_indices("->") {
                last = f.line_col(i);
            }
            (SCANNED.with(|s| s.get()), last)
        };
        let (one, last) = work(&one_line);
        assert_eq!(last.line, 1);
        assert_eq!(last.column as usize, 11 + (n - 1) * step.chars().count());
        let (many, last) = work(&many_lines);
        assert_eq!((last.line as usize, last.column), (n + 1, 2));
        assert!(one <= 2 * BLOCK * n, "{one} bytes scanned for {n} lookups");
        assert!(
            one <= 2 * many.max(BLOCK * n),
            "one line {one}, many lines {many}"
        );
    }

    #[test]
    fn block_counts_agree_with_counting_from_the_line_start() {
        let text = format!("x\n{}", "aé😀 ".repeat(400));
        let f = SourceFile::new("a".into(), text.clone(), false);
        for (off, _) in text.char_indices() {
            let line_start = text[..off].rfind('\n').map_or(0, |i| i + 1);
            let want = text[line_start..off].chars().count() as u32 + 1;
            assert_eq!(f.line_col(off).column, want, "offset {off}");
        }
        // Inside a character: that character's column.
        assert_eq!(f.line_col(4).column, f.line_col(3).column);
    }

    #[test]
    fn line_col_counts_scalars_and_crlf() {
        let f = SourceFile::new("a".into(), "ab\r\néé x\n", false);
        assert_eq!(f.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(4), LineCol { line: 2, column: 1 });
        // "éé " is 5 bytes; x is the 4th character of line 2.
        assert_eq!(f.line_col(9), LineCol { line: 2, column: 4 });
    }

    #[test]
    fn line_starts_match_a_byte_loop() {
        let mut text = String::new();
        for i in 0..300 {
            text.push_str(&"x".repeat(i % 17));
            text.push(if i % 5 == 0 { 'é' } else { '\n' });
            if i % 7 == 0 {
                text.push_str("\n\n\r\n");
            }
        }
        let naive = |t: &str| -> Vec<u32> {
            std::iter::once(0)
                .chain(
                    t.bytes()
                        .enumerate()
                        .filter(|&(_, b)| b == b'\n')
                        .map(|(i, _)| i as u32 + 1),
                )
                .collect()
        };
        for cut in [0, 1, 7, 8, 9, 100, text.len()] {
            let mut cut = cut.min(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let t = &text[..cut];
            assert_eq!(LineIndex::new(t).starts, naive(t), "prefix of {cut} bytes");
        }
    }

    /// Lookups through a cursor, in any order and across files, give what
    /// lookups without one give.
    #[test]
    fn a_cursor_gives_the_same_positions() {
        let mut map = SourceMap::new();
        let long = format!("x\n{}\n", "aé😀 ".repeat(200));
        for text in ["ab\r\néé x\n", "", "one line", long.as_str()] {
            map.add(SourceFile::new("a".into(), text.to_string(), false));
        }
        let mut cursor = Cursor::default();
        let mut spans = Vec::new();
        for (id, f) in map.files() {
            let n = f.text.len() as u32;
            for start in 0..=n + 1 {
                for end in [start, start + 1, start + 3, start + 300, n] {
                    spans.push(Span {
                        file: id,
                        start,
                        end: end.max(start),
                    });
                }
            }
        }
        // In order, then backwards and interleaved across files.
        let mut order = spans.clone();
        order.extend(spans.iter().rev().copied());
        order.extend(spans.iter().step_by(7).copied());
        for span in order {
            assert_eq!(
                map.span_lines_from(&mut cursor, span),
                map.span_lines(span),
                "{span:?}"
            );
        }
    }

    /// Once shed, every offset (inside characters and past the end too)
    /// has the position it had; a text mostly of multi-byte characters
    /// is kept.
    #[test]
    fn shed_positions_are_the_positions() {
        let long = format!("x\n{}\n", "aé😀 and some ASCII ".repeat(200));
        let wide = "日本語\n".repeat(50);
        let texts = [
            "ab\r\néé x\n",
            "",
            "one line",
            "\u{feff}é\n\n😀 and a line of ASCII\n",
            long.as_str(),
            wide.as_str(),
        ];
        let mut map = SourceMap::new();
        for text in texts {
            map.add(SourceFile::new("a".into(), text.to_string(), false));
        }
        let before: Vec<Vec<LineCol>> = map
            .files()
            .map(|(_, f)| (0..=f.text.len() + 2).map(|o| f.line_col(o)).collect())
            .collect();
        map.shed_texts();
        let mut all = Vec::new();
        for ((id, f), want) in map.files().zip(before) {
            assert_eq!(f.text.as_str().is_none(), id.0 < 5, "{id:?} shed");
            for (offset, &lc) in want.iter().enumerate() {
                assert_eq!(f.line_col(offset), lc, "offset {offset} of {id:?}");
                all.push((Span::new(id, offset, offset), lc));
            }
        }
        // Through a cursor: in order, backwards, and interleaved across files.
        let mut order = all.clone();
        order.extend(all.iter().rev().copied());
        order.extend(all.iter().step_by(7).copied());
        let mut cursor = Cursor::default();
        for (span, lc) in order {
            assert_eq!(map.span_lines_from(&mut cursor, span).0, lc, "{span:?}");
        }
        let Repr::Shed(shed) = &map.get(FileId(4)).text.0 else {
            panic!("shed");
        };
        assert_eq!(shed.continuations.len(), 200 * 4);
        assert_eq!(map.get(FileId(5)).text, wide.as_str());
    }

    #[test]
    fn bom_is_skipped() {
        let f = SourceFile::new("a".into(), "\u{feff}x", false);
        assert_eq!(f.text, "x");
        let f = SourceFile::new("a".into(), String::from("\u{feff}x"), false);
        assert_eq!(f.text, "x");
    }

    #[test]
    fn invalid_utf8_position() {
        let (prefix, offset) = decode_utf8(b"ok\nab\xffc".to_vec()).unwrap_err();
        assert_eq!(offset, 5);
        let f = SourceFile::new("a".into(), prefix, false);
        assert_eq!(f.line_col(f.text.len()), LineCol { line: 2, column: 3 });
    }
}
