//! Property tests of `fmt` (proptest) on the example region with edits:
//! for any input, either the formatter declines (syntax errors, or its own
//! proof fails), or its output parses, is a fixed point, and gives the
//! same findings as the input, positions aside. Edits that change only the
//! layout (spaces, line breaks, comments and suppressions between tokens)
//! never make it decline.
//!
//! Failing cases are not persisted: proptest prints the minimal input,
//! which then belongs in tests/format_proof.rs.

use leerlijn::analysis::{CheckOptions, analyze};
use leerlijn::format::{FmtError, format_file};
use leerlijn::project::from_memory;
use leerlijn::source::FileId;
use leerlijn::syntax::lexer::{TokenKind, lex};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

const RIJNMOND: [(&str, &str); 4] = [
    (
        "institutions.pathway",
        include_str!("../pathways/examples/rijnmond/institutions.pathway"),
    ),
    (
        "pathways.pathway",
        include_str!("../pathways/examples/rijnmond/pathways.pathway"),
    ),
    (
        "region.pathway",
        include_str!("../pathways/examples/rijnmond/region.pathway"),
    ),
    (
        "schools.pathway",
        include_str!("../pathways/examples/rijnmond/schools.pathway"),
    ),
];

/// What an edit may insert: layout, comments, suppressions (used and
/// unused), and tokens that may break the syntax.
const PIECES: &[&str] = &[
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "# note\n",
    " # trailing\n",
    "# leerlijn: allow(C201) agreed\n",
    " # leerlijn: allow(C201, C211) agreed\n",
    "# leerlijn: allow(D301)\n",
    ",",
    "{",
    "}",
    "[",
    "]",
    "=",
    "->",
    ".",
    "pathway",
    "programme",
    "x",
    "2025",
    "\"s\"",
];

/// The pieces that change nothing but the layout when put between tokens.
const LAYOUT: std::ops::Range<usize> = 0..10;

/// The findings of the example with `file` replaced by `text`, positions
/// left out.
fn findings(file: usize, text: &str) -> Vec<(String, String, Vec<String>)> {
    let files: Vec<(&str, &str)> = RIJNMOND
        .iter()
        .enumerate()
        .map(|(i, (p, t))| (*p, if i == file { text } else { *t }))
        .collect();
    let project = from_memory(&files, true);
    let analysis = analyze(&project, &CheckOptions::default());
    let mut out: Vec<_> = analysis
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.as_str().to_string(),
                d.message.render(leerlijn::Lang::En),
                d.keys.clone(),
            )
        })
        .collect();
    out.sort();
    out
}

/// Inserts `PIECES[piece]` at the start of the `at`-th token (counted
/// modulo the number of tokens), or anywhere (`at` modulo the length, on
/// a character boundary) when `anywhere`.
fn insert(text: &str, at: usize, piece: usize, anywhere: bool) -> String {
    let pos = if anywhere {
        let mut p = at % (text.len() + 1);
        while !text.is_char_boundary(p) {
            p -= 1;
        }
        p
    } else {
        let toks: Vec<usize> = lex(FileId(0), text)
            .tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Eof)
            .map(|t| t.start as usize)
            .collect();
        if toks.is_empty() {
            0
        } else {
            toks[at % toks.len()]
        }
    };
    let mut s = text.to_string();
    s.insert_str(pos, PIECES[piece]);
    s
}

/// The promise for one input: declined, or parses, is a fixed point and
/// keeps the findings. Returns whether it formatted.
fn promise(file: usize, text: &str) -> Result<bool, TestCaseError> {
    match format_file(text) {
        Err(FmtError::Syntax(_)) => {
            let parsed = leerlijn::syntax::parse(FileId(0), text);
            prop_assert!(!parsed.errors.is_empty(), "declined a file that parses");
            Ok(false)
        }
        Err(FmtError::Refused(_)) => Ok(false),
        Ok(out) => {
            let parsed = leerlijn::syntax::parse(FileId(0), &out);
            prop_assert!(parsed.errors.is_empty(), "output does not parse:\n{}", out);
            let again = format_file(&out).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert_eq!(&again, &out, "not a fixed point");
            prop_assert_eq!(findings(file, text), findings(file, &out));
            Ok(true)
        }
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Any inserted pieces, anywhere (inside strings and comments too).
    #[test]
    fn edited_example_is_declined_or_keeps_its_meaning(
        file in 0..RIJNMOND.len(),
        edits in prop::collection::vec((any::<usize>(), 0..PIECES.len(), any::<bool>()), 1..6),
    ) {
        let mut text = RIJNMOND[file].1.to_string();
        for (at, piece, anywhere) in edits {
            text = insert(&text, at, piece, anywhere);
        }
        promise(file, &text)?;
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// Layout between tokens: the formatter never declines.
    #[test]
    fn layout_edits_are_always_formatted(
        file in 0..RIJNMOND.len(),
        edits in prop::collection::vec((any::<usize>(), LAYOUT), 1..8),
    ) {
        let mut text = RIJNMOND[file].1.to_string();
        for (at, piece) in edits {
            text = insert(&text, at, piece, false);
        }
        prop_assert!(promise(file, &text)?, "declined:\n{}", text);
    }
}
