//! V703 offer-withdrawn: an offer of OLD that NEW removes, or whose own
//! years NEW shortens (an earlier `until`, no `until` being later than any;
//! a later `from`), judged on the offer's own `from`/`until`, not only
//! within the plan years. The message names the years lost and the
//! programmes whose routes (in OLD, in any year) used the offer.

use super::{Comparison, Env, Side, member_regions};
use crate::codes::Code;
use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Message};
use crate::model::{MemberRef, Node, OfferId, Years};
use crate::msg;

/// The years `old` runs and `new` does not, as one or two [`Lost`].
pub fn lost_years(old: Years, new: Option<Years>) -> Vec<Lost> {
    let Some(new) = new else {
        return vec![Lost::Removed {
            from: old.from,
            until: old.until,
        }];
    };
    let mut out = Vec::new();
    // A later `from`: the years from OLD's start to the one before NEW's.
    if let Some(nf) = new.from
        && old.from.is_none_or(|of| of < nf)
    {
        let until = nf - 1;
        let until = old.until.map_or(until, |ou| ou.min(until));
        if old.from.is_none_or(|of| of <= until) {
            out.push(Lost::Starts {
                from: old.from,
                until,
            });
        }
    }
    // An earlier `until`: from the year after NEW's end to OLD's end.
    if let Some(nu) = new.until
        && old.until.is_none_or(|ou| nu < ou)
    {
        let from = (nu + 1).max(old.from.unwrap_or(0));
        if old.until.is_none_or(|ou| from <= ou) {
            out.push(Lost::Ends {
                from,
                until: old.until,
            });
        }
    }
    out
}

/// The programmes whose routes reach `o`, by any edge.
pub fn users(side: &Side, o: OfferId) -> Vec<String> {
    let g = &side.graph;
    let mut seen = vec![false; g.node_count()];
    let start = g.index(Node::Offer(o));
    seen[start.index()] = true;
    let mut stack = vec![start];
    let mut out = Vec::new();
    while let Some(i) = stack.pop() {
        if let Node::Programme(p) = g.node(i) {
            out.push(side.model.programme_ref(p));
        }
        for s in g
            .in_edges_rev(i.index())
            .map(|e| g.index(g.edges[e].from()))
        {
            if !std::mem::replace(&mut seen[s.index()], true) {
                stack.push(s);
            }
        }
    }
    out.sort();
    out
}

pub fn compare(env: &Env, cmp: &mut Comparison) {
    let (om, nm) = (env.old.model, env.new.model);
    for (i, offer) in om.offers.iter().enumerate() {
        let o = OfferId(i as u32);
        let name = om.offer_ref(o);
        let new = env.new.offer(&name).map(|n| nm.offer(n).years);
        let lost = lost_years(offer.years, new);
        if lost.is_empty() {
            continue;
        }
        let d = Diagnostic::new(
            Code::V703,
            env.offer_span(o),
            Finding::OfferWithdrawn {
                offer: name.clone(),
                qual: env.old.ctx().qual_text(o),
                lost,
                users: users(&env.old, o),
            },
        )
        .help(Finding::HelpOfferWithdrawn)
        .key(name.clone());
        cmp.diagnostics.push(env.old_label(d, offer.loc.name));
        for r in member_regions(&env.old, MemberRef::Institution(offer.institution)) {
            cmp.region_mut(&r).offers_withdrawn.push(name.clone());
        }
    }
}

/// Years lost by an offer, judged on its own `from`/`until`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lost {
    /// Removed from the plan; its old years.
    Removed {
        from: Option<u32>,
        until: Option<u32>,
    },
    /// An earlier `until`: from the year after the new end (to the old
    /// end, `None` for open).
    Ends { from: u32, until: Option<u32> },
    /// A later `from`: the years before the new start (from the old start).
    Starts { from: Option<u32>, until: u32 },
}

fn years(from: Option<u32>, until: Option<u32>) -> Message {
    let kind = match (from, until) {
        (None, None) => "every",
        (Some(_), None) => "from",
        (None, Some(_)) => "until",
        (Some(f), Some(u)) if f == u => "one",
        (Some(_), Some(_)) => "range",
    };
    let from = from.map_or(String::new(), |y| y.to_string());
    let until = until.map_or(String::new(), |y| y.to_string());
    msg!("years", kind = kind, from = from, until = until)
}

fn lost(l: Lost) -> Message {
    let (kind, years) = match l {
        Lost::Removed { from, until } => ("removed", years(from, until)),
        Lost::Ends { from, until } => ("ends", years(Some(from), until)),
        Lost::Starts { from, until } => ("starts", years(from, Some(until))),
    };
    msg!("v703-lost", kind = kind, years = years)
}

/// V703's finding, as data; [`Message`] words it.
enum Finding {
    OfferWithdrawn {
        offer: String,
        qual: String,
        lost: Vec<Lost>,
        users: Vec<String>,
    },
    HelpOfferWithdrawn,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::OfferWithdrawn {
                offer,
                qual,
                lost: l,
                users,
            } => msg!(
                "v703-withdrawn",
                count = users.len(),
                offer = offer,
                qual = qual,
                what = Arg::and(l.into_iter().map(lost)),
                users = Arg::and_quoted(&users)
            ),
            Finding::HelpOfferWithdrawn => msg!("v703-help"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn y(from: Option<u32>, until: Option<u32>) -> Years {
        Years { from, until }
    }

    #[test]
    fn years_lost() {
        assert_eq!(
            lost_years(y(Some(2020), None), None),
            vec![Lost::Removed {
                from: Some(2020),
                until: None
            }]
        );
        assert_eq!(
            lost_years(y(None, None), Some(y(None, Some(2026)))),
            vec![Lost::Ends {
                from: 2027,
                until: None
            }]
        );
        assert_eq!(
            lost_years(y(Some(2024), Some(2030)), Some(y(Some(2026), Some(2028)))),
            vec![
                Lost::Starts {
                    from: Some(2024),
                    until: 2025
                },
                Lost::Ends {
                    from: 2029,
                    until: Some(2030)
                }
            ]
        );
        // Longer or the same: nothing lost.
        assert!(lost_years(y(Some(2024), Some(2026)), Some(y(None, None))).is_empty());
        assert!(lost_years(y(None, Some(2026)), Some(y(None, Some(2026)))).is_empty());
    }
}
