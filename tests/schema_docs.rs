//! The language reference for plan writers (docs/language.md) names every
//! field of every item kind that the schema (src/schema.rs) defines, so the
//! two cannot drift apart.

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
