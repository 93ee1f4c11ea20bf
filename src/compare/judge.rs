//! Sixth stage: the verdicts on targets. Last year's targets are aligned with this year's
//! actuals and targets (the four slots of the year-over-year model), judged met or missed,
//! and their change named. Qualitative commitments are judged in [`super::commitments`].

use crate::model::{
    Bound, Change, Indicator, IndicatorRole, IndicatorRow, Measure, Outcome, Reason, Relation,
    Report, Slot,
};
use std::collections::HashMap;

use crate::extract::indicators::GENERIC_HEADS;
use crate::extract::quantity::unit_factor;
use crate::extract::vocabulary::{Better, vocabulary};
use crate::text::similarity::{bigrams, dice_of};

/// Tolerance for `左右` on percentages and percentage points: 0.5 points below still meets.
pub const ABOUT_POINTS: f64 = 0.5;
/// Tolerance for `左右` on levels and counts: 2 % below still meets.
pub const ABOUT_SHARE: f64 = 0.02;
/// Tolerance for `与经济增长同步` (in step with GDP growth): 0.5 points below still meets.
pub const IN_STEP_POINTS: f64 = 0.5;
/// Least subject similarity for two indicators to be the same.
pub const SUBJECT_THRESHOLD: f64 = 0.6;

/// Subjects where a lower figure is the better one: a target on them is a ceiling.
const LOWER_IS_BETTER: &[&str] = &[
    "失业率",
    "能耗",
    "排放",
    "浓度",
    "发案",
    "事故",
    "亡人",
    "死亡",
    "赤字",
    "居民消费价格",
    "物价",
    "负债",
    "不良贷款",
    "PM2.5",
    "债务率",
];

/// Words that open a subject without changing what it counts.
const KEY_PREFIXES: &[&str] = &[
    "全社会",
    "各类",
    "全年",
    "全县",
    "全市",
    "全省",
    "新增",
    "累计",
];

/// Short forms and other words that reports use beside the name of one thing (a plan's
/// `水冲式公厕` is a review's `水冲式公共厕所`, a plan's `病床` a review's `床位`), as data:
/// `data/subject_equivalents.txt`, one `form = key form` a line. Keys use the second form.
fn short_forms() -> &'static [(String, String)] {
    static FORMS: std::sync::LazyLock<Vec<(String, String)>> = std::sync::LazyLock::new(|| {
        parse_equivalents(include_str!("../../data/subject_equivalents.txt"))
    });
    &FORMS
}

/// The pairs of an equivalents list: `#` comments and blank lines skipped, a line without
/// `=` or with an empty side ignored.
fn parse_equivalents(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
        .filter(|(a, b)| !a.is_empty() && !b.is_empty())
        .collect()
}

/// A subject reduced to what identifies it across years.
pub fn subject_key(subject: &str) -> String {
    let mut s: String = subject
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '(' || *c == ')')
        .collect();
    // `民生支出占一般公共预算支出的比重` and `…支出比重`: one share, with or without `的`.
    // `集体收入10万元以上的村` and `集体经济年收入10万元以上村`: a threshold naming a class
    // of things, with or without `的` before the thing.
    for (with, without) in [
        ("的比重", "比重"),
        ("的比例", "比例"),
        ("以上的", "以上"),
        ("以下的", "以下"),
    ] {
        if crate::text::contains(&s, with) {
            s = s.replace(with, without);
        }
    }
    // Budget lines of the State Council name what is funded after the spender and `用于`,
    // one year with `的` before the spending and the next without (`中央财政用于“三农”的投入
    // 拟安排9884.5亿元`, `中央财政拟安排“三农”投入8183亿元`): the spending on the thing.
    if let Some(rest) = ["中央财政用于", "国家财政用于", "财政用于", "用于"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .filter(|rest| rest.chars().count() >= 4)
    {
        s = rest.to_string();
    }
    for spending in ["的投入", "的支出", "的资金"] {
        if s.ends_with(spending) && s.chars().count() > 4 {
            s = format!(
                "{}{}",
                &s[..s.len() - spending.len()],
                &spending["的".len()..]
            );
        }
    }
    for (short, full) in short_forms() {
        if crate::text::contains(&s, short) {
            s = s.replace(short.as_str(), full);
        }
    }
    for prefix in KEY_PREFIXES {
        if let Some(rest) = s.strip_prefix(prefix)
            && rest.chars().count() >= 2
        {
            s = if *prefix == "全社会" {
                format!("社会{rest}")
            } else {
                rest.to_string()
            };
        }
    }
    // `投资1.27亿元实施的…东山组团绿化工程新增绿化面积66.3万平方米` of a review: what a named
    // works added is named after `新增` (`绿化面积`); the works before it are where it was done.
    if let Some(at) = s.rfind("新增")
        && at > 0
        && ["工程", "项目"].iter().any(|w| s[..at].ends_with(w))
        && s[at + "新增".len()..].chars().count() >= 2
    {
        s = s[at + "新增".len()..].to_string();
    }
    // `完成1600亩湿地修复任务`: the task of a work is the work (`湿地修复`); the number of a
    // kind of thing counts the things (`科技型中小企业总数达2.49万家`, `…数量`).
    if let Some(rest) = ["任务", "总数", "数量"]
        .iter()
        .find_map(|w| s.strip_suffix(w))
        .filter(|rest| rest.chars().count() >= 2)
    {
        s = rest.to_string();
    }
    // `新型农村社会养老保险试点范围扩大到23%的县` of a plan, `新型农村社会养老保险试点覆盖24%的县`
    // of the review: the reach of a programme, named by its scope or by what it covers.
    if let Some(rest) = ["范围", "覆盖面", "覆盖"]
        .iter()
        .find_map(|w| s.strip_suffix(w))
        .filter(|rest| rest.chars().count() >= 4 && rest.ends_with("试点"))
    {
        s = rest.to_string();
    }
    // `大型商业银行普惠型小微企业贷款增速要高于40%` sets the growth of the loans a review
    // gives as `大型商业银行普惠小微企业贷款增长50%以上`: the growth's own name is no part of
    // what grows (the measure says it is a growth).
    if let Some(rest) = ["增速", "增幅"]
        .iter()
        .find_map(|w| s.strip_suffix(w))
        .filter(|rest| rest.chars().count() >= 2)
    {
        s = rest.to_string();
    }
    // A plan names the work after the thing (`完成30座公厕新建改造`), a review often before it
    // (`新建改造公厕34座` → `公厕`): the thing worked on identifies the indicator.
    if let Some(rest) = WORK_TAILS.iter().find_map(|w| s.strip_suffix(w))
        && rest.chars().count() >= 2
    {
        s = rest.to_string();
    }
    s
}

/// Works done on a thing, written after it in a plan's counts (longest first).
const WORK_TAILS: &[&str] = &[
    // `100台老旧电梯的建设改造任务` of a plan, `老旧电梯101台` of the review (Luohu 2019).
    "建设改造",
    "新建改造",
    "改造提升",
    "提升改造",
    "新建扩建",
    "新建",
    "扩建",
    // `完成400亩大棚建设任务` of the plan, `新建成蔬菜大棚320个` of the review.
    "建设",
];

/// How alike two subjects are, 0 to 1 (see [`kinship`]).
pub fn subject_similarity(a: &str, b: &str) -> f64 {
    let probe = |s: &str| Indicator {
        subject: s.to_string(),
        indicator_id: vocabulary().lookup(s).map(|e| e.id.clone()),
        ..blank()
    };
    let (a, b) = (probe(a), probe(b));
    kinship(&Item::new(&a), &Item::new(&b))
}

fn blank() -> Indicator {
    Indicator {
        subject: String::new(),
        indicator_id: None,
        measure: Measure::Level,
        value: None,
        high: None,
        parts: Vec::new(),
        unit: None,
        base_value: None,
        base_unit: None,
        bound: Bound::Exact,
        intent: None,
        relation: None,
        role: IndicatorRole::Target,
        year: None,
        five_year: false,
        section: String::new(),
        line: 0,
        written: String::new(),
        clause: String::new(),
        flags: Vec::new(),
    }
}

/// An indicator ready for matching: its subject key, bigrams and head noun are computed once,
/// not for every indicator of the other report it is weighed against.
pub struct Item<'a> {
    pub ind: &'a Indicator,
    key: String,
    grams: HashMap<(char, char), u32>,
    /// The last two characters of the key: the head noun of a Chinese noun phrase.
    head: String,
    /// A generic head (`投资`, `产值`) and what owns it (`东山组团`; empty when bare).
    generic: Option<(&'static str, String)>,
    /// Whether the key dropped the report's own level of government ([`Item::at_level`]).
    own_level: bool,
}

impl<'a> Item<'a> {
    pub fn new(ind: &'a Indicator) -> Self {
        Self::keyed(ind, subject_key(&ind.subject))
    }

    /// An item whose key drops the level of government of the report's own government
    /// (`own`: `省级` for a province's report): a province counting its own titles names them
    /// with the level one year (`培育省级“专精特新”企业500家`) and without it the next (`新增
    /// “专精特新”中小企业1803家`), both the province's own. Other levels stay (a county's
    /// `省级示范村` is a class of its `示范村`).
    fn at_level(ind: &'a Indicator, own: Option<&str>) -> Self {
        let key = subject_key(&ind.subject);
        match own.and_then(|l| key.strip_prefix(l)) {
            Some(rest) if rest.chars().count() >= 5 && !rest.starts_with("以上") => {
                let rest = rest.to_string();
                Item {
                    own_level: true,
                    ..Self::keyed(ind, rest)
                }
            }
            _ => Self::keyed(ind, key),
        }
    }

    fn keyed(ind: &'a Indicator, key: String) -> Self {
        let chars: Vec<char> = key.chars().collect();
        let head = chars[chars.len().saturating_sub(2)..].iter().collect();
        let generic = GENERIC_HEADS
            .iter()
            .filter(|h| key.ends_with(*h))
            .max_by_key(|h| h.len())
            .map(|h| (*h, key[..key.len() - h.len()].to_string()));
        Item {
            ind,
            grams: bigrams(&key),
            key,
            head,
            generic,
            own_level: false,
        }
    }

    fn id(&self) -> Option<&str> {
        self.ind.indicator_id.as_deref()
    }
}

#[cfg(test)]
fn items<'a>(inds: &[&'a Indicator]) -> Items<'a> {
    items_at(inds, None)
}

/// [`items`] keyed without the report's own level of government (see [`Item::at_level`]).
fn items_at<'a>(inds: &[&'a Indicator], own: Option<&str>) -> Items<'a> {
    Items::new(inds.iter().map(|i| Item::at_level(i, own)).collect())
}

/// The level of government a government's name says it is (`河北省` → `省级`, `易县` →
/// `县级`), as titles it confers are qualified.
fn own_level(government: &str) -> Option<&'static str> {
    let g = government.trim();
    if g.is_empty() {
        None
    } else if g == "国务院" || g.contains("中华人民共和国") {
        Some("国家级")
    } else if g.ends_with("自治区") {
        Some("自治区级")
    } else if g.ends_with('省') {
        Some("省级")
    } else if g.ends_with('市') {
        Some("市级")
    } else if g.ends_with('县') || g.ends_with('旗') {
        Some("县级")
    } else if g.ends_with('区') {
        Some("区级")
    } else {
        None
    }
}

/// Figures to look a target's kin up in, indexed so that a target is scored only against the
/// figures [`kinship`] can find kin: those ending on the same head noun (without canonical ids
/// on both sides, kinship needs one head), and those whose canonical id is the target's or
/// related to it. Scoring every target against every figure grew with their product.
pub struct Items<'a> {
    list: Vec<Item<'a>>,
    by_head: HashMap<String, Vec<usize>>,
    by_id: HashMap<&'a str, Vec<usize>>,
    /// For a target's id, the figures whose ids are kin to it: worked out once per id, since
    /// many targets share one.
    /// (Behind a lock rather than a `RefCell`: `track` shares one report's items between the
    /// pairs it is in, which run on several threads.)
    kin_of_id: std::sync::Mutex<HashMap<String, Vec<usize>>>,
}

impl<'a> Items<'a> {
    fn new(list: Vec<Item<'a>>) -> Self {
        let mut by_head: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_id: HashMap<&'a str, Vec<usize>> = HashMap::new();
        for (k, item) in list.iter().enumerate() {
            by_head.entry(item.head.clone()).or_default().push(k);
            if let Some(id) = item.ind.indicator_id.as_deref() {
                by_id.entry(id).or_default().push(k);
            }
        }
        Items {
            list,
            by_head,
            by_id,
            kin_of_id: Default::default(),
        }
    }

    /// The indices of the figures whose kinship with `t` may be above 0, each once, in
    /// order.
    fn maybe_kin(&self, t: &Item) -> Vec<usize> {
        let mut out: Vec<usize> = self.by_head.get(&t.head).cloned().unwrap_or_default();
        // The head the key has with `suffix` dropped, or `suffix` itself when the key lacks it:
        // the other form's head of a name written with a measure word on one side only.
        let other_head = |suffix: &str| -> String {
            match t.key.strip_suffix(suffix) {
                Some(rest) => {
                    let cs: Vec<char> = rest.chars().collect();
                    cs[cs.len().saturating_sub(2)..].iter().collect()
                }
                None => suffix.to_string(),
            }
        };
        // A list of projects named by its owner alone (`省重点` for `省重点项目`, see
        // [`kinship`]), and an area named with its measure on one side only (`集中供热面积`,
        // `城区集中供热`, see [`area_named_once`]), a size named with its measure word on one
        // side only (`技工院校招生规模`, `技工院校招生`): the heads with and without `项目`,
        // `面积`, `规模`.
        for suffix in ["项目", "面积", "规模"] {
            out.extend(
                self.by_head
                    .get(&other_head(suffix))
                    .into_iter()
                    .flatten()
                    .copied(),
            );
        }
        if let Some(x) = t.id() {
            let mut known = self
                .kin_of_id
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let kin = known.entry(x.to_string()).or_insert_with(|| {
                self.by_id
                    .iter()
                    .filter(|(y, _)| ids_related(x, y))
                    .flat_map(|(_, list)| list.iter().copied())
                    .collect()
            });
            out.extend(kin.iter().copied());
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl<'a> std::ops::Deref for Items<'a> {
    type Target = [Item<'a>];
    fn deref(&self) -> &[Item<'a>] {
        &self.list
    }
}

/// Whether two canonical ids name kin: the same indicator, a series and its successor, or a
/// combined indicator and one of its parts.
fn ids_related(x: &str, y: &str) -> bool {
    x == y || id_kinship(x, y) > 0.0
}

/// [`kinship`] of two different canonical ids.
fn id_kinship(x: &str, y: &str) -> f64 {
    let v = vocabulary();
    let part_of = |whole: &str, part: &str| {
        v.get(whole)
            .is_some_and(|e| e.parts.iter().any(|p| p == part))
    };
    if v.break_between(x, y).is_some() || v.break_between(y, x).is_some() {
        SERIES_BREAK_KINSHIP
    } else if part_of(x, y) || part_of(y, x) {
        PART_KINSHIP
    } else {
        0.0
    }
}

/// How surely two indicators are one, 0 to 1. Canonical ids decide first: the same id is the
/// same indicator (`新增城镇就业` and `城镇新增就业`; `经济增长` and `国内生产总值`), a series break
/// links the old series to its successor (`农民人均纯收入` → `农村居民人均可支配收入`), a combined
/// indicator is kin to its parts (`城乡居民收入` → urban, rural), and two different ids are
/// never the same (`城镇登记失业率` is not `城镇调查失业率`). Without ids, subjects are compared,
/// respecting the head noun: `高层次人才` is not `高层次人才团队`.
fn kinship(a: &Item, b: &Item) -> f64 {
    // The government's own budget or books (`区本级固定资产投资`, `县本级…`, `中央本级支出`)
    // are a narrower scope than the whole economy's figure of the same name (`全社会固定资产
    // 投资`, `固定资产投资`): another indicator, whatever the canonical id says (Hailar's plans
    // set one, then the other; a five-year review's `累积完成全社会固定资产投资615亿元` is no
    // figure of `区本级固定资产投资`).
    if own_books(&a.ind.subject) != own_books(&b.ind.subject) {
        return 0.0;
    }
    match (a.id(), b.id()) {
        (Some(x), Some(y)) if x == y => 1.0,
        (Some(x), Some(y)) => id_kinship(x, y),
        _ => {
            if a.key.is_empty() || b.key.is_empty() {
                return 0.0;
            }
            // A level of government is part of what is counted: `省级以上创新平台` is not
            // next year's `市级以上创新平台` (which holds the city's own as well), nor are the
            // `省级美丽乡村` a review counts the `美丽乡村` a plan set out to create.
            // (A key opening on `级` is a level cut by a line break, `新建省` / `级…`.)
            let damaged = |k: &str| k.starts_with('级');
            if level_of(&a.key) != level_of(&b.key) && !damaged(&a.key) && !damaged(&b.key) {
                return 0.0;
            }
            // The nation's titles named without `级` (`国家区域医疗中心`) are not a province's
            // own named without its level (`省级区域医疗中心`, see [`Item::at_level`]).
            let national = |x: &Item, y: &Item| x.own_level && y.key.starts_with("国家");
            if national(a, b) || national(b, a) {
                return 0.0;
            }
            // Generic heads first: two bare `投资` of different passages are not one.
            if let (Some((ha, oa)), Some((hb, ob))) = (&a.generic, &b.generic) {
                return if ha == hb { owner_kinship(oa, ob) } else { 0.0 };
            }
            // A list of projects named by its owner alone (`省重点4项`, `市重点22项` of a county
            // plan that set `省重点项目2个`, `市重点项目37个` the year before): `项目` is implied.
            let projects_of = |x: &Item, y: &Item| {
                x.key
                    .strip_suffix("项目")
                    .is_some_and(|owner| owner == y.key && owner.chars().count() >= 3)
            };
            if projects_of(a, b) || projects_of(b, a) {
                return 0.9;
            }
            // A size named with `规模` one year and without the next (`实现技工院校招生规模19万人
            // 以上` after `技工院校招生19.8万人次`, Guangdong 2022 → 2023): the same count.
            let size_of = |x: &Item, y: &Item| {
                x.key
                    .strip_suffix("规模")
                    .is_some_and(|thing| thing == y.key && thing.chars().count() >= 4)
            };
            if size_of(a, b) || size_of(b, a) {
                return 0.9;
            }
            if a.key == b.key {
                return 1.0;
            }
            if let Some(s) = area_named_once(a, b).or_else(|| area_named_once(b, a)) {
                return s;
            }
            if a.head != b.head || other_shares(&a.key, &b.key) {
                return 0.0;
            }
            let (na, nb) = (a.key.chars().count(), b.key.chars().count());
            let short = na.min(nb);
            if short >= 3 && (a.key.contains(&b.key) || b.key.contains(&a.key)) {
                return 0.9;
            }
            // A subject listing modifiers of one ending (`宽带和专线平均资费`) is kin to one
            // naming an item of the list with an owner before it (`中小企业宽带平均资费`): the
            // class is a plan that widens or narrows a target's scope from one year to the next.
            if let Some(s) = listed_item_kinship(a, b).or_else(|| listed_item_kinship(b, a)) {
                return s;
            }
            // Qualifiers inserted on one side (`一般工商业平均电价` and `工商业电价`): what is left
            // of one subject's modifier, once the shared ending is set apart, stands whole inside
            // the other's. Different modifiers of one ending stay apart (`高技术制造业增加值`,
            // `装备制造业增加值`).
            let listed = |i: &Item| i.ind.subject.contains(['、', '和', '及', '与']);
            if short >= 4 && !listed(a) && !listed(b) && modifier_within(&a.key, &b.key) {
                return 0.8;
            }
            // One modifier word more on one side (`蔬菜大棚` and `大棚`): the same thing.
            if short == 2
                && na.max(nb) <= 4
                && !BROAD_NOUNS.contains(&a.key.as_str())
                && !BROAD_NOUNS.contains(&b.key.as_str())
                && (a.key.ends_with(&b.key) || b.key.ends_with(&a.key))
            {
                return 0.8;
            }
            dice_of(&a.grams, &b.grams)
        }
    }
}

/// Base units of an area.
const AREA_UNITS: &[&str] = &["平方米", "亩", "公顷", "平方公里"];

/// [`kinship`] of two areas, one named with its measure `面积` and the other without: a plan's
/// `新增集中供热面积30万平方米` and the review's `新增城区集中供热50万平方米`, a plan's `完成绿化
/// 130万平方米` and the review's `新增绿化面积66.3万平方米` are one thing. Not per head
/// (`人均道路面积` is no `道路`). `None` when it does not apply.
fn area_named_once(with: &Item, without: &Item) -> Option<f64> {
    let area = |i: &Item| {
        i.ind
            .base_unit
            .as_deref()
            .is_some_and(|u| AREA_UNITS.contains(&u))
    };
    let rest = with.key.strip_suffix("面积")?;
    if without.key.ends_with("面积")
        || with.key.starts_with("人均")
        || !area(with)
        || !area(without)
        || rest.chars().count() < 2
        || without.key.chars().count() < 2
    {
        return None;
    }
    if rest == without.key {
        Some(1.0)
    } else if rest.contains(&without.key) || without.key.contains(rest) {
        Some(0.9)
    } else {
        None
    }
}

/// Whether a subject is counted on a government's own books (`本级`: `区本级`, `市本级`,
/// `中央本级`).
fn own_books(subject: &str) -> bool {
    subject.contains("本级")
}

/// Whether two shares of a whole are shares of different things (`财政性教育经费支出占国内生产
/// 总值比重`, `研究与试验发展经费支出占国内生产总值比重`): a share is named by what it is a share
/// of as much as by the whole, so the parts before `占` must be alike too (one within the other,
/// or half their character pairs shared).
fn other_shares(a: &str, b: &str) -> bool {
    let (Some((x, _)), Some((y, _))) = (a.split_once('占'), b.split_once('占')) else {
        return false;
    };
    if x.is_empty() || y.is_empty() || x.contains(y) || y.contains(x) {
        return false;
    }
    let pairs = |s: &str| -> Vec<(char, char)> {
        let cs: Vec<char> = s.chars().collect();
        cs.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (px, py) = (pairs(x), pairs(y));
    let shared = px.iter().filter(|p| py.contains(p)).count();
    2.0 * shared as f64 / ((px.len() + py.len()).max(1) as f64) < 0.5
}

/// Levels of government that qualify a count (`省级`, `市级以上`): the first named in a key.
const LEVELS: &[&str] = &[
    "国家级",
    "自治区级",
    "省部级",
    "省级",
    "市级",
    "县级",
    "区级",
    "乡级",
    "村级",
];

/// The level of government a key's count is qualified by, if one is named, and whether
/// `以上` widens it (`市级以上` holds the city's own and the province's and the nation's,
/// `市级` the city's own only).
fn level_of(key: &str) -> Option<(&'static str, bool)> {
    // Every level ends with `级` (a test says so): most keys hold none, and are answered by
    // one search (`kinship` asks for both keys of every pair of items).
    if !key.contains('级') {
        return None;
    }
    LEVELS
        .iter()
        .filter_map(|l| crate::text::find(key, l).map(|at| (at, *l)))
        .min()
        .map(|(at, l)| {
            let rest = &key[at + l.len()..];
            (l, rest.starts_with("以上") || rest.starts_with("及以上"))
        })
}

/// 0.8 when `list` names modifiers sharing one ending (`宽带和专线平均资费`: 宽带平均资费,
/// 专线平均资费) and `other`'s key holds one of those items whole (four characters at least),
/// without being a list itself. Only for rates: a percentage given to a list holds for each
/// item (`宽带和专线平均资费降低15%`), an amount is their sum (`公路、村屯、矿区绿化3920亩` is
/// no figure of `村屯绿化`).
fn listed_item_kinship(list: &Item, other: &Item) -> Option<f64> {
    let listed = |i: &Item| i.ind.subject.contains(['、', '和', '及', '与']);
    let rate = |i: &Item| i.ind.unit.as_deref() == Some("%");
    if !listed(list) || listed(other) || !rate(list) || !rate(other) {
        return None;
    }
    let items = crate::extract::indicators::split_items(&list.ind.subject);
    (items.len() >= 2
        && items.iter().any(|item| {
            let key = subject_key(item);
            key.chars().count() >= 4 && other.key.contains(&key)
        }))
    .then_some(0.8)
}

/// Whether, after their common ending, the shorter modifier (two characters at least) is
/// contained in the longer one, whole or character by character: a review shortens a name
/// or reorders its words (`花景大道` for a plan's `花卉景观大道`, `特色花卉主题公园` for
/// `花卉特色公园`, Luohu 2018 → 2019), keeping every character of the shorter modifier.
fn modifier_within(a: &str, b: &str) -> bool {
    let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let common = ac
        .iter()
        .rev()
        .zip(bc.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let ma: String = ac[..ac.len() - common].iter().collect();
    let mb: String = bc[..bc.len() - common].iter().collect();
    let (short, long) = if ma.chars().count() <= mb.chars().count() {
        (ma, mb)
    } else {
        (mb, ma)
    };
    // The shared ending must name a thing (`电价`), not a work done on many things (`改造`).
    let ending: String = ac[ac.len() - common..].iter().collect();
    let thing = crate::text::words::tag(&ending)
        .last()
        .is_some_and(|(_, t)| t.starts_with('n'));
    common >= 2
        && thing
        && short.chars().count() >= 2
        && (long.contains(&short) || chars_within(&short, &long))
}

/// Whether every character of `short` stands in `long`, each as often.
fn chars_within(short: &str, long: &str) -> bool {
    let mut left: Vec<char> = long.chars().collect();
    short
        .chars()
        .all(|c| match left.iter().position(|x| *x == c) {
            Some(k) => {
                left.swap_remove(k);
                true
            }
            None => false,
        })
}

/// How surely two owners of one generic head (`东山组团` and `园区基础设施` of `投资`) are one:
/// a bare head is never the same as an owned one (`投资` of one project is not `东山组团投资`);
/// owners that contain one another, or where one's head noun is named in the other
/// (`中俄蒙国际物流园区` and `园区基础设施`), are close.
fn owner_kinship(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    let short = a.chars().count().min(b.chars().count());
    if short >= 2 && (a.contains(b) || b.contains(a)) {
        return 0.9;
    }
    let head = |s: &str| -> String {
        let c: Vec<char> = s.chars().collect();
        c[c.len().saturating_sub(2)..].iter().collect()
    };
    // Two kinds of one head (`省市重点项目` and `省重点建设项目`) are told apart by their
    // modifiers, not joined by the head they share.
    if head(a) != head(b) && (b.contains(&head(a)) || a.contains(&head(b))) {
        return 0.7;
    }
    crate::text::similarity::dice(a, b)
}

/// Nouns too broad to name one indicator by themselves: `企业` is not `升A企业`.
const BROAD_NOUNS: &[&str] = &[
    "企业", "项目", "投资", "资金", "人员", "人才", "单位", "人口", "群众", "产业", "工程",
];

/// Kinship of a series and the series that replaced it.
const SERIES_BREAK_KINSHIP: f64 = 0.95;
/// Kinship of a combined indicator and one of its parts.
const PART_KINSHIP: f64 = 0.8;

/// What a series break between a target and its counterpart says, if there is one.
fn series_note(old: &Indicator, new: &Indicator) -> Option<String> {
    let (x, y) = (old.indicator_id.as_deref()?, new.indicator_id.as_deref()?);
    let b = vocabulary().break_between(x, y)?;
    Some(format!(
        "series break: {} → {} ({})",
        old.subject, new.subject, b.note
    ))
}

fn lower_is_better(subject: &str) -> bool {
    LOWER_IS_BETTER.iter().any(|w| subject.contains(w))
        || vocabulary()
            .lookup(subject)
            .is_some_and(|e| e.better == Better::Down)
}

/// Whether a target is judged as a ceiling (lower is better): its words cap it, it is a
/// rank's place, or its subject is one where less is better (a fall in it is not).
pub fn is_ceiling(subject: &str, measure: Measure, bound: Bound) -> bool {
    bound == Bound::AtMost
        || measure == Measure::Rank
        || (measure != Measure::Decline && lower_is_better(subject))
}

fn is_points(unit: Option<&str>) -> bool {
    matches!(unit, Some("%" | "‰" | "个百分点" | "百分点"))
}

/// Classifiers that count things without measuring them: `重点项目23项` and `39个` count the
/// same kind of thing (a classifier is not a unit; `个` stands for any of them).
const GENERIC_COUNTERS: &[&str] = &["个", "项", "家", "所", "座", "处", "件", "批"];

/// Counters of single things that `个`, the counter of anything, may stand for in another
/// year's plan (`温室150栋` → `温室20个`): buildings, machines, vehicles, roads, wells.
const THING_COUNTERS: &[&str] = &["栋", "幢", "台", "辆", "艘", "架", "条", "眼"];

/// Counters of persons: `完成减贫1186人` of a plan, `1374名贫困人口稳定脱贫` of the review
/// (`名` counts people as `人` does: `招聘教师200名`).
const PERSON_COUNTERS: &[&str] = &["人", "名"];

/// Whether two figures are in units that compare.
fn comparable_units(a: &Indicator, b: &Indicator) -> bool {
    match (a.unit.as_deref(), b.unit.as_deref()) {
        (None, None) => true,
        (Some(x), Some(y)) if is_points(Some(x)) || is_points(Some(y)) => x == y,
        _ => match (a.base_unit.as_deref(), b.base_unit.as_deref()) {
            (Some(x), Some(y)) => {
                unit_factor(x, y).is_some()
                    || x == y
                    || x.ends_with(y)
                    || y.ends_with(x)
                    || GENERIC_COUNTERS.contains(&x) && GENERIC_COUNTERS.contains(&y)
                    || PERSON_COUNTERS.contains(&x) && PERSON_COUNTERS.contains(&y)
                    || x == "个" && THING_COUNTERS.contains(&y)
                    || y == "个" && THING_COUNTERS.contains(&x)
                    || counts_people(a, b, x, y)
            }
            (None, None) => true,
            _ => false,
        },
    }
}

/// Whether two counts of one canonical indicator of people compare although one is counted
/// with a classifier: `新增城镇就业5400人` and next year's `新增就业岗位5000个` are one target
/// (a job is a person employed).
fn counts_people(a: &Indicator, b: &Indicator, x: &str, y: &str) -> bool {
    let people = |u: &str| u == "人" || GENERIC_COUNTERS.contains(&u);
    a.indicator_id.is_some()
        && a.indicator_id == b.indicator_id
        && people(x)
        && people(y)
        && a.indicator_id
            .as_deref()
            .and_then(|id| vocabulary().get(id))
            .is_some_and(|e| e.unit == "people")
}

/// Measures that compare for these two indicators: a level and a decline compare only when
/// the name itself is a reduction (`压减地下水开采量1.6亿立方米` against `压减1.77亿立方米`).
fn comparable(t: &Indicator, o: &Indicator) -> bool {
    let reduction = |i: &Indicator| {
        ["压减", "减少", "削减", "降低", "淘汰", "化解", "退出"]
            .iter()
            .any(|v| i.subject.starts_with(v))
    };
    match (t.measure, o.measure) {
        (Measure::Level, Measure::Decline) | (Measure::Decline, Measure::Level) => {
            reduction(t) || reduction(o)
        }
        (a, b) => comparable_measures(a, b),
    }
}

fn comparable_measures(target: Measure, other: Measure) -> bool {
    target == other
        || matches!(
            (target, other),
            (Measure::Level, Measure::Count)
                | (Measure::Count, Measure::Level)
                | (Measure::Level, Measure::Decline)
                | (Measure::Decline, Measure::Level)
        )
}

fn slot(ind: &Indicator, report: &Report) -> Slot {
    Slot {
        subject: ind.subject.clone(),
        measure: ind.measure,
        written: ind.written.clone(),
        value: ind.value,
        high: ind.high,
        unit: ind.unit.clone(),
        base_value: ind.base_value,
        base_unit: ind.base_unit.clone(),
        bound: ind.bound,
        intent: ind.intent.clone(),
        relation: ind.relation,
        year: ind.year,
        section: ind.section.clone(),
        line: ind.line,
        clause: ind.clause.clone(),
        original: report
            .source
            .original_line(ind.line)
            .unwrap_or_default()
            .trim()
            .to_string(),
        flags: ind.flags.clone(),
    }
}

/// Targets of a report with repeats removed: a target restated in a task (`外贸进出口总额增长5%`
/// in the main targets and again in task 14) is one target, first statement kept.
fn distinct_targets(indicators: &[Indicator]) -> Vec<&Indicator> {
    let mut out: Vec<&Indicator> = Vec::new();
    let mut keys: Vec<(String, Option<&str>)> = Vec::new();
    for ind in indicators
        .iter()
        .filter(|i| i.role == IndicatorRole::Target && !i.five_year)
    {
        if ind.measure == Measure::Ratio || ind.subject.is_empty() {
            continue;
        }
        let key = subject_key(&ind.subject);
        let id = ind.indicator_id.as_deref();
        let repeat = out.iter().zip(&keys).any(|(o, (k, oid))| {
            o.measure == ind.measure
                && (*k == key || (id.is_some() && *oid == id))
                && o.value == ind.value
        });
        if !repeat {
            out.push(ind);
            keys.push((key, id));
        }
    }
    out
}

/// Best partner of `target` among `candidates` (with a compatible measure and unit when
/// `strict`), and how surely it is the same indicator.
fn best(target: &Item, candidates: &Items, strict_measure: bool) -> Option<(usize, f64)> {
    best_where(target, candidates, strict_measure, |_| true)
}

/// [`best`] among the candidates that `keep` accepts.
fn best_where(
    target: &Item,
    candidates: &Items,
    strict_measure: bool,
    keep: impl Fn(&Indicator) -> bool,
) -> Option<(usize, f64)> {
    candidates
        .maybe_kin(target)
        .into_iter()
        .map(|k| (k, &candidates[k]))
        .filter(|(_, c)| keep(c.ind))
        .filter(|(_, c)| {
            !strict_measure
                || (comparable(target.ind, c.ind) && comparable_units(target.ind, c.ind))
        })
        .map(|(k, c)| (k, kinship(target, c)))
        .filter(|(_, s)| *s >= SUBJECT_THRESHOLD)
        .max_by(|a, b| {
            a.1.total_cmp(&b.1)
                .then_with(|| {
                    let whole = |k: usize| whole_year(target.ind) && whole_year(candidates[k].ind);
                    whole(a.0).cmp(&whole(b.0))
                })
                .then(b.0.cmp(&a.0))
        })
}

/// Whether a figure is stated for the whole year (`全年新增就业5700人以上`). Between figures of
/// one indicator equally close to a target set for the whole year, the year's total
/// (`全年实现新增就业5650人`) wins over one given in passing for a part of the economy
/// (`…新增营业面积10万平方米，新增就业3000人` in the paragraph on commerce), whichever comes
/// first. A target without the word keeps the first figure (a province's `固定资产投资增长6.3%`
/// in the review's opening, not a new area's `全年固定资产投资增长16%`).
fn whole_year(ind: &Indicator) -> bool {
    ind.clause.contains("全年")
}

/// GDP growth actually reached, from the review of `report`.
pub fn gdp_growth<'a>(actuals: &[&'a Indicator]) -> Option<&'a Indicator> {
    actuals
        .iter()
        .copied()
        .find(|a| a.measure == Measure::Growth && a.indicator_id.as_deref() == Some("gdp"))
}

/// The annual actuals of a report (five-year figures and ranks set aside).
pub fn annual_actuals(inds: &[Indicator]) -> Vec<&Indicator> {
    inds.iter()
        .filter(|i| i.role == IndicatorRole::Actual && !i.five_year && i.measure != Measure::Rank)
        .collect()
}

/// Target ↔ next target, one-to-one, best pairs first: the same measure (a level and a count
/// are one) in comparable units. A target set in another unit next year (`温室500亩` →
/// `150栋`) is not the same target: its numbers do not compare, so it is dropped and the
/// other is new.
/// Whether next year's target states as an increase over this year the amount this year's
/// target set (`财政赤字2.76万亿元` → `财政赤字规模比去年增加1万亿元`): an amount in the same
/// unit, not a rate.
fn increase_on_level(t: &Indicator, n: &Indicator) -> bool {
    t.measure == Measure::Level
        && n.measure == Measure::Growth
        && !is_points(n.unit.as_deref())
        && n.unit.as_deref() != Some("%")
        && comparable_units(t, n)
}

/// Whether a target of people and next year's target of person-times are one, named alike:
/// `培训技能人才5.2万人` → `培训技能人才10万人次` counts one training programme, whichever
/// way a year writes it (raised by the number). Only between plans: an outcome is not judged
/// across the two.
fn people_and_person_times(t: &Item, n: &Item) -> bool {
    let units = (t.ind.base_unit.as_deref(), n.ind.base_unit.as_deref());
    matches!(
        units,
        (Some("人"), Some("人次")) | (Some("人次"), Some("人"))
    ) && {
        // `技工院校招生19.8万人次` → `技工院校招生规模19万人以上` (Guangdong 2022 → 2023).
        let bare = |k: &str| {
            ["规模", "人数"]
                .iter()
                .find_map(|w| k.strip_suffix(w))
                .unwrap_or(k)
                .to_string()
        };
        bare(&t.key) == bare(&n.key)
    }
}

/// Whether a target raises its figure from `value` (in `unit`) in its own clause: `从每人每月
/// 1949元提高到2017元` raises from 1949 元.
fn raised_from(n: &Indicator, value: f64, unit: Option<&str>) -> bool {
    let Some(unit) = unit else {
        return false;
    };
    let Some(at) = crate::text::find(&n.clause, &n.written) else {
        return false;
    };
    let before = &n.clause[..at];
    let Some(from) = before.rfind('从') else {
        return false;
    };
    let span = &before[from..];
    let figure = format!("{value}{unit}");
    span.match_indices(&figure).any(|(k, _)| {
        !span[..k]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || c == '.')
    })
}

fn pair_targets(old: &[Item], new: &Items) -> Vec<Option<usize>> {
    let mut next_of: Vec<Option<usize>> = vec![None; old.len()];
    let mut taken = vec![false; new.len()];
    let mut candidates: Vec<(usize, usize, f64, bool)> = Vec::new();
    let fits = |t: &Item, n: &Item| {
        let (tm, nm) = (t.ind.measure, n.ind.measure);
        let same_kind = (tm == nm || comparable_measures(tm, nm))
            && (tm == Measure::Relative
                || comparable_units(t.ind, n.ind)
                || people_and_person_times(t, n));
        same_kind || increase_on_level(t.ind, n.ind)
    };
    for (i, t) in old.iter().enumerate() {
        for j in new.maybe_kin(t) {
            let n = &new[j];
            if !fits(t, n) {
                continue;
            }
            // A partner in the same measure comes first.
            let increase = increase_on_level(t.ind, n.ind);
            let s = plan_kinship(t, n) * if increase { 0.95 } else { 1.0 };
            if s >= SUBJECT_THRESHOLD {
                candidates.push((i, j, s, same_figure(t.ind, n.ind)));
            }
        }
    }
    // Between partners equally akin, the one repeating the figure first: NEW's annex sets
    // `吸引超2万名高校毕业生…到粤东粤西粤北地区稳定就业` and `吸纳超100万名高校毕业生…` (Guangdong
    // 2026); OLD's `超2万名高校毕业生` goes on in the first.
    candidates.sort_by(|a, b| {
        b.2.total_cmp(&a.2)
            .then(b.3.cmp(&a.3))
            .then(a.0.cmp(&b.0))
            .then(a.1.cmp(&b.1))
    });
    for (i, j, _, _) in candidates {
        if next_of[i].is_none() && !taken[j] {
            next_of[i] = Some(j);
            taken[j] = true;
        }
    }
    // The same figure in the same unit and measure, for a thing named with the same words
    // in another order or with a word more or less (`储备重点项目不低于80个` → `项目库储备不低于
    // 80个`, `企业上云1万家` → `上云企业1万家`): the head nouns differ, so [`kinship`] finds no
    // kin, but a plan repeating a figure for a name that shares most of its words repeats the
    // target. Only between targets left without a partner, best shared words first.
    let mut repeats: Vec<(usize, usize, f64)> = Vec::new();
    for (i, t) in old.iter().enumerate() {
        if next_of[i].is_some() || t.ind.value.is_none() {
            continue;
        }
        for (j, n) in new.iter().enumerate() {
            if taken[j] || !same_figure(t.ind, n.ind) || !fits(t, n) {
                continue;
            }
            let shared = dice_of(&t.grams, &n.grams);
            if shared >= REPEATED_FIGURE_WORDS {
                repeats.push((i, j, shared));
            }
        }
    }
    repeats.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    for (i, j, _) in repeats {
        if next_of[i].is_none() && !taken[j] {
            next_of[i] = Some(j);
            taken[j] = true;
        }
    }
    // A standard raised every year (`集中供养孤儿基本生活最低养育标准从每人每月1883元提高到1949元`,
    // then `集中供养孤儿从每人每月1949元提高到2017元`, Guangdong 2022 → 2023): NEW's plan raises
    // it from the very figure OLD's plan raised it to, in the same measure and unit, under a
    // name that shares a word with OLD's. Only between targets left without a partner, only
    // for a figure OLD raised to (`提高到`, not a rate named in a policy's name, `研发费用加计
    // 扣除75%政策`), and only where one target of NEW's plan starts from that figure.
    for (i, t) in old.iter().enumerate() {
        let raised_to = ["提高到", "提高至", "增加到", "增加至", "上调到", "上调至"]
            .iter()
            .any(|w| t.ind.written.starts_with(w));
        let Some(v) = t.ind.value.filter(|_| next_of[i].is_none() && raised_to) else {
            continue;
        };
        let from: Vec<usize> = new
            .iter()
            .enumerate()
            .filter(|&(j, n)| {
                !taken[j]
                    && n.ind.measure == t.ind.measure
                    && comparable_units(t.ind, n.ind)
                    && raised_from(n.ind, v, t.ind.unit.as_deref())
                    && dice_of(&t.grams, &n.grams) > 0.0
            })
            .map(|(j, _)| j)
            .collect();
        if let [j] = from[..] {
            next_of[i] = Some(j);
            taken[j] = true;
        }
    }
    // One target of NEW's plan for a whole (`城乡居民人均可支配收入增长9%`) follows each part
    // OLD's plan set apart (`城镇居民…增长7.5%`, `农村居民…增长9%`), not only the first: once a
    // part took it, the other parts take it too. Only where the vocabulary says part and
    // whole, in a comparable measure.
    let part_of = |t: &Item, n: &Item| match (t.id(), n.id()) {
        (Some(x), Some(y)) => plan_part_of(x, y),
        _ => false,
    };
    for i in 0..old.len() {
        if next_of[i].is_some() {
            continue;
        }
        let t = &old[i];
        let whole = (0..old.len())
            .filter_map(|k| next_of[k].map(|j| (k, j)))
            .find(|&(k, j)| part_of(&old[k], &new[j]) && part_of(t, &new[j]) && fits(t, &new[j]))
            .map(|(_, j)| j);
        next_of[i] = whole;
    }
    // A target of NEW's plan for things doing two works together (`推动超1万家工业企业开展技术
    // 改造和数字化转型`, Guangdong 2025) follows OLD's target of the second work too
    // (`新推动9200家规模以上工业企业数字化转型`), once the first took it.
    for i in 0..old.len() {
        if next_of[i].is_some() {
            continue;
        }
        let t = &old[i];
        next_of[i] = (0..new.len()).find(|&j| {
            taken[j]
                && fits(t, &new[j])
                && counted_with(new[j].ind).is_some_and(|w| t.ind.subject.ends_with(w))
        });
    }
    next_of
}

/// What a figure's things are counted together with: the work joined by `和`, `及` or `与`
/// right after its subject when the figure stands before both (`推动超1万家工业企业开展技术改造
/// 和数字化转型` → `数字化转型`).
fn counted_with(ind: &Indicator) -> Option<&str> {
    let at = ind.clause.find(ind.subject.as_str())?;
    if ind.clause.find(ind.written.as_str()).is_none_or(|w| w > at) {
        return None;
    }
    let after = &ind.clause[at + ind.subject.len()..];
    let rest = ['和', '及', '与']
        .iter()
        .find_map(|c| after.strip_prefix(*c))?;
    let end = rest
        .find(|c: char| !crate::text::is_han(c))
        .unwrap_or(rest.len());
    let with = &rest[..end];
    // `引进…等9家金融持牌机构和深城投、世纪缘等22个重点产业项目` (Luohu 2019): what follows
    // `和` has a figure of its own, another group counted, not things counted together.
    let own_figure = rest[end..]
        .split(['，', '；', '。'])
        .next()
        .is_some_and(|tail| tail.chars().any(|c| c.is_ascii_digit()));
    (with.chars().count() >= 2 && !own_figure).then_some(with)
}

/// Least share of character pairs for two targets with the same figure to be one (see
/// [`pair_targets`]).
const REPEATED_FIGURE_WORDS: f64 = 0.4;

/// Whether two figures are the same number in the same unit and measure (`不低于80个`,
/// `80个以上`).
/// Amounts and counts only: a rate repeats across things too often (`…加计扣除比例提高到100%`
/// of manufacturers one year, of small tech firms the next; `…一般性转移支付增长10.9%`, then
/// `…均衡性转移支付增长10.9%`).
fn same_figure(a: &Indicator, b: &Indicator) -> bool {
    matches!(a.measure, Measure::Level | Measure::Count)
        && a.measure == b.measure
        && a.unit == b.unit
        && a.value.is_some()
        && a.value == b.value
        && a.high == b.high
}

/// How surely a target of OLD's plan and one of NEW's are one target followed from one plan
/// to the next: [`kinship`], and what the vocabulary says plans use in turn for one target —
/// kin ids (`城乡居民人均可支配收入` one year, `居民人均可支配收入` the next), a part and its
/// whole (`农村居民人均可支配收入增长9%` → `城乡居民人均可支配收入增长9%`), also through the
/// series a part replaced (`农民人均纯收入` of 2012 → `城乡居民可支配收入` of 2013). Not for
/// judging an actual: the figures of kin are different statistics.
fn plan_kinship(a: &Item, b: &Item) -> f64 {
    let k = kinship(a, b);
    match (a.id(), b.id()) {
        (Some(x), Some(y)) if x != y => {
            let v = vocabulary();
            let kin = |p: &str, q: &str| v.get(p).is_some_and(|e| e.kin.iter().any(|k| k == q));
            if kin(x, y) || kin(y, x) {
                k.max(PLAN_KIN_KINSHIP)
            } else if plan_part_of(x, y) || plan_part_of(y, x) {
                k.max(PART_KINSHIP)
            } else {
                k
            }
        }
        _ => k,
    }
}

/// Kinship of two ids the vocabulary calls kin ([`plan_kinship`]).
const PLAN_KIN_KINSHIP: f64 = 0.9;

/// Whether `part` is a part of `whole` or of an id kin to it, or the series such a part
/// replaced (see [`plan_kinship`]).
fn plan_part_of(part: &str, whole: &str) -> bool {
    // The parts of each id and of the ids kin to it, gathered once from the whole vocabulary
    // (`kinship` asks for many pairs of ids, and each asked for a pass over every entry).
    static PARTS: std::sync::LazyLock<HashMap<&'static str, Vec<&'static str>>> =
        std::sync::LazyLock::new(|| {
            let v = vocabulary();
            let mut parts = HashMap::new();
            for e in &v.entries {
                let whole = e.id.as_str();
                let Some(w) = v.get(whole) else {
                    continue;
                };
                parts.entry(whole).or_insert_with(|| {
                    let kin_entries = v
                        .entries
                        .iter()
                        .filter(|e| e.kin.iter().any(|k| k == whole) || w.kin.contains(&e.id));
                    std::iter::once(w)
                        .chain(kin_entries)
                        .flat_map(|e| e.parts.iter().map(String::as_str))
                        .collect()
                });
            }
            parts
        });
    let v = vocabulary();
    PARTS.get(whole).is_some_and(|parts| {
        parts
            .iter()
            .any(|p| *p == part || v.break_between(part, p).is_some())
    })
}

/// The actual of a target in NEW's review: in a comparable measure and unit (judged), else
/// the same indicator in another measure or unit (`unclear`), else the parts of a combined
/// indicator (`城乡居民收入` reported as urban and rural), else a five-year figure (`unclear`).
fn find_actual<'a>(
    t: &Item,
    actuals: &Items<'a>,
    five_year: &Items<'a>,
    targeted: &[&str],
) -> (Option<&'a Indicator>, Outcome, Option<String>) {
    // An actual of another indicator that OLD's plan targets in its own right is that target's,
    // not this one's: State Council 2018 set both a registered (4.5%) and a surveyed (5.5%)
    // unemployment target, and 2019's `调查失业率稳定在5%左右` judges only the second, although
    // the surveyed series replaced the registered one (a series break is kin otherwise).
    let own = |a: &Indicator| {
        a.indicator_id.as_deref() == t.id()
            || !a
                .indicator_id
                .as_deref()
                .is_some_and(|id| targeted.contains(&id))
    };
    let best = |t: &Item, candidates: &Items, strict: bool| best_where(t, candidates, strict, own);
    let part_ids: &[String] = t
        .id()
        .and_then(|id| vocabulary().get(id))
        .map(|e| e.parts.as_slice())
        .unwrap_or_default();
    // A part of a combined target (`外贸出口` of `外贸进出口`) is judged with the other parts
    // below, not as the whole.
    if let Some((k, _)) = best(t, actuals, true)
        && !actuals[k]
            .id()
            .is_some_and(|id| part_ids.iter().any(|p| p == id))
    {
        let a = actuals[k].ind;
        let (o, note) = outcome(t.ind, a);
        return (Some(a), o, note);
    }
    // A combined target is met when every part reported is, missed when one is not.
    let parts: Vec<&Indicator> = part_ids
        .iter()
        .filter_map(|p| {
            actuals
                .iter()
                .filter(|c| c.id() == Some(p.as_str()))
                .find(|c| comparable(t.ind, c.ind) && comparable_units(t.ind, c.ind))
                .map(|c| c.ind)
        })
        .collect();
    if let Some(first) = parts.first() {
        let outcomes: Vec<Outcome> = parts.iter().map(|a| outcome(t.ind, a).0).collect();
        // A part missing is missed (each part is held to the target, as incomes are);
        // some parts reported and met, the others not (`外贸出口增长8%以上` for a target of
        // trade): the whole is reported, but not in a figure that judges it.
        let o = if outcomes.contains(&Outcome::Missed) {
            Outcome::Missed
        } else if parts.len() < part_ids.len() {
            Outcome::Unclear
        } else if outcomes.iter().all(|o| *o == Outcome::Met) {
            Outcome::Met
        } else {
            Outcome::Unclear
        };
        let said: Vec<String> = parts
            .iter()
            .map(|a| format!("{} {}", a.subject, a.written))
            .collect();
        return (
            Some(first),
            o,
            Some(format!("reported by its parts: {}", said.join(", "))),
        );
    }
    // Reported in another measure or unit: only the same thing counts.
    if let Some((k, _)) = best(t, actuals, false) {
        let a = actuals[k].ind;
        return (
            Some(a),
            Outcome::Unclear,
            Some(format!(
                "reported as {} ({}), not comparable with the target's {}",
                a.written,
                a.measure.as_str(),
                t.ind.measure.as_str()
            )),
        );
    }
    // A rate of a thing, reported only as the thing in another measure: reported, but not
    // comparable (tests/gold/README.md on `unclear`).
    if let Some(a) = rated_thing_reported(t, actuals) {
        return (
            Some(a),
            Outcome::Unclear,
            Some(format!(
                "the review gives {} {}, not the target's rate",
                a.subject, a.written
            )),
        );
    }
    // A count of the same things with the work done on them named after them
    // (`改造提升四个城市出入口` → review `三个城市出入口的生态景观建设`).
    if let Some(a) = same_things_counted(t, actuals) {
        let (o, note) = outcome(t.ind, a);
        return (Some(a), o, note);
    }
    // The same figure in the same unit for a thing named by the same opening noun phrase
    // (`老旧小区基础设施综合改造45个` → review `完成45个老旧小区改造任务`): the same work.
    if let Some(a) = same_figure_same_thing(t, actuals) {
        let (o, note) = outcome(t.ind, a);
        return (Some(a), o, note);
    }
    // Reported only together with other things: `公路、村屯、矿区绿化3920亩` for a target of
    // `村屯绿化2738亩` gives one figure for three works, so it says something, not enough.
    if let Some(a) = combined_report(t, actuals) {
        return (
            Some(a),
            Outcome::Unclear,
            Some(format!(
                "reported only together with other items: {} {}",
                a.subject, a.written
            )),
        );
    }
    // A bound kept through the whole period held in its last year too: a ceiling
    // (`“十三五”时期…城镇登记失业率控制在4.5%以内`) or a floor (a five-year review's
    // `粮食产量稳定在760亿斤以上` judges a plan's `粮食总产740亿斤以上` of the period's last year).
    let ceiling = is_ceiling(&t.ind.subject, t.ind.measure, t.ind.bound);
    if let Some((k, _)) = best(t, five_year, true)
        && held_through(five_year[k].ind) == Some(ceiling)
    {
        let a = five_year[k].ind;
        let (o, note) = outcome(t.ind, a);
        let kept = "a bound kept through the five-year period holds for its last year";
        return (Some(a), o, join_notes(note, Some(kept.into())));
    }
    // A level the period ended at (`国家科技型中小企业达到2912家` in a five-year review) is the
    // level at the end of its last year, the year a level target (`达到3000家`) aims at.
    // A rate is a state at a time whatever its bound (`力争…覆盖率超90%`, `水质优良率稳定在
    // 90%以上`, Guangdong 2025): a rate the period ended at judges it too.
    if (reaches_level(t.ind) || t.ind.measure == Measure::Share)
        && let Some((k, _)) = best(t, five_year, true)
        && reaches_level(five_year[k].ind)
        && five_year[k].ind.year == t.ind.year
    {
        let a = five_year[k].ind;
        let (o, note) = outcome(t.ind, a);
        let level = "a level the five-year period ended at is the level of its last year";
        return (Some(a), o, join_notes(note, Some(level.into())));
    }
    // A target that is itself a running total (`累计完成全省66391户存量农村削坡建房风险点整治`,
    // Guangdong 2022's annex) is judged by the total a five-year review gives (`完成6.64万户
    // 农村削坡建房风险点整治`, Guangdong 2023): both count from before the year.
    if running_total(t.ind)
        && let Some((k, _)) = best(t, five_year, true)
    {
        let a = five_year[k].ind;
        let (o, note) = outcome(t.ind, a);
        let total = "a running total set as the target is judged by the period's total";
        return (Some(a), o, join_notes(note, Some(total.into())));
    }
    // Any other figure of the period alone (a total `五年新改建农村公路4.1万公里`, `累计…近3万
    // 亿元`; an average `年均增长10%`; a change over it `单位GDP能耗下降22%`) reports the
    // indicator in another measure: unclear, not unreported (tests/gold/README.md, the rule
    // on figures for a period of several years, one convention for every gold writer).
    if let Some((k, _)) = best(t, five_year, false) {
        let a = five_year[k].ind;
        return (
            Some(a),
            Outcome::Unclear,
            Some(format!(
                "reported only for the five-year period ({}), not for the target's year",
                a.written
            )),
        );
    }
    (None, Outcome::Unreported, None)
}

/// The actual that gives the thing a rate target measures, in another measure: the target's
/// subject less a rate word of up to three characters ending in `率` (`优良率`, `办结率`) or a
/// share word (`比例`, `比重`, `占比`), at least four characters left and no `占`, and a review figure of
/// that thing that is no rate (`近岸海域水质优良率保持100%` → review `近岸海域水质长期保持一类`;
/// `新建装配式建筑面积比例达55%` → `装配式建筑面积32.2万平方米`, Dapeng 2024, 2025).
fn rated_thing_reported<'a>(t: &Item, actuals: &[Item<'a>]) -> Option<&'a Indicator> {
    // A share of one thing in another (`非公经济增加值占地区生产总值比重`) rates no thing alone.
    if t.ind.measure != Measure::Share || t.key.contains('占') {
        return None;
    }
    let chars: Vec<char> = t.key.chars().collect();
    let n = chars.len();
    let rated = |k: usize| {
        chars[n - 1] == '率'
            || matches!(
                chars[n - k..].iter().collect::<String>().as_str(),
                "比例" | "比重" | "占比"
            )
    };
    let things: Vec<String> = (1..=3)
        .filter(|k| n >= k + 4 && rated(*k))
        .map(|k| chars[..n - k].iter().collect())
        .collect();
    actuals
        .iter()
        .filter(|a| a.ind.measure != Measure::Share && a.ind.unit.as_deref() != Some("%"))
        .find(|a| {
            things
                .iter()
                .any(|thing| subject_similarity(thing, &a.ind.subject) >= SUBJECT_THRESHOLD)
        })
        .map(|a| a.ind)
}

/// Whether a target sets a running total, `累计` just before its figure (`累计完成全省66391户…`).
fn running_total(t: &Indicator) -> bool {
    crate::text::find(&t.clause, &t.written)
        .is_some_and(|at| crate::text::suffix_chars(&t.clause[..at], 6).contains("累计"))
}

/// An actual with exactly the target's figure and unit whose subject opens with the same
/// noun phrase of at least three characters; or, for a count of ten or more, the same figure
/// under another counter for a thing named with the same words (`年内完成335座保暖房装修` →
/// review `建成335户绿色保暖房`: the houses counted by household; `178座燃煤小锅炉淘汰` →
/// `178座燃煤锅炉拆改`): two names sharing two pairs of characters and a count of ten or more
/// agree by chance too rarely to be two things.
fn same_figure_same_thing<'a>(t: &Item, actuals: &[Item<'a>]) -> Option<&'a Indicator> {
    let (Some(value), Some(unit)) = (t.ind.value, t.ind.unit.as_deref()) else {
        return None;
    };
    let opening = |key: &str| -> usize {
        t.key
            .chars()
            .zip(key.chars())
            .take_while(|(x, y)| x == y)
            .count()
    };
    let plain = |a: &Item| a.generic.is_none() && t.generic.is_none();
    let same = actuals
        .iter()
        .filter(|a| a.ind.value == Some(value) && a.ind.unit.as_deref() == Some(unit))
        .find(|a| opening(&a.key) >= 3 && plain(a))
        .map(|a| a.ind);
    let whole = t.ind.base_value;
    if same.is_some()
        || t.ind.measure != Measure::Count
        || whole.is_none_or(|v| v < 10.0 || v.fract() != 0.0)
    {
        return same;
    }
    let pairs = |s: &str| -> Vec<(char, char)> {
        let cs: Vec<char> = s.chars().filter(|c| crate::text::is_han(*c)).collect();
        cs.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let own = pairs(&t.key);
    actuals
        .iter()
        .filter(|a| a.ind.measure == Measure::Count && a.ind.base_value == whole && plain(a))
        .find(|a| {
            let theirs = pairs(&a.key);
            let mut shared: Vec<&(char, char)> =
                own.iter().filter(|p| theirs.contains(p)).collect();
            shared.dedup();
            shared.len() >= 2
        })
        .map(|a| a.ind)
}

/// A count in the target's counter whose subject opens with the whole of the target's
/// name, four characters or more, and goes on with a work done on it: the same things
/// counted (`城市出入口` of the plan, `城市出入口生态景观建设` of the review). Not a count of
/// the members a list names (`整治矿山、土地等6个重点领域`): those are other members.
fn same_things_counted<'a>(t: &Item, actuals: &[Item<'a>]) -> Option<&'a Indicator> {
    if t.ind.measure != Measure::Count || t.key.chars().count() < 4 || t.generic.is_some() {
        return None;
    }
    let of_a_list = |a: &Indicator| {
        a.clause
            .find(&a.written)
            .is_some_and(|at| a.clause[..at].ends_with('等'))
    };
    actuals
        .iter()
        .filter(|a| a.ind.measure == Measure::Count && a.ind.base_unit == t.ind.base_unit)
        .filter(|a| !of_a_list(a.ind))
        .find(|a| a.generic.is_none() && a.key.len() > t.key.len() && a.key.starts_with(&t.key))
        .map(|a| a.ind)
}

/// An actual named more broadly than the target, under a name that another target of OLD's
/// plan also holds: `全年完成管网改造38.6公里` in a review whose plan set `城区供水主管网改造9.2公里`
/// and `老旧小区三级供热管网改造23个` is the total of every kind of pipe work, not the water
/// mains' own figure. Subjects without a canonical id and generic heads only.
fn broader_report<'a>(t: &Item, a: &Indicator, old_targets: &[Item<'a>]) -> Option<&'a Indicator> {
    let a = Item::new(a);
    let plain = |i: &Item| i.id().is_none() && i.generic.is_none();
    if !plain(t) || !plain(&a) || a.key.chars().count() < 3 || a.key == t.key {
        return None;
    }
    if !t.key.contains(&a.key) {
        return None;
    }
    old_targets
        .iter()
        .find(|u| plain(u) && u.key != t.key && u.key != a.key && u.key.contains(&a.key))
        .map(|u| u.ind)
}

/// The review figures whose clause counts every kind of a thing (`各类保障性住房`, `各种…`), in
/// order: what [`every_kind`] tries for each target, found once for the review (a test of the
/// figure alone, with a string built for it, had run for every pair of target and figure:
/// 246M instructions of a State Council pair made 16 times as long).
fn every_kind_figures<'a>(actuals: &[Item<'a>]) -> Vec<&'a Indicator> {
    actuals
        .iter()
        .map(|a| a.ind)
        .filter(|a| a.subject.chars().count() >= 3)
        .filter(|a| {
            ["各类", "各种"]
                .iter()
                .any(|w| a.clause.contains(&format!("{w}{}", a.subject)))
        })
        .collect()
}

/// A review figure whose clause counts every kind of a thing (`各类保障性住房`, `各种…`) of
/// which the target names one kind: the target's name holds the review's, in order, with the
/// same head (`配售型保障性住房`, `保障性租赁住房` of `保障性住房`), in the same unit family.
/// `wholes` are the review's figures of every kind ([`every_kind_figures`]).
fn every_kind<'a>(t: &Item, wholes: &[&'a Indicator]) -> Option<&'a Indicator> {
    let kind_of = |whole: &str| {
        let (mut w, mut k) = (whole.chars().peekable(), t.ind.subject.chars());
        let ordered = w.peek().is_some() && w.all(|c| k.by_ref().any(|d| d == c));
        ordered
            && t.ind.subject.chars().count() > whole.chars().count()
            && whole.chars().last() == t.ind.subject.chars().last()
    };
    wholes
        .iter()
        .copied()
        .find(|a| comparable_units(t.ind, a) && kind_of(&a.subject))
}

/// [`broader_report`] for a target that names its kind and its work apart, a word between
/// (`污水管网提升改造` holds `管网` and ends on `改造` of the review's `管网改造`): the review's
/// name is a thing of two characters or more and a work of two that the target ends on.
fn gapped_broader<'a>(t: &Item, item: &Item, old_targets: &[Item<'a>]) -> Option<&'a Indicator> {
    // Called for every pair of target and review figure: the cheap tests first, no copies.
    let plain = |i: &Item| i.id().is_none() && i.generic.is_none();
    if !plain(t) || !plain(item) {
        return None;
    }
    let key = item.key.as_str();
    if key.chars().count() < 4 || !key.chars().all(crate::text::is_han) {
        return None;
    }
    let split = key.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    let (thing, work) = key.split_at(split);
    let gapped = |key: &str| {
        key.ends_with(work)
            && key[..key.len() - work.len()].contains(thing)
            && !key.contains(&item.key)
    };
    // The subject as written: its key drops a work tail (`提升改造`).
    if !gapped(t.ind.subject.as_str()) {
        return None;
    }
    old_targets
        .iter()
        .find(|u| plain(u) && u.key != t.key && u.key.contains(&item.key))
        .map(|u| u.ind)
}

/// An actual whose subject lists several items sharing a head (`公路、村屯、矿区绿化`), one of
/// them the target's, in the same unit family.
fn combined_report<'a>(t: &Item, actuals: &[Item<'a>]) -> Option<&'a Indicator> {
    actuals
        .iter()
        .filter(|a| a.ind.subject.contains(['、', '和', '及']))
        .filter(|a| comparable_units(t.ind, a.ind))
        .find(|a| {
            let items = crate::extract::indicators::split_items(&a.ind.subject);
            items.len() > 1
                && items
                    .iter()
                    .any(|i| subject_similarity(i, &t.ind.subject) >= SUBJECT_THRESHOLD)
        })
        .map(|a| a.ind)
}

/// NEW's review part cut once into paragraphs and clauses, where a target may be named
/// without a figure.
struct ReviewText<'a> {
    /// Line and text of each paragraph.
    paragraphs: Vec<(usize, &'a str)>,
    /// Paragraph index and text of each clause.
    clauses: Vec<(usize, &'a str)>,
    /// Each character pair → the clauses holding it, in order: a name is looked for only in
    /// the clauses holding its rarest pair, not in every clause for every target (quadratic
    /// in a long report).
    by_pair: HashMap<(char, char), Vec<usize>, crate::extract::commitments::CharHash>,
    /// Where each clause starts in memory → its index: the clause after a given one is found
    /// at once, not by a search of every clause for every target.
    by_start: HashMap<usize, usize>,
}

impl<'a> ReviewText<'a> {
    fn new(report: &'a Report) -> Self {
        use crate::extract::indicators::{clauses, sentences};
        let paragraphs: Vec<(usize, &str)> = report
            .sections()
            .into_iter()
            .filter(|s| s.role == crate::model::Role::Review)
            .flat_map(|s| s.paragraphs.iter().map(|p| (p.line, p.text.as_str())))
            .collect();
        let clauses = paragraphs
            .iter()
            .enumerate()
            .flat_map(|(k, (_, p))| {
                sentences(p)
                    .into_iter()
                    .flat_map(clauses)
                    .map(move |c| (k, c))
            })
            .collect::<Vec<(usize, &str)>>();
        let mut by_pair: HashMap<(char, char), Vec<usize>, _> = HashMap::default();
        for (i, (_, c)) in clauses.iter().enumerate() {
            let cs: Vec<char> = c.chars().collect();
            for w in cs.windows(2) {
                let list = by_pair.entry((w[0], w[1])).or_insert_with(Vec::new);
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        let by_start = clauses
            .iter()
            .enumerate()
            .map(|(i, (_, c))| (c.as_ptr() as usize, i))
            .collect();
        ReviewText {
            paragraphs,
            clauses,
            by_pair,
            by_start,
        }
    }

    /// What the clause after `clause` says of how it went when it has no subject of its own
    /// (`外贸出口大幅度增长，超过了预期目标`, `…，没有完成年初确定的目标`): the same thing's
    /// outcome. `Unclear` when it says nothing of the kind.
    fn said_after(&self, clause: &str) -> Outcome {
        const OPENINGS: &[&str] = &[
            "超过", "实现", "达到", "完成", "超额", "没有", "未", "好于", "基本", "全面",
            // `进出口总额出现下降，预期增长目标未能实现`: the goal named before its verb.
            "预期", "年初",
        ];
        let at = self.by_start.get(&(clause.as_ptr() as usize)).copied();
        let Some(((k, _), (k2, next))) =
            at.and_then(|i| Some((self.clauses[i], *self.clauses.get(i + 1)?)))
        else {
            return Outcome::Unclear;
        };
        if k != k2 || !OPENINGS.iter().any(|w| next.trim_start().starts_with(w)) {
            return Outcome::Unclear;
        }
        outcome_in_words(next)
    }

    /// Whether the review repeats a target written in words (`data/worded_figures.txt`):
    /// a clause naming the thing, or the clause after it in its paragraph, holds the same
    /// phrase (`空气质量综合指数保持全市最优` reported as `空气质量综合指数2.19、优良天数比例98.6%，
    /// 保持全市最优`, Dapeng 2024): the state the plan set was kept.
    fn repeats_in_words(&self, t: &Indicator) -> bool {
        let Some((w, _, _)) = crate::extract::worded::find(&t.written, false) else {
            return false;
        };
        self.holding(&t.subject).into_iter().any(|i| {
            let (k, c) = self.clauses[i];
            c.contains(w.phrase)
                || self
                    .clauses
                    .get(i + 1)
                    .is_some_and(|&(k2, next)| k2 == k && next.contains(w.phrase))
        })
    }

    /// The clauses (their indices) that hold `name`, in order.
    fn holding(&self, name: &str) -> Vec<usize> {
        let holds = |i: &usize| self.clauses[*i].1.contains(name);
        match crate::text::rarest_pair(&self.by_pair, name) {
            Some(list) => list.iter().copied().filter(holds).collect(),
            // A name of one character: every clause is read.
            None => (0..self.clauses.len()).filter(holds).collect(),
        }
    }

    /// The first clause (its index) that holds `name` and passes `also`, in order.
    fn first_holding(&self, name: &str, also: impl Fn(usize) -> bool) -> Option<usize> {
        let cs: Vec<char> = name.chars().collect();
        let holds = |i: usize| {
            let (k, c) = self.clauses[i];
            c.contains(name) && also(k)
        };
        if cs.len() < 2 {
            return (0..self.clauses.len()).find(|&i| holds(i));
        }
        let rarest = cs
            .windows(2)
            .map(|w| {
                self.by_pair
                    .get(&(w[0], w[1]))
                    .map_or(&[][..], Vec::as_slice)
            })
            .min_by_key(|list| list.len())
            .unwrap_or(&[]);
        rarest.iter().copied().find(|&i| holds(i))
    }
}

/// Where NEW's review names a target it gives no comparable figure for: the line and the
/// clause naming it (`中欧班列开行数量持续增长`, `引进央企二三级子公司实现历史性突破`), so that the
/// target is `unclear` (reported, not comparable), not `unreported`. A name is the subject's
/// key or the noun phrase it opens with (five characters or more: `城乡居民` alone names
/// nothing), of three characters or more; a generic head (`投资`) counts only with its owner in
/// the same paragraph (`雄安新区` … `投资`), and a bare one never.
fn mention<'a>(t: &Item, review: &ReviewText<'a>) -> Option<(usize, &'a str)> {
    use crate::extract::indicators::noun_run;
    let han = |s: &str| s.chars().filter(|c| crate::text::is_han(*c)).count();
    let line = |k: usize| review.paragraphs[k].0;
    // A programme named with another head (`菜篮子项目` of the plan, `“菜篮子”工程` of the
    // review): its distinctive name (three characters or more) before any programme head.
    let programme = PROGRAMME_HEADS
        .iter()
        .find_map(|h| t.key.strip_suffix(h))
        .filter(|m| han(m) >= 3);
    let names_programme = |c: &str| {
        programme.is_some_and(|m| {
            c.match_indices(m).any(|(at, _)| {
                let after = c[at + m.len()..].trim_start_matches(['”', '"', '’']);
                PROGRAMME_HEADS.iter().any(|h| after.starts_with(h))
            })
        })
    };
    let as_programme = || {
        programme
            .into_iter()
            .flat_map(|m| review.holding(m))
            .find(|&i| names_programme(review.clauses[i].1))
    };
    // The names the vocabulary knows it by (`物价总水平涨幅得到控制` names 居民消费价格总水平),
    // and a short word for it opening a clause that says how it went, with no figure
    // (`投资拉动稳步推进`).
    let entry = t.id().and_then(|id| vocabulary().get(id));
    let short: Vec<&str> = entry
        .iter()
        .flat_map(|e| e.short.iter())
        .map(String::as_str)
        .collect();
    let in_words = |c: &str, n: &str| {
        let c = c.trim_start_matches(|ch: char| !crate::text::is_han(ch));
        c.strip_prefix(n)
            .is_some_and(|rest| TREND_WORDS.iter().any(|w| rest.contains(w)))
            && !c.contains(|ch: char| ch.is_ascii_digit())
    };
    let worded = || {
        short
            .iter()
            .flat_map(|n| review.holding(n).into_iter().map(move |i| (n, i)))
            .filter(|&(n, i)| in_words(review.clauses[i].1, n))
            .map(|(_, i)| i)
            .min()
    };
    if let Some((head, owner)) = &t.generic {
        if han(owner) < 2 {
            return worded().map(|i| (line(review.clauses[i].0), review.clauses[i].1));
        }
        // The head itself, not inside a longer head (`总投资7亿元的…项目` sizes a project, it is
        // no investment of the year: different generic heads are different indicators).
        // Nor the head of another indicator the vocabulary knows (`累计完成工业固定资产投资
        // 196亿元` is no investment of the key projects).
        // The whole output is the output (`粮食总产量创2006年以来新高` speaks of the plan's
        // `粮食产量`, Guangdong 2026): only a total investment sizes something else.
        let own_head = |c: &str| {
            c.match_indices(&**head)
                .any(|(at, _)| !(c[..at].ends_with('总') && head.ends_with("投资")))
                && names_it(c, head, t.id())
        };
        return review
            .first_holding(head, |k| review.paragraphs[k].1.contains(owner.as_str()))
            .filter(|&i| own_head(review.clauses[i].1))
            // A two-character owner (`示范` of `示范项目`) is too common a word to place a
            // head by its paragraph alone: the clause names it too.
            .filter(|&i| han(owner) > 2 || review.clauses[i].1.contains(owner.as_str()))
            .or_else(as_programme)
            .or_else(|| reordered_owner(owner, head, review))
            .or_else(worded)
            .map(|i| (line(review.clauses[i].0), review.clauses[i].1));
    }
    // The noun phrase a subject opens with (`央企二三级子公司` of `央企二三级子公司落户新区`)
    // only when long enough to name one thing.
    let run = subject_key(noun_run(&t.ind.subject));
    let aliases = entry
        .iter()
        .flat_map(|e| e.aliases.iter().chain([&e.zh]))
        .map(String::as_str);
    // A long opening that names a thing (`央企二三级子公司` of `央企二三级子公司落户新区`).
    let openings = opening_nouns(&t.key).into_iter().map(|o| (o, 6));
    let own: Vec<&str> = [(t.key.as_str(), 3), (run.as_str(), 5)]
        .into_iter()
        .chain(openings)
        .filter(|(n, least)| han(n) >= *least)
        .map(|(n, _)| n)
        .collect();
    // A two-character name (`物价`) only where the clause also says how it went
    // (`节能减排、物价调控目标没有完成`).
    let known: Vec<&str> = aliases.filter(|n| han(n) >= 2).collect();
    // The key with the report's own level (`省级区域应急救援中心`), which `t.key` drops.
    let full_key = subject_key(&t.ind.subject);
    let naming = |c: &str| {
        let key = t.key.as_str();
        own.iter().any(|n| {
            names_it(c, n, t.id())
                && spoken_of(c, n, key.strip_prefix(*n))
                && !of_another_level(c, n, &full_key)
                && !owners_figure(c, n, key)
        }) || known.iter().any(|n| {
            (han(n) >= 3 || outcome_in_words(c) != Outcome::Unclear)
                && names_it(c, n, t.id())
                && !owned_by_another(c, n)
                && spoken_of(c, n, None)
        })
    };
    // The clauses holding any of the names, in order (looked up through the pair index).
    let mut found: Vec<usize> = own
        .iter()
        .chain(&known)
        .flat_map(|n| review.holding(n))
        .filter(|&i| naming(review.clauses[i].1))
        .chain(as_programme())
        .chain(worded())
        .collect();
    found.sort_unstable();
    let first = *found.first()?;
    // A clause that says how it went (`物价调控目标没有完成`) before one that only names it.
    let said = found
        .iter()
        .copied()
        .find(|&i| outcome_in_words(review.clauses[i].1) != Outcome::Unclear)
        .unwrap_or(first);
    Some((line(review.clauses[said].0), review.clauses[said].1))
}

/// Windows of more than the planned year that a plan sets figures for, in a sentence of
/// its own (`今明两年要…`): the class is the State Council's two-year programmes of 2019–2020
/// (training, enrolment, rural water supply).
const SEVERAL_YEAR_WINDOWS: &[&str] = &["今明两年", "今后两年", "未来两年", "今后三年", "未来三年"];

/// The sentences of a report's plan parts that set a window of several years, with the
/// window's words; read once per pair.
fn several_year_sentences(report: &Report) -> Vec<(&'static str, &str)> {
    use crate::extract::indicators::sentences;
    report
        .sections()
        .into_iter()
        .filter(|s| s.role == crate::model::Role::Plan)
        .flat_map(|s| s.paragraphs.iter())
        .filter(|p| SEVERAL_YEAR_WINDOWS.iter().any(|w| p.text.contains(w)))
        .flat_map(|p| sentences(&p.text))
        .filter_map(|s| {
            SEVERAL_YEAR_WINDOWS
                .iter()
                .find(|w| s.contains(*w))
                .map(|w| (*w, s))
        })
        .collect()
}

/// Words that say how an indicator went without a figure (`投资拉动稳步推进`,
/// `投资保持较快增长`, `投资稳中有升`).
const TREND_WORDS: &[&str] = &[
    "稳步",
    "较快",
    "持续",
    "稳中有升",
    "稳中向好",
    "平稳",
    "回升",
    "回暖",
    "增长",
    "下降",
    "放缓",
];

/// A clause naming the owner of a generic head with its words in another order, in a
/// paragraph that speaks of the head (`两河圣山文化旅游景区基础设施投资` of the plan, `两河圣山
/// 旅游文化景区基础设施建设工程进展顺利` of the review, whose paragraph reports investment): the
/// same work, named without a figure. Owners of six characters or more, read from the same
/// first two characters (a proper name), the same characters in the window.
fn reordered_owner(owner: &str, head: &str, review: &ReviewText) -> Option<usize> {
    let want: Vec<char> = owner.chars().collect();
    if want.len() < 6 || !want.iter().all(|c| crate::text::is_han(*c)) {
        return None;
    }
    let mut sorted = want.clone();
    sorted.sort_unstable();
    let anchor: String = want[..2].iter().collect();
    review.holding(&anchor).into_iter().find(|&i| {
        let (k, clause) = review.clauses[i];
        let cs: Vec<char> = clause.chars().collect();
        review.paragraphs[k].1.contains(head)
            && cs.windows(want.len()).any(|w| {
                w[..2] == want[..2] && {
                    let mut got = w.to_vec();
                    got.sort_unstable();
                    got == sorted
                }
            })
    })
}

/// Heads that name a programme of works: one programme is named with any of them
/// (`菜篮子项目`, `“菜篮子”工程`).
const PROGRAMME_HEADS: &[&str] = &["项目", "工程", "计划", "行动"];

/// The openings of a subject, shorter than it, that end on a noun (`央企二三级子公司` of
/// `央企二三级子公司落户新区`: the thing, without where it goes).
fn opening_nouns(subject: &str) -> Vec<&str> {
    let mut end = 0;
    let mut out = Vec::new();
    let words = crate::text::words::tag(subject);
    for (k, (w, t)) in words.iter().enumerate() {
        end += w.len();
        if t.starts_with('n') && k + 1 < words.len() {
            out.push(&subject[..end]);
        }
    }
    out
}

/// Verbs of effort a review puts before the thing it works on (`加大义务教育学校建设力度`,
/// `优化地方政府专项债券发行使用`, `大力加强基层医疗卫生服务能力建设`): the clause says what was
/// done for it, not how its figure went.
const EFFORT_VERBS: &[&str] = &[
    "加大", "加强", "优化", "强化", "完善", "健全", "规范", "稳定", "改进", "重视", "支持", "鼓励",
    "引导", "推进",
];

/// Whether a clause naming a target speaks of the thing itself, so that it reports it
/// (`unclear` without a figure, or met/missed in words): not where every occurrence of the
/// name is the object of a verb of effort with no word of its course after it (`加大义务教育
/// 学校建设力度` for a plan's `义务教育学校新改扩建169所`: gold unreported), nor, for a name
/// that is only the opening of the target's (`rest` is what the target's name goes on with),
/// where it qualifies another noun than the target's own (`全面建立城镇居民基本医疗保险制度`
/// names the scheme, not the `…财政补助标准` a plan raised; `企业退休人员基本养老金等标准` goes on
/// with the target's own `基本养老金`).
fn spoken_of(clause: &str, name: &str, rest: Option<&str>) -> bool {
    clause.match_indices(name).any(|(at, _)| {
        let before = &clause[..at];
        let after = &clause[at + name.len()..];
        let course = TREND_WORDS.iter().any(|w| after.contains(w))
            || outcome_in_words(clause) != Outcome::Unclear
            || after.contains(|c: char| c.is_ascii_digit());
        // The verb may open a list the name is an item of (`推进城中村改造和老旧小区改造`,
        // Guangdong 2025, for a plan's `新开工改造城镇老旧小区1100个以上`: gold unreported).
        let list_opened = before.ends_with(['和', '、', '及', '与'])
            && EFFORT_VERBS
                .iter()
                .any(|v| clause.trim_start().starts_with(v));
        let worked_on =
            (EFFORT_VERBS.iter().any(|v| before.ends_with(v)) || list_opened) && !course;
        let qualifies = rest.filter(|r| !r.is_empty()).is_some_and(|rest| {
            crate::text::words::tag(after)
                .first()
                .is_some_and(|(w, tag)| tag.starts_with('n') && !rest.starts_with(w))
        });
        !worked_on && !qualifies
    })
}

/// Whether a review clause says in words that a thing a plan set to grow fell instead
/// (`去年我国进出口总额出现下降` for `进出口增长6%左右`, `税收收入负增长`): a growth target of
/// more than nothing is missed. A fall of the growth rate itself (`增速下降`, `涨幅回落`) says
/// nothing of the sort.
fn fell_in_words(t: &Indicator, clause: &str) -> bool {
    const FELL: &[&str] = &["出现下降", "有所下降", "负增长", "同比下降", "大幅下降"];
    const OF_A_RATE: &[&str] = &["增速", "增幅", "涨幅", "速度", "幅度", "比重", "率"];
    t.measure == Measure::Growth
        && t.value.is_some_and(|v| v > 0.0)
        && t.unit.as_deref() == Some("%")
        && FELL.iter().any(|w| {
            clause.find(w).is_some_and(|at| {
                let before: Vec<char> = clause[..at].chars().collect();
                let near: String = before[before.len().saturating_sub(3)..].iter().collect();
                !OF_A_RATE.iter().any(|r| near.contains(r))
            })
        })
}

/// Whether a short name stands after a noun that owns it (`主要发达经济体失业率` is not the
/// country's own 失业率): the word before it is a noun, not a time, a verb or a scope word.
fn owned_by_another(clause: &str, name: &str) -> bool {
    clause.match_indices(name).all(|(at, _)| {
        let tagged = crate::text::words::tag(&clause[..at]);
        tagged.last().is_some_and(|(w, t)| {
            t.starts_with('n') && !matches!(*w, "全国" | "全省" | "全市" | "全县" | "全区")
        })
    })
}

/// Whether `name` in `clause` names the target itself, not another indicator that contains
/// it: `调查失业率` is not the registered `失业率`, `财政赤字率` and `财政赤字占国内生产总值的比重`
/// are not `财政赤字`.
fn names_it(clause: &str, name: &str, id: Option<&str>) -> bool {
    let other = |s: &str| {
        vocabulary()
            .lookup(s)
            .is_some_and(|e| Some(e.id.as_str()) != id)
    };
    clause.match_indices(name).any(|(at, _)| {
        let before: Vec<(usize, char)> = clause[..at].char_indices().rev().take(4).collect();
        let after: Vec<(usize, char)> = clause[at + name.len()..].char_indices().take(3).collect();
        let wider_before = before
            .iter()
            .any(|&(k, _)| other(&clause[k..at + name.len()]));
        let wider_after = after
            .iter()
            .any(|&(k, c)| other(&clause[at..at + name.len() + k + c.len_utf8()]));
        let share_of_it = after.first().is_some_and(|&(_, c)| c == '占');
        // `227个村获评省级美丽乡村` names a class of them (those of a level), not the
        // `美丽乡村` a plan set out to create.
        let sub_class =
            level_of(name).is_none() && LEVELS.iter().any(|l| clause[..at].ends_with(l));
        let another_measure = measured_otherwise(&clause[at + name.len()..], id);
        !(wider_before || wider_after || share_of_it || sub_class || another_measure)
    })
}

/// Whether every place a clause names `name` (a target's key without the level the key names)
/// names it at another level: `建设国家东南区域应急救援中心` is none of a plan's `4个省级区域应急
/// 救援中心` (Guangdong 2021 → 2022), as `国家级` titles are not a province's.
fn of_another_level(clause: &str, name: &str, key: &str) -> bool {
    let Some((level, _)) = level_of(key) else {
        return false;
    };
    if name.contains(level) {
        return false;
    }
    let national = ["国家", "中央"];
    let other = |before: &str| {
        LEVELS.iter().any(|l| *l != level && before.contains(l))
            || level != "国家级" && national.iter().any(|w| before.contains(w))
    };
    clause.match_indices(name).all(|(at, _)| {
        let before = crate::text::suffix_chars(&clause[..at], 6);
        other(before) && !before.contains(level)
    })
}

/// Whether a clause gives a figure of the thing that owns what a target counts, right after
/// naming it (`规模以上工业企业达6.7万家` for a plan's `5000家规模以上工业企业数字化转型`, Guangdong
/// 2022 → 2023): a stock of the owners, another indicator, not a mention of the work on them.
/// Only for a name shorter than the key by a work of two characters or more, not by a word of
/// measure (`数量`, `规模`: `高新技术企业达6.9万家` speaks of `高新技术企业数量`).
fn owners_figure(clause: &str, name: &str, key: &str) -> bool {
    let Some(rest) = key.strip_prefix(name) else {
        return false;
    };
    let measure_word = ["数量", "总量", "规模", "个数", "总数", "数"].contains(&rest);
    // (`修复治理责任主体灭失矿山49处` names the work too: the figure is the work's.)
    if measure_word
        || rest.chars().filter(|c| crate::text::is_han(*c)).count() < 2
        || clause.contains(rest)
    {
        return false;
    }
    clause.match_indices(name).any(|(at, _)| {
        let after = &clause[at + name.len()..];
        let after = ["达到", "达", "为", "超过", "突破", "增至"]
            .iter()
            .find_map(|w| after.strip_prefix(w))
            .unwrap_or(after);
        after.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// Measures written once, on the last item of a list of pollutants.
const LIST_MEASURES: &[&str] = &["浓度", "排放量", "排放总量", "排放"];

/// Whether the name standing before `after` is an item of a list whose measure, written once
/// on its last item, is not the indicator's: `PM2.5、PM10、二氧化硫、臭氧平均浓度分别下降…` speaks
/// of the SO2 concentration, not of the SO2 emissions a plan set to cut (Hebei 2015).
fn measured_otherwise(after: &str, id: Option<&str>) -> bool {
    let Some(zh) = id
        .and_then(|id| vocabulary().get(id))
        .map(|e| e.zh.as_str())
    else {
        return false;
    };
    if !after.starts_with(['、', '和']) {
        return false;
    }
    let end = after
        .char_indices()
        .find(|&(k, c)| {
            c.is_ascii_digit()
                || matches!(c, ',' | '，' | '。' | ';' | '；')
                || ["分别", "下降", "削减", "减少", "降低", "增长", "上升"]
                    .iter()
                    .any(|w| after[k..].starts_with(w))
        })
        .map_or(after.len(), |(k, _)| k);
    let list = after[..end].trim_end_matches(['均', '都']);
    LIST_MEASURES
        .iter()
        .find(|m| list.ends_with(*m))
        .is_some_and(|m| !zh.ends_with(m))
}

/// What a review says in words of a target it names without a figure: `物价调控目标没有完成`
/// (missed), `去年财政赤字控制在预算范围内`, `灾损农房新建…任务全面完成` (met), or nothing
/// comparable (`中欧班列开行数量持续增长`: unclear).
fn outcome_in_words(clause: &str) -> Outcome {
    const MISSED: &[&str] = &[
        "没有完成",
        "未完成",
        "未能完成",
        "没有实现",
        "未实现",
        "未能实现",
        "没有达到",
        "未达到",
        "未达预期",
    ];
    const MET: &[&str] = &[
        "控制在预算范围内",
        "全面完成",
        "超额完成",
        "圆满完成",
        "顺利完成",
        "如期完成",
        "提前完成",
        "全部完成",
        "目标实现",
        "实现目标",
        "完成目标",
    ];
    if MISSED.iter().any(|w| clause.contains(w)) {
        Outcome::Missed
    } else if MET.iter().any(|w| clause.contains(w)) || reached_the_goal(clause) {
        Outcome::Met
    } else {
        Outcome::Unclear
    }
}

/// Whether a clause says the year's goal was reached, in the words reviews of every era use:
/// a verb of reaching (`实现`, `达到`, `超过`, `完成`) a few characters before the goal
/// (`预期目标`, `预定目标`, `计划目标`, `调控目标`), with what stands between naming the goal
/// (`实现了年初确定的预期目标`, `超过了预期目标`), or a quantity kept within the range the plan
/// expected (`城镇登记失业率基本控制在预期范围内`). A negation before the verb is a miss, read
/// first by [`outcome_in_words`].
fn reached_the_goal(clause: &str) -> bool {
    const GOALS: &[&str] = &["预期目标", "预定目标", "计划目标", "调控目标", "预期范围"];
    const REACH: &[&str] = &["实现", "达到", "超过", "完成", "控制在", "保持在"];
    GOALS.iter().any(|g| {
        clause.match_indices(g).any(|(at, _)| {
            let before: String = {
                let cs: Vec<char> = clause[..at].chars().collect();
                cs[cs.len().saturating_sub(10)..].iter().collect()
            };
            REACH.iter().any(|v| {
                before.rfind(v).is_some_and(|k| {
                    let head = &before[..k];
                    !head.ends_with(['未', '没', '不']) && !head.ends_with("没有")
                })
            })
        })
    })
}

/// A figure stated as the level reached (`达到3000家`, `总数达到…`), not as what was added or
/// how fast it grew.
fn reaches_level(a: &Indicator) -> bool {
    // A rate reached (`城市社区卫生服务街道覆盖率达到81%` in a new term's five-year review, for
    // a plan's `…覆盖率力争达到75%`) is a state at a time too, as a level is.
    matches!(a.measure, Measure::Level | Measure::Count | Measure::Share)
        && ["达到", "达"].iter().any(|w| a.written.starts_with(w))
        || a.measure == Measure::Share && (covers_share(a) || raised_to(a))
}

/// A rate written as where it was raised or lowered to (`国考断面水质优良率提高到94.6%`,
/// `…覆盖率提升至87%`): the state it ended at, as `达到` says.
fn raised_to(a: &Indicator) -> bool {
    [
        "提高到",
        "提高至",
        "提升到",
        "提升至",
        "增至",
        "上升到",
        "上升至",
        "降至",
        "降到",
        "下降到",
        "下降至",
    ]
    .iter()
    .any(|w| a.written.starts_with(w))
}

/// Whether a share is the reach a programme extends to or covers (`试点范围扩大到23%的县`,
/// `试点覆盖24%的县`): a state at a time, which a five-year review gives as of its last year.
fn covers_share(a: &Indicator) -> bool {
    a.clause.find(&a.written).is_some_and(|at| {
        // `扩大到全国40%的县`: the verb may stand before `全国`.
        let before = &a.clause[..at];
        let before = before.strip_suffix("全国").unwrap_or(before);
        ["扩大到", "扩大至", "覆盖", "覆盖了", "覆盖到"]
            .iter()
            .any(|w| before.ends_with(w))
    })
}

/// Whether a review figure says a quantity was held at a bound rather than where it ended:
/// `Some(true)` kept within a ceiling (`控制在4.5%以内`, `保持在…以下`), `Some(false)` kept
/// above a floor (`稳定在760亿斤以上`), `None` neither.
fn held_through(a: &Indicator) -> Option<bool> {
    let at = a.clause.find(&a.written)?;
    let (before, from) = (&a.clause[..at], &a.clause[at..]);
    let held = ["控制在", "保持在", "稳定在"]
        .iter()
        .any(|w| before.ends_with(w) || a.written.starts_with(w));
    let end = from.find(['、', '和', '，', ',']).unwrap_or(from.len());
    let says = |ws: &[&str]| ws.iter().any(|w| from[..end].contains(w));
    if !held {
        None
    } else if says(&["以内", "以下"]) {
        Some(true)
    } else if says(&["以上"]) {
        Some(false)
    } else {
        None
    }
}

/// One report's figures keyed for judging (its distinct targets, annual actuals and five-year
/// actuals as [`Items`]), at one level of government ([`pair_level`]). A report is OLD in one
/// pair and NEW in the next: `track` keys it once for both ([`judge_keyed`]).
pub struct Keyed<'a> {
    /// The level of government the keys drop ([`Item::at_level`]).
    pub own: Option<&'static str>,
    targets: Items<'a>,
    actuals: Items<'a>,
    actual_list: Vec<&'a Indicator>,
    five_year: Items<'a>,
}

impl<'a> Keyed<'a> {
    pub fn new(inds: &'a [Indicator], own: Option<&'static str>) -> Self {
        let actual_list = annual_actuals(inds);
        let five_year: Vec<&Indicator> = inds
            .iter()
            .filter(|i| {
                i.role == IndicatorRole::Actual && i.five_year && i.measure != Measure::Rank
            })
            .collect();
        Keyed {
            own,
            targets: items_at(&distinct_targets(inds), own),
            actuals: items_at(&actual_list, own),
            actual_list,
            five_year: items_at(&five_year, own),
        }
    }
}

/// The level of government the keys of a pair drop: the same government both years, or none
/// known: its own level of government.
pub fn pair_level(old: &Report, new: &Report) -> Option<&'static str> {
    match (&old.meta.government, &new.meta.government) {
        (Some(a), Some(b)) if a == b => own_level(a),
        _ => None,
    }
}

/// The level of government of a report's own government ([`pair_level`] of the report with
/// itself).
pub fn report_level(report: &Report) -> Option<&'static str> {
    report.meta.government.as_deref().and_then(own_level)
}

/// Aligns and judges every target of the two reports.
pub fn judge_indicators(
    old: &Report,
    new: &Report,
    old_inds: &[Indicator],
    new_inds: &[Indicator],
) -> Vec<IndicatorRow> {
    let own = pair_level(old, new);
    judge_keyed(
        old,
        new,
        &Keyed::new(old_inds, own),
        &Keyed::new(new_inds, own),
    )
}

/// [`judge_indicators`] of figures keyed beforehand, both at the pair's [`pair_level`].
pub fn judge_keyed(
    old: &Report,
    new: &Report,
    old_keyed: &Keyed,
    new_keyed: &Keyed,
) -> Vec<IndicatorRow> {
    let old_targets = &old_keyed.targets;
    let new_targets = &new_keyed.targets;
    let old_actuals = &old_keyed.actuals;
    let new_actuals = &new_keyed.actuals;
    let new_five_year = &new_keyed.five_year;
    let gdp = gdp_growth(&new_keyed.actual_list);
    let next_of = pair_targets(old_targets, new_targets);
    let review = ReviewText::new(new);
    let window_sentences = several_year_sentences(old);
    let targeted_ids: Vec<&str> = old_targets.iter().filter_map(|t| t.id()).collect();
    let claims = crate::compare::claims::claims(new);
    let shortfalls = crate::compare::claims::shortfalls(new);
    let headline = crate::compare::claims::headline_lines(old_targets.iter().map(|t| t.ind));

    // A report without a review part cannot tell whether targets were met, nor one without
    // a plan part how they changed: leave those verdicts out rather than guess.
    // A review of the year in words only (`经济增长实现了预期目标`, no figure) is still a
    // review (a five-year review alone is not: it gives no figure of the year).
    let can_judge_outcome = !new_actuals.is_empty()
        || new.sections().iter().any(|s| {
            s.role == crate::model::Role::Review && s.horizon == crate::model::Horizon::Annual
        });
    // A plan part found but no target in it (a new term's report cut inside its five-year
    // outlook, `二、今后五年的基本思路和主要任务` and nothing after): changes are judged on the
    // plan as stored, as for a copy cut off inside its tasks: what it does not carry is
    // dropped (the copy's warning says it was cut short). A copy with no plan part at all
    // (a review excerpt) leaves them unjudged.
    let can_judge_change = !new_targets.is_empty()
        || new
            .sections()
            .iter()
            .any(|s| s.role == crate::model::Role::Plan);
    let mut rows = Vec::new();
    let wholes = every_kind_figures(new_actuals);
    for (i, t) in old_targets.iter().enumerate() {
        let next = next_of[i].map(|j| new_targets[j].ind);
        if t.ind.measure == Measure::Relative {
            let mut judged = judge_relative(
                t,
                next,
                (new_actuals, old_actuals, new_five_year),
                gdp,
                (old, new),
            );
            // A relative target of the main ones (`居民收入增长与经济增长基本同步`, State
            // Council 2019) is claimed met like the others when no figure judges it.
            if let Some(c) = claims
                .iter()
                .find(|c| crate::compare::claims::covers(c, t.ind, &headline))
            {
                judged.iter_mut().for_each(|r| claimed_met(r, c));
            }
            rows.extend(judged);
            continue;
        }
        let prior = best(t, old_actuals, true).map(|(k, _)| old_actuals[k].ind);
        let (mut actual, mut outcome, mut note) =
            find_actual(t, new_actuals, new_five_year, &targeted_ids);
        if let Some(a) = actual
            && matches!(outcome, Outcome::Met | Outcome::Missed)
            && let Some(other) = broader_report(t, a, old_targets)
        {
            outcome = Outcome::Unclear;
            note = Some(format!(
                "reported only for {} as a whole ({}), which {} also belongs to",
                a.subject, a.written, other.subject
            ));
        }
        // A count of things doing two works together (`推动超1万家企业开展技术改造和数字化转型`,
        // Guangdong 2025's review) for a target of one of them (`超9000家工业企业开展技术改造`):
        // reported, but only together with the other. A whole below a floor (`新建10家平价
        // 蔬菜超市和直销店` for `20个平价蔬菜超市`, Hailar 2014) holds a part below it too: missed
        // stays (and met under a ceiling).
        let undecided = if is_ceiling(&t.ind.subject, t.ind.measure, t.ind.bound) {
            Outcome::Missed
        } else {
            Outcome::Met
        };
        if let Some(a) = actual
            && outcome == undecided
            && let Some(with) = counted_with(a)
            && counted_with(t.ind) != Some(with)
            && !t.ind.subject.contains(with)
        {
            outcome = Outcome::Unclear;
            note = Some(format!(
                "reported only together with {with} ({} {})",
                a.subject, a.written
            ));
        }
        // A review figure for every kind of a thing together (`新筹建各类保障性住房28.6万套
        // （间）`, Guangdong 2025) does not judge a target of one kind (`配售型保障性住房1万套`,
        // `保障性租赁住房不少于18万套`): reported, but not comparably.
        if matches!(
            outcome,
            Outcome::Met | Outcome::Missed | Outcome::Unreported
        ) && let Some(a) = every_kind(t, &wholes)
            && actual.is_none_or(|b| std::ptr::eq(a, b))
        {
            actual = Some(a);
            outcome = Outcome::Unclear;
            note = Some(format!(
                "reported only for every kind of {} together ({}), of which {} is one",
                a.subject, a.written, t.ind.subject
            ));
        }
        // `今明两年职业技能培训3500万人次以上，高职院校扩招200万人`: a figure set for two years
        // is not met or missed by one year's (`高职院校扩招100万人`).
        if let Some(a) = actual
            && matches!(outcome, Outcome::Met | Outcome::Missed)
            && let Some(window) = window_sentences
                .iter()
                .find(|(_, s)| s.contains(t.ind.clause.as_str()))
                .map(|(w, _)| *w)
        {
            outcome = Outcome::Unclear;
            note = Some(format!(
                "the target is set for {window}; the review gives one year's figure ({})",
                a.written
            ));
        }
        // A review figure for every kind of the work (`管网改造38.6公里`) of which this target
        // is one kind, written with a word between (`污水管网提升改造`), and another target too.
        if outcome == Outcome::Unreported
            && let Some((a, other)) = new_actuals
                .iter()
                .find_map(|a| gapped_broader(t, a, old_targets).map(|o| (a.ind, o)))
        {
            actual = Some(a);
            outcome = Outcome::Unclear;
            note = Some(format!(
                "reported only for {} as a whole ({}), which {} also belongs to",
                a.subject, a.written, other.subject
            ));
        }
        let mentioned = if outcome == Outcome::Unreported {
            mention(t, &review)
        } else {
            None
        };
        if let Some((_, clause)) = mentioned {
            outcome = outcome_in_words(clause);
            if outcome == Outcome::Unclear {
                outcome = review.said_after(clause);
            }
            if outcome == Outcome::Unclear && fell_in_words(t.ind, clause) {
                outcome = Outcome::Missed;
            }
        }
        if matches!(outcome, Outcome::Unreported | Outcome::Unclear)
            && actual.is_none()
            && review.repeats_in_words(t.ind)
        {
            outcome = Outcome::Met;
        }
        // No figure of the year, but the review claims the target's whole class met
        // (`主要经济指标圆满完成既定任务`): met, on the report's word (see `compare::claims`).
        let claim = matches!(outcome, Outcome::Unreported | Outcome::Unclear)
            .then(|| {
                claims
                    .iter()
                    .find(|c| crate::compare::claims::covers(c, t.ind, &headline))
            })
            .flatten();
        if claim.is_some() {
            outcome = Outcome::Met;
            actual = None;
            note = None;
        }
        // No figure of the year, but the review names the target among those not completed
        // (`仍有氮氧化物排放量…4项指标未完成预期目标`): missed, on the report's word.
        let shortfall = matches!(outcome, Outcome::Unreported | Outcome::Unclear)
            .then(|| {
                shortfalls.iter().find(|s| {
                    s.names
                        .iter()
                        .any(|n| crate::compare::claims::names(n, t.ind))
                })
            })
            .flatten();
        if shortfall.is_some() {
            outcome = Outcome::Missed;
            actual = None;
            note = None;
        }
        let note = join_notes(note, next.and_then(|n| series_note(t.ind, n)));
        let mut row = target_row(
            t.ind.subject.clone(),
            Slots {
                prior,
                target: t.ind,
                actual,
                next,
            },
            outcome,
            note,
            (old, new),
        );
        if let Some(c) = claim {
            row.reason = Some(Reason::Claimed {
                line: c.line,
                clause: c.clause.to_string(),
            });
        } else if let Some(s) = shortfall {
            row.reason = Some(Reason::Claimed {
                line: s.line,
                clause: s.clause.to_string(),
            });
        } else if let Some((line, clause)) = mentioned {
            // Only where the clause's own words decide (not a verdict read after it).
            if matches!(outcome, Outcome::Met | Outcome::Missed)
                && outcome_in_words(clause) == outcome
                && row.actual.is_none()
            {
                row.actual = quoted_figure(t.ind, (line, clause), new).map(|a| slot(&a, new));
            }
            row.reason = Some(Reason::Mentioned {
                line,
                clause: clause.to_string(),
            });
        }
        rows.push(row);
    }
    for row in &mut rows {
        if !can_judge_outcome {
            row.outcome = None;
            row.note = Some("NEW has no review part: outcomes cannot be judged".into());
        }
        if !can_judge_change {
            row.change = None;
        }
    }
    let taken: Vec<usize> = next_of.iter().flatten().copied().collect();
    for (j, n) in new_targets.iter().enumerate() {
        if taken.contains(&j) {
            continue;
        }
        // A new target may still have an actual of this year to start from.
        let base = if n.ind.measure == Measure::Relative {
            None
        } else {
            best(n, new_actuals, true).map(|(k, _)| new_actuals[k].ind)
        };
        let n = n.ind;
        let (indicator_id, indicator_en) = canonical(n.indicator_id.as_deref());
        rows.push(IndicatorRow {
            indicator: n.subject.clone(),
            indicator_id,
            indicator_en,
            measure: n.measure,
            unit: n.unit.clone(),
            prior_actual: None,
            target: None,
            actual: base.map(|a| slot(a, new)),
            next_target: Some(slot(n, new)),
            outcome: None,
            change: Some(Change::New),
            actual_change: None,
            note: None,
            figures: Default::default(),
            reason: None,
        });
    }
    rows
}

/// The figure a review's clause quotes in the target's unit when it says in words how the
/// target went (`超额完成林分优化提升、森林抚育提升“两个200万亩”任务`, Guangdong 2025, for a plan's
/// `林分优化提升200万亩`): the outcome is the words', and the row carries the figure they quote,
/// written with the clause when it is short, so that a reader sees what was reported.
fn quoted_figure(t: &Indicator, (line, clause): (usize, &str), new: &Report) -> Option<Indicator> {
    let unit = t.base_unit.as_deref()?;
    // A figure inside the name of the task (`“两个200万亩”任务`) is the one quoted: the quotes
    // go (for list marks of the same length) so that the scan does not pass it over as a name.
    let unquoted = clause.replace(['“', '”'], "、");
    let q = crate::extract::quantity::scan(&unquoted)
        .into_iter()
        .find(|q| q.parts.is_empty() && q.base_unit.as_deref() == Some(unit))?;
    let written = if clause.trim().chars().count() <= 30 {
        clause.trim().to_string()
    } else {
        clause[q.start..q.end].to_string()
    };
    let clause = clause.trim();
    Some(Indicator {
        value: Some(q.value),
        high: q.high,
        base_value: Some(q.value * q.multiplier),
        unit: q.unit.clone(),
        base_unit: q.base_unit.clone(),
        bound: q.bound,
        role: IndicatorRole::Actual,
        year: new.meta.reviewed_year,
        five_year: false,
        // The review's section that holds the line (the last to open before it).
        section: new
            .sections()
            .iter()
            .filter(|s| s.role == crate::model::Role::Review && s.line <= line)
            .map(|s| s.path.clone())
            .next_back()
            .unwrap_or_default(),
        line,
        written,
        clause: clause.to_string(),
        intent: None,
        flags: Vec::new(),
        ..t.clone()
    })
}

fn join_notes(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(format!("{a}; {b}")),
        (a, b) => a.or(b),
    }
}

/// The id and English name of a canonical indicator.
fn canonical(id: Option<&str>) -> (Option<String>, Option<String>) {
    let entry = id.and_then(|id| crate::extract::vocabulary::vocabulary().get(id));
    (entry.map(|e| e.id.clone()), entry.map(|e| e.en.clone()))
}

/// The four figures of one target.
struct Slots<'a> {
    prior: Option<&'a Indicator>,
    target: &'a Indicator,
    actual: Option<&'a Indicator>,
    next: Option<&'a Indicator>,
}

/// The row of a judged target; the change of the actual is given where prior and actual are
/// in the same measure and unit.
fn target_row(
    indicator: String,
    slots: Slots,
    outcome: Outcome,
    note: Option<String>,
    (old, new): (&Report, &Report),
) -> IndicatorRow {
    let Slots {
        prior,
        target,
        actual,
        next,
    } = slots;
    let actual_change = match (prior, actual) {
        (Some(p), Some(a)) if p.measure == a.measure && p.unit == a.unit => {
            a.value.zip(p.value).map(|(a, p)| round(a - p))
        }
        _ => None,
    };
    // A split row (`城乡…` judged as urban and rural) names its own part.
    let own = (indicator != target.subject)
        .then(|| crate::extract::vocabulary::vocabulary().lookup(&indicator))
        .flatten()
        .map(|e| e.id.as_str());
    let (indicator_id, indicator_en) = canonical(own.or(target.indicator_id.as_deref()));
    IndicatorRow {
        indicator,
        indicator_id,
        indicator_en,
        measure: target.measure,
        unit: target.unit.clone(),
        prior_actual: prior.map(|p| slot(p, old)),
        target: Some(slot(target, old)),
        actual: actual.map(|a| slot(a, new)),
        next_target: next.map(|n| slot(n, new)),
        outcome: Some(outcome),
        change: Some(next.map_or(Change::Dropped, |n| change(target, n))),
        actual_change,
        note,
        figures: Default::default(),
        reason: None,
    }
}

fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// A row that no figure of the year judged (unreported, or reported but not comparably),
/// made met on the review's blanket claim over its class (see `compare::claims`).
fn claimed_met(row: &mut IndicatorRow, claim: &crate::compare::claims::Claim) {
    if !matches!(row.outcome, Some(Outcome::Unreported | Outcome::Unclear)) {
        return;
    }
    row.outcome = Some(Outcome::Met);
    row.actual = None;
    row.actual_change = None;
    row.note = None;
    row.reason = Some(Reason::Claimed {
        line: claim.line,
        clause: claim.clause.to_string(),
    });
}

/// A relative target (`城乡居民人均可支配收入增长与经济增长同步`) judged against GDP growth.
/// A `城乡…` subject is judged for its urban and rural parts separately when the review
/// reports them apart.
fn judge_relative(
    t: &Item,
    next: Option<&Indicator>,
    (new_actuals, old_actuals, new_five_year): (&Items, &Items, &Items),
    gdp: Option<&Indicator>,
    (old, new): (&Report, &Report),
) -> Vec<IndicatorRow> {
    let growth = |a: &Indicator| a.measure == Measure::Growth;
    let direct = best_where(t, new_actuals, false, growth).filter(|(_, s)| *s >= 0.95);
    // A combined subject reported apart (`城乡居民…` as urban and rural) is judged per part.
    let parts: Vec<(String, Option<String>)> = match t.id().and_then(|id| vocabulary().get(id)) {
        Some(e) if direct.is_none() && !e.parts.is_empty() => e
            .parts
            .iter()
            .filter_map(|p| vocabulary().get(p))
            .map(|part| {
                let name = match t.ind.subject.strip_prefix("城乡") {
                    Some(rest) => format!("{}{rest}", part.zh.chars().take(2).collect::<String>()),
                    None => part.zh.clone(),
                };
                (name, Some(part.id.clone()))
            })
            .collect(),
        _ => vec![(t.ind.subject.clone(), t.ind.indicator_id.clone())],
    };
    parts
        .into_iter()
        .map(|(subject, id)| {
            let probe = Indicator {
                subject: subject.clone(),
                indicator_id: id,
                ..t.ind.clone()
            };
            let probe = Item::new(&probe);
            let actual =
                best_where(&probe, new_actuals, false, growth).map(|(k, _)| new_actuals[k].ind);
            let prior =
                best_where(&probe, old_actuals, false, growth).map(|(k, _)| old_actuals[k].ind);
            let t = t.ind;
            let (outcome, note) = match (actual.and_then(|a| a.value), gdp) {
                // `高于全国平均水平`: the review gives the indicator's growth, never the
                // benchmark's, so the figure is reported but cannot be compared.
                (Some(_), _) if !crate::extract::cues::benchmark_is_growth(&t.written) => (
                    Outcome::Unclear,
                    Some(format!(
                        "the target is set against a benchmark the review gives no figure for ({})",
                        t.written
                    )),
                ),
                (Some(av), Some(g)) => match g.value {
                    Some(gv) => {
                        let met = match t.relation {
                            Some(Relation::Above) => av > gv,
                            Some(Relation::Below) => av < gv,
                            _ => av >= gv - IN_STEP_POINTS,
                        };
                        let rel = match t.relation {
                            Some(Relation::Above) => "above",
                            Some(Relation::Below) => "below",
                            _ => "in step with (0.5 points tolerance)",
                        };
                        (
                            if met { Outcome::Met } else { Outcome::Missed },
                            Some(format!(
                                "growth {av}% against GDP growth {gv}%: target is {rel} GDP growth"
                            )),
                        )
                    }
                    None => (Outcome::Unclear, Some("GDP growth has no value".into())),
                },
                (Some(_), None) => (
                    Outcome::Unclear,
                    Some("GDP growth is not reported, so the comparison cannot be made".into()),
                ),
                // `居民人均可支配收入超过3万元` for `居民收入增长与经济增长基本同步`: the review
                // gives the indicator, as a level, not the growth the target compares; the
                // same indicator (same id or name), reported, not comparable.
                (None, _) => match best_where(&probe, new_actuals, false, |a| {
                    a.measure != Measure::Growth && a.value.is_some()
                })
                .filter(|(_, s)| *s >= 0.95)
                {
                    Some((k, _)) => (
                        Outcome::Unclear,
                        Some(format!(
                            "reported as {} ({}), not as a growth to set against GDP growth",
                            new_actuals[k].ind.written,
                            new_actuals[k].ind.measure.as_str()
                        )),
                    ),
                    // Only for the five-year period (a new term's review: `居民人均可支配收入超过
                    // 4.5万元、增速与经济增长基本同步`, Guangdong 2023): reported, in another
                    // measure (tests/gold/README.md, figures for a period of several years).
                    None => match best_where(&probe, new_five_year, false, |_| true)
                        .filter(|(_, s)| *s >= 0.95)
                    {
                        Some((k, _)) => (
                            Outcome::Unclear,
                            Some(format!(
                                "reported only for the five-year period ({}), not for the target's year",
                                new_five_year[k].ind.written
                            )),
                        ),
                        None => (Outcome::Unreported, None),
                    },
                },
            };
            target_row(
                subject,
                Slots {
                    prior,
                    target: t,
                    actual,
                    next,
                },
                outcome,
                note,
                (old, new),
            )
        })
        .collect()
}

/// Whether the actual meets the target, and a note on how it was judged.
pub fn outcome(t: &Indicator, a: &Indicator) -> (Outcome, Option<String>) {
    if a.flags.contains(&crate::model::Flag::UnitLost)
        || t.flags.contains(&crate::model::Flag::UnitLost)
    {
        // Comparable only if the numbers are plainly in the same unit; say so.
        let note = "the unit was lost in the copy; compared as written".to_string();
        return match judge_values(t, a) {
            Some(o) => (o, Some(note)),
            None => (Outcome::Unclear, Some(note)),
        };
    }
    match judge_values(t, a) {
        // Whether the tolerance of `左右` decided it is said by `compare::figures::reason`.
        Some(o) => (o, None),
        None => (Outcome::Unclear, Some("values cannot be compared".into())),
    }
}

/// The base value of `i` in the base unit of `like`: converted when the two are units of one
/// quantity (`419万吨` against `80亿斤`, see [`unit_factor`]), as written otherwise.
fn base_value_like(i: &Indicator, like: &Indicator) -> Option<f64> {
    let factor = match (i.base_unit.as_deref(), like.base_unit.as_deref()) {
        (Some(from), Some(to)) => unit_factor(from, to).unwrap_or(1.0),
        _ => 1.0,
    };
    i.base_value.map(|v| v * factor)
}

fn judge_values(t: &Indicator, a: &Indicator) -> Option<Outcome> {
    let (tv, av) = if is_points(t.unit.as_deref()) || t.measure == Measure::Rank {
        (t.value?, a.value?)
    } else {
        (t.base_value?, base_value_like(a, t)?)
    };
    let tol = match t.bound {
        Bound::About if is_points(t.unit.as_deref()) => ABOUT_POINTS,
        Bound::About => tv.abs() * ABOUT_SHARE,
        _ => 0.0,
    };
    let ceiling = is_ceiling(&t.subject, t.measure, t.bound);
    // `左右` on a quantity that is better neither higher nor lower (`广义货币M2增长13%左右`):
    // a band on both sides, so 13.6 % misses it as 12.4 % does.
    let neither = t.bound == Bound::About
        && t.measure != Measure::Decline
        && vocabulary()
            .lookup(&t.subject)
            .is_some_and(|e| e.better == Better::Neither);
    let met = if neither {
        (av - tv).abs() <= tol + 1e-9
    } else if ceiling {
        let limit = if t.bound == Bound::Range {
            t.high.unwrap_or(tv)
        } else {
            tv
        };
        av <= limit + tol + 1e-9
    } else {
        av >= tv - tol - 1e-9
    };
    // An actual that is itself a bound (`保持在80%以上` against a target of 81%) says only on
    // which side it lies: when that side is short of the target, it does not tell.
    let vague = match a.bound {
        Bound::AtLeast => !ceiling && !met,
        Bound::AtMost => ceiling && !met,
        _ => false,
    };
    if vague {
        return None;
    }
    Some(if met { Outcome::Met } else { Outcome::Missed })
}

/// How the target changed from last year's plan to this year's.
pub fn change(t: &Indicator, n: &Indicator) -> Change {
    if increase_on_level(t, n) {
        return if n.value.unwrap_or(0.0) > 0.0 {
            Change::Raised
        } else {
            Change::Lowered
        };
    }
    if t.measure == Measure::Relative {
        // `基本` loosens a relation (`与经济增长保持同步` → `与经济增长基本同步`, Dapeng 2023;
        // `增长与经济增长基本同步` → `增长与经济增长同步`, Guangdong 2023): a rewording, as
        // another relation is.
        let loose = |i: &Indicator| i.written.contains("基本");
        return if t.relation == n.relation && loose(t) == loose(n) {
            Change::Unchanged
        } else {
            Change::Reworded
        };
    }
    // Both in the unit of the older target (`80亿斤` → `400万吨以上`: the same amount).
    let key = |i: &Indicator| {
        if is_points(i.unit.as_deref()) {
            (i.value, i.high)
        } else {
            let base = base_value_like(i, t);
            (
                base,
                i.high.map(|h| {
                    h * base.unwrap_or(0.0) / i.value.unwrap_or(1.0).max(f64::MIN_POSITIVE)
                }),
            )
        }
    };
    let (tv, th) = key(t);
    let (nv, nh) = key(n);
    let differs = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() > 1e-9 * a.abs().max(1.0),
        (None, None) => false,
        _ => true,
    };
    if differs(tv, nv) {
        return if nv.unwrap_or(0.0) > tv.unwrap_or(0.0) {
            Change::Raised
        } else {
            Change::Lowered
        };
    }
    // `增长8%-8.5%` → `增长8%以上` (Luohu 2018): a range turned into a floor at its own lower
    // figure keeps the number and changes the qualifier.
    let floor_of_range =
        |a: &Indicator, b: &Indicator| a.bound == Bound::Range && b.bound == Bound::AtLeast;
    if differs(th, nh) && (floor_of_range(t, n) || floor_of_range(n, t)) {
        return Change::Reworded;
    }
    if differs(th, nh) {
        return if nh.unwrap_or(0.0) > th.unwrap_or(0.0) {
            Change::Raised
        } else {
            Change::Lowered
        };
    }
    // Same number, same kind of bound: unchanged whatever the filler words (`提高30元` →
    // `再提高30元`, `以上` → `超`); another bound or intent word is a rewording. An intent
    // word on a bound already one-sided (`储备重点项目不低于80个` → `力争项目库储备不低于80个`)
    // sets no other floor: it rewords a plain or approximate figure only (`5000万美元` →
    // `力争5000万美元`).
    let one_sided = matches!(t.bound, Bound::AtLeast | Bound::AtMost);
    if t.bound != n.bound || (t.intent != n.intent && !one_sided) {
        Change::Reworded
    } else {
        Change::Unchanged
    }
}

#[cfg(test)]
mod tests {
    /// A growth named by its aspect (`…贷款增速要高于40%`) is the growth of the thing a
    /// review names without it (`…贷款增长50%以上`).
    #[test]
    fn the_name_of_a_growth_is_no_part_of_the_key() {
        assert_eq!(
            subject_key("大型商业银行普惠型小微企业贷款增速"),
            subject_key("大型商业银行普惠型小微企业贷款")
        );
        assert_eq!(subject_key("税收收入增幅"), "税收收入");
        // Too short a rest keeps the word.
        assert_eq!(subject_key("增速"), "增速");
    }

    /// A count of things doing two works together names the second (Guangdong 2025).
    #[test]
    fn a_count_of_two_works_together() {
        let with = |subject: &str, written: &str, clause: &str| {
            let ind = Indicator {
                subject: subject.into(),
                written: written.into(),
                clause: clause.into(),
                ..blank()
            };
            counted_with(&ind).map(str::to_string)
        };
        assert_eq!(
            with(
                "企业开展技术改造",
                "超1万家",
                "推动超1万家企业开展技术改造和数字化转型"
            )
            .as_deref(),
            Some("数字化转型")
        );
        assert_eq!(
            with(
                "工业企业开展技术改造",
                "超9000家",
                "推动超9000家工业企业开展技术改造"
            ),
            None
        );
        // The figure after both names is the list's: no count of one together with another.
        assert_eq!(with("城镇", "增长8%", "城镇和农村居民收入增长8%"), None);
    }

    use super::*;

    #[test]
    fn every_level_ends_with_what_level_of_looks_for_first() {
        for l in LEVELS {
            assert!(l.ends_with('级'), "{l}");
        }
    }

    fn amount(subject: &str, measure: Measure, value: f64) -> Indicator {
        Indicator {
            subject: subject.to_string(),
            measure,
            value: Some(value),
            base_value: Some(value * 1e8),
            unit: Some("亿元".to_string()),
            base_unit: Some("元".to_string()),
            ..blank()
        }
    }

    /// Keys and kinship of subjects written differently across years (classes found on
    /// pairs outside the corpus).
    #[test]
    fn subjects_alike_across_years() {
        assert_eq!(subject_key("公厕新建改造"), "公共厕所");
        // A short form and the full name are one key (`水冲式公厕` / `水冲式公共厕所`).
        assert_eq!(subject_key("水冲式公厕"), subject_key("水冲式公共厕所"));
        assert_eq!(subject_key("棚改任务"), "棚户区改造");
        assert!(subject_similarity("垃圾中转站", "新型垃圾转运站") >= SUBJECT_THRESHOLD);
        assert!(subject_similarity("省市重点项目", "市以上重点项目") >= SUBJECT_THRESHOLD);
        assert!(subject_similarity("公厕新建改造", "水冲式公厕") >= SUBJECT_THRESHOLD);
        // Two bare generic heads of different passages are not one indicator.
        assert_eq!(subject_similarity("投资", "投资"), 0.0);
        assert!(subject_similarity("东山组团投资", "东山组团投资") >= SUBJECT_THRESHOLD);
        // Qualifiers inserted on one side; different modifiers of one ending stay apart.
        assert!(subject_similarity("一般工商业平均电价", "工商业电价") >= SUBJECT_THRESHOLD);
        assert!(modifier_within("一般工商业平均电价", "工商业电价"));
        assert!(!modifier_within("高技术制造业增加值", "装备制造业增加值"));
        assert!(subject_similarity("老旧小区三级供热管网改造", "老旧小区改造") < SUBJECT_THRESHOLD);
        // A modifier shortened or reordered, every character kept (Luohu 2018 → 2019).
        assert!(subject_similarity("花卉景观大道", "花景大道") >= SUBJECT_THRESHOLD);
        assert!(subject_similarity("花卉特色公园", "特色花卉主题公园") >= SUBJECT_THRESHOLD);
        assert!(chars_within("花卉特色", "特色花卉主题"));
        assert!(!chars_within("花花", "花卉"));
        // Other names of one thing, from data/subject_equivalents.txt.
        assert_eq!(subject_key("新增病床"), subject_key("新增床位"));
        assert!(subject_similarity("企业升规纳统", "“小升规”") >= SUBJECT_THRESHOLD);
        assert!(subject_similarity("市政消火栓", "消防栓") >= SUBJECT_THRESHOLD);
        assert!(subject_similarity("PM2.5年均值", "PM2.5年平均浓度") >= SUBJECT_THRESHOLD);
        assert_eq!(subject_key("老旧电梯建设改造"), "老旧电梯");
        assert_eq!(
            parse_equivalents("# note\n病床 = 床位\n\nbroken\n = x\n"),
            vec![("病床".to_string(), "床位".to_string())]
        );
    }

    /// Things counted together with others (`和` and no figure after) and two groups each
    /// with its own figure.
    #[test]
    fn counted_together_or_apart() {
        let counted = |subject: &str, written: &str, clause: &str| Indicator {
            subject: subject.to_string(),
            written: written.to_string(),
            clause: clause.to_string(),
            ..blank()
        };
        let together = counted("平价蔬菜超市", "10家", "新建10家平价蔬菜超市和直销店");
        assert_eq!(counted_with(&together), Some("直销店"));
        let apart = counted(
            "金融持牌机构",
            "9家",
            "引进中银保险深分、民生证券投资等9家金融持牌机构和深城投、世纪缘等22个重点产业项目",
        );
        assert_eq!(counted_with(&apart), None);
    }

    /// A rate target whose thing the review reports in another measure is unclear, a share of
    /// one thing in another is not such a rate.
    #[test]
    fn rate_reported_as_its_thing() {
        let rate = Indicator {
            subject: "近岸海域水质优良率".to_string(),
            measure: Measure::Share,
            unit: Some("%".to_string()),
            value: Some(100.0),
            ..blank()
        };
        let class = Indicator {
            subject: "近岸海域水质".to_string(),
            measure: Measure::Count,
            unit: Some("类".to_string()),
            value: Some(1.0),
            role: IndicatorRole::Actual,
            ..blank()
        };
        let actuals = [Item::new(&class)];
        assert_eq!(
            rated_thing_reported(&Item::new(&rate), &actuals).map(|a| a.subject.as_str()),
            Some("近岸海域水质")
        );
        let share = Indicator {
            subject: "非公经济增加值占近岸海域水质比重".to_string(),
            ..rate.clone()
        };
        assert!(rated_thing_reported(&Item::new(&share), &actuals).is_none());
    }

    fn thing(subject: &str, value: f64, unit: &str) -> Indicator {
        Indicator {
            subject: subject.to_string(),
            measure: Measure::Count,
            value: Some(value),
            base_value: Some(value),
            unit: Some(unit.to_string()),
            base_unit: Some(unit.to_string()),
            ..blank()
        }
    }

    /// `增长8%-8.5%` → `增长8%以上`: the same lower figure under another qualifier; a range
    /// to a higher or lower floor is still raised or lowered.
    #[test]
    fn a_range_to_a_floor_at_its_lower_figure_is_reworded() {
        let pct = |value: f64, high: Option<f64>, bound: Bound| Indicator {
            subject: "地区生产总值".to_string(),
            measure: Measure::Growth,
            value: Some(value),
            high,
            unit: Some("%".to_string()),
            bound,
            ..blank()
        };
        let range = pct(8.0, Some(8.5), Bound::Range);
        assert_eq!(
            change(&range, &pct(8.0, None, Bound::AtLeast)),
            Change::Reworded
        );
        assert_eq!(
            change(&range, &pct(7.0, None, Bound::AtLeast)),
            Change::Lowered
        );
        assert_eq!(
            change(&range, &pct(8.0, None, Bound::About)),
            Change::Lowered
        );
    }

    /// The rows of the pair of report texts `old` and `new`, each read and its indicators
    /// extracted.
    fn rows_of_texts(old: &str, new: &str) -> Vec<IndicatorRow> {
        let old = crate::parse_report(old.as_bytes(), "old.txt").expect("a report");
        let new = crate::parse_report(new.as_bytes(), "new.txt").expect("a report");
        let (old_inds, new_inds) = (
            crate::extract::indicators::extract(&old),
            crate::extract::indicators::extract(&new),
        );
        judge_indicators(&old, &new, &old_inds, &new_inds)
    }

    /// The rows of a pair whose last year's plan says `old_plan`, whose review says `review`
    /// after its GDP figure and whose plan says `new_plan` after its GDP target.
    fn rows_of_pair(old_plan: &str, review: &str, new_plan: &str) -> Vec<IndicatorRow> {
        let old = format!(
            "示例县2018年政府工作报告\n各位代表:\n一、2017年工作回顾\n地区生产总值增长6%。\n\
             二、2018年工作安排\n{old_plan}\n"
        );
        let new = format!(
            "示例县2019年政府工作报告\n各位代表:\n一、2018年工作回顾\n地区生产总值增长7.2%。{review}\n\
             二、2019年工作安排\n主要预期目标是:地区生产总值增长7%。{new_plan}\n"
        );
        rows_of_texts(&old, &new)
    }

    /// A threshold naming a class of villages, with or without `的`, written before the share
    /// of them (`集体收入10万元以上的村占50%以上` → next year `集体经济年收入10万元以上村达60%
    /// 以上`): the threshold is no target of its own, and the two years' shares are one target.
    #[test]
    fn a_threshold_names_a_class_of_villages() {
        let rows = rows_of_pair(
            "集体收入10万元以上的村占50%以上。",
            "",
            "集体经济年收入10万元以上村达60%以上。",
        );
        assert!(
            !rows.iter().any(|r| r
                .next_target
                .as_ref()
                .is_some_and(|n| n.value == Some(10.0))),
            "{rows:#?}"
        );
        let row = rows
            .iter()
            .find(|r| r.target.is_some() && r.indicator.contains("村"))
            .unwrap_or_else(|| panic!("no share of villages in {rows:#?}"));
        assert_eq!(row.change, Some(Change::Raised), "{row:#?}");
    }

    /// An area named with its measure on one side only: the plan's `新增集中供热面积30万平方米`
    /// is reported by `新增城区集中供热50万平方米`, the plan's `完成绿化130万平方米` by a works'
    /// `…绿化工程新增绿化面积66.3万平方米`; a figure per head (`人均道路面积`) reports no roads.
    #[test]
    fn an_area_named_with_or_without_its_measure() {
        let rows = rows_of_pair(
            "新增集中供热面积30万平方米。完成绿化130万平方米。新建道路5公里。",
            "新增城区集中供热50万平方米。投资1亿元实施的东山组团绿化工程新增绿化面积66.3万平方米。\
             人均道路面积达到18平方米。",
            "",
        );
        let actual = |name: &str| {
            rows.iter()
                .find(|r| r.indicator == name && r.target.is_some())
                .unwrap_or_else(|| panic!("no {name} in {rows:#?}"))
                .actual
                .as_ref()
                .and_then(|a| a.value)
        };
        assert_eq!(actual("集中供热面积"), Some(50.0), "{rows:#?}");
        assert_eq!(actual("绿化"), Some(66.3), "{rows:#?}");
        assert_eq!(actual("道路"), None, "{rows:#?}");
    }

    /// A county's rural roads named `农村公路` in the plan and `农村道路` in the review are one
    /// thing; degraded grassland (`修复退化草原36万亩`) keeps its `退化` (`退/化` tagged a verb).
    #[test]
    fn rural_roads_and_degraded_grassland() {
        let rows = rows_of_pair(
            "建设农村公路31.2公里。修复退化草原36万亩。",
            "新建农村道路32公里。",
            "",
        );
        let road = rows
            .iter()
            .find(|r| r.indicator == "农村公路" && r.target.is_some())
            .unwrap_or_else(|| panic!("no road row in {rows:#?}"));
        assert_eq!(road.outcome, Some(Outcome::Met), "{road:#?}");
        assert!(rows.iter().any(|r| r.indicator == "退化草原"), "{rows:#?}");
    }

    /// Poverty reduction as county plans write it (`完成减贫1186人`), reported in persons
    /// counted with `名` (`1374名贫困人口稳定脱贫`): one indicator, met.
    #[test]
    fn poverty_reduction_in_persons() {
        let rows = rows_of_pair("完成减贫1186人。", "1374名贫困人口稳定脱贫。", "");
        let row = rows
            .iter()
            .find(|r| r.target.is_some() && r.indicator.contains("贫"))
            .unwrap_or_else(|| panic!("no poverty row in {rows:#?}"));
        assert_eq!(row.indicator, "减贫", "{row:#?}");
        assert_eq!(row.outcome, Some(Outcome::Met), "{row:#?}");
    }

    /// A review that gives exports alone for a target of trade reports trade, not in a figure
    /// that judges it (`unclear`, not `met` by the exports' figure).
    #[test]
    fn trade_reported_by_exports_alone() {
        let rows = rows_of_pair("外贸进出口增长5%左右。", "外贸出口增长8%以上。", "");
        let row = rows
            .iter()
            .find(|r| r.indicator == "外贸进出口" && r.target.is_some())
            .unwrap_or_else(|| panic!("no trade row in {rows:#?}"));
        assert_eq!(row.outcome, Some(Outcome::Unclear), "{row:#?}");
    }

    /// A pair of the State Council's reports of the 1990s as their copies write them: years,
    /// rates per mille and amounts of ten thousand 亿 in words, cotton in 担, a plan part titled
    /// with a year that ends in five (`关于一九九五年的任务`: the year's plan, no five-year one).
    #[test]
    fn a_pair_of_the_nineties_in_words() {
        let old = "政府工作报告\n——1994年3月10日在第八届全国人民代表大会第二次会议上\n各位代表:\n\
                   一、关于一九九三年的工作\n去年国民生产总值比上年增长百分之十三点四。\n\
                   二、关于一九九四年的任务\n今年国民生产总值增长百分之九;全社会固定资产投资规模\
                   一万三千亿元;棉花产量达到四千五百万担;人口自然增长率控制在千分之十三以内。\n";
        let new = "政府工作报告\n——1995年3月5日在第八届全国人民代表大会第三次会议上\n各位代表:\n\
                   一、关于一九九四年的工作\n国民生产总值达到四万三千八百亿元,比上年增长百分之十一点八。\
                   全社会固定资产投资完成一万五千九百二十六亿元。棉花产量四千三百万担。\
                   人口自然增长率为千分之十一点二一。\n二、关于一九九五年的任务\n\
                   今年国民生产总值增长百分之八至九;全社会固定资产投资规模一万六千亿元。\n";
        let rows = rows_of_texts(old, new);
        let verdict = |name: &str| {
            rows.iter()
                .find(|r| r.indicator.starts_with(name) && r.target.is_some())
                .map(|r| (r.outcome, r.change))
                .unwrap_or_else(|| panic!("no {name} in {rows:#?}"))
        };
        assert_eq!(
            verdict("国民生产总值"),
            (Some(Outcome::Met), Some(Change::Lowered))
        );
        assert_eq!(
            verdict("全社会固定资产投资"),
            (Some(Outcome::Met), Some(Change::Raised))
        );
        assert_eq!(verdict("棉花产量").0, Some(Outcome::Missed));
        assert_eq!(verdict("人口自然增长率").0, Some(Outcome::Met));
    }

    /// A review that says in words whether the year's goals were reached, with no figure at
    /// all (`经济增长实现了预期目标`; `外贸出口大幅度增长,超过了预期目标`, the outcome in the
    /// clause after; `…没有达到预期目标`; `…控制在预期范围内`): the outcomes are judged.
    #[test]
    fn goals_reached_in_words() {
        let old = "政府工作报告\n——2031年3月5日在示例人民代表大会上\n各位代表:\n\
                   一、2030年工作回顾\n去年生产总值比上年增长7.8%。\n二、2031年工作安排\n\
                   今年经济增长速度预期为7%左右;外贸出口增长5%;全社会固定资产投资增长10%以上;\
                   城镇登记失业率控制在3.5%左右;新建城市公园5个。\n";
        let new = "政府工作报告\n——2032年3月5日在示例人民代表大会上\n各位代表:\n\
                   一、2031年工作回顾\n一年来,我们积极应对各种困难和挑战,取得了显著成绩。\
                   经济增长实现了年初确定的预期目标。外贸出口大幅度增长,超过了预期目标。\
                   全社会固定资产投资没有达到预期目标。城镇登记失业率基本控制在预期范围内。\
                   城市公园建设进展顺利。农业生产继续发展,人民生活水平得到提高,社会保持稳定。\n\
                   二、2032年工作安排\n今年经济增长速度预期为7%左右。\n";
        let rows = rows_of_texts(old, new);
        let outcome = |name: &str| {
            rows.iter()
                .find(|r| r.indicator.starts_with(name) && r.target.is_some())
                .map(|r| r.outcome)
                .unwrap_or_else(|| panic!("no {name} in {rows:#?}"))
        };
        assert_eq!(outcome("经济增长"), Some(Outcome::Met));
        assert_eq!(outcome("外贸出口"), Some(Outcome::Met));
        assert_eq!(outcome("全社会固定资产投资"), Some(Outcome::Missed));
        assert_eq!(outcome("城镇登记失业率"), Some(Outcome::Met));
        assert_eq!(outcome("城市公园"), Some(Outcome::Unclear));
        assert!(reached_the_goal("实现了年初确定的预期目标"));
        assert!(!reached_the_goal("没有实现预期目标"));
        assert!(!reached_the_goal("确定预期目标"));
    }

    /// Shares of one whole taken by different things are different indicators; one share
    /// with or without `的` before `比重` is one.
    #[test]
    fn shares_are_named_by_what_they_are_shares_of() {
        assert!(other_shares(
            "财政性教育经费支出占国内生产总值比重",
            "研究与试验发展经费支出占国内生产总值的比重"
        ));
        assert!(!other_shares(
            "研发经费支出占国内生产总值比重",
            "全社会研发经费支出占国内生产总值的比重"
        ));
        assert_eq!(
            subject_key("民生支出占一般公共预算支出的比重"),
            subject_key("民生支出占一般公共预算支出比重")
        );
    }

    /// A level of government is part of what is counted: another level next year is another
    /// target, and a review's count of a level's own is no figure of the whole.
    #[test]
    fn levels_of_government_keep_targets_apart() {
        assert!(subject_similarity("省级以上孵化平台", "市级以上孵化平台") < SUBJECT_THRESHOLD);
        assert!(subject_similarity("市级孵化平台", "市级以上孵化平台") < SUBJECT_THRESHOLD);
        assert!(subject_similarity("省级以上孵化平台", "省级及以上孵化平台") >= SUBJECT_THRESHOLD);
        assert!(subject_similarity("孵化平台", "省级孵化平台") < SUBJECT_THRESHOLD);
        assert!(names_it("建成孵化平台12个", "孵化平台", None));
        assert!(!names_it("8个平台获评省级孵化平台", "孵化平台", None));
        let rows = rows_of_pair(
            "创建示范村300个。认定省级以上孵化平台8个。",
            "151个村获评省级示范村。",
            "培育建设市级以上孵化平台90家。",
        );
        let row = |s: &str| rows.iter().find(|r| r.indicator == s);
        assert_eq!(
            row("示范村").and_then(|r| r.outcome),
            Some(Outcome::Unreported),
            "{rows:#?}"
        );
        assert_eq!(
            row("省级以上孵化平台").and_then(|r| r.change),
            Some(Change::Dropped)
        );
        assert_eq!(
            row("市级以上孵化平台").and_then(|r| r.change),
            Some(Change::New)
        );
    }

    /// A province counting its own titles names them with its level one year and without it
    /// the next (Hebei: `培育省级“专精特新”企业500家` → review `新增“专精特新”中小企业1803家`):
    /// one indicator. A county's `省级` title stays a class of its own (see
    /// `levels_of_government_are_part_of_what_is_counted`), and the nation's (`国家…`) stays
    /// apart from the province's own.
    #[test]
    fn a_governments_own_level_is_its_unqualified_name() {
        let report = |year: u16, body: &str| {
            format!(
                "示例省{year}年政府工作报告\n各位代表:\n一、{}年工作回顾\n地区生产总值增长6%。{body}\n\
                 二、{year}年工作安排\n培育省级“专精特新”企业500家。推进4个省级区域医疗中心建设。\n",
                year - 1
            )
        };
        let rows = rows_of_texts(
            &report(2018, ""),
            &report(
                2019,
                "新增“专精特新”中小企业1803家。共建8个国家区域医疗中心。",
            ),
        );
        let row = |s: &str| {
            rows.iter()
                .find(|r| r.indicator.contains(s) && r.target.is_some())
        };
        assert_eq!(
            row("专精特新").and_then(|r| r.outcome),
            Some(Outcome::Met),
            "{rows:#?}"
        );
        assert_eq!(
            row("区域医疗中心").and_then(|r| r.outcome),
            Some(Outcome::Unreported),
            "{rows:#?}"
        );
        assert_eq!(own_level("河北省"), Some("省级"));
        assert_eq!(own_level("易县"), Some("县级"));
    }

    /// A review clause that names a target only as the object of a verb of effort (`加大…
    /// 建设力度`, `优化…发行使用`) or, by a part of its name, as the qualifier of another noun
    /// (`…制度`) does not report it; one saying the thing fell reports a growth target missed.
    /// The class: State Council and provincial reviews, which name most of last year's work
    /// in passing.
    #[test]
    fn clauses_of_effort_report_nothing_and_a_fall_misses_growth() {
        assert!(!spoken_of("加大义务教育学校建设力度", "义务教育学校", None));
        assert!(spoken_of("义务教育学校建设加快推进", "义务教育学校", None));
        assert!(!spoken_of(
            "全面建立城镇居民医疗保险制度",
            "城镇居民医疗保险",
            Some("财政补助标准")
        ));
        assert!(spoken_of(
            "提高企业退休人员基本养老金等标准",
            "企业退休人员",
            Some("基本养老金标准")
        ));
        let rows = rows_of_pair(
            "新改扩建义务教育学校169所。外贸进出口增长6%左右。",
            "我们加大义务教育学校建设力度。外贸进出口总额出现下降。",
            "",
        );
        let row = |s: &str| rows.iter().find(|r| r.indicator.contains(s));
        assert_eq!(
            row("义务教育学校").and_then(|r| r.outcome),
            Some(Outcome::Unreported),
            "{rows:#?}"
        );
        assert_eq!(
            row("进出口").and_then(|r| r.outcome),
            Some(Outcome::Missed),
            "{rows:#?}"
        );
    }

    /// Figures of a period only (a five-year review opening a term, the class of every
    /// new-term report): a total summed over the five years (`累积完成…600亿元`) or an average
    /// reports the indicator in another measure, so the year's target is unclear, not
    /// unreported (tests/gold/README.md); a floor held through the period (`粮食产量稳定在52万吨
    /// 以上`) judges its last year. An investment of another indicator is no mention of the
    /// key projects' investment.
    #[test]
    fn period_figures_report_the_indicator_in_another_measure() {
        let rows = rows_of_pair(
            "全社会固定资产投资增长12%。粮食总产量稳定在50万吨以上。",
            "五年来,累积完成全社会固定资产投资600亿元,粮食产量稳定在52万吨以上。",
            "",
        );
        let row = |s: &str| rows.iter().find(|r| r.indicator.contains(s));
        assert_eq!(
            row("固定资产投资").and_then(|r| r.outcome),
            Some(Outcome::Unclear),
            "{rows:#?}"
        );
        // The district's own investment is no part of a total of the whole economy's.
        let rows_own = rows_of_pair(
            "区本级固定资产投资增长12%。",
            "五年来,累积完成全社会固定资产投资600亿元。",
            "区本级固定资产投资增长10%。",
        );
        let own = rows_own
            .iter()
            .find(|r| r.indicator == "区本级固定资产投资" && r.target.is_some());
        assert_eq!(
            own.and_then(|r| r.outcome),
            Some(Outcome::Unreported),
            "{rows_own:#?}"
        );
        assert_eq!(own.and_then(|r| r.change), Some(Change::Lowered));
        assert!(subject_similarity("区本级固定资产投资", "固定资产投资") < SUBJECT_THRESHOLD);
        assert_eq!(
            row("粮食").and_then(|r| r.outcome),
            Some(Outcome::Met),
            "{rows:#?}"
        );
        let rows = rows_of_pair(
            "今年安排重点项目80个,项目总投资300亿元,年度计划完成投资60亿元。",
            "重点项目进展顺利,完成工业固定资产投资90亿元。",
            "",
        );
        let row = rows.iter().find(|r| r.indicator == "重点项目投资");
        assert_eq!(
            row.and_then(|r| r.outcome),
            Some(Outcome::Unreported),
            "{rows:#?}"
        );
    }

    /// A target set for the whole year is judged by the review's figure for the whole year,
    /// not by one given earlier in passing for a part of the economy.
    #[test]
    fn the_whole_years_figure_judges_a_whole_years_target() {
        let rows = rows_of_pair(
            "全年新增就业5700人以上。",
            "商贸业新增营业面积10万平方米,新增就业3000人。民生持续改善,全年实现新增就业5650人。",
            "",
        );
        let row = rows.iter().find(|r| r.indicator.contains("就业"));
        let actual = row.and_then(|r| r.actual.as_ref()).and_then(|a| a.value);
        assert_eq!(actual, Some(5650.0), "{rows:#?}");
    }

    /// A generic head owned by a two-character word is placed by the clause, not by the
    /// paragraph that happens to hold the word elsewhere.
    #[test]
    fn a_short_owner_must_stand_in_the_clause() {
        let rows = rows_of_pair(
            "推广装配式建筑,每县至少完成1个示范项目建设。",
            "打造样板示范街道67条,累计实施452个县城建设项目。",
            "",
        );
        let row = rows.iter().find(|r| r.indicator.contains("示范项目"));
        assert_eq!(
            row.and_then(|r| r.outcome),
            Some(Outcome::Unreported),
            "{rows:#?}"
        );
    }

    /// A training target of people set next year in person-times is the same target.
    #[test]
    fn people_then_person_times() {
        let rows = rows_of_pair("培训技能人才3万人。", "", "培训技能人才6万人次。");
        let row = rows.iter().find(|r| r.indicator == "培训技能人才");
        assert_eq!(
            row.and_then(|r| r.change),
            Some(Change::Raised),
            "{rows:#?}"
        );
    }

    /// Guangdong 2022 → 2023's shapes (made-up figures): a standard raised from the figure the
    /// year before raised it to, under a shorter name; a count named with `规模` one year and
    /// in person-times the other; a review naming a national centre, none of the province's
    /// own; a review giving the stock of the firms, not of the work on them.
    #[test]
    fn standards_sizes_levels_and_owners_across_years() {
        let rows = rows_of_pair(
            "集中供养孤儿基本生活最低养育标准从每人每月1800元提高到1900元。技工院校招生20万人次。\
             建设4个省级区域应急救援中心。推动6000家规模以上工业企业数字化转型。",
            "国家东南区域应急救援中心建设取得重大突破。规模以上工业企业达6万家。",
            "集中供养孤儿从每人每月1900元提高到2000元。实现技工院校招生规模19万人以上。",
        );
        let row = |name: &str| {
            rows.iter()
                .find(|r| r.indicator.contains(name))
                .unwrap_or_else(|| panic!("{name}: {rows:#?}"))
        };
        assert_eq!(row("养育标准").change, Some(Change::Raised), "{rows:#?}");
        assert_eq!(row("技工院校").change, Some(Change::Lowered), "{rows:#?}");
        assert_eq!(row("应急救援中心").outcome, Some(Outcome::Unreported));
        assert_eq!(row("数字化转型").outcome, Some(Outcome::Unreported));
    }

    /// A new term's five-year review (made-up figures): a running total set as the target is
    /// judged by the period's total; a relative target said of the five years only is reported
    /// in another measure (unclear), not unreported.
    #[test]
    fn running_totals_and_relatives_in_a_five_year_review() {
        let old = "示例省2022年政府工作报告\n各位代表:\n一、2021年工作回顾\n地区生产总值增长8%。\n\
                   二、2022年工作安排\n主要预期目标是:地区生产总值增长5.5%左右,居民人均可支配收入增长与经济增长基本同步。\
                   累计完成全省6万户存量农村削坡建房风险点整治。\n";
        let new = "示例省2023年政府工作报告\n各位代表:\n一、过去五年工作回顾\n\
                   五年来,居民人均可支配收入超过4.5万元、增速与经济增长基本同步,完成6.5万户农村削坡建房风险点整治。\n\
                   2022年,全省地区生产总值增长3%。\n\
                   二、2023年工作安排\n主要预期目标是:地区生产总值增长5%以上。\n";
        let rows = rows_of_texts(old, new);
        let row = |name: &str| {
            rows.iter()
                .find(|r| r.indicator.contains(name))
                .unwrap_or_else(|| panic!("{name}: {rows:#?}"))
        };
        assert_eq!(row("削坡").outcome, Some(Outcome::Met), "{rows:#?}");
        assert_eq!(row("居民人均可支配收入").outcome, Some(Outcome::Unclear));
    }

    /// A review that says in words how a target went quotes its figure: the row carries it
    /// (made-up figures after Guangdong 2025). The main pollutants as one target are met when
    /// both of their parts are (Hebei 2008).
    #[test]
    fn figures_quoted_in_words_and_the_main_pollutants() {
        let rows = rows_of_pair(
            "完成林分优化提升100万亩。主要污染物排放总量减少3%。",
            "超额完成林分优化提升“100万亩”任务。二氧化硫削减3.5%,化学需氧量削减3%。",
            "",
        );
        let row = |name: &str| {
            rows.iter()
                .find(|r| r.indicator.contains(name))
                .unwrap_or_else(|| panic!("{name}: {rows:#?}"))
        };
        let forest = row("林分优化");
        assert_eq!(forest.outcome, Some(Outcome::Met), "{forest:#?}");
        assert_eq!(
            forest.actual.as_ref().and_then(|a| a.value),
            Some(100.0),
            "{forest:#?}"
        );
        assert_eq!(row("污染物").outcome, Some(Outcome::Met), "{rows:#?}");
    }

    /// Grain in `亿斤` one year and `万吨` the next is one amount (a tonne is 2,000 jin): met
    /// by a review in tonnes, and unchanged when the next plan sets the same amount in tonnes,
    /// listed with the sown area (`粮食播种面积和产量保持在…亩、…吨以上`).
    #[test]
    fn units_of_one_quantity_compare() {
        let rows = rows_of_pair(
            "确保粮食产量60亿斤以上。",
            "粮食总产量310万吨。",
            "确保粮食播种面积和产量保持在800万亩、300万吨以上。",
        );
        let grain = rows
            .iter()
            .find(|r| r.indicator == "粮食产量")
            .unwrap_or_else(|| panic!("{rows:#?}"));
        assert_eq!(grain.outcome, Some(Outcome::Met));
        assert_eq!(grain.change, Some(Change::Unchanged), "{grain:#?}");
        let area = rows.iter().find(|r| r.indicator == "粮食播种面积");
        assert_eq!(area.and_then(|r| r.change), Some(Change::New), "{rows:#?}");
        // 290万吨 is 58亿斤: short of the target.
        let short = rows_of_pair("确保粮食产量60亿斤以上。", "粮食总产量290万吨。", "");
        let grain = short.iter().find(|r| r.indicator == "粮食产量");
        assert_eq!(grain.and_then(|r| r.outcome), Some(Outcome::Missed));
    }

    /// The outcome of the target of `old_plan` whose indicator holds `subject`, judged by a
    /// report of the next year whose review says `review` after its GDP figure.
    fn outcome_after_review(
        old_plan: &str,
        review: &str,
        subject: &str,
    ) -> Option<Option<Outcome>> {
        let old = format!(
            "示例县2018年政府工作报告\n各位代表:\n一、2017年工作回顾\n地区生产总值增长6%。\n\
             二、2018年工作安排\n{old_plan}\n"
        );
        let new = format!(
            "示例县2019年政府工作报告\n各位代表:\n一、2018年工作回顾\n地区生产总值增长7.2%。{review}\n\
             二、2019年工作安排\n主要预期目标是:地区生产总值增长7%。\n"
        );
        rows_of_texts(&old, &new)
            .into_iter()
            .find(|r| r.indicator.contains(subject))
            .map(|r| r.outcome)
    }

    /// A review that says how investment went in words (`投资拉动稳步推进`) reports on the
    /// fixed-asset investment target without a comparable figure: unclear, not unreported;
    /// a clause opening on an amount invested in a project does not.
    #[test]
    fn a_short_name_with_a_trend_word_reports_without_a_figure() {
        let plan = "主要预期目标是:地区生产总值增长7%,固定资产投资增长12%。";
        let verdict = |review: &str| outcome_after_review(plan, review, "固定资产投资");
        assert_eq!(
            verdict("投资拉动稳步推进,消费市场持续回暖。"),
            Some(Some(Outcome::Unclear))
        );
        assert_eq!(
            verdict("投资3000万元建成文化中心。"),
            Some(Some(Outcome::Unreported))
        );
    }

    /// A target set against a benchmark the review gives no figure for (`高于全国平均水平`,
    /// `和劳动生产率提高同步`) is unclear when the review gives the indicator's growth, and is
    /// not judged against economic growth; one set against growth still is.
    #[test]
    fn a_benchmark_without_a_figure_leaves_the_outcome_unclear() {
        let plan = "全社会研发投入增速高于全国平均水平,一般公共预算收入增长与经济增长同步。";
        let review = "全社会研发投入增长10%,一般公共预算收入增长8%。";
        assert_eq!(
            outcome_after_review(plan, review, "研发投入"),
            Some(Some(Outcome::Unclear))
        );
        assert_eq!(
            outcome_after_review(plan, review, "一般公共预算收入"),
            Some(Some(Outcome::Met))
        );
        assert_eq!(
            outcome_after_review(plan, "", "研发投入"),
            Some(Some(Outcome::Unreported))
        );
    }

    /// A review clause on a project's total investment (`总投资7亿元的…项目`) does not name the
    /// year's investment of the plan's key projects, though its paragraph names them.
    #[test]
    fn a_total_investment_is_no_mention_of_the_years_investment() {
        let plan = "(一)抓项目。就是要全力完成今年40个重点项目30亿元的投资计划。";
        assert_eq!(
            outcome_after_review(
                plan,
                "总投资7亿元的时代广场商业项目开工建设,蒙拓农机等重点项目按期推进。",
                "重点项目投资"
            ),
            Some(Some(Outcome::Unreported))
        );
    }

    /// A figure set for two years (`今明两年…扩招200万人`) is neither met nor missed by one
    /// year's figure; the same figure set for the year is.
    #[test]
    fn a_figure_for_two_years_is_unclear_against_one() {
        let review = "高职院校扩招100万人。";
        assert_eq!(
            outcome_after_review(
                "(一)就业。资助以训稳岗,今明两年职业技能培训3500万人次以上,高职院校扩招200万人。",
                review,
                "扩招"
            ),
            Some(Some(Outcome::Unclear))
        );
        assert_eq!(
            outcome_after_review(
                "(一)就业。资助以训稳岗,高职院校扩招200万人。",
                review,
                "扩招"
            ),
            Some(Some(Outcome::Missed))
        );
    }

    /// The building of a thing is the thing (`400亩大棚建设` of a plan and `蔬菜大棚320个` of
    /// a review are one indicator, in other units).
    #[test]
    fn the_building_of_a_thing_is_the_thing() {
        assert_eq!(subject_key("大棚建设"), "大棚");
        assert!(subject_similarity("大棚建设", "蔬菜大棚") >= 0.8);
    }

    /// A rate given to a list of modifiers of one ending (`宽带和专线平均资费降低15%`) holds for
    /// each, so it is kin to a subject naming one of them with an owner; an amount given to a
    /// list is their sum, no figure of one of them.
    #[test]
    fn a_rate_given_to_a_list_is_kin_to_each_item() {
        let item = |subject: &str, unit: &str| Indicator {
            subject: subject.to_string(),
            unit: Some(unit.to_string()),
            ..blank()
        };
        let (a, b) = (
            item("宽带和专线平均资费", "%"),
            item("中小企业宽带平均资费", "%"),
        );
        assert_eq!(kinship(&Item::new(&a), &Item::new(&b)), 0.8);
        assert_eq!(kinship(&Item::new(&b), &Item::new(&a)), 0.8);
        let (a, b) = (item("公路、村屯、矿区绿化", "亩"), item("村屯绿化", "亩"));
        assert!(kinship(&Item::new(&a), &Item::new(&b)) < 0.6);
    }

    /// A review that says how the main pollutants went in words (`主要污染物排放量继续下降`)
    /// reports each target on one of them without a comparable figure; a clause on another
    /// group (`主要河流水质…`) does not.
    #[test]
    fn the_group_of_pollutants_in_words_reports_each_member() {
        let plan =
            "主要预期目标是:地区生产总值增长6%。\n(一)治污。二氧化硫、氮氧化物排放量要下降3%。";
        let verdict = |review: &str| outcome_after_review(plan, review, "氮氧化物");
        assert_eq!(
            verdict("污染防治持续推进,主要污染物排放量继续下降。"),
            Some(Some(Outcome::Unclear))
        );
        assert_eq!(
            verdict("主要河流水质持续改善。"),
            Some(Some(Outcome::Unreported))
        );
    }

    /// A relative target on income (`居民收入增长与经济增长基本同步`) whose indicator the
    /// review gives only as a level (`居民人均可支配收入超过3万元`) is reported, not comparable.
    #[test]
    fn a_relative_target_reported_as_a_level_is_unclear() {
        let plan = "主要预期目标是:地区生产总值增长6%,居民收入增长与经济增长基本同步。";
        let verdict = |review: &str| outcome_after_review(plan, review, "居民收入");
        assert_eq!(
            verdict("居民人均可支配收入超过3万元。"),
            Some(Some(Outcome::Unclear))
        );
        assert_eq!(
            verdict("居民人均可支配收入增长7.5%。"),
            Some(Some(Outcome::Met))
        );
        assert_eq!(
            verdict("粮食产量1.3万亿斤。"),
            Some(Some(Outcome::Unreported))
        );
    }

    /// A work named in the review with its words in another order (`湖滨旅游文化景区` for the
    /// plan's `湖滨文化旅游景区`) reports on the work's investment without a figure.
    #[test]
    fn an_owner_named_in_another_order_reports_without_a_figure() {
        let plan = "主要预期目标是:地区生产总值增长7%。\n(一)建设景区。聚焦城市品质提升。\
                    投资2.4亿元,实施湖滨文化旅游景区的基础设施建设。";
        let verdict = |review: &str| outcome_after_review(plan, review, "景区");
        assert_eq!(
            verdict("全年完成投资30亿元,湖滨旅游文化景区基础设施建设进展顺利。"),
            Some(Some(Outcome::Unclear))
        );
        assert_eq!(
            verdict("全年完成投资30亿元,湖滨公园改造进展顺利。"),
            Some(Some(Outcome::Unreported))
        );
    }

    /// A review figure for a list that includes the target is no actual of it; the same
    /// figure for a thing with the same opening noun phrase is.
    #[test]
    fn review_figures_for_lists_and_for_the_same_thing() {
        let target = thing("村屯绿化", 2738.0, "亩");
        let listed = [thing("公路、村屯、矿区绿化", 3920.0, "亩")];
        let listed = items(&listed.iter().collect::<Vec<_>>());
        assert!(combined_report(&Item::new(&target), &listed).is_some());
        let target = thing("老旧小区基础设施综合改造", 45.0, "个");
        let same = [thing("老旧小区改造任务", 45.0, "个")];
        let same = items(&same.iter().collect::<Vec<_>>());
        assert!(same_figure_same_thing(&Item::new(&target), &same).is_some());
        let other = [thing("老旧小区改造任务", 44.0, "个")];
        let other = items(&other.iter().collect::<Vec<_>>());
        assert!(same_figure_same_thing(&Item::new(&target), &other).is_none());
        // A count of the same things with their work named after them.
        let target = thing("城镇出入口", 5.0, "个");
        let same = [thing("城镇出入口绿化工程", 4.0, "个")];
        let same = items(&same.iter().collect::<Vec<_>>());
        assert!(same_things_counted(&Item::new(&target), &same).is_some());
        let mut listed = thing("城镇出入口绿化工程", 4.0, "个");
        listed.written = "4个".into();
        listed.clause = "完成东门、西门等4个城镇出入口绿化工程".into();
        let listed = items(&[&listed]);
        assert!(same_things_counted(&Item::new(&target), &listed).is_none());
        let other = [thing("出入口绿化工程", 4.0, "个")];
        let other = items(&other.iter().collect::<Vec<_>>());
        assert!(same_things_counted(&Item::new(&target), &other).is_none());
        // The same count of ten or more under another counter, for the same words.
        let target = thing("牛舍装修", 120.0, "座");
        let same = [thing("新型牛舍", 120.0, "户")];
        let same = items(&same.iter().collect::<Vec<_>>());
        assert!(same_figure_same_thing(&Item::new(&target), &same).is_none());
        let same = [thing("农户牛舍装修", 120.0, "户")];
        let same = items(&same.iter().collect::<Vec<_>>());
        assert!(same_figure_same_thing(&Item::new(&target), &same).is_some());
        let few = thing("农户牛舍装修", 9.0, "座");
        let same = [thing("农户牛舍装修", 9.0, "户")];
        let same = items(&same.iter().collect::<Vec<_>>());
        assert!(same_figure_same_thing(&Item::new(&few), &same).is_none());
        let other = [thing("农户住房装修", 120.0, "户")];
        let other = items(&other.iter().collect::<Vec<_>>());
        assert!(same_figure_same_thing(&Item::new(&target), &other).is_none());
    }

    /// A level a five-year review says the period ended at judges a level target of the
    /// period's last year; what the period added does not.
    #[test]
    fn a_level_the_period_ended_at_judges_a_level_target() {
        let level = |written: &str, value: f64, year: u16, five_year: bool| Indicator {
            written: written.to_string(),
            clause: format!("科技型中小企业{written}"),
            year: Some(year),
            five_year,
            role: if five_year {
                IndicatorRole::Actual
            } else {
                IndicatorRole::Target
            },
            ..thing("科技型中小企业", value, "家")
        };
        let target = level("达到3000家", 3000.0, 2030, false);
        let ended = [level("达到2912家", 2912.0, 2030, true)];
        let ended = items(&ended.iter().collect::<Vec<_>>());
        let (_, outcome, _) = find_actual(&Item::new(&target), &items(&[]), &ended, &[]);
        assert_eq!(outcome, Outcome::Missed);
        let added = [level("新增2912家", 2912.0, 2030, true)];
        let added = items(&added.iter().collect::<Vec<_>>());
        let (_, outcome, _) = find_actual(&Item::new(&target), &items(&[]), &added, &[]);
        assert_eq!(outcome, Outcome::Unclear);
    }

    /// A rate a new term's five-year review says was reached (`街道覆盖率达到81%`) is the
    /// rate at the end of its last year, which a plan's `力争达到75%` aims at.
    #[test]
    fn a_rate_the_period_ended_at_judges_a_rate_target() {
        let rate = |written: &str, value: f64, five_year: bool| Indicator {
            written: written.to_string(),
            clause: format!("社区卫生服务街道覆盖率{written}"),
            measure: Measure::Share,
            year: Some(2007),
            five_year,
            role: if five_year {
                IndicatorRole::Actual
            } else {
                IndicatorRole::Target
            },
            ..thing("社区卫生服务街道覆盖率", value, "%")
        };
        let target = rate("达到75%", 75.0, false);
        let ended = [rate("达到81%", 81.0, true)];
        let ended = items(&ended.iter().collect::<Vec<_>>());
        let (_, outcome, _) = find_actual(&Item::new(&target), &items(&[]), &ended, &[]);
        assert_eq!(outcome, Outcome::Met);
    }

    /// A review figure under a name that two targets of the plan hold is the total of both,
    /// not the figure of either.
    #[test]
    fn a_figure_for_a_wider_kind_is_no_actual() {
        let mains = thing("城区燃气主管网改造", 8.0, "公里");
        let heating = thing("老旧小区三级供热管网改造", 20.0, "个");
        let roads = thing("城市道路改造", 30.0, "条");
        let all = thing("管网改造", 30.0, "公里");
        let olds = [&mains, &heating, &roads];
        let olds = items(&olds);
        assert!(broader_report(&Item::new(&mains), &all, &olds).is_some());
        let only = items(&[&mains, &roads]);
        assert!(broader_report(&Item::new(&mains), &all, &only).is_none());
        // The target's kind and work written apart.
        let sewers = thing("雨水管网提升改造", 12.0, "条");
        assert!(gapped_broader(&Item::new(&sewers), &Item::new(&all), &olds).is_some());
        let roads_all = thing("道路改造", 30.0, "公里");
        assert!(gapped_broader(&Item::new(&sewers), &Item::new(&roads_all), &olds).is_none());
        let alone = items(&[&sewers, &roads]);
        assert!(gapped_broader(&Item::new(&sewers), &Item::new(&all), &alone).is_none());
    }

    /// Next year's target as an increase over this year's amount raises it.
    #[test]
    fn an_increase_over_the_amount_raises_it() {
        let old = amount("财政赤字", Measure::Level, 27600.0);
        let next = amount("财政赤字规模", Measure::Growth, 10000.0);
        assert!(increase_on_level(&old, &next));
        assert_eq!(change(&old, &next), Change::Raised);
        let rate = Indicator {
            unit: Some("%".to_string()),
            base_unit: Some("%".to_string()),
            ..amount("财政赤字", Measure::Growth, 5.0)
        };
        assert!(!increase_on_level(&old, &rate));
    }

    /// One income target followed from plan to plan under the names plans use in turn: the
    /// parts set apart one year and the whole the next (`城镇人均可支配收入…增长7.5%`,
    /// `农民人均纯收入增长9%` → `城乡居民可支配收入增长9%`: each part's next target, the rural
    /// one through the series it became), the whole and all residents' income
    /// (`城乡居民人均收入…同步` → `居民收入…同步`).
    #[test]
    fn income_targets_followed_through_parts_and_kin() {
        let rows = rows_of_pair(
            "城镇人均可支配收入增长7.5%;农民人均纯收入增长9%。",
            "",
            "城乡居民可支配收入增长9%。",
        );
        let change = |name: &str| {
            rows.iter()
                .find(|r| r.indicator.starts_with(name) && r.target.is_some())
                .map(|r| (r.change, r.next_target.as_ref().map(|n| n.written.clone())))
                .unwrap_or_else(|| panic!("no {name} in {rows:#?}"))
        };
        assert_eq!(
            change("城镇人均可支配收入"),
            (Some(Change::Raised), Some("增长9%".to_string()))
        );
        assert_eq!(
            change("农民人均纯收入"),
            (Some(Change::Unchanged), Some("增长9%".to_string()))
        );
        assert!(
            !rows
                .iter()
                .any(|r| r.change == Some(Change::New) && r.indicator.contains("收入"))
        );
        assert!(plan_part_of("income_rural_net", "income_urban_rural"));
        assert!(plan_part_of("income_urban", "income_per_capita"));
        assert!(!plan_part_of("income_urban", "income_rural"));
        let rows = rows_of_pair(
            "城乡居民人均收入增长与经济增长同步。",
            "城镇居民人均可支配收入增长7%,农村居民人均纯收入增长9.3%。",
            "居民收入增长和经济发展同步。",
        );
        assert!(
            rows.iter()
                .filter(|r| r.target.is_some())
                .all(|r| r.change == Some(Change::Unchanged)),
            "{rows:#?}"
        );
    }

    /// A plan that repeats a count for a name with its words in another order or a word
    /// more (`储备重点项目不低于80个` → `项目库储备80个以上`, `企业上云1万家` → `上云企业1万家`)
    /// repeats the target; `力争` on a floor sets no other floor.
    #[test]
    fn a_repeated_figure_under_reordered_words_is_one_target() {
        let rows = rows_of_pair(
            "储备重点项目不低于80个。新增企业上云1万家。\
             新建公园5个以上。",
            "",
            "力争项目库储备不低于80个。新增上云企业1万家。\
             力争新建公园5个以上。",
        );
        let change = |name: &str| {
            rows.iter()
                .find(|r| r.indicator.starts_with(name) && r.target.is_some())
                .map(|r| r.change)
                .unwrap_or_else(|| panic!("no {name} in {rows:#?}"))
        };
        assert_eq!(change("储备重点项目"), Some(Change::Unchanged));
        assert_eq!(change("企业上云"), Some(Change::Unchanged));
        assert_eq!(change("公园"), Some(Change::Unchanged));
    }

    /// Budget lines name what is funded after the spender and `用于`, with or without `的`
    /// before the spending: one key.
    #[test]
    fn budget_lines_name_what_is_funded() {
        assert_eq!(
            subject_key("中央财政用于“三农”的投入"),
            subject_key("“三农”投入")
        );
        assert_eq!(subject_key("“三农”投入"), "三农投入");
    }

    /// A county's list of projects named by its owner alone (`省重点4项`, `市重点22项`) is the
    /// list the year before named in full (`省重点项目2个`, `市重点项目37个`).
    #[test]
    fn a_list_of_projects_named_by_its_owner_alone() {
        assert!(subject_similarity("省重点项目", "省重点") >= SUBJECT_THRESHOLD);
        assert!(subject_similarity("市重点", "市重点项目") >= SUBJECT_THRESHOLD);
        assert!(subject_similarity("省重点项目", "市重点") < SUBJECT_THRESHOLD);
        let rows = rows_of_pair(
            "实施省重点项目2个、市重点项目37个。",
            "",
            "实施省重点4项、市重点22项。",
        );
        let change = |name: &str| {
            rows.iter()
                .find(|r| r.indicator.starts_with(name) && r.target.is_some())
                .map(|r| r.change)
                .unwrap_or_else(|| panic!("no {name} in {rows:#?}"))
        };
        assert_eq!(change("省重点项目"), Some(Change::Raised));
        assert_eq!(change("市重点项目"), Some(Change::Lowered));
    }

    /// `户厕` is the short form of `户用卫生厕所`: one thing counted in plan and review.
    #[test]
    fn household_toilets_under_their_short_form() {
        assert!(subject_similarity("卫生厕所", "户厕") >= SUBJECT_THRESHOLD);
        assert!(subject_similarity("农村户厕", "农村户用卫生厕所") >= SUBJECT_THRESHOLD);
    }

    /// `个`, the counter of anything, stands for a building's counter in another year's plan
    /// (`温室150栋` → `温室20个`: lowered); people are no things (`人` and `个` stay apart).
    #[test]
    fn the_counter_of_anything_stands_for_a_buildings() {
        let rows = rows_of_pair("新建温室150栋。", "", "新建温室20个。");
        let row = rows
            .iter()
            .find(|r| r.indicator.contains("温室") && r.target.is_some())
            .unwrap_or_else(|| panic!("{rows:#?}"));
        assert_eq!(row.change, Some(Change::Lowered));
        assert!(!THING_COUNTERS.contains(&"人"));
    }

    /// A new term's report cut inside its five-year outlook has a plan part but no target of
    /// the year: last year's targets are dropped as the copy stands (a review excerpt with no
    /// plan part at all leaves changes unjudged: `tests/compare.rs`).
    #[test]
    fn a_plan_part_without_targets_drops_them() {
        let old = "示例省2012年政府工作报告\n各位代表:\n一、2011年工作回顾\n全省生产总值增长10%。\n\
                   二、2012年工作安排\n主要预期目标是:全省生产总值增长9%左右,社会消费品零售总额增长17%。\n";
        let new = "示例省2013年政府工作报告\n各位代表:\n一、过去五年的工作回顾\n\
                   刚刚过去的2012年,全省生产总值增长9.6%。\n二、今后五年的基本思路和主要任务\n\
                   今后五年,政府工作的基本思路是:坚持稳中求进。\n";
        let rows = rows_of_texts(old, new);
        let gdp = rows
            .iter()
            .find(|r| r.indicator.contains("生产总值"))
            .expect("gdp");
        assert_eq!(gdp.change, Some(Change::Dropped), "{rows:#?}");
        assert!(rows.iter().all(|r| r.change == Some(Change::Dropped)));
    }

    /// A pollutant named in a review's list of concentrations is no report of its emissions
    /// (Hebei 2015: `PM2.5、PM10、二氧化硫、臭氧平均浓度分别下降…`); in a list of emissions it is.
    #[test]
    fn a_list_of_concentrations_names_no_emission() {
        let so2 = Some("so2_emissions");
        let concentrations =
            "PM2.5、PM10、二氧化硫、一氧化碳、臭氧平均浓度分别下降12%、13.2%、25.7%、16.7%和13.7%";
        assert!(!names_it(concentrations, "二氧化硫", so2));
        assert!(names_it(
            "二氧化硫、化学需氧量排放量分别下降3.5%、2.9%",
            "二氧化硫",
            so2
        ));
        assert!(names_it(
            "化学需氧量、二氧化硫、氮氧化物排放量均削减3.5%",
            "二氧化硫",
            so2
        ));
        assert!(names_it("二氧化硫排放量下降3%", "二氧化硫", so2));
    }

    /// A share a pilot was set to reach (`试点范围扩大到23%的县`) is met by the share a five-year
    /// review says it covers (`试点覆盖24%的县`: the state at the end of the period, so of its
    /// last year); scope and coverage name one reach.
    #[test]
    fn a_pilot_reach_judged_by_its_coverage_at_the_end_of_the_period() {
        assert_eq!(
            subject_key("示例养老保险试点范围"),
            subject_key("示例养老保险试点覆盖")
        );
        let old = "示例国2010年政府工作报告\n各位代表:\n一、2009年工作回顾\n国内生产总值增长9%。\n\
                   二、2010年工作安排\n扎实推进示例养老保险试点,试点范围扩大到23%的县。\n";
        let new = "示例国2011年政府工作报告\n各位代表:\n一、“十一五”时期工作回顾\n\
                   五年来,国内生产总值年均增长11%,示例养老保险试点覆盖24%的县。\
                   去年,国内生产总值增长10.3%。\n\
                   二、2011年工作安排\n将示例养老保险试点范围扩大到全国40%的县。\n";
        let rows = rows_of_texts(old, new);
        let row = rows
            .iter()
            .find(|r| r.indicator.contains("养老保险试点"))
            .unwrap_or_else(|| panic!("{rows:#?}"));
        assert_eq!(row.outcome, Some(Outcome::Met), "{row:#?}");
        assert_eq!(row.change, Some(Change::Raised));
    }
}
