//! C204 inactive-endpoint: a year in which a pathway runs but one of its
//! nodes does not (an offer that stops, a programme that starts later, a
//! qualification that lapses). One finding per pathway and node, naming
//! the first such year.

use super::{Code, Context};
use crate::diagnostics::{Cause, CheckMsg, Diagnostic, Msg};

use crate::model::{Model, Node, PathwayId, Years};

/// Why `node` does not run in `year`.
pub fn cause(m: &Model, node: Node, year: u32) -> Cause {
    let own = |y: Years| match y.from {
        Some(f) if year < f => Some(Cause::Starts(f)),
        _ => y.until.filter(|&u| year > u).map(Cause::Ends),
    };
    match node {
        Node::Programme(p) => own(m.programme(p).years).unwrap_or(Cause::Starts(year)),
        Node::Offer(o) => {
            let offer = m.offer(o);
            if let Some(c) = own(offer.years) {
                return c;
            }
            let q = offer
                .qualification
                .map(|q| m.qual(q).years)
                .unwrap_or_default();
            match own(q) {
                Some(Cause::Starts(y)) => Cause::QualStarts(offer.crebo, y),
                Some(Cause::Ends(y)) => Cause::QualEnds(offer.crebo, y),
                _ => Cause::Starts(year),
            }
        }
    }
}

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    let years: Vec<u32> = g.steps.iter().flatten().copied().collect();
    if years.is_empty() {
        // A timeless plan: everything runs in its one step.
        return;
    }
    // One list for every pathway's running years (a list per pathway was
    // a tenth of a check's allocations).
    let mut running: Vec<u32> = Vec::with_capacity(years.len());
    for (pi, p) in m.pathways.iter().enumerate() {
        let py = g.pathway_years[pi];
        running.clear();
        running.extend(years.iter().copied().filter(|&y| py.contains(y)));
        for (i, &node) in p.nodes.iter().enumerate() {
            // A node met before in this (short) pathway.
            if p.nodes[..i].contains(&node) {
                continue;
            }
            let ny = m.node_years(node);
            let Some(&year) = running.iter().find(|&&y| !ny.contains(y)) else {
                continue;
            };
            // The bounds that keep the pathway within the node's years;
            // none when the two share no year at all.
            let shared = running.iter().any(|&y| ny.contains(y));
            let from = ny
                .from
                .filter(|&f| shared && running.iter().any(|&y| y < f));
            let until = ny
                .until
                .filter(|&u| shared && running.iter().any(|&y| y > u));
            let first = p.nodes[0];
            let inherits = (p.years == Years::default() && m.node_years(first) != Years::default())
                .then(|| m.node_ref(first));
            out.push(
                Diagnostic::new(
                    Code::C204,
                    p.node_spans[i],
                    Msg::Check(CheckMsg::Inactive {
                        pathway: ctx.pathway_text(PathwayId(pi as u32)),
                        node: m.node_ref(node),
                        year,
                        cause: cause(m, node, year),
                    }),
                )
                .help(Msg::Check(CheckMsg::HelpInactive {
                    node: m.node_ref(node),
                    first: i == 0,
                    year,
                    from,
                    until,
                    inherits,
                }))
                .key(m.node_ref(first))
                .key(m.node_ref(node)),
            );
        }
    }
}
