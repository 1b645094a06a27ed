//! Messages of the graph checks (C, D, S, R and W codes), English and Dutch
//! side by side. Findings carry the facts; wording lives only here.
//!
//! Years are school-year start years, as the plan writes them: 2026 is
//! school year 2026–2027. A message that names the year a thing breaks
//! says both, so neither reading is possible.

use super::messages::join_words;
use crate::Lang;

/// A rule a programme's subjects do not meet (C202).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unmet {
    /// The qualification itself requires this subject.
    Requires { subject: String },
    /// A prerequisite (nadere vooropleidingseis) applies, because the
    /// programme's track and `profile` are among its `tracks` and
    /// `profiles` and its `into` names the qualification (`into`: the crebo,
    /// or the sector in backquotes); one of `one_of` is needed.
    Prerequisite {
        name: String,
        /// The rule's title: the regulation and articles it states.
        title: Option<String>,
        track: Option<String>,
        profile: String,
        into: String,
        one_of: Vec<String>,
        /// The first plan year it applies in, when that is later than the
        /// edge's first year.
        from_year: Option<u32>,
    },
}

/// Why a node does not run in a year (C204, S403).
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
        /// Levels to pass through first; empty when the target lies below
        /// every level the track admits to.
        via: Vec<u8>,
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
        pathway: String,
        node: String,
        year: u32,
        cause: Cause,
    },
    HelpInactive {
        node: String,
        /// The inactive node is the pathway's first node.
        first: bool,
        year: u32,
        /// The bounds that would keep the pathway within the node's years;
        /// both `None` when the two share no year.
        from: Option<u32>,
        until: Option<u32>,
        /// The pathway writes neither `from` nor `until`: it follows its
        /// first node.
        inherits: Option<String>,
    },
    // C205
    RouteUnavailable {
        pathway: String,
        route: String,
        offers: Vec<String>,
    },
    HelpRoute {
        route: String,
        offers: Vec<String>,
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
        /// The region whose `target-level` sets the target; `None` for a
        /// school in no region (the default, 4).
        region: Option<String>,
        best: u8,
    },
    HelpTarget {
        target: u8,
    },
    // C209
    SectorGap {
        programme: String,
        /// The profile whose sectors are wanted; `None` when the practical
        /// component's sector is.
        profile: Option<String>,
        wanted: Vec<String>,
        reached: Vec<String>,
    },
    HelpSectorGap {
        wanted: Vec<String>,
    },
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
        title: Option<String>,
        region: String,
        offers: Vec<String>,
    },
    AlsoOffered {
        institution: String,
        location: Option<String>,
    },
    HelpOverlap {
        /// The sum of the known capacities, and whether every offer gave one.
        capacity: Option<(u64, bool)>,
    },
    // D303
    DuplicatePathway {
        /// The pathway's nodes, `a -> b -> c`.
        chain: String,
        route: Option<String>,
    },
    FirstDeclared,
    HelpDuplicatePathway,
    // D304
    OverlappingDossier {
        dossier: u32,
        title: Option<String>,
        level: u8,
        region: String,
        /// Each qualification with the institution that offers it.
        offers: Vec<(String, String)>,
    },
    AlsoInDossier {
        crebo: u32,
        institution: String,
    },
    HelpOverlapDossier,
    // S401
    Uncovered {
        sector: String,
        region: String,
        level: u8,
        timeless: bool,
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
        timeless: bool,
    },
    HelpUnreachable,
    // S403
    Lapse {
        sector: String,
        region: String,
        year: u32,
        /// Each item that starts or ends, whether it is a pathway, and why.
        causes: Vec<(String, bool, Cause)>,
    },
    HelpLapse {
        sector: String,
        year: u32,
    },
    // K601
    CapacityShortfall {
        region: String,
        /// The first and last year of consecutive years with a shortfall;
        /// `None` in a timeless plan.
        years: Option<(u32, u32)>,
        /// The worst year, whose figures follow.
        year: Option<u32>,
        shortfall: u64,
        leavers: u64,
        places: u64,
        /// Some offers reached give no `capacity`.
        unbounded: bool,
    },
    HelpCapacityShortfall {
        programmes: Vec<String>,
    },
    /// A label on a programme with leavers the flow cannot place.
    Unplaced {
        unplaced: u64,
        leavers: u64,
        year: Option<u32>,
    },
    // K602
    SmallCohort {
        offer: String,
        qual: String,
        years: Option<(u32, u32)>,
        year: Option<u32>,
        intake: u64,
        programmes: Vec<String>,
        min_cohort: u32,
    },
    HelpSmallCohort {
        crebo: u32,
        min_cohort: u32,
    },
    // R501
    Orphan {
        kind: &'static str,
        name: String,
    },
    HelpOrphan,
    // W001
    UnusedSuppression {
        /// Not of the form `allow(...)`: suppresses nothing at all.
        malformed: bool,
        /// `allow()` with no names.
        empty: bool,
        /// It ends no item's first line and stands above no item.
        no_item: bool,
        unused: Vec<String>,
        unknown: Vec<String>,
        unsuppressible: Vec<String>,
    },
    HelpUnused {
        no_item: bool,
        /// Unknown names with the checks they are closest to.
        suggestions: Vec<(String, Vec<String>)>,
    },
    // W002
    NoReason {
        names: Vec<String>,
    },
    HelpNoReason,
}

/// `2026 (school year 2026–2027)`.
fn school_year(y: u32, en: bool) -> String {
    if en {
        format!("{y} (school year {y}–{})", y + 1)
    } else {
        format!("{y} (schooljaar {y}–{})", y + 1)
    }
}

/// Why `item` does not run, as a clause: "`x` ends after 2025".
fn cause_clause(item: &str, cause: &Cause, en: bool) -> String {
    match (cause, en) {
        (Cause::Starts(y), true) => format!("`{item}` only starts in {y}"),
        (Cause::Starts(y), false) => format!("`{item}` begint pas in {y}"),
        (Cause::Ends(y), true) => format!("`{item}` ends after {y}"),
        (Cause::Ends(y), false) => format!("`{item}` stopt na {y}"),
        (Cause::QualStarts(c, y), true) => {
            format!("qualification {c} of `{item}` is only in force from {y}")
        }
        (Cause::QualStarts(c, y), false) => {
            format!("kwalificatie {c} van `{item}` geldt pas vanaf {y}")
        }
        (Cause::QualEnds(c, y), true) => format!("qualification {c} of `{item}` lapses after {y}"),
        (Cause::QualEnds(c, y), false) => format!("kwalificatie {c} van `{item}` vervalt na {y}"),
    }
}

/// ` (Title)` after a crebo, when the catalogue names it.
fn titled(title: &Option<String>) -> String {
    title.as_ref().map_or(String::new(), |t| format!(" ({t})"))
}

fn q(items: &[String]) -> Vec<String> {
    items.iter().map(|s| format!("`{s}`")).collect()
}

fn nums(ls: &[u8]) -> Vec<String> {
    ls.iter().map(|l| l.to_string()).collect()
}

/// `level 2` / `levels 1 and 2`; Dutch says `niveau` either way.
fn levels(ls: &[u8], en: bool) -> String {
    match (ls.len(), en) {
        (1, true) => format!("level {}", ls[0]),
        (_, true) => format!("levels {}", join_words(&nums(ls), Lang::En)),
        (_, false) => format!("niveau {}", join_words(&nums(ls), Lang::Nl)),
    }
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

fn and_list(items: &[String], en: bool) -> String {
    join_words(items, if en { Lang::En } else { Lang::Nl })
}

impl CheckMsg {
    pub fn render(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        use CheckMsg::*;
        match self {
            InadmissibleTrack { programme, track, admits, offer, qual, level } => match (track.as_str(), *level, en) {
                // Praktijkonderwijs ends with a getuigschrift, which meets no vooropleidingseis.
                ("pro", _, true) => format!("`{programme}` (praktijkonderwijs) leads straight to `{offer}`, {qual} at level {level}, but praktijkonderwijs ends with a getuigschrift, not a diploma: it meets no vooropleidingseis of WEB art. 8.2.1, so only {} is open to its pupils", levels(admits, en)),
                ("pro", _, false) => format!("`{programme}` (praktijkonderwijs) leidt rechtstreeks naar `{offer}`, {qual} op niveau {level}, maar praktijkonderwijs eindigt met een getuigschrift, geen diploma: dat voldoet aan geen vooropleidingseis van WEB art. 8.2.1, dus alleen {} staat open", levels(admits, en)),
                (_, 1, true) => format!("`{programme}` (track {track}) leads straight to `{offer}`, {qual}, an entreeopleiding, but toelating to entree is open only to those who do not meet the vooropleidingseis of level 2 (WEB art. 8.1.1b), and a {track} diploma does"),
                (_, 1, false) => format!("`{programme}` (leerweg {track}) leidt rechtstreeks naar `{offer}`, {qual}, een entreeopleiding, maar de toelating tot entree staat alleen open voor wie niet aan de vooropleidingseis van niveau 2 voldoet (WEB art. 8.1.1b), en een {track}-diploma voldoet daar wel aan"),
                (_, _, true) => format!("`{programme}` (track {track}) leads straight to `{offer}`, {qual} at level {level}, but a {track} diploma gives toelating to {} only (WEB art. 8.2.1)", levels(admits, en)),
                (_, _, false) => format!("`{programme}` (leerweg {track}) leidt rechtstreeks naar `{offer}`, {qual} op niveau {level}, maar een {track}-diploma geeft alleen toelating tot {} (WEB art. 8.2.1)", levels(admits, en)),
            },
            InadmissibleStep { from, from_level, offer, qual, level } => {
                let next: Vec<u8> = (1..=4).filter(|&l| crate::schema::mbo_admits(*from_level, l)).collect();
                if en {
                    format!("`{from}` (level {from_level}) leads straight to `{offer}`, {qual} at level {level}, but a level-{from_level} diploma gives toelating to {} only (WEB art. 8.2.1)", levels(&next, en))
                } else {
                    format!("`{from}` (niveau {from_level}) leidt rechtstreeks naar `{offer}`, {qual} op niveau {level}, maar een diploma op niveau {from_level} geeft alleen toelating tot {} (WEB art. 8.2.1)", levels(&next, en))
                }
            }
            HelpInadmissibleTrack { track, admits, via } => match (via.is_empty(), en) {
                (false, true) => format!("let the pathway pass through {} first (WEB art. 8.2.1), or correct the programme's `track` if it is not {track}", if via.len() == 1 { format!("an offer at level {}", via[0]) } else { format!("offers at {}", levels(via, en)) }),
                (false, false) => format!("laat de leerroute eerst via aanbod op {} lopen (WEB art. 8.2.1), of verbeter de `track` van het programma als de leerweg geen {track} is", levels(via, en)),
                (true, true) => format!("lead the pathway to an offer at level {} instead, or correct the programme's `track` if it is not {track}", or_list(&nums(admits), en)),
                (true, false) => format!("laat de leerroute naar aanbod op niveau {} lopen, of verbeter de `track` van het programma als de leerweg geen {track} is", or_list(&nums(admits), en)),
            },
            HelpInadmissibleStep { from_level } => if en {
                format!("put a level-{} offer in between (WEB art. 8.2.1): Entree (level 1) leads to level 2, level 2 to levels 3 and 4, level 3 to level 4", from_level + 1)
            } else {
                format!("zet er een aanbod op niveau {} tussen (WEB art. 8.2.1): Entree (niveau 1) leidt naar niveau 2, niveau 2 naar niveau 3 en 4, niveau 3 naar niveau 4", from_level + 1)
            },
            MissingSubjects { programme, offer, qual, unmet } => {
                // The qualification's own requirements read as one clause.
                let required: Vec<String> = unmet.iter().filter_map(|u| match u {
                    Unmet::Requires { subject } => Some(format!("`{subject}`")),
                    _ => None,
                }).collect();
                let mut parts: Vec<String> = Vec::new();
                if !required.is_empty() {
                    parts.push(if en { format!("the qualification requires {}", and_list(&required, en)) } else { format!("de kwalificatie vereist {}", and_list(&required, en)) });
                }
                for u in unmet {
                    if let Unmet::Prerequisite { name, title, track, profile, into, one_of, from_year } = u {
                        let rule = match title {
                            Some(t) => format!("`{name}` ({t})"),
                            None => format!("`{name}`"),
                        };
                        let from = match track {
                            Some(t) => format!("{t} {profile}"),
                            None => profile.clone(),
                        };
                        let when = match (from_year, en) {
                            (Some(y), true) => format!(", from {y}–{}", y + 1),
                            (Some(y), false) => format!(", vanaf {y}–{}", y + 1),
                            (None, _) => String::new(),
                        };
                        parts.push(if en {
                            format!("the vooropleidingseis {rule} asks {} for toelating from {from} into {into}{when}", or_list(&q(one_of), en))
                        } else {
                            format!("de vooropleidingseis {rule} vraagt {} voor toelating vanuit {from} tot {into}{when}", or_list(&q(one_of), en))
                        });
                    }
                }
                if en {
                    format!("`{programme}` lacks subjects for `{offer}`, {qual}: {}", parts.join("; "))
                } else {
                    format!("`{programme}` mist vakken voor `{offer}`, {qual}: {}", parts.join("; "))
                }
            }
            HelpSubjects => (if en {
                "add a subject that meets each rule to the programme's `subjects` (the vak must have been part of the eindexamen: WEB art. 8.2.2, Doorstroomregeling vmbo – mbo 2020), or lead its pupils to another offer"
            } else {
                "neem voor elke eis een passend vak op in de `subjects` van het programma (het vak moet deel hebben uitgemaakt van het eindexamen: WEB art. 8.2.2, Doorstroomregeling vmbo – mbo 2020), of leid de leerlingen naar ander aanbod"
            }).into(),
            LevelRegression { from, from_level, offer, qual, level } => match (level == from_level, en) {
                (true, true) => format!("`{from}` (level {from_level}) leads to `{offer}`, {qual} at level {level}: the same level, not a higher one"),
                (false, true) => format!("`{from}` (level {from_level}) leads to `{offer}`, {qual} at level {level}: a lower level, not a higher one"),
                (true, false) => format!("`{from}` (niveau {from_level}) leidt naar `{offer}`, {qual} op niveau {level}: hetzelfde niveau, geen hoger"),
                (false, false) => format!("`{from}` (niveau {from_level}) leidt naar `{offer}`, {qual} op niveau {level}: een lager niveau, geen hoger"),
            },
            HelpRegression => (if en {
                "a step between mbo offers must go up a level; reverse the step if it is meant the other way, or remove it"
            } else {
                "een stap tussen mbo-aanbod moet een niveau omhoog; draai de stap om als die andersom bedoeld is, of verwijder hem"
            }).into(),
            Inactive { pathway, node, year, cause } => {
                let why = cause_clause(node, cause, en);
                if en {
                    format!("the pathway `{pathway}` runs in {}, but {why}", school_year(*year, en))
                } else {
                    format!("de leerroute `{pathway}` loopt in {}, maar {why}", school_year(*year, en))
                }
            }
            HelpInactive { node, first, year, from, until, inherits } => {
                let bounds: Vec<String> = from.iter().map(|f| format!("`from = {f}`")).chain(until.iter().map(|u| format!("`until = {u}`"))).collect();
                let limit = match (bounds.is_empty(), en) {
                    (true, true) => format!("the pathway and `{node}` share no year of the plan: align their years or remove the pathway"),
                    (true, false) => format!("de leerroute en `{node}` hebben geen jaar van het plan gemeen: stem hun jaren op elkaar af of verwijder de leerroute"),
                    (false, true) => format!("give the pathway {} to keep it within the years of `{node}`", and_list(&bounds, en)),
                    (false, false) => format!("geef de leerroute {} zodat die binnen de jaren van `{node}` blijft", and_list(&bounds, en)),
                };
                let other = match (first, en) {
                    (true, true) => format!("or leave out the pathway's own years: it then takes the years it does not write from `{node}`, where it starts"),
                    (true, false) => format!("of laat de eigen jaren van de leerroute weg: dan neemt ze de jaren die ze niet zelf noemt over van `{node}`, waar ze begint"),
                    (false, true) => format!("or replace `{node}` by an offer that runs in {year}"),
                    (false, false) => format!("of vervang `{node}` door aanbod dat in {year} loopt"),
                };
                let follows = match (inherits, en) {
                    (Some(first), true) => format!("; without `from`/`until` of its own, this pathway follows the years of `{first}`, where it starts"),
                    (Some(first), false) => format!("; zonder eigen `from`/`until` volgt deze leerroute de jaren van `{first}`, waar ze begint"),
                    (None, _) => String::new(),
                };
                format!("{limit}, {other}{follows}")
            }
            RouteUnavailable { pathway, route, offers } => if en {
                format!("the pathway `{pathway}` asks for `{route}`, which {} {} not provide", and_list(&q(offers), en), if offers.len() == 1 { "does" } else { "do" })
            } else {
                format!("de leerroute `{pathway}` vraagt om `{route}`, maar {} {} die niet aan", and_list(&q(offers), en), if offers.len() == 1 { "biedt" } else { "bieden" })
            },
            HelpRoute { route, offers } => if en {
                format!("add `{route}` to the `routes` of {}, or change or remove the pathway's `route`", and_list(&q(offers), en))
            } else {
                format!("voeg `{route}` toe aan de `routes` van {}, of wijzig of verwijder de `route` van de leerroute", and_list(&q(offers), en))
            },
            CrossRegion { from, to, from_regions, to_regions } => if en {
                format!("`{from}` (in {}) leads to `{to}` (in {}), but no region holds both", and_list(&q(from_regions), en), and_list(&q(to_regions), en))
            } else {
                format!("`{from}` (in {}) leidt naar `{to}` (in {}), maar geen regio omvat beide", and_list(&q(from_regions), en), and_list(&q(to_regions), en))
            },
            HelpCrossRegion => (if en {
                "if the transition is planned, add both to a common region's `members`; if it is agreed across regions, suppress this finding and name the agreement"
            } else {
                "neem beide op in de `members` van een gezamenlijke regio als de overstap gepland is; is hij over de regiogrens afgesproken, onderdruk deze melding dan en noem de afspraak"
            }).into(),
            DeadEnd { programme } => if en {
                format!("programme `{programme}` leads nowhere: no pathway starts at it")
            } else {
                format!("programma `{programme}` loopt dood: er begint geen leerroute bij")
            },
            HelpDeadEnd => (if en {
                "add a pathway from it to an mbo offer, or remove the programme from the plan"
            } else {
                "voeg een leerroute toe naar mbo-aanbod, of haal het programma uit het plan"
            }).into(),
            TargetUnreachable { programme, target, region: r, best } => {
                let whose = match (r, en) {
                    (Some(r), true) => format!("the target level of region `{r}`"),
                    (Some(r), false) => format!("het doelniveau van regio `{r}`"),
                    (None, true) => "the target level for a school in no region".into(),
                    (None, false) => "het doelniveau voor een school zonder regio".into(),
                };
                match (best, en) {
                    (0, true) => format!("no route from `{programme}` reaches level {target}, {whose}: its routes reach no offer whose level is known"),
                    (0, false) => format!("geen route vanaf `{programme}` bereikt niveau {target}, {whose}: de routes bereiken geen aanbod met een bekend niveau"),
                    (b, true) => format!("no route from `{programme}` reaches level {target}, {whose}: its routes reach level {b} at most"),
                    (b, false) => format!("geen route vanaf `{programme}` bereikt niveau {target}, {whose}: de routes komen hooguit tot niveau {b}"),
                }
            }
            HelpTarget { target } => if en {
                format!("continue a route with a pathway to an offer at level {target} (level 2 leads to levels 3 and 4, level 3 to level 4)")
            } else {
                format!("verleng een route met een leerroute naar aanbod op niveau {target} (niveau 2 leidt naar niveau 3 en 4, niveau 3 naar niveau 4)")
            },
            SectorGap { programme, profile, wanted, reached } => {
                let w = or_list(&q(wanted), en);
                let r = if reached.is_empty() { (if en { "no sector" } else { "geen enkele sector" }).to_string() } else { and_list(&q(reached), en) };
                match (profile, en) {
                    (None, true) => format!("no route from `{programme}` reaches an offer in {w}, the sector of its practical component; its routes reach {r}"),
                    (None, false) => format!("geen route vanaf `{programme}` bereikt aanbod in {w}, de sector van het praktijkgerichte programma; de routes bereiken {r}"),
                    (Some(p), true) => format!("no route from `{programme}` reaches an offer in a sector of its profile {p} ({w}); its routes reach {r}"),
                    (Some(p), false) => format!("geen route vanaf `{programme}` bereikt aanbod in een sector van profiel {p} ({w}); de routes bereiken {r}"),
                }
            }
            HelpSectorGap { wanted } => if en {
                format!("add a pathway to an offer in {}, so pupils can continue in the direction they were prepared for", or_list(&q(wanted), en))
            } else {
                format!("voeg een leerroute toe naar aanbod in {}, zodat leerlingen verder kunnen in de richting waarop ze zijn voorbereid", or_list(&q(wanted), en))
            },
            Cycle { offers } => match (offers.as_slice(), en) {
                ([one], true) => format!("a pathway leads from `{one}` back to itself"),
                ([one], false) => format!("een leerroute leidt van `{one}` terug naar zichzelf"),
                (_, true) => format!("pathways lead round in a cycle through {}", and_list(&q(offers), en)),
                (_, false) => format!("leerroutes lopen in een kring via {}", and_list(&q(offers), en)),
            },
            CycleEdge => (if en { "this step is part of the cycle" } else { "deze stap hoort bij de kring" }).into(),
            HelpCycle => (if en {
                "a route between mbo offers goes up a level at every step, so it cannot come back; remove the step that leads back"
            } else {
                "een route tussen mbo-aanbod gaat bij elke stap een niveau omhoog en kan dus niet terugkomen; verwijder de stap die terugleidt"
            }).into(),
            Unreached { offer, qual } => if en {
                format!("no route from any programme reaches `{offer}` ({qual})")
            } else {
                format!("geen route vanaf een programma bereikt `{offer}` ({qual})")
            },
            HelpUnreached => (if en {
                "add a pathway that leads to it; if the offer serves other pupils (adults, havo), suppress this finding and say so"
            } else {
                "voeg een leerroute toe die erheen leidt; dient het aanbod andere deelnemers (volwassenen, havisten), onderdruk deze melding dan en zeg dat"
            }).into(),
            OverlappingOffer { crebo, title, region: r, offers } => if en {
                format!("crebo {crebo}{} is offered {} times in {} in the same years: {}", titled(title), offers.len(), region(r, en), and_list(&q(offers), en))
            } else {
                format!("crebo {crebo}{} wordt {} keer aangeboden in {} in dezelfde jaren: {}", titled(title), offers.len(), region(r, en), and_list(&q(offers), en))
            },
            AlsoOffered { institution, location } => match (location, en) {
                (Some(l), true) => format!("also offered here, by `{institution}` in {l}"),
                (Some(l), false) => format!("ook hier aangeboden, door `{institution}` in {l}"),
                (None, true) => format!("also offered here, by `{institution}`"),
                (None, false) => format!("ook hier aangeboden, door `{institution}`"),
            },
            HelpOverlap { capacity } => {
                let agree = if en {
                    "agree in the region which offer stays (doelmatigheid, WEB art. 6.1.3), or suppress this finding and name the agreement"
                } else {
                    "spreek in de regio af welk aanbod blijft (doelmatigheid, WEB art. 6.1.3), of onderdruk deze melding en noem de afspraak"
                };
                match (capacity, en) {
                    (Some((c, true)), true) => format!("together they have {c} places a year; {agree}"),
                    (Some((c, true)), false) => format!("samen hebben ze {c} plaatsen per jaar; {agree}"),
                    (Some((c, false)), true) => format!("together they have at least {c} places a year (not every offer gives its `capacity`); {agree}"),
                    (Some((c, false)), false) => format!("samen hebben ze minstens {c} plaatsen per jaar (niet elk aanbod noemt zijn `capacity`); {agree}"),
                    (None, _) => agree.into(),
                }
            }
            DuplicatePathway { chain, route } => match (route, en) {
                (Some(r), true) => format!("the pathway `{chain}` (route {}) adds nothing: earlier pathways already declare every step of it", r.to_uppercase()),
                (Some(r), false) => format!("de doorstroomroute `{chain}` ({}) voegt niets toe: eerdere doorstroomroutes leggen elke overstap ervan al vast", r.to_uppercase()),
                (None, true) => format!("the pathway `{chain}` adds nothing: earlier pathways already declare every step of it"),
                (None, false) => format!("de doorstroomroute `{chain}` voegt niets toe: eerdere doorstroomroutes leggen elke overstap ervan al vast"),
            },
            FirstDeclared => (if en { "its first step is declared here" } else { "de eerste overstap staat hier al" }).into(),
            HelpDuplicatePathway => (if en {
                "remove this pathway, or, if its years, route or note differ on purpose, move them to the pathway that declares the steps"
            } else {
                "verwijder deze doorstroomroute, of zet de jaren, de route of de notitie, als die bewust anders zijn, bij de doorstroomroute die de overstappen al vastlegt"
            }).into(),
            OverlappingDossier { dossier, title, level, region: r, offers } => {
                let list: Vec<String> = offers.iter().map(|(qual, inst)| if en { format!("{qual} by `{inst}`") } else { format!("{qual} door `{inst}`") }).collect();
                if en {
                    format!("kwalificatiedossier {dossier}{} is offered at level {level} by several institutions in {} in the same years: {}", titled(title), region(r, en), and_list(&list, en))
                } else {
                    format!("kwalificatiedossier {dossier}{} wordt op niveau {level} door meerdere instellingen aangeboden in {} in dezelfde jaren: {}", titled(title), region(r, en), and_list(&list, en))
                }
            }
            AlsoInDossier { crebo, institution } => if en {
                format!("{crebo}, same dossier and level, by `{institution}`")
            } else {
                format!("{crebo}, zelfde dossier en niveau, door `{institution}`")
            },
            HelpOverlapDossier => (if en {
                "qualifications of one dossier share most of their content: check with the other institutions whether the region needs each of them (doelmatigheid, WEB art. 6.1.3)"
            } else {
                "kwalificaties van één dossier delen het grootste deel van hun inhoud: ga met de andere instellingen na of de regio ze allemaal nodig heeft (doelmatigheid, WEB art. 6.1.3)"
            }).into(),
            Uncovered { sector, region: r, level, timeless } => match (timeless, en) {
                (false, true) => format!("{} demands `{sector}`, but no member institution offers it at level {level} or higher in any year of the plan", region(r, en)),
                (true, true) => format!("{} demands `{sector}`, but no member institution offers it at level {level} or higher", region(r, en)),
                (false, false) => format!("{} vraagt om `{sector}`, maar in geen enkel jaar van het plan biedt een instelling van de regio die sector aan op niveau {level} of hoger", region(r, en)),
                (true, false) => format!("{} vraagt om `{sector}`, maar geen instelling van de regio biedt die sector aan op niveau {level} of hoger", region(r, en)),
            },
            HelpUncovered { sector, level } => if en {
                format!("ask a member institution to offer a qualification in `{sector}` at level {level} or higher, or add an institution that does to the region's `members`")
            } else {
                format!("vraag een instelling van de regio een kwalificatie in `{sector}` op niveau {level} of hoger aan te bieden, of neem een instelling die dat doet op in de `members` van de regio")
            },
            Unreachable { sector, region: r, level, offers, timeless } => {
                let many = offers.len() > 1;
                let list = and_list(&q(offers), en);
                match (timeless, en) {
                    (false, true) => format!("{} demands `{sector}`, which {list} {} at level {level} or higher, but in no year of the plan does a route from the region's programmes reach {}", region(r, en), if many { "offer" } else { "offers" }, if many { "them" } else { "it" }),
                    (true, true) => format!("{} demands `{sector}`, which {list} {} at level {level} or higher, but no route from the region's programmes reaches {}", region(r, en), if many { "offer" } else { "offers" }, if many { "them" } else { "it" }),
                    (false, false) => format!("{} vraagt om `{sector}` en {list} {} die sector aan op niveau {level} of hoger, maar in geen enkel jaar van het plan leidt een route vanaf de programma's van de regio daarheen", region(r, en), if many { "bieden" } else { "biedt" }),
                    (true, false) => format!("{} vraagt om `{sector}` en {list} {} die sector aan op niveau {level} of hoger, maar geen route vanaf de programma's van de regio leidt daarheen", region(r, en), if many { "bieden" } else { "biedt" }),
                }
            }
            HelpUnreachable => (if en {
                "add a pathway from one of the region's programmes (directly or through a lower level) to one of these offers, in years in which both run"
            } else {
                "voeg een leerroute toe vanaf een programma van de regio (rechtstreeks of via een lager niveau) naar een van deze aanbiedingen, in jaren waarin beide lopen"
            }).into(),
            Lapse { sector, region: r, year, causes } => {
                let items: Vec<String> = causes.iter().map(|(item, pathway, c)| {
                    let clause = cause_clause(item, c, en);
                    match (pathway, en) {
                        (true, true) => format!("the pathway {clause}"),
                        (true, false) => format!("de leerroute {clause}"),
                        (false, _) => clause,
                    }
                }).collect();
                let c = if items.is_empty() { String::new() } else { format!(": {}", and_list(&items, en)) };
                if en {
                    format!("{} demands `{sector}`, which the region's programmes reach in some years of the plan but not in {}{c}", region(r, en), school_year(*year, en))
                } else {
                    format!("{} vraagt om `{sector}`; de programma's van de regio bereiken die sector in sommige jaren van het plan, maar niet in {}{c}", region(r, en), school_year(*year, en))
                }
            }
            HelpLapse { sector, year } => if en {
                format!("keep a route to `{sector}` open in {year}: let the items named run that year too, or add a pathway to another offer of the sector that runs then")
            } else {
                format!("houd in {year} een route naar `{sector}` open: laat de genoemde onderdelen ook dat jaar lopen, of voeg een leerroute toe naar ander aanbod in de sector dat dan loopt")
            },
            CapacityShortfall { region: r, years, year, shortfall, leavers, places, unbounded } => {
                let when = match years {
                    Some((a, b)) if a != b => Some(format!("{a}–{b}")),
                    _ => year.map(|y| school_year(y, en)),
                };
                let places = match (unbounded, en) {
                    (false, true) => format!("{places} places"),
                    (false, false) => format!("{places} plaatsen"),
                    (true, true) => format!("{places} places, besides offers without a stated `capacity`"),
                    (true, false) => format!("{places} plaatsen, naast aanbod zonder opgegeven `capacity`"),
                };
                let ranged = matches!(years, Some((a, b)) if a != b);
                match (when, ranged, en) {
                    (Some(w), true, true) => format!("{} cannot place all its vmbo leavers in {w}: at worst, in {}, {shortfall} of {leavers} leavers have no place; the offers their pathways lead to have {places}", region(r, en), year.map_or(String::new(), |y| y.to_string())),
                    (Some(w), true, false) => format!("{} kan in {w} niet al haar vmbo-schoolverlaters een plaats bieden: in het slechtste jaar, {}, hebben {shortfall} van de {leavers} schoolverlaters geen plaats; het aanbod waar hun leerroutes naartoe leiden heeft {places}", region(r, en), year.map_or(String::new(), |y| y.to_string())),
                    (Some(w), false, true) => format!("{} cannot place {shortfall} of its {leavers} vmbo leavers in {w}: the offers their pathways lead to have {places}", region(r, en)),
                    (Some(w), false, false) => format!("{} kan {shortfall} van haar {leavers} vmbo-schoolverlaters in {w} geen plaats bieden: het aanbod waar hun leerroutes naartoe leiden heeft {places}", region(r, en)),
                    (None, _, true) => format!("{} cannot place {shortfall} of its {leavers} vmbo leavers: the offers their pathways lead to have {places}", region(r, en)),
                    (None, _, false) => format!("{} kan {shortfall} van haar {leavers} vmbo-schoolverlaters geen plaats bieden: het aanbod waar hun leerroutes naartoe leiden heeft {places}", region(r, en)),
                }
            }
            HelpCapacityShortfall { programmes } => {
                let one = programmes.len() == 1;
                let list = and_list(&q(programmes), en);
                match (one, en) {
                    (true, true) => format!("raise the `capacity` of the offers {list} leads to, or add pathways from it to offers with free places"),
                    (false, true) => format!("raise the `capacity` of the offers {list} lead to, or add pathways from them to offers with free places"),
                    (true, false) => format!("verhoog de `capacity` van het aanbod waar {list} naartoe leidt, of leg leerroutes vast naar aanbod met vrije plaatsen"),
                    (false, false) => format!("verhoog de `capacity` van het aanbod waar {list} naartoe leiden, of leg leerroutes vast naar aanbod met vrije plaatsen"),
                }
            }
            Unplaced { unplaced, leavers, year } => {
                let y = year.map_or(String::new(), |y| format!(" ({y})"));
                if en {
                    let have = if *unplaced == 1 { "has" } else { "have" };
                    format!("{unplaced} of its {leavers} leavers {have} no place{y}")
                } else {
                    format!("{unplaced} van de {leavers} schoolverlaters zonder plaats{y}")
                }
            }
            SmallCohort { offer, qual, years, year, intake, programmes, min_cohort } => {
                let from = and_list(&q(programmes), en);
                let ranged = matches!(years, Some((a, b)) if a != b);
                match (years, ranged, en) {
                    (Some((a, b)), true, true) => format!("offer `{offer}` ({qual}) can take in fewer than the minimum cohort of {min_cohort} in {a}–{b}: at most {intake} leavers in {}, from {from}", year.map_or(String::new(), |y| y.to_string())),
                    (Some((a, b)), true, false) => format!("het aanbod `{offer}` ({qual}) kan in {a}–{b} minder studenten instromen dan het minimum van {min_cohort}: hoogstens {intake} schoolverlaters in {}, uit {from}", year.map_or(String::new(), |y| y.to_string())),
                    (_, _, true) => format!("offer `{offer}` ({qual}) can take in at most {intake} leavers{}, from {from}: fewer than the minimum cohort of {min_cohort}", year.map_or(String::new(), |y| format!(" in {}", school_year(y, en)))),
                    (_, _, false) => format!("het aanbod `{offer}` ({qual}) kan hoogstens {intake} schoolverlaters laten instromen{}, uit {from}: minder dan het minimum van {min_cohort}", year.map_or(String::new(), |y| format!(" in {}", school_year(y, en)))),
                }
            }
            HelpSmallCohort { crebo, min_cohort } => if en {
                format!("a course this small is hard to keep: agree in the region to combine it with another offer of crebo {crebo} (see D302), or lead more programmes to it; `min-cohort` in leerlijn.toml sets the minimum ({min_cohort})")
            } else {
                format!("een opleiding met zo weinig instroom is moeilijk in stand te houden: spreek in de regio af haar samen te voegen met ander aanbod van crebo {crebo} (zie D302), of leid meer programma's ernaartoe; `min-cohort` in leerlijn.toml legt het minimum vast ({min_cohort})")
            },
            Orphan { kind, name } => {
                let k = match (*kind, en) { ("school", _) => "school", (_, true) => "institution", (_, false) => "instelling" };
                if en { format!("{k} `{name}` is in no region, so no regional plan covers it") } else { format!("{k} `{name}` hoort bij geen enkele regio en valt zo buiten elk regioplan") }
            }
            HelpOrphan => (if en {
                "add it to a region's `members`, or remove it from the plan"
            } else {
                "neem deze op in de `members` van een regio, of haal deze uit het plan"
            }).into(),
            UnusedSuppression { malformed, empty, no_item, unused, unknown, unsuppressible } => {
                let mut parts = Vec::new();
                if *malformed {
                    parts.push(if en { "it is not of the form `# leerlijn: allow(CHECK, ...) reason`".to_string() } else { "ze heeft niet de vorm `# leerlijn: allow(CHECK, ...) reden`".to_string() });
                }
                if *empty {
                    parts.push(if en { "it names no check".to_string() } else { "ze noemt geen check".to_string() });
                }
                if !unknown.is_empty() {
                    parts.push(match (unknown.len(), en) {
                        (1, true) => format!("{} is not a check", q(unknown)[0]),
                        (_, true) => format!("{} are not checks", and_list(&q(unknown), en)),
                        (1, false) => format!("{} is geen check", q(unknown)[0]),
                        (_, false) => format!("{} zijn geen checks", and_list(&q(unknown), en)),
                    });
                }
                if !unsuppressible.is_empty() {
                    parts.push(if en {
                        format!("{} cannot be suppressed: E and W codes always report", and_list(&q(unsuppressible), en))
                    } else {
                        format!("{} {} niet onderdrukt worden: E- en W-codes melden altijd", and_list(&q(unsuppressible), en), if unsuppressible.len() == 1 { "kan" } else { "kunnen" })
                    });
                }
                if !unused.is_empty() {
                    parts.push(match (no_item, en) {
                        (true, true) => format!("it applies to no item, so {} suppresses nothing", and_list(&q(unused), en)),
                        (true, false) => format!("ze hoort bij geen item, dus {} onderdrukt niets", and_list(&q(unused), en)),
                        (false, true) => format!("the item it applies to has no {} finding", or_list(&q(unused), en)),
                        (false, false) => format!("het item waar ze bij hoort heeft geen {}-melding", or_list(&q(unused), en)),
                    });
                }
                if en {
                    format!("unused suppression: {}", parts.join("; "))
                } else {
                    format!("ongebruikte onderdrukking: {}", parts.join("; "))
                }
            }
            HelpUnused { no_item, suggestions } => {
                let guesses: Vec<String> = suggestions.iter().map(|(name, s)| if en { format!("{} (for `{name}`)", or_list(&q(s), en)) } else { format!("{} (voor `{name}`)", or_list(&q(s), en)) }).collect();
                let mut text = String::new();
                if !guesses.is_empty() {
                    text = if en { format!("did you mean {}? Otherwise, ", or_list(&guesses, en)) } else { format!("bedoel je {}? Anders: ", or_list(&guesses, en)) };
                }
                let rest = match (no_item, en) {
                    (true, true) => "a suppression at the end of an item's first line applies to that item, one on a line of its own to the item right below it: move the comment there, or remove it",
                    (true, false) => "een onderdrukking achter de eerste regel van een item hoort bij dat item, een onderdrukking op een eigen regel bij het item direct eronder: zet het commentaar daar, of verwijder het",
                    (false, true) => "remove the comment or the names it does not need; `leerlijn explain --list` lists every check",
                    (false, false) => "verwijder het commentaar of de namen die het niet nodig heeft; `leerlijn explain --list` toont alle checks",
                };
                text.push_str(rest);
                text
            }
            NoReason { names } => match (names.is_empty(), en) {
                (true, true) => "suppression without a reason".into(),
                (true, false) => "onderdrukking zonder reden".into(),
                (false, true) => format!("suppression of {} without a reason", and_list(&q(names), en)),
                (false, false) => format!("onderdrukking van {} zonder reden", and_list(&q(names), en)),
            },
            HelpNoReason => (if en {
                "say why after the parentheses, so the next reader knows whether it still holds: `# leerlijn: allow(C211) offered for adult learners`"
            } else {
                "zet na de haakjes waarom, zodat de volgende lezer weet of het nog klopt: `# leerlijn: allow(C211) aanbod voor volwassenen`"
            }).into(),
        }
    }
}
