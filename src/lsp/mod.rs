//! `leerlijn lsp`: a language server on stdio.
//!
//! No input ends it: frames are read by `transport` (junk and broken
//! headers skipped, oversized bodies refused unread), a body that is not
//! JSON gets a parse error, and only `exit` or the end of input stops the
//! loop. The project's files are found once (`workspace`); edits that
//! arrive together are applied together. A change is answered in two
//! steps: first the changed files' own diagnostics, from a check of only
//! the files the change can affect (`names` keeps what each file
//! declares and uses); then, once the input has been quiet for 200 ms (or before any
//! request is answered), a check of the whole project (its `.pathway`
//! files, open documents taking the place of their saved text, plus the
//! prelude), which is what `check` gives and corrects the first answer
//! where a finding depended on more. Only diagnostics that changed are
//! published.
//! Diagnostics, go to definition, hover and completion of IDs and crebo
//! codes.

mod names;
mod text;
mod transport;
mod workspace;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::error::Error;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use lsp_types as lsp;
use serde_json::{Value, json};

use crate::analysis::{Analysis, CheckOptions, analyze};
use crate::codes::Level;
use crate::model::Model;
use crate::project::{Project, from_bytes};
use crate::source::{FileId, Span};
use crate::syntax::lexer::{TokenKind, lex};
use crate::{Lang, fl};

pub use text::Encoding;
pub use transport::MAX_BODY;
pub use workspace::{MAX_ENTRIES, MAX_FILES};

use text::Mapper;
use transport::{Frame, FrameReader, write_frame};
use workspace::{canonical, config_root};

type Res<T> = Result<T, Box<dyn Error + Send + Sync>>;

/// JSON-RPC error codes.
const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const METHOD_NOT_FOUND: i64 = -32601;
const INTERNAL_ERROR: i64 = -32603;
const SERVER_NOT_INITIALIZED: i64 = -32002;

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

/// What the reader thread hands over.
enum Incoming {
    Message(serde_json::Map<String, Value>),
    /// A body that is not JSON (or not UTF-8).
    ParseError(String),
    /// JSON, but not an object (a batch, a number).
    NotAnObject,
    Skipped(String),
}

fn incoming(frame: Frame) -> Incoming {
    match frame {
        Frame::Skipped(why) => Incoming::Skipped(why),
        Frame::Body(bytes) => match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Object(m)) => Incoming::Message(m),
            Ok(_) => Incoming::NotAnObject,
            Err(e) => Incoming::ParseError(e.to_string()),
        },
    }
}

/// An open document: the URI the client named it by and its text.
struct Doc {
    uri: String,
    text: String,
}

/// One project: a root and what was last checked and published there.
struct ProjectState {
    root: PathBuf,
    /// The saved text of the files found under the root, by canonical path.
    disk: BTreeMap<PathBuf, Vec<u8>>,
    /// A whole-project check is due.
    dirty: bool,
    checked: Option<(Project, Analysis)>,
    /// What each URI was last given (non-empty lists only).
    published: BTreeMap<String, Value>,
    /// What each file declares and uses (open documents' text).
    names: names::Index,
    /// Files changed since their diagnostics were last published.
    changed: BTreeSet<PathBuf>,
    /// Files with a syntax error (E001-E003), as last checked: one stops
    /// the graph checks of every file, so each partial check takes them.
    broken: BTreeSet<PathBuf>,
    /// The years the last whole-project check's files wrote: a partial
    /// check runs in them, not in those of its few files.
    written_years: Option<(u32, u32)>,
}

struct Server<W: Write> {
    out: W,
    enc: Encoding,
    /// Open documents, by canonical path: their text replaces the saved one.
    docs: BTreeMap<PathBuf, Doc>,
    projects: Vec<ProjectState>,
    initialized: bool,
    shutdown: bool,
    /// Messages for the user, sent once `initialize` is answered.
    notices: Vec<(u8, String)>,
}

impl<W: Write> Server<W> {
    fn new(out: W) -> Self {
        Server {
            out,
            enc: Encoding::Utf16,
            docs: BTreeMap::new(),
            projects: Vec::new(),
            initialized: false,
            shutdown: false,
            notices: Vec::new(),
        }
    }

    fn send(&mut self, msg: Value) -> io::Result<()> {
        write_frame(&mut self.out, msg.to_string().as_bytes())
    }

    fn respond(&mut self, id: Value, result: Value) -> io::Result<()> {
        self.send(json!({ "jsonrpc": "2.0", "id": id, "result": result }))
    }

    fn fail(&mut self, id: Value, code: i64, message: String) -> io::Result<()> {
        self.send(json!({
            "jsonrpc": "2.0",
            "id": id,
            "error": { "code": code, "message": message }
        }))
    }

    /// `window/logMessage` (type 2 warning, 3 info) once the client may
    /// hear it; stderr always.
    fn log(&mut self, kind: u8, message: String) -> io::Result<()> {
        let _ = writeln!(io::stderr(), "leerlijn lsp: {message}");
        if self.initialized {
            let params = json!({ "type": kind, "message": message });
            self.send(
                json!({ "jsonrpc": "2.0", "method": "window/logMessage", "params": params }),
            )?;
        }
        Ok(())
    }

    /// Handles one message; `Some(code)` when the client said `exit`.
    fn handle(&mut self, msg: Incoming) -> Res<Option<u8>> {
        match msg {
            Incoming::Skipped(why) => self.log(2, format!("input skipped: {why}"))?,
            Incoming::ParseError(e) => {
                self.fail(Value::Null, PARSE_ERROR, format!("parse error: {e}"))?
            }
            Incoming::NotAnObject => self.fail(
                Value::Null,
                INVALID_REQUEST,
                "a message is one JSON object (LSP has no batches)".into(),
            )?,
            Incoming::Message(m) => {
                let params = m.get("params").cloned().unwrap_or(Value::Null);
                let id = m.get("id").cloned();
                match (m.get("method").and_then(Value::as_str), id) {
                    (Some(method), Some(id)) if id.is_number() || id.is_string() => {
                        self.request(method, id, &params)?
                    }
                    (Some(method), None) => return self.notification(method, &params),
                    // A response: this server sends no requests.
                    (None, Some(_)) if m.contains_key("result") || m.contains_key("error") => {}
                    (_, id) => self.fail(
                        id.filter(|i| i.is_number() || i.is_string())
                            .unwrap_or(Value::Null),
                        INVALID_REQUEST,
                        "not a request, notification or response".into(),
                    )?,
                }
            }
        }
        self.flush_notices()?;
        Ok(None)
    }

    fn flush_notices(&mut self) -> io::Result<()> {
        if !self.initialized {
            return Ok(());
        }
        for (kind, message) in std::mem::take(&mut self.notices) {
            let params = json!({ "type": kind, "message": message });
            self.send(
                json!({ "jsonrpc": "2.0", "method": "window/showMessage", "params": params }),
            )?;
        }
        Ok(())
    }

    fn request(&mut self, method: &str, id: Value, params: &Value) -> Res<()> {
        if !self.initialized && method != "initialize" {
            self.fail(id, SERVER_NOT_INITIALIZED, "initialize comes first".into())?;
            return Ok(());
        }
        if self.shutdown {
            self.fail(id, INVALID_REQUEST, "the server is shutting down".into())?;
            return Ok(());
        }
        // An answer reflects every change sent before the request.
        if method != "shutdown" {
            self.recheck_dirty()?;
        }
        let pos: lsp::Position =
            serde_json::from_value(params["position"].clone()).unwrap_or_default();
        let uri = params["textDocument"]["uri"].as_str().unwrap_or_default();
        let result = match method {
            "initialize" if self.initialized => {
                self.fail(id, INVALID_REQUEST, "initialize was already sent".into())?;
                return Ok(());
            }
            "initialize" => self.initialize(params),
            "shutdown" => {
                self.shutdown = true;
                Value::Null
            }
            "textDocument/definition" => self
                .lookup(uri, pos)?
                .and_then(|(loc, _)| loc)
                .unwrap_or(Value::Null),
            "textDocument/hover" => self.lookup(uri, pos)?.map_or(
                Value::Null,
                |(_, text)| json!({ "contents": { "kind": "markdown", "value": text } }),
            ),
            "textDocument/completion" => {
                let path = uri_to_path(uri).map(|p| canonical(&p));
                match path.and_then(|p| self.project_of(&p)) {
                    Some(i) => {
                        self.recheck_if_dirty(i)?;
                        let lang = self.project_lang(i);
                        match &self.projects[i].checked {
                            Some((_, a)) => Value::Array(completions(&a.model, lang)),
                            None => json!([]),
                        }
                    }
                    None => json!([]),
                }
            }
            "textDocument/codeAction" => self.code_actions(uri, params)?,
            "textDocument/formatting" => self.formatting(uri),
            _ => {
                self.fail(
                    id,
                    METHOD_NOT_FOUND,
                    format!("unsupported request {method}"),
                )?;
                return Ok(());
            }
        };
        self.respond(id, result)?;
        if method == "initialize" {
            self.initialized = true;
        }
        Ok(())
    }

    fn initialize(&mut self, params: &Value) -> Value {
        self.enc = Encoding::negotiate(params);
        let folder = params["workspaceFolders"][0]["uri"]
            .as_str()
            .or(params["rootUri"].as_str())
            .and_then(uri_to_path)
            .or_else(|| params["rootPath"].as_str().map(PathBuf::from));
        // A workspace is a project only where `check` would find a config;
        // otherwise projects start at the documents opened.
        if let Some(root) = folder.and_then(|f| config_root(&canonical(&f))) {
            self.add_project(root);
        }
        json!({
            "capabilities": {
                "positionEncoding": self.enc.name(),
                "textDocumentSync": { "openClose": true, "change": 2, "save": {} },
                "definitionProvider": true,
                "hoverProvider": true,
                "completionProvider": {},
                "codeActionProvider": { "codeActionKinds": ["quickfix"] },
                "documentFormattingProvider": true,
            },
            "serverInfo": { "name": "leerlijn", "version": env!("CARGO_PKG_VERSION") },
        })
    }

    fn notification(&mut self, method: &str, params: &Value) -> Res<Option<u8>> {
        if method == "exit" {
            return Ok(Some(if self.shutdown { 0 } else { 1 }));
        }
        if !self.initialized {
            return Ok(None);
        }
        let doc = &params["textDocument"];
        let path = doc["uri"]
            .as_str()
            .and_then(uri_to_path)
            .map(|p| canonical(&p));
        match (method, path) {
            ("textDocument/didOpen", Some(path)) => {
                let (Some(uri), Some(text)) = (doc["uri"].as_str(), doc["text"].as_str()) else {
                    return Ok(None);
                };
                // Plan files only: an open `leerlijn.toml` is not a plan.
                let is_plan = path.extension().is_some_and(|e| e == "pathway")
                    || doc["languageId"] == "pathway";
                if !is_plan {
                    return Ok(None);
                }
                self.docs.insert(
                    path.clone(),
                    Doc {
                        uri: uri.into(),
                        text: text.into(),
                    },
                );
                if self.project_of(&path).is_none() {
                    let root = path
                        .parent()
                        .map_or_else(|| path.clone(), Path::to_path_buf);
                    self.add_project(root);
                }
                self.touch(&path);
            }
            ("textDocument/didChange", Some(path)) => {
                let enc = self.enc;
                let Some(d) = self.docs.get_mut(&path) else {
                    return Ok(None);
                };
                for change in params["contentChanges"].as_array().into_iter().flatten() {
                    text::apply_change(&mut d.text, change, enc);
                }
                self.touch(&path);
            }
            ("textDocument/didClose", Some(path)) => {
                self.docs.remove(&path);
                self.reread(&path);
            }
            ("textDocument/didSave", Some(path)) => self.reread(&path),
            ("workspace/didChangeWatchedFiles", _) => {
                for change in params["changes"].as_array().into_iter().flatten() {
                    if let Some(p) = change["uri"].as_str().and_then(uri_to_path) {
                        self.reread(&canonical(&p));
                    }
                }
            }
            _ => {}
        }
        self.flush_notices()?;
        Ok(None)
    }

    /// The project a file belongs to: the one rooted at its nearest
    /// `leerlijn.toml`, else the deepest one holding it.
    fn project_of(&mut self, path: &Path) -> Option<usize> {
        let dir = path.parent()?;
        if let Some(root) = config_root(dir) {
            return Some(match self.projects.iter().position(|p| p.root == root) {
                Some(i) => i,
                None => self.add_project(root),
            });
        }
        self.projects
            .iter()
            .enumerate()
            .filter(|(_, p)| path.starts_with(&p.root))
            .max_by_key(|(_, p)| p.root.components().count())
            .map(|(i, _)| i)
    }

    /// Scans a new project's files once.
    fn add_project(&mut self, root: PathBuf) -> usize {
        let scan = workspace::scan(&root);
        if scan.truncated {
            let lang = root_lang(&root);
            self.notices.push((
                2,
                fl!(
                    lang,
                    "lsp-too-many-files",
                    files = MAX_FILES,
                    entries = MAX_ENTRIES,
                    root = root.display().to_string()
                ),
            ));
        }
        let disk: BTreeMap<PathBuf, Vec<u8>> = scan
            .files
            .into_iter()
            .filter_map(|f| Some((f.clone(), std::fs::read(&f).ok()?)))
            .collect();
        let mut names = names::Index::default();
        for (path, bytes) in &disk {
            names.set(path, Some(bytes));
        }
        for (path, d) in self.docs.range(root.clone()..) {
            if !path.starts_with(&root) {
                break;
            }
            names.set(path, Some(d.text.as_bytes()));
        }
        self.projects.push(ProjectState {
            root,
            disk,
            dirty: true,
            checked: None,
            published: BTreeMap::new(),
            names,
            changed: BTreeSet::new(),
            broken: BTreeSet::new(),
            written_years: None,
        });
        self.projects.len() - 1
    }

    /// Marks every project holding `path` for a re-check, with the
    /// file's current text (the open document's, else the saved one) in
    /// its name table.
    fn touch(&mut self, path: &Path) {
        let is_plan =
            path.extension().is_some_and(|e| e == "pathway") || self.docs.contains_key(path);
        for p in &mut self.projects {
            if path.starts_with(&p.root) {
                p.dirty = true;
                if is_plan {
                    let text = match self.docs.get(path) {
                        Some(d) => Some(d.text.as_bytes()),
                        None => p.disk.get(path).map(Vec::as_slice),
                    };
                    p.names.set(path, text);
                    p.changed.insert(path.to_path_buf());
                }
            }
        }
    }

    /// A file changed on disk (saved, created, deleted): its saved text
    /// is read again; a changed config re-checks its projects.
    fn reread(&mut self, path: &Path) {
        let is_plan = path.extension().is_some_and(|e| e == "pathway");
        let is_config = path
            .file_name()
            .is_some_and(|n| n == crate::config::FILE_NAME);
        if !is_plan && !is_config {
            return;
        }
        let bytes = if is_plan {
            std::fs::read(path).ok()
        } else {
            None
        };
        for p in &mut self.projects {
            if !path.starts_with(&p.root) {
                continue;
            }
            if is_plan {
                match &bytes {
                    Some(b) => p.disk.insert(path.to_path_buf(), b.clone()),
                    None => p.disk.remove(path),
                };
            }
            p.dirty = true;
        }
        if is_plan {
            self.touch(path);
        }
    }

    fn recheck_dirty(&mut self) -> Res<()> {
        for i in 0..self.projects.len() {
            self.recheck_if_dirty(i)?;
        }
        Ok(())
    }

    fn recheck_if_dirty(&mut self, i: usize) -> Res<()> {
        if self.projects[i].dirty {
            self.recheck(i)?;
        }
        Ok(())
    }

    /// The URI and BOM flag a checked file is shown to the client under.
    fn client_view(&self, path: &str) -> (String, bool) {
        match self.docs.get(Path::new(path)) {
            Some(d) => (d.uri.clone(), d.text.starts_with('\u{feff}')),
            None => (path_to_uri(Path::new(path)), false),
        }
    }

    /// The project's config; one that does not parse is ignored here
    /// (`check` reports it).
    fn config(&self, i: usize) -> crate::config::Config {
        let config_path = self.projects[i].root.join(crate::config::FILE_NAME);
        if config_path.is_file() {
            crate::config::load(&config_path).unwrap_or_default()
        } else {
            crate::config::Config::default()
        }
    }

    /// The current text of a project's file: the open document's, else
    /// the saved one.
    fn text_of<'a>(&'a self, p: &'a ProjectState, path: &Path) -> Option<&'a [u8]> {
        match self.docs.get(path) {
            Some(d) if path.starts_with(&p.root) => Some(d.text.as_bytes()),
            _ => p.disk.get(path).map(Vec::as_slice),
        }
    }

    /// A project of the given files' current texts (all of them for
    /// `None`), with the prelude as the config says.
    fn project_of_files(&self, i: usize, only: Option<&BTreeSet<PathBuf>>, std: bool) -> Project {
        let p = &self.projects[i];
        let mut texts: BTreeMap<&Path, &[u8]> = BTreeMap::new();
        match only {
            Some(files) => {
                for f in files {
                    if let Some(t) = self.text_of(p, f) {
                        texts.insert(f, t);
                    }
                }
            }
            None => {
                for (k, v) in &p.disk {
                    texts.insert(k, v);
                }
                for (path, d) in self.docs.range(p.root.clone()..) {
                    if !path.starts_with(&p.root) {
                        break;
                    }
                    texts.insert(path, d.text.as_bytes());
                }
            }
        }
        let named: Vec<(String, &[u8])> = texts
            .into_iter()
            .map(|(p, t)| (p.display().to_string(), t))
            .collect();
        let refs: Vec<(&str, &[u8])> = named.iter().map(|(p, t)| (p.as_str(), *t)).collect();
        from_bytes(&refs, std)
    }

    /// The files with a syntax error in a check.
    fn broken_files(project: &Project, analysis: &Analysis) -> BTreeSet<PathBuf> {
        analysis
            .diagnostics
            .iter()
            .filter(|d| matches!(d.code.as_str(), "E001" | "E002" | "E003"))
            .map(|d| PathBuf::from(&project.sources.get(d.span.file).path))
            .collect()
    }

    /// The diagnostics of a check as published, by URI, for the files
    /// `keep` accepts (non-empty lists only).
    fn to_lsp(
        &self,
        project: &Project,
        analysis: &Analysis,
        lang: Lang,
        keep: &dyn Fn(&str) -> bool,
    ) -> BTreeMap<String, Value> {
        // Every position needed, found in one pass per file.
        let mut wanted: BTreeMap<FileId, BTreeSet<u32>> = BTreeMap::new();
        let mut views: HashMap<FileId, (String, bool)> = HashMap::new();
        for (fid, f) in project.sources.files().filter(|(_, f)| !f.is_std) {
            views.insert(fid, self.client_view(&f.path));
        }
        let shown = |d: &crate::diagnostics::Diagnostic| {
            views.contains_key(&d.span.file) && keep(&project.sources.get(d.span.file).path)
        };
        let spans = analysis
            .diagnostics
            .iter()
            .filter(|d| shown(d))
            .flat_map(|d| std::iter::once(d.span).chain(d.labels.iter().map(|l| l.span)));
        for s in spans {
            if !project.sources.get(s.file).is_std {
                wanted.entry(s.file).or_default().extend([s.start, s.end]);
            }
        }
        let mut at: HashMap<(FileId, u32), lsp::Position> = HashMap::new();
        for (fid, offsets) in &wanted {
            let file = project.sources.get(*fid);
            let mut m = Mapper::new(&file.text, views[fid].1, self.enc);
            for &o in offsets {
                at.insert((*fid, o), m.position(o as usize));
            }
        }
        let range = |s: Span| lsp::Range {
            start: at[&(s.file, s.start)],
            end: at[&(s.file, s.end)],
        };

        let mut by_uri: BTreeMap<String, Vec<lsp::Diagnostic>> = BTreeMap::new();
        for d in analysis.diagnostics.iter().filter(|d| shown(d)) {
            let Some((uri, _)) = views.get(&d.span.file) else {
                continue;
            };
            let mut message = d.message.render(lang);
            if let Some(h) = &d.help {
                message.push_str("\nhelp: ");
                message.push_str(&h.render(lang));
            }
            let related = d
                .labels
                .iter()
                .filter_map(|l| {
                    Some(lsp::DiagnosticRelatedInformation {
                        location: lsp::Location {
                            uri: views.get(&l.span.file)?.0.parse().ok()?,
                            range: range(l.span),
                        },
                        message: l.message.render(lang),
                    })
                })
                .collect::<Vec<_>>();
            by_uri
                .entry(uri.clone())
                .or_default()
                .push(lsp::Diagnostic {
                    range: range(d.span),
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
        by_uri
            .into_iter()
            .map(|(u, ds)| (u, serde_json::to_value(ds).unwrap_or_default()))
            .collect()
    }

    fn publish(&mut self, uri: String, ds: Value) -> io::Result<()> {
        let params = json!({ "uri": uri, "diagnostics": ds });
        self.send(json!({
            "jsonrpc": "2.0",
            "method": "textDocument/publishDiagnostics",
            "params": params
        }))
    }

    /// The first answer to a change: the changed files' diagnostics from a
    /// check of the files they can affect, while the whole project waits
    /// (`dirty`). Nothing when the change reaches most of the plan (a
    /// catalogue was edited) or the project was never checked whole.
    fn quick_check(&mut self) -> Res<()> {
        for i in 0..self.projects.len() {
            let p = &mut self.projects[i];
            let changed = std::mem::take(&mut p.changed);
            if changed.is_empty() || !p.dirty || p.checked.is_none() {
                continue;
            }
            let Some(mut files) = p.names.neighbourhood(&changed) else {
                continue;
            };
            if files.len() * 2 > p.names.len() {
                continue;
            }
            files.extend(p.broken.iter().cloned());
            let written = p.written_years;
            let config = self.config(i);
            let lang = config.lang.unwrap_or_else(Lang::from_env);
            let project = self.project_of_files(i, Some(&files), config.std.unwrap_or(true));
            let mut opts = CheckOptions::from_config(&config, Default::default());
            let mut analysis = None;
            if opts.years.is_none() {
                opts.years = written;
                let a = analyze(&project, &opts);
                // The change wrote years beyond the plan's: the plan's
                // years grow with it.
                let union = match (written, a.model.written_years) {
                    (Some((a0, b0)), Some((a1, b1))) => Some((a0.min(a1), b0.max(b1))),
                    (w, n) => w.or(n),
                };
                if union == written {
                    analysis = Some(a);
                } else {
                    opts.years = union;
                }
            }
            let analysis = analysis.unwrap_or_else(|| analyze(&project, &opts));
            let shown: BTreeSet<String> = changed.iter().map(|c| c.display().to_string()).collect();
            let fresh = self.to_lsp(&project, &analysis, lang, &|path| shown.contains(path));
            let now_broken = Self::broken_files(&project, &analysis);
            let p = &mut self.projects[i];
            for f in &files {
                p.broken.remove(f);
            }
            p.broken.extend(now_broken);
            let mut sends = Vec::new();
            for path in &shown {
                let uri = self.client_view(path).0;
                let ds = fresh.get(&uri).cloned();
                let p = &mut self.projects[i];
                let old = p.published.get(&uri);
                if old == ds.as_ref() {
                    continue;
                }
                match &ds {
                    Some(d) => p.published.insert(uri.clone(), d.clone()),
                    None => p.published.remove(&uri),
                };
                sends.push((uri, ds.unwrap_or_else(|| json!([]))));
            }
            for (uri, ds) in sends {
                self.publish(uri, ds)?;
            }
        }
        Ok(())
    }

    fn recheck(&mut self, i: usize) -> Res<()> {
        // Clean before checking: a check that panics is not retried until
        // the next change.
        self.projects[i].dirty = false;
        self.projects[i].changed.clear();
        let config = self.config(i);
        let lang = config.lang.unwrap_or_else(Lang::from_env);
        let project = self.project_of_files(i, None, config.std.unwrap_or(true));
        let opts = CheckOptions::from_config(&config, Default::default());
        let analysis = analyze(&project, &opts);
        let fresh = self.to_lsp(&project, &analysis, lang, &|_| true);

        // Only what changed: new or different lists, and lists now empty.
        let old = std::mem::take(&mut self.projects[i].published);
        let mut sends = Vec::new();
        for (uri, ds) in &fresh {
            if old.get(uri) != Some(ds) {
                sends.push((uri.clone(), ds.clone()));
            }
        }
        for uri in old.keys().filter(|u| !fresh.contains_key(*u)) {
            sends.push((uri.clone(), json!([])));
        }
        sends.sort_by(|a, b| a.0.cmp(&b.0));
        let p = &mut self.projects[i];
        p.published = fresh;
        p.broken = Self::broken_files(&project, &analysis);
        p.written_years = analysis.model.written_years;
        p.checked = Some((project, analysis));
        for (uri, ds) in sends {
            self.publish(uri, ds)?;
        }
        Ok(())
    }

    /// The item a position refers to: its definition's location and a
    /// description.
    fn lookup(&mut self, uri: &str, pos: lsp::Position) -> Res<Option<(Option<Value>, String)>> {
        let Some(path) = uri_to_path(uri).map(|p| canonical(&p)) else {
            return Ok(None);
        };
        let Some(i) = self.project_of(&path) else {
            return Ok(None);
        };
        self.recheck_if_dirty(i)?;
        let lang = self.project_lang(i);
        let Some((project, analysis)) = &self.projects[i].checked else {
            return Ok(None);
        };
        let shown = path.display().to_string();
        let Some((fid, file)) = project.sources.files().find(|(_, f)| f.path == shown) else {
            return Ok(None);
        };
        let at = Mapper::new(&file.text, self.client_view(&file.path).1, self.enc).offset(pos);
        let Some(words) = reference_at(fid, &file.text, at) else {
            return Ok(None);
        };
        let Some((span, hover)) = describe(&analysis.model, &words, lang) else {
            return Ok(None);
        };
        let target = project.sources.get(span.file);
        let location = (!target.is_std).then(|| {
            let (uri, bom) = self.client_view(&target.path);
            let mut m = Mapper::new(&target.text, bom, self.enc);
            let start = m.position(span.start as usize);
            let end = m.position(span.end as usize);
            json!({ "uri": uri, "range": { "start": start, "end": end } })
        });
        Ok(Some((location, hover)))
    }
}

impl<W: Write> Server<W> {
    /// The language `recheck` publishes in, and hover, completion and
    /// code actions speak: the config's, else the environment's.
    fn project_lang(&self, i: usize) -> Lang {
        root_lang(&self.projects[i].root)
    }

    /// `textDocument/codeAction`: the fixes of the findings whose range
    /// meets the requested one, as quick fixes (machine-applicable ones
    /// preferred).
    fn code_actions(&mut self, uri: &str, params: &Value) -> Res<Value> {
        let Some(path) = uri_to_path(uri).map(|p| canonical(&p)) else {
            return Ok(json!([]));
        };
        let Some(i) = self.project_of(&path) else {
            return Ok(json!([]));
        };
        self.recheck_if_dirty(i)?;
        let lang = self.project_lang(i);
        let Some((project, analysis)) = &self.projects[i].checked else {
            return Ok(json!([]));
        };
        let shown = path.display().to_string();
        let Some((fid, file)) = project.sources.files().find(|(_, f)| f.path == shown) else {
            return Ok(json!([]));
        };
        let range: lsp::Range = serde_json::from_value(params["range"].clone()).unwrap_or_default();
        let (doc_uri, bom) = self.client_view(&file.path);
        let mut m = Mapper::new(&file.text, bom, self.enc);
        let (from, to) = (m.offset(range.start), m.offset(range.end));
        let mut actions = Vec::new();
        for d in &analysis.diagnostics {
            let (s, e) = (d.span.start as usize, d.span.end as usize);
            // Touching counts: a cursor right after a name asks for its fix.
            if d.span.file != fid || e < from || s > to {
                continue;
            }
            // As published, so the client can match the diagnostic.
            let mut message = d.message.render(lang);
            if let Some(h) = &d.help {
                message.push_str("\nhelp: ");
                message.push_str(&h.render(lang));
            }
            for fix in &d.fixes {
                // A fix whose edits span files (C212: the offer and the
                // pathways that name it) is one workspace edit, applied
                // whole; the embedded prelude cannot be edited.
                if fix
                    .edits
                    .iter()
                    .any(|e| project.sources.get(e.span.file).is_std)
                {
                    continue;
                }
                let mut by_file: std::collections::BTreeMap<_, Vec<_>> = Default::default();
                for e in &fix.edits {
                    by_file.entry(e.span.file).or_default().push(e);
                }
                let mut changes = serde_json::Map::new();
                for (file_id, edits) in by_file {
                    // Each file's offsets are mapped with its own text.
                    let mut other_mapper;
                    let (file_uri, mapper) = if file_id == fid {
                        (doc_uri.clone(), &mut m)
                    } else {
                        let other = project.sources.get(file_id);
                        let (other_uri, other_bom) = self.client_view(&other.path);
                        other_mapper = Mapper::new(&other.text, other_bom, self.enc);
                        (other_uri, &mut other_mapper)
                    };
                    let list = edits
                        .iter()
                        .map(|e| {
                            let start = mapper.position(e.span.start as usize);
                            let end = mapper.position(e.span.end as usize);
                            json!({ "range": { "start": start, "end": end }, "newText": e.replacement })
                        })
                        .collect();
                    changes.insert(file_uri, Value::Array(list));
                }
                actions.push(json!({
                    "title": fix.description.render(lang),
                    "kind": "quickfix",
                    "isPreferred": fix.is_machine_applicable(),
                    "diagnostics": [{
                        "range": { "start": m.position(s), "end": m.position(e) },
                        "code": d.code.as_str(),
                        "source": "leerlijn",
                        "message": message,
                    }],
                    "edit": { "changes": changes },
                }));
            }
        }
        Ok(Value::Array(actions))
    }

    /// `textDocument/formatting` through `fmt`: one edit replacing the
    /// whole text, none when it is formatted already or does not parse.
    fn formatting(&self, uri: &str) -> Value {
        let Some(path) = uri_to_path(uri).map(|p| canonical(&p)) else {
            return json!([]);
        };
        let text = match self.docs.get(&path) {
            Some(d) => d.text.clone(),
            None => match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(_) => return json!([]),
            },
        };
        let bom = text.starts_with('\u{feff}');
        let body = text.strip_prefix('\u{feff}').unwrap_or(&text);
        // As `leerlijn fmt` formats it: CRLF line endings kept, and the
        // result proved to mean what the text meant (suppressions still
        // on their items) before the editor gets it.
        let Ok(formatted) = crate::format::format_file(&text) else {
            return json!([]);
        };
        let formatted = formatted.strip_prefix('\u{feff}').unwrap_or(&formatted);
        if formatted == body {
            return json!([]);
        }
        let mut m = Mapper::new(body, bom, self.enc);
        let (start, end) = (m.position(0), m.position(body.len()));
        json!([{ "range": { "start": start, "end": end }, "newText": formatted }])
    }
}

/// How long the input must be quiet before the whole project is checked
/// after a change.
const QUIET: std::time::Duration = std::time::Duration::from_millis(200);

/// Runs the server until the client says `exit` or the input ends; the
/// exit code is LSP's: 0 after `shutdown`, else 1.
pub fn run() -> Res<u8> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = FrameReader::new(io::stdin().lock());
        while let Ok(Some(frame)) = reader.next_frame() {
            if tx.send(incoming(frame)).is_err() {
                break;
            }
        }
    });
    let mut server = Server::new(io::stdout().lock());
    let mut waiting: Option<Incoming> = None;
    while let Some(first) = waiting.take().or_else(|| rx.recv().ok()) {
        // Whatever has arrived meanwhile (a burst of typing) is applied
        // first and checked once.
        let mut batch = vec![first];
        batch.extend(rx.try_iter());
        for msg in batch {
            let id = match &msg {
                Incoming::Message(m) if m.contains_key("method") => m.get("id").cloned(),
                _ => None,
            };
            if let Some(Some(code)) = guarded(&mut server, id, |s| s.handle(msg))? {
                return Ok(code);
            }
        }
        guarded(&mut server, None, Server::quick_check)?;
        // The whole project once the input has been quiet for a moment
        // (a pause in typing), so that the next keystroke's first answer
        // rarely waits for it; a request checks it at once.
        if server.projects.iter().any(|p| p.dirty) {
            match rx.recv_timeout(QUIET) {
                Ok(msg) => waiting = Some(msg),
                Err(_) => {
                    guarded(&mut server, None, Server::recheck_dirty)?;
                }
            }
        }
    }
    Ok(if server.shutdown { 0 } else { 1 })
}

/// Runs `f`; a panic (a bug in the checker) is logged and answers the
/// request that hit it with an internal error instead of ending the server.
/// The language of the project at `root`: its config's `lang`, else the
/// environment's.
fn root_lang(root: &Path) -> Lang {
    let config_path = root.join(crate::config::FILE_NAME);
    config_path
        .is_file()
        .then(|| crate::config::load(&config_path).ok())
        .flatten()
        .and_then(|c| c.lang)
        .unwrap_or_else(Lang::from_env)
}

fn guarded<W: Write, T>(
    server: &mut Server<W>,
    id: Option<Value>,
    f: impl FnOnce(&mut Server<W>) -> Res<T>,
) -> Res<Option<T>> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(server))) {
        Ok(r) => r.map(Some),
        Err(_) => {
            let lang = Lang::from_env();
            let text = fl!(lang, "lsp-internal-error");
            server.log(1, text)?;
            if let Some(id) = id {
                server.fail(id, INTERNAL_ERROR, "internal error".into())?;
            }
            Ok(None)
        }
    }
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
    let kind = |k: usize| toks.get(k).map(|t| t.kind);
    let is_word = |k: usize| matches!(kind(k), Some(TokenKind::Ident | TokenKind::Int));
    // The cursor touches a token when it is on it or just after it; where
    // two tokens touch (`s.p`: after `.`, on `p`), a word wins.
    let touching = |t: &crate::syntax::lexer::Token| {
        t.kind != TokenKind::Eof && t.start as usize <= at && at <= t.end as usize
    };
    let first = toks.iter().position(touching)?;
    let i = if !is_word(first) && toks.get(first + 1).is_some_and(touching) {
        first + 1
    } else {
        first
    };
    let word = |k: usize| &text[toks[k].start as usize..toks[k].end as usize];
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

/// Plan text made literal in Markdown: every ASCII punctuation character
/// escaped, line breaks and other controls a space, bidirectional
/// overrides made visible, so a title cannot inject markup or reorder
/// what is shown.
pub fn markdown_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            '\u{061c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The definition's span and a Markdown description; every name and
/// title from the plan goes through [`markdown_text`].
pub fn describe(m: &Model, words: &Words, lang: Lang) -> Option<(Span, String)> {
    let md = |s: &str| markdown_text(s);
    let t = |title: &Option<String>| {
        title
            .as_ref()
            .map(|t| format!(" — {}", md(t)))
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
                        "**{}**{}\n\n{}",
                        fl!(lang, "hover-qualification", crebo = c.to_string()),
                        t(&q.title),
                        fl!(
                            lang,
                            "hover-qualification-facts",
                            level = level,
                            dossier = dossier,
                            sector = sector
                        )
                    ),
                ));
            }
            let d = m.dossiers.iter().find(|d| d.crebo == *c)?;
            Some((
                d.loc.name,
                format!(
                    "**{}**{}",
                    fl!(lang, "hover-dossier", crebo = c.to_string()),
                    t(&d.title)
                ),
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
                // Leavers per school year (a count or a list by year); a
                // code span, so its brackets are not Markdown.
                let pupils = p
                    .pupils
                    .as_ref()
                    .map(|c| {
                        let pupils = fl!(lang, "hover-pupils", pupils = c.to_string());
                        format!(" · {pupils}")
                    })
                    .unwrap_or_default();
                let name = format!("{}.{}", md(base), md(member));
                return Some((
                    p.loc.name,
                    format!(
                        "**{}**{}\n\n{}{pupils}",
                        fl!(lang, "hover-item", kind = "programme", name = name),
                        t(&p.title),
                        fl!(
                            lang,
                            "hover-programme-facts",
                            track = track,
                            profile = profile
                        )
                    ),
                ));
            }
            let i = m.institutions.iter().find(|i| &i.name == base)?;
            let o = i.offers.iter().copied().find(|&o| {
                let x = m.offer(o);
                x.alias() == Some(member) || format!("{:05}", x.crebo) == *member
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
                .map(|l| format!(" · {}", md(&l)))
                .unwrap_or_default();
            // Places per school year, as a code span.
            let capacity = offer
                .capacity
                .as_ref()
                .map(|c| {
                    let capacity = fl!(lang, "hover-capacity", capacity = c.to_string());
                    format!(" · {capacity}")
                })
                .unwrap_or_default();
            let name = format!("{}.{}", md(base), md(member));
            Some((
                offer.loc.name,
                format!(
                    "**{}** — {} {}\n\n{}{place}{capacity}",
                    fl!(lang, "hover-item", kind = "offer", name = name),
                    offer.crebo,
                    md(&title),
                    fl!(lang, "hover-mbo-level", level = level)
                ),
            ))
        }
        Words::Name(n) => {
            macro_rules! find {
                ($list:expr, $kind:literal) => {
                    if let Some(x) = $list.iter().find(|x| &x.name == n) {
                        let item = fl!(lang, "hover-item", kind = $kind, name = md(n));
                        return Some((x.loc.name, format!("**{item}**{}", t(&x.title))));
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

fn completions(m: &Model, lang: Lang) -> Vec<Value> {
    let mut items = Vec::new();
    let mut push = |label: String, detail: String, kind: lsp::CompletionItemKind| {
        items.push(json!({ "label": label, "detail": detail, "kind": kind }));
    };
    let title = |t: &Option<String>| t.clone().unwrap_or_default();
    for x in &m.tracks {
        push(
            x.name.clone(),
            fl!(lang, "hover-item", kind = "track", name = title(&x.title)),
            lsp::CompletionItemKind::ENUM_MEMBER,
        );
    }
    for x in &m.sectors {
        push(
            x.name.clone(),
            fl!(lang, "hover-item", kind = "sector", name = title(&x.title)),
            lsp::CompletionItemKind::ENUM_MEMBER,
        );
    }
    for x in &m.subjects {
        push(
            x.name.clone(),
            fl!(lang, "hover-item", kind = "subject", name = title(&x.title)),
            lsp::CompletionItemKind::ENUM_MEMBER,
        );
    }
    for x in &m.profiles {
        push(
            x.name.clone(),
            fl!(lang, "hover-item", kind = "profile", name = title(&x.title)),
            lsp::CompletionItemKind::ENUM_MEMBER,
        );
    }
    for x in &m.schools {
        push(
            x.name.clone(),
            fl!(lang, "hover-item", kind = "school", name = title(&x.title)),
            lsp::CompletionItemKind::MODULE,
        );
    }
    for x in &m.institutions {
        push(
            x.name.clone(),
            fl!(
                lang,
                "hover-item",
                kind = "institution",
                name = title(&x.title)
            ),
            lsp::CompletionItemKind::MODULE,
        );
    }
    for q in &m.qualifications {
        let level = q
            .level
            .map(|l| format!(" ({})", fl!(lang, "completion-level", level = l)))
            .unwrap_or_default();
        push(
            q.crebo.to_string(),
            format!("{}{level}", title(&q.title)),
            lsp::CompletionItemKind::VALUE,
        );
    }
    for i in 0..m.programmes.len() {
        push(
            m.programme_ref(crate::model::ProgId(i as u32)),
            fl!(lang, "completion-kind", kind = "programme"),
            lsp::CompletionItemKind::FIELD,
        );
    }
    for i in 0..m.offers.len() {
        let o = crate::model::OfferId(i as u32);
        push(
            m.offer_ref(o),
            fl!(lang, "completion-kind", kind = "offer"),
            lsp::CompletionItemKind::FIELD,
        );
    }
    items
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
    fn hover_shows_numbers_over_the_years() {
        let project = crate::project::from_memory(
            &[(
                "a.pathway",
                "school s { programme p { track = kb, pupils = [2025: 24, 2027: 20] } }\ninstitution i { offer 25656 { capacity = 40 } }\n",
            )],
            true,
        );
        let a = crate::analysis::analyze(&project, &Default::default());
        let (_, p) = describe(&a.model, &Words::Dotted("s".into(), "p".into()), Lang::En).unwrap();
        assert!(p.ends_with("· pupils `[2025: 24, 2027: 20]`"), "{p}");
        let (_, o) = describe(
            &a.model,
            &Words::Dotted("i".into(), "25656".into()),
            Lang::En,
        )
        .unwrap();
        assert!(o.ends_with("· capacity `40`"), "{o}");
        let (_, o) = describe(
            &a.model,
            &Words::Dotted("i".into(), "25656".into()),
            Lang::Nl,
        )
        .unwrap();
        assert!(o.starts_with("**aanbod i.25656**"), "{o}");
        assert!(o.ends_with("mbo-niveau 3 · plaatsen per jaar `40`"), "{o}");
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
        // On the first character of a word right after `.`, `=` or `,`
        // (the cursor also touches the end of that token): the word.
        assert_eq!(
            reference_at(FileId(0), t, 16),
            Some(Words::Dotted("olympia".into(), "pie-kb".into()))
        );
        assert_eq!(
            reference_at(FileId(0), t, 34),
            Some(Words::Dotted("zadkine".into(), "25263".into()))
        );
        let t = "programme p { track=kb, subjects = [ne,en] }";
        assert_eq!(
            reference_at(FileId(0), t, 20),
            Some(Words::Name("kb".into()))
        );
        assert_eq!(
            reference_at(FileId(0), t, 39),
            Some(Words::Name("en".into()))
        );
    }

    #[test]
    fn markdown_is_escaped() {
        assert_eq!(
            markdown_text("**x** [a](javascript:b)\n# h\u{202e}"),
            "\\*\\*x\\*\\* \\[a\\]\\(javascript\\:b\\) \\# h\u{fffd}"
        );
    }
}
