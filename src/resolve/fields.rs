//! Pass 2 and 3 of the resolver: field values, per item kind.

use std::collections::HashMap;

use petgraph::graph::DiGraph;

use super::{CreboDef, Def, NodePos, Pending, Resolver};
use crate::checks::Code;
use crate::diagnostics::{Diagnostic, Msg, Shape, Wanted};
use crate::model::*;
use crate::source::Span;
use crate::syntax::{Field, IntLit, Item, ItemKind, Ref, Value};

/// The fields each item kind has, in the order the docs list them.
pub fn field_names(kind: ItemKind) -> &'static [&'static str] {
    match kind {
        ItemKind::Track => &["admits"],
        ItemKind::Sector => &["includes"],
        ItemKind::Subject => &[],
        ItemKind::Profile => &["sectors"],
        ItemKind::Dossier => &["sector"],
        ItemKind::Qualification => &["level", "dossier", "sector", "requires", "from", "until"],
        ItemKind::Prerequisite => &["into", "from", "levels", "one-of", "except"],
        ItemKind::School => &["brin", "municipality"],
        ItemKind::Programme => &[
            "track",
            "profile",
            "practical",
            "subjects",
            "pupils",
            "from",
            "until",
        ],
        ItemKind::Institution => &["brin"],
        ItemKind::Offer => &["location", "routes", "capacity", "from", "until"],
        ItemKind::Pathway => &["route", "from", "until", "note"],
        ItemKind::Region => &["members", "demand", "target-level"],
    }
}

/// Required fields: each inner list is "one of these".
fn required(kind: ItemKind) -> &'static [&'static [&'static str]] {
    match kind {
        ItemKind::Track => &[&["admits"]],
        ItemKind::Profile => &[&["sectors"]],
        ItemKind::Dossier => &[&["sector"]],
        ItemKind::Qualification => &[&["level"], &["dossier", "sector"]],
        ItemKind::Prerequisite => &[&["into"], &["from"], &["one-of"]],
        ItemKind::Programme => &[&["track"]],
        ItemKind::Region => &[&["members"]],
        _ => &[],
    }
}

/// Lists that must not be empty.
fn non_empty(field: &str) -> bool {
    matches!(
        field,
        "admits" | "sectors" | "routes" | "into" | "from" | "one-of" | "members"
    )
}

const MAX_INT: u64 = u32::MAX as u64;

type Fields<'f, 'a> = HashMap<&'a str, &'f Field<'a>>;

impl<'a> Resolver<'a, '_> {
    /// Checks field names (E106, E107) and presence (E105); returns the
    /// first occurrence of each known field.
    fn fields<'f>(&mut self, item: &'f Item<'a>) -> Fields<'f, 'a> {
        let names = field_names(item.kind);
        let mut seen: Fields<'f, 'a> = HashMap::new();
        for f in &item.fields {
            let name = f.name.text;
            if !names.contains(&name) {
                let closest = crate::suggest::closest(name, names.iter().copied());
                self.push(
                    Diagnostic::new(
                        Code::E106,
                        f.name.span,
                        Msg::UnknownField {
                            kind: item.kind,
                            field: name.into(),
                        },
                    )
                    .help(Msg::HelpFields {
                        kind: item.kind,
                        names: names.iter().map(|s| s.to_string()).collect(),
                        closest: closest.iter().map(|s| s.to_string()).collect(),
                    })
                    .key(crate::diagnostics::truncate(name, 40)),
                );
                continue;
            }
            if let Some(first) = seen.get(name) {
                let first = first.name.span;
                self.push(
                    Diagnostic::new(
                        Code::E107,
                        f.name.span,
                        Msg::DuplicateField { field: name.into() },
                    )
                    .with_label(first, Msg::FirstFieldHere)
                    .help(Msg::HelpOneField)
                    .key(name),
                );
                continue;
            }
            seen.insert(name, f);
        }
        for group in required(item.kind) {
            if !group.iter().any(|g| seen.contains_key(g)) {
                let id = item
                    .id
                    .map(|i| i.text.to_string())
                    .or_else(|| item.crebo.map(|c| c.text.to_string()))
                    .unwrap_or_default();
                self.push(
                    Diagnostic::new(
                        Code::E105,
                        item.name_span(),
                        Msg::MissingField {
                            kind: item.kind,
                            id: id.clone(),
                            fields: group.iter().map(|s| s.to_string()).collect(),
                        },
                    )
                    .help(Msg::HelpAddField {
                        field: group[0].into(),
                    })
                    .key(id)
                    .key(group[0]),
                );
            }
        }
        seen
    }

    fn bad_shape(&mut self, f: &Field<'a>, shape: Shape) {
        self.push(
            Diagnostic::new(
                Code::E104,
                f.value.span(),
                Msg::BadShape {
                    field: f.name.text.into(),
                    shape,
                },
            )
            .help(Msg::HelpShape {
                field: f.name.text.into(),
                shape,
            })
            .key(f.name.text),
        );
    }

    fn invalid(&mut self, span: Span, msg: Msg, help: Msg) {
        self.push(Diagnostic::new(Code::E104, span, msg).help(help));
    }

    /// The elements of a list field; a scalar is a shape error.
    fn list<'f>(&mut self, f: &'f Field<'a>, shape: Shape) -> Option<&'f [Value<'a>]> {
        match &f.value {
            Value::List(elems, span) => {
                if elems.is_empty() && non_empty(f.name.text) {
                    self.invalid(
                        *span,
                        Msg::EmptyList {
                            field: f.name.text.into(),
                        },
                        Msg::HelpFillList {
                            field: f.name.text.into(),
                        },
                    );
                }
                Some(elems)
            }
            _ => {
                self.bad_shape(f, shape);
                None
            }
        }
    }

    fn int_value(&mut self, lit: &IntLit) -> Option<u32> {
        match lit.value {
            Some(v) if v <= MAX_INT => Some(v as u32),
            _ => {
                self.invalid(
                    lit.span,
                    Msg::TooLarge {
                        text: lit.text.into(),
                    },
                    Msg::HelpTooLarge,
                );
                None
            }
        }
    }

    fn level_value(&mut self, v: &Value<'a>, f: &Field<'a>) -> Option<u8> {
        let Value::Int(lit) = v else {
            self.bad_shape(f, Shape::Level);
            return None;
        };
        match lit.value {
            Some(l @ 1..=4) => Some(l as u8),
            _ => {
                self.invalid(
                    lit.span,
                    Msg::BadLevel {
                        value: crate::diagnostics::truncate(lit.text, 40),
                    },
                    Msg::HelpLevels,
                );
                None
            }
        }
    }

    fn level(&mut self, f: &Field<'a>) -> Option<u8> {
        self.level_value(&f.value, f)
    }

    fn levels(&mut self, f: &Field<'a>) -> Vec<u8> {
        let Some(elems) = self.list(f, Shape::LevelList) else {
            return Vec::new();
        };
        let mut out: Vec<u8> = elems
            .iter()
            .filter_map(|v| self.level_value(v, f))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn int(&mut self, f: &Field<'a>) -> Option<u32> {
        match &f.value {
            Value::Int(lit) => self.int_value(lit),
            _ => {
                self.bad_shape(f, Shape::Int);
                None
            }
        }
    }

    fn year(&mut self, f: &Field<'a>) -> Option<(u32, Span)> {
        let Value::Int(lit) = &f.value else {
            self.bad_shape(f, Shape::Year);
            return None;
        };
        match lit.value {
            Some(y @ 1900..=2200) => Some((y as u32, lit.span)),
            _ => {
                self.invalid(
                    lit.span,
                    Msg::BadYear {
                        value: lit.text.into(),
                    },
                    Msg::HelpYears,
                );
                None
            }
        }
    }

    /// `from`/`until` of an item: E104 for a bad year or `from` after `until`.
    fn years(&mut self, fs: &Fields<'_, 'a>, std: bool) -> Years {
        let from = fs.get("from").and_then(|f| self.year(f));
        let until = fs.get("until").and_then(|f| self.year(f));
        if !std {
            for (y, _) in from.iter().chain(until.iter()) {
                let w = &mut self.model.written_years;
                *w = Some(match *w {
                    Some((lo, hi)) => (lo.min(*y), hi.max(*y)),
                    None => (*y, *y),
                });
            }
        }
        if let (Some((f, span)), Some((u, _))) = (from, until)
            && f > u
        {
            self.invalid(
                span,
                Msg::FromAfterUntil {
                    from: f as u64,
                    until: u as u64,
                },
                Msg::HelpSwapYears,
            );
            return Years::default();
        }
        Years {
            from: from.map(|y| y.0),
            until: until.map(|y| y.0),
        }
    }

    fn string(&mut self, f: &Field<'a>) -> Option<String> {
        match &f.value {
            Value::Str(s) => Some(s.value.to_string()),
            _ => {
                self.bad_shape(f, Shape::Str);
                None
            }
        }
    }

    fn reference(&mut self, f: &Field<'a>, kinds: &[ItemKind], wanted: Wanted) -> Option<Def> {
        match &f.value {
            Value::Ref(r) => self.lookup(r, kinds, wanted),
            _ => {
                self.bad_shape(f, Shape::Ref);
                None
            }
        }
    }

    fn references(
        &mut self,
        f: &Field<'a>,
        kinds: &[ItemKind],
        wanted: Wanted,
    ) -> Vec<(Def, Span)> {
        let Some(elems) = self.list(f, Shape::RefList) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for v in elems {
            match v {
                Value::Ref(r) => {
                    if let Some(d) = self.lookup(r, kinds, wanted.clone()) {
                        out.push((d, r.span()));
                    }
                }
                _ => self.bad_shape(f, Shape::RefList),
            }
        }
        out
    }

    fn sector(&mut self, f: &Field<'a>) -> Option<SectorId> {
        match self.reference(f, &[ItemKind::Sector], Wanted::Kind(ItemKind::Sector)) {
            Some(Def::Sector(s)) => Some(s),
            _ => None,
        }
    }

    fn sectors(&mut self, f: &Field<'a>) -> Vec<(SectorId, Span)> {
        self.references(f, &[ItemKind::Sector], Wanted::Kind(ItemKind::Sector))
            .into_iter()
            .filter_map(|(d, s)| match d {
                Def::Sector(id) => Some((id, s)),
                _ => None,
            })
            .collect()
    }

    fn subjects(&mut self, f: &Field<'a>) -> Vec<SubjectId> {
        self.references(f, &[ItemKind::Subject], Wanted::Kind(ItemKind::Subject))
            .into_iter()
            .filter_map(|(d, _)| match d {
                Def::Subject(id) => Some(id),
                _ => None,
            })
            .collect()
    }

    fn crebo_field(&mut self, v: &Value<'a>, f: &Field<'a>, kind: ItemKind) -> Option<CreboDef> {
        match v {
            Value::Int(lit) => self.crebo(lit.text, lit.span, kind),
            _ => {
                self.bad_shape(f, Shape::Crebo);
                None
            }
        }
    }

    fn route_value(&mut self, v: &Value<'a>, f: &Field<'a>) -> Option<Route> {
        match v {
            Value::Ref(Ref { base, member: None }) if base.text == "bol" => Some(Route::Bol),
            Value::Ref(Ref { base, member: None }) if base.text == "bbl" => Some(Route::Bbl),
            Value::Ref(r) => {
                self.invalid(
                    r.span(),
                    Msg::BadRoute {
                        text: super::ref_text(r),
                    },
                    Msg::HelpRoutes,
                );
                None
            }
            _ => {
                self.bad_shape(f, Shape::Route);
                None
            }
        }
    }

    fn is_std(&self, item: &Item) -> bool {
        self.sources.get(item.span.file).is_std
    }

    pub(super) fn fill(&mut self, item: &'a Item<'a>, p: Pending) {
        let fs = self.fields(item);
        let std = self.is_std(item);
        match p {
            Pending::Track(t) => {
                if let Some(f) = fs.get("admits") {
                    self.model.tracks[t.idx()].admits = self.levels(f);
                }
            }
            Pending::Sector(s) => {
                if let Some(f) = fs.get("includes") {
                    let inc = self.sectors(f);
                    self.includes_spans[s.idx()] = inc.iter().map(|x| x.1).collect();
                    self.model.sectors[s.idx()].includes = inc.into_iter().map(|x| x.0).collect();
                }
            }
            Pending::Subject => {}
            Pending::Inst(i) => {
                if let Some(f) = fs.get("brin") {
                    self.model.institutions[i.idx()].brin = self.string(f);
                }
            }
            Pending::Profile(id) => {
                if let Some(f) = fs.get("sectors") {
                    self.model.profiles[id.idx()].sectors =
                        self.sectors(f).into_iter().map(|x| x.0).collect();
                }
            }
            Pending::Dossier(d) => {
                if let Some(f) = fs.get("sector") {
                    self.model.dossiers[d.idx()].sector = self.sector(f);
                }
            }
            Pending::Qual(q) => {
                let level = fs.get("level").and_then(|f| self.level(f));
                let dossier = fs.get("dossier").and_then(|f| {
                    match self.crebo_field(&f.value, f, ItemKind::Dossier) {
                        Some(CreboDef::Dossier(d)) => Some(d),
                        _ => None,
                    }
                });
                let sector = fs.get("sector").and_then(|f| self.sector(f));
                let requires = fs
                    .get("requires")
                    .map(|f| self.subjects(f))
                    .unwrap_or_default();
                let years = self.years(&fs, std);
                let q = &mut self.model.qualifications[q.idx()];
                q.level = level;
                q.dossier = dossier;
                q.sector = sector;
                q.requires = requires;
                q.years = years;
            }
            Pending::Prereq(id) => {
                let into = fs.get("into").map(|f| self.sectors(f)).unwrap_or_default();
                let from = fs
                    .get("from")
                    .map(|f| {
                        self.references(f, &[ItemKind::Profile], Wanted::Kind(ItemKind::Profile))
                    })
                    .unwrap_or_default();
                let levels = fs.get("levels").map(|f| self.levels(f)).unwrap_or_default();
                let one_of = fs
                    .get("one-of")
                    .map(|f| self.subjects(f))
                    .unwrap_or_default();
                let mut except = Vec::new();
                if let Some(f) = fs.get("except")
                    && let Some(elems) = self.list(f, Shape::CreboList)
                {
                    for v in elems {
                        if let Some(CreboDef::Qual(q)) =
                            self.crebo_field(v, f, ItemKind::Qualification)
                        {
                            except.push(q);
                        }
                    }
                }
                let p = &mut self.model.prerequisites[id.idx()];
                p.into = into.into_iter().map(|x| x.0).collect();
                p.from = from
                    .into_iter()
                    .filter_map(|(d, _)| match d {
                        Def::Profile(p) => Some(p),
                        _ => None,
                    })
                    .collect();
                p.levels = levels;
                p.one_of = one_of;
                p.except = except;
            }
            Pending::School(s) => {
                let brin = fs.get("brin").and_then(|f| self.string(f));
                let municipality = fs.get("municipality").and_then(|f| self.string(f));
                let school = &mut self.model.schools[s.idx()];
                school.brin = brin;
                school.municipality = municipality;
            }
            Pending::Programme(id) => {
                let track = match fs.get("track").and_then(|f| {
                    self.reference(f, &[ItemKind::Track], Wanted::Kind(ItemKind::Track))
                }) {
                    Some(Def::Track(t)) => Some(t),
                    _ => None,
                };
                let profile = match fs.get("profile").and_then(|f| {
                    self.reference(f, &[ItemKind::Profile], Wanted::Kind(ItemKind::Profile))
                }) {
                    Some(Def::Profile(p)) => Some(p),
                    _ => None,
                };
                let practical = fs.get("practical").and_then(|f| self.sector(f));
                let subjects = fs.get("subjects").map(|f| self.subjects(f));
                let pupils = fs.get("pupils").and_then(|f| self.int(f));
                let years = self.years(&fs, std);
                let p = &mut self.model.programmes[id.idx()];
                p.track = track;
                p.profile = profile;
                p.practical = practical;
                p.subjects = subjects;
                p.pupils = pupils;
                p.years = years;
            }
            Pending::Offer(o) => {
                let crebo = item.crebo.expect("declared offers have a crebo");
                let qual = match self.crebo(crebo.text, crebo.span, ItemKind::Qualification) {
                    Some(CreboDef::Qual(q)) => Some(q),
                    _ => None,
                };
                let mut routes = None;
                if let Some(f) = fs.get("routes")
                    && let Some(elems) = self.list(f, Shape::RouteList)
                {
                    let mut rs: Vec<Route> = elems
                        .iter()
                        .filter_map(|v| self.route_value(v, f))
                        .collect();
                    rs.sort_unstable();
                    rs.dedup();
                    routes = Some(rs);
                }
                if let Some(f) = fs.get("location") {
                    self.string(f);
                }
                let capacity = fs.get("capacity").and_then(|f| self.int(f));
                let years = self.years(&fs, std);
                let offer = &mut self.model.offers[o.idx()];
                offer.qualification = qual;
                if let Some(rs) = routes {
                    offer.routes = rs;
                }
                offer.capacity = capacity;
                offer.years = years;
            }
            Pending::Pathway(id) => {
                let mut nodes = Vec::with_capacity(item.nodes.len());
                let mut ok = true;
                for (i, r) in item.nodes.iter().enumerate() {
                    let pos = if i == 0 {
                        NodePos::First
                    } else {
                        NodePos::Later
                    };
                    match self.node(r, pos) {
                        Some(n) => nodes.push(n),
                        None => ok = false,
                    }
                }
                // Known even when a later node is not (C207–C209 skip it).
                let first = match item.nodes.first() {
                    Some(_) if ok => nodes.first().copied(),
                    Some(r) if r.member.is_some() => self.node_quiet(r),
                    _ => None,
                };
                let route = fs
                    .get("route")
                    .and_then(|f| self.route_value(&f.value, f).map(|r| (r, f.value.span())));
                let note = fs.get("note").and_then(|f| self.string(f));
                let years = self.years(&fs, std);
                let p = &mut self.model.pathways[id.idx()];
                p.first = first;
                p.nodes = if ok { nodes } else { Vec::new() };
                p.route = route;
                p.note = note;
                p.years = years;
            }
            Pending::Region(id) => {
                let members = fs
                    .get("members")
                    .map(|f| {
                        self.references(
                            f,
                            &[ItemKind::School, ItemKind::Institution],
                            Wanted::Member,
                        )
                    })
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|(d, _)| match d {
                        Def::School(s) => Some(MemberRef::School(s)),
                        Def::Inst(i) => Some(MemberRef::Institution(i)),
                        _ => None,
                    })
                    .collect();
                let demand = fs
                    .get("demand")
                    .map(|f| self.sectors(f))
                    .unwrap_or_default();
                let target = fs.get("target-level").and_then(|f| self.level(f));
                let r = &mut self.model.regions[id.idx()];
                r.members = members;
                r.demand = demand;
                r.target_level = target.unwrap_or(4);
            }
        }
    }

    /// Each dossier's qualifications, and each qualification's sector.
    pub(super) fn link_dossiers(&mut self) {
        for (i, q) in self.model.qualifications.iter_mut().enumerate() {
            if let Some(d) = q.dossier {
                let dossier = &mut self.model.dossiers[d.idx()];
                dossier.qualifications.push(QualId(i as u32));
                if q.sector.is_none() {
                    q.sector = dossier.sector;
                }
            }
        }
    }

    /// Sector closures, `includes` cycles and the implicit region.
    pub(super) fn finish(&mut self) {
        let n = self.model.sectors.len();
        let mut g = DiGraph::<(), ()>::with_capacity(n, n);
        for _ in 0..n {
            g.add_node(());
        }
        for (i, s) in self.model.sectors.iter().enumerate() {
            for inc in &s.includes {
                g.add_edge((i as u32).into(), (inc.0).into(), ());
            }
        }
        let mut cycles = Vec::new();
        for scc in petgraph::algo::tarjan_scc(&g) {
            let members: Vec<usize> = scc.iter().map(|n| n.index()).collect();
            let is_cycle = members.len() > 1
                || self.model.sectors[members[0]]
                    .includes
                    .contains(&SectorId(members[0] as u32));
            if !is_cycle {
                continue;
            }
            // The first `includes` element, in source order, that stays in the set.
            let mut first: Option<Span> = None;
            for &m in &members {
                for (k, inc) in self.model.sectors[m].includes.iter().enumerate() {
                    if members.contains(&inc.idx()) {
                        let span = self.includes_spans[m][k];
                        if first.is_none_or(|f| self.sources.order(span) < self.sources.order(f)) {
                            first = Some(span);
                        }
                    }
                }
            }
            let mut names: Vec<String> = members
                .iter()
                .map(|&m| self.model.sectors[m].name.clone())
                .collect();
            names.sort();
            if let Some(span) = first {
                cycles.push((span, names));
            }
        }
        for (span, mut names) in cycles {
            let key = names.join(",");
            names.push(names[0].clone());
            self.push(
                Diagnostic::new(Code::E104, span, Msg::IncludesCycle { sectors: names })
                    .help(Msg::HelpBreakCycle)
                    .key(key),
            );
        }
        self.model.sector_closure = (0..n)
            .map(|i| {
                let mut seen = vec![false; 0];
                seen.resize(n, false);
                let mut stack = vec![i];
                let mut out = Vec::new();
                while let Some(s) = stack.pop() {
                    if std::mem::replace(&mut seen[s], true) {
                        continue;
                    }
                    out.push(SectorId(s as u32));
                    stack.extend(self.model.sectors[s].includes.iter().map(|x| x.idx()));
                }
                out.sort();
                out
            })
            .collect();
        if self.model.regions.is_empty() {
            let members = (0..self.model.schools.len())
                .map(|i| MemberRef::School(SchoolId(i as u32)))
                .chain(
                    (0..self.model.institutions.len())
                        .map(|i| MemberRef::Institution(InstId(i as u32))),
                )
                .collect();
            self.model.regions.push(Region {
                name: String::new(),
                title: None,
                members,
                demand: Vec::new(),
                target_level: 4,
                implicit: true,
                loc: Loc {
                    name: Span::default(),
                    item: Span::default(),
                },
            });
        }
    }
}
