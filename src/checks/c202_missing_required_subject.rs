//! C202 missing-required-subject: a programme → offer edge where the
//! programme's exam subjects miss what the qualification `requires`, or
//! every `one-of` subject of a prerequisite that applies (WEB art. 8.2.2,
//! Doorstroomregeling vmbo–mbo). Only for programmes with `subjects`.

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg, Unmet};
use crate::model::Node;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for e in &ctx.graph.edges {
        let (Node::Programme(p), Node::Offer(o)) = (e.from, e.to) else {
            continue;
        };
        let prog = m.programme(p);
        let Some(subjects) = &prog.subjects else {
            continue;
        };
        let Some(q) = m.offer(o).qualification else {
            continue;
        };
        let qual = m.qual(q);
        let name = |s| m.subject(s).name.clone();
        let mut unmet: Vec<Unmet> = qual
            .requires
            .iter()
            .filter(|s| !subjects.contains(s))
            .map(|&s| Unmet::Requires { subject: name(s) })
            .collect();
        for pre in &m.prerequisites {
            let Some(profile) = prog.profile.filter(|pr| pre.from.contains(pr)) else {
                continue;
            };
            let Some(sector) = qual.sector else { continue };
            let Some(&into) = pre.into.iter().find(|&&w| m.sector_matches(w, sector)) else {
                continue;
            };
            let level_applies =
                pre.levels.is_empty() || qual.level.is_some_and(|l| pre.levels.contains(&l));
            if !level_applies || pre.except.contains(&q) {
                continue;
            }
            if !pre.one_of.iter().any(|s| subjects.contains(s)) {
                unmet.push(Unmet::Prerequisite {
                    name: pre.name.clone(),
                    profile: m.profile(profile).name.clone(),
                    into: m.sector(into).name.clone(),
                    one_of: pre.one_of.iter().map(|&s| name(s)).collect(),
                });
            }
        }
        if unmet.is_empty() {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::C202,
                e.target,
                Msg::Check(CheckMsg::MissingSubjects {
                    programme: m.programme_ref(p),
                    offer: m.offer_ref(o),
                    qual: ctx.qual_text(o),
                    unmet,
                }),
            )
            .help(Msg::Check(CheckMsg::HelpSubjects))
            .key(m.programme_ref(p))
            .key(m.offer_ref(o)),
        );
    }
}
