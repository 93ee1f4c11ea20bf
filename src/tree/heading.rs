//! The grammar of heading markers: `一、` `第一部分` `(一)` `1.` `1、` `(1)` `①`.
//!
//! Works on normalised text, so `（一）` and `１．` arrive here as `(一)` and `1.`.

use crate::model::{Marker, MarkerKind};
use crate::text::numerals::{circled_number, is_cn_numeral_char, parse_cn_number};

/// Sentence ends that close an inline heading.
const TITLE_ENDS: &[char] = &['。', '!', '?', '…'];

/// Longest line read as a part title standing alone without a number.
pub const MAX_BARE_TITLE: usize = 20;

/// A part title that stands alone on its line without a number, as abridged newspaper copies
/// print them (`阔步迈上新征程`, `2023年主要工作`): short, Han, and without any punctuation (a
/// salutation `各位代表:` or a sentence always has some). A portal's summary may end its titles
/// with a colon (`2024年工作回顾:`, `2025年工作安排:`); such a title must name a year and the
/// part's work, since `主要预期目标:` before a list is no part.
pub fn is_bare_title(text: &str) -> bool {
    match text.strip_suffix(':') {
        Some(title) => is_unpunctuated_title(title) && names_a_years_work(title),
        None => is_unpunctuated_title(text),
    }
}

fn is_unpunctuated_title(text: &str) -> bool {
    // Bounded before counting: reading asks this of a line that grows as lines join.
    if text.chars().nth(MAX_BARE_TITLE).is_some() || is_dateline(text) {
        return false;
    }
    let n = text.chars().count();
    (4..=MAX_BARE_TITLE).contains(&n)
        && text.chars().any(crate::text::is_han)
        && text
            .chars()
            .all(|c| crate::text::is_han(c) || c.is_ascii_alphanumeric() || "“”《》\"".contains(c))
}

/// A news story's dateline on a line of its own (`本报讯`, `早报示例讯`, `新华社北京3月5日电`)
/// or its headline on the congress (`示例县十七届人大五次会议开幕`): it opens the story's text,
/// it is no part title (no part of a report names the congress's session).
fn is_dateline(text: &str) -> bool {
    (text.ends_with('讯') && !["通讯", "资讯", "快讯"].iter().any(|w| text.ends_with(w)))
        || (text.ends_with("日电") && text.chars().any(|c| c.is_ascii_digit() || c == '月'))
        || ((text.contains("人大") || text.contains("人民代表大会")) && text.contains("次会议"))
}

/// Longest part title standing alone without a number above numbered parts (see
/// [`names_a_part`]).
pub const MAX_NAMING_TITLE: usize = 30;

/// A part title standing alone without a number that says which part it is: the work of a
/// year (`2025年工作回顾`) or of a five-year period (`“十四五”时期发展成就和2025年工作回顾`,
/// `“十五五”时期主要目标和2026年重点工作`). Some copies print the review and the plan under such
/// titles and number only the groups of the plan `一、`…`四、`.
pub fn names_a_part(text: &str) -> bool {
    let n = text.chars().count();
    // `、` joins the words of a title (`今后五年建设和改革的目标、方针和任务`); a sentence has `,`.
    let unpunctuated = (4..=MAX_NAMING_TITLE).contains(&n)
        && text
            .chars()
            .all(|c| crate::text::is_han(c) || c.is_ascii_alphanumeric() || "“”\"、".contains(c));
    // A term's five years are named by the plan (`“十四五”时期`) or in words, as a new term's
    // report of the 1980s titles its two halves (`过去五年国内工作的基本总结`,
    // `今后五年建设和改革的目标、方针和任务`, the State Council's 1988 report).
    let five_years = crate::text::numerals::five_year_plan_years(text).is_some()
        || FIVE_YEARS_IN_WORDS.iter().any(|w| text.starts_with(w));
    let period = five_years
        && ["回顾", "成就", "目标", "任务", "总结"]
            .iter()
            .any(|w| text.contains(w));
    unpunctuated && (names_a_years_work(text) || period)
}

/// A part title that names its topic (`关于国内建设`, `关于外交工作`): the State Council's
/// reports of the 1980s title their halves so, over groups numbered `一、`… that restart.
pub fn names_a_topic(text: &str) -> bool {
    text.starts_with("关于") && is_unpunctuated_title(text)
}

/// A term's five years named in words at the head of a part's title.
pub const FIVE_YEARS_IN_WORDS: &[&str] = &["过去五年", "今后五年", "未来五年", "五年来"];

/// `2024年工作回顾`, `2025年工作安排`: a year, then the work of a part. The year need not be
/// the first `年` of the title: a new term's report opens with `过去五年回顾和2002年工作情况`.
fn names_a_years_work(title: &str) -> bool {
    let year = title.match_indices('年').any(|(i, _)| {
        // `get`: the four bytes before `年` may cut a character (`…二〇二四年`).
        title
            .get(i.saturating_sub(4)..i)
            .is_some_and(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()))
    });
    year && ["回顾", "工作", "安排", "任务", "目标"]
        .iter()
        .any(|w| title.contains(w))
}

/// Reads a heading marker at the start of `line`; returns it and the rest of the line.
///
/// Only the form is checked here: whether the number fits the sequence is the tree builder's
/// business. A marker must be followed by text that starts like a title (not a digit, not a
/// unit), so `1.5万人` or `2023年` never read as headings.
pub fn parse_marker(line: &str) -> Option<(Marker, &str)> {
    let (kind, number, marker_len) = read_marker(line)?;
    let rest = line[marker_len..].trim_start_matches([' ', ':']);
    let first = rest.chars().next()?;
    if matches!(
        first,
        '%' | '.' | ',' | '、' | ')' | '}' | '|' | '亿' | '万' | '个' | '倍'
    ) {
        return None;
    }
    // `1.5万`, `2.3%`: a decimal, not a heading. A year may open a title: `一、2022年工作回顾`.
    let decimal = kind == MarkerKind::Task
        && line[..marker_len].ends_with('.')
        && line[marker_len..].starts_with(|c: char| c.is_ascii_digit());
    if decimal || (first.is_ascii_digit() && kind == MarkerKind::Task && !rest.contains('年')) {
        return None;
    }
    let marker = Marker {
        kind,
        number,
        text: line[..marker_len].to_string(),
    };
    Some((marker, rest))
}

fn read_marker(line: &str) -> Option<(MarkerKind, u32, usize)> {
    let first = line.chars().next()?;
    if let Some(n) = circled_number(first) {
        return Some((MarkerKind::Circled, n, first.len_utf8()));
    }
    if let Some(inner) = line.strip_prefix('(') {
        let close = inner.find(')')?;
        let number = &inner[..close];
        let len = 1 + close + 1;
        if !number.is_empty() && number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit()) {
            return Some((MarkerKind::Item, number.parse().ok()?, len));
        }
        if number.chars().count() <= 3 {
            return Some((MarkerKind::Group, parse_cn_number(number)?, len));
        }
        return None;
    }
    if let Some(inner) = line.strip_prefix('第') {
        let end = inner.find("部分")?;
        let n = parse_cn_number(&inner[..end])?;
        return Some((
            MarkerKind::PartWord,
            n,
            '第'.len_utf8() + end + "部分".len(),
        ));
    }
    if first.is_ascii_digit() {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 2 {
            return None;
        }
        let after = &line[digits..];
        let sep = after.chars().next()?;
        if sep != '.' && sep != '、' {
            return None;
        }
        return Some((
            MarkerKind::Task,
            line[..digits].parse().ok()?,
            digits + sep.len_utf8(),
        ));
    }
    if is_cn_numeral_char(first) {
        let numeral_len: usize = line
            .chars()
            .take_while(|&c| is_cn_numeral_char(c))
            .map(char::len_utf8)
            .sum();
        if line[numeral_len..].starts_with('、') && line[..numeral_len].chars().count() <= 3 {
            let n = parse_cn_number(&line[..numeral_len])?;
            return Some((MarkerKind::Part, n, numeral_len + '、'.len_utf8()));
        }
        // `一.2023年工作回顾`, `二．…` (folded to `.`): a dot in place of `、`, before a title.
        let after = &line[numeral_len..];
        if after.starts_with('.') && line[..numeral_len].chars().count() <= 3 && {
            let title = after[1..].trim_start();
            title.starts_with(|c: char| crate::text::is_han(c) || c == '“')
                || crate::tree::sections::first_year(title)
                    .is_some_and(|y| title.starts_with(&format!("{y}年")))
        } {
            let n = parse_cn_number(&line[..numeral_len])?;
            return Some((MarkerKind::Part, n, numeral_len + 1));
        }
    }
    None
}

/// Splits the text after a marker into the title and the body that follows it.
///
/// An inline heading is the head of the paragraph's first sentence: `聚力稳增长,积极应对…。大力实施…`
/// has the title up to the first `。`. A line with no sentence end is all title.
pub fn split_title(rest: &str) -> (&str, &str) {
    // A copy that lost the line break after a heading keeps a space in its place:
    // `2005年主要任务 今年是全面实现…`. A short head before a space is the title.
    let sentence_end = rest.find(TITLE_ENDS).unwrap_or(rest.len());
    if let Some(space) = rest[..sentence_end].find(' ')
        && (2..=40).contains(&rest[..space].chars().count())
        && rest[..space]
            .chars()
            .next_back()
            .is_some_and(|c| crate::text::is_han(c) || matches!(c, '”' | '》' | ')'))
        && rest[space..].trim_start().starts_with(crate::text::is_han)
        && rest[space..].trim().chars().count() >= 15
        && rest[space..].contains([',', '。', ';'])
    {
        let title = rest[..space].trim_end_matches([',', ';', ':', '。']);
        return (title, rest[space..].trim_start());
    }
    match rest.find(TITLE_ENDS) {
        Some(end) => {
            let stop = rest[end..].chars().next().map_or(0, char::len_utf8);
            let title = rest[..end].trim_end_matches([',', ';', ':', ' ']);
            (title, rest[end + stop..].trim_start())
        }
        None => (rest.trim_end_matches(['。', ',', ';', ':', ' ']), ""),
    }
}

/// True for a line that is nothing but a heading: a marker and a short title, no sentence.
/// Outlines are made of such lines.
pub fn is_bare_heading(line: &str) -> bool {
    // At most 40 characters of title after a marker of a few: a longer line is no bare
    // heading, and is not scanned (the cleaner asks this of a line while it grows by joins).
    if line.chars().nth(BARE_HEADING_MAX_CHARS).is_some() {
        return false;
    }
    match parse_marker(line) {
        Some((_, rest)) => !rest.contains(TITLE_ENDS) && rest.chars().count() <= 40,
        None => false,
    }
}

/// The longest bare heading: 40 characters of title, a marker (`第十二部分`) and the spaces
/// or colon after it.
const BARE_HEADING_MAX_CHARS: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_is_no_title() {
        // A story's dateline on its own line opens the story (`早报示例讯`, `新华社北京3月5日电`).
        assert!(!is_bare_title("早报示例讯"));
        assert!(!is_bare_title("本报讯"));
        assert!(!is_bare_title("新华社北京3月5日电"));
        assert!(!is_bare_title("示例县十七届人大五次会议开幕"));
        assert!(is_bare_title("加快发展现代通讯"));
        assert!(is_bare_title("大力发展水电"));
    }

    #[test]
    fn naming_titles_may_name_the_year_after_other_words_of_time() {
        assert!(names_a_part("过去五年回顾和2002年工作情况"));
        assert!(names_a_part("对今后五年和2003年政府工作的建议"));
        assert!(!names_a_part("过去五年的主要体会"));
        assert!(names_a_part("过去五年国内工作的基本总结"));
        assert!(names_a_part("今后五年建设和改革的目标、方针和任务"));
        assert!(!names_a_part("今后五年,我们要坚持改革开放"));
        assert!(names_a_topic("关于外交工作"));
        assert!(!names_a_topic("关于外交工作,我们坚持独立自主"));
        assert!(!names_a_topic("外交工作"));
    }

    #[test]
    fn bare_titles_with_a_colon_name_a_years_work() {
        assert!(is_bare_title("2030年工作回顾:"));
        assert!(is_bare_title("2031年工作安排:"));
        assert!(!is_bare_title("主要预期目标:"));
        assert!(!is_bare_title("经济社会发展主要指标:全年完成"));
    }

    fn marker(line: &str) -> Option<(MarkerKind, u32, String)> {
        parse_marker(line).map(|(m, rest)| (m.kind, m.number, rest.to_string()))
    }

    #[test]
    fn part_markers() {
        assert_eq!(
            marker("一、2022年工作回顾"),
            Some((MarkerKind::Part, 1, "2022年工作回顾".into()))
        );
        assert_eq!(
            marker("十二、其他"),
            Some((MarkerKind::Part, 12, "其他".into()))
        );
        assert_eq!(
            marker("第三部分 切实加强政府自身建设"),
            Some((MarkerKind::PartWord, 3, "切实加强政府自身建设".into()))
        );
        assert_eq!(marker("一是围绕市场主体"), None);
        assert_eq!(
            marker("二.2024年工作安排"),
            Some((MarkerKind::Part, 2, "2024年工作安排".into()))
        );
        assert_eq!(marker("三项投资分别增长"), None);
    }

    #[test]
    fn group_markers_both_widths() {
        // Full-width brackets are folded by the decoder; check both forms arrive the same.
        let full = crate::read::decode::normalize_line("（三）聚力提能级");
        assert_eq!(
            marker(&full),
            Some((MarkerKind::Group, 3, "聚力提能级".into()))
        );
        assert_eq!(
            marker("(十)着力加强政府自身建设"),
            Some((MarkerKind::Group, 10, "着力加强政府自身建设".into()))
        );
        assert_eq!(marker("(二〇二三)"), None);
        assert_eq!(marker("(注:略)"), None);
    }

    #[test]
    fn task_markers_all_separators() {
        for line in ["1.建设产业平台", "1、建设产业平台", "1．建设产业平台"] {
            let norm = crate::read::decode::normalize_line(line);
            assert_eq!(
                marker(&norm),
                Some((MarkerKind::Task, 1, "建设产业平台".into()))
            );
        }
        assert_eq!(
            marker("40.守牢社会稳定底线"),
            Some((MarkerKind::Task, 40, "守牢社会稳定底线".into()))
        );
        assert_eq!(marker("1.5万人次"), None);
        assert_eq!(marker("2023年是开局之年"), None);
        assert_eq!(marker("100.5亿元"), None);
        assert_eq!(marker("3.%"), None);
    }

    #[test]
    fn item_and_circled_markers() {
        assert_eq!(
            marker(&crate::read::decode::normalize_line("（2）完善机制")),
            Some((MarkerKind::Item, 2, "完善机制".into()))
        );
        assert_eq!(
            marker("(12)完善机制"),
            Some((MarkerKind::Item, 12, "完善机制".into()))
        );
        assert_eq!(
            marker("③推进改革"),
            Some((MarkerKind::Circled, 3, "推进改革".into()))
        );
        assert_eq!(marker("(2023)"), None);
    }

    #[test]
    fn inline_titles() {
        assert_eq!(
            split_title("聚力稳增长,积极应对经济运行新挑战。大力实施攻坚行动。"),
            ("聚力稳增长,积极应对经济运行新挑战", "大力实施攻坚行动。")
        );
        assert_eq!(split_title("着力提振市场信心"), ("着力提振市场信心", ""));
        assert_eq!(split_title("医疗卫生方面。全省"), ("医疗卫生方面", "全省"));
        // The line break after the heading became a space.
        assert_eq!(
            split_title("2005年主要任务 今年是全面实现“十五”计划目标的重要一年。"),
            ("2005年主要任务", "今年是全面实现“十五”计划目标的重要一年。")
        );
    }

    #[test]
    fn bare_headings() {
        assert!(is_bare_heading("(一)聚力稳增长"));
        assert!(is_bare_heading("12.促进消费升级"));
        assert!(!is_bare_heading(
            "(一)聚力稳增长。大力实施经济稳进提质攻坚行动"
        ));
        assert!(!is_bare_heading("各位代表:"));
    }
}
