//! The showcase region (`pathways/examples/showcase/`) shows every kind of
//! graph finding at least once; its rendered report is a snapshot that the
//! README links to.

mod common;

use leerlijn::Lang;

const EVERY_CODE: [&str; 23] = [
    "C201", "C202", "C203", "C204", "C205", "C206", "C207", "C208", "C209", "C210", "C211", "C212",
    "D301", "D302", "D303", "D304", "S401", "S402", "S403", "R501", "R502", "W001", "W002",
];

fn showcase() -> (leerlijn::project::Project, leerlijn::analysis::Analysis) {
    let dir = common::crate_dir().join("pathways/examples/showcase");
    let project = common::load(&[dir], true);
    let analysis = common::check(&project);
    (project, analysis)
}

#[test]
fn every_graph_check_appears_and_no_e_code() {
    let (project, analysis) = showcase();
    let found = common::found(&project, &analysis);
    for code in EVERY_CODE {
        assert!(
            found.iter().any(|f| f.code == code),
            "{code} is missing from the showcase"
        );
    }
    let e: Vec<_> = found.iter().filter(|f| f.code.starts_with('E')).collect();
    assert!(e.is_empty(), "the showcase has E codes: {e:?}");
    assert_eq!(analysis.suppressed, 1, "the W002 comment still suppresses");
}

#[test]
fn showcase_report() {
    let (project, analysis) = showcase();
    let text = common::snapshot_text(&project, &analysis, Lang::En);
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!("showcase", text));
}
