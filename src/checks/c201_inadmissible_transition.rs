//! C201 inadmissible-transition: an edge the admission rules do not allow
//! (toelating, WEB arts. 8.1.1b and 8.2.1): a programme into a level its
//! track does not admit (bb into entree or level 3/4), a programme straight
//! into a specialistenopleiding, an offer → offer step that rises further
//! than mbo admission allows, or into a specialistenopleiding from anything
//! but a vakopleiding (level 3) of the same kwalificatiedossier.

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, LawMsg, Msg};
use crate::model::{Model, Node, QualId};

/// `25xxx Name` of the level-3 qualifications of a specialist
/// qualification's dossier: the vakopleidingen that admit to it.
fn vakopleidingen(m: &Model, q: QualId) -> Vec<String> {
    let Some(d) = m.qual(q).dossier else {
        return Vec::new();
    };
    let mut out: Vec<(u32, String)> = m
        .dossier(d)
        .qualifications
        .iter()
        .map(|&x| m.qual(x))
        .filter(|x| x.level == Some(3))
        .map(|x| {
            let text = match &x.title {
                Some(t) => format!("{:05} {t}", x.crebo),
                None => format!("{:05}", x.crebo),
            };
            (x.crebo, text)
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, t)| t).collect()
}

pub use crate::schema::mbo_admits;

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
        let to_qual = m.offer(to).qualification;
        let specialist = to_qual.filter(|&q| m.qual(q).specialist);
        let msg = match (e.from, specialist) {
            // WEB art. 8.2.1 lid 2: only a diploma vakopleiding admits.
            (Node::Programme(p), Some(q)) => (
                Msg::Law(LawMsg::SpecialistFromProgramme {
                    programme: m.programme_ref(p),
                    offer: m.offer_ref(to),
                    qual: ctx.qual_text(to),
                }),
                Msg::Law(LawMsg::HelpSpecialist {
                    vakopleidingen: vakopleidingen(m, q),
                }),
            ),
            (Node::Offer(from), Some(q)) => {
                let Some(from_qual) = m.offer(from).qualification else {
                    continue;
                };
                let Some(from_level) = m.qual(from_qual).level else {
                    continue;
                };
                let same_dossier = m.qual(from_qual).dossier.is_some()
                    && m.qual(from_qual).dossier == m.qual(q).dossier;
                if from_level == 3 && same_dossier {
                    continue;
                }
                (
                    Msg::Law(LawMsg::SpecialistFromOffer {
                        from: m.offer_ref(from),
                        from_qual: ctx.qual_text(from),
                        from_level,
                        offer: m.offer_ref(to),
                        qual: ctx.qual_text(to),
                        same_dossier,
                    }),
                    Msg::Law(LawMsg::HelpSpecialist {
                        vakopleidingen: vakopleidingen(m, q),
                    }),
                )
            }
            (Node::Programme(p), None) => {
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
                    Msg::Check(CheckMsg::InadmissibleTrack {
                        programme: m.programme_ref(p),
                        track: track.name.clone(),
                        admits: track.admits.clone(),
                        offer: m.offer_ref(to),
                        qual: ctx.qual_text(to),
                        level,
                    }),
                    Msg::Check(help),
                )
            }
            (Node::Offer(from), None) => {
                let Some(from_level) = m.offer_level(from) else {
                    continue;
                };
                // Not rising at all is C203's business.
                if level <= from_level || mbo_admits(from_level, level) {
                    continue;
                }
                (
                    Msg::Check(CheckMsg::InadmissibleStep {
                        from: m.offer_ref(from),
                        from_level,
                        offer: m.offer_ref(to),
                        qual: ctx.qual_text(to),
                        level,
                    }),
                    Msg::Check(CheckMsg::HelpInadmissibleStep { from_level }),
                )
            }
        };
        out.push(
            Diagnostic::new(Code::C201, e.target, msg.0)
                .help(msg.1)
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
        assert_eq!(via_levels(&[2], 4), vec![2]);
        assert_eq!(via_levels(&[2], 3), vec![2]);
        assert_eq!(via_levels(&[2], 1), Vec::<u8>::new());
        assert_eq!(via_levels(&[1], 3), vec![1, 2]);
        assert_eq!(via_levels(&[1], 4), vec![1, 2]);
        assert_eq!(via_levels(&[2, 3, 4], 1), Vec::<u8>::new());
    }
}
