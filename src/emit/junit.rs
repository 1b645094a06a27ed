//! `--format junit`: a JUnit XML report as GitLab, Jenkins and Azure read
//! it. One `<testsuite>`; one `<testcase>` per checked file (in source
//! order), named by its path; one `<failure>` per finding at error level;
//! warnings and infos as lines of the test case's `<system-out>`. `tests`
//! counts files, `failures` the files with a failure. Times are 0, there is
//! no timestamp or host name, so the output is the same on every run.
//! Every text and attribute is XML-escaped; characters XML 1.0 cannot carry
//! become U+FFFD.

use std::collections::BTreeMap;

use super::position;
use crate::Lang;
use crate::analysis::Analysis;
use crate::codes::Level;
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, SourceMap};

fn allowed(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' => c,
        c if (c as u32) < 0x20 => '\u{fffd}',
        '\u{fffe}' | '\u{ffff}' => '\u{fffd}',
        c => c,
    }
}

/// Escapes element text.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(allowed) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes an attribute value (double-quoted); line breaks and tabs are
/// written as character references so parsers keep them.
pub fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(allowed) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// `FILE:LINE:COL: LEVEL CODE name: message`, the labels and the help,
/// one per line.
fn describe(d: &Diagnostic, sources: &SourceMap, lang: Lang) -> String {
    let p = position(sources, d.span);
    let mut s = format!(
        "{}:{}:{}: {} {} {}: {}",
        sources.get(d.span.file).path,
        p.line,
        p.column,
        d.level.as_str(),
        d.code.as_str(),
        d.code.name(),
        d.message.render(lang)
    );
    for l in &d.labels {
        let lp = position(sources, l.span);
        s.push_str(&format!(
            "\n  {}:{}:{}: {}",
            sources.get(l.span.file).path,
            lp.line,
            lp.column,
            l.message.render(lang)
        ));
    }
    if let Some(h) = &d.help {
        s.push_str("\n  help: ");
        s.push_str(&h.render(lang));
    }
    s
}

/// The report, written file by file as each finding is rendered.
pub fn write(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    // Every project file, and any prelude file a finding points into.
    let mut cases: BTreeMap<FileId, Vec<&Diagnostic>> = sources
        .files()
        .filter(|(_, f)| !f.is_std)
        .map(|(id, _)| (id, Vec::new()))
        .collect();
    for d in &analysis.diagnostics {
        cases.entry(d.span.file).or_default().push(d);
    }
    let failed = cases
        .values()
        .filter(|ds| ds.iter().any(|d| d.level == Level::Error))
        .count();
    let counts = format!(
        "tests=\"{}\" failures=\"{failed}\" errors=\"0\" skipped=\"0\" time=\"0\"",
        cases.len()
    );
    out.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")?;
    writeln!(out, "<testsuites name=\"leerlijn\" {counts}>")?;
    writeln!(out, "  <testsuite name=\"leerlijn check\" {counts}>")?;
    for (id, diags) in &cases {
        let path = escape_attr(&sources.get(*id).path);
        write!(
            out,
            "    <testcase classname=\"leerlijn\" name=\"{path}\" file=\"{path}\" time=\"0\""
        )?;
        if diags.is_empty() {
            out.write_all(b"/>\n")?;
            continue;
        }
        out.write_all(b">\n")?;
        for d in diags.iter().filter(|d| d.level == Level::Error) {
            writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                escape_attr(&format!("{} {}", d.code.as_str(), d.code.name())),
                escape_attr(&d.message.render(lang)),
                escape_text(&describe(d, sources, lang)),
            )?;
        }
        // Warnings and infos, one description per line (escaping keeps
        // line breaks as they are).
        let mut other = diags.iter().filter(|d| d.level != Level::Error).peekable();
        if other.peek().is_some() {
            out.write_all(b"      <system-out>")?;
            for (i, d) in other.enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                out.write_all(escape_text(&describe(d, sources, lang)).as_bytes())?;
            }
            out.write_all(b"</system-out>\n")?;
        }
        out.write_all(b"    </testcase>\n")?;
    }
    if analysis.baseline_fixed > 0 {
        let note = crate::baseline::fixed_note(analysis.baseline_fixed).render(lang);
        writeln!(
            out,
            "    <system-out>note: {}</system-out>",
            escape_text(&note)
        )?;
    }
    out.write_all(b"  </testsuite>\n</testsuites>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_text("a<b & c>d\u{1}"), "a&lt;b &amp; c&gt;d\u{fffd}");
        assert_eq!(
            escape_attr("\"x\" 'y'\n<&>"),
            "&quot;x&quot; &apos;y&apos;&#10;&lt;&amp;&gt;"
        );
    }
}
