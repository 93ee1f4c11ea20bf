//! `govdiff indicators FILE`: every quantified indicator of one report.

use std::path::PathBuf;

use clap::ValueEnum;
use govdiff::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The report, in any form `outline` reads (`-` for standard input).
    file: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write to this file (atomically) instead of standard output (`-`).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Begin CSV output with a UTF-8 byte order mark, so that Excel reads the Chinese right.
    #[arg(long)]
    bom: bool,
    /// The year the report plans, when its text names none or names it wrongly (the
    /// reviewed year is the one before).
    #[arg(long, value_name = "N")]
    year: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Csv,
    Json,
}

pub fn run(args: Args, global: &super::Global) -> Result<super::Findings, String> {
    let lang = global.lang();
    let report = super::read_with_year(&args.file, args.year)?;
    let indicators = govdiff::extract::indicators::extract(&report);
    let bytes = match args.format {
        Format::Text => render::indicators::text_in(&report, &indicators, lang).into_bytes(),
        Format::Csv => super::with_bom(
            render::indicators::csv(&report, &indicators).map_err(|e| e.to_string())?,
            args.bom,
        ),
        Format::Json => render::indicators::json(&report, &indicators).into_bytes(),
    };
    super::emit(args.output.as_deref(), &bytes)?;
    let mut findings = super::Findings {
        print_warnings: true,
        ..Default::default()
    };
    findings.add_report(&report, lang);
    let words = lang.words();
    for ind in &indicators {
        for flag in &ind.flags {
            findings.unclear.push((
                report.source.path.clone(),
                format!(
                    "{}{}: {}",
                    words.line_prefix(ind.line),
                    ind.written,
                    words.flag(*flag)
                ),
            ));
        }
    }
    Ok(findings)
}
