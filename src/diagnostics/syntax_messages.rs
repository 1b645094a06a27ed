//! Syntax errors in plan words (E001): what went wrong where the mistake
//! is, and a help line for every one. Kept apart from `messages.rs` so the
//! parser's wording can change without touching the shared catalogue.

use crate::Lang;
use crate::schema::ItemKind;

use super::Expected;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxMsg {
    /// `location = Den Haag`, `brin = 27UH`: text written without quotes.
    Unquoted {
        spaces: bool,
        text: String,
    },
    /// The label under it.
    NeedsQuotes,
    /// `write `location = "Den Haag"``.
    HelpQuote {
        field: String,
        text: String,
    },
    /// `=>` (or `→`) where `->` belongs.
    NotArrow {
        text: String,
    },
    HelpArrow,
    /// A block whose `}` is missing; `item` is how the plan names it
    /// (`institution roc-twente`, `offer 25342`).
    Unclosed {
        item: String,
    },
    BlockStartsHere,
    CloseHere,
    HelpUnclosed {
        item: String,
    },
    /// A `}` that closes a parent's block before more of its nested items.
    StrayClose {
        item: String,
        child: ItemKind,
    },
    ClosesTooEarly,
    HelpStrayClose {
        item: String,
        child: ItemKind,
    },
    /// E002: an ID with letters outside ASCII, and its ASCII form.
    NonAsciiId {
        text: String,
    },
    HelpAscii {
        ascii: Option<String>,
    },
    /// After the cap of shown syntax errors.
    HelpMore,
    /// The help line of an E001 that says what was expected.
    HelpExpected(Expected),
}

impl SyntaxMsg {
    pub fn render(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            SyntaxMsg::Unquoted { spaces: true, .. } => (if en {
                "text with spaces needs quotes"
            } else {
                "tekst met spaties moet tussen aanhalingstekens"
            })
            .into(),
            SyntaxMsg::Unquoted { spaces: false, text } => if en {
                format!("`{text}` is neither a number nor an ID: text needs quotes")
            } else {
                format!("`{text}` is geen getal en geen ID: tekst moet tussen aanhalingstekens")
            },
            SyntaxMsg::NeedsQuotes => (if en { "text without quotes" } else { "tekst zonder aanhalingstekens" }).into(),
            SyntaxMsg::HelpQuote { field, text } => if en {
                format!("write `{field} = \"{text}\"`")
            } else {
                format!("schrijf `{field} = \"{text}\"`")
            },
            SyntaxMsg::NotArrow { text } => if en {
                format!("`{text}` is not an arrow; write `->`")
            } else {
                format!("`{text}` is geen pijl; schrijf `->`")
            },
            SyntaxMsg::HelpArrow => (if en {
                "the steps of a pathway are joined by `->` (a hyphen and `>`): `pathway school.programme -> institution.CREBO`"
            } else {
                "de stappen van een pathway worden verbonden met `->` (een streepje en `>`): `pathway school.programma -> instelling.CREBO`"
            })
            .into(),
            SyntaxMsg::Unclosed { item } => if en {
                format!("the block of `{item}` that starts here is not closed")
            } else {
                format!("het blok van `{item}` dat hier begint, is niet afgesloten")
            },
            SyntaxMsg::BlockStartsHere => (if en { "the block starts here" } else { "het blok begint hier" }).into(),
            SyntaxMsg::CloseHere => (if en { "close it here with `}`" } else { "sluit het hier af met `}`" }).into(),
            SyntaxMsg::HelpUnclosed { item } => if en {
                format!("add `}}` after the last line of the block of `{item}`")
            } else {
                format!("zet een `}}` na de laatste regel van het blok van `{item}`")
            },
            SyntaxMsg::StrayClose { item, child } => if en {
                format!(
                    "this `}}` closes the block of `{item}`, but more of its `{}` items follow",
                    child.keyword()
                )
            } else {
                format!(
                    "deze `}}` sluit het blok van `{item}` af, maar daarna volgen nog `{}`-onderdelen",
                    child.keyword()
                )
            },
            SyntaxMsg::ClosesTooEarly => (if en { "closes the block too early" } else { "sluit het blok te vroeg af" }).into(),
            SyntaxMsg::HelpStrayClose { item, child } => if en {
                format!(
                    "remove this `}}`: the block of `{item}` ends after its last `{}`",
                    child.keyword()
                )
            } else {
                format!(
                    "haal deze `}}` weg: het blok van `{item}` eindigt na de laatste `{}`",
                    child.keyword()
                )
            },
            SyntaxMsg::NonAsciiId { text } => if en {
                format!("`{text}` is not an ID: IDs are written in ASCII letters, digits, `_` and `-`")
            } else {
                format!("`{text}` is geen ID: een ID bestaat uit ASCII-letters, cijfers, `_` en `-`")
            },
            SyntaxMsg::HelpAscii { ascii: Some(a) } => if en {
                format!("write `{a}` (here and wherever the plan refers to it)")
            } else {
                format!("schrijf `{a}` (hier en overal waar het plan ernaar verwijst)")
            },
            SyntaxMsg::HelpAscii { ascii: None } => (if en {
                "write the ID in ASCII letters, digits, `_` and `-`; put other text in a title \"...\""
            } else {
                "schrijf het ID in ASCII-letters, cijfers, `_` en `-`; zet andere tekst in een titel \"...\""
            })
            .into(),
            SyntaxMsg::HelpMore => (if en {
                "fix the errors shown first: the ones after them often follow from them"
            } else {
                "herstel eerst de getoonde fouten: de latere volgen er vaak uit"
            })
            .into(),
            SyntaxMsg::HelpExpected(e) => help_expected(e, en),
        }
    }
}

fn help_expected(e: &Expected, en: bool) -> String {
    let s = |a: &str, b: &str| -> String { if en { a.into() } else { b.into() } };
    match e {
        Expected::Item => s(
            "every item starts with its keyword: region, track, sector, subject, profile, dossier, qualification, prerequisite, school, institution or pathway",
            "elk onderdeel begint met zijn sleutelwoord: region, track, sector, subject, profile, dossier, qualification, prerequisite, school, institution of pathway",
        ),
        Expected::Id(k) => {
            let kw = k.keyword();
            if en {
                format!(
                    "write an ID after `{kw}`: lower-case ASCII letters, digits, `-` and `_`, for example `{kw} my-{kw}`"
                )
            } else {
                format!(
                    "schrijf een ID na `{kw}`: kleine ASCII-letters, cijfers, `-` en `_`, bijvoorbeeld `{kw} mijn-{kw}`"
                )
            }
        }
        Expected::Crebo(k) => {
            let kw = k.keyword();
            if en {
                format!("write the five-digit crebo code after `{kw}`, for example `{kw} 25263`")
            } else {
                format!(
                    "schrijf de crebocode van vijf cijfers na `{kw}`, bijvoorbeeld `{kw} 25263`"
                )
            }
        }
        Expected::Eq(f) => {
            if en {
                format!("a field is written `{f} = value`; put text in quotes: `{f} = \"...\"`")
            } else {
                format!(
                    "een veld schrijf je als `{f} = waarde`; zet tekst tussen aanhalingstekens: `{f} = \"...\"`"
                )
            }
        }
        Expected::Value => s(
            "after `=` comes an ID, a number, text in quotes \"...\" or a list `[a, b]`",
            "na `=` komt een ID, een getal, tekst tussen aanhalingstekens \"...\" of een lijst `[a, b]`",
        ),
        Expected::Count => s(
            "numbers over the years are written `[YEAR: NUMBER, ...]`, for example `pupils = [2025: 24, 2027: 20]`",
            "aantallen per jaar schrijf je als `[JAAR: AANTAL, ...]`, bijvoorbeeld `pupils = [2025: 24, 2027: 20]`",
        ),
        Expected::ListElement => s(
            "a list holds IDs, numbers or quoted text, separated by commas: `[a, b]`",
            "een lijst bevat ID's, getallen of tekst tussen aanhalingstekens, gescheiden door komma's: `[a, b]`",
        ),
        Expected::CommaOrBracket => s(
            "separate the elements of a list with `,` and close it with `]`: `[a, b]`",
            "scheid de elementen van een lijst met `,` en sluit hem af met `]`: `[a, b]`",
        ),
        Expected::FieldOrEnd(None) => s(
            "inside a block, write fields as `name = value`; close the block with `}`",
            "schrijf in een blok velden als `naam = waarde`; sluit het blok af met `}`",
        ),
        Expected::FieldOrEnd(Some(k)) => {
            let kw = k.keyword();
            if en {
                format!(
                    "inside this block, write fields as `name = value` and `{kw}` items; close the block with `}}`"
                )
            } else {
                format!(
                    "schrijf in dit blok velden als `naam = waarde` en `{kw}`-onderdelen; sluit het blok af met `}}`"
                )
            }
        }
        Expected::Block(k) => {
            let kw = k.keyword();
            if en {
                format!("open the block with `{{` after the head: `{kw} ID {{ ... }}`")
            } else {
                format!("open het blok met `{{` na de kop: `{kw} ID {{ ... }}`")
            }
        }
        Expected::BlockOrItem(_) => s(
            "put the fields in a block `{ ... }`, or start the next item on a new line",
            "zet de velden in een blok `{ ... }`, of begin het volgende onderdeel op een nieuwe regel",
        ),
        Expected::Node => s(
            "write the step as `institution.CREBO` (or `school.programme` for the first step)",
            "schrijf de stap als `instelling.CREBO` (of `school.programma` voor de eerste stap)",
        ),
        Expected::Member => s(
            "after `.` comes the programme's ID or the offer's crebo code: `olympia.pie-kb`, `zadkine.25263`",
            "na `.` komt het ID van het programma of de crebocode van het aanbod: `olympia.pie-kb`, `zadkine.25263`",
        ),
        Expected::ArrowBlockOrItem => s(
            "continue the pathway with `-> institution.CREBO`, add a block `{ ... }`, or start the next item on a new line",
            "zet de pathway voort met `-> instelling.CREBO`, voeg een blok `{ ... }` toe, of begin het volgende onderdeel op een nieuwe regel",
        ),
        Expected::Arrow => s(
            "a pathway joins at least two steps with `->`: `pathway school.programme -> institution.CREBO`",
            "een pathway verbindt minstens twee stappen met `->`: `pathway school.programma -> instelling.CREBO`",
        ),
        Expected::AsId => s(
            "after `as` comes the offer's own ID: `offer 25263 as techniek-4 { ... }`",
            "na `as` komt het eigen ID van het aanbod: `offer 25263 as techniek-4 { ... }`",
        ),
    }
}
