//! D301 duplicate-offer: one institution offers a crebo twice at the same
//! location (or twice without one). The resolver finds these while naming
//! offers; the later offer takes no further part.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Diagnostic, Message};
use crate::msg;

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    for d in &ctx.model.duplicate_offers {
        let inst = &ctx.model.institution(d.institution).name;
        out.push(
            Diagnostic::new(
                Code::D301,
                d.later,
                Finding::DuplicateOffer {
                    institution: inst.clone(),
                    crebo: d.crebo,
                    title: ctx.graph.crebo_title(d.crebo).unwrap_or("?").to_string(),
                    location: d.location.as_deref().map(String::from),
                },
            )
            .with_label(d.first, Finding::FirstOfferHere)
            .help(Finding::HelpSecondOffer)
            .key(inst.clone())
            .key(format!("{:05}", d.crebo)),
        );
    }
}

/// D301's finding, as data; [`Message`] words it.
enum Finding {
    DuplicateOffer {
        institution: String,
        crebo: u32,
        title: String,
        location: Option<String>,
    },
    FirstOfferHere,
    /// A second offer of a crebo at the same location.
    HelpSecondOffer,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::DuplicateOffer {
                institution,
                crebo,
                title,
                location,
            } => {
                let crebo = format!("{crebo:05}");
                match location {
                    Some(l) => msg!(
                        "d301-duplicate-offer-at",
                        institution = institution,
                        crebo = crebo,
                        title = title,
                        location = l
                    ),
                    None => msg!(
                        "d301-duplicate-offer",
                        institution = institution,
                        crebo = crebo,
                        title = title
                    ),
                }
            }
            Finding::FirstOfferHere => msg!("d301-first-offer-here"),
            Finding::HelpSecondOffer => msg!("hint-second-offer"),
        }
    }
}
