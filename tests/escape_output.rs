//! Terminal output and GitHub annotations never carry a control character
//! or a bidirectional override from a plan or a file name: they are shown
//! escaped (`\u{1b}`) in messages and names, and as visible stand-ins of
//! the same length in source snippets.

mod common;

use common::{run_in, scratch};

/// A plan whose strings and comment hold ESC sequences, BEL and U+202E,
/// in a file whose name holds an ESC sequence (where the platform allows).
fn project(name: &str) -> std::path::PathBuf {
    let dir = scratch(name);
    let plan = "institution i \"I\" {\n  offer 25263 { location = \"R\u{1b}[31m\u{202e}x\u{2066}\" } # evil \u{1b}]0;title\u{7} \u{202e}\n  offer 25263 { location = \"R\u{1b}[31m\u{202e}x\u{2066}\" }\n}\n";
    let file = if cfg!(unix) {
        "pl\u{1b}[1man\u{202e}.pathway"
    } else {
        "plan.pathway"
    };
    std::fs::write(dir.join(file), plan).unwrap();
    dir
}

/// The first character that must not be shown raw, if any.
fn unsafe_char(out: &str) -> Option<char> {
    out.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
    })
}

#[test]
fn human_output_escapes_plan_text_and_file_names() {
    let dir = project("escape_human");
    let r = run_in(&dir, &["check", "--color", "never", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stdout.contains("D301"), "{}", r.stdout);
    assert_eq!(unsafe_char(&r.stdout), None, "{}", r.stdout);
    // The message names the location with its escapes visible.
    assert!(
        r.stdout.contains("R\\u{1b}[31m\\u{202e}x\\u{2066}"),
        "{}",
        r.stdout
    );
    if cfg!(unix) {
        assert!(
            r.stdout.contains("pl\\u{1b}[1man\\u{202e}.pathway:3:9"),
            "{}",
            r.stdout
        );
    }
    // The snippet keeps its columns: the stand-ins have the bytes' length.
    assert!(
        r.stdout.contains("# evil ?]0;title? \u{fffd}"),
        "{}",
        r.stdout
    );
}

#[test]
fn github_annotations_escape_plan_text_and_file_names() {
    let dir = project("escape_github");
    let r = run_in(&dir, &["check", "--format", "github", "."]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(unsafe_char(&r.stdout), None, "{}", r.stdout);
    let d301 = r
        .stdout
        .lines()
        .find(|l| l.starts_with("::error") && l.contains("D301"))
        .expect("a D301 annotation");
    assert!(
        d301.contains("twice at R\\u{1b}[31m\\u{202e}x\\u{2066}%0Ahelp: "),
        "{d301}"
    );
    if cfg!(unix) {
        assert!(
            d301.contains("file=pl\\u{1b}[1man\\u{202e}.pathway,line=3,col=9"),
            "{d301}"
        );
    }
}

#[cfg(unix)]
#[test]
fn one_line_errors_escape_file_names() {
    let dir = scratch("escape_fatal");
    let r = run_in(&dir, &["check", "missing\u{1b}[2J\u{202e}.pathway"]);
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(unsafe_char(&r.stderr), None, "{}", r.stderr);
    assert!(
        r.stderr.contains("missing\\u{1b}[2J\\u{202e}.pathway"),
        "{}",
        r.stderr
    );
}
