//! D302 overlapping-offer: a crebo offered more than once within one region
//! by offers that run in a common year (different institutions, or
//! different locations of one). One finding per crebo per region.

use std::collections::BTreeMap;

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::{OfferId, RegionId};

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for ri in 0..m.regions.len() {
        let region = RegionId(ri as u32);
        let mut by_crebo: BTreeMap<u32, Vec<OfferId>> = BTreeMap::new();
        for o in ctx.region_offers(region) {
            by_crebo.entry(m.offer(o).crebo).or_default().push(o);
        }
        for (crebo, offers) in by_crebo {
            if offers.len() < 2 {
                continue;
            }
            // Offers that share a year with another of the same crebo.
            let mut overlapping: Vec<OfferId> = offers
                .iter()
                .copied()
                .filter(|&a| offers.iter().any(|&b| a != b && ctx.share_a_year(a, b)))
                .collect();
            if overlapping.len() < 2 {
                continue;
            }
            overlapping.sort_by_key(|&o| ctx.order(m.offer(o).crebo_span));
            let first = overlapping[0];
            let known: Vec<u32> = overlapping
                .iter()
                .filter_map(|&o| m.offer(o).capacity)
                .collect();
            let capacity = (!known.is_empty()).then(|| known.iter().map(|&c| c as u64).sum());
            let region_name = m.regions[ri].name.clone();
            let mut d = Diagnostic::new(
                Code::D302,
                m.offer(first).crebo_span,
                Msg::Check(CheckMsg::OverlappingOffer {
                    crebo,
                    title: m.crebo_title(crebo),
                    count: overlapping.len(),
                    region: region_name.clone(),
                }),
            )
            .help(Msg::Check(CheckMsg::HelpOverlap { capacity }))
            .key(region_name)
            .key(crebo.to_string());
            for &o in &overlapping[1..] {
                let inst = m.institution(m.offer(o).institution).name.clone();
                d = d.with_label(
                    m.offer(o).crebo_span,
                    Msg::Check(CheckMsg::AlsoOffered { institution: inst }),
                );
            }
            out.push(d);
        }
    }
}
