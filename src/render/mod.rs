//! Last stage: rendering. Renderers take the finished data and print; they never parse.

pub mod compare;
pub mod html;
pub mod indicators;
pub mod lang;
pub mod outline;
pub mod track;

/// The version of the shape of the CSV and JSON outputs: raised whenever a column or field is
/// renamed, removed or changes meaning (adding one at the end does not). docs/formats.md.
pub const SCHEMA_VERSION: u32 = 2;

use unicode_width::UnicodeWidthStr;

/// `text` padded with spaces to `width` terminal columns (CJK characters count two).
pub fn pad(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    let mut s = text.to_string();
    s.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    s
}

/// `text` right-aligned in `width` columns.
pub fn pad_left(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    let mut s: String = std::iter::repeat_n(' ', width.saturating_sub(w)).collect();
    s.push_str(text);
    s
}

/// Terminal columns of `text`.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` cut to at most `max` terminal columns, with `…` when cut.
pub fn clip_width(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}
