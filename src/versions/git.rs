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

/// OLD as read from a revision: its files, and the PATHs that held no
/// `.pathway` file at that revision (new since, or never committed).
#[derive(Debug, Default)]
pub struct OldVersion {
    pub files: Vec<OldFile>,
    pub absent: Vec<String>,
}

/// Runs git in `dir`; stdout, or stderr's first line as the error.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    git_with_input(dir, args, None)
}

/// [`git`], with `input` on its standard input.
fn git_with_input(dir: &Path, args: &[&str], input: Option<&[u8]>) -> Result<Vec<u8>, String> {
    let mut child = Command::new("git")
        .arg("-C")
        .arg(dir)
        .arg("--literal-pathspecs")
        .args(args)
        // Reading only: no optional lock on the index.
        .env("GIT_OPTIONAL_LOCKS", "0")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run `git`: {e}"))?;
    if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
        use std::io::Write;
        // A line or two: it fits in the pipe, so git cannot be waiting on
        // its stdout while we write.
        stdin
            .write_all(input)
            .map_err(|e| format!("cannot run `git`: {e}"))?;
    }
    let out = child
        .wait_with_output()
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

/// What a symbolic link of the tree at a commit leads to, followed as git
/// follows it within the repository.
enum Link {
    Blob(Vec<u8>),
    Tree(String),
}

/// Follows the symbolic link `file` of commit `hash` (`git cat-file
/// --follow-symlinks`): a link that leaves the repository, dangles or
/// loops is an error naming it, as the working tree's file would be
/// unreadable too.
fn follow_link(top: &Path, rev: &str, hash: &str, file: &str) -> Result<Link, Message> {
    let input = format!("{hash}:{file}\n");
    let out = git_with_input(
        top,
        &["cat-file", "--batch", "--follow-symlinks"],
        Some(input.as_bytes()),
    )
    .map_err(|e| msg!("git-said", message = e))?;
    let head_end = out.iter().position(|&b| b == b'\n').unwrap_or(out.len());
    let head = String::from_utf8_lossy(&out[..head_end]).to_string();
    let mut words = head.split(' ');
    let (first, kind) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let size: usize = words.next().and_then(|n| n.parse().ok()).unwrap_or(0);
    let body = out.get(head_end + 1..head_end + 1 + size);
    match (kind, body) {
        ("blob", Some(body)) => Ok(Link::Blob(body.to_vec())),
        ("tree", _) => Ok(Link::Tree(first.to_string())),
        _ => Err(msg!("git-bad-link", path = file.to_string(), rev = rev)),
    }
}

/// A blob of an `ls-tree -r -z` listing.
struct Blob {
    object: String,
    path: String,
    /// A symbolic link (mode 120000): its content is the link's target.
    link: bool,
}

/// The blobs of an `ls-tree -r -z` listing, whose entries read
/// `<mode> <type> <object>\t<path>`.
fn blobs(listing: &[u8]) -> impl Iterator<Item = Blob> + '_ {
    listing.split(|&b| b == 0).filter_map(|e| {
        let e = String::from_utf8_lossy(e);
        let (meta, path) = e.split_once('\t')?;
        let mut meta = meta.split(' ');
        let (mode, kind, object) = (meta.next()?, meta.next()?, meta.next()?);
        (kind == "blob").then(|| Blob {
            object: object.to_string(),
            path: path.to_string(),
            link: mode == "120000",
        })
    })
}

/// The blobs of tree `oid` (a directory a link leads to), symbolic links
/// inside it left out.
fn tree_blobs(top: &Path, oid: &str) -> Result<Vec<Blob>, String> {
    let listing = git(top, &["ls-tree", "-r", "-z", oid])?;
    Ok(blobs(&listing).filter(|b| !b.link).collect())
}

/// True when `rest`, a path below a directory PATH, is a file `check`
/// would read there (as `find_files`: `*.pathway`, no hidden entries).
fn is_plan_file(rest: &str) -> bool {
    rest.ends_with(".pathway") && !rest.split('/').any(|c| c.starts_with('.') || c.is_empty())
}

/// The files under `paths` at revision `rev`, sorted as the working tree's
/// would be, each reported as `REV:PATH/...`, with the PATHs that held
/// none. Symbolic links are followed within the repository. Errors are
/// one line: PATH not in a git repository, REV not a commit of it, or a
/// link at REV that leads nowhere in it.
pub fn read_at(rev: &str, paths: &[PathBuf]) -> Result<OldVersion, Message> {
    // git's own words (its first line of stderr), kept as they are.
    let raw = |e: String| msg!("git-said", message = e);
    if rev.is_empty() || rev.starts_with('-') {
        return Err(msg!("git-not-a-revision", rev = rev));
    }
    let mut out: Vec<(PathBuf, OldFile)> = Vec::new();
    let mut absent = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for path in paths {
        let before = out.len();
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
        for blob in blobs(&listing) {
            let (file, object) = (blob.path.as_str(), blob.object.as_str());
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
            let shown = if rest.is_empty() {
                path.clone()
            } else {
                path.join(rest)
            };
            let mut push = |shown: PathBuf, bytes: Vec<u8>| {
                out.push((shown.clone(), (format!("{rev}:{}", shown.display()), bytes)));
            };
            if blob.link {
                // A link to a directory is walked like one (as `find_files`
                // follows it in the working tree); a link to a file is read
                // where a plain file of its name would be.
                let hidden = rest.split('/').any(|c| c.starts_with('.'));
                if (is_dir && hidden) || !seen.insert(file.to_string()) {
                    continue;
                }
                match follow_link(&top, rev, &hash, file)? {
                    Link::Blob(bytes) if !is_dir || is_plan_file(rest) => push(shown, bytes),
                    Link::Blob(_) => {}
                    Link::Tree(oid) => {
                        for inner in tree_blobs(&top, &oid).map_err(raw)? {
                            if is_plan_file(&inner.path) {
                                let bytes =
                                    git(&top, &["cat-file", "blob", &inner.object]).map_err(raw)?;
                                push(shown.join(&inner.path), bytes);
                            }
                        }
                    }
                }
                continue;
            }
            if is_dir && !is_plan_file(rest) {
                continue;
            }
            if !seen.insert(file.to_string()) {
                continue;
            }
            let bytes = git(&top, &["cat-file", "blob", object]).map_err(raw)?;
            push(shown, bytes);
        }
        if out.len() == before {
            absent.push(path.display().to_string());
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(OldVersion {
        files: out.into_iter().map(|(_, f)| f).collect(),
        absent,
    })
}

/// Says, through `note`, which PATHs held no `.pathway` file at `rev`:
/// their old version is empty, so everything under them counts as new.
pub fn note_absent(old: &OldVersion, rev: &str, mut note: impl FnMut(Message)) {
    for path in &old.absent {
        note(msg!("git-absent", path = path.as_str(), rev = rev));
    }
}
