//! National-scale benchmarks (divan): the full check at scale 1 and 10, its
//! stages alone at scale 1, and, side by side, `serde_json` parsing the same
//! entities as JSON into a `Value` and `toml` parsing them as TOML.
//!
//! ```sh
//! cargo bench --bench check            # everything, then the ratio summaries
//! cargo bench --bench check -- stages  # only the stages (no summary)
//! ROUNDS=201 cargo bench --bench check -- numbers  # only issue 15's ratio
//! ONLY=with cargo bench --bench check -- numbers  # one plan's rounds (for perf)
//! ```
//!
//! The projects are generated in memory by the generator of
//! `examples/generate.rs` in its default, dense mode (scale 1: 35 regions,
//! 3,675 programmes, 17,490 offers, 50,549 pathways, 4.72 MB, 7,498
//! findings: about one per ten lines). The full check here is in-process:
//! analyse a loaded project and stream the JSON report through a buffer,
//! as the CLI does; `tools/measure.sh` times the whole `leerlijn` process
//! instead.
//!
//! Every programme of the generated plan states `pupils` and every offer
//! `capacity`, so the flow checks (K601, K602) run everywhere; the summary
//! also times the same plan without those numbers and prints the ratio
//! (issue 15: with numbers at most 10% slower).
//!
//! Every timing includes dropping what was built (divan would otherwise
//! drop a returned value outside the timing): the full check drops its
//! syntax trees and model, so the parsers drop their `Value` and `Table`.
//!
//! Without `--bench` (as `cargo test --all-targets` runs it) every benchmark
//! runs once on a tiny project, so the suite stays fast.

#[path = "support/generator.rs"]
mod generator;

use std::sync::LazyLock;
use std::time::{Duration, Instant};

use divan::Bencher;
use generator::{Config, Generated};
use leerlijn::Lang;
use leerlijn::analysis::{Analysis, CheckOptions, analyze};
use leerlijn::project::{Project, from_memory};

// As the binary (src/main.rs): the benchmark measures what users run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// True under `cargo bench`; false when run as a test.
fn bench_mode() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// Scale 1 and 10 under `cargo bench`; one region each as a test; with
/// a draft plan's density of findings either way.
fn config(scale: u32) -> Config {
    if bench_mode() {
        Config::scale(f64::from(scale)).dense()
    } else {
        Config::regions(scale as usize).dense()
    }
}

static SCALE1: LazyLock<Generated> = LazyLock::new(|| generator::generate(&config(1)));
static SCALE10: LazyLock<Generated> = LazyLock::new(|| generator::generate(&config(10)));
static PROJECT1: LazyLock<Project> = LazyLock::new(|| load(&SCALE1));
/// Scale 1 without `pupils` and `capacity`.
static BARE1: LazyLock<Generated> = LazyLock::new(|| {
    let mut c = config(1);
    c.numbers = false;
    generator::generate(&c)
});

fn load(g: &Generated) -> Project {
    from_memory(&g.file_refs(), false)
}

/// The full check as the CLI runs it after reading the files: analyse,
/// then stream the JSON report through a buffer, as the CLI streams it to
/// standard output (the report is never held whole); returns its length.
fn full_check(project: &Project) -> usize {
    let analysis = analyze(project, &CheckOptions::default());
    stream_json(&analysis, &project.sources)
}

/// The JSON report streamed through a buffer into [`Discard`]; its length.
fn stream_json(analysis: &Analysis, sources: &leerlijn::source::SourceMap) -> usize {
    let mut out = std::io::BufWriter::new(Discard(0));
    leerlijn::emit::json::write(analysis, sources, Lang::En, &mut out)
        .expect("JSON output serialises");
    out.into_inner().map_or(0, |d| d.0)
}

/// Standard output sent nowhere: counts the bytes written to it.
struct Discard(usize);

impl std::io::Write for Discard {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn main() {
    // As the binary does: freed memory stays with the process.
    leerlijn::allocator::keep_freed_memory();
    leerlijn::allocator::no_huge_pages();
    // `-- numbers`: only the paired rounds of issue 15's ratio (divan,
    // given a filter that names no benchmark, runs none).
    let only_numbers = std::env::args().skip(1).any(|a| a == "numbers");
    divan::main();
    let filtered = std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && a != "check");
    if bench_mode() && only_numbers {
        numbers_ratio();
    } else if bench_mode() && !filtered {
        summary();
    }
}

mod full {
    use super::*;

    #[divan::bench(sample_count = 20, sample_size = 1)]
    fn check_scale_1(b: Bencher) {
        b.counter(divan::counter::BytesCount::new(SCALE1.stats.pathway_bytes))
            .with_inputs(|| load(&SCALE1))
            .bench_local_refs(|p| full_check(p));
    }

    /// The same plan without numbers: the flow checks do not run.
    #[divan::bench(sample_count = 20, sample_size = 1)]
    fn check_scale_1_without_numbers(b: Bencher) {
        b.counter(divan::counter::BytesCount::new(BARE1.stats.pathway_bytes))
            .with_inputs(|| load(&BARE1))
            .bench_local_refs(|p| full_check(p));
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn check_scale_10(b: Bencher) {
        b.counter(divan::counter::BytesCount::new(SCALE10.stats.pathway_bytes))
            .with_inputs(|| load(&SCALE10))
            .bench_local_refs(|p| full_check(p));
    }
}

mod stages {
    use super::*;
    use leerlijn::syntax::{Arena, SourceAst, parse};

    fn asts<'a>(project: &'a Project, arena: &'a Arena) -> Vec<SourceAst<'a>> {
        project
            .sources
            .files()
            .map(|(id, f)| parse(id, &f.text, arena).ast)
            .collect()
    }

    #[divan::bench(sample_count = 20)]
    fn parse_scale_1(b: Bencher) {
        let p = &*PROJECT1;
        b.counter(divan::counter::BytesCount::new(SCALE1.stats.pathway_bytes))
            .bench(|| {
                let arena = Arena::new();
                drop(asts(p, &arena));
            });
    }

    #[divan::bench(sample_count = 20)]
    fn resolve_scale_1(b: Bencher) {
        let p = &*PROJECT1;
        let arena = Arena::new();
        let asts = asts(p, &arena);
        b.bench(|| drop(leerlijn::resolve::resolve(&p.sources, &asts)));
    }

    #[divan::bench(sample_count = 20)]
    fn graph_and_checks_scale_1(b: Bencher) {
        let p = &*PROJECT1;
        let model = {
            let arena = Arena::new();
            leerlijn::resolve::resolve(&p.sources, &asts(p, &arena)).model
        };
        b.bench(|| {
            let graph = leerlijn::graph::build(&model, None);
            let mut out = Vec::new();
            leerlijn::checks::run(
                &leerlijn::checks::Context {
                    sources: &p.sources,
                    model: &model,
                    graph: &graph,
                },
                &mut out,
            );
            out
        });
    }

    #[divan::bench(sample_count = 20)]
    fn json_output_scale_1(b: Bencher) {
        let p = &*PROJECT1;
        let analysis: Analysis = analyze(p, &CheckOptions::default());
        b.bench(|| stream_json(&analysis, &p.sources));
    }
}

mod others {
    use super::*;

    #[divan::bench(sample_count = 20)]
    fn serde_json_value_scale_1(b: Bencher) {
        let text = &SCALE1.json;
        b.counter(divan::counter::BytesCount::new(text.len()))
            .bench(|| drop(serde_json::from_str::<serde_json::Value>(text).expect("valid JSON")));
    }

    #[divan::bench(sample_count = 20)]
    fn toml_table_scale_1(b: Bencher) {
        let text = &SCALE1.toml;
        b.counter(divan::counter::BytesCount::new(text.len()))
            .bench(|| drop(text.parse::<toml::Table>().expect("valid TOML")));
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn serde_json_value_scale_10(b: Bencher) {
        let text = &SCALE10.json;
        b.counter(divan::counter::BytesCount::new(text.len()))
            .bench(|| drop(serde_json::from_str::<serde_json::Value>(text).expect("valid JSON")));
    }

    #[divan::bench(sample_count = 3, sample_size = 1)]
    fn toml_table_scale_10(b: Bencher) {
        let text = &SCALE10.toml;
        b.counter(divan::counter::BytesCount::new(text.len()))
            .bench(|| drop(text.parse::<toml::Table>().expect("valid TOML")));
    }
}

/// The fastest of `runs` timings (the least disturbed by other processes
/// on a shared machine).
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            divan::black_box(f());
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// The comparison README quotes: best of N in-process timings, MB/s and
/// the ratio of the full check to each generic parser.
fn summary() {
    println!("\nRatio summary (best of N runs, in-process; the whole process: tools/measure.sh)");
    println!(
        "{:<8} {:>10} {:>12} {:>12} {:>12} {:>14} {:>14}",
        "scale", "MB", "leerlijn", "serde_json", "toml", "÷ serde_json", "÷ toml"
    );
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let mut per_mb = Vec::new();
    for (scale, g, runs) in [(1, &*SCALE1, 7), (10, &*SCALE10, 3)] {
        let project = load(g);
        let check = best(runs, || full_check(&project));
        let json = best(runs, || {
            serde_json::from_str::<serde_json::Value>(&g.json).expect("valid JSON")
        });
        let toml = best(runs, || g.toml.parse::<toml::Table>().expect("valid TOML"));
        let mb = g.stats.pathway_bytes as f64 / 1e6;
        per_mb.push(ms(check) / mb);
        println!(
            "{:<8} {:>10.2} {:>9.1} ms {:>9.1} ms {:>9.1} ms {:>14.2} {:>14.2}",
            scale,
            mb,
            ms(check),
            ms(json),
            ms(toml),
            ms(check) / ms(json),
            ms(check) / ms(toml)
        );
    }
    println!(
        "time per MB, scale 10 ÷ scale 1: {:.2} ({:.1} vs {:.1} ms/MB)",
        per_mb[1] / per_mb[0],
        per_mb[1],
        per_mb[0]
    );
    numbers_ratio();
}

/// Issue 15's ratio: scale 1 with numbers ÷ without, as the median of
/// paired rounds (`ROUNDS`, default 101; odd). A single round's ratio
/// spreads by about ±0.05 on a shared machine, the median of 41 by about
/// ±0.015: 101 rounds (about 11 s) bring it to about ±0.01.
fn numbers_ratio() {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let n: usize = std::env::var("ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n| n > 0)
        .map_or(101, |n: usize| n | 1);
    // Paired and interleaved: each round times both plans back to back,
    // so a busy spell of the machine hits both alike, and the median of the
    // rounds' ratios is steadier than a ratio of two minimums. Which plan
    // goes first alternates, so that neither always finds the memory the
    // other just freed.
    let (with, without) = (load(&SCALE1), load(&BARE1));
    // `ONLY=with` or `ONLY=without`: one plan's rounds alone, so that a
    // profiler (`perf record`) sees one plan at a time.
    if let Ok(only) = std::env::var("ONLY") {
        let plan = match only.as_str() {
            "with" => &with,
            "without" => &without,
            _ => panic!("ONLY is `with` or `without`, not `{only}`"),
        };
        let start = Instant::now();
        for _ in 0..n {
            std::hint::black_box(full_check(plan));
        }
        println!(
            "\nscale 1 {only} numbers: {:.1} ms a round, {n} rounds",
            ms(start.elapsed()) / n as f64
        );
        return;
    }
    let rounds: Vec<(f64, f64)> = (0..n)
        .map(|round| {
            let time = |p: &Project| ms(best(1, || full_check(p)));
            if round % 2 == 0 {
                let a = time(&with);
                (a, time(&without))
            } else {
                let b = time(&without);
                (time(&with), b)
            }
        })
        .collect();
    let mut ratios: Vec<f64> = rounds.iter().map(|(a, b)| a / b).collect();
    ratios.sort_by(f64::total_cmp);
    let fastest =
        |pick: fn(&(f64, f64)) -> f64| rounds.iter().map(pick).fold(f64::INFINITY, f64::min);
    let (fastest_with, fastest_without) = (fastest(|r| r.0), fastest(|r| r.1));
    println!(
        "\nscale 1 with numbers (pupils, capacity) ÷ without: {:.3}, median of {n} paired rounds \
         (quartiles {:.3}..{:.3}; fastest {:.1} vs {:.1} ms)",
        ratios[n / 2],
        ratios[n / 4],
        ratios[3 * n / 4],
        fastest_with,
        fastest_without
    );
}
