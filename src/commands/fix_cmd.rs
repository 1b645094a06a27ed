//! `check --fix` and `check --diff`: write or show what
//! [`crate::commands::fix_apply::fix_files`] found, with a line per file on stderr.

use std::process::ExitCode;

use crate::commands::fix_apply::Outcome;
use crate::{Lang, fl};

fn refused(outcome: &Outcome, lang: Lang) {
    for p in &outcome.refused {
        let path = p.display().to_string();
        eprintln!("{}", fl!(lang, "fix-refused", path = path));
    }
    for (p, other) in &outcome.held {
        let path = p.display().to_string();
        let other = other.display().to_string();
        eprintln!("{}", fl!(lang, "fix-held", path = path, other = other));
    }
}

fn fixed_line(lang: Lang, path: &std::path::Path, count: usize, applied: bool) -> String {
    let path = path.display().to_string();
    if applied {
        fl!(lang, "fix-applied", path = path, count = count)
    } else {
        fl!(lang, "fix-would-apply", path = path, count = count)
    }
}

/// `--diff`: the unified diff on stdout; exit 1 when there is anything to fix.
pub fn show_diff(outcome: &Outcome, lang: Lang) -> ExitCode {
    let diff = crate::commands::fix_apply::unified_diff(&outcome.changed);
    if let Err(code) = crate::commands::texts::print(lang, &diff) {
        return code;
    }
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
        if let Err(e) = crate::write::check_replaceable(&f.path) {
            let path = f.path.display().to_string();
            let error = crate::write::error_text(&e, lang);
            return Err(texts::fatal(lang, Text::CannotWrite { path: &path, error }));
        }
    }
    for f in &outcome.changed {
        let (original, fixed) = (f.original.as_bytes(), f.fixed.as_bytes());
        if let Err(e) = crate::write::atomic_replace(&f.path, original, fixed) {
            let path = f.path.display().to_string();
            let error = crate::write::error_text(&e, lang);
            return Err(texts::fatal(lang, Text::CannotWrite { path: &path, error }));
        }
        eprintln!("{}", fixed_line(lang, &f.path, f.count, true));
    }
    refused(outcome, lang);
    Ok(())
}
