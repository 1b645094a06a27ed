//! Paths as CI tools want them: lexically normalised, relative to a base
//! directory, with `/` separators, whatever the platform and however the
//! user reached the file (`./a/b`, `a/../a/b` or an absolute path).

use std::path::{Component, Path, PathBuf};

/// The prefix of the embedded prelude's display paths (`<std>/NAME.pathway`).
pub const STD_PREFIX: &str = "<std>/";

/// The name standard input (`-` as a PATH) is reported under.
pub const STDIN_NAME: &str = "<stdin>";

/// `path` made absolute against the current directory, with `.` and `..`
/// resolved lexically (symlinks are not followed: the path stays the one
/// the user wrote).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    normalize(&joined)
}

/// Resolves `.` and `..` without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `path` relative to the directory `base` (both absolute and normalised),
/// with `/` separators; `..` steps up where `path` is outside `base`. A path
/// on another root (another drive) stays absolute.
pub fn relative_to(path: &Path, base: &Path) -> String {
    let p: Vec<Component> = path.components().collect();
    let b: Vec<Component> = base.components().collect();
    if p.first() != b.first() {
        return slashes(path);
    }
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = Vec::new();
    for _ in common..b.len() {
        parts.push("..".into());
    }
    for c in &p[common..] {
        parts.push(c.as_os_str().to_string_lossy().into_owned());
    }
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

/// A path with `/` separators.
pub fn slashes(path: &Path) -> String {
    let mut s = String::new();
    for c in path.components() {
        match c {
            Component::RootDir => s.push('/'),
            Component::Prefix(p) => s.push_str(&p.as_os_str().to_string_lossy()),
            other => {
                if !s.is_empty() && !s.ends_with('/') {
                    s.push('/');
                }
                s.push_str(&other.as_os_str().to_string_lossy());
            }
        }
    }
    s
}

/// A source file's display path (as reached from the command line)
/// relative to the current directory, with `/` separators; prelude paths
/// (`<std>/...`) stay as they are. What SARIF and GitHub annotations name.
pub fn from_cwd(display: &str) -> String {
    if display.starts_with(STD_PREFIX) {
        return display.to_string();
    }
    let cwd = std::env::current_dir().map(|d| normalize(&d));
    match cwd {
        Ok(cwd) => relative_to(&absolute(Path::new(display)), &cwd),
        Err(_) => slashes(&normalize(Path::new(display))),
    }
}

/// A relative path as a URI reference: every byte but unreserved
/// characters and `/` percent-encoded (RFC 3986).
pub fn uri_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        let base = Path::new("/repo/ci");
        assert_eq!(
            relative_to(Path::new("/repo/ci/a/b.pathway"), base),
            "a/b.pathway"
        );
        assert_eq!(
            relative_to(Path::new("/repo/x.pathway"), base),
            "../x.pathway"
        );
        assert_eq!(relative_to(Path::new("/repo/ci"), base), ".");
        assert_eq!(normalize(Path::new("a/./b/../c")), PathBuf::from("a/c"));
        assert_eq!(normalize(Path::new("../a")), PathBuf::from("../a"));
    }

    #[test]
    fn uris() {
        assert_eq!(uri_encode("a b/ç.pathway"), "a%20b/%C3%A7.pathway");
        assert_eq!(uri_encode("<std>/x.pathway"), "%3Cstd%3E/x.pathway");
    }
}
