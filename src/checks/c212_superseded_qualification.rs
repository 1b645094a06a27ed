//! C212 superseded-qualification: an offer of a qualification that names a
//! `successor`, in a plan year in which the successor runs. New students
//! enrol in the current code; an offer of the old one plans a course that is
//! no longer started.
//!
//! The fix replaces the old crebo by the successor's in the `offer` item
//! (the primary location) and in every pathway reference that names the
//! offer by its crebo (a label on each), in whichever files they are: one
//! fix, applied whole or not at all. References by an `as` name need no
//! edit. When it is certain: docs/decisions.md, "C212's fix".

use super::{Breaks, Code, Context, steps_within};
use crate::diagnostics::{Applicability, Arg, Diagnostic, Edit, Fix, FixText, Message};
use crate::msg;
use crate::model::{Node, OfferId, QualId};
use crate::source::Span;

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// A reference by crebo ends in its five digits: the fix's edits are
/// known from the spans, without the text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    let steps = &ctx.graph.steps;
    // The offers to report, each with its successor and first shared step.
    let mut found: Vec<(OfferId, QualId, usize)> = Vec::new();
    for (i, offer) in m.offers.iter().enumerate() {
        let id = OfferId(i as u32);
        let Some(q) = offer.qualification else {
            continue;
        };
        // A qualification named as its own successor replaces nothing.
        let Some(s) = m.qual(q).successor.filter(|&s| s != q) else {
            continue;
        };
        // The first plan year in which the offer and the successor both run.
        let running = ctx.running_steps(id);
        let succ_steps = steps_within(steps, m.qual(s).years);
        let first = running.start.max(succ_steps.start);
        if first >= running.end.min(succ_steps.end) {
            continue;
        }
        found.push((id, s, first));
    }
    if found.is_empty() {
        return;
    }
    // Per reported offer: the spans of the pathway references that name it
    // by crebo, gathered in one pass over the pathways. An offer with an
    // `as` name is named by its crebo too where it is its crebo's first
    // offer at the institution; a reference by the `as` name needs no
    // change.
    let mut slot = vec![u32::MAX; m.offers.len()];
    for (k, &(id, _, _)) in found.iter().enumerate() {
        slot[id.idx()] = k as u32;
    }
    let mut refs: Vec<(u32, Span)> = Vec::new();
    // Offers referred to after a pathway's unresolved node: those
    // references keep no span, so the fix cannot be known to be whole.
    let mut unseen = vec![false; found.len()];
    for p in &m.pathways {
        for n in p.after_break() {
            if let Node::Offer(o) = *n
                && slot[o.idx()] != u32::MAX
            {
                unseen[slot[o.idx()] as usize] = true;
            }
        }
        for (&n, span) in p.nodes().iter().zip(p.node_spans()) {
            if let Node::Offer(o) = n
                && slot[o.idx()] != u32::MAX
                && (m.offer(o).alias().is_none() || m.by_alias.binary_search(&span).is_err())
            {
                refs.push((slot[o.idx()], span));
            }
        }
    }
    refs.sort_by_key(|&(k, sp)| (k, ctx.order(sp)));
    for (k, &(id, s, first)) in found.iter().enumerate() {
        let offer = m.offer(id);
        let succ = m.qual(s);
        let successor = match &succ.title {
            Some(t) => format!("{:05} {t}", succ.crebo),
            None => format!("{:05}", succ.crebo),
        };
        let lo = refs.partition_point(|r| r.0 < k as u32);
        let hi = refs.partition_point(|r| r.0 <= k as u32);
        let spans: Vec<Span> = refs[lo..hi].iter().map(|r| r.1).collect();
        // How those references are written: `inst.CREBO`, also for an
        // offer that has an `as` name.
        let references = if spans.is_empty() {
            Vec::new()
        } else {
            let inst = &m.institution(offer.institution).name;
            vec![format!("{inst}.{:05}", offer.crebo)]
        };
        let mut d = Diagnostic::new(
            Code::C212,
            offer.crebo_span(),
            Finding::Superseded {
                offer: m.offer_ref(id),
                qual: ctx.qual_text(id),
                successor,
                year: steps[first],
            },
        )
        .help(Finding::HelpSuperseded {
            old: offer.crebo,
            new: succ.crebo,
            references,
        })
        .key(m.offer_ref(id))
        .key(format!("{:05}", succ.crebo));
        if let Some(fix) = fix(ctx, id, s, &spans, unseen[k]) {
            d = d.fix(fix);
        }
        for sp in spans {
            d = d.with_label(
                sp,
                Finding::ReplaceHere {
                    old: offer.crebo,
                    new: succ.crebo,
                },
            );
        }
        out.push(d);
    }
}

/// The fix of offer `id` to successor `s`, with the spans of its references
/// by crebo; `unseen` when a reference after an unresolved node has none.
/// None when the institution offers the successor already: the crebo
/// replaced would be a second offer of it (E102 or D301), and which of the
/// two the references mean only a person can say.
fn fix(ctx: &Context, id: OfferId, s: QualId, refs: &[Span], unseen: bool) -> Option<Fix> {
    let m = ctx.model;
    let offer = m.offer(id);
    let new = m.qual(s).crebo;
    let inst = m.institution(offer.institution);
    if inst.offers.iter().any(|&o| m.offer(o).crebo == new) {
        return None;
    }
    let new_text = crebo(new);
    let mut edits = vec![Edit {
        span: offer.crebo_span(),
        replacement: new_text.clone(),
    }];
    for &sp in refs {
        edits.push(Edit {
            span: member_span(sp),
            replacement: new_text.clone(),
        });
    }
    // Certain only when the successor runs in every plan year the offer
    // does: in an earlier year the old code may be meant (an offer split
    // with `until` and `from`), and the new one would not run (C204).
    let running = ctx.running_steps(id);
    let succ = steps_within(&ctx.graph.steps, m.qual(s).years);
    let covered = succ.start <= running.start && running.end <= succ.end;
    let applicability = if covered && !unseen {
        Applicability::MachineApplicable
    } else {
        Applicability::MaybeIncorrect
    };
    Some(Fix {
        applicability,
        description: FixText::ReplaceCrebo {
            old: crebo(offer.crebo),
            new: new_text,
            references: refs.len(),
        },
        edits,
    })
}

/// The crebo after the dot of a reference `inst.CREBO`: its last five
/// bytes (a reference ends with its member, and a crebo that resolved is
/// written as the offer writes it, five digits).
fn member_span(span: Span) -> Span {
    Span::new(span.file, span.end.saturating_sub(5) as usize, span.end as usize)
}

/// C212's finding, as data; [`Message`] words it.
enum Finding {
    Superseded {
        offer: String,
        qual: String,
        successor: String,
        /// The first plan year in which the successor runs; `None` in a
        /// timeless plan.
        year: Option<u32>,
    },
    /// A label on a reference the fix rewrites too.
    ReplaceHere { old: u32, new: u32 },
    HelpSuperseded {
        old: u32,
        new: u32,
        /// The references to the offer that the fix rewrites too.
        references: Vec<String>,
    },
}

/// A crebo code as DUO writes it, with leading zeros.
fn crebo(c: u32) -> String {
    format!("{c:05}")
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::Superseded {
                offer,
                qual,
                successor,
                year,
            } => {
                let m = msg!(
                    "law-superseded",
                    offer = offer,
                    qual = qual,
                    successor = successor
                );
                match year {
                    Some(y) => m.arg(&"year", y).arg(&"next", y + 1),
                    None => m.arg(&"year", "none").arg(&"next", "none"),
                }
            }
            Finding::ReplaceHere { old, new } => {
                msg!("law-replace-here", old = crebo(old), new = crebo(new))
            }
            Finding::HelpSuperseded {
                old,
                new,
                references,
            } => msg!(
                "law-help-superseded",
                count = references.len(),
                old = crebo(old),
                new = crebo(new),
                references = Arg::and_quoted(&references)
            ),
        }
    }
}
