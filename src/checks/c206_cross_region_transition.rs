//! C206 cross-region-transition: an edge between members of declared
//! regions that share no region. An end in no region is R501's business.
//! Membership is a precomputed lookup, so this is O(E) times the (small)
//! number of regions per member.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::msg;
use crate::model::RegionId;

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    let names = |rs: &[RegionId]| -> Vec<String> {
        rs.iter().map(|r| m.regions[r.idx()].name.clone()).collect()
    };
    for e in &ctx.graph.edges {
        // Empty for the implicit region: nothing to compare.
        let a = ctx.regions_of(ctx.owner(e.from()));
        let b = ctx.regions_of(ctx.owner(e.to()));
        if a.is_empty() || b.is_empty() || a.iter().any(|r| b.contains(r)) {
            continue;
        }
        let (from_ref, to_ref) = (m.node_ref(e.from()), m.node_ref(e.to()));
        out.push(
            Diagnostic::new(
                Code::C206,
                e.target(ctx.model),
                Finding::CrossRegion {
                    from: from_ref.clone(),
                    to: to_ref.clone(),
                    from_regions: names(a),
                    to_regions: names(b),
                },
            )
            .help(Finding::HelpCrossRegion)
            .key(from_ref)
            .key(to_ref),
        );
    }
}

/// C206's finding, as data; [`Message`] words it.
enum Finding {
    CrossRegion {
        from: String,
        to: String,
        from_regions: Vec<String>,
        to_regions: Vec<String>,
    },
    HelpCrossRegion,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::CrossRegion {
                from,
                to,
                from_regions,
                to_regions,
            } => msg!(
                "c206-cross-region",
                from = from,
                to = to,
                from_regions = Arg::and_quoted(&from_regions),
                to_regions = Arg::and_quoted(&to_regions)
            ),
            Finding::HelpCrossRegion => msg!("c206-help"),
        }
    }
}
