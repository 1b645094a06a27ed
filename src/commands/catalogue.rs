//! `leerlijn catalogue [TEXT] [--sector S] [--level N] [--format table|json]`:
//! searches the qualifications of the built-in prelude by crebo code or by
//! words of the name, ignoring case and accents (`coordinator` finds
//! `Coördinator`). Every word must match: a word of digits matches the
//! start of the crebo (or of its dossier's crebo), any other word a part of
//! the name. `--sector` matches through `includes`, so `--sector techniek`
//! finds every technical qualification.
//!
//! A word also matches the ID or title of the qualification's sector and
//! the name of its kwalificatiedossier, so `metaal` finds every
//! qualification of the dossier Metaalbewerken.
//!
//! `--list sectors|profiles|subjects|tracks` lists those items of the
//! prelude with their IDs and titles (TEXT, if given, filters them the same
//! way), so a plan writer can find the ID to write.
//!
//! Exit status: 0 when something matched, 1 when nothing did, 2 for a bad
//! argument (an unknown sector).

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::ValueEnum;
use serde::Serialize;

use super::{LangArg, fold, lang_of, print};
use crate::model::{Model, QualId, SectorId};
use crate::{Lang, fl};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CatalogueFormat {
    Table,
    Json,
}

/// What `--list` lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListKind {
    Sectors,
    Profiles,
    Subjects,
    Tracks,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// List the prelude's sectors, profiles, subjects or tracks (IDs and
    /// titles) instead of qualifications
    #[arg(long, value_enum, value_name = "WHAT")]
    pub list: Option<ListKind>,
    /// A crebo code or words of the name (all must match)
    pub text: Vec<String>,
    /// Only this sector (or the sectors it includes), e.g. zorg-welzijn or techniek
    #[arg(long)]
    pub sector: Option<String>,
    /// Only this mbo level
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub level: Option<u8>,
    /// Output format
    #[arg(long, value_enum, default_value_t = CatalogueFormat::Table)]
    pub format: CatalogueFormat,
    /// Language of the table's headings
    #[arg(long, value_enum, ignore_case = true)]
    pub lang: Option<LangArg>,
}

/// The prelude's model, without running any check.
pub fn prelude_model() -> Model {
    let project = crate::project::from_memory(&[], true);
    let arena = crate::syntax::Arena::new();
    let asts: Vec<_> = project
        .sources
        .files()
        .map(|(id, f)| crate::syntax::parse(id, &f.text, &arena).ast)
        .collect();
    crate::resolve::resolve(&project.sources, &asts).model
}

/// One row of the result.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Hit {
    pub crebo: u32,
    pub name: String,
    pub level: Option<u8>,
    pub dossier: Option<u32>,
    pub dossier_name: Option<String>,
    pub sector: Option<String>,
    /// The crebo of the qualification that replaces it, if any: plan the
    /// current code.
    pub successor: Option<u32>,
}

/// `--sector` names no sector: the name and the closest sector IDs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownSector {
    pub name: String,
    pub close: Vec<String>,
}

/// A search; `Err` names an unknown sector.
pub struct Query<'a> {
    pub words: &'a [String],
    pub sector: Option<&'a str>,
    pub level: Option<u8>,
}

pub fn search(model: &Model, q: &Query) -> Result<Vec<Hit>, UnknownSector> {
    let sector: Option<SectorId> = match q.sector {
        None => None,
        Some(name) => Some(
            model
                .sectors
                .iter()
                .position(|s| s.name == name || s.name.eq_ignore_ascii_case(name))
                .map(|i| SectorId(i as u32))
                .ok_or_else(|| unknown_sector(model, name))?,
        ),
    };
    let words: Vec<String> = q
        .words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(fold)
        .collect();
    let mut hits: Vec<Hit> = model
        .qualifications
        .iter()
        .enumerate()
        .filter(|(_, qual)| q.level.is_none_or(|l| qual.level == Some(l)))
        .filter(|(_, qual)| {
            sector.is_none_or(|s| qual.sector.is_some_and(|own| model.sector_matches(s, own)))
        })
        .filter(|(i, _)| matches(model, QualId(*i as u32), &words))
        .map(|(_, qual)| {
            let dossier = qual.dossier.map(|d| model.dossier(d));
            Hit {
                crebo: qual.crebo,
                name: qual.title.clone().unwrap_or_default(),
                level: qual.level,
                dossier: dossier.map(|d| d.crebo),
                dossier_name: dossier.and_then(|d| d.title.clone()),
                sector: qual.sector.map(|s| model.sector(s).name.clone()),
                successor: qual.successor.map(|s| model.qual(s).crebo),
            }
        })
        .collect();
    hits.sort_by_key(|h| h.crebo);
    Ok(hits)
}

fn matches(model: &Model, id: QualId, words: &[String]) -> bool {
    let qual = model.qual(id);
    let name = fold(qual.title.as_deref().unwrap_or(""));
    let crebo = qual.crebo.to_string();
    let dossier = qual
        .dossier
        .map(|d| model.dossier(d).crebo.to_string())
        .unwrap_or_default();
    // Words also match the dossier's name and the sector's ID and title.
    let mut names = vec![name];
    if let Some(d) = qual.dossier {
        names.extend(model.dossier(d).title.as_deref().map(fold));
    }
    if let Some(s) = qual.sector {
        let sector = model.sector(s);
        names.push(fold(&sector.name));
        names.extend(sector.title.as_deref().map(fold));
    }
    words.iter().all(|w| {
        if w.chars().all(|c| c.is_ascii_digit()) {
            crebo.starts_with(w.as_str())
                || (!dossier.is_empty() && dossier.starts_with(w.as_str()))
        } else {
            names.iter().any(|n| n.contains(w.as_str()))
        }
    })
}

fn unknown_sector(model: &Model, name: &str) -> UnknownSector {
    let close = crate::suggest::closest(name, model.sectors.iter().map(|s| s.name.as_str()));
    UnknownSector {
        name: name.to_string(),
        close: close.iter().map(|c| c.to_string()).collect(),
    }
}

pub fn table(hits: &[Hit], lang: Lang) -> String {
    let head = [
        fl!(lang, "catalogue-crebo"),
        fl!(lang, "catalogue-level"),
        fl!(lang, "catalogue-name"),
        fl!(lang, "catalogue-dossier"),
        fl!(lang, "catalogue-sector"),
    ];
    let rows: Vec<[String; 5]> = hits
        .iter()
        .map(|h| {
            [
                h.crebo.to_string(),
                h.level.map(|l| l.to_string()).unwrap_or_default(),
                match h.successor {
                    Some(s) => fl!(
                        lang,
                        "catalogue-replaced",
                        name = h.name.as_str(),
                        successor = s
                    ),
                    None => h.name.clone(),
                },
                match (h.dossier, &h.dossier_name) {
                    (Some(c), Some(n)) => format!("{c} {n}"),
                    (Some(c), None) => c.to_string(),
                    _ => String::new(),
                },
                h.sector.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let mut widths = head.clone().map(|h| h.chars().count());
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let line = |out: &mut String, cells: &[&str]| {
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                l.push_str(c);
            } else {
                let pad = widths[i] - c.chars().count();
                let _ = write!(l, "{c}{}  ", " ".repeat(pad));
            }
        }
        out.push_str(l.trim_end());
        out.push('\n');
    };
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    line(&mut out, &head);
    for r in &rows {
        let cells: Vec<&str> = r.iter().map(String::as_str).collect();
        line(&mut out, &cells);
    }
    let n = hits.len();
    let _ = writeln!(out, "{}", fl!(lang, "catalogue-count", count = n));
    out
}

/// One item of `--list`.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Item {
    pub id: String,
    pub title: Option<String>,
}

/// The prelude's items of one kind, in prelude order, whose ID or title
/// contains every word (ignoring case and accents).
pub fn list(model: &Model, kind: ListKind, words: &[String]) -> Vec<Item> {
    let items: Vec<(&str, Option<&str>)> = match kind {
        ListKind::Sectors => model
            .sectors
            .iter()
            .map(|s| (s.name.as_str(), s.title.as_deref()))
            .collect(),
        ListKind::Profiles => model
            .profiles
            .iter()
            .map(|s| (s.name.as_str(), s.title.as_deref()))
            .collect(),
        ListKind::Subjects => model
            .subjects
            .iter()
            .map(|s| (s.name.as_str(), s.title.as_deref()))
            .collect(),
        ListKind::Tracks => model
            .tracks
            .iter()
            .map(|s| (s.name.as_str(), s.title.as_deref()))
            .collect(),
    };
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(fold)
        .collect();
    items
        .into_iter()
        .filter(|(id, title)| {
            let (id, title) = (fold(id), fold(title.unwrap_or("")));
            words
                .iter()
                .all(|w| id.contains(w.as_str()) || title.contains(w.as_str()))
        })
        .map(|(id, title)| Item {
            id: id.to_string(),
            title: title.map(str::to_string),
        })
        .collect()
}

/// `--list` as a table: ID and title, then the count.
pub fn list_table(items: &[Item], kind: ListKind, lang: Lang) -> String {
    let width = items
        .iter()
        .map(|i| i.id.chars().count())
        .max()
        .unwrap_or(0)
        .max(2);
    let mut out = format!("{:<width$}  {}\n", "id", fl!(lang, "catalogue-title"));
    for i in items {
        let line = format!("{:<width$}  {}", i.id, i.title.as_deref().unwrap_or(""));
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let kind = match kind {
        ListKind::Sectors => "sectors",
        ListKind::Profiles => "profiles",
        ListKind::Subjects => "subjects",
        ListKind::Tracks => "tracks",
    };
    let _ = writeln!(
        out,
        "{}",
        fl!(
            lang,
            "catalogue-list-count",
            kind = kind,
            count = items.len()
        )
    );
    out
}

pub fn run(args: Args) -> ExitCode {
    let lang = lang_of(args.lang);
    let model = prelude_model();
    if let Some(kind) = args.list {
        let items = list(&model, kind, &args.text);
        let text = match args.format {
            CatalogueFormat::Table => list_table(&items, kind, lang),
            CatalogueFormat::Json => {
                let mut s = serde_json::to_string_pretty(&items).unwrap_or_default();
                s.push('\n');
                s
            }
        };
        if let Err(code) = print(lang, &text) {
            return code;
        }
        return ExitCode::from(u8::from(items.is_empty()));
    }
    let hits = match search(
        &model,
        &Query {
            words: &args.text,
            sector: args.sector.as_deref(),
            level: args.level,
        },
    ) {
        Ok(h) => h,
        Err(e) => {
            let text = super::texts::Text::UnknownSector {
                name: &e.name,
                close: &e.close,
            };
            return super::texts::fatal(lang, text);
        }
    };
    let text = match args.format {
        CatalogueFormat::Table => table(&hits, lang),
        CatalogueFormat::Json => {
            let mut s = serde_json::to_string_pretty(&hits).unwrap_or_default();
            s.push('\n');
            s
        }
    };
    if let Err(code) = print(lang, &text) {
        return code;
    }
    if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
