//! The other side of the whole-process comparison in `tools/measure.sh`:
//! read a file and parse it with a generic parser, as a program of its own.
//!
//! ```sh
//! cargo run --release --example parse_other -- json OUT/plan.json
//! cargo run --release --example parse_other -- toml OUT/plan.toml
//! ```
//!
//! It prints the number of top-level keys, so the parse cannot be skipped.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kind, path] = args.as_slice() else {
        eprintln!("usage: parse_other json|toml FILE");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let keys = match kind.as_str() {
        "json" => serde_json::from_str::<serde_json::Value>(&text)
            .map(|v| v.as_object().map_or(0, |o| o.len()))
            .map_err(|e| e.to_string()),
        "toml" => text
            .parse::<toml::Table>()
            .map(|t| t.len())
            .map_err(|e| e.to_string()),
        _ => Err(format!("unknown format `{kind}`")),
    };
    match keys {
        Ok(n) => {
            println!("{n}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}
