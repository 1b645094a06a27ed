//! Plans and findings shared by the formatter's tests and fuzz target
//! (`tests/fmt_properties.rs`, `tests/format_proof.rs`,
//! `tests/properties.rs`, `fuzz/fuzz_targets/fmt.rs`), each including this
//! file with `#[path]`: what formatting must keep is the same everywhere.
#![allow(dead_code)]

use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::project::from_memory;

/// The example region, file by file.
pub const RIJNMOND: [(&str, &str); 4] = [
    (
        "institutions.pathway",
        include_str!("../../pathways/examples/rijnmond/institutions.pathway"),
    ),
    (
        "pathways.pathway",
        include_str!("../../pathways/examples/rijnmond/pathways.pathway"),
    ),
    (
        "region.pathway",
        include_str!("../../pathways/examples/rijnmond/region.pathway"),
    ),
    (
        "schools.pathway",
        include_str!("../../pathways/examples/rijnmond/schools.pathway"),
    ),
];

/// Code, English message and IDs of every finding of `files` (with the
/// prelude when `std`), sorted: the findings with positions left out.
pub fn findings_of(files: &[(&str, &str)], std: bool) -> Vec<(String, String, Vec<String>)> {
    let project = from_memory(files, std);
    let analysis = analyze(&project, &CheckOptions::default());
    let mut out: Vec<_> = analysis
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.as_str().to_string(),
                d.message.render(leerlijn::Lang::En),
                d.keys.iter().map(|k| k.to_string()).collect(),
            )
        })
        .collect();
    out.sort();
    out
}
