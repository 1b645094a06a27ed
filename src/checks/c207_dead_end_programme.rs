//! C207 dead-end-programme: a programme no pathway starts at.

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::{Node, ProgId};

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
                Msg::Check(CheckMsg::DeadEnd {
                    programme: m.programme_ref(id),
                }),
            )
            .help(Msg::Check(CheckMsg::HelpDeadEnd))
            .key(m.programme_ref(id)),
        );
    }
}
