//! `govdiff compare OLD NEW`: last year's report against this year's.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::ValueEnum;
use govdiff::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Last year's report.
    old: PathBuf,
    /// This year's report.
    new: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Colour in the terminal summary.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Compare the files the other way round (when they were given in the wrong order).
    #[arg(long)]
    swap: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Csv,
    Json,
    Md,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

pub fn run(args: Args) -> Result<(), String> {
    let (old, new) = if args.swap {
        (&args.new, &args.old)
    } else {
        (&args.old, &args.new)
    };
    let old = super::read(old)?;
    let new = super::read(new)?;
    let comparison = govdiff::compare::compare(old, new);
    // Only these formats show paragraph diffs; the others never load the word segmenter.
    let comparison = match args.format {
        Format::Json | Format::Md | Format::Html => comparison.with_diffs(),
        Format::Text | Format::Csv => comparison,
    };
    // Pairing problems also go to standard error, where a script will see them.
    if args.format != Format::Text || args.output.is_some() {
        for w in &comparison.warnings {
            eprintln!("govdiff: warning: {w}");
        }
    }
    let text = match args.format {
        Format::Text => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    args.output.is_none()
                        && std::io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none()
                }
            };
            render::compare::text(&comparison, render::compare::Style { color })
        }
        Format::Csv => {
            render::compare::csv(&comparison, render::lang::Lang::En).map_err(|e| e.to_string())?
        }
        Format::Json => render::compare::json(&comparison),
        Format::Md => render::compare::markdown(&comparison),
        Format::Html => render::html::html(&comparison),
    };
    super::emit(args.output.as_deref(), &text)
}
