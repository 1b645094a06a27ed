//! Baselines: `--write-baseline FILE` records every current finding;
//! `--baseline FILE` hides the recorded ones.
//!
//! A finding matches an entry on its code, its file and the IDs involved
//! ([`Diagnostic::keys`]), never on line or column, so edits elsewhere in a
//! file do not break the baseline. A finding whose check records no IDs
//! (syntax errors) also matches on its English message. Matching counts:
//! an entry hides one finding, so a second finding with the same key is
//! new. File paths are stored relative to the baseline file's directory,
//! with `/` separators, so the baseline works from any working directory.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diagnostics::Diagnostic;
use crate::i18n::Message;
use crate::paths;
use crate::source::SourceMap;
use crate::{Lang, msg};

/// The current (and only) version of the file format.
pub const VERSION: u32 = 1;

/// One recorded finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub code: String,
    /// Relative to the baseline file's directory (`<std>/...` for the prelude).
    pub file: String,
    /// The IDs involved, in the check's order.
    pub keys: Vec<String>,
    /// The English message: for people reading the file, and the match key
    /// of findings without IDs.
    pub message: String,
}

impl Entry {
    fn match_key(&self) -> (String, String, Vec<String>, String) {
        let message = if self.keys.is_empty() {
            self.message.clone()
        } else {
            String::new()
        };
        (
            self.code.clone(),
            self.file.clone(),
            self.keys.clone(),
            message,
        )
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    entries: Vec<Entry>,
}

/// The largest baseline read: far above any real one (a national plan's
/// is a few MiB), low enough that `/dev/zero` or a runaway file cannot
/// exhaust memory.
pub const MAX_BYTES: u64 = 64 << 20;

/// Reads a baseline file: only a regular file (a FIFO or a device could
/// block or never end), at most [`MAX_BYTES`]; the error is one line.
fn read_limited(path: &Path) -> Result<String, Message> {
    use std::io::Read as _;
    let shown = path.display().to_string();
    let cannot = |e: std::io::Error| {
        msg!(
            "baseline-unreadable",
            path = shown.as_str(),
            error = e.to_string()
        )
    };
    let not_regular = || msg!("baseline-not-a-file", path = shown.as_str());
    // Checked before opening: opening a FIFO blocks until a writer comes.
    let meta = std::fs::metadata(path).map_err(cannot)?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    let too_large = || {
        msg!(
            "baseline-too-large",
            path = shown.as_str(),
            mib = MAX_BYTES >> 20
        )
    };
    if meta.len() > MAX_BYTES {
        return Err(too_large());
    }
    let file = std::fs::File::open(path).map_err(cannot)?;
    if !file.metadata().map_err(cannot)?.is_file() {
        return Err(not_regular());
    }
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|_| msg!("baseline-not-utf8", path = shown.as_str()))
}

/// A loaded baseline.
#[derive(Clone, Debug, Default)]
pub struct Baseline {
    /// The directory entries' file paths are relative to (absolute).
    dir: PathBuf,
    pub entries: Vec<Entry>,
}

/// What applying a baseline did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Applied {
    /// Findings hidden because an entry matched them.
    pub hidden: usize,
    /// Entries that matched no finding: fixed since the baseline was written.
    pub fixed: usize,
}

/// `path` as the file system resolves it (symbolic links followed), so
/// that a folder reached through a link names its files as the folder
/// itself does; the lexical absolute path where it cannot be resolved.
fn real(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| paths::absolute(path))
}

fn dir_of(file: &Path) -> PathBuf {
    let abs = paths::absolute(file);
    let dir = abs.parent().map(Path::to_path_buf).unwrap_or(abs);
    real(&dir)
}

/// A file as the baseline in `dir` names it: relative to `dir`, or as it
/// is for the prelude and standard input, which are where they are
/// whatever the working directory.
fn file_key(display: &str, dir: &Path) -> String {
    if display.starts_with(paths::STD_PREFIX) || display == paths::STDIN_NAME {
        display.to_string()
    } else {
        paths::relative_to(&real(Path::new(display)), dir)
    }
}

/// Every file's key (see [`file_key`]), by file, worked out once.
fn file_keys(sources: &SourceMap, dir: &Path) -> Vec<String> {
    sources
        .files()
        .map(|(_, f)| file_key(&f.path, dir))
        .collect()
}

fn entry(d: &Diagnostic, keys: &[String]) -> Entry {
    Entry {
        code: d.code.as_str().to_string(),
        file: keys[d.span.file.0 as usize].clone(),
        keys: d.keys.iter().map(|k| k.to_string()).collect(),
        message: d.message.render(Lang::En),
    }
}

impl Baseline {
    /// Reads a baseline written by [`write()`]; the error is one line.
    pub fn load(path: &Path) -> Result<Baseline, Message> {
        let text = read_limited(path)?;
        let file: File = serde_json::from_str(&text).map_err(|e| {
            msg!(
                "baseline-not-a-baseline",
                path = path.display().to_string(),
                error = e.to_string()
            )
        })?;
        if file.version != VERSION {
            return Err(msg!(
                "baseline-version",
                path = path.display().to_string(),
                version = file.version.to_string(),
                reads = VERSION.to_string()
            ));
        }
        Ok(Baseline {
            dir: dir_of(path),
            entries: file.entries,
        })
    }

    /// Removes the findings an entry matches (each entry hides at most one).
    pub fn apply(&self, sources: &SourceMap, diags: &mut Vec<Diagnostic>) -> Applied {
        let mut left: BTreeMap<(String, String, Vec<String>, String), usize> = BTreeMap::new();
        for e in &self.entries {
            *left.entry(e.match_key()).or_default() += 1;
        }
        let before = diags.len();
        let files = file_keys(sources, &self.dir);
        diags.retain(|d| {
            let key = entry(d, &files).match_key();
            match left.get_mut(&key) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            }
        });
        Applied {
            hidden: before - diags.len(),
            fixed: left.values().sum(),
        }
    }
}

/// The baseline file for `diags`, as it would be written to `path`: JSON,
/// entries sorted, ending in a newline.
pub fn render(path: &Path, sources: &SourceMap, diags: &[Diagnostic]) -> String {
    let files = file_keys(sources, &dir_of(path));
    let mut entries: Vec<Entry> = diags.iter().map(|d| entry(d, &files)).collect();
    entries.sort();
    let mut s = serde_json::to_string_pretty(&File {
        version: VERSION,
        entries,
    })
    .expect("a baseline serialises");
    s.push('\n');
    s
}

/// Writes the baseline for `diags` to `path`; the error is one line.
pub fn write(path: &Path, sources: &SourceMap, diags: &[Diagnostic]) -> Result<(), Message> {
    crate::write::atomic_write(path, render(path, sources, diags).as_bytes()).map_err(|e| {
        msg!(
            "baseline-unwritable",
            path = path.display().to_string(),
            error = crate::write::error_arg(&e)
        )
    })
}
/// The note for baseline entries that matched no finding (fixed since the
/// baseline was written): not a finding, so it has no code.
pub fn fixed_note(count: usize) -> crate::i18n::Message {
    crate::msg!("baseline-fixed", count = count)
}
