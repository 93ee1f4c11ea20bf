//! `govdiff outline`: one report's metadata, tree and diagnostics.

use std::fmt::Write;

use super::lang::{Lang, Words, fill};
use super::{pad, pad_left, width};
use crate::model::{Report, Role, Severity};

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

/// The outline as plain text for a terminal or a file, in English.
pub fn text(report: &Report) -> String {
    text_in(report, Lang::En)
}

/// The outline as plain text, every word of the tool's in `lang`.
pub fn text_in(report: &Report, lang: Lang) -> String {
    let words = lang.words();
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
        delivered.push(fill(words.delivered_t, &[d]));
    } else if let Some(y) = m.year {
        delivered.push(fill(words.delivered_in_t, &[&y]));
    }
    if let Some(c) = &m.congress {
        delivered.push(fill(words.to_t, &[c]));
    }
    if let Some(sp) = &m.speaker {
        delivered.push(fill(words.by_t, &[sp]));
    }
    if !delivered.is_empty() {
        let _ = writeln!(out, "{}", delivered.join(" "));
    }
    let year = |y: Option<u16>| y.map_or(unknown.clone(), |y| y.to_string());
    let _ = write!(
        out,
        "{}",
        fill(
            words.reviews_plans_dot_t,
            &[&year(m.reviewed_year), &year(m.planned_year)]
        )
    );
    if !m.inferred.is_empty() {
        let fields: Vec<String> = m.inferred.iter().map(|f| words.field(f)).collect();
        let _ = write!(
            out,
            "{}",
            fill(words.inferred_t, &[&fields.join(words.comma)])
        );
    }
    out.push('\n');
    let _ = write!(
        out,
        "{}",
        fill(words.source_t, &[&s.path, &s.encoding, &s.bytes])
    );
    if let Some(c) = &s.container {
        let _ = write!(out, " · {c}");
    }
    if let Some((a, b)) = s.body_lines {
        let _ = write!(out, "{}", fill(words.report_lines_t, &[&a, &b, &s.lines]));
    }
    out.push('\n');
    if let Some(o) = &report.outline {
        let missing = o.unmatched().count();
        let found = if missing == 0 {
            words.outline_all_found.to_string()
        } else {
            fill(words.outline_missing_t, &[&missing])
        };
        let _ = writeln!(
            out,
            "{}",
            fill(
                words.outline_t,
                &[&o.entries.len(), &o.first_line, &o.last_line, &found]
            )
        );
    }
    if report.truncated {
        let _ = writeln!(out, "{}", words.truncated_line);
    }
    out.push('\n');
    tree(&mut out, report, words);
    for (severity, label) in [
        (Severity::Warning, words.warnings_t),
        (Severity::Info, words.notes_t),
    ] {
        let items: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", fill(label, &[&items.len()]));
        for d in items {
            let _ = writeln!(out, "  {}", words.diagnostic(d));
        }
    }
    out
}

/// The section tree, one line per section.
fn tree(out: &mut String, report: &Report, words: &Words) {
    let sections = report.sections();
    let head = |t: &str| t.to_uppercase();
    let path_w = sections
        .iter()
        .map(|s| width(&s.path))
        .chain([width(words.th_path)])
        .max()
        .unwrap_or(4);
    let role_w = [Role::Review, Role::Plan, Role::Governance, Role::Other]
        .iter()
        .map(|r| width(words.role(*r)))
        .chain([width(words.th_role)])
        .max()
        .unwrap_or(10);
    let _ = writeln!(
        out,
        "{}  {}  {}  {}  {}  {}",
        pad(&head(words.th_path), path_w),
        pad(&head(words.th_role), role_w),
        pad_left(&head(words.th_line), 5),
        pad_left(&head(words.th_paras), 5),
        pad_left(&head(words.th_chars), 6),
        head(words.th_title)
    );
    let row = |out: &mut String,
               path: &str,
               role: &str,
               line: usize,
               paras: usize,
               chars: usize,
               title: &str| {
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}  {title}",
            pad(path, path_w),
            pad(role, role_w),
            pad_left(&line.to_string(), 5),
            pad_left(&paras.to_string(), 5),
            pad_left(&chars.to_string(), 6),
        );
    };
    let chars = |ps: &[crate::model::Paragraph]| -> usize {
        ps.iter().map(|p| p.text.chars().count()).sum()
    };
    if let Some(first) = report.preamble.first() {
        row(
            out,
            "-",
            "-",
            first.line,
            report.preamble.len(),
            chars(&report.preamble),
            words.opening,
        );
    }
    for section in &sections {
        let indent = "  ".repeat(usize::from(section.level.saturating_sub(1)).min(4));
        let horizon = match section.horizon {
            crate::model::Horizon::FiveYear if section.level == 1 => words.five_year_tag,
            _ => "",
        };
        row(
            out,
            &section.path,
            words.role(section.role),
            section.line,
            section.total_paragraphs(),
            section.total_chars(),
            &format!(
                "{indent}{}{horizon}",
                if section.title.is_empty() {
                    words.untitled
                } else {
                    &section.title
                }
            ),
        );
    }
    if let Some(first) = report.closing.first() {
        row(
            out,
            "-",
            "-",
            first.line,
            report.closing.len(),
            chars(&report.closing),
            words.closing,
        );
    }
    let _ = writeln!(out, "{}", words.counts_note);
}
