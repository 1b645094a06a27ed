//! C203 level-regression: an offer → offer edge whose target level is not
//! higher than its source level.

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::Node;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for e in &ctx.graph.edges {
        let (Node::Offer(from), Node::Offer(to)) = (e.from, e.to) else {
            continue;
        };
        let (Some(a), Some(b)) = (m.offer_level(from), m.offer_level(to)) else {
            continue;
        };
        if b > a {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::C203,
                e.target,
                Msg::Check(CheckMsg::LevelRegression {
                    from: m.offer_ref(from),
                    from_level: a,
                    offer: m.offer_ref(to),
                    qual: ctx.qual_text(to),
                    level: b,
                }),
            )
            .help(Msg::Check(CheckMsg::HelpRegression))
            .key(m.offer_ref(from))
            .key(m.offer_ref(to)),
        );
    }
}
