//! The messages of the E and D codes and the data they carry. The wording
//! is in `locales/*/leerlijn.ftl` (see [`crate::i18n`]): each arm of
//! [`Msg::render`] picks a message id and fills in its variables.

use crate::Lang;
use crate::fl;
use crate::i18n::or_list as or_words;
use crate::schema::ItemKind;

/// What a token looked like, for "found ..." in E001.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Ident(String),
    Keyword(String),
    Int(String),
    Str,
    Punct(&'static str),
    Eof,
}

/// What the parser expected, for E001.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    Item,
    Id(ItemKind),
    Crebo(ItemKind),
    Eq(String),
    Value,
    ListElement,
    CommaOrBracket,
    FieldOrEnd(Option<ItemKind>),
    Block(ItemKind),
    /// After the head of an item whose block may be left out.
    BlockOrItem(ItemKind),
    Node,
    Member,
    ArrowBlockOrItem,
    Arrow,
    AsId,
    /// The number after `YEAR:` in a COUNT list.
    Count,
}

/// The kind of thing a reference must name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wanted {
    Kind(ItemKind),
    /// A school or an institution (a region's members).
    Member,
    /// A programme or an offer (a pathway's first node).
    Node,
    Programme(String),
    Offer(String),
}

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

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    // E001
    Expected {
        expected: Expected,
        found: Found,
    },
    NestedOutside {
        kind: ItemKind,
    },
    NotNested {
        kind: ItemKind,
        parent: ItemKind,
    },
    BareCreboNode {
        text: String,
    },
    MoreSyntaxErrors {
        count: usize,
    },
    UnexpectedHere,
    HelpItemStart,
    HelpDottedNode,
    HelpNestedOnly {
        kind: ItemKind,
    },
    // E002
    UnterminatedString,
    BadEscape {
        text: String,
    },
    StrayChars {
        text: String,
    },
    HelpEscapes,
    HelpStray,
    HelpCloseString,
    // E003
    InvalidUtf8 {
        offset: usize,
    },
    CannotRead {
        error: String,
    },
    HelpUtf8,
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
    // D301
    DuplicateOffer {
        institution: String,
        crebo: u32,
        title: String,
        location: Option<String>,
    },
    FirstOfferHere,
    HelpDuplicateOffer,
    /// The graph checks' messages.
    Check(super::check_messages::CheckMsg),
    /// The plan-version checks' messages (V701–V705).
    Version(super::version_messages::VersionMsg),
    /// Messages of the rules of the law as it stands (law_messages.rs).
    Law(super::law_messages::LawMsg),
    /// Syntax errors in plan words (E001).
    Syntax(super::syntax_messages::SyntaxMsg),
    /// Help that names the answer (E101–E104).
    Hint(super::hint_messages::HintMsg),
    // --baseline: entries that matched no finding (a note, not a finding)
    BaselineFixed {
        count: usize,
    },
}

fn kind_name(kind: ItemKind, lang: Lang) -> String {
    fl!(lang, "kind", kind = kind.keyword())
}

/// "a track", "an offer" (Dutch: "een leerweg"); `key` chooses the article.
fn a_kind(name: &str, key: &str, lang: Lang) -> String {
    fl!(lang, "a-kind", kind = key, name = name)
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

fn wanted_name(w: &Wanted, lang: Lang) -> String {
    let kind = match w {
        Wanted::Kind(k) => kind_name(*k, lang),
        _ => String::new(),
    };
    fl!(
        lang,
        "wanted",
        wanted = wanted_key(w),
        kind = kind,
        parent = wanted_parent(w)
    )
}

/// "a programme or offer", "an offer of institution `x`".
fn a_wanted(w: &Wanted, lang: Lang) -> String {
    a_kind(&wanted_name(w, lang), wanted_key(w), lang)
}

fn found(f: &Found, lang: Lang) -> String {
    let (kind, text) = match f {
        Found::Ident(s) => ("ident", s.as_str()),
        Found::Keyword(s) => ("keyword", s.as_str()),
        Found::Int(s) => ("int", s.as_str()),
        Found::Str => ("string", ""),
        Found::Punct(p) => ("punct", *p),
        Found::Eof => ("eof", ""),
    };
    fl!(lang, "found", kind = kind, text = text)
}

fn expected(e: &Expected, lang: Lang) -> String {
    // The kind as a word of the message, and its keyword (for an article).
    let kind = |k: &ItemKind| kind_name(*k, lang);
    match e {
        Expected::Item => fl!(lang, "expected-what-item"),
        Expected::Id(k) => fl!(lang, "expected-what-id", kind = kind(k), key = k.keyword()),
        Expected::Crebo(k) => fl!(
            lang,
            "expected-what-crebo",
            kind = kind(k),
            key = k.keyword()
        ),
        Expected::Eq(f) => fl!(lang, "expected-what-eq", field = f),
        Expected::Value => fl!(lang, "expected-what-value"),
        Expected::ListElement => fl!(lang, "expected-what-list-element"),
        Expected::Count => fl!(lang, "expected-what-count"),
        Expected::CommaOrBracket => fl!(lang, "expected-what-comma-or-bracket"),
        Expected::FieldOrEnd(None) => fl!(lang, "expected-what-field-or-end"),
        Expected::FieldOrEnd(Some(k)) => {
            fl!(lang, "expected-what-field-or-item", keyword = k.keyword())
        }
        Expected::Block(k) => fl!(
            lang,
            "expected-what-block",
            kind = kind(k),
            key = k.keyword()
        ),
        Expected::BlockOrItem(k) => {
            fl!(
                lang,
                "expected-what-block-or-item",
                kind = kind(k),
                key = k.keyword()
            )
        }
        Expected::Node => fl!(lang, "expected-what-node"),
        Expected::Member => fl!(lang, "expected-what-member"),
        Expected::ArrowBlockOrItem => fl!(lang, "expected-what-arrow-block-or-item"),
        Expected::Arrow => fl!(lang, "expected-what-arrow"),
        Expected::AsId => fl!(lang, "expected-what-as-id"),
    }
}

fn shape(s: Shape, lang: Lang) -> String {
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
    fl!(lang, "shape", shape = key)
}

/// The block a nested item belongs in: a programme in a `school`, an offer
/// in an `institution`.
fn nest_parent(kind: ItemKind) -> &'static str {
    if kind == ItemKind::Programme {
        "school"
    } else {
        "institution"
    }
}

fn list(names: &[String], lang: Lang) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    join_words(&quoted, lang)
}

/// `a`, `a and b`, `a, b and c` (`en` in Dutch): [`crate::i18n::and_list`].
pub fn join_words(items: &[String], lang: Lang) -> String {
    crate::i18n::and_list(items, lang)
}

impl Msg {
    pub fn render(&self, lang: Lang) -> String {
        let k = |kind: ItemKind| kind_name(kind, lang);
        match self {
            Msg::Expected {
                expected: e,
                found: f,
            } => {
                fl!(
                    lang,
                    "e001-expected",
                    expected = expected(e, lang),
                    found = found(f, lang)
                )
            }
            Msg::NestedOutside { kind } => fl!(
                lang,
                "e001-nested-outside",
                keyword = kind.keyword(),
                parent = nest_parent(*kind)
            ),
            Msg::NotNested { kind, parent } => {
                fl!(
                    lang,
                    "e001-not-nested",
                    keyword = kind.keyword(),
                    parent = parent.keyword()
                )
            }
            Msg::BareCreboNode { text } => fl!(lang, "e001-bare-crebo-node", text = text),
            Msg::MoreSyntaxErrors { count } => fl!(lang, "e001-more-syntax-errors", count = *count),
            Msg::UnexpectedHere => fl!(lang, "e001-unexpected-here"),
            Msg::HelpItemStart => fl!(lang, "e001-help-item-start"),
            Msg::HelpDottedNode => fl!(lang, "e001-help-dotted-node"),
            Msg::HelpNestedOnly { kind } => fl!(
                lang,
                "e001-help-nested-only",
                keyword = kind.keyword(),
                parent = nest_parent(*kind)
            ),
            Msg::UnterminatedString => fl!(lang, "e002-unterminated-string"),
            Msg::BadEscape { text } => fl!(lang, "e002-bad-escape", text = text),
            Msg::StrayChars { text } => {
                let shown = truncate(&text.escape_debug().to_string(), 40);
                fl!(lang, "e002-stray-chars", text = shown)
            }
            Msg::HelpEscapes => fl!(lang, "e002-help-escapes"),
            Msg::HelpStray => fl!(lang, "e002-help-stray"),
            Msg::HelpCloseString => fl!(lang, "e002-help-close-string"),
            Msg::InvalidUtf8 { offset } => fl!(lang, "e003-invalid-utf8", offset = *offset),
            Msg::CannotRead { error } => fl!(lang, "e003-cannot-read", error = error),
            Msg::HelpUtf8 => fl!(lang, "e003-help-utf8"),
            Msg::Unknown { wanted, name } => fl!(
                lang,
                "e101-unknown",
                key = wanted_key(wanted),
                parent = wanted_parent(wanted),
                wanted = wanted_name(wanted, lang),
                name = name
            ),
            Msg::UnknownCrebo { kind, code } => {
                fl!(lang, "e101-unknown-crebo", code = code, kind = k(*kind))
            }
            Msg::DidYouMean { names } => {
                fl!(
                    lang,
                    "did-you-mean",
                    names = or_words(&quote_all(names), lang)
                )
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
                fl!(lang, "did-you-mean", names = or_words(&parts, lang))
            }
            Msg::DeclareIt { wanted, name } => {
                let key = match wanted {
                    Wanted::Offer(_) if is_code(name) => "offer-code",
                    w => wanted_key(w),
                };
                fl!(
                    lang,
                    "e101-declare",
                    key = key,
                    name = name,
                    parent = wanted_parent(wanted),
                    a_wanted = a_wanted(wanted, lang)
                )
            }
            Msg::DeclareCrebo { kind, code } => {
                let kind = if *kind == ItemKind::Dossier {
                    "dossier"
                } else {
                    "qualification"
                };
                fl!(lang, "e101-declare-crebo", kind = kind, code = code)
            }
            Msg::NotOffered {
                institution,
                code,
                title,
                close,
            } => fl!(
                lang,
                "e101-not-offered",
                institution = institution,
                code = code,
                title = title,
                count = close.len(),
                close = or_words(&quote_all(close), lang)
            ),
            Msg::NewerCrebo {
                code,
                name,
                dossier: false,
            } => {
                fl!(lang, "e101-newer-crebo", code = code, name = name)
            }
            Msg::NewerCrebo {
                code,
                name,
                dossier: true,
            } => {
                fl!(lang, "e101-newer-dossier", code = code, name = name)
            }
            Msg::NewerDossierOffered { code, name } => {
                fl!(lang, "e101-newer-dossier-offered", code = code, name = name)
            }
            Msg::HistoricCrebo { code, name } => {
                fl!(lang, "e101-historic-crebo", code = code, name = name)
            }
            Msg::NotDefined => fl!(lang, "e101-not-defined"),
            Msg::NotDefinedIn { parent } => fl!(lang, "e101-not-defined-in", parent = parent),
            Msg::NotInCatalogue => fl!(lang, "e101-not-in-catalogue"),
            Msg::Duplicate { what, name, first } => {
                let key = match (what, first) {
                    (Wanted::Programme(_) | Wanted::Offer(_), _) => wanted_key(what),
                    (_, Some(_)) if is_code(name) => "code-first",
                    (_, Some(_)) => "first",
                    (_, None) if is_code(name) => "code",
                    (_, None) => "other",
                };
                let (first, a_first) = match first {
                    Some(f) => (k(*f), a_kind(&k(*f), f.keyword(), lang)),
                    None => (String::new(), String::new()),
                };
                fl!(
                    lang,
                    "e102-duplicate",
                    key = key,
                    parent = wanted_parent(what),
                    name = name,
                    wanted = wanted_name(what, lang),
                    a_wanted = a_wanted(what, lang),
                    first = first,
                    a_first = a_first
                )
            }
            Msg::UnnamedRepeatOffer { institution, crebo } => {
                fl!(
                    lang,
                    "e102-unnamed-repeat-offer",
                    institution = institution,
                    crebo = crebo
                )
            }
            Msg::FirstDefinedHere => fl!(lang, "e102-first-defined-here"),
            Msg::HelpRenameOrRemove => fl!(lang, "e102-help-rename-or-remove"),
            Msg::HelpCreboTwice => fl!(lang, "e102-help-crebo-twice"),
            Msg::HelpSharedNamespace => fl!(lang, "e102-help-shared-namespace"),
            Msg::HelpPreludeDefines {
                name,
                crebo: false,
                other: Some(o),
            } => fl!(
                lang,
                "e102-help-prelude-kind",
                name = name,
                a_other = a_kind(&k(*o), o.keyword(), lang)
            ),
            Msg::HelpPreludeDefines {
                name, crebo: true, ..
            } => {
                fl!(lang, "e102-help-prelude-crebo", name = name)
            }
            Msg::HelpPreludeDefines {
                name,
                crebo: false,
                other: None,
            } => {
                fl!(lang, "e102-help-prelude", name = name)
            }
            Msg::HelpNameOffer {
                institution,
                crebo,
                name,
            } => fl!(
                lang,
                "e102-help-name-offer",
                institution = institution,
                crebo = crebo,
                name = name
            ),
            Msg::WrongKind {
                wanted,
                name,
                found,
            } => fl!(
                lang,
                "e103-wrong-kind",
                a_wanted = a_wanted(wanted, lang),
                name = name,
                a_found = a_kind(&k(*found), found.keyword(), lang)
            ),
            Msg::DossierOffered { code, title } => {
                fl!(lang, "e103-dossier-offered", code = code, title = title)
            }
            Msg::IsA { found } => {
                fl!(
                    lang,
                    "e103-is-a",
                    a_found = a_kind(&k(*found), found.keyword(), lang)
                )
            }
            Msg::DossierQualifications { dossier, quals } => {
                let parts: Vec<String> = quals
                    .iter()
                    .map(|(c, n, l)| {
                        fl!(lang, "e103-dossier-qual", crebo = c, name = n, level = *l)
                    })
                    .collect();
                fl!(
                    lang,
                    "e103-dossier-holds",
                    dossier = dossier,
                    quals = parts.join("; ")
                )
            }
            Msg::HelpUseKind { wanted, names } => fl!(
                lang,
                "e103-help-use-kind",
                count = names.len(),
                a_wanted = a_wanted(wanted, lang),
                names = or_words(&quote_all(names), lang)
            ),
            Msg::HelpNodeMember {
                base,
                found,
                examples,
            } => {
                let found = if *found == ItemKind::School {
                    "school"
                } else {
                    "institution"
                };
                fl!(
                    lang,
                    "e103-help-node-member",
                    found = found,
                    base = base,
                    count = examples.len(),
                    examples = or_words(&quote_all(examples), lang)
                )
            }
            Msg::HelpLaterNode => fl!(lang, "e103-help-later-node"),
            Msg::HelpQualDossier {
                qual,
                dossier: Some(d),
            } => {
                fl!(lang, "e103-help-qual-dossier", qual = qual, dossier = d)
            }
            Msg::HelpQualDossier {
                qual,
                dossier: None,
            } => {
                fl!(lang, "e103-help-qual-no-dossier", qual = qual)
            }
            Msg::BadLevel { field, value } => {
                fl!(lang, "e104-bad-level", field = field, value = value)
            }
            Msg::BadCrebo { text } => fl!(lang, "e104-bad-crebo", text = truncate(text, 40)),
            Msg::BadYear { field, value } => {
                fl!(
                    lang,
                    "e104-bad-year",
                    field = field,
                    value = truncate(value, 40)
                )
            }
            Msg::FromAfterUntil {
                owner: o,
                from,
                until,
            } => {
                fl!(
                    lang,
                    "e104-from-after-until",
                    owner = owner(o, lang),
                    from = *from,
                    until = *until
                )
            }
            Msg::BadRoute { text } => fl!(lang, "e104-bad-route", text = text),
            Msg::TooLarge { field, text } => {
                fl!(
                    lang,
                    "e104-too-large",
                    field = field,
                    text = truncate(text, 40)
                )
            }
            Msg::CountYearOrder { field, year, prev } => {
                fl!(
                    lang,
                    "e104-count-year-order",
                    field = field,
                    year = *year,
                    prev = *prev
                )
            }
            Msg::HelpCountYearOrder => fl!(lang, "e104-help-count-year-order"),
            Msg::EmptyList { owner: o, field } => {
                fl!(
                    lang,
                    "e104-empty-list",
                    owner = owner(o, lang),
                    field = field
                )
            }
            Msg::IncludesCycle { sectors } => {
                let path: Vec<String> = sectors.iter().map(|s| format!("`{s}`")).collect();
                let first = sectors.first().map_or("", |s| s.as_str());
                fl!(
                    lang,
                    "e104-includes-cycle",
                    count = sectors.len(),
                    first = first,
                    sectors = path.join(" → ")
                )
            }
            Msg::BadShape { field, shape: s } => {
                fl!(
                    lang,
                    "e104-bad-shape",
                    field = field,
                    shape = shape(*s, lang)
                )
            }
            Msg::BadElement { field, shape: s } => {
                fl!(
                    lang,
                    "e104-bad-element",
                    field = field,
                    shape = shape(*s, lang)
                )
            }
            Msg::HelpLevels => fl!(lang, "e104-help-levels"),
            Msg::HelpCrebo => fl!(lang, "e104-help-crebo"),
            Msg::HelpYears => fl!(lang, "e104-help-years"),
            Msg::HelpSwapYears => fl!(lang, "e104-help-swap-years"),
            Msg::HelpRoutes => fl!(lang, "e104-help-routes"),
            Msg::HelpTooLarge => fl!(lang, "e104-help-too-large"),
            Msg::HelpFillList { field } => fill_list(field, lang),
            Msg::HelpBreakCycle => fl!(lang, "e104-help-break-cycle"),
            Msg::HelpShape { field, shape: s } => {
                fl!(
                    lang,
                    "e104-help-shape",
                    field = field,
                    shape = shape(*s, lang)
                )
            }
            Msg::HelpRewrite { fix } => fl!(lang, "e104-help-rewrite", fix = fix),
            Msg::HelpRewriteElement { fix } => fl!(lang, "e104-help-rewrite-element", fix = fix),
            Msg::MissingField { owner: o, fields } => fl!(
                lang,
                "e105-missing-field",
                owner = owner(o, lang),
                fields = or_words(&quote_all(fields), lang)
            ),
            Msg::HelpAddField { kind, fields } => {
                let examples: Vec<String> = fields
                    .iter()
                    .map(|f| field_example(*kind, f, lang))
                    .collect();
                fl!(
                    lang,
                    "e105-help-add-field",
                    examples = or_words(&examples, lang)
                )
            }
            Msg::UnknownField { owner: o, field } => {
                fl!(
                    lang,
                    "e106-unknown-field",
                    owner = owner(o, lang),
                    field = truncate(field, 40)
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
                fl!(
                    lang,
                    "e106-help-fields",
                    kind = which,
                    a_kind = a_kind(&k(*kind), kind.keyword(), lang),
                    closest = or_words(&quote_all(closest), lang),
                    fields = list(names, lang)
                )
            }
            Msg::DuplicateField { owner: o, field } => {
                fl!(
                    lang,
                    "e107-duplicate-field",
                    owner = owner(o, lang),
                    field = field
                )
            }
            Msg::FirstFieldHere => fl!(lang, "e107-first-field-here"),
            Msg::DuplicateOffer {
                institution,
                crebo,
                title,
                location,
            } => {
                let crebo = format!("{crebo:05}");
                match location {
                    Some(l) => fl!(
                        lang,
                        "d301-duplicate-offer-at",
                        institution = institution,
                        crebo = crebo,
                        title = title,
                        location = l
                    ),
                    None => fl!(
                        lang,
                        "d301-duplicate-offer",
                        institution = institution,
                        crebo = crebo,
                        title = title
                    ),
                }
            }
            Msg::Check(m) => m.render(lang),
            Msg::Version(m) => m.render(lang),
            Msg::Law(m) => m.render(lang),
            Msg::Syntax(m) => m.render(lang),
            Msg::Hint(m) => m.render(lang),
            Msg::FirstOfferHere => fl!(lang, "d301-first-offer-here"),
            Msg::HelpDuplicateOffer => fl!(lang, "d301-help"),
            Msg::HelpOneField { merged: Some(m) } => {
                fl!(lang, "e107-help-one-field-merged", merged = m)
            }
            Msg::HelpOneField { merged: None } => fl!(lang, "e107-help-one-field"),
            Msg::BaselineFixed { count } => fl!(lang, "baseline-fixed", count = *count),
        }
    }
}

/// An item as messages name it: "programme `olympia.pie-kb`".
fn owner(o: &Owner, lang: Lang) -> String {
    fl!(
        lang,
        "owner",
        kind = kind_name(o.kind, lang),
        name = o.name.as_str()
    )
}

/// Five digits: a crebo code rather than an ID.
fn is_code(name: &str) -> bool {
    name.len() == 5 && name.bytes().all(|b| b.is_ascii_digit())
}

/// A required field as the E105 help suggests writing it: the field with a
/// placeholder (plan syntax, the same in every language) and a note.
fn field_example(kind: ItemKind, field: &str, lang: Lang) -> String {
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
    fl!(lang, "field-example", key = key, example = example)
}

/// How to fill a list that must not be empty.
fn fill_list(field: &str, lang: Lang) -> String {
    fl!(lang, "fill-list", field = field)
}

fn quote_all(names: &[String]) -> Vec<String> {
    names.iter().map(|n| format!("`{n}`")).collect()
}

/// Shortens text for a message (a 2M-character identifier must not be
/// printed whole), cutting at a character boundary.
pub fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}
