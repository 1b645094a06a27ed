//! C209 sector-discontinuity: a programme with edges whose routes reach no
//! offer in the sector of its practical component (or, lacking one, in any
//! sector of its profile), sectors matched through `includes`.

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::{Node, ProgId, SectorId};

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    for (i, p) in m.programmes.iter().enumerate() {
        let id = ProgId(i as u32);
        let node = Node::Programme(id);
        if ctx.unresolved_start(id) || !g.has_out_edges(node) {
            continue;
        }
        let (wanted, profile): (Vec<SectorId>, Option<String>) = match (p.practical, p.profile) {
            (Some(s), _) => (vec![s], None),
            (None, Some(pr)) => (
                m.profile(pr).sectors.clone(),
                Some(m.profile(pr).name.clone()),
            ),
            (None, None) => continue,
        };
        if wanted.is_empty() {
            continue;
        }
        let reached = &g.reach_sectors[g.index(node).index()];
        let hit = wanted.iter().any(|&w| {
            m.sector_closure[w.idx()]
                .iter()
                .any(|&s| reached.contains(s))
        });
        if hit {
            continue;
        }
        let reached_names: Vec<String> = (0..m.sectors.len() as u32)
            .map(SectorId)
            .filter(|&s| reached.contains(s))
            .map(|s| m.sector(s).name.clone())
            .collect();
        let wanted_names: Vec<String> = wanted.iter().map(|&s| m.sector(s).name.clone()).collect();
        out.push(
            Diagnostic::new(
                Code::C209,
                p.loc.name,
                Msg::Check(CheckMsg::SectorGap {
                    programme: m.programme_ref(id),
                    profile,
                    wanted: wanted_names.clone(),
                    reached: reached_names,
                }),
            )
            .help(Msg::Check(CheckMsg::HelpSectorGap {
                wanted: wanted_names,
            }))
            .key(m.programme_ref(id)),
        );
    }
}
