//! clap's own errors (an unknown option, a missing or bad value) in the
//! run's language: clap's [`ErrorKind`] and the context it records (the
//! argument, the value, the suggestion, the usage line) are put in words
//! through the translation files, so `--lang nl` gives a Dutch error with
//! exit 2. English stays clap's own text, which the English messages
//! mirror. `--help` and `--version` stay clap's own (English; see
//! docs/decisions.md). The language comes from `--lang` on the command
//! line, else `LANG`: the config is not read before the arguments parse.

use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::Message;
use crate::{Lang, fl};

/// Prints `e` and gives its exit status: help and version as clap prints
/// them (exit 0, or 2 for help shown because something was missing), an
/// error in the language of the command line (exit 2).
pub fn report(e: &clap::Error) -> ExitCode {
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
    }
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let lang = lang_of_args(&args).unwrap_or_else(Lang::from_env);
    // English is clap's own text (with its tips); other languages are
    // worded here. A kind without words of ours: clap's text.
    let text = match (lang, render(e, lang)) {
        (Lang::Nl, Some(text)) => text,
        _ => e.render().to_string(),
    };
    eprintln!("{}", one_line(&text));
    ExitCode::from(2)
}

/// clap's error as the one line cli.md asks for: its first line, then the
/// lines indented under it (the possible values, a tip), joined with `; `;
/// the usage line and the pointer to `--help` are left out.
fn one_line(text: &str) -> String {
    let mut lines = text.lines();
    let mut out = lines.next().unwrap_or_default().trim_end().to_string();
    for line in lines.filter(|l| l.starts_with(' ')) {
        let line = line.trim();
        if !line.is_empty() {
            out.push_str("; ");
            out.push_str(line);
        }
    }
    out
}

/// `--lang X` or `--lang=X` (any case) among the arguments, before `--`.
pub fn lang_of_args(args: &[String]) -> Option<Lang> {
    let mut found = None;
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = if a == "--lang" {
            it.next().map(String::as_str)
        } else {
            a.strip_prefix("--lang=")
        };
        if let Some(l) = value.and_then(|v| Lang::parse(&v.to_ascii_lowercase())) {
            found = Some(l);
        }
    }
    found
}

fn string(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

/// The error in `lang`: `error: what`, a tip when clap has one, the usage
/// line and where to read more. `None` for a kind this module does not
/// word.
pub fn render(e: &clap::Error, lang: Lang) -> Option<String> {
    let arg = string(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(e, ContextKind::InvalidValue).unwrap_or_default();
    let head = match e.kind() {
        ErrorKind::UnknownArgument => fl!(lang, "cli-unknown-argument", arg = arg),
        ErrorKind::InvalidValue if value.is_empty() => {
            fl!(lang, "cli-missing-value", arg = arg)
        }
        ErrorKind::InvalidValue => {
            let valid = strings(e, ContextKind::ValidValue);
            let mut s = fl!(lang, "cli-invalid-value", arg = arg, value = value);
            if !valid.is_empty() {
                s.push_str(&format!(
                    "\n  [{}]",
                    fl!(lang, "cli-possible-values", values = valid.join(", "))
                ));
            }
            s
        }
        ErrorKind::ValueValidation => {
            use std::error::Error as _;
            // Our own value parsers give a `Message`: worded in `lang`.
            let reason = e.source().map(|s| match s.downcast_ref::<Message>() {
                Some(l) => l.render(lang),
                None => s.to_string(),
            });
            match reason {
                Some(reason) => fl!(
                    lang,
                    "cli-bad-value-because",
                    arg = arg,
                    value = value,
                    reason = reason
                ),
                None => fl!(lang, "cli-invalid-value", arg = arg, value = value),
            }
        }
        ErrorKind::InvalidSubcommand => {
            let name = string(e, ContextKind::InvalidSubcommand).unwrap_or_default();
            fl!(lang, "cli-unknown-command", name = name)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(e, ContextKind::InvalidArg);
            let list: String = missing.iter().map(|m| format!("\n  {m}")).collect();
            format!("{}{list}", fl!(lang, "cli-missing-required"))
        }
        ErrorKind::ArgumentConflict => {
            let prior = string(e, ContextKind::PriorArg);
            match prior {
                Some(p) if p != arg => fl!(lang, "cli-conflict", arg = arg, other = p),
                _ => fl!(lang, "cli-once", arg = arg),
            }
        }
        ErrorKind::TooManyValues => fl!(lang, "cli-too-many-values", arg = arg, value = value),
        ErrorKind::NoEquals => fl!(lang, "cli-no-equals", arg = arg),
        _ => return None,
    };
    let mut out = format!("{}: {head}\n", fl!(lang, "error"));
    let suggested: Vec<String> = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
        ContextKind::SuggestedSubcommand,
    ]
    .into_iter()
    .flat_map(|k| strings(e, k))
    .map(|s| format!("'{s}'"))
    .collect();
    if !suggested.is_empty() {
        let list = crate::i18n::or_list(&suggested, lang);
        out.push_str(&format!(
            "\n  {}\n",
            fl!(lang, "cli-did-you-mean", names = list)
        ));
    }
    if let Some(usage) = string(e, ContextKind::Usage) {
        // clap's usage line starts with its own title.
        let line = usage.trim();
        let line = line.strip_prefix("Usage:").unwrap_or(line).trim_start();
        out.push_str(&format!("\n{}\n", fl!(lang, "cli-usage", usage = line)));
    }
    out.push_str(&format!("\n{}\n", fl!(lang, "cli-more")));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_language_of_the_command_line() {
        let l = |a: &[&str]| lang_of_args(&args(a));
        assert_eq!(l(&["leerlijn", "check", "--lang", "nl"]), Some(Lang::Nl));
        assert_eq!(l(&["leerlijn", "check", "--lang=NL", "x"]), Some(Lang::Nl));
        assert_eq!(l(&["leerlijn", "check", "--lang", "en"]), Some(Lang::En));
        assert_eq!(l(&["leerlijn", "check", "--", "--lang", "nl"]), None);
        assert_eq!(l(&["leerlijn", "check", "--lang"]), None);
    }
}
