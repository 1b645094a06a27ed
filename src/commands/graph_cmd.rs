//! `leerlijn graph [PATH ...] --format dot|mermaid|json`: the transition
//! graph for pictures and other tools. Nodes are labelled with their names,
//! crebo, level and sector and placed in layers (vmbo programmes, then mbo
//! levels 1–4); broken edges (see [`super::view`]) are drawn red and dashed
//! and carry the codes that break them.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use serde::Serialize;

use super::view::View;
use super::{ProjectArgs, fatal, print};
use crate::model::Node;
use crate::source::SourceMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz (`dot -Tsvg`)
    Dot,
    /// A Mermaid flowchart
    Mermaid,
    /// Nodes and edges as JSON (version 1)
    Json,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = GraphFormat::Dot)]
    pub format: GraphFormat,
    /// Write to this file instead of standard output
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let loaded = match args.project.load() {
        Ok(l) => l,
        Err(e) => return fatal(e),
    };
    let view = View::new(&loaded.analysis, loaded.years);
    let text = render(&view, &loaded.project.sources, args.format);
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, text) {
                return fatal(format!("cannot write `{}`: {e}", path.display()));
            }
        }
        None => print(&text),
    }
    ExitCode::SUCCESS
}

pub fn render(view: &View, sources: &SourceMap, format: GraphFormat) -> String {
    match format {
        GraphFormat::Dot => dot(view),
        GraphFormat::Mermaid => mermaid(view),
        GraphFormat::Json => json(view, sources),
    }
}

/// The name of a layer, the same in English and Dutch.
pub fn layer_name(layer: usize) -> &'static str {
    match layer {
        0 => "vmbo",
        1 => "mbo 1 (Entree)",
        2 => "mbo 2",
        3 => "mbo 3",
        4 => "mbo 4",
        _ => "mbo ?",
    }
}

const LAYERS: [usize; 6] = [0, 1, 2, 3, 4, 5];

/// Nodes grouped by layer, each layer in source order.
fn layered(view: &View) -> Vec<(usize, Vec<Node>)> {
    let nodes = view.nodes();
    LAYERS
        .iter()
        .map(|&l| {
            (
                l,
                nodes
                    .iter()
                    .copied()
                    .filter(|&n| view.layer(n) == l)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, ns)| !ns.is_empty())
        .collect()
}

/// Breaks a name into lines of about `width` characters at spaces.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The lines of a node's label: name (wrapped), owner, and track/profile
/// or crebo, level and sector.
fn label_lines(view: &View, node: Node) -> Vec<String> {
    let i = view.info(node);
    let mut lines = Vec::new();
    if i.programme {
        lines.extend(wrap(&i.name, 28));
        lines.push(i.owner_name.clone());
        let mut facts: Vec<String> = Vec::new();
        facts.extend(i.track.clone());
        facts.extend(i.profile.clone());
        if let Some(p) = &i.practical {
            facts.push(format!("praktijk: {p}"));
        }
        if !facts.is_empty() {
            lines.push(facts.join(" · "));
        }
    } else {
        let crebo = i.crebo.map(|c| c.to_string()).unwrap_or_default();
        lines.extend(wrap(&format!("{crebo} {}", i.name), 28));
        let level = i
            .level
            .map_or_else(|| "mbo ?".to_string(), |l| format!("mbo {l}"));
        match view.distinct_location(node) {
            Some(place) => lines.push(format!("{} ({place}) · {level}", i.owner_name)),
            None => lines.push(format!("{} · {level}", i.owner_name)),
        }
        if let Some(s) = &i.sector {
            lines.push(s.clone());
        }
    }
    lines
}

fn dot_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

const BROKEN: &str = "#c62828";

pub fn dot(view: &View) -> String {
    let mut out = String::new();
    let broken = (0..view.graph.edges.len())
        .filter(|&e| view.is_broken(e))
        .count();
    let _ = writeln!(
        out,
        "// leerlijn transition graph: {} programmes, {} offers, {} transitions ({broken} broken)",
        view.model.programmes.len(),
        view.model.offers.len(),
        view.graph.edges.len(),
    );
    out.push_str("digraph leerlijn {\n");
    out.push_str(
        "  graph [rankdir=LR, ranksep=1.4, nodesep=0.15, fontname=\"Helvetica\", fontsize=12];\n",
    );
    out.push_str("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, color=\"#607d8b\", fillcolor=\"#ffffff\"];\n");
    out.push_str("  edge [color=\"#78909c\", arrowsize=0.6];\n");
    for (layer, nodes) in layered(view) {
        let _ = writeln!(out, "  subgraph layer_{layer} {{");
        out.push_str("    rank=same;\n");
        let _ = writeln!(
            out,
            "    {} [shape=plaintext, style=\"\", fontsize=12, label={}];",
            dot_str(&format!("layer {layer}")),
            dot_str(layer_name(layer))
        );
        for n in nodes {
            let info = view.info(n);
            let label = label_lines(view, n)
                .iter()
                .map(|l| dot_str(l).trim_matches('"').to_string())
                .collect::<Vec<_>>()
                .join("\\n");
            let fill = if info.programme { "#e3f2fd" } else { "#ffffff" };
            let _ = writeln!(
                out,
                "    {} [label=\"{label}\", fillcolor=\"{fill}\"];",
                dot_str(&info.id)
            );
        }
        out.push_str("  }\n");
    }
    // Invisible edges keep the layer headings in order.
    let layers: Vec<usize> = layered(view).into_iter().map(|(l, _)| l).collect();
    for w in layers.windows(2) {
        let _ = writeln!(
            out,
            "  {} -> {} [style=invis];",
            dot_str(&format!("layer {}", w[0])),
            dot_str(&format!("layer {}", w[1]))
        );
    }
    for (i, e) in view.edges() {
        let (a, b) = (view.model.node_ref(e.from), view.model.node_ref(e.to));
        if view.is_broken(i) {
            let codes: Vec<&str> = view.broken[i].iter().map(|c| c.as_str()).collect();
            let _ = writeln!(
                out,
                "  {} -> {} [color=\"{BROKEN}\", fontcolor=\"{BROKEN}\", style=dashed, penwidth=2, label={}];",
                dot_str(&a),
                dot_str(&b),
                dot_str(&codes.join(" "))
            );
        } else {
            let _ = writeln!(out, "  {} -> {};", dot_str(&a), dot_str(&b));
        }
    }
    out.push_str("}\n");
    out
}

/// Mermaid label text: quotes, angle brackets, `&` and `#` as entity
/// codes, so no user text can end the label or become markup.
fn mermaid_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#34;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#38;"),
            '<' => out.push_str("#60;"),
            '>' => out.push_str("#62;"),
            '|' => out.push_str("#124;"),
            '`' => out.push_str("#96;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub fn mermaid(view: &View) -> String {
    let nodes = view.nodes();
    let id = |n: Node| {
        let i = nodes.iter().position(|&x| x == n).unwrap_or(0);
        format!("n{i}")
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "%% leerlijn transition graph: {} programmes, {} offers, {} transitions",
        view.model.programmes.len(),
        view.model.offers.len(),
        view.graph.edges.len(),
    );
    out.push_str("flowchart LR\n");
    for (layer, ns) in layered(view) {
        let _ = writeln!(
            out,
            "  subgraph layer{layer}[\"{}\"]",
            mermaid_text(layer_name(layer))
        );
        out.push_str("    direction TB\n");
        for n in ns {
            let label = label_lines(view, n)
                .iter()
                .map(|l| mermaid_text(l))
                .collect::<Vec<_>>()
                .join("<br/>");
            let _ = writeln!(out, "    {}[\"{label}\"]", id(n));
        }
        out.push_str("  end\n");
    }
    let mut broken_links = Vec::new();
    for (i, e) in view.edges() {
        if view.is_broken(i) {
            let codes: Vec<&str> = view.broken[i].iter().map(|c| c.as_str()).collect();
            let _ = writeln!(
                out,
                "  {} -.->|\"{}\"| {}",
                id(e.from),
                codes.join(" "),
                id(e.to)
            );
            broken_links.push(i.to_string());
        } else {
            let _ = writeln!(out, "  {} --> {}", id(e.from), id(e.to));
        }
    }
    out.push_str("  classDef programme fill:#e3f2fd,stroke:#1565c0\n");
    out.push_str("  classDef offer fill:#ffffff,stroke:#607d8b\n");
    let programmes: Vec<String> = nodes
        .iter()
        .filter(|n| matches!(n, Node::Programme(_)))
        .map(|&n| id(n))
        .collect();
    let offers: Vec<String> = nodes
        .iter()
        .filter(|n| matches!(n, Node::Offer(_)))
        .map(|&n| id(n))
        .collect();
    if !programmes.is_empty() {
        let _ = writeln!(out, "  class {} programme", programmes.join(","));
    }
    if !offers.is_empty() {
        let _ = writeln!(out, "  class {} offer", offers.join(","));
    }
    if !broken_links.is_empty() {
        let _ = writeln!(
            out,
            "  linkStyle {} stroke:{BROKEN},stroke-width:2px,color:{BROKEN}",
            broken_links.join(",")
        );
    }
    out
}

#[derive(Serialize)]
struct JsonGraph {
    version: u32,
    nodes: Vec<JsonNode>,
    edges: Vec<JsonEdge>,
}

#[derive(Serialize)]
struct JsonNode {
    id: String,
    kind: &'static str,
    name: String,
    /// The school or institution.
    owner: String,
    owner_name: String,
    layer: usize,
    crebo: Option<u32>,
    level: Option<u8>,
    sector: Option<String>,
    track: Option<String>,
    profile: Option<String>,
    practical: Option<String>,
    location: Option<String>,
    capacity: Option<crate::model::Count>,
    pupils: Option<crate::model::Count>,
    regions: Vec<String>,
}

#[derive(Serialize)]
struct JsonEdge {
    from: String,
    to: String,
    file: String,
    line: u32,
    column: u32,
    route: Option<&'static str>,
    note: Option<String>,
    broken: bool,
    codes: Vec<&'static str>,
}

/// Nodes and edges as JSON (version 1); an edge's `file`, `line` and
/// `column` are those of its target reference in the pathway.
pub fn json(view: &View, sources: &SourceMap) -> String {
    let m = view.model;
    let nodes = view
        .nodes()
        .into_iter()
        .map(|n| {
            let i = view.info(n);
            JsonNode {
                kind: if i.programme { "programme" } else { "offer" },
                layer: view.layer(n),
                regions: view
                    .regions_of(n)
                    .iter()
                    .map(|r| m.regions[r.idx()].name.clone())
                    .collect(),
                id: i.id,
                name: i.name,
                owner: i.owner,
                owner_name: i.owner_name,
                crebo: i.crebo,
                level: i.level,
                sector: i.sector,
                track: i.track,
                profile: i.profile,
                practical: i.practical,
                location: i.location,
                capacity: i.capacity,
                pupils: i.pupils,
            }
        })
        .collect();
    let edges = view
        .edges()
        .map(|(i, e)| {
            let p = &m.pathways[e.pathway.idx()];
            let (start, _) = sources.span_lines(e.target);
            let (file, line, column) = (
                sources.get(e.target.file).path.clone(),
                start.line,
                start.column,
            );
            JsonEdge {
                from: m.node_ref(e.from),
                to: m.node_ref(e.to),
                file,
                line,
                column,
                route: p.route.map(|(r, _)| r.as_str()),
                note: p.note.clone(),
                broken: view.is_broken(i),
                codes: view.broken[i].iter().map(|c| c.as_str()).collect(),
            }
        })
        .collect();
    let g = JsonGraph {
        version: 1,
        nodes,
        edges,
    };
    let mut s = serde_json::to_string_pretty(&g).unwrap_or_default();
    s.push('\n');
    s
}
