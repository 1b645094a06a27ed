//! The command line's own sentences: errors that stop a run (exit 2) and
//! notes on stderr. The wording is in `locales/*/leerlijn.ftl` (section
//! "leerlijn's own lines"); this module names each sentence and holds the
//! one function every command stops with, [`fatal`].

use std::process::ExitCode;

use crate::i18n::Message;
use crate::project::LoadError;
use crate::{Lang, fl};

/// A sentence of the command line.
pub enum Text<'a> {
    /// A PATH or the files under it could not be used.
    Load(&'a LoadError),
    /// `--config FILE` names no file.
    ConfigMissing(&'a str),
    /// `--config FILE` names a folder, a device or a pipe.
    ConfigNotAFile(&'a str),
    /// Standard input (`-`) could not be read.
    Stdin(String),
    /// `-` named more than once.
    StdinTwice,
    /// A file could not be written.
    CannotWrite { path: &'a str, error: String },
    /// A file could not be read.
    CannotRead { path: &'a str, error: String },
    /// `--ignore` of an E code.
    IgnoreFixed(&'static str, &'static str),
    /// `--statistics` with a format that has no place for a table.
    StatisticsFormat(&'a str),
    /// `graph` on a plan with errors: what the graph leaves out.
    GraphHasErrors(usize),
    /// `catalogue --sector` of an unknown sector, with the closest IDs.
    UnknownSector { name: &'a str, close: &'a [String] },
    /// `explain` without a check.
    NameACheck,
    /// `explain` of an unknown check, with the closest codes and names.
    UnknownCheck {
        name: &'a str,
        close: &'a [&'static str],
    },
    /// `diff`: the old version cannot be read.
    OldHasSyntaxErrors(usize),
    /// `check --against`: the old version cannot be read, so no V findings.
    OldHasSyntaxErrorsNote(usize),
    /// The language server stopped on an I/O error.
    LanguageServer(String),
    /// A sentence made before the language was known (a lower module's
    /// error: a refused write, a baseline, git).
    Message(Message),
    /// Text that is the same in both languages (a parser's own words).
    Raw(String),
    /// Standard output could not be written (a full disk, not a closed
    /// pipe).
    Stdout(String),
}

impl Text<'_> {
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Load(e) => match e {
                LoadError::Missing(p) => fl!(lang, "load-missing", path = p.as_str()),
                LoadError::Unreachable(p, why) => fl!(
                    lang,
                    "load-unreachable",
                    path = p.as_str(),
                    error = why.text(lang)
                ),
                LoadError::NotAFile(p) => fl!(lang, "load-not-a-file", path = p.as_str()),
                LoadError::NoFiles(ps) => {
                    fl!(lang, "load-no-files", paths = ps.join(", "))
                }
            },
            Text::ConfigMissing(p) => fl!(lang, "config-missing", path = *p),
            Text::ConfigNotAFile(p) => fl!(lang, "config-not-a-file", path = *p),
            Text::Stdin(e) => fl!(lang, "stdin-unreadable", error = e.as_str()),
            Text::StdinTwice => fl!(lang, "stdin-twice"),
            Text::CannotWrite { path, error } => {
                fl!(lang, "cannot-write", path = *path, error = error.as_str())
            }
            Text::CannotRead { path, error } => {
                fl!(lang, "cannot-read", path = *path, error = error.as_str())
            }
            Text::IgnoreFixed(code, name) => {
                fl!(lang, "ignore-fixed", code = *code, name = *name)
            }
            Text::StatisticsFormat(f) => fl!(lang, "statistics-format", format = *f),
            Text::GraphHasErrors(n) => fl!(lang, "graph-has-errors", count = *n),
            Text::UnknownSector { name, close: [] } => {
                fl!(lang, "unknown-sector", name = *name)
            }
            Text::UnknownSector { name, close } => fl!(
                lang,
                "unknown-sector-close",
                name = *name,
                close = ticks(close)
            ),
            Text::NameACheck => fl!(lang, "explain-name-a-check"),
            Text::UnknownCheck { name, close: [] } => {
                fl!(lang, "explain-unknown-check", name = *name)
            }
            Text::UnknownCheck { name, close } => fl!(
                lang,
                "explain-unknown-check-close",
                name = *name,
                close = ticks(close)
            ),
            Text::OldHasSyntaxErrors(n) => fl!(lang, "diff-old-syntax-errors", count = *n),
            Text::OldHasSyntaxErrorsNote(n) => {
                fl!(lang, "against-old-syntax-errors", count = *n)
            }
            Text::LanguageServer(e) => fl!(lang, "lsp-failed", error = e.as_str()),
            Text::Message(l) => l.render(lang),
            Text::Raw(s) => s.clone(),
            Text::Stdout(e) => fl!(lang, "stdout-failed", error = e.as_str()),
        }
    }
}

/// `a`, `b` (each in backticks, comma-separated).
fn ticks<S: AsRef<str>>(words: &[S]) -> String {
    words
        .iter()
        .map(|w| format!("`{}`", w.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `PREFIX: text` for stderr.
fn line(prefix: String, lang: Lang, text: &Text) -> String {
    // Paths from the command line may hold control characters.
    let body = text.render(lang);
    format!("{prefix}: {}", crate::emit::escape::escape_text(&body))
}

/// The one way a command stops: one clear line on stderr in the run's
/// language, exit 2.
pub fn fatal(lang: Lang, text: Text) -> ExitCode {
    eprintln!("{}", line(fl!(lang, "error"), lang, &text));
    ExitCode::from(2)
}

/// A warning line on stderr in the run's language.
pub fn warn(lang: Lang, text: Text) {
    eprintln!("{}", line(fl!(lang, "warning"), lang, &text));
}

/// A note line on stderr in the run's language.
pub fn note(lang: Lang, text: Text) {
    eprintln!("{}", line(fl!(lang, "note"), lang, &text));
}

/// What a failed write to standard output means for the run: a closed
/// pipe (`| head`) is the reader's choice and changes nothing (`None`);
/// anything else (a full disk) stops it with one line and exit 2, so that
/// CI never takes a truncated report for a passed check.
pub fn stdout_failed(lang: Lang, e: &std::io::Error) -> Option<ExitCode> {
    (e.kind() != std::io::ErrorKind::BrokenPipe).then(|| fatal(lang, Text::Stdout(e.to_string())))
}

/// Writes `text` to standard output (a line of a command's own, such as
/// `fmt`'s list of files) and flushes it; see [`stdout_failed`].
pub fn print(lang: Lang, text: &str) -> Result<(), ExitCode> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) => stdout_failed(lang, &e).map_or(Ok(()), Err),
    }
}
