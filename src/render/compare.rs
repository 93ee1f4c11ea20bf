//! `govdiff compare`: the terminal summary, CSV, JSON and Markdown.

use std::collections::HashMap;
use std::fmt::Write;

use super::lang::{Lang, Words, fill};
use super::{clip_width, pad, width};
use crate::compare::Comparison;
use crate::compare::diff::SegmentKind;
use crate::model::{
    Change, CommitmentStatus, IndicatorRow, Outcome, Report, SectionPair, SectionStatus, Slot,
};

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

/// ANSI styling, on or off.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn bold(&self, t: &str) -> String {
        self.paint("1", t)
    }
    fn dim(&self, t: &str) -> String {
        self.paint("2", t)
    }
    fn outcome(&self, o: Option<Outcome>) -> String {
        let Some(o) = o else { return String::new() };
        let code = match o {
            Outcome::Met => "32",
            Outcome::Missed => "31;1",
            Outcome::Unreported => "33",
            Outcome::Unclear => "35",
        };
        self.paint(code, o.as_str())
    }
    fn change(&self, c: Option<Change>) -> String {
        let Some(c) = c else { return String::new() };
        let code = match c {
            Change::Raised => "32",
            Change::Lowered => "31",
            Change::Dropped => "31;1",
            Change::New => "36;1",
            Change::Reworded => "33",
            Change::Unchanged => "2",
        };
        self.paint(code, c.as_str())
    }
}

fn year(y: Option<u16>) -> String {
    y.map_or("?".into(), |y| y.to_string())
}

fn written(slot: &Option<Slot>) -> String {
    slot.as_ref().map_or(String::new(), |s| s.written.clone())
}

fn describe(r: &Report) -> String {
    let m = &r.meta;
    let mut parts = vec![r.source.path.clone()];
    if let Some(d) = &m.delivered_on {
        parts.push(format!("delivered {d}"));
    }
    parts.push(format!(
        "reviews {}, plans {}",
        year(m.reviewed_year),
        year(m.planned_year)
    ));
    if r.truncated {
        parts.push("TRUNCATED copy".into());
    }
    parts.join(" · ")
}

/// The terminal summary: counts, the target table, commitments and sections.
pub fn text(c: &Comparison, style: Style) -> String {
    let mut out = String::new();
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let s = &c.summary;
    let _ = writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} {} → {}: what last year's plan promised and what this year's report says",
            nm.government
                .as_deref()
                .or(om.government.as_deref())
                .unwrap_or("?"),
            year(om.year),
            year(nm.year)
        ))
    );
    let _ = writeln!(out, "  OLD  {}", describe(&c.old));
    let _ = writeln!(out, "  NEW  {}", describe(&c.new));
    for w in &c.warnings {
        let _ = writeln!(out, "  {} {w}", style.paint("33;1", "warning:"));
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "{} targets for {}, judged by the {} review:  {} met · {} missed · {} unreported · {} unclear",
        s.targets,
        year(om.planned_year),
        year(nm.reviewed_year),
        style
            .outcome(Some(Outcome::Met))
            .replace("met", &s.met.to_string()),
        style.paint("31;1", &s.missed.to_string()),
        s.unreported,
        s.unclear,
    );
    let _ = writeln!(
        out,
        "Targets for {} against {}:  {} raised · {} lowered · {} reworded · {} unchanged · {} dropped · {} new",
        year(nm.planned_year),
        year(om.planned_year),
        s.raised,
        s.lowered,
        s.reworded,
        s.unchanged,
        s.dropped,
        s.new
    );
    let _ = writeln!(
        out,
        "Commitments of the {} plan: {} done · {} in progress · {} unreported;  {} new commitments in {}",
        year(om.planned_year),
        s.commitments_done,
        s.commitments_in_progress,
        s.commitments_unreported,
        s.new_commitments,
        year(nm.planned_year)
    );
    let _ = writeln!(
        out,
        "Sections: {} matched · {} renamed · {} moved · {} new · {} dropped",
        s.sections_matched,
        s.sections_renamed,
        s.sections_moved,
        s.sections_new,
        s.sections_dropped
    );

    // The target table.
    let headers = [
        "INDICATOR".to_string(),
        "MEASURE".into(),
        format!("{} ACTUAL", year(om.reviewed_year)),
        format!("{} TARGET", year(om.planned_year)),
        format!("{} ACTUAL", year(nm.reviewed_year)),
        "OUTCOME".into(),
        format!("{} TARGET", year(nm.planned_year)),
        "CHANGE".into(),
    ];
    let rows: Vec<&IndicatorRow> = c.indicators.iter().collect();
    let cells = |r: &IndicatorRow| -> [String; 8] {
        [
            clip_width(&r.indicator, 28),
            r.measure.as_str().to_string(),
            clip_width(&written(&r.prior_actual), 18),
            clip_width(&written(&r.target), 22),
            clip_width(&written(&r.actual), 18),
            r.outcome.map_or(String::new(), |o| o.as_str().to_string()),
            clip_width(&written(&r.next_target), 22),
            r.change.map_or(String::new(), |c| c.as_str().to_string()),
        ]
    };
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in &rows {
        for (k, cell) in cells(r).iter().enumerate() {
            widths[k] = widths[k].max(width(cell));
        }
    }
    let _ = writeln!(out, "\n{}", style.bold("TARGETS"));
    let header: Vec<String> = headers
        .iter()
        .enumerate()
        .map(|(k, h)| pad(h, widths[k]))
        .collect();
    let _ = writeln!(out, "{}", style.dim(header.join("  ").trim_end()));
    for r in &rows {
        let cs = cells(r);
        let mut line = String::new();
        for (k, cell) in cs.iter().enumerate() {
            let padded = pad(cell, widths[k]);
            let shown = match k {
                5 => padded.replace(cell.as_str(), &style.outcome(r.outcome)),
                7 => padded.replace(cell.as_str(), &style.change(r.change)),
                _ => padded,
            };
            line.push_str(&shown);
            line.push_str("  ");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let notes: Vec<&IndicatorRow> = rows
        .iter()
        .copied()
        .filter(|r| (r.reason.is_some() || r.note.is_some()) && r.outcome.is_some())
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(out, "{}", style.dim("notes:"));
        for r in notes {
            let _ = writeln!(out, "  {} — {}", r.indicator, note(r, Lang::En.words()));
        }
    }

    let _ = writeln!(
        out,
        "\n{}",
        style.bold(&format!(
            "COMMITMENTS OF THE {} PLAN",
            year(om.planned_year)
        ))
    );
    for row in &c.commitments {
        let status = match row.status {
            CommitmentStatus::Done => style.paint("32", "done       "),
            CommitmentStatus::InProgress => style.paint("33", "in progress"),
            CommitmentStatus::Unreported => style.paint("35", "unreported "),
        };
        let evidence = row.evidence.as_ref().map_or(String::new(), |e| {
            format!("  ← {} ({}, line {})", e.clause, e.section, e.line)
        });
        let _ = writeln!(
            out,
            "  {status}  {}{}  {}",
            row.commitment.verb,
            row.commitment.object,
            style.dim(&evidence)
        );
    }
    let _ = writeln!(
        out,
        "\n{}",
        style.bold(&format!("NEW COMMITMENTS IN {}", year(nm.planned_year)))
    );
    for n in &c.new_commitments {
        let _ = writeln!(out, "  {}  {}{}", pad(&n.section, 10), n.verb, n.object);
    }

    let _ = writeln!(out, "\n{}", style.bold("SECTIONS"));
    for p in c
        .sections
        .iter()
        .filter(|p| p.status != SectionStatus::Matched)
    {
        let label = |r: &Option<crate::model::SectionRef>| {
            r.as_ref()
                .map_or(String::new(), |r| format!("{} {}", r.path, r.title))
        };
        let line = match p.status {
            SectionStatus::New => format!("{}  {}", style.paint("36", "new    "), label(&p.new)),
            SectionStatus::Dropped => {
                format!("{}  {}", style.paint("31", "dropped"), label(&p.old))
            }
            SectionStatus::Renamed => format!(
                "{}  {} → {}",
                style.paint("33", "renamed"),
                label(&p.old),
                label(&p.new)
            ),
            SectionStatus::Moved => format!(
                "{}  {} → {}",
                style.paint("35", "moved  "),
                label(&p.old),
                label(&p.new)
            ),
            SectionStatus::Matched => continue,
        };
        let _ = writeln!(out, "  {line}");
    }
    let _ = writeln!(
        out,
        "\n{}",
        style.dim(
            "Paragraph diffs: --format md or --format html. Data: --format csv or --format json."
        )
    );
    out
}

/// A figure as a spreadsheet reads it: plain decimal, empty when absent.
fn figure(v: Option<f64>) -> String {
    v.map_or(String::new(), |v| v.to_string())
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

/// CSV of the indicator table, one row per aligned indicator; `Lang::Zh` adds the verdict
/// words in Chinese as two last columns (the codes stay English).
pub fn csv(c: &Comparison, lang: Lang) -> Result<String, csv::Error> {
    let en = Lang::En.words();
    let zh = Lang::Zh.words();
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = CSV_COLUMNS.to_vec();
    if lang == Lang::Zh {
        header.extend(CSV_COLUMNS_ZH);
    }
    w.write_record(&header)?;
    let (old_titles, new_titles) = (titles(&c.old), titles(&c.new));
    let title = |map: &HashMap<&str, &str>, s: Option<&Slot>| {
        s.and_then(|s| map.get(s.section.as_str()))
            .map_or(String::new(), |t| t.to_string())
    };
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let identity = [
        nm.government
            .clone()
            .or(om.government.clone())
            .unwrap_or_default(),
        om.year.map_or(String::new(), |y| y.to_string()),
        nm.year.map_or(String::new(), |y| y.to_string()),
        c.old.source.path.clone(),
        c.new.source.path.clone(),
        env!("CARGO_PKG_VERSION").to_string(),
        super::SCHEMA_VERSION.to_string(),
    ];
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
        let mut record = vec![
            r.indicator.clone(),
            r.measure.as_str().to_string(),
            f.unit.clone().or(r.unit.clone()).unwrap_or_default(),
            written(&r.prior_actual),
            written(&r.target),
            written(&r.actual),
            r.outcome.map_or(String::new(), |o| o.as_str().to_string()),
            written(&r.next_target),
            r.change.map_or(String::new(), |c| c.as_str().to_string()),
            old_slot.map_or(String::new(), |s| s.section.clone()),
            new_slot.map_or(String::new(), |s| s.section.clone()),
            old_slot.map_or(String::new(), |s| s.clause.clone()),
            new_text,
            figure(f.prior_actual),
            figure(f.target),
            figure(f.target_low),
            figure(f.target_high),
            f.target_bound.map_or("", |b| b.as_str()).to_string(),
            figure(f.actual),
            f.better.map_or("", |b| b.as_str()).to_string(),
            figure(f.margin),
            figure(f.next_target),
            figure(f.next_target_low),
            figure(f.next_target_high),
            f.next_target_bound.map_or("", |b| b.as_str()).to_string(),
            figure(f.actual_change),
            title(&old_titles, old_slot),
            title(&new_titles, new_slot),
            old_slot.map_or(String::new(), |s| s.line.to_string()),
            new_slot.map_or(String::new(), |s| s.line.to_string()),
            note(r, en),
            r.indicator_id.clone().unwrap_or_default(),
            r.indicator_en.clone().unwrap_or_default(),
            left_out(r, en),
        ];
        record.extend(identity.iter().cloned());
        if lang == Lang::Zh {
            record.push(
                r.outcome
                    .map_or(String::new(), |o| zh.outcome(o).to_string()),
            );
            record.push(r.change.map_or(String::new(), |c| zh.change(c).to_string()));
        }
        w.write_record(&record)?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
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

/// Escapes text for a Markdown table cell or inline HTML.
fn md(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('*', "\\*")
        .replace('_', "\\_")
        .replace('`', "\\`")
}

/// A readable Markdown report with the paragraph diffs (`<del>`/`<ins>`).
pub fn markdown(c: &Comparison) -> String {
    let mut out = String::new();
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let s = &c.summary;
    let _ = writeln!(
        out,
        "# {} {} → {}\n",
        md(nm
            .government
            .as_deref()
            .or(om.government.as_deref())
            .unwrap_or("?")),
        year(om.year),
        year(nm.year)
    );
    let _ = writeln!(out, "- OLD: {}", md(&describe(&c.old)));
    let _ = writeln!(out, "- NEW: {}", md(&describe(&c.new)));
    for w in &c.warnings {
        let _ = writeln!(out, "- **Warning:** {}", md(w));
    }
    let _ = writeln!(out, "\n## Summary\n");
    let _ = writeln!(
        out,
        "- {} targets for {}: **{} met**, **{} missed**, {} unreported, {} unclear.",
        s.targets,
        year(om.planned_year),
        s.met,
        s.missed,
        s.unreported,
        s.unclear
    );
    let _ = writeln!(
        out,
        "- Targets for {}: {} raised, {} lowered, {} reworded, {} unchanged, {} dropped, {} new.",
        year(nm.planned_year),
        s.raised,
        s.lowered,
        s.reworded,
        s.unchanged,
        s.dropped,
        s.new
    );
    let _ = writeln!(
        out,
        "- Commitments of the {} plan: {} done, {} in progress, {} unreported; {} new commitments.",
        year(om.planned_year),
        s.commitments_done,
        s.commitments_in_progress,
        s.commitments_unreported,
        s.new_commitments
    );
    let _ = writeln!(
        out,
        "- Sections: {} matched, {} renamed, {} moved, {} new, {} dropped.",
        s.sections_matched,
        s.sections_renamed,
        s.sections_moved,
        s.sections_new,
        s.sections_dropped
    );
    let _ = writeln!(out, "\n## Targets\n");
    let _ = writeln!(
        out,
        "| indicator | measure | {} actual | {} target | {} actual | outcome | {} target | change | evidence |",
        year(om.reviewed_year),
        year(om.planned_year),
        year(nm.reviewed_year),
        year(nm.planned_year)
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|---|");
    for r in &c.indicators {
        let where_ = |s: &Option<Slot>, tag: &str| {
            s.as_ref()
                .map(|s| format!("{tag} {} l.{}", s.section, s.line))
        };
        let evidence: Vec<String> = [
            where_(&r.target, "OLD"),
            where_(&r.actual, "NEW"),
            where_(&r.next_target, "NEW"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            md(&r.indicator),
            r.measure.as_str(),
            md(&written(&r.prior_actual)),
            md(&written(&r.target)),
            md(&written(&r.actual)),
            r.outcome
                .map_or(String::new(), |o| format!("**{}**", o.as_str())),
            md(&written(&r.next_target)),
            r.change.map_or(String::new(), |c| c.as_str().to_string()),
            md(&evidence.join("; "))
        );
    }
    let _ = writeln!(
        out,
        "\n## Commitments of the {} plan\n",
        year(om.planned_year)
    );
    for row in &c.commitments {
        let evidence = row.evidence.as_ref().map_or(String::new(), |e| {
            format!(" — {} ({}, line {})", md(&e.clause), e.section, e.line)
        });
        let _ = writeln!(
            out,
            "- **{}** {}{} ({}, line {}){}",
            row.status.as_str(),
            md(&row.commitment.verb),
            md(&row.commitment.object),
            row.commitment.section,
            row.commitment.line,
            evidence
        );
    }
    let _ = writeln!(out, "\n## New commitments in {}\n", year(nm.planned_year));
    for n in &c.new_commitments {
        let _ = writeln!(
            out,
            "- {}{} ({}, line {})",
            md(&n.verb),
            md(&n.object),
            n.section,
            n.line
        );
    }
    let _ = writeln!(out, "\n## Sections, paragraph by paragraph\n");
    for p in &c.sections {
        section_md(&mut out, p);
    }
    out
}

fn section_md(out: &mut String, p: &SectionPair) {
    let title = |r: &Option<crate::model::SectionRef>| {
        r.as_ref()
            .map_or(String::new(), |r| format!("{} {}", r.path, md(&r.title)))
    };
    let heading = match p.status {
        SectionStatus::New => format!("{} (new)", title(&p.new)),
        SectionStatus::Dropped => format!("{} (dropped)", title(&p.old)),
        SectionStatus::Renamed | SectionStatus::Moved => {
            format!(
                "{} → {} ({})",
                title(&p.old),
                title(&p.new),
                p.status.as_str()
            )
        }
        SectionStatus::Matched => title(&p.new),
    };
    let level = p.new.as_ref().or(p.old.as_ref()).map_or(1, |r| r.level);
    let hashes = "#".repeat(usize::from(level.min(3)) + 2);
    let _ = writeln!(out, "{hashes} {heading}\n");
    for para in &p.paragraphs {
        match (&para.old, &para.new) {
            (Some(_), Some(_)) => {
                let body: String = para
                    .diff
                    .iter()
                    .map(|s| match s.kind {
                        SegmentKind::Equal => md(&s.text),
                        SegmentKind::Delete => format!("<del>{}</del>", md(&s.text)),
                        SegmentKind::Insert => format!("<ins>{}</ins>", md(&s.text)),
                    })
                    .collect();
                let _ = writeln!(out, "{body}\n");
            }
            (None, Some(n)) => {
                let _ = writeln!(
                    out,
                    "<ins>{}</ins> *(new paragraph, line {})*\n",
                    md(&n.text),
                    n.line
                );
            }
            (Some(o), None) => {
                let _ = writeln!(
                    out,
                    "<del>{}</del> *(dropped paragraph, line {})*\n",
                    md(&o.text),
                    o.line
                );
            }
            (None, None) => {}
        }
    }
}
