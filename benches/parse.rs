//! Parse and resolve a synthetic project at 1x, 2x, 4x and 8x size, so
//! that the growth with size is visible (it should be linear).
//!
//! `cargo bench --bench parse`. One unit is 8 files: 6 of schools (10
//! schools of 4 programmes each, with 3 pathways per programme) and 2 of
//! institutions (5 institutions offering 20 real prelude qualifications
//! each), 1,508 lines and 130 KB.

use divan::Bencher;
use divan::counter::BytesCount;
use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::project::from_memory;
use leerlijn::source::SourceMap;
use leerlijn::syntax::{Arena, parse};

fn main() {
    divan::main();
}

const SCALES: [usize; 4] = [1, 2, 4, 8];

/// Real qualifications of the prelude: (crebo, level), in three chains of
/// rising level within one dossier, and single ones.
const OFFERS: [(u32, u8); 20] = [
    (25737, 2), // Monteur elektrotechnische installaties
    (25332, 3), // Eerste monteur elektrotechnische installaties woning en utiliteit
    (25263, 4), // Technicus elektrotechnische installaties woning en utiliteit
    (25265, 4), // Technicus human technology
    (25242, 2), // Autotechnicus
    (25244, 3), // Eerste autotechnicus
    (25249, 4), // Technisch specialist personenauto's
    (25182, 3), // Zelfstandig werkend kok
    (25179, 4), // Gespecialiseerd kok
    (25761, 2), // Procesoperator A
    (25762, 3), // Procesoperator B
    (25802, 4), // Operator C
    (25900, 2), // Medewerker havenoperaties
    (25901, 3), // Gevorderd medewerker havenoperaties
    (25902, 4), // Coordinator havenoperaties
    (25395, 2), // Medewerker havenlogistiek
    (25393, 3), // Coordinator havenlogistiek
    (25394, 4), // Manager havenlogistiek
    (25656, 3), // Verzorgende IG
    (25655, 4), // Mbo-verpleegkundige
];

/// Programme kinds: (track, profile, subjects, pathway chains as indexes
/// into OFFERS).
const PROGRAMMES: [(&str, &str, &str, [&[usize]; 3]); 4] = [
    (
        "kb",
        "PIE",
        "ne, en, wi, nask1",
        [&[0, 1, 2], &[1, 2], &[3]],
    ),
    (
        "bb",
        "MOBT",
        "ne, en, wi",
        [&[4, 5, 6], &[4], &[12, 13, 14]],
    ),
    ("gt", "HBR", "ne, en, ec", [&[7, 8], &[15, 16, 17], &[7]]),
    (
        "tl",
        "tl-zw",
        "ne, en, bi",
        [&[18, 19], &[18], &[9, 10, 11]],
    ),
];

/// The files of a project `scale` units large: `(path, text)`.
fn project(scale: usize) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for unit in 0..scale {
        for f in 0..2 {
            let mut text = String::from("# Synthetic institutions for benchmarks.\n");
            for i in 0..5 {
                let inst = format!("inst-{unit}-{f}-{i}");
                text.push_str(&format!(
                    // No real mbo institution's code starts above 31 or has
                    // a Q third: well formed, and no near miss of one.
                    "institution {inst} \"Instelling {unit}.{f}.{i}\" {{\n  brin = \"{:02}QB\"\n",
                    40 + i
                ));
                for (crebo, level) in OFFERS {
                    text.push_str(&format!(
                        "  offer {crebo} {{ location = \"Plaats {i}\", routes = [bol, bbl], capacity = {} }} # level {level}\n",
                        20 + i
                    ));
                }
                text.push_str("}\n\n");
            }
            files.push((format!("unit{unit}/institutions{f}.pathway"), text));
        }
        for f in 0..6 {
            let mut text = String::from("# Synthetic schools for benchmarks.\n");
            for s in 0..10 {
                let school = format!("school-{unit}-{f}-{s}");
                text.push_str(&format!("school {school} \"School {unit}.{f}.{s}\" {{\n  brin = \"{:02}XY\"\n  municipality = \"Utrecht\"\n", s));
                for (p, (track, profile, subjects, _)) in PROGRAMMES.iter().enumerate() {
                    text.push_str(&format!(
                        "  programme p{p} \"{profile} {track}\" {{ track = {track}, profile = {profile}, subjects = [{subjects}], pupils = 25, from = 2025 }}\n"
                    ));
                }
                text.push_str("}\n");
                // Each programme leads into one institution of the unit.
                let inst = format!("inst-{unit}-{}-{}", s % 2, s % 5);
                for (p, (_, _, _, chains)) in PROGRAMMES.iter().enumerate() {
                    for chain in chains {
                        text.push_str(&format!("pathway {school}.p{p}"));
                        for &o in *chain {
                            text.push_str(&format!(" -> {inst}.{}", OFFERS[o].0));
                        }
                        text.push_str(" { from = 2025, note = \"doorlopende leerlijn\" }\n");
                    }
                }
                text.push('\n');
            }
            files.push((format!("unit{unit}/schools{f}.pathway"), text));
        }
    }
    files
}

fn bytes(files: &[(String, String)]) -> usize {
    files.iter().map(|(_, t)| t.len()).sum()
}

/// Lexing and parsing only.
#[divan::bench(args = SCALES)]
fn parse_only(bencher: Bencher, scale: usize) {
    let files = project(scale);
    bencher.counter(BytesCount::new(bytes(&files))).bench(|| {
        let arena = Arena::new();
        let parsed: Vec<_> = files
            .iter()
            .enumerate()
            .map(|(i, (_, text))| parse(leerlijn::source::FileId(i as u32), text, &arena))
            .collect();
        parsed.len()
    });
}

/// Parse and resolve (names, values, the model), prelude included, as
/// the pipeline does it, without the checks.
#[divan::bench(args = SCALES)]
fn parse_and_resolve(bencher: Bencher, scale: usize) {
    let files = project(scale);
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let project = from_memory(&refs, true);
    let sources: &SourceMap = &project.sources;
    // The model is returned, so it is dropped outside the timing (as in
    // `analyze_all`); the trees go with their arena, in a few blocks.
    bencher.counter(BytesCount::new(bytes(&files))).bench(|| {
        let arena = Arena::new();
        let asts: Vec<_> = sources
            .files()
            .map(|(id, f)| parse(id, &f.text, &arena).ast)
            .collect();
        leerlijn::resolve::resolve(sources, &asts)
    });
}

/// The whole analysis (`leerlijn check` without the output).
#[divan::bench(args = SCALES)]
fn analyze_all(bencher: Bencher, scale: usize) {
    let files = project(scale);
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let project = from_memory(&refs, true);
    let opts = CheckOptions::default();
    bencher
        .counter(BytesCount::new(bytes(&files)))
        .bench(|| divan::black_box(analyze(&project, &opts)));
}

/// The synthetic project must be clean of syntax and name errors, or the
/// benchmark would measure error paths.
#[divan::bench(args = [1])]
fn check_project_is_clean(scale: usize) {
    let files = project(scale);
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let project = from_memory(&refs, true);
    let a = analyze(&project, &CheckOptions::default());
    let bad: Vec<_> = a
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str().starts_with('E'))
        .map(|d| d.message.render(leerlijn::Lang::En))
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
}
