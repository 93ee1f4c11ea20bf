//! Copies as they are found: the shapes a scraper or an export leaves a whole report in, told
//! from the text and undone before the report is looked for.
//!
//! - line breaks written as the literal characters `\r\n` (a spreadsheet cell or a JSON string
//!   written out as is: the whole report on one line);
//! - the report present twice (a portal page holding the article, its site map, and the
//!   article again);
//! - every digit followed by a space (`1 9 9 8 年`, `8 ．8 ％`, `7 4 7 7 2 亿元`: a Wikisource
//!   export of the State Council report of 1998);
//! - characters glossed with their pinyin in brackets (`報(bào)告`, `國(guó)內(nèi)`: news mirrors that
//!   convert a story to traditional characters and print the reading of some of them);
//! - a comma put before other punctuation (`一,、過去五年工作回顧,;二、`, `3月20日,,十三屆`: the
//!   same mirrors).

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Diagnostic, DiagnosticKind};
use crate::read::decode::{Line, normalize_line};

static ESCAPED_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\\r\\n|\\n|\\r").expect("valid regex"));

/// Splits lines at literal `\r\n`, `\n`, `\r` escapes when they stand for the line breaks of
/// the copy, i.e. when there are more of them than real lines (`yixian_2018`: one line of
/// 10,000 characters, paragraphs separated by the four characters `\r\n`). The lines are
/// renumbered, so a line number counts the restored lines; the note says so.
pub fn restore_escaped_breaks(lines: Vec<Line>) -> (Vec<Line>, Option<Diagnostic>) {
    let escapes: usize = lines
        .iter()
        .map(|l| ESCAPED_BREAK.find_iter(&l.original).count())
        .sum();
    if escapes < 3 || escapes <= lines.len() {
        return (lines, None);
    }
    let mut out: Vec<Line> = Vec::with_capacity(escapes + lines.len());
    for line in &lines {
        for piece in ESCAPED_BREAK.split(&line.original) {
            out.push(Line {
                no: out.len() + 1,
                original: piece.to_string(),
                text: normalize_line(piece),
                joined: Vec::new(),
            });
        }
    }
    let note = Diagnostic::info(
        DiagnosticKind::Encoding,
        None,
        format!(
            "the copy writes its line breaks as the characters \\r\\n ({escapes} of them in {} line{}): read as {} lines; line numbers count these lines",
            lines.len(),
            if lines.len() == 1 { "" } else { "s" },
            out.len()
        ),
    );
    (out, Some(note))
}

/// Fewest digits a copy must hold before its spacing of digits is judged.
const SPACED_DIGITS_MIN: usize = 20;

/// Whether a space after a digit stands before what goes on with the number: another digit,
/// its decimal point or percent sign, or the Han character of its unit (`亿元`, `年`).
fn continues_number(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '.' | '%' | '‰') || crate::text::is_han(c)
}

/// Joins the digits of a copy that writes a space after every digit (`1 9 9 8 年`,
/// `8 .8 %`, `7 4 7 7 2 亿元`: the Wikisource export of the 1998 State Council report, where
/// 211 of its 211 digits have one). Decided for the whole copy: at least
/// [`SPACED_DIGITS_MIN`] digits and more than half of them spaced so; ordinary copies have a
/// stray `2020 年` once in hundreds of digits and are left as they are. Only the normalised
/// text changes; evidence quotes the original.
pub fn join_spaced_digits(mut lines: Vec<Line>) -> (Vec<Line>, Option<Diagnostic>) {
    let (mut digits, mut spaced) = (0usize, 0usize);
    // Counted on the bytes: a digit and the space are ASCII, so the character after them
    // starts two bytes after the digit.
    for line in &lines {
        let bytes = line.text.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            if b.is_ascii_digit() {
                digits += 1;
                if bytes.get(i + 1) == Some(&b' ')
                    && line.text[i + 2..]
                        .chars()
                        .next()
                        .is_some_and(continues_number)
                {
                    spaced += 1;
                }
            }
        }
    }
    if digits < SPACED_DIGITS_MIN || spaced * 2 <= digits {
        return (lines, None);
    }
    let mut joined = Vec::new();
    for line in &mut lines {
        let chars: Vec<char> = line.text.chars().collect();
        let mut out = String::with_capacity(line.text.len());
        for (i, &c) in chars.iter().enumerate() {
            let drop = c == ' '
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(|&n| continues_number(n));
            if !drop {
                out.push(c);
            }
        }
        if out != line.text {
            joined.push(line.no);
            line.text = out;
        }
    }
    let note = Diagnostic::info(
        DiagnosticKind::Encoding,
        None,
        format!(
            "the copy writes a space after its digits ({spaced} of {digits} digits, as in `1 9 9 8 年`): read joined on {} lines",
            joined.len()
        ),
    );
    (lines, Some(note))
}

/// Fewest glosses with a tone mark a copy must hold before its glosses are dropped.
const GLOSSES_MIN: usize = 3;
/// Longest pinyin syllable with its tone mark (`zhuāng`, `shuǎng`).
const GLOSS_MAX: usize = 6;

/// Vowels with a tone mark, and `ü`: a bracket of Latin letters holding one is a reading.
fn is_toned(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".contains(c)
}

/// A letter of a pinyin syllable as glosses write it.
fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || is_toned(c)
}

/// The glosses of a line: for each, the byte range of its brackets, and whether it carries a
/// tone mark. A gloss is a bracket of one to [`GLOSS_MAX`] pinyin letters right after a Han
/// character (`國(guó)`); `(GDP)`, `(试行)` and `(2)` are none.
fn glosses(text: &str) -> Vec<(std::ops::Range<usize>, bool)> {
    let mut out = Vec::new();
    let mut prev_han = false;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if prev_han && c == '(' {
            let rest = &text[i + 1..];
            let len = rest
                .find(|c: char| !is_pinyin_letter(c))
                .unwrap_or(rest.len());
            let word = &rest[..len];
            let n = word.chars().count();
            if (1..=GLOSS_MAX).contains(&n) && rest[len..].starts_with(')') {
                out.push((i..i + 1 + len + 1, word.chars().any(is_toned)));
                // Skip the gloss: the character before it still counts as the last one.
                while iter.peek().is_some_and(|&(j, _)| j < i + 1 + len + 1) {
                    iter.next();
                }
                continue;
            }
        }
        prev_han = crate::text::is_han(c);
    }
    out
}

/// Drops the pinyin glosses of a copy that prints the reading of its characters in brackets
/// (`國(guó)內(nèi)生產(chǎn)總值增長(zhǎng)5%左右`: news mirrors in traditional characters), which break every word
/// they stand in. Decided for the whole copy: at least [`GLOSSES_MIN`] glosses with a tone
/// mark; then every gloss after a Han character goes, toneless ones too (`(de)`). A report
/// never writes a reading after a character, so an ordinary copy has none. Only the
/// normalised text changes; evidence quotes the original.
pub fn drop_pinyin_glosses(mut lines: Vec<Line>) -> (Vec<Line>, Option<Diagnostic>) {
    let toned: usize = lines
        .iter()
        .filter(|l| l.text.contains('('))
        .map(|l| glosses(&l.text).iter().filter(|(_, t)| *t).count())
        .sum();
    if toned < GLOSSES_MIN {
        return (lines, None);
    }
    let (mut dropped, mut on_lines) = (0, 0);
    for line in &mut lines {
        if !line.text.contains('(') {
            continue;
        }
        let found = glosses(&line.text);
        if found.is_empty() {
            continue;
        }
        let mut out = String::with_capacity(line.text.len());
        let mut at = 0;
        for (range, _) in &found {
            out.push_str(&line.text[at..range.start]);
            at = range.end;
        }
        out.push_str(&line.text[at..]);
        dropped += found.len();
        on_lines += 1;
        line.text = out;
    }
    let note = Diagnostic::info(
        DiagnosticKind::Encoding,
        None,
        format!(
            "the copy glosses characters with their pinyin in brackets (as in `國(guó)`): {dropped} glosses on {on_lines} lines dropped for reading (evidence quotes the original)"
        ),
    );
    (lines, Some(note))
}

/// Fewest commas before other punctuation a copy must hold before they are dropped.
const STRAY_COMMAS_MIN: usize = 3;

/// Punctuation a stray comma stands before (normalised forms: `，` is `,`, `；` is `;`).
fn after_stray_comma(c: char) -> bool {
    matches!(c, ',' | '、' | ';' | '。' | ':' | '!' | '?')
}

/// Drops the commas a copy puts before other punctuation (`一,、過去五年工作回顧`, `增长6.5%左右,;`,
/// `3月20日,,十三屆`), which hide a part's number from the heading it opens. Decided for the
/// whole copy: at least [`STRAY_COMMAS_MIN`] of them (a report has one typo of the kind at
/// most: `精神状态，，更加`, State Council 2006). Only the normalised text changes.
pub fn drop_stray_commas(mut lines: Vec<Line>) -> (Vec<Line>, Option<Diagnostic>) {
    // From each comma (a byte search), not from every character of the copy.
    let stray = |text: &str| {
        text.match_indices(',')
            .filter(|&(at, _)| text[at + 1..].chars().next().is_some_and(after_stray_comma))
            .count()
    };
    let total: usize = lines.iter().map(|l| stray(&l.text)).sum();
    if total < STRAY_COMMAS_MIN {
        return (lines, None);
    }
    for line in &mut lines {
        if stray(&line.text) == 0 {
            continue;
        }
        let chars: Vec<char> = line.text.chars().collect();
        line.text = chars
            .iter()
            .enumerate()
            .filter(|&(i, &c)| {
                !(c == ',' && chars.get(i + 1).is_some_and(|&n| after_stray_comma(n)))
            })
            .map(|(_, &c)| c)
            .collect();
    }
    let note = Diagnostic::info(
        DiagnosticKind::Encoding,
        None,
        format!(
            "the copy puts a comma before other punctuation {total} times (as in `一,、`): dropped for reading"
        ),
    );
    (lines, Some(note))
}

/// Lines long enough to be told apart: a repeat of three of them in a row is a second copy,
/// never a coincidence of the report's own wording.
const LONG: usize = 20;
/// How many long lines in a row must repeat.
const RUN: usize = 3;

/// The index where a second copy of the report starts: the line that repeats the first long
/// line at or after `anchor`, followed by the same next long lines. `None` when the report is
/// there once. Linear in the copy (one pass with a string compare per line).
pub fn second_copy(lines: &[Line], anchor: usize, last: usize) -> Option<usize> {
    let long = |i: &usize| lines[*i].text.chars().count() >= LONG;
    let firsts: Vec<usize> = (anchor..=last).filter(long).take(RUN).collect();
    if firsts.len() < RUN {
        return None;
    }
    let key = &lines[firsts[0]].text;
    let from = firsts[RUN - 1] + 1;
    (from..=last).find(|&j| {
        &lines[j].text == key && {
            let next: Vec<usize> = (j + 1..=last).filter(long).take(RUN - 1).collect();
            next.len() == RUN - 1
                && next
                    .iter()
                    .zip(&firsts[1..])
                    .all(|(a, b)| lines[*a].text == lines[*b].text)
        }
    })
}

/// Where every further copy of the report starts (the report three times in a page, or a
/// scraper's file holding two pages that each hold it twice): [`second_copy`] again after
/// each copy found.
pub fn copy_starts(lines: &[Line], anchor: usize, last: usize) -> Vec<usize> {
    let mut starts: Vec<usize> = Vec::new();
    let mut from = anchor;
    while let Some(next) = second_copy(lines, from, last) {
        starts.push(next);
        from = next;
    }
    starts
}

/// Characters of prose in `lines`: what a copy holds of the report, to tell a whole copy from
/// a cut one.
pub fn prose_chars(lines: &[Line]) -> usize {
    lines
        .iter()
        .filter(|l| crate::read::clean::is_prose(&l.text))
        .map(|l| l.text.chars().count())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        crate::read::decode::split_lines(text)
            .enumerate()
            .map(|(i, raw)| Line {
                no: i + 1,
                original: raw.to_string(),
                text: normalize_line(raw),
                joined: Vec::new(),
            })
            .collect()
    }

    /// A news mirror's glosses go, toneless ones too once the copy is known to gloss; the
    /// brackets a report writes stay (`(GDP)`, `(试行)`, `(2)`, a reading not after a Han
    /// character).
    #[test]
    fn pinyin_glosses_are_dropped_from_a_glossing_copy() {
        let (out, note) = drop_pinyin_glosses(lines(
            "報(bào)告指出,國(guó)內(nèi)生產(chǎn)總值增長(zhǎng)5%左右。\n城鎮(zhèn)新增就業(yè)1200萬人以上,的(de)確。\n地区生产总值(GDP)增长6%,条例(试行),目标(2),a(ní)。",
        ));
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "報告指出,國內生產總值增長5%左右。",
                "城鎮新增就業1200萬人以上,的確。",
                "地区生产总值(GDP)增长6%,条例(试行),目标(2),a(ní)。",
            ]
        );
        assert_eq!(
            out[0].original,
            "報(bào)告指出,國(guó)內(nèi)生產(chǎn)總值增長(zhǎng)5%左右。"
        );
        let note = note.expect("a note");
        assert!(
            note.message.contains("8 glosses on 2 lines"),
            "{}",
            note.message
        );
    }

    /// A mirror's commas before other punctuation go, and the part heading they hid is one
    /// again; a single doubled comma (a typo of the report) stays.
    #[test]
    fn stray_commas_are_dropped_from_a_copy_full_of_them() {
        let (out, note) = drop_stray_commas(lines(
            "3月20日,,会议批准了这个报告。\n一,、过去五年工作回顾\n增长6.5%左右,;居民消费价格涨幅3%左右。",
        ));
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "3月20日,会议批准了这个报告。",
                "一、过去五年工作回顾",
                "增长6.5%左右;居民消费价格涨幅3%左右。"
            ]
        );
        assert!(note.is_some());
        let (out, note) = drop_stray_commas(lines("精神状态，，更加扎实。\n一、回顾"));
        assert!(note.is_none());
        assert_eq!(out[0].text, "精神状态,,更加扎实。");
    }

    /// Two glosses in a copy are not enough to call it a glossing copy: nothing changes.
    #[test]
    fn a_stray_reading_is_left_alone() {
        let text = "行(háng)业协会。\n重(chóng)建家园。\n增长6%。";
        let (out, note) = drop_pinyin_glosses(lines(text));
        assert!(note.is_none());
        assert_eq!(out[0].text, "行(háng)业协会。");
    }

    #[test]
    fn literal_breaks_become_lines() {
        let (out, note) = restore_escaped_breaks(lines(
            r"各位代表:\r\n一、2017年工作回顾\r\n全年增长8%。\r\n二、2018年工作安排\r\n力争增长7%。",
        ));
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "各位代表:",
                "一、2017年工作回顾",
                "全年增长8%。",
                "二、2018年工作安排",
                "力争增长7%。"
            ]
        );
        assert_eq!(out[4].no, 5);
        assert!(note.is_some_and(|n| n.message.contains("4 of them")));
    }

    #[test]
    fn a_stray_escape_is_left_alone() {
        let text = "各位代表:\n路径为 C:\\new 的文件。\n一、工作回顾\n";
        let (out, note) = restore_escaped_breaks(lines(text));
        assert_eq!(out.len(), 3);
        assert!(note.is_none());
    }

    #[test]
    fn second_copy_is_found_after_the_first() {
        let para =
            |n: u32| format!("第{n}段正文,一年来我们坚持稳中求进工作总基调,经济运行总体平稳。");
        let copy = format!(
            "各位代表:\n{}\n{}\n{}\n{}\n",
            para(1),
            para(2),
            para(3),
            para(4)
        );
        let text = format!("标题\n{copy}首页\n网站地图\n{copy}版权所有");
        let ls = lines(&text);
        let last = ls.len() - 1;
        assert_eq!(second_copy(&ls, 1, last), Some(9));
        let once = lines(&format!("标题\n{copy}"));
        assert_eq!(second_copy(&once, 1, once.len() - 1), None);
    }

    #[test]
    fn digits_spaced_throughout_a_copy_are_joined() {
        let text = "一、关于1 9 9 8 年政府工作的建议\n\
                    去年国内生产总值达到7 4 7 7 2 亿元,经济增长8 \u{FF0E}8 \u{FF05}。\n\
                    今年经济增长速度8 \u{FF05},物价涨幅控制在3 \u{FF05}以内,粮食4 9 2 5 0 万吨。\n\
                    人口自然增长率1 0 \u{FF0E}0 6 \u{2030}。";
        let (out, note) = join_spaced_digits(lines(text));
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "一、关于1998年政府工作的建议",
                "去年国内生产总值达到74772亿元,经济增长8.8%。",
                "今年经济增长速度8%,物价涨幅控制在3%以内,粮食49250万吨。",
                "人口自然增长率10.06\u{2030}。",
            ]
        );
        assert!(
            out[1].original.contains("7 4 7 7 2"),
            "evidence keeps the copy"
        );
        assert!(note.is_some_and(|n| n.message.contains("on 4 lines")));
    }

    #[test]
    fn a_stray_space_after_a_digit_is_left_alone() {
        // An ordinary copy: one `2020 年` among many digits written together, and spaces
        // between numbers of a list that are no part of either.
        let text = "2020 年是决胜之年。全年增长6.1%,投资增长5.4%,新增就业1352万人。\n\
                    主要指标:2019 2020 2021 年均增长6%,城镇调查失业率5.5%左右,粮食13000亿斤。";
        let (out, note) = join_spaced_digits(lines(text));
        assert!(note.is_none());
        assert!(out[0].text.starts_with("2020 年"));
    }
}
