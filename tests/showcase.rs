//! The showcase region (`pathways/examples/showcase/`) shows every kind of
//! graph finding at least once; its rendered report is a snapshot that the
//! README links to.

mod common;

use leerlijn::Lang;

/// Every check on a plan's content: the registry less the syntax and name
/// errors (a plan with those is not judged) and the plan-version checks
/// (they need a second version).
fn every_graph_code() -> Vec<&'static str> {
    use leerlijn::codes::{Group, REGISTRY};
    REGISTRY
        .iter()
        .filter(|c| !matches!(c.group, Group::Syntax | Group::Names | Group::Versions))
        .map(|c| c.id())
        .collect()
}

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
    for code in every_graph_code() {
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
