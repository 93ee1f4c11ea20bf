//! A review's blanket claim of completion: one sentence that says a whole class of last
//! year's targets was met, with no figure of its own (`全年经济社会发展主要目标任务圆满完成`,
//! `主要经济指标圆满完成既定任务`, `能耗及排放等约束性指标完成省定任务`). A review that gives
//! no figure for a headline target but claims them all met reports it met, in the report's
//! own words; the row says that the verdict rests on the claim (`Reason::Claimed`). A figure
//! of the year, where there is one, decides instead (the judge asks here only for targets it
//! found unreported or not comparable).

use crate::model::{Horizon, Indicator, Report, Role};

/// Which of last year's targets a claim speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The plan's main expected targets (`主要经济指标`, `主要预期目标`, `主要目标任务`): the
    /// targets of the paragraph that sets the growth of the economy.
    Headline,
    /// The binding targets (`约束性指标`): energy and carbon intensity, emissions, air and
    /// water quality, forest cover (the vocabulary's `binding`).
    Binding,
}

/// A claim found in NEW's review, with its evidence.
#[derive(Debug, Clone)]
pub struct Claim<'a> {
    pub scope: Scope,
    pub line: usize,
    pub clause: &'a str,
}

/// Names of a class of targets, with the class.
const SCOPES: &[(&str, Scope)] = &[
    ("主要经济指标", Scope::Headline),
    ("主要预期目标", Scope::Headline),
    ("主要目标任务", Scope::Headline),
    ("主要经济社会发展目标", Scope::Headline),
    ("经济社会发展主要目标", Scope::Headline),
    ("约束性指标", Scope::Binding),
];

/// Words that say the class was completed, right after its name (`圆满完成`, `全面完成`,
/// `超额完成`, `较好完成`, `完成省定任务`, `达到上级要求`).
const DONE: &[&str] = &["完成", "实现", "达到"];

/// Words that undo a claim, after the class's name or right before it: not done (`未完成`).
const NEGATIONS: &[&str] = &["未", "没有", "没能", "不"];

/// Words after the class's name that make the claim another statement: a degree of
/// completion (`基本完成`; `全年主要目标任务较好完成` of 2021, a year the energy intensity
/// target was missed), the state of completion compared (`主要指标完成情况好于全国`).
const NOT_A_CLAIM: &[&str] = &["基本", "较好", "总体", "情况", "进度"];

/// Marks of a sentence about a period of several years: its claim is about the period's
/// plan (`“十三五”规划确定的约束性指标全部超额完成`), not the year's.
const PERIOD_MARKS: &[&str] = &[
    "规划",
    "五年",
    "年均",
    "十三五",
    "十四五",
    "十二五",
    "十五五",
];

/// The blanket claims of NEW's review about the year it reviews.
pub fn claims(new: &Report) -> Vec<Claim<'_>> {
    use crate::extract::indicators::{clauses, sentences};
    let year = new.meta.reviewed_year.map(|y| format!("{y}年"));
    let mut out = Vec::new();
    for section in new.sections() {
        if section.role != Role::Review {
            continue;
        }
        let annual = section.horizon == Horizon::Annual;
        for p in &section.paragraphs {
            for sentence in sentences(&p.text) {
                let period = |t: &str| PERIOD_MARKS.iter().any(|m| t.contains(m));
                // In a review of several years, a sentence that names the year (`2025年，我们
                // …决胜“十四五”…，主要经济指标圆满完成既定任务`); else one of no period.
                let names_year = year.as_ref().is_some_and(|y| sentence.contains(y.as_str()))
                    || ["去年", "过去一年", "一年来", "全年"]
                        .iter()
                        .any(|w| sentence.contains(w));
                if !(names_year || annual && !period(sentence)) {
                    continue;
                }
                for clause in clauses(sentence) {
                    if let Some(scope) = claimed(clause).filter(|_| !period(clause)) {
                        out.push(Claim {
                            scope,
                            line: p.line,
                            clause,
                        });
                    }
                }
            }
        }
    }
    out
}

/// The paragraphs (by line) of OLD's plan that hold its main expected targets: the one that
/// sets the economy's growth, and those right after it that each hold a target the
/// vocabulary knows (a story prints the list one target a line).
pub fn headline_lines<'a>(targets: impl Iterator<Item = &'a Indicator> + Clone) -> Vec<usize> {
    let known_on = |line: usize| {
        targets
            .clone()
            .any(|t| t.line == line && t.indicator_id.is_some())
    };
    let Some(first) = targets
        .clone()
        .find(|t| t.indicator_id.as_deref() == Some("gdp"))
        .map(|t| t.line)
    else {
        return Vec::new();
    };
    let mut lines = vec![first];
    while known_on(first + lines.len()) {
        lines.push(first + lines.len());
    }
    lines
}

/// Whether a claim speaks for a target of OLD's plan.
pub fn covers(claim: &Claim, target: &Indicator, headline: &[usize]) -> bool {
    match claim.scope {
        Scope::Headline => headline.contains(&target.line),
        Scope::Binding => target
            .indicator_id
            .as_deref()
            .and_then(|id| crate::extract::vocabulary::vocabulary().get(id))
            .is_some_and(|e| e.binding),
    }
}

/// The class a clause claims completed, if it does.
fn claimed(clause: &str) -> Option<Scope> {
    let (at, name, scope) = SCOPES
        .iter()
        .find_map(|(name, scope)| clause.find(name).map(|at| (at, *name, *scope)))?;
    let rest = &clause[at + name.len()..];
    // The verb within a few characters of the name (`圆满完成既定任务`, `全部超额完成`).
    let near: String = rest.chars().take(8).collect();
    let done = DONE.iter().any(|d| near.contains(d));
    let undone = NEGATIONS
        .iter()
        .chain(NOT_A_CLAIM)
        .any(|w| rest.contains(w))
        || NEGATIONS.iter().any(|w| clause[..at].ends_with(w));
    (done && !undone).then_some(scope)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_of_a_class_completed() {
        assert_eq!(
            claimed("主要经济指标圆满完成既定任务"),
            Some(Scope::Headline)
        );
        assert_eq!(
            claimed("全年经济社会发展主要目标任务圆满完成"),
            Some(Scope::Headline)
        );
        assert_eq!(
            claimed("能耗及排放等约束性指标完成省定任务"),
            Some(Scope::Binding)
        );
        assert_eq!(claimed("各项约束性指标超额完成"), Some(Scope::Binding));
        assert_eq!(claimed("主要约束性指标达到上级要求"), Some(Scope::Binding));
        // Not claims: a comparison of the state of completion, a degree, a failure.
        assert_eq!(claimed("主要经济指标完成情况好于全国平均水平"), None);
        assert_eq!(claimed("主要预期目标基本完成"), None);
        assert_eq!(claimed("全年主要目标任务较好完成"), None);
        assert_eq!(claimed("主要经济指标未完成年初目标"), None);
        assert_eq!(claimed("主要经济指标增速保持在全省前列"), None);
    }

    #[test]
    fn claims_of_the_year_not_of_the_period() {
        let report = crate::parse_report(
            "示例市2026年政府工作报告\n各位代表:\n一、“十四五”时期工作回顾\n\
             过去五年,“十四五”规划确定的约束性指标全部超额完成。\n\
             2025年,我们决胜“十四五”,主要经济指标圆满完成既定任务。\n\
             二、2026年工作安排\n地区生产总值增长6%左右。\n"
                .as_bytes(),
            "test.txt",
        )
        .expect("a report");
        let found = claims(&report);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].scope, Scope::Headline);
        assert_eq!(found[0].clause, "主要经济指标圆满完成既定任务");
    }
}
