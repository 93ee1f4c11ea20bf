//! `govdiff compare OLD NEW`: last year's report against this year's.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::ValueEnum;
use govdiff::compare::{Comparison, Parts, Prepared, Side};
use govdiff::model::Outcome;
use govdiff::render;

const AFTER_HELP: &str = "\
CSV columns (one row per target; docs/formats.md has them all):
  indicator, measure, unit        what is measured; `unit` is the unit of every number of the row
  prior_actual, target, actual, next_target
                                  the four figures as written (N-1 actual, N target, N actual, N+1 target)
  outcome                         met | missed | unreported | unclear
  change                          unchanged | raised | lowered | reworded | dropped | new
  *_value                         the figures as numbers in `unit`, multipliers folded (4360万元 in 亿元: 0.436)
  target_low, target_high         the ends the target's words allow (a range's both ends)
  target_bound                    floor | ceiling | about | range | exact
  better                          higher | lower: which way is better for this indicator
  margin                          actual against the target in `unit`, positive when better
                                  (unemployment capped at 5.5, actual 5.1: 0.4); empty unless met or missed
  actual_change                   actual minus prior actual (N minus N-1), not against the target
  note, left_out                  why the verdict is what it is; figures in another measure or unit
  government, old_year, new_year, old_file, new_file, tool_version, schema_version
                                  the pair and the tool, on every row";

#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub struct Args {
    /// Last year's report (`-` for standard input).
    old: PathBuf,
    /// This year's report (`-` for standard input).
    new: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write to this file (atomically) instead of standard output (`-`).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Colour in the terminal summary.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Compare the files the other way round (when they were given in the wrong order).
    #[arg(long)]
    swap: bool,
    /// Show every column of the terminal table, however wide (by default the table fits the
    /// terminal: the width of the terminal, else $COLUMNS, else 100).
    #[arg(long)]
    wide: bool,
    /// Begin CSV output with a UTF-8 byte order mark, so that Excel reads the Chinese right
    /// (pandas and R skip it).
    #[arg(long)]
    bom: bool,
    /// The year NEW plans (OLD plans the year before), when the texts name none or name it
    /// wrongly.
    #[arg(long, value_name = "N")]
    year: Option<u16>,
    /// What to report: the targets (the default) or the commitments of both plans, one CSV
    /// row per commitment (side, object, verb, kind, outcome, change, clauses, sections and
    /// lines; docs/formats.md); text and md give the commitment part, json the commitment
    /// lists; html and xlsx always hold both.
    #[arg(long, value_enum, default_value_t = What::Indicators)]
    what: What,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum What {
    /// The targets: one CSV row per target.
    Indicators,
    /// The commitments: one CSV row per commitment of either plan.
    Commitments,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The summary for a terminal: counts, the target table, commitments, sections.
    Text,
    /// One row per target, numbers in the row's unit (docs/formats.md).
    Csv,
    /// The whole comparison for programs.
    Json,
    /// A report with every paragraph's diff (~~deleted~~, **inserted**).
    Md,
    /// A self-contained page with switches and side-by-side sections.
    Html,
    /// A workbook: targets, commitments, sections, about.
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

pub fn run(args: Args, global: &super::Global) -> Result<super::Findings, String> {
    let lang = global.lang();
    let (old, new) = if args.swap {
        (&args.new, &args.old)
    } else {
        (&args.old, &args.new)
    };
    super::one_stdin(&[old, new])?;
    let commitments = args.what == What::Commitments;
    // The CSV tables show neither the sections nor (of targets) the commitments.
    let parts = match args.format {
        Format::Csv => Parts {
            commitments,
            sections: false,
        },
        _ => Parts::ALL,
    };
    // Each report is read and prepared on a core of its own (when worth it); OLD's error
    // comes first.
    let prepare = |path, year, side| {
        super::read_with_year(path, year).map(|r| Prepared::for_side(r, side, parts))
    };
    let (old, new) = parts.join(
        || prepare(old, args.year.map(|y| y.saturating_sub(1)), Side::Old),
        || prepare(new, args.year, Side::New),
    );
    let comparison = govdiff::compare::compare_taken(old?, new?, parts);
    // Only these formats show paragraph diffs; the others never load the word segmenter.
    let comparison = match args.format {
        Format::Json | Format::Md | Format::Html => comparison.with_diffs(),
        Format::Text | Format::Csv | Format::Xlsx => comparison,
    };
    let mut findings = findings(&comparison, lang);
    // The terminal summary shows the pairing warnings itself; elsewhere a script sees them
    // on standard error.
    findings.print_warnings =
        !super::shown_on_terminal(args.format == Format::Text, args.output.as_deref());
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            args.output.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let width = (!args.wide).then(|| super::terminal_width(args.output.is_none()));
    let style = render::compare::Style { color, width, lang };
    let bytes = match args.format {
        Format::Text if commitments => {
            render::summary::commitments_text(&comparison, style).into_bytes()
        }
        Format::Csv if commitments => {
            let csv = render::commitments::csv(&comparison).map_err(|e| e.to_string())?;
            super::with_bom(csv, args.bom)
        }
        Format::Json if commitments => render::commitments::json(&comparison).into_bytes(),
        Format::Md if commitments => {
            render::commitments::markdown(&comparison, lang.words()).into_bytes()
        }
        Format::Text => render::compare::text(&comparison, style).into_bytes(),
        Format::Csv => {
            let csv = render::compare::csv(&comparison, lang).map_err(|e| e.to_string())?;
            super::with_bom(csv, args.bom)
        }
        Format::Json => render::compare::json(&comparison).into_bytes(),
        Format::Md => render::compare::markdown_in(&comparison, lang).into_bytes(),
        Format::Html => render::html::html_in(&comparison, lang).into_bytes(),
        Format::Xlsx => {
            super::binary_allowed(args.output.as_deref())?;
            render::xlsx::compare(&comparison, lang)?
        }
    };
    super::emit(args.output.as_deref(), &bytes)?;
    // The process ends after the command: the comparison's many small allocations (made on
    // two threads, freed on a third) are left to its end rather than freed one by one.
    std::mem::forget(comparison);
    Ok(findings)
}

/// What `--strict` counts in a comparison: the pair's and both reports' warnings, unclear
/// outcomes, figures flagged for checking.
fn findings(c: &Comparison, lang: render::lang::Lang) -> super::Findings {
    let words = lang.words();
    let mut out = super::Findings::default();
    let (old_file, new_file) = (&c.old.source.path, &c.new.source.path);
    for w in &c.pair_warnings {
        out.warnings
            .push((format!("{old_file}, {new_file}"), words.pair(w)));
    }
    out.add_report(&c.old, lang);
    out.add_report(&c.new, lang);
    for r in &c.indicators {
        if r.outcome == Some(Outcome::Unclear) {
            let note = render::compare::note(r, words);
            out.unclear.push((
                new_file.clone(),
                format!("{}: {} ({note})", r.indicator, words.unclear),
            ));
        }
        let slots = [
            (old_file, &r.prior_actual),
            (old_file, &r.target),
            (new_file, &r.actual),
            (new_file, &r.next_target),
        ];
        for (file, slot) in slots {
            let Some(s) = slot else { continue };
            for flag in &s.flags {
                out.unclear.push((
                    file.clone(),
                    format!(
                        "{}{}: {}: {}",
                        words.line_prefix(s.line),
                        r.indicator,
                        s.written,
                        words.flag(*flag)
                    ),
                ));
            }
        }
    }
    out
}
