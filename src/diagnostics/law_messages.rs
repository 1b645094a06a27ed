//! Messages of the rules that follow from the law as it stands in 2026
//! (WEB arts. 8.1.1b and 8.2.1, the Doorstroomregeling vmbo – mbo 2020, the
//! 2026 arbeidsmarktregio's); the wording is in `locales/*/leerlijn.ftl`
//! (`law-*`). They cite the article they apply, in the law's own words where
//! Dutch readers expect them ("toelating", "vooropleidingseis",
//! "getuigschrift").

use crate::Lang;
use crate::fl;
use crate::i18n::{and_list, or_list, quoted as q};

#[derive(Clone, Debug, PartialEq, Eq)]
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
    // C201
    SpecialistFromProgramme {
        programme: String,
        offer: String,
        qual: String,
    },
    SpecialistFromOffer {
        from: String,
        from_qual: String,
        from_level: u8,
        offer: String,
        qual: String,
        /// The source lies in the same kwalificatiedossier.
        same_dossier: bool,
    },
    HelpSpecialist {
        /// `25xxx Name` of the level-3 qualifications of its dossier.
        vakopleidingen: Vec<String>,
    },
    // C212
    Superseded {
        offer: String,
        qual: String,
        successor: String,
        /// The first plan year in which the successor runs; `None` in a
        /// timeless plan.
        year: Option<u32>,
    },
    /// A label on a reference the fix rewrites too.
    ReplaceHere {
        old: u32,
        new: u32,
    },
    HelpSuperseded {
        old: u32,
        new: u32,
        /// The references to the offer that the fix rewrites too.
        references: Vec<String>,
    },
    // R502
    OutsideLabourMarket {
        member: String,
        municipality: String,
        own: String,
        region: String,
        labour_market: String,
    },
    HelpOutsideLabourMarket {
        own: String,
    },
}

/// A name in double quotes, as CBS writes it: `"Den Haag"`.
fn dq(items: &[String]) -> Vec<String> {
    items.iter().map(|c| format!("\"{c}\"")).collect()
}

/// A crebo code as DUO writes it, with leading zeros.
fn crebo(c: u32) -> String {
    format!("{c:05}")
}

impl LawMsg {
    pub fn render(&self, lang: Lang) -> String {
        use LawMsg::*;
        match self {
            ProfileNotOnTrack {
                programme,
                profile,
                track,
                tracks,
            } => fl!(
                lang,
                "law-profile-not-on-track",
                programme = programme,
                profile = profile,
                track = track,
                tracks = and_list(tracks, lang)
            ),
            HelpProfileTracks {
                profile,
                track,
                profiles,
            } => fl!(
                lang,
                "law-help-profile-tracks",
                count = profiles.len(),
                track = track,
                profile = profile,
                profiles = and_list(&q(profiles), lang)
            ),
            PracticalNotOnTrack { programme, track } => {
                fl!(
                    lang,
                    "law-practical-not-on-track",
                    programme = programme,
                    track = track
                )
            }
            HelpPractical => fl!(lang, "law-help-practical"),
            UnknownMunicipality { name, ambiguous } => fl!(
                lang,
                "law-unknown-municipality",
                ambiguous = if *ambiguous { "yes" } else { "no" },
                name = name
            ),
            HelpMunicipality { closest, ambiguous } => {
                if !ambiguous.is_empty() {
                    fl!(
                        lang,
                        "law-help-municipality-ambiguous",
                        names = or_list(&dq(ambiguous), lang)
                    )
                } else if !closest.is_empty() {
                    fl!(
                        lang,
                        "law-help-municipality-closest",
                        names = or_list(&dq(closest), lang)
                    )
                } else {
                    fl!(lang, "law-help-municipality")
                }
            }
            UnknownLabourMarket { name } => fl!(lang, "law-unknown-labour-market", name = name),
            HelpLabourMarket { closest } => {
                if closest.is_empty() {
                    fl!(lang, "law-help-labour-market")
                } else {
                    fl!(
                        lang,
                        "law-help-labour-market-closest",
                        names = or_list(&dq(closest), lang)
                    )
                }
            }
            RouteNotAllowed { offer, route, qual } => {
                fl!(
                    lang,
                    "law-route-not-allowed",
                    offer = offer,
                    qual = qual,
                    route = route
                )
            }
            HelpRouteNotAllowed { allowed } => {
                fl!(
                    lang,
                    "law-help-route-not-allowed",
                    allowed = or_list(allowed, lang)
                )
            }
            BadType { text } => fl!(lang, "law-bad-type", text = text),
            PrerequisiteFromList => fl!(lang, "law-prerequisite-from-list"),
            HelpPrerequisiteFrom { fix: Some(f) } => {
                fl!(lang, "law-help-prerequisite-from-fix", fix = f)
            }
            HelpPrerequisiteFrom { fix: None } => fl!(lang, "law-help-prerequisite-from"),
            HelpType => fl!(lang, "law-help-type"),
            SpecialistFromProgramme {
                programme,
                offer,
                qual,
            } => fl!(
                lang,
                "law-specialist-from-programme",
                programme = programme,
                offer = offer,
                qual = qual
            ),
            SpecialistFromOffer {
                from,
                from_qual,
                from_level,
                offer,
                qual,
                same_dossier,
            } => {
                let why = if *from_level == 3 && !same_dossier {
                    "other-dossier"
                } else {
                    "not-level-3"
                };
                fl!(
                    lang,
                    "law-specialist-from-offer",
                    from = from,
                    from_qual = from_qual,
                    from_level = *from_level,
                    offer = offer,
                    qual = qual,
                    why = why
                )
            }
            HelpSpecialist { vakopleidingen } => fl!(
                lang,
                "law-help-specialist",
                count = vakopleidingen.len(),
                vakopleidingen = or_list(vakopleidingen, lang)
            ),
            Superseded {
                offer,
                qual,
                successor,
                year,
            } => match year {
                Some(y) => fl!(
                    lang,
                    "law-superseded",
                    offer = offer,
                    qual = qual,
                    successor = successor,
                    year = *y,
                    next = y + 1
                ),
                None => fl!(
                    lang,
                    "law-superseded",
                    offer = offer,
                    qual = qual,
                    successor = successor,
                    year = "none",
                    next = "none"
                ),
            },
            ReplaceHere { old, new } => {
                fl!(
                    lang,
                    "law-replace-here",
                    old = crebo(*old),
                    new = crebo(*new)
                )
            }
            HelpSuperseded {
                old,
                new,
                references,
            } => fl!(
                lang,
                "law-help-superseded",
                count = references.len(),
                old = crebo(*old),
                new = crebo(*new),
                references = and_list(&q(references), lang)
            ),
            OutsideLabourMarket {
                member,
                municipality,
                own,
                region,
                labour_market,
            } => fl!(
                lang,
                "law-outside-labour-market",
                member = member,
                municipality = municipality,
                own = own,
                region = region,
                labour_market = labour_market
            ),
            HelpOutsideLabourMarket { own } => {
                fl!(lang, "law-help-outside-labour-market", own = own)
            }
        }
    }
}
