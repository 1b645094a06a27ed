//! The pupil-flow network K601 and K602 share (checks.md, "Capacity and
//! pupil numbers"), and the report's pupil-flow chart with them.
//!
//! Only the first edge of a pathway from a programme counts: it is where a
//! vmbo leaver takes a place. Such an edge is *unbroken* unless a reported
//! C201, C202 or C205 finding points at it (a suppressed finding, or one
//! whose check is at `allow`, is not reported and breaks nothing).

use crate::collections::{HashMap, HashSet};

use petgraph::graph::{DiGraph, NodeIndex};

use super::{Code, Context};
use crate::analysis::Levels;
use crate::checks::Level;
use crate::diagnostics::Diagnostic;
use crate::graph::Graph;
use crate::model::{Node, OfferId, ProgId, RegionId};
use crate::source::Span;

/// The unbroken first edges (indices into `graph.edges`), per programme
/// and per offer.
pub struct FirstEdges {
    pub from: Vec<Vec<usize>>,
    pub into: Vec<Vec<usize>>,
}

impl FirstEdges {
    /// From the findings that survived suppression, levelled by `levels`.
    pub fn new(ctx: &Context, reported: &[Diagnostic], levels: &Levels) -> FirstEdges {
        let (m, g) = (ctx.model, ctx.graph);
        let mut at: HashSet<Span> = HashSet::default();
        let mut route_at: HashSet<Span> = HashSet::default();
        for d in reported {
            if !matches!(d.code, Code::C201 | Code::C202 | Code::C205)
                || levels.level_of(d.code) == Level::Allow
            {
                continue;
            }
            if d.code == Code::C205 {
                route_at.insert(d.span);
            } else {
                at.insert(d.span);
            }
        }
        let mut from = vec![Vec::new(); m.programmes.len()];
        let mut into = vec![Vec::new(); m.offers.len()];
        for (i, e) in g.edges.iter().enumerate() {
            let (Node::Programme(p), Node::Offer(o), 1) = (e.from, e.to, e.hop) else {
                continue;
            };
            let pathway = &m.pathways[e.pathway.idx()];
            let route_broken = pathway.route.is_some_and(|(r, span)| {
                !m.offer(o).routes.contains(&r) && route_at.contains(&span)
            });
            if at.contains(&e.target) || route_broken {
                continue;
            }
            from[p.idx()].push(i);
            into[o.idx()].push(i);
        }
        FirstEdges { from, into }
    }

    /// The offers a programme's unbroken first edges that count in `step`
    /// lead to, each once, in order.
    pub fn offers_of(&self, ctx: &Context, p: ProgId, step: Option<u32>) -> Vec<OfferId> {
        let mut out: Vec<OfferId> = self.from[p.idx()]
            .iter()
            .map(|&i| &ctx.graph.edges[i])
            .filter(|e| ctx.graph.edge_counts(ctx.model, e, step))
            .filter_map(|e| match e.to {
                Node::Offer(o) => Some(o),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The programmes with an unbroken first edge into an offer that
    /// counts in `step`, each once, in order.
    pub fn programmes_into(&self, ctx: &Context, o: OfferId, step: Option<u32>) -> Vec<ProgId> {
        let mut out: Vec<ProgId> = self.into[o.idx()]
            .iter()
            .map(|&i| &ctx.graph.edges[i])
            .filter(|e| ctx.graph.edge_counts(ctx.model, e, step))
            .filter_map(|e| match e.from {
                Node::Programme(p) => Some(p),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// A region's leavers and places in one plan step.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flow {
    /// The `pupils` of the region's programmes that run that year.
    pub leavers: u64,
    /// How many of them the maximum flow places.
    pub placed: u64,
    /// The `capacity` of the offers their unbroken first edges reach.
    pub places: u64,
    /// Some of those offers give no `capacity` (unlimited places).
    pub unbounded: bool,
    /// Programmes not all of whose leavers are placed: (programme,
    /// unplaced, its leavers), in programme order.
    pub unplaced: Vec<(ProgId, u64, u64)>,
}

impl Flow {
    pub fn shortfall(&self) -> u64 {
        self.leavers - self.placed
    }
}

/// The maximum flow source → programme (its `pupils`) → first offer
/// (unbounded) → sink (the offer's `capacity`) for a region in one step,
/// by petgraph's Dinic's algorithm. `programmes` narrows the region's
/// programmes (the report's chart per sector); `None` takes them all.
pub fn region_flow(
    ctx: &Context,
    edges: &FirstEdges,
    region: RegionId,
    step: Option<u32>,
    keep: Option<&dyn Fn(OfferId) -> bool>,
) -> Flow {
    let m = ctx.model;
    let mut flow = Flow::default();
    let mut progs: Vec<(ProgId, u64, Vec<OfferId>)> = Vec::new();
    for n in ctx.region_programmes(region) {
        let Node::Programme(p) = n else { continue };
        let prog = m.programme(p);
        if !Graph::runs(prog.years, step) {
            continue;
        }
        let pupils = u64::from(prog.pupils.as_ref().map_or(0, |c| c.at(step)));
        if pupils == 0 {
            continue;
        }
        let mut offers = edges.offers_of(ctx, p, step);
        if let Some(keep) = keep {
            offers.retain(|&o| keep(o));
            if offers.is_empty() {
                continue;
            }
        }
        flow.leavers += pupils;
        progs.push((p, pupils, offers));
    }
    if flow.leavers == 0 {
        return flow;
    }
    let big = flow.leavers;
    let mut net: DiGraph<(), u64> = DiGraph::new();
    let source = net.add_node(());
    let sink = net.add_node(());
    let mut offer_node: HashMap<OfferId, NodeIndex> = HashMap::default();
    let mut supply = Vec::with_capacity(progs.len());
    for (_, pupils, offers) in &progs {
        let pn = net.add_node(());
        supply.push(net.add_edge(source, pn, *pupils));
        for &o in offers {
            let on = *offer_node.entry(o).or_insert_with(|| {
                let on = net.add_node(());
                let cap = m.offer(o).capacity.as_ref().map(|c| u64::from(c.at(step)));
                match cap {
                    Some(c) => flow.places += c,
                    None => flow.unbounded = true,
                }
                net.add_edge(on, sink, cap.unwrap_or(big).min(big));
                on
            });
            net.add_edge(pn, on, big);
        }
    }
    let (placed, flows) = petgraph::algo::dinics(&net, source, sink);
    flow.placed = placed;
    for ((p, pupils, _), e) in progs.iter().zip(supply) {
        let sent = flows[e.index()];
        if sent < *pupils {
            flow.unplaced.push((*p, pupils - sent, *pupils));
        }
    }
    flow
}

/// Runs of consecutive plan steps where `hit` holds, as index ranges.
pub fn runs_of(hits: &[bool]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &h) in hits.iter().chain(std::iter::once(&false)).enumerate() {
        match (h, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::runs_of;

    #[test]
    fn consecutive_hits_merge() {
        assert_eq!(runs_of(&[]), vec![]);
        assert_eq!(runs_of(&[false, true, true, false, true]), vec![1..3, 4..5]);
        assert_eq!(runs_of(&[true]), vec![0..1]);
    }
}
