//! Fixes: `check --fix` and `check --diff` through the binary, and fixes in
//! JSON and SARIF. The language server's code actions are in tests/lsp.rs.

mod common;

use std::path::{Path, PathBuf};

use common::{Run, insta_settings, run_in, scratch};

const REGION: &str = "pathways/examples/rijnmond";

/// A copy of the example region in a fresh scratch directory.
fn region_copy(name: &str) -> PathBuf {
    let dir = scratch(name);
    for entry in std::fs::read_dir(common::crate_dir().join(REGION)).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
    }
    dir
}

/// Replaces the first `from` in `file` by `to`; the text must contain it.
fn break_file(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn texts(dir: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pathway"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn json(dir: &Path) -> (i32, serde_json::Value) {
    let r = run_in(dir, &["check", "--format", "json", "."]);
    (r.code, serde_json::from_str(&r.stdout).unwrap())
}

/// The mistakes people make, each with one certainly-right fix.
const MISTAKES: &[(&str, &str, &str)] = &[
    // A crebo with two digits swapped, in an offer's head.
    ("institutions.pathway", "offer 25737 {", "offer 52737 {"),
    // A misspelt field.
    (
        "institutions.pathway",
        "routes = [bol], capacity = 30 }",
        "routes = [bol], capacty = 30 }",
    ),
    // `=>` for `->`.
    (
        "pathways.pathway",
        "pathway maaspoort.pie-kb -> zadkine.25332\n",
        "pathway maaspoort.pie-kb => zadkine.25332\n",
    ),
    // A misspelt school, programme and crebo in pathways.
    (
        "pathways.pathway",
        "pathway waalhaven.mat-kb -> stc.25762",
        "pathway waalhavn.mat-kb -> stc.25762",
    ),
    (
        "pathways.pathway",
        "pathway maaspoort.mobt-kb -> stc.25393",
        "pathway maaspoort.mbot-kb -> stc.25393",
    ),
    (
        "pathways.pathway",
        "stc.25761 -> stc.25762 -> stc.25802",
        "stc.25761 -> stc.27562 -> stc.25802",
    ),
    // Text with spaces, unquoted.
    (
        "pathways.pathway",
        "note = \"vakmanschapsroute elektrotechniek\"",
        "note = vakmanschapsroute elektrotechniek",
    ),
    ("schools.pathway", "\"Hoeksche Waard\"", "Hoeksche Waard"),
    // A name where text is wanted.
    (
        "institutions.pathway",
        "location = \"Rotterdam\", capacity = 40 }",
        "location = Rotterdam, capacity = 40 }",
    ),
];

#[test]
fn fix_restores_the_region() {
    let dir = region_copy("fix-region");
    let original = texts(&dir);
    let (code, want) = json(&dir);
    assert_eq!(code, 0, "the example region checks clean");
    for (file, from, to) in MISTAKES {
        break_file(&dir, file, from, to);
    }
    let (code, broken) = json(&dir);
    assert_eq!(code, 1);
    let codes: Vec<&str> = broken["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    for c in ["E001", "E101", "E104", "E106"] {
        assert!(codes.contains(&c), "{c} among {codes:?}");
    }

    let r = run_in(&dir, &["check", "--fix", "."]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.stderr,
        "fixed `./institutions.pathway`: 3 fix(es) applied\n\
         fixed `./pathways.pathway`: 5 fix(es) applied\n\
         fixed `./schools.pathway`: 1 fix(es) applied\n"
    );
    assert_eq!(texts(&dir), original, "byte for byte the original plan");
    assert_eq!(json(&dir), (0, want));
    // Nothing left to fix: a second run changes nothing and says nothing.
    let again = run_in(&dir, &["check", "--fix", "."]);
    assert_eq!((again.code, again.stderr.as_str()), (0, ""));
}

/// A syntax error that no fix repairs: the file is left exactly as it was,
/// though it also holds a misspelt name that could be fixed; the other
/// file is fixed.
#[test]
fn fix_never_changes_a_file_with_an_unrepairable_syntax_error() {
    let dir = scratch("fix-syntax");
    let broken = "school olympia { programme pie-kb { track = kb, profile = PIEE } }\n\
                  pathway olympia.pie-kb -> zadkine.25263 {\n";
    let other = "institution zadkine { offer 25263 { capacty = 20 } }\n";
    std::fs::write(dir.join("a.pathway"), broken).unwrap();
    std::fs::write(dir.join("b.pathway"), other).unwrap();
    let r = run_in(&dir, &["check", "--fix", "--format", "concise", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("a.pathway")).unwrap(),
        broken
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("b.pathway")).unwrap(),
        "institution zadkine { offer 25263 { capacity = 20 } }\n"
    );
    assert!(
        r.stderr.contains("fixed `./b.pathway`: 1 fix(es) applied"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("not changed: `./a.pathway` still has a syntax error"),
        "{}",
        r.stderr
    );
    // The remaining findings are reported as `check` reports them.
    let a: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.starts_with("./a.pathway:"))
        .collect();
    assert_eq!(a.len(), 2, "{}", r.stdout);
    assert!(a[0].contains("E101") && a[1].contains("E001"), "{a:?}");
    assert!(!r.stdout.contains("E106"), "{}", r.stdout);
}

/// Only certain fixes are applied: with two equally close names, nothing.
#[test]
fn fix_leaves_a_tie_alone() {
    let dir = scratch("fix-tie");
    let plan = "school olympia { programme pie-kb { track = kb, profile = PIE }\n  \
                programme pie-bb { track = bb, profile = PIE } }\n\
                institution zadkine { offer 25263 }\n\
                pathway olympia.pie-gb -> zadkine.25263\n";
    std::fs::write(dir.join("plan.pathway"), plan).unwrap();
    let r = run_in(&dir, &["check", "--fix", "--format", "concise", "."]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stderr, "");
    assert_eq!(
        std::fs::read_to_string(dir.join("plan.pathway")).unwrap(),
        plan
    );
    let (_, v) = json(&dir);
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "E101")
        .unwrap();
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(4), Some(9))
    );
    let fixes = d["fixes"].as_array().unwrap();
    assert_eq!(fixes.len(), 2);
    assert!(
        fixes
            .iter()
            .all(|f| f["applicability"] == "maybe-incorrect")
    );
}

/// Found by review: `capacty = 10, capacity = 60` gave E106 with a
/// certain fix renaming `capacty` to `capacity`. Applied, the offer had
/// `capacity` twice (a new E107) and the first value, 10, counted: `--fix`
/// lowered the plan's places. A rename onto a field the item already has
/// is no fix; the other misspelt offer, without `capacity`, still gets one.
#[test]
fn fix_never_renames_onto_a_field_the_item_has() {
    let dir = scratch("fix-rename-onto");
    let plan = "institution zadkine {\n  offer 25263 { capacty = 10, capacity = 60 }\n  \
                offer 25265 { capacty = 20 }\n}\n";
    std::fs::write(dir.join("plan.pathway"), plan).unwrap();
    let (_, v) = json(&dir);
    let e106: Vec<_> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "E106")
        .map(|d| (d["line"].as_u64().unwrap(), d.get("fixes").is_some()))
        .collect();
    assert_eq!(e106, [(2, false), (3, true)]);
    let r = run_in(&dir, &["check", "--fix", "--format", "concise", "."]);
    assert_eq!(r.stderr, "fixed `./plan.pathway`: 1 fix(es) applied\n");
    assert_eq!(
        std::fs::read_to_string(dir.join("plan.pathway")).unwrap(),
        plan.replace("{ capacty = 20 }", "{ capacity = 20 }")
    );
    let (_, v) = json(&dir);
    let codes: Vec<_> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect();
    assert!(!codes.contains(&"E107".to_string()), "{codes:?}");
}

/// Found by review: with two files to fix and the second read-only,
/// `--fix` wrote the first and then failed: the plan was left half fixed.
/// Every file is checked before any is written.
#[cfg(unix)]
#[test]
fn fix_writes_no_file_when_one_cannot_be_written() {
    let dir = scratch("fix-half");
    let a = "institution zadkine {\n  offer 25263 { capacty = 20 }\n}\n";
    let b = "institution roc {\n  offer 25265 { capacty = 30 }\n}\n";
    std::fs::write(dir.join("a.pathway"), a).unwrap();
    std::fs::write(dir.join("b.pathway"), b).unwrap();
    let mut ro = std::fs::metadata(dir.join("b.pathway"))
        .unwrap()
        .permissions();
    ro.set_readonly(true);
    std::fs::set_permissions(dir.join("b.pathway"), ro).unwrap();
    let r = run_in(&dir, &["check", "--fix", "--format", "concise", "."]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("b.pathway"), "{}", r.stderr);
    assert!(r.stderr.contains("the file is read-only"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(dir.join("a.pathway")).unwrap(), a);
    assert_eq!(std::fs::read_to_string(dir.join("b.pathway")).unwrap(), b);
    // leerlijn's own reason, in the run's language like the rest of the line.
    let r = run_in(
        &dir,
        &["check", "--fix", "--lang", "nl", "--format", "concise", "."],
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "fout: kan `./b.pathway` niet schrijven: het bestand is alleen-lezen\n"
    );
}

const DIFF_PLAN: &str = "school olympia { programme pie-kb { track = kb, profile = PIE } }\n\
institution zadkine {\n  offer 25263 { location = Den Haag }\n  offer 25265 { capacty = 20 }\n}\n\
pathway olympia.pie-kb => zadkine.25263\n\
pathway olympai.pie-kb -> zadkine.25265 { note = \"again\" }\n";

#[test]
fn diff_shows_the_fixes_and_changes_nothing() {
    let dir = scratch("fix-diff");
    std::fs::write(dir.join("plan.pathway"), DIFF_PLAN).unwrap();
    let r: Run = run_in(&dir, &["check", "--diff", "plan.pathway"]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        std::fs::read_to_string(dir.join("plan.pathway")).unwrap(),
        DIFF_PLAN
    );
    assert_eq!(r.stderr, "would fix `plan.pathway`: 4 fix(es)\n");
    insta_settings().bind(|| {
        insta::assert_snapshot!(
            "fix_diff",
            format!(
                "── input: plan.pathway ──\n{DIFF_PLAN}── check --diff ──\n{}",
                r.stdout
            )
        )
    });
    // Applied, the plan has nothing left to fix.
    let fixed = run_in(&dir, &["check", "--fix", "plan.pathway"]);
    assert_eq!(fixed.code, 0, "{fixed:?}");
    let clean = run_in(&dir, &["check", "--diff", "plan.pathway"]);
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""));
}

#[test]
fn json_and_sarif_carry_fixes() {
    let dir = scratch("fix-formats");
    std::fs::write(dir.join("plan.pathway"), DIFF_PLAN).unwrap();
    let r = run_in(&dir, &["check", "--format", "json", "."]);
    // `fixes` comes last, after the documented keys (tests/cli.rs checks
    // the order of every key).
    assert!(r.stdout.contains("\",\n      \"fixes\": ["), "{}", r.stdout);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let e106 = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "E106")
        .unwrap();
    assert_eq!(
        e106["fixes"],
        serde_json::json!([{
            "applicability": "machine-applicable",
            "description": "write `capacity`",
            "edits": [{"file": "./plan.pathway", "line": 4, "column": 17,
                       "end_line": 4, "end_column": 24, "replacement": "capacity"}]
        }])
    );

    let r = run_in(&dir, &["check", "--format", "sarif", "."]);
    let sarif: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let path = common::crate_dir().join("tests/schemas/sarif-2.1.0-rtm.5.json");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    let index = compiler
        .compile(path.to_str().unwrap(), &mut schemas)
        .unwrap();
    if let Err(e) = schemas.validate(&sarif, index) {
        panic!("SARIF with fixes does not validate:\n{e:#}");
    }
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let with_fixes: Vec<&serde_json::Value> = results
        .iter()
        .filter(|r| r.get("fixes").is_some())
        .collect();
    assert_eq!(with_fixes.len(), 4, "{results:#?}");
    let fix = &with_fixes.iter().find(|r| r["ruleId"] == "E106").unwrap()["fixes"][0];
    let change = &fix["artifactChanges"][0];
    assert_eq!(change["artifactLocation"]["uri"], "plan.pathway");
    assert_eq!(
        change["replacements"][0],
        serde_json::json!({
            "deletedRegion": {"startLine": 4, "startColumn": 17, "endLine": 4, "endColumn": 24},
            "insertedContent": {"text": "capacity"}
        })
    );
    // A broken log must fail, or the validation above proves nothing.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]["fixes"] =
        serde_json::json!([{"artifactChanges": [{"replacements": []}]}]);
    assert!(schemas.validate(&broken, index).is_err());
}

/// The prelude and standard input are never written.
#[test]
fn fix_never_writes_stdin_or_the_prelude() {
    let dir = scratch("fix-stdin");
    let mut cmd = common::command(&dir);
    cmd.args(["check", "--fix", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(b"institution zadkine { offer 25263 { capacty = 20 } }\n")
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert!(String::from_utf8_lossy(&out.stdout).contains("E106"));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
}

/// E107: a field written twice with the same value loses the second; with
/// different values only a person can choose, so nothing changes there.
/// (No crebo here has a successor, whose C212 fix would change it too.)
#[test]
fn fix_removes_a_repeated_field_with_the_same_value() {
    let dir = scratch("fix-repeated");
    let plan = "institution zadkine {\n  \
                offer 25263 { capacity = 20, location = \"Rotterdam\", capacity = 20 }\n  \
                offer 25265 {\n    capacity = 20\n    capacity = 20\n  }\n  \
                offer 25262 { capacity = 20, capacity = 30 }\n}\n";
    std::fs::write(dir.join("plan.pathway"), plan).unwrap();
    let r = run_in(
        &dir,
        &["check", "--fix", "--format", "concise", "plan.pathway"],
    );
    assert_eq!(r.stderr, "fixed `plan.pathway`: 2 fix(es) applied\n");
    assert_eq!(
        std::fs::read_to_string(dir.join("plan.pathway")).unwrap(),
        "institution zadkine {\n  \
         offer 25263 { capacity = 20, location = \"Rotterdam\" }\n  \
         offer 25265 {\n    capacity = 20\n  }\n  \
         offer 25262 { capacity = 20, capacity = 30 }\n}\n"
    );
    let e107: Vec<&str> = r.stdout.lines().filter(|l| l.contains("E107")).collect();
    assert_eq!(e107.len(), 1, "{}", r.stdout);
    assert!(e107[0].starts_with("plan.pathway:6:32:"), "{}", e107[0]);
}

/// Fix descriptions follow `--lang`.
#[test]
fn fix_descriptions_in_dutch() {
    let dir = scratch("fix-nl");
    std::fs::write(
        dir.join("plan.pathway"),
        "institution zadkine { offer 25263 { capacty = 20 } }\n",
    )
    .unwrap();
    let r = run_in(&dir, &["check", "--format", "json", "--lang", "nl", "."]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "E106")
        .unwrap();
    assert_eq!(d["fixes"][0]["description"], "schrijf `capacity`");
    let fixed = run_in(&dir, &["check", "--fix", "--lang", "nl", "."]);
    assert_eq!(
        fixed.stderr,
        "`./plan.pathway` verbeterd: 1 correctie toegepast\n"
    );
}

/// The syntax errors with a certain fix: `=>` anywhere in a chain, and
/// unquoted words in a text field up to a comment.
#[test]
fn fix_repairs_arrows_and_unquoted_text() {
    let dir = scratch("fix-syntax-repair");
    let plan = "school olympia { programme pie-kb { track = kb, profile = PIE } }\n\
                institution zadkine {\n  \
                offer 25263 { location = Capelle aan den IJssel # c\n  }\n  \
                offer 25265 { note = \"b\" }\n}\n\
                pathway olympia.pie-kb -> zadkine.25263 => zadkine.25265\n";
    std::fs::write(dir.join("plan.pathway"), plan).unwrap();
    let (code, v) = json(&dir);
    assert_eq!(code, 1);
    let e001: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "E001")
        .collect();
    assert_eq!(e001.len(), 2, "{v:#}");
    let edits: Vec<(u64, u64, &str)> = e001
        .iter()
        .map(|d| {
            let f = &d["fixes"][0];
            assert_eq!(f["applicability"], "machine-applicable");
            let e = &f["edits"][0];
            (
                e["line"].as_u64().unwrap(),
                e["column"].as_u64().unwrap(),
                e["replacement"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        edits,
        [(3, 28, "\"Capelle aan den IJssel\""), (7, 41, "->")]
    );
    let r = run_in(&dir, &["check", "--fix", "."]);
    assert_eq!(r.stderr, "fixed `./plan.pathway`: 2 fix(es) applied\n");
    assert_eq!(
        std::fs::read_to_string(dir.join("plan.pathway")).unwrap(),
        plan.replace("Capelle aan den IJssel", "\"Capelle aan den IJssel\"")
            .replace("=>", "->")
    );
}

/// C212: a plan in three files whose offer of 25480 (Mbo-Verpleegkundige,
/// 2015) is named by crebo in two pathways and by its `as` name in one.
const SUPERSEDED: &[(&str, &str)] = &[
    (
        "institutions.pathway",
        "institution zadkine \"Zadkine\" {\n  \
         offer 25656\n  \
         offer 25480 as mbov { capacity = 20 }\n}\n",
    ),
    (
        "pathways.pathway",
        "pathway olympia.zw-kb -> zadkine.25656 -> zadkine.25480\n\
         pathway olympia.zw-kb -> zadkine.25480 { note = \"doorlopend\" }\n\
         pathway olympia.zw-gl -> zadkine.mbov\n",
    ),
    (
        "schools.pathway",
        "school olympia \"Olympia College\" {\n  \
         programme zw-kb { track = kb, profile = ZW, subjects = [ne, en, bi, wi] }\n  \
         programme zw-gl { track = gl, profile = ZW, subjects = [ne, en, bi, wi] }\n}\n",
    ),
];

fn superseded_plan(name: &str) -> PathBuf {
    let dir = scratch(name);
    for (file, text) in SUPERSEDED {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

/// The codes of a JSON run's findings.
fn codes(v: &serde_json::Value) -> Vec<String> {
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

/// One fix of several files: the crebo in the offer and in each reference
/// by crebo, not the one by `as` name; `--fix` writes both files and the
/// plan then checks clean (no E101 left behind, no E102).
#[test]
fn c212_fix_replaces_the_crebo_in_the_offer_and_its_references() {
    let dir = superseded_plan("fix-c212");
    let (code, v) = json(&dir);
    assert_eq!((code, codes(&v)), (0, vec!["C212".to_string()]), "{v:#}");
    let fixes = v["diagnostics"][0]["fixes"].as_array().unwrap();
    assert_eq!(fixes.len(), 1, "{v:#}");
    assert_eq!(fixes[0]["applicability"], "machine-applicable");
    assert_eq!(
        fixes[0]["description"],
        "replace 25480 with 25655 in the `offer` and in its 2 references"
    );
    let edits: Vec<(&str, u64, u64, u64, &str)> = fixes[0]["edits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["file"].as_str().unwrap(),
                e["line"].as_u64().unwrap(),
                e["column"].as_u64().unwrap(),
                e["end_column"].as_u64().unwrap(),
                e["replacement"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        edits,
        [
            ("./institutions.pathway", 3, 9, 14, "25655"),
            ("./pathways.pathway", 1, 51, 56, "25655"),
            ("./pathways.pathway", 2, 34, 39, "25655"),
        ]
    );

    let r = run_in(&dir, &["check", "--fix", "--format", "concise", "."]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(
        r.stderr,
        "fixed `./institutions.pathway`: 1 fix(es) applied\n\
         fixed `./pathways.pathway`: 1 fix(es) applied\n"
    );
    let mut want: Vec<(String, String)> = SUPERSEDED
        .iter()
        .map(|(f, t)| (f.to_string(), t.replace("25480", "25655")))
        .collect();
    want.sort();
    assert_eq!(texts(&dir), want);
    let (code, v) = json(&dir);
    assert_eq!((code, codes(&v)), (0, Vec::<String>::new()), "{v:#}");
}

/// No fix where the institution offers the successor already (it would be
/// a second offer of it); an unsure one where the offer runs in a plan year
/// before its successor does. `--fix` applies neither.
#[test]
fn c212_fix_is_withheld_or_unsure() {
    let dir = superseded_plan("fix-c212-withheld");
    break_file(
        &dir,
        "institutions.pathway",
        "offer 25656\n",
        "offer 25656\n  offer 25655 as nieuw\n",
    );
    std::fs::write(
        dir.join("later.pathway"),
        "qualification 99010 \"Monteur maatwerk\" { level = 2, sector = techniek-procesindustrie, successor = 99011 }\n\
         qualification 99011 \"Monteur maatwerk 2027\" { level = 2, sector = techniek-procesindustrie, from = 2027 }\n\
         institution stc { offer 99010 { from = 2025, until = 2028 } }\n\
         pathway olympia.zw-kb -> stc.99010 { from = 2025, until = 2028 }\n",
    )
    .unwrap();
    let (_, v) = json(&dir);
    let c212: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "C212")
        .collect();
    assert_eq!(c212.len(), 2, "{v:#}");
    let by_file = |f: &str| {
        c212.iter()
            .find(|d| d["file"] == f)
            .unwrap_or_else(|| panic!("no C212 in {f}: {v:#}"))
    };
    assert!(by_file("./institutions.pathway").get("fixes").is_none());
    let unsure = &by_file("./later.pathway")["fixes"];
    assert_eq!(unsure.as_array().unwrap().len(), 1, "{v:#}");
    assert_eq!(unsure[0]["applicability"], "maybe-incorrect");
    let before = texts(&dir);
    let r = run_in(&dir, &["check", "--fix", "--format", "concise", "."]);
    assert_eq!(r.stderr, "");
    assert_eq!(texts(&dir), before);
}
