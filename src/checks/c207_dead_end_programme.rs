//! C207 dead-end-programme: a programme no pathway starts at.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Diagnostic, Message};
use crate::msg;
use crate::model::{Node, ProgId};

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for (i, p) in m.programmes.iter().enumerate() {
        let id = ProgId(i as u32);
        if ctx.unresolved_start(id) || ctx.graph.has_out_edges(Node::Programme(id)) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::C207,
                p.loc.name,
                Finding::DeadEnd {
                    programme: m.programme_ref(id),
                },
            )
            .help(Finding::HelpDeadEnd)
            .key(m.programme_ref(id)),
        );
    }
}

/// C207's finding, as data; [`Message`] words it.
enum Finding {
    DeadEnd { programme: String },
    HelpDeadEnd,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::DeadEnd { programme } => msg!("c207-dead-end", programme = programme),
            Finding::HelpDeadEnd => msg!("c207-help"),
        }
    }
}
