//! The registry is the single source of truth: codes and names unique,
//! every check documented in both languages, and (where the spec is beside
//! the clone, as in CI) exactly the codes, names and levels of checks.md.

use std::collections::HashSet;

use leerlijn::Lang;
use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::codes::{REGISTRY, lookup};
use leerlijn::project::from_memory;

#[test]
fn codes_and_names_are_unique() {
    let mut seen = HashSet::new();
    for c in REGISTRY {
        assert!(seen.insert(c.id()), "code {} twice", c.id());
        assert!(seen.insert(c.name), "name {} twice", c.name);
    }
}

#[test]
fn lookup_by_code_and_name() {
    for c in REGISTRY {
        assert_eq!(lookup(c.id()).map(|i| i.id()), Some(c.id()));
        assert_eq!(lookup(c.name).map(|i| i.id()), Some(c.id()));
        assert_eq!(lookup(&c.id().to_lowercase()).map(|i| i.id()), Some(c.id()));
    }
    assert!(lookup("nonsense").is_none());
}

#[test]
fn docs_exist_in_both_languages() {
    for c in REGISTRY {
        for lang in [Lang::En, Lang::Nl] {
            let doc = c.doc(lang);
            let title = format!("# {} {}", c.id(), c.name);
            assert!(
                doc.starts_with(&title),
                "{} {lang:?} doc starts with its title",
                c.id()
            );
            assert!(
                c.summary(lang) != c.name,
                "{} {lang:?} has a summary",
                c.id()
            );
        }
        assert_ne!(c.doc(Lang::En), c.doc(Lang::Nl), "{} is translated", c.id());
        assert!(
            c.doc(Lang::Nl).contains("## Zo los je het op"),
            "{} nl has a fix section",
            c.id()
        );
        assert!(
            c.doc(Lang::En).contains("## How to fix"),
            "{} en has a fix section",
            c.id()
        );
    }
}

/// Every check's finding reads differently in Dutch than in English: its
/// message and help are translated.
#[test]
fn every_finding_has_dutch_and_english_text() {
    for c in REGISTRY {
        let Some(example) = c.example() else { continue };
        let analysis = match c.old_example() {
            Some(old) => {
                let old = from_memory(&[("old/example.pathway", old)], true);
                let mut new = from_memory(&[("example.pathway", example)], true);
                let vopts = leerlijn::versions::VersionOptions {
                    date: leerlijn::versions::Date::parse("2026-03-01").unwrap(),
                    label_old: false,
                };
                leerlijn::versions::analyze_versions(
                    &old,
                    None,
                    &mut new,
                    &CheckOptions::default(),
                    &vopts,
                    true,
                )
                .expect("the old example parses")
                .analysis
            }
            None => {
                let project = from_memory(&[("example.pathway", example)], true);
                analyze(&project, &CheckOptions::default())
            }
        };
        let d = analysis
            .diagnostics
            .iter()
            .find(|d| d.code == c.code)
            .unwrap_or_else(|| panic!("{} example triggers it", c.id()));
        assert_ne!(
            d.message.render(Lang::En),
            d.message.render(Lang::Nl),
            "{} message",
            c.id()
        );
        let help = d
            .help
            .as_ref()
            .unwrap_or_else(|| panic!("{} has a help line", c.id()));
        assert_ne!(
            help.render(Lang::En),
            help.render(Lang::Nl),
            "{} help",
            c.id()
        );
    }
}

/// The specification lives beside the repository (in CI, not in a clone),
/// so this runs with `cargo test --all-targets -- --ignored`, as `.ci/run`
/// does; without the specification it fails rather than passing quietly.
/// `LEERLIJN_SPEC` names another specification folder.
#[test]
#[ignore = "needs the specification folder beside the repository (../shared/spec or LEERLIJN_SPEC)"]
fn registry_matches_the_spec() {
    let dir = std::env::var_os("LEERLIJN_SPEC").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/spec"),
        std::path::PathBuf::from,
    );
    // Every check is a table row of checks.md, except the plan-version
    // checks (V7xx), whose table is in cli.md.
    let mut text = String::new();
    for page in ["checks.md", "cli.md"] {
        let spec = dir.join(page);
        text += &std::fs::read_to_string(&spec)
            .unwrap_or_else(|e| panic!("the specification {} cannot be read: {e}", spec.display()));
    }
    let mut rows = Vec::new();
    for line in text.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // | code | name | default | ... or | code | name | finds | ... (E codes)
        if cells.len() < 4
            || cells[1].len() != 4
            || !cells[1].chars().skip(1).all(|c| c.is_ascii_digit())
        {
            continue;
        }
        let level = match cells[3] {
            "error" | "warning" | "info" | "allow" => cells[3],
            _ => "error",
        };
        rows.push((
            cells[1].to_string(),
            cells[2].to_string(),
            level.to_string(),
        ));
    }
    rows.sort();
    let mut ours: Vec<(String, String, String)> = REGISTRY
        .iter()
        .map(|c| {
            (
                c.id().to_string(),
                c.name.to_string(),
                c.default_level.as_str().to_string(),
            )
        })
        .collect();
    ours.sort();
    assert_eq!(ours, rows);
}
