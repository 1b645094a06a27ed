//! C211 unreached-offer: an offer that no route from any programme reaches.

use super::{Breaks, Code, Context};
use crate::collections::HashSet;
use crate::diagnostics::{Diagnostic, Message};
use crate::msg;
use crate::model::{Node, OfferId};

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    // Offers named after an unresolved step: that pathway may have been
    // meant to reach them, and its E101 is the finding.
    let named: HashSet<Node> = m
        .pathways
        .iter()
        .flat_map(|p| p.after_break().iter().copied())
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
                Finding::Unreached {
                    offer: m.offer_ref(id),
                    qual: ctx.qual_text(id),
                },
            )
            .help(Finding::HelpUnreached)
            .key(m.offer_ref(id)),
        );
    }
}

/// C211's finding, as data; [`Message`] words it.
enum Finding {
    Unreached { offer: String, qual: String },
    HelpUnreached,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::Unreached { offer, qual } => {
                msg!("c211-unreached", offer = offer, qual = qual)
            }
            Finding::HelpUnreached => msg!("c211-help"),
        }
    }
}
