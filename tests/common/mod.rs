//! Shared by the test binaries: the one way to run the `leerlijn` binary
//! (a fixed environment), scratch directories, insta settings, and running
//! the checker on a fixture in-process the way the CLI does, rendering it
//! for a snapshot and reading `# expect:` lines.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use leerlijn::Lang;
use leerlijn::analysis::{Analysis, CheckOptions, analyze};
use leerlijn::emit::{human, json};
use leerlijn::project::{Project, load_named};

pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What one run printed and returned.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// A `leerlijn` command in `cwd` with a fixed environment: English, no
/// `NO_COLOR`, not in CI, no memory trace (so nothing depends on the
/// caller's shell).
pub fn command(cwd: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_leerlijn"));
    cmd.current_dir(cwd)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove(leerlijn::allocator::TRACE_VAR);
    cmd
}

pub fn run_cmd(mut cmd: Command) -> Run {
    let out = cmd.output().expect("the leerlijn binary runs");
    Run {
        code: out.status.code().expect("leerlijn exits with a status"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// `leerlijn ARGS` run from the crate directory.
pub fn run(args: &[&str]) -> Run {
    run_in(&crate_dir(), args)
}

pub fn run_in(cwd: &Path, args: &[&str]) -> Run {
    let mut cmd = command(cwd);
    cmd.args(args);
    run_cmd(cmd)
}

/// A fresh, empty scratch directory under the target directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

/// insta settings: snapshots in `<crate>/snapshots/`, named as given.
pub fn insta_settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

/// A path relative to the crate, with `/` separators, for reports.
pub fn display(path: &Path) -> String {
    let rel = path.strip_prefix(crate_dir()).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

pub fn load(paths: &[PathBuf], std: bool) -> Project {
    let files = leerlijn::project::find_files(paths).expect("fixture files exist");
    let named: Vec<(PathBuf, String)> = files.iter().map(|p| (p.clone(), display(p))).collect();
    load_named(&named, std)
}

pub fn check(project: &Project) -> Analysis {
    analyze(project, &CheckOptions::default())
}

/// The input files and the rendered report (miette graphical, width 80,
/// no colour, no links), side by side.
pub fn snapshot_text(project: &Project, analysis: &Analysis, lang: Lang) -> String {
    let mut out = String::new();
    for (_, f) in project.sources.files().filter(|(_, f)| !f.is_std) {
        out.push_str(&format!("── input: {} ──\n", f.path));
        for (i, line) in f.text.lines().enumerate() {
            out.push_str(&format!("{:>3} │ {}\n", i + 1, line));
        }
    }
    out.push_str("── report ──\n");
    out.push_str(&human::render(analysis, &project.sources, lang, false, 80));
    out
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    pub code: String,
    pub file: String,
    pub line: u64,
    pub column: u64,
}

/// (code, file, line, column) of every finding, from the JSON output.
pub fn found(project: &Project, analysis: &Analysis) -> Vec<Found> {
    let text = json::render(analysis, &project.sources, Lang::En);
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON output parses");
    let mut out: Vec<Found> = v["diagnostics"]
        .as_array()
        .expect("diagnostics is an array")
        .iter()
        .map(|d| Found {
            code: d["code"].as_str().unwrap().to_string(),
            file: d["file"].as_str().unwrap().to_string(),
            line: d["line"].as_u64().unwrap(),
            column: d["column"].as_u64().unwrap(),
        })
        .collect();
    out.sort();
    out
}

/// `# expect: CODE LINE:COL` lines of every file (`# expect: none` for a
/// fixture that must stay clean); the file is the one holding the line
/// unless `# expect: CODE FILE:LINE:COL` names another.
pub fn expected(project: &Project) -> Option<Vec<Found>> {
    let mut out = Vec::new();
    let mut any = false;
    for (_, f) in project.sources.files().filter(|(_, f)| !f.is_std) {
        for line in f.text.lines() {
            let Some(rest) = line.trim_start().strip_prefix("# expect:") else {
                continue;
            };
            any = true;
            let rest = rest.trim();
            if rest == "none" {
                continue;
            }
            let (code, at) = rest.split_once(' ').expect("`# expect: CODE LINE:COL`");
            let parts: Vec<&str> = at.trim().split(':').collect();
            let (file, l, c) = match parts.as_slice() {
                [l, c] => (f.path.clone(), *l, *c),
                [file, l, c] => {
                    let dir = Path::new(&f.path).parent().unwrap();
                    (format!("{}/{}", dir.display(), file), *l, *c)
                }
                _ => panic!("bad expectation `{rest}` in {}", f.path),
            };
            out.push(Found {
                code: code.to_string(),
                file,
                line: l.parse().unwrap(),
                column: c.parse().unwrap(),
            });
        }
    }
    out.sort();
    any.then_some(out)
}
