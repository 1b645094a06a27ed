//! `--format markdown`: a pull-request comment. With plan versions
//! (`diff`, `check --against`), a summary table per region — routes lost
//! and gained, coverage lost and gained, offers withdrawn — then the
//! findings, collapsed in a `<details>` block when there are many.

use crate::Lang;
use crate::analysis::Analysis;
use crate::codes::Level;
use crate::emit::position;
use crate::source::SourceMap;
use crate::versions::RegionChange;

/// More findings than this are collapsed.
const OPEN_FINDINGS: usize = 10;
/// A table cell lists at most this many names.
const CELL_NAMES: usize = 5;

/// Escapes text for a table cell or list item: no HTML outside code
/// spans (inside them, markdown shows text as it is), no table breaks.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut code = false;
    for c in s.chars() {
        match c {
            '`' => {
                code = !code;
                out.push(c);
            }
            '<' if !code => out.push_str("&lt;"),
            '>' if !code => out.push_str("&gt;"),
            '&' if !code => out.push_str("&amp;"),
            '|' => out.push_str("\\|"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn names(items: &[String], lang: Lang) -> String {
    if items.is_empty() {
        return "—".into();
    }
    let mut shown: Vec<String> = items
        .iter()
        .take(CELL_NAMES)
        .map(|s| format!("`{}`", esc(s)))
        .collect();
    if items.len() > CELL_NAMES {
        shown.push(match lang {
            Lang::En => format!("and {} more", items.len() - CELL_NAMES),
            Lang::Nl => format!("en nog {}", items.len() - CELL_NAMES),
        });
    }
    shown.join(", ")
}

fn region_name(r: &str, lang: Lang) -> String {
    match (r.is_empty(), lang) {
        (true, Lang::En) => "(the project)".into(),
        (true, Lang::Nl) => "(het project)".into(),
        (false, _) => format!("`{}`", esc(r)),
    }
}

pub fn render(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    regions: Option<&[RegionChange]>,
) -> String {
    let en = lang == Lang::En;
    let mut out = String::new();
    match regions {
        Some(_) if en => out.push_str("## leerlijn: what this change does to pupils\n\n"),
        Some(_) => out.push_str("## leerlijn: wat deze wijziging betekent voor leerlingen\n\n"),
        None if en => out.push_str("## leerlijn check\n\n"),
        None => out.push_str("## leerlijn-controle\n\n"),
    }
    if let Some(regions) = regions {
        let changed: Vec<&RegionChange> = regions
            .iter()
            .filter(|r| {
                r.routes_lost + r.routes_gained > 0
                    || !r.coverage_lost.is_empty()
                    || !r.coverage_gained.is_empty()
                    || !r.offers_withdrawn.is_empty()
            })
            .collect();
        if changed.is_empty() {
            out.push_str(if en {
                "No change for pupils: no route, coverage or offer is lost or gained.\n\n"
            } else {
                "Geen verandering voor leerlingen: geen leerroute, dekking of aanbod verdwijnt of komt erbij.\n\n"
            });
        } else {
            out.push_str(if en {
                "| region | routes lost | routes gained | coverage lost | coverage gained | offers withdrawn |\n"
            } else {
                "| regio | leerroutes kwijt | leerroutes erbij | dekking kwijt | dekking erbij | aanbod ingetrokken |\n"
            });
            out.push_str("|---|---:|---:|---|---|---|\n");
            for r in changed {
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} | {} |\n",
                    region_name(&r.region, lang),
                    r.routes_lost,
                    r.routes_gained,
                    names(&r.coverage_lost, lang),
                    names(&r.coverage_gained, lang),
                    names(&r.offers_withdrawn, lang),
                ));
            }
            out.push('\n');
        }
    }
    let n = analysis.diagnostics.len();
    let summary = crate::emit::human::summary(analysis, lang);
    if n == 0 {
        out.push_str(&format!(
            "{} {summary}.\n",
            if en {
                "No findings:"
            } else {
                "Geen bevindingen:"
            }
        ));
        return out;
    }
    let collapse = n > OPEN_FINDINGS;
    if collapse {
        out.push_str(&format!(
            "<details>\n<summary>{} ({})</summary>\n\n",
            if en { "Findings" } else { "Bevindingen" },
            esc(&summary)
        ));
    } else {
        out.push_str(&format!(
            "### {} ({})\n\n",
            if en { "Findings" } else { "Bevindingen" },
            esc(&summary)
        ));
    }
    for d in &analysis.diagnostics {
        let icon = match d.level {
            Level::Error => "🔴",
            Level::Warning => "🟠",
            _ => "🔵",
        };
        let pos = position(sources, d.span);
        out.push_str(&format!(
            "- {icon} **{} {}** `{}:{}:{}`: {}\n",
            d.code,
            d.code.name(),
            esc(&sources.get(d.span.file).path),
            pos.line,
            pos.column,
            esc(&d.message.render(lang))
        ));
        if let Some(h) = &d.help {
            out.push_str(&format!(
                "  <br>{} {}\n",
                if en { "help:" } else { "hulp:" },
                esc(&h.render(lang))
            ));
        }
    }
    if collapse {
        out.push_str("\n</details>\n");
    }
    out
}
