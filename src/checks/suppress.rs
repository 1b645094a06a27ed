//! Suppression comments: `# leerlijn: allow(CODE-OR-NAME, ...) reason`.
//!
//! A comment suppresses the named findings whose primary location lies in
//! one item (nested items included): the item whose first line it ends, or,
//! on a line of its own, the item that follows it (blank lines and other
//! comments may stand between). E and W codes cannot be suppressed. A
//! comment that suppresses nothing or names an unknown check is W001; one
//! without a reason is W002, and still applies.

use super::registry::{self, Code, Group};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::source::{SourceMap, Span};
use crate::syntax::{Comment, Item, SourceAst};

struct Suppression {
    comment: Span,
    /// The item it covers, if any.
    target: Option<Span>,
    /// Each name as written, the check it names (if any), and whether it
    /// suppressed something.
    names: Vec<(String, Option<Code>, bool)>,
    has_reason: bool,
}

/// Parses the text after `#`; `None` when it is not a suppression.
fn parse(text: &str) -> Option<(Vec<String>, bool)> {
    let rest = text.trim_start().strip_prefix("leerlijn:")?.trim_start();
    let Some(inner) = rest.strip_prefix("allow(") else {
        // A `leerlijn:` directive we do not understand names no check.
        return Some((
            vec![rest.split_whitespace().next().unwrap_or("").to_string()],
            false,
        ));
    };
    let close = inner.find(')')?;
    let names = inner[..close]
        .split(',')
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    Some((names, !inner[close + 1..].trim().is_empty()))
}

/// Every item (nested ones too) as (keyword start, item span).
fn items(ast: &SourceAst) -> Vec<(u32, Span)> {
    fn walk(items: &[Item], out: &mut Vec<(u32, Span)>) {
        for it in items {
            out.push((it.keyword.start, it.span));
            walk(&it.children, out);
        }
    }
    let mut out = Vec::new();
    walk(&ast.items, &mut out);
    out.sort_by_key(|x| x.0);
    out
}

fn target(
    sources: &SourceMap,
    ast: &SourceAst,
    items: &[(u32, Span)],
    c: &Comment,
) -> Option<Span> {
    let file = sources.get(ast.file);
    if c.trailing {
        let line = file.line_col(c.span.start as usize).line;
        // The outermost item whose first line this is.
        return items
            .iter()
            .find(|(kw, _)| file.line_col(*kw as usize).line == line)
            .map(|x| x.1);
    }
    let next = items.partition_point(|(kw, _)| *kw < c.span.end);
    let (kw, span) = *items.get(next)?;
    let between = &file.text[c.span.end as usize..kw as usize];
    let only_comments = between
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    only_comments.then_some(span)
}

/// Removes suppressed findings and adds W001/W002; returns the findings
/// and how many were suppressed.
pub fn apply(
    sources: &SourceMap,
    asts: &[SourceAst<'_>],
    diags: Vec<Diagnostic>,
) -> (Vec<Diagnostic>, usize) {
    let mut sups: Vec<Suppression> = Vec::new();
    for ast in asts {
        if sources.get(ast.file).is_std {
            continue;
        }
        let items = items(ast);
        for c in &ast.comments {
            let Some((names, has_reason)) = parse(c.text) else {
                continue;
            };
            sups.push(Suppression {
                comment: c.span,
                target: target(sources, ast, &items, c),
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
    }
    if sups.is_empty() {
        return (diags, 0);
    }
    let suppressible = |c: Code| {
        !matches!(c.info().group, Group::Syntax | Group::Names)
            && !matches!(c, Code::W001 | Code::W002)
    };
    let mut kept = Vec::with_capacity(diags.len());
    let mut removed = 0;
    for d in diags {
        let mut hit = false;
        if suppressible(d.code) {
            for s in sups.iter_mut() {
                let Some(t) = s.target else { continue };
                if !t.contains(d.span) {
                    continue;
                }
                for (_, code, used) in s.names.iter_mut() {
                    if *code == Some(d.code) {
                        *used = true;
                        hit = true;
                    }
                }
            }
        }
        if hit {
            removed += 1;
        } else {
            kept.push(d);
        }
    }
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
        if !(unused.is_empty() && unknown.is_empty() && unsuppressible.is_empty())
            || s.names.is_empty()
        {
            let mut d = Diagnostic::new(
                Code::W001,
                s.comment,
                Msg::Check(CheckMsg::UnusedSuppression {
                    unused,
                    unknown,
                    unsuppressible,
                }),
            )
            .help(Msg::Check(CheckMsg::HelpUnused));
            for n in &names {
                d = d.key(n.clone());
            }
            kept.push(d);
        }
        if !s.has_reason {
            let mut d = Diagnostic::new(Code::W002, s.comment, Msg::Check(CheckMsg::NoReason))
                .help(Msg::Check(CheckMsg::HelpNoReason));
            for n in &names {
                d = d.key(n.clone());
            }
            kept.push(d);
        }
    }
    (kept, removed)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn parses_names_and_reason() {
        assert_eq!(
            parse(" leerlijn: allow(C211, overlapping-offer) adults only"),
            Some((vec!["C211".into(), "overlapping-offer".into()], true))
        );
        assert_eq!(
            parse(" leerlijn: allow(C211)"),
            Some((vec!["C211".into()], false))
        );
        assert_eq!(parse(" a normal comment"), None);
    }
}
