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
    /// Compare last year's report (OLD) with this year's (NEW): targets met or missed, targets
    /// raised, lowered, reworded, dropped or new, commitments kept, sections and paragraphs.
    Compare {
        /// Last year's report.
        old: PathBuf,
        /// This year's report.
        new: PathBuf,
        #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
        format: CompareFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Colour in the terminal summary.
        #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
        color: ColorChoice,
        /// Compare the files the other way round (when they were given in the wrong order).
        #[arg(long)]
        swap: bool,
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
pub enum CompareFormat {
    Text,
    Csv,
    Json,
    Md,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
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
        Command::Compare {
            old,
            new,
            format,
            output,
            color,
            swap,
        } => {
            let (old, new) = if swap { (new, old) } else { (old, new) };
            let old = crate::read_report(&old).map_err(|e| e.to_string())?;
            let new = crate::read_report(&new).map_err(|e| e.to_string())?;
            let comparison = crate::compare::compare(old, new);
            // Pairing problems also go to standard error, where a script will see them.
            if format != CompareFormat::Text || output.is_some() {
                for w in &comparison.warnings {
                    eprintln!("govdiff: warning: {w}");
                }
            }
            let text = match format {
                CompareFormat::Text => {
                    let color = match color {
                        ColorChoice::Always => true,
                        ColorChoice::Never => false,
                        ColorChoice::Auto => {
                            output.is_none()
                                && std::io::IsTerminal::is_terminal(&std::io::stdout())
                                && std::env::var_os("NO_COLOR").is_none()
                        }
                    };
                    render::compare::text(&comparison, render::compare::Style { color })
                }
                CompareFormat::Csv => {
                    render::compare::csv(&comparison).map_err(|e| e.to_string())?
                }
                CompareFormat::Json => render::compare::json(&comparison),
                CompareFormat::Md => render::compare::markdown(&comparison),
                CompareFormat::Html => render::html::html(&comparison),
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
