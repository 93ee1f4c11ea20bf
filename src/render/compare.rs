//! `govdiff compare`: the terminal summary, CSV, JSON and Markdown.

use std::borrow::Cow;
use std::collections::HashMap;

use super::lang::{Lang, Words, fill};
use crate::compare::Comparison;
use crate::model::{IndicatorRow, Report, Slot};

/// The columns the brief asks for, then the numbers (all in the row's `unit`), the locating
/// columns, the notes and the identity of the pair. Meanings: docs/formats.md.
pub const CSV_COLUMNS: &[&str] = &[
    "indicator",
    "measure",
    "unit",
    "prior_actual",
    "target",
    "actual",
    "outcome",
    "next_target",
    "change",
    "old_section",
    "new_section",
    "old_text",
    "new_text",
    "prior_actual_value",
    "target_value",
    "target_low",
    "target_high",
    "target_bound",
    "actual_value",
    "better",
    "margin",
    "next_target_value",
    "next_target_low",
    "next_target_high",
    "next_target_bound",
    "actual_change",
    "old_section_title",
    "new_section_title",
    "old_line",
    "new_line",
    "note",
    "indicator_id",
    "indicator_en",
    "left_out",
    "government",
    "old_year",
    "new_year",
    "old_file",
    "new_file",
    "tool_version",
    "schema_version",
];

/// Columns `--lang zh` adds at the end: the verdict words in Chinese.
pub const CSV_COLUMNS_ZH: &[&str] = &["outcome_zh", "change_zh"];

pub use super::markdown::{markdown, markdown_in};
pub use super::summary::{Style, text};

/// A year, or `?`.
pub(crate) fn year(y: Option<u16>) -> String {
    y.map_or("?".into(), |y| y.to_string())
}

/// The written form of a slot, or nothing.
pub(crate) fn written(slot: &Option<Slot>) -> String {
    slot.as_ref().map_or(String::new(), |s| s.written.clone())
}

/// The government of the pair: NEW's, else OLD's.
pub(crate) fn government(c: &Comparison) -> &str {
    c.new
        .meta
        .government
        .as_deref()
        .or(c.old.meta.government.as_deref())
        .unwrap_or("?")
}

/// One line about a report: file, delivery date, years, a truncation.
pub(crate) fn describe(r: &Report, words: &Words) -> String {
    let m = &r.meta;
    let mut parts = vec![r.source.path.clone()];
    if let Some(d) = &m.delivered_on {
        parts.push(fill(words.delivered_t, &[d]));
    }
    parts.push(fill(
        words.reviews_plans_t,
        &[&year(m.reviewed_year), &year(m.planned_year)],
    ));
    if r.truncated {
        parts.push(words.truncated_copy.to_string());
    }
    parts.join(" · ")
}

/// The summary counts, each line worded in `words`: targets judged, changes, commitments,
/// sections. `count` formats one count with its word (bold or coloured as the output likes).
pub(crate) fn summary_lines(
    c: &Comparison,
    words: &Words,
    count: &dyn Fn(usize, &str, Option<super::Tone>) -> String,
) -> [String; 4] {
    use super::Tone;
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let s = &c.summary;
    let join = |items: Vec<String>| items.join(" · ");
    // A pair missing the part the outcomes rest on says so instead of counting zeros.
    let outcomes = match crate::compare::unjudged(&c.pair_warnings) {
        Some(w) => words.pair(w),
        None => format!(
            "{}  {}",
            fill(
                words.targets_judged_t,
                &[&s.targets, &year(om.planned_year), &year(nm.reviewed_year)]
            ),
            join(vec![
                count(s.met, words.met, Some(Tone::Good)),
                count(s.missed, words.missed, Some(Tone::Bad)),
                count(s.unreported, words.unreported, None),
                count(s.unclear, words.unclear, None),
            ])
        ),
    };
    [
        outcomes,
        format!(
            "{}  {}{}",
            fill(
                words.changes_t,
                &[&year(nm.planned_year), &year(om.planned_year)]
            ),
            join(vec![
                count(s.raised, words.raised, None),
                count(s.lowered, words.lowered, None),
                count(s.reworded, words.reworded, None),
                count(s.unchanged, words.unchanged, None),
                count(s.dropped, words.dropped, None),
                count(s.new, words.new, None),
            ]),
            // A copy cut short drops what it lost, not what the government let go
            // (tests/gold/README.md, "Copies cut short").
            if c.new.truncated && s.dropped > 0 {
                words.dropped_as_stored
            } else {
                ""
            }
        ),
        format!(
            "{}  {}{}{}",
            fill(words.commitments_of_t, &[&year(om.planned_year)]),
            join(vec![
                count(s.commitments_done, words.done, None),
                count(s.commitments_in_progress, words.in_progress, None),
                count(s.commitments_unreported, words.unreported, None),
            ]),
            words.list_sep,
            fill(
                words.new_commitments_count_t,
                &[&s.new_commitments, &year(nm.planned_year)]
            )
        ),
        format!(
            "{}  {}",
            words.sections_label,
            join(vec![
                count(s.sections_matched, words.matched, None),
                count(s.sections_renamed, words.renamed, None),
                count(s.sections_moved, words.moved, None),
                count(s.sections_new, words.section_new, None),
                count(s.sections_dropped, words.section_dropped, None),
            ])
        ),
    ]
}

/// One cell of a data table: text, a number, or nothing. CSV writes numbers as plain
/// decimals; a spreadsheet gets them as numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Text(String),
    Number(f64),
    Empty,
}

impl Field {
    pub fn text(s: impl Into<String>) -> Field {
        let s = s.into();
        if s.is_empty() {
            Field::Empty
        } else {
            Field::Text(s)
        }
    }

    pub fn number(v: Option<f64>) -> Field {
        v.map_or(Field::Empty, Field::Number)
    }

    /// The cell as CSV writes it.
    pub fn csv(&self) -> Cow<'_, str> {
        match self {
            Field::Text(s) => Cow::Borrowed(s),
            Field::Number(v) => Cow::Owned(v.to_string()),
            Field::Empty => Cow::Borrowed(""),
        }
    }
}

/// Why the verdict is what it is, in `lang`: the reason as data, else the judge's own note.
pub fn note(r: &IndicatorRow, words: &Words) -> String {
    match (&r.reason, &r.note) {
        (Some(reason), _) => words.reason(reason),
        (None, Some(note)) => note.clone(),
        (None, None) => String::new(),
    }
}

/// The figures of a row left out of its numbers, and why, in `lang`.
pub fn left_out(r: &IndicatorRow, words: &Words) -> String {
    r.figures
        .left_out
        .iter()
        .map(|l| {
            fill(
                words.left_out_t,
                &[
                    &words.slot(l.slot),
                    &l.written,
                    &words.measure(l.measure),
                    &l.unit.as_deref().unwrap_or("-"),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Section titles by path, for one report.
pub fn titles(r: &Report) -> HashMap<&str, &str> {
    r.sections()
        .into_iter()
        .map(|s| (s.path.as_str(), s.title.as_str()))
        .collect()
}

/// The target table: the header and one row per aligned indicator, in the order of
/// [`CSV_COLUMNS`] (and [`CSV_COLUMNS_ZH`] with `Lang::Zh`). The CSV and the spreadsheet
/// are both written from it.
pub fn target_table(c: &Comparison, lang: Lang) -> (Vec<&'static str>, Vec<Vec<Field>>) {
    let en = Lang::En.words();
    let zh = Lang::Zh.words();
    let mut header: Vec<&'static str> = CSV_COLUMNS.to_vec();
    if lang == Lang::Zh {
        header.extend(CSV_COLUMNS_ZH);
    }
    let (old_titles, new_titles) = (titles(&c.old), titles(&c.new));
    let title = |map: &HashMap<&str, &str>, s: Option<&Slot>| {
        Field::text(
            s.and_then(|s| map.get(s.section.as_str()))
                .map_or("", |t| t),
        )
    };
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let year = |y: Option<u16>| Field::number(y.map(f64::from));
    let identity = [
        Field::text(government(c).trim_matches('?')),
        year(om.year),
        year(nm.year),
        Field::text(c.old.source.path.clone()),
        Field::text(c.new.source.path.clone()),
        Field::text(env!("CARGO_PKG_VERSION")),
        Field::Number(f64::from(super::SCHEMA_VERSION)),
    ];
    let line = |s: Option<&Slot>| Field::number(s.map(|s| s.line as f64));
    let code = |s: Option<&'static str>| Field::text(s.unwrap_or(""));
    let mut rows = Vec::with_capacity(c.indicators.len());
    for r in &c.indicators {
        let old_slot = r.target.as_ref().or(r.prior_actual.as_ref());
        let new_slot = r.actual.as_ref().or(r.next_target.as_ref());
        let new_text = match (&r.actual, &r.next_target) {
            (Some(a), Some(n)) if a.line != n.line => format!("{} | {}", a.clause, n.clause),
            (Some(a), _) => a.clause.clone(),
            (None, Some(n)) => n.clause.clone(),
            (None, None) => String::new(),
        };
        let f = &r.figures;
        let mut row = vec![
            Field::text(r.indicator.clone()),
            Field::text(r.measure.as_str()),
            Field::text(f.unit.clone().or(r.unit.clone()).unwrap_or_default()),
            Field::text(written(&r.prior_actual)),
            Field::text(written(&r.target)),
            Field::text(written(&r.actual)),
            code(r.outcome.map(|o| o.as_str())),
            Field::text(written(&r.next_target)),
            code(r.change.map(|c| c.as_str())),
            Field::text(old_slot.map_or("", |s| s.section.as_str())),
            Field::text(new_slot.map_or("", |s| s.section.as_str())),
            Field::text(old_slot.map_or("", |s| s.clause.as_str())),
            Field::text(new_text),
            Field::number(f.prior_actual),
            Field::number(f.target),
            Field::number(f.target_low),
            Field::number(f.target_high),
            code(f.target_bound.map(|b| b.as_str())),
            Field::number(f.actual),
            code(f.better.map(|b| b.as_str())),
            Field::number(f.margin),
            Field::number(f.next_target),
            Field::number(f.next_target_low),
            Field::number(f.next_target_high),
            code(f.next_target_bound.map(|b| b.as_str())),
            Field::number(f.actual_change),
            title(&old_titles, old_slot),
            title(&new_titles, new_slot),
            line(old_slot),
            line(new_slot),
            Field::text(note(r, en)),
            Field::text(r.indicator_id.clone().unwrap_or_default()),
            Field::text(r.indicator_en.clone().unwrap_or_default()),
            Field::text(left_out(r, en)),
        ];
        row.extend(identity.iter().cloned());
        if lang == Lang::Zh {
            row.push(code(r.outcome.map(|o| zh.outcome(o))));
            row.push(code(r.change.map(|c| zh.change(c))));
        }
        debug_assert_eq!(row.len(), header.len());
        rows.push(row);
    }
    (header, rows)
}

/// Writes a table as CSV.
pub fn write_csv(header: &[&str], rows: &[Vec<Field>]) -> Result<String, csv::Error> {
    use rayon::prelude::*;
    /// Rows a thread writes at a time: `track`'s panel of a thousand pairs has tens of
    /// thousands, which one thread wrote while the other waited.
    const CHUNK: usize = 2048;
    let write = |header: Option<&[&str]>, rows: &[Vec<Field>]| -> Result<Vec<u8>, csv::Error> {
        let mut w = csv::Writer::from_writer(Vec::new());
        if let Some(header) = header {
            w.write_record(header)?;
        }
        for row in rows {
            w.write_record(row.iter().map(|f| match f.csv() {
                Cow::Borrowed(s) => Cow::Borrowed(s.as_bytes()),
                Cow::Owned(s) => Cow::Owned(s.into_bytes()),
            }))?;
        }
        w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    };
    // A writer checks that each record has as many fields as its first: chunks written apart
    // are checked against the header here, and a table that fails is written whole, so
    // that the error is the one a single writer gives.
    let bytes = if rows.len() > CHUNK && rows.iter().all(|r| r.len() == header.len()) {
        let mut bytes = write(Some(header), &[])?;
        let chunks = rows
            .par_chunks(CHUNK)
            .map(|chunk| write(None, chunk))
            .collect::<Result<Vec<Vec<u8>>, csv::Error>>()?;
        for chunk in chunks {
            bytes.extend_from_slice(&chunk);
        }
        bytes
    } else {
        write(Some(header), rows)?
    };
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// CSV of the indicator table, one row per aligned indicator; `Lang::Zh` adds the verdict
/// words in Chinese as two last columns (the codes stay English).
pub fn csv(c: &Comparison, lang: Lang) -> Result<String, csv::Error> {
    let (header, rows) = target_table(c, lang);
    write_csv(&header, &rows)
}

/// The whole comparison for programs, with the tool, the schema and the pair's identity first.
pub fn json(c: &Comparison) -> String {
    #[derive(serde::Serialize)]
    struct Document<'a> {
        tool: &'static str,
        tool_version: &'static str,
        schema_version: u32,
        government: Option<&'a str>,
        old_year: Option<u16>,
        new_year: Option<u16>,
        old_file: &'a str,
        new_file: &'a str,
        #[serde(flatten)]
        comparison: &'a Comparison,
    }
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let doc = Document {
        tool: "govdiff",
        tool_version: env!("CARGO_PKG_VERSION"),
        schema_version: super::SCHEMA_VERSION,
        government: nm.government.as_deref().or(om.government.as_deref()),
        old_year: om.year,
        new_year: nm.year,
        old_file: &c.old.source.path,
        new_file: &c.new.source.path,
        comparison: c,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}
