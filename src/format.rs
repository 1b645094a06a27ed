//! The formatter behind `leerlijn fmt`: re-emits the tokens of a file with
//! canonical spacing and indentation, keeping every comment.
//!
//! It works on the token stream, not the tree, so nothing the tree leaves
//! out (comments, escapes as written, blank lines between items) can get
//! lost. Layout follows the author where the choice is one of taste: a
//! block or list written on one line stays on one line (normalised to
//! `{ a = 1, b = [x, y] }`); one written over several lines gets one field
//! or element per line, indented by two spaces. One blank line is kept
//! where the source had one or more; a line break inside an item's head,
//! a field or a chain is kept. Files with syntax errors are not formatted.
//!
//! Suppression comments keep their item (docs/decisions.md, "Suppressions
//! and layout"), and [`format_file`] proves every result ([`prove`])
//! before `fmt` writes it.

use crate::diagnostics::Diagnostic;
use crate::source::{FileId, LineIndex};
use crate::syntax::ItemKind;
use crate::syntax::lexer::{Token, TokenKind, lex};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Block { multi: bool },
    List { multi: bool },
}

impl Ctx {
    fn multi(self) -> bool {
        match self {
            Ctx::Block { multi } | Ctx::List { multi } => multi,
        }
    }
}

/// One output line: its code (indentation included) and its trailing
/// comment, kept apart so trailing comments can be aligned and a
/// suppression can be moved back to its item's first line.
#[derive(Default)]
struct Line {
    code: String,
    comment: Option<String>,
}

/// A line with tokens on it (not empty, not a comment on its own line):
/// the only kind a trailing comment may follow.
fn is_code_line(l: &Line) -> bool {
    let code = l.code.trim_start();
    !code.is_empty() && !code.starts_with('#')
}

/// Whether a comment is a suppression (`# leerlijn: ...`): the comments
/// whose place has a meaning.
fn is_suppression(text: &str) -> bool {
    text.trim_start().starts_with("leerlijn:")
}

/// Formats a file; its syntax errors if it has any. The output always
/// ends lines with `\n` (see [`format_file`] for line endings, the BOM and
/// the proof that the output means what the input meant).
pub fn format_source(file: FileId, text: &str) -> Result<String, Vec<Diagnostic>> {
    let arena = crate::syntax::Arena::new();
    let parsed = crate::syntax::parse(file, text, &arena);
    if !parsed.errors.is_empty() {
        return Err(parsed.errors);
    }
    let lexed = lex(file, text);
    let lines = LineIndex::new(text);
    let line = |off: u32| lines.line_col(text, off as usize).line;
    let toks: Vec<Token> = lexed
        .tokens
        .iter()
        .copied()
        .filter(|t| t.kind != TokenKind::Eof)
        .collect();
    // Where each bracket closes, to know whether the author wrote it on one line.
    let mut close = vec![usize::MAX; toks.len()];
    let mut stack = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            TokenKind::LBrace | TokenKind::LBracket => stack.push(i),
            TokenKind::RBrace | TokenKind::RBracket => {
                if let Some(o) = stack.pop() {
                    close[o] = i;
                }
            }
            _ => {}
        }
    }
    let src = |t: &Token| &text[t.start as usize..t.end as usize];
    let is_field = |i: usize| {
        toks[i].kind == TokenKind::Ident && toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Eq)
    };
    let is_item = |i: usize| {
        toks[i].kind == TokenKind::Ident
            && !is_field(i)
            && ItemKind::from_keyword(src(&toks[i])).is_some()
    };
    // The first item keyword on each source line: the item a trailing
    // suppression on that line belongs to (language.md, "Suppressions").
    let mut first_item_on_line: crate::collections::HashMap<u32, usize> = Default::default();
    for (i, t) in toks.iter().enumerate() {
        if is_item(i) {
            first_item_on_line.entry(line(t.start)).or_insert(i);
        }
    }
    // The output line each item keyword was put on.
    let mut item_line: Vec<usize> = vec![usize::MAX; toks.len()];
    // Puts a comment at the end of a line it belongs to: a trailing
    // suppression back on the first line of the item whose first line it
    // ended (once that line is written, wherever it now ends), any other
    // trailing comment on the current code line. Gives the comment back
    // when it needs a line of its own.
    let attach = |c: &crate::syntax::Comment,
                  comment: String,
                  item_line: &[usize],
                  out: &mut [Line],
                  cur: &mut Line|
     -> Option<String> {
        let home = c
            .trailing
            .then(|| first_item_on_line.get(&line(c.span.start)))
            .flatten()
            .map(|&k| item_line[k])
            .filter(|&l| l != usize::MAX && l != out.len() && is_suppression(c.text));
        if let Some(l) = home
            && out[l].comment.is_none()
        {
            out[l].comment = Some(comment);
            None
        } else if c.trailing && is_code_line(cur) && cur.comment.is_none() {
            cur.comment = Some(comment);
            None
        } else {
            Some(comment)
        }
    };

    let mut out: Vec<Line> = Vec::new();
    let mut cur = Line::default();
    let mut ctx: Vec<Ctx> = Vec::new();
    let mut prev: Option<TokenKind> = None;
    let mut last_end: u32 = 0;
    let mut force_newline = false;
    // The comma after a multi-line list's element is already written.
    let mut comma_done = false;
    // A suppression on a line of its own stands between the last token and
    // this one.
    let mut suppression_above = false;
    // The last token was a comma left out of the output.
    let mut dropped_comma = false;
    let mut comments = lexed.comments.iter().peekable();

    let indent_of = |ctx: &[Ctx]| "  ".repeat(ctx.iter().filter(|c| c.multi()).count());
    // Ends the current line and starts one at `indent`, keeping one blank
    // line where the source had any between `last_end` and `at` (unless
    // `blank` is false).
    let start_line =
        |out: &mut Vec<Line>, cur: &mut Line, indent: &str, last_end: u32, at: u32, blank: bool| {
            if !cur.code.trim().is_empty() || cur.comment.is_some() {
                out.push(std::mem::take(cur));
            }
            let gap = &text[last_end as usize..at as usize];
            if !out.is_empty() && blank && gap.matches('\n').count() >= 2 {
                out.push(Line::default());
            }
            *cur = Line {
                code: indent.to_string(),
                comment: None,
            };
        };

    for (i, t) in toks.iter().enumerate() {
        // Comments before this token.
        while let Some(c) = comments.next_if(|c| c.span.start < t.start) {
            let after_open = matches!(prev, Some(TokenKind::LBrace | TokenKind::LBracket));
            let comment = format!("#{}", c.text.trim_end());
            if let Some(comment) = attach(c, comment, &item_line, &mut out, &mut cur) {
                // `a # one` / `, # leerlijn: ...`: on a line of its own the
                // suppression would reach the next item; the comma it
                // followed stays, on a line of its own, and keeps it apart.
                let keep_comma = c.trailing && dropped_comma && is_suppression(c.text);
                start_line(
                    &mut out,
                    &mut cur,
                    &indent_of(&ctx),
                    last_end,
                    c.span.start,
                    !keep_comma && !after_open,
                );
                if keep_comma {
                    cur.code.push(',');
                    cur.comment = Some(comment);
                } else {
                    cur.code.push_str(&comment);
                    suppression_above |= is_suppression(c.text);
                }
            }
            last_end = c.span.end;
            force_newline = true;
        }
        let top = ctx.last().copied();
        let closing = matches!(t.kind, TokenKind::RBrace | TokenKind::RBracket);
        if closing {
            ctx.pop();
        }
        // Multi-line blocks drop the commas between fields (but not one
        // that keeps a suppression above it from reaching the next item);
        // a multi-line list's comma was put right after its element.
        let keeps_apart = std::mem::take(&mut suppression_above);
        dropped_comma = false;
        if t.kind == TokenKind::Comma
            && ((top == Some(Ctx::Block { multi: true }) && !keeps_apart)
                || std::mem::take(&mut comma_done))
        {
            dropped_comma = top == Some(Ctx::Block { multi: true });
            if top != Some(Ctx::Block { multi: true }) {
                prev = Some(TokenKind::Comma);
            }
            last_end = t.end;
            continue;
        }
        let in_multi_list = top == Some(Ctx::List { multi: true });
        let element_start = in_multi_list
            && !closing
            && matches!(prev, Some(TokenKind::LBracket | TokenKind::Comma));
        // Tokens that start a line of their own; any other token that must
        // start one (after a comment) continues the line before it.
        let starter = (ctx.is_empty() && is_item(i))
            || (top == Some(Ctx::Block { multi: true }) && (is_field(i) || is_item(i) || closing))
            || element_start
            || (in_multi_list && closing);
        let new_line = starter || (force_newline && (prev.is_none() || t.kind == TokenKind::Comma));
        // Where the author broke a line inside an item's head, a field or
        // a chain (`pathway a\n  -> b`), the break stays: joining lines
        // would move comments onto other lines, and with them the item a
        // suppression belongs to. Single-line blocks and lists have none.
        let single = matches!(
            top,
            Some(Ctx::Block { multi: false } | Ctx::List { multi: false })
        );
        let continued = !new_line
            && prev.is_some()
            && t.kind != TokenKind::Comma
            && (force_newline
                || (!single && text[last_end as usize..t.start as usize].contains('\n')));
        if new_line && !(ctx.is_empty() && cur.code.is_empty() && out.is_empty()) {
            let after_open = matches!(prev, Some(TokenKind::LBrace | TokenKind::LBracket));
            start_line(
                &mut out,
                &mut cur,
                &indent_of(&ctx),
                last_end,
                t.start,
                !after_open,
            );
        } else if new_line {
            cur.code.clear();
        } else if continued {
            let indent = format!("{}  ", indent_of(&ctx));
            start_line(&mut out, &mut cur, &indent, last_end, t.start, false);
        } else if let Some(p) = prev {
            let tight = matches!(
                t.kind,
                TokenKind::Comma | TokenKind::RBracket | TokenKind::Dot | TokenKind::Colon
            ) || matches!(p, TokenKind::LBracket | TokenKind::Dot)
                || (p == TokenKind::LBrace && t.kind == TokenKind::RBrace);
            // A single-line block separates its fields with `, ` (but no
            // comma may follow a nested item's `}`).
            let needs_comma = top == Some(Ctx::Block { multi: false })
                && is_field(i)
                && !matches!(p, TokenKind::LBrace | TokenKind::Comma | TokenKind::RBrace);
            if needs_comma {
                cur.code.push(',');
            }
            if !tight {
                cur.code.push(' ');
            }
        }
        force_newline = false;
        if is_item(i) {
            item_line[i] = out.len();
        }
        cur.code.push_str(src(t));
        match t.kind {
            TokenKind::LBrace | TokenKind::LBracket => {
                let multi = close[i] != usize::MAX && line(t.start) != line(toks[close[i]].start);
                ctx.push(if t.kind == TokenKind::LBrace {
                    Ctx::Block { multi }
                } else {
                    Ctx::List { multi }
                });
            }
            // A trailing comma in a single-line block or list goes.
            TokenKind::Comma
                if !in_multi_list
                    && toks.get(i + 1).is_some_and(|n| {
                        matches!(n.kind, TokenKind::RBrace | TokenKind::RBracket)
                    }) =>
            {
                cur.code.pop();
            }
            _ => {}
        }
        // Every element of a multi-line list gets its comma right away,
        // before any comment that follows it (the last one gets one too).
        if ctx.last() == Some(&Ctx::List { multi: true })
            && !matches!(t.kind, TokenKind::Comma | TokenKind::LBracket)
        {
            match toks.get(i + 1).map(|n| n.kind) {
                Some(TokenKind::Comma) => {
                    cur.code.push(',');
                    comma_done = true;
                }
                Some(TokenKind::RBracket) => cur.code.push(','),
                _ => {}
            }
        }
        prev = Some(t.kind);
        last_end = t.end;
    }
    for c in comments {
        let comment = format!("#{}", c.text.trim_end());
        if let Some(comment) = attach(c, comment, &item_line, &mut out, &mut cur) {
            start_line(&mut out, &mut cur, "", last_end, c.span.start, true);
            cur.code.push_str(&comment);
        }
        last_end = c.span.end;
    }
    if !cur.code.trim().is_empty() || cur.comment.is_some() {
        out.push(cur);
    }
    Ok(align_trailing(&out))
}

/// Aligns the trailing comments of consecutive lines (one space after the
/// longest code), as authors align them by hand.
fn align_trailing(lines: &[Line]) -> String {
    let mut result = String::new();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let is_comment_line = |l: &Line| l.comment.is_none() && l.code.trim_start().starts_with('#');
    let mut i = 0;
    while i < lines.len() {
        if lines[i].comment.is_none() || lines[i].code.trim().is_empty() {
            result.push_str(lines[i].code.trim_end());
            if let Some(c) = &lines[i].comment {
                result.push_str(c);
            }
            result.push('\n');
            i += 1;
            continue;
        }
        // A run: lines of one indentation with trailing comments; comment
        // lines of that indentation between them do not break it.
        let level = indent(&lines[i].code);
        let mut j = i;
        let mut end = i;
        while j < lines.len() {
            let l = &lines[j];
            if l.comment.is_some() && !l.code.trim().is_empty() && indent(&l.code) == level {
                end = j + 1;
            } else if !(is_comment_line(l) && indent(&l.code) == level) {
                break;
            }
            j += 1;
        }
        let run = &lines[i..end];
        let width = run
            .iter()
            .filter(|l| l.comment.is_some())
            .map(|l| l.code.trim_end().chars().count())
            .max()
            .unwrap_or(0);
        for l in run {
            let code = l.code.trim_end();
            result.push_str(code);
            if let Some(c) = &l.comment {
                for _ in code.chars().count()..=width {
                    result.push(' ');
                }
                result.push_str(c);
            }
            result.push('\n');
        }
        i = end;
    }
    result
}

/// Why `fmt` did not format a file.
#[derive(Debug)]
pub enum FmtError {
    /// The file has syntax errors; it is left as it is.
    Syntax(Vec<Diagnostic>),
    /// The formatted text failed its proof ([`prove`]): nothing is written.
    Refused(Refusal),
}

/// A failed proof: where (1-based line and column, in the file as read
/// unless `in_output`) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub line: u32,
    pub column: u32,
    /// The place is in the formatted text, not in the file.
    pub in_output: bool,
    pub reason: String,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let of = if self.in_output {
            " of the formatted text"
        } else {
            ""
        };
        write!(
            f,
            "{}:{}{of}: {}; the file is left as it is (please report this)",
            self.line, self.column, self.reason
        )
    }
}

/// Formats a file as read from disk: a BOM stays, and CRLF line endings
/// stay when the file's first line ends in CRLF. The result is proved
/// ([`prove`]) before it is returned.
pub fn format_file(text: &str) -> Result<String, FmtError> {
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(b) => ("\u{feff}", b),
        None => ("", text),
    };
    let formatted = format_source(FileId(0), body).map_err(FmtError::Syntax)?;
    prove(body, &formatted).map_err(FmtError::Refused)?;
    let crlf = body.find('\n').is_some_and(|i| body[..i].ends_with('\r'));
    let out = if crlf {
        formatted.replace('\n', "\r\n")
    } else {
        formatted
    };
    Ok(format!("{bom}{out}"))
}

/// The formatter's proof that `output` means what `input` meant, the way
/// rustfmt and ruff check theirs: the output parses; it has the same
/// tokens (commas aside), the same items with the same values, the same
/// comments in the same order; every suppression comment belongs to the
/// same item as before; and formatting it again changes nothing.
pub fn prove(input: &str, output: &str) -> Result<(), Refusal> {
    let in_lines = LineIndex::new(input);
    let out_lines = LineIndex::new(output);
    let at_in = |off: u32, reason: String| {
        let lc = in_lines.line_col(input, off as usize);
        Refusal {
            line: lc.line,
            column: lc.column,
            in_output: false,
            reason,
        }
    };
    let at_out = |off: u32, reason: String| {
        let lc = out_lines.line_col(output, off as usize);
        Refusal {
            line: lc.line,
            column: lc.column,
            in_output: true,
            reason,
        }
    };
    let arena = crate::syntax::Arena::new();
    let before = crate::syntax::parse(FileId(0), input, &arena);
    let after = crate::syntax::parse(FileId(0), output, &arena);
    if let Some(e) = after.errors.first() {
        return Err(at_out(
            e.span.start,
            format!(
                "the formatted text would not parse ({})",
                e.message.render(crate::Lang::En)
            ),
        ));
    }
    // Tokens, commas aside (they are optional where fmt adds or drops them).
    let tokens = |text: &str| -> Vec<(TokenKind, u32, u32)> {
        lex(FileId(0), text)
            .tokens
            .iter()
            .filter(|t| !matches!(t.kind, TokenKind::Comma | TokenKind::Eof))
            .map(|t| (t.kind, t.start, t.end))
            .collect()
    };
    let (tin, tout) = (tokens(input), tokens(output));
    fn text_of<'t>(text: &'t str, t: &(TokenKind, u32, u32)) -> (TokenKind, &'t str) {
        (t.0, &text[t.1 as usize..t.2 as usize])
    }
    for k in 0..tin.len().max(tout.len()) {
        match (tin.get(k), tout.get(k)) {
            (Some(a), Some(b)) if text_of(input, a) == text_of(output, b) => {}
            (Some(a), _) => {
                return Err(at_in(a.1, "formatting would change this token".into()));
            }
            (None, Some(b)) => {
                return Err(at_out(b.1, "formatting would add this token".into()));
            }
            (None, None) => {}
        }
    }
    // Items and values: the trees, positions aside.
    for k in 0..before.ast.items.len().max(after.ast.items.len()) {
        let a = before
            .ast
            .items
            .get(k)
            .map(|i| without_spans(&format!("{i:?}")));
        let b = after
            .ast
            .items
            .get(k)
            .map(|i| without_spans(&format!("{i:?}")));
        if a != b {
            let off = before
                .ast
                .items
                .get(k)
                .map_or(input.len() as u32, |i| i.keyword().start);
            return Err(at_in(
                off,
                "formatting would change this item or its values".into(),
            ));
        }
    }
    let (cin, cout) = (&before.ast.comments, &after.ast.comments);
    for k in 0..cin.len().max(cout.len()) {
        match (cin.get(k), cout.get(k)) {
            (Some(a), Some(b)) if a.text.trim_end() == b.text.trim_end() => {}
            (Some(a), _) => {
                return Err(at_in(
                    a.span.start,
                    "formatting would change this comment".into(),
                ));
            }
            (None, Some(b)) => {
                return Err(at_out(
                    b.span.start,
                    "formatting would add this comment".into(),
                ));
            }
            (None, None) => {}
        }
    }
    let (sin, sout) = (
        suppression_targets(input, &before.ast),
        suppression_targets(output, &after.ast),
    );
    for ((off, a), (_, b)) in sin.iter().zip(&sout) {
        if a != b {
            return Err(at_in(
                *off,
                "formatting would change the item this suppression applies to".into(),
            ));
        }
    }
    let again = format_source(FileId(0), output).map_err(|e| {
        let off = e.first().map_or(0, |d| d.span.start);
        at_out(off, "the formatted text does not format again".into())
    })?;
    if again != output {
        let off = output
            .bytes()
            .zip(again.bytes())
            .position(|(a, b)| a != b)
            .unwrap_or(output.len().min(again.len()));
        let line_start = output[..off].rfind('\n').map_or(0, |i| i + 1);
        return Err(at_out(
            line_start as u32,
            "formatting the formatted text again would change it".into(),
        ));
    }
    Ok(())
}

/// For every suppression comment, in order: its offset and the item it
/// applies to, as the index of the item among all items (nested ones too)
/// in source order; `None` when it applies to none.
fn suppression_targets(text: &str, ast: &crate::syntax::SourceAst) -> Vec<(u32, Option<usize>)> {
    use crate::checks::suppress;
    let mut sources = crate::source::SourceMap::new();
    // `SourceFile::new` strips one leading BOM, as the loader does; give it
    // one to strip, so its text (and every offset) is exactly the text that
    // was parsed, even when that text itself starts with a BOM.
    sources.add(crate::source::SourceFile::new(
        String::new(),
        format!("\u{feff}{text}"),
        false,
    ));
    let outline = crate::syntax::Outline::of(ast);
    let items = suppress::items(&outline);
    outline
        .comments
        .iter()
        .filter(|c| is_suppression(&c.text))
        .map(|c| {
            let text = &sources.get(outline.file).text;
            let target = suppress::target(&sources, text, &outline, &items, c)
                .and_then(|span| items.iter().position(|(_, s)| *s == span));
            (c.span.start, target)
        })
        .collect()
}

/// A `Debug` rendering with every `Span { .. }` left out, so two trees can
/// be compared without their positions.
fn without_spans(debug: &str) -> String {
    const OPEN: &str = "Span { file: ";
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug;
    while let Some(i) = rest.find(OPEN) {
        out.push_str(&rest[..i]);
        out.push_str("Span");
        rest = &rest[i..];
        match rest.find(" }") {
            Some(j) => rest = &rest[j + 2..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(s: &str) -> String {
        format_source(FileId(0), s).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn normalises_spacing_and_keeps_comments() {
        let src = "# head\nschool  olympia \"O\"{brin=\"1\" municipality = \"R\" # trailing\n  programme p { track=kb,profile = PIE,}\n\n\n  # own line\n  programme q{track = gt}}\npathway olympia.p->z.25263\n";
        let want = "# head\nschool olympia \"O\" {\n  brin = \"1\"\n  municipality = \"R\" # trailing\n  programme p { track = kb, profile = PIE }\n\n  # own line\n  programme q { track = gt }\n}\npathway olympia.p -> z.25263\n";
        assert_eq!(fmt(src), want);
        assert_eq!(fmt(want), want, "idempotent");
    }

    #[test]
    fn multi_line_lists_get_one_element_per_line() {
        let src = "region r {\n  members = [a,\n    b]\n}\n";
        let want = "region r {\n  members = [\n    a,\n    b,\n  ]\n}\n";
        assert_eq!(fmt(src), want);
        assert_eq!(fmt(want), want);
    }

    #[test]
    fn count_pairs_have_no_space_before_the_colon() {
        let src = "school s {\n  programme p { track = kb, pupils = [2025 :24,2027:  20] }\n}\n";
        let want = "school s {\n  programme p { track = kb, pupils = [2025: 24, 2027: 20] }\n}\n";
        assert_eq!(fmt(src), want);
        assert_eq!(fmt(want), want);
    }

    #[test]
    fn refuses_files_with_syntax_errors() {
        assert!(format_source(FileId(0), "school x { brin }").is_err());
    }
}
