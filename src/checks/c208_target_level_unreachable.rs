//! C208 target-level-unreachable: a programme with edges but no route to an
//! offer at or above its target level — the highest `target-level` of its
//! school's regions (4 for a school in no region).

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::{MemberRef, Node, ProgId};

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    let skip = ctx.unresolved_starts();
    for (i, p) in m.programmes.iter().enumerate() {
        let id = ProgId(i as u32);
        let node = Node::Programme(id);
        if skip.contains(&id) || !g.has_out_edges(node) {
            continue;
        }
        let target = ctx
            .regions_of(MemberRef::School(p.school))
            .iter()
            .map(|r| m.regions[r.idx()].target_level)
            .max()
            .unwrap_or(4);
        let best = g.best_level[g.index(node).index()];
        if best >= target {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::C208,
                p.loc.name,
                Msg::Check(CheckMsg::TargetUnreachable {
                    programme: m.programme_ref(id),
                    target,
                    best,
                }),
            )
            .help(Msg::Check(CheckMsg::HelpTarget { target }))
            .key(m.programme_ref(id)),
        );
    }
}
