//! `leerlijn report [PATH ...] -o FILE.html [--lang nl|en]`: one
//! self-contained HTML page for a review meeting with schools, employers
//! and the municipality, to mail or print on A4.
//!
//! The page has a summary; per region a coverage matrix (demanded sectors ×
//! mbo levels 2–4), a picture of the transition graph ([`super::layout`])
//! and every vmbo programme with its routes to the target level or the
//! reason there is none; then every finding, grouped by check, with its
//! source lines and help. Everything is inline (CSS and SVG): no script, no
//! font, no image, no link to anything outside the page. maud escapes every
//! piece of user text; the SVG escapes its own.
//!
//! The command exits 0 when it wrote the page, whatever the findings (the
//! page shows them), and 2 when it could not run.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::process::ExitCode;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::layout::{self, Group, Link, Picture, Row, RowStyle};
use super::view::{Area, View};
use super::{LangArg, Loaded, ProjectArgs, compact, lang_or};
use crate::codes::{Code, Level};
use crate::diagnostics::Diagnostic;
use crate::graph::Graph;
use crate::model::{MemberRef, Node, OfferId, ProgId, RegionId, SchoolId, SectorId};
use crate::source::{SourceMap, Span};
use crate::{Lang, fl};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// The HTML file to write (`-`: standard output)
    #[arg(short, long, value_name = "FILE.html")]
    pub output: PathBuf,
    /// Language of the page (default: the config's `lang`, else nl when
    /// LANG starts with nl, else en)
    #[arg(long, value_enum, ignore_case = true)]
    pub lang: Option<LangArg>,
    /// Add a section "What changes since REV" at the top: the plan at git
    /// revision REV against the plan now
    #[arg(long, value_name = "REV")]
    pub against: Option<String>,
    /// The plan date V705 judges notice deadlines against (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::versions::Date::parse)]
    pub date: Option<crate::versions::Date>,
}

pub fn run(args: Args) -> ExitCode {
    let explicit = super::explicit(args.lang);
    if args.output.as_os_str() != "-" {
        // The refusal is in the run's language: `--lang`, else the
        // config's `lang`, else `LANG`, as `check` says it.
        let early = match args.project.lang(explicit) {
            Ok(l) => l,
            Err(code) => return code,
        };
        if let Err(e) = crate::write::refuse_inputs(&args.output, &args.project.inputs()) {
            return super::texts::fatal(early, super::texts::Text::Message(e));
        }
    }
    let (loaded, changes) = match &args.against {
        Some(rev) => {
            match super::report_changes::load_against(&args.project, rev, args.date, explicit) {
                Ok((l, c)) => (l, Some((rev.clone(), c))),
                Err(code) => return code,
            }
        }
        None => match args.project.load_in(explicit) {
            Ok(l) => (l, None),
            Err(code) => return code,
        },
    };
    let lang = lang_or(args.lang, loaded.lang);
    let mut page = render(&loaded, lang);
    if let Some((rev, regions)) = &changes {
        let section = super::report_changes::section(rev, regions, lang);
        page = without_controls(super::report_changes::insert(page, section));
    }
    // `-o -`: the page on standard output (for a pipe), not a file `-`.
    if args.output.as_os_str() == "-" {
        return super::print(lang, &page).err().unwrap_or(ExitCode::SUCCESS);
    }
    if let Err(e) = crate::write::atomic_write(&args.output, page.as_bytes()) {
        let path = args.output.display().to_string();
        let text = super::texts::Text::CannotWrite {
            path: &path,
            error: crate::write::error_text(&e, lang),
        };
        return super::texts::fatal(lang, text);
    }
    let a = &loaded.analysis;
    eprintln!(
        "{}",
        fl!(
            lang,
            "report-wrote",
            path = args.output.display().to_string(),
            summary = crate::emit::human::summary(a, lang)
        )
    );
    ExitCode::SUCCESS
}

const CSS: &str = r#"
:root { --error:#c62828; --warning:#e65100; --info:#1565c0; --ok:#2e7d32; --muted:#607d8b; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: #212121; margin: 0 auto; padding: 24px 28px 48px; max-width: 1180px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #cfd8dc; }
h3 { font-size: 16px; margin: 22px 0 6px; }
p.sub { color: var(--muted); margin: 0 0 16px; }
nav { background: #f5f7f8; border: 1px solid #e0e6e9; border-radius: 6px; padding: 8px 14px; margin: 12px 0 20px; }
nav a { color: #1565c0; text-decoration: none; margin-right: 14px; white-space: nowrap; }
table { border-collapse: collapse; margin: 8px 0 14px; }
th, td { border: 1px solid #dde3e6; padding: 5px 8px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #f5f7f8; font-weight: 600; }
table.facts td:first-child { color: var(--muted); }
table.facts td.n { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 6px; }
.card { border: 1px solid #dde3e6; border-radius: 8px; padding: 8px 14px; min-width: 118px; }
.card b { display: block; font-size: 24px; }
.card.error b { color: var(--error); } .card.warning b { color: var(--warning); } .card.info b { color: var(--info); }
.card span { color: var(--muted); font-size: 13px; }
.overview { display: flex; flex-wrap: wrap; gap: 10px 28px; align-items: flex-start; }
.overview .cards { flex: 0 0 auto; max-width: 520px; margin-top: 8px; }
table.matrix { width: 100%; }
table.matrix td { width: 26%; font-size: 13px; }
table.matrix th.sector { width: 22%; }
td.ok { background: #e8f5e9; } td.partial { background: #fff8e1; } td.none { background: #ffebee; } td.absent { background: #fafafa; color: #9e9e9e; }
td .state { font-weight: 600; display: block; }
td.broken { background: #fff3e0; } td.unchecked { background: #eceff1; color: #455a64; }
p.unchecked { border-left: 4px solid var(--error); background: #ffebee; padding: 6px 10px; font-weight: 600; }
td.ok .state { color: var(--ok); } td.partial .state { color: #a15c00; } td.none .state, td.broken .state { color: var(--error); }
.below { color: var(--muted); font-size: 12px; }
figure { margin: 10px 0 18px; overflow-x: auto; border: 1px solid #e0e6e9; border-radius: 6px; padding: 6px; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; padding: 4px 6px 0; }
.key { display: inline-block; width: 22px; height: 0; vertical-align: middle; margin: 0 4px 0 10px; border-top: 2px solid #78909c; }
.key.broken { border-top: 2px dashed var(--error); }
table.programmes { width: 100%; font-size: 13.5px; }
table.programmes td.prog { width: 27%; }
.ref { color: var(--muted); font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 12px; }
ul.routes { margin: 0; padding-left: 16px; }
.arrow { color: var(--muted); }
.arrow.broken { color: var(--error); font-weight: 700; }
span.bad { color: var(--error); font-weight: 600; }
.why { color: var(--error); }
.note { color: #5d4037; font-size: 12.5px; margin-top: 3px; }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; color: #fff; font-weight: 600; vertical-align: 2px; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
section.check { margin-bottom: 18px; }
article.finding { border-left: 4px solid #cfd8dc; padding: 4px 0 4px 12px; margin: 10px 0; break-inside: avoid; }
article.finding.error { border-color: var(--error); } article.finding.warning { border-color: var(--warning); } article.finding.info { border-color: var(--info); }
article.finding p { margin: 2px 0; }
.msg { font-weight: 600; }
.loc { color: var(--muted); font-size: 12.5px; font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; }
pre.src { background: #f7f9fa; border: 1px solid #e6ebee; border-radius: 4px; padding: 6px 8px; margin: 3px 0;
          font: 12.5px/1.4 ui-monospace, "SF Mono", Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
pre.src .ln { color: #90a4ae; user-select: none; }
mark { background: #ffe082; border-bottom: 2px solid #ff8f00; padding: 0 1px; }
.label { font-size: 13px; color: #37474f; }
.help { font-size: 13.5px; }
.help b { color: var(--ok); }
footer { margin-top: 40px; color: var(--muted); font-size: 12.5px; border-top: 1px solid #e0e6e9; padding-top: 8px; }
svg.flowchart { width: 100%; max-width: 640px; height: auto; display: block; }
table.flow td, table.intake td { font-variant-numeric: tabular-nums; }
table.flow td.short { color: var(--error); font-weight: 600; }
table.intake tr.small td { background: #fff3e0; }
.badge { border: 1px solid var(--info); color: var(--info); border-radius: 3px; padding: 0 3px; font-size: 85%; }
figure.sector figcaption.title, figure.overview figcaption.title { color: #263238; font-weight: 600; font-size: 14px; padding: 0 6px 4px; }
.print-only { display: none; }
/* On paper (A4): a cover page with the summary, then at most two pages per
   region (the pictures per sector a little smaller, the compact overview
   of school to institution for the full one; the tables list what needs
   attention), then the findings. No fact is only in a tooltip. */
@page { size: A4; margin: 8mm 9mm; }
@media print {
  body { font-size: 8pt; line-height: 1.3; padding: 0; max-width: none; }
  nav, .screen-only, table.all-fine, table.programmes tr.fine, table.intake tr.plain { display: none; }
  .print-only { display: block; }
  h1 { font-size: 15pt; } h2 { font-size: 12pt; margin: 0 0 3pt; } h3 { font-size: 9.5pt; margin: 6pt 0 2pt; }
  p { margin: 2pt 0; } .below, .note, p.legend, figcaption { font-size: 7pt; }
  section.region { break-before: page; break-after: page; }
  table { margin: 2pt 0 4pt; } th, td { padding: 1.5pt 4pt; }
  table.matrix td, table.programmes { font-size: 7.5pt; }
  .card { padding: 3pt 8pt; } .card b { font-size: 14pt; }
  svg.flowchart { width: 50mm; float: left; margin: 0 4mm 1mm 0; }
  figure.compact svg { width: 100%; height: auto; }
  figure.compact figcaption.title { font-size: 8pt; font-weight: 600; padding: 0 0 1pt; }
  table.flow td { white-space: nowrap; }
  p.legend { clear: none; }
  table.flow { font-size: 7pt; } table.intake { font-size: 7pt; clear: both; }
  table.flow th, table.flow td { padding: 0.5pt 3pt; }
  table.matrix td, table.matrix th { padding: 1pt 3pt; line-height: 1.2; }
  table.matrix th.sector .below, table.matrix th.sector br { display: none; }
  table.matrix td .state { display: inline; margin-right: 3pt; }
  table.intake th, table.intake td { padding: 0.5pt 3pt; }
  figure { overflow: visible; border: none; padding: 0; margin: 2pt 0 4pt; }
  figure svg { width: 100%; }
  figure.sector svg { width: 85%; }
  figure.sector figcaption.title { font-size: 8.5pt; padding: 0 0 1pt; }
  table, figure, tr, article.finding { break-inside: avoid; }
  h2, h3, figcaption.title { break-after: avoid; }
  pre.src { font-size: 7pt; }
}
"#;

/// Everything the page needs, computed once.
struct Page<'a> {
    lang: Lang,
    loaded: &'a Loaded,
    view: View<'a>,
    sources: &'a SourceMap,
    /// The highest level of the findings at a node's name.
    flagged: HashMap<Node, Level>,
    /// Findings at a node's name.
    notes: HashMap<Node, Vec<&'a Diagnostic>>,
    /// What the regions' pupil-flow sections share; none without `pupils`.
    flows: Option<super::pupil_flow::Flows>,
}

pub fn render(loaded: &Loaded, lang: Lang) -> String {
    without_controls(page(loaded, lang).html().into_string())
}

/// The page with every control character but tab and line feed, and
/// every bidirectional control ([`layout::is_bidi_control`]), turned
/// into a space: plan text (a title with `\u{1b}` or `\u{0}`) must not
/// reach the `<title>`, a heading or the nav raw. The rule of the SVG's
/// [`layout::esc`], which keeps only the line feed; the page keeps tabs
/// too, for the source lines of findings. The page's own markup holds no
/// other control character, so nothing of it changes.
fn without_controls(page: String) -> String {
    let bad = |c: char| (c.is_control() && c != '\n' && c != '\t') || layout::is_bidi_control(c);
    if !page.chars().any(bad) {
        return page;
    }
    page.chars().map(|c| if bad(c) { ' ' } else { c }).collect()
}

/// The page's facts, shared by the page and `graph --format svg`.
fn page(loaded: &Loaded, lang: Lang) -> Page<'_> {
    let analysis = &loaded.analysis;
    let view = View::new(analysis, loaded.years);
    let mut by_span: HashMap<Span, Node> = HashMap::new();
    for n in view.nodes() {
        let span = match n {
            Node::Programme(p) => view.model.programme(p).loc.name,
            Node::Offer(o) => view.model.offer(o).loc.name,
        };
        by_span.insert(span, n);
    }
    let mut flagged: HashMap<Node, Level> = HashMap::new();
    let mut notes: HashMap<Node, Vec<&Diagnostic>> = HashMap::new();
    for d in &analysis.diagnostics {
        if let Some(&n) = by_span.get(&d.span) {
            let e = flagged.entry(n).or_insert(d.level);
            *e = (*e).min(d.level);
            notes.entry(n).or_default().push(d);
        }
    }
    let flows = super::pupil_flow::Flows::new(&view, &loaded.project.sources, analysis);
    Page {
        lang,
        loaded,
        view,
        sources: &loaded.project.sources,
        flagged,
        notes,
        flows,
    }
}

/// The report's drawing of each region's transition graph (the same SVG
/// as on the page), with the region's title, then that of the schools and
/// institutions in no region, if any: what `graph --format svg` prints.
pub fn region_svgs(loaded: &Loaded, lang: Lang) -> Vec<(String, String)> {
    let page = page(loaded, lang);
    page.areas()
        .into_iter()
        .map(|a| {
            let svg = layout::svg(
                &page.picture(a, None),
                &fl!(page.lang, "report-no-programmes-or-offers"),
            );
            (page.area_title(a), svg)
        })
        .collect()
}

/// One part of the page: a region, or the schools and institutions in no
/// region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The region's name; `None` for the part "Not in any region".
    pub region: Option<String>,
    /// The heading (and the title in `graph --format svg`).
    pub title: String,
    /// The IDs of the nodes its overview picture shows, outside ones too.
    pub pictured: Vec<String>,
    /// The IDs of the programmes its table lists.
    pub programmes: Vec<String>,
    /// Each node of its overview picture, by ID, with the text of its row.
    pub rows: Vec<(String, String)>,
}

/// The page's parts in order, what each pictures and lists: every
/// programme and offer of the plan is in one of them.
pub fn parts(loaded: &Loaded, lang: Lang) -> Vec<Part> {
    let page = page(loaded, lang);
    let m = page.view.model;
    page.areas()
        .into_iter()
        .map(|a| Part {
            region: match a {
                Area::Region(r) => Some(m.regions[r.idx()].name.clone()),
                Area::NoRegion => None,
            },
            title: page.area_title(a),
            pictured: page
                .view
                .region_nodes(a)
                .into_iter()
                .map(|(n, _)| m.node_ref(n))
                .collect(),
            programmes: page
                .region_programmes(a)
                .into_iter()
                .map(|n| m.node_ref(n))
                .collect(),
            rows: page
                .view
                .region_nodes(a)
                .into_iter()
                .map(|(n, _)| m.node_ref(n))
                .zip(page.picture(a, None).rows.into_iter().map(|r| r.text))
                .collect(),
        })
        .collect()
}

/// One cell of a region's coverage matrix: a sector at an mbo level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The sector's ID.
    pub sector: String,
    pub level: u8,
    pub state: CellState,
    /// Routes from the region's programmes to the cell's offers, each
    /// sequence of programme and offers once, over the plan years:
    /// unbroken ones, and those with a broken transition.
    pub routes: u64,
    pub broken: u64,
    /// In the first plan year: the capacity of the cell's offers that run
    /// then, and how many of those state none.
    pub places: u64,
    pub places_unknown: usize,
    /// In the first plan year: the pupils of the region's programmes that
    /// run then and reach a cell's offer then by an unbroken route; `None`
    /// when no programme of the region states `pupils`.
    pub leavers: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CellState {
    /// No offer of the sector at the level runs in a plan year.
    NotOffered,
    /// Reached in every plan year (S4xx's reachability: broken steps too).
    Reachable,
    /// Reached in these plan years only.
    ReachableIn(Vec<u32>),
    /// Reached, but every route has a broken transition.
    OnlyBroken,
    NotReachable,
    /// The graph checks did not run (a file has an E0xx error): the plan
    /// as read may lack what the error made unreadable.
    NotChecked,
}

/// What every cell of a region's matrix shares.
struct CellCtx {
    /// Per plan step, what the region's programmes reach then.
    reach: Vec<crate::graph::Reached>,
    sound: Vec<u64>,
    all: Vec<u64>,
    /// Per node, the starts that reach it unbroken in the first year.
    reached_by: Vec<Vec<usize>>,
    first: Option<u32>,
    /// Whether a programme of the region states `pupils`.
    pupils: bool,
}

/// Every region's coverage matrix as the page shows it: the region's
/// name and its cells, sector by sector, levels 2–4.
pub fn coverage(loaded: &Loaded) -> Vec<(String, Vec<Cell>)> {
    let page = page(loaded, Lang::En);
    page.regions()
        .into_iter()
        .map(|r| (page.view.model.regions[r.idx()].name.clone(), page.cells(r)))
        .collect()
}

impl Page<'_> {
    /// Whether the graph checks ran: not while a file has an E0xx error.
    fn checked(&self) -> bool {
        self.loaded.analysis.graph.is_some()
    }

    fn regions(&self) -> Vec<RegionId> {
        (0..self.view.model.regions.len() as u32)
            .map(RegionId)
            .collect()
    }

    /// The regions, then [`Area::NoRegion`] when a school or institution
    /// is in none: the page's sections, so nothing of the plan is left out.
    fn areas(&self) -> Vec<Area> {
        let mut areas: Vec<Area> = self.regions().into_iter().map(Area::Region).collect();
        if !self.view.no_region_members().is_empty() {
            areas.push(Area::NoRegion);
        }
        areas
    }

    fn area_title(&self, a: Area) -> String {
        match a {
            Area::Region(r) => self.region_title(r),
            Area::NoRegion => fl!(self.lang, "report-no-region"),
        }
    }

    fn area_anchor(a: Area) -> String {
        match a {
            Area::Region(r) => format!("region-{}", r.idx()),
            Area::NoRegion => "no-region".to_string(),
        }
    }

    fn region_title(&self, r: RegionId) -> String {
        let region = &self.view.model.regions[r.idx()];
        if region.implicit {
            fl!(self.lang, "report-the-whole-project")
        } else {
            region.title.clone().unwrap_or_else(|| region.name.clone())
        }
    }

    fn years_text(&self) -> String {
        let steps: Vec<u32> = self.view.graph.steps.iter().flatten().copied().collect();
        match (steps.first(), steps.last()) {
            (Some(&a), Some(&b)) if a == b => school_year(a),
            (Some(&a), Some(&b)) => format!("{} – {}", school_year(a), school_year(b)),
            _ => fl!(self.lang, "report-no-years-a-timeless-plan"),
        }
    }

    fn html(&self) -> Markup {
        let a = &self.loaded.analysis;
        let regions = self.regions();
        let areas = self.areas();
        let names: Vec<String> = regions
            .iter()
            .filter(|r| !self.view.model.regions[r.idx()].implicit)
            .map(|&r| self.region_title(r))
            .collect();
        let title = if names.is_empty() {
            fl!(self.lang, "report-regional-plan-review").to_string()
        } else {
            format!(
                "{}: {}",
                fl!(self.lang, "report-regional-plan-review"),
                names.join(", ")
            )
        };
        html! {
            (DOCTYPE)
            html lang=(self.lang.tag()) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta name="generator" content=(format!("leerlijn {}", env!("CARGO_PKG_VERSION")));
                    title { (title) }
                    style { (PreEscaped(CSS)) }
                }
                body {
                    header {
                        h1 { (title) }
                        p.sub {
                            (fl!(self.lang, "report-plan-years")) ": " (self.years_text()) " · "
                            (crate::emit::human::summary(a, self.lang))
                        }
                    }
                    nav {
                        a href="#summary" { (fl!(self.lang, "report-summary")) }
                        @for &area in &areas {
                            a href=(format!("#{}", Self::area_anchor(area))) { (self.area_title(area)) }
                        }
                        a href="#findings" { (fl!(self.lang, "report-findings")) }
                    }
                    (self.summary())
                    @for &area in &areas {
                        @match area {
                            Area::Region(r) => (self.region(r)),
                            Area::NoRegion => (self.no_region()),
                        }
                    }
                    (self.findings())
                    footer {
                        (fl!(self.lang, "report-made-by")) " leerlijn " (env!("CARGO_PKG_VERSION"))
                        ". " (fl!(self.lang, "report-levels-sectors-and-crebo-codes"))
                    }
                }
            }
        }
    }

    fn summary(&self) -> Markup {
        let m = self.view.model;
        let a = &self.loaded.analysis;
        let declared = m.regions.iter().filter(|r| !r.implicit).count();
        let broken = (0..self.view.graph.edges.len())
            .filter(|&e| self.view.is_broken(e))
            .count();
        let facts: Vec<(String, usize)> = vec![
            (fl!(self.lang, "report-regions"), declared),
            (fl!(self.lang, "report-vmbo-schools"), m.schools.len()),
            (fl!(self.lang, "report-programmes"), m.programmes.len()),
            (
                fl!(self.lang, "report-mbo-institutions"),
                m.institutions.len(),
            ),
            (fl!(self.lang, "report-offers"), m.offers.len()),
            (fl!(self.lang, "report-pathways"), m.pathways.len()),
            (
                fl!(self.lang, "report-transitions"),
                self.view.graph.edges.len(),
            ),
            (fl!(self.lang, "report-broken-transitions"), broken),
        ];
        html! {
            section #summary {
                h2 { (fl!(self.lang, "report-summary")) }
                @if !self.checked() {
                    p.unchecked { (fl!(self.lang, "report-syntax-errors-notice")) }
                }
                div.overview {
                div.cards {
                    div.card.error { b { (a.count(Level::Error)) } span { (fl!(self.lang, "report-errors")) } }
                    div.card.warning { b { (a.count(Level::Warning)) } span { (fl!(self.lang, "report-warnings")) } }
                    div.card.info { b { (a.count(Level::Info)) } span { (fl!(self.lang, "report-infos")) } }
                    div.card { b { (a.suppressed) } span { (fl!(self.lang, "report-suppressed")) } }
                }
                table.facts {
                    @for (name, n) in &facts {
                        tr { td { (name) } td.n { (n) } }
                    }
                }
                }
                @if declared == 0 {
                    p.below { (fl!(self.lang, "report-the-plan-declares-no-region")) }
                }
            }
        }
    }

    // ---- one region ----------------------------------------------------

    fn region(&self, r: RegionId) -> Markup {
        let m = self.view.model;
        let region = &m.regions[r.idx()];
        let schools = region
            .members
            .iter()
            .filter(|x| matches!(x, MemberRef::School(_)))
            .count();
        let insts = region.members.len() - schools;
        let demand: Vec<String> = region
            .demand
            .iter()
            .map(|(s, _)| m.sector(*s).name.clone())
            .collect();
        html! {
            section.region id=(format!("region-{}", r.idx())) {
                h2 { (self.region_title(r)) @if !region.implicit { " " span.ref { "(" (region.name) ")" } } }
                p {
                    @if !region.implicit {
                        (fl!(self.lang, "report-region-members", schools = schools, institutions = insts)) " "
                    }
                    (fl!(self.lang, "report-target-level", level = region.target_level)) " "
                    (fl!(self.lang, "report-demanded-sectors")) ": "
                    @if demand.is_empty() { em { (fl!(self.lang, "report-none")) } } @else { (demand.join(", ")) }
                    "."
                }
                h3 { (fl!(self.lang, "report-coverage")) }
                (self.matrix(r))
                @if let Some(flows) = &self.flows {
                    (flows.section(&self.view, self.sources, r, self.lang))
                }
                h3 { (fl!(self.lang, "report-transition-graph")) }
                (self.figures(Area::Region(r)))
                h3 { (fl!(self.lang, "report-vmbo-programmes-and-their-routes")) }
                (self.programmes(Area::Region(r)))
            }
        }
    }

    /// The schools and institutions no region lists: their picture and
    /// their programmes' routes, so the page leaves nothing out. No region
    /// demands anything of them, so there is no coverage to judge.
    fn no_region(&self) -> Markup {
        let m = self.view.model;
        let members: Vec<String> = self
            .view
            .no_region_members()
            .into_iter()
            .map(|x| {
                let (name, title) = match x {
                    MemberRef::School(s) => (&m.school(s).name, &m.school(s).title),
                    MemberRef::Institution(i) => (&m.institution(i).name, &m.institution(i).title),
                };
                match title {
                    Some(t) => format!("{t} ({name})"),
                    None => name.clone(),
                }
            })
            .collect();
        let schools = self
            .view
            .no_region_members()
            .iter()
            .filter(|x| matches!(x, MemberRef::School(_)))
            .count();
        html! {
            section.region.no-region id=(Self::area_anchor(Area::NoRegion)) {
                h2 { (fl!(self.lang, "report-no-region")) }
                p {
                    (fl!(self.lang, "report-region-members", schools = schools, institutions = members.len() - schools)) " "
                    (fl!(self.lang, "report-no-region-members", members = crate::i18n::and_list(&members, self.lang)))
                }
                h3 { (fl!(self.lang, "report-transition-graph")) }
                (self.figures(Area::NoRegion))
                @if !self.region_programmes(Area::NoRegion).is_empty() {
                    h3 { (fl!(self.lang, "report-vmbo-programmes-and-their-routes")) }
                    (self.programmes(Area::NoRegion))
                }
            }
        }
    }

    fn region_offers(&self, r: impl Into<Area> + Copy) -> Vec<OfferId> {
        (0..self.view.model.offers.len() as u32)
            .map(OfferId)
            .filter(|&o| self.view.in_region(Node::Offer(o), r))
            .collect()
    }

    fn region_programmes(&self, r: impl Into<Area> + Copy) -> Vec<Node> {
        (0..self.view.model.programmes.len() as u32)
            .map(|p| Node::Programme(ProgId(p)))
            .filter(|&n| self.view.in_region(n, r))
            .collect()
    }

    /// The number of routes from `starts` to every node: distinct
    /// sequences of nodes in the graph without the edges inside a cycle
    /// (and over unbroken edges only when `sound`).
    fn route_counts(&self, starts: &[Node], sound: bool) -> Vec<u64> {
        let g = &self.view.graph;
        let n = g.node_count();
        let mut scc_of = vec![0usize; n];
        for (i, scc) in g.sccs.iter().enumerate() {
            for v in scc {
                scc_of[v.index()] = i;
            }
        }
        let mut count = vec![0u64; n];
        for &s in starts {
            count[g.index(s).index()] = 1;
        }
        // `sccs` lists sinks first: walk it backwards, sources first.
        for scc in g.sccs.iter().rev() {
            for &v in scc {
                let here = count[v.index()];
                if here == 0 {
                    continue;
                }
                // Pathways that share a step (D303) give parallel edges:
                // a route is its nodes, so each next node counts once.
                let mut next: Vec<usize> = self
                    .out(g.node(v))
                    .into_iter()
                    .filter(|&ei| !(sound && self.view.is_broken(ei)))
                    .map(|ei| g.index(g.edges[ei].to()).index())
                    .filter(|&t| scc_of[t] != scc_of[v.index()])
                    .collect();
                next.sort_unstable();
                next.dedup();
                for t in next {
                    count[t] = count[t].saturating_add(here);
                }
            }
        }
        count
    }

    /// Per node, the indices into `starts` of the programmes that run in
    /// `step` and reach it there over unbroken transitions that count then.
    fn reached_by(&self, starts: &[Node], step: Option<u32>) -> Vec<Vec<usize>> {
        let g = &self.view.graph;
        let m = self.view.model;
        let mut by = vec![Vec::new(); g.node_count()];
        let mut seen = vec![usize::MAX; g.node_count()];
        for (i, &s) in starts.iter().enumerate() {
            if !Graph::runs(m.node_years(s), step) {
                continue;
            }
            let mut stack = vec![s];
            seen[g.index(s).index()] = i;
            while let Some(n) = stack.pop() {
                for ei in self.out(n) {
                    let e = &g.edges[ei];
                    if self.view.is_broken(ei) || !g.edge_counts(m, e, step) {
                        continue;
                    }
                    let ti = g.index(e.to()).index();
                    if seen[ti] != i {
                        seen[ti] = i;
                        by[ti].push(i);
                        stack.push(e.to());
                    }
                }
            }
        }
        by
    }

    /// `2025/26`: the school year the matrix's numbers are of.
    fn first_year_text(&self) -> String {
        match self.view.graph.steps.first().copied().flatten() {
            Some(y) => school_year(y),
            None => fl!(self.lang, "report-every-year"),
        }
    }

    /// A node's outgoing edges, as indices into `graph.edges`.
    fn out(&self, node: Node) -> Vec<usize> {
        let g = &self.view.graph;
        g.out_edges_rev(g.index(node).index())
            .map(|(e, _)| e)
            .collect()
    }

    /// The sectors of a region's matrix (its demand, else the sectors of
    /// its offers by name) and whether they are its demand.
    fn matrix_sectors(&self, r: RegionId) -> (Vec<SectorId>, bool) {
        let m = self.view.model;
        let region = &m.regions[r.idx()];
        let mut sectors: Vec<SectorId> = region.demand.iter().map(|(s, _)| *s).collect();
        let demanded = !sectors.is_empty();
        if !demanded {
            for o in self.region_offers(r) {
                if let Some(s) = m.offer_sector(o)
                    && !sectors.contains(&s)
                {
                    sectors.push(s);
                }
            }
            sectors.sort_by(|a, b| m.sector(*a).name.cmp(&m.sector(*b).name));
        }
        (sectors, demanded)
    }

    /// The cells of a region's matrix, row by row (sector), levels 2–4.
    fn cells(&self, r: RegionId) -> Vec<Cell> {
        let m = self.view.model;
        let g = &self.view.graph;
        let offers = self.region_offers(r);
        let starts = self.region_programmes(r);
        let first = g.steps.first().copied().flatten();
        let ctx = CellCtx {
            reach: g.steps.iter().map(|&s| g.reach_in(m, &starts, s)).collect(),
            sound: self.route_counts(&starts, true),
            all: self.route_counts(&starts, false),
            reached_by: self.reached_by(&starts, first),
            first,
            pupils: starts.iter().any(|&s| match s {
                Node::Programme(p) => m.programme(p).pupils.is_some(),
                Node::Offer(_) => false,
            }),
        };
        let (sectors, _) = self.matrix_sectors(r);
        sectors
            .iter()
            .flat_map(|&s| (2..=4u8).map(move |level| (s, level)))
            .map(|(s, level)| self.cell(s, level, &offers, &starts, &ctx))
            .collect()
    }

    fn matrix(&self, r: RegionId) -> Markup {
        let m = self.view.model;
        let region = &m.regions[r.idx()];
        let (sectors, demanded) = self.matrix_sectors(r);
        if sectors.is_empty() {
            return html! { p { em { (fl!(self.lang, "report-no-offers-in-this-region")) } } };
        }
        let cells = self.cells(r);
        html! {
            @if !demanded {
                p.below { (fl!(self.lang, "report-the-region-demands-no-sector")) }
            }
            table.matrix {
                thead { tr {
                    th.sector { (fl!(self.lang, "report-sector")) }
                    @for level in 2..=4u8 {
                        th { "mbo " (level) @if level < region.target_level { " " span.below { (fl!(self.lang, "report-below-target")) } } }
                    }
                } }
                tbody {
                    @for (&s, row) in sectors.iter().zip(cells.chunks(3)) {
                        tr {
                            th.sector { (m.sector(s).name) @if let Some(t) = &m.sector(s).title { br; span.below { (t) } } }
                            @for cell in row {
                                (self.cell_markup(cell))
                            }
                        }
                    }
                }
            }
            @if self.checked() {
                p.below {
                    (fl!(self.lang, "report-routes-unbroken-routes-from-the", year = self.first_year_text()))
                }
            } @else {
                p.below { (fl!(self.lang, "report-coverage-not-checked")) }
            }
        }
    }

    fn cell(
        &self,
        sector: SectorId,
        level: u8,
        offers: &[OfferId],
        starts: &[Node],
        ctx: &CellCtx,
    ) -> Cell {
        let m = self.view.model;
        let g = &self.view.graph;
        let first = ctx.first;
        let cell: Vec<OfferId> = offers
            .iter()
            .copied()
            .filter(|&o| m.offer_level(o) == Some(level))
            .filter(|&o| {
                m.offer_sector(o)
                    .is_some_and(|x| m.sector_matches(sector, x))
            })
            .filter(|&o| g.steps.iter().any(|&s| Graph::runs(m.offer_years(o), s)))
            .collect();
        let mut out = Cell {
            sector: m.sector(sector).name.clone(),
            level,
            state: CellState::NotOffered,
            routes: 0,
            broken: 0,
            places: 0,
            places_unknown: 0,
            leavers: None,
        };
        if !self.checked() {
            out.state = CellState::NotChecked;
            return out;
        }
        if cell.is_empty() {
            return out;
        }
        let reached_steps: Vec<Option<u32>> = g
            .steps
            .iter()
            .enumerate()
            .filter(|(i, s)| {
                cell.iter().any(|&o| {
                    Graph::runs(m.offer_years(o), **s)
                        && ctx.reach[*i][g.index(Node::Offer(o)).index()]
                })
            })
            .map(|(_, s)| *s)
            .collect();
        let sum = |counts: &[u64]| {
            cell.iter()
                .map(|&o| counts[g.index(Node::Offer(o)).index()])
                .fold(0u64, u64::saturating_add)
        };
        let (all, good) = (sum(&ctx.all), sum(&ctx.sound));
        out.routes = good;
        out.broken = all.saturating_sub(good);
        // Places and leavers are those of the first plan year: only the
        // offers and programmes that run then count.
        let running: Vec<OfferId> = cell
            .iter()
            .copied()
            .filter(|&o| Graph::runs(m.offer_years(o), first))
            .collect();
        for &o in &running {
            match &m.offer(o).capacity {
                Some(c) => out.places += u64::from(c.at(first)),
                None => out.places_unknown += 1,
            }
        }
        let mut from: Vec<usize> = running
            .iter()
            .flat_map(|&o| {
                ctx.reached_by[g.index(Node::Offer(o)).index()]
                    .iter()
                    .copied()
            })
            .collect();
        from.sort_unstable();
        from.dedup();
        if ctx.pupils {
            let leavers = from
                .iter()
                .filter_map(|&i| match starts.get(i) {
                    Some(Node::Programme(p)) => m.programme(*p).pupils.as_ref(),
                    _ => None,
                })
                .map(|c| u64::from(c.at(first)))
                .sum();
            out.leavers = Some(leavers);
        }
        // S4xx's reachability counts broken steps too: a cell reached only
        // through them must not read as covered.
        out.state = if reached_steps.is_empty() {
            CellState::NotReachable
        } else if good == 0 && all > 0 {
            CellState::OnlyBroken
        } else if reached_steps.len() == g.steps.len() {
            CellState::Reachable
        } else {
            CellState::ReachableIn(reached_steps.iter().flatten().copied().collect())
        };
        out
    }

    fn cell_markup(&self, cell: &Cell) -> Markup {
        let (class, state) = match &cell.state {
            CellState::NotOffered => {
                return html! { td.absent { span.state { "—" } (fl!(self.lang, "report-not-offered")) } };
            }
            CellState::NotChecked => {
                return html! { td.unchecked { span.state { (fl!(self.lang, "report-not-checked")) } } };
            }
            CellState::Reachable => ("ok", fl!(self.lang, "report-reachable")),
            CellState::NotReachable => ("none", fl!(self.lang, "report-not-reachable")),
            CellState::OnlyBroken => ("broken", fl!(self.lang, "report-reachable-only-broken")),
            CellState::ReachableIn(years) => (
                "partial",
                fl!(
                    self.lang,
                    "report-reachable-only-in",
                    years = year_ranges(years)
                ),
            ),
        };
        let unbroken = fl!(
            self.lang,
            "report-routes-to-level",
            count = cell.routes,
            level = cell.level
        );
        html! {
            td class=(class) {
                span.state { (state) }
                (unbroken)
                @if cell.broken > 0 {
                    " " span.bad { "(" (fl!(self.lang, "report-broken-count", count = cell.broken)) ")" }
                }
                " · "
                @if cell.places > 0 || cell.places_unknown == 0 {
                    (fl!(self.lang, "report-places-count", count = cell.places))
                    @if cell.places_unknown > 0 { " + ?" }
                } @else {
                    (fl!(self.lang, "report-places-unknown"))
                }
                @if let Some(leavers) = cell.leavers {
                    " · " (fl!(self.lang, "report-leavers-count", count = leavers))
                }
            }
        }
    }

    /// The region's pictures: one per demanded sector with only the
    /// programmes and offers on routes into it, then the whole region.
    fn figures(&self, r: Area) -> Markup {
        let m = self.view.model;
        let empty = fl!(self.lang, "report-no-programmes-or-offers");
        let sectors: Vec<SectorId> = match r {
            Area::Region(r) => m.regions[r.idx()].demand.iter().map(|(s, _)| *s).collect(),
            Area::NoRegion => Vec::new(),
        };
        // Smallest picture first (stable: else in the order of the demand),
        // so small ones fill the first page and the large ones start the
        // next rather than leaving half a page empty.
        let mut pictures: Vec<(SectorId, Picture)> = sectors
            .iter()
            .map(|&s| (s, self.picture(r, Some(&self.on_routes_into(r, s)))))
            .filter(|(_, p)| !p.rows.is_empty())
            .collect();
        pictures.sort_by_key(|(_, p)| layout::height(p) as u64);
        html! {
            p.below.legend {
                (fl!(self.lang, "report-columns-vmbo-programmes-then-mbo"))
                span.key {} (fl!(self.lang, "report-transition"))
                span.key.broken {} (fl!(self.lang, "report-broken-transition-with-its-codes"))
                ". " (fl!(self.lang, "report-red-rows-carry-an-error"))
            }
            @for (s, picture) in &pictures {
                figure.sector {
                    figcaption.title { (fl!(self.lang, "report-routes-into")) " " (m.sector(*s).name) }
                    (PreEscaped(layout::svg(picture, &empty)))
                }
            }
            // On paper the full overview would take a page of its own at a
            // realistic size: a compact one (school to institution) instead.
            @if let Some(svg) = compact::svg(&self.view, r).filter(|_| !sectors.is_empty()) {
                figure.compact.print-only {
                    figcaption.title { (fl!(self.lang, "report-compact-overview")) }
                    (PreEscaped(svg))
                }
            }
            figure.overview.screen-only[!sectors.is_empty()] {
                @if !sectors.is_empty() {
                    figcaption.title { (fl!(self.lang, "report-overview-every-transition-of-the")) }
                }
                (PreEscaped(layout::svg(&self.picture(r, None), &empty)))
            }
        }
    }

    /// The nodes on a route into an offer of `sector` in the region: the
    /// offers themselves and everything that leads to them.
    fn on_routes_into(&self, r: Area, sector: SectorId) -> Vec<bool> {
        let g = &self.view.graph;
        let m = self.view.model;
        let mut on = vec![false; g.node_count()];
        let mut stack: Vec<Node> = self
            .region_offers(r)
            .into_iter()
            .filter(|&o| {
                m.offer_sector(o)
                    .is_some_and(|x| m.sector_matches(sector, x))
            })
            .map(Node::Offer)
            .collect();
        for &n in &stack {
            on[g.index(n).index()] = true;
        }
        while let Some(n) = stack.pop() {
            for e in g.in_edges_rev(g.index(n).index()) {
                let from = g.edges[e].from();
                let i = g.index(from).index();
                if !on[i] {
                    on[i] = true;
                    stack.push(from);
                }
            }
        }
        on
    }

    /// For a programme or offer that does not run in `first` (the first
    /// plan year, whose leavers and places a row gives): when it does
    /// ("from 2028/29", "until 2026/27"), instead of a number that is not
    /// true in that year. `None` when it runs then, or the plan is timeless.
    fn not_in(&self, n: Node, first: Option<u32>) -> Option<String> {
        let years = self.view.model.node_years(n);
        if Graph::runs(years, first) {
            return None;
        }
        let first = first?;
        match (years.from, years.until) {
            (Some(from), _) if from > first => {
                Some(fl!(self.lang, "report-node-from", year = school_year(from)))
            }
            (_, Some(until)) if until < first => Some(fl!(
                self.lang,
                "report-node-until",
                year = school_year(until)
            )),
            _ => None,
        }
    }

    /// The picture of a region, or of the nodes of it that `only` marks.
    fn picture(&self, r: Area, only: Option<&[bool]>) -> Picture {
        let v = &self.view;
        let m = v.model;
        let first = v.graph.steps.first().copied().flatten();
        let mut nodes = v.region_nodes(r);
        if let Some(only) = only {
            nodes.retain(|(n, _)| only[v.graph.index(*n).index()]);
        }
        let mut groups: Vec<Group> = Vec::new();
        let mut group_of: HashMap<(usize, MemberRef, bool), usize> = HashMap::new();
        let mut rows: Vec<Row> = Vec::new();
        let mut row_of: HashMap<Node, usize> = HashMap::new();
        for &(n, outside) in &nodes {
            let info = v.info(n);
            let layer = v.layer(n);
            let owner = v.owner(n);
            let gi = *group_of.entry((layer, owner, outside)).or_insert_with(|| {
                groups.push(Group {
                    layer,
                    header: info.owner_name.clone(),
                    title: format!("{} ({})", info.owner_name, info.owner),
                    programmes: info.programme,
                    outside,
                });
                groups.len() - 1
            });
            let (text, title) = if info.programme {
                let mut facts: Vec<String> = Vec::new();
                facts.extend(info.track.clone());
                facts.extend(info.profile.clone());
                // On paper there is no tooltip: the number is in the row
                // (track and profile are in the table of programmes).
                let mut text = info.name.clone();
                match self.not_in(n, first) {
                    Some(when) => text.push_str(&format!(" · {when}")),
                    None => {
                        if let Some(p) = &info.pupils {
                            text.push_str(&format!(
                                " · {} {}",
                                p.at(first),
                                fl!(self.lang, "report-node-pupils")
                            ));
                        }
                    }
                }
                let mut title = format!("{}\n{} · {}", info.id, info.name, info.owner_name);
                if let Some(p) = &info.practical {
                    title.push_str(&format!("\n{}: {p}", fl!(self.lang, "report-practical")));
                }
                if let Some(p) = &info.pupils {
                    title.push_str(&format!(
                        "\n{} {}",
                        super::pupil_flow::over_years(p),
                        fl!(self.lang, "report-leavers-a-year")
                    ));
                }
                if let Some(when) = self.not_in(n, first) {
                    title.push_str(&format!("\n{when}"));
                }
                (text, title)
            } else {
                let crebo = info.crebo.unwrap_or(0);
                let mut title = format!(
                    "{}\n{crebo} {}\nmbo {} · {}\n{}",
                    info.id,
                    info.name,
                    info.level.map_or("?".into(), |l| l.to_string()),
                    info.sector.clone().unwrap_or_default(),
                    info.owner_name
                );
                if let Some(l) = &info.location {
                    title.push_str(&format!(", {l}"));
                }
                if let Some(c) = &info.capacity {
                    let c = super::pupil_flow::over_years(c);
                    title.push_str(&format!("\n{c} {}", fl!(self.lang, "report-places-a-year")));
                }
                if let Some(when) = self.not_in(n, first) {
                    title.push_str(&format!("\n{when}"));
                }
                let mut text = match v.distinct_location(n) {
                    Some(place) => format!("{crebo} {} ({place})", info.name),
                    None => format!("{crebo} {}", info.name),
                };
                match self.not_in(n, first) {
                    Some(when) => text.push_str(&format!(" · {when}")),
                    None => {
                        if let Some(c) = &info.capacity {
                            text.push_str(&format!(
                                " · {} {}",
                                c.at(first),
                                fl!(self.lang, "report-places")
                            ));
                        }
                    }
                }
                (text, title)
            };
            let style = match self.flagged.get(&n) {
                Some(Level::Error) => RowStyle::Error,
                Some(Level::Warning) => RowStyle::Warning,
                _ if !v.graph.reached[v.graph.index(n).index()] => RowStyle::Faded,
                _ => RowStyle::Normal,
            };
            row_of.insert(n, rows.len());
            rows.push(Row {
                group: gi,
                text,
                title,
                style,
            });
        }
        let mut links = Vec::new();
        for (i, e) in v.edges() {
            let (Some(&a), Some(&b)) = (row_of.get(&e.from()), row_of.get(&e.to())) else {
                continue;
            };
            let codes: Vec<&str> = v.broken[i].iter().map(|c| c.as_str()).collect();
            let mut title = format!("{} → {}", m.node_ref(e.from()), m.node_ref(e.to()));
            if !codes.is_empty() {
                title.push_str(&format!(" ({})", codes.join(", ")));
            }
            links.push(Link {
                from: a,
                to: b,
                broken: v.is_broken(i),
                label: codes.join(" "),
                title,
            });
        }
        let mut layer_names: Vec<(usize, String)> = Vec::new();
        for l in 0..=5 {
            let name = match l {
                0 => "vmbo".to_string(),
                5 => format!("mbo ({})", fl!(self.lang, "report-level-unknown")),
                _ => format!("mbo {l}"),
            };
            layer_names.push((l, name));
        }
        Picture {
            groups,
            rows,
            links,
            layer_names,
        }
    }

    /// Routes from a programme to offers at or above `target`: edge
    /// indices, at most `limit`, shortest and sound ones first.
    fn routes(&self, start: Node, target: u8, limit: usize) -> (Vec<Vec<usize>>, bool) {
        let g = &self.view.graph;
        let m = self.view.model;
        let mut found: Vec<Vec<usize>> = Vec::new();
        let mut more = false;
        let mut stack: Vec<(Node, Vec<usize>)> = vec![(start, Vec::new())];
        while let Some((node, path)) = stack.pop() {
            for ei in self.out(node) {
                let e = &g.edges[ei];
                let on_path = e.to() == start || path.iter().any(|&p| g.edges[p].to() == e.to());
                if on_path {
                    continue;
                }
                let mut next = path.clone();
                next.push(ei);
                let at_target = match e.to() {
                    Node::Offer(o) => m.offer_level(o).is_some_and(|l| l >= target),
                    Node::Programme(_) => false,
                };
                if at_target {
                    if found.len() >= limit {
                        more = true;
                    } else {
                        found.push(next);
                    }
                } else if next.len() < 6 {
                    stack.push((e.to(), next));
                }
            }
        }
        // Two pathways may declare one step (D303): show each route once.
        let key = |p: &Vec<usize>| -> Vec<Node> { p.iter().map(|&e| g.edges[e].to()).collect() };
        found.sort_by_key(|p| (key(p), p.iter().any(|&e| self.view.is_broken(e))));
        found.dedup_by(|a, b| key(a) == key(b));
        found.sort_by_key(|p| {
            (
                p.iter().any(|&e| self.view.is_broken(e)),
                p.len(),
                p.iter()
                    .map(|&e| m.node_ref(g.edges[e].to()))
                    .collect::<Vec<_>>(),
            )
        });
        (found, more)
    }

    fn route_markup(&self, path: &[usize]) -> Markup {
        let v = &self.view;
        let g = &v.graph;
        // The institution is named where the route enters it.
        let mut steps = Vec::with_capacity(path.len());
        let mut last_owner: Option<String> = None;
        for &ei in path {
            let info = v.info(g.edges[ei].to());
            let new_owner = last_owner.as_deref() != Some(info.owner.as_str());
            last_owner = Some(info.owner.clone());
            steps.push((ei, info, new_owner));
        }
        html! {
            @for (ei, info, new_owner) in &steps {
                @let codes = v.broken[*ei].iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", ");
                @let level = info.level.map_or("?".to_string(), |l| l.to_string());
                " "
                @if v.is_broken(*ei) {
                    span.arrow.broken title=(codes) { "⇢ " (codes) }
                } @else {
                    span.arrow { "→" }
                }
                " "
                @if *new_owner { (info.owner_name) " " }
                span title=(format!("{} {} · mbo {level}", info.crebo.unwrap_or(0), info.name)) {
                    (info.crebo.unwrap_or(0)) " " (info.name)
                    @if let Some(place) = v.distinct_location(g.edges[*ei].to()) { ", " (place) }
                    " (" (level) ")"
                }
            }
        }
    }

    fn programmes(&self, r: Area) -> Markup {
        let v = &self.view;
        let m = v.model;
        let progs: Vec<(Node, ProgId)> = self
            .region_programmes(r)
            .into_iter()
            .filter_map(|n| match n {
                Node::Programme(p) => Some((n, p)),
                Node::Offer(_) => None,
            })
            .collect();
        if progs.is_empty() {
            return html! { p { em { (fl!(self.lang, "report-no-vmbo-programmes-in-this")) } } };
        }
        let target_of = |school: SchoolId| -> u8 {
            let regions: Vec<u8> = m
                .regions
                .iter()
                .filter(|x| !x.implicit && x.members.contains(&MemberRef::School(school)))
                .map(|x| x.target_level)
                .collect();
            regions.into_iter().max().unwrap_or(4)
        };
        let fine = progs
            .iter()
            .filter(|(n, p)| {
                let target = target_of(m.programme(*p).school);
                !self.notes.contains_key(n) && !self.routes(*n, target, 1).0.is_empty()
            })
            .count();
        html! {
            @if fine > 0 {
                p.print-only.below {
                    (fl!(self.lang, "report-programmes-fine", count = fine))
                }
            }
            table.programmes.all-fine[fine == progs.len()] {
                thead { tr {
                    th { (fl!(self.lang, "report-programme")) }
                    th { (fl!(self.lang, "report-track-profile")) }
                    th { (fl!(self.lang, "report-leavers")) }
                    th { (fl!(self.lang, "report-routes-to-the-target-level")) }
                } }
                tbody {
                    @for &(n, p) in &progs {
                        @let prog = m.programme(p);
                        @let info = v.info(n);
                        @let target = target_of(prog.school);
                        @let (routes, more) = self.routes(n, target, 40);
                        @let fine = !routes.is_empty() && !self.notes.contains_key(&n);
                        tr.fine[fine] {
                            td.prog {
                                b { (info.name) } br;
                                (info.owner_name) br;
                                span.ref { (info.id) }
                            }
                            td {
                                (info.track.clone().unwrap_or_default())
                                @if let Some(p) = &info.profile { " · " (p) }
                                @if let Some(p) = &info.practical { br; span.below { (fl!(self.lang, "report-practical")) ": " (p) } }
                            }
                            td { @if let Some(n) = &info.pupils { (super::pupil_flow::over_years(n)) } }
                            td {
                                @if routes.is_empty() {
                                    span.why { (self.no_route_reason(n, target)) }
                                } @else {
                                    ul.routes {
                                        @for path in routes.iter().take(5) {
                                            li { (self.route_markup(path)) }
                                        }
                                    }
                                    @if routes.len() > 5 || more {
                                        span.below {
                                            "+ " (routes.len() - 5.min(routes.len())) @if more { "+" } " "
                                            (fl!(self.lang, "report-more"))
                                        }
                                    }
                                }
                                @for d in self.notes.get(&n).map(Vec::as_slice).unwrap_or(&[]) {
                                    div.note { (d.code.as_str()) ": " (d.message.render(self.lang)) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn no_route_reason(&self, n: Node, target: u8) -> String {
        let g = &self.view.graph;
        if !g.has_out_edges(n) {
            return fl!(self.lang, "report-no-pathway-starts-at-this");
        }
        let best = g.best_level[g.index(n).index()];
        fl!(
            self.lang,
            "report-no-route-to-target",
            target = target,
            best = best
        )
    }

    // ---- findings ------------------------------------------------------

    fn findings(&self) -> Markup {
        let a = &self.loaded.analysis;
        let mut by_code: BTreeMap<Code, Vec<&Diagnostic>> = BTreeMap::new();
        for d in &a.diagnostics {
            by_code.entry(d.code).or_default().push(d);
        }
        html! {
            section #findings {
                h2 { (fl!(self.lang, "report-findings")) }
                @if by_code.is_empty() {
                    p { (fl!(self.lang, "report-no-findings-the-plan-passes")) }
                } @else {
                    p.below { (fl!(self.lang, "report-grouped-by-check-leerlijn-explain")) }
                }
                @for (code, ds) in &by_code {
                    @let info = code.info();
                    @let level = ds.iter().map(|d| d.level).min().unwrap_or(Level::Info);
                    section.check id=(code.as_str()) {
                        h3 {
                            span class=(format!("badge {}", level.as_str())) { (self.level_name(level)) }
                            " " (code.as_str()) " " (info.name) " "
                            span.below { "(" (ds.len()) ")" }
                        }
                        p.below { (info.summary(self.lang)) }
                        @for d in ds {
                            (self.finding(d))
                        }
                    }
                }
            }
        }
    }

    fn level_name(&self, level: Level) -> String {
        match level {
            Level::Error => fl!(self.lang, "report-error"),
            Level::Warning => fl!(self.lang, "report-warning"),
            Level::Info => fl!(self.lang, "report-info"),
            Level::Allow => "allow".into(),
        }
    }

    fn location(&self, span: Span) -> String {
        let (start, _) = self.sources.span_lines(span);
        format!(
            "{}:{}:{}",
            self.sources.get(span.file).path,
            start.line,
            start.column
        )
    }

    /// The lines a span covers, the span marked.
    fn excerpt(&self, span: Span) -> Markup {
        let f = self.sources.get(span.file);
        let text = &f.text;
        let (s, e) = (span.start as usize, (span.end as usize).min(text.len()));
        let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[e..].find('\n').map_or(text.len(), |i| e + i);
        let (start, _) = self.sources.span_lines(span);
        html! {
            pre.src {
                span.ln { (format!("{:>4} │ ", start.line)) }
                (&text[line_start..s]) mark { (&text[s..e]) } (&text[e..line_end].trim_end_matches('\r'))
            }
        }
    }

    fn finding(&self, d: &Diagnostic) -> Markup {
        let lang = self.lang;
        html! {
            article class=(format!("finding {}", d.level.as_str())) {
                p.msg { (d.message.render(lang)) }
                p.loc { (self.location(d.span)) @if let Some(l) = &d.label { " — " (l.render(lang)) } }
                (self.excerpt(d.span))
                @for l in &d.labels {
                    p.label { span.loc { (self.location(l.span)) } " — " (l.message.render(lang)) }
                    (self.excerpt(l.span))
                }
                @if let Some(h) = &d.help {
                    p.help { b { (fl!(self.lang, "report-help")) ": " } (h.render(lang)) }
                }
            }
        }
    }
}

/// `2028/29`: the school year that starts in `y`.
fn school_year(y: u32) -> String {
    format!("{y}/{:02}", (y + 1) % 100)
}

/// `2025–2026, 2028` for a sorted list of years.
fn year_ranges(years: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < years.len() {
        let mut j = i;
        while j + 1 < years.len() && years[j + 1] == years[j] + 1 {
            j += 1;
        }
        if i == j {
            parts.push(years[i].to_string());
        } else {
            parts.push(format!("{}–{}", years[i], years[j]));
        }
        i = j + 1;
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::year_ranges;

    #[test]
    fn years_compress_to_ranges() {
        assert_eq!(year_ranges(&[2025, 2026, 2028]), "2025–2026, 2028");
        assert_eq!(year_ranges(&[2025]), "2025");
    }
}
