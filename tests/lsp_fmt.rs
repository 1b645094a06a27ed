//! The `lsp` and `fmt` commands, end to end through the binary.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use serde_json::{Value, json};

fn bin() -> Command {
    common::command(&common::crate_dir())
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("leerlijn-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn fmt_check_then_write_then_clean() {
    let dir = tempdir("fmt");
    let file = dir.join("plan.pathway");
    std::fs::write(&file, "school  olympia{programme p{track=kb}} # keep me\n").unwrap();
    let out = bin().args(["fmt", "--check"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("would reformat"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "school  olympia{programme p{track=kb}} # keep me\n",
        "--check changes nothing"
    );
    let out = bin().arg("fmt").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "school olympia { programme p { track = kb } } # keep me\n"
    );
    let out = bin().args(["fmt", "--check"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn fmt_leaves_files_with_syntax_errors_alone() {
    let dir = tempdir("fmt-bad");
    let file = dir.join("bad.pathway");
    std::fs::write(&file, "school x { brin }\n").unwrap();
    let out = bin().arg("fmt").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("E001"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "school x { brin }\n"
    );
}

/// A language-server test that waits on a silent server must fail, not
/// hang CI: after a minute the whole test binary exits.
fn watchdog() {
    std::thread::spawn(|| {
        std::thread::sleep(std::time::Duration::from_secs(60));
        eprintln!("a language server test did not finish within 60 s");
        std::process::exit(101);
    });
}

fn start_server() -> (
    std::process::Child,
    std::process::ChildStdin,
    BufReader<std::process::ChildStdout>,
) {
    let mut child = bin()
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let out = BufReader::new(child.stdout.take().unwrap());
    (child, stdin, out)
}

fn send(stdin: &mut impl Write, msg: Value) {
    let body = msg.to_string();
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
    stdin.flush().unwrap();
}

fn recv(out: &mut impl BufRead) -> Value {
    let mut len = 0;
    loop {
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            len = v.parse().unwrap();
        }
    }
    let mut buf = vec![0; len];
    out.read_exact(&mut buf).unwrap();
    serde_json::from_slice(&buf).unwrap()
}

/// Reads messages until one satisfies `want`.
fn until(out: &mut impl BufRead, want: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..50 {
        let m = recv(out);
        if want(&m) {
            return m;
        }
    }
    panic!("message not received");
}

#[test]
fn language_server_diagnostics_definition_hover() {
    watchdog();
    let dir = tempdir("lsp");
    let file = dir.join("plan.pathway");
    let text = "school olympia { programme pie-kb { track = kb, profile = PIE } }\ninstitution zadkine { offer 25263 }\npathway olympia.pie-kb -> zadkine.25263\n";
    std::fs::write(&file, text).unwrap();
    let uri = leerlijn::lsp::path_to_uri(&file);
    let (mut child, mut stdin, mut out) = start_server();
    let root = leerlijn::lsp::path_to_uri(&dir);
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri": root, "capabilities":{}}}),
    );
    let init = until(&mut out, |m| m["id"] == 1);
    assert_eq!(init["result"]["capabilities"]["hoverProvider"], true);
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","method":"initialized","params":{}}),
    );
    // A typo as you type: the server reports it with its code.
    let broken = text.replace("track = kb", "track = kc");
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":uri,"languageId":"pathway","version":1,"text":broken}}}),
    );
    let diags = until(&mut out, |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| !d.is_empty())
    });
    let d = &diags["params"]["diagnostics"][0];
    assert_eq!(d["code"], "E101");
    assert_eq!(d["range"]["start"], json!({"line": 0, "character": 44}));
    // Fixed: the diagnostics clear.
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":uri,"version":2},"contentChanges":[{"text":text}]}}),
    );
    until(&mut out, |m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| d.is_empty())
    });
    // Go to definition of `olympia.pie-kb` in the pathway.
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","id":2,"method":"textDocument/definition","params":{"textDocument":{"uri":uri},"position":{"line":2,"character":18}}}),
    );
    let def = until(&mut out, |m| m["id"] == 2);
    assert_eq!(
        def["result"]["range"]["start"],
        json!({"line": 0, "character": 27})
    );
    // Hover on the crebo shows the qualification.
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":uri},"position":{"line":1,"character":30}}}),
    );
    let hover = until(&mut out, |m| m["id"] == 3);
    let value = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        value.contains("25263") && value.contains("level 4"),
        "{value}"
    );
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","id":4,"method":"shutdown"}),
    );
    until(&mut out, |m| m["id"] == 4);
    send(&mut stdin, json!({"jsonrpc":"2.0","method":"exit"}));
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

/// The shipped examples are written as `leerlijn fmt` would write them.
#[test]
fn examples_are_formatted() {
    let out = bin()
        .args(["fmt", "--check", "pathways/examples"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// The server reads the workspace's `leerlijn.toml` as `check` does: here
/// its language and a level that turns a check off.
#[test]
fn language_server_follows_the_config() {
    watchdog();
    let dir = tempdir("lsp-config");
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
    let (mut child, mut stdin, mut out) = start_server();
    let root = leerlijn::lsp::path_to_uri(&dir);
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri": root, "capabilities":{}}}),
    );
    until(&mut out, |m| m["id"] == 1);
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","method":"initialized","params":{}}),
    );
    let diags = until(&mut out, |m| {
        m["method"] == "textDocument/publishDiagnostics"
    });
    let list = diags["params"]["diagnostics"].as_array().unwrap();
    let codes: Vec<&str> = list.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert!(
        codes.contains(&"E101") && !codes.contains(&"C211"),
        "{codes:?}"
    );
    let e101 = list.iter().find(|d| d["code"] == "E101").unwrap();
    let msg = e101["message"].as_str().unwrap();
    assert!(msg.contains("onbekende leerweg"), "{msg}");
    send(
        &mut stdin,
        json!({"jsonrpc":"2.0","id":2,"method":"shutdown"}),
    );
    until(&mut out, |m| m["id"] == 2);
    send(&mut stdin, json!({"jsonrpc":"2.0","method":"exit"}));
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
