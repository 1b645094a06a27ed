//! D304 overlapping-dossier: within one region, different qualifications of
//! one kwalificatiedossier at the same level offered by different
//! institutions in a common year — the partial overlap the doelmatigheid
//! duty (WEB art. 6.1.3) looks at. One finding per dossier, level, region.
//!
//! An offer is involved when, in a year it runs, some offer of the group
//! has another qualification and another institution. Counting per year by
//! inclusion–exclusion (all − same qualification − same institution + same
//! both) finds that in O(offers × years), without comparing pairs.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::msg;
use crate::model::{DossierId, OfferId, RegionId};

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    let n = ctx.graph.steps.len();
    let mut grouped: Vec<(DossierId, u8, OfferId)> = Vec::new();
    for ri in 0..m.regions.len() {
        let region = RegionId(ri as u32);
        grouped.clear();
        for &o in ctx.region_offers(region) {
            let Some(q) = m.offer(o).qualification else {
                continue;
            };
            let q = m.qual(q);
            let (Some(d), Some(l)) = (q.dossier, q.level) else {
                continue;
            };
            grouped.push((d, l, o));
        }
        // By dossier and level, each group's offers in region (offer) order.
        grouped.sort_unstable();
        for group in grouped.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            if group.len() < 2 {
                continue;
            }
            let (dossier, level) = (group[0].0, group[0].1);
            let qual = |o: OfferId| m.offer(o).qualification;
            let inst = |o: OfferId| m.offer(o).institution;
            // One qualification or one institution throughout: no offer
            // has one that differs in both.
            let (q0, i0) = (qual(group[0].2), inst(group[0].2));
            if group.iter().all(|g| qual(g.2) == q0) || group.iter().all(|g| inst(g.2) == i0) {
                continue;
            }
            let offers: Vec<OfferId> = group.iter().map(|g| g.2).collect();
            let mut all = vec![0u32; n];
            for &o in &offers {
                for s in ctx.running_steps(o) {
                    all[s] += 1;
                }
            }
            let by_qual = ctx.same_key_counts(&offers, qual);
            let by_inst = ctx.same_key_counts(&offers, inst);
            let by_both = ctx.same_key_counts(&offers, |o| (qual(o), inst(o)));
            // An offer is involved in a year in which another
            // qualification of the dossier runs at another institution.
            let (mut involved, shared) = ctx.overlapping(&offers, |i, s| {
                let r = i * n + s;
                all[s] + by_both[r] > by_qual[r] + by_inst[r]
            });
            if involved.is_empty() {
                continue;
            }
            involved.sort_by_key(|&o| ctx.order(m.offer(o).crebo_span()));
            let d = m.dossier(dossier);
            let region_name = m.regions[ri].name.clone();
            let mut diag = Diagnostic::new(
                Code::D304,
                m.offer(involved[0]).crebo_span(),
                Finding::Overlap {
                    dossier: d.crebo,
                    title: d.title.clone(),
                    level,
                    region: region_name.clone(),
                    years: super::marked_years(&ctx.graph.steps, &shared),
                    offers: involved
                        .iter()
                        .map(|&o| {
                            let inst = m.offer(o).institution;
                            (ctx.qual_text(o), m.institution(inst).name.clone())
                        })
                        .collect(),
                },
            )
            .help(Finding::Help)
            .key(region_name)
            .key(d.crebo.to_string())
            .key(level.to_string());
            for &o in &involved[1..] {
                diag = diag.with_label(
                    m.offer(o).crebo_span(),
                    Finding::AlsoIn {
                        crebo: m.offer(o).crebo,
                        institution: m.institution(m.offer(o).institution).name.clone(),
                    },
                );
            }
            out.push(diag);
        }
    }
}

/// D304's finding, as data; [`Message`] words it.
enum Finding {
    Overlap {
        dossier: u32,
        title: Option<String>,
        level: u8,
        region: String,
        /// The plan years in which they overlap (`None`: no plan years).
        years: Option<Arg>,
        /// Each qualification with the institution that offers it.
        offers: Vec<(String, String)>,
    },
    AlsoIn {
        crebo: u32,
        institution: String,
    },
    Help,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::Overlap {
                dossier,
                title,
                level,
                region,
                years,
                offers,
            } => {
                let (when, years) = super::when_years(years);
                msg!(
                    "d304-overlap",
                    dossier = dossier,
                    title = super::titled(title),
                    level = level,
                    region = super::region_words(&region),
                    when = when,
                    years = years,
                    offers = Arg::and(
                        offers
                            .into_iter()
                            .map(|(qual, inst)| msg!("d304-offer", qual = qual, institution = inst))
                    )
                )
            }
            Finding::AlsoIn { crebo, institution } => {
                msg!("d304-also", crebo = crebo, institution = institution)
            }
            Finding::Help => msg!("d304-help"),
        }
    }
}
