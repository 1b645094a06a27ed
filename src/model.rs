//! The semantic model: the plan with every name resolved to an index.
//!
//! Items that failed to resolve keep what did resolve (`None` or an empty
//! list elsewhere), so later stages still see the rest. Items defined twice
//! are absent: the later definition takes no further part.

use crate::source::Span;

/// How many nodes a pathway keeps in itself: almost every pathway has
/// two; the nodes and spans of a longer one are in its rare box (room for
/// a third cost every pathway 16 bytes to save one in ten a box).
const INLINE: usize = 2;
/// A count of [`Pathway`] whose list is in the rare box.
const SPILLED: u8 = u8::MAX;

macro_rules! ids {
    ($($name:ident),*) => {$(
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn idx(self) -> usize { self.0 as usize }
        }
    )*};
}

ids!(
    TrackId, SectorId, SubjectId, ProfileId, DossierId, QualId, PrereqId, SchoolId, ProgId, InstId,
    OfferId, PathwayId, RegionId
);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Route {
    Bol,
    Bbl,
}

impl Route {
    pub fn as_str(self) -> &'static str {
        match self {
            Route::Bol => "bol",
            Route::Bbl => "bbl",
        }
    }
}

/// A set of routes, read as the slice of them in route order: one byte
/// where a boxed slice took 16 and an allocation (every offer and every
/// qualification has one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Routes(u8);

impl Routes {
    /// Both routes, the default.
    pub const BOTH: Routes = Routes(0b11);

    fn bit(r: Route) -> u8 {
        match r {
            Route::Bol => 0b01,
            Route::Bbl => 0b10,
        }
    }
}

impl std::ops::Deref for Routes {
    type Target = [Route];
    fn deref(&self) -> &[Route] {
        match self.0 {
            0b00 => &[],
            0b01 => &[Route::Bol],
            0b10 => &[Route::Bbl],
            _ => &[Route::Bol, Route::Bbl],
        }
    }
}

impl FromIterator<Route> for Routes {
    fn from_iter<I: IntoIterator<Item = Route>>(routes: I) -> Routes {
        Routes(routes.into_iter().fold(0, |set, r| set | Routes::bit(r)))
    }
}

impl From<Vec<Route>> for Routes {
    fn from(routes: Vec<Route>) -> Routes {
        routes.into_iter().collect()
    }
}

/// A COUNT (`pupils`, `capacity`): one number for every year, or numbers
/// from listed years on (language.md, "Numbers over the years").
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Count {
    Fixed(u32),
    /// `(year, value)` pairs, years strictly ascending, at least one.
    /// Boxed twice: a count is 16 bytes, not 24, in each offer and
    /// programme, most of which write one number.
    ByYear(Box<Box<[YearValue]>>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct YearValue {
    pub year: u32,
    pub value: u32,
}

impl Count {
    /// The value in a plan step: the latest listed year at or before it,
    /// else the first. A timeless step takes the first value.
    pub fn at(&self, step: Option<u32>) -> u32 {
        match self {
            Count::Fixed(n) => *n,
            Count::ByYear(v) => {
                let first = v.first().map_or(0, |p| p.value);
                let Some(y) = step else { return first };
                let i = v.partition_point(|p| p.year <= y);
                if i == 0 { first } else { v[i - 1].value }
            }
        }
    }

    /// The largest value in any year.
    pub fn max(&self) -> u32 {
        match self {
            Count::Fixed(n) => *n,
            Count::ByYear(v) => v.iter().map(|p| p.value).max().unwrap_or(0),
        }
    }

    /// The smallest value in any year.
    pub fn min(&self) -> u32 {
        match self {
            Count::Fixed(n) => *n,
            Count::ByYear(v) => v.iter().map(|p| p.value).min().unwrap_or(0),
        }
    }
}

/// As the language writes it: `24` or `[2025: 24, 2027: 20]`.
impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Count::Fixed(n) => write!(f, "{n}"),
            Count::ByYear(v) => {
                f.write_str("[")?;
                for (i, p) in v.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}: {}", p.year, p.value)?;
                }
                f.write_str("]")
            }
        }
    }
}

/// An inclusive range of school-year start years; a missing bound is none.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Years {
    pub from: Option<u32>,
    pub until: Option<u32>,
}

impl Years {
    pub fn contains(self, year: u32) -> bool {
        self.from.is_none_or(|f| f <= year) && self.until.is_none_or(|u| year <= u)
    }

    pub fn intersect(self, other: Years) -> Years {
        let from = match (self.from, other.from) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let until = match (self.until, other.until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Years { from, until }
    }
}

/// Where an item is: the span diagnostics name it by, and the whole item
/// (for suppressions), and whether it comes from the prelude.
#[derive(Clone, Copy, Debug)]
pub struct Loc {
    pub name: Span,
    pub item: Span,
}

#[derive(Debug)]
pub struct Track {
    pub name: String,
    pub title: Option<String>,
    pub admits: Vec<u8>,
    pub loc: Loc,
}

#[derive(Debug)]
pub struct Sector {
    pub name: String,
    pub title: Option<String>,
    pub includes: Vec<SectorId>,
    pub loc: Loc,
}

/// The closures of `includes`, worked out per strongly connected set of
/// sectors when a check first asks for one of its members, and shared by
/// them. Worked out for every sector up front they took time and memory
/// quadratic in a chain of sectors each including the next (20,000: 3 s
/// and 800 MB); a check asks about the few sectors programmes and regions
/// name.
#[derive(Debug, Default)]
pub struct SectorClosures {
    /// Per sector, the index of its set.
    set_of: Vec<u32>,
    /// The members of set `i` are `members[start[i]..start[i + 1]]`.
    start: Vec<u32>,
    members: Vec<SectorId>,
    closures: Vec<std::sync::OnceLock<Box<[SectorId]>>>,
}

impl SectorClosures {
    /// From the strongly connected sets of `includes`, in any order.
    pub fn new(sectors: usize, sets: &[Vec<usize>]) -> SectorClosures {
        let mut set_of = vec![0u32; sectors];
        let mut start = Vec::with_capacity(sets.len() + 1);
        let mut members = Vec::with_capacity(sectors);
        for (i, set) in sets.iter().enumerate() {
            start.push(members.len() as u32);
            for &m in set {
                set_of[m] = i as u32;
                members.push(SectorId(m as u32));
            }
        }
        start.push(members.len() as u32);
        SectorClosures {
            set_of,
            start,
            members,
            closures: (0..sets.len()).map(|_| Default::default()).collect(),
        }
    }

    /// The strongly connected set `sector` is in, by its index.
    pub fn set_of(&self, sector: usize) -> usize {
        self.set_of[sector] as usize
    }

    fn members(&self, set: usize) -> &[SectorId] {
        &self.members[self.start[set] as usize..self.start[set + 1] as usize]
    }

    /// The closure of `sector`'s set: a walk over the sets it reaches,
    /// each visited once (no recursion: a chain may be long).
    fn get(&self, sectors: &[Sector], sector: SectorId) -> &[SectorId] {
        let set = self.set_of[sector.idx()] as usize;
        self.closures[set].get_or_init(|| {
            let mut seen: crate::collections::HashSet<u32> = Default::default();
            let mut stack = vec![set as u32];
            seen.insert(set as u32);
            let mut out = Vec::new();
            while let Some(at) = stack.pop() {
                for &m in self.members(at as usize) {
                    out.push(m);
                    for inc in &sectors[m.idx()].includes {
                        let next = self.set_of[inc.idx()];
                        if seen.insert(next) {
                            stack.push(next);
                        }
                    }
                }
            }
            out.sort_unstable();
            out.into_boxed_slice()
        })
    }
}

#[derive(Debug)]
pub struct Subject {
    pub name: String,
    pub title: Option<String>,
    pub loc: Loc,
}

#[derive(Debug)]
pub struct Profile {
    pub name: String,
    pub title: Option<String>,
    pub sectors: Vec<SectorId>,
    /// The tracks it belongs to; empty: every track.
    pub tracks: Vec<TrackId>,
    pub loc: Loc,
}

#[derive(Debug)]
pub struct Dossier {
    pub crebo: u32,
    pub title: Option<String>,
    pub sector: Option<SectorId>,
    pub qualifications: Vec<QualId>,
    pub loc: Loc,
}

#[derive(Debug)]
pub struct Qualification {
    pub crebo: u32,
    pub title: Option<String>,
    pub level: Option<u8>,
    pub dossier: Option<DossierId>,
    /// Its own sector, else its dossier's.
    pub sector: Option<SectorId>,
    pub requires: Vec<SubjectId>,
    /// The routes the law allows (default both).
    pub routes: Routes,
    /// `type = specialist`: a specialistenopleiding (WEB art. 8.2.1 lid 2).
    pub specialist: bool,
    /// The qualification that replaces it.
    pub successor: Option<QualId>,
    pub years: Years,
    pub loc: Loc,
}

#[derive(Debug)]
pub struct Prerequisite {
    pub name: String,
    pub title: Option<String>,
    /// The sectors `into` names (matched through `includes`).
    pub into: Vec<SectorId>,
    /// The qualifications `into` names by crebo.
    pub into_quals: Vec<QualId>,
    pub profiles: Vec<ProfileId>,
    /// Empty: every track.
    pub tracks: Vec<TrackId>,
    /// Empty: every level.
    pub levels: Vec<u8>,
    pub one_of: Vec<SubjectId>,
    pub except: Vec<QualId>,
    pub years: Years,
    /// Declared in the prelude: in a timeless plan it is taken as it stands
    /// in the prelude's latest year.
    pub std: bool,
    pub loc: Loc,
}

#[derive(Debug)]
pub struct School {
    pub name: String,
    pub title: Option<String>,
    pub brin: Option<String>,
    pub municipality: Option<String>,
    pub programmes: Vec<ProgId>,
    pub loc: Loc,
}

#[derive(Debug)]
pub struct Programme {
    pub school: SchoolId,
    pub name: String,
    pub title: Option<String>,
    pub track: Option<TrackId>,
    pub profile: Option<ProfileId>,
    pub practical: Option<SectorId>,
    /// `None` when the field is absent: C202 then does not apply.
    pub subjects: Option<Vec<SubjectId>>,
    pub pupils: Option<Count>,
    pub years: Years,
    pub loc: Loc,
}

#[derive(Debug)]
pub struct Institution {
    pub name: String,
    pub title: Option<String>,
    pub brin: Option<String>,
    pub municipality: Option<String>,
    pub offers: Vec<OfferId>,
    pub loc: Loc,
}

#[derive(Debug)]
pub struct Offer {
    pub institution: InstId,
    pub crebo: u32,
    /// The `as` name and where the crebo is written, for the few offers
    /// with one: see [`Offer::alias`] and [`Offer::crebo_span`].
    pub named: Option<Box<Alias>>,
    pub qualification: Option<QualId>,
    /// Shared by the offers that write the same one in a row (an
    /// institution's offers at one place): one allocation, not one each.
    pub location: Option<std::sync::Arc<str>>,
    pub routes: Routes,
    pub capacity: Option<Count>,
    pub years: Years,
    /// Its crebo, or its `as` ID when it has one.
    pub loc: Loc,
}

/// An offer's `as` name (D301: a second offer of a crebo at one
/// institution needs one).
#[derive(Debug)]
pub struct Alias {
    pub name: Box<str>,
    /// Where the crebo is written: the offer's `loc.name` is the alias.
    pub crebo_span: Span,
}

impl Offer {
    /// The `as` name, if any.
    pub fn alias(&self) -> Option<&str> {
        self.named.as_ref().map(|a| &*a.name)
    }

    /// Where its crebo is written (its name, unless it has an `as` name).
    pub fn crebo_span(&self) -> Span {
        self.named.as_ref().map_or(self.loc.name, |a| a.crebo_span)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Node {
    Programme(ProgId),
    Offer(OfferId),
}

#[derive(Debug)]
pub struct Pathway {
    /// The nodes that resolved, up to the first one that did not (a
    /// pathway with an unresolved step keeps the steps before it): see
    /// [`Pathway::nodes`]. The first `resolved`, unless spilled; packed,
    /// 8 bytes of half a million pathways.
    inline_nodes: [PackedNode; INLINE],
    /// Where each node's reference starts, from the item's start, and its
    /// length: see [`Pathway::node_span`]. The first `written`, unless
    /// spilled (more nodes, or a reference beyond 255 bytes of the
    /// keyword: a node is a dozen bytes, so one byte each keeps a pathway
    /// at 32 bytes, not 40).
    inline_at: [(u8, u8); INLINE],
    resolved: u8,
    written: u8,
    /// A node did not resolve (E101/E103 reported): what only this pathway
    /// would have reached is not reported again (C207–C209, C211, S402).
    pub broken: bool,
    /// Every node is written `base.member` or `base`, with nothing around
    /// the dot: read back from the text by its dot alone
    /// (`syntax::reference_at` reads the others as the lexer does).
    pub plain: bool,
    /// Where the item is (see [`Pathway::item`]): its file and the start
    /// of its keyword. It ends where its last node does, unless the rare
    /// box says otherwise (a block of fields, a node missing).
    file: crate::source::FileId,
    start: u32,
    /// What few pathways have (a national plan has half a million
    /// pathways, one in twenty with a field): boxed, so that the others
    /// pay 8 bytes for it.
    pub rare: Option<Box<PathwayRare>>,
}

/// The parts of a [`Pathway`] few pathways have.
#[derive(Debug, Default)]
pub struct PathwayRare {
    /// The resolved nodes of a pathway with more than two.
    pub nodes: Box<[Node]>,
    /// Where the references of a pathway with more than two nodes start and
    /// end (or of one that is too long for its pathway's offsets).
    pub node_at: Box<[(u32, u32)]>,
    /// Nodes after the unresolved one that did resolve, and the nodes an
    /// unresolved later one surely meant: not in the graph.
    pub after_break: Box<[Node]>,
    /// The programme an unresolved first node surely meant (the one of
    /// that name, at another school): see [`Pathway::first`].
    pub meant_first: Option<Node>,
    pub note: Option<Box<str>>,
    /// The `route` and where its value is in the pathway's file (see
    /// [`Pathway::route`]).
    pub route: Option<(Route, (u32, u32))>,
    pub years: Years,
    /// Where the item ends, when not where its last node does.
    pub end: Option<u32>,
}

/// A [`Node`] in 32 bits: the top one set for an offer. Neither kind of ID
/// comes near 2³¹ (each entry of the model takes dozens of bytes). What a
/// national plan keeps half a million or more of (pathways' nodes, the
/// graph's edges) keeps nodes so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PackedNode(u32);

impl PackedNode {
    const OFFER: u32 = 1 << 31;

    pub fn new(node: Node) -> PackedNode {
        let packed = match node {
            Node::Programme(p) => p.0,
            Node::Offer(o) => o.0 | Self::OFFER,
        };
        debug_assert!(match node {
            Node::Programme(p) => p.0 < Self::OFFER,
            Node::Offer(o) => o.0 < Self::OFFER,
        });
        PackedNode(packed)
    }

    pub fn node(self) -> Node {
        if self.0 & Self::OFFER == 0 {
            Node::Programme(ProgId(self.0))
        } else {
            Node::Offer(OfferId(self.0 & !Self::OFFER))
        }
    }
}

/// A pathway's resolved nodes ([`Pathway::nodes`]), read as a slice: the
/// two a pathway keeps packed, unpacked, or the longer list it keeps
/// apart.
pub struct Nodes<'p>(NodesRepr<'p>);

enum NodesRepr<'p> {
    Inline([Node; INLINE], u8),
    Spilled(&'p [Node]),
}

impl std::ops::Deref for Nodes<'_> {
    type Target = [Node];
    fn deref(&self) -> &[Node] {
        match &self.0 {
            NodesRepr::Inline(nodes, n) => &nodes[..usize::from(*n)],
            NodesRepr::Spilled(nodes) => nodes,
        }
    }
}

impl std::fmt::Debug for Nodes<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl Pathway {
    /// A pathway of `item` whose nodes' references are at `spans` (offsets
    /// in its file), none resolved yet.
    pub fn new(item: Span, plain: bool, spans: &[(u32, u32)]) -> Pathway {
        let mut p = Pathway {
            inline_nodes: [PackedNode(0); INLINE],
            inline_at: [(0, 0); INLINE],
            resolved: 0,
            written: 0,
            broken: false,
            plain,
            file: item.file,
            start: item.start,
            rare: None,
        };
        let relative = |&(start, end): &(u32, u32)| {
            Some((
                u8::try_from(start.checked_sub(item.start)?).ok()?,
                u8::try_from(end.checked_sub(start)?).ok()?,
            ))
        };
        let fits = spans.len() <= INLINE
            && spans
                .iter()
                .enumerate()
                .all(|(i, span)| relative(span).map(|at| p.inline_at[i] = at).is_some());
        if fits {
            p.written = spans.len() as u8;
        } else {
            p.written = SPILLED;
            p.rare.get_or_insert_with(Default::default).node_at = spans.into();
        }
        if spans.last().map(|&(_, end)| end) != Some(item.end) {
            p.rare.get_or_insert_with(Default::default).end = Some(item.end);
        }
        p
    }

    /// The file the pathway is in.
    pub fn file(&self) -> crate::source::FileId {
        self.file
    }

    /// The item, from its keyword to its end.
    pub fn item(&self) -> Span {
        let end = match self.rare.as_ref().and_then(|r| r.end) {
            Some(end) => end,
            // Without a recorded end, it has a node (`new`).
            None => self.node_at(self.written() - 1).1,
        };
        Span {
            file: self.file,
            start: self.start,
            end,
        }
    }

    /// The nodes that resolved, up to the first one that did not.
    pub fn nodes(&self) -> Nodes<'_> {
        match (self.resolved, &self.rare) {
            (SPILLED, Some(rare)) => Nodes(NodesRepr::Spilled(&rare.nodes)),
            (n, _) => Nodes(NodesRepr::Inline(
                self.inline_nodes.map(PackedNode::node),
                n.min(INLINE as u8),
            )),
        }
    }

    /// Sets the nodes that resolved (the resolver's second pass).
    pub fn set_nodes(&mut self, nodes: &[Node]) {
        if nodes.len() <= INLINE {
            for (slot, &node) in self.inline_nodes.iter_mut().zip(nodes) {
                *slot = PackedNode::new(node);
            }
            self.resolved = nodes.len() as u8;
        } else {
            self.rare.get_or_insert_with(Default::default).nodes = nodes.into();
            self.resolved = SPILLED;
        }
    }

    /// How many nodes the pathway writes, resolved or not.
    pub fn written(&self) -> usize {
        match (self.written, &self.rare) {
            (SPILLED, Some(rare)) => rare.node_at.len(),
            (n, _) => usize::from(n).min(INLINE),
        }
    }

    /// Where node `i`'s reference starts and ends in the pathway's file.
    pub fn node_at(&self, i: usize) -> (u32, u32) {
        match (self.written, &self.rare) {
            (SPILLED, Some(rare)) => rare.node_at[i],
            (n, _) => {
                assert!(i < usize::from(n), "node {i} of {n}");
                let (start, len) = self.inline_at[i];
                let start = self.start + u32::from(start);
                (start, start + u32::from(len))
            }
        }
    }

    /// Where the pathway is, as every item has it: a pathway is named by
    /// its keyword, so only where the item is is kept.
    pub fn loc(&self) -> Loc {
        let item = self.item();
        Loc {
            name: Span {
                end: (item.start + "pathway".len() as u32).min(item.end),
                ..item
            },
            item,
        }
    }

    /// The first node when it resolved, even if a later one did not: such
    /// a programme is not reported by C207–C209. When the first node did
    /// not resolve but surely meant one programme (the one of that name,
    /// at another school), that programme.
    pub fn first(&self) -> Option<Node> {
        self.nodes()
            .first()
            .copied()
            .or_else(|| self.rare.as_ref().and_then(|r| r.meant_first))
    }

    /// The years written on the pathway (`from`, `until`).
    pub fn years(&self) -> Years {
        self.rare.as_ref().map_or(Years::default(), |r| r.years)
    }

    /// The pathway's `route`, if it has one.
    pub fn route_value(&self) -> Option<Route> {
        self.rare.as_ref().and_then(|r| r.route).map(|(r, _)| r)
    }

    /// The pathway's `route`, and the span of its value.
    pub fn route(&self) -> Option<(Route, Span)> {
        let (route, (start, end)) = self.rare.as_ref()?.route?;
        let span = Span {
            file: self.file,
            start,
            end,
        };
        Some((route, span))
    }

    /// See [`PathwayRare::after_break`].
    pub fn after_break(&self) -> &[Node] {
        self.rare.as_ref().map_or(&[], |r| &r.after_break)
    }

    pub fn note(&self) -> Option<&str> {
        self.rare.as_ref().and_then(|r| r.note.as_deref())
    }

    /// The span of node `i`'s reference.
    pub fn node_span(&self, i: usize) -> Span {
        let (start, end) = self.node_at(i);
        Span {
            file: self.file,
            start,
            end,
        }
    }

    /// The span of each node's reference, in order.
    pub fn node_spans(&self) -> impl Iterator<Item = Span> + '_ {
        (0..self.written()).map(|i| self.node_span(i))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MemberRef {
    School(SchoolId),
    Institution(InstId),
}

#[derive(Debug)]
pub struct Region {
    pub name: String,
    pub title: Option<String>,
    pub members: Vec<MemberRef>,
    pub demand: Vec<(SectorId, Span)>,
    pub target_level: u8,
    /// The span of each of `members` in the `members` list.
    pub member_spans: Vec<Span>,
    /// The arbeidsmarktregio it covers (`labour-market`), by its name in
    /// the built-in table.
    pub labour_market: Option<&'static str>,
    /// The one region of a project that declares none: every school and
    /// institution, no demand, target level 4.
    pub implicit: bool,
    pub loc: Loc,
}

/// An unnamed repeat of a crebo at the same location in one institution
/// (D301): found while naming offers, reported by its check.
#[derive(Debug)]
pub struct DuplicateOffer {
    pub institution: InstId,
    pub crebo: u32,
    pub later: Span,
    pub first: Span,
    /// Shared by the offers that write the same one in a row (an
    /// institution's offers at one place): one allocation, not one each.
    pub location: Option<std::sync::Arc<str>>,
}

#[derive(Debug, Default)]
pub struct Model {
    pub tracks: Vec<Track>,
    pub sectors: Vec<Sector>,
    pub subjects: Vec<Subject>,
    pub profiles: Vec<Profile>,
    pub dossiers: Vec<Dossier>,
    pub qualifications: Vec<Qualification>,
    pub prerequisites: Vec<Prerequisite>,
    pub schools: Vec<School>,
    pub programmes: Vec<Programme>,
    pub institutions: Vec<Institution>,
    pub offers: Vec<Offer>,
    pub pathways: Vec<Pathway>,
    pub regions: Vec<Region>,
    pub duplicate_offers: Vec<DuplicateOffer>,
    /// The pathway references that name an offer by its `as` name, by
    /// their spans, sorted: the others name it by crebo (C212 rewrites
    /// those, and knows them without reading the text again).
    pub by_alias: Vec<Span>,
    /// Per sector: itself and every sector it includes, transitively
    /// ([`Model::sector_closure`]).
    pub sector_closures: SectorClosures,
    /// Every year written in a `from`/`until`, or as the `YEAR:` of a COUNT
    /// list, in the project's own files.
    pub written_years: Option<(u32, u32)>,
    /// The largest year any prelude file writes: a timeless plan is judged
    /// by the prelude's rules as they stand in that year.
    pub prelude_year: Option<u32>,
}

impl Model {
    pub fn track(&self, id: TrackId) -> &Track {
        &self.tracks[id.idx()]
    }
    pub fn sector(&self, id: SectorId) -> &Sector {
        &self.sectors[id.idx()]
    }
    pub fn subject(&self, id: SubjectId) -> &Subject {
        &self.subjects[id.idx()]
    }
    pub fn profile(&self, id: ProfileId) -> &Profile {
        &self.profiles[id.idx()]
    }
    pub fn dossier(&self, id: DossierId) -> &Dossier {
        &self.dossiers[id.idx()]
    }
    pub fn qual(&self, id: QualId) -> &Qualification {
        &self.qualifications[id.idx()]
    }
    pub fn school(&self, id: SchoolId) -> &School {
        &self.schools[id.idx()]
    }
    pub fn programme(&self, id: ProgId) -> &Programme {
        &self.programmes[id.idx()]
    }
    pub fn institution(&self, id: InstId) -> &Institution {
        &self.institutions[id.idx()]
    }
    pub fn offer(&self, id: OfferId) -> &Offer {
        &self.offers[id.idx()]
    }

    /// `node` is an offer that does not run `route` (C205: a pathway's
    /// `route` breaks its edges into such offers).
    pub fn lacks_route(&self, node: Node, route: Route) -> bool {
        matches!(node, Node::Offer(o) if !self.offer(o).routes.contains(&route))
    }

    /// `inst.crebo` or `inst.alias`, as the plan writes it.
    pub fn offer_ref(&self, id: OfferId) -> String {
        let mut out = String::new();
        self.write_offer_ref(id, &mut out);
        out
    }

    /// [`Model::offer_ref`], appended to `out` (without `format!`: checks
    /// name thousands of offers).
    pub fn write_offer_ref(&self, id: OfferId, out: &mut String) {
        let o = self.offer(id);
        let inst = &self.institution(o.institution).name;
        match o.alias() {
            Some(a) => {
                out.reserve(inst.len() + 1 + a.len());
                out.push_str(inst);
                out.push('.');
                out.push_str(a);
            }
            None => {
                out.reserve(inst.len() + 6);
                out.push_str(inst);
                out.push('.');
                push_number(out, o.crebo, 5);
            }
        }
    }

    pub fn programme_ref(&self, id: ProgId) -> String {
        let mut out = String::new();
        self.write_programme_ref(id, &mut out);
        out
    }

    /// [`Model::programme_ref`], appended to `out`.
    pub fn write_programme_ref(&self, id: ProgId, out: &mut String) {
        let p = self.programme(id);
        let school = &self.school(p.school).name;
        out.reserve(school.len() + 1 + p.name.len());
        out.push_str(school);
        out.push('.');
        out.push_str(&p.name);
    }

    pub fn node_ref(&self, node: Node) -> String {
        let mut out = String::new();
        self.write_node_ref(node, &mut out);
        out
    }

    /// [`Model::node_ref`], appended to `out`.
    pub fn write_node_ref(&self, node: Node, out: &mut String) {
        match node {
            Node::Programme(p) => self.write_programme_ref(p, out),
            Node::Offer(o) => self.write_offer_ref(o, out),
        }
    }

    /// The level of an offer's qualification.
    pub fn offer_level(&self, id: OfferId) -> Option<u8> {
        self.offer(id)
            .qualification
            .and_then(|q| self.qual(q).level)
    }

    pub fn offer_sector(&self, id: OfferId) -> Option<SectorId> {
        self.offer(id)
            .qualification
            .and_then(|q| self.qual(q).sector)
    }

    /// The years an offer runs: its own, within its qualification's.
    pub fn offer_years(&self, id: OfferId) -> Years {
        let o = self.offer(id);
        match o.qualification {
            Some(q) => o.years.intersect(self.qual(q).years),
            None => o.years,
        }
    }

    pub fn node_years(&self, node: Node) -> Years {
        match node {
            Node::Programme(p) => self.programme(p).years,
            Node::Offer(o) => self.offer_years(o),
        }
    }

    /// `sector` and every sector it includes, transitively, sorted.
    pub fn sector_closure(&self, sector: SectorId) -> &[SectorId] {
        self.sector_closures.get(&self.sectors, sector)
    }

    /// True when `sector` is `wanted` or included by it, transitively.
    pub fn sector_matches(&self, wanted: SectorId, sector: SectorId) -> bool {
        wanted.idx() < self.sectors.len()
            && self.sector_closure(wanted).binary_search(&sector).is_ok()
    }
}

/// Appends `n` in decimal, with leading zeros to at least `width` digits
/// (what `{n:0width$}` writes, without the formatting machinery).
pub fn push_number(out: &mut String, n: u32, width: usize) {
    let mut buf = [b'0'; 10];
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let start = i.min(buf.len().saturating_sub(width));
    // Only ASCII digits were written.
    out.push_str(std::str::from_utf8(&buf[start..]).unwrap_or_default());
}

#[cfg(test)]
mod tests {
    use super::push_number;

    /// A national plan has tens of thousands of pathways, the model's
    /// largest table: their size is part of the memory budget.
    #[test]
    fn pathways_stay_small() {
        let size = size_of::<super::Pathway>();
        assert!(size <= 32, "{size}");
        // And the offers, the next largest (175,000 in a national plan).
        let size = size_of::<super::Offer>();
        assert!(size <= 104, "{size}");
    }

    /// A set of routes reads as the sorted slice it was made from.
    #[test]
    fn routes_read_as_their_slice() {
        use super::{Route, Routes};
        for set in [
            vec![],
            vec![Route::Bol],
            vec![Route::Bbl],
            vec![Route::Bol, Route::Bbl],
        ] {
            assert_eq!(*Routes::from(set.clone()), set[..]);
        }
        assert_eq!(*Routes::BOTH, [Route::Bol, Route::Bbl]);
        assert_eq!(
            Routes::from(vec![Route::Bbl, Route::Bol, Route::Bbl]),
            Routes::BOTH
        );
    }

    /// Two nodes are kept in the pathway, more (or a reference too far
    /// from the keyword for its offsets) in its rare box: either way the
    /// spans and nodes come back as they were given.
    #[test]
    fn pathway_nodes_and_spans_come_back_inline_or_spilled() {
        use super::{Node, OfferId, Pathway, ProgId};
        use crate::source::{FileId, Span};
        let item = |end| Span {
            file: FileId(0),
            start: 100,
            end,
        };
        let nodes = [
            Node::Programme(ProgId(7)),
            Node::Offer(OfferId(3)),
            Node::Offer(OfferId(9)),
        ];
        let cases: [(&[(u32, u32)], bool); 5] = [
            (&[(108, 120)], false),
            (&[(108, 120), (124, 140)], false),
            (&[(108, 120), (124, 140), (144, 150)], true),
            // A node more than 255 bytes after the keyword.
            (&[(108, 120), (400, 412)], true),
            (&[(108, 120), (70_000, 70_012)], true),
        ];
        for (spans, spilled) in cases {
            // Ending where its last node ends, as a pathway without fields.
            let end = spans[spans.len() - 1].1;
            let mut p = Pathway::new(item(end), true, spans);
            assert_eq!(p.rare.is_some(), spilled, "{spans:?}");
            assert_eq!(p.item(), item(end));
            assert_eq!(p.written(), spans.len());
            let back: Vec<(u32, u32)> = (0..p.written()).map(|i| p.node_at(i)).collect();
            assert_eq!(back, spans);
            assert!(p.nodes().is_empty());
            for n in 0..=spans.len() {
                p.set_nodes(&nodes[..n]);
                assert_eq!(&*p.nodes(), &nodes[..n]);
            }
            assert_eq!(p.first(), Some(nodes[0]));
        }
        // A block of fields after the nodes: the end is kept apart, as is
        // that of a pathway whose nodes are missing.
        for spans in [&[(108, 120), (124, 140)][..], &[]] {
            let p = Pathway::new(item(160), true, spans);
            assert_eq!(p.item(), item(160));
            assert_eq!(p.rare.as_ref().and_then(|r| r.end), Some(160));
        }
    }

    #[test]
    fn numbers_are_written_as_format_writes_them() {
        for (n, width) in [
            (0, 5),
            (7, 5),
            (25263, 5),
            (123456, 5),
            (u32::MAX, 5),
            (42, 0),
            (0, 0),
            (9, 1),
        ] {
            let mut s = String::new();
            push_number(&mut s, n, width);
            assert_eq!(s, format!("{n:0width$}"));
        }
    }
}
