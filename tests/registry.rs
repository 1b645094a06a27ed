//! The registry is the single source of truth: codes and names unique,
//! every check documented in both languages, and (where the spec is beside
//! the clone, as in CI) exactly the codes, names and levels of checks.md.

use std::collections::HashSet;

use leerlijn::Lang;
use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::checks::{REGISTRY, lookup};
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
        let project = from_memory(&[("example.pathway", example)], true);
        let analysis = analyze(&project, &CheckOptions::default());
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

#[test]
fn registry_matches_the_spec() {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/spec/checks.md");
    let Ok(text) = std::fs::read_to_string(&spec) else {
        eprintln!(
            "note: {} not found; skipping the comparison with the spec",
            spec.display()
        );
        return;
    };
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
    let ours: Vec<(String, String, String)> = REGISTRY
        .iter()
        .map(|c| {
            (
                c.id().to_string(),
                c.name.to_string(),
                c.default_level.as_str().to_string(),
            )
        })
        .collect();
    assert_eq!(ours, rows);
}
