//! C204 inactive-endpoint: a year in which a pathway runs but one of its
//! nodes does not (an offer that stops, a programme that starts later, a
//! qualification that lapses). One finding per pathway and node, naming
//! the first such year.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::i18n::school_year;
use crate::msg;

use crate::model::{Model, Node, PathwayId, Years};

/// Why `node` does not run in `year`.
pub fn cause(m: &Model, node: Node, year: u32) -> Cause {
    let own = |y: Years| match y.from {
        Some(f) if year < f => Some(Cause::Starts(f)),
        _ => y.until.filter(|&u| year > u).map(Cause::Ends),
    };
    match node {
        Node::Programme(p) => own(m.programme(p).years).unwrap_or(Cause::Starts(year)),
        Node::Offer(o) => {
            let offer = m.offer(o);
            if let Some(c) = own(offer.years) {
                return c;
            }
            let q = offer
                .qualification
                .map(|q| m.qual(q).years)
                .unwrap_or_default();
            match own(q) {
                Some(Cause::Starts(y)) => Cause::QualStarts(offer.crebo, y),
                Some(Cause::Ends(y)) => Cause::QualEnds(offer.crebo, y),
                _ => Cause::Starts(year),
            }
        }
    }
}

/// An error-level finding breaks the edge it points at: its primary location is the reference to the node that does not run, the
/// source of one edge and the target of another.
pub const BREAKS: Breaks = Breaks::TargetOrSource;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    let years: Vec<u32> = g.steps.iter().flatten().copied().collect();
    if years.is_empty() {
        // A timeless plan: everything runs in its one step.
        return;
    }
    // One list for every pathway's running years (a list per pathway was
    // a tenth of a check's allocations), filled only for a finding.
    let mut running: Vec<u32> = Vec::with_capacity(years.len());
    for (pi, p) in m.pathways.iter().enumerate() {
        // The steps the pathway runs in, then per node the first of them
        // in which the node does not: both are ranges of steps.
        let pr = g.pathway_steps(PathwayId(pi as u32), p.nodes().first().copied());
        if pr.is_empty() {
            continue;
        }
        let nodes = p.nodes();
        for (i, &node) in nodes.iter().enumerate() {
            // A node met before in this (short) pathway.
            if nodes[..i].contains(&node) {
                continue;
            }
            let nr = g.node_steps[g.index(node).index()];
            let gap = if !nr.contains(pr.lo as usize) {
                pr.lo
            } else if nr.hi < pr.hi {
                nr.hi
            } else {
                continue;
            };
            let Some(year) = g.steps[gap as usize] else {
                continue;
            };
            let ny = m.node_years(node);
            running.clear();
            let py = crate::graph::pathway_years(m, PathwayId(pi as u32));
            running.extend(years.iter().copied().filter(|&y| py.contains(y)));
            // The bounds that keep the pathway within the node's years;
            // none when the two share no year at all.
            let shared = running.iter().any(|&y| ny.contains(y));
            let from = ny
                .from
                .filter(|&f| shared && running.iter().any(|&y| y < f));
            let until = ny
                .until
                .filter(|&u| shared && running.iter().any(|&y| y > u));
            let first = p.nodes()[0];
            let inherits = (p.years() == Years::default() && m.node_years(first) != Years::default())
                .then(|| m.node_ref(first));
            out.push(
                Diagnostic::new(
                    Code::C204,
                    p.node_span(i),
                    Finding::Inactive {
                        pathway: ctx.pathway_text(PathwayId(pi as u32)),
                        node: m.node_ref(node),
                        year,
                        cause: cause(m, node, year),
                    },
                )
                .help(Finding::HelpInactive {
                    node: m.node_ref(node),
                    first: i == 0,
                    year,
                    from,
                    until,
                    inherits,
                })
                .key(m.node_ref(first))
                .key(m.node_ref(node)),
            );
        }
    }
}

/// Why a node does not run in a year (C204, S403).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cause {
    Starts(u32),
    Ends(u32),
    QualStarts(u32, u32),
    QualEnds(u32, u32),
}

impl Cause {
    /// Why `item` does not run, as a clause: "`x` ends after 2025".
    pub fn clause(&self, item: String) -> Message {
        let (kind, crebo, year) = match *self {
            Cause::Starts(y) => ("starts", 0, y),
            Cause::Ends(y) => ("ends", 0, y),
            Cause::QualStarts(c, y) => ("qual-starts", c, y),
            Cause::QualEnds(c, y) => ("qual-ends", c, y),
        };
        msg!("cause", cause = kind, item = item, crebo = crebo, year = year)
    }
}

/// C204's finding, as data; [`Message`] words it.
enum Finding {
    Inactive {
        pathway: String,
        node: String,
        year: u32,
        cause: Cause,
    },
    HelpInactive {
        node: String,
        /// The inactive node is the pathway's first node.
        first: bool,
        year: u32,
        /// The bounds that would keep the pathway within the node's years;
        /// both `None` when the two share no year.
        from: Option<u32>,
        until: Option<u32>,
        /// The pathway writes neither `from` nor `until`: it follows its
        /// first node.
        inherits: Option<String>,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::Inactive {
                pathway,
                node,
                year,
                cause,
            } => msg!(
                "c204-inactive",
                pathway = pathway,
                year = school_year(year),
                why = cause.clause(node)
            ),
            Finding::HelpInactive {
                node,
                first,
                year,
                from,
                until,
                inherits,
            } => {
                let bounds: Vec<String> = from
                    .iter()
                    .map(|f| format!("`from = {f}`"))
                    .chain(until.iter().map(|u| format!("`until = {u}`")))
                    .collect();
                let limit = if bounds.is_empty() {
                    msg!("c204-help-no-shared-year", node = &node)
                } else {
                    msg!("c204-help-bounds", bounds = Arg::and(bounds), node = &node)
                };
                let other = if first {
                    msg!("c204-help-own-years", node = &node)
                } else {
                    msg!("c204-help-replace", node = &node, year = year)
                };
                let follows: Arg = match inherits {
                    Some(f) => msg!("c204-help-follows", first = f).into(),
                    None => Arg::Text("".into()),
                };
                msg!(
                    "c204-help",
                    limit = limit,
                    other = other,
                    follows = follows
                )
            }
        }
    }
}
