// mimalloc serves the many small, short-lived allocations of a check
// from per-size free lists: a third less CPU time than glibc's malloc on
// the national plan (README, "Benchmarks"). ruff makes the same choice.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc 2's `mi_option_e` (the `v2`
/// feature); the test below guards the number.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // Memory a stage frees is reused by the next one: handing it back to
    // the system in between (mimalloc's purge) only makes the next stage
    // fault it in again, which at national scale cost more system time
    // than the whole check's allocations.
    // SAFETY: sets a process-wide option before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    leerlijn::cli::main()
}

#[cfg(test)]
mod tests {
    /// The option number names the purge delay: its default is 10 ms.
    #[test]
    fn the_option_is_the_purge_delay() {
        // SAFETY: reads a process-wide option.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 10);
    }
}
