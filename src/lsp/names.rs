//! The names each file of a project declares and uses, kept per file so
//! that an edit is answered first from the files it can affect: the
//! edited file, the files declaring what it uses (and, transitively, what
//! those use), and the files using what those declare, unless a file is a
//! hub that most of the plan uses (a catalogue), whose users cannot change
//! the edited file's findings but would pull in the whole plan.
//!
//! The lexer's tokens rather than the parser: no tree is needed, and an
//! over-generous answer (a field name read as a use) only adds a file to
//! the partial check, never removes one.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::schema::ItemKind;
use crate::source::FileId;
use crate::syntax::lexer::{TokenKind, lex};

/// A file whose declarations more files than this use is a hub.
pub const HUB_USERS: usize = 12;

/// What one file declares at top level and what words it uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileNames {
    pub declares: HashSet<String>,
    pub uses: HashSet<String>,
}

/// The identifiers and integers of a file; the word after a keyword that
/// starts a top-level item with an ID or crebo code (every item kind but
/// the nested ones and `pathway`), at nesting depth 0, is a declaration.
pub fn scan(text: &str) -> FileNames {
    let mut names = FileNames::default();
    let mut depth = 0usize;
    let mut after_keyword = false;
    for t in lex(FileId(0), text).tokens {
        match t.kind {
            TokenKind::LBrace => depth += 1,
            TokenKind::RBrace => depth = depth.saturating_sub(1),
            TokenKind::Ident | TokenKind::Int => {
                let word = &text[t.start as usize..t.end as usize];
                let declaring = depth == 0
                    && t.item_keyword()
                        .is_some_and(|k| !k.is_nested() && k != ItemKind::Pathway);
                if after_keyword {
                    names.declares.insert(word.to_string());
                    after_keyword = false;
                } else if declaring {
                    after_keyword = true;
                } else {
                    names.uses.insert(word.to_string());
                }
                continue;
            }
            _ => {}
        }
        after_keyword = false;
    }
    names
}

/// Every file's names, and who declares and uses each name.
#[derive(Default)]
pub struct Index {
    files: HashMap<PathBuf, FileNames>,
    declared_by: HashMap<String, BTreeSet<PathBuf>>,
    used_by: HashMap<String, BTreeSet<PathBuf>>,
}

impl Index {
    /// Replaces what `path` declares and uses (`None`: the file is gone).
    pub fn set(&mut self, path: &Path, text: Option<&[u8]>) {
        let fresh = text.map(|t| scan(&String::from_utf8_lossy(t)));
        if let Some(old) = self.files.remove(path) {
            for (words, map) in [
                (&old.declares, &mut self.declared_by),
                (&old.uses, &mut self.used_by),
            ] {
                for w in words {
                    if let Some(set) = map.get_mut(w) {
                        set.remove(path);
                        if set.is_empty() {
                            map.remove(w);
                        }
                    }
                }
            }
        }
        if let Some(names) = fresh {
            for w in &names.declares {
                self.declared_by
                    .entry(w.clone())
                    .or_default()
                    .insert(path.to_path_buf());
            }
            for w in &names.uses {
                self.used_by
                    .entry(w.clone())
                    .or_default()
                    .insert(path.to_path_buf());
            }
            self.files.insert(path.to_path_buf(), names);
        }
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// More than [`HUB_USERS`] other files use what `path` declares.
    pub fn is_hub(&self, path: &Path) -> bool {
        let Some(names) = self.files.get(path) else {
            return false;
        };
        let mut users: HashSet<&PathBuf> = HashSet::new();
        for w in &names.declares {
            for u in self.used_by.get(w).into_iter().flatten() {
                if u != path && users.insert(u) && users.len() > HUB_USERS {
                    return true;
                }
            }
        }
        false
    }

    /// The files `path` depends on: the declarers of the names it uses and
    /// of the names it declares too (a duplicate, E102), transitively.
    fn down(&self, from: &mut BTreeSet<PathBuf>) {
        let mut todo: Vec<PathBuf> = from.iter().cloned().collect();
        while let Some(f) = todo.pop() {
            let Some(names) = self.files.get(&f) else {
                continue;
            };
            for w in names.uses.iter().chain(&names.declares) {
                for g in self.declared_by.get(w).into_iter().flatten() {
                    if from.insert(g.clone()) {
                        todo.push(g.clone());
                    }
                }
            }
        }
    }

    /// The files a change to `changed` can affect the findings of
    /// `changed` through; `None` when one of them is a hub (a change
    /// there reaches the whole plan).
    pub fn neighbourhood(&self, changed: &BTreeSet<PathBuf>) -> Option<BTreeSet<PathBuf>> {
        if changed.iter().any(|c| self.is_hub(c)) {
            return None;
        }
        let mut set = changed.clone();
        self.down(&mut set);
        let mut up = BTreeSet::new();
        for f in &set {
            if self.is_hub(f) {
                continue;
            }
            let users = self
                .files
                .get(f)?
                .declares
                .iter()
                .filter_map(|w| self.used_by.get(w));
            // Every user of what a changed file declares; of the files it
            // depends on, only the users that declare items themselves (a
            // region listing its members): a file of pathways alone into
            // them changes their findings through the graph, rarely the
            // changed file's, and the whole-project check that follows
            // corrects those few.
            let direct = changed.contains(f);
            up.extend(
                users
                    .flatten()
                    .filter(|u| {
                        direct || self.files.get(*u).is_some_and(|n| !n.declares.is_empty())
                    })
                    .cloned(),
            );
        }
        set.extend(up);
        self.down(&mut set);
        Some(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_declarations_and_uses() {
        let n = scan(
            "# school fake\nschool s \"school t\" {\n  programme p { track = kb }\n}\npathway s.p -> i.25263 { note = \"x\\\" y\" }\nqualification 25263\n",
        );
        let set = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<HashSet<_>>();
        assert_eq!(n.declares, set(&["s", "25263"]));
        assert_eq!(
            n.uses,
            set(&[
                "programme",
                "p",
                "track",
                "kb",
                "pathway",
                "s",
                "i",
                "25263",
                "note"
            ])
        );
        // `a->b` is two names.
        assert_eq!(scan("pathway a->b").uses, set(&["pathway", "a", "b"]));
    }

    #[test]
    fn neighbourhood_stops_at_hubs() {
        let mut idx = Index::default();
        let p = |s: &str| PathBuf::from(s);
        idx.set(&p("cat"), Some(b"sector zorg\nsector bouw"));
        let mut texts = Vec::new();
        for r in 0..14 {
            texts.push((
                p(&format!("r{r}/inst")),
                format!("institution i{r} {{ offer 1 {{ sector = zorg }} }}"),
            ));
            texts.push((
                p(&format!("r{r}/paths")),
                format!("pathway s{r}.p -> i{r}.1"),
            ));
            texts.push((p(&format!("r{r}/schools")), format!("school s{r} {{ }}")));
        }
        for (path, t) in &texts {
            idx.set(path, Some(t.as_bytes()));
        }
        assert!(idx.is_hub(&p("cat")));
        assert!(!idx.is_hub(&p("r3/inst")));
        let changed: BTreeSet<PathBuf> = [p("r3/paths")].into();
        let got = idx.neighbourhood(&changed).unwrap();
        let want: BTreeSet<PathBuf> = ["cat", "r3/inst", "r3/paths", "r3/schools"]
            .into_iter()
            .map(p)
            .collect();
        assert_eq!(got, want);
        assert_eq!(idx.neighbourhood(&[p("cat")].into()), None);
        // A file that is gone leaves no trace.
        idx.set(&p("r3/schools"), None);
        assert_eq!(idx.neighbourhood(&changed).unwrap().len(), 3);
        assert_eq!(idx.len(), 42);
    }
}
