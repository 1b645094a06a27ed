//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it. One
//! run; the driver lists every check of the registry as a rule; one result
//! per finding with its rule, level, message and physical location (URI
//! relative to the current directory), labels as related locations.
//!
//! Hand-written serde structs (tech.md §8): the fields are declared in the
//! order they are printed, and nothing depends on time or the machine, so
//! the output is the same byte for byte on every run.

use serde::Serialize;

use super::position;
use crate::Lang;
use crate::analysis::Analysis;
use crate::codes::{Level, REGISTRY};
use crate::diagnostics::Diagnostic;
use crate::paths;
use crate::source::{SourceMap, Span};

pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
pub const INFORMATION_URI: &str = env!("CARGO_PKG_REPOSITORY");

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    invocations: Vec<Invocation>,
    /// Columns count Unicode scalar values, as everywhere in leerlijn.
    column_kind: &'static str,
    results: Results<'a>,
}

/// The findings, each made into a SARIF result only as it is written: a
/// national plan's report is never held whole.
struct Results<'a> {
    diagnostics: &'a [Diagnostic],
    sources: &'a SourceMap,
    lang: Lang,
}

impl Serialize for Results<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seen = std::collections::HashMap::new();
        let mut seq = s.serialize_seq(Some(self.diagnostics.len()))?;
        for d in self.diagnostics {
            seq.serialize_element(&result(d, self.sources, self.lang, &mut seen))?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    enabled: bool,
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: Vec<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    /// SARIF `fix` objects; `properties.applicability` says whether
    /// `check --fix` would apply it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<SarifFix>,
    partial_fingerprints: Fingerprints,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifFix {
    description: Text,
    artifact_changes: Vec<ArtifactChange>,
    properties: FixProperties,
}

#[derive(Serialize)]
struct FixProperties {
    applicability: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: Region,
    inserted_content: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
    start_column: u32,
    end_line: u32,
    end_column: u32,
}

/// A fingerprint that survives edits elsewhere in the file: the same key a
/// baseline matches on (code, file, IDs), hashed, plus an occurrence number.
#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "leerlijnKey/v1")]
    key: String,
}

/// SARIF's level for ours.
pub fn level(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info => "note",
        Level::Allow => "none",
    }
}

fn physical(sources: &SourceMap, span: Span) -> PhysicalLocation {
    let p = position(sources, span);
    PhysicalLocation {
        artifact_location: ArtifactLocation {
            uri: paths::uri_encode(&paths::from_cwd(&sources.get(span.file).path)),
        },
        region: Region {
            start_line: p.line,
            start_column: p.column,
            end_line: p.end_line,
            end_column: p.end_column,
        },
    }
}

/// FNV-1a, 64 bits: stable across runs, platforms and Rust versions.
fn fnv1a(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0u8)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

fn result(
    d: &Diagnostic,
    sources: &SourceMap,
    lang: Lang,
    seen: &mut std::collections::HashMap<u64, usize>,
) -> SarifResult {
    let mut text = d.message.render(lang);
    if let Some(help) = &d.help {
        text.push_str("\nhelp: ");
        text.push_str(&help.render(lang));
    }
    let file = paths::from_cwd(&sources.get(d.span.file).path);
    let mut parts = vec![d.code.as_str(), file.as_str()];
    parts.extend(d.keys.iter());
    let message_key;
    if d.keys.is_empty() {
        message_key = d.message.render(Lang::En);
        parts.push(&message_key);
    }
    let hash = fnv1a(&parts);
    let n = seen.entry(hash).or_insert(0);
    *n += 1;
    SarifResult {
        rule_id: d.code.as_str(),
        rule_index: d.code as usize,
        level: level(d.level),
        message: Text { text },
        locations: vec![Location {
            id: None,
            physical_location: physical(sources, d.span),
            message: d.label.as_ref().map(|l| Text {
                text: l.render(lang),
            }),
        }],
        related_locations: d
            .labels
            .iter()
            .enumerate()
            .map(|(i, l)| Location {
                id: Some(i),
                physical_location: physical(sources, l.span),
                message: Some(Text {
                    text: l.message.render(lang),
                }),
            })
            .collect(),
        fixes: d.fixes.iter().map(|f| fix(f, sources, lang)).collect(),
        partial_fingerprints: Fingerprints {
            key: format!("{hash:016x}:{n}"),
        },
    }
}

/// A fix as SARIF's `fix`: its edits grouped by file, in order.
fn fix(f: &crate::diagnostics::Fix, sources: &SourceMap, lang: Lang) -> SarifFix {
    let mut changes: Vec<ArtifactChange> = Vec::new();
    let mut edits: Vec<&crate::diagnostics::Edit> = f.edits.iter().collect();
    edits.sort_by_key(|e| (e.span.file, e.span.start, e.span.end));
    for e in edits {
        let loc = physical(sources, e.span);
        let replacement = Replacement {
            deleted_region: loc.region,
            inserted_content: Text {
                text: e.replacement.clone(),
            },
        };
        match changes.last_mut() {
            Some(c) if c.artifact_location.uri == loc.artifact_location.uri => {
                c.replacements.push(replacement)
            }
            _ => changes.push(ArtifactChange {
                artifact_location: loc.artifact_location,
                replacements: vec![replacement],
            }),
        }
    }
    SarifFix {
        description: Text {
            text: f.description.render(lang),
        },
        artifact_changes: changes,
        properties: FixProperties {
            applicability: f.applicability.as_str(),
        },
    }
}

fn rules(lang: Lang) -> Vec<Rule> {
    REGISTRY
        .iter()
        .map(|c| Rule {
            id: c.id(),
            name: c.name,
            short_description: Text {
                text: c.summary(lang).to_string(),
            },
            full_description: Text {
                text: c.description(lang),
            },
            help: Help {
                text: c.doc(lang).to_string(),
                markdown: c.doc(lang).to_string(),
            },
            default_configuration: Configuration {
                enabled: c.default_level != Level::Allow,
                level: level(c.default_level),
            },
            properties: RuleProperties {
                tags: vec![group_tag(c.group)],
            },
        })
        .collect()
}

fn group_tag(g: crate::codes::Group) -> &'static str {
    use crate::codes::Group::*;
    match g {
        Syntax => "syntax",
        Names => "names",
        Continuity => "continuity",
        Duplicates => "duplicates",
        Coverage => "coverage",
        Regions => "regions",
        Versions => "versions",
        Capacity => "capacity",
    }
}

/// The SARIF log, written as each finding is rendered.
pub fn write(
    analysis: &Analysis,
    sources: &SourceMap,
    lang: Lang,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    // Rule indexes are positions in the registry, which lists codes in
    // declaration order.
    debug_assert!(
        REGISTRY
            .iter()
            .enumerate()
            .all(|(i, c)| c.code as usize == i)
    );
    let mut notifications = Vec::new();
    if analysis.baseline_fixed > 0 {
        notifications.push(Notification {
            level: "note",
            message: Text {
                text: crate::baseline::fixed_note(analysis.baseline_fixed).render(lang),
            },
        });
    }
    let log = Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "leerlijn",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: INFORMATION_URI,
                    rules: rules(lang),
                },
            },
            invocations: vec![Invocation {
                execution_successful: true,
                tool_execution_notifications: notifications,
            }],
            column_kind: "unicodeCodePoints",
            results: Results {
                diagnostics: &analysis.diagnostics,
                sources,
                lang,
            },
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    out.write_all(b"\n")
}
