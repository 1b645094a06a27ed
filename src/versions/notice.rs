//! V705 notice-too-late: an offer that NEW starts (new, or an earlier
//! `from`) or stops (removed, or an earlier `until`) in a school year Y
//! whose notice deadline has passed on the plan date. An institution
//! reports starting or stopping a BOL programme 18 months before the
//! school year (1 August), a BBL programme 6 months before (Regeling
//! melding 2018 art. 2, under WEB art. 6.1.2): the deadline is 1 February
//! of Y − 1 when the offer has `bol` among its routes, else 1 February of
//! Y. Judged on the offer's own years, within the plan years or not.

use super::{Comparison, Date, Env};
use crate::codes::Code;
use crate::diagnostics::Diagnostic;
use crate::i18n::{Message, yes};
use crate::model::{Offer, OfferId, Route, Years};
use crate::msg;
use crate::source::Span;

/// An offer without `routes` has its qualification's, by default both.
fn has_bol(o: &Offer) -> bool {
    o.routes.is_empty() || o.routes.contains(&Route::Bol)
}

/// The year a change starting (`start`) or stopping intake in school year
/// Y must have been reported by.
pub fn deadline(year: u32, bol: bool) -> Date {
    Date::feb1(if bol { year - 1 } else { year })
}

/// The earliest school year whose deadline has not passed on `date`.
pub fn earliest(date: Date, bol: bool) -> u32 {
    date.next_feb1() + u32::from(bol)
}

/// A start in Y: new offer (its `from`, else the next school year), or an
/// earlier `from` than OLD's.
fn start_year(old: Option<Years>, new: Years, date: Date) -> Option<u32> {
    match old {
        None => Some(new.from.unwrap_or_else(|| date.next_school_year())),
        Some(old) => match (old.from, new.from) {
            (Some(of), Some(nf)) if nf < of => Some(nf),
            (Some(of), None) => Some(of.min(date.next_school_year())).filter(|&y| y < of),
            _ => None,
        },
    }
}

/// A stop from Y (the first year without intake): removed (the next
/// school year, unless OLD ended before it), or an earlier `until`.
fn stop_year(old: Years, new: Option<Years>, date: Date) -> Option<u32> {
    match new {
        None => {
            let y = date.next_school_year().max(old.from.unwrap_or(0));
            old.until.is_none_or(|u| u >= y).then_some(y)
        }
        Some(new) => match (old.until, new.until) {
            (None, Some(nu)) => Some(nu + 1),
            (Some(ou), Some(nu)) if nu < ou => Some(nu + 1),
            _ => None,
        },
    }
}

fn finding(
    date: Date,
    o: &Offer,
    name: String,
    qual: String,
    start: bool,
    year: u32,
    span: Span,
) -> Option<Diagnostic> {
    let bol = has_bol(o);
    let due = deadline(year, bol);
    if date <= due {
        return None;
    }
    let first = earliest(date, bol);
    Some(
        Diagnostic::new(
            Code::V705,
            span,
            Finding::NoticeLate {
                offer: name.clone(),
                qual,
                start,
                year,
                bol,
                deadline: due.to_string(),
                date: date.to_string(),
                earliest: first,
            },
        )
        .help(Finding::HelpNotice {
            start,
            earliest: first,
        })
        .key(name)
        .key(if start { "start" } else { "stop" }),
    )
}

pub fn compare(env: &Env, date: Date, cmp: &mut Comparison) {
    let (om, nm) = (env.old.model, env.new.model);
    for (i, offer) in nm.offers.iter().enumerate() {
        let o = OfferId(i as u32);
        let name = nm.offer_ref(o);
        let old = env.old.offer(&name);
        let Some(year) = start_year(old.map(|x| om.offer(x).years), offer.years, date) else {
            continue;
        };
        let qual = env.new.ctx().qual_text(o);
        if let Some(d) = finding(date, offer, name, qual, true, year, offer.loc.name) {
            let d = match old {
                Some(x) => env.old_label(d, om.offer(x).loc.name),
                None => d,
            };
            cmp.diagnostics.push(d);
        }
    }
    for (i, offer) in om.offers.iter().enumerate() {
        let o = OfferId(i as u32);
        let name = om.offer_ref(o);
        let new = env.new.offer(&name).map(|x| nm.offer(x).years);
        let Some(year) = stop_year(offer.years, new, date) else {
            continue;
        };
        let qual = env.old.ctx().qual_text(o);
        if let Some(d) = finding(date, offer, name, qual, false, year, env.offer_span(o)) {
            cmp.diagnostics.push(env.old_label(d, offer.loc.name));
        }
    }
}

/// V705's finding, as data; [`Message`] words it.
enum Finding {
    NoticeLate {
        offer: String,
        qual: String,
        /// True for a start, false for a stop.
        start: bool,
        year: u32,
        bol: bool,
        /// `YYYY-MM-DD`.
        deadline: String,
        date: String,
        earliest: u32,
    },
    HelpNotice {
        start: bool,
        earliest: u32,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::NoticeLate {
                offer,
                qual,
                start,
                year,
                bol,
                deadline,
                date,
                earliest,
            } => msg!(
                "v705-notice-late",
                start = yes(start),
                offer = offer,
                qual = qual,
                year = year,
                next = year + 1,
                rule = msg!("v705-rule", bol = yes(bol)),
                deadline = deadline,
                date = date,
                earliest = earliest,
                earliest_next = earliest + 1
            ),
            Finding::HelpNotice { start, earliest } => msg!(
                "v705-help",
                start = yes(start),
                earliest = earliest,
                until = earliest.saturating_sub(1)
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines() {
        assert_eq!(deadline(2027, true).to_string(), "2026-02-01");
        assert_eq!(deadline(2027, false).to_string(), "2027-02-01");
        let on = Date::parse("2026-02-01").unwrap();
        let after = Date::parse("2026-02-02").unwrap();
        assert_eq!((earliest(on, true), earliest(on, false)), (2027, 2026));
        assert_eq!(
            (earliest(after, true), earliest(after, false)),
            (2028, 2027)
        );
    }

    #[test]
    fn start_and_stop_years() {
        let d = Date::parse("2026-03-01").unwrap();
        let y = |from, until| Years { from, until };
        assert_eq!(start_year(None, y(Some(2027), None), d), Some(2027));
        assert_eq!(start_year(None, y(None, None), d), Some(2026));
        assert_eq!(
            start_year(Some(y(Some(2028), None)), y(Some(2027), None), d),
            Some(2027)
        );
        assert_eq!(
            start_year(Some(y(Some(2027), None)), y(Some(2028), None), d),
            None
        );
        assert_eq!(stop_year(y(None, None), None, d), Some(2026));
        assert_eq!(stop_year(y(None, Some(2025)), None, d), None);
        assert_eq!(
            stop_year(y(None, None), Some(y(None, Some(2027))), d),
            Some(2028)
        );
        assert_eq!(
            stop_year(y(None, Some(2027)), Some(y(None, Some(2027))), d),
            None
        );
    }
}
