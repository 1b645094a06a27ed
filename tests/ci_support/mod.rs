//! Shared by the `ci_*` test binaries: run the real `leerlijn` binary the
//! way CI does, in a controlled environment, and make scratch projects.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

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
/// `NO_COLOR`, not in CI (so nothing depends on the caller's shell).
pub fn command(cwd: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_leerlijn"));
    cmd.current_dir(cwd)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
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
