//! Targets written in words, without a digit (`data/worded_figures.txt`): a plan's
//! `空气质量综合指数保持全市最优`, `新增违法建筑零增量`, `河流水质总体达到Ⅳ类以上`, each read as
//! the figure it means (a first place, a zero, a class number), so that it is judged and
//! compared year on year like a target written in digits.

use std::sync::LazyLock;

use crate::model::{Bound, Measure};

/// One phrase of the vocabulary and the figure it means.
#[derive(Debug, Clone, PartialEq)]
pub struct Worded {
    pub phrase: &'static str,
    pub measure: Measure,
    pub value: f64,
    pub unit: Option<&'static str>,
    pub bound: Bound,
    /// Read in a review too (a rank, a class, a zero), not only in a plan.
    pub in_review: bool,
    /// A verb whose object follows it names the thing (`全面消除水体黑臭`), not what stands
    /// before it.
    pub object_after: bool,
}

const SOURCE: &str = include_str!("../../data/worded_figures.txt");

fn measure_named(word: &str) -> Option<Measure> {
    Some(match word {
        "rank" => Measure::Rank,
        "count" => Measure::Count,
        "share" => Measure::Share,
        "growth" => Measure::Growth,
        "level" => Measure::Level,
        "decline" => Measure::Decline,
        _ => return None,
    })
}

fn bound_named(word: &str) -> Option<Bound> {
    Some(match word {
        "exact" => Bound::Exact,
        "at_least" => Bound::AtLeast,
        "at_most" => Bound::AtMost,
        "about" => Bound::About,
        _ => return None,
    })
}

/// One line of the file, `None` for a comment, a blank or a malformed line (the test below
/// checks that every line that is not a comment parses).
fn parse_line(line: &'static str) -> Option<Worded> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') {
        return None;
    }
    let fields: Vec<&'static str> = line.split_whitespace().collect();
    let (&[phrase, measure, value, unit, bound, roles], rest) = fields.split_at_checked(6)? else {
        return None;
    };
    let object_after = match rest {
        [] => false,
        ["verb"] => true,
        _ => return None,
    };
    Some(Worded {
        phrase,
        measure: measure_named(measure)?,
        value: value.parse().ok()?,
        unit: (unit != "-").then_some(unit),
        bound: bound_named(bound)?,
        in_review: match roles {
            "both" => true,
            "plan" => false,
            _ => return None,
        },
        object_after,
    })
}

/// The vocabulary, in the file's order (a longer phrase before one it holds).
pub fn vocabulary() -> &'static [Worded] {
    static WORDED: LazyLock<Vec<Worded>> =
        LazyLock::new(|| SOURCE.lines().filter_map(parse_line).collect());
    &WORDED
}

/// Verbs and adverbs between a subject and its worded figure (`河流水质总体达到Ⅳ类以上`,
/// `新增违法建筑确保零增量`), longest first; dropped from the subject, kept in the written form.
const LEAD_WORDS: &[&str] = &[
    "总体达到",
    "基本实现",
    "继续保持",
    "持续保持",
    "稳定保持",
    "保持",
    "实现",
    "达到",
    "确保",
    "力争",
    "总体",
    "基本",
    "全部",
    "均",
];

/// The first phrase of the vocabulary in `clause` (the earliest, the longest there), with
/// where the words that lead to it start: `(entry, lead start, phrase start)`.
pub fn find(clause: &str, in_review: bool) -> Option<(&'static Worded, usize, usize)> {
    let (entry, at) = vocabulary()
        .iter()
        .filter(|w| !in_review || w.in_review)
        .filter_map(|w| crate::text::find(clause, w.phrase).map(|at| (w, at)))
        .min_by_key(|&(w, at)| (at, usize::MAX - w.phrase.len()))?;
    let mut from = at;
    while let Some(w) = LEAD_WORDS.iter().find(|w| clause[..from].ends_with(**w)) {
        from -= w.len();
    }
    // The last of a list of states (`推动生态质量指数保持一类、全市最优`): the words lead from
    // the first state's verb, a few characters back.
    if from == at
        && let Some(list) = clause[..at].strip_suffix('、')
        && let Some((k, w)) = LEAD_WORDS
            .iter()
            .filter_map(|w| list.rfind(*w).map(|k| (k, *w)))
            .max_by_key(|&(k, _)| k)
        && list[k + w.len()..].chars().count() <= 4
    {
        from = k;
    }
    Some((entry, from, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_vocabulary_parses() {
        let lines = SOURCE
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            .count();
        assert_eq!(vocabulary().len(), lines);
        assert!(lines >= 10);
    }

    #[test]
    fn a_worded_figure_and_its_lead() {
        let clause = "河流水质总体达到Ⅳ类以上";
        let (w, from, _) = find(clause, false).expect("a class");
        assert_eq!(
            (w.measure, w.value, w.unit),
            (Measure::Level, 4.0, Some("类"))
        );
        assert_eq!(&clause[..from], "河流水质");
        // The longer phrase where one holds another.
        let (w, from, _) = find("居民电子健康档案基本全覆盖", false).expect("a share");
        assert_eq!((w.phrase, w.bound), ("基本全覆盖", Bound::About));
        assert_eq!(from, "居民电子健康档案".len());
        // The last of a list of states leads from the first one's verb.
        let clause = "推动生态质量指数保持一类、全市最优";
        let (w, from, _) = find(clause, true).expect("a rank");
        assert_eq!(
            (w.phrase, &clause[..from]),
            ("全市最优", "推动生态质量指数")
        );
        // A review reads only the phrases it can repeat.
        assert!(find("实现小区全覆盖", true).is_none());
        assert_eq!(
            find("空气质量保持全市最优", true).map(|(w, _, _)| w.value),
            Some(1.0)
        );
    }
}
