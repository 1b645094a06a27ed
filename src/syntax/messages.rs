//! The syntax errors (E001–E003), as data, and the [`Message`]s that word
//! them (`e00*`, `syntax-*`, `expected-*` in `locales/*/leerlijn.ftl`): what
//! went wrong where the mistake is, and a help line for every one.

use crate::diagnostics::{kind_name, truncate};
use crate::i18n::{Arg, Message};
use crate::msg;
use crate::schema::ItemKind;

/// What a token looked like, for "found ..." in E001.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Ident(String),
    Keyword(String),
    Int(String),
    Str,
    Punct(&'static str),
    Eof,
}

/// What the parser expected, for E001.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Item,
    Id(ItemKind),
    Crebo(ItemKind),
    Eq(String),
    Value,
    ListElement,
    CommaOrBracket,
    FieldOrEnd(Option<ItemKind>),
    Block(ItemKind),
    /// After the head of an item whose block may be left out.
    BlockOrItem(ItemKind),
    Node,
    Member,
    ArrowBlockOrItem,
    Arrow,
    AsId,
    /// The number after `YEAR:` in a COUNT list.
    Count,
}

/// The syntax stage's findings (E001–E003).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    // E001
    Expected {
        expected: Expected,
        found: Found,
    },
    NestedOutside {
        kind: ItemKind,
    },
    NotNested {
        kind: ItemKind,
        parent: ItemKind,
    },
    BareCreboNode {
        text: String,
    },
    MoreSyntaxErrors {
        count: usize,
    },
    UnexpectedHere,
    HelpItemStart,
    /// A bare name where a pathway's node (`school.programme`) belongs.
    HelpDottedNode,
    /// Close names: "did you mean `a` or `b`?"
    DidYouMean {
        names: Vec<String>,
    },
    HelpNestedOnly {
        kind: ItemKind,
    },
    /// A top-level item written inside another's block, which does close
    /// later: `parent` is how messages name that item (`school s`).
    HelpTopLevelOnly {
        kind: ItemKind,
        parent: String,
    },
    // E002
    UnterminatedString,
    BadEscape {
        text: String,
    },
    StrayChars {
        text: String,
    },
    HelpEscapes,
    HelpStray,
    /// The stray characters are byte-order marks (U+FEFF) only.
    HelpBom,
    HelpCloseString,
    // E003
    InvalidUtf8 {
        offset: usize,
    },
    CannotRead {
        error: crate::i18n::Arg,
    },
    HelpUtf8,
    /// Syntax errors in plan words.
    Syntax(SyntaxMsg),
}

/// Syntax errors in plan words (E001, E002).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxMsg {
    /// `location = Den Haag`, `brin = 27UH`: text written without quotes.
    Unquoted {
        spaces: bool,
        text: String,
    },
    /// The label under it.
    NeedsQuotes,
    /// `write `location = "Den Haag"``.
    HelpQuote {
        field: String,
        text: String,
    },
    /// `members = olympia roc`: a list field's elements without brackets.
    Unbracketed {
        field: String,
    },
    /// The label under it.
    NeedsBrackets,
    /// `write `members = [olympia, roc]``.
    HelpBrackets {
        field: String,
        list: String,
    },
    /// `=>` (or `→`) where `->` belongs.
    NotArrow {
        text: String,
    },
    HelpArrow,
    /// A block whose `}` is missing; `item` is how the plan names it
    /// (`institution roc-twente`, `offer 25342`).
    Unclosed {
        item: String,
    },
    BlockStartsHere,
    CloseHere,
    HelpUnclosed {
        item: String,
    },
    /// A `}` that closes a parent's block before more of its nested items.
    StrayClose {
        item: String,
        child: ItemKind,
    },
    ClosesTooEarly,
    HelpStrayClose {
        item: String,
        child: ItemKind,
    },
    /// E002: an ID with letters outside ASCII, and its ASCII form.
    NonAsciiId {
        text: String,
    },
    HelpAscii {
        ascii: Option<String>,
    },
    /// After the cap of shown syntax errors.
    HelpMore,
    /// The help line of an E001 that says what was expected.
    HelpExpected(Expected),
}

fn found(f: Found) -> Message {
    let (kind, text) = match f {
        Found::Ident(s) => ("ident", s),
        Found::Keyword(s) => ("keyword", s),
        Found::Int(s) => ("int", s),
        Found::Str => ("string", String::new()),
        Found::Punct(p) => ("punct", p.to_string()),
        Found::Eof => ("eof", String::new()),
    };
    msg!("found", kind = kind, text = text)
}

fn expected(e: Expected) -> Message {
    match e {
        Expected::Item => msg!("expected-what-item"),
        Expected::Id(k) => msg!("expected-what-id", kind = kind_name(k), key = k.keyword()),
        Expected::Crebo(k) => msg!(
            "expected-what-crebo",
            kind = kind_name(k),
            key = k.keyword()
        ),
        Expected::Eq(f) => msg!("expected-what-eq", field = f),
        Expected::Value => msg!("expected-what-value"),
        Expected::ListElement => msg!("expected-what-list-element"),
        Expected::Count => msg!("expected-what-count"),
        Expected::CommaOrBracket => msg!("expected-what-comma-or-bracket"),
        Expected::FieldOrEnd(None) => msg!("expected-what-field-or-end"),
        Expected::FieldOrEnd(Some(k)) => {
            msg!("expected-what-field-or-item", keyword = k.keyword())
        }
        Expected::Block(k) => msg!(
            "expected-what-block",
            kind = kind_name(k),
            key = k.keyword()
        ),
        Expected::BlockOrItem(k) => msg!(
            "expected-what-block-or-item",
            kind = kind_name(k),
            key = k.keyword()
        ),
        Expected::Node => msg!("expected-what-node"),
        Expected::Member => msg!("expected-what-member"),
        Expected::ArrowBlockOrItem => msg!("expected-what-arrow-block-or-item"),
        Expected::Arrow => msg!("expected-what-arrow"),
        Expected::AsId => msg!("expected-what-as-id"),
    }
}

fn help_expected(e: Expected) -> Message {
    match e {
        Expected::Item => msg!("expected-item"),
        Expected::Id(k) => msg!("expected-id", kw = k.keyword()),
        Expected::Crebo(k) => msg!("expected-crebo", kw = k.keyword()),
        Expected::Eq(f) => msg!("expected-eq", field = f),
        Expected::Value => msg!("expected-value"),
        Expected::Count => msg!("expected-count"),
        Expected::ListElement => msg!("expected-list-element"),
        Expected::CommaOrBracket => msg!("expected-comma-or-bracket"),
        Expected::FieldOrEnd(None) => msg!("expected-field-or-end"),
        Expected::FieldOrEnd(Some(k)) => msg!("expected-field-or-item", kw = k.keyword()),
        Expected::Block(k) => msg!("expected-block", kw = k.keyword()),
        Expected::BlockOrItem(_) => msg!("expected-block-or-item"),
        Expected::Node => msg!("expected-node"),
        Expected::Member => msg!("expected-member"),
        Expected::ArrowBlockOrItem => msg!("expected-arrow-block-or-item"),
        Expected::Arrow => msg!("expected-arrow"),
        Expected::AsId => msg!("expected-as-id"),
    }
}

/// The block a nested item belongs in: a programme in a `school`, an offer
/// in an `institution`.
fn nest_parent(kind: ItemKind) -> &'static str {
    if kind == ItemKind::Programme {
        "school"
    } else {
        "institution"
    }
}

impl From<Msg> for Message {
    fn from(m: Msg) -> Message {
        match m {
            Msg::Expected {
                expected: e,
                found: f,
            } => msg!("e001-expected", expected = expected(e), found = found(f)),
            Msg::NestedOutside { kind } => msg!(
                "e001-nested-outside",
                keyword = kind.keyword(),
                parent = nest_parent(kind)
            ),
            Msg::NotNested { kind, parent } => msg!(
                "e001-not-nested",
                keyword = kind.keyword(),
                parent = parent.keyword()
            ),
            Msg::BareCreboNode { text } => msg!("e001-bare-crebo-node", text = text),
            Msg::MoreSyntaxErrors { count } => msg!("e001-more-syntax-errors", count = count),
            Msg::UnexpectedHere => msg!("e001-unexpected-here"),
            Msg::HelpItemStart => msg!("e001-help-item-start"),
            Msg::HelpDottedNode => msg!("e001-help-dotted-node"),
            Msg::DidYouMean { names } => msg!("did-you-mean", names = Arg::or_quoted(&names)),
            Msg::HelpNestedOnly { kind } => msg!(
                "e001-help-nested-only",
                keyword = kind.keyword(),
                parent = nest_parent(kind)
            ),
            Msg::HelpTopLevelOnly { kind, parent } => msg!(
                "e001-help-top-level-only",
                keyword = kind.keyword(),
                parent = parent
            ),
            Msg::UnterminatedString => msg!("e002-unterminated-string"),
            Msg::BadEscape { text } => msg!("e002-bad-escape", text = text),
            Msg::StrayChars { text } => {
                let shown = truncate(&text.escape_debug().to_string(), 40);
                msg!("e002-stray-chars", text = shown)
            }
            Msg::HelpEscapes => msg!("e002-help-escapes"),
            Msg::HelpStray => msg!("e002-help-stray"),
            Msg::HelpBom => msg!("e002-help-bom"),
            Msg::HelpCloseString => msg!("e002-help-close-string"),
            Msg::InvalidUtf8 { offset } => msg!("e003-invalid-utf8", offset = offset),
            Msg::CannotRead { error } => msg!("e003-cannot-read", error = error),
            Msg::HelpUtf8 => msg!("e003-help-utf8"),
            Msg::Syntax(m) => m.into(),
        }
    }
}

impl From<SyntaxMsg> for Message {
    fn from(m: SyntaxMsg) -> Message {
        match m {
            SyntaxMsg::Unquoted { spaces: true, .. } => msg!("syntax-unquoted-spaces"),
            SyntaxMsg::Unquoted {
                spaces: false,
                text,
            } => msg!("syntax-unquoted", text = text),
            SyntaxMsg::NeedsQuotes => msg!("syntax-needs-quotes"),
            SyntaxMsg::HelpQuote { field, text } => {
                msg!("syntax-help-quote", field = field, text = text)
            }
            SyntaxMsg::Unbracketed { field } => msg!("syntax-unbracketed", field = field),
            SyntaxMsg::NeedsBrackets => msg!("syntax-needs-brackets"),
            SyntaxMsg::HelpBrackets { field, list } => {
                msg!("syntax-help-brackets", field = field, list = list)
            }
            SyntaxMsg::NotArrow { text } => msg!("syntax-not-arrow", text = text),
            SyntaxMsg::HelpArrow => msg!("syntax-help-arrow"),
            SyntaxMsg::Unclosed { item } => msg!("syntax-unclosed", item = item),
            SyntaxMsg::BlockStartsHere => msg!("syntax-block-starts-here"),
            SyntaxMsg::CloseHere => msg!("syntax-close-here"),
            SyntaxMsg::HelpUnclosed { item } => msg!("syntax-help-unclosed", item = item),
            SyntaxMsg::StrayClose { item, child } => {
                msg!("syntax-stray-close", item = item, child = child.keyword())
            }
            SyntaxMsg::ClosesTooEarly => msg!("syntax-closes-too-early"),
            SyntaxMsg::HelpStrayClose { item, child } => {
                msg!(
                    "syntax-help-stray-close",
                    item = item,
                    child = child.keyword()
                )
            }
            SyntaxMsg::NonAsciiId { text } => msg!("syntax-non-ascii-id", text = text),
            SyntaxMsg::HelpAscii { ascii: Some(a) } => msg!("syntax-help-ascii", ascii = a),
            SyntaxMsg::HelpAscii { ascii: None } => msg!("syntax-help-ascii-none"),
            SyntaxMsg::HelpMore => msg!("syntax-help-more"),
            SyntaxMsg::HelpExpected(e) => help_expected(e),
        }
    }
}
