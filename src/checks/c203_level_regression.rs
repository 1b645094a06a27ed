//! C203 level-regression: an offer → offer edge whose target level is not
//! higher than its source level.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Diagnostic, Message};
use crate::msg;
use crate::model::Node;

/// An error-level finding breaks the edge it points at: its primary location is the edge's target reference.
pub const BREAKS: Breaks = Breaks::Target;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for e in &ctx.graph.edges {
        let (Node::Offer(from), Node::Offer(to)) = (e.from(), e.to()) else {
            continue;
        };
        let (Some(a), Some(b)) = (m.offer_level(from), m.offer_level(to)) else {
            continue;
        };
        if b > a {
            continue;
        }
        let (from_ref, to_ref) = (m.offer_ref(from), m.offer_ref(to));
        out.push(
            Diagnostic::new(
                Code::C203,
                e.target(ctx.model),
                Finding::LevelRegression {
                    from: from_ref.clone(),
                    from_level: a,
                    offer: to_ref.clone(),
                    qual: ctx.qual_text(to),
                    level: b,
                },
            )
            .help(Finding::HelpRegression)
            .key(from_ref)
            .key(to_ref),
        );
    }
}

/// C203's finding, as data; [`Message`] words it.
enum Finding {
    LevelRegression {
        from: String,
        from_level: u8,
        offer: String,
        qual: String,
        level: u8,
    },
    HelpRegression,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::LevelRegression {
                from,
                from_level,
                offer,
                qual,
                level,
            } => {
                let kind = if level == from_level { "same" } else { "lower" };
                msg!(
                    "c203-regression",
                    kind = kind,
                    from = from,
                    from_level = from_level,
                    offer = offer,
                    qual = qual,
                    level = level
                )
            }
            Finding::HelpRegression => msg!("c203-help"),
        }
    }
}
