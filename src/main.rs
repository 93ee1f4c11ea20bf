fn main() -> std::process::ExitCode {
    govdiff::cli::main()
}
