//! Writes a synthetic national plan for benchmarks and profiling:
//!
//! ```sh
//! cargo run --release --example generate -- --scale 1 /tmp/plan
//! leerlijn check --no-std /tmp/plan/pathways
//! ```
//!
//! OUT/pathways/ gets the `.pathway` files (a catalogue, then four files
//! per region), OUT/plan.json and OUT/plan.toml the same entities as JSON
//! and TOML. Scale 1 is 35 regions, 3,500 programmes, about 17,000 offers
//! and 50,000 pathways; scale N has 35·N regions. The output depends only
//! on the scale (and `--seed`), byte for byte.
//!
//! Every programme states `pupils` and every offer `capacity`;
//! `--no-numbers` writes the same plan without them, so the two runs of
//! `leerlijn check` tell what the flow checks (K601, K602) cost.

#[path = "../benches/support/generator.rs"]
mod generator;

use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: generate [--scale N] [--seed S] [--clean] [--no-numbers] OUT");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut scale = 1.0f64;
    let mut seed = 1u64;
    let mut dense = true;
    let mut numbers = true;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--scale" => match args.next().and_then(|v| v.parse().ok()) {
                Some(v) if v > 0.0 => scale = v,
                _ => return usage(),
            },
            "--seed" => match args.next().and_then(|v| v.parse().ok()) {
                Some(v) => seed = v,
                None => return usage(),
            },
            "--clean" => dense = false,
            "--no-numbers" => numbers = false,
            "-h" | "--help" => {
                usage();
                return ExitCode::SUCCESS;
            }
            _ if out.is_none() && !a.starts_with('-') => out = Some(PathBuf::from(a)),
            _ => return usage(),
        }
    }
    let Some(out) = out else { return usage() };
    let mut cfg = generator::Config::scale(scale);
    cfg.dense = dense;
    cfg.seed = seed;
    cfg.numbers = numbers;
    let g = generator::generate(&cfg);
    let dir = out.join("pathways");
    if dir.exists() {
        // Only ever remove what this tool wrote: the pathways directory.
        if let Err(e) = std::fs::remove_dir_all(&dir) {
            eprintln!("error: cannot clear {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    }
    let write = |path: PathBuf, text: &str| -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text)
    };
    let mut result = Ok(());
    for (rel, text) in &g.files {
        result = result.and_then(|_| write(dir.join(rel), text));
    }
    result = result
        .and_then(|_| write(out.join("plan.json"), &g.json))
        .and_then(|_| write(out.join("plan.toml"), &g.toml));
    if let Err(e) = result {
        eprintln!("error: cannot write {}: {e}", out.display());
        return ExitCode::from(2);
    }
    let s = &g.stats;
    println!(
        "{}: {} regions, {} schools, {} programmes, {} institutions, {} offers, {} pathways ({} edges)",
        out.display(),
        s.regions,
        s.schools,
        s.programmes,
        s.institutions,
        s.offers,
        s.pathways,
        s.edges
    );
    println!(
        "pathway: {} files, {} lines, {} bytes; plan.json {} bytes; plan.toml {} bytes",
        g.files.len(),
        s.pathway_lines,
        s.pathway_bytes,
        g.json.len(),
        g.toml.len()
    );
    ExitCode::SUCCESS
}
