//! `leerlijn report`: one self-contained HTML page. Nothing on it may load
//! from outside, and no user text may become markup.

mod common;

use leerlijn::Lang;
use leerlijn::commands::{analyse, report};

fn page(dir: &str, lang: Lang) -> String {
    let project = common::load(&[common::crate_dir().join(dir)], true);
    report::render(&analyse(project, None), lang)
}

/// Every `src=`, `href=` and `url(` on the page, with what it points at.
fn references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lower = html.to_ascii_lowercase();
    // `src=` and `href=` are attributes only inside a tag (escaped user text
    // may spell them, as text); `url(` anywhere, for CSS.
    let in_tag = |at: usize| {
        let open = lower[..at].rfind('<');
        let close = lower[..at].rfind('>');
        open.is_some_and(|o| close.is_none_or(|c| c < o))
    };
    for key in ["src=", "href=", "url("] {
        let mut from = 0;
        while let Some(i) = lower[from..].find(key) {
            let at = from + i + key.len();
            if key == "url(" || in_tag(from + i) {
                let rest = html[at..].trim_start_matches(['"', '\'', ' ']);
                out.push(rest.chars().take(40).collect());
            }
            from = at;
        }
    }
    out
}

#[test]
fn the_example_report_references_nothing_outside() {
    for dir in ["pathways/examples/rijnmond", "pathways/examples/showcase"] {
        let html = page(dir, Lang::En);
        for r in references(&html) {
            assert!(r.starts_with('#'), "{dir}: external reference `{r}`");
        }
        let lower = html.to_ascii_lowercase();
        for bad in [
            "<script", "<link", "<img", "<iframe", "@import", "http:", "https:", "//fonts",
        ] {
            assert!(!lower.contains(bad), "{dir}: the page contains `{bad}`");
        }
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<style>") && html.contains("<svg"));
    }
}

#[test]
fn user_text_is_escaped() {
    let html = page("tests/fixtures/report", Lang::En);
    assert!(
        !html.contains("<script>alert(1)</script>"),
        "raw script tag"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    for raw in [
        "<b>Oost</b>",
        "<i>kader</i>",
        "<svg onload",
        "</title>\"",
        "<img src=x",
    ] {
        assert!(!html.contains(raw), "raw `{raw}`");
    }
    assert!(html.contains("Regio &lt;b&gt;Oost&lt;/b&gt; &amp; &quot;West&quot;"));
    // Only the page's own elements: one <style>, one <title> in the head
    // (the picture's tooltips are SVG <title>s), no script.
    assert_eq!(html.matches("<style>").count(), 1);
    assert_eq!(html.matches("</style>").count(), 1);
    let head = &html[..html.find("</head>").unwrap()];
    assert_eq!(head.matches("<title>").count(), 1);
    assert_eq!(head.matches("</title>").count(), 1);
    for r in references(&html) {
        assert!(r.starts_with('#'), "external reference `{r}`");
    }
}

#[test]
fn the_page_has_every_part() {
    let html = page("pathways/examples/showcase", Lang::En);
    // Summary, one section per region, the findings grouped by check.
    assert!(html.contains("id=\"summary\""));
    assert!(html.contains("id=\"region-0\"") && html.contains("id=\"region-1\""));
    // A section for every check the showcase triggers (all but the syntax,
    // name and plan-version checks).
    let graph_checks = leerlijn::codes::REGISTRY.iter().filter(|c| {
        !matches!(
            c.group,
            leerlijn::codes::Group::Syntax
                | leerlijn::codes::Group::Names
                | leerlijn::codes::Group::Versions
        )
    });
    for code in graph_checks.map(|c| c.id()) {
        assert!(
            html.contains(&format!("id=\"{code}\"")),
            "{code} has no section"
        );
    }
    // The coverage matrix: toerisme-recreatie is offered at level 4 but
    // unreachable, ict is not offered at 4, zorg lapses in 2027.
    assert!(html.contains("✗ not reachable"));
    assert!(html.contains("not offered"));
    assert!(html.contains("◐ reachable only in 2025–2026, 2028"));
    // Broken edges are drawn red and dashed in the picture.
    assert!(html.contains(
        "stroke=\"#c62828\" stroke-width=\"2\" stroke-opacity=\"1\" stroke-dasharray=\"6 4\""
    ));
    // A programme without a route says why.
    assert!(html.contains("No pathway starts at this programme."));
    assert!(html.contains("No route to mbo 4: its routes reach level 2 at most."));
    // Source lines with the location marked.
    assert!(html.contains("<mark>mondriaan.25263</mark>"));
}

/// HTML text escaping as the page does it (maud).
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Every finding's help line is on the page, under its "help:" heading,
/// in the page's language.
#[test]
fn every_help_line_is_on_the_page() {
    for lang in [Lang::En, Lang::Nl] {
        let project = common::load(
            &[common::crate_dir().join("pathways/examples/showcase")],
            true,
        );
        let loaded = analyse(project, None);
        let html = report::render(&loaded, lang);
        let heading = match lang {
            Lang::En => "<b>help: </b>",
            Lang::Nl => "<b>hulp: </b>",
        };
        let mut helps = 0;
        for d in &loaded.analysis.diagnostics {
            let Some(help) = &d.help else { continue };
            helps += 1;
            let shown = format!("{heading}{}", escape(&help.render(lang)));
            assert!(
                html.contains(&shown),
                "{} ({lang:?}): `{shown}` is not on the page",
                d.code.as_str()
            );
        }
        assert!(helps > 10, "the showcase has findings with help ({helps})");
    }
}

#[test]
fn dutch_by_default_when_lang_starts_with_nl() {
    let out = std::env::temp_dir().join(format!("leerlijn-report-{}.html", std::process::id()));
    let dir = common::crate_dir().join("pathways/examples/rijnmond");
    let run = |lang_env: &str, extra: &[&str]| {
        let status = common::command(&common::crate_dir())
            .arg("report")
            .arg(&dir)
            .arg("-o")
            .arg(&out)
            .args(extra)
            .env("LANG", lang_env)
            .output()
            .unwrap();
        assert_eq!(status.status.code(), Some(0));
        std::fs::read_to_string(&out).unwrap()
    };
    let nl = run("nl_NL.UTF-8", &[]);
    assert!(nl.contains("<html lang=\"nl\">"));
    assert!(nl.contains("Samenvatting"));
    let en = run("C.UTF-8", &[]);
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("Summary"));
    let forced = run("nl_NL.UTF-8", &["--lang", "en"]);
    assert!(forced.contains("<html lang=\"en\">"));
    let _ = std::fs::remove_file(&out);
}

#[test]
fn a_missing_path_is_exit_2() {
    let out = common::command(&common::crate_dir())
        .args(["report", "no/such/dir", "-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// The pupil-flow section: per year the placed and the leavers, short
/// years marked, and per offer its greatest intake next to its places.
#[test]
fn leavers_and_places_per_year() {
    let html = page(
        "tests/fixtures/checks/K601_later_years_merge.pathway",
        Lang::En,
    );
    assert!(html.contains("Leavers and places"), "{html}");
    let row = &html[html.find("all sectors").expect("a total row")..];
    let row = &row[..row.find("</tr>").unwrap()];
    let cells: Vec<&str> = row
        .split("<td")
        .skip(1)
        .map(|c| c.split_once('>').unwrap().1.trim_end_matches("</td>"))
        .collect();
    assert_eq!(
        cells,
        [
            "42 / 42", "42 / 42", "50 / 50", "50 / 56", "50 / 53", "47 / 47"
        ]
    );
    assert_eq!(row.matches("class=\"short\"").count(), 2, "{row}");
    // 25491: 42 leavers reach it in 2025-2026, 50 in 2027, 56, 53, 47;
    // each number with the year it starts in (review: a K602 finding for
    // 2029 could not be matched to a number without them).
    assert!(
        html.contains("42 (2025) → 50 (2027) → 56 (2028) → 53 (2029) → 47 (2030)"),
        "{html}"
    );
    // Without pupils there is no section.
    let none = page(
        "tests/fixtures/checks/D302_two_institutions.pathway",
        Lang::En,
    );
    assert!(!none.contains("Leavers and places"));
}

/// The coverage cells say what a principal needs: unbroken routes to the
/// level, the places of the offers in the cell and the leavers of the
/// programmes that reach them (Rijnmond, transport-logistiek at level 2:
/// 25395 and 25900 with 30 + 25 places, reached from waalhaven's mat-bb
/// with 26 and mobt-bb with 18 leavers in 2025).
#[test]
fn coverage_cells_count_routes_places_and_leavers() {
    let en = page("pathways/examples/rijnmond", Lang::En);
    assert!(
        en.contains("2 routes to level 2 · 55 places · 44 leavers"),
        "{en}"
    );
    let nl = page("pathways/examples/rijnmond", Lang::Nl);
    assert!(nl.contains("2 routes naar niveau 2 · 55 plaatsen · 44 gediplomeerden"));
    // The old wording meant nothing to a principal.
    assert!(!en.contains(" offers · "));
}

/// Text of the page with the line breaks of the SVG's wrapped names joined.
fn joined(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("</tspan><tspan ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + "</tspan><tspan ".len()..];
        rest = &after[after.find('>').map_or(0, |j| j + 1)..];
        out.push(' ');
    }
    out.push_str(rest);
    out
}

/// On paper: every name whole, nothing that needs a mouse, a picture per
/// demanded sector, and a print stylesheet for A4.
#[test]
fn the_page_reads_on_paper() {
    for dir in ["pathways/examples/rijnmond", "pathways/examples/showcase"] {
        for lang in [Lang::En, Lang::Nl] {
            let html = page(dir, lang);
            assert!(!html.contains('…'), "{dir}: a name is cut");
            assert!(!html.to_lowercase().contains("hover"), "{dir}: hover");
            assert!(!html.contains("Wijs aan"), "{dir}: hover");
            assert!(html.contains("@page { size: A4;") && html.contains("@media print"));
        }
    }
    let html = page("pathways/examples/rijnmond", Lang::En);
    for sector in [
        "techniek",
        "transport-logistiek",
        "zorg-welzijn",
        "ict",
        "voedsel-natuur-leefomgeving",
    ] {
        assert!(
            html.contains(&format!("Routes into {sector}</figcaption>")),
            "no picture for {sector}"
        );
    }
    // Long names wrap over lines of the picture, whole, with their places.
    let text = joined(&html);
    assert!(
        text.contains(">25332 Eerste monteur elektrotechnische installaties woning en utiliteit · 40 places</tspan>"),
        "the name is not whole"
    );
    // A programme's row gives its leavers (the first plan year).
    assert!(text.contains(">PIE basis · 24 leavers</tspan>"));
}

/// A sector's picture holds only what lies on a route into the sector:
/// the ict picture of Rijnmond has the ICT offers and the programmes that
/// lead there, not the care offers.
#[test]
fn a_sector_picture_holds_only_its_routes() {
    let html = joined(&page("pathways/examples/rijnmond", Lang::En));
    let start = html
        .find("Routes into ict</figcaption>")
        .expect("an ict picture");
    let figure = &html[start..start + html[start..].find("</figure>").unwrap()];
    assert!(figure.contains("25189 ICT-beheerder"), "{figure}");
    assert!(!figure.contains("25655 Mbo-Verpleegkundige"), "{figure}");
}

/// Every region's coverage cells of a plan, read for the plan years.
fn coverage(path: &str, years: Option<(u32, u32)>) -> Vec<(String, Vec<report::Cell>)> {
    let project = common::load(&[common::crate_dir().join(path)], true);
    report::coverage(&analyse(project, years))
}

fn cell<'a>(
    regions: &'a [(String, Vec<report::Cell>)],
    sector: &str,
    level: u8,
) -> &'a report::Cell {
    regions
        .iter()
        .flat_map(|(_, cells)| cells)
        .find(|c| c.sector == sector && c.level == level)
        .unwrap_or_else(|| panic!("no cell {sector} {level}: {regions:?}"))
}

/// A cell's places and leavers are those of the first plan year: an offer
/// or programme that starts later, or stopped, adds nothing.
#[test]
fn coverage_numbers_are_of_the_first_plan_year() {
    const PLAN: &str = "tests/fixtures/coverage/first_year.pathway";
    let regions = coverage(PLAN, Some((2025, 2029)));
    let c = cell(&regions, "techniek", 2);
    assert_eq!((c.places, c.places_unknown, c.leavers), (60, 0, Some(20)));
    assert_eq!((c.routes, c.broken), (2, 0));
    assert_eq!(
        c.state,
        report::CellState::ReachableIn(vec![2025, 2026, 2028, 2029])
    );
    // From 2028 delft's 40 places run and p2's 15 leavers reach them; the
    // pathway of p1 ended in 2026.
    let later = coverage(PLAN, Some((2028, 2029)));
    let c = cell(&later, "techniek", 2);
    assert_eq!((c.places, c.leavers), (40, Some(15)));
    // The page shows the same numbers and names the year.
    let project = common::load(&[common::crate_dir().join(PLAN)], true);
    let html = report::render(&analyse(project, Some((2025, 2029))), Lang::En);
    assert!(html.contains("2 routes to level 2 · 60 places · 20 leavers"));
    assert!(html.contains("Places and leavers of 2025/26"));
}

/// A route is its sequence of programme and offers: a pathway that repeats
/// steps of another (D303) adds none, as in the table of programmes.
#[test]
fn coverage_counts_each_route_once() {
    const PLAN: &str = "tests/fixtures/coverage/duplicate_pathway.pathway";
    let regions = coverage(PLAN, None);
    let two = cell(&regions, "techniek", 2);
    let three = cell(&regions, "techniek", 3);
    assert_eq!((two.routes, two.broken), (1, 0));
    assert_eq!((three.routes, three.broken), (1, 0));
    let project = common::load(&[common::crate_dir().join(PLAN)], true);
    let html = report::render(&analyse(project, None), Lang::En);
    assert!(html.contains("1 route to level 2 ·"), "{html}");
    assert!(html.contains("1 route to level 3 ·"), "{html}");
}

/// A cell whose every route has a broken step is reached as S4xx counts
/// it, but is not shown as covered.
#[test]
fn a_cell_reached_only_through_broken_routes_says_so() {
    const PLAN: &str = "tests/fixtures/coverage/only_broken.pathway";
    let regions = coverage(PLAN, None);
    let c = cell(&regions, "techniek", 4);
    assert_eq!(c.state, report::CellState::OnlyBroken);
    assert_eq!((c.routes, c.broken), (0, 1));
    for (lang, state) in [
        (Lang::En, "⚠ reachable only through broken routes"),
        (Lang::Nl, "⚠ alleen bereikbaar via gebroken routes"),
    ] {
        let project = common::load(&[common::crate_dir().join(PLAN)], true);
        let html = report::render(&analyse(project, None), lang);
        let shown = format!("<td class=\"broken\"><span class=\"state\">{state}</span>");
        assert!(html.contains(&shown), "{html}");
        assert!(!html.contains("<td class=\"ok\">"), "{html}");
    }
}

/// While a file has a syntax error the graph checks do not run: the page
/// says so at the top and judges no coverage cell.
#[test]
fn a_syntax_error_leaves_coverage_not_checked() {
    const PLAN: &str = "tests/fixtures/coverage/syntax_error.pathway";
    let regions = coverage(PLAN, None);
    let cells: Vec<&report::Cell> = regions.iter().flat_map(|(_, c)| c).collect();
    assert_eq!(cells.len(), 3);
    for c in &cells {
        assert_eq!(c.state, report::CellState::NotChecked, "{c:?}");
    }
    for (lang, notice, state) in [
        (
            Lang::En,
            "The plan has syntax errors (E0xx codes), so the other checks did not run",
            "? not checked",
        ),
        (
            Lang::Nl,
            "Het plan heeft syntaxfouten (E0xx-codes), dus de andere controles zijn niet uitgevoerd",
            "? niet gecontroleerd",
        ),
    ] {
        let project = common::load(&[common::crate_dir().join(PLAN)], true);
        let loaded = analyse(project, None);
        assert!(loaded.analysis.graph.is_none(), "the graph checks ran");
        let html = report::render(&loaded, lang);
        assert!(
            html.contains(&format!("<p class=\"unchecked\">{notice}")),
            "{html}"
        );
        let shown = format!("<td class=\"unchecked\"><span class=\"state\">{state}</span></td>");
        assert_eq!(html.matches(&shown).count(), 3, "{html}");
        assert!(!html.contains("<td class=\"ok\">"), "{html}");
    }
    // A plan without syntax errors has no notice.
    let html = page(
        "tests/fixtures/coverage/duplicate_pathway.pathway",
        Lang::En,
    );
    assert!(!html.contains("class=\"unchecked\""));
}

/// Schools and institutions that no region lists are not left out: the
/// page has a part of its own for them, in both languages, with their
/// picture and their programmes' routes, and every programme and offer of
/// the plan is pictured in some part.
#[test]
fn members_of_no_region_have_a_part_of_their_own() {
    const PLAN: &str = "tests/fixtures/regions/no_region.pathway";
    let project = common::load(&[common::crate_dir().join(PLAN)], true);
    let loaded = analyse(project, None);
    let parts = report::parts(&loaded, Lang::En);
    let regions: Vec<Option<&str>> = parts.iter().map(|p| p.region.as_deref()).collect();
    assert_eq!(regions, [Some("r1"), None]);
    let none = &parts[1];
    assert_eq!(none.title, "Not in any region");
    assert_eq!(none.pictured, ["s2.p9", "i2.25332"]);
    assert_eq!(none.programmes, ["s2.p9"]);
    assert_eq!(parts[0].pictured, ["s1.p1", "i1.25737"]);
    // Every node of the graph is pictured somewhere.
    let m = &loaded.analysis.model;
    for id in (0..m.programmes.len() as u32)
        .map(|i| m.programme_ref(leerlijn::model::ProgId(i)))
        .chain((0..m.offers.len() as u32).map(|i| m.offer_ref(leerlijn::model::OfferId(i))))
    {
        assert!(
            parts.iter().any(|p| p.pictured.contains(&id)),
            "{id} is in no picture"
        );
    }
    for (lang, heading) in [(Lang::En, "Not in any region"), (Lang::Nl, "In geen regio")] {
        assert_eq!(report::parts(&loaded, lang)[1].title, heading);
        let html = joined(&report::render(&loaded, lang));
        let start = html
            .find("<section class=\"region no-region\" id=\"no-region\">")
            .expect("a part for members of no region");
        let part = &html[start..start + html[start..].find("</section>").unwrap()];
        assert!(part.contains(&format!("<h2>{heading}</h2>")), "{part}");
        assert!(part.contains("Orphan School (s2)"), "{part}");
        assert!(part.contains("Orphan Inst (i2)"), "{part}");
        assert!(part.contains("<svg"), "{part}");
        assert!(part.contains("25332"), "{part}");
        assert!(html.contains(&format!("<a href=\"#no-region\">{heading}</a>")));
    }
    // A plan whose members are all in a region has no such part.
    let all_in = coverage("tests/fixtures/coverage/first_year.pathway", None);
    assert_eq!(all_in.len(), 1);
    let project = common::load(
        &[common::crate_dir().join("tests/fixtures/coverage/first_year.pathway")],
        true,
    );
    let loaded = analyse(project, None);
    assert!(
        report::parts(&loaded, Lang::En)
            .iter()
            .all(|p| p.region.is_some())
    );
    assert!(!report::render(&loaded, Lang::En).contains("id=\"no-region\""));
}

/// The page's own error lines are in the run's language: `--lang`, else
/// the config's `lang`, else `LANG`, as `check` says them; a refused
/// output is no exception.
#[test]
fn a_refused_output_is_said_in_the_configs_language() {
    let dir = common::scratch("report-refuse-lang");
    std::fs::write(dir.join("leerlijn.toml"), "lang = \"nl\"\n").unwrap();
    let plan = dir.join("plan.pathway");
    std::fs::copy(
        common::crate_dir().join("tests/fixtures/coverage/first_year.pathway"),
        &plan,
    )
    .unwrap();
    let run = |extra: &[&str]| {
        let mut cmd = common::command(&dir);
        cmd.env_remove("LANG")
            .args(["report", ".", "-o", "plan.pathway"])
            .args(extra);
        common::run_cmd(cmd)
    };
    let nl = run(&[]);
    assert_eq!(nl.code, 2);
    assert!(
        nl.stderr
            .starts_with("fout: `plan.pathway` wordt niet geschreven"),
        "{}",
        nl.stderr
    );
    assert_eq!(nl.stderr.lines().count(), 1);
    // `--lang` wins over the config.
    let en = run(&["--lang", "en"]);
    assert_eq!(en.code, 2);
    assert!(
        en.stderr
            .starts_with("error: refusing to write `plan.pathway`"),
        "{}",
        en.stderr
    );
    // Nothing was written over the plan.
    assert!(std::fs::read_to_string(&plan).unwrap().contains("region r"));
}

/// Control characters from string escapes never reach the page raw: in
/// the `<title>`, the heading, the nav and everywhere else each is a
/// space, as in the SVG, so the page and `graph --format svg` name the
/// region alike.
#[test]
fn control_characters_in_titles_are_spaces() {
    const PLAN: &str = "tests/fixtures/regions/controls.pathway";
    let project = common::load(&[common::crate_dir().join(PLAN)], true);
    let loaded = analyse(project, None);
    const SHOWN: &str = "Region  nul  [31mred ";
    for lang in [Lang::En, Lang::Nl] {
        let html = report::render(&loaded, lang);
        let raw: Vec<char> = html
            .chars()
            .filter(|&c| c.is_control() && c != '\n' && c != '\t')
            .collect();
        assert!(raw.is_empty(), "raw control characters {raw:?}");
        let between = |open: &str, close: &str| -> String {
            let i = html.find(open).unwrap_or_else(|| panic!("no {open}")) + open.len();
            html[i..i + html[i..].find(close).unwrap()].to_string()
        };
        let review = match lang {
            Lang::En => "Regional plan review",
            Lang::Nl => "Bespreking regionaal plan",
        };
        assert_eq!(between("<title>", "</title>"), format!("{review}: {SHOWN}"));
        assert_eq!(between("<h1>", "</h1>"), format!("{review}: {SHOWN}"));
        assert_eq!(between("<a href=\"#region-0\">", "</a>"), SHOWN);
        assert!(html.contains(&format!("<h2>{SHOWN} <span class=\"ref\">(r1)</span></h2>")));
        assert!(html.contains("School  one"), "{html}");
        // The SVG names the region the same way.
        let svg = leerlijn::commands::graph_cmd::render(
            &loaded,
            leerlijn::commands::graph_cmd::GraphFormat::Svg,
            lang,
        );
        assert!(!svg.chars().any(|c| c.is_control() && c != '\n'));
        let parts = report::parts(&loaded, lang);
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].title.replace(|c: char| c.is_control(), " "), SHOWN);
    }
}

/// Found by review: a bidirectional override in a title (`\u{202e}`) was
/// passed through to the page and the SVG, where it shows the text after
/// it reversed. It is a space there, like a control character.
#[test]
fn bidirectional_controls_in_titles_are_spaces() {
    let dir = common::scratch("report-bidi");
    let plan = "region r1 \"abc\\u{202e}fed\\u{2066}x\" { members = [s1] }\n\
                school s1 { programme p1 { track = kb, profile = PIE } }\n";
    std::fs::write(dir.join("plan.pathway"), plan).unwrap();
    let project = common::load(&[dir.join("plan.pathway")], true);
    let loaded = analyse(project, None);
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let html = report::render(&loaded, Lang::En);
    assert!(!html.chars().any(bidi));
    assert!(html.contains("abc fed x"), "the title, with spaces");
    let svg = leerlijn::commands::graph_cmd::render(
        &loaded,
        leerlijn::commands::graph_cmd::GraphFormat::Svg,
        Lang::En,
    );
    assert!(!svg.chars().any(bidi));
}

/// A picture's rows give leavers and places of the first plan year, as the
/// coverage table does: a programme or offer that does not run then shows
/// no number, but when it runs.
#[test]
fn picture_numbers_are_of_the_first_plan_year() {
    const PLAN: &str = "tests/fixtures/coverage/first_year.pathway";
    let rows = |years: Option<(u32, u32)>, lang: Lang| -> Vec<(String, String)> {
        let project = common::load(&[common::crate_dir().join(PLAN)], true);
        let parts = report::parts(&analyse(project, years), lang);
        assert_eq!(parts.len(), 1);
        parts[0].rows.clone()
    };
    let row = |rows: &[(String, String)], id: &str| -> String {
        rows.iter()
            .find(|(n, _)| n == id)
            .unwrap_or_else(|| panic!("no row {id}: {rows:?}"))
            .1
            .clone()
    };
    // 2025/26: delft (40 places) and p2 (15 leavers) start in 2028.
    let first = rows(Some((2025, 2029)), Lang::En);
    assert!(row(&first, "s1.p1").ends_with(" · 20 leavers"), "{first:?}");
    assert!(
        row(&first, "s1.p2").ends_with(" · from 2028/29"),
        "{first:?}"
    );
    assert!(
        row(&first, "i1.25737").ends_with(" · 60 places"),
        "{first:?}"
    );
    assert!(
        row(&first, "i1.delft").ends_with(" · from 2028/29"),
        "{first:?}"
    );
    assert!(!row(&first, "i1.delft").contains("40"), "{first:?}");
    // 2028/29: 25737 ended in 2026, delft and p2 run.
    let later = rows(Some((2028, 2029)), Lang::Nl);
    assert!(
        row(&later, "i1.25737").ends_with(" · tot en met 2026/27"),
        "{later:?}"
    );
    assert!(!row(&later, "i1.25737").contains("60"), "{later:?}");
    assert!(
        row(&later, "i1.delft").ends_with(" · 40 plaatsen"),
        "{later:?}"
    );
    assert!(
        row(&later, "s1.p2").ends_with(" · 15 leerlingen"),
        "{later:?}"
    );
    // `graph --format svg` is the same drawing.
    let project = common::load(&[common::crate_dir().join(PLAN)], true);
    let svg = leerlijn::commands::graph_cmd::render(
        &analyse(project, Some((2025, 2029))),
        leerlijn::commands::graph_cmd::GraphFormat::Svg,
        Lang::En,
    );
    // What the rows print (the tooltips give the capacity a year, and
    // say from when).
    let printed: String = joined(&svg)
        .split("<tspan ")
        .skip(1)
        .map(|t| &t[t.find('>').unwrap() + 1..t.find("</tspan>").unwrap()])
        .collect::<Vec<_>>()
        .join("\n");
    assert!(printed.contains("(Rotterdam) · 60 places"), "{printed}");
    assert!(printed.contains("(Delft) · from 2028/29"), "{printed}");
    assert!(!printed.contains("40"), "{printed}");
    assert!(svg.contains("<title>i1.delft\n"), "{svg}");
    assert!(svg.contains("from 2028/29</title>"), "{svg}");
}
