//! The standard prelude (prelude.md): it checks clean on its own, holds the
//! whole 2015 catalogue and the later qualifications 25504–27088, the
//! tracks and profiles as the law has them in 2026 and the four rules of the
//! Doorstroomregeling vmbo – mbo 2020, names its sources, and is exactly
//! what `tools/gen_prelude.py` writes from `../shared/data/`.

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
    // 470 of the 2015 structure, 567 with codes 25504-27088.
    assert_eq!(model.qualifications.len(), 470 + 567, "kwalificaties");
    // 172 of 2015, 150 new ones of the later list.
    assert_eq!(model.dossiers.len(), 172 + 150, "kwalificatiedossiers");
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
        470 + 567,
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

fn qual(m: &leerlijn::model::Model, crebo: u32) -> &leerlijn::model::Qualification {
    m.qualifications
        .iter()
        .find(|q| q.crebo == crebo)
        .unwrap_or_else(|| panic!("qualification {crebo}"))
}

#[test]
fn later_qualifications_routes_types_and_successors() {
    use leerlijn::model::Route;
    let (_, analysis) = prelude();
    let m = &analysis.model;
    let q = qual(m, 25655);
    assert_eq!(q.title.as_deref(), Some("Mbo-Verpleegkundige"));
    assert_eq!(q.level, Some(4));
    assert_eq!(m.sector(q.sector.unwrap()).name, "zorg-welzijn");
    assert_eq!(*q.routes, [Route::Bol, Route::Bbl]);
    // BBL only, and a specialistenopleiding.
    let q = qual(m, 25487);
    assert_eq!(q.title.as_deref(), Some("Praktijkopleider"));
    assert_eq!(*q.routes, [Route::Bbl]);
    assert!(q.specialist);
    assert_eq!(
        m.qualifications.iter().filter(|q| q.specialist).count(),
        8 + 18,
        "specialistenopleidingen of both lists"
    );
    assert!(
        m.qualifications
            .iter()
            .filter(|q| q.specialist)
            .all(|q| q.level == Some(4))
    );
    assert!(!qual(m, 25480).specialist);
    // Successors: same name and level, the highest code.
    let succ = |c| qual(m, c).successor.map(|s| m.qual(s).crebo);
    assert_eq!(succ(25480), Some(25655));
    assert_eq!(succ(25491), Some(25656));
    assert_eq!(succ(25486), Some(25696));
    assert_eq!(succ(25655), None, "the later list names no successors");
    assert_eq!(succ(25263), None, "renamed successors are not guessed");
    let n = m
        .qualifications
        .iter()
        .filter(|q| q.successor.is_some())
        .count();
    assert_eq!(n, 224);
    for q in m.qualifications.iter().filter(|q| q.successor.is_some()) {
        let s = m.qual(q.successor.unwrap());
        assert!(
            s.crebo > q.crebo && s.level == q.level,
            "{} -> {}",
            q.crebo,
            s.crebo
        );
    }
    // No start or end dates are invented.
    assert!(
        m.qualifications
            .iter()
            .all(|q| q.years == Default::default())
    );
}

#[test]
fn tracks_and_profiles_of_2026() {
    let (_, analysis) = prelude();
    let m = &analysis.model;
    let admits = |name: &str| {
        m.tracks
            .iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("track {name}"))
            .admits
            .clone()
    };
    // WEB art. 8.1.1b: no vmbo diploma admits to entree.
    assert_eq!(admits("bb"), vec![2]);
    for t in ["kb", "gl", "tl", "gt", "havo"] {
        assert_eq!(admits(t), vec![2, 3, 4], "{t}");
    }
    assert_eq!(admits("pro"), vec![1]);
    let tracks_of = |name: &str| -> Vec<String> {
        let p = m.profiles.iter().find(|p| p.name == name).unwrap();
        p.tracks.iter().map(|&t| m.track(t).name.clone()).collect()
    };
    assert_eq!(m.profiles.len(), 14);
    for p in [
        "BWI", "PIE", "MOBT", "MVI", "MaT", "ZW", "EO", "HBR", "DP", "Groen",
    ] {
        assert_eq!(tracks_of(p), ["bb", "kb", "gl", "gt"], "{p}");
    }
    for p in ["tl-techniek", "tl-zw", "tl-economie", "tl-groen"] {
        assert_eq!(tracks_of(p), ["tl", "gt"], "{p}");
    }
}

#[test]
fn the_four_rules_of_the_doorstroomregeling_2020() {
    let (_, analysis) = prelude();
    let m = &analysis.model;
    let names = |ids: &[leerlijn::model::ProfileId]| -> Vec<String> {
        ids.iter().map(|&p| m.profile(p).name.clone()).collect()
    };
    let tracks = |ids: &[leerlijn::model::TrackId]| -> Vec<String> {
        ids.iter().map(|&t| m.track(t).name.clone()).collect()
    };
    let mut rules: Vec<&leerlijn::model::Prerequisite> = m.prerequisites.iter().collect();
    rules.sort_by(|a, b| a.name.cmp(&b.name));
    let ids: Vec<&str> = rules.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        ids,
        [
            "doorstroom-2021-kb-gl",
            "doorstroom-2021-tl",
            "doorstroom-2025-kb-gl",
            "doorstroom-2025-tl"
        ]
    );
    let crebos = |p: &leerlijn::model::Prerequisite| -> Vec<u32> {
        p.into_quals.iter().map(|&q| m.qual(q).crebo).collect()
    };
    for p in &rules {
        let is_2021 = p.name.starts_with("doorstroom-2021");
        let (count, years) = if is_2021 {
            (147, (None, Some(2024)))
        } else {
            (124, (Some(2025), None))
        };
        assert_eq!(p.into_quals.len(), count, "{}", p.name);
        assert!(p.into.is_empty(), "{}: crebos only", p.name);
        assert_eq!((p.years.from, p.years.until), years, "{}", p.name);
        assert_eq!(p.levels, vec![3, 4]);
        let one_of: Vec<&str> = p
            .one_of
            .iter()
            .map(|&s| m.subject(s).name.as_str())
            .collect();
        assert_eq!(one_of, ["wi", "nask1"]);
        if p.name.ends_with("kb-gl") {
            assert_eq!(tracks(&p.tracks), ["kb", "gl", "gt"]);
            assert_eq!(names(&p.profiles), ["ZW", "EO", "HBR", "DP"]);
        } else {
            assert_eq!(tracks(&p.tracks), ["tl", "gt"]);
            assert_eq!(names(&p.profiles), ["tl-zw", "tl-economie"]);
        }
        // 27043 Allround chauffeur wegvervoer came with the 2025 bijlage.
        assert_eq!(crebos(p).contains(&27043), !is_2021, "{}", p.name);
        // 25263 Technicus elektrotechnische installaties w&u is in both.
        assert!(crebos(p).contains(&25263), "{}", p.name);
        // Both versions list Vakman restauratie voegwerk (level 3): the
        // 2021 bijlage misprints its crebo as 25129, a level-2
        // qualification of another dossier, which no rule names.
        assert!(crebos(p).contains(&25504), "{}", p.name);
        assert!(!crebos(p).contains(&25129), "{}", p.name);
        // The 2021 bijlage prints the dossier code 23102 for Eerste
        // Caravantechnicus, read as 25223.
        assert_eq!(crebos(p).contains(&25223), is_2021, "{}", p.name);
        // No bb rule, no economie rule: nothing names a sector.
        assert!(!tracks(&p.tracks).contains(&"bb".to_string()));
    }
    assert_eq!(
        qual(m, 27043).title.as_deref(),
        Some("Allround chauffeur wegvervoer")
    );
}

#[test]
fn municipalities_and_labour_markets_of_2026() {
    use leerlijn::labour_market as lm;
    assert_eq!(lm::municipalities().len(), 342);
    assert_eq!(lm::regions().len(), 35);
    let region = |n: &str| lm::municipality(n).map(|g| g.region);
    assert_eq!(region("Rotterdam"), Some("Rijnmond"));
    assert_eq!(region("Leiden"), Some("Holland Rijnland"));
    assert_eq!(region("Alphen aan den Rijn"), Some("Holland Rijnland"));
    assert_eq!(region("Zoetermeer"), Some("Zuid-Holland Centraal"));
    assert_eq!(region("Gouda"), Some("Midden-Holland"));
    assert_eq!(lm::municipality("Utrecht").map(|g| g.code), Some("0344"));
    let rijnmond = lm::municipalities()
        .iter()
        .filter(|g| g.region == "Rijnmond")
        .count();
    assert_eq!(rijnmond, 14);
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
        .arg("--table")
        .arg(out.join("table").join("gemeenten_2026.tsv"))
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
    // The municipality table is built into the binary from src/data/.
    let table = std::fs::read(out.join("table/gemeenten_2026.tsv")).unwrap();
    let _ = std::fs::remove_dir_all(out.join("table"));
    assert!(
        table == std::fs::read(root.join("src/data/gemeenten_2026.tsv")).unwrap(),
        "src/data/gemeenten_2026.tsv differs from what tools/gen_prelude.py writes; rerun the script"
    );
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
