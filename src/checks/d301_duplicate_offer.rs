//! D301 duplicate-offer: one institution offers a crebo twice at the same
//! location (or twice without one). The resolver finds these while naming
//! offers; the later offer takes no further part.

use super::{Code, Context};
use crate::diagnostics::{Diagnostic, HintMsg, Msg};

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for d in &ctx.model.duplicate_offers {
        let inst = &ctx.model.institution(d.institution).name;
        out.push(
            Diagnostic::new(
                Code::D301,
                d.later,
                Msg::DuplicateOffer {
                    institution: inst.clone(),
                    crebo: d.crebo,
                    title: ctx.graph.crebo_title(d.crebo).unwrap_or("?").to_string(),
                    location: d.location.clone(),
                },
            )
            .with_label(d.first, Msg::FirstOfferHere)
            .help(Msg::Hint(HintMsg::HelpSecondOffer))
            .key(inst.clone())
            .key(format!("{:05}", d.crebo)),
        );
    }
}
