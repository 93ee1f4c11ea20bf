//! The grammar of quantities: numbers (Arabic and Chinese), multipliers, units, ranges,
//! ratios and the qualifiers that make a number a bound.
//!
//! Works on one clause of normalised text and knows nothing of subjects or sections; the
//! [`crate::extract::indicators`] stage decides what a quantity is about.

use crate::model::Bound;
use crate::text::numerals::{is_cn_numeral_char, parse_cn_number};
use crate::text::{is_decimal_digit, is_space};

/// Units that end a quantity, longest first so that `个百分点` wins over `个`.
const UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    "微克/立方米",
    "元/平方米",
    "平方公里",
    "平方米",
    "立方米",
    "千瓦时",
    "标准煤",
    "标准箱",
    "个工作日",
    "工作日",
    "元/月",
    "元/人",
    "元/吨",
    "元/亩",
    "元/年",
    "人次",
    // `开展“揭榜挂帅”3批次`: rounds of a programme.
    "批次",
    "场次",
    "户次",
    "家次",
    "架次",
    "公里",
    "千米",
    "公顷",
    "千克",
    "公斤",
    "千瓦",
    "兆瓦",
    "美元",
    "欧元",
    "元",
    "%",
    "‰",
    "家",
    "个",
    "项",
    "人",
    "名",
    "户",
    "所",
    "套",
    "条",
    "座",
    "台",
    "辆",
    "艘",
    "架",
    "件",
    "宗",
    "批",
    "场",
    "次",
    "处",
    "栋",
    "幢",
    "间",
    "张",
    "床",
    "位",
    "株",
    "棵",
    "头",
    "只",
    "册",
    "部",
    "篇",
    "种",
    "支",
    "亩",
    "吨",
    "斤",
    // `棉花产量4500万担` (a dan is 50 kg): cotton in the State Council's plans of the 1990s.
    "担",
    "米",
    "倍",
    "天",
    "笔",
    "份",
    "门",
    "例",
    "组",
    "块",
    "口",
    "眼",
    "盏",
    "根",
    "列",
    // `打造不少于50类诉求智能化分办场景`: kinds of a thing.
    "类",
];

/// Units of discrete things: a quantity in one of them is a count.
pub const COUNT_UNITS: &[&str] = &[
    "家", "个", "项", "人", "名", "户", "所", "套", "条", "座", "台", "辆", "艘", "架", "件", "宗",
    "批", "场", "次", "处", "栋", "幢", "间", "张", "床", "位", "株", "棵", "头", "只", "册", "部",
    "篇", "种", "支", "人次", "批次", "场次", "户次", "家次", "架次", "笔", "份", "门", "例", "组",
    "块", "口", "眼", "盏", "根", "列", "类",
];

/// Units of one physical quantity written in different units, each with its size in the
/// first unit of its family: grain in `亿斤` one year and `万吨` the next (a tonne is 2,000
/// jin), roads in `公里` and `米`, land in `公顷` and `亩` (a hectare is 15 mu).
const UNIT_FAMILIES: &[&[(&str, f64)]] = &[
    &[
        ("吨", 1.0),
        ("公斤", 0.001),
        ("千克", 0.001),
        ("斤", 0.0005),
        ("担", 0.05),
    ],
    &[("米", 1.0), ("公里", 1000.0), ("千米", 1000.0)],
    &[("亩", 1.0), ("公顷", 15.0)],
];

/// The factor that turns a number in base unit `from` into base unit `to`: 1 for the same
/// unit, the ratio of their sizes for two units of one family (`斤` → `吨`: 0.0005), `None`
/// for units that do not convert.
pub fn unit_factor(from: &str, to: &str) -> Option<f64> {
    if from == to {
        return Some(1.0);
    }
    UNIT_FAMILIES.iter().find_map(|family| {
        let size = |u: &str| family.iter().find(|(v, _)| *v == u).map(|(_, s)| *s);
        Some(size(from)? / size(to)?)
    })
}

/// Qualifiers that may stand right before the number.
const PRE_QUALIFIERS: &[(&str, Bound)] = &[
    ("不低于", Bound::AtLeast),
    ("不少于", Bound::AtLeast),
    ("突破", Bound::AtLeast),
    ("超过", Bound::AtLeast),
    ("达到", Bound::AtLeast),
    ("多于", Bound::AtLeast),
    ("控制在", Bound::AtMost),
    ("不到", Bound::AtMost),
    ("不足", Bound::AtMost),
    ("不超过", Bound::AtMost),
    ("不高于", Bound::AtMost),
    ("低于", Bound::AtMost),
    // `大型商业银行普惠型小微企业贷款增速要高于40%`: a floor, as `低于` is a ceiling.
    ("高于", Bound::AtLeast),
    ("大约", Bound::About),
    ("约", Bound::About),
    ("近", Bound::About),
    ("超", Bound::AtLeast),
    ("逾", Bound::AtLeast),
    ("达", Bound::AtLeast),
];

/// One quantity found in a clause.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte range of the whole written form, pre-qualifier and post-qualifier included.
    pub start: usize,
    pub end: usize,
    /// Byte offset where the number itself starts.
    pub number_start: usize,
    pub value: f64,
    pub high: Option<f64>,
    pub parts: Vec<f64>,
    /// Unit with its multiplier as written: `亿元`, `万亩`, `%`; `None` when there is none.
    pub unit: Option<String>,
    /// The unit without the multiplier (`元`, `亩`) and the multiplier's value.
    pub base_unit: Option<String>,
    pub multiplier: f64,
    pub bound: Bound,
    /// The qualifier word before the number (`突破`, `控制在`), if any.
    pub pre: Option<&'static str>,
    /// Written in Chinese numerals (`三项`).
    pub chinese: bool,
    /// The unit was lost in the copy (`1050/月`).
    pub unit_lost: bool,
}

impl Quantity {
    pub fn is_percent(&self) -> bool {
        matches!(
            self.unit.as_deref(),
            Some("%" | "‰" | "个百分点" | "百分点")
        )
    }

    pub fn is_count(&self) -> bool {
        self.base_unit
            .as_deref()
            .is_some_and(|u| COUNT_UNITS.contains(&u))
    }
}

fn multiplier(m: &str) -> f64 {
    match m {
        "万亿" => 1e12,
        "千亿" => 1e11,
        "百亿" => 1e10,
        "亿" => 1e8,
        "千万" => 1e7,
        "百万" => 1e6,
        "万" => 1e4,
        _ => 1.0,
    }
}

fn parse_number(s: &str) -> Option<(f64, bool)> {
    if s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        s.parse().ok().map(|v| (v, false))
    } else if let Some((whole, _)) = s.split_once('点') {
        // `零点五`: the whole part, then its decimals in words.
        let whole = parse_cn_number(whole)?;
        let (value, end) = with_decimals(s, f64::from(whole), s.find('点')?);
        (end == s.len()).then_some((value, true))
    } else {
        parse_cn_number(s).map(|v| (f64::from(v), true))
    }
}

/// Amounts in words of ten thousand 亿 and more, written with a group of ten thousands before
/// the `亿` (`一万五千九百二十六亿元` = 15926 亿元, `四万三千八百亿元以上`), as the copies of the
/// 1990s write them: the `万` inside is part of the number, not a multiplier of its own (read
/// apart, `一万` and `五千九百二十六亿元` were two figures).
fn ten_thousands_of_yi(text: &str, in_mask: &dyn Fn(usize) -> bool) -> Vec<Quantity> {
    let numeral_len = |s: &str| {
        s.char_indices()
            .find(|(_, c)| !is_cn_numeral_char(*c))
            .map_or(s.len(), |(i, _)| i)
    };
    let mut out = Vec::new();
    for (wan, _) in text.match_indices('万') {
        let head = &text[..wan];
        let start = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_cn_numeral_char(*c))
            .last()
            .map_or(wan, |(i, _)| i);
        let from = wan + '万'.len_utf8();
        let group_end = from + numeral_len(&text[from..]);
        if start == wan
            || in_mask(start)
            || group_end == from
            || !text[group_end..].starts_with('亿')
            || head[..start].ends_with('第')
        {
            continue;
        }
        let Some(high) = parse_cn_number(&text[start..wan])
            .filter(|_| parse_cn_number(&text[from..group_end]).is_some())
        else {
            continue;
        };
        // The amount after the `万` read alone (`五千九百二十六亿元以上`), then given its ten
        // thousands and its start.
        // Read in a short window (the amount, its unit and qualifier), so that a run-on
        // clause of many such amounts stays linear.
        let window_end = text[from..]
            .char_indices()
            .nth(24)
            .map_or(text.len(), |(i, _)| from + i);
        let Some(mut q) = scan(&text[from..window_end])
            .into_iter()
            .next()
            .filter(|q| q.number_start == 0 && q.multiplier == 1e8)
        else {
            continue;
        };
        q.value += f64::from(high) * 1e4;
        q.end += from;
        q.number_start = start;
        let (pre, pre_bound) = PRE_QUALIFIERS
            .iter()
            .filter(|(w, _)| head[..start].ends_with(w))
            .max_by_key(|(w, _)| w.len())
            .map_or((None, None), |(w, b)| (Some(*w), Some(*b)));
        q.start = pre.map_or(start, |w| start - w.len());
        q.pre = pre;
        if q.bound == Bound::Exact
            && let Some(b) = pre_bound
        {
            q.bound = b;
        }
        out.push(q);
    }
    out
}

/// A round amount written without its one after a word of reaching (`力争跨境电商进出口规模突破
/// 万亿元`, `旅游总收入突破万亿元`): one `万亿`. Only where the amount ends its phrase (a
/// punctuation mark, the end or `大关` after the unit): before a noun it grades the thing
/// (`超万亿元产业集群`, `万亿元级`), which is no figure of its own.
fn bare_ten_thousand_yi(text: &str, in_mask: &dyn Fn(usize) -> bool) -> Vec<Quantity> {
    const REACHING: &[&str] = &["突破", "超过", "超", "达到", "逾"];
    let mut out = Vec::new();
    for (at, _) in text.match_indices("万亿") {
        let head = &text[..at];
        let Some(pre) = REACHING.iter().find(|w| head.ends_with(*w)) else {
            continue;
        };
        if in_mask(at) {
            continue;
        }
        let window_end = text[at..]
            .char_indices()
            .nth(8)
            .map_or(text.len(), |(i, _)| at + i);
        let probe = format!("1{}", &text[at..window_end]);
        let Some(mut q) = scan(&probe)
            .into_iter()
            .next()
            .filter(|q| q.number_start == 0 && q.multiplier == 1e12 && q.unit.is_some())
        else {
            continue;
        };
        let rest = &text[at + q.end - 1..];
        let ends_phrase =
            rest.chars().next().is_none_or(|c| !crate::text::is_han(c)) || rest.starts_with("大关");
        if !ends_phrase {
            continue;
        }
        q.end = at + q.end - 1;
        q.number_start = at;
        q.start = at - pre.len();
        q.pre = Some(pre);
        if q.bound == Bound::Exact {
            q.bound = Bound::AtLeast;
        }
        out.push(q);
    }
    out
}

/// Byte ranges of a clause that hold no values: short quoted names (`“1+3+1”`, `“132”`).
fn masked(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' | '「' | '《' => open = Some(i),
            '”' | '」' | '》' => {
                if let Some(start) = open.take()
                    && text[start..i].chars().count() <= 16
                {
                    out.push((start, i + c.len_utf8()));
                }
            }
            _ => {}
        }
    }
    out
}

/// Bytes of `\d+` at the start of `text`.
fn digits_len(text: &str) -> usize {
    text.char_indices()
        .find(|(_, c)| !is_decimal_digit(*c))
        .map_or(text.len(), |(i, _)| i)
}

/// Bytes of `\d+(?:\.\d+)?` at the start of `text` (0: none).
fn decimal_len(text: &str) -> usize {
    let whole = digits_len(text);
    if whole == 0 {
        return 0;
    }
    match text[whole..].strip_prefix('.').map(digits_len) {
        Some(fraction) if fraction > 0 => whole + 1 + fraction,
        _ => whole,
    }
}

/// The ratios of a clause (`3:4:3`, `1∶2.5`), left to right, as byte ranges: the matches of
/// `\d+(?:\.\d+)?(?:[∶:]\d+(?:\.\d+)?){1,4}`, scanned by hand (compiling that pattern was 2M
/// instructions of every start). Greedy is exact here: what follows each run of digits is
/// never a digit.
fn ratios(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // A ratio has a separator: most clauses have none, and are not read digit by digit.
    if !text.contains(['∶', ':']) {
        return out;
    }
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let rest = &text[at..];
        let first = decimal_len(rest);
        if first == 0 {
            at += c.len_utf8();
            continue;
        }
        let mut end = first;
        let mut parts = 1;
        while parts < 5 {
            let Some(sep) = rest[end..]
                .chars()
                .next()
                .filter(|c| matches!(c, '∶' | ':'))
            else {
                break;
            };
            let next = decimal_len(&rest[end + sep.len_utf8()..]);
            if next == 0 {
                break;
            }
            end += sep.len_utf8() + next;
            parts += 1;
        }
        if parts > 1 {
            out.push((at, at + end));
            at += end;
        } else {
            // No start inside this run of digits does better: the same follows it.
            at += digits_len(rest);
        }
    }
    out
}

/// Multipliers of a number, in the order they are tried (`万亿` before `万`).
const MULTIPLIERS: &[&str] = &["万亿", "千亿", "百亿", "亿", "千万", "百万", "万"];

/// A span of a clause: a part of a quantity as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Span<'t> {
    fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
}

/// One written quantity, with its parts: what the pattern
/// `(?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?P<approx>多|余)?(?P<mult>万亿|千亿|百亿|亿|千万|百万|万)?(?:(?P<pct1>%)?\s*(?P<dash>[—―–\-~～]|到|至)\s*(?P<num2>\d+(?:\.\d+)?)(?P<mult2>万亿|亿|万)?)?(?:(?P<unit>UNITS)|(?P<lost>/[月年人天]))?(?P<post>以上|以内|以下|左右|上下)?`
/// matched, scanned by hand: compiling it (86 units, `\d`) and building its lazy DFA was a
/// tenth of a small pair's run. Every part after the number is optional, so the pattern's
/// first choice at each part (the longest run of digits, the first alternative in order that
/// is there) is its match; the tests check it against the pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    num: (usize, usize),
    approx: bool,
    mult: Option<(usize, usize)>,
    num2: Option<(usize, usize)>,
    unit: Option<(usize, usize)>,
    lost: Option<(usize, usize)>,
    post: Option<(usize, usize)>,
}

impl<'t> Found<'t> {
    fn span(&self, (start, end): (usize, usize)) -> Span<'t> {
        Span {
            text: self.text,
            start,
            end,
        }
    }

    fn whole(&self) -> Span<'t> {
        self.span((self.start, self.end))
    }

    /// A part by the name the pattern gave its group.
    fn name(&self, group: &str) -> Option<Span<'t>> {
        let range = match group {
            "num" => Some(self.num),
            "approx" => self
                .approx
                .then(|| (self.num.1, self.num.1 + '多'.len_utf8())),
            "mult" => self.mult,
            "num2" => self.num2,
            "unit" => self.unit,
            "lost" => self.lost,
            "post" => self.post,
            _ => None,
        };
        range.map(|r| self.span(r))
    }
}

/// Bytes of the decimals of a number written in words at the start of `text` (`点五` of
/// `零点五个百分点`, `点零五`): `点` and at least one digit, or nothing.
fn cn_decimals_len(text: &str) -> usize {
    let Some(rest) = text.strip_prefix('点') else {
        return 0;
    };
    let digits = rest
        .chars()
        .take_while(|c| crate::text::numerals::cn_digit(*c).is_some())
        .count();
    if digits == 0 {
        0
    } else {
        '点'.len_utf8() + digits * '一'.len_utf8()
    }
}

fn is_cn_number_char(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
    )
}

/// The [`UNITS`] that start with the first character of `text`, in their order: the first
/// of them that `text` starts with is the first of the whole list. A numeral is tried as a
/// quantity wherever it stands (`一批`, `统一`), and most are followed by no unit.
fn units_starting(text: &str) -> &'static [&'static str] {
    static BY_FIRST: std::sync::LazyLock<crate::text::ByFirstChar> =
        std::sync::LazyLock::new(|| crate::text::ByFirstChar::new(UNITS));
    BY_FIRST.starting(text)
}

/// The first of `words` that `text` starts with, in their order.
fn first_of<'w>(text: &str, words: &[&'w str]) -> Option<&'w str> {
    words.iter().find(|w| text.starts_with(**w)).copied()
}

/// The quantity written at `start` of `text`, if a number starts there.
fn quantity_at(text: &str, start: usize) -> Option<Found<'_>> {
    let rest = &text[start..];
    let first = rest.chars().next()?;
    let num_len = if is_decimal_digit(first) {
        decimal_len(rest)
    } else if is_cn_number_char(first) {
        let len = rest
            .char_indices()
            .find(|(_, c)| !is_cn_number_char(*c))
            .map_or(rest.len(), |(i, _)| i);
        len + cn_decimals_len(&rest[len..])
    } else {
        return None;
    };
    let mut at = start + num_len;
    let mut found = Found {
        text,
        start,
        end: at,
        num: (start, at),
        approx: false,
        mult: None,
        num2: None,
        unit: None,
        lost: None,
        post: None,
    };
    if text[at..].starts_with(['多', '余']) {
        found.approx = true;
        at += '多'.len_utf8();
    }
    if let Some(m) = first_of(&text[at..], MULTIPLIERS) {
        found.mult = Some((at, at + m.len()));
        at += m.len();
    }
    // A range: `(%)?\s*(dash)\s*(num2)(mult2)?`, all of it or nothing.
    let r = &text[at..];
    let r = r
        .strip_prefix('%')
        .unwrap_or(r)
        .trim_start_matches(is_space);
    if let Some(dash) = r
        .chars()
        .next()
        // `―` (U+2015, a horizontal bar) stands for the dash in some copies (`3―5所`).
        .filter(|c| matches!(c, '—' | '―' | '–' | '-' | '~' | '～' | '到' | '至'))
    {
        let high = r[dash.len_utf8()..].trim_start_matches(is_space);
        let len = decimal_len(high);
        if len > 0 {
            let high_start = text.len() - high.len();
            found.num2 = Some((high_start, high_start + len));
            at = high_start + len;
            if let Some(m) = first_of(&text[at..], &["万亿", "亿", "万"]) {
                at += m.len();
            }
        }
    }
    // `担` of `担保`, `担当` is no unit (`1000万担保资金`).
    let word_of_dan = |u: &str| {
        u == "担" && text[at + u.len()..].starts_with(['保', '当', '任', '负', '心', '忧'])
    };
    if let Some(u) = first_of(&text[at..], units_starting(&text[at..])).filter(|u| !word_of_dan(u))
    {
        found.unit = Some((at, at + u.len()));
        at += u.len();
    } else if let Some(c) = text[at..]
        .strip_prefix('/')
        .and_then(|r| r.chars().next())
        .filter(|c| matches!(c, '月' | '年' | '人' | '天'))
    {
        found.lost = Some((at, at + 1 + c.len_utf8()));
        at += 1 + c.len_utf8();
    }
    if let Some(p) = first_of(&text[at..], &["以上", "以内", "以下", "左右", "上下"]) {
        found.post = Some((at, at + p.len()));
        at += p.len();
    }
    found.end = at;
    Some(found)
}

/// The quantities written in `text`, left to right, none overlapping.
fn quantities(text: &str) -> impl Iterator<Item = Found<'_>> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(c) = text[at..].chars().next() {
            // Only a digit or a numeral starts a quantity (`quantity_at` says no to any other
            // character): most characters of a clause are passed over without the call.
            if (is_decimal_digit(c) || is_cn_number_char(c))
                && let Some(found) = quantity_at(text, at)
            {
                at = found.end;
                return Some(found);
            }
            at += c.len_utf8();
        }
        None
    })
}

/// Finds the quantities of a clause, left to right.
pub fn scan(text: &str) -> Vec<Quantity> {
    // Every quantity holds a digit or a numeral (a ratio its digits, `一万亿` and `百分之十`
    // their numerals, `一半` its `一`): a clause with none, as many are, has no quantity and
    // is not read five times over for one.
    if !text
        .chars()
        .any(|c| is_decimal_digit(c) || is_cn_number_char(c))
        && !text.contains("万亿")
    {
        return Vec::new();
    }
    let masks = masked(text);
    let in_mask = |i: usize| masks.iter().any(|&(a, b)| i >= a && i < b);
    let mut out: Vec<Quantity> = Vec::new();
    for (start, end) in ratios(text) {
        if in_mask(start) || preceded_by_ascii(text, start) {
            continue;
        }
        let ratio = &text[start..end];
        let parts: Vec<f64> = ratio
            .split(['∶', ':'])
            .filter_map(|p| p.parse().ok())
            .collect();
        // A clock time or a verse number is not a ratio: ratios have decimals or 3+ parts.
        if parts.len() < 3 && !ratio.contains('.') {
            continue;
        }
        out.push(Quantity {
            start,
            end,
            number_start: start,
            value: parts[0],
            high: None,
            parts,
            unit: None,
            base_unit: None,
            multiplier: 1.0,
            bound: Bound::Exact,
            pre: None,
            chinese: false,
            unit_lost: false,
        });
    }
    out.extend(ten_thousands_of_yi(text, &in_mask));
    out.extend(bare_ten_thousand_yi(text, &in_mask));
    for found in quantities(text) {
        // A match of digits and numeral characters alone (`统一`'s 一, a year, `十分`) has no
        // unit, multiplier or lost unit (each holds another character), so it is passed
        // over below: its groups are not worked out (most matches of a clause are such).
        if found.whole().as_str().chars().all(is_bare_number_char) {
            continue;
        }
        let caps = &found;
        let m = caps.whole();
        let Some(num) = caps.name("num") else {
            continue;
        };
        if in_mask(num.start())
            || out
                .iter()
                .any(|q| num.start() >= q.start && num.start() < q.end)
        {
            continue;
        }
        let Some((value, chinese)) = parse_number(num.as_str()) else {
            continue;
        };
        let before = &text[..num.start()];
        let after = &text[m.end()..];
        // Ordinals, codes and model names: `第二次`, `5A级`, `PM2.5`, `C919`, `5G`.
        if before.ends_with('第')
            || preceded_by_ascii(text, num.start())
            || after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '+' || c == '级')
            || before.ends_with(['.', '+'])
        {
            continue;
        }
        let unit_m = caps.name("unit");
        let mult_m = caps.name("mult");
        let lost = caps.name("lost").is_some();
        if unit_m.is_none() && mult_m.is_none() && !lost {
            continue;
        }
        // A Chinese numeral is a value only after its noun (`企业两家`) or at the clause end,
        // not before one (`三项投资`, `两个维护`, `一批项目`).
        if chinese {
            // `百亿` is a number; a bare `十` or `百` without a unit is a word (`十分`, `百强`).
            if (unit_m.is_none() && mult_m.is_none()) || num.as_str().chars().all(|c| c == '十') {
                continue;
            }
            let next = after.chars().next();
            let ends = next
                .is_none_or(|c| matches!(c, ',' | ';' | '。' | '、' | ')' | '!' | '?' | ':'))
                || after.starts_with(['以', '左']);
            let unit = unit_m.map_or("", |m| m.as_str());
            if (!ends && !counts_works(unit, num.as_str(), after, before))
                || before.ends_with(|c: char| is_cn_numeral_char(c))
                || indefinite_or_idiom(text, num.start(), m.end(), num.as_str(), unit)
            {
                continue;
            }
        }
        let mult_str = mult_m.map_or("", |m| m.as_str());
        let unit_str = unit_m.map_or("", |m| m.as_str());
        let high = caps
            .name("num2")
            .and_then(|n| n.as_str().parse::<f64>().ok());
        // A range needs a unit that both ends share; `2021—2025年` has none.
        if high.is_some() && unit_m.is_none() {
            continue;
        }
        let post = caps.name("post").map(|p| p.as_str());
        let (pre, pre_bound) = PRE_QUALIFIERS
            .iter()
            .filter(|(q, _)| before.ends_with(q))
            .max_by_key(|(q, _)| q.len())
            .map_or((None, None), |(q, b)| (Some(*q), Some(*b)));
        let bound = if high.is_some() {
            Bound::Range
        } else {
            match post {
                Some("以上") => Bound::AtLeast,
                Some("以内" | "以下") => Bound::AtMost,
                Some("左右" | "上下") => Bound::About,
                _ if caps.name("approx").is_some() => Bound::AtLeast,
                _ => pre_bound.unwrap_or(Bound::Exact),
            }
        };
        let start = pre.map_or(num.start(), |q| num.start() - q.len());
        let unit = if lost {
            Some(caps.name("lost").map_or("", |l| l.as_str()).to_string())
        } else if unit_str.is_empty() {
            Some(mult_str.to_string())
        } else {
            Some(format!("{mult_str}{unit_str}"))
        };
        let base_unit = if lost {
            unit.clone()
        } else if unit_str.is_empty() {
            None
        } else {
            Some(unit_str.to_string())
        };
        out.push(Quantity {
            start,
            end: m.end(),
            number_start: num.start(),
            value,
            high,
            parts: Vec::new(),
            unit,
            base_unit,
            multiplier: multiplier(mult_str),
            bound,
            pre,
            chinese,
            unit_lost: lost,
        });
    }
    for (number_start, number_end, value, high, rate_unit) in fractions(text) {
        if in_mask(number_start)
            || out
                .iter()
                .any(|q| number_start < q.end && number_end > q.start)
        {
            continue;
        }
        let before = &text[..number_start];
        let after = &text[number_end..];
        let (pre, pre_bound) = PRE_QUALIFIERS
            .iter()
            .filter(|(q, _)| before.ends_with(q))
            .max_by_key(|(q, _)| q.len())
            .map_or((None, None), |(q, b)| (Some(*q), Some(*b)));
        let (post_len, bound) = [
            ("以上", Bound::AtLeast),
            ("以内", Bound::AtMost),
            ("以下", Bound::AtMost),
            ("左右", Bound::About),
        ]
        .iter()
        .find(|(w, _)| after.starts_with(w))
        .map_or((0, pre_bound.unwrap_or(Bound::Exact)), |(w, b)| {
            (w.len(), *b)
        });
        let bound = if high.is_some() { Bound::Range } else { bound };
        out.push(Quantity {
            start: pre.map_or(number_start, |q| number_start - q.len()),
            end: number_end + post_len,
            number_start,
            value,
            high,
            parts: Vec::new(),
            unit: Some(rate_unit.to_string()),
            base_unit: Some(rate_unit.to_string()),
            multiplier: 1.0,
            bound,
            pre,
            // (A fraction in digits, `1/3`, is written as digits are.)
            chinese: !text[number_start..number_end].contains('/'),
            unit_lost: false,
        });
    }
    out.sort_by_key(|q| q.start);
    out
}

/// Shares written in words, as percentages: `三分之一` (33.3), `一半` (50). The class of text
/// is the State Council's cuts and shares of administrative work (`文件压减三分之一以上`,
/// `拖欠企业的款项年底前要清偿一半以上`, `一半用于大病保险`, `外商投资限制类条目缩减一半`),
/// which otherwise had no figure at all. `减半征收` (levied at half rate) is left out: it names
/// a tax relief, whose subject is the tax after it, not a cut of the figure before it.
///
/// Percentages written wholly in words, as the State Council's reports of the 1990s and some
/// news copies write every rate, keep their decimals and ranges: `百分之十一点八` (11.8),
/// `百分之八至九` and `百分之十到百分之十二` (ranges). So do rates per mille, the form of the
/// population targets of those years (`人口自然增长率控制在千分之十五以内`, `为千分之十一点六`):
/// their unit is `‰`, as when written `15‰`. Returns the byte range of the written number,
/// its value, the top of a range and its unit.
fn fractions(text: &str) -> Vec<(usize, usize, f64, Option<f64>, &'static str)> {
    let numeral = |c: char| c.is_ascii_digit() || "零〇一二两三四五六七八九十百".contains(c);
    let mut out = Vec::new();
    // Both forms hold `之` or `半`, a fraction in digits `/`: a clause with none is not
    // searched for them.
    if !text.contains(['之', '半', '/']) {
        return out;
    }
    // A fraction in digits (`将1/3以上的省级科技创新战略专项资金投向基础研究`, Guangdong's plans
    // of 2022-2025): a share, as `三分之一` is. Only a proper fraction of small numbers standing
    // alone (not a date `2024/1/3`, a unit `元/人`, a code).
    for (at, _) in text.match_indices('/') {
        let digits_before = text[..at]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count();
        let digits_after = text[at + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        if !(1..=2).contains(&digits_before) || !(1..=2).contains(&digits_after) {
            continue;
        }
        let (start, end) = (at - digits_before, at + 1 + digits_after);
        let stands_alone = !text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-'))
            && !text[end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '/' | '-'));
        let (Ok(num), Ok(den)) = (
            text[start..at].parse::<f64>(),
            text[at + 1..end].parse::<f64>(),
        ) else {
            continue;
        };
        if stands_alone && num > 0.0 && num < den && den <= 10.0 {
            out.push((
                start,
                end,
                (num / den * 100.0 * 10.0).round() / 10.0,
                None,
                "%",
            ));
        }
    }
    for (at, _) in text.match_indices("分之") {
        let den_start = text[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| numeral(*c))
            .last()
            .map_or(at, |(i, _)| i);
        let num_from = at + "分之".len();
        let num_end = text[num_from..]
            .char_indices()
            .find(|(_, c)| !numeral(*c))
            .map_or(text.len(), |(i, _)| num_from + i);
        let num = parse_number(&text[num_from..num_end]).map(|(v, _)| v);
        // `千分之…` alone (not `三千分之一`): per mille.
        let per_mille = den_start == at
            && text[..at].ends_with('千')
            && !text[..at - '千'.len_utf8()]
                .chars()
                .next_back()
                .is_some_and(numeral);
        if per_mille && let Some(num) = num {
            let (value, end) = with_decimals(text, num, num_end);
            let (high, end) =
                rate_range_top(text, end, "千分之").map_or((None, end), |(h, e)| (Some(h), e));
            out.push((at - '千'.len_utf8(), end, value, high, "‰"));
            continue;
        }
        let den = parse_number(&text[den_start..at]).map(|(v, _)| v);
        let (Some(den), Some(num)) = (den, num) else {
            continue;
        };
        if den == 100.0 {
            // A percentage: its decimals and the top of a range, in words.
            let (value, end) = with_decimals(text, num, num_end);
            let (high, end) =
                rate_range_top(text, end, "百分之").map_or((None, end), |(h, e)| (Some(h), e));
            out.push((den_start, end, value, high, "%"));
        } else if den > 0.0 && num <= den {
            out.push((
                den_start,
                num_end,
                (num / den * 100.0 * 10.0).round() / 10.0,
                None,
                "%",
            ));
        }
    }
    for (at, _) in text.match_indices("一半") {
        let glued = text[..at].chars().next_back().is_some_and(numeral);
        if !glued {
            out.push((at, at + "一半".len(), 50.0, None, "%"));
        }
    }
    // A share of a population stated as a fact (`有三分之二的城镇职工在国有企业就业`,
    // `一半以上的县`) is no figure of its own: the cuts and shares above never take `的`.
    // A plan putting a share of something to a use (`将1/3以上的…资金投向基础研究`, `把三分之一
    // 的…用于…`) sets it: the share stays.
    out.retain(|&(start, end, _, _, _)| {
        let rest = &text[end..];
        let rest = ["以上", "以内", "以下", "左右"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        !rest.starts_with('的') || text[..start].ends_with(['将', '把'])
    });
    out
}

/// `value` with the decimals written in words after it at `end` (`点八` of `十一点八`, `点零五`),
/// and where the number then ends.
fn with_decimals(text: &str, value: f64, end: usize) -> (f64, usize) {
    let Some(rest) = text[end..].strip_prefix('点') else {
        return (value, end);
    };
    let digits: Vec<u32> = rest
        .chars()
        .map_while(crate::text::numerals::cn_digit)
        .collect();
    if digits.is_empty() {
        return (value, end);
    }
    let fraction = digits
        .iter()
        .rev()
        .fold(0.0, |acc, &d| (acc + f64::from(d)) / 10.0);
    let len = '点'.len_utf8() + digits.len() * '一'.len_utf8();
    (value + fraction, end + len)
}

/// The top of a range of rates in words, after its bottom at `end`: `至九`, `到百分之十二`,
/// `—百分之九点五` (`of` is the rate's words, `百分之` or `千分之`). Returns its value and where
/// it ends.
fn rate_range_top(text: &str, end: usize, of: &str) -> Option<(f64, usize)> {
    let rest = &text[end..];
    let dash = ["至", "到", "—", "-", "～", "~"]
        .iter()
        .find(|d| rest.starts_with(**d))?;
    let mut from = end + dash.len();
    if text[from..].starts_with(of) {
        from += of.len();
    }
    let to = text[from..]
        .char_indices()
        .find(|(_, c)| !is_cn_numeral_char(*c))
        .map_or(text.len(), |(i, _)| from + i);
    let top = parse_cn_number(&text[from..to])?;
    Some(with_decimals(text, f64::from(top), to))
}

/// The characters of `QUANTITY`'s `num` group: none of them makes a unit, a multiplier or a
/// lost unit alone.
/// Classifiers of built things: a Chinese numeral before one counts works
/// (`一条特色景观环路、两条风情滨河路、四条精品大街`).
pub(crate) const WORK_CLASSIFIERS: &[&str] = &["条", "座", "所", "处", "栋"];

/// Classifiers that count slogans far more often than things (`两个维护`, `四个意识`,
/// `两个毫不动摇`, `十个全覆盖`): a Chinese numeral before one counts only a named place or
/// body ([`PLACE_HEADS`]): `改造提升四个城市出入口`, `三家污染企业搬迁`.
pub(crate) const PLACE_CLASSIFIERS: &[&str] = &["个", "家"];

/// Heads of places, sites and bodies that a count in Chinese numerals names
/// (`四个新型建材产业园区`, `两个市民广场`, `两家国家区域医疗中心`). A slogan's noun is an idea
/// or a task (`意识`, `维护`, `全覆盖`, `积极性`), never one of these with a name of four
/// characters or more before it.
const PLACE_HEADS: &[&str] = &[
    "出入口",
    "企业",
    "园区",
    "产业园",
    "集中区",
    "示范区",
    "开发区",
    "广场",
    "公园",
    "医疗中心",
    "服务中心",
    "基地",
    "医院",
    "学校",
    "社区",
    "小区",
    "乡镇",
    "村庄",
    "景区",
    "码头",
    "口岸",
];

/// Heads of titles a place wins (`建成两个省级环保模范城市`, Hebei 2002; `创建三个国家园林城市`):
/// counted like [`PLACE_HEADS`] only right after a verb of making or winning, since places
/// listed by name before their count are no target (`加快发展定州、涿州、白沟·白洋淀温泉城三个
/// 次中心城市`).
const TITLE_HEADS: &[&str] = &["城市"];
const WINNING_VERBS: &[&str] = &["建成", "创建", "创成", "争创", "新增", "培育"];

/// Whether a Chinese numeral with classifier `unit` before `after` counts built things or
/// named places: a classifier of works followed by a name of three characters or more, or `个`
/// / `家` followed by a place or body of four characters or more (see [`PLACE_HEADS`]); never
/// inside a quote (`“两个中心”`).
/// `一` alone is an article more often than a count (`走出一条新农村服务中心城…的道路`): only
/// as the first item of a list of counts; `千家` before a place names a programme
/// (`千家重点耗能企业节能减排`), so only two to ninety-nine count places.
fn counts_works(unit: &str, num: &str, after: &str, before: &str) -> bool {
    let name: String = after
        .chars()
        .take_while(|c| crate::text::is_han(*c))
        .collect();
    let listed = after[name.len()..].starts_with('、');
    if WORK_CLASSIFIERS.contains(&unit) {
        return name.chars().count() >= 3 && (num != "一" || listed);
    }
    PLACE_CLASSIFIERS.contains(&unit)
        && num.chars().all(|c| "两二三四五六七八九十".contains(c))
        && !before.ends_with(['“', '"', '‘'])
        && (names_place(&name)
            || WINNING_VERBS.iter().any(|v| before.ends_with(v))
                && TITLE_HEADS.iter().any(|h| {
                    name.strip_suffix(h)
                        .is_some_and(|m| (2..=8).contains(&m.chars().count()) && !m.contains('的'))
                }))
}

/// Whether a name ends on the head of a place or body (`城市出入口`, `污染企业`).
pub(crate) fn is_place(name: &str) -> bool {
    PLACE_HEADS.iter().any(|h| name.ends_with(h))
}

/// Whether a run of Han characters opens with a place or body of four characters or more
/// (`城市出入口的生态景观建设`, `污染企业搬迁`), the name not cut by `的`; or with villages or
/// compounds of a shorter name followed by `的` and the works done on them
/// (`友联、友好两个新村的二期工程建设`, `金星村等四个村的棚户区改造工作`): a slogan's noun never
/// takes works after it.
fn names_place(run: &str) -> bool {
    let long_name = PLACE_HEADS.iter().any(|h| {
        run.match_indices(h).any(|(at, _)| {
            let name = &run[..at + h.len()];
            let n = name.chars().count();
            (4..=10).contains(&n) && !name.contains('的')
        })
    });
    let villages_worked = ["村", "新村", "社区", "小区"].iter().any(|h| {
        run.strip_prefix(h)
            .and_then(|rest| rest.strip_prefix('的'))
            .is_some_and(|work| {
                ["建设", "改造", "工程", "工作"]
                    .iter()
                    .any(|w| work.ends_with(w))
            })
    });
    long_name || villages_worked
}

/// Chinese numerals with a classifier that count nothing: `一批` is "a batch", an indefinite
/// number (`做到储备一批、开工一批、建设一批`; the gold of every set reads `新增一批` as no
/// number); the n-th session of a congress (`十一届九次、十次全会`, after `届`); and a numeral
/// the segmenter reads inside a longer word, an idiom (`收支两条线`, `一把手`), which a count
/// never is: a numeral and its classifier make a word of their own (`四个`, tagged `m`) or
/// two words.
fn indefinite_or_idiom(text: &str, num_start: usize, end: usize, num: &str, unit: &str) -> bool {
    if num == "一" && unit == "批" {
        return true;
    }
    let before = &text[..num_start];
    let recent: String = before.chars().rev().take(8).collect();
    if unit == "次" && recent.contains('届') {
        return true;
    }
    // A window around the numeral, cut on char boundaries: enough for an idiom's words.
    let from = before.char_indices().rev().nth(3).map_or(0, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .nth(4)
        .map_or(text.len(), |(i, _)| end + i);
    let window = &text[from..to];
    let mut at = from;
    for (word, tag) in crate::text::words::tag(window) {
        let (start, stop) = (at, at + word.len());
        at = stop;
        if start <= num_start && num_start < stop {
            let glued = (start < num_start || stop > end) && tag != "m";
            return glued;
        }
    }
    false
}

fn is_bare_number_char(c: char) -> bool {
    c.is_ascii_digit() || ".零〇一二两三四五六七八九十百千点".contains(c)
}

fn preceded_by_ascii(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    #[test]
    fn units_of_one_family_convert() {
        assert_eq!(super::unit_factor("斤", "吨"), Some(0.0005));
        assert_eq!(super::unit_factor("吨", "斤"), Some(2000.0));
        assert_eq!(super::unit_factor("担", "吨"), Some(0.05));
        assert_eq!(super::unit_factor("公顷", "亩"), Some(15.0));
        assert_eq!(super::unit_factor("公里", "米"), Some(1000.0));
        assert_eq!(super::unit_factor("吨", "吨"), Some(1.0));
        assert_eq!(super::unit_factor("吨", "亩"), None);
        assert_eq!(super::unit_factor("人", "人次"), None);
    }

    use std::sync::LazyLock;

    use regex::Regex;

    use super::*;

    /// The pattern `quantity_at` replaces.
    static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
        let units: Vec<String> = UNITS.iter().map(|u| regex::escape(u)).collect();
        Regex::new(&format!(
            r"(?x)
            (?P<num>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二两三四五六七八九]+)?)
            (?P<approx>多|余)?
            (?P<mult>万亿|千亿|百亿|亿|千万|百万|万)?
            (?:
                (?P<pct1>%)?\s*(?P<dash>[—―–\-~～]|到|至)\s*
                (?P<num2>\d+(?:\.\d+)?)(?P<mult2>万亿|亿|万)?
            )?
            (?:(?P<unit>{})|(?P<lost>/[月年人天]))?
            (?P<post>以上|以内|以下|左右|上下)?",
            units.join("|")
        ))
        .unwrap()
    });

    const PIECES: &[&str] = &[
        "1",
        "20",
        "٣",
        ".",
        "5",
        "三",
        "两",
        "十",
        "百",
        "千",
        "点",
        "〇",
        "多",
        "余",
        "万",
        "亿",
        "千万",
        "万亿",
        "%",
        " ",
        "\u{3000}",
        "—",
        "-",
        "~",
        "～",
        "到",
        "至",
        "个百分点",
        "百分点",
        "个",
        "元",
        "元/月",
        "/",
        "月",
        "人",
        "平方",
        "米",
        "以上",
        "左右",
        "上下",
        "增长",
        "某",
        "a",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 4000, .. Default::default() })]

        /// `quantities` finds what the pattern found, with the same groups.
        #[test]
        fn quantities_are_the_patterns_matches(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..12)
        ) {
            let text = pieces.concat();
            let groups = ["num", "approx", "mult", "num2", "unit", "lost", "post"];
            let matched: Vec<Vec<Option<(usize, usize)>>> = QUANTITY
                .captures_iter(&text)
                .map(|c| {
                    let whole = c.get(0).map(|m| (m.start(), m.end()));
                    std::iter::once(whole)
                        .chain(groups.iter().map(|g| c.name(g).map(|m| (m.start(), m.end()))))
                        .collect()
                })
                .collect();
            let scanned: Vec<Vec<Option<(usize, usize)>>> = quantities(&text)
                .map(|f| {
                    std::iter::once(Some((f.start, f.end)))
                        .chain(groups.iter().map(|g| f.name(g).map(|m| (m.start(), m.end()))))
                        .collect()
                })
                .collect();
            proptest::prop_assert_eq!(matched, scanned, "{:?}", text);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]

        /// `ratios` finds what its pattern found.
        #[test]
        fn ratios_are_the_patterns_matches(text in "[12٣５.:∶a 年]{0,24}") {
            static RATIO: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"\d+(?:\.\d+)?(?:[∶:]\d+(?:\.\d+)?){1,4}").unwrap()
            });
            let matched: Vec<(usize, usize)> =
                RATIO.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(matched, super::ratios(&text));
        }
    }

    fn one(text: &str) -> Quantity {
        let qs = scan(text);
        assert_eq!(qs.len(), 1, "{text}: {qs:#?}");
        qs.into_iter().next().unwrap()
    }

    #[test]
    fn arabic_numbers_multipliers_and_money() {
        let q = one("实现地区生产总值320.5亿元");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.multiplier),
            (320.5, Some("亿元"), 1e8)
        );
        assert_eq!(q.base_unit.as_deref(), Some("元"));
        let q = one("完成造林1.2万亩");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.multiplier),
            (1.2, Some("万亩"), 1e4)
        );
        let q = one("新增光伏装机容量6.2万千瓦");
        assert_eq!(
            (q.unit.as_deref(), q.base_unit.as_deref()),
            (Some("万千瓦"), Some("千瓦"))
        );
        let q = one("接待游客1400万人次");
        assert_eq!(q.base_unit.as_deref(), Some("人次"));
        assert!(q.is_count());
        let q = one("粮食产量1.37万亿斤");
        assert_eq!(q.multiplier, 1e12);
    }

    #[test]
    fn chinese_numerals_after_their_noun_only() {
        let q = one("新增国家级众创空间两家");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.chinese),
            (2.0, Some("家"), true)
        );
        assert_eq!(one("通过评审三项,").value, 3.0);
        assert_eq!(one("服务对象一百二十人").value, 120.0);
        assert!(scan("制造业、高新技术产业、民间项目三项投资分别增长").is_empty());
        assert!(scan("坚决做到两个维护,分三批发放,一批项目").is_empty());
        assert!(scan("寿仙谷二期投产").is_empty());
        // Counts of built things before their names, `一` only as a list's first item.
        let works = scan("一条特色景观环路、两条风情滨河路、四条精品大街");
        let values: Vec<f64> = works.iter().map(|q| q.value).collect();
        assert_eq!(values, [1.0, 2.0, 4.0]);
        assert!(scan("走出一条新农村服务中心城的道路").is_empty());
        assert!(scan("树牢四个意识,打好三大攻坚战").is_empty());
        // `个` and `家` count a named place or body only, never a slogan.
        assert_eq!(one("改造提升五个城镇出入口,").value, 5.0);
        assert_eq!(one("完成北区两家化工企业搬迁").value, 2.0);
        assert_eq!(one("建设三个现代农业产业园区").value, 3.0);
        for slogan in [
            "增强两个维护的自觉",
            "坚持两个毫不动摇",
            "落实十个全覆盖工程",
            "发挥中央和地方两个积极性",
            "统筹国内国际两个大局",
            "建设“两个示范园区”",
            "推进三个转变",
            "形成一个产业园区",
            "抓好千家重点耗能企业节能",
        ] {
            assert!(scan(slogan).is_empty(), "{slogan}");
        }
        // An indefinite batch, a congress's sessions, an idiom.
        assert!(scan("做到储备一批、开工一批、建设一批").is_empty());
        assert!(scan("落实省委十一届九次、十次全会部署").is_empty());
        assert!(scan("推行收支两条线管理").is_empty());
        assert_eq!(one("新建厂房三批,").value, 3.0);
    }

    #[test]
    fn percentages_points_and_ranges() {
        let q = one("增长6.5%以上");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.bound),
            (6.5, Some("%"), Bound::AtLeast)
        );
        let q = one("较上年提高0.21个百分点");
        assert_eq!(q.unit.as_deref(), Some("个百分点"));
        for text in [
            "增长6%—7%",
            "增长5%到6%",
            "增长5.5%-6%",
            "增长5—5.5%",
            "新增3―5所",
        ] {
            let q = one(text);
            assert_eq!(q.bound, Bound::Range, "{text}");
            assert!(q.high.is_some_and(|h| h > q.value), "{text}");
        }
        assert!(scan("2021—2025年").is_empty());
        assert!(scan("为0—6岁儿童免费筛查").is_empty());
    }

    #[test]
    fn qualifiers_as_bounds() {
        assert_eq!(one("力争规上工业总产值突破800亿元").bound, Bound::AtLeast);
        assert_eq!(one("超过126万亿元").bound, Bound::AtLeast);
        assert_eq!(one("不低于95%").bound, Bound::AtLeast);
        assert_eq!(one("高于40%").bound, Bound::AtLeast);
    }

    /// Villages counted in Chinese numerals before the works done on them are counts; a
    /// slogan's noun is not.
    #[test]
    fn villages_counted_before_their_works() {
        let q = one("重点做好友联、友好两个新村的二期工程建设");
        assert_eq!((q.value, q.unit.as_deref()), (2.0, Some("个")));
        assert_eq!(one("启动金星村等四个村的棚户区改造工作").value, 4.0);
        assert!(scan("坚持两个村的原则").is_empty());
        assert!(scan("做到两个维护").is_empty());
    }

    /// Shares written in words are percentages, with their qualifiers.
    #[test]
    fn shares_in_words() {
        let q = one("文件压减三分之一以上");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.bound),
            (33.3, Some("%"), Bound::AtLeast)
        );
        assert_eq!(&"文件压减三分之一以上"[q.start..q.end], "三分之一以上");
        let q = one("款项要清偿一半以上");
        assert_eq!((q.value, q.bound), (50.0, Bound::AtLeast));
        assert!(scan("再减半征收所得税").is_empty());
        assert!(scan("有三分之二的城镇职工在国有企业就业").is_empty());
        // In digits; a plan putting a share to a use sets it.
        let q = one("将1/3以上的省级科技创新战略专项资金投向基础研究");
        assert_eq!((q.value, q.bound), (33.3, Bound::AtLeast));
        assert!(scan("2024/1/3").is_empty());
        assert_eq!(one("百分之五十").value, 50.0);
        // Percentages in words keep their decimals and ranges.
        let q = one("国民生产总值增长百分之十一点八。");
        assert_eq!((q.value, q.bound, q.high), (11.8, Bound::Exact, None));
        assert_eq!(
            &"国民生产总值增长百分之十一点八。"[q.start..q.end],
            "百分之十一点八"
        );
        assert!((one("提高到百分之零点零五").value - 0.05).abs() < 1e-9);
        let q = one("经济增长百分之七至八。");
        assert_eq!((q.value, q.high, q.bound), (7.0, Some(8.0), Bound::Range));
        let q = one("投资增长百分之十到百分之十二点五");
        assert_eq!((q.value, q.high, q.bound), (10.0, Some(12.5), Bound::Range));
        assert_eq!(
            &"投资增长百分之十到百分之十二点五"[q.start..q.end],
            "百分之十到百分之十二点五"
        );
        let q = one("涨幅控制在百分之十五左右");
        assert_eq!((q.value, q.bound), (15.0, Bound::About));
        // Decimals in words before a unit.
        let q = one("财政赤字率降低零点五个百分点。");
        assert_eq!((q.value, q.unit.as_deref()), (0.5, Some("个百分点")));
        // Amounts in words with a group of ten thousands (copies of the 1990s).
        let q = one("全社会固定资产投资完成一万五千九百二十六亿元。");
        assert_eq!((q.value, q.unit.as_deref()), (15926.0, Some("亿元")));
        assert_eq!(q.multiplier, 1e8);
        let q = one("国民生产总值达到四万三千八百亿元,");
        assert_eq!(q.value, 43800.0);
        // `五千万吨` keeps `万` as its multiplier; `十万八千里` is no number before a unit.
        let q = one("粮食产量增加五千万吨。");
        assert_eq!((q.value, q.multiplier), (5000.0, 1e4));
        let q = one("棉花产量达到4500万担。");
        assert_eq!((q.value, q.unit.as_deref()), (4500.0, Some("万担")));
        assert!(
            scan("设立1000万担保资金")
                .iter()
                .all(|q| q.base_unit.as_deref() != Some("担"))
        );
        // Rates per mille in words (population targets of the 1990s).
        let q = one("人口自然增长率控制在千分之十五点五以内");
        assert_eq!(
            (q.value, q.unit.as_deref(), q.bound),
            (15.5, Some("‰"), Bound::AtMost)
        );
        assert_eq!(
            &"人口自然增长率控制在千分之十五点五以内"[q.start..q.end],
            "控制在千分之十五点五以内"
        );
        let q = one("出生率为千分之十二至十三");
        assert_eq!(
            (q.value, q.high, q.unit.as_deref()),
            (12.0, Some(13.0), Some("‰"))
        );
        assert!((one("自然增长率为千分之十一点二一").value - 11.21).abs() < 1e-9);
        assert!(
            scan("三千分之一")
                .iter()
                .all(|q| q.unit.as_deref() != Some("‰"))
        );
        // `点` not followed by a digit is no decimal point (`百分之十点名`: not a number).
        assert_eq!(one("百分之十点名").value, 10.0);
        // No share: a numerator over its denominator, a word without a numeral.
        assert!(scan("三分之五").is_empty());
        assert!(scan("分之一").is_empty());
        assert_eq!(one("低于3%").bound, Bound::AtMost);
        assert_eq!(one("城镇调查失业率5.5%左右").bound, Bound::About);
        assert_eq!(one("控制在5.5%以内").bound, Bound::AtMost);
        assert_eq!(one("不超过3%").bound, Bound::AtMost);
        assert_eq!(one("新增就业1100万人以上").bound, Bound::AtLeast);
        assert_eq!(one("近300万人").bound, Bound::About);
        assert_eq!(one("1000多万高中毕业生").bound, Bound::AtLeast);
        assert_eq!(one("达到3.3人").pre, Some("达到"));
    }

    #[test]
    fn a_round_ten_thousand_yi_without_its_one() {
        let q = one("力争跨境电商进出口规模突破万亿元。");
        assert_eq!(
            (q.value, q.multiplier, q.bound),
            (1.0, 1e12, Bound::AtLeast)
        );
        assert_eq!(q.unit.as_deref(), Some("万亿元"));
        // Before a noun it grades the thing, a size class, no figure.
        assert!(scan("培育超万亿元产业集群").is_empty());
        assert!(scan("打造万亿元级产业集群").is_empty());
    }

    #[test]
    fn chinese_hundreds_with_multiplier() {
        let q = one("金融存贷款增量双双突破百亿,");
        assert_eq!(
            (q.value, q.multiplier, q.bound),
            (100.0, 1e8, Bound::AtLeast)
        );
        assert!(scan("获评全国茶业百强县").is_empty());
    }

    #[test]
    fn ratios() {
        let q = one("三次产业结构调整为8.9∶57.0∶34.1");
        assert_eq!(q.parts, vec![8.9, 57.0, 34.1]);
        assert!(scan("时间09:30").is_empty());
    }

    #[test]
    fn run_together_values_split_at_percent_signs() {
        let qs = scan("分别增长69.6%55.0%43.8%");
        let values: Vec<f64> = qs.iter().map(|q| q.value).collect();
        assert_eq!(values, [69.6, 55.0, 43.8]);
        assert!(qs[1].start == qs[0].end && qs[2].start == qs[1].end);
    }

    #[test]
    fn lost_units() {
        let q = one("最低生活保障标准提升至1050/月");
        assert!(q.unit_lost);
        assert_eq!(q.unit.as_deref(), Some("/月"));
    }

    #[test]
    fn traps_are_not_quantities() {
        for text in [
            "2023年是开局之年",
            "第二次会议",
            "国家5A级旅游景区",
            "PM2.5浓度",
            "国产大飞机C919投入商业运营",
            "推进5G基站建设",
            "重组建立“1+3+1”国资国企架构",
            "认真落实省委“132”总体工作部署",
            "联系客服微信:22665800",
            "久拖10年的问题",
            "第十四届全国人民代表大会",
            "建设“15分钟品质文化生活圈”70处",
        ] {
            let qs = scan(text);
            let ok =
                qs.is_empty() || (text.contains("70处") && qs.len() == 1 && qs[0].value == 70.0);
            assert!(ok, "{text}: {qs:#?}");
        }
    }
}
