//! Graph-check behaviour the one-file fixtures cannot show: source order
//! across files, the plan's years from the options, and that the checks
//! stay linear on a large plan.

use leerlijn::analysis::{Analysis, CheckOptions, analyze};
use leerlijn::project::from_memory;

/// (code, file, line) of every finding, in report order.
fn findings(files: &[(&str, &str)], opts: &CheckOptions) -> Vec<(String, String, u32)> {
    let project = from_memory(files, true);
    let analysis: Analysis = analyze(&project, opts);
    analysis
        .diagnostics
        .iter()
        .map(|d| {
            let (start, _) = project.sources.span_lines(d.span);
            let file = project.sources.get(d.span.file).path.clone();
            (d.code.as_str().to_string(), file, start.line)
        })
        .collect()
}

const PLAN: &str = r#"
school olympia { programme pie-kb { track = kb, profile = PIE } }
institution zadkine {
  offer 27007
  offer 27011
  offer 25276
}
"#;

/// C210 names the set at its first edge in source order: files sorted by
/// path first, so the edge in `a.pathway` wins although `b.pathway` is
/// given first.
#[test]
fn cycle_is_reported_at_its_first_edge_across_files() {
    let b = "pathway olympia.pie-kb -> zadkine.27007 -> zadkine.27011\n";
    let a = "\n\npathway zadkine.27011 -> zadkine.25276 -> zadkine.27007\n";
    let got = findings(
        &[("plan.pathway", PLAN), ("b.pathway", b), ("a.pathway", a)],
        &CheckOptions::default(),
    );
    let cycles: Vec<_> = got.iter().filter(|f| f.0 == "C210").collect();
    assert_eq!(cycles.len(), 1, "{got:?}");
    assert_eq!(cycles[0].1, "a.pathway");
    assert_eq!(cycles[0].2, 3);
}

/// D302 points at the first overlapping offer in source order across files.
#[test]
fn overlap_is_reported_at_the_first_offer_across_files() {
    let school = "region r { members = [olympia, zadkine, albeda] }\n\
                  school olympia { programme pie-kb { track = kb, profile = PIE } }\n\
                  pathway olympia.pie-kb -> zadkine.25276\n\
                  pathway olympia.pie-kb -> albeda.25276\n";
    let z = "institution zadkine { offer 25276 }\n";
    let a = "institution albeda { offer 25276 }\n";
    let got = findings(
        &[("z.pathway", z), ("a.pathway", a), ("s.pathway", school)],
        &CheckOptions::default(),
    );
    let overlaps: Vec<_> = got.iter().filter(|f| f.0 == "D302").collect();
    assert_eq!(overlaps.len(), 1, "{got:?}");
    assert_eq!(overlaps[0].1, "a.pathway");
}

/// `--years` sets the plan: an offer that stops inside the given years
/// breaks its pathway (C204), one that stops after them does not.
#[test]
fn plan_years_come_from_the_options() {
    let plan = "school olympia { programme pie-kb { track = kb, profile = PIE } }\n\
                institution zadkine { offer 25276 { until = 2027 } }\n\
                pathway olympia.pie-kb -> zadkine.25276\n";
    let with = |years| {
        findings(
            &[("plan.pathway", plan)],
            &CheckOptions {
                years: Some(years),
                ..CheckOptions::default()
            },
        )
        .into_iter()
        .map(|f| f.0)
        .collect::<Vec<_>>()
    };
    assert_eq!(with((2024, 2030)), vec!["C204"]);
    assert!(with((2024, 2027)).is_empty());
}

/// Many institutions of one region offering the same crebos over ten
/// years, with suppressions on nearly every item (one D302 per crebo, one
/// D304 for dossier 23111). Comparing offers pairwise (D302, D304) or
/// findings with comments (suppressions) would take minutes here, so a
/// quadratic regression cannot pass unnoticed; how long the checks take is
/// measured by `cargo bench --bench check`, not here.
#[test]
fn checks_stay_linear_on_a_large_plan() {
    let n = 4000;
    let members: Vec<String> = (0..n).map(|i| format!("i{i}")).collect();
    let mut text = format!(
        "region r {{ members = [olympia, {}], demand = [techniek, zorg-welzijn] }}\n\
         school olympia {{ programme p {{ track = kb, profile = PIE, from = 2020, until = 2029 }} }}\n",
        members.join(", ")
    );
    for i in 0..n {
        // The offers that start after 2020 break the pathway (C204).
        let late = if i % 10 == 0 {
            ""
        } else {
            "  # leerlijn: allow(C204) phased start"
        };
        text.push_str(&format!(
            "institution i{i} {{ offer 25276 {{ capacity = 10, from = {} }} offer 25263 offer 25262 }}  # leerlijn: allow(C211) adults\n\
             pathway olympia.p -> i{i}.25276{late}\n",
            2020 + i % 10
        ));
    }
    let project = from_memory(&[("big.pathway", &text)], true);
    let analysis = analyze(&project, &CheckOptions::default());
    let count = |code: &str| {
        analysis
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == code)
            .count()
    };
    assert_eq!(count("D302"), 3);
    assert_eq!(count("D304"), 1);
    assert_eq!(count("W001"), 0);
    assert_eq!(count("C204") + count("C211"), 0);
    assert_eq!(analysis.suppressed, n * 2 + (n - n / 10));
}

/// K601's cheap path (`shortfalls`: a flow only where a greedy flow over
/// the steps as bit masks falls short) agrees with a maximum flow in every
/// region and year, and with the path of a plan of more than 64 steps
/// (every flow exact); K602's intakes, added up from the graph's lists and
/// cut off at the minimum, agree below it with those added up from the
/// lists of first edges; on random plans with shared offers, ending
/// programmes and missing numbers.
#[test]
fn the_cheap_capacity_path_agrees_with_the_flow_in_every_year() {
    use leerlijn::checks::Context;
    use leerlijn::checks::pupil_flow::{
        FirstEdges, Intake, Scratch, Unbroken, flows_by_step, shortfalls,
    };
    use leerlijn::codes::Levels;
    use leerlijn::model::RegionId;
    use std::fmt::Write as _;

    const CREBOS: [u32; 6] = [25332, 25263, 25656, 25655, 25737, 25761];
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n
    };
    let (mut short_years, mut flows, mut small_years) = (0, 0, 0);
    for _ in 0..60 {
        let mut text = String::from(
            "region a { members = [s0, s1, z] }\nregion b { members = [s1, s2, z, y] }\n",
        );
        for s in 0..3 {
            let _ = writeln!(text, "school s{s} {{");
            for p in 0..1 + next(3) {
                let pupils = match next(4) {
                    0 => String::new(),
                    1 => format!(", pupils = {}", next(40)),
                    _ => format!(", pupils = [2025: {}, 2027: {}]", 5 + next(40), next(30)),
                };
                let until = if next(4) == 0 { ", until = 2026" } else { "" };
                let _ = writeln!(
                    text,
                    "  programme p{p} {{ track = kb, profile = PIE{pupils}{until} }}"
                );
            }
            text.push_str("}\n");
        }
        for inst in ["z", "y"] {
            let _ = writeln!(text, "institution {inst} {{");
            for c in CREBOS {
                let cap = match next(3) {
                    0 => String::new(),
                    1 => format!(", capacity = {}", next(50)),
                    _ => format!(", capacity = [2025: {}, 2028: {}]", next(50), next(50)),
                };
                let _ = writeln!(text, "  offer {c} {{ location = \"X\"{cap} }}");
            }
            text.push_str("}\n");
        }
        for s in 0..3 {
            for p in 0..3 {
                for _ in 0..next(4) {
                    let inst = ["z", "y"][next(2) as usize];
                    let c = CREBOS[next(6) as usize];
                    let from = if next(5) == 0 { " { from = 2027 }" } else { "" };
                    let _ = writeln!(text, "pathway s{s}.p{p} -> {inst}.{c}{from}");
                }
            }
        }
        let opts = leerlijn::analysis::CheckOptions {
            years: Some((2025, 2029)),
            ..Default::default()
        };
        let project = from_memory(&[("plan.pathway", text.as_str())], true);
        let analysis = analyze(&project, &opts);
        let Some((_, graph)) = &analysis.graph else {
            panic!("no graph for\n{text}")
        };
        let ctx = Context {
            sources: &project.sources,
            model: &analysis.model,
            graph,
        };
        let edges = FirstEdges::new(&ctx, &analysis.diagnostics, &Levels::default());
        let unbroken = Unbroken::new(&ctx, &analysis.diagnostics, &Levels::default());
        let intake = Intake::new(&ctx, &unbroken, 12);
        // The way a plan of more than 64 steps takes: every flow exact,
        // the intakes added up from the lists, none cut off at the minimum.
        let plain = Intake::without_masks(&ctx, &unbroken, 12);
        assert_eq!(
            intake.below(12).collect::<Vec<_>>(),
            plain.below(12).collect::<Vec<_>>()
        );
        for o in 0..analysis.model.offers.len() {
            let o = leerlijn::model::OfferId(o as u32);
            let small = |i: &Intake| -> Vec<Option<u64>> {
                i.judged(o).map(|j| j.filter(|&n| n < 12)).collect()
            };
            assert_eq!(small(&intake), small(&plain), "{text}");
            small_years += small(&plain).iter().flatten().count();
        }
        let mut scratch = Scratch::new(&ctx);
        let mut full_scratch = Scratch::new(&ctx);
        for r in 0..analysis.model.regions.len() {
            let programmes = ctx.region_programme_ids(RegionId(r as u32));
            let cheap = shortfalls(&ctx, &unbroken, &intake, &programmes, &mut scratch);
            let exact: Vec<_> = shortfalls(&ctx, &unbroken, &plain, &programmes, &mut scratch)
                .into_iter()
                .map(|f| f.filter(|f| f.shortfall() > 0))
                .collect();
            assert_eq!(cheap, exact, "{text}");
            let full = flows_by_step(&ctx, &edges, &programmes, None, &mut full_scratch);
            assert_eq!(cheap.len(), full.len());
            for (c, f) in cheap.iter().zip(&full) {
                match c {
                    None => assert_eq!(f.shortfall(), 0, "{text}"),
                    Some(c) => {
                        assert_eq!(c, f, "{text}");
                        flows += 1;
                    }
                }
                short_years += usize::from(f.shortfall() > 0);
            }
        }
    }
    // The random plans reach both kinds of year.
    assert!(short_years > 20 && flows > 20, "{short_years} {flows}");
    assert!(small_years > 20, "{small_years}");
}

/// A finding names the graph edge it breaks by index (`subject`), and
/// `report` and `graph` may build the graph again for other plan years:
/// the edges must be the same list whatever the years.
#[test]
fn a_graph_lists_the_same_edges_whatever_the_years() {
    use leerlijn::diagnostics::Subject;
    let text = r#"
school olympia {
  programme pie-kb { track = kb, profile = PIE, until = 2026 }
  programme bwi-bb { track = bb, profile = BWI }
}
institution zadkine {
  offer 25263 { until = 2027 }
  offer 25264 { from = 2028 }
}
pathway olympia.pie-kb -> zadkine.25263 -> zadkine.25264
pathway olympia.bwi-bb -> zadkine.25264 { from = 2029 }
pathway olympia.bwi-bb -> zadkine.25263
"#;
    let project = from_memory(&[("plan.pathway", text)], true);
    let analysis = analyze(&project, &CheckOptions::default());
    let hops = |years: Option<(u32, u32)>| -> Vec<(u32, u32, u32)> {
        leerlijn::graph::build(&analysis.model, years)
            .edges
            .iter()
            .map(|e| (e.pathway.0, e.hop, e.target(&analysis.model).start))
            .collect()
    };
    let all = hops(None);
    assert_eq!(all.len(), 4);
    for years in [Some((2025, 2026)), Some((2028, 2030)), Some((2025, 2035))] {
        assert_eq!(hops(years), all, "{years:?}");
    }
    // The C201 finding (bb leads straight to level 4) names its edge.
    let (_, graph) = analysis.graph.as_ref().expect("a graph");
    let c201: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == "C201")
        .collect();
    assert!(!c201.is_empty());
    for d in c201 {
        let Subject::Edge(e) = d.subject else {
            panic!("C201 without its edge: {d:?}")
        };
        assert_eq!(graph.edges[e as usize].target(&analysis.model), d.span);
    }
}

/// A plan of more than 64 years takes the exact path in every year (the
/// cheap path's bit masks hold 64 steps): K601 still finds the shortfall
/// and merges the years into one finding, as over a few years.
#[test]
fn k601_over_more_than_64_plan_years() {
    let text = "region r { members = [s, z] }\n\
                school s { programme p { track = kb, profile = PIE, pupils = [2025: 30] } }\n\
                institution z { offer 25332 { location = \"X\", capacity = 10 } }\n\
                pathway s.p -> z.25332\n";
    let project = from_memory(&[("plan.pathway", text)], true);
    for (years, span) in [((2025, 2030), "2025–2030"), ((1990, 2100), "1990–2100")] {
        let opts = CheckOptions {
            years: Some(years),
            ..Default::default()
        };
        let analysis = analyze(&project, &opts);
        let k601: Vec<String> = analysis
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str() == "K601")
            .map(|d| d.message.render(leerlijn::Lang::En))
            .collect();
        assert_eq!(k601.len(), 1, "{k601:?}");
        assert!(
            k601[0].contains(&format!(
                "in {span}: at worst, in {}, 20 of 30 leavers",
                years.0
            )),
            "{}",
            k601[0]
        );
    }
}
