//! Places in a ranking (`增速列全市第一`, `居山区26县第三`, `进入全国前十`), scanned by hand.
//!
//! The pattern this scanner replaces (compiling it cost 2.6M instructions at every start,
//! `\d` and `\p{Han}` being large Unicode classes; the property test below checks the
//! scanner against it, match by match and group by group):
//!
//! ```text
//! (?P<verb>位居|位列|名列|稳居|跻身|排名|进入|列|居|排)?
//! (?P<scope>全国|全省|全市|全县|全区|全州|全球|世界|各省区|同类县|(?:山区|\p{Han}{0,2})\d{1,3}[县市区省个])?
//! (?P<ord>第[一二三四五六七八九十\d]+(?:位|名)?|首位|前[一二三四五六七八九十\d]+(?:位|名)?)
//! ```
//!
//! Matches are found as the `regex` crate finds them (leftmost-first, then the next search
//! from the end of the match): at the leftmost position where the pattern matches, the
//! first way to match in the pattern's order of preference (an optional group tried before
//! it is skipped, alternatives from left to right, repetitions as long as possible first).

use std::ops::Range;

use crate::text::{is_decimal_digit, is_han_script};

/// One place in a ranking: byte ranges in the scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rank {
    pub whole: Range<usize>,
    pub verb: Option<Range<usize>>,
    pub scope: Option<Range<usize>>,
    pub ord: Range<usize>,
}

const VERBS: &[&str] = &[
    "位居", "位列", "名列", "稳居", "跻身", "排名", "进入", "列", "居", "排",
];
const SCOPES: &[&str] = &[
    "全国",
    "全省",
    "全市",
    "全县",
    "全区",
    "全州",
    "全球",
    "世界",
    "各省区",
    "同类县",
];

/// No match has more than this many bytes before its ordinal: a verb of two characters, a
/// scope of at most six (`山区` or two Han characters, three digits, one more).
const MAX_BEFORE_ORD: usize = 8 * 4;

/// Every place in a ranking in `text`, in order, not overlapping.
pub fn ranks(text: &str) -> Vec<Rank> {
    let mut out = Vec::new();
    let ord_starts: Vec<usize> = text
        .match_indices(['第', '首', '前'])
        .map(|(i, _)| i)
        .collect();
    // Most clauses hold no ordinal: then no start can match, and none is tried.
    if ord_starts.is_empty() {
        return out;
    }
    let mut at = 0;
    while at < text.len() {
        // Only a start close enough before an ordinal's first character can match.
        let near_ord = |i: &usize| {
            let k = ord_starts.partition_point(|&o| o < *i);
            ord_starts.get(k).is_some_and(|&o| o - i <= MAX_BEFORE_ORD)
        };
        match (at..text.len())
            .filter(|&i| text.is_char_boundary(i))
            .filter(near_ord)
            .find_map(|i| rank_at(text, i))
        {
            Some(rank) => {
                at = rank.whole.end;
                out.push(rank);
            }
            None => break,
        }
    }
    out
}

/// The match starting at `start`, if any, chosen in the pattern's order of preference.
fn rank_at(text: &str, start: usize) -> Option<Rank> {
    let verbs = VERBS
        .iter()
        .filter(|v| text[start..].starts_with(**v))
        .map(|v| Some(start..start + v.len()))
        .chain(std::iter::once(None));
    for verb in verbs {
        let after_verb = verb.as_ref().map_or(start, |v| v.end);
        for scope in scopes_at(text, after_verb) {
            let after_scope = scope.as_ref().map_or(after_verb, |s| s.end);
            if let Some(ord) = ord_at(text, after_scope) {
                return Some(Rank {
                    whole: start..ord.end,
                    verb,
                    scope,
                    ord,
                });
            }
        }
    }
    None
}

/// The ways the scope group can match at `at`, in order of preference, the group skipped
/// last.
fn scopes_at(text: &str, at: usize) -> Vec<Option<Range<usize>>> {
    let rest = &text[at..];
    let mut out: Vec<Option<Range<usize>>> = SCOPES
        .iter()
        .filter(|s| rest.starts_with(**s))
        .map(|s| Some(at..at + s.len()))
        .collect();
    // (?:山区|\p{Han}{0,2})\d{1,3}[县市区省个]
    let mut prefixes = Vec::new();
    if rest.starts_with("山区") {
        prefixes.push(at + "山区".len());
    }
    let han: Vec<usize> = rest
        .char_indices()
        .take(2)
        .take_while(|(_, c)| is_han_script(*c))
        .map(|(i, c)| at + i + c.len_utf8())
        .collect();
    prefixes.extend(han.iter().rev());
    prefixes.push(at);
    for p in prefixes {
        let digits: Vec<usize> = text[p..]
            .char_indices()
            .take(3)
            .take_while(|(_, c)| is_decimal_digit(*c))
            .map(|(i, c)| p + i + c.len_utf8())
            .collect();
        for &d in digits.iter().rev() {
            if let Some(c) = text[d..].chars().next()
                && matches!(c, '县' | '市' | '区' | '省' | '个')
            {
                out.push(Some(at..d + c.len_utf8()));
            }
        }
    }
    out.push(None);
    out
}

/// The ordinal at `at`: the first alternative that matches, each as long as it can be
/// (nothing follows it in the pattern, so the first way found is the match).
fn ord_at(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = &text[at..];
    let counted = |prefix: char| -> Option<Range<usize>> {
        let body = rest.strip_prefix(prefix)?;
        let run: usize = body
            .chars()
            .take_while(|&c| "一二三四五六七八九十".contains(c) || is_decimal_digit(c))
            .map(char::len_utf8)
            .sum();
        if run == 0 {
            return None;
        }
        let suffix = body[run..]
            .chars()
            .next()
            .filter(|c| matches!(c, '位' | '名'))
            .map_or(0, char::len_utf8);
        Some(at..at + prefix.len_utf8() + run + suffix)
    };
    counted('第')
        .or_else(|| rest.starts_with("首位").then(|| at..at + "首位".len()))
        .or_else(|| counted('前'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;

    const PATTERN: &str = r"(?P<verb>位居|位列|名列|稳居|跻身|排名|进入|列|居|排)?(?P<scope>全国|全省|全市|全县|全区|全州|全球|世界|各省区|同类县|(?:山区|\p{Han}{0,2})\d{1,3}[县市区省个])?(?P<ord>第[一二三四五六七八九十\d]+(?:位|名)?|首位|前[一二三四五六七八九十\d]+(?:位|名)?)";

    /// Pieces of the pattern and of the text around rankings, so that generated lines cross
    /// its alternatives, bounds and optional groups both ways.
    const PIECES: &[&str] = &[
        "位居",
        "位列",
        "名列",
        "稳居",
        "跻身",
        "排名",
        "进入",
        "列",
        "居",
        "排",
        "位",
        "名",
        "全国",
        "全省",
        "全市",
        "全县",
        "全区",
        "全州",
        "全球",
        "世界",
        "各省区",
        "同类县",
        "全",
        "山区",
        "山",
        "区",
        "县",
        "市",
        "省",
        "个",
        "第",
        "首位",
        "首",
        "前",
        "一",
        "三",
        "十",
        "五",
        "1",
        "26",
        "9",
        "2024",
        "٣",
        "𝟘",
        "增速",
        "总量",
        "幼儿园",
        "某",
        "a",
        ",",
        "、",
        "。",
        " ",
        "(",
        "第一",
        "前十",
    ];

    fn by_pattern(re: &Regex, text: &str) -> Vec<Rank> {
        re.captures_iter(text)
            .map(|c| Rank {
                whole: c.get(0).unwrap().range(),
                verb: c.name("verb").map(|m| m.range()),
                scope: c.name("scope").map(|m| m.range()),
                ord: c.name("ord").unwrap().range(),
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 6000, .. ProptestConfig::default() })]

        #[test]
        fn ranks_are_what_the_pattern_found(
            pieces in prop::collection::vec(prop::sample::select(PIECES), 0..12)
        ) {
            static RE: std::sync::LazyLock<Regex> =
                std::sync::LazyLock::new(|| Regex::new(PATTERN).unwrap());
            let text = pieces.concat();
            prop_assert_eq!(by_pattern(&RE, &text), ranks(&text), "{}", text);
        }
    }

    #[test]
    fn rankings_of_real_sentences() {
        let re = Regex::new(PATTERN).unwrap();
        for text in [
            "增速列全市第一",
            "居山区26县第三",
            "增速居26县第三",
            "进入全国前十位",
            "综合实力位居全国百强县第56位",
            "主要指标增速稳居全省首位",
            "第三幼儿园",
            "排名前三",
        ] {
            assert_eq!(by_pattern(&re, text), ranks(text), "{text}");
            assert!(!ranks(text).is_empty() || text == "某", "{text}");
        }
        let r = &ranks("增速列全市第一")[0];
        assert_eq!(r.verb, Some(6..9));
        assert_eq!(r.scope, Some(9..15));
        assert_eq!(r.ord, 15..21);
    }
}
