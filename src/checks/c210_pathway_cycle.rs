//! C210 pathway-cycle: a cycle among offers. One finding per strongly
//! connected set (or self-loop), at the target of its first edge in source
//! order, with labels on its other edges.

use crate::collections::HashSet;

use super::{Breaks, Code, Context};
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::i18n::Join;
use crate::msg;

/// An error-level finding breaks the edge it points at: its primary location and its labels are the target references of the
/// cycle's steps.
pub const BREAKS: Breaks = Breaks::TargetOrLabel;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    for scc in g.cycles() {
        let members: HashSet<_> = scc.iter().copied().collect();
        let mut edges: Vec<_> = scc
            .iter()
            .flat_map(|&n| g.out_edges_rev(n.index()))
            .filter(|&(_, t)| members.contains(&petgraph::graph::NodeIndex::new(t)))
            .map(|(e, _)| &g.edges[e])
            .collect();
        edges.sort_by_key(|e| ctx.order(e.target(ctx.model)));
        let Some(first) = edges.first() else { continue };
        let mut offers: Vec<String> = scc.iter().map(|&n| m.node_ref(g.node(n))).collect();
        offers.sort();
        let mut d = Diagnostic::new(
            Code::C210,
            first.target(ctx.model),
            Finding::Cycle {
                offers: offers.clone(),
            },
        )
        .help(Finding::HelpCycle);
        for e in &edges[1..] {
            d = d.with_label(e.target(ctx.model), Finding::CycleEdge);
        }
        for o in offers {
            d = d.key(o);
        }
        out.push(d);
    }
}

/// C210's finding, as data; [`Message`] words it.
enum Finding {
    Cycle { offers: Vec<String> },
    CycleEdge,
    HelpCycle,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::Cycle { offers } => msg!(
                "c210-cycle",
                count = offers.len(),
                offers = Arg::few(
                    Join::And,
                    offers.iter().map(|o| Arg::Quoted(o.as_str().into()))
                )
            ),
            Finding::CycleEdge => msg!("c210-edge"),
            Finding::HelpCycle => msg!("c210-help"),
        }
    }
}
