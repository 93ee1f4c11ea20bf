//! Fourth stage: every quantified indicator of a report, with its subject, measure, bound
//! and role.
//!
//! A paragraph is cut into sentences (`。!?;`) and clauses (`,:`). In each clause the
//! quantities come from [`crate::extract::quantity`]; the subject of a quantity is the text between
//! it and the quantity before it, stripped of verbs and fillers (`实现`, `完成`, `新增`, `全年`,
//! `其中`) but keeping what distinguishes it (`国家级`, `省级`). A growth that follows a level
//! (`33.1亿元,增长12%`) keeps the level's subject. `各` and `分别` distribute values over the
//! listed subjects. Where a figure stands decides what it is: in a review part an actual of
//! the reviewed year, in a plan part a target.

use crate::text::prepared::{Pattern, prepared};

use crate::extract::cues;
use crate::extract::quantity::{Quantity, scan};
use crate::model::{
    Bound, Flag, Horizon, Indicator, IndicatorRole, Measure, Relation, Report, Role,
};
use crate::text::is_han;
use crate::text::numerals::parse_cn_number;

/// Words that open a subject without being part of its name.
const LEADING_FILLERS: &[&str] = &[
    "全年",
    "全县",
    "全市",
    "全省",
    "全区",
    "全州",
    "全国",
    "其中",
    "当年",
    "今年",
    "去年",
    "年内",
    "年末",
    // `初步核算2018年地区生产总值达2253.69亿元` (Luohu 2019): the statistics' own state, no
    // part of the name (the year after it goes as a leading date).
    "初步核算",
    "核算",
    // `利用专项债4.9亿元` (Dapeng 2024): the money used is the bonds; the vocabulary keeps
    // `利用外资`, `利用内资` whole (a filler that changes what a subject names stays).
    "利用",
    // `年度计划完成投资75.5亿元`: the plan's own year, no owner of the investment.
    "年度计划",
    "全年计划",
    "全面",
    "实现",
    "完成",
    "新增",
    "新建",
    // `新建成蔬菜大棚320个`: `新建` + `成` left `成蔬菜大棚`.
    "新建成",
    "新改扩建",
    "新改建",
    "改扩建",
    "建成",
    "培育",
    "引进",
    "引育",
    "招引",
    "落地",
    "争取",
    "争创",
    "获批",
    "兑现",
    "发放",
    "整治",
    "累计",
    "共计",
    "力争",
    "确保",
    "努力",
    // `今年要努力完成退耕还林还草400万亩的任务`: the modal verb before the work (one character:
    // kept where the segmenter reads a longer word, `要素`).
    "要",
    "全力",
    // `着力建设200个美丽乡村`: the segmenter tags `着力` a noun; it is the manner of the work.
    "着力",
    "大力",
    "持续",
    "进一步",
    "推动",
    "实施",
    "开展",
    "组织",
    "带动",
    "创成",
    "认定",
    "举办",
    "办理",
    "出台",
    "安排",
    "创建",
    "改造提升",
    "并",
    "和",
    "及",
    "以及",
    "同比",
    "比上年",
    "较上年",
    "主要",
    "达到",
    "完成了",
    "惠及",
    "协调解决",
    "帮助解决",
    "开行",
    "谋划实施",
    "谋划",
    "申报",
    "建设",
    "打造",
    "提供",
    "为",
    "对",
    "向",
    "在",
    "将",
    "使",
    "让",
    "把",
    "总计",
    "合计",
    "又",
    "还",
    "都",
    "再",
    "新",
    "已",
    "分别",
    "从",
    "由",
    "，",
    ",",
    "、",
    "“",
    "”",
    " ",
    "—",
    "-",
    "·",
];

/// Words that close a subject without being part of its name: verbs and qualifiers that
/// stand between the name and its number.
const TRAILING_FILLERS: &[&str] = &[
    // `今年中央财政拿出396亿元用于…`: the spender's verb; the spender alone is then named by
    // what it funds (see `funded_after`).
    "拿出",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "上升到",
    "上升至",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "减少到",
    "减少至",
    "扩大到",
    "扩大至",
    "达到",
    "达",
    "为",
    "是",
    "突破",
    // `地区生产总值首次突破400亿元大关` (Dapeng 2024): an adverb of the record, left once the
    // verb before the figure goes.
    "首次",
    "超过",
    "超",
    "控制在",
    // `城镇登记失业率控制到3.9%` (a review's wording of a kept ceiling).
    "控制到",
    "控制至",
    "保持在",
    "稳定在",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "低于",
    "高于",
    "保持",
    "稳定",
    "分别",
    "均",
    "约",
    "近",
    "逾",
    "较上年",
    "比上年",
    "同比",
    "较去年",
    "比去年",
    "增长",
    "增加",
    "提高",
    "提升",
    "上涨",
    "上升",
    "下降",
    "降低",
    "减少",
    "压减",
    // `氨氮排放量削减1.8%`.
    "削减",
    "缩减",
    "下调",
    "扩大",
    "增速",
    "涨幅",
    "增幅",
    "降幅",
    "到",
    "至",
    "在",
    "了",
    "的",
    "累计",
    "共",
    // A per-head qualifier of the amount that follows (`补助标准提高到人均320元`,
    // `户均增收2000元`): part of the figure, never the subject.
    "人均",
    "户均",
    "总计",
    "合计",
    "各",
    "年均",
    // `城镇调查失业率平均值为5.0%` (Guangdong 2026) beside `城镇调查失业率平均为5%` (2025):
    // the year's mean of a rate is the rate a review reports.
    "平均值",
    "平均",
    "从",
    "由",
    "大于",
    "高于",
    "多于",
    "连续",
    "每年",
    "每月",
    "每人",
    "当年",
    "全年",
    "降到",
    "降至",
    "回落到",
    "回落至",
    "下降到",
    "再降",
    "预期目标设定",
    "目标设定",
    "预期目标",
    "目标",
    // The frame that declares a target, after the indicator it sets (reports of the 1990s:
    // `经济增长速度的调控目标定为8%`, `全社会固定资产投资调控目标为25300亿元`,
    // `全社会固定资产投资预定增长10%`): the indicator is what stands before it.
    "调控目标定为",
    "目标定为",
    // (`今年经济增长速度的宏观调控目标，定为百分之八至九`, State Council 1995: the frame split by
    // a comma, the two clauses read as one, see `extract_paragraph`.)
    "宏观调控目标",
    "定为",
    // The basis a figure is counted on, after the subject (`财政收入同口径增长8.5%`, Hebei 2003).
    "同口径",
    "按同口径",
    "可比口径",
    "按可比口径",
    "目标确定为",
    "调控目标",
    "控制目标",
    "预定",
    "双双",
    "降",
    "再",
    "拟按",
    "拟",
    "按",
    "压缩至",
    "压缩到",
    "压缩",
    "，",
    ",",
    "、",
    " ",
    "—",
    "-",
];

/// `text` without the adverbs of time and manner a plan's clause may open with (`同时`, `今年`,
/// `还要`): what the clause does comes after them.
fn without_leading_adverbs(mut text: &str) -> &str {
    while let Some(rest) = ["同时", "今年", "再", "还", "将", "要", "拟"]
        .iter()
        .find_map(|w| text.strip_prefix(w))
    {
        text = rest;
    }
    text
}

/// Per-person and per-period phrases: they belong to the unit (`每人每月960元` → `元/月`).
const PER_PHRASES: &[(&str, &str)] = &[
    ("每人每月", "/月"),
    ("每人每年", "/年"),
    ("每月", "/月"),
    ("每年", "/年"),
    ("每人", "/人"),
];

/// Verbs that make the following number a rise.
const GROWTH_VERBS: &[&str] = &[
    "增长", "增加", "提高", "提升", "上涨", "上升", "涨幅", "增幅", "增速", "扩大", "增",
];
/// Verbs that make the following number a fall.
const DECLINE_VERBS: &[&str] = &[
    "下降", "降低", "减少", "压减", "缩减", "削减", "下调", "降幅", "缩小", "降", "减",
    // `整体通关时间再压缩三分之一`, `企业开办时间缩短三分之一以上`: a cut of a time or a cost.
    "压缩", "缩短",
];
/// Words that mark intent.
const INTENT_WORDS: &[&str] = &["力争", "确保", "争取", "努力", "力求", "争创"];

/// Verbs that, standing alone before a number, mean the noun comes after it
/// (`启动5家小微园建设`).
const ACTION_VERBS: &[&str] = &[
    // `新发展家庭农场…6000家`: tagged a verbal noun, an action when it opens the phrase
    // (`农村发展` keeps it).
    "发展",
    "启动",
    "做好",
    "完成",
    "开工",
    "建成",
    "新建",
    "打造",
    "推进",
    "实施",
    "建设",
    "改造",
    "培育",
    "引进",
    "创建",
    "开展",
    "举办",
    "提供",
    "组织",
    "选送",
    "开通",
    "新开通",
    "抓好",
    "办好",
    "落实",
    "整合提升",
    "改造提升",
    "提升",
    "带动",
    "帮助",
    "服务",
    "为",
    "建立",
    "设立",
    "认定",
    "扶持",
    "确定",
    "严守",
    "守住",
    "坚决守住",
    "用",
    "拿出",
    "安排",
    "支持",
];
/// `和美` (`和美乡村`): the segmenter's `和/美`, an adjective, not a list mark and its item.
const NOT_A_LIST_MARK: &str = "和美";

/// Verbs of doing that also end the name of a work (`户厕改造`, `园区建设`, `品质提升`).
const WORK_VERBS: &[&str] = &[
    "建设",
    "改造",
    "提升",
    "改造提升",
    "整合提升",
    "服务",
    "开展",
];
/// Words that name an aspect of the previous subject: `增加约1.5万亿元、规模近9.8万亿元`.
const ASPECTS: &[&str] = &[
    "增速",
    "总量",
    "增幅",
    "降幅",
    "改善幅度",
    "数量",
    "规模",
    "项目数",
    "总额",
    "余额",
];
/// Nouns of a report's own structure: `做好40项工作`, `六个方面` count nothing an analyst tracks.
const STRUCTURE_NOUNS: &[&str] = &["工作", "方面", "行动", "任务", "大事", "举措"];

/// Where a paragraph stands: the facts every indicator in it inherits.
struct Place<'a> {
    section: &'a str,
    role: IndicatorRole,
    year: Option<u16>,
    five_year: bool,
    period_end: Option<u16>,
}

/// All indicators of a report, in reading order, each named by the canonical vocabulary
/// where its subject is one of its names (computed here once, not per comparison).
pub fn extract(report: &Report) -> Vec<Indicator> {
    let mut out = extract_unnamed(report);
    let vocabulary = crate::extract::vocabulary::vocabulary();
    for ind in &mut out {
        ind.indicator_id = vocabulary.lookup(&ind.subject).map(|e| e.id.clone());
    }
    set_last_years_ceilings(&mut out, report.meta.reviewed_year);
    for ind in &mut out {
        let entry = vocabulary.lookup(&ind.subject);
        ind.indicator_id = entry.map(|e| e.id.clone());
        // A figure of a year in which this indicator was the whole of another carries the
        // other's id (`中央财政赤字3000亿元` of 2005 is the fiscal deficit).
        if let Some(w) = entry.and_then(|e| e.whole_until.as_ref())
            && ind.year.is_some_and(|y| y <= w.until)
        {
            ind.indicator_id = Some(w.id.clone());
        }
        // A percentage of an indicator that is only ever a rate of change is that change:
        // `居民消费价格涨幅控制在3%以内`, `居民消费价格涨幅回落到2.6%` (prices rise or fall; no report
        // gives the price level as a share).
        if let Some(e) = entry
            && ind.measure == Measure::Share
            && ind.unit.as_deref() == Some("%")
            && e.measures == [Measure::Growth]
        {
            ind.measure = Measure::Growth;
        }
    }
    out
}

fn extract_unnamed(report: &Report) -> Vec<Indicator> {
    let mut out = Vec::new();
    // A digest or an excerpt may have no review or plan part: read its loose paragraphs by
    // what each says of itself.
    if let Some(loose) = report.loose_paragraphs() {
        // A list introduced by a paragraph that says what it lists (`今年经济社会发展预期目标:`,
        // then `全省生产总值增长5%左右` / `城镇新增就业60万人以上` one a line, as a story prints
        // the year's targets): its short items, which say nothing of themselves, are what the
        // introduction says.
        let mut listing: Option<IndicatorRole> = None;
        for paragraph in loose {
            let own = paragraph_role(&paragraph.text, report);
            let item = paragraph.text.chars().nth(30).is_none();
            let role = own.or(listing.filter(|_| item));
            listing = if paragraph.text.ends_with([':', '：']) {
                own
            } else if own.is_none() && item {
                role
            } else {
                None
            };
            let Some(role) = role else {
                continue;
            };
            let place = Place {
                section: "-",
                role,
                year: match role {
                    IndicatorRole::Actual => report.meta.reviewed_year,
                    IndicatorRole::Target => report.meta.planned_year,
                },
                five_year: false,
                period_end: None,
            };
            read_paragraph(paragraph, &place, report, &mut out);
        }
        return out;
    }
    // A part on the government's own work inside the review (`（五）政府自身建设进一步加强`
    // under `一、2014年工作回顾`: `政府会议和发文数量分别减少15.2%和20.3%`) reports the year
    // past, like the review around it; under the plan or standing alone it sets targets.
    let in_review: Vec<(&crate::model::Section, bool)> = report
        .parts
        .iter()
        .flat_map(|part| {
            let review = part.role == Role::Review;
            part.walk().into_iter().map(move |s| (s, review))
        })
        .collect();
    for (section, in_review) in in_review {
        let role = match section.role {
            Role::Governance if in_review => Some(IndicatorRole::Actual),
            other => indicator_role(other),
        };
        let Some(role) = role else {
            continue;
        };
        let year = match role {
            IndicatorRole::Actual => section
                .years
                .map(|(_, last)| last)
                .or(report.meta.reviewed_year),
            IndicatorRole::Target => match section.horizon {
                Horizon::FiveYear => section.years.map(|(_, last)| last),
                Horizon::Annual => report.meta.planned_year.or(section.years.map(|(_, l)| l)),
            },
        };
        let place = Place {
            section: &section.path,
            role,
            year,
            five_year: section.horizon == Horizon::FiveYear,
            period_end: section.years.map(|(_, l)| l),
        };
        // An inline heading's title is the first sentence of its paragraph.
        if !section.title.is_empty() {
            extract_paragraph(
                &section.title,
                (section.line, &[]),
                &place,
                report,
                &mut out,
            );
        }
        let after_groups = after_the_years_groups(section);
        let the_years = after_groups.map(|(_, _, year)| Place {
            five_year: false,
            year: year.or(place.year),
            ..place
        });
        let runs = five_year_runs(section);
        let the_period = Place {
            five_year: true,
            ..place
        };
        let year_runs = the_years_runs(section, report.meta.reviewed_year);
        let the_year = Place {
            five_year: false,
            year: year_runs.as_ref().map_or(place.year, |(_, y)| Some(*y)),
            ..place
        };
        for (k, paragraph) in section.paragraphs.iter().enumerate() {
            let place = match (&the_years, after_groups) {
                (Some(the_years), Some((from, until, _)))
                    if from < paragraph.line && paragraph.line < until =>
                {
                    the_years
                }
                _ if runs.as_ref().is_some_and(|r| r[k]) => &the_period,
                _ if year_runs.as_ref().is_some_and(|(r, _)| r[k]) => &the_year,
                _ => &place,
            };
            read_paragraph(paragraph, place, report, &mut out);
        }
    }
    out
}

/// In a five-year review whose groups review the last year alone (the first report of a new
/// term: `一年来，我们主要做了以下工作：` `（一）…` … `（六）…`, see
/// `tree::roles::the_year_after_its_turn`), the part's own paragraphs after the groups go on
/// with that year until one turns back to the five years (`新建省级乡村振兴示范区15个…` after
/// `（六）…`, before `各位代表！过去五年，…`): the lines between which they do, and the year.
fn after_the_years_groups(section: &crate::model::Section) -> Option<(usize, usize, Option<u16>)> {
    if section.role != Role::Review || section.horizon != Horizon::FiveYear {
        return None;
    }
    let first = section.children.first()?;
    if first.horizon != Horizon::Annual {
        return None;
    }
    let until = section
        .paragraphs
        .iter()
        .filter(|p| p.line > first.line)
        .find(|p| opens_on_five_years(crate::text::without_address(&p.text)))
        .map_or(usize::MAX, |p| p.line);
    Some((first.line, until, first.years.map(|(_, last)| last)))
}

/// A review titled with the five-year period and the year (`一、“十四五”时期和2025年工作回顾`,
/// `2025年及“十四五”时期工作回顾`) goes between the two in runs of paragraphs: one that turns to
/// the five years (`“十四五”时期是…极不平凡的五年`, `各位代表！2025年是“十四五”收官之年。五年来，…`,
/// `——这五年综合经济实力大幅提升。…`, `这是经济实力持续提升的五年。`) and the paragraphs after it
/// that name no period of their own (`——经济实力实现整体跃升。…粮食总产量稳定在550亿斤左右`,
/// `综合实力稳步提升。生产总值6.66万亿元…`) speak of the five years, until one turns to the year
/// (`刚刚过去的2025年，…`, `一年来，…`). For each of the section's own paragraphs: whether it
/// stands in such a run; `None` for any other section, or when no paragraph turns to the period.
fn five_year_runs(section: &crate::model::Section) -> Option<Vec<bool>> {
    if section.role != Role::Review || section.horizon != Horizon::Annual {
        return None;
    }
    let (first, last) = section.years?;
    if first >= last {
        return None;
    }
    let year = format!("{last}年");
    let mut five = false;
    let runs: Vec<bool> = section
        .paragraphs
        .iter()
        .map(|p| {
            let opening = crate::text::without_address(&p.text);
            if turns_to_the_period(opening) {
                five = true;
            } else if crate::text::opens_on_the_last_year(opening)
                || (opening.starts_with(&year) && !opening[year.len()..].starts_with("以来"))
            {
                five = false;
            }
            five
        })
        .collect();
    runs.contains(&true).then_some(runs)
}

/// A five-year review that goes on with the last year in paragraphs of its own, not in groups
/// (Guangdong 2023: `五年来，我们…` eight times, then `2022年是党和国家历史上极为重要的一年…全年
/// 地区生产总值增长2%左右`, `一是…` … `八是…粮食产量1291.5万吨`, `一年来，我们…`, then `各位代表！
/// 广东过去五年的发展…`): from a paragraph that opens on that year (`2022年是…`, `刚刚过去的一年`,
/// `一年来`) the paragraphs speak of the year until one turns back to the five years. For each
/// of the section's own paragraphs: whether it stands in such a run, with the year; `None` for
/// any other section or when no paragraph opens on the year.
fn the_years_runs(
    section: &crate::model::Section,
    reviewed: Option<u16>,
) -> Option<(Vec<bool>, u16)> {
    if section.role != Role::Review || section.horizon != Horizon::FiveYear {
        return None;
    }
    let last = section.years.map(|(_, last)| last).or(reviewed)?;
    let year = format!("{last}年");
    let mut annual = false;
    let runs: Vec<bool> = section
        .paragraphs
        .iter()
        .map(|p| {
            let opening = crate::text::without_address(&p.text);
            // (`各位代表！广东过去五年的发展…`, `刚刚过去的五年`: the five years named at once.)
            if opens_on_five_years(opening)
                || turns_to_the_period(opening)
                || crate::text::prefix_chars(opening, 12).contains("五年")
            {
                annual = false;
            } else if crate::text::opens_on_the_last_year(opening)
                || (opening.starts_with(&year) && !opening[year.len()..].starts_with("以来"))
            {
                annual = true;
            }
            annual
        })
        .collect();
    runs.contains(&true).then_some((runs, last))
}

/// Whether a paragraph of a review opens on the five-year period (see [`five_year_runs`]):
/// directly, after a theme dash (`——这五年…`), as a theme line (`这是…的五年。`), or after a
/// short first sentence (`2025年是“十四五”收官之年。五年来，…`, `透过2025回望“十四五”，…。这五年，…`).
fn turns_to_the_period(opening: &str) -> bool {
    let opens = |t: &str| {
        let t = t.trim_start_matches(['—', '-', ' ', '\u{3000}']);
        cues::five_year_opening(t) || ["这五年", "经过五年"].iter().any(|w| t.starts_with(w))
    };
    if opens(opening) {
        return true;
    }
    let bare = opening.trim_start_matches(['—', '-', ' ', '\u{3000}']);
    if bare.starts_with("这是") && bare.trim_end_matches(['。', ':', '：']).ends_with("的五年")
    {
        return true;
    }
    bare.find('。').is_some_and(|end| {
        bare[..end].chars().count() <= 30
            && opens(crate::text::without_address(&bare[end + '。'.len_utf8()..]))
    })
}

/// A rise set below last year's (see [`BELOW_LAST_YEAR`]) is a ceiling at the rise the review
/// gives for the reviewed year under the same canonical indicator (`物价涨幅…6.1%` for
/// `物价上涨幅度比去年的实际涨幅低一些`); without one it is no target that can be read, and goes.
fn set_last_years_ceilings(out: &mut Vec<Indicator>, reviewed: Option<u16>) {
    let unset = |i: &Indicator| {
        i.role == IndicatorRole::Target
            && i.value.is_none()
            && i.bound == Bound::AtMost
            && BELOW_LAST_YEAR.iter().any(|w| i.written.starts_with(w))
    };
    if !out.iter().any(unset) {
        return;
    }
    let actuals: Vec<Indicator> = out
        .iter()
        .filter(|a| {
            // (A rise written `涨幅为6.1%` is still read as a share here.)
            a.role == IndicatorRole::Actual
                && matches!(a.measure, Measure::Growth | Measure::Share)
                && a.unit.as_deref() == Some("%")
                && a.bound == Bound::Exact
                && !a.five_year
                && a.year == reviewed
                && a.indicator_id.is_some()
        })
        .cloned()
        .collect();
    out.retain_mut(|i| {
        if !unset(i) {
            return true;
        }
        // No figure of last year to set the ceiling at (a review that gives the rise in
        // words, or none read): the cap stays, a target below last year's own rise with no
        // number, as the other caps in words are (`要把物价总水平的上升幅度严格控制在低于去年的
        // 幅度之内`, State Council 1987).
        let Some(a) = actuals.iter().rfind(|a| a.indicator_id == i.indicator_id) else {
            // (`这两个指标虽然都低于去年实际执行结果`: a remark on the targets just set, no
            // target of its own.)
            if i.subject.ends_with("指标") {
                return false;
            }
            i.measure = Measure::Relative;
            i.relation = Some(Relation::Below);
            i.bound = Bound::Exact;
            return true;
        };
        i.value = a.value;
        i.base_value = a.base_value;
        i.unit = a.unit.clone();
        i.base_unit = a.base_unit.clone();
        true
    });
}

/// Whether a paragraph outside any review or plan part states targets or actuals, from its
/// own words: `预期目标`, `今年要`, `力争` look ahead; `过去一年`, `去年`, `一年来`, or the reviewed
/// year look back.
pub(crate) fn paragraph_role(text: &str, report: &Report) -> Option<IndicatorRole> {
    const AHEAD: &[&str] = &[
        "预期目标",
        "目标是",
        "目标为",
        "今年要",
        "今年将",
        "力争",
        "确保",
        "要着力",
        "计划",
    ];
    const BACK: &[&str] = &[
        "过去一年",
        "去年",
        "一年来",
        "上年",
        "过去五年",
        "五年来",
        "实现了",
        "完成了",
    ];
    let year_is = |y: Option<u16>| y.is_some_and(|y| text.contains(&format!("{y}年")));
    if AHEAD.iter().any(|w| text.contains(w))
        || year_is(report.meta.planned_year) && !year_is(report.meta.reviewed_year)
    {
        Some(IndicatorRole::Target)
    } else if BACK.iter().any(|w| text.contains(w)) || year_is(report.meta.reviewed_year) {
        Some(IndicatorRole::Actual)
    } else {
        None
    }
}

fn indicator_role(role: Role) -> Option<IndicatorRole> {
    match role {
        Role::Review => Some(IndicatorRole::Actual),
        Role::Plan | Role::Governance => Some(IndicatorRole::Target),
        Role::Other => None,
    }
}

/// Sentences of a paragraph: split after `。!?;`.
///
/// The marks are looked for with `memchr` (decoding every character cost 30 instructions a
/// character): `;`, and the last bytes of `。` (E3 80 82) and `…` (E2 80 A6), which after their
/// first two bytes are theirs; a paragraph holding `!` or `?` (few do) is read character by
/// character.
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    if memchr::memchr2(b'!', b'?', bytes).is_some() {
        return sentences_by_char(text);
    }
    let mut out = Vec::new();
    let mut start = 0;
    for k in memchr::memchr3_iter(b';', 0x82, 0xA6, bytes) {
        let lead = match bytes[k] {
            b';' => k,
            0x82 if k >= 2 && bytes[k - 2..k] == [0xE3, 0x80] => k - 2,
            0xA6 if k >= 2 && bytes[k - 2..k] == [0xE2, 0x80] => k - 2,
            _ => continue,
        };
        let end = k + 1;
        if !text[start..lead].trim().is_empty() {
            out.push(&text[start..end]);
        }
        start = end;
    }
    if !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// [`sentences`], character by character.
fn sentences_by_char(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '。' | '!' | '?' | ';' | '…') {
            let end = i + c.len_utf8();
            if !text[start..i].trim().is_empty() {
                out.push(&text[start..end]);
            }
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// The clauses of a sentence with a target's frame and its figure read as one clause where a
/// comma splits them (State Council 1995: `今年经济增长速度的宏观调控目标，定为百分之八至九`): a
/// clause without a figure ending on `目标`, then one opening on the verb that sets it.
fn framed_clauses<'a>(sentence: &'a str, parts: Vec<&'a str>) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::with_capacity(parts.len());
    for part in parts {
        if let Some(last) = out.last_mut()
            && last.ends_with("目标")
            && !last.contains(|c: char| c.is_ascii_digit())
            && ["定为", "确定为", "设定为", "定在"]
                .iter()
                .any(|v| part.trim_start().starts_with(v))
            && let (Some(from), Some(to)) = (
                crate::text::offset_in(sentence, last),
                crate::text::offset_in(sentence, part),
            )
        {
            *last = &sentence[from..to + part.len()];
            continue;
        }
        out.push(part);
    }
    out
}

/// Clauses of a sentence: split at `,` and `:` outside quotes, keeping the separators out.
///
/// The separators and quotes are looked for with `memchr`, as in [`sentences`]: `,`, `:`,
/// and the middle byte `80` of `“` `”` (E2 80 9C/9D) and `《` `》` `「` `」` (E3 80 8A–8D),
/// told apart by the bytes around it; a sentence holding `(` or `)` is read character by
/// character.
pub(crate) fn clauses(sentence: &str) -> Vec<&str> {
    let bytes = sentence.as_bytes();
    if memchr::memchr2(b'(', b')', bytes).is_some() {
        return trimmed_clauses(clauses_by_char(sentence));
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    for k in memchr::memchr3_iter(b',', b':', 0x80, bytes) {
        match bytes[k] {
            0x80 if k >= 1 => match (bytes[k - 1], bytes.get(k + 1)) {
                (0xE2, Some(0x9C)) | (0xE3, Some(0x8A | 0x8C)) => depth += 1,
                (0xE2, Some(0x9D)) | (0xE3, Some(0x8B | 0x8D)) => depth -= 1,
                _ => {}
            },
            b',' | b':' if depth <= 0 => {
                out.push(&sentence[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    out.push(&sentence[start..]);
    trimmed_clauses(out)
}

/// [`clauses`] character by character, before trimming.
fn clauses_by_char(sentence: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    for (i, c) in sentence.char_indices() {
        match c {
            '“' | '(' | '《' | '「' => depth += 1,
            '”' | ')' | '》' | '」' => depth -= 1,
            ',' | ':' if depth <= 0 => {
                out.push(&sentence[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&sentence[start..]);
    out
}

/// The clauses without the sentence mark at their end, blank ones left out.
fn trimmed_clauses(clauses: Vec<&str>) -> Vec<&str> {
    clauses
        .into_iter()
        .map(|c| c.trim_end_matches(['。', '!', '?', ';', '…']))
        .filter(|c| !c.trim().is_empty())
        .collect()
}

/// What time the sentences of a paragraph speak of. It is carried from one sentence to the
/// next, since reports open a passage with the time once and then list figures:
/// `过去一年,我们的各项工作取得了很大成绩。国内生产总值增长10.3%,…` (in a plan part: last
/// year's actuals, not this year's targets); `刚刚过去的2017年,…主要目标任务全面完成。国内生产
/// 总值增长6.9%,…` (in a five-year review: the single year's actuals).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// What the part says: its role and horizon.
    Place,
    /// The reviewed year alone.
    PastYear,
    /// Several past years: the five-year period, or a year before the reviewed one.
    PastYears,
}

/// A single year named inside a clause of a five-year review: `降到去年的1.5%左右`; and the
/// year's own clause in a plan sentence framed by a five-year plan (`围绕“十四五”规划实施，…，
/// 全年省市重点项目完成投资8000亿元以上`), `全年` too.
static THIS_YEAR_IN_CLAUSE: Pattern = prepared!(r"今年|年内|本年度|全年");
static LAST_YEAR_IN_CLAUSE: Pattern = prepared!(r"去年|上年|过去一年");
/// Whether a clause names the year a report reviews as its time (`2012年全省生产总值26575亿元`),
/// not as a base (`比2012年`) or the end of a span (`2008—2012年`).
fn names_reviewed_year(clause: &str, report: &Report) -> bool {
    let Some(year) = report.meta.reviewed_year.map(|y| format!("{y}年")) else {
        return false;
    };
    clause.match_indices(year.as_str()).any(|(at, _)| {
        let before = clause[..at].chars().next_back();
        !matches!(
            before,
            Some('比' | '较' | '于' | '—' | '-' | '～' | '~' | '至' | '到' | '与' | '同')
        )
    })
}

/// Words of a sentence that plans: it leaves a look back (`过去一年,…。今年要…`).
const FORWARD_WORDS: &[&str] = &[
    "今年",
    "明年",
    "拟",
    "力争",
    "确保",
    "预期",
    "争取",
    "计划",
    "目标是",
    "目标为",
];

/// The frame of a sentence, from its opening words and the frame before it. Only plan parts
/// and five-year reviews change frame: an annual review speaks of its year throughout.
fn next_frame(frame: Frame, sentence: &str, place: &Place, report: &Report) -> Frame {
    let plan = place.role == IndicatorRole::Target;
    if !plan && !place.five_year {
        return Frame::Place;
    }
    let opening = sentence.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '—' | '-' | '“' | '"' | '‘' | '(')
    });
    // An address to the deputies before the turn (`各位代表，刚刚过去的2022年，…`).
    let opening = crate::text::without_address(opening);
    let (reviewed, planned) = (report.meta.reviewed_year, report.meta.planned_year);
    let forward = |s: &str| {
        FORWARD_WORDS.iter().any(|w| s.contains(w))
            || planned.is_some_and(|y| s.contains(&format!("{y}年")))
    };
    // A span of years ending before the plan's (`从2019年到2022年的四年间，…增长33.6%`): the
    // plan looks back over those years; the figures are theirs, not targets.
    if cues::period_opening(opening)
        || cues::opening_span_end(opening).is_some_and(|end| reviewed.is_some_and(|r| end <= r))
    {
        return Frame::PastYears;
    }
    if crate::text::opens_on_the_last_year(opening) {
        return Frame::PastYear;
    }
    if let Some(year) = cues::opening_year(opening)
        .filter(|&(_, since)| !since)
        .and_then(|(y, _)| y.parse::<u16>().ok())
    {
        if Some(year) == reviewed {
            return Frame::PastYear;
        }
        if Some(year) == planned {
            return Frame::Place;
        }
        if reviewed.is_some_and(|r| year < r) {
            return Frame::PastYears;
        }
    }
    if opening.starts_with("今年") || opening.starts_with("明年") {
        return Frame::Place;
    }
    // A plan's look back lasts while its sentences do not plan.
    if plan && frame != Frame::Place && forward(opening) {
        return Frame::Place;
    }
    frame
}

/// Whether a sentence of a plan is about a five-year span: a period named as one (`“十四五”
/// 期间`, `“十四五”规划`, `到2025年`, `年均`), not a five-year plan's name used as a label of
/// this year's things (`“十四五”后期项目`, `确保“十二五”淘汰任务提前一年完成`).
fn five_year_in_plan(sentence: &str) -> bool {
    if !cues::five_year_cue(sentence) {
        return false;
    }
    let chars: Vec<char> = sentence.chars().collect();
    let mut kept = String::with_capacity(sentence.len());
    let mut k = 0;
    while k < chars.len() {
        let plan = k + 2 < chars.len()
            && chars[k] == '十'
            && "一二三四五六七八九".contains(chars[k + 1])
            && chars[k + 2] == '五';
        if plan {
            let rest: String = chars[k + 3..(k + 9).min(chars.len())]
                .iter()
                .filter(|c| !matches!(c, '”' | '"' | '’' | ' ' | '\n' | '\r'))
                .collect();
            let period = [
                "时期", "期间", "以来", "规划", "末", "目标", "的", "，", ",", "前",
            ]
            .iter()
            .any(|w| rest.starts_with(w))
                || rest.is_empty();
            if !period {
                k += 3;
                continue;
            }
        }
        kept.push(chars[k]);
        k += 1;
    }
    cues::five_year_cue(&without_dated_classes(&kept))
}

/// A text without the yearly means of a measure it names (`细颗粒物年均浓度`, `PM2.5年均浓度为
/// 26.3微克/立方米`, `年均值`): a concentration averaged over one year is that year's figure, and
/// its `年均` is no cue of several years (`年均增长`). Before, `今年…主要预期目标是：…，细颗粒物
/// 年均浓度控制在29微克/立方米左右` made every target of the sentence a five-year one.
fn without_yearly_means(text: &str) -> std::borrow::Cow<'_, str> {
    // Both words hold `均`: most texts are passed over at one search for it.
    if !text.contains('均') || (!text.contains("年均浓度") && !text.contains("年均值")) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.replace("年均浓度", "浓度").replace("年均值", "值"))
}

/// A sentence without its dates that sort things into a class (`确保2000年前建成的老旧小区
/// 全部改造完成`: the old compounds built before 2000): `NNNN年前` or `NNNN年以前` followed by
/// a verb of at most four characters and `的` says when the things were made, not a deadline
/// of the plan (`2025年前完成`), so it does not make the sentence one on several years.
fn without_dated_classes(sentence: &str) -> std::borrow::Cow<'_, str> {
    let mut cuts: Vec<std::ops::Range<usize>> = Vec::new();
    for (at, _) in sentence.match_indices("年") {
        let digits = sentence[..at]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count();
        if digits != 4 {
            continue;
        }
        let after = &sentence[at + "年".len()..];
        let Some(rest) = after
            .strip_prefix("以前")
            .or_else(|| after.strip_prefix('前'))
        else {
            continue;
        };
        let verb: String = rest
            .chars()
            .take_while(|c| is_han(*c) && *c != '的')
            .collect();
        if (1..=4).contains(&verb.chars().count()) && rest[verb.len()..].starts_with('的') {
            cuts.push(at - digits..at + "年".len() + (after.len() - rest.len()));
        }
    }
    if cuts.is_empty() {
        return std::borrow::Cow::Borrowed(sentence);
    }
    let mut kept = String::with_capacity(sentence.len());
    let mut from = 0;
    for cut in cuts {
        kept.push_str(&sentence[from..cut.start]);
        from = cut.end;
    }
    kept.push_str(&sentence[from..]);
    std::borrow::Cow::Owned(kept)
}

/// Whether a paragraph of a review opens on the five-year period, directly (`五年来，…`) or
/// after a short lead naming its theme (`——民生事业扎实推进。五年来，…`, `旅游业持续发展。
/// 五年来，…`): a review of a five-year report gives each theme such a lead, and the figures
/// after it are the period's (`五年新增就业3.25万人`), not the last year's.
fn opens_on_five_years(text: &str) -> bool {
    let text = text.trim_start();
    if cues::five_year_opening(text) {
        return true;
    }
    let Some(end) = text.find('。') else {
        return false;
    };
    let lead = text[..end].trim_start_matches(['—', '-', ' ', '\u{3000}']);
    lead.chars().count() <= 16
        && !lead
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '，' | ','))
        && cues::five_year_opening(text[end + '。'.len_utf8()..].trim_start())
}

/// [`extract_paragraph`] of a paragraph of the body, with the lines it was joined from.
fn read_paragraph(
    paragraph: &crate::model::Paragraph,
    place: &Place,
    report: &Report,
    out: &mut Vec<Indicator>,
) {
    extract_paragraph(
        &paragraph.text,
        (paragraph.line, &paragraph.joined),
        place,
        report,
        out,
    );
}

/// `lines`: the line `text` starts on and the lines joined into it
/// ([`crate::model::Paragraph::joined`]), so that each clause names its own line.
fn extract_paragraph(
    text: &str,
    lines: (usize, &[(usize, usize)]),
    place: &Place,
    report: &Report,
    out: &mut Vec<Indicator>,
) {
    // A paragraph of an annual review that opens on the five-year period (`过去的五年是…`).
    let five_year_paragraph = place.role == IndicatorRole::Actual && opens_on_five_years(text);
    // Worked out only when a clause asks for an owner (`owner`): most paragraphs never do,
    // and reading the first sentence's topic tags its words.
    let topic = Topic::new(text);
    let mut works: Option<String> = None;
    let mut frame = Frame::Place;
    for (k, sentence) in sentences(text).into_iter().enumerate() {
        frame = next_frame(frame, sentence, place, report);
        let (role, mut five_year, mut year) = match frame {
            Frame::Place => (
                place.role,
                // A plan's name used as a label (`单位生产总值能耗累计降幅完成“十四五”任务`) makes
                // no sentence one on several years, in a review as in a plan: the review's
                // summary of the year (`刚刚过去的一年…地区生产总值增长5.1%…完成“十四五”任务`,
                // Shaanxi 2026) stays the year's.
                place.five_year
                    || five_year_in_plan(&without_yearly_means(sentence))
                    || place.role == IndicatorRole::Target
                        && report
                            .meta
                            .planned_year
                            .and_then(|y| cues::later_year(sentence, y))
                            .is_some(),
                place.year,
            ),
            Frame::PastYear => (IndicatorRole::Actual, false, report.meta.reviewed_year),
            Frame::PastYears => (IndicatorRole::Actual, true, report.meta.reviewed_year),
        };
        // Inside a five-year paragraph, a sentence of the reviewed year (`2020年，全县所有
        // 贫困人口稳定脱贫`) is annual; one of an earlier year (`2017年，…`) is not.
        if five_year_paragraph && frame == Frame::Place {
            let reviewed = place.year.map(|y| format!("{y}年"));
            let own_year = cues::names_one_year(sentence, reviewed.as_deref());
            if !own_year {
                five_year = true;
            }
        }
        if five_year {
            if let Some(y) = cues::year_in_text(sentence).and_then(|y| y.parse::<u16>().ok()) {
                year = Some(y);
            } else if let Some(end) = place
                .period_end
                .filter(|_| place.five_year && frame == Frame::Place)
            {
                // The period a five-year plan part sets goals for, not the period its look
                // back reviews (`“十四五”时期…地区生产总值年均增长5.2%` under `二、“十四五”时期发展成就
                // 和“十五五”时期主要目标任务` is of 2021–2025, not 2030).
                year = Some(end);
            }
        }
        let mut last_subject: Option<String> = None;
        let parts = framed_clauses(sentence, clauses(sentence));
        // A period named in a plan's sentence governs the clauses from where it is named: the
        // year's main targets listed before a closing clause on the five-year plan (`地区生产
        // 总值增长5%-5.5%，…，碳排放双控达到国家下达“十五五”目标任务的序时进度`, Jiangxi 2026)
        // stay the year's.
        // Only a plan named (`十五五`): a deadline (`新建污水管网80公里,2027年前完成全部雨污分流
        // 改造`) still marks its whole sentence.
        let first_period_clause = (five_year && frame == Frame::Place && !place.five_year)
            .then(|| {
                parts
                    .iter()
                    .position(|c| cues::five_year_cue(&without_yearly_means(c)))
            })
            .flatten()
            .filter(|&k| crate::text::numerals::five_year_plan_years(parts[k]).is_some());
        for (c, clause) in parts.iter().enumerate() {
            // A forecast inside a plan (`预计今年高校毕业生超过1170万人`) is neither a target
            // nor an actual of the reviewed year. Not the plan's own result over the year it
            // plans (`预计全年为企业新增减负超过2.5万亿元`, `预计全年旅游接待人数达到700万人次`):
            // that is a target, worded as an expectation.
            if role == IndicatorRole::Target
                && crate::text::find(clause, "预计").is_some()
                && crate::text::find(clause, "预计全年").is_none()
            {
                continue;
            }
            // What a plan says is already done states a fact, not a target (`我国关税总水平已由
            // 15.3%降到12%`, `已经组织了57户企业集团试点`, `目前已有18个城市进行了试点`): its
            // figures go, but what it names stays the subject the next clause goes on with
            // (`…，今年要扩大到120户`).
            let done =
                role == IndicatorRole::Target && frame == Frame::Place && already_done(clause);
            let kept = out.len();
            // A plan's clause set for this year (`今年要淘汰钢铁2700万吨…`) is annual although
            // its sentence goes on to the five-year plan (`确保“十二五”淘汰任务提前一年完成`).
            let this_years = five_year
                && frame == Frame::Place
                && role == IndicatorRole::Target
                && !place.five_year
                && (THIS_YEAR_IN_CLAUSE.is_match(clause)
                    || first_period_clause.is_some_and(|first| c < first))
                && !cues::five_year_cue(&without_yearly_means(clause));
            let clause_five_year = match frame {
                _ if this_years => false,
                // In a single year's passage, a clause on several years (`年均增长10.6%`).
                Frame::PastYear => cues::several_years(&without_yearly_means(clause)),
                // In a five-year review, a clause on last year (`降到去年的1.5%左右`).
                // So is a growth year on year (`2012年全省生产总值26575亿元,同比增长9.6%,比2007年
                // 增长65.8%`: the 9.6 % is 2012's) and a clause naming the reviewed year.
                _ if five_year && role == IndicatorRole::Actual && place.five_year => {
                    !(LAST_YEAR_IN_CLAUSE.is_match(clause)
                        || clause.contains("同比")
                        || names_reviewed_year(clause, report))
                        || cues::several_years(&without_yearly_means(clause))
                }
                // In an annual review, a clause measured over several years (a new term's
                // review read as annual: `2002年全省国内生产总值达到6076亿元，五年平均增长9.5%`;
                // `年均增长`, `平均每年`) is not the year's; `累计` and `以来` are (`今年以来`,
                // totals of the year).
                _ if role == IndicatorRole::Actual && !five_year => {
                    let c = without_yearly_means(clause);
                    ["年均", "平均每年"]
                        .iter()
                        .any(|w| crate::text::find(&c, w).is_some())
                        || crate::text::numerals::says_five_years(&c)
                }
                _ => five_year,
            };
            let context = Context {
                place,
                role,
                year: if this_years {
                    place.year
                } else if clause_five_year == five_year {
                    year
                } else if clause_five_year && frame == Frame::Place {
                    place.period_end.or(year)
                } else if clause_five_year {
                    // Several years looked back on from a plan (`2005年与2000年相比，…年均增长
                    // 9.5%` under a part on the next five-year plan) end at the reviewed year.
                    report.meta.reviewed_year.or(year)
                } else {
                    report.meta.reviewed_year.or(year)
                },
                five_year: clause_five_year,
                line: crate::text::offset_in(text, clause)
                    .map_or(lines.0, |at| crate::model::line_at(lines.0, lines.1, at)),
                topic: &topic,
                in_topic_sentence: k == 0,
                works: works.as_deref(),
                next: parts.get(c + 1).copied(),
            };
            extract_clause(clause, &context, &parts[..c], &mut last_subject, out);
            if done {
                out.truncate(kept);
            }
            if let Some(named) = works_named(clause) {
                works = Some(named);
            }
        }
    }
}

struct Context<'a> {
    place: &'a Place<'a>,
    role: IndicatorRole,
    year: Option<u16>,
    five_year: bool,
    line: usize,
    /// What the paragraph is about, from a heading-like first sentence (see
    /// [`paragraph_topic`]), and whether the current sentence is that first sentence.
    topic: &'a Topic<'a>,
    in_topic_sentence: bool,
    /// The works the paragraph named last (`继续推进棚户区改造工程` → `棚户区改造`), for a task
    /// named only by its work (see [`task_of_work`]).
    works: Option<&'a str>,
    /// The clause after this one in its sentence, where a bare investment's work may be
    /// named (see [`forward_owner`]).
    next: Option<&'a str>,
}

impl Context<'_> {
    fn indicator(&self, subject: String, measure: Measure, clause: &str) -> Indicator {
        Indicator {
            subject,
            indicator_id: None,
            measure,
            value: None,
            high: None,
            parts: Vec::new(),
            unit: None,
            base_value: None,
            base_unit: None,
            bound: Bound::Exact,
            intent: None,
            relation: None,
            role: self.role,
            year: self.year,
            five_year: self.five_year,
            section: self.place.section.to_string(),
            line: self.line,
            written: String::new(),
            clause: clause.to_string(),
            flags: Vec::new(),
        }
    }

    /// The intent word that governs text up to `upto` in the clause.
    fn intent(&self, clause: &str, upto: usize) -> Option<String> {
        let before = &clause[..upto.min(clause.len())];
        INTENT_WORDS
            .iter()
            .filter_map(|w| crate::text::rfind(before, w).map(|i| (i, *w)))
            .max_by_key(|(i, _)| *i)
            .map(|(_, w)| w.to_string())
    }
}

/// The name of the works a clause names by `…工程` (`继续推进棚户区改造工程` → `棚户区改造`,
/// `推进总投资103.7亿元的棚户区改造工程` → `棚户区改造`): the noun phrase before `工程`, after
/// any figure or `的` describing it; three characters at least.
fn works_named(clause: &str) -> Option<String> {
    let k = clause.rfind("工程")?;
    let head = &clause[..k];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| *c == '的' || !is_han(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let name = clean_subject(&head[start..]);
    (name.chars().count() >= 3).then_some(name)
}

/// Whether the text after a count is a task named only by its work (`的改造任务`,
/// `的征拆和安置任务`): verbs and the words joining them, then `任务`.
fn task_of_work(after: &str) -> bool {
    // With or without `的`: `完成4000户的改造任务`, `全力完成今年8008户改造任务`.
    let rest = after.strip_prefix('的').unwrap_or(after);
    let end = rest.find(|c: char| !is_han(c)).unwrap_or(rest.len());
    let Some(work) = rest[..end].strip_suffix("任务") else {
        return false;
    };
    !work.is_empty()
        && subject_tags(work)
            .iter()
            .all(|(w, t)| t.starts_with('v') || matches!(*w, "和" | "及" | "与" | "、"))
}

/// Whether the text after an amount says it is the size of the task itself (`今年要努力完成退耕
/// 还林还草400万亩的任务`, Hebei 2002; `完成造林50万亩的目标`): the amount is the target of the
/// work named before it, not a size inside a name (`年产5万吨的项目`).
fn sizes_the_task(tail: &str) -> bool {
    let Some(rest) = tail.strip_prefix('的') else {
        return false;
    };
    ["任务", "目标", "指标"].iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|after| !after.starts_with(is_han))
    })
}

/// Whether a count of people before `的` is the size of a work done for them, ending on a
/// verbal noun (`用于1500万人次以上的职工技能提升和转岗转业培训`, `解决5000人的就业`), not of a
/// thing they fill (`可容纳3000人的剧院`): the work is what is counted.
fn people_in_a_work(q: &Quantity, tail: &str) -> bool {
    const PEOPLE: &[&str] = &["人", "人次", "户", "户次", "名"];
    if !q.base_unit.as_deref().is_some_and(|u| PEOPLE.contains(&u)) {
        return false;
    }
    let rest = tail.strip_prefix('的').unwrap_or(tail);
    let end = rest.find(|c: char| !is_han(c)).unwrap_or(rest.len());
    // `解决200万人的饮水安全问题` (provincial plans of the 2000s, rural drinking water and
    // poverty): the people whose problem is solved are counted, as people in a work are.
    rest[..end].ends_with("问题")
        || subject_tags(&rest[..end])
            .last()
            .is_some_and(|(_, t)| *t == "vn")
}

/// Base units of a capacity (`700万吨露天矿`, `35万千瓦热电`).
const CAPACITY_UNITS: &[&str] = &["吨", "千瓦", "兆瓦", "千伏安", "立方米"];

fn is_money(q: &Quantity) -> bool {
    q.base_unit.as_deref().is_some_and(|u| u.ends_with('元'))
}

/// Who spends, standing alone as the subject of a budget line's amount.
const SPENDERS: &[&str] = &["中央财政", "国家财政", "各级财政", "财政", "中央", "国家"];

/// The spending on what a budget line funds, from the text after its amount: `用于促进就业` →
/// `用于促进就业的投入` (two to twelve characters, up to the clause's end). A fund named right after the amount is the spending itself (`中央财政今年再安排1300亿元灾后
/// 重建资金` → `灾后重建资金`).
fn funded_after(after: &str) -> Option<String> {
    let named: String = after
        .chars()
        .take_while(|c| is_han(*c) || *c == '“' || *c == '”')
        .collect();
    // A fund named by its kind alone (`200亿元专项资金`) names no thing funded.
    let generic = [
        "专项资金",
        "补贴资金",
        "补助资金",
        "奖补资金",
        "专项奖补资金",
    ];
    if ["资金", "经费"].iter().any(|w| named.ends_with(w))
        && named.chars().count() >= 4
        && !generic.contains(&named.as_str())
    {
        return Some(named);
    }
    let rest = after
        .trim_start_matches(|c: char| !is_han(c))
        .strip_prefix("用于")?;
    let funded: String = rest
        .chars()
        .take_while(|c| is_han(*c) || *c == '“' || *c == '”' || *c == '、')
        .collect();
    // Two verbs over one object (`扶助和促进就业`): the object with the last verb, the name
    // another year uses alone (`促进就业`); a list of things funded (`科技、教育和文化`) is no
    // one spending.
    let funded = match funded.split_once('和') {
        Some((verb, rest)) if verb.chars().count() <= 2 && !rest.contains('和') => {
            rest.to_string()
        }
        Some(_) => return None,
        None => funded,
    };
    if funded.contains('、') {
        return None;
    }
    let n = funded.chars().filter(|c| is_han(*c)).count();
    ((2..=12).contains(&n)).then(|| format!("用于{funded}的投入"))
}

/// The spending a clause says is raised (`各级政府要进一步增加社会保障投入` → `社会保障投入`).
fn spending_raised(clause: &str) -> Option<String> {
    let clause = clause.trim_end_matches(|c: char| !is_han(c));
    if !["投入", "支出"].iter().any(|w| clause.ends_with(w)) {
        return None;
    }
    let at = ["增加", "加大", "提高"]
        .iter()
        .filter_map(|v| clause.rfind(v).map(|at| at + v.len()))
        .max()?;
    let spending = &clause[at..];
    let n = spending.chars().count();
    ((4..=12).contains(&n) && spending.chars().all(|c| is_han(c) || c == '“' || c == '”'))
        .then(|| spending.to_string())
}

/// Whether the text after a figure opens with a noun it counts or measures (`主干道路、…`,
/// `路网等配套设施`), not a verb or a qualifier.
fn noun_follows(after: &str) -> bool {
    if quoted_name(after).is_some() {
        return true;
    }
    if !after.starts_with(is_han) || after.starts_with(['增', '下', '以', '左', '的']) {
        return false;
    }
    let tagged = subject_tags(after);
    // An adjective opening a noun (`老旧小区`, tagged `老/旧/小区`) still names a thing.
    let adjectives = tagged.iter().take_while(|(_, t)| *t == "a").count();
    tagged.get(adjectives).is_some_and(|(w, t)| {
        (t.starts_with('n') || matches!(*t, "vn" | "b" | "j" | "l" | "an"))
            && !STRUCTURE_NOUNS.contains(w)
    }) || described_noun(after).is_some()
}

/// One-character names of a kind of settlement or government that a threshold names a class
/// of (`集体经济年收入10万元以上村达60%以上`, `…10亿元以下的县`); jieba's dictionary tags them
/// `zg`, not as nouns.
const SETTLEMENT_NOUNS: &[&str] = &["村", "县", "乡", "镇"];

/// The object of a verb of doing that the segmenter cuts into pieces that are no nouns
/// (`新建充电桩` → `新建/充电/桩`, `新建绿道` → `新建/绿/道`): what the figure after it counts,
/// not the subject of the clause before (`新增机动车停车位3.5万个、新建充电桩3万个` named the
/// charging piles `机动车停车位`). A short run of Chinese characters after the verb that does
/// not end on a verb or a particle.
fn object_in_pieces(before: &str) -> Option<String> {
    let t = before.trim_matches(|c: char| !is_han(c));
    let verb = ACTION_VERBS
        .iter()
        .chain(PREDICATE_VERBS)
        .chain(&["新增"])
        .filter(|v| t.starts_with(**v))
        .max_by_key(|v| v.len())?;
    let object = &t[verb.len()..];
    let tagged = crate::text::words::tag(object);
    let ends_on_a_thing = tagged.last().is_some_and(|(w, tag)| {
        !(tag.starts_with('v')
            || tag.starts_with('u')
            || matches!(*tag, "d" | "ad" | "p" | "c" | "y" | "m" | "r" | "f")
            || PREDICATE_VERBS.contains(w))
    });
    // In pieces: a single word the grammar would have named (or refused: `壮大`, `今年`).
    let in_pieces = tagged.len() >= 2 && tagged.iter().all(|(_, tag)| *tag != "t");
    ((2..=5).contains(&object.chars().count())
        && object.chars().all(is_han)
        && ends_on_a_thing
        && in_pieces)
        .then(|| object.to_string())
}

/// The pilot a clause names (`扎实推进新型农村社会养老保险试点` → `新型农村社会养老保险试点`):
/// the noun phrase ending on `试点`, four characters before it at least.
fn named_pilot(clause: &str) -> Option<String> {
    let at = clause.rfind("试点")?;
    let name = noun_phrase(&clause[..at + "试点".len()]);
    (name.ends_with("试点") && name.chars().filter(|c| is_han(*c)).count() >= 6).then_some(name)
}

/// What a clause before disposed of with `把` when the figure's own clause repeats the verb
/// alone (State Council 1998: `继续把“拨改贷”和基本建设经营性基金转为国家资本金，今年再转500亿元`:
/// the 500亿元 are of that conversion): the disposal as written, its object and its verb.
/// Only when the clause of the figure names nothing else and its verb is the disposal's.
fn disposed_before(before: &str, previous: &[&str]) -> Option<String> {
    const DISPOSALS: &[&str] = &["转为", "转成", "改为", "改造为", "纳入", "列入"];
    let clause = previous.last()?;
    if clause.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let object_at = clause.find('把')? + '把'.len_utf8();
    let (verb_at, verb) = DISPOSALS
        .iter()
        .filter_map(|v| clause[object_at..].find(v).map(|k| (object_at + k, *v)))
        .min_by_key(|(k, _)| *k)?;
    // The figure's clause repeats the verb's first character (`再转`), and says nothing else.
    let head = verb.chars().next()?;
    let own: String = before.chars().filter(|c| is_han(*c)).collect();
    let repeated = own.ends_with(head) && own.chars().count() <= 5;
    let object = &clause[object_at..verb_at];
    (repeated && object.chars().filter(|c| is_han(*c)).count() >= 2)
        .then(|| clause[object_at..].trim().to_string())
}

/// Nouns that count the parts of a plan or of an outline (`29项主要指标`, `5个维度`), beside
/// [`STRUCTURE_NOUNS`].
const OUTLINE_NOUNS: &[&str] = &["指标", "维度"];

/// Whether a count counts the report's own structure, not a thing an analyst follows: the
/// counted noun, after its adjectives, is a part of the plan (`重点抓好以下14个方面的工作`,
/// `《纲要草案》设置了29项主要指标`, `具体部署了13项任务举措`), or the count stands after such a
/// noun (`碳排放强度等8个约束性指标`). Provincial reports of a five-year plan's first year
/// open their plan with these.
fn counts_report_structure(after: &str, subject: &str) -> bool {
    let part = |w: &str| STRUCTURE_NOUNS.contains(&w) || OUTLINE_NOUNS.contains(&w);
    let tagged = subject_tags(after);
    let modifiers = tagged
        .iter()
        .take_while(|(w, t)| matches!(*t, "a" | "b" | "ad") || ["主要", "重点", "具体"].contains(w))
        .count();
    if tagged.get(modifiers).is_some_and(|(w, _)| part(w)) {
        return true;
    }
    // A short name of a part (`约束性指标`, segmented `约束/性/指标`) after the figure, or
    // before it when nothing is counted after.
    let phrase: String = after.chars().take_while(|&c| is_han(c)).collect();
    let named = if phrase.is_empty() { subject } else { &phrase };
    named.chars().count() <= 5
        && STRUCTURE_NOUNS
            .iter()
            .chain(OUTLINE_NOUNS)
            .any(|n| named.ends_with(n))
}

/// A size bound between a count and the things it counts: `10蒸吨及以下的各类` of
/// `完成178座10蒸吨及以下的各类燃煤小锅炉淘汰` says which boilers, the count is of boilers;
/// `千万元以上` of `总投资313.9亿元的75个千万元以上重点项目` which projects.
static SIZE_CLASS: Pattern = prepared!(
    r"^(?:\d+(?:\.\d+)?|[十百千万亿]+)[^\d\s，,、。；;：:（(]{1,4}?(?:及以下|及以上|以下|以上)的?(?:各类|各种)?"
);

/// The text after a count with a leading size class dropped (see [`SIZE_CLASS`]).
/// `改造提升11条(段)市政路`: a second counter in brackets after a count's own (roads counted
/// whole or by stretches) is no part of the thing after it.
fn skip_alternate_counter(after: &str) -> &str {
    let Some(inner) = after.strip_prefix('(') else {
        return after;
    };
    match inner.split_once(')') {
        Some((counter, rest))
            if (1..=2).contains(&counter.chars().count()) && counter.chars().all(is_han) =>
        {
            rest
        }
        _ => after,
    }
}

fn skip_size_class(after: &str) -> &str {
    SIZE_CLASS.find(after).map_or(after, |m| &after[m.end()..])
}

/// A count of built things or named places written in Chinese numerals before their name
/// (`两条风情滨河路`, `四个城市出入口`): the scan keeps a Chinese numeral with `个` or `家` before
/// Han text only for a named place.
fn works(q: &Quantity) -> bool {
    use crate::extract::quantity::{PLACE_CLASSIFIERS, WORK_CLASSIFIERS};
    q.chinese
        && q.unit
            .as_deref()
            .is_some_and(|u| WORK_CLASSIFIERS.contains(&u) || PLACE_CLASSIFIERS.contains(&u))
}

/// Whether the text between two figures is a list mark and the aspect the second one gives
/// (`、总长度`, `和总里程`).
fn listed_aspect(between: &str) -> bool {
    between
        .strip_prefix(['、', '和', '及'])
        .is_some_and(|aspect| {
            (1..=3).contains(&aspect.chars().count()) && aspect.chars().all(is_han)
        })
}

/// What an amount of money sizes when it is the year's investment of what stands before it
/// (`66个重点项目54亿元的投资计划`).
const INVESTMENT_PLANS: &[&str] = &["的投资计划", "的投资任务", "的年度投资计划"];

/// Whether `before` ends with a list of exactly `count` names (`友联、友好` before `两个新村`),
/// each of one to eight Han characters (the first may carry the verb before it); a middle dot
/// joins two places into one name (`定州、涿州、白沟·白洋淀温泉城三个次中心城市`).
fn apposition_count(before: &str, count: f64) -> bool {
    let tail = before
        .rsplit(['，', ',', '；', ';', '：', ':'])
        .next()
        .unwrap_or(before);
    let items: Vec<&str> = tail.split(['、', '和']).collect();
    items.len() >= 2
        && items.len() as f64 == count
        && items.iter().all(|i| {
            let han = i.chars().filter(|c| *c != '·').count();
            (1..=8).contains(&han) && i.chars().all(|c| is_han(c) || c == '·')
        })
}

/// Whether `N的…` after a verb of work is the amount of that work (`完成9.2公里的城区供水主管网
/// 改造`, `完成21万平方米的中央公园景观…建设`), not a size inside a name: money (`投资4800万元的
/// 广场`) and capacities (`年产5万吨的项目`) stay names.
fn work_on_counted(q: &Quantity, before: &str) -> bool {
    let verb = before
        .trim_end()
        .trim_end_matches(|c: char| !is_han(c))
        .to_string();
    !is_money(q)
        && !q
            .base_unit
            .as_deref()
            .is_some_and(|u| CAPACITY_UNITS.contains(&u))
        && (ACTION_VERBS.iter().any(|v| verb.ends_with(v))
            || COMPLETION_VERBS.iter().any(|v| verb.ends_with(v)))
}

/// The thing named after a figure, up to the end of its list item (`节水灌溉、哈克镇…` →
/// `节水灌溉`, `回迁房等开发项目` → `回迁房`).
fn thing_after(after: &str) -> String {
    let after = after.strip_prefix('的').unwrap_or(after);
    if let Some(name) = quoted_name(after) {
        return name;
    }
    let cut = after.find(['、', '等', ',', '，']).unwrap_or(after.len());
    let mut item = &after[..cut];
    // `4座现代化的垃圾中转站`: a modifier joined by `的` describes the thing after it; a noun
    // there owns it (`36个老旧小区的既有建筑节能改造` → `老旧小区既有建筑节能改造`).
    if let Some(k) = item.find('的')
        && k > 0
    {
        let (left, right) = (&item[..k], &item[k + '的'.len_utf8()..]);
        // `5.3公里道路的建设任务`: the task of a work is the work.
        let right = right
            .strip_suffix("任务")
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(right);
        let thing = thing_after(right);
        if !thing.is_empty() {
            // A place the segmenter tags otherwise (`城市出入口的生态景观建设`: `出入口` is
            // tagged as an idiom) owns the thing too.
            let owner_is_noun = noun_run(left) == left
                && (crate::text::words::tag(left)
                    .last()
                    .is_some_and(|(_, t)| t.starts_with('n') && *t != "nr")
                    || crate::extract::quantity::is_place(left));
            return if owner_is_noun {
                format!("{left}{thing}")
            } else {
                thing
            };
        }
        // `7个小区的节能改造`, `163栋楼体的亮化`, `22.8公里道路的扩建和绿化`: the things
        // counted, then the work done on them, which names no noun of its own; what is
        // counted is that work on those things (`小区节能改造`), not the things alone.
        // A work, not a thing: the grammar finds no noun in it (`节能改造`, `亮化`, `改扩建`).
        let only_work = (2..=8).contains(&right.chars().count())
            && right.chars().all(is_han)
            && !right.starts_with(['和', '及', '与'])
            && clean_subject(right).is_empty()
            && crate::text::words::tag(right).iter().all(|(w, t)| {
                (t.starts_with('v') || *t == "j")
                    && !COMPLETION_VERBS.contains(w)
                    && !PREDICATE_VERBS.contains(w)
                    || LIST_MARKS.contains(w)
            });
        let owner = noun_run(left);
        if only_work
            && owner == left
            && owner.chars().count() >= 2
            && crate::text::words::tag(left)
                .last()
                .is_some_and(|(_, t)| t.starts_with('n') && *t != "nr")
        {
            return format!("{left}{right}");
        }
    }
    for sep in ['和', '及', '与'] {
        if let Some(k) = item.find(sep)
            && item[..k].chars().count() >= 2
            && !item[k..].starts_with(NOT_A_LIST_MARK)
        {
            item = &item[..k];
        }
    }
    let run = noun_run(item);
    if run.is_empty()
        && let Some(described) = described_noun(item)
    {
        return described.to_string();
    }
    // `新推动5500家以上企业“小升规”`: a short quoted term closing the item after the things
    // counted names what they go through (firms moving above the size threshold, `上云`,
    // `触网`); it is part of what is counted (`“小升规”企业`), not another thing.
    if let Some(term) = quoted_change(&item[run.len()..])
        && run.chars().count() >= 2
    {
        return format!("“{term}”{}", clean_subject(run));
    }
    let thing = clean_subject(if run.is_empty() { item } else { run });
    // `完成30座公厕新建改造`: the object of a count may be a noun and the work done on it,
    // which the subject grammar reads as a predicate; the work is part of what is counted.
    let noun_first = crate::text::words::tag(run)
        .first()
        .is_some_and(|(_, t)| t.starts_with('n'));
    if thing.is_empty() && noun_first && run.chars().count() >= 3 {
        return run.to_string();
    }
    // `确保…等50项重点项目竣工投产`, `140项重点项目开工建设`: a count of works at a stage counts
    // the works that reach it, not all of them (the review's `实施重点项目502项` is another
    // figure); the stage is part of what is counted.
    match stage_after(&item[run.len()..]) {
        Some(stage) if !thing.is_empty() && run.ends_with(thing.as_str()) => {
            format!("{thing}{stage}")
        }
        _ => thing,
    }
}

/// A short quoted term that is all that is left of an item (`“小升规”`, `“上云”`): two to four
/// Chinese characters inside the quotes, nothing after them but punctuation.
fn quoted_change(rest: &str) -> Option<&str> {
    let inner = rest.strip_prefix('“')?;
    let end = inner.find('”')?;
    let term = &inner[..end];
    let after = &inner[end + '”'.len_utf8()..];
    ((2..=4).contains(&term.chars().count())
        && term.chars().all(is_han)
        && !after.chars().any(is_han))
    .then_some(term)
}

/// The stage of works that alone ends an item after its noun (`竣工投产`, `开工建设`,
/// `建成投用`): completion verbs, with `建设` after one of them.
fn stage_after(rest: &str) -> Option<&str> {
    let rest = rest.trim_end_matches(|c: char| !is_han(c));
    let tagged = crate::text::words::tag(rest);
    let stage = !tagged.is_empty()
        && tagged.iter().enumerate().all(|(k, (w, _))| {
            COMPLETION_VERBS.contains(w) || k > 0 && matches!(*w, "建设" | "使用")
        });
    stage.then_some(rest)
}

/// `研发投入强度达2.6以上`: a percentage written without its sign, after the name of an
/// indicator the vocabulary gives in percent, ending the clause. Read as a share with the
/// unit flagged as lost (the judge says it compared the number as written).
fn share_without_sign(clause: &str, cx: &Context) -> Option<Indicator> {
    let end = clause.trim_end_matches(['。', '；', ';', ',', '，']);
    let (body, bound) = [
        ("以上", Bound::AtLeast),
        ("左右", Bound::About),
        ("以内", Bound::AtMost),
    ]
    .iter()
    .find_map(|(w, b)| end.strip_suffix(w).map(|rest| (rest, *b)))
    .unwrap_or((end, Bound::Exact));
    let digits = body
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .count();
    let at = body.len() - digits;
    let number: f64 = body[at..].parse().ok()?;
    let verb = ["达到", "达", "为", "保持在"]
        .iter()
        .find(|v| body[..at].ends_with(*v))?;
    let name = clean_subject(&body[..at - verb.len()]);
    let entry = crate::extract::vocabulary::vocabulary().lookup(&name)?;
    if entry.unit != "percent" || !(0.0..100.0).contains(&number) || digits == 0 {
        return None;
    }
    let mut ind = cx.indicator(name, Measure::Share, clause);
    ind.value = Some(number);
    ind.base_value = Some(number);
    ind.unit = Some("%".to_string());
    ind.base_unit = Some("%".to_string());
    ind.bound = bound;
    ind.written = clause[clause.find(verb).unwrap_or(0)..end.len()].to_string();
    ind.intent = cx.intent(clause, at);
    ind.flags.push(Flag::UnitLost);
    Some(ind)
}

/// The grade a count stands before when a list of grades follows (`千亿级、`, `省级和`).
fn listed_grade(after: &str) -> Option<&str> {
    let grade = after.trim().strip_suffix(['、', '和', '及'])?;
    ((2..=4).contains(&grade.chars().count()) && grade.ends_with('级') && grade.chars().all(is_han))
        .then_some(grade)
}

/// The head after the last grade of such a list (`百亿级开发区` → `开发区`).
fn graded_head(after: &str) -> Option<String> {
    let at = after.find('级')?;
    if after[..at].chars().count() > 3 {
        return None;
    }
    let head = thing_after(&after[at + '级'.len_utf8()..]);
    (head.chars().count() >= 2).then_some(head)
}

/// A name in quotes right after a count (`10座“24小时图书馆”开馆`, `3个“智慧社区”示范点`): the
/// thing counted, with the noun that follows the quotes if one does (`“智慧社区”示范点`); the
/// verb after it is the target's (`开馆`). At most twelve characters inside, digits allowed.
fn quoted_name(after: &str) -> Option<String> {
    let inner = after.strip_prefix('“')?;
    let end = inner.find('”')?;
    let name = &inner[..end];
    let ok = (2..=12).contains(&name.chars().count())
        && name.chars().any(is_han)
        && name.chars().all(|c| is_han(c) || c.is_ascii_alphanumeric());
    if !ok {
        return None;
    }
    let rest = &inner[end + '”'.len_utf8()..];
    let noun = noun_run(rest);
    // Not an opening the segmenter tags as a noun (`开馆`, `开园`) or a stage (`投用`).
    let a_noun = crate::text::words::tag(noun)
        .first()
        .is_some_and(|(_, t)| t.starts_with('n'))
        && !noun.starts_with('开')
        && !COMPLETION_VERBS.iter().any(|v| noun.starts_with(v));
    let noun = if a_noun && noun.chars().count() >= 2 && !clean_subject(noun).is_empty() {
        noun
    } else {
        ""
    };
    Some(if noun.is_empty() {
        name.to_string()
    } else {
        format!("“{name}”{noun}")
    })
}

/// A slate of projects written with its count and its total investment around one noun
/// (`抓好…等总投资6074亿元的813个省市重点项目建设`, `抓好…等27个总投资69.5亿元的重点项目建设`,
/// `总投资313.9亿元的75个千万元以上重点项目`, a size class before the noun): city and county
/// plans size their list of key projects so. The thing is the noun after
/// both figures, without a trailing `建设`.
struct Slate {
    thing: String,
    /// Whether the count comes before the total (`27个总投资69.5亿元的…`).
    count_first: bool,
}

/// The slate whose first figure is `quantities[i]`, if the text has that shape.
fn slate(clause: &str, quantities: &[Quantity], i: usize) -> Option<Slate> {
    let (a, b) = (quantities.get(i)?, quantities.get(i + 1)?);
    let between = clause[a.end..b.start].trim();
    let after =
        skip_size_class(&clause[b.end..quantities.get(i + 2).map_or(clause.len(), |n| n.start)]);
    let count_first = if is_money(a) && b.is_count() {
        let total = clause[..a.start].trim_end().ends_with("总投资") && between == "的";
        if !total {
            return None;
        }
        false
    } else if a.is_count() && is_money(b) && between == "总投资" {
        true
    } else {
        return None;
    };
    let named = if count_first {
        after.strip_prefix('的')?
    } else {
        after
    };
    if !noun_follows(named) {
        return None;
    }
    let thing = thing_after(named);
    let thing = thing
        .strip_suffix("建设")
        .filter(|t| t.chars().count() >= 2)
        .map_or(thing.clone(), str::to_string);
    (thing.chars().count() >= 2).then_some(Slate { thing, count_first })
}

/// A counted noun described by the verb right before it, which opens the text (`共享工厂`,
/// `在建项目投产达效` → `在建项目`, `示范企业`, `补充耕地任务`): after a count, what follows is
/// the thing counted, so a two-character verb there describes it (shared factories, projects
/// under construction). Verbs of doing, of stage and of predicate (`改造`, `完成`, `推进`) do
/// not: `改造老旧小区` names the work. A subject of this shape is a noun phrase too.
pub fn described_noun(text: &str) -> Option<&str> {
    let tagged = subject_tags(text);
    let [(verb, tag), (_, next), ..] = tagged.as_slice() else {
        return None;
    };
    let describes = tag.starts_with('v')
        && verb.chars().count() == 2
        && next.starts_with('n')
        && !COMPLETION_VERBS.contains(verb)
        && !PREDICATE_VERBS.contains(verb)
        && !ACTION_VERBS.contains(verb);
    if !describes {
        return None;
    }
    let rest = &text[verb.len()..];
    let noun = clean_subject(noun_run(rest));
    (!noun.is_empty() && rest.starts_with(&noun)).then(|| &text[..verb.len() + noun.len()])
}

/// The noun phrase that opens a text: `主干道路完工` → `主干道路`; a one-character verb
/// between nouns is a piece of a name the segmenter cut apart (`背/街巷/道`).
pub(crate) fn noun_run(item: &str) -> &str {
    let tagged = subject_tags(item);
    let mut end = 0;
    for (k, (w, t)) in tagged.iter().enumerate() {
        let opens = k == 0
            && !(t.starts_with('n')
                || matches!(*t, "vn" | "a" | "b" | "j" | "l" | "an" | "eng")
                || t.starts_with('v') && w.chars().count() == 1);
        let stops = matches!(*t, "x" | "p" | "r" | "d" | "ad" | "y" | "e" | "o")
            || t.starts_with('u')
            || matches!(*w, "和" | "及" | "与" | "或" | "并" | "、")
            || t.starts_with('v') && (COMPLETION_VERBS.contains(w) || PREDICATE_VERBS.contains(w));
        if opens || stops {
            break;
        }
        end += w.len();
    }
    &item[..end]
}

/// A text that is only a short predicate of a stage of works (`、新开工`, `基本建成`), trimmed.
fn bare_stage(before: &str) -> Option<&str> {
    let t = before.trim_matches(|c: char| !is_han(c));
    let t = t.strip_prefix("其中").unwrap_or(t);
    // The year it is set for says nothing of the stage (`今年新开工700万套`).
    let t = ["今年", "年内", "全年"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .unwrap_or(t);
    let tagged = crate::text::words::tag(t);
    // A word holding a completion verb is one whatever its tag (`新开工` comes out as `nz`).
    let verbal =
        |w: &str, tag: &str| tag.starts_with('v') || COMPLETION_VERBS.iter().any(|v| w.contains(v));
    let stage = !t.is_empty()
        && t.chars().count() <= 4
        && COMPLETION_VERBS.iter().any(|v| t.contains(v))
        && tagged.last().is_some_and(|(w, tag)| verbal(w, tag))
        && tagged
            .iter()
            .all(|(w, tag)| verbal(w, tag) || matches!(*tag, "d" | "a" | "ad"));
    stage.then_some(t)
}

/// A subject without the predicate of stage at its end (`城镇保障性住房基本建成` →
/// `城镇保障性住房`).
fn noun_part(subject: &str) -> &str {
    let tagged = crate::text::words::tag(subject);
    let mut end = subject.len();
    for (w, t) in tagged.iter().rev() {
        // `基本` of `基本建成` is an adverb the segmenter tags as a noun.
        if t.starts_with('v') && *t != "vn" || matches!(*t, "d" | "ad") || *w == "基本" {
            end -= w.len();
        } else {
            break;
        }
    }
    if end == 0 { subject } else { &subject[..end] }
}

/// Verbs that report a thing's state, never part of its name (`主干道路完工`).
const COMPLETION_VERBS: &[&str] = &[
    "完工", "竣工", "建成", "投用", "通车", "开工", "投产", "运营", "完成", "实现", "开放", "启用",
];

/// The object of an earlier clause of the sentence that a figure without a noun counts: the
/// one whose verb the figure's clause repeats (`发行超长期特别国债，…先发行1万亿元`), else, for a
/// count, the last thing acted on (`设置平价蔬菜超市，年内完成20个`).
fn echoed_object(before: &str, previous: &[&str], count: bool) -> Option<String> {
    let tagged = crate::text::words::tag(before);
    // A figure whose own clause names things (`新增省级以上企业技术中心、重点实验室等250家`)
    // counts those, even when no subject could be cut from them.
    // (`新开工` is tagged as a noun, but it is a stage.)
    if tagged.iter().any(|(w, t)| {
        t.starts_with('n')
            && w.chars().count() >= 2
            && !COMPLETION_VERBS.iter().any(|v| w.contains(v))
    }) {
        return None;
    }
    let verbs: Vec<&str> = tagged
        .into_iter()
        .filter(|(w, t)| t.starts_with('v') && w.chars().count() >= 2)
        .map(|(w, _)| w)
        .collect();
    for clause in previous.iter().rev() {
        for v in &verbs {
            if let Some(k) = clause.rfind(v) {
                let object = clean_subject(&clause[k + v.len()..]);
                if object.chars().count() >= 2 && !object.contains(['、', '和']) {
                    return Some(object);
                }
            }
        }
    }
    // An amount of work with a verb of planning only (`继续实施退耕还林还草，今年拟安排500万亩`)
    // is the size of the work just named, as a count is.
    let planned = verbs.iter().any(|v| ["安排", "实施", "完成"].contains(v));
    if !count && !planned {
        return None;
    }
    let last = previous.last()?;
    let object = clean_subject(last);
    (object.chars().count() >= 3 && !object.contains(['、', '和'])).then_some(object)
}

/// An indicator the vocabulary knows, named without a figure by a clause before a bare rate
/// (State Council 1995: `确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右`): the
/// figure is its target. The name is what stands before the comparison or the verb that
/// says where it goes (`比去年`, `要`, `有`).
fn known_before(previous: &[&str]) -> Option<String> {
    let vocabulary = crate::extract::vocabulary::vocabulary();
    previous
        .iter()
        .rev()
        .filter(|c| !c.contains(|ch: char| ch.is_ascii_digit()))
        .find_map(|c| {
            let end = ["比去年", "比上年", "较去年", "较上年", "要", "有"]
                .iter()
                .filter_map(|w| crate::text::find(c, w))
                .min()
                .unwrap_or(c.len());
            let name = clean_subject(&c[..end]);
            vocabulary.lookup(&name).is_some().then_some(name)
        })
}

/// Heads that name an aspect common to many things (`投资`, `产值`): bare, they do not say whose
/// it is, so they take an owner from the discourse (see [`owner`]). `总投资` (the size of a
/// slate of projects) is not `投资` (what was spent in the year).
pub const GENERIC_HEADS: &[&str] = &[
    "总投资",
    "投资",
    "总产值",
    "产值",
    "总产量",
    "产量",
    "资金",
    "重点项目",
    "重大项目",
    "项目",
];

/// Subsidies named without what they pay for (see [`owner`]).
const SUBSIDY_HEADS: &[&str] = &["财政补助标准", "财政补助", "补助标准", "补助资金"];

/// Tails that name an aspect of a thing: dropped to find the thing itself when a later bare
/// head is about it (`地产蔬菜种植面积达到2万亩，产量达到15万吨` → `地产蔬菜产量`; `粮食播种面积
/// 3320万亩、总产量1280万吨` → `粮食总产量`).
const ASPECT_TAILS: &[&str] = &[
    "播种面积",
    "种植面积",
    "面积",
    "总产量",
    "产量",
    "总产值",
    "产值",
    "总投资",
    "投资",
    "规模",
    "数量",
];

/// Nouns of a quality or a state: a topic ending in one (`区域商贸中心地位不断增强`) is an
/// assessment, not a thing that owns an investment.
const QUALITY_NOUNS: &[&str] = &[
    "地位", "水平", "能力", "质量", "环境", "体系", "机制", "作用", "成效", "步伐", "进程", "力度",
    "工作", "形势", "态势",
];

/// The thing a clause is about: its object or last noun phrase (`全力建设中俄蒙国际物流园区`),
/// else the nouns it opens with (`园区基础设施开工建设`), without a trailing `建设`, `工作`,
/// `发展`; `None` when shorter than `least` characters or a quality (`…地位`).
fn topic_of(clause: &str, least: usize) -> Option<String> {
    let trim = |p: &str| -> String {
        let mut p = p.to_string();
        for tail in ["建设", "工作", "发展"] {
            if let Some(rest) = p.strip_suffix(tail)
                && rest.chars().count() >= 2
            {
                p = rest.to_string();
            }
        }
        p
    };
    let good = |p: &str| {
        p.chars().count() >= least
            && !QUALITY_NOUNS.iter().any(|q| p.ends_with(q))
            && !p.contains(['、', '和', '及'])
            && !GENERIC_HEADS.contains(&p)
    };
    let last = trim(&clean_subject(clause));
    if good(&last) {
        return Some(last);
    }
    let lead: String = crate::text::words::tag(clause)
        .into_iter()
        .take_while(|(_, t)| t.starts_with('n') || matches!(*t, "j" | "b"))
        .map(|(w, _)| w)
        .collect();
    let lead = trim(&lead);
    good(&lead).then_some(lead)
}

/// A paragraph's [`paragraph_topic`], worked out the first time it is asked for.
struct Topic<'a> {
    text: &'a str,
    topic: std::cell::OnceCell<Option<String>>,
}

impl<'a> Topic<'a> {
    fn new(text: &'a str) -> Topic<'a> {
        Topic {
            text,
            topic: std::cell::OnceCell::new(),
        }
    }

    fn get(&self) -> Option<&str> {
        self.topic
            .get_or_init(|| paragraph_topic(self.text))
            .as_deref()
    }
}

/// The topic of a paragraph whose first sentence is a heading-like phrase (`全面加快东山组团建设。`,
/// `高标准高质量推进雄安新区建设。`, at most 24 characters and one clause).
fn paragraph_topic(text: &str) -> Option<String> {
    let first = sentences(text).into_iter().next()?;
    let first = first.trim().trim_end_matches(['。', '!', '?', ';', '…']);
    if first.chars().count() > 24 || clauses(first).len() > 1 {
        return None;
    }
    // `一是全面坚持高标准建设。`: the enumerator is no part of the theme.
    let first = without_enumerator(first);
    // `旧城区面貌要明显改善。投资10.6亿元…`, `新城区建设要全面加快。`: a heading that says what
    // must happen to its theme; the theme is what stands before the modal verb, without the
    // quality it speaks of (`面貌`), not the predicate (`明显改善`).
    if let Some(k) = ["要", "将"].iter().filter_map(|m| first.find(m)).min()
        && k > 0
    {
        let theme = &first[..k];
        let theme = ["面貌", "形象", "环境", "水平"]
            .iter()
            .find_map(|q| theme.strip_suffix(q))
            .filter(|t| t.chars().count() >= 2)
            .unwrap_or(theme);
        return topic_of(theme, 3);
    }
    topic_of(first, 4)
}

/// Whose a bare generic head (`投资`, `产值`) is, from what came before it: the previous
/// subject of the sentence without its aspect (`马铃薯总产量…，实现产值2.5亿元` → `马铃薯`), the
/// paragraph's topic (`全面加快东山组团建设。年内计划投资64.8亿元` → `东山组团`), or what the
/// sentence's first clause is about (`全力建设中俄蒙国际物流园区，全年计划投资3亿元`).
fn owner(last_subject: Option<&str>, previous: &[&str], cx: &Context) -> Option<String> {
    if let Some(last) = last_subject {
        let mut thing = last;
        if let Some(tail) = ASPECT_TAILS
            .iter()
            .filter(|t| last.ends_with(*t))
            .max_by_key(|t| t.len())
        {
            thing = &last[..last.len() - tail.len()];
        }
        if thing.chars().count() >= 2 {
            return Some(widened(thing, previous).unwrap_or_else(|| thing.to_string()));
        }
    }
    if let Some(topic) = (!cx.in_topic_sentence).then(|| cx.topic.get()).flatten() {
        return Some(topic.to_string());
    }
    previous.first().and_then(|c| topic_of(c, 3))
}

/// A broad owner (`项目` of `项目总投资…，年度计划完成投资75.5亿元`) named in full earlier in
/// the sentence (`我区安排重点项目105个`): the full name (`重点项目`), so that the investment
/// is not taken for any project's.
fn widened(thing: &str, previous: &[&str]) -> Option<String> {
    if !["项目", "工程", "企业"].contains(&thing) {
        return None;
    }
    previous.iter().find_map(|c| {
        let before_figure = &c[..c.find(|ch: char| ch.is_ascii_digit()).unwrap_or(c.len())];
        let named = clean_subject(before_figure);
        (named.ends_with(thing) && named != thing && named.chars().count() <= 8).then_some(named)
    })
}

/// The work a clause that ends on a bare investment goes on to name (`投资6.6亿元,实施湖滨
/// 景区的基础设施建设` → `湖滨景区基础设施`): the clause after it opens with a verb of doing,
/// and its object is what the money is spent on. County plans size their works so.
/// Not a work sized by a figure of its own (`实施重点项目32个`, `实施5个村饮水安全工程`): the
/// money is then the whole slate's, whose owner the discourse gives.
fn forward_owner(next: &str) -> Option<String> {
    let next = next.trim();
    if next.contains(|c: char| c.is_ascii_digit()) || !scan(next).is_empty() {
        return None;
    }
    let verb = ACTION_VERBS.iter().find(|v| next.starts_with(*v))?;
    let object = next[verb.len()..].replacen('的', "", 1);
    topic_of(&object, 4)
}

/// A comparison the review makes with a wider area (`地区生产总值增长4.7%、低于全国0.3个百分点`,
/// `规上工业增加值增长6.7%、高于全国0.8个百分点`: provincial reports of the 2020s after each
/// figure): the gap is no figure of an indicator of its own. Only in percentage points, right
/// after the comparison; a plan's gap (`研发投入增速高于全省平均2个百分点以上`) is a target.
fn gap_to_a_wider_area(clause: &str, q: &Quantity) -> bool {
    static GAP: Pattern = prepared!(
        r"(?:高于|低于|快于|慢于|领先|超过|超出)(?:全国|全省|全市|全区|全县|全州|全盟)(?:平均水平|平均|水平)?$"
    );
    q.unit.as_deref() == Some("个百分点")
        && GAP.is_match(crate::text::suffix_chars(&clause[..q.start], 12))
}

/// A target stated in words from `at` on (`保持正增长`, `高于上年`), with that as its written
/// form and the intent words before it.
fn worded_from(cx: &Context, mut ind: Indicator, clause: &str, at: usize) -> Indicator {
    ind.written = clause[at..]
        .trim_end_matches(['。', '；', ';', '，', ','])
        .to_string();
    ind.intent = cx.intent(clause, at);
    ind
}

/// Verbs that set a task to work on rather than a state to reach: a worded figure right
/// after its subject in a clause they open (`推进审计全覆盖`, `加快智能政务全覆盖`) names the
/// work, not a target; with a verb of reaching before the figure (`推动生态质量指数保持全市最优`)
/// it is one.
const TASK_VERBS: &[&str] = &[
    "推进", "推动", "加快", "启动", "开展", "加强", "深化", "探索",
];

/// A target written in words without a digit (`data/worded_figures.txt`: Dapeng 2023
/// `空气质量综合指数保持全市最优`, `河流水质总体达到Ⅳ类以上`; Luohu 2017 `发明专利申请量翻番`,
/// `实现家庭医生签约覆盖率、社康中心诊疗量占比“双过半”`), one for each thing listed before it,
/// read as the figure it means. In a review only the states a review repeats (a rank, a
/// class, a zero). True when the clause gave one.
fn worded_figure(clause: &str, cx: &Context, out: &mut Vec<Indicator>) -> bool {
    let in_review = cx.role == IndicatorRole::Actual;
    let Some((w, from, at)) = super::worded::find(clause, in_review) else {
        return false;
    };
    let opened_by_task = TASK_VERBS.iter().any(|v| clause.starts_with(v));
    if opened_by_task && from == at {
        return false;
    }
    // `…占比“双过半”`: the quote and the `双` saying the figure holds for both.
    let raw = clause[..from].trim_end_matches('“');
    let raw = raw.strip_suffix('双').unwrap_or(raw).trim_end_matches('“');
    let subject = if w.object_after {
        // A short object only: `彻底消除长期威胁人民群众生命财产安全的重大安全隐患` names a
        // danger to remove, not a count to bring to zero.
        let object = &clause[at + w.phrase.len()..];
        if object.contains('的') {
            return false;
        }
        clean_subject(object)
    } else {
        clean_subject(raw)
    };
    // Three characters at least: `进村全覆盖` says where a service reaches, it names nothing.
    if subject.chars().count() < 3 {
        return false;
    }
    // Each thing a noun phrase: in `实现农村稳定可靠供电服务…全覆盖` (State Council 2016) the
    // words before the figure name a service to extend, work rather than an indicator.
    let named = |item: &str| noun_phrase(item) == item || described_noun(item) == Some(item);
    let before = out.len();
    for item in split_items(&subject).into_iter().filter(|i| named(i)) {
        let mut ind = cx.indicator(item, w.measure, clause);
        ind.value = Some(w.value);
        ind.base_value = Some(w.value);
        ind.unit = w.unit.map(str::to_string);
        ind.base_unit = ind.unit.clone();
        ind.bound = w.bound;
        let mut ind = worded_from(cx, ind, clause, from);
        ind.written = ind.written.trim_end_matches(['”', '"']).to_string();
        out.push(ind);
    }
    out.len() > before
}

fn extract_clause(
    clause: &str,
    cx: &Context,
    previous: &[&str],
    last_subject: &mut Option<String>,
    out: &mut Vec<Indicator>,
) {
    // Whether the clause has a digit, for the rules of plans without figures below; each of
    // their word lists is looked for only when a word all its entries hold is in the clause.
    let digits = clause.bytes().any(|b| b.is_ascii_digit());
    // A rise set below last year's own (`物价上涨幅度比去年的实际涨幅低一些`): a ceiling at last
    // year's actual, which [`extract`] reads from the review.
    if cx.role == IndicatorRole::Target
        && !digits
        && crate::text::find(clause, "去年").is_some()
        && let Some(at) = BELOW_LAST_YEAR
            .iter()
            .find_map(|w| crate::text::find(clause, w))
    {
        let subject = clean_subject(&clause[..at]);
        if !subject.is_empty() {
            let mut ind = cx.indicator(subject, Measure::Growth, clause);
            ind.bound = Bound::AtMost;
            ind.written = clause[at..].to_string();
            out.push(ind);
            return;
        }
    }
    // A rise of any size set as the target (`出口总值保持正增长`, `经济实现正增长`): a floor of
    // 0 %, so that a target of `增长6%` the year before reads as lowered. Only in a plan: in a
    // review `实现正增长` reports an outcome without a figure.
    if cx.role == IndicatorRole::Target
        && !digits
        && crate::text::find(clause, "正增长").is_some()
        && let Some(at) = ["保持正增长", "实现正增长", "确保正增长"]
            .iter()
            .find_map(|w| crate::text::find(clause, w))
    {
        let subject = clean_subject(&clause[..at]);
        if subject.chars().count() >= 2 {
            let mut ind = cx.indicator(subject, Measure::Growth, clause);
            ind.value = Some(0.0);
            ind.unit = Some("%".into());
            ind.base_unit = Some("%".into());
            ind.base_value = Some(0.0);
            ind.bound = Bound::AtLeast;
            out.push(worded_from(cx, ind, clause, at));
            return;
        }
    }
    // No rise at all (State Council 2011: `出国(境)经费、车辆购置及运行费、公务接待费等支出原则上
    // 零增长`, 2015: `促进重点区域煤炭消费零增长`): a ceiling of 0 %, for the things listed
    // together. Only in a plan.
    if cx.role == IndicatorRole::Target
        && !digits
        && let Some(at) = crate::text::find(clause, "零增长")
    {
        let mut from = at;
        for word in ["原则上", "实现", "保持", "坚持", "确保", "力争"] {
            if clause[..from].ends_with(word) {
                from -= word.len();
            }
        }
        let raw = &clause[..from];
        let mut subjects = vec![clean_subject(raw)];
        // `…公务接待费等支出`: the things listed before `等`, each a noun phrase of its own (the
        // grammar cuts the list as a whole apart: `费、公务接待费`).
        if subjects[0].is_empty()
            && let Some(k) = raw.rfind('等')
            && raw[k + '等'.len_utf8()..].chars().count() <= 3
        {
            subjects = raw[..k]
                .split('、')
                .map(str::trim)
                .filter(|item| noun_phrase(item) == *item)
                .map(str::to_string)
                .collect();
        }
        subjects.retain(|s| s.chars().count() >= 2);
        // `实施化肥农药零增长行动`: the name of a programme, no target of its own.
        let named = ["行动", "计划", "工程", "方案"]
            .iter()
            .any(|w| clause[at + "零增长".len()..].starts_with(w));
        if !subjects.is_empty() && !named {
            for subject in subjects {
                let mut ind = cx.indicator(subject, Measure::Growth, clause);
                ind.value = Some(0.0);
                ind.unit = Some("%".into());
                ind.base_unit = Some("%".into());
                ind.base_value = Some(0.0);
                ind.bound = Bound::AtMost;
                out.push(worded_from(cx, ind, clause, from));
            }
            return;
        }
    }
    // Targets in words, each in a piece of the clause without a figure (`多措并举确保违建零增量，
    // 消减存量同比增长1倍以上` comes as one clause): the clause is done when it has no figure.
    let mut worded = false;
    for piece in clause.split(['，', ',']) {
        if !piece.bytes().any(|b| b.is_ascii_digit()) {
            worded |= worded_figure(piece, cx, out);
        }
    }
    if worded && !digits {
        return;
    }
    // An amount set above last year's (State Council budgets of the 2000s: `今年财政支农投入的
    // 增量要继续高于上年`, `用于西部大开发的投入高于上年`): a relative target whose benchmark is
    // the same amount a year before. Only in a plan and without a figure of its own; in a
    // review `增幅高于上年` states an outcome, not a target.
    if cx.role == IndicatorRole::Target
        && !digits
        && crate::text::find(clause, "高于").is_some()
        && let Some(at) = ABOVE_LAST_YEAR
            .iter()
            .find_map(|w| crate::text::find(clause, w))
    {
        let mut raw = &clause[..at];
        while let Some(rest) = ["要", "继续", "明显", "都", "均", "应", "必须", "仍"]
            .iter()
            .find_map(|w| raw.strip_suffix(w))
        {
            raw = rest;
        }
        // `即:用于…的投入`: what stands before the colon introduces the list.
        let raw = raw.rsplit(['：', ':']).next().unwrap_or(raw);
        // `财政支农投入的增量`: when the grammar cannot name the increment (it keeps only
        // `增量`), the amount it is the increment of names the target.
        let mut subject = clean_subject(raw);
        if subject.chars().count() <= 2
            && let Some(amount) = raw
                .strip_suffix("的增量")
                .or_else(|| raw.strip_suffix("增量"))
        {
            subject = clean_subject(amount);
        }
        // `用于基础教育和公共卫生等社会事业的投入`: the amount, not the kind of its examples.
        let whole = noun_phrase(raw);
        if whole.len() > subject.len() && raw.ends_with(&whole) {
            subject = whole;
        }
        if subject.chars().count() > 2 {
            let mut ind = cx.indicator(subject, Measure::Relative, clause);
            ind.relation = Some(Relation::Above);
            out.push(worded_from(cx, ind, clause, at));
            return;
        }
    }
    // A cap set by the year's plan or budget, or by last year's own amount, with no number in
    // the text (State Council plans of the 1980s-90s: `坚决把货币发行量控制在国家计划的范围之内`,
    // `使赤字不突破预算`, `务使财政赤字不突破计划规定的数额`, `中央财政赤字不能比上年扩大`): a
    // relative target below a benchmark the review gives no figure for, so it is judged
    // `unclear` when the review reports the indicator and `unreported` when it is silent. Only
    // in a plan: a review's `财政赤字控制在预算目标之内` says how the year went.
    if cx.role == IndicatorRole::Target
        && !digits
        && ["计划", "预算", "上年"]
            .iter()
            .any(|w| crate::text::find(clause, w).is_some())
        && let Some(cap) = CAP_WITHOUT_NUMBER.find(clause)
    {
        let mut raw = &clause[..cap.start()];
        while let Some(rest) = [
            "要", "继续", "严格", "坚决", "务必", "必须", "应", "都", "均",
        ]
        .iter()
        .find_map(|w| raw.strip_suffix(w))
        {
            raw = rest;
        }
        let raw = raw
            .strip_suffix("使")
            .or_else(|| raw.strip_suffix("务使"))
            .unwrap_or(raw);
        let subject = clean_subject(raw);
        if subject.chars().count() >= 2 {
            let mut ind = cx.indicator(subject, Measure::Relative, clause);
            ind.relation = Some(Relation::Below);
            out.push(worded_from(cx, ind, clause, cap.start()));
            return;
        }
    }
    // A comparison with GDP growth (`一般公共预算收入、城乡居民收入高于经济增长`) or with another
    // benchmark (`全社会研发投入增速高于全国平均水平`, `劳动报酬增长和劳动生产率提高同步`).
    // Growth set below a benchmark (`消费基金的增长应低于经济的增长`) is a target only in a plan;
    // in a review `增速低于全国平均水平` states how the year went.
    // (`超过全国平均水平` is a floor only in a plan too: `城乡低保标准超过全国平均水平` in a review
    // says where the standard stands.)
    if let Some(relative) = cues::relative_in(clause).filter(|r| {
        cx.role == IndicatorRole::Target
            || !matches!(
                r.rel,
                "低于" | "慢于" | "超过" | "赶上或超过" | "达到或超过"
            )
    }) {
        let in_step = relative.in_step;
        let below = matches!(relative.rel, "低于" | "慢于");
        let pairs = matches!(relative.rel, "与" | "和" | "同");
        // `网络零售额增长16%、高于全国平均水平5.1个百分点`: a gap in figures is a comparison
        // the review makes, not a target set against the benchmark.
        let gap = clause[relative.end..].starts_with(|c: char| c.is_ascii_digit());
        if (!pairs || in_step) && !gap {
            let whole = relative.start..relative.end;
            // Targets of their own listed before the relative one, each with its figure
            // (`生产总值增长5.5%左右、城镇调查失业率控制在5%以内、居民可支配收入与经济增长基本同步`:
            // a news story's list of the main targets): the comparison is only the last
            // items', after the last figure; the items before it are read as a clause of
            // their own.
            if let Some(last) = scan(&clause[..whole.start]).last()
                && let Some(k) = clause[last.end..whole.start].find('、')
            {
                let cut = last.end + k;
                extract_clause(&clause[..cut], cx, previous, last_subject, out);
                extract_clause(
                    &clause[cut + '、'.len_utf8()..],
                    cx,
                    previous,
                    last_subject,
                    out,
                );
                return;
            }
            let raw = &clause[..whole.start];
            // `消费基金的增长应低于经济的增长`: the modal before the relation, `的` before the
            // growth.
            let raw = raw.trim_end_matches(['应', '要']);
            let raw = raw
                .strip_suffix("增长")
                .or_else(|| raw.strip_suffix("增速"))
                .unwrap_or(raw);
            let raw = raw.strip_suffix('的').unwrap_or(raw);
            let named = clean_subject(raw);
            // `主要经济指标增速高于全国平均水平`: a set of indicators, none named.
            if named.ends_with("指标") {
                return;
            }
            let items = split_items(&named);
            let items = if items.is_empty() {
                last_subject.iter().cloned().collect()
            } else {
                items
            };
            for subject in items {
                let mut ind = cx.indicator(subject, Measure::Relative, clause);
                ind.relation = Some(if pairs {
                    Relation::InStep
                } else if below {
                    Relation::Below
                } else {
                    Relation::Above
                });
                ind.written = clause[whole.clone()].to_string();
                ind.intent = cx.intent(clause, whole.start);
                out.push(ind);
            }
            return;
        }
    }

    let mut quantities = scan(clause);
    if cx.role == IndicatorRole::Actual {
        quantities.retain(|q| !gap_to_a_wider_area(clause, q));
    }
    if quantities.is_empty()
        && let Some(ind) = share_without_sign(clause, cx)
    {
        out.push(ind);
        return;
    }
    let first_of_clause = out.len();
    let distribute_at = crate::text::find(clause, "分别");
    // `新发展家庭农场、农民合作社、农业托管服务组织6000家、3000家、2000家`: as many values
    // listed right after a list of as many items pair in order, as with `分别`.
    let (distribute_at, implicit) = match distribute_at {
        Some(p) => (Some(p), false),
        None => (
            listed_values(clause, &quantities)
                .or_else(|| list_continued(clause, &quantities, previous)),
            true,
        ),
    };
    let mut segment_start = 0;
    // Where the subject text of the next quantity ends, when a starting value (`由240元`)
    // stood between it and its subject.
    let mut subject_end: Option<usize> = None;
    // Whether the previous quantity named its thing after it (`新建5条主干道路、2台热水锅炉`):
    // then the text before the next one is that thing, not the next one's.
    let mut previous_named_after = false;
    // The noun phrase right after the previous figure (`…1.4万亿斤新台阶、…` → `新台阶`).
    let mut previous_thing: Option<String> = None;
    // The owner of figures listed before one thing (`老城区8条、12.3公里道路提升改造`), for the
    // figures after the first.
    let mut listed_owner: Option<String> = None;
    let mut i = 0;
    while i < quantities.len() {
        let q = &quantities[i];
        // `分别`: the values that follow pair with the subjects listed before it.
        if let Some(p) = distribute_at
            .filter(|p| *p >= segment_start && (*p < q.start || implicit && *p == q.start))
        {
            let values: Vec<&Quantity> = quantities[i..]
                .iter()
                .filter(|v| v.start > p || implicit && v.start == p)
                .collect();
            let raw = &clause[segment_start..p];
            let mut subjects = distributed_items(&clean_subject(raw));
            // `城镇和农村居民人均可支配收入分别达35512元、25689元,分别同比增长7.8%`: a second
            // `分别` without a subject goes on with the list of the clause before.
            // `城镇居民人均可支配收入和农村居民人均可支配收入分别增长9%和9.5%`: full names
            // listed, which the noun-phrase grammar reads as the last one; one per value.
            if subjects.len() < 2 && values.len() >= 2 {
                let listed: Vec<String> = raw
                    .split(['、', '和', '及', '与'])
                    .map(clean_subject)
                    .collect();
                // Not when the last item's head is a share or a progress the others lack: it
                // is theirs too (`专项产业基金、新增能耗…支持民间投资项目比重分别为…`).
                let share = |s: &str| {
                    ["比重", "比例", "占比", "份额", "进度", "率"]
                        .iter()
                        .any(|w| s.ends_with(w))
                };
                let shared_head =
                    listed.last().is_some_and(|l| share(l)) && listed.iter().any(|s| !share(s));
                if let Some(items) = items_before_kind(raw, values.len()) {
                    subjects = items;
                } else if listed.len() == values.len()
                    && !shared_head
                    && listed.iter().all(|s| s.chars().count() >= 2)
                    && subjects.iter().all(|s| listed.contains(s))
                {
                    subjects = listed;
                }
            }
            if subjects.is_empty() {
                subjects = list_distributed_before(previous).unwrap_or_default();
            }
            if subjects.is_empty() && values.len() >= 2 {
                subjects = amounts_before(previous, values.len()).unwrap_or_default();
            }
            if subjects.is_empty() {
                subjects = last_subject.iter().cloned().collect();
            }
            // `A、B分别完成固定资产投资10亿元、5亿元`: the measured noun follows `分别`.
            let noun = if implicit {
                String::new()
            } else {
                clean_subject(&clause[p + "分别".len()..values[0].start])
            };
            if !noun.is_empty() {
                subjects = subjects.into_iter().map(|s| format!("{s}{noun}")).collect();
            }
            let run_together = values.windows(2).any(|w| w[1].start == w[0].end);
            let measure_of_first = measure(values[0], &clause[..values[0].start]);
            // One value for a list (`…分别同比增长7.8%`) is each item's.
            if values.len() == 1 && subjects.len() > 1 {
                for subject in &subjects {
                    let mut ind =
                        from_quantity(cx, clause, values[0], subject.clone(), measure_of_first);
                    ind.written = written(clause, values[0], measure_of_first);
                    out.push(ind);
                }
                *last_subject = subjects.last().cloned();
                return;
            }
            // `A、B标准分别从每人每月202元、270元提高到209元、280元`: the values a list starts
            // from, then as many it is raised to; the targets are the second run.
            let values = match values.len().checked_sub(subjects.len()) {
                Some(n) if subjects.len() >= 2 && n == subjects.len() => {
                    let (from, to) = values.split_at(n);
                    let between = &clause[from[n - 1].end..to[0].start];
                    let opens = clause[p + "分别".len()..from[0].start]
                        .trim_start()
                        .starts_with(['从', '由']);
                    if opens && ["到", "至", "为"].iter().any(|w| between.ends_with(w)) {
                        to.to_vec()
                    } else {
                        values
                    }
                }
                _ => values,
            };
            let paired = subjects.len() == values.len();
            let first_pushed = out.len();
            for (k, v) in values.iter().enumerate() {
                let subject = if paired {
                    subjects[k].clone()
                } else {
                    subjects.join("、")
                };
                let mut ind = from_quantity(cx, clause, v, subject, measure_of_first);
                if run_together {
                    ind.flags.push(Flag::RunTogether);
                }
                if !paired {
                    ind.flags.push(Flag::Unpaired);
                }
                ind.written = written(clause, v, measure_of_first);
                out.push(ind);
            }
            // Only under a written `分别`: the Hebei 2001 gold reads `城乡居民收入增长5%和3%左右`
            // (values side by side without it) with `左右` on the rural figure alone.
            if paired && !implicit {
                share_last_bound(clause, &values, &mut out[first_pushed..]);
            }
            *last_subject = subjects.last().cloned();
            return;
        }

        // A slate of projects sized by its count and its total investment.
        if let Some(slate) = slate(clause, &quantities, i) {
            let count = &quantities[i + usize::from(!slate.count_first)];
            let total = &quantities[i + usize::from(slate.count_first)];
            let mut ind = from_quantity(cx, clause, count, slate.thing.clone(), Measure::Count);
            ind.written = written(clause, count, Measure::Count);
            out.push(ind);
            let total_subject = format!("{}总投资", slate.thing);
            let mut ind = from_quantity(cx, clause, total, total_subject, Measure::Level);
            ind.written = written(clause, total, Measure::Level);
            out.push(ind);
            *last_subject = Some(slate.thing);
            segment_start = quantities[i + 1].end;
            previous_named_after = true;
            i += 2;
            continue;
        }
        // A number inside a name: `新增产值40亿元企业…1家`, `10亿元以上重大制造业项目6个`.
        let next = quantities.get(i + 1);
        let tail = &clause[q.end..next.map_or(clause.len(), |n| n.start)];
        let spec_before = [
            "年产",
            "年处理",
            "日处理",
            "日供水",
            "总投资",
            "投资",
            "产值",
            "规模",
        ]
        .iter()
        .any(|w| clause[segment_start..q.start].ends_with(w));
        let before_q = &clause[segment_start..q.start];
        // `国务院组成部门从40个减少到29个`: a figure a change starts from is no part of a name
        // (it is skipped as a starting value below).
        let starts_change = before_q.ends_with(['从', '由'])
            && next.is_some_and(|n| {
                let between = &clause[q.end..n.start];
                between.ends_with('到') || between.ends_with('至')
            });
        // `完成65条、总长度57.9公里的城市道路新建改造`: the second figure of a list sharing one
        // work, named by its aspect, is an amount of that work too.
        let second_of_list = i > 0 && listed_aspect(before_q);
        let inside_name = (next
            .is_some_and(|n| n.is_count() || n.unit.is_none() || tail.starts_with('的'))
            && !q.is_percent()
            && tail.starts_with(is_han)
            && !tail.contains(['、', '和', '及'])
            && !tail.starts_with(['增', '下', '提', '降', '达', '占', '其', '同', '比', '较']))
            || (spec_before
                && tail.starts_with(is_han)
                && !tail.starts_with(['增', '下', '达', '以', '左']))
            || (tail.starts_with('的')
                && !q.is_percent()
                && !sizes_the_task(tail)
                && !work_on_counted(q, before_q)
                && !second_of_list
                && (!q.is_count() || !task_of_work(tail) && !people_in_a_work(q, tail)))
            || (next.is_some_and(Quantity::is_percent)
                && !q.is_percent()
                && tail.starts_with(is_han)
                && ["比例", "比重", "占比", "率"]
                    .iter()
                    .any(|w| tail.trim_end_matches(['达', '到', '为']).ends_with(w)));
        // `完成今年66个重点项目54亿元的投资计划`: an amount before the investment plan it sizes
        // is that plan's investment, a target, not a size inside a name.
        let plan_amount = is_money(q) && INVESTMENT_PLANS.iter().any(|w| tail.starts_with(w));
        let inside_name = inside_name && !starts_change && !plan_amount;
        // A capacity before the thing it sizes is part of that thing's name
        // (`大唐700万吨露天矿`, `麦多利10万吨大麦芽二期`, `东电2×35万千瓦热电联产`), not a target.
        let capacity = !q.is_percent()
            && q.base_unit
                .as_deref()
                .is_some_and(|u| CAPACITY_UNITS.contains(&u))
            && noun_follows(tail)
            && !["任务", "目标", "指标", "以上", "左右", "以内"]
                .iter()
                .any(|w| tail.starts_with(w));
        // `鼓励引导民间投资新36条`: a figure right after the adjective `新` is the name of a
        // document or a set (`新36条`), not a quantity of anything.
        let named_new = !q.chinese
            && crate::text::words::tag(&clause[segment_start..q.start])
                .last()
                .is_some_and(|&(w, t)| w == "新" && t == "a");
        // `10亿元以上项目投资增长35%`: a threshold before a noun that has a figure of its own
        // names a class of things (projects of over 1 billion yuan), it is no amount.
        let bounded = |t: &str| t.starts_with("以上") || t.starts_with("以下");
        let threshold = !q.is_percent()
            && next.is_some()
            && (bounded(tail)
                || ["以上", "以下"]
                    .iter()
                    .any(|w| clause[..q.end].ends_with(w)))
            && {
                let after = tail.trim_start_matches("以上").trim_start_matches("以下");
                let after = after.strip_prefix('的').unwrap_or(after);
                noun_follows(after) || SETTLEMENT_NOUNS.iter().any(|n| after.starts_with(n))
            };
        if inside_name || capacity || named_new || threshold {
            i += 1;
            continue;
        }

        let before = &clause[segment_start..q.start];
        // `比例从75%提高到100%`, `标准由每人每年240元提高到280元`: the figure after `从`/`由` is
        // where it starts from, not the target; the subject stands before `从`.
        // Also `基本公共卫生服务经费财政补助从人均40元提高到45元`: `人均` between `从` and the
        // figure it starts from.
        let opening = PER_PHRASES
            .iter()
            .map(|(p, _)| *p)
            .chain(["人均", "平均"])
            .find_map(|p| before.strip_suffix(p))
            .unwrap_or(before);
        let from_value = opening.ends_with(['从', '由'])
            && next.is_some_and(|n| {
                let between = &clause[q.end..n.start];
                between.ends_with('到') || between.ends_with('至')
            });
        let from_past = next.is_some() && cues::from_past(before);
        if from_value || from_past {
            // The next figure is named by what stands before `从`.
            subject_end = Some(segment_start + before.rfind(['从', '由']).unwrap_or(before.len()));
            i += 1;
            continue;
        }
        let before = match subject_end.take() {
            Some(end) if end > segment_start => &clause[segment_start..end],
            _ => before,
        };
        // The noun right after the previous figure belongs to that figure (`粮食产量跃上1.4万亿斤
        // 新台阶、亩产提升10.1斤`: `新台阶` is not part of the next subject, `亩产` is).
        let before = previous_thing
            .take()
            .and_then(|t| before.strip_prefix(t.as_str()))
            .and_then(|rest| rest.strip_prefix(['、', '，', ',']))
            .filter(|rest| !rest.trim().is_empty())
            .unwrap_or(before);
        // `各`, and `均`/`都` after a list (`城镇、农村居民人均可支配收入均增长8%`), give every
        // listed subject the same value.
        // (`二氧化硫、化学需氧量排放量都要减少2%`: the verb after `都` too.)
        let trimmed = before.trim_end_matches(|c: char| {
            !is_han(c) || "为达到增长提高同比要将减少降低下".contains(c)
        });
        let each = before.ends_with('各')
            || (trimmed.ends_with(['均', '都'])
                && clause[segment_start..q.start].contains(['、', '和', '及']));
        let mut measure_here = measure(q, &clause[..q.start]);
        // `经济增长预期目标为5%左右`: a percentage of a growth is a growth.
        if measure_here == Measure::Share
            && ["增长", "增速", "增幅"].iter().any(|w| before.contains(w))
            && !["率", "比重", "占比", "比例"]
                .iter()
                .any(|w| before.contains(w))
        {
            measure_here = Measure::Growth;
        }
        // A cut or an addition stated verb first, then its object, then the amount
        // (`削减财政赤字450亿元`, `减少财政赤字…`, `降低工商业电价5%`): the amount is the
        // change, not the level or a share.
        if matches!(measure_here, Measure::Level | Measure::Share)
            && let Some(verb) = ["削减", "减少", "压减", "缩减", "压缩", "降低"]
                .iter()
                .find(|v| before.trim_start().starts_with(*v))
            && clean_subject(&before.trim_start()[verb.len()..]) == clean_subject(before)
        {
            measure_here = Measure::Decline;
        }
        // The same with a rise of an amount (State Council budgets: `同时增加中央预算内经常性
        // 建设投资100亿元`, `增加中央财政补助资金30亿元`): money only, a count after `增加`
        // (`增加就业岗位100万个`) is what there will be more of, counted.
        let mut verb_first_rise = false;
        if measure_here == Measure::Level
            && is_money(q)
            && let Some(rest) = without_leading_adverbs(before.trim_start()).strip_prefix("增加")
            && !rest.starts_with(['到', '至'])
            && clean_subject(rest) == clean_subject(before)
        {
            measure_here = Measure::Growth;
            verb_first_rise = true;
        }
        let mut subject = clean_subject(before);
        // `扎实推进新型农村社会养老保险试点，试点范围扩大到23%的县`: the scope of a pilot named
        // only as such is the scope of the pilot the clause before names.
        if matches!(subject.as_str(), "试点范围" | "试点的范围")
            && let Some(pilot) = previous.iter().rev().find_map(|c| named_pilot(c))
        {
            subject = format!("{pilot}范围");
        }
        // `全国财政赤字合计9500亿元,占国内生产总值比重在3%以内`: a share with no subject of its own
        // is the share of the subject before it.
        if let Some(last) = last_subject.as_ref()
            && before.trim_start().starts_with('占')
            && ["比重", "比例", "份额"]
                .iter()
                .any(|w| subject.ends_with(w))
            && !subject.starts_with(last.as_str())
        {
            // (`…占世界经济比重从11.4%提高到15%`: the subject may keep its own `占`.)
            subject = format!("{last}占{}", subject.trim_start_matches('占'));
        }
        // Pre-nominal count: `启动5家小微园建设`, `完成9700名退役军人优待证发放`; a size
        // between the count and the thing is the thing's class (`178座10蒸吨及以下的燃煤小锅炉`).
        let after = skip_size_class(skip_alternate_counter(
            &clause[q.end..next.map_or(clause.len(), |n| n.start)],
        ));
        let pre_nominal = after.starts_with(is_han) && !after.starts_with(['增', '下', '以', '左'])
            || quoted_name(after).is_some();
        // (Only a generic counter: `796人的减贫任务` counts people.)
        if q.unit
            .as_deref()
            .is_some_and(|u| ["个", "项", "大", "类", "件"].contains(&u))
            && counts_report_structure(after, &subject)
        {
            segment_start = q.end;
            i += 1;
            continue;
        }
        let named_after = !q.is_percent()
            && (!q.chinese || works(q))
            && q.base_unit.is_some()
            && noun_follows(after);
        if ACTION_VERBS.contains(&subject.as_str())
            || (pre_nominal && subject.chars().count() <= 2 && q.base_unit.is_some())
            || (previous_named_after && named_after)
        {
            subject.clear();
        }
        // `在先进材料、高端装备等关键领域实施100项省级重大科技专项`: a verb of doing right
        // before a count takes the counted noun as its object; what stands before the verb is
        // where or how, not the thing counted.
        // Not a verb that also ends the name of a work (`完成户厕改造38个示范点建设`).
        // `投资1.29亿元完成了17条道路的改扩建`: the aspect particle after the verb too.
        let verb_before = before.trim_end().trim_end_matches('了');
        if named_after
            && !is_money(q)
            && ACTION_VERBS.iter().any(|v| {
                v.chars().count() >= 2 && verb_before.ends_with(v) && !WORK_VERBS.contains(v)
            })
        {
            subject.clear();
        }
        // `友联、友好两个新村的二期工程`, `伊敏河、六二六小河两条城市景观带`: names listed right
        // before a count of as many things are those things, named in apposition; the count's
        // subject is the thing after it, not the list.
        if named_after && apposition_count(before, q.value) {
            subject.clear();
        }
        // `…主体建设和8万平方米广场等工程`: a figure opening a list item names the thing after it.
        if named_after && before.trim_end().ends_with(['和', '、', '及']) {
            subject.clear();
        }
        // `完成起步区2.6公里路网`: the owner before the figure and the thing after it; not when
        // the subject is already an indicator of its own (`粮食产量首次跃上1.4万亿斤新台阶`).
        if named_after
            && !subject.is_empty()
            && crate::extract::vocabulary::vocabulary()
                .lookup(&subject)
                .is_none()
            && !is_money(q)
            && !subject.contains(['、', '和', '及', '与'])
            // A longer owner is a place by a locative (`白洋淀上游重点河流沿线227个村庄生活污水
            // 治理`: the villages along the rivers).
            && (subject.chars().count() <= 4
                || crate::text::words::tag(&subject)
                    .last()
                    .is_some_and(|&(_, t)| t == "f"))
            // An owner is a noun phrase: a verb phrase before the figure (`着力建设200个…美丽
            // 乡村`) says what is done to the thing after it, it owns nothing.
            && noun_phrase(&subject) == subject
        {
            let thing = thing_after(after);
            if !thing.is_empty() && !thing.starts_with(&subject) {
                subject = format!("{subject}{thing}");
            }
        }
        // `年内完成3800户、58万平方米棚户区改造`: figures listed before one thing share it;
        // the second may name its aspect (`完成65条、总长度57.9公里的城市道路新建改造`).
        let joins_next = after
            .trim()
            .strip_prefix(['、', '和', '及'])
            .is_some_and(|aspect| aspect.chars().count() <= 3 && aspect.chars().all(is_han));
        // `完成了老城区8条、12.3公里道路提升改造`: an owner before the first figure owns the
        // thing both figures measure (`老城区道路提升改造`), not a subject of its own.
        let list_owner = (!subject.is_empty()
            && subject.chars().count() <= 4
            // A place (`老城区`, `新区`), not a thing with a figure of its own (`景观改造`).
            && (subject.ends_with(['区', '城', '镇', '乡', '村', '县', '市'])
                || crate::extract::quantity::is_place(&subject))
            && !subject.contains(['、', '和', '及', '与'])
            && crate::extract::vocabulary::vocabulary()
                .lookup(&subject)
                .is_none())
        .then(|| subject.clone());
        if (subject.is_empty() || list_owner.is_some())
            && q.base_unit.is_some()
            && joins_next
            && let Some(n) = next
        {
            let next_after =
                &clause[n.end..quantities.get(i + 2).map_or(clause.len(), |m| m.start)];
            let next_after = next_after.strip_prefix('的').unwrap_or(next_after);
            if noun_follows(next_after) {
                let thing = thing_after(next_after);
                subject = match &list_owner {
                    Some(o) if !thing.is_empty() && !thing.starts_with(o.as_str()) => {
                        listed_owner = Some(o.clone());
                        format!("{o}{thing}")
                    }
                    _ => thing,
                };
            }
        }
        if let (Some(aspect), Some(last)) = (
            ASPECTS.iter().find(|a| subject == **a),
            last_subject.as_ref(),
        ) {
            subject = format!("{last}{aspect}");
        }
        if q.is_percent()
            && let Some(share) = share_of_whole(before, last_subject.as_deref())
        {
            subject = share;
        }
        // `完成65条、总长度57.9公里的城市道路新建改造`: the aspect the second figure gives, of
        // the work both figures measure (`城市道路新建改造总长度`).
        if i > 0 && listed_aspect(before_q) && tail.starts_with('的') {
            let thing = thing_after(tail);
            let aspect = before_q.trim_start_matches(['、', '和', '及']);
            if !thing.is_empty() {
                subject = format!("{thing}{aspect}");
            }
        }
        // The investment plan's amount is the investment of the things counted before it
        // (`66个重点项目54亿元的投资计划` → `重点项目投资`).
        if plan_amount {
            let owner = if subject.is_empty() {
                last_subject.clone().unwrap_or_default()
            } else {
                subject.clone()
            };
            if !owner.is_empty() && !owner.ends_with("投资") {
                subject = format!("{owner}投资");
            }
        }
        if subject.is_empty() && (!q.chinese || works(q)) && q.base_unit.is_some() && pre_nominal {
            subject = thing_after(after);
            if let Some(o) = listed_owner.take()
                && !subject.is_empty()
            {
                subject = format!("{o}{subject}");
            }
        }
        // `打造5个千亿级、12个百亿级开发区`, `建成3个省级、8个市级示范园区`: grades listed with
        // their counts before one head; each count is of its grade of that head.
        if subject.is_empty()
            && q.is_count()
            && let Some(grade) = listed_grade(after)
            && let Some(n) = next
        {
            let next_after =
                &clause[n.end..quantities.get(i + 2).map_or(clause.len(), |m| m.start)];
            if let Some(head) = graded_head(next_after) {
                subject = format!("{grade}{head}");
            }
        }
        // `继续推进棚户区改造工程。…努力完成4000户的改造任务`: a count of a task named only by
        // its work (`改造任务`, `征拆和安置任务`) counts the works the paragraph named last;
        // what stands before the figure then says where (`完成A街道、B新村1.8万户的征拆任务`).
        if q.is_count()
            && task_of_work(after)
            && let Some(w) = cx.works
        {
            subject = w.to_string();
        }
        // A figure without a noun of its own: the thing a previous clause of the sentence acted
        // on (`逐步在…设置平价蔬菜超市，年内完成20个`, `…发行超长期特别国债，…今年先发行1万亿元`).
        if subject.is_empty() && last_subject.is_none() && q.base_unit.is_some() && !named_after {
            subject = echoed_object(before, previous, q.is_count()).unwrap_or_default();
            if subject.is_empty() && q.is_percent() {
                subject = known_before(previous).unwrap_or_default();
            }
            // `加大保障性安居工程建设力度，今年新开工700万套以上`: a stage of the works the
            // earlier clause names (`保障性安居工程新开工`), not the effort put into them.
            if let Some(stage) = bare_stage(before)
                && let Some(works) = ["建设力度", "力度", "建设"]
                    .iter()
                    .find_map(|w| subject.strip_suffix(w))
                    .filter(|w| w.chars().count() >= 2)
            {
                subject = format!("{works}{stage}");
            }
        }
        // `谋划实施县级重点项目44项,其中,申报省市重点23项`: a part named without the head noun
        // of its whole (`省市重点` → `省市重点项目`).
        if let Some(last) = last_subject.as_deref()
            && subject.chars().count() >= 2
            && (before.trim_start().starts_with("其中")
                || previous.iter().any(|c| c.trim_start().starts_with("其中")))
        {
            let chars: Vec<char> = subject.chars().collect();
            let end: String = chars[chars.len() - 2..].iter().collect();
            if let Some(k) = last.rfind(&end) {
                let rest = &last[k + end.len()..];
                if !rest.is_empty() && rest.chars().count() <= 3 && !subject.ends_with(rest) {
                    subject.push_str(rest);
                }
            }
        }
        // `城镇保障性住房基本建成470万套、新开工630万套`: a bare predicate after a figure is
        // another stage of the same thing (`城镇保障性住房新开工`).
        if subject.is_empty()
            && let Some(last) = last_subject.as_deref()
            && let Some(stage) = bare_stage(before)
        {
            subject = format!("{}{stage}", noun_part(last));
        }
        // A budget line that names only who spends (`中央财政拟投入433亿元用于促进就业`,
        // `…增加社会保障投入，中央财政拟安排3185亿元`): the spending is on what follows `用于`
        // (in this clause or the next, `…423亿元，用于扶助和促进就业`), else on what the clause
        // before names as the spending raised. The class: State Council budget lines, every
        // year since the 1990s.
        if is_money(q)
            && SPENDERS.contains(&subject.as_str())
            && let Some(funded) = funded_after(after)
                .or_else(|| {
                    cx.next
                        .filter(|_| after.trim().is_empty())
                        .and_then(funded_after)
                })
                .or_else(|| previous.last().and_then(|c| spending_raised(c)))
        {
            // Named as the budget names it, a noun phrase (`中央财政用于促进就业的投入`; its
            // key is the spending on the thing, `促进就业投入`).
            subject = if funded.starts_with("用于") {
                format!("{subject}{funded}")
            } else {
                funded
            };
        }
        // A subsidy named only as such (`完善城乡居民基本医保，财政补助标准由每人每年320元
        // 提高到380元`: State Council plans on health insurance and public services) is the
        // subsidy of what the clause before it in the sentence is about.
        if SUBSIDY_HEADS.contains(&subject.as_str())
            && let Some(o) = previous.last().and_then(|c| topic_of(c, 3))
        {
            subject = format!("{o}{subject}");
        }
        // Revenue named without its owner right after the year's tourist arrivals (`力争全年
        // 接待游客800万人次，实现综合效益48亿元`: county plans and reviews) is tourism's.
        if ["综合效益", "综合收入", "总收入", "收入"].contains(&subject.as_str())
            && is_money(q)
            && last_subject.as_deref().is_some_and(|last| {
                crate::extract::vocabulary::vocabulary()
                    .lookup(last)
                    .is_some_and(|e| e.id == "tourism_visitors")
            })
        {
            subject = format!("旅游{subject}");
        }
        // A bare generic head (`投资`, `产值`) takes its owner from the discourse.
        if GENERIC_HEADS.contains(&subject.as_str())
            && let Some(o) = (subject == "投资" && after.trim().is_empty() && previous.is_empty())
                .then(|| cx.next.and_then(forward_owner))
                .flatten()
                .or_else(|| owner(last_subject.as_deref(), previous, cx))
        {
            // `省重点项目完成投资253.5亿元、…45个项目竣工投产`: an owner that is already of
            // the head's kind is the thing itself (not `省重点项目项目`).
            subject = if o.ends_with(subject.as_str()) {
                o
            } else {
                format!("{o}{subject}")
            };
        }
        // A bare multiplier before a noun (`47万武义人民`) is a head count in passing, and
        // `做好40项工作` counts the report's own structure.
        if q.base_unit.is_none() && !q.unit_lost && !pre_nominal && measure_here == Measure::Count {
            measure_here = Measure::Level;
        }
        // Unless the noun names people counted by the plan (`再扫除350万青壮年文盲`): then the
        // figure is a count of people.
        let people = q.base_unit.is_none()
            && !q.unit_lost
            && pre_nominal
            && acts_on_count(before)
            && people_after(after).is_some_and(|whole| whole || measure_here == Measure::Count);
        let bare_multiplier = q.base_unit.is_none()
            && !q.unit_lost
            && pre_nominal
            && q.bound == Bound::Exact
            && !people;
        if q.base_unit.is_none() && !q.unit_lost && pre_nominal && subject.is_empty() {
            subject = clean_subject(after);
        }
        // The people counted are the subject, not a stage of the thing before
        // (`新建改造农村电力线路280公里,完成18.54万农村居民生活水源江水置换`).
        if people {
            let counted = clean_subject(after);
            if !counted.is_empty() {
                subject = counted;
            }
        }
        let counted;
        let q = if people {
            counted = Quantity {
                unit: q.unit.as_ref().map(|u| format!("{u}人")),
                base_unit: Some("人".to_string()),
                ..q.clone()
            };
            &counted
        } else {
            q
        };
        if bare_multiplier || STRUCTURE_NOUNS.contains(&subject.as_str()) {
            segment_start = q.end;
            i += 1;
            continue;
        }
        // `城乡居民人均可支配收入分别完成31098元、12347元,均增长8.5%`: `均` without a subject
        // gives the value to every item of the list the clause before distributed.
        let shared_with_list = subject.is_empty() && trimmed.ends_with(['均', '都']);
        // `商品零售价格和居民消费价格涨幅控制在2%左右`: indicators the vocabulary knows, listed
        // before one figure, each get it, as with `均`.
        let each = each || known_items(&subject) || headed_items(&subject);
        let subjects = if each {
            levels_each(&subject).unwrap_or_else(|| split_items(&subject))
        } else if let Some(list) = shared_with_list
            .then(|| list_distributed_before(previous))
            .flatten()
        {
            list
        } else if subject.is_empty() {
            object_in_pieces(before)
                .or_else(|| {
                    last_subject
                        .is_none()
                        .then(|| disposed_before(before, previous))
                        .flatten()
                })
                .map_or_else(|| last_subject.iter().cloned().collect(), |o| vec![o])
        } else {
            vec![subject]
        };
        for subject in subjects.iter().filter(|s| !s.is_empty()) {
            let mut ind = from_quantity(cx, clause, q, subject.clone(), measure_here);
            ind.written = written(clause, q, measure_here);
            if verb_first_rise {
                ind.written = format!("增加{}", ind.written);
            }
            out.push(ind);
        }
        if let Some(s) = subjects.last() {
            *last_subject = Some(s.clone());
        }
        previous_named_after = named_after && subjects.iter().any(|s| !s.is_empty());
        previous_thing = named_after.then(|| thing_after(after));
        segment_start = q.end;
        i += 1;
    }

    pair_listed_subjects(&mut out[first_of_clause..]);
    // Rankings: `增速列全市第一`, `居山区26县第三`.
    for rank in crate::extract::rank::ranks(clause) {
        let whole = &clause[rank.whole.clone()];
        // A place in a ranking closes its clause (`增速列全市第一,`); `第三幼儿园` is a name.
        let follows = clause[rank.whole.end..].trim_start_matches(['位', '名']);
        if rank.verb.is_none() && rank.scope.is_none() || !follows.is_empty() {
            continue;
        }
        let ord_text = &clause[rank.ord.clone()];
        let (place, bound) = if ord_text == "首位" {
            (Some(1), Bound::Exact)
        } else if let Some(n) = ord_text.strip_prefix('前') {
            (parse_ordinal(n), Bound::AtMost)
        } else {
            (
                ord_text.strip_prefix('第').and_then(parse_ordinal),
                Bound::Exact,
            )
        };
        let Some(place) = place else { continue };
        let raw = &clause[..rank.whole.start];
        let raw = raw.rsplit(['、']).next().unwrap_or(raw);
        let raw = cues::without_trailing_count(raw.trim());
        let raw = raw.trim_end_matches('均');
        let aspect = [
            "增速",
            "总量",
            "增幅",
            "降幅",
            "改善幅度",
            "数量",
            "规模",
            "项目数",
        ]
        .into_iter()
        .find(|a| raw.ends_with(a));
        let named = clean_subject(aspect.map_or(raw, |a| &raw[..raw.len() - a.len()]));
        let base = if named.is_empty() {
            last_subject.clone()
        } else {
            Some(named)
        };
        let subject = match (base, aspect) {
            (Some(base), Some(aspect)) => format!("{base}{aspect}"),
            (Some(base), None) => base,
            (None, _) => String::new(),
        };
        if subject.is_empty() {
            continue;
        }
        let mut ind = cx.indicator(subject, Measure::Rank, clause);
        ind.value = Some(f64::from(place));
        ind.base_value = ind.value;
        ind.bound = bound;
        ind.written = whole.to_string();
        ind.intent = cx.intent(clause, rank.whole.start);
        out.push(ind);
    }
}

fn parse_ordinal(s: &str) -> Option<u32> {
    let s = s.trim_end_matches(['位', '名']);
    s.parse().ok().or_else(|| parse_cn_number(s))
}

/// How a plan sets a rise below last year's (reports of the 1990s: `物价上涨幅度比去年的实际
/// 涨幅低一些`, `…涨幅低于去年`).
/// An amount a plan sets above last year's own (`财政支农投入的增量要继续高于上年`).
/// (Every entry holds `高于`, which `extract_clause` looks for first.)
const ABOVE_LAST_YEAR: &[&str] = &["高于上年", "高于去年"];

/// A cap set by a plan or a budget, or by last year's own amount, in words only (see
/// `extract_clause`): `不突破预算`, `不突破计划规定的数额`, `控制在国家计划的范围之内`,
/// `不能比上年扩大`.
static CAP_WITHOUT_NUMBER: Pattern = prepared!(
    r"(?:不突破|不超过|不超出)(?:国家)?(?:年度)?(?:计划|预算)(?:规定的|确定的)?(?:数额|规模|目标|范围)?|控制在(?:国家)?(?:年度)?(?:计划|预算)(?:规定的|确定的)?(?:的)?(?:目标|数额|规模)?(?:的)?(?:范围)?(?:之内|以内|内)|不(?:能|得|再)?比上年(?:扩大|增加|增长|提高)"
);

/// (Every entry holds `去年`, which `extract_clause` looks for first.)
const BELOW_LAST_YEAR: &[&str] = &[
    "比去年的实际涨幅低",
    "比去年实际涨幅低",
    "比去年的涨幅低",
    "比去年涨幅低",
    "低于去年",
];

/// Heads of nouns that name people: a bare multiplier before one counts them
/// (`再扫除350万青壮年文盲`, `今年再解决6000万农村人口的安全饮水问题`, `增加500万农村沼气用户`),
/// unlike the whole people of a place named in passing (`团结带领47万武义人民`), which no head
/// here ends.
const PEOPLE_HEADS: &[&str] = &[
    "人口",
    "居民",
    "农民",
    "群众",
    "用户",
    "学生",
    "孩子",
    "儿童",
    "文盲",
    "教师",
    "职工",
    "人员",
    "纳税人",
];

/// Whether the noun phrase opening `after` names people (see [`PEOPLE_HEADS`]): `Some(true)`
/// when they are the whole phrase (`农村沼气用户`), `Some(false)` when they own what follows
/// (`农村人口饮水安全问题`, `中小学教师待遇`: a count of them, never a rise of what they own).
fn people_after(after: &str) -> Option<bool> {
    let run = noun_run(after);
    let mut end = 0;
    subject_tags(run).iter().find_map(|(w, _)| {
        end += w.len();
        PEOPLE_HEADS
            .iter()
            .any(|h| run[..end].ends_with(h))
            .then_some(end == run.len())
    })
}

/// Whether the words before a figure end on a verb that acts on what it counts (`再扫除`,
/// `再解决`, `增加`), not on one that says what there is (`我国有2.9亿在校学生`) or on nothing
/// (`…脱贫出列,3.33万贫困人口实现脱贫`: a past figure in passing).
fn acts_on_count(before: &str) -> bool {
    crate::text::words::tag(before)
        .last()
        .is_some_and(|(w, t)| {
            t.starts_with('v') && !matches!(*w, "有" | "是" | "为" | "占" | "拥有" | "共有" | "达")
        })
}

/// What the verb before a quantity makes of it.
fn measure(q: &Quantity, before: &str) -> Measure {
    if !q.parts.is_empty() {
        return Measure::Ratio;
    }
    let before = before.trim_end_matches(['了', ' ']);
    let before = q
        .pre
        .map_or(before, |p| before.strip_suffix(p).unwrap_or(before));
    // `城镇污水管网新增4.53万公里`: what was added, an amount, not a rise (`增4.53万公里`).
    let to_level = before.ends_with('到') || before.ends_with('至') || before.ends_with("新增");
    let growth = !to_level && GROWTH_VERBS.iter().any(|v| before.ends_with(v));
    let decline = !to_level && DECLINE_VERBS.iter().any(|v| before.ends_with(v));
    let rate_like = q.is_percent() || !q.is_count();
    if growth && rate_like {
        Measure::Growth
    } else if decline && rate_like {
        Measure::Decline
    } else if q.is_percent() {
        Measure::Share
    } else if q.is_count() || (q.base_unit.is_none() && !q.unit_lost) {
        // A bare multiplier counts people or things: `6600多万纳税人`.
        Measure::Count
    } else {
        Measure::Level
    }
}

/// The written form: the quantity with the verb that governs it (`增长6.5%以上`).
fn written(clause: &str, q: &Quantity, measure: Measure) -> String {
    let before = &clause[..q.start];
    let verbs: &[&str] = match measure {
        Measure::Growth => GROWTH_VERBS,
        Measure::Decline => DECLINE_VERBS,
        _ => &[
            "提高到",
            "提高至",
            "提升到",
            "提升至",
            "增加到",
            "达到",
            "达",
            "为",
            "保持在",
            "稳定在",
            "保持",
        ],
    };
    let verb = verbs
        .iter()
        .filter(|v| before.ends_with(*v))
        .max_by_key(|v| v.len())
        .copied()
        .unwrap_or("");
    format!("{verb}{}", &clause[q.start..q.end])
}

fn from_quantity(
    cx: &Context,
    clause: &str,
    q: &Quantity,
    subject: String,
    measure: Measure,
) -> Indicator {
    let mut ind = cx.indicator(subject, measure, clause);
    ind.value = Some(q.value);
    ind.high = q.high;
    ind.parts = q.parts.clone();
    ind.unit = q.unit.clone();
    ind.base_unit = q.base_unit.clone();
    ind.base_value = Some(q.value * q.multiplier);
    ind.bound = q.bound;
    // In a review, `达到` and `控制在` report the level reached; in a plan they set a bound.
    if cx.role == IndicatorRole::Actual
        && (matches!(q.pre, Some("达到" | "达"))
            || (q.pre == Some("控制在") && q.bound == Bound::AtMost))
    {
        ind.bound = Bound::Exact;
    }
    // A figure per head of population is a level, not a number of things.
    if measure == Measure::Count
        && ["每千", "每万", "每百", "人均"]
            .iter()
            .any(|w| ind.subject.contains(w))
    {
        ind.measure = Measure::Level;
    }
    // `每人每月960元`: the per-phrase goes to the unit.
    let before = &clause[..q.start];
    if let Some((phrase, per)) = PER_PHRASES.iter().find(|(p, _)| before.ends_with(p)) {
        if let Some(unit) = &ind.unit
            && !unit.contains('/')
        {
            ind.unit = Some(format!("{unit}{per}"));
            ind.base_unit = ind.base_unit.as_ref().map(|b| format!("{b}{per}"));
        }
        if let Some(stripped) = ind.subject.strip_suffix(phrase) {
            ind.subject = clean_subject(stripped);
        }
    }
    ind.intent = cx.intent(clause, q.start);
    if q.unit_lost {
        ind.flags.push(Flag::UnitLost);
    }
    if measure == Measure::Share && q.unit.as_deref() == Some("%") && q.value > 100.0 {
        ind.flags.push(Flag::RateOver100);
    }
    ind
}

/// Verbs that, at the end of a subject, are its predicate, not part of its name:
/// `地区生产总值完成`, `全社会研发经费投入预计`, `中央预算内投资拟安排`.
/// Whether `w` is one of the [`PREDICATE_VERBS`], by a set made once: `noun_phrase` asks for
/// several words of every subject, and the list cost a string compare per entry.
fn is_predicate_verb(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| PREDICATE_VERBS.iter().copied().collect());
    SET.contains(w)
}

const PREDICATE_VERBS: &[&str] = &[
    "完成",
    "实现",
    "达到",
    "突破",
    "继续",
    "预计",
    "保持",
    "推出",
    "开工",
    "新建",
    "投入",
    "安排",
    "发行",
    "拟",
    "争取",
    "力争",
    "确保",
    "增加",
    "提高",
    "降低",
    "下降",
    "增长",
    "超过",
    "推进",
    "加快",
    "累计",
    "共",
    "计划",
    // `实施“规模以上服务业企业倍增计划”,新增78家`: the plan's aim, no part of what is counted.
    "倍增",
    "预期",
    "可",
    "可比",
    "同比",
    "稳定",
    "排",
    "列",
    "居",
    "位居",
    "位列",
    "稳居",
    "达",
    "将",
    "要",
    "再",
    "已",
    "均",
    "都",
    "分别",
    "占",
    "实际",
    "名义",
    "拟定",
    "定为",
    "设定",
    "目标",
    "预期目标",
];

/// Part-of-speech tags of words that can stand inside a noun phrase: nouns of every kind,
/// verbal and adjectival nouns, distinguishing words (`省级`), adjectives (`一般`), places,
/// abbreviations, Latin words (`PM2.5`, `GDP`), localisers (`规模以上`), quotes.
fn nominal(tag: &str) -> bool {
    tag.starts_with('n')
        || tag.starts_with('z')
        || matches!(
            tag,
            "vn" | "an"
                | "a"
                | "b"
                | "j"
                | "s"
                | "t"
                | "eng"
                | "f"
                | "k"
                | "h"
                | "l"
                | "i"
                | "g"
                | "ng"
                | "m"
                | "q"
                | "x"
        )
}

/// Words of who runs an institution (`公立幼儿园`) that the segmenter tags as verbs; in a
/// subject they are distinguishing words, like `省级` (its siblings `私立`, `国有`, `民营` are
/// tagged so already, `公办`, `民办` as nouns).
const ATTRIBUTE_VERBS: &[&str] = &["公立"];

/// The words of a subject with the tags a noun phrase needs (see [`merge_split_words`]).
fn subject_tags(text: &str) -> Vec<(&str, &'static str)> {
    merge_split_words(text, crate::text::words::tag(text))
}

/// Joins words the segmenter splits but reports use as one (`占比` comes out as `占`/`比`),
/// and retags the kind of a thing written with a verb (`压缩式`, `公立`).
fn merge_split_words<'a>(
    text: &'a str,
    tagged: Vec<(&'a str, &'static str)>,
) -> Vec<(&'a str, &'static str)> {
    let mut out: Vec<(&'a str, &'static str)> = Vec::with_capacity(tagged.len());
    let mut offset = 0;
    for (w, t) in tagged {
        let start = offset;
        offset += w.len();
        if let Some(last) = out.last_mut()
            && text[..start].ends_with(last.0)
            && let Some((_, tag)) = SPLIT_WORDS
                .iter()
                .find(|(word, _)| word.strip_prefix(last.0) == Some(w))
        {
            *last = (&text[start - last.0.len()..offset], *tag);
            continue;
        }
        // `治理率`, `处理率` come out as `治理`/`率`, both verbs: the rate of a work is a noun
        // (`力争年底前治理率超75%`, Guangdong 2024, had no subject left).
        if w == "率"
            && let Some(last) = out.last_mut()
            && text[..start].ends_with(last.0)
            && last.1.starts_with('v')
            && last.0.chars().count() == 2
        {
            *last = (&text[start - last.0.len()..offset], "n");
            continue;
        }
        // A noun's last character read as the start of the word after it (`比重要达到30%`
        // comes out as `比`/`重要`): the noun, then the rest of the word as the next one.
        if let Some(last) = out.last_mut()
            && text[..start].ends_with(last.0)
            && let Some((_, _, noun, rest_tag)) = RESPLIT_WORDS
                .iter()
                .find(|(first, second, _, _)| last.0 == *first && w == *second)
        {
            let noun_end = start - last.0.len() + noun.len();
            *last = (&text[start - last.0.len()..noun_end], "n");
            out.push((&text[noun_end..offset], rest_tag));
            continue;
        }
        // `压缩式生活垃圾转运站`, `装配式建筑`: a verb with `式` after it is the kind of a thing
        // (a distinguishing word), not a predicate.
        if let Some(last) = out.last_mut()
            && last.1.starts_with('v')
            && w == "式"
        {
            *last = (&text[start - last.0.len()..offset], "b");
            continue;
        }
        // `新建2所公立幼儿园`: who runs an institution, tagged as a verb by the segmenter.
        if ATTRIBUTE_VERBS.contains(&w) {
            out.push((w, "b"));
            continue;
        }
        out.push((w, t));
    }
    out
}

/// Verbs that only carry the work named after them (`进行综合改造`, `开展专项整治`).
const LIGHT_VERBS: &[&str] = &["进行", "开展"];

/// Words of reports that the segmenter cuts in two, with the tag of the whole word: the
/// class of text is a term newer or more technical than jieba's dictionary, whose first
/// half reads as a verb, an adverb or a list mark and so breaks the noun phrase
/// (`大型商业银行普惠型小微企业贷款` came out as `惠型小微企业贷款`, `发行1万亿元抗疫特别国债` as
/// `疫`). Each is joined when its two halves stand side by side.
const SPLIT_WORDS: &[(&str, &str)] = &[
    // `占比` comes out as `占`/`比`.
    ("占比", "n"),
    // `风光并网装机规模`: `并网` (connected to the grid) comes out as `并/网`, the `并` read as
    // a conjunction.
    ("并网", "vn"),
    // `和美乡村` (harmonious and beautiful villages, a national programme since 2022) comes
    // out as `和/美/乡村`, the `和` read as a list mark: one adjective before the noun.
    ("和美", "a"),
    // `普惠型小微企业贷款`, `普惠金融` (inclusive finance): `普/惠`, the `普` an adverb.
    ("普惠", "b"),
    // `抗疫特别国债`, `抗疫物资` (fighting the epidemic): `抗/疫`, the `抗` a verb.
    ("抗疫", "vn"),
    // `超长期特别国债`, `抗疫特别国债` (special treasury bonds): `特别/国债`, the `特别` an
    // adverb that breaks the phrase before it.
    ("特别国债", "n"),
    // `城镇人均可支配收入` (disposable income): `可/支配`, the `可` read as the modal verb that
    // breaks a phrase (`可达到`), so a name the vocabulary does not hold whole lost its
    // opening (`城镇人均可支配收入` came out as `人均可支配收入`, all residents' income).
    ("可支配", "b"),
    // `完成减贫1186人`, `圆满完成796人的减贫任务` (poverty reduction, the county reports of
    // 2016–2020): `减/贫`, the `减` a verb, so the subject was `贫`.
    ("减贫", "vn"),
    // `修复退化草原36万亩` (degraded grassland, the northern provinces' ecological works):
    // `退化/草原`, the `退化` a verb, so the subject was `草原`.
    ("退化草原", "n"),
];

/// Words the segmenter cuts one character too late: the first word, the second, the noun
/// they really open with, the tag of what is left of the second. The class of text is a
/// share or rate set with the modal verb after it (`非公有制经济占国内生产总值的比重要达到
/// 30%以上`, Hebei 2001: `比`/`重要`, so the subject came out empty and the target was lost).
const RESPLIT_WORDS: &[(&str, &str, &str, &str)] = &[("比", "重要", "比重", "v")];

/// Words that name the basis a figure is counted on (`按可比口径`, `按可比价格计算`,
/// `按现价`), not a thing.
const BASIS_WORDS: &[&str] = &[
    "可比",
    "口径",
    "可比价",
    "现价",
    "不变价",
    "同口径",
    "可比价格",
];

/// Marks that join the items of a list.
const LIST_MARKS: &[&str] = &["、", "和", "及", "与"];

/// One-character verbs that introduce a place or an amount (`扩大到全国`, `降至`): never part
/// of a name.
const COVERBS: &[&str] = &["到", "至", "往", "向", "在", "于", "给"];

/// Words that end a noun phrase on its left: adverbs, prepositions, pronouns, particles,
/// conjunctions other than the coordinating ones, time words.
fn breaks_phrase(word: &str, tag: &str) -> bool {
    matches!(
        tag,
        "d" | "ad" | "p" | "r" | "y" | "e" | "o" | "c" | "ul" | "uz" | "ug" | "ud" | "uv" | "u"
    ) || tag == "t"
        && matches!(
            word,
            "今年"
                | "去年"
                | "明年"
                | "上年"
                | "当年"
                | "全年"
                | "年内"
                | "年底"
                | "目前"
                | "今后"
                | "近年"
        )
        && !matches!(word, "和" | "及" | "与" | "、")
        || matches!(word, "，" | "," | "。" | ";" | ":")
}

/// The noun phrase a subject names, as an analyst would write it: predicate words and list
/// debris at its end dropped (`地区生产总值完成` → `地区生产总值`, `标准化菜市场和` →
/// `标准化菜市场`), the verb phrase before it dropped (`加快推进大唐哈克` → `大唐哈克`,
/// `列入省市重点项目` → `省市重点项目`). Part-of-speech tags from the segmenter decide, with two
/// guards: a verb inside a noun phrase stays (`城镇登记失业率`, `高标准农田建设`), and when a
/// longer tail of the text is a name the vocabulary knows (`接待游客`, `超长期特别国债`), that
/// name is kept. Empty when no noun is left (`继续实施`, `积极推进`).
pub fn noun_phrase(subject: &str) -> String {
    // `涿州、霸州等`: examples of what the number counts, named after it.
    if subject.ends_with('等') {
        return String::new();
    }
    let mut tagged = subject_tags(subject);
    // `对…等7条主干道路进行综合改造`: a light verb between the thing and the work done on it
    // carries no meaning of its own; the thing and the work name what is counted
    // (`主干道路综合改造`). Dropped when a noun stands before it and a verb after it.
    let light = |k: usize| {
        LIGHT_VERBS.contains(&tagged[k].0)
            && k > 0
            && tagged[k - 1].1.starts_with('n')
            && tagged.get(k + 1).is_some_and(|(_, t)| t.starts_with('v'))
    };
    let dropped: Vec<usize> = (0..tagged.len()).filter(|&k| light(k)).collect();
    for k in dropped.into_iter().rev() {
        tagged.remove(k);
    }
    // `一般公共财政预算收入完成17亿元,按可比口径增长13%`, `按可比价格计算,增长8.8%`: a clause
    // opening on the basis of a figure names nothing; the figure is the previous subject's.
    if tagged.first().is_some_and(|(w, t)| *w == "按" && *t == "p")
        && tagged[1..].iter().any(|(w, _)| BASIS_WORDS.contains(w))
        && tagged[1..].iter().all(|(w, _)| {
            BASIS_WORDS.contains(w) || matches!(*w, "计算" | "算" | "的" | "价" | "价格")
        })
    {
        return String::new();
    }
    // `农村居民人均可支配收入16300元,扣除价格因素实际增长8.5%`, `剔除物价因素后增长6%`: a
    // clause opening on what is taken out of a figure names nothing either.
    if tagged
        .first()
        .is_some_and(|(w, _)| matches!(*w, "扣除" | "剔除" | "除去"))
        && let Some(k) = tagged.iter().position(|(w, _)| w.ends_with("因素"))
        && tagged[k + 1..]
            .iter()
            .all(|(w, _)| matches!(*w, "后" | "以后" | "实际" | "，" | ","))
    {
        return String::new();
    }
    // `一般公共财政预算收入按可比口径(增长7.5%)`, `地区生产总值按可比价格计算`,
    // `一般公共预算收入剔除虚增空转因素后(完成10.4亿元)`: a short adverbial of measurement at
    // the end says how the figure is counted, not what it counts.
    if let Some(j) = tagged.iter().rposition(|(w, t)| {
        *w == "按" && *t == "p" || matches!(*w, "剔除" | "扣除" | "不含" | "除去")
    }) && j > 0
        && tagged[j + 1..]
            .iter()
            .map(|(w, _)| w.chars().count())
            .sum::<usize>()
            <= 12
    {
        tagged.truncate(j);
        // `地方一般公共预算收入(扣除留抵退税因素)增长7.2%`: the bracket that held it goes too.
        while tagged
            .last()
            .is_some_and(|(w, _)| matches!(*w, "(" | "[" | "【"))
        {
            tagged.pop();
        }
    }
    let vocabulary = crate::extract::vocabulary::vocabulary();
    let joined = |words: &[(&str, &str)]| -> String { words.iter().map(|(w, _)| *w).collect() };
    // Only words that could make a name are joined and looked up (see
    // `vocabulary::MAX_NAME_CHARS`): the searches below stay linear in a run-on clause.
    let longest_name = 4 * crate::extract::vocabulary::MAX_NAME_CHARS;
    // A name the vocabulary knows followed by a predicate (`粮食产量首次跃上`): the name.
    let mut prefix_bytes = 0;
    let named_prefix = (1..tagged.len())
        .take_while(|&k| {
            prefix_bytes += tagged[k - 1].0.len();
            prefix_bytes <= longest_name
        })
        .filter(|&k| {
            let rest = &tagged[k..];
            matches!(rest[0].1, "d" | "ad" | "m")
                && rest[0].0.chars().count() >= 2
                && rest.iter().any(|(_, t)| t.starts_with('v'))
                // `中央对地方一般性转移支付规模大幅增加、专项转移支付项目减少三分之二`: a list
                // of subjects with their predicates; the figure is the last one's.
                && !rest.iter().any(|(w, _)| LIST_MARKS.contains(w))
        })
        .filter(|&k| vocabulary.lookup(&joined(&tagged[..k])).is_some())
        .last();
    if let Some(k) = named_prefix {
        return joined(&tagged[..k]);
    }
    let mut end = tagged.len();
    let mut end_bytes: usize = tagged.iter().map(|(w, _)| w.len()).sum();
    // Trailing predicate words, particles and conjunctions, unless what stands is a name
    // the vocabulary knows (`研发经费投入` ends with a verb and is a name).
    while end > 0 {
        let (w, t) = tagged[end - 1];
        // A time word too (`北京大兴国际机场临空经济区年内完成投资`).
        let drop = is_predicate_verb(w)
            || matches!(t, "d" | "ad" | "c" | "p" | "r" | "y")
            || t == "t" && breaks_phrase(w, t)
            || matches!(
                w,
                "、" | "和" | "及" | "与" | "并" | "等" | "前" | "内" | "后" | "的" | "了"
            );
        // An idiom of completion (`全面完成`, tagged `l`) is a predicate too, and the task of a
        // work is the work (`2.16万户灾损农房新建任务全面完成` → `灾损农房`).
        // So is one tagged as a set phrase (`提前完成`, `i`), and the scope word before it
        // (`20项民心工程全部提前完成` → `民心工程`).
        let drop = drop
            || matches!(t, "l" | "i") && COMPLETION_VERBS.iter().any(|v| w.ends_with(v))
            || matches!(w, "全部" | "全面") && end < tagged.len()
            || w == "任务"
                && end >= 2
                && (tagged[end - 2].1.starts_with('v') || is_predicate_verb(tagged[end - 2].0));
        // `今年中央财政安排科技投入716亿元`, `拟安排“三农”投入8183亿元`: `投入` after what is
        // funded is the noun (the spending on it), not the verb of the figure (`累计投入`,
        // `计划投入` stay predicates: a verb stands before; so does the spender, `中央财政投入`).
        // After `的` too (`中央财政用于“三农”的投入拟安排9884.5亿元`).
        let drop = drop
            && !(w == "投入"
                && end >= 2
                && (tagged[end - 2].1.starts_with('n') && tagged[end - 2].1 != "nt"
                    || tagged[end - 2].0.ends_with('”')
                    || tagged[end - 2].0 == "的"));
        // An adverb and its verb at the end (`粮食产量首次迈上`) are a predicate.
        let adverb_verb = t.starts_with('v') && end >= 2 && matches!(tagged[end - 2].1, "d" | "ad");
        if !(drop || adverb_verb)
            || end_bytes <= longest_name && vocabulary.lookup(&joined(&tagged[..end])).is_some()
        {
            break;
        }
        let cut = if adverb_verb && !drop { 2 } else { 1 };
        end_bytes -= tagged[end - cut..end]
            .iter()
            .map(|(w, _)| w.len())
            .sum::<usize>();
        end -= cut;
    }
    let words = &tagged[..end];
    if words.is_empty() {
        return String::new();
    }
    // Leftwards from the head: nominal words, and verbs that follow a nominal word.
    let mut start = words.len() - 1;
    while start > 0 {
        let (w, t) = words[start - 1];
        // A one-character "adverb" between nouns is a piece of a name the segmenter cut
        // apart (`专精/特/新/企业`).
        let inner = (t == "d" && w.chars().count() == 1 || matches!(w, "和" | "及" | "与" | "、"))
            && start >= 2
            && nominal(words[start - 2].1);
        // `非公经济增加值占地区生产总值的比重`: `占` inside the name of a share.
        let share_of = w == "占"
            && ["比重", "比例", "份额"]
                .iter()
                .any(|h| words.last().is_some_and(|(l, _)| l == h));
        // `力争年底前污水治理率超75%`: a localiser closing a time word (`年底前`, `年内`) ends
        // the phrase with it.
        let time_closed = matches!(w, "前" | "内" | "后" | "底" | "末")
            && start >= 2
            && words[start - 2].1 == "t";
        if time_closed || !inner && !share_of && (breaks_phrase(w, t) || is_predicate_verb(w)) {
            break;
        }
        // A verbal noun is a noun (`标准化菜市场`) unless it is an action opening the
        // phrase (`建设城市…`, `实施…`).
        let verbal = t.starts_with('v') && (t != "vn" || ACTION_VERBS.contains(&w));
        if verbal {
            // A verb stays when a nominal word stands before it (`城镇登记失业率`), else it
            // is the predicate of what follows (`接待游客`, `开工建设城市…`).
            // Not a list mark: verbs listed (`淘汰、停建、缓建煤电产能`) are the predicate.
            // Not after a verb when it is a one-character coverb (`扩大到全国`).
            let before_is_nominal = start >= 2 && {
                let (pw, pt) = words[start - 2];
                nominal(pt) && !breaks_phrase(pw, pt) && pt != "vn" && !LIST_MARKS.contains(&pw)
                    || (pt.starts_with('v')
                        && !is_predicate_verb(pw)
                        && start >= 3
                        && !COVERBS.contains(&w))
            };
            // `背街巷道` comes out as `背/街巷/道`: a one-character verb opening the whole
            // subject before a run of nouns is a piece of a name the segmenter cut apart.
            let cut_name = start == 1
                && w.chars().count() == 1
                && !COVERBS.contains(&w)
                && words.len() >= 3
                && words[1].1.starts_with('n')
                && words[2..].iter().all(|(_, t)| nominal(t));
            if !before_is_nominal && !cut_name {
                break;
            }
        } else if !(nominal(t) || inner || w == "的" && start >= 2) {
            // `的` joins a modifier to its noun inside a name (`30万元以上的村占比`).
            break;
        }
        start -= 1;
    }
    let text = |from: usize| -> String { joined(&words[from..]) };
    // `廊坊临空经济区完成投资`: a light verb between a name and a bare aspect noun; the
    // indicator is the name's (`廊坊临空经济区投资`).
    // Likewise a time word (`北京大兴国际机场临空经济区年内投资`).
    if start + 1 == words.len()
        && start >= 2
        && matches!(
            words[start - 1].0,
            "完成" | "实现" | "累计完成" | "年内" | "全年" | "今年" | "计划" | "计划完成"
        )
        && nominal(words[start - 2].1)
    {
        // Only the words that could make a name: the owner's phrase is looked for in them,
        // so that a run-on clause (`完成投资` repeated) is neither re-read nor recursed into
        // once per repetition.
        let before = &words[..start - 1];
        let mut from = before.len();
        let mut bytes = 0;
        while from > 0 && bytes + before[from - 1].0.len() <= longest_name {
            from -= 1;
            bytes += before[from].0.len();
        }
        let owner = noun_phrase(&joined(&before[from..]));
        if !owner.is_empty() {
            return format!("{owner}{}", words[start].0);
        }
    }
    // A longer tail the vocabulary knows wins (`接待游客`, not `游客`).
    let mut shortest_tail = start;
    let mut tail_bytes: usize = words[start..].iter().map(|(w, _)| w.len()).sum();
    while shortest_tail > 0 && tail_bytes + words[shortest_tail - 1].0.len() <= longest_name {
        shortest_tail -= 1;
        tail_bytes += words[shortest_tail].0.len();
    }
    // The head itself known too: names listed before it with `和` (`城镇居民人均可支配收入和农民
    // 人均纯收入均增长8.5%以上`, where the segmenter tags `收入` a verb, so `和` ends the phrase)
    // are taken in as with `、`.
    let after_mark = start > 0 && LIST_MARKS.contains(&words[start - 1].0);
    let last_k = if after_mark { start + 1 } else { start };
    if let Some(known) = (shortest_tail..last_k).find(|&k| vocabulary.lookup(&text(k)).is_some()) {
        let known = listed_names(words, known);
        return text(coordinated_modifiers(words, known));
    }
    // `改造约1亿人居住的城镇棚户区`: a relative clause's `的` with its verb cut off; the
    // figure counts the verb's subject, not the noun.
    // A scope alone (`扩大到全国50%以上的城市`, `国家级8个`) names no indicator.
    if words[start].0 == "的"
        || start + 1 == words.len()
            && matches!(
                words[start].0,
                "全国" | "全省" | "全市" | "全县" | "全区" | "国家级" | "省级" | "市级" | "县级"
            )
    {
        return String::new();
    }
    let phrase = text(start);
    // `对拖欠企业的款项年底前要清偿一半以上`: a work named by its verb alone, its object put
    // before it with `对`/`把`; the figure measures the work on that object.
    if start + 1 == words.len()
        && matches!(words[start].1, "v" | "vn")
        && let Some(k) = words[..start]
            .iter()
            .position(|(w, t)| matches!(*w, "对" | "把") && *t == "p")
    {
        let object = noun_phrase(&joined(&words[k + 1..start]));
        if object.chars().count() >= 2 {
            return format!("{object}{phrase}");
        }
    }
    // Places and a verb after a preposition (`与京津共建`) name an action, not a thing; a
    // place and the work done on it, standing alone, name the work (`5000亩沙区治理`).
    let (head, head_tag) = words[words.len() - 1];
    // A preposition or a conjunction before the places: `启动城中村改造` (an action verb,
    // then a kind of place the segmenter tags as a place name, then the work) names the work.
    let only_places = start > 0
        && matches!(words[start - 1].1, "p" | "c")
        && words[start..words.len() - 1]
            .iter()
            .all(|(_, t)| matches!(*t, "ns" | "nr" | "nrt" | "nz"));
    if (head_tag == "v" && only_places && head.chars().count() <= 2
        || head_tag == "v" && start == words.len() - 1)
        && vocabulary.lookup(head).is_none()
    {
        return String::new();
    }
    let has_noun = words[start..]
        .iter()
        .any(|(_, t)| t.starts_with('n') || matches!(*t, "vn" | "j" | "eng" | "b" | "s" | "l"));
    if has_noun || vocabulary.lookup(&phrase).is_some() {
        let phrase = phrase.trim_end_matches(['、', '和', '及', '与']);
        if phrase.starts_with(NOT_A_LIST_MARK) {
            phrase.to_string()
        } else {
            phrase
                .trim_start_matches(['、', '和', '及', '与'])
                .to_string()
        }
    } else {
        String::new()
    }
}

/// Where a known name starts once the whole names listed before it are taken in:
/// `城镇常住居民人均可支配收入、农村常住居民人均可支配收入均增长8%` lists two indicators by
/// their full names and gives both one figure (see [`split_items`]); without this the
/// subject was the list's last item with its mark (`、农村常住居民人均可支配收入`). An item is
/// taken only when it is a name the vocabulary knows, so a verb phrase before a list
/// (`加快建设A、B`) stays out.
fn listed_names(words: &[(&str, &str)], known: usize) -> usize {
    let vocabulary = crate::extract::vocabulary::vocabulary();
    let longest_name = 4 * crate::extract::vocabulary::MAX_NAME_CHARS;
    let joined =
        |from: usize, to: usize| -> String { words[from..to].iter().map(|(w, _)| *w).collect() };
    // The list mark itself is no part of the name (`、农村常住…`).
    let mut start = if LIST_MARKS.contains(&words[known].0) && known + 1 < words.len() {
        known + 1
    } else {
        known
    };
    while start >= 2 && LIST_MARKS.contains(&words[start - 1].0) {
        let end = start - 1;
        let mut from = end;
        let mut bytes = 0;
        let mut item = None;
        while from > 0 && bytes + words[from - 1].0.len() <= longest_name {
            from -= 1;
            bytes += words[from].0.len();
            if vocabulary.lookup(&joined(from, end)).is_some() {
                item = Some(from);
            }
        }
        match item {
            Some(from) => start = from,
            None => break,
        }
    }
    start
}

/// Where a known name starts once the short modifiers coordinated with its first word are
/// taken in: `城镇和农村居民人均可支配收入分别达…` names two indicators sharing one head (see
/// [`split_items`]), not only the rural one the vocabulary knows. A modifier is one or two
/// nominal words of at most three characters before `和`/`及`/`与`/`、`.
fn coordinated_modifiers(words: &[(&str, &str)], known: usize) -> usize {
    let mut start = known;
    while start >= 2 {
        let (sep, _) = words[start - 1];
        let (modifier, tag) = words[start - 2];
        let short = modifier.chars().count() <= 3;
        if !matches!(sep, "和" | "及" | "与" | "、") || !short || !nominal(tag) || tag == "m" {
            break;
        }
        start -= 2;
    }
    start
}

/// `text` without the enumerator of a list of points it opens with (`一是`…`十是`, `十一是`):
/// `一是城镇新增就业4000人`, `九是新增县城集中供热面积30万平方米` of a list of the year's
/// practical things, whose subjects are `城镇新增就业` and `新增县城集中供热面积`.
fn without_enumerator(text: &str) -> &str {
    const NUMERALS: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let rest = text.trim_start_matches(NUMERALS);
    match rest.strip_prefix('是') {
        Some(after) if text.len() - rest.len() >= '一'.len_utf8() => after,
        _ => text,
    }
}

/// Strips verbs and fillers from both ends of a subject.
/// A subject without the alternatives a report puts in brackets in the verb that opens it
/// (`新(改)建高标准农田`, `改(扩)建`, `加装(增设)电梯`), nor the pieces of a bracket the clause's
/// figures cut off (`增设)电梯`, `县(市` of `县(市、区)`): short Han alternatives only (six
/// characters at most, `、` between), so a bracket that says more stays, and one further on
/// is part of the name (`每千人口执业(助理)医师数`).
fn without_alternates(raw: &str) -> std::borrow::Cow<'_, str> {
    let short = |inner: &str| {
        let n = inner.chars().count();
        (1..=6).contains(&n) && inner.chars().all(|c| crate::text::is_han(c) || c == '、')
    };
    let mut s = std::borrow::Cow::Borrowed(raw);
    // A piece cut off before: its end bracket first, or an open bracket left at the end.
    if let Some(k) = s.find(')')
        && !s[..k].contains('(')
        && short(&s[..k])
    {
        s = std::borrow::Cow::Owned(s[k + 1..].to_string());
    }
    if let Some(k) = s.rfind('(')
        && !s[k..].contains(')')
        && short(&s[k + 1..])
        && k > 0
    {
        s = std::borrow::Cow::Owned(s[..k].to_string());
    }
    // Whole alternatives after a Han character.
    while let Some(open) = s.find('(') {
        let Some(close) = s[open..].find(')').map(|c| open + c) else {
            break;
        };
        // Only in the verb that opens the subject (`新(改)建`, `加装(增设)`): further on, a
        // bracket belongs to the name (`每千人口执业(助理)医师数`, `示范村(社区)`).
        let opening = s[..open].chars().count() <= 2;
        let after_han = s[..open]
            .chars()
            .next_back()
            .is_some_and(crate::text::is_han);
        if !(opening && after_han && short(&s[open + 1..close])) {
            break;
        }
        s = std::borrow::Cow::Owned(format!("{}{}", &s[..open], &s[close + 1..]));
    }
    s
}

/// The [`LEADING_FILLERS`] that start with the first character of `s`, in their order (so
/// that the longest of them that `s` starts with, and the last on a tie, is the one the whole
/// list gives): a subject is cleaned in a loop, and most of its starts open no filler.
fn fillers_starting(s: &str) -> &'static [&'static str] {
    static BY_FIRST: std::sync::LazyLock<crate::text::ByFirstChar> =
        std::sync::LazyLock::new(|| crate::text::ByFirstChar::new(LEADING_FILLERS));
    BY_FIRST.starting(s)
}

/// The [`TRAILING_FILLERS`] that end with the last character of `s`, in their order (the
/// longest that `s` ends with, the last on a tie, is the one the whole list gives): tried in
/// every round of cleaning a subject, the whole list cost a string compare per entry.
fn fillers_ending(s: &str) -> &'static [&'static str] {
    static BY_LAST: std::sync::LazyLock<rustc_hash::FxHashMap<char, Vec<&'static str>>> =
        std::sync::LazyLock::new(|| {
            let mut by_last: rustc_hash::FxHashMap<char, Vec<&'static str>> = Default::default();
            for f in TRAILING_FILLERS {
                if let Some(c) = f.chars().next_back() {
                    by_last.entry(c).or_default().push(f);
                }
            }
            by_last
        });
    s.chars()
        .next_back()
        .and_then(|c| BY_LAST.get(&c))
        .map_or(&[], Vec::as_slice)
}

pub fn clean_subject(raw: &str) -> String {
    let raw = without_alternates(raw.trim());
    let raw = without_enumerator(raw.trim());
    let stripped = &raw.trim()[cues::leading_count(raw.trim())..];
    let mut s = without_project_size(stripped.trim());
    // `均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%`: what follows `等` is the
    // aspect measured (`增幅`), not the kind the list is examples of; the listed things are
    // the subjects (each gets the figure, see `split_items`).
    if let Some(k) = s.rfind('等')
        && s[..k].contains(['、', '和', '及'])
        && ASPECTS.iter().any(|a| {
            s[k + '等'.len_utf8()..]
                .trim_end_matches(['均', '都', '要'])
                .ends_with(a)
                && s[k + '等'.len_utf8()..].starts_with(a)
        })
    {
        return clean_subject(&s[..k]);
    }
    // `将新型农村社会养老保险试点范围扩大到全国(40%的县)`: the whole the figure is a share of,
    // after the verb that extends a programme to it, is no part of the programme's name.
    for scope in ["全国", "全省", "全市", "全县", "全区"] {
        if let Some(rest) = s.strip_suffix(scope)
            && let Some(verb) = ["扩大到", "扩大至", "推广到", "推广至", "覆盖"]
                .iter()
                .find(|v| rest.ends_with(*v))
        {
            s = &rest[..rest.len() - verb.len()];
        }
    }
    // `对拖欠企业的款项年底前要清偿`: the object `对` puts before a verb alone names the work
    // (see `noun_phrase`), though `对` is otherwise a filler.
    if let Some(rest) = s.strip_prefix(['对', '把']) {
        let (with_object, verb) = (noun_phrase(s), noun_phrase(rest));
        if !verb.is_empty() && with_object.len() > verb.len() && with_object.ends_with(&verb) {
            return with_object;
        }
    }
    loop {
        let before = s;
        s = &s[cues::leading_count(s)..];
        if let Some(filler) = fillers_starting(s)
            .iter()
            .filter(|f| s.starts_with(*f))
            .max_by_key(|f| f.len())
        {
            // A filler that would change what the subject names stays (`再就业` is not
            // `就业`).
            let vocabulary = crate::extract::vocabulary::vocabulary();
            let named = |t: &str| vocabulary.lookup(t).map(|e| e.id.as_str());
            let rest = &s[filler.len()..];
            // A one-character filler the segmenter reads as the start of a longer word is
            // part of a name (`新农合`, not `新` + `农合`).
            let glued = filler.chars().count() == 1
                && crate::text::words::tag(s).first().is_some_and(|(w, _)| {
                    w.len() > filler.len()
                        && crate::text::words::tag(&w[filler.len()..])
                            .first()
                            .is_some_and(|(_, t)| !t.starts_with('v'))
                });
            let glued = glued || s.starts_with(NOT_A_LIST_MARK);
            // `新` is an adverb before a verb (`新培育企业10家`: newly) but an adjective of the
            // noun it stands before (`新时代美丽乡村`, `新型储能`): only the adverb goes.
            let glued = glued
                || *filler == "新"
                    && crate::text::words::tag(rest)
                        .first()
                        .is_some_and(|(_, t)| t.starts_with('n'));
            if (named(s).is_none() || named(s) == named(rest)) && !glued {
                s = rest;
            }
        }
        if let Some(filler) = fillers_ending(s)
            .iter()
            .filter(|f| s.ends_with(*f))
            .max_by_key(|f| f.len())
        {
            s = &s[..s.len() - filler.len()];
        }
        s = s.trim();
        if s == before {
            break;
        }
    }
    let s = &s[cues::leading_count(s)..];
    let s = cues::without_trailing_count(s);
    // A subject is a name, not a sentence: keep what follows the last verb-like break.
    let s = s.rsplit(['。', ';', '!']).next().unwrap_or(s);
    // `全年开展“揭榜挂帅”`: a name in quotes that ends the subject is named whole, whatever
    // the segmenter makes of its words (`揭榜` reads as a verb).
    // (The opening quote may have gone with a filler before it.)
    if let Some(inner) = s.strip_suffix('”')
        && (inner.contains('“') || stripped.contains('“'))
    {
        let open = inner.rfind('“');
        let name = open.map_or(inner, |open| &inner[open + '“'.len_utf8()..]);
        // `实施“规模以上工业企业倍增计划”，确保新增450家以上`: a programme to double a kind of
        // thing counts that thing (`倍增` is its aim), whatever the length of the name.
        if let Some(thing) = ["倍增计划", "倍增行动", "倍增工程"]
            .iter()
            .find_map(|p| name.strip_suffix(p))
            .filter(|t| t.chars().count() >= 2)
        {
            return clean_subject(thing);
        }
        if (2..=12).contains(&name.chars().count()) && name.chars().all(is_han) {
            // A short modifier before the quotes stays (`省级“院士合作重点单位”`).
            let modifier = open.map_or("", |o| inner[..o].trim());
            let modifier = if crate::text::words::tag(modifier)
                .iter()
                .all(|(_, t)| t.starts_with('n') || matches!(*t, "b" | "a" | "j"))
            {
                modifier
            } else {
                ""
            };
            return if (2..=4).contains(&modifier.chars().count()) {
                format!("{modifier}“{name}”")
            } else {
                name.to_string()
            };
        }
    }
    let s = s.trim_matches(|c: char| c == '“' || c == '”' || c.is_whitespace());
    // Balanced quotes only: `“浙江制造”标准` keeps both, a stray one goes.
    let opens = s.matches('“').count();
    let closes = s.matches('”').count();
    let s = if opens != closes {
        s.replace(['“', '”'], "")
    } else {
        s.to_string()
    };
    // `改造建华路、根河路等背街巷道`: examples, then the kind they are; the kind is the subject.
    if let Some(k) = s.rfind('等')
        && k > 0
    {
        let kind = noun_run(&s[k + '等'.len_utf8()..]);
        if kind.chars().count() >= 2 {
            // `…等主干道路进行综合改造`: the light verb goes (see `noun_phrase`).
            if LIGHT_VERBS.iter().any(|v| kind.contains(v)) {
                let phrase = noun_phrase(kind);
                if phrase.chars().count() >= 2 {
                    return phrase;
                }
            }
            return kind.to_string();
        }
    }
    if s.chars().any(is_han) || s.chars().any(|c| c.is_ascii_alphabetic()) {
        noun_phrase(&s)
    } else {
        String::new()
    }
}

/// A subject without the size of the project it opens with (`投资1.27亿元实施的主城区绿化工程
/// 新增绿化面积`, `累计完成投资3.23亿元的拆炉并网工程新接入集中供热面积`): money, then at most
/// a verb, then `的` describe the works; what follows names what the figure measures.
fn without_project_size(s: &str) -> &str {
    let Some(at) = s.rfind("元") else {
        return s;
    };
    let digit_before = s[..at]
        .trim_end_matches(['万', '亿', '千', '百'])
        .ends_with(|c: char| c.is_ascii_digit());
    let rest = &s[at + "元".len()..];
    let Some(k) = rest.find('的') else {
        return s;
    };
    let verb = &rest[..k];
    let rest = &rest[k + '的'.len_utf8()..];
    // Not a threshold that names a class (`收入10万元以上的村`).
    let verb_only = verb.is_empty()
        || verb.chars().count() <= 2
            && crate::text::words::tag(verb)
                .iter()
                .all(|(_, t)| t.starts_with('v'));
    if digit_before && verb_only && rest.chars().count() >= 2 {
        rest
    } else {
        s
    }
}

/// `确保粮食播种面积和产量保持在1000万亩、400万吨以上`: two things listed, then as many figures
/// in different units, each figure the thing of its place in the list (`粮食播种面积`
/// 1000万亩, `粮食产量` 400万吨), as with `分别`. A short later item shares the first item's
/// opening noun (`产量` → `粮食产量`). Only figures of different units: `A和B增长5%、8%` is
/// not written so.
fn pair_listed_subjects(inds: &mut [Indicator]) {
    let mut k = 0;
    while k < inds.len() {
        let subject = inds[k].subject.clone();
        let run = inds[k..]
            .iter()
            .take_while(|i| i.subject == subject)
            .count();
        let items = split_items(&subject);
        let units: Vec<Option<&str>> = inds[k..k + run]
            .iter()
            .map(|i| i.base_unit.as_deref())
            .collect();
        let distinct = units.iter().all(Option::is_some)
            && units
                .iter()
                .enumerate()
                .all(|(a, u)| !units[..a].contains(u));
        if run >= 2 && items.len() == run && distinct {
            let opening = crate::text::words::tag(&items[0])
                .first()
                .filter(|(w, t)| t.starts_with('n') && *w != items[0])
                .map(|(w, _)| w.to_string());
            for (j, item) in items.into_iter().enumerate() {
                let named = match &opening {
                    Some(o) if j > 0 && item.chars().count() <= 2 => format!("{o}{item}"),
                    _ => item,
                };
                inds[k + j].subject = named;
            }
        }
        k += run.max(1);
    }
}

/// `新认定省市“专精特新”企业各50家以上`: a modifier of two levels of government shared by `各`
/// names one target per level (`省级“专精特新”企业`, `市级“专精特新”企业`).
fn levels_each(subject: &str) -> Option<Vec<String>> {
    const LEVELS: &[&str] = &["省市县", "省市", "市县", "县乡", "省县"];
    let pair = LEVELS.iter().find(|l| subject.starts_with(*l))?;
    let rest = &subject[pair.len()..];
    (rest.chars().count() >= 2).then(|| pair.chars().map(|c| format!("{c}级{rest}")).collect())
}

/// The subjects of the `n` clauses right before a clause of `分别` with no subject of its own,
/// each naming one amount: `城市居民人均可支配收入13555元，农民人均纯收入4677元，分别增长10.1%和
/// 8%` gives each income its growth (the class is a review's pair of incomes, or of revenues,
/// each with its level, then their growths together). `None` unless every one of those clauses
/// is a subject and one figure.
fn amounts_before(previous: &[&str], n: usize) -> Option<Vec<String>> {
    let from = previous.len().checked_sub(n)?;
    previous[from..]
        .iter()
        .map(|c| {
            let k = c.find(|ch: char| ch.is_ascii_digit())?;
            let after = &c[k..];
            let subject = clean_subject(&c[..k]);
            (subject.chars().count() >= 2
                && after.chars().count() <= 12
                && !after.contains(['、', '和', '%', '％']))
            .then_some(subject)
        })
        .collect()
}

/// Where the values of a clause with no subject of its own continue the list of a `分别`
/// clause before it, as many values as it listed: `全部财政收入和地方一般预算收入分别完成166.6亿元
/// 和73.3亿元，可比增长21.6%和22%` gives each revenue its growth (both went to the last one).
/// The values stand side by side, joined by `和`, `、` or `及` alone.
fn list_continued(clause: &str, quantities: &[Quantity], previous: &[&str]) -> Option<usize> {
    let first = quantities.first()?;
    if quantities.len() < 2 || !clean_subject(&clause[..first.start]).is_empty() {
        return None;
    }
    let joined = quantities
        .windows(2)
        .all(|w| matches!(clause[w[0].end..w[1].start].trim(), "和" | "、" | "及"));
    let listed = list_distributed_before(previous)?;
    (joined && listed.len() == quantities.len()).then_some(first.start)
}

/// The list (two items at least) that the last earlier clause with `分别` distributed its
/// figures over, for a later clause that goes on with it without a subject; or the list whose
/// values stood side by side without `分别` (`城乡居民人均可支配收入完成2.57万元和1.68万元，分别
/// 增长9%和9.8%`, see [`listed_values`]).
fn list_distributed_before(previous: &[&str]) -> Option<Vec<String>> {
    previous
        .iter()
        .rev()
        .find_map(|c| {
            c.find("分别")
                .or_else(|| listed_values(c, &scan(c)))
                .map(|k| distributed_items(&clean_subject(&c[..k])))
        })
        .filter(|list| list.len() > 1)
}

/// A share of a whole written `占…的` right before the figure (`民生支出占一般公共预算支出的
/// 80%以上`; in a review after the amount, `全年民生支出666亿元，占一般公共预算支出的84.1%`):
/// the share of the thing before `占` (or of the clause's subject), named as the share
/// (`民生支出占一般公共预算支出比重`), not the whole it is taken of.
fn share_of_whole(before: &str, last_subject: Option<&str>) -> Option<String> {
    let t = before.trim_end();
    let t = [
        "达到",
        "保持在",
        "稳定在",
        "提高到",
        "提升到",
        "为",
        "达",
        "约",
    ]
    .iter()
    .find_map(|w| t.strip_suffix(w))
    .unwrap_or(t);
    let t = t.strip_suffix('的')?;
    let k = t.rfind('占')?;
    let whole = clean_subject(&t[k + '占'.len_utf8()..]);
    if whole.chars().count() < 2 {
        return None;
    }
    // The noun phrase right before `占`, not what an adverbial before it holds
    // (`中央财政已按全国财政性教育经费支出占…` → `财政性教育经费支出`).
    let part = &t[..k];
    let mut from = part.len();
    for (w, tag) in subject_tags(part).into_iter().rev() {
        if breaks_phrase(w, tag) || !(nominal(tag) || tag.starts_with('v')) {
            break;
        }
        from -= w.len();
    }
    let own = clean_subject(&part[from..]);
    let owner = if own.is_empty() {
        last_subject?.to_string()
    } else {
        own
    };
    (owner.chars().count() >= 2).then(|| format!("{owner}占{whole}比重"))
}

/// Whether a clause of a plan reports what is already done: `已` or `已经` before its first
/// figure, with no `的` after it (`对已建成的100个小区进行改造` counts works to do) and no word
/// that looks ahead (`已…今年要再…`).
fn already_done(clause: &str) -> bool {
    const AHEAD: &[&str] = &[
        "今年", "年内", "要", "将", "力争", "确保", "计划", "争取", "再",
    ];
    // The state now (`现在全国有100多个城市建立了最低生活保障制度`) and what was done one place
    // after another (`国家先后在58个城市进行了…的试点`): State Council plans of the 1990s
    // recalling where a reform stands before saying what comes next.
    let first_figure = clause.find(|c: char| c.is_ascii_digit());
    if let Some(f) = first_figure
        && !AHEAD.iter().any(|w| clause.contains(w))
    {
        let opening = clause.trim_start_matches(|c: char| !is_han(c));
        let now = ["现在", "目前", "现已"]
            .iter()
            .any(|w| opening.starts_with(w))
            && clause[..f].contains('有');
        let one_after_another = clause[..f].contains("先后") && clause[f..].contains('了');
        if now || one_after_another {
            return true;
        }
    }
    let Some(at) = clause
        .match_indices('已')
        .map(|(at, _)| at)
        .find(|&at| !clause[..at].ends_with(['而', '得']) && !clause[at..].starts_with("已知"))
    else {
        return false;
    };
    let first_figure = clause.find(|c: char| c.is_ascii_digit());
    // `的` between `已` and the figure makes what is done a description of the things counted
    // (`对已建成的100个小区进行改造`); after the figure it is inside their name (`已形成24个
    // 跨地区的横向经济联合网络`, State Council 1987).
    first_figure.is_some_and(|f| f > at && !clause[at..f].contains('的'))
        && !AHEAD.iter().any(|w| clause.contains(w))
}

/// Where values listed in a run (`6000家、3000家、2000家`) open right after a list of as many
/// items (`新发展家庭农场、农民合作社、农业托管服务组织`), the first figures of the clause: the
/// values pair with the items in order, as after `分别`. Each value with a unit, nothing but a
/// list mark between two, and no `等` in the list (`A、B等250家` counts them together).
fn listed_values(clause: &str, quantities: &[Quantity]) -> Option<usize> {
    let first = quantities.first()?;
    let run = 1 + quantities
        .windows(2)
        .take_while(|w| {
            w[0].unit.is_some()
                && w[1].unit.is_some()
                && matches!(&clause[w[0].end..w[1].start], "、" | "和" | "及" | "与")
        })
        .count();
    let before = &clause[..first.start];
    if run < 2 || before.contains(['等', '，', ',', '；', ';']) {
        return None;
    }
    let items: Vec<&str> = before.split('、').collect();
    // `城乡居民收入增长5%和3%左右` (Hebei 2001): an urban-and-rural subject before two values
    // names the urban one, then the rural one, as with `分别`.
    let urban_and_rural = items.len() == 1
        && run == 2
        && clean_subject(before).starts_with("城乡")
        && distributed_items(&clean_subject(before)).len() == 2;
    (urban_and_rural
        || items.len() == run
            && items
                .iter()
                .all(|i| i.chars().filter(|c| is_han(*c)).count() >= 2))
    .then_some(first.start)
}

/// `万元GDP建设用地、水耗、电耗分别下降3%、3%、2%左右` (Luohu 2018): an `about` or a floor written
/// once, after the last of values `分别` lists side by side (`、`, `和`), is every value's.
fn share_last_bound(clause: &str, values: &[&Quantity], inds: &mut [Indicator]) {
    let Some((last, earlier)) = inds.split_last_mut() else {
        return;
    };
    let side_by_side = values.windows(2).all(|w| {
        w[0].end <= w[1].start && matches!(&clause[w[0].end..w[1].start], "、" | "和" | "及")
    });
    if earlier.is_empty()
        || !side_by_side
        || !matches!(last.bound, Bound::About | Bound::AtLeast)
        || earlier
            .iter()
            .any(|i| i.bound != Bound::Exact || i.unit != last.unit)
    {
        return;
    }
    for ind in earlier {
        ind.bound = last.bound;
    }
}

/// Kinds listed with `、` before `等` and the head they share, one per value
/// (`节能环保、汽车及零部件、新材料等产业增加值分别增长29.2%、16.5%、16%` → `节能环保产业增加值`,
/// `汽车及零部件产业增加值`, `新材料产业增加值`): an item may hold `及` or `和` of its own, so the
/// items are split at `、` (and at a last `和`/`及` when that gives the count of values).
fn items_before_kind(raw: &str, values: usize) -> Option<Vec<String>> {
    let k = raw.rfind('等')?;
    let (list, head) = (&raw[..k], clean_subject(&raw[k + '等'.len_utf8()..]));
    if head.chars().count() < 2 || !list.contains('、') {
        return None;
    }
    let mut items: Vec<&str> = list.split('、').map(str::trim).collect();
    if items.len() + 1 == values
        && let Some(last) = items.pop()
    {
        let (a, b) = last.rsplit_once(['和', '及', '与'])?;
        items.extend([a, b]);
    }
    // The items as written (`节能环保`, `新材料`: cleaning them as subjects would drop words
    // that are names here), the first without the scope that opens the clause (`全市`).
    let scope = |i: &str| {
        [
            "全市", "全县", "全省", "全区", "全国", "全年", "今年", "其中",
        ]
        .iter()
        .find_map(|w| i.strip_prefix(w))
        .unwrap_or(i)
        .to_string()
    };
    let named: Vec<String> = items
        .iter()
        .map(|i| scope(i.trim_matches(|c: char| !is_han(c))))
        .filter(|i| i.chars().count() >= 2 && i.chars().all(is_han))
        .collect();
    (named.len() == values && named.len() == items.len())
        .then(|| named.iter().map(|i| format!("{i}{head}")).collect())
}

/// The subjects a figure distributed by `分别` goes to: the listed items, and for one subject
/// opening with `城乡` the urban and the rural indicator (`城乡居民人均可支配收入分别增长7.5%`).
fn distributed_items(subject: &str) -> Vec<String> {
    let items = split_items(subject);
    if let [only] = items.as_slice()
        && let Some(rest) = only.strip_prefix("城乡")
        && rest.chars().count() >= 2
    {
        return vec![format!("城镇{rest}"), format!("农村{rest}")];
    }
    items
}

/// Whether a listed subject names two or more things each whole with a head of its own that
/// one figure applies to each of: rates (`孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上`,
/// Guangdong 2026) and spending lines (`“三公”经费和政府购买服务支出再压减5%`, Guangdong
/// 2024): a rate or a cut of a list is each item's, as with `均`.
fn headed_items(subject: &str) -> bool {
    const HEADS: &[&str] = &["率", "经费", "支出"];
    if !subject.contains(['、', '和']) {
        return false;
    }
    let items: Vec<&str> = subject.split(['、', '和']).map(str::trim).collect();
    items.len() >= 2
        && items.iter().all(|i| {
            i.chars().filter(|c| is_han(*c)).count() >= 4 && HEADS.iter().any(|h| i.ends_with(h))
        })
}

/// Whether a listed subject names two or more different indicators the vocabulary knows, each
/// whole (`商品零售价格和居民消费价格`), not one name whose parts share a head.
fn known_items(subject: &str) -> bool {
    if !subject.contains(['、', '和', '及', '与']) {
        return false;
    }
    let vocabulary = crate::extract::vocabulary::vocabulary();
    let items: Vec<&str> = subject
        .split(['、', '和', '及', '与'])
        .map(str::trim)
        .collect();
    let ids: Vec<Option<&str>> = items
        .iter()
        .map(|i| vocabulary.lookup(i).map(|e| e.id.as_str()))
        .collect();
    items.len() >= 2 && ids.iter().all(Option::is_some) && ids.windows(2).all(|w| w[0] != w[1])
}

/// The bases an intensity is measured per (`万元GDP水耗`: water used per 10,000 yuan of output).
const PER_UNIT_BASES: &[&str] = &[
    "万元GDP",
    "单位GDP",
    "万元地区生产总值",
    "单位地区生产总值",
    "万元生产总值",
    "单位生产总值",
    "万元工业增加值",
    "单位工业增加值",
];

/// `万元GDP建设用地、水耗、电耗分别下降3%、3%、2%左右` (Luohu 2018): a list of intensities whose
/// first item opens with the base they are measured per, the later ones short and without it,
/// gives that base to each (`万元GDP水耗`, `万元GDP电耗`: the next plan names them so).
fn per_unit_items(items: &[&str]) -> Option<Vec<String>> {
    let (first, rest) = items.split_first()?;
    let base = PER_UNIT_BASES
        .iter()
        .find(|b| first.starts_with(*b) && first.len() > b.len())?;
    let bare = |i: &&str| {
        i.chars().count() <= 4
            && i.chars().all(is_han)
            && !PER_UNIT_BASES.iter().any(|b| i.starts_with(b))
    };
    (!rest.is_empty() && rest.iter().all(bare)).then(|| {
        std::iter::once(first.to_string())
            .chain(rest.iter().map(|i| format!("{base}{i}")))
            .collect()
    })
}

/// Splits a listed subject (`国家级、省级专精特新企业`, `城镇和农村居民人均可支配收入`,
/// `制造业、高新技术产业、民间项目三项投资`) into one subject per item.
pub fn split_items(subject: &str) -> Vec<String> {
    if subject.is_empty() {
        return Vec::new();
    }
    // `及` of a word (`普及率`, `涉及`) is no list mark.
    let mut items: Vec<&str> = Vec::new();
    let mut from = 0;
    let mut prev = None;
    for (at, c) in subject.char_indices() {
        let mark =
            matches!(c, '、' | '和' | '与') || c == '及' && !matches!(prev, Some('普' | '涉'));
        if mark {
            items.push(&subject[from..at]);
            from = at + c.len_utf8();
        }
        prev = Some(c);
    }
    items.push(&subject[from..]);
    let items: Vec<&str> = items
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if items.len() < 2 {
        return vec![subject.to_string()];
    }
    if let Some(out) = per_unit_items(&items) {
        return out;
    }
    let (last, rest) = match items.split_last() {
        Some(x) => x,
        None => return vec![subject.to_string()],
    };
    // `民间项目三项投资`: the counted head noun follows the count phrase.
    if let Some((start, end)) = cues::count_phrase(last) {
        let head = &last[end..];
        if !head.is_empty() {
            let mut out: Vec<String> = rest.iter().map(|i| format!("{i}{head}")).collect();
            out.push(format!("{}{head}", &last[..start]));
            return out;
        }
    }
    // `化学需氧量、氨氮、二氧化硫、氮氧化物排放量`, `PM2.5、PM10、二氧化硫、臭氧平均浓度`: a
    // measure of pollutants written once, on the last of them, is every one's (the SO2 of a
    // list of concentrations is no SO2 emission).
    // The class named before the list is no part of its first item (`主要污染物化学需氧量和
    // 二氧化硫排放量`).
    const POLLUTANT_MEASURES: &[&str] = &["平均浓度", "浓度", "排放总量", "排放量"];
    let pollutant = |i: &str| -> String {
        i.trim_start_matches("主要")
            .trim_start_matches("污染物")
            .to_string()
    };
    if let Some(head) = POLLUTANT_MEASURES
        .iter()
        .find(|h| last.ends_with(*h) && last.len() > h.len())
        && rest.iter().all(|i| {
            pollutant(i).chars().count() <= 6 && !POLLUTANT_MEASURES.iter().any(|h| i.ends_with(h))
        })
    {
        let mut out: Vec<String> = rest
            .iter()
            .map(|i| format!("{}{head}", pollutant(i)))
            .collect();
        out.push((*last).to_string());
        return out;
    }
    // `国家级、省级专精特新企业`: levels sharing one noun.
    if rest.iter().all(|i| i.ends_with('级'))
        && let Some(pos) = last.find('级')
    {
        let head = &last[pos + '级'.len_utf8()..];
        let mut out: Vec<String> = rest.iter().map(|i| format!("{i}{head}")).collect();
        out.push((*last).to_string());
        return out;
    }
    // `城镇和农村居民人均可支配收入`: short modifiers sharing the last item's noun.
    let first_len = rest[0].chars().count();
    if rest
        .iter()
        .all(|i| i.chars().count() == first_len && first_len <= 3)
        && last.chars().count() > first_len + 1
    {
        let head: String = last.chars().skip(first_len).collect();
        let mut out: Vec<String> = rest.iter().map(|i| format!("{i}{head}")).collect();
        out.push((*last).to_string());
        return out;
    }
    // `居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元`: an item that names no
    // indicator takes the tail of the last item that makes it one the vocabulary knows
    // (`居民医保财政补助标准`), the shortest such tail: a longer one may carry the other item's
    // own words into it.
    let vocabulary = crate::extract::vocabulary::vocabulary();
    // Tails start on a word boundary (not `本公共卫生…` of `基本公共卫生…`).
    let mut at = 0;
    let tails: Vec<&str> = crate::text::words::tag(last)
        .into_iter()
        .map(|(w, _)| {
            at += w.len();
            &last[at..]
        })
        .filter(|t| !t.is_empty())
        .collect();
    if vocabulary.lookup(last).is_some() {
        let completed: Vec<Option<String>> = rest
            .iter()
            .map(|i| {
                if vocabulary.lookup(i).is_some() {
                    return Some((*i).to_string());
                }
                tails
                    .iter()
                    .rev()
                    .filter(|t| t.chars().count() >= 2)
                    .map(|t| format!("{i}{t}"))
                    .find(|whole| vocabulary.lookup(whole).is_some())
            })
            .collect();
        if completed.iter().all(Option::is_some) {
            let mut out: Vec<String> = completed.into_iter().flatten().collect();
            out.push((*last).to_string());
            return out;
        }
    }
    // `城镇建成区、村庄绿化覆盖率达到34%和23%`: a rate written once, on the last item, after
    // that item's own place (`村庄`), is every item's: the places before it name no indicator
    // and carry no rate of their own, so each takes the longest tail of the last item the
    // vocabulary knows as a rate (`绿化覆盖率`). Provincial plans list the places or kinds a
    // rate is set for so (`城市、县城污水处理率`, `城区、乡镇绿化覆盖率`). Rates only: an amount
    // written on the last item (`工业增加值、利润`) is that item's.
    const RATE_HEADS: &[&str] = &["率", "比重", "比例", "占比"];
    let rate = |t: &str| RATE_HEADS.iter().any(|h| t.ends_with(h));
    if rate(last)
        && let Some(head) = tails
            .iter()
            .filter(|t| t.chars().count() >= 3 && rate(t))
            .find(|t| vocabulary.lookup(t).is_some())
        && rest.iter().all(|i| {
            i.chars().count() >= 2
                && i.chars().all(is_han)
                && !rate(i)
                && vocabulary.lookup(i).is_none()
        })
    {
        let mut out: Vec<String> = rest.iter().map(|i| format!("{i}{head}")).collect();
        out.push((*last).to_string());
        return out;
    }
    items.iter().map(|s| s.to_string()).collect()
}

#[cfg(test)]
mod by_bytes {
    use super::*;
    use proptest::prelude::*;

    /// Marks, quotes, brackets, separators and characters whose bytes look like theirs
    /// (`一` ends with `80`, `‘` is `E2 80 98`, `〈` is `E3 80 88`).
    const PIECES: &[&str] = &[
        "。", "!", "?", ";", "…", "“", "”", "《", "》", "「", "」", "(", ")", ",", ":", "一", "中",
        "過", "a", "1", " ", "、", "—", "‘", "〈", "倂",
    ];

    proptest! {
        /// `sentences` and `clauses` read by `memchr` split as they do character by character.
        #[test]
        fn sentences_and_clauses_split_as_by_characters(
            pieces in prop::collection::vec(prop::sample::select(PIECES), 0..40)
        ) {
            let text = pieces.concat();
            prop_assert_eq!(sentences(&text), sentences_by_char(&text));
            prop_assert_eq!(clauses(&text), trimmed_clauses(clauses_by_char(&text)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `可支配收入`, cut `可/支配` by the segmenter, is one word in a subject: an opening the
    /// vocabulary does not hold whole with it stays (`城镇人均可支配收入`, urban income; not
    /// `人均可支配收入`, all residents').
    /// `从人均40元提高到45元`: the figure after `从人均` is where the standard starts from, no
    /// target; the target is 45元, named by what stands before `从`.
    /// The enumerator of a list of points is no part of a subject (`一是城镇新增就业4000人`);
    /// `投入` after what is funded is the spending (`安排科技投入716亿元`), after a verb the
    /// verb of the figure (`累计投入`).
    /// Values listed right after a list of as many items pair in order without `分别`
    /// (`新发展家庭农场、农民合作社、农业托管服务组织6000家、3000家、2000家`); a list with
    /// `等` before one count counts them together; `发展` opening a phrase is the action.
    /// A plan sentence framed by the five-year plan (`围绕“十四五”规划实施`) whose clause sets a
    /// figure for `全年` sets the year's target, not a five-year one.
    /// A kind of place the segmenter tags as a place name, after an action verb and before
    /// the work (`启动城中村改造203个`), names the work; after a preposition (`与京津共建`) the
    /// places and the verb name an action, no indicator.
    #[test]
    fn a_work_on_a_kind_of_place_after_an_action_verb() {
        assert_eq!(clean_subject("启动城中村改造"), "城中村改造");
        assert_eq!(clean_subject("与京津共建"), "");
    }

    #[test]
    fn the_whole_year_in_a_sentence_framed_by_the_five_year_plan() {
        let text = "示例省2022年政府工作报告\n各位代表:\n一、2021年工作回顾\n生产总值增长6%。\n\
                    二、2022年工作安排\n狠抓重大项目,围绕“十四五”规划实施,聚焦十大重点领域,\
                    储备一批大项目好项目,全年省市重点项目完成投资8000亿元以上。\n";
        let report = crate::parse_report(text.as_bytes(), "t.txt").expect("a report");
        let target = extract(&report)
            .into_iter()
            .find(|i| i.role == IndicatorRole::Target && i.written.contains("8000"))
            .expect("the investment target");
        assert!(!target.five_year, "{target:#?}");
    }

    /// The year's main targets listed before a closing clause on the five-year plan are the
    /// year's; the clause naming the plan and those after it are the period's (Jiangxi 2026:
    /// `…居民消费价格涨幅2%左右，…碳排放双控达到国家下达“十五五”目标任务的序时进度`).
    #[test]
    fn a_period_named_late_in_a_sentence_governs_what_follows_it() {
        let text = "示例省2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n生产总值增长5%。\n\
                    二、2026年工作安排\n主要预期目标是:地区生产总值增长5%-5.5%,固定资产投资增长3.5%左右,\
                    碳排放双控达到国家下达“十五五”目标任务的序时进度,“十五五”时期研发投入年均增长8%。\n";
        let report = crate::parse_report(text.as_bytes(), "t.txt").expect("a report");
        let all = extract(&report);
        let find = |w: &str| {
            all.iter()
                .find(|i| i.role == IndicatorRole::Target && i.written.contains(w))
                .unwrap_or_else(|| panic!("{w}: {all:#?}"))
        };
        assert!(!find("5%-5.5%").five_year);
        assert!(!find("3.5%").five_year);
        assert!(find("8%").five_year);
    }

    /// A part on the next five-year plan that first looks back on the period ending
    /// (`二、“十四五”时期发展成就和“十五五”时期主要目标任务`: `“十四五”时期…年均增长5.2%`, `2025年
    /// 与2020年相比，…年均增长…`) gives actuals of the period ending in the reviewed year, not of
    /// the plan's last year; its goals are for that last year.
    #[test]
    fn a_look_back_inside_a_five_year_plan_part_ends_at_the_reviewed_year() {
        let text = "示例省2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n生产总值增长5%。\n\
                    二、“十四五”时期发展成就和“十五五”时期主要目标任务\n\
                    过去五年,全省生产总值年均增长5.2%。\n\
                    五年来,经济实力显著增强。2025年与2020年相比,粮食产量年均增长2%。\n\
                    今后五年,全省生产总值年均增长5%左右。\n\
                    三、2026年重点工作\n全省生产总值增长5%左右。\n";
        let report = crate::parse_report(text.as_bytes(), "t.txt").expect("a report");
        let all = extract(&report);
        let find = |w: &str, role: IndicatorRole| {
            all.iter()
                .find(|i| i.role == role && i.clause.contains(w))
                .unwrap_or_else(|| panic!("{w}: {all:#?}"))
        };
        assert_eq!(find("5.2%", IndicatorRole::Actual).year, Some(2025));
        assert_eq!(find("2%", IndicatorRole::Actual).year, Some(2025));
        assert_eq!(
            find("年均增长5%左右", IndicatorRole::Target).year,
            Some(2030)
        );
    }

    /// A review titled with the period and the year goes between them in runs: the theme
    /// paragraphs after a turn to the five years are the period's, those after a turn to the
    /// year are the year's (Hubei, Shandong, Henan, Inner Mongolia 2026).
    #[test]
    fn a_review_of_the_period_and_the_year_in_runs_of_paragraphs() {
        let text = "示例省2026年政府工作报告\n各位代表:\n一、“十四五”时期和2025年工作回顾\n\
                    “十四五”时期是极不平凡的五年。\n\
                    ——经济实力实现跃升。粮食总产量稳定在550亿斤左右。\n\
                    刚刚过去的2025年,主要目标顺利实现。\n\
                    经济运行稳中有进。地区生产总值增长5.5%。\n\
                    各位代表!2025年是“十四五”收官之年。五年来,我们砥砺前行。\n\
                    ——民生福祉不断增进。城镇新增就业累计106万人。\n\
                    二、2026年重点工作\n地区生产总值增长5%左右。\n";
        let all = extract_text(text);
        let actual = |w: &str| actual_in(&all, w);
        assert!(actual("550").five_year);
        assert!(!actual("5.5%").five_year);
        assert!(actual("106").five_year);
    }

    /// The yearly mean of a concentration (`细颗粒物年均浓度`) is no figure of several years:
    /// the plan's sentence of main targets stays the year's (Beijing 2026), and the review's
    /// figure the reviewed year's.
    #[test]
    fn a_yearly_mean_is_no_span_of_years() {
        let text = "示例市2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n\
                    地区生产总值增长5.4%,细颗粒物年均浓度为27微克/立方米。\n\
                    二、2026年重点工作\n今年主要预期目标是:地区生产总值增长5%左右,\
                    细颗粒物年均浓度控制在29微克/立方米左右。\n";
        let report = crate::parse_report(text.as_bytes(), "t.txt").expect("a report");
        let all = extract(&report);
        assert!(all.iter().all(|i| !i.five_year), "{all:#?}");
        assert_eq!(
            all.iter()
                .filter(|i| i.role == IndicatorRole::Target)
                .count(),
            2
        );
    }

    /// A story's list of targets one a line under a line that says what it lists: the items
    /// are targets although none says so itself.
    #[test]
    fn a_list_under_its_introduction_in_a_story() {
        let text = "示例县十七届人大五次会议开幕\n\
                    昨天,示例县第十七届人民代表大会第五次会议开幕。县长某某代表县人民政府向大会作政府工作报告。\n\
                    过去一年,全县生产总值增长百分之五点二。\n\
                    今年预期目标:\n全县生产总值增长5%左右\n城镇新增就业6000人以上\n";
        let report = crate::parse_report(text.as_bytes(), "shili_2026.txt").expect("a story");
        let all = extract(&report);
        let targets: Vec<&str> = all
            .iter()
            .filter(|i| i.role == IndicatorRole::Target)
            .map(|i| i.written.as_str())
            .collect();
        assert_eq!(targets, ["增长5%左右", "6000人以上"], "{all:#?}");
    }

    /// A review's summary of the year that names a five-year plan as a label (`…完成“十四五”任务`)
    /// gives the year's figures; the plan's first years (`“十一五”前四年累计…`) stay a span.
    #[test]
    fn a_plan_named_as_a_label_in_the_years_summary() {
        let text = "示例省2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n\
                    刚刚过去的一年,地区生产总值增长5.1%,单位生产总值能耗累计降幅完成“十四五”任务。\n\
                    “十四五”前四年累计单位生产总值能耗下降12%。\n\
                    二、2026年重点工作\n地区生产总值增长5%左右。\n";
        let all = extract_text(text);
        let actual = |w: &str| actual_in(&all, w);
        assert!(!actual("5.1%").five_year);
        assert!(actual("12%").five_year);
    }

    #[test]
    fn values_listed_after_as_many_items() {
        let text = "示例省2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n生产总值增长6%。\n\
                    二、2021年工作安排\n新发展家庭农场、农民合作社、农业托管服务组织6000家、3000家、\
                    2000家。新建学校、医院5所、3所。\n";
        let report = crate::parse_report(text.as_bytes(), "t.txt").expect("a report");
        let targets: Vec<String> = extract(&report)
            .into_iter()
            .filter(|i| i.role == IndicatorRole::Target)
            .map(|i| format!("{} {}", i.subject, i.written))
            .collect();
        assert_eq!(
            targets,
            [
                "家庭农场 6000家",
                "农民合作社 3000家",
                "农业托管服务组织 2000家",
                "学校 5所",
                "医院 3所"
            ]
        );
    }

    #[test]
    fn enumerators_and_spending_in_subjects() {
        assert_eq!(clean_subject("一是城镇新增就业"), "城镇新增就业");
        assert_eq!(clean_subject("十一是城市建设"), "城市建设");
        assert_eq!(clean_subject("今年中央财政安排科技投入"), "科技投入");
        assert_eq!(clean_subject("中央财政拟安排“三农”投入"), "“三农”投入");
        assert_eq!(
            clean_subject("中央财政用于“三农”的投入拟安排"),
            "中央财政用于“三农”的投入"
        );
        assert_eq!(clean_subject("累计投入"), "");
        assert_eq!(clean_subject("中央财政拟投入"), "中央财政");
    }

    #[test]
    fn a_per_head_starting_value_is_no_target() {
        let text = "示例县2016年政府工作报告\n各位代表:\n一、2015年工作回顾\n地区生产总值增长6%。\n\
                    二、2016年工作安排\n基本公共卫生服务经费财政补助从人均40元提高到45元。\n";
        let report = crate::parse_report(text.as_bytes(), "t.txt").expect("a report");
        let targets: Vec<String> = extract(&report)
            .into_iter()
            .filter(|i| i.role == IndicatorRole::Target)
            .map(|i| format!("{} {}", i.subject, i.written))
            .collect();
        assert_eq!(targets, ["基本公共卫生服务经费财政补助 提高到45元"]);
    }

    #[test]
    fn disposable_income_keeps_its_opening() {
        assert_eq!(
            clean_subject("城镇人均可支配收入达到"),
            "城镇人均可支配收入"
        );
        assert_eq!(
            crate::extract::vocabulary::vocabulary()
                .lookup("城镇人均可支配收入")
                .map(|e| e.id.as_str()),
            Some("income_urban")
        );
    }

    #[test]
    fn subjects_lose_verbs_and_fillers() {
        assert_eq!(clean_subject("全年实现地区生产总值"), "地区生产总值");
        assert_eq!(clean_subject("其中一般公共预算收入"), "一般公共预算收入");
        assert_eq!(clean_subject("新增就业"), "就业");
        assert_eq!(
            clean_subject("城乡居民最低生活保障标准提升至"),
            "城乡居民最低生活保障标准"
        );
        assert_eq!(
            clean_subject("全社会研发经费投入占GDP比重达"),
            "全社会研发经费投入占GDP比重"
        );
        assert_eq!(clean_subject("培育国家高新技术企业"), "国家高新技术企业");
        assert_eq!(clean_subject(",增长"), "");
        assert_eq!(clean_subject("到2030年集群营收"), "集群营收");
    }

    /// Subjects of works written around their figure (session 10, forms of a district's
    /// report outside the corpus): a light verb between the thing and its work, the work
    /// after `的` with no noun of its own, a ceiling's verb in a review, a project's size
    /// before its name.
    #[test]
    fn subjects_of_works_around_the_figure() {
        assert_eq!(clean_subject("城镇登记失业率控制到"), "城镇登记失业率");
        assert_eq!(
            clean_subject("对中山路、人民路等主干道路进行综合改造"),
            "主干道路综合改造"
        );
        assert_eq!(thing_after("小区的节能改造"), "小区节能改造");
        assert_eq!(thing_after("楼体的亮化、道路的绿化"), "楼体亮化");
        assert_eq!(thing_after("道路的改扩建"), "道路改扩建");
        assert_eq!(thing_after("道路的建设任务"), "道路建设");
        // A noun after `的` is the thing itself, and a finished stage is no work.
        assert_eq!(thing_after("城镇出入口的绿化工程"), "城镇出入口绿化工程");
        assert_eq!(thing_after("危旧房屋的新建"), "危旧房屋");
        assert_eq!(
            clean_subject("投资5000万元实施的滨河公园绿化工程新增绿化面积"),
            "滨河公园绿化工程新增绿化面积"
        );
        assert_eq!(
            without_project_size("收入10万元以上的村占比"),
            "收入10万元以上的村占比"
        );
        let inds = extract_text(
            "示例区2020年政府工作报告\n各位代表:\n一、2019年工作回顾\n\
             投资2亿元完成了9条道路的改扩建。\n二、2020年工作安排\n\
             完成沿街80栋楼体的亮化。\n",
        );
        let subject = |w: &str| find(&inds, w).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("9条").as_deref(),
            Some("道路改扩建"),
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("80栋").as_deref(),
            Some("楼体亮化"),
            "{}",
            brief(&inds)
        );
    }

    /// Around a count of things named after it: `新` before a noun is the thing's adjective;
    /// a verb phrase before the figure owns nothing (`着力建设`), a place by a locative does
    /// (`…沿线`); a second counter in brackets is no part of the name (`11条(段)市政路`).
    #[test]
    fn owners_and_adjectives_around_a_count() {
        let inds = extract_text(
            "示例市2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n全年新增就业1万人。\n\
             二、2021年工作安排\n着力建设200个新时代美丽乡村。\
             统筹地上地下,改造提升11条(段)市政路。完成东河上游沿线227个村庄生活污水治理。\
             新培育高新技术企业30家。实施“规模以上服务业企业倍增计划”,新增78家。\n",
        );
        let subject = |w: &str| find(&inds, w).first().map(|i| i.subject.clone());
        let cases = [
            ("200个", "新时代美丽乡村"),
            ("11条", "市政路"),
            ("227个", "东河上游沿线村庄生活污水治理"),
            ("30家", "高新技术企业"),
            ("78家", "规模以上服务业企业"),
        ];
        for (written, expected) in cases {
            assert_eq!(
                subject(written).as_deref(),
                Some(expected),
                "{}",
                brief(&inds)
            );
        }
    }

    /// A name in quotes right after a count is the thing counted, with the noun after the
    /// quotes but not the opening that follows it.
    #[test]
    fn quoted_names_after_a_count() {
        let inds = extract_text(
            "示例市2025年政府工作报告\n各位代表:\n一、2024年工作回顾\n全年新增就业1万人。\n\
             二、2025年工作安排\n实施数字化转型行动,培育12个“数字先锋”企业。新城区8座“城市书房”开馆。\
             新推动5500家以上企业“小升规”,让中小企业铺天盖地。\n",
        );
        let subject = |w: &str| find(&inds, w).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("5500家以上").as_deref(),
            Some("“小升规”企业"),
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("12个").as_deref(),
            Some("“数字先锋”企业"),
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("8座").as_deref(),
            Some("新城区城市书房"),
            "{}",
            brief(&inds)
        );
        assert_eq!(quoted_name("“城市书房”开馆"), Some("城市书房".to_string()));
        assert_eq!(quoted_name("“一网通办”"), Some("一网通办".to_string()));
        assert_eq!(quoted_name("城市书房"), None);
    }

    /// Forms of a city's plan read since session 10: grades listed with their counts before
    /// one head, a percentage written without its sign, rounds of a programme named in
    /// quotes, an investment of the plan's year whose owner the sentence named in full, a
    /// relative target with `保持`, a basis in brackets after the name.
    #[test]
    fn forms_of_a_citys_plan() {
        let inds = extract_text(
            "示例市2025年政府工作报告\n各位代表:\n一、2024年工作回顾\n\
             地方一般公共预算收入(扣除留抵退税因素)增长6.1%。\n\
             二、2025年工作安排\n力争打造3个千亿级、9个百亿级园区。研发投入强度达2.4以上。\
             全年开展“揭榜挂帅”2批次。今年安排重点项目80个,项目总投资300亿元,年度计划完成投资60亿元。\
             确保居民收入和经济增长保持同步。综合实力指数达3.5以上。\n",
        );
        let subject = |w: &str| {
            find(&inds, w)
                .first()
                .map(|i| i.subject.clone())
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert_eq!(subject("3个"), "千亿级园区");
        assert_eq!(subject("9个"), "百亿级园区");
        let rd = find(&inds, "达2.4以上");
        assert_eq!(rd.len(), 1, "{}", brief(&inds));
        assert_eq!(rd[0].unit.as_deref(), Some("%"));
        assert_eq!(rd[0].bound, Bound::AtLeast);
        assert!(rd[0].flags.contains(&Flag::UnitLost));
        assert_eq!(subject("2批次"), "揭榜挂帅");
        assert_eq!(subject("60亿元"), "重点项目投资");
        assert_eq!(subject("增长6.1%"), "地方一般公共预算收入");
        let in_step: Vec<&Indicator> = inds
            .iter()
            .filter(|i| i.measure == Measure::Relative)
            .collect();
        assert_eq!(in_step.len(), 1, "{}", brief(&inds));
        assert_eq!(in_step[0].subject, "居民收入");
        // A bare number after a name the vocabulary does not give in percent is no figure.
        assert!(find(&inds, "达3.5以上").is_empty(), "{}", brief(&inds));
    }

    /// A heading that says what must happen to its theme (`X要明显改善。`) gives the theme,
    /// not the predicate, as the owner of a bare investment; an enumerator is no theme.
    #[test]
    fn a_headings_theme_owns_the_investment() {
        assert_eq!(
            paragraph_topic("老城区面貌要明显改善。投资8亿元,加快推进河道整治。").as_deref(),
            Some("老城区")
        );
        assert_eq!(
            paragraph_topic("新城区建设要全面加快。完成道路工程。").as_deref(),
            Some("新城区")
        );
        assert_ne!(
            paragraph_topic("一是全面推进城市建设。全年计划投资9亿元。").as_deref(),
            Some("一是全面推进城市")
        );
    }

    /// A review's two amounts, each with its subject, then their growths together after
    /// `分别` with no subject: each growth is its own amount's, in order.
    #[test]
    fn growths_after_amounts_of_their_own() {
        let inds = extract_text(
            "示例市2010年政府工作报告\n各位代表:\n一、2009年工作回顾\n\
             城市居民人均可支配收入13555元，农民人均纯收入4677元，分别增长10.1%和8%。\n\
             二、2010年工作安排\n地区生产总值增长10%。\n",
        );
        let growth = |name: &str| {
            inds.iter()
                .find(|i| i.subject == name && i.measure == Measure::Growth)
                .and_then(|i| i.value)
        };
        assert_eq!(
            growth("城市居民人均可支配收入"),
            Some(10.1),
            "{}",
            brief(&inds)
        );
        assert_eq!(growth("农民人均纯收入"), Some(8.0), "{}", brief(&inds));
    }

    /// Two amounts given after `分别`, then their growths in a clause of their own with no
    /// subject and no `分别`: each growth is its own amount's.
    #[test]
    fn growths_continue_a_list_of_amounts() {
        let inds = extract_text(
            "示例市2010年政府工作报告\n各位代表:\n一、2009年工作回顾\n\
             全部财政收入和地方一般预算收入分别完成166.6亿元和73.3亿元，可比增长21.6%和22%。\n\
             二、2010年工作安排\n地区生产总值增长10%。\n",
        );
        let growth = |name: &str| {
            inds.iter()
                .find(|i| i.subject == name && i.measure == Measure::Growth)
                .and_then(|i| i.value)
        };
        assert_eq!(growth("全部财政收入"), Some(21.6), "{}", brief(&inds));
        assert_eq!(growth("地方一般预算收入"), Some(22.0), "{}", brief(&inds));
    }

    /// A plan that counts its own parts (`14个方面的工作`, `29项主要指标`, `8个约束性指标`)
    /// sets no target by it; a count of people before such a noun (`796人的减贫任务`) does.
    #[test]
    fn counts_of_the_plans_own_parts() {
        let inds = extract_text(
            "示例省2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n全年新增就业1万人。\n\
             二、2026年工作安排\n重点抓好以下14个方面的工作。纲要草案设置了29项主要指标,\
             以及碳排放强度等8个约束性指标。圆满完成796人的减贫任务。\n",
        );
        let subjects: Vec<&str> = inds.iter().map(|i| i.subject.as_str()).collect();
        // `减贫` is one word (a verbal noun): the task of a work is the work.
        assert_eq!(subjects, ["就业", "减贫"], "{}", brief(&inds));
    }

    /// An object the segmenter cuts into pieces that are no nouns (`充电/桩`, `绿/道`) is still
    /// the thing counted, not the subject of the clause before.
    #[test]
    fn objects_cut_into_pieces() {
        let inds = extract_text(
            "示例省2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n全年新增就业1万人。\n\
             二、2026年工作安排\n新增机动车停车位3.5万个、新建充电桩3万个。新建绿道1000公里。\n",
        );
        let subjects: Vec<&str> = inds.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(
            subjects,
            ["就业", "机动车停车位", "充电桩", "绿道"],
            "{}",
            brief(&inds)
        );
        assert_eq!(object_in_pieces("壮大"), None);
        assert_eq!(object_in_pieces("完成今年"), None);
    }

    /// A count of works at a stage (`50项重点项目竣工投产`) is named with the stage: it is
    /// not the count of all the works the plan lists before it.
    #[test]
    fn counts_of_works_at_a_stage() {
        let inds = extract_text(
            "示例市2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n全年新增就业1万人。\n\
             二、2021年工作安排\n安排市以上重点项目440项以上,确保甲乙等50项重点项目竣工投产,\
             确保丙丁等140项重点项目开工建设。\n",
        );
        let subjects: Vec<&str> = inds.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "就业",
                "市以上重点项目",
                "重点项目竣工投产",
                "重点项目开工建设"
            ],
            "{}",
            brief(&inds)
        );
    }

    /// `各` after a modifier of two levels of government gives each level its own target;
    /// without `各`, `省市重点项目` counts the two levels together.
    #[test]
    fn levels_shared_by_each() {
        let inds = extract_text(
            "示例市2022年政府工作报告\n各位代表:\n一、2021年工作回顾\n全年新增就业1万人。\n\
             二、2022年工作安排\n新认定省市“示范”企业各40家以上。安排省市重点项目120项。\n",
        );
        let subjects: Vec<&str> = inds.iter().map(|i| i.subject.as_str()).collect();
        assert!(subjects.contains(&"省级“示范”企业"), "{}", brief(&inds));
        assert!(subjects.contains(&"市级“示范”企业"), "{}", brief(&inds));
        assert!(subjects.contains(&"省市重点项目"), "{}", brief(&inds));
    }

    /// Classes found on county reports outside the corpus: a measurement adverbial is no
    /// subject; the thing a count counts stands after the figure, with its work and without
    /// a modifier joined by `的` unless that modifier is a noun owning it.
    #[test]
    fn subjects_of_counts_and_adverbials() {
        assert_eq!(
            clean_subject("一般公共财政预算收入按可比口径"),
            "一般公共财政预算收入"
        );
        assert_eq!(
            clean_subject("一般公共预算收入剔除虚增空转因素后完成"),
            "一般公共预算收入"
        );
        assert_eq!(
            clean_subject("城镇和农村居民人均可支配收入"),
            "城镇和农村居民人均可支配收入"
        );
        assert_eq!(thing_after("公厕新建改造"), "公厕新建改造");
        assert_eq!(thing_after("现代化的垃圾中转站"), "垃圾中转站");
        assert_eq!(
            thing_after("老旧小区的既有建筑节能改造"),
            "老旧小区既有建筑节能改造"
        );
        assert_eq!(thing_after("的城区供水主管网改造"), "城区供水主管网改造");
        assert_eq!(thing_after("城镇出入口的绿化工程"), "城镇出入口绿化工程");
        // The kind of a thing written with a verb stays in its name: `V式` and who runs it.
        assert_eq!(thing_after("公立幼儿园"), "公立幼儿园");
        assert_eq!(
            thing_after("压缩式生活垃圾转运站以及停车场"),
            "压缩式生活垃圾转运站"
        );
        assert_eq!(clean_subject("新建装配式建筑"), "装配式建筑");
        // A verb right after a count describes the counted noun.
        assert_eq!(thing_after("共享车间"), "共享车间");
        assert_eq!(thing_after("省级和美乡村示范村"), "省级和美乡村示范村");
        assert_eq!(clean_subject("力争风光并网装机规模"), "风光并网装机规模");
        assert_eq!(thing_after("在建项目投产达效"), "在建项目");
        assert_eq!(thing_after("推进项目建设"), "项目建设");
    }

    /// A count of a task named only by its work counts the works the paragraph named last.
    #[test]
    fn tasks_named_by_their_work() {
        assert!(task_of_work("的改造任务"));
        assert!(task_of_work("改造任务"));
        assert!(task_of_work("的征拆和安置任务"));
        assert!(!task_of_work("的老旧小区改造任务"));
        assert_eq!(
            works_named("推进总投资12.5亿元的危房改造工程").as_deref(),
            Some("危房改造")
        );
        let inds = extract_text(
            "示例县2019年政府工作报告\n各位代表:\n一、2018年工作回顾\n全年完成棚改3000户。\n\
             二、2019年工作安排\n(一)建设城市。继续推进危房改造工程。拆除老旧平房，\
             努力完成2500户的改造任务。\n",
        );
        assert!(
            inds.iter()
                .any(|i| i.subject == "危房改造" && i.value == Some(2500.0)),
            "{inds:?}"
        );
    }

    /// A bare investment whose work the next clause names (`投资2.4亿元,实施…建设`) is that
    /// work's investment; one whose clause goes on is not.
    #[test]
    fn a_bare_investment_owned_by_the_work_after_it() {
        let inds = extract_text(
            "示例县2019年政府工作报告\n各位代表:\n一、2018年工作回顾\n全年完成投资50亿元。\n\
             二、2019年工作安排\n(一)建设城市。聚焦城市品质提升。投资2.4亿元,实施湖滨文化景区的基础设施建设。\n",
        );
        let subject = |written: &str| find(&inds, written).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("2.4亿元").as_deref(),
            Some("湖滨文化景区基础设施投资"),
            "{}",
            brief(&inds)
        );
        let inds = extract_text(
            "示例县2019年政府工作报告\n各位代表:\n一、2018年工作回顾\n全年完成投资50亿元。\n\
             二、2019年工作安排\n(一)建设新区。加快南湖新区建设。年内计划投资20亿元,实施重点项目12个。\n",
        );
        let subject = |written: &str| find(&inds, written).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("20亿元").as_deref(),
            Some("南湖新区投资"),
            "{}",
            brief(&inds)
        );
    }

    /// A size class between a count and the things counted (`10蒸吨及以下的`) says which
    /// things; the count is of the things after it.
    #[test]
    fn a_size_class_after_a_count_is_skipped() {
        assert_eq!(
            skip_size_class("20蒸吨及以下的各类燃气锅炉改造"),
            "燃气锅炉改造"
        );
        assert_eq!(skip_size_class("35千伏以上输变电工程"), "输变电工程");
        assert_eq!(skip_size_class("2万吨的仓储项目"), "2万吨的仓储项目");
        assert_eq!(skip_size_class("亿元以上重点项目"), "重点项目");
        assert_eq!(skip_size_class("千万元以上产业项目"), "产业项目");
        let inds = extract_text(
            "示例县2016年政府工作报告\n各位代表:\n一、2015年工作回顾\n全年完成投资50亿元。\n\
             二、2016年工作安排\n(一)抓项目。着力抓好总投资120.5亿元的40个千万元以上重点项目。\n",
        );
        let subject = |written: &str| find(&inds, written).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("40个").as_deref(),
            Some("重点项目"),
            "{}",
            brief(&inds)
        );
        let inds = extract_text(
            "示例县2019年政府工作报告\n各位代表:\n一、2018年工作回顾\n全年完成投资50亿元。\n\
             二、2019年工作安排\n(一)治理环境。全面完成镇区内96座20蒸吨及以下的燃气锅炉改造。\n",
        );
        assert!(
            inds.iter()
                .any(|i| i.value == Some(96.0) && i.subject.contains("燃气锅炉改造")),
            "{}",
            brief(&inds)
        );
    }

    /// `分别` and `均` over urban and rural: a shared head, `城乡`, and a later clause going on
    /// with the list of the clause before.
    #[test]
    fn figures_distributed_over_urban_and_rural() {
        let inds = extract_text(
            "示例县2018年政府工作报告\n各位代表:\n一、2017年工作回顾\n\
             城镇和农村居民人均可支配收入分别达35512元、25689元,分别同比增长7.8%。\
             城乡居民人均可支配收入分别完成31098元、12347元,均增长8.5%。\n\
             二、2018年工作安排\n今年主要预期目标是:城乡居民人均可支配收入分别增长7.5%。\
             城镇居民人均可支配收入和农村居民人均可支配收入分别增长9%和9.5%。\
             完成30座公厕新建改造,完成9.2公里的城区供水主管网改造。\n",
        );
        let subjects = |written: &str| -> Vec<String> {
            find(&inds, written)
                .iter()
                .map(|i| i.subject.clone())
                .collect()
        };
        let both = ["城镇居民人均可支配收入", "农村居民人均可支配收入"];
        assert_eq!(subjects("达35512元"), [both[0]], "{}", brief(&inds));
        assert_eq!(subjects("增长7.8%"), both, "{}", brief(&inds));
        assert_eq!(subjects("增长8.5%"), both, "{}", brief(&inds));
        assert_eq!(subjects("增长7.5%"), both, "{}", brief(&inds));
        assert_eq!(subjects("增长9%"), [both[0]], "{}", brief(&inds));
        assert_eq!(subjects("9.5%"), [both[1]], "{}", brief(&inds));
        assert_eq!(subjects("30座"), ["公厕新建改造"], "{}", brief(&inds));
        assert_eq!(
            subjects("9.2公里"),
            ["城区供水主管网改造"],
            "{}",
            brief(&inds)
        );
    }

    /// A slate of projects sized by count and total investment, in either order: the count
    /// is of the noun after both figures, the total is that noun's `总投资`.
    #[test]
    fn slates_of_projects_counted_and_sized() {
        let inds = extract_text(
            "示例市2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n全年完成投资100亿元。\n\
             二、2021年工作安排\n(一)抓项目。抓好东湖新城、南山隧道等总投资900亿元的120个市级重点项目建设。\
             推进北园、西湖公园等18个总投资45.5亿元的民生项目。\n",
        );
        let row = |written: &str| -> (String, Measure) {
            let found = find(&inds, written);
            assert_eq!(found.len(), 1, "{written}: {}", brief(&inds));
            (found[0].subject.clone(), found[0].measure)
        };
        assert_eq!(row("120个"), ("市级重点项目".into(), Measure::Count));
        assert_eq!(
            row("900亿元"),
            ("市级重点项目总投资".into(), Measure::Level)
        );
        assert_eq!(row("18个"), ("民生项目".into(), Measure::Count));
        assert_eq!(row("45.5亿元"), ("民生项目总投资".into(), Measure::Level));
    }

    /// A verb of doing right before a count takes the counted noun as its object: the words
    /// before the verb say where or how (`重点抓好`, `在…等领域实施`); a verb ending the name of
    /// a work (`户厕改造`) does not.
    #[test]
    fn counts_after_a_verb_of_doing() {
        let inds = extract_text(
            "示例市2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n全年完成投资100亿元。\n\
             二、2021年工作安排\n(一)抓创新。重点抓好12个市级技术创新中心建设。\
             在新材料、生物医药等领域实施30项市级科技专项。新增市级特色学校3―5所。\
             加快东湖新区8个在建项目投产达效。\n",
        );
        let subject = |written: &str| -> String {
            let found = find(&inds, written);
            assert_eq!(found.len(), 1, "{written}: {}", brief(&inds));
            found[0].subject.clone()
        };
        assert_eq!(subject("12个"), "市级技术创新中心建设");
        assert_eq!(subject("30项"), "市级科技专项");
        assert_eq!(subject("3―5所"), "市级特色学校");
        // An owner before the count and a described noun after it.
        assert_eq!(subject("8个"), "东湖新区在建项目");
    }

    /// Forms every kind of report writes: the basis taken out of a growth opening its clause
    /// (`扣除价格因素实际增长8.5%`), an owner before `计划投资`, a figure's starting point after
    /// `由上年的` (the figure reached is the actual).
    #[test]
    fn basis_plan_and_starting_point() {
        let inds = extract_text(
            "示例县2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n\
             农村居民人均可支配收入16300元,扣除价格因素实际增长8.5%。\
             城镇调查失业率由上年的5.6%降至5.2%。重点项目完成投资55亿元。\n\
             二、2021年工作安排\n全年重点项目计划投资60亿元。拿出10亿元用于50万人次以上的\
             职业技能培训。建设可容纳3000人的剧院。\n",
        );
        let subject = |w: &str| {
            find(&inds, w)
                .first()
                .map(|i| i.subject.clone())
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert_eq!(subject("增长8.5%"), "农村居民人均可支配收入");
        assert_eq!(subject("60亿元"), "重点项目投资");
        assert_eq!(subject("55亿元"), "重点项目投资");
        assert_eq!(subject("5.2%"), "城镇调查失业率");
        assert!(find(&inds, "5.6%").is_empty(), "{}", brief(&inds));
        // A count of people before the work done for them is the work's; the people a hall
        // holds size the hall.
        assert_eq!(subject("50万人次以上"), "职业技能培训");
        assert!(find(&inds, "3000人").is_empty(), "{}", brief(&inds));
    }

    /// Kinds listed with `、` before `等` and a shared head, an item holding `及` of its own:
    /// one subject per value.
    #[test]
    fn kinds_listed_before_their_head() {
        let inds = extract_text(
            "示例市2022年政府工作报告\n各位代表:\n一、2021年工作回顾\n\
             全市节能环保、汽车及零部件、新材料等产业增加值分别同比增长11%、16.5%和16%。\
             食品、纺织和服装等产业增加值分别增长3%、4%和5%。\n",
        );
        let subject = |w: &str| find(&inds, w).first().map(|i| i.subject.clone());
        assert_eq!(subject("增长11%").as_deref(), Some("节能环保产业增加值"));
        assert_eq!(subject("16.5%").as_deref(), Some("汽车及零部件产业增加值"));
        assert_eq!(subject("16%").as_deref(), Some("新材料产业增加值"));
        assert_eq!(
            subject("4%").as_deref(),
            Some("纺织产业增加值"),
            "{}",
            brief(&inds)
        );
        assert_eq!(subject("5%").as_deref(), Some("服装产业增加值"));
        assert!(inds.iter().all(|i| !i.flags.contains(&Flag::Unpaired)));
    }

    /// What a plan says is already done is no target; the next clause still goes on with
    /// what it names; a count of works done on things built already is a target.
    #[test]
    fn what_a_plan_says_is_done_already() {
        let inds = extract_text(
            "示例国2031年政府工作报告\n各位代表:\n一、2030年工作回顾\n生产总值增长6%。\n\
             二、2031年工作安排\n我国平均关税水平已由9.8%降到7.5%。国家已经组织了60家企业\
             集团试点,今年要扩大到150家。对已建成的100个小区进行改造。\n",
        );
        assert!(find(&inds, "7.5%").is_empty(), "{}", brief(&inds));
        assert!(find(&inds, "60家").is_empty(), "{}", brief(&inds));
        let more = find(&inds, "150家");
        assert_eq!(more.len(), 1, "{}", brief(&inds));
        assert_eq!(more[0].role, IndicatorRole::Target);
        assert!(more[0].subject.contains("企业集团试点"), "{}", brief(&inds));
        assert_eq!(find(&inds, "100个").len(), 1, "{}", brief(&inds));
    }

    /// A share written `占…的` before its figure is the share of the thing before `占` (or of
    /// the clause's subject), not the whole's.
    #[test]
    fn a_share_of_a_whole() {
        let inds = extract_text(
            "示例市2022年政府工作报告\n各位代表:\n一、2021年工作回顾\n\
             全年民生支出320亿元,占一般公共预算支出的82%。出口总额从100亿元增加到150亿元,\
             占全国比重从2.1%提高到2.5%。12项惠民工程全部提前完成。\n二、2022年工作安排\n\
             民生支出占一般公共预算支出的80%以上。市财政已按全市教育经费支出占财政支出的15%编制预算。\n",
        );
        let subject = |w: &str| find(&inds, w).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("提高到2.5%").as_deref(),
            Some("出口总额占全国比重"),
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("12项").as_deref(),
            Some("惠民工程"),
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("82%").as_deref(),
            Some("民生支出占一般公共预算支出比重")
        );
        assert_eq!(
            subject("80%以上").as_deref(),
            Some("民生支出占一般公共预算支出比重")
        );
        assert_eq!(
            subject("15%").as_deref(),
            Some("教育经费支出占财政支出比重"),
            "{}",
            brief(&inds)
        );
    }

    /// The actual read from the clause that holds `w`.
    fn actual_in<'a>(all: &'a [Indicator], w: &str) -> &'a Indicator {
        all.iter()
            .find(|i| i.role == IndicatorRole::Actual && i.clause.contains(w))
            .unwrap_or_else(|| panic!("{w}: {all:#?}"))
    }

    fn extract_text(text: &str) -> Vec<Indicator> {
        extract(&crate::parse_report(text.as_bytes(), "test.txt").expect("a report"))
    }

    fn brief(inds: &[Indicator]) -> String {
        inds.iter()
            .map(|i| {
                format!(
                    "{} {:?} {} {:?} five={} {:?} {:?}\n",
                    i.subject, i.measure, i.written, i.role, i.five_year, i.year, i.indicator_id
                )
            })
            .collect()
    }

    fn find<'a>(inds: &'a [Indicator], written: &str) -> Vec<&'a Indicator> {
        inds.iter().filter(|i| i.written == written).collect()
    }

    /// State Council budget lines name the spender alone before the amount: the spending is
    /// on what follows `用于` (in the clause or the next), or on the fund named after the
    /// amount, or on what the clause before says is raised.
    #[test]
    fn budget_lines_name_what_is_funded_not_who_spends() {
        let inds = extract_text(
            "国务院2030年政府工作报告\n各位代表:\n一、2029年工作回顾\n国内生产总值增长6%。\n\
             二、2030年工作任务\n中央财政拟投入433亿元用于促进就业。今年中央财政拟投入423亿元，\
             用于扶助和促进就业。各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元。\
             中央财政今年再安排1300亿元灾后重建资金。中央财政拟安排200亿元专项资金。\
             今年中央财政拿出396亿元用于农村税费改革转移支付。\n",
        );
        let subject = |w: &str| find(&inds, w).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("433亿元").as_deref(),
            Some("中央财政用于促进就业的投入"),
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("423亿元").as_deref(),
            Some("中央财政用于促进就业的投入")
        );
        assert_eq!(subject("3185亿元").as_deref(), Some("社会保障投入"));
        assert_eq!(subject("1300亿元").as_deref(), Some("灾后重建资金"));
        assert_eq!(subject("200亿元").as_deref(), Some("中央财政"));
        assert_eq!(
            subject("396亿元").as_deref(),
            Some("中央财政用于农村税费改革转移支付的投入")
        );
    }

    /// The frame that declares a target stands between the indicator and its figure in
    /// reports of the 1990s (`经济增长速度的调控目标定为8%`, `…投资调控目标为25300亿元`,
    /// `…投资预定增长10%`); the indicator is named by what stands before it, and the old
    /// names of the headline indicators are known (`经济增长速度`, `商品零售价格`).
    #[test]
    fn a_target_frame_is_no_part_of_the_subject() {
        let inds = extract_text(
            "示例国1997年政府工作报告\n各位代表:\n一、1996年工作回顾\n国内生产总值增长9.7%,\
             商品零售价格涨幅为6.1%。\n二、1997年工作安排\n今年要保持国民经济稳定发展,经济增长速度的\
             调控目标定为8%。全社会固定资产投资调控目标为25300亿元,全社会固定资产投资预定增长10%。\
             商品零售价格涨幅控制在3%以内。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert_eq!(one("8%").subject, "经济增长速度");
        assert_eq!(one("8%").indicator_id.as_deref(), Some("gdp"));
        assert_eq!(one("8%").measure, Measure::Growth);
        assert_eq!(one("为25300亿元").subject, "全社会固定资产投资");
        assert_eq!(one("增长10%").subject, "全社会固定资产投资");
        assert_eq!(one("为6.1%").indicator_id.as_deref(), Some("retail_prices"));
        assert_eq!(one("为6.1%").measure, Measure::Growth, "a price rise");
    }

    /// A five-year review names the last year and then the average of the period in one
    /// sentence (State Council 1998: `1997年国内生产总值达到74772亿元,按可比价格计算,平均每年
    /// 增长11%`): the average is no figure of that year.
    #[test]
    fn an_average_per_year_is_no_figure_of_the_year() {
        let inds = extract_text(
            "示例国1998年政府工作报告\n各位代表:\n一、过去五年的工作\n五年来,经济建设取得成就。\
             1997年国内生产总值达到74772亿元,按可比价格计算,平均每年增长11%。去年经济增长8.8%。\n\
             二、1998年工作安排\n今年经济增长速度8%。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert!(one("增长11%").five_year, "{}", brief(&inds));
        assert!(!one("达到74772亿元").five_year);
        assert!(!one("增长8.8%").five_year);
    }

    /// Inside a five-year review's sentence, a clause naming the reviewed year and a growth
    /// year on year are that year's (Hebei 2013: `综合经济实力大幅提升,2012年全省生产总值
    /// 26575亿元,同比增长9.6%,比2007年增长65.8%`); the growth over the period is not.
    #[test]
    fn the_year_named_inside_a_five_year_sentence() {
        let inds = extract_text(
            "示例省2013年政府工作报告\n各位代表:\n一、过去五年的工作回顾\n五年来,经济保持平稳较快发展。\
             综合实力大幅提升,2012年全省生产总值26575亿元,同比增长9.6%,比2007年增长65.8%。\
             全部财政收入3479.3亿元,比2007年增长1.3倍。\n二、2013年工作安排\n全省生产总值增长8%左右。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert!(!one("增长9.6%").five_year, "{}", brief(&inds));
        assert!(!one("26575亿元").five_year);
        assert!(one("增长65.8%").five_year);
        assert!(one("3479.3亿元").five_year);
    }

    /// Guangdong's plans (made-up figures): the rate of a work named by its verb (`治理率`) after
    /// a time word; a share in digits put to a use; kinds counted (`类`); what was added
    /// (`新增…公里`) is an amount, not a rise.
    #[test]
    fn rates_of_works_fractions_kinds_and_additions() {
        let inds = extract_text(
            "示例省2023年政府工作报告\n各位代表:\n一、2022年工作回顾\n城镇污水管网新增4000公里。\n\
             二、2023年工作安排\n力争年底前治理率超70%。力争年底前污水处理率超90%。\
             将1/3以上的省级科技创新战略专项资金投向基础研究。打造不少于40类诉求智能化分办场景。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert_eq!(one("超70%").subject, "治理率", "{}", brief(&inds));
        assert_eq!(one("超90%").subject, "污水处理率");
        assert_eq!(one("1/3以上").value, Some(33.3));
        assert_eq!(one("不少于40类").measure, Measure::Count);
        assert_eq!(one("4000公里").measure, Measure::Level);
    }

    /// A five-year review that goes on with the last year in paragraphs of its own (Guangdong
    /// 2023's shape, made-up figures): the year's paragraphs and the `一是…` after them are the
    /// year's, until one turns back to the five years.
    #[test]
    fn the_last_year_in_paragraphs_of_a_five_year_review() {
        let inds = extract_text(
            "示例省2023年政府工作报告\n各位代表:\n一、过去五年工作回顾\n\
             五年来,我们加快农业现代化,建成高标准农田600万亩。\n\
             2022年是本届政府的收官之年。全年地区生产总值增长2%左右。\n\
             一是全面推进乡村振兴。新建成高标准农田160万亩,粮食产量1290万吨。\n\
             各位代表！过去五年,城镇新增就业690万人。\n二、2023年工作安排\n地区生产总值增长5%以上。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert!(one("600万亩").five_year, "{}", brief(&inds));
        assert!(!one("160万亩").five_year, "{}", brief(&inds));
        assert!(!one("1290万吨").five_year);
        assert_eq!(one("1290万吨").year, Some(2022));
        assert!(one("690万人").five_year);
    }

    /// Lists of a plan's main targets as provinces write them (Hebei 2014: made-up figures):
    /// two incomes joined by `和` each take the figure after `均` (the segmenter tags `收入` a
    /// verb, which ended the phrase at `和`); a pollutants' measure written once, on the last
    /// item, is every item's, so the SO2 of a list of concentrations is no SO2 emission; and
    /// `削减` is the verb of a cut, not part of the name.
    #[test]
    fn lists_of_main_targets_of_a_province() {
        let inds = extract_text(
            "示例省2014年政府工作报告\n各位代表:\n一、2013年工作回顾\n\
             PM2.5、PM10、二氧化硫、臭氧平均浓度分别下降12%、13.2%、25.7%和13.7%。\n\
             二、2014年工作安排\n城镇居民人均可支配收入和农民人均纯收入均增长8.5%以上。\
             化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别削减1.2%、2.7%、1.2%和5.6%。\
             主要污染物化学需氧量和二氧化硫排放量分别减少8%和4%。氨氮排放量削减1.8%。\n",
        );
        let subjects =
            |w: &str| -> Vec<String> { find(&inds, w).iter().map(|i| i.subject.clone()).collect() };
        assert_eq!(
            subjects("增长8.5%以上"),
            ["城镇居民人均可支配收入", "农民人均纯收入"],
            "{}",
            brief(&inds)
        );
        assert_eq!(subjects("25.7%"), ["二氧化硫平均浓度"]);
        assert_eq!(subjects("2.7%"), ["氨氮排放量"]);
        assert_eq!(subjects("减少8%"), ["化学需氧量排放量"]);
        assert_eq!(subjects("削减1.8%"), ["氨氮排放量"]);
        let so2 = find(&inds, "25.7%");
        assert_ne!(so2[0].indicator_id.as_deref(), Some("so2_emissions"));
    }

    /// Rates of a province's plan (Hebei's 2000s, made-up figures): two named rates joined by
    /// `和` before one figure each take it; a rate written once, on the last of a list of
    /// places, is every place's; people whose problem is solved are counted.
    #[test]
    fn rates_shared_by_a_list_and_people_whose_problem_is_solved() {
        let inds = extract_text(
            "示例省2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n全年完成投资100亿元。\n\
             二、2021年工作安排\n城市生活污水集中处理率和垃圾无害化处理率达到60%以上。\
             城区、乡村绿化覆盖率达到40%和25%。解决80万人的饮水安全问题。\n",
        );
        let subjects =
            |w: &str| -> Vec<String> { find(&inds, w).iter().map(|i| i.subject.clone()).collect() };
        assert_eq!(
            subjects("达到60%以上"),
            ["城市生活污水集中处理率", "垃圾无害化处理率"],
            "{}",
            brief(&inds)
        );
        assert_eq!(subjects("达到40%"), ["城区绿化覆盖率"], "{}", brief(&inds));
        assert_eq!(subjects("25%"), ["乡村绿化覆盖率"]);
        let people = find(&inds, "80万人");
        assert_eq!(people.len(), 1, "{}", brief(&inds));
        assert_eq!(people[0].measure, Measure::Count);
    }

    /// Caps in words only (State Council plans of the 1980s-90s, made-up sentences): a cap set
    /// by the plan, the budget or last year's own amount is a relative target below that
    /// benchmark; a rise capped below last year's with no figure of last year read stays one
    /// too; a review saying the cap held sets no target; a remark on the targets just set
    /// (`这两个指标…低于去年实际执行结果`) is none.
    #[test]
    fn caps_set_by_the_plan_or_last_year_in_words() {
        let inds = extract_text(
            "示例国1987年政府工作报告\n各位代表:\n一、1986年工作回顾\n财政赤字控制在预算目标之内。\n\
             二、1987年工作安排\n坚决把货币发行量控制在国家计划的范围之内。务使财政赤字不突破计划规定的数额。\
             中央财政赤字不能比上年扩大。要把物价总水平的上升幅度严格控制在低于去年的幅度之内。\
             广义货币增长12%，这两个指标虽然都低于去年实际执行结果，但仍然适度。\n",
        );
        let caps: Vec<(String, String)> = inds
            .iter()
            .filter(|i| i.measure == Measure::Relative)
            .map(|i| (i.subject.clone(), i.written.clone()))
            .collect();
        assert_eq!(
            caps,
            [
                (
                    "货币发行量".to_string(),
                    "控制在国家计划的范围之内".to_string()
                ),
                ("财政赤字".to_string(), "不突破计划规定的数额".to_string()),
                ("中央财政赤字".to_string(), "不能比上年扩大".to_string()),
                (
                    "物价总水平的上升幅度".to_string(),
                    "低于去年的幅度之内".to_string()
                ),
            ],
            "{}",
            brief(&inds)
        );
        assert!(
            inds.iter()
                .filter(|i| i.measure == Measure::Relative)
                .all(|i| i.role == IndicatorRole::Target && i.relation == Some(Relation::Below))
        );
    }

    /// A floor at a wider area's average (`电话普及率赶上或超过全国平均水平`, Hebei 2004) is a
    /// relative target above that benchmark in a plan; the same words in a review state where
    /// a thing stands, no target and no growth.
    #[test]
    fn a_floor_at_the_national_average() {
        let inds = extract_text(
            "示例省2004年政府工作报告\n各位代表:\n一、2003年工作回顾\n城乡低保标准超过全国平均水平。\n\
             二、2004年工作安排\n新增电话用户500万户，电话普及率赶上或超过全国平均水平。\n",
        );
        let relative: Vec<(&str, &str, IndicatorRole, Option<Relation>)> = inds
            .iter()
            .filter(|i| i.measure == Measure::Relative)
            .map(|i| (i.subject.as_str(), i.written.as_str(), i.role, i.relation))
            .collect();
        assert_eq!(
            relative,
            [(
                "电话普及率",
                "赶上或超过全国平均水平",
                IndicatorRole::Target,
                Some(Relation::Above)
            )],
            "{}",
            brief(&inds)
        );
    }

    /// A plan presenting a five-year plan of the 1980s (made-up figures): a sentence within the
    /// five years (`五年内`) or against the last plan's period (`比“六五”期间`) sets no target of
    /// the year; a clause saying what is already formed (`已形成24个…的…网络`) states a fact.
    #[test]
    fn five_year_figures_and_facts_in_a_plan_of_the_1980s() {
        let inds = extract_text(
            "示例国1987年政府工作报告\n各位代表:\n一、1986年工作回顾\n全年完成投资100亿元。\n\
             二、1987年工作安排\n五年内，国家财政用于教育的事业费500亿元，比“六五”期间增长72%。\
             目前已形成24个跨地区的横向经济联合网络。今年粮食产量达到4亿吨。\
             按一九八○年不变价格计算，一九九○年工农业总产值达到一万六千亿元。\n",
        );
        let targets: Vec<&str> = inds
            .iter()
            .filter(|i| i.role == IndicatorRole::Target && !i.five_year)
            .map(|i| i.written.as_str())
            .collect();
        assert_eq!(targets, ["达到4亿吨"], "{}", brief(&inds));
    }

    /// A plan's clause that only repeats the verb of a disposal with `把` before it gives the
    /// amount of that disposal (State Council 1998, made-up figure); a clause naming its own
    /// thing, or a disposal with another verb, does not.
    #[test]
    fn an_amount_of_a_disposal_named_before() {
        let inds = extract_text(
            "示例国1998年政府工作报告\n各位代表:\n一、1997年工作回顾\n国内生产总值增长8.8%。\n\
             二、1998年工作安排\n继续把示例经营性基金转为国家资本金,今年再转300亿元。\
             继续把乙类基金转为国家资本金,今年再投200亿元。\n",
        );
        let one = find(&inds, "300亿元");
        assert_eq!(one.len(), 1, "{}", brief(&inds));
        assert_eq!(one[0].subject, "示例经营性基金转为国家资本金");
        assert!(
            find(&inds, "200亿元")
                .iter()
                .all(|i| !i.subject.contains("转为"))
        );
    }

    /// A pilot extended to a share of the country's counties or cities (State Council
    /// 2006–2011, made-up shares): the share is the pilot's, named by the pilot, not by the
    /// whole it is a share of (`全国`) nor by its bare scope (`试点范围`).
    #[test]
    fn a_pilot_extended_to_a_share_of_the_country() {
        let inds = extract_text(
            "示例国2011年政府工作报告\n各位代表:\n一、2010年工作回顾\n国内生产总值增长10%。\n\
             二、2011年工作安排\n将示例养老保险试点范围扩大到全国30%的县。\
             示例医疗保险试点要扩大到全国60%以上的城市。扎实推进示例救助制度试点,试点范围扩大到15%的县。\n",
        );
        let subject = |w: &str| {
            find(&inds, w)
                .first()
                .map(|i| i.subject.clone())
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert_eq!(subject("30%"), "示例养老保险试点范围");
        assert_eq!(subject("60%以上"), "示例医疗保险试点");
        assert_eq!(subject("15%"), "示例救助制度试点范围");
    }

    /// `零增长` in a plan is a ceiling of 0 % for what it names, each fee of a list written
    /// before `等支出` included; the name of a programme (`零增长行动`) is none, nor is a review's.
    #[test]
    fn zero_growth_in_a_plan_is_a_ceiling() {
        let inds = extract_text(
            "示例国2011年政府工作报告\n各位代表:\n一、2010年工作回顾\n国内生产总值增长10%。化肥使用量实现零增长。\n\
             二、2011年工作安排\n会议费、差旅费、培训费等支出原则上零增长。促进重点区域煤炭消费零增长。\
             实施化肥农药零增长行动。\n",
        );
        let zero: Vec<&Indicator> = inds
            .iter()
            .filter(|i| i.written.contains("零增长"))
            .collect();
        let subjects: Vec<&str> = zero.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(
            subjects,
            ["会议费", "差旅费", "培训费", "重点区域煤炭消费"],
            "{}",
            brief(&inds)
        );
        assert!(
            zero.iter()
                .all(|i| i.value == Some(0.0) && i.bound == Bound::AtMost)
        );
        assert!(zero.iter().all(|i| i.role == IndicatorRole::Target));
    }

    /// A plan recalling where a reform stands (`现在全国有…`, `先后在…进行了…`) states no target;
    /// the step it then sets (`今年试点城市扩大到110个`) does (State Council 1997, made-up counts).
    #[test]
    fn where_a_reform_stands_is_no_target() {
        let inds = extract_text(
            "示例国1997年政府工作报告\n各位代表:\n一、1996年工作回顾\n国内生产总值增长9.7%。\n\
             二、1997年工作安排\n现在全国有90多个城市建立了最低生活保障制度,要逐步加以完善。\
             这几年,国家先后在40个城市进行了企业优化资本结构的试点,今年试点城市扩大到80个。\n",
        );
        assert!(find(&inds, "90多个").is_empty(), "{}", brief(&inds));
        assert!(find(&inds, "40个").is_empty(), "{}", brief(&inds));
        assert_eq!(find(&inds, "80个").len(), 1, "{}", brief(&inds));
    }

    /// A bare multiplier before people a plan acts on counts them (`再扫除350万青壮年文盲`,
    /// `再解决6000万农村人口饮水安全问题`), never a rise of what they own, and the people of a
    /// place named in passing or what there is stay out; a count a change starts from is no
    /// part of a name (`部门从40个减少到29个`).
    #[test]
    fn counts_of_people_and_counts_a_change_starts_from() {
        let inds = extract_text(
            "示例国1998年政府工作报告\n各位代表:\n一、1997年工作回顾\n国内生产总值增长8.8%。\n\
             二、1998年工作安排\n今年再扫除350万青壮年文盲。今年再解决6000万农村人口饮水安全问题。\
             提高1200万乡村教师待遇。我国有2.9亿在校学生。团结带领47万示例县人民。\
             新建改造农村电力线路280公里,完成18万农村居民生活水源置换。\
             除办公厅外,省政府组成部门从40个减少到29个。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert_eq!(one("350万").subject, "青壮年文盲");
        assert_eq!(one("350万").measure, Measure::Count);
        assert_eq!(one("350万").base_unit.as_deref(), Some("人"));
        assert!(one("6000万").subject.starts_with("农村人口"));
        assert_eq!(one("18万").subject, "农村居民生活水源置换");
        for passing in ["提高1200万", "1200万", "2.9亿", "47万"] {
            assert!(
                find(&inds, passing).is_empty(),
                "{passing}: {}",
                brief(&inds)
            );
        }
        assert_eq!(one("29个").subject, "省政府组成部门");
        assert!(find(&inds, "40个").is_empty());
    }

    /// A section on the government's own work inside the review reports the year past; the
    /// same section in the plan sets targets.
    #[test]
    fn government_work_in_the_review_is_the_year_past() {
        let inds = extract_text(
            "示例县2020年政府工作报告\n各位代表:\n一、2019年工作回顾\n（一）经济稳步发展\n\
             全县生产总值增长6.5%。\n（二）政府自身建设进一步加强\n深入开展主题教育,政府会议和发文数量\
             分别减少15.2%和20.3%,办理人大代表建议120件。\n二、2020年工作安排\n（一）稳增长\n\
             全县生产总值增长6%。\n（二）加强政府自身建设\n政府会议数量减少10%。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert_eq!(one("120件").role, IndicatorRole::Actual, "{}", brief(&inds));
        assert_eq!(one("120件").year, Some(2019));
        assert_eq!(one("减少10%").role, IndicatorRole::Target);
    }

    /// Relative targets against a benchmark other than growth are read; a set of indicators
    /// (`主要经济指标`) names none, and a gap in figures after the benchmark is no target.
    #[test]
    fn relative_targets_against_other_benchmarks() {
        let inds = extract_text(
            "示例省2023年政府工作报告\n各位代表:\n一、2022年工作回顾\n网络零售额增长16%、高于全国平均水平\
             5.1个百分点。\n二、2023年工作安排\n主要经济指标增速高于全国平均水平。\
             确保全社会研发投入增速高于全国平均水平。劳动报酬增长和劳动生产率提高同步。\n",
        );
        let relatives: Vec<(&str, &str)> = inds
            .iter()
            .filter(|i| i.measure == Measure::Relative)
            .map(|i| (i.subject.as_str(), i.written.as_str()))
            .collect();
        assert_eq!(
            relatives,
            [
                ("全社会研发投入", "高于全国平均水平"),
                ("劳动报酬", "和劳动生产率提高同步")
            ],
            "{}",
            brief(&inds)
        );
        assert_eq!(find(&inds, "增长16%").len(), 1, "{}", brief(&inds));
    }

    /// Revenue named without its owner right after tourist arrivals is tourism's; after
    /// anything else it keeps its name.
    #[test]
    fn revenue_after_tourist_arrivals() {
        let inds = extract_text(
            "示例县2019年政府工作报告\n各位代表:\n一、2018年工作回顾\n经济平稳。\n\
             二、2019年工作安排\n力争全年接待游客800万人次,实现综合效益48亿元。\
             全年完成投资10亿元,实现综合效益3亿元。\n",
        );
        let got: Vec<&str> = inds
            .iter()
            .filter(|i| i.role == IndicatorRole::Target && i.written.contains("亿元"))
            .map(|i| i.subject.as_str())
            .collect();
        assert_eq!(got[0], "旅游综合效益", "{}", brief(&inds));
        assert!(
            got[2].ends_with("综合效益") && !got[2].contains("旅游"),
            "{}",
            brief(&inds)
        );
    }

    /// A subsidy named only as such is the subsidy of what the clause before it is about.
    #[test]
    fn subsidy_named_by_the_clause_before() {
        let inds = extract_text(
            "示例国2015年政府工作报告\n各位代表:\n一、2014年工作回顾\n经济平稳。\n\
             二、2015年工作安排\n完善城乡居民基本医保,财政补助标准由每人每年320元提高到380元。\n",
        );
        let got: Vec<&str> = inds
            .iter()
            .filter(|i| i.role == IndicatorRole::Target)
            .map(|i| i.subject.as_str())
            .collect();
        assert_eq!(got, ["城乡居民基本医保财政补助标准"], "{}", brief(&inds));
    }

    /// An amount added, stated verb first (`同时增加…投资100亿元`), is a rise of the amount;
    /// a count after `增加` and an amount raised to a level are not.
    #[test]
    fn amounts_added_verb_first() {
        let inds = extract_text(
            "示例国2006年政府工作报告\n各位代表:\n一、2005年工作回顾\n经济平稳。\n\
             二、2006年工作安排\n同时增加中央预算内建设投资100亿元。增加就业岗位100万个。\
             增加到人均40元。\n",
        );
        let got: Vec<(&str, Measure, &str)> = inds
            .iter()
            .filter(|i| i.role == IndicatorRole::Target)
            .map(|i| (i.subject.as_str(), i.measure, i.written.as_str()))
            .collect();
        assert_eq!(
            got[0],
            ("中央预算内建设投资", Measure::Growth, "增加100亿元"),
            "{}",
            brief(&inds)
        );
        assert!(
            got[1..].iter().all(|(_, m, _)| *m != Measure::Growth),
            "{}",
            brief(&inds)
        );
    }

    /// A programme to double a kind of thing, in quotes, counts that thing, however long
    /// its name.
    #[test]
    fn doubling_programmes_count_their_thing() {
        assert_eq!(
            clean_subject("实施“规模以上工业企业倍增计划”"),
            "规模以上工业企业"
        );
        assert_eq!(clean_subject("实施“科技型企业倍增行动”"), "科技型企业");
    }

    /// `保持正增长` in a plan is a floor of 0 %; in a review it sets nothing.
    #[test]
    fn positive_growth_is_a_floor_of_zero() {
        let inds = extract_text(
            "示例市2019年政府工作报告\n各位代表:\n一、2018年工作回顾\n进出口实现正增长。\n\
             二、2019年工作安排\n生产总值增长7%,出口总值保持正增长。\n",
        );
        let got: Vec<(&str, Option<f64>, Bound, IndicatorRole)> = inds
            .iter()
            .filter(|i| i.written.contains("正增长"))
            .map(|i| (i.subject.as_str(), i.value, i.bound, i.role))
            .collect();
        assert_eq!(
            got,
            [("出口总值", Some(0.0), Bound::AtLeast, IndicatorRole::Target)],
            "{}",
            brief(&inds)
        );
    }

    /// Amounts a plan sets above last year's own (State Council budgets) are relative targets
    /// named by the amount; a review saying a rise was above last year's sets no target.
    #[test]
    fn amounts_set_above_last_year() {
        let inds = extract_text(
            "示例国2007年政府工作报告\n各位代表:\n一、2006年工作回顾\n居民收入增幅高于上年。\n\
             二、2007年工作安排\n政府投资要确保“两个高于”,即:用于改善农村条件的投入高于上年,\
             用于公共卫生等社会事业的投入高于上年。今年支农投入的增量要继续高于上年。\n",
        );
        let relatives: Vec<(&str, &str, IndicatorRole)> = inds
            .iter()
            .filter(|i| i.measure == Measure::Relative)
            .map(|i| (i.subject.as_str(), i.written.as_str(), i.role))
            .collect();
        assert_eq!(
            relatives,
            [
                ("农村条件的投入", "高于上年", IndicatorRole::Target),
                ("社会事业的投入", "高于上年", IndicatorRole::Target),
                ("支农投入", "高于上年", IndicatorRole::Target),
            ],
            "{}",
            brief(&inds)
        );
    }

    /// Alternatives in brackets in a subject's opening verb go, and so do the pieces of a
    /// bracket the figures cut off; a bracket further on is part of the name.
    #[test]
    fn bracketed_alternatives_in_subjects() {
        assert_eq!(clean_subject("新(改)建高标准农田"), "高标准农田");
        assert_eq!(clean_subject("增设)电梯"), "电梯");
        assert_eq!(
            clean_subject("每千人口执业(助理)医师数"),
            "每千人口执业(助理)医师数"
        );
        assert_eq!(
            clean_subject("省级民主法治示范村(社区)"),
            "省级民主法治示范村(社区)"
        );
        assert_eq!(without_alternates("试点县(市"), "试点县");
        assert_eq!(without_alternates("地区生产总值(GDP)"), "地区生产总值(GDP)");
    }

    /// A review's gap to the country after a figure (`增长4.7%、低于全国0.3个百分点`) is no figure
    /// of its own; a plan's gap to the province is a target.
    #[test]
    fn a_reviews_gap_to_a_wider_area_is_no_figure() {
        let inds = extract_text(
            "示例区2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n地区生产总值增长4.7%、低于全国0.3个百分点,\
             规上工业增加值增长6.7%、高于全国平均水平0.8个百分点。\n二、2026年工作安排\n\
             地区生产总值增长5%左右,研发投入增速高于全省平均2个百分点以上。\n",
        );
        let rows: Vec<(&str, Option<f64>, IndicatorRole)> = inds
            .iter()
            .map(|i| (i.unit.as_deref().unwrap_or(""), i.value, i.role))
            .collect();
        assert_eq!(
            rows,
            [
                ("%", Some(4.7), IndicatorRole::Actual),
                ("%", Some(6.7), IndicatorRole::Actual),
                ("%", Some(5.0), IndicatorRole::Target),
                ("个百分点", Some(2.0), IndicatorRole::Target),
            ],
            "{}",
            brief(&inds)
        );
    }

    /// The main targets listed with `、`, the last set against growth (a news story's form):
    /// every target keeps its figure, and the comparison is only the last item's.
    #[test]
    fn targets_listed_before_a_relative_one_keep_their_figures() {
        let inds = extract_text(
            "示例省2025年政府工作报告\n各位代表:\n一、2024年工作回顾\n全省生产总值增长5.5%。\n\
             二、2025年工作安排\n主要预期目标为生产总值增长5.5%左右、城镇调查失业率控制在5%以内、\
             居民消费价格涨幅2%左右、居民可支配收入与经济增长基本同步。\n",
        );
        let targets: Vec<(&str, Measure, Option<f64>)> = inds
            .iter()
            .filter(|i| i.role == IndicatorRole::Target)
            .map(|i| (i.subject.as_str(), i.measure, i.value))
            .collect();
        assert_eq!(
            targets,
            [
                ("生产总值", Measure::Growth, Some(5.5)),
                ("城镇调查失业率", Measure::Share, Some(5.0)),
                ("居民消费价格", Measure::Growth, Some(2.0)),
                ("居民可支配收入", Measure::Relative, None),
            ],
            "{}",
            brief(&inds)
        );
    }

    /// A rise set below last year's (`物价上涨幅度比去年的实际涨幅低一些`) is a ceiling at the
    /// rise the review gives for that year; without one it is a target below last year's own
    /// rise with no number (a relative target, as the other caps in words).
    #[test]
    fn a_rise_below_last_years_is_a_ceiling_at_it() {
        let plan = "二、1997年工作安排\n经济增长速度的调控目标定为8%,物价上涨幅度比去年的实际涨幅低一些。\n";
        let inds = extract_text(&format!(
            "示例国1997年政府工作报告\n各位代表:\n一、1996年工作回顾\n国内生产总值增长9.7%,\
             物价涨幅为6.1%。\n{plan}"
        ));
        let ceiling = find(&inds, "比去年的实际涨幅低一些");
        assert_eq!(ceiling.len(), 1, "{}", brief(&inds));
        assert_eq!(ceiling[0].value, Some(6.1));
        assert_eq!(ceiling[0].bound, Bound::AtMost);
        assert_eq!(ceiling[0].indicator_id.as_deref(), Some("cpi"));
        let without = extract_text(&format!(
            "示例国1997年政府工作报告\n各位代表:\n一、1996年工作回顾\n国内生产总值增长9.7%。\n{plan}"
        ));
        let worded = find(&without, "比去年的实际涨幅低一些");
        assert_eq!(worded.len(), 1, "{}", brief(&without));
        assert_eq!(worded[0].measure, Measure::Relative);
        assert_eq!(worded[0].relation, Some(Relation::Below));
        assert_eq!(worded[0].value, None);
    }

    /// Indicators the vocabulary knows, listed before one figure, each get it; a list that
    /// is one name (`城镇和农村居民人均可支配收入`) or names things it does not know stays one.
    #[test]
    fn known_indicators_listed_share_one_figure() {
        let inds = extract_text(
            "示例国1999年政府工作报告\n各位代表:\n一、1998年工作回顾\n国内生产总值增长7.8%。\n\
             二、1999年工作安排\n商品零售价格和居民消费价格涨幅控制在2%左右。\
             二氧化硫、氮氧化物排放量要下降3%。厂房和仓库面积达到10万平方米。\n",
        );
        let subjects =
            |w: &str| -> Vec<String> { find(&inds, w).iter().map(|i| i.subject.clone()).collect() };
        assert_eq!(
            subjects("涨幅控制在2%左右"),
            ["商品零售价格", "居民消费价格"],
            "{}",
            brief(&inds)
        );
        // The measure written on the last pollutant is every one's (session 16).
        assert_eq!(subjects("下降3%"), ["二氧化硫排放量", "氮氧化物排放量"]);
        assert_eq!(subjects("达到10万平方米").len(), 1, "{}", brief(&inds));
    }

    /// A plan part that opens by looking back (State Council 2011: `过去一年,…。国内生产总值增长
    /// 10.3%,…`): the look back lasts until a sentence plans, and its figures are last
    /// year's actuals, never targets.
    #[test]
    fn a_look_back_in_a_plan_lasts_until_a_sentence_plans() {
        let inds = extract_text(
            "示例省2015年政府工作报告\n各位代表:\n一、2014年工作回顾\n全省生产总值增长7.4%。\n\
             二、2015年主要任务\n2015年是关键之年。过去一年,各项工作取得新成绩。生产总值增长7.4%,\
             城镇新增就业100万人。这为做好今年工作打下了基础。\n今年主要预期目标是:生产总值增长7%左右,\
             城镇新增就业90万人以上。\n",
        );
        let looked_back = find(&inds, "增长7.4%");
        assert_eq!(looked_back.len(), 2, "{}", brief(&inds));
        assert!(looked_back.iter().all(|i| i.role == IndicatorRole::Actual));
        assert!(looked_back.iter().all(|i| i.year == Some(2014)));
        let jobs = find(&inds, "100万人");
        assert_eq!(jobs[0].role, IndicatorRole::Actual);
        assert_eq!(find(&inds, "增长7%左右")[0].role, IndicatorRole::Target);
        assert_eq!(find(&inds, "90万人以上")[0].role, IndicatorRole::Target);
    }

    /// A date that sorts things into a class (`2005年前建成的老旧小区`) is no deadline: the
    /// targets of its sentence stay this year's; a deadline (`2027年前完成`) still marks one.
    #[test]
    fn a_building_date_is_no_deadline() {
        let inds = extract_text(
            "示例市2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n全年新增城镇就业1万人。\n\
             二、2024年工作安排\n改造棚户区5000套,改造老旧小区300个,确保2005年前建成的老旧小区\
             全部改造完成。新建污水管网80公里,2027年前完成全部雨污分流改造。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert!(!one("5000套").five_year, "{}", brief(&inds));
        assert!(!one("300个").five_year);
        assert_eq!(one("300个").role, IndicatorRole::Target);
        assert!(one("80公里").five_year, "{}", brief(&inds));
    }

    /// A five-year review leads each theme with a short sentence (`——民生事业扎实推进。五年来，
    /// …`): the figures after it are the period's; the last year's paragraph keeps its own.
    #[test]
    fn the_last_year_after_an_address_in_a_five_year_review() {
        // The first report of a new term: a five-year review, then the year itself, opened by
        // an address to the deputies, and the year's work in groups of its own.
        let inds = extract_text(
            "示例市2031年政府工作报告\n各位代表:\n一、过去五年工作回顾\n\
             过去五年,全市生产总值年均增长6%,新建学校20所。\n\
             各位代表,刚刚过去的2030年,是本届政府的收官之年。全市生产总值增长5.2%。\n\
             一年来,我们主要做了以下工作:\n(一)抓项目扩投资\n省市重点项目完成投资300亿元。\n\
             二、2031年主要任务\n全市生产总值增长6%左右,省市重点项目完成投资320亿元。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert!(one("增长6%").five_year, "{}", brief(&inds));
        assert!(!one("增长5.2%").five_year, "{}", brief(&inds));
        assert_eq!(one("增长5.2%").year, Some(2030));
        assert!(!one("300亿元").five_year, "{}", brief(&inds));
        assert_eq!(one("300亿元").year, Some(2030));
    }

    #[test]
    fn after_the_years_groups_the_year_goes_on_until_the_five_years_come_back() {
        let text = "示例市2031年政府工作报告\n各位代表:\n一、过去五年工作回顾\n\
             过去五年,全市新建学校20所。\n一年来,我们主要做了以下工作:\n\
             (一)抓项目扩投资。省市重点项目完成投资300亿元。\n\
             (二)抓生态治污染。新增造林1万亩。\n(三)抓民生办实事。新增城镇就业1万人。\n新建美丽乡村200个。\n\
             各位代表!过去五年,全市新建公园30个。\n同时,我们也清醒看到,新增养老床位500张仍然不足。\n\
             二、2031年主要任务\n全市生产总值增长6%左右。\n";
        let report = crate::parse_report(text.as_bytes(), "test.txt").expect("a report");
        // The paragraphs after the inline groups are the part's own (the epilogue lifted out
        // of the last group).
        let own = &report.parts[0].paragraphs;
        assert!(own.iter().any(|p| p.text.contains("200个")), "{own:?}");
        let inds = extract(&report);
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert!(!one("300亿元").five_year, "{}", brief(&inds));
        assert!(!one("200个").five_year, "{}", brief(&inds));
        assert_eq!(one("200个").year, Some(2030));
        assert!(one("20所").five_year);
        assert!(one("30个").five_year, "{}", brief(&inds));
        assert!(one("500张").five_year, "{}", brief(&inds));
    }

    #[test]
    fn a_theme_lead_before_five_years() {
        let inds = extract_text(
            "示例区2021年政府工作报告\n各位代表:\n一、“十三五”时期和2020年工作回顾\n\
             ——社会事业全面进步。五年来,我们坚持共享发展。落实就业政策,五年新增就业2.1万人,建成公租房300套。\n\
             刚刚过去的2020年,全年新增就业4000人。\n二、2021年工作安排\n全年新增就业4500人。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert!(one("2.1万人").five_year, "{}", brief(&inds));
        assert!(one("300套").five_year);
        assert!(!one("4000人").five_year);
        assert_eq!(one("4000人").role, IndicatorRole::Actual);
    }

    /// A five-year review states last year's figures in a passage of its own (State Council
    /// 2018: `刚刚过去的2017年,…。国内生产总值增长6.9%`; 2008: `2007年,国内生产总值达到…,年均
    /// 增长10.6%`): those are the year's actuals, the clauses on the period stay five-year.
    #[test]
    fn a_five_year_review_keeps_last_years_figures_apart() {
        let inds = extract_text(
            "示例省2015年政府工作报告\n各位代表:\n一、过去五年工作回顾\n五年来,全省生产总值年均增长8%,\
             城镇新增就业累计500万人。刚刚过去的2014年,主要目标全面完成。生产总值增长7.3%,\
             比2009年增长50%;城镇新增就业110万人。这是五年来共同努力的结果。\n\
             财政赤字率从2010年的2.8%降到去年的1.5%左右。\n二、2015年主要任务\n\
             今年主要预期目标是:生产总值增长7%左右。\n",
        );
        let one = |w: &str| {
            *find(&inds, w)
                .first()
                .unwrap_or_else(|| panic!("no {w} in\n{}", brief(&inds)))
        };
        assert!(one("增长8%").five_year);
        assert!(one("500万人").five_year);
        assert!(!one("增长7.3%").five_year, "{}", brief(&inds));
        assert_eq!(one("增长7.3%").year, Some(2014));
        assert!(!one("110万人").five_year);
        assert!(one("增长50%").five_year);
        let ratio = one("1.5%左右");
        assert!(!ratio.five_year && ratio.role == IndicatorRole::Actual);
        assert_eq!(ratio.indicator_id.as_deref(), Some("deficit_ratio"));
        assert!(
            find(&inds, "2.8%").is_empty(),
            "where it started from is no figure"
        );
    }

    /// Deficits as the State Council writes them: the ratio after `从去年的…` and a share with
    /// no subject of its own (`…9500亿元,占国内生产总值比重在3%以内`).
    #[test]
    fn deficit_ratios_are_named() {
        let inds = extract_text(
            "示例省2015年政府工作报告\n各位代表:\n一、2014年工作回顾\n全省生产总值增长7.4%。\n\
             二、2015年主要任务\n今年拟安排财政赤字1000亿元,赤字率从去年的2.1%提高到2.3%。\
             全省财政赤字合计1200亿元,占国内生产总值比重在3%以内。居民消费价格涨幅控制在3%左右。\n",
        );
        let ids = |w: &str| {
            find(&inds, w)
                .iter()
                .map(|i| i.indicator_id.clone().unwrap_or_default())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("提高到2.3%"), ["deficit_ratio"], "{}", brief(&inds));
        assert!(find(&inds, "2.1%").is_empty());
        assert_eq!(ids("3%以内"), ["deficit_ratio"]);
        assert_eq!(ids("1000亿元"), ["deficit"]);
        let cpi = find(&inds, "涨幅控制在3%左右");
        assert_eq!(cpi[0].indicator_id.as_deref(), Some("cpi"));
        assert_eq!(cpi[0].measure, Measure::Growth);
    }

    #[test]
    fn listed_subjects_are_distributed() {
        assert_eq!(
            split_items("国家级、省级专精特新企业"),
            ["国家级专精特新企业", "省级专精特新企业"]
        );
        assert_eq!(
            split_items("制造业、高新技术产业、民间项目三项投资"),
            ["制造业投资", "高新技术产业投资", "民间项目投资"]
        );
        assert_eq!(
            split_items("城镇和农村居民人均可支配收入"),
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
        );
        assert_eq!(
            split_items("一般公共预算收入、城乡居民收入"),
            ["一般公共预算收入", "城乡居民收入"]
        );
        assert_eq!(split_items("地区生产总值"), ["地区生产总值"]);
        assert_eq!(
            split_items("万元GDP建设用地、水耗、电耗"),
            ["万元GDP建设用地", "万元GDP水耗", "万元GDP电耗"]
        );
        assert_eq!(
            split_items("居民医保和基本公共卫生服务经费人均财政补助标准"),
            [
                "居民医保财政补助标准",
                "基本公共卫生服务经费人均财政补助标准"
            ]
        );
    }

    /// Rates and spending lines listed before one figure each get it; a list raised `分别从…
    /// 提高到…` takes the values it is raised to (Guangdong 2024–2026 plans and annexes).
    #[test]
    fn rates_and_spending_listed_and_raised_from_to() {
        let inds = extract_text(
            "示例省2025年政府工作报告\n各位代表:\n一、2024年工作回顾\n全年新增就业1万人。\n\
             二、2025年工作安排\n“三公”经费和政府购买服务支出再压减5%。\
             孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上。\
             困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月202元、270元提高到209元、280元。\n",
        );
        let subjects =
            |w: &str| -> Vec<String> { find(&inds, w).iter().map(|i| i.subject.clone()).collect() };
        assert_eq!(
            subjects("压减5%"),
            ["三公经费", "政府购买服务支出"],
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subjects("达到90%以上"),
            ["孕产妇产后访视率", "0—6岁儿童健康管理率"],
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subjects("提高到209元"),
            ["困难残疾人生活补贴"],
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subjects("280元"),
            ["重度残疾人护理补贴标准"],
            "{}",
            brief(&inds)
        );
        assert!(subjects("270元").is_empty(), "{}", brief(&inds));
    }

    /// Subjects are noun phrases: verbs listed before them, coverbs, scopes alone, relative
    /// clauses cut off and time words go; a name the segmenter cut apart stays whole.
    #[test]
    fn noun_phrases_as_an_analyst_names_them() {
        assert_eq!(noun_phrase("淘汰、停建、缓建煤电产能"), "煤电产能");
        assert_eq!(noun_phrase("试点要扩大到全国"), "");
        assert_eq!(noun_phrase("居住的城镇棚户区"), "");
        assert_eq!(noun_phrase("背街巷道"), "背街巷道");
        assert_eq!(
            noun_phrase("北京大兴国际机场临空经济区年内完成投资"),
            "北京大兴国际机场临空经济区投资"
        );
        assert_eq!(
            clean_subject("城乡居民基本医保财政补助标准提高到人均"),
            "城乡居民基本医保财政补助标准"
        );
    }

    #[test]
    fn stages_and_named_sets() {
        let inds = extract_text(
            "2024年政府工作报告\n\n二、2025年工作安排\n\n加大保障性安居工程建设力度，今年新开工700万套以上。今年城镇保障性住房基本建成470万套、新开工630万套。认真落实鼓励引导民间投资新36条。\n",
        );
        let subjects: Vec<&str> = inds.iter().map(|i| i.subject.as_str()).collect();
        assert_eq!(
            subjects,
            [
                "保障性安居工程新开工",
                "城镇保障性住房基本建成",
                "城镇保障性住房新开工"
            ],
            "{}",
            brief(&inds)
        );
    }

    /// Terms newer than the segmenter's dictionary keep their first half
    /// (`普惠型`, `抗疫`, `特别国债`); without the join the subject lost it.
    #[test]
    fn words_the_segmenter_cuts_stay_in_the_subject() {
        assert_eq!(
            clean_subject("大型商业银行普惠型小微企业贷款增速"),
            "大型商业银行普惠型小微企业贷款"
        );
        assert_eq!(
            clean_subject("示范区普惠小微企业贷款"),
            "示范区普惠小微企业贷款"
        );
        let inds = extract_text(
            "示例省2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n地区生产总值增长3%。\n\
             二、2021年工作安排\n(一)稳财政。今年发行500亿元抗疫特别国债。\n",
        );
        assert_eq!(
            find(&inds, "500亿元").first().map(|i| i.subject.as_str()),
            Some("抗疫特别国债"),
            "{}",
            brief(&inds)
        );
    }

    /// `一般公共预算收入完成17亿元,按可比口径增长13%`: the basis a figure is counted on is no
    /// subject; the growth is the revenue's. A basis at the end of a subject goes too.
    #[test]
    fn a_basis_of_counting_names_nothing() {
        assert_eq!(clean_subject("按可比口径"), "");
        assert_eq!(clean_subject("按可比价格计算"), "");
        assert_eq!(clean_subject("地区生产总值按可比价格计算"), "地区生产总值");
        // Not a basis: `按` with a thing after it stays a phrase of its own.
        assert_ne!(clean_subject("按标准改造的农村公路"), "");
        let inds = extract_text(
            "示例区2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n\
             一般公共预算收入完成9亿元,按可比口径增长6.5%。\n二、2021年工作安排\n\
             一般公共预算收入增长5%。\n",
        );
        assert_eq!(
            find(&inds, "增长6.5%").first().map(|i| i.subject.as_str()),
            Some("一般公共预算收入"),
            "{}",
            brief(&inds)
        );
    }

    /// A count of a task named by its work alone, with or without `的`, counts the works the
    /// paragraph's heading named (`四是全力推进棚户区改造工程。…全力完成今年8008户改造任务`).
    #[test]
    fn a_task_without_de_counts_the_works_named_before() {
        let inds = extract_text(
            "示例区2016年政府工作报告\n各位代表:\n一、2015年工作回顾\n地区生产总值增长7%。\n\
             二、2016年工作安排\n四是全力推进棚户区改造工程。科学安排征地拆迁，\
             全力完成今年900户改造任务。\n",
        );
        assert_eq!(
            find(&inds, "900户").first().map(|i| i.subject.as_str()),
            Some("棚户区改造"),
            "{}",
            brief(&inds)
        );
    }

    /// `A、B等增幅均超过10%`: the word after `等` is the aspect measured, the listed things are
    /// the subjects, each a growth; examples before a kind (`涿州、霸州等地`) stay as they were.
    #[test]
    fn a_list_before_deng_and_an_aspect_names_each_item() {
        let inds = extract_text(
            "示例省2021年政府工作报告\n各位代表:\n一、2020年工作回顾\n地区生产总值增长3%。\n\
             二、2021年工作安排\n(一)财政。其中均衡性转移支付、县级基本财力保障机制奖补资金等\
             增幅均超过10%。\n",
        );
        let rows: Vec<(&str, Measure)> = find(&inds, "超过10%")
            .iter()
            .map(|i| (i.subject.as_str(), i.measure))
            .collect();
        assert_eq!(
            rows,
            [
                ("均衡性转移支付", Measure::Growth),
                ("县级基本财力保障机制奖补资金", Measure::Growth)
            ],
            "{}",
            brief(&inds)
        );
        assert_eq!(clean_subject("改造建华路、根河路等背街巷道"), "背街巷道");
    }

    /// A place before figures listed before one thing owns that thing for both figures
    /// (`老城区8条、12.3公里道路提升改造`); a thing with a figure of its own before the list
    /// mark does not (`景观改造26万平方米、道路5.3公里`).
    #[test]
    fn a_place_before_listed_figures_owns_the_thing() {
        let inds = extract_text(
            "示例区2017年政府工作报告\n各位代表:\n一、2016年工作回顾\n\
             完成了老城区8条、12.3公里道路提升改造。完成景观改造26万平方米、道路5.3公里。\n\
             二、2017年工作安排\n地区生产总值增长7%。\n",
        );
        let subject = |w: &str| find(&inds, w).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("8条").as_deref(),
            Some("老城区道路提升改造"),
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("12.3公里").as_deref(),
            Some("老城区道路提升改造"),
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("26万平方米").as_deref(),
            Some("景观改造"),
            "{}",
            brief(&inds)
        );
        assert_eq!(clean_subject("新建成蔬菜大棚"), "蔬菜大棚");
    }

    /// `预计全年…` in a plan is the plan's own result over the year, a target; `预计今年…` of a
    /// population the plan acts on is a forecast.
    #[test]
    fn an_expected_result_over_the_year_is_a_target() {
        let inds = extract_text(
            "示例区2016年政府工作报告\n各位代表:\n一、2015年工作回顾\n地区生产总值增长7%。\n\
             二、2016年工作安排\n(一)旅游。打造旅游城市品牌。预计全年旅游接待人数达到700万人次。\n\
             (二)就业。预计今年高校毕业生超过12万人,要强化促进青年就业政策。\n",
        );
        assert_eq!(
            find(&inds, "达到700万人次").first().map(|i| i.role),
            Some(IndicatorRole::Target),
            "{}",
            brief(&inds)
        );
        assert!(find(&inds, "超过12万人").is_empty(), "{}", brief(&inds));
    }

    /// The second figure of a list sharing one work, named by its aspect, is that aspect of
    /// the work (`完成65条、总长度57.9公里的城市道路新建改造`).
    #[test]
    fn a_listed_aspect_measures_the_shared_work() {
        let inds = extract_text(
            "示例区2017年政府工作报告\n各位代表:\n一、2016年工作回顾\n地区生产总值增长7%。\n\
             二、2017年工作安排\n(一)畅通道路。完成12条、总长度9.5公里的城市道路新建改造。\n",
        );
        let subject = |w: &str| find(&inds, w).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("12条").as_deref(),
            Some("城市道路新建改造"),
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("9.5公里").as_deref(),
            Some("城市道路新建改造总长度"),
            "{}",
            brief(&inds)
        );
    }

    /// An amount before the investment plan it sizes is the investment of the things counted
    /// before it; an amount describing a project stays inside its name.
    #[test]
    fn an_investment_plan_amount_is_a_target() {
        let inds = extract_text(
            "示例区2016年政府工作报告\n各位代表:\n一、2015年工作回顾\n地区生产总值增长7%。\n\
             二、2016年工作安排\n(一)抓投资。具体来讲,就是要全力完成今年40个重点项目30亿元的投资计划。\
             推进总投资12亿元的物流园区建设。\n",
        );
        assert_eq!(
            find(&inds, "30亿元").first().map(|i| i.subject.as_str()),
            Some("重点项目投资"),
            "{}",
            brief(&inds)
        );
        assert!(find(&inds, "12亿元").is_empty(), "{}", brief(&inds));
    }

    /// A work named by its verb alone takes the object `对` put before it.
    #[test]
    fn a_verb_alone_takes_the_object_put_before_it() {
        assert_eq!(
            clean_subject("对拖欠农民工的工资年底前要清偿"),
            "农民工的工资清偿"
        );
        // No object before the verb: nothing to take.
        assert_eq!(clean_subject("年底前要清偿"), "清偿");
    }

    /// Indicators listed by their full names before one figure with `均` each get it; the
    /// list mark is no part of a name. Names the vocabulary does not know before a list mark
    /// stay out (`加快建设…`).
    #[test]
    fn full_names_listed_before_jun_each_get_the_figure() {
        assert_eq!(
            clean_subject("城镇常住居民人均可支配收入、农村常住居民人均可支配收入均"),
            "城镇常住居民人均可支配收入、农村常住居民人均可支配收入"
        );
        let inds = extract_text(
            "示例区2016年政府工作报告\n各位代表:\n一、2015年工作回顾\n地区生产总值增长7%。\n\
             二、2016年工作安排\n主要预期目标是:城镇常住居民人均可支配收入、\
             农村常住居民人均可支配收入均增长8%。\n",
        );
        let subjects: Vec<&str> = find(&inds, "增长8%")
            .iter()
            .map(|i| i.subject.as_str())
            .collect();
        assert_eq!(
            subjects,
            ["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"],
            "{}",
            brief(&inds)
        );
        assert!(!clean_subject("扶持示范合作社、农村常住居民人均可支配收入").starts_with('、'));
    }

    /// Targets of a plan the scanner or the grammar lost (Hebei 2001/2002 copies): a share set
    /// with `要` after `比重` (segmented `比`/`重要`), the size of a task before `的任务`, and a
    /// count in Chinese numerals of titles a city wins; places listed by name before their
    /// count are no target.
    #[test]
    fn shares_with_a_modal_tasks_sized_and_titles_counted() {
        let inds = extract_text(
            "示例省2002年政府工作报告\n各位代表:\n一、2001年工作回顾\n全省生产总值增长8%。\n\
             二、2002年工作任务\n非公有制经济占全省生产总值的比重要达到30%以上。\
             今年要努力完成退耕还林还草400万亩的任务。今年建成两个省级环保模范城市。\
             加快发展甲州、乙州、丙·丁温泉城三个次中心城市。建设年产5万吨的项目。\n",
        );
        let subject = |w: &str| find(&inds, w).first().map(|i| i.subject.clone());
        assert_eq!(
            subject("达到30%以上").as_deref(),
            Some("非公有制经济占全省生产总值的比重"),
            "{}",
            brief(&inds)
        );
        assert_eq!(subject("400万亩").as_deref(), Some("退耕还林还草"));
        assert_eq!(subject("两个").as_deref(), Some("省级环保模范城市"));
        assert!(find(&inds, "三个").is_empty(), "{}", brief(&inds));
        assert!(find(&inds, "5万吨").is_empty(), "{}", brief(&inds));
    }

    /// Forms of main targets in reports of the 1990s and 2000s: the frame split from its
    /// figure by a comma, a bare rate after a clause naming a known indicator, the basis
    /// after the subject, and an urban-and-rural subject before two values (no `分别`), whose
    /// list a later clause goes on with.
    #[test]
    fn frames_bases_and_urban_rural_pairs_of_main_targets() {
        let inds = extract_text(
            "示例省2002年政府工作报告\n各位代表:\n一、2001年工作回顾\n\
             城乡居民人均可支配收入完成2.57万元和1.68万元，分别增长9%和9.8%。\n\
             二、2002年工作任务\n今年经济增长速度的宏观调控目标，定为8%至9%。\
             宏观调控的目标是，确保物价上涨幅度比去年有明显回落，力争控制在15%左右。\
             财政收入同口径增长8.5%。城乡居民收入增长5%和3%左右。\n",
        );
        let subject = |w: &str| {
            find(&inds, w)
                .iter()
                .map(|i| i.subject.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(subject("8%至9%"), ["经济增长速度"], "{}", brief(&inds));
        assert_eq!(
            subject("控制在15%左右"),
            ["物价上涨幅度"],
            "{}",
            brief(&inds)
        );
        assert_eq!(subject("增长8.5%"), ["财政收入"], "{}", brief(&inds));
        assert_eq!(subject("增长5%"), ["城镇居民收入"], "{}", brief(&inds));
        assert_eq!(subject("3%左右"), ["农村居民收入"], "{}", brief(&inds));
        assert_eq!(
            subject("9.8%"),
            ["农村居民人均可支配收入"],
            "{}",
            brief(&inds)
        );
        assert_eq!(
            subject("增长9%"),
            ["城镇居民人均可支配收入"],
            "{}",
            brief(&inds)
        );
    }

    /// Growth set below a benchmark in a plan (the State Council's macro-control targets of the
    /// 1990s) is a relative target below it; in a review it states how the year went.
    #[test]
    fn growth_set_below_a_benchmark() {
        let inds = extract_text(
            "示例国1995年政府工作报告\n各位代表:\n一、1994年工作回顾\n国内生产总值增长11.8%，\
             消费基金增长低于经济增长。\n二、1995年工作任务\n今年要继续改善城乡人民生活，\
             但消费基金的增长应低于经济的增长，职工收入增长应低于劳动生产率的增长。\n",
        );
        let below: Vec<(&str, IndicatorRole)> = inds
            .iter()
            .filter(|i| i.relation == Some(Relation::Below))
            .map(|i| (i.subject.as_str(), i.role))
            .collect();
        assert_eq!(
            below,
            [
                ("消费基金", IndicatorRole::Target),
                ("职工收入", IndicatorRole::Target)
            ],
            "{}",
            brief(&inds)
        );
    }
}
