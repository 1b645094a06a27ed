//! C205 route-unavailable: a pathway's `route` (bol or bbl) that one or
//! more of its offers do not provide. One finding per pathway.

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::Node;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for p in &m.pathways {
        let Some((route, span)) = p.route else {
            continue;
        };
        let mut missing: Vec<String> = Vec::new();
        for &n in &p.nodes {
            if let Node::Offer(o) = n
                && !m.offer(o).routes.contains(&route)
            {
                let r = m.offer_ref(o);
                if !missing.contains(&r) {
                    missing.push(r);
                }
            }
        }
        if missing.is_empty() {
            continue;
        }
        let mut d = Diagnostic::new(
            Code::C205,
            span,
            Msg::Check(CheckMsg::RouteUnavailable {
                route: route.as_str().into(),
                offers: missing.clone(),
            }),
        )
        .help(Msg::Check(CheckMsg::HelpRoute {
            route: route.as_str().into(),
        }))
        .key(m.node_ref(p.nodes[0]));
        for r in missing {
            d = d.key(r);
        }
        out.push(d);
    }
}
