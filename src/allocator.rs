//! How the process uses memory: mimalloc's purge and transparent huge
//! pages, set by the binary and by the benchmarks alike (they measure
//! what users run), and a trace of it stage by stage ([`trace`]).

/// `mi_option_purge_delay` in mimalloc 2's `mi_option_e` (the `v2`
/// feature); the test below guards the number.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Memory a stage frees is reused by the next one: handing it back to the
/// system in between (mimalloc's purge) only makes the next stage fault it
/// in again, which at national scale cost more system time than the whole
/// check's allocations. Call it first thing in `main`, before any other
/// thread exists; it only matters where mimalloc is the global allocator.
pub fn keep_freed_memory() {
    // SAFETY: sets a process-wide option; called before other threads run.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
}

/// Held while [`give_back`] has changed the purge delay.
static OPTIONS: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Drops what `free` drops with mimalloc's purge on: the memory goes
/// back to the system at once. For the large blocks a stage leaves behind
/// (the syntax trees' arena once resolved, about 30 MiB at scale 10 of the
/// benchmark; the files' texts once shed, 45 MiB): mimalloc looks for room
/// for new blocks after the last one it handed out, not in memory freed
/// before it, so what came next was laid out in fresh pages while the
/// freed ones stayed resident, and the peak held both (the arena alone
/// was 20 MB of it when first given back), for no measurable time.
pub fn give_back(free: impl FnOnce()) {
    // One at a time: two checks in one process (the language server, the
    // tests) must not restore each other's setting.
    let _one = OPTIONS.lock().unwrap_or_else(|e| e.into_inner());
    // SAFETY: sets and reads process-wide options and collects freed
    // memory; mimalloc's calls are thread-safe.
    let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    free();
    unsafe {
        libmimalloc_sys::mi_collect(true);
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, delay);
    }
}

/// Turns transparent huge pages off for the rest of the run (Linux;
/// elsewhere nothing). The binary calls it before `main` (src/main.rs),
/// the benchmarks first thing in theirs. mimalloc asks for huge pages for
/// its memory, and the kernel then faults in 2 MiB at a time however
/// little of it a stage writes: at scale 1 of the benchmark (4.7 MB of plan) the heap
/// took sixteen 2 MiB pages, each 58% used, and the check's peak was
/// 40 MB against 25 MB without them, for 14 ms less CPU time (0.75×
/// against 0.86× of serde_json's). Memory is the goal a national check
/// still misses (README, "Benchmarks"); the time is within its goal
/// either way. Above 8 MiB of input they already cost time as well: the
/// kernel must find and zero ever more 2 MiB pages, and compacts memory
/// first when another program has fragmented it.
pub fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl(PR_SET_THP_DISABLE) takes integer arguments only and
    // changes no memory; on failure (an old kernel) huge pages stay on.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// Set in the environment, makes each stage of a check print the
/// process's memory to stderr ([`trace`]).
pub const TRACE_VAR: &str = "LEERLIJN_TRACE_MEMORY";

/// With `LEERLIJN_TRACE_MEMORY` set (Linux), one line to stderr: the
/// resident memory after `stage`, anonymous (the heap) and file-backed
/// (the binary and libc), and the peak so far, in KiB, from
/// /proc/self/status. Peak memory is a goal of issue 13, and a peak is a
/// stage's: this says which, where guessing from the code had three
/// candidates within 1 MiB of each other. Without the variable, a load of
/// a flag read once.
pub fn trace(stage: &str) {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if !*ON.get_or_init(|| std::env::var_os(TRACE_VAR).is_some()) {
        return;
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = |key: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(key))
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse::<u64>().ok())
    };
    let field = |v: Option<u64>| v.map_or_else(|| "?".to_string(), |n| n.to_string());
    eprintln!(
        "leerlijn: memory after {stage}: resident {} KiB (anonymous {}, file-backed {}), peak {} KiB",
        field(kib("VmRSS:")),
        field(kib("RssAnon:")),
        field(kib("RssFile:")),
        field(kib("VmHWM:")),
    );
}

#[cfg(test)]
mod tests {
    /// Giving memory back leaves the purge delay as it found it.
    #[test]
    fn giving_back_restores_the_delay() {
        let get = || {
            let _one = super::OPTIONS.lock().unwrap_or_else(|e| e.into_inner());
            // SAFETY: reads a process-wide option.
            unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) }
        };
        let before = get();
        let block = vec![1u8; 1 << 20];
        super::give_back(|| drop(block));
        assert_eq!(get(), before);
    }

    /// After it, the process has huge pages off (for the rest of this
    /// test process, which only makes it a little slower).
    #[cfg(target_os = "linux")]
    #[test]
    fn huge_pages_go_off() {
        // SAFETY: PR_GET_THP_DISABLE reads a flag of this process.
        let off = || unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        super::no_huge_pages();
        assert_eq!(off(), 1);
    }

    /// The option number names the purge delay: its default is 10 ms.
    #[test]
    fn the_option_is_the_purge_delay() {
        // Not while a check in another test thread gives memory back.
        let _one = super::OPTIONS.lock().unwrap_or_else(|e| e.into_inner());
        // SAFETY: reads a process-wide option.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 10);
    }
}
