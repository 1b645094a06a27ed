//! C209 sector-discontinuity: a programme with edges whose routes reach no
//! offer in the sector of its practical component (or, lacking one, in any
//! sector of its profile), sectors matched through `includes`.

use super::{Breaks, Code, Context};
use crate::collections::HashMap;
use crate::diagnostics::{Arg, Diagnostic, Message};
use crate::graph::SectorBits;
use crate::i18n::{Join, LISTED};
use crate::model::{Model, Node, ProfileId, ProgId, SectorId};
use crate::msg;

/// A profile's sectors, the first [`LISTED`] of them named.
fn few_quoted(names: &[String]) -> Arg {
    Arg::few(
        Join::Or,
        names.iter().map(|s| Arg::Quoted(s.as_str().into())),
    )
}

/// Its findings are about no single edge.
pub const BREAKS: Breaks = Breaks::Nothing;

/// It reads the model and the graph only, not the files' text.
pub const READS_TEXT: bool = false;

/// What a programme wants: its practical component's sector, else its
/// profile's sectors.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Want {
    Practical(SectorId),
    Profile(ProfileId),
}

/// A programme C209 asks about, and what the routes from it reach. Kept
/// small, one per programme with a sector to reach: what it wants is read
/// from the programme again for the few findings (a record holding its
/// sectors and profile name took 900 KiB of a national check's peak).
struct Asked {
    id: ProgId,
    /// Its node index in the graph.
    at: u32,
    /// Its row of the wanted bits ([`SectorBits`]) table: the wanted
    /// sectors and every sector they include, ascending; `next` is the
    /// first not yet passed.
    want: u32,
    next: u32,
    /// The sectors its routes reach: how many, and the first few in
    /// sector order (the message names [`LISTED`]).
    reached: u32,
    hit: bool,
    first: Vec<SectorId>,
}

/// What a programme wants, when anything: its practical component's
/// sector, else its profile's sectors and the profile's name.
fn wanted(m: &Model, id: ProgId) -> Option<(Want, &[SectorId], Option<&str>)> {
    let p = m.programme(id);
    match (&p.practical, p.profile) {
        (Some(s), _) => Some((Want::Practical(*s), std::slice::from_ref(s), None)),
        (None, Some(pr)) => {
            let profile = m.profile(pr);
            Some((
                Want::Profile(pr),
                &profile.sectors,
                Some(profile.name.as_str()),
            ))
        }
        (None, None) => None,
    }
}

pub fn check(ctx: &Context, out: &mut Vec<Diagnostic>) {
    let (m, g) = (ctx.model, ctx.graph);
    let bits = SectorBits::of(m);
    // Programmes of one profile want the same sectors: their bits once.
    let mut wants: HashMap<Want, u32> = HashMap::default();
    let mut want_bits: Vec<Box<[u32]>> = Vec::new();
    let mut asked: Vec<Asked> = Vec::with_capacity(m.programmes.len());
    for i in 0..m.programmes.len() {
        let id = ProgId(i as u32);
        let node = Node::Programme(id);
        if ctx.unresolved_start(id) || !g.has_out_edges(node) {
            continue;
        }
        let Some((key, wanted, _)) = wanted(m, id).filter(|(_, w, _)| !w.is_empty()) else {
            continue;
        };
        let want = *wants.entry(key).or_insert_with(|| {
            let mut b: Vec<u32> = wanted
                .iter()
                .flat_map(|&w| m.sector_closure(w))
                .filter_map(|&s| bits.bit(s))
                .collect();
            b.sort_unstable();
            b.dedup();
            want_bits.push(b.into());
            (want_bits.len() - 1) as u32
        });
        asked.push(Asked {
            id,
            at: g.index(node).index() as u32,
            want,
            next: 0,
            hit: false,
            reached: 0,
            first: Vec::new(),
        });
    }
    if asked.is_empty() {
        return;
    }
    g.reach_sector_words(m, &bits, |w, rows| {
        let hi = 64 * (w as u32 + 1);
        for a in asked.iter_mut().filter(|a| !a.hit) {
            let row = rows[a.at as usize];
            while let Some(&b) = want_bits[a.want as usize]
                .get(a.next as usize)
                .filter(|&&b| b < hi)
            {
                a.hit |= row & (1 << (b % 64)) != 0;
                a.next += 1;
            }
            if a.hit {
                continue;
            }
            a.reached += row.count_ones();
            let mut rest = row;
            while rest != 0 && a.first.len() < LISTED {
                let b = rest.trailing_zeros();
                a.first.push(bits.sector(64 * w as u32 + b));
                rest &= rest - 1;
            }
        }
    });
    for a in asked.into_iter().filter(|a| !a.hit) {
        let name = |s: &SectorId| m.sector(*s).name.clone();
        // Every programme asked about wants something.
        let Some((_, wanted, profile)) = wanted(m, a.id) else {
            continue;
        };
        let wanted: Vec<String> = wanted.iter().map(name).collect();
        out.push(
            Diagnostic::new(
                Code::C209,
                m.programme(a.id).loc.name,
                Finding::SectorGap {
                    programme: m.programme_ref(a.id),
                    profile: profile.map(str::to_string),
                    wanted: wanted.clone(),
                    reached: a.first.iter().map(name).collect(),
                    more: a.reached as usize - a.first.len(),
                },
            )
            .help(Finding::HelpSectorGap { wanted })
            .key(m.programme_ref(a.id)),
        );
    }
}

/// C209's finding, as data; [`Message`] words it.
enum Finding {
    SectorGap {
        programme: String,
        /// The profile whose sectors are wanted; `None` when the practical
        /// component's sector is.
        profile: Option<String>,
        wanted: Vec<String>,
        /// The first [`LISTED`] sectors reached, and how many more.
        reached: Vec<String>,
        more: usize,
    },
    HelpSectorGap {
        wanted: Vec<String>,
    },
}

impl From<Finding> for Message {
    fn from(f: Finding) -> Message {
        match f {
            Finding::SectorGap {
                programme,
                profile,
                wanted,
                reached,
                more,
            } => {
                let reached: Arg = if reached.is_empty() {
                    msg!("c209-no-sector").into()
                } else {
                    let mut list: Vec<Arg> =
                        reached.iter().map(|s| Arg::Quoted(s.as_str().into())).collect();
                    if more > 0 {
                        list.push(Arg::Msg(Box::new(msg!("list-more", count = more))));
                    }
                    Arg::List(Join::And, list.into())
                };
                let m = msg!(
                    "c209-gap",
                    programme = programme,
                    wanted = few_quoted(&wanted),
                    reached = reached
                );
                match profile {
                    None => m.arg(&"kind", "component"),
                    Some(p) => m.arg(&"kind", "profile").arg(&"profile", p),
                }
            }
            Finding::HelpSectorGap { wanted } => {
                msg!("c209-help", wanted = few_quoted(&wanted))
            }
        }
    }
}
