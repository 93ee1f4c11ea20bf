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
    /// The targets the claim leaves out by name (`除…等4项指标…没有完成外，其他32项指标顺利完成`):
    /// their names as the review writes them.
    pub except: Vec<&'a str>,
}

/// A review naming last year's targets it did not complete (Hebei's reports:
/// `仍有氮氧化物排放量、居民消费价格总水平…和城镇化率4项指标未完成预期目标`; `除社会消费品零售总额、
/// 出口总值…等4项指标，因…没有完成外，其他32项指标顺利完成`): each target named was missed, in
/// the report's own words.
#[derive(Debug, Clone)]
pub struct Shortfall<'a> {
    pub names: Vec<&'a str>,
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

/// Whether `text` may hold a claim or a shortfall: every class's name holds `指标` or `目标`
/// (see `SCOPES`, and a test), and so does a count of targets ([`counted_targets`]). A
/// paragraph or a sentence without either is passed over (most are).
fn may_claim(text: &str) -> bool {
    crate::text::contains(text, "指标") || crate::text::contains(text, "目标")
}

/// A sentence of NEW's review that may make a claim about its targets (it holds `指标` or
/// `目标`): its paragraph's line, whether it names the reviewed year (`2025年…`, `去年`,
/// `一年来`), whether its section reviews one year only, and whether it speaks of a period
/// (`五年来`, `“十四五”`).
struct ReviewSentence<'r> {
    line: usize,
    text: &'r str,
    names_year: bool,
    annual: bool,
    period: bool,
}

/// The sentences of NEW's review that may make a claim (see [`ReviewSentence`]); a paragraph
/// or a sentence without `指标` or `目标` is passed over (most are).
fn review_sentences(new: &Report) -> Vec<ReviewSentence<'_>> {
    use crate::extract::indicators::sentences;
    let year = new.meta.reviewed_year.map(|y| format!("{y}年"));
    let mut out = Vec::new();
    for section in new.sections() {
        if section.role != Role::Review {
            continue;
        }
        let annual = section.horizon == Horizon::Annual;
        for p in section.paragraphs.iter().filter(|p| may_claim(&p.text)) {
            for text in sentences(&p.text).into_iter().filter(|s| may_claim(s)) {
                let names_year = year
                    .as_ref()
                    .is_some_and(|y| crate::text::contains(text, y))
                    || ["去年", "过去一年", "一年来", "全年"]
                        .iter()
                        .any(|w| crate::text::contains(text, w));
                out.push(ReviewSentence {
                    line: p.line,
                    text,
                    names_year,
                    annual,
                    period: is_period(text),
                });
            }
        }
    }
    out
}

/// Whether a text speaks of a period of several years.
fn is_period(text: &str) -> bool {
    PERIOD_MARKS.iter().any(|m| crate::text::contains(text, m))
}

/// The blanket claims of NEW's review about the year it reviews.
pub fn claims(new: &Report) -> Vec<Claim<'_>> {
    use crate::extract::indicators::clauses;
    let mut out = Vec::new();
    for s in review_sentences(new) {
        // In a review of several years, a sentence that names the year (`2025年，我们…决胜
        // “十四五”…，主要经济指标圆满完成既定任务`); else one of no period.
        if !(s.names_year || s.annual) {
            continue;
        }
        for clause in clauses(s.text) {
            // In an annual review, a sentence that names a period elsewhere (`…顺利完成省十三届
            // 人大四次会议确定的年度主要目标任务，实现“十四五”良好开局`, Guangdong 2022) still
            // claims the year's targets where its clause says they are the year's (`年度`).
            let of_the_year = s.names_year || !s.period || crate::text::contains(clause, "年度");
            if let Some(scope) = claimed(clause).filter(|_| of_the_year && !is_period(clause)) {
                out.push(Claim {
                    scope,
                    line: s.line,
                    clause,
                    except: Vec::new(),
                });
            }
        }
        if let Some((names, rest)) = named_shortfall(s.text).filter(|_| !s.period)
            && let Some(rest) = rest
        {
            out.push(Claim {
                scope: Scope::Headline,
                line: s.line,
                clause: rest,
                except: names,
            });
        }
    }
    out
}

/// The targets NEW's review names as not completed in the year it reviews (see
/// [`Shortfall`]).
pub fn shortfalls(new: &Report) -> Vec<Shortfall<'_>> {
    review_sentences(new)
        .into_iter()
        .filter(|s| !s.period && (s.names_year || s.annual))
        .filter_map(|s| {
            let (names, _) = named_shortfall(s.text)?;
            Some(Shortfall {
                names,
                line: s.line,
                clause: s.text.trim_end_matches('。'),
            })
        })
        .collect()
}

/// Whether a name the review gives (`出口总值`, `居民消费价格总水平`) is a target's.
pub fn names(name: &str, target: &Indicator) -> bool {
    use crate::extract::vocabulary::vocabulary;
    let same_id = vocabulary()
        .lookup(name)
        .is_some_and(|e| target.indicator_id.as_deref() == Some(e.id.as_str()));
    same_id
        || crate::compare::judge::subject_similarity(name, &target.subject)
            >= crate::compare::judge::SUBJECT_THRESHOLD
}

/// The first count of targets that closes a list of their names (`4项指标`, `等四项主要指标`):
/// the byte range from its `等` or number to the end of `指标`/`目标`.
fn counted_targets(sentence: &str) -> Option<(usize, usize)> {
    let numeral = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c);
    for (at, _) in sentence.match_indices('项') {
        let head = &sentence[at + '项'.len_utf8()..];
        let head = head
            .strip_prefix("主要")
            .or_else(|| head.strip_prefix("预期"))
            .unwrap_or(head);
        if !(head.starts_with("指标") || head.starts_with("目标")) {
            continue;
        }
        let end = sentence.len() - head.len() + "指标".len();
        let digits = sentence[..at]
            .chars()
            .rev()
            .take_while(|c| numeral(*c))
            .map(char::len_utf8)
            .sum::<usize>();
        if digits == 0 {
            continue;
        }
        let start = at - digits;
        let start = if sentence[..start].ends_with('等') {
            start - '等'.len_utf8()
        } else {
            start
        };
        return Some((start, end));
    }
    None
}

/// Words that say a target was not completed.
const NOT_DONE: &[&str] = &[
    "未完成",
    "没有完成",
    "未能完成",
    "没能完成",
    "未达到",
    "没有达到",
    "未能达到",
    "未实现",
    "没有实现",
];

/// Words that open a list of targets not completed: `仍有A、B…4项指标未完成`, `除A、B等4项指标…
/// 没有完成外`.
const SHORTFALL_OPENINGS: &[&str] = &["除", "仍有", "还有", "尚有", "只有", "仅有"];

/// The names of a sentence's list of targets not completed, and the clause after it that
/// claims the others completed (`…没有完成外，其他32项指标顺利完成`), if there is one.
fn named_shortfall(sentence: &str) -> Option<(Vec<&str>, Option<&str>)> {
    let (count_start, count_end) = counted_targets(sentence)?;
    let before = &sentence[..count_start];
    // The list runs back to the word that opens it, within its clause.
    let clause_start = before.rfind(['，', ',', '：', ':', '；']).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let clause = &before[clause_start..];
    let (open_at, opening) = SHORTFALL_OPENINGS
        .iter()
        .filter_map(|w| clause.rfind(w).map(|i| (i, *w)))
        .max_by_key(|(i, _)| *i)?;
    let list = &clause[open_at + opening.len()..];
    // Up to `外` for a list under `除`, else to the sentence's end: the words saying not done.
    let after = &sentence[count_end..];
    // `外` closing the list is the one before the clause break (not the `外` of `外需`).
    let close = after
        .match_indices('外')
        .map(|(i, _)| i)
        .find(|&i| after[i + '外'.len_utf8()..].starts_with(['，', ',', '；', ';']));
    let (span, rest) = match (opening, close) {
        ("除", Some(end)) => (&after[..end], Some(&after[end + '外'.len_utf8()..])),
        ("除", None) => return None,
        _ => (after, None),
    };
    if !NOT_DONE.iter().any(|w| span.contains(w)) {
        return None;
    }
    let names: Vec<&str> = list
        .split(['、', '和', '及', '与'])
        .map(|n| n.trim_end_matches('等').trim())
        .filter(|n| n.chars().count() >= 2)
        .collect();
    if names.is_empty() {
        return None;
    }
    // `其他32项指标顺利完成`: the rest claimed completed.
    let rest = rest
        .map(|r| r.trim_start_matches(['，', ',']))
        .filter(|r| {
            (r.starts_with("其他") || r.starts_with("其余"))
                && DONE.iter().any(|d| r.contains(d))
                && !NEGATIONS.iter().chain(NOT_A_CLAIM).any(|w| r.contains(w))
        })
        .map(|r| r.trim_end_matches('。'));
    Some((names, rest))
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
    if claim.except.iter().any(|n| names(n, target)) {
        return false;
    }
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
        .find_map(|(name, scope)| crate::text::find(clause, name).map(|at| (at, *name, *scope)))?;
    let rest = &clause[at + name.len()..];
    // The verb within a few characters of the name (`圆满完成既定任务`, `全部超额完成`).
    let near: String = rest.chars().take(8).collect();
    let done = DONE.iter().any(|d| crate::text::contains(&near, d));
    let undone = NEGATIONS
        .iter()
        .chain(NOT_A_CLAIM)
        .any(|w| crate::text::contains(rest, w))
        || NEGATIONS.iter().any(|w| clause[..at].ends_with(w));
    (done && !undone || done_before(&clause[..at], rest)).then_some(scope)
}

/// Words between a verb of completion and the class's name that say the targets are the
/// year's (`完成全年经济社会发展主要目标任务`, State Council 2019; `完成全年主要目标任务`, 2020;
/// `确定的年度主要目标任务`), the last first: they are passed over back to the verb.
const OF_THE_YEAR: &[&str] = &["经济社会发展", "发展", "全年", "年度"];

/// Words before the verb that make the clause an aim, not a claim (`确保完成全年主要目标任务`).
const AIMS: &[&str] = &["确保", "努力", "力争", "争取", "为了", "要"];

/// Whether a clause says the class was completed with the verb first and the class last
/// (Hebei 2002: `完成了省九届人大四次会议确定的主要目标任务`; State Council 2020: `完成全年主要
/// 目标任务`): a verb of completion before the name, either right before it (words of the
/// year aside) or with `的` right before it (the targets set by the congress), nothing after
/// it, and no negation, degree or aim before the verb (`基本上完成了…确定的主要目标任务`,
/// `较好地完成了…`, `确保完成…`).
fn done_before(before: &str, rest: &str) -> bool {
    if !rest.trim().is_empty() {
        return false;
    }
    let mut before = before;
    for w in OF_THE_YEAR {
        before = before.strip_suffix(w).unwrap_or(before);
    }
    let verb_last = DONE
        .iter()
        .any(|d| before.ends_with(d) || before.strip_suffix('了').is_some_and(|b| b.ends_with(d)));
    if !(before.ends_with('的') || verb_last) {
        return false;
    }
    let Some(verb_at) = DONE
        .iter()
        .filter_map(|d| crate::text::find(before, d))
        .min()
    else {
        return false;
    };
    let lead: String = before[..verb_at]
        .chars()
        .rev()
        .take(6)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    !NEGATIONS
        .iter()
        .chain(NOT_A_CLAIM)
        .chain(AIMS)
        .any(|w| crate::text::contains(&lead, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_name_holds_what_claims_looks_for_first() {
        for (name, _) in SCOPES {
            assert!(name.contains("指标") || name.contains("目标"), "{name}");
        }
    }

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
        // Verb first, the class last.
        assert_eq!(
            claimed("完成了省九届人大四次会议确定的主要目标任务"),
            Some(Scope::Headline)
        );
        assert_eq!(
            claimed("顺利完成省十三届人大四次会议确定的年度主要目标任务"),
            Some(Scope::Headline)
        );
        // Verb first and the year's class right after it (State Council 2019, 2020, 2014).
        assert_eq!(
            claimed("完成全年经济社会发展主要目标任务"),
            Some(Scope::Headline)
        );
        assert_eq!(claimed("完成全年主要目标任务"), Some(Scope::Headline));
        assert_eq!(
            claimed("圆满实现全年经济社会发展主要预期目标"),
            Some(Scope::Headline)
        );
        assert_eq!(claimed("基本完成全年发展主要目标任务"), None);
        assert_eq!(claimed("确保完成全年主要目标任务"), None);
        assert_eq!(claimed("完成全年主要目标任务的难度加大"), None);
        assert_eq!(claimed("基本上完成了省人大会议确定的主要目标任务"), None);
        assert_eq!(claimed("较好地完成了年初确定的主要预期目标"), None);
        assert_eq!(claimed("没有完成年初确定的主要预期目标"), None);
        assert_eq!(claimed("完成了主要预期目标的80%"), None);
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

    /// A review naming the targets it did not complete, with or without a claim on the rest
    /// (Hebei's reports; made-up names and counts).
    #[test]
    fn shortfalls_named_in_the_review() {
        let (names, rest) = named_shortfall(
            "去年年初确定的各项目标,除社会消费品零售总额、出口总值等2项指标,因外需低迷没有完成外,其他20项指标顺利完成。",
        )
        .expect("a shortfall");
        assert_eq!(names, ["社会消费品零售总额", "出口总值"]);
        assert_eq!(rest, Some("其他20项指标顺利完成"));
        let (names, rest) = named_shortfall(
            "尽管去年绝大多数目标任务完成,仍有氮氧化物排放量、居民消费价格总水平和城镇化率3项指标未完成预期目标。",
        )
        .expect("a shortfall");
        assert_eq!(names, ["氮氧化物排放量", "居民消费价格总水平", "城镇化率"]);
        assert_eq!(rest, None);
        // Not a shortfall: targets counted as completed, a list without a failure.
        assert!(named_shortfall("全年36项指标全部完成。").is_none());
        assert!(named_shortfall("除粮食产量等2项指标外,其他指标均好于预期。").is_none());
    }

    /// The judge: named targets missed, the other main targets met on the claim, a figure
    /// of the year still deciding where there is one.
    #[test]
    fn a_claim_with_named_exceptions_judges_the_main_targets() {
        use crate::model::Outcome;
        let old = crate::parse_report(
            "示例省2012年政府工作报告\n各位代表:\n一、2011年工作回顾\n全省生产总值增长10%。\n\
             二、2012年工作安排\n主要预期目标是:全省生产总值增长9%左右,社会消费品零售总额增长17%,\
             出口总值增长10%,实际利用外资增长10%。\n"
                .as_bytes(),
            "old.txt",
        )
        .expect("a report");
        let new = crate::parse_report(
            "示例省2013年政府工作报告\n各位代表:\n一、2012年工作回顾\n\
             去年,全省生产总值增长9.6%。去年年初确定的各项目标,除社会消费品零售总额、出口总值\
             等2项指标没有完成外,其他20项指标顺利完成。\n二、2013年工作安排\n\
             主要预期目标是:全省生产总值增长8%左右。\n"
                .as_bytes(),
            "new.txt",
        )
        .expect("a report");
        let (oi, ni) = (
            crate::extract::indicators::extract(&old),
            crate::extract::indicators::extract(&new),
        );
        let rows = crate::compare::judge::judge_indicators(&old, &new, &oi, &ni);
        let outcome = |name: &str| {
            rows.iter()
                .find(|r| r.indicator.contains(name))
                .unwrap_or_else(|| panic!("{name}: {rows:#?}"))
                .outcome
        };
        assert_eq!(outcome("生产总值"), Some(Outcome::Met));
        assert_eq!(outcome("社会消费品零售总额"), Some(Outcome::Missed));
        assert_eq!(outcome("出口总值"), Some(Outcome::Missed));
        assert_eq!(outcome("实际利用外资"), Some(Outcome::Met));
        let gdp = rows.iter().find(|r| r.indicator.contains("生产总值"));
        assert_eq!(
            gdp.and_then(|r| r.actual.as_ref()).and_then(|a| a.value),
            Some(9.6)
        );
    }
}
