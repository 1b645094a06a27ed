//! The checks: the registry, and one module per check. A check reads the
//! model and the transition graph and returns findings at their default
//! level; levels and suppressions are applied later, in one place.

pub mod k601_capacity_shortfall;
pub mod k602_small_cohort;
pub mod pupil_flow;
pub mod suppress;

/// The signature of a graph check.
pub type CheckFn = fn(&Context, &mut Vec<Diagnostic>);

/// Which transition edges an error-level finding of a check breaks: what
/// `report` and `graph` draw as a broken edge. Each check's file says it
/// (`pub const BREAKS`), next to the spans its findings point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breaks {
    /// None: the finding is about no single edge.
    Nothing,
    /// The edge whose target reference is the finding's primary location.
    Target,
    /// As `Target`, and also the edges whose source reference is the
    /// primary location (a programme or offer that does not run).
    TargetOrSource,
    /// The edges whose target reference is the primary location or one of
    /// the finding's labels (every step of a cycle).
    TargetOrLabel,
    /// The edges into offers that lack the pathway's `route`; the primary
    /// location is the `route` value.
    Route,
}

/// A graph check, as its row in the codes table names it.
pub struct GraphCheck {
    /// Its file in src/checks/.
    pub module: &'static str,
    pub run: CheckFn,
    pub breaks: Breaks,
    /// It reads the files' text, not only the model and the graph (each
    /// check's file says it, `pub const READS_TEXT`): it runs before the
    /// texts are shed (`analysis::analyze_without_texts`).
    pub reads_text: bool,
}

/// Declares each graph check's module and the table `run` runs, from the
/// rows of the codes table that name a module (`crate::codes`, `check
/// MODULE` / `by MODULE`): adding a graph check is that row and the
/// check's own file, with `pub fn check`, `pub const BREAKS` and
/// `pub const READS_TEXT`.
macro_rules! graph_checks {
    // Sort the rows: modules to declare and run, and each code's module.
    (@rows [$($m:ident)*] [$($pair:tt)*] $code:ident check $module:ident; $($rest:tt)*) => {
        graph_checks! { @rows [$($m)* $module] [$($pair)* ($code $module)] $($rest)* }
    };
    (@rows [$($m:ident)*] [$($pair:tt)*] $code:ident by $module:ident; $($rest:tt)*) => {
        graph_checks! { @rows [$($m)*] [$($pair)* ($code $module)] $($rest)* }
    };
    (@rows [$($m:ident)*] [$($pair:tt)*] $code:ident; $($rest:tt)*) => {
        graph_checks! { @rows [$($m)*] [$($pair)*] $($rest)* }
    };
    (@rows [$($module:ident)*] [$(($code:ident $of:ident))*]) => {
        $( pub mod $module; )*

        /// Every check of the graph stage, in the order `run` runs them
        /// (the codes table's order).
        pub static GRAPH_CHECKS: &[GraphCheck] = &[
            $( GraphCheck {
                module: stringify!($module),
                run: $module::check,
                breaks: $module::BREAKS,
                reads_text: $module::READS_TEXT,
            } ),*
        ];

        /// Each code a graph check reports, with its check's module.
        pub static GRAPH_CODES: &[(Code, &str)] = &[ $( (Code::$code, stringify!($of)) ),* ];
    };
}

crate::codes::graph_check_rows!();

/// Which edges an error-level finding of `code` breaks.
pub fn breaks(code: Code) -> Breaks {
    let Some(&(_, module)) = GRAPH_CODES.iter().find(|(c, _)| *c == code) else {
        return Breaks::Nothing;
    };
    GRAPH_CHECKS
        .iter()
        .find(|c| c.module == module)
        .map_or(Breaks::Nothing, |c| c.breaks)
}

/// The checks that run after suppression, on what it left (K601, K602),
/// and the suppression checks themselves (W001, W002).
pub const AFTER_SUPPRESSION: [Code; 4] = [Code::K601, Code::K602, Code::W001, Code::W002];

pub use crate::codes::{self as registry, CheckInfo, Code, Group, Level, REGISTRY, lookup};

use crate::collections::HashSet;

use crate::diagnostics::{Arg, Diagnostic};
use crate::graph::Graph;
use crate::model::{MemberRef, Model, Node, OfferId, PathwayId, ProgId, RegionId, SchoolId};
use crate::source::{SourceMap, Span};

/// What every check may read.
pub struct Context<'a> {
    pub sources: &'a SourceMap,
    pub model: &'a Model,
    pub graph: &'a Graph,
}

impl Context<'_> {
    /// `25263 Technicus elektrotechnische installaties ...` for an offer.
    pub fn qual_text(&self, o: OfferId) -> String {
        let m = self.model;
        let offer = m.offer(o);
        let title = offer.qualification.and_then(|q| m.qual(q).title.as_deref());
        let mut out = String::with_capacity(6 + title.map_or(0, str::len));
        crate::model::push_number(&mut out, offer.crebo, 0);
        if let Some(t) = title {
            out.push(' ');
            out.push_str(t);
        }
        out
    }

    /// Source order of a span: file order, then offset.
    pub fn order(&self, span: Span) -> (u32, u32) {
        self.sources.order(span)
    }

    /// Declared regions a school or institution is a member of (none for
    /// the implicit region). A lookup, precomputed with the graph.
    pub fn regions_of(&self, member: MemberRef) -> &[RegionId] {
        self.graph.regions_of(member)
    }

    pub fn owner(&self, node: Node) -> MemberRef {
        match node {
            Node::Programme(p) => MemberRef::School(self.model.programme(p).school),
            Node::Offer(o) => MemberRef::Institution(self.model.offer(o).institution),
        }
    }

    /// True for a programme that starts a pathway with an unresolved later
    /// node: not reported by C207–C209 (language.md).
    pub fn unresolved_start(&self, p: ProgId) -> bool {
        self.graph.unresolved_start[p.idx()]
    }

    /// The offers of a region's member institutions, in source order.
    pub fn region_offers(&self, region: RegionId) -> &[OfferId] {
        &self.graph.region_offers[region.idx()]
    }

    /// The programmes of a region's member schools.
    pub fn region_programmes(&self, region: RegionId) -> Vec<Node> {
        self.region_programme_ids(region)
            .into_iter()
            .map(Node::Programme)
            .collect()
    }

    /// [`Context::region_programmes`] as programme IDs.
    pub fn region_programme_ids(&self, region: RegionId) -> Vec<ProgId> {
        let mut seen: HashSet<SchoolId> = HashSet::default();
        let mut out = Vec::new();
        for member in &self.model.regions[region.idx()].members {
            if let MemberRef::School(s) = *member
                && seen.insert(s)
            {
                out.extend_from_slice(&self.model.school(s).programmes);
            }
        }
        out
    }

    /// A pathway as written: `olympia.pie-kb -> zadkine.25332 -> ...`.
    pub fn pathway_text(&self, p: PathwayId) -> String {
        let m = self.model;
        let mut out = String::new();
        for (i, &n) in m.pathways[p.idx()].nodes().iter().enumerate() {
            if i > 0 {
                out.push_str(" -> ");
            }
            m.write_node_ref(n, &mut out);
        }
        out
    }

    /// For each of `offers` and each plan step: how many of `offers` with
    /// the same key run in that step, as one row of `steps.len()` numbers
    /// per offer. What D302 and D304 use to find offers that share a year
    /// with a different one: sorting groups equal keys, so it is
    /// O(offers × (log offers + steps)), without comparing offers pairwise.
    pub fn same_key_counts<K: Ord>(
        &self,
        offers: &[OfferId],
        key: impl Fn(OfferId) -> K,
    ) -> Vec<u32> {
        let n = self.graph.steps.len();
        let mut order: Vec<u32> = (0..offers.len() as u32).collect();
        order.sort_by_cached_key(|&i| key(offers[i as usize]));
        let mut rows = vec![0u32; offers.len() * n];
        let mut counts = vec![0u32; n];
        let mut start = 0;
        while start < order.len() {
            let k = key(offers[order[start] as usize]);
            let mut end = start + 1;
            while end < order.len() && key(offers[order[end] as usize]) == k {
                end += 1;
            }
            counts.fill(0);
            for &i in &order[start..end] {
                for s in self.running_steps(offers[i as usize]) {
                    counts[s] += 1;
                }
            }
            for &i in &order[start..end] {
                let i = i as usize;
                rows[i * n..(i + 1) * n].copy_from_slice(&counts);
            }
            start = end;
        }
        rows
    }

    /// The offers for which `overlap(i, step)` holds (`i` their index in
    /// `offers`) in a step they run, and the steps in which it holds for
    /// any of them: D302's and D304's overlapping offers and years.
    pub fn overlapping(
        &self,
        offers: &[OfferId],
        overlap: impl Fn(usize, usize) -> bool,
    ) -> (Vec<OfferId>, Vec<bool>) {
        let mut years = vec![false; self.graph.steps.len()];
        let mut found = Vec::new();
        for (i, &o) in offers.iter().enumerate() {
            let mut hit = false;
            for s in self.running_steps(o) {
                if overlap(i, s) {
                    (years[s], hit) = (true, true);
                }
            }
            if hit {
                found.push(o);
            }
        }
        (found, years)
    }

    /// The indices into the plan's steps in which an offer runs: one
    /// contiguous range, since its years are one range.
    pub fn running_steps(&self, o: OfferId) -> std::ops::Range<usize> {
        self.graph.node_steps[self.graph.index(Node::Offer(o)).index()].range()
    }
}

pub use crate::graph::steps_within;

/// Runs every graph check (C, D, S and R codes), appending their findings
/// to `out`: straight into the analysis's list, not a second one copied
/// into it (74,000 findings of 216 bytes at the benchmark's scale 10).
pub fn run(ctx: &Context, out: &mut Vec<Diagnostic>) {
    run_reading_text(ctx, out);
    run_rest(ctx, out);
}

/// Runs the graph checks that read the files' text (none now: C212's fix
/// once read the crebo after each reference's dot), before the others,
/// so that a check whose output names positions only can let go of the
/// texts after them.
/// The order of the checks does not show: findings are sorted by place
/// and code.
pub fn run_reading_text(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for check in GRAPH_CHECKS.iter().filter(|c| c.reads_text) {
        (check.run)(ctx, out);
    }
}

/// Whether any check reads the files' text ([`run_reading_text`]).
pub fn reads_text() -> bool {
    GRAPH_CHECKS.iter().any(|c| c.reads_text)
}

/// Runs the other graph checks, in the codes table's order.
pub fn run_rest(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for check in GRAPH_CHECKS.iter().filter(|c| !c.reads_text) {
        (check.run)(ctx, out);
    }
}

/// Runs the capacity checks (K601, K602) on the findings that survived
/// suppression: whether a first edge counts depends on which C201, C202
/// and C205 findings are reported.
pub fn run_capacity(
    ctx: &Context,
    reported: &[Diagnostic],
    levels: &crate::codes::Levels,
    min_cohort: u32,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if ctx.model.programmes.iter().all(|p| p.pupils.is_none()) {
        return out;
    }
    let unbroken = pupil_flow::Unbroken::new(ctx, reported, levels);
    let intake = pupil_flow::Intake::new(ctx, &unbroken, u64::from(min_cohort));
    k601_capacity_shortfall::check(ctx, &unbroken, &intake, &mut out);
    k602_small_cohort::check(ctx, &unbroken, &intake, min_cohort, &mut out);
    out
}

/// How a finding names a region: "region `x`", or "the project" for the
/// implicit region of a plan that declares none.
pub fn region_words(region: &str) -> crate::i18n::Message {
    if region.is_empty() {
        crate::msg!("the-project")
    } else {
        crate::msg!("region-named", region = region)
    }
}

/// ` (Title)` after a crebo, when the catalogue names it.
pub fn titled(title: Option<String>) -> String {
    title.map_or(String::new(), |t| format!(" ({t})"))
}

/// The plan years of the steps `marked` says, as runs (`2025–2027`,
/// `2029`) joined with "and"; `None` when none is marked or the plan has
/// no years.
pub fn marked_years(steps: &[Option<u32>], marked: &[bool]) -> Option<Arg> {
    let mut parts: Vec<Arg> = Vec::new();
    for run in pupil_flow::runs(marked.iter().copied()) {
        let (first, last) = (steps[run.start]?, steps[run.end - 1]?);
        parts.push(if first == last {
            first.to_string().into()
        } else {
            crate::i18n::year_range(first, last).into()
        });
    }
    (!parts.is_empty()).then(|| Arg::and(parts))
}

/// A finding's `when` and `years` arguments: `years` with the years, or
/// `timeless` (see [`marked_years`]).
pub fn when_years(years: Option<Arg>) -> (&'static str, Arg) {
    match years {
        Some(y) => ("years", y),
        None => ("timeless", Arg::Text("".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::{AFTER_SUPPRESSION, GRAPH_CHECKS, GRAPH_CODES, steps_within};
    use crate::codes::{Group, REGISTRY};

    /// Every check on a plan's content in the codes table is run, once:
    /// by the graph stage or after suppression.
    #[test]
    fn every_content_check_runs_exactly_once() {
        let mut run: Vec<&str> = GRAPH_CODES
            .iter()
            .map(|(c, _)| c)
            .chain(AFTER_SUPPRESSION.iter())
            .map(|c| c.as_str())
            .collect();
        run.sort_unstable();
        let mut registered: Vec<&str> = REGISTRY
            .iter()
            .filter(|c| !matches!(c.group, Group::Syntax | Group::Names | Group::Versions))
            .map(|c| c.id())
            .collect();
        registered.sort_unstable();
        assert_eq!(run, registered);
        // A `by MODULE` row names a module a `check` row declares.
        for (code, module) in GRAPH_CODES {
            assert!(
                GRAPH_CHECKS.iter().any(|c| c.module == *module),
                "{code}: `{module}` is declared by no `check` row"
            );
        }
    }
    use crate::model::Years;

    #[test]
    fn steps_within_a_plan() {
        let plan: Vec<Option<u32>> = (2024..=2027).map(Some).collect();
        let y = |from, until| Years { from, until };
        assert_eq!(steps_within(&plan, y(None, None)), 0..4);
        assert_eq!(steps_within(&plan, y(Some(2025), None)), 1..4);
        assert_eq!(steps_within(&plan, y(None, Some(2025))), 0..2);
        assert_eq!(steps_within(&plan, y(Some(2025), Some(2026))), 1..3);
        // Before, after and outside the plan: empty.
        assert!(steps_within(&plan, y(None, Some(2020))).is_empty());
        assert!(steps_within(&plan, y(Some(2030), None)).is_empty());
        assert!(steps_within(&plan, y(Some(2026), Some(2025))).is_empty());
        // A timeless plan: one step, whatever the years.
        assert_eq!(steps_within(&[None], y(Some(2030), None)), 0..1);
    }
}
