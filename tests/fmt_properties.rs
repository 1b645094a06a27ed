//! Property tests of `fmt` (proptest) on the example region with edits:
//! for any input, either the formatter declines (syntax errors, or its own
//! proof fails), or its output parses, is a fixed point, and gives the
//! same findings as the input, positions aside. Edits that change only the
//! layout (spaces, line breaks, comments and suppressions between tokens)
//! never make it decline.
//!
//! Failing cases are not persisted: proptest prints the minimal input,
//! which then belongs in tests/format_proof.rs.

use leerlijn::format::{FmtError, format_file};
use leerlijn::source::FileId;
use leerlijn::syntax::lexer::{TokenKind, lex};
use proptest::prelude::*;
use proptest::test_runner::Config;

#[path = "support/plans.rs"]
mod plans;
use plans::{RIJNMOND, findings_of};

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

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
    findings_of(&files, true)
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
            let arena = leerlijn::syntax::Arena::new();
            let parsed = leerlijn::syntax::parse(FileId(0), text, &arena);
            prop_assert!(!parsed.errors.is_empty(), "declined a file that parses");
            Ok(false)
        }
        Err(FmtError::Refused(_)) => Ok(false),
        Ok(out) => {
            let arena = leerlijn::syntax::Arena::new();
            let parsed = leerlijn::syntax::parse(FileId(0), &out, &arena);
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

/// Separators between tokens: any layout, comments and suppressions (that
/// apply or not, depending on where they land).
const SEPARATORS: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n  ",
    "\n\n",
    "\r\n",
    " # note\n",
    "\n# note\n",
    " # leerlijn: allow(C201) agreed\n",
    "\n# leerlijn: allow(C201, C207) agreed\n",
    " # leerlijn: allow(C211) agreed\n",
];

/// The tokens of a small valid plan: a region, a school with programmes,
/// an institution with offers, and pathways; optional commas and blocks
/// chosen by `choices`.
fn plan_tokens(choices: &[u8]) -> Vec<String> {
    let mut c = choices.iter().copied().cycle();
    let mut next = move || c.next().unwrap_or(0);
    let mut t: Vec<String> = Vec::new();
    let push = |s: &str, t: &mut Vec<String>| t.push(s.to_string());
    for s in "region r \"R\" { members = [ s , i , ] demand = [ techniek ] }".split(' ') {
        push(s, &mut t);
    }
    for s in "school s \"S\" {".split(' ') {
        push(s, &mut t);
    }
    if next() % 2 == 0 {
        for s in "brin = \"1\"".split(' ') {
            push(s, &mut t);
        }
        if next() % 2 == 0 {
            push(",", &mut t);
        }
    }
    let progs = ["p", "q"];
    for (k, p) in progs.iter().enumerate() {
        let track = if k == 0 { "bb" } else { "kb" };
        for s in format!("programme {p} {{ track = {track}").split(' ') {
            push(s, &mut t);
        }
        if next() % 2 == 0 {
            push(",", &mut t);
        }
        for s in "profile = PIE , subjects = [ ne , en , wi , nask1 ] }".split(' ') {
            push(s, &mut t);
        }
    }
    if next() % 2 == 0 {
        for s in "municipality = \"R\"".split(' ') {
            push(s, &mut t);
        }
    }
    push("}", &mut t);
    for s in "institution i \"I\" {".split(' ') {
        push(s, &mut t);
    }
    for crebo in ["25333", "25263"] {
        for s in format!("offer {crebo}").split(' ') {
            push(s, &mut t);
        }
        if next() % 3 != 0 {
            for s in "{ location = \"R\" }".split(' ') {
                push(s, &mut t);
            }
        }
    }
    push("}", &mut t);
    for chain in [
        "pathway s . p -> i . 25333",
        "pathway s . q -> i . 25263",
        "pathway s . p -> i . 25263",
    ] {
        for s in chain.split(' ') {
            push(s, &mut t);
        }
        if next() % 2 == 0 {
            for s in "{ note = \"n\" }".split(' ') {
                push(s, &mut t);
            }
        }
    }
    t
}

proptest! {
    #![proptest_config(config(64))]

    /// A valid plan in any layout, with comments and suppressions anywhere
    /// between its tokens: always formatted, never refused, same findings.
    #[test]
    fn any_layout_of_a_valid_plan_is_formatted(
        choices in prop::collection::vec(any::<u8>(), 8),
        seps in prop::collection::vec(0..SEPARATORS.len(), 150),
    ) {
        let tokens = plan_tokens(&choices);
        let mut text = String::new();
        for (k, tok) in tokens.iter().enumerate() {
            text.push_str(tok);
            // `.` binds its neighbours: no comment may split a reference
            // for the plan to stay valid, but line breaks are fine.
            let sep = SEPARATORS[seps[k % seps.len()]];
            let tight = tok == "." || tokens.get(k + 1).is_some_and(|n| n == ".");
            text.push_str(if tight { "" } else { sep });
        }
        text.push('\n');
        let arena = leerlijn::syntax::Arena::new();
        let parsed = leerlijn::syntax::parse(FileId(0), &text, &arena);
        prop_assert!(parsed.errors.is_empty(), "the generated plan parses:\n{}", text);
        let out = match format_file(&text) {
            Ok(out) => out,
            Err(e) => return Err(TestCaseError::fail(format!("{e:?}\n{text}"))),
        };
        let again = format_file(&out).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(&again, &out, "not a fixed point");
        prop_assert_eq!(findings_of(&[("plan.pathway", &text)], true), findings_of(&[("plan.pathway", &out)], true), "{}\n---\n{}", text, out);
    }
}
