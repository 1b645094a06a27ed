//! What the plan-version findings (V701–V705) share: when a change applies
//! ([`When`]), why a route no longer works ([`RouteCause`]), and the label
//! on the old version's text. Each finding itself, and its wording, is in
//! the file of its check (`routes.rs`, `coverage.rs`, `offers.rs`,
//! `notice.rs`); the words are `v70*` in `locales/*/leerlijn.ftl`.
//!
//! Years are school-year start years, as the plan writes them: 2027 is
//! school year 2027–2028.

use crate::i18n::{Arg, Message};
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
    pub fn lead(&self) -> Arg {
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
    /// A school or institution on the route left the region.
    LeftRegion(String),
    /// Nothing on the route changed: the region's target level rose.
    Target,
    /// Nothing on the route changed, nor the region's members or target
    /// level (what else NEW changed, such as a sector's `includes`, is not
    /// traced).
    Unchanged,
}

impl RouteCause {
    /// The cause as a clause of V701 and V702.
    pub fn message(self) -> Message {
        let (kind, item, from, to) = match self {
            RouteCause::Removed(x) => ("removed", x, String::new(), String::new()),
            RouteCause::NotRunning(x) => ("not-running", x, String::new(), String::new()),
            RouteCause::StepRemoved(a, b) => ("step-removed", String::new(), a, b),
            RouteCause::StepNotRunning(a, b) => ("step-not-running", String::new(), a, b),
            RouteCause::Changed(x) => ("changed", x, String::new(), String::new()),
            RouteCause::LeftRegion(x) => ("left-region", x, String::new(), String::new()),
            RouteCause::Target => ("target", String::new(), String::new(), String::new()),
            RouteCause::Unchanged => ("unchanged", String::new(), String::new(), String::new()),
        };
        msg!(
            "route-cause",
            cause = kind,
            item = item,
            from = from,
            to = to
        )
    }
}

/// The label on the old version's text, where a finding also points.
pub fn in_old_version() -> Message {
    msg!("v70x-in-old-version")
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
