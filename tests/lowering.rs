//! A file of pathways, institutions and schools only is lowered into the
//! model as soon as it is parsed, and its tree freed (a file of schools is
//! parsed again for their fields); any other file keeps its tree until
//! every name is declared. The two ways must find the same: each
//! fixture and example project is checked as it is and with a subject
//! appended to every file (a subject keeps a file's tree), and the
//! findings within the files' own lines must be equal, message for
//! message.

mod common;

use std::path::{Path, PathBuf};

use leerlijn::Lang;

/// (file, line, column, code, message) of every finding before `lines`
/// of its file, from the JSON output.
fn findings(
    dir: &Path,
    names: &[String],
    lines: &[usize],
) -> Vec<(String, u64, u64, String, String)> {
    let files = leerlijn::project::find_files(&[dir.to_path_buf()]).expect("files written");
    let named: Vec<(PathBuf, String)> = files
        .iter()
        .map(|p| {
            let rel = p
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (p.clone(), rel)
        })
        .collect();
    let project = leerlijn::project::load_named(&named, true);
    let analysis = common::check(&project);
    let text = leerlijn::emit::json::render(&analysis, &project.sources, Lang::En);
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON output parses");
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["code"].as_str().unwrap().to_string(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .filter(|f| {
            let i = names
                .iter()
                .position(|n| *n == f.0)
                .expect("a file of the project");
            f.1 as usize <= lines[i]
        })
        .collect()
}

/// The projects: each fixture file of the checks on its own, each example
/// region and each fixture folder of several files.
fn projects() -> Vec<Vec<PathBuf>> {
    let root = common::crate_dir();
    let mut out = Vec::new();
    let mut checks: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures/checks"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pathway"))
        .collect();
    checks.sort();
    out.extend(checks.into_iter().map(|p| vec![p]));
    for dir in [
        "pathways/examples/rijnmond",
        "pathways/examples/showcase",
        "tests/fixtures/ci/mixed",
        "tests/fixtures/regions",
        "tests/fixtures/coverage",
        "tests/fixtures/lowering/mixed",
    ] {
        out.push(leerlijn::project::find_files(&[root.join(dir)]).unwrap());
    }
    out
}

#[test]
fn lowered_files_find_what_kept_trees_find() {
    let mut lowered = 0;
    let mut schools = 0;
    for (n, files) in projects().into_iter().enumerate() {
        let base = files[0].parent().unwrap().to_path_buf();
        let (as_is, kept) = (
            common::scratch(&format!("lowering-{n}-as-is")),
            common::scratch(&format!("lowering-{n}-kept")),
        );
        let mut names = Vec::new();
        let mut lines = Vec::new();
        for f in &files {
            let rel = f.strip_prefix(&base).unwrap();
            // Bytes: a fixture may not be UTF-8 (E003).
            let bytes = std::fs::read(f).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            for dir in [&as_is, &kept] {
                std::fs::create_dir_all(dir.join(rel).parent().unwrap()).unwrap();
            }
            std::fs::write(as_is.join(rel), &bytes).unwrap();
            let mut more = bytes.clone();
            more.extend_from_slice(b"\nsubject zz-keeps-the-tree\n");
            std::fs::write(kept.join(rel), more).unwrap();
            let is_lowered =
                leerlijn::syntax::lex(leerlijn::source::FileId(0), &text).lowered_when_parsed();
            lowered += usize::from(is_lowered && text.contains("institution"));
            schools += usize::from(is_lowered && text.contains("\nschool "));
            names.push(rel.to_string_lossy().replace('\\', "/"));
            lines.push(text.lines().count());
        }
        let a = findings(&as_is, &names, &lines);
        let b = findings(&kept, &names, &lines);
        // A file cut off inside a string or a block reads the subject as
        // part of it: only syntax errors tell the two apart then.
        if a.iter().chain(&b).any(|f| f.3.starts_with("E00")) {
            continue;
        }
        assert_eq!(a, b, "findings of {}", files[0].display());
    }
    assert!(
        lowered >= 4,
        "only {lowered} files of institutions were lowered"
    );
    assert!(schools >= 3, "only {schools} files of schools were lowered");
}
