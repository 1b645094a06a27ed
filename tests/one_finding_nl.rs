//! The fixtures of issue 14 (one mistake, one finding; syntax errors and
//! help in plan words) rendered in Dutch:
//! the wording matters in both languages. Their English snapshots and
//! `# expect:` lines are checked by tests/fixtures.rs; here the Dutch
//! report is a snapshot and the findings must be the same.

mod common;

use leerlijn::Lang;

const FIXTURES: [&str; 10] = [
    "E001_unquoted_text",
    "E001_stray_close_brace",
    "E001_missing_close_brace",
    "E001_not_an_arrow",
    "E101_pathway_keeps_its_steps",
    "E106_dutch_field_names",
    "E002_non_ascii_id",
    "E104_brin",
    "E103_profile_for_sector",
    "E101_other_school",
];

#[test]
fn dutch_reports() {
    for name in FIXTURES {
        let path = common::crate_dir().join(format!("tests/fixtures/checks/{name}.pathway"));
        let project = common::load(&[path], true);
        let analysis = common::check(&project);
        let expected = common::expected(&project).expect("an `# expect:` line");
        assert_eq!(common::found(&project, &analysis), expected, "{name}");
        let text = common::snapshot_text(&project, &analysis, Lang::Nl);
        assert!(
            text.contains("help:") || text.contains("hulp"),
            "{name}: a help line"
        );
        common::insta_settings().bind(|| {
            insta::assert_snapshot!(format!("one_finding_nl@{name}"), text);
        });
    }
}
