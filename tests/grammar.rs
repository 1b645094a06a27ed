//! grammar/examples: every valid example parses without a syntax error,
//! and every invalid example's first syntax error is the one its first
//! line names (`# E001 at 3:14`), at that line and column.

use std::fs;
use std::path::{Path, PathBuf};

use leerlijn::checks::Code;
use leerlijn::source::{FileId, SourceFile};
use leerlijn::syntax::{Arena, parse};

fn examples(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("grammar/examples")
        .join(kind);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pathway"))
        .collect();
    files.sort();
    files
}

/// The file as the loader would hold it (BOM stripped), so offsets and
/// line/column match what the CLI reports.
fn load(path: &Path) -> SourceFile {
    let bytes = fs::read(path).unwrap();
    let text =
        String::from_utf8(bytes).unwrap_or_else(|_| panic!("{} is not UTF-8", path.display()));
    SourceFile::new(path.display().to_string(), text, false)
}

fn is_syntax(code: Code) -> bool {
    matches!(code, Code::E001 | Code::E002)
}

#[test]
fn valid_examples_parse_cleanly() {
    let files = examples("valid");
    assert!(files.len() >= 10, "only {} valid examples", files.len());
    for path in files {
        let file = load(&path);
        let arena = Arena::new();
        let parsed = parse(FileId(0), &file.text, &arena);
        let errors: Vec<String> = parsed
            .errors
            .iter()
            .filter(|d| is_syntax(d.code))
            .map(|d| {
                format!(
                    "{} at {}: {}",
                    d.code.as_str(),
                    file.line_col(d.span.start as usize),
                    d.message.render(leerlijn::Lang::En)
                )
            })
            .collect();
        assert!(
            errors.is_empty(),
            "{}: unexpected syntax errors:\n{}",
            path.display(),
            errors.join("\n")
        );
        assert!(
            !parsed.ast.items.is_empty() || !file.text.contains('{'),
            "{}: no items parsed",
            path.display()
        );
    }
}

/// `# E001 at 3:14` → ("E001", 3, 14).
fn expectation(path: &Path, text: &str) -> (String, u32, u32) {
    let first = text.lines().next().unwrap_or_default().trim_end();
    let parse = || {
        let rest = first.strip_prefix("# ")?;
        let (code, at) = rest.split_once(" at ")?;
        let (line, col) = at.split_once(':')?;
        Some((code.to_string(), line.parse().ok()?, col.parse().ok()?))
    };
    parse().unwrap_or_else(|| {
        panic!(
            "{}: first line must be like `# E001 at 3:14`, is `{first}`",
            path.display()
        )
    })
}

#[test]
fn invalid_examples_fail_where_they_say() {
    let files = examples("invalid");
    assert!(files.len() >= 15, "only {} invalid examples", files.len());
    let mut failures = Vec::new();
    for path in files {
        let file = load(&path);
        let (code, line, column) = expectation(&path, &file.text);
        let arena = Arena::new();
        let parsed = parse(FileId(0), &file.text, &arena);
        let Some(first) = parsed.errors.iter().find(|d| is_syntax(d.code)) else {
            failures.push(format!("{}: no syntax error", path.display()));
            continue;
        };
        let at = file.line_col(first.span.start as usize);
        if first.code.as_str() != code || at.line != line || at.column != column {
            failures.push(format!(
                "{}: expected {code} at {line}:{column}, first error is {} at {at}: {}",
                path.display(),
                first.code.as_str(),
                first.message.render(leerlijn::Lang::En)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every production of grammar/pathway.ebnf that names an item starts with
/// that item's keyword, and every keyword of the parser is in the grammar.
#[test]
fn grammar_names_every_keyword() {
    let ebnf =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar/pathway.ebnf"))
            .unwrap();
    for kw in leerlijn::syntax::KEYWORDS {
        assert!(
            ebnf.contains(&format!("\"{kw}\"")),
            "keyword `{kw}` is missing from grammar/pathway.ebnf"
        );
    }
}

/// Recovery, checked wholesale: in every valid example, one mistake at any
/// token (the token deleted or doubled, or one of `}` `{` `]` `,` `=` `@`
/// put before it) gives at most one syntax error. (A stray quote is left
/// out: it flips which text is string for the rest of its line.)
#[test]
fn one_mistake_gives_at_most_one_error() {
    use leerlijn::syntax::lexer::{TokenKind, lex};
    let mut failures = Vec::new();
    let mut tried = 0;
    for path in examples("valid") {
        let file = load(&path);
        let text = &file.text;
        for t in lex(FileId(0), text).tokens {
            if t.kind == TokenKind::Eof {
                continue;
            }
            let (s, e) = (t.start as usize, t.end as usize);
            let (before, token, after) = (&text[..s], &text[s..e], &text[e..]);
            let mutants = [
                ("deleted", format!("{before}{after}")),
                ("doubled", format!("{before}{token} {token}{after}")),
                ("`}` before", format!("{before}}} {token}{after}")),
                ("`{` before", format!("{before}{{ {token}{after}")),
                ("`]` before", format!("{before}] {token}{after}")),
                ("`,` before", format!("{before}, {token}{after}")),
                ("`=` before", format!("{before}= {token}{after}")),
                ("`@` before", format!("{before}@{token}{after}")),
            ];
            for (what, mutant) in mutants {
                tried += 1;
                let errors = parse(FileId(0), &mutant, &Arena::new()).errors;
                if errors.len() > 1 {
                    let shown: Vec<String> = errors
                        .iter()
                        .map(|d| {
                            format!(
                                "{} at byte {}: {}",
                                d.code.as_str(),
                                d.span.start,
                                d.message.render(leerlijn::Lang::En)
                            )
                        })
                        .collect();
                    failures.push(format!(
                        "{} with `{token}` at byte {s} {what}:\n  {}",
                        path.display(),
                        shown.join("\n  ")
                    ));
                }
            }
        }
    }
    assert!(tried > 5_000, "only {tried} mutants");
    assert!(
        failures.is_empty(),
        "{} of {tried} mutants give more than one error:\n{}",
        failures.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}
