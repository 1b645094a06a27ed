//! Emitters: one module per output format. They only read findings.

pub mod concise;
pub mod escape;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod statistics;
mod wrap;

use crate::source::{SourceMap, Span};

/// A span as 1-based lines and columns (`end_column` exclusive); a
/// zero-width span keeps `end_column == column`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

pub fn position(sources: &SourceMap, span: Span) -> Position {
    let (start, end) = sources.span_lines(span);
    Position {
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
    }
}

/// What a streaming writer writes, as one `String`, for callers that need
/// the text whole (tests, the language server).
pub fn collect(write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).expect("writing into memory does not fail");
    String::from_utf8(out).expect("rendered text is UTF-8")
}
