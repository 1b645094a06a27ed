//! The command line in CI: the exit-code matrix, config files (discovery,
//! levels by code and by name, every kind of bad config), colour and which
//! stream gets what. Runs the real binary on tests/fixtures/ci/.

mod common;

use common::{insta_settings, run};

const CLEAN: &str = "tests/fixtures/ci/clean";
/// One D301 duplicate-offer: an error by default.
const DUP: &str = "tests/fixtures/ci/dup";
/// One C207 dead-end-programme: a warning by default.
const WARN: &str = "tests/fixtures/ci/warn";

fn config(name: &str) -> String {
    format!("tests/fixtures/ci/configs/{name}.toml")
}

fn json(stdout: &str) -> serde_json::Value {
    serde_json::from_str(stdout).expect("JSON output parses")
}

fn severities(stdout: &str) -> Vec<String> {
    json(stdout)["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d["code"].as_str().unwrap(),
                d["severity"].as_str().unwrap()
            )
        })
        .collect()
}

// ── the exit-code matrix ────────────────────────────────────────────────

#[test]
fn clean_exits_0() {
    let r = run(&["check", CLEAN]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.stdout, "0 errors, 0 warnings in 1 file\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn warnings_exit_0() {
    let r = run(&["check", WARN]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout.ends_with("0 errors, 1 warning in 1 file\n"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stderr, "");
    // An error levelled down to a warning, likewise.
    let r = run(&["check", DUP, "--config", &config("d301-warning")]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout.ends_with("0 errors, 1 warning in 1 file\n"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stderr, "");
}

#[test]
fn warnings_with_deny_warnings_exit_1() {
    let r = run(&[
        "check",
        DUP,
        "--config",
        &config("d301-warning"),
        "--deny",
        "warnings",
    ]);
    assert_eq!(r.code, 1, "{r:?}");
    // One sink decides the level: a denied warning is reported as an error.
    assert!(
        r.stdout.ends_with("1 error, 0 warnings in 1 file\n"),
        "{}",
        r.stdout
    );
    let r = run(&[
        "check",
        DUP,
        "--config",
        &config("d301-warning"),
        "--deny",
        "warnings",
        "--format",
        "json",
    ]);
    assert_eq!(severities(&r.stdout), ["D301 error"]);
    // The config's `deny-warnings = true` does the same.
    let r = run(&["check", DUP, "--config", &config("deny-warnings")]);
    assert_eq!(r.code, 1, "{r:?}");
}

#[test]
fn deny_warnings_leaves_infos_alone() {
    let r = run(&[
        "check",
        DUP,
        "--config",
        &config("by-name-info"),
        "--deny",
        "warnings",
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout
            .ends_with("0 errors, 0 warnings, 1 info in 1 file\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn errors_exit_1() {
    let r = run(&["check", DUP]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(
        r.stdout.ends_with("1 error, 0 warnings in 1 file\n"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stderr, "");
}

#[test]
fn bad_config_exits_2() {
    let r = run(&["check", CLEAN, "--config", &config("unknown-key")]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stdout, "");
    assert!(
        r.stderr
            .contains("tests/fixtures/ci/configs/unknown-key.toml:3:1: key `lnag`: unknown key"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("did you mean `lang`?"), "{}", r.stderr);
}

#[test]
fn a_config_that_is_a_folder_is_not_missing() {
    let r = run(&["check", CLEAN, "--config", "tests/fixtures/ci/configs"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "error: tests/fixtures/ci/configs: the config file is not a regular file (a folder, a device or a pipe); name a `leerlijn.toml` file\n"
    );
}

#[test]
fn missing_path_exits_2() {
    let r = run(&["check", "tests/fixtures/ci/no-such-dir"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "error: path `tests/fixtures/ci/no-such-dir` does not exist\n"
    );
}

#[test]
fn other_reasons_for_2() {
    // No `.pathway` file.
    let r = run(&["check", "tests/fixtures/ci/empty"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    // A bad argument (clap).
    let r = run(&["check", CLEAN, "--format", "xml"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stdout, "");
    // `--config` naming nothing.
    let r = run(&[
        "check",
        CLEAN,
        "--config",
        "tests/fixtures/ci/configs/nope.toml",
    ]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "error: tests/fixtures/ci/configs/nope.toml: the config file does not exist\n"
    );
    // A baseline that is missing, or is not a baseline.
    let r = run(&["check", CLEAN, "--baseline", "tests/fixtures/ci/nope.json"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    let r = run(&["check", CLEAN, "--baseline", &config("d301-warning")]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.starts_with("error: baseline `"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

// ── levels ──────────────────────────────────────────────────────────────

#[test]
fn level_override_by_code() {
    let r = run(&[
        "check",
        DUP,
        "--format",
        "json",
        "--config",
        &config("d301-warning"),
    ]);
    assert_eq!(severities(&r.stdout), ["D301 warning"]);
}

#[test]
fn level_override_by_name() {
    let r = run(&[
        "check",
        DUP,
        "--format",
        "json",
        "--config",
        &config("by-name-info"),
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(severities(&r.stdout), ["D301 info"]);
}

#[test]
fn allow_removes_and_counts() {
    let r = run(&[
        "check",
        DUP,
        "--format",
        "json",
        "--config",
        &config("d301-allow"),
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    let v = json(&r.stdout);
    assert_eq!(v["diagnostics"], serde_json::json!([]));
    assert_eq!(v["summary"]["suppressed"], 1);
    let r = run(&["check", DUP, "--config", &config("d301-allow")]);
    assert_eq!(r.stdout, "0 errors, 0 warnings in 1 file (1 suppressed)\n");
}

#[test]
fn config_is_found_from_the_first_path() {
    // From a directory two levels below the config: the nearest parent's
    // leerlijn.toml levels D301 down to a warning.
    let dir = "tests/fixtures/ci/nested/plans/rijnmond";
    let r = run(&["check", dir, "--format", "json"]);
    assert_eq!(severities(&r.stdout), ["D301 warning"]);
    // From a file: its directory is where the search starts.
    let file = "tests/fixtures/ci/nested/plans/rijnmond/plan.pathway";
    let r = run(&["check", file, "--format", "json"]);
    assert_eq!(severities(&r.stdout), ["D301 warning"]);
    // From the directory itself, with the plan's own directory as cwd.
    let r = common::run_in(
        &common::crate_dir().join(dir),
        &["check", "--format", "json"],
    );
    assert_eq!(severities(&r.stdout), ["D301 warning"]);
    // `--config` overrides what would be found.
    let r = run(&[
        "check",
        dir,
        "--format",
        "json",
        "--config",
        &config("by-name-info"),
    ]);
    assert_eq!(severities(&r.stdout), ["D301 info"]);
}

#[test]
fn config_lang_and_its_override() {
    let r = run(&["check", DUP, "--config", &config("nl-warning")]);
    assert!(
        r.stdout
            .ends_with("0 fouten, 1 waarschuwing in 1 bestand\n"),
        "{}",
        r.stdout
    );
    let r = run(&[
        "check",
        DUP,
        "--config",
        &config("nl-warning"),
        "--lang",
        "en",
    ]);
    assert!(
        r.stdout.ends_with("0 errors, 1 warning in 1 file\n"),
        "{}",
        r.stdout
    );
}

/// `min-cohort` sets K602's minimum: 10 leavers are too few for the
/// default 12, enough for 8.
#[test]
fn min_cohort_from_the_config() {
    const COHORT: &str = "tests/fixtures/ci/cohort";
    let r = run(&["check", COHORT, "--format", "json"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(severities(&r.stdout), ["K602 info"]);
    let d = &json(&r.stdout)["diagnostics"][0];
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(7), Some(9))
    );
    let r = run(&[
        "check",
        COHORT,
        "--format",
        "json",
        "--config",
        &config("min-cohort-8"),
    ]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(severities(&r.stdout).is_empty(), "{}", r.stdout);
}

/// Every kind of bad config: one located message on stderr (miette's
/// report of the config's source), exit 2, nothing on stdout.
#[test]
fn bad_configs() {
    let settings = insta_settings();
    for name in [
        "unknown-key",
        "unknown-check",
        "bad-level",
        "e-code-level",
        "bad-type",
        "bad-years",
        "bad-min-cohort",
        "duplicate-key",
    ] {
        let path = config(name);
        let r = run(&["check", CLEAN, "--config", &path, "--color", "never"]);
        assert_eq!(r.code, 2, "{name}: {r:?}");
        assert_eq!(r.stdout, "", "{name}");
        // cli.md: exit 2 "with one clear line on stderr".
        assert_eq!(r.stderr.lines().count(), 1, "{name}: {}", r.stderr);
        let headline = r.stderr.lines().next().unwrap_or_default();
        assert!(
            headline.starts_with(&format!("error: {path}:")),
            "{name}: {headline}"
        );
        assert!(headline.contains("key `"), "{name}: {headline}");
        settings.bind(|| {
            insta::assert_snapshot!(format!("ci_config_{name}"), r.stderr);
        });
    }
}

/// A config error in Dutch: under `--lang nl`, and under the
/// config's own `lang = "nl"`; `--lang en` wins over the config.
#[test]
fn bad_config_in_dutch() {
    let settings = insta_settings();
    let path = config("bad-level");
    let r = run(&[
        "check", CLEAN, "--config", &path, "--color", "never", "--lang", "nl",
    ]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        format!(
            "fout: {path}:2:8: sleutel `levels.D301`: ongeldige waarde `eror`: kies `error`, `warning`, `info` of `allow`; bedoel je `error`?\n"
        )
    );
    settings.bind(|| {
        insta::assert_snapshot!("ci_config_bad-level_nl", r.stderr);
    });
    // The config says `lang = "nl"` itself.
    let path = config("bad-level-nl");
    let r = run(&["check", CLEAN, "--config", &path, "--color", "never"]);
    assert_eq!(r.code, 2, "{r:?}");
    let headline = r.stderr.lines().next().unwrap_or_default();
    assert_eq!(
        headline,
        format!(
            "fout: {path}:4:8: sleutel `levels.D301`: ongeldige waarde `eror`: kies `error`, `warning`, `info` of `allow`; bedoel je `error`?"
        )
    );
    // `--lang en` wins.
    let r = run(&[
        "check", CLEAN, "--config", &path, "--color", "never", "--lang", "en",
    ]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        format!(
            "error: {path}:4:8: key `levels.D301`: bad value `eror`: expected `error`, `warning`, `info` or `allow`; did you mean `error`?\n"
        )
    );
    // A config `report` and `graph` read: the same line.
    let r = run(&["graph", CLEAN, "--config", &path]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("sleutel `levels.D301`"), "{}", r.stderr);
}

/// clap's own errors about the shape of the command line, in Dutch under
/// `--lang nl`, exit 2; in English they stay clap's.
#[test]
fn usage_errors_in_dutch() {
    // cli.md: exit 2 "with one clear line on stderr": clap's first line,
    // with the possible values or a tip it gives, not its usage text.
    let r = run(&["check", CLEAN, "--lang", "nl", "--formaat", "json"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "fout: onbekend argument '--formaat'; tip: bedoel je '--format'?\n"
    );
    let r = run(&["check", CLEAN, "--lang=NL", "--format"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "fout: '--format <FORMAT>' vraagt om een waarde, maar die ontbreekt\n"
    );
    let r = run(&["check", CLEAN, "--lang", "nl", "--format", "xml"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.starts_with(
            "fout: ongeldige waarde 'xml' voor '--format <FORMAT>'; [mogelijke waarden: human, json"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    // leerlijn's own value parsers give their reason in Dutch too.
    let r = run(&["check", CLEAN, "--lang", "nl", "--years", "1800"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "fout: ongeldige waarde '1800' voor '--years <YEARS>': `1800` is geen jaar tussen 1900 en 2200\n"
    );
    let r = run(&["check", CLEAN, "--lang", "nl", "--level", "C211=eror"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .contains("onbekend niveau `eror`; bedoel je `error`?"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    let r = run(&["chekc", "--lang", "nl"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "fout: onbekende opdracht 'chekc'; tip: bedoel je 'check'?\n"
    );
    // English: clap's own words, on one line.
    let r = run(&["check", CLEAN, "--formaat", "json"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(
        r.stderr,
        "error: unexpected argument '--formaat' found; tip: a similar argument exists: '--format'\n"
    );
}

// ── terminal manners ────────────────────────────────────────────────────

#[test]
fn colour() {
    let esc = "\u{1b}[";
    let r = run(&["check", DUP, "--color", "always"]);
    assert!(r.stdout.contains(esc), "always: {}", r.stdout);
    let r = run(&["check", DUP, "--color", "never"]);
    assert!(!r.stdout.contains(esc), "never: {}", r.stdout);
    // auto: stdout is a pipe here, so no colour.
    let r = run(&["check", DUP]);
    assert!(!r.stdout.contains(esc), "auto: {}", r.stdout);
    // NO_COLOR never wins over an explicit `--color always` (no-color.org),
    // and leaves auto without colour.
    let mut cmd = common::command(&common::crate_dir());
    cmd.args(["check", DUP, "--color", "always"])
        .env("NO_COLOR", "1");
    assert!(common::run_cmd(cmd).stdout.contains(esc));
    let mut cmd = common::command(&common::crate_dir());
    cmd.args(["check", DUP]).env("NO_COLOR", "1");
    assert!(!common::run_cmd(cmd).stdout.contains(esc));
    // Machine formats never have colour.
    for f in ["json", "sarif", "github", "junit"] {
        let r = run(&["check", DUP, "--color", "always", "--format", f]);
        assert!(!r.stdout.contains(esc), "{f}");
    }
}

#[test]
fn findings_go_to_stdout_tool_errors_to_stderr() {
    for f in ["human", "json", "sarif", "github", "junit"] {
        let r = run(&["check", DUP, "--format", f]);
        assert_eq!(r.code, 1);
        assert!(!r.stdout.is_empty(), "{f}");
        assert_eq!(r.stderr, "", "{f}");
    }
}
