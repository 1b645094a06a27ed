//! C208 target-level-unreachable: a programme with edges but no route to an
//! offer at or above its target level — the highest `target-level` of its
//! school's regions (4 for a school in no region).

use super::{Breaks, Code, Context};
use crate::diagnostics::{Diagnostic, Message};
use crate::msg;
use crate::model::{MemberRef, Node, ProgId};

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    for (i, p) in m.programmes.iter().enumerate() {
        let id = ProgId(i as u32);
        let node = Node::Programme(id);
        if ctx.unresolved_start(id) || !g.has_out_edges(node) {
            continue;
        }
        // The highest target of the school's regions; the first such region
        // names it. A school in no region aims at level 4.
        let mut target = 4;
        let mut region = None;
        for &r in ctx.regions_of(MemberRef::School(p.school)) {
            let t = m.regions[r.idx()].target_level;
            if region.is_none() || t > target {
                target = t;
                region = Some(m.regions[r.idx()].name.clone());
            }
        }
        let best = g.best_level[g.index(node).index()];
        if best >= target {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::C208,
                p.loc.name,
                Finding::TargetUnreachable {
                    programme: m.programme_ref(id),
                    target,
                    region,
                    best,
                },
            )
            .help(Finding::HelpTarget { target })
            .key(m.programme_ref(id)),
        );
    }
}

/// C208's finding, as data; [`Message`] words it.
enum Finding {
    TargetUnreachable {
        programme: String,
        target: u8,
        /// The region whose `target-level` sets the target; `None` for a
        /// school in no region (the default, 4).
        region: Option<String>,
        best: u8,
    },
    HelpTarget {
        target: u8,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::TargetUnreachable {
                programme,
                target,
                region,
                best,
            } => {
                let whose = match region {
                    Some(r) => msg!("c208-whose-region", region = r),
                    None => msg!("c208-whose-none"),
                };
                msg!(
                    "c208-target",
                    programme = programme,
                    target = target,
                    whose = whose,
                    best = best
                )
            }
            Finding::HelpTarget { target } => msg!("c208-help", target = target),
        }
    }
}
