//! Findings: what a check reports. A finding carries data (codes, spans,
//! IDs, levels, years); its wording is a [`Message`], an id of the
//! translation files with typed variables, built beside the check or stage
//! that reports it and rendered in English or Dutch only when printed
//! (docs/decisions.md, "A finding's message is data").

pub use crate::i18n::{Arg, Message};

use crate::codes::{Code, Level};
use crate::msg;
use crate::schema::ItemKind;
use crate::source::Span;
use thin_vec::ThinVec;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: Message,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    /// The primary location, as checks.md fixes it.
    pub span: Span,
    pub message: Message,
    /// The text under the primary location, if any.
    // Boxed: few findings have one, and a message kept as a record
    // ([`Message::lazy`]) leaves `Option<Message>` no spare bit (32 bytes).
    pub label: Option<Box<Message>>,
    /// Thin lists (8 bytes, no allocation while empty), as are `fixes`:
    /// most findings have neither, and a national plan's are kept until
    /// they are printed.
    pub labels: ThinVec<Label>,
    pub help: Option<Message>,
    /// The IDs involved, in a fixed order: what a baseline matches on.
    pub keys: Keys,
    /// Set once, by the level sink; checks leave the default.
    pub level: Level,
    /// Edits that would correct the mistake (see [`Fix`]).
    pub fixes: ThinVec<Fix>,
    /// The transition the finding is about, by index, for the stages after
    /// the checks (the flow checks leave out what a reported finding
    /// breaks without matching spans).
    pub subject: Subject,
}

/// A finding's keys ([`Diagnostic::keys`]) in one block: each key's
/// length (LEB128) and its bytes. A national plan's findings hold about
/// 150,000 keys until they are printed; a list of boxed strs took a block
/// for the list and one for each key (80 bytes for two IDs, 48 so).
/// Empty, it allocates nothing.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Keys(Box<[u8]>);

impl Keys {
    /// The keys in order.
    pub fn iter(&self) -> KeysIter<'_> {
        KeysIter(&self.0)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }

    fn push(&mut self, key: &str) {
        let mut bytes = std::mem::take(&mut self.0).into_vec();
        bytes.reserve_exact(key.len() + 5);
        let mut n = key.len();
        while n >= 0x80 {
            bytes.push((n & 0x7f) as u8 | 0x80);
            n >>= 7;
        }
        bytes.push(n as u8);
        bytes.extend_from_slice(key.as_bytes());
        self.0 = bytes.into_boxed_slice();
    }
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The keys of a [`Keys`], in order.
pub struct KeysIter<'k>(&'k [u8]);

impl<'k> Iterator for KeysIter<'k> {
    type Item = &'k str;

    fn next(&mut self) -> Option<&'k str> {
        let mut len = 0usize;
        let mut shift = 0;
        loop {
            let (&b, rest) = self.0.split_first()?;
            self.0 = rest;
            len |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                break;
            }
            shift += 7;
            // `push` writes at most ten bytes of length; never shift past.
            if shift >= usize::BITS {
                return None;
            }
        }
        let (key, rest) = self.0.split_at(len.min(self.0.len()));
        self.0 = rest;
        // Written from whole strs by `push`: always UTF-8.
        Some(std::str::from_utf8(key).unwrap_or_default())
    }
}

impl<'k> IntoIterator for &'k Keys {
    type Item = &'k str;
    type IntoIter = KeysIter<'k>;

    fn into_iter(self) -> KeysIter<'k> {
        self.iter()
    }
}

/// What a finding is about, as an index into the transition graph's edges
/// or the model's pathways; most findings say nothing here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Subject {
    #[default]
    None,
    /// An edge of the graph (`Graph::edges`).
    Edge(u32),
    /// A pathway of the model (`Model::pathways`).
    Pathway(u32),
}

/// How sure a fix is: `check --fix` applies only machine-applicable ones
/// (docs/decisions.md, "Fixes that are certainly right").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Applicability {
    MachineApplicable,
    MaybeIncorrect,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::MachineApplicable => "machine-applicable",
            Applicability::MaybeIncorrect => "maybe-incorrect",
        }
    }
}

/// Replace the text under `span` with `replacement`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// What a fix does, rendered in the run's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FixText {
    /// Replace the text with this.
    Write(String),
    /// Remove the second of a field written twice with the same value.
    RemoveRepeated(String),
    /// Replace an offer's crebo, in the offer and in its references.
    ReplaceCrebo {
        old: String,
        new: String,
        references: usize,
    },
}

impl FixText {
    pub fn render(&self, lang: crate::Lang) -> String {
        match self {
            FixText::Write(r) => crate::fl!(lang, "fix-write", text = r),
            FixText::RemoveRepeated(f) => crate::fl!(lang, "fix-remove-repeated", field = f),
            FixText::ReplaceCrebo {
                old,
                new,
                references,
            } => crate::fl!(
                lang,
                "fix-replace-crebo",
                old = old,
                new = new,
                count = *references
            ),
        }
    }
}

/// A correction of one finding: edits that do not overlap, usually in one
/// file. A fix whose edits are in several files (C212: an offer and the
/// pathways that name it) is applied whole or not at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub applicability: Applicability,
    /// What the fix does, for people ("write `waalhaven`").
    pub description: FixText,
    pub edits: Vec<Edit>,
}

impl Fix {
    /// One replacement, certainly right.
    pub fn replace(span: Span, replacement: impl Into<String>, sure: bool) -> Fix {
        let replacement = replacement.into();
        Fix {
            applicability: if sure {
                Applicability::MachineApplicable
            } else {
                Applicability::MaybeIncorrect
            },
            description: FixText::Write(replacement.clone()),
            edits: vec![Edit { span, replacement }],
        }
    }

    pub fn is_machine_applicable(&self) -> bool {
        self.applicability == Applicability::MachineApplicable
    }
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: impl Into<Message>) -> Diagnostic {
        Diagnostic {
            code,
            span,
            message: message.into(),
            label: None,
            labels: ThinVec::new(),
            help: None,
            keys: Keys::default(),
            level: code.info().default_level,
            fixes: ThinVec::new(),
            subject: Subject::None,
        }
    }

    pub fn subject(mut self, subject: Subject) -> Self {
        self.subject = subject;
        self
    }

    pub fn label(mut self, msg: impl Into<Message>) -> Self {
        self.label = Some(Box::new(msg.into()));
        self
    }

    pub fn with_label(mut self, span: Span, message: impl Into<Message>) -> Self {
        // Most findings have one label: room for one, not the four a first
        // push makes (120 bytes more for each of tens of thousands).
        if self.labels.capacity() == 0 {
            self.labels.reserve_exact(1);
        }
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn help(mut self, msg: impl Into<Message>) -> Self {
        self.help = Some(msg.into());
        self
    }

    pub fn fix(mut self, fix: Fix) -> Self {
        if self.fixes.capacity() == 0 {
            self.fixes.reserve_exact(1);
        }
        self.fixes.push(fix);
        self
    }

    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.keys.push(&key.into());
        self
    }
}

/// Shortens text for a message (a 2M-character identifier must not be
/// printed whole), cutting at a character boundary.
pub fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// An item kind as a word of a message: "programme" ("opleiding").
pub fn kind_name(kind: ItemKind) -> Message {
    msg!("kind", kind = kind.keyword())
}

/// "a track", "an offer" (Dutch: "een leerweg"): `name` with its article,
/// which `key` (a kind's keyword, or `member`, `node`, ...) chooses.
pub fn a_kind(name: impl Into<Arg>, key: &'static str) -> Message {
    msg!("a-kind", kind = key, name = name)
}

#[cfg(test)]
mod tests {
    /// Keys read back as they were written, whatever their length.
    #[test]
    fn keys_read_back() {
        let long = "x".repeat(70_000);
        let mut keys = super::Keys::default();
        assert!(keys.is_empty());
        assert_eq!(keys.iter().count(), 0);
        for k in ["olympia.pie-kb", "", "é€", long.as_str(), "25263"] {
            keys.push(k);
        }
        let read: Vec<&str> = keys.iter().collect();
        assert_eq!(read, ["olympia.pie-kb", "", "é€", long.as_str(), "25263"]);
        assert_eq!(keys.len(), 5);
        assert_eq!(format!("{:?}", super::Keys::default()), "[]");
    }

    /// A national plan's findings are kept until they are sorted and
    /// printed: tens of thousands, each with a few messages and keys.
    #[test]
    fn findings_stay_small() {
        use std::mem::size_of;
        assert!(
            size_of::<super::Message>() <= 24,
            "{}",
            size_of::<super::Message>()
        );
        assert!(size_of::<super::Arg>() <= 24, "{}", size_of::<super::Arg>());
        assert!(
            size_of::<super::Diagnostic>() <= 120,
            "{}",
            size_of::<super::Diagnostic>()
        );
    }
}
