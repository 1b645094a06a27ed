//! Lays out the binary's code so that what a check runs lies together
//! (`link/leerlijn.order`, written by `tools/order-symbols.py`).
//!
//! The kernel maps a program's code 64 KiB at a time around each page it
//! runs ("fault-around"), so the resident code is every 64 KiB window
//! holding a function that ran: at scale 1 of the benchmark a check runs
//! 1.1 MB of the 3.6 MB of code, spread over nearly every window, and the
//! whole 3 MiB of code was part of the run's peak memory (issue 13's goal is
//! memory). With the functions that run first and together, the code
//! resident drops to about what runs.
//!
//! Only where the linker is LLD, which reads an ordering file: rustc's own
//! `rust-lld` on x86_64 Linux since Rust 1.90, unless a build chooses its
//! own linker. Elsewhere nothing changes, and a symbol the list names that
//! no longer exists is skipped, so a stale list costs memory, never a
//! build.
use std::env;
use std::path::Path;
use std::process::Command;

const ORDER: &str = "link/leerlijn.order";

fn main() {
    println!("cargo:rerun-if-changed={ORDER}");
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    println!("cargo:rerun-if-env-changed=CARGO_ENCODED_RUSTFLAGS");
    if rust_lld_links() {
        let order = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join(ORDER);
        // `-Xlinker` hands the next argument over whole (`-Wl,` would split
        // a path at its commas); a path cargo cannot print is left out.
        if let (true, Some(path)) = (order.is_file(), order.to_str()) {
            for arg in [
                &format!("--symbol-ordering-file={path}"),
                "--no-warn-symbol-ordering",
            ] {
                println!("cargo:rustc-link-arg-bin=leerlijn=-Xlinker");
                println!("cargo:rustc-link-arg-bin=leerlijn={arg}");
            }
        }
    }
}

/// Whether the binary is linked by rustc's default `rust-lld`: a release
/// build (the layout is for the binary users run), for
/// x86_64-unknown-linux-gnu, with rustc 1.90 or later, and no linker
/// chosen in the configuration or the flags.
fn rust_lld_links() -> bool {
    let var = |name: &str| env::var(name).unwrap_or_default();
    if var("PROFILE") != "release"
        || var("TARGET") != "x86_64-unknown-linux-gnu"
        || env::var_os("RUSTC_LINKER").is_some()
        // `-C linker`, `-C link-arg`, `-C link-self-contained`, ...: any
        // flag about linking may mean another linker, so none is trusted.
        || var("CARGO_ENCODED_RUSTFLAGS").contains("link")
    {
        return false;
    }
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(out) = Command::new(rustc).arg("--version").output() else {
        return false;
    };
    // "rustc 1.95.0 (59807616e 2026-04-14)"
    let version = String::from_utf8_lossy(&out.stdout);
    let mut numbers = version
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .split('.')
        .map(|n| n.parse::<u32>().unwrap_or(0));
    let (major, minor) = (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}
