//! `--format xlsx`: a workbook that opens in Excel, LibreOffice or Numbers with nothing to
//! set: a sheet per table (targets, commitments, sections; for `track`, one per government),
//! the header row and the name column frozen, a filter on every column, numbers stored as
//! numbers (the same values as the CSV), verdicts coloured by meaning, and an `about` sheet
//! with the tool, the schema and the files. Written with `rust_xlsxwriter`.

use rust_xlsxwriter::{Color, DocProperties, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use super::Tone;
use super::compare::{Field, target_table};
use super::lang::{Lang, Words};
use crate::compare::Comparison;
use crate::model::{CommitmentStatus, SectionRef};

/// One table for one sheet, with the tone of any cell that has one.
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Field>>,
    /// `(row, column, tone)` of the coloured cells.
    pub tones: Vec<(usize, usize, Tone)>,
    /// Columns frozen at the left (the names).
    pub frozen_columns: u16,
}

fn fill(tone: Tone) -> Option<(u32, u32)> {
    match tone {
        Tone::Good => Some((0xDAFBE1, 0x1A7F37)),
        Tone::Bad => Some((0xFFEBE9, 0xCF222E)),
        Tone::Caution => Some((0xFFF8C5, 0x9A6700)),
        Tone::Fresh => Some((0xDDF4FF, 0x0969DA)),
        Tone::Neutral => None,
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(name: &str, taken: &[String]) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(28)
        .collect();
    let clean = if clean.trim().is_empty() {
        "sheet".to_string()
    } else {
        clean
    };
    let mut candidate = clean.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{clean} {n}");
        n += 1;
    }
    candidate
}

/// Display width of a cell in Excel's character units (a Han character counts two).
fn cell_width(field: &Field) -> usize {
    match field {
        Field::Text(s) => super::width(s),
        Field::Number(v) => v.to_string().len(),
        Field::Empty => 0,
    }
}

fn write_sheet(ws: &mut Worksheet, sheet: &Sheet) -> Result<(), XlsxError> {
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xF6F8FA))
        .set_border_bottom(FormatBorder::Thin);
    for (col, name) in sheet.header.iter().enumerate() {
        ws.write_string_with_format(0, col as u16, name, &header)?;
    }
    let toned = |tone: Tone, bold: bool| {
        let mut f = Format::new();
        if let Some((bg, fg)) = fill(tone) {
            f = f
                .set_background_color(Color::RGB(bg))
                .set_font_color(Color::RGB(fg));
        }
        if bold {
            f = f.set_bold();
        }
        f
    };
    for (r, row) in sheet.rows.iter().enumerate() {
        let xr = r as u32 + 1;
        for (c, field) in row.iter().enumerate() {
            let xc = c as u16;
            let tone = sheet
                .tones
                .iter()
                .find(|(tr, tc, _)| *tr == r && *tc == c)
                .map(|t| t.2);
            match (field, tone) {
                (Field::Text(s), Some(t)) => {
                    ws.write_string_with_format(xr, xc, s, &toned(t, t == Tone::Bad))?;
                }
                (Field::Text(s), None) => {
                    ws.write_string(xr, xc, s)?;
                }
                (Field::Number(v), _) => {
                    ws.write_number(xr, xc, *v)?;
                }
                (Field::Empty, _) => {}
            }
        }
    }
    // Widths from the content, within reason.
    for col in 0..sheet.header.len() {
        let widest = sheet
            .rows
            .iter()
            .filter_map(|r| r.get(col))
            .map(cell_width)
            .chain([super::width(&sheet.header[col])])
            .max()
            .unwrap_or(8);
        ws.set_column_width(col as u16, (widest + 2).clamp(6, 50) as f64)?;
    }
    ws.set_freeze_panes(1, sheet.frozen_columns)?;
    let last_col = sheet.header.len().saturating_sub(1) as u16;
    ws.autofilter(0, 0, sheet.rows.len() as u32, last_col)?;
    Ok(())
}

/// A workbook of `sheets`, the `about` sheet last.
pub fn workbook(
    sheets: Vec<Sheet>,
    about: Vec<(String, String)>,
    title: &str,
) -> Result<Vec<u8>, String> {
    let err = |e: XlsxError| e.to_string();
    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_title(title).set_comment(format!(
        "govdiff {}, schema {}",
        env!("CARGO_PKG_VERSION"),
        super::SCHEMA_VERSION
    )));
    let mut taken: Vec<String> = Vec::new();
    for sheet in &sheets {
        let name = sheet_name(&sheet.name, &taken);
        let ws = book.add_worksheet();
        ws.set_name(&name).map_err(err)?;
        write_sheet(ws, sheet).map_err(err)?;
        taken.push(name);
    }
    let ws = book.add_worksheet();
    ws.set_name(sheet_name("about", &taken)).map_err(err)?;
    let bold = Format::new().set_bold();
    ws.write_string_with_format(0, 0, "field", &bold)
        .map_err(err)?;
    ws.write_string_with_format(0, 1, "value", &bold)
        .map_err(err)?;
    for (r, (key, value)) in about.iter().enumerate() {
        ws.write_string_with_format(r as u32 + 1, 0, key, &bold)
            .map_err(err)?;
        ws.write_string(r as u32 + 1, 1, value).map_err(err)?;
    }
    ws.set_column_width(0, 16).map_err(err)?;
    ws.set_column_width(1, 60).map_err(err)?;
    book.save_to_buffer().map_err(err)
}

/// The sheet of targets: the CSV's columns and values, verdicts coloured.
pub fn targets_sheet(c: &Comparison, lang: Lang) -> Sheet {
    let words = lang.words();
    let (header, rows) = target_table(c, lang);
    let position = |name: &str| header.iter().position(|h| *h == name);
    let mut tones = Vec::new();
    for (r, ind) in c.indicators.iter().enumerate() {
        if let Some(o) = ind.outcome {
            for col in [position("outcome"), position("outcome_zh")]
                .into_iter()
                .flatten()
            {
                tones.push((r, col, Tone::of_outcome(o)));
            }
        }
        if let Some(ch) = ind.change {
            let tone = Tone::of_change(ch, ind.figures.better);
            for col in [position("change"), position("change_zh")]
                .into_iter()
                .flatten()
            {
                tones.push((r, col, tone));
            }
        }
    }
    Sheet {
        name: words.heading_targets.to_lowercase(),
        header: header.iter().map(|h| h.to_string()).collect(),
        rows,
        tones,
        frozen_columns: 1,
    }
}

/// Columns of the commitments sheet.
pub const COMMITMENT_COLUMNS: &[&str] = &[
    "side",
    "status",
    "verb",
    "object",
    "section",
    "line",
    "evidence",
    "evidence_section",
    "evidence_line",
    "promised_again",
];

/// The sheet of commitments: last year's with how this year's review reports them, then
/// this year's new ones.
pub fn commitments_sheet(c: &Comparison, words: &Words) -> Sheet {
    let status_code = |s: CommitmentStatus| match s {
        CommitmentStatus::Done => "done",
        CommitmentStatus::InProgress => "in_progress",
        CommitmentStatus::Unreported => "unreported",
    };
    let mut rows = Vec::new();
    let mut tones = Vec::new();
    for (r, row) in c.commitments.iter().enumerate() {
        let e = row.evidence.as_ref();
        rows.push(vec![
            Field::text("old"),
            Field::text(status_code(row.status)),
            Field::text(row.commitment.verb.clone()),
            Field::text(row.commitment.object.clone()),
            Field::text(row.commitment.section.clone()),
            Field::Number(row.commitment.line as f64),
            Field::text(e.map_or("", |e| e.clause.as_str())),
            Field::text(e.map_or("", |e| e.section.as_str())),
            Field::number(e.map(|e| e.line as f64)),
            Field::text(
                row.carried_over
                    .as_ref()
                    .map_or(String::new(), |n| format!("{}{}", n.verb, n.object)),
            ),
        ]);
        tones.push((r, 1, Tone::of_commitment(row.status)));
    }
    for n in &c.new_commitments {
        tones.push((rows.len(), 1, Tone::Fresh));
        rows.push(vec![
            Field::text("new"),
            Field::text("new"),
            Field::text(n.verb.clone()),
            Field::text(n.object.clone()),
            Field::text(n.section.clone()),
            Field::Number(n.line as f64),
            Field::Empty,
            Field::Empty,
            Field::Empty,
            Field::Empty,
        ]);
    }
    Sheet {
        name: words.sheet_commitments.to_string(),
        header: COMMITMENT_COLUMNS.iter().map(|h| h.to_string()).collect(),
        rows,
        tones,
        frozen_columns: 0,
    }
}

/// Columns of the sections sheet.
pub const SECTION_COLUMNS: &[&str] = &[
    "status",
    "old_path",
    "old_title",
    "old_line",
    "new_path",
    "new_title",
    "new_line",
    "score",
    "paragraphs",
    "changed_paragraphs",
];

/// The sheet of sections: how each section of one year stands in the other.
pub fn sections_sheet(c: &Comparison, words: &Words) -> Sheet {
    let mut rows = Vec::new();
    let mut tones = Vec::new();
    let side = |r: &Option<SectionRef>| {
        r.as_ref()
            .map_or([Field::Empty, Field::Empty, Field::Empty], |r| {
                [
                    Field::text(r.path.clone()),
                    Field::text(r.title.clone()),
                    Field::Number(r.line as f64),
                ]
            })
    };
    for (i, p) in c.sections.iter().enumerate() {
        let changed = p
            .paragraphs
            .iter()
            .filter(|q| match (&q.old, &q.new) {
                (Some(o), Some(n)) => o.text != n.text,
                _ => true,
            })
            .count();
        let mut row = vec![Field::text(p.status.as_str())];
        row.extend(side(&p.old));
        row.extend(side(&p.new));
        row.push(Field::number(
            p.score.map(|s| (s * 1000.0).round() / 1000.0),
        ));
        row.push(Field::Number(p.paragraphs.len() as f64));
        row.push(Field::Number(changed as f64));
        rows.push(row);
        tones.push((i, 0, Tone::of_section(p.status)));
    }
    Sheet {
        name: words.sheet_sections.to_string(),
        header: SECTION_COLUMNS.iter().map(|h| h.to_string()).collect(),
        rows,
        tones,
        frozen_columns: 0,
    }
}

/// The comparison as a workbook: targets, commitments, sections, about.
pub fn compare(c: &Comparison, lang: Lang) -> Result<Vec<u8>, String> {
    let words = lang.words();
    let government = super::compare::government(c);
    let about = vec![
        ("tool".to_string(), "govdiff".to_string()),
        ("tool_version".into(), env!("CARGO_PKG_VERSION").into()),
        ("schema_version".into(), super::SCHEMA_VERSION.to_string()),
        ("government".into(), government.to_string()),
        ("old_file".into(), c.old.source.path.clone()),
        ("new_file".into(), c.new.source.path.clone()),
        ("old_year".into(), super::compare::year(c.old.meta.year)),
        ("new_year".into(), super::compare::year(c.new.meta.year)),
        ("columns".into(), "docs/formats.md".into()),
    ];
    let title = super::lang::fill(
        words.page_title_t,
        &[
            &government,
            &super::compare::year(c.old.meta.year),
            &super::compare::year(c.new.meta.year),
        ],
    );
    workbook(
        vec![
            targets_sheet(c, lang),
            commitments_sheet(c, words),
            sections_sheet(c, words),
        ],
        about,
        &title,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_ones_excel_takes() {
        let taken = vec!["targets".to_string()];
        assert_eq!(sheet_name("Targets", &taken), "Targets 2");
        assert_eq!(sheet_name("a/b:c", &[]), "a_b_c");
        assert_eq!(
            sheet_name("呼伦贝尔市海拉尔区人民政府", &[]),
            "呼伦贝尔市海拉尔区人民政府"
        );
        assert!(sheet_name(&"长".repeat(40), &[]).chars().count() <= 31);
    }
}
