//! `leerlijn lsp` end to end through the binary's stdio: what it answers,
//! and that no input ends it.
//!
//! A reader thread turns the server's output into messages; a test waits
//! for a message at most [`PATIENCE`], so a silent server fails the test
//! instead of hanging CI (the bound only stops waiting, it never decides a
//! pass). The child is killed when the test ends.

mod common;
#[path = "../benches/support/lsp_frames.rs"]
mod lsp_frames;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::Duration;

use leerlijn::lsp::path_to_uri;
use serde_json::{Value, json};

const PATIENCE: Duration = Duration::from_secs(300);

/// The test's scratch directory under the target directory (emptied by
/// the next run, never left in the system's temporary directory), by its
/// canonical path, as the server names files.
fn tempdir(name: &str) -> PathBuf {
    std::fs::canonicalize(common::scratch(&format!("lsp-{name}"))).unwrap()
}

/// A running `leerlijn lsp` and everything it has said so far.
struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Value>,
    /// Every message received, in order.
    seen: Vec<Value>,
    next_id: u64,
}

impl Server {
    fn start() -> Server {
        let mut child = common::command(&common::crate_dir())
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take();
        let out = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || lsp_frames::read_frames(out, tx, |v| v));
        Server {
            child,
            stdin,
            rx,
            seen: Vec::new(),
            next_id: 1000,
        }
    }

    /// Starts a server and initializes it with `root` as the workspace.
    fn initialized(root: Option<&Path>, capabilities: Value) -> Server {
        let mut s = Server::start();
        let root = root.map(path_to_uri);
        let init = s.request(
            "initialize",
            json!({ "rootUri": root, "capabilities": capabilities }),
        );
        assert!(init["result"]["capabilities"].is_object(), "{init}");
        s.notify("initialized", json!({}));
        s
    }

    fn raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().unwrap();
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }

    /// Bytes one at a time, so the server sees every partial frame.
    fn raw_bytewise(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.raw(std::slice::from_ref(b));
        }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        self.raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// The next message; `None` once the server's output has ended.
    fn next(&mut self) -> Option<Value> {
        match self.rx.recv_timeout(PATIENCE) {
            Ok(v) => {
                self.seen.push(v.clone());
                Some(v)
            }
            Err(RecvTimeoutError::Disconnected) => None,
            Err(RecvTimeoutError::Timeout) => panic!("the server said nothing for {PATIENCE:?}"),
        }
    }

    /// Reads messages until one satisfies `want`.
    fn until(&mut self, want: impl Fn(&Value) -> bool) -> Value {
        loop {
            match self.next() {
                Some(m) if want(&m) => return m,
                Some(_) => {}
                None => panic!("the server ended; it had said {:#?}", self.seen),
            }
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.until(|m| m["id"] == id && m.get("method").is_none())
    }

    /// A request answered: the server is alive and has handled everything
    /// sent before it.
    fn alive(&mut self) {
        let r = self.request("textDocument/completion", json!({}));
        assert!(r["result"].is_array(), "{r}");
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "pathway", "version": 1, "text": text}}),
        );
    }

    /// Every publishDiagnostics seen so far.
    fn published(&self) -> Vec<&Value> {
        self.seen
            .iter()
            .filter(|m| m["method"] == "textDocument/publishDiagnostics")
            .map(|m| &m["params"])
            .collect()
    }

    /// The diagnostics last published for `uri`.
    fn latest(&self, uri: &str) -> Vec<Value> {
        self.published()
            .into_iter()
            .rev()
            .find(|p| p["uri"] == uri)
            .map(|p| p["diagnostics"].as_array().unwrap().clone())
            .unwrap_or_default()
    }

    /// Closes stdin after `exit` and returns the exit code once the
    /// server's output has ended.
    fn exit_code(mut self) -> Option<i32> {
        self.stdin = None;
        while self.next().is_some() {}
        self.child.wait().unwrap().code()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn codes(diags: &[Value]) -> Vec<String> {
    diags
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

fn start_of(d: &Value) -> (u64, u64) {
    let s = &d["range"]["start"];
    (
        s["line"].as_u64().unwrap(),
        s["character"].as_u64().unwrap(),
    )
}

const PLAN: &str = "school olympia { programme pie-kb { track = kb, profile = PIE } }\ninstitution zadkine { offer 25263 }\npathway olympia.pie-kb -> zadkine.25263\n";

#[test]
fn diagnostics_definition_hover() {
    let dir = tempdir("basic");
    let file = dir.join("plan.pathway");
    std::fs::write(&file, PLAN).unwrap();
    let uri = path_to_uri(&file);
    let mut s = Server::initialized(Some(&dir), json!({}));
    // A typo as you type: the server reports it with its code.
    s.open(&uri, &PLAN.replace("track = kb", "track = kc"));
    s.alive();
    let d = s.latest(&uri);
    assert_eq!(codes(&d), ["E101"]);
    assert_eq!(start_of(&d[0]), (0, 44));
    // Fixed: the diagnostics clear.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument":{"uri":uri,"version":2},"contentChanges":[{"text":PLAN}]}),
    );
    s.alive();
    assert_eq!(s.latest(&uri), Vec::<Value>::new());
    assert!(s.published().last().unwrap()["diagnostics"] == json!([]));
    // Go to definition of `olympia.pie-kb` in the pathway.
    let def = s.request(
        "textDocument/definition",
        json!({"textDocument":{"uri":uri},"position":{"line":2,"character":18}}),
    );
    assert_eq!(def["result"]["uri"], uri);
    assert_eq!(
        def["result"]["range"]["start"],
        json!({"line": 0, "character": 27})
    );
    // Hover on the crebo shows the qualification.
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument":{"uri":uri},"position":{"line":1,"character":30}}),
    );
    let value = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        value.contains("25263") && value.contains("level 4"),
        "{value}"
    );
    s.request("shutdown", Value::Null);
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_code(), Some(0));
}

/// The server reads the workspace's `leerlijn.toml` as `check` does: here
/// its language and a level that turns a check off.
#[test]
fn follows_the_config() {
    let dir = tempdir("config");
    std::fs::write(
        dir.join("leerlijn.toml"),
        "lang = \"nl\"\n[levels]\nC211 = \"allow\"\n",
    )
    .unwrap();
    let file = dir.join("plan.pathway");
    // An unreached offer (C211, allowed) and an unknown track (E101, in Dutch).
    let text =
        "school olympia { programme p { track = kc } }\ninstitution zadkine { offer 25263 }\n";
    std::fs::write(&file, text).unwrap();
    let mut s = Server::initialized(Some(&dir), json!({}));
    let diags = s.until(|m| m["method"] == "textDocument/publishDiagnostics");
    assert_eq!(diags["params"]["uri"], path_to_uri(&file));
    let list = diags["params"]["diagnostics"].as_array().unwrap();
    let found = codes(list);
    assert!(
        found.contains(&"E101".into()) && !found.contains(&"C211".into()),
        "{found:?}"
    );
    let e101 = list.iter().find(|d| d["code"] == "E101").unwrap();
    let msg = e101["message"].as_str().unwrap();
    assert!(msg.contains("onbekende leerweg"), "{msg}");
}

/// `Content-Length: 10` and `{not json}`: a parse error, and on.
#[test]
fn malformed_json_gets_a_parse_error_and_the_server_goes_on() {
    let mut s = Server::initialized(None, json!({}));
    s.raw_bytewise(b"Content-Length: 10\r\n\r\n{not json}");
    let e = s.until(|m| m.get("error").is_some());
    assert_eq!(e["error"]["code"], -32700);
    assert_eq!(e["id"], Value::Null);
    s.alive();
    // Not UTF-8 is not JSON either.
    s.raw_bytewise(b"Content-Length: 4\r\n\r\n\"\xff\xfe\"");
    let e = s.until(|m| m.get("error").is_some());
    assert_eq!(e["error"]["code"], -32700);
    s.alive();
}

/// A batch (JSON array) is not an LSP message: an invalid request, and on.
#[test]
fn a_json_array_is_refused_and_the_server_goes_on() {
    let mut s = Server::initialized(None, json!({}));
    let body = r#"[{"jsonrpc":"2.0","id":7,"method":"shutdown"}]"#;
    s.raw_bytewise(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    let e = s.until(|m| m.get("error").is_some());
    assert_eq!(e["error"]["code"], -32600);
    assert_eq!(e["id"], Value::Null);
    s.alive();
    // The batch's shutdown did not happen: exit is still unclean.
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_code(), Some(1));
}

/// A missing, non-numeric or wrong Content-Length: the frame is skipped
/// up to the next header and every message after it is answered.
#[test]
fn broken_frames_are_skipped() {
    let mut s = Server::initialized(None, json!({}));
    let msg = r#"{"jsonrpc":"2.0","id":1,"method":"textDocument/completion","params":{}}"#;
    let frames: [&[u8]; 5] = [
        // No Content-Length at all.
        b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}",
        // Not a number.
        b"Content-Length: ten\r\n\r\n{}",
        // No empty line after the header.
        b"Content-Length: 2\r\n{}",
        // Junk between frames.
        b"\r\n\r\nhello\x00\xff",
        // Shorter than the body: the rest is junk.
        b"Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}",
    ];
    for frame in frames {
        s.raw_bytewise(frame);
        s.alive();
    }
    // Longer than the body: the next frame is swallowed into it (one
    // parse error), the one after that is answered.
    s.raw_bytewise(b"Content-Length: 40\r\n\r\n{}");
    s.raw(format!("Content-Length: {}\r\n\r\n{msg}", msg.len()).as_bytes());
    let e = s.until(|m| m.get("error").is_some());
    assert_eq!(e["error"]["code"], -32700);
    s.alive();
    s.request("shutdown", Value::Null);
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_code(), Some(0));
}

/// `Content-Length: 99999999999` is refused without allocating it.
#[test]
fn a_huge_content_length_is_refused() {
    let mut s = Server::initialized(None, json!({}));
    s.raw_bytewise(b"Content-Length: 99999999999\r\n\r\n");
    s.alive();
    let limit = leerlijn::lsp::MAX_BODY + 1;
    s.raw(format!("Content-Length: {limit}\r\n\r\n{{}}").as_bytes());
    s.alive();
    let logs: Vec<&str> = s
        .seen
        .iter()
        .filter(|m| m["method"] == "window/logMessage")
        .filter_map(|m| m["params"]["message"].as_str())
        .collect();
    assert!(
        logs.iter()
            .any(|l| l.contains("refused a body of 99999999999 bytes")),
        "{logs:?}"
    );
}

/// UTF-16 column of `needle` in `line`.
fn utf16_col(line: &str, needle: &str) -> u64 {
    line[..line.find(needle).unwrap()].encode_utf16().count() as u64
}

/// Range edits change exactly their range, counted in the encoding the
/// client negotiated (UTF-16 unless it offers another).
#[test]
fn range_edits_apply_exactly() {
    let line0 = "school olympia \"😀 Olympia\" { programme pie-kb { track = kb, profile = PIE } }";
    let text = format!("{line0}\n{}", &PLAN[PLAN.find('\n').unwrap() + 1..]);
    for (offer, unit) in [
        (None, "utf-16"),
        (Some("utf-8"), "utf-8"),
        (Some("utf-32"), "utf-32"),
    ] {
        let col = |s: &str| -> u64 {
            let prefix = &line0[..line0.find(s).unwrap()];
            match unit {
                "utf-8" => prefix.len() as u64,
                "utf-32" => prefix.chars().count() as u64,
                _ => utf16_col(line0, s),
            }
        };
        let dir = tempdir(&format!("edits-{unit}"));
        let file = dir.join("plan.pathway");
        std::fs::write(&file, &text).unwrap();
        let uri = path_to_uri(&file);
        let caps = match offer {
            Some(e) => json!({"general": {"positionEncodings": [e, "utf-16"]}}),
            None => json!({}),
        };
        let mut s = Server::start();
        let init = s.request(
            "initialize",
            json!({"rootUri": path_to_uri(&dir), "capabilities": caps}),
        );
        assert_eq!(init["result"]["capabilities"]["positionEncoding"], unit);
        assert_eq!(
            init["result"]["capabilities"]["textDocumentSync"]["change"],
            2
        );
        s.notify("initialized", json!({}));
        s.open(&uri, &text);
        let kb = col("kb,");
        let edit = |s: &mut Server, from: u64, to: u64, new: &str, version: u64| {
            s.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [
                    {"range": {"start": {"line": 0, "character": from}, "end": {"line": 0, "character": to}}, "text": new}
                ]}),
            );
            s.alive();
        };
        edit(&mut s, kb, kb + 2, "kc", 2);
        let d = s.latest(&uri);
        assert_eq!(codes(&d), ["E101"], "{unit}");
        assert_eq!(start_of(&d[0]), (0, kb), "{unit}");
        // Typing before the typo moves it; the title's emoji counts as
        // the encoding says.
        edit(&mut s, col("Olympia"), col("Olympia"), "Sint ", 3);
        let d = s.latest(&uri);
        assert_eq!(codes(&d), ["E101"], "{unit}");
        assert_eq!(start_of(&d[0]), (0, kb + 5), "{unit}");
        // Fixed, and the document is the file again.
        edit(&mut s, kb + 5, kb + 7, "kb", 4);
        assert_eq!(s.latest(&uri), Vec::<Value>::new(), "{unit}");
        let def = s.request(
            "textDocument/definition",
            json!({"textDocument":{"uri":uri},"position":{"line":2,"character":18}}),
        );
        assert_eq!(
            def["result"]["range"]["start"],
            json!({"line": 0, "character": col("pie-kb") + 5}),
            "{unit}"
        );
    }
}

/// A workspace reached through a symlink (with a symlink loop inside)
/// loads the open document once: no false duplicates.
#[cfg(unix)]
#[test]
fn a_workspace_through_a_symlink_loads_the_open_file_once() {
    let dir = tempdir("symlink");
    let real = dir.join("real");
    std::fs::create_dir_all(&real).unwrap();
    std::fs::write(real.join("leerlijn.toml"), "").unwrap();
    std::fs::write(real.join("plan.pathway"), PLAN).unwrap();
    std::os::unix::fs::symlink(&real, real.join("loop")).unwrap();
    let link = dir.join("link");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut s = Server::initialized(Some(&link), json!({}));
    let uri = path_to_uri(&link.join("plan.pathway"));
    s.open(&uri, &PLAN.replace("track = kb", "track = kc"));
    s.alive();
    for p in s.published() {
        let found = codes(p["diagnostics"].as_array().unwrap());
        assert!(!found.contains(&"E102".to_string()), "{p}");
    }
    // Shown where the client opened it.
    assert_eq!(codes(&s.latest(&uri)), ["E101"]);
    let other = path_to_uri(&real.join("plan.pathway"));
    assert_eq!(s.latest(&other), Vec::<Value>::new());
}

/// Byte offset of a `check` line and column (lines end at LF, columns
/// count characters) in the text without its BOM.
fn check_offset(text: &str, line: u64, column: u64) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line as usize - 1)
        .map(str::len)
        .sum();
    let rest = &text[start..];
    start
        + rest
            .char_indices()
            .nth(column as usize - 1)
            .map_or(rest.len(), |(i, _)| i)
}

/// Byte offset of an LSP position (lines end at LF, CRLF or a lone CR;
/// UTF-16 columns) in the text as the client holds it.
fn lsp_offset(text: &str, line: u64, character: u64) -> usize {
    let b = text.as_bytes();
    let mut start = 0;
    let mut l = 0;
    let mut i = 0;
    while l < line && i < b.len() {
        if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
            l += 1;
            start = i + 1;
        }
        i += 1;
    }
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units == character {
            return start + i;
        }
        units += c.len_utf16() as u64;
    }
    text.len()
}

/// A lone CR (whitespace to the checker, a line break to the client), a
/// CRLF and a BOM: every diagnostic points at the same character as
/// `check` does.
#[test]
fn positions_agree_with_check_on_every_line_end_and_a_bom() {
    let dir = tempdir("line-ends");
    let file = dir.join("plan.pathway");
    let text = "\u{feff}school a { programme p { track = kc } }\rschool b { programme q { track = kd } }\r\nschool c { programme r { track = ke } }\n";
    std::fs::write(&file, text).unwrap();
    let out = common::command(&common::crate_dir())
        .args(["check", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let stripped = text.strip_prefix('\u{feff}').unwrap();
    let mut from_check: Vec<(String, usize)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let at = check_offset(
                stripped,
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            );
            (d["code"].as_str().unwrap().to_string(), at)
        })
        .collect();
    assert_eq!(from_check.iter().filter(|d| d.0 == "E101").count(), 3);

    let uri = path_to_uri(&file);
    let mut s = Server::initialized(Some(&dir), json!({}));
    s.open(&uri, text);
    s.alive();
    let diags = s.latest(&uri);
    let mut from_lsp: Vec<(String, usize)> = diags
        .iter()
        .map(|d| {
            let (line, ch) = start_of(d);
            let at = lsp_offset(text, line, ch) - '\u{feff}'.len_utf8();
            (d["code"].as_str().unwrap().to_string(), at)
        })
        .collect();
    from_check.sort();
    from_lsp.sort();
    assert_eq!(from_lsp, from_check);
    // And as plain numbers: the BOM is a column of line 0, the lone CR
    // starts line 1, the CRLF line 2.
    let e101: Vec<(u64, u64)> = diags
        .iter()
        .filter(|d| d["code"] == "E101")
        .map(start_of)
        .collect();
    assert_eq!(e101, vec![(0, 34), (1, 33), (2, 33)]);
}

/// Thirty edits in a burst over a project of ten files: the unchanged
/// files are published once, the edited one at most once per edit, and
/// the last state is the last edit's.
#[test]
fn a_burst_of_edits_publishes_only_what_changed() {
    let dir = tempdir("burst");
    std::fs::write(dir.join("leerlijn.toml"), "").unwrap();
    let files = 10;
    for i in 0..files {
        std::fs::write(
            dir.join(format!("s{i}.pathway")),
            format!("school s{i} {{ programme p {{ track = kc }} }}\n"),
        )
        .unwrap();
    }
    let mut s = Server::initialized(Some(&dir), json!({}));
    let uri = path_to_uri(&dir.join("s0.pathway"));
    s.open(&uri, "school s0 { programme p { track = kc } }\n");
    let edits = 30;
    for k in 1..=edits {
        let text = format!(
            "school s0 {{ programme p {{ track = {}kc }} }}\n",
            " ".repeat(k)
        );
        s.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": k + 1}, "contentChanges": [{"text": text}]}),
        );
    }
    s.alive();
    let publishes = s.published().len();
    assert!(
        publishes <= files + edits,
        "{publishes} publishes for {edits} edits of one file among {files}"
    );
    let d = s.latest(&uri);
    let e101: Vec<&Value> = d.iter().filter(|d| d["code"] == "E101").collect();
    assert_eq!(e101.len(), 1);
    assert_eq!(start_of(e101[0]), (0, 34 + edits as u64));
    for i in 1..files {
        let other = path_to_uri(&dir.join(format!("s{i}.pathway")));
        let n = s.published().iter().filter(|p| p["uri"] == other).count();
        assert_eq!(n, 1, "{other}");
    }
}

/// The project is found as `check` finds it: the nearest `leerlijn.toml`
/// above the document, never the workspace folder above that (here `/`).
#[test]
fn the_project_root_is_found_as_check_finds_it() {
    let dir = tempdir("root");
    let plan = dir.join("plan");
    std::fs::create_dir_all(plan.join("sub")).unwrap();
    std::fs::create_dir_all(dir.join("other")).unwrap();
    std::fs::write(plan.join("leerlijn.toml"), "").unwrap();
    std::fs::write(
        plan.join("a.pathway"),
        "school a { programme p { track = kc } }\n",
    )
    .unwrap();
    std::fs::write(dir.join("other/bad.pathway"), "school {\n").unwrap();
    let mut s = Server::initialized(Some(Path::new("/")), json!({}));
    let uri = path_to_uri(&plan.join("sub/b.pathway"));
    s.open(&uri, "school b { programme q { track = kb } }\n");
    s.alive();
    let plan_uri = path_to_uri(&plan);
    for p in s.published() {
        let u = p["uri"].as_str().unwrap();
        assert!(
            u.starts_with(&plan_uri),
            "published outside the project: {u}"
        );
    }
    let mut a = codes(&s.latest(&path_to_uri(&plan.join("a.pathway"))));
    a.sort();
    assert_eq!(a, ["C207", "E101"]);
    // Read once: a keystroke does not look at the folder again; a file
    // the editor reports as created is read.
    let new = plan.join("new.pathway");
    std::fs::write(&new, "school n { programme p { track = kz } }\n").unwrap();
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": "school b { programme q { track = kb } }\n\n"}]}),
    );
    s.alive();
    let new_uri = path_to_uri(&new);
    assert!(s.published().iter().all(|p| p["uri"] != new_uri));
    s.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": new_uri, "type": 1}]}),
    );
    s.alive();
    assert!(codes(&s.latest(&new_uri)).contains(&"E101".to_string()));
    // Without a config the project is the document's folder alone.
    let lone = tempdir("root-lone");
    std::fs::create_dir_all(lone.join("deeper")).unwrap();
    std::fs::write(lone.join("sibling.pathway"), "school {\n").unwrap();
    let uri = path_to_uri(&lone.join("deeper/c.pathway"));
    s.open(&uri, "school c { programme r { track = kd } }\n");
    s.alive();
    assert!(codes(&s.latest(&uri)).contains(&"E101".to_string()));
    assert!(
        s.published()
            .iter()
            .all(|p| p["uri"] != path_to_uri(&lone.join("sibling.pathway")))
    );
}

/// LSP 3.17: `exit` after `shutdown` is 0, without it 1; requests after
/// `shutdown` are refused.
#[test]
fn exit_codes_follow_lsp() {
    let mut s = Server::initialized(None, json!({}));
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_code(), Some(1));

    let mut s = Server::initialized(None, json!({}));
    let r = s.request("shutdown", Value::Null);
    assert_eq!(r["result"], Value::Null);
    let r = s.request("textDocument/completion", json!({}));
    assert_eq!(r["error"]["code"], -32600);
    s.notify("exit", Value::Null);
    assert_eq!(s.exit_code(), Some(0));

    // Before initialize a request is refused, not answered.
    let mut s = Server::start();
    let r = s.request("textDocument/completion", json!({}));
    assert_eq!(r["error"]["code"], -32002);
}

/// Titles come from plan text: hover shows them, it does not render them.
#[test]
fn hover_escapes_markdown_in_titles() {
    let dir = tempdir("hover");
    let file = dir.join("plan.pathway");
    let text = "school olympia \"**Bold** [click](https://example.invalid) <img src=x>\" { programme p { track = kb } }\n";
    std::fs::write(&file, text).unwrap();
    let uri = path_to_uri(&file);
    let mut s = Server::initialized(Some(&dir), json!({}));
    s.open(&uri, text);
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument":{"uri":uri},"position":{"line":0,"character":9}}),
    );
    let value = hover["result"]["contents"]["value"].as_str().unwrap();
    assert_eq!(
        value,
        "**school olympia** — \\*\\*Bold\\*\\* \\[click\\]\\(https\\:\\/\\/example\\.invalid\\) \\<img src\\=x\\>"
    );
}

/// Hover speaks the project's language: with `lang = "nl"` in the
/// config, the words around the plan's own names are Dutch.
#[test]
fn hover_in_dutch() {
    let dir = tempdir("hover-nl");
    std::fs::write(dir.join("leerlijn.toml"), "lang = \"nl\"\n").unwrap();
    let file = dir.join("plan.pathway");
    let text = "school olympia { programme p { track = kb, profile = ZW, pupils = 20 } }\ninstitution zadkine { offer 25656 { capacity = 40 } }\npathway olympia.p -> zadkine.25656\n";
    std::fs::write(&file, text).unwrap();
    let uri = path_to_uri(&file);
    let mut s = Server::initialized(Some(&dir), json!({}));
    s.open(&uri, text);
    let mut hover = |line: u64, character: u64| -> String {
        let h = s.request(
            "textDocument/hover",
            json!({"textDocument":{"uri":uri},"position":{"line":line,"character":character}}),
        );
        h["result"]["contents"]["value"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // `olympia.p` in the pathway.
    assert_eq!(
        hover(2, 12),
        "**programma olympia.p**\n\nleerweg `kb` · profiel `ZW` · gediplomeerden per jaar `20`"
    );
    // `zadkine.25656` in the pathway.
    let offer = hover(2, 30);
    assert!(
        offer.starts_with("**aanbod zadkine.25656** — 25656 "),
        "{offer}"
    );
    assert!(
        offer.ends_with("\n\nmbo-niveau 3 · plaatsen per jaar `40`"),
        "{offer}"
    );
    // The school by its name.
    assert_eq!(hover(0, 9), "**school olympia**");
}

/// The one published diagnostic with `code`.
fn only(diagnostics: &[Value], code: &str) -> Value {
    let found: Vec<&Value> = diagnostics.iter().filter(|d| d["code"] == code).collect();
    assert_eq!(found.len(), 1, "{diagnostics:?}");
    found[0].clone()
}

/// The response to `textDocument/codeAction` for a range of `uri`.
fn code_actions(s: &mut Server, uri: &str, start: (u32, u32), end: (u32, u32)) -> Value {
    s.request(
        "textDocument/codeAction",
        json!({"textDocument":{"uri":uri},
               "range":{"start":{"line":start.0,"character":start.1},
                        "end":{"line":end.0,"character":end.1}},
               "context":{"diagnostics":[]}}),
    )
}

/// A typo with one close name: the finding's fix comes back as a preferred
/// quick fix whose edit, applied, gives the correct plan.
#[test]
fn code_action_offers_the_fix() {
    let dir = tempdir("codeaction");
    let file = dir.join("plan.pathway");
    let typo = PLAN.replace("pathway olympia.", "pathway olypmia.");
    std::fs::write(&file, &typo).unwrap();
    let uri = path_to_uri(&file);
    let mut s = Server::initialized(Some(&dir), json!({}));
    s.open(&uri, &typo);
    s.alive();
    assert_eq!(start_of(&only(&s.latest(&uri), "E101")), (2, 8));
    let r = code_actions(&mut s, &uri, (2, 10), (2, 10));
    let actions = r["result"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{r}");
    let a = &actions[0];
    assert_eq!(a["kind"], "quickfix");
    assert_eq!(a["isPreferred"], true);
    assert_eq!(a["title"], "write `olympia`");
    let edits = a["edit"]["changes"][uri.as_str()].as_array().unwrap();
    assert_eq!(edits.len(), 1);
    assert_eq!(
        edits[0],
        json!({"range":{"start":{"line":2,"character":8},"end":{"line":2,"character":15}},
               "newText":"olympia"})
    );
    // Elsewhere in the file: nothing to offer.
    let r = code_actions(&mut s, &uri, (0, 0), (0, 3));
    assert_eq!(r["result"], json!([]));
}

/// C212's fix changes the offer's crebo and every pathway that names the
/// offer by it, here in another file that is not open: one quick fix with
/// a workspace edit for both files, which applied gives a plan without C212.
#[test]
fn code_action_fixes_across_files() {
    let dir = tempdir("codeaction-files");
    let offers = "school olympia { programme zw-kb { track = kb, profile = ZW } }\n\
                  institution zadkine {\n  offer 25480\n}\n";
    let routes = "pathway olympia.zw-kb -> zadkine.25480\n";
    let (a, b) = (dir.join("a.pathway"), dir.join("b.pathway"));
    std::fs::write(&a, offers).unwrap();
    std::fs::write(&b, routes).unwrap();
    let (uri_a, uri_b) = (path_to_uri(&a), path_to_uri(&b));
    let mut s = Server::initialized(Some(&dir), json!({}));
    s.open(&uri_a, offers);
    s.alive();
    assert_eq!(start_of(&only(&s.latest(&uri_a), "C212")), (2, 8));
    let r = code_actions(&mut s, &uri_a, (2, 10), (2, 10));
    let actions = r["result"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{r}");
    let changes = actions[0]["edit"]["changes"].as_object().unwrap();
    assert_eq!(changes.len(), 2, "{r}");
    assert_eq!(
        changes[uri_a.as_str()],
        json!([{"range":{"start":{"line":2,"character":8},"end":{"line":2,"character":13}},
                "newText":"25655"}])
    );
    assert_eq!(
        changes[uri_b.as_str()],
        json!([{"range":{"start":{"line":0,"character":33},"end":{"line":0,"character":38}},
                "newText":"25655"}])
    );
    // Applied (ASCII text: characters are bytes), the plan has no C212.
    let fixed_a = offers.replacen("offer 25480", "offer 25655", 1);
    let fixed_b = format!("{}25655\n", &routes[..33]);
    let project =
        leerlijn::project::from_memory(&[("a.pathway", &fixed_a), ("b.pathway", &fixed_b)], true);
    let analysis =
        leerlijn::analysis::analyze(&project, &leerlijn::analysis::CheckOptions::default());
    let codes: Vec<_> = analysis
        .diagnostics
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    assert!(!codes.contains(&"C212"), "{codes:?}");
    assert!(!codes.contains(&"E101"), "{codes:?}");
}

/// Formatting goes through `fmt`; a file that does not parse gets no edit.
#[test]
fn formatting_through_fmt() {
    let dir = tempdir("formatting");
    let file = dir.join("plan.pathway");
    let messy = "school  olympia{programme p{track=kb}} # keep me\n";
    std::fs::write(&file, messy).unwrap();
    let uri = path_to_uri(&file);
    let mut s = Server::initialized(Some(&dir), json!({}));
    let caps = &s.seen[0]["result"]["capabilities"];
    assert_eq!(caps["documentFormattingProvider"], true);
    assert!(caps["codeActionProvider"].is_object());
    s.open(&uri, messy);
    let params = json!({"textDocument":{"uri":uri},"options":{"tabSize":2,"insertSpaces":true}});
    let r = s.request("textDocument/formatting", params.clone());
    let edits = r["result"].as_array().unwrap();
    assert_eq!(edits.len(), 1, "{r}");
    let want = leerlijn::format::format_source(leerlijn::source::FileId(0), messy).unwrap();
    assert_ne!(want, messy);
    assert_eq!(edits[0]["newText"], want.as_str());
    assert_eq!(
        edits[0]["range"],
        json!({"start":{"line":0,"character":0},"end":{"line":1,"character":0}})
    );
    // CRLF line endings stay, as `leerlijn fmt` keeps them.
    let crlf = "school  olympia{programme p{track=kb}} # keep me\r\nsubject  a\r\n";
    s.notify(
        "textDocument/didChange",
        json!({"textDocument":{"uri":uri,"version":2},"contentChanges":[{"text":crlf}]}),
    );
    let r = s.request("textDocument/formatting", params.clone());
    let edits = r["result"].as_array().unwrap();
    assert_eq!(edits.len(), 1, "{r}");
    let want = leerlijn::format::format_file(crlf).unwrap();
    assert!(want.contains("\r\n") && !want.replace("\r\n", "").contains('\n'));
    assert_eq!(edits[0]["newText"], want.as_str());
    // A syntax error: refused without a word.
    s.notify(
        "textDocument/didChange",
        json!({"textDocument":{"uri":uri,"version":3},"contentChanges":[{"text":"school olympia {\n"}]}),
    );
    let r = s.request("textDocument/formatting", params);
    assert_eq!(r["result"], json!([]), "{r}");
}

#[path = "../benches/support/generator.rs"]
mod generator;

/// What the server last published, for every URI that has diagnostics:
/// (start line, character, end line, character, code, severity, message).
type Published = std::collections::BTreeMap<String, Vec<(u64, u64, u64, u64, String, u64, String)>>;

fn published_now(s: &Server) -> Published {
    let mut out = Published::new();
    for p in s.published() {
        let uri = p["uri"].as_str().unwrap().to_string();
        let list: Vec<_> = p["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let r = &d["range"];
                let n = |v: &Value| v.as_u64().unwrap();
                (
                    n(&r["start"]["line"]),
                    n(&r["start"]["character"]),
                    n(&r["end"]["line"]),
                    n(&r["end"]["character"]),
                    d["code"].as_str().unwrap().to_string(),
                    n(&d["severity"]),
                    d["message"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        if list.is_empty() {
            out.remove(&uri);
        } else {
            out.insert(uri, list);
        }
    }
    out
}

/// `leerlijn check --format json` of `dir` as the server publishes it.
fn full_check(dir: &Path) -> Published {
    let run = common::run_in(dir, &["check", "--format", "json", dir.to_str().unwrap()]);
    assert!(run.code <= 1, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    let mut out = Published::new();
    for d in report["diagnostics"].as_array().unwrap() {
        let n = |k: &str| d[k].as_u64().unwrap() - 1;
        let mut message = d["message"].as_str().unwrap().to_string();
        if let Some(h) = d["help"].as_str() {
            message.push_str("\nhelp: ");
            message.push_str(h);
        }
        let severity = match d["severity"].as_str().unwrap() {
            "error" => 1,
            "warning" => 2,
            _ => 3,
        };
        out.entry(path_to_uri(Path::new(d["file"].as_str().unwrap())))
            .or_default()
            .push((
                n("line"),
                n("column"),
                n("end_line"),
                n("end_column"),
                d["code"].as_str().unwrap().to_string(),
                severity,
                message,
            ));
    }
    out
}

/// Edits to a generated eight-region plan (with a draft plan's findings),
/// answered first from a partial check of the files each edit can affect,
/// leave every file's published diagnostics equal to a fresh `check` of
/// the same texts: edits whose effects reach files that were not edited
/// (an offer removed, a programme renamed), a syntax error that stops the
/// graph checks of every file, and its repair.
#[test]
fn after_edits_the_diagnostics_equal_a_full_check() {
    let dir = tempdir("incremental");
    let plan = generator::generate(&generator::Config::regions(8).dense());
    for (rel, text) in &plan.files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    // The generated catalogue takes the place of the prelude.
    std::fs::write(dir.join("leerlijn.toml"), "std = false\nlang = \"en\"\n").unwrap();
    let mut s = Server::initialized(Some(&dir), json!({}));
    s.alive();
    assert_eq!(published_now(&s), full_check(&dir), "before any edit");

    let paths3 = dir.join("regions/regio-003/pathways.pathway");
    let schools3 = dir.join("regions/regio-003/schools.pathway");
    let insts5 = dir.join("regions/regio-005/institutions.pathway");
    let mut texts: std::collections::BTreeMap<PathBuf, String> = Default::default();
    for p in [&paths3, &schools3, &insts5] {
        let text = std::fs::read_to_string(p).unwrap();
        s.open(&path_to_uri(p), &text);
        texts.insert(p.clone(), text);
    }
    type Texts = std::collections::BTreeMap<PathBuf, String>;
    let edit = |s: &mut Server, texts: &mut Texts, path: &Path, f: &dyn Fn(&str) -> String| {
        let text = f(&texts[path]);
        let version = s.seen.len();
        s.notify(
            "textDocument/didChange",
            json!({"textDocument":{"uri":path_to_uri(path),"version":version},"contentChanges":[{"text":text}]}),
        );
        texts.insert(path.to_path_buf(), text);
    };
    let first_pathway = |t: &str| {
        t.lines()
            .find(|l| l.starts_with("pathway "))
            .unwrap()
            .to_string()
    };
    // A pathway written twice (D303) and one to nobody (E101).
    edit(&mut s, &mut texts, &paths3, &|t| {
        format!(
            "{t}{}\npathway nobody.p -> roc-003-0.40001\n",
            first_pathway(t)
        )
    });
    s.alive();
    // An offer taken away: pathways in other files lose it.
    edit(&mut s, &mut texts, &insts5, &|t| {
        let line = t.lines().find(|l| l.starts_with("  offer ")).unwrap();
        t.replacen(&format!("{line}\n"), "", 1)
    });
    s.alive();
    // A programme renamed, then a syntax error, in quick succession.
    edit(&mut s, &mut texts, &schools3, &|t| {
        t.replacen("  programme ", "  programme x", 1)
    });
    edit(&mut s, &mut texts, &paths3, &|t| format!("{t}pathway {{\n"));
    s.alive();
    for (path, text) in &texts {
        std::fs::write(path, text).unwrap();
    }
    let broken = full_check(&dir);
    assert!(
        broken.values().flatten().any(|d| d.4 == "E001"),
        "the syntax error is reported"
    );
    assert_eq!(published_now(&s), broken, "with a syntax error");
    // Repaired, and the school's programme named back.
    edit(&mut s, &mut texts, &paths3, &|t| {
        t.replace("pathway {\n", "")
    });
    s.alive();
    edit(&mut s, &mut texts, &schools3, &|t| {
        t.replacen("  programme x", "  programme ", 1)
    });
    s.alive();
    for (path, text) in &texts {
        std::fs::write(path, text).unwrap();
    }
    let end = full_check(&dir);
    assert!(end.values().flatten().any(|d| d.4 == "D303"));
    assert_eq!(published_now(&s), end, "after the edits");
}
