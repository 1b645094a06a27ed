//! The syntax tree. Items are kept generic (keyword, head, fields, nested
//! items) so the parser stays small; the resolver gives them meaning.

use std::borrow::Cow;

use crate::source::{FileId, Span};

pub use super::lexer::Comment;

pub use crate::schema::ItemKind;

/// Every word the lexer reads as an identifier but that is never an ID.
pub const KEYWORDS: [&str; 14] = [
    "region",
    "sector",
    "subject",
    "profile",
    "track",
    "dossier",
    "qualification",
    "prerequisite",
    "school",
    "programme",
    "institution",
    "offer",
    "pathway",
    "as",
];

pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

/// Keywords that are also field names (`sector = ...`, `track = ...`).
pub const FIELD_KEYWORDS: [&str; 4] = ["sector", "track", "profile", "dossier"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ident<'a> {
    pub text: &'a str,
    pub span: Span,
}

/// An integer literal; `value` is `None` when it does not fit in a u64.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntLit<'a> {
    pub text: &'a str,
    pub value: Option<u64>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrLit<'a> {
    pub value: Cow<'a, str>,
    pub span: Span,
}

/// The part after the dot of a dotted reference: an ID or a crebo code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Member<'a> {
    Ident(Ident<'a>),
    Crebo(IntLit<'a>),
}

impl<'a> Member<'a> {
    pub fn text(&self) -> &'a str {
        match self {
            Member::Ident(i) => i.text,
            Member::Crebo(c) => c.text,
        }
    }
    pub fn span(&self) -> Span {
        match self {
            Member::Ident(i) => i.span,
            Member::Crebo(c) => c.span,
        }
    }
}

/// `olympia` or `olympia.pie-kb` or `zadkine.25263`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ref<'a> {
    pub base: Ident<'a>,
    pub member: Option<Member<'a>>,
}

impl Ref<'_> {
    pub fn span(&self) -> Span {
        match &self.member {
            Some(m) => self.base.span.to(m.span()),
            None => self.base.span,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value<'a> {
    Ref(Ref<'a>),
    Int(IntLit<'a>),
    Str(StrLit<'a>),
    List(Vec<Value<'a>>, Span),
    /// `YEAR: INT`, an element of a COUNT list (language.md, "Numbers
    /// over the years").
    YearCount(IntLit<'a>, IntLit<'a>),
}

impl Value<'_> {
    pub fn span(&self) -> Span {
        match self {
            Value::Ref(r) => r.span(),
            Value::Int(i) => i.span,
            Value::Str(s) => s.span,
            Value::List(_, s) => *s,
            Value::YearCount(y, c) => y.span.to(c.span),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    pub name: Ident<'a>,
    pub value: Value<'a>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item<'a> {
    pub kind: ItemKind,
    pub keyword: Span,
    /// The item's ID: its head ID, or an offer's `as` name.
    pub id: Option<Ident<'a>>,
    /// The head crebo of a dossier, qualification or offer.
    pub crebo: Option<IntLit<'a>>,
    /// The nodes of a pathway, in order. The lists are boxed slices: an
    /// item keeps no spare room and no capacity (8 bytes less per list).
    pub nodes: Box<[Ref<'a>]>,
    pub title: Option<StrLit<'a>>,
    pub fields: Box<[Field<'a>]>,
    pub children: Box<[Item<'a>]>,
    /// From the keyword to the closing brace (or the end of the head).
    pub span: Span,
}

impl<'a> Item<'a> {
    pub fn field(&self, name: &str) -> Option<&Field<'a>> {
        self.fields.iter().find(|f| f.name.text == name)
    }

    /// The span diagnostics about the item as a whole point at: its ID or
    /// crebo (for an offer with `as`, the `as` ID), else its keyword.
    pub fn name_span(&self) -> Span {
        if let Some(id) = &self.id {
            id.span
        } else if let Some(c) = &self.crebo {
            c.span
        } else {
            self.keyword
        }
    }
}

/// A parsed file: its items and every comment, in source order.
#[derive(Clone, Debug)]
pub struct SourceAst<'a> {
    pub file: FileId,
    pub items: Vec<Item<'a>>,
    pub comments: Vec<Comment<'a>>,
    /// Names defined by items a syntax error dropped: references to them
    /// are not reported (language.md, "Syntax errors and what still runs").
    pub dropped: Vec<Dropped<'a>>,
}

/// A name an item dropped by a syntax error would have defined.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped<'a> {
    /// The school or institution a dropped programme or offer was in.
    pub parent: Option<&'a str>,
    pub name: &'a str,
}

/// A reference as written: `a` or `a.b`.
pub fn ref_text(r: &Ref) -> String {
    match &r.member {
        Some(m) => format!(
            "{}.{}",
            crate::diagnostics::truncate(r.base.text, 40),
            crate::diagnostics::truncate(m.text(), 40)
        ),
        None => crate::diagnostics::truncate(r.base.text, 40),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trees of a national plan are the largest structure alive while
    /// resolving: their node sizes are part of the memory budget.
    #[test]
    fn tree_nodes_stay_small() {
        use std::mem::size_of;
        assert!(size_of::<Item>() <= 200, "{}", size_of::<Item>());
        assert!(size_of::<Ref>() <= 80, "{}", size_of::<Ref>());
        assert!(size_of::<Field>() <= 136, "{}", size_of::<Field>());
    }
}
