//! Findings: what a check reports. A finding carries data (codes, spans,
//! IDs, levels, years) in a [`Msg`]; the message catalogue renders it in
//! English or Dutch, so checks never format text.

mod check_messages;
mod hint_messages;
mod law_messages;
mod messages;
mod syntax_messages;
mod version_messages;

pub use check_messages::{Cause, CheckMsg, Unmet};
pub use hint_messages::HintMsg;
pub use law_messages::LawMsg;
pub use syntax_messages::SyntaxMsg;
pub use version_messages::{Lost, RouteCause, VersionMsg, When};

pub use messages::{Expected, Found, Msg, Owner, Shape, Wanted, join_words, truncate};

use crate::codes::{Code, Level};
use crate::source::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: Msg,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    /// The primary location, as checks.md fixes it.
    pub span: Span,
    pub message: Msg,
    /// The text under the primary location, if any.
    pub label: Option<Msg>,
    pub labels: Vec<Label>,
    pub help: Option<Msg>,
    /// The IDs involved, in a fixed order: what a baseline matches on.
    pub keys: Vec<String>,
    /// Set once, by the level sink; checks leave the default.
    pub level: Level,
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: Msg) -> Diagnostic {
        Diagnostic {
            code,
            span,
            message,
            label: None,
            labels: Vec::new(),
            help: None,
            keys: Vec::new(),
            level: code.info().default_level,
        }
    }

    pub fn label(mut self, msg: Msg) -> Self {
        self.label = Some(msg);
        self
    }

    pub fn with_label(mut self, span: Span, message: Msg) -> Self {
        self.labels.push(Label { span, message });
        self
    }

    pub fn help(mut self, msg: Msg) -> Self {
        self.help = Some(msg);
        self
    }

    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.keys.push(key.into());
        self
    }
}
