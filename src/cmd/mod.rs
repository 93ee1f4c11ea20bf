//! One module per subcommand, each holding its arguments and its `run`; the helpers they
//! share (reading a report, writing the result) are here.

pub mod compare;
pub mod indicators;
pub mod outline;
mod output;

use std::path::Path;

/// Reads and parses one report; the error is the library's one-line message.
pub fn read(path: &Path) -> Result<govdiff::Report, String> {
    govdiff::read_report(path).map_err(|e| e.to_string())
}

/// Writes the result where asked; an error names the output file.
pub fn emit(output: Option<&Path>, text: &str) -> Result<(), String> {
    output::write_output(output, text)
        .map_err(|e| format!("{}: {e}", output.unwrap_or("-".as_ref()).display()))
}
