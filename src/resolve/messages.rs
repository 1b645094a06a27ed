//! The name errors (E101–E107), as data, and the [`Message`]s that word
//! them (`e10*`, `law-*`, `hint-*` in `locales/*/leerlijn.ftl`).

use crate::diagnostics::{Arg, Message, a_kind, kind_name, truncate};
use crate::i18n::{Join, yes};
use crate::msg;
use crate::schema::{ItemKind, Wanted};

/// Shapes of field values, for E104.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Ref,
    RefList,
    Int,
    IntList,
    Str,
    Year,
    Level,
    LevelList,
    Crebo,
    CreboList,
    Route,
    RouteList,
    /// A COUNT: a number or `[YEAR: INT, ...]`.
    Count,
    /// An element of a COUNT list.
    YearCount,
}

/// An item as a message names it: its kind and how the plan refers to it
/// (`olympia.pie-kb`, `zadkine.25263`, `olympia.pie-kb -> zadkine.25263`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owner {
    pub kind: ItemKind,
    pub name: String,
}

/// The resolver's findings (E101–E107).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    // E101
    Unknown {
        wanted: Wanted,
        name: String,
    },
    /// A crebo code that names no dossier or qualification.
    UnknownCrebo {
        kind: ItemKind,
        code: String,
    },
    DidYouMean {
        names: Vec<String>,
    },
    /// Close names (or crebo codes) with their titles.
    DidYouMeanTitled {
        items: Vec<(String, String)>,
    },
    DeclareIt {
        wanted: Wanted,
        name: String,
    },
    DeclareCrebo {
        kind: ItemKind,
        code: String,
    },
    /// `inst.CREBO` where the crebo is a known qualification the
    /// institution does not offer.
    NotOffered {
        institution: String,
        code: String,
        title: String,
        /// Close references the institution does offer.
        close: Vec<String>,
    },
    NewerCrebo {
        code: String,
        name: String,
        /// A kwalificatiedossier's code rather than a kwalificatie's.
        dossier: bool,
    },
    /// An offer of a kwalificatiedossier's code newer than the catalogue.
    NewerDossierOffered {
        code: String,
        name: String,
    },
    HistoricCrebo {
        code: String,
        name: String,
    },
    NotDefined,
    /// Not defined in that school or institution.
    NotDefinedIn {
        parent: String,
    },
    /// A crebo neither the catalogue nor the plan declares.
    NotInCatalogue,
    /// A bare name where a pathway's node (`school.programme`) belongs.
    HelpDottedNode,
    // E102
    Duplicate {
        what: Wanted,
        name: String,
        /// The first definition's kind, when it differs.
        first: Option<ItemKind>,
    },
    UnnamedRepeatOffer {
        institution: String,
        crebo: String,
    },
    FirstDefinedHere,
    HelpRenameOrRemove,
    /// Top-level IDs of different kinds collide.
    HelpSharedNamespace,
    /// A crebo code declared twice in the plan.
    HelpCreboTwice,
    /// The first definition is the prelude's.
    HelpPreludeDefines {
        name: String,
        crebo: bool,
        /// The prelude's kind, when it differs from the later definition's.
        other: Option<ItemKind>,
    },
    HelpNameOffer {
        institution: String,
        crebo: String,
        /// A name to suggest, e.g. from the offer's location.
        name: String,
    },
    // E103
    WrongKind {
        wanted: Wanted,
        name: String,
        found: ItemKind,
    },
    DossierOffered {
        code: String,
        title: String,
    },
    IsA {
        found: ItemKind,
    },
    DossierQualifications {
        dossier: String,
        quals: Vec<(String, String, u8)>,
    },
    HelpUseKind {
        wanted: Wanted,
        /// Every name of that kind, when there are few.
        names: Vec<String>,
    },
    /// A school or institution where a pathway node is wanted.
    HelpNodeMember {
        base: String,
        found: ItemKind,
        /// Its first few programmes or offers, as references.
        examples: Vec<String>,
    },
    /// A programme after the first node of a pathway.
    HelpLaterNode,
    /// A qualification's crebo where a dossier's is wanted.
    HelpQualDossier {
        qual: String,
        dossier: Option<String>,
    },
    // E104
    BadLevel {
        field: String,
        value: String,
    },
    BadCrebo {
        text: String,
    },
    BadYear {
        field: String,
        value: String,
    },
    FromAfterUntil {
        owner: Owner,
        from: u64,
        until: u64,
    },
    BadRoute {
        text: String,
    },
    TooLarge {
        field: String,
        text: String,
    },
    /// A COUNT list's year not after the one before it.
    CountYearOrder {
        field: String,
        year: u32,
        prev: u32,
    },
    HelpCountYearOrder,
    EmptyList {
        owner: Owner,
        field: String,
    },
    IncludesCycle {
        sectors: Vec<String>,
    },
    BadShape {
        field: String,
        shape: Shape,
    },
    /// An element of a list field has the wrong shape.
    BadElement {
        field: String,
        shape: Shape,
    },
    HelpLevels,
    HelpCrebo,
    HelpYears,
    HelpSwapYears,
    HelpRoutes,
    HelpTooLarge,
    HelpFillList {
        field: String,
    },
    HelpBreakCycle,
    HelpShape {
        field: String,
        shape: Shape,
    },
    /// The value as it should be written, `field = value`.
    HelpRewrite {
        fix: String,
    },
    /// A list element as it should be written.
    HelpRewriteElement {
        fix: String,
    },
    // E105
    MissingField {
        owner: Owner,
        fields: Vec<String>,
    },
    HelpAddField {
        kind: ItemKind,
        fields: Vec<String>,
    },
    // E106
    UnknownField {
        owner: Owner,
        field: String,
    },
    HelpFields {
        kind: ItemKind,
        names: Vec<String>,
        closest: Vec<String>,
    },
    // E107
    DuplicateField {
        owner: Owner,
        field: String,
    },
    FirstFieldHere,
    HelpOneField {
        /// Both values as one list, when both are lists.
        merged: Option<String>,
    },
    /// The rules of the law as it stands (E104).
    Law(LawMsg),
    /// Help that names the answer (E101–E104).
    Hint(HintMsg),
}

/// How the translation files choose on a [`Wanted`]: the kind's keyword,
/// or `member`, `node`, `programme-of`, `offer-of`.
fn wanted_key(w: &Wanted) -> &'static str {
    match w {
        Wanted::Kind(k) => k.keyword(),
        Wanted::Member => "member",
        Wanted::Node => "node",
        Wanted::Programme(_) => "programme-of",
        Wanted::Offer(_) => "offer-of",
    }
}

/// The school or institution a [`Wanted`] names, if any.
fn wanted_parent(w: &Wanted) -> &str {
    match w {
        Wanted::Programme(s) | Wanted::Offer(s) => s,
        _ => "",
    }
}

fn wanted_name(w: &Wanted) -> Message {
    let kind: Arg = match w {
        Wanted::Kind(k) => kind_name(*k).into(),
        _ => Arg::Text("".into()),
    };
    msg!(
        "wanted",
        wanted = wanted_key(w),
        kind = kind,
        parent = wanted_parent(w)
    )
}

/// "a programme or offer", "an offer of institution `x`".
fn a_wanted(w: &Wanted) -> Message {
    a_kind(wanted_name(w), wanted_key(w))
}

fn shape(s: Shape) -> Message {
    let key = match s {
        Shape::Ref => "ref",
        Shape::RefList => "ref-list",
        Shape::Int => "int",
        Shape::IntList => "int-list",
        Shape::Str => "str",
        Shape::Year => "year",
        Shape::Level => "level",
        Shape::LevelList => "level-list",
        Shape::Crebo => "crebo",
        Shape::CreboList => "crebo-list",
        Shape::Route => "route",
        Shape::RouteList => "route-list",
        Shape::Count => "count",
        Shape::YearCount => "year-count",
    };
    msg!("shape", shape = key)
}

/// An item as messages name it: "programme `olympia.pie-kb`".
fn owner(o: Owner) -> Message {
    msg!("owner", kind = kind_name(o.kind), name = o.name)
}

/// Five digits: a crebo code rather than an ID.
fn is_code(name: &str) -> bool {
    name.len() == 5 && name.bytes().all(|b| b.is_ascii_digit())
}

/// A required field as the E105 help suggests writing it: the field with a
/// placeholder (plan syntax, the same in every language) and a note.
fn field_example(kind: ItemKind, field: &str) -> Message {
    let example = match (kind, field) {
        (ItemKind::Track, "admits") => "`admits = [2, 3, 4]`".to_string(),
        (ItemKind::Profile, "sectors") => "`sectors = [...]`".into(),
        (ItemKind::Dossier | ItemKind::Qualification, "sector") => "`sector = ...`".into(),
        (ItemKind::Qualification, "level") => "`level = N`".into(),
        (ItemKind::Qualification, "dossier") => "`dossier = CREBO`".into(),
        (ItemKind::Programme, "track") => "`track = ...`".into(),
        (ItemKind::Region, "members") => "`members = [...]`".into(),
        (ItemKind::Prerequisite, "into" | "from" | "one-of") => format!("`{field} = [...]`"),
        _ => format!("`{field} = ...`"),
    };
    let key = format!("{}-{field}", kind.keyword());
    msg!("field-example", key = key, example = example)
}

/// How to fill a list that must not be empty.
fn fill_list(field: String) -> Message {
    msg!("fill-list", field = field)
}

impl From<Msg> for Message {
    fn from(m: Msg) -> Message {
        match m {
            Msg::Unknown { wanted, name } => msg!(
                "e101-unknown",
                key = wanted_key(&wanted),
                parent = wanted_parent(&wanted),
                wanted = wanted_name(&wanted),
                name = name
            ),
            Msg::UnknownCrebo { kind, code } => {
                msg!("e101-unknown-crebo", code = code, kind = kind_name(kind))
            }
            Msg::DidYouMean { names } => {
                msg!("did-you-mean", names = Arg::or_quoted(&names))
            }
            Msg::DidYouMeanTitled { items } => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|(c, t)| {
                        if t.is_empty() {
                            format!("`{c}`")
                        } else {
                            format!("`{c}` ({t})")
                        }
                    })
                    .collect();
                msg!("did-you-mean", names = Arg::or(parts))
            }
            Msg::DeclareIt { wanted, name } => {
                let key = match &wanted {
                    Wanted::Offer(_) if is_code(&name) => "offer-code",
                    w => wanted_key(w),
                };
                msg!(
                    "e101-declare",
                    key = key,
                    name = name,
                    parent = wanted_parent(&wanted),
                    a_wanted = a_wanted(&wanted)
                )
            }
            Msg::DeclareCrebo { kind, code } => {
                let kind = if kind == ItemKind::Dossier {
                    "dossier"
                } else {
                    "qualification"
                };
                msg!("e101-declare-crebo", kind = kind, code = code)
            }
            Msg::NotOffered {
                institution,
                code,
                title,
                close,
            } => msg!(
                "e101-not-offered",
                institution = institution,
                code = code,
                title = title,
                count = close.len(),
                close = Arg::or_quoted(&close)
            ),
            Msg::NewerCrebo {
                code,
                name,
                dossier: false,
            } => {
                msg!("e101-newer-crebo", code = code, name = name)
            }
            Msg::NewerCrebo {
                code,
                name,
                dossier: true,
            } => {
                msg!("e101-newer-dossier", code = code, name = name)
            }
            Msg::NewerDossierOffered { code, name } => {
                msg!("e101-newer-dossier-offered", code = code, name = name)
            }
            Msg::HistoricCrebo { code, name } => {
                msg!("e101-historic-crebo", code = code, name = name)
            }
            Msg::NotDefined => msg!("e101-not-defined"),
            Msg::NotDefinedIn { parent } => msg!("e101-not-defined-in", parent = parent),
            Msg::NotInCatalogue => msg!("e101-not-in-catalogue"),
            Msg::HelpDottedNode => msg!("e001-help-dotted-node"),
            Msg::Duplicate { what, name, first } => {
                let key = match (&what, first) {
                    (Wanted::Programme(_) | Wanted::Offer(_), _) => wanted_key(&what),
                    (_, Some(_)) if is_code(&name) => "code-first",
                    (_, Some(_)) => "first",
                    (_, None) if is_code(&name) => "code",
                    (_, None) => "other",
                };
                let (first, a_first) = match first {
                    Some(f) => (
                        Arg::from(kind_name(f)),
                        Arg::from(a_kind(kind_name(f), f.keyword())),
                    ),
                    None => (Arg::Text("".into()), Arg::Text("".into())),
                };
                msg!(
                    "e102-duplicate",
                    key = key,
                    parent = wanted_parent(&what),
                    name = name,
                    wanted = wanted_name(&what),
                    a_wanted = a_wanted(&what),
                    first = first,
                    a_first = a_first
                )
            }
            Msg::UnnamedRepeatOffer { institution, crebo } => {
                msg!(
                    "e102-unnamed-repeat-offer",
                    institution = institution,
                    crebo = crebo
                )
            }
            Msg::FirstDefinedHere => msg!("e102-first-defined-here"),
            Msg::HelpRenameOrRemove => msg!("e102-help-rename-or-remove"),
            Msg::HelpCreboTwice => msg!("e102-help-crebo-twice"),
            Msg::HelpSharedNamespace => msg!("e102-help-shared-namespace"),
            Msg::HelpPreludeDefines {
                name,
                crebo: false,
                other: Some(o),
            } => msg!(
                "e102-help-prelude-kind",
                name = name,
                a_other = a_kind(kind_name(o), o.keyword())
            ),
            Msg::HelpPreludeDefines {
                name, crebo: true, ..
            } => {
                msg!("e102-help-prelude-crebo", name = name)
            }
            Msg::HelpPreludeDefines {
                name,
                crebo: false,
                other: None,
            } => {
                msg!("e102-help-prelude", name = name)
            }
            Msg::HelpNameOffer {
                institution,
                crebo,
                name,
            } => msg!(
                "e102-help-name-offer",
                institution = institution,
                crebo = crebo,
                name = name
            ),
            Msg::WrongKind {
                wanted,
                name,
                found,
            } => msg!(
                "e103-wrong-kind",
                a_wanted = a_wanted(&wanted),
                name = name,
                a_found = a_kind(kind_name(found), found.keyword())
            ),
            Msg::DossierOffered { code, title } => {
                msg!("e103-dossier-offered", code = code, title = title)
            }
            Msg::IsA { found } => {
                msg!(
                    "e103-is-a",
                    a_found = a_kind(kind_name(found), found.keyword())
                )
            }
            Msg::DossierQualifications { dossier, quals } => {
                let parts = quals
                    .into_iter()
                    .map(|(c, n, l)| msg!("e103-dossier-qual", crebo = c, name = n, level = l));
                msg!(
                    "e103-dossier-holds",
                    dossier = dossier,
                    quals = Arg::semicolons(parts)
                )
            }
            Msg::HelpUseKind { wanted, names } => msg!(
                "e103-help-use-kind",
                count = names.len(),
                a_wanted = a_wanted(&wanted),
                names = Arg::or_quoted(&names)
            ),
            Msg::HelpNodeMember {
                base,
                found,
                examples,
            } => {
                let found = if found == ItemKind::School {
                    "school"
                } else {
                    "institution"
                };
                msg!(
                    "e103-help-node-member",
                    found = found,
                    base = base,
                    count = examples.len(),
                    examples = Arg::or_quoted(&examples)
                )
            }
            Msg::HelpLaterNode => msg!("e103-help-later-node"),
            Msg::HelpQualDossier {
                qual,
                dossier: Some(d),
            } => {
                msg!("e103-help-qual-dossier", qual = qual, dossier = d)
            }
            Msg::HelpQualDossier {
                qual,
                dossier: None,
            } => {
                msg!("e103-help-qual-no-dossier", qual = qual)
            }
            Msg::BadLevel { field, value } => {
                msg!("e104-bad-level", field = field, value = value)
            }
            Msg::BadCrebo { text } => msg!("e104-bad-crebo", text = truncate(&text, 40)),
            Msg::BadYear { field, value } => {
                msg!("e104-bad-year", field = field, value = truncate(&value, 40))
            }
            Msg::FromAfterUntil {
                owner: o,
                from,
                until,
            } => {
                msg!(
                    "e104-from-after-until",
                    owner = owner(o),
                    from = from,
                    until = until
                )
            }
            Msg::BadRoute { text } => msg!("e104-bad-route", text = text),
            Msg::TooLarge { field, text } => {
                msg!("e104-too-large", field = field, text = truncate(&text, 40))
            }
            Msg::CountYearOrder { field, year, prev } => {
                msg!(
                    "e104-count-year-order",
                    field = field,
                    year = year,
                    prev = prev
                )
            }
            Msg::HelpCountYearOrder => msg!("e104-help-count-year-order"),
            Msg::EmptyList { owner: o, field } => {
                msg!("e104-empty-list", owner = owner(o), field = field)
            }
            Msg::IncludesCycle { sectors } => {
                let first = sectors.first().map_or("", |s| s.as_str());
                msg!(
                    "e104-includes-cycle",
                    count = sectors.len(),
                    first = first,
                    sectors = Arg::few(
                        Join::Arrow,
                        sectors.iter().map(|s| Arg::Quoted(s.as_str().into()))
                    )
                )
            }
            Msg::BadShape { field, shape: s } => {
                msg!("e104-bad-shape", field = field, shape = shape(s))
            }
            Msg::BadElement { field, shape: s } => {
                msg!("e104-bad-element", field = field, shape = shape(s))
            }
            Msg::HelpLevels => msg!("e104-help-levels"),
            Msg::HelpCrebo => msg!("e104-help-crebo"),
            Msg::HelpYears => msg!("e104-help-years"),
            Msg::HelpSwapYears => msg!("e104-help-swap-years"),
            Msg::HelpRoutes => msg!("e104-help-routes"),
            Msg::HelpTooLarge => msg!("e104-help-too-large"),
            Msg::HelpFillList { field } => fill_list(field),
            Msg::HelpBreakCycle => msg!("e104-help-break-cycle"),
            Msg::HelpShape { field, shape: s } => {
                msg!("e104-help-shape", field = field, shape = shape(s))
            }
            Msg::HelpRewrite { fix } => msg!("e104-help-rewrite", fix = fix),
            Msg::HelpRewriteElement { fix } => msg!("e104-help-rewrite-element", fix = fix),
            Msg::MissingField { owner: o, fields } => msg!(
                "e105-missing-field",
                owner = owner(o),
                fields = Arg::or_quoted(&fields)
            ),
            Msg::HelpAddField { kind, fields } => {
                let examples = fields.iter().map(|f| field_example(kind, f));
                msg!("e105-help-add-field", examples = Arg::or(examples))
            }
            Msg::UnknownField { owner: o, field } => {
                msg!(
                    "e106-unknown-field",
                    owner = owner(o),
                    field = truncate(&field, 40)
                )
            }
            Msg::HelpFields {
                kind,
                names,
                closest,
            } => {
                let which = if !closest.is_empty() {
                    "closest"
                } else if names.is_empty() {
                    "none"
                } else {
                    "all"
                };
                msg!(
                    "e106-help-fields",
                    kind = which,
                    a_kind = a_kind(kind_name(kind), kind.keyword()),
                    closest = Arg::or_quoted(&closest),
                    fields = Arg::and_quoted(&names)
                )
            }
            Msg::DuplicateField { owner: o, field } => {
                msg!("e107-duplicate-field", owner = owner(o), field = field)
            }
            Msg::FirstFieldHere => msg!("e107-first-field-here"),
            Msg::HelpOneField { merged: Some(m) } => {
                msg!("e107-help-one-field-merged", merged = m)
            }
            Msg::HelpOneField { merged: None } => msg!("e107-help-one-field"),
            Msg::Law(m) => m.into(),
            Msg::Hint(m) => m.into(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
/// Findings of the rules of the law as it stands in 2026 (WEB arts.
/// 8.1.1b and 8.2.1, the 2026 arbeidsmarktregio's) that the resolver reports
/// (E104); they cite the article they apply, in the law's own words.
pub enum LawMsg {
    // E104
    ProfileNotOnTrack {
        programme: String,
        profile: String,
        track: String,
        tracks: Vec<String>,
    },
    HelpProfileTracks {
        profile: String,
        track: String,
        /// The profiles that do belong to the track.
        profiles: Vec<String>,
    },
    PracticalNotOnTrack {
        programme: String,
        track: String,
    },
    HelpPractical,
    UnknownMunicipality {
        name: String,
        /// More than one municipality has this name (without its suffix).
        ambiguous: bool,
    },
    HelpMunicipality {
        closest: Vec<String>,
        /// CBS names a bare name could mean ("Bergen").
        ambiguous: Vec<String>,
    },
    UnknownLabourMarket {
        name: String,
    },
    HelpLabourMarket {
        closest: Vec<String>,
    },
    RouteNotAllowed {
        offer: String,
        route: String,
        qual: String,
    },
    HelpRouteNotAllowed {
        allowed: Vec<String>,
    },
    BadType {
        text: String,
    },
    /// A prerequisite's `from` written as a list (of profiles).
    PrerequisiteFromList,
    HelpPrerequisiteFrom {
        /// `profiles = [...]`, when the list is plain names.
        fix: Option<String>,
    },
    HelpType,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HintMsg {
    /// `demand = [PIE]`: a profile where a sector is wanted.
    ProfileNotSector {
        profile: String,
        sectors: Vec<String>,
    },
    /// `profile = techniek`: a sector where a profile is wanted.
    SectorNotProfile {
        sector: String,
        profiles: Vec<String>,
    },
    /// E104: a `brin` that is no BRIN code.
    BadBrin {
        text: String,
    },
    /// The code it was probably meant as, with its institution's name.
    HelpBrin {
        fix: Option<(String, Option<String>)>,
    },
    /// E104: an institution's well-formed BRIN close to a known one.
    UnknownBrin {
        text: String,
    },
    HelpNearBrin {
        close: Vec<(String, String)>,
    },
}

/// A name in double quotes, as CBS writes it: `"Den Haag"`.
fn dq(items: Vec<String>) -> Arg {
    Arg::or(items.into_iter().map(|c| format!("\"{c}\"")))
}

impl From<LawMsg> for Message {
    fn from(m: LawMsg) -> Message {
        use LawMsg::*;
        match m {
            ProfileNotOnTrack {
                programme,
                profile,
                track,
                tracks,
            } => msg!(
                "law-profile-not-on-track",
                programme = programme,
                profile = profile,
                track = track,
                tracks = Arg::and(tracks)
            ),
            HelpProfileTracks {
                profile,
                track,
                profiles,
            } => msg!(
                "law-help-profile-tracks",
                count = profiles.len(),
                track = track,
                profile = profile,
                profiles = Arg::and_quoted(&profiles)
            ),
            PracticalNotOnTrack { programme, track } => msg!(
                "law-practical-not-on-track",
                programme = programme,
                track = track
            ),
            HelpPractical => msg!("law-help-practical"),
            UnknownMunicipality { name, ambiguous } => msg!(
                "law-unknown-municipality",
                ambiguous = yes(ambiguous),
                name = name
            ),
            HelpMunicipality { closest, ambiguous } => {
                if !ambiguous.is_empty() {
                    msg!("law-help-municipality-ambiguous", names = dq(ambiguous))
                } else if !closest.is_empty() {
                    msg!("law-help-municipality-closest", names = dq(closest))
                } else {
                    msg!("law-help-municipality")
                }
            }
            UnknownLabourMarket { name } => msg!("law-unknown-labour-market", name = name),
            HelpLabourMarket { closest } => {
                if closest.is_empty() {
                    msg!("law-help-labour-market")
                } else {
                    msg!("law-help-labour-market-closest", names = dq(closest))
                }
            }
            RouteNotAllowed { offer, route, qual } => msg!(
                "law-route-not-allowed",
                offer = offer,
                qual = qual,
                route = route
            ),
            HelpRouteNotAllowed { allowed } => {
                msg!("law-help-route-not-allowed", allowed = Arg::or(allowed))
            }
            BadType { text } => msg!("law-bad-type", text = text),
            PrerequisiteFromList => msg!("law-prerequisite-from-list"),
            HelpPrerequisiteFrom { fix: Some(f) } => {
                msg!("law-help-prerequisite-from-fix", fix = f)
            }
            HelpPrerequisiteFrom { fix: None } => msg!("law-help-prerequisite-from"),
            HelpType => msg!("law-help-type"),
        }
    }
}

impl From<HintMsg> for Message {
    fn from(m: HintMsg) -> Message {
        match m {
            HintMsg::BadBrin { text } => msg!("hint-bad-brin", text = text),
            HintMsg::HelpBrin {
                fix: Some((b, Some(name))),
            } => msg!("hint-brin-named", brin = b, name = name),
            HintMsg::HelpBrin {
                fix: Some((b, None)),
            } => msg!("hint-brin", brin = b),
            HintMsg::HelpBrin { fix: None } => msg!("hint-brin-unknown"),
            HintMsg::UnknownBrin { text } => msg!("hint-unknown-brin", text = text),
            HintMsg::HelpNearBrin { close } => {
                let items = close
                    .into_iter()
                    .map(|(b, n)| msg!("hint-near-brin-item", brin = b, name = n));
                msg!("hint-near-brin", list = Arg::or(items))
            }
            HintMsg::ProfileNotSector { profile, sectors } => msg!(
                "hint-profile-not-sector",
                count = sectors.len(),
                profile = profile,
                sectors = Arg::and_quoted(&sectors)
            ),
            HintMsg::SectorNotProfile { sector, profiles } => msg!(
                "hint-sector-not-profile",
                count = profiles.len(),
                sector = sector,
                profiles = Arg::or_quoted(&profiles)
            ),
        }
    }
}
