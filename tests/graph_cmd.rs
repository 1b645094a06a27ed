//! `leerlijn graph`: snapshots of each format for one fixture, and checks
//! that the output is what Graphviz, Mermaid and JSON readers accept.

mod common;

use std::process::Command;

use leerlijn::Lang;
use leerlijn::commands::graph_cmd::{GraphFormat, render};

fn rendered(format: GraphFormat) -> String {
    let dir = common::crate_dir().join("tests/fixtures/graph");
    let project = common::load(&[dir], true);
    let loaded = leerlijn::commands::analyse(project, None);
    render(&loaded, format, Lang::En)
}

fn snapshot(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

#[test]
fn dot_snapshot() {
    let dot = rendered(GraphFormat::Dot);
    snapshot("graph_dot", &dot);
    assert!(dot.starts_with("// leerlijn"));
    assert!(dot.contains("digraph leerlijn {"));
    // The bb -> level 4 edge is broken (C201), and so is the bbl edge into
    // a bol-only offer (C205); the chain is sound.
    assert!(dot.contains(r##""west.zw-bb" -> "roc.25655" [color="#c62828""##));
    assert!(dot.contains(r#"label="C201"]"#));
    assert!(dot.contains(r#"label="C205"]"#));
    assert!(dot.contains("\"roc.25960\" -> \"roc.25656\";\n"));
    // Quotes in names are escaped.
    assert!(dot.contains(r#"School \"West\" & <Co> #1"#));
}

/// Graphviz accepts the output. It needs `dot` (`apt-get install
/// graphviz`), so it runs with `cargo test --all-targets -- --ignored`, as
/// `.ci/run` does after installing it; without `dot` it fails.
#[test]
#[ignore = "needs Graphviz (`dot`); run with -- --ignored"]
fn dot_is_accepted_by_graphviz() {
    let dot = rendered(GraphFormat::Dot);
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let mut child = child.expect("Graphviz's `dot` runs (apt-get install graphviz)");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot rejected the output: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
}

#[test]
fn mermaid_snapshot() {
    let mm = rendered(GraphFormat::Mermaid);
    snapshot("graph_mermaid", &mm);
    assert!(mm.lines().nth(1) == Some("flowchart LR"));
    // No user text can end a label: quotes, brackets and pipes are entity
    // codes inside the quoted labels.
    for line in mm.lines().filter(|l| l.contains("[\"")) {
        let inner = &line[line.find("[\"").unwrap() + 2..line.rfind("\"]").unwrap()];
        assert!(!inner.contains('"') && !inner.contains('|'), "{line}");
    }
    assert!(mm.contains("School #34;West#34; #38; #60;Co#62; #35;1"));
    assert!(mm.contains("-.->|\"C201\"|"));
    assert!(mm.contains("linkStyle "));
}

#[test]
fn json_snapshot() {
    let text = rendered(GraphFormat::Json);
    snapshot("graph_json", &text);
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["version"], 1);
    let nodes = v["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 5);
    let offer = nodes.iter().find(|n| n["id"] == "roc.25655").unwrap();
    assert_eq!(offer["level"], 4);
    assert_eq!(offer["sector"], "zorg-welzijn");
    assert_eq!(offer["name"], "Mbo-Verpleegkundige");
    assert_eq!(offer["regions"][0], "delta");
    let edges = v["edges"].as_array().unwrap();
    let broken: Vec<_> = edges.iter().filter(|e| e["broken"] == true).collect();
    assert_eq!(broken.len(), 2);
    assert_eq!(broken[0]["codes"][0], "C201");
    assert_eq!(broken[1]["codes"][0], "C205");
    assert_eq!(broken[1]["route"], "bbl");
}

#[test]
fn the_cli_writes_each_format() {
    let dir = common::crate_dir().join("tests/fixtures/graph");
    for format in ["dot", "mermaid", "json"] {
        let out = common::command(&common::crate_dir())
            .args(["graph", dir.to_str().unwrap(), "--format", format])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}");
        assert!(!out.stdout.is_empty());
    }
    let out = common::command(&common::crate_dir())
        .args(["graph", "no/such/dir"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Schools and institutions in no region are in every format: `svg`
/// draws them under "Not in any region", as the report does, and each
/// node that `json` lists is drawn in the SVG (its ID is the first line
/// of its tooltip).
#[test]
fn members_of_no_region_are_in_every_format() {
    let dir = common::crate_dir().join("tests/fixtures/regions/no_region.pathway");
    let project = common::load(&[dir], true);
    let loaded = leerlijn::commands::analyse(project, None);
    let json: serde_json::Value =
        serde_json::from_str(&render(&loaded, GraphFormat::Json, Lang::En)).unwrap();
    let ids: Vec<&str> = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["s1.p1", "s2.p9", "i1.25737", "i2.25332"]);
    let orphan = json["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "s2.p9")
        .unwrap();
    assert_eq!(orphan["regions"], serde_json::json!([]));
    let parts = leerlijn::commands::report::parts(&loaded, Lang::En);
    for (lang, heading) in [(Lang::En, "Not in any region"), (Lang::Nl, "In geen regio")] {
        let svg = render(&loaded, GraphFormat::Svg, lang);
        let titles: Vec<&str> = svg
            .split("<text x=\"12\" y=\"")
            .skip(1)
            .map(|t| {
                let t = &t[t.find('>').unwrap() + 1..];
                &t[..t.find("</text>").unwrap()]
            })
            .collect();
        assert_eq!(titles, ["R1", heading], "{svg}");
        for id in &ids {
            assert!(
                svg.contains(&format!("<title>{id}\n")),
                "{id} not drawn: {svg}"
            );
        }
        // The orphans are drawn below their heading, in the last drawing.
        let last = &svg[svg.find(heading).unwrap()..];
        assert!(last.contains("<title>s2.p9\n") && last.contains("<title>i2.25332\n"));
        assert!(last.contains("<title>s2.p9 → i2.25332"));
    }
    let dot = render(&loaded, GraphFormat::Dot, Lang::En);
    assert!(dot.contains("\"s2.p9\" -> \"i2.25332\";"));
    let drawn: Vec<&str> = parts
        .iter()
        .flat_map(|p| &p.pictured)
        .map(String::as_str)
        .collect();
    for id in &ids {
        assert!(drawn.contains(id), "{id}");
    }
}

/// `graph`'s own error lines are in the config's `lang` (else that of
/// `LANG`), as `check`'s are: a refused output is no exception.
#[test]
fn a_refused_output_is_said_in_the_configs_language() {
    let dir = common::scratch("graph-refuse-lang");
    std::fs::write(dir.join("leerlijn.toml"), "lang = \"nl\"\n").unwrap();
    std::fs::copy(
        common::crate_dir().join("tests/fixtures/graph/delta.pathway"),
        dir.join("plan.pathway"),
    )
    .unwrap();
    for format in ["svg", "dot"] {
        let mut cmd = common::command(&dir);
        cmd.env_remove("LANG")
            .args(["graph", ".", "--format", format, "-o", "plan.pathway"]);
        let out = common::run_cmd(cmd);
        assert_eq!(out.code, 2, "{format}");
        assert!(
            out.stderr
                .starts_with("fout: `plan.pathway` wordt niet geschreven"),
            "{format}: {}",
            out.stderr
        );
    }
    // Without the config's `lang`, `LANG` decides.
    std::fs::write(dir.join("leerlijn.toml"), "std = true\n").unwrap();
    let mut cmd = common::command(&dir);
    cmd.args(["graph", ".", "-o", "plan.pathway"]);
    let out = common::run_cmd(cmd);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("error: refusing to write"),
        "{}",
        out.stderr
    );
}
