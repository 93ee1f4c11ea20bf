//! Sixth stage: the verdicts on targets. Last year's targets are aligned with this year's
//! actuals and targets (the four slots of the year-over-year model), judged met or missed,
//! and their change named. Qualitative commitments are judged in [`super::commitments`].

use crate::model::{
    Bound, Change, Indicator, IndicatorRole, IndicatorRow, Measure, Outcome, Relation, Report, Slot,
};
use crate::text::similarity::dice;

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

/// Names of GDP across governments, mapped to one key.
const GDP_NAMES: &[&str] = &[
    "地区生产总值",
    "国内生产总值",
    "全省生产总值",
    "全市生产总值",
    "全县生产总值",
    "生产总值",
    "经济增长",
    "经济增速",
    "GDP",
];

/// A subject reduced to what identifies it across years.
pub fn subject_key(subject: &str) -> String {
    let mut s: String = subject
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '(' || *c == ')')
        .collect();
    for name in GDP_NAMES {
        if s == *name || s.ends_with(name) && s.chars().count() <= name.chars().count() + 2 {
            return "生产总值".to_string();
        }
    }
    for prefix in [
        "全社会",
        "各类",
        "全年",
        "全县",
        "全市",
        "全省",
        "新增",
        "累计",
    ] {
        if let Some(rest) = s.strip_prefix(prefix)
            && rest.chars().count() >= 2
        {
            s = if prefix == "全社会" {
                format!("社会{rest}")
            } else {
                rest.to_string()
            };
        }
    }
    s
}

/// How alike two subjects are, 0 to 1: one containing the other counts as alike.
pub fn subject_similarity(a: &str, b: &str) -> f64 {
    let (ka, kb) = (subject_key(a), subject_key(b));
    if ka == kb {
        return 1.0;
    }
    let short = ka.chars().count().min(kb.chars().count());
    if short >= 3 && (ka.contains(&kb) || kb.contains(&ka)) {
        return 0.9;
    }
    dice(&ka, &kb)
}

/// Whether two subjects end in the same noun (their last two characters).
fn same_head(a: &str, b: &str) -> bool {
    let tail = |s: &str| -> String {
        let k: Vec<char> = subject_key(s).chars().collect();
        k[k.len().saturating_sub(2)..].iter().collect()
    };
    tail(a) == tail(b)
}

fn lower_is_better(subject: &str) -> bool {
    LOWER_IS_BETTER.iter().any(|w| subject.contains(w))
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

/// The unit two figures are compared in; `None` when they cannot be compared.
fn comparable_units(a: &Indicator, b: &Indicator) -> bool {
    match (a.unit.as_deref(), b.unit.as_deref()) {
        (None, None) => true,
        (Some(x), Some(y)) if is_points(Some(x)) || is_points(Some(y)) => x == y,
        _ => match (a.base_unit.as_deref(), b.base_unit.as_deref()) {
            (Some(x), Some(y)) => x == y || x.ends_with(y) || y.ends_with(x),
            (None, None) => true,
            _ => false,
        },
    }
}

fn comparable_measures(target: Measure, other: Measure) -> bool {
    target == other
        || matches!(
            (target, other),
            (Measure::Level, Measure::Count) | (Measure::Count, Measure::Level)
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
    for ind in indicators
        .iter()
        .filter(|i| i.role == IndicatorRole::Target && !i.five_year)
    {
        if ind.measure == Measure::Ratio || ind.subject.is_empty() {
            continue;
        }
        let repeat = out.iter().any(|o| {
            o.measure == ind.measure
                && subject_key(&o.subject) == subject_key(&ind.subject)
                && o.value == ind.value
        });
        if !repeat {
            out.push(ind);
        }
    }
    out
}

/// Best partner of `target` among `candidates` with a compatible measure and unit.
fn best(
    target: &Indicator,
    candidates: &[&Indicator],
    strict_measure: bool,
) -> Option<(usize, f64)> {
    candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            if strict_measure {
                comparable_measures(target.measure, c.measure) && comparable_units(target, c)
            } else {
                true
            }
        })
        .map(|(k, c)| (k, subject_similarity(&target.subject, &c.subject)))
        .filter(|(_, s)| *s >= SUBJECT_THRESHOLD)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
}

/// GDP growth actually reached, from the review of `report`.
pub fn gdp_growth<'a>(actuals: &[&'a Indicator]) -> Option<&'a Indicator> {
    actuals
        .iter()
        .copied()
        .find(|a| a.measure == Measure::Growth && subject_key(&a.subject) == "生产总值")
}

/// The annual actuals of a report (five-year figures and ranks set aside).
pub fn annual_actuals(inds: &[Indicator]) -> Vec<&Indicator> {
    inds.iter()
        .filter(|i| i.role == IndicatorRole::Actual && !i.five_year && i.measure != Measure::Rank)
        .collect()
}

/// Aligns and judges every target of the two reports.
pub fn judge_indicators(
    old: &Report,
    new: &Report,
    old_inds: &[Indicator],
    new_inds: &[Indicator],
) -> Vec<IndicatorRow> {
    let old_targets = distinct_targets(old_inds);
    let new_targets = distinct_targets(new_inds);
    let old_actuals = annual_actuals(old_inds);
    let new_actuals = annual_actuals(new_inds);
    let gdp = gdp_growth(&new_actuals);

    // Target ↔ next target: one-to-one, best pairs first.
    let mut candidates: Vec<(usize, usize, f64)> = Vec::new();
    for (i, t) in old_targets.iter().enumerate() {
        for (j, n) in new_targets.iter().enumerate() {
            let same_kind = t.measure == n.measure
                && (t.measure == Measure::Relative || comparable_units(t, n));
            let s = subject_similarity(&t.subject, &n.subject);
            if same_kind && s >= SUBJECT_THRESHOLD {
                candidates.push((i, j, s));
            }
        }
    }
    candidates.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    let mut next_of: Vec<Option<usize>> = vec![None; old_targets.len()];
    let mut new_taken = vec![false; new_targets.len()];
    for (i, j, _) in candidates {
        if next_of[i].is_none() && !new_taken[j] {
            next_of[i] = Some(j);
            new_taken[j] = true;
        }
    }

    // A report without a review part cannot tell whether targets were met, nor one without
    // a plan part how they changed: leave those verdicts out rather than guess.
    let can_judge_outcome = !new_actuals.is_empty();
    let can_judge_change = !new_targets.is_empty();
    let mut rows = Vec::new();
    for (i, t) in old_targets.iter().enumerate() {
        let next = next_of[i].map(|j| new_targets[j]);
        if t.measure == Measure::Relative {
            rows.extend(judge_relative(
                t,
                next,
                &new_actuals,
                &old_actuals,
                gdp,
                old,
                new,
            ));
            continue;
        }
        let prior = best(t, &old_actuals, true).map(|(k, _)| old_actuals[k]);
        let strict = best(t, &new_actuals, true).map(|(k, _)| new_actuals[k]);
        // Reported in another measure or unit: only the same thing (same head noun) counts,
        // `高层次人才` is not `高层次人才团队`.
        let loose = best(t, &new_actuals, false)
            .map(|(k, _)| new_actuals[k])
            .filter(|a| same_head(&a.subject, &t.subject));
        let (actual, outcome, note) = match (strict, loose) {
            (Some(a), _) => {
                let (o, note) = outcome(t, a);
                (Some(a), o, note)
            }
            (None, Some(a)) => (
                Some(a),
                Outcome::Unclear,
                Some(format!(
                    "reported as {} ({}), not comparable with the target's {}",
                    a.written,
                    a.measure.as_str(),
                    t.measure.as_str()
                )),
            ),
            (None, None) => (None, Outcome::Unreported, None),
        };
        rows.push(target_row(
            t.subject.clone(),
            Slots {
                prior,
                target: t,
                actual,
                next,
            },
            outcome,
            note,
            (old, new),
        ));
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
    for (j, n) in new_targets.iter().enumerate() {
        if new_taken[j] {
            continue;
        }
        // A new target may still have an actual of this year to start from.
        let base = if n.measure == Measure::Relative {
            None
        } else {
            best(n, &new_actuals, true).map(|(k, _)| new_actuals[k])
        };
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
    let own = crate::extract::vocabulary::vocabulary()
        .lookup(&indicator)
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

/// A relative target (`城乡居民人均可支配收入增长与经济增长同步`) judged against GDP growth.
/// A `城乡…` subject is judged for its urban and rural parts separately when the review
/// reports them apart.
fn judge_relative(
    t: &Indicator,
    next: Option<&Indicator>,
    new_actuals: &[&Indicator],
    old_actuals: &[&Indicator],
    gdp: Option<&Indicator>,
    old: &Report,
    new: &Report,
) -> Vec<IndicatorRow> {
    let growths: Vec<&Indicator> = new_actuals
        .iter()
        .copied()
        .filter(|a| a.measure == Measure::Growth)
        .collect();
    fn find<'a>(t: &Indicator, subject: &str, pool: &[&'a Indicator]) -> Option<&'a Indicator> {
        let probe = Indicator {
            subject: subject.to_string(),
            ..t.clone()
        };
        best(&probe, pool, false)
            .map(|(k, _)| pool[k])
            .filter(|a| a.measure == Measure::Growth)
    }
    let mut subjects = vec![t.subject.clone()];
    let direct = find(t, &t.subject, &growths)
        .is_some_and(|a| subject_similarity(&a.subject, &t.subject) >= 0.95);
    if !direct && let Some(rest) = t.subject.strip_prefix("城乡") {
        subjects = vec![format!("城镇{rest}"), format!("农村{rest}")];
    }
    let old_growths: Vec<&Indicator> = old_actuals
        .iter()
        .copied()
        .filter(|a| a.measure == Measure::Growth)
        .collect();
    subjects
        .into_iter()
        .map(|subject| {
            let actual = find(t, &subject, &growths);
            let prior = find(t, &subject, &old_growths);
            let (outcome, note) = match (actual.and_then(|a| a.value), gdp) {
                (Some(av), Some(g)) => match g.value {
                    Some(gv) => {
                        let met = match t.relation {
                            Some(Relation::Above) => av > gv,
                            _ => av >= gv - IN_STEP_POINTS,
                        };
                        let rel = match t.relation {
                            Some(Relation::Above) => "above",
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
                (None, _) => (Outcome::Unreported, None),
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

fn judge_values(t: &Indicator, a: &Indicator) -> Option<Outcome> {
    let (tv, av) = if is_points(t.unit.as_deref()) || t.measure == Measure::Rank {
        (t.value?, a.value?)
    } else {
        (t.base_value?, a.base_value?)
    };
    let tol = match t.bound {
        Bound::About if is_points(t.unit.as_deref()) => ABOUT_POINTS,
        Bound::About => tv.abs() * ABOUT_SHARE,
        _ => 0.0,
    };
    let ceiling = is_ceiling(&t.subject, t.measure, t.bound);
    let met = if ceiling {
        let limit = if t.bound == Bound::Range {
            t.high.unwrap_or(tv)
        } else {
            tv
        };
        av <= limit + tol + 1e-9
    } else {
        av >= tv - tol - 1e-9
    };
    Some(if met { Outcome::Met } else { Outcome::Missed })
}

/// How the target changed from last year's plan to this year's.
pub fn change(t: &Indicator, n: &Indicator) -> Change {
    if t.measure == Measure::Relative {
        return if t.relation == n.relation {
            Change::Unchanged
        } else {
            Change::Reworded
        };
    }
    let key = |i: &Indicator| {
        if is_points(i.unit.as_deref()) {
            (i.value, i.high)
        } else {
            (
                i.base_value,
                i.high.map(|h| {
                    h * i.base_value.unwrap_or(0.0) / i.value.unwrap_or(1.0).max(f64::MIN_POSITIVE)
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
    if differs(th, nh) {
        return if nh.unwrap_or(0.0) > th.unwrap_or(0.0) {
            Change::Raised
        } else {
            Change::Lowered
        };
    }
    if t.bound != n.bound
        || t.intent != n.intent
        || subject_key(&t.subject) != subject_key(&n.subject)
    {
        Change::Reworded
    } else {
        Change::Unchanged
    }
}
