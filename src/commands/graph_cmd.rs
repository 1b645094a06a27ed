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
use super::{Loaded, ProjectArgs, print};
use crate::model::Node;
use crate::source::SourceMap;
use crate::{Lang, fl};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz (`dot -Tsvg`)
    Dot,
    /// A Mermaid flowchart
    Mermaid,
    /// Nodes and edges as JSON (version 1)
    Json,
    /// The HTML report's drawing as one SVG file (no Graphviz needed)
    Svg,
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
    /// Language of the SVG's words and of errors (default: the config's
    /// `lang`, else nl when LANG starts with nl, else en)
    #[arg(long, value_enum, ignore_case = true)]
    pub lang: Option<super::LangArg>,
}

pub fn run(args: Args) -> ExitCode {
    let explicit = super::explicit(args.lang);
    if let Some(path) = args.output.as_ref().filter(|p| p.as_os_str() != "-") {
        // The refusal is in the run's language: `--lang`, else the
        // config's `lang`, else `LANG`, as `check` says it.
        let early = match args.project.lang(explicit) {
            Ok(l) => l,
            Err(code) => return code,
        };
        if let Err(e) = crate::write::refuse_inputs(path, &args.project.inputs()) {
            return super::texts::fatal(early, super::texts::Text::Message(e));
        }
    }
    let loaded = match args.project.load_in(explicit) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let lang = super::lang_or(args.lang, loaded.lang);
    let text = render(&loaded, args.format, lang);
    match &args.output {
        Some(path) if path.as_os_str() != "-" => {
            if let Err(e) = crate::write::atomic_write(path, text.as_bytes()) {
                let path = path.display().to_string();
                let text = super::texts::Text::CannotWrite {
                    path: &path,
                    error: crate::write::error_text(&e, lang),
                };
                return super::texts::fatal(lang, text);
            }
        }
        _ => {
            if let Err(code) = print(lang, &text) {
                return code;
            }
        }
    }
    // Transitions that an E-code error makes unreadable are not in the
    // graph: say so, and fail, rather than draw a plan that looks whole.
    let errors = loaded
        .analysis
        .diagnostics
        .iter()
        .filter(|d| d.code.info().is_fixed())
        .count();
    if errors > 0 {
        super::texts::warn(lang, super::texts::Text::GraphHasErrors(errors));
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// One standalone SVG file of the report's region drawings, stacked with
/// each region's title above its drawing (one region: its drawing alone).
pub fn svg_document(regions: &[(String, String)]) -> String {
    const NS: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    if let [(_, svg)] = regions {
        let mut s = svg.replacen("<svg", NS, 1);
        s.push('\n');
        return s;
    }
    // The drawings' own sizes, read back from their `width`/`height`.
    let size = |svg: &str, key: &str| -> f64 {
        let pat = format!(" {key}=\"");
        svg.find(&pat)
            .and_then(|i| {
                let rest = &svg[i + pat.len()..];
                rest[..rest.find('"')?].parse().ok()
            })
            .unwrap_or(0.0)
    };
    const TITLE: f64 = 30.0;
    let mut body = String::new();
    let (mut y, mut width) = (0.0f64, 0.0f64);
    for (title, svg) in regions {
        let _ = write!(
            body,
            "<text x=\"12\" y=\"{:.0}\" font-size=\"18\" font-weight=\"bold\" font-family=\"Helvetica, Arial, sans-serif\" fill=\"#263238\">{}</text>",
            y + 22.0,
            super::layout::esc(title)
        );
        y += TITLE;
        body.push_str(&svg.replacen("<svg", &format!("<svg x=\"0\" y=\"{y:.0}\""), 1));
        y += size(svg, "height");
        width = width.max(size(svg, "width"));
    }
    format!(
        "{NS} viewBox=\"0 0 {width:.0} {y:.0}\" width=\"{width:.0}\" height=\"{y:.0}\">{body}</svg>\n"
    )
}

/// The graph of an analysed project in `format`; `lang` is for the SVG's
/// texts (the other formats use IDs and names only).
pub fn render(loaded: &Loaded, format: GraphFormat, lang: Lang) -> String {
    if format == GraphFormat::Svg {
        return svg_document(&super::report::region_svgs(loaded, lang));
    }
    let view = View::new(&loaded.analysis, loaded.years);
    let sources = &loaded.project.sources;
    match format {
        GraphFormat::Dot => dot(&view, lang),
        GraphFormat::Mermaid => mermaid(&view, lang),
        GraphFormat::Json | GraphFormat::Svg => json(&view, sources),
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
fn label_lines(view: &View, node: Node, lang: Lang) -> Vec<String> {
    let i = view.info(node);
    let mut lines = Vec::new();
    if i.programme {
        lines.extend(wrap(&i.name, 28));
        lines.push(i.owner_name.clone());
        let mut facts: Vec<String> = Vec::new();
        facts.extend(i.track.clone());
        facts.extend(i.profile.clone());
        if let Some(p) = &i.practical {
            facts.push(format!("{}: {p}", fl!(lang, "report-practical")));
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

pub fn dot(view: &View, lang: Lang) -> String {
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
            let label = label_lines(view, n, lang)
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
        let (a, b) = (view.model.node_ref(e.from()), view.model.node_ref(e.to()));
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

pub fn mermaid(view: &View, lang: Lang) -> String {
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
            let label = label_lines(view, n, lang)
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
                id(e.from()),
                codes.join(" "),
                id(e.to())
            );
            broken_links.push(i.to_string());
        } else {
            let _ = writeln!(out, "  {} --> {}", id(e.from()), id(e.to()));
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
            let target = e.target(m);
            let (start, _) = sources.span_lines(target);
            let (file, line, column) = (
                sources.get(target.file).path.clone(),
                start.line,
                start.column,
            );
            JsonEdge {
                from: m.node_ref(e.from()),
                to: m.node_ref(e.to()),
                file,
                line,
                column,
                route: p.route_value().map(|r| r.as_str()),
                note: p.note().map(str::to_string),
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
