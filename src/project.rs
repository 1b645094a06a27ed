//! Loading a project: the files named on the command line, every
//! `*.pathway` file under the directories named, and the prelude.

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::source::{SourceFile, SourceMap, Span, decode_utf8};

/// Why a project could not be loaded at all (exit 2).
#[derive(Debug, PartialEq, Eq)]
pub enum LoadError {
    Missing(String),
    /// The path exists but cannot be followed or examined (a symlink
    /// loop, no permission): the path and the reason
    /// ([`crate::i18n::io_error`]).
    Unreachable(String, crate::i18n::Arg),
    NotAFile(String),
    NoFiles(Vec<String>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Missing(p) => write!(f, "path `{p}` does not exist"),
            LoadError::Unreachable(p, why) => {
                write!(
                    f,
                    "path `{p}` cannot be read: {}",
                    why.text(crate::Lang::En)
                )
            }
            LoadError::NotAFile(p) => {
                write!(f, "path `{p}` is neither a regular file nor a directory")
            }
            LoadError::NoFiles(ps) => {
                write!(f, "no `.pathway` file found in {}", ps.join(", "))
            }
        }
    }
}

/// A file that exists but could not be read as text: reported as E003 at
/// `span`. The file's text is the valid prefix, so the span's line and
/// column are those of the first invalid byte.
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub span: Span,
    pub reason: UnreadableReason,
}

#[derive(Debug, Clone)]
pub enum UnreadableReason {
    /// The raw byte offset of the first invalid byte.
    InvalidUtf8(usize),
    /// Why reading failed ([`crate::i18n::io_error`]).
    Io(crate::i18n::Arg),
}

pub struct Project {
    pub sources: SourceMap,
    /// The number of the project's own files (the prelude not counted).
    pub user_files: usize,
    pub unreadable: Vec<Unreadable>,
}

/// Finds the project's files: sorted by path, component by component; a
/// file reached twice is read once; entries starting with `.` are skipped.
pub fn find_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for path in paths {
        let meta = fs::metadata(path).map_err(|e| {
            let p = path.display().to_string();
            // A dangling symlink is as missing as no file at all.
            if e.kind() == std::io::ErrorKind::NotFound {
                LoadError::Missing(p)
            } else {
                LoadError::Unreachable(p, crate::i18n::io_error(&e, crate::i18n::Io::Read))
            }
        })?;
        if meta.is_dir() {
            let mut visited = HashSet::new();
            walk(path, &meta, &mut found, &mut seen, &mut visited);
        } else if meta.is_file() {
            if seen.insert(file_key(path, &meta)) {
                found.push(path.clone());
            }
        } else {
            return Err(LoadError::NotAFile(path.display().to_string()));
        }
    }
    if found.is_empty() {
        return Err(LoadError::NoFiles(
            paths.iter().map(|p| format!("`{}`", p.display())).collect(),
        ));
    }
    found.sort();
    Ok(found)
}

/// What makes two paths one file or directory. On Unix its device and
/// inode, from the `stat` the walk makes anyway: canonicalising made one
/// more per component of every path (a national plan's 1,400 files cost
/// 3% of its check). Elsewhere its canonical path.
#[cfg(unix)]
type FileKey = (u64, u64);
#[cfg(not(unix))]
type FileKey = PathBuf;

#[cfg(unix)]
fn file_key(_path: &Path, meta: &fs::Metadata) -> FileKey {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn file_key(path: &Path, _meta: &fs::Metadata) -> FileKey {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Iterative, so a deep tree cannot overflow the stack; directories are
/// remembered by [`FileKey`], so a symlink loop is walked once.
fn walk(
    root: &Path,
    root_meta: &fs::Metadata,
    found: &mut Vec<PathBuf>,
    seen: &mut HashSet<FileKey>,
    visited: &mut HashSet<FileKey>,
) {
    let mut stack = vec![(root.to_path_buf(), file_key(root, root_meta))];
    while let Some((dir, key)) = stack.pop() {
        if !visited.insert(key) {
            continue;
        }
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        // Files in name order, so that a file with two names here is read
        // under the first; the subdirectories after them, first on top.
        let subdirs = stack.len();
        for path in entries {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            if name.as_deref().is_none_or(|n| n.starts_with('.')) {
                continue;
            }
            let Ok(meta) = fs::metadata(&path) else {
                continue;
            };
            if meta.is_dir() {
                let key = file_key(&path, &meta);
                stack.push((path, key));
            } else if meta.is_file()
                && path.extension().is_some_and(|e| e == "pathway")
                && seen.insert(file_key(&path, &meta))
            {
                found.push(path);
            }
        }
        stack[subdirs..].reverse();
    }
}

/// Loads the prelude (unless `std` is false) and the given files, in
/// source order. Files that cannot be read as UTF-8 are kept empty and
/// reported in `unreadable`.
pub fn load(files: &[PathBuf], std: bool) -> Project {
    let named: Vec<(PathBuf, String)> = files
        .iter()
        .map(|p| (p.clone(), p.display().to_string()))
        .collect();
    load_named(&named, std)
}

/// Like [`load`], with the path each file is reported under (tests use
/// paths relative to the crate so snapshots do not depend on the clone).
pub fn load_named(files: &[(PathBuf, String)], std: bool) -> Project {
    let read = read_all(files.iter().map(|(p, _)| p.as_path()));
    let named = files.iter().map(|(_, d)| d.clone()).zip(read).collect();
    from_read(named, std)
}

/// What reading one file gave.
enum Read {
    Bytes(Vec<u8>),
    Failed(crate::i18n::Arg),
}

/// Reads each file into a buffer of its own, sized by its length on
/// disk, so that a check can let one file's text go (a file of pathways
/// once they are resolved, `analysis`). One [`Read`] per file, in order.
fn read_all<'p>(paths: impl Iterator<Item = &'p Path>) -> Vec<Read> {
    use std::io::Read as _;
    paths
        .map(|path| {
            let read = fs::File::open(path).and_then(|mut f| {
                let len = f.metadata().map_or(0, |m| m.len());
                let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
                f.read_to_end(&mut bytes).map(|_| bytes)
            });
            match read {
                Ok(bytes) => Read::Bytes(bytes),
                Err(e) => Read::Failed(crate::i18n::io_error(&e, crate::i18n::Io::Read)),
            }
        })
        .collect()
}

/// Loads a project from in-memory bytes exactly as [`load`] treats the
/// bytes it reads: invalid UTF-8 is E003 at the first invalid byte. Files
/// are taken in the order given (sort them first for source order).
pub fn from_bytes(files: &[(&str, &[u8])], std: bool) -> Project {
    from_read(
        files
            .iter()
            .map(|(path, bytes)| ((*path).to_string(), Read::Bytes(bytes.to_vec())))
            .collect(),
        std,
    )
}

fn prelude_sources(std: bool) -> SourceMap {
    let mut sources = SourceMap::new();
    if std {
        for (name, text) in crate::prelude::FILES {
            sources.add(SourceFile::new(
                crate::prelude::display_path(name),
                *text,
                true,
            ));
        }
    }
    sources
}

pub use crate::paths::STDIN_NAME;

/// The PATHs split into the files found under them and whether `-`
/// (standard input) is among them; `-` alone finds no files and is no
/// error. `-` twice is the caller's to refuse.
pub fn find_inputs(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, usize), LoadError> {
    let stdin = paths.iter().filter(|p| p.as_os_str() == "-").count();
    let others: Vec<PathBuf> = paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    if others.is_empty() && stdin > 0 {
        return Ok((Vec::new(), stdin));
    }
    Ok((find_files(&others)?, stdin))
}

/// Like [`load`], with standard input's text (if `-` was given) as the
/// last file, named [`STDIN_NAME`].
pub fn load_with_stdin(files: &[PathBuf], stdin: Option<Vec<u8>>, std: bool) -> Project {
    let read = read_all(files.iter().map(PathBuf::as_path));
    let mut read: Vec<(String, Read)> = files
        .iter()
        .map(|p| p.display().to_string())
        .zip(read)
        .collect();
    if let Some(bytes) = stdin {
        read.push((STDIN_NAME.to_string(), Read::Bytes(bytes)));
    }
    from_read(read, std)
}

/// True for a file whose bytes are those of an embedded prelude file: a
/// copy of `pathways/std/` that a directory walk met (`check pathways`
/// from the repository). Loaded beside the prelude it would define every
/// item twice (hundreds of E102), so it is left out when the prelude is
/// loaded; an edited copy is a file of its own and is read.
pub fn is_prelude_copy(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    crate::prelude::FILES
        .iter()
        .any(|(_, text)| text.as_bytes() == bytes)
}

/// The project of the files read; a file with invalid UTF-8 (E003) keeps
/// the text before the first invalid byte.
fn from_read(mut files: Vec<(String, Read)>, std: bool) -> Project {
    if std {
        files.retain(|(_, read)| !matches!(read, Read::Bytes(b) if is_prelude_copy(b)));
    }
    let owned = |bytes: Vec<u8>| -> (crate::source::Text, _) {
        match decode_utf8(bytes) {
            Ok(text) => (text.into(), None),
            Err((prefix, offset)) => (prefix.into(), Some(UnreadableReason::InvalidUtf8(offset))),
        }
    };
    let mut sources = prelude_sources(std);
    let mut unreadable = Vec::new();
    let user_files = files.len();
    for (display, read) in files {
        let (text, problem) = match read {
            Read::Bytes(bytes) => owned(bytes),
            Read::Failed(e) => (String::new().into(), Some(UnreadableReason::Io(e))),
        };
        let id = sources.add(SourceFile::new(display, text, false));
        if let Some(reason) = problem {
            let end = sources.get(id).text.len();
            let at = if matches!(reason, UnreadableReason::Io(_)) {
                0
            } else {
                end
            };
            unreadable.push(Unreadable {
                span: Span::new(id, at, at),
                reason,
            });
        }
    }
    Project {
        sources,
        user_files,
        unreadable,
    }
}

/// Loads a project from in-memory files (tests, the language server).
pub fn from_memory(files: &[(&str, &str)], std: bool) -> Project {
    let mut sources = prelude_sources(std);
    let mut sorted: Vec<&(&str, &str)> = files.iter().collect();
    sorted.sort_by(|a, b| Path::new(a.0).cmp(Path::new(b.0)));
    for (path, text) in sorted {
        sources.add(SourceFile::new(
            (*path).to_string(),
            (*text).to_string(),
            false,
        ));
    }
    Project {
        sources,
        user_files: files.len(),
        unreadable: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `load` makes of files on disk is what `from_bytes` makes of
    /// the same bytes: the texts, the files it cannot read and where their
    /// invalid UTF-8 starts, also when a file ends inside a character that
    /// the next file completes.
    #[test]
    fn files_read_into_one_buffer_are_what_they_are_alone() {
        let cases: [&[&[u8]]; 4] = [
            &[
                b"subject a\n",
                "\u{feff}subject b\n".as_bytes(),
                b"",
                "é ü\n".as_bytes(),
            ],
            &[b"subject a\n", b"x\xffy\n", b"subject c\n"],
            &[b"caf\xc3", b"\xa9 subject d\n"],
            &["\u{feff}".as_bytes(), b"\xef\xbb", b"\xbfz"],
        ];
        for files in cases {
            let dir = tempfile::tempdir().unwrap();
            let mut paths = Vec::new();
            let mut named = Vec::new();
            for (i, bytes) in files.iter().enumerate() {
                let path = dir.path().join(format!("{i}.pathway"));
                fs::write(&path, bytes).unwrap();
                named.push((format!("{i}.pathway"), *bytes));
                paths.push((path, format!("{i}.pathway")));
            }
            let from_disk = load_named(&paths, false);
            let named: Vec<(&str, &[u8])> = named.iter().map(|(n, b)| (n.as_str(), *b)).collect();
            let alone = from_bytes(&named, false);
            let texts = |p: &Project| -> Vec<(String, String)> {
                p.sources
                    .files()
                    .map(|(_, f)| (f.path.clone(), f.text.to_string()))
                    .collect()
            };
            assert_eq!(texts(&from_disk), texts(&alone), "{files:?}");
            let problems = |p: &Project| -> Vec<String> {
                p.unreadable.iter().map(|u| format!("{u:?}")).collect()
            };
            assert_eq!(problems(&from_disk), problems(&alone), "{files:?}");
        }
    }

    /// A file that cannot be read is reported, and the others are read.
    #[test]
    fn a_missing_file_leaves_the_others_whole() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.pathway");
        fs::write(&a, "subject a\n").unwrap();
        let missing = dir.path().join("missing.pathway");
        let project = load_with_stdin(&[missing, a], Some(b"subject s\n".to_vec()), false);
        let texts: Vec<&str> = project.sources.files().map(|(_, f)| &*f.text).collect();
        assert_eq!(texts, ["", "subject a\n", "subject s\n"]);
        assert_eq!(project.unreadable.len(), 1);
        assert!(matches!(
            project.unreadable[0].reason,
            UnreadableReason::Io(_)
        ));
    }
}
