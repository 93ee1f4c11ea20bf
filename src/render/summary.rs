//! `govdiff compare` in the terminal: the counts, the target table fitted to the terminal's
//! width, the notes that explain verdicts, the commitments and the section changes, every
//! word from the language's catalogue and every colour from the verdict's meaning.

use std::fmt::Write;

use super::compare::{describe, government, note, summary_lines, written, year};
use super::lang::{Lang, Words, fill};
use super::table::{self, Cell, Column, fold};
use super::{Tone, pad, width};
use crate::compare::Comparison;
use crate::model::{IndicatorRow, Outcome, SectionRef, SectionStatus};

/// How the summary is printed.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// ANSI colours.
    pub color: bool,
    /// Terminal columns to fit the target table in; `None` shows every column (`--wide`).
    pub width: Option<usize>,
    pub lang: Lang,
}

impl Style {
    /// No colour, 100 columns, English: what a file or a pipe gets.
    pub fn plain() -> Style {
        Style {
            color: false,
            width: Some(100),
            lang: Lang::En,
        }
    }

    fn paint(&self, code: Option<&str>, text: &str) -> String {
        match code {
            Some(code) if self.color && !text.is_empty() => format!("\x1b[{code}m{text}\x1b[0m"),
            _ => text.to_string(),
        }
    }

    fn bold(&self, t: &str) -> String {
        self.paint(Some("1"), t)
    }

    fn dim(&self, t: &str) -> String {
        self.paint(Some("2"), t)
    }

    /// A heading: upper case in English, as a terminal report reads.
    fn heading(&self, t: &str) -> String {
        self.bold(&t.to_uppercase())
    }
}

/// The colour of an outcome: a missed target is the one thing in bold red.
fn outcome_code(o: Outcome) -> Option<&'static str> {
    match o {
        Outcome::Missed => Some("31;1"),
        Outcome::Unclear => Some("35"),
        o => Tone::of_outcome(o).ansi(),
    }
}

/// The terminal summary: counts, the target table, notes, commitments and sections.
pub fn text(c: &Comparison, style: Style) -> String {
    let words = style.lang.words();
    let mut out = String::new();
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let title = fill(
        words.title_t,
        &[&government(c), &year(om.year), &year(nm.year)],
    );
    let _ = writeln!(out, "{}", fold(&style.bold(&title), style.width, 2));
    let label_w = width(words.old_label).max(width(words.new_label));
    for (label, report) in [(words.old_label, &c.old), (words.new_label, &c.new)] {
        let line = format!("  {}  {}", pad(label, label_w), describe(report, words));
        let _ = writeln!(out, "{}", fold(&line, style.width, label_w + 4));
    }
    let warning = style.paint(Some("33;1"), &format!("{}:", words.warning_label));
    for w in &c.pair_warnings {
        let line = format!("  {warning} {}", words.pair(w));
        let _ = writeln!(out, "{}", fold(&line, style.width, 4));
    }
    for (label, report) in [(words.old_label, &c.old), (words.new_label, &c.new)] {
        for d in report.warnings() {
            let line = format!("  {warning} {label} {}", words.diagnostic(d));
            let _ = writeln!(out, "{}", fold(&line, style.width, 4));
        }
    }
    out.push('\n');
    let count = |n: usize, word: &str, tone: Option<Tone>| {
        let n = match tone {
            Some(t) if n > 0 => style.paint(t.ansi(), &n.to_string()),
            _ => n.to_string(),
        };
        fill(words.count_t, &[&n, &word])
    };
    for line in summary_lines(c, words, &count) {
        let _ = writeln!(out, "{}", fold(&line, style.width, 2));
    }
    targets(&mut out, c, style, words);
    commitments(&mut out, c, style, words);
    sections(&mut out, c, style, words);
    let _ = writeln!(
        out,
        "\n{}",
        fold(&style.dim(words.footer_hint), style.width, 0)
    );
    out
}

/// A column of single words or numbers: never wrapped.
const WORD: usize = usize::MAX;

/// The target table and the notes under it.
fn targets(out: &mut String, c: &Comparison, style: Style, words: &Words) {
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let col = |header: String, priority, min, name| Column {
        header: header.to_uppercase(),
        priority,
        min,
        name,
    };
    let columns = [
        col(words.th_indicator.into(), 1, 12, true),
        col(words.th_measure.into(), 4, WORD, false),
        col(
            fill(words.th_actual_t, &[&year(om.reviewed_year)]),
            3,
            12,
            false,
        ),
        col(
            fill(words.th_target_t, &[&year(om.planned_year)]),
            1,
            12,
            false,
        ),
        col(
            fill(words.th_actual_t, &[&year(nm.reviewed_year)]),
            1,
            12,
            false,
        ),
        col(words.th_outcome.into(), 1, WORD, false),
        col(words.th_margin.into(), 3, WORD, false),
        col(
            fill(words.th_target_t, &[&year(nm.planned_year)]),
            2,
            12,
            false,
        ),
        col(words.th_change.into(), 2, WORD, false),
    ];
    let rows: Vec<Vec<Cell>> = c
        .indicators
        .iter()
        .map(|r| {
            vec![
                Cell::plain(&r.indicator),
                Cell::plain(words.measure(r.measure)),
                Cell::plain(written(&r.prior_actual)),
                Cell::plain(written(&r.target)),
                Cell::plain(written(&r.actual)),
                r.outcome.map_or_else(Cell::default, |o| {
                    Cell::painted(words.outcome(o), outcome_code(o))
                }),
                Cell::plain(margin(r)),
                Cell::plain(written(&r.next_target)),
                r.change.map_or_else(Cell::default, |ch| {
                    let tone = Tone::of_change(ch, r.figures.better);
                    Cell::painted(words.change(ch), tone.ansi())
                }),
            ]
        })
        .collect();
    let _ = writeln!(out, "\n{}", style.heading(words.heading_targets));
    if rows.is_empty() {
        let _ = writeln!(out, "  {}", words.none_found);
        return;
    }
    let layout = table::layout(&columns, &rows, style.width);
    out.push_str(&table::render(&columns, &rows, &layout, style.color));
    let hidden = layout.hidden(&columns);
    if !hidden.is_empty() {
        let names: Vec<&str> = hidden.iter().map(|&k| columns[k].header.as_str()).collect();
        let hidden = style.dim(&fill(words.hidden_columns_t, &[&names.join(words.comma)]));
        let _ = writeln!(out, "{}", fold(&hidden, style.width, 2));
    }
    let notes: Vec<(&IndicatorRow, String)> = c
        .indicators
        .iter()
        .filter(|r| r.outcome.is_some())
        .map(|r| (r, note(r, words)))
        .filter(|(_, n)| !n.is_empty())
        .collect();
    if !notes.is_empty() {
        let _ = writeln!(out, "{}", style.dim(words.notes_label));
        for (r, n) in notes {
            let line = format!("  {} — {n}", r.indicator);
            let _ = writeln!(out, "{}", fold(&line, style.width, 4));
        }
    }
}

/// The margin as the table shows it: signed, in the row's unit.
fn margin(r: &IndicatorRow) -> String {
    r.figures.margin.map_or(String::new(), |m| {
        let sign = if m > 0.0 { "+" } else { "" };
        format!("{sign}{}", super::indicators::format_number(m))
    })
}

/// The commitment part of the terminal summary alone (`--what commitments`): the counts, last
/// year's commitments and this year's new ones.
pub fn commitments_text(c: &Comparison, style: Style) -> String {
    let words = style.lang.words();
    let mut out = String::new();
    for line in super::commitments::counts(c, words) {
        let _ = writeln!(out, "{line}");
    }
    commitments(&mut out, c, style, words);
    out
}

fn commitments(out: &mut String, c: &Comparison, style: Style, words: &Words) {
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let _ = writeln!(
        out,
        "\n{}",
        style.heading(&fill(
            words.heading_commitments_t,
            &[&year(om.planned_year)]
        ))
    );
    if c.commitments.is_empty() {
        let _ = writeln!(out, "  {}", words.none_found);
    }
    let status_w = c
        .commitments
        .iter()
        .map(|r| width(words.commitment(r.status)))
        .max()
        .unwrap_or(0);
    let change_w = c
        .commitments
        .iter()
        .filter_map(|r| r.change)
        .map(|ch| width(words.commitment_change(ch)))
        .max()
        .unwrap_or(0);
    for row in &c.commitments {
        let status = pad(words.commitment(row.status), status_w);
        let change = pad(
            row.change.map_or("", |ch| words.commitment_change(ch)),
            change_w,
        );
        let evidence = row.evidence.as_ref().map_or(String::new(), |e| {
            format!(
                "  ← {}",
                fill(words.evidence_t, &[&e.clause, &e.section, &e.line])
            )
        });
        let line = format!(
            "  {}  {}  {} {}{}",
            style.paint(Tone::of_commitment(row.status).ansi(), &status),
            style.dim(&change),
            row.commitment.verb,
            row.commitment.object,
            style.dim(&evidence)
        );
        let _ = writeln!(out, "{}", fold(&line, style.width, status_w + change_w + 6));
    }
    let _ = writeln!(
        out,
        "\n{}",
        style.heading(&fill(
            words.heading_new_commitments_t,
            &[&year(nm.planned_year)]
        ))
    );
    if c.new_commitments.is_empty() {
        let _ = writeln!(out, "  {}", words.none_found);
    }
    let section_w = c
        .new_commitments
        .iter()
        .map(|n| width(&n.section))
        .max()
        .unwrap_or(0);
    for n in &c.new_commitments {
        let line = format!("  {}  {} {}", pad(&n.section, section_w), n.verb, n.object);
        let _ = writeln!(out, "{}", fold(&line, style.width, section_w + 4));
    }
}

fn sections(out: &mut String, c: &Comparison, style: Style, words: &Words) {
    let _ = writeln!(out, "\n{}", style.heading(words.heading_sections));
    let changed: Vec<_> = c
        .sections
        .iter()
        .filter(|p| p.status != SectionStatus::Matched)
        .collect();
    if changed.is_empty() {
        let _ = writeln!(out, "  {}", words.none_found);
    }
    let status_w = changed
        .iter()
        .map(|p| width(words.section_status(p.status)))
        .max()
        .unwrap_or(0);
    let label = |r: &Option<SectionRef>| {
        r.as_ref()
            .map_or(String::new(), |r| format!("{} {}", r.path, r.title))
    };
    for p in changed {
        let status = style.paint(
            Tone::of_section(p.status).ansi(),
            &pad(words.section_status(p.status), status_w),
        );
        let what = match p.status {
            SectionStatus::New => label(&p.new),
            SectionStatus::Dropped => label(&p.old),
            _ => format!("{} → {}", label(&p.old), label(&p.new)),
        };
        let _ = writeln!(
            out,
            "{}",
            fold(&format!("  {status}  {what}"), style.width, status_w + 4)
        );
    }
}
