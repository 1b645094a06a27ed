//! The transition graph: programmes and offers as nodes, every hop of every
//! resolved pathway as an edge. Checks share what is computed here once:
//! strongly connected sets and per node the best level; the sectors its
//! routes reach are worked out when C209 asks, 64 at a time. Everything is
//! O(V + E) (times the offered sectors / 64 for those): no check compares
//! offers pairwise.

use crate::collections::HashMap;

use petgraph::graph::NodeIndex;

use crate::model::*;
use crate::source::Span;

/// One hop `from -> to` of a pathway. Its ends are packed in 4 bytes each
/// (a [`Node`] takes 8): a national plan has half a million edges.
#[derive(Clone, Debug)]
pub struct Edge {
    pub pathway: PathwayId,
    /// The position of `to` in the pathway's nodes (1 for the first hop).
    pub hop: u32,
    from: PackedNode,
    to: PackedNode,
}

impl Edge {
    pub fn new(pathway: PathwayId, hop: u32, from: Node, to: Node) -> Edge {
        Edge {
            pathway,
            hop,
            from: PackedNode::new(from),
            to: PackedNode::new(to),
        }
    }

    pub fn from(&self) -> Node {
        self.from.node()
    }

    pub fn to(&self) -> Node {
        self.to.node()
    }

    /// The reference of `to` in the pathway (kept by the pathway, not by
    /// each of a national plan's half a million edges).
    pub fn target(&self, model: &Model) -> Span {
        model.pathways[self.pathway.idx()].node_span(self.hop as usize)
    }
}

/// The nodes a search reached ([`Graph::reach_in`]), indexed by node
/// index: `true` when reached. One bit per node of the graph: a search per
/// region clears 64 times less than a list of flags would.
#[derive(Clone, Debug, Default)]
pub struct Reached(Vec<u64>);

impl Reached {
    fn new(nodes: usize) -> Reached {
        Reached(vec![0; nodes.div_ceil(64)])
    }

    /// Marks `node`; true when it was not marked before.
    fn insert(&mut self, node: usize) -> bool {
        let (word, bit) = (node / 64, 1u64 << (node % 64));
        let new = self.0[word] & bit == 0;
        self.0[word] |= bit;
        new
    }
}

impl std::ops::Index<usize> for Reached {
    type Output = bool;
    fn index(&self, node: usize) -> &bool {
        if self.0[node / 64] & (1 << (node % 64)) != 0 {
            &true
        } else {
            &false
        }
    }
}

/// Each node a search reached ([`Graph::reach_with_parents`]), indexed by
/// node index: `Some(None)` for a start, `Some(Some(edge))` for a node
/// reached by that edge of [`Graph::edges`], `None` when not reached.
#[derive(Clone, Debug, Default)]
pub struct Parents(HashMap<usize, Option<Option<usize>>>);

impl std::ops::Index<usize> for Parents {
    type Output = Option<Option<usize>>;
    fn index(&self, node: usize) -> &Option<Option<usize>> {
        const NOT_REACHED: &Option<Option<usize>> = &None;
        self.0.get(&node).unwrap_or(NOT_REACHED)
    }
}

/// The sectors some offer is in, each with a bit: no route reaches any
/// other sector, so a plan that declares thousands of sectors but offers
/// in a few pays for those few. Routes' sectors are worked out 64 bits at
/// a time ([`Graph::reach_sector_words`]).
#[derive(Clone, Debug, Default)]
pub struct SectorBits {
    /// Per sector of the model, its bit, or [`SectorBits::NO_BIT`].
    bit_of: Vec<u32>,
    /// Per bit, its sector, in sector order.
    sector_of: Vec<SectorId>,
}

impl SectorBits {
    const NO_BIT: u32 = u32::MAX;

    pub fn of(model: &Model) -> SectorBits {
        let mut bit_of = vec![Self::NO_BIT; model.sectors.len()];
        for o in 0..model.offers.len() {
            if let Some(s) = model.offer_sector(OfferId(o as u32)) {
                bit_of[s.idx()] = 0;
            }
        }
        let mut sector_of = Vec::new();
        for (s, bit) in bit_of.iter_mut().enumerate() {
            if *bit != Self::NO_BIT {
                *bit = sector_of.len() as u32;
                sector_of.push(SectorId(s as u32));
            }
        }
        SectorBits { bit_of, sector_of }
    }

    /// Words of 64 bits the sectors take.
    pub fn words(&self) -> usize {
        self.sector_of.len().div_ceil(64)
    }

    /// The bit of sector `s`, if an offer is in it.
    pub fn bit(&self, s: SectorId) -> Option<u32> {
        self.bit_of
            .get(s.idx())
            .copied()
            .filter(|&b| b != Self::NO_BIT)
    }

    /// The sector of bit `b`.
    pub fn sector(&self, b: u32) -> SectorId {
        self.sector_of[b as usize]
    }
}

/// Strongly connected sets in one list: each a slice of node indices.
#[derive(Clone, Debug, Default)]
pub struct Sccs {
    nodes: Vec<NodeIndex>,
    /// Where each set ends in `nodes`.
    ends: Vec<u32>,
}

impl Sccs {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn get(&self, i: usize) -> &[NodeIndex] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.nodes[start..self.ends[i] as usize]
    }

    pub fn iter(&self) -> SccIter<'_> {
        SccIter {
            sccs: self,
            range: 0..self.len(),
        }
    }
}

/// The sets of [`Sccs`], in order.
pub struct SccIter<'a> {
    sccs: &'a Sccs,
    range: std::ops::Range<usize>,
}

impl<'a> Iterator for SccIter<'a> {
    type Item = &'a [NodeIndex];
    fn next(&mut self) -> Option<&'a [NodeIndex]> {
        self.range.next().map(|i| self.sccs.get(i))
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.range.size_hint()
    }
}

impl DoubleEndedIterator for SccIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        self.range.next_back().map(|i| self.sccs.get(i))
    }
}

impl ExactSizeIterator for SccIter<'_> {}

impl<'a> IntoIterator for &'a Sccs {
    type Item = &'a [NodeIndex];
    type IntoIter = SccIter<'a>;
    fn into_iter(self) -> SccIter<'a> {
        self.iter()
    }
}

/// The plan steps an item runs in or an edge counts in: the indices
/// `lo..hi` into [`Graph::steps`] (an item's years are one range). 16
/// bits each: a plan's years lie within 1900–2200 (the language and
/// `--years` allow no others), at most 301 steps, and the graph keeps a
/// range per node, per pathway and per outgoing edge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepRange {
    pub lo: u16,
    pub hi: u16,
}

impl StepRange {
    pub fn of(steps: &[Option<u32>], years: Years) -> StepRange {
        let r = steps_within(steps, years);
        StepRange {
            lo: step_index(r.start),
            hi: step_index(r.end),
        }
    }

    pub fn contains(self, step: usize) -> bool {
        (self.lo as usize..self.hi as usize).contains(&step)
    }

    pub fn is_empty(self) -> bool {
        self.lo >= self.hi
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.lo as usize..self.hi as usize
    }

    pub fn intersect(self, other: StepRange) -> StepRange {
        StepRange {
            lo: self.lo.max(other.lo),
            hi: self.hi.min(other.hi),
        }
    }

    /// The steps `base..base + 64` of this range, as bits.
    fn bits(self, base: u32) -> u64 {
        let lo = u32::from(self.lo).max(base);
        let hi = u32::from(self.hi).min(base + 64);
        if lo >= hi {
            return 0;
        }
        let n = hi - lo;
        let ones = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
        ones << (lo - base)
    }
}

/// An outgoing edge in [`Graph`]'s adjacency array.
#[derive(Clone, Copy, Debug)]
struct Out {
    to: u32,
    edge: u32,
    steps: StepRange,
}

/// For each node, the plan steps in which a route reaches it
/// ([`Graph::reach_steps`]).
#[derive(Clone, Debug, Default)]
pub struct StepReach {
    /// Words of 64 steps per node.
    words: usize,
    bits: Vec<u64>,
    /// The nodes with a bit set, to clear for the next search.
    touched: Vec<u32>,
}

impl StepReach {
    /// True when `node` (an index) is reached in plan step `step`.
    pub fn get(&self, node: usize, step: usize) -> bool {
        self.bits[node * self.words + step / 64] & (1 << (step % 64)) != 0
    }
}

#[derive(Clone)]
pub struct Graph {
    /// Programmes first, then offers: see [`Graph::index`].
    nodes: usize,
    /// One per hop of every pathway, in pathway order: the same list for a
    /// model whatever the plan years, so an edge's index (as a finding's
    /// `subject` holds it) names the same hop in a graph built again.
    pub edges: Vec<Edge>,
    programmes: usize,
    /// The plan's years; `[None]` for a timeless plan.
    pub steps: Vec<Option<u32>>,
    /// Strongly connected sets in reverse topological order (sinks first).
    pub sccs: Sccs,
    /// Per node: the highest offer level on any route from it (itself
    /// included), 0 for none.
    pub best_level: Vec<u8>,
    /// Per node: reached by a route from some programme.
    pub reached: Vec<bool>,
    /// Per school and per institution: the declared regions it is a
    /// member of (none for the implicit region), each once.
    pub school_regions: Vec<Vec<RegionId>>,
    pub inst_regions: Vec<Vec<RegionId>>,
    /// Per region: the offers of its member institutions, each once, in
    /// offer order (source order).
    pub region_offers: Vec<Vec<OfferId>>,
    /// Per programme: it starts a pathway with an unresolved reference, so
    /// C207–C209 leave it alone (language.md).
    pub unresolved_start: Vec<bool>,
    /// The pathways with a `route` whose first node is a programme, in
    /// pathway order, with the route and that programme: what K601/K602
    /// read of the pathways (a broken route breaks the edges into offers
    /// without it), kept here so that a one-off check can free the
    /// pathways before they run.
    routed_starts: Vec<(PathwayId, Route, ProgId)>,
    /// The title of each crebo: its qualification's, else its dossier's.
    crebo_titles: HashMap<u32, String>,
    /// Per node: the plan steps it runs in.
    pub node_steps: Vec<StepRange>,
    /// The plan steps of the pathways that write years of their own, by
    /// pathway: the others run in the steps of their first node (see
    /// [`Graph::pathway_steps`]; a list of every pathway's was 4 bytes of
    /// each of half a million).
    written_steps: Vec<(PathwayId, StepRange)>,
    /// Every step, for a pathway without a node.
    every_step: StepRange,
    /// The adjacency array: the outgoing edges of node `i` are
    /// `out[out_start[i]..out_start[i + 1]]`, in edge order.
    out_start: Vec<u32>,
    out: Vec<Out>,
    /// The other way: the incoming edges of node `i` are
    /// `inc[in_start[i]..in_start[i + 1]]`, as edge indices in edge order.
    /// Built when first asked: no graph check reads them (K601/K602, the
    /// report and the plan versions do), so a one-off check builds them
    /// after the graph checks' findings, its peak, and after it has let
    /// go of the pathways.
    incoming: std::sync::OnceLock<(Vec<u32>, Vec<u32>)>,
}

impl Graph {
    /// The route of pathway `p` and the programme it starts at, when it
    /// has a route and starts at a programme.
    pub fn routed_start(&self, p: PathwayId) -> Option<(Route, ProgId)> {
        let i = self
            .routed_starts
            .binary_search_by_key(&p, |&(q, _, _)| q)
            .ok()?;
        let (_, route, id) = self.routed_starts[i];
        Some((route, id))
    }

    /// The plan steps edge `ei` counts in: those in which its pathway and
    /// both its ends run. Worked out when asked (a national plan's half a
    /// million edges kept 8 bytes each for it; the adjacency array keeps
    /// it per outgoing edge, where the searches read it).
    pub fn edge_steps(&self, ei: usize) -> StepRange {
        let e = &self.edges[ei];
        edge_steps(
            self.pathway_steps(e.pathway, Some(self.first_node(ei))),
            &self.node_steps,
            self.programmes,
            e,
        )
    }

    /// The first node of edge `ei`'s pathway: the start of its first hop,
    /// `hop - 1` edges before it (a pathway's edges are in hop order).
    fn first_node(&self, ei: usize) -> Node {
        self.edges[ei + 1 - self.edges[ei].hop as usize].from()
    }

    /// The plan steps pathway `p` runs in, given its first node: those it
    /// writes, else its first node's (`pathway_years` inherits them).
    pub fn pathway_steps(&self, p: PathwayId, first: Option<Node>) -> StepRange {
        let steps = PathwaySteps {
            written: &self.written_steps,
            every: self.every_step,
            nodes: &self.node_steps,
            programmes: self.programmes,
        };
        steps.of(p, first)
    }

    pub fn index(&self, node: Node) -> NodeIndex {
        match node {
            Node::Programme(p) => NodeIndex::new(p.idx()),
            Node::Offer(o) => NodeIndex::new(self.programmes + o.idx()),
        }
    }

    pub fn node(&self, i: NodeIndex) -> Node {
        match self.offer_at(i.index()) {
            Some(o) => Node::Offer(o),
            None => Node::Programme(ProgId(i.index() as u32)),
        }
    }

    /// Programmes and offers.
    pub fn node_count(&self) -> usize {
        self.nodes
    }

    pub fn has_out_edges(&self, node: Node) -> bool {
        let i = self.index(node).index();
        self.out_start[i + 1] > self.out_start[i]
    }

    /// The outgoing edges of the node with index `node` as (edge, target
    /// node index) pairs, the last edge first: the order in which the
    /// searches have always met them (petgraph's), so the route a finding
    /// explains stays the same.
    pub fn out_edges_rev(&self, node: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.out[self.out_start[node] as usize..self.out_start[node + 1] as usize]
            .iter()
            .rev()
            .map(|o| (o.edge as usize, o.to as usize))
    }

    /// The incoming edges of the node with index `node`, as edge indices,
    /// the last edge first (as [`Graph::out_edges_rev`]).
    pub fn in_edges_rev(&self, node: usize) -> impl Iterator<Item = usize> + '_ {
        let (in_start, inc) = self
            .incoming
            .get_or_init(|| incoming(self.nodes, self.programmes, &self.edges));
        inc[in_start[node] as usize..in_start[node + 1] as usize]
            .iter()
            .rev()
            .map(|&e| e as usize)
    }

    /// True when an item with these years runs in the plan step.
    pub fn runs(years: Years, step: Option<u32>) -> bool {
        step.is_none_or(|y| years.contains(y))
    }

    /// An edge counts in a year when its pathway and both its ends run.
    pub fn edge_counts(&self, model: &Model, e: &Edge, step: Option<u32>) -> bool {
        Self::runs(pathway_years(model, e.pathway), step)
            && Self::runs(model.node_years(e.from()), step)
            && Self::runs(model.node_years(e.to()), step)
    }

    /// Nodes reached from `starts` by edges that count in `step` (every
    /// edge when `step` is `None` and the plan is timeless). Index it by a
    /// node's index: `reach[g.index(n).index()]`.
    pub fn reach_in(&self, model: &Model, starts: &[Node], step: Option<u32>) -> Reached {
        let mut seen = Reached::new(self.nodes);
        let mut stack: Vec<NodeIndex> = Vec::new();
        for &s in starts {
            if Self::runs(model.node_years(s), step) {
                let i = self.index(s);
                if seen.insert(i.index()) {
                    stack.push(i);
                }
            }
        }
        while let Some(i) = stack.pop() {
            for (ei, _) in self.out_edges_rev(i.index()) {
                let edge = &self.edges[ei];
                if !self.edge_counts(model, edge, step) {
                    continue;
                }
                let t = self.index(edge.to());
                if seen.insert(t.index()) {
                    stack.push(t);
                }
            }
        }
        seen
    }

    /// Like [`Graph::reach_in`], also returning each reached node's
    /// incoming edge on the search tree, to explain a route.
    pub fn reach_with_parents(&self, model: &Model, starts: &[Node], step: Option<u32>) -> Parents {
        // A map of what is reached, not a list over the whole graph: one
        // search per region (or per finding) stays linear in the plan.
        let mut parent: HashMap<usize, Option<Option<usize>>> = HashMap::default();
        let mut stack = Vec::new();
        for &s in starts {
            if Self::runs(model.node_years(s), step) {
                let i = self.index(s);
                if let std::collections::hash_map::Entry::Vacant(v) = parent.entry(i.index()) {
                    v.insert(Some(None));
                    stack.push(i);
                }
            }
        }
        while let Some(i) = stack.pop() {
            for (ei, _) in self.out_edges_rev(i.index()) {
                let edge = &self.edges[ei];
                if !self.edge_counts(model, edge, step) {
                    continue;
                }
                let t = self.index(edge.to());
                if let std::collections::hash_map::Entry::Vacant(v) = parent.entry(t.index()) {
                    v.insert(Some(Some(ei)));
                    stack.push(t);
                }
            }
        }
        Parents(parent)
    }

    /// The declared regions a school or institution is a member of.
    pub fn regions_of(&self, member: MemberRef) -> &[RegionId] {
        match member {
            MemberRef::School(s) => &self.school_regions[s.idx()],
            MemberRef::Institution(i) => &self.inst_regions[i.idx()],
        }
    }

    /// The title of a crebo's qualification or dossier, if it has one.
    pub fn crebo_title(&self, crebo: u32) -> Option<&str> {
        self.crebo_titles.get(&crebo).map(String::as_str)
    }

    /// For each node, the plan steps in which edges that count reach it
    /// from `starts`: every step at once, a word of 64 steps per node, so
    /// a region is one search instead of one per year.
    pub fn reach_steps(&self, starts: &[Node]) -> StepReach {
        let mut reach = StepReach::default();
        self.reach_steps_into(starts, &mut reach);
        reach
    }

    /// [`Graph::reach_steps`] into `reach`, reusing its memory: only the
    /// nodes the last search reached are cleared.
    pub fn reach_steps_into(&self, starts: &[Node], reach: &mut StepReach) {
        let n = self.nodes;
        let words = self.steps.len().div_ceil(64).max(1);
        if reach.words != words || reach.bits.len() != n * words {
            *reach = StepReach {
                words,
                bits: vec![0; n * words],
                touched: Vec::new(),
            };
        }
        let StepReach { bits, touched, .. } = reach;
        for &i in touched.iter() {
            bits[i as usize * words..(i as usize + 1) * words].fill(0);
        }
        touched.clear();
        let mut stack: Vec<u32> = Vec::new();
        for w in 0..words {
            let base = (w * 64) as u32;
            for &s in starts {
                let i = self.index(s).index();
                let old = bits[i * words + w];
                let add = self.node_steps[i].bits(base) & !old;
                if add != 0 {
                    if old == 0 {
                        touched.push(i as u32);
                    }
                    bits[i * words + w] |= add;
                    stack.push(i as u32);
                }
            }
            while let Some(i) = stack.pop() {
                let i = i as usize;
                let have = bits[i * words + w];
                for o in &self.out[self.out_start[i] as usize..self.out_start[i + 1] as usize] {
                    let t = o.to as usize * words + w;
                    let old = bits[t];
                    let add = have & o.steps.bits(base) & !old;
                    if add != 0 {
                        if old == 0 {
                            touched.push(o.to);
                        }
                        bits[t] |= add;
                        stack.push(o.to);
                    }
                }
            }
        }
    }

    /// The outgoing edges of the node with index `node`, as (edge, target
    /// node index) pairs, in edge order.
    pub fn out_edges(&self, node: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.out_steps(node).map(|(edge, to, _)| (edge, to))
    }

    /// [`Graph::out_edges`] with the plan steps each edge counts in.
    pub fn out_steps(&self, node: usize) -> impl Iterator<Item = (usize, usize, StepRange)> + '_ {
        self.out[self.out_start[node] as usize..self.out_start[node + 1] as usize]
            .iter()
            .map(|o| (o.edge as usize, o.to as usize, o.steps))
    }

    /// The offer with node index `index`, if it is one.
    pub fn offer_at(&self, index: usize) -> Option<OfferId> {
        offer_at(self.programmes, index)
    }

    /// The sectors of the offers on routes from each node, one word of 64
    /// sectors ([`SectorBits`]) at a time: `visit(w, rows)` gets, per node
    /// index, the bits `64 * w ..` of its sectors. One word per node is
    /// held at a time, so a plan that offers in thousands of sectors needs
    /// no more memory than one that offers in a few (a table of every
    /// node's sectors grew with nodes × sectors: 112 MB for a 2 MB plan of
    /// 20,000), and time grows with the words, at most 1,407 (the crebo
    /// codes a plan can offer).
    pub fn reach_sector_words(
        &self,
        model: &Model,
        bits: &SectorBits,
        mut visit: impl FnMut(usize, &[u64]),
    ) {
        let words = bits.words();
        if words == 0 {
            return;
        }
        let own: Vec<u32> = (0..self.nodes)
            .map(|i| {
                self.offer_at(i)
                    .and_then(|o| model.offer_sector(o))
                    .and_then(|s| bits.bit(s))
                    .unwrap_or(SectorBits::NO_BIT)
            })
            .collect();
        let mut rows = vec![0u64; self.nodes];
        for w in 0..words {
            let (lo, hi) = (64 * w as u32, 64 * (w as u32 + 1));
            // Sinks first: every successor outside the set is already complete.
            for scc in &self.sccs {
                // A successor in the same set adds nothing of its own.
                for &i in scc {
                    rows[i.index()] = 0;
                }
                let mut word = 0u64;
                for &i in scc {
                    let i = i.index();
                    if (lo..hi).contains(&own[i]) {
                        word |= 1 << (own[i] - lo);
                    }
                    for o in &self.out[self.out_start[i] as usize..self.out_start[i + 1] as usize] {
                        word |= rows[o.to as usize];
                    }
                }
                for &i in scc {
                    rows[i.index()] = word;
                }
            }
            visit(w, &rows);
        }
    }

    /// Sets of offers that form a cycle: more than one node, or a self-loop.
    pub fn cycles(&self) -> impl Iterator<Item = &[NodeIndex]> + '_ {
        self.sccs.iter().filter(|scc| {
            let i = scc[0].index();
            scc.len() > 1 || self.out_edges(i).any(|(_, t)| t == i)
        })
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

/// A step's index as a [`StepRange`] keeps it (see there why it fits).
fn step_index(i: usize) -> u16 {
    debug_assert!(i <= usize::from(u16::MAX), "{i} plan steps");
    i.min(usize::from(u16::MAX)) as u16
}

/// The plan's years: `--years`/config, else the span of the years the
/// project writes, else one timeless step.
pub fn plan_steps(model: &Model, years: Option<(u32, u32)>) -> Vec<Option<u32>> {
    match years.or(model.written_years) {
        Some((a, b)) => (a..=b).map(Some).collect(),
        None => vec![None],
    }
}

/// One edge per hop of each pathway, in pathway order.
#[inline(never)]
fn transitions(model: &Model) -> Vec<Edge> {
    let hops: usize = model
        .pathways
        .iter()
        .map(|p| p.nodes().len().saturating_sub(1))
        .sum();
    let mut edges = Vec::with_capacity(hops);
    for (pi, p) in model.pathways.iter().enumerate() {
        let nodes = p.nodes();
        for hop in 1..nodes.len() {
            edges.push(Edge::new(
                PathwayId(pi as u32),
                hop as u32,
                nodes[hop - 1],
                nodes[hop],
            ));
        }
    }
    edges
}

/// A pathway's years, with the bounds it does not write taken from its
/// first node: worked out when asked (16 bytes of each of half a million
/// pathways otherwise).
pub fn pathway_years(model: &Model, p: PathwayId) -> Years {
    let p = &model.pathways[p.idx()];
    let inherited = p
        .nodes()
        .first()
        .map(|&n| model.node_years(n))
        .unwrap_or_default();
    let written = p.years();
    Years {
        from: written.from.or(inherited.from),
        until: written.until.or(inherited.until),
    }
}

/// The offer with node index `index` in a graph of `programmes`
/// programmes (they come first), if it is one: [`node_index`] backwards.
fn offer_at(programmes: usize, index: usize) -> Option<OfferId> {
    index.checked_sub(programmes).map(|o| OfferId(o as u32))
}

fn node_index(programmes: usize, n: Node) -> NodeIndex {
    match n {
        Node::Programme(p) => NodeIndex::new(p.idx()),
        Node::Offer(o) => NodeIndex::new(programmes + o.idx()),
    }
}

/// Strongly connected sets in reverse topological order (sinks first),
/// without recursion ([`crate::scc`]).
#[inline(never)]
fn scc_list(out_start: &[u32], out: &[Out]) -> Sccs {
    let mut sccs = Sccs::default();
    crate::scc::for_each(
        out_start.len() - 1,
        |v| (out_start[v + 1] - out_start[v]) as usize,
        |v, k| out[out_start[v] as usize + k].to as usize,
        |scc| {
            sccs.nodes
                .extend(scc.iter().map(|&i| NodeIndex::new(i as usize)));
            sccs.ends.push(sccs.nodes.len() as u32);
        },
    );
    sccs
}

/// The edges sorted by a node (counting sort, stable): per node, where its
/// entries start in the list, and the list, each edge's `entry` in edge
/// order.
fn by_node<T: Clone>(
    n: usize,
    edges: &[Edge],
    node: impl Fn(&Edge) -> usize,
    entry: impl Fn(usize, &Edge) -> T,
    empty: T,
) -> (Vec<u32>, Vec<T>) {
    let mut start = vec![0u32; n + 1];
    for e in edges {
        start[node(e) + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut list = vec![empty; edges.len()];
    for (ei, e) in edges.iter().enumerate() {
        let f = &mut fill[node(e)];
        list[*f as usize] = entry(ei, e);
        *f += 1;
    }
    (start, list)
}

/// The incoming adjacency array: per node, where its incoming edges start
/// in the list of them (edge indices, in edge order), and that list.
#[inline(never)]
fn incoming(n: usize, programmes: usize, edges: &[Edge]) -> (Vec<u32>, Vec<u32>) {
    let idx = |n: Node| node_index(programmes, n).index();
    by_node(n, edges, |e| idx(e.to()), |ei, _| ei as u32, 0)
}

/// What [`Graph::pathway_steps`] reads, also while the graph is built.
struct PathwaySteps<'g> {
    written: &'g [(PathwayId, StepRange)],
    every: StepRange,
    nodes: &'g [StepRange],
    programmes: usize,
}

impl PathwaySteps<'_> {
    fn of(&self, p: PathwayId, first: Option<Node>) -> StepRange {
        match self.written.binary_search_by_key(&p, |&(q, _)| q) {
            Ok(i) => self.written[i].1,
            Err(_) => first.map_or(self.every, |n| {
                self.nodes[node_index(self.programmes, n).index()]
            }),
        }
    }
}

/// See [`Graph::edge_steps`].
fn edge_steps(
    pathway_steps: StepRange,
    node_steps: &[StepRange],
    programmes: usize,
    e: &Edge,
) -> StepRange {
    let idx = |n: Node| node_index(programmes, n).index();
    pathway_steps
        .intersect(node_steps[idx(e.from())])
        .intersect(node_steps[idx(e.to())])
}

/// The adjacency array: per node, where its outgoing edges start in the
/// list of them, and that list.
#[inline(never)]
fn adjacency(
    n: usize,
    programmes: usize,
    edges: &[Edge],
    edge_steps: impl Fn(&Edge) -> StepRange,
) -> (Vec<u32>, Vec<Out>) {
    let idx = |n: Node| node_index(programmes, n).index();
    let empty = Out {
        to: 0,
        edge: 0,
        steps: StepRange::default(),
    };
    by_node(
        n,
        edges,
        |e| idx(e.from()),
        |ei, e| Out {
            to: idx(e.to()) as u32,
            edge: ei as u32,
            steps: edge_steps(e),
        },
        empty,
    )
}

/// Per node: the highest offer level on a route from it.
#[inline(never)]
fn best_levels(
    model: &Model,
    programmes: usize,
    sccs: &Sccs,
    out_start: &[u32],
    out: &[Out],
) -> Vec<u8> {
    let mut best_level = vec![0u8; out_start.len() - 1];
    // Sinks first: every successor outside the set is already complete.
    for scc in sccs {
        let mut level = 0u8;
        for &i in scc {
            if let Some(o) = offer_at(programmes, i.index()) {
                level = level.max(model.offer_level(o).unwrap_or(0));
            }
            let i = i.index();
            for o in &out[out_start[i] as usize..out_start[i + 1] as usize] {
                level = level.max(best_level[o.to as usize]);
            }
        }
        for &i in scc {
            best_level[i.index()] = level;
        }
    }
    best_level
}

pub fn build(model: &Model, years: Option<(u32, u32)>) -> Graph {
    let programmes = model.programmes.len();
    let edges = transitions(model);
    let n = programmes + model.offers.len();
    let steps = plan_steps(model, years);
    let node_steps: Vec<StepRange> = (0..programmes)
        .map(|p| StepRange::of(&steps, model.programmes[p].years))
        .chain(
            (0..model.offers.len())
                .map(|o| StepRange::of(&steps, model.offer_years(OfferId(o as u32)))),
        )
        .collect();
    let written_steps: Vec<(PathwayId, StepRange)> = (0..model.pathways.len())
        .map(|p| PathwayId(p as u32))
        .filter(|&p| model.pathways[p.idx()].years() != Years::default())
        .map(|p| (p, StepRange::of(&steps, pathway_years(model, p))))
        .collect();
    let every_step = StepRange::of(&steps, Years::default());
    let (out_start, out) = {
        let pathway_steps = PathwaySteps {
            written: &written_steps,
            every: every_step,
            nodes: &node_steps,
            programmes,
        };
        adjacency(n, programmes, &edges, |e| {
            let first = model.pathways[e.pathway.idx()].nodes().first().copied();
            edge_steps(
                pathway_steps.of(e.pathway, first),
                &node_steps,
                programmes,
                e,
            )
        })
    };
    let sccs = scc_list(&out_start, &out);
    let best_level = best_levels(model, programmes, &sccs, &out_start, &out);
    let mut graph = Graph {
        nodes: n,
        edges,
        programmes,
        steps,
        sccs,
        best_level,
        reached: Vec::new(),
        school_regions: vec![Vec::new(); model.schools.len()],
        inst_regions: vec![Vec::new(); model.institutions.len()],
        region_offers: vec![Vec::new(); model.regions.len()],
        unresolved_start: vec![false; programmes],
        routed_starts: Vec::new(),
        crebo_titles: HashMap::default(),
        node_steps,
        written_steps,
        every_step,
        out_start,
        out,
        incoming: std::sync::OnceLock::new(),
    };
    index_regions(model, &mut graph);
    for (pi, p) in model.pathways.iter().enumerate() {
        if let (true, Some(Node::Programme(id))) = (p.broken, p.first()) {
            graph.unresolved_start[id.idx()] = true;
        }
        if let (Some((route, _)), Some(&Node::Programme(id))) = (p.route(), p.nodes().first()) {
            graph.routed_starts.push((PathwayId(pi as u32), route, id));
        }
    }
    // Qualifications win over dossiers; the first definition wins.
    for (crebo, title) in model
        .qualifications
        .iter()
        .map(|q| (q.crebo, &q.title))
        .chain(model.dossiers.iter().map(|d| (d.crebo, &d.title)))
    {
        if let Some(t) = title {
            graph.crebo_titles.entry(crebo).or_insert_with(|| t.clone());
        }
    }
    // Reached by any route at all, whatever the years.
    let mut reached = vec![false; n];
    let mut stack: Vec<u32> = (0..programmes as u32).collect();
    reached[..programmes].fill(true);
    while let Some(i) = stack.pop() {
        let i = i as usize;
        for o in &graph.out[graph.out_start[i] as usize..graph.out_start[i + 1] as usize] {
            if !std::mem::replace(&mut reached[o.to as usize], true) {
                stack.push(o.to);
            }
        }
    }
    graph.reached = reached;
    graph
}

/// Region membership both ways, in one pass over the members: what C206,
/// C208, D302, D304 and S4xx look up per edge, programme or region.
fn index_regions(model: &Model, graph: &mut Graph) {
    for (ri, r) in model.regions.iter().enumerate() {
        let rid = RegionId(ri as u32);
        let mut offers: Vec<OfferId> = Vec::new();
        for &m in &r.members {
            let list = match m {
                MemberRef::School(s) => &mut graph.school_regions[s.idx()],
                MemberRef::Institution(i) => &mut graph.inst_regions[i.idx()],
            };
            // Regions are visited in order, so a member listed twice in
            // one region finds that region last in its list.
            if !r.implicit {
                if list.last() == Some(&rid) {
                    continue;
                }
                list.push(rid);
            }
            if let MemberRef::Institution(i) = m {
                offers.extend(model.institution(i).offers.iter().copied());
            }
        }
        offers.sort_unstable();
        offers.dedup();
        graph.region_offers[ri] = offers;
    }
}

#[cfg(test)]
mod tests {
    /// An edge per hop of every pathway: a national plan has tens of
    /// thousands, so their size is part of the memory budget.
    #[test]
    fn edges_stay_small() {
        assert!(
            size_of::<super::Edge>() <= 16,
            "{}",
            size_of::<super::Edge>()
        );
    }

    /// Both kinds of node come back as they went in, up to the largest ID.
    #[test]
    fn packed_ends_round_trip() {
        use crate::model::{Node, OfferId, PathwayId, ProgId};
        let big = (1 << 31) - 1;
        for (from, to) in [
            (Node::Programme(ProgId(0)), Node::Offer(OfferId(0))),
            (Node::Offer(OfferId(big)), Node::Programme(ProgId(big))),
            (Node::Offer(OfferId(7)), Node::Offer(OfferId(8))),
        ] {
            let e = super::Edge::new(PathwayId(3), 1, from, to);
            assert_eq!((e.from(), e.to()), (from, to));
        }
    }
}
