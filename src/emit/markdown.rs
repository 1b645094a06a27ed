//! `--format markdown`: a pull-request comment. With plan versions
//! (`diff`, `check --against`), a summary table per region — routes lost
//! and gained, coverage lost and gained, offers withdrawn — then the
//! findings, collapsed in a `<details>` block when there are many.

use crate::Lang;
use crate::analysis::Analysis;
use crate::codes::Level;
use crate::collections::HashMap;
use crate::emit::position;
use crate::source::SourceMap;
use crate::versions::RegionChange;

/// More findings than this are collapsed.
const OPEN_FINDINGS: usize = 10;
/// A table cell lists at most this many names.
const CELL_NAMES: usize = 5;

/// Escapes text for a table cell or list item: no HTML outside code
/// spans (inside them, markdown shows text as it is), no table breaks.
/// Code spans are found as CommonMark finds them: a backtick run opens one
/// only where a run of the same length closes it, and a backslash-escaped
/// backtick opens none; an unmatched run is escaped, so that text from
/// the plan can neither end a span early nor start one that hides HTML.
fn esc(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    // Per length, where the backtick runs of that length start, in order,
    // and how far the search has come: a closing run is found in
    // amortised constant time, so text from the plan cannot make this
    // quadratic.
    let mut by_len: HashMap<usize, (Vec<usize>, usize)> = HashMap::default();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '`' {
            let n = chars[i..].iter().take_while(|&&c| c == '`').count();
            by_len.entry(n).or_default().0.push(i);
            i += n;
        } else {
            i += 1;
        }
    }
    let mut closing = |at: usize, n: usize| -> Option<usize> {
        let (list, next) = by_len.get_mut(&n)?;
        while *next < list.len() && list[*next] <= at {
            *next += 1;
        }
        list.get(*next).copied()
    };
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) {
            // An escaped character is literal (`\<` starts no tag).
            out.push(c);
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        if c == '`' {
            let n = chars[i..].iter().take_while(|&&c| c == '`').count();
            match closing(i, n) {
                Some(end) => {
                    for &c in &chars[i..end + n] {
                        match c {
                            '|' => out.push_str("\\|"),
                            '\n' | '\r' => out.push(' '),
                            _ => out.push(c),
                        }
                    }
                    i = end + n;
                }
                None => {
                    for _ in 0..n {
                        out.push_str("\\`");
                    }
                    i += n;
                }
            }
            continue;
        }
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '|' => out.push_str("\\|"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
        i += 1;
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

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn code_spans_keep_their_text_and_html_outside_is_escaped() {
        assert_eq!(esc("`a<b>` and <i>"), "`a<b>` and &lt;i&gt;");
        assert_eq!(esc("`a|b` | c"), "`a\\|b` \\| c");
        assert_eq!(esc("``a`b`` x"), "``a`b`` x");
    }

    #[test]
    fn plan_text_cannot_open_a_span_that_hides_html() {
        // An escaped backtick opens no span (CommonMark), so the tag after
        // it is plain text and must be escaped.
        assert_eq!(
            esc("at x\\` <img src=x onerror=alert(1)>"),
            "at x\\` &lt;img src=x onerror=alert(1)&gt;"
        );
        // An unmatched backtick is literal: escaped, and what follows is
        // escaped as text.
        assert_eq!(esc("a ` <b>"), "a \\` &lt;b&gt;");
        // A run closes only a run of its own length.
        assert_eq!(esc("`` x ` <b>"), "\\`\\` x \\` &lt;b&gt;");
    }

    #[test]
    fn runs_pair_in_order_and_the_odd_one_out_is_escaped() {
        // 10,001 runs of two backticks: they pair up in order, the last
        // is unmatched, so the tag after it is text. (Each run finds its
        // closing run through an index, not by scanning the rest.)
        let text = format!("{}<b>", "`` ".repeat(10_001));
        let out = esc(&text);
        assert!(
            out.ends_with("\\`\\` &lt;b&gt;"),
            "{}",
            &out[out.len() - 30..]
        );
        assert_eq!(out.matches("&lt;").count(), 1);
    }
}
