// mimalloc serves the many small, short-lived allocations of a check
// from per-size free lists: a third less CPU time than glibc's malloc on
// the national plan (README, "Benchmarks"). ruff makes the same choice.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Huge pages go off before anything is allocated: the runtime allocates
/// before `main`, and the first 2 MiB page it faulted in stayed for the
/// whole run (3 MB more for `leerlijn --version`).
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static NO_HUGE_PAGES: extern "C" fn() = {
    extern "C" fn no_huge_pages() {
        leerlijn::allocator::no_huge_pages();
    }
    no_huge_pages
};

fn main() -> std::process::ExitCode {
    leerlijn::allocator::keep_freed_memory();
    leerlijn::cli::main()
}
