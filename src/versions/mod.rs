//! Plan versions: what a revision of the plan does to pupils (V701–V705).
//!
//! Two analysed projects, OLD and NEW, are compared item by item, matched
//! by their IDs (schools, programmes, institutions, offers by institution
//! and crebo or `as` name, regions, sectors), never by line numbers. Both
//! are judged on the union of their plan years, so a year one version does
//! not mention is not read as a change. Findings are located in NEW; what
//! NEW removed is located at the nearest surviving item (its school,
//! institution or region), with a label on OLD's text when OLD's files are
//! at hand.
//!
//! One module per computation: `routes` (V701 route-lost and V704
//! route-gained, two verdicts of one comparison), `coverage` (V702),
//! `offers` (V703) and `notice` (V705). `git` reads OLD from a revision,
//! `date` is the plan date; `emit::markdown` renders the pull-request
//! summary.

pub mod coverage;
pub mod date;
pub mod git;
pub mod messages;
pub mod notice;
pub mod offers;
pub mod routes;

use crate::collections::HashMap;

use crate::analysis::{Analysis, CheckOptions, analyze, analyze_with};
use crate::checks::{Code, Context};
use crate::diagnostics::Diagnostic;
use crate::graph::{Graph, build};
use crate::model::{InstId, MemberRef, Model, Node, OfferId, ProgId, RegionId, SchoolId, SectorId};
use crate::project::Project;
use crate::source::{FileId, SourceFile, SourceMap, Span};
use messages::RouteCause;

pub use date::Date;

/// One version: its model and its transition graph over the union of the
/// two versions' plan years, with its items indexed by ID.
pub struct Side<'a> {
    pub model: &'a Model,
    pub sources: &'a SourceMap,
    pub graph: Graph,
    programmes: HashMap<String, ProgId>,
    offers: HashMap<String, OfferId>,
    schools: HashMap<&'a str, SchoolId>,
    institutions: HashMap<&'a str, InstId>,
    regions: HashMap<&'a str, RegionId>,
    sectors: HashMap<&'a str, SectorId>,
    /// Edge indexes by their two ends.
    steps: HashMap<(Node, Node), Vec<usize>>,
}

impl<'a> Side<'a> {
    pub fn new(model: &'a Model, sources: &'a SourceMap, years: Option<(u32, u32)>) -> Side<'a> {
        let graph = build(model, years);
        let programmes = (0..model.programmes.len())
            .map(|i| (model.programme_ref(ProgId(i as u32)), ProgId(i as u32)))
            .collect();
        let offers = (0..model.offers.len())
            .map(|i| (model.offer_ref(OfferId(i as u32)), OfferId(i as u32)))
            .collect();
        let schools = (model.schools.iter().enumerate())
            .map(|(i, s)| (s.name.as_str(), SchoolId(i as u32)))
            .collect();
        let institutions = (model.institutions.iter().enumerate())
            .map(|(i, s)| (s.name.as_str(), InstId(i as u32)))
            .collect();
        let regions = (model.regions.iter().enumerate())
            .map(|(i, r)| (r.name.as_str(), RegionId(i as u32)))
            .collect();
        let sectors = (model.sectors.iter().enumerate())
            .map(|(i, s)| (s.name.as_str(), SectorId(i as u32)))
            .collect();
        let mut steps: HashMap<(Node, Node), Vec<usize>> = HashMap::default();
        for (i, e) in graph.edges.iter().enumerate() {
            steps.entry((e.from(), e.to())).or_default().push(i);
        }
        Side {
            model,
            sources,
            graph,
            programmes,
            offers,
            schools,
            institutions,
            regions,
            sectors,
            steps,
        }
    }

    pub fn ctx(&self) -> Context<'_> {
        Context {
            sources: self.sources,
            model: self.model,
            graph: &self.graph,
        }
    }

    /// The same node in `other`, matched by its reference.
    pub fn node_in(&self, other: &Side, n: Node) -> Option<Node> {
        match n {
            Node::Programme(p) => other
                .programmes
                .get(&self.model.programme_ref(p))
                .map(|&p| Node::Programme(p)),
            Node::Offer(o) => other
                .offers
                .get(&self.model.offer_ref(o))
                .map(|&o| Node::Offer(o)),
        }
    }

    pub fn offer(&self, reference: &str) -> Option<OfferId> {
        self.offers.get(reference).copied()
    }

    pub fn programme(&self, reference: &str) -> Option<ProgId> {
        self.programmes.get(reference).copied()
    }

    pub fn region(&self, name: &str) -> Option<RegionId> {
        self.regions.get(name).copied()
    }

    pub fn sector(&self, name: &str) -> Option<SectorId> {
        self.sectors.get(name).copied()
    }

    /// The target level of a programme, as C208 has it: the highest
    /// `target-level` of its school's regions, 4 in none.
    pub fn target(&self, p: ProgId) -> u8 {
        let school = self.model.programme(p).school;
        self.graph
            .regions_of(MemberRef::School(school))
            .iter()
            .map(|r| self.model.regions[r.idx()].target_level)
            .max()
            .unwrap_or(4)
    }

    /// A route from `starts` to an offer `goal` accepts, by edges that
    /// count in `step`: the nodes from the programme to the offer.
    pub fn route(
        &self,
        starts: &[Node],
        step: Option<u32>,
        goal: impl Fn(OfferId) -> bool,
    ) -> Vec<Node> {
        let (m, g) = (self.model, &self.graph);
        let parents = g.reach_with_parents(m, starts, step);
        let Some(target) = (0..m.offers.len()).map(|i| OfferId(i as u32)).find(|&o| {
            goal(o)
                && Graph::runs(m.offer_years(o), step)
                && parents[g.index(Node::Offer(o)).index()].is_some()
        }) else {
            return Vec::new();
        };
        let mut nodes = vec![Node::Offer(target)];
        let mut node = Node::Offer(target);
        while let Some(Some(ei)) = parents[g.index(node).index()] {
            node = g.edges[ei].from();
            nodes.push(node);
        }
        nodes.reverse();
        nodes
    }

    pub fn route_text(&self, nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|&n| self.model.node_ref(n))
            .collect::<Vec<_>>()
            .join(" -> ")
    }
}

/// Where the findings go and what they may point at.
pub struct Env<'a> {
    pub old: Side<'a>,
    pub new: Side<'a>,
    /// The union of the two versions' plan years; `[None]` when timeless.
    pub steps: Vec<Option<u32>>,
    /// Per file of OLD: where it is in NEW's source map, for labels on
    /// OLD's text; `None` when OLD is not a working tree.
    old_files: Option<Vec<Option<FileId>>>,
    /// For a finding with nothing left to point at in NEW.
    fallback: Span,
}

impl Env<'_> {
    /// The label on OLD's text, when OLD's files are at hand.
    pub fn old_label(&self, d: Diagnostic, span: Span) -> Diagnostic {
        let Some(files) = &self.old_files else {
            return d;
        };
        let Some(Some(file)) = files.get(span.file.0 as usize) else {
            return d;
        };
        d.with_label(
            Span {
                file: *file,
                ..span
            },
            messages::in_old_version(),
        )
    }

    /// A region of NEW by OLD's region.
    fn region_span(&self, old_regions: &[RegionId]) -> Option<Span> {
        old_regions.iter().find_map(|r| {
            let name = &self.old.model.regions[r.idx()].name;
            self.new
                .region(name)
                .map(|nr| self.new.model.regions[nr.idx()].loc.name)
        })
    }

    /// Where a finding about an OLD programme goes in NEW: the programme,
    /// else its school, else a region that held the school.
    pub fn programme_span(&self, old: ProgId) -> Span {
        let (om, nm) = (self.old.model, self.new.model);
        if let Some(p) = self.new.programme(&om.programme_ref(old)) {
            return nm.programme(p).loc.name;
        }
        let school = om.programme(old).school;
        if let Some(&s) = self.new.schools.get(om.school(school).name.as_str()) {
            return nm.school(s).loc.name;
        }
        self.region_span(self.old.graph.regions_of(MemberRef::School(school)))
            .unwrap_or(self.fallback)
    }

    /// Where a finding about an OLD offer goes in NEW: the offer, else its
    /// institution, else a region that held the institution.
    pub fn offer_span(&self, old: OfferId) -> Span {
        let (om, nm) = (self.old.model, self.new.model);
        if let Some(o) = self.new.offer(&om.offer_ref(old)) {
            return nm.offer(o).loc.name;
        }
        let inst = om.offer(old).institution;
        if let Some(&i) = self
            .new
            .institutions
            .get(om.institution(inst).name.as_str())
        {
            return nm.institution(i).loc.name;
        }
        self.region_span(self.old.graph.regions_of(MemberRef::Institution(inst)))
            .unwrap_or(self.fallback)
    }

    /// Why OLD's route does not work in NEW in `step`: the first thing on
    /// it, from the programme to the offer, that NEW removed or stopped.
    pub fn route_cause(&self, route: &[Node], step: Option<u32>) -> RouteCause {
        let (old, new) = (&self.old, &self.new);
        let mut mapped = Vec::with_capacity(route.len());
        for &n in route {
            let name = old.model.node_ref(n);
            let Some(nn) = old.node_in(new, n) else {
                return RouteCause::Removed(name);
            };
            if !Graph::runs(new.model.node_years(nn), step) {
                return RouteCause::NotRunning(name);
            }
            mapped.push(nn);
        }
        for (w, pair) in mapped.windows(2).enumerate() {
            let (a, b) = (
                old.model.node_ref(route[w]),
                old.model.node_ref(route[w + 1]),
            );
            match new.steps.get(&(pair[0], pair[1])) {
                None => return RouteCause::StepRemoved(a, b),
                Some(es) => {
                    let counts = es
                        .iter()
                        .any(|&e| new.graph.edge_counts(new.model, &new.graph.edges[e], step));
                    if !counts {
                        return RouteCause::StepNotRunning(a, b);
                    }
                }
            }
        }
        for (&n, &nn) in route.iter().zip(&mapped) {
            if let (Node::Offer(o), Node::Offer(no)) = (n, nn) {
                fn sector<'s>(side: &'s Side, o: OfferId) -> Option<&'s str> {
                    side.model
                        .offer_sector(o)
                        .map(|s| side.model.sector(s).name.as_str())
                }
                if old.model.offer_level(o) != new.model.offer_level(no)
                    || sector(old, o) != sector(new, no)
                {
                    return RouteCause::Changed(old.model.offer_ref(o));
                }
            }
        }
        RouteCause::Unchanged
    }

    /// [`Env::route_cause`] for V702 in the region `old_region` of OLD,
    /// `new_region` of NEW: when the route itself is unchanged, its school
    /// or institution may have left the region, or the region's target
    /// level may have risen.
    pub fn region_cause(
        &self,
        route: &[Node],
        step: Option<u32>,
        old_region: RegionId,
        new_region: RegionId,
    ) -> RouteCause {
        let cause = self.route_cause(route, step);
        if cause != RouteCause::Unchanged {
            return cause;
        }
        let nm = self.new.model;
        for &n in route.first().into_iter().chain(route.last()) {
            let Some(nn) = self.old.node_in(&self.new, n) else {
                continue;
            };
            let (member, name) = match nn {
                Node::Programme(p) => {
                    let s = nm.programme(p).school;
                    (MemberRef::School(s), &nm.school(s).name)
                }
                Node::Offer(o) => {
                    let i = nm.offer(o).institution;
                    (MemberRef::Institution(i), &nm.institution(i).name)
                }
            };
            if !self.new.graph.regions_of(member).contains(&new_region) {
                return RouteCause::LeftRegion(name.clone());
            }
        }
        let (old_level, new_level) = (
            self.old.model.regions[old_region.idx()].target_level,
            nm.regions[new_region.idx()].target_level,
        );
        if new_level > old_level {
            RouteCause::Target
        } else {
            RouteCause::Unchanged
        }
    }
}

/// Options of a comparison.
#[derive(Clone, Debug)]
pub struct VersionOptions {
    /// The plan date V705 judges notice against.
    pub date: Date,
    /// Label OLD's text (OLD is a working tree): OLD's files are added to
    /// NEW's source map.
    pub label_old: bool,
}

/// What changed in one region, for the summary table and the report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RegionChange {
    /// The region's name; empty for a project without regions.
    pub region: String,
    pub routes_lost: usize,
    pub routes_gained: usize,
    pub coverage_lost: Vec<String>,
    pub coverage_gained: Vec<String>,
    pub offers_withdrawn: Vec<String>,
    /// Programmes that lose or gain a route: (programme, lost?).
    pub programmes: Vec<(String, bool)>,
    /// The coverage matrix: plan years and, per demanded sector, whether
    /// it is reachable per year before and after (`None`: not demanded).
    pub years: Vec<Option<u32>>,
    pub matrix: Vec<MatrixRow>,
    pub level: u8,
}

/// One demanded sector of a region's before/after coverage matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatrixRow {
    pub sector: String,
    /// Per plan year: reachable at the target level; `None` when that
    /// version does not demand the sector (or has no such region).
    pub before: Option<Vec<bool>>,
    pub after: Option<Vec<bool>>,
}

/// The result of a comparison: the V findings (at their default level,
/// before levels and suppressions) and the changes per region.
#[derive(Debug, Default)]
pub struct Comparison {
    pub diagnostics: Vec<Diagnostic>,
    pub regions: Vec<RegionChange>,
}

impl Comparison {
    pub fn region_mut(&mut self, name: &str) -> &mut RegionChange {
        match self.regions.iter().position(|r| r.region == name) {
            Some(i) => &mut self.regions[i],
            None => {
                self.regions.push(RegionChange {
                    region: name.to_string(),
                    ..RegionChange::default()
                });
                self.regions.last_mut().expect("just pushed")
            }
        }
    }
}

/// The plan years of a version: `--years`/config, else what its files
/// write.
fn plan_years(model: &Model, years: Option<(u32, u32)>) -> Option<(u32, u32)> {
    years.or(model.written_years)
}

/// The union of two versions' plan years.
pub fn union_years(a: Option<(u32, u32)>, b: Option<(u32, u32)>) -> Option<(u32, u32)> {
    match (a, b) {
        (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
        (a, b) => a.or(b),
    }
}

/// Compares two versions. `old_files` maps OLD's files into NEW's source
/// map for labels (see [`VersionOptions::label_old`]).
pub fn compare(
    old: (&Model, &SourceMap, Option<(u32, u32)>),
    new: (&Model, &SourceMap, Option<(u32, u32)>),
    old_files: Option<Vec<Option<FileId>>>,
    date: Date,
) -> Comparison {
    let years = union_years(plan_years(old.0, old.2), plan_years(new.0, new.2));
    let old_side = Side::new(old.0, old.1, years);
    let new_side = Side::new(new.0, new.1, years);
    let fallback = new
        .1
        .files()
        .find(|(_, f)| !f.is_std)
        .map_or(Span::default(), |(id, _)| Span::new(id, 0, 0));
    let env = Env {
        steps: new_side.graph.steps.clone(),
        old: old_side,
        new: new_side,
        old_files,
        fallback,
    };
    let mut cmp = Comparison::default();
    routes::compare(&env, &mut cmp);
    coverage::compare(&env, &mut cmp);
    offers::compare(&env, &mut cmp);
    notice::compare(&env, date, &mut cmp);
    cmp.regions.sort_by(|a, b| a.region.cmp(&b.region));
    cmp
}

/// The region names a member belongs to in a version; the implicit
/// region's (empty) name when it is in none.
pub fn member_regions(side: &Side, member: MemberRef) -> Vec<String> {
    let rs = side.graph.regions_of(member);
    if rs.is_empty() {
        return vec![String::new()];
    }
    rs.iter()
        .map(|r| side.model.regions[r.idx()].name.clone())
        .collect()
}

/// Why OLD cannot be compared: it does not parse.
#[derive(Debug)]
pub struct OldBroken {
    pub errors: usize,
}

/// Appends OLD's own files to NEW's source map (marked as not part of the
/// project under check, so no format lists them as checked files) and
/// returns where each of OLD's files went.
fn adopt_old_files(old: &SourceMap, new: &mut SourceMap) -> Vec<Option<FileId>> {
    old.files()
        .map(|(_, f)| {
            (!f.is_std).then(|| new.add(SourceFile::new(f.path.clone(), f.text.clone(), true)))
        })
        .collect()
}

/// The result of `check --against` or `diff`.
pub struct Versioned {
    pub analysis: Analysis,
    pub regions: Vec<RegionChange>,
}

/// Analyses NEW with the V findings of the change from OLD joined to its
/// own, under NEW's levels, suppressions and baseline. With `only_changes`
/// (`diff`), only the V findings are kept. OLD is analysed with its own
/// years; an OLD that does not parse cannot be compared.
pub fn analyze_versions(
    old: &Project,
    old_years: Option<(u32, u32)>,
    new: &mut Project,
    opts: &CheckOptions,
    vopts: &VersionOptions,
    only_changes: bool,
) -> Result<Versioned, OldBroken> {
    let old_analysis = analyze(
        old,
        &CheckOptions {
            years: old_years,
            ..CheckOptions::default()
        },
    );
    let broken = old_analysis
        .diagnostics
        .iter()
        .filter(|d| matches!(d.code, Code::E001 | Code::E002 | Code::E003))
        .count();
    if broken > 0 {
        return Err(OldBroken { errors: broken });
    }
    // OLD's files go after NEW's: known before the analysis, added after.
    let old_files = vopts.label_old.then(|| {
        let mut next = new.sources.len() as u32;
        old.sources
            .files()
            .map(|(_, f)| {
                (!f.is_std).then(|| {
                    next += 1;
                    FileId(next - 1)
                })
            })
            .collect::<Vec<_>>()
    });
    let mut regions = Vec::new();
    let mut produced = 0usize;
    let mut analysis = analyze_with(new, opts, &mut |ctx: &Context| {
        let cmp = compare(
            (&old_analysis.model, &old.sources, old_years),
            (ctx.model, ctx.sources, opts.years),
            old_files.clone(),
            vopts.date,
        );
        regions = cmp.regions;
        produced = cmp.diagnostics.len();
        cmp.diagnostics
    });
    if vopts.label_old {
        let added = adopt_old_files(&old.sources, &mut new.sources);
        debug_assert_eq!(Some(added), old_files);
    }
    if only_changes {
        // NEW's syntax errors stay: they are why there is nothing to compare.
        analysis.diagnostics.retain(|d| {
            matches!(
                d.code.info().group,
                crate::codes::Group::Versions | crate::codes::Group::Syntax
            )
        });
        analysis.suppressed = produced.saturating_sub(analysis.diagnostics.len());
    }
    Ok(Versioned { analysis, regions })
}
