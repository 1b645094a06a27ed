//! Each check's documented example (the ```pathway block of its English
//! doc, identical in the Dutch one) must trigger exactly that check, so the
//! docs cannot go stale.

use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::codes::REGISTRY;
use leerlijn::project::from_memory;

/// `diff` of a plan-version check's two examples, on the documented plan
/// date.
fn diff_examples(old: &str, new: &str) -> leerlijn::analysis::Analysis {
    let old = from_memory(&[("old/example.pathway", old)], true);
    let mut new = from_memory(&[("example.pathway", new)], true);
    let vopts = leerlijn::versions::VersionOptions {
        date: leerlijn::versions::Date::parse("2026-03-01").unwrap(),
        label_old: true,
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

#[test]
fn dutch_old_example_is_the_english_one() {
    for check in REGISTRY {
        let strip = |doc: &str| -> Vec<String> {
            let Some(start) = doc.find("```pathway old\n") else {
                return Vec::new();
            };
            let body = &doc[start..];
            let end = body[3..].find("```").map_or(body.len(), |e| e + 3);
            body[..end]
                .lines()
                .map(|l| l.split('#').next().unwrap_or("").trim_end().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        };
        assert_eq!(
            strip(check.doc(leerlijn::Lang::En)),
            strip(check.doc(leerlijn::Lang::Nl)),
            "{}: the Dutch old example differs from the English one",
            check.id()
        );
        assert_eq!(
            check.old_example().is_some(),
            check.id().starts_with('V'),
            "{}: plan-version checks, and only they, document an old version",
            check.id()
        );
    }
}

#[test]
fn every_example_triggers_exactly_its_check() {
    let mut failures = Vec::new();
    for check in REGISTRY {
        let Some(example) = check.example() else {
            // Only a file that is not UTF-8 cannot be shown as text.
            assert_eq!(
                check.id(),
                "E003",
                "{} has no ```pathway example",
                check.id()
            );
            continue;
        };
        let analysis = match check.old_example() {
            // A plan-version check: its example is a change.
            Some(old) => diff_examples(old, example),
            None => {
                let project = from_memory(&[("example.pathway", example)], true);
                analyze(&project, &CheckOptions::default())
            }
        };
        let codes: Vec<&str> = analysis
            .diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .collect();
        if codes.is_empty() || codes.iter().any(|c| *c != check.id()) {
            failures.push(format!("{}: example gives {:?}", check.id(), codes));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn dutch_example_is_the_english_one() {
    for check in REGISTRY {
        let strip = |doc: &str| -> Vec<String> {
            let Some(start) = doc.find("```pathway\n") else {
                return Vec::new();
            };
            let body = &doc[start..];
            let end = body[3..].find("```").map_or(body.len(), |e| e + 3);
            body[..end]
                .lines()
                .map(|l| l.split('#').next().unwrap_or("").trim_end().to_string())
                .filter(|l| !l.is_empty())
                .collect()
        };
        assert_eq!(
            strip(check.doc(leerlijn::Lang::En)),
            strip(check.doc(leerlijn::Lang::Nl)),
            "{}: the Dutch example differs from the English one",
            check.id()
        );
    }
}
