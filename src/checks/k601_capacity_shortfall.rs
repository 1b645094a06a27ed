//! K601 capacity-shortfall: in a region and year, the maximum flow from
//! the region's leavers (`pupils`) through their unbroken first edges into
//! the offers' places (`capacity`) cannot place every leaver. Consecutive
//! years with a shortfall are one finding naming the worst year.
//!
//! Per region one greedy flow over every plan year at once, reading each
//! programme's first offers until its leavers are placed, and a maximum
//! flow, on a network the size of the region's programmes, first offers
//! and first edges, only in a year in which the greedy flow leaves
//! someone unplaced who reaches an offer (see `pupil_flow::shortfalls`);
//! the places are added up in a pass over the region's first offers, only
//! in the worst year of each run.

use super::pupil_flow::{Intake, Scratch, Shortfalls, Unbroken, runs_of, step_bit};
use super::{Code, Context};
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::i18n::{school_year, year_range, yes};
use crate::model::RegionId;
use crate::msg;

pub fn check(ctx: &Context, unbroken: &Unbroken, intake: &Intake, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    // Without any `pupils` every region has 0 leavers: skip the flows.
    if m.programmes.iter().all(|p| p.pupils.is_none()) {
        return;
    }
    let mut scratch = Scratch::new(ctx);
    for (ri, region) in m.regions.iter().enumerate() {
        let programmes = ctx.region_programme_ids(RegionId(ri as u32));
        let mut found = Shortfalls::new(ctx, unbroken, intake, &programmes, &mut scratch);
        let flows = &found.flows;
        let short = |i: usize| flows[i].as_ref().map_or(0, |f| f.shortfall());
        let hits: Vec<bool> = (0..flows.len()).map(|i| short(i) > 0).collect();
        // The worst year of each run: the largest shortfall, the earliest
        // of equals. Only its places are told, so only its are added up.
        let runs: Vec<_> = runs_of(&hits)
            .into_iter()
            .map(|run| {
                let worst = run
                    .clone()
                    .max_by_key(|&i| (short(i), std::cmp::Reverse(i)))
                    .expect("a run is not empty");
                (run, worst)
            })
            .collect();
        let want = runs.iter().fold(0u64, |w, &(_, i)| w | step_bit(i));
        found.add_places(ctx, unbroken, intake, &programmes, want, &mut scratch);
        let flows = &found.flows;
        for (run, worst) in runs {
            let f = flows[worst].as_ref().expect("a hit has a flow");
            let years = g.steps[run.start].zip(g.steps[run.end - 1]);
            let year = g.steps[worst];
            let mut unplaced = f.unplaced.clone();
            unplaced.sort_by_key(|(p, _, _)| ctx.order(m.programme(*p).loc.name));
            let span = if region.implicit {
                match unplaced.first() {
                    Some((p, _, _)) => m.programme(*p).loc.name,
                    None => continue,
                }
            } else {
                region.loc.name
            };
            let mut d = Diagnostic::new(
                Code::K601,
                span,
                Finding::CapacityShortfall {
                    region: region.name.clone(),
                    years,
                    year,
                    shortfall: f.shortfall(),
                    leavers: f.leavers,
                    places: f.places,
                    unbounded: f.unbounded,
                },
            )
            .help({
                // A programme whose pathways reach no offer that year needs
                // pathways, not places.
                let (reaching, stranded): (Vec<_>, Vec<_>) = unplaced
                    .iter()
                    .map(|&(p, _, _)| p)
                    .partition(|&p| unbroken.reaches_offer(ctx, p, worst));
                Finding::HelpCapacityShortfall {
                    programmes: reaching.iter().map(|&p| m.programme_ref(p)).collect(),
                    stranded: stranded.iter().map(|&p| m.programme_ref(p)).collect(),
                }
            })
            .key(region.name.clone());
            for (p, short, pupils) in &unplaced {
                let label = Finding::Unplaced {
                    unplaced: *short,
                    leavers: *pupils,
                    year,
                };
                // In the implicit region the finding stands at the first
                // such programme: its figures go under the finding itself.
                let at = m.programme(*p).loc.name;
                d = if at == span {
                    d.label(label)
                } else {
                    d.with_label(at, label)
                };
            }
            out.push(d);
        }
    }
}

/// K601's finding, as data; [`Message`] words it.
enum Finding {
    CapacityShortfall {
        region: String,
        /// The first and last year of consecutive years with a shortfall;
        /// `None` in a timeless plan.
        years: Option<(u32, u32)>,
        /// The worst year, whose figures follow.
        year: Option<u32>,
        shortfall: u64,
        leavers: u64,
        places: u64,
        /// Some offers reached give no `capacity`.
        unbounded: bool,
    },
    HelpCapacityShortfall {
        /// Unplaced programmes whose pathways reach an offer that year.
        programmes: Vec<String>,
        /// Unplaced programmes whose pathways reach none.
        stranded: Vec<String>,
    },
    /// A label on a programme with leavers the flow cannot place.
    Unplaced {
        unplaced: u64,
        leavers: u64,
        year: Option<u32>,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::CapacityShortfall {
                region,
                years,
                year,
                shortfall,
                leavers,
                places,
                unbounded,
            } => {
                let places = msg!("k601-places", unbounded = yes(unbounded), places = places);
                let worst = year.map_or(String::new(), |y| y.to_string());
                let (kind, when): (&str, Arg) = match (years, year) {
                    (Some((a, b)), _) if a != b => ("range", year_range(a, b).into()),
                    (_, Some(y)) => ("year", school_year(y).into()),
                    (_, None) => ("timeless", Arg::Text("".into())),
                };
                msg!(
                    "k601-shortfall",
                    kind = kind,
                    region = super::region_words(&region),
                    when = when,
                    worst = worst,
                    shortfall = shortfall,
                    leavers = leavers,
                    places = places
                )
            }
            Finding::HelpCapacityShortfall {
                programmes,
                stranded,
            } => {
                let more = msg!(
                    "k601-help-more",
                    count = stranded.len(),
                    stranded = Arg::and_quoted(&stranded)
                );
                msg!(
                    "k601-help",
                    count = programmes.len(),
                    programmes = Arg::and_quoted(&programmes),
                    stranded = Arg::and_quoted(&stranded),
                    more = more
                )
            }
            Finding::Unplaced {
                unplaced,
                leavers,
                year,
            } => {
                let m = msg!("k601-unplaced", unplaced = unplaced, leavers = leavers);
                match year {
                    Some(y) => m.arg(&"year", y),
                    None => m.arg(&"year", "none"),
                }
            }
        }
    }
}
