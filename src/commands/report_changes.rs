//! `report --against REV`: the section "What changes since REV" at the top
//! of the review page. Per region: the coverage matrix before and after
//! (demanded sectors × plan years, changed cells marked), the programmes
//! that lose or gain routes, and the offers withdrawn. The V findings
//! themselves join the page's findings.

use maud::{Markup, html};

use super::{Loaded, ProjectArgs};
use crate::analysis::{CheckOptions, Levels};
use crate::{Lang, fl};
use std::process::ExitCode;

use crate::project::{find_files, from_bytes, load};
use crate::versions::{self, Date, RegionChange, VersionOptions};

/// CSS of the section (appended to the page's style sheet).
pub const CSS: &str = r#"
section#changes table.changes td { text-align: center; min-width: 64px; }
section#changes td.changed { outline: 2px solid var(--warning); outline-offset: -2px; font-weight: 600; }
section#changes td.lost { background: #ffebee; } section#changes td.gained { background: #e8f5e9; }
section#changes ul { margin: 4px 0 10px; }
"#;

/// Loads the project as `report` does, with OLD from `rev` (git), and
/// analyses it with the V findings joined.
pub fn load_against(
    args: &ProjectArgs,
    rev: &str,
    date: Option<Date>,
    lang: Option<Lang>,
) -> Result<(Loaded, Vec<RegionChange>), ExitCode> {
    use super::texts::{Text, fatal};
    let early = lang.unwrap_or_else(Lang::from_env);
    let files = find_files(&args.paths).map_err(|e| fatal(early, Text::Load(&e)))?;
    let config = super::load_config(&args.paths, args.config.as_deref(), lang)?;
    let lang = lang.or(config.lang).unwrap_or(early);
    let old =
        versions::git::read_at(rev, &args.paths).map_err(|e| fatal(lang, Text::Message(e)))?;
    let std = !args.no_std && config.std.unwrap_or(true);
    let mut project = load(&files, std);
    versions::git::note_absent(&old, rev, |m| super::texts::note(lang, Text::Message(m)));
    let named: Vec<(&str, &[u8])> = old
        .files
        .iter()
        .map(|(p, b)| (p.as_str(), b.as_slice()))
        .collect();
    let old = from_bytes(&named, std);
    let years = args.years.or(config.years);
    let opts = CheckOptions {
        levels: Levels {
            overrides: config.levels.clone(),
            deny_warnings: config.deny_warnings,
        },
        years,
        ..CheckOptions::default()
    };
    let vopts = VersionOptions {
        date: date.unwrap_or_else(Date::today),
        label_old: false,
    };
    let v = versions::analyze_versions(&old, years, &mut project, &opts, &vopts, false).map_err(
        |e| {
            let text = fl!(
                lang,
                "report-against-syntax-errors",
                rev = rev,
                count = e.errors
            );
            fatal(lang, Text::Raw(text))
        },
    )?;
    Ok((
        Loaded {
            project,
            analysis: v.analysis,
            years,
            lang: config.lang,
        },
        v.regions,
    ))
}

fn mark(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "✓",
        Some(false) => "✗",
        None => "–",
    }
}

/// The programmes that lose (`lost`) or gain a route, each once, sorted.
fn programmes(r: &RegionChange, lost: bool) -> Vec<&str> {
    let mut out: Vec<&str> = r
        .programmes
        .iter()
        .filter(|p| p.1 == lost)
        .map(|p| p.0.as_str())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The section, for the regions that changed at all.
pub fn section(rev: &str, regions: &[RegionChange], lang: Lang) -> Markup {
    let changed: Vec<&RegionChange> = regions
        .iter()
        .filter(|r| {
            r.routes_lost + r.routes_gained > 0
                || !r.offers_withdrawn.is_empty()
                || r.matrix.iter().any(|m| m.before != m.after)
        })
        .collect();
    html! {
        section #changes {
            h2 { (fl!(lang, "report-changes-what-changes-since")) " " code { (rev) } }
            @if changed.is_empty() {
                p { (fl!(lang, "report-changes-no-change-for-pupils-no")) }
            }
            @for r in changed {
                h3 {
                    @if r.region.is_empty() { (fl!(lang, "report-the-whole-project")) }
                    @else { (fl!(lang, "report-changes-region")) " " span.ref { (r.region) } }
                }
                @if !r.matrix.is_empty() {
                    p.below { (fl!(lang, "report-changes-matrix", level = r.level)) }
                    table.changes {
                        tr {
                            th { (fl!(lang, "report-sector")) }
                            @for y in &r.years {
                                th { @match y { Some(y) => (format!("{y}/{:02}", (y + 1) % 100)), None => (fl!(lang, "report-every-year")) } }
                            }
                        }
                        @for row in &r.matrix {
                            tr {
                                th { (row.sector) }
                                @for i in 0..r.years.len() {
                                    @let before = row.before.as_ref().map(|b| b[i]);
                                    @let after = row.after.as_ref().map(|a| a[i]);
                                    @let class = match (before, after) {
                                        (Some(true), Some(false)) => "changed lost",
                                        (Some(false) | None, Some(true)) => "changed gained",
                                        (b, a) if b != a => "changed",
                                        _ => "",
                                    };
                                    td class=(class) { (mark(before)) " → " (mark(after)) }
                                }
                            }
                        }
                    }
                }
                @let lost = programmes(r, true);
                @let gained = programmes(r, false);
                @if !lost.is_empty() {
                    p { b { (fl!(lang, "report-changes-programmes-that-lose-a-route")) } " (" (lost.len()) ")" }
                    ul { @for p in &lost { li { code { (p) } } } }
                }
                @if !gained.is_empty() {
                    p { b { (fl!(lang, "report-changes-programmes-that-gain-a-route")) } " (" (gained.len()) ")" }
                    ul { @for p in &gained { li { code { (p) } } } }
                }
                @if !r.offers_withdrawn.is_empty() {
                    p { b { (fl!(lang, "report-changes-offers-withdrawn-or-shortened")) } " (" (r.offers_withdrawn.len()) ")" }
                    ul { @for o in &r.offers_withdrawn { li { code { (o) } } } }
                }
            }
        }
    }
}

/// The page with the section at the top: inserted after the page's
/// navigation, so the page's own structure stays in one place
/// (report.rs). Every text of the page is escaped, so the first `</nav>`
/// is the navigation's.
pub fn insert(page: String, section: Markup) -> String {
    let style = format!("{CSS}</style>");
    let page = page.replacen("</style>", &style, 1);
    match page.find("</nav>") {
        Some(i) => {
            let at = i + "</nav>".len();
            format!("{}{}{}", &page[..at], section.into_string(), &page[at..])
        }
        None => page,
    }
}
