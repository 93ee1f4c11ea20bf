//! The plain data that flows between stages. Every type derives `serde`, so JSON output and
//! tests read the same values the pipeline computed.

use serde::{Deserialize, Serialize};

/// One report, read and parsed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub source: SourceInfo,
    pub meta: Metadata,
    /// The outline (`提纲`/`目录`) block, when the copy carries one.
    pub outline: Option<Outline>,
    /// Paragraphs between the title and the first part (`各位代表:`, `现在,我代表…`).
    pub preamble: Vec<Paragraph>,
    /// Top-level parts (`一、` …), each a tree of sections.
    pub parts: Vec<Section>,
    /// The closing call after the last part (`各位代表!…让我们…`).
    pub closing: Vec<Paragraph>,
    /// True when the body ends mid-sentence or before headings its outline promises.
    pub truncated: bool,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where the text came from and how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    pub path: String,
    pub encoding: String,
    pub bytes: usize,
    pub lines: usize,
    /// Set when the report was taken out of a container (a CSV export's field, ...).
    pub container: Option<String>,
    /// First and last line of the report itself, boilerplate excluded.
    pub body_lines: Option<(usize, usize)>,
    /// The decoded lines as found, for evidence; line `n` is `original_lines[n - 1]`.
    #[serde(skip)]
    pub original_lines: Vec<String>,
}

impl SourceInfo {
    /// The line as it stands in the file (decoded, not normalised).
    pub fn original_line(&self, no: usize) -> Option<&str> {
        no.checked_sub(1)
            .and_then(|i| self.original_lines.get(i))
            .map(String::as_str)
    }
}

/// What the title lines, the delivery line and the headings say about the report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub title: Option<String>,
    /// The government that delivers it: `武义县`, `浙江省`, `国务院`.
    pub government: Option<String>,
    /// The year it is delivered in.
    pub year: Option<u16>,
    /// The year its review part looks back on (normally `year - 1`).
    pub reviewed_year: Option<u16>,
    /// The year its plan part sets targets for (normally `year`).
    pub planned_year: Option<u16>,
    /// Delivery date, ISO `YYYY-MM-DD`.
    pub delivered_on: Option<String>,
    /// The session it is delivered to: `浙江省第十四届人民代表大会第四次会议`.
    pub congress: Option<String>,
    pub speaker: Option<String>,
    /// Which of the fields above were inferred rather than read (e.g. `year`).
    pub inferred: Vec<String>,
}

/// The function of a part of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Looks back: states actuals.
    Review,
    /// Looks ahead: states targets and commitments.
    Plan,
    /// The government's own conduct (`政府自身建设`).
    Governance,
    Other,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Review => "review",
            Role::Plan => "plan",
            Role::Governance => "governance",
            Role::Other => "other",
        }
    }
}

/// The span a part is about: one year, or a five-year plan period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    Annual,
    FiveYear,
}

/// The kinds of heading numbering, highest level first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerKind {
    /// `一、`
    Part,
    /// `第一部分`
    PartWord,
    /// `(一)`, `（一）`
    Group,
    /// `1.`, `1、`, `1．`
    Task,
    /// `(1)`, `（1）`
    Item,
    /// `①`
    Circled,
}

impl MarkerKind {
    /// Depth in the tree: parts are 1.
    pub fn level(self) -> u8 {
        match self {
            MarkerKind::Part | MarkerKind::PartWord => 1,
            MarkerKind::Group => 2,
            MarkerKind::Task => 3,
            MarkerKind::Item => 4,
            MarkerKind::Circled => 5,
        }
    }
}

/// A heading's number as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    pub kind: MarkerKind,
    pub number: u32,
    /// The marker as it stands in the normalised text: `一、`, `(三)`, `12.`.
    pub text: String,
}

impl Marker {
    /// The marker's part in a section path: `二`, `(一)`, `3`, `(2)`, `①`.
    pub fn path_label(&self) -> String {
        use crate::text::numerals::to_cn_number;
        match self.kind {
            MarkerKind::Part | MarkerKind::PartWord => to_cn_number(self.number),
            MarkerKind::Group => format!("({})", to_cn_number(self.number)),
            MarkerKind::Task => self.number.to_string(),
            MarkerKind::Item => format!("({})", self.number),
            MarkerKind::Circled => char::from_u32(0x2460 + self.number.saturating_sub(1))
                .map(String::from)
                .unwrap_or_else(|| self.number.to_string()),
        }
    }
}

/// A numbered section and everything under it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Stable address: `二.(一).3`.
    pub path: String,
    pub level: u8,
    pub marker: Marker,
    /// The heading without its marker: for an inline heading, the head of the first sentence.
    pub title: String,
    /// True when the heading opens a paragraph rather than standing on its own line.
    pub inline: bool,
    pub role: Role,
    pub horizon: Horizon,
    /// The years the section is about, when its title or its part names them.
    pub years: Option<(u16, u16)>,
    pub line: usize,
    pub paragraphs: Vec<Paragraph>,
    pub children: Vec<Section>,
}

impl Section {
    /// This section and all below it, depth first.
    pub fn walk(&self) -> Vec<&Section> {
        let mut out = vec![self];
        for child in &self.children {
            out.extend(child.walk());
        }
        out
    }

    /// Characters of this section's own paragraphs.
    pub fn own_chars(&self) -> usize {
        self.paragraphs.iter().map(|p| p.text.chars().count()).sum()
    }

    /// Paragraphs in this section and below.
    pub fn total_paragraphs(&self) -> usize {
        self.paragraphs.len()
            + self
                .children
                .iter()
                .map(Section::total_paragraphs)
                .sum::<usize>()
    }

    /// Characters of the titles and paragraphs in this section and below.
    pub fn total_chars(&self) -> usize {
        self.title.chars().count()
            + self.own_chars()
            + self
                .children
                .iter()
                .map(Section::total_chars)
                .sum::<usize>()
    }
}

/// A paragraph of body text, normalised, with the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub line: usize,
    pub text: String,
    /// The further lines of the input that the reader joined into this paragraph (a line a
    /// PDF copy wrapped, a head Wikisource set on a line of its own): for each, the byte
    /// offset in `text` where it starts and its line number. Empty for a paragraph of one
    /// line. Evidence points to the line a clause is on, not the paragraph's first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joined: Vec<(usize, usize)>,
}

impl Paragraph {
    /// The line of the input that holds byte `offset` of the paragraph's text.
    pub fn line_at(&self, offset: usize) -> usize {
        line_at(self.line, &self.joined, offset)
    }
}

/// The line holding byte `offset` of a text that starts on line `first` and has the further
/// lines `joined` (see [`Paragraph::joined`]).
///
/// `joined` is in the order of the text: a binary search, since a paragraph joined from
/// thousands of lines has thousands of clauses asking.
pub fn line_at(first: usize, joined: &[(usize, usize)], offset: usize) -> usize {
    match joined.partition_point(|(at, _)| *at <= offset) {
        0 => first,
        k => joined[k - 1].1,
    }
}

/// The outline block of a scraped copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outline {
    /// The line of the `提纲:` label, if there is one.
    pub label_line: Option<usize>,
    pub first_line: usize,
    pub last_line: usize,
    pub entries: Vec<OutlineEntry>,
}

impl Outline {
    pub fn unmatched(&self) -> impl Iterator<Item = &OutlineEntry> {
        self.entries.iter().filter(|e| e.section.is_none())
    }
}

/// One heading the outline promises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutlineEntry {
    pub line: usize,
    pub level: u8,
    pub path: String,
    pub title: String,
    /// Path of the body section it was matched to; `None` when the body lacks it.
    pub section: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something was done to the text that a reader may want to know (boilerplate dropped).
    Info,
    /// The text is unusual and the result may be incomplete or wrong there.
    Warning,
}

/// What a diagnostic is about; stable names for programs that filter them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosticKind {
    Encoding,
    Container,
    Boilerplate,
    PageArtifact,
    WrappedLines,
    Truncated,
    MissingFinalPunctuation,
    OutlineWithoutBody,
    NumberingGap,
    NumberingRepeat,
    StrayHeading,
    MissingPart,
    /// The text does not look like a government work report (no part headings, little
    /// Chinese, a body of a few lines): whatever is reported from it is doubtful. `--strict`
    /// makes it an error.
    NotAReport,
    Metadata,
    /// The report is in the copy twice; one copy was read.
    Duplicate,
    /// The copy starts inside the report: no title, date or address.
    HeadMissing,
}

/// A note about the input, with the line it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub kind: DiagnosticKind,
    pub line: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn warning(kind: DiagnosticKind, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            kind,
            line,
            message: message.into(),
        }
    }

    pub fn info(kind: DiagnosticKind, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Info,
            kind,
            line,
            message: message.into(),
        }
    }
}

impl Report {
    /// Every section, depth first, parts in order.
    pub fn sections(&self) -> Vec<&Section> {
        self.parts.iter().flat_map(Section::walk).collect()
    }

    pub fn section(&self, path: &str) -> Option<&Section> {
        self.sections().into_iter().find(|s| s.path == path)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }

    /// Why the text does not look like a report, when it does not (see
    /// [`DiagnosticKind::NotAReport`]).
    pub fn not_a_report(&self) -> Option<&Diagnostic> {
        self.diagnostics
            .iter()
            .find(|d| d.kind == DiagnosticKind::NotAReport)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.parts.iter().any(|p| p.role == role)
    }

    /// The paragraphs of a copy with neither a review nor a plan part (a digest, an excerpt,
    /// a news story on the report), in order: its opening, every section's, its closing; read
    /// by what each says of itself. `None` for a report with its parts.
    pub fn loose_paragraphs(&self) -> Option<impl Iterator<Item = &Paragraph>> {
        if self.has_role(Role::Review) || self.has_role(Role::Plan) {
            return None;
        }
        Some(
            self.preamble
                .iter()
                .chain(
                    self.sections()
                        .into_iter()
                        .flat_map(|s| s.paragraphs.iter()),
                )
                .chain(&self.closing),
        )
    }
}

/// What kind of quantity an indicator states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// An amount: `地区生产总值320.5亿元`.
    Level,
    /// A rise: `增长12%`, `提高0.21个百分点`.
    Growth,
    /// A fall, where bigger is better: `单位GDP能耗下降3%`.
    Decline,
    /// A share or rate: `占GDP比重达3.18%`, `参保率99%`.
    Share,
    /// A number of things: `新增就业10875人`, `培育国家高新技术企业73家`.
    Count,
    /// A place in a ranking: `增速列全市第一`.
    Rank,
    /// A comparison with GDP growth: `高于经济增长`, `与经济增长同步`.
    Relative,
    /// A ratio of several parts: `8.9∶57.0∶34.1`.
    Ratio,
}

impl Measure {
    pub fn as_str(self) -> &'static str {
        match self {
            Measure::Level => "level",
            Measure::Growth => "growth",
            Measure::Decline => "decline",
            Measure::Share => "share",
            Measure::Count => "count",
            Measure::Rank => "rank",
            Measure::Relative => "relative",
            Measure::Ratio => "ratio",
        }
    }
}

/// How a qualifier turns the number into a bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    Exact,
    /// `以上`, `突破`, `超过`, `不低于`, `达到`
    AtLeast,
    /// `左右`, `约`
    About,
    /// `以内`, `以下`, `控制在`, `不超过`
    AtMost,
    /// `6%—7%`
    Range,
}

impl Bound {
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::AtLeast => "at_least",
            Bound::About => "about",
            Bound::AtMost => "at_most",
            Bound::Range => "range",
        }
    }
}

/// Whether a figure is what happened or what is aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IndicatorRole {
    Actual,
    Target,
}

/// A relation to GDP growth, for [`Measure::Relative`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// `高于经济增长`, `快于经济增长`
    Above,
    /// `与经济增长同步`, `基本同步`
    InStep,
    /// `消费基金的增长应低于经济的增长`, `职工收入增长应低于劳动生产率的增长` (the State Council's
    /// macro-control targets of the 1990s): growth to stay below the benchmark's
    Below,
}

/// Something odd about a value that a reader should check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// A share or rate above 100 %.
    RateOver100,
    /// Values that ran together (`69.6%55.0%43.8%`) and were split.
    RunTogether,
    /// A list whose values could not be paired with its subjects.
    Unpaired,
    /// The unit was lost in the copy (`1050/月`).
    UnitLost,
}

/// One quantified statement of a report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// What is measured: `地区生产总值`, `国家高新技术企业`.
    pub subject: String,
    /// The canonical indicator the subject names (`data/indicators.toml`): `gdp`, `cpi`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator_id: Option<String>,
    pub measure: Measure,
    /// The number as written (a range's low end; a rank's place). `None` for a relative.
    pub value: Option<f64>,
    /// A range's high end.
    pub high: Option<f64>,
    /// The parts of a ratio.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<f64>,
    /// Unit as written, multiplier included: `亿元`, `%`, `个百分点`, `万亩`, `家`.
    pub unit: Option<String>,
    /// The value in the unit without its multiplier (`320.5亿元` → 3.205e10 `元`), so that
    /// figures written in different multipliers compare.
    pub base_value: Option<f64>,
    pub base_unit: Option<String>,
    pub bound: Bound,
    /// `力争`, `确保`, `争取`, `争创` when the text marks intent.
    pub intent: Option<String>,
    pub relation: Option<Relation>,
    pub role: IndicatorRole,
    /// The year the figure describes (actual) or aims at (target); the last year of a period.
    pub year: Option<u16>,
    /// True for a figure about a five-year period (`“十四五”时期`, `过去五年`, `年均`).
    pub five_year: bool,
    /// Path of the section it stands in (`二.(一).3`), or `preamble`.
    pub section: String,
    pub line: usize,
    /// The quantity as written, with its verb and qualifiers: `增长6.5%以上`.
    pub written: String,
    /// The clause it came from.
    pub clause: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<Flag>,
}

/// How a section of one year relates to the other year's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionStatus {
    /// Same place, same title.
    Matched,
    /// Same place, another title.
    Renamed,
    /// Under another parent than the old one's partner.
    Moved,
    New,
    Dropped,
}

impl SectionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SectionStatus::Matched => "matched",
            SectionStatus::Renamed => "renamed",
            SectionStatus::Moved => "moved",
            SectionStatus::New => "new",
            SectionStatus::Dropped => "dropped",
        }
    }
}

/// A section named in a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionRef {
    pub path: String,
    pub title: String,
    pub level: u8,
    pub line: usize,
    pub role: Role,
}

/// A paragraph named in a comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphRef {
    pub line: usize,
    pub text: String,
}

/// A pair of paragraphs (or one alone) and their diff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParagraphPair {
    pub old: Option<ParagraphRef>,
    pub new: Option<ParagraphRef>,
    /// Share of the text unchanged, 0 to 1 (only for a pair, and only once its diff is made:
    /// `Comparison::with_diffs`): the share `diff` shows unchanged (little for a pair
    /// shown rewritten: `compare::diff::paragraph_diff`).
    pub similarity: Option<f64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<crate::compare::diff::Segment>,
    /// The alignment score of a pair (`compare::align::paragraph_score`), kept for its diff
    /// (`compare::diff::paragraph_diff`); not written out.
    #[serde(skip)]
    pub score: Option<f64>,
}

/// Two aligned sections (or one without partner).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionPair {
    pub old: Option<SectionRef>,
    pub new: Option<SectionRef>,
    pub status: SectionStatus,
    /// True when a matched or moved section also changed its title.
    pub title_changed: bool,
    /// The alignment score (title and content), 0 to 1.
    pub score: Option<f64>,
    pub paragraphs: Vec<ParagraphPair>,
}

/// Whether last year's target was met, judged from this year's review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Met,
    Missed,
    /// The review is silent about it.
    Unreported,
    /// Reported, but not comparable (another unit or measure).
    Unclear,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::Missed => "missed",
            Outcome::Unreported => "unreported",
            Outcome::Unclear => "unclear",
        }
    }
}

/// How a target changed from last year's plan to this year's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Unchanged,
    /// The target number went up.
    Raised,
    /// The target number went down.
    Lowered,
    /// Same number, another qualifier or wording.
    Reworded,
    /// No counterpart in this year's plan.
    Dropped,
    /// Only in this year's plan.
    New,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Unchanged => "unchanged",
            Change::Raised => "raised",
            Change::Lowered => "lowered",
            Change::Reworded => "reworded",
            Change::Dropped => "dropped",
            Change::New => "new",
        }
    }
}

/// One of the four slots of an aligned indicator: the figure and where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    pub subject: String,
    pub measure: Measure,
    /// As written: `增长6.5%左右`.
    pub written: String,
    pub value: Option<f64>,
    pub high: Option<f64>,
    pub unit: Option<String>,
    pub base_value: Option<f64>,
    /// The unit without its multiplier (`元` for `亿元`), so that figures convert.
    #[serde(default)]
    pub base_unit: Option<String>,
    pub bound: Bound,
    pub intent: Option<String>,
    pub relation: Option<Relation>,
    pub year: Option<u16>,
    pub section: String,
    pub line: usize,
    /// The clause, normalised.
    pub clause: String,
    /// The line as it stands in the file, for evidence.
    pub original: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<Flag>,
}

/// An indicator across the two reports: prior actual (N-1), target (N), actual (N), next
/// target (N+1), and the verdicts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorRow {
    pub indicator: String,
    /// The canonical indicator (`data/indicators.toml`) and its English name, when the
    /// subject names one.
    pub indicator_id: Option<String>,
    pub indicator_en: Option<String>,
    pub measure: Measure,
    pub unit: Option<String>,
    pub prior_actual: Option<Slot>,
    pub target: Option<Slot>,
    pub actual: Option<Slot>,
    pub next_target: Option<Slot>,
    pub outcome: Option<Outcome>,
    pub change: Option<Change>,
    /// Actual (N) minus prior actual (N-1), in the actual's unit, where both are reported.
    pub actual_change: Option<f64>,
    /// Why the verdict is what it is, in one line (tolerance used, GDP growth compared, ...).
    pub note: Option<String>,
    /// The row's figures in one unit, the margin against the target and the better
    /// direction, for programs and spreadsheets (filled by [`crate::compare::figures`]).
    #[serde(default)]
    pub figures: Figures,
    /// Why the verdict is what it is, as data that each language words in its own way
    /// (`note` is the judge's English line).
    #[serde(default)]
    pub reason: Option<Reason>,
}

/// What is wrong with comparing two reports as last year's and this year's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PairWarning {
    /// The reports are of different governments.
    OtherGovernments { old: String, new: String },
    /// The government of one report or both is unknown: the pairing cannot be checked.
    UnknownGovernment {
        old: Option<String>,
        new: Option<String>,
    },
    /// A report does not look like a government work report (`which` is OLD or NEW).
    NotAReport { which: String, path: String },
    /// OLD plans a later year than NEW.
    Swapped { old_plans: u16, new_plans: u16 },
    /// Both plan the same year.
    SameYear { year: u16 },
    /// NEW plans more than one year after OLD.
    NotConsecutive { old_plans: u16, new_plans: u16 },
    /// The year of one report is unknown.
    UnknownYear,
    /// A report lacks a part the verdicts rest on: OLD's plan (last year's targets), NEW's
    /// review (their outcomes) or NEW's plan (this year's targets). `part` is `plan` or
    /// `review`.
    MissingPart { which: String, part: String },
}

impl PairWarning {
    /// The warning in English, for programs and logs (renderers word it in their language).
    pub fn message(&self) -> String {
        match self {
            PairWarning::OtherGovernments { old, new } => format!(
                "the reports are of different governments: OLD is {old}, NEW is {new}; verdicts compare unrelated figures"
            ),
            PairWarning::UnknownGovernment { old, new } => match (old, new) {
                (None, Some(b)) => format!(
                    "the government of OLD is unknown (NEW is {b}): check that both reports are of the same government"
                ),
                (Some(a), None) => format!(
                    "the government of NEW is unknown (OLD is {a}): check that both reports are of the same government"
                ),
                _ => "the governments of both reports are unknown: check that they are of the same government".into(),
            },
            PairWarning::NotAReport { which, path } => format!(
                "{which} ({path}) does not look like a government work report: its verdicts cannot be trusted"
            ),
            PairWarning::Swapped {
                old_plans: a,
                new_plans: b,
            } => format!(
                "the reports look swapped: OLD plans {a}, NEW plans {b}; pass --swap to compare {b} → {a}"
            ),
            PairWarning::SameYear { year } => format!(
                "both reports plan the same year ({year}): there is no year-over-year change to judge"
            ),
            PairWarning::NotConsecutive {
                old_plans: a,
                new_plans: b,
            } => format!(
                "the reports are not consecutive: OLD plans {a}, NEW plans {b} ({} years apart); NEW reviews {}, so OLD's {a} targets are marked unclear and only their changes are judged",
                b - a,
                b - 1
            ),
            PairWarning::UnknownYear => {
                "the year of one report is unknown, so the order of the pair is not checked".into()
            }
            PairWarning::MissingPart { which, part } => match (which.as_str(), part.as_str()) {
                ("OLD", "plan") => "OLD has no plan part: last year's targets cannot be read, so none is judged".into(),
                ("NEW", "review") => "NEW has no review part: last year's targets have no reported outcome to be judged by".into(),
                ("NEW", "plan") => "NEW has no plan part: this year's targets cannot be read, so no change of target is judged".into(),
                _ => format!("{which} has no {part} part"),
            },
        }
    }
}

/// Which way an indicator is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    /// More is better: output, income, a fall in energy use (`下降3%`).
    Higher,
    /// Less is better: a ceiling, unemployment, prices, emissions, a rank's place.
    Lower,
}

impl Better {
    pub fn as_str(self) -> &'static str {
        match self {
            Better::Higher => "higher",
            Better::Lower => "lower",
        }
    }
}

/// What a target's words make of its number: the bound's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BoundKind {
    /// At least (`以上`, `突破`, `不低于`).
    Floor,
    /// At most (`以内`, `控制在`, `不超过`).
    Ceiling,
    /// About (`左右`).
    About,
    /// Between two numbers (`6%—7%`).
    Range,
    /// A plain number.
    Exact,
}

impl BoundKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BoundKind::Floor => "floor",
            BoundKind::Ceiling => "ceiling",
            BoundKind::About => "about",
            BoundKind::Range => "range",
            BoundKind::Exact => "exact",
        }
    }
}

impl From<Bound> for BoundKind {
    fn from(b: Bound) -> Self {
        match b {
            Bound::AtLeast => BoundKind::Floor,
            Bound::AtMost => BoundKind::Ceiling,
            Bound::About => BoundKind::About,
            Bound::Range => BoundKind::Range,
            Bound::Exact => BoundKind::Exact,
        }
    }
}

/// The four slots of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlotName {
    PriorActual,
    Target,
    Actual,
    NextTarget,
}

impl SlotName {
    pub fn as_str(self) -> &'static str {
        match self {
            SlotName::PriorActual => "prior_actual",
            SlotName::Target => "target",
            SlotName::Actual => "actual",
            SlotName::NextTarget => "next_target",
        }
    }
}

/// A figure of a row that is not in the row's measure or unit, so has no number among the
/// row's figures (`外贸进出口总额`: target `增长5%`, actual `176亿元`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeftOut {
    pub slot: SlotName,
    /// As written: `176亿元`.
    pub written: String,
    pub measure: Measure,
    pub unit: Option<String>,
    /// Its number in its own unit.
    pub value: Option<f64>,
}

/// The numbers of one row, every one in the row's unit (`unit`), multipliers folded:
/// `4360万元` in a row in `亿元` is 0.436.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    /// The unit of every number below: the target's (else the next target's, the actual's).
    pub unit: Option<String>,
    pub prior_actual: Option<f64>,
    /// The target's number (a range's low end).
    pub target: Option<f64>,
    /// The least the target's words allow (none for a ceiling).
    pub target_low: Option<f64>,
    /// The most the target's words allow (none for a floor).
    pub target_high: Option<f64>,
    pub target_bound: Option<BoundKind>,
    pub actual: Option<f64>,
    pub next_target: Option<f64>,
    pub next_target_low: Option<f64>,
    pub next_target_high: Option<f64>,
    pub next_target_bound: Option<BoundKind>,
    /// Which way is better for this indicator, as the verdict used it.
    pub better: Option<Better>,
    /// The actual against the target, in the row's unit, positive when better than the
    /// target (above a floor, below a ceiling); `None` unless the outcome is met or missed.
    /// A relative target's margin is against the actual GDP growth.
    pub margin: Option<f64>,
    /// Actual (N) minus prior actual (N-1).
    pub actual_change: Option<f64>,
    /// Figures of the row in another measure or unit, left out of the numbers above.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<LeftOut>,
}

/// Why a verdict is what it is, as data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// `左右`: met though short of the number, within the tolerance.
    WithinTolerance { tolerance: f64, points: bool },
    /// `左右`: missed, short by more than the tolerance.
    BeyondTolerance { tolerance: f64, points: bool },
    /// The unit was lost in the copy; the numbers were compared as written.
    UnitLost,
    /// The actual is reported in another measure or unit, so cannot be compared.
    OtherMeasure {
        written: String,
        measure: Measure,
        unit: Option<String>,
    },
    /// A figure has no number to compare.
    NoValues,
    /// NEW's review names the indicator without a comparable figure (`中欧班列开行数量持续增长`).
    Mentioned { line: usize, clause: String },
    /// NEW's review gives no figure but claims the whole class of targets this one belongs to
    /// met (`主要经济指标圆满完成既定任务`, see `compare::claims`).
    Claimed { line: usize, clause: String },
    /// NEW reviews another year than the one the target was set for.
    NotConsecutive { reviewed: u16, target_year: u16 },
    /// NEW has no review part.
    NoReview,
    /// A relative target judged against the actual GDP growth.
    AgainstGdp {
        growth: f64,
        gdp_growth: f64,
        relation: Relation,
        /// Points below GDP growth that still count as in step.
        tolerance: f64,
    },
    /// A relative target whose GDP growth NEW does not report.
    GdpUnreported,
}

/// Where a qualitative commitment of last year's plan stands in this year's review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentStatus {
    Done,
    InProgress,
    Unreported,
}

impl CommitmentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CommitmentStatus::Done => "done",
            CommitmentStatus::InProgress => "in progress",
            CommitmentStatus::Unreported => "unreported",
        }
    }
}

/// What a commitment acts on, from the head noun of its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentKind {
    /// A programme, campaign or project: `…行动`, `…工程`, `…计划`, `…试点`.
    Programme,
    /// A law, regulation, plan or policy document: `…法`, `…条例`, `…方案`.
    Document,
    /// An institution, fund, platform, zone or park: `…基金`, `…中心`, `…示范区`.
    Institution,
    /// An event: `…博览会`, `…文化节`, `…马拉松`.
    Event,
    /// A title to win: `…示范县`, `国家森林城市`.
    Title,
    /// A built thing: `…大桥`, `…高铁`, `…新院区`.
    Project,
    /// Any other concrete object, named by its content: `职业技能培训`, `城中村改造`.
    Other,
}

impl CommitmentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CommitmentKind::Programme => "programme",
            CommitmentKind::Document => "document",
            CommitmentKind::Institution => "institution",
            CommitmentKind::Event => "event",
            CommitmentKind::Title => "title",
            CommitmentKind::Project => "project",
            CommitmentKind::Other => "other",
        }
    }
}

/// A concrete promise of a plan: an action on a nameable object (`启动城北智造园二期建设`,
/// `开展“人工智能+”行动`, `争创省级全域旅游示范县`); for evidence, the clause of a review
/// that reports on one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    /// The verb as written: `启动`, `开展`, `推进…建设`; for evidence, the status word found
    /// (`建成`, `举办`), empty when none.
    pub verb: String,
    /// What is promised, its identity across years: `城北智造园二期`, `“人工智能+”行动`.
    pub object: String,
    pub kind: CommitmentKind,
    pub section: String,
    pub line: usize,
    pub clause: String,
}

/// How a commitment of one plan stands against the other plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentChange {
    /// Only NEW's plan has it.
    New,
    /// Both plans promise something on the same object.
    Continued,
    /// OLD's plan had it, NEW's plan does not, and NEW's review does not report it done.
    Dropped,
}

impl CommitmentChange {
    pub fn as_str(self) -> &'static str {
        match self {
            CommitmentChange::New => "new",
            CommitmentChange::Continued => "continued",
            CommitmentChange::Dropped => "dropped",
        }
    }
}

/// A commitment of last year's plan traced into this year's report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitmentRow {
    pub commitment: Commitment,
    pub status: CommitmentStatus,
    /// The clause of this year's review that reports on it.
    pub evidence: Option<Commitment>,
    /// Its counterpart in this year's plan, if it is promised again.
    pub carried_over: Option<Commitment>,
    /// `continued` or `dropped`; none when it was done and is not promised again.
    pub change: Option<CommitmentChange>,
}

/// A commitment of this year's plan against last year's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedCommitment {
    pub commitment: Commitment,
    /// `new` or `continued`.
    pub change: CommitmentChange,
    /// Its counterpart in last year's plan, when continued.
    pub counterpart: Option<Commitment>,
}

#[cfg(test)]
mod line_at_tests {
    use super::line_at;

    #[test]
    fn the_line_holding_an_offset() {
        let joined = [(10, 7), (25, 8), (40, 12)];
        assert_eq!(line_at(6, &joined, 0), 6);
        assert_eq!(line_at(6, &joined, 9), 6);
        assert_eq!(line_at(6, &joined, 10), 7);
        assert_eq!(line_at(6, &joined, 39), 8);
        assert_eq!(line_at(6, &joined, 400), 12);
        assert_eq!(line_at(6, &[], 400), 6);
    }
}
