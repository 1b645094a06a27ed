//! `check --fix` and `check --diff`: write or show what
//! [`crate::commands::fix_apply::fix_files`] found, with a line per file on stderr.

use std::io::Write;
use std::process::ExitCode;

use crate::Lang;
use crate::commands::fix_apply::Outcome;

fn refused(outcome: &Outcome, lang: Lang) {
    for p in &outcome.refused {
        let p = p.display();
        eprintln!(
            "{}",
            match lang {
                Lang::En => format!(
                    "not changed: `{p}` still has a syntax error that no fix repairs; correct it by hand"
                ),
                Lang::Nl => format!(
                    "niet aangepast: `{p}` houdt een syntaxfout die niet automatisch te herstellen is; verbeter die met de hand"
                ),
            }
        );
    }
}

fn fixed_line(lang: Lang, path: &std::path::Path, count: usize, applied: bool) -> String {
    let p = path.display();
    match (lang, applied) {
        (Lang::En, true) => format!("fixed `{p}`: {count} fix(es) applied"),
        (Lang::En, false) => format!("would fix `{p}`: {count} fix(es)"),
        (Lang::Nl, true) => format!("`{p}` verbeterd: {count} correctie(s) toegepast"),
        (Lang::Nl, false) => format!("`{p}` zou worden verbeterd: {count} correctie(s)"),
    }
}

/// `--diff`: the unified diff on stdout; exit 1 when there is anything to fix.
pub fn show_diff(outcome: &Outcome, lang: Lang) -> ExitCode {
    let diff = crate::commands::fix_apply::unified_diff(&outcome.changed);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(diff.as_bytes())
        .and_then(|_| stdout.flush());
    for f in &outcome.changed {
        eprintln!("{}", fixed_line(lang, &f.path, f.count, false));
    }
    refused(outcome, lang);
    if outcome.changed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `--fix`: writes each changed file atomically and says so on stderr.
pub fn write(outcome: &Outcome, lang: Lang) -> Result<(), ExitCode> {
    use crate::commands::texts::{self, Text};
    for f in &outcome.changed {
        if let Err(e) = crate::write::atomic_write(&f.path, f.fixed.as_bytes()) {
            return Err(texts::fatal(
                lang,
                Text::Raw(format!("{}: {e}", f.path.display())),
            ));
        }
        eprintln!("{}", fixed_line(lang, &f.path, f.count, true));
    }
    refused(outcome, lang);
    Ok(())
}
