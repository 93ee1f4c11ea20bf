//! The canonical indicators (`data/indicators.toml`, compiled in): one id per measured
//! quantity whatever a report calls it (`国内生产总值`, `全省生产总值`, `经济增长` → `gdp`), with
//! its English name, the direction that is better, the indicators a combined one splits into
//! (`城乡居民收入` → urban, rural) and the series it replaced (`农民人均纯收入` →
//! `农村居民人均可支配收入`).
//!
//! TOML because the file is written and reviewed by hand: comments, one table per
//! indicator, no quoting of keys. `build.rs` turns it into JSON, the same tables, which is
//! what the binary embeds and reads (parsing the TOML cost 7.6M instructions at every
//! start); the tests below check that both give the same vocabulary.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};
use serde::Deserialize;

use crate::model::Measure;
use crate::text::prepared::Pattern;

/// `data/indicators.toml` as JSON (`build.rs`).
const COMPILED: &str = include_str!(concat!(env!("OUT_DIR"), "/indicators.json"));

/// Which way an indicator is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    Up,
    Down,
    /// Neither: a steering quantity (money supply, aggregate financing) whose target is a
    /// point; `左右` on it is a band on both sides.
    Neither,
}

/// A change of statistical series: this indicator replaced `from` in `since`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SeriesBreak {
    pub from: String,
    pub since: u16,
    pub note: String,
}

/// Years in which this indicator was the whole of another: before 2009 local governments
/// ran no deficit, so the State Council's 中央财政赤字 was the whole fiscal deficit.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct WholeUntil {
    /// The id of the indicator it was the whole of.
    pub id: String,
    /// The last year it was.
    pub until: u16,
    pub note: String,
}

/// One canonical indicator.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub zh: String,
    pub en: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub patterns: Vec<String>,
    /// Words a review uses for the indicator alone, opening a clause that says how it went
    /// without a figure (`投资拉动稳步推进` of fixed-asset investment): such a clause reports
    /// on it, not comparably. Never a subject of their own.
    #[serde(default)]
    pub short: Vec<String>,
    pub measures: Vec<Measure>,
    /// Unit family: `money`, `percent`, `people`, `things`, `area`, …
    pub unit: String,
    pub better: Better,
    /// The ids a combined indicator splits into.
    #[serde(default)]
    pub parts: Vec<String>,
    /// Ids that plans use in turn for the same target, though the statistics differ: a
    /// county sets `城乡居民人均可支配收入增长9%` one year (each of urban and rural) and
    /// `居民人均可支配收入增长9%` the next (all residents). Kin when a target is followed from
    /// one plan to the next, never when an actual is judged against a target.
    #[serde(default)]
    pub kin: Vec<String>,
    #[serde(default)]
    pub breaks: Vec<SeriesBreak>,
    #[serde(default)]
    pub whole_until: Option<WholeUntil>,
    /// A binding target of the plans (`约束性指标`: energy and carbon intensity, emissions,
    /// air and water quality, forest cover): what a review's `约束性指标完成…` speaks for.
    #[serde(default)]
    pub binding: bool,
}

#[derive(Deserialize)]
struct File {
    indicator: Vec<Entry>,
}

/// The vocabulary, indexed by normalised alias and by id.
pub struct Vocabulary {
    pub entries: Vec<Entry>,
    by_alias: HashMap<String, usize>,
    by_id: HashMap<String, usize>,
    /// The entries' patterns, and the entry of each.
    patterns: Patterns,
    pattern_entries: Vec<usize>,
}

/// The entries' patterns: those of the shipped file were compiled by `build.rs`
/// ([`Pattern::prepared`]; a `RegexSet` compiled at every start cost 2.6M instructions);
/// others (a file read by a test) in one set, compiled here.
enum Patterns {
    Prepared(Vec<Pattern>),
    Set(RegexSet),
}

impl Patterns {
    fn new(patterns: &[&str]) -> Result<Self, regex::Error> {
        match patterns.iter().map(|p| Pattern::prepared(p)).collect() {
            Some(prepared) => Ok(Patterns::Prepared(prepared)),
            None => RegexSet::new(patterns).map(Patterns::Set),
        }
    }

    /// The first of the patterns that matches `key`, in the file's order.
    fn first_match(&self, key: &str) -> Option<usize> {
        match self {
            Patterns::Prepared(list) => list.iter().position(|p| p.is_match(key)),
            Patterns::Set(set) => set.matches(key).iter().next(),
        }
    }

    #[cfg(test)]
    fn sources(&self) -> Vec<&str> {
        match self {
            Patterns::Prepared(list) => list.iter().map(Pattern::as_str).collect(),
            Patterns::Set(set) => set.patterns().iter().map(String::as_str).collect(),
        }
    }
}

/// Words that say where or over what span a figure is counted, not what is counted:
/// `全县生产总值`, `区本级固定资产投资`, `全社会研发经费投入`, `新增城镇就业`; a district's or
/// city's own area named as `本区`/`本市` (`本区生产总值增长8%以上`, Luohu 2018).
const SCOPE_PREFIXES: &[&str] = &[
    "全社会",
    "本区",
    "本市",
    "本县",
    "本省",
    "区本级",
    "县本级",
    "市本级",
    "省本级",
    "旗本级",
    "本级",
    "全省",
    "全市",
    "全县",
    "全区",
    "全州",
    "全盟",
    "全旗",
    "全国",
    "全年",
    "年度",
    "当年",
    "今年",
    "新增",
    "累计",
];
/// Words after the name that say which aspect is given: `研发投入增速`, `经济总量`, and the
/// longer words of the 1990s for a rise (`零售物价总水平上涨幅度`, `工业生产增长幅度`).
const ASPECT_SUFFIXES: &[&str] = &[
    "上涨幅度",
    "增长幅度",
    "上升幅度",
    "上涨率",
    "增速",
    "增幅",
    "增长率",
    "增长",
    "涨幅",
    "总量",
    "规模",
    "水平",
];

/// A subject as the vocabulary compares it: full-width forms folded, spaces, quotes and
/// punctuation other than brackets dropped.
pub fn normalize(text: &str) -> String {
    // Most subjects and every alias are Han characters, ASCII letters and digits and kept
    // punctuation only, which stay as they are: copied at once, not pushed a character at a
    // time into a growing string (1.5M instructions at every start for the aliases).
    if text.chars().all(|c| {
        ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_ascii_alphanumeric() || is_kept_mark(c)
    }) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let folded = text.chars().map(|c| match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    });
    out.extend(folded.filter(|&c| is_word_char(c) || is_kept_mark(c)));
    out
}

/// The punctuation [`normalize`] keeps: brackets, `.`, `&` and double quotes.
fn is_kept_mark(c: char) -> bool {
    matches!(c, '(' | ')' | '.' | '&' | '“' | '”')
}

/// `char::is_alphanumeric`, answered at once for the CJK Unified Ideographs (U+4E00–U+9FFF,
/// all alphabetic), which are most of what is normalised: the general test looks Han
/// characters up in Unicode's tables (2.5M instructions at start-up for the aliases alone).
fn is_word_char(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_alphanumeric()
}

impl Vocabulary {
    /// The vocabulary of the compiled form of the file (`build.rs`).
    fn from_json(json: &str) -> Result<Self, String> {
        Self::new(serde_json::from_str(json).map_err(|e| e.to_string())?)
    }

    /// The vocabulary of the TOML file as people write it.
    #[cfg(test)]
    fn parse(source: &str) -> Result<Self, String> {
        Self::new(toml::from_str(source).map_err(|e| e.to_string())?)
    }

    /// Indexes the entries, checking that ids and aliases are unique, references name
    /// known ids and patterns compile.
    fn new(file: File) -> Result<Self, String> {
        let mut by_alias = HashMap::default();
        let mut by_id = HashMap::default();
        let mut patterns: Vec<&str> = Vec::new();
        let mut pattern_entries = Vec::new();
        for (i, e) in file.indicator.iter().enumerate() {
            if by_id.insert(e.id.clone(), i).is_some() {
                return Err(format!("duplicate id {}", e.id));
            }
            for alias in std::iter::once(&e.zh).chain(&e.aliases) {
                if let Some(j) = by_alias.insert(normalize(alias), i)
                    && j != i
                {
                    return Err(format!(
                        "alias {alias} names both {} and {}",
                        file.indicator[j].id, e.id
                    ));
                }
            }
            for p in &e.patterns {
                patterns.push(p);
                pattern_entries.push(i);
            }
        }
        for e in &file.indicator {
            let whole = e.whole_until.iter().map(|w| &w.id);
            for id in e
                .parts
                .iter()
                .chain(&e.kin)
                .chain(e.breaks.iter().map(|b| &b.from))
                .chain(whole)
            {
                if !by_id.contains_key(id) {
                    return Err(format!("{} refers to unknown id {id}", e.id));
                }
            }
        }
        let patterns = Patterns::new(&patterns).map_err(|err| {
            // Which entry's pattern is wrong (compiled apart only to say so).
            patterns
                .iter()
                .zip(&pattern_entries)
                .find_map(|(p, &i)| {
                    Regex::new(p)
                        .err()
                        .map(|err| format!("{}: {err}", file.indicator[i].id))
                })
                .unwrap_or_else(|| err.to_string())
        })?;
        Ok(Vocabulary {
            entries: file.indicator,
            by_alias,
            by_id,
            patterns,
            pattern_entries,
        })
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// The index of the entry `key` is an alias of or matches a pattern of.
    fn exact(&self, key: &str) -> Option<usize> {
        self.by_alias.get(key).copied().or_else(|| {
            // The first pattern that matches, in the file's order.
            let k = self.patterns.first_match(key)?;
            Some(self.pattern_entries[k])
        })
    }

    /// The canonical indicator a subject names, if any. The whole subject must be an alias
    /// (or match a pattern) once scope words are dropped from its front and an aspect word
    /// from its end: `区本级固定资产投资` is `fixed_asset_investment`, but `中俄蒙国际物流园区投资`
    /// is nothing, and `省级农业龙头企业` is not `农业龙头企业` (the level is part of the name).
    ///
    /// The shipped vocabulary's answers are kept per thread ([`LOOKED_UP`]): extraction and
    /// judging look the same subjects up many times over (a report's subjects by several
    /// rules, each report again as OLD and as NEW in `track`), and a subject that names
    /// nothing costs the most, every pattern tried for each of its shortened forms (`track` of
    /// 68 State Council pairs: 42,000 look-ups, 173M instructions).
    pub fn lookup(&self, subject: &str) -> Option<&Entry> {
        if !could_be_a_name(subject) {
            return None;
        }
        if !std::ptr::eq(self, vocabulary()) {
            return self.find(subject).map(|i| &self.entries[i]);
        }
        let found = LOOKED_UP.with(|memo| {
            if let Some(&found) = memo.borrow().get(subject) {
                return found;
            }
            let found = self.find(subject);
            let mut memo = memo.borrow_mut();
            if memo.len() >= LOOKED_UP_MAX {
                memo.clear();
            }
            memo.insert(subject.to_string(), found);
            found
        });
        found.map(|i| &self.entries[i])
    }

    /// [`Vocabulary::lookup`] without the memo: the index of the entry.
    fn find(&self, subject: &str) -> Option<usize> {
        let mut key = normalize(subject);
        loop {
            if let Some(i) = self.exact(&key) {
                return Some(i);
            }
            if let Some(i) = ASPECT_SUFFIXES
                .iter()
                .filter_map(|s| key.strip_suffix(s))
                .filter(|rest| rest.chars().count() >= 2)
                .find_map(|rest| self.exact(rest))
            {
                return Some(i);
            }
            let rest = SCOPE_PREFIXES
                .iter()
                .filter_map(|p| key.strip_prefix(p))
                .find(|rest| rest.chars().count() >= 2)?;
            key = rest.to_string();
        }
    }

    /// The series break that links an old indicator to its successor, if `new_id` replaced
    /// `old_id`.
    pub fn break_between(&self, old_id: &str, new_id: &str) -> Option<&SeriesBreak> {
        self.get(new_id)?.breaks.iter().find(|b| b.from == old_id)
    }
}

/// No name the vocabulary knows is longer than this: the longest alias has 21 characters,
/// scope words and an aspect add a few. A longer subject is not looked up, so that the search
/// for a known name stays linear in a clause that runs on for pages (damaged text without
/// punctuation, where a quadratic search took seconds).
pub const MAX_NAME_CHARS: usize = 64;

/// Whether `subject` is short enough to be a name of the vocabulary (in time bounded by the
/// limit, whatever its length).
pub fn could_be_a_name(subject: &str) -> bool {
    subject.len() <= 4 * MAX_NAME_CHARS && subject.chars().count() <= MAX_NAME_CHARS
}

/// Most subjects the shipped vocabulary's look-ups keep on one thread ([`LOOKED_UP`]); past
/// it the memo starts again, so a long run keeps its memory bounded.
const LOOKED_UP_MAX: usize = 1 << 16;

thread_local! {
    /// Subjects looked up in the shipped vocabulary on this thread, with the index of the
    /// entry each names ([`Vocabulary::lookup`]).
    static LOOKED_UP: std::cell::RefCell<HashMap<String, Option<usize>>> =
        std::cell::RefCell::new(HashMap::default());
}

static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    // The file is compiled in and checked by the unit tests below: a failure here is a
    // defect of the build, not of the input.
    Vocabulary::from_json(COMPILED).unwrap_or_else(|e| panic!("data/indicators.toml: {e}"))
});

/// The vocabulary shipped with the program.
pub fn vocabulary() -> &'static Vocabulary {
    &VOCABULARY
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(subject: &str) -> Option<&'static str> {
        vocabulary().lookup(subject).map(|e| e.id.as_str())
    }

    const SOURCE: &str = include_str!("../../data/indicators.toml");

    #[test]
    fn the_file_parses_and_is_large_enough() {
        let v = Vocabulary::parse(SOURCE).unwrap();
        assert!(v.entries.len() >= 150, "{}", v.entries.len());
        for e in &v.entries {
            assert!(!e.en.is_empty() && !e.measures.is_empty(), "{}", e.id);
        }
    }

    #[test]
    fn normalize_folds_full_width_forms_and_drops_marks() {
        // Copied at once (Han, ASCII, kept marks) and character by character give the same.
        assert_eq!(normalize("国内生产总值(GDP)"), "国内生产总值(GDP)");
        assert_eq!(normalize("“菜篮子”R&D"), "“菜篮子”R&D");
        assert_eq!(normalize("ＰＭ２．５ 浓度"), "PM2.5浓度");
        assert_eq!(normalize("单位GDP能耗、水耗"), "单位GDP能耗水耗");
        assert_eq!(normalize("城镇化率（%）"), "城镇化率()");
        assert_eq!(normalize("Über・"), "Über");
    }

    #[test]
    fn a_governments_own_area_is_a_scope() {
        assert_eq!(id("本区生产总值"), Some("gdp"));
        assert_eq!(id("本市生产总值"), Some("gdp"));
    }

    #[test]
    fn cjk_unified_ideographs_are_alphanumeric() {
        assert!(('\u{4E00}'..='\u{9FFF}').all(char::is_alphanumeric));
        for c in ['a', '5', '(', ' ', '、', '㐀', '\u{20000}'] {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c}");
        }
    }

    #[test]
    fn the_compiled_form_is_the_file() {
        let read = Vocabulary::parse(SOURCE).unwrap();
        let compiled = vocabulary();
        assert_eq!(
            format!("{:?}", read.entries),
            format!("{:?}", compiled.entries)
        );
        assert_eq!(read.by_alias, compiled.by_alias);
        assert_eq!(read.by_id, compiled.by_id);
        assert_eq!(read.patterns.sources(), compiled.patterns.sources());
        assert!(matches!(compiled.patterns, Patterns::Prepared(_)));
        assert_eq!(read.pattern_entries, compiled.pattern_entries);
    }

    #[test]
    fn ids_the_series_gold_uses_exist() {
        for id in [
            "gdp",
            "cpi",
            "urban_jobs",
            "unemployment_registered",
            "unemployment_surveyed",
            "grain",
            "deficit",
            "deficit_ratio",
        ] {
            assert!(vocabulary().get(id).is_some(), "{id}");
        }
    }

    #[test]
    fn gdp_under_every_name() {
        for s in [
            "国内生产总值",
            "地区生产总值",
            "全省生产总值",
            "全县生产总值",
            "生产总值",
            "经济增长",
            "GDP",
        ] {
            assert_eq!(id(s), Some("gdp"), "{s}");
        }
    }

    /// The relief lifted from firms is the year's tax and fee cuts; the cuts added on top of
    /// those in force are another indicator, though `新增` is otherwise a scope word.
    #[test]
    fn relief_and_new_cuts_are_two_indicators() {
        assert_eq!(id("企业税收和社保缴费负担"), Some("tax_cuts"));
        assert_eq!(id("市场主体减负"), Some("tax_cuts"));
        assert_eq!(id("减税降费"), Some("tax_cuts"));
        assert_eq!(id("新增减税降费"), Some("tax_cuts_new"));
    }

    /// Names of one indicator that cities use besides the province's: `民心工程` for the
    /// numbered livelihood projects, the listings (`企业成功上市`) for listed companies.
    #[test]
    fn other_names_of_one_list() {
        assert_eq!(id("省定民心工程"), Some("livelihood_projects"));
        assert_eq!(id("民心工程"), Some("livelihood_projects"));
        assert_eq!(id("企业成功上市"), Some("listed_companies"));
    }

    #[test]
    fn scope_words_drop_but_names_stay() {
        assert_eq!(id("区本级固定资产投资"), Some("fixed_asset_investment"));
        assert_eq!(id("全社会研发经费投入"), Some("rd_spending"));
        assert_eq!(id("全社会研发投入增速"), Some("rd_spending"));
        assert_eq!(id("新增城镇就业"), Some("urban_jobs"));
        assert_eq!(id("城镇新增就业"), Some("urban_jobs"));
        assert_eq!(id("新增就业"), Some("urban_jobs"));
        assert_eq!(id("中俄蒙国际物流园区投资"), None);
        assert_eq!(id("省级农业龙头企业"), None);
        assert_eq!(id("规模以上工业增加值"), Some("industrial_value_added"));
        assert_eq!(id("高新技术产业增加值"), Some("high_tech_value_added"));
    }

    #[test]
    fn incomes_and_their_series() {
        assert_eq!(id("城镇常住居民人均可支配收入"), Some("income_urban"));
        assert_eq!(id("城镇居民人均可支配收入"), Some("income_urban"));
        assert_eq!(id("农民人均纯收入"), Some("income_rural_net"));
        assert_eq!(id("农村常住居民人均可支配收入"), Some("income_rural"));
        assert_eq!(id("城乡居民可支配收入"), Some("income_urban_rural"));
        let v = vocabulary();
        assert!(
            v.break_between("income_rural_net", "income_rural")
                .is_some()
        );
        assert!(
            v.break_between("income_rural", "income_rural_net")
                .is_none()
        );
        assert_eq!(
            v.get("income_urban_rural").map(|e| e.parts.clone()),
            Some(vec!["income_urban".to_string(), "income_rural".to_string()])
        );
    }

    /// The headline names of State Council reports of the 1990s: growth as `经济增长速度`,
    /// prices as retail prices (`商品零售价格`), the series consumer prices replaced.
    #[test]
    fn names_of_the_nineties() {
        assert_eq!(id("经济增长速度"), Some("gdp"));
        assert_eq!(id("商品零售价格"), Some("retail_prices"));
        assert_eq!(id("商品零售价格涨幅"), Some("retail_prices"));
        assert_eq!(id("零售物价总水平上涨幅度"), Some("retail_prices"));
        assert_eq!(id("城镇待业率"), Some("unemployment_registered"));
        assert_eq!(id("商品零售价格上涨率"), Some("retail_prices"));
        assert_eq!(id("居民消费价格"), Some("cpi"));
        assert!(vocabulary().break_between("retail_prices", "cpi").is_some());
        assert!(vocabulary().break_between("gnp", "gdp").is_some());
        assert_eq!(
            vocabulary().lookup("国民生产总值").map(|e| e.id.as_str()),
            Some("gnp")
        );
    }

    #[test]
    fn patterns_cover_families_of_wordings() {
        assert_eq!(
            id("地表水国省考断面水质优良比例"),
            Some("surface_water_quality")
        );
        assert_eq!(id("全社会研发经费投入占GDP比重"), Some("rd_intensity"));
        assert_eq!(id("细颗粒物（PM2.5）平均浓度"), Some("pm25"));
        assert_eq!(
            id("新农合和城镇居民基本医疗保险财政补助标准"),
            Some("medical_insurance_subsidy")
        );
    }

    #[test]
    fn a_bad_file_is_refused() {
        assert!(Vocabulary::parse("[[indicator]]\nid = 1\n").is_err());
        let twice = "[[indicator]]\nid='a'\nzh='甲'\nen='A'\nmeasures=['level']\nunit='money'\nbetter='up'\n";
        assert!(Vocabulary::parse(&format!("{twice}{twice}")).is_err());
        let bad = format!("{twice}patterns=['^(甲$']\n");
        let err = Vocabulary::parse(&bad).err().unwrap_or_default();
        assert!(err.starts_with("a: "), "{err}");
    }
}
