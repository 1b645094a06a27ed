//! The checks: the registry, and one module per check. A check reads the
//! model (and the transition graph) and returns findings at their default
//! level; levels and suppressions are applied later, in one place.

pub mod d301_duplicate_offer;
pub mod registry;
pub mod suppress;

pub use registry::{CheckInfo, Code, Group, Level, REGISTRY, lookup};

use crate::diagnostics::Diagnostic;
use crate::model::Model;
use crate::source::SourceMap;

/// What every check may read.
pub struct Context<'a> {
    pub sources: &'a SourceMap,
    pub model: &'a Model,
    /// The plan's years from `--years` or the config.
    pub years: Option<(u32, u32)>,
}

/// Runs every graph check (C, D, S and R codes).
pub fn run(ctx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    d301_duplicate_offer::check(ctx, &mut out);
    out
}
