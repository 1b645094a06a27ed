//! C201 inadmissible-transition: an edge the admission rules do not allow
//! (WEB art. 8.2.1): a programme into a level its track does not admit, or
//! an offer → offer step that rises further than mbo admission allows.

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::Node;

/// mbo → mbo admission, fixed by law: 1 → 2, 2 → 3 or 4, 3 → 4.
pub fn mbo_admits(from: u8, to: u8) -> bool {
    matches!((from, to), (1, 2) | (2, 3) | (2, 4) | (3, 4))
}

/// The levels to pass through from a track into `level`: the highest
/// admitted level below it, then up by the mbo rules. Empty when `level`
/// lies below every admitted level (or nothing admits at all).
pub fn via_levels(admits: &[u8], level: u8) -> Vec<u8> {
    let Some(mut at) = admits.iter().copied().filter(|&l| l < level).max() else {
        return Vec::new();
    };
    let mut via = vec![at];
    while !mbo_admits(at, level) && at + 1 < level {
        at += 1;
        via.push(at);
    }
    via
}

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for e in &ctx.graph.edges {
        let Node::Offer(to) = e.to else { continue };
        let Some(level) = m.offer_level(to) else {
            continue;
        };
        let msg = match e.from {
            Node::Programme(p) => {
                let Some(t) = m.programme(p).track else {
                    continue;
                };
                let track = m.track(t);
                // A track whose `admits` did not resolve (E104, E105) says nothing.
                if track.admits.is_empty() || track.admits.contains(&level) {
                    continue;
                }
                let help = CheckMsg::HelpInadmissibleTrack {
                    track: track.name.clone(),
                    admits: track.admits.clone(),
                    via: via_levels(&track.admits, level),
                };
                (
                    CheckMsg::InadmissibleTrack {
                        programme: m.programme_ref(p),
                        track: track.name.clone(),
                        admits: track.admits.clone(),
                        offer: m.offer_ref(to),
                        qual: ctx.qual_text(to),
                        level,
                    },
                    help,
                )
            }
            Node::Offer(from) => {
                let Some(from_level) = m.offer_level(from) else {
                    continue;
                };
                // Not rising at all is C203's business.
                if level <= from_level || mbo_admits(from_level, level) {
                    continue;
                }
                (
                    CheckMsg::InadmissibleStep {
                        from: m.offer_ref(from),
                        from_level,
                        offer: m.offer_ref(to),
                        qual: ctx.qual_text(to),
                        level,
                    },
                    CheckMsg::HelpInadmissibleStep { from_level },
                )
            }
        };
        out.push(
            Diagnostic::new(Code::C201, e.target, Msg::Check(msg.0))
                .help(Msg::Check(msg.1))
                .key(m.node_ref(e.from))
                .key(m.node_ref(e.to)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::via_levels;

    #[test]
    fn via_levels_follow_the_law() {
        assert_eq!(via_levels(&[1, 2], 4), vec![2]);
        assert_eq!(via_levels(&[1, 2], 3), vec![2]);
        assert_eq!(via_levels(&[1], 3), vec![1, 2]);
        assert_eq!(via_levels(&[1], 4), vec![1, 2]);
        assert_eq!(via_levels(&[2, 3, 4], 1), Vec::<u8>::new());
    }
}
