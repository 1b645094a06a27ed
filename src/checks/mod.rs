//! The checks: the registry, and one module per check.

pub mod registry;

pub use registry::{CheckInfo, Code, Group, Level, REGISTRY, lookup};
