//! Many reports at once (`govdiff track`): each report read once, grouped by government,
//! ordered by the year it plans, every consecutive pair judged, and the targets laid out as a
//! tidy panel (one row per government, target year and indicator).
//!
//! Only what the panel needs is computed: indicators and their verdicts, never section
//! alignment or paragraph diffs, and indicators only of the reports compared. Work runs on the current rayon pool (the CLI sizes it with
//! `--jobs`); progress is reported through a callback, since the library never prints.
//!
//! Rules, each stated where the result says it:
//! - a report whose government or planned year is unknown is listed as unplaced, never
//!   guessed into a group;
//! - two copies of the same government and year: the one with fewer reading warnings is
//!   used, then the one with more text, then the first path in name order;
//! - a missing year is a gap: the reports on either side are not compared, and the targets
//!   before the gap stay `unreported` with a note.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::compare::judge::{self, Keyed, subject_key};
use crate::model::{
    Change, Figures, Indicator, IndicatorRow, Measure, Outcome, PairWarning, Reason, Report, Slot,
};

/// Extensions of files a folder walk passes over: documentation, code, data and images that
/// are never a report. (`.csv` is read: a report may come as a one-row CSV export.)
const NOT_REPORT_EXTENSIONS: &[&str] = &[
    "md", "markdown", "rst", "json", "toml", "yaml", "yml", "py", "rs", "sh", "js", "css", "svg",
    "png", "jpg", "jpeg", "gif", "webp", "ico", "lock", "gz", "xz", "bz2", "7z", "tar", "exe",
    "so", "o", "a", "dll",
];

/// File names (before the first dot, any case) of a folder's own papers, not reports.
const NOT_REPORT_NAMES: &[&str] = &["readme", "license", "licence", "sources", "changelog"];

/// A file that could not be read as a report, and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Failure {
    pub path: String,
    /// Why, in English, without the path.
    pub reason: String,
    /// The error itself, so that a renderer can word it in another language (not in JSON).
    #[serde(skip)]
    pub error: Option<std::sync::Arc<crate::Error>>,
}

impl Failure {
    fn new(error: crate::Error) -> Failure {
        Failure {
            path: error.path().to_string(),
            reason: reason_of(&error),
            error: Some(std::sync::Arc::new(error)),
        }
    }
}

/// Failures are equal when they say the same thing of the same file.
impl PartialEq for Failure {
    fn eq(&self, other: &Failure) -> bool {
        self.path == other.path && self.reason == other.reason
    }
}
impl Eq for Failure {}

/// A file a folder walk passed over, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    pub path: String,
    /// Why, in English.
    pub reason: String,
    /// Why, as data (the renderers word it in the chosen language).
    pub kind: SkipKind,
}

/// Why a folder walk passed over a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SkipKind {
    /// A symbolic link to a folder: not followed, so that no walk loops.
    LinkToFolder,
    /// README, LICENSE, SOURCES…: the folder's own notes.
    OwnNotes,
    /// An extension that never holds a report (`.md`, `.py`, `.png`…).
    Extension { ext: String },
    /// Read, but neither a review nor a plan part was found in it.
    NoReport,
}

/// One report, read once, and its indicators extracted once for every pair it is in. They
/// are extracted the first time they are asked for: [`build`] asks only for the reports it
/// compares, so a copy set aside, an unplaced report or a file with no report in it is read
/// but never extracted.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub report: Report,
    indicators: std::sync::OnceLock<Vec<Indicator>>,
}

impl Loaded {
    /// A report read, its indicators not yet extracted.
    pub fn new(report: Report) -> Loaded {
        Loaded {
            report,
            indicators: std::sync::OnceLock::new(),
        }
    }

    /// The report's indicators ([`crate::extract::indicators::extract`]), extracted the first
    /// time they are asked for.
    pub fn indicators(&self) -> &[Indicator] {
        self.indicators
            .get_or_init(|| crate::extract::indicators::extract(&self.report))
    }
}

/// The files to read: files named as they are; folders walked recursively, in name order,
/// passing over hidden entries and obvious non-reports (each with a note).
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Skipped>, Vec<Failure>) {
    let (mut files, mut skipped, mut failures) = (Vec::new(), Vec::new(), Vec::new());
    for path in paths {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk(path, &mut files, &mut skipped, &mut failures),
            Ok(_) => files.push(path.clone()),
            Err(e) => failures.push(Failure::new(crate::Error::Io {
                path: path.display().to_string(),
                source: e,
            })),
        }
    }
    (files, skipped, failures)
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    skipped: &mut Vec<Skipped>,
    failures: &mut Vec<Failure>,
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            failures.push(Failure::new(crate::Error::Io {
                path: dir.display().to_string(),
                source: e,
            }));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        // Symbolic links to folders are not followed (no loops); links to files are read.
        let Ok(kind) = std::fs::symlink_metadata(&path).map(|m| m.file_type()) else {
            continue;
        };
        if kind.is_dir() {
            walk(&path, files, skipped, failures);
        } else if kind.is_symlink() && path.is_dir() {
            skipped.push(Skipped {
                path: path.display().to_string(),
                reason: "a link to a folder (not followed)".into(),
                kind: SkipKind::LinkToFolder,
            });
        } else if let Some((reason, kind)) = not_a_report(&name) {
            skipped.push(Skipped {
                path: path.display().to_string(),
                reason,
                kind,
            });
        } else {
            files.push(path);
        }
    }
}

/// Why a file met in a folder is plainly not a report, from its name.
fn not_a_report(name: &str) -> Option<(String, SkipKind)> {
    let lower = name.to_lowercase();
    let stem = lower.split('.').next().unwrap_or("");
    if NOT_REPORT_NAMES.contains(&stem) {
        let reason = format!("a folder's own notes ({name}), not a report");
        return Some((reason, SkipKind::OwnNotes));
    }
    let ext = lower.rsplit_once('.').map(|(_, e)| e)?;
    NOT_REPORT_EXTENSIONS.contains(&ext).then(|| {
        let reason = format!("a .{ext} file, not a report");
        (reason, SkipKind::Extension { ext: ext.into() })
    })
}

/// Reads one report (within `limits`); its indicators are extracted when first asked for
/// ([`Loaded::indicators`]).
pub fn load(path: &Path, limits: &crate::Limits) -> Result<Loaded, crate::Error> {
    crate::read_report_with(path, limits).map(Loaded::new)
}

/// Reads every file in parallel (on the current rayon pool), in the order given; `done` is
/// called once per file finished.
pub fn load_all(
    files: &[PathBuf],
    limits: &crate::Limits,
    done: &(dyn Fn() + Sync),
) -> (Vec<Loaded>, Vec<Failure>) {
    let results: Vec<Result<Loaded, Failure>> = files
        .par_iter()
        .map(|path| {
            let result = load(path, limits).map_err(Failure::new);
            done();
            result
        })
        .collect();
    let (mut loaded, mut failures) = (Vec::new(), Vec::new());
    for r in results {
        match r {
            Ok(l) => loaded.push(l),
            Err(f) => failures.push(f),
        }
    }
    (loaded, failures)
}

/// The library's one-line error without the path it starts with (the path has its column).
fn reason_of(e: &crate::Error) -> String {
    let line = e.to_string();
    let path = e.path();
    line.strip_prefix(path)
        .and_then(|rest| rest.strip_prefix(": "))
        .unwrap_or(&line)
        .to_string()
}

/// Whether a file that was read holds a report at all (a data table or a note does not):
/// a report looks back on a year or plans one, so it has a review or a plan part. (A title,
/// a government or a year alone is not enough: a table of indicators names them too.)
fn looks_like_a_report(report: &Report) -> bool {
    use crate::model::Role;
    report.has_role(Role::Review) || report.has_role(Role::Plan)
}

/// Everything at once, without progress: the files and folders in `paths` read, grouped,
/// compared and laid out as a panel (on the current rayon pool).
pub fn track(paths: &[PathBuf]) -> Panel {
    let (files, skipped, mut failures) = collect_files(paths);
    let (loaded, read_failures) = load_all(&files, &crate::Limits::default(), &|| ());
    failures.extend(read_failures);
    build(loaded, skipped, failures, &|| ())
}

/// A government's name as the panel groups it: `易县人民政府` and `易县` are one government.
pub fn canonical_government(name: &str) -> String {
    let name = name.trim();
    for suffix in ["人民政府", "政府"] {
        if let Some(rest) = name.strip_suffix(suffix)
            && rest.chars().count() >= 2
        {
            return rest.to_string();
        }
    }
    name.to_string()
}

/// The year a report sets targets for.
pub fn planned_year(report: &Report) -> Option<u16> {
    report.meta.planned_year.or(report.meta.year)
}

/// A report of a group: the year it plans and its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRef {
    pub year: u16,
    pub path: String,
    pub delivered_on: Option<String>,
    pub truncated: bool,
    pub warnings: usize,
}

/// A report left out of every group because its government or year is unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unplaced {
    pub path: String,
    pub government: Option<String>,
    pub year: Option<u16>,
    pub reason: String,
}

/// Two or more copies of one government's report for one year, and the one used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicate {
    pub government: String,
    pub year: u16,
    pub used: String,
    pub set_aside: Vec<String>,
    /// Why this copy: the first of the rule's criteria that told them apart.
    pub reason: String,
}

/// What a reader must know about the grouping, as data (the renderer words it, in the
/// chosen language).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TrackWarning {
    /// A report whose government or year is unknown, left out of every group.
    Unplaced {
        path: String,
        government_known: bool,
        year_known: bool,
    },
    /// Two or more copies of a government's year; the one used and why.
    Copies {
        government: String,
        year: u16,
        used: String,
        set_aside: Vec<String>,
        choice: CopyChoice,
    },
    /// Years missing between two reports of a chain: the pair is not compared.
    Gap {
        government: String,
        from: u16,
        to: u16,
        missing: Vec<u16>,
    },
    /// A consecutive pair that may not belong together (see `compare`).
    Pairing {
        government: String,
        from: u16,
        to: u16,
        warning: PairWarning,
    },
}

/// The first of the copy rule's criteria that told two copies apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum CopyChoice {
    FewerWarnings { used: usize, other: usize },
    MoreText { used: usize, other: usize },
    NameOrder,
}

impl CopyChoice {
    /// In English, for the JSON's `reason` and the library's callers.
    pub fn describe(self) -> String {
        match self {
            CopyChoice::FewerWarnings { used, other } => {
                format!("{used} reading warnings against {other}")
            }
            CopyChoice::MoreText { used, other } => {
                format!("{used} characters of text against {other}")
            }
            CopyChoice::NameOrder => "same warnings and length, so the first in name order".into(),
        }
    }
}

impl std::fmt::Display for TrackWarning {
    /// The English wording (the renderers use `render::lang` for other languages).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TrackWarning::Unplaced {
                path,
                government_known,
                year_known,
            } => {
                let reason = match (government_known, year_known) {
                    (false, false) => "government and year unknown",
                    (false, true) => "government unknown",
                    _ => "year unknown",
                };
                write!(
                    f,
                    "{path}: {reason}; left out of every group (see `govdiff outline`)"
                )
            }
            TrackWarning::Copies {
                government,
                year,
                used,
                set_aside,
                choice,
            } => write!(
                f,
                "{government} {year}: {} copies ({used}, {}); using {used} (rule: fewer reading warnings, then more text, then the first path in name order; here: {})",
                set_aside.len() + 1,
                set_aside.join(", "),
                choice.describe()
            ),
            TrackWarning::Gap {
                government,
                from,
                to,
                missing,
            } => {
                let missing: Vec<String> = missing.iter().map(u16::to_string).collect();
                write!(
                    f,
                    "{government}: no report for {}: {from} and {to} are not compared; {from}'s targets stay unreported",
                    missing.join(", ")
                )
            }
            TrackWarning::Pairing {
                government,
                from,
                to,
                warning,
            } => write!(f, "{government} {from}→{to}: {}", warning.message()),
        }
    }
}

/// Counts of outcomes over a set of targets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub targets: usize,
    pub met: usize,
    pub missed: usize,
    pub unreported: usize,
    pub unclear: usize,
}

impl Tally {
    pub fn of<'a>(rows: impl IntoIterator<Item = &'a PanelRow>) -> Tally {
        let mut t = Tally::default();
        for r in rows {
            t.targets += 1;
            match r.outcome {
                Some(Outcome::Met) => t.met += 1,
                Some(Outcome::Missed) => t.missed += 1,
                Some(Outcome::Unreported) => t.unreported += 1,
                Some(Outcome::Unclear) => t.unclear += 1,
                None => {}
            }
        }
        t
    }

    /// Targets judged met or missed.
    pub fn judged(&self) -> usize {
        self.met + self.missed
    }

    /// Share of judged targets met, 0 to 1; `None` when none was judged.
    pub fn hit_rate(&self) -> Option<f64> {
        (self.judged() > 0).then(|| self.met as f64 / self.judged() as f64)
    }
}

/// One indicator followed over the years: the rows of a government that share a `series`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MainIndicator {
    pub series: String,
    /// The indicator's name as most years write it.
    pub indicator: String,
    pub measure: Measure,
    pub unit: Option<String>,
    /// Years with a target.
    pub years: Vec<u16>,
    pub tally: Tally,
}

/// One government's reports over the years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Government {
    pub government: String,
    pub reports: Vec<ReportRef>,
    /// Years between the first and the last report that no report covers.
    pub gaps: Vec<u16>,
    /// Consecutive pairs compared.
    pub pairs: usize,
    pub tally: Tally,
    /// The indicators followed in the views, most years first.
    pub main: Vec<MainIndicator>,
    /// Where its rows stand in [`Panel::rows`] (they are contiguous).
    pub rows: std::ops::Range<usize>,
}

/// One target of one government for one year: what was set, what the next year's review
/// reported, the verdict, and the next year's target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PanelRow {
    pub government: String,
    /// The year the target is for.
    pub year: u16,
    /// The canonical indicator (`gdp`, `cpi`, …) when the vocabulary knows it; empty otherwise.
    pub indicator_id: String,
    /// The indicator's English name from the vocabulary (`GDP growth`); empty without an id.
    pub indicator_en: String,
    pub indicator: String,
    pub measure: Measure,
    pub unit: Option<String>,
    pub target: Slot,
    pub actual: Option<Slot>,
    pub outcome: Option<Outcome>,
    pub next_target: Option<Slot>,
    pub change: Option<Change>,
    /// The year before's actual, from the target report's own review.
    pub prior_actual: Option<Slot>,
    pub actual_change: Option<f64>,
    /// The row's numbers in one unit, the margin and the better direction (as in `compare`).
    pub figures: Figures,
    /// Why the verdict is what it is, as data.
    pub reason: Option<Reason>,
    /// Links the rows of one indicator across years within a government: the indicator id
    /// when there is one, else the name the linked targets share.
    pub series: String,
    /// The report that sets the target.
    pub target_file: String,
    /// The next year's report, that judges it (empty when there is none).
    pub next_file: String,
    pub note: Option<String>,
}

/// Everything `govdiff track` knows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Panel {
    pub governments: Vec<Government>,
    /// Ordered by government, year, then the target's place in its report.
    pub rows: Vec<PanelRow>,
    pub unplaced: Vec<Unplaced>,
    pub duplicates: Vec<Duplicate>,
    pub skipped: Vec<Skipped>,
    pub failures: Vec<Failure>,
    /// Everything a reader must know about the grouping: copies set aside, gaps, unplaced
    /// reports, pairing problems.
    pub warnings: Vec<TrackWarning>,
}

impl Panel {
    /// The rows of a government of this panel.
    pub fn rows_for(&self, government: &Government) -> &[PanelRow] {
        self.rows.get(government.rows.clone()).unwrap_or_default()
    }

    /// The rows of the government named `name` (none when there is no such government).
    pub fn rows_of(&self, name: &str) -> &[PanelRow] {
        self.governments
            .iter()
            .find(|g| g.government == name)
            .map_or(&[], |g| self.rows_for(g))
    }
}

/// Groups the reports, compares every consecutive pair (in parallel, `done` called once per
/// pair) and lays out the panel. `skipped` and `failures` from reading are carried into it.
pub fn build(
    loaded: Vec<Loaded>,
    skipped: Vec<Skipped>,
    failures: Vec<Failure>,
    done: &(dyn Fn() + Sync),
) -> Panel {
    let mut warnings = Vec::new();
    let mut skipped = skipped;
    let (groups, unplaced) = group_reports(loaded, &mut skipped, &mut warnings);
    let (chains, duplicates) = chain_years(groups, &mut warnings);
    let jobs = pair_jobs(&chains, &mut warnings);
    // The indicators of every report compared, each extracted once (in parallel) before the
    // pairs that share it ask for them, and keyed for judging once, at the level of its own
    // government (see `judge::Keyed`), for both pairs it is in (as OLD, then as NEW).
    let compared: Vec<&Loaded> = chains.iter().flat_map(|(_, chain)| chain).collect();
    let keyed: Vec<Keyed> = compared
        .par_iter()
        .map(|l| Keyed::new(l.indicators(), judge::report_level(&l.report)))
        .collect();
    // Where each chain's reports start in `keyed`.
    let starts: Vec<usize> = chains
        .iter()
        .scan(0, |at, (_, chain)| {
            let start = *at;
            *at += chain.len();
            Some(start)
        })
        .collect();
    let mut rows: Vec<PanelRow> = jobs
        .par_iter()
        .map(|&(c, k, next)| {
            let (government, chain) = &chains[c];
            let rows = pair_rows(
                government,
                (&chain[k], &keyed[starts[c] + k]),
                next.map(|n| (&chain[n], &keyed[starts[c] + n])),
            );
            if next.is_some() {
                done();
            }
            rows
        })
        .flatten()
        .collect();
    pairing_warnings(&chains, &mut warnings);
    one_row_per_id(&mut rows);
    link_series(&mut rows);

    // Rows come out grouped by government, in the order of the chains.
    let mut start = 0;
    let governments = chains
        .iter()
        .map(|(government, chain)| {
            let len = rows[start..]
                .iter()
                .take_while(|r| &r.government == government)
                .count();
            let range = start..start + len;
            start += len;
            summarize(government, chain, &rows, range)
        })
        .collect();
    Panel {
        governments,
        rows,
        unplaced,
        duplicates,
        skipped,
        failures,
        warnings,
    }
}

/// The reports of each government by planned year, every copy of a year kept.
type Groups = BTreeMap<String, BTreeMap<u16, Vec<Loaded>>>;

/// Groups the reports by government and planned year. A file with no report in it is
/// skipped; one whose government or year is unknown is set aside as unplaced, with a warning.
fn group_reports(
    loaded: Vec<Loaded>,
    skipped: &mut Vec<Skipped>,
    warnings: &mut Vec<TrackWarning>,
) -> (Groups, Vec<Unplaced>) {
    let mut groups = Groups::new();
    let mut unplaced = Vec::new();
    for l in loaded {
        if !looks_like_a_report(&l.report) {
            skipped.push(Skipped {
                path: l.report.source.path.clone(),
                reason: "read, but no report in it: no review or plan part".into(),
                kind: SkipKind::NoReport,
            });
            continue;
        }
        let government = l
            .report
            .meta
            .government
            .as_deref()
            .map(canonical_government);
        let year = planned_year(&l.report);
        match (government, year) {
            (Some(g), Some(y)) => groups.entry(g).or_default().entry(y).or_default().push(l),
            (government, year) => {
                let reason = match (&government, year) {
                    (None, None) => "government and year unknown",
                    (None, _) => "government unknown",
                    _ => "year unknown",
                };
                warnings.push(TrackWarning::Unplaced {
                    path: l.report.source.path.clone(),
                    government_known: government.is_some(),
                    year_known: year.is_some(),
                });
                unplaced.push(Unplaced {
                    path: l.report.source.path.clone(),
                    government,
                    year,
                    reason: reason.into(),
                });
            }
        }
    }
    (groups, unplaced)
}

/// One chain of reports per government, one copy a year, in year order.
type Chains = Vec<(String, Vec<Loaded>)>;

/// Keeps one copy a year for each government's chain; the others are set aside, with a
/// warning saying which was used and why.
fn chain_years(groups: Groups, warnings: &mut Vec<TrackWarning>) -> (Chains, Vec<Duplicate>) {
    let mut duplicates = Vec::new();
    let mut chains = Chains::new();
    for (government, years) in groups {
        let mut chain = Vec::new();
        for (year, copies) in years {
            let (used, dup) = choose_copy(&government, year, copies);
            if let Some((d, choice)) = dup {
                warnings.push(TrackWarning::Copies {
                    government: government.clone(),
                    year,
                    used: d.used.clone(),
                    set_aside: d.set_aside.clone(),
                    choice,
                });
                duplicates.push(d);
            }
            chain.push(used);
        }
        chains.push((government, chain));
    }
    (chains, duplicates)
}

/// The work: every report of every chain as (chain, index, index of the next year's report
/// when the next in the chain is that year). A chain's last report, or one before a gap,
/// is compared with nothing; a gap gets a warning naming the missing years.
fn pair_jobs(
    chains: &Chains,
    warnings: &mut Vec<TrackWarning>,
) -> Vec<(usize, usize, Option<usize>)> {
    let mut jobs = Vec::new();
    for (c, (government, chain)) in chains.iter().enumerate() {
        for k in 0..chain.len() {
            let year = planned_year(&chain[k].report).unwrap_or_default();
            let next = chain
                .get(k + 1)
                .filter(|n| planned_year(&n.report) == Some(year + 1))
                .map(|_| k + 1);
            if next.is_none()
                && let Some(n) = chain.get(k + 1)
            {
                let later = planned_year(&n.report).unwrap_or_default();
                warnings.push(TrackWarning::Gap {
                    government: government.clone(),
                    from: year,
                    to: later,
                    missing: (year + 1..later).collect(),
                });
            }
            jobs.push((c, k, next));
        }
    }
    jobs
}

/// The warnings about each consecutive pair itself (`compare::pair_warnings`), in chain order.
fn pairing_warnings(chains: &Chains, warnings: &mut Vec<TrackWarning>) {
    for (government, chain) in chains {
        for pair in chain.windows(2) {
            let (a, b) = (planned_year(&pair[0].report), planned_year(&pair[1].report));
            if a.zip(b).is_some_and(|(a, b)| b == a + 1) {
                for warning in crate::compare::pair_warnings(&pair[0].report, &pair[1].report) {
                    warnings.push(TrackWarning::Pairing {
                        government: government.clone(),
                        from: a.unwrap_or(0),
                        to: b.unwrap_or(0),
                        warning,
                    });
                }
            }
        }
    }
}

/// Picks one copy of a government's report for a year: fewer reading warnings, then more
/// text, then the first path in name order.
fn choose_copy(
    government: &str,
    year: u16,
    mut copies: Vec<Loaded>,
) -> (Loaded, Option<(Duplicate, CopyChoice)>) {
    let key = |l: &Loaded| {
        let chars: usize = l.report.parts.iter().map(|p| p.total_chars()).sum();
        (
            l.report.warnings().count(),
            std::cmp::Reverse(chars),
            l.report.source.path.clone(),
        )
    };
    copies.sort_by_key(key);
    let mut copies = copies.into_iter();
    let Some(used) = copies.next() else {
        unreachable!("a group holds at least one report");
    };
    let rest: Vec<Loaded> = copies.collect();
    if rest.is_empty() {
        return (used, None);
    }
    let (uw, uc, _) = key(&used);
    let (rw, rc, _) = key(&rest[0]);
    let choice = if uw != rw {
        CopyChoice::FewerWarnings {
            used: uw,
            other: rw,
        }
    } else if uc != rc {
        CopyChoice::MoreText {
            used: uc.0,
            other: rc.0,
        }
    } else {
        CopyChoice::NameOrder
    };
    let dup = Duplicate {
        government: government.to_string(),
        year,
        used: used.report.source.path.clone(),
        set_aside: rest.iter().map(|l| l.report.source.path.clone()).collect(),
        reason: choice.describe(),
    };
    (used, Some((dup, choice)))
}

/// A report's figures keyed at level `own` when the keys made beforehand (`keyed`) are at
/// another level; `None` when they will do.
fn at_level<'a>(l: &'a Loaded, keyed: &Keyed, own: Option<&'static str>) -> Option<Keyed<'a>> {
    (keyed.own != own).then(|| Keyed::new(l.indicators(), own))
}

/// The panel rows of the targets `old` sets: judged by `new` when it is the next year's
/// report, else left unreported.
/// `old` and `new` come with their figures keyed at their own government's level, which is
/// the pair's but when the two reports name their government differently.
fn pair_rows(
    government: &str,
    (old, old_keyed): (&Loaded, &Keyed),
    new: Option<(&Loaded, &Keyed)>,
) -> Vec<PanelRow> {
    let year = planned_year(&old.report).unwrap_or_default();
    let judged = match new {
        Some((new, new_keyed)) => {
            let own = judge::pair_level(&old.report, &new.report);
            let (o, n) = (at_level(old, old_keyed, own), at_level(new, new_keyed, own));
            crate::compare::judge_pair_keyed(
                &old.report,
                &new.report,
                new.indicators(),
                o.as_ref().unwrap_or(old_keyed),
                n.as_ref().unwrap_or(new_keyed),
            )
        }
        // The report's targets alone: judged against nothing, so no actual and no change.
        None => {
            let own = judge::pair_level(&old.report, &old.report);
            let o = at_level(old, old_keyed, own);
            let mut rows = judge::judge_keyed(
                &old.report,
                &old.report,
                o.as_ref().unwrap_or(old_keyed),
                &Keyed::new(&[], own),
            );
            crate::compare::figures::fill(&mut rows, Default::default());
            rows
        }
    };
    let mut rows: Vec<PanelRow> = judged
        .into_iter()
        .filter_map(|row| panel_row(government, year, row, old, new.map(|(n, _)| n)))
        .collect();
    rows.sort_by_key(|r| r.target.line);
    rows
}

fn panel_row(
    government: &str,
    year: u16,
    row: IndicatorRow,
    old: &Loaded,
    new: Option<&Loaded>,
) -> Option<PanelRow> {
    let target = row.target?;
    let (outcome, change, note, reason) = match new {
        Some(_) => (row.outcome, row.change, row.note, row.reason),
        None => (
            Some(Outcome::Unreported),
            None,
            Some(format!(
                "no report for {} among the inputs: the outcome is not known",
                year + 1
            )),
            None,
        ),
    };
    Some(PanelRow {
        government: government.to_string(),
        year,
        indicator_id: row.indicator_id.unwrap_or_default(),
        indicator_en: row.indicator_en.unwrap_or_default(),
        indicator: row.indicator,
        measure: row.measure,
        unit: row.unit,
        target,
        actual: row.actual,
        outcome,
        next_target: row.next_target,
        change,
        prior_actual: row.prior_actual,
        actual_change: row.actual_change,
        figures: row.figures,
        reason,
        series: String::new(),
        target_file: old.report.source.path.clone(),
        next_file: new.map_or(String::new(), |n| n.report.source.path.clone()),
        note,
    })
}

/// Keeps one row per government, year and indicator id: the target stated first (the main
/// targets paragraph comes before the tasks that restate it); later ones lose the id.
fn one_row_per_id(rows: &mut [PanelRow]) {
    let mut first: HashMap<(String, u16, String), usize> = HashMap::new();
    for k in 0..rows.len() {
        if rows[k].indicator_id.is_empty() {
            continue;
        }
        let key = (
            rows[k].government.clone(),
            rows[k].year,
            rows[k].indicator_id.clone(),
        );
        match first.get(&key) {
            None => {
                first.insert(key, k);
            }
            Some(&f) => {
                let line = rows[f].target.line;
                let r = &mut rows[k];
                r.note = Some(format!(
                    "{} also stated at line {line}, which the panel uses",
                    r.indicator_id
                ));
                r.indicator_id.clear();
            }
        }
    }
}

/// Names the series of every row: its indicator id, else the component of rows linked by
/// the verdicts (a target and the next year's target it was matched with) and by a shared
/// subject and measure, named after the name most of its rows use.
fn link_series(rows: &mut [PanelRow]) {
    let n = rows.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut k: usize) -> usize {
        while parent[k] != k {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        k
    }
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    // Where each target stands: (file, line, written) → row.
    let mut at: HashMap<(&str, usize, &str), usize> = HashMap::new();
    let mut by_subject: HashMap<(&str, String, Measure), usize> = HashMap::new();
    let mut links = Vec::new();
    for (k, r) in rows.iter().enumerate() {
        if !r.indicator_id.is_empty() {
            continue;
        }
        at.insert(
            (
                r.target_file.as_str(),
                r.target.line,
                r.target.written.as_str(),
            ),
            k,
        );
        let key = (r.government.as_str(), subject_key(&r.indicator), r.measure);
        match by_subject.get(&key) {
            Some(&first) => links.push((first, k)),
            None => {
                by_subject.insert(key, k);
            }
        }
    }
    for (k, r) in rows.iter().enumerate() {
        if let Some(next) = &r.next_target
            && let Some(&j) = at.get(&(r.next_file.as_str(), next.line, next.written.as_str()))
            && rows[j].indicator_id.is_empty()
            && r.indicator_id.is_empty()
        {
            links.push((k, j));
        }
    }
    for (a, b) in links {
        union(&mut parent, a, b);
    }
    let roots: Vec<usize> = (0..n).map(|k| find(&mut parent, k)).collect();
    // Per component: each name's count and first row.
    let mut names: HashMap<usize, HashMap<&str, (usize, usize)>> = HashMap::new();
    for (k, r) in rows.iter().enumerate() {
        if r.indicator_id.is_empty() {
            let entry = names
                .entry(roots[k])
                .or_default()
                .entry(r.indicator.as_str())
                .or_insert((0, k));
            entry.0 += 1;
        }
    }
    // The most used name, the first in row order on a tie; a name two components share gets
    // the measure, then a number, so that a series names one component.
    let mut label_of: HashMap<usize, String> = HashMap::new();
    let mut taken: std::collections::HashSet<(String, String)> = Default::default();
    for (k, r) in rows.iter().enumerate() {
        if !r.indicator_id.is_empty() || label_of.contains_key(&roots[k]) {
            continue;
        }
        let best = names[&roots[k]]
            .iter()
            .max_by_key(|(_, (count, first))| (*count, std::cmp::Reverse(*first)))
            .map_or(r.indicator.as_str(), |(name, _)| name);
        let mut label = best.to_string();
        let mut extra = 1;
        while taken.contains(&(r.government.clone(), label.clone())) {
            extra += 1;
            label = if extra == 2 {
                format!("{best} ({})", r.measure.as_str())
            } else {
                format!("{best} ({}) #{extra}", r.measure.as_str())
            };
        }
        taken.insert((r.government.clone(), label.clone()));
        label_of.insert(roots[k], label);
    }
    for (k, r) in rows.iter_mut().enumerate() {
        r.series = if r.indicator_id.is_empty() {
            label_of[&roots[k]].clone()
        } else {
            r.indicator_id.clone()
        };
    }
}

/// Most main indicators a view shows per government.
pub const MAIN_INDICATORS: usize = 8;

/// A government's reports, gaps, tally and main indicators.
fn summarize(
    government: &str,
    chain: &[Loaded],
    rows: &[PanelRow],
    range: std::ops::Range<usize>,
) -> Government {
    let reports: Vec<ReportRef> = chain
        .iter()
        .map(|l| ReportRef {
            year: planned_year(&l.report).unwrap_or_default(),
            path: l.report.source.path.clone(),
            delivered_on: l.report.meta.delivered_on.clone(),
            truncated: l.report.truncated,
            warnings: l.report.warnings().count(),
        })
        .collect();
    let gaps: Vec<u16> = reports
        .windows(2)
        .flat_map(|w| w[0].year + 1..w[1].year)
        .collect();
    let pairs = reports
        .windows(2)
        .filter(|w| w[1].year == w[0].year + 1)
        .count();
    let own: Vec<&PanelRow> = rows[range.clone()].iter().collect();
    Government {
        government: government.to_string(),
        tally: Tally::of(own.iter().copied()),
        main: main_indicators(&own, reports.len()),
        reports,
        gaps,
        pairs,
        rows: range,
    }
}

/// The indicators worth a view: every series with an indicator id, else the series with a
/// target in at least half of the years (two at least), most years first, then the one
/// that stands earlier in its reports (the main targets paragraph leads the plan).
fn main_indicators(rows: &[&PanelRow], reports: usize) -> Vec<MainIndicator> {
    let mut by_series: BTreeMap<&str, Vec<&PanelRow>> = BTreeMap::new();
    for r in rows {
        by_series.entry(r.series.as_str()).or_default().push(r);
    }
    let with_ids = rows.iter().any(|r| !r.indicator_id.is_empty());
    let least = reports.div_ceil(2).max(2);
    let mut main: Vec<(usize, f64, MainIndicator)> = by_series
        .into_iter()
        .filter_map(|(series, mut rows)| {
            // One row a year, the first stated (the one the views show).
            rows.dedup_by_key(|r| r.year);
            let years: Vec<u16> = rows.iter().map(|r| r.year).collect();
            let has_id = !rows[0].indicator_id.is_empty();
            let wanted = if with_ids {
                has_id
            } else {
                years.len() >= least
            };
            if !wanted {
                return None;
            }
            let mean_line =
                rows.iter().map(|r| r.target.line as f64).sum::<f64>() / rows.len() as f64;
            let mut names: BTreeMap<&str, usize> = BTreeMap::new();
            for r in &rows {
                *names.entry(r.indicator.as_str()).or_default() += 1;
            }
            let indicator = names
                .iter()
                .max_by_key(|(_, n)| **n)
                .map_or(String::new(), |(name, _)| name.to_string());
            let last = rows[rows.len() - 1];
            Some((
                years.len(),
                mean_line,
                MainIndicator {
                    series: series.to_string(),
                    indicator,
                    measure: last.measure,
                    unit: last.unit.clone(),
                    tally: Tally::of(rows.iter().copied()),
                    years,
                },
            ))
        })
        .collect();
    main.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.total_cmp(&b.1)));
    main.into_iter()
        .take(MAIN_INDICATORS)
        .map(|(_, _, m)| m)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn government_names_fold_their_office() {
        assert_eq!(canonical_government("易县人民政府"), "易县");
        assert_eq!(canonical_government("金华市人民政府"), "金华市");
        assert_eq!(canonical_government("国务院"), "国务院");
        // Too short to be a name without the suffix: kept.
        assert_eq!(canonical_government("县政府"), "县政府");
    }

    #[test]
    fn folder_notes_and_non_reports_are_named() {
        assert!(not_a_report("SOURCES.md").is_some());
        assert!(not_a_report("README").is_some());
        assert!(not_a_report("readme.txt").is_some());
        assert!(not_a_report("chart.png").is_some());
        assert_eq!(not_a_report("national_2022.txt"), None);
        assert_eq!(not_a_report("hebei_2026.csv"), None);
        assert_eq!(not_a_report("jinhua_2024.docx"), None);
        assert_eq!(not_a_report("report"), None);
    }

    #[test]
    fn tally_counts_and_rates() {
        let t = Tally {
            targets: 5,
            met: 3,
            missed: 1,
            unreported: 1,
            unclear: 0,
        };
        assert_eq!(t.judged(), 4);
        assert_eq!(t.hit_rate(), Some(0.75));
        assert_eq!(Tally::default().hit_rate(), None);
    }
}
