//! Messages of the plan-version checks (V701–V705); the wording is in
//! `locales/*/leerlijn.ftl` (`v70*`). They say which pupils lose (or gain)
//! what, and from when.
//!
//! Years are school-year start years, as the plan writes them: 2027 is
//! school year 2027–2028.

use crate::Lang;
use crate::fl;
use crate::i18n::{and_list, quoted};

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
    fn lead(&self, lang: Lang) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|&(a, b)| match b {
                None => fl!(lang, "when-from", year = a, next = a + 1),
                Some(b) => fl!(lang, "year-range", first = a, last = b + 1),
            })
            .collect();
        match parts.as_slice() {
            [] => "none".to_string(),
            [one] if self.0[0].1.is_none() => one.clone(),
            _ => fl!(lang, "when-years", list = and_list(&parts, lang)),
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

fn cause(c: &RouteCause, lang: Lang) -> String {
    let (kind, item, from, to) = match c {
        RouteCause::Removed(x) => ("removed", x.as_str(), "", ""),
        RouteCause::NotRunning(x) => ("not-running", x.as_str(), "", ""),
        RouteCause::StepRemoved(a, b) => ("step-removed", "", a.as_str(), b.as_str()),
        RouteCause::StepNotRunning(a, b) => ("step-not-running", "", a.as_str(), b.as_str()),
        RouteCause::Changed(x) => ("changed", x.as_str(), "", ""),
        RouteCause::Target => ("target", "", "", ""),
    };
    fl!(
        lang,
        "route-cause",
        cause = kind,
        item = item,
        from = from,
        to = to
    )
}

fn years(from: Option<u32>, until: Option<u32>, lang: Lang) -> String {
    let kind = match (from, until) {
        (None, None) => "every",
        (Some(_), None) => "from",
        (None, Some(_)) => "until",
        (Some(f), Some(u)) if f == u => "one",
        (Some(_), Some(_)) => "range",
    };
    let from = from.map_or(String::new(), |y| y.to_string());
    let until = until.map_or(String::new(), |y| y.to_string());
    fl!(lang, "years", kind = kind, from = from, until = until)
}

fn lost(l: &Lost, lang: Lang) -> String {
    let (kind, years) = match *l {
        Lost::Removed { from, until } => ("removed", years(from, until, lang)),
        Lost::Ends { from, until } => ("ends", years(Some(from), until, lang)),
        Lost::Starts { from, until } => ("starts", years(from, Some(until), lang)),
    };
    fl!(lang, "v703-lost", kind = kind, years = years)
}

fn region(region: &str, lang: Lang) -> String {
    if region.is_empty() {
        fl!(lang, "the-project")
    } else {
        fl!(lang, "region-named", region = region)
    }
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

impl VersionMsg {
    pub fn render(&self, lang: Lang) -> String {
        use VersionMsg::*;
        match self {
            RouteLost {
                programme,
                level,
                sector,
                when,
                route,
                cause: c,
            } => fl!(
                lang,
                "v701-route-lost",
                when = when.lead(lang),
                programme = programme,
                level = *level,
                sector = sector,
                route = route,
                cause = cause(c, lang)
            ),
            HelpRouteLost {
                programme,
                level,
                sector,
            } => fl!(
                lang,
                "v701-help",
                programme = programme,
                level = *level,
                sector = sector
            ),
            CoverageLost {
                region: r,
                level,
                sector,
                when,
                route,
                cause: c,
            } => fl!(
                lang,
                "v702-coverage-lost",
                when = when.lead(lang),
                region = region(r, lang),
                level = *level,
                sector = sector,
                route = route,
                cause = cause(c, lang)
            ),
            HelpCoverageLost { level, sector } => {
                fl!(lang, "v702-help", level = *level, sector = sector)
            }
            OfferWithdrawn {
                offer,
                qual,
                lost: l,
                users,
            } => {
                let what: Vec<String> = l.iter().map(|x| lost(x, lang)).collect();
                fl!(
                    lang,
                    "v703-withdrawn",
                    count = users.len(),
                    offer = offer,
                    qual = qual,
                    what = and_list(&what, lang),
                    users = and_list(&quoted(users), lang)
                )
            }
            HelpOfferWithdrawn => fl!(lang, "v703-help"),
            RouteGained {
                programme,
                level,
                sector,
                when,
                route,
            } => fl!(
                lang,
                "v704-route-gained",
                when = when.lead(lang),
                programme = programme,
                level = *level,
                sector = sector,
                route = route
            ),
            HelpRouteGained => fl!(lang, "v704-help"),
            NoticeLate {
                offer,
                qual,
                start,
                year,
                bol,
                deadline,
                date,
                earliest,
            } => fl!(
                lang,
                "v705-notice-late",
                start = yes(*start),
                offer = offer,
                qual = qual,
                year = *year,
                next = year + 1,
                rule = fl!(lang, "v705-rule", bol = yes(*bol)),
                deadline = deadline,
                date = date,
                earliest = *earliest,
                earliest_next = earliest + 1
            ),
            HelpNotice {
                start,
                earliest,
                bol: _,
            } => fl!(
                lang,
                "v705-help",
                start = yes(*start),
                earliest = *earliest,
                until = earliest.saturating_sub(1)
            ),
            InOldVersion => fl!(lang, "v70x-in-old-version"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_group_into_ranges() {
        let steps: Vec<Option<u32>> = (2025..=2030).map(Some).collect();
        let w = When::from_steps(&steps, &[false, false, true, true, true, true]);
        assert_eq!(w.0, vec![(2027, None)]);
        assert_eq!(w.lead(Lang::En), "from 2027 (school year 2027–2028)");
        assert_eq!(w.lead(Lang::Nl), "vanaf 2027 (schooljaar 2027–2028)");
        let w = When::from_steps(&steps, &[true, false, true, true, false, false]);
        assert_eq!(w.0, vec![(2025, Some(2025)), (2027, Some(2028))]);
        assert_eq!(w.lead(Lang::En), "in school years 2025–2026 and 2027–2029");
        assert_eq!(When::from_steps(&[None], &[true]).lead(Lang::En), "none");
    }
}
