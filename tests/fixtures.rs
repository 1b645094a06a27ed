//! Every fixture under tests/fixtures/checks: its report is a snapshot
//! (input and rendered diagnostics together), and the findings' codes and
//! positions must equal its `# expect:` lines exactly.

mod common;

use leerlijn::Lang;

#[test]
fn fixtures() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::glob!("fixtures/checks", "*.pathway", |path| {
            let project = common::load(&[path.to_path_buf()], true);
            let analysis = common::check(&project);
            let expected = common::expected(&project)
                .unwrap_or_else(|| panic!("{} has no `# expect:` line", path.display()));
            assert_eq!(
                common::found(&project, &analysis),
                expected,
                "findings of {}",
                path.display()
            );
            insta::assert_snapshot!(common::snapshot_text(&project, &analysis, Lang::En));
        });
    });
}
