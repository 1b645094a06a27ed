//! Help lines that name the answer (issue 14): what to write instead of a
//! reference of the wrong kind, a name at another school, a BRIN that is
//! not one. Kept apart from `messages.rs` so the resolver's suggestions
//! can grow without touching the shared catalogue. The wording is in
//! `locales/*/leerlijn.ftl` (`hint-*`).

use crate::Lang;
use crate::fl;
use crate::i18n::{and_list, or_list, quoted};

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

impl HintMsg {
    pub fn render(&self, lang: Lang) -> String {
        match self {
            HintMsg::HelpSecondOffer => fl!(lang, "hint-second-offer"),
            HintMsg::BadBrin { text } => fl!(lang, "hint-bad-brin", text = text),
            HintMsg::HelpBrin {
                fix: Some((b, Some(name))),
            } => {
                fl!(lang, "hint-brin-named", brin = b, name = name)
            }
            HintMsg::HelpBrin {
                fix: Some((b, None)),
            } => fl!(lang, "hint-brin", brin = b),
            HintMsg::HelpBrin { fix: None } => fl!(lang, "hint-brin-unknown"),
            HintMsg::UnknownBrin { text } => fl!(lang, "hint-unknown-brin", text = text),
            HintMsg::HelpNearBrin { close } => {
                let items: Vec<String> = close
                    .iter()
                    .map(|(b, n)| fl!(lang, "hint-near-brin-item", brin = b, name = n))
                    .collect();
                fl!(lang, "hint-near-brin", list = or_list(&items, lang))
            }
            HintMsg::ProfileNotSector { profile, sectors } => fl!(
                lang,
                "hint-profile-not-sector",
                count = sectors.len(),
                profile = profile,
                sectors = and_list(&quoted(sectors), lang)
            ),
            HintMsg::SectorNotProfile { sector, profiles } => fl!(
                lang,
                "hint-sector-not-profile",
                count = profiles.len(),
                sector = sector,
                profiles = or_list(&quoted(profiles), lang)
            ),
        }
    }
}
