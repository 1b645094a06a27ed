//! Each check's documented example (the ```pathway block of its English
//! doc, identical in the Dutch one) must trigger exactly that check, so the
//! docs cannot go stale.

use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::checks::REGISTRY;
use leerlijn::project::from_memory;

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
        let project = from_memory(&[("example.pathway", example)], true);
        let analysis = analyze(&project, &CheckOptions::default());
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
