//! Nothing a user owns is lost: `report -o`, `graph -o`,
//! `check --write-baseline` and `fmt` never write over an input of the run
//! or the config; every write replaces the file in one step, keeping its
//! permissions; `--baseline` reads only bounded regular files.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{Run, crate_dir, run_in, scratch};

/// A copy of the Rijnmond example as `plan/`, with a `leerlijn.toml` next
/// to it.
fn project(name: &str) -> PathBuf {
    let dir = scratch(name);
    let plan = dir.join("plan");
    fs::create_dir_all(&plan).unwrap();
    let example = crate_dir().join("pathways/examples/rijnmond");
    for e in fs::read_dir(example).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, plan.join(p.file_name().unwrap())).unwrap();
    }
    fs::write(dir.join("leerlijn.toml"), "std = true\n").unwrap();
    dir
}

/// Every file under `dir` with its bytes, to prove nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// Exit 2 with exactly one line on stderr that names both paths; nothing
/// in the project changed.
fn assert_refused(r: &Run, before: &[(PathBuf, Vec<u8>)], dir: &Path, names: &[&str]) {
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr.lines().count(), 1, "one line: {r:?}");
    assert!(r.stderr.starts_with("error: refusing to write"), "{r:?}");
    for n in names {
        assert!(r.stderr.contains(n), "names `{n}`: {r:?}");
    }
    assert_eq!(snapshot(dir), before, "nothing was written");
}

#[test]
fn report_does_not_overwrite_a_plan_file() {
    let dir = project("sw_report");
    let before = snapshot(&dir);
    let r = run_in(&dir, &["report", "plan", "-o", "plan/schools.pathway"]);
    assert_refused(&r, &before, &dir, &["plan/schools.pathway"]);
    // Reached another way: `./plan/../plan/schools.pathway`.
    let r = run_in(
        &dir,
        &["report", "plan", "-o", "./plan/../plan/schools.pathway"],
    );
    assert_refused(
        &r,
        &before,
        &dir,
        &["./plan/../plan/schools.pathway", "plan/schools.pathway"],
    );
}

#[cfg(unix)]
#[test]
fn report_does_not_overwrite_a_plan_file_through_a_symlink() {
    let dir = project("sw_report_link");
    std::os::unix::fs::symlink("plan/region.pathway", dir.join("out.html")).unwrap();
    let before = snapshot(&dir);
    let r = run_in(&dir, &["report", "plan", "-o", "out.html"]);
    assert_refused(&r, &before, &dir, &["out.html", "plan/region.pathway"]);
}

#[test]
fn report_and_graph_do_not_overwrite_the_config() {
    let dir = project("sw_config");
    let before = snapshot(&dir);
    let r = run_in(&dir, &["report", "plan", "-o", "leerlijn.toml"]);
    assert_refused(&r, &before, &dir, &["leerlijn.toml"]);
    let r = run_in(&dir, &["graph", "plan", "-o", "plan/pathways.pathway"]);
    assert_refused(&r, &before, &dir, &["plan/pathways.pathway"]);
}

#[test]
fn write_baseline_does_not_overwrite_a_plan_file_or_the_config() {
    let dir = project("sw_baseline");
    let before = snapshot(&dir);
    let r = run_in(
        &dir,
        &["check", "plan", "--write-baseline", "plan/region.pathway"],
    );
    assert_refused(&r, &before, &dir, &["plan/region.pathway"]);
    let r = run_in(
        &dir,
        &["check", "plan", "--write-baseline", "leerlijn.toml"],
    );
    assert_refused(&r, &before, &dir, &["leerlijn.toml"]);
    // A config named otherwise is an input too.
    fs::write(dir.join("other.toml"), "std = true\n").unwrap();
    let before = snapshot(&dir);
    let r = run_in(
        &dir,
        &[
            "check",
            "plan",
            "--config",
            "other.toml",
            "--write-baseline",
            "other.toml",
        ],
    );
    assert_refused(&r, &before, &dir, &["other.toml"]);
}

#[test]
fn outputs_elsewhere_are_written_whole() {
    let dir = project("sw_ok");
    let r = run_in(&dir, &["report", "plan", "-o", "out.html"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        fs::read_to_string(dir.join("out.html"))
            .unwrap()
            .ends_with("</html>")
    );
    let r = run_in(&dir, &["check", "plan", "--write-baseline", "base.json"]);
    assert_eq!(r.code, 0, "{r:?}");
    // No temporary file is left behind.
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert_eq!(names, Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn rewritten_files_keep_their_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("sw_perms");
    let plan = dir.join("plan.pathway");
    fs::write(&plan, "school  s{programme p{track=kb}}\n").unwrap();
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o640)).unwrap();
    let r = run_in(&dir, &["fmt", "plan.pathway"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        fs::read_to_string(&plan).unwrap(),
        "school s { programme p { track = kb } }\n"
    );
    let mode = fs::metadata(&plan).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "mode {mode:o}");
    // A baseline written over an older one keeps that one's mode too.
    let base = dir.join("base.json");
    fs::write(&base, "{}").unwrap();
    fs::set_permissions(&base, fs::Permissions::from_mode(0o604)).unwrap();
    let r = run_in(
        &dir,
        &["check", "plan.pathway", "--write-baseline", "base.json"],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        fs::read_to_string(&base)
            .unwrap()
            .contains("\"version\": 1")
    );
    let mode = fs::metadata(&base).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o604, "mode {mode:o}");
}

#[cfg(unix)]
#[test]
fn fmt_writes_through_a_symlink_and_keeps_it() {
    let dir = scratch("sw_fmt_link");
    fs::create_dir_all(dir.join("real")).unwrap();
    fs::write(dir.join("real/plan.pathway"), "school  s{}\n").unwrap();
    std::os::unix::fs::symlink("real/plan.pathway", dir.join("link.pathway")).unwrap();
    let r = run_in(&dir, &["fmt", "link.pathway"]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        fs::symlink_metadata(dir.join("link.pathway"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read_to_string(dir.join("real/plan.pathway")).unwrap(),
        "school s {}\n"
    );
}

#[test]
fn fmt_does_not_write_over_a_config() {
    let dir = scratch("sw_fmt_config");
    fs::write(dir.join("leerlijn.toml"), "school  s{}\n").unwrap();
    let before = snapshot(&dir);
    let r = run_in(&dir, &["fmt", "leerlijn.toml"]);
    assert_refused(&r, &before, &dir, &["leerlijn.toml"]);
}

#[test]
fn init_writes_whole_files_and_overwrites_nothing() {
    let dir = scratch("sw_init");
    let r = run_in(&dir, &["init", "new"]);
    assert_eq!(r.code, 0, "{r:?}");
    let before = snapshot(&dir);
    let r = run_in(&dir, &["init", "new"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr.lines().count(), 1, "{r:?}");
    assert_eq!(snapshot(&dir), before);
    let r = run_in(&dir, &["check", "new"]);
    assert_eq!(r.code, 0, "{r:?}");
}

fn assert_bad_baseline(r: &Run, what: &str) {
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr.lines().count(), 1, "{r:?}");
    assert!(r.stderr.contains(what), "{r:?}");
    assert_eq!(r.stdout, "");
}

#[cfg(unix)]
#[test]
fn baseline_from_dev_zero_is_refused() {
    let dir = project("sw_dev_zero");
    let r = run_in(&dir, &["check", "plan", "--baseline", "/dev/zero"]);
    assert_bad_baseline(&r, "not a regular file");
}

#[cfg(unix)]
#[test]
fn baseline_from_a_fifo_is_refused_without_blocking() {
    let dir = project("sw_fifo");
    let fifo = dir.join("base.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // Were the FIFO opened, the run would block for ever: a writer that
    // comes after a minute unblocks it, so the test fails rather than hangs.
    let unblock = fifo.clone();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(60));
        let _ = fs::write(unblock, "{}");
    });
    let r = run_in(&dir, &["check", "plan", "--baseline", "base.fifo"]);
    assert_bad_baseline(&r, "not a regular file");
}

#[test]
fn baseline_above_the_size_limit_is_refused() {
    let dir = project("sw_huge");
    let f = fs::File::create(dir.join("huge.json")).unwrap();
    // Sparse: no 65 MiB are written.
    f.set_len((64 << 20) + 1).unwrap();
    let r = run_in(&dir, &["check", "plan", "--baseline", "huge.json"]);
    assert_bad_baseline(&r, "larger than 64 MiB");
}

/// A write that fails half way (here: a file-size limit, as a full disk
/// would) leaves the file as it was and no temporary file behind; `fmt`
/// used to truncate the file first and leave a part of it.
#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_file_whole() {
    let dir = scratch("sw_full_disk");
    let mut plan = String::new();
    for i in 0..800 {
        plan.push_str(&format!("region  r{i} {{ members = [a{i}] }}\n"));
    }
    let file = dir.join("plan.pathway");
    fs::write(&file, &plan).unwrap();
    // SIGXFSZ ignored, so the write fails with EFBIG instead of killing.
    let mut sh = std::process::Command::new("sh");
    sh.current_dir(&dir)
        .env("LEERLIJN_BIN", env!("CARGO_BIN_EXE_leerlijn"))
        .env("LANG", "C")
        .args([
            "-c",
            "trap '' XFSZ; ulimit -f 8; exec \"$LEERLIJN_BIN\" fmt plan.pathway",
        ]);
    let r = common::run_cmd(sh);
    assert!(plan.len() > 8 * 1024, "the plan is larger than the limit");
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr.lines().count(), 1, "{r:?}");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        plan,
        "the plan is whole"
    );
    let left: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("plan.pathway")]);
}

/// `-o` naming a FIFO (or `/dev/stdout`) writes into it: renaming a file
/// over it would replace the FIFO, or as root a device such as /dev/null.
#[cfg(unix)]
#[test]
fn output_to_a_fifo_is_written_into_it() {
    use std::io::Read;
    use std::os::unix::fs::FileTypeExt;
    let dir = project("sw_out_fifo");
    let fifo = dir.join("out.fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // The reader reports through a channel: were the FIFO never opened
    // for writing, the test fails after a minute instead of hanging.
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut s = String::new();
            fs::File::open(fifo)
                .unwrap()
                .read_to_string(&mut s)
                .unwrap();
            let _ = tx.send(s);
        });
    }
    let r = run_in(
        &dir,
        &["graph", "plan", "--format", "mermaid", "-o", "out.fifo"],
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the graph was written into the FIFO");
    assert!(got.contains("\nflowchart LR\n"), "{got}");
}

/// A write that cannot happen names the file asked for, never the random
/// temporary file it would have been written through.
#[test]
fn a_failed_write_names_the_target_not_the_temporary_file() {
    let dir = common::scratch("safe_writes_missing_dir");
    let target = dir.join("no-such-folder/review.html");
    let target = target.to_str().unwrap();
    let r = common::run(&["report", "pathways/examples/rijnmond", "-o", target]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with(&format!("error: cannot write `{target}`: ")),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains(".leerlijn-"), "{}", r.stderr);
}
