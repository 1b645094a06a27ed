//! The resolver: syntax trees → the semantic model, with E101–E107.
//!
//! Pass 1 declares every name (E102 for a second definition, which then
//! takes no further part). Pass 2 resolves fields, catalogue items first so
//! that offers and prerequisites can see complete dossiers. Pass 3 derives
//! what checks share: sector closures (E104 for `includes` cycles) and the
//! years the plan writes.

mod brin;
mod brin_table;
mod dutch_fields;
mod fields;
mod hints;
pub mod messages;

use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};
/// The resolver's maps: foldhash (seeded per process, so crafted names
/// cannot force collisions), several times cheaper than SipHash here.
pub(crate) type HashMap<K, V> = StdHashMap<K, V, foldhash::fast::RandomState>;
pub(crate) type HashSet<K> = StdHashSet<K, foldhash::fast::RandomState>;

use crate::codes::Code;
use crate::diagnostics::Diagnostic;
use crate::model::*;
use crate::schema::Wanted;
use crate::source::{SourceMap, Span};
use crate::syntax::{Item, ItemKind, Ref, SourceAst};
use messages::Msg;

pub use crate::schema::field_names;

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
#[derive(Clone, Copy)]
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

/// What messages need of the item whose fields are being resolved: its
/// tree may be a scratch one, gone before the messages are worded.
#[derive(Clone, Copy)]
struct Head {
    kind: ItemKind,
    /// Its ID or crebo, if written.
    name: Option<Span>,
}

impl Head {
    fn of(item: &Item<'_>) -> Head {
        Head {
            kind: item.kind,
            name: item
                .id()
                .map(|i| i.span())
                .or(item.crebo().map(|c| c.span())),
        }
    }
}

/// A namespace did-you-mean searches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Space {
    /// Top-level names of these kinds (a set of `ItemKind` bits).
    Names(u16),
    /// A school's programmes.
    Programmes(SchoolId),
    /// An institution's offers, by crebo and by `as` name.
    Offers(InstId),
    /// Declared crebo codes of a kind.
    Crebos(ItemKind),
}

/// How many schools' and institutions' did-you-mean indexes are kept.
const OWNED_SPACES: usize = 8;

fn kind_bits(kinds: &[ItemKind]) -> u16 {
    kinds.iter().fold(0, |b, &k| b | 1 << k as u16)
}

/// Candidate comparisons did-you-mean may spend on one project: plenty for
/// any real plan's typos, a bound for hostile input.
const SUGGEST_BUDGET: usize = 4_000_000;

pub struct Resolved {
    pub model: Model,
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) struct Resolver<'a, 's> {
    sources: &'s SourceMap,
    names: HashMap<&'a str, (Def, Span)>,
    crebos: HashMap<u32, (CreboDef, Span)>,
    /// Per school, its programmes by name; per institution, its offers by
    /// crebo code and `as` ID. A table per owner, not one keyed by owner
    /// and name: the pathways of a region name the offers of a few
    /// institutions over and over, whose small tables stay in cache, where
    /// one table of a national plan's 175,000 offers missed the cache on
    /// almost every lookup.
    programmes: Vec<HashMap<&'a str, ProgId>>,
    offers: Vec<HashMap<&'a str, OfferId>>,
    /// Every programme and offer by its member name (`pie-kb`, `25263`, an
    /// `as` ID), at whichever school or institution: the did-you-mean
    /// across owners looks here instead of scanning the plan per unknown
    /// reference.
    /// Built from `programmes` and `offers` when first needed (after
    /// pass 1): most plans never ask.
    members: Option<HashMap<&'a str, Members>>,
    dropped_top: HashSet<&'a str>,
    dropped_nested: HashSet<(&'a str, &'a str)>,
    model: Model,
    diags: Vec<Diagnostic>,
    /// Spans of every `includes` element, for the cycle report.
    includes_spans: Vec<Vec<Span>>,
    /// Candidate comparisons left for did-you-mean (see `may_suggest`).
    suggest_budget: usize,
    /// Each namespace did-you-mean has searched, prepared once (the
    /// namespaces do not change once pass 1 has declared every name);
    /// of the schools' and institutions' own, only the last few.
    spaces: HashMap<Space, crate::suggest::Index>,
    /// The schools' and institutions' spaces in `spaces`, oldest first.
    owned_spaces: std::collections::VecDeque<Space>,
    /// The titles of each searched namespace's names, with the name each
    /// belongs to, for a name written out like a title.
    titles: HashMap<Space, (crate::suggest::Index, Vec<usize>)>,
    /// The item whose fields are being resolved, for messages.
    /// `None` for a pathway: its tree may be gone (it is read while it
    /// is declared), and the model has what messages need.
    owner: Option<(Option<Head>, Pending)>,
    /// Items declared and waiting for their fields, in declaration order
    /// (pathways and institutions are read whole when declared: not
    /// here). An offer waits without its tree, for its crebo code only
    /// (`offer_qualification`); so do the schools and programmes of a
    /// file lowered when parsed, which is parsed again for them.
    pending: Vec<(Option<&'a Item<'a>>, Pending)>,
    /// The valid routes an offer's `routes` writes, with their spans,
    /// until pass 2 knows which its qualification allows.
    offer_routes: HashMap<OfferId, Box<[(Route, Span)]>>,
    /// The last offer's location, for the next offer that writes the same.
    last_location: Option<std::sync::Arc<str>>,
    /// The node the last unresolved dotted reference surely meant: the
    /// one programme or offer of that name at another school or
    /// institution. A pathway starting there counts as starting at it for
    /// what C207–C209 and S402 leave out.
    guess: Option<Node>,
    /// The last pathway start that resolved, by its text: a plan lists a
    /// programme's pathways one after another, and the tables do not
    /// change while pathways are read.
    last_start: Option<(String, String, Node)>,
    /// The pathway whose fields are being read and how messages name it
    /// (`pathway_name`), while it is declared.
    declaring: Option<(PathwayId, String)>,
    /// The texts of files a one-off check took out of the sources and
    /// then kept after all, copied into the syntax arena (`text_of`).
    moved_texts: Vec<(crate::source::FileId, &'a str)>,
}

/// The programmes and offers of one member name, across owners (see
/// `Resolver::members`), sorted by owner name when first asked.
#[derive(Default)]
struct Members {
    programmes: Vec<ProgId>,
    offers: Vec<OfferId>,
    sorted: bool,
}

/// The first `n` entries with distinct references, from entries sorted by
/// reference (a school can declare a name twice; E102 reports that).
fn first_distinct(entries: impl Iterator<Item = (String, Node)>, n: usize) -> Vec<(String, Node)> {
    let mut out: Vec<(String, Node)> = Vec::with_capacity(n);
    for entry in entries {
        if out.last().is_some_and(|last| last.0 == entry.0) {
            continue;
        }
        if out.len() == n {
            break;
        }
        out.push(entry);
    }
    out
}

fn loc(item: &Item) -> Loc {
    Loc {
        name: item.name_span(),
        item: item.span,
    }
}

fn title(item: &Item) -> Option<String> {
    item.title().map(|t| t.value.to_string())
}

/// An empty table of a school's programmes or an institution's offers,
/// with room for the members `owner` writes.
fn members_table<'n, V>(owner: &Item<'_>) -> HashMap<&'n str, V> {
    HashMap::with_capacity_and_hasher(owner.children().len(), Default::default())
}

/// A valid crebo code: exactly 5 digits.
fn crebo_value(text: &str) -> Option<u32> {
    (text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// How many items of the large kinds a project has, exactly or at most:
/// the model's tables and the name tables are reserved at that size up
/// front (growing them by doubling copies them and leaves up to half
/// unused at the check's peak of memory; growing a hash table inserts
/// every entry again).
#[derive(Clone, Copy, Debug, Default)]
pub struct Sizes {
    pub pathways: usize,
    pub offers: usize,
    pub programmes: usize,
    /// Items with a name or crebo (not pathways, offers or programmes).
    pub named: usize,
    pub crebos: usize,
    /// A bound on the offers and on the programmes when they are not
    /// counted yet: the texts' lines (an item that shares its line with
    /// another only makes a table grow). Only the model's tables take it
    /// (room a `Vec` never uses is never touched); a hash table reserved
    /// at that size would be touched whole and probed over more memory.
    pub bound: usize,
}

impl Sizes {
    /// Counted in parsed trees.
    pub fn of(asts: &[SourceAst<'_>]) -> Sizes {
        let mut n = Sizes::default();
        for item in asts.iter().flat_map(|a| a.items) {
            match item.kind {
                ItemKind::Pathway => n.pathways += 1,
                ItemKind::Institution => n.offers += item.children().len(),
                ItemKind::School => n.programmes += item.children().len(),
                ItemKind::Dossier | ItemKind::Qualification => n.crebos += 1,
                _ => {}
            }
            n.named += usize::from(item.kind != ItemKind::Pathway);
        }
        n
    }

    /// A bound on the pathways from the texts, before anything is parsed
    /// (the resolver then takes each file as it is parsed): their lines. A
    /// pathway takes a line or more, so this is enough but for a plan that
    /// writes several on one line, whose table then grows. Counting line
    /// feeds is one fast pass: searching the text for the word `pathway`
    /// took eight times the instructions, and room never used is never
    /// touched (peak RSS is the same either way).
    pub fn estimate(sources: &SourceMap) -> Sizes {
        let lines: usize = sources
            .files()
            .map(|(_, f)| memchr::memchr_iter(b'\n', f.text.as_bytes()).count() + 1)
            .sum();
        Sizes {
            pathways: lines,
            bound: lines,
            ..Sizes::default()
        }
    }
}

/// Resolves parsed files in one go (see `Resolver` for taking them one
/// at a time).
pub fn resolve<'a>(sources: &'a SourceMap, asts: &[SourceAst<'a>]) -> Resolved {
    let mut r = Resolver::new(sources, Sizes::of(asts));
    for ast in asts {
        r.add_file(ast);
    }
    r.finish()
}

impl<'a, 's: 'a> Resolver<'a, 's> {
    pub(crate) fn new(sources: &'s SourceMap, sizes: Sizes) -> Resolver<'a, 's> {
        let mut r = Resolver {
            sources,
            names: HashMap::default(),
            crebos: HashMap::default(),
            programmes: Vec::new(),
            offers: Vec::new(),
            members: None,
            dropped_top: HashSet::default(),
            dropped_nested: HashSet::default(),
            model: Model::default(),
            diags: Vec::new(),
            includes_spans: Vec::new(),
            suggest_budget: SUGGEST_BUDGET,
            spaces: HashMap::default(),
            owned_spaces: std::collections::VecDeque::new(),
            titles: HashMap::default(),
            owner: None,
            pending: Vec::with_capacity(
                (sizes.named + sizes.offers + sizes.programmes).max(sizes.bound),
            ),
            guess: None,
            last_start: None,
            declaring: None,
            moved_texts: Vec::new(),
            offer_routes: HashMap::default(),
            last_location: None,
        };
        r.model.pathways.reserve_exact(sizes.pathways);
        r.model.offers.reserve_exact(sizes.offers.max(sizes.bound));
        r.model
            .programmes
            .reserve_exact(sizes.programmes.max(sizes.bound));
        r.names.reserve(sizes.named.saturating_sub(sizes.crebos));
        r.crebos.reserve(sizes.crebos);
        r
    }

    /// Declares a file's items (pass 1), in the order the files come.
    /// Pathways are read whole here; the other items keep their trees
    /// (`'a`) until [`Resolver::finish`].
    pub(crate) fn add_file(&mut self, ast: &SourceAst<'a>) {
        for d in &ast.dropped {
            match d.parent {
                None => self.dropped_top.insert(d.name),
                Some(p) => self.dropped_nested.insert((p, d.name)),
            };
        }
        let items: &'a [Item<'a>] = ast.items;
        for item in items {
            self.declare(item);
        }
    }

    /// Declares a file that holds pathways, institutions and schools
    /// only, whatever its tree's lifetime: nothing of the tree is kept, so
    /// it can be freed as soon as this returns ([`Resolver::finish`] parses
    /// a file of schools again for their fields). `items` must all be
    /// pathways, institutions or schools and the file must have dropped no
    /// item (no name to record).
    pub(crate) fn add_lowered(&mut self, items: &[Item<'_>]) {
        for item in items {
            match item.kind {
                ItemKind::Pathway => self.declare_pathway(item),
                ItemKind::Institution => self.declare_institution(item),
                ItemKind::School => self.declare_school(item, None),
                kind => debug_assert!(false, "{kind:?} is not lowered when parsed"),
            }
        }
    }

    /// Passes 2 and 3: every item's fields, each pathway's nodes, then
    /// what the checks share.
    pub(crate) fn finish(self) -> Resolved {
        self.finish_taking(&mut [])
    }

    /// A file's text that a one-off check took out of the sources and
    /// keeps after all (a file that turned out to hold more than
    /// pathways): `text` lives as long as the trees.
    pub(crate) fn keep_text(&mut self, file: crate::source::FileId, text: &'a str) {
        self.moved_texts.push((file, text));
    }

    /// [`Resolver::finish`], where `taken[file]` holds the text of a file
    /// of pathways that a one-off check took out of the sources: each goes
    /// once that file's pathways are resolved.
    pub(crate) fn finish_taking(mut self, taken: &mut [Option<String>]) -> Resolved {
        let pending = std::mem::take(&mut self.pending);
        // Catalogue items first: offers and prerequisites look into dossiers.
        let catalogue = |p: &Pending| {
            matches!(
                p,
                Pending::Track(_)
                    | Pending::Sector(_)
                    | Pending::Subject
                    | Pending::Profile(_)
                    | Pending::Dossier(_)
                    | Pending::Qual(_)
            )
        };
        for &(item, p) in pending.iter().filter(|(_, p)| catalogue(p)) {
            self.fill_pending(item, p);
        }
        self.link_dossiers();
        // Pathways lie in file order: a file's text is read for its
        // pathways, then let go of if it was taken.
        let mut file_text: Option<(crate::source::FileId, Option<String>)> = None;
        for i in 0..self.model.pathways.len() {
            let file = self.model.pathways[i].file();
            if file_text.as_ref().is_none_or(|(f, _)| *f != file) {
                let taken_text = taken.get_mut(file.0 as usize).and_then(Option::take);
                if let Some((_, Some(done))) = file_text.replace((file, taken_text)) {
                    crate::allocator::give_back(move || drop(done));
                }
            }
            let text = match file_text.as_ref().and_then(|(_, t)| t.as_deref()) {
                Some(t) => t,
                None => self.text_of(file),
            };
            self.pathway_nodes(PathwayId(i as u32), text);
        }
        let mut scratch = crate::syntax::Arena::new();
        let mut at = 0;
        while at < pending.len() {
            match pending[at] {
                (_, p) if catalogue(&p) => at += 1,
                (None, Pending::School(s)) => {
                    // A file of schools was lowered when parsed: it is parsed
                    // again, one file at a time, for its items' fields.
                    let file = self.model.school(s).loc.item.file;
                    scratch.reset();
                    let text = self.text_of(file);
                    let parsed = crate::syntax::parse(file, text, &scratch);
                    at = self.fill_reparsed(&pending, at, file, parsed.ast.items);
                }
                (item, p) => {
                    self.fill_pending(item, p);
                    at += 1;
                }
            }
        }
        drop(scratch);
        drop(pending);
        self.finish_model();
        Resolved {
            model: self.model,
            diagnostics: self.diags,
        }
    }
}

impl<'a, 's: 'a> Resolver<'a, 's> {
    fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Fills the entries of `pending` from `at` on that wait without
    /// their tree in `file` (schools and their programmes, and offers,
    /// which need none), from `items`, the file parsed again; the index of
    /// the first entry it leaves. A catalogue item always keeps its tree.
    fn fill_reparsed(
        &mut self,
        pending: &[(Option<&'a Item<'a>>, Pending)],
        mut at: usize,
        file: crate::source::FileId,
        items: &[Item<'_>],
    ) -> usize {
        let mut school: Option<&Item<'_>> = None;
        while let Some(&(None, p)) = pending.get(at) {
            match p {
                Pending::School(s) => {
                    let span = self.model.school(s).loc.item;
                    if span.file != file {
                        break;
                    }
                    school = items
                        .binary_search_by_key(&span.start, |i| i.span.start)
                        .ok()
                        .map(|i| &items[i]);
                    debug_assert!(school.is_some(), "a file parses to the same items again");
                    if let Some(item) = school {
                        self.fill(item, p);
                    }
                }
                Pending::Programme(id) => {
                    let span = self.model.programme(id).loc.item;
                    let item = school.and_then(|s| {
                        let children = s.children();
                        let i = children
                            .binary_search_by_key(&span.start, |c| c.span.start)
                            .ok()?;
                        Some(&children[i])
                    });
                    debug_assert!(item.is_some(), "a programme follows its school");
                    if let Some(item) = item {
                        self.fill(item, p);
                    }
                }
                p => self.fill_pending(None, p),
            }
            at += 1;
        }
        at
    }

    fn fill_pending(&mut self, item: Option<&'a Item<'a>>, p: Pending) {
        match (item, p) {
            (Some(item), p) => self.fill(item, p),
            (None, Pending::Offer(o)) => self.offer_qualification(o),
            (None, _) => unreachable!("only an offer waits without its tree"),
        }
    }

    /// The text under `span`, borrowed from the sources rather than from a
    /// tree, which is not kept for a lowered file.
    fn text_at(&self, span: Span) -> &'a str {
        &self.text_of(span.file)[span.start as usize..span.end as usize]
    }

    /// A file's text: the sources', or the copy of one a one-off check
    /// took out of them ([`Resolver::keep_text`]).
    fn text_of(&self, file: crate::source::FileId) -> &'a str {
        match self.moved_texts.iter().find(|(f, _)| *f == file) {
            Some(&(_, text)) => text,
            None => &self.sources.get(file).text,
        }
    }

    /// False, with E102 reported, when `name` is already declared.
    fn is_new_name(&mut self, kind: ItemKind, name: &str, span: Span) -> bool {
        let Some(&(def, first)) = self.names.get(name) else {
            return true;
        };
        let first_kind = (def.kind() != kind).then_some(def.kind());
        self.duplicate(Wanted::Kind(kind), name, span, first, first_kind);
        false
    }

    /// E102 at the later definition, with a label on the first. `first_kind`
    /// is the first definition's kind when it differs from the later one's.
    fn duplicate(
        &mut self,
        what: Wanted,
        name: &str,
        later: Span,
        first: Span,
        first_kind: Option<ItemKind>,
    ) {
        let crebo = crebo_value(name).is_some();
        let help = if self.sources.get(first.file).is_std {
            Msg::HelpPreludeDefines {
                name: name.to_string(),
                crebo,
                other: first_kind,
            }
        } else if crebo {
            Msg::HelpCreboTwice
        } else if first_kind.is_some() {
            Msg::HelpSharedNamespace
        } else {
            Msg::HelpRenameOrRemove
        };
        self.push(
            Diagnostic::new(
                Code::E102,
                later,
                Msg::Duplicate {
                    what,
                    name: name.to_string(),
                    first: first_kind,
                },
            )
            .with_label(first, Msg::FirstDefinedHere)
            .help(help)
            .key(name),
        );
    }

    fn declare(&mut self, item: &'a Item<'a>) {
        let kind = item.kind;
        match kind {
            ItemKind::Pathway => return self.declare_pathway(item),
            ItemKind::Institution => return self.declare_institution(item),
            ItemKind::School => return self.declare_school(item, Some(item)),
            _ => {}
        }
        if kind.has_crebo_head() {
            let Some(lit) = item.crebo() else { return };
            let Some(code) = crebo_value(lit.text) else {
                self.bad_crebo(lit.text, lit.span());
                return;
            };
            if let Some(&(def, first)) = self.crebos.get(&code) {
                let first_kind = (def.kind() != kind).then_some(def.kind());
                self.duplicate(Wanted::Kind(kind), lit.text, lit.span(), first, first_kind);
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
                    routes: Routes::BOTH,
                    specialist: false,
                    successor: None,
                    years: Years::default(),
                    loc: loc(item),
                });
                (CreboDef::Qual(id), Pending::Qual(id))
            };
            self.crebos.insert(code, (def, lit.span()));
            self.pending.push((Some(item), p));
            return;
        }
        let Some(id) = item.id() else { return };
        if !self.is_new_name(kind, id.text, id.span()) {
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
                    tracks: Vec::new(),
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
                    into_quals: Vec::new(),
                    profiles: Vec::new(),
                    tracks: Vec::new(),
                    levels: Vec::new(),
                    one_of: Vec::new(),
                    except: Vec::new(),
                    years: Years::default(),
                    std: self.sources.get(item.span.file).is_std,
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
                    member_spans: Vec::new(),
                    labour_market: None,
                    implicit: false,
                    loc: loc(item),
                });
                (Def::Region(i), Pending::Region(i))
            }
            _ => return,
        };
        self.names.insert(id.text, (def, id.span()));
        self.pending.push((Some(item), p));
    }

    /// Declares an institution and its offers and reads their fields,
    /// which name nothing but each offer's crebo code: that is looked up in
    /// pass 2 ([`Resolver::offer_qualification`]), read again from the
    /// text. Nothing of `item` is kept, so a file of institutions is freed
    /// once declared, as a file of pathways is.
    fn declare_institution(&mut self, item: &Item<'_>) {
        let Some((name, span)) = self.new_owner_name(ItemKind::Institution, item) else {
            return;
        };
        let inst = InstId(self.model.institutions.len() as u32);
        self.model.institutions.push(Institution {
            name: name.into(),
            title: title(item),
            brin: None,
            municipality: None,
            offers: Vec::with_capacity(item.children().len()),
            loc: loc(item),
        });
        self.offers.push(members_table(item));
        self.names.insert(name, (Def::Inst(inst), span));
        self.read_institution(inst, item);
        for child in item.children() {
            self.declare_offer(inst, name, child);
        }
    }

    /// The ID of a school or institution being declared and where it is
    /// written, if it has one and it is new (E102 otherwise): read from
    /// the text, so that the tree may go.
    fn new_owner_name(&mut self, kind: ItemKind, item: &Item<'_>) -> Option<(&'a str, Span)> {
        let span = item.id()?.span();
        let name = self.text_at(span);
        self.is_new_name(kind, name, span).then_some((name, span))
    }

    /// Declares a school and its programmes. `tree` is `item` when its
    /// tree is kept until [`Resolver::finish`], `None` when it is freed
    /// once declared (the file is parsed again there): what is kept of it
    /// is read from the text.
    fn declare_school(&mut self, item: &Item<'_>, tree: Option<&'a Item<'a>>) {
        let Some((name, span)) = self.new_owner_name(ItemKind::School, item) else {
            return;
        };
        let s = SchoolId(self.model.schools.len() as u32);
        self.model.schools.push(School {
            name: name.into(),
            title: title(item),
            brin: None,
            municipality: None,
            programmes: Vec::with_capacity(item.children().len()),
            loc: loc(item),
        });
        self.programmes.push(members_table(item));
        self.names.insert(name, (Def::School(s), span));
        self.pending.push((tree, Pending::School(s)));
        for (i, child) in item.children().iter().enumerate() {
            self.declare_programme(s, name, child, tree.map(|t| &t.children()[i]));
        }
    }

    fn declare_programme(
        &mut self,
        school: SchoolId,
        school_name: &'a str,
        item: &Item<'_>,
        tree: Option<&'a Item<'a>>,
    ) {
        if item.kind != ItemKind::Programme {
            return;
        }
        let Some(id) = item.id() else { return };
        let name = self.text_at(id.span());
        if let Some(first) = self.programme_named(school, name) {
            let first = self.model.programme(first).loc.name;
            self.duplicate(
                Wanted::Programme(school_name.into()),
                name,
                id.span(),
                first,
                None,
            );
            return;
        }
        let p = ProgId(self.model.programmes.len() as u32);
        self.model.programmes.push(Programme {
            school,
            name: name.into(),
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
        self.programmes[school.idx()].insert(name, p);
        self.pending.push((tree, Pending::Programme(p)));
    }

    fn declare_offer(&mut self, inst: InstId, inst_name: &'a str, item: &Item<'_>) {
        if item.kind != ItemKind::Offer {
            return;
        }
        let Some(lit) = item.crebo() else { return };
        let crebo = self.text_at(lit.span());
        let alias = item.id().map(|a| (self.text_at(a.span()), a.span()));
        debug_assert_eq!(crebo, lit.text);
        let Some(code) = crebo_value(crebo) else {
            self.bad_crebo(crebo, lit.span());
            // Its E104 says it all: references to it are not reported.
            self.dropped_nested.insert((inst_name, crebo));
            if let Some((alias, _)) = alias {
                self.dropped_nested.insert((inst_name, alias));
            }
            return;
        };
        let location = item.field("location").and_then(|f| match &f.value {
            crate::syntax::Value::Str(s) => Some(self.location(s.value)),
            _ => None,
        });
        if let Some((alias, span)) = alias
            && let Some(first) = self.offer_named(inst, alias)
        {
            let first = self.model.offer(first).loc.name;
            self.duplicate(Wanted::Offer(inst_name.into()), alias, span, first, None);
            return;
        }
        let first_of_crebo = self.offer_named(inst, crebo);
        if let (Some(first), None) = (first_of_crebo, alias) {
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
                    later: lit.span(),
                    first: self.model.offer(earlier).crebo_span(),
                    location,
                });
            } else {
                let first_span = self.model.offer(first).crebo_span();
                self.push(
                    Diagnostic::new(
                        Code::E102,
                        lit.span(),
                        Msg::UnnamedRepeatOffer {
                            institution: inst_name.into(),
                            crebo: crebo.to_string(),
                        },
                    )
                    .with_label(first_span, Msg::FirstDefinedHere)
                    .help(Msg::HelpNameOffer {
                        institution: inst_name.into(),
                        crebo: crebo.to_string(),
                        name: location
                            .as_deref()
                            .and_then(id_from_text)
                            .unwrap_or_else(|| "zuid".into()),
                    })
                    .key(inst_name)
                    .key(crebo),
                );
            }
            return;
        }
        let o = OfferId(self.model.offers.len() as u32);
        self.model.offers.push(Offer {
            institution: inst,
            crebo: code,
            named: alias.map(|(a, _)| {
                Box::new(Alias {
                    name: a.into(),
                    crebo_span: lit.span(),
                })
            }),
            qualification: None,
            location,
            routes: Routes::BOTH,
            capacity: None,
            years: Years::default(),
            loc: loc(item),
        });
        debug_assert_eq!(self.model.offers[o.idx()].crebo_span(), lit.span());
        self.model.institutions[inst.idx()].offers.push(o);
        if first_of_crebo.is_none() {
            self.offers[inst.idx()].insert(crebo, o);
        }
        if let Some((alias, _)) = alias {
            self.offers[inst.idx()].insert(alias, o);
        }
        self.read_offer(o, item);
        self.pending.push((None, Pending::Offer(o)));
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
    fn lookup(&mut self, r: &Ref<'_>, wanted: &[ItemKind], as_wanted: Wanted) -> Option<Def> {
        let name = r.base().text;
        if r.member().is_some() {
            // A dotted reference names a programme or an offer: never right here.
            match self.names.get(name).copied() {
                Some((Def::School(_) | Def::Inst(_), _)) => {
                    if let Some(node) = self.node(r, NodePos::Any) {
                        let (found, span) = match node {
                            Node::Programme(p) => {
                                (ItemKind::Programme, self.model.programme(p).loc.name)
                            }
                            Node::Offer(o) => (ItemKind::Offer, self.model.offer(o).loc.name),
                        };
                        self.wrong_kind(r.span(), &ref_text(r), as_wanted, found, Some(span));
                    }
                }
                Some((def, def_span)) => {
                    self.wrong_kind(r.span(), name, as_wanted, def.kind(), Some(def_span));
                }
                None if self.dropped_top.contains(name) => {}
                None => {
                    let space = self.names_space(wanted);
                    self.unknown(r.base().span(), as_wanted, name, space);
                }
            }
            return None;
        }
        match self.names.get(name).copied() {
            Some((def, _)) if wanted.contains(&def.kind()) => Some(def),
            Some((def, def_span)) => {
                self.wrong_kind(r.span(), name, as_wanted, def.kind(), Some(def_span));
                None
            }
            None if self.dropped_top.contains(name) => None,
            None => {
                let space = self.names_space(wanted);
                self.unknown(r.span(), as_wanted, name, space);
                None
            }
        }
    }

    /// The title of a top-level item, if it has one.
    fn title_of(&self, def: Def) -> Option<String> {
        let m = &self.model;
        match def {
            Def::Track(i) => m.track(i).title.clone(),
            Def::Sector(i) => m.sector(i).title.clone(),
            Def::Subject(i) => m.subject(i).title.clone(),
            Def::Profile(i) => m.profile(i).title.clone(),
            Def::Prereq(i) => m.prerequisites[i.idx()].title.clone(),
            Def::School(i) => m.school(i).title.clone(),
            Def::Inst(i) => m.institution(i).title.clone(),
            Def::Region(i) => m.regions[i.idx()].title.clone(),
        }
    }

    /// The first three programmes of a school or offers of an institution,
    /// as pathway nodes.
    fn node_examples(&self, base: &str) -> Vec<String> {
        let m = &self.model;
        match self.names.get(base).map(|x| x.0) {
            Some(Def::School(s)) => m
                .school(s)
                .programmes
                .iter()
                .take(3)
                .map(|&p| m.programme_ref(p))
                .collect(),
            Some(Def::Inst(i)) => m
                .institution(i)
                .offers
                .iter()
                .take(3)
                .map(|&o| m.offer_ref(o))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Every name of the wanted kind, sorted, when there are at most 12.
    fn few_names_of(&mut self, wanted: &Wanted) -> Vec<String> {
        let kinds: &[ItemKind] = match wanted {
            Wanted::Kind(k) => std::slice::from_ref(k),
            Wanted::Member => &[ItemKind::School, ItemKind::Institution],
            _ => &[],
        };
        let mut names = self.names_of(kinds);
        if names.len() > 12 {
            return Vec::new();
        }
        names.sort_unstable();
        names.into_iter().map(String::from).collect()
    }

    /// Did-you-mean scans a namespace per unknown name; on hostile input
    /// (tens of thousands of unknown names in a large project) that would be
    /// quadratic, so past a budget of comparisons suggestions stop and the
    /// help says how to declare the name instead.
    fn may_suggest(&mut self, cost: usize) -> bool {
        match self.suggest_budget.checked_sub(cost) {
            Some(left) => {
                self.suggest_budget = left;
                true
            }
            None => {
                self.suggest_budget = 0;
                false
            }
        }
    }

    /// Up to three references to a programme or offer named `member` at
    /// any school or institution (of `kind` only, if given), sorted: a
    /// did-you-mean across schools and institutions.
    fn elsewhere(&mut self, member: &str, kind: Option<ItemKind>) -> Vec<String> {
        let m = &self.model;
        let members = self.members.get_or_insert_with(|| {
            let mut members: HashMap<&'a str, Members> = HashMap::default();
            for (&name, &p) in self.programmes.iter().flatten() {
                members.entry(name).or_default().programmes.push(p);
            }
            for (&name, &o) in self.offers.iter().flatten() {
                members.entry(name).or_default().offers.push(o);
            }
            members
        });
        let Some(found) = members.get_mut(member) else {
            return Vec::new();
        };
        if !found.sorted {
            // Once per name (again only if declarations follow), so that
            // each unknown reference reads at most a few entries.
            // By reference (`owner.member`), as the message lists them: an
            // owner name ends in `.` there, which sorts after `-`.
            let by_ref = |a: &str, b: &str| {
                let dot = std::iter::once(b'.');
                a.bytes().chain(dot.clone()).cmp(b.bytes().chain(dot))
            };
            let school = |p: &ProgId| m.school(m.programme(*p).school).name.as_str();
            found
                .programmes
                .sort_by(|a, b| by_ref(school(a), school(b)).then(a.cmp(b)));
            let inst = |o: &OfferId| m.institution(m.offer(*o).institution).name.as_str();
            found
                .offers
                .sort_by(|a, b| by_ref(inst(a), inst(b)).then(a.cmp(b)));
            found.sorted = true;
        }
        // The first three owners of each kind are enough to know the first
        // three references and whether exactly one owner has the name.
        let mut out: Vec<(String, Node)> = Vec::new();
        if kind != Some(ItemKind::Offer) {
            let owners = found.programmes.iter().map(|&p| {
                let owner = &m.school(m.programme(p).school).name;
                (format!("{owner}.{member}"), Node::Programme(p))
            });
            out.extend(first_distinct(owners, 3));
        }
        if kind != Some(ItemKind::Programme) {
            let owners = found.offers.iter().map(|&o| {
                let owner = &m.institution(m.offer(o).institution).name;
                (format!("{owner}.{member}"), Node::Offer(o))
            });
            out.extend(first_distinct(owners, 3));
        }
        out.sort();
        out.dedup_by(|a, b| a.0 == b.0);
        if let [(_, node)] = out[..] {
            self.guess = Some(node);
        }
        out.truncate(3);
        out.into_iter().map(|(r, _)| r).collect()
    }

    /// Every top-level name of the given kinds (none once the budget is spent).
    fn names_of(&mut self, kinds: &[ItemKind]) -> Vec<&'a str> {
        if !self.may_suggest(self.names.len()) {
            return Vec::new();
        }
        self.names
            .iter()
            .filter(|(_, (d, _))| kinds.contains(&d.kind()))
            .map(|(n, _)| *n)
            .collect()
    }

    /// The top-level names of the given kinds as a namespace to search
    /// (none once the budget is spent).
    fn names_space(&mut self, kinds: &[ItemKind]) -> Option<Space> {
        self.may_suggest(self.names.len())
            .then(|| Space::Names(kind_bits(kinds)))
    }

    /// A namespace's names, prepared for did-you-mean on first use.
    fn index(&mut self, space: Space) -> &crate::suggest::Index {
        if !self.spaces.contains_key(&space) {
            if matches!(space, Space::Programmes(_) | Space::Offers(_)) {
                // A draft national plan misspells offers at most of its
                // thousand institutions, and their indexes together took
                // 7 MB at the resolver's peak; a region's pathways name the
                // few of its own, so the last few serve nearly every
                // search (and the others are cheap to build again).
                if self.owned_spaces.len() == OWNED_SPACES
                    && let Some(old) = self.owned_spaces.pop_front()
                {
                    self.spaces.remove(&old);
                    self.titles.remove(&old);
                }
                self.owned_spaces.push_back(space);
            }
            let index = self.build_index(space);
            self.spaces.insert(space, index);
        }
        &self.spaces[&space]
    }

    fn build_index(&self, space: Space) -> crate::suggest::Index {
        let m = &self.model;
        let mut index = crate::suggest::Index::default();
        match space {
            Space::Names(bits) => {
                for (name, (def, _)) in &self.names {
                    if bits & 1 << def.kind() as u16 != 0 {
                        index.push(name);
                    }
                }
            }
            Space::Programmes(s) => {
                for &p in &m.school(s).programmes {
                    index.push(&m.programme(p).name);
                }
            }
            Space::Offers(i) => {
                let n = m.institution(i).offers.len();
                index = crate::suggest::Index::with_capacity(n, 5 * n);
                for &o in &m.institution(i).offers {
                    let o = m.offer(o);
                    index.push_code(o.crebo);
                    if let Some(alias) = o.alias() {
                        index.push(alias);
                    }
                }
            }
            Space::Crebos(kind) => {
                for (code, (def, _)) in &self.crebos {
                    if def.kind() == kind {
                        index.push_code(*code);
                    }
                }
            }
        }
        index
    }

    /// The names of a namespace closest to `name` (none without one).
    fn closest_in(&mut self, space: Option<Space>, name: &str) -> Vec<String> {
        match space {
            Some(space) => self
                .index(space)
                .closest(name)
                .into_iter()
                .map(String::from)
                .collect(),
            None => Vec::new(),
        }
    }

    /// The names of a namespace whose title is closest to `name`, as
    /// (name, title): a name written out like its title (`biologie` for
    /// `bi`). The first name of a title speaks for it.
    fn closest_titled(&mut self, space: Space, name: &str) -> Vec<(String, String)> {
        self.index(space);
        if !self.titles.contains_key(&space) {
            let mut titles = crate::suggest::Index::default();
            let mut owners = Vec::new();
            for (i, c) in self.spaces[&space].names().enumerate() {
                if let Some(t) = self.names.get(c).and_then(|&(d, _)| self.title_of(d)) {
                    titles.push(&t);
                    owners.push(i);
                }
            }
            self.titles.insert(space, (titles, owners));
        }
        let names = &self.spaces[&space];
        let (titles, owners) = &self.titles[&space];
        titles
            .closest(name)
            .into_iter()
            .filter_map(|t| {
                let k = titles.names().position(|tt| tt == t)?;
                Some((names.name(owners[k]).to_string(), t.to_string()))
            })
            .collect()
    }

    fn wrong_kind(
        &mut self,
        span: Span,
        name: &str,
        wanted: Wanted,
        found: ItemKind,
        def: Option<Span>,
    ) {
        let help = match (&wanted, found) {
            (
                Wanted::Node | Wanted::Kind(ItemKind::Offer),
                ItemKind::School | ItemKind::Institution,
            ) => Msg::HelpNodeMember {
                base: crate::diagnostics::truncate(name, 40),
                found,
                examples: self.node_examples(name),
            },
            (Wanted::Kind(ItemKind::Offer), ItemKind::Programme) => Msg::HelpLaterNode,
            (Wanted::Kind(ItemKind::Sector), ItemKind::Profile)
            | (Wanted::Kind(ItemKind::Profile), ItemKind::Sector) => {
                match self
                    .names
                    .get(name)
                    .and_then(|&(def, _)| hints::profile_sector(&self.model, def))
                {
                    Some(help) => help,
                    None => Msg::HelpUseKind {
                        wanted: wanted.clone(),
                        names: self.few_names_of(&wanted),
                    },
                }
            }
            _ => Msg::HelpUseKind {
                wanted: wanted.clone(),
                names: self.few_names_of(&wanted),
            },
        };
        self.wrong_kind_with(span, name, wanted, found, def, help);
    }

    fn wrong_kind_with(
        &mut self,
        span: Span,
        name: &str,
        wanted: Wanted,
        found: ItemKind,
        def: Option<Span>,
        help: Msg,
    ) {
        let name = crate::diagnostics::truncate(name, 81);
        let mut d = Diagnostic::new(
            Code::E103,
            span,
            Msg::WrongKind {
                wanted,
                name: name.clone(),
                found,
            },
        )
        .help(help)
        .key(name);
        // A definition in the built-in prelude is not shown: the help names
        // what to write, and the prelude's source is not the user's.
        if let Some(def) = def.filter(|d| !self.sources.get(d.file).is_std) {
            d = d.with_label(def, Msg::IsA { found });
        }
        self.push(d);
    }

    /// E101 for a name not in `space`, with a did-you-mean from it.
    fn unknown(&mut self, span: Span, wanted: Wanted, name: &str, space: Option<Space>) {
        let close = self.closest_in(space, name);
        self.unknown_close(span, wanted, name, space, close);
    }

    /// As `unknown`, with the closest names of `space` already found.
    fn unknown_close(
        &mut self,
        span: Span,
        wanted: Wanted,
        name: &str,
        space: Option<Space>,
        close: Vec<String>,
    ) {
        // No ID is close: perhaps the name is written out, like the title
        // (`biologie` for `bi`).
        let titled: Vec<(String, String)> = match space {
            Some(space) if close.is_empty() => self.closest_titled(space, name),
            _ => Vec::new(),
        };
        let help = if !titled.is_empty() {
            Msg::DidYouMeanTitled { items: titled }
        } else if close.is_empty() {
            Msg::DeclareIt {
                wanted: wanted.clone(),
                name: crate::diagnostics::truncate(name, 40),
            }
        } else {
            // A programme or offer is suggested as the reference to write.
            let prefix = match &wanted {
                Wanted::Programme(b) | Wanted::Offer(b) => format!("{b}."),
                _ => String::new(),
            };
            Msg::DidYouMean {
                names: close.iter().map(|s| format!("{prefix}{s}")).collect(),
            }
        };
        let close: Vec<&str> = close.iter().map(String::as_str).collect();
        let fixes =
            crate::fixes::did_you_mean(span, &crate::fixes::member_prefix(&wanted), name, &close);
        self.unknown_with(span, wanted, name, help);
        if let Some(d) = self.diags.last_mut() {
            d.fixes = fixes.into();
        }
    }

    fn unknown_with(&mut self, span: Span, wanted: Wanted, name: &str, help: Msg) {
        let label = match &wanted {
            Wanted::Programme(p) | Wanted::Offer(p) => Msg::NotDefinedIn { parent: p.clone() },
            _ => Msg::NotDefined,
        };
        self.push(
            Diagnostic::new(
                Code::E101,
                span,
                Msg::Unknown {
                    wanted,
                    name: crate::diagnostics::truncate(name, 81),
                },
            )
            .label(label)
            .help(help)
            .key(name),
        );
    }

    /// The title of a declared crebo, for messages.
    fn crebo_title(&self, def: CreboDef) -> String {
        match def {
            CreboDef::Dossier(d) => self.model.dossier(d).title.clone(),
            CreboDef::Qual(q) => self.model.qual(q).title.clone(),
        }
        .unwrap_or_default()
    }

    /// Resolves a crebo code to a dossier or qualification of the wanted kind.
    fn crebo(&mut self, text: &str, span: Span, wanted: ItemKind, offer: bool) -> Option<CreboDef> {
        let Some(code) = crebo_value(text) else {
            self.bad_crebo(text, span);
            return None;
        };
        match self.crebos.get(&code).copied() {
            Some((def, _)) if def.kind() == wanted => Some(def),
            Some((CreboDef::Dossier(d), _)) if offer => {
                self.dossier_offered(d, text, span);
                None
            }
            Some((def, def_span)) => {
                let help = match def {
                    // `except`: list the dossier's qualifications instead.
                    CreboDef::Dossier(d) => self.dossier_qualifications(d, text),
                    // `dossier = QUAL`: name the qualification's dossier.
                    CreboDef::Qual(q) => Msg::HelpQualDossier {
                        qual: text.into(),
                        dossier: self
                            .model
                            .qual(q)
                            .dossier
                            .map(|d| format!("{:05}", self.model.dossier(d).crebo)),
                    },
                };
                self.wrong_kind_with(
                    span,
                    text,
                    Wanted::Kind(wanted),
                    def.kind(),
                    Some(def_span),
                    help,
                );
                None
            }
            None if self.dropped_top.contains(text) => None,
            None => {
                let mut fixes = Vec::new();
                let help = match crate::prelude::known_crebo(code) {
                    Some((crate::prelude::KnownKind::Newer, name))
                        if offer && (23000..24000).contains(&code) =>
                    {
                        Msg::NewerDossierOffered {
                            code: text.into(),
                            name: name.into(),
                        }
                    }
                    Some((crate::prelude::KnownKind::Newer, name)) => Msg::NewerCrebo {
                        code: text.into(),
                        name: name.into(),
                        dossier: (23000..24000).contains(&code),
                    },
                    Some((crate::prelude::KnownKind::Historic, name)) => Msg::HistoricCrebo {
                        code: text.into(),
                        name: name.into(),
                    },
                    None => {
                        let space = self
                            .may_suggest(self.crebos.len())
                            .then_some(Space::Crebos(wanted));
                        let close = self.closest_in(space, text);
                        let close: Vec<&str> = close.iter().map(String::as_str).collect();
                        fixes = crate::fixes::did_you_mean(span, "", text, &close);
                        if close.is_empty() {
                            Msg::DeclareCrebo {
                                kind: wanted,
                                code: text.into(),
                            }
                        } else {
                            Msg::DidYouMeanTitled {
                                items: close
                                    .iter()
                                    .map(|c| {
                                        let def = self.crebos[&c.parse::<u32>().unwrap()].0;
                                        (c.to_string(), self.crebo_title(def))
                                    })
                                    .collect(),
                            }
                        }
                    }
                };
                self.push(
                    Diagnostic::new(
                        Code::E101,
                        span,
                        Msg::UnknownCrebo {
                            kind: wanted,
                            code: text.into(),
                        },
                    )
                    .label(Msg::NotInCatalogue)
                    .help(help)
                    .key(text),
                );
                if let Some(d) = self.diags.last_mut() {
                    d.fixes = fixes.into();
                }
                None
            }
        }
    }

    /// "kwalificatiedossier D holds: ..." for an E103 help.
    fn dossier_qualifications(&self, d: DossierId, text: &str) -> Msg {
        let quals = self
            .model
            .dossier(d)
            .qualifications
            .iter()
            .map(|&q| {
                let q = self.model.qual(q);
                (
                    format!("{:05}", q.crebo),
                    q.title.clone().unwrap_or_default(),
                    q.level.unwrap_or(0),
                )
            })
            .collect();
        Msg::DossierQualifications {
            dossier: text.into(),
            quals,
        }
    }

    fn dossier_offered(&mut self, d: DossierId, text: &str, span: Span) {
        let help = self.dossier_qualifications(d, text);
        let dossier = self.model.dossier(d);
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
        .help(help)
        .key(text);
        self.push(d);
    }

    fn programme_named(&self, s: SchoolId, name: &str) -> Option<ProgId> {
        self.programmes.get(s.idx())?.get(name).copied()
    }

    /// An offer's location, shared with the offer before it when that one
    /// wrote the same (a national plan has 175,000 offers at a few
    /// thousand places, each written in full).
    fn location(&mut self, text: &str) -> std::sync::Arc<str> {
        match &self.last_location {
            Some(last) if **last == *text => last.clone(),
            _ => self.last_location.insert(text.into()).clone(),
        }
    }

    fn offer_named(&self, i: InstId, name: &str) -> Option<OfferId> {
        self.offers.get(i.idx())?.get(name).copied()
    }

    /// A dotted reference's node, reporting nothing (it was reported once).
    fn node_quiet(&self, r: &Ref<'_>) -> Option<Node> {
        let m = r.member()?.text();
        match self.names.get(r.base().text)?.0 {
            Def::School(s) => self.programme_named(s, m).map(Node::Programme),
            Def::Inst(i) => self.offer_named(i, m).map(Node::Offer),
            _ => None,
        }
    }

    /// Resolves a pathway node or other dotted reference.
    fn node(&mut self, r: &Ref<'_>, pos: NodePos) -> Option<Node> {
        let base = r.base().text;
        let members = [ItemKind::School, ItemKind::Institution];
        let Some(member) = r.member() else {
            let wanted = pos.wanted();
            match self.names.get(base).copied() {
                Some((def, span)) => {
                    self.wrong_kind(r.span(), base, wanted, def.kind(), Some(span))
                }
                None if self.dropped_top.contains(base) => {}
                None => {
                    // A bare name is never a node: suggest the nodes of
                    // close schools and institutions.
                    let space = self.names_space(&members);
                    let close: Vec<String> = self
                        .closest_in(space, base)
                        .into_iter()
                        .flat_map(|c| self.node_examples(&c))
                        .take(3)
                        .collect();
                    let help = if close.is_empty() {
                        Msg::HelpDottedNode
                    } else {
                        Msg::DidYouMean { names: close }
                    };
                    self.unknown_with(r.span(), wanted, base, help);
                }
            }
            return None;
        };
        let m = member.text();
        if pos == NodePos::First
            && let Some((b, mm, node)) = &self.last_start
            && (b.as_str(), mm.as_str()) == (base, m)
        {
            return Some(*node);
        }
        let node = match self.names.get(base).copied() {
            Some((Def::School(s), _)) => match self.programme_named(s, m) {
                Some(p) => Node::Programme(p),
                None if self.dropped_nested.contains(&(base, m)) => return None,
                None => {
                    // The school's own programmes, not every key of the map.
                    let space = self
                        .may_suggest(self.model.school(s).programmes.len())
                        .then_some(Space::Programmes(s));
                    let close = self.closest_in(space, m);
                    let wanted = Wanted::Programme(base.into());
                    let elsewhere = if close.is_empty() {
                        self.elsewhere(m, Some(ItemKind::Programme))
                    } else {
                        Vec::new()
                    };
                    if elsewhere.is_empty() {
                        self.unknown_close(r.span(), wanted, m, space, close);
                    } else {
                        let help = Msg::DidYouMean { names: elsewhere };
                        self.unknown_with(r.span(), wanted, m, help);
                    }
                    return None;
                }
            },
            Some((Def::Inst(i), _)) => match self.offer_named(i, m) {
                Some(o) => Node::Offer(o),
                None if self.dropped_nested.contains(&(base, m)) => return None,
                None => {
                    // The institution's own offers, by crebo and by name.
                    let space = self
                        .may_suggest(self.model.institution(i).offers.len())
                        .then_some(Space::Offers(i));
                    let cands = self.closest_in(space, m);
                    let wanted = Wanted::Offer(base.into());
                    let known = crebo_value(m).and_then(|c| match self.crebos.get(&c) {
                        Some(&(def @ CreboDef::Qual(_), _)) => Some(self.crebo_title(def)),
                        _ => None,
                    });
                    match known {
                        // A catalogue qualification this institution lacks.
                        Some(title) => {
                            let mut close: Vec<String> =
                                cands.iter().map(|c| format!("{base}.{c}")).collect();
                            if close.is_empty() {
                                close = self.elsewhere(m, Some(ItemKind::Offer));
                            }
                            let help = Msg::NotOffered {
                                institution: base.into(),
                                code: m.into(),
                                title,
                                close: close.clone(),
                            };
                            self.unknown_with(r.span(), wanted, m, help);
                            // Adding the offer is as likely as a typo: never certain.
                            let refs: Vec<&str> = close.iter().map(String::as_str).collect();
                            let fixes = crate::fixes::did_you_mean(r.span(), "", m, &refs);
                            if let Some(d) = self.diags.last_mut() {
                                d.fixes = crate::fixes::unsure(fixes).into();
                            }
                        }
                        None => {
                            let elsewhere = if cands.is_empty() {
                                self.elsewhere(m, Some(ItemKind::Offer))
                            } else {
                                Vec::new()
                            };
                            if elsewhere.is_empty() {
                                self.unknown_close(r.span(), wanted, m, space, cands);
                            } else {
                                let help = Msg::DidYouMean { names: elsewhere };
                                self.unknown_with(r.span(), wanted, m, help);
                            }
                        }
                    }
                    return None;
                }
            },
            Some((def, span)) => {
                self.wrong_kind(
                    r.base().span(),
                    base,
                    Wanted::Member,
                    def.kind(),
                    Some(span),
                );
                return None;
            }
            None if self.dropped_top.contains(base) => return None,
            None => {
                let space = self.names_space(&members);
                let close = self.closest_in(space, base);
                // No school or institution is spelt like it: perhaps the
                // programme or offer is at another one (`erasmus.pie-kb`
                // for `pius.pie-kb`).
                let elsewhere = if close.is_empty() {
                    self.elsewhere(m, None)
                } else {
                    Vec::new()
                };
                if elsewhere.is_empty() {
                    self.unknown_close(r.base().span(), Wanted::Member, base, space, close);
                } else {
                    let help = Msg::DidYouMean { names: elsewhere };
                    self.unknown_with(r.base().span(), Wanted::Member, base, help);
                }
                return None;
            }
        };
        if pos == NodePos::Later
            && let Node::Programme(p) = node
        {
            let def = self.model.programme(p).loc.name;
            self.wrong_kind(
                r.span(),
                &ref_text(r),
                Wanted::Kind(ItemKind::Offer),
                ItemKind::Programme,
                Some(def),
            );
            return None;
        }
        if pos == NodePos::First {
            // Owned: the text of a file of pathways goes once they are
            // resolved (a one-off check). The two buffers are reused.
            let (b, mm, last) = self
                .last_start
                .get_or_insert_with(|| (String::new(), String::new(), node));
            b.clear();
            b.push_str(base);
            mm.clear();
            mm.push_str(m);
            *last = node;
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

/// An ID made from free text (`"Den Haag"` → `den-haag`), if one can be.
fn id_from_text(text: &str) -> Option<String> {
    let mut id = String::new();
    for c in text.trim().chars() {
        match c {
            'a'..='z' | '0'..='9' | '_' => id.push(c),
            'A'..='Z' => id.push(c.to_ascii_lowercase()),
            ' ' | '-' if !id.is_empty() && !id.ends_with('-') => id.push('-'),
            ' ' | '-' => {}
            _ => return None,
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    let starts_with_letter = id.starts_with(|c: char| c.is_ascii_lowercase());
    (starts_with_letter && id.len() <= 30 && !crate::syntax::is_keyword(&id)).then_some(id)
}

pub use crate::syntax::ref_text;

#[cfg(test)]
mod tests {
    use super::id_from_text;
    use crate::analysis::{CheckOptions, analyze};
    use crate::codes::Code;
    use crate::model::Route;
    use crate::project::from_memory;

    fn run(text: &str) -> crate::analysis::Analysis {
        analyze(
            &from_memory(&[("t.pathway", text)], true),
            &CheckOptions::default(),
        )
    }

    /// The E codes found (graph checks may add others to these small plans).
    fn codes(a: &crate::analysis::Analysis) -> Vec<Code> {
        a.diagnostics
            .iter()
            .map(|d| d.code)
            .filter(|c| c.as_str().starts_with('E'))
            .collect()
    }

    #[test]
    fn later_definition_takes_no_part() {
        let a = run("school s { programme p { track = kb, from = 2030 } }\n\
             school s { programme q { track = nope, until = 2040 } }\n");
        assert_eq!(codes(&a), vec![Code::E102]);
        let m = &a.model;
        assert_eq!(m.schools.iter().filter(|s| s.name == "s").count(), 1);
        assert!(m.programmes.iter().all(|p| p.name != "q"));
        // Only the first school's year is written.
        assert_eq!(m.written_years, Some((2030, 2030)));
    }

    #[test]
    fn includes_cycle_is_named_in_its_order() {
        let a = run("sector x { includes = [z] }\nsector y { includes = [x] }\n\
             sector z { includes = [y] }\n");
        assert_eq!(codes(&a), vec![Code::E104]);
        let text = a.diagnostics[0].message.render(crate::Lang::En);
        assert_eq!(
            text,
            "sectors include each other in a cycle: `x` → `z` → `y` → `x`"
        );
        // The closure still ends: every sector of the cycle includes the rest.
        let x = a.model.sectors.iter().position(|s| s.name == "x").unwrap();
        assert_eq!(
            a.model
                .sector_closure(crate::model::SectorId(x as u32))
                .len(),
            3
        );
    }

    #[test]
    fn invalid_routes_keep_the_default() {
        let a = run("institution i { offer 25263 { routes = [bus] } offer 25332 { routes = [] } }");
        assert_eq!(codes(&a), vec![Code::E104, Code::E104]);
        for o in &a.model.offers {
            assert_eq!(*o.routes, [Route::Bol, Route::Bbl]);
        }
    }

    #[test]
    fn malformed_offer_crebo_is_reported_once() {
        let a = run("school s { programme p { track = kb } }\n\
             institution i { offer 2526 as kort }\n\
             pathway s.p -> i.2526\npathway s.p -> i.kort\n");
        assert_eq!(codes(&a), vec![Code::E104]);
    }

    #[test]
    fn a_prerequisite_without_subjects_applies_to_no_one() {
        let a = run(
            "prerequisite r { into = [techniek], profiles = [PIE], one-of = [] }\n\
             prerequisite q { into = [techniek], profiles = [PIE], one-of = [wiskunde] }\n\
             school s { programme p { track = kb, profile = PIE, subjects = [ne] } }\n\
             institution i { offer 25263 }\npathway s.p -> i.25263\n",
        );
        assert_eq!(
            a.diagnostics.iter().map(|d| d.code).collect::<Vec<_>>(),
            vec![Code::E104, Code::E101],
            "no C202 follows from the broken rules"
        );
        for name in ["r", "q"] {
            let p = a
                .model
                .prerequisites
                .iter()
                .find(|p| p.name == name)
                .unwrap();
            assert!(p.profiles.is_empty() && p.into.is_empty() && p.one_of.is_empty());
        }
    }

    #[test]
    fn ids_from_locations() {
        assert_eq!(id_from_text("Den Haag").as_deref(), Some("den-haag"));
        assert_eq!(
            id_from_text(" Rotterdam-Zuid ").as_deref(),
            Some("rotterdam-zuid")
        );
        assert_eq!(id_from_text("'s-Hertogenbosch"), None);
        assert_eq!(id_from_text("2e locatie"), None);
        assert_eq!(id_from_text("school"), None);
    }
}
