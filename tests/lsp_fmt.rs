//! The `fmt` command, end to end through the binary (the `lsp` command
//! has tests/lsp.rs).

mod common;

use std::process::Command;

fn bin() -> Command {
    common::command(&common::crate_dir())
}

fn tempdir(name: &str) -> std::path::PathBuf {
    common::scratch(name)
}

#[test]
fn fmt_check_then_write_then_clean() {
    let dir = tempdir("fmt");
    let file = dir.join("plan.pathway");
    std::fs::write(&file, "school  olympia{programme p{track=kb}} # keep me\n").unwrap();
    let out = bin().args(["fmt", "--check"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("would reformat"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "school  olympia{programme p{track=kb}} # keep me\n",
        "--check changes nothing"
    );
    let out = bin().arg("fmt").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "school olympia { programme p { track = kb } } # keep me\n"
    );
    let out = bin().args(["fmt", "--check"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fmt_leaves_files_with_syntax_errors_alone() {
    let dir = tempdir("fmt-bad");
    let file = dir.join("bad.pathway");
    std::fs::write(&file, "school x { brin }\n").unwrap();
    let out = bin().arg("fmt").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("E001"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "school x { brin }\n"
    );
}

/// The shipped examples are written as `leerlijn fmt` would write them.
#[test]
fn examples_are_formatted() {
    let out = bin()
        .args(["fmt", "--check", "pathways/examples"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
