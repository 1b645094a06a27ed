//! The language server's latency on a national plan, through the real
//! binary's stdio as an editor drives it:
//!
//! ```sh
//! cargo bench --bench lsp_latency          # scale 1, 50 edits
//! ```
//!
//! The generated scale-1 plan (dense mode: 141 files, 4.7 MB, about 7,500
//! findings) is written to `target/lsp-latency/` with a `leerlijn.toml`
//! (its own catalogue, no prelude), every file is opened, and one region's
//! `pathways.pathway` is edited 50 times, as an editor sends it (a range
//! edit): a pathway to a crebo the institution does not offer is typed at
//! the end, then taken away again, so that every edit changes the file's
//! diagnostics. For each edit it measures
//!
//! - *first*: from sending the change to the `publishDiagnostics` of the
//!   edited file (the goal: at most 30 ms median);
//! - *settled*: from sending the change to the answer of a request sent
//!   right after that publish (the server answers a request only after
//!   checking the whole project);
//!
//! - the CPU time the server's main thread spent until that publish
//!   (`/proc/PID/schedstat`): on a busy machine, what the latency would be
//!   on an idle one;
//!
//! and counts the edits whose first answer the whole-project check had to
//! correct (a second publish of the file before the request's answer).
//! Then it types: 50 more lines, one every 150 ms without waiting for
//! answers, each naming another crebo, and measures from sending each to
//! the first publish that names it (a burst may be answered together, and
//! an edit may wait for a whole-project check started in a pause).
//!
//! Without `--bench` (as `cargo test --all-targets` runs it) it drives a
//! debug build on an eight-region plan for four edits, so it stays fast.

#[path = "support/generator.rs"]
mod generator;
#[path = "support/lsp_frames.rs"]
mod lsp_frames;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use leerlijn::lsp::path_to_uri;
use serde_json::{Value, json};

/// The pause between two lines typed in the typing run.
const TYPING_GAP: Duration = Duration::from_millis(150);

/// How long to wait for one message before giving up.
const PATIENCE: Duration = Duration::from_secs(120);

fn bench_mode() -> bool {
    std::env::args().any(|a| a == "--bench")
}

struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<(Instant, Value)>,
    next_id: u64,
}

fn write_msg(w: &mut impl Write, msg: &Value) {
    let body = msg.to_string();
    let frame = format!("Content-Length: {}\r\n\r\n{body}", body.len());
    w.write_all(frame.as_bytes()).expect("the server reads");
    w.flush().expect("the server reads");
}

impl Client {
    fn start(bin: &Path, cwd: &Path) -> Client {
        let mut child = Command::new(bin)
            .arg("lsp")
            .current_dir(cwd)
            .env("LANG", "C")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the leerlijn binary starts");
        let stdin = child.stdin.take().expect("piped stdin");
        let out = child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || lsp_frames::read_frames(out, tx, |v| (Instant::now(), v)));
        Client {
            child,
            stdin: Some(stdin),
            rx,
            next_id: 0,
        }
    }

    fn send(&mut self, msg: Value) {
        write_msg(self.stdin.as_mut().expect("stdin kept"), &msg);
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn next(&mut self) -> (Instant, Value) {
        self.rx
            .recv_timeout(PATIENCE)
            .unwrap_or_else(|e| panic!("the server said nothing for {PATIENCE:?}: {e}"))
    }

    /// Sends a request; returns its answer's arrival and every message
    /// that came before it.
    fn request(&mut self, method: &str, params: Value) -> (Instant, Vec<Value>) {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let mut before = Vec::new();
        loop {
            let (at, m) = self.next();
            if m["id"] == id && m.get("method").is_none() {
                return (at, before);
            }
            before.push(m);
        }
    }

    /// The CPU time the server's main thread has used so far
    /// (`/proc/PID/schedstat`, nanoseconds; 0 where there is none).
    fn cpu_ns(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/schedstat", self.child.id()))
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    }

    /// The arrival of the next publishDiagnostics for `uri`, and it.
    fn published(&mut self, uri: &str) -> (Instant, Value) {
        loop {
            let (at, m) = self.next();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return (at, m["params"]["diagnostics"].clone());
            }
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn main() {
    let bench = bench_mode();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let (config, edits, dir, region) = if bench {
        (
            generator::Config::scale(1.0).dense(),
            50,
            root.join("target/lsp-latency"),
            "regio-017",
        )
    } else {
        (
            generator::Config::regions(8).dense(),
            4,
            std::env::temp_dir().join(format!("leerlijn-lsp-latency-{}", std::process::id())),
            "regio-003",
        )
    };
    let plan = generator::generate(&config);
    let _ = std::fs::remove_dir_all(&dir);
    for (rel, text) in &plan.files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("writable target");
        std::fs::write(path, text).expect("writable target");
    }
    std::fs::write(dir.join("leerlijn.toml"), "std = false\nlang = \"en\"\n")
        .expect("writable target");
    let dir = std::fs::canonicalize(&dir).expect("the folder exists");

    let mut c = Client::start(Path::new(env!("CARGO_BIN_EXE_leerlijn")), &dir);
    let t = Instant::now();
    c.request(
        "initialize",
        json!({ "rootUri": path_to_uri(&dir), "capabilities": {} }),
    );
    c.notify("initialized", json!({}));
    let edited = dir.join(format!("regions/{region}/pathways.pathway"));
    let uri = path_to_uri(&edited);
    let hover =
        json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 0 } });
    // The whole plan open.
    for (rel, text) in &plan.files {
        let u = path_to_uri(&dir.join(rel));
        c.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": u, "languageId": "pathway", "version": 1, "text": text}}),
        );
    }
    c.request("textDocument/hover", hover.clone());
    let opened = t.elapsed();

    let text = &plan
        .files
        .iter()
        .find(|(rel, _)| dir.join(rel) == edited)
        .expect("the region's pathways")
        .1;
    let last_line = text.lines().count();
    let from = text
        .lines()
        .find(|l| l.starts_with("pathway "))
        .and_then(|l| l.split_whitespace().nth(1))
        .expect("a pathway")
        .to_string();
    let institution = format!("roc-{}-0", &region[6..]);
    let mut first = Vec::new();
    let mut cpu = Vec::new();
    let mut settled = Vec::new();
    let mut corrected = 0;
    for k in 0..edits {
        let change = if k % 2 == 0 {
            let line = format!("pathway {from} -> {institution}.{}\n", 48000 + k);
            json!({ "range": { "start": { "line": last_line, "character": 0 },
                               "end": { "line": last_line, "character": 0 } }, "text": line })
        } else {
            json!({ "range": { "start": { "line": last_line, "character": 0 },
                               "end": { "line": last_line + 1, "character": 0 } }, "text": "" })
        };
        let cpu0 = c.cpu_ns();
        let sent = Instant::now();
        c.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": k + 2 }, "contentChanges": [change] }),
        );
        let (at, _) = c.published(&uri);
        first.push((at - sent).as_secs_f64() * 1e3);
        cpu.push((c.cpu_ns() - cpu0) as f64 / 1e6);
        let (done, before) = c.request("textDocument/hover", hover.clone());
        settled.push((done - sent).as_secs_f64() * 1e3);
        if before
            .iter()
            .any(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        {
            corrected += 1;
        }
    }

    // Typing: a new line every TYPING_GAP, sent by a thread of its own
    // without waiting for answers; each line names another crebo, so each
    // edit's answer is the first publish that names it.
    let mut typed = Vec::new();
    let mut line = last_line;
    let stdin = c.stdin.take().expect("stdin kept");
    let changes: Vec<(String, Value)> = (0..edits)
        .map(|k| {
            let crebo = format!("{}", 47000 + k);
            let change = json!({ "range": { "start": { "line": line, "character": 0 },
                                            "end": { "line": line, "character": 0 } },
                                 "text": format!("pathway {from} -> {institution}.{crebo}\n") });
            line += 1;
            let msg = json!({ "jsonrpc": "2.0", "method": "textDocument/didChange",
                              "params": { "textDocument": { "uri": uri, "version": 1000 + k },
                                          "contentChanges": [change] } });
            (crebo, msg)
        })
        .collect();
    let crebos: Vec<String> = changes.iter().map(|(c, _)| c.clone()).collect();
    let writer = std::thread::spawn(move || {
        let mut stdin = stdin;
        let mut sent = Vec::new();
        let start = Instant::now();
        for (k, (_, msg)) in changes.iter().enumerate() {
            let due = start + TYPING_GAP * k as u32;
            if let Some(wait) = due.checked_duration_since(Instant::now()) {
                std::thread::sleep(wait);
            }
            sent.push(Instant::now());
            write_msg(&mut stdin, msg);
        }
        (stdin, sent)
    });
    let mut answered: Vec<Option<Instant>> = vec![None; edits];
    while answered.iter().any(Option::is_none) {
        let (at, diags) = c.published(&uri);
        let text = diags.to_string();
        for (k, crebo) in crebos.iter().enumerate() {
            if answered[k].is_none() && text.contains(crebo.as_str()) {
                answered[k] = Some(at);
            }
        }
    }
    let (stdin, sent) = writer.join().expect("the writer ends");
    c.stdin = Some(stdin);
    for (k, at) in answered.iter().enumerate() {
        typed.push((at.expect("answered") - sent[k]).as_secs_f64() * 1e3);
    }
    typed.sort_by(f64::total_cmp);

    c.request("shutdown", Value::Null);
    c.notify("exit", Value::Null);

    first.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    settled.sort_by(f64::total_cmp);
    let s = &plan.stats;
    println!(
        "lsp latency: {} files, {:.2} MB, {} regions; open and first check {:.0} ms",
        plan.files.len(),
        s.pathway_bytes as f64 / 1e6,
        s.regions,
        opened.as_secs_f64() * 1e3
    );
    println!(
        "edit → publishDiagnostics of the edited file ({} edits): median {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        edits,
        percentile(&first, 0.5),
        percentile(&first, 0.9),
        percentile(&first, 1.0)
    );
    println!(
        "  the server's CPU time (main thread) until that publish: median {:.1} ms, p90 {:.1} ms",
        percentile(&cpu, 0.5),
        percentile(&cpu, 0.9)
    );
    println!(
        "edit → whole project checked (a request answered): median {:.1} ms, p90 {:.1} ms",
        percentile(&settled, 0.5),
        percentile(&settled, 0.9)
    );
    println!("first answers the whole-project check corrected: {corrected} of {edits}");
    println!(
        "typing, a new line every {} ms ({} edits): edit → publishDiagnostics naming it: median {:.1} ms, p90 {:.1} ms, max {:.1} ms",
        TYPING_GAP.as_millis(),
        edits,
        percentile(&typed, 0.5),
        percentile(&typed, 0.9),
        percentile(&typed, 1.0)
    );
    if !bench {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
