//! D304 overlapping-dossier: within one region, different qualifications of
//! one kwalificatiedossier at the same level offered by different
//! institutions in a common year — the partial overlap the doelmatigheid
//! duty (WEB art. 6.1.3) looks at. One finding per dossier, level, region.

use std::collections::BTreeMap;

use super::{Code, Context};
use crate::diagnostics::{CheckMsg, Diagnostic, Msg};
use crate::model::{OfferId, RegionId};

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    for ri in 0..m.regions.len() {
        let region = RegionId(ri as u32);
        let mut groups: BTreeMap<(u32, u8), Vec<OfferId>> = BTreeMap::new();
        for o in ctx.region_offers(region) {
            let Some(q) = m.offer(o).qualification else {
                continue;
            };
            let q = m.qual(q);
            let (Some(d), Some(l)) = (q.dossier, q.level) else {
                continue;
            };
            groups.entry((d.0, l)).or_default().push(o);
        }
        for ((dossier, level), offers) in groups {
            let pair = |a: OfferId, b: OfferId| {
                let (x, y) = (m.offer(a), m.offer(b));
                x.qualification != y.qualification
                    && x.institution != y.institution
                    && ctx.share_a_year(a, b)
            };
            let mut involved: Vec<OfferId> = offers
                .iter()
                .copied()
                .filter(|&a| offers.iter().any(|&b| pair(a, b)))
                .collect();
            if involved.is_empty() {
                continue;
            }
            involved.sort_by_key(|&o| ctx.order(m.offer(o).crebo_span));
            let d = m.dossier(crate::model::DossierId(dossier));
            let mut quals: Vec<String> = Vec::new();
            for &o in &involved {
                let t = ctx.qual_text(o);
                if !quals.contains(&t) {
                    quals.push(t);
                }
            }
            let region_name = m.regions[ri].name.clone();
            let mut diag = Diagnostic::new(
                Code::D304,
                m.offer(involved[0]).crebo_span,
                Msg::Check(CheckMsg::OverlappingDossier {
                    dossier: d.crebo,
                    title: d.title.clone().unwrap_or_default(),
                    level,
                    region: region_name.clone(),
                    quals,
                }),
            )
            .help(Msg::Check(CheckMsg::HelpOverlapDossier))
            .key(region_name)
            .key(d.crebo.to_string())
            .key(level.to_string());
            for &o in &involved[1..] {
                diag = diag.with_label(
                    m.offer(o).crebo_span,
                    Msg::Check(CheckMsg::AlsoInDossier {
                        qual: ctx.qual_text(o),
                        institution: m.institution(m.offer(o).institution).name.clone(),
                    }),
                );
            }
            out.push(diag);
        }
    }
}
