//! Every word the tool writes around the reports' own text, in English and in Chinese: one
//! catalogue per language, so a renderer asks for a word and never spells one. Templates
//! number their blanks (`{0}`, `{1}`) because the languages order them differently.
//! CSV and JSON keep the stable English codes (`met`, `lowered`); only their labels move.

use crate::model::{
    Better, BoundKind, Change, CommitmentStatus, Diagnostic, DiagnosticKind, Flag, Measure,
    Outcome, PairWarning, Reason, Relation, Role, SectionStatus, SlotName,
};

/// The language of the words the tool writes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Zh,
}

impl Lang {
    pub fn words(self) -> &'static Words {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }

    /// The language code for HTML's `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }
}

/// Fills the numbered blanks of a template: `fill("{0} of {1}", &[&3, &5])` is `3 of 5`.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}');
        let index = close.and_then(|c| after[..c].parse::<usize>().ok());
        match (close, index.and_then(|i| args.get(i))) {
            (Some(c), Some(arg)) => {
                out.push_str(&arg.to_string());
                rest = &after[c + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The words of one language. Fields ending in `_t` are templates.
#[derive(Debug)]
pub struct Words {
    // Verdicts.
    pub met: &'static str,
    pub missed: &'static str,
    pub unreported: &'static str,
    pub unclear: &'static str,
    pub unchanged: &'static str,
    pub raised: &'static str,
    pub lowered: &'static str,
    pub reworded: &'static str,
    pub dropped: &'static str,
    pub new: &'static str,
    pub done: &'static str,
    pub in_progress: &'static str,
    // Measures.
    pub level: &'static str,
    pub growth: &'static str,
    pub decline: &'static str,
    pub share: &'static str,
    pub count: &'static str,
    pub rank: &'static str,
    pub relative: &'static str,
    pub ratio: &'static str,
    // Bounds and directions.
    pub floor: &'static str,
    pub ceiling: &'static str,
    pub about: &'static str,
    pub range: &'static str,
    pub exact: &'static str,
    pub higher_better: &'static str,
    pub lower_better: &'static str,
    // Sections.
    pub matched: &'static str,
    pub renamed: &'static str,
    pub moved: &'static str,
    pub moved_renamed: &'static str,
    pub review: &'static str,
    pub plan: &'static str,
    pub governance: &'static str,
    pub other: &'static str,
    // Slots.
    pub prior_actual: &'static str,
    pub target: &'static str,
    pub actual: &'static str,
    pub next_target: &'static str,
    // Reasons.
    pub within_tolerance_points_t: &'static str,
    pub within_tolerance_share_t: &'static str,
    pub beyond_tolerance_points_t: &'static str,
    pub beyond_tolerance_share_t: &'static str,
    pub unit_lost: &'static str,
    pub other_measure_t: &'static str,
    pub no_values: &'static str,
    pub not_consecutive_t: &'static str,
    pub no_review: &'static str,
    pub against_gdp_above_t: &'static str,
    pub against_gdp_in_step_t: &'static str,
    pub gdp_unreported: &'static str,
    pub left_out_t: &'static str,
    pub short_by_t: &'static str,
    pub ahead_by_t: &'static str,
    pub points: &'static str,
    // Diagnostics: `None` keeps the reading stage's own (English) message.
    pub diagnostic_kinds: Option<fn(DiagnosticKind) -> &'static str>,
    pub line_t: &'static str,
    pub warning_label: &'static str,
    pub flag_rate_over100: &'static str,
    pub flag_run_together: &'static str,
    pub flag_unpaired: &'static str,
    pub flag_unit_lost: &'static str,
    pub unclear_label: &'static str,
    // Pairing warnings: `None` keeps the comparison's own (English) message.
    pub pair_warning: Option<fn(&PairWarning) -> String>,
}

impl Words {
    pub fn outcome(&self, o: Outcome) -> &'static str {
        match o {
            Outcome::Met => self.met,
            Outcome::Missed => self.missed,
            Outcome::Unreported => self.unreported,
            Outcome::Unclear => self.unclear,
        }
    }

    pub fn change(&self, c: Change) -> &'static str {
        match c {
            Change::Unchanged => self.unchanged,
            Change::Raised => self.raised,
            Change::Lowered => self.lowered,
            Change::Reworded => self.reworded,
            Change::Dropped => self.dropped,
            Change::New => self.new,
        }
    }

    pub fn commitment(&self, s: CommitmentStatus) -> &'static str {
        match s {
            CommitmentStatus::Done => self.done,
            CommitmentStatus::InProgress => self.in_progress,
            CommitmentStatus::Unreported => self.unreported,
        }
    }

    pub fn measure(&self, m: Measure) -> &'static str {
        match m {
            Measure::Level => self.level,
            Measure::Growth => self.growth,
            Measure::Decline => self.decline,
            Measure::Share => self.share,
            Measure::Count => self.count,
            Measure::Rank => self.rank,
            Measure::Relative => self.relative,
            Measure::Ratio => self.ratio,
        }
    }

    pub fn bound(&self, b: BoundKind) -> &'static str {
        match b {
            BoundKind::Floor => self.floor,
            BoundKind::Ceiling => self.ceiling,
            BoundKind::About => self.about,
            BoundKind::Range => self.range,
            BoundKind::Exact => self.exact,
        }
    }

    pub fn better(&self, b: Better) -> &'static str {
        match b {
            Better::Higher => self.higher_better,
            Better::Lower => self.lower_better,
        }
    }

    pub fn section_status(&self, s: SectionStatus) -> &'static str {
        match s {
            SectionStatus::Matched => self.matched,
            SectionStatus::Renamed => self.renamed,
            SectionStatus::Moved => self.moved,
            SectionStatus::New => self.new,
            SectionStatus::Dropped => self.dropped,
        }
    }

    pub fn role(&self, r: Role) -> &'static str {
        match r {
            Role::Review => self.review,
            Role::Plan => self.plan,
            Role::Governance => self.governance,
            Role::Other => self.other,
        }
    }

    pub fn slot(&self, s: SlotName) -> &'static str {
        match s {
            SlotName::PriorActual => self.prior_actual,
            SlotName::Target => self.target,
            SlotName::Actual => self.actual,
            SlotName::NextTarget => self.next_target,
        }
    }

    pub fn flag(&self, f: Flag) -> &'static str {
        match f {
            Flag::RateOver100 => self.flag_rate_over100,
            Flag::RunTogether => self.flag_run_together,
            Flag::Unpaired => self.flag_unpaired,
            Flag::UnitLost => self.flag_unit_lost,
        }
    }

    /// A quantity with its unit: percentages in points, others with their unit.
    pub fn amount(&self, v: f64, unit: Option<&str>) -> String {
        let v = super::indicators::format_number(v);
        match unit {
            Some("%" | "个百分点" | "百分点") => format!("{v}{}", self.points),
            Some(u) => format!("{v}{u}"),
            None => v,
        }
    }

    /// Why the verdict is what it is, in one line.
    pub fn reason(&self, r: &Reason) -> String {
        let num = super::indicators::format_number;
        match r {
            Reason::WithinTolerance { tolerance, points } => fill(
                if *points {
                    self.within_tolerance_points_t
                } else {
                    self.within_tolerance_share_t
                },
                &[&num(*tolerance)],
            ),
            Reason::BeyondTolerance { tolerance, points } => fill(
                if *points {
                    self.beyond_tolerance_points_t
                } else {
                    self.beyond_tolerance_share_t
                },
                &[&num(*tolerance)],
            ),
            Reason::UnitLost => self.unit_lost.to_string(),
            Reason::OtherMeasure {
                written,
                measure,
                unit,
            } => fill(
                self.other_measure_t,
                &[
                    written,
                    &self.measure(*measure),
                    &unit.as_deref().unwrap_or("-"),
                ],
            ),
            Reason::NoValues => self.no_values.to_string(),
            Reason::NotConsecutive {
                reviewed,
                target_year,
            } => fill(self.not_consecutive_t, &[reviewed, target_year]),
            Reason::NoReview => self.no_review.to_string(),
            Reason::AgainstGdp {
                growth,
                gdp_growth,
                relation,
                tolerance,
            } => fill(
                match relation {
                    Relation::Above => self.against_gdp_above_t,
                    Relation::InStep => self.against_gdp_in_step_t,
                },
                &[&num(*growth), &num(*gdp_growth), &num(*tolerance)],
            ),
            Reason::GdpUnreported => self.gdp_unreported.to_string(),
        }
    }

    /// A diagnostic about a report, with its line: the reading stage's message in English, a
    /// sentence by its kind in other languages.
    pub fn diagnostic(&self, d: &Diagnostic) -> String {
        let message = match self.diagnostic_kinds {
            Some(words) => words(d.kind).to_string(),
            None => d.message.clone(),
        };
        match d.line {
            Some(line) => format!("{}{message}", fill(self.line_t, &[&line])),
            None => message,
        }
    }

    /// `line 12: ` / `第12行：`.
    pub fn line_prefix(&self, line: usize) -> String {
        fill(self.line_t, &[&line])
    }

    /// A warning about the pair of reports.
    pub fn pair(&self, w: &PairWarning) -> String {
        match self.pair_warning {
            Some(word) => word(w),
            None => w.message(),
        }
    }

    /// How far the actual is from the target, from the margin (positive is better).
    pub fn margin(&self, margin: f64, unit: Option<&str>) -> String {
        if margin < 0.0 {
            fill(self.short_by_t, &[&self.amount(-margin, unit)])
        } else {
            fill(self.ahead_by_t, &[&self.amount(margin, unit)])
        }
    }
}

pub static EN: Words = Words {
    met: "met",
    missed: "missed",
    unreported: "unreported",
    unclear: "unclear",
    unchanged: "unchanged",
    raised: "raised",
    lowered: "lowered",
    reworded: "reworded",
    dropped: "dropped",
    new: "new",
    done: "done",
    in_progress: "in progress",
    level: "level",
    growth: "growth",
    decline: "decline",
    share: "share",
    count: "count",
    rank: "rank",
    relative: "relative",
    ratio: "ratio",
    floor: "floor",
    ceiling: "ceiling",
    about: "about",
    range: "range",
    exact: "exact",
    higher_better: "higher is better",
    lower_better: "lower is better",
    matched: "matched",
    renamed: "renamed",
    moved: "moved",
    moved_renamed: "moved and renamed",
    review: "review",
    plan: "plan",
    governance: "governance",
    other: "other",
    prior_actual: "prior actual",
    target: "target",
    actual: "actual",
    next_target: "next target",
    within_tolerance_points_t: "met within the tolerance of 左右 (about): up to {0} points short counts as met",
    within_tolerance_share_t: "met within the tolerance of 左右 (about): up to {0}% short counts as met",
    beyond_tolerance_points_t: "short by more than the {0}-point tolerance of 左右 (about)",
    beyond_tolerance_share_t: "short by more than the {0}% tolerance of 左右 (about)",
    unit_lost: "the unit was lost in the copy; the numbers were compared as written",
    other_measure_t: "reported as {0} ({1}, in {2}), not comparable with the target",
    no_values: "a figure has no number to compare",
    not_consecutive_t: "NEW reviews {0}, not {1}: the target's own year is not reported",
    no_review: "NEW has no review part: the outcome cannot be judged",
    against_gdp_above_t: "growth {0}% against GDP growth {1}%: the target is to grow faster than GDP",
    against_gdp_in_step_t: "growth {0}% against GDP growth {1}%: in step with GDP allows {2} points below it",
    gdp_unreported: "GDP growth is not reported, so a target relative to it cannot be judged",
    left_out_t: "{0} {1} is {2} in {3}, not in the row's measure and unit: left out of the numbers",
    short_by_t: "short by {0}",
    ahead_by_t: "better by {0}",
    points: " points",
    diagnostic_kinds: None,
    line_t: "line {0}: ",
    warning_label: "warning",
    flag_rate_over100: "a share or rate above 100%",
    flag_run_together: "values that ran together in the copy were split",
    flag_unpaired: "a list whose values could not be paired with its subjects",
    flag_unit_lost: "the unit was lost in the copy",
    unclear_label: "unclear",
    pair_warning: None,
};

pub static ZH: Words = Words {
    met: "完成",
    missed: "未完成",
    unreported: "未报告",
    unclear: "无法判断",
    unchanged: "不变",
    raised: "调高",
    lowered: "调低",
    reworded: "措辞变化",
    dropped: "不再提出",
    new: "新增",
    done: "已完成",
    in_progress: "推进中",
    level: "总量",
    growth: "增速",
    decline: "降幅",
    share: "比重",
    count: "数量",
    rank: "位次",
    relative: "相对",
    ratio: "比例",
    floor: "下限",
    ceiling: "上限",
    about: "左右",
    range: "区间",
    exact: "确数",
    higher_better: "越高越好",
    lower_better: "越低越好",
    matched: "对应",
    renamed: "改名",
    moved: "移动",
    moved_renamed: "移动并改名",
    review: "回顾",
    plan: "计划",
    governance: "自身建设",
    other: "其他",
    prior_actual: "前年实际",
    target: "目标",
    actual: "实际",
    next_target: "新目标",
    within_tolerance_points_t: "目标为“左右”：低于目标不超过{0}个百分点视为完成",
    within_tolerance_share_t: "目标为“左右”：低于目标不超过{0}%视为完成",
    beyond_tolerance_points_t: "目标为“左右”：低于目标超过{0}个百分点，视为未完成",
    beyond_tolerance_share_t: "目标为“左右”：低于目标超过{0}%，视为未完成",
    unit_lost: "原文单位缺失，按原数字比较",
    other_measure_t: "实际以{0}（{1}，单位{2}）报告，与目标不可比",
    no_values: "缺少可比较的数字",
    not_consecutive_t: "新报告回顾的是{0}年而非{1}年，无法判断当年目标",
    no_review: "新报告没有回顾部分，无法判断是否完成",
    against_gdp_above_t: "增长{0}%，经济增长{1}%：目标为高于经济增长",
    against_gdp_in_step_t: "增长{0}%，经济增长{1}%：与经济增长同步，允许低于{2}个百分点以内",
    gdp_unreported: "未报告经济增长，无法判断相对于经济增长的目标",
    left_out_t: "{0}{1}为{2}（单位{3}），与本行的指标或单位不同，未计入数值列",
    short_by_t: "差{0}",
    ahead_by_t: "超出{0}",
    points: "个百分点",
    diagnostic_kinds: Some(diagnostic_zh),
    line_t: "第{0}行：",
    warning_label: "警告",
    flag_rate_over100: "比率超过100%",
    flag_run_together: "原文数字连在一起，已拆分",
    flag_unpaired: "并列数字无法与对象一一对应",
    flag_unit_lost: "原文单位缺失",
    unclear_label: "无法判断",
    pair_warning: Some(pair_warning_zh),
};

fn pair_warning_zh(w: &PairWarning) -> String {
    match w {
        PairWarning::OtherGovernments { old, new } => {
            format!("两份报告来自不同的政府：旧报告为{old}，新报告为{new}；结论比较的是无关的数字")
        }
        PairWarning::UnknownGovernment { old, new } => match (old, new) {
            (None, Some(b)) => {
                format!("旧报告的政府不明（新报告为{b}）：请确认两份报告属于同一政府")
            }
            (Some(a), None) => {
                format!("新报告的政府不明（旧报告为{a}）：请确认两份报告属于同一政府")
            }
            _ => "两份报告的政府都不明：请确认它们属于同一政府".into(),
        },
        PairWarning::NotAReport { which, path } => {
            let which = if which == "OLD" {
                "旧报告"
            } else {
                "新报告"
            };
            format!("{which}（{path}）看起来不是政府工作报告：其结论不可信")
        }
        PairWarning::Swapped {
            old_plans,
            new_plans,
        } => format!(
            "两份报告的顺序似乎颠倒：旧报告计划{old_plans}年，新报告计划{new_plans}年；加 --swap 可按{new_plans} → {old_plans}比较"
        ),
        PairWarning::SameYear { year } => {
            format!("两份报告计划的是同一年（{year}年），没有逐年变化可比")
        }
        PairWarning::NotConsecutive {
            old_plans,
            new_plans,
        } => format!(
            "两份报告不相邻：旧报告计划{old_plans}年，新报告计划{new_plans}年；新报告回顾的是{}年，因此{old_plans}年目标记为无法判断，只比较目标的变化",
            new_plans - 1
        ),
        PairWarning::UnknownYear => "有一份报告的年份不明，无法检查两份报告的先后".into(),
    }
}

/// What each kind of diagnostic says, in Chinese (the line says where).
fn diagnostic_zh(kind: DiagnosticKind) -> &'static str {
    match kind {
        DiagnosticKind::Encoding => "编码问题：部分字符无法解码或已转换（繁体转简体）",
        DiagnosticKind::Container => "报告取自文件中的一个字段",
        DiagnosticKind::Boilerplate => "删除了报告以外的网页文字",
        DiagnosticKind::PageArtifact => "删除了报告中的页码、页眉或网站文字",
        DiagnosticKind::WrappedLines => "合并了段落内被断开的行",
        DiagnosticKind::Truncated => "正文似乎不完整：副本被截断",
        DiagnosticKind::MissingFinalPunctuation => "最后一句缺少结束标点",
        DiagnosticKind::OutlineWithoutBody => "提纲中的部分标题在正文中没有内容",
        DiagnosticKind::NumberingGap => "标题编号不连续",
        DiagnosticKind::NumberingRepeat => "标题编号重复",
        DiagnosticKind::StrayHeading => "形似标题但不符合编号顺序，按正文读取",
        DiagnosticKind::MissingPart => "缺少回顾部分或计划部分",
        DiagnosticKind::NotAReport => {
            "看起来不是政府工作报告：没有部分标题或中文很少，读出的内容不可信"
        }
        DiagnosticKind::Metadata => "无法确定或前后不一致的报告信息（政府、年份）",
        DiagnosticKind::Duplicate => "报告在副本中出现两次，只读取一次",
        DiagnosticKind::HeadMissing => "副本开头缺失：没有标题、日期或称呼",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_numbers_blanks_and_leaves_the_rest() {
        assert_eq!(fill("{1} → {0}", &[&2023, &"二"]), "二 → 2023");
        assert_eq!(fill("a {x} {9} {", &[&1]), "a {x} {9} {");
    }

    #[test]
    fn reasons_in_both_languages() {
        let r = Reason::BeyondTolerance {
            tolerance: 0.5,
            points: true,
        };
        assert_eq!(
            EN.reason(&r),
            "short by more than the 0.5-point tolerance of 左右 (about)"
        );
        assert_eq!(
            ZH.reason(&r),
            "目标为“左右”：低于目标超过0.5个百分点，视为未完成"
        );
        assert_eq!(EN.margin(-0.8, Some("%")), "short by 0.8 points");
        assert_eq!(ZH.margin(-2.064, Some("亿元")), "差2.064亿元");
        assert_eq!(ZH.margin(0.4, Some("%")), "超出0.4个百分点");
    }
}
