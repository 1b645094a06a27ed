//! Every file leerlijn writes goes through here: the bytes go to a
//! temporary file in the target's directory, which is then renamed over the
//! target, so a full disk or a crash leaves the old file or the new one,
//! never half of either. A file that existed keeps its permissions; a
//! written path that resolves to an input of the run (or to the config) is
//! refused before anything is written.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The path as the file system resolves it: symlinks followed, `.` and
/// `..` gone. A file that does not exist yet resolves through its
/// directory.
pub fn resolve(path: &Path) -> PathBuf {
    if let Ok(p) = std::fs::canonicalize(path) {
        return p;
    }
    let abs = crate::paths::absolute(path);
    match (abs.parent(), abs.file_name()) {
        (Some(dir), Some(name)) => std::fs::canonicalize(dir)
            .map(|d| d.join(name))
            .unwrap_or(abs.clone()),
        _ => abs,
    }
}

/// Refuses a write to `target` when it resolves to one of `inputs` (the
/// files the run read, the config among them) or to a `leerlijn.toml`:
/// the one-line error names both paths.
pub fn refuse_inputs(target: &Path, inputs: &[PathBuf]) -> Result<(), crate::i18n::Message> {
    let resolved = resolve(target);
    if let Some(input) = inputs.iter().find(|i| resolve(i) == resolved) {
        return Err(crate::msg!(
            "write-refuse-input",
            target = target.display().to_string(),
            input = input.display().to_string()
        ));
    }
    if resolved
        .file_name()
        .is_some_and(|n| n == crate::config::FILE_NAME)
    {
        return Err(crate::msg!(
            "write-refuse-config",
            target = target.display().to_string(),
            config = resolved.display().to_string()
        ));
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same
/// directory, renamed into place. An existing file keeps its permissions
/// (a symlink is written through, so the link stays a link); a new one
/// gets the usual permissions for a new file (0666 less the umask). What
/// is not a regular file (a FIFO, `/dev/stdout`) is written directly.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_with(path, bytes, false, None)
}

/// Like [`atomic_write`], but fails when `path` exists (also when it was
/// created meanwhile): for `init`, which overwrites nothing.
pub fn atomic_create(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_with(path, bytes, true, None)
}

/// Like [`atomic_write`] for a file leerlijn read and changed (`fmt`,
/// `check --fix`): fails, writing nothing, when the file no longer holds
/// `original`, the bytes it was read as. An editor that saved the file
/// while the run checked it keeps its text; the run is simply repeated.
pub fn atomic_replace(path: &Path, original: &[u8], bytes: &[u8]) -> std::io::Result<()> {
    write_with(path, bytes, false, Some(original))
}

/// A write leerlijn itself refused (not the system): the cause of the
/// `io::Error`, worded in the run's language by [`error_arg`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// [`atomic_replace`]: the file no longer holds what the run read.
    ChangedMeanwhile,
    /// The file is read-only ([`check_replaceable`] and the writes).
    ReadOnly,
}

impl Refused {
    fn message(self) -> crate::i18n::Message {
        match self {
            Refused::ChangedMeanwhile => crate::msg!("write-changed-meanwhile"),
            Refused::ReadOnly => crate::msg!("write-read-only"),
        }
    }

    fn error(self, kind: std::io::ErrorKind) -> std::io::Error {
        std::io::Error::new(kind, self)
    }

    /// The refusal `e` carries, if leerlijn refused the write.
    pub fn of(e: &std::io::Error) -> Option<Refused> {
        e.get_ref()?.downcast_ref::<Refused>().copied()
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().render(crate::Lang::En))
    }
}

impl std::error::Error for Refused {}

/// A write error as the variable of a message, in the run's language:
/// leerlijn's own refusals, else [`crate::i18n::io_error`].
pub fn error_arg(e: &std::io::Error) -> crate::i18n::Arg {
    match Refused::of(e) {
        Some(r) => crate::i18n::Arg::Msg(Box::new(r.message())),
        None => crate::i18n::io_error(e, crate::i18n::Io::Write),
    }
}

/// [`error_arg`] as text in `lang`.
pub fn error_text(e: &std::io::Error, lang: crate::Lang) -> String {
    error_arg(e).text(lang)
}

/// Fails when a file `--fix` or `fmt` would replace cannot be: checked for
/// every file before any is written, so one read-only file does not leave
/// a plan half fixed.
pub fn check_replaceable(path: &Path) -> std::io::Result<()> {
    let meta = std::fs::metadata(path)?;
    if meta.is_file() && meta.permissions().readonly() {
        return Err(read_only());
    }
    Ok(())
}

/// Where a symlink to a file that does not exist points (followed through
/// further links), or `None` when `path` is no symlink.
fn dangling_target(path: &Path) -> Option<PathBuf> {
    let mut at = path.to_path_buf();
    // A bound on link chains, as the kernel's (40): a loop is left to fail.
    for _ in 0..40 {
        if !at.symlink_metadata().ok()?.file_type().is_symlink() {
            return (at != path).then_some(at);
        }
        let to = std::fs::read_link(&at).ok()?;
        at = match at.parent() {
            Some(dir) if to.is_relative() => dir.join(to),
            _ => to,
        };
        if at.symlink_metadata().is_err() {
            return Some(at);
        }
    }
    None
}

fn read_only() -> std::io::Error {
    Refused::ReadOnly.error(std::io::ErrorKind::PermissionDenied)
}

fn write_with(
    path: &Path,
    bytes: &[u8],
    create_new: bool,
    original: Option<&[u8]>,
) -> std::io::Result<()> {
    let existing = if create_new {
        None
    } else {
        std::fs::metadata(path).ok()
    };
    // `-o /dev/stdout`, a FIFO, a device: written as it is. Renaming a
    // file over it would replace the device itself (as root, /dev/null).
    if let Some(meta) = &existing
        && !meta.is_file()
        && !meta.is_dir()
    {
        let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
        f.write_all(bytes)?;
        return f.flush();
    }
    // A read-only file is the user saying "do not change this" (as root
    // the rename would succeed anyway).
    if existing
        .as_ref()
        .is_some_and(|m| m.permissions().readonly())
    {
        return Err(read_only());
    }
    // Through a symlink to the file it names, also one that does not exist
    // yet (the link stays a link); a new file where the user said.
    let target = match &existing {
        Some(_) => std::fs::canonicalize(path)?,
        None => dangling_target(path).unwrap_or_else(|| path.to_path_buf()),
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".leerlijn-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir).map_err(without_temp_path)?;
    tmp.write_all(bytes)?;
    tmp.flush()?;
    if let Some(meta) = &existing {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    tmp.as_file().sync_all()?;
    // Last thing before the rename: the window in which a save by another
    // program is lost shrinks from the whole run to this read.
    if let Some(original) = original {
        let now = match std::fs::read(&target) {
            // Deleted meanwhile: not a missing folder, a change like any other.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            read => Some(read?),
        };
        if now.as_deref() != Some(original) {
            return Err(Refused::ChangedMeanwhile.error(std::io::ErrorKind::Other));
        }
    }
    if create_new {
        tmp.persist_noclobber(&target).map_err(|e| e.error)?;
    } else {
        tmp.persist(&target).map_err(|e| e.error)?;
    }
    Ok(())
}

/// tempfile's error names the temporary file (`... at path
/// "/dir/.leerlijn-x7Q.tmp"`, a random name the user never asked for); the
/// caller names the target, so only the cause is kept. tempfile gives no
/// other way to the cause than its message.
fn without_temp_path(e: std::io::Error) -> std::io::Error {
    let text = e.to_string();
    match text.rfind(" at path \"") {
        Some(at) => std::io::Error::new(e.kind(), text[..at].to_string()),
        None => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_keeps_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        std::fs::write(&p, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        atomic_write(&p, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o640);
        }
        // Nothing but the file is left in the directory.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(atomic_create(&p, b"x").is_err());
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
    }

    /// The causes a plan writer meets are worded in the run's language;
    /// others are left as the system words them.
    #[test]
    fn write_errors_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let e = atomic_write(&dir.path().join("no/such/folder.html"), b"x").unwrap_err();
        assert_eq!(error_text(&e, crate::Lang::Nl), "de map bestaat niet");
        assert_eq!(error_text(&e, crate::Lang::En), "its folder does not exist");
        let e = atomic_write(dir.path(), b"x").unwrap_err();
        assert_eq!(error_text(&e, crate::Lang::Nl), "het is een map");
        let other = std::io::Error::other("something else");
        assert_eq!(error_text(&other, crate::Lang::Nl), "something else");
        // The same words for reading, where a missing file has gone away.
        use crate::i18n::{Io, io_error};
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(
            io_error(&denied, Io::Read).text(crate::Lang::Nl),
            "geen toestemming"
        );
        assert_eq!(
            io_error(&denied, Io::Write).text(crate::Lang::En),
            "permission denied"
        );
        let gone = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(
            io_error(&gone, Io::Read).text(crate::Lang::En),
            "it is no longer there"
        );
    }

    #[test]
    fn refuses_inputs_and_the_config() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.pathway");
        std::fs::write(&input, "").unwrap();
        let other = dir.path().join("sub/../a.pathway");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let e = refuse_inputs(&other, std::slice::from_ref(&input))
            .unwrap_err()
            .to_string();
        assert!(e.contains("a.pathway") && !e.contains('\n'), "{e}");
        assert!(refuse_inputs(&dir.path().join("leerlijn.toml"), &[]).is_err());
        assert!(refuse_inputs(&dir.path().join("out.html"), &[input]).is_ok());
    }
}
