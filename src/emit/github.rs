//! `--format github`: one GitHub Actions workflow command per finding,
//! `::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=CODE name::message`
//! (`::warning` for warnings, `::notice` for infos). The message carries
//! the help on a second line. Escaping follows GitHub's toolkit: in the
//! message `%`, CR and LF; in property values also `:` and `,`.

use super::escape::escape_text;
use super::position;
use crate::Lang;
use crate::analysis::Analysis;
use crate::codes::Level;
use crate::diagnostics::Diagnostic;
use crate::paths;
use crate::source::SourceMap;

/// Escapes a command's message (the data after `::`).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=`, `title=`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info | Level::Allow => "notice",
    }
}

fn line(d: &Diagnostic, sources: &SourceMap, lang: Lang) -> String {
    let p = position(sources, d.span);
    // Control and bidi characters from the plan or a file name are shown
    // as `\u{..}`, never raw in the log or the annotation.
    let file = escape_text(&paths::from_cwd(&sources.get(d.span.file).path)).into_owned();
    let mut message = escape_text(&d.message.render(lang)).into_owned();
    if let Some(help) = &d.help {
        message.push_str("\nhelp: ");
        message.push_str(&escape_text(&help.render(lang)));
    }
    format!(
        "::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
        command(d.level),
        escape_property(&file),
        p.line,
        p.column,
        p.end_line,
        p.end_column,
        escape_property(&format!("{} {}", d.code.as_str(), d.code.name())),
        escape_data(&message),
    )
}

/// The findings as workflow commands (and the baseline's note), written
/// line by line as each finding is rendered.
pub fn write(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    for d in &analysis.diagnostics {
        out.write_all(line(d, sources, lang).as_bytes())?;
    }
    if analysis.baseline_fixed > 0 {
        let note = crate::baseline::fixed_note(analysis.baseline_fixed).render(lang);
        writeln!(out, "::notice title=leerlijn::{}", escape_data(&note))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
