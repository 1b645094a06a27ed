//! The report on paper: a generated region of realistic size (10 schools,
//! 40 programmes, 45 offers, about 120 transitions) printed to A4 by
//! headless Chromium fits on two pages, its overview included. Ignored by `cargo test` (it needs
//! Chromium); `.ci/run` installs Chromium and runs it, and it fails, not
//! skips, when Chromium is missing.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// SplitMix64: deterministic, no dependency.
struct Rng(u64);

impl Rng {
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
}

/// Real qualification chains (crebo codes of the built-in catalogue, lowest
/// level first) per vmbo profile, with the institution that offers them.
/// 45 offers in all.
/// (vmbo profile, institution, [(crebo, level)]).
type Chain = (&'static str, &'static str, &'static [(u32, u8)]);

const CHAINS: &[Chain] = &[
    ("PIE", "zadkine", &[(25737, 2), (25332, 3), (25263, 4)]),
    ("PIE", "stc", &[(25761, 2), (25762, 3), (25802, 4)]),
    ("MOBT", "zadkine", &[(25242, 2), (25244, 3), (25249, 4)]),
    ("MOBT", "stc", &[(25395, 2), (25393, 3), (25394, 4)]),
    ("MaT", "stc", &[(25900, 2), (25901, 3), (25902, 4)]),
    ("BWI", "zadkine", &[(25829, 2), (25828, 3), (25870, 4)]),
    ("ZW", "albeda", &[(25960, 2), (25656, 3), (25655, 4)]),
    ("ZW", "albeda", &[(25696, 3), (25698, 4)]),
    ("ZW", "albeda", &[(25410, 2), (25409, 3), (25413, 4)]),
    ("EO", "albeda", &[(25149, 2), (25139, 3), (25138, 4)]),
    ("HBR", "zadkine", &[(25180, 2), (25182, 3), (25179, 4)]),
    ("Groen", "lentiz", &[(25707, 2), (25706, 3), (25705, 4)]),
    ("Groen", "lentiz", &[(25981, 2), (25984, 3), (25988, 4)]),
    ("MVI", "glr", &[(25198, 2), (25197, 3), (25633, 4)]),
    ("MVI", "glr", &[(25187, 4)]),
    ("MVI", "albeda", &[(25999, 2), (25191, 3), (25189, 4)]),
];

const INSTITUTIONS: &[(&str, &str, &str)] = &[
    ("zadkine", "Zadkine", "25LP"),
    ("stc", "STC (Scheepvaart en Transport College)", "05EA"),
    ("albeda", "Albeda", "00GT"),
    ("glr", "Grafisch Lyceum Rotterdam", "23JA"),
    ("lentiz", "Lentiz onderwijsgroep", "14YD"),
];

fn subjects(profile: &str) -> &'static str {
    match profile {
        "ZW" => "[ne, en, bi, wi]",
        "EO" | "HBR" => "[ne, en, ec, wi]",
        "Groen" => "[ne, en, bi, nask1, wi]",
        "MVI" => "[ne, en, wi, ec]",
        _ => "[ne, en, wi, nask1]",
    }
}

/// The region's four files, from `seed`.
fn generate(seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng(seed);
    let profiles = [
        "PIE", "MOBT", "MaT", "BWI", "ZW", "EO", "HBR", "Groen", "MVI",
    ];
    let towns = [
        "Rotterdam",
        "Schiedam",
        "Vlaardingen",
        "Maassluis",
        "Barendrecht",
    ];
    let mut schools = String::new();
    let mut paths = String::new();
    let mut declared = std::collections::HashSet::new();
    let mut members: Vec<String> = Vec::new();
    let mut edges = 0;
    // The leavers (2025) whose pathways lead first to each offer.
    let mut intake: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    for s in 0..10 {
        let id = format!("school{s}");
        let town = towns[s % towns.len()];
        let _ = writeln!(
            schools,
            "school {id} \"Vmbo {} {town}\" {{\n  municipality = \"{town}\"",
            [
                "De Brug",
                "Het Anker",
                "Maascollege",
                "Zuiderpark",
                "Het Baken"
            ][s % 5]
        );
        members.push(id.clone());
        let first = rng.below(profiles.len());
        let second = (first + 1 + rng.below(profiles.len() - 1)) % profiles.len();
        for (k, track) in ["bb", "kb", "bb", "kb"].iter().enumerate() {
            let profile = profiles[if k < 2 { first } else { second }];
            let pid = format!("{}-{track}", profile.to_lowercase());
            let pupils = 15 + rng.below(26);
            let _ = writeln!(
                schools,
                "  programme {pid} \"{profile} {}\" {{ track = {track}, profile = {profile}, subjects = {}, pupils = [2025: {pupils}, 2027: {}, 2029: {}] }}",
                if *track == "bb" { "basis" } else { "kader" },
                subjects(profile),
                pupils * 9 / 10,
                pupils * 8 / 10
            );
            // bb to the start of each chain at level 2, kb to level 3 and
            // straight to 4 (the beroepsroute); a chain inside mbo is
            // declared with its first programme.
            for (_, owner, chain) in CHAINS.iter().filter(|c| c.0 == profile) {
                let starts: Vec<usize> = if *track == "bb" {
                    chain.iter().position(|c| c.1 == 2).into_iter().collect()
                } else {
                    (0..chain.len()).filter(|&i| chain[i].1 >= 3).collect()
                };
                for start in starts {
                    let mut line = format!("pathway {id}.{pid}");
                    *intake.entry(chain[start].0).or_default() += pupils;
                    edges += 1;
                    for (i, (crebo, _)) in chain.iter().enumerate().skip(start) {
                        let _ = write!(line, " -> {owner}.{crebo}");
                        if i + 1 < chain.len() && declared.insert((owner, *crebo)) {
                            edges += 1;
                            continue;
                        }
                        break;
                    }
                    paths.push_str(&line);
                    paths.push('\n');
                }
            }
        }
        schools.push_str("}\n");
    }
    assert!((110..=135).contains(&edges), "{edges} transitions");
    // Places for about everyone who can come, a few offers short, as in
    // a region that plans ahead.
    let mut insts = String::new();
    for (id, title, brin) in INSTITUTIONS {
        let _ = writeln!(
            insts,
            "institution {id} \"{title}\" {{\n  brin = \"{brin}\""
        );
        for (_, owner, chain) in CHAINS {
            if owner == id {
                for (crebo, _) in chain.iter() {
                    let want = intake.get(crebo).copied().unwrap_or(0);
                    let cap = (want + 5 * rng.below(4)).max(20) / 5 * 5;
                    let _ = writeln!(
                        insts,
                        "  offer {crebo} {{ location = \"Rotterdam\", capacity = {cap} }}"
                    );
                }
            }
        }
        insts.push_str("}\n");
    }

    members.extend(INSTITUTIONS.iter().map(|i| i.0.to_string()));
    let region = format!(
        "region gen \"Generated region\" {{\n  members = [{}]\n  demand = [techniek, transport-logistiek, zorg-welzijn, ict, voedsel-natuur-leefomgeving]\n  target-level = 4\n}}\n",
        members.join(", ")
    );
    vec![
        ("region.pathway".into(), region),
        ("schools.pathway".into(), schools),
        ("institutions.pathway".into(), insts),
        ("pathways.pathway".into(), paths),
    ]
}

/// Debian's `chromium`, or a `chromium-browser`/`google-chrome` elsewhere.
fn chromium() -> PathBuf {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        let ok = Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return PathBuf::from(name);
        }
    }
    panic!("headless Chromium is needed (apt-get install chromium; .ci/run installs it)");
}

/// Runs Chromium headless on `html` with `args`; panics when it fails.
fn chromium_run(html: &Path, args: &[String]) {
    let profile = html.with_extension("profile");
    let out = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    let _ = std::fs::remove_dir_all(&profile);
    assert!(
        out.status.success(),
        "chromium: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The pages of a PDF: its `/Type /Page` objects (not `/Pages`).
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let mut n = 0;
    for (i, _) in text.match_indices("/Type") {
        let rest = text[i + 5..].trim_start();
        if rest.starts_with("/Page") && !rest.starts_with("/Pages") {
            n += 1;
        }
    }
    n
}

fn report(dir: &Path, lang: &str) -> PathBuf {
    let html = dir.join(format!("report-{lang}.html"));
    let run = common::run_in(
        dir,
        &["report", ".", "-o", html.to_str().unwrap(), "--lang", lang],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    html
}

fn print_pages(html: &Path) -> usize {
    let pdf = html.with_extension("pdf");
    chromium_run(
        html,
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
    );
    let bytes = std::fs::read(&pdf).expect("chromium wrote the PDF");
    pdf_pages(&bytes)
}

#[test]
fn the_generator_is_deterministic_and_realistic() {
    assert_eq!(generate(7), generate(7));
    let files = generate(7);
    let offers = files[2].1.matches("offer ").count();
    let programmes = files[1].1.matches("programme ").count();
    assert_eq!((offers, programmes), (45, 40));
    assert_eq!(
        pdf_pages(b"<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page >>"),
        2
    );
}

#[test]
#[ignore = "needs chromium"]
fn a_realistic_region_prints_on_two_a4_pages() {
    let dir = common::scratch("report-print");
    for (name, text) in generate(7) {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let check = common::run_in(&dir, &["check", "."]);
    assert!(check.code <= 1, "{}{}", check.stdout, check.stderr);
    for lang in ["en", "nl"] {
        let html = report(&dir, lang);
        let page = std::fs::read_to_string(&html).unwrap();
        // Names whole: nothing on the page is cut with an ellipsis.
        assert!(!page.contains('…'), "{lang}: a name is cut");
        // On paper the summary is a cover page and the region starts and
        // ends with a page break, so the summary and the findings take at
        // least a page each: the region takes the rest.
        assert!(page.contains("section.region { break-before: page; break-after: page; }"));
        // The overview prints too: the compact one (the full one is for
        // the screen), with every school and institution named whole.
        let print = &page[page.find("@media print").expect("a print stylesheet")..];
        assert!(print.contains(".print-only { display: block; }"));
        let start = page
            .find(r#"<figure class="compact print-only">"#)
            .unwrap_or_else(|| panic!("{lang}: no overview on paper"));
        let overview = &page[start..start + page[start..].find("</figure>").unwrap()];
        assert!(
            overview.contains("<svg"),
            "{lang}: the overview has no picture"
        );
        for name in INSTITUTIONS
            .iter()
            .map(|i| i.1)
            .chain(["Vmbo De Brug Rotterdam"])
        {
            assert!(
                overview.contains(name),
                "{lang}: {name} is not whole in the overview"
            );
        }
        let pages = print_pages(&html);
        let region = pages.saturating_sub(2);
        assert!(
            (1..=2).contains(&region),
            "{lang}: {pages} A4 pages in all, so {region} for the region"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The README's picture: the showcase report as a 1200 px wide screenshot.
/// Writes `docs/images/report.png` when `LEERLIJN_WRITE_SCREENSHOT` is set;
/// otherwise renders it to the scratch directory and checks it is a PNG.
#[test]
#[ignore = "needs chromium"]
fn the_showcase_report_renders_to_a_png() {
    let dir = common::scratch("report-png");
    let html = dir.join("showcase.html");
    let showcase = common::crate_dir().join("pathways/examples/showcase");
    let run = common::run(&[
        "report",
        showcase.to_str().unwrap(),
        "-o",
        html.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let png = if std::env::var_os("LEERLIJN_WRITE_SCREENSHOT").is_some() {
        common::crate_dir().join("docs/images/report.png")
    } else {
        dir.join("report.png")
    };
    chromium_run(
        &html,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1200,3000".into(),
        ],
    );
    let bytes = std::fs::read(&png).expect("chromium wrote the PNG");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(bytes.len() > 50_000, "the screenshot is nearly empty");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Found by review: a 400-character name without spaces stretched the
/// programmes table sideways, pushing its other columns off the screen.
/// In a real browser 1,280 pixels wide, the page is no wider than that.
#[test]
#[ignore = "needs chromium"]
fn a_long_name_does_not_widen_the_page() {
    let dir = common::scratch("report-long-name");
    let long = "Zeer".repeat(100);
    let plan = format!(
        "region r \"R\" {{ members = [olympia, zadkine] }}\n\
         school olympia \"{long}\" {{ programme pie-kb \"{long}\" {{ track = kb, profile = PIE }} }}\n\
         institution zadkine \"Zadkine\" {{ offer 25263 }}\n\
         pathway olympia.pie-kb -> zadkine.25263\n"
    );
    std::fs::write(dir.join("plan.pathway"), plan).unwrap();
    let html = report(&dir, "en");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains(&long), "the name is on the page");
    // The page's width as the browser laid it out, in its title.
    let probe = "<script>document.title = 'width ' + \
                 document.documentElement.scrollWidth;</script></body>";
    std::fs::write(&html, page.replace("</body>", probe)).unwrap();
    let profile = html.with_extension("profile");
    let out = Command::new(chromium())
        .args(["--headless", "--no-sandbox", "--disable-gpu"])
        .arg("--window-size=1280,900")
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    let _ = std::fs::remove_dir_all(&profile);
    let dom = String::from_utf8_lossy(&out.stdout);
    let width: u32 = dom
        .split("<title>width ")
        .nth(1)
        .and_then(|t| t.split('<').next())
        .and_then(|w| w.parse().ok())
        .unwrap_or_else(|| panic!("no width in the page's title: {dom:.300}"));
    assert!(width <= 1280, "the page is {width} px wide");
}
