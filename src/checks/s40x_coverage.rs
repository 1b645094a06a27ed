//! S401 uncovered-sector, S402 unreachable-sector, S403 coverage-lapse.
//!
//! Per region with demand, year by year over the plan's years: a demanded
//! sector is *offered* when a member institution runs an offer at or above
//! the target level in it (or in a sector it includes), *reachable* when a
//! route of edges that count that year leads there from the region's
//! programmes. Reachability is one graph search per region and year, shared
//! by all the region's sectors. The three codes share this one module
//! because they are three verdicts of one computation.

use crate::collections::HashSet;

use super::{Breaks, Code, Context};
use super::c204_inactive_endpoint::Cause;
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::i18n::{school_year, yes};
use crate::msg;
use crate::graph::{Graph, StepReach};
use crate::model::{MemberRef, Node, OfferId, PathwayId, RegionId, SectorId};
use crate::source::Span;

/// One demanded sector of a region, judged over the plan's steps: the
/// offers at or above the target level that cover it, and per step whether
/// one of them runs (*offered*) and whether a route reaches one that runs
/// (*reachable*). Plan versions (V702) compare these between two versions.
pub struct SectorCoverage {
    pub sector: SectorId,
    /// The sector in the region's `demand` list.
    pub span: Span,
    pub covering: Vec<OfferId>,
    pub offered: Vec<bool>,
    pub reachable: Vec<bool>,
}

/// The region's programmes (where routes start) and the coverage of each
/// sector it demands, in `demand` order.
pub fn region_coverage(ctx: &Context, rid: RegionId) -> (Vec<Node>, Vec<SectorCoverage>) {
    region_coverage_with(ctx, rid, &mut StepReach::default())
}

/// [`region_coverage`], searching in `reach`'s memory.
fn region_coverage_with(
    ctx: &Context,
    rid: RegionId,
    reach: &mut StepReach,
) -> (Vec<Node>, Vec<SectorCoverage>) {
    let (m, g) = (ctx.model, ctx.graph);
    let region = &m.regions[rid.idx()];
    let starts = ctx.region_programmes(rid);
    if region.demand.is_empty() {
        return (starts, Vec::new());
    }
    let offers: Vec<OfferId> = ctx
        .region_offers(rid)
        .iter()
        .copied()
        .filter(|&o| m.offer_level(o).is_some_and(|l| l >= region.target_level))
        .collect();
    g.reach_steps_into(&starts, reach);
    let mut out = Vec::with_capacity(region.demand.len());
    let mut seen = HashSet::default();
    for &(sector, span) in &region.demand {
        // A sector demanded twice is judged once, at its first listing.
        if !seen.insert(sector) {
            continue;
        }
        let covering: Vec<OfferId> = offers
            .iter()
            .copied()
            .filter(|&o| {
                m.offer_sector(o)
                    .is_some_and(|s| m.sector_matches(sector, s))
            })
            .collect();
        let mut offered = vec![false; g.steps.len()];
        let mut reachable = vec![false; g.steps.len()];
        for &o in &covering {
            let node = g.index(Node::Offer(o)).index();
            for i in g.node_steps[node].range() {
                offered[i] = true;
                reachable[i] |= reach.get(node, i);
            }
        }
        out.push(SectorCoverage {
            sector,
            span,
            covering,
            offered,
            reachable,
        });
    }
    (starts, out)
}

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    let mut reach = StepReach::default();
    for (ri, region) in m.regions.iter().enumerate() {
        if region.demand.is_empty() {
            continue;
        }
        let rid = RegionId(ri as u32);
        let timeless = g.steps == [None];
        let (starts, sectors) = region_coverage_with(ctx, rid, &mut reach);
        for c in sectors {
            let SectorCoverage {
                sector,
                span,
                covering,
                offered,
                reachable,
            } = c;
            let runs = |o: OfferId, s: Option<u32>| Graph::runs(m.offer_years(o), s);
            let sector_name = m.sector(sector).name.clone();
            let base = |code, msg, help| {
                Diagnostic::new(code, span, msg)
                    .help(help)
                    .key(region.name.clone())
                    .key(sector_name.clone())
            };
            if !offered.contains(&true) {
                out.push(base(
                    Code::S401,
                    Finding::Uncovered {
                        sector: sector_name.clone(),
                        region: region.name.clone(),
                        level: region.target_level,
                        timeless,
                    },
                    Finding::HelpUncovered {
                        sector: sector_name.clone(),
                        level: region.target_level,
                    },
                ));
            } else if !reachable.contains(&true) {
                if broken_start(ctx, rid, &starts) {
                    continue;
                }
                let names = covering
                    .iter()
                    .filter(|&&o| g.steps.iter().any(|&s| runs(o, s)))
                    .map(|&o| m.offer_ref(o))
                    .collect();
                out.push(base(
                    Code::S402,
                    Finding::Unreachable {
                        sector: sector_name.clone(),
                        region: region.name.clone(),
                        level: region.target_level,
                        offers: names,
                        timeless,
                    },
                    Finding::HelpUnreachable,
                ));
            } else if reachable.contains(&false) {
                let gap = reachable.iter().position(|r| !r).expect("a gap");
                let year = g.steps[gap].expect("a timeless plan has one step");
                let causes = explain_gap(ctx, &starts, &covering, &reachable, gap);
                out.push(base(
                    Code::S403,
                    Finding::Lapse {
                        sector: sector_name.clone(),
                        region: region.name.clone(),
                        year,
                        causes,
                    },
                    Finding::HelpLapse {
                        sector: sector_name.clone(),
                        year,
                    },
                ));
            }
        }
    }
}

/// True when a pathway with an unresolved step starts at one of `starts`,
/// or, its start unknown, names an offer of a member of `region` after
/// it: the route it was meant to be may reach the sector, and its E101 is
/// the finding, so S402 stays silent. An unknown start that names nothing
/// of the region cannot excuse it (one typo would silence S402 in every
/// region).
fn broken_start(ctx: &Context, region: RegionId, starts: &[Node]) -> bool {
    let m = ctx.model;
    let in_region = |n: &Node| match *n {
        Node::Offer(o) => ctx
            .graph
            .regions_of(MemberRef::Institution(m.offer(o).institution))
            .contains(&region),
        Node::Programme(_) => false,
    };
    m.pathways.iter().any(|p| {
        p.broken
            && match p.first() {
                Some(f) => starts.contains(&f),
                None => p.after_break().iter().any(in_region),
            }
    })
}

/// The items on a route that works in the reachable year nearest the gap
/// and that do not run in the gap year: what starts or ends to cause it.
/// A pathway whose failing bound comes from its first node is left out
/// when that node is named already: the node is the cause.
fn explain_gap(
    ctx: &Context,
    starts: &[Node],
    covering: &[OfferId],
    reachable: &[bool],
    gap: usize,
) -> Vec<(String, bool, Cause)> {
    let (m, g) = (ctx.model, ctx.graph);
    let Some(year) = g.steps[gap] else {
        return Vec::new();
    };
    let Some(good) = (0..reachable.len())
        .filter(|&i| reachable[i])
        .min_by_key(|&i| (i.abs_diff(gap), i))
    else {
        return Vec::new();
    };
    let step = g.steps[good];
    let parents = g.reach_with_parents(m, starts, step);
    let Some(target) = covering.iter().copied().find(|&o| {
        Graph::runs(m.offer_years(o), step) && parents[g.index(Node::Offer(o)).index()].is_some()
    }) else {
        return Vec::new();
    };
    let mut nodes: Vec<Node> = Vec::new();
    let mut pathways: Vec<PathwayId> = Vec::new();
    let mut seen: HashSet<PathwayId> = HashSet::default();
    let mut node = Node::Offer(target);
    loop {
        nodes.push(node);
        let Some(Some(ei)) = parents[g.index(node).index()] else {
            break;
        };
        let e = &g.edges[ei];
        if seen.insert(e.pathway) {
            pathways.push(e.pathway);
        }
        node = e.from();
    }
    let on_route: HashSet<Node> = nodes.iter().copied().collect();
    let off = |n: Node| !Graph::runs(m.node_years(n), Some(year));
    let mut causes: Vec<(String, bool, Cause)> = Vec::new();
    for &p in &pathways {
        let py = crate::graph::pathway_years(m, p);
        if Graph::runs(py, Some(year)) {
            continue;
        }
        let written = m.pathways[p.idx()].years();
        let first = m.pathways[p.idx()].nodes()[0];
        let (cause, inherited) = match py.from {
            Some(f) if year < f => (Cause::Starts(f), written.from.is_none()),
            _ => (
                Cause::Ends(py.until.unwrap_or(year)),
                written.until.is_none(),
            ),
        };
        if inherited && on_route.contains(&first) && off(first) {
            continue;
        }
        causes.push((ctx.pathway_text(p), true, cause));
    }
    // Route order: from the programme to the offer, nodes before the
    // pathways that join them.
    let mut out: Vec<(String, bool, Cause)> = nodes
        .iter()
        .rev()
        .filter(|&&n| off(n))
        .map(|&n| {
            (
                m.node_ref(n),
                false,
                super::c204_inactive_endpoint::cause(m, n, year),
            )
        })
        .collect();
    causes.reverse();
    out.extend(causes);
    out
}

/// The findings of S401–S403, as data; [`Message`] words them.
enum Finding {
    Uncovered {
        sector: String,
        region: String,
        level: u8,
        timeless: bool,
    },
    HelpUncovered {
        sector: String,
        level: u8,
    },
    Unreachable {
        sector: String,
        region: String,
        level: u8,
        offers: Vec<String>,
        timeless: bool,
    },
    HelpUnreachable,
    Lapse {
        sector: String,
        region: String,
        year: u32,
        /// Each item that starts or ends, whether it is a pathway, and why.
        causes: Vec<(String, bool, Cause)>,
    },
    HelpLapse {
        sector: String,
        year: u32,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        use super::region_words;
        match f {
            Finding::Uncovered {
                sector,
                region,
                level,
                timeless,
            } => msg!(
                "s401-uncovered",
                timeless = yes(timeless),
                region = region_words(&region),
                sector = sector,
                level = level
            ),
            Finding::HelpUncovered { sector, level } => {
                msg!("s401-help", sector = sector, level = level)
            }
            Finding::Unreachable {
                sector,
                region,
                level,
                offers,
                timeless,
            } => msg!(
                "s402-unreachable",
                timeless = yes(timeless),
                region = region_words(&region),
                sector = sector,
                offers = Arg::and_quoted(&offers),
                count = offers.len(),
                level = level
            ),
            Finding::HelpUnreachable => msg!("s402-help"),
            Finding::Lapse {
                sector,
                region,
                year,
                causes,
            } => {
                let count = causes.len();
                let items = causes.into_iter().map(|(item, pathway, c)| {
                    let clause = c.clause(item);
                    if pathway {
                        msg!("s403-pathway-cause", cause = clause)
                    } else {
                        clause
                    }
                });
                msg!(
                    "s403-lapse",
                    region = region_words(&region),
                    sector = sector,
                    year = school_year(year),
                    count = count,
                    causes = Arg::and(items)
                )
            }
            Finding::HelpLapse { sector, year } => {
                msg!("s403-help", sector = sector, year = year)
            }
        }
    }
}
