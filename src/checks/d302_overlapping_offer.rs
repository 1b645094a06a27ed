//! D302 overlapping-offer: a crebo offered more than once within one region
//! by offers that run in a common year (different institutions, or
//! different locations of one). One finding per crebo per region.
//!
//! Offers are grouped by crebo, and within a group counted per year and
//! per (institution, location): an offer overlaps when, in a year it runs,
//! more offers of the crebo run than those at its own institution and
//! location. O(offers × years) per region; no pairwise comparison.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::i18n::yes;
use crate::msg;
use crate::model::{OfferId, RegionId};

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    let n = ctx.graph.steps.len();
    let mut by_crebo: Vec<OfferId> = Vec::new();
    for ri in 0..m.regions.len() {
        let region = RegionId(ri as u32);
        // By crebo, each crebo's offers in region (offer) order.
        by_crebo.clear();
        by_crebo.extend_from_slice(ctx.region_offers(region));
        by_crebo.sort_by_key(|&o| m.offer(o).crebo);
        for offers in by_crebo.chunk_by(|&a, &b| m.offer(a).crebo == m.offer(b).crebo) {
            if offers.len() < 2 {
                continue;
            }
            let crebo = m.offer(offers[0]).crebo;
            // Same institution and location is D301's business, not this.
            let place = |o: OfferId| (m.offer(o).institution, m.offer(o).location.as_deref());
            let same = ctx.same_key_counts(offers, place);
            let mut total = vec![0u32; n];
            for &o in offers {
                for s in ctx.running_steps(o) {
                    total[s] += 1;
                }
            }
            // An offer overlaps in a year in which the crebo runs elsewhere.
            let (mut overlapping, shared) =
                ctx.overlapping(offers, |i, s| total[s] > same[i * n + s]);
            if overlapping.len() < 2 {
                continue;
            }
            overlapping.sort_by_key(|&o| ctx.order(m.offer(o).crebo_span()));
            let first = overlapping[0];
            let known: Vec<u64> = overlapping
                .iter()
                .filter_map(|&o| m.offer(o).capacity.as_ref().map(|c| u64::from(c.min())))
                .collect();
            let capacity =
                (!known.is_empty()).then(|| (known.iter().sum(), known.len() == overlapping.len()));
            let region_name = m.regions[ri].name.clone();
            let mut d = Diagnostic::new(
                Code::D302,
                m.offer(first).crebo_span(),
                Finding::OverlappingOffer {
                    crebo,
                    title: ctx.graph.crebo_title(crebo).map(str::to_string),
                    region: region_name.clone(),
                    years: super::marked_years(&ctx.graph.steps, &shared),
                    offers: overlapping.iter().map(|&o| m.offer_ref(o)).collect(),
                },
            )
            .help(Finding::HelpOverlap { capacity })
            .key(region_name)
            .key(crebo.to_string());
            for &o in &overlapping[1..] {
                let offer = m.offer(o);
                d = d.with_label(
                    offer.crebo_span(),
                    Finding::AlsoOffered {
                        institution: m.institution(offer.institution).name.clone(),
                        location: offer.location.as_deref().map(String::from),
                    },
                );
            }
            out.push(d);
        }
    }
}

/// D302's finding, as data; [`Message`] words it.
enum Finding {
    OverlappingOffer {
        crebo: u32,
        title: Option<String>,
        region: String,
        /// The plan years in which they overlap (`None`: no plan years).
        years: Option<Arg>,
        offers: Vec<String>,
    },
    AlsoOffered {
        institution: String,
        location: Option<String>,
    },
    HelpOverlap {
        /// The sum of the known capacities, and whether every offer gave one.
        capacity: Option<(u64, bool)>,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::OverlappingOffer {
                crebo,
                title,
                region,
                years,
                offers,
            } => {
                let (when, years) = super::when_years(years);
                msg!(
                    "d302-overlap",
                    crebo = crebo,
                    title = super::titled(title),
                    count = offers.len(),
                    region = super::region_words(&region),
                    when = when,
                    years = years,
                    offers = Arg::and_quoted(&offers)
                )
            }
            Finding::AlsoOffered {
                institution,
                location,
            } => match location {
                Some(l) => msg!(
                    "d302-also-offered-at",
                    institution = institution,
                    location = l
                ),
                None => msg!("d302-also-offered", institution = institution),
            },
            Finding::HelpOverlap { capacity } => {
                let agree = msg!("d302-help-agree");
                match capacity {
                    Some((c, all)) => msg!(
                        "d302-help-capacity",
                        all = yes(all),
                        capacity = c,
                        agree = agree
                    ),
                    None => agree,
                }
            }
        }
    }
}
