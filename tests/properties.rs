//! Property tests (proptest) over arbitrary and mutated plans:
//!
//! - every span of every finding and label lies inside its file, on
//!   character boundaries;
//! - every line/column in the JSON report exists in its file;
//! - the JSON report always parses, and is the same byte for byte when the
//!   project is loaded and checked again;
//! - growth is linear-ish: eight times the input costs well under 64 times
//!   the work. Work is counted, not timed, so a busy machine cannot fail
//!   it: the test binary's allocator counts this thread's allocations and
//!   allocated bytes (the quadratic did-you-mean search this guards against
//!   allocated per comparison). Timings belong in `cargo bench`.
//!
//! Case counts are small (`cargo test` runs this in a debug build) and the
//! seed is fixed, so every run tests the same cases (set
//! `PROPTEST_RNG_SEED=random` to explore); failing cases are not persisted:
//! proptest prints the minimal input, which then belongs in
//! tests/fuzz_regressions/.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use leerlijn::Lang;
use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::emit::json;
use leerlijn::project::{Project, from_bytes};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

#[path = "support/plans.rs"]
mod plans;
use plans::RIJNMOND;

fn config(cases: u32) -> Config {
    let mut config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(0x6c65_6572_6c69_6a6e);
    }
    config
}

/// The system allocator, counting what this thread allocates. Thread-local
/// so that tests running in parallel do not count each other's work.
struct Counting;

thread_local! {
    static ALLOCS: Cell<u64> = const { Cell::new(0) };
    static BYTES: Cell<u64> = const { Cell::new(0) };
}

fn count(size: usize) {
    // `try_with`: the thread's counters may already be gone while it exits.
    let _ = ALLOCS.try_with(|a| a.set(a.get() + 1));
    let _ = BYTES.try_with(|b| b.set(b.get() + size as u64));
}

// SAFETY: every call is passed straight to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Work done by one whole check: allocations and allocated bytes.
#[derive(Debug, Clone, Copy)]
struct Work {
    allocs: u64,
    bytes: u64,
}

impl Work {
    /// At most `factor` times `small`'s work, per measure; `pad` absorbs
    /// the fixed cost of a check (loading, the JSON header).
    fn within(self, small: Work, factor: u64) -> bool {
        const PAD_ALLOCS: u64 = 2_000;
        const PAD_BYTES: u64 = 256 * 1024;
        self.allocs <= (small.allocs + PAD_ALLOCS) * factor
            && self.bytes <= (small.bytes + PAD_BYTES) * factor
    }
}

/// Tokens and near-tokens of the language, valid and not.
const TOKENS: &[&str] = &[
    "region",
    "sector",
    "subject",
    "profile",
    "track",
    "dossier",
    "qualification",
    "prerequisite",
    "school",
    "programme",
    "institution",
    "offer",
    "pathway",
    "as",
    "{",
    "}",
    "[",
    "]",
    ",",
    "=",
    ".",
    "->",
    "-",
    "admits",
    "members",
    "demand",
    "level",
    "from",
    "until",
    "route",
    "routes",
    "bol",
    "bbl",
    "note",
    "subjects",
    "includes",
    "requires",
    "one-of",
    "into",
    "target-level",
    "bb",
    "kb",
    "PIE",
    "ne",
    "wi",
    "olympia",
    "zadkine",
    "olympia.pie-kb",
    "zadkine.25263",
    "x-",
    "25263",
    "23111",
    "2025",
    "1899",
    "4",
    "0",
    "123456789012345678901234567890",
    "\"title\"",
    "\"é😀\"",
    "\"unterminated",
    "\"bad \\q escape\"",
    "\"\\u{1F600}\"",
    "# comment\n",
    "# leerlijn: allow(C207) why\n",
    "# leerlijn: allow(E101)\n",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "é",
    "😀",
    "\0",
    "@",
    "\u{feff}",
];

/// A run of tokens, sometimes glued together, sometimes on new lines.
fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec((0..TOKENS.len(), 0..4u8), 0..160).prop_map(|toks| {
        let mut s = String::new();
        for (t, sep) in toks {
            s.push_str(TOKENS[t]);
            s.push_str(match sep {
                0 => "",
                1 | 2 => " ",
                _ => "\n",
            });
        }
        s
    })
}

#[derive(Clone, Debug)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, token: usize },
    Duplicate { at: usize, len: usize },
    Byte { at: usize, byte: u8 },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Edit::Insert { at, token }),
        (any::<usize>(), 1..200usize).prop_map(|(at, len)| Edit::Duplicate { at, len }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::Byte { at, byte }),
    ]
}

/// The example region with a few edits in one of its files (bytes, so an
/// edit may also make it invalid UTF-8).
fn mutated() -> impl Strategy<Value = (usize, Vec<Edit>)> {
    (0..RIJNMOND.len(), prop::collection::vec(edit(), 1..6))
}

fn apply(text: &str, edits: &[Edit]) -> Vec<u8> {
    let mut b = text.as_bytes().to_vec();
    for e in edits {
        let n = b.len().max(1);
        match *e {
            Edit::Delete { at, len } => {
                let at = at % n;
                let end = (at + len).min(b.len());
                if at < end {
                    b.drain(at..end);
                }
            }
            Edit::Insert { at, token } => {
                let at = (at % n).min(b.len());
                b.splice(at..at, TOKENS[token].bytes());
            }
            Edit::Duplicate { at, len } => {
                let at = at % n;
                let end = (at + len).min(b.len());
                let copy: Vec<u8> = b.get(at..end).unwrap_or_default().to_vec();
                b.splice(at..at, copy);
            }
            Edit::Byte { at, byte } => {
                if !b.is_empty() {
                    let at = at % b.len();
                    b[at] = byte;
                }
            }
        }
    }
    b
}

/// Checks the project and every invariant; returns the JSON report.
fn check_all(files: &[(&str, &[u8])], std: bool) -> String {
    let project = from_bytes(files, std);
    let analysis = analyze(&project, &CheckOptions::default());
    spans_inside(&project, &analysis);
    let out = json::render(&analysis, &project.sources, Lang::En);
    positions_inside(&project, &out);
    // Deterministic: load and check again from scratch.
    let again = from_bytes(files, std);
    let second = json::render(
        &analyze(&again, &CheckOptions::default()),
        &again.sources,
        Lang::En,
    );
    assert_eq!(out, second, "the JSON report is the same on a second run");
    out
}

fn spans_inside(project: &Project, analysis: &leerlijn::analysis::Analysis) {
    for d in &analysis.diagnostics {
        for span in std::iter::once(d.span).chain(d.labels.iter().map(|l| l.span)) {
            let text = &project.sources.get(span.file).text;
            assert!(
                span.start <= span.end,
                "{:?}: {span:?} runs backwards",
                d.code
            );
            assert!(
                span.end as usize <= text.len(),
                "{:?}: {span:?} past the end",
                d.code
            );
            assert!(
                text.is_char_boundary(span.start as usize)
                    && text.is_char_boundary(span.end as usize),
                "{:?}: {span:?} splits a character",
                d.code
            );
        }
    }
}

fn positions_inside(project: &Project, out: &str) {
    let v: serde_json::Value = serde_json::from_str(out).expect("the JSON report parses");
    for d in v["diagnostics"].as_array().expect("diagnostics") {
        let mut places = vec![d];
        places.extend(d["labels"].as_array().expect("labels"));
        for p in places {
            let path = p["file"].as_str().expect("file");
            let (_, file) = project
                .sources
                .files()
                .find(|(_, f)| f.path == path)
                .expect("a file of the project");
            let lines: Vec<&str> = file.text.split('\n').collect();
            let get = |k: &str| p[k].as_u64().expect("a number");
            let (l, c, el, ec) = (
                get("line"),
                get("column"),
                get("end_line"),
                get("end_column"),
            );
            for (line, col) in [(l, c), (el, ec)] {
                assert!(
                    line >= 1 && line as usize <= lines.len(),
                    "line {line}: {p}"
                );
                let width = lines[line as usize - 1].chars().count() as u64;
                assert!(
                    col >= 1 && col <= width + 1,
                    "column {col} of line {line}: {p}"
                );
            }
            assert!((el, ec) >= (l, c), "end before start: {p}");
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// Arbitrary token soup, in one file or split over two.
    #[test]
    fn token_soup_keeps_every_promise(a in soup(), b in soup()) {
        check_all(&[("a.pathway", a.as_bytes())], false);
        check_all(&[("a.pathway", a.as_bytes()), ("dir/b.pathway", b.as_bytes())], false);
    }
}

proptest! {
    #![proptest_config(config(24))]

    /// The example region (with the prelude) after a few random edits.
    #[test]
    fn edited_example_keeps_every_promise((file, edits) in mutated()) {
        let edited = apply(RIJNMOND[file].1, &edits);
        let files: Vec<(&str, &[u8])> = RIJNMOND
            .iter()
            .enumerate()
            .map(|(i, (name, text))| (*name, if i == file { &edited[..] } else { text.as_bytes() }))
            .collect();
        check_all(&files, true);
    }
}

/// Shapes of input to repeat: `{i}` becomes the copy's number, so every
/// copy declares new names (a clean unit, units full of findings, broken
/// units that make the parser recover, deep and long lines). References
/// resolve: unknown ones are the ignored test below.
const SHAPES: &[&str] = &[
    "school s{i} { programme p { track = bb } }\ninstitution i{i} { offer 25263 }\npathway s{i}.p -> i{i}.25263\n",
    "school s { programme p{i} { track = bb } }\n",
    "institution i { offer 25263 as o{i} { location = \"l{i}\" } }\n",
    "region r{i} { members = [s{i}] }\nschool s{i} { programme p { track = kb } } # leerlijn: allow(C207) why\n",
    "pathway a{i}.b -> \n school { { [ = \"x\n",
    "}\n",
    "{ [ ( \"é😀 @@ \0\n",
    "track t{i} { admits = [1, 2, 3, 4, 5, 123456789012345678901234567890] }\n",
    "pathway x.y -> x.y -> x.y -> x.y -> x.y -> x.y -> x.y -> x.y\n",
];

fn repeat(shape: &str, n: usize) -> String {
    (0..n)
        .map(|i| shape.replace("{i}", &i.to_string()))
        .collect()
}

/// The work of one whole check, counted on this thread.
fn work(text: &str) -> Work {
    let before = (ALLOCS.with(Cell::get), BYTES.with(Cell::get));
    check_once(text);
    Work {
        allocs: ALLOCS.with(Cell::get) - before.0,
        bytes: BYTES.with(Cell::get) - before.1,
    }
}

fn check_once(text: &str) {
    let project = from_bytes(&[("a.pathway", text.as_bytes())], false);
    let analysis = analyze(&project, &CheckOptions::default());
    let _ = json::render(&analysis, &project.sources, Lang::En);
}

proptest! {
    #![proptest_config(config(12))]

    /// Eight times the input: at most 24 times the work (linear is 8,
    /// quadratic 64).
    #[test]
    fn growth_is_linear_ish(shape in 0..SHAPES.len(), n in 150..300usize) {
        let small = work(&repeat(SHAPES[shape], n));
        let big = work(&repeat(SHAPES[shape], 8 * n));
        prop_assert!(
            big.within(small, 24),
            "shape {shape}: {n} copies {small:?}, {} copies {big:?}",
            8 * n
        );
    }
}

/// Every unknown reference once scanned every name of the project for a
/// "did you mean" (O(n²): 20,000 took 141 s in a release build); the
/// resolver now draws on a budget of comparisons, and this keeps it so.
#[test]
fn unknown_references_grow_linear_ish() {
    for shape in [
        "school s{i} { programme p { track = bb } }\npathway t{i}.p -> u{i}.q\n",
        "school s{i} { programme p{i} { track = bb } }\npathway s{i}.q{i} -> s{i}.p{i}\n",
        "school s{i} { programme p { track = xx } }\n",
    ] {
        let small = work(&repeat(shape, 250));
        let big = work(&repeat(shape, 2000));
        assert!(
            big.within(small, 24),
            "{shape}: 250 copies {small:?}, 2000 copies {big:?}"
        );
    }
}
