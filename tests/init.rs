//! `leerlijn init`: a first project that passes `check` and overwrites
//! nothing.

mod common;

use std::path::{Path, PathBuf};

fn leerlijn(args: &[&str]) -> (i32, String, String) {
    let out = common::command(&common::crate_dir())
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A fresh, empty directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("init-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn init_then_check_is_clean() {
    let dir = scratch("clean");
    let (code, out, err) = leerlijn(&["init", s(&dir)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("leerlijn.toml") && out.contains("regio.pathway"));
    let (code, out, err) = leerlijn(&["check", s(&dir)]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out, "0 errors, 0 warnings in 1 file\n");
}

#[test]
fn the_region_is_formatted_as_fmt_would() {
    let dir = scratch("fmt");
    assert_eq!(leerlijn(&["init", s(&dir)]).0, 0);
    let (code, out, err) = leerlijn(&["fmt", "--check", s(&dir)]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn the_region_has_comments_in_both_languages() {
    let region = leerlijn::commands::init::REGION;
    assert!(region.contains("Een eerste regio"));
    assert!(region.contains("A first region"));
    for word in ["region ", "school ", "institution ", "pathway "] {
        assert!(region.contains(word), "{word}");
    }
}

#[test]
fn the_config_uses_only_documented_keys() {
    let config: toml::Table = toml::from_str(leerlijn::commands::init::CONFIG).expect("TOML");
    for key in config.keys() {
        assert!(
            ["std", "lang", "deny-warnings", "years", "levels"].contains(&key.as_str()),
            "unknown key {key}"
        );
    }
    assert_eq!(config["std"].as_bool(), Some(true));
}

#[test]
fn init_overwrites_nothing() {
    let dir = scratch("refuse");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("regio.pathway"), "# mine\n").unwrap();
    let (code, out, err) = leerlijn(&["init", s(&dir)]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("regio.pathway") && err.contains("already exists"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("regio.pathway")).unwrap(),
        "# mine\n"
    );
    assert!(!dir.join("leerlijn.toml").exists(), "nothing written");

    let dir = scratch("twice");
    assert_eq!(leerlijn(&["init", s(&dir)]).0, 0);
    std::fs::write(dir.join("leerlijn.toml"), "std = false\n").unwrap();
    let (code, _, err) = leerlijn(&["init", s(&dir)]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.join("leerlijn.toml")).unwrap(),
        "std = false\n"
    );
}
