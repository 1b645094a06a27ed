//! Help that names the answer for a reference of the wrong kind: the
//! sectors a profile prepares for, the profiles that prepare for a sector.

use super::Def;
use super::messages::{HintMsg, Msg};
use crate::model::Model;

pub(super) fn profile_sector(model: &Model, def: Def) -> Option<Msg> {
    Some(match def {
        Def::Profile(p) => {
            let profile = &model.profiles[p.idx()];
            Msg::Hint(HintMsg::ProfileNotSector {
                profile: profile.name.clone(),
                sectors: profile
                    .sectors
                    .iter()
                    .map(|s| model.sectors[s.idx()].name.clone())
                    .collect(),
            })
        }
        Def::Sector(s) => {
            let mut profiles: Vec<String> = model
                .profiles
                .iter()
                .filter(|p| p.sectors.contains(&s))
                .map(|p| p.name.clone())
                .collect();
            profiles.sort();
            Msg::Hint(HintMsg::SectorNotProfile {
                sector: model.sectors[s.idx()].name.clone(),
                profiles,
            })
        }
        _ => return None,
    })
}
