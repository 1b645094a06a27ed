//! The allocator's one setting, made by the binary and by the benchmarks
//! alike (they measure what users run).

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
