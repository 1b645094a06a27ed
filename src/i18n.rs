//! The translation layer: every user-facing sentence of a finding lives in
//! `locales/<lang>/leerlijn.ftl` (Project Fluent syntax), one file per
//! language, so that the wording can be corrected without reading Rust.
//! Rust code passes a message id and named variables; [`fl!`](crate::fl) looks the id
//! up in the run's language.
//!
//! `tests/translations.rs` proves that both files hold the same ids with the
//! same variables and that every id is used by the code.

use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use crate::Lang;

mod fast;
pub mod json;

/// Whether Fluent wraps variables in Unicode isolation marks. Plain text:
/// the output goes to terminals, JSON and snapshots, where the marks would
/// only be noise. (The direct walk in `fast` follows the same setting.)
const USE_ISOLATING: bool = false;

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
        b.set_use_isolating(USE_ISOLATING);
        // The files are compiled in and tests/translations.rs parses them,
        // so an error here is a bug found by every test run.
        let res = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errs)| panic!("locales/{tag}/leerlijn.ftl: {errs:?}"));
        b.add_resource(res)
            .unwrap_or_else(|errs| panic!("locales/{tag}/leerlijn.ftl: {errs:?}"));
        b
    })
}

type Pattern = fluent_syntax::ast::Pattern<&'static str>;

/// The pattern of message `id` in `lang`. The ids of [`Message`]s are
/// string constants, so a small table keyed by where the id lives answers
/// again without hashing the id: a national plan words tens of thousands of
/// messages from a few dozen ids. A collision only costs a bundle lookup.
/// With the pattern, whether all its text (every variant's too) can stand
/// in a JSON string as it is.
fn pattern(lang: Lang, id: &'static str) -> Option<(&'static Pattern, bool)> {
    type Slot = Option<(usize, usize, Lang, &'static Pattern, bool)>;
    const SLOTS: usize = 512;
    thread_local! {
        static SEEN: std::cell::RefCell<[Slot; SLOTS]> =
            const { std::cell::RefCell::new([None; SLOTS]) };
    }
    let (at, len) = (id.as_ptr() as usize, id.len());
    // Fibonacci hashing: ids lie side by side in the binary.
    let slot = (at.wrapping_add(len) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55;
    let slot = slot as usize % SLOTS;
    let hit = SEEN.with_borrow(|seen| match seen[slot] {
        Some((a, l, g, p, clean)) if a == at && l == len && g == lang => Some((p, clean)),
        _ => None,
    });
    if hit.is_some() {
        return hit;
    }
    let p = bundle(lang).get_message(id).and_then(|m| m.value())?;
    let clean = fast::text_is_clean(p);
    SEEN.with_borrow_mut(|seen| seen[slot] = Some((at, len, lang, p, clean)));
    Some((p, clean))
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

// ---------------------------------------------------------------------------
// Messages as data (docs/decisions.md, "A finding's message is data").
// ---------------------------------------------------------------------------

/// A sentence still to be written: a message id of the translation files
/// and its typed variables. Checks and stages build it beside the finding
/// it words (`msg!`); [`Message::render`] writes it in the run's language,
/// straight from the Fluent files. It holds IDs and numbers, never text in
/// a language, so a finding stays data until it is printed. A check whose
/// findings are many may keep its own record of a finding instead
/// ([`Message::lazy`]), which is worded into variables only when printed.
pub struct Message(Repr);

enum Repr {
    Worded(Worded),
    Lazy(Box<dyn Wording>),
}

/// A finding's message as the check's own record ([`Message::lazy`]): a
/// national plan has tens of thousands of C201 findings, and a record of
/// what one names takes a third of the memory of its message's variables.
pub trait Wording: CloneWording + std::fmt::Debug + Send + Sync {
    /// The message, with its variables.
    fn message(&self) -> Message;
}

/// Cloning a boxed [`Wording`]; implemented for every `Clone` one.
pub trait CloneWording {
    fn clone_wording(&self) -> Box<dyn Wording>;
}

impl<T: Wording + Clone + 'static> CloneWording for T {
    fn clone_wording(&self) -> Box<dyn Wording> {
        Box::new(self.clone())
    }
}

/// A message id and its variables.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Worded {
    // The id and each name a thin reference to the literal `msg!` writes,
    // and the variables a boxed slice, not a `Vec`: a message is 24 bytes,
    // not 40, and a variable 32, not 40. A national plan's findings hold
    // hundreds of thousands.
    id: &'static &'static str,
    args: Box<[(&'static &'static str, Arg)]>,
}

impl Clone for Message {
    fn clone(&self) -> Message {
        Message(match &self.0 {
            Repr::Worded(w) => Repr::Worded(w.clone()),
            Repr::Lazy(l) => Repr::Lazy(l.clone_wording()),
        })
    }
}

/// Two messages are equal when they say the same, however they are kept.
impl PartialEq for Message {
    fn eq(&self, other: &Message) -> bool {
        *self.worded() == *other.worded()
    }
}

impl Eq for Message {}

impl std::hash::Hash for Message {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.worded().hash(state);
    }
}

impl std::fmt::Debug for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let w = self.worded();
        f.debug_struct("Message")
            .field("id", &w.id)
            .field("args", &w.args)
            .finish()
    }
}

/// A variable of a [`Message`].
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Text shown as it is: an ID, a title, a selector's key.
    // Boxed strs and slices, not `String`s and `Vec`s: an argument is 24
    // bytes instead of 40, and a national plan's findings hold hundreds of
    // thousands of them until they are printed.
    Text(Box<str>),
    /// A fixed selector key or plan word (`yes`, `school`, `none`).
    Word(&'static str),
    /// A number: a level, a year, a count, a crebo code.
    Num(i64),
    /// Plan text in backquotes: `` `olympia.pie-kb` ``.
    Quoted(Box<str>),
    /// Another message, written in the same language.
    Msg(Box<Message>),
    /// Items joined the way the language joins a list.
    List(Join, Box<[Arg]>),
}

/// How a [`Arg::List`] is joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Join {
    /// `a, b and c` (`a, b en c`).
    And,
    /// `a, b or c` (`a, b of c`).
    Or,
    /// `a; b; c`, the same in every language.
    Semicolon,
    /// `a → b → c`, a path, the same in every language.
    Arrow,
}

impl Join {
    /// What stands between the items of a list joined the same way in
    /// every language.
    fn separator(self) -> Option<&'static str> {
        match self {
            Join::Semicolon => Some("; "),
            Join::Arrow => Some(" → "),
            Join::And | Join::Or => None,
        }
    }
}

/// At most this many items of a list that grows with the plan (the
/// members of a cycle) are named in a message; the rest are counted
/// ([`Arg::few`]). A hostile plan's cycle of 50,000 offers was a message
/// of half a megabyte.
pub const LISTED: usize = 20;

impl Message {
    /// The message `id` (`&"id"`) without variables (`msg!` adds them).
    pub fn new(id: &'static &'static str) -> Message {
        Message(Repr::Worded(Worded {
            id,
            args: Box::new([]),
        }))
    }

    /// A message kept as `record` until it is printed ([`Wording`]).
    pub fn lazy(record: impl Wording + 'static) -> Message {
        Message(Repr::Lazy(Box::new(record)))
    }

    /// The message `id` with its variables (what `msg!` writes).
    pub fn with_args(
        id: &'static &'static str,
        args: Vec<(&'static &'static str, Arg)>,
    ) -> Message {
        Message(Repr::Worded(Worded {
            id,
            args: args.into_boxed_slice(),
        }))
    }

    /// The id and variables, worded now if the message is a record.
    pub(crate) fn worded(&self) -> std::borrow::Cow<'_, Worded> {
        match &self.0 {
            Repr::Worded(w) => std::borrow::Cow::Borrowed(w),
            Repr::Lazy(l) => std::borrow::Cow::Owned(l.message().into_worded()),
        }
    }

    fn into_worded(self) -> Worded {
        match self.0 {
            Repr::Worded(w) => w,
            Repr::Lazy(l) => l.message().into_worded(),
        }
    }

    /// Adds the variable `name` (`&"name"`), to a message `msg!` made.
    pub fn arg(self, name: &'static &'static str, value: impl Into<Arg>) -> Message {
        let w = self.into_worded();
        let mut args = w.args.into_vec();
        args.push((name, value.into()));
        Message::with_args(w.id, args)
    }

    /// The message id in the translation files.
    pub fn id(&self) -> &'static str {
        self.worded().id
    }

    /// The one renderer: the message in `lang`, its variables filled in
    /// (nested messages and lists first, in the same language).
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.render_into(lang, &mut out);
        out
    }

    /// [`Message::render`], appended to `out`: the emitters reuse one
    /// buffer for every finding. The pattern is walked directly (`fast`)
    /// and only a pattern that walk does not handle goes through
    /// fluent-bundle, with the same text as the result.
    pub fn render_into(&self, lang: Lang, out: &mut String) {
        self.worded().write(lang, out, false);
    }

    /// [`Message::render_into`], escaped as the content of a JSON string:
    /// only the variables are looked at, the translations' own text is
    /// known to need no escaping (else it is escaped too).
    pub fn render_json_into(&self, lang: Lang, out: &mut String) {
        self.worded().write(lang, out, true);
    }

    /// The message worded by fluent-bundle alone.
    #[cfg(test)]
    fn render_fluent(&self, lang: Lang) -> String {
        self.worded().render_fluent(lang)
    }
}

impl Worded {
    fn write(&self, lang: Lang, out: &mut String, json: bool) {
        let Some((pattern, clean)) = pattern(lang, self.id) else {
            debug_assert!(false, "no message `{}` for {lang:?}", self.id);
            json::push(out, self.id, json);
            return;
        };
        let start = out.len();
        let escape = fast::Escape {
            vars: json,
            text: json && !clean,
        };
        if fast::write(pattern, self, lang, out, escape).is_none() {
            out.truncate(start);
            json::push(out, &self.render_fluent(lang), json);
        }
    }

    /// The variable `name` as fluent-bundle would see it (the last one set).
    fn var(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .rev()
            .find(|(n, _)| **n == name)
            .map(|(_, v)| v)
    }

    /// The message worded by fluent-bundle alone.
    fn render_fluent(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return message(lang, self.id, None);
        }
        let mut args = FluentArgs::with_capacity(self.args.len());
        for (name, value) in &self.args {
            args.set(**name, value.value(lang));
        }
        message(lang, self.id, Some(&args))
    }
}

impl Arg {
    fn value(&self, lang: Lang) -> fluent_bundle::FluentValue<'_> {
        match self {
            Arg::Text(s) => (&**s).into(),
            Arg::Word(s) => (*s).into(),
            Arg::Num(n) => (*n).into(),
            _ => self.text(lang).into(),
        }
    }

    /// [`Arg::text`], appended to `out` (escaped for JSON when `json`).
    fn write_text(&self, lang: Lang, out: &mut String, json: bool) {
        match self {
            Arg::Text(s) => json::push(out, s, json),
            Arg::Word(s) => json::push(out, s, json),
            Arg::Quoted(s) => {
                out.push('`');
                json::push(out, s, json);
                out.push('`');
            }
            Arg::Num(n) => push_decimal(out, *n),
            Arg::Msg(m) => m.worded().write(lang, out, json),
            // As `text` joins them, each item written in place; the
            // language's own words go through `list-and` / `list-or`.
            Arg::List(_, items) if items.is_empty() => {}
            Arg::List(_, items) if items.len() == 1 => items[0].write_text(lang, out, json),
            Arg::List(join, items) if join.separator().is_some() => {
                let separator = join.separator().unwrap_or_default();
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        json::push(out, separator, json);
                    }
                    item.write_text(lang, out, json);
                }
            }
            Arg::List(join, items) => {
                let (last, init) = items.split_last().expect("two items or more");
                let id: &'static &'static str = match join {
                    Join::And => &"list-and",
                    _ => &"list-or",
                };
                // Straight into `out` when the language's pattern is plain
                // text around `head` and `last` (it is in both files).
                let start = out.len();
                if pattern(lang, id).is_some_and(|(p, clean)| {
                    let escape = fast::Escape {
                        vars: json,
                        text: json && !clean,
                    };
                    fast::write_join(p, init, last, lang, out, escape).is_some()
                }) {
                    return;
                }
                out.truncate(start);
                // The parts as text; the list message escapes them once.
                let mut head = String::new();
                for (i, item) in init.iter().enumerate() {
                    if i > 0 {
                        head.push_str(", ");
                    }
                    item.write_text(lang, &mut head, false);
                }
                let mut tail = String::new();
                last.write_text(lang, &mut tail, false);
                Worded {
                    id,
                    args: Box::new([(&"head", Arg::from(head)), (&"last", Arg::from(tail))]),
                }
                .write(lang, out, json);
            }
        }
    }

    /// The variable as text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Arg::Text(s) => s.to_string(),
            Arg::Word(s) => (*s).to_string(),
            Arg::Num(n) => n.to_string(),
            Arg::Quoted(s) => format!("`{s}`"),
            Arg::Msg(m) => m.render(lang),
            Arg::List(join, items) => {
                let items: Vec<String> = items.iter().map(|a| a.text(lang)).collect();
                match join {
                    Join::And => and_list(&items, lang),
                    Join::Or => or_list(&items, lang),
                    Join::Semicolon | Join::Arrow => {
                        items.join(join.separator().unwrap_or_default())
                    }
                }
            }
        }
    }

    /// `` `a`, `b` and `c` ``: names in backquotes, an and-list.
    pub fn and_quoted(items: &[String]) -> Arg {
        Arg::List(
            Join::And,
            items
                .iter()
                .map(|s| Arg::Quoted(s.as_str().into()))
                .collect(),
        )
    }

    /// `` `a`, `b` or `c` ``.
    pub fn or_quoted(items: &[String]) -> Arg {
        Arg::List(
            Join::Or,
            items
                .iter()
                .map(|s| Arg::Quoted(s.as_str().into()))
                .collect(),
        )
    }

    /// An and-list of anything.
    pub fn and<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(Join::And, items.into_iter().map(Into::into).collect())
    }

    /// An or-list of anything.
    pub fn or<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(Join::Or, items.into_iter().map(Into::into).collect())
    }

    /// `items` joined by `join`, the first [`LISTED`] of them: the rest are
    /// counted in a last item (`and 49980 more`).
    pub fn few(join: Join, items: impl ExactSizeIterator<Item = Arg>) -> Arg {
        let more = items.len().saturating_sub(LISTED);
        let mut list: Vec<Arg> = items.take(LISTED).collect();
        if more > 0 {
            list.push(Arg::Msg(Box::new(crate::msg!("list-more", count = more))));
        }
        Arg::List(join, list.into())
    }

    /// Items joined by `; `, the same in every language.
    pub fn semicolons<T: Into<Arg>>(items: impl IntoIterator<Item = T>) -> Arg {
        Arg::List(Join::Semicolon, items.into_iter().map(Into::into).collect())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s.into_boxed_str())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.as_str().into())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.into())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

macro_rules! num_arg {
    ($($t:ty),*) => { $(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(n as i64)
            }
        }
    )* };
}
num_arg!(u8, u16, u32, u64, usize, i32, i64);

impl Lang {
    /// The language's tag (`en`, `nl`), as HTML's `lang` attribute wants it.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }
}

/// English, so that a [`Message`] found before the run's language is
/// settled (a config error, a command-line value) is also a plain error.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for Message {}

/// `msg!("id")` or `msg!("id", name = value, ...)`: the [`Message`] `id`
/// with its variables (anything `Into<Arg>`), to be rendered later in the
/// run's language. `tests/translations.rs` reads the ids of every `msg!`.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Message::new(&$id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        // Sized once: a national plan words thousands of findings.
        $crate::i18n::Message::with_args(
            &$id,
            vec![$((&stringify!($name), ::core::convert::Into::<$crate::i18n::Arg>::into($value))),+],
        )
    };
}

/// What a file operation was doing when it failed, for [`io_error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Io {
    Read,
    Write,
}

/// A system error as the variable of a message, in the run's language:
/// the causes a plan writer meets (no permission, a full disk, a folder
/// that does not exist) in words instead of `Permission denied (os error
/// 13)`; any other as the system words it.
pub fn io_error(e: &std::io::Error, doing: Io) -> Arg {
    use std::io::ErrorKind;
    let message = match (e.kind(), doing) {
        (ErrorKind::NotFound, Io::Write) => crate::msg!("io-no-folder"),
        (ErrorKind::NotFound, Io::Read) => crate::msg!("io-gone"),
        (ErrorKind::PermissionDenied, _) => crate::msg!("io-permission-denied"),
        (ErrorKind::StorageFull, _) => crate::msg!("io-disk-full"),
        (ErrorKind::ReadOnlyFilesystem, _) => crate::msg!("io-read-only-file-system"),
        (ErrorKind::IsADirectory, _) => crate::msg!("io-is-a-folder"),
        _ => return Arg::Text(e.to_string().into()),
    };
    Arg::Msg(Box::new(message))
}

/// `n` in decimal, as `{n}` writes it, without going through `fmt`: the
/// emitters write tens of thousands of numbers.
pub fn push_decimal(out: &mut String, n: i64) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// `2026 (school year 2026–2027)`: a plan year as every message names it,
/// so that neither reading of "2026" is possible.
pub fn school_year(year: u32) -> Message {
    msg!("school-year", year = year, next = year + 1)
}

/// `2026–2030`.
pub fn year_range(first: u32, last: u32) -> Message {
    msg!("year-range", first = first, last = last)
}

/// `level 2` / `levels 1 and 2`.
pub fn levels(levels: &[u8]) -> Message {
    msg!(
        "levels",
        count = levels.len(),
        list = Arg::and(levels.iter().map(|&l| Arg::Num(l.into())))
    )
}

/// `yes` or `no`, for a selector in the translation files.
pub fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}
