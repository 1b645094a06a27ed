//! The command line (clap): parses arguments, runs a command and maps the
//! outcome to an exit status (0 clean, 1 findings at error level, 2 the
//! check could not run).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::analysis::{Analysis, CheckOptions, analyze};
use crate::baseline::{self, Baseline};
use crate::codes::{self, REGISTRY};
use crate::commands::texts::{self, Text};
use crate::config::{self, Config};
use crate::{Lang, fl};

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
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions(CompletionsArgs),
    /// What a new version of the plan changes for pupils (V701–V705)
    Diff(DiffArgs),
}

#[derive(clap::Args, Debug)]
struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum, ignore_case = true)]
    shell: clap_complete::Shell,
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
    /// One line per finding: `FILE:LINE:COL: CODE [LEVEL] message`
    Concise,
    /// A pull-request comment: a summary table and the findings
    Markdown,
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

/// The options `check` and `diff` share: how a plan is read and judged,
/// and how its findings are printed. Declared once, flattened into both.
#[derive(clap::Args, Debug, Clone)]
struct RunArgs {
    /// Leave the standard prelude out (overrides the config's `std`)
    #[arg(long)]
    no_std: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Language of messages (default: the config's `lang`, else nl when
    /// LANG starts with nl, else en)
    #[arg(long, value_enum, ignore_case = true)]
    lang: Option<LangArg>,
    /// The plan's years, e.g. 2025..2030 or 2025 (overrides the config's
    /// `years`; `diff` judges both versions on them)
    #[arg(long, value_parser = config::parse_years)]
    years: Option<(u32, u32)>,
    /// Colour in human output (NO_COLOR is honoured)
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    /// Config file (default: leerlijn.toml in the PATH's directory or the
    /// nearest parent that has one; for `diff`, each version's own)
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// `--deny warnings`: warnings also fail the run
    #[arg(long, value_enum, value_name = "WHAT")]
    deny: Vec<Deny>,
    /// Do not report findings recorded in FILE (written by --write-baseline)
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// The plan date V705 judges notice deadlines against (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::versions::Date::parse)]
    date: Option<crate::versions::Date>,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Files and directories (directories are searched for *.pathway); `-`
    /// reads standard input
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    run: RunArgs,
    /// Record every current finding in FILE and exit 0 (any --baseline is
    /// then ignored, so one command line can refresh its own baseline)
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    #[command(flatten)]
    cli: crate::commands::check_opts::CheckCliArgs,
    /// Also report what the change since git revision REV does to pupils
    /// (V701–V705): the old version is the same paths at REV
    #[arg(long, value_name = "REV")]
    against: Option<String>,
    /// Apply every certainly-right fix to the files, then report what is left
    #[arg(long, conflicts_with_all = ["against", "write_baseline", "diff"])]
    fix: bool,
    /// Show the certainly-right fixes as a unified diff and change nothing
    /// (exit 1 when there is something to fix)
    #[arg(long, conflicts_with_all = ["against", "write_baseline"])]
    diff: bool,
}

#[derive(clap::Args, Debug)]
struct ExplainArgs {
    /// A check's code (C201) or name (inadmissible-transition)
    code: Option<String>,
    /// List every check with its code, name and default level
    #[arg(long)]
    list: bool,
    /// Language of the documentation
    #[arg(long, value_enum, ignore_case = true)]
    lang: Option<LangArg>,
}

fn lang_of(arg: Option<LangArg>) -> Lang {
    lang_or(arg, None)
}

/// `--lang` when given.
fn explicit_lang(arg: Option<LangArg>) -> Option<Lang> {
    arg.map(|a| match a {
        LangArg::En => Lang::En,
        LangArg::Nl => Lang::Nl,
    })
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

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return crate::commands::clap_errors::report(&e),
    };
    match cli.command {
        Command::Check(args) => check(args),
        Command::Explain(args) => explain(args),
        Command::Fmt(args) => fmt(args),
        Command::Lsp => match crate::lsp::run() {
            Ok(code) => ExitCode::from(code),
            Err(e) => texts::fatal(Lang::from_env(), Text::LanguageServer(e.to_string())),
        },
        Command::Report(args) => crate::commands::report::run(args),
        Command::Graph(args) => crate::commands::graph_cmd::run(args),
        Command::Init(args) => crate::commands::init::run(args),
        Command::Catalogue(args) => crate::commands::catalogue::run(args),
        Command::Completions(args) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut out = Vec::new();
            clap_complete::generate(args.shell, &mut cmd, "leerlijn", &mut out);
            crate::commands::print(lang_of(None), &String::from_utf8_lossy(&out))
                .err()
                .unwrap_or(ExitCode::SUCCESS)
        }
        Command::Diff(args) => diff(args),
    }
}

/// `fmt`: rewrites files whose formatting differs; with `--check`, lists
/// them and exits 1. A file with syntax errors is reported and left alone;
/// one whose formatted text fails its proof ([`crate::format::prove`]) too,
/// and the run exits 2.
fn fmt(args: FmtArgs) -> ExitCode {
    let lang = Lang::from_env();
    let files = match crate::project::find_files(&args.paths) {
        Ok(f) => f,
        Err(e) => return texts::fatal(lang, Text::Load(&e)),
    };
    let mut failed = false;
    let mut refused = false;
    let mut stdout_error = None;
    for path in files {
        let shown = crate::emit::escape::escape_text(&path.display().to_string()).into_owned();
        let text = match std::fs::read(&path).map(crate::source::decode_utf8) {
            Ok(Ok(t)) => t,
            Ok(Err(_)) => {
                let line = fl!(lang, "fmt-not-utf8", path = shown.as_str());
                eprintln!("{}: {line}", fl!(lang, "error"));
                failed = true;
                continue;
            }
            Err(e) => {
                let error = crate::i18n::io_error(&e, crate::i18n::Io::Read).text(lang);
                return texts::fatal(
                    lang,
                    Text::CannotRead {
                        path: &shown,
                        error,
                    },
                );
            }
        };
        let formatted = match crate::format::format_file(&text) {
            Ok(f) => f,
            Err(crate::format::FmtError::Refused(r)) => {
                // The other files are still formatted; the run exits 2.
                let line = fl!(
                    lang,
                    "fmt-refused",
                    path = shown.as_str(),
                    reason = r.to_string()
                );
                eprintln!("{}: {line}", fl!(lang, "error"));
                refused = true;
                continue;
            }
            Err(crate::format::FmtError::Syntax(errors)) => {
                let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
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
                        crate::emit::human::render_one(d, &sources, lang, false, 100, &mut texts)
                    );
                }
                let line = fl!(lang, "fmt-syntax-errors", path = shown.as_str());
                eprintln!("{}: {line}", fl!(lang, "error"));
                failed = true;
                continue;
            }
        };
        if formatted == text {
            continue;
        }
        if args.check {
            let line = fl!(lang, "fmt-would-reformat", path = shown.as_str());
            if let Err(code) = texts::print(lang, &format!("{line}\n")) {
                return code;
            }
            failed = true;
        } else {
            // `fmt leerlijn.toml` would replace the config with a plan.
            if let Err(e) = crate::write::refuse_inputs(&path, &[]) {
                return texts::fatal(lang, Text::Message(e));
            }
            if let Err(e) =
                crate::write::atomic_replace(&path, text.as_bytes(), formatted.as_bytes())
            {
                let error = crate::write::error_text(&e, lang);
                return texts::fatal(
                    lang,
                    Text::CannotWrite {
                        path: &shown,
                        error,
                    },
                );
            }
            // The files are formatted whatever happens to the list of them.
            let line = fl!(lang, "fmt-formatted", path = shown.as_str());
            if stdout_error.is_none()
                && let Err(code) = texts::print(lang, &format!("{line}\n"))
            {
                stdout_error = Some(code);
            }
        }
    }
    if let Some(code) = stdout_error {
        return code;
    }
    ExitCode::from(if refused { 2 } else { u8::from(failed) })
}

/// Everything `check` settles before it analyses: the inputs, the config,
/// the language and the options. `check`, `check --against` and `diff`
/// share it, so config, `--select`/`--level`, the baseline and the prelude
/// apply the same way on every path.
struct Prepared {
    files: Vec<PathBuf>,
    stdin: Option<Vec<u8>>,
    config: Config,
    lang: Lang,
    opts: CheckOptions,
}

impl Prepared {
    fn with_std(&self, args: &CheckArgs) -> bool {
        !args.run.no_std && self.config.std.unwrap_or(true)
    }

    fn load(&mut self, args: &CheckArgs) -> crate::project::Project {
        crate::project::load_with_stdin(&self.files, self.stdin.take(), self.with_std(args))
    }
}

fn prepare(args: &CheckArgs) -> Result<Prepared, ExitCode> {
    // Before the config is read, its `lang` is not known yet.
    let early = lang_or(args.run.lang, None);
    let (files, stdin) = match crate::project::find_inputs(&args.paths) {
        Ok(f) => f,
        Err(e) => return Err(texts::fatal(early, Text::Load(&e))),
    };
    if stdin > 1 {
        return Err(texts::fatal(early, Text::StdinTwice));
    }
    let config = crate::commands::load_config(
        &args.paths,
        args.run.config.as_deref(),
        explicit_lang(args.run.lang),
    )?;
    let lang = lang_or(args.run.lang, config.lang);
    if args.cli.statistics
        && !matches!(
            args.run.format,
            Format::Human | Format::Concise | Format::Json
        )
    {
        let name = format!("{:?}", args.run.format).to_lowercase();
        return Err(texts::fatal(lang, Text::StatisticsFormat(&name)));
    }
    let overrides = args
        .cli
        .overrides(&config.levels)
        .map_err(|t| texts::fatal(lang, t))?;
    if let Some(out) = &args.write_baseline {
        let mut inputs = files.clone();
        inputs.extend(config.path.clone());
        if let Err(e) = crate::write::refuse_inputs(out, &inputs) {
            return Err(texts::fatal(lang, Text::Message(e)));
        }
    }
    let baseline = match &args.run.baseline {
        Some(_) if args.write_baseline.is_some() => None,
        Some(p) => Some(Baseline::load(p).map_err(|e| texts::fatal(lang, Text::Message(e)))?),
        None => None,
    };
    let stdin = if stdin == 1 {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes) {
            return Err(texts::fatal(lang, Text::Stdin(e.to_string())));
        }
        Some(bytes)
    } else {
        None
    };
    let opts = CheckOptions::from_config(
        &config,
        crate::analysis::Overrides {
            levels: Some(overrides),
            deny_warnings: args.run.deny.contains(&Deny::Warnings),
            years: args.run.years,
            baseline,
        },
    );
    Ok(Prepared {
        files,
        stdin,
        config,
        lang,
        opts,
    })
}

fn check(args: CheckArgs) -> ExitCode {
    if let Some(rev) = args.against.clone() {
        return check_against(args, &rev);
    }
    let mut prepared = match prepare(&args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    if args.fix || args.diff {
        let std = prepared.with_std(&args);
        let outcome = crate::commands::fix_apply::fix_files(&prepared.files, std, &prepared.opts);
        if args.diff {
            return crate::commands::fix_cmd::show_diff(&outcome, prepared.lang);
        }
        if let Err(code) = crate::commands::fix_cmd::write(&outcome, prepared.lang) {
            return code;
        }
    }
    let mut project = prepared.load(&args);
    crate::allocator::trace("loading");
    let analysis = if shows_source_text(&args) {
        analyze(&project, &prepared.opts)
    } else {
        crate::analysis::analyze_without_texts(&mut project, &prepared.opts)
    };
    let status = finish(&args, &prepared, &project, &analysis, None);
    crate::allocator::trace("output");
    std::mem::forget(analysis);
    std::mem::forget(project);
    status
}

/// Whether [`finish`] shows source lines: only the human format's
/// findings do. Every other output names positions, and the check lets go
/// of the files' texts once the checks that read them have run.
fn shows_source_text(args: &CheckArgs) -> bool {
    args.run.format == Format::Human && !args.cli.statistics && args.write_baseline.is_none()
}

/// Writes the baseline, or prints the findings in the chosen format; the
/// exit status.
fn finish(
    args: &CheckArgs,
    prepared: &Prepared,
    project: &crate::project::Project,
    analysis: &Analysis,
    regions: Option<&[crate::versions::RegionChange]>,
) -> ExitCode {
    let lang = prepared.lang;
    if let Some(path) = &args.write_baseline {
        if let Err(e) = baseline::write(path, &project.sources, &analysis.diagnostics) {
            return texts::fatal(lang, Text::Message(e));
        }
        let line = fl!(
            lang,
            "baseline-written",
            count = analysis.diagnostics.len(),
            path = path.display().to_string()
        );
        return texts::print(lang, &format!("{line}\n"))
            .err()
            .unwrap_or(ExitCode::SUCCESS);
    }
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let written = if args.cli.statistics {
        stdout.write_all(statistics(args, analysis, lang).as_bytes())
    } else {
        write(args, analysis, &project.sources, lang, regions, &mut stdout)
    };
    if let Err(e) = written.and_then(|_| stdout.flush())
        && let Some(code) = texts::stdout_failed(lang, &e)
    {
        return code;
    }
    if analysis.baseline_fixed > 0 && args.run.format == Format::Json {
        // JSON version 1 has no place for notes.
        let note = crate::baseline::fixed_note(analysis.baseline_fixed);
        texts::note(lang, Text::Raw(note.render(lang)));
    }
    ExitCode::from(
        args.cli
            .exit_status(analysis, prepared.opts.levels.deny_warnings),
    )
}

/// The findings in the chosen format. All but Markdown (whose summary
/// table comes before the findings) are written as each finding is
/// rendered: a national plan's report is never held whole.
fn write(
    args: &CheckArgs,
    analysis: &Analysis,
    sources: &crate::source::SourceMap,
    lang: Lang,
    regions: Option<&[crate::versions::RegionChange]>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    use crate::emit::{concise, github, human, json, junit, markdown, sarif};
    match args.run.format {
        Format::Json => return json::write(analysis, sources, lang, out),
        Format::Sarif => return sarif::write(analysis, sources, lang, out),
        Format::Junit => return junit::write(analysis, sources, lang, out),
        Format::Github => return github::write(analysis, sources, lang, out),
        Format::Markdown => {
            return out.write_all(markdown::render(analysis, sources, lang, regions).as_bytes());
        }
        Format::Concise => concise::write(analysis, sources, lang, out)?,
        Format::Human => {
            let color = use_color(args.run.color, std::io::stdout().is_terminal());
            human::write_findings(analysis, sources, lang, color, 100, out)?;
        }
    }
    tail(args, analysis, lang, out)
}

/// The summary (and the baseline's note) of the human formats, unless `-q`.
fn tail(
    args: &CheckArgs,
    analysis: &Analysis,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if args.cli.quiet {
        return Ok(());
    }
    writeln!(out, "{}", crate::emit::human::summary(analysis, lang))?;
    if analysis.baseline_fixed > 0 {
        let note = crate::baseline::fixed_note(analysis.baseline_fixed);
        writeln!(out, "{}: {}", fl!(lang, "note"), note.render(lang))?;
    }
    Ok(())
}

/// `--statistics`: a table per code (JSON with `--format json`).
fn statistics(args: &CheckArgs, analysis: &Analysis, lang: Lang) -> String {
    use crate::emit::{collect, statistics};
    let rows = statistics::rows(analysis);
    if args.run.format == Format::Json {
        return statistics::json(&rows);
    }
    let table = statistics::table(&rows, lang);
    collect(|out| {
        out.write_all(table.as_bytes())?;
        tail(args, analysis, lang, out)
    })
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
        return texts::print(lang, &out).err().unwrap_or(ExitCode::SUCCESS);
    }
    let Some(code) = args.code else {
        return texts::fatal(lang, Text::NameACheck);
    };
    match codes::lookup(&code) {
        Some(c) => {
            let mut doc = c.doc(lang).to_string();
            if !doc.ends_with('\n') {
                doc.push('\n');
            }
            texts::print(lang, &doc).err().unwrap_or(ExitCode::SUCCESS)
        }
        None => texts::fatal(
            lang,
            Text::UnknownCheck {
                name: &code,
                close: &codes::suggest(&code),
            },
        ),
    }
}

#[derive(clap::Args, Debug)]
struct DiffArgs {
    /// The old version: a directory or file, loaded as `check` loads it
    old: PathBuf,
    /// The new version: a directory or file, loaded as `check` loads it
    new: PathBuf,
    #[command(flatten)]
    run: RunArgs,
}

/// `diff OLD NEW`: only the V findings, located in NEW with labels on OLD.
fn diff(args: DiffArgs) -> ExitCode {
    let as_check = |path: &PathBuf| CheckArgs {
        paths: vec![path.clone()],
        run: args.run.clone(),
        write_baseline: None,
        cli: Default::default(),
        against: None,
        fix: false,
        diff: false,
    };
    let mut old_args = as_check(&args.old);
    old_args.run.baseline = None;
    let mut old = match prepare(&old_args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let old_project = old.load(&old_args);
    run_versions(as_check(&args.new), old_project, old.opts.years, true, true)
}

/// `check --against REV`: OLD is the same paths at REV, read with git.
fn check_against(args: CheckArgs, rev: &str) -> ExitCode {
    // NEW's inputs and config first: a bad PATH or config is reported as
    // `check` reports it. OLD is read with NEW's config (the config at REV
    // is history).
    let prepared = match prepare(&args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let old = match crate::versions::git::read_at(rev, &args.paths) {
        Ok(f) => f,
        Err(e) => {
            return texts::fatal(prepared.lang, Text::Message(e));
        }
    };
    crate::versions::git::note_absent(&old, rev, |m| texts::note(prepared.lang, Text::Message(m)));
    let named: Vec<(&str, &[u8])> = old
        .files
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    let old = crate::project::from_bytes(&named, prepared.with_std(&args));
    let old_years = prepared.opts.years;
    run_versions(args, old, old_years, false, false)
}

/// Checks NEW against OLD and prints the findings: NEW's own and the V
/// findings (`only_changes`: the V findings alone).
fn run_versions(
    args: CheckArgs,
    old: crate::project::Project,
    old_years: Option<(u32, u32)>,
    label_old: bool,
    only_changes: bool,
) -> ExitCode {
    let mut prepared = match prepare(&args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let mut project = prepared.load(&args);
    let vopts = crate::versions::VersionOptions {
        date: args.run.date.unwrap_or_else(crate::versions::Date::today),
        label_old,
    };
    let versioned = match crate::versions::analyze_versions(
        &old,
        old_years,
        &mut project,
        &prepared.opts,
        &vopts,
        only_changes,
    ) {
        Ok(v) => v,
        Err(e) if only_changes => {
            return texts::fatal(prepared.lang, Text::OldHasSyntaxErrors(e.errors));
        }
        // A change that repairs a broken plan is still checked.
        Err(e) => {
            texts::note(prepared.lang, Text::OldHasSyntaxErrorsNote(e.errors));
            crate::versions::Versioned {
                analysis: analyze(&project, &prepared.opts),
                regions: Vec::new(),
            }
        }
    };
    finish(
        &args,
        &prepared,
        &project,
        &versioned.analysis,
        Some(&versioned.regions),
    )
}
