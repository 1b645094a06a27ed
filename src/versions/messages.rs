//! The findings of the plan-version checks (V701–V705), as data, and the
//! [`Message`]s that word them (`v70*` in `locales/*/leerlijn.ftl`). They say which pupils lose (or gain)
//! what, and from when.
//!
//! Years are school-year start years, as the plan writes them: 2027 is
//! school year 2027–2028.

use crate::i18n::{Arg, Message, yes};
use crate::msg;

/// The plan years a change applies to: ranges of school-year start years;
/// an open end runs to the end of the plan. Empty in a timeless plan.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct When(pub Vec<(u32, Option<u32>)>);

impl When {
    /// Groups the steps at which `hit` is true into ranges; a range that
    /// reaches the last step is open.
    pub fn from_steps(steps: &[Option<u32>], hit: &[bool]) -> When {
        let mut ranges: Vec<(u32, Option<u32>)> = Vec::new();
        let mut i = 0;
        while i < steps.len() {
            if !hit[i] {
                i += 1;
                continue;
            }
            let start = i;
            while i + 1 < steps.len() && hit[i + 1] {
                i += 1;
            }
            if let (Some(a), Some(b)) = (steps[start], steps[i]) {
                ranges.push((a, (i + 1 < steps.len()).then_some(b)));
            }
            i += 1;
        }
        When(ranges)
    }

    /// The first year, if the plan has years.
    pub fn first(&self) -> Option<u32> {
        self.0.first().map(|r| r.0)
    }

    /// "from 2027 (school year 2027–2028)", "in school years 2025–2026 and
    /// 2027–2029", or "none" in a timeless plan (the messages choose on it).
    fn lead(&self) -> Arg {
        let mut parts: Vec<Message> = self
            .0
            .iter()
            .map(|&(a, b)| match b {
                None => msg!("when-from", year = a, next = a + 1),
                Some(b) => msg!("year-range", first = a, last = b + 1),
            })
            .collect();
        match parts.len() {
            0 => Arg::Word("none"),
            1 if self.0[0].1.is_none() => parts.remove(0).into(),
            _ => msg!("when-years", list = Arg::and(parts)).into(),
        }
    }
}

/// Why the old version's route does not work in the new one, as found on
/// that route from the programme to the offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RouteCause {
    /// An item on the route is no longer in the plan.
    Removed(String),
    /// An item on the route does not run in that year any more.
    NotRunning(String),
    /// The step `a -> b` is no longer declared.
    StepRemoved(String, String),
    /// The step `a -> b` is declared but does not run in that year.
    StepNotRunning(String, String),
    /// The offer's qualification changed (level or sector).
    Changed(String),
    /// Nothing on the route changed: the region's target level did.
    Target,
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionMsg {
    // V701
    RouteLost {
        programme: String,
        level: u8,
        sector: String,
        when: When,
        route: String,
        cause: RouteCause,
    },
    HelpRouteLost {
        programme: String,
        level: u8,
        sector: String,
    },
    // V702
    CoverageLost {
        region: String,
        level: u8,
        sector: String,
        when: When,
        route: String,
        cause: RouteCause,
    },
    HelpCoverageLost {
        level: u8,
        sector: String,
    },
    // V703
    OfferWithdrawn {
        offer: String,
        qual: String,
        lost: Vec<Lost>,
        users: Vec<String>,
    },
    HelpOfferWithdrawn,
    // V704
    RouteGained {
        programme: String,
        level: u8,
        sector: String,
        when: When,
        route: String,
    },
    HelpRouteGained,
    // V705
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
        bol: bool,
    },
    /// The label on the old version's text.
    InOldVersion,
}

fn cause(c: RouteCause) -> Message {
    let (kind, item, from, to) = match c {
        RouteCause::Removed(x) => ("removed", x, String::new(), String::new()),
        RouteCause::NotRunning(x) => ("not-running", x, String::new(), String::new()),
        RouteCause::StepRemoved(a, b) => ("step-removed", String::new(), a, b),
        RouteCause::StepNotRunning(a, b) => ("step-not-running", String::new(), a, b),
        RouteCause::Changed(x) => ("changed", x, String::new(), String::new()),
        RouteCause::Target => ("target", String::new(), String::new(), String::new()),
    };
    msg!(
        "route-cause",
        cause = kind,
        item = item,
        from = from,
        to = to
    )
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

impl From<VersionMsg> for Message {
    fn from(m: VersionMsg) -> Message {
        use VersionMsg::*;
        match m {
            RouteLost {
                programme,
                level,
                sector,
                when,
                route,
                cause: c,
            } => msg!(
                "v701-route-lost",
                when = when.lead(),
                programme = programme,
                level = level,
                sector = sector,
                route = route,
                cause = cause(c)
            ),
            HelpRouteLost {
                programme,
                level,
                sector,
            } => msg!(
                "v701-help",
                programme = programme,
                level = level,
                sector = sector
            ),
            CoverageLost {
                region: r,
                level,
                sector,
                when,
                route,
                cause: c,
            } => msg!(
                "v702-coverage-lost",
                when = when.lead(),
                region = crate::checks::region_words(&r),
                level = level,
                sector = sector,
                route = route,
                cause = cause(c)
            ),
            HelpCoverageLost { level, sector } => {
                msg!("v702-help", level = level, sector = sector)
            }
            OfferWithdrawn {
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
            HelpOfferWithdrawn => msg!("v703-help"),
            RouteGained {
                programme,
                level,
                sector,
                when,
                route,
            } => msg!(
                "v704-route-gained",
                when = when.lead(),
                programme = programme,
                level = level,
                sector = sector,
                route = route
            ),
            HelpRouteGained => msg!("v704-help"),
            NoticeLate {
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
            HelpNotice {
                start,
                earliest,
                bol: _,
            } => msg!(
                "v705-help",
                start = yes(start),
                earliest = earliest,
                until = earliest.saturating_sub(1)
            ),
            InOldVersion => msg!("v70x-in-old-version"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn steps_group_into_ranges() {
        let steps: Vec<Option<u32>> = (2025..=2030).map(Some).collect();
        let w = When::from_steps(&steps, &[false, false, true, true, true, true]);
        assert_eq!(w.0, vec![(2027, None)]);
        assert_eq!(w.lead().text(Lang::En), "from 2027 (school year 2027–2028)");
        assert_eq!(w.lead().text(Lang::Nl), "vanaf 2027 (schooljaar 2027–2028)");
        let w = When::from_steps(&steps, &[true, false, true, true, false, false]);
        assert_eq!(w.0, vec![(2025, Some(2025)), (2027, Some(2028))]);
        assert_eq!(
            w.lead().text(Lang::En),
            "in school years 2025–2026 and 2027–2029"
        );
        assert_eq!(
            When::from_steps(&[None], &[true]).lead().text(Lang::En),
            "none"
        );
    }
}
