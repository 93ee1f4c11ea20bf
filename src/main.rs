//! The `govdiff` command: parses the arguments and hands each subcommand to its module in
//! `cmd/`. Everything else is in the library.

mod cmd;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "govdiff",
    version,
    about = "Compare two years of a Chinese government work report (政府工作报告)",
    after_help = "Exit codes: 0 done; 1 an input or output error (one line naming the file); \
                  2 a wrong command line; 3 with --strict, something was unclear or unread; \
                  4 (track) the output was written but some files could not be read. \
                  A FILE of `-` is standard input, `-o -` standard output."
)]
struct Cli {
    #[command(flatten)]
    global: cmd::Global,
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    limits: cmd::LimitArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare last year's report (OLD) with this year's (NEW): targets met or missed, targets
    /// raised, lowered, reworded, dropped or new, commitments kept, sections and paragraphs.
    Compare(cmd::compare::Args),
    /// List every quantified indicator of one report: subject, measure, value, unit, bound,
    /// role (actual or target), year, section, line and the clause it came from.
    Indicators(cmd::indicators::Args),
    /// Read one report and show its metadata, section tree and warnings.
    Outline(cmd::outline::Args),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(cmd::completions::Args),
    /// Print the manual page (roff), or write one per command into a directory.
    Man(cmd::man::Args),
    /// Many reports at once (files or folders): grouped by government, ordered by year, every
    /// consecutive pair judged; the targets as a tidy panel (one row per government, year and
    /// indicator) and views of the main indicators over the years.
    Track(cmd::track::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    cmd::set_limits(&cli.limits);
    let global = cli.global;
    cmd::set_lang(global.lang());
    let result = match cli.command {
        Command::Compare(args) => cmd::compare::run(args, &global),
        Command::Indicators(args) => cmd::indicators::run(args, &global),
        Command::Outline(args) => cmd::outline::run(args, &global),
        Command::Completions(args) => cmd::completions::run(args, Cli::command()),
        Command::Man(args) => cmd::man::run(args, Cli::command()),
        // `track` has an exit code of its own: some files could not be read.
        Command::Track(args) => return cmd::track::run(args, &global),
    };
    match result {
        Ok(findings) if findings.report(global.strict, global.lang()) => {
            ExitCode::from(cmd::STRICT_EXIT)
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("govdiff: {message}");
            ExitCode::from(1)
        }
    }
}

/// mimalloc instead of glibc's malloc: a run allocates many small strings and vectors and
/// frees most of them soon, and glibc faulted in fresh pages for them as the heap grew
/// (State Council 2024→2025 `--format html`: 2,363 → 318 page faults, CPU 45.3 → 37.9 ms;
/// the samples' csv run 754 → 304 page faults, 66.4M → 60.2M instructions).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
