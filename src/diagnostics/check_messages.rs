//! Messages of the graph checks (C, D, S, R and W codes). Findings carry the
//! facts; the wording lives in `locales/*/leerlijn.ftl` (see [`crate::i18n`]),
//! and this file only chooses the message and fills in its variables.
//!
//! Years are school-year start years, as the plan writes them: 2026 is
//! school year 2026–2027. A message that names the year a thing breaks
//! says both, so neither reading is possible.

use crate::Lang;
use crate::fl;
use crate::i18n::{and_list, or_list, quoted as q};

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
fn school_year(y: u32, lang: Lang) -> String {
    fl!(lang, "school-year", year = y, next = y + 1)
}

/// `2026–2030`.
fn year_range(a: u32, b: u32, lang: Lang) -> String {
    fl!(lang, "year-range", first = a, last = b)
}

/// Why `item` does not run, as a clause: "`x` ends after 2025".
fn cause_clause(item: &str, cause: &Cause, lang: Lang) -> String {
    let (kind, crebo, year) = match *cause {
        Cause::Starts(y) => ("starts", 0, y),
        Cause::Ends(y) => ("ends", 0, y),
        Cause::QualStarts(c, y) => ("qual-starts", c, y),
        Cause::QualEnds(c, y) => ("qual-ends", c, y),
    };
    fl!(
        lang,
        "cause",
        cause = kind,
        item = item,
        crebo = crebo,
        year = year
    )
}

/// ` (Title)` after a crebo, when the catalogue names it.
fn titled(title: &Option<String>) -> String {
    title.as_ref().map_or(String::new(), |t| format!(" ({t})"))
}

fn nums(ls: &[u8]) -> Vec<String> {
    ls.iter().map(|l| l.to_string()).collect()
}

/// `level 2` / `levels 1 and 2`.
fn levels(ls: &[u8], lang: Lang) -> String {
    let list = and_list(&nums(ls), lang);
    fl!(lang, "levels", count = ls.len(), list = list)
}

fn region(r: &str, lang: Lang) -> String {
    if r.is_empty() {
        fl!(lang, "the-project")
    } else {
        fl!(lang, "region-named", region = r)
    }
}

/// `yes` or `no`, for a selector in the translation files.
fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

impl CheckMsg {
    pub fn render(&self, lang: Lang) -> String {
        use CheckMsg::*;
        match self {
            InadmissibleTrack {
                programme,
                track,
                admits,
                offer,
                qual,
                level,
            } => {
                // Praktijkonderwijs ends with a getuigschrift, which meets no vooropleidingseis.
                let kind = match (track.as_str(), *level) {
                    ("pro", _) => "pro",
                    (_, 1) => "entree",
                    _ => "other",
                };
                fl!(
                    lang,
                    "c201-track",
                    kind = kind,
                    programme = programme,
                    track = track,
                    offer = offer,
                    qual = qual,
                    level = *level,
                    admits = levels(admits, lang)
                )
            }
            InadmissibleStep {
                from,
                from_level,
                offer,
                qual,
                level,
            } => {
                let next: Vec<u8> = (1..=4)
                    .filter(|&l| crate::schema::mbo_admits(*from_level, l))
                    .collect();
                fl!(
                    lang,
                    "c201-step",
                    from = from,
                    from_level = *from_level,
                    offer = offer,
                    qual = qual,
                    level = *level,
                    admits = levels(&next, lang)
                )
            }
            HelpInadmissibleTrack { track, admits, via } => {
                let kind = if via.is_empty() { "direct" } else { "via" };
                fl!(
                    lang,
                    "c201-help-track",
                    kind = kind,
                    count = via.len(),
                    levels = and_list(&nums(via), lang),
                    admits = or_list(&nums(admits), lang),
                    track = track
                )
            }
            HelpInadmissibleStep { from_level } => {
                fl!(lang, "c201-help-step", next = from_level + 1)
            }
            MissingSubjects {
                programme,
                offer,
                qual,
                unmet,
            } => {
                // The qualification's own requirements read as one clause.
                let required: Vec<String> = unmet
                    .iter()
                    .filter_map(|u| match u {
                        Unmet::Requires { subject } => Some(format!("`{subject}`")),
                        _ => None,
                    })
                    .collect();
                let mut parts: Vec<String> = Vec::new();
                if !required.is_empty() {
                    parts.push(fl!(
                        lang,
                        "c202-requires",
                        subjects = and_list(&required, lang)
                    ));
                }
                for u in unmet {
                    if let Unmet::Prerequisite {
                        name,
                        title,
                        track,
                        profile,
                        into,
                        one_of,
                        from_year,
                    } = u
                    {
                        let rule = format!("`{name}`{}", titled(title));
                        let from = match track {
                            Some(t) => format!("{t} {profile}"),
                            None => profile.clone(),
                        };
                        let one_of = or_list(&q(one_of), lang);
                        parts.push(match from_year {
                            Some(y) => fl!(
                                lang,
                                "c202-prerequisite",
                                rule = rule,
                                one_of = one_of,
                                from = from,
                                into = into,
                                from_year = *y,
                                next = y + 1
                            ),
                            None => fl!(
                                lang,
                                "c202-prerequisite",
                                rule = rule,
                                one_of = one_of,
                                from = from,
                                into = into,
                                from_year = "none",
                                next = "none"
                            ),
                        });
                    }
                }
                fl!(
                    lang,
                    "c202-missing",
                    programme = programme,
                    offer = offer,
                    qual = qual,
                    parts = parts.join("; ")
                )
            }
            HelpSubjects => fl!(lang, "c202-help"),
            LevelRegression {
                from,
                from_level,
                offer,
                qual,
                level,
            } => {
                let kind = if level == from_level { "same" } else { "lower" };
                fl!(
                    lang,
                    "c203-regression",
                    kind = kind,
                    from = from,
                    from_level = *from_level,
                    offer = offer,
                    qual = qual,
                    level = *level
                )
            }
            HelpRegression => fl!(lang, "c203-help"),
            Inactive {
                pathway,
                node,
                year,
                cause,
            } => {
                fl!(
                    lang,
                    "c204-inactive",
                    pathway = pathway,
                    year = school_year(*year, lang),
                    why = cause_clause(node, cause, lang)
                )
            }
            HelpInactive {
                node,
                first,
                year,
                from,
                until,
                inherits,
            } => {
                let bounds: Vec<String> = from
                    .iter()
                    .map(|f| format!("`from = {f}`"))
                    .chain(until.iter().map(|u| format!("`until = {u}`")))
                    .collect();
                let limit = if bounds.is_empty() {
                    fl!(lang, "c204-help-no-shared-year", node = node)
                } else {
                    fl!(
                        lang,
                        "c204-help-bounds",
                        bounds = and_list(&bounds, lang),
                        node = node
                    )
                };
                let other = if *first {
                    fl!(lang, "c204-help-own-years", node = node)
                } else {
                    fl!(lang, "c204-help-replace", node = node, year = *year)
                };
                let follows = inherits
                    .as_ref()
                    .map_or(String::new(), |f| fl!(lang, "c204-help-follows", first = f));
                fl!(
                    lang,
                    "c204-help",
                    limit = limit,
                    other = other,
                    follows = follows
                )
            }
            RouteUnavailable {
                pathway,
                route,
                offers,
            } => {
                fl!(
                    lang,
                    "c205-route",
                    pathway = pathway,
                    route = route,
                    offers = and_list(&q(offers), lang),
                    count = offers.len()
                )
            }
            HelpRoute { route, offers } => fl!(
                lang,
                "c205-help",
                route = route,
                offers = and_list(&q(offers), lang)
            ),
            CrossRegion {
                from,
                to,
                from_regions,
                to_regions,
            } => {
                fl!(
                    lang,
                    "c206-cross-region",
                    from = from,
                    to = to,
                    from_regions = and_list(&q(from_regions), lang),
                    to_regions = and_list(&q(to_regions), lang)
                )
            }
            HelpCrossRegion => fl!(lang, "c206-help"),
            DeadEnd { programme } => fl!(lang, "c207-dead-end", programme = programme),
            HelpDeadEnd => fl!(lang, "c207-help"),
            TargetUnreachable {
                programme,
                target,
                region: r,
                best,
            } => {
                let whose = match r {
                    Some(r) => fl!(lang, "c208-whose-region", region = r),
                    None => fl!(lang, "c208-whose-none"),
                };
                fl!(
                    lang,
                    "c208-target",
                    programme = programme,
                    target = *target,
                    whose = whose,
                    best = *best
                )
            }
            HelpTarget { target } => fl!(lang, "c208-help", target = *target),
            SectorGap {
                programme,
                profile,
                wanted,
                reached,
            } => {
                let w = or_list(&q(wanted), lang);
                let r = if reached.is_empty() {
                    fl!(lang, "c209-no-sector")
                } else {
                    and_list(&q(reached), lang)
                };
                match profile {
                    None => fl!(
                        lang,
                        "c209-gap",
                        kind = "component",
                        programme = programme,
                        wanted = w,
                        reached = r
                    ),
                    Some(p) => fl!(
                        lang,
                        "c209-gap",
                        kind = "profile",
                        programme = programme,
                        profile = p,
                        wanted = w,
                        reached = r
                    ),
                }
            }
            HelpSectorGap { wanted } => fl!(lang, "c209-help", wanted = or_list(&q(wanted), lang)),
            Cycle { offers } => fl!(
                lang,
                "c210-cycle",
                count = offers.len(),
                offers = and_list(&q(offers), lang)
            ),
            CycleEdge => fl!(lang, "c210-edge"),
            HelpCycle => fl!(lang, "c210-help"),
            Unreached { offer, qual } => fl!(lang, "c211-unreached", offer = offer, qual = qual),
            HelpUnreached => fl!(lang, "c211-help"),
            OverlappingOffer {
                crebo,
                title,
                region: r,
                offers,
            } => {
                fl!(
                    lang,
                    "d302-overlap",
                    crebo = *crebo,
                    title = titled(title),
                    count = offers.len(),
                    region = region(r, lang),
                    offers = and_list(&q(offers), lang)
                )
            }
            AlsoOffered {
                institution,
                location,
            } => match location {
                Some(l) => fl!(
                    lang,
                    "d302-also-offered-at",
                    institution = institution,
                    location = l
                ),
                None => fl!(lang, "d302-also-offered", institution = institution),
            },
            HelpOverlap { capacity } => {
                let agree = fl!(lang, "d302-help-agree");
                match capacity {
                    Some((c, all)) => fl!(
                        lang,
                        "d302-help-capacity",
                        all = yes(*all),
                        capacity = *c,
                        agree = agree
                    ),
                    None => agree,
                }
            }
            DuplicatePathway { chain, route } => match route {
                Some(r) => fl!(
                    lang,
                    "d303-duplicate-route",
                    chain = chain,
                    route = r.to_uppercase()
                ),
                None => fl!(lang, "d303-duplicate", chain = chain),
            },
            FirstDeclared => fl!(lang, "d303-first"),
            HelpDuplicatePathway => fl!(lang, "d303-help"),
            OverlappingDossier {
                dossier,
                title,
                level,
                region: r,
                offers,
            } => {
                let list: Vec<String> = offers
                    .iter()
                    .map(|(qual, inst)| fl!(lang, "d304-offer", qual = qual, institution = inst))
                    .collect();
                fl!(
                    lang,
                    "d304-overlap",
                    dossier = *dossier,
                    title = titled(title),
                    level = *level,
                    region = region(r, lang),
                    offers = and_list(&list, lang)
                )
            }
            AlsoInDossier { crebo, institution } => {
                fl!(lang, "d304-also", crebo = *crebo, institution = institution)
            }
            HelpOverlapDossier => fl!(lang, "d304-help"),
            Uncovered {
                sector,
                region: r,
                level,
                timeless,
            } => {
                fl!(
                    lang,
                    "s401-uncovered",
                    timeless = yes(*timeless),
                    region = region(r, lang),
                    sector = sector,
                    level = *level
                )
            }
            HelpUncovered { sector, level } => {
                fl!(lang, "s401-help", sector = sector, level = *level)
            }
            Unreachable {
                sector,
                region: r,
                level,
                offers,
                timeless,
            } => {
                fl!(
                    lang,
                    "s402-unreachable",
                    timeless = yes(*timeless),
                    region = region(r, lang),
                    sector = sector,
                    offers = and_list(&q(offers), lang),
                    count = offers.len(),
                    level = *level
                )
            }
            HelpUnreachable => fl!(lang, "s402-help"),
            Lapse {
                sector,
                region: r,
                year,
                causes,
            } => {
                let items: Vec<String> = causes
                    .iter()
                    .map(|(item, pathway, c)| {
                        let clause = cause_clause(item, c, lang);
                        if *pathway {
                            fl!(lang, "s403-pathway-cause", cause = clause)
                        } else {
                            clause
                        }
                    })
                    .collect();
                fl!(
                    lang,
                    "s403-lapse",
                    region = region(r, lang),
                    sector = sector,
                    year = school_year(*year, lang),
                    count = items.len(),
                    causes = and_list(&items, lang)
                )
            }
            HelpLapse { sector, year } => fl!(lang, "s403-help", sector = sector, year = *year),
            CapacityShortfall {
                region: r,
                years,
                year,
                shortfall,
                leavers,
                places,
                unbounded,
            } => {
                let places = fl!(
                    lang,
                    "k601-places",
                    unbounded = yes(*unbounded),
                    places = *places
                );
                let worst = year.map_or(String::new(), |y| y.to_string());
                let (kind, when) = match (years, year) {
                    (Some((a, b)), _) if a != b => ("range", year_range(*a, *b, lang)),
                    (_, Some(y)) => ("year", school_year(*y, lang)),
                    (_, None) => ("timeless", String::new()),
                };
                fl!(
                    lang,
                    "k601-shortfall",
                    kind = kind,
                    region = region(r, lang),
                    when = when,
                    worst = worst,
                    shortfall = *shortfall,
                    leavers = *leavers,
                    places = places
                )
            }
            HelpCapacityShortfall { programmes } => {
                fl!(
                    lang,
                    "k601-help",
                    count = programmes.len(),
                    programmes = and_list(&q(programmes), lang)
                )
            }
            Unplaced {
                unplaced,
                leavers,
                year,
            } => match year {
                Some(y) => fl!(
                    lang,
                    "k601-unplaced",
                    unplaced = *unplaced,
                    leavers = *leavers,
                    year = *y
                ),
                None => fl!(
                    lang,
                    "k601-unplaced",
                    unplaced = *unplaced,
                    leavers = *leavers,
                    year = "none"
                ),
            },
            SmallCohort {
                offer,
                qual,
                years,
                year,
                intake,
                programmes,
                min_cohort,
            } => {
                let from = and_list(&q(programmes), lang);
                match years {
                    Some((a, b)) if a != b => {
                        let worst = year.map_or(String::new(), |y| y.to_string());
                        fl!(
                            lang,
                            "k602-small",
                            kind = "range",
                            offer = offer,
                            qual = qual,
                            min_cohort = *min_cohort,
                            when = year_range(*a, *b, lang),
                            intake = *intake,
                            worst = worst,
                            programmes = from
                        )
                    }
                    _ => {
                        let year = year.map_or("none".to_string(), |y| school_year(y, lang));
                        fl!(
                            lang,
                            "k602-small",
                            kind = "single",
                            offer = offer,
                            qual = qual,
                            intake = *intake,
                            year = year,
                            programmes = from,
                            min_cohort = *min_cohort
                        )
                    }
                }
            }
            HelpSmallCohort { crebo, min_cohort } => {
                fl!(lang, "k602-help", crebo = *crebo, min_cohort = *min_cohort)
            }
            Orphan { kind, name } => {
                let kind = if *kind == "school" {
                    "school"
                } else {
                    "institution"
                };
                fl!(lang, "r501-orphan", kind = kind, name = name)
            }
            HelpOrphan => fl!(lang, "r501-help"),
            UnusedSuppression {
                malformed,
                empty,
                no_item,
                unused,
                unknown,
                unsuppressible,
            } => {
                let mut parts = Vec::new();
                if *malformed {
                    parts.push(fl!(lang, "w001-malformed"));
                }
                if *empty {
                    parts.push(fl!(lang, "w001-empty"));
                }
                if !unknown.is_empty() {
                    parts.push(fl!(
                        lang,
                        "w001-unknown",
                        count = unknown.len(),
                        names = and_list(&q(unknown), lang)
                    ));
                }
                if !unsuppressible.is_empty() {
                    parts.push(fl!(
                        lang,
                        "w001-unsuppressible",
                        count = unsuppressible.len(),
                        names = and_list(&q(unsuppressible), lang)
                    ));
                }
                if !unused.is_empty() {
                    parts.push(if *no_item {
                        fl!(
                            lang,
                            "w001-unused",
                            kind = "no-item",
                            names = and_list(&q(unused), lang)
                        )
                    } else {
                        fl!(
                            lang,
                            "w001-unused",
                            kind = "item",
                            names = or_list(&q(unused), lang)
                        )
                    });
                }
                fl!(lang, "w001-unused-suppression", parts = parts.join("; "))
            }
            HelpUnused {
                no_item,
                suggestions,
            } => {
                let guesses: Vec<String> = suggestions
                    .iter()
                    .map(|(name, s)| {
                        fl!(
                            lang,
                            "w001-guess",
                            names = or_list(&q(s), lang),
                            name = name
                        )
                    })
                    .collect();
                let rest = fl!(
                    lang,
                    "w001-help",
                    kind = if *no_item { "no-item" } else { "item" }
                );
                if guesses.is_empty() {
                    rest
                } else {
                    fl!(
                        lang,
                        "w001-help-guess",
                        guesses = or_list(&guesses, lang),
                        rest = rest
                    )
                }
            }
            NoReason { names } => fl!(
                lang,
                "w002-no-reason",
                count = names.len(),
                names = and_list(&q(names), lang)
            ),
            HelpNoReason => fl!(lang, "w002-help"),
        }
    }
}
