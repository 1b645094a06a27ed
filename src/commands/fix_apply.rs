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
    apply_files(&[(file, text)], diags)
        .0
        .pop()
        .expect("one file in, one out")
}

/// Taken ranges of one file by start, with their replacements.
type Taken = BTreeMap<usize, (usize, String)>;

/// [`apply`] over several files at once: a fix with edits in more than one
/// file is taken whole or not at all (an edit outside `files`, or one that
/// overlaps a taken range in any file, skips it). Per file, in the order
/// given: its new text and how many fixes changed it; and, per applied fix
/// of several files, their indices in `files`.
pub fn apply_files(
    files: &[(crate::source::FileId, &str)],
    diags: &[&Diagnostic],
) -> (Vec<(String, usize)>, Vec<Vec<usize>>) {
    // They never overlap, so the nearest one starting before a range's end
    // is the only one that can meet it. (The same fix from two findings
    // overlaps itself and counts once.)
    let meets = |taken: &Taken, s: usize, e: usize| {
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
    let mut taken: Vec<Taken> = vec![Taken::new(); files.len()];
    let mut counts = vec![0usize; files.len()];
    let mut links: Vec<Vec<usize>> = Vec::new();
    for d in diags {
        for fix in d.fixes.iter().filter(|f| f.is_machine_applicable()) {
            // (file index, start, end, replacement) of each edit.
            let mut ranges: Vec<(usize, usize, usize, String)> = Vec::new();
            let fits = fix.edits.iter().all(|e| {
                let Some(k) = files.iter().position(|(f, _)| *f == e.span.file) else {
                    return false;
                };
                let text = files[k].1;
                let ok = e.span.start <= e.span.end
                    && text.is_char_boundary(e.span.start as usize)
                    && text.is_char_boundary(e.span.end as usize);
                if ok {
                    let (s, t) = tidy(text, e);
                    ranges.push((k, s, t, e.replacement.clone()));
                }
                ok
            });
            if !fits || ranges.iter().any(|(k, s, e, _)| meets(&taken[*k], *s, *e)) {
                continue;
            }
            let mut touched: Vec<usize> = ranges.iter().map(|r| r.0).collect();
            for (k, s, e, r) in ranges {
                taken[k].insert(s, (e, r));
            }
            touched.sort_unstable();
            touched.dedup();
            for &k in &touched {
                counts[k] += 1;
            }
            if touched.len() > 1 {
                links.push(touched);
            }
        }
    }
    let texts = files
        .iter()
        .zip(taken)
        .zip(counts)
        .map(|(((_, text), taken), count)| {
            let mut out = String::with_capacity(text.len());
            let mut at = 0;
            for (s, (e, r)) in &taken {
                out.push_str(&text[at..*s]);
                out.push_str(r);
                at = *e;
            }
            out.push_str(&text[at..]);
            (out, count)
        })
        .collect();
    (texts, links)
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

/// What `--fix` found: the files it would change, those it leaves alone
/// because a syntax error remains that no fix repairs, and those it leaves
/// alone because a fix they share with a refused file would be half done.
#[derive(Debug, Default)]
pub struct Outcome {
    pub changed: Vec<FileFix>,
    pub refused: Vec<PathBuf>,
    /// (file left alone, the refused file it shares a fix with)
    pub held: Vec<(PathBuf, PathBuf)>,
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
    // State indices joined by an applied fix of several files.
    let mut links: Vec<Vec<usize>> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let bytes: Vec<(&str, &[u8])> = state
            .iter()
            .map(|(_, d, _, t)| (d.as_str(), t.as_bytes()))
            .collect();
        let project = crate::project::from_bytes(&bytes, std);
        let analysis = analyze(&project, opts);
        let fids: HashMap<&str, crate::source::FileId> = project
            .sources
            .files()
            .filter(|(_, f)| !f.is_std)
            .map(|(id, f)| (f.path.as_str(), id))
            .collect();
        // (state index, its file in this round's project)
        let present: Vec<(usize, crate::source::FileId)> = state
            .iter()
            .enumerate()
            .filter_map(|(i, (_, d, _, _))| fids.get(d.as_str()).map(|&f| (i, f)))
            .collect();
        let diags: Vec<&Diagnostic> = analysis
            .diagnostics
            .iter()
            .filter(|d| {
                d.fixes.iter().any(|f| f.is_machine_applicable())
                    && present.iter().any(|&(_, f)| f == d.span.file)
            })
            .collect();
        let files: Vec<(crate::source::FileId, &str)> = present
            .iter()
            .map(|&(i, f)| (f, state[i].3.as_str()))
            .collect();
        let (texts, round_links) = apply_files(&files, &diags);
        links.extend(
            round_links
                .into_iter()
                .map(|g| g.into_iter().map(|k| present[k].0).collect::<Vec<_>>()),
        );
        let mut any = false;
        for (k, (fixed, n)) in texts.into_iter().enumerate() {
            let i = present[k].0;
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
    // Refused: a changed file that would still not parse; and, so that no
    // fix of several files is half written, every file it shares one with.
    let mut refused: Vec<Option<usize>> = state
        .iter()
        .zip(&counts)
        .enumerate()
        .map(|(i, ((_, _, _, body), &count))| {
            let arena = crate::syntax::Arena::new();
            let bad = count > 0
                && !crate::syntax::parse(crate::source::FileId(0), body, &arena)
                    .errors
                    .is_empty();
            bad.then_some(i)
        })
        .collect();
    loop {
        let mut more = false;
        for g in &links {
            if let Some(cause) = g.iter().find_map(|&i| refused[i]) {
                for &i in g {
                    if refused[i].is_none() {
                        refused[i] = Some(cause);
                        more = true;
                    }
                }
            }
        }
        if !more {
            break;
        }
    }
    let paths: Vec<PathBuf> = state.iter().map(|s| s.0.clone()).collect();
    for (i, ((path, _, original, body), count)) in state.into_iter().zip(counts).enumerate() {
        if count == 0 {
            continue;
        }
        match refused[i] {
            Some(c) if c == i => out.refused.push(path),
            Some(c) => out.held.push((path, paths[c].clone())),
            None => {
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
        }
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
        d.fixes = fixes.into();
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

    /// A fix of two files, as C212 makes: one edit per file.
    fn across(a: &str, b: &str, replacement: &str) -> Diagnostic {
        let (x, y) = ("offer 25480", "zadkine.25480");
        let edit = |file, text: &str, at: &str| Edit {
            span: Span::new(
                FileId(file),
                text.find(at).unwrap(),
                text.find(at).unwrap() + at.len(),
            ),
            replacement: format!("{}{replacement}", &at[..at.len() - 5]),
        };
        diag(vec![Fix {
            applicability: crate::diagnostics::Applicability::MachineApplicable,
            description: crate::diagnostics::FixText::Write(replacement.into()),
            edits: vec![edit(0, a, x), edit(1, b, y)],
        }])
    }

    #[test]
    fn a_fix_of_several_files_is_applied_whole_or_not_at_all() {
        let (a, b) = ("offer 25480", "p -> zadkine.25480");
        let both = across(a, b, "25655");
        let (out, links) = apply_files(&[(FileId(0), a), (FileId(1), b)], &[&both]);
        assert_eq!(
            out,
            [
                ("offer 25655".to_string(), 1),
                ("p -> zadkine.25655".to_string(), 1)
            ]
        );
        assert_eq!(links, [vec![0, 1]]);
        // Its edit in the second file meets a fix taken there first: the
        // first file keeps its text too.
        let first = diag(vec![Fix::replace(Span::new(FileId(1), 5, 18), "x.1", true)]);
        let (out, links) = apply_files(&[(FileId(0), a), (FileId(1), b)], &[&first, &both]);
        assert_eq!(out, [(a.to_string(), 0), ("p -> x.1".to_string(), 1)]);
        assert!(links.is_empty());
        // One of its files is not among those fixed: nothing is applied.
        assert_eq!(apply(a, FileId(0), &[&both]), (a.to_string(), 0));
    }
}
