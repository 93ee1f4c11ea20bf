//! `govdiff outline FILE`: one report's metadata, section tree and warnings.

use std::path::PathBuf;

use clap::ValueEnum;
use govdiff::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The report: text (UTF-8, UTF-16, GB18030/GBK), a one-row CSV export, HTML, DOCX or PDF
    /// (`-` for standard input).
    file: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write to this file (atomically) instead of standard output (`-`).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: Args, global: &super::Global) -> Result<super::Findings, String> {
    let report = super::read(&args.file)?;
    let text = match args.format {
        Format::Text => render::outline::text_in(&report, global.lang()),
        Format::Json => render::outline::json(&report),
    };
    super::emit(args.output.as_deref(), text.as_bytes())?;
    let mut findings = super::Findings {
        // The text lists the warnings itself.
        print_warnings: !super::shown_on_terminal(
            args.format == Format::Text,
            args.output.as_deref(),
        ),
        ..Default::default()
    };
    findings.add_report(&report, global.lang());
    Ok(findings)
}
