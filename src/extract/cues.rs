//! Words that place a sentence or clause in time (`过去五年`, `年均`, `2020年以来`, `到2025年`,
//! `从去年的`), a figure relative to growth (`与经济增长同步`) and a count phrase (`三项`),
//! for [`super::indicators`].
//!
//! Scanned by hand, not compiled: each was a regular expression with `\d` (every decimal
//! digit of Unicode, four times over in `\d{4}`) compiled at every start for a few words.
//! Each function matches exactly what its pattern matched (the pattern is quoted above it;
//! the tests below check one against the other).

use crate::text::is_decimal_digit;

/// `text` after exactly `n` digits at its start (`\d{n}`, when what must follow is not a
/// digit).
fn after_digits(text: &str, n: usize) -> Option<&str> {
    let mut rest = text;
    for _ in 0..n {
        let c = rest.chars().next().filter(|c| is_decimal_digit(*c))?;
        rest = &rest[c.len_utf8()..];
    }
    Some(rest)
}

/// `十[一二三四五六七八九]五` at the start of `text`: the text after it.
fn after_plan_number(text: &str) -> Option<&str> {
    let rest = text.strip_prefix('十')?;
    let rest = rest.strip_prefix(['一', '二', '三', '四', '五', '六', '七', '八', '九'])?;
    rest.strip_prefix('五')
}

/// A five-year plan before the 2000s named as a period (`“七五”期间`, `比“六五”时期`,
/// `“八五”计划`): `[六七八九]五` in quotes, or before a word of a period or plan (not a
/// number in words: `百分之七五` is no way to write one).
fn earlier_plan_number(text: &str) -> bool {
    ["六五", "七五", "八五", "九五"].iter().any(|p| {
        text.match_indices(p).any(|(at, _)| {
            let rest = &text[at + p.len()..];
            let after = rest.trim_start_matches(['”', '"', '’']);
            // (Not a year in words after a quote: `“一九九五年`.)
            text[..at].ends_with(['“', '"', '‘']) && !rest.starts_with('年')
                || ["时期", "期间", "计划", "规划", "末"]
                    .iter()
                    .any(|w| after.starts_with(w))
        })
    })
}

/// `五年内`, not the end of a year in words (`一九九五年内`).
fn within_five_years(text: &str) -> bool {
    text.match_indices("五年内").any(|(at, _)| {
        !text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| "〇零Ｏ一二两三四五六七八九".contains(c))
    })
}

/// `(?:时期|期间|以来)` at the start of `text`.
fn names_period(text: &str) -> bool {
    ["时期", "期间", "以来"].iter().any(|w| text.starts_with(w))
}

/// A five-year span in a sentence:
/// `过去五年|五年来|十[一二三四五六七八九]五|年均|五年累计|今后五年|平均每年|到20\d\d年|20\d\d年(?:前|以前)`.
pub fn five_year_cue(text: &str) -> bool {
    // Every word of the list and `20\d\d年` hold `年`: without it only a plan's number is left.
    let year = crate::text::find(text, "年").is_some();
    // (`今后五年`, `平均每年`: a plan's aims for the term, State Council 1993: `国民经济增长速度由
    // 原定平均每年百分之六调高到百分之八至九`, `城镇居民人均生活费收入平均每年实际增长百分之五左右`.)
    year && [
        "过去五年",
        "五年来",
        "年均",
        "五年累计",
        "今后五年",
        "平均每年",
    ]
    .iter()
    .any(|w| crate::text::find(text, w).is_some())
        // The State Council's plans of the 1980s-90s: `“七五”计划草案规定，五年内…基本建设投资
        // 总规模为五千亿元，比“六五”期间增加百分之四十九`, `到本世纪末`.
        || crate::text::find(text, "本世纪末").is_some()
        // Both end with `五` (`五年内`, `六五`…`九五`), which most clauses lack: one scan for it
        // before their four searchers.
        || crate::text::find(text, "五").is_some()
            && (within_five_years(text) || earlier_plan_number(text))
        || text
            .match_indices('十')
            .any(|(i, _)| after_plan_number(&text[i..]).is_some())
        || year
            && crate::text::match_starts(text, "20").any(|i| {
                let Some(rest) = after_digits(&text[i + 2..], 2).and_then(|r| r.strip_prefix('年'))
                else {
                    return false;
                };
                text[..i].ends_with('到') || rest.starts_with('前') || rest.starts_with("以前")
            })
}

/// Figures of several years inside a clause of a single year's passage: `年均增长10.6%`,
/// `比2002年增长65.5%`, `累计…`, `平均每年增长11%`, `五年` but not inside a year in words (`一九九五年`):
/// `年均|平均每年|累计|(?:^|[^〇零一…九])五年|(?:比|较)\d{4}年|\d{4}年以来|以来` (the year
/// before `以来` adds nothing to `以来`).
pub fn several_years(text: &str) -> bool {
    ["年均", "平均每年", "累计", "以来"]
        .iter()
        .any(|w| crate::text::find(text, w).is_some())
        || crate::text::numerals::says_five_years(text)
        || text
            .char_indices()
            .filter(|&(_, c)| c == '比' || c == '较')
            .any(|(i, c)| {
                after_digits(&text[i + c.len_utf8()..], 4).is_some_and(|r| r.starts_with('年'))
            })
}

/// A passage on the period as a whole: `过去五年`, `五年来`, `这五年`, `2013年以来`, `“十一五”时期`:
/// `^(?:过去五年|五年来|这五年|近五年|\d{4}年以来|十[一二三四五六七八九]五(?:时期|期间|以来))`.
pub fn period_opening(text: &str) -> bool {
    ["过去五年", "五年来", "这五年", "近五年"]
        .iter()
        .any(|w| text.starts_with(w))
        || after_digits(text, 4).is_some_and(|r| r.starts_with("年以来"))
        || after_plan_number(text).is_some_and(names_period)
}

/// A review paragraph that opens on the five-year period (`过去的五年是…的五年`, `“十三五”时期，…`,
/// `五年来`): its figures are totals or end states of the period, sentence after sentence,
/// unless a sentence names one year of its own (`2020年，…`, `这一年`):
/// `^(?:过去的?五年|五年来|近五年|“?十[一二三四五六七八九]五”?(?:时期|期间|以来))`.
pub fn five_year_opening(text: &str) -> bool {
    ["过去五年", "过去的五年", "五年来", "近五年"]
        .iter()
        .any(|w| text.starts_with(w))
        || after_plan_number(text.strip_prefix('“').unwrap_or(text))
            .is_some_and(|r| names_period(r.strip_prefix('”').unwrap_or(r)))
}

/// A year named at the opening of a sentence (`2012年,在…`, `2007年,国内生产总值达到…`,
/// `2016年以来`): the year's digits, and whether
/// `以来` or `来` follows (`^(\d{4})年(?:以来|来)?`, and whether the match ends with `来`).
pub fn opening_year(text: &str) -> Option<(&str, bool)> {
    let rest = after_digits(text, 4)?;
    let after = rest.strip_prefix('年')?;
    let since = after.starts_with("以来") || after.starts_with('来');
    Some((&text[..text.len() - rest.len()], since))
}

/// The last year of a span of years that opens a sentence (`从2019年到2022年的四年间,…`,
/// `2019—2022年,…`, `从一九七九年到一九八二年的四年间,…` as the State Council's copies of
/// the 1980s write years): `^[从自]?Y年?[到至—-]Y年` with years in digits or in words. A plan
/// that opens a sentence on a span ending before it looks back over those years.
pub fn opening_span_end(text: &str) -> Option<u16> {
    let text = text.strip_prefix(['从', '自']).unwrap_or(text);
    let (_, rest) = year_at(text)?;
    let rest = rest.strip_prefix('年').unwrap_or(rest);
    let rest = rest.strip_prefix(['到', '至', '—', '-', '~']).unwrap_or("");
    let (end, rest) = year_at(rest)?;
    rest.starts_with('年').then_some(end)
}

/// The year written at the start of `text`, in four digits or four numerals (`2019`,
/// `一九七九`), and what follows it.
fn year_at(text: &str) -> Option<(u16, &str)> {
    if let Some(rest) = after_digits(text, 4) {
        let year = text[..text.len() - rest.len()].parse().ok()?;
        return Some((year, rest));
    }
    let (year, len) = year_in_words(text)?;
    Some((year, &text[len..]))
}

/// The year a sentence looks to (`到2025年`, `至2020年`): `(?:到|至)(20\d\d)年`, the group.
pub fn year_in_text(text: &str) -> Option<&str> {
    text.char_indices()
        .filter(|&(_, c)| c == '到' || c == '至')
        .find_map(|(i, c)| {
            let year = &text[i + c.len_utf8()..];
            let rest = after_digits(year.strip_prefix("20")?, 2)?;
            rest.starts_with('年')
                .then(|| &year[..year.len() - rest.len()])
        })
}

/// A year after `planned` that a plan's sentence sets a figure for (State Council 1993:
/// `争取1997年粮食产量达到4.75亿吨`, `1997年钢产量达到9400万吨`): a year written in four digits
/// followed by `年`, not a base of a comparison (`比2000年`, `与2000年相比`) nor the start of a
/// span (`2000年以来`).
/// A year written in words, too (`一九九○年工农业总产值达到一万六千七百七十亿元`: the State
/// Council's copies of the 1980s present the five-year plan's last year so).
pub fn later_year(text: &str, planned: u16) -> Option<u16> {
    let later = |i: usize, year: u16, rest: &str| {
        let base = ["比", "较", "与", "同", "和"]
            .iter()
            .any(|w| text[..i].ends_with(w));
        year > planned && year < planned + 30 && !base && !rest.starts_with("以来")
    };
    text.char_indices()
        .filter(|&(i, c)| {
            matches!(c, '1' | '2') && !text[..i].ends_with(|d: char| d.is_ascii_digit())
        })
        .find_map(|(i, _)| {
            let rest = after_digits(&text[i..], 4)?;
            let rest = rest.strip_prefix('年')?;
            let year: u16 = text[i..i + 4].parse().ok()?;
            later(i, year, rest).then_some(year)
        })
        .or_else(|| {
            text.match_indices('一')
                .filter(|&(i, _)| {
                    text[..i]
                        .chars()
                        .next_back()
                        .is_none_or(|c| year_numeral(c).is_none())
                })
                .find_map(|(i, _)| {
                    let (year, len) = year_in_words(&text[i..])?;
                    let rest = text[i + len..].strip_prefix('年')?;
                    later(i, year, rest).then_some(year)
                })
        })
}

/// A numeral of a year written in words: `一`–`九`, and the zero as the copies write it
/// (`〇`, `零`, `○`, `Ｏ`).
fn year_numeral(c: char) -> Option<u16> {
    match c {
        '○' | 'Ｏ' | '〇' | '零' => Some(0),
        '两' => None,
        _ => crate::text::numerals::cn_digit(c).and_then(|d| u16::try_from(d).ok()),
    }
}

/// The year written in four numerals at the start of `text` (`一九九○`), with their length
/// in bytes, when a fifth numeral does not follow.
fn year_in_words(text: &str) -> Option<(u16, usize)> {
    let mut year = 0u16;
    let mut len = 0;
    let mut chars = text.chars();
    for _ in 0..4 {
        let c = chars.next()?;
        year = year * 10 + year_numeral(c)?;
        len += c.len_utf8();
    }
    (chars.next().and_then(year_numeral).is_none() && year >= 1000).then_some((year, len))
}

/// Where a figure starts from, in the past, at the end of the text before it:
/// `赤字率从去年的2.1%提高到2.3%`, `从2009年的2.8%降到…`, and with `由` as reviews write it
/// (`城镇调查失业率由上年的5.6%降至5.2%`, `涨幅由上年的百分之十四点八降到…`):
/// `[从由](?:去年|上年|\d{4}年(?:底|末)?)的?$`.
pub fn from_past(text: &str) -> bool {
    let t = text.strip_suffix('的').unwrap_or(text);
    if ["从去年", "从上年", "由去年", "由上年"]
        .iter()
        .any(|w| t.ends_with(w))
    {
        return true;
    }
    let t = t.strip_suffix(['底', '末']).unwrap_or(t);
    let Some(mut t) = t.strip_suffix('年') else {
        return false;
    };
    for _ in 0..4 {
        let Some(c) = t.chars().next_back().filter(|c| is_decimal_digit(*c)) else {
            return false;
        };
        t = &t[..t.len() - c.len_utf8()];
    }
    t.ends_with(['从', '由'])
}

/// A figure set relative to growth (`高于经济增长`, `与经济增长基本同步`): the relation word
/// and whether `同步` follows, and the byte range of the whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relative<'a> {
    pub rel: &'a str,
    pub in_step: bool,
    pub start: usize,
    pub end: usize,
}

/// What a relation compares with: growth, or another benchmark (see [`relative_in`]).
const GROWTH: &[&str] = &[
    "经济增长",
    // (`消费基金的增长应低于经济的增长`, State Council 1995.)
    "经济的增长",
    "经济增速",
    "GDP增长",
    "地区生产总值增长",
    "生产总值增长",
    "经济发展",
    // Benchmarks other than growth, whose figure a report does not give (`全社会研发投入增速
    // 高于全国平均水平`, `劳动报酬增长和劳动生产率提高同步`): see [`benchmark_is_growth`].
    "全国平均水平",
    "全省平均水平",
    "全市平均水平",
    "劳动生产率提高",
    "劳动生产率增长",
    "劳动生产率的增长",
];

/// Words of which every benchmark of [`GROWTH`] holds one (a test says so): a text without
/// any of them holds no relation (most clauses hold none).
const BENCHMARK_WORDS: &[&str] = &["经济", "增长", "平均水平", "劳动生产率"];

/// The first relation to growth in `text`:
/// `(?P<rel>高于|快于|跑赢|低于|慢于|与|和|同|赶上或超过|达到或超过|超过)(?:经济增长|经济的增长|经济增速|GDP增长|地区生产总值增长|生产总值增长|经济发展|全国平均水平|全省平均水平|全市平均水平|劳动生产率提高|劳动生产率增长|劳动生产率的增长)(?:保持)?(?P<basic>基本)?(?P<sync>同步)?`.
pub fn relative_in(text: &str) -> Option<Relative<'_>> {
    // (`赶上或超过全国平均水平`, `达到或超过…`: a plan's floor at the benchmark, Hebei 2004.)
    const RELATIONS: &[&str] = &[
        "高于",
        "快于",
        "跑赢",
        "低于",
        "慢于",
        "与",
        "和",
        "同",
        "赶上或超过",
        "达到或超过",
        "超过",
    ];
    if !BENCHMARK_WORDS
        .iter()
        .any(|w| crate::text::contains(text, w))
    {
        return None;
    }
    text.char_indices().find_map(|(start, _)| {
        let at = &text[start..];
        // The relations' first characters, tested before the words (most characters open
        // none).
        if !at.starts_with([
            '高', '快', '跑', '低', '慢', '与', '和', '同', '赶', '达', '超',
        ]) {
            return None;
        }
        let rel = RELATIONS.iter().find(|r| at.starts_with(*r))?;
        let after = &at[rel.len()..];
        let rest = GROWTH.iter().find_map(|g| after.strip_prefix(g))?;
        // `居民收入和经济增长保持同步`: the verb before `同步` too.
        let rest = rest.strip_prefix("保持").unwrap_or(rest);
        let rest = rest.strip_prefix("基本").unwrap_or(rest);
        let (in_step, rest) = match rest.strip_prefix("同步") {
            Some(r) => (true, r),
            None => (false, rest),
        };
        Some(Relative {
            rel: &at[..rel.len()],
            in_step,
            start,
            end: text.len() - rest.len(),
        })
    })
}

/// Whether the benchmark a relative target was set against (its written form: `与经济增长同步`,
/// `高于全国平均水平`) is economic growth, whose figure the review gives; an average of a wider
/// area or labour productivity is not given, so such a target cannot be judged from a figure.
pub fn benchmark_is_growth(written: &str) -> bool {
    [
        "经济增长",
        "经济的增长",
        "经济增速",
        "GDP增长",
        "生产总值增长",
        "经济发展",
    ]
    .iter()
    .any(|g| written.contains(g))
}

/// The first count phrase of `text` (`三项`, `5个`, `两大`), as a byte range:
/// `[一二三四五六七八九十两\d]+(?:项|类|个|大|种|家)`.
pub fn count_phrase(text: &str) -> Option<(usize, usize)> {
    let numeral = |c: char| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两'
        ) || is_decimal_digit(c)
    };
    let mut run: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if numeral(c) {
            run.get_or_insert(i);
        } else if let Some(start) = run.take()
            && matches!(c, '项' | '类' | '个' | '大' | '种' | '家')
        {
            return Some((start, i + c.len_utf8()));
        }
    }
    None
}

fn is_count_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '两'
    ) || is_decimal_digit(c)
}

/// `text` after a run of [`is_count_numeral`] characters at its start (`[一…十两\d]+`), if
/// there is one.
fn after_count_numerals(text: &str) -> Option<&str> {
    let rest = text.trim_start_matches(is_count_numeral);
    (rest.len() < text.len()).then_some(rest)
}

/// Bytes of a count or date of years at the start of a subject (`分三批`, `到2025年底`,
/// `三年来`, `五个月`), 0 when there is none:
/// `^(?:分[一…十两\d]+[批次期轮]|(?:到|至|在)?\d{4}年(?:底|末|前)?|[一…十两\d]+(?:年|个月)来?)`
/// (its alternatives tried in order).
pub fn leading_count(text: &str) -> usize {
    let batches = text
        .strip_prefix('分')
        .and_then(after_count_numerals)
        .and_then(|r| r.strip_prefix(['批', '次', '期', '轮']));
    let dated = || {
        let r = text.strip_prefix(['到', '至', '在']).unwrap_or(text);
        let r = after_digits(r, 4)?.strip_prefix('年')?;
        Some(r.strip_prefix(['底', '末', '前']).unwrap_or(r))
    };
    let years = || {
        let r = after_count_numerals(text)?;
        let r = r.strip_prefix('年').or_else(|| r.strip_prefix("个月"))?;
        Some(r.strip_prefix('来').unwrap_or(r))
    };
    batches
        .or_else(dated)
        .or_else(years)
        .map_or(0, |rest| text.len() - rest.len())
}

/// `text` without a count of years at its end (`连续三年`, `五年来`):
/// `(?:连续)?[一…十两\d]+年(?:来)?$` removed.
pub fn without_trailing_count(text: &str) -> &str {
    let Some(t) = text
        .strip_suffix("年来")
        .or_else(|| text.strip_suffix('年'))
    else {
        return text;
    };
    let run = t.trim_end_matches(is_count_numeral);
    if run.len() == t.len() {
        return text;
    }
    run.strip_suffix("连续").unwrap_or(run)
}

/// Whether a sentence names one year of its own: a word of one year (`这一年`, `去年`), or the
/// reviewed year (`reviewed`, written `2020年`). The matches of
/// `这一年|过去一年|一年来|去年|上年|(?:19|20)\d\d年` of which one is a word or the
/// reviewed year: no match of a year can hide a word, nor a year another year.
pub fn names_one_year(text: &str, reviewed: Option<&str>) -> bool {
    ["这一年", "过去一年", "一年来", "去年", "上年"]
        .iter()
        .any(|w| text.contains(w))
        || reviewed.is_some_and(|r| {
            let is_year = r
                .strip_prefix("19")
                .or_else(|| r.strip_prefix("20"))
                .and_then(|y| after_digits(y, 2))
                .is_some_and(|y| y == "年");
            is_year && text.contains(r)
        })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use regex::Regex;

    use super::*;

    #[test]
    fn every_benchmark_holds_a_word_relative_in_looks_for_first() {
        for g in GROWTH {
            assert!(BENCHMARK_WORDS.iter().any(|w| g.contains(w)), "{g}");
        }
    }

    const PIECES: &[&str] = &[
        "今后",
        "平均",
        "每年",
        "保持",
        "全国平均水平",
        "劳动生产率提高",
        "低于",
        "经济的增长",
        "过去",
        "的",
        "五年",
        "来",
        "以来",
        "这",
        "近",
        "年均",
        "累计",
        "十",
        "一",
        "三",
        "五",
        "九",
        "“",
        "”",
        "时期",
        "期间",
        "到",
        "至",
        "从",
        "由",
        "〇",
        "比",
        "较",
        "20",
        "2024",
        "19",
        "9",
        "٣",
        "五年内",
        "本世纪末",
        "超过",
        "赶上或",
        "达到或",
        "全国平均水平",
        "一九九○年",
        "一九八○",
        "“",
        "”",
        "七五",
        "九五",
        "期间",
        "计划",
        "年",
        "底",
        "末",
        "前",
        "以前",
        "去年",
        "上年",
        "某",
        ",",
        "高于",
        "与",
        "和",
        "同",
        "跑赢",
        "高",
        "经济增长",
        "经济增速",
        "经济",
        "GDP增长",
        "地区生产总值增长",
        "生产总值增长",
        "经济发展",
        "基本",
        "同步",
        "两",
        "项",
        "个",
        "大",
        "家",
        "分",
        "批",
        "轮",
        "个月",
        "在",
        "连续",
        "这一年",
        "过去一年",
        "一年来",
        "2020年",
        "1999",
    ];
    static LEADING_COUNT: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"^(?:分[一二三四五六七八九十两\d]+[批次期轮]|(?:到|至|在)?\d{4}年(?:底|末|前)?|[一二三四五六七八九十两\d]+(?:年|个月)来?)").unwrap()
    });
    static TRAILING_COUNT: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"(?:连续)?[一二三四五六七八九十两\d]+年(?:来)?$").unwrap()
    });
    static ONE_YEAR_CUE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"这一年|过去一年|一年来|去年|上年|(?:19|20)\d\d年").unwrap()
    });
    static RELATIVE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"(?P<rel>高于|快于|跑赢|低于|慢于|与|和|同|赶上或超过|达到或超过|超过)(?:经济增长|经济的增长|经济增速|GDP增长|地区生产总值增长|生产总值增长|经济发展|全国平均水平|全省平均水平|全市平均水平|劳动生产率提高|劳动生产率增长|劳动生产率的增长)(?:保持)?(?P<basic>基本)?(?P<sync>同步)?").unwrap()
    });
    static COUNT_PHRASE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
        Regex::new(r"[一二三四五六七八九十两\d]+(?:项|类|个|大|种|家)").unwrap()
    });

    type Scanner = fn(&str) -> bool;

    const PATTERNS: &[(&str, Scanner)] = &[
        (
            r#"过去五年|五年来|十[一二三四五六七八九]五|年均|五年累计|今后五年|平均每年|到20\d\d年|20\d\d年(?:前|以前)|本世纪末|(?:^|[^〇零Ｏ一二两三四五六七八九])五年内|[“"‘][六七八九]五(?:[^年]|$)|[六七八九]五[”"’]*(?:时期|期间|计划|规划|末)"#,
            five_year_cue,
        ),
        (
            r"年均|平均每年|累计|(?:^|[^〇零Ｏ一二两三四五六七八九])五年|(?:比|较)\d{4}年|\d{4}年以来|以来",
            several_years,
        ),
        (
            r"^(?:过去五年|五年来|这五年|近五年|\d{4}年以来|十[一二三四五六七八九]五(?:时期|期间|以来))",
            period_opening,
        ),
        (
            r"^(?:过去的?五年|五年来|近五年|“?十[一二三四五六七八九]五”?(?:时期|期间|以来))",
            five_year_opening,
        ),
        (r"[从由](?:去年|上年|\d{4}年(?:底|末)?)的?$", from_past),
    ];

    static COMPILED: std::sync::LazyLock<Vec<Regex>> = std::sync::LazyLock::new(|| {
        PATTERNS
            .iter()
            .map(|(p, _)| Regex::new(p).unwrap())
            .collect()
    });
    static OPENING_YEAR: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| Regex::new(r"^(\d{4})年(?:以来|来)?").unwrap());
    static YEAR_IN_TEXT: std::sync::LazyLock<Regex> =
        std::sync::LazyLock::new(|| Regex::new(r"(?:到|至)(20\d\d)年").unwrap());

    proptest! {
        #![proptest_config(ProptestConfig { cases: 4000, .. ProptestConfig::default() })]

        #[test]
        fn cues_match_what_their_patterns_matched(
            pieces in prop::collection::vec(prop::sample::select(PIECES), 0..10)
        ) {
            let text = pieces.concat();
            for (re, (p, scanner)) in COMPILED.iter().zip(PATTERNS) {
                prop_assert_eq!(re.is_match(&text), scanner(&text), "{:?} on {:?}", p, text);
            }
            let opening = OPENING_YEAR
                .captures(&text)
                .map(|c| (c.get(1).unwrap().as_str(), c[0].ends_with('来')));
            prop_assert_eq!(opening, opening_year(&text));
            let year = YEAR_IN_TEXT
                .captures(&text)
                .map(|c| c.get(1).unwrap().as_str());
            prop_assert_eq!(year, year_in_text(&text));
            let relative = RELATIVE.captures(&text).map(|c| Relative {
                rel: c.name("rel").unwrap().as_str(),
                in_step: c.name("sync").is_some(),
                start: c.get(0).unwrap().start(),
                end: c.get(0).unwrap().end(),
            });
            prop_assert_eq!(relative, relative_in(&text));
            let count = COUNT_PHRASE.find(&text).map(|m| (m.start(), m.end()));
            prop_assert_eq!(count, count_phrase(&text));
            prop_assert_eq!(LEADING_COUNT.find(&text).map_or(0, |m| m.end()), leading_count(&text));
            prop_assert_eq!(TRAILING_COUNT.replace(&text, "").into_owned(), without_trailing_count(&text));
            for reviewed in ["2020年", "2024年", "999年", "2100年"] {
                let old = ONE_YEAR_CUE.find_iter(&text).any(|m| {
                    !m.as_str().starts_with(['1', '2']) || reviewed == m.as_str()
                });
                prop_assert_eq!(old, names_one_year(&text, Some(reviewed)), "{}", reviewed);
            }
            let old = ONE_YEAR_CUE.find_iter(&text).any(|m| !m.as_str().starts_with(['1', '2']));
            prop_assert_eq!(old, names_one_year(&text, None));
        }
    }

    #[test]
    fn cues_of_real_sentences() {
        assert!(five_year_cue("到2025年,单位国内生产总值能耗降低13.5%"));
        assert!(five_year_cue("“十四五”规划"));
        assert!(!five_year_cue("今年国内生产总值增长5%左右"));
        assert!(five_year_cue(
            "国民经济增长速度由原定平均每年百分之六调高到百分之八至九"
        ));
        assert!(five_year_cue("今后五年中央财政将投入100亿元"));
        // The 1980s' plans: the period of the plan presented, and the last plan's.
        assert!(five_year_cue("五年内，国家财政用于教育的事业费1166亿元"));
        assert!(five_year_cue("更新改造投资2760亿元，比“六五”期间增加87%"));
        assert!(five_year_cue("“七五”计划规定"));
        assert!(!five_year_cue("今年粮食产量达到百分之七五"));
        let below = relative_in("消费基金的增长应低于经济的增长").expect("a relative");
        assert_eq!(below.rel, "低于");
        assert!(benchmark_is_growth("低于经济的增长"));
        assert!(relative_in("职工收入增长应低于劳动生产率的增长").is_some());
        assert_eq!(
            later_year("争取1997年粮食产量达到4.75亿吨", 1993),
            Some(1997)
        );
        assert_eq!(later_year("比1997年增长10%", 1993), None);
        assert_eq!(later_year("1993年国民生产总值增长8%", 1993), None);
        assert_eq!(later_year("2000年以来", 1993), None);
        // Years in words (State Council 1986).
        assert_eq!(
            later_year(
                "按一九八○年不变价格计算，一九九○年工农业总产值达到一万六千七百七十亿元",
                1986
            ),
            Some(1990)
        );
        assert_eq!(later_year("比一九八○年增长一点三倍", 1986), None);
        assert_eq!(later_year("一九八六年粮食产量", 1986), None);
        assert!(several_years("比2020年增长12%"));
        assert!(several_years("按可比价格计算,平均每年增长11%"));
        let rd = relative_in("全社会研发投入增速高于全国平均水平").map(|r| (r.rel, r.in_step));
        assert_eq!(rd, Some(("高于", false)));
        let pay = relative_in("劳动报酬增长和劳动生产率提高同步").map(|r| (r.rel, r.in_step));
        assert_eq!(pay, Some(("和", true)));
        assert!(!benchmark_is_growth("高于全国平均水平"));
        assert!(benchmark_is_growth("与经济增长基本同步"));
        assert!(period_opening("2018年以来,我们"));
        assert!(five_year_opening("“十三五”时期,全县"));
        assert_eq!(
            opening_span_end("从2019年到2022年的四年间,全县"),
            Some(2022)
        );
        assert_eq!(opening_span_end("2019—2022年,全县"), Some(2022));
        assert_eq!(
            opening_span_end("从一九七九年到一九八二年的四年间,我国社会总产值增长"),
            Some(1982)
        );
        assert_eq!(opening_span_end("2020年,全县"), None);
        assert_eq!(opening_span_end("从2020年起,实施"), None);
        assert_eq!(opening_year("2020年,全县"), Some(("2020", false)));
        assert_eq!(year_in_text("力争到2027年达到"), Some("2027"));
        assert!(from_past("赤字率从去年的"));
        assert!(from_past("从2009年底"));
        assert!(from_past("城镇调查失业率由上年的"));
        assert!(from_past("由2019年末的"));
        assert!(!from_past("增长由"));
    }
}
