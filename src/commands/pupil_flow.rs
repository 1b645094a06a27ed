//! The report's pupil-flow section per region: over the plan's years, the
//! region's leavers against the leavers the places of their first offers
//! can take (the maximum flow K601 computes), as an inline SVG chart for
//! the total and a table per demanded sector; and per offer its greatest
//! possible intake next to its capacity, small cohorts (K602) marked with
//! the offers of the same crebo in the region they could combine with.
//!
//! Drawn by hand: two series of bars and a few labels need no plotting
//! crate, and the page stays free of fonts and scripts from outside.

use std::cell::RefCell;

use maud::{Markup, html};

use crate::analysis::{Analysis, Levels};
use crate::checks::pupil_flow::{FirstEdges, Flow, Lists, Scratch, flows_by_step};
use crate::checks::{Code, Context};
use crate::collections::HashSet;
use crate::graph::StepRange;
use crate::model::{OfferId, ProgId, RegionId};
use crate::source::{SourceMap, Span};
use crate::{Lang, fl};

use super::view::View;

/// What every region's section shares, computed once per report: the
/// first edges, scratch space for the flows, and the offers K602 reports.
pub struct Flows {
    edges: FirstEdges,
    /// The first edges per offer.
    into: Lists<(ProgId, StepRange)>,
    scratch: RefCell<Scratch>,
    /// The crebo spans of the offers with a K602 finding.
    small: HashSet<Span>,
}

impl Flows {
    /// Nothing when no programme states `pupils`: the report has no
    /// pupil-flow sections then.
    pub fn new(view: &View, sources: &SourceMap, analysis: &Analysis) -> Option<Flows> {
        let m = view.model;
        if m.programmes.iter().all(|p| p.pupils.is_none()) {
            return None;
        }
        let ctx = Context {
            sources,
            model: m,
            graph: &view.graph,
        };
        // The findings are levelled already: what is there is reported.
        let edges = FirstEdges::new(&ctx, &analysis.diagnostics, &Levels::default());
        Some(Flows {
            into: edges.per_offer(m.offers.len()),
            edges,
            scratch: RefCell::new(Scratch::new(&ctx)),
            small: analysis
                .diagnostics
                .iter()
                .filter(|d| d.code == Code::K602)
                .map(|d| d.span)
                .collect(),
        })
    }

    /// Region `r`'s section.
    pub fn section(&self, view: &View, sources: &SourceMap, r: RegionId, lang: Lang) -> Markup {
        section(self, view, sources, r, lang)
    }
}

fn section(flows: &Flows, view: &View, sources: &SourceMap, r: RegionId, lang: Lang) -> Markup {
    let m = view.model;
    let ctx = Context {
        sources,
        model: m,
        graph: &view.graph,
    };
    let edges = &flows.edges;
    let mut scratch = flows.scratch.borrow_mut();
    let programmes = ctx.region_programme_ids(r);
    let total = flows_by_step(&ctx, edges, &programmes, None, &mut scratch);
    let steps = &view.graph.steps;
    let year = |si: usize| steps[si].map_or(fl!(lang, "report-every-year"), |y| y.to_string());
    let region = &m.regions[r.idx()];
    let sectors: Vec<(String, Vec<Flow>)> = region
        .demand
        .iter()
        .map(|&(s, _)| {
            let keep = |o: OfferId| m.offer_sector(o).is_some_and(|x| m.sector_matches(s, x));
            let flows = flows_by_step(&ctx, edges, &programmes, Some(&keep), &mut scratch);
            (m.sector(s).name.clone(), flows)
        })
        .collect();
    let offers: Vec<OfferId> = view.graph.region_offers[r.idx()]
        .iter()
        .copied()
        .filter(|o| !flows.into[o.idx()].is_empty())
        .collect();
    let intake = |o: OfferId, si: usize| -> u64 {
        flows.into[o.idx()]
            .iter()
            .filter(|(_, range)| range.contains(si))
            .map(|(p, _)| {
                u64::from(
                    m.programme(*p)
                        .pupils
                        .as_ref()
                        .map_or(0, |c| c.at(steps[si])),
                )
            })
            .sum()
    };
    html! {
        h3 { (fl!(lang, "report-flow-leavers-and-places")) }
        p.note {
            (fl!(lang, "report-flow-per-school-year-the-leavers"))
        }
        (chart(&total, steps, lang))
        table.flow {
            thead { tr {
                th { (fl!(lang, "report-flow-placed-leavers")) }
                @for si in 0..steps.len() { th { (year(si)) } }
            } }
            tbody {
                tr.total {
                    th { (fl!(lang, "report-flow-all-sectors")) }
                    @for f in &total { (cell(f)) }
                }
                @for (name, flows) in &sectors {
                    tr {
                        th { (name) }
                        @for f in flows { (cell(f)) }
                    }
                }
            }
        }
        @if !offers.is_empty() {
            p.print-only.below {
                (fl!(lang, "report-flow-on-paper-the-offers-that"))
            }
            table.intake {
                thead { tr {
                    th { (fl!(lang, "report-flow-offer")) }
                    th { (fl!(lang, "report-flow-greatest-intake")) }
                    th { (fl!(lang, "report-places")) }
                    th { (fl!(lang, "report-flow-same-crebo-in-the-region")) }
                } }
                tbody {
                    @for &o in &offers {
                        @let offer = m.offer(o);
                        @let flagged = flows.small.contains(&offer.crebo_span());
                        @let intakes: Vec<(u64, Option<u32>)> = (0..steps.len()).map(|si| (intake(o, si), steps[si])).collect();
                        @let others: Vec<String> = view.graph.region_offers[r.idx()].iter().copied()
                            .filter(|&x| x != o && m.offer(x).crebo == offer.crebo)
                            .map(|x| m.offer_ref(x)).collect();
                        @let over = offer.capacity.as_ref().is_some_and(|c| {
                            (0..steps.len()).any(|si| intake(o, si) > u64::from(c.at(steps[si])))
                        });
                        tr class=(if flagged { "small" } else if over { "over" } else { "plain" }) {
                            td { (m.offer_ref(o)) " " (ctx.qual_text(o)) @if flagged { " " span.badge { "K602" } } }
                            td { (compress(&intakes)) }
                            td { @match &offer.capacity { Some(c) => (over_years(c)), None => "–" } }
                            td { (others.join(", ")) }
                        }
                    }
                }
            }
        }
    }
}

/// `placed / leavers`, marked when short.
fn cell(f: &Flow) -> Markup {
    html! {
        td class=[(f.shortfall() > 0).then_some("short")] {
            (f.placed) " / " (f.leavers)
        }
    }
}

/// Equal neighbours once, each with the year it starts in: `24 (2025) →
/// 20 (2027)` rather than `24, 24, 20, 20`, so that a finding about 2027
/// can be matched to its number. A timeless plan has the value alone.
fn compress(values: &[(u64, Option<u32>)]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut last = None;
    for &(v, year) in values {
        if last == Some(v) {
            continue;
        }
        last = Some(v);
        out.push(match year {
            Some(y) => format!("{v} ({y})"),
            None => v.to_string(),
        });
    }
    out.join(" → ")
}

/// A COUNT as the report shows it: `30`, or `32 (2025) → 28 (2027)` for
/// numbers over the years (each holds from its year until the next), not
/// in the plan's own `[2025: 32, 2027: 28]`.
pub fn over_years(c: &crate::model::Count) -> String {
    match c {
        crate::model::Count::Fixed(n) => n.to_string(),
        crate::model::Count::ByYear(v) => v
            .iter()
            .map(|p| format!("{} ({})", p.value, p.year))
            .collect::<Vec<_>>()
            .join(" → "),
    }
}

/// Bars per year: leavers (outline) and placed (filled), with the numbers
/// written above them, so nothing depends on colour or hover.
fn chart(flows: &[Flow], steps: &[Option<u32>], lang: Lang) -> Markup {
    let max = flows.iter().map(|f| f.leavers).max().unwrap_or(0).max(1) as f64;
    let n = flows.len().max(1);
    let (w, h, top, bottom) = (640.0, 170.0, 22.0, 24.0);
    let slot = (w - 20.0) / n as f64;
    let bar = (slot / 3.0).min(40.0);
    let y = |v: u64| top + (h - top - bottom) * (1.0 - v as f64 / max);
    html! {
        svg.flowchart viewBox=(format!("0 0 {w} {h}")) role="img"
            aria-label=(fl!(lang, "report-flow-leavers-and-placed-leavers-per")) {
            line x1="10" x2=(w - 10.0) y1=(h - bottom) y2=(h - bottom) stroke="#555" {}
            @for (i, f) in flows.iter().enumerate() {
                @let x = 10.0 + slot * i as f64 + (slot - 2.0 * bar) / 2.0;
                rect x=(x) y=(y(f.leavers)) width=(bar) height=(h - bottom - y(f.leavers))
                    fill="none" stroke="#333" {}
                rect x=(x + bar) y=(y(f.placed)) width=(bar) height=(h - bottom - y(f.placed))
                    fill=(if f.shortfall() > 0 { "#c0392b" } else { "#2e7d32" }) {}
                text x=(x + bar / 2.0) y=(y(f.leavers) - 4.0) text-anchor="middle" font-size="11" { (f.leavers) }
                text x=(x + 1.5 * bar) y=(y(f.placed) - 4.0) text-anchor="middle" font-size="11" { (f.placed) }
                text x=(x + bar) y=(h - 8.0) text-anchor="middle" font-size="11" {
                    (steps[i].map_or(String::new(), |y| y.to_string()))
                }
            }
        }
        p.legend {
            (fl!(lang, "report-flow-open-bar-leavers-filled-bar"))
        }
    }
}
