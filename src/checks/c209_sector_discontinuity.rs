//! C209 sector-discontinuity: a programme with edges whose routes reach no
//! offer in the sector of its practical component (or, lacking one, in any
//! sector of its profile), sectors matched through `includes`.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::msg;
use crate::model::{Node, ProgId, SectorId};

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
        let at = g.index(node).index();
        let reached = |s: SectorId| g.reach_sectors.contains(at, s);
        let hit = wanted.iter().any(|&w| {
            m.sector_closure(w).iter().any(|&s| reached(s))
        });
        if hit {
            continue;
        }
        let reached_names: Vec<String> = g
            .reach_sectors
            .sectors(at)
            .map(|s| m.sector(s).name.clone())
            .collect();
        let wanted_names: Vec<String> = wanted.iter().map(|&s| m.sector(s).name.clone()).collect();
        out.push(
            Diagnostic::new(
                Code::C209,
                p.loc.name,
                Finding::SectorGap {
                    programme: m.programme_ref(id),
                    profile,
                    wanted: wanted_names.clone(),
                    reached: reached_names,
                },
            )
            .help(Finding::HelpSectorGap {
                wanted: wanted_names,
            })
            .key(m.programme_ref(id)),
        );
    }
}

/// C209's finding, as data; [`Message`] words it.
enum Finding {
    SectorGap {
        programme: String,
        /// The profile whose sectors are wanted; `None` when the practical
        /// component's sector is.
        profile: Option<String>,
        wanted: Vec<String>,
        reached: Vec<String>,
    },
    HelpSectorGap {
        wanted: Vec<String>,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::SectorGap {
                programme,
                profile,
                wanted,
                reached,
            } => {
                let reached: Arg = if reached.is_empty() {
                    msg!("c209-no-sector").into()
                } else {
                    Arg::and_quoted(&reached)
                };
                let m = msg!(
                    "c209-gap",
                    programme = programme,
                    wanted = Arg::or_quoted(&wanted),
                    reached = reached
                );
                match profile {
                    None => m.arg(&"kind", "component"),
                    Some(p) => m.arg(&"kind", "profile").arg(&"profile", p),
                }
            }
            Finding::HelpSectorGap { wanted } => {
                msg!("c209-help", wanted = Arg::or_quoted(&wanted))
            }
        }
    }
}
