//! The pupil-flow network K601 and K602 share (checks.md, "Capacity and
//! pupil numbers"), and the report's pupil-flow chart with them.
//!
//! Only the first edge of a pathway from a programme counts: it is where a
//! vmbo leaver takes a place. Such an edge is *unbroken* unless a reported
//! C201, C202 or C205 finding points at it (a suppressed finding, or one
//! whose check is at `allow`, is not reported and breaks nothing).

use std::ops::Range;

use crate::collections::{HashMap, HashSet};

use petgraph::graph::{DiGraph, NodeIndex};

use super::{Code, Context};
use crate::checks::Level;
use crate::codes::Levels;
use crate::diagnostics::Diagnostic;
use crate::graph::Graph;
use crate::model::{Node, OfferId, ProgId, RegionId};
use crate::source::Span;

/// The unbroken first edges, per programme (to the offer) and per offer
/// (from the programme), each with the plan steps in which it counts (one
/// contiguous range, as every item's years are one range).
pub struct FirstEdges {
    pub from: Vec<Vec<(OfferId, Range<usize>)>>,
    pub into: Vec<Vec<(ProgId, Range<usize>)>>,
}

impl FirstEdges {
    /// From the findings that survived suppression, levelled by `levels`.
    pub fn new(ctx: &Context, reported: &[Diagnostic], levels: &Levels) -> FirstEdges {
        let (m, g) = (ctx.model, ctx.graph);
        let mut at: HashSet<Span> = HashSet::default();
        let mut route_at: HashSet<Span> = HashSet::default();
        for d in reported.iter().filter(|d| d.code.as_str().starts_with('C')) {
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
        for e in &g.edges {
            let (Node::Programme(p), Node::Offer(o), 1) = (e.from, e.to, e.hop) else {
                continue;
            };
            let pathway = &m.pathways[e.pathway.idx()];
            let route_broken = pathway.route.is_some_and(|(r, span)| {
                !m.offer(o).routes.contains(&r) && route_at.contains(&span)
            });
            if (!at.is_empty() && at.contains(&e.target)) || route_broken {
                continue;
            }
            let years = g.pathway_years[e.pathway.idx()]
                .intersect(m.node_years(e.from))
                .intersect(m.node_years(e.to));
            let steps = super::steps_within(&g.steps, years);
            if steps.is_empty() {
                continue;
            }
            from[p.idx()].push((o, steps.clone()));
            into[o.idx()].push((p, steps));
        }
        // Each offer or programme once per list, its steps merged (a
        // programme may reach an offer by several pathways).
        for list in &mut from {
            merge(list);
        }
        for list in &mut into {
            merge(list);
        }
        FirstEdges { from, into }
    }
}

/// Sorts by key and merges the overlapping or touching step ranges of
/// equal keys, so the ranges left for one key are disjoint: a step counts
/// each programme or offer at most once.
fn merge<K: Ord + Copy>(list: &mut Vec<(K, Range<usize>)>) {
    list.sort_by_key(|(k, r)| (*k, r.start));
    list.dedup_by(|b, a| {
        if a.0 == b.0 && b.1.start <= a.1.end {
            a.1.end = a.1.end.max(b.1.end);
            true
        } else {
            false
        }
    });
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

/// The programmes of a region's member schools, each once.
pub fn region_programmes(ctx: &Context, region: RegionId) -> Vec<ProgId> {
    ctx.region_programmes(region)
        .into_iter()
        .filter_map(|n| match n {
            Node::Programme(p) => Some(p),
            Node::Offer(_) => None,
        })
        .collect()
}

/// What one step's maximum flow depends on: per programme with leavers
/// its `pupils` and the offers its unbroken first edges reach, and per
/// such offer its `capacity` (`None`: unlimited). Flat, so that building
/// and comparing it is cheap: consecutive years with equal inputs share
/// one flow.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FlowInput {
    /// (programme, pupils, end of its offers in `reach`).
    progs: Vec<(ProgId, u64, u32)>,
    /// Indices into `caps`, each programme's after the one before.
    reach: Vec<u32>,
    caps: Vec<(OfferId, Option<u64>)>,
}

impl FlowInput {
    fn reach_of(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.progs[i - 1].2 };
        &self.reach[start as usize..self.progs[i].2 as usize]
    }
}

/// The flow input over `programmes` (a region's, see
/// [`region_programmes`]) in plan step `si`. `keep` narrows the offers
/// (the report's chart per sector): a programme with no kept offer then
/// brings no leavers. `slot` is scratch space, one entry per offer of the
/// model, all 0, and left so.
pub fn flow_input(
    ctx: &Context,
    edges: &FirstEdges,
    programmes: &[ProgId],
    si: usize,
    keep: Option<&dyn Fn(OfferId) -> bool>,
    slot: &mut [u32],
) -> FlowInput {
    let m = ctx.model;
    let step = ctx.graph.steps[si];
    let mut input = FlowInput::default();
    for &p in programmes {
        let prog = m.programme(p);
        if !Graph::runs(prog.years, step) {
            continue;
        }
        let pupils = u64::from(prog.pupils.as_ref().map_or(0, |c| c.at(step)));
        if pupils == 0 {
            continue;
        }
        let before = input.reach.len();
        for (o, r) in &edges.from[p.idx()] {
            if !r.contains(&si) || keep.is_some_and(|k| !k(*o)) {
                continue;
            }
            let s = &mut slot[o.idx()];
            if *s == 0 {
                let cap = m.offer(*o).capacity.as_ref().map(|c| u64::from(c.at(step)));
                input.caps.push((*o, cap));
                *s = input.caps.len() as u32;
            }
            input.reach.push(*s - 1);
        }
        if keep.is_some() && input.reach.len() == before {
            continue;
        }
        input.progs.push((p, pupils, input.reach.len() as u32));
    }
    for (o, _) in &input.caps {
        slot[o.idx()] = 0;
    }
    input
}

/// The maximum flow source → programme (its `pupils`) → first offer
/// (unbounded) → sink (the offer's `capacity`). The network falls apart
/// into parts that share no offer; a part in which every offer can take
/// the leavers of every programme that reaches it places them all (route
/// each programme to any of its offers), and only the other parts go to
/// petgraph's Dinic's algorithm. Both are exact.
pub fn solve(input: &FlowInput) -> Flow {
    let mut flow = Flow {
        leavers: input.progs.iter().map(|p| p.1).sum(),
        ..Flow::default()
    };
    for &(_, cap) in &input.caps {
        match cap {
            Some(c) => flow.places += c,
            None => flow.unbounded = true,
        }
    }
    if flow.leavers == 0 {
        return flow;
    }
    // Parts by union-find over offers.
    let mut parent: Vec<u32> = (0..input.caps.len() as u32).collect();
    fn root(parent: &mut [u32], mut i: u32) -> u32 {
        while parent[i as usize] != i {
            parent[i as usize] = parent[parent[i as usize] as usize];
            i = parent[i as usize];
        }
        i
    }
    let mut demand = vec![0u64; input.caps.len()];
    for (pi, &(_, pupils, _)) in input.progs.iter().enumerate() {
        let reach = input.reach_of(pi);
        let Some(&first) = reach.first() else {
            continue;
        };
        let a = root(&mut parent, first);
        for &o in reach {
            demand[o as usize] += pupils;
            let b = root(&mut parent, o);
            parent[b as usize] = a;
        }
    }
    let mut tight = vec![false; input.caps.len()];
    for (i, &(_, cap)) in input.caps.iter().enumerate() {
        if cap.is_some_and(|c| c < demand[i]) {
            let r = root(&mut parent, i as u32);
            tight[r as usize] = true;
        }
    }
    // Per tight part (by its root), its programmes (indices into `progs`).
    let mut parts: Vec<(u32, usize)> = Vec::new();
    for (pi, &(p, pupils, _)) in input.progs.iter().enumerate() {
        match input.reach_of(pi).first() {
            None => flow.unplaced.push((p, pupils, pupils)),
            Some(&o) => {
                let r = root(&mut parent, o);
                if tight[r as usize] {
                    parts.push((r, pi));
                } else {
                    flow.placed += pupils;
                }
            }
        }
    }
    parts.sort_unstable();
    for part in parts.chunk_by(|a, b| a.0 == b.0) {
        let progs: Vec<usize> = part.iter().map(|x| x.1).collect();
        solve_part(input, &progs, &mut flow);
    }
    flow.unplaced.sort_unstable_by_key(|u| u.0);
    flow
}

/// Dinic's algorithm on one part of the network: `part` indexes `progs`.
fn solve_part(input: &FlowInput, part: &[usize], flow: &mut Flow) {
    let big: u64 = part.iter().map(|&pi| input.progs[pi].1).sum();
    let mut net: DiGraph<(), u64> = DiGraph::new();
    let source = net.add_node(());
    let sink = net.add_node(());
    let mut offer_node: HashMap<u32, NodeIndex> = HashMap::default();
    let mut supply = Vec::with_capacity(part.len());
    for &pi in part {
        let pn = net.add_node(());
        supply.push(net.add_edge(source, pn, input.progs[pi].1));
        for &o in input.reach_of(pi) {
            let on = *offer_node.entry(o).or_insert_with(|| {
                let on = net.add_node(());
                let cap = input.caps[o as usize].1.unwrap_or(big).min(big);
                net.add_edge(on, sink, cap);
                on
            });
            net.add_edge(pn, on, big);
        }
    }
    let (placed, flows) = petgraph::algo::dinics(&net, source, sink);
    flow.placed += placed;
    for (&pi, e) in part.iter().zip(supply) {
        let (p, pupils, _) = input.progs[pi];
        let sent = flows[e.index()];
        if sent < pupils {
            flow.unplaced.push((p, pupils - sent, pupils));
        }
    }
}

/// The flow of every plan step over `programmes`; a step whose input
/// equals the previous step's reuses its flow.
pub fn flows_by_step(
    ctx: &Context,
    edges: &FirstEdges,
    programmes: &[ProgId],
    keep: Option<&dyn Fn(OfferId) -> bool>,
    slot: &mut [u32],
) -> Vec<Flow> {
    let mut out: Vec<Flow> = Vec::with_capacity(ctx.graph.steps.len());
    let mut last: Option<FlowInput> = None;
    for si in 0..ctx.graph.steps.len() {
        let input = flow_input(ctx, edges, programmes, si, keep, slot);
        let flow = match (&last, out.last()) {
            (Some(prev), Some(f)) if *prev == input => f.clone(),
            _ => solve(&input),
        };
        out.push(flow);
        last = Some(input);
    }
    out
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
    use super::*;

    /// Dinic's on the whole network, without the shortcut or the parts.
    fn whole(input: &FlowInput) -> u64 {
        let big: u64 = input.progs.iter().map(|p| p.1).sum::<u64>().max(1);
        let mut net: DiGraph<(), u64> = DiGraph::new();
        let (s, t) = (net.add_node(()), net.add_node(()));
        let nodes: Vec<NodeIndex> = input
            .caps
            .iter()
            .map(|&(_, c)| {
                let n = net.add_node(());
                net.add_edge(n, t, c.unwrap_or(big).min(big));
                n
            })
            .collect();
        for (i, p) in input.progs.iter().enumerate() {
            let pn = net.add_node(());
            net.add_edge(s, pn, p.1);
            for &o in input.reach_of(i) {
                net.add_edge(pn, nodes[o as usize], big);
            }
        }
        petgraph::algo::dinics(&net, s, t).0
    }

    #[test]
    fn parts_and_shortcut_give_the_maximum_flow() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for _ in 0..500 {
            let offers = 1 + next(6) as u32;
            let mut input = FlowInput::default();
            for o in 0..offers {
                let cap = (next(4) > 0).then(|| next(40));
                input.caps.push((OfferId(o), cap));
            }
            for p in 0..1 + next(7) as u32 {
                input.reach.extend((0..offers).filter(|_| next(3) == 0));
                input
                    .progs
                    .push((ProgId(p), 1 + next(30), input.reach.len() as u32));
            }
            let f = solve(&input);
            assert_eq!(f.placed, whole(&input), "{input:?}");
            let unplaced: u64 = f.unplaced.iter().map(|u| u.1).sum();
            assert_eq!(f.leavers - f.placed, unplaced, "{input:?}");
        }
    }

    #[test]
    fn consecutive_hits_merge() {
        assert_eq!(runs_of(&[]), vec![]);
        assert_eq!(runs_of(&[false, true, true, false, true]), vec![1..3, 4..5]);
        assert_eq!(runs_of(&[true]), vec![0..1]);
    }
}
