fn main() -> std::process::ExitCode {
    leerlijn::cli::main()
}
