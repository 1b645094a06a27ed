//! C204 inactive-endpoint: a year in which a pathway runs but one of its
//! nodes does not (an offer that stops, a programme that starts later, a
//! qualification that lapses). One finding per pathway and node, naming
//! the first such year.

use super::{Code, Context};
use crate::diagnostics::{Cause, CheckMsg, Diagnostic, Msg};
use crate::graph::Graph;
use crate::model::{Model, Node, Years};

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
    for (pi, p) in m.pathways.iter().enumerate() {
        let py = g.pathway_years[pi];
        let mut seen: Vec<Node> = Vec::new();
        for (i, &node) in p.nodes.iter().enumerate() {
            if seen.contains(&node) {
                continue;
            }
            seen.push(node);
            let ny = m.node_years(node);
            let first = g
                .steps
                .iter()
                .flatten()
                .copied()
                .find(|&y| Graph::runs(py, Some(y)) && !Graph::runs(ny, Some(y)));
            let Some(year) = first else { continue };
            out.push(
                Diagnostic::new(
                    Code::C204,
                    p.node_spans[i],
                    Msg::Check(CheckMsg::Inactive {
                        pathway_from: m.node_ref(p.nodes[0]),
                        node: m.node_ref(node),
                        year,
                        cause: cause(m, node, year),
                    }),
                )
                .help(Msg::Check(CheckMsg::HelpInactive))
                .key(m.node_ref(p.nodes[0]))
                .key(m.node_ref(node)),
            );
        }
    }
}
