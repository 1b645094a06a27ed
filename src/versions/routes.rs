//! V701 route-lost and V704 route-gained: per programme, sector and plan
//! year, whether a route reaches an offer at or above the programme's
//! target level in that sector, in OLD and in NEW. Two verdicts of one
//! comparison, so one module.
//!
//! Reachability is as S4xx defines it (a route of edges that count in that
//! year), computed for every programme at once: per year and target level,
//! one pass over the strongly connected sets, sinks first, carrying the
//! set of sectors each node reaches. That is O((V + E) · sectors / 64) per
//! year, not one search per programme.

use std::collections::BTreeMap;

use super::messages::{RouteCause, When};
use super::{Comparison, Env, Side, member_regions};
use crate::codes::Code;
use crate::diagnostics::Diagnostic;
use crate::graph::{Graph, SectorSet};
use crate::i18n::Message;
use crate::model::{MemberRef, Node, OfferId, ProgId};
use crate::msg;

/// Per node: the sectors of the offers at level `level` or above that
/// routes counting in `step` reach from it (itself included).
fn sector_sets(side: &Side, step: Option<u32>, level: u8) -> Vec<SectorSet> {
    let (m, g) = (side.model, &side.graph);
    let mut sets = vec![SectorSet::new(m.sectors.len()); g.node_count()];
    for scc in &g.sccs {
        // A cycle (C210) may need a few rounds: edges not counting this
        // year can split it.
        loop {
            let mut changed = false;
            for &i in scc {
                let mut set = sets[i.index()].clone();
                if let Node::Offer(o) = g.node(i)
                    && Graph::runs(m.offer_years(o), step)
                    && m.offer_level(o).is_some_and(|l| l >= level)
                    && let Some(s) = m.offer_sector(o)
                {
                    set.insert(s);
                }
                for (e, _) in g.out_edges_rev(i.index()) {
                    let edge = &g.edges[e];
                    if g.edge_counts(m, edge, step) {
                        let t = g.index(edge.to()).index();
                        if t != i.index() {
                            let other = sets[t].clone();
                            set.union(&other);
                        }
                    }
                }
                if set != sets[i.index()] {
                    sets[i.index()] = set;
                    changed = true;
                }
            }
            if scc.len() == 1 || !changed {
                break;
            }
        }
    }
    sets
}

/// Per programme and plan step: the names of the sectors it reaches at its
/// target level (nothing in a step in which the programme does not run).
fn reached(side: &Side, steps: &[Option<u32>]) -> Vec<Vec<Vec<String>>> {
    let m = side.model;
    let targets: Vec<u8> = (0..m.programmes.len())
        .map(|i| side.target(ProgId(i as u32)))
        .collect();
    let mut levels = targets.clone();
    levels.sort_unstable();
    levels.dedup();
    let mut out = vec![vec![Vec::new(); steps.len()]; m.programmes.len()];
    for (si, &step) in steps.iter().enumerate() {
        for &level in &levels {
            let sets = sector_sets(side, step, level);
            for (pi, p) in m.programmes.iter().enumerate() {
                if targets[pi] != level || !Graph::runs(p.years, step) {
                    continue;
                }
                let set = &sets[side.graph.index(Node::Programme(ProgId(pi as u32))).index()];
                out[pi][si] = (0..m.sectors.len())
                    .filter(|&s| set.contains(crate::model::SectorId(s as u32)))
                    .map(|s| m.sectors[s].name.clone())
                    .collect();
            }
        }
    }
    out
}

/// (programme reference, sector) → per step: reached in the version.
type Reach = BTreeMap<(String, String), Vec<bool>>;

fn reach_map(side: &Side, steps: &[Option<u32>]) -> Reach {
    let mut map: Reach = BTreeMap::new();
    for (pi, per_step) in reached(side, steps).into_iter().enumerate() {
        let name = side.model.programme_ref(ProgId(pi as u32));
        for (si, sectors) in per_step.into_iter().enumerate() {
            for s in sectors {
                map.entry((name.clone(), s))
                    .or_insert_with(|| vec![false; steps.len()])[si] = true;
            }
        }
    }
    map
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
    let before = reach_map(&env.old, steps);
    let after = reach_map(&env.new, steps);
    // V701: reached before, not after.
    for ((prog, sector), old_hit) in &before {
        let new_hit = after.get(&(prog.clone(), sector.clone()));
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
                programme: prog.clone(),
                level,
                sector: sector.clone(),
                when: When::from_steps(steps, &lost),
                route: env.old.route_text(&route),
                cause,
            },
        )
        .help(Finding::HelpRouteLost {
            programme: prog.clone(),
            level,
            sector: sector.clone(),
        })
        .key(prog.clone())
        .key(sector.clone());
        let d = env.old_label(d, env.old.model.programme(p).loc.name);
        cmp.diagnostics.push(d);
        let school = MemberRef::School(env.old.model.programme(p).school);
        for r in member_regions(&env.old, school) {
            let change = cmp.region_mut(&r);
            change.routes_lost += 1;
            change.programmes.push((prog.clone(), true));
        }
    }
    // V704: reached after, not before.
    for ((prog, sector), new_hit) in &after {
        let old_hit = before.get(&(prog.clone(), sector.clone()));
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
                    programme: prog.clone(),
                    level,
                    sector: sector.clone(),
                    when: When::from_steps(steps, &gained),
                    route: env.new.route_text(&route),
                },
            )
            .help(Finding::HelpRouteGained)
            .key(prog.clone())
            .key(sector.clone()),
        );
        let school = MemberRef::School(env.new.model.programme(p).school);
        for r in member_regions(&env.new, school) {
            let change = cmp.region_mut(&r);
            change.routes_gained += 1;
            change.programmes.push((prog.clone(), false));
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
