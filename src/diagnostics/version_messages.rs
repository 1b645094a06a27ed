//! Messages of the plan-version checks (V701–V705), English and Dutch side
//! by side. They say which pupils lose (or gain) what, and from when.
//!
//! Years are school-year start years, as the plan writes them: 2027 is
//! school year 2027–2028.

use super::messages::join_words;
use crate::Lang;

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

    /// "from 2027 (school year 2027–2028), " or "in 2027–2028, " or "".
    fn lead(&self, en: bool) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .map(|&(a, b)| match (b, en) {
                (None, true) => format!("from {a} (school year {a}–{})", a + 1),
                (None, false) => format!("vanaf {a} (schooljaar {a}–{})", a + 1),
                (Some(b), _) if b == a => format!("{a}–{}", a + 1),
                (Some(b), _) => format!("{a}–{}", b + 1),
            })
            .collect();
        match (parts.as_slice(), en) {
            ([], _) => String::new(),
            ([one], _) if self.0[0].1.is_none() => format!("{one}, "),
            (_, true) => format!("in school years {}, ", join_words(&parts, Lang::En)),
            (_, false) => format!("in de schooljaren {}, ", join_words(&parts, Lang::Nl)),
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

fn cause(c: &RouteCause, en: bool) -> String {
    match (c, en) {
        (RouteCause::Removed(x), true) => format!("`{x}` was removed from the plan"),
        (RouteCause::Removed(x), false) => format!("`{x}` uit het plan is gehaald"),
        (RouteCause::NotRunning(x), true) => format!("`{x}` no longer runs then"),
        (RouteCause::NotRunning(x), false) => format!("`{x}` dan niet meer loopt"),
        (RouteCause::StepRemoved(a, b), true) => format!("the step `{a} -> {b}` was removed"),
        (RouteCause::StepRemoved(a, b), false) => format!("de stap `{a} -> {b}` is geschrapt"),
        (RouteCause::StepNotRunning(a, b), true) => {
            format!("the step `{a} -> {b}` no longer runs then")
        }
        (RouteCause::StepNotRunning(a, b), false) => {
            format!("de stap `{a} -> {b}` dan niet meer loopt")
        }
        (RouteCause::Changed(x), true) => {
            format!("the qualification of `{x}` changed level or sector")
        }
        (RouteCause::Changed(x), false) => {
            format!(
                "de kwalificatie van `{x}` een ander niveau of een andere sector heeft gekregen"
            )
        }
        (RouteCause::Target, true) => "the region's target level was raised".into(),
        (RouteCause::Target, false) => "het streefniveau van de regio is verhoogd".into(),
    }
}

fn years(from: Option<u32>, until: Option<u32>, en: bool) -> String {
    match (from, until, en) {
        (None, None, true) => "every year".into(),
        (None, None, false) => "elk jaar".into(),
        (Some(f), None, true) => format!("from {f} on"),
        (Some(f), None, false) => format!("vanaf {f}"),
        (None, Some(u), true) => format!("until {u}"),
        (None, Some(u), false) => format!("tot en met {u}"),
        (Some(f), Some(u), _) if f == u => format!("{f}"),
        (Some(f), Some(u), _) => format!("{f}–{u}"),
    }
}

fn lost(l: &Lost, en: bool) -> String {
    match (l, en) {
        (Lost::Removed { from, until }, true) => {
            format!("is removed (it ran {})", years(*from, *until, en))
        }
        (Lost::Removed { from, until }, false) => {
            format!("is geschrapt (het liep {})", years(*from, *until, en))
        }
        (Lost::Ends { from, until }, true) => {
            format!("stops earlier: {} lost", years(Some(*from), *until, en))
        }
        (Lost::Ends { from, until }, false) => {
            format!("stopt eerder: {} vervalt", years(Some(*from), *until, en))
        }
        (Lost::Starts { from, until }, true) => {
            format!("starts later: {} lost", years(*from, Some(*until), en))
        }
        (Lost::Starts { from, until }, false) => {
            format!("begint later: {} vervalt", years(*from, Some(*until), en))
        }
    }
}

fn routes(bol: bool, en: bool) -> &'static str {
    match (bol, en) {
        (true, true) => "a BOL programme must be reported 18 months ahead",
        (true, false) => "een bol-opleiding moet 18 maanden vooraf gemeld zijn",
        (false, true) => "a BBL-only programme must be reported 6 months ahead",
        (false, false) => "een opleiding alleen in de bbl moet 6 maanden vooraf gemeld zijn",
    }
}

impl VersionMsg {
    pub fn render(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        use VersionMsg::*;
        match self {
            RouteLost { programme, level, sector, when, route, cause: c } => if en {
                format!("{}pupils of `{programme}` no longer reach level {level} in {sector}: their route `{route}` stopped, because {}", when.lead(en), cause(c, en))
            } else {
                let who = if when.0.is_empty() { format!("leerlingen van `{programme}` bereiken") } else { format!("{}bereiken leerlingen van `{programme}`", when.lead(en)) };
                format!("{who} niveau {level} in {sector} niet meer: hun leerroute `{route}` houdt op, omdat {}", cause(c, en))
            },
            HelpRouteLost { programme, level, sector } => if en {
                format!("keep or replace the offer or step the route needed, or declare a new pathway from `{programme}` to a level-{level} offer in {sector}")
            } else {
                format!("behoud of vervang het aanbod of de stap waar de route op steunde, of leg een nieuwe leerroute vast van `{programme}` naar aanbod op niveau {level} in {sector}")
            },
            CoverageLost { region, level, sector, when, route, cause: c } => {
                let r = if region.is_empty() { if en { "the project".to_string() } else { "het project".to_string() } } else if en { format!("region `{region}`") } else { format!("regio `{region}`") };
                if en {
                    format!("{}no pupil of {r} can reach level {level} in {sector} any more: the old version's route `{route}` stopped, because {}", when.lead(en), cause(c, en))
                } else {
                    let who = if when.0.is_empty() { format!("geen leerling van {r} kan") } else { format!("{}kan geen leerling van {r}", when.lead(en)) };
                    format!("{who} nog niveau {level} in {sector} bereiken: de leerroute `{route}` uit de oude versie houdt op, omdat {}", cause(c, en))
                }
            }
            HelpCoverageLost { level, sector } => if en {
                format!("the region demands {sector}: keep a level-{level} offer in {sector} that a route reaches, or agree in the region who takes it over")
            } else {
                format!("de regio vraagt om {sector}: houd aanbod op niveau {level} in {sector} dat via een leerroute bereikbaar is, of spreek in de regio af wie het overneemt")
            },
            OfferWithdrawn { offer, qual, lost: l, users } => {
                let what = l.iter().map(|x| lost(x, en)).collect::<Vec<_>>().join(if en { " and " } else { " en " });
                let users: Vec<String> = users.iter().map(|u| format!("`{u}`")).collect();
                match (users.is_empty(), en) {
                    (true, true) => format!("offer `{offer}` ({qual}) {what}; no route used it"),
                    (true, false) => format!("aanbod `{offer}` ({qual}) {what}; geen leerroute gebruikte het"),
                    (false, true) => format!("offer `{offer}` ({qual}) {what}; routes of {} used it", join_words(&users, Lang::En)),
                    (false, false) => format!("aanbod `{offer}` ({qual}) {what}; leerroutes van {} gebruikten het", join_words(&users, Lang::Nl)),
                }
            }
            HelpOfferWithdrawn => (if en {
                "if this is intended, tell the schools whose pupils used it and check the routes that relied on it; otherwise restore the offer's years"
            } else {
                "is dit de bedoeling, informeer dan de scholen waarvan leerlingen het gebruikten en controleer de leerroutes die erop steunden; zo niet, herstel de jaren van het aanbod"
            }).into(),
            RouteGained { programme, level, sector, when, route } => if en {
                format!("{}pupils of `{programme}` can reach level {level} in {sector}, through `{route}`", when.lead(en))
            } else {
                let who = if when.0.is_empty() { format!("leerlingen van `{programme}` kunnen") } else { format!("{}kunnen leerlingen van `{programme}`", when.lead(en)) };
                format!("{who} niveau {level} in {sector} bereiken, via `{route}`")
            },
            HelpRouteGained => (if en {
                "nothing to fix if this route is intended; tell the school so it can advise its pupils"
            } else {
                "niets op te lossen als deze leerroute de bedoeling is; laat het de school weten, zodat die haar leerlingen kan adviseren"
            }).into(),
            NoticeLate { offer, qual, start, year, bol, deadline, date, earliest } => {
                let next = year + 1;
                match (start, en) {
                    (true, true) => format!("offer `{offer}` ({qual}) starts in {year} (school year {year}–{next}), but the start of {}, by {deadline}, which has passed on {date}; the earliest school year it can start is {earliest}–{}", routes(*bol, en), earliest + 1),
                    (true, false) => format!("aanbod `{offer}` ({qual}) start in {year} (schooljaar {year}–{next}), maar de start van {}, uiterlijk {deadline}, en die datum is op {date} voorbij; het kan op zijn vroegst starten in schooljaar {earliest}–{}", routes(*bol, en), earliest + 1),
                    (false, true) => format!("offer `{offer}` ({qual}) takes no pupils from {year} (school year {year}–{next}) on, but the stop of {}, by {deadline}, which has passed on {date}; the earliest school year it can stop is {earliest}–{}", routes(*bol, en), earliest + 1),
                    (false, false) => format!("aanbod `{offer}` ({qual}) laat vanaf {year} (schooljaar {year}–{next}) geen studenten meer toe, maar de beëindiging van {}, uiterlijk {deadline}, en die datum is op {date} voorbij; het kan op zijn vroegst stoppen in schooljaar {earliest}–{}", routes(*bol, en), earliest + 1),
                }
            }
            HelpNotice { start, earliest, bol } => {
                let art = "Regeling melding 2018 art. 2, WEB art. 6.1.2";
                match (start, bol, en) {
                    (true, _, true) => format!("set the offer's `from` to {earliest} or later ({art}), or check that the start was reported in time"),
                    (true, _, false) => format!("zet `from` van het aanbod op {earliest} of later ({art}), of ga na of de start op tijd is gemeld"),
                    (false, _, true) => format!("let the offer take pupils until {} at least (`until = {}`) ({art}), or check that the stop was reported in time", earliest - 1, earliest - 1),
                    (false, _, false) => format!("laat het aanbod studenten toelaten tot en met ten minste {} (`until = {}`) ({art}), of ga na of de beëindiging op tijd is gemeld", earliest - 1, earliest - 1),
                }
            }
            InOldVersion => (if en { "in the old version" } else { "in de oude versie" }).into(),
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
        assert_eq!(
            w.lead(true),
            "from 2027 (school year 2027–2028), ".to_string()
        );
        let w = When::from_steps(&steps, &[true, false, true, true, false, false]);
        assert_eq!(w.0, vec![(2025, Some(2025)), (2027, Some(2028))]);
        assert_eq!(w.lead(true), "in school years 2025–2026 and 2027–2029, ");
        assert_eq!(When::from_steps(&[None], &[true]).lead(true), "");
    }
}
