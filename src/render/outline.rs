//! `govdiff outline`: one report's metadata, tree and diagnostics.

use std::fmt::Write;

use super::{pad, pad_left, width};
use crate::model::{Report, Severity};

/// A diagnostic in `lang`, with its line: `line 12: numbering gap …`, `第12行：标题编号不连续`.
pub fn diagnostic(d: &crate::model::Diagnostic, lang: super::lang::Lang) -> String {
    lang.words().diagnostic(d)
}

/// The outline as JSON: the whole [`Report`], paragraphs included.
pub fn json(report: &Report) -> String {
    #[derive(serde::Serialize)]
    struct Document<'a> {
        tool: &'static str,
        tool_version: &'static str,
        schema_version: u32,
        #[serde(flatten)]
        report: &'a Report,
    }
    let doc = Document {
        tool: "govdiff",
        tool_version: env!("CARGO_PKG_VERSION"),
        schema_version: super::SCHEMA_VERSION,
        report,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// The outline as plain text for a terminal or a file.
pub fn text(report: &Report) -> String {
    let mut out = String::new();
    let m = &report.meta;
    let s = &report.source;
    let unknown = "?".to_string();
    let _ = writeln!(
        out,
        "{} · {}",
        m.government.as_ref().unwrap_or(&unknown),
        m.title.as_ref().unwrap_or(&unknown)
    );
    let mut delivered = Vec::new();
    if let Some(d) = &m.delivered_on {
        delivered.push(format!("delivered {d}"));
    } else if let Some(y) = m.year {
        delivered.push(format!("delivered in {y}"));
    }
    if let Some(c) = &m.congress {
        delivered.push(format!("to {c}"));
    }
    if let Some(sp) = &m.speaker {
        delivered.push(format!("by {sp}"));
    }
    if !delivered.is_empty() {
        let _ = writeln!(out, "{}", delivered.join(" "));
    }
    let year = |y: Option<u16>| y.map_or(unknown.clone(), |y| y.to_string());
    let _ = write!(
        out,
        "reviews {} · plans {}",
        year(m.reviewed_year),
        year(m.planned_year)
    );
    if !m.inferred.is_empty() {
        let _ = write!(out, " (inferred: {})", m.inferred.join(", "));
    }
    out.push('\n');
    let _ = write!(
        out,
        "source: {} · {} · {} bytes",
        s.path, s.encoding, s.bytes
    );
    if let Some(c) = &s.container {
        let _ = write!(out, " · {c}");
    }
    if let Some((a, b)) = s.body_lines {
        let _ = write!(out, " · report on lines {a}–{b} of {}", s.lines);
    }
    out.push('\n');
    if let Some(o) = &report.outline {
        let missing = o.unmatched().count();
        let _ = writeln!(
            out,
            "outline: {} headings (lines {}–{}), {}",
            o.entries.len(),
            o.first_line,
            o.last_line,
            if missing == 0 {
                "all found in the body".to_string()
            } else {
                format!("{missing} without a body")
            }
        );
    }
    if report.truncated {
        out.push_str("TRUNCATED: the copy ends before the report does\n");
    }
    out.push('\n');

    let sections = report.sections();
    let path_w = sections
        .iter()
        .map(|s| width(&s.path))
        .max()
        .unwrap_or(4)
        .max(4);
    let _ = writeln!(
        out,
        "{}  {}  {}  {}  {}  TITLE",
        pad("PATH", path_w),
        pad("ROLE", 10),
        pad_left("LINE", 5),
        pad_left("PARAS", 5),
        pad_left("CHARS", 6)
    );
    let paras = |n: usize| n.to_string();
    if !report.preamble.is_empty() {
        let chars: usize = report.preamble.iter().map(|p| p.text.chars().count()).sum();
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}  (opening)",
            pad("-", path_w),
            pad("-", 10),
            pad_left(&report.preamble[0].line.to_string(), 5),
            pad_left(&paras(report.preamble.len()), 5),
            pad_left(&chars.to_string(), 6)
        );
    }
    for section in &sections {
        let indent = "  ".repeat(usize::from(section.level.saturating_sub(1)).min(4));
        let horizon = match section.horizon {
            crate::model::Horizon::FiveYear if section.level == 1 => " [five-year]",
            _ => "",
        };
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}  {indent}{}{horizon}",
            pad(&section.path, path_w),
            pad(section.role.as_str(), 10),
            pad_left(&section.line.to_string(), 5),
            pad_left(&paras(section.total_paragraphs()), 5),
            pad_left(&section.total_chars().to_string(), 6),
            section.title
        );
    }
    if !report.closing.is_empty() {
        let chars: usize = report.closing.iter().map(|p| p.text.chars().count()).sum();
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}  (closing)",
            pad("-", path_w),
            pad("-", 10),
            pad_left(&report.closing[0].line.to_string(), 5),
            pad_left(&paras(report.closing.len()), 5),
            pad_left(&chars.to_string(), 6)
        );
    }
    out.push_str("(PARAS and CHARS count the section with everything under it)\n");

    for (severity, label) in [(Severity::Warning, "warnings"), (Severity::Info, "notes")] {
        let items: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{label} ({}):", items.len());
        for d in items {
            let at = d
                .line
                .map_or("        ".to_string(), |l| format!("line {l:<4}"));
            let _ = writeln!(out, "  {at}  {}", d.message);
        }
    }
    out
}
