//! K602 small-cohort: an offer whose greatest possible intake in a year —
//! the `pupils` of every programme with an unbroken first edge into it
//! that counts that year — is below the minimum cohort (`min-cohort`,
//! default 12). Judged only in years in which the offer runs, has such an
//! edge, and every such programme states `pupils`. Consecutive years are
//! one finding naming the smallest intake.
//!
//! O(first edges × plan years).

use super::pupil_flow::{FirstEdges, runs_of};
use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::graph::Graph;
use crate::model::OfferId;

/// The default of `min-cohort` in leerlijn.toml.
pub const DEFAULT_MIN_COHORT: u32 = 12;

pub fn check(ctx: &Context, edges: &FirstEdges, min_cohort: u32, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    if m.programmes.iter().all(|p| p.pupils.is_none()) {
        return;
    }
    for oi in 0..m.offers.len() {
        let o = OfferId(oi as u32);
        if edges.into[oi].is_empty() {
            continue;
        }
        // Per step: the intake and the programmes it comes from, when judged.
        let judged: Vec<Option<(u64, Vec<String>)>> = g
            .steps
            .iter()
            .map(|&s| {
                if !Graph::runs(m.offer_years(o), s) {
                    return None;
                }
                let progs = edges.programmes_into(ctx, o, s);
                if progs.is_empty() {
                    return None;
                }
                let mut intake = 0u64;
                for &p in &progs {
                    intake += u64::from(m.programme(p).pupils.as_ref()?.at(s));
                }
                Some((intake, progs.iter().map(|&p| m.programme_ref(p)).collect()))
            })
            .collect();
        let hits: Vec<bool> = judged
            .iter()
            .map(|j| j.as_ref().is_some_and(|(n, _)| *n < u64::from(min_cohort)))
            .collect();
        for run in runs_of(&hits) {
            let worst = run
                .clone()
                .min_by_key(|&i| judged[i].as_ref().map_or(u64::MAX, |j| j.0))
                .expect("a run is not empty");
            let (intake, programmes) = judged[worst].clone().expect("a hit is judged");
            let offer = m.offer(o);
            out.push(
                Diagnostic::new(
                    Code::K602,
                    offer.crebo_span,
                    Msg::Check(CheckMsg::SmallCohort {
                        offer: m.offer_ref(o),
                        qual: ctx.qual_text(o),
                        years: g.steps[run.start].zip(g.steps[run.end - 1]),
                        year: g.steps[worst],
                        intake,
                        programmes,
                        min_cohort,
                    }),
                )
                .help(Msg::Check(CheckMsg::HelpSmallCohort {
                    crebo: offer.crebo,
                    min_cohort,
                }))
                .key(m.offer_ref(o)),
            );
        }
    }
}
