//! `govdiff track`: the panel as CSV and JSON for programs, and the views over time for
//! people: per government, the main indicators across the years (target, actual, outcome)
//! and a hit rate, as text, Markdown, or an HTML page with one inline SVG chart each.

use std::fmt::Write;

use super::compare::Field;
use super::html::esc;
use super::indicators::format_number;
use super::lang::{Lang, Words, fill};
use super::{pad, width};
use crate::compare::track::{Government, MainIndicator, Panel, PanelRow, Tally};
use crate::model::{Bound, Outcome, Slot};

/// The columns the issue asks for, then the numbers (all in the row's `unit`, as in
/// `compare`'s CSV), the locating columns, the notes and the tool. Meanings: docs/formats.md.
pub const CSV_COLUMNS: &[&str] = &[
    "government",
    "year",
    "indicator_id",
    "indicator",
    "measure",
    "unit",
    "target",
    "actual",
    "outcome",
    "next_target",
    "change",
    "prior_actual",
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
    "prior_actual_value",
    "actual_change",
    "series",
    "target_file",
    "target_line",
    "target_section",
    "next_file",
    "actual_line",
    "next_target_line",
    "target_text",
    "actual_text",
    "note",
    "left_out",
    "tool_version",
    "schema_version",
    "indicator_en",
];

/// Columns `--lang zh` adds at the end: the verdict words in Chinese.
pub const CSV_COLUMNS_ZH: &[&str] = &["outcome_zh", "change_zh"];

fn written(slot: Option<&Slot>) -> String {
    slot.map_or(String::new(), |s| s.written.clone())
}

/// Why the verdict is what it is: the reason as data in `words`, else the judge's note.
fn note(r: &PanelRow, words: &Words) -> String {
    match (&r.reason, &r.note) {
        (Some(reason), _) => words.reason(reason),
        (None, Some(note)) => note.clone(),
        (None, None) => String::new(),
    }
}

/// The figures of a row left out of its numbers, and why.
fn left_out(r: &PanelRow, words: &Words) -> String {
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

/// The tidy panel as a table, one row per government, target year and indicator, in the
/// order of [`CSV_COLUMNS`] (and [`CSV_COLUMNS_ZH`] with `Lang::Zh`): the CSV and the
/// workbook are both written from it.
pub fn table(panel: &Panel, lang: Lang) -> (Vec<&'static str>, Vec<Vec<Field>>) {
    let (en, zh) = (Lang::En.words(), Lang::Zh.words());
    let mut header: Vec<&'static str> = CSV_COLUMNS.to_vec();
    if lang == Lang::Zh {
        header.extend(CSV_COLUMNS_ZH);
    }
    let code = |s: Option<&'static str>| Field::text(s.unwrap_or(""));
    let line = |s: Option<&Slot>| Field::number(s.map(|s| s.line as f64));
    let mut rows = Vec::with_capacity(panel.rows.len());
    for r in &panel.rows {
        let (t, a, n, p, f) = (
            &r.target,
            r.actual.as_ref(),
            r.next_target.as_ref(),
            r.prior_actual.as_ref(),
            &r.figures,
        );
        let mut row = vec![
            Field::text(r.government.clone()),
            Field::Number(f64::from(r.year)),
            Field::text(r.indicator_id.clone()),
            Field::text(r.indicator.clone()),
            Field::text(r.measure.as_str()),
            Field::text(f.unit.clone().or(r.unit.clone()).unwrap_or_default()),
            Field::text(t.written.clone()),
            Field::text(written(a)),
            code(r.outcome.map(|o| o.as_str())),
            Field::text(written(n)),
            code(r.change.map(|c| c.as_str())),
            Field::text(written(p)),
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
            Field::number(f.prior_actual),
            Field::number(f.actual_change),
            Field::text(r.series.clone()),
            Field::text(r.target_file.clone()),
            Field::Number(t.line as f64),
            Field::text(t.section.clone()),
            Field::text(r.next_file.clone()),
            line(a),
            line(n),
            Field::text(t.clause.clone()),
            Field::text(a.map_or(String::new(), |s| s.clause.clone())),
            Field::text(note(r, en)),
            Field::text(left_out(r, en)),
            Field::text(env!("CARGO_PKG_VERSION")),
            Field::Number(f64::from(super::SCHEMA_VERSION)),
            Field::text(r.indicator_en.clone()),
        ];
        if lang == Lang::Zh {
            row.push(code(r.outcome.map(|o| zh.outcome(o))));
            row.push(code(r.change.map(|c| zh.change(c))));
        }
        debug_assert_eq!(row.len(), header.len());
        rows.push(row);
    }
    (header, rows)
}

/// The tidy panel: one row per government, target year and indicator.
pub fn csv(panel: &Panel, lang: Lang) -> Result<String, csv::Error> {
    let (header, rows) = table(panel, lang);
    super::compare::write_csv(&header, &rows)
}

/// The panel as a workbook: one sheet per government (its rows over the years), the whole
/// panel on one sheet, and the about sheet.
pub fn xlsx(panel: &Panel, lang: Lang) -> Result<Vec<u8>, String> {
    use super::Tone;
    use super::xlsx::{Sheet, workbook};
    let (header, rows) = table(panel, lang);
    let position = |name: &str| header.iter().position(|h| *h == name);
    let tones_of = |r: &PanelRow| {
        let mut t = Vec::new();
        if let Some(o) = r.outcome {
            for col in [position("outcome"), position("outcome_zh")]
                .into_iter()
                .flatten()
            {
                t.push((col, Tone::of_outcome(o)));
            }
        }
        if let Some(ch) = r.change {
            let tone = Tone::of_change(ch, r.figures.better);
            for col in [position("change"), position("change_zh")]
                .into_iter()
                .flatten()
            {
                t.push((col, tone));
            }
        }
        t
    };
    let sheet = |name: String, picked: Vec<usize>| {
        let mut tones = Vec::new();
        let mut sheet_rows = Vec::with_capacity(picked.len());
        for (i, k) in picked.into_iter().enumerate() {
            tones.extend(tones_of(&panel.rows[k]).into_iter().map(|(c, t)| (i, c, t)));
            sheet_rows.push(rows[k].clone());
        }
        Sheet {
            name,
            header: header.iter().map(|h| h.to_string()).collect(),
            rows: sheet_rows,
            tones,
            frozen_columns: 4,
        }
    };
    // Rows by government in one pass over the panel.
    let mut by_government: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for (k, r) in panel.rows.iter().enumerate() {
        by_government
            .entry(r.government.as_str())
            .or_default()
            .push(k);
    }
    let mut sheets: Vec<Sheet> = panel
        .governments
        .iter()
        .map(|g| {
            let picked = by_government
                .remove(g.government.as_str())
                .unwrap_or_default();
            sheet(g.government.clone(), picked)
        })
        .collect();
    sheets.push(sheet("panel".into(), (0..panel.rows.len()).collect()));
    let about = vec![
        ("tool".to_string(), "govdiff".to_string()),
        ("tool_version".into(), env!("CARGO_PKG_VERSION").into()),
        ("schema_version".into(), super::SCHEMA_VERSION.to_string()),
        ("governments".into(), panel.governments.len().to_string()),
        ("rows".into(), panel.rows.len().to_string()),
        ("columns".into(), "docs/formats.md".into()),
    ];
    workbook(sheets, about, "govdiff track")
}

/// The whole panel for programs, the tool and the schema first: governments, main
/// indicators, rows with their evidence, and every file set aside and why.
pub fn json(panel: &Panel) -> String {
    #[derive(serde::Serialize)]
    struct Document<'a> {
        tool: &'static str,
        tool_version: &'static str,
        schema_version: u32,
        #[serde(flatten)]
        panel: &'a Panel,
    }
    let doc = Document {
        tool: "govdiff",
        tool_version: env!("CARGO_PKG_VERSION"),
        schema_version: super::SCHEMA_VERSION,
        panel,
    };
    serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// One character per outcome, for the grid of years.
fn mark(o: Option<Outcome>) -> &'static str {
    match o {
        Some(Outcome::Met) => "✓",
        Some(Outcome::Missed) => "✗",
        Some(Outcome::Unclear) => "?",
        Some(Outcome::Unreported) => "·",
        None => " ",
    }
}

fn span(g: &Government) -> String {
    match (g.reports.first(), g.reports.last()) {
        (Some(a), Some(b)) if a.year != b.year => format!("{}–{}", a.year, b.year),
        (Some(a), _) => a.year.to_string(),
        _ => String::new(),
    }
}

fn tally_line(t: &Tally, words: &Words) -> String {
    let rate = t
        .hit_rate()
        .map_or(words.t_no_target_judged.to_string(), |r| {
            fill(
                words.t_hit_rate_t,
                &[&format!("{:.0}", r * 100.0), &t.met, &t.judged()],
            )
        });
    fill(
        words.t_tally_t,
        &[
            &t.targets,
            &t.met,
            &t.missed,
            &t.unreported,
            &t.unclear,
            &rate,
        ],
    )
}

fn heading(g: &Government, words: &Words) -> String {
    let mut parts = vec![
        fill(words.t_reports_t, &[&g.reports.len(), &span(g)]),
        fill(words.t_pairs_t, &[&g.pairs]),
    ];
    if !g.gaps.is_empty() {
        let gaps: Vec<String> = g.gaps.iter().map(u16::to_string).collect();
        parts.push(fill(words.t_gaps_t, &[&gaps.join(words.comma)]));
    }
    parts.join(" · ")
}

/// The years a government's grid spans, first to last report.
fn years(g: &Government) -> Vec<u16> {
    match (g.reports.first(), g.reports.last()) {
        (Some(a), Some(b)) => (a.year..=b.year).collect(),
        _ => Vec::new(),
    }
}

/// The row of a main indicator for a year: the first the panel has.
fn row_for<'a>(rows: &[&'a PanelRow], m: &MainIndicator, year: u16) -> Option<&'a PanelRow> {
    rows.iter()
        .copied()
        .find(|r| r.series == m.series && r.year == year)
}

fn unit_label(m: &MainIndicator, words: &Words) -> String {
    match &m.unit {
        Some(u) => format!("{}{}{u}", words.measure(m.measure), words.comma),
        None => words.measure(m.measure).to_string(),
    }
}

fn main_hits(m: &MainIndicator) -> String {
    format!("{}/{}", m.tally.met, m.tally.judged())
}

/// The terminal view in English.
pub fn text(panel: &Panel) -> String {
    text_in(panel, Lang::En)
}

/// The terminal view: per government, a grid of outcomes over the years, then one table per
/// main indicator; at the end, everything set aside.
pub fn text_in(panel: &Panel, lang: Lang) -> String {
    let words = lang.words();
    let mut out = String::new();
    let _ = writeln!(out, "{}", overview(panel, words));
    for g in &panel.governments {
        let rows: Vec<&PanelRow> = panel.rows_for(g).iter().collect();
        let _ = writeln!(out, "\n══ {} ══  {}", g.government, heading(g, words));
        let _ = writeln!(out, "{}", tally_line(&g.tally, words));
        if g.main.is_empty() {
            let _ = writeln!(out, "{}", words.t_no_main);
            continue;
        }
        let years = years(g);
        let label_w = g
            .main
            .iter()
            .map(|m| width(&m.indicator))
            .max()
            .unwrap_or(0)
            .clamp(9, 28);
        let mut head = format!("\n  {}", pad(words.th_indicator, label_w));
        for y in &years {
            let _ = write!(head, " {:02}", y % 100);
        }
        let _ = writeln!(out, "{head}   {}", words.th_hits);
        for m in &g.main {
            let mut line = format!(
                "  {}",
                pad(&super::clip_width(&m.indicator, label_w), label_w)
            );
            for &y in &years {
                let cell = if g.gaps.contains(&y) {
                    "|"
                } else {
                    row_for(&rows, m, y).map_or(" ", |r| mark(r.outcome))
                };
                let _ = write!(line, "  {cell}");
            }
            let _ = writeln!(out, "{line}   {}", main_hits(m));
        }
        let _ = writeln!(out, "  {}; | {}", words.t_legend, words.t_no_report);
        for m in &g.main {
            let _ = writeln!(
                out,
                "\n  {} ({}) · {}",
                m.indicator,
                unit_label(m, words),
                fill(words.t_met_of_t, &[&m.tally.met, &m.tally.judged()])
            );
            let table: Vec<[String; 5]> = m
                .years
                .iter()
                .filter_map(|&y| row_for(&rows, m, y))
                .map(|r| {
                    [
                        r.year.to_string(),
                        r.target.written.clone(),
                        written(r.actual.as_ref()),
                        r.outcome
                            .map_or(String::new(), |o| words.outcome(o).to_string()),
                        written(r.next_target.as_ref()),
                    ]
                })
                .collect();
            let head = [
                words.th_year,
                words.target,
                words.actual,
                words.th_outcome,
                words.th_next_target,
            ];
            let widths: Vec<usize> = (0..5)
                .map(|c| {
                    table
                        .iter()
                        .map(|r| width(&r[c]))
                        .chain([width(head[c])])
                        .max()
                        .unwrap_or(0)
                        .min(24)
                })
                .collect();
            let line = |cells: [&str; 5]| -> String {
                let mut s = String::from("   ");
                for (c, cell) in cells.iter().enumerate() {
                    let _ = write!(
                        s,
                        " {}",
                        pad(&super::clip_width(cell, widths[c]), widths[c])
                    );
                }
                s.trim_end().to_string()
            };
            let _ = writeln!(out, "{}", line(head));
            for r in &table {
                let _ = writeln!(out, "{}", line([&r[0], &r[1], &r[2], &r[3], &r[4]]));
            }
        }
    }
    let notes = set_aside(panel, words);
    if !notes.is_empty() {
        let _ = writeln!(out, "\n{notes}");
    }
    let _ = writeln!(out, "\n{}", words.t_footer_hint);
    out
}

fn overview(panel: &Panel, words: &Words) -> String {
    let reports: usize = panel.governments.iter().map(|g| g.reports.len()).sum();
    let pairs: usize = panel.governments.iter().map(|g| g.pairs).sum();
    let mut s = fill(
        words.t_overview_t,
        &[
            &panel.governments.len(),
            &reports,
            &pairs,
            &panel.rows.len(),
        ],
    );
    let mut aside = Vec::new();
    if !panel.duplicates.is_empty() {
        let copies: usize = panel.duplicates.iter().map(|d| d.set_aside.len()).sum();
        aside.push(fill(words.t_copies_t, &[&copies]));
    }
    if !panel.unplaced.is_empty() {
        aside.push(fill(words.t_unplaced_t, &[&panel.unplaced.len()]));
    }
    if !panel.skipped.is_empty() {
        aside.push(fill(words.t_skipped_t, &[&panel.skipped.len()]));
    }
    if !panel.failures.is_empty() {
        aside.push(fill(words.t_failed_t, &[&panel.failures.len()]));
    }
    if !aside.is_empty() {
        let _ = write!(s, " · {}", aside.join(" · "));
    }
    s
}

/// The lists of what did not go into the views: copies, gaps, unplaced, skipped, failed.
fn set_aside(panel: &Panel, words: &Words) -> String {
    let mut out = String::new();
    if !panel.warnings.is_empty() {
        let _ = writeln!(out, "{}", words.t_warnings_label);
        for w in &panel.warnings {
            let _ = writeln!(out, "  {}", words.track_warning(w));
        }
    }
    if !panel.skipped.is_empty() {
        let _ = writeln!(out, "{}", words.t_skipped_label);
        for s in &panel.skipped {
            let _ = writeln!(out, "  {}: {}", s.path, words.skipped(s));
        }
    }
    if !panel.failures.is_empty() {
        let _ = writeln!(out, "{}", words.t_failed_label);
        for f in &panel.failures {
            let _ = writeln!(out, "  {}: {}", f.path, words.failure(f));
        }
    }
    out.trim_end().to_string()
}

/// Escapes text for a Markdown table cell.
fn md(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('*', "\\*")
        .replace('_', "\\_")
        .replace('`', "\\`")
}

/// Markdown: the same views as the text, as tables.
pub fn markdown(panel: &Panel) -> String {
    markdown_in(panel, Lang::En)
}

/// The Markdown view in `lang`.
pub fn markdown_in(panel: &Panel, lang: Lang) -> String {
    let words = lang.words();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        words.t_title,
        md(&overview(panel, words))
    );
    for g in &panel.governments {
        let rows: Vec<&PanelRow> = panel.rows_for(g).iter().collect();
        let _ = writeln!(
            out,
            "## {}\n\n{}\n\n{}\n",
            md(&g.government),
            md(&heading(g, words)),
            md(&tally_line(&g.tally, words))
        );
        if g.main.is_empty() {
            continue;
        }
        let years = years(g);
        let _ = write!(out, "| {} |", words.th_indicator);
        for y in &years {
            let _ = write!(out, " {y} |");
        }
        let _ = writeln!(out, " {} |", words.th_hits);
        let _ = writeln!(out, "|---|{}---|", ":-:|".repeat(years.len()));
        for m in &g.main {
            let _ = write!(out, "| {} |", md(&m.indicator));
            for &y in &years {
                let cell = if g.gaps.contains(&y) {
                    words.t_no_report
                } else {
                    row_for(&rows, m, y).map_or("", |r| mark(r.outcome))
                };
                let _ = write!(out, " {cell} |");
            }
            let _ = writeln!(out, " {} |", main_hits(m));
        }
        let _ = writeln!(out, "\n{}\n", md(words.t_legend));
        for m in &g.main {
            let _ = writeln!(
                out,
                "### {} ({})\n\n{}\n\n| {} | {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|---|",
                md(&m.indicator),
                md(&unit_label(m, words)),
                fill(words.t_met_of_t, &[&m.tally.met, &m.tally.judged()]),
                words.th_year,
                words.target,
                words.actual,
                words.th_outcome,
                words.th_next_target,
                words.th_change,
                words.th_where
            );
            for r in m.years.iter().filter_map(|&y| row_for(&rows, m, y)) {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {} | {} | {} | {} |",
                    r.year,
                    md(&r.target.written),
                    md(&written(r.actual.as_ref())),
                    r.outcome.map_or("", |o| words.outcome(o)),
                    md(&written(r.next_target.as_ref())),
                    r.change.map_or("", |c| words.change(c)),
                    md(&location(r)),
                );
            }
            let _ = writeln!(out);
        }
    }
    let notes = set_aside(panel, words);
    if !notes.is_empty() {
        let _ = writeln!(out, "## {}\n\n```\n{notes}\n```", words.t_notes_heading);
    }
    out
}

/// `national_2013.txt:92 → national_2014.txt:14`: where the target and its actual stand.
fn location(r: &PanelRow) -> String {
    let name = |p: &str| {
        std::path::Path::new(p)
            .file_name()
            .map_or(p.to_string(), |n| n.to_string_lossy().into_owned())
    };
    let mut s = format!("{}:{}", name(&r.target_file), r.target.line);
    if let Some(a) = &r.actual {
        let _ = write!(s, " → {}:{}", name(&r.next_file), a.line);
    }
    s
}

const STYLE: &str = r#"
:root{--met:#1a7f37;--missed:#cf222e;--unrep:#9a6700;--unclear:#8250df;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:16px 24px;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif;color:#1f2328;line-height:1.5;font-size:15px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:20px;border-bottom:2px solid var(--line);padding-bottom:4px;margin-top:36px}
h3{font-size:16px;margin:0 0 4px}
.meta{color:var(--muted);font-size:13px}
table{border-collapse:collapse;font-size:13px;margin:8px 0}
th,td{border-bottom:1px solid var(--line);padding:3px 7px;text-align:left;vertical-align:top}
th{background:var(--bg);white-space:nowrap}
table.grid td.m{text-align:center;font-weight:700;width:2.2em}
td.o-met,span.o-met{color:var(--met)}td.o-missed,span.o-missed{color:var(--missed);background:#ffebe9}
td.o-unreported,span.o-unreported{color:var(--unrep)}td.o-unclear,span.o-unclear{color:var(--unclear)}
td.gap{background:repeating-linear-gradient(45deg,#fff,#fff 3px,#eaeef2 3px,#eaeef2 6px)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:14px;margin:12px 0}
figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:10px;break-inside:avoid}
figure table{width:100%}
svg{display:block;width:100%;height:auto}
svg text{font-size:10px;fill:#57606a}
.warn{background:#fff8c5;border:1px solid #d4a72c;padding:6px 10px;border-radius:6px;margin:10px 0;font-size:13px}
.warn ul{margin:4px 0;padding-left:20px}
details summary{cursor:pointer;color:var(--muted);font-size:13px;margin:8px 0}
footer{color:var(--muted);font-size:12px;margin-top:30px}
@media print{body{font-size:11px;max-width:none}.charts{grid-template-columns:1fr 1fr}details{display:block}a{color:inherit}}
"#;

/// The HTML page: per government, the grid, one chart and table per main indicator, and the
/// whole panel folded away. Self-contained: inline style and SVG, no script.
pub fn html(panel: &Panel) -> String {
    html_in(panel, Lang::En)
}

/// The HTML page in `lang`.
pub fn html_in(panel: &Panel, lang: Lang) -> String {
    let words = lang.words();
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>govdiff track</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">{}</p>\n",
        lang.code(),
        esc(words.t_title),
        esc(&overview(panel, words))
    );
    let notes = set_aside(panel, words);
    if !notes.is_empty() {
        let _ = writeln!(out, "<div class=\"warn\"><ul>");
        for line in notes.lines().filter(|l| l.starts_with("  ")) {
            let _ = writeln!(out, "<li>{}</li>", esc(line.trim()));
        }
        let _ = writeln!(out, "</ul></div>");
    }
    for (k, g) in panel.governments.iter().enumerate() {
        let rows: Vec<&PanelRow> = panel.rows_for(g).iter().collect();
        let _ = writeln!(
            out,
            "<section id=\"gov-{k}\" class=\"government\">\n<h2>{}</h2>\n<p class=\"meta\">{}<br>{}</p>",
            esc(&g.government),
            esc(&heading(g, words)),
            esc(&tally_line(&g.tally, words))
        );
        if !g.main.is_empty() {
            grid_html(&mut out, g, &rows, words);
            let _ = writeln!(out, "<div class=\"charts\">");
            for m in &g.main {
                let series: Vec<&PanelRow> = m
                    .years
                    .iter()
                    .filter_map(|&y| row_for(&rows, m, y))
                    .collect();
                let _ = writeln!(
                    out,
                    "<figure class=\"indicator\">\n<h3>{}</h3>\n<div class=\"meta\">{} · {}</div>\n{}",
                    esc(&m.indicator),
                    esc(&unit_label(m, words)),
                    esc(&fill(words.t_met_of_t, &[&m.tally.met, &m.tally.judged()])),
                    chart(&series, &years(g), &g.gaps)
                );
                let _ = writeln!(
                    out,
                    "<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
                    esc(words.th_year),
                    esc(words.target),
                    esc(words.actual),
                    esc(words.th_outcome)
                );
                for r in &series {
                    let o = r.outcome.map_or("", |o| o.as_str());
                    let _ = writeln!(
                        out,
                        "<tr title=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td class=\"o-{o}\">{}</td></tr>",
                        esc(&location(r)),
                        r.year,
                        esc(&r.target.written),
                        esc(&written(r.actual.as_ref())),
                        esc(r.outcome.map_or("", |o| words.outcome(o))),
                    );
                }
                let _ = writeln!(out, "</table>\n</figure>");
            }
            let _ = writeln!(out, "</div>");
        }
        panel_table(&mut out, &rows, words);
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(
        out,
        "<footer>{}</footer>\n</body>\n</html>",
        esc(words.t_html_footer)
    );
    out
}

fn grid_html(out: &mut String, g: &Government, rows: &[&PanelRow], words: &Words) {
    let years = years(g);
    let _ = write!(
        out,
        "<table class=\"grid\"><tr><th>{}</th>",
        esc(words.th_indicator)
    );
    for y in &years {
        let _ = write!(out, "<th>{y}</th>");
    }
    let _ = writeln!(out, "<th>{}</th></tr>", esc(words.th_hits));
    for m in &g.main {
        let _ = write!(out, "<tr><td>{}</td>", esc(&m.indicator));
        for &y in &years {
            if g.gaps.contains(&y) {
                let _ = write!(
                    out,
                    "<td class=\"m gap\" title=\"{}\"></td>",
                    esc(&fill(words.t_no_report_for_t, &[&y]))
                );
                continue;
            }
            match row_for(rows, m, y) {
                Some(r) => {
                    let o = r.outcome.map_or("", |o| o.as_str());
                    let _ = write!(
                        out,
                        "<td class=\"m o-{o}\" title=\"{y}: {} → {} ({})\">{}</td>",
                        esc(&r.target.written),
                        esc(&written(r.actual.as_ref())),
                        esc(r.outcome.map_or("", |o| words.outcome(o))),
                        mark(r.outcome)
                    );
                }
                None => {
                    let _ = write!(out, "<td class=\"m\"></td>");
                }
            }
        }
        let _ = writeln!(out, "<td>{}</td></tr>", main_hits(m));
    }
    let _ = writeln!(
        out,
        "</table>\n<p class=\"meta\">{}</p>",
        esc(words.t_legend)
    );
}

fn panel_table(out: &mut String, rows: &[&PanelRow], words: &Words) {
    let headers: String = [
        words.th_year,
        words.th_indicator,
        words.th_measure,
        words.target,
        words.actual,
        words.th_outcome,
        words.th_next_target,
        words.th_change,
        words.th_where,
    ]
    .iter()
    .map(|h| format!("<th>{}</th>", esc(h)))
    .collect();
    let _ = writeln!(
        out,
        "<details><summary>{}</summary>\n<table class=\"panel\"><tr>{headers}</tr>",
        esc(&fill(words.t_all_targets_t, &[&rows.len()]))
    );
    for r in rows {
        let o = r.outcome.map_or("", |o| o.as_str());
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"o-{o}\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            r.year,
            esc(&r.indicator),
            esc(words.measure(r.measure)),
            esc(&r.target.written),
            esc(&written(r.actual.as_ref())),
            esc(r.outcome.map_or("", |o| words.outcome(o))),
            esc(&written(r.next_target.as_ref())),
            esc(r.change.map_or("", |c| words.change(c))),
            esc(&location(r))
        );
    }
    let _ = writeln!(out, "</table></details>");
}

/// A value in the unit the chart is drawn in: the slot's base value scaled by `per_base`
/// (so `13500亿元` and `1.62万亿元` share an axis), else its value.
fn in_unit(slot: &Slot, per_base: Option<f64>) -> Option<f64> {
    match (slot.base_value, per_base) {
        (Some(b), Some(k)) => Some(b * k),
        _ => slot.value,
    }
}

/// Chart geometry, in SVG user units.
const W: f64 = 360.0;
const H: f64 = 150.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 22.0;

/// The scale of one chart: years across, values up.
struct Frame {
    first: u16,
    last: u16,
    /// The width of one year.
    step: f64,
    lo: f64,
    hi: f64,
    /// The margin added above and below the values drawn.
    pad: f64,
}

impl Frame {
    fn new(years: (u16, u16), values: &[f64]) -> Frame {
        let (first, last) = years;
        let (mut lo, mut hi) = values
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
        let pad = ((hi - lo) * 0.15).max(hi.abs() * 0.05).max(0.1);
        lo -= pad;
        hi += pad;
        let step = (W - LEFT - RIGHT) / f64::from((last - first).max(1) + 1);
        Frame {
            first,
            last,
            step,
            lo,
            hi,
            pad,
        }
    }

    /// The middle of a year's column.
    fn x(&self, y: u16) -> f64 {
        LEFT + self.step * (f64::from(y - self.first) + 0.5)
    }

    fn y(&self, v: f64) -> f64 {
        TOP + (H - TOP - BOTTOM) * (self.hi - v) / (self.hi - self.lo)
    }
}

/// One small chart: each year's target as a mark (a band for a range; a triangle shows the
/// direction of a floor or a ceiling), the actuals as a line, misses as red crosses.
fn chart(rows: &[&PanelRow], years: &[u16], gaps: &[u16]) -> String {
    let Some(reference) = rows.last() else {
        return String::new();
    };
    let per_base = reference
        .target
        .value
        .zip(reference.target.base_value)
        .filter(|(_, b)| *b != 0.0)
        .map(|(v, b)| v / b);
    // Actuals count only where they are in the target's unit.
    let actual_of = |r: &PanelRow| -> Option<f64> {
        let a = r.actual.as_ref()?;
        (a.unit == r.target.unit || matches!(r.outcome, Some(Outcome::Met | Outcome::Missed)))
            .then(|| in_unit(a, per_base))
            .flatten()
    };
    let mut values: Vec<f64> = Vec::new();
    for r in rows {
        values.extend(in_unit(&r.target, per_base));
        if let (Some(h), Some(v), Some(tv)) =
            (r.target.high, r.target.value, in_unit(&r.target, per_base))
        {
            values.push(tv * h / v.max(f64::MIN_POSITIVE));
        }
        values.extend(actual_of(r));
    }
    let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
        return String::new();
    };
    if values.is_empty() {
        return "<p class=\"meta\">(no figures to draw)</p>".to_string();
    }
    let frame = Frame::new((first, last), &values);
    let mut svg = format!(
        "<svg viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"targets and actuals by year\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    draw_axes(&mut svg, &frame, gaps);
    draw_targets(&mut svg, &frame, rows, per_base);
    let mut points: Vec<(u16, f64, Option<Outcome>)> = rows
        .iter()
        .filter_map(|r| actual_of(r).map(|a| (r.year, a, r.outcome)))
        .collect();
    points.sort_by_key(|p| p.0);
    draw_actuals(&mut svg, &frame, &points);
    svg.push_str("</svg>\n<div class=\"meta\">blue: target (▲ floor, ▼ ceiling, band: range) · black: actual · red ✗: missed</div>");
    svg
}

/// The axes, the lowest and highest values, the years (at most about eight labels) and a
/// grey column for each year with no report.
fn draw_axes(svg: &mut String, frame: &Frame, gaps: &[u16]) {
    let _ = write!(
        svg,
        "<line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{b}\" stroke=\"#8c959f\"/><line x1=\"{LEFT}\" y1=\"{b}\" x2=\"{r}\" y2=\"{b}\" stroke=\"#8c959f\"/>",
        b = H - BOTTOM,
        r = W - RIGHT
    );
    for v in [frame.lo + frame.pad, frame.hi - frame.pad] {
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><line x1=\"{LEFT}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#eaeef2\"/>",
            LEFT - 4.0,
            frame.y(v) + 3.0,
            format_number((v * 100.0).round() / 100.0),
            W - RIGHT,
            y = frame.y(v)
        );
    }
    let every = ((frame.last - frame.first) / 8 + 1).max(1);
    for y in (frame.first..=frame.last).step_by(usize::from(every)) {
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\">{y}</text>",
            frame.x(y),
            H - 6.0
        );
    }
    for &g in gaps {
        let _ = write!(
            svg,
            "<rect x=\"{:.1}\" y=\"{TOP}\" width=\"{step:.1}\" height=\"{}\" fill=\"#eaeef2\"><title>no report for {g}</title></rect>",
            frame.x(g) - frame.step / 2.0,
            H - TOP - BOTTOM,
            step = frame.step
        );
    }
}

/// Each year's target: a band for a range, else a bar with a triangle pointing up for a
/// floor and down for a ceiling.
fn draw_targets(svg: &mut String, frame: &Frame, rows: &[&PanelRow], per_base: Option<f64>) {
    let half = (frame.step * 0.35).min(14.0);
    for r in rows {
        let Some(v) = in_unit(&r.target, per_base) else {
            continue;
        };
        let cx = frame.x(r.year);
        let tip = format!("{}: target {}", r.year, r.target.written);
        match (r.target.bound, r.target.high, r.target.value) {
            (Bound::Range, Some(h), Some(raw)) if raw != 0.0 => {
                let top = v * h / raw;
                let _ = write!(
                    svg,
                    "<rect class=\"target band\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#0969da\" fill-opacity=\"0.25\" stroke=\"#0969da\"><title>{}</title></rect>",
                    cx - half,
                    frame.y(top),
                    2.0 * half,
                    (frame.y(v) - frame.y(top)).max(1.5),
                    esc(&tip)
                );
            }
            (bound, _, _) => {
                let _ = write!(
                    svg,
                    "<line class=\"target\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#0969da\" stroke-width=\"3\"><title>{}</title></line>",
                    cx - half,
                    cx + half,
                    esc(&tip),
                    y = frame.y(v)
                );
                // A floor points up, a ceiling down.
                let dir = match bound {
                    Bound::AtLeast => -1.0,
                    Bound::AtMost => 1.0,
                    _ => 0.0,
                };
                if dir != 0.0 {
                    let (ty, tip_y) = (frame.y(v), frame.y(v) + dir * 6.0);
                    let _ = write!(
                        svg,
                        "<path d=\"M{:.1} {ty:.1} L{:.1} {ty:.1} L{cx:.1} {tip_y:.1} Z\" fill=\"#0969da\"/>",
                        cx - 3.0,
                        cx + 3.0
                    );
                }
            }
        }
    }
}

/// The actuals, in year order: a line through consecutive years (broken where a year has
/// none), a dot for each (filled when met) and a red cross for a miss.
fn draw_actuals(svg: &mut String, frame: &Frame, points: &[(u16, f64, Option<Outcome>)]) {
    for pair in points.windows(2) {
        if pair[1].0 == pair[0].0 + 1 {
            let _ = write!(
                svg,
                "<line class=\"actual\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#1f2328\" stroke-width=\"1.5\"/>",
                frame.x(pair[0].0),
                frame.y(pair[0].1),
                frame.x(pair[1].0),
                frame.y(pair[1].1)
            );
        }
    }
    for &(year, a, outcome) in points {
        let (cx, cy) = (frame.x(year), frame.y(a));
        let tip = format!(
            "{year}: actual {}",
            format_number((a * 1000.0).round() / 1000.0)
        );
        if outcome == Some(Outcome::Missed) {
            let _ = write!(
                svg,
                "<g class=\"miss\" stroke=\"#cf222e\" stroke-width=\"2.5\"><title>{} (missed)</title><line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"/><line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"/></g>",
                esc(&tip),
                cx - 4.0,
                cy - 4.0,
                cx + 4.0,
                cy + 4.0,
                cx - 4.0,
                cy + 4.0,
                cx + 4.0,
                cy - 4.0
            );
        } else {
            let fill = if outcome == Some(Outcome::Met) {
                "#1f2328"
            } else {
                "#fff"
            };
            let _ = write!(
                svg,
                "<circle class=\"actual-point\" cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"3\" fill=\"{fill}\" stroke=\"#1f2328\"><title>{}</title></circle>",
                esc(&tip)
            );
        }
    }
}
