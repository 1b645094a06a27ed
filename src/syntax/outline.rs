//! What suppressions need of a file once its syntax tree is gone: where
//! each item starts and ends (nested items too) and its `# leerlijn:`
//! comments. Built from the tree right after parsing, so the trees (the
//! largest structure alive during a check) can be dropped after resolving.

use super::ast::{Item, SourceAst};
use crate::source::{FileId, Span};

#[derive(Debug)]
pub struct Outline {
    pub file: FileId,
    pub items: Vec<OutlineItem>,
    /// The comments that start with `leerlijn:`, in source order.
    pub comments: Vec<OutlineComment>,
}

#[derive(Debug)]
pub struct OutlineItem {
    /// Where its keyword starts: the line a trailing comment must end.
    pub keyword: u32,
    /// From the keyword to the closing brace (or the end of the head).
    pub span: Span,
    pub children: Vec<OutlineItem>,
}

#[derive(Debug)]
pub struct OutlineComment {
    pub span: Span,
    /// The text after `#`.
    pub text: String,
    /// True when code precedes the comment on its line.
    pub trailing: bool,
}

/// A comment that may be a suppression (`# leerlijn: ...`).
pub fn is_directive(text: &str) -> bool {
    text.trim_start().starts_with("leerlijn:")
}

impl Outline {
    pub fn of(ast: &SourceAst) -> Outline {
        fn items(list: &[Item]) -> Vec<OutlineItem> {
            list.iter()
                .map(|it| OutlineItem {
                    keyword: it.keyword().start,
                    span: it.span,
                    // The parser nests at most two deep (a programme or
                    // offer in its parent), so input cannot drive this deep.
                    children: items(it.children()),
                })
                .collect()
        }
        Outline {
            file: ast.file,
            items: items(ast.items),
            comments: ast
                .comments
                .iter()
                .filter(|c| is_directive(c.text))
                .map(|c| OutlineComment {
                    span: c.span,
                    text: c.text.to_string(),
                    trailing: c.trailing,
                })
                .collect(),
        }
    }
}
