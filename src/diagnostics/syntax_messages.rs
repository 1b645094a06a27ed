//! Syntax errors in plan words (E001): what went wrong where the mistake
//! is, and a help line for every one. Kept apart from `messages.rs` so the
//! parser's wording can change without touching the shared catalogue. The
//! wording is in `locales/*/leerlijn.ftl` (`syntax-*`, `expected-*`).

use crate::Lang;
use crate::fl;
use crate::schema::ItemKind;

use super::Expected;

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

impl SyntaxMsg {
    pub fn render(&self, lang: Lang) -> String {
        match self {
            SyntaxMsg::Unquoted { spaces: true, .. } => fl!(lang, "syntax-unquoted-spaces"),
            SyntaxMsg::Unquoted {
                spaces: false,
                text,
            } => fl!(lang, "syntax-unquoted", text = text),
            SyntaxMsg::NeedsQuotes => fl!(lang, "syntax-needs-quotes"),
            SyntaxMsg::HelpQuote { field, text } => {
                fl!(lang, "syntax-help-quote", field = field, text = text)
            }
            SyntaxMsg::NotArrow { text } => fl!(lang, "syntax-not-arrow", text = text),
            SyntaxMsg::HelpArrow => fl!(lang, "syntax-help-arrow"),
            SyntaxMsg::Unclosed { item } => fl!(lang, "syntax-unclosed", item = item),
            SyntaxMsg::BlockStartsHere => fl!(lang, "syntax-block-starts-here"),
            SyntaxMsg::CloseHere => fl!(lang, "syntax-close-here"),
            SyntaxMsg::HelpUnclosed { item } => fl!(lang, "syntax-help-unclosed", item = item),
            SyntaxMsg::StrayClose { item, child } => {
                fl!(
                    lang,
                    "syntax-stray-close",
                    item = item,
                    child = child.keyword()
                )
            }
            SyntaxMsg::ClosesTooEarly => fl!(lang, "syntax-closes-too-early"),
            SyntaxMsg::HelpStrayClose { item, child } => {
                fl!(
                    lang,
                    "syntax-help-stray-close",
                    item = item,
                    child = child.keyword()
                )
            }
            SyntaxMsg::NonAsciiId { text } => fl!(lang, "syntax-non-ascii-id", text = text),
            SyntaxMsg::HelpAscii { ascii: Some(a) } => fl!(lang, "syntax-help-ascii", ascii = a),
            SyntaxMsg::HelpAscii { ascii: None } => fl!(lang, "syntax-help-ascii-none"),
            SyntaxMsg::HelpMore => fl!(lang, "syntax-help-more"),
            SyntaxMsg::HelpExpected(e) => help_expected(e, lang),
        }
    }
}

fn help_expected(e: &Expected, lang: Lang) -> String {
    match e {
        Expected::Item => fl!(lang, "expected-item"),
        Expected::Id(k) => fl!(lang, "expected-id", kw = k.keyword()),
        Expected::Crebo(k) => fl!(lang, "expected-crebo", kw = k.keyword()),
        Expected::Eq(f) => fl!(lang, "expected-eq", field = f),
        Expected::Value => fl!(lang, "expected-value"),
        Expected::Count => fl!(lang, "expected-count"),
        Expected::ListElement => fl!(lang, "expected-list-element"),
        Expected::CommaOrBracket => fl!(lang, "expected-comma-or-bracket"),
        Expected::FieldOrEnd(None) => fl!(lang, "expected-field-or-end"),
        Expected::FieldOrEnd(Some(k)) => fl!(lang, "expected-field-or-item", kw = k.keyword()),
        Expected::Block(k) => fl!(lang, "expected-block", kw = k.keyword()),
        Expected::BlockOrItem(_) => fl!(lang, "expected-block-or-item"),
        Expected::Node => fl!(lang, "expected-node"),
        Expected::Member => fl!(lang, "expected-member"),
        Expected::ArrowBlockOrItem => fl!(lang, "expected-arrow-block-or-item"),
        Expected::Arrow => fl!(lang, "expected-arrow"),
        Expected::AsId => fl!(lang, "expected-as-id"),
    }
}
