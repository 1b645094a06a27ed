//! The translation files: both languages hold the same messages with the
//! same variables, and every message is used by the code (and every message
//! the code asks for exists).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The variables of a message: those shown as text, and those only used to
/// choose between variants (a language may not need such a choice: Dutch
/// says `niveau 3 en 4` where English says `levels 3 and 4`).
#[derive(Default, Debug)]
struct Vars {
    shown: BTreeSet<String>,
    chosen: BTreeSet<String>,
}

impl Vars {
    fn all(&self) -> BTreeSet<String> {
        self.shown.union(&self.chosen).cloned().collect()
    }
}

fn pattern(p: &Pattern<&str>, vars: &mut Vars) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expr(expression, vars);
        }
    }
}

fn expr(e: &Expression<&str>, vars: &mut Vars) {
    match e {
        Expression::Select { selector, variants } => {
            if let InlineExpression::VariableReference { id } = selector {
                vars.chosen.insert(id.name.to_string());
            } else {
                inline(selector, vars);
            }
            for v in variants {
                pattern(&v.value, vars);
            }
        }
        Expression::Inline(i) => inline(i, vars),
    }
}

fn inline(i: &InlineExpression<&str>, vars: &mut Vars) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.shown.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expr(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline(a, vars);
            }
            for a in &arguments.named {
                inline(&a.value, vars);
            }
        }
        InlineExpression::MessageReference { id, .. } => {
            panic!(
                "message reference `{}`: pass the text as a variable instead",
                id.name
            )
        }
        InlineExpression::TermReference { .. }
        | InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn messages(name: &str, source: &str) -> BTreeMap<String, Vars> {
    let res = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errs)| panic!("{name}: syntax errors: {errs:?}"));
    let mut out = BTreeMap::new();
    for entry in &res.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = Vars::default();
                let value = m
                    .value
                    .as_ref()
                    .unwrap_or_else(|| panic!("{name}: `{}` has no text", m.id.name));
                pattern(value, &mut vars);
                assert!(
                    m.attributes.is_empty(),
                    "{name}: `{}` has attributes",
                    m.id.name
                );
                let dup = out.insert(m.id.name.to_string(), vars);
                assert!(dup.is_none(), "{name}: `{}` twice", m.id.name);
            }
            Entry::Junk { content } => panic!("{name}: cannot read {content:?}"),
            Entry::Term(t) => panic!("{name}: term `-{}`: leerlijn uses messages only", t.id.name),
            _ => {}
        }
    }
    out
}

fn both() -> (BTreeMap<String, Vars>, BTreeMap<String, Vars>) {
    (
        messages("locales/en/leerlijn.ftl", leerlijn::i18n::EN_FTL),
        messages("locales/nl/leerlijn.ftl", leerlijn::i18n::NL_FTL),
    )
}

#[test]
fn both_languages_have_the_same_messages_and_variables() {
    let (en, nl) = both();
    let en_ids: BTreeSet<_> = en.keys().collect();
    let nl_ids: BTreeSet<_> = nl.keys().collect();
    assert_eq!(en_ids, nl_ids, "the message ids differ between en and nl");
    assert!(en.len() > 50, "only {} messages read", en.len());
    for (id, e) in &en {
        let n = &nl[id];
        assert_eq!(
            e.shown, n.shown,
            "`{id}`: en and nl show different variables"
        );
        // A variable in one language only must be one that only chooses.
        for v in e.all().symmetric_difference(&n.all()) {
            assert!(
                !e.shown.contains(v) && !n.shown.contains(v),
                "`{id}`: `${v}` is in one language only"
            );
        }
    }
}

/// Every `fl!(lang, "id", ...)` and `msg!("id", ...)` in the source: the
/// first string literal after `fl!(` or `msg!(` is the id.
fn used_ids() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, text) in rust_sources() {
        let calls = text
            .match_indices("fl!(")
            .map(|(i, _)| (i, 4))
            .chain(text.match_indices("msg!(").map(|(i, _)| (i, 5)));
        for (i, len) in calls {
            // Examples in comments are not uses.
            if in_comment(&text, i) {
                continue;
            }
            let rest = &text[i + len..];
            let Some(open) = rest.find('"') else { continue };
            // The language argument comes first and holds no quote.
            if rest[..open].contains(')') || rest[..open].contains(';') {
                continue;
            }
            let close = rest[open + 1..].find('"').unwrap() + open + 1;
            out.insert(rest[open + 1..close].to_string());
        }
    }
    out
}

/// Every `.rs` file below `src/`, sorted by path, with its text.
fn rust_sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.push((p, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// True when the line holding byte `i` of `text` is a `//` comment.
fn in_comment(text: &str, i: usize) -> bool {
    let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
    text[line_start..i].trim_start().starts_with("//")
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let (en, _) = both();
    let used = used_ids();
    assert!(used.len() > 50, "only {} ids found in src/", used.len());
    let unused: Vec<_> = en.keys().filter(|id| !used.contains(*id)).collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    let missing: Vec<_> = used.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "messages the code asks for but the files lack: {missing:?}"
    );
}

#[test]
fn output_has_no_isolation_marks_and_plurals_choose() {
    use leerlijn::{Lang, fl};
    let en = fl!(Lang::En, "school-year", year = 2026u32, next = 2027u32);
    assert_eq!(en, "2026 (school year 2026–2027)");
    let nl = fl!(Lang::Nl, "school-year", year = 2026u32, next = 2027u32);
    assert_eq!(nl, "2026 (schooljaar 2026–2027)");
    assert_eq!(
        fl!(Lang::En, "levels", count = 1usize, list = "3"),
        "level 3"
    );
    assert_eq!(
        fl!(Lang::En, "levels", count = 2usize, list = "3 and 4"),
        "levels 3 and 4"
    );
    assert_eq!(
        fl!(Lang::Nl, "levels", count = 2usize, list = "3 en 4"),
        "niveau 3 en 4"
    );
    let items = ["`a`".to_string(), "`b`".to_string(), "`c`".to_string()];
    assert_eq!(
        leerlijn::i18n::and_list(&items, Lang::Nl),
        "`a`, `b` en `c`"
    );
    assert_eq!(leerlijn::i18n::or_list(&items, Lang::En), "`a`, `b` or `c`");
}

/// A message is data (an id and typed variables) until it is rendered, in
/// either language, by one function: lists join, nested messages render
/// in the same language, numbers choose plurals.
#[test]
fn a_message_is_data_rendered_in_either_language() {
    use leerlijn::i18n::{Arg, levels, school_year};
    use leerlijn::{Lang, msg};
    let offers = ["zadkine.25263".to_string(), "albeda.25263".to_string()];
    let help = msg!(
        "c205-help",
        route = "bbl",
        offers = Arg::and_quoted(&offers)
    );
    assert_eq!(
        help.render(Lang::En),
        "add `bbl` to the `routes` of `zadkine.25263` and `albeda.25263`, or change or remove the pathway's `route`"
    );
    assert_eq!(
        help.render(Lang::Nl),
        "voeg `bbl` toe aan de `routes` van `zadkine.25263` en `albeda.25263`, of wijzig of verwijder de `route` van de doorstroomroute"
    );
    // The same data gives the same message; it holds no text in a language.
    assert_eq!(
        help,
        msg!(
            "c205-help",
            route = "bbl",
            offers = Arg::and_quoted(&offers)
        )
    );
    assert_eq!(help.id(), "c205-help");
    assert_eq!(levels(&[3, 4]).render(Lang::En), "levels 3 and 4");
    assert_eq!(levels(&[2]).render(Lang::En), "level 2");
    assert_eq!(levels(&[3, 4]).render(Lang::Nl), "niveau 3 en 4");
    let nested = Arg::from(school_year(2026));
    assert_eq!(nested.text(Lang::Nl), "2026 (schooljaar 2026–2027)");
}

/// The variables each `msg!("id", name = value, ...)` in the source
/// passes by name: the top-level `name =` of its arguments.
fn msg_calls() -> Vec<(String, String, Vec<String>)> {
    let mut out = Vec::new();
    for (p, text) in rust_sources() {
        for (i, _) in text.match_indices("msg!(\"") {
            if in_comment(&text, i) {
                continue;
            }
            let body = &text[i + 5..];
            let id_end = body[1..].find('"').unwrap() + 1;
            let id = body[1..id_end].to_string();
            // The arguments up to the macro's closing parenthesis.
            let (mut depth, mut names, mut start) = (0i32, Vec::new(), id_end + 1);
            let bytes = body.as_bytes();
            let mut k = id_end + 1;
            let mut in_str = false;
            while k < bytes.len() {
                let c = bytes[k];
                if in_str {
                    if c == b'\\' {
                        k += 1;
                    } else if c == b'"' {
                        in_str = false;
                    }
                } else if c == b'"' {
                    in_str = true;
                } else if c == b'(' || c == b'[' || c == b'{' {
                    depth += 1;
                } else if (c == b')' || c == b']' || c == b'}') && depth > 0 {
                    depth -= 1;
                } else if (c == b',' || c == b')') && depth == 0 {
                    let arg = body[start..k].trim();
                    if let Some((name, _)) = arg.split_once('=') {
                        names.push(name.trim().to_string());
                    }
                    start = k + 1;
                    if c == b')' {
                        break;
                    }
                }
                k += 1;
            }
            out.push((p.display().to_string(), id, names));
        }
    }
    out
}

/// Every variable a `msg!` passes is one its message uses, in both
/// languages' union: a misspelt name would otherwise be dropped silently.
#[test]
fn every_variable_a_finding_passes_is_one_its_message_uses() {
    let (en, nl) = both();
    let calls = msg_calls();
    assert!(calls.len() > 100, "only {} msg! calls found", calls.len());
    assert!(
        calls.iter().any(|(_, _, names)| names.len() > 2),
        "the scanner reads the variables"
    );
    let mut wrong = Vec::new();
    for (file, id, names) in &calls {
        let (Some(e), Some(n)) = (en.get(id), nl.get(id)) else {
            continue; // a missing id is the test above's finding
        };
        let known: BTreeSet<String> = e.all().union(&n.all()).cloned().collect();
        for name in names {
            if !known.contains(name) {
                wrong.push(format!("{file}: `{id}` has no variable `${name}`"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
