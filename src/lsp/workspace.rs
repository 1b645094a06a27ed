//! Which files make up a document's project, found as `check` finds them
//! and never more: the root is the nearest directory with a
//! `leerlijn.toml` at or above the document, else the document's folder;
//! the walk stays under the root, is done once per project, and stops
//! after a bounded number of directory entries.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::config::FILE_NAME;

/// At most this many `.pathway` files in one project.
pub const MAX_FILES: usize = 20_000;
/// At most this many directory entries looked at while scanning.
pub const MAX_ENTRIES: usize = 200_000;

/// A path with symlinks resolved, as `check` keys the files it loads; a
/// file that does not exist (yet) keeps its name under its resolved folder.
pub fn canonical(path: &Path) -> PathBuf {
    let path = crate::paths::absolute(path);
    if let Ok(p) = fs::canonicalize(&path) {
        return p;
    }
    match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) => fs::canonicalize(dir)
            .map(|d| d.join(name))
            .unwrap_or(path.clone()),
        _ => path,
    }
}

/// The nearest directory at or above `dir` holding a `leerlijn.toml`.
pub fn config_root(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .find(|d| d.join(FILE_NAME).is_file())
        .map(Path::to_path_buf)
}

/// The files a scan found: canonical paths, sorted.
pub struct Scan {
    pub files: Vec<PathBuf>,
    /// The scan stopped at a bound before it had seen everything.
    pub truncated: bool,
}

/// Every `.pathway` file under `root` (entries starting with `.` skipped,
/// as `check` does), each once however it is reached, symlink loops
/// walked once; bounded by [`MAX_FILES`] and [`MAX_ENTRIES`].
pub fn scan(root: &Path) -> Scan {
    scan_bounded(root, MAX_FILES, MAX_ENTRIES)
}

fn scan_bounded(root: &Path, max_files: usize, max_entries: usize) -> Scan {
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    let mut visited = HashSet::new();
    let mut entries_seen = 0usize;
    let mut stack = vec![root.to_path_buf()];
    let mut truncated = false;
    'walk: while let Some(dir) = stack.pop() {
        let Ok(canon) = fs::canonicalize(&dir) else {
            continue;
        };
        // Never above the root, even through a symlinked folder.
        if !canon.starts_with(root) || !visited.insert(canon) {
            continue;
        }
        let Ok(read) = fs::read_dir(&dir) else {
            continue;
        };
        let mut entries = Vec::new();
        for e in read {
            entries_seen += 1;
            if entries_seen > max_entries {
                truncated = true;
                break 'walk;
            }
            if let Ok(e) = e {
                entries.push(e.path());
            }
        }
        entries.sort();
        for path in entries.into_iter().rev() {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            if name.as_deref().is_none_or(|n| n.starts_with('.')) {
                continue;
            }
            let Ok(meta) = fs::metadata(&path) else {
                continue;
            };
            if meta.is_dir() {
                stack.push(path);
            } else if meta.is_file() && path.extension().is_some_and(|e| e == "pathway") {
                let key = canonical(&path);
                if seen.insert(key.clone()) {
                    if files.len() == max_files {
                        truncated = true;
                        break 'walk;
                    }
                    files.push(key);
                }
            }
        }
    }
    files.sort();
    Scan { files, truncated }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_and_scans() {
        let dir = std::env::temp_dir().join(format!("leerlijn-ws-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("a/b")).unwrap();
        let dir = fs::canonicalize(&dir).unwrap();
        fs::write(dir.join("leerlijn.toml"), "").unwrap();
        fs::write(dir.join("a/b/x.pathway"), "").unwrap();
        fs::write(dir.join("a/.y.pathway"), "").unwrap();
        assert_eq!(config_root(&dir.join("a/b")), Some(dir.clone()));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&dir, dir.join("a/loop")).unwrap();
            std::os::unix::fs::symlink(dir.join("a/b/x.pathway"), dir.join("a/z.pathway")).unwrap();
        }
        let s = scan(&dir);
        assert_eq!(s.files, vec![dir.join("a/b/x.pathway")]);
        assert!(!s.truncated);
        // The bounds stop the walk and say so.
        fs::write(dir.join("a/w.pathway"), "").unwrap();
        let s = scan_bounded(&dir, 1, MAX_ENTRIES);
        assert_eq!((s.files.len(), s.truncated), (1, true));
        let s = scan_bounded(&dir, MAX_FILES, 2);
        assert!(s.truncated && s.files.is_empty());
        assert_eq!(
            canonical(&dir.join("a/new.pathway")),
            dir.join("a/new.pathway")
        );
        let _ = fs::remove_dir_all(&dir);
    }
}
