//! C211 unreached-offer: an offer that no route from any programme reaches.

use super::{Code, Context};
use crate::collections::HashSet;
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::{Node, OfferId};

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    // Offers named after an unresolved step: that pathway may have been
    // meant to reach them, and its E101 is the finding.
    let named: HashSet<Node> = m
        .pathways
        .iter()
        .flat_map(|p| p.after_break.iter().copied())
        .collect();
    for (i, o) in m.offers.iter().enumerate() {
        let id = OfferId(i as u32);
        if g.reached[g.index(Node::Offer(id)).index()] || named.contains(&Node::Offer(id)) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::C211,
                o.loc.name,
                Msg::Check(CheckMsg::Unreached {
                    offer: m.offer_ref(id),
                    qual: ctx.qual_text(id),
                }),
            )
            .help(Msg::Check(CheckMsg::HelpUnreached))
            .key(m.offer_ref(id)),
        );
    }
}
