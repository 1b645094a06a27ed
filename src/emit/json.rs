//! `--format json`, version 1 (cli.md): keys in the documented order. A
//! finding's primary label (the text under its own location) is the first
//! of its `labels`, at the same position as the finding.

use serde::Serialize;
use serde::ser::{SerializeSeq, Serializer};

use super::position;
use crate::Lang;
use crate::analysis::Analysis;
use crate::codes::Level;
use crate::source::SourceMap;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    diagnostics: Diagnostics<'a>,
    summary: Summary,
}

/// The findings, each converted as it is written: the report is streamed,
/// never held whole in memory.
struct Diagnostics<'a> {
    analysis: &'a Analysis,
    sources: &'a SourceMap,
    lang: Lang,
}

impl Serialize for Diagnostics<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.analysis.diagnostics.len()))?;
        for d in &self.analysis.diagnostics {
            seq.serialize_element(&json_diagnostic(d, self.sources, self.lang))?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
pub struct JsonDiagnostic<'a> {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: &'static str,
    pub message: String,
    pub file: &'a str,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub labels: Vec<JsonLabel<'a>>,
    pub help: Option<String>,
    /// An extension of version 1 (docs/ci.md): present only when the
    /// finding has fixes, after every documented key.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<JsonFix<'a>>,
}

#[derive(Serialize)]
pub struct JsonFix<'a> {
    pub applicability: &'static str,
    pub description: String,
    pub edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
pub struct JsonEdit<'a> {
    pub file: &'a str,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub replacement: String,
}

#[derive(Serialize)]
pub struct JsonLabel<'a> {
    pub file: &'a str,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
    pub message: String,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    suppressed: usize,
}

/// One finding as JSON version 1 writes it.
pub fn json_diagnostic<'a>(
    d: &crate::diagnostics::Diagnostic,
    sources: &'a SourceMap,
    lang: Lang,
) -> JsonDiagnostic<'a> {
    let p = position(sources, d.span);
    JsonDiagnostic {
        code: d.code.as_str(),
        name: d.code.name(),
        severity: d.level.as_str(),
        message: d.message.render(lang),
        file: &sources.get(d.span.file).path,
        line: p.line,
        column: p.column,
        end_line: p.end_line,
        end_column: p.end_column,
        // The primary label first (at the finding's own place, as
        // the terminal underlines it), then the others.
        labels: d
            .label
            .iter()
            .map(|m| crate::diagnostics::Label {
                span: d.span,
                message: m.clone(),
            })
            .chain(d.labels.iter().cloned())
            .map(|l| {
                let p = position(sources, l.span);
                JsonLabel {
                    file: &sources.get(l.span.file).path,
                    line: p.line,
                    column: p.column,
                    end_line: p.end_line,
                    end_column: p.end_column,
                    message: l.message.render(lang),
                }
            })
            .collect(),
        help: d.help.as_ref().map(|h| h.render(lang)),
        fixes: d
            .fixes
            .iter()
            .map(|f| JsonFix {
                applicability: f.applicability.as_str(),
                description: f.description.render(lang),
                edits: f
                    .edits
                    .iter()
                    .map(|e| {
                        let p = position(sources, e.span);
                        JsonEdit {
                            file: &sources.get(e.span.file).path,
                            line: p.line,
                            column: p.column,
                            end_line: p.end_line,
                            end_column: p.end_column,
                            replacement: e.replacement.clone(),
                        }
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Writes the report to `w` as it goes.
pub fn write(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    mut w: impl std::io::Write,
) -> std::io::Result<()> {
    let out = Output {
        version: 1,
        tool: Tool {
            name: "leerlijn",
            version: env!("CARGO_PKG_VERSION"),
        },
        diagnostics: Diagnostics {
            analysis,
            sources,
            lang,
        },
        summary: Summary {
            files: analysis.user_files,
            errors: analysis.count(Level::Error),
            warnings: analysis.count(Level::Warning),
            infos: analysis.count(Level::Info),
            suppressed: analysis.suppressed,
        },
    };
    serde_json::to_writer_pretty(&mut w, &out)?;
    w.write_all(b"\n")
}

/// The report as one string (tests, the language server).
pub fn render(analysis: &Analysis, sources: &SourceMap, lang: Lang) -> String {
    let mut out = Vec::new();
    write(analysis, sources, lang, &mut out).expect("JSON output serialises");
    String::from_utf8(out).expect("JSON output is UTF-8")
}
