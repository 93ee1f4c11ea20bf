//! Last stage: rendering. Renderers take the finished data and print; they never parse.

pub mod commitments;
pub mod compare;
pub mod html;
pub mod indicators;
pub mod lang;
pub mod markdown;
pub mod outline;
pub mod summary;
pub mod survey;
pub mod table;
pub mod track;
pub mod xlsx;

/// The version of the shape of the CSV and JSON outputs: raised whenever a column or field is
/// renamed, removed or changes meaning (adding one at the end does not). docs/formats.md.
pub const SCHEMA_VERSION: u32 = 3;

use unicode_width::UnicodeWidthStr;

use crate::model::{Better, Change, CommitmentStatus, Outcome, SectionStatus};

/// What a verdict means for the reader, whatever the words: colours follow it, so that a
/// lowered ceiling on unemployment is good news and a dropped target is not blamed like a
/// missed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Met; a target raised where higher is better, lowered where lower is better; done.
    Good,
    /// Missed; a target lowered where higher is better, raised where lower is better.
    Bad,
    /// Worth a look but nobody's fault: unreported, unclear, dropped.
    Caution,
    /// Nothing to see: unchanged, reworded, in progress.
    Neutral,
    /// New.
    Fresh,
}

impl Tone {
    pub fn of_outcome(o: Outcome) -> Tone {
        match o {
            Outcome::Met => Tone::Good,
            Outcome::Missed => Tone::Bad,
            Outcome::Unreported | Outcome::Unclear => Tone::Caution,
        }
    }

    /// A change read with the indicator's better direction (higher when unknown).
    pub fn of_change(c: Change, better: Option<Better>) -> Tone {
        let lower_is_better = better == Some(Better::Lower);
        match c {
            Change::Raised if lower_is_better => Tone::Bad,
            Change::Raised => Tone::Good,
            Change::Lowered if lower_is_better => Tone::Good,
            Change::Lowered => Tone::Bad,
            Change::Dropped => Tone::Caution,
            Change::New => Tone::Fresh,
            Change::Reworded | Change::Unchanged => Tone::Neutral,
        }
    }

    pub fn of_commitment(s: CommitmentStatus) -> Tone {
        match s {
            CommitmentStatus::Done => Tone::Good,
            CommitmentStatus::InProgress => Tone::Neutral,
            CommitmentStatus::Unreported => Tone::Caution,
        }
    }

    pub fn of_section(s: SectionStatus) -> Tone {
        match s {
            SectionStatus::New => Tone::Fresh,
            SectionStatus::Dropped => Tone::Caution,
            SectionStatus::Matched | SectionStatus::Renamed | SectionStatus::Moved => Tone::Neutral,
        }
    }

    /// The ANSI colour of the tone; `None` leaves the text as it is.
    pub fn ansi(self) -> Option<&'static str> {
        match self {
            Tone::Good => Some("32"),
            Tone::Bad => Some("31"),
            Tone::Caution => Some("33"),
            Tone::Neutral => None,
            Tone::Fresh => Some("36"),
        }
    }

    /// The CSS class of the tone (`t-good`, …).
    pub fn class(self) -> &'static str {
        match self {
            Tone::Good => "t-good",
            Tone::Bad => "t-bad",
            Tone::Caution => "t-caution",
            Tone::Neutral => "t-neutral",
            Tone::Fresh => "t-fresh",
        }
    }
}

/// `text` padded with spaces to `width` terminal columns (CJK characters count two).
pub fn pad(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    let mut s = text.to_string();
    s.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    s
}

/// `text` right-aligned in `width` columns.
pub fn pad_left(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    let mut s: String = std::iter::repeat_n(' ', width.saturating_sub(w)).collect();
    s.push_str(text);
    s
}

/// Terminal columns of `text`.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// `text` cut to at most `max` terminal columns, with `…` when cut.
pub fn clip_width(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}
