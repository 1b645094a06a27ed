//! The command line (clap): parses arguments, runs a command and maps the
//! outcome to an exit status (0 clean, 1 findings at error level, 2 the
//! check could not run).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::Lang;
use crate::analysis::{CheckOptions, analyze};
use crate::checks::{REGISTRY, registry};
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
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
    /// Leave the standard prelude out
    #[arg(long)]
    no_std: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Language of messages (default: nl when LANG starts with nl, else en)
    #[arg(long, value_enum)]
    lang: Option<LangArg>,
    /// The plan's years, e.g. 2025..2030
    #[arg(long, value_parser = parse_years)]
    years: Option<(u32, u32)>,
    /// Colour in human output (NO_COLOR is honoured)
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
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

fn parse_years(s: &str) -> Result<(u32, u32), String> {
    let (a, b) = s
        .split_once("..")
        .ok_or_else(|| format!("`{s}` is not a range like 2025..2030"))?;
    let year = |t: &str| -> Result<u32, String> {
        match t.trim().parse::<u32>() {
            Ok(y) if (1900..=2200).contains(&y) => Ok(y),
            _ => Err(format!("`{t}` is not a year in 1900–2200")),
        }
    };
    let (a, b) = (year(a)?, year(b)?);
    if a > b {
        return Err(format!("the range {a}..{b} ends before it starts"));
    }
    Ok((a, b))
}

fn lang_of(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Nl) => Lang::Nl,
        None => Lang::from_env(),
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
        Command::Report(args) => crate::commands::report::run(args),
        Command::Graph(args) => crate::commands::graph_cmd::run(args),
        Command::Init(args) => crate::commands::init::run(args),
        Command::Catalogue(args) => crate::commands::catalogue::run(args),
    }
}

fn check(args: CheckArgs) -> ExitCode {
    let lang = lang_of(args.lang);
    let files = match find_files(&args.paths) {
        Ok(f) => f,
        Err(e) => return fatal(e),
    };
    let project = load(&files, !args.no_std);
    let opts = CheckOptions {
        years: args.years,
        ..CheckOptions::default()
    };
    let analysis = analyze(&project, &opts);
    let out = match args.format {
        Format::Json => crate::emit::json::render(&analysis, &project.sources, lang),
        Format::Human => {
            let color = match args.color {
                ColorArg::Always => true,
                ColorArg::Never => false,
                ColorArg::Auto => {
                    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                        && std::io::stdout().is_terminal()
                }
            };
            crate::emit::human::render(&analysis, &project.sources, lang, color, 100)
        }
    };
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(out.as_bytes())
        .and_then(|_| stdout.flush())
        .is_err()
    {
        // A closed pipe (`| head`) is not a failure of the check.
        return ExitCode::from(if analysis.failed(false) { 1 } else { 0 });
    }
    ExitCode::from(if analysis.failed(false) { 1 } else { 0 })
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
