//! leerlijn: checks regional vmbo → mbo education plans the way a compiler
//! checks code.
//!
//! The pipeline runs one way: source files → [`syntax`] (lexer, parser) →
//! [`resolve`] (names, values) → [`model`] (the typed plan) → [`graph`]
//! (the transition graph) → [`checks`] → [`diagnostics`] → [`emit`].

pub mod allocator;
pub mod analysis;
pub mod baseline;
pub mod checks;
pub mod cli;
pub mod codes;
pub mod collections;
pub mod commands;
pub mod config;
pub mod diagnostics;
pub mod emit;
pub mod fixes;
pub mod format;
pub mod graph;
pub mod i18n;
pub mod labour_market;
pub mod lsp;
pub mod model;
pub mod paths;
pub mod prelude;
pub mod project;
pub mod resolve;
pub mod scc;
pub mod schema;
pub mod source;
pub mod suggest;
pub mod syntax;
pub mod versions;
pub mod write;

/// The language of messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }

    /// `nl` when `LANG` starts with `nl`, else `en` (cli.md).
    pub fn from_env() -> Lang {
        match std::env::var("LANG") {
            Ok(v) if v.starts_with("nl") => Lang::Nl,
            _ => Lang::En,
        }
    }
}
