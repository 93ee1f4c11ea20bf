//! `govdiff indicators FILE`: every quantified indicator of one report.

use std::path::PathBuf;

use clap::ValueEnum;
use govdiff::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The report, in any form `outline` reads.
    file: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Csv,
    Json,
}

pub fn run(args: Args) -> Result<(), String> {
    let report = super::read(&args.file)?;
    let indicators = govdiff::extract::indicators::extract(&report);
    let text = match args.format {
        Format::Text => render::indicators::text(&report, &indicators),
        Format::Csv => render::indicators::csv(&report, &indicators).map_err(|e| e.to_string())?,
        Format::Json => render::indicators::json(&report, &indicators),
    };
    super::emit(args.output.as_deref(), &text)
}
