//! The translation layer: every user-facing sentence of a finding lives in
//! `locales/<lang>/leerlijn.ftl` (Project Fluent syntax), one file per
//! language, so that the wording can be corrected without reading Rust.
//! Rust code passes a message id and named variables; [`fl!`] looks the id
//! up in the run's language.
//!
//! `tests/translations.rs` proves that both files hold the same ids with the
//! same variables and that every id is used by the code.

use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use crate::Lang;

/// The English messages, as shipped.
pub const EN_FTL: &str = include_str!("../locales/en/leerlijn.ftl");
/// The Dutch messages, as shipped.
pub const NL_FTL: &str = include_str!("../locales/nl/leerlijn.ftl");

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static NL: OnceLock<Bundle> = OnceLock::new();
    let (cell, source, tag) = match lang {
        Lang::En => (&EN, EN_FTL, "en"),
        Lang::Nl => (&NL, NL_FTL, "nl"),
    };
    cell.get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = tag.parse().expect("a valid language tag");
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // Plain text: the output goes to terminals, JSON and snapshots, where
        // Unicode isolation marks around variables would only be noise.
        b.set_use_isolating(false);
        // The files are compiled in and tests/translations.rs parses them,
        // so an error here is a bug found by every test run.
        let res = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errs)| panic!("locales/{tag}/leerlijn.ftl: {errs:?}"));
        b.add_resource(res)
            .unwrap_or_else(|errs| panic!("locales/{tag}/leerlijn.ftl: {errs:?}"));
        b
    })
}

/// The message `id` in `lang`, with `args` filled in. A missing id or
/// variable is a bug in the code (the tests catch it); release builds then
/// show the id instead of panicking.
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "no message `{id}` for {lang:?}");
        return id.to_string();
    };
    let mut errors = Vec::new();
    let text = b.format_pattern(pattern, args, &mut errors);
    debug_assert!(errors.is_empty(), "message `{id}` ({lang:?}): {errors:?}");
    text.into_owned()
}

/// `fl!(lang, "id")` or `fl!(lang, "id", name = value, ...)`: the message
/// `id` in `lang` as a `String`. Values are numbers or strings (anything
/// `Into<FluentValue>`); strings are borrowed.
#[macro_export]
macro_rules! fl {
    ($lang:expr, $id:literal) => {
        $crate::i18n::message($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($lang, $id, Some(&args))
    }};
}

/// `a, b and c`: a list joined the way `lang` writes it.
pub fn and_list(items: &[String], lang: Lang) -> String {
    join(items, lang, "and")
}

/// `a, b or c`.
pub fn or_list(items: &[String], lang: Lang) -> String {
    join(items, lang, "or")
}

fn join(items: &[String], lang: Lang, kind: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let head = init.join(", ");
            match kind {
                "and" => fl!(lang, "list-and", head = head.as_str(), last = last.as_str()),
                _ => fl!(lang, "list-or", head = head.as_str(), last = last.as_str()),
            }
        }
    }
}

/// Each item in backquotes: `` `a` ``.
pub fn quoted(items: &[String]) -> Vec<String> {
    items.iter().map(|s| format!("`{s}`")).collect()
}

impl Lang {
    /// The language's tag (`en`, `nl`), as HTML's `lang` attribute wants it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }
}

/// A value of a [`Later`] sentence: text or a number (numbers choose
/// plural forms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LaterArg {
    Text(String),
    Number(i64),
    /// Words joined as "a, b or c" in the language of the sentence.
    OrList(Vec<String>),
    /// Words joined as "a, b and c".
    AndList(Vec<String>),
}

/// Words to be joined with "and" in the sentence's language.
pub struct AndList(pub Vec<String>);

impl From<AndList> for LaterArg {
    fn from(l: AndList) -> Self {
        LaterArg::AndList(l.0)
    }
}

/// Words to be joined with "or" in the sentence's language.
pub struct OrList(pub Vec<String>);

impl From<OrList> for LaterArg {
    fn from(l: OrList) -> Self {
        LaterArg::OrList(l.0)
    }
}

impl From<String> for LaterArg {
    fn from(s: String) -> Self {
        LaterArg::Text(s)
    }
}

impl From<&str> for LaterArg {
    fn from(s: &str) -> Self {
        LaterArg::Text(s.to_string())
    }
}

impl From<&String> for LaterArg {
    fn from(s: &String) -> Self {
        LaterArg::Text(s.clone())
    }
}

macro_rules! later_number {
    ($($t:ty),*) => {$(
        impl From<$t> for LaterArg {
            fn from(n: $t) -> Self {
                LaterArg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
later_number!(u8, u32, u64, usize, i64);

/// A sentence put in words later, when the run's language is known: a
/// message id and its variables. Errors found before the language is
/// settled (a config that sets `lang` itself, a command-line value) carry
/// one; `Display` is the English text, so a `Later` is also a plain error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Later {
    pub id: &'static str,
    pub args: Vec<(&'static str, LaterArg)>,
}

impl Later {
    /// The sentence in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return message(lang, self.id, None);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                LaterArg::Text(s) => args.set(*name, s.as_str()),
                LaterArg::Number(n) => args.set(*name, *n),
                LaterArg::OrList(words) => args.set(*name, or_list(words, lang)),
                LaterArg::AndList(words) => args.set(*name, and_list(words, lang)),
            }
        }
        message(lang, self.id, Some(&args))
    }
}

impl std::fmt::Display for Later {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Later {}

/// `later!("id")` or `later!("id", name = value, ...)`: a [`Later`]
/// sentence, to be rendered once the language is known.
#[macro_export]
macro_rules! later {
    ($id:literal) => {
        $crate::i18n::Later { id: $id, args: Vec::new() }
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Later {
            id: $id,
            args: vec![$( (stringify!($name), $crate::i18n::LaterArg::from($value)) ),+],
        }
    };
}
