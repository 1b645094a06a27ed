//! The pipeline's layering: every module of `src/` depends only on modules
//! of a lower stage, so data flows one way (source → syntax → resolver →
//! model → graph → checks → analysis → emitters → front ends) and the codes
//! table sits at the bottom. Read from the source text: a `crate::NAME`
//! path, or `NAME` inside `use crate::{…}`, is a dependency on `NAME`.
//! Unit tests (after a file's `#[cfg(test)]`) may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module of `src/` and its stage; a module may depend only
/// on modules of a lower stage. A new module must be given a stage here.
const STAGES: &[(&str, u8)] = &[
    // Utilities that know nothing of plans.
    ("allocator", 0),
    ("collections", 0),
    ("paths", 0),
    ("scc", 0),
    ("source", 0),
    ("suggest", 0),
    // The codes table, the item kinds and the built-in data.
    ("codes", 1),
    ("labour_market", 1),
    ("prelude", 1),
    ("schema", 1),
    // The translation layer: every sentence, from locales/*.ftl.
    ("i18n", 1),
    // Findings and their wording; the config.
    ("config", 2),
    ("diagnostics", 2),
    // The front of the pipeline and the model it fills.
    ("model", 3),
    ("syntax", 3),
    ("write", 3),
    ("baseline", 4),
    ("fixes", 4),
    ("project", 4),
    ("resolve", 5),
    ("graph", 6),
    ("checks", 7),
    ("analysis", 8),
    ("versions", 9),
    // Output and tools built on a finished analysis.
    ("emit", 10),
    ("format", 10),
    // Front ends.
    ("commands", 11),
    ("lsp", 11),
    ("cli", 12),
    ("lib", 13),
    ("main", 13),
];

/// Modules that may name the checks stage at all (the rule: no
/// `use crate::checks` outside the checks, the analysis and the front ends).
const MAY_USE_CHECKS: &[&str] = &[
    "checks", "analysis", "versions", "format", "commands", "lsp", "cli", "lib",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/checks/c201.rs` → `checks`; `src/cli.rs` → `cli`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next().unwrap().as_os_str();
    first.to_string_lossy().trim_end_matches(".rs").to_string()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The modules a source text names through `crate::`.
fn dependencies(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item.trim().chars().take_while(|&c| is_ident(c)).collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        } else {
            let name: String = rest.chars().take_while(|&c| is_ident(c)).collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

#[test]
fn every_module_depends_only_on_lower_stages() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let stage: BTreeMap<&str, u8> = STAGES.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    assert!(files.len() > 50, "the sources were found");
    let mut wrong = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        let Some(&own) = stage.get(module.as_str()) else {
            wrong.push(format!("{module} (in {}) has no stage", file.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap();
        for dep in dependencies(code) {
            if dep == module || dep == "Lang" {
                continue;
            }
            let Some(&theirs) = stage.get(dep.as_str()) else {
                continue; // an item of lib.rs itself, such as `crate::Lang`
            };
            if theirs >= own {
                wrong.push(format!(
                    "{}: `{module}` (stage {own}) uses `{dep}` (stage {theirs})",
                    file.display()
                ));
            }
            if dep == "checks" && !MAY_USE_CHECKS.contains(&module.as_str()) {
                wrong.push(format!(
                    "{}: `{module}` uses the checks stage",
                    file.display()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The scanner itself: it must see both forms, or the test above could
/// pass by seeing nothing.
#[test]
fn dependencies_are_read_in_both_forms() {
    let deps = dependencies(
        "use crate::codes::Code;\nuse crate::{model, syntax::Item};\nx(crate::graph::build)",
    );
    let want: BTreeSet<String> = ["codes", "graph", "model", "syntax"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(deps, want);
}
