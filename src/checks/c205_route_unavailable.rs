//! C205 route-unavailable: a pathway's `route` (bol or bbl) that one or
//! more of its offers do not provide. One finding per pathway.

use crate::collections::HashSet;

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::{Node, PathwayId};

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for (pi, p) in m.pathways.iter().enumerate() {
        let Some((route, span)) = p.route else {
            continue;
        };
        let mut seen = HashSet::default();
        let missing: Vec<String> = p
            .nodes
            .iter()
            .filter_map(|&n| match n {
                Node::Offer(o) if !m.offer(o).routes.contains(&route) && seen.insert(o) => {
                    Some(m.offer_ref(o))
                }
                _ => None,
            })
            .collect();
        if missing.is_empty() {
            continue;
        }
        let mut d = Diagnostic::new(
            Code::C205,
            span,
            Msg::Check(CheckMsg::RouteUnavailable {
                pathway: ctx.pathway_text(PathwayId(pi as u32)),
                route: route.as_str().into(),
                offers: missing.clone(),
            }),
        )
        .help(Msg::Check(CheckMsg::HelpRoute {
            route: route.as_str().into(),
            offers: missing.clone(),
        }))
        .key(m.node_ref(p.nodes[0]));
        for r in missing {
            d = d.key(r);
        }
        out.push(d);
    }
}
