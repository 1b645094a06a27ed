//! The built binary, as cli.md describes it: exit statuses, the one-line
//! error on stderr, JSON output version 1 (keys, their order and types,
//! byte-identical runs), `--lang nl`, `explain`, and how a project's files
//! are found and named.

mod common;

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use common::crate_dir;

/// Runs `leerlijn ARGS` in `dir` in the tests' fixed environment (English;
/// output to a pipe, so no colour).
fn run_in(dir: &Path, args: &[&str]) -> Output {
    common::command(dir)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn run(args: &[&str]) -> Output {
    run_in(&crate_dir(), args)
}

fn status(o: &Output) -> i32 {
    o.status.code().expect("exited normally")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// A fresh, empty directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("leerlijn-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const CLEAN: &str = "school olympia { programme pie-kb { track = kb, profile = PIE } }\n\
                     institution zadkine { offer 25263 }\n\
                     pathway olympia.pie-kb -> zadkine.25263\n";

const ERROR_FIXTURE: &str = "tests/fixtures/checks/E101_unknown_reference.pathway";

// ── exit statuses ─────────────────────────────────────────────────────────

#[test]
fn example_region_is_clean() {
    let o = run(&["check", "pathways/examples/rijnmond", "--color", "never"]);
    assert_eq!(status(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert!(
        stdout(&o).contains("0 errors"),
        "the summary line: {}",
        stdout(&o)
    );
    assert_eq!(stderr(&o), "");
}

#[test]
fn an_error_exits_1() {
    let o = run(&["check", ERROR_FIXTURE, "--color", "never"]);
    assert_eq!(status(&o), 1, "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("E101"), "{}", stdout(&o));
}

#[test]
fn a_missing_path_exits_2_with_one_line() {
    let o = run(&["check", "no/such/plan.pathway"]);
    assert_eq!(status(&o), 2);
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err:?}");
    assert!(
        err.contains("no/such/plan.pathway"),
        "names the path: {err}"
    );
    assert_eq!(stdout(&o), "");
}

#[test]
fn a_directory_without_pathway_files_exits_2() {
    let dir = temp_dir("empty");
    write(&dir.join("notes.txt"), "no plan here\n");
    write(&dir.join(".hidden/plan.pathway"), CLEAN);
    let o = run_in(&dir, &["check", "."]);
    assert_eq!(status(&o), 2, "{}{}", stdout(&o), stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err:?}");
    assert!(err.contains(".pathway"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

// ── JSON output, version 1 ────────────────────────────────────────────────

/// A JSON value that keeps the order of object keys.
#[derive(Debug)]
enum J {
    Null,
    Bool,
    Num(f64),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

impl J {
    fn keys(&self) -> Vec<&str> {
        match self {
            J::Obj(kv) => kv.iter().map(|(k, _)| k.as_str()).collect(),
            other => panic!("not an object: {other:?}"),
        }
    }

    fn get(&self, key: &str) -> &J {
        match self {
            J::Obj(kv) => &kv.iter().find(|(k, _)| k == key).unwrap().1,
            other => panic!("not an object: {other:?}"),
        }
    }

    fn arr(&self) -> &[J] {
        match self {
            J::Arr(a) => a,
            other => panic!("not an array: {other:?}"),
        }
    }

    fn str(&self) -> &str {
        match self {
            J::Str(s) => s,
            other => panic!("not a string: {other:?}"),
        }
    }

    fn is_count(&self) -> bool {
        matches!(self, J::Num(n) if *n >= 0.0 && n.fract() == 0.0)
    }
}

impl<'de> Deserialize<'de> for J {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<J, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = J;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("JSON")
            }
            fn visit_unit<E: de::Error>(self) -> Result<J, E> {
                Ok(J::Null)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<J, E> {
                Ok(J::Bool)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<J, E> {
                Ok(J::Num(v as f64))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<J, E> {
                Ok(J::Num(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<J, E> {
                Ok(J::Num(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<J, E> {
                Ok(J::Str(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<J, A::Error> {
                let mut out = Vec::new();
                while let Some(v) = a.next_element()? {
                    out.push(v);
                }
                Ok(J::Arr(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<J, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = a.next_entry::<String, J>()? {
                    out.push((k, v));
                }
                Ok(J::Obj(out))
            }
        }
        d.deserialize_any(V)
    }
}

const DIAGNOSTIC_KEYS: [&str; 11] = [
    "code",
    "name",
    "severity",
    "message",
    "file",
    "line",
    "column",
    "end_line",
    "end_column",
    "labels",
    "help",
];
const EDIT_KEYS: [&str; 6] = [
    "file",
    "line",
    "column",
    "end_line",
    "end_column",
    "replacement",
];
const LABEL_KEYS: [&str; 6] = [
    "file",
    "line",
    "column",
    "end_line",
    "end_column",
    "message",
];

/// Checks the keys, their order and their types (cli.md, "JSON output").
fn check_json(text: &str) -> J {
    let v: J = serde_json::from_str(text).expect("JSON output parses");
    assert_eq!(v.keys(), ["version", "tool", "diagnostics", "summary"]);
    assert!(matches!(v.get("version"), J::Num(n) if *n == 1.0));
    let tool = v.get("tool");
    assert_eq!(tool.keys(), ["name", "version"]);
    assert_eq!(tool.get("name").str(), "leerlijn");
    assert_eq!(tool.get("version").str(), env!("CARGO_PKG_VERSION"));
    for d in v.get("diagnostics").arr() {
        // `fixes` is an extension of version 1: after every documented key,
        // and only on findings that have fixes (docs/ci.md).
        let keys = d.keys();
        match keys.split_last() {
            Some((&"fixes", documented)) => {
                assert_eq!(documented, DIAGNOSTIC_KEYS);
                assert!(!d.get("fixes").arr().is_empty());
                for f in d.get("fixes").arr() {
                    assert_eq!(f.keys(), ["applicability", "description", "edits"]);
                    assert!(
                        ["machine-applicable", "maybe-incorrect"]
                            .contains(&f.get("applicability").str())
                    );
                    for e in f.get("edits").arr() {
                        assert_eq!(e.keys(), EDIT_KEYS);
                        e.get("file").str();
                        e.get("replacement").str();
                    }
                }
            }
            _ => assert_eq!(keys, DIAGNOSTIC_KEYS),
        }
        for key in ["code", "name", "severity", "message", "file"] {
            d.get(key).str();
        }
        assert!(["error", "warning", "info"].contains(&d.get("severity").str()));
        for key in ["line", "column", "end_line", "end_column"] {
            assert!(d.get(key).is_count(), "{key} is a whole number");
        }
        assert!(matches!(d.get("help"), J::Null | J::Str(_)));
        for l in d.get("labels").arr() {
            assert_eq!(l.keys(), LABEL_KEYS);
            l.get("file").str();
            l.get("message").str();
            for key in ["line", "column", "end_line", "end_column"] {
                assert!(l.get(key).is_count(), "label {key} is a whole number");
            }
        }
    }
    let summary = v.get("summary");
    assert_eq!(
        summary.keys(),
        ["files", "errors", "warnings", "infos", "suppressed"]
    );
    for key in summary.keys() {
        assert!(summary.get(key).is_count(), "summary {key} is a count");
    }
    v
}

#[test]
fn json_output_has_the_documented_keys() {
    let o = run(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/checks/E101_dropped_item.pathway",
        "tests/fixtures/checks/E102_top_level.pathway",
    ]);
    assert_eq!(status(&o), 1);
    let v = check_json(&stdout(&o));
    let diags = v.get("diagnostics").arr();
    // Every finding has help (syntax errors too, since issue 14), and one
    // with labels (E102) is there.
    assert!(
        diags
            .iter()
            .all(|d| matches!(d.get("help"), J::Str(h) if !h.is_empty()))
    );
    assert!(diags.iter().any(|d| !d.get("labels").arr().is_empty()));
    // Labels in the prelude name it as `<std>/FILE.pathway`.
    assert!(
        diags
            .iter()
            .flat_map(|d| d.get("labels").arr())
            .any(|l| l.get("file").str().starts_with("<std>/"))
    );
    let summary = v.get("summary");
    assert!(matches!(summary.get("files"), J::Num(n) if *n == 2.0));
    assert!(matches!(summary.get("errors"), J::Num(n) if *n == diags.len() as f64));

    let clean = run(&["check", "--format", "json", "pathways/examples/rijnmond"]);
    assert_eq!(status(&clean), 0);
    let v = check_json(&stdout(&clean));
    assert!(v.get("diagnostics").arr().is_empty());
    assert!(matches!(v.get("summary").get("files"), J::Num(n) if *n == 4.0));
}

#[test]
fn json_output_is_the_same_on_every_run() {
    // Every fixture at once: many findings, suggestions and labels, so any
    // dependence on hash order would show.
    let args = ["check", "--format", "json", "tests/fixtures/checks"];
    let first = run(&args);
    let second = run(&args);
    assert_eq!(status(&first), 1);
    check_json(&stdout(&first));
    assert!(first.stdout == second.stdout, "two runs differ");
    let example = ["check", "--format", "json", "pathways/examples/rijnmond"];
    assert!(run(&example).stdout == run(&example).stdout);
}

// ── languages ─────────────────────────────────────────────────────────────

#[test]
fn lang_nl_gives_dutch_messages() {
    let en = run(&["check", "--format", "json", ERROR_FIXTURE]);
    let nl = run(&["check", "--format", "json", "--lang", "nl", ERROR_FIXTURE]);
    assert_eq!(status(&nl), 1);
    let message = |o: &Output| {
        let v = check_json(&stdout(o));
        let d = &v.get("diagnostics").arr()[0];
        (
            d.get("message").str().to_string(),
            d.get("help").str().to_string(),
        )
    };
    assert_eq!(message(&en).0, "unknown subject `nsak1`");
    let (msg, help) = message(&nl);
    assert_eq!(msg, "onbekend vak `nsak1`");
    assert_eq!(help, "bedoel je `nask1`?");

    // Without `--lang`, a Dutch LANG chooses Dutch.
    let o = common::command(&crate_dir())
        .args(["check", "--format", "json", ERROR_FIXTURE])
        .env("LANG", "nl_NL.UTF-8")
        .output()
        .unwrap();
    assert_eq!(message(&o).0, "onbekend vak `nsak1`");
}

// ── explain ───────────────────────────────────────────────────────────────

#[test]
fn explain_prints_a_checks_documentation() {
    let o = run(&["explain", "C201"]);
    assert_eq!(status(&o), 0);
    let doc = stdout(&o);
    assert!(doc.starts_with("# C201 inadmissible-transition"), "{doc}");
    assert!(doc.lines().count() > 10, "{doc}");
    // By name too, and the same text.
    let by_name = run(&["explain", "inadmissible-transition"]);
    assert_eq!(stdout(&by_name), doc);
}

#[test]
fn explain_list_lists_every_check() {
    let o = run(&["explain", "--list"]);
    assert_eq!(status(&o), 0);
    let list = stdout(&o);
    let codes: Vec<&str> = list
        .lines()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    // Every check of the registry, in its order, and nothing else.
    let ids: Vec<&str> = leerlijn::codes::REGISTRY.iter().map(|c| c.id()).collect();
    assert_eq!(codes, ids, "{list}");
    for code in [
        "E001", "E107", "C201", "C211", "C212", "D304", "S403", "R501", "R502", "W002", "K601",
        "K602", "V701", "V705",
    ] {
        assert!(codes.contains(&code), "{code} in {list}");
    }
    let line = list.lines().find(|l| l.starts_with("C211")).unwrap();
    assert!(
        line.contains("unreached-offer") && line.contains("info"),
        "{line}"
    );
}

#[test]
fn explain_of_an_unknown_check_exits_2_and_suggests() {
    let o = run(&["explain", "nonsense"]);
    assert_eq!(status(&o), 2);
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.contains("nonsense") && err.contains("--list"), "{err}");

    let o = run(&["explain", "C2O1"]);
    assert_eq!(status(&o), 2);
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(
        err.contains("did you mean") && err.contains("`C201`"),
        "{err}"
    );
}

// ── finding and naming files ──────────────────────────────────────────────

#[test]
fn hidden_entries_are_skipped_and_paths_are_as_given() {
    let dir = temp_dir("walk");
    write(&dir.join("plan/region.pathway"), CLEAN);
    write(
        &dir.join("plan/sub/extra.pathway"),
        "pathway olympia.pie-kb -> zadkine.25830\n",
    );
    // Hidden files and directories are not part of the project.
    write(&dir.join("plan/.drafts/broken.pathway"), "school {\n");
    write(&dir.join("plan/.old.pathway"), "school {\n");
    let o = run_in(&dir, &["check", "--format", "json", "plan"]);
    assert_eq!(status(&o), 1, "{}{}", stdout(&o), stderr(&o));
    let v = check_json(&stdout(&o));
    assert!(matches!(v.get("summary").get("files"), J::Num(n) if *n == 2.0));
    let files: Vec<&str> = v
        .get("diagnostics")
        .arr()
        .iter()
        .map(|d| d.get("file").str())
        .collect();
    assert_eq!(files, ["plan/sub/extra.pathway"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn example_files_are_named_from_the_given_path() {
    // A second `region rijnmond` clashes with the example's: the finding or
    // its label names the example's file as reached from the PATH given.
    let dir = temp_dir("example");
    let extra = dir.join("extra.pathway");
    write(&extra, "region rijnmond { members = [zadkine] }\n");
    let o = run(&[
        "check",
        "--format",
        "json",
        "pathways/examples/rijnmond",
        extra.to_str().unwrap(),
    ]);
    assert_eq!(status(&o), 1);
    let v = check_json(&stdout(&o));
    let mut files: Vec<&str> = Vec::new();
    for d in v.get("diagnostics").arr() {
        files.push(d.get("file").str());
        files.extend(d.get("labels").arr().iter().map(|l| l.get("file").str()));
    }
    assert!(
        files.contains(&"pathways/examples/rijnmond/region.pathway"),
        "{files:?}"
    );
    assert!(files.contains(&extra.to_str().unwrap()), "{files:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A full disk under standard output stops every command with one line
/// and exit 2: CI must never take a truncated report for a passed check,
/// and no command may panic (exit 101) on it.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_under_stdout_is_one_line_and_exit_2() {
    let example = "pathways/examples/rijnmond";
    let runs: [&[&str]; 9] = [
        &["check", example, "--format", "sarif"],
        &["check", example, "--format", "json"],
        &["check", example],
        &["explain", "--list"],
        &["explain", "C201"],
        &["catalogue", "verpleeg"],
        &["graph", example],
        &["report", example, "-o", "-"],
        // Not formatted as `fmt` would: it lists the file.
        &[
            "fmt",
            "--check",
            "tests/fixtures/versions/offer_removed/old",
        ],
    ];
    for args in runs {
        let mut cmd = common::command(&common::crate_dir());
        cmd.args(args)
            .stdout(std::fs::File::create("/dev/full").expect("/dev/full"));
        let out = cmd.output().expect("the leerlijn binary runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(
            stderr.starts_with("error: cannot write to standard output"),
            "{args:?}: {stderr}"
        );
    }
}
