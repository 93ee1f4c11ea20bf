//! `govdiff track FILE|DIR...`: many reports at once, grouped by government and ordered by
//! year; every consecutive pair judged; the targets as a tidy panel and views over time.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use govdiff::compare::track;
use govdiff::render;
use indicatif::{ProgressBar, ProgressStyle};

/// Exit code when the output was written but some files could not be read.
pub const SOME_FAILED: u8 = 4;

const AFTER_HELP: &str = "\
The panel (--format csv): one row per government, target year and indicator.
  government, year                the government (from the reports) and the year the target is for
  indicator_id, indicator         the canonical indicator (gdp, cpi, urban_jobs, ...) and the name as written
  measure, unit                   as in compare; `unit` is the unit of every number of the row
  target, actual, next_target     as written: the target for `year`, the next year's review of it, its next target
  outcome, change                 met | missed | unreported | unclear; unchanged | raised | lowered | reworded | dropped
  *_value, target_low/high, target_bound, better, margin, actual_change
                                  numbers as in compare's CSV (docs/formats.md)
  series                          links one indicator's rows across years
  target_file, target_line, next_file, actual_line, next_target_line
                                  where each figure stands
A year without a report is a gap: its neighbours are not compared, and the targets before it stay
unreported. Two copies of one government's year: the one with fewer reading warnings is used, then
the one with more text, then the first path in name order; the warning names both.
Exit codes: 0 done; 1 nothing could be read or the output could not be written; 3 with --strict,
a grouping warning or an unclear outcome; 4 the output was written but some files could not be read.";

#[derive(Debug, clap::Args)]
#[command(after_long_help = AFTER_HELP)]
pub struct Args {
    /// Report files, or folders read recursively (notes such as README or SOURCES.md, and
    /// other files that are plainly not reports, are skipped with a note).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Write to this file (atomically) instead of standard output (`-`).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Threads for reading and comparing (default: one per core).
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Begin CSV output with a UTF-8 byte order mark, so that Excel reads the Chinese right
    /// (pandas and R skip it).
    #[arg(long)]
    bom: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Csv,
    Json,
    Md,
    Html,
    /// A workbook: one sheet per government, the whole panel, about.
    Xlsx,
}

/// Runs `track` and says how it went: the exit code covers files that failed, which the
/// other subcommands never meet.
pub fn run(args: Args, global: &super::Global) -> ExitCode {
    match panel_and_findings(&args, global) {
        Err(message) => {
            eprintln!("govdiff: {message}");
            ExitCode::from(1)
        }
        Ok((panel, findings)) => {
            let strict_failed = findings.report(global.strict, global.lang());
            if !panel.failures.is_empty() {
                let words = global.lang().words();
                let head = render::lang::fill(
                    words.t_failed_files_t,
                    &[&panel.failures.len(), &SOME_FAILED],
                );
                eprintln!("govdiff: {head}");
                for f in &panel.failures {
                    eprintln!("  {}: {}", f.path, words.failure(f));
                }
                ExitCode::from(SOME_FAILED)
            } else if strict_failed {
                ExitCode::from(super::STRICT_EXIT)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn panel_and_findings(
    args: &Args,
    global: &super::Global,
) -> Result<(track::Panel, super::Findings), String> {
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        return Err("track reads files and folders, not standard input".into());
    }
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(jobs) = args.jobs {
        pool = pool.num_threads(usize::from(jobs));
    }
    let pool = pool
        .build()
        .map_err(|e| format!("cannot start threads: {e}"))?;
    let panel = pool.install(|| build(&args.paths));
    if panel.governments.is_empty() && panel.unplaced.is_empty() {
        let why = panel
            .failures
            .iter()
            .map(|f| format!("\n  {}: {}", f.path, global.lang().words().failure(f)))
            .collect::<String>();
        return Err(format!("{}{why}", global.lang().words().t_no_report_read));
    }
    let mut findings = findings(&panel, global.lang().words());
    // The text view lists the grouping warnings itself; elsewhere a script sees them on
    // standard error.
    findings.print_warnings =
        !super::shown_on_terminal(args.format == Format::Text, args.output.as_deref());
    let bytes = match args.format {
        Format::Text => render::track::text_in(&panel, global.lang()).into_bytes(),
        Format::Csv => {
            let csv = render::track::csv(&panel, global.lang()).map_err(|e| e.to_string())?;
            super::with_bom(csv, args.bom)
        }
        Format::Json => render::track::json(&panel).into_bytes(),
        Format::Md => render::track::markdown_in(&panel, global.lang()).into_bytes(),
        Format::Html => render::track::html_in(&panel, global.lang()).into_bytes(),
        Format::Xlsx => {
            super::binary_allowed(args.output.as_deref())?;
            render::track::xlsx(&panel, global.lang())?
        }
    };
    super::emit(args.output.as_deref(), &bytes)?;
    Ok((panel, findings))
}

/// What `--strict` counts: the grouping warnings and the unclear outcomes.
fn findings(panel: &track::Panel, words: &render::lang::Words) -> super::Findings {
    let mut out = super::Findings::default();
    for w in &panel.warnings {
        out.warnings
            .push(("track".to_string(), words.track_warning(w)));
    }
    for r in panel
        .rows
        .iter()
        .filter(|r| r.outcome == Some(govdiff::model::Outcome::Unclear))
    {
        out.unclear.push((
            r.target_file.clone(),
            format!(
                "line {}: {} {}: outcome unclear",
                r.target.line, r.year, r.indicator
            ),
        ));
    }
    out
}

/// Reads, groups and compares, with a progress bar on a terminal.
fn build(paths: &[PathBuf]) -> track::Panel {
    let (files, skipped, mut failures) = track::collect_files(paths);
    let bar = progress(files.len() as u64, "reading");
    let (loaded, read_failures) = track::load_all(&files, &super::limits(), &|| bar.inc(1));
    bar.finish_and_clear();
    failures.extend(read_failures);
    let bar = progress(count_pairs(&loaded), "comparing");
    let panel = track::build(loaded, skipped, failures, &|| bar.inc(1));
    bar.finish_and_clear();
    panel
}

/// An upper bound on the pairs to compare, for the bar's length: the distinct governments'
/// years, less one per government.
fn count_pairs(loaded: &[track::Loaded]) -> u64 {
    let mut seen = std::collections::HashSet::new();
    for l in loaded {
        if let (Some(g), Some(y)) = (&l.report.meta.government, track::planned_year(&l.report)) {
            seen.insert((track::canonical_government(g), y));
        }
    }
    let governments: std::collections::HashSet<&String> = seen.iter().map(|(g, _)| g).collect();
    (seen.len() - governments.len()) as u64
}

/// A bar on standard error when it is a terminal; hidden otherwise.
fn progress(len: u64, what: &'static str) -> ProgressBar {
    if !std::io::stderr().is_terminal() || len == 0 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg:>9} [{bar:40}] {pos}/{len} {elapsed}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what);
    bar
}
