//! `leerlijn lsp`: a language server on stdio (lsp-server, synchronous).
//!
//! Every change re-checks the whole project (the workspace's `.pathway`
//! files, open documents taking the place of their saved text, plus the
//! prelude): the checker is fast enough that incremental bookkeeping would
//! only add ways to be wrong. Diagnostics, go to definition, hover and
//! completion of IDs and crebo codes.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::path::{Path, PathBuf};

use lsp_server::{Connection, Message, Notification, Request, Response};
use lsp_types as lsp;
use serde_json::{Value, json};

use crate::Lang;
use crate::analysis::{Analysis, CheckOptions, analyze};
use crate::checks::Level;
use crate::model::Model;
use crate::project::{Project, find_files, from_memory};
use crate::source::{FileId, SourceFile, Span};
use crate::syntax::lexer::{TokenKind, lex};

type Res<T> = Result<T, Box<dyn Error + Send + Sync>>;

/// `file:///a%20b` → `/a b`.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    Some(PathBuf::from(String::from_utf8(out).ok()?))
}

/// `/a b` → `file:///a%20b`.
pub fn path_to_uri(path: &Path) -> String {
    let mut s = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    s
}

/// LSP position (0-based line, UTF-16 column) of a byte offset.
pub fn position(file: &SourceFile, offset: usize) -> lsp::Position {
    let offset = offset.min(file.text.len());
    let line_start = file.text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let mut end = offset;
    while !file.text.is_char_boundary(end) {
        end -= 1;
    }
    lsp::Position {
        line: file.line_col(offset).line - 1,
        character: file.text[line_start..end].encode_utf16().count() as u32,
    }
}

/// Byte offset of an LSP position.
pub fn offset(text: &str, pos: lsp::Position) -> usize {
    let mut start = 0;
    for _ in 0..pos.line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let mut units = 0u32;
    for (i, c) in text[start..line_end].char_indices() {
        if units >= pos.character {
            return start + i;
        }
        units += c.len_utf16() as u32;
    }
    line_end
}

struct Server {
    root: PathBuf,
    /// Open documents, by path: their text replaces the saved one.
    open: BTreeMap<PathBuf, String>,
    /// Files we published diagnostics for, to clear them when they go.
    published: BTreeSet<PathBuf>,
    state: Option<(Project, Analysis)>,
}

impl Server {
    /// The workspace's `leerlijn.toml`, as `check` would find it; a config
    /// that does not parse is ignored here (`check` reports it).
    fn config(&self) -> crate::config::Config {
        crate::config::discover(&self.root)
            .and_then(|p| crate::config::load(&p).ok())
            .unwrap_or_default()
    }

    fn project(&self, std: bool) -> Project {
        let mut texts: BTreeMap<PathBuf, String> = BTreeMap::new();
        if let Ok(files) = find_files(std::slice::from_ref(&self.root)) {
            for f in files {
                let abs = std::fs::canonicalize(&f).unwrap_or(f);
                if let Ok(t) = std::fs::read_to_string(&abs) {
                    texts.insert(abs, t);
                }
            }
        }
        for (p, t) in &self.open {
            texts.insert(p.clone(), t.clone());
        }
        let named: Vec<(String, String)> = texts
            .into_iter()
            .map(|(p, t)| (p.display().to_string(), t))
            .collect();
        let refs: Vec<(&str, &str)> = named
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        from_memory(&refs, std)
    }

    fn recheck(&mut self, conn: &Connection) -> Res<()> {
        let config = self.config();
        let lang = config.lang.unwrap_or_else(Lang::from_env);
        let project = self.project(config.std.unwrap_or(true));
        let opts = CheckOptions {
            levels: crate::analysis::Levels {
                overrides: config.levels.clone(),
                deny_warnings: config.deny_warnings,
            },
            years: config.years,
            min_cohort: config.min_cohort,
            ..CheckOptions::default()
        };
        let analysis = analyze(&project, &opts);
        let mut by_file: BTreeMap<PathBuf, Vec<lsp::Diagnostic>> = BTreeMap::new();
        for (_, f) in project.sources.files().filter(|(_, f)| !f.is_std) {
            by_file.insert(PathBuf::from(&f.path), Vec::new());
        }
        for d in &analysis.diagnostics {
            let file = project.sources.get(d.span.file);
            if file.is_std {
                continue;
            }
            let mut message = d.message.render(lang);
            if let Some(h) = &d.help {
                message.push_str("\nhelp: ");
                message.push_str(&h.render(lang));
            }
            let related = d
                .labels
                .iter()
                .filter(|l| !project.sources.get(l.span.file).is_std)
                .filter_map(|l| {
                    Some(lsp::DiagnosticRelatedInformation {
                        location: location(&project, l.span)?,
                        message: l.message.render(lang),
                    })
                })
                .collect::<Vec<_>>();
            by_file
                .entry(PathBuf::from(&file.path))
                .or_default()
                .push(lsp::Diagnostic {
                    range: range(file, d.span),
                    severity: Some(match d.level {
                        Level::Error => lsp::DiagnosticSeverity::ERROR,
                        Level::Warning => lsp::DiagnosticSeverity::WARNING,
                        _ => lsp::DiagnosticSeverity::INFORMATION,
                    }),
                    code: Some(lsp::NumberOrString::String(d.code.as_str().into())),
                    source: Some("leerlijn".into()),
                    message,
                    related_information: (!related.is_empty()).then_some(related),
                    ..Default::default()
                });
        }
        let gone: Vec<PathBuf> = self
            .published
            .iter()
            .filter(|p| !by_file.contains_key(*p))
            .cloned()
            .collect();
        for p in gone {
            by_file.insert(p, Vec::new());
        }
        self.published = by_file.keys().cloned().collect();
        for (path, diagnostics) in by_file {
            let params = json!({ "uri": path_to_uri(&path), "diagnostics": diagnostics });
            conn.sender.send(Message::Notification(Notification::new(
                "textDocument/publishDiagnostics".into(),
                params,
            )))?;
        }
        self.state = Some((project, analysis));
        Ok(())
    }

    /// The item a position refers to: its definition and a description.
    fn lookup(&self, uri: &str, pos: lsp::Position) -> Option<(Option<lsp::Location>, String)> {
        let (project, analysis) = self.state.as_ref()?;
        let path = uri_to_path(uri)?;
        let (fid, file) = project
            .sources
            .files()
            .find(|(_, f)| Path::new(&f.path) == path)?;
        let at = offset(&file.text, pos);
        let words = reference_at(fid, &file.text, at)?;
        let (span, hover) = describe(&analysis.model, &words)?;
        Some((location(project, span), hover))
    }
}

fn range(file: &SourceFile, span: Span) -> lsp::Range {
    lsp::Range {
        start: position(file, span.start as usize),
        end: position(file, span.end as usize),
    }
}

fn location(project: &Project, span: Span) -> Option<lsp::Location> {
    let file = project.sources.get(span.file);
    if file.is_std {
        return None;
    }
    let uri: lsp::Uri = path_to_uri(Path::new(&file.path)).parse().ok()?;
    Some(lsp::Location {
        uri,
        range: range(file, span),
    })
}

/// The reference under the cursor: `base` or `base.member`, or a crebo.
#[derive(Debug, PartialEq, Eq)]
pub enum Words {
    Name(String),
    Dotted(String, String),
    Crebo(u32),
}

pub fn reference_at(file: FileId, text: &str, at: usize) -> Option<Words> {
    let l = lex(file, text);
    let toks = &l.tokens;
    let i = toks
        .iter()
        .position(|t| t.kind != TokenKind::Eof && t.start as usize <= at && at <= t.end as usize)?;
    let word = |k: usize| &text[toks[k].start as usize..toks[k].end as usize];
    let kind = |k: usize| toks.get(k).map(|t| t.kind);
    let is_word = |k: usize| matches!(kind(k), Some(TokenKind::Ident | TokenKind::Int));
    if !is_word(i) {
        return None;
    }
    if i >= 2 && kind(i - 1) == Some(TokenKind::Dot) && is_word(i - 2) {
        return Some(Words::Dotted(word(i - 2).into(), word(i).into()));
    }
    if kind(i + 1) == Some(TokenKind::Dot) && is_word(i + 2) {
        return Some(Words::Dotted(word(i).into(), word(i + 2).into()));
    }
    match toks[i].kind {
        TokenKind::Int => word(i).parse().ok().map(Words::Crebo),
        _ => Some(Words::Name(word(i).into())),
    }
}

/// The definition's span and a Markdown description.
pub fn describe(m: &Model, words: &Words) -> Option<(Span, String)> {
    let t = |title: &Option<String>| {
        title
            .as_ref()
            .map(|t| format!(" — {t}"))
            .unwrap_or_default()
    };
    match words {
        Words::Crebo(c) => {
            if let Some(q) = m.qualifications.iter().find(|q| q.crebo == *c) {
                let dossier = q
                    .dossier
                    .map(|d| m.dossier(d).crebo.to_string())
                    .unwrap_or("-".into());
                let sector = q
                    .sector
                    .map(|s| m.sector(s).name.clone())
                    .unwrap_or("-".into());
                let level = q.level.map(|l| l.to_string()).unwrap_or("?".into());
                return Some((
                    q.loc.name,
                    format!(
                        "**qualification {c}**{}\n\nmbo level {level} · kwalificatiedossier {dossier} · sector `{sector}`",
                        t(&q.title)
                    ),
                ));
            }
            let d = m.dossiers.iter().find(|d| d.crebo == *c)?;
            Some((
                d.loc.name,
                format!("**kwalificatiedossier {c}**{}", t(&d.title)),
            ))
        }
        Words::Dotted(base, member) => {
            if let Some(s) = m.schools.iter().find(|s| &s.name == base) {
                let p = s
                    .programmes
                    .iter()
                    .map(|&p| m.programme(p))
                    .find(|p| &p.name == member)?;
                let track = p
                    .track
                    .map(|x| m.track(x).name.clone())
                    .unwrap_or("?".into());
                let profile = p
                    .profile
                    .map(|x| m.profile(x).name.clone())
                    .unwrap_or("-".into());
                // Leavers per school year (a COUNT, language.md).
                let pupils = p
                    .pupils
                    .as_ref()
                    .map(|c| format!(" · pupils {c}"))
                    .unwrap_or_default();
                return Some((
                    p.loc.name,
                    format!(
                        "**programme {base}.{member}**{}\n\ntrack `{track}` · profile `{profile}`{pupils}",
                        t(&p.title)
                    ),
                ));
            }
            let i = m.institutions.iter().find(|i| &i.name == base)?;
            let o = i.offers.iter().copied().find(|&o| {
                let x = m.offer(o);
                x.alias.as_deref() == Some(member) || format!("{:05}", x.crebo) == *member
            })?;
            let offer = m.offer(o);
            let qual = offer.qualification.map(|q| m.qual(q));
            let title = qual.and_then(|q| q.title.clone()).unwrap_or_default();
            let level = qual
                .and_then(|q| q.level)
                .map(|l| l.to_string())
                .unwrap_or("?".into());
            let place = offer
                .location
                .clone()
                .map(|l| format!(" · {l}"))
                .unwrap_or_default();
            // Places per school year (a COUNT, language.md).
            let capacity = offer
                .capacity
                .as_ref()
                .map(|c| format!(" · capacity {c}"))
                .unwrap_or_default();
            Some((
                offer.loc.name,
                format!(
                    "**offer {base}.{member}** — {} {title}\n\nmbo level {level}{place}{capacity}",
                    offer.crebo
                ),
            ))
        }
        Words::Name(n) => {
            macro_rules! find {
                ($list:expr, $kind:literal) => {
                    if let Some(x) = $list.iter().find(|x| &x.name == n) {
                        return Some((x.loc.name, format!("**{} {n}**{}", $kind, t(&x.title))));
                    }
                };
            }
            find!(m.tracks, "track");
            find!(m.sectors, "sector");
            find!(m.subjects, "subject");
            find!(m.profiles, "profile");
            find!(m.prerequisites, "prerequisite");
            find!(m.schools, "school");
            find!(m.institutions, "institution");
            find!(
                m.regions.iter().filter(|r| !r.implicit).collect::<Vec<_>>(),
                "region"
            );
            None
        }
    }
}

fn completions(m: &Model) -> Vec<Value> {
    let mut items = Vec::new();
    let mut push = |label: String, detail: String, kind: lsp::CompletionItemKind| {
        items.push(json!({ "label": label, "detail": detail, "kind": kind }));
    };
    let title = |t: &Option<String>| t.clone().unwrap_or_default();
    for x in &m.tracks {
        push(
            x.name.clone(),
            format!("track {}", title(&x.title)),
            lsp::CompletionItemKind::ENUM_MEMBER,
        );
    }
    for x in &m.sectors {
        push(
            x.name.clone(),
            format!("sector {}", title(&x.title)),
            lsp::CompletionItemKind::ENUM_MEMBER,
        );
    }
    for x in &m.subjects {
        push(
            x.name.clone(),
            format!("subject {}", title(&x.title)),
            lsp::CompletionItemKind::ENUM_MEMBER,
        );
    }
    for x in &m.profiles {
        push(
            x.name.clone(),
            format!("profile {}", title(&x.title)),
            lsp::CompletionItemKind::ENUM_MEMBER,
        );
    }
    for x in &m.schools {
        push(
            x.name.clone(),
            format!("school {}", title(&x.title)),
            lsp::CompletionItemKind::MODULE,
        );
    }
    for x in &m.institutions {
        push(
            x.name.clone(),
            format!("institution {}", title(&x.title)),
            lsp::CompletionItemKind::MODULE,
        );
    }
    for q in &m.qualifications {
        let level = q.level.map(|l| format!(" (level {l})")).unwrap_or_default();
        push(
            q.crebo.to_string(),
            format!("{}{level}", title(&q.title)),
            lsp::CompletionItemKind::VALUE,
        );
    }
    for i in 0..m.programmes.len() {
        push(
            m.programme_ref(crate::model::ProgId(i as u32)),
            "programme".into(),
            lsp::CompletionItemKind::FIELD,
        );
    }
    for i in 0..m.offers.len() {
        let o = crate::model::OfferId(i as u32);
        push(
            m.offer_ref(o),
            "offer".into(),
            lsp::CompletionItemKind::FIELD,
        );
    }
    items
}

fn text_of(params: &Value) -> Option<(PathBuf, String)> {
    let doc = &params["textDocument"];
    let path = uri_to_path(doc["uri"].as_str()?)?;
    let text = doc["text"].as_str().map(String::from).or_else(|| {
        params["contentChanges"].as_array()?.last()?["text"]
            .as_str()
            .map(String::from)
    })?;
    Some((path, text))
}

fn handle_request(server: &Server, req: Request) -> Response {
    let params = &req.params;
    let uri = params["textDocument"]["uri"].as_str().unwrap_or_default();
    let pos: lsp::Position = serde_json::from_value(params["position"].clone()).unwrap_or_default();
    let result = match req.method.as_str() {
        "textDocument/definition" => server
            .lookup(uri, pos)
            .and_then(|(loc, _)| loc)
            .map_or(Value::Null, |l| {
                serde_json::to_value(l).unwrap_or(Value::Null)
            }),
        "textDocument/hover" => server.lookup(uri, pos).map_or(
            Value::Null,
            |(_, text)| json!({ "contents": { "kind": "markdown", "value": text } }),
        ),
        "textDocument/completion" => match &server.state {
            Some((_, a)) => Value::Array(completions(&a.model)),
            None => Value::Array(Vec::new()),
        },
        _ => {
            return Response::new_err(
                req.id,
                lsp_server::ErrorCode::MethodNotFound as i32,
                format!("unsupported request {}", req.method),
            );
        }
    };
    Response::new_ok(req.id, result)
}

/// Runs the server until the client says `exit`.
pub fn run() -> Res<()> {
    let (conn, io) = Connection::stdio();
    let caps = lsp::ServerCapabilities {
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Kind(
            lsp::TextDocumentSyncKind::FULL,
        )),
        definition_provider: Some(lsp::OneOf::Left(true)),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        completion_provider: Some(lsp::CompletionOptions::default()),
        ..Default::default()
    };
    let init = conn.initialize(serde_json::to_value(caps)?)?;
    let root = init["workspaceFolders"][0]["uri"]
        .as_str()
        .or(init["rootUri"].as_str())
        .and_then(uri_to_path)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."));
    let mut server = Server {
        root,
        open: BTreeMap::new(),
        published: BTreeSet::new(),
        state: None,
    };
    server.recheck(&conn)?;
    for msg in &conn.receiver {
        match msg {
            Message::Request(req) => {
                if conn.handle_shutdown(&req)? {
                    break;
                }
                let resp = handle_request(&server, req);
                conn.sender.send(Message::Response(resp))?;
            }
            Message::Notification(n) => {
                match n.method.as_str() {
                    "textDocument/didOpen" | "textDocument/didChange" => {
                        if let Some((path, text)) = text_of(&n.params) {
                            server.open.insert(path, text);
                        }
                    }
                    "textDocument/didClose" => {
                        if let Some(p) = n.params["textDocument"]["uri"]
                            .as_str()
                            .and_then(uri_to_path)
                        {
                            server.open.remove(&p);
                        }
                    }
                    "textDocument/didSave" | "workspace/didChangeWatchedFiles" => {}
                    _ => continue,
                }
                server.recheck(&conn)?;
            }
            Message::Response(_) => {}
        }
    }
    // The writer thread ends only when the connection is dropped.
    drop(conn);
    io.join()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_round_trip() {
        let p = Path::new("/tmp/a b/ré.pathway");
        assert_eq!(uri_to_path(&path_to_uri(p)).as_deref(), Some(p));
    }

    #[test]
    fn utf16_positions() {
        let f = SourceFile::new("x".into(), "a\n😀b".into(), false);
        let p = position(&f, "a\n😀".len());
        assert_eq!((p.line, p.character), (1, 2));
        assert_eq!(offset(&f.text, p), "a\n😀".len());
    }

    #[test]
    fn hover_shows_numbers_over_the_years() {
        let project = crate::project::from_memory(
            &[(
                "a.pathway",
                "school s { programme p { track = kb, pupils = [2025: 24, 2027: 20] } }\ninstitution i { offer 25491 { capacity = 40 } }\n",
            )],
            true,
        );
        let a = crate::analysis::analyze(&project, &Default::default());
        let (_, p) = describe(&a.model, &Words::Dotted("s".into(), "p".into())).unwrap();
        assert!(p.ends_with("· pupils [2025: 24, 2027: 20]"), "{p}");
        let (_, o) = describe(&a.model, &Words::Dotted("i".into(), "25491".into())).unwrap();
        assert!(o.ends_with("· capacity 40"), "{o}");
    }

    #[test]
    fn reference_under_cursor() {
        let t = "pathway olympia.pie-kb -> zadkine.25263";
        assert_eq!(
            reference_at(FileId(0), t, 10),
            Some(Words::Dotted("olympia".into(), "pie-kb".into()))
        );
        assert_eq!(
            reference_at(FileId(0), t, 36),
            Some(Words::Dotted("zadkine".into(), "25263".into()))
        );
    }
}
