// mimalloc serves the many small, short-lived allocations of a check
// from per-size free lists: a third less CPU time than glibc's malloc on
// the national plan (README, "Benchmarks"). ruff makes the same choice.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    leerlijn::allocator::keep_freed_memory();
    leerlijn::cli::main()
}
