//! The role of each part: review (the past year's actuals), plan (this year's targets and
//! work), governance (the government's own conduct).
//!
//! Decided in three steps, each for the parts the step before left open:
//!
//! 1. **The title, where it speaks**: `回顾`, `成就`, `过去`, `去年` look back; `目标`, `任务`,
//!    `部署`, `今年` (not `今年以来`, the year so far), `建议` look ahead; `自身建设` is governance. A title with words of both
//!    (`“十三五”时期发展成就和“十四五”时期主要目标任务`) and a title that only names a year
//!    (`2021年主要工作`, `2024年工作`) are decided by the year against the planned year, when
//!    the header gives one.
//! 2. **The order of the report**: reviews come before plans. A part after a plan part is a
//!    plan (older State Council reports follow `二、2005年工作总体部署` with topical plan parts
//!    `三、继续保持经济平稳较快发展`, `四、…`); a part before a review part is a review.
//! 3. **What the part says**: the density of past markers (`了`, `比上年`, `一年来`, `取得`,
//!    `完成`…) against future markers (`今年`, modal `要`, `将`, `力争`, `确保`, `预期`,
//!    `目标`…). Measured on the corpus, every review scores below 0.4 and every plan above 0.5
//!    (see [`tense_score`]).

use crate::model::{Horizon, Role, Section};
use crate::text::numerals::{five_year_plan_years, says_five_years};
use crate::tree::sections::first_year;

/// Title words that look back.
const REVIEW_WORDS: &[&str] = &[
    "回顾",
    "成就",
    "成绩",
    "过去",
    "总结",
    "去年",
    "上年",
    "一年来",
    "五年来",
    "今年以来",
];
/// `今年以来` (the year so far) looks back, though it holds `今年`: a report delivered in
/// mid-year reviews `2019年和今年以来工作回顾`, last year and this year up to now.
const LOOKING_BACK_AT_THIS_YEAR: &str = "今年以来";
/// `计划执行情况` (how a plan was carried out) looks back, though it holds `计划`: the State
/// Council's 1986 report opens with `“六五”计划执行情况的回顾`.
const LOOKING_BACK_AT_A_PLAN: &str = "计划执行情况";
/// Title words that look ahead. `主要工作` is in neither list: `2021年主要工作` is the plan of
/// a 2021 report and the review of a 2022 one; the year decides.
pub(crate) const PLAN_WORDS: &[&str] = &[
    "目标",
    "任务",
    "重点工作",
    "工作安排",
    "总体要求",
    "政策取向",
    "计划",
    "部署",
    "展望",
    "重点",
    "今年",
    "明年",
    "今后",
    "建议",
    "思路",
    "考虑",
    "安排",
    "打算",
];
/// Title words of the government's own conduct.
pub const GOVERNANCE_WORDS: &[&str] = &[
    "自身建设",
    "政府建设",
    "建设人民满意",
    "人民满意的政府",
    "政府治理",
    "政府自身",
    "服务型政府",
];

/// Past markers for [`tense_score`]: aspect (`了`), comparisons with the year before, results.
const PAST_MARKERS: &[&str] = &[
    "比上年",
    "同比",
    "累计",
    "一年来",
    "五年来",
    "过去",
    "去年",
    "预计",
    "得到",
    "取得",
    "成效",
    "显著",
    "明显",
    "圆满",
    "已经",
    "成功",
    "全年",
];
/// Future markers for [`tense_score`]: the year ahead, intent, targets, imperatives.
const FUTURE_MARKERS: &[&str] = &[
    "今年", "力争", "确保", "争取", "预期", "目标", "着力", "坚持", "切实", "做好", "抓好", "更加",
    "持续",
];
/// Above this [`tense_score`] a part reads as a plan.
pub const PLAN_SCORE: f64 = 0.45;
/// Parts with less text than this are not judged by content.
const MIN_CHARS: usize = 60;

/// What the title alone says: a role, or `None` when it does not speak (or speaks both ways
/// and no year settles it).
fn title_role(title: &str, planned_year: Option<u16>) -> Option<Role> {
    let has = |words: &[&str]| words.iter().any(|w| title.contains(w));
    let ahead = title
        .replace(LOOKING_BACK_AT_THIS_YEAR, "")
        .replace(LOOKING_BACK_AT_A_PLAN, "");
    let has_ahead = PLAN_WORDS.iter().any(|w| ahead.contains(w));
    if has(GOVERNANCE_WORDS) {
        return Some(Role::Governance);
    }
    // The last year or plan period the title names: in `“十三五”时期发展成就和“十四五”时期
    // 主要目标任务` the title ends on what the part is for.
    let (year, span) = last_years(title);
    let by_year = || {
        let p = planned_year?;
        match (year, span) {
            (Some(y), _) => Some(if y < p { Role::Review } else { Role::Plan }),
            (None, Some((_, last))) if last < p => Some(Role::Review),
            (None, Some((first, _))) if first >= p => Some(Role::Plan),
            _ => None,
        }
    };
    match (has(REVIEW_WORDS), has_ahead) {
        (true, false) => Some(Role::Review),
        (false, true) => Some(Role::Plan),
        // `“十三五”时期发展成就和“十四五”时期主要目标任务`: the plan is what matters most.
        // But a year's review and the next year's general requirements under one title
        // (`一、1998年工作回顾和1999年工作的总体要求`, the State Council's 1990s shape) are
        // the review, with a closing page on the coming year's aims; its targets follow in
        // the topical parts after it.
        (true, true) => match (first_year(title), year, span) {
            (Some(a), Some(b), None) if a < b => Some(Role::Review),
            _ => Some(by_year().unwrap_or(Role::Plan)),
        },
        (false, false) => by_year(),
    }
}

/// The last four-digit year and the last five-year plan (`十四五`) a title names.
fn last_years(title: &str) -> (Option<u16>, Option<(u16, u16)>) {
    let mut year = None;
    let mut span = None;
    for (i, _) in title.char_indices() {
        let rest = &title[i..];
        if let Some(y) = first_year(rest).filter(|_| rest.starts_with(|c: char| c.is_ascii_digit()))
        {
            year = Some(y);
        }
        if let Some(s) = crate::text::numerals::five_year_plan_at(rest) {
            span = Some(s);
        }
    }
    (year, span)
}

/// How much more a text looks ahead than back: ln((future + 1) / (past + 1)), each marker
/// count per 1,000 characters. Modal `要` (not `主要`, `重要`, `需要`, `要求`…), `将` (not
/// `即将`) count as future, aspect `了` (not `为了`, `除了`, `了解`) as past.
pub fn tense_score(text: &str) -> f64 {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len().max(1) as f64;
    let count = |words: &[&str]| -> usize { words.iter().map(|w| text.matches(w).count()).sum() };
    let around = |i: usize| {
        (
            i.checked_sub(1).and_then(|j| chars.get(j)).copied(),
            chars.get(i + 1).copied(),
        )
    };
    let mut modal = 0usize;
    let mut aspect = 0usize;
    for (i, &c) in chars.iter().enumerate() {
        let (before, after) = around(i);
        let before_in = |set: &str| before.is_some_and(|b| set.contains(b));
        let after_in = |set: &str| after.is_some_and(|a| set.contains(a));
        match c {
            '要' if !before_in("主重需必纪摘提只") && !after_in("求素点") => modal += 1,
            '将' if !before_in("即") && !after_in("军") => modal += 1,
            '了' if !before_in("为除") && !after_in("解") => aspect += 1,
            _ => {}
        }
    }
    let past = (count(PAST_MARKERS) + aspect) as f64 * 1000.0 / n;
    let future = (count(FUTURE_MARKERS) + modal) as f64 * 1000.0 / n;
    ((future + 1.0) / (past + 1.0)).ln()
}

/// A section's title and text, everything below it included.
pub fn full_text(section: &Section) -> String {
    let mut out = section.title.clone();
    for p in &section.paragraphs {
        out.push('\n');
        out.push_str(&p.text);
    }
    for child in &section.children {
        out.push('\n');
        out.push_str(&full_text(child));
    }
    out
}

/// Gives each part its role and horizon, and passes them down to the sections below.
///
/// `planned_year` (from the header, when it has one) tells `2023年主要工作` (a review when the
/// plan is for 2024) from a plan.
pub fn assign_roles(parts: &mut Vec<Section>, planned_year: Option<u16>) {
    let by_title: Vec<Option<Role>> = parts
        .iter()
        .map(|p| title_role(&p.title, planned_year))
        .collect();
    // Whether a part before `i` is a plan, and a part after it a review by its title: kept
    // as running flags, not rescanned for every part (a text of thousands of parts).
    //
    // A report looks back first and ahead after: once a part reads as the plan (by its title
    // or, when titles are topics, by its content), the parts after it belong to the plan too
    // unless their title says otherwise. The State Council's 1990s reports title their plan
    // parts by topic (`六、确保香港政权的顺利交接与平稳过渡`, `七、关于外交工作`) and open them
    // on what happened (`过去的一年，我国奉行…`) before what will be done.
    let last_review = by_title.iter().rposition(|r| *r == Some(Role::Review));
    let mut plan_before = false;
    let mut roles: Vec<Role> = Vec::with_capacity(parts.len());
    for (i, part) in parts.iter().enumerate() {
        let role = if let Some(role) = by_title[i] {
            role
        } else if plan_before {
            Role::Plan
        } else if last_review.is_some_and(|j| j > i) {
            Role::Review
        } else {
            let text = full_text(part);
            if text.chars().count() < MIN_CHARS {
                Role::Other
            } else if tense_score(&text) > PLAN_SCORE {
                Role::Plan
            } else {
                Role::Review
            }
        };
        plan_before |= role == Role::Plan;
        roles.push(role);
    }
    for (part, role) in parts.iter_mut().zip(roles) {
        let (mut horizon, mut years) = horizon(&part.title, role);
        if role == Role::Plan
            && years.is_none()
            && let Some(span) = period_opened_by_content(part, planned_year)
        {
            (horizon, years) = (Horizon::FiveYear, Some(span));
        }
        set_role(part, role, horizon, years);
        if role == Role::Review && horizon == Horizon::FiveYear {
            // The year before the plan's is the year reviewed.
            let last = years
                .map(|(_, last)| last)
                .or(planned_year.map(|y| y.saturating_sub(1)));
            the_year_after_its_turn(part, last);
        }
    }
    carry_the_period(parts, planned_year);
}

/// A whole report with no plan part for the year plans the year in its five-year parts: a
/// new term's report that sets out the term's tasks and no year apart (the State Council's
/// 1988 report: `今后五年建设和改革的目标、方针和任务` over ten tasks), or the report of a
/// five-year plan (1986, the 七五 plan). Their tasks are the year's work too, so they take the
/// annual horizon; figures they set for the period's end or per year on average stay the
/// period's (indicators read those by their words). A copy cut short is left as it is: its
/// five-year outlook is where it stops, before the year's plan (Hebei's 2008 and 2013 portal
/// copies). Returns the parts changed.
pub fn plan_the_year_in_the_term(parts: &mut [Section]) -> Vec<String> {
    let plans: Vec<&mut Section> = parts.iter_mut().filter(|p| p.role == Role::Plan).collect();
    // A part for the year: titled by it (`2025年工作安排`, `今年的主要任务`), or the untitled
    // turn a five-year plan's parts end on (`2001年是…`, see [`carry_the_period`]). Parts on a
    // topic (`关于外交工作`) plan no year of their own.
    let plans_the_year = |p: &Section| {
        p.horizon == Horizon::Annual
            && (p.title.is_empty()
                || p.title.contains("今年")
                || p.title.contains('年') && p.title.chars().any(|c| c.is_ascii_digit())
                || p.paragraphs
                    .first()
                    .is_some_and(|f| opens_on_a_year(&f.text)))
    };
    if !plans.iter().any(|p| p.horizon == Horizon::FiveYear)
        || plans.iter().any(|p| plans_the_year(p))
    {
        return Vec::new();
    }
    plans
        .into_iter()
        .filter(|p| p.horizon == Horizon::FiveYear)
        .map(|part| {
            let (role, years) = (part.role, part.years);
            set_role(part, role, Horizon::Annual, years);
            part.path.clone()
        })
        .collect()
}

/// A part's first paragraph that opens on a year (`2026年是“十五五”开局之年`, `今年是…`): the
/// part plans that year, whatever its title says (Fujian's 2026 report titles its plan of the
/// year `一鼓作气勇争先，全力推动“十五五”开好局、起好步`).
fn opens_on_a_year(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    text.starts_with("今年") || (digits == 4 && text[digits..].starts_with('年'))
}

/// A report that presents a new five-year plan in topical parts (the State Council's 2001
/// report: `二、“十五”期间的奋斗目标和指导方针`, then `三、加强农业基础地位…` to `十、…`, and no
/// part for the year's work): the plan parts after the period's part, whose titles name no
/// year and which speak of the period at least as often as of this year, carry the period's
/// horizon. The year's own plan is then what their end turns to (`2001年是进入新世纪、实施
/// “十五”计划的第一年。…做好今年的各项工作…`): those paragraphs become an untitled part of the
/// year's plan. Reports with a part for the year after the period's (`三、2021年重点工作`) are
/// left as they are, since that part's title names the year.
fn carry_the_period(parts: &mut Vec<Section>, planned_year: Option<u16>) {
    let Some((k, span)) = parts.iter().enumerate().find_map(|(i, p)| {
        let opens = |span: (u16, u16)| planned_year.is_none_or(|y| y == span.0);
        (p.role == Role::Plan && p.horizon == Horizon::FiveYear)
            .then_some(p.years)
            .flatten()
            .filter(|span| opens(*span))
            .map(|span| (i, span))
    }) else {
        return;
    };
    let year = planned_year.unwrap_or(span.0);
    let mut carried = 0;
    for part in parts.iter_mut().skip(k + 1) {
        let topical = part.role == Role::Plan
            && part.horizon == Horizon::Annual
            && part.years.is_none()
            && !["今年", "明年"].iter().any(|w| part.title.contains(w));
        let text = full_text(part);
        if !topical || mentions_of_the_period(&text, span) < text.matches("今年").count() {
            break;
        }
        set_role(part, Role::Plan, Horizon::FiveYear, Some(span));
        carried += 1;
    }
    let Some(last) = parts.get_mut(k + carried).filter(|_| carried > 0) else {
        return;
    };
    let after_groups = last.children.last().map_or(0, |c| c.line);
    let Some(turn) = last.paragraphs.iter().position(|p| {
        let opening = crate::text::without_address(&p.text);
        p.line > after_groups
            && (opening.starts_with(&format!("{year}年")) || opening.starts_with("今年"))
    }) else {
        return;
    };
    let paragraphs = last.paragraphs.split_off(turn);
    let number = last.marker.number + 1;
    let line = paragraphs.first().map_or(last.line, |p| p.line);
    let mut year_part = crate::tree::sections::bare_part(number, String::new(), line, paragraphs);
    set_role(
        &mut year_part,
        Role::Plan,
        Horizon::Annual,
        Some((year, year)),
    );
    parts.insert(k + carried + 1, year_part);
}

/// How often a text names the five-year plan of `span` (`“十五”`, `十五计划`) or speaks of
/// five years (`今后五年`).
fn mentions_of_the_period(text: &str, span: (u16, u16)) -> usize {
    let named = text
        .char_indices()
        .filter(|(i, _)| crate::text::numerals::five_year_plan_at(&text[*i..]) == Some(span))
        .count();
    named + crate::text::numerals::five_years_mentions(text)
}

/// The first report of a new term reviews five years, and often then the last year in groups
/// of its own: `一、过去五年工作回顾` … `刚刚过去的2022年，…` `一年来，我们主要做了以下工作：`
/// `（一）抓投资扩内需…` `（二）…`. The groups after the paragraph that turns to the year
/// review that year: they get the annual horizon and the part's last year, so that their
/// figures judge last year's targets. Groups after a paragraph on the five years (`五年来，
/// 我们…` before `（一）`, the State Council's 2008 and 2018 shape) stay five-year.
fn the_year_after_its_turn(part: &mut Section, last: Option<u16>) {
    let Some(first_group) = part.children.first().map(|c| c.line) else {
        return;
    };
    let lead_in = part.paragraphs.iter().rfind(|p| p.line < first_group);
    if !lead_in.is_some_and(|p| turns_to_the_year(&p.text, last)) {
        return;
    }
    let role = part.role;
    for child in &mut part.children {
        set_role(child, role, Horizon::Annual, last.map(|y| (y, y)));
    }
}

/// Whether a paragraph opens on one year, the `last` of a review's span, after an address to
/// the deputies (`各位代表，刚刚过去的2022年…`, `一年来，我们主要做了以下工作：`).
fn turns_to_the_year(text: &str, last: Option<u16>) -> bool {
    let opening = crate::text::without_address(text);
    crate::text::opens_on_the_last_year(opening)
        || last.is_some_and(|y| opening.starts_with(&format!("{y}年")))
}

/// A part's horizon and the years it is about, from its title: `十四五` parts carry the plan
/// period, `五年` parts the five years to the year named.
fn horizon(title: &str, role: Role) -> (Horizon, Option<(u16, u16)>) {
    // A plan titled with the period behind it and the one ahead (`“十四五”时期发展成就和“十五五”
    // 时期主要目标任务`) sets the goals of the one ahead: the last period it names.
    let five_year = if role == Role::Plan {
        title
            .char_indices()
            .filter_map(|(i, _)| five_year_plan_years(&title[i..]))
            .max()
    } else {
        five_year_plan_years(title)
    };
    let year = first_year(title);
    // `过去一年和五年工作回顾` reviews the year first: its figures are the year's unless a
    // sentence says they are the five years'.
    let one_year_too = title.contains("一年") || title.contains("去年");
    let (horizon, years) = match five_year {
        // A review of a plan period that names no single year (`“十一五”时期国民经济和社会
        // 发展的回顾`) is a five-year review like `过去五年工作回顾`.
        // A plan titled with the period and a year's work (`“十五五”时期主要目标和2026年重点工作`)
        // is the year's plan, the period's goals in its opening paragraphs.
        Some(_) if role == Role::Plan && year.is_some() && works_of_a_year(title) => {
            (Horizon::Annual, year.map(|y| (y, y)))
        }
        // A plan titled on the period's start (`三、一鼓作气勇争先，全力推动“十五五”开好局、起好步`,
        // `确保“十五五”良好开局`) is the plan of the period's first year.
        Some(span) if role == Role::Plan && opens_the_period(title) => {
            (Horizon::Annual, Some((span.0, span.0)))
        }
        Some(span)
            if role != Role::Review
                || says_five_years(title)
                || (year.is_none() && !one_year_too) =>
        {
            (Horizon::FiveYear, Some(span))
        }
        // Likewise with the period said in words (`对今后五年和2003年政府工作的建议`, a new
        // term's first report): the year's plan, the five years' aims in its opening.
        None if role == Role::Plan && year.is_some() && works_of_a_year(title) => {
            (Horizon::Annual, year.map(|y| (y, y)))
        }
        _ if says_five_years(title) && !one_year_too => {
            (Horizon::FiveYear, year.map(|y| (y.saturating_sub(4), y)))
        }
        _ => (Horizon::Annual, year.map(|y| (y, y))),
    };
    // A review titled `2025年主要工作和“十四五”发展成就` covers the year and the plan period.
    match (role, five_year, year) {
        (Role::Review, Some(span), Some(y)) => (horizon, Some((span.0.min(y), y.max(span.1)))),
        _ => (horizon, years),
    }
}

/// Whether a title speaks of the start of the period it names (`开好局`, `良好开局`, `起好步`,
/// `开局之年`): the work of its first year.
fn opens_the_period(title: &str) -> bool {
    ["开好局", "开局", "起好步", "起步之年"]
        .iter()
        .any(|w| title.contains(w))
}

/// A plan part whose title names neither a year nor a period (`二、一张蓝图绘到底，奋力谱写中国式
/// 现代化福建篇章`) and whose first paragraph opens on a period that starts with the planned
/// year (`“十五五”时期是…的关键时期。…编制了《…规划纲要草案》`) presents that period's plan.
fn period_opened_by_content(part: &Section, planned_year: Option<u16>) -> Option<(u16, u16)> {
    let first = part.paragraphs.first()?;
    let opening = crate::text::without_address(&first.text).trim_start_matches(['“', '"']);
    let span = crate::text::numerals::five_year_plan_at(opening)?;
    planned_year.is_some_and(|p| span.0 >= p).then_some(span)
}

/// Whether a title names the work of one year (`2026年重点工作`, `2026年工作安排`), not only a
/// year of a period (`到2030年`).
fn works_of_a_year(title: &str) -> bool {
    title.char_indices().any(|(i, c)| {
        c == '年'
            && title[..i].ends_with(|d: char| d.is_ascii_digit())
            && ["重点工作", "工作安排", "主要工作", "工作任务", "政府工作"]
                .iter()
                .any(|w| title[i + c.len_utf8()..].starts_with(w))
    })
}

/// The role of the annex of the year's tasks ([`crate::tree::sections::annex_part`]): a plan
/// for the year, unless its title names the year before (`2024年十件民生实事完成情况`, how last
/// year's were carried out, is a review).
pub fn annex_role(annex: &mut Section, planned_year: Option<u16>) {
    let role = match title_role(&annex.title, planned_year) {
        Some(Role::Review) => Role::Review,
        _ => Role::Plan,
    };
    let year = first_year(&annex.title).or(planned_year);
    set_role(annex, role, Horizon::Annual, year.map(|y| (y, y)));
}

fn set_role(section: &mut Section, role: Role, horizon: Horizon, years: Option<(u16, u16)>) {
    let own = if GOVERNANCE_WORDS.iter().any(|w| section.title.contains(w)) {
        Role::Governance
    } else {
        role
    };
    section.role = own;
    section.horizon = horizon;
    section.years = years;
    for child in &mut section.children {
        set_role(child, own, horizon, years);
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_part_opening_on_the_year_plans_it() {
        assert!(opens_on_a_year("2026年是“十五五”开局之年,也是关键一年。"));
        assert!(opens_on_a_year(
            "今年是全面完成“十四五”规划目标任务的重要一年。"
        ));
        assert!(!opens_on_a_year(
            "“十五五”时期是基本实现社会主义现代化的关键时期。"
        ));
    }
    use super::*;

    /// How a plan was carried out is looked back on: `计划` there is no plan ahead.
    #[test]
    fn a_plans_execution_is_reviewed() {
        assert_eq!(
            title_role("“六五”计划执行情况的回顾", None),
            Some(Role::Review)
        );
        assert_eq!(title_role("“七五”计划的主要任务", None), Some(Role::Plan));
    }

    /// A whole report whose only plan is the term's plans the year in it; a copy cut inside
    /// its five-year outlook does not (it stops before the year's plan).
    #[test]
    fn a_whole_report_plans_the_year_in_the_terms_plan() {
        let past = "五年来,国民经济持续发展,完成了预定的目标,取得了显著成效,人民生活明显改善。";
        let ahead = "要继续深化改革,力争国民生产总值每年增长7.5%,确保粮食产量稳定增长,今后五年要建设一批重点工程。";
        let whole = format!(
            "各位代表:\n过去五年国内工作的基本总结\n{}\n今后五年建设和改革的目标、方针和任务\n{}\n\
             一、大力发展农业生产。{ahead}\n二、加快科学技术的发展。{ahead}\n关于外交工作\n{}\n\
             各位代表,让我们团结一致,为实现今后五年的各项任务而努力奋斗!\n",
            past.repeat(3),
            ahead.repeat(2),
            ahead.repeat(2)
        );
        let report = crate::parse_report(whole.as_bytes(), "report_1988.txt").expect("a report");
        let plans: Vec<_> = report
            .parts
            .iter()
            .filter(|p| p.role == Role::Plan)
            .map(|p| (p.title.as_str(), p.horizon))
            .collect();
        assert_eq!(
            plans,
            [
                ("今后五年建设和改革的目标、方针和任务", Horizon::Annual),
                ("关于外交工作", Horizon::Annual)
            ],
            "{:?}",
            report.diagnostics
        );
        let mut parts = report.parts.clone();
        for p in &mut parts {
            p.horizon = Horizon::FiveYear;
        }
        parts.retain(|p| p.role == Role::Plan && p.title.contains("今后五年"));
        parts.push(Section {
            title: "2026年工作安排".into(),
            horizon: Horizon::Annual,
            ..parts[0].clone()
        });
        assert!(plan_the_year_in_the_term(&mut parts).is_empty());
        assert_eq!(parts[0].horizon, Horizon::FiveYear);
    }

    /// A plan title naming the period behind and the one ahead sets the goals of the one
    /// ahead; with a year's work beside the period, it is the year's plan.
    #[test]
    fn horizon_of_plan_titles_naming_periods() {
        assert_eq!(
            horizon("“十四五”时期发展成就和“十五五”时期主要目标任务", Role::Plan),
            (Horizon::FiveYear, Some((2026, 2030)))
        );
        assert_eq!(
            horizon("“十五五”时期主要目标和2026年重点工作", Role::Plan),
            (Horizon::Annual, Some((2026, 2026)))
        );
        assert_eq!(
            horizon("“十五五”时期的主要目标任务", Role::Plan),
            (Horizon::FiveYear, Some((2026, 2030)))
        );
    }

    /// A new term's plan titled with the five years in words and the year's work.
    #[test]
    fn a_plan_titled_with_five_years_and_a_years_work_is_the_years_plan() {
        assert_eq!(
            horizon("对今后五年和2003年政府工作的建议", Role::Plan),
            (Horizon::Annual, Some((2003, 2003)))
        );
        assert_eq!(
            horizon("今后五年的主要任务", Role::Plan).0,
            Horizon::FiveYear
        );
    }

    /// A part on the plan's outline, titled by its name in full (`二、关于《示例市国民经济和社会
    /// 发展第十五个五年规划纲要（草案）》的说明`, Shanghai's 2026 shape), sets the goals of the
    /// period ahead: a five-year plan, not a review read from its content.
    #[test]
    fn a_part_on_the_plan_outline_named_in_full() {
        let title = "关于《示例市国民经济和社会发展第十五个五年规划纲要(草案)》的说明";
        assert_eq!(title_role(title, Some(2026)), Some(Role::Plan));
        assert_eq!(
            horizon(title, Role::Plan),
            (Horizon::FiveYear, Some((2026, 2030)))
        );
    }

    /// A plan titled on the period's start is the first year's plan; a plan titled by a theme
    /// alone that opens on the period ahead is the period's (Fujian 2026).
    #[test]
    fn the_periods_start_and_a_theme_title_opening_on_the_period() {
        assert_eq!(
            horizon("一鼓作气勇争先,全力推动“十五五”开好局、起好步", Role::Plan),
            (Horizon::Annual, Some((2026, 2026)))
        );
        let text = "示例省2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n生产总值增长5%。\n\
                    二、一张蓝图绘到底\n“十五五”时期是关键时期。我们要坚持稳中求进,着力推动高质量发展,\
                    力争今后五年生产总值年均增长5%左右,确保目标如期实现,持续增进民生福祉。\n\
                    三、一鼓作气勇争先,全力推动“十五五”开好局\n今年生产总值增长5%左右。\n";
        let report = crate::parse_report(text.as_bytes(), "t.txt").expect("a report");
        let spans: Vec<_> = report.parts.iter().map(|p| (p.horizon, p.years)).collect();
        assert_eq!(
            spans,
            [
                (Horizon::Annual, Some((2025, 2025))),
                (Horizon::FiveYear, Some((2026, 2030))),
                (Horizon::Annual, Some((2026, 2026)))
            ]
        );
    }

    /// A report presenting a new period's plan in topical parts, with no part for the year
    /// (the State Council's 2001 shape): the topical parts are the period's; the paragraph at
    /// their end that turns to the year is the year's plan.
    #[test]
    fn topical_parts_after_the_periods_part_carry_the_period() {
        let text = "各位代表:\n一、“九五”时期的回顾\n五年来,生产总值年均增长8%,取得了显著成就。\n\
                    二、“十五”期间的奋斗目标和指导方针\n“十五”期间,要力争生产总值年均增长7%左右。\n\
                    三、加强农业基础地位\n“十五”期间,要确保粮食产量稳定,力争农民收入较快增长,加快建设一批水利工程。\n\
                    四、加强国防建设\n今后五年,要加快国防现代化建设,确保完成各项任务,切实维护国家安全。\n\
                    2001年是实施“十五”计划的第一年。做好今年的各项工作,要发行长期建设国债1500亿元,力争生产总值增长7%左右。\n\
                    让我们团结在党中央周围,奋发图强,为实现“十五”计划的目标而努力奋斗!\n";
        let report = crate::parse_report(text.as_bytes(), "t.txt").expect("a report");
        let parts: Vec<_> = report
            .parts
            .iter()
            .map(|p| (p.path.as_str(), p.role, p.horizon, p.years))
            .collect();
        assert_eq!(
            parts,
            [
                ("一", Role::Review, Horizon::FiveYear, Some((1996, 2000))),
                ("二", Role::Plan, Horizon::FiveYear, Some((2001, 2005))),
                ("三", Role::Plan, Horizon::FiveYear, Some((2001, 2005))),
                ("四", Role::Plan, Horizon::FiveYear, Some((2001, 2005))),
                ("五", Role::Plan, Horizon::Annual, Some((2001, 2001))),
            ]
        );
        assert!(report.parts[4].paragraphs[0].text.starts_with("2001年是"));
    }

    #[test]
    fn titles_that_speak() {
        assert_eq!(title_role("去年工作回顾", None), Some(Role::Review));
        assert_eq!(
            title_role("1998年工作回顾和1999年工作的总体要求", None),
            Some(Role::Review)
        );
        assert_eq!(
            title_role("1998年工作回顾和1999年工作的总体要求", Some(1999)),
            Some(Role::Review)
        );
        assert_eq!(title_role("今年主要任务", None), Some(Role::Plan));
        assert_eq!(title_role("对今年政府工作的建议", None), Some(Role::Plan));
        assert_eq!(title_role("过去五年工作回顾", None), Some(Role::Review));
        // A mid-year report looks back on last year and this year so far.
        assert_eq!(
            title_role("2031年和今年以来工作回顾", None),
            Some(Role::Review)
        );
        assert_eq!(title_role("今年以来的主要工作", None), Some(Role::Review));
        assert_eq!(title_role("今年发展主要目标", None), Some(Role::Plan));
        assert_eq!(
            title_role("切实加强政府自身建设", None),
            Some(Role::Governance)
        );
        assert_eq!(
            title_role("“十三五”时期发展成就和“十四五”时期主要目标任务", Some(2021)),
            Some(Role::Plan)
        );
    }

    #[test]
    fn titles_that_only_name_a_year() {
        assert_eq!(title_role("2021年主要工作", Some(2021)), Some(Role::Plan));
        assert_eq!(title_role("2021年主要工作", Some(2022)), Some(Role::Review));
        assert_eq!(title_role("2024年工作", None), None);
        assert_eq!(title_role("继续保持经济平稳较快发展", Some(2005)), None);
    }

    #[test]
    fn the_groups_after_a_five_year_review_turns_to_the_year_review_the_year() {
        let report = |turn: &str| {
            let text = format!(
                "示例市2031年政府工作报告\n各位代表:\n一、过去五年工作回顾\n过去五年,全市生产总值年均增长6%,完成了一批重大项目。\n\
                 {turn}我们主要做了以下工作:\n(一)抓项目扩投资\n省市重点项目完成投资300亿元。\n\
                 (二)抓民生\n新增城镇就业1万人。\n二、2031年主要任务\n全市生产总值增长6%左右。\n"
            );
            crate::parse_report(text.as_bytes(), "report_2031.txt").unwrap()
        };
        for turn in ["一年来,", "各位代表!过去一年,", "2030年,"] {
            let r = report(turn);
            let review = &r.parts[0];
            assert_eq!(review.horizon, Horizon::FiveYear, "{turn}");
            let groups: Vec<_> = review
                .children
                .iter()
                .map(|c| (c.horizon, c.years))
                .collect();
            assert_eq!(groups, [(Horizon::Annual, Some((2030, 2030))); 2], "{turn}");
        }
        // Groups after a paragraph on the five years review the five years.
        let r = report("五年来,");
        assert!(r.parts[0].children.len() == 2);
        assert!(
            r.parts[0]
                .children
                .iter()
                .all(|c| c.horizon == Horizon::FiveYear)
        );
    }

    #[test]
    fn a_topic_part_after_the_plan_stays_in_the_plan() {
        // The 1990s State Council shape: a review by its title, then parts titled by topic,
        // the last of which (foreign affairs) opens on what happened last year.
        let text = "各位代表:\n一、2024年工作回顾\n一年来,全县生产总值完成126.9亿元,比上年增长8%;新建了一批重点项目,取得了明显成效。\n二、着力扩大内需\n今年要着力扩大内需,力争生产总值增长7%,确保完成节能减排目标,将加快推进重点项目。要做好稳就业工作,切实抓好民生实事。\n三、关于外交工作\n过去的一年,我国外交取得了显著成效,同周边国家的关系得到了发展,取得了积极成果。在新的一年里,我们同各国的友好关系会继续发展。";
        let report = crate::parse_report(text.as_bytes(), "report_2025.txt").unwrap();
        let roles: Vec<Role> = report.parts.iter().map(|p| p.role).collect();
        assert_eq!(roles, [Role::Review, Role::Plan, Role::Plan]);
        // By its content alone, the last part looks back.
        assert!(tense_score(&full_text(&report.parts[2])) <= PLAN_SCORE);
    }

    #[test]
    fn content_tells_past_from_future() {
        let past =
            "一年来,全县生产总值完成126.9亿元,比上年增长8%;新建了一批重点项目,取得了明显成效。";
        let future =
            "今年要着力扩大内需,力争生产总值增长7%,确保完成节能减排目标,将加快推进重点项目。";
        assert!(tense_score(past) < 0.0, "{}", tense_score(past));
        assert!(tense_score(future) > PLAN_SCORE, "{}", tense_score(future));
        // `主要`, `重要`, `为了` are not tense.
        assert!(tense_score("主要重要需要为了") < 0.1);
    }
}
