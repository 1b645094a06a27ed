//! `leerlijn catalogue [TEXT] [--sector S] [--level N] [--format table|json]`:
//! searches the qualifications of the built-in prelude by crebo code or by
//! words of the name, ignoring case and accents (`coordinator` finds
//! `Coördinator`). Every word must match: a word of digits matches the
//! start of the crebo (or of its dossier's crebo), any other word a part of
//! the name. `--sector` matches through `includes`, so `--sector techniek`
//! finds every technical qualification.
//!
//! Exit status: 0 when something matched, 1 when nothing did, 2 for a bad
//! argument (an unknown sector).

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::ValueEnum;
use serde::Serialize;

use super::{LangArg, fatal, fold, lang_of, print};
use crate::Lang;
use crate::model::{Model, QualId, SectorId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CatalogueFormat {
    Table,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct Args {
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
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

/// The prelude's model, without running any check.
pub fn prelude_model() -> Model {
    let project = crate::project::from_memory(&[], true);
    let asts: Vec<_> = project
        .sources
        .files()
        .map(|(id, f)| crate::syntax::parse(id, &f.text).ast)
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

/// A search; `Err` names an unknown sector.
pub struct Query<'a> {
    pub words: &'a [String],
    pub sector: Option<&'a str>,
    pub level: Option<u8>,
}

pub fn search(model: &Model, q: &Query) -> Result<Vec<Hit>, String> {
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
    words.iter().all(|w| {
        if w.chars().all(|c| c.is_ascii_digit()) {
            crebo.starts_with(w.as_str())
                || (!dossier.is_empty() && dossier.starts_with(w.as_str()))
        } else {
            name.contains(w.as_str())
        }
    })
}

fn unknown_sector(model: &Model, name: &str) -> String {
    let close = crate::suggest::closest(name, model.sectors.iter().map(|s| s.name.as_str()));
    if close.is_empty() {
        format!("unknown sector `{name}`")
    } else {
        format!(
            "unknown sector `{name}`; did you mean {}?",
            close
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

pub fn table(hits: &[Hit], lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let head = if nl {
        ["crebo", "niveau", "naam", "dossier", "sector"]
    } else {
        ["crebo", "level", "name", "dossier", "sector"]
    };
    let rows: Vec<[String; 5]> = hits
        .iter()
        .map(|h| {
            [
                h.crebo.to_string(),
                h.level.map(|l| l.to_string()).unwrap_or_default(),
                match (h.successor, nl) {
                    (Some(s), false) => format!("{} (replaced by {s})", h.name),
                    (Some(s), true) => format!("{} (vervangen door {s})", h.name),
                    (None, _) => h.name.clone(),
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
    let mut widths = head.map(|h| h.chars().count());
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
    line(&mut out, &head);
    for r in &rows {
        let cells: Vec<&str> = r.iter().map(String::as_str).collect();
        line(&mut out, &cells);
    }
    let n = hits.len();
    let _ = writeln!(
        out,
        "{n} {}",
        match (nl, n == 1) {
            (true, true) => "kwalificatie",
            (true, false) => "kwalificaties",
            (false, true) => "qualification",
            (false, false) => "qualifications",
        }
    );
    out
}

pub fn run(args: Args) -> ExitCode {
    let lang = lang_of(args.lang);
    let model = prelude_model();
    let hits = match search(
        &model,
        &Query {
            words: &args.text,
            sector: args.sector.as_deref(),
            level: args.level,
        },
    ) {
        Ok(h) => h,
        Err(e) => return fatal(e),
    };
    match args.format {
        CatalogueFormat::Table => print(&table(&hits, lang)),
        CatalogueFormat::Json => {
            let mut s = serde_json::to_string_pretty(&hits).unwrap_or_default();
            s.push('\n');
            print(&s);
        }
    }
    if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
