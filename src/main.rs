//! The `govdiff` command: parses the arguments and hands each subcommand to its module in
//! `cmd/`. Everything else is in the library.

mod cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "govdiff",
    version,
    about = "Compare two years of a Chinese government work report (政府工作报告)"
)]
struct Cli {
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    cmd::set_limits(&cli.limits);
    let result = match cli.command {
        Command::Compare(args) => cmd::compare::run(args),
        Command::Indicators(args) => cmd::indicators::run(args),
        Command::Outline(args) => cmd::outline::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("govdiff: {message}");
            ExitCode::from(1)
        }
    }
}
