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
        shown.push(crate::fl!(
            lang,
            "md-more",
            count = items.len() - CELL_NAMES
        ));
    }
    shown.join(", ")
}

fn region_name(r: &str, lang: Lang) -> String {
    if r.is_empty() {
        crate::fl!(lang, "md-the-project")
    } else {
        format!("`{}`", esc(r))
    }
}

pub fn render(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    regions: Option<&[RegionChange]>,
) -> String {
    let mut out = String::new();
    out.push_str(&match regions {
        Some(_) => crate::fl!(lang, "md-title-changes"),
        None => crate::fl!(lang, "md-title-check"),
    });
    out.push_str("\n\n");
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
            out.push_str(&crate::fl!(lang, "md-no-change"));
            out.push_str("\n\n");
        } else {
            out.push_str(&crate::fl!(lang, "md-changes-header"));
            out.push('\n');
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
        out.push_str(&crate::fl!(lang, "md-no-findings", summary = summary));
        out.push('\n');
        return out;
    }
    let collapse = n > OPEN_FINDINGS;
    if collapse {
        out.push_str(&format!(
            "<details>\n<summary>{} ({})</summary>\n\n",
            crate::fl!(lang, "md-findings"),
            esc(&summary)
        ));
    } else {
        out.push_str(&format!(
            "### {} ({})\n\n",
            crate::fl!(lang, "md-findings"),
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
                crate::fl!(lang, "md-help"),
                esc(&h.render(lang))
            ));
        }
    }
    if collapse {
        out.push_str("\n</details>\n");
    }
    out
}
