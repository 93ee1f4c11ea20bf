//! Stage 4, comparison: sections and paragraphs aligned ([`align`]), word diffs ([`diff`]),
//! targets judged ([`judge`]), commitments traced ([`commitments`]), put together by [`compare()`] into one
//! [`Comparison`]. Plain data, so every renderer and test reads the same values.
//!
//! The word diffs of matched paragraphs are the one costly part that only some outputs show
//! (JSON, Markdown, HTML): [`compare()`] leaves them out and [`Comparison::with_diffs`] adds
//! them, so the terminal summary, the CSV table and `track` never segment a word.
//!
//! ```no_run
//! # fn main() -> Result<(), govdiff::Error> {
//! let old = govdiff::read_report("2023.txt".as_ref())?;
//! let new = govdiff::read_report("2024.txt".as_ref())?;
//! let table = govdiff::compare::compare(old, new); // verdicts, sections, no word diffs
//! let full = table.with_diffs(); // and every matched paragraph's word diff
//! # Ok(()) }
//! ```

pub mod align;
pub mod claims;
pub mod commitments;
pub mod diff;
pub mod figures;
pub mod judge;
pub mod thesaurus;
pub mod track;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::{
    Change, Commitment, CommitmentChange, CommitmentRow, CommitmentStatus, Indicator, IndicatorRow,
    Outcome, PairWarning, ParagraphPair, PlannedCommitment, Report, SectionPair, SectionStatus,
};

/// Everything `govdiff compare` knows about two reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub old: Report,
    pub new: Report,
    /// Problems with the pairing itself: wrong order, other government, a gap in years.
    pub warnings: Vec<String>,
    /// The same problems as data, for wording in other languages.
    #[serde(default)]
    pub pair_warnings: Vec<PairWarning>,
    pub summary: Summary,
    pub indicators: Vec<IndicatorRow>,
    /// Commitments of last year's plan, traced into this year's review and plan.
    pub commitments: Vec<CommitmentRow>,
    /// Commitments of this year's plan without a counterpart in last year's (the `new` ones
    /// of `next_commitments`, kept under their old name for programs that read it).
    pub new_commitments: Vec<Commitment>,
    /// Commitments of this year's plan, new or continued from last year's.
    pub next_commitments: Vec<PlannedCommitment>,
    pub sections: Vec<SectionPair>,
}

/// The counts an analyst reads first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub targets: usize,
    pub met: usize,
    pub missed: usize,
    pub unreported: usize,
    pub unclear: usize,
    pub unchanged: usize,
    pub raised: usize,
    pub lowered: usize,
    pub reworded: usize,
    pub dropped: usize,
    pub new: usize,
    pub sections_matched: usize,
    pub sections_renamed: usize,
    pub sections_moved: usize,
    pub sections_new: usize,
    pub sections_dropped: usize,
    pub commitments: usize,
    pub commitments_done: usize,
    pub commitments_in_progress: usize,
    pub commitments_unreported: usize,
    /// Commitments of last year's plan promised again this year.
    pub commitments_continued: usize,
    /// Commitments of last year's plan neither done nor promised again.
    pub commitments_dropped: usize,
    /// Commitments of this year's plan.
    pub next_commitments: usize,
    /// Commitments of this year's plan that last year's plan did not make.
    pub new_commitments: usize,
}

impl Comparison {
    /// The comparison with the word diff (and the unchanged share) of every matched pair of
    /// paragraphs filled in: what the JSON, Markdown and HTML outputs show.
    pub fn with_diffs(mut self) -> Self {
        self.add_diffs();
        self
    }

    /// Fills in the word diff of every matched pair of paragraphs that has none yet (a pair
    /// that shares little is shown rewritten whole: [`diff::paragraph_diff`]), the pairs
    /// shared out over the current rayon pool (every core, in the command line).
    pub fn add_diffs(&mut self) {
        use rayon::prelude::*;
        let mut pending: Vec<&mut ParagraphPair> = self
            .sections
            .iter_mut()
            .flat_map(|s| s.paragraphs.iter_mut())
            .filter(|p| p.similarity.is_none())
            .collect();
        pending.par_iter_mut().for_each(|para| {
            if let (Some(old), Some(new)) = (&para.old, &para.new) {
                para.diff = diff::paragraph_diff(&old.text, &new.text, para.score);
                let share = diff::unchanged_share(&para.diff);
                para.similarity = Some((share * 1000.0).round() / 1000.0);
            }
        });
    }
}

/// Compares last year's report (`old`) with this year's (`new`): verdicts, commitments and
/// the alignment of sections and paragraphs, without the paragraphs' word diffs (see
/// [`Comparison::with_diffs`]).
pub fn compare(old: Report, new: Report) -> Comparison {
    compare_parts(old, new, Parts::ALL)
}

/// The costly parts of a comparison besides the verdicts, each computed only when an output
/// shows it: the CSV table of targets needs neither (tracing commitments is most of a
/// State Council pair's comparison, aligning sections much of the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    /// Commitments traced ([`Comparison::commitments`], `next_commitments`,
    /// `new_commitments` and their counts in the summary).
    pub commitments: bool,
    /// Sections and paragraphs aligned ([`Comparison::sections`] and their counts).
    pub sections: bool,
}

impl Parts {
    /// Everything [`compare()`] gives.
    pub const ALL: Parts = Parts {
        commitments: true,
        sections: true,
    };
    /// The verdicts on the targets alone.
    pub const VERDICTS: Parts = Parts {
        commitments: false,
        sections: false,
    };

    /// Runs `a` and `b`, on two cores (of the current rayon pool) when these parts make the
    /// work worth it. The verdicts alone are a few milliseconds, less than a second core costs
    /// in warming its caches: a samples csv run took 8.7 → 10.5 ms of CPU to wait 0.8 ms less.
    pub fn join<A: Send, B: Send>(
        self,
        a: impl FnOnce() -> A + Send,
        b: impl FnOnce() -> B + Send,
    ) -> (A, B) {
        if self.commitments || self.sections {
            rayon::join(a, b)
        } else {
            (a(), b())
        }
    }
}

/// [`compare()`] with only the `parts` asked for; the parts left out are empty lists (and
/// zero in the summary).
/// The two reports are prepared at the same time, one on each core (see [`Parts::join`]),
/// and the pair's parts likewise.
pub fn compare_parts(old: Report, new: Report, parts: Parts) -> Comparison {
    let (old, new) = parts.join(
        || Prepared::for_side(old, Side::Old, parts),
        || Prepared::for_side(new, Side::New, parts),
    );
    compare_taken(old, new, parts)
}

/// Which report of a pair: a comparison reads NEW's review (where last year's commitments
/// are reported done) and not OLD's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Old,
    New,
}

/// A report with the work that depends on it alone: its indicators extracted when it is
/// prepared, what tracing commitments reads of it (its plan's commitments and clauses, its
/// review's clauses) at their first use, then kept. A caller that compares one report with
/// several (a chain of years: each report is NEW in one pair and OLD in the next) prepares
/// it once, and [`compare_prepared`] does the work of the pair alone.
pub struct Prepared {
    report: Report,
    indicators: Vec<Indicator>,
    commitments: commitments::Prepared,
    /// The bigram profiles of its sections and paragraphs, for aligning it.
    profiles: OnceLock<align::Profiles>,
}

impl Prepared {
    pub fn new(report: Report) -> Prepared {
        Prepared {
            indicators: crate::extract::indicators::extract(&report),
            commitments: commitments::Prepared::default(),
            profiles: OnceLock::new(),
            report,
        }
    }

    /// A report with everything a comparison with `parts` reads of it as `side` worked out
    /// now rather than at its first use, so that the two reports of a pair can be prepared
    /// side by side.
    pub fn for_side(report: Report, side: Side, parts: Parts) -> Prepared {
        let prepared = Prepared::new(report);
        if parts.commitments {
            prepared
                .commitments
                .prepare(&prepared.report, side == Side::New);
        }
        if parts.sections {
            prepared.profiles();
        }
        prepared
    }

    pub fn report(&self) -> &Report {
        &self.report
    }

    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    pub fn into_report(self) -> Report {
        self.report
    }

    fn profiles(&self) -> &align::Profiles {
        self.profiles
            .get_or_init(|| align::Profiles::of(&self.report))
    }

    /// Works out now every part that is otherwise worked out at its first use.
    pub fn complete(&self) {
        self.commitments.complete(&self.report);
        self.profiles();
    }
}

/// [`compare_parts`] of two prepared reports (copied into the comparison).
pub fn compare_prepared(old: &Prepared, new: &Prepared, parts: Parts) -> Comparison {
    compare_pair(old, new, parts).into_comparison(old.report.clone(), new.report.clone())
}

/// [`compare_prepared`] taking the prepared reports, which the comparison keeps (no copy).
pub fn compare_taken(old: Prepared, new: Prepared, parts: Parts) -> Comparison {
    compare_pair(&old, &new, parts).into_comparison(old.report, new.report)
}

/// A comparison but for the two reports.
struct Found {
    warnings: Vec<String>,
    pair_warnings: Vec<PairWarning>,
    indicators: Vec<IndicatorRow>,
    commitments: Vec<CommitmentRow>,
    next_commitments: Vec<PlannedCommitment>,
    sections: Vec<SectionPair>,
}

fn compare_pair(old: &Prepared, new: &Prepared, parts: Parts) -> Found {
    let (o, n) = (&old.report, &new.report);
    let pair_warnings = pair_warnings(o, n);
    let warnings = pair_warnings.iter().map(PairWarning::message).collect();
    // Tracing commitments is the largest part: it runs beside the other two.
    let judge_and_align = || {
        let indicators = judge_pair(o, n, &old.indicators, &new.indicators);
        let sections = if parts.sections {
            reading_order(align::align_profiled(o, old.profiles(), n, new.profiles()))
        } else {
            Vec::new()
        };
        (indicators, sections)
    };
    let ((indicators, sections), (commitments, next_commitments)) = if parts.commitments {
        rayon::join(judge_and_align, || {
            commitments::trace_prepared(o, &old.commitments, n, &new.commitments)
        })
    } else {
        (judge_and_align(), Default::default())
    };
    Found {
        warnings,
        pair_warnings,
        indicators,
        commitments,
        next_commitments,
        sections,
    }
}

impl Found {
    fn into_comparison(self, old: Report, new: Report) -> Comparison {
        let Found {
            warnings,
            pair_warnings,
            indicators,
            commitments,
            next_commitments,
            sections,
        } = self;
        let summary = summarize(&indicators, &commitments, &next_commitments, &sections);
        Comparison {
            old,
            new,
            warnings,
            pair_warnings,
            summary,
            indicators,
            new_commitments: next_commitments
                .iter()
                .filter(|p| p.change == CommitmentChange::New)
                .map(|p| p.commitment.clone())
                .collect(),
            commitments,
            next_commitments,
            sections,
        }
    }
}

/// The indicator rows of a pair, from indicators already extracted: what `compare` and
/// `track` share (`track` extracts each report once and needs no sections or diffs).
pub fn judge_pair(
    old: &Report,
    new: &Report,
    old_inds: &[crate::model::Indicator],
    new_inds: &[crate::model::Indicator],
) -> Vec<IndicatorRow> {
    let own = judge::pair_level(old, new);
    judge_pair_keyed(
        old,
        new,
        new_inds,
        &judge::Keyed::new(old_inds, own),
        &judge::Keyed::new(new_inds, own),
    )
}

/// [`judge_pair`] of figures keyed beforehand ([`judge::Keyed`], at the pair's
/// [`judge::pair_level`]): `track` keys each report once for the two pairs it is in.
pub fn judge_pair_keyed(
    old: &Report,
    new: &Report,
    new_inds: &[crate::model::Indicator],
    old_keyed: &judge::Keyed,
    new_keyed: &judge::Keyed,
) -> Vec<IndicatorRow> {
    let mut indicators = judge::judge_keyed(old, new, old_keyed, new_keyed);
    let mut figures_context = figures::Context {
        gdp_growth: judge::gdp_growth(&judge::annual_actuals(new_inds)).and_then(|g| g.value),
        not_consecutive: None,
    };
    // Last year's targets can only be judged by the review of the year they were set for.
    if let (Some(target_year), Some(reviewed)) = (old.meta.planned_year, new.meta.reviewed_year)
        && target_year != reviewed
    {
        figures_context.not_consecutive = Some((reviewed, target_year));
        for row in indicators.iter_mut().filter(|r| r.outcome.is_some()) {
            row.outcome = Some(Outcome::Unclear);
            row.note = Some(format!(
                "NEW reviews {reviewed}, not {target_year}: the target's own year is not reported"
            ));
        }
    }
    figures::fill(&mut indicators, figures_context);
    indicators
}

/// Puts aligned sections in the order a reader meets them: by their place in NEW, a dropped
/// section right after the section that preceded it in OLD.
fn reading_order(sections: Vec<SectionPair>) -> Vec<SectionPair> {
    // Matched pairs by old line (stable: of pairs on one old line, the last one counts), so
    // that a dropped section finds the pair before it by binary search.
    let mut old_to_new: Vec<(usize, usize)> = sections
        .iter()
        .filter_map(|p| Some((p.old.as_ref()?.line, p.new.as_ref()?.line)))
        .collect();
    old_to_new.sort_by_key(|&(ol, _)| ol);
    let key = |p: &SectionPair| -> (f64, usize) {
        match (&p.old, &p.new) {
            (_, Some(n)) => (n.line as f64, 0),
            (Some(o), None) => {
                let before = old_to_new.partition_point(|&(ol, _)| ol < o.line);
                let anchor = before
                    .checked_sub(1)
                    .map_or(0.0, |k| old_to_new[k].1 as f64);
                (anchor + 0.5, o.line)
            }
            (None, None) => (f64::MAX, 0),
        }
    };
    let mut keyed: Vec<((f64, usize), SectionPair)> =
        sections.into_iter().map(|p| (key(&p), p)).collect();
    keyed.sort_by(|a, b| a.0.0.total_cmp(&b.0.0).then(a.0.1.cmp(&b.0.1)));
    keyed.into_iter().map(|(_, p)| p).collect()
}

fn summarize(
    rows: &[IndicatorRow],
    commitments: &[CommitmentRow],
    next_commitments: &[PlannedCommitment],
    sections: &[SectionPair],
) -> Summary {
    let outcome = |o: Outcome| rows.iter().filter(|r| r.outcome == Some(o)).count();
    let change = |c: Change| rows.iter().filter(|r| r.change == Some(c)).count();
    let status = |s: SectionStatus| sections.iter().filter(|p| p.status == s).count();
    let kept = |s: CommitmentStatus| commitments.iter().filter(|c| c.status == s).count();
    let went = |ch: CommitmentChange| commitments.iter().filter(|c| c.change == Some(ch)).count();
    Summary {
        targets: rows.iter().filter(|r| r.target.is_some()).count(),
        met: outcome(Outcome::Met),
        missed: outcome(Outcome::Missed),
        unreported: outcome(Outcome::Unreported),
        unclear: outcome(Outcome::Unclear),
        unchanged: change(Change::Unchanged),
        raised: change(Change::Raised),
        lowered: change(Change::Lowered),
        reworded: change(Change::Reworded),
        dropped: change(Change::Dropped),
        new: change(Change::New),
        sections_matched: status(SectionStatus::Matched),
        sections_renamed: status(SectionStatus::Renamed),
        sections_moved: status(SectionStatus::Moved),
        sections_new: status(SectionStatus::New),
        sections_dropped: status(SectionStatus::Dropped),
        commitments: commitments.len(),
        commitments_done: kept(CommitmentStatus::Done),
        commitments_in_progress: kept(CommitmentStatus::InProgress),
        commitments_unreported: kept(CommitmentStatus::Unreported),
        commitments_continued: went(CommitmentChange::Continued),
        commitments_dropped: went(CommitmentChange::Dropped),
        next_commitments: next_commitments.len(),
        new_commitments: next_commitments
            .iter()
            .filter(|c| c.change == CommitmentChange::New)
            .count(),
    }
}

/// What is wrong with comparing these two reports, as data.
pub fn pair_warnings(old: &Report, new: &Report) -> Vec<PairWarning> {
    let mut out = Vec::new();
    let (om, nm) = (&old.meta, &new.meta);
    for (which, report) in [("OLD", old), ("NEW", new)] {
        if report.not_a_report().is_some() {
            out.push(PairWarning::NotAReport {
                which: which.to_string(),
                path: report.source.path.clone(),
            });
        }
    }
    match (&om.government, &nm.government) {
        (Some(a), Some(b)) if a != b => out.push(PairWarning::OtherGovernments {
            old: a.clone(),
            new: b.clone(),
        }),
        (Some(_), Some(_)) => {}
        (a, b) => out.push(PairWarning::UnknownGovernment {
            old: a.clone(),
            new: b.clone(),
        }),
    }
    let year = |m: &crate::model::Metadata| m.planned_year.or(m.year);
    match (year(om), year(nm)) {
        (Some(a), Some(b)) if a > b => out.push(PairWarning::Swapped {
            old_plans: a,
            new_plans: b,
        }),
        (Some(a), Some(b)) if a == b => out.push(PairWarning::SameYear { year: a }),
        (Some(a), Some(b)) if b - a > 1 => out.push(PairWarning::NotConsecutive {
            old_plans: a,
            new_plans: b,
        }),
        (None, _) | (_, None) => out.push(PairWarning::UnknownYear),
        _ => {}
    }
    use crate::model::Role;
    for (which, report, role) in [
        ("OLD", old, Role::Plan),
        ("NEW", new, Role::Review),
        ("NEW", new, Role::Plan),
    ] {
        if !report.has_role(role) {
            out.push(PairWarning::MissingPart {
                which: which.into(),
                part: role.as_str().into(),
            });
        }
    }
    out
}

/// The warning that says why last year's targets are not judged at all (OLD has no plan
/// part, or NEW no review part), when one does.
pub fn unjudged(warnings: &[PairWarning]) -> Option<&PairWarning> {
    warnings.iter().find(|w| {
        matches!(w, PairWarning::MissingPart { which, part }
            if (which == "OLD" && part == "plan") || (which == "NEW" && part == "review"))
    })
}
