//! One long line against many short ones (divan): a chain of 200,000
//! steps, every step a finding, checked and rendered (JSON and human) on
//! one line and over 200,000 lines. The two should be within 2× of each
//! other: a column costs constant work per finding, however long its line
//! (src/source.rs, `LineIndex`); it used to be quadratic in the line's
//! length (16.7 s against 0.58 s for 160,000 steps).
//!
//! ```sh
//! cargo bench --bench layout
//! ```
//!
//! Without `--bench` (as `cargo test --all-targets` runs it) the chain has
//! 2,000 steps, so the suite stays fast.

use divan::Bencher;
use leerlijn::Lang;
use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::emit::{human, json};
use leerlijn::project::from_memory;

fn main() {
    divan::main();
}

fn steps() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        200_000
    } else {
        2_000
    }
}

/// `pathway s.p -> z.25263 -> z.25263 ...`: every step names an unknown
/// item, so every step is a finding.
fn chain(one_line: bool) -> String {
    let sep = if one_line { " " } else { "\n  " };
    let mut text = String::from("pathway s.p");
    for _ in 0..steps() {
        text.push_str(sep);
        text.push_str("-> z.25263");
    }
    text.push('\n');
    text
}

#[divan::bench(args = [true, false], sample_count = 5, sample_size = 1)]
fn check_chain(b: Bencher, one_line: bool) {
    let text = chain(one_line);
    b.bench(|| {
        let project = from_memory(&[("chain.pathway", &text)], false);
        let analysis = analyze(&project, &CheckOptions::default());
        let out = json::render(&analysis, &project.sources, Lang::En);
        let shown = human::render(&analysis, &project.sources, Lang::En, false, 100);
        out.len() + shown.len()
    });
}
