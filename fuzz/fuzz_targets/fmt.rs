//! The formatter on arbitrary text, as `leerlijn fmt` runs it: no panic;
//! either it declines (syntax errors, or its own proof fails), or its
//! output parses, formats to itself, and gives the same findings as the
//! input, positions aside. A refusal of a file that parses is a finding
//! too: the formatter should handle every valid layout.
#![no_main]

use leerlijn::format::{FmtError, format_file};
use leerlijn::source::FileId;
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/plans.rs"]
mod plans;

/// Code, English message and IDs of every finding, sorted.
fn findings(text: &str) -> Vec<(String, String, Vec<String>)> {
    plans::findings_of(&[("a.pathway", text)], false)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match format_file(text) {
        Err(FmtError::Syntax(errors)) => assert!(!errors.is_empty()),
        Err(FmtError::Refused(r)) => panic!("refused a file that parses: {r}"),
        Ok(out) => {
            let body = out.strip_prefix('\u{feff}').unwrap_or(&out);
            let arena = leerlijn::syntax::Arena::new();
            let parsed = leerlijn::syntax::parse(FileId(0), body, &arena);
            assert!(parsed.errors.is_empty(), "the output does not parse");
            let again = format_file(&out).expect("the output formats again");
            assert_eq!(again, out, "not a fixed point");
            let input = text.strip_prefix('\u{feff}').unwrap_or(text);
            assert_eq!(findings(input), findings(body), "the findings changed");
        }
    }
});
