//! C201 inadmissible-transition: an edge the admission rules do not allow
//! (toelating, WEB arts. 8.1.1b and 8.2.1): a programme into a level its
//! track does not admit (bb into entree or level 3/4), a programme straight
//! into a specialistenopleiding, an offer → offer step that rises further
//! than mbo admission allows, or into a specialistenopleiding from anything
//! but a vakopleiding (level 3) of the same kwalificatiedossier.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Subject, Arg, Diagnostic, Message};
use crate::i18n::{Join, Wording, levels};
use crate::msg;
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

/// An error-level finding breaks the edge it points at: its primary location is the edge's target reference.
pub const BREAKS: Breaks = Breaks::Target;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for (ei, e) in ctx.graph.edges.iter().enumerate() {
        let Node::Offer(to) = e.to() else { continue };
        let Some(level) = m.offer_level(to) else {
            continue;
        };
        let to_qual = m.offer(to).qualification;
        let specialist = to_qual.filter(|&q| m.qual(q).specialist);
        let msg = match (e.from(), specialist) {
            // WEB art. 8.2.1 lid 2: only a diploma vakopleiding admits.
            (Node::Programme(p), Some(q)) => {
                let (from_ref, to_ref) = (m.programme_ref(p), m.offer_ref(to));
                (
                    Finding::SpecialistFromProgramme {
                        programme: from_ref.clone().into(),
                        offer: to_ref.clone().into(),
                        qual: ctx.qual_text(to).into(),
                    },
                    Finding::HelpSpecialist {
                        vakopleidingen: vakopleidingen(m, q).into(),
                    },
                    from_ref,
                    to_ref,
                )
            }
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
                let (from_ref, to_ref) = (m.offer_ref(from), m.offer_ref(to));
                (
                    Finding::SpecialistFromOffer {
                        from: from_ref.clone().into(),
                        from_qual: ctx.qual_text(from).into(),
                        from_level,
                        offer: to_ref.clone().into(),
                        qual: ctx.qual_text(to).into(),
                        same_dossier,
                    },
                    Finding::HelpSpecialist {
                        vakopleidingen: vakopleidingen(m, q).into(),
                    },
                    from_ref,
                    to_ref,
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
                let help = Finding::HelpInadmissibleTrack {
                    track: track.name.as_str().into(),
                    admits: track.admits.as_slice().into(),
                    via: via_levels(&track.admits, level).into(),
                };
                let (from_ref, to_ref) = (m.programme_ref(p), m.offer_ref(to));
                (
                    Finding::InadmissibleTrack {
                        programme: from_ref.clone().into(),
                        track: track.name.as_str().into(),
                        admits: track.admits.as_slice().into(),
                        offer: to_ref.clone().into(),
                        qual: ctx.qual_text(to).into(),
                        level,
                    },
                    help,
                    from_ref,
                    to_ref,
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
                let (from_ref, to_ref) = (m.offer_ref(from), m.offer_ref(to));
                (
                    Finding::InadmissibleStep {
                        from: from_ref.clone().into(),
                        from_level,
                        offer: to_ref.clone().into(),
                        qual: ctx.qual_text(to).into(),
                        level,
                    },
                    Finding::HelpInadmissibleStep { from_level },
                    from_ref,
                    to_ref,
                )
            }
        };
        out.push(
            Diagnostic::new(Code::C201, e.target(m), msg.0)
                .subject(Subject::Edge(ei as u32))
                .help(msg.1)
                .key(msg.2)
                .key(msg.3),
        );
    }
}

/// C201's findings, as data, kept as they are until printed
/// ([`Message::lazy`]): a national plan has tens of thousands. Text is
/// boxed (`Box<str>`, 16 bytes) to keep each record small.
#[derive(Clone, Debug)]
enum Finding {
    /// A programme into a level its track does not admit.
    InadmissibleTrack {
        programme: Box<str>,
        track: Box<str>,
        admits: Box<[u8]>,
        offer: Box<str>,
        qual: Box<str>,
        level: u8,
    },
    /// An offer → offer step that rises further than mbo admission allows.
    InadmissibleStep {
        from: Box<str>,
        from_level: u8,
        offer: Box<str>,
        qual: Box<str>,
        level: u8,
    },
    HelpInadmissibleTrack {
        track: Box<str>,
        admits: Box<[u8]>,
        /// Levels to pass through first; empty when the target lies below
        /// every level the track admits to.
        via: Box<[u8]>,
    },
    HelpInadmissibleStep {
        from_level: u8,
    },
    /// A programme straight into a specialistenopleiding.
    SpecialistFromProgramme {
        programme: Box<str>,
        offer: Box<str>,
        qual: Box<str>,
    },
    SpecialistFromOffer {
        from: Box<str>,
        from_qual: Box<str>,
        from_level: u8,
        offer: Box<str>,
        qual: Box<str>,
        /// The source lies in the same kwalificatiedossier.
        same_dossier: bool,
    },
    HelpSpecialist {
        /// `25xxx Name` of the level-3 qualifications of its dossier.
        vakopleidingen: Box<[String]>,
    },
}

/// Levels as a list of numbers, joined by `join`.
fn nums(join: Join, ls: &[u8]) -> Arg {
    Arg::List(join, ls.iter().map(|&l| Arg::Num(l.into())).collect())
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        Message::lazy(f)
    }
}

impl Wording for Finding {
    fn message(&self) -> Message {
        match self {
            Finding::InadmissibleTrack {
                programme,
                track,
                admits,
                offer,
                qual,
                level,
            } => {
                // Praktijkonderwijs ends with a getuigschrift, which meets no vooropleidingseis.
                let kind = match (&**track, level) {
                    ("pro", _) => "pro",
                    (_, 1) => "entree",
                    _ => "other",
                };
                msg!(
                    "c201-track",
                    kind = kind,
                    programme = &**programme,
                    track = &**track,
                    offer = &**offer,
                    qual = &**qual,
                    level = *level,
                    admits = levels(admits)
                )
            }
            Finding::InadmissibleStep {
                from,
                from_level,
                offer,
                qual,
                level,
            } => {
                let next: Vec<u8> = (1..=4).filter(|&l| mbo_admits(*from_level, l)).collect();
                msg!(
                    "c201-step",
                    from = &**from,
                    from_level = *from_level,
                    offer = &**offer,
                    qual = &**qual,
                    level = *level,
                    admits = levels(&next)
                )
            }
            Finding::HelpInadmissibleTrack { track, admits, via } => {
                let kind = if via.is_empty() { "direct" } else { "via" };
                msg!(
                    "c201-help-track",
                    kind = kind,
                    count = via.len(),
                    levels = nums(Join::And, via),
                    admits = nums(Join::Or, admits),
                    track = &**track
                )
            }
            Finding::HelpInadmissibleStep { from_level } => {
                msg!("c201-help-step", next = from_level + 1)
            }
            Finding::SpecialistFromProgramme {
                programme,
                offer,
                qual,
            } => msg!(
                "law-specialist-from-programme",
                programme = &**programme,
                offer = &**offer,
                qual = &**qual
            ),
            Finding::SpecialistFromOffer {
                from,
                from_qual,
                from_level,
                offer,
                qual,
                same_dossier,
            } => {
                let why = if *from_level == 3 && !same_dossier {
                    "other-dossier"
                } else {
                    "not-level-3"
                };
                msg!(
                    "law-specialist-from-offer",
                    from = &**from,
                    from_qual = &**from_qual,
                    from_level = *from_level,
                    offer = &**offer,
                    qual = &**qual,
                    why = why
                )
            }
            Finding::HelpSpecialist { vakopleidingen } => msg!(
                "law-help-specialist",
                count = vakopleidingen.len(),
                vakopleidingen = Arg::or(vakopleidingen.iter())
            ),
        }
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
