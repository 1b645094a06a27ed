//! The parser: tokens → syntax tree, with the error recovery of
//! language.md ("Syntax errors and what still runs").
//!
//! It is iterative apart from one level of nesting (a school's programmes,
//! an institution's offers) and lists, which hold no lists: deeply nested
//! input therefore cannot overflow the stack, it only produces one E001
//! and a linear scan to the next place an item can start.
//!
//! `grammar/pathway.ebnf` is the grammar this parser implements, with its
//! lexical and recovery rules; keep the two in step.

use std::borrow::Cow;

use super::messages::{Expected, Found, Msg, SyntaxMsg};
use crate::codes::Code;
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, Span};

use super::ast::*;
use super::lexer::{KEPT_ERRORS, LexErrorKind, Lexed, PLAIN_STRING, Token, TokenKind, lex};

/// How many E001/E002 of one file are shown before "N more".
pub const MAX_SYNTAX_ERRORS: usize = 100;

pub struct Parsed<'a> {
    pub ast: SourceAst<'a>,
    pub errors: Vec<Diagnostic>,
    /// The token list, emptied, for the next file's
    /// [`lex_into`](super::lexer::lex_into).
    pub tokens: Vec<Token>,
}

/// A syntax error was reported; the caller recovers.
struct Stop;

type PResult<T> = Result<T, Stop>;

enum Resume {
    /// At the parent's next nested item.
    Child,
    /// At the parent's closing brace.
    ParentEnd,
    /// The parent is not closed before the next top-level item or the end.
    ParentTruncated,
}

struct Parser<'a> {
    file: FileId,
    text: &'a str,
    arena: &'a Arena,
    toks: Vec<Token>,
    strings: Vec<Cow<'a, str>>,
    pos: usize,
    /// The first [`KEPT_ERRORS`] E001s; `error_count` counts them all.
    errors: Vec<Diagnostic>,
    error_count: usize,
    dropped: Vec<Dropped<'a>>,
    /// Byte ranges of E002 runs of stray characters, in source order.
    strays: Vec<(u32, u32)>,
    /// Start offsets of unterminated strings that swallowed punctuation,
    /// in source order.
    swallowing: Vec<u32>,
    /// Start offsets of all unterminated strings, in source order.
    unterminated: Vec<u32>,
    /// Token index of the keyword of the innermost item being parsed.
    item_start: Option<usize>,
    /// Start offsets of stray characters read as a mistyped arrow (`=>`,
    /// `→`): their E001 says it all, so their E002 is not reported.
    absorbed: Vec<u32>,
    /// The token at which an unclosed block was reported: the blocks
    /// around it end there too, without a second error.
    unclosed_at: Option<usize>,
    /// Fields and nodes being read, used as stacks: an item's list is
    /// copied out at its exact length when it is complete, so no item
    /// keeps a grown `Vec`'s spare room (most of the tree's memory).
    field_stack: Vec<Field<'a>>,
    node_stack: Vec<Ref<'a>>,
    child_stack: Vec<Item<'a>>,
    elem_stack: Vec<Value<'a>>,
    /// Top-level items found inside another top-level item's block that
    /// closes later (E001 each): kept, after the item they stood in.
    displaced: Vec<Item<'a>>,
    /// True while such an item is parsed: one inside it is not displaced
    /// again, so nesting cannot drive the recursion deep.
    in_displaced: bool,
    /// Token indices of the `{` that no `}` closes, in order; found on
    /// first need (only files with a misplaced item ask).
    unmatched_opens: Option<Vec<usize>>,
}

/// Parses `text`, building its tree in `arena`.
pub fn parse<'a>(file: FileId, text: &'a str, arena: &'a Arena) -> Parsed<'a> {
    parse_lexed(file, text, lex(file, text), arena)
}

/// [`parse`] with the tokens already read (`lexed` is `lex(file, text)`):
/// the caller may choose the arena by what the tokens hold (see
/// [`Lexed::lowered_when_parsed`]).
pub fn parse_lexed<'a>(
    file: FileId,
    text: &'a str,
    lexed: Lexed<'a>,
    arena: &'a Arena,
) -> Parsed<'a> {
    let Lexed {
        tokens,
        strings,
        comments,
        errors: lex_errors,
        heads,
        ..
    } = lexed;
    let mut p = Parser {
        file,
        text,
        arena,
        toks: tokens,
        strings,
        pos: 0,
        errors: Vec::new(),
        error_count: 0,
        dropped: Vec::new(),
        strays: lex_errors.strays,
        swallowing: lex_errors.swallowing,
        unterminated: lex_errors.unterminated,
        item_start: None,
        absorbed: Vec::new(),
        unclosed_at: None,
        field_stack: Vec::new(),
        node_stack: Vec::new(),
        child_stack: Vec::new(),
        elem_stack: Vec::new(),
        displaced: Vec::new(),
        in_displaced: false,
        unmatched_opens: None,
    };
    let items = p.file_items(heads);
    let mut tokens = std::mem::take(&mut p.toks);
    tokens.clear();
    // Each list holds the first errors of its kind in source order, so
    // the first MAX_SYNTAX_ERRORS + 1 of both together are among them.
    let total = lex_errors.count + p.error_count - p.absorbed.len();
    let absorbed = std::mem::take(&mut p.absorbed);
    let mut errors: Vec<Diagnostic> = lex_errors
        .list
        .into_iter()
        .filter(|e| {
            !(matches!(e.kind, LexErrorKind::StrayChars(_)) && absorbed.contains(&e.span.start))
        })
        .map(|e| {
            let (msg, help) = match e.kind {
                LexErrorKind::UnterminatedString => (Msg::UnterminatedString, Msg::HelpCloseString),
                LexErrorKind::BadEscape(text) => (Msg::BadEscape { text }, Msg::HelpEscapes),
                LexErrorKind::StrayChars(text) => {
                    // Editors that join files leave a second BOM, invisible.
                    let help = if text.chars().all(|c| c == '\u{feff}') {
                        Msg::HelpBom
                    } else {
                        Msg::HelpStray
                    };
                    (Msg::StrayChars { text }, help)
                }
                LexErrorKind::NonAsciiId { text, ascii } => (
                    Msg::Syntax(SyntaxMsg::NonAsciiId { text }),
                    Msg::Syntax(SyntaxMsg::HelpAscii { ascii }),
                ),
            };
            Diagnostic::new(Code::E002, e.span, msg).help(help)
        })
        .collect();
    errors.append(&mut p.errors);
    errors.sort_by_key(|d| (d.span.start, d.span.end, d.code));
    if total > MAX_SYNTAX_ERRORS {
        let rest = total - MAX_SYNTAX_ERRORS;
        let at = errors[MAX_SYNTAX_ERRORS].span;
        errors.truncate(MAX_SYNTAX_ERRORS);
        errors.push(
            Diagnostic::new(Code::E001, at, Msg::MoreSyntaxErrors { count: rest })
                .help(Msg::Syntax(SyntaxMsg::HelpMore)),
        );
    }
    Parsed {
        ast: SourceAst {
            file,
            items,
            comments,
            dropped: p.dropped,
        },
        errors,
        tokens,
    }
}

impl<'a> Parser<'a> {
    fn tok(&self, i: usize) -> Token {
        self.toks[i.min(self.toks.len() - 1)]
    }

    fn peek(&self) -> Token {
        self.tok(self.pos)
    }

    fn bump(&mut self) -> Token {
        let t = self.peek();
        if t.kind != TokenKind::Eof {
            self.pos += 1;
        }
        t
    }

    fn span(&self, t: Token) -> Span {
        Span {
            file: self.file,
            start: t.start,
            end: t.end,
        }
    }

    fn text_of(&self, t: Token) -> &'a str {
        &self.text[t.start as usize..t.end as usize]
    }

    /// The item keyword at token `i`, if it starts an item there: a keyword
    /// not followed by `=` (a word followed by `=` is a field name).
    fn item_keyword_at(&self, i: usize) -> Option<ItemKind> {
        let t = self.tok(i);
        if t.kind != TokenKind::Ident || self.tok(i + 1).kind == TokenKind::Eq {
            return None;
        }
        t.item_keyword()
    }

    fn found(&self, t: Token) -> Found {
        let text = self.text_of(t);
        match t.kind {
            TokenKind::Ident if t.is_keyword() => Found::Keyword(text.to_string()),
            TokenKind::Ident => Found::Ident(crate::diagnostics::truncate(text, 40)),
            TokenKind::Int => Found::Int(crate::diagnostics::truncate(text, 40)),
            TokenKind::Str => Found::Str,
            TokenKind::LBrace => Found::Punct("{"),
            TokenKind::RBrace => Found::Punct("}"),
            TokenKind::LBracket => Found::Punct("["),
            TokenKind::RBracket => Found::Punct("]"),
            TokenKind::Comma => Found::Punct(","),
            TokenKind::Eq => Found::Punct("="),
            TokenKind::Dot => Found::Punct("."),
            TokenKind::Arrow => Found::Punct("->"),
            TokenKind::Colon => Found::Punct(":"),
            TokenKind::Eof => Found::Eof,
        }
    }

    /// True when the current token is unexpected only because of an E002
    /// already reported: it is an unterminated string itself, a run of
    /// stray characters lies right before it (they may have been meant as
    /// the missing token), or an unterminated string in the current item
    /// swallowed punctuation (a `}` or `,` the item needed). Such an E001
    /// would not be independent.
    fn follows_lex_error(&self) -> bool {
        let t = self.peek();
        if t.kind == TokenKind::Str && self.unterminated.binary_search(&t.start).is_ok() {
            return true;
        }
        // A word with letters outside ASCII has its E002 already.
        if t.kind == TokenKind::Ident && !self.text_of(t).is_ascii() {
            return true;
        }
        let prev_end = match self.pos {
            0 => 0,
            p => self.tok(p - 1).end,
        };
        let i = self.strays.partition_point(|&(s, _)| s < prev_end);
        if self.strays.get(i).is_some_and(|&(_, e)| e <= t.start) {
            return true;
        }
        if let Some(start) = self.item_start {
            let from = self.tok(start).start;
            let j = self.swallowing.partition_point(|&s| s < from);
            if self.swallowing.get(j).is_some_and(|&s| s < t.start) {
                return true;
            }
        }
        false
    }

    /// Reports E001 at the current token (unless it only follows from an
    /// E002, see [`Parser::follows_lex_error`]).
    fn expected<T>(&mut self, expected: Expected) -> PResult<T> {
        if self.follows_lex_error() {
            return Err(Stop);
        }
        if self.errors.len() >= KEPT_ERRORS {
            // Only counted: do not build a message nobody sees.
            self.error_count += 1;
            return Err(Stop);
        }
        let t = self.peek();
        let found = self.found(t);
        let expected_kind = expected.clone();
        let mut d = Diagnostic::new(Code::E001, self.span(t), Msg::Expected { expected, found })
            .label(Msg::UnexpectedHere);
        d = d.help(match expected_kind {
            Expected::Item => Msg::HelpItemStart,
            e => Msg::Syntax(SyntaxMsg::HelpExpected(e)),
        });
        self.report(d);
        Err(Stop)
    }

    /// Keeps the first [`KEPT_ERRORS`] E001s and counts the rest.
    fn report(&mut self, d: Diagnostic) {
        self.error_count += 1;
        if self.errors.len() < KEPT_ERRORS {
            self.errors.push(d);
        }
    }

    fn error<T>(&mut self, span: Span, msg: Msg, help: Option<Msg>) -> PResult<T> {
        self.unexpected(span, msg, help);
        Err(Stop)
    }

    /// Reports E001 at `span`, labelled "unexpected here".
    fn unexpected(&mut self, span: Span, msg: Msg, help: Option<Msg>) {
        let mut d = Diagnostic::new(Code::E001, span, msg).label(Msg::UnexpectedHere);
        d.help = help.map(Into::into);
        self.report(d);
    }

    fn file_items(&mut self, heads: usize) -> &'a [Item<'a>] {
        // Room for every top-level keyword that starts a line (a good
        // bound on the items, counted by the lexer), so the list of large
        // items is not copied as it grows; it is shrunk to its length at
        // the end.
        let mut items = Vec::with_capacity(heads);
        loop {
            let t = self.peek();
            if t.kind == TokenKind::Eof {
                // In the arena, so that the resolver may keep the items
                // while the file's other parts are dropped.
                return self.arena.alloc_slice_copy(&items);
            }
            let start = self.pos;
            let kind = self.item_keyword_at(self.pos);
            let mut misspelt = None;
            if let Some(k) = kind.filter(|k| k.is_nested())
                && self.reopen(&mut items, k)
            {
                continue;
            }
            let result = match kind {
                Some(kind) if kind.is_nested() => self.error(
                    self.span(t),
                    Msg::NestedOutside { kind },
                    Some(Msg::HelpNestedOnly { kind }),
                ),
                Some(kind) => self.item(kind),
                None => {
                    let top: Vec<&'static str> = ItemKind::ALL
                        .iter()
                        .filter(|k| !k.is_nested())
                        .map(|k| k.keyword())
                        .collect();
                    misspelt = self.misspelt_keyword_at(start, &top);
                    self.expected_with_help(Expected::Item, misspelt.as_deref())
                }
            };
            match result {
                Ok(item) => items.push(item),
                Err(Stop) => {
                    items.append(&mut self.displaced);
                    // A misplaced programme or offer defines nothing; a
                    // misspelt keyword (`shcool olympia`) defines its head.
                    let defines = match kind {
                        Some(k) => !k.is_nested() && k != ItemKind::Pathway,
                        None => misspelt.is_some_and(|m| m[0] != "pathway"),
                    };
                    if defines {
                        self.note_dropped(start, None);
                    }
                    self.recover_top(start);
                }
            }
            items.append(&mut self.displaced);
        }
    }

    /// True when some later `}` closes the `{` at token `open` (braces
    /// counted as a stack over the whole file, once).
    fn closes_later(&mut self, open: usize) -> bool {
        let toks = &self.toks;
        let unmatched = self.unmatched_opens.get_or_insert_with(|| {
            let mut stack = Vec::new();
            for (i, t) in toks.iter().enumerate() {
                match t.kind {
                    TokenKind::LBrace => stack.push(i),
                    TokenKind::RBrace => {
                        stack.pop();
                    }
                    _ => {}
                }
            }
            stack
        });
        unmatched.binary_search(&open).is_err()
    }

    /// A word at token `i` that is no keyword but within "did you mean"
    /// distance of one of `keywords`, and is followed by an ID or a crebo
    /// (the head the item would have): the keywords it is close to.
    fn misspelt_keyword_at(&self, i: usize, keywords: &[&'static str]) -> Option<Vec<String>> {
        let (t, head) = (self.tok(i), self.tok(i + 1));
        let word = self.text_of(t);
        let head_ok =
            head.kind == TokenKind::Int || (head.kind == TokenKind::Ident && !head.is_keyword());
        if t.kind != TokenKind::Ident || t.is_keyword() || !head_ok {
            return None;
        }
        let near = crate::suggest::closest(word, keywords.iter().copied());
        (!near.is_empty()).then(|| near.into_iter().map(String::from).collect())
    }

    /// Like [`Parser::expected`], with "did you mean" as help if given.
    fn expected_with_help<T>(
        &mut self,
        expected: Expected,
        names: Option<&[String]>,
    ) -> PResult<T> {
        let before = self.errors.len();
        let result = self.expected(expected);
        if let (Some(names), Some(d)) = (names, self.errors.get_mut(before)) {
            d.help = Some(
                Msg::DidYouMean {
                    names: names.to_vec(),
                }
                .into(),
            );
        }
        result
    }

    /// Records the names the item starting at token `start` would have
    /// defined: its head ID or crebo, and an offer's `as` ID. The caller
    /// decides whether the item defines anything.
    fn note_dropped(&mut self, start: usize, parent: Option<&'a str>) {
        let head = self.tok(start + 1);
        let is_name =
            (head.kind == TokenKind::Ident && !head.is_keyword()) || head.kind == TokenKind::Int;
        if is_name {
            self.dropped.push(Dropped {
                parent,
                name: self.text_of(head),
            });
        }
        let as_kw = self.tok(start + 2);
        let alias = self.tok(start + 3);
        if as_kw.is_as() && alias.kind == TokenKind::Ident {
            self.dropped.push(Dropped {
                parent,
                name: self.text_of(alias),
            });
        }
    }

    /// Skips to the next top-level item keyword that lies outside every
    /// brace opened since the dropped item began at token `start`, or that
    /// starts its line. The error token itself may be that keyword when it
    /// begins an item (starts its line, or a head follows it).
    fn recover_top(&mut self, start: usize) {
        let error_at = self.pos.max(start + 1);
        let mut depth: i64 = 0;
        let mut i = start;
        while i < self.toks.len() {
            let t = self.toks[i];
            if t.kind == TokenKind::Eof {
                break;
            }
            if i >= error_at
                && (depth <= 0 || t.line_start)
                && self.item_keyword_at(i).is_some_and(|k| {
                    // The error token itself only where it begins an item
                    // (`subject track`: no; a `region r {` line: yes).
                    !k.is_nested() && (i != self.pos || t.line_start || self.reads_as_item(i, k))
                })
            {
                break;
            }
            match t.kind {
                TokenKind::LBrace => depth += 1,
                TokenKind::RBrace => depth -= 1,
                _ => {}
            }
            i += 1;
        }
        self.pos = i.min(self.toks.len() - 1);
    }

    /// True when the `}` at token `i` can close a block: what follows it
    /// is the end of the file, another `}`, an item keyword or a new line.
    fn may_end_block(&self, i: usize) -> bool {
        let next = self.tok(i + 1);
        matches!(next.kind, TokenKind::Eof | TokenKind::RBrace)
            || next.line_start
            || self.item_keyword_at(i + 1).is_some()
    }

    /// True when the top-level keyword `kind` at token `i` is followed by
    /// what its item needs: a head and `{` or a title (`institution i {`),
    /// or for a pathway a node and `.` or `->`. Inside a broken nested
    /// item, such a keyword ends the parent even on the same line.
    fn reads_as_item(&self, i: usize, kind: ItemKind) -> bool {
        if kind == ItemKind::Pathway {
            let head = self.tok(i + 1);
            return head.kind == TokenKind::Ident
                && !head.is_keyword()
                && matches!(self.tok(i + 2).kind, TokenKind::Dot | TokenKind::Arrow);
        }
        self.item_head_at(i, kind)
            && matches!(self.tok(i + 2).kind, TokenKind::LBrace | TokenKind::Str)
    }

    fn nested_keyword_at(&self, i: usize) -> bool {
        self.item_keyword_at(i).is_some_and(|k| k.is_nested())
    }

    /// After a dropped nested item that began at token `start`: skips to
    /// the parent's next `programme`/`offer` keyword (not followed by `=`)
    /// or its closing brace (the first `}` outside every brace opened
    /// since `start`). A top-level item keyword that starts its line ends
    /// the search: the parent is then left unclosed.
    fn recover_nested(&mut self, start: usize) -> Resume {
        let error_at = self.pos.max(start + 1);
        let mut depth: i64 = 0;
        // Fields before the first brace: the dropped item's `{` is missing
        // (`programme p track = kb }`), so the first `}` is its own, not
        // the parent's.
        let mut unopened_fields = false;
        let mut any_brace = false;
        let mut i = start;
        let resume = loop {
            let t = self.tok(i);
            if t.kind == TokenKind::Eof {
                break Resume::ParentTruncated;
            }
            if t.kind == TokenKind::Eq && !any_brace {
                unopened_fields = true;
            }
            if i >= error_at {
                match self.item_keyword_at(i) {
                    // The error token itself only where it begins an item
                    // (`track = kb, offer 25263 }` in a programme, or
                    // `programme offer {`: no; a `programme b {`: yes).
                    Some(k)
                        if k.is_nested()
                            && (i != self.pos || t.line_start || self.reads_as_item(i, k)) =>
                    {
                        break Resume::Child;
                    }
                    Some(k) if t.line_start || self.reads_as_item(i, k) => {
                        break Resume::ParentTruncated;
                    }
                    _ => {}
                }
                if t.kind == TokenKind::RBrace {
                    // A `}` that nothing can follow where it stands
                    // (`offer } 25263 {`, `track } = kb`) is a stray when
                    // it is the unexpected token or would end the parent:
                    // it closes nothing.
                    if (i == self.pos || depth <= 0) && !self.may_end_block(i) {
                        any_brace = true;
                        i += 1;
                        continue;
                    }
                    // A `}` right before the parent's next nested item is
                    // not the parent's end: the dropped item's own `}`
                    // (its `{` was missing); resume at that item.
                    if unopened_fields && !any_brace {
                        any_brace = true;
                        i += 1;
                        continue;
                    }
                    if depth <= 0 && !self.nested_keyword_at(i + 1) {
                        break Resume::ParentEnd;
                    }
                }
            }
            match t.kind {
                TokenKind::LBrace => depth += 1,
                TokenKind::RBrace => depth -= 1,
                _ => {}
            }
            any_brace |= matches!(t.kind, TokenKind::LBrace | TokenKind::RBrace);
            i += 1;
        };
        self.pos = i.min(self.toks.len() - 1);
        resume
    }

    fn item(&mut self, kind: ItemKind) -> PResult<Item<'a>> {
        let outer = self.item_start.replace(self.pos);
        let result = self.item_inner(kind);
        self.item_start = outer;
        result
    }

    /// True when the keyword `kind` at token `i` reads as the start of an
    /// item: its head (an ID, or a crebo) is followed by `{`, a title, the
    /// end of the file or another item keyword. Inside a block, a keyword
    /// that is also a field name and does not read so is a field whose
    /// `=` is missing (`sector techniek`), not the next item.
    fn item_head_at(&self, i: usize, kind: ItemKind) -> bool {
        let head = self.tok(i + 1);
        let head_ok = if kind.has_crebo_head() {
            head.kind == TokenKind::Int
        } else {
            head.kind == TokenKind::Ident && !head.is_keyword()
        };
        let after = self.tok(i + 2);
        head_ok
            && (matches!(
                after.kind,
                TokenKind::LBrace | TokenKind::Str | TokenKind::Eof
            ) || self.item_keyword_at(i + 2).is_some())
    }

    fn item_inner(&mut self, kind: ItemKind) -> PResult<Item<'a>> {
        let kw = self.bump();
        debug_assert_eq!(self.text_of(kw), kind.keyword());
        let span = self.span(kw);
        let (mut id, mut crebo) = (None, None);
        match kind {
            ItemKind::Pathway => {
                let nodes = self.nodes()?;
                return self.item_rest(Item::pathway(self.arena, span, nodes));
            }
            _ if kind.has_crebo_head() => {
                if self.peek().kind != TokenKind::Int {
                    return self.expected(Expected::Crebo(kind));
                }
                let t = self.bump();
                crebo = Some(self.int(t));
                if kind == ItemKind::Offer && self.peek().is_as() {
                    self.bump();
                    id = Some(self.id(Expected::AsId)?);
                }
            }
            _ => id = Some(self.id(Expected::Id(kind))?),
        }
        let mut title = None;
        if kind.takes_title() && self.peek().kind == TokenKind::Str {
            let t = self.bump();
            title = Some(self.string(t));
        }
        let item = Item::named(self.arena, kind, span, id, crebo, title);
        self.item_rest(item)
    }

    /// An item after its head: its span so far, then its block.
    fn item_rest(&mut self, mut item: Item<'a>) -> PResult<Item<'a>> {
        let kind = item.kind;
        let last = self.tok(self.pos.saturating_sub(1));
        item.span = item.keyword().to(self.span(last));
        if self.peek().kind == TokenKind::LBrace {
            self.block(&mut item)?;
            let close = self.tok(self.pos - 1);
            item.span = item.keyword().to(self.span(close));
            return Ok(item);
        }
        if !kind.block_optional() {
            return self.expected(Expected::Block(kind));
        }
        // Without a block, the next token must start something else. At
        // top level, a token that starts its line ends the item too: the
        // item is complete, and the top level judges that token.
        let next = self.peek();
        let ok = next.kind == TokenKind::Eof
            || (next.kind == TokenKind::RBrace && kind.is_nested())
            || (next.line_start && !kind.is_nested())
            || self.item_keyword_at(self.pos).is_some();
        if !ok {
            let (expected, fix) = if kind == ItemKind::Pathway {
                (Expected::ArrowBlockOrItem, self.fat_arrow_fix())
            } else {
                (Expected::BlockOrItem(kind), None)
            };
            let before = self.errors.len();
            let result = self.expected(expected);
            self.attach_fix(before, fix);
            return result;
        }
        Ok(item)
    }

    fn id(&mut self, expected: Expected) -> PResult<Ident<'a>> {
        let t = self.peek();
        if t.kind == TokenKind::Ident && !t.is_keyword() {
            self.bump();
            Ok(self.ident(t))
        } else {
            self.expected(expected)
        }
    }

    fn ident(&self, t: Token) -> Ident<'a> {
        Ident::new(self.text_of(t), self.span(t))
    }

    fn int(&self, t: Token) -> IntLit<'a> {
        IntLit::new(self.text_of(t), self.span(t))
    }

    fn string(&mut self, t: Token) -> StrLit<'a> {
        let value = match t.aux {
            PLAIN_STRING => &self.text[t.start as usize + 1..t.end as usize - 1],
            i => match &self.strings[i as usize] {
                Cow::Borrowed(s) => *s,
                Cow::Owned(s) => &*self.arena.alloc_str(s),
            },
        };
        StrLit {
            value,
            span: self.span(t),
        }
    }

    fn nodes(&mut self) -> PResult<&'a [Ref<'a>]> {
        let start = self.node_stack.len();
        let result = self.nodes_onto_stack();
        let arena = self.arena;
        let nodes = result.map(|()| &*arena.alloc_slice_copy(&self.node_stack[start..]));
        self.node_stack.truncate(start);
        nodes
    }

    fn nodes_onto_stack(&mut self) -> PResult<()> {
        let node = self.node()?;
        self.node_stack.push(node);
        if !self.arrow() {
            return self.expected(Expected::Arrow);
        }
        loop {
            let node = self.node()?;
            self.node_stack.push(node);
            if !self.arrow() {
                return Ok(());
            }
        }
    }

    /// Reads `->`, or a mistyped arrow: `=>` (an `=` with a stray `>`
    /// right after it), or a stray `→` or `>` between two nodes on one
    /// line. A mistyped arrow is one E001 ("`=>` is not an arrow") that
    /// replaces the stray characters' E002, and the pathway is kept.
    fn arrow(&mut self) -> bool {
        let t = self.peek();
        if t.kind == TokenKind::Arrow {
            self.bump();
            return true;
        }
        // A mistyped arrow is a run of stray characters; most files have none.
        if self.strays.is_empty() {
            return false;
        }
        let stray = |at: usize| self.strays.get(at).copied();
        let (from, to) = if t.kind == TokenKind::Eq {
            let i = self.strays.partition_point(|&(s, _)| s < t.end);
            match stray(i) {
                Some((s, e)) if s == t.end && &self.text[s as usize..e as usize] == ">" => {
                    self.bump();
                    (t.start, e)
                }
                _ => return false,
            }
        } else {
            let prev_end = self.tok(self.pos.saturating_sub(1)).end;
            let i = self.strays.partition_point(|&(s, _)| s < prev_end);
            match stray(i) {
                Some((s, e))
                    if e <= t.start
                        && !t.line_start
                        && matches!(&self.text[s as usize..e as usize], "→" | ">" | "=>") =>
                {
                    (s, e)
                }
                _ => return false,
            }
        };
        let stray_start = if t.kind == TokenKind::Eq { t.end } else { from };
        self.absorbed.push(stray_start);
        let span = Span {
            file: self.file,
            start: from,
            end: to,
        };
        let text = self.text[from as usize..to as usize].to_string();
        // `=>`, `→` or `>` between two steps can only mean `->`.
        let fix = crate::diagnostics::Fix::replace(span, "->", true);
        self.report(
            Diagnostic::new(Code::E001, span, Msg::Syntax(SyntaxMsg::NotArrow { text }))
                .label(Msg::UnexpectedHere)
                .help(Msg::Syntax(SyntaxMsg::HelpArrow))
                .fix(fix),
        );
        true
    }

    fn node(&mut self) -> PResult<Ref<'a>> {
        let t = self.peek();
        match t.kind {
            TokenKind::Int => {
                let span = self.span(t);
                let text = crate::diagnostics::truncate(self.text_of(t), 40);
                self.error(span, Msg::BareCreboNode { text }, Some(Msg::HelpDottedNode))
            }
            TokenKind::Ident if !t.is_keyword() => self.reference(),
            _ => self.expected(Expected::Node),
        }
    }

    /// `ID` or `ID.ID` or `ID.CREBO`; the current token is a non-keyword ID.
    fn reference(&mut self) -> PResult<Ref<'a>> {
        let t = self.bump();
        let base = self.ident(t);
        if self.peek().kind != TokenKind::Dot {
            return Ok(Ref::bare(base));
        }
        self.bump();
        let m = self.peek();
        let member = match m.kind {
            TokenKind::Ident if !m.is_keyword() => Member::ident(self.ident(m)),
            TokenKind::Int => Member::crebo(self.int(m)),
            _ => return self.expected(Expected::Member),
        };
        self.bump();
        Ok(Ref::dotted(self.text, base, member))
    }

    fn block(&mut self, item: &mut Item<'a>) -> PResult<()> {
        let open = self.bump(); // `{`
        let open = self.span(open);
        self.block_body(item, open)
    }

    /// The fields and nested items of a block whose `{` is at `open`, up
    /// to and including its `}`.
    fn block_body(&mut self, item: &mut Item<'a>, open: Span) -> PResult<()> {
        let (start, child_start) = (self.field_stack.len(), self.child_stack.len());
        let result = self.block_body_onto_stack(item, open);
        if result.is_ok() {
            item.add_fields(self.arena, &self.field_stack[start..]);
            item.add_children(self.arena, &self.child_stack[child_start..]);
        }
        self.field_stack.truncate(start);
        self.child_stack.truncate(child_start);
        result
    }

    /// [`Parser::block_body`], pushing the fields and nested items onto
    /// `field_stack` and `child_stack`.
    fn block_body_onto_stack(&mut self, item: &mut Item<'a>, open: Span) -> PResult<()> {
        let child = item.kind.child_kind();
        loop {
            let t = self.peek();
            match t.kind {
                TokenKind::RBrace => {
                    self.bump();
                    return Ok(());
                }
                TokenKind::Ident if self.tok(self.pos + 1).kind == TokenKind::Eq => {
                    let name = self.ident(t);
                    self.bump();
                    self.bump(); // `=`
                    let mut value = self.value()?;
                    self.unquoted(name.text, &mut value);
                    self.field_stack.push(Field { name, value });
                    if self.peek().kind == TokenKind::Comma {
                        self.bump();
                    }
                }
                TokenKind::Ident => {
                    let word = self.text_of(t);
                    match self.item_keyword_at(self.pos) {
                        Some(k) if k.is_nested() && child.is_some() => {
                            let start = self.pos;
                            let result = if Some(k) == child {
                                self.item(k)
                            } else {
                                self.error(
                                    self.span(t),
                                    Msg::NotNested {
                                        kind: k,
                                        parent: item.kind,
                                    },
                                    Some(Msg::HelpNestedOnly { kind: k }),
                                )
                            };
                            match result {
                                Ok(c) => self.child_stack.push(c),
                                Err(Stop) => {
                                    if Some(k) == child {
                                        self.note_dropped(start, item.id().map(|i| i.text));
                                    }
                                    match self.recover_nested(start) {
                                        Resume::Child | Resume::ParentEnd => {}
                                        Resume::ParentTruncated => return Ok(()),
                                    }
                                }
                            }
                        }
                        Some(k)
                            if FIELD_KEYWORDS.contains(&word)
                                && !self.item_head_at(self.pos, k) =>
                        {
                            return self.missing_eq(word);
                        }
                        // A top-level item inside a top-level item's block
                        // that a later `}` closes: the item is misplaced, not
                        // the `}` missing. Reported and kept; the block goes
                        // on after it.
                        Some(k)
                            if !k.is_nested()
                                && !item.kind.is_nested()
                                && !self.in_displaced
                                && (t.line_start || self.reads_as_item(self.pos, k))
                                && {
                                    let open = self.toks.partition_point(|t| t.start < open.start);
                                    self.closes_later(open)
                                } =>
                        {
                            self.displaced_item(item, k);
                        }
                        // The next item begins: this block's `}` is missing.
                        Some(k)
                            if t.line_start
                                || self.reads_as_item(self.pos, k)
                                || (k.is_nested() && self.item_head_at(self.pos, k)) =>
                        {
                            return self.unclosed(item, open);
                        }
                        None if !t.is_keyword() => {
                            let misspelt = child
                                .and_then(|c| self.misspelt_keyword_at(self.pos, &[c.keyword()]));
                            let Some(names) = misspelt else {
                                return self.missing_eq(word);
                            };
                            // `programe pie-kb { ... }`: a nested item whose
                            // keyword is misspelt. Drop it alone.
                            let start = self.pos;
                            let Err(Stop) = self.expected_with_help::<std::convert::Infallible>(
                                Expected::FieldOrEnd(child),
                                Some(&names),
                            );
                            self.note_dropped(start, item.id().map(|i| i.text));
                            match self.recover_nested(start) {
                                Resume::Child | Resume::ParentEnd => {}
                                Resume::ParentTruncated => return Ok(()),
                            }
                        }
                        _ => return self.expected(Expected::FieldOrEnd(child)),
                    }
                }
                TokenKind::Eof => return self.unclosed(item, open),
                _ => return self.expected(Expected::FieldOrEnd(child)),
            }
        }
    }

    /// The top-level item of kind `kind` at the current token, inside the
    /// block of `parent`: E001, then the item is read as if it stood
    /// outside (its own mistakes are reported as usual) and kept.
    fn displaced_item(&mut self, parent: &Item<'a>, kind: ItemKind) {
        let start = self.pos;
        let help = Msg::HelpTopLevelOnly {
            kind,
            parent: self.item_name(parent),
        };
        let msg = Msg::NotNested {
            kind,
            parent: parent.kind,
        };
        self.unexpected(self.span(self.peek()), msg, Some(help));
        self.in_displaced = true;
        let result = self.item(kind);
        self.in_displaced = false;
        match result {
            Ok(it) => self.displaced.push(it),
            Err(Stop) => {
                if kind != ItemKind::Pathway {
                    self.note_dropped(start, None);
                }
                // Back in the parent's block: at its next nested item or
                // its `}` (which a later `}` does close).
                self.recover_nested(start);
            }
        }
    }

    /// How a message names an item: `institution roc-twente`,
    /// `offer 25342`, `pathway a.b -> c.d`.
    fn item_name(&self, item: &Item<'a>) -> String {
        let kw = item.kind.keyword();
        let head = match (&item.id(), &item.crebo()) {
            (_, Some(c)) => c.text.to_string(),
            (Some(id), None) => id.text.to_string(),
            (None, None) => item
                .nodes()
                .iter()
                .map(|n| super::ast::ref_text(n))
                .collect::<Vec<_>>()
                .join(" -> "),
        };
        crate::diagnostics::truncate(&format!("{kw} {head}"), 60)
    }

    /// The block opened at `open` ends before the current token (the next
    /// item, or the end of the file) without its `}`. The item is kept:
    /// everything but the brace is there, so dropping it would only make
    /// references to it look wrong.
    fn unclosed(&mut self, item: &Item<'a>, open: Span) -> PResult<()> {
        if self.unclosed_at == Some(self.pos) || self.follows_lex_error() {
            return Ok(());
        }
        self.unclosed_at = Some(self.pos);
        let end = self.tok(self.pos.saturating_sub(1)).end;
        let close = Span {
            file: self.file,
            start: end,
            end,
        };
        let name = self.item_name(item);
        self.report(
            Diagnostic::new(
                Code::E001,
                open,
                Msg::Syntax(SyntaxMsg::Unclosed { item: name.clone() }),
            )
            .label(Msg::Syntax(SyntaxMsg::BlockStartsHere))
            .with_label(close, Msg::Syntax(SyntaxMsg::CloseHere))
            .help(Msg::Syntax(SyntaxMsg::HelpUnclosed { item: name })),
        );
        Ok(())
    }

    /// A `programme`/`offer` at top level right after the `}` that closed
    /// the last item, a school/institution: that `}` was one too many
    /// (`offer 25342 { } }`). Reports it and reads on in the item's block,
    /// so its later items are kept. False when that is not the case.
    fn reopen(&mut self, items: &mut Vec<Item<'a>>, kind: ItemKind) -> bool {
        let Some(last) = items.last_mut() else {
            return false;
        };
        let close = self.tok(self.pos.saturating_sub(1));
        if self.pos == 0
            || last.kind.child_kind() != Some(kind)
            || close.kind != TokenKind::RBrace
            || close.end != last.span.end
        {
            return false;
        }
        // It reads as inside: the `}` follows a nested item's `}` on its
        // line (`offer 1 { } }`), or the keyword is indented deeper than
        // the parent's. Otherwise the item is simply outside.
        let column =
            |at: u32| at as usize - self.text[..at as usize].rfind('\n').map_or(0, |n| n + 1);
        let after_child = !close.line_start && self.tok(self.pos - 2).kind == TokenKind::RBrace;
        if !after_child && column(self.peek().start) <= column(last.keyword().start) {
            return false;
        }
        // The item's own `{`: the first one after its keyword.
        let kw = self
            .toks
            .partition_point(|t| t.start < last.keyword().start);
        let Some(open) = (kw..self.pos)
            .map(|i| self.tok(i))
            .find(|t| t.kind == TokenKind::LBrace)
        else {
            return false;
        };
        let name = self.item_name(last);
        self.report(
            Diagnostic::new(
                Code::E001,
                self.span(close),
                Msg::Syntax(SyntaxMsg::StrayClose {
                    item: name.clone(),
                    child: kind,
                }),
            )
            .label(Msg::Syntax(SyntaxMsg::ClosesTooEarly))
            .help(Msg::Syntax(SyntaxMsg::HelpStrayClose {
                item: name,
                child: kind,
            })),
        );
        let outer = self.item_start.replace(kw);
        let result = self.block_body(last, self.span(open));
        self.item_start = outer;
        match result {
            Ok(()) => {
                let end = self.tok(self.pos - 1);
                last.span = last.keyword().to(self.span(end));
            }
            Err(Stop) => {
                items.pop();
                self.note_dropped(kw, None);
                self.recover_top(kw);
            }
        }
        true
    }

    /// After a field's value: a word or number right after it on the same
    /// line (`brin = 27UH`, `location = Den Haag`) means text written
    /// without quotes. One E001 at the whole text, and the field keeps it
    /// as text, so nothing else follows from the mistake.
    fn unquoted(&mut self, field: &str, value: &mut Value<'a>) {
        if !matches!(value, Value::Ref(_) | Value::Int(_)) {
            return;
        }
        let start = value.span().start;
        let mut end = value.span().end;
        let mut i = self.pos;
        let mut words = false;
        loop {
            let t = self.tok(i);
            let part = matches!(t.kind, TokenKind::Ident | TokenKind::Int | TokenKind::Dot)
                && !t.line_start
                && self.tok(i + 1).kind != TokenKind::Eq
                && self.item_keyword_at(i).is_none();
            if !part {
                break;
            }
            words |= t.kind == TokenKind::Ident;
            end = t.end;
            i += 1;
        }
        if i == self.pos {
            // Nothing follows the value (the common case): no need to
            // look at where it ends.
            return;
        }
        // The text must end where a value may: otherwise the mistake is
        // something else (`from = 2016 until } = 2030`).
        let after = self.tok(i);
        let ends = after.kind == TokenKind::Eof
            || (after.kind == TokenKind::Comma && self.tok(i + 1).kind != TokenKind::Eq)
            || after.line_start
            || (after.kind == TokenKind::RBrace && self.may_end_block(i));
        let glued = self.tok(self.pos).start == value.span().end;
        if !(words || glued) || !ends {
            return;
        }
        let span = Span {
            file: self.file,
            start,
            end,
        };
        if self.unbracketed(field, value, i, span) {
            return;
        }
        self.pos = i;
        let text = &self.text[start as usize..end as usize];
        // Quoting it is certainly right where the field takes text.
        let certain = matches!(
            field,
            "location" | "note" | "municipality" | "labour-market" | "brin"
        );
        let quoted = format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""));
        let fix = crate::diagnostics::Fix::replace(span, quoted, certain);
        self.report(
            Diagnostic::new(
                Code::E001,
                span,
                Msg::Syntax(SyntaxMsg::Unquoted {
                    spaces: text.contains(char::is_whitespace),
                    text: crate::diagnostics::truncate(text, 40),
                }),
            )
            .label(Msg::Syntax(SyntaxMsg::NeedsQuotes))
            .help(Msg::Syntax(SyntaxMsg::HelpQuote {
                field: crate::diagnostics::truncate(field, 40),
                text: crate::diagnostics::truncate(text, 60),
            }))
            .fix(fix),
        );
        *value = Value::Str(StrLit { value: text, span });
    }

    /// `members = olympia roc` (tokens up to `end`, spanning `span`): in
    /// a field that takes a list, names or numbers one after another are
    /// its elements without brackets. One E001 with the bracketed list as
    /// fix, and the field keeps them as that list, so each is resolved as
    /// written. False, reading nothing, for anything else (a dotted
    /// reference among them, a keyword).
    fn unbracketed(&mut self, field: &str, value: &mut Value<'a>, end: usize, span: Span) -> bool {
        let simple = match value {
            Value::Ref(r) => r.member().is_none(),
            Value::Int(_) => true,
            _ => false,
        };
        let elements = (self.pos..end).all(|i| {
            let t = self.tok(i);
            t.kind == TokenKind::Int || (t.kind == TokenKind::Ident && !t.is_keyword())
        });
        if !crate::schema::is_list_field(field) || !simple || !elements {
            return false;
        }
        self.elem_stack.clear();
        self.elem_stack.push(*value);
        // Each token is a name or a number: one scalar each.
        while self.pos < end {
            let Ok(elem) = self.scalar(Expected::ListElement) else {
                break;
            };
            self.elem_stack.push(elem);
        }
        let list = format!(
            "[{}]",
            self.elem_stack
                .iter()
                .map(|v| {
                    let s = v.span();
                    &self.text[s.start as usize..s.end as usize]
                })
                .collect::<Vec<_>>()
                .join(", ")
        );
        let elems = &*self.arena.alloc_slice_copy(&self.elem_stack);
        self.elem_stack.clear();
        let fix = crate::diagnostics::Fix::replace(span, list.clone(), true);
        let field = crate::diagnostics::truncate(field, 40);
        self.report(
            Diagnostic::new(
                Code::E001,
                span,
                Msg::Syntax(SyntaxMsg::Unbracketed {
                    field: field.clone(),
                }),
            )
            .label(Msg::Syntax(SyntaxMsg::NeedsBrackets))
            .help(Msg::Syntax(SyntaxMsg::HelpBrackets {
                field,
                list: crate::diagnostics::truncate(&list, 60),
            }))
            .fix(fix),
        );
        *value = Value::List(elems, span);
        true
    }

    /// The current token is a field name not followed by `=`: reports the
    /// token after it, saying `=` was expected.
    fn missing_eq<T>(&mut self, name: &str) -> PResult<T> {
        let fix = self.unquoted_text_fix();
        let name = crate::diagnostics::truncate(name, 40);
        self.bump();
        let before = self.errors.len();
        let result = self.expected(Expected::Eq(name));
        self.attach_fix(before, fix);
        result
    }

    /// Adds a fix to the E001 just reported (if one was).
    fn attach_fix(&mut self, before: usize, fix: Option<crate::diagnostics::Fix>) {
        if let (Some(fix), Some(d)) = (fix, self.errors.get_mut(before)) {
            d.fixes.push(fix);
        }
    }

    /// `location = Den Haag,`: a text field whose value is words on one
    /// line, not quoted. The current token is the second word. Certain
    /// only for the fields that take text (see docs/decisions.md).
    fn unquoted_text_fix(&self) -> Option<crate::diagnostics::Fix> {
        const TEXT_FIELDS: [&str; 4] = ["location", "note", "municipality", "labour-market"];
        // Past the kept errors nobody sees the fix; a long run of words is
        // no place name (and scanning it per error could add up).
        const MAX_WORDS: usize = 32;
        let i = self.pos;
        if i < 3 || self.errors.len() >= KEPT_ERRORS {
            return None;
        }
        let (field, eq, first) = (self.tok(i - 3), self.tok(i - 2), self.tok(i - 1));
        let word = |t: Token| matches!(t.kind, TokenKind::Ident | TokenKind::Int);
        if field.kind != TokenKind::Ident
            || !TEXT_FIELDS.contains(&self.text_of(field))
            || eq.kind != TokenKind::Eq
            || !word(first)
            || self.peek().line_start
        {
            return None;
        }
        let mut j = i;
        while word(self.tok(j)) && !self.tok(j).line_start {
            j += 1;
            if j - i > MAX_WORDS {
                return None;
            }
        }
        let end = self.tok(j);
        let ends_value = end.line_start
            || matches!(
                end.kind,
                TokenKind::Comma | TokenKind::RBrace | TokenKind::Eof
            );
        // Words separated by spaces only (no comment, no stray character).
        let text = &self.text[first.start as usize..self.tok(j - 1).end as usize];
        let plain = text
            .chars()
            .all(|c| c == ' ' || c == '-' || c == '_' || c.is_alphanumeric());
        (ends_value && plain).then(|| {
            crate::diagnostics::Fix::replace(
                Span::new(
                    self.file,
                    first.start as usize,
                    self.tok(j - 1).end as usize,
                ),
                format!("\"{text}\""),
                true,
            )
        })
    }

    /// `=>` at the current token: the fix that writes `->`.
    fn fat_arrow_fix(&self) -> Option<crate::diagnostics::Fix> {
        let t = self.peek();
        let end = t.end as usize;
        (t.kind == TokenKind::Eq && self.text.as_bytes().get(end) == Some(&b'>')).then(|| {
            crate::diagnostics::Fix::replace(
                Span::new(self.file, t.start as usize, end + 1),
                "->",
                true,
            )
        })
    }

    fn value(&mut self) -> PResult<Value<'a>> {
        let t = self.peek();
        match t.kind {
            TokenKind::LBracket => {
                if let Some(list) = self.count_list(t) {
                    return Ok(list);
                }
                self.bump();
                // Lists hold no lists: one stack serves them all, and the
                // list is copied out at its exact length.
                self.elem_stack.clear();
                loop {
                    if self.peek().kind == TokenKind::RBracket {
                        let close = self.bump();
                        let elems = &*self.arena.alloc_slice_copy(&self.elem_stack);
                        self.elem_stack.clear();
                        return Ok(Value::List(elems, self.span(t).to(self.span(close))));
                    }
                    let elem = self.scalar(Expected::ListElement)?;
                    let elem = self.year_count(elem)?;
                    self.elem_stack.push(elem);
                    match self.peek().kind {
                        TokenKind::Comma => {
                            self.bump();
                        }
                        TokenKind::RBracket => {}
                        _ => return self.expected(Expected::CommaOrBracket),
                    }
                }
            }
            _ => self.scalar(Expected::Value),
        }
    }

    /// A COUNT list written plainly, `[YEAR: INT, YEAR: INT]` (no
    /// trailing comma), read in one pass over its tokens: the tree the
    /// general list loop below builds, without its per-element dispatch
    /// (a plan states `pupils` for every programme). `None`, reading
    /// nothing, for anything else.
    fn count_list(&mut self, open: Token) -> Option<Value<'a>> {
        let kind = |i: usize| self.tok(i).kind;
        let mut i = self.pos + 1;
        let mut n = 0;
        loop {
            if (kind(i), kind(i + 1), kind(i + 2))
                != (TokenKind::Int, TokenKind::Colon, TokenKind::Int)
            {
                return None;
            }
            n += 1;
            i += 3;
            match kind(i) {
                TokenKind::Comma => i += 1,
                TokenKind::RBracket => break,
                _ => return None,
            }
        }
        let elems = self.arena.alloc_slice_fill_with(n, |k| {
            let at = self.pos + 1 + 4 * k;
            let (year, count) = (self.int(self.tok(at)), self.int(self.tok(at + 2)));
            Value::YearCount(YearCount::new(self.text, year, count))
        });
        let close = self.tok(i);
        self.pos = i + 1;
        Some(Value::List(elems, self.span(open).to(self.span(close))))
    }

    /// `YEAR: INT` when an integer list element is followed by `:`.
    fn year_count(&mut self, elem: Value<'a>) -> PResult<Value<'a>> {
        let Value::Int(year) = elem else {
            return Ok(elem);
        };
        if self.peek().kind != TokenKind::Colon {
            return Ok(Value::Int(year));
        }
        self.bump();
        let t = self.peek();
        if t.kind != TokenKind::Int {
            return self.expected(Expected::Count);
        }
        self.bump();
        let count = self.int(t);
        Ok(Value::YearCount(YearCount::new(self.text, year, count)))
    }

    fn scalar(&mut self, expected: Expected) -> PResult<Value<'a>> {
        let t = self.peek();
        match t.kind {
            TokenKind::Ident if !t.is_keyword() => Ok(Value::Ref(self.reference()?)),
            TokenKind::Int => {
                self.bump();
                Ok(Value::Int(self.int(t)))
            }
            TokenKind::Str => {
                self.bump();
                Ok(Value::Str(self.string(t)))
            }
            _ => self.expected(expected),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::parse`] in an arena of its own, kept for the test's run.
    fn parse(file: FileId, text: &str) -> Parsed<'_> {
        super::parse(file, text, Box::leak(Box::default()))
    }

    fn errors(text: &str) -> Vec<(Code, usize)> {
        parse(FileId(0), text)
            .errors
            .iter()
            .map(|d| (d.code, d.span.start as usize))
            .collect()
    }

    fn at(text: &str, needle: &str) -> usize {
        text.find(needle).unwrap()
    }

    /// The plain COUNT list is read in one pass (`count_list`); with a
    /// trailing comma it goes through the general list loop. Both give the
    /// same elements, spans included.
    #[test]
    fn a_plain_count_list_reads_as_the_general_loop_does() {
        fn value(text: &str) -> Value<'_> {
            let p = parse(FileId(0), text);
            assert!(p.errors.is_empty(), "{text}");
            p.ast.items[0].children()[0].fields[2].value
        }
        for list in [
            "[2025: 24]",
            "[2025: 24, 2027: 20, 2028: 18]",
            "[2025:24,2026:0]",
        ] {
            let plain = format!(
                "school s {{ programme p {{ track = kb, profile = PIE, pupils = {list} }} }}"
            );
            let comma = plain.replace("] }", ",] }");
            let (Value::List(a, sa), Value::List(b, sb)) = (value(&plain), value(&comma)) else {
                panic!("{list}: not a list");
            };
            assert_eq!(a, b, "{list}");
            assert!(
                a.iter().all(|v| matches!(v, Value::YearCount(..))),
                "{list}"
            );
            assert_eq!((sa.start, sa.end + 1), (sb.start, sb.end), "{list}");
        }
        // A list that is not a plain COUNT list is the general loop's.
        let mixed =
            "school s { programme p { track = kb, profile = PIE, pupils = [2025: 24, 2027] } }";
        let Value::List(elems, _) = value(mixed) else {
            panic!("not a list")
        };
        assert!(matches!(elems[..], [Value::YearCount(..), Value::Int(_)]));
    }

    #[test]
    fn misplaced_offer_keeps_later_programmes() {
        let text = "school s {\n  offer 25263 { }\n  programme a { track = kb }\n}\n";
        let p = parse(FileId(0), text);
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.ast.items[0].children().len(), 1);
        assert_eq!(p.ast.items[0].children()[0].id().unwrap().text, "a");
        // The misplaced offer defines nothing in the school.
        assert!(p.ast.dropped.is_empty());
    }

    #[test]
    fn siblings_on_the_same_line_are_kept() {
        let text = "school s { programme a { track = } programme b { track = kb } }";
        let p = parse(FileId(0), text);
        assert_eq!(p.errors.len(), 1);
        let kids: Vec<_> = p.ast.items[0]
            .children()
            .iter()
            .map(|c| c.id().unwrap().text)
            .collect();
        assert_eq!(kids, ["b"]);
        assert_eq!(p.ast.dropped[0].parent, Some("s"));
        assert_eq!(p.ast.dropped[0].name, "a");
    }

    #[test]
    fn misplaced_programme_at_top_level_defines_nothing() {
        let p = parse(FileId(0), "programme olympia { track = kb }\nsubject ne\n");
        assert_eq!(p.errors.len(), 1);
        assert!(p.ast.dropped.is_empty());
        assert_eq!(p.ast.items.len(), 1);
    }

    #[test]
    fn offer_and_pathway_take_no_title() {
        let text = "institution i { offer 25263 \"x\" }";
        assert_eq!(errors(text), [(Code::E001, at(text, "\""))]);
        let text = "pathway a.b -> c.d \"x\"";
        assert_eq!(errors(text), [(Code::E001, at(text, "\""))]);
    }

    #[test]
    fn field_keyword_without_eq_is_a_field() {
        let text = "qualification 25999 {\n  level = 4\n  sector techniek\n}\nsubject ne\n";
        assert_eq!(errors(text), [(Code::E001, at(text, "techniek"))]);
        let p = parse(FileId(0), text);
        assert_eq!(p.ast.items.len(), 1, "only `subject ne` is left");
        // ...but a keyword whose head is followed by `{` is the next item:
        // the school's block is not closed, and both items are kept.
        let text = "school s {\n  brin = \"x\"\ntrack bb { admits = [1] }\n";
        assert_eq!(errors(text), [(Code::E001, at(text, "{"))]);
        assert_eq!(parse(FileId(0), text).ast.items.len(), 2);
    }

    #[test]
    fn stray_characters_do_not_cascade() {
        let text = "pathway a.b ½ c.d\nsubject ne\n";
        assert_eq!(errors(text), [(Code::E002, at(text, "½"))]);
        let text = "track bb { admits = ½ }";
        assert_eq!(errors(text), [(Code::E002, at(text, "½"))]);
    }

    #[test]
    fn unterminated_string_swallowing_a_brace_does_not_cascade() {
        let text = "institution i {\n  offer 25263 { location = \"R }\n}\nsubject ne\n";
        assert_eq!(errors(text), [(Code::E002, at(text, "\"R"))]);
        // The institution is kept: only its `}` went into the string.
        let p = parse(FileId(0), text);
        assert_eq!(p.ast.items.len(), 2);
        // Without punctuation in it, a later error is independent.
        let text = "school s {\n  brin = \"25LP\n  municipality \"R\"\n}\n";
        assert_eq!(
            errors(text),
            [
                (Code::E002, at(text, "\"25LP")),
                (Code::E001, at(text, "\"R\""))
            ]
        );
    }

    #[test]
    fn independent_errors_are_each_reported_once() {
        let text = "track bb { admits = [1 2] }\nsubject ne\nprofile P { sectors = }\n";
        assert_eq!(
            errors(text),
            [
                (Code::E001, at(text, "2]")),
                (Code::E001, text.rfind('}').unwrap())
            ]
        );
    }

    #[test]
    fn deep_nesting_is_one_error() {
        let text = format!("school s {{ brin = {} }}", "[".repeat(100_000));
        assert_eq!(errors(&text).len(), 1);
        let text = format!("school s {{ {} }}", "{".repeat(100_000));
        assert_eq!(errors(&text).len(), 1);
    }

    #[test]
    fn errors_are_capped() {
        let text = "subject ne ne\n".repeat(300);
        let e = parse(FileId(0), &text).errors;
        assert_eq!(e.len(), MAX_SYNTAX_ERRORS + 1);
        assert_eq!(
            e.last().unwrap().message,
            Msg::MoreSyntaxErrors { count: 200 }.into()
        );
    }

    #[test]
    fn misspelt_keywords_suggest_and_define_their_head() {
        let text = "shcool olympia { programme a { track = kb } }\nsubject ne\npathwy a.b -> c.d\n";
        let p = parse(FileId(0), text);
        assert_eq!(p.errors.len(), 2);
        assert_eq!(
            p.errors[0].help,
            Some(
                Msg::DidYouMean {
                    names: vec!["school".into()]
                }
                .into()
            )
        );
        // `olympia` was meant as a school; `a` after `pathwy` was not a name.
        let names: Vec<_> = p.ast.dropped.iter().map(|d| d.name).collect();
        assert_eq!(names, ["olympia"]);

        let text = "school s {\n  programe x { track = kb }\n  programme y { track = kb }\n}\n";
        let p = parse(FileId(0), text);
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.ast.items[0].children().len(), 1);
        assert_eq!(p.ast.dropped[0].parent, Some("s"));
        assert_eq!(p.ast.dropped[0].name, "x");
    }

    #[test]
    fn stray_close_brace_in_a_nested_item_closes_nothing() {
        let text = "institution i {\n  offer } 25263 { }\n  offer 25332\n}\nsubject ne\n";
        let p = parse(FileId(0), text);
        assert_eq!(errors(text), [(Code::E001, at(text, "}"))]);
        assert_eq!(p.ast.items.len(), 2);
        assert_eq!(p.ast.items[0].children().len(), 1, "offer 25332 is kept");
    }

    #[test]
    fn nested_item_without_its_open_brace() {
        // The last offer lost its `{`: its `}` is its own, not the
        // institution's, so the institution's `}` is no top-level error.
        let text =
            "institution i {\n  offer 25263\n  offer 25332 location = \"x\" }\n}\nsubject ne\n";
        assert_eq!(errors(text), [(Code::E001, at(text, "location"))]);
        let p = parse(FileId(0), text);
        assert_eq!(p.ast.items.len(), 2);
        assert_eq!(p.ast.items[0].children().len(), 1);
    }

    #[test]
    fn a_parent_ends_at_an_item_on_the_same_line() {
        let text = "school s { programme p { { track = x } } institution i { offer 25263 }";
        assert_eq!(errors(text), [(Code::E001, at(text, "{ {") + 2)]);
        let p = parse(FileId(0), text);
        assert_eq!(p.ast.items.len(), 2);
        assert_eq!(p.ast.items[1].children().len(), 1);
    }

    #[test]
    fn an_unterminated_string_is_not_also_unexpected() {
        let text = "subject ne \"Nederlands\" \"\nsubject en\n";
        assert_eq!(errors(text), [(Code::E002, text.rfind('"').unwrap())]);
    }

    #[test]
    fn mistyped_arrows_are_one_error_and_keep_the_pathway() {
        for arrow in ["=>", "→", ">"] {
            let text = format!("pathway a.b {arrow} c.d -> e.f\nsubject ne\n");
            let p = parse(FileId(0), &text);
            let found: Vec<_> = p.errors.iter().map(|d| (d.code, d.span.start)).collect();
            assert_eq!(
                found,
                [(Code::E001, text.find(arrow).unwrap() as u32)],
                "{arrow}"
            );
            assert_eq!(
                p.errors[0].message,
                Msg::Syntax(SyntaxMsg::NotArrow { text: arrow.into() }).into()
            );
            assert_eq!(p.ast.items[0].nodes().len(), 3, "{arrow}");
        }
    }

    #[test]
    fn unquoted_text_is_one_error_and_kept_as_text() {
        let text = "school s {\n  brin = 27UH\n  municipality = Den Haag, programme p { }\n}\n";
        assert_eq!(
            errors(text),
            [
                (Code::E001, at(text, "27UH")),
                (Code::E001, at(text, "Den Haag"))
            ]
        );
        let p = parse(FileId(0), text);
        let values: Vec<_> = p.ast.items[0]
            .fields
            .iter()
            .map(|f| match &f.value {
                Value::Str(s) => s.value.to_string(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(values, ["27UH", "Den Haag"]);
        assert_eq!(p.ast.items[0].children().len(), 1);
        // Two fields on one line without a comma are no unquoted text.
        assert!(errors("school s { programme p { track = kb profile = PIE } }").is_empty());
    }

    #[test]
    fn a_missing_close_brace_keeps_the_item() {
        let text = "institution i {\n  offer 25342 { location = \"x\"\n  offer 25340\n}\n";
        let p = parse(FileId(0), text);
        assert_eq!(errors(text), [(Code::E001, at(text, "{ loc"))]);
        assert_eq!(p.ast.items[0].children().len(), 2);
        assert_eq!(
            p.errors[0].labels[0].span.start as usize,
            at(text, "\n  offer 25340")
        );
        // Both blocks end at the next item: one error, for the inner one.
        let text = "institution i {\n  offer 25342 { location = \"x\"\npathway a.b -> i.25342\n";
        assert_eq!(errors(text), [(Code::E001, at(text, "{ loc"))]);
        assert_eq!(parse(FileId(0), text).ast.items.len(), 2);
    }

    #[test]
    fn a_stray_close_brace_before_more_offers_reopens_the_block() {
        let text = "institution i {\n  offer 25342 { } }\n  offer 25340\n  offer 25334 { }\n}\nsubject ne\n";
        assert_eq!(errors(text), [(Code::E001, at(text, "} }") + 2)]);
        let p = parse(FileId(0), text);
        assert_eq!(p.ast.items.len(), 2);
        assert_eq!(p.ast.items[0].children().len(), 3);
        assert!(p.ast.dropped.is_empty());
    }
}
