//! C202 missing-required-subject: a programme → offer edge where the
//! programme's exam subjects miss what the qualification `requires`, or
//! every `one-of` subject of a prerequisite that applies (a nadere
//! vooropleidingseis, WEB art. 8.2.2; the prelude's are those of the
//! Doorstroomregeling vmbo – mbo 2020). Only for programmes with `subjects`.
//!
//! A prerequisite applies when its `tracks` and `profiles` match the
//! programme, its `into` names the qualification (by crebo, or its sector
//! through `includes`), its `levels` hold the qualification's level, the
//! qualification is not in `except`, and its years hold a year in which the
//! edge counts. In a timeless plan a prelude rule counts as it stands in the
//! prelude's latest year (so only the 2025 bijlage applies).

use super::{Breaks, Code, Context};
use crate::diagnostics::{Subject, Arg, Diagnostic, Message};
use crate::msg;
use crate::graph::Edge;
use crate::model::{Node, Prerequisite, ProgId, QualId, SubjectId};

/// The first plan year in which `pre` applies to the edge, `Some(None)` for a
/// timeless plan in which it applies, `None` when it applies in no year.
fn applies_in(ctx: &Context, e: &Edge, pre: &Prerequisite) -> Option<Option<u32>> {
    let m = ctx.model;
    for &step in &ctx.graph.steps {
        match step {
            None => {
                let now = if pre.std { m.prelude_year } else { None };
                return now.is_none_or(|y| pre.years.contains(y)).then_some(None);
            }
            Some(y) => {
                if pre.years.contains(y) && ctx.graph.edge_counts(m, e, step) {
                    return Some(Some(y));
                }
            }
        }
    }
    None
}

/// True when the prerequisite's `into`, `levels` and `except` cover `q`.
fn covers(ctx: &Context, pre: &Prerequisite, q: QualId) -> bool {
    let m = ctx.model;
    let qual = m.qual(q);
    let named = pre.into_quals.contains(&q)
        || qual
            .sector
            .is_some_and(|s| pre.into.iter().any(|&w| m.sector_matches(w, s)));
    let level = pre.levels.is_empty() || qual.level.is_some_and(|l| pre.levels.contains(&l));
    named && level && !pre.except.contains(&q)
}

/// An error-level finding breaks the edge it points at: its primary location is the edge's target reference.
pub const BREAKS: Breaks = Breaks::Target;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    // Per programme, its exam subjects as bits: a test per required subject
    // instead of a search of its list.
    let words = m.subjects.len().div_ceil(64).max(1);
    let mut has = vec![0u64; m.programmes.len() * words];
    for (i, prog) in m.programmes.iter().enumerate() {
        for s in prog.subjects.iter().flatten() {
            has[i * words + s.idx() / 64] |= 1 << (s.idx() % 64);
        }
    }
    let takes = |p: ProgId, s: &SubjectId| has[p.idx() * words + s.idx() / 64] & (1 << (s.idx() % 64)) != 0;
    // Per prerequisite, the profiles it names and the qualifications it
    // covers, as bits: computed once, not per edge.
    let bit = |bits: &mut [u64], i: usize| bits[i / 64] |= 1 << (i % 64);
    let test = |bits: &[u64], i: usize| bits[i / 64] & (1 << (i % 64)) != 0;
    let (pw, qw) = (m.profiles.len().div_ceil(64), m.qualifications.len().div_ceil(64));
    let mut pre_profiles = vec![0u64; m.prerequisites.len() * pw];
    let mut pre_quals = vec![0u64; m.prerequisites.len() * qw];
    for (i, pre) in m.prerequisites.iter().enumerate() {
        for pr in &pre.profiles {
            bit(&mut pre_profiles[i * pw..(i + 1) * pw], pr.idx());
        }
        for q in 0..m.qualifications.len() {
            if covers(ctx, pre, QualId(q as u32)) {
                bit(&mut pre_quals[i * qw..(i + 1) * qw], q);
            }
        }
    }
    for (ei, e) in ctx.graph.edges.iter().enumerate() {
        let (Node::Programme(p), Node::Offer(o)) = (e.from(), e.to()) else {
            continue;
        };
        let prog = m.programme(p);
        let Some(_) = &prog.subjects else {
            continue;
        };
        let Some(q) = m.offer(o).qualification else {
            continue;
        };
        let qual = m.qual(q);
        let name = |s| m.subject(s).name.clone();
        let mut unmet: Vec<Unmet> = Vec::new();
        for s in qual.requires.iter().filter(|s| !takes(p, s)) {
            unmet.push(Unmet::Requires { subject: name(*s) });
        }
        for (pi, pre) in m.prerequisites.iter().enumerate() {
            let Some(profile) = prog
                .profile
                .filter(|pr| test(&pre_profiles[pi * pw..(pi + 1) * pw], pr.idx()))
            else {
                continue;
            };
            let track_applies =
                pre.tracks.is_empty() || prog.track.is_some_and(|t| pre.tracks.contains(&t));
            if !track_applies || !test(&pre_quals[pi * qw..(pi + 1) * qw], q.idx()) {
                continue;
            }
            if pre.one_of.iter().any(|s| takes(p, s)) {
                continue;
            }
            let Some(year) = applies_in(ctx, e, pre) else {
                continue;
            };
            // Name the year only when the rule starts after the edge does.
            let edge_from = ctx
                .graph
                .steps
                .iter()
                .find(|&&s| ctx.graph.edge_counts(m, e, s))
                .copied()
                .flatten();
            let from_year = year.filter(|&y| edge_from.is_some_and(|f| f < y));
            unmet.push(Unmet::Prerequisite {
                name: pre.name.clone(),
                title: pre.title.clone(),
                track: prog.track.map(|t| m.track(t).name.clone()),
                profile: m.profile(profile).name.clone(),
                into: if pre.into_quals.contains(&q) {
                    format!("{:05}", qual.crebo)
                } else {
                    qual.sector
                        .and_then(|s| pre.into.iter().find(|&&w| m.sector_matches(w, s)))
                        .map(|&w| format!("`{}`", m.sector(w).name))
                        .unwrap_or_default()
                },
                one_of: pre.one_of.iter().map(|&s| name(s)).collect(),
                from_year,
            });
        }
        if unmet.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::C202,
                e.target(ctx.model),
                Finding::MissingSubjects {
                    programme: m.programme_ref(p),
                    offer: m.offer_ref(o),
                    qual: ctx.qual_text(o),
                    unmet,
                },
            )
            .subject(Subject::Edge(ei as u32))
            .help(Finding::HelpSubjects)
            .key(m.programme_ref(p))
            .key(m.offer_ref(o)),
        );
    }
}

/// A rule a programme's subjects do not meet.
pub enum Unmet {
    /// The qualification itself requires this subject.
    Requires { subject: String },
    /// A prerequisite (nadere vooropleidingseis) applies, because the
    /// programme's track and `profile` are among its `tracks` and
    /// `profiles` and its `into` names the qualification (`into`: the crebo,
    /// or the sector in backquotes); one of `one_of` is needed.
    Prerequisite {
        name: String,
        /// The rule's title: the regulation and articles it states.
        title: Option<String>,
        track: Option<String>,
        profile: String,
        into: String,
        one_of: Vec<String>,
        /// The first plan year it applies in, when that is later than the
        /// edge's first year.
        from_year: Option<u32>,
    },
}

/// C202's finding, as data; [`Message`] words it.
enum Finding {
    MissingSubjects {
        programme: String,
        offer: String,
        qual: String,
        unmet: Vec<Unmet>,
    },
    HelpSubjects,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::MissingSubjects {
                programme,
                offer,
                qual,
                unmet,
            } => {
                // The qualification's own requirements read as one clause.
                let required: Vec<Arg> = unmet
                    .iter()
                    .filter_map(|u| match u {
                        Unmet::Requires { subject } => Some(Arg::Quoted(subject.as_str().into())),
                        _ => None,
                    })
                    .collect();
                let mut parts: Vec<Message> = Vec::new();
                if !required.is_empty() {
                    parts.push(msg!("c202-requires", subjects = Arg::and(required)));
                }
                for u in unmet {
                    if let Unmet::Prerequisite {
                        name,
                        title,
                        track,
                        profile,
                        into,
                        one_of,
                        from_year,
                    } = u
                    {
                        let title = title.map_or(String::new(), |t| format!(" ({t})"));
                        let rule = format!("`{name}`{title}");
                        let from = match track {
                            Some(t) => format!("{t} {profile}"),
                            None => profile,
                        };
                        let m = msg!(
                            "c202-prerequisite",
                            rule = rule,
                            one_of = Arg::or_quoted(&one_of),
                            from = from,
                            into = into
                        );
                        parts.push(match from_year {
                            Some(y) => m.arg(&"from_year", y).arg(&"next", y + 1),
                            None => m.arg(&"from_year", "none").arg(&"next", "none"),
                        });
                    }
                }
                msg!(
                    "c202-missing",
                    programme = programme,
                    offer = offer,
                    qual = qual,
                    parts = Arg::semicolons(parts)
                )
            }
            Finding::HelpSubjects => msg!("c202-help"),
        }
    }
}
