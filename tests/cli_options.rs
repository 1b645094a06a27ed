//! The command line users of ruff, cargo-deny and eslint expect, run
//! through the real binary: `--statistics`, `-q`, `--exit-zero`,
//! `--select`/`--ignore`/`--level`, `--format concise`, `-` for standard
//! input, one year for `--years`, language names in any case, shell
//! completions, `report -o -`, `graph` on a plan with errors and
//! `--format svg`, `catalogue --list` and its search over dossiers and
//! sectors, a folder that holds the prelude's own files, and exit-2
//! errors in Dutch.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::{Run, command, crate_dir, insta_settings, run, run_cmd, run_in, scratch};

const MIXED: &str = "tests/fixtures/ci/mixed";
const SHOWCASE: &str = "pathways/examples/showcase";
const RIJNMOND: &str = "pathways/examples/rijnmond";

/// `(code, severity, file, line, column)` of each finding, from `--format json`.
fn findings(args: &[&str]) -> Vec<(String, String, String, u64, u64)> {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let r = run(&all);
    assert!(r.code == 0 || r.code == 1, "{r:?}");
    json_findings(&r.stdout)
}

fn json_findings(text: &str) -> Vec<(String, String, String, u64, u64)> {
    let v: serde_json::Value = serde_json::from_str(text).expect("JSON output");
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn codes(f: &[(String, String, String, u64, u64)]) -> Vec<&str> {
    f.iter().map(|d| d.0.as_str()).collect()
}

/// The `.pathway` files of a directory, numbered, as the other snapshots
/// show their input.
fn inputs(dir: &str) -> String {
    let mut paths: Vec<_> = std::fs::read_dir(crate_dir().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pathway"))
        .collect();
    paths.sort();
    let mut out = String::new();
    for p in paths {
        let name = p.file_name().unwrap().to_string_lossy();
        out.push_str(&format!("── input: {dir}/{name} ──\n"));
        for (i, line) in std::fs::read_to_string(&p).unwrap().lines().enumerate() {
            out.push_str(&format!("{:>3} │ {line}\n", i + 1));
        }
    }
    out
}

fn snapshot(name: &str, text: &str) {
    insta_settings().bind(|| insta::assert_snapshot!(name, text));
}

/// `leerlijn ARGS` with `input` on standard input.
fn run_stdin(args: &[&str], input: &[u8]) -> Run {
    let mut cmd = command(&crate_dir());
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap(),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

// ── --statistics, -q, --exit-zero ────────────────────────────────────────

#[test]
fn statistics_count_each_check() {
    let r = run(&["check", SHOWCASE, "--statistics"]);
    assert_eq!(r.code, 1, "{r:?}");
    snapshot("cli_statistics_showcase", &r.stdout);
    // The counts agree with the findings themselves.
    let all = findings(&[SHOWCASE]);
    let r = run(&["check", SHOWCASE, "--statistics", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    let total: u64 = rows.iter().map(|r| r["count"].as_u64().unwrap()).sum();
    assert_eq!(total as usize, all.len());
    for row in rows {
        let n = all
            .iter()
            .filter(|d| d.0 == row["code"] && d.1 == row["level"])
            .count();
        assert_eq!(row["count"].as_u64().unwrap() as usize, n, "{row}");
    }
    // Most frequent first.
    let counts: Vec<u64> = rows.iter().map(|r| r["count"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    assert_eq!(rows[0]["code"], "C203");
    assert_eq!(rows[0]["count"], 2);
    // A format with no place for a table is refused.
    let r = run(&["check", SHOWCASE, "--statistics", "--format", "sarif"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--statistics"), "{}", r.stderr);
}

#[test]
fn quiet_prints_only_the_findings() {
    let loud = run(&["check", MIXED, "--color", "never"]);
    let quiet = run(&["check", MIXED, "--color", "never", "-q"]);
    assert_eq!((loud.code, quiet.code), (1, 1));
    let summary = "1 error, 1 warning, 1 info in 4 files\n";
    assert!(loud.stdout.ends_with(summary), "{}", loud.stdout);
    assert_eq!(quiet.stdout, loud.stdout.strip_suffix(summary).unwrap());
    assert!(quiet.stdout.contains("E101"));
    let concise = run(&["check", MIXED, "--format", "concise", "--quiet"]);
    assert_eq!(concise.stdout.lines().count(), 3, "{}", concise.stdout);
    // A clean run under -q prints nothing at all.
    let clean = run(&["check", RIJNMOND, "-q"]);
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""));
    // Errors that stop the run still go to stderr.
    let missing = run(&["check", "no/such/dir", "-q"]);
    assert_eq!(missing.code, 2);
    assert_eq!(missing.stderr, "error: path `no/such/dir` does not exist\n");
}

#[test]
fn exit_zero_exits_0_with_errors_but_2_stays_2() {
    assert_eq!(run(&["check", SHOWCASE]).code, 1);
    let r = run(&["check", SHOWCASE, "--exit-zero", "--format", "concise"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("[error]"), "{}", r.stdout);
    let r = run(&["check", SHOWCASE, "--exit-zero", "--deny", "warnings"]);
    assert_eq!(r.code, 0);
    assert_eq!(run(&["check", "no/such/dir", "--exit-zero"]).code, 2);
}

// ── --select, --ignore, --level ──────────────────────────────────────────

#[test]
fn select_runs_only_the_named_checks_and_keeps_e_codes() {
    let all = findings(&[SHOWCASE]);
    let some = findings(&[SHOWCASE, "--select", "C203,unreached-offer"]);
    assert_eq!(codes(&some), ["C211", "C203", "C203"]);
    let expected: Vec<_> = all
        .iter()
        .filter(|d| d.0 == "C203" || d.0 == "C211")
        .cloned()
        .collect();
    assert_eq!(some, expected);
    // E codes cannot be left out: they are reported whatever is selected.
    let mixed = findings(&[MIXED, "--select", "C211"]);
    assert_eq!(codes(&mixed), ["E101", "C211"]);
}

#[test]
fn ignore_leaves_checks_out_but_not_e_codes() {
    let all = findings(&[SHOWCASE]);
    let some = findings(&[SHOWCASE, "--ignore", "C203", "--ignore", "d301,D302"]);
    let expected: Vec<_> = all
        .iter()
        .filter(|d| !["C203", "D301", "D302"].contains(&d.0.as_str()))
        .cloned()
        .collect();
    assert_eq!(some, expected);
    assert!(some.len() + 4 == all.len());
    let r = run(&["check", MIXED, "--ignore", "E101"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: E101 unknown-reference is always an error and cannot be ignored; fix the file instead\n"
    );
    let r = run(&["check", MIXED, "--select", "unreached-ofer"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("did you mean `unreached-offer`?"),
        "{}",
        r.stderr
    );
}

#[test]
fn level_sets_a_checks_level_over_the_config() {
    // The config makes D301 a warning; --level makes it an error again.
    let base = findings(&[MIXED]);
    assert_eq!(base[1].0, "D301");
    assert_eq!(base[1].1, "warning");
    let r = findings(&[
        MIXED,
        "--level",
        "D301=error",
        "--level",
        "unreached-offer=warning",
    ]);
    assert_eq!(r[1].1, "error");
    assert_eq!((r[2].0.as_str(), r[2].1.as_str()), ("C211", "warning"));
    let r = findings(&[MIXED, "--level", "C211=allow"]);
    assert_eq!(codes(&r), ["E101", "D301"]);
    // Validated as `[levels]` is.
    let r = run(&["check", MIXED, "--level", "E101=warning"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("E101 unknown-reference is always an error"),
        "{}",
        r.stderr
    );
    let r = run(&["check", MIXED, "--level", "C211=eror"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("did you mean `error`?"), "{}", r.stderr);
    let r = run(&["check", MIXED, "--level", "C211"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("CODE=LEVEL"), "{}", r.stderr);
}

// ── --format concise ─────────────────────────────────────────────────────

#[test]
fn concise_is_one_line_per_finding() {
    let r = run(&["check", MIXED, "--format", "concise"]);
    assert_eq!(r.code, 1);
    snapshot(
        "cli_concise_mixed",
        &format!("{}── output ──\n{}", inputs(MIXED), r.stdout),
    );
    let lines: Vec<&str> = r.stdout.lines().collect();
    let all = findings(&[MIXED]);
    assert_eq!(lines.len(), all.len() + 1, "findings, then the summary");
    for (line, (code, level, file, l, c)) in lines.iter().zip(&all) {
        let prefix = format!("{file}:{l}:{c}: {code} [{level}] ");
        assert!(line.starts_with(&prefix), "{line} / {prefix}");
    }
    let nl = run(&["check", MIXED, "--format", "concise", "--lang", "nl", "-q"]);
    assert!(
        nl.stdout.contains("E101 [error] onbekend vak `nsak1`"),
        "{}",
        nl.stdout
    );
}

// ── standard input ───────────────────────────────────────────────────────

#[test]
fn dash_reads_standard_input_as_stdin() {
    let path = format!("{MIXED}/a-schools.pathway");
    let text = std::fs::read(crate_dir().join(&path)).unwrap();
    let from_file = run(&["check", &path, "--format", "json"]);
    let from_stdin = run_stdin(&["check", "-", "--format", "json"], &text);
    assert_eq!(from_stdin.code, from_file.code);
    let (a, b) = (
        json_findings(&from_file.stdout),
        json_findings(&from_stdin.stdout),
    );
    assert_eq!(b.len(), a.len());
    assert!(!b.is_empty());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!((&x.0, x.3, x.4), (&y.0, y.3, y.4));
        assert_eq!(y.2, "<stdin>");
    }
    let concise = run_stdin(&["check", "-", "--format", "concise", "-q"], &text);
    assert!(
        concise
            .stdout
            .lines()
            .any(|l| l.starts_with("<stdin>:3:73: E101 [error] ")),
        "{}",
        concise.stdout
    );
    // Beside files: standard input is one more file.
    let r = run_stdin(
        &["check", RIJNMOND, "-", "-q", "--format", "concise"],
        b"# nothing\n",
    );
    assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{r:?}");
    let r = run_stdin(
        &["check", RIJNMOND, "-", "--format", "json"],
        b"# nothing\n",
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 5);
    let twice = run_stdin(&["check", "-", "-"], b"");
    assert_eq!(twice.code, 2);
    assert_eq!(
        twice.stderr,
        "error: `-` (standard input) can be given only once\n"
    );
    // Invalid UTF-8 on standard input is a finding like in a file.
    let bad = run_stdin(
        &["check", "-", "--format", "concise", "-q"],
        b"school a \xff\n",
    );
    assert_eq!(bad.code, 1);
    assert!(
        bad.stdout.starts_with("<stdin>:1:10: E003"),
        "{}",
        bad.stdout
    );
}

// ── years and language names ─────────────────────────────────────────────

#[test]
fn one_year_is_a_range_of_one() {
    let one = run(&["check", SHOWCASE, "--years", "2026", "--format", "json"]);
    let range = run(&[
        "check",
        SHOWCASE,
        "--years",
        "2026..2026",
        "--format",
        "json",
    ]);
    assert_eq!((one.code, &one.stdout), (range.code, &range.stdout));
    let wider = run(&[
        "check",
        SHOWCASE,
        "--years",
        "2025..2030",
        "--format",
        "json",
    ]);
    assert_ne!(one.stdout, wider.stdout, "--years is read");
    let bad = run(&["check", SHOWCASE, "--years", "20x6"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("`20x6` is not a year or a range like 2025..2030"),
        "{}",
        bad.stderr
    );
    // The config takes one year the same way, and `graph` too.
    let dir = scratch("cli_one_year");
    std::fs::write(
        dir.join("leerlijn.toml"),
        "years = \"2026\"\nlang = \"NL\"\n",
    )
    .unwrap();
    for f in [
        "schools.pathway",
        "institutions.pathway",
        "pathways.pathway",
    ] {
        std::fs::copy(crate_dir().join(SHOWCASE).join(f), dir.join(f)).unwrap();
    }
    let cfg = run_in(&dir, &["check", ".", "--format", "json"]);
    let flag = run_in(&dir, &["check", ".", "--format", "json", "--years", "2026"]);
    assert_eq!(cfg.stdout, flag.stdout);
    let dutch = run_in(&dir, &["check", ".", "-q", "--format", "concise"]);
    assert!(
        dutch.stdout.contains(" biedt crebo "),
        "lang = \"NL\" is Dutch: {}",
        dutch.stdout
    );
    assert_eq!(run_in(&dir, &["graph", ".", "--years", "2026"]).code, 0);
}

#[test]
fn language_names_in_any_case() {
    let nl = run(&["check", MIXED, "--lang", "NL", "-q", "--format", "concise"]);
    assert!(nl.stdout.contains("onbekend vak"), "{}", nl.stdout);
    let en = run(&["check", MIXED, "--lang", "En", "-q", "--format", "concise"]);
    assert!(en.stdout.contains("unknown subject"), "{}", en.stdout);
    let explain = run(&["explain", "C201", "--lang", "NL"]);
    assert_eq!(explain.code, 0);
    assert_eq!(
        explain.stdout,
        run(&["explain", "C201", "--lang", "nl"]).stdout
    );
}

// ── completions ──────────────────────────────────────────────────────────

#[test]
fn completions_for_every_shell() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef leerlijn"),
        ("fish", "complete -c leerlijn"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[leerlijn]"),
    ] {
        let r = run(&["completions", shell]);
        assert_eq!(r.code, 0, "{shell}: {r:?}");
        assert!(r.stdout.contains(marker), "{shell}");
        assert!(
            r.stdout.contains("statistics"),
            "{shell} completes check's options"
        );
        assert!(
            r.stdout.contains("catalogue"),
            "{shell} completes the commands"
        );
    }
    let r = run(&["completions", "tcsh"]);
    assert_eq!(r.code, 2);
}

// ── report -o -, graph ───────────────────────────────────────────────────

#[test]
fn report_to_standard_output() {
    let dir = scratch("cli_report_stdout");
    let src = crate_dir().join(RIJNMOND);
    let r = run_in(&dir, &["report", src.to_str().unwrap(), "-o", "-"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.starts_with("<!DOCTYPE html>"));
    assert!(r.stdout.trim_end().ends_with("</html>"));
    assert!(!dir.join("-").exists(), "no file named `-`");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
}

/// A copy of the example region with a syntax error in one file.
fn broken_region(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    for f in [
        "schools.pathway",
        "institutions.pathway",
        "pathways.pathway",
        "region.pathway",
    ] {
        std::fs::copy(crate_dir().join(RIJNMOND).join(f), dir.join(f)).unwrap();
    }
    let path = dir.join("pathways.pathway");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replacen(
        "pathway maaspoort.pie-kb -> ",
        "pathway maaspoort.pie-kb => ",
        1,
    );
    assert_ne!(broken, text);
    std::fs::write(&path, broken).unwrap();
    dir
}

#[test]
fn graph_of_a_plan_with_errors_exits_1_and_says_so() {
    let dir = broken_region("cli_graph_errors");
    let errors = json_findings(&run_in(&dir, &["check", ".", "--format", "json"]).stdout)
        .iter()
        .filter(|d| d.0.starts_with('E'))
        .count();
    assert!(errors > 0);
    let r = run_in(&dir, &["graph", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout.starts_with("// leerlijn transition graph"),
        "still drawn"
    );
    let plural = if errors == 1 { "" } else { "s" };
    assert_eq!(
        r.stderr,
        format!(
            "warning: the plan has {errors} error{plural} (E codes); the graph leaves out what they make unreadable — `leerlijn check` shows them\n"
        )
    );
    let nl = {
        let mut cmd = command(&dir);
        cmd.env("LANG", "nl_NL.UTF-8").args(["graph", "."]);
        run_cmd(cmd)
    };
    assert_eq!(nl.code, 1);
    assert!(
        nl.stderr.starts_with("waarschuwing: het plan heeft "),
        "{}",
        nl.stderr
    );
    // A plan without E codes (C findings only) draws and exits 0.
    assert_eq!(run(&["graph", SHOWCASE]).code, 0);
}

#[test]
fn graph_svg_is_the_reports_drawing() {
    let r = run(&["graph", RIJNMOND, "--format", "svg"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout
            .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")
    );
    // Well-formed XML with an svg root.
    let mut reader = quick_xml::Reader::from_str(&r.stdout);
    let mut depth = 0i32;
    let mut root = None;
    loop {
        match reader.read_event().expect("well-formed SVG") {
            quick_xml::events::Event::Start(e) => {
                if root.is_none() {
                    root = Some(String::from_utf8(e.name().as_ref().to_vec()).unwrap());
                }
                depth += 1;
            }
            quick_xml::events::Event::End(_) => depth -= 1,
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!((root.as_deref(), depth), (Some("svg"), 0));
    // The same drawing as in the HTML report, byte for byte.
    let page = run(&["report", RIJNMOND, "-o", "-"]).stdout;
    let drawing = r
        .stdout
        .trim_end()
        .replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
    assert!(
        page.contains(&drawing),
        "graph --format svg draws what report draws"
    );
    // Names come from the catalogue (25655 Mbo-Verpleegkundige, Albeda).
    assert!(r.stdout.contains("Mbo-Verpleegkundige"));
    // `--lang` words the drawing as it words the report.
    for (lang, places) in [("nl", ">20 plaatsen<"), ("en", ">20 places<")] {
        let r = run(&["graph", RIJNMOND, "--format", "svg", "--lang", lang]);
        assert_eq!(r.code, 0, "{r:?}");
        assert!(r.stdout.contains(places), "--lang {lang}");
        let page = run(&["report", RIJNMOND, "-o", "-", "--lang", lang]).stdout;
        let drawing = r
            .stdout
            .trim_end()
            .replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
        assert!(page.contains(&drawing), "--lang {lang}");
    }
}

#[test]
fn graph_svg_stacks_several_regions() {
    let r = run(&["graph", "tests/fixtures/report", "--format", "svg"]);
    assert!(r.code == 0 || r.code == 1, "{r:?}");
    let drawings = r.stdout.matches("<svg").count();
    let page = run(&["report", "tests/fixtures/report", "-o", "-"]).stdout;
    // The region's overview, not the pictures per demanded sector.
    let figures = page.matches("<figure class=\"overview").count();
    assert_eq!(
        drawings,
        figures + usize::from(figures > 1),
        "one per region, in one outer svg"
    );
}

// ── catalogue ────────────────────────────────────────────────────────────

#[test]
fn catalogue_lists_the_preludes_items() {
    let r = run(&["catalogue", "--list", "tracks"]);
    assert_eq!(r.code, 0);
    snapshot("cli_catalogue_list_tracks", &r.stdout);
    let model = leerlijn::commands::catalogue::prelude_model();
    for (kind, n) in [
        ("sectors", model.sectors.len()),
        ("profiles", model.profiles.len()),
        ("subjects", model.subjects.len()),
        ("tracks", model.tracks.len()),
    ] {
        let r = run(&["catalogue", "--list", kind, "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        assert_eq!(v.as_array().unwrap().len(), n, "{kind}");
        assert!(n > 0);
    }
    let r = run(&["catalogue", "--list", "sectors", "zorg", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"zorg-welzijn") && ids.contains(&"zorg"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"ict"));
    let r = run(&["catalogue", "--list", "profiles", "--lang", "nl"]);
    let header: Vec<&str> = r
        .stdout
        .lines()
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(header, ["id", "titel"], "{}", r.stdout);
    assert_eq!(run(&["catalogue", "--list", "subjects", "zzzz"]).code, 1);
}

#[test]
fn catalogue_search_matches_dossiers_and_sectors() {
    let r = run(&["catalogue", "metaal", "--format", "json"]);
    assert_eq!(r.code, 0);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let crebos: Vec<u64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["crebo"].as_u64().unwrap())
        .collect();
    // Every qualification of the dossier Metaalbewerken (23118), found by
    // its dossier's name, and those with "metaal" in their own name.
    let of_dossier: Vec<u64> = (25286..=25295).collect();
    assert!(of_dossier.iter().all(|c| crebos.contains(c)), "{crebos:?}");
    for hit in v.as_array().unwrap() {
        let crebo = hit["crebo"].as_u64().unwrap();
        let name = hit["name"].as_str().unwrap().to_lowercase();
        assert!(
            of_dossier.contains(&crebo) || name.contains("metaal"),
            "{crebo} {name}"
        );
    }
    // A sector's ID narrows like a word of the name.
    let r = run(&["catalogue", "ict", "--level", "4", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let hits = v.as_array().unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(
        |h| h["sector"] == "ict" || h["name"].as_str().unwrap().to_lowercase().contains("ict")
    ));
    let r = run(&["catalogue", "--sector", "zorgwelzijn", "--lang", "nl"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "fout: onbekende sector `zorgwelzijn`; bedoel je `zorg-welzijn`?\n"
    );
}

// ── the prelude's own files ──────────────────────────────────────────────

#[test]
fn a_folder_with_the_preludes_files_does_not_double_it() {
    // From the repository: `pathways/` holds `pathways/std/`.
    let r = run(&["check", "pathways", "--format", "json"]);
    let all = json_findings(&r.stdout);
    assert!(all.iter().all(|d| d.0 != "E102"), "{all:?}");
    assert!(all.iter().all(|d| !d.2.starts_with("pathways/std/")));
    // A region beside a copy of the prelude checks as the region alone.
    let dir = scratch("cli_prelude_copy");
    std::fs::create_dir(dir.join("std")).unwrap();
    for (name, text) in leerlijn::prelude::FILES {
        std::fs::write(dir.join("std").join(name), text).unwrap();
    }
    for f in [
        "schools.pathway",
        "institutions.pathway",
        "pathways.pathway",
        "region.pathway",
    ] {
        std::fs::copy(crate_dir().join(RIJNMOND).join(f), dir.join(f)).unwrap();
    }
    let alone = run(&["check", RIJNMOND, "--format", "json"]);
    let with_copy = run_in(&dir, &["check", ".", "--format", "json"]);
    assert_eq!(with_copy.code, 0, "{}", with_copy.stdout);
    let v: serde_json::Value = serde_json::from_str(&with_copy.stdout).unwrap();
    let w: serde_json::Value = serde_json::from_str(&alone.stdout).unwrap();
    assert_eq!(v["summary"], w["summary"]);
    // An edited copy is a file of its own: its items are defined twice.
    let tracks = dir.join("std/tracks.pathway");
    let mut text = std::fs::read_to_string(&tracks).unwrap();
    text.push_str("\n# edited\n");
    std::fs::write(&tracks, text).unwrap();
    let edited = json_findings(&run_in(&dir, &["check", ".", "--format", "json"]).stdout);
    assert!(
        edited
            .iter()
            .any(|d| d.0 == "E102" && d.2.ends_with("std/tracks.pathway"))
    );
    // Without the prelude (`--no-std`), the copy is the prelude.
    let dir2 = scratch("cli_prelude_copy_nostd");
    for (name, text) in leerlijn::prelude::FILES {
        std::fs::write(dir2.join(name), text).unwrap();
    }
    let r = run_in(&dir2, &["check", ".", "--no-std", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["summary"]["files"], leerlijn::prelude::FILES.len());
    assert_eq!(v["summary"]["errors"], 0, "{}", r.stdout);
}

// ── exit-2 errors in Dutch ───────────────────────────────────────────────

#[test]
fn exit_2_errors_in_dutch() {
    let r = run(&["check", "geen/map", "--lang", "nl"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "fout: pad `geen/map` bestaat niet\n");
    let mut cmd = command(&crate_dir());
    cmd.env("LANG", "nl_NL.UTF-8").args(["check", "geen/map"]);
    assert_eq!(run_cmd(cmd).stderr, "fout: pad `geen/map` bestaat niet\n");
    let r = run(&["check", MIXED, "--lang", "nl", "--config", "geen.toml"]);
    assert_eq!(
        r.stderr,
        "fout: geen.toml: het configuratiebestand bestaat niet\n"
    );
    let r = run(&["check", MIXED, "--lang", "nl", "--ignore", "E101"]);
    assert!(
        r.stderr
            .starts_with("fout: E101 unknown-reference is altijd een fout"),
        "{}",
        r.stderr
    );
    let r = run(&["explain", "C2O1", "--lang", "nl"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("fout: onbekende controle `C2O1`; bedoel je `C201`"),
        "{}",
        r.stderr
    );
    let r = run(&["report", "geen/map", "-o", "-", "--lang", "nl"]);
    assert_eq!(
        (r.code, r.stderr.as_str()),
        (2, "fout: pad `geen/map` bestaat niet\n")
    );
    let dir = scratch("cli_nl_empty");
    let r = run_in(&dir, &["check", ".", "--lang", "nl"]);
    assert_eq!(r.stderr, "fout: geen `.pathway`-bestand gevonden in `.`\n");
}
