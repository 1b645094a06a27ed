//! Help lines that name the answer (issue 14): what to write instead of a
//! reference of the wrong kind, a name at another school, a BRIN that is
//! not one. Kept apart from `messages.rs` so the resolver's suggestions
//! can grow without touching the shared catalogue.

use crate::Lang;

use super::join_words;

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
    /// D301: a second offer of a crebo at the same location.
    HelpSecondOffer,
}

fn quoted(names: &[String]) -> Vec<String> {
    names.iter().map(|n| format!("`{n}`")).collect()
}

fn or_list(names: &[String], lang: Lang) -> String {
    let q = quoted(names);
    let or = if lang == Lang::En { "or" } else { "of" };
    match q.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {or} {last}", init.join(", ")),
    }
}

impl HintMsg {
    pub fn render(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            HintMsg::HelpSecondOffer => (if en {
                "if the two are its BOL and BBL routes, write one offer with `routes = [bol, bbl]`; otherwise remove the later offer, or give it its own `location` and a name with `as`"
            } else {
                "zijn het de BOL- en de BBL-variant, leg dan één aanbod vast met `routes = [bol, bbl]`; haal anders het latere aanbod weg, of geef het een eigen `location` en een naam met `as`"
            })
            .into(),
            HintMsg::BadBrin { text } => if en {
                format!("`{text}` is not a BRIN code: a BRIN is two digits and two capital letters, like `25LP`")
            } else {
                format!("`{text}` is geen BRIN-code: een BRIN bestaat uit twee cijfers en twee hoofdletters, zoals `25LP`")
            },
            HintMsg::HelpBrin { fix: Some((b, Some(name))) } => if en {
                format!("write `brin = \"{b}\"` ({name})")
            } else {
                format!("schrijf `brin = \"{b}\"` ({name})")
            },
            HintMsg::HelpBrin { fix: Some((b, None)) } => if en {
                format!("write `brin = \"{b}\"`")
            } else {
                format!("schrijf `brin = \"{b}\"`")
            },
            HintMsg::HelpBrin { fix: None } => (if en {
                "write the four-character BRIN code DUO gives the school or institution, like `brin = \"25LP\"` (a branch adds two digits: `25LP01`)"
            } else {
                "schrijf de BRIN-code van vier tekens die DUO de school of instelling geeft, zoals `brin = \"25LP\"` (een vestiging voegt twee cijfers toe: `25LP01`)"
            })
            .into(),
            HintMsg::UnknownBrin { text } => if en {
                format!("no mbo institution has BRIN `{text}`")
            } else {
                format!("geen mbo-instelling heeft BRIN `{text}`")
            },
            HintMsg::HelpNearBrin { close } => {
                let items: Vec<String> = close.iter().map(|(b, n)| format!("`{b}` ({n})")).collect();
                let or = if en { "or" } else { "of" };
                let list = match items.as_slice() {
                    [one] => one.clone(),
                    [init @ .., last] => format!("{} {or} {last}", init.join(", ")),
                    [] => String::new(),
                };
                if en {
                    format!("did you mean {list}?")
                } else {
                    format!("bedoel je {list}?")
                }
            }
            HintMsg::ProfileNotSector { profile, sectors } => match (sectors.len(), en) {
                (0, true) => format!("`{profile}` is a profile, not a sector: write a sector here"),
                (0, false) => format!("`{profile}` is een profiel, geen sector: schrijf hier een sector"),
                (1, true) => format!("`{profile}` is a profile; it prepares for sector `{}`: write that", sectors[0]),
                (1, false) => format!("`{profile}` is een profiel; het bereidt voor op sector `{}`: schrijf die", sectors[0]),
                (_, true) => format!(
                    "`{profile}` is a profile; it prepares for sectors {}: write one of those",
                    join_words(&quoted(sectors), lang)
                ),
                (_, false) => format!(
                    "`{profile}` is een profiel; het bereidt voor op de sectoren {}: schrijf een daarvan",
                    join_words(&quoted(sectors), lang)
                ),
            },
            HintMsg::SectorNotProfile { sector, profiles } => match (profiles.is_empty(), en) {
                (true, true) => format!("`{sector}` is a sector, not a profile: write the programme's vmbo profile here"),
                (true, false) => format!("`{sector}` is een sector, geen profiel: schrijf hier het vmbo-profiel van het programma"),
                (false, true) => format!(
                    "`{sector}` is a sector; the profiles that prepare for it are {}: write one of those",
                    or_list(profiles, lang)
                ),
                (false, false) => format!(
                    "`{sector}` is een sector; de profielen die erop voorbereiden zijn {}: schrijf een daarvan",
                    or_list(profiles, lang)
                ),
            },
        }
    }
}
