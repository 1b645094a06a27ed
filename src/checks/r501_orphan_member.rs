//! R501 orphan-member: a school or institution in no region, when the
//! project declares regions.

use super::{Breaks, Code, Context};
use crate::diagnostics::{Diagnostic, Message};
use crate::msg;
use crate::model::{InstId, MemberRef, SchoolId};

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let m = ctx.model;
    if m.regions.iter().all(|r| r.implicit) {
        return;
    }
    let members: crate::collections::HashSet<MemberRef> = m
        .regions
        .iter()
        .flat_map(|r| r.members.iter().copied())
        .collect();
    let schools = m.schools.iter().enumerate().map(|(i, s)| {
        (
            MemberRef::School(SchoolId(i as u32)),
            "school",
            &s.name,
            s.loc.name,
        )
    });
    let insts = m.institutions.iter().enumerate().map(|(i, s)| {
        (
            MemberRef::Institution(InstId(i as u32)),
            "institution",
            &s.name,
            s.loc.name,
        )
    });
    for (member, kind, name, span) in schools.chain(insts) {
        if members.contains(&member) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::R501,
                span,
                Finding::Orphan {
                    kind,
                    name: name.clone(),
                },
            )
            .help(Finding::HelpOrphan)
            .key(name.clone()),
        );
    }
}

/// R501's finding, as data; [`Message`] words it.
enum Finding {
    Orphan { kind: &'static str, name: String },
    HelpOrphan,
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::Orphan { kind, name } => {
                let kind = if kind == "school" {
                    "school"
                } else {
                    "institution"
                };
                msg!("r501-orphan", kind = kind, name = name)
            }
            Finding::HelpOrphan => msg!("r501-help"),
        }
    }
}
