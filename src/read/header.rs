//! The lines of the block above a report's address, and page numbers: a delivery line
//! (`——2024年3月5日在第十四届全国人民代表大会第二次会议上`), the speaker (`国务院总理 李强`), a
//! date alone (`(二〇〇五年一月十一日)`), a page artifact (`- 3 -`, `第2页 共9页`).
//!
//! Scanned by hand, not by regular expressions: these were patterns of bounded repetitions of
//! Unicode classes (`.{0,60}?`, `\p{Han}{0,16}?`, `\d{4}`), whose compilation was a fifth of
//! the start-up of every run (14M instructions of the 141M of `compare --format csv` on the
//! samples). Each function matches exactly what its pattern matched (the pattern is quoted
//! above it and the tests below check one against the other): `\d`, `\s` and `\p{Han}` are
//! the classes of [`crate::text`], `.` is any character but a line break.

use crate::text::{is_decimal_digit, is_han_script, is_space};

/// `text` after `min..=max` leading characters that `class` accepts, as many as there are
/// (every caller follows the run with something `class` refuses, so greedy is exact).
fn take(text: &str, class: impl Fn(char) -> bool, min: usize, max: usize) -> Option<&str> {
    let mut n = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if n == max || !class(c) {
            break;
        }
        n += 1;
        end = i + c.len_utf8();
    }
    (n >= min).then(|| &text[end..])
}

/// `text` after `\d+`.
fn digits(text: &str) -> Option<&str> {
    take(text, is_decimal_digit, 1, usize::MAX)
}

fn spaces(text: &str) -> &str {
    text.trim_start_matches(is_space)
}

/// What follows each of `words` that starts after `min..=max` characters of `text`, none a
/// line break (`.{min,max}?(?:word|…)`).
fn after_word_within<'a>(
    text: &'a str,
    min: usize,
    max: usize,
    words: &'a [&'a str],
) -> impl Iterator<Item = &'a str> + 'a {
    text.char_indices()
        .scan(false, |crossed, (i, c)| {
            if *crossed {
                return None;
            }
            *crossed = c == '\n';
            Some(i)
        })
        .skip(min)
        .take(max + 1 - min)
        .flat_map(move |i| words.iter().filter_map(move |w| text[i..].strip_prefix(w)))
}

/// `text` before `rest`, a slice of its end.
fn before<'a>(text: &'a str, rest: &str) -> &'a str {
    &text[..text.len() - rest.len()]
}

/// A date written `2024年3月5日`: the digits of its year, month and day as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date<'a> {
    pub year: &'a str,
    pub month: &'a str,
    pub day: &'a str,
    /// Where the date ends in the text it was found in.
    pub end: usize,
}

/// `(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日` at the start of `text`: the date and the
/// text after it.
fn date_at(text: &str) -> Option<(Date<'_>, &str)> {
    let after_year = take(text, is_decimal_digit, 4, 4)?;
    let month_at = spaces(spaces(after_year).strip_prefix('年')?);
    let after_month = take(month_at, is_decimal_digit, 1, 2)?;
    let day_at = spaces(spaces(after_month).strip_prefix('月')?);
    let after_day = take(day_at, is_decimal_digit, 1, 2)?;
    let rest = spaces(after_day).strip_prefix('日')?;
    let date = Date {
        year: before(text, after_year),
        month: before(month_at, after_month),
        day: before(day_at, after_day),
        end: text.len() - rest.len(),
    };
    Some((date, rest))
}

/// The first date of `text` written `2024年3月5日`
/// (`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`).
pub fn date_in(text: &str) -> Option<Date<'_>> {
    text.char_indices()
        .filter(|(_, c)| is_decimal_digit(*c))
        .find_map(|(i, _)| {
            date_at(&text[i..]).map(|(d, _)| Date {
                end: i + d.end,
                ..d
            })
        })
}

/// The first compact date `(20240305)` of `text` (`\((20\d{2})(\d{2})(\d{2})\)`): year, month
/// and day.
pub fn compact_date_in(text: &str) -> Option<(&str, &str, &str)> {
    text.match_indices('(').find_map(|(i, _)| {
        let digits_at = &text[i + 1..];
        let after = take(digits_at.strip_prefix("20")?, is_decimal_digit, 6, 6)?;
        after.strip_prefix(')')?;
        let digits = before(digits_at, after);
        let at = |k: usize| {
            digits
                .char_indices()
                .nth(k)
                .map_or(digits.len(), |(j, _)| j)
        };
        Some((&digits[..at(4)], &digits[at(4)..at(6)], &digits[at(6)..]))
    })
}

/// The congress a delivery line names, from after `在` to `会议`
/// (`在(.{2,40}?(?:人民代表大会|代表大会).{0,12}?会议)`, the group).
pub fn congress_in(text: &str) -> Option<&str> {
    text.match_indices('在').find_map(|(i, _)| {
        let rest = &text[i + '在'.len_utf8()..];
        after_word_within(rest, 2, 40, &["人民代表大会", "代表大会"])
            .find_map(|after| after_word_within(after, 0, 12, &["会议"]).next())
            .map(|end| before(rest, end))
    })
}

/// `第十届全国人民代表大会第四次会议`: the national congress's term and session in Chinese
/// numerals (`第([一…十]+)届全国人民代表大会第([一…十]+)次会议`).
pub fn national_session_in(text: &str) -> Option<(&str, &str)> {
    text.match_indices('第').find_map(|(i, _)| {
        let term_at = &text[i + '第'.len_utf8()..];
        let after_term = take(term_at, is_cn_small_number, 1, usize::MAX)?;
        let session_at = after_term.strip_prefix("届全国人民代表大会第")?;
        let after_session = take(session_at, is_cn_small_number, 1, usize::MAX)?;
        after_session.strip_prefix("次会议")?;
        Some((
            before(term_at, after_term),
            before(session_at, after_session),
        ))
    })
}

/// The report's title at the start of a line, up to `工作报告` (`^(.*?工作报告)`).
pub fn title_in(text: &str) -> Option<&str> {
    let i = text.find("工作报告")?;
    (!text[..i].contains('\n')).then(|| &text[..i + "工作报告".len()])
}

/// `text` without its years (`2024年`, `2024 年度`: `\d{4}\s*年(?:度)?`).
pub fn without_years(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let year = take(rest, is_decimal_digit, 4, 4).and_then(|s| spaces(s).strip_prefix('年'));
        match year {
            Some(after) => rest = after.strip_prefix('度').unwrap_or(after),
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// A date in Chinese numerals (`二〇〇五年一月十一日`, `二〇〇五年一月`, `二〇〇五年`): its year,
/// month and day as written.
pub struct ChineseDate<'a> {
    pub year: &'a str,
    pub month: Option<&'a str>,
    pub day: Option<&'a str>,
}

/// `([〇零一二三四五六七八九]{4})\s*年(?:\s*([一…十]{1,2})\s*月(?:\s*([一…十]{1,3})\s*日)?)?` at
/// the start of `text`: the date and the text after it.
pub fn chinese_date_at(text: &str) -> Option<(ChineseDate<'_>, &str)> {
    let after_year = take(text, is_cn_year_digit, 4, 4)?;
    let mut rest = spaces(after_year).strip_prefix('年')?;
    let mut date = ChineseDate {
        year: before(text, after_year),
        month: None,
        day: None,
    };
    let month_at = spaces(rest);
    if let Some(after_month) = take(month_at, is_cn_small_number, 1, 2)
        && let Some(after) = spaces(after_month).strip_prefix('月')
    {
        date.month = Some(before(month_at, after_month));
        rest = after;
        let day_at = spaces(rest);
        if let Some(after_day) = take(day_at, is_cn_small_number, 1, 3)
            && let Some(after) = spaces(after_day).strip_prefix('日')
        {
            date.day = Some(before(day_at, after_day));
            rest = after;
        }
    }
    Some((date, rest))
}

/// A dated delivery line: `\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,60}?(?:人民代表大会|代表大会|会议)`.
pub fn is_delivery(text: &str) -> bool {
    text.char_indices()
        .filter(|(_, c)| is_decimal_digit(*c))
        .filter_map(|(i, _)| date_at(&text[i..]))
        .any(|(_, rest)| {
            after_word_within(rest, 0, 60, &["人民代表大会", "代表大会", "会议"])
                .next()
                .is_some()
        })
}

/// A delivery line that names the session but not the day
/// (`——在第十四届全国人民代表大会第三次会议上`):
/// `^[—\-–(\s]*在.{2,40}?(?:人民代表大会|代表大会).{0,12}?会议上`.
pub fn is_delivery_undated(text: &str) -> bool {
    let Some(rest) = text
        .trim_start_matches(|c| matches!(c, '—' | '-' | '–' | '(') || is_space(c))
        .strip_prefix('在')
    else {
        return false;
    };
    after_word_within(rest, 2, 40, &["人民代表大会", "代表大会"]).any(|after| {
        after_word_within(after, 0, 12, &["会议上"])
            .next()
            .is_some()
    })
}

const OFFICES: &[&str] = &[
    "总理", "省长", "市长", "县长", "区长", "州长", "旗长", "盟长", "主席",
];

/// What follows an office that at most 16 Han characters precede from the start, for each
/// way `text` reads so (`^\p{Han}{0,16}?(?:总理|省长|…|主席)`).
fn after_office(text: &str) -> impl Iterator<Item = &str> {
    std::iter::once(0)
        .chain(
            text.char_indices()
                .take_while(|(_, c)| is_han_script(*c))
                .map(|(i, c)| i + c.len_utf8()),
        )
        .take(17)
        .flat_map(move |i| {
            OFFICES
                .iter()
                .filter_map(move |o| text[i..].strip_prefix(o))
        })
}

/// A name alone: `^[\p{Han}·]{2,4}$`.
pub fn is_bare_name(text: &str) -> bool {
    let mut n = 0;
    for c in text.chars() {
        if n == 4 || !(is_han_script(c) || c == '·') {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// The speaker with the office (`国务院总理 李强`):
/// `^\p{Han}{0,16}?(?:总理|…|主席)\s*[\p{Han}·]{2,4}$`.
pub fn is_speaker(text: &str) -> bool {
    after_office(text).any(|rest| is_bare_name(spaces(rest)))
}

/// The name after an office at the end of a line (`国务院总理 李强` → `李强`:
/// `(?:总理|…|主席)\s*([\p{Han}·]{2,4})$`, the group).
pub fn speaker_name_in(text: &str) -> Option<&str> {
    text.char_indices().find_map(|(i, _)| {
        OFFICES
            .iter()
            .find_map(|o| text[i..].strip_prefix(o))
            .map(spaces)
            .filter(|name| is_bare_name(name))
    })
}

/// The name after an office at the start of a line when it is a transliterated name in parts
/// joined by `·` (`自治区主席 艾尔肯·吐尼亚孜` → `艾尔肯·吐尼亚孜`), longer than the four
/// characters [`is_bare_name`] allows: parts of one to six Han characters.
pub fn dotted_speaker_name(text: &str) -> Option<&str> {
    after_office(text).map(spaces).find(|name| {
        name.contains('·')
            && name.split('·').all(|part| {
                (1..=6).contains(&part.chars().count()) && part.chars().all(is_han_script)
            })
    })
}

/// A line ending in a name of two characters letter-spaced to the width of three, as
/// typesetters pad it (`示例市市长 甲 乙`), with the name closed up (`示例市市长 甲乙`); `None`
/// for any other line.
pub fn spaced_name_closed(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split(is_space).filter(|w| !w.is_empty()).collect();
    let [before @ .., a, b] = words.as_slice() else {
        return None;
    };
    let one_han = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(is_han_script) && chars.next().is_none()
    };
    (!before.is_empty() && one_han(a) && one_han(b)).then(|| format!("{} {a}{b}", before.join(" ")))
}

/// What a news lead says of the speech (`本报讯 2月4日,市长张某某在市十六届人大七次会议上作
/// 政府工作报告时指出`, `在热烈的掌声中,县长李某作示例县人民政府工作报告。`): the speaker's
/// name and, when the lead gives it, the month and day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lead<'a> {
    pub speaker: &'a str,
    pub month_day: Option<(u8, u8)>,
}

/// Longest stretch between the speaker's name and `政府工作报告` in a lead (`在市十六届人大
/// 七次会议上作`).
const MAX_LEAD_GAP: usize = 30;
/// How far before the office a lead's date may stand (`本报讯 2月4日,`).
const LEAD_DATE_REACH: usize = 24;

/// The first lead in `text` announcing the government's report: an office, a name of two to
/// four characters ending at `在` or `作`, and `政府工作报告` (or `政府工作的报告`) soon after a
/// `作`. Another body's report (`续某作县人大常委会工作报告`) names no government report.
pub fn lead_in(text: &str) -> Option<Lead<'_>> {
    text.char_indices().find_map(|(i, _)| {
        let after = OFFICES.iter().find_map(|o| text[i..].strip_prefix(o))?;
        let (name, rest) = name_before_verb(after)?;
        // Bounded windows on both sides keep a long paragraph with many offices linear.
        let rest = crate::text::prefix_chars(rest, MAX_LEAD_GAP + 7);
        let report_at = rest
            .find("政府工作报告")
            .or_else(|| rest.find("政府工作的报告"))?;
        let gap = &rest[..report_at];
        if gap.chars().count() > MAX_LEAD_GAP
            || !gap.contains('作')
            || gap.contains(['。', ';', ','])
        {
            return None;
        }
        Some(Lead {
            speaker: name,
            month_day: month_day_before(crate::text::suffix_chars(&text[..i], LEAD_DATE_REACH)),
        })
    })
}

/// A name of two to four Han characters at the start of `text`, ended by `在` or `作`: the
/// name and the text from that verb on.
fn name_before_verb(text: &str) -> Option<(&str, &str)> {
    let mut chars = text.char_indices();
    for n in 0..=4 {
        let (at, c) = chars.next()?;
        if n >= 2 && matches!(c, '在' | '作') {
            return Some((&text[..at], &text[at..]));
        }
        if !is_han_script(c) {
            return None;
        }
    }
    None
}

/// The last `M月D日` of `text` (a lead's `2月4日,`), when nothing but a few characters of the
/// same sentence follow it.
fn month_day_before(text: &str) -> Option<(u8, u8)> {
    let day_end = text.rfind('日')?;
    if text[day_end..].chars().count() > 12 || text[day_end..].contains(['。', ';']) {
        return None;
    }
    let (before_day, day) = trailing_number(&text[..day_end])?;
    let (_, month) = trailing_number(before_day.strip_suffix('月')?)?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((month, day))
}

/// The ASCII digits `text` ends with, as a small number, and the text before them.
fn trailing_number(text: &str) -> Option<(&str, u8)> {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()?
        .0;
    Some((&text[..start], text[start..].parse().ok()?))
}

/// The speaker's office on a line of its own, the name on the next (`国务院总理` / `李克强`):
/// `^\p{Han}{0,16}?(?:总理|…|主席)$`.
pub fn is_speaker_office(text: &str) -> bool {
    after_office(text).any(str::is_empty)
}

fn is_cn_year_digit(c: char) -> bool {
    matches!(
        c,
        '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

fn is_cn_small_number(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// A date alone on a line under the title (`2024年3月5日`, `(2024年3月)`,
/// `(二〇〇五年一月十一日)`): `^[(—\-\s]*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?[)\s]*$`.
pub fn is_date_only(text: &str) -> bool {
    let closing = |s: &str| s.chars().all(|c| c == ')' || is_space(c));
    let s = text.trim_start_matches(|c| matches!(c, '(' | '—' | '-') || is_space(c));
    let Some(s) = take(s, is_decimal_digit, 4, 4).or_else(|| take(s, is_cn_year_digit, 4, 4))
    else {
        return false;
    };
    let Some(s) = spaces(s).strip_prefix('年').map(spaces) else {
        return false;
    };
    let Some(s) = take(s, is_decimal_digit, 1, 2).or_else(|| take(s, is_cn_small_number, 1, 2))
    else {
        return false;
    };
    let Some(s) = spaces(s).strip_prefix('月') else {
        return false;
    };
    if closing(s) {
        return true;
    }
    let day = spaces(s);
    take(day, is_decimal_digit, 1, 2)
        .or_else(|| take(day, is_cn_small_number, 1, 3))
        .and_then(|s| spaces(s).strip_prefix('日'))
        .is_some_and(closing)
}

/// A page number or footer (`3`, `- 3 -`, `第 3 页 共 9 页`, `3/9`, `Page 3 of 9`):
/// `^(?:[-—–_·\s]*\d{1,4}[-—–_·\s]*|第\s*\d+\s*页(?:\s*[,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|[Pp]age\s*\d+(?:\s*of\s*\d+)?)$`.
pub fn is_page_artifact(text: &str) -> bool {
    let bare = text.trim_matches(|c| matches!(c, '-' | '—' | '–' | '_' | '·') || is_space(c));
    if take(bare, is_decimal_digit, 1, 4).is_some_and(str::is_empty) {
        return true;
    }
    let page_of = text
        .strip_prefix('第')
        .and_then(|s| digits(spaces(s)))
        .and_then(|s| spaces(s).strip_prefix('页'))
        .and_then(|s| {
            if s.is_empty() {
                return Some(s);
            }
            let s = spaces(s);
            let s = spaces(s.strip_prefix([',', '/']).unwrap_or(s));
            s.strip_prefix('共')
                .and_then(|s| digits(spaces(s)))
                .and_then(|s| spaces(s).strip_prefix('页'))
        });
    if page_of.is_some_and(str::is_empty) {
        return true;
    }
    let fraction = digits(text)
        .and_then(|s| spaces(s).strip_prefix('/'))
        .and_then(|s| digits(spaces(s)));
    if fraction.is_some_and(str::is_empty) {
        return true;
    }
    text.strip_prefix(['P', 'p'])
        .and_then(|s| s.strip_prefix("age"))
        .and_then(|s| digits(spaces(s)))
        .and_then(|s| {
            if s.is_empty() {
                return Some(s);
            }
            spaces(s).strip_prefix("of").and_then(|s| digits(spaces(s)))
        })
        .is_some_and(str::is_empty)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use regex::Regex;

    use super::*;

    #[test]
    fn leads_of_news_stories() {
        let lead = lead_in(
            "本报讯 2月4日,市长张某某在市十六届人大七次会议上作政府工作报告时指出,过去五年,",
        );
        assert_eq!(
            lead,
            Some(Lead {
                speaker: "张某某",
                month_day: Some((2, 4))
            })
        );
        let lead = lead_in("在热烈的掌声中,代县长李某作示例县人民政府工作报告。");
        assert_eq!(lead.map(|l| (l.speaker, l.month_day)), Some(("李某", None)));
        // Another body's report, and a speech that is not the report.
        assert_eq!(
            lead_in("县人大常委会主任王某作县人大常委会工作报告。"),
            None
        );
        assert_eq!(
            lead_in("市长张某某在调研时强调,要抓好政府工作报告确定的各项任务。"),
            None
        );
    }

    /// Pieces of header lines, bounds crossed (fillers of 10 characters) and look-alikes.
    const PIECES: &[&str] = &[
        "2024",
        "2",
        "12",
        "٣",
        "0",
        "年",
        "月",
        "日",
        " ",
        "\u{3000}",
        "\n",
        "在",
        "第十四届",
        "全国",
        "人民代表大会",
        "代表大会",
        "会议",
        "会议上",
        "上",
        "第",
        "次",
        "—",
        "——",
        "-",
        "–",
        "(",
        ")",
        "_",
        "·",
        "国务院",
        "总理",
        "省长",
        "主席",
        "李强",
        "某某某某某某某某某某",
        "某",
        "a",
        "〇",
        "二",
        "十",
        "一",
        "页",
        "共",
        "/",
        ",",
        "Page",
        "page",
        "of",
        "々",
        "𠀀",
        "５",
        "20240305",
        "工作报告",
        "届全国人民代表大会第",
        "次会议",
        "〇〇五",
        "度",
    ];

    /// Patterns whose groups the scanners give.
    const DATE: &str = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日";
    const COMPACT_DATE: &str = r"\((20\d{2})(\d{2})(\d{2})\)";
    const CONGRESS: &str = r"在(.{2,40}?(?:人民代表大会|代表大会).{0,12}?会议)";
    const NATIONAL_SESSION: &str =
        r"第([一二三四五六七八九十]+)届全国人民代表大会第([一二三四五六七八九十]+)次会议";
    const TITLE: &str = r"^(.*?工作报告)";
    const SPEAKER_NAME: &str =
        r"(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席)\s*([\p{Han}·]{2,4})$";
    const YEAR_MARK: &str = r"\d{4}\s*年(?:度)?";
    const CN_DATE: &str = r"^([〇零一二三四五六七八九]{4})\s*年(?:\s*([一二三四五六七八九十]{1,2})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?)?";
    const WITH_GROUPS: &[&str] = &[
        DATE,
        COMPACT_DATE,
        CONGRESS,
        NATIONAL_SESSION,
        TITLE,
        SPEAKER_NAME,
        YEAR_MARK,
        CN_DATE,
    ];
    static GROUPED: std::sync::LazyLock<Vec<Regex>> =
        std::sync::LazyLock::new(|| WITH_GROUPS.iter().map(|p| Regex::new(p).unwrap()).collect());

    /// The groups of the first match of `re` in `text`.
    fn groups<'t>(re: &Regex, text: &'t str) -> Option<Vec<Option<&'t str>>> {
        let c = re.captures(text)?;
        Some(c.iter().skip(1).map(|g| g.map(|m| m.as_str())).collect())
    }

    /// The patterns these scanners replace, with the scanner of each.
    type Scanner = fn(&str) -> bool;

    const PATTERNS: &[(&str, Scanner)] = &[
        (
            r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,60}?(?:人民代表大会|代表大会|会议)",
            is_delivery,
        ),
        (
            r"^[—\-–(\s]*在.{2,40}?(?:人民代表大会|代表大会).{0,12}?会议上",
            is_delivery_undated,
        ),
        (
            r"^\p{Han}{0,16}?(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席)\s*[\p{Han}·]{2,4}$",
            is_speaker,
        ),
        (
            r"^\p{Han}{0,16}?(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席)$",
            is_speaker_office,
        ),
        (r"^[\p{Han}·]{2,4}$", is_bare_name),
        (
            r"^[(—\-\s]*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?[)\s]*$",
            is_date_only,
        ),
        (
            r"^(?:[-—–_·\s]*\d{1,4}[-—–_·\s]*|第\s*\d+\s*页(?:\s*[,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|[Pp]age\s*\d+(?:\s*of\s*\d+)?)$",
            is_page_artifact,
        ),
    ];

    static COMPILED: std::sync::LazyLock<Vec<Regex>> = std::sync::LazyLock::new(|| {
        PATTERNS
            .iter()
            .map(|(p, _)| Regex::new(p).unwrap())
            .collect()
    });

    /// A line near the patterns: a string one of them matches (made from the pattern, with
    /// small classes for the big ones) or a string of pieces, then edited: a piece put in
    /// and a stretch cut out, so that bounds and anchors are crossed both ways.
    fn line() -> impl Strategy<Value = String> {
        let patterns: Vec<&str> = PATTERNS
            .iter()
            .map(|(p, _)| *p)
            .chain(WITH_GROUPS.iter().copied())
            .collect();
        let near = prop::sample::select(patterns).prop_flat_map(|p| {
            let p = p
                .trim_start_matches('^')
                .trim_end_matches('$')
                .replace(r"\p{Han}", "[国务院某李强々𠀀二十总理长]")
                .replace(r"\d", "[0-9٣５]")
                .replace(r"\s", "[ \u{3000}\n]")
                .replace('.', "[某会议代表人民大上\n ]");
            proptest::string::string_regex(&p).unwrap()
        });
        let pieces =
            prop::collection::vec(prop::sample::select(PIECES), 0..14).prop_map(|v| v.concat());
        (
            prop_oneof![3 => near, 1 => pieces],
            prop::sample::select(PIECES),
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
            0usize..4,
            any::<bool>(),
        )
            .prop_map(|(s, piece, at, cut, len, insert)| {
                let chars: Vec<char> = s.chars().collect();
                let mut chars = chars;
                if insert {
                    let at = at.index(chars.len() + 1);
                    chars.splice(at..at, piece.chars());
                } else if !chars.is_empty() {
                    let from = cut.index(chars.len());
                    chars.drain(from..(from + len).min(chars.len()));
                }
                chars.into_iter().collect()
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4000, .. ProptestConfig::default() })]

        #[test]
        fn scanners_match_what_their_patterns_matched(text in line()) {
            for (re, (p, scanner)) in COMPILED.iter().zip(PATTERNS) {
                prop_assert_eq!(re.is_match(&text), scanner(&text), "{:?} on {:?}", p, text);
            }
        }

        #[test]
        fn scanners_give_the_groups_their_patterns_gave(text in line()) {
            let t = text.as_str();
            let re = &*GROUPED;
            let date = date_in(t).map(|d| vec![Some(d.year), Some(d.month), Some(d.day)]);
            prop_assert_eq!(groups(&re[0], t), date);
            prop_assert_eq!(re[0].find(t).map(|m| m.end()), date_in(t).map(|d| d.end));
            let compact = compact_date_in(t).map(|(y, m, d)| vec![Some(y), Some(m), Some(d)]);
            prop_assert_eq!(groups(&re[1], t), compact);
            prop_assert_eq!(groups(&re[2], t), congress_in(t).map(|c| vec![Some(c)]));
            let session = national_session_in(t).map(|(a, b)| vec![Some(a), Some(b)]);
            prop_assert_eq!(groups(&re[3], t), session);
            prop_assert_eq!(groups(&re[4], t), title_in(t).map(|c| vec![Some(c)]));
            prop_assert_eq!(groups(&re[5], t), speaker_name_in(t).map(|c| vec![Some(c)]));
            prop_assert_eq!(re[6].replace_all(t, "").into_owned(), without_years(t));
            for (i, _) in t.char_indices() {
                let at = &t[i..];
                let scanned = chinese_date_at(at).map(|(d, rest)| (vec![Some(d.year), d.month, d.day], at.len() - rest.len()));
                let matched = re[7].captures(at).map(|c| (c.iter().skip(1).map(|g| g.map(|m| m.as_str())).collect::<Vec<_>>(), c[0].len()));
                prop_assert_eq!(matched, scanned, "at {}", i);
            }
        }
    }

    #[test]
    fn header_lines_of_real_reports() {
        assert!(is_delivery(
            "——2024年3月5日在第十四届全国人民代表大会第二次会议上"
        ));
        assert!(!is_delivery("2024年3月5日,我们召开了座谈"));
        assert!(is_delivery_undated(
            "——在第十四届全国人民代表大会第三次会议上"
        ));
        assert!(is_speaker("国务院总理 李强"));
        // A transliterated name in parts joined by `·`.
        assert_eq!(
            dotted_speaker_name("自治区主席 甲乙丙·丁戊己庚"),
            Some("甲乙丙·丁戊己庚")
        );
        assert_eq!(dotted_speaker_name("自治区主席 甲乙丙"), None);
        assert_eq!(
            dotted_speaker_name("自治区主席 甲乙丙·丁戊己庚作报告时说"),
            None
        );
        // A two-character name padded to three (`示例市市长 甲 乙`).
        assert_eq!(
            spaced_name_closed("示例市市长 甲 乙").as_deref(),
            Some("示例市市长 甲乙")
        );
        assert_eq!(
            spaced_name_closed("示例市市长　甲　乙").as_deref(),
            Some("示例市市长 甲乙")
        );
        assert_eq!(spaced_name_closed("甲 乙"), None);
        assert_eq!(spaced_name_closed("示例市市长 甲乙"), None);
        assert!(is_speaker_office("国务院总理"));
        assert!(is_bare_name("李克强"));
        assert!(!is_bare_name("李"));
        assert!(is_date_only("(二〇〇五年一月十一日)"));
        assert!(is_date_only("(2024年3月)"));
        assert!(!is_date_only("2024年3月5日召开"));
        for page in [
            "3",
            "- 3 -",
            "第 3 页 共 9 页",
            "第3页,共9页",
            "3/9",
            "Page 3 of 9",
        ] {
            assert!(is_page_artifact(page), "{page}");
        }
        assert!(!is_page_artifact("12345"));
    }
}
