//! The transition graph as `report` and `graph` show it: every programme and
//! offer with the facts a picture labels it with, and every edge with the
//! error-level findings that break it.
//!
//! An edge is *broken* when an error-level finding points at it the way
//! its check declares (`BREAKS` in the check's file, [`Breaks`]): at the
//! edge's target reference, at its source reference too, by a label, or
//! by the pathway's `route` value on the edges into offers that lack that
//! route.

use std::collections::HashMap;

use crate::analysis::Analysis;
use crate::checks::{Breaks, breaks};
use crate::codes::{Code, Level};
use crate::graph::{Edge, Graph};
use crate::model::{Count, InstId, MemberRef, Model, Node, OfferId, ProgId, RegionId, SchoolId};
use crate::source::Span;

pub struct View<'a> {
    pub model: &'a Model,
    /// The analysis's own graph when it was built for these years.
    pub graph: std::borrow::Cow<'a, Graph>,
    /// Per edge (index into `graph.edges`): the codes that break it,
    /// sorted, without repeats; empty for a sound edge.
    pub broken: Vec<Vec<Code>>,
}

/// What a node is called and what it is.
#[derive(Clone, Debug)]
pub struct NodeInfo {
    /// `school.programme` or `institution.crebo` (or `institution.alias`).
    pub id: String,
    pub programme: bool,
    /// The programme's title or ID; the qualification's name.
    pub name: String,
    /// The school's or institution's ID and title (or ID).
    pub owner: String,
    pub owner_name: String,
    pub crebo: Option<u32>,
    pub level: Option<u8>,
    pub sector: Option<String>,
    pub track: Option<String>,
    pub profile: Option<String>,
    pub practical: Option<String>,
    pub location: Option<String>,
    pub capacity: Option<Count>,
    pub pupils: Option<Count>,
}

impl<'a> View<'a> {
    pub fn new(analysis: &'a Analysis, years: Option<(u32, u32)>) -> View<'a> {
        let model = &analysis.model;
        let graph = match &analysis.graph {
            Some((built_for, graph)) if *built_for == years => std::borrow::Cow::Borrowed(graph),
            _ => std::borrow::Cow::Owned(crate::graph::build(model, years)),
        };
        let broken = broken_edges(model, &graph, analysis);
        View {
            model,
            graph,
            broken,
        }
    }

    pub fn edges(&self) -> impl Iterator<Item = (usize, &Edge)> + '_ {
        self.graph.edges.iter().enumerate()
    }

    pub fn is_broken(&self, edge: usize) -> bool {
        !self.broken[edge].is_empty()
    }

    /// Every node: programmes in source order, then offers in source order.
    pub fn nodes(&self) -> Vec<Node> {
        let m = self.model;
        (0..m.programmes.len() as u32)
            .map(|i| Node::Programme(ProgId(i)))
            .chain((0..m.offers.len() as u32).map(|i| Node::Offer(OfferId(i))))
            .collect()
    }

    pub fn info(&self, node: Node) -> NodeInfo {
        let m = self.model;
        match node {
            Node::Programme(p) => {
                let prog = m.programme(p);
                let school = m.school(prog.school);
                NodeInfo {
                    id: m.programme_ref(p),
                    programme: true,
                    name: prog.title.clone().unwrap_or_else(|| prog.name.clone()),
                    owner: school.name.clone(),
                    owner_name: school.title.clone().unwrap_or_else(|| school.name.clone()),
                    crebo: None,
                    level: None,
                    sector: prog.practical.map(|s| m.sector(s).name.clone()),
                    track: prog.track.map(|t| m.track(t).name.clone()),
                    profile: prog.profile.map(|s| m.profile(s).name.clone()),
                    practical: prog.practical.map(|s| m.sector(s).name.clone()),
                    location: school.municipality.clone(),
                    capacity: None,
                    pupils: prog.pupils.clone(),
                }
            }
            Node::Offer(o) => {
                let offer = m.offer(o);
                let inst = m.institution(offer.institution);
                NodeInfo {
                    id: m.offer_ref(o),
                    programme: false,
                    name: offer
                        .qualification
                        .and_then(|q| m.qual(q).title.clone())
                        .unwrap_or_else(|| format!("crebo {:05}", offer.crebo)),
                    owner: inst.name.clone(),
                    owner_name: inst.title.clone().unwrap_or_else(|| inst.name.clone()),
                    crebo: Some(offer.crebo),
                    level: m.offer_level(o),
                    sector: m.offer_sector(o).map(|s| m.sector(s).name.clone()),
                    track: None,
                    profile: None,
                    practical: None,
                    location: offer.location.as_deref().map(String::from),
                    capacity: offer.capacity.clone(),
                    pupils: None,
                }
            }
        }
    }

    /// An offer's location when its institution has offers at more than
    /// one, to tell apart two offers of one crebo.
    pub fn distinct_location(&self, node: Node) -> Option<String> {
        let Node::Offer(o) = node else { return None };
        let m = self.model;
        let offer = m.offer(o);
        let loc = offer.location.clone()?;
        let inst = m.institution(offer.institution);
        inst.offers
            .iter()
            .any(|&x| m.offer(x).location.as_ref().is_some_and(|l| *l != loc))
            .then(|| loc.to_string())
    }

    /// The layer of a node in a picture: 0 for a programme, the mbo level
    /// for an offer, 5 for an offer whose level is unknown.
    pub fn layer(&self, node: Node) -> usize {
        match node {
            Node::Programme(_) => 0,
            Node::Offer(o) => self.model.offer_level(o).map_or(5, usize::from),
        }
    }

    pub fn owner(&self, node: Node) -> MemberRef {
        match node {
            Node::Programme(p) => MemberRef::School(self.model.programme(p).school),
            Node::Offer(o) => MemberRef::Institution(self.model.offer(o).institution),
        }
    }

    /// The declared regions a node's school or institution belongs to.
    pub fn regions_of(&self, node: Node) -> Vec<RegionId> {
        let owner = self.owner(node);
        self.model
            .regions
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.implicit && r.members.contains(&owner))
            .map(|(i, _)| RegionId(i as u32))
            .collect()
    }

    /// True when the node belongs to the area: to the region (every node
    /// belongs to the implicit region), or, for [`Area::NoRegion`], to no
    /// region at all.
    pub fn in_region(&self, node: Node, area: impl Into<Area>) -> bool {
        match area.into() {
            Area::Region(region) => {
                let r = &self.model.regions[region.idx()];
                r.implicit || r.members.contains(&self.owner(node))
            }
            Area::NoRegion => {
                let owner = self.owner(node);
                !self
                    .model
                    .regions
                    .iter()
                    .any(|r| r.implicit || r.members.contains(&owner))
            }
        }
    }

    /// The schools and institutions in no region, in source order: what
    /// the report's and `graph --format svg`'s part [`Area::NoRegion`]
    /// shows. None in a plan that declares no region (its implicit region
    /// holds everything).
    pub fn no_region_members(&self) -> Vec<MemberRef> {
        let m = self.model;
        if m.regions.iter().any(|r| r.implicit) {
            return Vec::new();
        }
        let listed = |x: &MemberRef| m.regions.iter().any(|r| r.members.contains(x));
        (0..m.schools.len() as u32)
            .map(|i| MemberRef::School(SchoolId(i)))
            .chain((0..m.institutions.len() as u32).map(|i| MemberRef::Institution(InstId(i))))
            .filter(|x| !listed(x))
            .collect()
    }

    /// The nodes an area's picture shows: its members' programmes and
    /// offers, and the offers outside it that an edge from one of them
    /// reaches. Returned with a flag: true for a node outside the area.
    pub fn region_nodes(&self, area: impl Into<Area>) -> Vec<(Node, bool)> {
        let area = area.into();
        let mut inside: Vec<Node> = self
            .nodes()
            .into_iter()
            .filter(|&n| self.in_region(n, area))
            .collect();
        let mut outside: Vec<Node> = Vec::new();
        for e in &self.graph.edges {
            for (a, b) in [(e.from(), e.to()), (e.to(), e.from())] {
                if self.in_region(a, area) && !self.in_region(b, area) && !outside.contains(&b) {
                    outside.push(b);
                }
            }
        }
        outside.sort();
        let mut out: Vec<(Node, bool)> = inside.drain(..).map(|n| (n, false)).collect();
        out.extend(outside.into_iter().map(|n| (n, true)));
        out
    }
}

/// What a section of the report, or a drawing of `graph --format svg`,
/// shows: a region, or the schools and institutions that no region lists
/// among its members (so that nothing of the plan is left out).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    Region(RegionId),
    NoRegion,
}

impl From<RegionId> for Area {
    fn from(r: RegionId) -> Area {
        Area::Region(r)
    }
}

/// Per edge, the codes of the error-level findings that break it.
pub fn broken_edges(model: &Model, graph: &Graph, analysis: &Analysis) -> Vec<Vec<Code>> {
    let mut at: HashMap<Span, Vec<Code>> = HashMap::new();
    let mut from_at: HashMap<Span, Vec<Code>> = HashMap::new();
    let mut route_at: HashMap<Span, Vec<Code>> = HashMap::new();
    for d in &analysis.diagnostics {
        if d.level != Level::Error {
            continue;
        }
        match breaks(d.code) {
            Breaks::Nothing => {}
            Breaks::Route => route_at.entry(d.span).or_default().push(d.code),
            Breaks::TargetOrSource => {
                at.entry(d.span).or_default().push(d.code);
                from_at.entry(d.span).or_default().push(d.code);
            }
            Breaks::TargetOrLabel => {
                at.entry(d.span).or_default().push(d.code);
                for l in &d.labels {
                    at.entry(l.span).or_default().push(d.code);
                }
            }
            Breaks::Target => at.entry(d.span).or_default().push(d.code),
        }
    }
    graph
        .edges
        .iter()
        .map(|e| {
            let p = &model.pathways[e.pathway.idx()];
            let mut codes: Vec<Code> = at.get(&e.target(model)).cloned().unwrap_or_default();
            // The source of hop `h` is node `h - 1` of the pathway.
            if let Some(c) = from_at.get(&p.node_span(e.hop as usize - 1)) {
                codes.extend(c);
            }
            if let Some((route, span)) = p.route()
                && model.lacks_route(e.to(), route)
                && let Some(c) = route_at.get(&span)
            {
                codes.extend(c);
            }
            codes.sort();
            codes.dedup();
            codes
        })
        .collect()
}
