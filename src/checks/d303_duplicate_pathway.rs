//! D303 duplicate-pathway: a pathway that declares no step (two nodes, the
//! same `route` or both without) that earlier pathways in source order have
//! not already declared. Writing each programme's full chain, so that
//! chains share their later steps, is the natural way to write a plan and
//! not a finding; only a pathway that adds nothing is.

use crate::collections::HashMap;
use crate::model::Route;

use super::{Breaks, Code, Context};
use crate::diagnostics::{Diagnostic, Message};
use crate::msg;

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    const NONE: u32 = u32::MAX;
    // Number each step (an edge's two ends): edges with the same ends share
    // a number. One pass over each node's outgoing edges, marking targets.
    let n = g.node_count();
    let mut step_of = vec![0u32; g.edges.len()];
    let (mut mark, mut number) = (vec![u32::MAX; n], vec![0u32; n]);
    let mut steps_count = 0u32;
    for u in 0..n {
        for (e, t) in g.out_edges(u) {
            if mark[t] != u as u32 {
                mark[t] = u as u32;
                number[t] = steps_count;
                steps_count += 1;
            }
            step_of[e] = number[t];
        }
    }
    drop((mark, number));
    // Per step: the first edge that declared it, for pathways without a
    // `route`; for the few with one, by step and route (three slots per
    // step took 12 bytes for each of a national plan's steps).
    let mut first: Vec<u32> = vec![NONE; steps_count as usize];
    let mut first_routed: HashMap<(u32, u8), u32> = HashMap::default();
    // Edges are stored per pathway, pathways in source order.
    let mut start = 0;
    for steps in g.edges.chunk_by(|a, b| a.pathway == b.pathway) {
        let base = start;
        start += steps.len();
        let p = &m.pathways[steps[0].pathway.idx()];
        let route = p.route_value();
        let r = match route {
            None => 0,
            Some(Route::Bol) => 1,
            Some(Route::Bbl) => 2,
        };
        let declared = |i: usize| {
            let step = step_of[base + i];
            match r {
                0 => first[step as usize],
                r => first_routed.get(&(step, r)).copied().unwrap_or(NONE),
            }
        };
        let earlier = declared(0);
        // A pathway cut short by an unresolved step adds what it was
        // meant to add: its E101 is the finding, not D303.
        if earlier != NONE && !p.broken && (0..steps.len()).all(|i| declared(i) != NONE) {
            let earlier = &g.edges[earlier as usize];
            out.push(
                Diagnostic::new(
                    Code::D303,
                    p.node_span(0),
                    Finding::DuplicatePathway {
                        chain: ctx.pathway_text(steps[0].pathway),
                        route: route.map(|r| r.as_str().to_string()),
                    },
                )
                .with_label(earlier.target(ctx.model), Finding::FirstDeclared)
                .help(Finding::HelpDuplicatePathway)
                .key(m.node_ref(steps[0].from()))
                .key(m.node_ref(steps[steps.len() - 1].to())),
            );
            continue;
        }
        for i in 0..steps.len() {
            let (step, edge) = (step_of[base + i], (base + i) as u32);
            if r == 0 {
                let slot = &mut first[step as usize];
                if *slot == NONE {
                    *slot = edge;
                }
            } else {
                first_routed.entry((step, r)).or_insert(edge);
            }
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
