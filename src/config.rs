//! `leerlijn.toml`: found as cli.md says (the first PATH's directory or the
//! nearest parent that has one; `--config FILE` overrides), parsed with
//! serde + toml keeping spans. Every problem is one [`ConfigError`] that
//! names the file, line, column and key, suggests the closest key or check
//! name, and renders with miette against the config's source (exit 2).

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

use crate::codes::{self, Code, Level, REGISTRY};
use crate::i18n::{Arg, Message};
use crate::source::LineIndex;
use crate::{Lang, msg};

pub const FILE_NAME: &str = "leerlijn.toml";

/// The keys of the top level, in the documented order.
pub const KEYS: &[&str] = &[
    "std",
    "lang",
    "deny-warnings",
    "years",
    "levels",
    "min-cohort",
];

/// `leerlijn.toml` as written. The JSON Schema in
/// `schema/leerlijn.schema.json` is generated from this type.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
#[schemars(
    title = "leerlijn.toml",
    description = "Configuration of leerlijn, the checker for regional vmbo-mbo education plans (.pathway files). Command-line options override it."
)]
pub struct ConfigFile {
    /// Load the standard prelude: the national catalogue of tracks, sectors, profiles, subjects and mbo qualifications (default true; `--no-std` overrides).
    #[serde(default)]
    #[schemars(with = "bool")]
    pub std: Option<Spanned<bool>>,
    /// The language of messages (`--lang` overrides; default: `nl` when `LANG` starts with `nl`, else `en`).
    #[serde(default)]
    #[schemars(schema_with = "lang_schema")]
    pub lang: Option<Spanned<LangSetting>>,
    /// Warnings also fail the run, as `--deny warnings` (default false).
    #[serde(default)]
    #[schemars(with = "bool")]
    pub deny_warnings: Option<Spanned<bool>>,
    /// The plan's years as `FIRST..LAST`, school-year start years, inclusive, or one year `YEAR` (`--years` overrides; default: what the files imply).
    #[serde(default)]
    #[schemars(with = "String", pattern(r"^\s*[0-9]{4}\s*(\.\.\s*[0-9]{4}\s*)?$"))]
    pub years: Option<Spanned<String>>,
    /// The level of each check, by code (`C211`) or by name (`unreached-offer`). E codes are always errors and take no level.
    #[serde(default)]
    #[schemars(schema_with = "levels_schema")]
    pub levels: BTreeMap<Spanned<String>, Spanned<LevelSetting>>,
    /// The smallest yearly intake an offer should be able to count on (K602 small-cohort), an integer of at least 1 (default 12).
    #[serde(default)]
    #[schemars(with = "u32", range(min = 1))]
    pub min_cohort: Option<Spanned<i64>>,
}

/// A language of messages, in any case (`nl`, `NL`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum LangSetting {
    #[serde(alias = "EN", alias = "En", alias = "eN")]
    En,
    #[serde(alias = "NL", alias = "Nl", alias = "nL")]
    Nl,
}

/// `lang`: `en` or `nl` in any case; the enum first so editors complete it.
fn lang_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "description": "The language of messages (`--lang` overrides; default: `nl` when `LANG` starts with `nl`, else `en`). Case does not matter.",
        "anyOf": [
            { "type": "string", "enum": ["en", "nl"] },
            { "type": "string", "pattern": "^([eE][nN]|[nN][lL])$" }
        ]
    })
}

/// A check's level: `allow` turns the check off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum LevelSetting {
    Error,
    Warning,
    Info,
    Allow,
}

impl LevelSetting {
    pub fn level(self) -> Level {
        match self {
            LevelSetting::Error => Level::Error,
            LevelSetting::Warning => Level::Warning,
            LevelSetting::Info => Level::Info,
            LevelSetting::Allow => Level::Allow,
        }
    }
}

const LEVEL_NAMES: &[&str] = &["error", "warning", "info", "allow"];
const LANG_NAMES: &[&str] = &["en", "nl"];

/// `[levels]`: one optional property per check that takes a level, by code
/// and by name, so editors complete them; nothing else.
fn levels_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let level = generator.subschema_for::<LevelSetting>();
    let mut props = serde_json::Map::new();
    for c in REGISTRY.iter().filter(|c| !c.is_fixed()) {
        for key in [c.id(), c.name] {
            let mut s = level.clone();
            s.insert(
                "description".into(),
                format!(
                    "{} {} (default {}): {}",
                    c.id(),
                    c.name,
                    c.default_level,
                    c.summary(Lang::En)
                )
                .into(),
            );
            props.insert(key.to_string(), s.into());
        }
    }
    schemars::json_schema!({
        "type": "object",
        "description": "The level of each check, by code (`C211`) or by name (`unreached-offer`). E codes are always errors and take no level.",
        "properties": props,
        "additionalProperties": false,
    })
}

/// The JSON Schema (draft 7) of `leerlijn.toml`, as committed in
/// `schema/leerlijn.schema.json` (pretty-printed, ending in a newline).
pub fn json_schema() -> String {
    // Draft 7: what TOML editors (taplo, Even Better TOML) read.
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let mut schema = serde_json::Value::from(generator.into_root_schema_for::<ConfigFile>());
    // TOML has no null: state the real defaults instead of `Option`'s.
    if let Some(props) = schema["properties"].as_object_mut() {
        for (key, prop) in props.iter_mut() {
            if let Some(p) = prop.as_object_mut() {
                p.remove("default");
                match key.as_str() {
                    "std" => p.insert("default".into(), true.into()),
                    "deny-warnings" => p.insert("default".into(), false.into()),
                    _ => None,
                };
            }
        }
    }
    let mut s = serde_json::to_string_pretty(&schema).expect("the schema serialises");
    s.push('\n');
    s
}

/// The config after validation: what the command line merges with.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The file it came from, if any.
    pub path: Option<PathBuf>,
    pub std: Option<bool>,
    pub lang: Option<Lang>,
    pub deny_warnings: bool,
    pub years: Option<(u32, u32)>,
    /// Level overrides, in file order of their keys (sorted).
    pub levels: Vec<(Code, Level)>,
    /// `min-cohort` (K602), when given.
    pub min_cohort: Option<u32>,
}

/// Why the config could not be used (exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The config file as the user reached it.
    pub path: String,
    /// Its text, when it could be read.
    pub text: Option<String>,
    /// The byte range at fault.
    pub span: Option<Range<usize>>,
    /// The key at fault (`lang`, `levels.C211`), if any.
    pub key: Option<String>,
    /// What is wrong (without the location).
    pub message: Message,
    pub help: Option<Message>,
    /// The config's own `lang`, when the file could be read far enough to
    /// know it: its errors are then written in that language (unless
    /// `--lang` says otherwise).
    pub lang: Option<Lang>,
}

impl ConfigError {
    fn at(
        path: &str,
        text: &str,
        span: Range<usize>,
        key: Option<String>,
        message: Message,
    ) -> Box<ConfigError> {
        Box::new(ConfigError {
            path: path.to_string(),
            text: Some(text.to_string()),
            span: Some(span),
            key,
            message,
            help: None,
            lang: None,
        })
    }

    /// An error about the file as a whole (missing, unreadable).
    pub fn file(path: &str, message: Message) -> Box<ConfigError> {
        Box::new(ConfigError {
            path: path.to_string(),
            text: None,
            span: None,
            key: None,
            message,
            help: None,
            lang: None,
        })
    }

    fn help(mut self: Box<Self>, help: Message) -> Box<Self> {
        self.help = Some(help);
        self
    }

    /// The help line in `lang`.
    pub fn help_in(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|h| h.render(lang))
    }

    /// 1-based line and column of the fault.
    pub fn line_col(&self) -> Option<(u32, u32)> {
        let (text, span) = (self.text.as_ref()?, self.span.as_ref()?);
        let lc = LineIndex::new(text).line_col(text, span.start);
        Some((lc.line, lc.column))
    }

    /// The one-line headline in `lang`: `FILE:LINE:COL: key `K`: what is
    /// wrong`.
    pub fn headline(&self, lang: Lang) -> String {
        let mut s = match self.line_col() {
            Some((l, c)) => format!("{}:{l}:{c}: ", self.path),
            None => format!("{}: ", self.path),
        };
        if let Some(key) = &self.key {
            s.push_str(&crate::fl!(lang, "config-key", key = key.as_str()));
            s.push_str(": ");
        }
        s.push_str(&self.message.render(lang));
        s
    }

    /// What a config error stops a run with (cli.md: exit 2 "with one
    /// clear line on stderr"): the headline, which names the file, line,
    /// column and key, then the help, in `lang`.
    pub fn one_line(&self, lang: Lang) -> String {
        match self.help_in(lang) {
            Some(help) => format!("{}; {help}", self.headline(lang)),
            None => self.headline(lang),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.headline(Lang::En))
    }
}

impl std::error::Error for ConfigError {}

/// Where the config is: `explicit` if given, else `leerlijn.toml` in the
/// first PATH's directory (a file's parent) or its nearest parent that has
/// one. The path found is relative to the current directory when it lies
/// below it.
pub fn discover(first_path: &Path) -> Option<PathBuf> {
    let start = if first_path.is_dir() {
        first_path.to_path_buf()
    } else {
        first_path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    };
    let abs = crate::paths::absolute(&start);
    let cwd = std::env::current_dir()
        .ok()
        .map(|d| crate::paths::normalize(&d));
    for dir in abs.ancestors() {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            if let Some(rel) = cwd.as_ref().and_then(|c| candidate.strip_prefix(c).ok()) {
                return Some(rel.to_path_buf());
            }
            return Some(candidate);
        }
    }
    None
}

/// Reads and validates the config at `path`.
pub fn load(path: &Path) -> Result<Config, Box<ConfigError>> {
    let display = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        ConfigError::file(&display, msg!("config-unreadable", error = e.to_string()))
    })?;
    let mut config = parse(&display, &text)?;
    config.path = Some(path.to_path_buf());
    Ok(config)
}

/// Parses and validates config text; `path` is only used in messages.
pub fn parse(path: &str, text: &str) -> Result<Config, Box<ConfigError>> {
    parse_in(path, text).map_err(|mut e| {
        e.lang = own_lang(text);
        e
    })
}

/// The config's `lang`, if the text is TOML and sets a known language:
/// the language its own errors are written in.
fn own_lang(text: &str) -> Option<Lang> {
    let table = toml::de::DeTable::parse(text).ok()?;
    let value = table.get_ref().get("lang")?;
    Lang::parse(&value.get_ref().as_str()?.to_ascii_lowercase())
}

fn parse_in(path: &str, text: &str) -> Result<Config, Box<ConfigError>> {
    // 1. TOML syntax, with the spans of every key and value.
    let table = toml::de::DeTable::parse(text).map_err(|e| toml_error(path, text, &e, None))?;
    // 2. Names: every key known, every check named, every level and
    //    language one of the allowed words (so they get a suggestion).
    let mut values: Vec<(String, Range<usize>)> = Vec::new();
    for (key, value) in table.get_ref() {
        let name: &str = key.get_ref();
        if !KEYS.contains(&name) {
            let mut e = ConfigError::at(
                path,
                text,
                key.span(),
                Some(name.to_string()),
                msg!("config-unknown-key"),
            );
            e = match crate::suggest::closest(name, KEYS.iter().copied()).first() {
                Some(close) => e.help(msg!("config-did-you-mean", name = *close)),
                None => e.help(msg!("config-the-keys-are", keys = quoted(KEYS))),
            };
            return Err(e);
        }
        values.push((name.to_string(), value.span()));
        match name {
            "lang" => {
                if let Some(s) = value.get_ref().as_str() {
                    // Language names in any case (`NL`), as `--lang`.
                    let lower = s.to_ascii_lowercase();
                    let word = if LANG_NAMES.contains(&lower.as_str()) {
                        lower.as_str()
                    } else {
                        s
                    };
                    check_word(path, text, "lang", word, value.span(), LANG_NAMES)?;
                }
            }
            "levels" => {
                let Some(levels) = value.get_ref().as_table() else {
                    return Err(ConfigError::at(
                        path,
                        text,
                        value.span(),
                        Some("levels".into()),
                        msg!(
                            "config-levels-not-table",
                            found = value.get_ref().type_str()
                        ),
                    )
                    .help(msg!("config-help-levels-table")));
                };
                check_levels(path, text, levels, &mut values)?;
            }
            _ => {}
        }
    }
    // 3. Types, through serde; a type error is mapped back to its key.
    let file: ConfigFile = toml::from_str(text).map_err(|e| {
        let key = e.span().and_then(|s| {
            values
                .iter()
                .filter(|(_, r)| r.start <= s.start && s.end <= r.end)
                .min_by_key(|(_, r)| r.len())
                .map(|(k, _)| k.clone())
        });
        toml_error(path, text, &e, key)
    })?;
    // 4. Values that need more than a type.
    let mut config = Config {
        std: file.std.map(Spanned::into_inner),
        lang: file.lang.map(|l| match l.into_inner() {
            LangSetting::En => Lang::En,
            LangSetting::Nl => Lang::Nl,
        }),
        deny_warnings: file.deny_warnings.is_some_and(|d| *d.get_ref()),
        ..Config::default()
    };
    if let Some(years) = &file.years {
        config.years = Some(parse_years(years.get_ref()).map_err(|msg| {
            ConfigError::at(path, text, years.span(), Some("years".into()), msg)
                .help(msg!("config-help-years"))
        })?);
    }
    if let Some(n) = &file.min_cohort {
        match u32::try_from(*n.get_ref()) {
            Ok(v) if v >= 1 => config.min_cohort = Some(v),
            _ => {
                return Err(ConfigError::at(
                    path,
                    text,
                    n.span(),
                    Some("min-cohort".into()),
                    msg!("config-bad-min-cohort", value = n.get_ref().to_string()),
                )
                .help(msg!("config-help-min-cohort")));
            }
        }
    }
    let mut seen: Vec<(Code, String, Range<usize>)> = Vec::new();
    for (key, level) in &file.levels {
        // Known and not fixed: checked in step 2.
        let Some(info) = codes::lookup(key.get_ref()) else {
            continue;
        };
        if let Some((_, first, _)) = seen.iter().find(|(c, _, _)| *c == info.code) {
            return Err(ConfigError::at(
                path,
                text,
                key.span(),
                Some(format!("levels.{}", key.get_ref())),
                msg!(
                    "config-level-twice",
                    code = info.id(),
                    name = info.name,
                    first = first.as_str()
                ),
            )
            .help(msg!("config-help-keep-one")));
        }
        seen.push((info.code, key.get_ref().clone(), key.span()));
        config.levels.push((info.code, level.get_ref().level()));
    }
    Ok(config)
}

/// Checks `[levels]`: keys are check codes or names (not E codes), values
/// are level words. Records each value's span for type errors.
fn check_levels(
    path: &str,
    text: &str,
    levels: &toml::de::DeTable,
    values: &mut Vec<(String, Range<usize>)>,
) -> Result<(), Box<ConfigError>> {
    for (key, value) in levels {
        let name: &str = key.get_ref();
        let dotted = format!("levels.{name}");
        values.push((dotted.clone(), value.span()));
        let Some(info) = codes::lookup(name) else {
            let close = codes::suggest(name);
            let e = ConfigError::at(
                path,
                text,
                key.span(),
                Some(dotted),
                msg!("config-unknown-check", name = name),
            );
            return Err(if close.is_empty() {
                e.help(msg!("config-help-explain-list"))
            } else {
                e.help(msg!("config-did-you-mean-list", names = or_list(&close)))
            });
        };
        if info.is_fixed() {
            return Err(ConfigError::at(
                path,
                text,
                value.span(),
                Some(dotted),
                msg!("config-fixed-level", code = info.id(), name = info.name),
            )
            .help(msg!("config-help-fixed")));
        }
        if let Some(s) = value.get_ref().as_str() {
            check_word(path, text, &dotted, s, value.span(), LEVEL_NAMES)?;
        }
    }
    Ok(())
}

/// A string value that must be one of `allowed`.
fn check_word(
    path: &str,
    text: &str,
    key: &str,
    value: &str,
    span: Range<usize>,
    allowed: &[&str],
) -> Result<(), Box<ConfigError>> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let e = ConfigError::at(
        path,
        text,
        span,
        Some(key.to_string()),
        msg!("config-bad-word", value = value, allowed = or_list(allowed)),
    );
    Err(
        match crate::suggest::closest(value, allowed.iter().copied()).first() {
            Some(close) => e.help(msg!("config-did-you-mean", name = *close)),
            None => e.help(msg!("config-write-one-of", allowed = quoted(allowed))),
        },
    )
}

/// A toml (syntax or type) error, located.
fn toml_error(
    path: &str,
    text: &str,
    e: &toml::de::Error,
    key: Option<String>,
) -> Box<ConfigError> {
    let span = e.span().unwrap_or(0..0);
    let message = match key.as_deref() {
        // A value of the wrong type: said in the plan writer's words, with
        // the value as written.
        Some(k) => {
            let expected = match k {
                "std" | "deny-warnings" => "bool",
                "min-cohort" => "integer",
                _ => "text",
            };
            let written = text.get(span.clone()).unwrap_or("");
            let first_line = written.lines().next().unwrap_or("").trim();
            let found: String = first_line.chars().take(40).collect();
            msg!("config-wrong-type", expected = expected, found = found)
        }
        // Not TOML: toml's own words (English) are kept as a detail.
        None => msg!(
            "config-toml-syntax",
            detail = e.message().trim_end().to_string()
        ),
    };
    // toml says "duplicate key" without the key: it is the text it points at.
    let named = key.clone().or_else(|| {
        e.message()
            .starts_with("duplicate key")
            .then(|| text.get(span.clone()))
            .flatten()
            .map(|k| k.trim().trim_matches(['"', '\'', '[', ']']).to_string())
            .filter(|k| !k.is_empty() && !k.contains('\n'))
    });
    let mut err = ConfigError::at(path, text, span, named, message);
    if let Some(k) = key.as_deref() {
        let hint = match k {
            "std" | "deny-warnings" => Some(msg!("config-help-bool", key = k)),
            "lang" => Some(msg!("config-help-lang")),
            "years" => Some(msg!("config-help-years-type")),
            _ if k.starts_with("levels.") => Some(msg!(
                "config-help-level",
                check = &k["levels.".len()..],
                levels = quoted(LEVEL_NAMES)
            )),
            _ => None,
        };
        if let Some(h) = hint {
            err = err.help(h);
        }
    }
    err
}

/// A plan horizon: `A..B` (school-year start years, inclusive) or one
/// year `A` (= `A..A`), each in 1900–2200 with `A <= B`. The one parser for
/// `--years` (every command) and the config's `years`.
pub fn parse_years(s: &str) -> Result<(u32, u32), Message> {
    let year = |t: &str| -> Result<u32, Message> {
        match t.trim().parse::<u32>() {
            Ok(y) if (1900..=2200).contains(&y) => Ok(y),
            _ => Err(msg!("years-not-a-year", value = t.trim())),
        }
    };
    let Some((a, b)) = s.split_once("..") else {
        if s.trim().chars().all(|c| c.is_ascii_digit()) && !s.trim().is_empty() {
            let y = year(s)?;
            return Ok((y, y));
        }
        return Err(msg!("years-not-a-range", value = s));
    };
    let (a, b) = (year(a)?, year(b)?);
    if a > b {
        return Err(msg!("years-backwards", first = a, last = b));
    }
    Ok((a, b))
}

/// A check named on the command line (`--select`, `--ignore`, `--level`)
/// by code in any case or by name; an unknown one is an error with the
/// closest names, as in `[levels]`.
pub fn parse_check(name: &str) -> Result<Code, Message> {
    let name = name.trim();
    match codes::lookup(name) {
        Some(info) => Ok(info.code),
        None => {
            let close = codes::suggest(name);
            Err(if close.is_empty() {
                msg!("arg-unknown-check", name = name)
            } else {
                msg!(
                    "arg-unknown-check-close",
                    name = name,
                    close = or_list(&close)
                )
            })
        }
    }
}

/// `--level CODE=LEVEL`: validated as a `[levels]` line is (a known check
/// that is not an E code, one of the level words).
pub fn parse_level_arg(s: &str) -> Result<(Code, Level), Message> {
    let Some((name, level)) = s.split_once('=') else {
        return Err(msg!("arg-level-shape", value = s));
    };
    let code = parse_check(name)?;
    let info = code.info();
    if info.is_fixed() {
        return Err(msg!("arg-level-fixed", code = info.id(), name = info.name));
    }
    let word = level.trim().to_ascii_lowercase();
    let level = match word.as_str() {
        "error" => LevelSetting::Error,
        "warning" => LevelSetting::Warning,
        "info" => LevelSetting::Info,
        "allow" => LevelSetting::Allow,
        _ => {
            let close = crate::suggest::closest(&word, LEVEL_NAMES.iter().copied());
            return Err(match close.first() {
                Some(c) => msg!("arg-bad-level-close", level = level.trim(), close = *c),
                None => msg!(
                    "arg-bad-level",
                    level = level.trim(),
                    allowed = or_list(LEVEL_NAMES)
                ),
            });
        }
    };
    Ok((code, level.level()))
}

fn quoted(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("`{w}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The words in backquotes, joined with "or" in the language they are
/// shown in.
fn or_list(words: &[&str]) -> Arg {
    Arg::or(words.iter().map(|w| Arg::Quoted((*w).into())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> Box<ConfigError> {
        parse("leerlijn.toml", text).expect_err("config is invalid")
    }

    #[test]
    fn full_config() {
        let c = parse(
            "leerlijn.toml",
            "std = false\nlang = \"nl\"\ndeny-warnings = true\nyears = \"2025..2030\"\n\n[levels]\nD301 = \"warning\"\noverlapping-offer = \"error\"\nC211 = \"allow\"\n",
        )
        .unwrap();
        assert_eq!(c.std, Some(false));
        assert_eq!(c.lang, Some(Lang::Nl));
        assert!(c.deny_warnings);
        assert_eq!(c.years, Some((2025, 2030)));
        let mut levels = c.levels.clone();
        levels.sort();
        assert_eq!(
            levels,
            vec![
                (Code::C211, Level::Allow),
                (Code::D301, Level::Warning),
                (Code::D302, Level::Error)
            ]
        );
    }

    #[test]
    fn one_year_and_language_names_in_any_case() {
        let c = parse("leerlijn.toml", "years = \"2026\"\nlang = \"NL\"\n").unwrap();
        assert_eq!(c.years, Some((2026, 2026)));
        assert_eq!(c.lang, Some(Lang::Nl));
        let c = parse("leerlijn.toml", "lang = \"En\"\n").unwrap();
        assert_eq!(c.lang, Some(Lang::En));
        let e = err("lang = \"NLD\"\n");
        assert_eq!(e.help_in(Lang::En).as_deref(), Some("did you mean `nl`?"));
        assert_eq!(parse_years(" 2025 "), Ok((2025, 2025)));
        assert_eq!(parse_years("2025..2030"), Ok((2025, 2030)));
        assert!(parse_years("1800").is_err());
        assert!(parse_years("").is_err());
        assert!(parse_years("2030..2025").is_err());
    }

    #[test]
    fn level_arguments_are_checked_as_levels_lines() {
        assert_eq!(
            parse_level_arg("unreached-offer=Allow"),
            Ok((Code::C211, Level::Allow))
        );
        assert_eq!(
            parse_level_arg("c211=error"),
            Ok((Code::C211, Level::Error))
        );
        assert!(
            parse_level_arg("E101=warning")
                .unwrap_err()
                .to_string()
                .contains("always an error")
        );
        assert!(
            parse_level_arg("C211")
                .unwrap_err()
                .to_string()
                .contains("CODE=LEVEL")
        );
        assert_eq!(
            parse_level_arg("C211=eror").unwrap_err().to_string(),
            "bad level `eror`; did you mean `error`?"
        );
        assert_eq!(
            parse_level_arg("C211=eror").unwrap_err().render(Lang::Nl),
            "onbekend niveau `eror`; bedoel je `error`?"
        );
        assert!(parse_check("C999").is_err());
        assert_eq!(parse_check("overlapping-offer"), Ok(Code::D302));
    }

    #[test]
    fn codes_in_any_case_and_dotted_keys() {
        let c = parse("leerlijn.toml", "levels.c211 = \"allow\"\n").unwrap();
        assert_eq!(c.levels, vec![(Code::C211, Level::Allow)]);
    }

    #[test]
    fn unknown_key_suggests() {
        let e = err("std = true\nlnag = \"nl\"\n");
        assert_eq!(e.line_col(), Some((2, 1)));
        assert_eq!(e.key.as_deref(), Some("lnag"));
        assert_eq!(e.help_in(Lang::En).as_deref(), Some("did you mean `lang`?"));
        assert!(
            e.headline(Lang::En)
                .starts_with("leerlijn.toml:2:1: key `lnag`")
        );
        // The same error in Dutch, as `lang = "nl"` or `--lang nl` asks.
        assert_eq!(
            e.headline(Lang::Nl),
            "leerlijn.toml:2:1: sleutel `lnag`: onbekende sleutel"
        );
        assert_eq!(e.help_in(Lang::Nl).as_deref(), Some("bedoel je `lang`?"));
    }

    #[test]
    fn unknown_check_suggests() {
        let e = err("[levels]\noverlaping-offer = \"error\"\n");
        assert_eq!(e.line_col(), Some((2, 1)));
        assert_eq!(
            e.help_in(Lang::En).as_deref(),
            Some("did you mean `overlapping-offer` or `overlapping-dossier`?")
        );
    }

    #[test]
    fn bad_values() {
        let e = err("[levels]\nC211 = \"eror\"\n");
        assert_eq!(e.line_col(), Some((2, 8)));
        assert_eq!(
            e.help_in(Lang::En).as_deref(),
            Some("did you mean `error`?")
        );
        let e = err("[levels]\nE101 = \"warning\"\n");
        assert_eq!(e.key.as_deref(), Some("levels.E101"));
        let message = e.message.to_string();
        assert!(message.contains("always an error"), "{message}");
        let e = err("std = \"yes\"\n");
        assert_eq!(e.key.as_deref(), Some("std"));
        assert_eq!(e.line_col(), Some((1, 7)));
        let e = err("years = \"2030..2025\"\n");
        assert_eq!(e.key.as_deref(), Some("years"));
        let e = err("[levels]\nD301 = 3\n");
        assert_eq!(e.key.as_deref(), Some("levels.D301"));
        let e = err("levels = 3\n");
        assert_eq!(e.key.as_deref(), Some("levels"));
        let e = err("[levels]\nD301 = \"info\"\nduplicate-offer = \"error\"\n");
        let message = e.message.to_string();
        assert!(message.contains("twice"), "{message}");
    }

    #[test]
    fn errors_are_in_the_configs_own_language() {
        let e = err("lang = \"nl\"\nstd = \"ja\"\n");
        assert_eq!(e.lang, Some(Lang::Nl));
        assert_eq!(e.line_col(), Some((2, 7)));
        assert_eq!(
            e.headline(Lang::Nl),
            "leerlijn.toml:2:7: sleutel `std`: hier hoort `true` of `false`, maar er staat `\"ja\"`"
        );
        assert_eq!(
            e.help_in(Lang::Nl).as_deref(),
            Some("schrijf `std = true` of `std = false`")
        );
        let e = err("lang = \"en\"\nlnag = 1\n");
        assert_eq!(e.lang, Some(Lang::En));
        // Not TOML: no language can be read from it.
        assert_eq!(err("lang = \"nl\"\nstd = \n").lang, None);
    }

    #[test]
    fn syntax_error_located() {
        let e = err("std = \n");
        assert_eq!(e.line_col().map(|(l, _)| l), Some(1));
        assert!(e.key.is_none());
    }
}
