//! `check --statistics`: instead of the findings, how many there are per
//! check, as ruff prints them: count, code, name and level, most frequent
//! first (then by code), so a team sees where a plan's problems are.

use serde::Serialize;

use crate::Lang;
use crate::analysis::Analysis;
use crate::codes::{Code, Level};

/// One line of the table: the findings of one check at one level.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Row {
    pub count: usize,
    pub code: &'static str,
    pub name: &'static str,
    pub level: &'static str,
}

/// The counts per check and level (after levels, suppressions and the
/// baseline, so they add up to the summary), most frequent first.
pub fn rows(analysis: &Analysis) -> Vec<Row> {
    let mut counts: std::collections::BTreeMap<(Code, Level), usize> = Default::default();
    for d in &analysis.diagnostics {
        *counts.entry((d.code, d.level)).or_default() += 1;
    }
    let mut rows: Vec<(usize, Code, Level)> = counts
        .into_iter()
        .map(|((code, level), n)| (n, code, level))
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    rows.into_iter()
        .map(|(count, code, level)| Row {
            count,
            code: code.as_str(),
            name: code.name(),
            level: level.as_str(),
        })
        .collect()
}

fn level_word(level: &str, lang: Lang) -> String {
    crate::fl!(lang, "level", level = level)
}

/// The aligned table, one line per row; empty when there are no findings.
pub fn table(rows: &[Row], lang: Lang) -> String {
    let count_w = rows
        .iter()
        .map(|r| r.count.to_string().len())
        .max()
        .unwrap_or(1);
    let name_w = rows.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let mut out = String::new();
    for r in rows {
        out.push_str(&format!(
            "{:>count_w$}  {}  {:<name_w$}  {}\n",
            r.count,
            r.code,
            r.name,
            level_word(r.level, lang)
        ));
    }
    out
}

/// `--statistics --format json`: the rows as a JSON array.
pub fn json(rows: &[Row]) -> String {
    let mut s = serde_json::to_string_pretty(rows).expect("statistics serialise");
    s.push('\n');
    s
}
