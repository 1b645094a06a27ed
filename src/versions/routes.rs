//! V701 route-lost and V704 route-gained: per programme, sector and plan
//! year, whether a route reaches an offer at or above the programme's
//! target level in that sector, in OLD and in NEW. Two verdicts of one
//! comparison, so one module.
//!
//! Reachability is as S4xx defines it (a route of edges that count in that
//! year), computed for every programme at once: per year, target level and
//! word of 64 offered sectors, one pass over the strongly connected sets,
//! sinks first, carrying one word per node. That is O((V + E) · sectors /
//! 64) per year, not one search per programme.

use super::messages::{RouteCause, When};
use super::{Comparison, Env, Side, member_regions};
use crate::codes::Code;
use crate::diagnostics::Diagnostic;
use crate::graph::{Graph, SectorBits};
use crate::i18n::Message;
use crate::model::{MemberRef, Node, OfferId, ProgId, SectorId};
use crate::msg;

/// Per node: the sectors of the offers `own` marks (at the target level
/// or above, running in the year) that routes of the edges `counts` marks
/// (counting in the year) reach from it, itself included: the bits
/// `64 * w ..` of [`SectorBits`] (one word per node: a set of every sector
/// per node grew with nodes × sectors, and was copied along every edge).
fn sector_word(g: &Graph, own: &[Option<u32>], counts: &[bool], w: usize, rows: &mut [u64]) {
    let (lo, hi) = (64 * w as u32, 64 * (w as u32 + 1));
    rows.fill(0);
    for scc in &g.sccs {
        // A cycle (C210) may need a few rounds: edges not counting this
        // year can split it.
        loop {
            let mut changed = false;
            for &i in scc {
                let mut word = rows[i.index()];
                if let Some(b) = own[i.index()].filter(|b| (lo..hi).contains(b)) {
                    word |= 1 << (b - lo);
                }
                for (e, t) in g.out_edges_rev(i.index()) {
                    if counts[e] && t != i.index() {
                        word |= rows[t];
                    }
                }
                if word != rows[i.index()] {
                    rows[i.index()] = word;
                    changed = true;
                }
            }
            if scc.len() == 1 || !changed {
                break;
            }
        }
    }
}

/// Per programme and plan step: the sectors it reaches at its target
/// level, in sector order (nothing in a step in which the programme does
/// not run).
fn reached(side: &Side, steps: &[Option<u32>]) -> Vec<Vec<Vec<SectorId>>> {
    let (m, g) = (side.model, &side.graph);
    let bits = SectorBits::of(m);
    let targets: Vec<u8> = (0..m.programmes.len())
        .map(|i| side.target(ProgId(i as u32)))
        .collect();
    let mut levels = targets.clone();
    levels.sort_unstable();
    levels.dedup();
    let mut out = vec![vec![Vec::new(); steps.len()]; m.programmes.len()];
    let mut rows = vec![0u64; g.node_count()];
    for (si, &step) in steps.iter().enumerate() {
        // Whether each edge counts this year, for every target level.
        let counts: Vec<bool> = g.edges.iter().map(|e| g.edge_counts(m, e, step)).collect();
        for &level in &levels {
            let own: Vec<Option<u32>> = (0..g.node_count())
                .map(|i| {
                    let o = g.offer_at(i)?;
                    if !Graph::runs(m.offer_years(o), step)
                        || m.offer_level(o).is_none_or(|l| l < level)
                    {
                        return None;
                    }
                    bits.bit(m.offer_sector(o)?)
                })
                .collect();
            for w in 0..bits.words() {
                sector_word(g, &own, &counts, w, &mut rows);
                for (pi, p) in m.programmes.iter().enumerate() {
                    if targets[pi] != level || !Graph::runs(p.years, step) {
                        continue;
                    }
                    let mut word = rows[g.index(Node::Programme(ProgId(pi as u32))).index()];
                    while word != 0 {
                        let b = word.trailing_zeros();
                        out[pi][si].push(bits.sector(64 * w as u32 + b));
                        word &= word - 1;
                    }
                }
            }
        }
    }
    out
}

/// What a version reaches: per (programme, sector) pair, the plan steps
/// in which a route reaches the sector at the programme's target level,
/// sorted by programme reference and sector name, the names by which the
/// two versions are compared. The pairs hold IDs: a national plan has
/// hundreds of thousands, and a pair of names each was most of `diff`'s
/// memory traffic.
struct Reach<'m> {
    model: &'m crate::model::Model,
    /// Per programme, its reference.
    refs: Vec<String>,
    pairs: Vec<(ProgId, SectorId, Vec<bool>)>,
}

impl<'m> Reach<'m> {
    fn of(side: &Side<'m>, steps: &[Option<u32>]) -> Reach<'m> {
        let m = side.model;
        let refs: Vec<String> = (0..m.programmes.len())
            .map(|i| m.programme_ref(ProgId(i as u32)))
            .collect();
        let mut pairs = Vec::new();
        for (pi, per_step) in reached(side, steps).into_iter().enumerate() {
            let start = pairs.len();
            for (si, sectors) in per_step.into_iter().enumerate() {
                for s in sectors {
                    let mine = &mut pairs[start..];
                    let at = match mine.binary_search_by_key(&s, |(_, t, _)| *t) {
                        Ok(at) => at,
                        Err(at) => {
                            pairs.insert(
                                start + at,
                                (ProgId(pi as u32), s, vec![false; steps.len()]),
                            );
                            at
                        }
                    };
                    pairs[start + at].2[si] = true;
                }
            }
        }
        let mut reach = Reach {
            model: m,
            refs,
            pairs,
        };
        let mut pairs = std::mem::take(&mut reach.pairs);
        pairs.sort_by(|a, b| reach.key(a).cmp(&reach.key(b)));
        reach.pairs = pairs;
        reach
    }

    fn key(&self, pair: &(ProgId, SectorId, Vec<bool>)) -> (&str, &str) {
        (&self.refs[pair.0.idx()], &self.model.sector(pair.1).name)
    }

    /// Every pair by its names, in order.
    fn iter(&self) -> impl Iterator<Item = ((&str, &str), &[bool])> {
        self.pairs.iter().map(|p| (self.key(p), &p.2[..]))
    }

    fn get(&self, programme: &str, sector: &str) -> Option<&[bool]> {
        self.pairs
            .binary_search_by(|p| self.key(p).cmp(&(programme, sector)))
            .ok()
            .map(|i| &self.pairs[i].2[..])
    }
}

/// An offer at or above `level` in the sector named `sector`.
fn goal(side: &Side, level: u8, sector: &str) -> impl Fn(OfferId) -> bool {
    let m = side.model;
    move |o| {
        m.offer_level(o).is_some_and(|l| l >= level)
            && m.offer_sector(o)
                .is_some_and(|s| m.sector(s).name == sector)
    }
}

pub fn compare(env: &Env, cmp: &mut Comparison) {
    let steps = &env.steps;
    let before = Reach::of(&env.old, steps);
    let after = Reach::of(&env.new, steps);
    // V701: reached before, not after.
    for ((prog, sector), old_hit) in before.iter() {
        let new_hit = after.get(prog, sector);
        let lost: Vec<bool> = (0..steps.len())
            .map(|i| old_hit[i] && !new_hit.is_some_and(|n| n[i]))
            .collect();
        let Some(first) = lost.iter().position(|&l| l) else {
            continue;
        };
        let Some(p) = env.old.programme(prog) else {
            continue;
        };
        let level = env.old.target(p);
        let route = env.old.route(
            &[Node::Programme(p)],
            steps[first],
            goal(&env.old, level, sector),
        );
        // A route NEW still has is lost when the target rose.
        let cause = match env.route_cause(&route, steps[first]) {
            RouteCause::Unchanged
                if env
                    .new
                    .programme(prog)
                    .is_some_and(|np| env.new.target(np) > level) =>
            {
                RouteCause::Target
            }
            cause => cause,
        };
        let d = Diagnostic::new(
            Code::V701,
            env.programme_span(p),
            Finding::RouteLost {
                programme: prog.to_string(),
                level,
                sector: sector.to_string(),
                when: When::from_steps(steps, &lost),
                route: env.old.route_text(&route),
                cause,
            },
        )
        .help(Finding::HelpRouteLost {
            programme: prog.to_string(),
            level,
            sector: sector.to_string(),
        })
        .key(prog.to_string())
        .key(sector.to_string());
        let d = env.old_label(d, env.old.model.programme(p).loc.name);
        cmp.diagnostics.push(d);
        let school = MemberRef::School(env.old.model.programme(p).school);
        for r in member_regions(&env.old, school) {
            let change = cmp.region_mut(&r);
            change.routes_lost += 1;
            change.programmes.push((prog.to_string(), true));
        }
    }
    // V704: reached after, not before.
    for ((prog, sector), new_hit) in after.iter() {
        let old_hit = before.get(prog, sector);
        let gained: Vec<bool> = (0..steps.len())
            .map(|i| new_hit[i] && !old_hit.is_some_and(|o| o[i]))
            .collect();
        let Some(first) = gained.iter().position(|&g| g) else {
            continue;
        };
        let Some(p) = env.new.programme(prog) else {
            continue;
        };
        let level = env.new.target(p);
        let route = env.new.route(
            &[Node::Programme(p)],
            steps[first],
            goal(&env.new, level, sector),
        );
        cmp.diagnostics.push(
            Diagnostic::new(
                Code::V704,
                env.new.model.programme(p).loc.name,
                Finding::RouteGained {
                    programme: prog.to_string(),
                    level,
                    sector: sector.to_string(),
                    when: When::from_steps(steps, &gained),
                    route: env.new.route_text(&route),
                },
            )
            .help(Finding::HelpRouteGained)
            .key(prog.to_string())
            .key(sector.to_string()),
        );
        let school = MemberRef::School(env.new.model.programme(p).school);
        for r in member_regions(&env.new, school) {
            let change = cmp.region_mut(&r);
            change.routes_gained += 1;
            change.programmes.push((prog.to_string(), false));
        }
    }
}

/// The findings of V701 and V704, as data; [`Message`] words them.
enum Finding {
    RouteLost {
        programme: String,
        level: u8,
        sector: String,
        when: When,
        route: String,
        cause: RouteCause,
    },
    HelpRouteLost {
        programme: String,
        level: u8,
        sector: String,
    },
    RouteGained {
        programme: String,
        level: u8,
        sector: String,
        when: When,
        route: String,
    },
    HelpRouteGained,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::RouteLost {
                programme,
                level,
                sector,
                when,
                route,
                cause,
            } => msg!(
                "v701-route-lost",
                when = when.lead(),
                programme = programme,
                level = level,
                sector = sector,
                route = route,
                cause = cause.message()
            ),
            Finding::HelpRouteLost {
                programme,
                level,
                sector,
            } => msg!(
                "v701-help",
                programme = programme,
                level = level,
                sector = sector
            ),
            Finding::RouteGained {
                programme,
                level,
                sector,
                when,
                route,
            } => msg!(
                "v704-route-gained",
                when = when.lead(),
                programme = programme,
                level = level,
                sector = sector,
                route = route
            ),
            Finding::HelpRouteGained => msg!("v704-help"),
        }
    }
}
