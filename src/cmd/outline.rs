//! `govdiff outline FILE`: one report's metadata, section tree and warnings;
//! `govdiff outline --summary FILE|DIR…`: one row per report, as a Markdown table.

use std::path::PathBuf;

use clap::ValueEnum;
use govdiff::render;
use govdiff::render::survey::SurveyRow;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The report: text (UTF-8, UTF-16, GB18030/GBK), a one-row CSV export, HTML, DOCX or PDF
    /// (`-` for standard input). With --summary, any number of files and folders (read
    /// recursively, notes such as README or SOURCES.md passed over).
    #[arg(required = true, num_args = 1..)]
    files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write to this file (atomically) instead of standard output (`-`).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// One row per report: government, delivery date, reviewed and planned year, parts with
    /// their roles, section and indicator counts, warnings (a Markdown table; JSON with
    /// --format json).
    #[arg(long)]
    summary: bool,
    /// The year the report plans, when its text names none or names it wrongly (the
    /// reviewed year is the one before).
    #[arg(long, value_name = "N")]
    year: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

pub fn run(args: Args, global: &super::Global) -> Result<super::Findings, String> {
    if args.summary {
        return summary(&args);
    }
    let [file] = args.files.as_slice() else {
        return Err("outline reads one FILE; pass --summary for one row per file".into());
    };
    let report = super::read_with_year(file, args.year)?;
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

/// The survey: every file read (folders walked as `track` walks them), one row each; a file
/// that cannot be read is a row saying why.
fn summary(args: &Args) -> Result<super::Findings, String> {
    let (files, _skipped, failures) = govdiff::compare::track::collect_files(&args.files);
    let mut rows: Vec<SurveyRow> = files
        .iter()
        .map(|path| match super::read_with_year(path, args.year) {
            Ok(report) => {
                let indicators = govdiff::extract::indicators::extract(&report).len();
                SurveyRow::of(&report, indicators)
            }
            Err(message) => {
                let name = path.display().to_string();
                let reason = message
                    .strip_prefix(&name)
                    .and_then(|r| r.strip_prefix(": "))
                    .unwrap_or(&message)
                    .to_string();
                SurveyRow::failed(&name, &reason)
            }
        })
        .collect();
    rows.extend(
        failures
            .iter()
            .map(|f| SurveyRow::failed(&f.path, &f.reason)),
    );
    let text = match args.format {
        Format::Text => render::survey::markdown(&rows),
        Format::Json => render::survey::json(&rows),
    };
    super::emit(args.output.as_deref(), text.as_bytes())?;
    Ok(super::Findings::default())
}
