//! A deterministic generator of synthetic national plans, shared by
//! `examples/generate.rs`, `benches/check.rs` and the property tests.
//!
//! Scale 1 is a national plan: 35 regions, 3,500 programmes, about 17,000
//! offers and 50,000 pathways (about 80k lines of `.pathway`). Scale N has
//! 35·N regions of the same shape, so every size grows linearly. The plan
//! is written three ways with the same entities: as `.pathway` files (a
//! catalogue file, then four files per region), as one JSON document and as
//! one TOML document, each with one entity per line where the format
//! allows, so the byte counts are comparable.
//!
//! It is meant to be realistic and mostly clean: programmes lead only into
//! levels their track admits, mbo chains rise 1 → 2, 2 → 3 → 4, every
//! programme can reach level 4 in a sector of its profile, every offer is
//! reached, and everything stays inside its region. What a real plan has
//! too is there on purpose, in small numbers: crebos offered twice in a
//! region (D302, some suppressed with a reason), offers that end in 2027
//! (their pathways end with them, apart from a few that C204 reports) and
//! offers that only start in 2025. Every programme's `pupils` is a list
//! that shrinks from 2025 to 2028, and every first offer has room for all
//! the programmes that lead into it, so the flow check (K601) runs on
//! every region and year and finds nothing; a programme that is alone in
//! feeding an offer falls below the minimum cohort by 2028 (K602, info),
//! as small courses do in shrinking regions. (plan.json and plan.toml keep
//! one number per programme.)
//!
//! `Config::dense` (the default of `examples/generate.rs`, the benchmarks
//! and `tools/measure.sh`) makes it a draft plan instead: about one finding
//! per ten lines, of every check family (see [`inject_faults`]); at scale
//! 1 that is 7,498 findings in 77,012 lines (4.72 MB). Its regions write
//! two fewer single-hop pathways per programme, so that the plan is about
//! as large as the clean one.
//!
//! No dependency: the random numbers come from a SplitMix64 seeded by the
//! region's number, so one region's text does not depend on the others
//! (dense mode's cross-region pathways, C206, excepted).

#![allow(dead_code)]

use std::collections::HashSet;
use std::fmt::Write as _;

/// Regions at scale 1.
pub const REGIONS_PER_SCALE: usize = 35;

#[derive(Clone, Debug)]
pub struct Config {
    pub regions: usize,
    pub seed: u64,
    /// A draft plan's density of findings (about one per ten lines, every
    /// check family), see [`inject_faults`]; false for the mostly clean plan.
    pub dense: bool,
    /// Writes `pupils` on every programme and `capacity` on every offer;
    /// without them the same plan has no numbers (the flow checks' cost
    /// is the difference).
    pub numbers: bool,
}

impl Config {
    /// `scale` × 35 regions (at least one).
    pub fn scale(scale: f64) -> Config {
        let regions = ((scale * REGIONS_PER_SCALE as f64).round() as usize).max(1);
        Config {
            regions,
            seed: 1,
            dense: false,
            numbers: true,
        }
    }

    pub fn regions(regions: usize) -> Config {
        Config {
            regions: regions.max(1),
            seed: 1,
            dense: false,
            numbers: true,
        }
    }

    /// The same plan with a draft plan's findings in it.
    pub fn dense(self) -> Config {
        Config {
            dense: true,
            ..self
        }
    }
}

/// How much was generated.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub regions: usize,
    pub schools: usize,
    pub programmes: usize,
    pub institutions: usize,
    pub offers: usize,
    pub pathways: usize,
    pub edges: usize,
    pub pathway_lines: usize,
    pub pathway_bytes: usize,
}

/// The generated project: `.pathway` files (relative paths, sorted), and
/// the same entities as JSON and TOML.
pub struct Generated {
    pub files: Vec<(String, String)>,
    pub json: String,
    pub toml: String,
    pub stats: Stats,
}

impl Generated {
    /// The files as `(path, text)` pairs for `project::from_memory`.
    pub fn file_refs(&self) -> Vec<(&str, &str)> {
        self.files
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect()
    }
}

// ---------------------------------------------------------------------------
// Random numbers

struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'t, T>(&mut self, items: &'t [T]) -> &'t T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------
// The catalogue (the same at every scale, like the national one)

const TRACKS: &[(&str, &str, &[u8])] = &[
    ("bb", "vmbo basisberoepsgerichte leerweg", &[1, 2]),
    ("kb", "vmbo kaderberoepsgerichte leerweg", &[2, 3, 4]),
    ("gl", "vmbo gemengde leerweg", &[2, 3, 4]),
    ("tl", "vmbo theoretische leerweg", &[2, 3, 4]),
    ("gt", "vmbo gemengde/theoretische leerweg", &[2, 3, 4]),
    ("havo", "havo, overgangsbewijs havo 3 naar 4", &[2, 3, 4]),
    ("pro", "praktijkonderwijs", &[1]),
];

/// The 16 opleidingsdomeinen; `entree` is separate.
const DOMAINS: &[(&str, &str)] = &[
    ("bouw-infra", "Bouw en infra"),
    ("afbouw-hout-onderhoud", "Afbouw, hout en onderhoud"),
    ("techniek-procesindustrie", "Techniek en procesindustrie"),
    (
        "ambacht-laboratorium",
        "Ambacht, laboratorium en gezondheidstechniek",
    ),
    ("media-vormgeving", "Media en vormgeving"),
    ("ict", "Informatie en communicatietechnologie"),
    ("mobiliteit-voertuigen", "Mobiliteit en voertuigen"),
    ("transport-logistiek", "Transport, scheepvaart en logistiek"),
    ("handel-ondernemerschap", "Handel en ondernemerschap"),
    ("economie-administratie", "Economie en administratie"),
    ("veiligheid-sport", "Veiligheid en sport"),
    ("uiterlijke-verzorging", "Uiterlijke verzorging"),
    ("horeca-bakkerij", "Horeca en bakkerij"),
    ("toerisme-recreatie", "Toerisme en recreatie"),
    ("zorg-welzijn", "Zorg en welzijn"),
    (
        "voedsel-natuur-leefomgeving",
        "Voedsel, natuur en leefomgeving",
    ),
];

const BROAD: &[(&str, &[&str])] = &[
    (
        "techniek",
        &[
            "bouw-infra",
            "afbouw-hout-onderhoud",
            "techniek-procesindustrie",
            "mobiliteit-voertuigen",
            "transport-logistiek",
            "ambacht-laboratorium",
        ],
    ),
    (
        "economie",
        &["handel-ondernemerschap", "economie-administratie"],
    ),
    (
        "zorg",
        &["zorg-welzijn", "uiterlijke-verzorging", "veiligheid-sport"],
    ),
    ("gastvrijheid", &["horeca-bakkerij", "toerisme-recreatie"]),
    ("creatief", &["media-vormgeving", "ict"]),
];

const SUBJECTS: &[(&str, &str)] = &[
    ("ne", "Nederlands"),
    ("en", "Engels"),
    ("wi", "wiskunde"),
    ("nask1", "natuur- en scheikunde 1"),
    ("nask2", "natuur- en scheikunde 2"),
    ("bi", "biologie"),
    ("ec", "economie"),
    ("ak", "aardrijkskunde"),
    ("gs", "geschiedenis"),
    ("ma", "maatschappijkunde"),
    ("du", "Duits"),
    ("fa", "Frans"),
    ("sp", "Spaans"),
];

/// Profile ID, title, its sectors (indices into DOMAINS), extra subjects.
const PROFILES: &[(&str, &str, &[usize], &[&str])] = &[
    ("BWI", "Bouwen, wonen en interieur", &[0, 1], &["nask1"]),
    (
        "PIE",
        "Produceren, installeren en energie",
        &[2],
        &["nask1"],
    ),
    ("MOBT", "Mobiliteit en transport", &[6, 7], &["nask1"]),
    ("MVI", "Media, vormgeving en ict", &[4, 5], &["ec"]),
    ("MaT", "Maritiem en techniek", &[7, 2], &["nask1"]),
    ("ZW", "Zorg en welzijn", &[14, 11, 10], &["bi"]),
    ("EO", "Economie en ondernemen", &[8, 9], &["ec"]),
    ("HBR", "Horeca, bakkerij en recreatie", &[12, 13], &["bi"]),
    (
        "DP",
        "Dienstverlening en producten",
        &[9, 8, 4, 5, 14, 10, 13],
        &["ec"],
    ),
    ("Groen", "Groen", &[15], &["bi"]),
];

/// The levels of each domain's dossiers' qualifications, one entry per dossier.
const LEVEL_PATTERNS: &[&[u8]] = &[
    &[2, 3, 4],
    &[2, 3, 4],
    &[3, 4],
    &[2, 3, 4, 4],
    &[2, 4],
    &[2, 3, 4],
    &[2, 3],
    &[2, 3, 4],
    &[3, 4],
    &[2, 3, 4],
    &[4],
    &[2, 3, 4, 4],
];
const QUAL_WORDS: [&str; 5] = ["", "Assistent", "Medewerker", "Vakkracht", "Specialist"];

struct Qual {
    crebo: u32,
    level: u8,
    /// Index into DOMAINS, or `None` for entree.
    domain: Option<usize>,
    requires_wi: bool,
}

struct DossierDef {
    crebo: u32,
    domain: Option<usize>,
    /// Indices into `Catalogue::quals`, in level order.
    quals: Vec<usize>,
}

struct Catalogue {
    dossiers: Vec<DossierDef>,
    quals: Vec<Qual>,
}

fn catalogue() -> Catalogue {
    let mut dossiers = Vec::new();
    let mut quals = Vec::new();
    let mut dossier_crebo = 30001;
    let mut qual_crebo = 40001;
    let mut add = |domain: Option<usize>, levels: &[u8], requires_wi: bool| {
        let mut d = DossierDef {
            crebo: dossier_crebo,
            domain,
            quals: Vec::new(),
        };
        dossier_crebo += 1;
        for &level in levels {
            d.quals.push(quals.len());
            quals.push(Qual {
                crebo: qual_crebo,
                level,
                domain,
                requires_wi: requires_wi && level == 4,
            });
            qual_crebo += 1;
        }
        dossiers.push(d);
    };
    for (di, _) in DOMAINS.iter().enumerate() {
        for (k, levels) in LEVEL_PATTERNS.iter().enumerate() {
            // Technical level-4 qualifications in every third dossier require wi.
            let technical = di <= 7 && k % 3 == 0;
            add(Some(di), levels, technical);
        }
    }
    // Entree: two dossiers of two level-1 qualifications.
    add(None, &[1, 1], false);
    add(None, &[1, 1], false);
    Catalogue { dossiers, quals }
}

// ---------------------------------------------------------------------------
// The plan's entities

#[derive(Clone)]
struct Programme {
    id: String,
    title: String,
    track: &'static str,
    profile: Option<usize>,
    practical: Option<usize>,
    subjects: Vec<&'static str>,
    pupils: u32,
    /// Written as is after the fields (dense mode's faults).
    extra: Option<&'static str>,
}

struct School {
    id: String,
    title: String,
    municipality: String,
    programmes: Vec<Programme>,
    /// Listed in its region's members (dense mode leaves one out: R501).
    member: bool,
}

#[derive(Clone)]
struct Offer {
    qual: usize,
    alias: Option<String>,
    location: String,
    routes: Option<&'static str>,
    capacity: u32,
    from: Option<u32>,
    until: Option<u32>,
    /// A suppression comment written above the offer.
    allow: Option<&'static str>,
    /// Written as is after the fields (dense mode's faults).
    extra: Option<&'static str>,
}

struct Institution {
    id: String,
    title: String,
    brin: String,
    offers: Vec<Offer>,
}

struct PathwayDef {
    nodes: Vec<String>,
    route: Option<&'static str>,
    from: Option<u32>,
    until: Option<u32>,
    note: Option<String>,
    comment: Option<String>,
}

struct RegionDef {
    id: String,
    title: String,
    schools: Vec<School>,
    institutions: Vec<Institution>,
    pathways: Vec<PathwayDef>,
    demand: Vec<&'static str>,
    /// `labour-market` of the region (dense mode, R502).
    labour_market: Option<&'static str>,
}

const SCHOOLS_PER_REGION: usize = 20;
const PROGRAMMES_PER_SCHOOL: usize = 5;
const INSTITUTIONS_PER_REGION: usize = 3;
/// Single-hop pathways from each programme, besides its first chain.
const PROGRAMME_FANOUT: usize = 14;
/// The same in dense mode, whose faults add pathways of their own.
const DENSE_FANOUT: usize = 12;

const TOWNS: &[&str] = &[
    "Noordstad",
    "Zuidwijk",
    "Oosterhout",
    "Westerveld",
    "Middelburg",
    "Hoogland",
    "Laagveen",
    "Dijkzicht",
    "Bergweide",
    "Havenkwartier",
];

/// (level) → the programme tracks that admit it.
fn admits(track: &str, level: u8) -> bool {
    TRACKS
        .iter()
        .find(|t| t.0 == track)
        .is_some_and(|t| t.2.contains(&level))
}

fn region(cat: &Catalogue, r: usize, seed: u64, dense: bool) -> RegionDef {
    let mut rng = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(r as u64));
    let rid = format!("regio-{r:03}");
    let town = |rng: &mut Rng| format!("{} {}", rng.pick(TOWNS), r + 1);

    // Institutions and the dossiers each takes: every dossier goes to one
    // institution (so a dossier is not split at one level, D304), about
    // five in six dossiers are offered in the region at all.
    let mut institutions: Vec<Institution> = (0..INSTITUTIONS_PER_REGION)
        .map(|i| Institution {
            id: format!("roc-{r:03}-{i}"),
            title: format!("ROC {} {}", r + 1, ["Noord", "Midden", "Zuid"][i]),
            // Well formed but far from every real mbo institution's code
            // (none starts above 31 or has a Q third), so not a near miss.
            brin: format!(
                "{:02}Q{}",
                32 + (r * 3 + i) % 68,
                (b'A' + ((r + i) % 26) as u8) as char
            ),
            offers: Vec::new(),
        })
        .collect();
    let home: Vec<String> = (0..INSTITUTIONS_PER_REGION)
        .map(|_| town(&mut rng))
        .collect();
    // (institution, offer index) of each qualification offered, by qual.
    let mut offered: Vec<Option<(usize, usize)>> = vec![None; cat.quals.len()];
    for d in &cat.dossiers {
        let always = d.domain.is_none()
            || d.quals.iter().any(|&q| cat.quals[q].level == 4) && rng.chance(10);
        if !always && rng.chance(8) {
            continue;
        }
        let inst = rng.below(INSTITUTIONS_PER_REGION);
        for &q in &d.quals {
            let o = Offer {
                qual: q,
                alias: None,
                location: home[inst].clone(),
                routes: if rng.chance(8) { Some("bol") } else { None },
                capacity: 10 + 5 * rng.below(12) as u32,
                from: if rng.chance(4) { Some(2025) } else { None },
                until: None,
                allow: None,
                extra: None,
            };
            offered[q] = Some((inst, institutions[inst].offers.len()));
            institutions[inst].offers.push(o);
        }
    }
    // A few offers end in 2027 ("ending offers"): only top-of-chain ones,
    // so nothing in the chain depends on them.
    for inst in institutions.iter_mut() {
        for o in inst.offers.iter_mut() {
            if cat.quals[o.qual].level == 4 && o.from.is_none() && rng.chance(2) {
                o.until = Some(2027);
            }
        }
    }
    // Realistic overlap: a handful of crebos offered by a second institution
    // or at a second location of the same one (D302). Half of them carry a
    // suppression with a reason.
    let overlaps = 5 + rng.below(4);
    let mut overlapped = HashSet::new();
    for k in 0..overlaps {
        let q = rng.below(cat.quals.len());
        let Some((inst, oi)) = offered[q] else {
            continue;
        };
        if !overlapped.insert(q) {
            continue;
        }
        let mut copy = institutions[inst].offers[oi].clone();
        copy.until = None;
        copy.from = None;
        let at = if k % 3 == 0 {
            // A second campus of the same institution.
            copy.alias = Some(format!("campus-{k}"));
            copy.location = format!("{} Oost", home[inst]);
            inst
        } else {
            let other =
                (inst + 1 + rng.below(INSTITUTIONS_PER_REGION - 1)) % INSTITUTIONS_PER_REGION;
            copy.location = home[other].clone();
            other
        };
        institutions[at].offers.push(copy);
        // D302 reports at the first of the two in source order: a
        // suppression (on every other overlap) goes there.
        if k % 2 == 0 {
            let copy_at = (at, institutions[at].offers.len() - 1);
            let (fi, fo) = copy_at.min((inst, oi));
            institutions[fi].offers[fo].allow = Some(if at == inst {
                "leerlijn: allow(D302) a second campus serves the east of the region"
            } else {
                "leerlijn: allow(overlapping-offer) agreed in the regional plan"
            });
        }
    }

    // One offer that only starts in 2028: a qualification the region did
    // not offer yet, new at one of its institutions.
    let mut starting: Option<(usize, usize)> = None;
    for _ in 0..50 {
        let q = rng.below(cat.quals.len());
        if offered[q].is_some() || !(2..=4).contains(&cat.quals[q].level) {
            continue;
        }
        let inst = rng.below(INSTITUTIONS_PER_REGION);
        institutions[inst].offers.push(Offer {
            qual: q,
            alias: None,
            location: home[inst].clone(),
            routes: None,
            capacity: 20,
            from: Some(2028),
            until: None,
            allow: None,
            extra: None,
        });
        starting = Some((inst, institutions[inst].offers.len() - 1));
        break;
    }

    let offer_ref = |institutions: &[Institution], inst: usize, oi: usize| -> String {
        let o = &institutions[inst].offers[oi];
        match &o.alias {
            Some(a) => format!("{}.{a}", institutions[inst].id),
            None => format!("{}.{}", institutions[inst].id, cat.quals[o.qual].crebo),
        }
    };

    // Schools and programmes.
    let mut schools = Vec::new();
    for s in 0..SCHOOLS_PER_REGION {
        let mut programmes: Vec<Programme> = Vec::new();
        let mut used = HashSet::new();
        while programmes.len() < PROGRAMMES_PER_SCHOOL {
            let roll = rng.below(100);
            let track: &'static str = match roll {
                0..=29 => "bb",
                30..=59 => "kb",
                60..=69 => "gl",
                70..=79 => "gt",
                80..=89 => "tl",
                90..=95 => "pro",
                _ => "havo",
            };
            let pi = rng.below(PROFILES.len());
            let (profile, practical) = match track {
                "tl" | "havo" => (None, Some(*rng.pick(PROFILES[pi].2))),
                "gt" => (Some(pi), Some(*rng.pick(PROFILES[pi].2))),
                "pro" => (None, None),
                _ => (Some(pi), None),
            };
            let id = match (profile, practical) {
                (Some(p), _) => format!("{}-{track}", PROFILES[p].0.to_lowercase()),
                (None, Some(d)) => {
                    format!("{track}-{}", DOMAINS[d].0.split('-').next().unwrap_or("x"))
                }
                (None, None) => track.to_string(),
            };
            if !used.insert(id.clone()) {
                continue;
            }
            let mut subjects = vec!["ne", "en", "wi"];
            if let Some(p) = profile {
                subjects.extend(PROFILES[p].3.iter().copied());
            }
            if matches!(track, "gl" | "tl" | "gt" | "havo") {
                subjects.push(*rng.pick(&["ak", "gs", "du", "bi"]));
                subjects.dedup();
            }
            programmes.push(Programme {
                title: match profile {
                    Some(p) => format!("{} {track}", PROFILES[p].1),
                    None => format!("{} {track}", id),
                },
                id,
                track,
                profile,
                practical,
                subjects,
                pupils: 12 + rng.below(30) as u32,
                extra: None,
            });
        }
        // The town name is no longer used, but drawing it keeps the rest of
        // the generated plan as it was.
        let _ = town(&mut rng);
        schools.push(School {
            id: format!("vmbo-{r:03}-{s:02}"),
            title: format!("Scholengemeenschap {} {}", r + 1, s + 1),
            // A real municipality of 2026 (`municipality` is checked against
            // the built-in table), picked without drawing on `rng`.
            municipality: {
                let all = leerlijn::labour_market::municipalities();
                all[(r * 31 + s * 7) % all.len()].name.to_string()
            },
            programmes,
            member: true,
        });
    }

    // Chains: each offered dossier's offers, in level order, at one
    // institution (its first offer of each qualification).
    struct Chain {
        domain: Option<usize>,
        nodes: Vec<(usize, usize)>,
        levels: Vec<u8>,
        ends: Option<u32>,
    }
    let mut chains: Vec<Chain> = Vec::new();
    for d in &cat.dossiers {
        let nodes: Vec<(usize, usize)> = d.quals.iter().filter_map(|&q| offered[q]).collect();
        if nodes.is_empty() {
            continue;
        }
        // Two level-4 qualifications of one dossier: the chain takes the first.
        let mut chain = Chain {
            domain: d.domain,
            nodes: Vec::new(),
            levels: Vec::new(),
            ends: None,
        };
        for (inst, oi) in nodes {
            let o = &institutions[inst].offers[oi];
            let level = cat.quals[o.qual].level;
            if chain.levels.last().is_some_and(|&l| l >= level) {
                continue;
            }
            chain.ends = chain.ends.or(o.until);
            chain.nodes.push((inst, oi));
            chain.levels.push(level);
        }
        chains.push(chain);
    }

    let mut pathways: Vec<PathwayDef> = Vec::new();
    let mut edges: HashSet<(String, String)> = HashSet::new();
    let mut reached: HashSet<(usize, usize)> = HashSet::new();

    let push = |pathways: &mut Vec<PathwayDef>,
                edges: &mut HashSet<(String, String)>,
                nodes: Vec<String>,
                until: Option<u32>,
                route: Option<&'static str>,
                note: Option<String>,
                comment: Option<String>|
     -> bool {
        let fresh = nodes
            .windows(2)
            .all(|w| !edges.contains(&(w[0].clone(), w[1].clone())));
        if !fresh {
            return false;
        }
        for w in nodes.windows(2) {
            edges.insert((w[0].clone(), w[1].clone()));
        }
        pathways.push(PathwayDef {
            nodes,
            route,
            from: None,
            until,
            note,
            comment,
        });
        true
    };

    // Which chains suit a programme: its practical sector, else its profile's.
    let wanted = |p: &Programme| -> Vec<Option<usize>> {
        match (p.practical, p.profile) {
            (Some(d), _) => vec![Some(d)],
            (None, Some(pi)) => PROFILES[pi].2.iter().map(|&d| Some(d)).collect(),
            (None, None) => vec![None],
        }
    };

    for school in &schools {
        for p in &school.programmes {
            let from = format!("{}.{}", school.id, p.id);
            let sectors = wanted(p);
            // First: a whole chain to level 4 in a wanted sector, entered at
            // a level the track admits. Pro enters via Entree, then on to a
            // level-2 start of some chain.
            let suitable: Vec<usize> = chains
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    sectors.contains(&c.domain) || (p.track == "pro" && c.domain.is_none())
                })
                .filter(|(_, c)| c.levels.last() == Some(&4) || c.domain.is_none())
                .filter(|(_, c)| c.ends.is_none())
                .filter(|(_, c)| admits(p.track, c.levels[0]))
                .map(|(i, _)| i)
                .collect();
            if suitable.is_empty() {
                continue;
            }
            let ci = *rng.pick(&suitable);
            let chain = &chains[ci];
            let head = offer_ref(&institutions, chain.nodes[0].0, chain.nodes[0].1);
            let mut nodes = vec![from.clone()];
            nodes.extend(
                chain
                    .nodes
                    .iter()
                    .map(|&(i, o)| offer_ref(&institutions, i, o)),
            );
            let mut next_chain: Option<&Chain> = None;
            if p.track == "pro" {
                // Entree (1) -> a level-2 start of a chain to 4 in any sector.
                let next: Vec<&Chain> = chains
                    .iter()
                    .filter(|c| c.levels[0] == 2 && c.levels.last() == Some(&4) && c.ends.is_none())
                    .collect();
                if !next.is_empty() {
                    let c = next[rng.below(next.len())];
                    nodes.extend(c.nodes.iter().map(|&(i, o)| offer_ref(&institutions, i, o)));
                    next_chain = Some(c);
                }
            }
            let note = rng.chance(20).then(|| "doorlopende leerroute".to_string());
            // The whole chain when nobody wrote it yet; else only the hops
            // that are new (routes compose, so one hop into a chain that is
            // already written reaches as far).
            let mut tries = vec![(nodes, note)];
            if let Some(c) = next_chain {
                let a2 = offer_ref(&institutions, c.nodes[0].0, c.nodes[0].1);
                tries.push((vec![from.clone(), head.clone(), a2], None));
            }
            tries.push((vec![from.clone(), head], None));
            for (k, (nodes, note)) in tries.into_iter().enumerate() {
                if push(&mut pathways, &mut edges, nodes, None, None, note, None) {
                    reached.insert(chain.nodes[0]);
                    if k == 0 {
                        reached.extend(chain.nodes.iter().copied());
                    }
                    if let Some(c) = next_chain.filter(|_| k < 2) {
                        reached.insert(c.nodes[0]);
                        if k == 0 {
                            reached.extend(c.nodes.iter().copied());
                        }
                    }
                    break;
                }
            }
            // Then single hops into further offers the track admits.
            // A draft plan is as large with its faults as the clean one
            // without them.
            let fanout = if dense {
                DENSE_FANOUT
            } else {
                PROGRAMME_FANOUT
            };
            let mut tries = 0;
            let mut made = 0;
            while made < fanout && tries < fanout * 12 {
                tries += 1;
                let c = &chains[rng.below(chains.len())];
                // Mostly in the programme's own sectors.
                if !sectors.contains(&c.domain) && !rng.chance(25) {
                    continue;
                }
                let k = rng.below(c.nodes.len());
                if !admits(p.track, c.levels[k]) {
                    continue;
                }
                let (inst, oi) = c.nodes[k];
                let o = &institutions[inst].offers[oi];
                let until = o.until;
                let route = (o.routes.is_none() && rng.chance(3)).then_some("bbl");
                let to = offer_ref(&institutions, inst, oi);
                let comment = until.map(|_| "# the offer ends in 2027".to_string());
                if push(
                    &mut pathways,
                    &mut edges,
                    vec![from.clone(), to],
                    until,
                    route,
                    None,
                    comment,
                ) {
                    reached.insert((inst, oi));
                    made += 1;
                }
            }
        }
    }
    // Chains no programme entered: an mbo-only pathway along them, and one
    // programme pathway to their start so that every offer is reached.
    for c in &chains {
        if c.nodes.len() > 1 && !c.nodes.iter().skip(1).all(|n| reached.contains(n)) {
            let nodes: Vec<String> = c
                .nodes
                .iter()
                .map(|&(i, o)| offer_ref(&institutions, i, o))
                .collect();
            let until = c.ends;
            push(&mut pathways, &mut edges, nodes, until, None, None, None);
            reached.extend(c.nodes.iter().skip(1).copied());
        }
        let head = c.nodes[0];
        if reached.contains(&head) {
            continue;
        }
        let level = c.levels[0];
        'find: for _ in 0..200 {
            let school = rng.pick(&schools);
            let p = rng.pick(&school.programmes);
            if !admits(p.track, level) {
                continue;
            }
            let from = format!("{}.{}", school.id, p.id);
            let to = offer_ref(&institutions, head.0, head.1);
            let until = c.ends.filter(|_| c.nodes.len() == 1);
            if push(
                &mut pathways,
                &mut edges,
                vec![from, to],
                until,
                None,
                None,
                None,
            ) {
                reached.insert(head);
                break 'find;
            }
        }
    }
    // The starting offer's pathway starts with it.
    if let Some((inst, oi)) = starting {
        let level = cat.quals[institutions[inst].offers[oi].qual].level;
        let to = offer_ref(&institutions, inst, oi);
        for _ in 0..200 {
            let school = rng.pick(&schools);
            let p = rng.pick(&school.programmes);
            if !admits(p.track, level) {
                continue;
            }
            let from = format!("{}.{}", school.id, p.id);
            let comment = Some("# new in 2028".to_string());
            if push(
                &mut pathways,
                &mut edges,
                vec![from, to.clone()],
                None,
                None,
                None,
                comment,
            ) {
                if let Some(p) = pathways.last_mut() {
                    p.from = Some(2028);
                }
                reached.insert((inst, oi));
                break;
            }
        }
    }
    // Every second-campus or second-institution offer: reached from a
    // lower level of its dossier, or from a programme.
    for (inst, institution) in institutions.iter().enumerate() {
        for (oi, o) in institution.offers.iter().enumerate() {
            if reached.contains(&(inst, oi)) {
                continue;
            }
            let level = cat.quals[o.qual].level;
            let to = offer_ref(&institutions, inst, oi);
            for _ in 0..200 {
                let school = rng.pick(&schools);
                let p = rng.pick(&school.programmes);
                if !admits(p.track, level) {
                    continue;
                }
                let from = format!("{}.{}", school.id, p.id);
                if push(
                    &mut pathways,
                    &mut edges,
                    vec![from, to.clone()],
                    o.until,
                    None,
                    None,
                    None,
                ) {
                    reached.insert((inst, oi));
                    break;
                }
            }
        }
    }

    // An ending offer's pathway ends with it, except in a few regions where
    // the plan forgot (C204 in 2028).
    if r % 7 == 3
        && let Some(p) = pathways
            .iter_mut()
            .find(|p| p.nodes.len() == 2 && p.until == Some(2027))
    {
        p.until = None;
        p.comment = Some("# TODO: this offer ends in 2027".to_string());
    }

    // Places: a first offer has room for every programme that leads into
    // it, so the flow checks (K601) find the plan sound; the programmes'
    // `pupils` shrink towards 2028 (written as a list, see `pupils_text`).
    // In every fifth region the offers that several programmes reach get
    // a tenth fewer places than all of them together: the programmes'
    // other offers make up for it, but only a maximum flow can tell.
    let mut first_intake: std::collections::HashMap<String, (u32, u32)> = Default::default();
    let mut counted: HashSet<(String, String)> = HashSet::new();
    for p in &pathways {
        if let [from, to, ..] = p.nodes.as_slice()
            && counted.insert((from.clone(), to.clone()))
            && let Some((school, prog)) = from.split_once('.')
            && let Some(pr) = schools
                .iter()
                .find(|s| s.id == school)
                .and_then(|s| s.programmes.iter().find(|x| x.id == prog))
        {
            let e = first_intake.entry(to.clone()).or_insert((0, 0));
            e.0 += pr.pupils;
            e.1 += 1;
        }
    }
    let tight = r % 5 == 1;
    for inst in &mut institutions {
        for o in &mut inst.offers {
            let name = match &o.alias {
                Some(a) => format!("{}.{a}", inst.id),
                None => format!("{}.{}", inst.id, cat.quals[o.qual].crebo),
            };
            if let Some(&(need, feeders)) = first_intake.get(&name) {
                let need = if tight && feeders > 1 {
                    need - need / 10
                } else {
                    need
                };
                o.capacity = o.capacity.max(need.div_ceil(5) * 5);
            }
        }
    }

    // Demand: broad and narrow sectors the region offers at level 4.
    let mut demand: Vec<&'static str> = vec!["techniek", "zorg"];
    demand.push(*rng.pick(&["ict", "economie", "gastvrijheid", "transport-logistiek"]));
    if rng.chance(50) {
        demand.push(*rng.pick(&["horeca-bakkerij", "zorg-welzijn", "bouw-infra"]));
    }
    demand.dedup();

    RegionDef {
        id: rid,
        title: format!("Arbeidsmarktregio {}", r + 1),
        schools,
        institutions,
        pathways,
        demand,
        labour_market: None,
    }
}

// ---------------------------------------------------------------------------
// Writing

/// A programme's leavers as a shrinking (krimp) COUNT list within the
/// plan's years (2025-2028): the generated number in 2025, a tenth fewer
/// in 2027, a fifth fewer in 2028.
fn pupils_text(pupils: u32) -> String {
    format!(
        "[2025: {pupils}, 2027: {}, 2028: {}]",
        pupils - pupils / 10,
        pupils - pupils / 5
    )
}

fn json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `"a", "b"` (JSON and TOML write string lists alike).
fn str_list<'s>(out: &mut String, items: impl IntoIterator<Item = &'s str>) {
    out.push('[');
    for (i, s) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        json_str(out, s);
    }
    out.push(']');
}

fn num_list(out: &mut String, items: &[u8]) {
    out.push('[');
    for (i, n) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{n}");
    }
    out.push(']');
}

/// `a, b` for the pathway language.
fn id_list<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| s.as_ref())
        .collect::<Vec<_>>()
        .join(", ")
}

fn catalogue_pathway(cat: &Catalogue, dense: bool) -> String {
    let mut s = String::with_capacity(64 * 1024);
    s.push_str("# Synthetic national catalogue written by examples/generate.rs.\n");
    s.push_str("# Tracks, sectors, profiles and subjects mirror the standard prelude;\n");
    s.push_str("# dossiers and qualifications are invented (crebos 30001.. and 40001..).\n\n");
    for (id, title, admits) in TRACKS {
        let levels: Vec<String> = admits.iter().map(|l| l.to_string()).collect();
        let _ = writeln!(
            s,
            "track {id} \"{title}\" {{ admits = [{}] }}",
            levels.join(", ")
        );
    }
    s.push('\n');
    for (id, title) in DOMAINS {
        let _ = writeln!(s, "sector {id} \"{title}\"");
    }
    s.push_str("sector entree \"Entree\"\n");
    if dense {
        // Demanded by every region, offered nowhere (S401).
        s.push_str("sector duurzaamheid \"Duurzaamheid\"\n");
    }
    for (id, inc) in BROAD {
        let _ = writeln!(s, "sector {id} {{ includes = [{}] }}", id_list(inc));
    }
    s.push('\n');
    for (id, title) in SUBJECTS {
        let _ = writeln!(s, "subject {id} \"{title}\"");
    }
    s.push('\n');
    for (id, title, sectors, _) in PROFILES {
        let names: Vec<&str> = sectors.iter().map(|&d| DOMAINS[d].0).collect();
        let _ = writeln!(
            s,
            "profile {id} \"{title}\" {{ sectors = [{}] }}",
            id_list(&names)
        );
    }
    if dense {
        // Newer than the catalogue and not finished: no level (E105).
        s.push_str("\nqualification 49001 \"Nieuwe kwalificatie\" { sector = ict }\n");
    }
    s.push_str("\nprerequisite techniek-entry { into = [techniek], profiles = [EO, HBR, ZW, Groen], one-of = [wi, nask1] }\n");
    s.push_str("prerequisite economie-entry { into = [economie], profiles = [BWI, PIE, MOBT, MVI, MaT, ZW, Groen], one-of = [wi, ec, du, fa, sp] }\n");
    for d in &cat.dossiers {
        let sector = d.domain.map_or("entree", |i| DOMAINS[i].0);
        let _ = writeln!(
            s,
            "\ndossier {} \"Dossier {}\" {{ sector = {sector} }}",
            d.crebo, d.crebo
        );
        for &q in &d.quals {
            let q = &cat.quals[q];
            let req = if q.requires_wi {
                ", requires = [wi]"
            } else {
                ""
            };
            let _ = writeln!(
                s,
                "qualification {} \"{} {}\" {{ level = {}, dossier = {}{req} }}",
                q.crebo, QUAL_WORDS[q.level as usize], q.crebo, q.level, d.crebo
            );
        }
    }
    s
}

fn region_pathway(cat: &Catalogue, r: &RegionDef, numbers: bool) -> [String; 4] {
    let mut region = String::new();
    let members: Vec<&str> = r
        .schools
        .iter()
        .filter(|s| s.member)
        .map(|s| s.id.as_str())
        .chain(r.institutions.iter().map(|i| i.id.as_str()))
        .collect();
    let _ = writeln!(
        region,
        "# {}: who takes part and what the labour market asks for.",
        r.title
    );
    let _ = writeln!(region, "region {} \"{}\" {{", r.id, r.title);
    let _ = writeln!(region, "  members = [{}]", id_list(&members));
    let _ = writeln!(region, "  demand = [{}]", id_list(&r.demand));
    if let Some(lm) = r.labour_market {
        let _ = writeln!(region, "  labour-market = \"{lm}\"");
    }
    region.push_str("  target-level = 4\n}\n");

    let mut schools = String::with_capacity(16 * 1024);
    for s in &r.schools {
        let _ = writeln!(schools, "school {} \"{}\" {{", s.id, s.title);
        let _ = writeln!(schools, "  municipality = \"{}\"", s.municipality);
        for p in &s.programmes {
            let _ = write!(
                schools,
                "  programme {} \"{}\" {{ track = {}",
                p.id, p.title, p.track
            );
            if let Some(pi) = p.profile {
                let _ = write!(schools, ", profile = {}", PROFILES[pi].0);
            }
            // The sector a havo programme's routes follow is not a
            // praktijkgericht vak (gl, tl and gt only): not written.
            if let Some(d) = p.practical.filter(|_| p.track != "havo") {
                let _ = write!(schools, ", practical = {}", DOMAINS[d].0);
            }
            let _ = write!(schools, ", subjects = [{}]", id_list(&p.subjects));
            if numbers {
                let _ = write!(schools, ", pupils = {}", pupils_text(p.pupils));
            }
            if let Some(x) = p.extra {
                let _ = write!(schools, ", {x}");
            }
            schools.push_str(" }\n");
        }
        schools.push_str("}\n\n");
    }

    let mut insts = String::with_capacity(64 * 1024);
    for i in &r.institutions {
        let _ = writeln!(insts, "institution {} \"{}\" {{", i.id, i.title);
        let _ = writeln!(insts, "  brin = \"{}\"", i.brin);
        for o in &i.offers {
            if let Some(allow) = o.allow {
                let _ = writeln!(insts, "  # {allow}");
            }
            let q = &cat.quals[o.qual];
            let _ = write!(insts, "  offer {}", q.crebo);
            if let Some(a) = &o.alias {
                let _ = write!(insts, " as {a}");
            }
            let _ = write!(insts, " {{ location = \"{}\"", o.location);
            if let Some(rt) = o.routes {
                let _ = write!(insts, ", routes = [{rt}]");
            }
            if numbers {
                let _ = write!(insts, ", capacity = {}", o.capacity);
            }
            if let Some(f) = o.from {
                let _ = write!(insts, ", from = {f}");
            }
            if let Some(u) = o.until {
                let _ = write!(insts, ", until = {u}");
            }
            if let Some(x) = o.extra {
                let _ = write!(insts, ", {x}");
            }
            let _ = writeln!(
                insts,
                " }}  # {} {} ({})",
                QUAL_WORDS[q.level as usize], q.crebo, q.level
            );
        }
        insts.push_str("}\n\n");
    }

    let mut paths = String::with_capacity(128 * 1024);
    let _ = writeln!(
        paths,
        "# Transitions in {}: vmbo -> mbo and mbo 2 -> 3 -> 4.",
        r.title
    );
    for p in &r.pathways {
        if let Some(c) = &p.comment {
            paths.push_str(c);
            paths.push('\n');
        }
        paths.push_str("pathway ");
        paths.push_str(&p.nodes.join(" -> "));
        let mut fields: Vec<String> = Vec::new();
        if let Some(rt) = p.route {
            fields.push(format!("route = {rt}"));
        }
        if let Some(f) = p.from {
            fields.push(format!("from = {f}"));
        }
        if let Some(u) = p.until {
            fields.push(format!("until = {u}"));
        }
        if let Some(n) = &p.note {
            fields.push(format!("note = \"{n}\""));
        }
        if !fields.is_empty() {
            let _ = write!(paths, " {{ {} }}", fields.join(", "));
        }
        paths.push('\n');
    }
    [region, schools, insts, paths]
}

/// JSON: one document, one entity per line.
fn write_json(cat: &Catalogue, regions: &[RegionDef], numbers: bool) -> String {
    let mut s = String::with_capacity(16 * 1024 * 1024);
    s.push_str("{\n\"tracks\": [\n");
    for (i, (id, title, admits)) in TRACKS.iter().enumerate() {
        s.push_str(if i > 0 { ",\n" } else { "" });
        s.push_str("{\"id\": ");
        json_str(&mut s, id);
        s.push_str(", \"title\": ");
        json_str(&mut s, title);
        s.push_str(", \"admits\": ");
        num_list(&mut s, admits);
        s.push('}');
    }
    s.push_str("\n],\n\"sectors\": [\n");
    let mut first = true;
    for (id, title) in DOMAINS.iter().copied().chain([("entree", "Entree")]) {
        s.push_str(if first { "" } else { ",\n" });
        first = false;
        s.push_str("{\"id\": ");
        json_str(&mut s, id);
        s.push_str(", \"title\": ");
        json_str(&mut s, title);
        s.push('}');
    }
    for (id, inc) in BROAD {
        s.push_str(",\n{\"id\": ");
        json_str(&mut s, id);
        s.push_str(", \"includes\": ");
        str_list(&mut s, inc.iter().copied());
        s.push('}');
    }
    s.push_str("\n],\n\"subjects\": [\n");
    for (i, (id, title)) in SUBJECTS.iter().enumerate() {
        s.push_str(if i > 0 { ",\n" } else { "" });
        s.push_str("{\"id\": ");
        json_str(&mut s, id);
        s.push_str(", \"title\": ");
        json_str(&mut s, title);
        s.push('}');
    }
    s.push_str("\n],\n\"profiles\": [\n");
    for (i, (id, title, sectors, _)) in PROFILES.iter().enumerate() {
        s.push_str(if i > 0 { ",\n" } else { "" });
        s.push_str("{\"id\": ");
        json_str(&mut s, id);
        s.push_str(", \"title\": ");
        json_str(&mut s, title);
        s.push_str(", \"sectors\": ");
        str_list(&mut s, sectors.iter().map(|&d| DOMAINS[d].0));
        s.push('}');
    }
    s.push_str("\n],\n\"prerequisites\": [\n");
    s.push_str("{\"id\": \"techniek-entry\", \"into\": [\"techniek\"], \"profiles\": [\"EO\", \"HBR\", \"ZW\", \"Groen\"], \"one_of\": [\"wi\", \"nask1\"]},\n");
    s.push_str("{\"id\": \"economie-entry\", \"into\": [\"economie\"], \"profiles\": [\"BWI\", \"PIE\", \"MOBT\", \"MVI\", \"MaT\", \"ZW\", \"Groen\"], \"one_of\": [\"wi\", \"ec\", \"du\", \"fa\", \"sp\"]}\n");
    s.push_str("],\n\"dossiers\": [\n");
    for (i, d) in cat.dossiers.iter().enumerate() {
        s.push_str(if i > 0 { ",\n" } else { "" });
        let sector = d.domain.map_or("entree", |i| DOMAINS[i].0);
        let _ = write!(
            s,
            "{{\"crebo\": {}, \"title\": \"Dossier {}\", \"sector\": \"{sector}\"}}",
            d.crebo, d.crebo
        );
    }
    s.push_str("\n],\n\"qualifications\": [\n");
    let mut first = true;
    for d in &cat.dossiers {
        for &q in &d.quals {
            let q = &cat.quals[q];
            s.push_str(if first { "" } else { ",\n" });
            first = false;
            let _ = write!(
                s,
                "{{\"crebo\": {}, \"title\": \"{} {}\", \"level\": {}, \"dossier\": {}",
                q.crebo, QUAL_WORDS[q.level as usize], q.crebo, q.level, d.crebo
            );
            if q.requires_wi {
                s.push_str(", \"requires\": [\"wi\"]");
            }
            s.push('}');
        }
    }
    s.push_str("\n],\n\"regions\": [\n");
    for (i, r) in regions.iter().enumerate() {
        s.push_str(if i > 0 { ",\n" } else { "" });
        s.push_str("{\"id\": ");
        json_str(&mut s, &r.id);
        s.push_str(", \"title\": ");
        json_str(&mut s, &r.title);
        s.push_str(", \"members\": ");
        str_list(
            &mut s,
            r.schools
                .iter()
                .filter(|x| x.member)
                .map(|x| x.id.as_str())
                .chain(r.institutions.iter().map(|x| x.id.as_str())),
        );
        s.push_str(", \"demand\": ");
        str_list(&mut s, r.demand.iter().copied());
        s.push_str(", \"target_level\": 4}");
    }
    s.push_str("\n],\n\"schools\": [\n");
    let mut first = true;
    for r in regions {
        for sc in &r.schools {
            s.push_str(if first { "" } else { ",\n" });
            first = false;
            s.push_str("{\"id\": ");
            json_str(&mut s, &sc.id);
            s.push_str(", \"title\": ");
            json_str(&mut s, &sc.title);
            s.push_str(", \"municipality\": ");
            json_str(&mut s, &sc.municipality);
            s.push_str(", \"programmes\": [");
            for (k, p) in sc.programmes.iter().enumerate() {
                s.push_str(if k > 0 { ",\n  " } else { "\n  " });
                s.push_str("{\"id\": ");
                json_str(&mut s, &p.id);
                s.push_str(", \"title\": ");
                json_str(&mut s, &p.title);
                s.push_str(", \"track\": ");
                json_str(&mut s, p.track);
                if let Some(pi) = p.profile {
                    s.push_str(", \"profile\": ");
                    json_str(&mut s, PROFILES[pi].0);
                }
                if let Some(d) = p.practical {
                    s.push_str(", \"practical\": ");
                    json_str(&mut s, DOMAINS[d].0);
                }
                s.push_str(", \"subjects\": ");
                str_list(&mut s, p.subjects.iter().copied());
                if numbers {
                    let _ = write!(s, ", \"pupils\": {}", p.pupils);
                }
                s.push('}');
            }
            s.push_str("]}");
        }
    }
    s.push_str("\n],\n\"institutions\": [\n");
    let mut first = true;
    for r in regions {
        for inst in &r.institutions {
            s.push_str(if first { "" } else { ",\n" });
            first = false;
            s.push_str("{\"id\": ");
            json_str(&mut s, &inst.id);
            s.push_str(", \"title\": ");
            json_str(&mut s, &inst.title);
            s.push_str(", \"brin\": ");
            json_str(&mut s, &inst.brin);
            s.push_str(", \"offers\": [");
            for (k, o) in inst.offers.iter().enumerate() {
                s.push_str(if k > 0 { ",\n  " } else { "\n  " });
                let _ = write!(s, "{{\"crebo\": {}", cat.quals[o.qual].crebo);
                if let Some(a) = &o.alias {
                    s.push_str(", \"as\": ");
                    json_str(&mut s, a);
                }
                s.push_str(", \"location\": ");
                json_str(&mut s, &o.location);
                if let Some(rt) = o.routes {
                    s.push_str(", \"routes\": ");
                    str_list(&mut s, [rt]);
                }
                if numbers {
                    let _ = write!(s, ", \"capacity\": {}", o.capacity);
                }
                if let Some(f) = o.from {
                    let _ = write!(s, ", \"from\": {f}");
                }
                if let Some(u) = o.until {
                    let _ = write!(s, ", \"until\": {u}");
                }
                s.push('}');
            }
            s.push_str("]}");
        }
    }
    s.push_str("\n],\n\"pathways\": [\n");
    let mut first = true;
    for r in regions {
        for p in &r.pathways {
            s.push_str(if first { "" } else { ",\n" });
            first = false;
            s.push_str("{\"nodes\": ");
            str_list(&mut s, p.nodes.iter().map(String::as_str));
            if let Some(rt) = p.route {
                s.push_str(", \"route\": ");
                json_str(&mut s, rt);
            }
            if let Some(f) = p.from {
                let _ = write!(s, ", \"from\": {f}");
            }
            if let Some(u) = p.until {
                let _ = write!(s, ", \"until\": {u}");
            }
            if let Some(n) = &p.note {
                s.push_str(", \"note\": ");
                json_str(&mut s, n);
            }
            s.push('}');
        }
    }
    s.push_str("\n]\n}\n");
    s
}

/// TOML: arrays of tables for the big items, inline tables one per line
/// for what they hold, and one inline-table array for the pathways.
fn write_toml(cat: &Catalogue, regions: &[RegionDef], numbers: bool) -> String {
    let mut s = String::with_capacity(16 * 1024 * 1024);
    for (id, title, admits) in TRACKS {
        s.push_str("[[tracks]]\nid = ");
        json_str(&mut s, id);
        s.push_str("\ntitle = ");
        json_str(&mut s, title);
        s.push_str("\nadmits = ");
        num_list(&mut s, admits);
        s.push_str("\n\n");
    }
    for (id, title) in DOMAINS.iter().copied().chain([("entree", "Entree")]) {
        s.push_str("[[sectors]]\nid = ");
        json_str(&mut s, id);
        s.push_str("\ntitle = ");
        json_str(&mut s, title);
        s.push_str("\n\n");
    }
    for (id, inc) in BROAD {
        s.push_str("[[sectors]]\nid = ");
        json_str(&mut s, id);
        s.push_str("\nincludes = ");
        str_list(&mut s, inc.iter().copied());
        s.push_str("\n\n");
    }
    for (id, title) in SUBJECTS {
        s.push_str("[[subjects]]\nid = ");
        json_str(&mut s, id);
        s.push_str("\ntitle = ");
        json_str(&mut s, title);
        s.push_str("\n\n");
    }
    for (id, title, sectors, _) in PROFILES {
        s.push_str("[[profiles]]\nid = ");
        json_str(&mut s, id);
        s.push_str("\ntitle = ");
        json_str(&mut s, title);
        s.push_str("\nsectors = ");
        str_list(&mut s, sectors.iter().map(|&d| DOMAINS[d].0));
        s.push_str("\n\n");
    }
    s.push_str("[[prerequisites]]\nid = \"techniek-entry\"\ninto = [\"techniek\"]\nprofiles = [\"EO\", \"HBR\", \"ZW\", \"Groen\"]\none_of = [\"wi\", \"nask1\"]\n\n");
    s.push_str("[[prerequisites]]\nid = \"economie-entry\"\ninto = [\"economie\"]\nprofiles = [\"BWI\", \"PIE\", \"MOBT\", \"MVI\", \"MaT\", \"ZW\", \"Groen\"]\none_of = [\"wi\", \"ec\", \"du\", \"fa\", \"sp\"]\n\n");
    s.push_str("dossiers = [\n");
    for d in &cat.dossiers {
        let sector = d.domain.map_or("entree", |i| DOMAINS[i].0);
        let _ = writeln!(
            s,
            "  {{ crebo = {}, title = \"Dossier {}\", sector = \"{sector}\" }},",
            d.crebo, d.crebo
        );
    }
    s.push_str("]\nqualifications = [\n");
    for d in &cat.dossiers {
        for &q in &d.quals {
            let q = &cat.quals[q];
            let _ = write!(
                s,
                "  {{ crebo = {}, title = \"{} {}\", level = {}, dossier = {}",
                q.crebo, QUAL_WORDS[q.level as usize], q.crebo, q.level, d.crebo
            );
            if q.requires_wi {
                s.push_str(", requires = [\"wi\"]");
            }
            s.push_str(" },\n");
        }
    }
    s.push_str("]\n");
    // The pathways, as a top-level array, before any [[table]] header.
    s.push_str("pathways = [\n");
    for r in regions {
        for p in &r.pathways {
            s.push_str("  { nodes = ");
            str_list(&mut s, p.nodes.iter().map(String::as_str));
            if let Some(rt) = p.route {
                s.push_str(", route = ");
                json_str(&mut s, rt);
            }
            if let Some(f) = p.from {
                let _ = write!(s, ", from = {f}");
            }
            if let Some(u) = p.until {
                let _ = write!(s, ", until = {u}");
            }
            if let Some(n) = &p.note {
                s.push_str(", note = ");
                json_str(&mut s, n);
            }
            s.push_str(" },\n");
        }
    }
    s.push_str("]\n\n");
    for r in regions {
        s.push_str("[[regions]]\nid = ");
        json_str(&mut s, &r.id);
        s.push_str("\ntitle = ");
        json_str(&mut s, &r.title);
        s.push_str("\nmembers = ");
        str_list(
            &mut s,
            r.schools
                .iter()
                .filter(|x| x.member)
                .map(|x| x.id.as_str())
                .chain(r.institutions.iter().map(|x| x.id.as_str())),
        );
        s.push_str("\ndemand = ");
        str_list(&mut s, r.demand.iter().copied());
        s.push_str("\ntarget_level = 4\n\n");
    }
    for r in regions {
        for sc in &r.schools {
            s.push_str("[[schools]]\nid = ");
            json_str(&mut s, &sc.id);
            s.push_str("\ntitle = ");
            json_str(&mut s, &sc.title);
            s.push_str("\nmunicipality = ");
            json_str(&mut s, &sc.municipality);
            s.push_str("\nprogrammes = [\n");
            for p in &sc.programmes {
                s.push_str("  { id = ");
                json_str(&mut s, &p.id);
                s.push_str(", title = ");
                json_str(&mut s, &p.title);
                s.push_str(", track = ");
                json_str(&mut s, p.track);
                if let Some(pi) = p.profile {
                    s.push_str(", profile = ");
                    json_str(&mut s, PROFILES[pi].0);
                }
                if let Some(d) = p.practical {
                    s.push_str(", practical = ");
                    json_str(&mut s, DOMAINS[d].0);
                }
                s.push_str(", subjects = ");
                str_list(&mut s, p.subjects.iter().copied());
                if numbers {
                    let _ = write!(s, ", pupils = {}", p.pupils);
                }
                s.push_str(" },\n");
            }
            s.push_str("]\n\n");
        }
    }
    for r in regions {
        for inst in &r.institutions {
            s.push_str("[[institutions]]\nid = ");
            json_str(&mut s, &inst.id);
            s.push_str("\ntitle = ");
            json_str(&mut s, &inst.title);
            s.push_str("\nbrin = ");
            json_str(&mut s, &inst.brin);
            s.push_str("\noffers = [\n");
            for o in &inst.offers {
                let _ = write!(s, "  {{ crebo = {}", cat.quals[o.qual].crebo);
                if let Some(a) = &o.alias {
                    s.push_str(", as = ");
                    json_str(&mut s, a);
                }
                s.push_str(", location = ");
                json_str(&mut s, &o.location);
                if let Some(rt) = o.routes {
                    s.push_str(", routes = ");
                    str_list(&mut s, [rt]);
                }
                if numbers {
                    let _ = write!(s, ", capacity = {}", o.capacity);
                }
                if let Some(f) = o.from {
                    let _ = write!(s, ", from = {f}");
                }
                if let Some(u) = o.until {
                    let _ = write!(s, ", until = {u}");
                }
                s.push_str(" },\n");
            }
            s.push_str("]\n\n");
        }
    }
    s
}

/// Generates the whole project in memory.
pub fn generate(cfg: &Config) -> Generated {
    let cat = catalogue();
    let mut regions: Vec<RegionDef> = (0..cfg.regions)
        .map(|r| region(&cat, r, cfg.seed, cfg.dense))
        .collect();
    if cfg.dense {
        for (r, region) in regions.iter_mut().enumerate() {
            inject_faults(&cat, r, cfg.seed, region);
        }
        cross_region(&cat, cfg.seed, &mut regions);
    }
    let mut files = vec![(
        "catalogue.pathway".to_string(),
        catalogue_pathway(&cat, cfg.dense),
    )];
    let mut stats = Stats {
        regions: regions.len(),
        ..Stats::default()
    };
    for r in &regions {
        let [region, schools, insts, paths] = region_pathway(&cat, r, cfg.numbers);
        let dir = format!("regions/{}", r.id);
        files.push((format!("{dir}/institutions.pathway"), insts));
        files.push((format!("{dir}/pathways.pathway"), paths));
        files.push((format!("{dir}/region.pathway"), region));
        files.push((format!("{dir}/schools.pathway"), schools));
        stats.schools += r.schools.len();
        stats.programmes += r.schools.iter().map(|s| s.programmes.len()).sum::<usize>();
        stats.institutions += r.institutions.len();
        stats.offers += r.institutions.iter().map(|i| i.offers.len()).sum::<usize>();
        stats.pathways += r.pathways.len();
        stats.edges += r.pathways.iter().map(|p| p.nodes.len() - 1).sum::<usize>();
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    stats.pathway_lines = files.iter().map(|f| f.1.lines().count()).sum();
    stats.pathway_bytes = files.iter().map(|f| f.1.len()).sum();
    let json = write_json(&cat, &regions, cfg.numbers);
    let toml = write_toml(&cat, &regions, cfg.numbers);
    Generated {
        files,
        json,
        toml,
        stats,
    }
}

// ---------------------------------------------------------------------------
// Dense mode: a draft plan's findings

/// `institution.crebo` or `institution.alias`.
fn offer_name(cat: &Catalogue, inst: &Institution, o: &Offer) -> String {
    match &o.alias {
        Some(a) => format!("{}.{a}", inst.id),
        None => format!("{}.{}", inst.id, cat.quals[o.qual].crebo),
    }
}

fn plain_pathway(nodes: Vec<String>) -> PathwayDef {
    PathwayDef {
        nodes,
        route: None,
        from: None,
        until: None,
        note: None,
        comment: None,
    }
}

/// What real draft plans get wrong, written into one region so that the
/// whole plan has about one finding per ten lines and every check family:
/// name and value errors (E1xx; no syntax error, which would stop the
/// graph checks for the whole plan), transitions (C), duplicates and
/// overlap (D), sector demand (S), membership (R), capacity (K) and
/// suppressions (W). Drawn from a stream of its own, so the plan it
/// changes is the clean plan of the same seed.
fn inject_faults(cat: &Catalogue, r: usize, seed: u64, reg: &mut RegionDef) {
    let mut rng = Rng::new(
        seed.wrapping_mul(7_777_777)
            .wrapping_add(r as u64)
            .wrapping_add(0xD3A5E),
    );
    let level = |o: &Offer| cat.quals[o.qual].level;
    // (institution, offer) of the plain offers: no years, no alias.
    let plain: Vec<(usize, usize)> = reg
        .institutions
        .iter()
        .enumerate()
        .flat_map(|(i, inst)| {
            inst.offers
                .iter()
                .enumerate()
                .filter(|(_, o)| o.from.is_none() && o.until.is_none() && o.alias.is_none())
                .map(move |(k, _)| (i, k))
        })
        .collect();
    let progs: Vec<(usize, usize)> = reg
        .schools
        .iter()
        .enumerate()
        .flat_map(|(s, sc)| (0..sc.programmes.len()).map(move |p| (s, p)))
        .collect();
    let mut edges: HashSet<(String, String)> = reg
        .pathways
        .iter()
        .flat_map(|p| p.nodes.windows(2).map(|w| (w[0].clone(), w[1].clone())))
        .collect();
    let base = reg.pathways.len();
    let prog_name = |reg: &RegionDef, (s, p): (usize, usize)| {
        format!("{}.{}", reg.schools[s].id, reg.schools[s].programmes[p].id)
    };
    let offer_at = |reg: &RegionDef, (i, k): (usize, usize)| {
        offer_name(cat, &reg.institutions[i], &reg.institutions[i].offers[k])
    };
    // A new programme → offer pathway where `fits` holds; false when none
    // was found.
    let mut new_hop = |reg: &mut RegionDef,
                       rng: &mut Rng,
                       fits: &dyn Fn(&Programme, &Offer) -> bool,
                       edit: &dyn Fn(&mut PathwayDef)|
     -> bool {
        for _ in 0..400 {
            let pr = *rng.pick(&progs);
            let of = *rng.pick(&plain);
            let p = &reg.schools[pr.0].programmes[pr.1];
            let o = &reg.institutions[of.0].offers[of.1];
            if !fits(p, o) {
                continue;
            }
            let (from, to) = (prog_name(reg, pr), offer_at(reg, of));
            if !edges.insert((from.clone(), to.clone())) {
                continue;
            }
            let mut pw = plain_pathway(vec![from, to]);
            edit(&mut pw);
            reg.pathways.push(pw);
            return true;
        }
        false
    };
    let admitted = |p: &Programme, o: &Offer| admits(p.track, level(o));
    // C201: basic-track and praktijkonderwijs pupils sent to level 3 and 4.
    let low = |p: &Programme, o: &Offer| matches!(p.track, "bb" | "pro") && level(o) >= 3;
    for _ in 0..50 {
        new_hop(reg, &mut rng, &low, &|_| {});
    }
    // W002: the same, suppressed without a reason.
    for _ in 0..4 {
        new_hop(reg, &mut rng, &low, &|p| {
            p.comment = Some("# leerlijn: allow(inadmissible-transition)".into());
        });
    }
    // W001: a suppression on a pathway with nothing to suppress.
    for _ in 0..6 {
        new_hop(reg, &mut rng, &admitted, &|p| {
            p.comment =
                Some("# leerlijn: allow(level-regression) agreed with the institution".into());
        });
    }
    // C205: bbl asked at offers that only give bol.
    for _ in 0..14 {
        new_hop(
            reg,
            &mut rng,
            &|p, o| admitted(p, o) && o.routes == Some("bol"),
            &|p| p.route = Some("bbl"),
        );
    }
    // D303: a pathway written twice.
    for _ in 0..50 {
        let k = rng.below(base);
        let p = &reg.pathways[k];
        if p.comment.is_none() && p.until.is_none() {
            let copy = plain_pathway(p.nodes.clone());
            reg.pathways.push(copy);
        }
    }
    // C203: from level 4 back down to level 2.
    for _ in 0..14 {
        for _ in 0..100 {
            let a = *rng.pick(&plain);
            let b = *rng.pick(&plain);
            let (oa, ob) = (
                &reg.institutions[a.0].offers[a.1],
                &reg.institutions[b.0].offers[b.1],
            );
            if level(oa) != 4 || level(ob) != 2 {
                continue;
            }
            let (from, to) = (offer_at(reg, a), offer_at(reg, b));
            if edges.insert((from.clone(), to.clone())) {
                reg.pathways.push(plain_pathway(vec![from, to]));
                break;
            }
        }
    }
    // E101: a crebo the institution does not offer, a misspelt programme.
    for k in 0..12 {
        let pr = *rng.pick(&progs);
        let of = *rng.pick(&plain);
        let mut from = prog_name(reg, pr);
        let mut to = offer_at(reg, of);
        if k % 2 == 0 {
            to = format!("{}.{}", reg.institutions[of.0].id, 48000 + rng.below(900));
        } else {
            from.push('x');
        }
        reg.pathways.push(plain_pathway(vec![from, to]));
    }
    // C204: three offers end in 2026, while the pathways into them run on.
    for _ in 0..3 {
        let (i, k) = *rng.pick(&plain);
        let o = &mut reg.institutions[i].offers[k];
        if cat.quals[o.qual].level == 2 {
            o.until = Some(2026);
        }
    }
    // Offers: E106 (misspelt field), E107 (field twice), E104 (no such
    // route).
    for (n, extra) in [
        (5, "capaciteit = 20"),
        (3, "capacity = 25"),
        (3, "routes = [bol, deeltijd]"),
    ] {
        for _ in 0..n {
            let (i, k) = *rng.pick(&plain);
            let o = &mut reg.institutions[i].offers[k];
            if o.extra.is_none() && o.routes.is_none() {
                o.extra = Some(extra);
            }
        }
    }
    // D301: an offer written twice at one location; D302: a crebo also
    // offered by another institution of the region.
    for k in 0..9 {
        let (i, oi) = *rng.pick(&plain);
        let mut copy = reg.institutions[i].offers[oi].clone();
        copy.allow = None;
        copy.extra = None;
        copy.until = None;
        let at = if k < 3 {
            i
        } else {
            let j = (i + 1) % reg.institutions.len();
            copy.location = reg.institutions[j]
                .offers
                .first()
                .map_or_else(|| copy.location.clone(), |o| o.location.clone());
            j
        };
        reg.institutions[at].offers.push(copy);
    }
    // C211: offers that nothing leads to.
    let offered: HashSet<usize> = reg
        .institutions
        .iter()
        .flat_map(|i| i.offers.iter().map(|o| o.qual))
        .collect();
    let mut added = 0;
    for _ in 0..200 {
        let q = rng.below(cat.quals.len());
        if added == 5 || offered.contains(&q) || cat.quals[q].level < 2 {
            continue;
        }
        let i = rng.below(reg.institutions.len());
        let location = reg.institutions[i]
            .offers
            .first()
            .map_or_else(String::new, |o| o.location.clone());
        reg.institutions[i].offers.push(Offer {
            qual: q,
            alias: None,
            location,
            routes: None,
            capacity: 20,
            from: None,
            until: None,
            allow: None,
            extra: None,
        });
        added += 1;
    }
    // Schools: E102 (a programme twice), E103 (a subject where a sector
    // belongs), C202 (no wiskunde into techniek), C207 (no pathway at all).
    for _ in 0..2 {
        let s = rng.below(reg.schools.len());
        let copy = reg.schools[s].programmes[0].clone();
        reg.schools[s].programmes.push(copy);
    }
    for _ in 0..2 {
        let (s, p) = *rng.pick(&progs);
        let p = &mut reg.schools[s].programmes[p];
        if p.track == "gl" && p.practical.is_none() && p.extra.is_none() {
            p.extra = Some("practical = ne");
        }
    }
    let s = rng.below(reg.schools.len());
    let no_wi = Programme {
        id: "zw-kb-nw".into(),
        title: "Zorg en welzijn kb, zonder wiskunde".into(),
        track: "kb",
        profile: Some(5),
        practical: None,
        subjects: vec!["ne", "en", "bi"],
        pupils: 14,
        extra: None,
    };
    let from = format!("{}.{}", reg.schools[s].id, no_wi.id);
    reg.schools[s].programmes.push(no_wi);
    let mut hops = 0;
    for &(i, k) in &plain {
        let o = &reg.institutions[i].offers[k];
        let techniek = cat.quals[o.qual]
            .domain
            .is_some_and(|d| d <= 3 || d == 6 || d == 7);
        if hops < 4 && techniek && level(o) == 2 {
            reg.pathways
                .push(plain_pathway(vec![from.clone(), offer_at(reg, (i, k))]));
            hops += 1;
        }
    }
    let s = rng.below(reg.schools.len());
    reg.schools[s].programmes.push(Programme {
        id: "pie-kb-nieuw".into(),
        title: "Produceren, installeren en energie kb (nieuw)".into(),
        track: "kb",
        profile: Some(1),
        practical: None,
        subjects: vec!["ne", "en", "wi", "nask1"],
        pupils: 16,
        extra: None,
    });
    // R501: a school that joined, but not the region's members.
    let orphan = format!("vmbo-{r:03}-nieuw");
    let mut first = reg.schools[0].programmes[0].clone();
    first.extra = None;
    let pid = first.id.clone();
    reg.schools.push(School {
        id: orphan.clone(),
        title: format!("Nieuwe school {}", r + 1),
        municipality: reg.schools[0].municipality.clone(),
        programmes: vec![first],
        member: false,
    });
    if let Some(p) = reg
        .pathways
        .iter()
        .find(|p| p.nodes[0].ends_with(&format!(".{pid}")))
    {
        let to = p.nodes[1].clone();
        reg.pathways
            .push(plain_pathway(vec![format!("{orphan}.{pid}"), to]));
    }
    // S401: a sector the region asks for and nobody offers.
    reg.demand.push("duurzaamheid");
    // R502: some regions name their arbeidsmarktregio, and most of their
    // schools lie elsewhere.
    if r % 7 == 5 {
        reg.labour_market =
            leerlijn::labour_market::municipality(&reg.schools[0].municipality).map(|m| m.region);
    }
    // K601: some regions plan a third fewer places than they need.
    if r % 4 == 2 {
        for inst in &mut reg.institutions {
            for o in &mut inst.offers {
                o.capacity = (o.capacity * 2 / 3).max(5);
            }
        }
    }
}

/// C206: a few pathways from each region into the next one's offers.
fn cross_region(cat: &Catalogue, seed: u64, regions: &mut [RegionDef]) {
    if regions.len() < 2 {
        return;
    }
    for r in 0..regions.len() {
        let mut rng = Rng::new(seed.wrapping_mul(31).wrapping_add(r as u64) ^ 0xC206);
        let next = (r + 1) % regions.len();
        let targets: Vec<String> = regions[next]
            .institutions
            .iter()
            .flat_map(|i| {
                i.offers
                    .iter()
                    .filter(|o| o.alias.is_none() && o.until.is_none() && o.from.is_none())
                    .filter(|o| cat.quals[o.qual].level == 2)
                    .map(move |o| offer_name(cat, i, o))
            })
            .collect();
        let sources: Vec<String> = regions[r]
            .schools
            .iter()
            .filter(|s| s.member)
            .flat_map(|s| {
                s.programmes
                    .iter()
                    .filter(|p| p.track == "kb")
                    .map(move |p| format!("{}.{}", s.id, p.id))
            })
            .collect();
        if targets.is_empty() || sources.is_empty() {
            continue;
        }
        for _ in 0..4 {
            let from = rng.pick(&sources).clone();
            let to = rng.pick(&targets).clone();
            regions[r].pathways.push(plain_pathway(vec![from, to]));
        }
    }
}
