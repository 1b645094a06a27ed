//! The command line (clap): parses arguments, runs a command and maps the
//! outcome to an exit status (0 clean, 1 findings at error level, 2 the
//! check could not run).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::Lang;
use crate::analysis::{Analysis, CheckOptions, Levels, analyze};
use crate::baseline::{self, Baseline};
use crate::checks::{REGISTRY, registry};
use crate::config::{self, Config};
use crate::diagnostics::Msg;
use crate::project::{find_files, load};

#[derive(Parser, Debug)]
#[command(
    name = "leerlijn",
    version,
    about = "Checks regional vmbo → mbo education plans (.pathway files)"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Load the project, run every check, print the findings
    Check(CheckArgs),
    /// Print a check's documentation
    Explain(ExplainArgs),
    /// Format pathway files in place, keeping every comment
    Fmt(FmtArgs),
    /// Run the language server on stdio
    Lsp,
    // `report`, `graph`, `init` and `catalogue` live in `src/commands/`.
    /// Write one self-contained HTML page for a review meeting
    Report(crate::commands::report::Args),
    /// Print the transition graph (dot, mermaid or json)
    Graph(crate::commands::graph_cmd::Args),
    /// Write leerlijn.toml and a small example region that passes `check`
    Init(crate::commands::init::Args),
    /// Search the built-in qualifications by crebo or name
    Catalogue(crate::commands::catalogue::Args),
}

#[derive(clap::Args, Debug)]
struct FmtArgs {
    /// Files and directories (directories are searched for *.pathway)
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Change nothing; exit 1 if a file would change
    #[arg(long)]
    check: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
    Github,
    Junit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Deny {
    /// Warnings also fail the run
    Warnings,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum LangArg {
    En,
    Nl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Files and directories (directories are searched for *.pathway)
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    /// Leave the standard prelude out (overrides the config's `std`)
    #[arg(long)]
    no_std: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Language of messages (default: the config's `lang`, else nl when
    /// LANG starts with nl, else en)
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// The plan's years, e.g. 2025..2030 (overrides the config's `years`)
    #[arg(long, value_parser = config::parse_years)]
    years: Option<(u32, u32)>,
    /// Colour in human output (NO_COLOR is honoured)
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Config file (default: leerlijn.toml in the first PATH's directory or
    /// the nearest parent that has one)
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// `--deny warnings`: warnings also fail the run
    #[arg(long, value_enum, value_name = "WHAT")]
    deny: Vec<Deny>,
    /// Do not report findings recorded in FILE (written by --write-baseline)
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record every current finding in FILE and exit 0 (any --baseline is
    /// then ignored, so one command line can refresh its own baseline)
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
struct ExplainArgs {
    /// A check's code (C201) or name (inadmissible-transition)
    code: Option<String>,
    /// List every check with its code, name and default level
    #[arg(long)]
    list: bool,
    /// Language of the documentation
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
}

fn lang_of(arg: Option<LangArg>) -> Lang {
    lang_or(arg, None)
}

/// `--lang`, else the config's `lang`, else the environment.
fn lang_or(arg: Option<LangArg>, config: Option<Lang>) -> Lang {
    match arg {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Nl) => Lang::Nl,
        None => config.unwrap_or_else(Lang::from_env),
    }
}

/// Colour for a stream: `always` and `never` decide; `auto` is colour on a
/// terminal unless `NO_COLOR` is set to something (no-color.org).
fn use_color(arg: ColorArg, terminal: bool) -> bool {
    match arg {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && terminal,
    }
}

/// One clear line on stderr, exit 2.
fn fatal(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {msg}");
    ExitCode::from(2)
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check(args),
        Command::Explain(args) => explain(args),
        Command::Fmt(args) => fmt(args),
        Command::Lsp => match crate::lsp::run() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fatal(format!("language server: {e}")),
        },
        Command::Report(args) => crate::commands::report::run(args),
        Command::Graph(args) => crate::commands::graph_cmd::run(args),
        Command::Init(args) => crate::commands::init::run(args),
        Command::Catalogue(args) => crate::commands::catalogue::run(args),
    }
}

/// `fmt`: rewrites files whose formatting differs; with `--check`, lists
/// them and exits 1. A file with syntax errors is reported and left alone.
fn fmt(args: FmtArgs) -> ExitCode {
    let files = match crate::project::find_files(&args.paths) {
        Ok(f) => f,
        Err(e) => return fatal(e),
    };
    let mut failed = false;
    for path in files {
        let shown = path.display().to_string();
        let text = match std::fs::read(&path).map(crate::source::decode_utf8) {
            Ok(Ok(t)) => t,
            Ok(Err(_)) => {
                eprintln!("error: {shown}: not valid UTF-8; not formatted");
                failed = true;
                continue;
            }
            Err(e) => return fatal(format!("{shown}: {e}")),
        };
        let bom = text.starts_with('\u{feff}');
        let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let formatted = match crate::format::format_source(crate::source::FileId(0), body) {
            Ok(f) => f,
            Err(errors) => {
                let mut sources = crate::source::SourceMap::new();
                sources.add(crate::source::SourceFile::new(
                    shown.clone(),
                    body.to_string(),
                    false,
                ));
                let mut texts = crate::emit::human::Texts::default();
                for d in &errors {
                    eprint!(
                        "{}",
                        crate::emit::human::render_one(
                            d,
                            &sources,
                            Lang::from_env(),
                            false,
                            100,
                            &mut texts
                        )
                    );
                }
                eprintln!("error: {shown}: syntax errors; not formatted");
                failed = true;
                continue;
            }
        };
        if formatted == body {
            continue;
        }
        if args.check {
            println!("would reformat {shown}");
            failed = true;
        } else {
            let out = if bom {
                format!("\u{feff}{formatted}")
            } else {
                formatted
            };
            if let Err(e) = std::fs::write(&path, out) {
                return fatal(format!("{shown}: {e}"));
            }
            println!("formatted {shown}");
        }
    }
    ExitCode::from(u8::from(failed))
}

/// The config: `--config FILE`, else the one found from the first PATH.
fn find_config(args: &CheckArgs) -> Result<Config, Box<config::ConfigError>> {
    let path = match &args.config {
        Some(p) if !p.is_file() => {
            let path = p.display().to_string();
            return Err(config::ConfigError::file(
                &path,
                "the config file does not exist".into(),
            ));
        }
        Some(p) => Some(p.clone()),
        None => args.paths.first().and_then(|p| config::discover(p)),
    };
    match path {
        Some(p) => config::load(&p),
        None => Ok(Config::default()),
    }
}

fn check(args: CheckArgs) -> ExitCode {
    let files = match find_files(&args.paths) {
        Ok(f) => f,
        Err(e) => return fatal(e),
    };
    let config = match find_config(&args) {
        Ok(c) => c,
        Err(e) => {
            // Located: miette's report of the config's source; else one line.
            eprint!(
                "{}",
                e.render(use_color(args.color, std::io::stderr().is_terminal()))
            );
            return ExitCode::from(2);
        }
    };
    let lang = lang_or(args.lang, config.lang);
    let baseline = match &args.baseline {
        Some(_) if args.write_baseline.is_some() => None,
        Some(p) => match Baseline::load(p) {
            Ok(b) => Some(b),
            Err(e) => return fatal(e),
        },
        None => None,
    };
    let project = load(&files, !args.no_std && config.std.unwrap_or(true));
    let opts = CheckOptions {
        levels: Levels {
            overrides: config.levels.clone(),
            deny_warnings: config.deny_warnings || args.deny.contains(&Deny::Warnings),
        },
        years: args.years.or(config.years),
        baseline,
        min_cohort: config.min_cohort,
    };
    let analysis = analyze(&project, &opts);
    if let Some(path) = &args.write_baseline {
        if let Err(e) = baseline::write(path, &project.sources, &analysis.diagnostics) {
            return fatal(e);
        }
        println!(
            "{}",
            match lang {
                Lang::En => format!(
                    "wrote {} finding(s) to the baseline `{}`",
                    analysis.diagnostics.len(),
                    path.display()
                ),
                Lang::Nl => format!(
                    "{} bevinding(en) vastgelegd in de baseline `{}`",
                    analysis.diagnostics.len(),
                    path.display()
                ),
            }
        );
        return ExitCode::SUCCESS;
    }
    let out = render(&args, &analysis, &project.sources, lang);
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not a failure of the check.
    let _ = stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush());
    if analysis.baseline_fixed > 0 && args.format == Format::Json {
        // JSON version 1 has no place for notes.
        let note = Msg::BaselineFixed {
            count: analysis.baseline_fixed,
        };
        eprintln!("note: {}", note.render(lang));
    }
    let failed = analysis.failed(opts.levels.deny_warnings);
    std::mem::forget(analysis);
    std::mem::forget(project);
    ExitCode::from(if failed { 1 } else { 0 })
}

fn render(
    args: &CheckArgs,
    analysis: &Analysis,
    sources: &crate::source::SourceMap,
    lang: Lang,
) -> String {
    use crate::emit::{github, human, json, junit, sarif};
    match args.format {
        Format::Json => json::render(analysis, sources, lang),
        Format::Sarif => sarif::render(analysis, sources, lang),
        Format::Github => github::render(analysis, sources, lang),
        Format::Junit => junit::render(analysis, sources, lang),
        Format::Human => {
            let color = use_color(args.color, std::io::stdout().is_terminal());
            let mut out = human::render(analysis, sources, lang, color, 100);
            if analysis.baseline_fixed > 0 {
                let note = Msg::BaselineFixed {
                    count: analysis.baseline_fixed,
                };
                out.push_str(&format!("note: {}\n", note.render(lang)));
            }
            out
        }
    }
}

fn explain(args: ExplainArgs) -> ExitCode {
    let lang = lang_of(args.lang);
    if args.list {
        let mut out = String::new();
        for c in REGISTRY {
            out.push_str(&format!(
                "{}  {:<28} {:<8} {}\n",
                c.id(),
                c.name,
                c.default_level.as_str(),
                c.summary(lang)
            ));
        }
        print!("{out}");
        return ExitCode::SUCCESS;
    }
    let Some(code) = args.code else {
        return fatal("name a check (e.g. `leerlijn explain C201`) or use `--list`");
    };
    match registry::lookup(&code) {
        Some(c) => {
            print!("{}", c.doc(lang));
            if !c.doc(lang).ends_with('\n') {
                println!();
            }
            ExitCode::SUCCESS
        }
        None => {
            let close = registry::suggest(&code);
            if close.is_empty() {
                fatal(format!(
                    "unknown check `{code}`; `leerlijn explain --list` lists them all"
                ))
            } else {
                fatal(format!(
                    "unknown check `{code}`; did you mean {}?",
                    close
                        .iter()
                        .map(|c| format!("`{c}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            }
        }
    }
}
