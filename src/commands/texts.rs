//! The command line's own sentences in English and Dutch: errors that stop
//! a run (exit 2) and notes on stderr. Kept in one table so that a later
//! translation layer can take them over in one move; check findings have
//! their own texts in `diagnostics`.

use std::process::ExitCode;

use crate::Lang;
use crate::project::LoadError;

/// A sentence of the command line.
pub enum Text<'a> {
    /// A PATH or the files under it could not be used.
    Load(&'a LoadError),
    /// `--config FILE` names no file.
    ConfigMissing(&'a str),
    /// Standard input (`-`) could not be read.
    Stdin(String),
    /// `-` named more than once.
    StdinTwice,
    /// A file could not be written.
    CannotWrite { path: &'a str, error: String },
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
    /// Any other message, the same in both languages (a file path, a
    /// parser's own text).
    Raw(String),
}

impl Text<'_> {
    pub fn render(&self, lang: Lang) -> String {
        let nl = lang == Lang::Nl;
        match self {
            Text::Load(e) => match (e, nl) {
                (_, false) => e.to_string(),
                (LoadError::Missing(p), true) => format!("pad `{p}` bestaat niet"),
                (LoadError::Unreachable(p, why), true) => {
                    format!("pad `{p}` is niet te lezen: {why}")
                }
                (LoadError::NotAFile(p), true) => {
                    format!("pad `{p}` is geen gewoon bestand en geen map")
                }
                (LoadError::NoFiles(ps), true) => {
                    format!("geen `.pathway`-bestand gevonden in {}", ps.join(", "))
                }
            },
            Text::ConfigMissing(p) if nl => format!("{p}: het configuratiebestand bestaat niet"),
            Text::ConfigMissing(p) => format!("{p}: the config file does not exist"),
            Text::Stdin(e) if nl => format!("standaardinvoer (`-`) is niet te lezen: {e}"),
            Text::Stdin(e) => format!("cannot read standard input (`-`): {e}"),
            Text::StdinTwice if nl => "`-` (standaardinvoer) mag maar één keer als pad".into(),
            Text::StdinTwice => "`-` (standard input) can be given only once".into(),
            Text::CannotWrite { path, error } if nl => {
                format!("kan `{path}` niet schrijven: {error}")
            }
            Text::CannotWrite { path, error } => format!("cannot write `{path}`: {error}"),
            Text::IgnoreFixed(code, name) if nl => format!(
                "{code} {name} is altijd een fout en is niet uit te zetten; herstel het bestand"
            ),
            Text::IgnoreFixed(code, name) => format!(
                "{code} {name} is always an error and cannot be ignored; fix the file instead"
            ),
            Text::StatisticsFormat(f) if nl => format!(
                "`--statistics` werkt met `--format human`, `concise` of `json`, niet met `{f}`"
            ),
            Text::StatisticsFormat(f) => format!(
                "`--statistics` works with `--format human`, `concise` or `json`, not `{f}`"
            ),
            Text::GraphHasErrors(n) if nl => format!(
                "het plan heeft {} (E-codes); de graaf laat weg wat daardoor niet te lezen is — `leerlijn check` toont ze",
                if *n == 1 {
                    "één fout".to_string()
                } else {
                    format!("{n} fouten")
                }
            ),
            Text::GraphHasErrors(n) => format!(
                "the plan has {n} error{} (E codes); the graph leaves out what they make unreadable — `leerlijn check` shows them",
                if *n == 1 { "" } else { "s" }
            ),
            Text::UnknownSector { name, close } => match (close.is_empty(), nl) {
                (true, false) => format!("unknown sector `{name}`"),
                (true, true) => format!("onbekende sector `{name}`"),
                (false, false) => {
                    format!("unknown sector `{name}`; did you mean {}?", ticks(close))
                }
                (false, true) => format!("onbekende sector `{name}`; bedoel je {}?", ticks(close)),
            },
            Text::NameACheck if nl => {
                "noem een controle (bijvoorbeeld `leerlijn explain C201`) of gebruik `--list`"
                    .into()
            }
            Text::NameACheck => {
                "name a check (e.g. `leerlijn explain C201`) or use `--list`".into()
            }
            Text::UnknownCheck { name, close } => match (close.is_empty(), nl) {
                (true, false) => {
                    format!("unknown check `{name}`; `leerlijn explain --list` lists them all")
                }
                (true, true) => format!(
                    "onbekende controle `{name}`; `leerlijn explain --list` toont ze allemaal"
                ),
                (false, false) => format!("unknown check `{name}`; did you mean {}?", ticks(close)),
                (false, true) => {
                    format!("onbekende controle `{name}`; bedoel je {}?", ticks(close))
                }
            },
            Text::Raw(s) => s.clone(),
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

/// The prefix of a line on stderr.
pub fn prefix(lang: Lang, error: bool) -> &'static str {
    match (lang, error) {
        (Lang::En, true) => "error",
        (Lang::En, false) => "warning",
        (Lang::Nl, true) => "fout",
        (Lang::Nl, false) => "waarschuwing",
    }
}

/// One clear line on stderr in the run's language, exit 2.
pub fn fatal(lang: Lang, text: Text) -> ExitCode {
    // Paths from the command line may hold control characters.
    let line = text.render(lang);
    eprintln!(
        "{}: {}",
        prefix(lang, true),
        crate::emit::escape::escape_text(&line)
    );
    ExitCode::from(2)
}

/// A warning line on stderr in the run's language.
pub fn warn(lang: Lang, text: Text) {
    let line = text.render(lang);
    eprintln!(
        "{}: {}",
        prefix(lang, false),
        crate::emit::escape::escape_text(&line)
    );
}
