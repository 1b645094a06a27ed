//! Baselines end to end: written, still matching after lines are inserted
//! above the findings, from another working directory too; a new finding
//! still fails the run; a second finding with the same key is new; a fixed
//! entry is reported once as a note in every format.

mod common;

use std::fs;
use std::path::Path;

use common::{insta_settings, run, run_in, scratch};

const PLAN: &str = "\
school olympia \"Olympia College\" {
  programme pie-kb { track = kb, profile = PIE, subjects = [ne, en, wi, nsak1] }
}
institution zadkine \"Zadkine\" {
  offer 25263 { location = \"Rotterdam\", routes = [bol] }
  offer 25263 { location = \"Rotterdam\", routes = [bbl] }
}
pathway olympia.pie-kb -> zadkine.25263
";

/// A scratch project with two findings: E101 (unknown subject) and D301.
fn project(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    fs::create_dir_all(dir.join("plans")).unwrap();
    fs::write(dir.join("leerlijn.toml"), "std = true\n").unwrap();
    fs::write(dir.join("plans/plan.pathway"), PLAN).unwrap();
    dir
}

fn write_baseline(dir: &Path) -> String {
    let r = run_in(
        dir,
        &["check", "plans", "--write-baseline", "baseline.json"],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.stdout,
        "wrote 2 finding(s) to the baseline `baseline.json`\n"
    );
    assert_eq!(r.stderr, "");
    fs::read_to_string(dir.join("baseline.json")).unwrap()
}

fn edit(dir: &Path, f: impl FnOnce(String) -> String) {
    let path = dir.join("plans/plan.pathway");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, f(text)).unwrap();
}

#[test]
fn baseline_file_is_stable_and_relative() {
    let dir = project("baseline_file");
    let text = write_baseline(&dir);
    insta_settings().bind(|| insta::assert_snapshot!("ci_baseline_file", text));
    // The same findings give the same bytes, from any working directory.
    let crate_dir = common::crate_dir();
    let out = dir.join("again.json");
    let r = run(&[
        "check",
        dir.join("plans").to_str().unwrap(),
        "--write-baseline",
        out.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(fs::read_to_string(&out).unwrap(), text);
    assert!(crate_dir.is_dir());
}

#[test]
fn matches_after_lines_are_inserted_and_new_findings_fail() {
    let dir = project("baseline_insert");
    write_baseline(&dir);
    // Lines above both findings and between them: every line and column moves.
    edit(&dir, |t| {
        format!(
            "# Rijnmond plan\n# (lines added above the findings)\n\n{}",
            t.replace(
                "  offer 25263 { location = \"Rotterdam\", routes = [bbl] }",
                "\n\n  offer 25263 { location = \"Rotterdam\", routes = [bbl] }"
            )
        )
    });
    let r = run_in(&dir, &["check", "plans", "--baseline", "baseline.json"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stdout, "0 errors, 0 warnings in 1 file (2 suppressed)\n");
    // From another directory, reaching the files by another path.
    let r = run(&[
        "check",
        dir.join("plans/../plans").to_str().unwrap(),
        "--baseline",
        dir.join("baseline.json").to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    // A new finding (a duplicate at another institution) still fails, and
    // is the only one reported.
    edit(&dir, |t| {
        format!(
            "{t}institution albeda \"Albeda\" {{\n  offer 25656 {{ location = \"Rotterdam\" }}\n  offer 25656 {{ location = \"Rotterdam\" }}\n}}\n"
        )
    });
    let r = run_in(
        &dir,
        &[
            "check",
            "plans",
            "--baseline",
            "baseline.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(r.code, 1, "{r:?}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let found: Vec<String> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d["code"].as_str().unwrap(),
                d["message"].as_str().unwrap()
            )
        })
        .collect();
    // Only albeda's findings: its duplicate (D301) and, as no pathway leads
    // to it, C211 unreached-offer.
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|f| f.contains("albeda")), "{found:?}");
    assert!(
        found
            .iter()
            .any(|f| f.starts_with("D301 institution `albeda`")),
        "{found:?}"
    );
    assert_eq!(v["summary"]["suppressed"], 2);
}

#[test]
fn a_second_finding_with_the_same_key_is_new() {
    let dir = project("baseline_count");
    write_baseline(&dir);
    // A third Rotterdam offer of 25263 at zadkine: two D301 findings with
    // the same code, file and IDs; the baseline recorded one.
    edit(&dir, |t| {
        t.replace(
            "routes = [bbl] }\n",
            "routes = [bbl] }\n  offer 25263 { location = \"Rotterdam\" }\n",
        )
    });
    let r = run_in(
        &dir,
        &[
            "check",
            "plans",
            "--baseline",
            "baseline.json",
            "--format",
            "json",
        ],
    );
    assert_eq!(r.code, 1, "{r:?}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["diagnostics"].as_array().unwrap().len(), 1);
    assert_eq!(v["diagnostics"][0]["code"], "D301");
}

#[test]
fn fixed_entries_are_a_note_in_every_format() {
    let dir = project("baseline_fixed");
    write_baseline(&dir);
    // Fix the duplicate offer: its baseline entry now matches nothing.
    edit(&dir, |t| {
        t.replace(
            "  offer 25263 { location = \"Rotterdam\", routes = [bbl] }\n",
            "",
        )
    });
    let note = "1 baseline entry is fixed: rewrite the baseline (`--write-baseline FILE`)";
    let args = |f: &'static str| {
        [
            "check",
            "plans",
            "--baseline",
            "baseline.json",
            "--format",
            f,
        ]
    };
    let r = run_in(&dir, &args("human"));
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.stdout,
        format!("0 errors, 0 warnings in 1 file (1 suppressed)\nnote: {note}\n")
    );
    let r = run_in(&dir, &args("github"));
    assert_eq!(r.stdout, format!("::notice title=leerlijn::{note}\n"));
    let r = run_in(&dir, &args("sarif"));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let n = &v["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    assert_eq!(n[0]["level"], "note");
    assert_eq!(n[0]["message"]["text"], note);
    let r = run_in(&dir, &args("junit"));
    assert!(
        r.stdout
            .contains(&format!("<system-out>note: {note}</system-out>")),
        "{}",
        r.stdout
    );
    // JSON version 1 has no place for it: stderr.
    let r = run_in(&dir, &args("json"));
    assert_eq!(r.code, 0);
    assert_eq!(r.stderr, format!("note: {note}\n"));
    // Dutch too.
    let r = run_in(
        &dir,
        &[
            "check",
            "plans",
            "--baseline",
            "baseline.json",
            "--lang",
            "nl",
        ],
    );
    assert!(
        r.stdout
            .contains("opmerking: 1 regel in de baseline is opgelost"),
        "{}",
        r.stdout
    );
    // Rewriting the baseline clears the note (the old one, still named by
    // `--baseline`, is ignored while writing).
    let r = run_in(
        &dir,
        &[
            "check",
            "plans",
            "--baseline",
            "baseline.json",
            "--write-baseline",
            "baseline.json",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.stdout,
        "wrote 1 finding(s) to the baseline `baseline.json`\n"
    );
    let r = run_in(&dir, &args("human"));
    assert_eq!(r.stdout, "0 errors, 0 warnings in 1 file (1 suppressed)\n");
}

#[test]
fn write_baseline_exits_0_even_with_errors_and_2_when_it_cannot_write() {
    let dir = project("baseline_write");
    let r = run_in(&dir, &["check", "plans"]);
    assert_eq!(r.code, 1);
    write_baseline(&dir);
    let r = run_in(
        &dir,
        &["check", "plans", "--write-baseline", "no-such-dir/b.json"],
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .starts_with("error: cannot write baseline `no-such-dir/b.json`"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.lines().count(), 1);
}

/// A baseline names a file as the file system resolves it, so the same
/// files reached through a symbolic link still match; standard input is
/// `<stdin>` wherever the baseline lies.
#[cfg(unix)]
#[test]
fn matches_through_a_linked_folder_and_for_standard_input() {
    let dir = project("baseline_links");
    write_baseline(&dir);
    std::os::unix::fs::symlink(dir.join("plans"), dir.join("linked")).unwrap();
    let r = run_in(&dir, &["check", "linked", "--baseline", "baseline.json"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stderr, "", "{r:?}");
    // Standard input, the baseline written into a subfolder and read from
    // inside it.
    fs::create_dir_all(dir.join("sub")).unwrap();
    let stdin = |cwd: &Path, args: &[&str]| {
        let mut cmd = common::command(cwd);
        cmd.args(args)
            .stdin(fs::File::open(dir.join("plans/plan.pathway")).unwrap());
        common::run_cmd(cmd)
    };
    let r = stdin(&dir, &["check", "-", "--write-baseline", "sub/b.json"]);
    assert_eq!(r.code, 0, "{r:?}");
    let written = fs::read_to_string(dir.join("sub/b.json")).unwrap();
    assert!(written.contains("\"file\": \"<stdin>\""), "{written}");
    let r = stdin(&dir.join("sub"), &["check", "-", "--baseline", "b.json"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stderr, "", "{r:?}");
}
