//! The language reference for plan writers (docs/language.md) names every
//! field of every item kind that the schema (src/schema.rs) defines, so the
//! two cannot drift apart; and its first example is the clean plan it says.

mod common;

use leerlijn::schema::{ItemKind, field_names};

#[test]
fn the_language_reference_names_every_field() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/language.md"),
    )
    .expect("docs/language.md");
    let mut missing = Vec::new();
    for kind in ItemKind::ALL {
        assert!(
            doc.contains(&format!("`{}", kind.keyword())),
            "docs/language.md does not name the item `{}`",
            kind.keyword()
        );
        for field in field_names(kind) {
            if !doc.contains(&format!("`{field}`")) {
                missing.push(format!("{}.{field}", kind.keyword()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/language.md does not describe: {}",
        missing.join(", ")
    );
}

/// The reference's first example is what newcomers copy: the text says
/// `check` finds nothing in it, so it must stay so.
#[test]
fn the_first_example_is_a_clean_plan() {
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/language.md"),
    )
    .expect("docs/language.md");
    let section = doc
        .split("## A first example")
        .nth(1)
        .expect("a first example");
    let plan = section
        .split("```text\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("its plan in a ```text block");
    let path = common::scratch("first-example").join("plan.pathway");
    std::fs::write(&path, plan).unwrap();
    let analysis = common::check(&common::load(&[path], true));
    let found: Vec<_> = analysis
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert!(found.is_empty(), "{found:?}");
    assert!(
        plan.contains("pathway olympia.pie-kb"),
        "the plan was found"
    );
}
