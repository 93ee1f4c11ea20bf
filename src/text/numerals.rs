//! Chinese and Arabic numerals as they appear in headings and quantities.

/// Value of one Chinese digit character (`零`..`九`, with `两` and `〇`).
pub fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// True for the characters a Chinese numeral below ten thousand is written with.
pub fn is_cn_numeral_char(c: char) -> bool {
    cn_digit(c).is_some() || matches!(c, '十' | '百' | '千')
}

/// How many items a title announces by a count of `件` (`十件民生实事` → 10, `10件实事` → 10):
/// a list's title promises that many. `None` without such a count.
pub fn announced_items(title: &str) -> Option<u32> {
    let (before, _) = title.split_once('件')?;
    let digits = trailing_run(before, |c| c.is_ascii_digit() || is_cn_numeral_char(c));
    let n = digits.parse().ok().or_else(|| parse_cn_number(digits))?;
    (1..=100).contains(&n).then_some(n)
}

/// The characters at the end of `text` that `keep` accepts (`抓好以下十` → `十`): the count
/// a title puts before its measure word.
pub fn trailing_run(text: &str, keep: impl Fn(char) -> bool) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| keep(c))
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// Parses a Chinese numeral below ten thousand: `三`, `十二`, `二十`, `一百二十`, `两千零五`.
///
/// Returns `None` for anything that is not entirely a well-formed numeral, so that a caller can
/// use it as a test as well as a conversion.
pub fn parse_cn_number(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    let mut last_unit = u32::MAX;
    for c in s.chars() {
        if let Some(d) = cn_digit(c) {
            if pending.is_some() && d != 0 {
                return None; // two digits in a row: `一二` is not a numeral
            }
            if d != 0 {
                pending = Some(d);
            }
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => return None,
        };
        if unit >= last_unit {
            return None; // units must fall: `十百` is not a numeral
        }
        // A bare unit at the start means one of it (`十二`, `百亿`), elsewhere a digit
        // must precede it.
        let d = match pending.take() {
            Some(d) => d,
            None if total == 0 && last_unit == u32::MAX => 1,
            None => return None,
        };
        total += d * unit;
        last_unit = unit;
    }
    if let Some(d) = pending {
        total += d;
    }
    Some(total)
}

/// Value of a circled number `①`..`⑳`.
pub fn circled_number(c: char) -> Option<u32> {
    let v = c as u32;
    if (0x2460..=0x2473).contains(&v) {
        Some(v - 0x2460 + 1)
    } else {
        None
    }
}

/// Writes `n` as a Chinese numeral (for paths and messages): 1 → 一, 12 → 十二, 20 → 二十.
pub fn to_cn_number(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    match n {
        0..=9 => DIGITS[n as usize].to_string(),
        10..=19 => {
            let mut s = String::from("十");
            if n > 10 {
                s.push(DIGITS[(n - 10) as usize]);
            }
            s
        }
        20..=99 => {
            let mut s = String::new();
            s.push(DIGITS[(n / 10) as usize]);
            s.push('十');
            if !n.is_multiple_of(10) {
                s.push(DIGITS[(n % 10) as usize]);
            }
            s
        }
        _ => n.to_string(),
    }
}

/// The five-year plan a `十X五` name refers to, as its first and last year; also the plan
/// named by its ordinal (`第十五个五年规划`, see [`five_year_plan_at`]).
pub fn five_year_plan_years(text: &str) -> Option<(u16, u16)> {
    text.char_indices()
        .find_map(|(i, _)| five_year_plan_at(&text[i..]))
}

/// The first year of the n-th five-year plan: from the fourth (1971–1975) on, the n-th
/// covers 1971+5(n-4) (十四五 → 2021–2025).
fn nth_plan(n: u32) -> (u16, u16) {
    let first = 1971 + 5 * (n as u16 - 4);
    (first, first + 4)
}

/// The five-year plan named at the start of `text`: its short name (`十四五`), or its ordinal
/// (`第十五个五年规划`, `第九个五年计划`). A part titled by the plan's outline in full
/// (`二、关于《某市国民经济和社会发展第十五个五年规划纲要（草案）》的说明`, a provincial 2026
/// report) presents the period ahead, as a title on `“十五五”时期主要目标` does.
pub fn five_year_plan_at(text: &str) -> Option<(u16, u16)> {
    let mut chars = text.chars();
    let first = chars.next()?;
    if first == '十' {
        let mut short = text.chars().skip(1);
        if let (Some(d), Some('五')) = (short.next().and_then(cn_digit), short.next())
            && d > 0
        {
            return Some(nth_plan(10 + d));
        }
    }
    if let Some(n) = older_short_name(text) {
        return Some(nth_plan(n));
    }
    if first == '十' {
        return None;
    }
    // The ordinal form: `第` + a number of the sixth plan (1981) on + `个五年规划|计划`.
    let rest = text.strip_prefix('第')?;
    let at = rest.find("个五年")?;
    let n = parse_cn_number(&rest[..at]).filter(|n| (6..=30).contains(n))?;
    let after = &rest[at + "个五年".len()..];
    (after.starts_with("规划") || after.starts_with("计划")).then(|| nth_plan(n))
}

/// The number of the plan named at the start of `text` by the short name of the sixth to
/// tenth plans (`“九五”`, 1996–2000; `“十五”`, 2001–2005). Those two characters also write
/// numbers (`十五届`, `一九九五年`): they name a plan only when a quote closes them or a word of
/// the period follows (`“十五”期间的奋斗目标`, `九五计划`), as the State Council's reports of
/// 1996–2005 write them.
fn older_short_name(text: &str) -> Option<u32> {
    let mut chars = text.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    let n = match (first, second) {
        ('十', '五') => 10,
        (d, '五') => cn_digit(d).filter(|d| (6..=9).contains(d))?,
        _ => return None,
    };
    let rest = chars.as_str();
    let closed = rest.starts_with(['”', '"', '’', '\''])
        || ["期间", "时期", "计划", "规划"]
            .iter()
            .any(|w| rest.starts_with(w));
    closed.then_some(n)
}

/// Whether `text` speaks of five years (`过去五年`, `五年来`, `今后五年的主要目标`), not of a
/// year written in Chinese numerals that ends in five (`一九九五年`, `二〇〇五年`), as the State
/// Council's copies of the 1990s write their years: `关于一九九五年的任务` is the year's plan.
pub fn says_five_years(text: &str) -> bool {
    five_years_mentions(text) > 0
}

/// How many times `text` speaks of five years (see [`says_five_years`]).
pub fn five_years_mentions(text: &str) -> usize {
    text.match_indices("五年")
        .filter(|(at, _)| {
            !text[..*at]
                .chars()
                .next_back()
                .is_some_and(|c| c == 'Ｏ' || cn_digit(c).is_some())
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list's title announces its count of items.
    #[test]
    fn announced_items_read_the_count_before_jian() {
        assert_eq!(announced_items("2025年省十件民生实事"), Some(10));
        assert_eq!(announced_items("2024年市12件民生实事"), Some(12));
        assert_eq!(announced_items("2026年自治区民生实事"), None);
        assert_eq!(announced_items("附件"), None);
    }

    #[test]
    fn five_years_and_years_ending_in_five() {
        assert!(says_five_years("过去五年工作回顾"));
        assert!(says_five_years("五年来,我们"));
        assert!(says_five_years("一九九五年和今后五年"));
        assert!(!says_five_years("关于一九九五年的任务"));
        assert!(!says_five_years("二〇〇五年工作安排"));
        assert!(!says_five_years("2025年工作安排"));
    }

    #[test]
    fn short_names_of_the_older_plans_need_a_quote_or_a_word_of_the_period() {
        assert_eq!(
            five_year_plan_years("“十五”期间的奋斗目标和指导方针"),
            Some((2001, 2005))
        );
        assert_eq!(
            five_year_plan_years("“九五”时期国民经济和社会发展的回顾"),
            Some((1996, 2000))
        );
        assert_eq!(five_year_plan_years("实施九五计划"), Some((1996, 2000)));
        assert_eq!(
            five_year_plan_years("“十五五”时期主要目标"),
            Some((2026, 2030))
        );
        assert_eq!(five_year_plan_years("“十一五”时期"), Some((2006, 2010)));
        assert_eq!(five_year_plan_years("党的十五届五中全会精神"), None);
        assert_eq!(five_year_plan_years("一九九五年的任务"), None);
        assert_eq!(five_year_plan_years("增长十五个百分点"), None);
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(parse_cn_number("三"), Some(3));
        assert_eq!(parse_cn_number("两"), Some(2));
        assert_eq!(parse_cn_number("十"), Some(10));
        assert_eq!(parse_cn_number("十二"), Some(12));
        assert_eq!(parse_cn_number("二十"), Some(20));
        assert_eq!(parse_cn_number("二十三"), Some(23));
        assert_eq!(parse_cn_number("一百二十"), Some(120));
        assert_eq!(parse_cn_number("一百零五"), Some(105));
        assert_eq!(parse_cn_number("两千零五"), Some(2005));
        assert_eq!(parse_cn_number("一二"), None);
        assert_eq!(parse_cn_number("十百"), None);
        assert_eq!(parse_cn_number("百"), Some(100));
        assert_eq!(parse_cn_number("十百"), None);
        assert_eq!(parse_cn_number(""), None);
        assert_eq!(parse_cn_number("三项"), None);
    }

    #[test]
    fn writes_chinese_numerals() {
        for n in 1..100 {
            assert_eq!(parse_cn_number(&to_cn_number(n)), Some(n), "{n}");
        }
        assert_eq!(to_cn_number(12), "十二");
        assert_eq!(to_cn_number(40), "四十");
    }

    #[test]
    fn circled() {
        assert_eq!(circled_number('①'), Some(1));
        assert_eq!(circled_number('⑳'), Some(20));
        assert_eq!(circled_number('1'), None);
    }

    #[test]
    fn five_year_plans() {
        assert_eq!(five_year_plan_years("“十四五”时期"), Some((2021, 2025)));
        assert_eq!(five_year_plan_years("十三五"), Some((2016, 2020)));
        assert_eq!(
            five_year_plan_years("“十五五”时期的主要目标任务"),
            Some((2026, 2030))
        );
        assert_eq!(five_year_plan_years("十项重大工程"), None);
        // The plan named by its ordinal, as a part on the plan's outline is titled.
        assert_eq!(
            five_year_plan_years(
                "关于《示例市国民经济和社会发展第十五个五年规划纲要(草案)》的说明"
            ),
            Some((2026, 2030))
        );
        assert_eq!(five_year_plan_years("第九个五年计划"), Some((1996, 2000)));
        assert_eq!(
            five_year_plan_years("第十一个五年规划纲要"),
            Some((2006, 2010))
        );
        assert_eq!(five_year_plan_years("第三个五年"), None);
        assert_eq!(five_year_plan_years("第十个五年过去"), None);
    }
}
