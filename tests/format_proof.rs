//! The formatter proves itself: it never panics, never writes a file that
//! no longer parses, never moves a suppression to another item, keeps the
//! line-ending style, and refuses (naming the place) rather than write a
//! text that means something else. Over every `.pathway` file of the
//! repository and a generated plan it refuses nothing and changes no
//! finding.

#[path = "../benches/support/generator.rs"]
mod generator;

use std::path::{Path, PathBuf};

use leerlijn::format::{FmtError, format_file, prove};
use leerlijn::source::FileId;

#[path = "support/plans.rs"]
mod plans;
use plans::findings_of;

/// The findings of a one-file project, positions left out: code, English
/// message and the IDs involved, sorted.
fn findings(text: &str) -> Vec<(String, String, Vec<String>)> {
    findings_of(&[("plan.pathway", text)], true)
}

fn codes(text: &str) -> Vec<String> {
    findings(text).into_iter().map(|f| f.0).collect()
}

fn fmt(text: &str) -> String {
    match format_file(text) {
        Ok(t) => t,
        Err(e) => panic!("fmt refused or failed: {e:?}\n{text}"),
    }
}

/// Formats, and checks every promise: it parses, it is a fixed point, and
/// the findings are those of the input.
fn fmt_keeps_meaning(text: &str) -> String {
    let out = fmt(text);
    let arena = leerlijn::syntax::Arena::new();
    let parsed = leerlijn::syntax::parse(FileId(0), &out, &arena);
    assert!(parsed.errors.is_empty(), "does not parse:\n{out}");
    assert_eq!(fmt(&out), out, "not a fixed point");
    assert_eq!(findings(text), findings(&out), "findings changed:\n{out}");
    out
}

const PLAN: &str = "\
school s \"S\" {
  programme bb \"B\" { track = bb, profile = PIE, subjects = [ne, en, wi, nask1], pupils = 20 }
}
institution i \"I\" {
  offer 25737 { location = \"R\" }
  offer 25263 { location = \"R\", routes = [bol] }
}
pathway s.bb -> i.25737
";

#[test]
fn a_comment_after_a_trailing_comment_does_not_panic() {
    let src = "school s { brin = \"1\" # one\n, # two\n}\n";
    let out = fmt_keeps_meaning(src);
    assert_eq!(out, "school s {\n  brin = \"1\" # one\n  # two\n}\n");
}

#[test]
fn no_comma_after_a_nested_item() {
    let src = "school olympia { programme p { track = kb, profile = PIE } brin = \"1234\" }\n";
    let out = fmt_keeps_meaning(src);
    assert_eq!(out, src);
    let src = "school olympia { programme p { track = kb } brin = \"1\" municipality = \"R\" }\n";
    assert_eq!(
        fmt_keeps_meaning(src),
        "school olympia { programme p { track = kb } brin = \"1\", municipality = \"R\" }\n"
    );
}

#[test]
fn a_suppression_ending_a_pathways_first_line_keeps_applying() {
    let src = format!(
        "{PLAN}pathway s.bb -> i.25263 {{ note = \"x\" # leerlijn: allow(C201) agreed with the region\n}}\n"
    );
    assert_eq!(codes(&src), Vec::<String>::new(), "the suppression applies");
    let out = fmt_keeps_meaning(&src);
    assert!(
        out.ends_with(
            "pathway s.bb -> i.25263 { # leerlijn: allow(C201) agreed with the region\n  note = \"x\"\n}\n"
        ),
        "{out}"
    );
}

#[test]
fn a_suppression_on_a_chains_second_line_does_not_start_applying() {
    let src = format!("{PLAN}pathway s.bb\n  -> i.25263 # leerlijn: allow(C201) agreed\n");
    assert_eq!(codes(&src), ["C201", "W001"]);
    let out = fmt_keeps_meaning(&src);
    assert!(
        out.ends_with("pathway s.bb\n  -> i.25263 # leerlijn: allow(C201) agreed\n"),
        "{out}"
    );
    // Badly indented, it is indented, and still on its own line.
    let src = format!("{PLAN}pathway   s.bb\n-> i.25263 # leerlijn: allow(C201) agreed\n");
    let out = fmt_keeps_meaning(&src);
    assert!(
        out.ends_with("pathway s.bb\n  -> i.25263 # leerlijn: allow(C201) agreed\n"),
        "{out}"
    );
}

#[test]
fn suppressions_on_their_own_line_stay_before_their_item() {
    let src = format!(
        "{PLAN}\n\n# leerlijn: allow(C201) agreed\n\n# another comment\npathway s.bb -> i.25263\n"
    );
    assert_eq!(codes(&src), Vec::<String>::new());
    fmt_keeps_meaning(&src);
}

#[test]
fn crlf_stays_crlf_and_a_bom_stays() {
    let src = "\u{feff}school  s \"S\"{\r\n  brin=\"1\" # b\r\n}\r\n";
    let out = fmt(src);
    assert_eq!(
        out,
        "\u{feff}school s \"S\" {\r\n  brin = \"1\" # b\r\n}\r\n"
    );
    assert_eq!(fmt(&out), out);
    assert_eq!(fmt("school s {}\n"), "school s {}\n");
}

#[test]
fn the_proof_refuses_a_changed_meaning_and_names_the_place() {
    // A changed token.
    let e = prove("school s {}\n", "school t {}\n").unwrap_err();
    assert_eq!((e.line, e.column, e.in_output), (1, 8, false), "{e}");
    // Output that does not parse.
    let e = prove(
        "school s { brin = \"1\" }\n",
        "school s { brin = \"1\" },\n",
    )
    .unwrap_err();
    assert!(e.reason.contains("would not parse"), "{e}");
    assert!(e.in_output);
    // What the old formatter wrote: the suppression left its item's line.
    let src =
        format!("{PLAN}pathway s.bb -> i.25263 {{ note = \"x\" # leerlijn: allow(C201) r\n}}\n");
    let moved =
        format!("{PLAN}pathway s.bb -> i.25263 {{\n  note = \"x\" # leerlijn: allow(C201) r\n}}\n");
    let e = prove(&src, &moved).unwrap_err();
    assert!(e.reason.contains("suppression"), "{e}");
    assert_eq!((e.line, e.in_output), (9, false), "{e}");
    // And one that joined a chain, so that the suppression started applying.
    let src = format!("{PLAN}pathway s.bb\n  -> i.25263 # leerlijn: allow(C201) r\n");
    let joined = format!("{PLAN}pathway s.bb -> i.25263 # leerlijn: allow(C201) r\n");
    let e = prove(&src, &joined).unwrap_err();
    assert!(e.reason.contains("suppression"), "{e}");
    // Not a fixed point.
    let e = prove("school s {}\n", "school  s {}\n").unwrap_err();
    assert!(e.reason.contains("again"), "{e}");
    // Files with syntax errors are not formatted.
    assert!(matches!(
        format_file("school s { brin }"),
        Err(FmtError::Syntax(_))
    ));
}

fn pathway_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            pathway_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "pathway") {
            out.push(p);
        }
    }
}

/// Every `.pathway` file in the repository: those that parse are formatted
/// without a refusal and keep their findings; those that do not are left
/// alone (a syntax error, never a refusal).
#[test]
fn every_pathway_file_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for dir in ["pathways", "tests", "grammar", "docs", "snapshots"] {
        pathway_files(&root.join(dir), &mut all);
    }
    all.sort();
    let mut formatted = 0;
    for path in &all {
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let name = path.display();
        match format_file(&text) {
            Ok(out) => {
                formatted += 1;
                assert_eq!(fmt(&out), out, "{name}: not a fixed point");
                let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
                let out = out.strip_prefix('\u{feff}').unwrap_or(&out);
                assert_eq!(findings(body), findings(out), "{name}: findings changed");
            }
            Err(FmtError::Syntax(_)) => {}
            Err(FmtError::Refused(r)) => panic!("{name}: refused: {r}"),
        }
    }
    assert!(
        formatted > 50,
        "formatted {formatted} of {} files",
        all.len()
    );
}

/// A generated plan of three regions (the national one, 35 regions, was
/// checked by hand with the release build: see docs/decisions.md, `fmt`).
#[test]
fn a_generated_plan() {
    let generated = generator::generate(&generator::Config::regions(3));
    let formatted: Vec<(String, String)> = generated
        .files
        .iter()
        .map(|(path, text)| (path.clone(), fmt(text)))
        .collect();
    let refs: Vec<(&str, &str)> = formatted
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    assert_eq!(
        findings_of(&generated.file_refs(), true),
        findings_of(&refs, true)
    );
}

/// Found by the property test: a comma that keeps a suppression away
/// from the next item stays when fmt drops the other commas of a block.
#[test]
fn a_comma_that_keeps_a_suppression_from_its_item_stays() {
    // On its own line, above the comma: applies to nothing (W001).
    let src = format!(
        "{PLAN}school t \"T\" {{ brin = \"1\"\n# leerlijn: allow(C207) r\n, programme x {{ track = kb, profile = PIE }}\n}}\n"
    );
    assert!(
        codes(&src).contains(&"W001".to_string()),
        "{:?}",
        codes(&src)
    );
    let out = fmt_keeps_meaning(&src);
    assert!(
        out.contains("  brin = \"1\"\n  # leerlijn: allow(C207) r\n  ,\n  programme x"),
        "{out}"
    );
    // After the comma, with a comment already on the line before.
    let src = format!(
        "{PLAN}school t \"T\" {{ brin = \"1\" # one\n, # leerlijn: allow(C207) r\nprogramme x {{ track = kb, profile = PIE }}\n}}\n"
    );
    let out = fmt_keeps_meaning(&src);
    assert!(
        out.contains("  brin = \"1\" # one\n  ,          # leerlijn: allow(C207) r\n"),
        "{out}"
    );
}

/// Found by the `fmt` fuzz target: a file that starts with two BOMs was
/// refused by the proof, which measured the suppression's place in a text
/// one BOM shorter than the one it parsed (the loader stripped one, the
/// lexer skipped the other). Only a file's first BOM is skipped now; a
/// second is a stray character (E002), so `fmt` leaves the file alone as it
/// does any file with a syntax error, and `check` says why. With one BOM
/// the file is formatted, the BOM kept and the suppression with `sector z`.
#[test]
fn a_second_leading_bom_is_a_syntax_error_and_one_is_kept() {
    let src = "\u{feff}\u{feff}#leerlijn:\nsector\nz";
    assert!(
        matches!(format_file(src), Err(FmtError::Syntax(_))),
        "a second BOM is a syntax error"
    );
    assert_eq!(codes(src), ["E002"]);
    let one = &src['\u{feff}'.len_utf8()..];
    let out = format_file(one).expect("a file that parses is formatted, not refused");
    assert_eq!(out, "\u{feff}#leerlijn:\nsector\n  z\n");
    assert_eq!(format_file(&out).unwrap(), out, "a fixed point");
}

/// Found by the `fmt` fuzz target: two items on one line with a suppression
/// at its end, the last thing in the file. The suppression belongs to the
/// first item on the line; `fmt` puts the items on lines of their own and
/// must keep the suppression on the first one's line, at the end of the
/// file as elsewhere (it moved it to the last one, and its proof refused).
#[test]
fn a_suppression_after_two_items_on_one_line_stays_with_the_first() {
    for src in [
        "sector r sector z # leerlijn: allow(C211) not used\n",
        "sector r sector z # leerlijn: allow(C211) not used",
        "sector r sector q # leerlijn: allow(C211) not used\nsector\nx",
    ] {
        let out = format_file(src).expect("a file that parses is formatted, not refused");
        assert!(
            out.starts_with("sector r # leerlijn: allow(C211) not used\nsector "),
            "{out}"
        );
        assert_eq!(format_file(&out).unwrap(), out, "a fixed point");
        assert_eq!(codes(src), codes(&out), "the same findings");
    }
}
