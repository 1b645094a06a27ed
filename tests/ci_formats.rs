//! Every output format on one project (tests/fixtures/ci/mixed: an error,
//! a warning with a label, an info, a clean file, and a message full of
//! characters that need escaping): a snapshot, a structural validation (SARIF against
//! the SARIF 2.1.0 schema, JUnit parsed as XML, GitHub lines against the
//! documented shape), agreement with the JSON output, and byte-identical
//! output across runs.

mod common;

use std::collections::BTreeMap;

use common::{insta_settings, run};
use leerlijn::codes::{Level, REGISTRY};

const MIXED: &str = "tests/fixtures/ci/mixed";
const CLEAN: &str = "tests/fixtures/ci/clean";
const FORMATS: &[&str] = &["human", "json", "sarif", "github", "junit"];

fn output(path: &str, format: &str, extra: &[&str]) -> String {
    let mut args = vec!["check", path, "--format", format, "--color", "never"];
    args.extend_from_slice(extra);
    let r = run(&args);
    assert!(r.code == 0 || r.code == 1, "{format}: {r:?}");
    assert_eq!(r.stderr, "", "{format}");
    r.stdout
}

/// What the JSON output says about each finding: the reference the other
/// formats must agree with.
struct Finding {
    code: String,
    severity: String,
    message: String,
    help: Option<String>,
    file: String,
    line: u64,
    column: u64,
    end_line: u64,
    end_column: u64,
    labels: Vec<serde_json::Value>,
}

fn findings(path: &str, extra: &[&str]) -> Vec<Finding> {
    let v: serde_json::Value = serde_json::from_str(&output(path, "json", extra)).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| Finding {
            code: d["code"].as_str().unwrap().into(),
            severity: d["severity"].as_str().unwrap().into(),
            message: d["message"].as_str().unwrap().into(),
            help: d["help"].as_str().map(String::from),
            file: d["file"].as_str().unwrap().into(),
            line: d["line"].as_u64().unwrap(),
            column: d["column"].as_u64().unwrap(),
            end_line: d["end_line"].as_u64().unwrap(),
            end_column: d["end_column"].as_u64().unwrap(),
            labels: d["labels"].as_array().unwrap().clone(),
        })
        .collect()
}

fn with_help(f: &Finding) -> String {
    match &f.help {
        Some(h) => format!("{}\nhelp: {h}", f.message),
        None => f.message.clone(),
    }
}

#[test]
fn mixed_has_what_the_format_tests_need() {
    let f = findings(MIXED, &[]);
    let kinds: Vec<(&str, &str)> = f
        .iter()
        .map(|f| (f.code.as_str(), f.severity.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [("E101", "error"), ("D301", "warning"), ("C211", "info")]
    );
    assert!(
        f[1].message.contains("<R&D>, 50%: west"),
        "{}",
        f[1].message
    );
    assert_eq!(f[1].labels.len(), 1);
}

// ── snapshots and determinism ────────────────────────────────────────────

/// SARIF with the rules cut down to id, name and level: the rules' texts
/// are the check docs, checked against the registry in `sarif_is_valid`,
/// so a doc edit does not churn this snapshot.
fn sarif_for_snapshot(text: &str) -> String {
    let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
    let rules = v["runs"][0]["tool"]["driver"]["rules"]
        .as_array_mut()
        .unwrap();
    for r in rules.iter_mut() {
        *r = serde_json::Value::String(format!(
            "{} {} {}",
            r["id"].as_str().unwrap(),
            r["name"].as_str().unwrap(),
            r["defaultConfiguration"]["level"].as_str().unwrap()
        ));
    }
    serde_json::to_string_pretty(&v).unwrap()
}

#[test]
fn snapshots() {
    let settings = insta_settings();
    for format in FORMATS {
        let out = output(MIXED, format, &[]);
        let shown = if *format == "sarif" {
            sarif_for_snapshot(&out)
        } else {
            out
        };
        settings.bind(|| insta::assert_snapshot!(format!("ci_format_{format}"), shown));
    }
}

#[test]
fn byte_identical_across_runs() {
    for format in FORMATS {
        for lang in ["en", "nl"] {
            let a = output(MIXED, format, &["--lang", lang]);
            let b = output(MIXED, format, &["--lang", lang]);
            assert_eq!(a, b, "{format} {lang}");
        }
    }
}

// ── SARIF ────────────────────────────────────────────────────────────────

fn sarif_schema() -> (boon::Schemas, boon::SchemaIndex) {
    let path = common::crate_dir().join("tests/schemas/sarif-2.1.0-rtm.5.json");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    let index = compiler
        .compile(path.to_str().unwrap(), &mut schemas)
        .unwrap_or_else(|e| panic!("the SARIF schema compiles: {e:#}"));
    (schemas, index)
}

fn assert_valid_sarif(text: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(text).expect("SARIF is JSON");
    let (schemas, index) = sarif_schema();
    if let Err(e) = schemas.validate(&v, index) {
        panic!("SARIF output does not match the SARIF 2.1.0 schema:\n{e:#}");
    }
    v
}

#[test]
fn sarif_schema_rejects_broken_logs() {
    // The validator is awake: a result without a message, and a wrong
    // version, are refused.
    let (schemas, index) = sarif_schema();
    let good = output(MIXED, "sarif", &[]);
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    v["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(schemas.validate(&v, index).is_err());
    let mut v: serde_json::Value = serde_json::from_str(&good).unwrap();
    v["version"] = "2.0.0".into();
    assert!(schemas.validate(&v, index).is_err());
}

#[test]
fn sarif_is_valid() {
    for lang in ["en", "nl"] {
        let v = assert_valid_sarif(&output(MIXED, "sarif", &["--lang", lang]));
        assert_eq!(v["version"], "2.1.0");
        assert_eq!(
            v["$schema"],
            "https://json.schemastore.org/sarif-2.1.0.json"
        );
        let runs = v["runs"].as_array().unwrap();
        assert_eq!(runs.len(), 1, "one run");
        let driver = &runs[0]["tool"]["driver"];
        assert_eq!(driver["name"], "leerlijn");
        assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
        assert!(
            driver["informationUri"]
                .as_str()
                .unwrap()
                .starts_with("https://")
        );
        // Every check of the registry, in registry order, with the texts
        // GitHub requires.
        let rules = driver["rules"].as_array().unwrap();
        assert_eq!(rules.len(), REGISTRY.len());
        let l = if lang == "en" {
            leerlijn::Lang::En
        } else {
            leerlijn::Lang::Nl
        };
        for (rule, info) in rules.iter().zip(REGISTRY) {
            assert_eq!(rule["id"], info.id());
            assert_eq!(rule["name"], info.name);
            assert_eq!(rule["shortDescription"]["text"], info.summary(l));
            assert_eq!(
                rule["fullDescription"]["text"],
                info.description(l).as_str()
            );
            assert_eq!(rule["help"]["text"], info.doc(l));
            let level = match info.default_level {
                Level::Error => "error",
                Level::Warning => "warning",
                Level::Info => "note",
                Level::Allow => "none",
            };
            assert_eq!(rule["defaultConfiguration"]["level"], level);
            for key in ["shortDescription", "fullDescription", "help"] {
                assert!(!rule[key]["text"].as_str().unwrap().is_empty(), "{key}");
            }
        }
        // One result per finding, agreeing with the JSON output.
        let results = runs[0]["results"].as_array().unwrap();
        let expected = findings(MIXED, &["--lang", lang]);
        assert_eq!(results.len(), expected.len());
        for (r, f) in results.iter().zip(&expected) {
            assert_eq!(r["ruleId"], f.code.as_str());
            let index = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], f.code.as_str());
            let level = if f.severity == "info" {
                "note"
            } else {
                f.severity.as_str()
            };
            assert_eq!(r["level"], level);
            assert_eq!(r["message"]["text"], with_help(f).as_str());
            let locations = r["locations"].as_array().unwrap();
            assert_eq!(locations.len(), 1, "GitHub reads the first location only");
            let phys = &locations[0]["physicalLocation"];
            let uri = phys["artifactLocation"]["uri"].as_str().unwrap();
            assert_eq!(uri, f.file, "relative, /-separated");
            assert!(!uri.starts_with('/') && !uri.contains('\\') && !uri.contains(':'));
            let region = &phys["region"];
            assert_eq!(region["startLine"], f.line);
            assert_eq!(region["startColumn"], f.column);
            assert_eq!(region["endLine"], f.end_line);
            assert_eq!(region["endColumn"], f.end_column);
            // JSON's first label is the primary one when it sits at the
            // finding itself; SARIF carries it as the location's message.
            let mut labels: &[serde_json::Value] = &f.labels;
            match locations[0]["message"]["text"].as_str() {
                Some(primary) => {
                    assert_eq!(labels[0]["message"], primary);
                    assert_eq!(labels[0]["line"], f.line);
                    assert_eq!(labels[0]["column"], f.column);
                    labels = &labels[1..];
                }
                None => assert!(
                    labels.first().is_none_or(|l| l["line"] != f.line
                        || l["column"] != f.column
                        || l["end_column"] != f.end_column),
                    "a primary label in JSON is in SARIF too"
                ),
            }
            let related = r["relatedLocations"].as_array().map_or(0, Vec::len);
            assert_eq!(related, labels.len());
            for (rel, label) in r["relatedLocations"]
                .as_array()
                .into_iter()
                .flatten()
                .zip(labels)
            {
                assert_eq!(rel["message"]["text"], label["message"]);
                assert_eq!(
                    rel["physicalLocation"]["region"]["startLine"],
                    label["line"]
                );
            }
            assert!(r["partialFingerprints"]["leerlijnKey/v1"].is_string());
        }
    }
    // A clean run is a valid log with no results.
    let v = assert_valid_sarif(&output(CLEAN, "sarif", &[]));
    assert_eq!(v["runs"][0]["results"], serde_json::json!([]));
}

// ── GitHub annotations ───────────────────────────────────────────────────

/// Undoes GitHub's escaping (`%25`, `%0D`, `%0A`, and in properties also
/// `%3A`, `%2C`).
fn unescape(s: &str) -> String {
    s.replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

/// `::LEVEL file=F,line=L,col=C,endLine=EL,endColumn=EC,title=T::MESSAGE`
/// → (level, properties in order, message).
fn parse_command(line: &str) -> (String, Vec<(String, String)>, String) {
    let rest = line.strip_prefix("::").expect("starts with ::");
    let (head, message) = rest.split_once("::").expect("`::` before the message");
    let (level, props) = head.split_once(' ').expect("a space before the properties");
    let props = props
        .split(',')
        .map(|p| {
            let (k, v) = p.split_once('=').expect("key=value");
            (k.to_string(), v.to_string())
        })
        .collect();
    (level.to_string(), props, message.to_string())
}

#[test]
fn github_lines_have_the_documented_shape() {
    let out = output(MIXED, "github", &[]);
    let expected = findings(MIXED, &[]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), expected.len(), "one command per finding");
    for (line, f) in lines.iter().zip(&expected) {
        assert!(!line.contains('\r'));
        let (level, props, message) = parse_command(line);
        let want = match f.severity.as_str() {
            "info" => "notice",
            s => s,
        };
        assert_eq!(level, want);
        let keys: Vec<&str> = props.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            ["file", "line", "col", "endLine", "endColumn", "title"]
        );
        for (_, v) in &props {
            assert!(!v.contains(':') && !v.contains(','), "escaped property {v}");
        }
        let p: BTreeMap<&str, String> = props
            .iter()
            .map(|(k, v)| (k.as_str(), unescape(v)))
            .collect();
        assert_eq!(p["file"], f.file);
        assert_eq!(p["line"], f.line.to_string());
        assert_eq!(p["col"], f.column.to_string());
        assert_eq!(p["endLine"], f.end_line.to_string());
        assert_eq!(p["endColumn"], f.end_column.to_string());
        let name = leerlijn::checks::lookup(&f.code).unwrap().name;
        assert_eq!(p["title"], format!("{} {name}", f.code));
        assert_eq!(unescape(&message), with_help(f));
    }
    // The escapes happened: the D301 message has `%`, `,`, `:` and the help
    // is on a second line.
    assert!(lines[1].contains("50%25: west%0Ahelp: "), "{}", lines[1]);
    // Nothing to say about a clean project.
    assert_eq!(output(CLEAN, "github", &[]), "");
}

// ── JUnit ────────────────────────────────────────────────────────────────

#[derive(Debug, Default)]
struct Element {
    name: String,
    attrs: BTreeMap<String, String>,
    text: String,
    children: Vec<Element>,
}

impl Element {
    fn all(&self, name: &str) -> Vec<&Element> {
        self.children.iter().filter(|c| c.name == name).collect()
    }
}

/// Parses XML strictly with quick-xml (well-formedness, matching end tags,
/// known entities only) into a small tree.
fn parse_xml(text: &str) -> Element {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut stack = vec![Element::default()];
    let mut saw_decl = false;
    let element = |e: &quick_xml::events::BytesStart| Element {
        name: String::from_utf8(e.name().as_ref().to_vec()).unwrap(),
        attrs: e
            .attributes()
            .map(|a| {
                let a = a.expect("well-formed attribute");
                (
                    String::from_utf8(a.key.as_ref().to_vec()).unwrap(),
                    a.normalized_value(quick_xml::XmlVersion::Explicit1_0)
                        .expect("attribute value unescapes")
                        .into_owned(),
                )
            })
            .collect(),
        ..Element::default()
    };
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Decl(d) => {
                assert_eq!(&*d.version().unwrap(), b"1.0");
                assert_eq!(&*d.encoding().unwrap().unwrap(), b"UTF-8");
                saw_decl = true;
            }
            Event::Start(e) => stack.push(element(&e)),
            Event::Empty(e) => stack.last_mut().unwrap().children.push(element(&e)),
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().unwrap().children.push(done);
            }
            Event::Text(t) => stack
                .last_mut()
                .unwrap()
                .text
                .push_str(&t.xml10_content().unwrap()),
            Event::GeneralRef(r) => {
                let c = match r.resolve_char_ref().expect("valid character reference") {
                    Some(c) => c.to_string(),
                    None => match &*r.decode().unwrap() {
                        "lt" => "<".into(),
                        "gt" => ">".into(),
                        "amp" => "&".into(),
                        "quot" => "\"".into(),
                        "apos" => "'".into(),
                        other => panic!("unknown entity &{other};"),
                    },
                };
                stack.last_mut().unwrap().text.push_str(&c);
            }
            Event::Eof => break,
            Event::CData(_) | Event::Comment(_) | Event::PI(_) | Event::DocType(_) => {
                panic!("unexpected XML construct")
            }
        }
    }
    assert!(saw_decl, "an XML declaration");
    assert_eq!(stack.len(), 1, "every element closed");
    let mut doc = stack.pop().unwrap();
    assert_eq!(doc.children.len(), 1, "one root element");
    doc.children.pop().unwrap()
}

#[test]
fn junit_is_valid_xml() {
    let out = output(MIXED, "junit", &[]);
    let root = parse_xml(&out);
    assert_eq!(root.name, "testsuites");
    let suites = root.all("testsuite");
    assert_eq!(suites.len(), 1, "one testsuite");
    let suite = suites[0];
    let cases = suite.all("testcase");
    let files = [
        "tests/fixtures/ci/mixed/a-schools.pathway",
        "tests/fixtures/ci/mixed/b-offers.pathway",
        "tests/fixtures/ci/mixed/c-unreached.pathway",
        "tests/fixtures/ci/mixed/d-clean.pathway",
    ];
    assert_eq!(
        cases
            .iter()
            .map(|c| c.attrs["name"].as_str())
            .collect::<Vec<_>>(),
        files,
        "a testcase per file"
    );
    let expected = findings(MIXED, &[]);
    let mut failed = 0;
    for case in &cases {
        let file = &case.attrs["name"];
        let errors: Vec<&Finding> = expected
            .iter()
            .filter(|f| &f.file == file && f.severity == "error")
            .collect();
        let failures = case.all("failure");
        assert_eq!(
            failures.len(),
            errors.len(),
            "a failure per error in {file}"
        );
        failed += usize::from(!failures.is_empty());
        for (fail, f) in failures.iter().zip(&errors) {
            // Escaped on the way out, the same text on the way in.
            assert_eq!(fail.attrs["message"], f.message);
            assert!(fail.attrs["type"].starts_with(&f.code));
            assert!(fail.text.contains(&f.message), "{}", fail.text);
        }
        for f in expected
            .iter()
            .filter(|f| &f.file == file && f.severity != "error")
        {
            let out = case.all("system-out");
            assert_eq!(out.len(), 1);
            assert!(out[0].text.contains(&f.message), "{}", out[0].text);
        }
    }
    for el in [&root, suite] {
        assert_eq!(el.attrs["tests"], files.len().to_string());
        assert_eq!(el.attrs["failures"], failed.to_string());
        assert_eq!(el.attrs["errors"], "0");
    }
    // The D301 warning's text came through with `<`, `&` and `>` intact.
    assert!(
        cases[1].all("system-out")[0]
            .text
            .contains("Zuid <R&D>, 50%: west")
    );
    // A clean project: one passing test case.
    let root = parse_xml(&output(CLEAN, "junit", &[]));
    let suite = &root.all("testsuite")[0];
    assert_eq!(suite.attrs["tests"], "1");
    assert_eq!(suite.attrs["failures"], "0");
    assert!(suite.all("testcase")[0].children.is_empty());
}
