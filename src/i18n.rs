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
