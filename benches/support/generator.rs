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
//! No dependency: the random numbers come from a SplitMix64 seeded by the
//! region's number, so one region's text does not depend on the others.

#![allow(dead_code)]

use std::collections::HashSet;
use std::fmt::Write as _;

/// Regions at scale 1.
pub const REGIONS_PER_SCALE: usize = 35;

#[derive(Clone, Debug)]
pub struct Config {
    pub regions: usize,
    pub seed: u64,
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
            numbers: true,
        }
    }

    pub fn regions(regions: usize) -> Config {
        Config {
            regions: regions.max(1),
            seed: 1,
            numbers: true,
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
}

struct School {
    id: String,
    title: String,
    municipality: String,
    programmes: Vec<Programme>,
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
}

const SCHOOLS_PER_REGION: usize = 20;
const PROGRAMMES_PER_SCHOOL: usize = 5;
const INSTITUTIONS_PER_REGION: usize = 3;
/// Single-hop pathways from each programme, besides its first chain.
const PROGRAMME_FANOUT: usize = 14;

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

fn region(cat: &Catalogue, r: usize, seed: u64) -> RegionDef {
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
            let mut tries = 0;
            let mut made = 0;
            while made < PROGRAMME_FANOUT && tries < PROGRAMME_FANOUT * 12 {
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
    if r % 7 == 3 {
        if let Some(p) = pathways
            .iter_mut()
            .find(|p| p.nodes.len() == 2 && p.until == Some(2027))
        {
            p.until = None;
            p.comment = Some("# TODO: this offer ends in 2027".to_string());
        }
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

fn catalogue_pathway(cat: &Catalogue) -> String {
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
    let regions: Vec<RegionDef> = (0..cfg.regions)
        .map(|r| region(&cat, r, cfg.seed))
        .collect();
    let mut files = vec![("catalogue.pathway".to_string(), catalogue_pathway(&cat))];
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
