//! `src/resolve/brin_table.rs` is what `tools/gen_brin.py` writes from
//! CEDA's list of mbo institutions (`mbo_instellingen_brin_ceda.csv` in the
//! source data beside the repository).

mod common;

use std::path::PathBuf;
use std::process::Command;

/// Like the prelude's regeneration test: the data live beside the
/// repository, so this runs with `--ignored` (as `.ci/run` does) and
/// fails rather than passing quietly without them.
#[test]
#[ignore = "needs python3 and the source data beside the repository (../shared/data or LEERLIJN_DATA)"]
fn regenerating_gives_the_same_table() {
    let root = common::crate_dir();
    let data = std::env::var_os("LEERLIJN_DATA")
        .map_or_else(|| root.join("../shared/data"), PathBuf::from);
    let csv = data.join("mbo_instellingen_brin_ceda.csv");
    assert!(
        csv.is_file(),
        "the source data {} are not there",
        csv.display()
    );
    let run = Command::new("python3")
        .arg(root.join("tools/gen_brin.py"))
        .arg(&csv)
        .current_dir(&root)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 tools/gen_brin.py: {e}"));
    assert!(
        run.status.success(),
        "tools/gen_brin.py failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let old = std::fs::read(root.join("src/resolve/brin_table.rs")).unwrap();
    assert!(
        run.stdout == old,
        "src/resolve/brin_table.rs differs from what tools/gen_brin.py writes; rerun the script"
    );
}
