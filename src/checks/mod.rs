//! The checks: the registry, and one module per check. A check reads the
//! model and the transition graph and returns findings at their default
//! level; levels and suppressions are applied later, in one place.

pub mod c201_inadmissible_transition;
pub mod c202_missing_required_subject;
pub mod c203_level_regression;
pub mod c204_inactive_endpoint;
pub mod c205_route_unavailable;
pub mod c206_cross_region_transition;
pub mod c207_dead_end_programme;
pub mod c208_target_level_unreachable;
pub mod c209_sector_discontinuity;
pub mod c210_pathway_cycle;
pub mod c211_unreached_offer;
pub mod d301_duplicate_offer;
pub mod d302_overlapping_offer;
pub mod d303_duplicate_pathway;
pub mod d304_overlapping_dossier;
pub mod r501_orphan_member;
pub mod registry;
pub mod s40x_coverage;
pub mod suppress;

pub use registry::{CheckInfo, Code, Group, Level, REGISTRY, lookup};

use std::collections::HashSet;

use crate::diagnostics::Diagnostic;
use crate::graph::Graph;
use crate::model::{InstId, MemberRef, Model, Node, OfferId, ProgId, RegionId, SchoolId};
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

    /// Declared regions a school is a member of (none for the implicit region).
    pub fn regions_of(&self, member: MemberRef) -> Vec<RegionId> {
        self.model
            .regions
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.implicit && r.members.contains(&member))
            .map(|(i, _)| RegionId(i as u32))
            .collect()
    }

    pub fn owner(&self, node: Node) -> MemberRef {
        match node {
            Node::Programme(p) => MemberRef::School(self.model.programme(p).school),
            Node::Offer(o) => MemberRef::Institution(self.model.offer(o).institution),
        }
    }

    /// Programmes that start a pathway with an unresolved later node: not
    /// reported by C207–C209 (language.md).
    pub fn unresolved_starts(&self) -> HashSet<ProgId> {
        self.model
            .pathways
            .iter()
            .filter(|p| p.nodes.is_empty())
            .filter_map(|p| match p.first {
                Some(Node::Programme(id)) => Some(id),
                _ => None,
            })
            .collect()
    }

    /// The offers of a region's member institutions, in source order.
    pub fn region_offers(&self, region: RegionId) -> Vec<OfferId> {
        let r = &self.model.regions[region.idx()];
        let insts: HashSet<InstId> = r
            .members
            .iter()
            .filter_map(|m| match m {
                MemberRef::Institution(i) => Some(*i),
                _ => None,
            })
            .collect();
        (0..self.model.offers.len() as u32)
            .map(OfferId)
            .filter(|o| insts.contains(&self.model.offer(*o).institution))
            .collect()
    }

    /// The programmes of a region's member schools.
    pub fn region_programmes(&self, region: RegionId) -> Vec<Node> {
        let r = &self.model.regions[region.idx()];
        r.members
            .iter()
            .filter_map(|m| match m {
                MemberRef::School(s) => Some(*s),
                _ => None,
            })
            .flat_map(|s: SchoolId| {
                self.model
                    .school(s)
                    .programmes
                    .iter()
                    .map(|&p| Node::Programme(p))
            })
            .collect()
    }

    /// True when the offer runs in some plan year shared with the other.
    pub fn share_a_year(&self, a: OfferId, b: OfferId) -> bool {
        let (ya, yb) = (self.model.offer_years(a), self.model.offer_years(b));
        self.graph
            .steps
            .iter()
            .any(|&s| Graph::runs(ya, s) && Graph::runs(yb, s))
    }
}

/// Runs every graph check (C, D, S and R codes).
pub fn run(ctx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    c201_inadmissible_transition::check(ctx, &mut out);
    c202_missing_required_subject::check(ctx, &mut out);
    c203_level_regression::check(ctx, &mut out);
    c204_inactive_endpoint::check(ctx, &mut out);
    c205_route_unavailable::check(ctx, &mut out);
    c206_cross_region_transition::check(ctx, &mut out);
    c207_dead_end_programme::check(ctx, &mut out);
    c208_target_level_unreachable::check(ctx, &mut out);
    c209_sector_discontinuity::check(ctx, &mut out);
    c210_pathway_cycle::check(ctx, &mut out);
    c211_unreached_offer::check(ctx, &mut out);
    d301_duplicate_offer::check(ctx, &mut out);
    d302_overlapping_offer::check(ctx, &mut out);
    d303_duplicate_pathway::check(ctx, &mut out);
    d304_overlapping_dossier::check(ctx, &mut out);
    s40x_coverage::check(ctx, &mut out);
    r501_orphan_member::check(ctx, &mut out);
    out
}
