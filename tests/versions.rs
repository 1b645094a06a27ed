//! Plan versions: `diff OLD NEW` on pairs of versions
//! (tests/fixtures/versions/<case>/old and new), `check --against REV` on a
//! git repository built in a scratch directory, and the example region
//! with one offer removed.

mod common;

use std::path::Path;
use std::process::Command;

use common::{crate_dir, insta_settings, run, run_in, scratch};

const DIR: &str = "tests/fixtures/versions";

/// (code, file, line, column) of every finding of a JSON run.
fn found(stdout: &str) -> Vec<(String, String, u64, u64)> {
    let v: serde_json::Value = serde_json::from_str(stdout).expect("JSON output");
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn diff(case: &str, date: &str, format: &str, lang: &str) -> common::Run {
    let (old, new) = (format!("{DIR}/{case}/old"), format!("{DIR}/{case}/new"));
    run(&[
        "diff", &old, &new, "--date", date, "--format", format, "--lang", lang, "--color", "never",
    ])
}

fn expect(case: &str, date: &str, want: &[(&str, u64, u64)], code: i32) {
    let r = diff(case, date, "json", "en");
    assert_eq!(r.code, code, "{case}: {r:?}");
    assert_eq!(r.stderr, "", "{case}");
    let file = format!("{DIR}/{case}/new/plan.pathway");
    let want: Vec<(String, String, u64, u64)> = want
        .iter()
        .map(|(c, l, col)| (c.to_string(), file.clone(), *l, *col))
        .collect();
    assert_eq!(found(&r.stdout), want, "{case}");
}

/// The inputs of both versions and the human report, in English and Dutch.
fn snapshot(case: &str, date: &str) {
    let mut out = String::new();
    for side in ["old", "new"] {
        let path = format!("{DIR}/{case}/{side}/plan.pathway");
        let text = std::fs::read_to_string(crate_dir().join(&path)).unwrap();
        out.push_str(&format!("── input: {path} ──\n"));
        for (i, line) in text.lines().enumerate() {
            out.push_str(&format!("{:>3} │ {line}\n", i + 1));
        }
    }
    for lang in ["en", "nl"] {
        out.push_str(&format!("── diff --date {date} --lang {lang} ──\n"));
        out.push_str(&diff(case, date, "human", lang).stdout);
    }
    insta_settings().bind(|| insta::assert_snapshot!(format!("versions_{case}"), out));
}

#[test]
fn offer_removed() {
    // The route, the region's coverage and the offer are lost; the stop
    // comes too late for a BOL programme.
    expect(
        "offer_removed",
        "2026-03-01",
        &[
            ("V702", 4, 14),
            ("V701", 8, 13),
            ("V703", 11, 13),
            ("V705", 11, 13),
        ],
        1,
    );
    snapshot("offer_removed", "2026-03-01");
}

#[test]
fn route_gained() {
    expect("route_gained", "2026-03-01", &[("V704", 8, 13)], 0);
    snapshot("route_gained", "2026-03-01");
}

#[test]
fn renamed_programme_is_one_lost_and_one_gained() {
    // The lost route is located at the school: its programme is gone.
    expect(
        "renamed_programme",
        "2026-03-01",
        &[("V701", 7, 8), ("V704", 8, 13)],
        0,
    );
    snapshot("renamed_programme", "2026-03-01");
}

#[test]
fn an_institution_that_left_the_region_is_named_as_the_cause() {
    // The route is intact in NEW; only the region's members changed.
    expect("member_left", "2026-03-01", &[("V702", 4, 14)], 1);
    let r = diff("member_left", "2026-03-01", "json", "en");
    assert!(
        r.stdout
            .contains("because `zadkine` is no longer a member of the region"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("target level"), "{}", r.stdout);
    snapshot("member_left", "2026-03-01");
}

#[test]
fn a_raised_target_level_is_named_as_the_cause() {
    expect(
        "target_raised",
        "2026-03-01",
        &[("V702", 4, 19), ("V701", 9, 13)],
        1,
    );
    let r = diff("target_raised", "2026-03-01", "json", "en");
    assert_eq!(
        r.stdout
            .matches("because the region's target level was raised")
            .count(),
        2,
        "{}",
        r.stdout
    );
    snapshot("target_raised", "2026-03-01");
}

/// Without `--date` the plan date is today where the run is: UTC+14 and
/// UTC−11 (POSIX `TZ` strings, no time-zone database needed) are 25 hours
/// apart, so their dates always differ, whatever the time of the run.
#[test]
fn the_plan_date_is_today_in_the_local_time_zone() {
    let today = |tz: &str| {
        let mut cmd = common::command(&crate_dir());
        cmd.args([
            "diff",
            &format!("{DIR}/offer_removed/old"),
            &format!("{DIR}/offer_removed/new"),
            "--format",
            "concise",
        ])
        .env("TZ", tz);
        let r = common::run_cmd(cmd);
        // A removed BOL offer's deadline has always passed: the finding
        // names the plan date.
        let at = r.stdout.find("has passed on ").expect(&r.stdout) + 14;
        r.stdout[at..at + 10].to_string()
    };
    let (east, west) = (today("EAST-14"), today("WEST+11"));
    let east = leerlijn::versions::Date::parse(&east).unwrap();
    let west = leerlijn::versions::Date::parse(&west).unwrap();
    assert!(east > west, "{east} in UTC+14, {west} in UTC-11");
}

#[test]
fn removed_school_is_located_at_its_region() {
    expect("removed_school", "2026-03-01", &[("V701", 2, 8)], 0);
    snapshot("removed_school", "2026-03-01");
}

#[test]
fn shortened_years() {
    expect(
        "shortened_years",
        "2026-03-01",
        &[
            ("V702", 4, 14),
            ("V701", 8, 13),
            ("V703", 12, 9),
            ("V705", 12, 9),
        ],
        1,
    );
    snapshot("shortened_years", "2026-03-01");
    let r = diff("shortened_years", "2026-03-01", "json", "en");
    assert!(
        r.stdout.contains("from 2027 (school year 2027–2028)"),
        "{}",
        r.stdout
    );
}

#[test]
fn notice_on_both_sides_of_1_february() {
    // BOL from 2027: deadline 2026-02-01; BBL-only from 2026: 2026-02-01.
    expect("notice", "2026-02-01", &[], 0);
    expect("notice", "2026-02-02", &[("V705", 4, 9), ("V705", 5, 9)], 0);
    snapshot("notice", "2026-02-02");
    // Well before: nothing; a year later the BOL start is also late.
    expect("notice", "2025-06-30", &[], 0);
}

#[test]
fn a_revision_that_changes_nothing_for_pupils() {
    expect("no_change", "2026-03-01", &[], 0);
}

#[test]
fn diff_of_a_plan_against_itself_is_empty() {
    for path in ["pathways/examples/rijnmond", "pathways/examples/showcase"] {
        for format in ["json", "human", "markdown"] {
            let r = run(&[
                "diff",
                path,
                path,
                "--format",
                format,
                "--date",
                "2026-03-01",
            ]);
            assert_eq!(r.code, 0, "{path} {format}: {r:?}");
            if format == "json" {
                assert!(found(&r.stdout).is_empty(), "{path}");
            }
        }
    }
}

#[test]
fn levels_and_deny_apply() {
    let (old, new) = (
        format!("{DIR}/offer_removed/old"),
        format!("{DIR}/offer_removed/new"),
    );
    let dir = scratch("versions_levels");
    let config = dir.join("leerlijn.toml");
    std::fs::write(
        &config,
        "[levels]\ncoverage-lost = \"warning\"\nV705 = \"allow\"\n",
    )
    .unwrap();
    let config = config.display().to_string();
    let args = [
        "diff",
        &old,
        &new,
        "--date",
        "2026-03-01",
        "--format",
        "json",
        "--config",
        &config,
    ];
    let r = run(&args);
    assert_eq!(r.code, 0, "{r:?}");
    let codes: Vec<String> = found(&r.stdout).into_iter().map(|f| f.0).collect();
    assert_eq!(codes, ["V702", "V701", "V703"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["summary"]["suppressed"], 1);
    let mut denied = args.to_vec();
    denied.extend(["--deny", "warnings"]);
    assert_eq!(run(&denied).code, 1);
}

#[test]
fn markdown_summary() {
    for (case, lang) in [
        ("offer_removed", "en"),
        ("offer_removed", "nl"),
        ("no_change", "en"),
    ] {
        let r = diff(case, "2026-03-01", "markdown", lang);
        insta_settings()
            .bind(|| insta::assert_snapshot!(format!("versions_markdown_{case}_{lang}"), r.stdout));
    }
}

#[test]
fn bad_arguments_exit_2_with_one_line() {
    let r = run(&["diff", "no/such/dir", &format!("{DIR}/notice/new")]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    let r = run(&[
        "diff",
        &format!("{DIR}/notice/old"),
        &format!("{DIR}/notice/new"),
        "--date",
        "2026-02-30",
    ]);
    assert_eq!(r.code, 2);
}

/// A copy of the example region, with one offer a route depends on
/// removed (and the pathway steps into it).
fn example_without(dir: &Path) {
    let src = crate_dir().join("pathways/examples/rijnmond");
    std::fs::create_dir_all(dir).unwrap();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_owned();
        let mut text = std::fs::read_to_string(&path).unwrap();
        if name == "institutions.pathway" {
            text = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("offer 25263 "))
                .map(|l| format!("{l}\n"))
                .collect();
        }
        if name == "pathways.pathway" {
            text = text
                .replace(
                    " -> zadkine.25332 -> zadkine.25263 {",
                    " -> zadkine.25332 {",
                )
                .lines()
                .filter(|l| !l.starts_with("pathway maaspoort.pie-kb -> zadkine.25263"))
                .map(|l| format!("{l}\n"))
                .collect();
        }
        std::fs::write(dir.join(name), text).unwrap();
    }
}

#[test]
fn example_region_without_one_offer() {
    let dir = scratch("versions_example");
    let new = dir.join("rijnmond");
    example_without(&new);
    let new = new.display().to_string();
    let old = "pathways/examples/rijnmond";
    // NEW is a valid plan.
    let r = run(&["check", &new, "--format", "json"]);
    assert_eq!(r.code, 0, "{r:?}");
    let r = run(&[
        "diff",
        old,
        &new,
        "--date",
        "2026-03-01",
        "--format",
        "json",
    ]);
    let mut codes: Vec<String> = found(&r.stdout).into_iter().map(|f| f.0).collect();
    codes.sort();
    // Three programmes lose their level-4 techniek route; the offer is
    // withdrawn, too late for a BOL programme; `techniek` stays covered
    // in the region by other level-4 offers, so no V702.
    assert_eq!(
        codes,
        ["V701", "V701", "V701", "V703", "V705"],
        "{}",
        r.stdout
    );
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let messages: Vec<&str> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(messages.iter().any(|m| m.contains(
        "pupils of `maaspoort.pie-kb` no longer reach level 4 in techniek-procesindustrie: their route `maaspoort.pie-kb -> zadkine.25263` stopped, because `zadkine.25263` was removed from the plan"
    )), "{messages:#?}");
    // Every format, both languages: the same findings, and Dutch text.
    for format in ["human", "sarif", "github", "junit", "markdown"] {
        for lang in ["en", "nl"] {
            let r = run(&[
                "diff",
                old,
                &new,
                "--date",
                "2026-03-01",
                "--format",
                format,
                "--lang",
                lang,
                "--color",
                "never",
            ]);
            assert_eq!(r.code, 0, "{format} {lang}: {r:?}");
            // (V701 findings, all findings) as each format shows them.
            let out = &r.stdout;
            let counts = match format {
                "human" => (
                    out.lines().filter(|l| *l == "V701 route-lost").count(),
                    out.lines()
                        .filter(|l| l.starts_with('V') && l.len() > 5 && l.as_bytes()[4] == b' ')
                        .count(),
                ),
                "sarif" => {
                    let v: serde_json::Value = serde_json::from_str(out).unwrap();
                    let results = v["runs"][0]["results"].as_array().unwrap();
                    (
                        results.iter().filter(|r| r["ruleId"] == "V701").count(),
                        results.len(),
                    )
                }
                "github" => (
                    out.matches("title=V701 route-lost::").count(),
                    out.lines().filter(|l| l.starts_with("::")).count(),
                ),
                "junit" => (
                    out.matches(" V701 route-lost: ").count(),
                    out.matches(": warning V7").count()
                        + out.matches(": info V7").count()
                        + out.matches(": error V7").count(),
                ),
                _ => (
                    out.matches("**V701 route-lost**").count(),
                    out.lines().filter(|l| l.starts_with("- ")).count(),
                ),
            };
            assert_eq!(counts, (3, 5), "{format} {lang}: {out}");
            assert!(r.stdout.contains("V703") && r.stdout.contains("zadkine.25263"));
            // The human report wraps messages: compare the words.
            let flat = r
                .stdout
                .split_whitespace()
                .filter(|w| *w != "│")
                .collect::<Vec<_>>()
                .join(" ");
            if lang == "nl" {
                assert!(
                    flat.contains("bereiken leerlingen van `maaspoort.pie-kb` niveau 4"),
                    "{format}: {flat}"
                );
            } else {
                assert!(flat.contains("no longer reach level 4"), "{format}");
            }
        }
    }
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {:?}", out);
}

/// The codes `check --against` finds on the `offer_removed` case: NEW's
/// own findings (S401, C208) and the V findings.
fn assert_offer_removed_against(json: &str) {
    let mut codes: Vec<String> = found(json).into_iter().map(|f| f.0).collect();
    codes.sort();
    assert_eq!(
        codes,
        ["C208", "S401", "V701", "V702", "V703", "V705"],
        "{json}"
    );
}

#[test]
fn check_against_a_git_revision() {
    let repo = scratch("versions_git");
    git(&repo, &["init", "-q"]);
    let plan = repo.join("plans/rijnmond");
    std::fs::create_dir_all(&plan).unwrap();
    let fixture = crate_dir().join(DIR).join("offer_removed");
    std::fs::copy(fixture.join("old/plan.pathway"), plan.join("plan.pathway")).unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "old"]);
    std::fs::copy(fixture.join("new/plan.pathway"), plan.join("plan.pathway")).unwrap();
    git(&repo, &["commit", "-q", "-am", "new"]);
    let args = [
        "check",
        "--against",
        "HEAD~1",
        "--date",
        "2026-03-01",
        "--format",
        "json",
    ];
    // From the top of the repository and from a subdirectory.
    for (cwd, path) in [(repo.clone(), "plans/rijnmond"), (plan.clone(), ".")] {
        let mut a = args.to_vec();
        a.push(path);
        let r = run_in(&cwd, &a);
        assert_eq!(r.code, 1, "{r:?}");
        assert_offer_removed_against(&r.stdout);
    }
    // The working tree and the index are untouched.
    let status = Command::new("git")
        .current_dir(&repo)
        .args(["status", "--porcelain"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&status.stdout), "");
    // The review page gets a section at the top, the changed cell marked.
    let page = repo.join("review.html");
    let r = run_in(
        &repo,
        &[
            "report",
            "plans",
            "--against",
            "HEAD~1",
            "--date",
            "2026-03-01",
            "-o",
            "review.html",
        ],
    );
    assert_eq!(r.code, 0, "{r:?}");
    let html = std::fs::read_to_string(&page).unwrap();
    let section = html
        .split("<section id=\"changes\">")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("a changes section");
    assert!(html.find("id=\"changes\"") < html.find("id=\"summary\""));
    assert!(
        section.contains("What changes since <code>HEAD~1</code>"),
        "{section}"
    );
    assert!(
        section.contains("<th>zorg-welzijn</th><td class=\"changed lost\">✓ → ✗</td>"),
        "{section}"
    );
    assert!(section.contains("<code>olympia.zw-kb</code>"), "{section}");
    assert!(section.contains("<code>zadkine.25655</code>"), "{section}");
    assert!(
        html.contains("V702"),
        "the V findings join the page's findings"
    );
    std::fs::remove_file(&page).unwrap();
    // Against HEAD nothing changed.
    let r = run_in(
        &repo,
        &["check", "--against", "HEAD", "--format", "json", "plans"],
    );
    assert!(
        found(&r.stdout).iter().all(|f| !f.0.starts_with('V')),
        "{}",
        r.stdout
    );
    // A shallow clone of the last commit knows HEAD but not HEAD~1.
    let shallow = scratch("versions_git_shallow");
    let url = format!("file://{}", repo.display());
    let out = Command::new("git")
        .args(["clone", "-q", "--depth", "1", &url])
        .arg(shallow.join("c"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let clone = shallow.join("c");
    let r = run_in(&clone, &["check", "--against", "HEAD", "plans"]);
    assert_ne!(r.code, 2, "{r:?}");
    let r = run_in(&clone, &["check", "--against", "HEAD~1", "plans"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("HEAD~1"), "{}", r.stderr);
    // A revision that does not exist, and a path outside any repository.
    let r = run_in(&repo, &["check", "--against", "no-such-branch", "plans"]);
    assert_eq!((r.code, r.stderr.lines().count()), (2, 1), "{r:?}");
    // GIT_CEILING_DIRECTORIES keeps git from finding the crate's own
    // repository above the scratch directory.
    let outside = scratch("versions_no_git");
    std::fs::copy(
        fixture.join("new/plan.pathway"),
        outside.join("plan.pathway"),
    )
    .unwrap();
    let mut cmd = common::command(&outside);
    cmd.args(["check", "--against", "HEAD", "."])
        .env("GIT_CEILING_DIRECTORIES", outside.parent().unwrap());
    let r = common::run_cmd(cmd);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("not in a git repository"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn check_against_follows_links_and_names_paths_new_since_the_revision() {
    use std::os::unix::fs::symlink;
    let repo = scratch("versions_git_links");
    git(&repo, &["init", "-q"]);
    let fixture = crate_dir().join(DIR).join("offer_removed");
    std::fs::create_dir_all(repo.join("shared")).unwrap();
    std::fs::create_dir_all(repo.join("plans")).unwrap();
    std::fs::copy(
        fixture.join("old/plan.pathway"),
        repo.join("shared/plan.pathway"),
    )
    .unwrap();
    symlink("../shared/plan.pathway", repo.join("plans/plan.pathway")).unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "old"]);
    // NEW replaces the link with the file itself, changed; OLD is what the
    // link led to, not the link's own text (which would not parse).
    std::fs::remove_file(repo.join("plans/plan.pathway")).unwrap();
    std::fs::copy(
        fixture.join("new/plan.pathway"),
        repo.join("plans/plan.pathway"),
    )
    .unwrap();
    let args = ["--date", "2026-03-01", "--format", "json"];
    let mut a = vec!["check", "--against", "HEAD", "plans"];
    a.extend(args);
    let r = run_in(&repo, &a);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(r.stderr, "", "{r:?}");
    assert_offer_removed_against(&r.stdout);
    // A folder that is not in the revision: its old version is empty, and
    // a note says so instead of passing over it in silence.
    std::fs::create_dir_all(repo.join("plans2")).unwrap();
    std::fs::copy(
        fixture.join("old/plan.pathway"),
        repo.join("plans2/plan.pathway"),
    )
    .unwrap();
    let mut a = vec!["check", "--against", "HEAD", "plans2"];
    a.extend(args);
    let r = run_in(&repo, &a);
    assert_eq!(
        r.stderr,
        "note: `plans2` has no `.pathway` file at revision `HEAD`: its old version \
         is empty, so everything in it counts as new\n",
        "{r:?}"
    );
    assert!(
        found(&r.stdout).iter().any(|f| f.0 == "V704"),
        "{}",
        r.stdout
    );
    // A link at the revision that leads out of the repository: one line,
    // exit 2.
    let outside = scratch("versions_git_links_outside");
    std::fs::copy(
        fixture.join("old/plan.pathway"),
        outside.join("plan.pathway"),
    )
    .unwrap();
    std::fs::remove_file(repo.join("plans/plan.pathway")).unwrap();
    symlink(
        outside.join("plan.pathway"),
        repo.join("plans/plan.pathway"),
    )
    .unwrap();
    git(&repo, &["add", "plans"]);
    git(&repo, &["commit", "-q", "-m", "out"]);
    let r = run_in(&repo, &["check", "--against", "HEAD", "plans"]);
    assert_eq!((r.code, r.stderr.lines().count()), (2, 1), "{r:?}");
    assert!(
        r.stderr
            .contains("`plans/plan.pathway` at revision `HEAD` is a symbolic link"),
        "{}",
        r.stderr
    );
    // A committed link to a folder is walked like the folder: OLD is read
    // (no note that it is empty) and equals NEW (no V finding).
    symlink("shared", repo.join("regions")).unwrap();
    git(&repo, &["add", "regions"]);
    git(&repo, &["commit", "-q", "-m", "a linked folder"]);
    let mut a = vec!["check", "--against", "HEAD", "regions"];
    a.extend(args);
    let r = run_in(&repo, &a);
    // (An empty OLD would give a note and V704 for the route.)
    assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{r:?}");
    assert!(
        found(&r.stdout).iter().all(|f| !f.0.starts_with('V')),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\"files\": 1"), "{}", r.stdout);
}

#[test]
fn check_against_a_broken_old_version_still_checks_the_new_one() {
    let repo = scratch("versions_git_broken");
    git(&repo, &["init", "-q"]);
    let fixture = crate_dir().join(DIR).join("route_gained");
    std::fs::write(repo.join("plan.pathway"), "school olympia {\n").unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "broken"]);
    std::fs::copy(fixture.join("new/plan.pathway"), repo.join("plan.pathway")).unwrap();
    git(&repo, &["commit", "-q", "-am", "repaired"]);
    let r = run_in(
        &repo,
        &["check", "--against", "HEAD~1", "--format", "json", "."],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(found(&r.stdout).is_empty(), "{}", r.stdout);
    assert_eq!(
        r.stderr,
        "note: the old version has 1 syntax error(s); no plan-version findings\n"
    );
    // `diff` cannot compare it: exit 2, one line.
    let old = repo.join("old");
    std::fs::create_dir_all(&old).unwrap();
    std::fs::write(old.join("plan.pathway"), "school olympia {\n").unwrap();
    let new = fixture.join("new").display().to_string();
    let r = run(&["diff", &old.display().to_string(), &new]);
    assert_eq!((r.code, r.stderr.lines().count()), (2, 1), "{r:?}");
}

#[test]
fn diff_against_a_broken_new_version_shows_why() {
    let dir = scratch("versions_broken_new");
    std::fs::write(dir.join("plan.pathway"), "school olympia {\n").unwrap();
    let old = format!("{DIR}/route_gained/old");
    let r = run(&["diff", &old, &dir.display().to_string(), "--format", "json"]);
    assert_eq!(r.code, 1, "{r:?}");
    let codes: Vec<String> = found(&r.stdout).into_iter().map(|f| f.0).collect();
    assert_eq!(codes, ["E001"]);
}

/// 150 sectors with an offer each (`z0`… at level 4) and a route from one
/// programme along the offers of `z100`…`z149`; the new version drops the
/// step into `z121`'s offer. The sectors past the first 64 some offer is
/// in are compared like the others: 29 routes lost, one per sector.
#[test]
fn routes_lost_in_sectors_past_the_first_sixty_four() {
    let plan = |drop: Option<usize>| {
        let mut text = String::new();
        for i in 0..150 {
            text.push_str(&format!(
                "sector z{i}\nqualification {} {{ level = 4, sector = z{i} }}\n",
                70_000 + i
            ));
        }
        text.push_str("school olympia {\n  programme tech-gt { track = gt }\n}\n");
        text.push_str("institution zadkine {\n");
        for i in 0..150 {
            text.push_str(&format!("  offer {}\n", 70_000 + i));
        }
        text.push_str("}\npathway olympia.tech-gt -> zadkine.70100\n");
        for i in 100..149 {
            if drop != Some(i) {
                text.push_str(&format!(
                    "pathway zadkine.{} -> zadkine.{}\n",
                    70_000 + i,
                    70_000 + i + 1
                ));
            }
        }
        text
    };
    let dir = scratch("versions-many-sectors");
    for (side, text) in [("old", plan(None)), ("new", plan(Some(120)))] {
        std::fs::create_dir_all(dir.join(side)).unwrap();
        std::fs::write(dir.join(side).join("plan.pathway"), text).unwrap();
    }
    let (old, new) = (dir.join("old"), dir.join("new"));
    let r = run(&[
        "diff",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON output");
    let mut lost: Vec<u32> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "V701")
        .map(|d| {
            let m = d["message"].as_str().unwrap();
            let at = m.find("level 4 in z").expect(m) + "level 4 in z".len();
            let digits: String = m[at..].chars().take_while(char::is_ascii_digit).collect();
            digits.parse().unwrap()
        })
        .collect();
    lost.sort_unstable();
    assert_eq!(lost, (121..150).collect::<Vec<u32>>(), "{}", r.stdout);
}
