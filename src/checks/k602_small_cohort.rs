//! K602 small-cohort: an offer whose greatest possible intake in a year —
//! the `pupils` of every programme with an unbroken first edge into it
//! that counts that year — is below the minimum cohort (`min-cohort`,
//! default 12). Judged only in years in which the offer runs, has such an
//! edge, and every such programme states `pupils`. Consecutive years are
//! one finding naming the smallest intake.
//!
//! O(first edges × plan years).

use super::pupil_flow::{Intake, Unbroken, runs};
use super::{Code, Context};
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::i18n::{school_year, year_range};
use crate::msg;

/// The default of `min-cohort` in leerlijn.toml.
pub const DEFAULT_MIN_COHORT: u32 = 12;

pub fn check(
    ctx: &Context,
    unbroken: &Unbroken,
    intake: &Intake,
    min_cohort: u32,
    out: &mut Vec<Diagnostic>,
) {
    let (m, g) = (ctx.model, ctx.graph);
    if m.programmes.iter().all(|p| p.pupils.is_none()) {
        return;
    }
    let min = u64::from(min_cohort);
    // An edge counts only in steps in which its offer runs, so those need
    // no test of their own.
    let below: Vec<_> = intake.below(min).collect();
    if below.is_empty() {
        return;
    }
    // A finding an offer, mostly: one move of the list, not several.
    out.reserve(below.len());
    for o in below {
        let judged: Vec<Option<u64>> = intake.judged(o).collect();
        for run in runs(judged.iter().map(|j| j.is_some_and(|n| n < min))) {
            let worst = run
                .clone()
                .min_by_key(|&i| judged[i].unwrap_or(u64::MAX))
                .expect("a run is not empty");
            let intake = judged[worst].expect("a hit is judged");
            let programmes: Vec<String> = unbroken
                .into_offer(ctx, o, worst)
                .into_iter()
                .map(|p| m.programme_ref(p))
                .collect();
            let offer = m.offer(o);
            let offer_ref = m.offer_ref(o);
            out.push(
                Diagnostic::new(
                    Code::K602,
                    offer.crebo_span(),
                    Finding::SmallCohort {
                        offer: offer_ref.clone(),
                        qual: ctx.qual_text(o),
                        years: g.steps[run.start].zip(g.steps[run.end - 1]),
                        year: g.steps[worst],
                        intake,
                        programmes,
                        min_cohort,
                    },
                )
                .help(Finding::HelpSmallCohort {
                    crebo: offer.crebo,
                    min_cohort,
                })
                .key(offer_ref),
            );
        }
    }
}

/// K602's finding, as data; [`Message`] words it.
enum Finding {
    SmallCohort {
        offer: String,
        qual: String,
        years: Option<(u32, u32)>,
        year: Option<u32>,
        intake: u64,
        programmes: Vec<String>,
        min_cohort: u32,
    },
    HelpSmallCohort {
        crebo: u32,
        min_cohort: u32,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::SmallCohort {
                offer,
                qual,
                years,
                year,
                intake,
                programmes,
                min_cohort,
            } => {
                let m = msg!(
                    "k602-small",
                    offer = offer,
                    qual = qual,
                    intake = intake,
                    min_cohort = min_cohort,
                    programmes = Arg::and_quoted(&programmes)
                );
                match years {
                    Some((a, b)) if a != b => {
                        let worst = year.map_or(String::new(), |y| y.to_string());
                        m.arg(&"kind", "range")
                            .arg(&"when", year_range(a, b))
                            .arg(&"worst", worst)
                    }
                    _ => {
                        let year: Arg = match year {
                            Some(y) => school_year(y).into(),
                            None => "none".into(),
                        };
                        m.arg(&"kind", "single").arg(&"year", year)
                    }
                }
            }
            Finding::HelpSmallCohort { crebo, min_cohort } => {
                msg!("k602-help", crebo = crebo, min_cohort = min_cohort)
            }
        }
    }
}
