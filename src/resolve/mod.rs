//! The resolver: syntax trees → the semantic model, with E101–E107.
//!
//! Pass 1 declares every name (E102 for a second definition, which then
//! takes no further part). Pass 2 resolves fields, catalogue items first so
//! that offers and prerequisites can see complete dossiers. Pass 3 derives
//! what checks share: sector closures (E104 for `includes` cycles) and the
//! years the plan writes.

mod fields;

use std::collections::{HashMap, HashSet};

use crate::checks::Code;
use crate::diagnostics::{Diagnostic, Msg, Wanted};
use crate::model::*;
use crate::source::{SourceMap, Span};
use crate::syntax::{Item, ItemKind, Ref, SourceAst};

pub use fields::field_names;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Def {
    Track(TrackId),
    Sector(SectorId),
    Subject(SubjectId),
    Profile(ProfileId),
    Prereq(PrereqId),
    School(SchoolId),
    Inst(InstId),
    Region(RegionId),
}

impl Def {
    fn kind(self) -> ItemKind {
        match self {
            Def::Track(_) => ItemKind::Track,
            Def::Sector(_) => ItemKind::Sector,
            Def::Subject(_) => ItemKind::Subject,
            Def::Profile(_) => ItemKind::Profile,
            Def::Prereq(_) => ItemKind::Prerequisite,
            Def::School(_) => ItemKind::School,
            Def::Inst(_) => ItemKind::Institution,
            Def::Region(_) => ItemKind::Region,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CreboDef {
    Dossier(DossierId),
    Qual(QualId),
}

impl CreboDef {
    fn kind(self) -> ItemKind {
        match self {
            CreboDef::Dossier(_) => ItemKind::Dossier,
            CreboDef::Qual(_) => ItemKind::Qualification,
        }
    }
}

/// An item declared in pass 1, waiting for its fields.
enum Pending {
    Track(TrackId),
    Sector(SectorId),
    Subject,
    Profile(ProfileId),
    Dossier(DossierId),
    Qual(QualId),
    Prereq(PrereqId),
    School(SchoolId),
    Programme(ProgId),
    Inst(InstId),
    Offer(OfferId),
    Pathway(PathwayId),
    Region(RegionId),
}

pub struct Resolved {
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) struct Resolver<'a, 's> {
    sources: &'s SourceMap,
    names: HashMap<&'a str, (Def, Span)>,
    crebos: HashMap<u32, (CreboDef, Span)>,
    programmes: HashMap<(SchoolId, &'a str), ProgId>,
    offers: HashMap<(InstId, &'a str), OfferId>,
    dropped_top: HashSet<&'a str>,
    dropped_nested: HashSet<(&'a str, &'a str)>,
    model: Model,
    diags: Vec<Diagnostic>,
    /// Spans of every `includes` element, for the cycle report.
    includes_spans: Vec<Vec<Span>>,
}

fn loc(item: &Item) -> Loc {
    Loc {
        name: item.name_span(),
        item: item.span,
    }
}

fn title(item: &Item) -> Option<String> {
    item.title.as_ref().map(|t| t.value.to_string())
}

/// A valid crebo code: exactly 5 digits.
fn crebo_value(text: &str) -> Option<u32> {
    (text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

pub fn resolve(sources: &SourceMap, asts: &[SourceAst<'_>]) -> Resolved {
    let mut r = Resolver {
        sources,
        names: HashMap::new(),
        crebos: HashMap::new(),
        programmes: HashMap::new(),
        offers: HashMap::new(),
        dropped_top: HashSet::new(),
        dropped_nested: HashSet::new(),
        model: Model::default(),
        diags: Vec::new(),
        includes_spans: Vec::new(),
    };
    for ast in asts {
        for d in &ast.dropped {
            match d.parent {
                None => r.dropped_top.insert(d.name),
                Some(p) => r.dropped_nested.insert((p, d.name)),
            };
        }
    }
    let mut pending = Vec::new();
    for ast in asts {
        for item in &ast.items {
            r.declare(item, &mut pending);
        }
    }
    // Catalogue items first: offers and prerequisites look into dossiers.
    let (catalogue, plan): (Vec<_>, Vec<_>) = pending.into_iter().partition(|(_, p)| {
        matches!(
            p,
            Pending::Track(_)
                | Pending::Sector(_)
                | Pending::Subject
                | Pending::Profile(_)
                | Pending::Dossier(_)
                | Pending::Qual(_)
        )
    });
    for (item, p) in catalogue {
        r.fill(item, p);
    }
    r.link_dossiers();
    for (item, p) in plan {
        r.fill(item, p);
    }
    r.finish();
    Resolved {
        model: r.model,
        diagnostics: r.diags,
    }
}

impl<'a> Resolver<'a, '_> {
    fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    fn duplicate(&mut self, what: Wanted, name: &str, later: Span, first: Span) {
        self.push(
            Diagnostic::new(
                Code::E102,
                later,
                Msg::Duplicate {
                    what,
                    name: name.to_string(),
                },
            )
            .with_label(first, Msg::FirstDefinedHere)
            .help(Msg::HelpRenameOrRemove)
            .key(name),
        );
    }

    fn declare(&mut self, item: &'a Item<'a>, pending: &mut Vec<(&'a Item<'a>, Pending)>) {
        let kind = item.kind;
        if kind == ItemKind::Pathway {
            let id = PathwayId(self.model.pathways.len() as u32);
            self.model.pathways.push(Pathway {
                nodes: Vec::new(),
                first: None,
                node_spans: item.nodes.iter().map(|n| n.span()).collect(),
                route: None,
                years: Years::default(),
                note: None,
                loc: loc(item),
            });
            pending.push((item, Pending::Pathway(id)));
            return;
        }
        if kind.has_crebo_head() {
            let Some(lit) = item.crebo else { return };
            let Some(code) = crebo_value(lit.text) else {
                self.bad_crebo(lit.text, lit.span);
                return;
            };
            if let Some(&(_, first)) = self.crebos.get(&code) {
                self.duplicate(Wanted::Kind(kind), lit.text, lit.span, first);
                return;
            }
            let (def, p) = if kind == ItemKind::Dossier {
                let id = DossierId(self.model.dossiers.len() as u32);
                self.model.dossiers.push(Dossier {
                    crebo: code,
                    title: title(item),
                    sector: None,
                    qualifications: Vec::new(),
                    loc: loc(item),
                });
                (CreboDef::Dossier(id), Pending::Dossier(id))
            } else {
                let id = QualId(self.model.qualifications.len() as u32);
                self.model.qualifications.push(Qualification {
                    crebo: code,
                    title: title(item),
                    level: None,
                    dossier: None,
                    sector: None,
                    requires: Vec::new(),
                    years: Years::default(),
                    loc: loc(item),
                });
                (CreboDef::Qual(id), Pending::Qual(id))
            };
            self.crebos.insert(code, (def, lit.span));
            pending.push((item, p));
            return;
        }
        let Some(id) = item.id else { return };
        if let Some(&(_, first)) = self.names.get(id.text) {
            self.duplicate(Wanted::Kind(kind), id.text, id.span, first);
            return;
        }
        let m = &mut self.model;
        let (def, p) = match kind {
            ItemKind::Track => {
                let i = TrackId(m.tracks.len() as u32);
                m.tracks.push(Track {
                    name: id.text.into(),
                    title: title(item),
                    admits: Vec::new(),
                    loc: loc(item),
                });
                (Def::Track(i), Pending::Track(i))
            }
            ItemKind::Sector => {
                let i = SectorId(m.sectors.len() as u32);
                m.sectors.push(Sector {
                    name: id.text.into(),
                    title: title(item),
                    includes: Vec::new(),
                    loc: loc(item),
                });
                self.includes_spans.push(Vec::new());
                (Def::Sector(i), Pending::Sector(i))
            }
            ItemKind::Subject => {
                let i = SubjectId(m.subjects.len() as u32);
                m.subjects.push(Subject {
                    name: id.text.into(),
                    title: title(item),
                    loc: loc(item),
                });
                (Def::Subject(i), Pending::Subject)
            }
            ItemKind::Profile => {
                let i = ProfileId(m.profiles.len() as u32);
                m.profiles.push(Profile {
                    name: id.text.into(),
                    title: title(item),
                    sectors: Vec::new(),
                    loc: loc(item),
                });
                (Def::Profile(i), Pending::Profile(i))
            }
            ItemKind::Prerequisite => {
                let i = PrereqId(m.prerequisites.len() as u32);
                m.prerequisites.push(Prerequisite {
                    name: id.text.into(),
                    title: title(item),
                    into: Vec::new(),
                    from: Vec::new(),
                    levels: Vec::new(),
                    one_of: Vec::new(),
                    except: Vec::new(),
                    loc: loc(item),
                });
                (Def::Prereq(i), Pending::Prereq(i))
            }
            ItemKind::Region => {
                let i = RegionId(m.regions.len() as u32);
                m.regions.push(Region {
                    name: id.text.into(),
                    title: title(item),
                    members: Vec::new(),
                    demand: Vec::new(),
                    target_level: 4,
                    implicit: false,
                    loc: loc(item),
                });
                (Def::Region(i), Pending::Region(i))
            }
            ItemKind::School => {
                let s = SchoolId(m.schools.len() as u32);
                m.schools.push(School {
                    name: id.text.into(),
                    title: title(item),
                    brin: None,
                    municipality: None,
                    programmes: Vec::new(),
                    loc: loc(item),
                });
                self.names.insert(id.text, (Def::School(s), id.span));
                pending.push((item, Pending::School(s)));
                for child in &item.children {
                    self.declare_programme(s, child, pending);
                }
                return;
            }
            ItemKind::Institution => {
                let inst = InstId(m.institutions.len() as u32);
                m.institutions.push(Institution {
                    name: id.text.into(),
                    title: title(item),
                    brin: None,
                    offers: Vec::new(),
                    loc: loc(item),
                });
                self.names.insert(id.text, (Def::Inst(inst), id.span));
                pending.push((item, Pending::Inst(inst)));
                for child in &item.children {
                    self.declare_offer(inst, child, pending);
                }
                return;
            }
            _ => return,
        };
        self.names.insert(id.text, (def, id.span));
        pending.push((item, p));
    }

    fn declare_programme(
        &mut self,
        school: SchoolId,
        item: &'a Item<'a>,
        pending: &mut Vec<(&'a Item<'a>, Pending)>,
    ) {
        if item.kind != ItemKind::Programme {
            return;
        }
        let Some(id) = item.id else { return };
        if let Some(&first) = self.programmes.get(&(school, id.text)) {
            let first = self.model.programme(first).loc.name;
            self.duplicate(Wanted::Kind(ItemKind::Programme), id.text, id.span, first);
            return;
        }
        let p = ProgId(self.model.programmes.len() as u32);
        self.model.programmes.push(Programme {
            school,
            name: id.text.into(),
            title: title(item),
            track: None,
            profile: None,
            practical: None,
            subjects: None,
            pupils: None,
            years: Years::default(),
            loc: loc(item),
        });
        self.model.schools[school.idx()].programmes.push(p);
        self.programmes.insert((school, id.text), p);
        pending.push((item, Pending::Programme(p)));
    }

    fn declare_offer(
        &mut self,
        inst: InstId,
        item: &'a Item<'a>,
        pending: &mut Vec<(&'a Item<'a>, Pending)>,
    ) {
        if item.kind != ItemKind::Offer {
            return;
        }
        let Some(lit) = item.crebo else { return };
        let Some(code) = crebo_value(lit.text) else {
            self.bad_crebo(lit.text, lit.span);
            return;
        };
        let location = item.field("location").and_then(|f| match &f.value {
            crate::syntax::Value::Str(s) => Some(s.value.to_string()),
            _ => None,
        });
        let inst_name = self.model.institution(inst).name.clone();
        if let Some(alias) = item.id {
            if let Some(&first) = self.offers.get(&(inst, alias.text)) {
                let first = self.model.offer(first).loc.name;
                self.duplicate(
                    Wanted::Offer(inst_name.clone()),
                    alias.text,
                    alias.span,
                    first,
                );
                return;
            }
        }
        let first_of_crebo = self.offers.get(&(inst, lit.text)).copied();
        if let (Some(first), None) = (first_of_crebo, item.id) {
            // An unnamed repeat: D301 at the same location, else E102.
            let same_place = self
                .model
                .institution(inst)
                .offers
                .iter()
                .copied()
                .find(|&o| {
                    let o = self.model.offer(o);
                    o.crebo == code && o.location == location
                });
            if let Some(earlier) = same_place {
                self.model.duplicate_offers.push(DuplicateOffer {
                    institution: inst,
                    crebo: code,
                    later: lit.span,
                    first: self.model.offer(earlier).crebo_span,
                    location,
                });
            } else {
                let first_span = self.model.offer(first).crebo_span;
                self.push(
                    Diagnostic::new(
                        Code::E102,
                        lit.span,
                        Msg::UnnamedRepeatOffer {
                            institution: inst_name.clone(),
                            crebo: lit.text.to_string(),
                        },
                    )
                    .with_label(first_span, Msg::FirstDefinedHere)
                    .help(Msg::HelpNameOffer {
                        crebo: lit.text.to_string(),
                    })
                    .key(inst_name)
                    .key(lit.text),
                );
            }
            return;
        }
        let o = OfferId(self.model.offers.len() as u32);
        self.model.offers.push(Offer {
            institution: inst,
            crebo: code,
            alias: item.id.map(|a| a.text.to_string()),
            qualification: None,
            location,
            routes: vec![Route::Bol, Route::Bbl],
            capacity: None,
            years: Years::default(),
            loc: loc(item),
            crebo_span: lit.span,
        });
        self.model.institutions[inst.idx()].offers.push(o);
        if first_of_crebo.is_none() {
            self.offers.insert((inst, lit.text), o);
        }
        if let Some(alias) = item.id {
            self.offers.insert((inst, alias.text), o);
        }
        pending.push((item, Pending::Offer(o)));
    }

    fn bad_crebo(&mut self, text: &str, span: Span) {
        self.push(
            Diagnostic::new(
                Code::E104,
                span,
                Msg::BadCrebo {
                    text: text.to_string(),
                },
            )
            .help(Msg::HelpCrebo),
        );
    }

    /// Resolves a bare name to a top-level item of the wanted kinds.
    fn lookup(&mut self, r: &Ref<'a>, wanted: &[ItemKind], as_wanted: Wanted) -> Option<Def> {
        if r.member.is_some() {
            // A dotted reference names a programme or an offer: never right here.
            if let Some(node) = self.node(r, NodePos::Any) {
                let found = match node {
                    Node::Programme(_) => ItemKind::Programme,
                    Node::Offer(_) => ItemKind::Offer,
                };
                self.wrong_kind(r, as_wanted, found, None);
            }
            return None;
        }
        let name = r.base.text;
        match self.names.get(name).copied() {
            Some((def, _)) if wanted.contains(&def.kind()) => Some(def),
            Some((def, def_span)) => {
                self.wrong_kind(r, as_wanted, def.kind(), Some(def_span));
                None
            }
            None if self.dropped_top.contains(name) => None,
            None => {
                let candidates: Vec<&str> = self
                    .names
                    .iter()
                    .filter(|(_, (d, _))| wanted.contains(&d.kind()))
                    .map(|(n, _)| *n)
                    .collect();
                self.unknown(r.span(), as_wanted, name, candidates);
                None
            }
        }
    }

    fn wrong_kind(&mut self, r: &Ref<'a>, wanted: Wanted, found: ItemKind, def: Option<Span>) {
        let name = ref_text(r);
        let mut d = Diagnostic::new(
            Code::E103,
            r.span(),
            Msg::WrongKind {
                wanted: wanted.clone(),
                name: name.clone(),
                found,
            },
        )
        .help(Msg::HelpUseKind { wanted })
        .key(name);
        if let Some(def) = def {
            d = d.with_label(def, Msg::IsA { found });
        }
        self.push(d);
    }

    fn unknown(&mut self, span: Span, wanted: Wanted, name: &str, candidates: Vec<&str>) {
        let close = crate::suggest::closest(name, candidates);
        let help = if close.is_empty() {
            Msg::DeclareIt {
                wanted: wanted.clone(),
                name: crate::diagnostics::truncate(name, 40),
            }
        } else {
            Msg::DidYouMean {
                names: close.iter().map(|s| s.to_string()).collect(),
            }
        };
        self.push(
            Diagnostic::new(
                Code::E101,
                span,
                Msg::Unknown {
                    wanted,
                    name: crate::diagnostics::truncate(name, 40),
                },
            )
            .label(Msg::NotDefined)
            .help(help)
            .key(name),
        );
    }

    /// Resolves a crebo code to a dossier or qualification of the wanted kind.
    fn crebo(&mut self, text: &str, span: Span, wanted: ItemKind) -> Option<CreboDef> {
        let Some(code) = crebo_value(text) else {
            self.bad_crebo(text, span);
            return None;
        };
        match self.crebos.get(&code).copied() {
            Some((def, _)) if def.kind() == wanted => Some(def),
            Some((CreboDef::Dossier(d), _)) if wanted == ItemKind::Qualification => {
                self.dossier_offered(d, text, span);
                None
            }
            Some((def, def_span)) => {
                self.push(
                    Diagnostic::new(
                        Code::E103,
                        span,
                        Msg::WrongKind {
                            wanted: Wanted::Kind(wanted),
                            name: text.to_string(),
                            found: def.kind(),
                        },
                    )
                    .with_label(def_span, Msg::IsA { found: def.kind() })
                    .help(Msg::HelpUseKind {
                        wanted: Wanted::Kind(wanted),
                    })
                    .key(text),
                );
                None
            }
            None if self.dropped_top.contains(text) => None,
            None => {
                let help = match crate::prelude::known_crebo(code) {
                    Some((crate::prelude::KnownKind::Newer, name)) => Some(Msg::NewerCrebo {
                        code: text.into(),
                        name: name.into(),
                    }),
                    Some((crate::prelude::KnownKind::Historic, name)) => Some(Msg::HistoricCrebo {
                        code: text.into(),
                        name: name.into(),
                    }),
                    None => None,
                };
                match help {
                    Some(help) => self.push(
                        Diagnostic::new(
                            Code::E101,
                            span,
                            Msg::Unknown {
                                wanted: Wanted::Kind(wanted),
                                name: text.into(),
                            },
                        )
                        .label(Msg::NotDefined)
                        .help(help)
                        .key(text),
                    ),
                    None => {
                        let cands: Vec<String> = self
                            .crebos
                            .iter()
                            .filter(|(_, (d, _))| d.kind() == wanted)
                            .map(|(c, _)| c.to_string())
                            .collect();
                        self.unknown(
                            span,
                            Wanted::Kind(wanted),
                            text,
                            cands.iter().map(String::as_str).collect(),
                        );
                    }
                }
                None
            }
        }
    }

    fn dossier_offered(&mut self, d: DossierId, text: &str, span: Span) {
        let dossier = self.model.dossier(d);
        let quals = dossier
            .qualifications
            .iter()
            .map(|&q| {
                let q = self.model.qual(q);
                (
                    q.crebo.to_string(),
                    q.title.clone().unwrap_or_default(),
                    q.level.unwrap_or(0),
                )
            })
            .collect();
        let d = Diagnostic::new(
            Code::E103,
            span,
            Msg::DossierOffered {
                code: text.into(),
                title: dossier.title.clone().unwrap_or_default(),
            },
        )
        .with_label(
            dossier.loc.name,
            Msg::IsA {
                found: ItemKind::Dossier,
            },
        )
        .help(Msg::DossierQualifications {
            dossier: text.into(),
            quals,
        })
        .key(text);
        self.push(d);
    }

    /// A dotted reference's node, reporting nothing (it was reported once).
    fn node_quiet(&self, r: &Ref<'a>) -> Option<Node> {
        let m = r.member?.text();
        match self.names.get(r.base.text)?.0 {
            Def::School(s) => self.programmes.get(&(s, m)).map(|&p| Node::Programme(p)),
            Def::Inst(i) => self.offers.get(&(i, m)).map(|&o| Node::Offer(o)),
            _ => None,
        }
    }

    /// Resolves a pathway node or other dotted reference.
    fn node(&mut self, r: &Ref<'a>, pos: NodePos) -> Option<Node> {
        let base = r.base.text;
        let Some(member) = r.member else {
            let wanted = pos.wanted();
            match self.names.get(base).copied() {
                Some((def, span)) => self.wrong_kind(r, wanted, def.kind(), Some(span)),
                None if self.dropped_top.contains(base) => {}
                None => {
                    let cands: Vec<&str> = self
                        .names
                        .iter()
                        .filter(|(_, (d, _))| matches!(d, Def::School(_) | Def::Inst(_)))
                        .map(|(n, _)| *n)
                        .collect();
                    self.unknown(r.span(), wanted, base, cands);
                }
            }
            return None;
        };
        let m = member.text();
        let node = match self.names.get(base).copied() {
            Some((Def::School(s), _)) => match self.programmes.get(&(s, m)) {
                Some(&p) => Node::Programme(p),
                None if self.dropped_nested.contains(&(base, m)) => return None,
                None => {
                    let cands: Vec<&str> = self
                        .programmes
                        .keys()
                        .filter(|(school, _)| *school == s)
                        .map(|(_, n)| *n)
                        .collect();
                    self.unknown(r.span(), Wanted::Programme(base.into()), m, cands);
                    return None;
                }
            },
            Some((Def::Inst(i), _)) => match self.offers.get(&(i, m)) {
                Some(&o) => Node::Offer(o),
                None if self.dropped_nested.contains(&(base, m)) => return None,
                None => {
                    let cands: Vec<&str> = self
                        .offers
                        .keys()
                        .filter(|(inst, _)| *inst == i)
                        .map(|(_, n)| *n)
                        .collect();
                    self.unknown(r.span(), Wanted::Offer(base.into()), m, cands);
                    return None;
                }
            },
            Some((def, span)) => {
                self.wrong_kind(r, Wanted::Member, def.kind(), Some(span));
                return None;
            }
            None if self.dropped_top.contains(base) => return None,
            None => {
                let cands: Vec<&str> = self
                    .names
                    .iter()
                    .filter(|(_, (d, _))| matches!(d, Def::School(_) | Def::Inst(_)))
                    .map(|(n, _)| *n)
                    .collect();
                self.unknown(r.base.span, Wanted::Member, base, cands);
                return None;
            }
        };
        if pos == NodePos::Later && matches!(node, Node::Programme(_)) {
            self.wrong_kind(
                r,
                Wanted::Kind(ItemKind::Offer),
                ItemKind::Programme,
                Some(match node {
                    Node::Programme(p) => self.model.programme(p).loc.name,
                    Node::Offer(o) => self.model.offer(o).loc.name,
                }),
            );
            return None;
        }
        Some(node)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NodePos {
    First,
    Later,
    Any,
}

impl NodePos {
    fn wanted(self) -> Wanted {
        match self {
            NodePos::First | NodePos::Any => Wanted::Node,
            NodePos::Later => Wanted::Kind(ItemKind::Offer),
        }
    }
}

/// A reference as written: `a` or `a.b`.
pub fn ref_text(r: &Ref) -> String {
    match &r.member {
        Some(m) => format!(
            "{}.{}",
            crate::diagnostics::truncate(r.base.text, 40),
            crate::diagnostics::truncate(m.text(), 40)
        ),
        None => crate::diagnostics::truncate(r.base.text, 40),
    }
}
