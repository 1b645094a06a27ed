//! V702 coverage-lost: a sector a region demands in both versions that, in
//! some plan year, OLD reached at the target level (no S401/S402/S403 that
//! year) and NEW does not. The per-year reachability is S4xx's own
//! ([`region_coverage`]), run on each version.

use super::messages::{RouteCause, When};
use super::{Comparison, Env};
use crate::checks::s40x_coverage::SectorCoverage;
use crate::checks::s40x_coverage::region_coverage;
use crate::codes::Code;
use crate::diagnostics::Diagnostic;
use crate::graph::Graph;
use crate::i18n::Message;
use crate::model::{Model, Node};
use crate::msg;

type Coverage = Option<(Vec<Node>, Vec<SectorCoverage>)>;

fn sector_names(cov: &Coverage, m: &Model) -> Vec<String> {
    cov.as_ref().map_or(Vec::new(), |(_, c)| {
        c.iter().map(|s| m.sector(s.sector).name.clone()).collect()
    })
}

pub fn compare(env: &Env, cmp: &mut Comparison) {
    let (om, nm) = (env.old.model, env.new.model);
    let (octx, nctx) = (env.old.ctx(), env.new.ctx());
    // Every region of either version, for the report's matrix; the
    // findings need both.
    let mut names: Vec<&str> = om
        .regions
        .iter()
        .chain(&nm.regions)
        .filter(|r| !r.demand.is_empty())
        .map(|r| r.name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        let old_r = env.old.region(name);
        let new_r = env.new.region(name);
        let old_cov = old_r.map(|r| region_coverage(&octx, r));
        let new_cov = new_r.map(|r| region_coverage(&nctx, r));
        let olds = sector_names(&old_cov, om);
        let news = sector_names(&new_cov, nm);
        let mut all: Vec<String> = olds.iter().chain(&news).cloned().collect();
        all.sort();
        all.dedup();
        let level = new_r
            .map(|r| nm.regions[r.idx()].target_level)
            .or(old_r.map(|r| om.regions[r.idx()].target_level))
            .unwrap_or(4);
        let change = cmp.region_mut(name);
        change.years = env.steps.clone();
        change.level = level;
        for sector in &all {
            let before = olds
                .iter()
                .position(|s| s == sector)
                .and_then(|i| old_cov.as_ref().map(|(_, c)| c[i].reachable.clone()));
            let after = news
                .iter()
                .position(|s| s == sector)
                .and_then(|i| new_cov.as_ref().map(|(_, c)| c[i].reachable.clone()));
            change.matrix.push(super::MatrixRow {
                sector: sector.clone(),
                before,
                after,
            });
        }
        let (Some(or), Some(nr)) = (old_r, new_r) else {
            continue;
        };
        let (Some((starts, old_c)), Some((_, new_c))) = (&old_cov, &new_cov) else {
            continue;
        };
        for (oi, sector) in olds.iter().enumerate() {
            let Some(ni) = news.iter().position(|s| s == sector) else {
                continue;
            };
            let (o, n) = (&old_c[oi], &new_c[ni]);
            let lost: Vec<bool> = (0..env.steps.len())
                .map(|i| o.reachable[i] && !n.reachable[i])
                .collect();
            let gained = (0..env.steps.len()).any(|i| !o.reachable[i] && n.reachable[i]);
            if gained {
                cmp.region_mut(name).coverage_gained.push(sector.clone());
            }
            let Some(first) = lost.iter().position(|&l| l) else {
                continue;
            };
            let step = env.steps[first];
            let route = env.old.route(starts, step, |off| {
                o.covering.contains(&off) && Graph::runs(om.offer_years(off), step)
            });
            let cause = env.region_cause(&route, step, or, nr);
            let old_level = om.regions[or.idx()].target_level;
            let d = Diagnostic::new(
                Code::V702,
                n.span,
                Finding::CoverageLost {
                    region: name.to_string(),
                    level: old_level,
                    sector: sector.clone(),
                    when: When::from_steps(&env.steps, &lost),
                    route: env.old.route_text(&route),
                    cause,
                },
            )
            .help(Finding::HelpCoverageLost {
                level: nm.regions[nr.idx()].target_level,
                sector: sector.clone(),
            })
            .key(name.to_string())
            .key(sector.clone());
            cmp.diagnostics.push(env.old_label(d, o.span));
            cmp.region_mut(name).coverage_lost.push(sector.clone());
        }
    }
}

/// V702's finding, as data; [`Message`] words it.
enum Finding {
    CoverageLost {
        region: String,
        level: u8,
        sector: String,
        when: When,
        route: String,
        cause: RouteCause,
    },
    HelpCoverageLost {
        level: u8,
        sector: String,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::CoverageLost {
                region,
                level,
                sector,
                when,
                route,
                cause,
            } => msg!(
                "v702-coverage-lost",
                when = when.lead(),
                region = crate::checks::region_words(&region),
                level = level,
                sector = sector,
                route = route,
                cause = cause.message()
            ),
            Finding::HelpCoverageLost { level, sector } => {
                msg!("v702-help", level = level, sector = sector)
            }
        }
    }
}
