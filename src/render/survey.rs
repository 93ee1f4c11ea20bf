//! `govdiff outline --summary FILE|DIR…`: one row per report, for a look over a whole
//! collection: who delivers it, when, which years it reviews and plans, its parts and their
//! roles, how many sections and indicators were read and how many warnings the reading gave.

use serde::Serialize;

use crate::model::{Report, Role};

/// One report (or a file that could not be read) in the survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SurveyRow {
    pub file: String,
    pub government: Option<String>,
    pub delivered_on: Option<String>,
    pub reviewed_year: Option<u16>,
    pub planned_year: Option<u16>,
    /// Each top-level part's path and role, in order: `一 review`, `二 plan`.
    pub parts: Vec<(String, Role)>,
    pub sections: usize,
    pub indicators: usize,
    pub warnings: usize,
    /// Why the file could not be read, when it could not.
    pub error: Option<String>,
}

impl SurveyRow {
    /// The row of a report read, with the number of indicators extracted from it.
    pub fn of(report: &Report, indicators: usize) -> SurveyRow {
        let m = &report.meta;
        SurveyRow {
            file: report.source.path.clone(),
            government: m.government.clone(),
            delivered_on: m.delivered_on.clone(),
            reviewed_year: m.reviewed_year,
            planned_year: m.planned_year,
            parts: report
                .parts
                .iter()
                .map(|p| (p.path.clone(), p.role))
                .collect(),
            sections: report.sections().len(),
            indicators,
            warnings: report.warnings().count(),
            error: None,
        }
    }

    /// The row of a file that could not be read.
    pub fn failed(file: &str, reason: &str) -> SurveyRow {
        SurveyRow {
            file: file.to_string(),
            government: None,
            delivered_on: None,
            reviewed_year: None,
            planned_year: None,
            parts: Vec::new(),
            sections: 0,
            indicators: 0,
            warnings: 0,
            error: Some(reason.to_string()),
        }
    }

    /// Both a review and a plan part were found.
    pub fn has_both_parts(&self) -> bool {
        let has = |role| self.parts.iter().any(|(_, r)| *r == role);
        has(Role::Review) && has(Role::Plan)
    }
}

/// The survey as a Markdown table, with a line of totals under it.
pub fn markdown(rows: &[SurveyRow]) -> String {
    let mut out = String::from(
        "| file | government | delivered | reviews | plans | parts | sections | indicators | warnings |\n\
         | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: |\n",
    );
    let opt = |v: Option<String>| v.unwrap_or_else(|| "?".into());
    for r in rows {
        if let Some(error) = &r.error {
            out.push_str(&format!(
                "| {} | error: {} | | | | | | | |\n",
                cell(&r.file),
                cell(error)
            ));
            continue;
        }
        let parts: Vec<String> = r
            .parts
            .iter()
            .map(|(path, role)| format!("{path} {}", role.as_str()))
            .collect();
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            cell(&r.file),
            cell(&opt(r.government.clone())),
            opt(r.delivered_on.clone()),
            opt(r.reviewed_year.map(|y| y.to_string())),
            opt(r.planned_year.map(|y| y.to_string())),
            if parts.is_empty() {
                "none".to_string()
            } else {
                parts.join(" · ")
            },
            r.sections,
            r.indicators,
            r.warnings
        ));
    }
    let read = rows.iter().filter(|r| r.error.is_none()).count();
    let count = |f: &dyn Fn(&SurveyRow) -> bool| rows.iter().filter(|r| f(r)).count();
    out.push_str(&format!(
        "\n{} files, {read} read: {} with a government, {} with a planned year, {} with both a review and a plan part, {} without warnings.\n",
        rows.len(),
        count(&|r| r.government.is_some()),
        count(&|r| r.planned_year.is_some()),
        count(&|r| r.has_both_parts()),
        count(&|r| r.error.is_none() && r.warnings == 0),
    ));
    out
}

/// The survey as JSON: an array of rows.
pub fn json(rows: &[SurveyRow]) -> String {
    let mut s = serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
