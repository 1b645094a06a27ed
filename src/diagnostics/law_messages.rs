//! Messages of the rules that follow from the law as it stands in 2026
//! (WEB arts. 8.1.1b and 8.2.1, the Doorstroomregeling vmbo – mbo 2020, the
//! 2026 arbeidsmarktregio's), English and Dutch side by side. They cite the
//! article they apply, in the law's own words where Dutch readers expect
//! them ("toelating", "vooropleidingseis", "getuigschrift").

use super::messages::join_words;
use crate::Lang;

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

fn q(items: &[String]) -> Vec<String> {
    items.iter().map(|i| format!("`{i}`")).collect()
}

fn or_list(items: &[String], en: bool) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{} {} {last}",
            rest.join(", "),
            if en { "or" } else { "of" }
        ),
    }
}

impl LawMsg {
    pub fn render(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        use LawMsg::*;
        match self {
            ProfileNotOnTrack { programme, profile, track, tracks } => if en {
                format!("`{programme}` has profile {profile}, which is not a profiel of track {track} (it belongs to {})", join_words(tracks, lang))
            } else {
                format!("`{programme}` heeft profiel {profile}, maar dat is geen profiel van de leerweg {track} (het hoort bij {})", join_words(tracks, lang))
            },
            HelpProfileTracks { profile, track, profiles } => match (profiles.is_empty(), en) {
                (false, true) => format!("the profielen of {track} are {} (WVO 2020 arts. 2.25–2.27); correct the `profile`, or the `track` if the programme is not {track}", join_words(&q(profiles), lang)),
                (false, false) => format!("de profielen van {track} zijn {} (WVO 2020 art. 2.25–2.27); verbeter het `profile`, of de `track` als het programma geen {track} is", join_words(&q(profiles), lang)),
                (true, true) => format!("no profile belongs to track {track}; remove `profile = {profile}` or correct the `track`"),
                (true, false) => format!("bij leerweg {track} hoort geen profiel; verwijder `profile = {profile}` of verbeter de `track`"),
            },
            PracticalNotOnTrack { programme, track } => if en {
                format!("`{programme}` is on track {track}, but a praktijkgericht vak (`practical`) belongs to the gemengde or theoretische leerweg only")
            } else {
                format!("`{programme}` volgt leerweg {track}, maar een praktijkgericht vak (`practical`) hoort alleen bij de gemengde of theoretische leerweg")
            },
            HelpPractical => (if en {
                "since 2024 the praktijkgericht vak is a subject of gl and tl (Uitvoeringsbesluit WVO 2020 arts. 2.17, 2.25), not a leerweg: remove `practical`, or set `track` to gl, tl or gt"
            } else {
                "sinds 2024 is het praktijkgerichte vak een vak in gl en tl (Uitvoeringsbesluit WVO 2020 art. 2.17, 2.25), geen leerweg: verwijder `practical`, of zet `track` op gl, tl of gt"
            }).into(),
            UnknownMunicipality { name, ambiguous } => match (ambiguous, en) {
                (true, true) => format!("\"{name}\" names more than one Dutch municipality of 2026"),
                (true, false) => format!("\"{name}\" is de naam van meer dan één Nederlandse gemeente van 2026"),
                (false, true) => format!("\"{name}\" is not a Dutch municipality of 2026"),
                (false, false) => format!("\"{name}\" is geen Nederlandse gemeente van 2026"),
            },
            HelpMunicipality { closest, ambiguous } => {
                let quoted: Vec<String> = closest.iter().map(|c| format!("\"{c}\"")).collect();
                let amb: Vec<String> = ambiguous.iter().map(|c| format!("\"{c}\"")).collect();
                match (amb.is_empty(), quoted.is_empty(), en) {
                    (false, _, true) => format!("more than one municipality has that name: write {}", or_list(&amb, en)),
                    (false, _, false) => format!("meer dan één gemeente heeft die naam: schrijf {}", or_list(&amb, en)),
                    (true, false, true) => format!("did you mean {}? Municipalities are named as CBS writes them for 2026; the old name of a merged municipality is not in the list: write the municipality it is part of now", or_list(&quoted, en)),
                    (true, false, false) => format!("bedoelt u {}? Gemeenten heten zoals het CBS ze voor 2026 schrijft; de oude naam van een opgeheven (samengevoegde) gemeente staat er niet in: schrijf de gemeente waar die nu bij hoort", or_list(&quoted, en)),
                    (true, true, true) => "write the municipality as CBS names it for 2026 (\"Den Haag\" and \"Den Bosch\" are accepted); the old name of a merged municipality is not in the list: write the municipality it is part of now".into(),
                    (true, true, false) => "schrijf de gemeente zoals het CBS haar voor 2026 noemt (\"Den Haag\" en \"Den Bosch\" mogen ook); de oude naam van een opgeheven (samengevoegde) gemeente staat er niet in: schrijf de gemeente waar die nu bij hoort".into(),
                }
            }
            UnknownLabourMarket { name } => if en {
                format!("\"{name}\" is not one of the 35 arbeidsmarktregio's of 2026")
            } else {
                format!("\"{name}\" is niet een van de 35 arbeidsmarktregio's van 2026")
            },
            HelpLabourMarket { closest } => {
                let quoted: Vec<String> = closest.iter().map(|c| format!("\"{c}\"")).collect();
                match (quoted.is_empty(), en) {
                    (false, true) => format!("did you mean {}?", or_list(&quoted, en)),
                    (false, false) => format!("bedoelt u {}?", or_list(&quoted, en)),
                    (true, true) => "write the arbeidsmarktregio's name as CBS does for 2026, e.g. \"Rijnmond\" or \"Holland Rijnland\"".into(),
                    (true, false) => "schrijf de naam van de arbeidsmarktregio zoals het CBS die voor 2026 gebruikt, bijvoorbeeld \"Rijnmond\" of \"Holland Rijnland\"".into(),
                }
            }
            RouteNotAllowed { offer, route, qual } => if en {
                format!("`{offer}` offers {qual} in route {route}, which that qualification does not have")
            } else {
                format!("`{offer}` biedt {qual} aan in de leerweg {route}, die deze kwalificatie niet kent")
            },
            HelpRouteNotAllowed { allowed } => if en {
                format!("this qualification can only be followed in {}: remove the route (without `routes` an offer has the routes its qualification allows)", or_list(allowed, en))
            } else {
                format!("deze kwalificatie kan alleen in de {} gevolgd worden: verwijder de leerweg (zonder `routes` geldt wat de kwalificatie toestaat)", or_list(allowed, en))
            },
            BadType { text } => if en {
                format!("`type = {text}` is not a kind of qualification")
            } else {
                format!("`type = {text}` is geen soort kwalificatie")
            },
            PrerequisiteFromList => (if en {
                "a prerequisite's `from` is the first school year it applies in, not a list of profiles"
            } else {
                "`from` van een vooropleidingseis is het eerste schooljaar waarin die geldt, geen lijst van profielen"
            }).into(),
            HelpPrerequisiteFrom { fix } => match (fix, en) {
                (Some(f), true) => format!("the profiles it applies to go in `profiles`: write `{f}`"),
                (Some(f), false) => format!("de profielen waarvoor de eis geldt staan in `profiles`: schrijf `{f}`"),
                (None, true) => "the profiles it applies to go in `profiles = [...]`; `from` takes a year, like `2025`".into(),
                (None, false) => "de profielen waarvoor de eis geldt staan in `profiles = [...]`; `from` is een jaar, zoals `2025`".into(),
            },
            HelpType => (if en {
                "the only type is `specialist`, for a specialistenopleiding (WEB art. 8.2.1 lid 2); leave `type` out otherwise"
            } else {
                "de enige soort is `specialist`, voor een specialistenopleiding (WEB art. 8.2.1 lid 2); laat `type` anders weg"
            }).into(),
            SpecialistFromProgramme { programme, offer, qual } => if en {
                format!("`{programme}` leads straight to `{offer}`, {qual}, a specialistenopleiding: toelating requires a diploma vakopleiding for the same occupation (WEB art. 8.2.1 lid 2), which no vmbo diploma is")
            } else {
                format!("`{programme}` leidt rechtstreeks naar `{offer}`, {qual}, een specialistenopleiding: voor toelating is een diploma vakopleiding voor eenzelfde beroep nodig (WEB art. 8.2.1 lid 2), en dat is geen vmbo-diploma")
            },
            SpecialistFromOffer { from, from_qual, from_level, offer, qual, same_dossier } => {
                let why = match (*from_level == 3, same_dossier, en) {
                    (true, false, true) => "a vakopleiding of another kwalificatiedossier, so not one for the same occupation",
                    (true, false, false) => "een vakopleiding uit een ander kwalificatiedossier, dus niet voor eenzelfde beroep",
                    (_, _, true) => "not a vakopleiding (level 3)",
                    (_, _, false) => "geen vakopleiding (niveau 3)",
                };
                if en {
                    format!("`{from}`, {from_qual} (level {from_level}), leads to `{offer}`, {qual}, a specialistenopleiding whose toelating requires a diploma vakopleiding for the same occupation (WEB art. 8.2.1 lid 2): {why}")
                } else {
                    format!("`{from}`, {from_qual} (niveau {from_level}), leidt naar `{offer}`, {qual}, een specialistenopleiding waarvoor toelating een diploma vakopleiding voor eenzelfde beroep vraagt (WEB art. 8.2.1 lid 2): {why}")
                }
            }
            HelpSpecialist { vakopleidingen } => match (vakopleidingen.is_empty(), en) {
                (false, true) => format!("lead the pathway through a level-3 qualification of the same kwalificatiedossier first: {}", or_list(vakopleidingen, en)),
                (false, false) => format!("laat de leerroute eerst via een kwalificatie op niveau 3 uit hetzelfde kwalificatiedossier lopen: {}", or_list(vakopleidingen, en)),
                (true, true) => "its kwalificatiedossier has no level-3 qualification, so leerlijn cannot tell which vakopleiding is \"for the same occupation\": if the institution admits from the vakopleiding this pathway starts at, record that with a suppression and its reason".into(),
                (true, false) => "het kwalificatiedossier heeft geen kwalificatie op niveau 3, dus leerlijn kan niet zien welke vakopleiding \"voor eenzelfde beroep\" is: laat de instelling toe vanuit de vakopleiding waar deze leerroute begint, leg dat dan vast met een onderdrukking en de reden".into(),
            },
            Superseded { offer, qual, successor, year } => match (year, en) {
                (Some(y), true) => format!("`{offer}` offers {qual}, which {successor} replaces (from {y}–{} in this plan)", y + 1),
                (Some(y), false) => format!("`{offer}` biedt {qual} aan, die door {successor} is vervangen (in dit plan vanaf {y}–{})", y + 1),
                (None, true) => format!("`{offer}` offers {qual}, which {successor} replaces"),
                (None, false) => format!("`{offer}` biedt {qual} aan, die door {successor} is vervangen"),
            },
            ReplaceHere { old, new } => if en {
                format!("replace {old:05} with {new:05} here too")
            } else {
                format!("vervang ook hier {old:05} door {new:05}")
            },
            HelpSuperseded { old, new, references } => {
                let refs = q(references);
                match (refs.is_empty(), en) {
                    (false, true) => format!("offer the current qualification: replace {old:05} with {new:05} in this `offer` and in every reference to it ({}); new students enrol in the current code", join_words(&refs, lang)),
                    (false, false) => format!("bied de huidige kwalificatie aan: vervang {old:05} door {new:05} in dit `offer` en in elke verwijzing ernaar ({}); nieuwe studenten schrijven zich in op de huidige code", join_words(&refs, lang)),
                    (true, true) => format!("offer the current qualification: replace {old:05} with {new:05} in this `offer`; new students enrol in the current code"),
                    (true, false) => format!("bied de huidige kwalificatie aan: vervang {old:05} door {new:05} in dit `offer`; nieuwe studenten schrijven zich in op de huidige code"),
                }
            }
            OutsideLabourMarket { member, municipality, own, region, labour_market } => if en {
                format!("`{member}` is in {municipality}, in arbeidsmarktregio {own}, but region `{region}` covers {labour_market}")
            } else {
                format!("`{member}` staat in {municipality}, in arbeidsmarktregio {own}, maar regio `{region}` beslaat {labour_market}")
            },
            HelpOutsideLabourMarket { own } => if en {
                format!("make it a member of the region for {own}, correct its `municipality`, or correct the region's `labour-market`; if it serves this region across the border, say so with a suppression and its reason")
            } else {
                format!("maak het lid van de regio voor {own}, verbeter de `municipality`, of verbeter de `labour-market` van de regio; bedient het deze regio over de grens heen, leg dat dan vast met een onderdrukking en de reden")
            },
        }
    }
}
