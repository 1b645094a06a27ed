//! `--format human`: miette's graphical report per finding, then a one-line
//! summary. Labels in another file than the primary location are shown as
//! a related note with that file's snippet.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use miette::{
    Diagnostic as MietteDiagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, Severity,
    SourceSpan,
};

use crate::Lang;
use crate::analysis::Analysis;
use crate::codes::Level;
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, SourceMap, Span};

use super::escape::{escape_text, mask_source};

/// A message, help or label for the terminal.
fn shown(text: String) -> String {
    escape_text(&text).into_owned()
}

#[derive(Debug)]
struct Report<'s> {
    code: String,
    message: String,
    severity: Severity,
    help: Option<String>,
    source: FileSource<'s>,
    labels: Vec<LabeledSpan>,
    related: Vec<Report<'s>>,
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report<'_> {}

impl MietteDiagnostic for Report<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.code.is_empty()).then(|| Box::new(&self.code) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn MietteDiagnostic> + 'a>> {
        if self.related.is_empty() {
            None
        } else {
            Some(Box::new(
                self.related.iter().map(|r| r as &dyn MietteDiagnostic),
            ))
        }
    }
}

fn source_span(span: Span) -> SourceSpan {
    SourceSpan::new((span.start as usize).into(), span.len())
}

/// Each file's escaped name and, where it has characters a terminal must
/// not get, its masked text, made once for the reports that show it.
#[derive(Default)]
pub struct Texts<'s> {
    cache: HashMap<FileId, FileSource<'s>>,
}

impl<'s> Texts<'s> {
    fn named(&mut self, sources: &'s SourceMap, span: Span) -> FileSource<'s> {
        self.cache
            .entry(span.file)
            .or_insert_with(|| {
                let f = sources.get(span.file);
                // Shown on a terminal: no control or bidi character gets
                // through (the text keeps its length, so spans still fit).
                // A file without one, nearly every file, is shown from the
                // plan's own text: a copy of a national plan's text was a
                // fifth of this format's memory.
                let text = match mask_source(&f.text) {
                    Cow::Borrowed(text) => Shown::Plain(text),
                    Cow::Owned(masked) => Shown::Masked(Arc::from(masked)),
                };
                FileSource {
                    name: Arc::from(escape_text(&f.path).as_ref()),
                    text,
                    starts: f.lines().starts(),
                }
            })
            .clone()
    }
}

/// A file's text as the terminal sees it.
#[derive(Clone, Debug)]
enum Shown<'s> {
    Plain(&'s str),
    Masked(Arc<str>),
}

impl std::ops::Deref for Shown<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Shown::Plain(text) => text,
            Shown::Masked(text) => text,
        }
    }
}

/// A file for miette that finds a snippet's lines with the line index.
/// miette's own `SourceCode` for strings scans from the start of the file
/// for every snippet, which makes a report quadratic in the file's size;
/// this also keeps its line numbers those of [`crate::source::LineIndex`]
/// (a lone CR does not end a line).
#[derive(Clone, Debug)]
struct FileSource<'s> {
    name: Arc<str>,
    text: Shown<'s>,
    starts: &'s [u32],
}

impl FileSource<'_> {
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s as usize <= offset) - 1
    }
}

impl miette::SourceCode for FileSource<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let (off, len) = (span.offset(), span.len());
        if off + len > self.text.len() {
            return Err(miette::MietteError::OutOfBounds);
        }
        let first_line = self.line_of(off);
        let last_line = self.line_of((off + len).saturating_sub(1).max(off));
        let from_line = first_line.saturating_sub(before);
        let to_line = (last_line + after).min(self.starts.len() - 1);
        let start = if before == 0 {
            off
        } else {
            self.starts[from_line] as usize
        };
        let stop = self
            .starts
            .get(to_line + 1)
            .map_or(self.text.len(), |&s| s as usize);
        // The lines the snippet covers, as miette documents it. miette
        // joins two labels' snippets into one when the first's line plus
        // this count reaches the second's line; its own `SourceCode`
        // counts every line from the start of the file instead, which
        // joined labels hundreds of lines apart into one snippet showing
        // every line between them.
        let line_count = to_line + 1 - from_line;
        let column = if before == 0 {
            off - self.starts[first_line] as usize
        } else {
            0
        };
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.to_string(),
            &self.text.as_bytes()[start..stop],
            (start, stop - start).into(),
            from_line,
            column,
            line_count,
        )))
    }
}

/// Lines longer than this (in bytes) are not shown: miette prints every
/// line of a snippet whole, so one finding on a line of megabytes would
/// print megabytes.
const MAX_SHOWN_LINE: usize = 1_000;

/// True when a snippet for `span` would show a line longer than
/// [`MAX_SHOWN_LINE`]: the span's own lines or one line of context on
/// either side (miette's default).
fn too_long_to_show(sources: &SourceMap, span: Span) -> bool {
    let text = &sources.get(span.file).text;
    let bytes = text.as_bytes();
    let (start, end) = (span.start as usize, span.end as usize);
    // From the start of the line before the span to the end of the line
    // after it, without scanning more than a limit past either end.
    let mut from = start;
    let mut newlines = 0;
    while from > 0 && start - from <= 2 * MAX_SHOWN_LINE + 2 {
        if bytes[from - 1] == b'\n' {
            newlines += 1;
            if newlines == 2 {
                break;
            }
        }
        from -= 1;
    }
    let mut to = end.min(bytes.len());
    newlines = 0;
    while to < bytes.len() && to - end <= 2 * MAX_SHOWN_LINE + 2 {
        if bytes[to] == b'\n' {
            newlines += 1;
            if newlines == 2 {
                break;
            }
        }
        to += 1;
    }
    // The span itself may cover many short lines (an unclosed block);
    // only the lines around its ends are shown in full.
    let head = &bytes[from..start.min(bytes.len())];
    let tail = &bytes[end.min(bytes.len())..to];
    let first_line_rest = bytes[start.min(bytes.len())..]
        .iter()
        .take(MAX_SHOWN_LINE + 1)
        .take_while(|&&b| b != b'\n')
        .count();
    head.split(|&b| b == b'\n')
        .any(|l| l.len() > MAX_SHOWN_LINE)
        || tail
            .split(|&b| b == b'\n')
            .any(|l| l.len() > MAX_SHOWN_LINE)
        || first_line_rest > MAX_SHOWN_LINE
}

fn severity(level: Level) -> Severity {
    match level {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
        _ => Severity::Advice,
    }
}

fn report<'s>(
    d: &Diagnostic,
    sources: &'s SourceMap,
    lang: Lang,
    texts: &mut Texts<'s>,
) -> Report<'s> {
    let spans = std::iter::once(d.span).chain(d.labels.iter().map(|l| l.span));
    if spans.into_iter().any(|s| too_long_to_show(sources, s)) {
        // No snippet: the location goes into the message instead.
        let (at, _) = sources.span_lines(d.span);
        let path = escape_text(&sources.get(d.span.file).path);
        let note = crate::fl!(lang, "human-line-too-long");
        return Report {
            code: format!("{} {}", d.code.as_str(), d.code.name()),
            message: format!("{}\n[{path}:{at}: {note}]", shown(d.message.render(lang))),
            severity: severity(d.level),
            help: d.help.as_ref().map(|h| shown(h.render(lang))),
            source: texts.named(sources, d.span),
            labels: Vec::new(),
            related: Vec::new(),
        };
    }
    let primary = LabeledSpan::new_primary_with_span(
        d.label.as_ref().map(|l| shown(l.render(lang))),
        source_span(d.span),
    );
    let mut labels = vec![primary];
    let mut related = Vec::new();
    // miette compares every label with every line it shows: a hostile
    // cycle of 20,000 offers (C210, a label per step) took 2.5 s to print,
    // and no one reads more than a screenful of places.
    let hidden = d.labels.len().saturating_sub(MAX_LABELS);
    for l in &d.labels[..d.labels.len() - hidden] {
        let text = shown(l.message.render(lang));
        if l.span.file == d.span.file {
            labels.push(LabeledSpan::new_with_span(Some(text), source_span(l.span)));
        } else {
            related.push(Report {
                code: String::new(),
                message: text.clone(),
                severity: Severity::Advice,
                help: None,
                source: texts.named(sources, l.span),
                labels: vec![LabeledSpan::new_primary_with_span(
                    Some(text),
                    source_span(l.span),
                )],
                related: Vec::new(),
            });
        }
    }
    let mut help = d.help.as_ref().map(|h| shown(h.render(lang)));
    if hidden > 0 {
        let more = crate::fl!(lang, "human-more-labels", count = hidden);
        help = Some(match help {
            Some(h) => format!("{h}\n{more}"),
            None => more,
        });
    }
    Report {
        code: format!("{} {}", d.code.as_str(), d.code.name()),
        message: shown(d.message.render(lang)),
        severity: severity(d.level),
        help,
        source: texts.named(sources, d.span),
        labels,
        related,
    }
}

/// The most places besides the primary one a finding shows in this
/// format; the JSON, SARIF and the editor give them all.
pub const MAX_LABELS: usize = 30;

/// Renders one finding. `color` picks the theme; tests use no colour,
/// width 80 and no links so snapshots are stable.
pub fn render_one<'s>(
    d: &Diagnostic,
    sources: &'s SourceMap,
    lang: Lang,
    color: bool,
    width: usize,
    texts: &mut Texts<'s>,
) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false)
        // Break lines between words, never inside a `name` (emit/wrap.rs).
        .with_word_separator(textwrap::WordSeparator::Custom(
            super::wrap::words_outside_code,
        ))
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_break_words(false);
    let mut out = String::new();
    let r = report(d, sources, lang, texts);
    let _ = handler.render_report(&mut out, &r);
    out
}

pub fn summary(analysis: &Analysis, lang: Lang) -> String {
    let (e, w, i) = (
        analysis.count(Level::Error),
        analysis.count(Level::Warning),
        analysis.count(Level::Info),
    );
    let mut parts = vec![
        crate::fl!(lang, "summary-errors", count = e),
        crate::fl!(lang, "summary-warnings", count = w),
    ];
    if i > 0 {
        parts.push(crate::fl!(lang, "summary-infos", count = i));
    }
    crate::fl!(
        lang,
        "summary",
        counts = parts.join(", "),
        files = analysis.user_files,
        suppressed = analysis.suppressed
    )
}

pub fn render(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    color: bool,
    width: usize,
) -> String {
    let mut out = super::collect(|out| write_findings(analysis, sources, lang, color, width, out));
    out.push_str(&summary(analysis, lang));
    out.push('\n');
    out
}

/// Every finding, each rendered once and written as it is rendered (a
/// national plan's report is megabytes: it is never held whole).
pub fn write_findings(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    color: bool,
    width: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut texts = Texts::default();
    for d in &analysis.diagnostics {
        out.write_all(render_one(d, sources, lang, color, width, &mut texts).as_bytes())?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
