//! Messages of the graph checks (C, D, S, R and W codes), English and Dutch
//! side by side. Findings carry the facts; wording lives only here.

use super::messages::join_words;
use crate::Lang;

/// A rule a programme's subjects do not meet (C202).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unmet {
    /// The qualification itself requires this subject.
    Requires { subject: String },
    /// A prerequisite (nadere vooropleidingseis) applies; one of these.
    Prerequisite { name: String, one_of: Vec<String> },
}

/// Why a node does not run in a year (C204).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cause {
    Starts(u32),
    Ends(u32),
    QualStarts(u32, u32),
    QualEnds(u32, u32),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckMsg {
    // C201
    InadmissibleTrack {
        programme: String,
        track: String,
        admits: Vec<u8>,
        offer: String,
        qual: String,
        level: u8,
    },
    InadmissibleStep {
        from: String,
        from_level: u8,
        offer: String,
        qual: String,
        level: u8,
    },
    HelpInadmissibleTrack {
        track: String,
        admits: Vec<u8>,
    },
    HelpInadmissibleStep {
        from_level: u8,
    },
    // C202
    MissingSubjects {
        programme: String,
        offer: String,
        qual: String,
        unmet: Vec<Unmet>,
    },
    HelpSubjects,
    // C203
    LevelRegression {
        from: String,
        from_level: u8,
        offer: String,
        qual: String,
        level: u8,
    },
    HelpRegression,
    // C204
    Inactive {
        pathway_from: String,
        node: String,
        year: u32,
        cause: Cause,
    },
    HelpInactive,
    // C205
    RouteUnavailable {
        route: String,
        offers: Vec<String>,
    },
    HelpRoute {
        route: String,
    },
    // C206
    CrossRegion {
        from: String,
        to: String,
        from_regions: Vec<String>,
        to_regions: Vec<String>,
    },
    HelpCrossRegion,
    // C207
    DeadEnd {
        programme: String,
    },
    HelpDeadEnd,
    // C208
    TargetUnreachable {
        programme: String,
        target: u8,
        best: u8,
    },
    HelpTarget {
        target: u8,
    },
    // C209
    SectorGap {
        programme: String,
        practical: bool,
        wanted: Vec<String>,
        reached: Vec<String>,
    },
    HelpSectorGap,
    // C210
    Cycle {
        offers: Vec<String>,
    },
    CycleEdge,
    HelpCycle,
    // C211
    Unreached {
        offer: String,
        qual: String,
    },
    HelpUnreached,
    // D302
    OverlappingOffer {
        crebo: u32,
        title: String,
        count: usize,
        region: String,
    },
    AlsoOffered {
        institution: String,
    },
    HelpOverlap {
        capacity: Option<u64>,
    },
    // D303
    DuplicatePathway {
        from: String,
        to: String,
        route: Option<String>,
    },
    FirstDeclared,
    HelpDuplicatePathway,
    // D304
    OverlappingDossier {
        dossier: u32,
        title: String,
        level: u8,
        region: String,
        quals: Vec<String>,
    },
    AlsoInDossier {
        qual: String,
        institution: String,
    },
    HelpOverlapDossier,
    // S401
    Uncovered {
        sector: String,
        region: String,
        level: u8,
    },
    HelpUncovered {
        sector: String,
        level: u8,
    },
    // S402
    Unreachable {
        sector: String,
        region: String,
        level: u8,
        offers: Vec<String>,
    },
    HelpUnreachable,
    // S403
    Lapse {
        sector: String,
        region: String,
        year: u32,
        causes: Vec<(String, Cause)>,
    },
    HelpLapse {
        year: u32,
    },
    // R501
    Orphan {
        kind: &'static str,
        name: String,
    },
    HelpOrphan,
    // W001
    UnusedSuppression {
        unused: Vec<String>,
        unknown: Vec<String>,
        unsuppressible: Vec<String>,
    },
    HelpUnused,
    // W002
    NoReason,
    HelpNoReason,
}

fn cause_text(cause: &Cause, en: bool) -> String {
    match (cause, en) {
        (Cause::Starts(y), true) => format!("it starts only in {y}"),
        (Cause::Starts(y), false) => format!("het begint pas in {y}"),
        (Cause::Ends(y), true) => format!("it ends after {y}"),
        (Cause::Ends(y), false) => format!("het stopt na {y}"),
        (Cause::QualStarts(c, y), true) => format!("qualification {c} is in force only from {y}"),
        (Cause::QualStarts(c, y), false) => format!("kwalificatie {c} geldt pas vanaf {y}"),
        (Cause::QualEnds(c, y), true) => format!("qualification {c} ends after {y}"),
        (Cause::QualEnds(c, y), false) => format!("kwalificatie {c} vervalt na {y}"),
    }
}

fn q(items: &[String]) -> Vec<String> {
    items.iter().map(|s| format!("`{s}`")).collect()
}

fn levels(ls: &[u8], lang: Lang) -> String {
    join_words(&ls.iter().map(|l| l.to_string()).collect::<Vec<_>>(), lang)
}

fn region(r: &str, en: bool) -> String {
    match (r.is_empty(), en) {
        (true, true) => "the project".into(),
        (true, false) => "het project".into(),
        (false, true) => format!("region `{r}`"),
        (false, false) => format!("regio `{r}`"),
    }
}

fn or_list(items: &[String], en: bool) -> String {
    let or = if en { "or" } else { "of" };
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {or} {last}", init.join(", ")),
    }
}

impl CheckMsg {
    pub fn render(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        use CheckMsg::*;
        match self {
            InadmissibleTrack { programme, track, admits, offer, qual, level } => if en {
                format!("`{programme}` ({track}) cannot go straight to `{offer}`, {qual} at level {level}: a {track} diploma admits to level {} only", levels(admits, lang))
            } else {
                format!("`{programme}` ({track}) kan niet rechtstreeks naar `{offer}`, {qual} op niveau {level}: een {track}-diploma geeft alleen toegang tot niveau {}", levels(admits, lang))
            },
            InadmissibleStep { from, from_level, offer, qual, level } => if en {
                format!("level {from_level} (`{from}`) does not admit to level {level} (`{offer}`, {qual})")
            } else {
                format!("niveau {from_level} (`{from}`) geeft geen toegang tot niveau {level} (`{offer}`, {qual})")
            },
            HelpInadmissibleTrack { track, admits } => if en {
                format!("route the pathway through an offer at level {} first (WEB art. 8.2.1), or correct the programme's track if it is not {track}", or_list(&admits.iter().map(|l| l.to_string()).collect::<Vec<_>>(), en))
            } else {
                format!("laat de leerroute eerst via aanbod op niveau {} lopen (WEB art. 8.2.1), of verbeter de leerweg van het programma als die geen {track} is", or_list(&admits.iter().map(|l| l.to_string()).collect::<Vec<_>>(), en))
            },
            HelpInadmissibleStep { from_level } => {
                let next = match from_level { 1 => "2", 2 => "3 or 4", _ => "4" };
                let next_nl = match from_level { 1 => "2", 2 => "3 of 4", _ => "4" };
                if en {
                    format!("a level-{from_level} diploma admits to level {next}: add the step in between")
                } else {
                    format!("een diploma op niveau {from_level} geeft toegang tot niveau {next_nl}: voeg de tussenstap toe")
                }
            }
            MissingSubjects { programme, offer, qual, unmet } => {
                let parts: Vec<String> = unmet.iter().map(|u| match (u, en) {
                    (Unmet::Requires { subject }, true) => format!("{qual} requires `{subject}`"),
                    (Unmet::Requires { subject }, false) => format!("{qual} vereist `{subject}`"),
                    (Unmet::Prerequisite { name, one_of }, true) => format!("prerequisite `{name}` asks for one of {}", join_words(&q(one_of), lang)),
                    (Unmet::Prerequisite { name, one_of }, false) => format!("vooropleidingseis `{name}` vraagt een van {}", join_words(&q(one_of), lang)),
                }).collect();
                if en {
                    format!("`{programme}` lacks subjects for `{offer}`: {}", parts.join("; "))
                } else {
                    format!("`{programme}` mist vakken voor `{offer}`: {}", parts.join("; "))
                }
            }
            HelpSubjects => (if en {
                "add a subject that meets each rule to the programme's `subjects` (WEB art. 8.2.2, Doorstroomregeling vmbo–mbo), or lead its pupils to another offer"
            } else {
                "neem een vak op dat aan elke eis voldoet in de `subjects` van het programma (WEB art. 8.2.2, Doorstroomregeling vmbo–mbo), of leid de leerlingen naar ander aanbod"
            }).into(),
            LevelRegression { from, from_level, offer, qual, level } => if en {
                format!("`{from}` at level {from_level} leads down or sideways to `{offer}`, {qual} at level {level}")
            } else {
                format!("`{from}` op niveau {from_level} leidt terug of opzij naar `{offer}`, {qual} op niveau {level}")
            },
            HelpRegression => (if en {
                "a route between mbo offers must rise a level; reverse the edge or remove it"
            } else {
                "een route tussen mbo-aanbod moet een niveau stijgen; draai de stap om of verwijder hem"
            }).into(),
            Inactive { pathway_from, node, year, cause } => {
                let why = cause_text(cause, en);
                if en {
                    format!("the pathway from `{pathway_from}` runs in {year}–{}, but `{node}` does not: {why}", year + 1)
                } else {
                    format!("de leerroute vanaf `{pathway_from}` loopt in {year}–{}, maar `{node}` niet: {why}", year + 1)
                }
            }
            HelpInactive => (if en {
                "limit the pathway with `from`/`until` to the years its nodes run, or replace the inactive node"
            } else {
                "beperk de leerroute met `from`/`until` tot de jaren waarin de knopen lopen, of vervang de knoop die niet loopt"
            }).into(),
            RouteUnavailable { route, offers } => if en {
                format!("the pathway asks for `{route}`, which {} {} not provide", join_words(&q(offers), lang), if offers.len() == 1 { "does" } else { "do" })
            } else {
                format!("de leerroute vraagt `{route}`, maar {} {} die niet aan", join_words(&q(offers), lang), if offers.len() == 1 { "biedt" } else { "bieden" })
            },
            HelpRoute { route } => if en {
                format!("add `{route}` to the offers' `routes`, or change the pathway's `route`")
            } else {
                format!("voeg `{route}` toe aan de `routes` van het aanbod, of wijzig de `route` van de leerroute")
            },
            CrossRegion { from, to, from_regions, to_regions } => if en {
                format!("`{from}` (in {}) leads to `{to}` (in {}), and the two share no region", join_words(&q(from_regions), lang), join_words(&q(to_regions), lang))
            } else {
                format!("`{from}` (in {}) leidt naar `{to}` (in {}), en die delen geen regio", join_words(&q(from_regions), lang), join_words(&q(to_regions), lang))
            },
            HelpCrossRegion => (if en {
                "add both to a common region's `members` if the transition is planned, or suppress with the agreement that covers it"
            } else {
                "neem beide op in de `members` van een gezamenlijke regio als de overstap gepland is, of onderdruk met de afspraak die hem dekt"
            }).into(),
            DeadEnd { programme } => if en {
                format!("programme `{programme}` leads nowhere: no pathway starts at it")
            } else {
                format!("programma `{programme}` leidt nergens heen: er begint geen leerroute")
            },
            HelpDeadEnd => (if en {
                "add a pathway from it to an mbo offer, or remove the programme from the plan"
            } else {
                "voeg een leerroute toe naar mbo-aanbod, of haal het programma uit het plan"
            }).into(),
            TargetUnreachable { programme, target, best } => match (best, en) {
                (0, true) => format!("no route from `{programme}` reaches an mbo offer at level {target} or higher; its routes reach no mbo offer with a known level"),
                (0, false) => format!("geen route vanaf `{programme}` bereikt mbo-aanbod op niveau {target} of hoger; de routes bereiken geen aanbod met een bekend niveau"),
                (b, true) => format!("no route from `{programme}` reaches level {target}: its routes reach level {b} at most"),
                (b, false) => format!("geen route vanaf `{programme}` bereikt niveau {target}: de routes komen hooguit tot niveau {b}"),
            },
            HelpTarget { target } => if en {
                format!("continue a route with a pathway to an offer at level {target} (mbo-2 leads to 3 and 4, mbo-3 to 4)")
            } else {
                format!("verleng een route met een leerroute naar aanbod op niveau {target} (mbo-2 leidt naar 3 en 4, mbo-3 naar 4)")
            },
            SectorGap { programme, practical, wanted, reached } => {
                let w = or_list(&q(wanted), en);
                let r = if reached.is_empty() { (if en { "none" } else { "geen" }).to_string() } else { join_words(&q(reached), lang) };
                match (practical, en) {
                    (true, true) => format!("no route from `{programme}` reaches an offer in its practical sector {w}; its routes reach {r}"),
                    (true, false) => format!("geen route vanaf `{programme}` bereikt aanbod in de sector van het praktijkgerichte programma, {w}; de routes bereiken {r}"),
                    (false, true) => format!("no route from `{programme}` reaches an offer in a sector of its profile ({w}); its routes reach {r}"),
                    (false, false) => format!("geen route vanaf `{programme}` bereikt aanbod in een sector van het profiel ({w}); de routes bereiken {r}"),
                }
            }
            HelpSectorGap => (if en {
                "add a pathway into a related offer, so pupils can continue in the direction they were prepared for"
            } else {
                "voeg een leerroute toe naar verwant aanbod, zodat leerlingen verder kunnen in de richting waarop ze zijn voorbereid"
            }).into(),
            Cycle { offers } => if en {
                format!("pathways form a cycle among {}", join_words(&q(offers), lang))
            } else {
                format!("leerroutes vormen een kringloop tussen {}", join_words(&q(offers), lang))
            },
            CycleEdge => (if en { "this step is part of the cycle" } else { "deze stap hoort bij de kringloop" }).into(),
            HelpCycle => (if en {
                "routes between mbo offers rise in level; remove the step that leads back"
            } else {
                "routes tussen mbo-aanbod stijgen in niveau; verwijder de stap die terugleidt"
            }).into(),
            Unreached { offer, qual } => if en {
                format!("no route from any programme reaches `{offer}` ({qual})")
            } else {
                format!("geen route vanaf een programma bereikt `{offer}` ({qual})")
            },
            HelpUnreached => (if en {
                "add a pathway that leads to it, or remove the offer from the plan if it serves other pupils"
            } else {
                "voeg een leerroute toe die erheen leidt, of haal het aanbod uit het plan als het andere leerlingen dient"
            }).into(),
            OverlappingOffer { crebo, title, count, region: r } => if en {
                format!("crebo {crebo} ({title}) is offered {count} times in {}", region(r, en))
            } else {
                format!("crebo {crebo} ({title}) wordt {count} keer aangeboden in {}", region(r, en))
            },
            AlsoOffered { institution } => if en {
                format!("also offered here, by `{institution}`")
            } else {
                format!("ook hier aangeboden, door `{institution}`")
            },
            HelpOverlap { capacity } => match (capacity, en) {
                (Some(c), true) => format!("together {c} places a year; agree in the region which institution keeps the offer (WEB art. 6.1.3), or suppress with a reason"),
                (Some(c), false) => format!("samen {c} plaatsen per jaar; spreek in de regio af welke instelling het aanbod houdt (WEB art. 6.1.3), of onderdruk met een reden"),
                (None, true) => "agree in the region which institution keeps the offer (WEB art. 6.1.3), or suppress with a reason".into(),
                (None, false) => "spreek in de regio af welke instelling het aanbod houdt (WEB art. 6.1.3), of onderdruk met een reden".into(),
            },
            DuplicatePathway { from, to, route } => match (route, en) {
                (Some(r), true) => format!("the step `{from}` -> `{to}` ({r}) is declared by more than one pathway"),
                (Some(r), false) => format!("de stap `{from}` -> `{to}` ({r}) staat in meer dan één leerroute"),
                (None, true) => format!("the step `{from}` -> `{to}` is declared by more than one pathway"),
                (None, false) => format!("de stap `{from}` -> `{to}` staat in meer dan één leerroute"),
            },
            FirstDeclared => (if en { "first declared here" } else { "eerst hier vastgelegd" }).into(),
            HelpDuplicatePathway => (if en {
                "keep one declaration of the step; a chain already declares each of its steps"
            } else {
                "houd één vastlegging van de stap over; een keten legt elk van haar stappen al vast"
            }).into(),
            OverlappingDossier { dossier, title, level, region: r, quals } => if en {
                format!("kwalificatiedossier {dossier} ({title}) is offered at level {level} by several institutions in {}: {}", region(r, en), join_words(quals, lang))
            } else {
                format!("kwalificatiedossier {dossier} ({title}) wordt op niveau {level} door meerdere instellingen aangeboden in {}: {}", region(r, en), join_words(quals, lang))
            },
            AlsoInDossier { qual, institution } => if en {
                format!("{qual}, by `{institution}`")
            } else {
                format!("{qual}, door `{institution}`")
            },
            HelpOverlapDossier => (if en {
                "qualifications of one dossier share most of their content: check with the other institutions whether the region needs both (doelmatigheid, WEB art. 6.1.3)"
            } else {
                "kwalificaties van één dossier delen het grootste deel van hun inhoud: ga met de andere instellingen na of de regio beide nodig heeft (doelmatigheid, WEB art. 6.1.3)"
            }).into(),
            Uncovered { sector, region: r, level } => if en {
                format!("{} demands `{sector}`, but no member offers it at level {level} or higher in any year of the plan", region(r, en))
            } else {
                format!("{} vraagt om `{sector}`, maar geen deelnemer biedt die sector aan op niveau {level} of hoger, in geen enkel jaar van het plan", region(r, en))
            },
            HelpUncovered { sector, level } => if en {
                format!("ask a member institution to offer a level-{level} qualification in `{sector}`, or add an institution that does to the region")
            } else {
                format!("vraag een deelnemende instelling een kwalificatie in `{sector}` op niveau {level} aan te bieden, of neem een instelling die dat doet op in de regio")
            },
            Unreachable { sector, region: r, level, offers } => if en {
                format!("{} demands `{sector}`, but no route from its programmes reaches {} (level {level} or higher)", region(r, en), join_words(&q(offers), lang))
            } else {
                format!("{} vraagt om `{sector}`, maar geen route vanaf haar programma's bereikt {} (niveau {level} of hoger)", region(r, en), join_words(&q(offers), lang))
            },
            HelpUnreachable => (if en {
                "add pathways from the region's programmes (directly or through lower levels) to one of these offers"
            } else {
                "voeg leerroutes toe vanaf de programma's van de regio (rechtstreeks of via lagere niveaus) naar een van deze aanbiedingen"
            }).into(),
            Lapse { sector, region: r, year, causes } => {
                let items: Vec<String> = causes.iter().map(|(item, c)| format!("`{item}`: {}", cause_text(c, en))).collect();
                let c = if items.is_empty() { String::new() } else if en { format!(" ({})", items.join("; ")) } else { format!(" ({})", items.join("; ")) };
                if en {
                    format!("{} demands `{sector}`, which its programmes can reach in some years but not in {year}{c}", region(r, en))
                } else {
                    format!("{} vraagt om `{sector}`, dat haar programma's in sommige jaren kunnen bereiken maar niet in {year}{c}", region(r, en))
                }
            }
            HelpLapse { year } => if en {
                format!("keep a route to the sector open in {year}: extend the ending item, or add a pathway to an offer that runs then")
            } else {
                format!("houd in {year} een route naar de sector open: verleng wat stopt, of voeg een leerroute toe naar aanbod dat dan loopt")
            },
            Orphan { kind, name } => {
                let k = match (*kind, en) { ("school", _) => "school", (_, true) => "institution", (_, false) => "instelling" };
                if en { format!("{k} `{name}` is in no region") } else { format!("{k} `{name}` hoort bij geen regio") }
            }
            HelpOrphan => (if en {
                "add it to a region's `members`, or remove it from the plan"
            } else {
                "neem het op in de `members` van een regio, of haal het uit het plan"
            }).into(),
            UnusedSuppression { unused, unknown, unsuppressible } => {
                let mut parts = Vec::new();
                if !unused.is_empty() {
                    parts.push(if en { format!("suppresses nothing for {}", join_words(&q(unused), lang)) } else { format!("onderdrukt niets voor {}", join_words(&q(unused), lang)) });
                }
                if !unknown.is_empty() {
                    parts.push(if en { format!("names unknown checks {}", join_words(&q(unknown), lang)) } else { format!("noemt onbekende checks {}", join_words(&q(unknown), lang)) });
                }
                if !unsuppressible.is_empty() {
                    parts.push(if en { format!("cannot suppress {} (E and W codes always report)", join_words(&q(unsuppressible), lang)) } else { format!("kan {} niet onderdrukken (E- en W-codes melden altijd)", join_words(&q(unsuppressible), lang)) });
                }
                if en { format!("this suppression {}", parts.join("; ")) } else { format!("deze onderdrukking {}", parts.join("; ")) }
            }
            HelpUnused => (if en {
                "remove the comment or the names it does not need; `leerlijn explain --list` lists every check"
            } else {
                "verwijder het commentaar of de namen die het niet nodig heeft; `leerlijn explain --list` toont alle checks"
            }).into(),
            NoReason => (if en { "suppression without a reason" } else { "onderdrukking zonder reden" }).into(),
            HelpNoReason => (if en {
                "say why after the parentheses: `# leerlijn: allow(C211) offered for adult learners`"
            } else {
                "zeg waarom na de haakjes: `# leerlijn: allow(C211) aanbod voor volwassenen`"
            }).into(),
        }
    }
}
