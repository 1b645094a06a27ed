//! The codes table, at the bottom of the pipeline: every check's code,
//! name, default level, group and documentation. `explain`, the SARIF rule
//! list, the config's accepted names and suppressions all read from here;
//! every stage may depend on it and it depends on none.

use std::fmt;

use serde::Serialize;

/// The level a check reports at; `Allow` turns it off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
    Allow,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "info",
            Level::Allow => "allow",
        }
    }

    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "error" => Some(Level::Error),
            "warning" => Some(Level::Warning),
            "info" => Some(Level::Info),
            "allow" => Some(Level::Allow),
            _ => None,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Syntax,
    Names,
    Continuity,
    Duplicates,
    Coverage,
    Regions,
    /// Plan versions: only with a previous version (`diff`, `--against`).
    Versions,
    /// K6xx: pupil numbers and places.
    Capacity,
}

pub struct CheckInfo {
    pub code: Code,
    pub name: &'static str,
    pub default_level: Level,
    pub group: Group,
    doc_en: &'static str,
    doc_nl: &'static str,
}

impl CheckInfo {
    pub fn id(&self) -> &'static str {
        self.code.as_str()
    }

    /// E codes are always errors and cannot be suppressed or re-levelled.
    pub fn is_fixed(&self) -> bool {
        matches!(self.group, Group::Syntax | Group::Names)
    }

    pub fn doc(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.doc_en,
            crate::Lang::Nl => self.doc_nl,
        }
    }

    /// The one-line summary: the first non-empty line after the title.
    pub fn summary(&self, lang: crate::Lang) -> &'static str {
        self.doc(lang)
            .lines()
            .skip(1)
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or(self.name)
    }

    /// What the check finds: the first paragraph of the doc's first section,
    /// on one line (the SARIF rule's full description).
    pub fn description(&self, lang: crate::Lang) -> String {
        let text = self
            .doc(lang)
            .lines()
            .skip_while(|l| !l.starts_with("## "))
            .skip(1)
            .skip_while(|l| l.trim().is_empty())
            .take_while(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ");
        if text.is_empty() {
            self.summary(lang).to_string()
        } else {
            text
        }
    }

    /// For a plan-version check, the example's previous version: the
    /// ```pathway old block of the English doc (the ```pathway block is
    /// the new version).
    pub fn old_example(&self) -> Option<&'static str> {
        let doc = self.doc_en;
        let start = doc.find("```pathway old\n")? + "```pathway old\n".len();
        let len = doc[start..].find("```")?;
        Some(&doc[start..start + len])
    }

    /// The documented example: the first ```pathway block of the English doc.
    pub fn example(&self) -> Option<&'static str> {
        let doc = self.doc_en;
        let start = doc.find("```pathway\n")? + "```pathway\n".len();
        let len = doc[start..].find("```")?;
        Some(&doc[start..start + len])
    }
}

macro_rules! registry {
    ($( $code:ident $name:literal $level:ident $group:ident $($how:ident $module:ident)?; )*) => {
        /// A check's stable code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code { $($code),* }

        impl Code {
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$code => stringify!($code)),* }
            }
        }

        /// The rows that name a graph check's module, for `graph_checks!`
        /// in the checks stage: it declares each module and the table that
        /// runs them. The codes table names the module (a word, not a
        /// dependency); the checks stage, above it, expands the name.
        macro_rules! graph_check_rows {
            () => {
                graph_checks! { @rows [] [] $( $code $($how $module)?; )* }
            };
        }
        pub(crate) use graph_check_rows;

        pub static REGISTRY: &[CheckInfo] = &[ $(
            CheckInfo {
                code: Code::$code,
                name: $name,
                default_level: Level::$level,
                group: Group::$group,
                doc_en: include_str!(concat!("../docs/checks/", stringify!($code), ".en.md")),
                doc_nl: include_str!(concat!("../docs/checks/", stringify!($code), ".nl.md")),
            },
        )* ];
    };
}

// A row: code, stable English name, default level, group, and for a check
// on the plan's content run by the graph stage, `check MODULE` (its file in
// src/checks/), or `by MODULE` for a further code of a module named above.
registry! {
    E001 "syntax-error" Error Syntax;
    E002 "invalid-token" Error Syntax;
    E003 "unreadable-file" Error Syntax;
    E101 "unknown-reference" Error Names;
    E102 "duplicate-definition" Error Names;
    E103 "wrong-kind" Error Names;
    E104 "invalid-value" Error Names;
    E105 "missing-field" Error Names;
    E106 "unknown-field" Error Names;
    E107 "duplicate-field" Error Names;
    C201 "inadmissible-transition" Error Continuity check c201_inadmissible_transition;
    C202 "missing-required-subject" Error Continuity check c202_missing_required_subject;
    C212 "superseded-qualification" Warning Continuity check c212_superseded_qualification;
    C203 "level-regression" Error Continuity check c203_level_regression;
    C204 "inactive-endpoint" Error Continuity check c204_inactive_endpoint;
    C205 "route-unavailable" Error Continuity check c205_route_unavailable;
    C206 "cross-region-transition" Warning Continuity check c206_cross_region_transition;
    C207 "dead-end-programme" Warning Continuity check c207_dead_end_programme;
    C208 "target-level-unreachable" Warning Continuity check c208_target_level_unreachable;
    C209 "sector-discontinuity" Warning Continuity check c209_sector_discontinuity;
    C210 "pathway-cycle" Error Continuity check c210_pathway_cycle;
    C211 "unreached-offer" Info Continuity check c211_unreached_offer;
    D301 "duplicate-offer" Error Duplicates check d301_duplicate_offer;
    D302 "overlapping-offer" Warning Duplicates check d302_overlapping_offer;
    D303 "duplicate-pathway" Warning Duplicates check d303_duplicate_pathway;
    D304 "overlapping-dossier" Info Duplicates check d304_overlapping_dossier;
    S401 "uncovered-sector" Error Coverage check s40x_coverage;
    S402 "unreachable-sector" Error Coverage by s40x_coverage;
    S403 "coverage-lapse" Error Coverage by s40x_coverage;
    R501 "orphan-member" Warning Regions check r501_orphan_member;
    R502 "outside-labour-market" Warning Regions check r502_outside_labour_market;
    W001 "unused-suppression" Warning Regions;
    W002 "suppression-without-reason" Warning Regions;
    K601 "capacity-shortfall" Warning Capacity;
    K602 "small-cohort" Info Capacity;
    V701 "route-lost" Warning Versions;
    V702 "coverage-lost" Error Versions;
    V703 "offer-withdrawn" Info Versions;
    V704 "route-gained" Info Versions;
    V705 "notice-too-late" Warning Versions;
}

impl Code {
    pub fn info(self) -> &'static CheckInfo {
        // The registry lists codes in declaration order.
        &REGISTRY[self as usize]
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How findings are levelled: the registry's defaults, overridden per
/// check by the config, and `--deny warnings`. This is the only place a
/// finding's level is decided (the level sink in `analysis::analyze`).
#[derive(Clone, Debug, Default)]
pub struct Levels {
    pub overrides: Vec<(Code, Level)>,
    /// Warnings (after overrides) become errors.
    pub deny_warnings: bool,
}

impl Levels {
    /// The level a finding of `code` is reported at: E codes are always
    /// errors; else the last override, else the default; then a warning
    /// becomes an error under `deny_warnings`.
    pub fn level_of(&self, code: Code) -> Level {
        let info = code.info();
        if info.is_fixed() {
            return Level::Error;
        }
        let level = self
            .overrides
            .iter()
            .rev()
            .find(|(c, _)| *c == code)
            .map_or(info.default_level, |(_, l)| *l);
        if self.deny_warnings && level == Level::Warning {
            Level::Error
        } else {
            level
        }
    }
}

/// Finds a check by code (any case) or by name.
pub fn lookup(code_or_name: &str) -> Option<&'static CheckInfo> {
    REGISTRY
        .iter()
        .find(|c| c.id().eq_ignore_ascii_case(code_or_name) || c.name == code_or_name)
}

/// The closest codes or names to an unknown one, nearest first.
pub fn suggest(code_or_name: &str) -> Vec<&'static str> {
    let candidates = REGISTRY.iter().flat_map(|c| [c.id(), c.name]);
    crate::suggest::closest(code_or_name, candidates)
}
