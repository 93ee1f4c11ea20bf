//! One module per subcommand, each holding its arguments and its `run`; the helpers they
//! share (reading a report, writing the result) are here.

pub mod compare;
pub mod indicators;
pub mod outline;
mod output;

use std::path::Path;
use std::sync::OnceLock;

/// Options every subcommand takes: how much of an input is read.
#[derive(Debug, clap::Args)]
pub struct LimitArgs {
    /// The largest input file read (16MB by default), and anything inflated from it; the text
    /// taken from it may be an eighth of that. Accepts 500K, 64MB, 1G or a number of bytes.
    #[arg(long, global = true, value_name = "SIZE", value_parser = parse_size)]
    max_size: Option<u64>,
}

static LIMITS: OnceLock<govdiff::Limits> = OnceLock::new();

/// Sets the limits `read` applies, once, from the command line.
pub fn set_limits(args: &LimitArgs) {
    let mut limits = govdiff::Limits::default();
    if let Some(max_size) = args.max_size {
        limits.max_size = max_size;
    }
    let _ = LIMITS.set(limits);
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

/// Reads and parses one report; the error is the library's one-line message.
pub fn read(path: &Path) -> Result<govdiff::Report, String> {
    let limits = LIMITS.get().copied().unwrap_or_default();
    govdiff::read_report_with(path, &limits).map_err(|e| e.to_string())
}

/// Writes the result where asked; an error names the output file.
pub fn emit(output: Option<&Path>, text: &str) -> Result<(), String> {
    output::write_output(output, text)
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
