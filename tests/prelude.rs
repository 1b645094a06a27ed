//! The standard prelude (prelude.md): it checks clean on its own, holds the
//! whole 2015 catalogue, names its sources, and is exactly what
//! `tools/gen_prelude.py` writes from `../shared/data/`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use leerlijn::Lang;
use leerlijn::analysis::{Analysis, CheckOptions, analyze};
use leerlijn::project::{Project, from_memory};

fn prelude() -> (Project, Analysis) {
    // No user file: the project is just the prelude.
    let project = from_memory(&[], true);
    let analysis = analyze(&project, &CheckOptions::default());
    (project, analysis)
}

use common::crate_dir;

#[test]
fn prelude_checks_clean() {
    let (project, analysis) = prelude();
    let found: Vec<String> = analysis
        .diagnostics
        .iter()
        .map(|d| {
            let f = project.sources.get(d.span.file);
            let at = f.line_col(d.span.start as usize);
            format!(
                "{} {}:{}:{} {}",
                d.code.as_str(),
                f.path,
                at.line,
                at.column,
                d.message.render(Lang::En)
            )
        })
        .collect();
    assert!(
        found.is_empty(),
        "the prelude has findings:\n{}",
        found.join("\n")
    );
    assert_eq!(analysis.suppressed, 0);
    assert_eq!(analysis.user_files, 0);
    assert!(
        project.sources.files().all(|(_, f)| f.is_std),
        "only prelude files are loaded"
    );
}

#[test]
fn catalogue_is_complete() {
    let (project, analysis) = prelude();
    let model = &analysis.model;
    assert_eq!(model.qualifications.len(), 470, "kwalificaties");
    assert_eq!(model.dossiers.len(), 172, "kwalificatiedossiers");
    let is_std = |span: leerlijn::source::Span| project.sources.get(span.file).is_std;
    assert!(model.qualifications.iter().all(|q| is_std(q.loc.name)));
    assert!(model.dossiers.iter().all(|d| is_std(d.loc.name)));
    for file in project.sources.files().map(|(_, f)| &f.path) {
        assert!(file.starts_with("<std>/"), "{file}");
    }
    // Every qualification resolved: a level, a dossier and (through it) a sector.
    for q in &model.qualifications {
        assert!(
            q.level.is_some_and(|l| (1..=4).contains(&l)),
            "level of {}",
            q.crebo
        );
        assert!(q.dossier.is_some(), "dossier of {}", q.crebo);
        assert!(q.sector.is_some(), "sector of {}", q.crebo);
    }
    assert_eq!(
        model
            .dossiers
            .iter()
            .map(|d| d.qualifications.len())
            .sum::<usize>(),
        470,
        "every qualification is in its dossier's list"
    );
}

#[test]
fn spot_checks() {
    let (_, analysis) = prelude();
    let m = &analysis.model;
    let qual = |crebo: u32| {
        m.qualifications
            .iter()
            .find(|q| q.crebo == crebo)
            .unwrap_or_else(|| panic!("qualification {crebo}"))
    };

    let q = qual(25263);
    assert_eq!(q.level, Some(4));
    let sector = q.sector.expect("25263 has a sector");
    assert_eq!(m.sector(sector).name, "techniek-procesindustrie");

    let q = qual(25480);
    assert_eq!(q.title.as_deref(), Some("Mbo-Verpleegkundige"));
    assert_eq!(q.level, Some(4));

    assert!(
        m.dossiers.iter().any(|d| d.crebo == 23088),
        "23088 is a dossier"
    );
    assert!(
        m.qualifications.iter().all(|q| q.crebo != 23088),
        "23088 is not a qualification"
    );
    let d = m.dossiers.iter().find(|d| d.crebo == 23088).unwrap();
    let mut members: Vec<u32> = d.qualifications.iter().map(|&q| m.qual(q).crebo).collect();
    members.sort_unstable();
    assert_eq!(members, vec![25187, 25188]);
}

#[test]
fn every_file_names_its_source() {
    for (name, text) in leerlijn::prelude::FILES {
        let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(
            header
                .first()
                .is_some_and(|l| l.to_lowercase().starts_with("# source:")),
            "{name} must start with a `# Source:` comment"
        );
        assert!(
            header.iter().any(|l| l.to_lowercase().contains("date")),
            "{name}'s leading comment must give the date of its data"
        );
    }
    let known = std::fs::read_to_string(crate_dir().join("pathways/std/known-crebos.tsv"))
        .expect("known-crebos.tsv");
    assert!(
        known.to_lowercase().starts_with("# source:"),
        "known-crebos.tsv must start with a `# source:` comment"
    );
}

/// The files of a directory, by name, sorted.
fn files_of(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The source data live beside the repository (in CI, not in a clone), so
/// this runs with `cargo test --all-targets -- --ignored`, as `.ci/run`
/// does; without the data or python3 it fails rather than passing quietly.
/// `LEERLIJN_DATA` names another data folder.
#[test]
#[ignore = "needs python3 and the source data beside the repository (../shared/data or LEERLIJN_DATA)"]
fn regenerating_gives_the_same_files() {
    let root = crate_dir();
    let data = std::env::var_os("LEERLIJN_DATA")
        .map_or_else(|| root.join("../shared/data"), PathBuf::from);
    assert!(
        data.is_dir(),
        "the source data {} are not there",
        data.display()
    );
    let out = std::env::temp_dir().join(format!("leerlijn-prelude-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let run = Command::new("python3")
        .arg(root.join("tools/gen_prelude.py"))
        .arg("--data")
        .arg(&data)
        .arg("--out")
        .arg(&out)
        .current_dir(&root)
        .output();
    let run = run.unwrap_or_else(|e| panic!("cannot run python3 tools/gen_prelude.py: {e}"));
    assert!(
        run.status.success(),
        "tools/gen_prelude.py failed:\n{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    let std_dir = root.join("pathways/std");
    let generated = files_of(&out);
    assert_eq!(generated, files_of(&std_dir), "the same set of files");
    for name in &generated {
        let new = std::fs::read(out.join(name)).unwrap();
        let old = std::fs::read(std_dir.join(name)).unwrap();
        assert!(
            new == old,
            "pathways/std/{name} differs from what tools/gen_prelude.py writes; rerun the script"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}
