//! A table for the terminal that fits its width: columns of low priority are dropped first,
//! then wide cells wrap inside their column and a name too long for its column stands in
//! full on its own line above its row. Widths count terminal columns (a Han character is
//! two). Without a width (`--wide`) every column is shown at its natural width.

use super::width;

/// Columns between two cells.
const GAP: usize = 2;

#[derive(Debug, Clone)]
pub struct Column {
    pub header: String,
    /// 1 is never dropped; higher numbers are dropped first.
    pub priority: u8,
    /// The narrowest the column may be made before its cells wrap (a name column's cells
    /// move to their own line instead).
    pub min: usize,
    /// The row's name: shown whole on its own line when it does not fit.
    pub name: bool,
}

/// One cell: its text and an ANSI colour code, applied when colour is on.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub text: String,
    pub code: Option<&'static str>,
}

impl Cell {
    pub fn plain(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            code: None,
        }
    }

    pub fn painted(text: impl Into<String>, code: Option<&'static str>) -> Self {
        Cell {
            text: text.into(),
            code,
        }
    }
}

/// Which columns are shown and how wide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub shown: Vec<usize>,
    pub widths: Vec<usize>,
}

impl Layout {
    /// The columns left out, in order.
    pub fn hidden(&self, columns: &[Column]) -> Vec<usize> {
        (0..columns.len())
            .filter(|k| !self.shown.contains(k))
            .collect()
    }
}

fn total(widths: &[usize]) -> usize {
    widths.iter().sum::<usize>() + GAP * widths.len().saturating_sub(1)
}

/// The layout of `rows` in `max` terminal columns (all columns when `max` is `None`).
pub fn layout(columns: &[Column], rows: &[Vec<Cell>], max: Option<usize>) -> Layout {
    let natural: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(k, c)| {
            rows.iter()
                .filter_map(|r| r.get(k))
                .map(|cell| width(&cell.text))
                .chain([width(&c.header)])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let all: Vec<usize> = (0..columns.len()).collect();
    let Some(max) = max else {
        return Layout {
            widths: natural.clone(),
            shown: all,
        };
    };
    let lowest = columns.iter().map(|c| c.priority).max().unwrap_or(1);
    // Keep the columns of priority below `level`, for every level from all down to the first.
    let levels: Vec<Vec<usize>> = (2..=lowest + 1)
        .rev()
        .map(|level| {
            all.iter()
                .copied()
                .filter(|&k| columns[k].priority < level)
                .collect()
        })
        .collect();
    let shrunk = |shown: &[usize]| -> Vec<usize> {
        shown
            .iter()
            .map(|&k| natural[k].min(columns[k].min.max(width(&columns[k].header))))
            .collect()
    };
    for shown in &levels {
        let widths: Vec<usize> = shown.iter().map(|&k| natural[k]).collect();
        if total(&widths) <= max {
            return Layout {
                shown: shown.clone(),
                widths,
            };
        }
        // Shrinking (wrapping cells) is tried only once just the first two priorities are
        // left: dropping a minor column reads better than wrapping a major one.
        if shown.iter().all(|&k| columns[k].priority <= 2) {
            let mut widths = shrunk(shown);
            if total(&widths) <= max {
                let cells: Vec<Vec<usize>> = shown.iter().map(|&k| cell_widths(rows, k)).collect();
                let room = max - total(&widths);
                give_room(&mut widths, &cells, room);
                return Layout {
                    shown: shown.clone(),
                    widths,
                };
            }
        }
    }
    // Nothing fits: the first priority only, as narrow as allowed.
    let shown = levels.last().cloned().unwrap_or(all);
    let widths = shrunk(&shown);
    Layout { shown, widths }
}

/// The widths of a column's cells, narrowest first.
fn cell_widths(rows: &[Vec<Cell>], k: usize) -> Vec<usize> {
    let mut w: Vec<usize> = rows
        .iter()
        .filter_map(|r| r.get(k))
        .map(|c| width(&c.text))
        .collect();
    w.sort_unstable();
    w
}

/// Hands `room` columns back to the shrunk columns where each buys the most: every step
/// widens the column that, per column of width, stops the most cells from wrapping (or a
/// name from standing on its own line).
fn give_room(widths: &mut [usize], cells: &[Vec<usize>], mut room: usize) {
    loop {
        let mut best: Option<(f64, usize, usize)> = None;
        for (i, column) in cells.iter().enumerate() {
            let now = widths[i];
            let over = column.partition_point(|&w| w <= now);
            let mut fixed = 0;
            for (j, &w) in column.iter().enumerate().skip(over) {
                if w - now > room {
                    break;
                }
                fixed += 1;
                // Only at the last cell of each width: widening to `w` fixes all of them.
                if column.get(j + 1) == Some(&w) {
                    continue;
                }
                let cost = (w - now) as f64 / fixed as f64;
                if best.is_none_or(|(c, _, _)| cost < c) {
                    best = Some((cost, i, w));
                }
            }
        }
        let Some((_, i, w)) = best else {
            return;
        };
        room -= w - widths[i];
        widths[i] = w;
    }
}

/// `text` cut into pieces of at most `max` terminal columns.
fn wrap(text: &str, max: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max.max(2) && used > 0 {
            lines.push(String::new());
            used = 0;
        }
        if let Some(line) = lines.last_mut() {
            line.push(c);
        }
        used += w;
    }
    lines
}

/// Terminal columns of `text`, ANSI colour codes not counted.
pub fn visible_width(text: &str) -> usize {
    let mut w = 0;
    let mut escape = false;
    for c in text.chars() {
        match (escape, c) {
            (false, '\x1b') => escape = true,
            (true, 'm') => escape = false,
            (true, _) => {}
            (false, c) => w += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0),
        }
    }
    w
}

/// A line of prose folded to `max` columns, continuation lines indented by `indent` spaces:
/// English breaks at spaces, Chinese between any two characters; ANSI colour codes are
/// carried along, never cut.
pub fn fold(text: &str, max: Option<usize>, indent: usize) -> String {
    let Some(max) = max.filter(|&m| m > indent + 10) else {
        return text.to_string();
    };
    if visible_width(text) <= max {
        return text.to_string();
    }
    // Words: runs up to a space, a Han character alone, escape codes glued to the next.
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut escape = false;
    for c in text.chars() {
        if escape {
            word.push(c);
            escape = c != 'm';
            continue;
        }
        if c == '\x1b' {
            escape = true;
            word.push(c);
            continue;
        }
        let wide = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 1;
        if (c == ' ' || wide) && visible_width(&word) > 0 {
            words.push(std::mem::take(&mut word));
        }
        word.push(c);
        if wide {
            words.push(std::mem::take(&mut word));
        }
    }
    words.push(word);
    let mut lines: Vec<String> = vec![String::new()];
    let mut used = 0;
    for word in words {
        let w = visible_width(&word);
        if used + w > max && used > indent {
            lines.push(" ".repeat(indent));
            used = indent;
            let word = word.trim_start();
            used += visible_width(word);
            if let Some(l) = lines.last_mut() {
                l.push_str(word);
            }
            continue;
        }
        used += w;
        if let Some(l) = lines.last_mut() {
            l.push_str(&word);
        }
    }
    lines
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

fn paint(text: &str, code: Option<&str>, color: bool) -> String {
    match code {
        Some(code) if color && !text.is_empty() => format!("\x1b[{code}m{text}\x1b[0m"),
        _ => text.to_string(),
    }
}

/// The table's lines: the header (dimmed when colour is on), then the rows.
pub fn render(columns: &[Column], rows: &[Vec<Cell>], layout: &Layout, color: bool) -> String {
    let mut out = String::new();
    let line = |cells: Vec<(String, Option<&str>)>| -> String {
        let mut s = String::new();
        for (i, (text, code)) in cells.iter().enumerate() {
            let pad = layout.widths[i].saturating_sub(width(text));
            s.push_str(&paint(text, *code, color));
            if i + 1 < cells.len() {
                s.extend(std::iter::repeat_n(' ', pad + GAP));
            }
        }
        s.trim_end().to_string()
    };
    let header: Vec<(String, Option<&str>)> = layout
        .shown
        .iter()
        .map(|&k| (columns[k].header.clone(), Some("2")))
        .collect();
    out.push_str(&line(header));
    out.push('\n');
    for row in rows {
        let mut pieces: Vec<Vec<String>> = Vec::new();
        for (i, &k) in layout.shown.iter().enumerate() {
            let text = row.get(k).map_or("", |c| c.text.as_str());
            if columns[k].name && width(text) > layout.widths[i] {
                // The name in full on its own line; its cell left empty.
                out.push_str(&paint(text, Some("1"), color));
                out.push('\n');
                pieces.push(vec![String::new()]);
            } else {
                pieces.push(wrap(text, layout.widths[i]));
            }
        }
        let height = pieces.iter().map(Vec::len).max().unwrap_or(1);
        for h in 0..height {
            let cells = layout
                .shown
                .iter()
                .enumerate()
                .map(|(i, &k)| {
                    let text = pieces[i].get(h).cloned().unwrap_or_default();
                    (text, row.get(k).and_then(|c| c.code))
                })
                .collect();
            out.push_str(&line(cells));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns() -> Vec<Column> {
        let col = |h: &str, priority, min, name| Column {
            header: h.into(),
            priority,
            min,
            name,
        };
        vec![
            col("NAME", 1, 8, true),
            col("MEASURE", 3, 7, false),
            col("TARGET", 1, 10, false),
            col("NEXT", 2, 10, false),
        ]
    }

    fn rows() -> Vec<Vec<Cell>> {
        vec![
            vec![
                Cell::plain("地区生产总值"),
                Cell::plain("growth"),
                Cell::plain("增长6.5%左右"),
                Cell::plain("增长6%左右"),
            ],
            vec![
                Cell::plain("村级集体经济经营性收入30万元以上的村占比"),
                Cell::plain("share"),
                Cell::plain("控制在28微克/立方米以内"),
                Cell::plain("达到80%"),
            ],
        ]
    }

    #[test]
    fn prose_folds_at_spaces_or_between_han_characters() {
        let folded = fold("growth 5.6% against GDP growth 7.1%: in step", Some(20), 2);
        assert_eq!(folded, "growth 5.6% against\n  GDP growth 7.1%:\n  in step");
        let folded = fold("说明：增长5.6%，经济增长7.1%", Some(16), 2);
        assert!(folded.lines().all(|l| width(l) <= 16), "{folded}");
        assert_eq!(folded.replace("\n  ", ""), "说明：增长5.6%，经济增长7.1%");
        assert_eq!(fold("short", Some(100), 2), "short");
        assert_eq!(fold("no width", None, 2), "no width");
        // Colour codes count nothing and stay whole.
        let red = "\x1b[31mmissed\x1b[0m";
        let folded = fold(&format!("{red} {red} {red} {red}"), Some(15), 2);
        assert_eq!(folded, format!("{red} {red}\n  {red} {red}"));
        assert_eq!(visible_width(red), 6);
    }

    #[test]
    fn everything_at_natural_width_when_it_fits_or_when_wide() {
        let l = layout(&columns(), &rows(), Some(200));
        assert_eq!(l.shown, vec![0, 1, 2, 3]);
        assert_eq!(l.widths, vec![40, 7, 23, 10]);
        assert_eq!(layout(&columns(), &rows(), None), l);
    }

    #[test]
    fn minor_columns_go_first_then_cells_wrap_and_names_stand_alone() {
        // 40 + 23 + 10 + 2 gaps = 77: fits once MEASURE is dropped.
        let l = layout(&columns(), &rows(), Some(80));
        assert_eq!(l.shown, vec![0, 2, 3]);
        assert_eq!(l.hidden(&columns()), vec![1]);
        // 40 columns: shrunk to 8 + 10 + 10; the room left widens the target to 12 (so that
        // 增长6.5%左右 does not wrap), then the name to 12 (so that 地区生产总值 fits).
        let l = layout(&columns(), &rows(), Some(40));
        assert_eq!(l.shown, vec![0, 2, 3]);
        assert_eq!(l.widths, vec![12, 12, 10]);
        let text = render(&columns(), &rows(), &l, false);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.iter().all(|l| width(l) <= 40), "{text}");
        // The long name stands whole on its own line; its target wraps in its column.
        assert!(
            lines.contains(&"村级集体经济经营性收入30万元以上的村占比"),
            "{text}"
        );
        assert!(text.contains("控制在28微克"), "{text}");
        assert!(text.contains("/立方米以内"), "{text}");
        assert!(lines[1].starts_with("地区生产总值"));
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

        /// Folded prose keeps every character, and no line is wider than asked unless one
        /// unbreakable word is.
        #[test]
        fn fold_keeps_the_text_and_the_width(text in "[a-z 青岚县增长%0-9·\u{1b}\\[m]{0,80}", max in 12usize..60) {
            let folded = fold(&text, Some(max), 2);
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(squeeze(&folded), squeeze(&text));
            // Narrower than the indent plus ten columns, folding would help nobody: the text
            // stays whole.
            if max <= 2 + 10 {
                prop_assert_eq!(&folded, &text);
                return Ok(());
            }
            for line in folded.lines() {
                let longest_word = line.split(' ').map(visible_width).max().unwrap_or(0);
                prop_assert!(visible_width(line) <= max || longest_word + 2 > max, "{:?}", line);
            }
        }

        /// Any cells, any width: the layout never panics and keeps the first priority.
        #[test]
        fn layout_and_render_never_panic(
            cells in prop::collection::vec(prop::collection::vec("[a-z青岚%0-9]{0,30}", 4), 0..12),
            max in proptest::option::of(0usize..120),
        ) {
            let columns: Vec<Column> = (0..4u8)
                .map(|k| Column { header: format!("C{k}"), priority: k + 1, min: 4, name: k == 0 })
                .collect();
            let rows: Vec<Vec<Cell>> = cells
                .into_iter()
                .map(|r| r.into_iter().map(Cell::plain).collect())
                .collect();
            let l = layout(&columns, &rows, max);
            prop_assert!(l.shown.contains(&0));
            let _ = render(&columns, &rows, &l, true);
        }
    }
}
