//! govdiff: compare two years of a Chinese government work report (政府工作报告).
//!
//! The pipeline reads top to bottom, one module group per stage, each plain data in and out
//! (the types live in [`model`]):
//!
//! 1. [`read`]: the file's form, its bytes decoded into normalised lines, the report found
//!    inside the copy ([`read::input`], [`read::decode`], [`read::clean`]);
//! 2. [`tree`]: headings, the section tree with part roles, the metadata;
//! 3. [`extract`]: quantities and indicators;
//! 4. [`compare`]: sections and paragraphs aligned, word diffs, targets and commitments judged;
//!    [`compare::track`] does it for many reports at once (grouped by government, ordered by
//!    year, every consecutive pair judged) and lays the targets out as a panel;
//! 5. [`render`]: text, CSV, JSON, Markdown, HTML. Renderers never parse.
//!
//! The command line (`src/main.rs`, one module per subcommand under `src/cmd/`) is a thin
//! layer over these: `compare`, `indicators`, `outline`, `track`.
//!
//! [`text`] holds the helpers every stage shares (Han characters, numerals, similarity).

pub mod compare;
pub mod extract;
pub mod model;
pub mod read;
pub mod render;
pub mod text;
pub mod tree;

use std::path::Path;

pub use model::{Report, Role, Section};
pub use read::input::Limits;

/// A file that could not be read as a report. Displays as one line: `path: reason`.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Decode {
        path: String,
        #[source]
        source: read::decode::DecodeError,
    },
    #[error("{path}: {source}")]
    Input {
        path: String,
        #[source]
        source: read::input::InputError,
    },
    #[error("{path}: {reason}")]
    NotAReport { path: String, reason: String },
}

impl Error {
    /// The file the error is about, as the message names it (control characters escaped).
    pub fn path(&self) -> &str {
        match self {
            Error::Io { path, .. }
            | Error::Decode { path, .. }
            | Error::Input { path, .. }
            | Error::NotAReport { path, .. } => path,
        }
    }
}

/// Reads and parses the report in the file at `path`, within the default [`Limits`].
pub fn read_report(path: &Path) -> Result<Report, Error> {
    read_report_with(path, &Limits::default())
}

/// Reads and parses the report in the file at `path`: only a regular file, and only within
/// `limits` (see [`read::input::read_file`]).
pub fn read_report_with(path: &Path, limits: &Limits) -> Result<Report, Error> {
    read_report_opts(
        path,
        &Options {
            limits: *limits,
            ..Options::default()
        },
    )
}

/// How to read a report: the limits, and what the reader knows better than the text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    pub limits: Limits,
    /// The year the report plans (`--year`): overrides what the text says, for a copy that
    /// names no year or names it wrongly. The reviewed year is the one before.
    pub year: Option<u16>,
}

/// [`read_report_with`] with all the [`Options`].
pub fn read_report_opts(path: &Path, options: &Options) -> Result<Report, Error> {
    let limits = &options.limits;
    let name = path.display().to_string();
    let bytes = read::input::read_file(path, limits).map_err(|e| match e {
        read::input::FileError::Io(source) => Error::Io {
            path: read::input::escape_name(&name),
            source,
        },
        read::input::FileError::Input(source) => Error::Input {
            path: read::input::escape_name(&name),
            source,
        },
    })?;
    parse_report_opts(&bytes, &name, options)
}

/// Parses a report from its bytes; `name` is used in messages and in [`model::SourceInfo`].
///
/// ```
/// let text = "示例县2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n\
///             全年实现地区生产总值305.2亿元,增长7.1%。\n二、2024年发展目标和重点工作\n\
///             主要预期目标为:地区生产总值增长6%左右。\n";
/// let report = govdiff::parse_report(text.as_bytes(), "example.txt").unwrap();
/// assert_eq!(report.meta.government.as_deref(), Some("示例县"));
/// assert_eq!(report.parts[0].role, govdiff::Role::Review);
/// assert_eq!(report.parts[1].path, "二");
/// ```
pub fn parse_report(bytes: &[u8], name: &str) -> Result<Report, Error> {
    parse_report_with(bytes, name, &Limits::default())
}

/// [`parse_report`] within `limits`: a Word document inflated and a text worked on are
/// bounded, so is the nesting of a web page.
pub fn parse_report_with(bytes: &[u8], name: &str, limits: &Limits) -> Result<Report, Error> {
    parse_report_opts(
        bytes,
        name,
        &Options {
            limits: *limits,
            ..Options::default()
        },
    )
}

/// [`parse_report_with`] with all the [`Options`]. The file's name is also the last place a
/// year is looked for, when the text names none.
pub fn parse_report_opts(bytes: &[u8], name: &str, options: &Options) -> Result<Report, Error> {
    use crate::tree::{meta, sections as tree};
    use model::{Outline, SourceInfo};
    use read::clean;

    // Control characters in a file name would break the one-line messages.
    let name = &read::input::escape_name(name);
    let mut diagnostics = Vec::new();
    let decoded = read::read_lines(bytes, name, &options.limits, &mut diagnostics)?;
    let original_lines: Vec<String> = decoded.lines.iter().map(|l| l.original.clone()).collect();
    let line_count = decoded.lines.len();
    let cleaned = clean::clean(decoded.lines);
    diagnostics.extend(cleaned.diagnostics.iter().cloned());
    if cleaned.body.is_empty() {
        return Err(Error::NotAReport {
            path: name.to_string(),
            reason: "no report text found".into(),
        });
    }

    let mut built = tree::build(&cleaned.body);
    tree::assign_roles(&mut built.parts, meta::header_year(&cleaned, options.year));
    diagnostics.extend(built.diagnostics);

    let outline = (!cleaned.outline.is_empty()).then(|| {
        let mut outline = Outline {
            label_line: cleaned.outline_label,
            first_line: cleaned.outline.first().map_or(0, |l| l.no),
            last_line: cleaned.outline.last().map_or(0, |l| l.no),
            entries: tree::outline_entries(&cleaned.outline),
        };
        tree::match_outline(&mut outline, &built.parts);
        outline
    });
    let (truncated, whole) = tree::check_whole(
        &built.parts,
        &built.preamble,
        &built.closing,
        outline.as_ref(),
    );
    diagnostics.extend(whole);
    if !truncated {
        let changed = crate::tree::roles::plan_the_year_in_the_term(&mut built.parts);
        if let Some(first) = changed.first() {
            diagnostics.push(model::Diagnostic::info(
                model::DiagnosticKind::MissingPart,
                built
                    .parts
                    .iter()
                    .find(|p| &p.path == first)
                    .map(|p| p.line),
                format!(
                    "no plan part for the year: the five-year plan ({}) holds the year's work too",
                    changed.join(", ")
                ),
            ));
        }
    }
    warn_missing_parts(&built.parts, &mut diagnostics);
    if let Some((line, reason)) = doubt(&built.parts, &cleaned.body) {
        diagnostics.push(model::Diagnostic::warning(
            model::DiagnosticKind::NotAReport,
            line,
            reason,
        ));
    }
    let (meta, meta_diagnostics) =
        meta::extract(&cleaned, &built.preamble, &built.parts, options.year, name);
    diagnostics.extend(meta_diagnostics);
    let number = built.parts.len() as u32 + 1;
    if let Some(mut annex) = tree::annex_part(&cleaned.annex, number) {
        crate::tree::roles::annex_role(&mut annex, meta.planned_year);
        diagnostics.extend(annex_notes(&annex));
        built.parts.push(annex);
    }
    diagnostics.sort_by_key(|d| (d.line.unwrap_or(usize::MAX), d.severity));

    let body_lines = cleaned
        .body
        .first()
        .zip(cleaned.body.last())
        .map(|(a, b)| (a.no, b.no));
    Ok(Report {
        source: SourceInfo {
            path: name.to_string(),
            encoding: decoded.encoding,
            bytes: bytes.len(),
            lines: line_count,
            container: cleaned.container.clone(),
            body_lines,
            original_lines,
        },
        meta,
        outline,
        preamble: built.preamble,
        parts: built.parts,
        closing: built.closing,
        truncated,
        diagnostics,
    })
}

/// Says that the annex of the year's tasks was read, and warns when it holds fewer items than
/// its title announces (`2025年省十件民生实事` with eight: a portal cut the copy inside it).
fn annex_notes(annex: &Section) -> Vec<model::Diagnostic> {
    use model::{Diagnostic, DiagnosticKind};
    let items = annex.children.len();
    let mut notes = vec![Diagnostic::info(
        DiagnosticKind::Boilerplate,
        Some(annex.line),
        format!(
            "read the annex `{}` ({items} item{}) as a part of the {}",
            annex.title,
            if items == 1 { "" } else { "s" },
            if annex.role == Role::Review {
                "review"
            } else {
                "plan"
            }
        ),
    )];
    if let Some(announced) = text::numerals::announced_items(&annex.title)
        && (announced as usize) > items
    {
        notes.push(Diagnostic::warning(
            DiagnosticKind::Truncated,
            annex.children.last().map(|c| c.line),
            format!(
                "the annex `{}` announces {announced} items but the copy holds {items}: cut short?",
                annex.title
            ),
        ));
    }
    notes
}

/// Warns when the report has no review part or no plan part, or when its only plan is a
/// five-year one.
fn warn_missing_parts(parts: &[Section], diagnostics: &mut Vec<model::Diagnostic>) {
    use model::{Diagnostic, DiagnosticKind};
    for (role, name) in [(Role::Review, "review"), (Role::Plan, "plan")] {
        if !parts.iter().any(|p| p.role == role) {
            diagnostics.push(Diagnostic::warning(
                DiagnosticKind::MissingPart,
                None,
                format!("no {name} part found"),
            ));
        }
    }
    // A new term's report cut inside its five-year outlook (`今后五年的发展目标…`, then
    // nothing): it plans the year but sets out no plan for it, so it states no annual target.
    let plans: Vec<&Section> = parts.iter().filter(|p| p.role == Role::Plan).collect();
    if plans.iter().all(|p| p.horizon == model::Horizon::FiveYear)
        && let Some(last) = plans.last()
    {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::MissingPart,
            Some(last.line),
            format!(
                "no plan part for the year: {} sets out the five-year plan only, so the copy states no target for the year (cut short?)",
                last.path
            ),
        ));
    }
}

/// The fewest Chinese characters of report text a work report holds: the shortest copies read
/// (a county's report of a few pages, the demo's samples) hold more than 5,000.
const MIN_REPORT_HAN: usize = 1_500;

/// Why a text does not look like a government work report, if it does not, and the line
/// the doubt starts from: it has no part headings (`一、…`, `第一部分`), under a third of its
/// characters are Chinese, or its body is a few lines (from its first). Such a text parses (a
/// fragment, a damaged copy, the wrong file, a page without the report's body) but nothing read
/// from it can be trusted, and saying so is better than an empty result that looks like a
/// finding.
fn doubt(parts: &[Section], body: &[read::decode::Line]) -> Option<(Option<usize>, String)> {
    let (mut chars, mut han) = (0usize, 0usize);
    for line in body {
        for c in line.text.chars().filter(|c| !c.is_whitespace()) {
            chars += 1;
            han += usize::from(text::is_han(c));
        }
    }
    let share = han * 100 / chars.max(1);
    if parts.is_empty() {
        Some((
            None,
            format!(
                "this does not look like a government work report: no part headings (一、…) found, {share}% of its characters Chinese; nothing read from it can be trusted"
            ),
        ))
    } else if share < 33 {
        Some((
            None,
            format!(
                "this does not look like a government work report: only {share}% of its characters are Chinese; nothing read from it can be trusted"
            ),
        ))
    } else if han < MIN_REPORT_HAN {
        // A page that holds a report's title and delivery line but not its body: a site that
        // shows its members only (`对不起，当前内容只对会员开放`), a list of links to the report.
        Some((
            body.first().map(|l| l.no),
            format!(
                "this holds only {han} Chinese characters of report text, where a work report holds many thousands: a page with the report's title but not its body?"
            ),
        ))
    } else {
        None
    }
}
