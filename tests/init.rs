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
fn the_region_has_comments_in_the_chosen_language() {
    use leerlijn::Lang;
    use leerlijn::commands::init::region;
    let (nl, en) = (region(Lang::Nl), region(Lang::En));
    assert!(nl.contains("# Een eerste regio"), "{nl}");
    assert!(!nl.contains("A first region"), "{nl}");
    assert!(en.contains("# A first region"), "{en}");
    assert!(!en.contains("Een eerste regio"), "{en}");
    for word in ["region ", "school ", "institution ", "pathway "] {
        assert!(nl.contains(word) && en.contains(word), "{word}");
    }
    // The plan is the same; only the comments differ.
    let code = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(code(&nl), code(&en));
    // Dutch speaks to the reader as `je`, never `u`/`uw`.
    let words: Vec<&str> = nl
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    assert!(words.contains(&"je"), "{nl}");
    for formal in ["u", "uw", "U", "Uw"] {
        assert!(!words.contains(&formal), "`{formal}` in:\n{nl}");
    }
}

#[test]
fn the_config_uses_only_documented_keys() {
    use leerlijn::Lang;
    for lang in [Lang::En, Lang::Nl] {
        let text = leerlijn::commands::init::config(lang);
        let config: toml::Table = toml::from_str(&text).expect("TOML");
        for key in config.keys() {
            assert!(
                ["std", "lang", "deny-warnings", "years", "levels"].contains(&key.as_str()),
                "unknown key {key}"
            );
        }
        assert_eq!(config["std"].as_bool(), Some(true));
    }
    // A Dutch project keeps its findings Dutch.
    let nl: toml::Table = toml::from_str(&leerlijn::commands::init::config(Lang::Nl)).unwrap();
    assert_eq!(nl["lang"].as_str(), Some("nl"));
}

#[test]
fn init_in_dutch() {
    let dir = scratch("nl");
    let (code, out, err) = leerlijn(&["init", "--lang", "nl", s(&dir)]);
    assert_eq!(code, 0, "{err}");
    let shown = s(&dir);
    assert_eq!(
        out,
        format!(
            "{shown}/leerlijn.toml geschreven\n{shown}/regio.pathway geschreven\nvolgende stap: leerlijn check {shown}\n"
        )
    );
    let config = std::fs::read_to_string(dir.join("leerlijn.toml")).unwrap();
    assert!(
        config.starts_with("# leerlijn: configuratie van dit project.\n"),
        "{config}"
    );
    let region = std::fs::read_to_string(dir.join("regio.pathway")).unwrap();
    assert!(region.contains("# Dit is een voorbeeld"), "{region}");
    // The Dutch project checks clean, and says so in Dutch.
    let (code, out, err) = leerlijn(&["check", s(&dir)]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out, "0 fouten, 0 waarschuwingen in 1 bestand\n");
    // A second init refuses, in Dutch.
    let (code, out, err) = leerlijn(&["init", "--lang", "nl", s(&dir)]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(
        err,
        format!(
            "fout: `{shown}/leerlijn.toml` en `{shown}/regio.pathway` bestaan al; init overschrijft niets (kies een andere map)\n"
        )
    );
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

/// Found by review: a link to nothing in the way (`regio.pathway ->
/// nowhere`) let `init` write `leerlijn.toml` and then fail on the
/// region: half a project, which a second `init` then refused. Such a
/// link counts as there: nothing is written.
#[cfg(unix)]
#[test]
fn a_dangling_link_in_the_way_writes_nothing() {
    let dir = scratch("dangling");
    std::fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink("nowhere", dir.join("regio.pathway")).unwrap();
    let (code, _, err) = leerlijn(&["init", s(&dir)]);
    assert_eq!(code, 2);
    assert!(err.contains("regio.pathway"), "{err}");
    assert!(!dir.join("leerlijn.toml").exists());
}
