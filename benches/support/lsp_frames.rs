//! Reads a language server's frames (`Content-Length` headers, then a JSON
//! body) from its stdout and sends each body, wrapped by `wrap`, to `tx`;
//! ends (closing the channel) when the output ends or is not a frame.
//! Shared by `tests/lsp.rs` and `benches/lsp_latency.rs`, which drive the
//! real binary over stdio.

use std::io::{BufRead, BufReader, Read};
use std::sync::mpsc;

use serde_json::Value;

pub fn read_frames<T>(out: impl Read, tx: mpsc::Sender<T>, wrap: impl Fn(Value) -> T) {
    let mut out = BufReader::new(out);
    loop {
        let mut len = None;
        loop {
            let mut line = String::new();
            if out.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.strip_prefix("Content-Length: ") {
                len = v.parse::<usize>().ok();
            }
        }
        let Some(len) = len else { return };
        let mut buf = vec![0; len];
        if out.read_exact(&mut buf).is_err() {
            return;
        }
        let Ok(v) = serde_json::from_slice(&buf) else {
            return;
        };
        if tx.send(wrap(v)).is_err() {
            return;
        }
    }
}
