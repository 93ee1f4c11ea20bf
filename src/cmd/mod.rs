//! One module per subcommand, each holding its arguments and its `run`; the helpers they
//! share (the options every subcommand takes, reading a report, writing the result, warnings
//! and what `--strict` counts) are here.

pub mod compare;
pub mod completions;
pub mod indicators;
pub mod man;
pub mod outline;
mod output;
pub mod track;

use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;

use clap::ValueEnum;
use govdiff::model::{Report, Severity};
use govdiff::render::lang::Lang;

/// Options every subcommand takes: how much of an input is read.
#[derive(Debug, clap::Args)]
pub struct LimitArgs {
    /// The largest input file read (16MB by default), and anything inflated from it; the text
    /// taken from it may be an eighth of that. Accepts 500K, 64MB, 1G or a number of bytes.
    #[arg(long, global = true, value_name = "SIZE", value_parser = parse_size)]
    max_size: Option<u64>,
}

static LIMITS: OnceLock<govdiff::Limits> = OnceLock::new();
/// The language of the messages, set once from the command line.
static LANG: OnceLock<govdiff::render::lang::Lang> = OnceLock::new();

/// Sets the language read errors are written in.
pub fn set_lang(lang: govdiff::render::lang::Lang) {
    let _ = LANG.set(lang);
}

/// A read error, one line naming the file, in the language of the command line.
fn error_message(e: &govdiff::Error) -> String {
    LANG.get().copied().unwrap_or_default().words().error(e)
}

/// Sets the limits `read` applies, once, from the command line.
pub fn set_limits(args: &LimitArgs) {
    let mut limits = govdiff::Limits::default();
    if let Some(max_size) = args.max_size {
        limits.max_size = max_size;
    }
    let _ = LIMITS.set(limits);
}

/// The limits set from the command line (the defaults before [`set_limits`]).
pub fn limits() -> govdiff::Limits {
    LIMITS.get().copied().unwrap_or_default()
}

/// `16MB`, `500K`, `1G`, `2.5M` or a number of bytes; K, M and G are powers of 1024.
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim().to_ascii_uppercase();
    let t = t.strip_suffix('B').unwrap_or(&t);
    let (number, unit) = match t.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        Some((i, _)) => t.split_at(i),
        None => (t, ""),
    };
    let scale: u64 = match unit {
        "" => 1,
        "K" | "KI" => 1 << 10,
        "M" | "MI" => 1 << 20,
        "G" | "GI" => 1 << 30,
        _ => return Err(format!("unknown unit in {s:?}: use K, M or G")),
    };
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("not a size: {s:?} (examples: 500K, 64MB, 1G)"))?;
    if !(value.is_finite() && value >= 1.0) {
        return Err(format!("not a size: {s:?}"));
    }
    Ok((value * scale as f64).min(u64::MAX as f64) as u64)
}

/// Exit code of `--strict` when something was unclear or unread.
pub const STRICT_EXIT: u8 = 3;

/// Options every subcommand takes.
#[derive(Debug, Clone, clap::Args)]
pub struct Global {
    /// Language of every word govdiff writes around the reports' text: labels, verdicts,
    /// notes, warnings (CSV and JSON keep their English codes; `--lang zh` adds Chinese
    /// columns to CSV).
    #[arg(long, value_enum, global = true, default_value_t = LangArg::En)]
    pub lang: LangArg,
    /// Exit with code 3 (after writing the output) when anything was unclear or unread: a
    /// warning about a report (truncated copy, numbering gap, stray heading, missing part,
    /// undecodable characters, ...), a warning about the pair (swapped, other governments,
    /// not consecutive, unknown year), an `unclear` outcome, or a figure flagged for checking
    /// (lost unit, run-together values, unpaired list, rate over 100 %).
    #[arg(long, global = true)]
    pub strict: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Chinese (简体中文).
    Zh,
}

impl Global {
    pub fn lang(&self) -> Lang {
        match self.lang {
            LangArg::En => Lang::En,
            LangArg::Zh => Lang::Zh,
        }
    }
}

/// What a run found about its input, each item `(file, message)`: warnings are printed on
/// standard error (when the output does not already show them); under `--strict`, warnings
/// and unclear items make the exit code 3.
#[derive(Debug, Default)]
pub struct Findings {
    pub warnings: Vec<(String, String)>,
    pub unclear: Vec<(String, String)>,
    /// False when the output itself shows the warnings (text on a terminal's standard output).
    pub print_warnings: bool,
}

impl Findings {
    /// The warnings of a report, worded in `lang`, each with its line.
    pub fn add_report(&mut self, report: &Report, lang: Lang) {
        for d in report
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
        {
            self.warnings
                .push((report.source.path.clone(), lang.words().diagnostic(d)));
        }
    }

    /// Prints the warnings and, under `--strict`, the unclear items; returns whether
    /// `--strict` fails the run.
    pub fn report(&self, strict: bool, lang: Lang) -> bool {
        let words = lang.words();
        if self.print_warnings || strict {
            for (file, message) in &self.warnings {
                eprintln!("govdiff: {}: {file}: {message}", words.warning_label);
            }
        }
        if strict {
            for (file, message) in &self.unclear {
                eprintln!("govdiff: {}: {file}: {message}", words.unclear_label);
            }
        }
        strict && !(self.warnings.is_empty() && self.unclear.is_empty())
    }
}

/// Reads and parses one report; `-` is standard input. The error is one line naming the file.
/// `year` (`--year`) is the year the report plans, when given instead of read from the text.
pub fn read_with_year(path: &Path, year: Option<u16>) -> Result<Report, String> {
    let limits = LIMITS.get().copied().unwrap_or_default();
    let options = govdiff::Options { limits, year };
    if path.as_os_str() == "-" {
        // Read one byte past the limit, so that a larger input is refused, not cut.
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(limits.max_size.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| format!("-: {e}"))?;
        if bytes.len() as u64 > limits.max_size {
            return Err(format!(
                "-: standard input is larger than --max-size ({} bytes)",
                limits.max_size
            ));
        }
        return govdiff::parse_report_opts(&bytes, "-", &options).map_err(|e| error_message(&e));
    }
    govdiff::read_report_opts(path, &options).map_err(|e| error_message(&e))
}

/// Refuses a command line that reads standard input twice.
pub fn one_stdin(paths: &[&Path]) -> Result<(), String> {
    if paths.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        return Err("only one FILE can be `-` (standard input)".into());
    }
    Ok(())
}

/// The columns a table may use: the terminal's when writing to one, else `$COLUMNS`, else 100.
pub fn terminal_width(to_stdout: bool) -> usize {
    use std::io::IsTerminal;
    let terminal = (to_stdout && std::io::stdout().is_terminal())
        .then(terminal_size::terminal_size)
        .flatten()
        .map(|(w, _)| usize::from(w.0));
    let columns = || {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&c| c > 0)
    };
    terminal.or_else(columns).unwrap_or(100)
}

/// Whether the output itself shows the warnings to the user: a text view on a terminal.
/// Anywhere else (a file, a pipe, a data format) they go to standard error too.
pub fn shown_on_terminal(text_view: bool, output: Option<&Path>) -> bool {
    use std::io::IsTerminal;
    text_view && output.is_none_or(|p| p.as_os_str() == "-") && std::io::stdout().is_terminal()
}

/// Refuses to write a binary format (xlsx) to a terminal.
pub fn binary_allowed(output: Option<&Path>) -> Result<(), String> {
    use std::io::IsTerminal;
    let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
    if to_stdout && std::io::stdout().is_terminal() {
        return Err(
            "xlsx is a binary file: write it with -o FILE.xlsx or redirect the output".into(),
        );
    }
    Ok(())
}

/// CSV bytes, with a UTF-8 byte order mark first when asked (for Excel).
pub fn with_bom(csv: String, bom: bool) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(csv.len() + 3);
    if bom {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    bytes.extend_from_slice(csv.as_bytes());
    bytes
}

/// Writes the result where asked (`-` or nothing: standard output); an error names the
/// output file.
pub fn emit(output: Option<&Path>, bytes: &[u8]) -> Result<(), String> {
    output::write_output(output, bytes)
        .map_err(|e| format!("{}: {e}", output.unwrap_or("-".as_ref()).display()))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_with_units() {
        assert_eq!(parse_size("16MB"), Ok(16 << 20));
        assert_eq!(parse_size("500k"), Ok(500 << 10));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert_eq!(parse_size("2.5M"), Ok(5 << 19));
        assert_eq!(parse_size("1234"), Ok(1234));
        assert!(parse_size("12 parsecs").is_err());
        assert!(parse_size("0").is_err());
        assert!(parse_size("-5M").is_err());
    }
}
