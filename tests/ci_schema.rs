//! The JSON Schema of `leerlijn.toml` (schema/leerlijn.schema.json) is
//! generated from the config types: the committed file must be current,
//! and it must agree with the config parser on the fixtures' configs.
//!
//! To regenerate it: `LEERLIJN_UPDATE_SCHEMA=1 cargo test --test ci_schema`.

mod common;

use std::fs;

const SCHEMA: &str = "schema/leerlijn.schema.json";

#[test]
fn committed_schema_is_current() {
    let path = common::crate_dir().join(SCHEMA);
    let generated = leerlijn::config::json_schema();
    if std::env::var_os("LEERLIJN_UPDATE_SCHEMA").is_some() {
        fs::write(&path, &generated).unwrap();
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{SCHEMA} is out of date: run `LEERLIJN_UPDATE_SCHEMA=1 cargo test --test ci_schema` and commit it"
    );
}

fn compiled() -> (boon::Schemas, boon::SchemaIndex) {
    let path = common::crate_dir().join(SCHEMA);
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let index = compiler
        .compile(path.to_str().unwrap(), &mut schemas)
        .unwrap_or_else(|e| panic!("{SCHEMA} compiles: {e:#}"));
    (schemas, index)
}

/// Every config under tests/fixtures/ci: the schema accepts exactly those
/// the parser accepts, except what only the parser can judge (a year range
/// that ends before it starts, a check given a level twice).
#[test]
fn schema_agrees_with_the_parser() {
    let (schemas, index) = compiled();
    let mut files: Vec<_> = glob_tomls(&common::crate_dir().join("tests/fixtures/ci"));
    files.sort();
    assert!(files.len() > 5);
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let parsed = leerlijn::config::parse(&name, &text);
        let Ok(value) = toml::from_str::<serde_json::Value>(&text) else {
            assert!(parsed.is_err(), "{name}");
            continue;
        };
        let valid = schemas.validate(&value, index).is_ok();
        let semantic_only = name == "bad-years.toml";
        if semantic_only {
            assert!(valid && parsed.is_err(), "{name}");
        } else {
            assert_eq!(
                valid,
                parsed.is_ok(),
                "{name}: schema vs parser ({parsed:?})"
            );
        }
    }
    // The documented example in docs/ci.md is valid.
    let doc = fs::read_to_string(common::crate_dir().join("docs/ci.md")).unwrap();
    let start = doc
        .find("```toml\n")
        .expect("docs/ci.md has a toml example")
        + 8;
    let example = &doc[start..start + doc[start..].find("```").unwrap()];
    let value: serde_json::Value = toml::from_str(example).unwrap();
    assert!(schemas.validate(&value, index).is_ok(), "{example}");
    let parsed = leerlijn::config::parse("leerlijn.toml", example).unwrap();
    assert_eq!(parsed.years, Some((2025, 2030)));
}

fn glob_tomls(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(glob_tomls(&p));
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
    out
}
