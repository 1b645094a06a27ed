//! The formatter on every pathway file the project ships: the output
//! parses, is a fixed point, keeps every comment in order, and keeps every
//! token but the optional commas.

use std::path::{Path, PathBuf};

use leerlijn::format::format_source;
use leerlijn::source::FileId;
use leerlijn::syntax::lexer::{TokenKind, lex};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "pathway") {
            out.push(p);
        }
    }
}

fn tokens(text: &str) -> Vec<String> {
    let l = lex(FileId(0), text);
    l.tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Comma)
        .map(|t| text[t.start as usize..t.end as usize].to_string())
        .collect()
}

fn comments(text: &str) -> Vec<String> {
    lex(FileId(0), text)
        .comments
        .iter()
        .map(|c| c.text.trim_end().to_string())
        .collect()
}

#[test]
fn formatting_keeps_everything_and_is_stable() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for dir in ["pathways", "tests/fixtures", "grammar/examples/valid"] {
        files(&root.join(dir), &mut all);
    }
    all.sort();
    let mut formatted_any = 0;
    for path in all {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let Ok(once) = format_source(FileId(0), text) else {
            continue;
        };
        formatted_any += 1;
        let name = path.display();
        assert_eq!(tokens(text), tokens(&once), "{name}: tokens changed");
        assert_eq!(comments(text), comments(&once), "{name}: comments changed");
        let twice = format_source(FileId(0), &once).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(once, twice, "{name}: not a fixed point");
    }
    assert!(formatted_any > 10, "formatted {formatted_any} files");
}
