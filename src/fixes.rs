//! Fixes: building them for findings. Applying the machine-applicable
//! ones to files (`check --fix`, `check --diff`) is a front end's business:
//! `commands/fix_apply.rs`.
//!
//! A fix is machine-applicable only when it is certainly right
//! (docs/decisions.md, "Fixes that are certainly right"): a did-you-mean
//! with exactly one candidate, a value rewritten in the shape its field
//! wants, `=>` for `->`, unquoted text with spaces in a text field, a field
//! repeated with the same value, C212's successor crebo (built in its
//! check). Everything else is maybe-incorrect and only offered (JSON,
//! SARIF, the editor).

use crate::diagnostics::{Applicability, Edit, Fix, FixText};
use crate::schema::Wanted;
use crate::source::Span;
use crate::syntax::{Field, Value};

/// The text written before a suggested member name in a reference.
pub fn member_prefix(wanted: &Wanted) -> String {
    match wanted {
        Wanted::Programme(b) | Wanted::Offer(b) => format!("{b}."),
        _ => String::new(),
    }
}

/// Fixes for a did-you-mean of `wanted` (the candidates as
/// [`crate::suggest::closest`] returns them, nearest first): the nearest
/// is machine-applicable when no other candidate is as near; every other
/// candidate (and a nearest that ties) is maybe-incorrect.
pub fn did_you_mean(span: Span, prefix: &str, wanted: &str, close: &[&str]) -> Vec<Fix> {
    let w = wanted.to_lowercase();
    let dist = |c: &str| strsim::osa_distance(&w, &c.to_lowercase());
    let sure = match close {
        [_] => true,
        [a, b, ..] => dist(a) < dist(b),
        [] => false,
    };
    close
        .iter()
        .enumerate()
        .map(|(i, c)| Fix::replace(span, format!("{prefix}{c}"), sure && i == 0))
        .collect()
}

/// Every fix made maybe-incorrect.
pub fn unsure(mut fixes: Vec<Fix>) -> Vec<Fix> {
    for f in &mut fixes {
        f.applicability = Applicability::MaybeIncorrect;
    }
    fixes
}

/// A value as written, without its spans, for comparing two fields.
fn value_key(v: &Value) -> String {
    match v {
        Value::Ref(r) => match r.member() {
            Some(m) => format!("{}.{}", r.base().text, m.text()),
            None => r.base().text.to_string(),
        },
        Value::Int(i) => i.text.to_string(),
        Value::Str(s) => format!("{:?}", s.value),
        Value::List(elems, _) => {
            let inner: Vec<String> = elems.iter().map(value_key).collect();
            format!("[{}]", inner.join(","))
        }
        Value::YearCount(yc) => format!("{}:{}", yc.year().text, yc.count().text),
    }
}

/// E107: a field written twice with the same value; removing the second
/// changes nothing, so it is certain. With different values only a person
/// can choose.
pub fn drop_repeated_field(first: &Field, second: &Field) -> Option<Fix> {
    if value_key(&first.value) != value_key(&second.value) {
        return None;
    }
    let span = second.name.span().to(second.value.span());
    Some(Fix {
        applicability: Applicability::MachineApplicable,
        description: FixText::RemoveRepeated(second.name.text.to_string()),
        edits: vec![Edit {
            span,
            replacement: String::new(),
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_is_certain_only_without_a_tie() {
        let span = Span::default();
        let sure = |w: &str, c: &[&str]| {
            did_you_mean(span, "", w, c)
                .iter()
                .map(Fix::is_machine_applicable)
                .collect::<Vec<_>>()
        };
        assert_eq!(sure("waalhavn", &["waalhaven"]), [true]);
        assert_eq!(sure("mbot-kb", &["mobt-kb", "mobt-bb"]), [true, false]);
        assert_eq!(sure("eo-kbb", &["eo-bb", "eo-kb"]), [false, false]);
    }

    #[test]
    fn writes_keep_permissions_follow_links_and_refuse_read_only() {
        use crate::write::atomic_write;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.pathway");
        std::fs::write(&file, "old").unwrap();
        atomic_write(&file, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
            let link = dir.path().join("link.pathway");
            std::os::unix::fs::symlink(&file, &link).unwrap();
            atomic_write(&link, b"via link").unwrap();
            assert!(
                std::fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
            assert_eq!(std::fs::read_to_string(&file).unwrap(), "via link");
            let mode = std::fs::metadata(&file).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        let before = std::fs::read_to_string(&file).unwrap();
        let mut ro = std::fs::metadata(&file).unwrap().permissions();
        ro.set_readonly(true);
        std::fs::set_permissions(&file, ro).unwrap();
        assert!(atomic_write(&file, b"refused").is_err());
        assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
        // No temporary file is left behind.
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "link.pathway")
            .collect();
        assert_eq!(names, ["plan.pathway"]);
    }

    /// Found by review: `report -o out.html`, where `out.html` is a link to
    /// a file that does not exist yet, replaced the link by a file. The
    /// file is made where the link points, and the link stays.
    #[cfg(unix)]
    #[test]
    fn a_link_to_a_file_not_there_yet_is_written_through() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("out")).unwrap();
        let link = dir.path().join("report.html");
        std::os::unix::fs::symlink("out/real.html", &link).unwrap();
        crate::write::atomic_write(&link, b"page").unwrap();
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
        let real = dir.path().join("out/real.html");
        assert_eq!(std::fs::read_to_string(real).unwrap(), "page");
    }

    /// Found by review: `--fix` and `fmt` replaced a file that an editor
    /// saved while they ran, and the save was lost. A replacement is
    /// written only over the bytes the run read.
    #[test]
    fn a_replacement_never_overwrites_a_save_made_meanwhile() {
        use crate::write::{Refused, atomic_replace};
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.pathway");
        std::fs::write(&file, "read\nsaved meanwhile\n").unwrap();
        let e = atomic_replace(&file, b"read\n", b"fixed\n").unwrap_err();
        assert_eq!(Refused::of(&e), Some(Refused::ChangedMeanwhile));
        assert_eq!(
            crate::write::error_text(&e, crate::Lang::Nl),
            "het bestand is op schijf gewijzigd terwijl leerlijn liep; er is niets geschreven (voer het opnieuw uit)"
        );
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            "read\nsaved meanwhile\n"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no temporary file is left behind");
        atomic_replace(&file, b"read\nsaved meanwhile\n", b"fixed\n").unwrap();
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "fixed\n");
        // Deleted meanwhile: a change too, not a missing folder, and the
        // file is not brought back.
        std::fs::remove_file(&file).unwrap();
        let e = atomic_replace(&file, b"fixed\n", b"fixed again\n").unwrap_err();
        assert_eq!(Refused::of(&e), Some(Refused::ChangedMeanwhile));
        assert!(!file.exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
