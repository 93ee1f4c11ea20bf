//! Every word the tool writes around the reports' own text, in English and in Chinese: one
//! catalogue per language, so a renderer asks for a word and never spells one. Templates
//! number their blanks (`{0}`, `{1}`) because the languages order them differently.
//! CSV and JSON keep the stable English codes (`met`, `lowered`); only their labels move.

use crate::compare::track::{CopyChoice, Failure, SkipKind, Skipped, TrackWarning};
use crate::model::{
    Better, BoundKind, Change, CommitmentChange, CommitmentKind, CommitmentStatus, Diagnostic,
    DiagnosticKind, Flag, Measure, Outcome, PairWarning, Reason, Relation, Role, SectionStatus,
    SlotName,
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
    /// A commitment promised again (`continued`).
    pub continued: &'static str,
    /// Column heads of the commitment tables.
    pub th_commitment: &'static str,
    pub th_plan: &'static str,
    pub th_status: &'static str,
    pub th_kind: &'static str,
    /// Kinds of commitments: programme, document, institution, event, title, project, other.
    pub commitment_kinds: [&'static str; 7],
    /// The counts of the commitment tables: OLD's plan, then NEW's.
    pub commitment_counts_t: &'static str,
    pub next_commitment_counts_t: &'static str,
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
    pub mentioned_t: &'static str,
    pub claimed_t: &'static str,
    pub not_consecutive_t: &'static str,
    pub no_review: &'static str,
    pub against_gdp_above_t: &'static str,
    pub against_gdp_in_step_t: &'static str,
    pub against_gdp_below_t: &'static str,
    pub gdp_unreported: &'static str,
    pub left_out_t: &'static str,
    pub short_by_t: &'static str,
    pub ahead_by_t: &'static str,
    pub points: &'static str,
    // Diagnostics: `None` keeps the reading stage's own (English) message.
    pub diagnostic_kinds: Option<fn(DiagnosticKind) -> &'static str>,
    pub line_t: &'static str,
    pub section_new: &'static str,
    pub section_dropped: &'static str,
    pub title_t: &'static str,
    pub old_label: &'static str,
    pub new_label: &'static str,
    pub delivered_t: &'static str,
    pub reviews_plans_t: &'static str,
    pub truncated_copy: &'static str,
    pub targets_judged_t: &'static str,
    /// A count and its word, kept on one line (a no-break space in English).
    pub count_t: &'static str,
    pub changes_t: &'static str,
    /// After the changes of a pair whose NEW copy is cut short: its drops are the copy's.
    pub dropped_as_stored: &'static str,
    pub commitments_of_t: &'static str,
    pub new_commitments_count_t: &'static str,
    pub sections_label: &'static str,
    pub th_indicator: &'static str,
    pub th_measure: &'static str,
    pub th_actual_t: &'static str,
    pub th_target_t: &'static str,
    pub th_outcome: &'static str,
    pub th_change: &'static str,
    pub th_evidence: &'static str,
    pub th_section: &'static str,
    pub th_margin: &'static str,
    pub heading_targets: &'static str,
    pub notes_label: &'static str,
    pub heading_commitments_t: &'static str,
    pub heading_new_commitments_t: &'static str,
    pub heading_sections: &'static str,
    pub heading_summary: &'static str,
    pub heading_paragraphs: &'static str,
    pub none_found: &'static str,
    pub hidden_columns_t: &'static str,
    pub evidence_t: &'static str,
    pub at_t: &'static str,
    pub footer_hint: &'static str,
    pub new_paragraph_t: &'static str,
    pub dropped_paragraph_t: &'static str,
    pub warning_word: &'static str,
    pub diff_legend: &'static str,
    pub delivered_in_t: &'static str,
    pub to_t: &'static str,
    pub by_t: &'static str,
    pub reviews_plans_dot_t: &'static str,
    pub inferred_t: &'static str,
    pub source_t: &'static str,
    pub report_lines_t: &'static str,
    pub outline_t: &'static str,
    pub outline_all_found: &'static str,
    pub outline_missing_t: &'static str,
    pub truncated_line: &'static str,
    pub th_path: &'static str,
    pub th_role: &'static str,
    pub th_line: &'static str,
    pub th_paras: &'static str,
    pub th_chars: &'static str,
    pub th_title: &'static str,
    pub opening: &'static str,
    /// A part without a title of its own (the opening of an abridged copy, read as a part).
    pub untitled: &'static str,
    pub closing: &'static str,
    pub five_year_tag: &'static str,
    pub counts_note: &'static str,
    pub warnings_t: &'static str,
    pub notes_t: &'static str,
    pub indicators_t: &'static str,
    pub heading_actuals: &'static str,
    pub th_subject: &'static str,
    pub th_bound: &'static str,
    pub th_written: &'static str,
    pub five_year_note: &'static str,
    pub check_t: &'static str,
    pub page_title_t: &'static str,
    pub reviews_t: &'static str,
    pub plans_t: &'static str,
    pub card_met_t: &'static str,
    pub card_raised_t: &'static str,
    pub card_new_targets: &'static str,
    pub card_done_t: &'static str,
    pub card_new_commitments: &'static str,
    pub missed_targets_t: &'static str,
    pub missed_line_t: &'static str,
    pub contents: &'static str,
    pub heading_dropped: &'static str,
    pub heading_side_by_side: &'static str,
    pub filter_label: &'static str,
    pub all: &'static str,
    pub shown_t: &'static str,
    pub switch_changed: &'static str,
    pub switch_targets: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub evidence_label_t: &'static str,
    pub commitments_in_review_t: &'static str,
    pub dropped_targets_t: &'static str,
    pub dropped_commitments_t: &'static str,
    pub side_by_side_legend: &'static str,
    pub deleted: &'static str,
    pub inserted: &'static str,
    pub moved_note: &'static str,
    pub moved_renamed_note: &'static str,
    pub new_in_t: &'static str,
    pub dropped_after_t: &'static str,
    pub score_t: &'static str,
    pub line_at_t: &'static str,
    pub unchanged_share_t: &'static str,
    pub new_paragraph: &'static str,
    pub dropped_paragraph: &'static str,
    pub made_by_t: &'static str,
    pub unchanged_sections_t: &'static str,
    pub sheet_commitments: &'static str,
    pub sheet_sections: &'static str,
    // `track`.
    pub t_title: &'static str,
    pub t_overview_t: &'static str,
    pub t_copies_t: &'static str,
    pub t_unplaced_t: &'static str,
    pub t_skipped_t: &'static str,
    pub t_failed_t: &'static str,
    pub t_no_target_judged: &'static str,
    pub t_hit_rate_t: &'static str,
    pub t_tally_t: &'static str,
    pub t_reports_t: &'static str,
    pub t_pairs_t: &'static str,
    pub t_gaps_t: &'static str,
    pub t_no_main: &'static str,
    pub th_hits: &'static str,
    pub th_year: &'static str,
    pub th_next_target: &'static str,
    pub th_where: &'static str,
    pub t_legend: &'static str,
    pub t_no_report: &'static str,
    pub t_met_of_t: &'static str,
    pub t_footer_hint: &'static str,
    pub t_warnings_label: &'static str,
    pub t_skipped_label: &'static str,
    pub t_failed_label: &'static str,
    pub t_failed_files_t: &'static str,
    pub t_no_report_read: &'static str,
    pub t_notes_heading: &'static str,
    pub t_all_targets_t: &'static str,
    pub t_no_report_for_t: &'static str,
    pub t_html_footer: &'static str,
    pub list_sep: &'static str,
    pub comma: &'static str,
    pub warning_label: &'static str,
    pub flag_rate_over100: &'static str,
    pub flag_run_together: &'static str,
    pub flag_unpaired: &'static str,
    pub flag_unit_lost: &'static str,
    pub unclear_label: &'static str,
    // Pairing warnings: `None` keeps the comparison's own (English) message.
    pub pair_warning: Option<fn(&PairWarning) -> String>,
    // `track`'s grouping warnings and skipped files: `None` keeps the English wording.
    pub track_warning: Option<fn(&TrackWarning, &Words) -> String>,
    pub skip_kind: Option<fn(&SkipKind) -> String>,
    // Why a file could not be read, without its name: `None` keeps the English wording.
    pub error_reason: Option<fn(&crate::Error) -> String>,
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

    pub fn commitment_kind(&self, k: CommitmentKind) -> &'static str {
        self.commitment_kinds[match k {
            CommitmentKind::Programme => 0,
            CommitmentKind::Document => 1,
            CommitmentKind::Institution => 2,
            CommitmentKind::Event => 3,
            CommitmentKind::Title => 4,
            CommitmentKind::Project => 5,
            CommitmentKind::Other => 6,
        }]
    }

    pub fn commitment_change(&self, c: CommitmentChange) -> &'static str {
        match c {
            CommitmentChange::New => self.new,
            CommitmentChange::Continued => self.continued,
            CommitmentChange::Dropped => self.dropped,
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
            SectionStatus::New => self.section_new,
            SectionStatus::Dropped => self.section_dropped,
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

    /// A field of the metadata by its name (`planned_year`), for "inferred: …".
    pub fn field(&self, name: &str) -> String {
        if self.diagnostic_kinds.is_none() {
            return name.replace('_', " ");
        }
        match name {
            "year" => "年份",
            "reviewed_year" => "回顾年份",
            "planned_year" => "计划年份",
            "government" => "政府",
            "delivered_on" => "日期",
            "title" => "标题",
            "congress" => "会议",
            "speaker" => "报告人",
            other => other,
        }
        .to_string()
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
            Reason::Mentioned { line, clause } => fill(self.mentioned_t, &[line, clause]),
            Reason::Claimed { line, clause } => fill(self.claimed_t, &[line, clause]),
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
                    Relation::Below => self.against_gdp_below_t,
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

    /// A warning about how `track` grouped the reports.
    pub fn track_warning(&self, w: &TrackWarning) -> String {
        match self.track_warning {
            Some(word) => word(w, self),
            None => w.to_string(),
        }
    }

    /// Why a file could not be read: one line, the file's name first.
    pub fn error(&self, e: &crate::Error) -> String {
        match self.error_reason {
            Some(word) => format!("{}：{}", e.path(), word(e)),
            None => e.to_string(),
        }
    }

    /// Why `track` could not read a file, without its name.
    pub fn failure(&self, f: &Failure) -> String {
        match (self.error_reason, &f.error) {
            (Some(word), Some(e)) => word(e),
            _ => f.reason.clone(),
        }
    }

    /// Why `track` passed over a file.
    pub fn skipped(&self, s: &Skipped) -> String {
        match self.skip_kind {
            Some(word) => word(&s.kind),
            None => s.reason.clone(),
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
    continued: "continued",
    th_commitment: "commitment",
    th_plan: "plan",
    th_status: "status",
    th_kind: "kind",
    commitment_kinds: [
        "programme",
        "document",
        "institution",
        "event",
        "title",
        "project",
        "other",
    ],
    commitment_counts_t: "{0} commitments of the {1} plan: {2} done · {3} in progress · {4} unreported;  {5} continued · {6} dropped",
    next_commitment_counts_t: "{0} commitments of the {1} plan: {2} new · {3} continued",
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
    mentioned_t: "NEW's review names it without a comparable figure (line {0}: {1})",
    claimed_t: "NEW's review gives no figure but claims the whole class of targets met (line {0}: {1})",
    not_consecutive_t: "NEW reviews {0}, not {1}: the target's own year is not reported",
    no_review: "NEW has no review part: the outcome cannot be judged",
    against_gdp_above_t: "growth {0}% against GDP growth {1}%: the target is to grow faster than GDP",
    against_gdp_in_step_t: "growth {0}% against GDP growth {1}%: in step with GDP allows {2} points below it",
    against_gdp_below_t: "growth {0}% against GDP growth {1}%: the target is to grow slower than GDP",
    gdp_unreported: "GDP growth is not reported, so a target relative to it cannot be judged",
    left_out_t: "{0} {1} is {2} in {3}, not in the row's measure and unit: left out of the numbers",
    short_by_t: "short by {0}",
    ahead_by_t: "better by {0}",
    points: " points",
    diagnostic_kinds: None,
    line_t: "line {0}: ",
    section_new: "new",
    section_dropped: "dropped",
    title_t: "{0} {1} → {2}: what last year's plan promised and what this year's report says",
    old_label: "OLD",
    new_label: "NEW",
    delivered_t: "delivered {0}",
    reviews_plans_t: "reviews {0}, plans {1}",
    truncated_copy: "TRUNCATED copy",
    targets_judged_t: "{0} targets for {1}, judged by the {2} review:",
    count_t: "{0}\u{a0}{1}",
    changes_t: "Targets for {0} against {1}:",
    dropped_as_stored: " (NEW is cut short: dropped = absent from the copy as stored)",
    commitments_of_t: "Commitments of the {0} plan:",
    new_commitments_count_t: "{0} new commitments in {1}",
    sections_label: "Sections:",
    th_indicator: "indicator",
    th_measure: "measure",
    th_actual_t: "{0} actual",
    th_target_t: "{0} target",
    th_outcome: "outcome",
    th_change: "change",
    th_evidence: "evidence",
    th_section: "section",
    th_margin: "margin",
    heading_targets: "Targets",
    notes_label: "notes:",
    heading_commitments_t: "Commitments of the {0} plan",
    heading_new_commitments_t: "New commitments in {0}",
    heading_sections: "Sections",
    heading_summary: "Summary",
    heading_paragraphs: "Sections, paragraph by paragraph",
    none_found: "none found",
    hidden_columns_t: "not shown for the width of the terminal: {0} (--wide shows every column)",
    evidence_t: "{0} ({1}, line {2})",
    at_t: "{0} {1}, line {2}",
    footer_hint: "Paragraph diffs: --format md or --format html. Data: --format csv, json or xlsx.",
    new_paragraph_t: "new paragraph, line {0}",
    dropped_paragraph_t: "dropped paragraph, line {0}",
    warning_word: "Warning",
    diff_legend: "~~struck~~ words were deleted, **bold** words inserted.",
    delivered_in_t: "delivered in {0}",
    to_t: "to {0}",
    by_t: "by {0}",
    reviews_plans_dot_t: "reviews {0} · plans {1}",
    inferred_t: " (inferred: {0})",
    source_t: "source: {0} · {1} · {2} bytes",
    report_lines_t: " · report on lines {0}–{1} of {2}",
    outline_t: "outline: {0} headings (lines {1}–{2}), {3}",
    outline_all_found: "all found in the body",
    outline_missing_t: "{0} without a body",
    truncated_line: "TRUNCATED: the copy ends before the report does",
    th_path: "path",
    th_role: "role",
    th_line: "line",
    th_paras: "paras",
    th_chars: "chars",
    th_title: "title",
    opening: "(opening)",
    untitled: "(untitled)",
    closing: "(closing)",
    five_year_tag: " [five-year]",
    counts_note: "(PARAS and CHARS count the section with everything under it)",
    warnings_t: "warnings ({0}):",
    notes_t: "notes ({0}):",
    indicators_t: "{0} · {1} · {2} indicators: {3} actuals ({4}), {5} targets ({6})",
    heading_actuals: "actuals",
    th_subject: "subject",
    th_bound: "bound",
    th_written: "as written",
    five_year_note: "  [five-year]",
    check_t: "  [check: {0}]",
    page_title_t: "{0} {1} → {2}: government work reports compared",
    reviews_t: "reviews {0}",
    plans_t: "plans {0}",
    card_met_t: "targets for {0} met",
    card_raised_t: "raised in {0}",
    card_new_targets: "new targets",
    card_done_t: "of {0} commitments done",
    card_new_commitments: "new commitments",
    missed_targets_t: "Missed targets ({0}):",
    missed_line_t: "target {0} — actual {1}",
    contents: "Contents",
    heading_dropped: "Dropped targets and commitments",
    heading_side_by_side: "Sections side by side",
    filter_label: "Filter:",
    all: "all",
    shown_t: "{0} of {1} shown",
    switch_changed: "changed only",
    switch_targets: "targets only",
    expand_all: "expand all",
    collapse_all: "collapse all",
    evidence_label_t: "{0} · {1} · line {2}:",
    commitments_in_review_t: "Of the {0} plan, in the {1} review",
    dropped_targets_t: "Targets of {0} not set again for {1}",
    dropped_commitments_t: "Commitments of {0} neither done nor promised again",
    side_by_side_legend: "OLD on the left, NEW on the right; deleted and inserted words marked in matched paragraphs.",
    deleted: "deleted",
    inserted: "inserted",
    moved_note: "moved to another group",
    moved_renamed_note: "moved to another group and renamed",
    new_in_t: "new in {0}",
    dropped_after_t: "dropped after {0}",
    score_t: " · alignment score {0}",
    line_at_t: "line {0}",
    unchanged_share_t: "{0}% unchanged",
    new_paragraph: "new paragraph",
    dropped_paragraph: "dropped paragraph",
    made_by_t: "Made by govdiff {0} from {1} and {2}.",
    unchanged_sections_t: "{0} sections without changes",
    sheet_commitments: "commitments",
    sheet_sections: "sections",
    t_title: "Targets over the years",
    t_overview_t: "govdiff track · {0} governments · {1} reports · {2} pairs compared · {3} targets",
    t_copies_t: "{0} second copies set aside",
    t_unplaced_t: "{0} unplaced",
    t_skipped_t: "{0} skipped",
    t_failed_t: "{0} FAILED",
    t_no_target_judged: "no target judged",
    t_hit_rate_t: "hit rate {0}% ({1} of {2} judged)",
    t_tally_t: "targets {0} · met {1} · missed {2} · unreported {3} · unclear {4} · {5}",
    t_reports_t: "{0} reports, {1}",
    t_pairs_t: "{0} pairs compared",
    t_gaps_t: "no report for {0} (not bridged)",
    t_no_main: "(no indicator has a target in enough years to follow)",
    th_hits: "hits",
    th_year: "year",
    th_next_target: "next target",
    th_where: "where",
    t_legend: "✓ met  ✗ missed  ? unclear  · unreported (or no next report)  blank: no target",
    t_no_report: "no report",
    t_met_of_t: "met {0} of {1} judged",
    t_footer_hint: "Every target and its evidence: --format csv (the panel) or --format json; charts: --format html.",
    t_warnings_label: "Warnings:",
    t_skipped_label: "Skipped (not reports):",
    t_failed_label: "Could not be read:",
    t_failed_files_t: "{0} file(s) could not be read (exit code {1}):",
    t_no_report_read: "no report could be read",
    t_notes_heading: "Notes",
    t_all_targets_t: "All {0} targets of the panel",
    t_no_report_for_t: "no report for {0}",
    t_html_footer: "Made by govdiff track. Outcomes judge each target against the next year's review; a year without a report is a gap, never bridged. The whole panel: --format csv.",
    list_sep: ";  ",
    comma: ", ",
    warning_label: "warning",
    flag_rate_over100: "a share or rate above 100%",
    flag_run_together: "values that ran together in the copy were split",
    flag_unpaired: "a list whose values could not be paired with its subjects",
    flag_unit_lost: "the unit was lost in the copy",
    unclear_label: "unclear",
    pair_warning: None,
    track_warning: None,
    skip_kind: None,
    error_reason: None,
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
    continued: "延续",
    th_commitment: "承诺",
    th_plan: "规划年份",
    th_status: "进展",
    th_kind: "类别",
    commitment_kinds: [
        "行动计划",
        "文件政策",
        "机构平台",
        "活动",
        "创建称号",
        "建设项目",
        "其他",
    ],
    commitment_counts_t: "{1}年规划的承诺{0}项：已完成{2} · 推进中{3} · 未报告{4}；延续{5} · 不再提出{6}",
    next_commitment_counts_t: "{1}年规划的承诺{0}项：新增{2} · 延续{3}",
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
    mentioned_t: "本年回顾提及，但没有可比较的数字（第{0}行：{1}）",
    claimed_t: "本年回顾没有数字，但称这一类目标总体完成（第{0}行：{1}）",
    not_consecutive_t: "本年报告回顾的是{0}年而非{1}年，无法判断当年目标",
    no_review: "本年报告没有回顾部分，无法判断是否完成",
    against_gdp_above_t: "增长{0}%，经济增长{1}%：目标为高于经济增长",
    against_gdp_in_step_t: "增长{0}%，经济增长{1}%：与经济增长同步，允许低于{2}个百分点以内",
    against_gdp_below_t: "增长{0}%，经济增长{1}%：目标为低于经济增长",
    gdp_unreported: "未报告经济增长，无法判断相对于经济增长的目标",
    left_out_t: "{0}{1}为{2}（单位{3}），与本行的指标或单位不同，未计入数值列",
    short_by_t: "差{0}",
    ahead_by_t: "超出{0}",
    points: "个百分点",
    diagnostic_kinds: Some(diagnostic_zh),
    line_t: "第{0}行：",
    section_new: "新增",
    section_dropped: "删去",
    title_t: "{0} {1} → {2}：去年计划承诺了什么，今年报告怎么说",
    old_label: "上年报告",
    new_label: "本年报告",
    delivered_t: "{0}作报告",
    reviews_plans_t: "回顾{0}年，计划{1}年",
    truncated_copy: "副本不完整（被截断）",
    targets_judged_t: "{1}年目标{0}项，按{2}年回顾判断：",
    count_t: "{1}{0}",
    changes_t: "{0}年目标与{1}年相比：",
    dropped_as_stored: "（新报告副本不完整：删除指副本中未见）",
    commitments_of_t: "{0}年计划中的承诺：",
    new_commitments_count_t: "{1}年新增承诺{0}项",
    sections_label: "章节：",
    th_indicator: "指标",
    th_measure: "类型",
    th_actual_t: "{0}年实际",
    th_target_t: "{0}年目标",
    th_outcome: "完成情况",
    th_change: "目标变化",
    th_evidence: "出处",
    th_section: "章节",
    th_margin: "差额",
    heading_targets: "目标",
    notes_label: "说明：",
    heading_commitments_t: "{0}年计划中的承诺",
    heading_new_commitments_t: "{0}年新增承诺",
    heading_sections: "章节变化",
    heading_summary: "概要",
    heading_paragraphs: "逐段对照",
    none_found: "未发现",
    hidden_columns_t: "因终端宽度未显示：{0}",
    evidence_t: "{0}（{1}，第{2}行）",
    at_t: "{0} {1}，第{2}行",
    footer_hint: "逐段对照见 HTML 或 Markdown 格式，数据见 CSV、JSON 或 Excel 格式。",
    new_paragraph_t: "新增段落，第{0}行",
    dropped_paragraph_t: "删去段落，第{0}行",
    warning_word: "警告",
    diff_legend: "~~删除线~~ 为删去的文字，**粗体** 为新增的文字。",
    delivered_in_t: "{0}年作报告",
    to_t: "在{0}上",
    by_t: "报告人{0}",
    reviews_plans_dot_t: "回顾{0}年 · 计划{1}年",
    inferred_t: "（推断：{0}）",
    source_t: "来源：{0} · {1} · {2}字节",
    report_lines_t: " · 报告在第{0}–{1}行（共{2}行）",
    outline_t: "提纲：{0}个标题（第{1}–{2}行），{3}",
    outline_all_found: "正文中全部找到",
    outline_missing_t: "{0}个在正文中没有内容",
    truncated_line: "不完整：副本在报告结束前中断",
    th_path: "路径",
    th_role: "角色",
    th_line: "行",
    th_paras: "段数",
    th_chars: "字数",
    th_title: "标题",
    opening: "（开头）",
    untitled: "（无标题）",
    closing: "（结尾）",
    five_year_tag: " [五年]",
    counts_note: "（段数和字数包括该部分下的全部内容）",
    warnings_t: "警告（{0}）：",
    notes_t: "说明（{0}）：",
    indicators_t: "{0} · {1} · 指标{2}个：实际{3}个（{4}年），目标{5}个（{6}年）",
    heading_actuals: "实际",
    th_subject: "对象",
    th_bound: "界限",
    th_written: "原文",
    five_year_note: "  [五年]",
    check_t: "  [请核对：{0}]",
    page_title_t: "{0} {1} → {2} 政府工作报告对照",
    reviews_t: "回顾{0}年",
    plans_t: "计划{0}年",
    card_met_t: "{0}年目标完成",
    card_raised_t: "{0}年调高",
    card_new_targets: "新增目标",
    card_done_t: "项承诺已完成（共{0}项）",
    card_new_commitments: "新增承诺",
    missed_targets_t: "未完成的目标（{0}项）：",
    missed_line_t: "目标{0} — 实际{1}",
    contents: "目录",
    heading_dropped: "不再提出的目标和承诺",
    heading_side_by_side: "逐段对照",
    filter_label: "筛选：",
    all: "全部",
    shown_t: "显示{0}项，共{1}项",
    switch_changed: "只看变化",
    switch_targets: "只看目标",
    expand_all: "全部展开",
    collapse_all: "全部折叠",
    evidence_label_t: "{0} · {1} · 第{2}行：",
    commitments_in_review_t: "{0}年计划在{1}年回顾中的情况",
    dropped_targets_t: "{0}年的目标在{1}年不再提出",
    dropped_commitments_t: "{0}年的承诺既未完成也未再提出",
    side_by_side_legend: "左为上年报告，右为本年报告；对应段落中标出删去和新增的文字。",
    deleted: "删去",
    inserted: "新增",
    moved_note: "移到另一组",
    moved_renamed_note: "移到另一组并改名",
    new_in_t: "{0}年新增",
    dropped_after_t: "{0}年之后删去",
    score_t: " · 对应得分{0}",
    line_at_t: "第{0}行",
    unchanged_share_t: "{0}%未变",
    new_paragraph: "新增段落",
    dropped_paragraph: "删去段落",
    made_by_t: "由 govdiff {0} 根据 {1} 和 {2} 生成。",
    unchanged_sections_t: "{0}个部分没有变化",
    sheet_commitments: "承诺",
    sheet_sections: "章节",
    t_title: "历年目标",
    t_overview_t: "govdiff track · {0}个政府 · {1}份报告 · 比较{2}对 · 目标{3}项",
    t_copies_t: "另有{0}份副本未用",
    t_unplaced_t: "{0}份无法归类",
    t_skipped_t: "跳过{0}份",
    t_failed_t: "{0}份读取失败",
    t_no_target_judged: "没有可判断的目标",
    t_hit_rate_t: "完成率{0}%（判断{2}项，完成{1}项）",
    t_tally_t: "目标{0} · 完成{1} · 未完成{2} · 未报告{3} · 无法判断{4} · {5}",
    t_reports_t: "报告{0}份，{1}",
    t_pairs_t: "比较{0}对",
    t_gaps_t: "缺{0}年报告（不跨年比较）",
    t_no_main: "（没有指标在足够多的年份设有目标）",
    th_hits: "完成",
    th_year: "年份",
    th_next_target: "下年目标",
    th_where: "出处",
    t_legend: "✓ 完成  ✗ 未完成  ? 无法判断  · 未报告（或无下年报告）  空白：无目标",
    t_no_report: "无报告",
    t_met_of_t: "判断{1}项，完成{0}项",
    t_footer_hint: "每个目标及其出处见 CSV 或 JSON 格式，图表见 HTML 格式。",
    t_warnings_label: "警告：",
    t_skipped_label: "跳过（不是报告）：",
    t_failed_label: "无法读取：",
    t_failed_files_t: "{0}个文件无法读取（退出码{1}）：",
    t_no_report_read: "没有读到任何报告",
    t_notes_heading: "说明",
    t_all_targets_t: "全部目标（{0}项）",
    t_no_report_for_t: "缺{0}年报告",
    t_html_footer: "由 govdiff track 生成。每个目标按下一年报告的回顾判断；缺少报告的年份是空缺，不跨年比较。完整数据见 CSV 格式。",
    list_sep: "；",
    comma: "、",
    warning_label: "警告",
    flag_rate_over100: "比率超过100%",
    flag_run_together: "原文数字连在一起，已拆分",
    flag_unpaired: "并列数字无法与对象一一对应",
    flag_unit_lost: "原文单位缺失",
    unclear_label: "无法判断",
    pair_warning: Some(pair_warning_zh),
    track_warning: Some(track_warning_zh),
    skip_kind: Some(skip_kind_zh),
    error_reason: Some(error_reason_zh),
};

/// Why a file could not be read, in Chinese.
fn error_reason_zh(e: &crate::Error) -> String {
    use crate::Error;
    match e {
        Error::Io { source, .. } => io_error_zh(source),
        Error::Decode { source, .. } => decode_error_zh(source),
        Error::Input { source, .. } => input_error_zh(source),
        Error::NotAReport { .. } => "找不到报告正文".to_string(),
    }
}

fn io_error_zh(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "文件不存在".into(),
        ErrorKind::PermissionDenied => "没有读取该文件的权限".into(),
        ErrorKind::IsADirectory => "这是一个文件夹，不是文件".into(),
        ErrorKind::InvalidData => "文件内容无法读取".into(),
        ErrorKind::UnexpectedEof => "文件不完整（读取时提前结束）".into(),
        // Rare kinds keep the system's words, after a Chinese lead.
        _ => format!("无法读取（{e}）"),
    }
}

fn decode_error_zh(e: &crate::read::decode::DecodeError) -> String {
    use crate::read::decode::DecodeError;
    match e {
        DecodeError::Empty => "文件是空的".into(),
        DecodeError::Blank => "文件中没有文字（只有空格和换行）".into(),
        DecodeError::KnownBinary(kind) => format!("这是{kind}文件，不是文本"),
        DecodeError::Binary(_) => "这似乎是二进制文件，不是文本".into(),
    }
}

fn input_error_zh(e: &crate::read::input::InputError) -> String {
    use crate::read::input::{InputError, human_size};
    match e {
        InputError::NotAFile(what) => {
            let kind = if what.contains("directory") {
                "文件夹"
            } else if what.contains("FIFO") {
                "命名管道（请先把报告存为文件）"
            } else if what.contains("device") {
                "设备"
            } else if what.contains("socket") {
                "套接字"
            } else {
                "特殊文件"
            };
            format!("这是{kind}，不是普通文件")
        }
        InputError::TooLarge { size, limit } => format!(
            "文件大小{}，超过报告的上限{}（可用 --max-size 放宽）",
            human_size(*size),
            human_size(*limit)
        ),
        InputError::TextTooLarge { size, limit } => format!(
            "正文{}，超过报告正文的上限{}（可用 --max-size 放宽）",
            human_size(*size),
            human_size(*limit)
        ),
        InputError::PdfNoText => "PDF没有文字层（扫描件？）：请先做文字识别（OCR）".into(),
        InputError::PdfBroken(_) => "PDF无法读取".into(),
        InputError::PdfEncrypted => "PDF已加密：请先去掉密码保护".into(),
        InputError::PdfNoUnicode => {
            "PDF有文字层，但字体没有说明字形对应的字符（缺少ToUnicode映射）：请用其他程序重新导出，或做文字识别".into()
        }
        InputError::PdfTooLarge(limit) => format!(
            "PDF的压缩数据解压后超过{}（PDF炸弹？）：拒绝读取（可用 --max-size 放宽）",
            human_size(*limit)
        ),
        InputError::PdfTooMuchDrawing(limit) => format!(
            "PDF的绘制指令超过{}（表单反复嵌套：恶意文件？）：拒绝读取（可用 --max-size 放宽）",
            human_size(*limit)
        ),
        InputError::DocxBroken(_) => "Word文件无法读取".into(),
        InputError::DocxTooLarge(limit) => format!(
            "Word文档解压后超过{}（ZIP炸弹？）：拒绝读取（可用 --max-size 放宽）",
            human_size(*limit)
        ),
        InputError::NotDocx => "这是ZIP压缩包，但不是Word（.docx）文档".into(),
        InputError::LegacyDoc => "不支持Word 97-2003（.doc）文件：请另存为.docx".into(),
        InputError::HtmlEmpty => "网页中没有文字".into(),
        InputError::HtmlTooDeep { deepest } => format!(
            "网页元素嵌套过深（{deepest}层以上；真实网页只有几十层），无法在有限时间内解析"
        ),
    }
}

fn track_warning_zh(w: &TrackWarning, words: &Words) -> String {
    match w {
        TrackWarning::Unplaced {
            path,
            government_known,
            year_known,
        } => {
            let what = match (government_known, year_known) {
                (false, false) => "政府和年份不明",
                (false, true) => "政府不明",
                _ => "年份不明",
            };
            format!("{path}：{what}，未归入任何分组（见 `govdiff outline`）")
        }
        TrackWarning::Copies {
            government,
            year,
            used,
            set_aside,
            choice,
        } => {
            let why = match choice {
                CopyChoice::FewerWarnings { used, other } => {
                    format!("读取警告{used}条，另一份{other}条")
                }
                CopyChoice::MoreText { used, other } => {
                    format!("正文{used}字，另一份{other}字")
                }
                CopyChoice::NameOrder => "警告数和长度相同，取文件名在前者".into(),
            };
            format!(
                "{government}{year}年有{}份副本（{used}、{}）；采用{used}（规则：读取警告少者优先，其次正文长者，再次文件名在前者；此处：{why}）",
                set_aside.len() + 1,
                set_aside.join("、")
            )
        }
        TrackWarning::Gap {
            government,
            from,
            to,
            missing,
        } => {
            let missing: Vec<String> = missing.iter().map(|y| format!("{y}年")).collect();
            format!(
                "{government}：缺少{}的报告，{from}年与{to}年不作比较；{from}年的目标记为未报告",
                missing.join("、")
            )
        }
        TrackWarning::Pairing {
            government,
            from,
            to,
            warning,
        } => format!("{government} {from}→{to}：{}", words.pair(warning)),
    }
}

fn skip_kind_zh(kind: &SkipKind) -> String {
    match kind {
        SkipKind::LinkToFolder => "指向文件夹的链接（不跟随）".into(),
        SkipKind::OwnNotes => "文件夹的说明文件，不是报告".into(),
        SkipKind::Extension { ext } => format!(".{ext}文件，不是报告"),
        SkipKind::NoReport => "已读取，但其中没有报告：找不到回顾或计划部分".into(),
    }
}

fn pair_warning_zh(w: &PairWarning) -> String {
    match w {
        PairWarning::OtherGovernments { old, new } => {
            format!(
                "两份报告来自不同的政府：上年报告为{old}，本年报告为{new}；结论比较的是无关的数字"
            )
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
            "两份报告的顺序似乎颠倒：上年报告计划{old_plans}年，本年报告计划{new_plans}年；交换两份报告的顺序可按{new_plans} → {old_plans}比较"
        ),
        PairWarning::SameYear { year } => {
            format!("两份报告计划的是同一年（{year}年），没有逐年变化可比")
        }
        PairWarning::NotConsecutive {
            old_plans,
            new_plans,
        } => format!(
            "两份报告不相邻：上年报告计划{old_plans}年，本年报告计划{new_plans}年；本年报告回顾的是{}年，因此{old_plans}年目标记为无法判断，只比较目标的变化",
            new_plans - 1
        ),
        PairWarning::UnknownYear => "有一份报告的年份不明，无法检查两份报告的先后".into(),
        PairWarning::MissingPart { which, part } => match (which.as_str(), part.as_str()) {
            ("OLD", "plan") => "上年报告没有计划部分：无法读取上年目标，因此不判断任何目标".into(),
            ("NEW", "review") => "本年报告没有回顾部分：上年目标没有可据以判断的完成情况".into(),
            ("NEW", "plan") => {
                "本年报告没有计划部分：无法读取本年目标，因此不判断目标的变化".into()
            }
            _ => format!("{which}缺少{part}部分"),
        },
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
            "看起来不是政府工作报告：没有部分标题、中文很少或正文过短，读出的内容不可信"
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
