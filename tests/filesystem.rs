//! Hostile file systems (issue 6): a directory symlink loop, a symlink loop
//! of files, and paths that are files of another type (a character device,
//! a FIFO). Each gives findings or one clear line and exit 2, in bounded
//! time: a run that blocked (on a FIFO, say) would never return, and CI's
//! own limit fails it; no test reads the clock.

#![cfg(unix)]

mod common;

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use leerlijn::project::{LoadError, find_files};

const CLEAN: &str = "track bb { admits = [2] }\n";

/// A fresh, empty directory under the system's temp directory.
fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "leerlijn-fs-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs `leerlijn check --no-std ARGS`.
fn check(args: &[&Path]) -> Output {
    common::command(&common::crate_dir())
        .arg("check")
        .arg("--no-std")
        .arg("--color")
        .arg("never")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("leerlijn runs")
}

/// Exit 2 with exactly one line on stderr that names the path, and
/// nothing on stdout.
fn assert_one_clear_line(out: &Output, path: &Path, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{what}: stderr {stderr}");
    assert!(out.stdout.is_empty(), "{what}: stdout {:?}", out.stdout);
    assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
    assert!(
        stderr.contains(&path.display().to_string()),
        "{what}: the line names the path: {stderr}"
    );
}

#[test]
fn directory_symlink_loop_is_walked_once() {
    let dir = temp_dir("loop");
    std::fs::create_dir_all(dir.join("a/b")).unwrap();
    std::fs::write(dir.join("a/b/plan.pathway"), CLEAN).unwrap();
    // a/b/up -> a (a cycle), and a/self -> . (a cycle of length one).
    symlink(dir.join("a"), dir.join("a/b/up")).unwrap();
    symlink(".", dir.join("a/self")).unwrap();
    let files = find_files(std::slice::from_ref(&dir)).expect("files found");
    assert_eq!(files, vec![dir.join("a/b/plan.pathway")]);
    let out = check(&[&dir]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("1 file"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A file reached twice (through a symlink, a hard link, its directory
/// given twice, or its path and its directory) is read once, under the
/// first of its names in its directory.
#[test]
fn a_file_reached_twice_is_read_once() {
    let dir = temp_dir("twice");
    std::fs::create_dir_all(dir.join("plans")).unwrap();
    std::fs::write(dir.join("plans/a.pathway"), CLEAN).unwrap();
    symlink(dir.join("plans/a.pathway"), dir.join("plans/b.pathway")).unwrap();
    std::fs::hard_link(dir.join("plans/a.pathway"), dir.join("plans/c.pathway")).unwrap();
    symlink(dir.join("plans"), dir.join("again")).unwrap();
    let paths = [
        dir.join("plans"),
        dir.join("again"),
        dir.join("plans/a.pathway"),
        dir.join("plans"),
    ];
    let files = find_files(&paths).expect("files found");
    assert_eq!(files, vec![dir.join("plans/a.pathway")]);
    let out = check(&[&dir]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("1 file"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn file_symlink_loop_is_skipped_in_a_directory_and_one_line_as_a_path() {
    let dir = temp_dir("fileloop");
    std::fs::write(dir.join("ok.pathway"), CLEAN).unwrap();
    symlink(dir.join("y.pathway"), dir.join("x.pathway")).unwrap();
    symlink(dir.join("x.pathway"), dir.join("y.pathway")).unwrap();
    let files = find_files(std::slice::from_ref(&dir)).expect("files found");
    assert_eq!(files, vec![dir.join("ok.pathway")]);
    let looped = dir.join("x.pathway");
    assert!(find_files(std::slice::from_ref(&looped)).is_err());
    assert_one_clear_line(&check(&[&looped]), &looped, "a symlink loop");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_character_device_is_one_clear_line() {
    let null = Path::new("/dev/null");
    assert_eq!(
        find_files(&[null.to_path_buf()]),
        Err(LoadError::NotAFile("/dev/null".into()))
    );
    assert_one_clear_line(&check(&[null]), null, "/dev/null");
}

#[test]
fn a_fifo_never_blocks() {
    let dir = temp_dir("fifo");
    let fifo = dir.join("pipe.pathway");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo (coreutils) runs");
    assert!(made.success(), "mkfifo made {}", fifo.display());
    // Named directly: one line (reading it would wait for a writer forever).
    assert_one_clear_line(&check(&[&fifo]), &fifo, "a FIFO");
    // Inside a directory: not a regular file, so not a project file.
    std::fs::write(dir.join("ok.pathway"), CLEAN).unwrap();
    let out = check(&[&dir]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_directory_with_only_other_files_is_one_clear_line() {
    let dir = temp_dir("empty");
    std::fs::write(dir.join("notes.txt"), "not a plan").unwrap();
    symlink("/dev/null", dir.join("null.pathway")).unwrap();
    assert_one_clear_line(&check(&[&dir]), &dir, "no .pathway file");
    let _ = std::fs::remove_dir_all(&dir);
}
