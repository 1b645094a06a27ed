//! R502 outside-labour-market: a member of a region with a `labour-market`
//! whose `municipality` lies in another arbeidsmarktregio (2026 division).
//! Reported at the member's ID in the region's `members` list, at its
//! first listing (a member listed twice is one finding).

use super::{Breaks, Code, Context};
use crate::collections::HashSet;
use crate::diagnostics::{Diagnostic, Message};
use crate::msg;
use crate::model::MemberRef;

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for r in &m.regions {
        let Some(lm) = r.labour_market else { continue };
        let mut seen = HashSet::default();
        for (&member, &span) in r.members.iter().zip(&r.member_spans) {
            if !seen.insert(member) {
                continue;
            }
            let (name, municipality) = match member {
                MemberRef::School(s) => (&m.school(s).name, &m.school(s).municipality),
                MemberRef::Institution(i) => {
                    (&m.institution(i).name, &m.institution(i).municipality)
                }
            };
            let Some(written) = municipality else {
                continue;
            };
            let Some(gm) = crate::labour_market::municipality(written) else {
                continue;
            };
            if gm.region == lm {
                continue;
            }
            out.push(
                Diagnostic::new(
                    Code::R502,
                    span,
                    Finding::OutsideLabourMarket {
                        member: name.clone(),
                        municipality: gm.name.into(),
                        own: gm.region.into(),
                        region: r.name.clone(),
                        labour_market: lm.into(),
                    },
                )
                .help(Finding::HelpOutsideLabourMarket {
                    own: gm.region.into(),
                })
                .key(r.name.clone())
                .key(name.clone()),
            );
        }
    }
}

/// R502's finding, as data; [`Message`] words it.
enum Finding {
    OutsideLabourMarket {
        member: String,
        municipality: String,
        own: String,
        region: String,
        labour_market: String,
    },
    HelpOutsideLabourMarket {
        own: String,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::OutsideLabourMarket {
                member,
                municipality,
                own,
                region,
                labour_market,
            } => msg!(
                "law-outside-labour-market",
                member = member,
                municipality = municipality,
                own = own,
                region = region,
                labour_market = labour_market
            ),
            Finding::HelpOutsideLabourMarket { own } => {
                msg!("law-help-outside-labour-market", own = own)
            }
        }
    }
}
