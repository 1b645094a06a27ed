//! The syntax tree. Items are kept generic (keyword, head, fields, nested
//! items) so the parser stays small; the resolver gives them meaning.

use super::lexer::TokenKind;
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

/// An identifier as written. The span is not stored whole: the text is
/// the source between its start and end, so the end is `start + len`
/// (8 bytes less per name, a tree's most frequent node).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Ident<'a> {
    pub text: &'a str,
    pub file: FileId,
    pub start: u32,
}

impl<'a> Ident<'a> {
    /// `text` must be the source text of `span`.
    pub fn new(text: &'a str, span: Span) -> Ident<'a> {
        debug_assert_eq!(span.end - span.start, text.len() as u32);
        Ident {
            text,
            file: span.file,
            start: span.start,
        }
    }

    pub fn span(&self) -> Span {
        Span {
            file: self.file,
            start: self.start,
            end: self.start + self.text.len() as u32,
        }
    }

    /// The same token as an integer literal (both keep text, file, start).
    fn as_int(self) -> IntLit<'a> {
        let Ident { text, file, start } = self;
        IntLit { text, file, start }
    }
}

/// An integer literal: its digits as written (stored as an [`Ident`] is).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct IntLit<'a> {
    pub text: &'a str,
    pub file: FileId,
    pub start: u32,
}

impl<'a> IntLit<'a> {
    /// `text` must be the source text of `span`, digits only.
    pub fn new(text: &'a str, span: Span) -> IntLit<'a> {
        Ident::new(text, span).as_int()
    }

    pub fn span(&self) -> Span {
        self.as_ident().span()
    }

    /// The same token as a name (both keep text, file, start).
    fn as_ident(self) -> Ident<'a> {
        let IntLit { text, file, start } = self;
        Ident { text, file, start }
    }

    /// The value; `None` when it does not fit in a u64. Decoded when asked
    /// (a few digits): keeping the lexer's value cost 16 bytes a literal.
    pub fn value(&self) -> Option<u64> {
        decimal(self.text.as_bytes())
    }
}

/// A string: its value (the text between its quotes, or, with escapes,
/// the value they make, kept in the tree's arena) and its span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrLit<'a> {
    pub value: &'a str,
    pub span: Span,
}

/// The part after the dot of a dotted reference: an ID or a crebo code
/// (digits: an ID starts with a letter), stored as an [`Ident`] is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Member<'a>(Ident<'a>);

impl<'a> Member<'a> {
    pub fn ident(id: Ident<'a>) -> Member<'a> {
        Member(id)
    }
    pub fn crebo(lit: IntLit<'a>) -> Member<'a> {
        Member(lit.as_ident())
    }
    pub fn text(&self) -> &'a str {
        self.0.text
    }
    pub fn span(&self) -> Span {
        self.0.span()
    }
}

// The trees print as they did when they stored whole spans and values:
// `fmt`'s proof compares items by their printed form, spans left out.
impl std::fmt::Debug for Ident<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ident")
            .field("text", &self.text)
            .field("span", &self.span())
            .finish()
    }
}

impl std::fmt::Debug for IntLit<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IntLit")
            .field("text", &self.text)
            .field("value", &self.value())
            .field("span", &self.span())
            .finish()
    }
}

impl std::fmt::Debug for Member<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.text.starts_with(|c: char| c.is_ascii_digit()) {
            f.debug_tuple("Crebo").field(&self.0.as_int()).finish()
        } else {
            f.debug_tuple("Ident").field(&self.0).finish()
        }
    }
}

/// One or two tokens of a file kept as one slice of its text: where the
/// first starts, its length, and where the second starts in the slice (0:
/// none; the first comes first). 32 bytes where two names take 48.
#[derive(Clone, Copy)]
struct Joined<'a> {
    text: &'a str,
    file: FileId,
    start: u32,
    first_len: u32,
    second_at: u32,
}

impl<'a> Joined<'a> {
    fn one(first: Ident<'a>) -> Joined<'a> {
        Joined {
            text: first.text,
            file: first.file,
            start: first.start,
            first_len: first.text.len() as u32,
            second_at: 0,
        }
    }

    /// `first` and `second`, both in `source` (their file's text), the
    /// second after the first.
    fn two(source: &'a str, first: Ident<'a>, second: Ident<'a>) -> Joined<'a> {
        debug_assert!(second.start > first.start);
        let end = second.span().end as usize;
        Joined {
            text: &source[first.start as usize..end],
            file: first.file,
            start: first.start,
            first_len: first.text.len() as u32,
            second_at: second.start - first.start,
        }
    }

    fn first(&self) -> Ident<'a> {
        Ident {
            text: &self.text[..self.first_len as usize],
            file: self.file,
            start: self.start,
        }
    }

    fn second(&self) -> Option<Ident<'a>> {
        (self.second_at != 0).then(|| Ident {
            text: &self.text[self.second_at as usize..],
            file: self.file,
            start: self.start + self.second_at,
        })
    }

    fn span(&self) -> Span {
        Span {
            file: self.file,
            start: self.start,
            end: self.start + self.text.len() as u32,
        }
    }
}

// Equal when their tokens are (their text and where they are), as two
// names compared.
impl PartialEq for Joined<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.first() == other.first() && self.second() == other.second()
    }
}

impl Eq for Joined<'_> {}

/// `olympia` or `olympia.pie-kb` or `zadkine.25263` (a national plan has a
/// hundred thousand pathway nodes).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Ref<'a>(Joined<'a>);

impl<'a> Ref<'a> {
    /// A reference without a member.
    pub fn bare(base: Ident<'a>) -> Ref<'a> {
        Ref(Joined::one(base))
    }

    /// `base.member`; `source` is the text of the file both are in.
    pub fn dotted(source: &'a str, base: Ident<'a>, member: Member<'a>) -> Ref<'a> {
        Ref(Joined::two(source, base, member.0))
    }

    pub fn base(&self) -> Ident<'a> {
        self.0.first()
    }

    pub fn member(&self) -> Option<Member<'a>> {
        self.0.second().map(Member)
    }

    pub fn span(&self) -> Span {
        self.0.span()
    }
}

/// The token `from..to` of `text`, its file's whole text.
fn token_at(file: FileId, text: &str, from: usize, to: usize) -> Ident<'_> {
    Ident::new(
        &text[from..to],
        Span {
            file,
            start: from as u32,
            end: to as u32,
        },
    )
}

/// A member token as what it is: a crebo when it starts with a digit.
fn member_of(id: Ident<'_>) -> Member<'_> {
    if id.text.starts_with(|c: char| c.is_ascii_digit()) {
        Member::crebo(id.as_int())
    } else {
        Member::ident(id)
    }
}

/// `base.member` split at the dot at `dot` (from `s`), or one name.
fn split_at_dot(file: FileId, text: &str, s: usize, e: usize, dot: Option<usize>) -> Ref<'_> {
    match dot {
        None => Ref::bare(token_at(file, text, s, e)),
        Some(dot) => Ref::dotted(
            text,
            token_at(file, text, s, s + dot),
            member_of(token_at(file, text, s + dot + 1, e)),
        ),
    }
}

/// The reference whose tokens span `start..end` of `text` (its file's
/// whole text), read again as the lexer reads it: the resolver keeps only
/// where a pathway's nodes are, not their trees. A plain `base.member`
/// (nearly every node) is split at its dot; anything else (spaces or a
/// comment around the dot, letters outside ASCII, stray characters the
/// lexer skipped) is lexed again.
pub fn reference_at(file: FileId, text: &str, start: u32, end: u32) -> Ref<'_> {
    let (s, e) = (start as usize, end as usize);
    if let Some(dot) = plain_reference(&text.as_bytes()[s..e]) {
        return split_at_dot(file, text, s, e, dot);
    }
    let lexed = super::lexer::lex(file, &text[s..e]);
    let words: Vec<_> = lexed
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Ident | TokenKind::Int))
        .collect();
    let dotted = lexed.tokens.iter().any(|t| t.kind == TokenKind::Dot);
    let at =
        |t: &super::lexer::Token| token_at(file, text, s + t.start as usize, s + t.end as usize);
    match (words.first(), words.last()) {
        (Some(b), Some(m)) if dotted && words.len() > 1 => {
            Ref::dotted(text, at(b), member_of(at(m)))
        }
        (Some(b), _) => Ref::bare(at(b)),
        // Not a reference's span: the text as one name keeps the rest working.
        (None, _) => Ref::bare(token_at(file, text, s, e)),
    }
}

/// [`reference_at`] for a reference known to be plain (`base.member`
/// with nothing around the dot, or one name): split at its dot, nothing
/// checked. Nearly every pathway node, so this is the resolver's way.
pub fn plain_reference_at(file: FileId, text: &str, start: u32, end: u32) -> Ref<'_> {
    let (s, e) = (start as usize, end as usize);
    // A node is a dozen bytes: a plain loop beats memchr's setup.
    let dot = text.as_bytes()[s..e].iter().position(|&b| b == b'.');
    split_at_dot(file, text, s, e, dot)
}

/// For the bytes of a plain reference, `Some(None)` (one word) or
/// `Some(Some(dot))` (`base.member`, the dot's offset); `None` for
/// anything the lexer must read.
fn plain_reference(bytes: &[u8]) -> Option<Option<usize>> {
    let word = |w: &[u8], digits: bool| {
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
            return false;
        };
        let id = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
        if digits && first.is_ascii_digit() {
            return w.iter().all(u8::is_ascii_digit);
        }
        first.is_ascii_alphabetic() && last != b'-' && w.iter().all(|&b| id(b))
    };
    match memchr::memchr(b'.', bytes) {
        None => word(bytes, false).then_some(None),
        Some(dot) => {
            (word(&bytes[..dot], false) && word(&bytes[dot + 1..], true)).then_some(Some(dot))
        }
    }
}

// Printed as it was when it held its base and member as fields.
impl std::fmt::Debug for Ref<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ref")
            .field("base", &self.base())
            .field("member", &self.member())
            .finish()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value<'a> {
    Ref(Ref<'a>),
    Int(IntLit<'a>),
    Str(StrLit<'a>),
    List(&'a [Value<'a>], Span),
    /// `YEAR: INT`, an element of a COUNT list (language.md, "Numbers
    /// over the years").
    YearCount(YearCount<'a>),
}

impl Value<'_> {
    pub fn span(&self) -> Span {
        match self {
            Value::Ref(r) => r.span(),
            Value::Int(i) => i.span(),
            Value::Str(s) => s.span,
            Value::List(_, s) => *s,
            Value::YearCount(yc) => yc.span(),
        }
    }
}

/// `YEAR: INT` (every programme states `pupils` over the years).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct YearCount<'a>(Joined<'a>);

impl<'a> YearCount<'a> {
    /// `source` is the text of the file both literals are in.
    pub fn new(source: &'a str, year: IntLit<'a>, count: IntLit<'a>) -> YearCount<'a> {
        YearCount(Joined::two(source, year.as_ident(), count.as_ident()))
    }

    pub fn year(&self) -> IntLit<'a> {
        self.0.first().as_int()
    }

    pub fn count(&self) -> IntLit<'a> {
        // Made by `Joined::two`, so the second token is always there.
        self.0.second().unwrap_or(self.0.first()).as_int()
    }

    pub fn span(&self) -> Span {
        self.0.span()
    }
}

impl std::fmt::Debug for YearCount<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("YearCount")
            .field("year", &self.year())
            .field("count", &self.count())
            .finish()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    pub name: Ident<'a>,
    pub value: Value<'a>,
}

/// Where a syntax tree lives: every list and box of a file's tree is
/// allocated in one, and freed with it in a few large blocks (no node is
/// freed on its own, and the stages after resolving reuse those blocks).
pub type Arena = bumpalo::Bump;

#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Item<'a> {
    pub kind: ItemKind,
    /// From the keyword to the closing brace (or the end of the head).
    pub span: Span,
    pub fields: &'a [Field<'a>],
    head: Head<'a>,
}

/// What a pathway has, or what every other item may have: a national plan
/// is mostly pathways, which keep 48 bytes each instead of 120 this way.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Head<'a> {
    /// The nodes of a pathway, in order (the slice itself in the arena:
    /// three variants of one pointer each keep an item at 48 bytes).
    Nodes(&'a &'a [Ref<'a>]),
    Named(&'a Named<'a>),
    /// A crebo and nothing else (no ID, title or nested items): most of a
    /// plan's items are `offer 25263 { ... }`, and the 96 bytes of a
    /// [`Named`] beside each were a fifth of the trees' memory (24 bytes
    /// now).
    Crebo(&'a IntLit<'a>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Named<'a> {
    /// The item's ID: its head ID, or an offer's `as` name.
    id: Option<Ident<'a>>,
    /// The head crebo of a dossier, qualification or offer.
    crebo: Option<IntLit<'a>>,
    title: Option<StrLit<'a>>,
    children: &'a [Item<'a>],
}

impl std::fmt::Debug for Item<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Item")
            .field("kind", &self.kind)
            .field("keyword", &self.keyword())
            .field("id", &self.id())
            .field("crebo", &self.crebo())
            .field("nodes", &self.nodes())
            .field("title", &self.title())
            .field("fields", &self.fields)
            .field("children", &self.children())
            .field("span", &self.span)
            .finish()
    }
}

impl<'a> Item<'a> {
    /// A pathway with its nodes.
    pub fn pathway(arena: &'a Arena, span: Span, nodes: &'a [Ref<'a>]) -> Item<'a> {
        Item {
            kind: ItemKind::Pathway,
            span,
            fields: &[],
            head: Head::Nodes(arena.alloc(nodes)),
        }
    }

    /// Any other item, with its head (its block comes later).
    pub fn named(
        arena: &'a Arena,
        kind: ItemKind,
        span: Span,
        id: Option<Ident<'a>>,
        crebo: Option<IntLit<'a>>,
        title: Option<StrLit<'a>>,
    ) -> Item<'a> {
        debug_assert!(kind != ItemKind::Pathway);
        let head = match (id, crebo, title) {
            (None, Some(crebo), None) => Head::Crebo(arena.alloc(crebo)),
            _ => Head::Named(arena.alloc(Named {
                id,
                crebo,
                title,
                children: &[],
            })),
        };
        Item {
            kind,
            span,
            fields: &[],
            head,
        }
    }

    /// The keyword: where the item's span starts (its kind's keyword, as
    /// the lexer only reads those exactly), not stored.
    pub fn keyword(&self) -> Span {
        Span {
            file: self.span.file,
            start: self.span.start,
            end: self.span.start + self.kind.keyword().len() as u32,
        }
    }

    fn named_head(&self) -> Option<&'a Named<'a>> {
        match self.head {
            Head::Named(n) => Some(n),
            Head::Nodes(_) | Head::Crebo(_) => None,
        }
    }

    /// The item's ID: its head ID, or an offer's `as` name.
    pub fn id(&self) -> Option<Ident<'a>> {
        self.named_head().and_then(|n| n.id)
    }

    /// The head crebo of a dossier, qualification or offer.
    pub fn crebo(&self) -> Option<IntLit<'a>> {
        match self.head {
            Head::Crebo(c) => Some(*c),
            _ => self.named_head().and_then(|n| n.crebo),
        }
    }

    pub fn title(&self) -> Option<&'a StrLit<'a>> {
        self.named_head().and_then(|n| n.title.as_ref())
    }

    /// A school's programmes or an institution's offers.
    pub fn children(&self) -> &'a [Item<'a>] {
        self.named_head().map_or(&[], |n| n.children)
    }

    /// A pathway's nodes, in order.
    pub fn nodes(&self) -> &'a [Ref<'a>] {
        match self.head {
            Head::Nodes(n) => n,
            Head::Named(_) | Head::Crebo(_) => &[],
        }
    }

    /// Adds `more` after the item's nested items (a block read on after a
    /// stray `}` adds to what its item had). A pathway takes none.
    pub fn add_children(&mut self, arena: &'a Arena, more: &[Item<'a>]) {
        debug_assert!(more.is_empty() || self.kind != ItemKind::Pathway);
        if more.is_empty() {
            return;
        }
        let n = match self.head {
            Head::Named(n) => *n,
            Head::Crebo(crebo) => Named {
                id: None,
                crebo: Some(*crebo),
                title: None,
                children: &[],
            },
            Head::Nodes(_) => return,
        };
        let children = concat(arena, n.children, more);
        self.head = Head::Named(arena.alloc(Named { children, ..n }));
    }

    /// Adds `more` after the item's fields.
    pub fn add_fields(&mut self, arena: &'a Arena, more: &[Field<'a>]) {
        self.fields = concat(arena, self.fields, more);
    }

    pub fn field(&self, name: &str) -> Option<&Field<'a>> {
        self.fields.iter().find(|f| f.name.text == name)
    }

    /// The span diagnostics about the item as a whole point at: its ID or
    /// crebo (for an offer with `as`, the `as` ID), else its keyword.
    pub fn name_span(&self) -> Span {
        if let Some(id) = self.id() {
            id.span()
        } else if let Some(c) = self.crebo() {
            c.span()
        } else {
            self.keyword()
        }
    }
}

/// `list` and then `more`, in `arena` (`list` itself when `more` is empty).
fn concat<'a, T: Copy>(arena: &'a Arena, list: &'a [T], more: &[T]) -> &'a [T] {
    if more.is_empty() {
        list
    } else if list.is_empty() {
        arena.alloc_slice_copy(more)
    } else {
        let n = list.len();
        arena.alloc_slice_fill_with(
            n + more.len(),
            |i| {
                if i < n { list[i] } else { more[i - n] }
            },
        )
    }
}

/// A parsed file: its items and every comment, in source order.
#[derive(Clone, Debug)]
pub struct SourceAst<'a> {
    pub file: FileId,
    pub items: &'a [Item<'a>],
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
    match r.member() {
        Some(m) => format!(
            "{}.{}",
            crate::diagnostics::truncate(r.base().text, 40),
            crate::diagnostics::truncate(m.text(), 40)
        ),
        None => crate::diagnostics::truncate(r.base().text, 40),
    }
}

/// The value of an integer token (ASCII digits only), `None` past `u64`:
/// what `str::parse` gives for such text, without its sign and UTF-8 cases.
fn decimal(digits: &[u8]) -> Option<u64> {
    match digits.len() {
        0 => None,
        // At most 19 digits always fit: no overflow test per digit (a
        // crebo code, a year and a count each take a few).
        1..=19 => Some(digits.iter().fold(0u64, |n, &d| {
            n.wrapping_mul(10)
                .wrapping_add(u64::from(d.wrapping_sub(b'0')))
        })),
        _ => digits.iter().try_fold(0u64, |n, &d| {
            n.checked_mul(10)?
                .checked_add(u64::from(d.wrapping_sub(b'0')))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_is_str_parse_for_digits() {
        for text in [
            "0",
            "007",
            "25263",
            "9999999999999999999",
            "10000000000000000000",
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999999",
        ] {
            assert_eq!(decimal(text.as_bytes()), text.parse::<u64>().ok(), "{text}");
        }
        assert_eq!(decimal(b""), None);
    }

    /// The resolver keeps a pathway's nodes as offsets and reads them back
    /// with [`reference_at`]: it must give the reference the parser built,
    /// base, member and spans alike, however the node is written.
    #[test]
    fn references_read_back_as_the_parser_read_them() {
        let nodes = [
            "olympia.pie-kb",
            "zadkine.25263",
            "a-b_c.d-e",
            "olympia . pie-kb",
            "olympia.\n  pie-kb",
            "olympia # a comment . with dots\n  .pie-kb",
            "olympia.# a comment\n pie-kb",
            "schol\u{e9}.pie-kb",
            "olympia.pi\u{eb}",
            "olympia\u{a6}.pie-kb",
            "olympia.\u{a6}pie-kb",
            "olympia",
        ];
        let mut compared = Vec::new();
        for node in nodes {
            let text = format!("pathway {node} -> zadkine.25263 -> {node}\n");
            let arena = Arena::new();
            let parsed = crate::syntax::parse(FileId(3), &text, &arena);
            let Some(item) = parsed.ast.items.first() else {
                continue;
            };
            for r in item.nodes() {
                let s = r.span();
                let back = reference_at(FileId(3), &text, s.start, s.end);
                assert_eq!(format!("{back:?}"), format!("{r:?}"), "{node:?}");
                assert_eq!(back.span(), s, "{node:?}");
            }
            compared.push(node);
        }
        // Every way of writing a node above is kept by the parser (the odd
        // ones with an E002), so each was read back.
        assert_eq!(compared, nodes);
    }

    /// The trees of a national plan are the largest structure alive while
    /// resolving: their node sizes are part of the memory budget.
    #[test]
    fn tree_nodes_stay_small() {
        use std::mem::size_of;
        assert!(size_of::<Item>() <= 48, "{}", size_of::<Item>());
        assert!(size_of::<Ref>() <= 32, "{}", size_of::<Ref>());
        assert!(size_of::<Value>() <= 40, "{}", size_of::<Value>());
        assert!(size_of::<Field>() <= 64, "{}", size_of::<Field>());
    }
}
