//! A direct walk over a message's Fluent pattern, for the patterns the
//! translation files use: text, string literals, variables and selects on
//! a variable. It writes into the caller's buffer and reads the variables
//! straight from the [`Message`], so a finding is worded without building
//! `FluentArgs` or intermediate strings. It follows fluent-bundle's
//! resolver rule for rule (isolation, plural categories, number keys,
//! number formatting); anything else (references, functions, a missing
//! variable) returns `None` and the caller lets fluent-bundle word the
//! message, so the text is the same either way (the tests compare both).

use std::fmt::Write as _;

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};

use super::{Arg, USE_ISOLATING, Worded};
use crate::Lang;

/// fluent-bundle stops resolving after this many placeables.
const MAX_PLACEABLES: u8 = 100;

/// Writes `pattern` with `msg`'s variables to `out`; `None` when the
/// pattern needs fluent-bundle (`out` may then hold part of the text).
pub(super) fn write(
    pattern: &Pattern<&str>,
    msg: &Worded,
    lang: Lang,
    out: &mut String,
    escape: Escape,
) -> Option<()> {
    Walk {
        msg,
        lang,
        placeables: 0,
        escape,
    }
    .pattern(pattern, out)
}

/// What a walk escapes for JSON: the variables, and the pattern's own text
/// unless it is known to need no escaping.
#[derive(Clone, Copy)]
pub(super) struct Escape {
    pub vars: bool,
    pub text: bool,
}

/// Whether every text of `pattern` (every variant's too) can stand in a
/// JSON string as it is.
pub(super) fn text_is_clean(pattern: &Pattern<&str>) -> bool {
    fn expression(e: &Expression<&str>) -> bool {
        match e {
            Expression::Inline(InlineExpression::Placeable { expression: e }) => expression(e),
            Expression::Inline(InlineExpression::StringLiteral { .. }) => false,
            Expression::Inline(_) => true,
            Expression::Select { variants, .. } => variants.iter().all(|v| text_is_clean(&v.value)),
        }
    }
    pattern.elements.iter().all(|e| match e {
        PatternElement::TextElement { value } => super::json::is_clean(value),
        PatternElement::Placeable { expression: e } => expression(e),
    })
}

/// A list joined by `pattern` (`list-and`, `list-or`): its `head` is
/// `init` joined by `, `, its `last` is `last`, each written in place
/// rather than built as text first. `None` for a pattern that is not plain
/// text around those two variables.
pub(super) fn write_join(
    pattern: &Pattern<&str>,
    init: &[Arg],
    last: &Arg,
    lang: Lang,
    out: &mut String,
    escape: Escape,
) -> Option<()> {
    if USE_ISOLATING {
        return None;
    }
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => super::json::push(out, value, escape.text),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => match id.name {
                "head" => {
                    for (i, item) in init.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        item.write_text(lang, out, escape.vars);
                    }
                }
                "last" => last.write_text(lang, out, escape.vars),
                _ => return None,
            },
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(())
}

struct Walk<'m> {
    msg: &'m Worded,
    lang: Lang,
    placeables: u8,
    escape: Escape,
}

/// A selector's value as fluent-bundle sees it: a string or a number.
enum Selector<'a> {
    Str(&'a str),
    Owned(String),
    Num(i64),
}

impl Walk<'_> {
    fn pattern(&mut self, pattern: &Pattern<&str>, out: &mut String) -> Option<()> {
        let len = pattern.elements.len();
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => {
                    super::json::push(out, value, self.escape.text);
                }
                PatternElement::Placeable { expression } => {
                    self.placeables += 1;
                    if self.placeables > MAX_PLACEABLES {
                        return None;
                    }
                    let isolate = USE_ISOLATING
                        && len > 1
                        && !matches!(
                            expression,
                            Expression::Inline(
                                InlineExpression::MessageReference { .. }
                                    | InlineExpression::TermReference { .. }
                                    | InlineExpression::StringLiteral { .. }
                            )
                        );
                    if isolate {
                        out.push('\u{2068}');
                    }
                    self.expression(expression, out)?;
                    if isolate {
                        out.push('\u{2069}');
                    }
                }
            }
        }
        Some(())
    }

    fn expression(&mut self, expression: &Expression<&str>, out: &mut String) -> Option<()> {
        match expression {
            Expression::Inline(inline) => self.inline(inline, out),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return None;
                };
                let selector = match self.msg.var(id.name)? {
                    Arg::Text(s) => Selector::Str(s),
                    Arg::Word(s) => Selector::Str(s),
                    Arg::Num(n) => Selector::Num(*n),
                    other => Selector::Owned(other.text(self.lang)),
                };
                let mut chosen = None;
                for variant in variants {
                    if key_matches(&variant.key, &selector, self.lang)? {
                        chosen = Some(variant);
                        break;
                    }
                }
                let variant = match chosen {
                    Some(v) => v,
                    None => variants.iter().find(|v| v.default)?,
                };
                self.pattern(&variant.value, out)
            }
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>, out: &mut String) -> Option<()> {
        match inline {
            InlineExpression::StringLiteral { value } if self.escape.text => {
                let mut text = String::new();
                fluent_syntax::unicode::unescape_unicode(&mut text, value).ok()?;
                super::json::push(out, &text, true);
                Some(())
            }
            InlineExpression::StringLiteral { value } => {
                fluent_syntax::unicode::unescape_unicode(out, value).ok()
            }
            InlineExpression::VariableReference { id } => {
                let json = self.escape.vars;
                match self.msg.var(id.name)? {
                    Arg::Text(s) => super::json::push(out, s, json),
                    Arg::Word(s) => super::json::push(out, s, json),
                    Arg::Num(n) => write_number(*n, out),
                    other => other.write_text(self.lang, out, json),
                }
                Some(())
            }
            InlineExpression::Placeable { expression } => self.expression(expression, out),
            _ => None,
        }
    }
}

/// Whether a variant's key selects `selector`, as fluent-bundle decides
/// it; `None` for a key this walk does not handle.
fn key_matches(key: &VariantKey<&str>, selector: &Selector, lang: Lang) -> Option<bool> {
    Some(match (key, selector) {
        (VariantKey::Identifier { name }, Selector::Str(s)) => name == s,
        (VariantKey::Identifier { name }, Selector::Owned(s)) => name == s,
        // An identifier against a number is a plural category. English
        // and Dutch have two cardinal ones: `one` (i = 1 and v = 0: an
        // integer of absolute value 1) and `other`; the remaining
        // category names never match in these languages.
        (VariantKey::Identifier { name }, Selector::Num(n)) => match lang {
            Lang::En | Lang::Nl => match *name {
                "one" => n.unsigned_abs() == 1,
                "other" => n.unsigned_abs() != 1,
                _ => false,
            },
        },
        // A number key equals the number (both as f64, without fraction
        // digits); a key with a fraction is left to fluent-bundle.
        (VariantKey::NumberLiteral { value }, Selector::Num(n)) => {
            let key: i64 = value.parse().ok()?;
            key as f64 == *n as f64
        }
        (VariantKey::NumberLiteral { .. }, _) => false,
    })
}

/// A number as fluent-bundle writes it without options: the `f64`'s text.
fn write_number(n: i64, out: &mut String) {
    if n.unsigned_abs() <= 1 << 53 {
        super::push_decimal(out, n);
    } else {
        let _ = write!(out, "{}", n as f64);
    }
}

#[cfg(test)]
mod tests {
    use fluent_syntax::ast::{
        Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
    };

    use super::super::{Arg, EN_FTL, Join, Message, NL_FTL};
    use crate::Lang;

    /// Each variable of a pattern with the values worth trying: every key
    /// of the selects on it, numbers around the plural boundaries, and
    /// text that matches no key.
    fn variables(p: &Pattern<&'static str>, vars: &mut Vec<(&'static str, Vec<Arg>)>) {
        for e in &p.elements {
            if let PatternElement::Placeable { expression } = e {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &Expression<&'static str>, vars: &mut Vec<(&'static str, Vec<Arg>)>) {
        match e {
            Expression::Inline(i) => inline_vars(i, vars, &[]),
            Expression::Select { selector, variants } => {
                let keys: Vec<Arg> = variants
                    .iter()
                    .map(|v| match v.key {
                        VariantKey::Identifier { name } => Arg::Word(name),
                        VariantKey::NumberLiteral { value } => {
                            Arg::Num(value.parse().expect("an integer key"))
                        }
                    })
                    .collect();
                inline_vars(selector, vars, &keys);
                for v in variants {
                    variables(&v.value, vars);
                }
            }
        }
    }

    fn inline_vars(
        i: &InlineExpression<&'static str>,
        vars: &mut Vec<(&'static str, Vec<Arg>)>,
        keys: &[Arg],
    ) {
        match i {
            InlineExpression::VariableReference { id } => {
                let values = match vars.iter_mut().find(|(n, _)| *n == id.name) {
                    Some((_, values)) => values,
                    None => {
                        vars.push((id.name, Vec::new()));
                        &mut vars.last_mut().expect("just pushed").1
                    }
                };
                values.extend(keys.iter().cloned());
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    fn tries() -> Vec<Arg> {
        let mut v: Vec<Arg> = [-1, 0, 1, 2, 5, 11, 2026, (1 << 60) + 1]
            .into_iter()
            .map(Arg::Num)
            .collect();
        v.extend([
            Arg::Text("a \"b\"\n".into()),
            Arg::Word("zzz"),
            Arg::Quoted("olympia.pie-kb".into()),
            Arg::Msg(Box::new(crate::i18n::school_year(2026))),
            Arg::List(Join::And, vec![Arg::Num(1), Arg::Quoted("x".into())].into()),
            Arg::List(Join::Or, vec![Arg::Num(1), Arg::Num(2), Arg::Num(3)].into()),
            Arg::List(Join::Semicolon, vec![Arg::Word("a"), Arg::Word("b")].into()),
            Arg::List(Join::And, vec![].into()),
            Arg::List(Join::Or, vec![Arg::Quoted("solo".into())].into()),
            Arg::List(
                Join::And,
                vec![
                    Arg::Msg(Box::new(crate::i18n::levels(&[1, 2]))),
                    Arg::List(Join::Or, vec![Arg::Num(-4), Arg::Text("t".into())].into()),
                    Arg::Num((1 << 60) + 1),
                ]
                .into(),
            ),
        ]);
        v
    }

    /// Every message of both files, with its variables varied one at a
    /// time over their keys and over sample values: the direct walk writes
    /// exactly what fluent-bundle writes, and it handles every message the
    /// files hold (so the fallback is for future constructs only).
    #[test]
    fn the_walk_words_every_message_as_fluent_bundle_does() {
        let mut compared = 0;
        for (lang, source) in [(Lang::En, EN_FTL), (Lang::Nl, NL_FTL)] {
            let resource = fluent_syntax::parser::parse(source).expect("the file parses");
            for entry in &resource.body {
                let Entry::Message(m) = entry else { continue };
                let Some(pattern) = &m.value else { continue };
                let mut vars = Vec::new();
                variables(pattern, &mut vars);
                let base: Vec<Arg> = vars
                    .iter()
                    .map(|(_, keys)| keys.first().cloned().unwrap_or(Arg::Word("x")))
                    .collect();
                let mut cases = vec![base.clone()];
                for (i, (_, keys)) in vars.iter().enumerate() {
                    for value in keys.iter().cloned().chain(tries()) {
                        let mut case = base.clone();
                        case[i] = value;
                        cases.push(case);
                    }
                }
                for case in cases {
                    let mut msg = Message::new(Box::leak(Box::new(m.id.name)));
                    for ((name, _), value) in vars.iter().zip(case) {
                        // A name of the Fluent file, as `msg!` would write it.
                        msg = msg.arg(Box::leak(Box::new(*name)), value);
                    }
                    let mut fast = String::new();
                    let plain = super::Escape {
                        vars: false,
                        text: false,
                    };
                    let bundle = super::super::bundle(lang);
                    let p = bundle
                        .get_message(m.id.name)
                        .and_then(|m| m.value())
                        .expect("the message has a value");
                    assert!(
                        super::write(p, &msg.worded(), lang, &mut fast, plain).is_some(),
                        "the walk handles {msg:?}"
                    );
                    assert_eq!(fast, msg.render_fluent(lang), "{lang:?} {msg:?}");
                    assert_eq!(msg.render(lang), fast);
                    let mut json = String::new();
                    msg.render_json_into(lang, &mut json);
                    let mut escaped = String::new();
                    super::super::json::escape_into(&fast, &mut escaped);
                    assert_eq!(json, escaped, "{lang:?} {msg:?}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 1000, "{compared} messages compared");
    }

    #[test]
    fn decimals_are_written_as_fmt_writes_them() {
        for n in [
            0,
            1,
            -1,
            9,
            10,
            -10,
            2026,
            i64::from(u32::MAX),
            i64::MAX,
            i64::MIN,
        ] {
            let mut s = String::from("x");
            crate::i18n::push_decimal(&mut s, n);
            assert_eq!(s, format!("x{n}"));
        }
    }

    /// A duplicate variable: fluent-bundle keeps the last value set.
    #[test]
    fn the_last_value_of_a_variable_counts() {
        let msg = Message::new(&"school-year")
            .arg(&"year", 1)
            .arg(&"next", 2)
            .arg(&"year", 3);
        assert_eq!(msg.render(Lang::En), msg.render_fluent(Lang::En));
        assert!(msg.render(Lang::En).contains('3'));
    }
}
