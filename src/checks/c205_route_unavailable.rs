//! C205 route-unavailable: a pathway's `route` (bol or bbl) that one or
//! more of its offers do not provide. One finding per pathway.

use crate::collections::HashSet;

use super::{Breaks, Code, Context};
use crate::diagnostics::{Subject, Arg, Diagnostic, Message};
use crate::msg;
use crate::model::{Node, PathwayId};

/// An error-level finding breaks the edge it points at: its primary location is the pathway's `route` value, and it breaks the
/// edges into offers without that route.
pub const BREAKS: Breaks = Breaks::Route;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for (pi, p) in m.pathways.iter().enumerate() {
        let Some((route, span)) = p.route() else {
            continue;
        };
        let mut seen = HashSet::default();
        let missing: Vec<String> = p
            .nodes()
            .iter()
            .filter_map(|&n| match n {
                Node::Offer(o) if m.lacks_route(n, route) && seen.insert(o) => {
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
            Finding::RouteUnavailable {
                pathway: ctx.pathway_text(PathwayId(pi as u32)),
                route: route.as_str().into(),
                offers: missing.clone(),
            },
        )
        .subject(Subject::Pathway(pi as u32))
        .help(Finding::HelpRoute {
            route: route.as_str().into(),
            offers: missing.clone(),
        })
        .key(m.node_ref(p.nodes()[0]));
        for r in missing {
            d = d.key(r);
        }
        out.push(d);
    }
}

/// C205's finding, as data; [`Message`] words it.
enum Finding {
    RouteUnavailable {
        pathway: String,
        route: String,
        offers: Vec<String>,
    },
    HelpRoute {
        route: String,
        offers: Vec<String>,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::RouteUnavailable {
                pathway,
                route,
                offers,
            } => msg!(
                "c205-route",
                pathway = pathway,
                route = route,
                offers = Arg::and_quoted(&offers),
                count = offers.len()
            ),
            Finding::HelpRoute { route, offers } => msg!(
                "c205-help",
                route = route,
                offers = Arg::and_quoted(&offers)
            ),
        }
    }
}
