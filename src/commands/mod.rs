//! The commands for people who look rather than read: `report` (an HTML
//! page for a review meeting), `graph` (the transition graph as dot, mermaid
//! or json), `init` (a first project) and `catalogue` (search the built-in
//! qualifications). `check` and `explain` live in `cli.rs`.
//!
//! `view` is what `report` and `graph` share: the transition graph of an
//! analysed project with, per edge, the error-level findings that break it.

pub mod catalogue;
pub mod check_opts;
pub mod clap_errors;
pub mod compact;
pub mod fix_apply;
pub mod fix_cmd;
pub mod graph_cmd;
pub mod init;
pub mod layout;
pub mod pupil_flow;
pub mod report;
pub mod report_changes;
pub mod texts;
pub mod view;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use crate::Lang;
use crate::analysis::{Analysis, CheckOptions, analyze};
use crate::config::{self, Config};
use crate::project::Project;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Nl,
}

/// `--lang`, else `nl` when `LANG` starts with `nl`, else `en`.
pub fn lang_of(arg: Option<LangArg>) -> Lang {
    lang_or(arg, None)
}

/// `--lang` when given.
pub fn explicit(arg: Option<LangArg>) -> Option<Lang> {
    arg.map(|a| match a {
        LangArg::En => Lang::En,
        LangArg::Nl => Lang::Nl,
    })
}

/// `--lang`, else the config's `lang`, else from `LANG`.
pub fn lang_or(arg: Option<LangArg>, config: Option<Lang>) -> Lang {
    match arg {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Nl) => Lang::Nl,
        None => config.unwrap_or_else(Lang::from_env),
    }
}

/// The options `graph` and `report` share with `check`.
#[derive(clap::Args, Debug, Clone)]
pub struct ProjectArgs {
    /// Files and directories (directories are searched for *.pathway); `-`
    /// reads standard input
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Leave the standard prelude out
    #[arg(long)]
    pub no_std: bool,
    /// The plan's years, e.g. 2025..2030 or 2025 (overrides the config's `years`)
    #[arg(long, value_parser = parse_years)]
    pub years: Option<(u32, u32)>,
    /// Config file (default: leerlijn.toml in the first PATH's directory or
    /// the nearest parent that has one)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// The one year-range parser, shared with `check` and the config.
pub use crate::config::parse_years;

/// A loaded and analysed project.
pub struct Loaded {
    pub project: Project,
    pub analysis: Analysis,
    pub years: Option<(u32, u32)>,
    /// The config's `lang`, if it sets one.
    pub lang: Option<Lang>,
}

impl ProjectArgs {
    /// The files a run reads: the `.pathway` files and the config. What a
    /// command's output may never overwrite ([`crate::write::refuse_inputs`]).
    pub fn inputs(&self) -> Vec<PathBuf> {
        let mut inputs = crate::project::find_inputs(&self.paths)
            .map(|(files, _)| files)
            .unwrap_or_default();
        inputs.extend(
            self.config
                .clone()
                .or_else(|| self.paths.first().and_then(|p| config::discover(p))),
        );
        inputs
    }

    /// The run's language, settled before anything is written, as `check`
    /// settles it: `lang` (`--lang`), else the config's `lang`, else
    /// `LANG`. A missing or bad config is its one line and exit 2, as in
    /// [`Self::load_in`].
    pub fn lang(&self, lang: Option<Lang>) -> Result<Lang, ExitCode> {
        let config = load_config(&self.paths, self.config.as_deref(), lang)?;
        Ok(lang.or(config.lang).unwrap_or_else(Lang::from_env))
    }

    /// Loads the config (as `check` does) and the project and analyses
    /// it, or says in one line why it cannot (exit 2) in the run's
    /// language: `lang` (`--lang`), else the config's, else `LANG`. `-`
    /// among the PATHs reads standard input, as `check` does.
    pub fn load_in(&self, lang: Option<Lang>) -> Result<Loaded, ExitCode> {
        use texts::{Text, fatal};
        let early = lang.unwrap_or_else(Lang::from_env);
        let (files, stdin) =
            crate::project::find_inputs(&self.paths).map_err(|e| fatal(early, Text::Load(&e)))?;
        if stdin > 1 {
            return Err(fatal(early, Text::StdinTwice));
        }
        let config = load_config(&self.paths, self.config.as_deref(), lang)?;
        let lang = lang.or(config.lang).unwrap_or(early);
        let stdin = if stdin == 1 {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
                .map_err(|e| fatal(lang, Text::Stdin(e.to_string())))?;
            Some(bytes)
        } else {
            None
        };
        let project = crate::project::load_with_stdin(
            &files,
            stdin,
            !self.no_std && config.std.unwrap_or(true),
        );
        let opts = CheckOptions::from_config(
            &config,
            crate::analysis::Overrides {
                years: self.years,
                ..Default::default()
            },
        );
        let mut loaded = analyse_with(project, &opts);
        loaded.lang = config.lang;
        Ok(loaded)
    }
}

/// The config of a run: `explicit` (`--config FILE`), else the one found
/// from the first PATH, else the defaults. A missing or bad config is one
/// clear line on stderr and exit 2, in `lang`, else
/// the config's own `lang`, else the language of `LANG`.
pub fn load_config(
    paths: &[PathBuf],
    explicit: Option<&std::path::Path>,
    lang: Option<Lang>,
) -> Result<Config, ExitCode> {
    let path = match explicit {
        Some(p) if !p.is_file() => {
            let shown = p.display().to_string();
            let lang = lang.unwrap_or_else(Lang::from_env);
            let text = if p.exists() {
                texts::Text::ConfigNotAFile(&shown)
            } else {
                texts::Text::ConfigMissing(&shown)
            };
            return Err(texts::fatal(lang, text));
        }
        Some(p) => Some(p.to_path_buf()),
        None => paths.first().and_then(|p| config::discover(p)),
    };
    match path {
        Some(p) => config::load(&p).map_err(|e| {
            let lang = lang.or(e.lang).unwrap_or_else(Lang::from_env);
            texts::fatal(lang, texts::Text::Raw(e.one_line(lang)))
        }),
        None => Ok(Config::default()),
    }
}

/// Analyses a project with the default levels.
pub fn analyse(project: Project, years: Option<(u32, u32)>) -> Loaded {
    analyse_with(
        project,
        &CheckOptions {
            years,
            ..CheckOptions::default()
        },
    )
}

pub fn analyse_with(project: Project, opts: &CheckOptions) -> Loaded {
    let analysis = analyze(&project, opts);
    Loaded {
        project,
        analysis,
        years: opts.years,
        lang: None,
    }
}

pub use texts::print;

/// Lower case without accents, for searching Dutch names: `é` → `e`,
/// `ï` → `i`, `ß` → `ss`; other characters stay.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'ś' | 'š' | 'ş' => "s",
            'ß' => "ss",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'æ' => "ae",
            'œ' => "oe",
            'ĳ' => "ij",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(base);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_drops_accents_and_case() {
        assert_eq!(fold("Coördinator Ĳzer"), "coordinator ijzer");
        assert_eq!(fold("Financiële"), "financiele");
    }
}
