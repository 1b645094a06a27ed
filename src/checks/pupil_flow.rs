//! The pupil-flow network K601 and K602 share (checks.md, "Capacity and
//! pupil numbers"), and the report's pupil-flow chart with them.
//!
//! Only the first edge of a pathway from a programme counts: it is where a
//! vmbo leaver takes a place. Such an edge is *unbroken* unless a reported
//! C201, C202 or C205 finding is about it (its `subject`: C201 and C202
//! name the edge, C205 the pathway whose route the offer lacks); a
//! suppressed finding, or one whose check is at `allow`, is not reported
//! and breaks nothing.

use crate::collections::HashMap;

use petgraph::graph::{DiGraph, NodeIndex};
use smallvec::SmallVec;

use super::{Code, Context};
use crate::checks::Level;
use crate::codes::Levels;
use crate::diagnostics::{Diagnostic, Subject};
use crate::graph::{Graph, StepRange};
use crate::model::{Count, Node, OfferId, PathwayId, ProgId};

/// Lists per key (programme or offer) in one allocation: `lists[k]` is
/// key `k`'s list.
pub struct Lists<T> {
    /// Where each key's list starts in `items`; one more entry than keys.
    start: Vec<u32>,
    items: Vec<T>,
}

impl<T> std::ops::Index<usize> for Lists<T> {
    type Output = [T];
    fn index(&self, k: usize) -> &[T] {
        &self.items[self.start[k] as usize..self.start[k + 1] as usize]
    }
}

impl<T> Lists<T> {
    /// The lists in key order.
    pub fn iter(&self) -> impl Iterator<Item = &[T]> {
        self.start
            .windows(2)
            .map(|w| &self.items[w[0] as usize..w[1] as usize])
    }
}

/// The unbroken first edges, per programme: the offer and the plan steps
/// in which the edge counts (one contiguous range, as every item's years
/// are one range; the ranges of one programme and offer are disjoint), in
/// no set order (see `merge_offers`). The lists per offer
/// ([`FirstEdges::per_offer`]) are built only where they are read: for the
/// report, and for the few offers K602 reports.
pub struct FirstEdges {
    pub from: Lists<(OfferId, StepRange)>,
}

/// Per graph edge: a reported finding breaks it. From the findings that
/// survived suppression, levelled by `levels`.
fn broken_edges(ctx: &Context, reported: &[Diagnostic], levels: &Levels) -> Vec<bool> {
    let (m, g) = (ctx.model, ctx.graph);
    // What the findings break, by the edge or pathway each is about.
    let mut broken = vec![false; g.edges.len()];
    let mut route_broken: Vec<u32> = Vec::new();
    for d in reported {
        if !matches!(d.code, Code::C201 | Code::C202 | Code::C205)
            || levels.level_of(d.code) == Level::Allow
        {
            continue;
        }
        match d.subject {
            Subject::Edge(e) => broken[e as usize] = true,
            Subject::Pathway(p) => {
                route_broken.push(p);
            }
            Subject::None => {}
        }
    }
    // A broken route breaks the edges into offers without the route.
    // Each pathway once: a sorted list, not a hash set, for the few there
    // are.
    route_broken.sort_unstable();
    route_broken.dedup();
    for &pi in &route_broken {
        let Some((route, p)) = g.routed_start(PathwayId(pi)) else {
            continue;
        };
        for (ei, _) in g.out_edges(p.idx()) {
            let e = &g.edges[ei];
            if e.pathway.idx() == pi as usize && m.lacks_route(e.to(), route) {
                broken[ei] = true;
            }
        }
    }
    broken
}

impl FirstEdges {
    /// From the findings that survived suppression, levelled by `levels`.
    pub fn new(ctx: &Context, reported: &[Diagnostic], levels: &Levels) -> FirstEdges {
        FirstEdges::from_broken(ctx, &broken_edges(ctx, reported, levels))
    }

    fn from_broken(ctx: &Context, broken: &[bool]) -> FirstEdges {
        let (m, g) = (ctx.model, ctx.graph);
        // The graph lists each programme's outgoing edges in edge order,
        // with the plan steps each counts in (its pathway and both ends
        // run). A programme is only ever a pathway's first node, so they
        // are the first hops, all to offers.
        let programmes = m.programmes.len();
        let mut start: Vec<u32> = Vec::with_capacity(programmes + 1);
        let mut items: Vec<(OfferId, StepRange)> = Vec::with_capacity(g.edges.len());
        start.push(0);
        // Per offer: the programme (`tag`) whose list last named it, and
        // where in `items`.
        let mut mark = vec![(0u32, 0u32); m.offers.len()];
        for p in 0..programmes {
            let (first, tag) = (items.len(), p as u32 + 1);
            // A programme reaching an offer again (a duplicate pathway)
            // widens that offer's entry when the years overlap or touch;
            // only years apart from it need the sorting merge.
            let mut apart = false;
            for (o, steps) in unbroken_of(g, broken, p) {
                let (last, at) = &mut mark[o.idx()];
                if *last == tag {
                    let r = &mut items[*at as usize].1;
                    if steps.lo <= r.hi && r.lo <= steps.hi {
                        *r = StepRange {
                            lo: r.lo.min(steps.lo),
                            hi: r.hi.max(steps.hi),
                        };
                        continue;
                    }
                    apart = true;
                }
                (*last, *at) = (tag, items.len() as u32);
                items.push((o, steps));
            }
            if apart {
                let kept = merge_offers(&mut items[first..]);
                items.truncate(first + kept);
            }
            start.push(items.len() as u32);
        }
        FirstEdges {
            from: Lists { start, items },
        }
    }

    /// The lists per offer (from the programme, in programme order) of
    /// every offer: programmes come in order, so each list is sorted and
    /// its ranges stay disjoint.
    pub fn per_offer(&self, offers: usize) -> Lists<(ProgId, StepRange)> {
        let start = starts(offers, self.from.items.iter().map(|(o, _)| o.idx()));
        let mut next = start.clone();
        let mut items = vec![(ProgId(0), StepRange::default()); start[offers] as usize];
        for (p, list) in self.from.iter().enumerate() {
            for (o, r) in list {
                items[next[o.idx()] as usize] = (ProgId(p as u32), *r);
                next[o.idx()] += 1;
            }
        }
        Lists { start, items }
    }
}

/// Programme `p`'s first edges that `broken` leaves unbroken and that
/// count in some step, as (offer, steps), in edge order: an offer may come
/// more than once. A programme is only ever a pathway's first node, so
/// these are first hops, all to offers.
fn unbroken_of<'a>(
    g: &'a Graph,
    broken: &'a [bool],
    p: usize,
) -> impl Iterator<Item = (OfferId, StepRange)> + 'a {
    g.out_steps(p).filter_map(move |(ei, to, r)| {
        if r.is_empty() || broken[ei] {
            return None;
        }
        g.offer_at(to).map(|o| (o, r))
    })
}

/// One pass over the unbroken first edges of every programme (at most 64
/// steps, as bit masks): per programme the steps in which one counts
/// ([`Intake::reach`]), and per offer the steps made done by a programme
/// with at least the minimum on its own (`big`, per programme). Straight
/// from the graph's lists, in a function of its own whose loop calls
/// nothing, so that what it keeps at hand stays in registers; an offer
/// reached twice by one programme needs no care, as marking a step done
/// twice is marking it once.
#[inline(never)]
fn first_pass(
    g: &Graph,
    broken: &[bool],
    big: &[u64],
    offers: usize,
    min: u64,
) -> (Vec<u64>, Vec<u64>) {
    let mut done = vec![if min == 0 { u64::MAX } else { 0 }; offers];
    let mut reach: Vec<u64> = Vec::with_capacity(big.len());
    for (p, &at_least) in big.iter().enumerate() {
        let mut all = 0u64;
        for (o, mk) in unbroken_masks(g, broken, p) {
            all |= mk;
            done[o.idx()] |= mk & at_least;
        }
        reach.push(all);
    }
    (reach, done)
}

/// [`unbroken_of`] with the steps as a bit mask (at most 64 steps).
fn unbroken_masks<'a>(
    g: &'a Graph,
    broken: &'a [bool],
    p: usize,
) -> impl Iterator<Item = (OfferId, u64)> + 'a {
    unbroken_of(g, broken, p).map(|(o, r)| (o, mask(r)))
}

/// Programme `p`'s first offers (see [`unbroken_masks`]), each once with
/// the steps of all its edges, into `out`: a programme reaching an offer
/// twice (a duplicate pathway) must not count twice.
fn merged_masks(g: &Graph, broken: &[bool], p: usize, out: &mut Vec<(OfferId, u64)>) {
    out.clear();
    for (o, mk) in unbroken_masks(g, broken, p) {
        match out.iter_mut().find(|e| e.0 == o) {
            Some(e) => e.1 |= mk,
            None => out.push((o, mk)),
        }
    }
}

/// The unbroken first edges as K601 and K602 read them: straight from the
/// graph's lists of each programme's edges, where an offer may come more
/// than once (marking a step done twice is harmless, and the few
/// programmes that [`Intake`] tallies merge their repeats first), so the
/// lists of [`FirstEdges`] are built only when a maximum flow needs them
/// (or the plan has more than 64 steps).
pub struct Unbroken {
    broken: Vec<bool>,
    lists: std::cell::OnceCell<FirstEdges>,
}

impl Unbroken {
    /// From the findings that survived suppression, levelled by `levels`.
    pub fn new(ctx: &Context, reported: &[Diagnostic], levels: &Levels) -> Unbroken {
        Unbroken {
            broken: broken_edges(ctx, reported, levels),
            lists: std::cell::OnceCell::new(),
        }
    }

    /// The first edges as [`FirstEdges`] lists, built on first use.
    pub fn lists(&self, ctx: &Context) -> &FirstEdges {
        self.lists
            .get_or_init(|| FirstEdges::from_broken(ctx, &self.broken))
    }

    /// True when programme `p` has an unbroken first edge into an offer
    /// that counts in plan step `si`.
    pub fn reaches_offer(&self, ctx: &Context, p: ProgId, si: usize) -> bool {
        unbroken_of(ctx.graph, &self.broken, p.idx()).any(|(_, r)| r.contains(si))
    }

    /// The programmes with an unbroken first edge into offer `o` that
    /// counts in plan step `si`, in programme order: read from the graph's
    /// edges into the offer, so it costs the offer's edges, not all of
    /// them (K602 asks it for the few offers it reports). The same as the
    /// offer's list in [`FirstEdges::per_offer`] filtered by the step, as
    /// a merged range holds a step when one of its edges does.
    pub fn into_offer(&self, ctx: &Context, o: OfferId, si: usize) -> Vec<ProgId> {
        let g = ctx.graph;
        let mut out: Vec<ProgId> = g
            .in_edges_rev(g.index(Node::Offer(o)).index())
            .filter_map(|ei| match g.edges[ei].from() {
                Node::Programme(p) if !self.broken[ei] && g.edge_steps(ei).contains(si) => Some(p),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Makes the list of a programme that reaches an offer in years apart
/// (rare) name each offer once where it can, and returns its new length
/// (the list is its prefix that long): sorted by offer, with the
/// overlapping or touching step ranges of one offer merged, so the ranges
/// left for one offer are disjoint and a step counts each offer at most
/// once. Every other list stays in edge order (an offer reached again in
/// overlapping years has its one entry widened as the list is read);
/// [`flow_input`] orders what it takes, and no flow depends on the order.
fn merge_offers(list: &mut [(OfferId, StepRange)]) -> usize {
    list.sort_unstable_by_key(|(o, r)| (*o, r.lo));
    let mut write = 0;
    for x in 0..list.len() {
        let (o, r) = list[x];
        match list[..write].last_mut() {
            Some(last) if last.0 == o && r.lo <= last.1.hi => last.1.hi = last.1.hi.max(r.hi),
            _ => {
                list.swap(write, x);
                write += 1;
            }
        }
    }
    write
}

/// Where each key's entries start in a list sorted by key; one more
/// entry than keys.
fn starts(keys: usize, of: impl Iterator<Item = usize>) -> Vec<u32> {
    let mut start = vec![0u32; keys + 1];
    for k in of {
        start[k + 1] += 1;
    }
    for k in 0..keys {
        start[k + 1] += start[k];
    }
    start
}

/// What K601 and K602 share, from one pass over the first edges: per
/// programme and plan step its leavers, and per offer and plan step its
/// places and greatest possible intake.
pub struct Intake {
    steps: usize,
    /// Per programme and step: its leavers.
    pupils: Vec<u32>,
    /// With bit masks (else empty), per offer: the steps whose greatest
    /// possible intake has reached K602's minimum `min`.
    done: Vec<u64>,
    min: u64,
    /// Per offer and step, in rows of `steps`: its greatest possible
    /// intake. Without bit masks every offer has its row, in offer order;
    /// with them only the offers that a programme with fewer leavers than
    /// the minimum in a step (or none stated) reaches, found by `row`: a
    /// programme with at least the minimum makes the step done by itself,
    /// and most offers get there without ever needing a tally.
    tallies: Vec<Tally>,
    row: HashMap<OfferId, u32>,
    /// Per programme, when there are at most 64 plan steps (else empty):
    /// the steps in which it has leavers, and those in which an unbroken
    /// first edge counts, as bit masks.
    leave: Vec<u64>,
    reach: Vec<u64>,
    /// The offers with a judged intake (see [`Intake::judged`]) that K602
    /// may ask for, in offer order, each with the smallest.
    least: Vec<(OfferId, u64)>,
    /// Per offer: its `capacity` when it is one number, [`UNBOUNDED`]
    /// without one, [`BY_YEAR`] for a series (read from the model). The
    /// flows read an offer's capacity in every region that reaches it: a
    /// table of 8 bytes an offer stays in cache, the offers do not.
    caps: Vec<u64>,
}

/// In [`Intake::caps`]: a capacity that changes over the years.
const BY_YEAR: u64 = u64::MAX;

/// An offer's entry in [`Intake::caps`].
fn cap_code(o: &crate::model::Offer) -> u64 {
    match &o.capacity {
        None => UNBOUNDED,
        Some(Count::Fixed(n)) => u64::from(*n),
        Some(Count::ByYear(_)) => BY_YEAR,
    }
}

impl Intake {
    /// The offer's places in every plan step, written into `out`.
    fn places(&self, ctx: &Context, o: OfferId, out: &mut Vec<u64>) {
        match self.caps[o.idx()] {
            BY_YEAR => {
                let c = ctx.model.offer(o).capacity.as_ref().expect("a series");
                out.extend(ctx.graph.steps.iter().map(|&y| u64::from(c.at(y))));
            }
            n => out.extend(std::iter::repeat_n(n, self.steps)),
        }
    }

    /// The offer's places in plan step `si`, `None` when unlimited.
    fn places_at(&self, ctx: &Context, o: OfferId, si: usize) -> Option<u64> {
        match self.caps[o.idx()] {
            UNBOUNDED => None,
            BY_YEAR => ctx
                .model
                .offer(o)
                .capacity
                .as_ref()
                .map(|c| u64::from(c.at(ctx.graph.steps[si]))),
            n => Some(n),
        }
    }
}

/// The free places of an offer without `capacity` in [`greedy_flows`]: as
/// good as infinite.
const UNBOUNDED: u64 = u64::MAX - 1;

/// An offer's greatest possible intake in a plan step: exact while below
/// K602's minimum, and at least that minimum otherwise (see
/// [`Intake::new`]).
#[derive(Clone, Copy, Default)]
struct Tally {
    /// The `pupils` of every programme with a counting first edge into it,
    /// at most `u32::MAX` (K602's minimum is a `u32`): eight bytes a
    /// tally, so that an offer's tallies of every step share a cache line.
    total: u32,
    /// `COUNTED` when such an edge comes from a programme with `pupils`,
    /// `UNKNOWN` when one comes from a programme without.
    state: u8,
}

const COUNTED: u8 = 1;
const UNKNOWN: u8 = 2;

impl Tally {
    /// The total when judged: counted, and from programmes that all state
    /// `pupils`.
    fn judged(&self) -> Option<u64> {
        (self.state == COUNTED).then_some(u64::from(self.total))
    }
}

/// Plan step `si` as a bit mask; 0 for a step past the 64th (a plan of
/// more steps takes the exact path, without masks).
pub fn step_bit(si: usize) -> u64 {
    1u64.checked_shl(si as u32).unwrap_or(0)
}

/// The plan steps of `r` as a bit mask (at most 64 steps).
fn mask(r: StepRange) -> u64 {
    if r.is_empty() {
        return 0;
    }
    (u64::MAX >> (64 - r.hi)) & (u64::MAX << r.lo)
}

/// `out[i] = c.at(years[i])` for plan steps `years` (consecutive years, or
/// one timeless step): a series is walked once instead of searched in
/// every step.
fn each_step(c: &Count, years: &[Option<u32>], out: &mut [u32]) {
    match c {
        Count::Fixed(n) => out.fill(*n),
        Count::ByYear(v) => {
            let first = v.first().map_or(0, |p| p.value);
            // The points at or before the step's year.
            let mut upto = 0;
            for (out, &y) in out.iter_mut().zip(years) {
                *out = match y {
                    None => first,
                    Some(y) => {
                        while upto < v.len() && v[upto].year <= y {
                            upto += 1;
                        }
                        if upto == 0 { first } else { v[upto - 1].value }
                    }
                };
            }
        }
    }
}

/// [`each_step`] for a plan of at most 64 steps, `years` those of the
/// steps `r` (and `out` as long); also returns, as bit masks, the steps
/// with leavers and those with at least `min`. A fixed number gives both
/// at once.
fn each_step_masks(
    c: &Count,
    years: &[Option<u32>],
    out: &mut [u32],
    r: StepRange,
    min: u64,
) -> (u64, u64) {
    match c {
        Count::Fixed(n) => {
            out.fill(*n);
            let all = mask(r);
            let at_least = if u64::from(*n) >= min { all } else { 0 };
            (if *n > 0 { all } else { 0 }, at_least)
        }
        Count::ByYear(_) => {
            each_step(c, years, out);
            let (mut has, mut at_least) = (0u64, 0u64);
            for (&v, si) in out.iter().zip(r.lo..) {
                has |= u64::from(v > 0) << si;
                at_least |= u64::from(u64::from(v) >= min) << si;
            }
            (has, at_least)
        }
    }
}

impl Intake {
    /// From the unbroken first edges, in one pass over them when the plan
    /// has at most 64 steps. `min` is K602's minimum cohort: an intake is
    /// not added up past it.
    pub fn new(ctx: &Context, unbroken: &Unbroken, min: u64) -> Intake {
        Intake::build(
            ctx,
            unbroken,
            min,
            (1..=64).contains(&ctx.graph.steps.len()),
        )
    }

    /// [`Intake::new`] the way a plan of more than 64 steps takes: no
    /// bit masks, the intakes added up from the lists of [`FirstEdges`]
    /// and every step's flow a maximum flow. For tests, which compare the
    /// two.
    #[doc(hidden)]
    pub fn without_masks(ctx: &Context, unbroken: &Unbroken, min: u64) -> Intake {
        Intake::build(ctx, unbroken, min, false)
    }

    fn build(ctx: &Context, unbroken: &Unbroken, min: u64, masks: bool) -> Intake {
        let (m, g) = (ctx.model, ctx.graph);
        let (steps, offers) = (g.steps.len(), m.offers.len());
        // Per programme and step its leavers: its `pupils` in the steps in
        // which it runs, else 0. With bit masks, per programme the steps
        // in which it has leavers, and (`big`) those in which it states at
        // least `min`.
        let mut pupils: Vec<u32> = vec![0; m.programmes.len() * steps];
        let mut leave: Vec<u64> = Vec::new();
        let mut big: Vec<u64> = Vec::new();
        // With bit masks: the programmes with fewer leavers than `min` in
        // a step in which they run, or none stated.
        let mut weak: Vec<usize> = Vec::new();
        if masks {
            leave.reserve_exact(m.programmes.len());
            big.reserve_exact(m.programmes.len());
        }
        let rows = pupils.chunks_exact_mut(steps.max(1));
        for (pi, ((n, p), &r)) in rows.zip(&m.programmes).zip(&g.node_steps).enumerate() {
            let years = &g.steps[r.range()];
            let n = &mut n[r.range()];
            if !masks {
                if let Some(c) = &p.pupils {
                    each_step(c, years, n);
                }
                continue;
            }
            let (has, at_least) = match &p.pupils {
                Some(c) => each_step_masks(c, years, n, r, min),
                None => (0, 0),
            };
            leave.push(has);
            big.push(at_least);
            if mask(r) & !at_least != 0 {
                weak.push(pi);
            }
        }
        let caps = m.offers.iter().map(cap_code).collect();
        let mut least: Vec<(OfferId, u64)> = Vec::new();
        if !masks {
            // Every offer a row, added up from the lists.
            let mut tallies = vec![Tally::default(); offers * steps];
            Intake::tally(m, unbroken.lists(ctx), steps, &pupils, &mut tallies);
            for o in 0..offers {
                let row = &tallies[o * steps..(o + 1) * steps];
                if let Some(l) = row.iter().filter_map(|t| t.judged()).min() {
                    least.push((OfferId(o as u32), l));
                }
            }
            return Intake {
                steps,
                pupils,
                done: Vec::new(),
                min,
                tallies,
                row: HashMap::default(),
                leave,
                reach: Vec::new(),
                least,
                caps,
            };
        }
        let (reach, mut done) = first_pass(g, &unbroken.broken, &big, offers, min);
        // The rest, from the programmes with fewer leavers than `min` in a
        // step in which they run (or none stated), into the rows of the
        // offers, in programme order: a step is done once its tally
        // reaches `min`. Only the tallies of steps never done are read, and
        // those have every such programme's leavers, each once.
        let mut tallies: Vec<Tally> = Vec::new();
        let mut row: HashMap<OfferId, u32> = HashMap::default();
        let mut list = Vec::new();
        for p in weak {
            let flag = if m.programmes[p].pupils.is_some() {
                COUNTED
            } else {
                UNKNOWN
            };
            let n = &pupils[p * steps..(p + 1) * steps];
            merged_masks(g, &unbroken.broken, p, &mut list);
            for &(o, mk) in &list {
                let done = &mut done[o.idx()];
                let mut bits = mk & !*done;
                if bits == 0 {
                    continue;
                }
                let r = *row.entry(o).or_insert_with(|| {
                    tallies.resize(tallies.len() + steps, Tally::default());
                    (tallies.len() / steps - 1) as u32
                }) as usize;
                let tallies = &mut tallies[r * steps..(r + 1) * steps];
                while bits != 0 {
                    let si = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let t = &mut tallies[si];
                    t.total = t.total.saturating_add(n[si]);
                    t.state |= flag;
                    *done |= u64::from(u64::from(t.total) >= min) << si;
                }
            }
        }
        // Per offer with a row: its smallest judged intake in a step not
        // done (see `judged`); an offer without one has none.
        for (&o, &r) in &row {
            let (r, open) = (r as usize, !done[o.idx()]);
            let judged = tallies[r * steps..(r + 1) * steps]
                .iter()
                .enumerate()
                .filter(|&(si, _)| open & step_bit(si) != 0)
                .filter_map(|(_, t)| t.judged());
            if let Some(l) = judged.min() {
                least.push((o, l));
            }
        }
        least.sort_unstable();
        Intake {
            steps,
            pupils,
            done,
            min,
            tallies,
            row,
            leave,
            reach,
            least,
            caps,
        }
    }

    /// The greatest possible intakes from the lists of [`FirstEdges`] (each
    /// offer once per programme and step).
    fn tally(
        m: &crate::model::Model,
        edges: &FirstEdges,
        steps: usize,
        pupils: &[u32],
        intake: &mut [Tally],
    ) {
        for (p, (from, prog)) in edges.from.iter().zip(&m.programmes).enumerate() {
            let flag = if prog.pupils.is_some() {
                COUNTED
            } else {
                UNKNOWN
            };
            let n = &pupils[p * steps..(p + 1) * steps];
            for &(o, r) in from {
                let at = o.idx() * steps;
                // Slices zipped: one bounds check per edge, not per step.
                let tallies = &mut intake[at + r.lo as usize..at + r.hi as usize];
                for (t, &x) in tallies.iter_mut().zip(&n[r.range()]) {
                    t.total = t.total.saturating_add(x);
                    t.state |= flag;
                }
            }
        }
    }

    /// The offers whose judged intake (see [`Intake::judged`]) is below
    /// `min` in some step, in offer order.
    pub fn below(&self, min: u64) -> impl Iterator<Item = OfferId> + '_ {
        self.least
            .iter()
            .filter(move |&&(_, least)| least < min)
            .map(|&(o, _)| o)
    }

    /// K602's intake of the offer per step: `None` where it is not judged
    /// (no counting edge, or one from a programme without `pupils`); in a
    /// step in which it has reached the minimum, judged or not, a value of
    /// at least the minimum that may be less than the whole intake (K602
    /// asks only about intakes below it).
    pub fn judged(&self, o: OfferId) -> impl Iterator<Item = Option<u64>> + '_ {
        // Without bit masks (no `done`) every offer has its own row.
        let row = if self.done.is_empty() {
            Some(o.idx())
        } else {
            self.row.get(&o).map(|&r| r as usize)
        };
        let steps = self.steps;
        let tallies = row.map_or(&[][..], |r| &self.tallies[r * steps..(r + 1) * steps]);
        let done = self.done.get(o.idx()).copied().unwrap_or(0);
        (0..steps).map(move |si| {
            if done & step_bit(si) != 0 {
                Some(self.min)
            } else {
                tallies.get(si).and_then(|t| t.judged())
            }
        })
    }
}

/// Scratch space for [`shortfalls`] and [`flows_by_step`], reused from
/// one region and year to the next.
pub struct Scratch {
    /// Per offer of the model: see [`flow_input`], all 0 between uses;
    /// empty until a flow input is first built (K601 mostly needs none).
    slot: Vec<u32>,
    /// The free places per plan step of the offers the greedy flows fill
    /// (see [`greedy_flows`]).
    cells: Vec<u64>,
    /// Per offer of the model, see [`Touch`].
    touched: Vec<Touch>,
    tag: u32,
    solver: Solver,
    /// This step's flow input and the previous step's.
    input: FlowInput,
    last: FlowInput,
}

impl Scratch {
    pub fn new(ctx: &Context) -> Scratch {
        Scratch {
            slot: Vec::new(),
            cells: Vec::new(),
            touched: vec![Touch::default(); ctx.model.offers.len()],
            tag: 0,
            solver: Solver::default(),
            input: FlowInput::default(),
            last: FlowInput::default(),
        }
    }
}

/// An offer in a walk over a region's edges: the tag of the walk that
/// last reached it, and in [`greedy_flows`] where it keeps the offer's
/// free places in `cells`.
#[derive(Clone, Copy, Default)]
struct Touch {
    tag: u32,
    cell: u32,
}

impl Scratch {
    /// Makes `slot` ready for [`flow_input`].
    fn ready_slot(&mut self) {
        // One entry per offer, as `touched` has.
        if self.slot.len() < self.touched.len() {
            self.slot = vec![0; self.touched.len()];
        }
    }

    /// A new tag for a walk over a region, so that `touched` needs no
    /// clearing between them.
    fn next_tag(&mut self) -> u32 {
        self.tag = self.tag.wrapping_add(1);
        if self.tag == 0 {
            self.touched.iter_mut().for_each(|t| t.tag = 0);
            self.tag = 1;
        }
        self.tag
    }
}

/// The greedy flow of every plan step over `programmes`: in each step,
/// each programme in turn fills the free places of the offers it reaches.
/// When it places every leaver of every programme that reaches an offer,
/// it is a maximum flow (no flow places more), and the step is *live*:
/// its flow is then the step's (leavers, and as unplaced the programmes
/// that reach no offer; the places are [`places_of`]'s). Returns the live
/// steps as a bit mask, and the flow of each live step that leaves
/// leavers unplaced, without its places (`None` for the others). One pass
/// over the programmes' edges serves every step, with the steps as bit
/// masks (so a plan of more than 64 steps has no live step, and every
/// step gets a maximum flow); a programme's edges are read only until its
/// leavers are placed, and an offer's free places are copied out when a
/// programme first places leavers there.
fn greedy_flows(
    ctx: &Context,
    broken: &[bool],
    intake: &Intake,
    programmes: &[ProgId],
    scratch: &mut Scratch,
) -> (u64, Vec<Option<Flow>>) {
    let steps = intake.steps;
    if intake.leave.is_empty() {
        return (0, vec![None; steps]);
    }
    let tag = scratch.next_tag();
    let (touched, cells) = (&mut scratch.touched, &mut scratch.cells);
    cells.clear();
    let mut next_cell = 0u32;
    let mut flows: Vec<Flow> = vec![Flow::default(); steps];
    // Per step: the leavers of every programme (a programme's are 0 where
    // it has none, so every step is added up, without testing bits).
    let mut leavers: Vec<u64> = vec![0; steps];
    // The programme's leavers not yet placed, per step.
    let mut rest: Vec<u64> = vec![0; steps];
    let (mut live, mut short) = (u64::MAX, 0u64);
    for &p in programmes {
        let leave = intake.leave[p.idx()];
        if leave == 0 {
            continue;
        }
        let reach = intake.reach[p.idx()] & leave;
        let n = &intake.pupils[p.idx() * steps..(p.idx() + 1) * steps];
        for (l, &n) in leavers.iter_mut().zip(n) {
            *l += u64::from(n);
        }
        // The steps with leavers still to place where it reaches an offer.
        let mut open = reach;
        if open != 0 {
            for (r, &n) in rest.iter_mut().zip(n) {
                *r = u64::from(n);
            }
            for (o, mk) in unbroken_masks(ctx.graph, broken, p.idx()) {
                let mut fill = mk & open;
                if fill == 0 {
                    continue;
                }
                let t = &mut touched[o.idx()];
                if t.tag != tag {
                    *t = Touch {
                        tag,
                        cell: next_cell,
                    };
                    next_cell += 1;
                    intake.places(ctx, o, cells);
                }
                let free = &mut cells[t.cell as usize * steps..(t.cell as usize + 1) * steps];
                while fill != 0 {
                    let si = fill.trailing_zeros() as usize;
                    fill &= fill - 1;
                    let take = rest[si].min(free[si]);
                    free[si] -= take;
                    rest[si] -= take;
                    if rest[si] == 0 {
                        open &= !(1 << si);
                    }
                }
                if open == 0 {
                    break;
                }
            }
        }
        // A step in which it reaches an offer and leavers stay unplaced
        // needs the maximum flow; in one in which it reaches none, its
        // leavers are unplaced (told only for steps still live: the
        // others' flows are not read).
        live &= !open;
        let miss = leave & !reach;
        short |= miss;
        let mut bits = miss & live;
        while bits != 0 {
            let si = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            let pupils = u64::from(n[si]);
            flows[si].unplaced.push((p, pupils, pupils));
        }
    }
    let live = live & (u64::MAX >> (64 - steps));
    let wanted = short & live;
    let flows = flows
        .into_iter()
        .zip(leavers)
        .enumerate()
        .map(|(si, (mut flow, leavers))| {
            (wanted & (1 << si) != 0).then(|| {
                flow.leavers = leavers;
                flow.placed = flow.leavers - flow.unplaced.iter().map(|u| u.1).sum::<u64>();
                flow.unplaced.sort_unstable_by_key(|u| u.0);
                flow
            })
        })
        .collect();
    (live, flows)
}

/// The places of each plan step in `want` over `programmes`: the
/// `capacity` of the offers that their unbroken first edges reach from a
/// programme with leavers in that step, each offer once, and (as a bit
/// mask) the steps in which such an offer has none. One pass over the
/// programmes' edges, with the steps as bit masks.
fn places_of(
    ctx: &Context,
    broken: &[bool],
    intake: &Intake,
    programmes: &[ProgId],
    want: u64,
    scratch: &mut Scratch,
) -> (Vec<u64>, u64) {
    let steps = intake.steps;
    let (mut places, mut unbounded) = (vec![0u64; steps], 0u64);
    // A pass per step (K601 asks for the worst step of each run, mostly
    // one), in which an offer counts when first met.
    let mut bits = want;
    while bits != 0 {
        let si = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        let bit = 1u64 << si;
        let tag = scratch.next_tag();
        let touched = &mut scratch.touched;
        for &p in programmes {
            if intake.leave[p.idx()] & bit == 0 {
                continue;
            }
            // Only whether an edge counts in this one step matters.
            for (o, r) in unbroken_of(ctx.graph, broken, p.idx()) {
                if !r.contains(si) {
                    continue;
                }
                let t = &mut touched[o.idx()].tag;
                if *t == tag {
                    continue;
                }
                *t = tag;
                match intake.places_at(ctx, o, si) {
                    Some(n) => places[si] += n,
                    None => unbounded |= bit,
                }
            }
        }
    }
    (places, unbounded)
}

/// The flow of every plan step over `programmes` (a region's) in which
/// it leaves leavers unplaced; `None` for a step in which it places them
/// all. A greedy flow that places everyone who reaches an offer is the
/// step's flow (see `greedy_flows`; it always does when no offer is
/// asked for more places than it has); otherwise the maximum flow is
/// computed. A step whose input equals the previous step's reuses its
/// flow.
pub fn shortfalls(
    ctx: &Context,
    unbroken: &Unbroken,
    intake: &Intake,
    programmes: &[ProgId],
    scratch: &mut Scratch,
) -> Vec<Option<Flow>> {
    let mut short = Shortfalls::new(ctx, unbroken, intake, programmes, scratch);
    short.add_places(ctx, unbroken, intake, programmes, u64::MAX, scratch);
    short.flows
}

/// [`shortfalls`] with the places of a greedy flow's steps left out until
/// asked for ([`Shortfalls::add_places`]): K601 reads them only in the
/// worst step of a run, and they take a pass over the region's edges.
pub struct Shortfalls {
    pub flows: Vec<Option<Flow>>,
    /// The steps whose flow still lacks its places.
    pending: u64,
}

impl Shortfalls {
    pub fn new(
        ctx: &Context,
        unbroken: &Unbroken,
        intake: &Intake,
        programmes: &[ProgId],
        scratch: &mut Scratch,
    ) -> Shortfalls {
        let steps = intake.steps;
        let (live, greedy) = greedy_flows(ctx, &unbroken.broken, intake, programmes, scratch);
        let mut out: Vec<Option<Flow>> = Vec::with_capacity(steps);
        let mut pending = 0u64;
        // The step whose input `scratch.last` holds.
        let mut last: Option<usize> = None;
        for (si, greedy) in greedy.into_iter().enumerate() {
            if live & step_bit(si) != 0 {
                pending |= if greedy.is_some() { step_bit(si) } else { 0 };
                out.push(greedy);
                continue;
            }
            scratch.ready_slot();
            flow_input(
                ctx,
                unbroken.lists(ctx),
                programmes,
                si,
                None,
                &mut scratch.slot,
                &mut scratch.input,
            );
            let flow = match (last, out.last()) {
                (Some(prev), Some(Some(f))) if prev + 1 == si && scratch.last == scratch.input => {
                    f.clone()
                }
                _ => scratch.solver.solve(&scratch.input),
            };
            out.push(Some(flow));
            std::mem::swap(&mut scratch.input, &mut scratch.last);
            last = Some(si);
        }
        Shortfalls {
            flows: out,
            pending,
        }
    }

    /// Adds the places to the flows of the steps in `want` that lack them.
    pub fn add_places(
        &mut self,
        ctx: &Context,
        unbroken: &Unbroken,
        intake: &Intake,
        programmes: &[ProgId],
        want: u64,
        scratch: &mut Scratch,
    ) {
        let want = want & self.pending;
        if want == 0 {
            return;
        }
        let (places, unbounded) =
            places_of(ctx, &unbroken.broken, intake, programmes, want, scratch);
        for (si, flow) in self.flows.iter_mut().enumerate() {
            if let Some(flow) = flow.as_mut().filter(|_| want & step_bit(si) != 0) {
                flow.places = places[si];
                flow.unbounded = unbounded & step_bit(si) != 0;
            }
        }
        self.pending &= !want;
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
/// [`Context::region_programmes`](crate::checks::Context::region_programmes))
/// in plan step `si`. `keep` narrows the offers
/// (the report's chart per sector): a programme with no kept offer then
/// brings no leavers. `slot` is scratch space, one entry per offer of the
/// model, all 0, and left so. Written into `input` (its buffers reused).
pub fn flow_input(
    ctx: &Context,
    edges: &FirstEdges,
    programmes: &[ProgId],
    si: usize,
    keep: Option<&dyn Fn(OfferId) -> bool>,
    slot: &mut [u32],
    input: &mut FlowInput,
) {
    let m = ctx.model;
    let step = ctx.graph.steps[si];
    input.progs.clear();
    input.reach.clear();
    input.caps.clear();
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
        // In offer order, so that the network, and which leavers a
        // maximum flow leaves unplaced, do not depend on the order the
        // plan writes its pathways in.
        let mut offers: SmallVec<[OfferId; 16]> = edges.from[p.idx()]
            .iter()
            .filter(|(o, r)| r.contains(si) && keep.is_none_or(|k| k(*o)))
            .map(|(o, _)| *o)
            .collect();
        offers.sort_unstable();
        for o in &offers {
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
}

/// [`Solver::solve`] with a solver of its own.
#[cfg(test)]
pub fn solve(input: &FlowInput) -> Flow {
    Solver::default().solve(input)
}

/// Buffers [`Solver::solve`] reuses from one flow to the next: a region
/// has a flow per plan year, and most of their parts are small, so
/// allocating per part would cost more than the flows.
#[derive(Default)]
pub struct Solver {
    /// Union-find over the offers of the input.
    parent: Vec<u32>,
    /// Per offer: the leavers of the programmes that reach it.
    demand: Vec<u64>,
    /// Per root: its part has an offer asked for more than it has.
    tight: Vec<bool>,
    /// (root, programme index) of the programmes in tight parts.
    parts: Vec<(u32, usize)>,
    /// Per offer: its number within the part [`Solver::places_all`] looks
    /// at, `u32::MAX` outside it.
    local: Vec<u32>,
    free: Vec<u64>,
    offers: Vec<u32>,
    left: Vec<u64>,
    sent: Vec<u64>,
}

impl Solver {
    /// The maximum flow source → programme (its `pupils`) → first offer
    /// (unbounded) → sink (the offer's `capacity`). The network falls
    /// apart into parts that share no offer; a part in which every offer
    /// can take the leavers of every programme that reaches it places them
    /// all (route each programme to any of its offers), and only the other
    /// parts go to petgraph's Dinic's algorithm. Both are exact.
    pub fn solve(&mut self, input: &FlowInput) -> Flow {
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
        let n = input.caps.len();
        // Parts by union-find over offers.
        let parent = &mut self.parent;
        parent.clear();
        parent.extend(0..n as u32);
        fn root(parent: &mut [u32], mut i: u32) -> u32 {
            while parent[i as usize] != i {
                parent[i as usize] = parent[parent[i as usize] as usize];
                i = parent[i as usize];
            }
            i
        }
        let demand = &mut self.demand;
        demand.clear();
        demand.resize(n, 0);
        for (pi, &(_, pupils, _)) in input.progs.iter().enumerate() {
            let reach = input.reach_of(pi);
            let Some(&first) = reach.first() else {
                continue;
            };
            let a = root(parent, first);
            for &o in reach {
                demand[o as usize] += pupils;
                let b = root(parent, o);
                parent[b as usize] = a;
            }
        }
        let tight = &mut self.tight;
        tight.clear();
        tight.resize(n, false);
        for (i, &(_, cap)) in input.caps.iter().enumerate() {
            if cap.is_some_and(|c| c < demand[i]) {
                let r = root(parent, i as u32);
                tight[r as usize] = true;
            }
        }
        // Per tight part (by its root), its programmes (indices into `progs`).
        let mut parts = std::mem::take(&mut self.parts);
        parts.clear();
        for (pi, &(p, pupils, _)) in input.progs.iter().enumerate() {
            match input.reach_of(pi).first() {
                None => flow.unplaced.push((p, pupils, pupils)),
                Some(&o) => {
                    let r = root(parent, o);
                    if tight[r as usize] {
                        parts.push((r, pi));
                    } else {
                        flow.placed += pupils;
                    }
                }
            }
        }
        parts.sort_unstable();
        if self.local.len() < n {
            self.local.resize(n, u32::MAX);
        }
        for part in parts.chunk_by(|a, b| a.0 == b.0) {
            if self.places_all(input, part) {
                flow.placed += part.iter().map(|&(_, pi)| input.progs[pi].1).sum::<u64>();
            } else {
                solve_part(input, part, &mut flow);
            }
        }
        self.parts = parts;
        flow.unplaced.sort_unstable_by_key(|u| u.0);
        flow
    }

    /// True when a maximum flow on one part of the network (`part`: its
    /// programmes, indices into `progs`, by root) places every leaver,
    /// found cheaply: a greedy flow (each programme in turn fills its
    /// offers' free places) usually does, and otherwise Dinic's on the
    /// greedy flow's residual network adds what a maximum flow can (the
    /// greedy flow plus a maximum flow of its residual network is a
    /// maximum flow). Only a part that leaves leavers unplaced then needs
    /// [`solve_part`], which says whose.
    fn places_all(&mut self, input: &FlowInput, part: &[(u32, usize)]) -> bool {
        // The part's offers, numbered in order of appearance, with their
        // free places (an unlimited offer has room for everyone).
        let (local, free, offers) = (&mut self.local, &mut self.free, &mut self.offers);
        let (left, sent) = (&mut self.left, &mut self.sent);
        free.clear();
        offers.clear();
        left.clear();
        // The greedy flow on each first edge, in `reach` order per programme.
        sent.clear();
        for &(_, pi) in part {
            let mut rest = input.progs[pi].1;
            for &o in input.reach_of(pi) {
                let l = &mut local[o as usize];
                if *l == u32::MAX {
                    *l = free.len() as u32;
                    free.push(input.caps[o as usize].1.unwrap_or(u64::MAX));
                    offers.push(o);
                }
                let take = rest.min(free[*l as usize]);
                free[*l as usize] -= take;
                rest -= take;
                sent.push(take);
            }
            left.push(rest);
        }
        let short: u64 = left.iter().sum();
        let placed = short == 0 || {
            // The residual network: source → programme (its unplaced
            // leavers), programme → offer (unbounded) and back (what the
            // greedy flow sent), offer → sink (its free places).
            let big: u64 = part.iter().map(|&(_, pi)| input.progs[pi].1).sum();
            let mut net: DiGraph<(), u64> = DiGraph::new();
            let source = net.add_node(());
            let sink = net.add_node(());
            let offer_nodes: Vec<NodeIndex> = free
                .iter()
                .map(|&f| {
                    let n = net.add_node(());
                    if f > 0 {
                        net.add_edge(n, sink, f.min(big));
                    }
                    n
                })
                .collect();
            let mut e = 0;
            for (&(_, pi), &rest) in part.iter().zip(left.iter()) {
                let pn = net.add_node(());
                if rest > 0 {
                    net.add_edge(source, pn, rest);
                }
                for &o in input.reach_of(pi) {
                    let on = offer_nodes[local[o as usize] as usize];
                    net.add_edge(pn, on, big);
                    if sent[e] > 0 {
                        net.add_edge(on, pn, sent[e]);
                    }
                    e += 1;
                }
            }
            petgraph::algo::dinics(&net, source, sink).0 == short
        };
        for &o in offers.iter() {
            local[o as usize] = u32::MAX;
        }
        placed
    }
}

/// Dinic's algorithm on one part of the network: `part` indexes `progs`.
fn solve_part(input: &FlowInput, part: &[(u32, usize)], flow: &mut Flow) {
    let big: u64 = part.iter().map(|&(_, pi)| input.progs[pi].1).sum();
    let mut net: DiGraph<(), u64> = DiGraph::new();
    let source = net.add_node(());
    let sink = net.add_node(());
    let mut offer_node: HashMap<u32, NodeIndex> = HashMap::default();
    let mut supply = Vec::with_capacity(part.len());
    for &(_, pi) in part {
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
    for (&(_, pi), e) in part.iter().zip(supply) {
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
    scratch: &mut Scratch,
) -> Vec<Flow> {
    let mut out: Vec<Flow> = Vec::with_capacity(ctx.graph.steps.len());
    scratch.ready_slot();
    for si in 0..ctx.graph.steps.len() {
        flow_input(
            ctx,
            edges,
            programmes,
            si,
            keep,
            &mut scratch.slot,
            &mut scratch.input,
        );
        let flow = match out.last() {
            Some(f) if si > 0 && scratch.last == scratch.input => f.clone(),
            _ => scratch.solver.solve(&scratch.input),
        };
        out.push(flow);
        std::mem::swap(&mut scratch.input, &mut scratch.last);
    }
    out
}

/// Runs of consecutive plan steps where `hit` holds, as index ranges.
pub fn runs_of(hits: &[bool]) -> Vec<std::ops::Range<usize>> {
    runs(hits.iter().copied()).collect()
}

/// [`runs_of`] as the hits come, without a list of them or of the runs
/// (K602 asks it for every offer it reports).
pub fn runs(hits: impl Iterator<Item = bool>) -> impl Iterator<Item = std::ops::Range<usize>> {
    let mut hits = hits.chain(std::iter::once(false)).enumerate();
    let mut start = None;
    std::iter::from_fn(move || {
        for (i, h) in hits.by_ref() {
            match (h, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    start = None;
                    return Some(s..i);
                }
                _ => {}
            }
        }
        None
    })
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
