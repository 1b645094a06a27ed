//! Applying the machine-applicable fixes of findings to files: `check
//! --fix` writes the result, `check --diff` shows it. The fixes themselves
//! are built where the findings are (`crate::fixes`).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use crate::analysis::{CheckOptions, analyze};
use crate::diagnostics::{Diagnostic, Edit};

/// Rounds of fix → re-check; a fix can make another finding (or its fix)
/// appear, but each round only removes findings, so few rounds suffice.
pub const MAX_ROUNDS: usize = 10;

/// A removal widened to leave tidy text: a following comma and the spaces
/// after it, or the whole line when nothing else is on it.
fn tidy(text: &str, edit: &Edit) -> (usize, usize) {
    let (mut start, mut end) = (edit.span.start as usize, edit.span.end as usize);
    if !edit.replacement.is_empty() {
        return (start, end);
    }
    let bytes = text.as_bytes();
    let blank = |b: u8| b == b' ' || b == b'\t';
    let mut e = end;
    while e < bytes.len() && blank(bytes[e]) {
        e += 1;
    }
    if e < bytes.len() && bytes[e] == b',' {
        e += 1;
        while e < bytes.len() && blank(bytes[e]) {
            e += 1;
        }
        end = e;
    } else {
        // `a = 1, b = 1 }`: take the comma before instead.
        let mut s = start;
        while s > 0 && blank(bytes[s - 1]) {
            s -= 1;
        }
        if s > 0 && bytes[s - 1] == b',' {
            start = s - 1;
        }
    }
    // Alone on its line: remove the line.
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let rest = &text[end..];
    let line_end = rest.find('\n').map_or(text.len(), |i| end + i + 1);
    if text[line_start..start].bytes().all(blank)
        && text[end..line_end]
            .trim_end_matches(['\n', '\r'])
            .bytes()
            .all(blank)
    {
        return (line_start, line_end);
    }
    (start, end)
}

/// Applies the machine-applicable fixes of `diags` that lie in the file
/// with this text, skipping any that overlaps one already taken; the new
/// text and how many fixes were applied.
pub fn apply(text: &str, file: crate::source::FileId, diags: &[&Diagnostic]) -> (String, usize) {
    // Taken ranges by start; they never overlap, so the nearest one
    // starting before a range's end is the only one that can meet it.
    // (The same fix from two findings overlaps itself and counts once.)
    let mut taken: BTreeMap<usize, (usize, String)> = BTreeMap::new();
    let meets = |taken: &BTreeMap<usize, (usize, String)>, s: usize, e: usize| {
        if s == e {
            // An insertion: not inside or at the start of a taken range.
            taken
                .range(..=s)
                .next_back()
                .is_some_and(|(&ts, (te, _))| ts == s || *te > s)
        } else {
            taken
                .range(..e)
                .next_back()
                .is_some_and(|(_, (te, _))| *te > s)
        }
    };
    let mut count = 0;
    for d in diags {
        for fix in d.fixes.iter().filter(|f| f.is_machine_applicable()) {
            let fits = fix.edits.iter().all(|e| {
                e.span.file == file
                    && e.span.start <= e.span.end
                    && text.is_char_boundary(e.span.start as usize)
                    && text.is_char_boundary(e.span.end as usize)
            });
            if !fits {
                continue;
            }
            let ranges: Vec<(usize, usize, String)> = fix
                .edits
                .iter()
                .map(|e| {
                    let (s, t) = tidy(text, e);
                    (s, t, e.replacement.clone())
                })
                .collect();
            if ranges.iter().any(|(s, e, _)| meets(&taken, *s, *e)) {
                continue;
            }
            for (s, e, r) in ranges {
                taken.insert(s, (e, r));
            }
            count += 1;
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, (e, r)) in &taken {
        out.push_str(&text[at..*s]);
        out.push_str(r);
        at = *e;
    }
    out.push_str(&text[at..]);
    (out, count)
}

/// One file `--fix` would change.
#[derive(Debug)]
pub struct FileFix {
    pub path: PathBuf,
    /// The file as read (a byte-order mark kept).
    pub original: String,
    pub fixed: String,
    pub count: usize,
}

/// What `--fix` found: the files it would change, and those it leaves
/// alone because a syntax error remains that no fix repairs.
#[derive(Debug, Default)]
pub struct Outcome {
    pub changed: Vec<FileFix>,
    pub refused: Vec<PathBuf>,
}

/// Fixes the files in memory: rounds of check → apply until no fix
/// applies (at most [`MAX_ROUNDS`]). Nothing is written. Files that are no
/// UTF-8, copies of the prelude, or standard input are never fixed.
pub fn fix_files(files: &[PathBuf], std: bool, opts: &CheckOptions) -> Outcome {
    const BOM: &str = "\u{feff}";
    // (path, display, original text, current text without BOM)
    let mut state: Vec<(PathBuf, String, String, String)> = Vec::new();
    for p in files {
        let Ok(bytes) = std::fs::read(p) else {
            continue;
        };
        if std && crate::project::is_prelude_copy(&bytes) {
            continue;
        }
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        let body = text.strip_prefix(BOM).unwrap_or(&text).to_string();
        state.push((p.clone(), p.display().to_string(), text, body));
    }
    let mut counts = vec![0usize; state.len()];
    for _ in 0..MAX_ROUNDS {
        let bytes: Vec<(&str, &[u8])> = state
            .iter()
            .map(|(_, d, _, t)| (d.as_str(), t.as_bytes()))
            .collect();
        let project = crate::project::from_bytes(&bytes, std);
        let analysis = analyze(&project, opts);
        let index: HashMap<&str, usize> = state
            .iter()
            .enumerate()
            .map(|(i, (_, d, _, _))| (d.as_str(), i))
            .collect();
        let mut by_file: HashMap<usize, (crate::source::FileId, Vec<&Diagnostic>)> = HashMap::new();
        for d in &analysis.diagnostics {
            if d.fixes.iter().all(|f| !f.is_machine_applicable()) {
                continue;
            }
            let file = project.sources.get(d.span.file);
            if file.is_std {
                continue;
            }
            if let Some(&i) = index.get(file.path.as_str()) {
                by_file
                    .entry(i)
                    .or_insert_with(|| (d.span.file, Vec::new()))
                    .1
                    .push(d);
            }
        }
        let mut any = false;
        let mut keys: Vec<usize> = by_file.keys().copied().collect();
        keys.sort_unstable();
        for i in keys {
            let (file, diags) = &by_file[&i];
            let (fixed, n) = apply(&state[i].3, *file, diags);
            if n > 0 && fixed != state[i].3 {
                state[i].3 = fixed;
                counts[i] += n;
                any = true;
            }
        }
        if !any {
            break;
        }
    }
    let mut out = Outcome::default();
    for ((path, _, original, body), count) in state.into_iter().zip(counts) {
        if count == 0 {
            continue;
        }
        let arena = crate::syntax::Arena::new();
        let parsed = crate::syntax::parse(crate::source::FileId(0), &body, &arena);
        if !parsed.errors.is_empty() {
            out.refused.push(path);
            continue;
        }
        let fixed = if original.starts_with(BOM) {
            format!("{BOM}{body}")
        } else {
            body
        };
        out.changed.push(FileFix {
            path,
            original,
            fixed,
            count,
        });
    }
    out
}

/// The changes as a unified diff, file after file.
pub fn unified_diff(changed: &[FileFix]) -> String {
    let mut out = String::new();
    for f in changed {
        let name = f.path.display().to_string().replace('\\', "/");
        let name = name.strip_prefix("./").unwrap_or(&name);
        let diff = similar::TextDiff::from_lines(&f.original, &f.fixed);
        out.push_str(
            &diff
                .unified_diff()
                .context_radius(3)
                .header(&format!("a/{name}"), &format!("b/{name}"))
                .to_string(),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Fix;
    use crate::source::{FileId, Span};

    fn edit(text: &str, from: &str, replacement: &str) -> Edit {
        let start = text.find(from).unwrap();
        Edit {
            span: Span::new(FileId(0), start, start + from.len()),
            replacement: replacement.into(),
        }
    }

    fn removed(text: &str, from: &str) -> String {
        let (s, e) = tidy(text, &edit(text, from, ""));
        format!("{}{}", &text[..s], &text[e..])
    }

    #[test]
    fn removal_takes_its_comma_or_its_line() {
        assert_eq!(removed("{ a = 1, b = 2 }", "a = 1"), "{ b = 2 }");
        assert_eq!(removed("{ a = 1, b = 2 }", "b = 2"), "{ a = 1 }");
        assert_eq!(
            removed("{\n  a = 1\n  b = 2\n}\n", "b = 2"),
            "{\n  a = 1\n}\n"
        );
        // No comma on either side: only the field goes (`fmt` tidies).
        assert_eq!(removed("{ a = 1 }", "a = 1"), "{  }");
    }

    fn diag(fixes: Vec<Fix>) -> Diagnostic {
        let mut d = Diagnostic::new(
            crate::checks::Code::E101,
            Span::default(),
            crate::resolve::messages::Msg::NotDefined,
        );
        d.fixes = fixes;
        d
    }

    #[test]
    fn overlapping_and_uncertain_fixes_wait() {
        let text = "abc def";
        let a = diag(vec![Fix::replace(edit(text, "abc", "").span, "xyz", true)]);
        // The same fix again, one overlapping it, one uncertain.
        let b = diag(vec![Fix::replace(edit(text, "abc", "").span, "xyz", true)]);
        let c = diag(vec![Fix::replace(edit(text, "c d", "").span, "Q", true)]);
        let d = diag(vec![Fix::replace(edit(text, "def", "").span, "no", false)]);
        let e = diag(vec![Fix::replace(edit(text, "def", "").span, "DEF", true)]);
        let (out, n) = apply(text, FileId(0), &[&a, &b, &c, &d, &e]);
        assert_eq!((out.as_str(), n), ("xyz DEF", 2));
        // A fix for another file or outside the text is skipped.
        let far = diag(vec![Fix::replace(Span::new(FileId(1), 0, 1), "x", true)]);
        let out_of_range = diag(vec![Fix::replace(Span::new(FileId(0), 5, 99), "x", true)]);
        assert_eq!(
            apply(text, FileId(0), &[&far, &out_of_range]),
            (text.to_string(), 0)
        );
    }
}
