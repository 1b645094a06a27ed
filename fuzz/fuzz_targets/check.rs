//! The whole pipeline on arbitrary bytes, as `leerlijn check` runs it:
//! bytes → UTF-8 decoding (E003) → parse → resolve → graph → checks →
//! JSON and human output. The first byte picks options (prelude on or off,
//! language, a `--years` range); the rest is split into up to three files
//! at the byte 0xFF (never valid UTF-8, so it cannot hide a real input).
#![no_main]

use leerlijn::Lang;
use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::emit::{human, json};
use leerlijn::project::from_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let std = flags & 1 != 0;
    let lang = if flags & 2 != 0 { Lang::Nl } else { Lang::En };
    // Up to 92 plan years: past 64 the flow checks take their exact path.
    let years = (flags & 4 != 0).then_some((2024, 2024 + 13 * u32::from(flags >> 5)));
    let parts: Vec<&[u8]> = rest.splitn(3, |&b| b == 0xFF).collect();
    let names = ["a.pathway", "b/c.pathway", "d.pathway"];
    let files: Vec<(&str, &[u8])> = parts.iter().enumerate().map(|(i, p)| (names[i], *p)).collect();
    let project = from_bytes(&files, std);
    let opts = CheckOptions {
        years,
        ..CheckOptions::default()
    };
    let analysis = analyze(&project, &opts);
    let out = json::render(&analysis, &project.sources, lang);
    let value: serde_json::Value = serde_json::from_str(&out).expect("JSON output parses");
    for d in value["diagnostics"].as_array().expect("a diagnostics array") {
        let line = d["line"].as_u64().expect("a line");
        let column = d["column"].as_u64().expect("a column");
        assert!(line >= 1 && column >= 1, "position {line}:{column}");
        assert!(
            (d["end_line"].as_u64(), d["end_column"].as_u64()) >= (Some(line), Some(column)),
            "end before start in {d}"
        );
    }
    let _ = human::render(&analysis, &project.sources, lang, false, 80);
});
