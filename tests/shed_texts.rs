//! A check whose output names positions only lets go of the files' texts
//! once the checks that read them have run (`analyze_without_texts`): its
//! output in every such format is the same as with the texts kept.

mod common;

use std::path::PathBuf;

use leerlijn::Lang;
use leerlijn::analysis::{Analysis, CheckOptions, analyze, analyze_without_texts};
use leerlijn::emit::{collect, concise, github, json, junit, markdown, sarif};
use leerlijn::project::Project;
use leerlijn::source::SourceMap;

/// Every format but `human`, in both languages.
fn outputs(analysis: &Analysis, sources: &SourceMap) -> Vec<String> {
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Nl] {
        out.push(json::render(analysis, sources, lang));
        out.push(collect(|w| sarif::write(analysis, sources, lang, w)));
        out.push(collect(|w| junit::write(analysis, sources, lang, w)));
        out.push(collect(|w| github::write(analysis, sources, lang, w)));
        out.push(collect(|w| concise::write(analysis, sources, lang, w)));
        out.push(markdown::render(analysis, sources, lang, None));
    }
    out
}

/// The outputs with the texts kept and shed, and the findings' count.
fn both(load: impl Fn() -> Project) -> (Vec<String>, Vec<String>, usize) {
    let kept = load();
    let analysis = analyze(&kept, &CheckOptions::default());
    let want = outputs(&analysis, &kept.sources);
    let mut shed = load();
    let analysis_shed = analyze_without_texts(&mut shed, &CheckOptions::default());
    for (_, f) in shed.sources.files().filter(|(_, f)| !f.is_std) {
        assert!(f.text.as_str().is_none(), "{} kept its text", f.path);
    }
    let got = outputs(&analysis_shed, &shed.sources);
    (want, got, analysis.diagnostics.len())
}

fn inputs() -> Vec<PathBuf> {
    let root = common::crate_dir();
    let mut inputs = Vec::new();
    let mut push_dir = |dir: PathBuf, files: bool| {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("fixture directory")
            .map(|e| e.expect("directory entry").path())
            .filter(|p| if files { p.is_file() } else { p.is_dir() })
            .collect();
        entries.sort();
        inputs.extend(entries);
    };
    push_dir(root.join("tests/fixtures/checks"), true);
    push_dir(root.join("pathways/examples"), false);
    for group in ["regions", "report", "coverage"] {
        push_dir(root.join("tests/fixtures").join(group), false);
    }
    inputs
}

#[test]
fn every_fixture_reads_the_same_without_its_text() {
    let mut findings = 0;
    let inputs = inputs();
    assert!(inputs.len() > 100, "{} inputs", inputs.len());
    for input in inputs {
        let (want, got, n) = both(|| common::load(std::slice::from_ref(&input), true));
        findings += n;
        for (w, g) in want.iter().zip(&got) {
            assert_eq!(w, g, "{}", input.display());
        }
    }
    assert!(findings >= 300, "{findings} findings");
}

/// Positions after multi-byte characters, on lines ending in CRLF, after a
/// byte order mark, in a file without a final newline: the kept table
/// gives the columns that counting the text gave.
#[test]
fn columns_after_multibyte_characters_survive() {
    let dir = common::scratch("shed_texts_multibyte");
    std::fs::write(
        dir.join("a.pathway"),
        "\u{feff}school sé \"Ünïcode 😀 school\" { programme bb \"bé\" { track = bb } }\r\n\
         institution rö \"Rö 😀\" { offer 25263 }\r\n\
         # 😀😀 é\r\n\
         pathway sé.bb -> rö.25263 -> rö.9999\r\n\
         pathway sé.bé -> rö.25263",
    )
    .expect("write the plan");
    let load = || common::load(&[dir.join("a.pathway")], true);
    let (want, got, n) = both(load);
    assert!(n >= 2, "{n} findings");
    assert_eq!(want, got);
    // The positions themselves, through the JSON output.
    let project = load();
    let a = analyze(&project, &CheckOptions::default());
    let mut shed = load();
    let b = analyze_without_texts(&mut shed, &CheckOptions::default());
    assert_eq!(common::found(&project, &a), common::found(&shed, &b));
}

/// A text that is mostly multi-byte characters stays: its table would
/// outweigh it. Its positions are the same either way.
#[test]
fn a_text_mostly_of_wide_characters_is_kept() {
    let dir = common::scratch("shed_texts_wide");
    let title = "日本語の学校".repeat(40);
    std::fs::write(
        dir.join("a.pathway"),
        format!("school s \"{title}\" {{ programme bb \"{title}\" {{ track = bb }} }}\npathway s.bb -> nergens.25263\n"),
    )
    .expect("write the plan");
    let mut shed = common::load(&[dir.join("a.pathway")], false);
    let kept = common::load(&[dir.join("a.pathway")], false);
    let b = analyze_without_texts(&mut shed, &CheckOptions::default());
    let a = analyze(&kept, &CheckOptions::default());
    let file = shed.sources.files().next().expect("one file").1;
    assert_eq!(
        file.text.as_str(),
        kept.sources.files().next().unwrap().1.text.as_str()
    );
    assert!(!a.diagnostics.is_empty());
    assert_eq!(outputs(&a, &kept.sources), outputs(&b, &shed.sources));
}

/// A file that starts with a pathway has its text taken before parsing
/// and let go once its pathways are resolved; one that then declares more
/// than pathways is read from a copy. Both give what the kept texts give:
/// a misspelt node, a field message naming its pathway, a suppression.
#[test]
fn files_that_start_with_a_pathway_give_the_same_findings() {
    let dir = common::scratch("shed_texts_pathways_first");
    std::fs::write(
        dir.join("a.pathway"),
        "# pathways first\n\
         pathway s.bb -> i.25263 { route = bbl, colour = 3 }\n\
         pathway s.bx -> i.25263\n\
         # leerlijn: allow(C201) the region accepts it\n\
         pathway s.bb -> i.25263\n",
    )
    .expect("write the plan");
    std::fs::write(
        dir.join("b.pathway"),
        "pathway s.bb -> i.25263 { note = 4 }\n\
         school s \"S\" { programme bb \"BB\" { track = bb } }\n\
         institution i \"I\" { offer 25263 }\n",
    )
    .expect("write the plan");
    let load = || common::load(&[dir.join("a.pathway"), dir.join("b.pathway")], true);
    let (want, got, n) = both(load);
    assert!(n >= 3, "{n} findings");
    assert_eq!(want, got);
}
