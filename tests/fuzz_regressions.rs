//! Every input in tests/fuzz_regressions/ through the whole pipeline, the
//! way the fuzz targets run it (fuzz/fuzz_targets/check.rs): it must not
//! panic, the JSON output must parse, and every finding and label must
//! point at a real place in its file (line within the file, column within
//! the line, end not before start). How long they take is not judged here
//! (a test never reads the clock); the fuzz targets and benches do that.
//!
//! A file named `*.check` is in the check target's format: the first byte
//! holds options (bit 0: the prelude, bit 1: Dutch, bit 2: `--years`
//! 2024..2024+(byte >> 5)), the rest is up to three files split at the byte
//! 0xFF. Any other file (`*.parse`, crashes of the parse target) is one
//! file, checked without and with the prelude.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use leerlijn::Lang;
use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::emit::{human, json};
use leerlijn::project::{Project, from_bytes};

/// Runs one input; returns the JSON report.
fn run(files: &[(&str, &[u8])], std: bool, lang: Lang, years: Option<(u32, u32)>) -> String {
    let project = from_bytes(files, std);
    let opts = CheckOptions {
        years,
        ..CheckOptions::default()
    };
    let analysis = analyze(&project, &opts);
    let out = json::render(&analysis, &project.sources, lang);
    check_positions(&project, &out);
    let _ = human::render(&analysis, &project.sources, lang, false, 80);
    out
}

/// Findings seen over all inputs.
static FINDINGS: AtomicUsize = AtomicUsize::new(0);

/// Every position in the JSON report lies inside its file.
fn check_positions(project: &Project, out: &str) {
    let v: serde_json::Value = serde_json::from_str(out).expect("the JSON output parses");
    let diags = v["diagnostics"].as_array().expect("a diagnostics array");
    FINDINGS.fetch_add(diags.len(), Ordering::Relaxed);
    for d in diags {
        let mut places = vec![d];
        places.extend(d["labels"].as_array().expect("labels").iter());
        for p in places {
            let path = p["file"].as_str().expect("a file");
            let (_, file) = project
                .sources
                .files()
                .find(|(_, f)| f.path == path)
                .unwrap_or_else(|| panic!("`{path}` is a file of the project"));
            let lines: Vec<&str> = file.text.split('\n').collect();
            let at = |l: &str, c: &str| (p[l].as_u64().unwrap(), p[c].as_u64().unwrap());
            let (line, col) = at("line", "column");
            let (end_line, end_col) = at("end_line", "end_column");
            for (l, c) in [(line, col), (end_line, end_col)] {
                assert!(l >= 1 && l as usize <= lines.len(), "line {l} in {p}");
                let width = lines[l as usize - 1].chars().count() as u64;
                assert!(c >= 1 && c <= width + 1, "column {c} of line {l} in {p}");
            }
            assert!(
                (end_line, end_col) >= (line, col),
                "end before start in {p}"
            );
        }
    }
}

/// The check target's reading of its input.
fn run_check_format(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let std = flags & 1 != 0;
    let lang = if flags & 2 != 0 { Lang::Nl } else { Lang::En };
    let years = (flags & 4 != 0).then_some((2024, 2024 + u32::from(flags >> 5)));
    let parts: Vec<&[u8]> = rest.splitn(3, |&b| b == 0xFF).collect();
    let names = ["a.pathway", "b/c.pathway", "d.pathway"];
    let files: Vec<(&str, &[u8])> = parts
        .iter()
        .enumerate()
        .map(|(i, p)| (names[i], *p))
        .collect();
    let first = run(&files, std, lang, years);
    // Deterministic: a second run gives the same bytes.
    assert_eq!(first, run(&files, std, lang, years), "same output twice");
}

#[test]
fn fuzz_regressions() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz_regressions exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "check" || e == "parse"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "no regression inputs found");
    for path in entries {
        let data = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".check") {
            run_check_format(&data);
        } else {
            for std in [false, true] {
                run(&[("a.pathway", &data)], std, Lang::En, None);
            }
        }
    }
    // The inputs are hostile: they must have been reported, not ignored.
    assert!(
        FINDINGS.load(Ordering::Relaxed) > 20,
        "findings were checked"
    );
}
