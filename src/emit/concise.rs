//! `--format concise`: one line per finding,
//! `FILE:LINE:COL: CODE [LEVEL] message`, the form editors' problem
//! matchers and `grep` read. The level is the machine word (`error`,
//! `warning`, `info`) in every language, as in JSON; the message is in the
//! chosen language. Labels and help are left out (`--format human` or
//! `json` has them). Findings come in the order of every other format.

use super::position;
use crate::Lang;
use crate::analysis::Analysis;
use crate::source::SourceMap;

/// The findings, one line each (no summary: the caller adds it), written
/// line by line as each finding is rendered.
pub fn write(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    for d in &analysis.diagnostics {
        let p = position(sources, d.span);
        writeln!(
            out,
            "{}:{}:{}: {} [{}] {}",
            one_line(&sources.get(d.span.file).path),
            p.line,
            p.column,
            d.code.as_str(),
            d.level.as_str(),
            one_line(&d.message.render(lang))
        )?;
    }
    Ok(())
}

/// Keeps a finding on one line: control characters (a newline in a file
/// name or a quoted value) are written as escapes.
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(one_line("a\nb\tc\u{1b}"), "a\\nb\\tc\\u{1b}");
        assert_eq!(one_line("gewoon"), "gewoon");
    }
}
