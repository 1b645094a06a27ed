//! Suppression comments: `# leerlijn: allow(CODE-OR-NAME, ...) reason`.
//!
//! A comment suppresses the named findings whose primary location lies in
//! one item (nested items included): the item whose first line it ends, or,
//! on a line of its own, the item that follows it (blank lines and other
//! comments may stand between). E and W codes cannot be suppressed. A
//! comment that suppresses nothing or names an unknown check is W001; one
//! without a reason is W002, and still applies.

use super::registry::{self, Code, Group};
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::msg;
use crate::source::{SourceMap, Span};
use crate::syntax::{Outline, OutlineComment, OutlineItem};

struct Suppression {
    comment: Span,
    /// The item it covers, if any.
    target: Option<Span>,
    /// Not of the form `allow(...)`: it suppresses nothing.
    malformed: bool,
    /// Each name as written, the check it names (if any), and whether it
    /// suppressed something.
    names: Vec<(String, Option<Code>, bool)>,
    has_reason: bool,
}

/// What a comment says, read from the text after `#`.
#[derive(Debug, PartialEq, Eq)]
enum Parsed {
    /// `leerlijn: allow(A, B) reason`.
    Allow {
        names: Vec<String>,
        has_reason: bool,
    },
    /// `leerlijn:` followed by anything else, or an unclosed `allow(`.
    Malformed,
}

/// Parses the text after `#`; `None` when it is not a `leerlijn:` comment.
fn parse(text: &str) -> Option<Parsed> {
    let rest = text.trim_start().strip_prefix("leerlijn:")?.trim_start();
    let Some((inner, after)) = rest
        .strip_prefix("allow(")
        .and_then(|inner| inner.split_once(')'))
    else {
        return Some(Parsed::Malformed);
    };
    let names = inner
        .split(',')
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    Some(Parsed::Allow {
        names,
        has_reason: !after.trim().is_empty(),
    })
}

/// Every item (nested ones too) as (keyword start, item span), sorted.
pub(crate) fn items(outline: &Outline) -> Vec<(u32, Span)> {
    fn walk(items: &[OutlineItem], out: &mut Vec<(u32, Span)>) {
        for it in items {
            out.push((it.keyword, it.span));
            walk(&it.children, out);
        }
    }
    let mut out = Vec::new();
    walk(&outline.items, &mut out);
    out.sort_by_key(|x| x.0);
    out
}

/// The item a suppression comment applies to: for a trailing comment, the
/// outermost item whose first line the comment ends; for a comment on its
/// own line, the next item, when only blank lines and comments stand
/// between. Binary searches: O(log items) per comment.
pub(crate) fn target(
    sources: &SourceMap,
    text: &str,
    outline: &Outline,
    items: &[(u32, Span)],
    c: &OutlineComment,
) -> Option<Span> {
    let file = sources.get(outline.file);
    let line_of = |offset: u32| file.line_col(offset as usize).line;
    if c.trailing {
        let line = line_of(c.span.start);
        let i = items.partition_point(|(kw, _)| line_of(*kw) < line);
        return items
            .get(i)
            .filter(|(kw, _)| line_of(*kw) == line)
            .map(|x| x.1);
    }
    let next = items.partition_point(|(kw, _)| *kw < c.span.end);
    let (kw, span) = *items.get(next)?;
    let between = &text[c.span.end as usize..kw as usize];
    let only_comments = between
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    only_comments.then_some(span)
}

/// E and W codes always report.
fn suppressible(c: Code) -> bool {
    !matches!(c.info().group, Group::Syntax | Group::Names) && !matches!(c, Code::W001 | Code::W002)
}

/// The suppression comments of a project, read file by file right after
/// each file is parsed ([`Suppressions::add`]): what applying them needs is
/// kept here, so neither the syntax trees nor outlines of them have to live
/// until the checks have run.
#[derive(Default)]
pub struct Suppressions {
    sups: Vec<Suppression>,
    /// By file: the distinct items its comments cover, sorted by start
    /// (empty for a file without suppression comments).
    files: Vec<Vec<Target>>,
}

/// An item one or more suppression comments cover.
struct Target {
    span: Span,
    /// The nearest target that contains this one.
    parent: Option<u32>,
    /// Indices into [`Suppressions::sups`], in source order.
    sups: Vec<u32>,
}

impl Suppressions {
    /// Reads the suppression comments of one parsed file. Files of the
    /// prelude are left out.
    /// `text` is the file's: a one-off check may have taken it out of
    /// `sources` (`analysis`).
    pub fn add(&mut self, sources: &SourceMap, text: &str, outline: &Outline) {
        if outline.comments.is_empty() || sources.get(outline.file).is_std {
            return;
        }
        let items = items(outline);
        let first = self.sups.len();
        for c in &outline.comments {
            let Some(parsed) = parse(&c.text) else {
                continue;
            };
            let (names, has_reason, malformed) = match parsed {
                Parsed::Allow { names, has_reason } => (names, has_reason, false),
                Parsed::Malformed => (Vec::new(), true, true),
            };
            self.sups.push(Suppression {
                comment: c.span,
                target: if malformed {
                    None
                } else {
                    target(sources, text, outline, &items, c)
                },
                malformed,
                names: names
                    .into_iter()
                    .map(|n| {
                        let code = registry::lookup(&n).map(|i| i.code);
                        (n, code, false)
                    })
                    .collect(),
                has_reason,
            });
        }
        let mut covered: Vec<(Span, u32)> = (first..self.sups.len())
            .filter_map(|i| self.sups[i].target.map(|t| (t, i as u32)))
            .collect();
        if covered.is_empty() {
            return;
        }
        // Outer items before the items they hold; one target per item.
        covered.sort_by_key(|&(t, i)| (t.start, std::cmp::Reverse(t.end), i));
        let mut targets: Vec<Target> = Vec::new();
        let mut open: Vec<u32> = Vec::new();
        for (span, i) in covered {
            if let Some(last) = targets.last_mut()
                && last.span == span
            {
                last.sups.push(i);
                continue;
            }
            while let Some(&top) = open.last() {
                if targets[top as usize].span.contains(span) {
                    break;
                }
                open.pop();
            }
            open.push(targets.len() as u32);
            targets.push(Target {
                span,
                parent: open.iter().rev().nth(1).copied(),
                sups: vec![i],
            });
        }
        let file = outline.file.0 as usize;
        if self.files.len() <= file {
            self.files.resize_with(file + 1, Vec::new);
        }
        self.files[file] = targets;
    }

    /// The suppressions that cover `span`: those of every target holding
    /// it. Items nest, so those targets are the last one that starts at or
    /// before `span` and its parents: a binary search and a short climb.
    fn covering(&self, span: Span) -> impl Iterator<Item = u32> + '_ {
        let targets = self
            .files
            .get(span.file.0 as usize)
            .map_or(&[][..], Vec::as_slice);
        let last = targets
            .partition_point(|t| t.span.start <= span.start)
            .checked_sub(1);
        std::iter::successors(last.map(|i| &targets[i]), |t| {
            t.parent.map(|p| &targets[p as usize])
        })
        .filter(move |t| t.span.contains(span))
        .flat_map(|t| t.sups.iter().copied())
    }
}

/// Removes suppressed findings and adds W001/W002; returns the findings
/// and how many were suppressed. O((findings + comments) · log items).
pub fn apply(
    sources: &SourceMap,
    outlines: &[Outline],
    diags: Vec<Diagnostic>,
) -> (Vec<Diagnostic>, usize) {
    let mut sups = Suppressions::default();
    for o in outlines {
        sups.add(sources, &sources.get(o.file).text, o);
    }
    apply_staged(sups, diags, |_| Vec::new())
}

/// As [`apply`], in two stages: `late` sees the findings that survive
/// suppression (K601/K602 depend on which C201/C202/C205 findings are
/// reported); its findings are suppressed in turn, before W001 judges
/// which comments were used.
pub fn apply_staged(
    index: Suppressions,
    diags: Vec<Diagnostic>,
    late: impl FnOnce(&[Diagnostic]) -> Vec<Diagnostic>,
) -> (Vec<Diagnostic>, usize) {
    let Suppressions { mut sups, files } = index;
    let index = Suppressions {
        sups: Vec::new(),
        files,
    };
    if sups.is_empty() {
        let mut diags = diags;
        let more = late(&diags);
        diags.extend(more);
        return (diags, 0);
    }
    // Filtered in place: a national plan's findings are not copied into a
    // second vector.
    let mut kept = diags;
    let mut removed = 0;
    let mut filter = |diags: &mut Vec<Diagnostic>| {
        diags.retain(|d| {
            let mut hit = false;
            if suppressible(d.code) {
                for si in index.covering(d.span) {
                    for (_, code, used) in sups[si as usize].names.iter_mut() {
                        if *code == Some(d.code) {
                            *used = true;
                            hit = true;
                        }
                    }
                }
            }
            removed += usize::from(hit);
            !hit
        });
    };
    filter(&mut kept);
    let mut more = late(&kept);
    filter(&mut more);
    kept.append(&mut more);
    for s in &sups {
        let mut unused = Vec::new();
        let mut unknown = Vec::new();
        let mut unsuppressible = Vec::new();
        for (name, code, used) in &s.names {
            match code {
                None => unknown.push(name.clone()),
                Some(c) if !suppressible(*c) => unsuppressible.push(name.clone()),
                Some(_) if !used => unused.push(name.clone()),
                Some(_) => {}
            }
        }
        let names: Vec<String> = s.names.iter().map(|n| n.0.clone()).collect();
        let empty = names.is_empty() && !s.malformed;
        if s.malformed
            || empty
            || !(unused.is_empty() && unknown.is_empty() && unsuppressible.is_empty())
        {
            let suggestions = unknown
                .iter()
                .map(|n| {
                    let close = registry::suggest(n).iter().map(|s| s.to_string()).collect();
                    (n.clone(), close)
                })
                .filter(|(_, close): &(String, Vec<String>)| !close.is_empty())
                .collect();
            let no_item = s.target.is_none() && !s.malformed;
            let mut d = Diagnostic::new(
                Code::W001,
                s.comment,
                Finding::UnusedSuppression {
                    malformed: s.malformed,
                    empty,
                    no_item,
                    unused,
                    unknown,
                    unsuppressible,
                },
            )
            .help(Finding::HelpUnused {
                no_item: no_item && !empty,
                suggestions,
            });
            for n in &names {
                d = d.key(n.clone());
            }
            kept.push(d);
        }
        if !s.has_reason {
            let mut d = Diagnostic::new(
                Code::W002,
                s.comment,
                Finding::NoReason {
                    names: names.clone(),
                },
            )
            .help(Finding::HelpNoReason);
            for n in &names {
                d = d.key(n.clone());
            }
            kept.push(d);
        }
    }
    (kept, removed)
}

/// The findings of W001 and W002, as data; [`Message`] words them.
enum Finding {
    UnusedSuppression {
        /// Not of the form `allow(...)`: suppresses nothing at all.
        malformed: bool,
        /// `allow()` with no names.
        empty: bool,
        /// It ends no item's first line and stands above no item.
        no_item: bool,
        unused: Vec<String>,
        unknown: Vec<String>,
        unsuppressible: Vec<String>,
    },
    HelpUnused {
        no_item: bool,
        /// Unknown names with the checks they are closest to.
        suggestions: Vec<(String, Vec<String>)>,
    },
    NoReason {
        names: Vec<String>,
    },
    HelpNoReason,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::UnusedSuppression {
                malformed,
                empty,
                no_item,
                unused,
                unknown,
                unsuppressible,
            } => {
                let mut parts = Vec::new();
                if malformed {
                    parts.push(msg!("w001-malformed"));
                }
                if empty {
                    parts.push(msg!("w001-empty"));
                }
                if !unknown.is_empty() {
                    parts.push(msg!(
                        "w001-unknown",
                        count = unknown.len(),
                        names = Arg::and_quoted(&unknown)
                    ));
                }
                if !unsuppressible.is_empty() {
                    parts.push(msg!(
                        "w001-unsuppressible",
                        count = unsuppressible.len(),
                        names = Arg::and_quoted(&unsuppressible)
                    ));
                }
                if !unused.is_empty() {
                    parts.push(if no_item {
                        msg!(
                            "w001-unused",
                            kind = "no-item",
                            names = Arg::and_quoted(&unused)
                        )
                    } else {
                        msg!(
                            "w001-unused",
                            kind = "item",
                            names = Arg::or_quoted(&unused)
                        )
                    });
                }
                msg!("w001-unused-suppression", parts = Arg::semicolons(parts))
            }
            Finding::HelpUnused {
                no_item,
                suggestions,
            } => {
                let rest = msg!("w001-help", kind = if no_item { "no-item" } else { "item" });
                if suggestions.is_empty() {
                    return rest;
                }
                let guesses = suggestions
                    .into_iter()
                    .map(|(name, s)| msg!("w001-guess", names = Arg::or_quoted(&s), name = name));
                msg!("w001-help-guess", guesses = Arg::or(guesses), rest = rest)
            }
            Finding::NoReason { names } => msg!(
                "w002-no-reason",
                count = names.len(),
                names = Arg::and_quoted(&names)
            ),
            Finding::HelpNoReason => msg!("w002-help"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Parsed, Suppressions, parse};
    use crate::source::{FileId, SourceFile, SourceMap, Span};

    /// A finding in a nested item is covered by the comments on that item
    /// and on the item around it, and by no other; one outside both by none.
    #[test]
    fn covering_climbs_from_the_innermost_item() {
        let text = "\
# leerlijn: allow(C211) outer
institution a \"A\" {
  offer 25276 { capacity = 20 }
  # leerlijn: allow(C211) inner
  offer 25189 { capacity = 20 }
  offer 25190 { capacity = 20 }  # leerlijn: allow(C211) trailing
}
institution b \"B\" {
  offer 25276
}
";
        let mut sources = SourceMap::new();
        let id = sources.add(SourceFile::new("a.pathway".into(), text, false));
        let arena = crate::syntax::Arena::new();
        let parsed = crate::syntax::parse(id, &sources.get(id).text, &arena);
        assert!(parsed.errors.is_empty());
        let mut sups = Suppressions::default();
        sups.add(&sources, text, &crate::syntax::Outline::of(&parsed.ast));
        let at = |needle: &str| {
            let start = text.find(needle).expect("in the text") as u32;
            Span {
                file: FileId(0),
                start,
                end: start + needle.len() as u32,
            }
        };
        let covering = |span| sups.covering(span).collect::<Vec<_>>();
        assert_eq!(covering(at("25276 { capacity")), vec![0]);
        assert_eq!(covering(at("25189")), vec![1, 0]);
        assert_eq!(covering(at("25190")), vec![2, 0]);
        assert_eq!(covering(at("institution b")), Vec::<u32>::new());
        assert_eq!(covering(at("25276\n")), Vec::<u32>::new());
    }

    #[test]
    fn parses_names_and_reason() {
        assert_eq!(
            parse(" leerlijn: allow(C211, overlapping-offer) adults only"),
            Some(Parsed::Allow {
                names: vec!["C211".into(), "overlapping-offer".into()],
                has_reason: true
            })
        );
        assert_eq!(
            parse(" leerlijn: allow(C211)"),
            Some(Parsed::Allow {
                names: vec!["C211".into()],
                has_reason: false
            })
        );
        assert_eq!(
            parse(" leerlijn: allow(C211 adults"),
            Some(Parsed::Malformed)
        );
        assert_eq!(parse(" leerlijn: deny(C211)"), Some(Parsed::Malformed));
        assert_eq!(parse(" a normal comment"), None);
    }
}
