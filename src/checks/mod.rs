//! The checks: the registry, and one module per check. A check reads the
//! model and the transition graph and returns findings at their default
//! level; levels and suppressions are applied later, in one place.

pub mod k601_capacity_shortfall;
pub mod k602_small_cohort;
pub mod pupil_flow;
pub mod suppress;

/// The signature of a graph check.
pub type CheckFn = fn(&Context, &mut Vec<Diagnostic>);

/// Declares each graph check's module with the codes it reports, and the
/// table `run` runs. Adding a graph check is one line here and one row in
/// the codes table (`crate::codes`, which sits below this stage and so
/// cannot name the function itself).
macro_rules! graph_checks {
    ($( $module:ident: [$($code:ident),+]; )*) => {
        $( pub mod $module; )*

        /// Every check of the graph stage with the codes it reports, in the
        /// order `run` runs them.
        pub static GRAPH_CHECKS: &[(&[Code], CheckFn)] = &[
            $( (&[$(Code::$code),+], $module::check) ),*
        ];
    };
}

graph_checks! {
    c201_inadmissible_transition: [C201];
    c202_missing_required_subject: [C202];
    c203_level_regression: [C203];
    c204_inactive_endpoint: [C204];
    c205_route_unavailable: [C205];
    c206_cross_region_transition: [C206];
    c207_dead_end_programme: [C207];
    c208_target_level_unreachable: [C208];
    c209_sector_discontinuity: [C209];
    c210_pathway_cycle: [C210];
    c211_unreached_offer: [C211];
    c212_superseded_qualification: [C212];
    d301_duplicate_offer: [D301];
    d302_overlapping_offer: [D302];
    d303_duplicate_pathway: [D303];
    d304_overlapping_dossier: [D304];
    s40x_coverage: [S401, S402, S403];
    r501_orphan_member: [R501];
    r502_outside_labour_market: [R502];
}

/// The checks that run after suppression, on what it left (K601, K602),
/// and the suppression checks themselves (W001, W002).
pub const AFTER_SUPPRESSION: [Code; 4] = [Code::K601, Code::K602, Code::W001, Code::W002];

pub use crate::codes::{self as registry, CheckInfo, Code, Group, Level, REGISTRY, lookup};

use crate::collections::{HashMap, HashSet};
use std::hash::Hash;

use crate::diagnostics::Diagnostic;
use crate::graph::Graph;
use crate::model::{MemberRef, Model, Node, OfferId, PathwayId, ProgId, RegionId, SchoolId, Years};
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
        match offer.qualification.and_then(|q| m.qual(q).title.clone()) {
            Some(t) => format!("{} {t}", offer.crebo),
            None => offer.crebo.to_string(),
        }
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
        let r = &self.model.regions[region.idx()];
        let mut seen: HashSet<SchoolId> = HashSet::default();
        r.members
            .iter()
            .filter_map(|m| match m {
                MemberRef::School(s) => Some(*s),
                _ => None,
            })
            .filter(|s| seen.insert(*s))
            .flat_map(|s: SchoolId| {
                self.model
                    .school(s)
                    .programmes
                    .iter()
                    .map(|&p| Node::Programme(p))
            })
            .collect()
    }

    /// A pathway as written: `olympia.pie-kb -> zadkine.25332 -> ...`.
    pub fn pathway_text(&self, p: PathwayId) -> String {
        let m = self.model;
        m.pathways[p.idx()]
            .nodes
            .iter()
            .map(|&n| m.node_ref(n))
            .collect::<Vec<_>>()
            .join(" -> ")
    }

    /// For each (key, plan step): how many of `offers` with that key run
    /// in that step. O(offers × steps): what D302 and D304 use to find
    /// offers that share a year with a different one, without comparing
    /// offers pairwise.
    pub fn step_counts<K: Hash + Eq + Clone>(
        &self,
        offers: &[OfferId],
        key: impl Fn(OfferId) -> K,
    ) -> HashMap<(K, usize), usize> {
        let mut counts = HashMap::default();
        for &o in offers {
            let k = key(o);
            for s in self.running_steps(o) {
                *counts.entry((k.clone(), s)).or_insert(0) += 1;
            }
        }
        counts
    }

    /// The indices into the plan's steps in which an offer runs: one
    /// contiguous range, since its years are one range.
    pub fn running_steps(&self, o: OfferId) -> std::ops::Range<usize> {
        steps_within(&self.graph.steps, self.model.offer_years(o))
    }
}

/// The indices of `steps` (consecutive years, or one timeless step) that
/// lie within `years`.
pub fn steps_within(steps: &[Option<u32>], years: Years) -> std::ops::Range<usize> {
    match steps {
        [Some(first), ..] => {
            let n = steps.len();
            let lo = years.from.map_or(0, |f| f.saturating_sub(*first) as usize);
            let hi = years.until.map_or(n, |u| {
                ((u as i64 - *first as i64 + 1).max(0) as usize).min(n)
            });
            lo.min(n)..hi.max(lo.min(n))
        }
        _ => 0..steps.len(),
    }
}

/// Runs every graph check (C, D, S and R codes).
pub fn run(ctx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (_, check) in GRAPH_CHECKS {
        check(ctx, &mut out);
    }
    out
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
    let edges = pupil_flow::FirstEdges::new(ctx, reported, levels);
    let intake = pupil_flow::Intake::new(ctx, &edges);
    k601_capacity_shortfall::check(ctx, &edges, &intake, &mut out);
    k602_small_cohort::check(ctx, &edges, &intake, min_cohort, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::{AFTER_SUPPRESSION, GRAPH_CHECKS, steps_within};
    use crate::codes::{Group, REGISTRY};

    /// Every check on a plan's content in the codes table is run, once:
    /// by the graph stage or after suppression.
    #[test]
    fn every_content_check_runs_exactly_once() {
        let mut run: Vec<&str> = GRAPH_CHECKS
            .iter()
            .flat_map(|(codes, _)| codes.iter())
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
