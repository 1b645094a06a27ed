//! Hostile input: huge, deep or malformed files must give a few
//! diagnostics without panicking or overflowing the stack, through the
//! whole pipeline (load, parse, resolve, checks, both renderings), and
//! what is printed must stay small. No timing assertions: the file as a
//! whole runs in a few seconds in debug mode, which is the test.

use std::path::PathBuf;

use leerlijn::Lang;
use leerlijn::analysis::{Analysis, CheckOptions, analyze};
use leerlijn::emit::{human, json};
use leerlijn::graph::SectorBits;
use leerlijn::project::{Project, from_memory};
use leerlijn::syntax::parser::MAX_SYNTAX_ERRORS;

/// At most this many findings: the capped syntax errors, their "N more"
/// note, and a few from the rest of the pipeline.
const MAX_DIAGNOSTICS: usize = MAX_SYNTAX_ERRORS + 5;
/// Bytes of JSON per finding, at most (messages truncate names to 40
/// characters; positions are numbers).
const JSON_PER_DIAGNOSTIC: usize = 1_000;
/// Bytes of human output per finding whose source lines are short.
const HUMAN_PER_DIAGNOSTIC: usize = 3_000;

struct Outcome {
    project: Project,
    analysis: Analysis,
    json: String,
}

impl Outcome {
    fn codes(&self) -> Vec<&'static str> {
        self.analysis
            .diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .collect()
    }

    fn messages(&self) -> Vec<String> {
        self.analysis
            .diagnostics
            .iter()
            .map(|d| d.message.render(Lang::En))
            .collect()
    }

    fn human(&self) -> String {
        human::render(&self.analysis, &self.project.sources, Lang::En, false, 80)
    }

    /// Line and column of the first finding, from the JSON output.
    fn first_position(&self) -> (u64, u64) {
        let v: serde_json::Value = serde_json::from_str(&self.json).unwrap();
        let d = &v["diagnostics"][0];
        (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap())
    }
}

fn run_project(project: Project) -> Outcome {
    let analysis = analyze(&project, &CheckOptions::default());
    let json = json::render(&analysis, &project.sources, Lang::En);
    let out = Outcome {
        project,
        analysis,
        json,
    };
    let n = out.analysis.diagnostics.len();
    assert!(n >= 1, "hostile input gave no finding");
    assert!(
        n <= MAX_DIAGNOSTICS,
        "{n} findings: {:?}",
        &out.codes()[..10]
    );
    assert!(
        out.json.len() <= 1_000 + n * JSON_PER_DIAGNOSTIC,
        "JSON output is {} bytes for {n} findings",
        out.json.len()
    );
    for m in out.messages() {
        assert!(m.chars().count() <= 300, "message too long: {m:.300}");
    }
    out
}

/// One file checked with the default options (no output rendered).
fn checked(text: &str) -> (Project, Analysis) {
    let project = from_memory(&[("hostile.pathway", text)], true);
    let analysis = analyze(&project, &CheckOptions::default());
    (project, analysis)
}

fn codes(analysis: &Analysis) -> Vec<&'static str> {
    analysis
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect()
}

/// The one finding with `code`.
fn only<'a>(analysis: &'a Analysis, code: &str) -> &'a leerlijn::diagnostics::Diagnostic {
    let found: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.as_str() == code)
        .collect();
    assert_eq!(found.len(), 1, "{:?}", codes(analysis));
    found[0]
}

fn run(text: &str) -> Outcome {
    run_project(from_memory(&[("hostile.pathway", text)], true))
}

/// Runs a file whose lines are short: the human rendering must be small
/// too (miette shows the lines around each finding).
fn run_short_lines(text: &str) -> Outcome {
    let out = run(text);
    let n = out.analysis.diagnostics.len();
    let human = out.human();
    assert!(
        human.len() <= 1_000 + n * HUMAN_PER_DIAGNOSTIC,
        "human output is {} bytes for {n} findings",
        human.len()
    );
    out
}

const N: usize = 200_000;

#[test]
fn deep_brackets_in_a_field_value() {
    let out = run_short_lines(&format!("track bb {{ admits =\n{}}}\n", "[\n".repeat(N)));
    assert_eq!(out.codes(), ["E001"]);
    assert_eq!(out.first_position(), (3, 1));
    // All on one line: the parse is just as cheap.
    let out = run(&format!("track bb {{ admits = {} }}", "[".repeat(N)));
    assert_eq!(out.codes(), ["E001"]);
}

#[test]
fn deep_braces_in_a_field_value_and_a_block() {
    let out = run_short_lines(&format!("school s {{ brin =\n{}", "{\n".repeat(N)));
    assert_eq!(out.codes(), ["E001"]);
    let out = run_short_lines(&format!("school s {{\n{}", "{\n".repeat(N)));
    assert_eq!(out.codes(), ["E001"]);
    // Alternating, inside a programme, then the rest of the file.
    let text = format!(
        "school s {{\n  programme p {{ track = kb\n{}\n}}\nsubject x-y\n",
        "[{\n".repeat(N / 2)
    );
    let out = run_short_lines(&text);
    assert_eq!(out.codes(), ["E001"]);
    let out = run(&format!("school s {{ {} }}", "{".repeat(N)));
    assert_eq!(out.codes(), ["E001"]);
}

#[test]
fn five_megabyte_string() {
    let big = "a".repeat(5_000_000);
    // Terminated: a valid title; the finding is the syntax error after it.
    let out = run(&format!("subject huge \"{big}\"\n}}\n"));
    assert_eq!(out.codes(), ["E001"]);
    assert_eq!(out.first_position(), (2, 1));
    // Unterminated: one E002 spanning 5 MB; its message is short.
    let out = run(&format!("subject huge \"{big}\nsubject after\n"));
    assert_eq!(out.codes(), ["E002"]);
    assert_eq!(out.messages(), ["unterminated string"]);
    // Full of bad escapes: counted, not all kept.
    let out = run(&format!("subject huge \"{}\"\n", "\\q".repeat(2_500_000)));
    assert_eq!(out.codes().len(), MAX_SYNTAX_ERRORS + 1);
    assert!(out.messages()[MAX_SYNTAX_ERRORS].starts_with("2499900 more"));
}

#[test]
fn two_million_character_identifier() {
    let id = format!("x{}", "a".repeat(2_000_000));
    // Where an item should start: the message shows 40 characters of it.
    let out = run(&format!("{id} {{}}\n"));
    assert_eq!(out.codes(), ["E001"]);
    let m = &out.messages()[0];
    assert!(m.contains(&format!("`x{}…`", "a".repeat(39))), "{m}");
    // As a reference: the resolver truncates it too.
    let out = run(&format!("region r {{ members = [{id}] }}\n"));
    assert_eq!(out.codes(), ["E101"]);
    // As a field name without `=`.
    let out = run(&format!("school s {{ {id} }}\n"));
    assert_eq!(out.codes(), ["E001"]);
    // As a stray run of non-ASCII letters: one E002, 40 characters shown.
    let out = run(&format!("subject ne2 {}\n", "é".repeat(2_000_000)));
    assert_eq!(out.codes(), ["E002"]);
}

#[test]
fn nul_bytes() {
    // A line of 1,011 characters is not short: it is shown (it is within
    // the human emitter's limit), each NUL as a visible `?` (never raw on
    // a terminal) with the underline beneath, so up to 4 bytes a character.
    let text = format!("subject s0 {}\n", "\0".repeat(1_000));
    let out = run(&text);
    assert_eq!(out.codes(), ["E002"]);
    assert_eq!(out.first_position(), (1, 12));
    let human = out.human();
    assert!(!human.contains('\0'), "no raw NUL reaches the terminal");
    assert!(human.contains(&"?".repeat(1_000)), "{human}");
    assert!(
        human.len() <= 1_000 + 4 * text.len(),
        "human output is {} bytes",
        human.len()
    );
    // NULs between every token: each run is one E002, and they do not
    // cascade into E001s.
    let out = run_short_lines("school\0s\0{\0programme\0p\0{\0track\0=\0kb\0}\0}\0\n");
    assert!(
        out.codes().iter().all(|c| *c == "E002"),
        "{:?}",
        out.codes()
    );
    // A quarter of a million of them, one per line.
    let out = run_short_lines(&"\0a\n".repeat(250_000));
    assert_eq!(out.codes().len(), MAX_SYNTAX_ERRORS + 1);
}

#[test]
fn thirty_digit_integers() {
    let big = "123456789012345678901234567890";
    let out = run_short_lines(&format!(
        "qualification {big} {{ level = 4, sector = techniek }}\n\
         school s {{ programme p {{ track = kb, pupils = {big} }} }}\n\
         pathway s.p -> i.{big}\n"
    ));
    assert!(out.codes().contains(&"E104"), "{:?}", out.codes());
    for m in out.messages() {
        assert!(!m.contains(big) || m.len() < 200, "{m}");
    }
}

#[test]
fn invalid_utf8_mid_file() {
    let dir = std::env::temp_dir().join(format!("leerlijn-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join("latin1.pathway");
    let mut bytes = b"subject ne2 \"Nederlands\"\nsubject fr2 \"Fran".to_vec();
    bytes.push(0xe7); // Latin-1 c-cedilla
    bytes.extend_from_slice(b"ais\"\n");
    bytes.extend(std::iter::repeat_n(0xffu8, 1_000_000));
    std::fs::write(&path, &bytes).unwrap();
    let project = leerlijn::project::load(std::slice::from_ref(&path), true);
    let out = run_project(project);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(out.codes(), ["E003"]);
    assert_eq!(out.first_position(), (2, 18));
    let human = out.human();
    assert!(human.len() < 2_000, "{human}");
}

#[test]
fn two_hundred_thousand_lines_of_closing_braces() {
    let out = run_short_lines(&"}\n".repeat(N));
    assert_eq!(out.codes(), ["E001"]);
    assert_eq!(out.first_position(), (1, 1));
}

#[test]
fn a_hundred_thousand_items() {
    // Valid items, then one error (which keeps the graph checks off, so
    // the count of findings does not depend on them).
    let mut text: String = (0..100_000).map(|i| format!("subject s{i}\n")).collect();
    text.push_str("}\n");
    let out = run_short_lines(&text);
    assert_eq!(out.codes(), ["E001"]);
    assert_eq!(out.first_position(), (100_001, 1));
    // Every one broken: 100 shown, the rest counted.
    let text: String = (0..100_000).map(|i| format!("subject s{i} x\n")).collect();
    let out = run_short_lines(&text);
    assert_eq!(out.codes().len(), MAX_SYNTAX_ERRORS + 1);
    assert_eq!(
        out.messages()[MAX_SYNTAX_ERRORS],
        "99900 more syntax errors in this file are not shown"
    );
    // Many schools with programmes and pathways between them: resolves.
    let mut text = String::from("institution i {\n  offer 25263\n}\n");
    for i in 0..5_000 {
        text.push_str(&format!(
            "school s{i} {{ programme p {{ track = kb, profile = PIE }} }}\n\
             pathway s{i}.p -> i.25263\n"
        ));
    }
    text.push_str("}\n");
    let out = run_short_lines(&text);
    assert_eq!(out.codes(), ["E001"]);
}

/// The human report shows every finding's source lines in full, so one
/// finding on a line of megabytes prints megabytes (the 5 MB unterminated
/// string renders as 25 MB). Needs src/emit/human.rs to clip long lines or
/// drop the snippet for them; see the syntax branch's report.
#[test]
fn human_output_is_bounded_on_long_lines() {
    let cases = [
        format!("track bb {{ admits = {} }}", "[".repeat(N)),
        format!("subject huge \"{}\n", "a".repeat(5_000_000)),
        format!("x{} {{}}\n", "a".repeat(2_000_000)),
        "\0a\0".repeat(100_000),
    ];
    for text in cases {
        let out = run(&text);
        let n = out.analysis.diagnostics.len();
        let human = out.human();
        assert!(
            human.len() <= 1_000 + n * HUMAN_PER_DIAGNOSTIC,
            "human output is {} bytes for {n} findings",
            human.len()
        );
    }
}

/// `n` offers of one institution and pathways from each to the next, the
/// last back to the first.
fn offer_cycle(n: usize) -> String {
    let mut text = String::from("institution roc {\n");
    for i in 0..n {
        text.push_str(&format!("  offer 25263 as a{i}\n"));
    }
    text.push_str("}\n");
    for i in 0..n {
        text.push_str(&format!("pathway roc.a{i} -> roc.a{}\n", (i + 1) % n));
    }
    text
}

/// Pathways that chain 50,000 offers one after another and back to the
/// first: petgraph's recursive Tarjan overflowed the stack on it (from
/// about 100,000 in the release build; a test thread's stack is smaller).
#[test]
fn a_cycle_of_fifty_thousand_offers() {
    let n = 50_000;
    let text = offer_cycle(n);
    let (_, analysis) = checked(&text);
    let mut codes = std::collections::BTreeMap::new();
    for d in &analysis.diagnostics {
        *codes.entry(d.code.as_str()).or_insert(0) += 1;
    }
    // One cycle through all of them; every step stays at level 4 (C203).
    assert_eq!(codes.get("C210"), Some(&1));
    assert_eq!(codes.get("C203"), Some(&n));
}

/// 50,000 sectors that include each other in one cycle: found without
/// recursion, and their closures shared instead of 50,000 copies of a
/// list of 50,000.
#[test]
fn a_cycle_of_fifty_thousand_sectors() {
    let n = 50_000;
    let text: String = (0..n)
        .map(|i| format!("sector s{i} {{ includes = [s{}] }}\n", (i + 1) % n))
        .collect();
    let (project, analysis) = checked(&text);
    assert_eq!(codes(&analysis), ["E104"]);
    let span = analysis.diagnostics[0].span;
    assert_eq!(project.sources.slice(span), "s1");
    // The path round the cycle (back to its first sector) is named for 20
    // sectors, the rest counted.
    let message = analysis.diagnostics[0].message.render(Lang::En);
    assert_eq!(message.matches(" → ").count(), 20, "{message}");
    assert!(message.ends_with(" → 49981 more"), "{message}");
}

/// A chain of 50,000 sectors, each including the next and the last a
/// sector of the catalogue: a programme whose practical component is the
/// first reaches that sector through all of them. Every sector's closure
/// worked out up front was quadratic in the chain (50,000 lists averaging
/// 25,000 sectors); only the one a check asks about is made now.
#[test]
fn a_chain_of_fifty_thousand_sectors() {
    let n = 50_000;
    let mut text: String = (0..n - 1)
        .map(|i| format!("sector x{i} {{ includes = [x{}] }}\n", i + 1))
        .collect();
    text.push_str(&format!(
        "sector x{} {{ includes = [bouw-infra] }}\n",
        n - 1
    ));
    text.push_str(
        "school olympia {\n  programme tech-gt { track = gt, profile = PIE, practical = x0 }\n}\n\
         institution zadkine {\n  offer 25870\n}\n\
         pathway olympia.tech-gt -> zadkine.25870\n",
    );
    let (_, analysis) = checked(&text);
    // 25870 is in bouw-infra, the end of x0's chain: no C209.
    assert!(
        !codes(&analysis).contains(&"C209"),
        "{:?}",
        codes(&analysis)
    );
    let gap = text.replace("includes = [bouw-infra]", "includes = [zorg-welzijn]");
    let (project, analysis) = checked(&gap);
    let c209 = only(&analysis, "C209");
    assert_eq!(project.sources.slice(c209.span), "tech-gt");
}

/// 20,000 sectors that no offer is in, beside the catalogue's: only the
/// sectors some offer is in get a bit (one word of them here), not every
/// declared sector. A programme whose practical component is one of them
/// is still reported, with what its routes do reach.
#[test]
fn sectors_no_offer_is_in_take_no_room_per_node() {
    let n = 20_000;
    let mut text: String = (0..n).map(|i| format!("sector y{i}\n")).collect();
    text.push_str(
        "school olympia {\n  programme tech-gt { track = gt, profile = PIE, practical = y7 }\n}\n\
         institution zadkine {\n  offer 25870\n}\n\
         pathway olympia.tech-gt -> zadkine.25870\n",
    );
    let (_, analysis) = checked(&text);
    assert_eq!(SectorBits::of(&analysis.model).words(), 1);
    let c209 = only(&analysis, "C209").message.render(Lang::En);
    assert!(
        c209.contains("`y7`") && c209.contains("`bouw-infra`"),
        "{c209}"
    );
}

/// A cycle of 2,000 offers: the finding keeps every step (its labels, for
/// JSON, SARIF and the editor) and every offer (its keys, for baselines),
/// but its message names 20 offers and counts the rest, and the human
/// output shows 30 of its places and counts the rest: miette compares
/// every label with every line it shows, so a cycle of 20,000 took 2.5 s
/// to print, and its message was 2,500 lines long.
#[test]
fn a_long_cycle_is_named_in_a_few_places() {
    let n = 2_000;
    let text = offer_cycle(n);
    let (project, analysis) = checked(&text);
    let cycle = only(&analysis, "C210");
    assert_eq!(cycle.labels.len(), n - 1);
    assert_eq!(cycle.keys.len(), n);
    let message = cycle.message.render(Lang::En);
    assert_eq!(message.matches("`roc.a").count(), 20, "{message}");
    assert!(message.ends_with(" and 1980 more"), "{message}");
    let shown = human::render(&analysis, &project.sources, Lang::En, false, 80);
    let c210 = &shown[shown.find("C210").unwrap()..];
    let c210 = &c210[..c210.find("\n\n\n").unwrap_or(c210.len())];
    assert_eq!(
        c210.matches("this step is part of the cycle").count(),
        30,
        "{c210}"
    );
    // The help is wrapped at 80 columns.
    let words: Vec<&str> = c210.split_whitespace().collect();
    assert!(
        words.join(" ").contains(
            "help: a route between mbo offers goes up a level at every step, so it cannot come back; remove the step that leads back 1969 more places of this finding not shown (`--format json` lists every one)"
        ),
        "{c210}"
    );
}

/// Two labels of one finding thousands of lines apart (a pathway written
/// again far below the first): each is shown with its own lines, not with
/// every line between them. miette joins two labels' snippets when the
/// first's count of lines reaches the second; its own `SourceCode` counts
/// from the start of the file, so a finding at line 10,000 whose earlier
/// label was at line 6,000 printed the 4,000 lines between.
#[test]
fn far_apart_labels_show_their_own_lines() {
    let filler = |n: usize| "# filler\n".repeat(n);
    let text = format!(
        "school olympia \"Olympia College\" {{\n  programme pie-kb {{ track = kb, profile = PIE }}\n}}\n\
         institution zadkine \"Zadkine\" {{\n  offer 27007\n}}\n{}\
         pathway olympia.pie-kb -> zadkine.27007\n{}\
         pathway olympia.pie-kb -> zadkine.27007\n",
        filler(6_000),
        filler(4_000),
    );
    let out = run_short_lines(&text);
    let d303 = only(&out.analysis, "D303");
    assert_eq!(d303.labels.len(), 1, "{:?}", d303.labels);
    let human = out.human();
    let shown = &human[human.find("D303").unwrap()..];
    let shown = &shown[..shown.find("help:").unwrap()];
    // Two snippets, headed by their own positions: the lines around each.
    assert_eq!(shown.matches("╭─[").count(), 2, "{shown}");
    assert!(shown.contains("hostile.pathway:6007:27]"), "{shown}");
    assert!(shown.contains("hostile.pathway:10008:9]"), "{shown}");
    assert_eq!(shown.matches("# filler").count(), 3, "{shown}");
}

/// `n` sectors `z0`… with a qualification (crebo 70000 + i) each, offered
/// by one institution, and a programme wanting `z{wanted}` whose pathway
/// leads through the offers `first..n` in a chain.
fn offered_sectors(n: usize, wanted: usize, first: usize) -> String {
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!(
            "sector z{i}\nqualification {} {{ level = 2, sector = z{i} }}\n",
            70_000 + i
        ));
    }
    text.push_str(&format!(
        "school olympia {{\n  programme tech-gt {{ track = gt, practical = z{wanted} }}\n}}\n\
         institution zadkine {{\n"
    ));
    for i in 0..n {
        text.push_str(&format!("  offer {}\n", 70_000 + i));
    }
    text.push_str("}\n");
    text.push_str(&format!(
        "pathway olympia.tech-gt -> zadkine.{}\n",
        70_000 + first
    ));
    for i in first..n - 1 {
        text.push_str(&format!(
            "pathway zadkine.{} -> zadkine.{}\n",
            70_000 + i,
            70_000 + i + 1
        ));
    }
    text
}

/// Sectors beyond the first 64 some offer is in: a route reaching the
/// wanted one in a later word of 64 is found, and a route missing it is
/// reported with what it reaches in sector order, the first 20 named.
#[test]
fn sectors_past_the_first_sixty_four() {
    let (_, analysis) = checked(&offered_sectors(150, 130, 100));
    assert_eq!(SectorBits::of(&analysis.model).words(), 3);
    assert!(
        !codes(&analysis).contains(&"C209"),
        "{:?}",
        codes(&analysis)
    );
    let (_, analysis) = checked(&offered_sectors(150, 10, 60));
    let c209 = only(&analysis, "C209").message.render(Lang::En);
    let named: String = (60..80).map(|i| format!("`z{i}`, ")).collect();
    assert!(c209.contains(named.trim_end_matches(", ")), "{c209}");
    assert!(c209.ends_with(" and 70 more"), "{c209}");
}

/// 20,000 offered sectors and a chain of 20,000 offers through them: the
/// sectors a route reaches are worked out 64 at a time, one word per node
/// (a table of every node's sectors took 112 MB for a 2 MB plan of this
/// shape, and 287 MB at twice the size), and the finding names 20 of them.
#[test]
fn twenty_thousand_offered_sectors() {
    let (_, analysis) = checked(&offered_sectors(20_000, 0, 1));
    assert_eq!(SectorBits::of(&analysis.model).words(), 313);
    let c209 = only(&analysis, "C209").message.render(Lang::En);
    assert!(c209.ends_with(" and 19979 more"), "{c209}");
    assert!(c209.chars().count() < 400, "{c209}");
}
