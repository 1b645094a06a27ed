//! D303 duplicate-pathway: a pathway that declares no step (two nodes, the
//! same `route` or both without) that earlier pathways in source order have
//! not already declared. Writing each programme's full chain, so that
//! chains share their later steps, is the natural way to write a plan and
//! not a finding; only a pathway that adds nothing is.

use crate::collections::HashMap;
use crate::graph::Edge;

use super::{Breaks, Code, Context};
use crate::diagnostics::{Diagnostic, Message};
use crate::msg;

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    let mut first: HashMap<_, &Edge> =
        HashMap::with_capacity_and_hasher(ctx.graph.edges.len(), Default::default());
    // Edges are stored per pathway, pathways in source order.
    for steps in ctx.graph.edges.chunk_by(|a, b| a.pathway == b.pathway) {
        let p = &m.pathways[steps[0].pathway.idx()];
        let route = p.route.map(|r| r.0);
        let key = |e: &Edge| (e.from, e.to, route);
        let earlier = first.get(&key(&steps[0])).copied();
        // A pathway cut short by an unresolved step adds what it was
        // meant to add: its E101 is the finding, not D303.
        if let Some(earlier) = earlier
            && !p.broken
            && steps.iter().all(|e| first.contains_key(&key(e)))
        {
            let chain: Vec<String> = p.nodes.iter().map(|&n| m.node_ref(n)).collect();
            out.push(
                Diagnostic::new(
                    Code::D303,
                    p.node_spans[0],
                    Finding::DuplicatePathway {
                        chain: chain.join(" -> "),
                        route: route.map(|r| r.as_str().to_string()),
                    },
                )
                .with_label(earlier.target, Finding::FirstDeclared)
                .help(Finding::HelpDuplicatePathway)
                .key(m.node_ref(steps[0].from))
                .key(m.node_ref(steps[steps.len() - 1].to)),
            );
            continue;
        }
        for e in steps {
            first.entry(key(e)).or_insert(e);
        }
    }
}

/// D303's finding, as data; [`Message`] words it.
enum Finding {
    DuplicatePathway {
        /// The pathway's nodes, `a -> b -> c`.
        chain: String,
        route: Option<String>,
    },
    FirstDeclared,
    HelpDuplicatePathway,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::DuplicatePathway { chain, route } => match route {
                Some(r) => msg!(
                    "d303-duplicate-route",
                    chain = chain,
                    route = r.to_uppercase()
                ),
                None => msg!("d303-duplicate", chain = chain),
            },
            Finding::FirstDeclared => msg!("d303-first"),
            Finding::HelpDuplicatePathway => msg!("d303-help"),
        }
    }
}
