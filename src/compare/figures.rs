//! The numbers of a judged row, ready for a spreadsheet: every figure in the row's unit with
//! its multiplier folded (`4360万元` in a row in `亿元` is 0.436), a target's low and high ends,
//! the bound's direction, the better direction, the margin of the actual against the target
//! (positive is better) and the reason of the verdict as data. It reads the judged rows'
//! numbers only; nothing is parsed again.

use super::judge;
use crate::extract::quantity::unit_factor;
use crate::model::{
    Better, Bound, BoundKind, Figures, Flag, IndicatorRow, LeftOut, Measure, Outcome, Reason,
    Relation, Slot, SlotName,
};

/// What the row alone does not say.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// GDP growth reached, from NEW's review: the yardstick of relative targets.
    pub gdp_growth: Option<f64>,
    /// `(reviewed, target_year)` when NEW reviews another year than OLD planned.
    pub not_consecutive: Option<(u16, u16)>,
}

/// Percentages and points compare only with the same unit, never through a multiplier.
fn is_points(unit: Option<&str>) -> bool {
    matches!(unit, Some("%" | "‰" | "个百分点" | "百分点"))
}

fn comparable_measures(a: Measure, b: Measure) -> bool {
    a == b
        || matches!(
            (a, b),
            (Measure::Level, Measure::Count)
                | (Measure::Count, Measure::Level)
                // A relative target's actual is a growth.
                | (Measure::Relative, Measure::Growth)
                | (Measure::Growth, Measure::Relative)
        )
}

/// Base units that measure the same thing: equal, or one the other per period (`元`, `元/月`).
fn same_base(a: &str, b: &str) -> bool {
    let per = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| rest.starts_with('/'))
    };
    a == b || per(a, b) || per(b, a)
}

/// The multiplier of a slot's unit (`亿元` → 1e8), from its two values.
fn multiplier(s: &Slot) -> Option<f64> {
    match (s.value, s.base_value) {
        (Some(v), Some(b)) if v != 0.0 => Some(b / v),
        _ => None,
    }
}

/// The factor that turns `s`'s written numbers into the unit of `r`, or `None` when they are
/// not in one measure and unit.
fn factor(s: &Slot, r: &Slot) -> Option<f64> {
    if !comparable_measures(r.measure, s.measure) {
        return None;
    }
    if s.unit == r.unit || r.measure == Measure::Rank {
        return Some(1.0);
    }
    // The judge compared these as written; so do the figures (the reason says so).
    if s.flags.contains(&Flag::UnitLost) || r.flags.contains(&Flag::UnitLost) {
        return Some(1.0);
    }
    if is_points(s.unit.as_deref()) || is_points(r.unit.as_deref()) {
        return None;
    }
    match (s.base_unit.as_deref(), r.base_unit.as_deref()) {
        (Some(a), Some(b)) if same_base(a, b) => match (multiplier(s), multiplier(r)) {
            (Some(ms), Some(mr)) => Some(ms / mr),
            _ => None,
        },
        // Units of one quantity (`万吨` in the row of a target in `亿斤`).
        (Some(a), Some(b)) => match (unit_factor(a, b), multiplier(s), multiplier(r)) {
            (Some(f), Some(ms), Some(mr)) => Some(ms * f / mr),
            _ => None,
        },
        _ => None,
    }
}

/// A number rounded to 12 significant digits, so that `5.5 - 5.1` is written `0.4`.
pub fn tidy(v: f64) -> f64 {
    if v == 0.0 || !v.is_finite() {
        return v;
    }
    format!("{v:.11e}").parse().unwrap_or(v)
}

/// The slot whose unit the row's numbers are given in.
fn reference(row: &IndicatorRow) -> Option<&Slot> {
    [
        &row.target,
        &row.next_target,
        &row.actual,
        &row.prior_actual,
    ]
    .into_iter()
    .flatten()
    .find(|s| s.value.is_some())
}

/// A target's number and the ends its words allow, in the row's unit.
struct Bounds {
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    kind: BoundKind,
}

fn bounds(s: &Slot, f: f64) -> Bounds {
    let value = s.value.map(|v| tidy(v * f));
    let high = s.high.map(|v| tidy(v * f));
    let kind = BoundKind::from(s.bound);
    let (low, high) = match s.bound {
        Bound::AtLeast => (value, None),
        Bound::AtMost => (None, value),
        Bound::Range => (value, high.or(value)),
        Bound::About | Bound::Exact => (value, value),
    };
    Bounds {
        value,
        low,
        high,
        kind,
    }
}

/// Which way is better for the row, as the verdict judges it.
pub fn better(row: &IndicatorRow) -> Option<Better> {
    let t = row.target.as_ref().or(row.next_target.as_ref())?;
    Some(
        if t.measure != Measure::Relative && judge::is_ceiling(&t.subject, t.measure, t.bound) {
            Better::Lower
        } else {
            Better::Higher
        },
    )
}

/// The numbers of one judged row in its unit.
pub fn figures(row: &IndicatorRow, cx: Context) -> Figures {
    let mut out = Figures {
        better: better(row),
        ..Figures::default()
    };
    let Some(r) = reference(row) else {
        return out;
    };
    out.unit = r.unit.clone();
    let left_out = &mut out.left_out;
    let prior = convert(SlotName::PriorActual, &row.prior_actual, r, left_out);
    let target = convert(SlotName::Target, &row.target, r, left_out);
    let actual = convert(SlotName::Actual, &row.actual, r, left_out);
    let next = convert(SlotName::NextTarget, &row.next_target, r, left_out);
    let number = |x: Option<(f64, &Slot)>| x.and_then(|(f, s)| s.value.map(|v| tidy(v * f)));
    out.prior_actual = number(prior);
    out.actual = number(actual);
    if let Some((f, s)) = target {
        let b = bounds(s, f);
        (out.target, out.target_low, out.target_high) = (b.value, b.low, b.high);
        out.target_bound = Some(b.kind);
    }
    if let Some((f, s)) = next {
        let b = bounds(s, f);
        (out.next_target, out.next_target_low, out.next_target_high) = (b.value, b.low, b.high);
        out.next_target_bound = Some(b.kind);
    }
    out.actual_change = out.actual.zip(out.prior_actual).map(|(a, p)| tidy(a - p));
    if matches!(row.outcome, Some(Outcome::Met | Outcome::Missed)) {
        out.margin = margin(row, &out, cx);
    }
    out
}

/// A slot with the factor to the row's unit, or `None` (and a note in `left_out`) when it is
/// in another measure or unit.
fn convert<'a>(
    name: SlotName,
    slot: &'a Option<Slot>,
    r: &Slot,
    left_out: &mut Vec<LeftOut>,
) -> Option<(f64, &'a Slot)> {
    let s = slot.as_ref()?;
    let f = factor(s, r);
    // A relative target has no number of its own: nothing is left out.
    if f.is_none() && s.measure != Measure::Relative {
        left_out.push(LeftOut {
            slot: name,
            written: s.written.clone(),
            measure: s.measure,
            unit: s.unit.clone(),
            value: s.value,
        });
    }
    f.map(|f| (f, s))
}

/// The actual against the target, positive when better.
fn margin(row: &IndicatorRow, f: &Figures, cx: Context) -> Option<f64> {
    let actual = f.actual?;
    if row.measure == Measure::Relative {
        return Some(tidy(actual - cx.gdp_growth?));
    }
    Some(tidy(match f.better? {
        Better::Higher => actual - f.target_low.or(f.target)?,
        Better::Lower => f.target_high.or(f.target)? - actual,
    }))
}

/// Why the verdict is what it is; `None` when the figures say it all (a plain met or missed,
/// an unreported target).
pub fn reason(row: &IndicatorRow, f: &Figures, cx: Context) -> Option<Reason> {
    let target = row.target.as_ref()?;
    let unit_lost = [&row.target, &row.actual]
        .into_iter()
        .flatten()
        .any(|s| s.flags.contains(&Flag::UnitLost));
    let tolerance = || {
        if is_points(target.unit.as_deref()) {
            (judge::ABOUT_POINTS, true)
        } else {
            (judge::ABOUT_SHARE * 100.0, false)
        }
    };
    let Some(outcome) = row.outcome else {
        return Some(Reason::NoReview);
    };
    match outcome {
        Outcome::Unreported => None,
        Outcome::Unclear => Some(if let Some((reviewed, target_year)) = cx.not_consecutive {
            Reason::NotConsecutive {
                reviewed,
                target_year,
            }
        } else if row.measure == Measure::Relative && cx.gdp_growth.is_none() {
            Reason::GdpUnreported
        } else if let Some(l) = f.left_out.iter().find(|l| l.slot == SlotName::Actual) {
            Reason::OtherMeasure {
                written: l.written.clone(),
                measure: l.measure,
                unit: l.unit.clone(),
            }
        } else if unit_lost {
            Reason::UnitLost
        } else {
            Reason::NoValues
        }),
        Outcome::Met | Outcome::Missed if row.measure == Measure::Relative => {
            let relation = target.relation.unwrap_or(Relation::InStep);
            Some(Reason::AgainstGdp {
                growth: f.actual?,
                gdp_growth: cx.gdp_growth?,
                relation,
                tolerance: match relation {
                    Relation::Above | Relation::Below => 0.0,
                    Relation::InStep => judge::IN_STEP_POINTS,
                },
            })
        }
        _ if unit_lost => Some(Reason::UnitLost),
        Outcome::Met if target.bound == Bound::About && f.margin.is_some_and(|m| m < 0.0) => {
            let (tolerance, points) = tolerance();
            Some(Reason::WithinTolerance { tolerance, points })
        }
        Outcome::Missed if target.bound == Bound::About => {
            let (tolerance, points) = tolerance();
            Some(Reason::BeyondTolerance { tolerance, points })
        }
        _ => None,
    }
}

/// Fills the figures and reasons of judged rows.
pub fn fill(rows: &mut [IndicatorRow], cx: Context) {
    for row in rows {
        row.figures = figures(row, cx);
        // A mention or a claim without a figure is the judge's own finding (see
        // `judge::mention`, `compare::claims`).
        if !matches!(
            row.reason,
            Some(Reason::Mentioned { .. } | Reason::Claimed { .. })
        ) {
            row.reason = reason(row, &row.figures, cx);
        }
        row.actual_change = row.figures.actual_change;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, IndicatorRow};

    fn slot(written: &str, measure: Measure, value: f64, unit: &str, mult: f64) -> Slot {
        let base_unit = unit
            .trim_start_matches(['万', '亿', '千', '百'])
            .to_string();
        Slot {
            subject: String::new(),
            measure,
            written: written.into(),
            value: Some(value),
            high: None,
            unit: Some(unit.into()),
            base_value: Some(value * mult),
            base_unit: (!is_points(Some(unit))).then_some(base_unit),
            bound: Bound::Exact,
            intent: None,
            relation: None,
            year: None,
            section: "二".into(),
            line: 1,
            clause: String::new(),
            original: String::new(),
            flags: vec![],
        }
    }

    fn row(subject: &str, target: Slot, actual: Option<Slot>, outcome: Outcome) -> IndicatorRow {
        let target = Slot {
            subject: subject.into(),
            ..target
        };
        IndicatorRow {
            indicator: subject.into(),
            indicator_id: None,
            indicator_en: None,
            measure: target.measure,
            unit: target.unit.clone(),
            prior_actual: None,
            target: Some(target),
            actual,
            next_target: None,
            outcome: Some(outcome),
            change: Some(Change::Dropped),
            actual_change: None,
            note: None,
            figures: Figures::default(),
            reason: None,
        }
    }

    #[test]
    fn multipliers_fold_into_the_rows_unit() {
        // Hailar 2014 → 2015: target 2.5亿元, actual 4360万元, prior 1.7亿元.
        let mut r = row(
            "投资",
            slot("2.5亿元", Measure::Level, 2.5, "亿元", 1e8),
            Some(slot("4360万元", Measure::Level, 4360.0, "万元", 1e4)),
            Outcome::Missed,
        );
        r.prior_actual = Some(slot("1.7亿元", Measure::Level, 1.7, "亿元", 1e8));
        let f = figures(&r, Context::default());
        assert_eq!(f.unit.as_deref(), Some("亿元"));
        assert_eq!(f.target, Some(2.5));
        assert_eq!(f.actual, Some(0.436));
        assert_eq!(f.margin, Some(-2.064));
        assert_eq!(f.actual_change, Some(-1.264));
        assert_eq!(f.better, Some(Better::Higher));
        assert!(f.left_out.is_empty());
    }

    #[test]
    fn another_measure_is_left_out_not_put_in_a_percent_column() {
        let r = row(
            "外贸进出口总额",
            slot("增长5%", Measure::Growth, 5.0, "%", 1.0),
            Some(slot("176亿元", Measure::Level, 176.0, "亿元", 1e8)),
            Outcome::Unclear,
        );
        let f = figures(&r, Context::default());
        assert_eq!((f.unit.as_deref(), f.target), (Some("%"), Some(5.0)));
        assert_eq!(f.actual, None);
        assert_eq!(f.margin, None);
        assert_eq!(f.left_out.len(), 1);
        assert_eq!(f.left_out[0].slot, SlotName::Actual);
        assert_eq!(f.left_out[0].value, Some(176.0));
        assert_eq!(
            reason(&r, &f, Context::default()),
            Some(Reason::OtherMeasure {
                written: "176亿元".into(),
                measure: Measure::Level,
                unit: Some("亿元".into())
            })
        );
    }

    #[test]
    fn a_ceiling_met_has_a_positive_margin() {
        let mut target = slot("控制在5.5%以内", Measure::Share, 5.5, "%", 1.0);
        target.bound = Bound::AtMost;
        let r = row(
            "城镇调查失业率",
            target,
            Some(slot("5.1%", Measure::Share, 5.1, "%", 1.0)),
            Outcome::Met,
        );
        let f = figures(&r, Context::default());
        assert_eq!(f.better, Some(Better::Lower));
        assert_eq!((f.target_low, f.target_high), (None, Some(5.5)));
        assert_eq!(f.target_bound, Some(BoundKind::Ceiling));
        assert_eq!(f.margin, Some(0.4));
        // A plain number on a lower-is-better subject is a ceiling too.
        let r = row(
            "城镇调查失业率",
            slot("5.5%", Measure::Share, 5.5, "%", 1.0),
            Some(slot("5.8%", Measure::Share, 5.8, "%", 1.0)),
            Outcome::Missed,
        );
        assert_eq!(figures(&r, Context::default()).margin, Some(-0.3));
    }

    #[test]
    fn a_range_has_both_ends_and_an_about_target_says_its_tolerance() {
        let mut target = slot("增长6.5%-7%", Measure::Growth, 6.5, "%", 1.0);
        target.bound = Bound::Range;
        target.high = Some(7.0);
        let r = row(
            "地区生产总值",
            target,
            Some(slot("增长6.9%", Measure::Growth, 6.9, "%", 1.0)),
            Outcome::Met,
        );
        let f = figures(&r, Context::default());
        assert_eq!(
            (f.target, f.target_low, f.target_high, f.target_bound),
            (Some(6.5), Some(6.5), Some(7.0), Some(BoundKind::Range))
        );
        assert_eq!(f.margin, Some(0.4));

        let mut about = slot("增长6%左右", Measure::Growth, 6.0, "%", 1.0);
        about.bound = Bound::About;
        let missed = row(
            "社会消费品零售总额",
            about.clone(),
            Some(slot("增长5.2%", Measure::Growth, 5.2, "%", 1.0)),
            Outcome::Missed,
        );
        let f = figures(&missed, Context::default());
        assert_eq!(f.margin, Some(-0.8));
        assert_eq!(
            reason(&missed, &f, Context::default()),
            Some(Reason::BeyondTolerance {
                tolerance: 0.5,
                points: true
            })
        );
        let met = row(
            "地区生产总值",
            about,
            Some(slot("增长5.7%", Measure::Growth, 5.7, "%", 1.0)),
            Outcome::Met,
        );
        let f = figures(&met, Context::default());
        assert_eq!(f.margin, Some(-0.3));
        assert_eq!(
            reason(&met, &f, Context::default()),
            Some(Reason::WithinTolerance {
                tolerance: 0.5,
                points: true
            })
        );
    }

    #[test]
    fn no_margin_without_a_verdict() {
        let r = row(
            "地区生产总值",
            slot("增长6%", Measure::Growth, 6.0, "%", 1.0),
            Some(slot("增长7%", Measure::Growth, 7.0, "%", 1.0)),
            Outcome::Unclear,
        );
        let cx = Context {
            not_consecutive: Some((2024, 2022)),
            ..Context::default()
        };
        let f = figures(&r, cx);
        assert_eq!((f.actual, f.margin), (Some(7.0), None));
        assert_eq!(
            reason(&r, &f, cx),
            Some(Reason::NotConsecutive {
                reviewed: 2024,
                target_year: 2022
            })
        );
    }

    #[test]
    fn tidy_rounds_float_noise_only() {
        assert_eq!(tidy(5.5 - 5.1), 0.4);
        assert_eq!(tidy(4360.0 * 1e4 / 1e8), 0.436);
        assert_eq!(tidy(123_456_789.123), 123_456_789.123);
        assert_eq!(tidy(-0.0000123), -0.0000123);
    }
}
