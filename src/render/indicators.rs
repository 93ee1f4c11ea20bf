//! `govdiff indicators`: one row per indicator.

use std::fmt::Write;

use super::lang::{Lang, fill};
use super::{pad, pad_left};
use crate::model::{Indicator, IndicatorRole, Report};

/// Columns of the CSV output, in order.
pub const CSV_COLUMNS: &[&str] = &[
    "subject",
    "measure",
    "value",
    "high",
    "unit",
    "base_value",
    "base_unit",
    "bound",
    "intent",
    "relation",
    "role",
    "year",
    "five_year",
    "section",
    "line",
    "written",
    "clause",
    "flags",
    "government",
    "report_year",
    "file",
    "tool_version",
    "schema_version",
];

fn number(v: Option<f64>) -> String {
    v.map_or(String::new(), format_number)
}

/// A number without trailing zeros: 6.5, 320.5, 32050000000.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn json_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

pub fn flags(ind: &Indicator) -> String {
    ind.flags
        .iter()
        .map(json_name)
        .collect::<Vec<_>>()
        .join(";")
}

/// CSV with a header row, one indicator a row, the report's identity on each.
pub fn csv(report: &Report, indicators: &[Indicator]) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_COLUMNS)?;
    let identity = [
        report.meta.government.clone().unwrap_or_default(),
        report.meta.year.map_or(String::new(), |y| y.to_string()),
        report.source.path.clone(),
        env!("CARGO_PKG_VERSION").to_string(),
        super::SCHEMA_VERSION.to_string(),
    ];
    for ind in indicators {
        let value = if ind.parts.is_empty() {
            number(ind.value)
        } else {
            ind.parts
                .iter()
                .map(|p| format_number(*p))
                .collect::<Vec<_>>()
                .join(":")
        };
        w.write_record(
            [
                ind.subject.clone(),
                ind.measure.as_str().to_string(),
                value,
                number(ind.high),
                ind.unit.clone().unwrap_or_default(),
                number(ind.base_value),
                ind.base_unit.clone().unwrap_or_default(),
                ind.bound.as_str().to_string(),
                ind.intent.clone().unwrap_or_default(),
                ind.relation.as_ref().map(json_name).unwrap_or_default(),
                json_name(&ind.role),
                ind.year.map_or(String::new(), |y| y.to_string()),
                ind.five_year.to_string(),
                ind.section.clone(),
                ind.line.to_string(),
                ind.written.clone(),
                ind.clause.clone(),
                flags(ind),
            ]
            .into_iter()
            .chain(identity.iter().cloned()),
        )?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The indicators for programs, with the tool, the schema and the report's identity first.
pub fn json(report: &Report, indicators: &[Indicator]) -> String {
    #[derive(serde::Serialize)]
    struct Document<'a> {
        tool: &'static str,
        tool_version: &'static str,
        schema_version: u32,
        government: Option<&'a str>,
        report_year: Option<u16>,
        file: &'a str,
        indicators: &'a [Indicator],
    }
    let doc = Document {
        tool: "govdiff",
        tool_version: env!("CARGO_PKG_VERSION"),
        schema_version: super::SCHEMA_VERSION,
        government: report.meta.government.as_deref(),
        report_year: report.meta.year,
        file: &report.source.path,
        indicators,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// A table for the terminal, actuals then targets, in English.
pub fn text(report: &Report, indicators: &[Indicator]) -> String {
    text_in(report, indicators, Lang::En)
}

/// A table for the terminal, actuals then targets, every word of the tool's in `lang`.
pub fn text_in(report: &Report, indicators: &[Indicator], lang: Lang) -> String {
    let words = lang.words();
    let mut out = String::new();
    let m = &report.meta;
    let actuals = indicators
        .iter()
        .filter(|i| i.role == IndicatorRole::Actual)
        .count();
    let year = |y: Option<u16>| y.map_or("?".into(), |y: u16| y.to_string());
    let _ = writeln!(
        out,
        "{}",
        fill(
            words.indicators_t,
            &[
                &m.government.as_deref().unwrap_or("?"),
                &m.title.as_deref().unwrap_or("?"),
                &indicators.len(),
                &actuals,
                &year(m.reviewed_year),
                &(indicators.len() - actuals),
                &year(m.planned_year),
            ]
        )
    );
    let head = |t: &str| t.to_uppercase();
    let path_w = indicators
        .iter()
        .map(|i| super::width(&i.section))
        .chain([super::width(words.th_section)])
        .max()
        .unwrap_or(7);
    let subject_w = indicators
        .iter()
        .map(|i| super::width(&i.subject).min(36))
        .chain([super::width(words.th_subject)])
        .max()
        .unwrap_or(7);
    let measure_w = 8.max(super::width(words.th_measure));
    let bound_w = 8.max(super::width(words.th_bound));
    for (role, label) in [
        (IndicatorRole::Actual, words.heading_actuals),
        (IndicatorRole::Target, words.heading_targets),
    ] {
        let rows: Vec<&Indicator> = indicators.iter().filter(|i| i.role == role).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", head(label));
        let _ = writeln!(
            out,
            "{}  {}  {}  {}  {}  {}",
            pad_left(&head(words.th_line), 5),
            pad(&head(words.th_section), path_w),
            pad(&head(words.th_measure), measure_w),
            pad(&head(words.th_subject), subject_w),
            pad(&head(words.th_bound), bound_w),
            head(words.th_written),
        );
        for ind in rows {
            let mut note = String::new();
            if let Some(intent) = &ind.intent {
                let _ = write!(note, "  [{intent}]");
            }
            if ind.five_year {
                note.push_str(words.five_year_note);
            }
            if !ind.flags.is_empty() {
                let checks: Vec<&str> = ind.flags.iter().map(|f| words.flag(*f)).collect();
                note.push_str(&fill(words.check_t, &[&checks.join(words.comma)]));
            }
            let subject = super::clip_width(&ind.subject, 36);
            let _ = writeln!(
                out,
                "{}  {}  {}  {}  {}  {}{note}",
                pad_left(&ind.line.to_string(), 5),
                pad(&ind.section, path_w),
                pad(words.measure(ind.measure), measure_w),
                pad(&subject, subject_w),
                pad(words.bound(ind.bound.into()), bound_w),
                ind.written,
            );
        }
    }
    out
}
