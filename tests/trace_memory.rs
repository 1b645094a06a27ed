//! `LEERLIJN_TRACE_MEMORY`: each stage of a check prints the process's
//! memory to stderr, in order, and nothing else about the run changes.

mod common;

use common::{command, crate_dir, run_cmd};
use leerlijn::allocator::TRACE_VAR;

/// The stages a one-off check passes, in order. A format that shows no
/// source text gives back the model and the graph before sorting.
fn stages(format: &str) -> Vec<&'static str> {
    let mut stages = vec![
        "loading",
        "parsing",
        "resolving",
        "building the graph",
        "the graph checks",
        "K601/K602 and levels",
    ];
    if format != "human" {
        stages.push("giving back the model and graph");
    }
    stages.extend(["sorting", "output"]);
    stages
}

fn check(format: &str, trace: bool) -> common::Run {
    let mut cmd = command(&crate_dir());
    cmd.args(["check", "--format", format, "pathways/examples/rijnmond"]);
    if trace {
        cmd.env(TRACE_VAR, "1");
    }
    run_cmd(cmd)
}

#[test]
fn each_stage_prints_its_memory_and_the_output_is_unchanged() {
    for format in ["json", "human"] {
        let plain = check(format, false);
        let traced = check(format, true);
        assert_eq!(traced.stdout, plain.stdout, "{format}: stdout");
        assert_eq!(traced.code, plain.code, "{format}: exit status");
        assert!(
            !plain.stderr.contains("memory after"),
            "{format}: {}",
            plain.stderr
        );
        let lines: Vec<&str> = traced
            .stderr
            .lines()
            .filter(|l| l.starts_with("leerlijn: memory after "))
            .collect();
        let stages: Vec<&str> = lines
            .iter()
            .map(|l| {
                let rest = l
                    .strip_prefix("leerlijn: memory after ")
                    .unwrap_or_default();
                rest.split(": resident ").next().unwrap_or_default()
            })
            .collect();
        assert_eq!(stages, self::stages(format), "{format}: {}", traced.stderr);
        // What the trace is for: the numbers. (The kernel's peak is
        // updated lazily: it need not grow from one line to the next.)
        if cfg!(target_os = "linux") {
            for line in &lines {
                let numbers: Vec<u64> = line
                    .split(|c: char| !c.is_ascii_digit())
                    .filter_map(|n| n.parse().ok())
                    .collect();
                // K601/K602 in a stage's name adds two numbers in front.
                let [.., resident, anonymous, file, peak] = numbers[..] else {
                    panic!("four numbers in {line:?}");
                };
                assert!(resident > 0 && anonymous > 0 && file > 0, "{line}");
                assert!(anonymous + file <= resident, "{line}");
                assert!(peak >= resident, "{line}");
            }
        }
    }
}
