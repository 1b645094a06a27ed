//! C213 closed-offer: an offer whose `capacity` is 0 in every year: it
//! takes no students, so the pathways into it lead nowhere.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Diagnostic, Message};
use crate::model::{Count, OfferId};
use crate::msg;

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for (i, o) in m.offers.iter().enumerate() {
        let closed = match &o.capacity {
            Some(Count::Fixed(n)) => *n == 0,
            Some(Count::ByYear(ys)) => ys.iter().all(|y| y.value == 0),
            None => false,
        };
        if !closed {
            continue;
        }
        let id = OfferId(i as u32);
        out.push(
            Diagnostic::new(
                Code::C213,
                o.loc.name,
                Finding::Closed {
                    offer: m.offer_ref(id),
                    qual: ctx.qual_text(id),
                },
            )
            .help(Finding::Help)
            .key(m.offer_ref(id)),
        );
    }
}

/// C213's finding, as data; [`Message`] words it.
enum Finding {
    Closed { offer: String, qual: String },
    Help,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::Closed { offer, qual } => msg!("c213-closed", offer = offer, qual = qual),
            Finding::Help => msg!("c213-help"),
        }
    }
}
