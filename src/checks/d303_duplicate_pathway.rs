//! D303 duplicate-pathway: the same edge (same two nodes, same `route` or
//! both without) declared by more than one pathway.

use crate::collections::HashMap;

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    let mut first = HashMap::with_capacity_and_hasher(ctx.graph.edges.len(), Default::default());
    for e in &ctx.graph.edges {
        let route = m.pathways[e.pathway.idx()].route.map(|r| r.0);
        let key = (e.from, e.to, route);
        match first.get(&key) {
            None => {
                first.insert(key, e);
            }
            Some(f) if f.pathway == e.pathway => {}
            Some(f) => out.push(
                Diagnostic::new(
                    Code::D303,
                    e.target,
                    Msg::Check(CheckMsg::DuplicatePathway {
                        from: m.node_ref(e.from),
                        to: m.node_ref(e.to),
                        route: route.map(|r| r.as_str().to_string()),
                    }),
                )
                .with_label(f.target, Msg::Check(CheckMsg::FirstDeclared))
                .help(Msg::Check(CheckMsg::HelpDuplicatePathway))
                .key(m.node_ref(e.from))
                .key(m.node_ref(e.to)),
            ),
        }
    }
}
