//! The formatter behind `leerlijn fmt`: re-emits the tokens of a file with
//! canonical spacing and indentation, keeping every comment.
//!
//! It works on the token stream, not the tree, so nothing the tree leaves
//! out (comments, escapes as written, blank lines between items) can get
//! lost. Layout follows the author where the choice is one of taste: a
//! block or list written on one line stays on one line (normalised to
//! `{ a = 1, b = [x, y] }`); one written over several lines gets one field
//! or element per line, indented by two spaces. One blank line is kept
//! where the source had one or more. Files with syntax errors are not
//! formatted.

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

/// Formats a file; its syntax errors if it has any.
pub fn format_source(file: FileId, text: &str) -> Result<String, Vec<Diagnostic>> {
    let parsed = crate::syntax::parse(file, text);
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

    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut cur = String::new();
    // Byte positions in `out` where a trailing comment's `#` stands.
    let mut trailing: Vec<usize> = Vec::new();
    let mut ctx: Vec<Ctx> = Vec::new();
    let mut prev: Option<TokenKind> = None;
    let mut last_end: u32 = 0;
    let mut force_newline = false;
    let mut comments = lexed.comments.iter().peekable();

    let indent_of = |ctx: &[Ctx]| "  ".repeat(ctx.iter().filter(|c| c.multi()).count());
    // Ends the current line and starts one at `indent`, keeping one blank
    // line where the source had any between `last_end` and `at`.
    let start_line = |out: &mut String,
                      cur: &mut String,
                      indent: &str,
                      last_end: u32,
                      at: u32,
                      after_open: bool| {
        if !cur.trim().is_empty() {
            out.push_str(cur.trim_end());
            out.push('\n');
        }
        let gap = &text[last_end as usize..at as usize];
        if !out.is_empty() && !after_open && gap.matches('\n').count() >= 2 {
            out.push('\n');
        }
        cur.clear();
        cur.push_str(indent);
    };

    for (i, t) in toks.iter().enumerate() {
        // Comments before this token.
        while let Some(c) = comments.next_if(|c| c.span.start < t.start) {
            let after_open = matches!(prev, Some(TokenKind::LBrace | TokenKind::LBracket));
            if c.trailing && !cur.trim().is_empty() {
                let code = cur.trim_end().len();
                cur.truncate(code);
                cur.push(' ');
                trailing.push(out.len() + cur.len());
                cur.push('#');
            } else {
                start_line(
                    &mut out,
                    &mut cur,
                    &indent_of(&ctx),
                    last_end,
                    c.span.start,
                    after_open,
                );
                cur.push('#');
            }
            cur.push_str(c.text.trim_end());
            last_end = c.span.end;
            force_newline = true;
        }
        let top = ctx.last().copied();
        let closing = matches!(t.kind, TokenKind::RBrace | TokenKind::RBracket);
        if closing {
            ctx.pop();
        }
        // Multi-line blocks drop the commas between fields.
        if t.kind == TokenKind::Comma && top == Some(Ctx::Block { multi: true }) {
            last_end = t.end;
            continue;
        }
        let in_multi_list = top == Some(Ctx::List { multi: true });
        let element_start = in_multi_list
            && !closing
            && matches!(prev, Some(TokenKind::LBracket | TokenKind::Comma));
        let new_line = force_newline
            || (ctx.is_empty() && is_item(i))
            || (top == Some(Ctx::Block { multi: true }) && (is_field(i) || is_item(i) || closing))
            || element_start
            || (in_multi_list && closing);
        if new_line && !(ctx.is_empty() && cur.is_empty() && out.is_empty()) {
            let after_open = matches!(prev, Some(TokenKind::LBrace | TokenKind::LBracket));
            start_line(
                &mut out,
                &mut cur,
                &indent_of(&ctx),
                last_end,
                t.start,
                after_open,
            );
        } else if new_line {
            cur.clear();
        } else if let Some(p) = prev {
            let tight = matches!(
                t.kind,
                TokenKind::Comma | TokenKind::RBracket | TokenKind::Dot | TokenKind::Colon
            ) || matches!(p, TokenKind::LBracket | TokenKind::Dot)
                || (p == TokenKind::LBrace && t.kind == TokenKind::RBrace);
            // A single-line block separates its fields with `, `.
            let needs_comma = top == Some(Ctx::Block { multi: false })
                && is_field(i)
                && !matches!(p, TokenKind::LBrace | TokenKind::Comma);
            if needs_comma {
                cur.push(',');
            }
            if !tight {
                cur.push(' ');
            }
        }
        force_newline = false;
        cur.push_str(src(t));
        // The last element of a multi-line list gets its comma right away,
        // before any comment that follows it.
        if in_multi_list
            && !closing
            && !matches!(t.kind, TokenKind::Comma | TokenKind::LBracket)
            && toks
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::RBracket)
        {
            cur.push(',');
        }
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
                cur.pop();
            }
            _ => {}
        }
        prev = Some(t.kind);
        last_end = t.end;
    }
    for c in comments {
        if c.trailing && !cur.trim().is_empty() {
            let code = cur.trim_end().len();
            cur.truncate(code);
            cur.push(' ');
            trailing.push(out.len() + cur.len());
            cur.push('#');
        } else {
            start_line(&mut out, &mut cur, "", last_end, c.span.start, false);
            cur.push('#');
        }
        cur.push_str(c.text.trim_end());
        last_end = c.span.end;
    }
    if !cur.trim().is_empty() {
        out.push_str(cur.trim_end());
        out.push('\n');
    }
    Ok(align_trailing(&out, &trailing))
}

/// Aligns the trailing comments of consecutive lines (one space after the
/// longest code), as authors align them by hand.
fn align_trailing(out: &str, trailing: &[usize]) -> String {
    let mut lines: Vec<(&str, Option<&str>)> = Vec::new();
    let mut next = trailing.iter().peekable();
    let mut start = 0;
    for line in out.split_inclusive('\n') {
        let end = start + line.len();
        let body = line.strip_suffix('\n').unwrap_or(line);
        match next.next_if(|&&t| t < end) {
            Some(&t) => {
                let at = t - start;
                lines.push((body[..at].trim_end(), Some(&body[at..])));
            }
            None => lines.push((body, None)),
        }
        start = end;
    }
    let mut result = String::with_capacity(out.len() + out.len() / 8);
    let indent = |l: &str| l.len() - l.trim_start().len();
    let is_comment_line =
        |l: &(&str, Option<&str>)| l.1.is_none() && l.0.trim_start().starts_with('#');
    let mut i = 0;
    while i < lines.len() {
        if lines[i].1.is_none() || lines[i].0.trim().is_empty() {
            result.push_str(lines[i].0);
            result.push_str(lines[i].1.unwrap_or(""));
            result.push('\n');
            i += 1;
            continue;
        }
        // A run: lines of one indentation with trailing comments; comment
        // lines of that indentation between them do not break it.
        let level = indent(lines[i].0);
        let mut j = i;
        let mut end = i;
        while j < lines.len() {
            let l = &lines[j];
            if l.1.is_some() && !l.0.trim().is_empty() && indent(l.0) == level {
                end = j + 1;
            } else if !(is_comment_line(l) && indent(l.0) == level) {
                break;
            }
            j += 1;
        }
        let run = &lines[i..end];
        let width = run
            .iter()
            .filter(|l| l.1.is_some())
            .map(|l| l.0.chars().count())
            .max()
            .unwrap_or(0);
        for (code, comment) in run {
            result.push_str(code);
            if let Some(c) = comment {
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
