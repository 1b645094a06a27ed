//! `--format json`, version 1 (cli.md): keys in the documented order. A
//! finding's primary label (the text under its own location) is the first
//! of its `labels`, at the same position as the finding.
//!
//! Written by hand in serde_json's pretty layout (two-space indent, `": "`,
//! `[]` for an empty list) rather than through serde: a national plan has
//! thousands of findings, and each is worded straight into one reused
//! buffer, its strings escaped as they are copied, with no value built in
//! between. The layout is serde_json's byte for byte (the CI format tests
//! and snapshots compare it; the escaper is tested against serde_json).

use std::fmt::Write as _;

use crate::Lang;
use crate::analysis::Analysis;
use crate::codes::{Code, Level};
use crate::diagnostics::Diagnostic;
use crate::i18n::Message;
use crate::i18n::json::escape_into;
use crate::source::{Cursor, SourceMap, Span};

/// The buffer is handed to the writer once it holds this much.
const FLUSH_AT: usize = 1 << 16;

/// Writes the report to `w` as it goes: the findings are worded one at a
/// time, the report is never held whole in memory.
pub fn write(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    mut w: impl std::io::Write,
) -> std::io::Result<()> {
    let mut out = Out {
        buf: String::with_capacity(FLUSH_AT + 4096),
        sources,
        lang,
        cursor: Cursor::default(),
        heads: Vec::new(),
        files: Vec::new(),
    };
    out.buf
        .push_str("{\n  \"version\": 1,\n  \"tool\": {\n    \"name\": \"leerlijn\",\n");
    out.buf.push_str("    \"version\": ");
    out.string(env!("CARGO_PKG_VERSION"));
    out.buf.push_str("\n  },\n  \"diagnostics\": [");
    for (i, d) in analysis.diagnostics.iter().enumerate() {
        out.buf.push_str(if i == 0 { "\n" } else { ",\n" });
        out.diagnostic(d);
        if out.buf.len() >= FLUSH_AT {
            w.write_all(out.buf.as_bytes())?;
            out.buf.clear();
        }
    }
    if !analysis.diagnostics.is_empty() {
        out.buf.push_str("\n  ");
    }
    out.buf.push_str("],\n  \"summary\": {\n");
    let summary = [
        ("files", analysis.user_files),
        ("errors", analysis.count(Level::Error)),
        ("warnings", analysis.count(Level::Warning)),
        ("infos", analysis.count(Level::Info)),
        ("suppressed", analysis.suppressed),
    ];
    for (i, (key, n)) in summary.into_iter().enumerate() {
        let sep = if i + 1 < summary.len() { "," } else { "" };
        let _ = writeln!(out.buf, "    \"{key}\": {n}{sep}");
    }
    out.buf.push_str("  }\n}\n");
    w.write_all(out.buf.as_bytes())
}

/// The report as one string (tests, the language server).
pub fn render(analysis: &Analysis, sources: &SourceMap, lang: Lang) -> String {
    let mut out = Vec::new();
    write(analysis, sources, lang, &mut out).expect("JSON output serialises");
    String::from_utf8(out).expect("JSON output is UTF-8")
}

/// The three depths a place is written at: a finding, a label, an edit.
#[derive(Clone, Copy)]
enum Depth {
    Finding = 0,
    Label = 1,
    Edit = 2,
}

/// The keys of a place after `file`, with the line break and indent before
/// each, at each [`Depth`].
const KEYS: [[&str; 4]; 3] = [
    [
        ",\n      \"line\": ",
        ",\n      \"column\": ",
        ",\n      \"end_line\": ",
        ",\n      \"end_column\": ",
    ],
    [
        ",\n          \"line\": ",
        ",\n          \"column\": ",
        ",\n          \"end_line\": ",
        ",\n          \"end_column\": ",
    ],
    [
        ",\n              \"line\": ",
        ",\n              \"column\": ",
        ",\n              \"end_line\": ",
        ",\n              \"end_column\": ",
    ],
];

const INDENTS: [&str; 3] = ["      ", "          ", "              "];

struct Out<'a> {
    buf: String,
    sources: &'a SourceMap,
    lang: Lang,
    /// Findings come in source order: positions are counted on from the
    /// last one.
    cursor: Cursor,
    /// A finding's first lines up to `"message": `, by code and level:
    /// the same few dozen texts thousands of times.
    heads: Vec<Option<Box<str>>>,
    /// A place's `file` line, the file's path escaped, by file and depth.
    files: Vec<[Option<Box<str>>; 3]>,
}

impl Out<'_> {
    /// One finding, indented as an element of `diagnostics`, without the
    /// comma or line break after it.
    fn diagnostic(&mut self, d: &Diagnostic) {
        self.head(d.code, d.level);
        self.message(&d.message);
        self.buf.push_str(",\n");
        self.place(Depth::Finding, d.span);
        self.buf.push_str(",\n      \"labels\": [");
        // The primary label first (at the finding's own place, as the
        // terminal underlines it), then the others.
        let labels = d
            .label
            .iter()
            .map(|m| (d.span, &**m))
            .chain(d.labels.iter().map(|l| (l.span, &l.message)));
        let mut any = false;
        for (span, message) in labels {
            self.buf.push_str(if any {
                ",\n        {\n"
            } else {
                "\n        {\n"
            });
            any = true;
            self.place(Depth::Label, span);
            self.buf.push_str(",\n          \"message\": ");
            self.message(message);
            self.buf.push_str("\n        }");
        }
        if any {
            self.buf.push_str("\n      ");
        }
        self.buf.push_str("],\n      \"help\": ");
        match &d.help {
            Some(help) => self.message(help),
            None => self.buf.push_str("null"),
        }
        // An extension of version 1 (docs/ci.md): present only when the
        // finding has fixes, after every documented key.
        if !d.fixes.is_empty() {
            self.buf.push_str(",\n      \"fixes\": [");
            for (i, f) in d.fixes.iter().enumerate() {
                self.buf.push_str(if i == 0 {
                    "\n        {\n"
                } else {
                    ",\n        {\n"
                });
                self.buf.push_str("          \"applicability\": ");
                self.string(f.applicability.as_str());
                self.buf.push_str(",\n          \"description\": ");
                let description = f.description.render(self.lang);
                self.string(&description);
                self.buf.push_str(",\n          \"edits\": [");
                for (j, e) in f.edits.iter().enumerate() {
                    self.buf.push_str(if j == 0 {
                        "\n            {\n"
                    } else {
                        ",\n            {\n"
                    });
                    self.place(Depth::Edit, e.span);
                    self.buf.push_str(",\n              \"replacement\": ");
                    self.string(&e.replacement);
                    self.buf.push_str("\n            }");
                }
                if !f.edits.is_empty() {
                    self.buf.push_str("\n          ");
                }
                self.buf.push_str("]\n        }");
            }
            self.buf.push_str("\n      ]");
        }
        self.buf.push_str("\n    }");
    }

    /// `{`, `code`, `name`, `severity` and the key `message`.
    fn head(&mut self, code: Code, level: Level) {
        let key = code as usize * 4 + level as usize;
        if self.heads.len() <= key {
            self.heads.resize(key + 1, None);
        }
        if self.heads[key].is_none() {
            let start = self.buf.len();
            self.buf.push_str("    {\n      \"code\": ");
            self.string(code.as_str());
            self.buf.push_str(",\n      \"name\": ");
            self.string(code.name());
            self.buf.push_str(",\n      \"severity\": ");
            self.string(level.as_str());
            self.buf.push_str(",\n      \"message\": ");
            self.heads[key] = Some(self.buf.split_off(start).into_boxed_str());
        }
        if let Some(head) = &self.heads[key] {
            self.buf.push_str(head);
        }
    }

    /// `file`, `line`, `column`, `end_line`, `end_column`, each on its own
    /// line at `depth`'s indent, without a comma after the last.
    fn place(&mut self, depth: Depth, span: Span) {
        let (start, end) = self.sources.span_lines_from(&mut self.cursor, span);
        let file = span.file.0 as usize;
        if self.files.len() <= file {
            self.files.resize(file + 1, [None, None, None]);
        }
        let d = depth as usize;
        if self.files[file][d].is_none() {
            let at = self.buf.len();
            self.buf.push_str(INDENTS[d]);
            self.buf.push_str("\"file\": ");
            let path: &str = &self.sources.get(span.file).path;
            self.string(path);
            self.files[file][d] = Some(self.buf.split_off(at).into_boxed_str());
        }
        if let Some(line) = &self.files[file][d] {
            self.buf.push_str(line);
        }
        let keys = &KEYS[d];
        for (key, n) in keys
            .iter()
            .zip([start.line, start.column, end.line, end.column])
        {
            self.buf.push_str(key);
            push_number(&mut self.buf, n);
        }
    }

    /// A message worded in the run's language, as a JSON string: its
    /// variables are escaped as they are written.
    fn message(&mut self, m: &Message) {
        self.buf.push('"');
        m.render_json_into(self.lang, &mut self.buf);
        self.buf.push('"');
    }

    fn string(&mut self, s: &str) {
        self.buf.push('"');
        escape_into(s, &mut self.buf);
        self.buf.push('"');
    }
}

/// `n` in decimal, without going through `fmt`.
fn push_number(buf: &mut String, n: u32) {
    crate::i18n::push_decimal(buf, n.into());
}

#[cfg(test)]
mod tests {
    use super::push_number;
    use crate::i18n::json::{any_needs_escape, escape_into, needs_escape};

    /// Every ASCII character and a few beyond, alone and amid text, is
    /// escaped exactly as serde_json escapes it.
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut samples: Vec<String> = (0u8..0x80).map(|b| (b as char).to_string()).collect();
        samples.extend(
            [
                "é",
                "\u{2028}",
                "\u{202e}",
                "😀",
                "a\"b\\c\nd\u{1b}[0m é \u{7f}",
            ]
            .map(String::from),
        );
        for s in samples {
            let mut ours = String::from("\"");
            escape_into(&s, &mut ours);
            ours.push('"');
            let theirs = serde_json::to_string(&s).expect("a string serialises");
            assert_eq!(ours, theirs, "{s:?}");
        }
    }

    /// The eight-at-a-time scan agrees with the byte test at every
    /// position of a long text, for every byte value.
    #[test]
    fn the_scan_finds_every_byte_that_needs_escaping() {
        let text = b"the pathway `olympia.pie-kb` leads to level 3 offers".to_vec();
        for b in 0u8..=255 {
            for at in 0..text.len() {
                let mut t = text.clone();
                t[at] = b;
                assert_eq!(
                    any_needs_escape(&t),
                    t.iter().any(|&c| needs_escape(c)),
                    "{b} at {at}"
                );
            }
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 1, 9, 10, 99, 100, 12345, u32::MAX] {
            let mut s = String::new();
            push_number(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }
}
