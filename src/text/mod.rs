//! Chinese text helpers shared by every stage: character classes, numerals, similarity.

pub mod numerals;
pub mod prepared;
pub mod similarity;
pub mod words;

/// The items, in order, listed under the rarest character pair of `name` in `index` (a map
/// from each pair to the items holding it): every item that holds `name` is among them, so
/// only they need a substring search. `None` for a name of one character.
pub fn rarest_pair<'a, S: std::hash::BuildHasher>(
    index: &'a std::collections::HashMap<(char, char), Vec<usize>, S>,
    name: &str,
) -> Option<&'a [usize]> {
    // The pairs read off the characters in one pass, without collecting them first (the
    // review's tracing asks for a word's rarest pair about 1,600 times a State Council pair).
    let pairs = name.chars().zip(name.chars().skip(1));
    pairs
        .map(|pair| index.get(&pair).map_or(&[][..], Vec::as_slice))
        .min_by_key(|list| list.len())
}

/// Where `inner`, a slice of `outer`, starts in it (in bytes); `None` when it is not a slice
/// of it.
pub fn offset_in(outer: &str, inner: &str) -> Option<usize> {
    let start = (inner.as_ptr() as usize).checked_sub(outer.as_ptr() as usize)?;
    (start + inner.len() <= outer.len()).then_some(start)
}

/// Whether `a` and `b` hold the same bytes: `a == b` without a call of `memcmp`, read as
/// overlapping 8- or 4-byte loads. [`find`] and [`rfind`] compare the needle (two or three
/// Han characters, 6–9 bytes) at every candidate place, where calling `memcmp` cost more than
/// comparing (State Council 2012→2013, html: `find` 14.15M → 13.21M instructions). Not a
/// gain everywhere: `verb_at`'s and `head_of`'s word lists compared this way cost more
/// (docs/performance.md, Session 22).
#[inline]
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        let at8 = |s: &[u8], i: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&s[i..i + 8]);
            u64::from_ne_bytes(w)
        };
        // Whole words of 8 bytes, then the last 8 (overlapping the one before).
        let mut i = 0;
        while i + 8 < n {
            if at8(a, i) != at8(b, i) {
                return false;
            }
            i += 8;
        }
        return at8(a, n - 8) == at8(b, n - 8);
    }
    if n >= 4 {
        let at4 = |s: &[u8], i: usize| {
            let mut w = [0u8; 4];
            w.copy_from_slice(&s[i..i + 4]);
            u32::from_ne_bytes(w)
        };
        return at4(a, 0) == at4(b, 0) && at4(a, n - 4) == at4(b, n - 4);
    }
    (0..n).all(|i| a[i] == b[i])
}

/// Where `needle` first occurs in `haystack` (in bytes): `haystack.find(needle)` without a
/// searcher. The rules look for short words (two or three characters) in short clauses, where
/// `str::find` spent more preparing its two-way searcher (about 400 instructions a call)
/// than searching; here each place holding the last byte of the needle's first character
/// (found with `memchr`: for a Han character, one byte in about a hundred) is compared
/// whole. Bytes are compared, not characters: in UTF-8 a needle starting with a whole
/// character can only match where a character starts.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(first) = needle.chars().next() else {
        return Some(0);
    };
    let k = first.len_utf8() - 1;
    if n.len() > h.len() {
        return None;
    }
    // The byte searched for, at `k` in the needle, where a match could start (`at` is its
    // index in the slice from `k`).
    memchr::memchr_iter(n[k], &h[k..=h.len() - n.len() + k])
        .find(|&at| same_bytes(&h[at..at + n.len()], n))
}

/// Where `needle` last occurs in `haystack`: `haystack.rfind(needle)`, as [`find`] does it.
pub fn rfind(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some(first) = needle.chars().next() else {
        return Some(h.len());
    };
    let k = first.len_utf8() - 1;
    if n.len() > h.len() {
        return None;
    }
    memchr::memrchr_iter(n[k], &h[k..=h.len() - n.len() + k])
        .find(|&at| same_bytes(&h[at..at + n.len()], n))
}

/// A fixed list of words grouped by their first character, each group in the list's order:
/// what starts a text is looked up in one group, not the whole list (units after a numeral,
/// fillers at the start of a subject, where most positions open no word of the list).
pub struct ByFirstChar(rustc_hash::FxHashMap<char, Vec<&'static str>>);

impl ByFirstChar {
    pub fn new(words: &[&'static str]) -> Self {
        let mut by_first: rustc_hash::FxHashMap<char, Vec<&'static str>> = Default::default();
        for w in words {
            if let Some(c) = w.chars().next() {
                by_first.entry(c).or_default().push(w);
            }
        }
        ByFirstChar(by_first)
    }

    /// The words that start with the first character of `text`, in the list's order.
    pub fn starting(&self, text: &str) -> &[&'static str] {
        text.chars()
            .next()
            .and_then(|c| self.0.get(&c))
            .map_or(&[], Vec::as_slice)
    }
}

/// Whether `haystack` holds `needle`: `haystack.contains(needle)`, as [`find`] does it.
pub fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// Where each match of `needle` starts in `haystack`, left to right, a match not overlapping
/// the one before: the starts of `haystack.match_indices(needle)`, as [`find`] does it.
pub fn match_starts<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let start = from?;
        let Some(at) = find(&haystack[start..], needle).map(|i| start + i) else {
            from = None;
            return None;
        };
        from = if needle.is_empty() {
            // An empty needle matches at every character boundary, the end included.
            haystack[at..].chars().next().map(|c| at + c.len_utf8())
        } else {
            Some(at + needle.len())
        };
        Some(at)
    })
}

/// How a passage of a report turns from a longer span to the last year alone (`过去一年`,
/// `一年来`, `去年`, `刚刚过去的2022年`): read by the tree (the groups of a five-year review
/// that review the year) and by extraction (the frame of a sentence).
const LAST_YEAR_OPENINGS: &[&str] = &[
    "过去一年",
    "过去的一年",
    "一年来",
    "去年",
    "上年",
    "刚刚过去的",
    "刚过去的",
];

/// Whether `text` opens on the last year alone (one of `LAST_YEAR_OPENINGS`).
pub fn opens_on_the_last_year(text: &str) -> bool {
    LAST_YEAR_OPENINGS.iter().any(|w| text.starts_with(w))
}

/// `text` without the address to the deputies it opens on (`各位代表，刚刚过去的2022年，…`,
/// `各位代表！过去五年，…`).
pub fn without_address(text: &str) -> &str {
    let text = text.trim_start();
    text.strip_prefix("各位代表").map_or(text, |rest| {
        rest.trim_start_matches([',', '!', ':', '，', '！', '：', ' '])
    })
}

/// The first `n` characters of `text` (all of it when shorter).
pub fn prefix_chars(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or(text, |(i, _)| &text[..i])
}

/// The last `n` characters of `text` (all of it when shorter).
pub fn suffix_chars(text: &str, n: usize) -> &str {
    match n.checked_sub(1) {
        Some(back) => text
            .char_indices()
            .rev()
            .nth(back)
            .map_or(text, |(i, _)| &text[i..]),
        None => &text[text.len()..],
    }
}

/// A Han (CJK unified ideograph) character, basic block or extension A.
pub fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// `\p{Han}` of regular expressions (the Unicode script Han, as the `regex` crate defines
/// it): radicals, `々`, `〇`, Suzhou numerals, compatibility ideographs and every extension,
/// beyond [`is_han`]. For scanners written by hand in place of a pattern that said
/// `\p{Han}`, which must match exactly what it matched (compiling such patterns was most of
/// the start-up).
pub fn is_han_script(c: char) -> bool {
    in_ranges(c, HAN_SCRIPT)
}

/// `\d` of regular expressions (Unicode `Nd`: `0`–`9`, `٣`, `𝟘`, …; full-width digits are
/// folded to ASCII at the input, others are not).
pub fn is_decimal_digit(c: char) -> bool {
    // No decimal digit lies between U+1C5A and U+A61F (the table below jumps from Ol Chiki's
    // to Vai's), where Han characters and CJK punctuation are: most characters of a report
    // are answered without a search of the table.
    c.is_ascii_digit()
        || (!c.is_ascii() && !('\u{1C5A}'..'\u{A620}').contains(&c) && in_ranges(c, DECIMAL_DIGITS))
}

/// `\s` of regular expressions: Unicode `White_Space`, which is what `char::is_whitespace`
/// tests.
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
}

fn in_ranges(c: char, ranges: &[(char, char)]) -> bool {
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The ranges of `\p{Han}` in regex-syntax 0.8 (checked against the `regex` crate by a test).
const HAN_SCRIPT: &[(char, char)] = &[
    ('\u{2E80}', '\u{2E99}'),
    ('\u{2E9B}', '\u{2EF3}'),
    ('\u{2F00}', '\u{2FD5}'),
    ('\u{3005}', '\u{3005}'),
    ('\u{3007}', '\u{3007}'),
    ('\u{3021}', '\u{3029}'),
    ('\u{3038}', '\u{303B}'),
    ('\u{3400}', '\u{4DBF}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{F900}', '\u{FA6D}'),
    ('\u{FA70}', '\u{FAD9}'),
    ('\u{16FE2}', '\u{16FE3}'),
    ('\u{16FF0}', '\u{16FF1}'),
    ('\u{20000}', '\u{2A6DF}'),
    ('\u{2A700}', '\u{2B739}'),
    ('\u{2B740}', '\u{2B81D}'),
    ('\u{2B820}', '\u{2CEA1}'),
    ('\u{2CEB0}', '\u{2EBE0}'),
    ('\u{2EBF0}', '\u{2EE5D}'),
    ('\u{2F800}', '\u{2FA1D}'),
    ('\u{30000}', '\u{3134A}'),
    ('\u{31350}', '\u{323AF}'),
];

/// The ranges of `\d` in regex-syntax 0.8 (checked against the `regex` crate by a test).
const DECIMAL_DIGITS: &[(char, char)] = &[
    ('\u{30}', '\u{39}'),
    ('\u{660}', '\u{669}'),
    ('\u{6F0}', '\u{6F9}'),
    ('\u{7C0}', '\u{7C9}'),
    ('\u{966}', '\u{96F}'),
    ('\u{9E6}', '\u{9EF}'),
    ('\u{A66}', '\u{A6F}'),
    ('\u{AE6}', '\u{AEF}'),
    ('\u{B66}', '\u{B6F}'),
    ('\u{BE6}', '\u{BEF}'),
    ('\u{C66}', '\u{C6F}'),
    ('\u{CE6}', '\u{CEF}'),
    ('\u{D66}', '\u{D6F}'),
    ('\u{DE6}', '\u{DEF}'),
    ('\u{E50}', '\u{E59}'),
    ('\u{ED0}', '\u{ED9}'),
    ('\u{F20}', '\u{F29}'),
    ('\u{1040}', '\u{1049}'),
    ('\u{1090}', '\u{1099}'),
    ('\u{17E0}', '\u{17E9}'),
    ('\u{1810}', '\u{1819}'),
    ('\u{1946}', '\u{194F}'),
    ('\u{19D0}', '\u{19D9}'),
    ('\u{1A80}', '\u{1A89}'),
    ('\u{1A90}', '\u{1A99}'),
    ('\u{1B50}', '\u{1B59}'),
    ('\u{1BB0}', '\u{1BB9}'),
    ('\u{1C40}', '\u{1C49}'),
    ('\u{1C50}', '\u{1C59}'),
    ('\u{A620}', '\u{A629}'),
    ('\u{A8D0}', '\u{A8D9}'),
    ('\u{A900}', '\u{A909}'),
    ('\u{A9D0}', '\u{A9D9}'),
    ('\u{A9F0}', '\u{A9F9}'),
    ('\u{AA50}', '\u{AA59}'),
    ('\u{ABF0}', '\u{ABF9}'),
    ('\u{FF10}', '\u{FF19}'),
    ('\u{104A0}', '\u{104A9}'),
    ('\u{10D30}', '\u{10D39}'),
    ('\u{10D40}', '\u{10D49}'),
    ('\u{11066}', '\u{1106F}'),
    ('\u{110F0}', '\u{110F9}'),
    ('\u{11136}', '\u{1113F}'),
    ('\u{111D0}', '\u{111D9}'),
    ('\u{112F0}', '\u{112F9}'),
    ('\u{11450}', '\u{11459}'),
    ('\u{114D0}', '\u{114D9}'),
    ('\u{11650}', '\u{11659}'),
    ('\u{116C0}', '\u{116C9}'),
    ('\u{116D0}', '\u{116E3}'),
    ('\u{11730}', '\u{11739}'),
    ('\u{118E0}', '\u{118E9}'),
    ('\u{11950}', '\u{11959}'),
    ('\u{11BF0}', '\u{11BF9}'),
    ('\u{11C50}', '\u{11C59}'),
    ('\u{11D50}', '\u{11D59}'),
    ('\u{11DA0}', '\u{11DA9}'),
    ('\u{11F50}', '\u{11F59}'),
    ('\u{16130}', '\u{16139}'),
    ('\u{16A60}', '\u{16A69}'),
    ('\u{16AC0}', '\u{16AC9}'),
    ('\u{16B50}', '\u{16B59}'),
    ('\u{16D70}', '\u{16D79}'),
    ('\u{1CCF0}', '\u{1CCF9}'),
    ('\u{1D7CE}', '\u{1D7FF}'),
    ('\u{1E140}', '\u{1E149}'),
    ('\u{1E2F0}', '\u{1E2F9}'),
    ('\u{1E4F0}', '\u{1E4F9}'),
    ('\u{1E5F1}', '\u{1E5FA}'),
    ('\u{1E950}', '\u{1E959}'),
    ('\u{1FBF0}', '\u{1FBF9}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rarest_pair_lists_the_items_of_the_rarest_pair() {
        let mut index: std::collections::HashMap<(char, char), Vec<usize>> = Default::default();
        index.insert(('城', '市'), vec![0, 2, 5, 7]);
        index.insert(('市', '更'), vec![2, 7]);
        index.insert(('更', '新'), vec![1, 2, 7]);
        assert_eq!(rarest_pair(&index, "城市更新"), Some(&[2, 7][..]));
        // A pair no item holds: no item holds the name.
        assert_eq!(rarest_pair(&index, "城市新区"), Some(&[][..]));
        assert_eq!(rarest_pair(&index, "城"), None);
    }

    /// The maximal runs of characters `pattern` (a class with `+`) matches, over every
    /// Unicode scalar value in order.
    fn runs(pattern: &str) -> Vec<(char, char)> {
        let all: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        regex::Regex::new(pattern)
            .unwrap()
            .find_iter(&all)
            .map(|m| {
                let s = m.as_str();
                (s.chars().next().unwrap(), s.chars().last().unwrap())
            })
            .collect()
    }

    /// The same runs from a predicate.
    fn runs_of(test: fn(char) -> bool) -> Vec<(char, char)> {
        let mut out: Vec<(char, char)> = Vec::new();
        let mut last: Option<char> = None;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if test(c) {
                match out.last_mut() {
                    Some(run) if last.is_some_and(|l| run.1 == l) => run.1 = c,
                    _ => out.push((c, c)),
                }
            }
            last = Some(c);
        }
        out
    }

    #[test]
    fn same_bytes_is_equality_at_every_length() {
        let text = "一二三四五六七八九十ab百千万";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            for end in start..=bytes.len() {
                let a = &bytes[start..end];
                for other in 0..=bytes.len() - a.len() {
                    let b = &bytes[other..other + a.len()];
                    assert_eq!(same_bytes(a, b), a == b, "{start}..{end} against {other}");
                }
                if a.len() < bytes.len() {
                    assert!(!same_bytes(a, &bytes[..a.len() + 1]));
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// `find`, `rfind`, `contains` and `match_starts` are the standard library's, on
        /// texts of a few characters (one, two, three and four bytes long) where needles recur
        /// and overlap.
        #[test]
        fn searches_are_the_standard_librarys(
            haystack in "[a两万元万亿𠀋、]{0,12}",
            needle in "[a两万元万亿𠀋、]{0,3}",
        ) {
            let (h, n) = (haystack.as_str(), needle.as_str());
            proptest::prop_assert_eq!(find(h, n), h.find(n));
            proptest::prop_assert_eq!(rfind(h, n), h.rfind(n));
            proptest::prop_assert_eq!(contains(h, n), h.contains(n));
            let starts: Vec<usize> = h.match_indices(n).map(|(i, _)| i).collect();
            proptest::prop_assert_eq!(match_starts(h, n).collect::<Vec<_>>(), starts);
        }
    }

    #[test]
    fn classes_are_the_regex_crates() {
        assert_eq!(runs_of(is_han_script), runs(r"\p{Han}+"));
        assert_eq!(runs_of(is_decimal_digit), runs(r"\d+"));
        assert_eq!(runs_of(is_space), runs(r"\s+"));
    }
}
