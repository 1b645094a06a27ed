//! Reading OLD from a git revision for `check --against REV`: the same
//! paths as NEW, as they were at REV, read with the `git` command itself
//! (`rev-parse`, `ls-tree`, `cat-file`). Nothing is checked out: the
//! working tree and the index are never touched. Works from any
//! subdirectory, and in a shallow clone as long as REV's commit was
//! fetched.

use crate::i18n::Message;
use crate::msg;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// One file of OLD: the path it is reported under and its bytes.
pub type OldFile = (String, Vec<u8>);

/// Runs git in `dir`; stdout, or stderr's first line as the error.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("--literal-pathspecs")
        .args(args)
        // Reading only: no optional lock on the index.
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run `git`: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        Err(err
            .lines()
            .next()
            .unwrap_or("git failed")
            .trim()
            .to_string())
    }
}

/// The directory a PATH lives in (itself for a directory).
fn dir_of(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.to_path_buf()
    } else {
        match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        }
    }
}

/// The files under `paths` at revision `rev`, sorted as the working tree's
/// would be, each reported as `REV:PATH/...`. Errors are one line: PATH not
/// in a git repository, or REV not a commit of it.
pub fn read_at(rev: &str, paths: &[PathBuf]) -> Result<Vec<OldFile>, Message> {
    // git's own words (its first line of stderr), kept as they are.
    let raw = |e: String| msg!("git-said", message = e);
    if rev.is_empty() || rev.starts_with('-') {
        return Err(msg!("git-not-a-revision", rev = rev));
    }
    let mut out: Vec<(PathBuf, OldFile)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        let dir = dir_of(path);
        let top = git(&dir, &["rev-parse", "--show-toplevel"])
            .map_err(|_| msg!("git-not-a-repository", path = path.display().to_string()))?;
        let top = PathBuf::from(String::from_utf8_lossy(&top).trim_end_matches(['\n', '\r']));
        let top = std::fs::canonicalize(&top).unwrap_or(top);
        let commit = format!("{rev}^{{commit}}");
        let hash = git(&top, &["rev-parse", "--verify", "--quiet", &commit]).map_err(|_| {
            msg!(
                "git-no-such-revision",
                rev = rev,
                top = top.display().to_string()
            )
        })?;
        let hash = String::from_utf8_lossy(&hash).trim().to_string();
        let abs = std::fs::canonicalize(path).map_err(|e| {
            msg!(
                "cannot-read",
                path = path.display().to_string(),
                error = e.to_string()
            )
        })?;
        let rel = abs.strip_prefix(&top).map_err(|_| {
            msg!(
                "git-outside",
                path = path.display().to_string(),
                top = top.display().to_string()
            )
        })?;
        let rel_str = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let is_dir = abs.is_dir();
        let mut args = vec!["ls-tree", "-r", "-z", "--full-tree", hash.as_str()];
        if !rel_str.is_empty() {
            args.push("--");
            args.push(&rel_str);
        }
        let listing = git(&top, &args).map_err(raw)?;
        for entry in listing.split(|&b| b == 0).filter(|e| !e.is_empty()) {
            let entry = String::from_utf8_lossy(entry);
            // `<mode> <type> <object>\t<path>`
            let Some((meta, file)) = entry.split_once('\t') else {
                continue;
            };
            let mut meta = meta.split(' ');
            let (_, kind, object) = (meta.next(), meta.next(), meta.next());
            if kind != Some("blob") {
                continue;
            }
            let Some(object) = object else { continue };
            // Where the file would be in the working tree, as reached from
            // PATH: what `check` would call it.
            let rest = if rel_str.is_empty() {
                file
            } else if file == rel_str {
                ""
            } else {
                match file.strip_prefix(&format!("{rel_str}/")) {
                    Some(r) => r,
                    None => continue,
                }
            };
            if is_dir {
                // As `find_files`: `*.pathway` files, no hidden entries.
                if !rest.ends_with(".pathway")
                    || rest.split('/').any(|c| c.starts_with('.') || c.is_empty())
                {
                    continue;
                }
            }
            let shown = if rest.is_empty() {
                path.clone()
            } else {
                path.join(rest)
            };
            if !seen.insert(file.to_string()) {
                continue;
            }
            let bytes = git(&top, &["cat-file", "blob", object]).map_err(raw)?;
            out.push((shown.clone(), (format!("{rev}:{}", shown.display()), bytes)));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out.into_iter().map(|(_, f)| f).collect())
}
