//! The command line: one subcommand per job, each a few lines that call the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::output::write_output;
use crate::render;

#[derive(Debug, Parser)]
#[command(
    name = "govdiff",
    version,
    about = "Compare two years of a Chinese government work report (政府工作报告)"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read one report and show its metadata, section tree and warnings.
    Outline {
        /// The report: plain text in UTF-8, UTF-16 or GB18030/GBK, or a one-row CSV export.
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = OutlineFormat::Text)]
        format: OutlineFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// List every quantified indicator of one report: subject, measure, value, unit, bound,
    /// role (actual or target), year, section, line and the clause it came from.
    Indicators {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = IndicatorFormat::Text)]
        format: IndicatorFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IndicatorFormat {
    Text,
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutlineFormat {
    Text,
    Json,
}

/// Runs the command line; errors are printed as one line on standard error.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("govdiff: {message}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Outline {
            file,
            format,
            output,
        } => {
            let report = crate::read_report(&file).map_err(|e| e.to_string())?;
            let text = match format {
                OutlineFormat::Text => render::outline::text(&report),
                OutlineFormat::Json => render::outline::json(&report),
            };
            emit(output.as_deref(), &text)
        }
        Command::Indicators {
            file,
            format,
            output,
        } => {
            let report = crate::read_report(&file).map_err(|e| e.to_string())?;
            let indicators = crate::indicators::extract(&report);
            let text = match format {
                IndicatorFormat::Text => render::indicators::text(&report, &indicators),
                IndicatorFormat::Csv => {
                    render::indicators::csv(&indicators).map_err(|e| e.to_string())?
                }
                IndicatorFormat::Json => render::indicators::json(&indicators),
            };
            emit(output.as_deref(), &text)
        }
    }
}

/// Writes the result where asked; an error names the output file.
fn emit(output: Option<&std::path::Path>, text: &str) -> Result<(), String> {
    write_output(output, text)
        .map_err(|e| format!("{}: {e}", output.unwrap_or("-".as_ref()).display()))
}
