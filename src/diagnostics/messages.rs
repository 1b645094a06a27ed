//! The message catalogue: every message, label and help, in English and
//! Dutch, side by side so neither language can fall behind.

use std::fmt::Write;

use crate::Lang;
use crate::syntax::ItemKind;

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
    Node,
    Member,
    ArrowBlockOrItem,
    Arrow,
    AsId,
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
    DidYouMean {
        names: Vec<String>,
    },
    DeclareIt {
        wanted: Wanted,
        name: String,
    },
    NewerCrebo {
        code: String,
        name: String,
    },
    HistoricCrebo {
        code: String,
        name: String,
    },
    NotDefined,
    // E102
    Duplicate {
        what: Wanted,
        name: String,
    },
    UnnamedRepeatOffer {
        institution: String,
        crebo: String,
    },
    FirstDefinedHere,
    HelpRenameOrRemove,
    HelpNameOffer {
        crebo: String,
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
    },
    // E104
    BadLevel {
        value: String,
    },
    BadCrebo {
        text: String,
    },
    BadYear {
        value: String,
    },
    FromAfterUntil {
        from: u64,
        until: u64,
    },
    BadRoute {
        text: String,
    },
    TooLarge {
        text: String,
    },
    EmptyList {
        field: String,
    },
    IncludesCycle {
        sectors: Vec<String>,
    },
    BadShape {
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
    // E105
    MissingField {
        kind: ItemKind,
        id: String,
        fields: Vec<String>,
    },
    HelpAddField {
        field: String,
    },
    // E106
    UnknownField {
        kind: ItemKind,
        field: String,
    },
    HelpFields {
        kind: ItemKind,
        names: Vec<String>,
        closest: Vec<String>,
    },
    // E107
    DuplicateField {
        field: String,
    },
    FirstFieldHere,
    HelpOneField,
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
    // --baseline: entries that matched no finding (a note, not a finding)
    BaselineFixed {
        count: usize,
    },
}

fn kind_name(kind: ItemKind, lang: Lang) -> &'static str {
    use ItemKind::*;
    match lang {
        Lang::En => match kind {
            Track => "track",
            Sector => "sector",
            Subject => "subject",
            Profile => "profile",
            Dossier => "kwalificatiedossier",
            Qualification => "qualification",
            Prerequisite => "prerequisite",
            School => "school",
            Programme => "programme",
            Institution => "institution",
            Offer => "offer",
            Pathway => "pathway",
            Region => "region",
        },
        Lang::Nl => match kind {
            Track => "leerweg",
            Sector => "sector",
            Subject => "vak",
            Profile => "profiel",
            Dossier => "kwalificatiedossier",
            Qualification => "kwalificatie",
            Prerequisite => "nadere vooropleidingseis",
            School => "school",
            Programme => "vmbo-programma",
            Institution => "instelling",
            Offer => "aanbod",
            Pathway => "leerroute",
            Region => "regio",
        },
    }
}

fn wanted_name(w: &Wanted, lang: Lang) -> String {
    match (w, lang) {
        (Wanted::Kind(k), _) => kind_name(*k, lang).to_string(),
        (Wanted::Member, Lang::En) => "school or institution".into(),
        (Wanted::Member, Lang::Nl) => "school of instelling".into(),
        (Wanted::Node, Lang::En) => "programme or offer".into(),
        (Wanted::Node, Lang::Nl) => "vmbo-programma of aanbod".into(),
        (Wanted::Programme(s), Lang::En) => format!("programme of school `{s}`"),
        (Wanted::Programme(s), Lang::Nl) => format!("vmbo-programma van school `{s}`"),
        (Wanted::Offer(s), Lang::En) => format!("offer of institution `{s}`"),
        (Wanted::Offer(s), Lang::Nl) => format!("aanbod van instelling `{s}`"),
    }
}

fn found(f: &Found, lang: Lang) -> String {
    match (f, lang) {
        (Found::Ident(s), Lang::En) => format!("identifier `{s}`"),
        (Found::Ident(s), Lang::Nl) => format!("naam `{s}`"),
        (Found::Keyword(s), Lang::En) => format!("keyword `{s}`"),
        (Found::Keyword(s), Lang::Nl) => format!("sleutelwoord `{s}`"),
        (Found::Int(s), Lang::En) => format!("number `{s}`"),
        (Found::Int(s), Lang::Nl) => format!("getal `{s}`"),
        (Found::Str, Lang::En) => "a string".into(),
        (Found::Str, Lang::Nl) => "een tekst".into(),
        (Found::Punct(p), _) => format!("`{p}`"),
        (Found::Eof, Lang::En) => "the end of the file".into(),
        (Found::Eof, Lang::Nl) => "het einde van het bestand".into(),
    }
}

fn expected(e: &Expected, lang: Lang) -> String {
    let en = lang == Lang::En;
    match e {
        Expected::Item => {
            if en {
                "an item (`region`, `school`, `institution`, `pathway`, ...)".into()
            } else {
                "een item (`region`, `school`, `institution`, `pathway`, ...)".into()
            }
        }
        Expected::Id(k) => {
            if en {
                format!("an ID for the {}", kind_name(*k, lang))
            } else {
                format!("een ID voor de {}", kind_name(*k, lang))
            }
        }
        Expected::Crebo(k) => {
            if en {
                format!("the crebo code of the {}", kind_name(*k, lang))
            } else {
                format!("de crebocode van de {}", kind_name(*k, lang))
            }
        }
        Expected::Eq(f) => {
            if en {
                format!("`=` after field `{f}`")
            } else {
                format!("`=` na veld `{f}`")
            }
        }
        Expected::Value => {
            if en {
                "a value (an ID, a number, a string or a list)".into()
            } else {
                "een waarde (een ID, een getal, een tekst of een lijst)".into()
            }
        }
        Expected::ListElement => {
            if en {
                "a list element (an ID, a number or a string) or `]`".into()
            } else {
                "een element (een ID, een getal of een tekst) of `]`".into()
            }
        }
        Expected::CommaOrBracket => {
            if en {
                "`,` or `]`".into()
            } else {
                "`,` of `]`".into()
            }
        }
        Expected::FieldOrEnd(None) => {
            if en {
                "a field or `}`".into()
            } else {
                "een veld of `}`".into()
            }
        }
        Expected::FieldOrEnd(Some(k)) => {
            if en {
                format!("a field, a nested `{}` or `}}`", k.keyword())
            } else {
                format!("een veld, een `{}` of `}}`", k.keyword())
            }
        }
        Expected::Block(k) => {
            if en {
                format!("`{{` to open the {} block", kind_name(*k, lang))
            } else {
                format!("`{{` om het blok van de {} te openen", kind_name(*k, lang))
            }
        }
        Expected::Node => {
            if en {
                "a node (`school.programme` or `institution.offer`)".into()
            } else {
                "een knoop (`school.programma` of `instelling.aanbod`)".into()
            }
        }
        Expected::Member => {
            if en {
                "an ID or crebo code after `.`".into()
            } else {
                "een ID of crebocode na `.`".into()
            }
        }
        Expected::ArrowBlockOrItem => {
            if en {
                "`->`, `{` or the next item".into()
            } else {
                "`->`, `{` of het volgende item".into()
            }
        }
        Expected::Arrow => {
            if en {
                "`->` and the next node: a pathway has at least two nodes".into()
            } else {
                "`->` en de volgende knoop: een leerroute heeft minstens twee knopen".into()
            }
        }
        Expected::AsId => {
            if en {
                "an ID after `as`".into()
            } else {
                "een ID na `as`".into()
            }
        }
    }
}

fn shape(s: Shape, lang: Lang) -> &'static str {
    let en = lang == Lang::En;
    match s {
        Shape::Ref => {
            if en {
                "a name"
            } else {
                "een naam"
            }
        }
        Shape::RefList => {
            if en {
                "a list of names, like `[a, b]`"
            } else {
                "een lijst namen, zoals `[a, b]`"
            }
        }
        Shape::Int => {
            if en {
                "a whole number"
            } else {
                "een geheel getal"
            }
        }
        Shape::IntList => {
            if en {
                "a list of whole numbers"
            } else {
                "een lijst gehele getallen"
            }
        }
        Shape::Str => {
            if en {
                "a string in double quotes"
            } else {
                "een tekst tussen dubbele aanhalingstekens"
            }
        }
        Shape::Year => {
            if en {
                "a year, like `2025`"
            } else {
                "een jaartal, zoals `2025`"
            }
        }
        Shape::Level => {
            if en {
                "an mbo level 1 to 4"
            } else {
                "een mbo-niveau van 1 tot en met 4"
            }
        }
        Shape::LevelList => {
            if en {
                "a list of mbo levels, like `[2, 3, 4]`"
            } else {
                "een lijst mbo-niveaus, zoals `[2, 3, 4]`"
            }
        }
        Shape::Crebo => {
            if en {
                "a 5-digit crebo code"
            } else {
                "een crebocode van 5 cijfers"
            }
        }
        Shape::CreboList => {
            if en {
                "a list of crebo codes"
            } else {
                "een lijst crebocodes"
            }
        }
        Shape::Route => {
            if en {
                "`bol` or `bbl`"
            } else {
                "`bol` of `bbl`"
            }
        }
        Shape::RouteList => {
            if en {
                "a list of routes, like `[bol, bbl]`"
            } else {
                "een lijst leerwegen, zoals `[bol, bbl]`"
            }
        }
    }
}

fn list(names: &[String], lang: Lang) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    join_words(&quoted, lang)
}

/// `a`, `a and b`, `a, b and c` (`en` in Dutch).
pub fn join_words(items: &[String], lang: Lang) -> String {
    let and = if lang == Lang::En { "and" } else { "en" };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

fn or_words(items: &[String], lang: Lang) -> String {
    let or = if lang == Lang::En { "or" } else { "of" };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {or} {last}", init.join(", ")),
    }
}

impl Msg {
    pub fn render(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let k = |kind: ItemKind| kind_name(kind, lang);
        match self {
            Msg::Expected { expected: e, found: f } => if en {
                format!("expected {}, found {}", expected(e, lang), found(f, lang))
            } else {
                format!("verwacht: {}, gevonden: {}", expected(e, lang), found(f, lang))
            },
            Msg::NestedOutside { kind } => {
                let parent = if *kind == ItemKind::Programme { "school" } else { "institution" };
                if en {
                    format!("`{}` can only stand inside a `{parent}` block", kind.keyword())
                } else {
                    format!("`{}` kan alleen binnen een `{parent}`-blok staan", kind.keyword())
                }
            }
            Msg::NotNested { kind, parent } => if en {
                format!("`{}` cannot stand inside a `{}` block", kind.keyword(), parent.keyword())
            } else {
                format!("`{}` kan niet binnen een `{}`-blok staan", kind.keyword(), parent.keyword())
            },
            Msg::BareCreboNode { text } => if en {
                format!("a pathway node must be a dotted reference, found the bare crebo `{text}`")
            } else {
                format!("een knoop van een leerroute is een verwijzing met een punt, gevonden: de losse crebo `{text}`")
            },
            Msg::MoreSyntaxErrors { count } => if en {
                format!("{count} more syntax errors in this file are not shown")
            } else {
                format!("nog {count} syntaxfouten in dit bestand worden niet getoond")
            },
            Msg::UnexpectedHere => (if en { "unexpected here" } else { "hier onverwacht" }).into(),
            Msg::HelpItemStart => (if en {
                "every item starts with its keyword: region, track, sector, subject, profile, dossier, qualification, prerequisite, school, institution or pathway"
            } else {
                "elk item begint met zijn sleutelwoord: region, track, sector, subject, profile, dossier, qualification, prerequisite, school, institution of pathway"
            }).into(),
            Msg::HelpDottedNode => (if en {
                "write the node as `institution.CREBO` (or `school.programme` for the first node)"
            } else {
                "schrijf de knoop als `instelling.CREBO` (of `school.programma` voor de eerste knoop)"
            }).into(),
            Msg::HelpNestedOnly { kind } => {
                let parent = if *kind == ItemKind::Programme { "school" } else { "institution" };
                if en {
                    format!("move the `{}` into the block of its `{parent}`", kind.keyword())
                } else {
                    format!("zet de `{}` in het blok van zijn `{parent}`", kind.keyword())
                }
            }
            Msg::UnterminatedString => (if en { "unterminated string" } else { "tekst zonder afsluitend aanhalingsteken" }).into(),
            Msg::BadEscape { text } => if en {
                format!("unknown escape `{text}` in string")
            } else {
                format!("onbekende escape `{text}` in tekst")
            },
            Msg::StrayChars { text } => {
                let shown = truncate(&text.escape_debug().to_string(), 40);
                if en {
                    format!("`{shown}` starts no token")
                } else {
                    format!("`{shown}` is geen geldig teken van de taal")
                }
            }
            Msg::HelpEscapes => (if en {
                r#"the escapes are \", \\, \n, \t and \u{1F600} (1 to 6 hex digits)"#
            } else {
                r#"de escapes zijn \", \\, \n, \t en \u{1F600} (1 tot 6 hexadecimale cijfers)"#
            }).into(),
            Msg::HelpStray => (if en {
                "IDs are ASCII letters, digits, `_` and `-`; put other text in a string \"...\" or after `#`"
            } else {
                "ID's bestaan uit ASCII-letters, cijfers, `_` en `-`; zet andere tekst in een tekst \"...\" of na `#`"
            }).into(),
            Msg::HelpCloseString => (if en {
                "close the string with `\"` on the same line"
            } else {
                "sluit de tekst af met `\"` op dezelfde regel"
            }).into(),
            Msg::InvalidUtf8 { offset } => if en {
                format!("the file is not valid UTF-8: invalid byte at offset {offset}")
            } else {
                format!("het bestand is geen geldige UTF-8: ongeldige byte op positie {offset}")
            },
            Msg::CannotRead { error } => if en {
                format!("cannot read the file: {error}")
            } else {
                format!("het bestand kan niet worden gelezen: {error}")
            },
            Msg::HelpUtf8 => (if en {
                "save the file as UTF-8 (most editors offer this under \"Save as\" or \"Encoding\")"
            } else {
                "sla het bestand op als UTF-8 (de meeste editors bieden dat onder \"Opslaan als\" of \"Codering\")"
            }).into(),
            Msg::Unknown { wanted, name } => match (wanted, en) {
                (Wanted::Programme(s), true) => format!("school `{s}` has no programme `{name}`"),
                (Wanted::Programme(s), false) => format!("school `{s}` heeft geen vmbo-programma `{name}`"),
                (Wanted::Offer(i), true) => format!("institution `{i}` has no offer `{name}`"),
                (Wanted::Offer(i), false) => format!("instelling `{i}` heeft geen aanbod `{name}`"),
                (_, true) => format!("unknown {} `{name}`", wanted_name(wanted, lang)),
                (_, false) => format!("onbekende {} `{name}`", wanted_name(wanted, lang)),
            },
            Msg::DidYouMean { names } => if en {
                format!("did you mean {}?", or_words(&quote_all(names), lang))
            } else {
                format!("bedoel je {}?", or_words(&quote_all(names), lang))
            },
            Msg::DeclareIt { wanted, name } => if en {
                format!("declare {} `{name}` or correct the name", wanted_name(wanted, lang))
            } else {
                format!("declareer {} `{name}` of verbeter de naam", wanted_name(wanted, lang))
            },
            Msg::NewerCrebo { code, name } => if en {
                format!("crebo {code} ({name}) is newer than the built-in 2015 catalogue: declare it with its level and sector")
            } else {
                format!("crebo {code} ({name}) is nieuwer dan de ingebouwde catalogus van 2015: declareer de kwalificatie met haar niveau en sector")
            },
            Msg::HistoricCrebo { code, name } => if en {
                format!("crebo {code} ({name}) is an older code that the 2015 qualification structure replaced: use its current crebo, or declare it with its level and sector")
            } else {
                format!("crebo {code} ({name}) is een oudere code die de kwalificatiestructuur van 2015 heeft vervangen: gebruik de huidige crebo, of declareer de kwalificatie met haar niveau en sector")
            },
            Msg::NotDefined => (if en { "not defined anywhere" } else { "nergens gedefinieerd" }).into(),
            Msg::Duplicate { what, name } => if en {
                format!("{} `{name}` is defined more than once", wanted_name(what, lang))
            } else {
                format!("{} `{name}` is meer dan eens gedefinieerd", wanted_name(what, lang))
            },
            Msg::UnnamedRepeatOffer { institution, crebo } => if en {
                format!("institution `{institution}` offers crebo {crebo} again without a name, so `{institution}.{crebo}` is taken")
            } else {
                format!("instelling `{institution}` biedt crebo {crebo} nogmaals aan zonder naam, dus `{institution}.{crebo}` is al bezet")
            },
            Msg::FirstDefinedHere => (if en { "first defined here" } else { "eerst hier gedefinieerd" }).into(),
            Msg::HelpRenameOrRemove => (if en {
                "rename one of the two, or remove the later definition"
            } else {
                "geef een van de twee een andere naam, of verwijder de latere definitie"
            }).into(),
            Msg::HelpNameOffer { crebo } => if en {
                format!("name the later offer, e.g. `offer {crebo} as zuid`, and refer to it by that name")
            } else {
                format!("geef het latere aanbod een naam, bijvoorbeeld `offer {crebo} as zuid`, en verwijs daarmee")
            },
            Msg::WrongKind { wanted, name, found } => if en {
                format!("expected {}, but `{name}` is {}", a(&wanted_name(wanted, lang)), a(k(*found)))
            } else {
                format!("verwacht: {}, maar `{name}` is een {}", wanted_name(wanted, lang), k(*found))
            },
            Msg::DossierOffered { code, title } => if en {
                format!("crebo {code} ({title}) is a kwalificatiedossier, which cannot be offered; offer one of its qualifications")
            } else {
                format!("crebo {code} ({title}) is een kwalificatiedossier en kan niet worden aangeboden; bied een van de kwalificaties aan")
            },
            Msg::IsA { found } => if en { format!("this is {}", a(k(*found))) } else { format!("dit is een {}", k(*found)) },
            Msg::DossierQualifications { dossier, quals } => {
                let mut s = if en {
                    format!("kwalificatiedossier {dossier} holds: ")
                } else {
                    format!("kwalificatiedossier {dossier} bevat: ")
                };
                let parts: Vec<String> = quals
                    .iter()
                    .map(|(c, n, l)| if en { format!("{c} {n} (level {l})") } else { format!("{c} {n} (niveau {l})") })
                    .collect();
                let _ = write!(s, "{}", parts.join("; "));
                s
            }
            Msg::HelpUseKind { wanted } => if en {
                format!("refer to {} here", a(&wanted_name(wanted, lang)))
            } else {
                format!("verwijs hier naar een {}", wanted_name(wanted, lang))
            },
            Msg::BadLevel { value } => if en {
                format!("mbo level {value} does not exist")
            } else {
                format!("mbo-niveau {value} bestaat niet")
            },
            Msg::BadCrebo { text } => if en {
                format!("`{}` is not a crebo code: a crebo code has exactly 5 digits", truncate(text, 40))
            } else {
                format!("`{}` is geen crebocode: een crebocode heeft precies 5 cijfers", truncate(text, 40))
            },
            Msg::BadYear { value } => if en {
                format!("year {} is outside 1900–2200", truncate(value, 40))
            } else {
                format!("jaar {} ligt buiten 1900–2200", truncate(value, 40))
            },
            Msg::FromAfterUntil { from, until } => if en {
                format!("`from = {from}` is after `until = {until}`")
            } else {
                format!("`from = {from}` ligt na `until = {until}`")
            },
            Msg::BadRoute { text } => if en {
                format!("`{text}` is not an mbo route")
            } else {
                format!("`{text}` is geen mbo-leerweg")
            },
            Msg::TooLarge { text } => if en {
                format!("the number {} is too large", truncate(text, 40))
            } else {
                format!("het getal {} is te groot", truncate(text, 40))
            },
            Msg::EmptyList { field } => if en {
                format!("`{field}` must not be empty")
            } else {
                format!("`{field}` mag niet leeg zijn")
            },
            Msg::IncludesCycle { sectors } => if en {
                format!("sectors include each other in a cycle: {}", sectors.join(" → "))
            } else {
                format!("sectoren bevatten elkaar in een kring: {}", sectors.join(" → "))
            },
            Msg::BadShape { field, shape: s } => if en {
                format!("`{field}` must be {}", shape(*s, lang))
            } else {
                format!("`{field}` moet {} zijn", shape(*s, lang))
            },
            Msg::HelpLevels => (if en {
                "mbo levels are 1 (Entree), 2, 3 and 4"
            } else {
                "mbo-niveaus zijn 1 (Entree), 2, 3 en 4"
            }).into(),
            Msg::HelpCrebo => (if en {
                "write the 5-digit crebo code, e.g. `25263`; `leerlijn catalogue` searches the catalogue"
            } else {
                "schrijf de crebocode van 5 cijfers, bijvoorbeeld `25263`; `leerlijn catalogue` doorzoekt de catalogus"
            }).into(),
            Msg::HelpYears => (if en {
                "write the start year of the school year, e.g. `2025` for 2025–2026"
            } else {
                "schrijf het beginjaar van het schooljaar, bijvoorbeeld `2025` voor 2025–2026"
            }).into(),
            Msg::HelpSwapYears => (if en {
                "`from` and `until` are inclusive start years: swap them or correct one"
            } else {
                "`from` en `until` zijn inclusieve beginjaren: verwissel ze of verbeter er een"
            }).into(),
            Msg::HelpRoutes => (if en {
                "the mbo routes are `bol` (school-based) and `bbl` (work-based)"
            } else {
                "de mbo-leerwegen zijn `bol` (beroepsopleidend) en `bbl` (beroepsbegeleidend)"
            }).into(),
            Msg::HelpTooLarge => (if en {
                "numbers must be at most 4294967295"
            } else {
                "getallen mogen hoogstens 4294967295 zijn"
            }).into(),
            Msg::HelpFillList { field } => if en {
                format!("list at least one element in `{field}`, or leave the field out if it is optional")
            } else {
                format!("noem minstens één element in `{field}`, of laat het veld weg als het optioneel is")
            },
            Msg::HelpBreakCycle => (if en {
                "a broad sector includes narrower ones; remove one `includes` element to break the cycle"
            } else {
                "een brede sector bevat smallere; verwijder één element uit `includes` om de kring te doorbreken"
            }).into(),
            Msg::HelpShape { field, shape: s } => if en {
                format!("write `{field} = ` followed by {}", shape(*s, lang))
            } else {
                format!("schrijf `{field} = ` gevolgd door {}", shape(*s, lang))
            },
            Msg::MissingField { kind, id, fields } => {
                let f = or_words(&quote_all(fields), lang);
                if en {
                    format!("{} `{id}` has no {f} field", k(*kind))
                } else {
                    format!("{} `{id}` heeft geen veld {f}", k(*kind))
                }
            }
            Msg::HelpAddField { field } => if en {
                format!("add `{field} = ...` to the block")
            } else {
                format!("voeg `{field} = ...` toe aan het blok")
            },
            Msg::UnknownField { kind, field } => if en {
                format!("{} has no field `{}`", a(k(*kind)), truncate(field, 40))
            } else {
                format!("een {} heeft geen veld `{}`", k(*kind), truncate(field, 40))
            },
            Msg::HelpFields { kind, names, closest } => {
                let all = list(names, lang);
                match (closest.is_empty(), en) {
                    (false, true) => format!("did you mean {}? The fields of {} are {all}", or_words(&quote_all(closest), lang), a(k(*kind))),
                    (false, false) => format!("bedoel je {}? De velden van een {} zijn {all}", or_words(&quote_all(closest), lang), k(*kind)),
                    (true, true) if names.is_empty() => format!("{} has no fields", a(k(*kind))),
                    (true, false) if names.is_empty() => format!("een {} heeft geen velden", k(*kind)),
                    (true, true) => format!("the fields of {} are {all}", a(k(*kind))),
                    (true, false) => format!("de velden van een {} zijn {all}", k(*kind)),
                }
            }
            Msg::DuplicateField { field } => if en {
                format!("field `{field}` is given more than once")
            } else {
                format!("veld `{field}` staat er meer dan eens")
            },
            Msg::FirstFieldHere => (if en { "first given here" } else { "eerst hier gegeven" }).into(),
            Msg::DuplicateOffer { institution, crebo, title, location } => match (location, en) {
                (Some(l), true) => format!("institution `{institution}` offers crebo {crebo} ({title}) twice at {l}"),
                (Some(l), false) => format!("instelling `{institution}` biedt crebo {crebo} ({title}) twee keer aan in {l}"),
                (None, true) => format!("institution `{institution}` offers crebo {crebo} ({title}) twice, both without a location"),
                (None, false) => format!("instelling `{institution}` biedt crebo {crebo} ({title}) twee keer aan, beide zonder locatie"),
            },
            Msg::Check(m) => m.render(lang),
            Msg::FirstOfferHere => (if en { "first offered here" } else { "eerst hier aangeboden" }).into(),
            Msg::HelpDuplicateOffer => (if en {
                "remove the later offer, or give it its own `location` and a name with `as`"
            } else {
                "verwijder het latere aanbod, of geef het een eigen `location` en een naam met `as`"
            }).into(),
            Msg::HelpOneField => (if en {
                "keep one of the two; for several values, use one list `[a, b]`"
            } else {
                "houd er één over; gebruik voor meerdere waarden één lijst `[a, b]`"
            }).into(),
            Msg::BaselineFixed { count } => match (en, *count == 1) {
                (true, true) => "1 baseline entry is fixed: rewrite the baseline (`--write-baseline FILE`)".into(),
                (true, false) => format!("{count} baseline entries are fixed: rewrite the baseline (`--write-baseline FILE`)"),
                (false, true) => "1 regel in de baseline is opgelost: schrijf de baseline opnieuw (`--write-baseline BESTAND`)".into(),
                (false, false) => format!("{count} regels in de baseline zijn opgelost: schrijf de baseline opnieuw (`--write-baseline BESTAND`)"),
            },
        }
    }
}

/// English indefinite article.
fn a(word: &str) -> String {
    let an = word.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {word}", if an { "an" } else { "a" })
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
