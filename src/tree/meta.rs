//! Metadata: who delivers the report, when, to whom, and which years it reviews and plans.
//!
//! Each fact is taken from the most trustworthy place that states it, and every guess is said:
//!
//! - **Government**: the title (`武义县2023年政府工作报告`), the delivery line's congress
//!   (`在易县十七届人民代表大会…`, `全国人民代表大会` → 国务院), the speaker's line
//!   (`河北省人民政府省长 许勤`), the address (`我代表国务院`, `我代表易县人民政府`), a scraper's
//!   `发文单位` or a CSV's `province`, a news lead above a cut copy (`听取国务院总理…关于政府工作的
//!   报告`); never a photo caption (`许勤作政府工作报告`) or a byline.
//!   When the address names only the kind (`我代表县人民政府`), the county the text names most
//!   is taken, with a warning. Names are canonical: `易县人民政府` → `易县`,
//!   `呼伦贝尔市海拉尔区` → `海拉尔区`.
//! - **Planned year**: `--year`, then the delivery date (the next year for a report delivered
//!   in November or December), the title, a CSV's `year`, the national
//!   congress session (`第十届全国人民代表大会第四次会议` → 2006), the plan part's title
//!   (`2023年发展目标…`), the review part's title plus one, five-year spans (`“十三五”…回顾` →
//!   2021, `“十四五”…目标` → 2021), then what the parts say (`2006年是实施“十一五”规划的第一年`
//!   in the plan, `2005年,我国…` opening the review), and last the file name, with a note.
//!   The reviewed year is the planned year minus one; a review part naming another year is
//!   a warning.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Diagnostic, DiagnosticKind, Horizon, Metadata, Paragraph, Role, Section};
use crate::read::clean::{Cleaned, furniture_hits, is_caption, is_title_like};
use crate::read::decode::Line;
use crate::read::header::{
    chinese_date_at, compact_date_in, congress_in, date_in, is_bare_name, is_date_only,
    national_session_in, speaker_name_in, title_in, without_years,
};
use crate::text::numerals::{five_year_plan_years, parse_cn_number};
use crate::text::prepared::{Pattern, prepared};
use crate::tree::sections::first_year;

/// The congress's government and term: `河北省第十三届`, `易县十七届`, `第十四届全国`.
static CONGRESS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:第[一二三四五六七八九十]+届)?([\p{Han}]*?)(?:第?[一二三四五六七八九十]+届)?(?:人民代表大会|代表大会)")
        .expect("valid regex")
});
/// A news lead above a copy that lost its own head says whose report the congress heard:
/// `…开幕,听取国务院总理李克强关于政府工作的报告`, `听取示例省省长张某所作的政府工作报告`.
/// The office's government, named before the office, is the reporting government.
static REPORT_HEARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"听取(?:了)?(\p{Han}{2,20}?)(?:人民政府)?代?(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席)[\p{Han}·]{2,4}?(?:同志)?(?:所作的|所作|作的|关于)政府工作的?报告",
    )
    .expect("valid regex")
});
/// A news story's lead says who gave the report: `浙江省代省长刘捷代表省政府向大会作政府工作报告`,
/// `示例市市长张某在市人大会议上作政府工作报告`. The office's government, named before the office,
/// is the reporting government.
static REPORT_GIVEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\p{Han}{2,20}?)(?:人民政府)?代?(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席)[\p{Han}·]{2,4}?(?:代表\p{Han}{1,8}?政府)?(?:向大会|在\p{Han}{2,30}?上)?作(?:了)?政府工作报告",
    )
    .expect("valid regex")
});
/// A story names the congress that heard the report (`示例省十四届人大五次会议昨开幕`,
/// `示例省第十四届人民代表大会第五次会议在示例会堂举行`) where it does not name the speaker's
/// government (`省长李某代表省人民政府向大会作政府工作报告`): the government is the congress's.
static CONGRESS_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(\p{Han}{2,12}?)第?[一二三四五六七八九十]{1,3}届(?:人民代表大会|人大)第?[一二三四五六七八九十]{1,3}次(?:会议|全体会议)",
    )
    .expect("valid regex")
});
/// The office on the speaker's line: `河北省人民政府省长`, `国务院总理`.
static SPEAKER_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^([\p{Han}]{2,20}?)(?:人民政府)?(?:代)?(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席)",
    )
    .expect("valid regex")
});
/// `我代表国务院,向大会报告政府工作`: the government addressed for.
///
/// This pattern and the three after it are compiled at build time (`prepared!`,
/// [`crate::text::prepared`]), which finds their whole match only: compiling them with the
/// `regex` crate at every start cost 6.8M instructions (`\p{Han}{2,16}`, `.{0,16}`, `\d`
/// are Unicode classes), a twelfth of a `--format csv` run. The group each is written with
/// is cut out of the whole match (`on_behalf`, `plan_year`, `review_year`, `file_year`),
/// where it stands at a place the match fixes: a test checks them against `regex`'s groups.
static ON_BEHALF: Pattern = prepared!(r"我代表(\p{Han}{2,16}?)(?:,|向|对|作)");
/// A plan part naming its year: `2006年是实施“十一五”规划的第一年`,
/// `2013年经济社会发展的主要预期目标是`, `2019年要…`.
static PLAN_YEAR: Pattern = prepared!(
    r"(?:^|[^到至在前于0-9])(\d{4})年(?:是|.{0,16}?主要预期目标|要|将|全省|全市|全县|全区)"
);
/// A review part naming its year: `2005年,我国…`, `2022年是…极为重要的一年`,
/// `刚刚过去的2021年`.
static REVIEW_YEAR: Pattern = prepared!(r"(?:^(\d{4})年(?:是|,)|过去的(\d{4})年)");
static FILE_YEAR: Pattern = prepared!(r"(?:^|[^0-9])((?:19|20)\d{2})(?:[^0-9]|$)");

/// The characters `from..from + n` of `text`, when it has them.
fn chars_at(text: &str, from: usize, n: usize) -> Option<&str> {
    let mut at = text.char_indices().map(|(i, _)| i).chain([text.len()]);
    let start = at.nth(from)?;
    let end = if n == 0 { start } else { at.nth(n - 1)? };
    Some(&text[start..end])
}

/// [`ON_BEHALF`]'s group: the match without `我代表` and its last character (one of `,向对作`).
fn on_behalf(text: &str) -> Option<&str> {
    let inner = ON_BEHALF.find(text)?.as_str().strip_prefix("我代表")?;
    let last = inner.chars().next_back()?;
    Some(&inner[..inner.len() - last.len_utf8()])
}

/// [`PLAN_YEAR`]'s group, the four digits before `年`: from the match's start when its fifth
/// character is that `年`, else after the one character before them (which is no `年`'s
/// place then: it would be a digit of the year).
fn plan_year(text: &str) -> Option<&str> {
    let m = PLAN_YEAR.find(text)?.as_str();
    let from = usize::from(chars_at(m, 4, 1)? != "年");
    chars_at(m, from, 4)
}

/// [`REVIEW_YEAR`]'s group, of whichever side matched: the four digits after `过去的`, or
/// those the match opens with.
fn review_year(text: &str) -> Option<&str> {
    let m = REVIEW_YEAR.find(text)?.as_str();
    chars_at(m, if m.starts_with("过去的") { 3 } else { 0 }, 4)
}

/// [`FILE_YEAR`]'s group: the four characters from `19` or `20`, which open the match unless
/// a character that is no digit comes first.
fn file_year_in(text: &str) -> Option<&str> {
    let m = FILE_YEAR.find(text)?.as_str();
    chars_at(m, usize::from(!m.starts_with(['1', '2'])), 4)
}
/// A place name of a county: one to four characters before `县`.
static COUNTY_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\p{Han}{1,4}县").expect("valid regex"));

/// Units a government's name ends with.
const UNITS: &[&str] = &[
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "省",
    "市",
    "县",
    "区",
    "州",
    "旗",
    "盟",
];

/// The year a report plans, as the text above the body states it (and `--year`): what the
/// part roles may rely on.
pub fn header_year(cleaned: &Cleaned, year_override: Option<u16>) -> Option<u16> {
    year_override
        .or_else(|| delivery_date(cleaned).and_then(|(_, iso)| year_planned_when_delivered(&iso)))
        .or_else(|| title(cleaned).as_deref().and_then(first_year))
        .or_else(|| field(cleaned, "year").and_then(|v| v.trim().parse().ok()))
        .or_else(|| national_session_year(cleaned))
}

/// The year a report delivered on `iso` (`2023-12-28`) plans: its own, or the next when it
/// is delivered in November or December (some local congresses meet before the new year and
/// plan the year ahead: `——2023年12月28日在…会议上` with `二、2024年工作安排`).
fn year_planned_when_delivered(iso: &str) -> Option<u16> {
    let year: u16 = iso.get(..4)?.parse().ok()?;
    let month: u8 = iso.get(5..7)?.parse().ok()?;
    Some(if month >= 11 { year + 1 } else { year })
}

/// A value the container or scraper header gave.
fn field<'a>(cleaned: &'a Cleaned, key: &str) -> Option<&'a str> {
    cleaned
        .container_fields
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The title: a header line, else a scraper's or CSV's title field, else a title among the
/// lines dropped before the report. Photo captions and headlines announcing a speech are never
/// titles. A letter-spaced header title (`政 府 工 作 报 告`) is read closed up; when it names
/// neither place nor year (the bare `政府工作报告` of a full text), a scraper's field that does
/// (`标题:示例县2015年政府工作报告`) is the better title.
fn title(cleaned: &Cleaned) -> Option<String> {
    let from_field = || {
        field(cleaned, "title")
            .filter(|v| v.contains("工作报告") && !is_caption(v))
            .and_then(title_in)
            .map(|t| t.trim().to_string())
    };
    let from_header = cleaned
        .header
        .iter()
        .map(|l| l.text.as_str())
        .find(|t| is_title_like(t))
        .and_then(|t| title_in(&closed_up(t)).map(|t| t.trim().to_string()));
    match from_header {
        Some(bare) if bare == "政府工作报告" => from_field().or(Some(bare)),
        Some(title) => Some(title),
        None => from_field().or_else(|| {
            cleaned
                .front_dropped
                .iter()
                .map(|l| l.text.as_str())
                .find(|t| is_title_like(t) && t.chars().count() <= 60)
                .and_then(title_in)
                .map(|t| t.trim().to_string())
        }),
    }
}

/// `政 府 工 作 报 告` closed up; any other text as it is.
fn closed_up(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains("工作报告") || !text.contains(' ') {
        return text.into();
    }
    text.replace(' ', "").into()
}

/// Lines that may carry the delivery line: the header, then what was dropped before it.
fn date_lines(cleaned: &Cleaned) -> impl Iterator<Item = &str> {
    cleaned
        .header
        .iter()
        .chain(&cleaned.front_dropped)
        .map(|l| l.text.as_str())
}

/// The lines that may carry the delivery line, and a line that opens it (`在…`) but ends
/// before `会议` joined with the next: a copy broke `——2026年1月26日在示例省第十四届` /
/// `人民代表大会第五次会议上` over two lines.
fn delivery_lines(cleaned: &Cleaned) -> impl Iterator<Item = String> {
    let broken = |block: &[Line]| -> Vec<String> {
        block
            .windows(2)
            .map(|pair| (pair[0].text.as_str(), pair[1].text.as_str()))
            .filter(|(open, rest)| {
                open.contains('在')
                    && !open.contains("会议")
                    && rest.contains("会议")
                    && open.chars().count() + rest.chars().count() <= 80
            })
            .map(|(open, rest)| format!("{open}{rest}"))
            .collect()
    };
    let mut joined = broken(&cleaned.header);
    joined.extend(broken(&cleaned.front_dropped));
    date_lines(cleaned).map(str::to_string).chain(joined)
}

/// The delivery date (`2023年2月1日在…会议上`, or a compact `(20230201)` in a scraped title):
/// its year and ISO form.
fn delivery_date(cleaned: &Cleaned) -> Option<(u16, String)> {
    // A date alone under the title, when the header names the session (`在河北省第十届人民代表
    // 大会第三次会议上` / `(二〇〇五年一月十一日)`).
    let dated_session = cleaned
        .header
        .iter()
        .any(|l| congress_in(&l.text).is_some());
    for text in delivery_lines(cleaned) {
        let text = &arabic_date(&text);
        if let Some(d) = date_in(text) {
            let congress_follows = text[d.end..].contains("会议");
            let alone = dated_session && is_date_only(text);
            if (congress_follows || alone)
                && let Some(iso) = iso_date(d.year, d.month, d.day)
            {
                return Some((d.year.parse().ok()?, iso));
            }
        }
        if text.contains("工作报告")
            && let Some((year, month, day)) = compact_date_in(text)
            && let Some(iso) = iso_date(year, month, day)
        {
            return Some((year.parse().ok()?, iso));
        }
    }
    None
}

/// The congress the report is delivered to, from the delivery line (or a title that holds it).
fn congress(cleaned: &Cleaned) -> Option<String> {
    delivery_lines(cleaned)
        .chain(field(cleaned, "title").map(str::to_string))
        .filter(|t| t.chars().count() <= 100)
        .find_map(|t| congress_in(&t).map(str::to_string))
}

/// The national congress opens a term every five years since the sixth (1983), one session a
/// year: `第十届…第四次会议` is 2003 + 3 = 2006.
fn national_session_year(cleaned: &Cleaned) -> Option<u16> {
    let text = congress(cleaned)?;
    let (term, session) = national_session_in(&text)?;
    let term = parse_cn_number(term)?;
    let session = parse_cn_number(session)?;
    (term >= 6 && (1..=5).contains(&session)).then(|| (1983 + 5 * (term - 6) + session - 1) as u16)
}

/// Reads the metadata. `parts` must already carry their roles. `name` is the file's name,
/// the last place a year is looked for.
pub fn extract(
    cleaned: &Cleaned,
    preamble: &[Paragraph],
    parts: &[Section],
    year_override: Option<u16>,
    name: &str,
) -> (Metadata, Vec<Diagnostic>) {
    let mut meta = Metadata::default();
    let mut diagnostics = Vec::new();
    let header: Vec<&Line> = cleaned.header.iter().collect();
    meta.title = title(cleaned);
    meta.delivered_on = delivery_date(cleaned).map(|(_, iso)| iso);
    meta.congress = congress(cleaned);
    meta.speaker = header
        .iter()
        .find_map(|l| speaker_in(&l.text))
        .or_else(|| {
            header
                .iter()
                .filter(|l| !l.text.contains("工作报告") && furniture_hits(&l.text) == 0)
                .map(|l| l.text.as_str())
                .find(|t| is_bare_name(t))
                .map(str::to_string)
        })
        .or_else(|| {
            field(cleaned, "speaker")
                .and_then(|v| speaker_name_in(v.trim()))
                .map(str::to_string)
        })
        .or_else(|| {
            // A delivery line that ends with the speaker (`2026年1月27日在示例省第十四届人民
            // 代表大会第四次会议上 示例省省长 甲乙`), where a portal's page set it among lines
            // dropped around the report.
            date_lines(cleaned)
                .filter(|t| t.contains("会议上"))
                .find_map(speaker_in)
        });
    let lead = news_lead(cleaned, preamble, parts);
    if meta.speaker.is_none() {
        meta.speaker = lead.as_ref().map(|l| l.speaker.to_string());
    }

    let (government, guessed) = government(cleaned, meta.title.as_deref(), preamble, parts);
    meta.government = government;
    match (&meta.government, guessed) {
        (None, _) => diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Metadata,
            None,
            "could not tell which government delivers this report: its title, delivery line and address do not name it",
        )),
        (Some(name), Some(note)) => {
            meta.inferred.push("government".into());
            diagnostics.push(Diagnostic::warning(
                DiagnosticKind::Metadata,
                None,
                format!("the title, delivery line and address do not name the government; {name} is {note}"),
            ));
        }
        _ => {}
    }

    years(
        &mut meta,
        &mut diagnostics,
        cleaned,
        parts,
        year_override,
        name,
    );
    // A news lead's `2月4日` is dated by the year the title or the text gives (not the file
    // name's); a lead of November or December may speak of a report planning the next year.
    if meta.delivered_on.is_none()
        && !meta.inferred.iter().any(|f| f == "year")
        && let (Some(year), Some((month, day))) = (meta.year, lead.and_then(|l| l.month_day))
        && month < 11
    {
        meta.delivered_on = Some(format!("{year:04}-{month:02}-{day:02}"));
    }
    (meta, diagnostics)
}

/// The speaker on a line that names the office (`国务院总理 李强` → `李强`), also when a name of
/// two characters is letter-spaced ([`crate::read::header::spaced_name_closed`]).
fn speaker_in(line: &str) -> Option<String> {
    if let Some(name) =
        speaker_name_in(line).or_else(|| crate::read::header::dotted_speaker_name(line))
    {
        return Some(name.to_string());
    }
    let closed = crate::read::header::spaced_name_closed(line)?;
    speaker_name_in(&closed).map(str::to_string)
}

/// How many paragraphs of the first part may hold a news lead (a story of the congress's
/// opening: the chair's words, the anthem, then `县长李某作…政府工作报告`).
const LEAD_PARAGRAPHS: usize = 6;

/// The news lead of a story that carries the report (`本报讯 2月4日,市长张某某在…会议上作政府
/// 工作报告时指出`): in the lines above the report, its opening, or the first paragraph of its
/// first part (an abridgement whose parts each open with `本报讯`, a story of the congress's
/// opening).
fn news_lead<'a>(
    cleaned: &'a Cleaned,
    preamble: &'a [Paragraph],
    parts: &'a [Section],
) -> Option<crate::read::header::Lead<'a>> {
    let lines = cleaned
        .header
        .iter()
        .chain(&cleaned.front_dropped)
        .map(|l| l.text.as_str());
    let opening = preamble
        .iter()
        .chain(
            parts
                .first()
                .into_iter()
                .flat_map(|p| p.paragraphs.iter().take(LEAD_PARAGRAPHS)),
        )
        .map(|p| p.text.as_str());
    lines.chain(opening).find_map(crate::read::header::lead_in)
}

/// What a report says of its own years, wherever it says it.
struct YearClues {
    /// The year of the delivery date.
    date_year: Option<u16>,
    /// The year the delivery date plans (a report delivered in December plans the next).
    date_plans: Option<u16>,
    title_year: Option<u16>,
    /// The `year` field of a CSV export.
    csv_year: Option<u16>,
    /// The year of a national session named in the head (`第十届…第四次会议` is 2006).
    session_year: Option<u16>,
    /// The year an annual plan part names in its title.
    plan_title: Option<u16>,
    /// The year an annual review part names, or the last year of a five-year review.
    review_title: Option<u16>,
    /// The first year of the five-year plan a plan part sets out.
    plan_span: Option<u16>,
}

/// The year an annual part of `role` names in its title.
fn annual_title_year(parts: &[Section], role: Role) -> Option<u16> {
    parts
        .iter()
        .filter(|p| p.role == role && p.horizon == Horizon::Annual)
        .find_map(|p| first_year(&p.title))
}

fn year_clues(meta: &Metadata, cleaned: &Cleaned, parts: &[Section]) -> YearClues {
    let review_title = annual_title_year(parts, Role::Review).or_else(|| {
        // `“十三五”时期…回顾`: the last year of the period.
        parts
            .iter()
            .filter(|p| p.role == Role::Review)
            .find_map(|p| five_year_plan_years(&p.title).map(|(_, last)| last))
    });
    YearClues {
        date_year: meta
            .delivered_on
            .as_deref()
            .and_then(|d| d.get(..4)?.parse().ok()),
        date_plans: meta
            .delivered_on
            .as_deref()
            .and_then(year_planned_when_delivered),
        title_year: meta.title.as_deref().and_then(first_year),
        csv_year: field(cleaned, "year").and_then(|v| v.trim().parse().ok()),
        session_year: national_session_year(cleaned),
        plan_title: annual_title_year(parts, Role::Plan),
        review_title,
        plan_span: parts
            .iter()
            .filter(|p| p.role == Role::Plan)
            .find_map(|p| five_year_plan_years(&p.title).map(|(first, _)| first)),
    }
}

/// Fills `year`, `planned_year` and `reviewed_year`, saying where each came from when it was
/// not read from the header or a part title.
fn years(
    meta: &mut Metadata,
    diagnostics: &mut Vec<Diagnostic>,
    cleaned: &Cleaned,
    parts: &[Section],
    year_override: Option<u16>,
    name: &str,
) {
    let clues = year_clues(meta, cleaned, parts);
    meta.year = clues
        .date_year
        .or(clues.title_year)
        .or(clues.csv_year)
        .or(clues.session_year);
    // A story on a report (no parts, a government its lead names) is dated by its file name
    // as a report is.
    let story = parts.is_empty() && meta.government.is_some();
    let (planned, source) = planned_year(&clues, year_override, parts, story, name, diagnostics);
    meta.planned_year = planned;
    if source.is_some() && clues.plan_title != planned {
        meta.inferred.push("planned_year".into());
    }
    if meta.year.is_none() && planned.is_some() {
        meta.year = planned;
        meta.inferred.push("year".into());
    }
    meta.reviewed_year = planned.map(|p| p - 1);
    if clues.review_title.is_none_or(|r| Some(r + 1) != planned) {
        meta.inferred.push("reviewed_year".into());
    }
    meta.inferred.sort_by_key(|f| {
        ["government", "year", "planned_year", "reviewed_year"]
            .iter()
            .position(|k| k == f)
    });
    if let Some(planned) = planned {
        warn_year_disagreements(meta, &clues, planned, parts, diagnostics);
    }
}

/// The year the report plans, and where it was read when that was not the head or a part
/// title (`None`): the clues in order of trust, then the text, then the file name.
fn planned_year(
    clues: &YearClues,
    year_override: Option<u16>,
    parts: &[Section],
    story: bool,
    name: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Option<u16>, Option<&'static str>) {
    if let Some(y) = year_override {
        (Some(y), Some("--year"))
    } else if let Some(y) = clues
        .date_plans
        .or(clues.title_year)
        .or(clues.csv_year)
        .or(clues.session_year)
        .or(clues.plan_title)
    {
        (Some(y), None)
    } else if let Some(y) = clues.review_title {
        (
            Some(y + 1),
            Some("the year its review part names, plus one"),
        )
    } else if let Some(y) = clues.plan_span {
        (
            Some(y),
            Some("the first year of the five-year plan its plan part sets out"),
        )
    } else if let Some((y, line)) = content_year(parts) {
        // The text's year is read from parts whose roles may be wrong: a report that reviews
        // and plans under topic titles (the State Council's 1987 report opens part 一 with
        // `1986年是开始执行第七个五年计划…的一年`) gives the year it reviews. A file name that
        // names another year is the user's word, and wins.
        if let Some(named) = file_year(name).filter(|&f| f != y) {
            diagnostics.push(Diagnostic::warning(
                DiagnosticKind::Metadata,
                Some(line),
                format!("no title, date or part title names the year: the text suggests {y}, the file name says {named}; read as {named}"),
            ));
            return (Some(named), Some("the file name"));
        }
        diagnostics.push(Diagnostic::info(
            DiagnosticKind::Metadata,
            Some(line),
            format!("no title, date or part title names the year: {y} is read from the text of the parts"),
        ));
        (Some(y), Some("the text"))
    } else if let Some(y) = file_year(name).filter(|_| !parts.is_empty() || story) {
        // Only for a text with a report's parts, or a story on one: a table or a note is not
        // dated by its name.
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Metadata,
            None,
            format!("the text names no year: {y} is taken from the file name"),
        ));
        (Some(y), Some("the file name"))
    } else {
        (None, None)
    }
}

/// Warns when the date, the plan part's title or the review part's title disagree with
/// the year the report is read as planning.
fn warn_year_disagreements(
    meta: &Metadata,
    clues: &YearClues,
    planned: u16,
    parts: &[Section],
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let (Some(expected), Some(year)) = (clues.date_plans.or(meta.year), meta.year)
        && expected != planned
    {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Metadata,
            None,
            format!("the report is dated {year} but plans {planned}"),
        ));
    }
    if let Some(plan) = clues.plan_title
        && plan != planned
    {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Metadata,
            parts.iter().find(|p| p.role == Role::Plan).map(|p| p.line),
            format!("the plan part is titled for {plan} but the report plans {planned}"),
        ));
    }
    if let Some(reviewed) = annual_title_year(parts, Role::Review)
        && reviewed + 1 != planned
    {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Metadata,
            parts.iter().find(|p| p.role == Role::Review).map(|p| p.line),
            format!(
                "the review part is about {reviewed} but the report plans {planned} (reviewed year taken as {})",
                planned - 1
            ),
        ));
    }
}

/// The planned year as the parts state it: a plan part that names its year
/// (`2006年是实施“十一五”规划的第一年`), else an annual review that opens with its year
/// (`2005年,我国…`) plus one. Returns the year and the line it was read on.
fn content_year(parts: &[Section]) -> Option<(u16, usize)> {
    let opening = |section: &Section| -> Vec<(usize, String)> {
        section
            .walk()
            .into_iter()
            .flat_map(|s| {
                s.paragraphs
                    .iter()
                    .map(|p| (p.line, arabic_date(&p.text).into_owned()))
            })
            .take(6)
            .collect()
    };
    let plan = parts.iter().filter(|p| p.role == Role::Plan).find_map(|p| {
        opening(p)
            .into_iter()
            .find_map(|(line, text)| Some((plan_year(&text)?.parse().ok()?, line)))
    });
    let review = || {
        parts
            .iter()
            .filter(|p| p.role == Role::Review && p.horizon == Horizon::Annual)
            .find_map(|p| {
                opening(p).into_iter().find_map(|(line, text)| {
                    let y: u16 = review_year(&text)?.parse().ok()?;
                    Some((y + 1, line))
                })
            })
    };
    plan.or_else(review)
        .filter(|(y, _)| (1949..=2100).contains(y))
}

/// A year in the file's name (`yixian_2018.txt`, `2021年报告.txt`).
fn file_year(name: &str) -> Option<u16> {
    let stem = std::path::Path::new(name).file_stem()?.to_string_lossy();
    file_year_in(&stem).and_then(|y| y.parse().ok())
}

/// A date written in Chinese numerals (`二〇〇五年一月十一日`) in Arabic ones (`2005年1月11日`),
/// the rest of the text as it is.
fn arabic_date(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    let mut at = 0;
    while at < text.len() {
        let Some((date, rest)) = chinese_date_at(&text[at..]) else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let year: String = date
            .year
            .chars()
            .filter_map(|d| match d {
                '〇' | '零' => Some('0'),
                d => crate::text::numerals::cn_digit(d).and_then(|n| char::from_digit(n, 10)),
            })
            .collect();
        let month = date.month.and_then(parse_cn_number);
        let day = date.day.and_then(parse_cn_number);
        out.push_str(&text[copied..at]);
        out.push_str(&match (month, day) {
            (Some(month), Some(day)) => format!("{year}年{month}月{day}日"),
            (Some(month), None) => format!("{year}年{month}月"),
            _ => format!("{year}年"),
        });
        at = text.len() - rest.len();
        copied = at;
    }
    if copied == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    std::borrow::Cow::Owned(out)
}

fn iso_date(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The government's name, and when it is a guess, why it was chosen.
fn government(
    cleaned: &Cleaned,
    title: Option<&str>,
    preamble: &[Paragraph],
    parts: &[Section],
) -> (Option<String>, Option<String>) {
    let from_title = || title.and_then(name_from_title);
    let from_congress = || congress(cleaned).as_deref().and_then(name_from_congress);
    let from_speaker = || {
        cleaned
            .header
            .iter()
            .map(|l| l.text.as_str())
            .chain(field(cleaned, "speaker"))
            .find_map(|t| canonical(&SPEAKER_OFFICE.captures(t.trim())?[1]))
    };
    let addressed = || {
        preamble
            .iter()
            .chain(parts.first().into_iter().flat_map(|p| p.paragraphs.first()))
            .find_map(|p| Some(on_behalf(&p.text)?.to_string()))
    };
    let from_address = || addressed().as_deref().and_then(canonical);
    let from_fields = || {
        ["issuer", "province", "city", "county"]
            .iter()
            .find_map(|k| field(cleaned, k).and_then(canonical))
    };
    // Above the report, or (a story with no parts of its own) in its first paragraphs.
    let from_news_lead = || {
        date_lines(cleaned)
            .find_map(|t| canonical(&REPORT_HEARD.captures(t)?[1]))
            .or_else(|| {
                let story: &[Paragraph] = if parts.is_empty() { preamble } else { &[] };
                story
                    .iter()
                    .take(LEAD_PARAGRAPHS)
                    .find_map(|p| canonical(&REPORT_GIVEN.captures(&p.text)?[1]))
                    .or_else(|| {
                        date_lines(cleaned)
                            .chain(story.iter().take(LEAD_PARAGRAPHS).map(|p| p.text.as_str()))
                            .find_map(|t| canonical(&CONGRESS_NAMED.captures(t)?[1]))
                    })
            })
    };
    if let Some(name) = from_title()
        .or_else(from_congress)
        .or_else(from_speaker)
        .or_else(from_address)
        .or_else(from_fields)
        .or_else(from_news_lead)
    {
        return (Some(name), None);
    }
    // `我代表县人民政府`: the kind without the name. The county the text names most.
    let kind = addressed().unwrap_or_default();
    if kind.starts_with('县') {
        let text: String = parts
            .iter()
            .map(crate::tree::roles::full_text)
            .collect::<Vec<_>>()
            .join("\n");
        if let Some((name, count)) = most_named_county(&text) {
            return (
                Some(name),
                Some(format!(
                    "the county the text names most ({count} times), the address saying only `{kind}`"
                )),
            );
        }
    }
    (None, None)
}

/// `2021年河北省政府工作报告` → 河北省; `武义县2023年政府工作报告` → 武义县.
fn name_from_title(title: &str) -> Option<String> {
    let t = without_years(title);
    let t = t.replace(' ', "");
    let head = t.split("工作报告").next()?;
    let head = head.trim_start_matches(|c: char| !crate::text::is_han(c));
    canonical(head)
}

/// `河北省第十三届人民代表大会第四次会议` → 河北省; `第十四届全国人民代表大会…` → 国务院.
fn name_from_congress(congress: &str) -> Option<String> {
    let c = CONGRESS_NAME.captures(congress)?;
    let name = &c[1];
    if name == "全国" {
        return Some("国务院".into());
    }
    canonical(name)
}

/// The canonical form of a government's name: without `人民政府`/`政府`, the lowest unit of a
/// compound (`呼伦贝尔市海拉尔区` → 海拉尔区), `国务院` for the central government. `None` when
/// it does not end with a unit (`县人民政府` names a kind, `许勤作` a person).
pub fn canonical(name: &str) -> Option<String> {
    let name = name.trim();
    let name = name
        .strip_suffix("人民政府")
        .or_else(|| name.strip_suffix("政府"))
        .unwrap_or(name);
    if name.ends_with("国务院") || name == "中央" || name == "全国" {
        return Some("国务院".into());
    }
    if !name.chars().all(crate::text::is_han) {
        return None;
    }
    let unit = UNITS.iter().find(|u| name.ends_with(*u))?;
    if name.chars().count() <= unit.chars().count() {
        return None;
    }
    Some(lowest_unit(name).to_string())
}

/// The last government of a compound name: splits after a province, municipality, region or
/// prefecture that has a name of two or more characters on both sides (`沧州市献县` → 献县;
/// `广州市`, `市中区` stay whole).
fn lowest_unit(name: &str) -> &str {
    const HIGHER: &[&str] = &["特别行政区", "自治区", "自治州", "地区", "省", "市", "盟"];
    let mut rest = name;
    'split: loop {
        for (i, _) in rest.char_indices() {
            for unit in HIGHER {
                if rest[i..].starts_with(unit) {
                    let before = rest[..i].chars().count();
                    let after_start = i + unit.len();
                    let after = rest[after_start..].chars().count();
                    if before >= 2 && after >= 2 && UNITS.iter().any(|u| rest.ends_with(u)) {
                        rest = &rest[after_start..];
                        continue 'split;
                    }
                }
            }
        }
        return rest;
    }
}

/// The county the text names most: `X县` (one to four characters) with the generic words
/// (`全县`, `本县`, `贫困县`…) left out, extended to a longer name while the longer form
/// accounts for most uses (`义县` → `武义县`). At least three uses.
fn most_named_county(text: &str) -> Option<(String, usize)> {
    const GENERIC: &str = "全本我该各市区郡每两外邻此一省州乡强大名困范点县等";
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for m in COUNTY_NAME.find_iter(text) {
        let chars: Vec<char> = m.as_str().chars().collect();
        for len in 2..=chars.len() {
            let name: String = chars[chars.len() - len..].iter().collect();
            *counts.entry(name).or_default() += 1;
        }
    }
    let (mut best, mut count) = counts
        .iter()
        .filter(|(n, _)| n.chars().count() == 2)
        .filter(|(n, _)| n.chars().next().is_some_and(|c| !GENERIC.contains(c)))
        .max_by_key(|(n, c)| (**c, std::cmp::Reverse((*n).clone())))
        .map(|(n, c)| (n.clone(), *c))?;
    loop {
        let longer = counts
            .iter()
            .filter(|(n, c)| {
                n.chars().count() == best.chars().count() + 1
                    && n.ends_with(best.as_str())
                    && **c * 10 >= count * 8
            })
            .max_by_key(|(_, c)| **c);
        match longer {
            Some((n, c)) => {
                best = n.clone();
                count = *c;
            }
            None => break,
        }
    }
    (count >= 3).then_some((best, count))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The patterns whose group is cut out of the whole match, with the cutting, and the
    /// group (the first that took part) as the `regex` crate captures it.
    type Cut = fn(&str) -> Option<&str>;

    fn groups() -> Vec<(&'static Pattern, Cut, regex::Regex)> {
        let both: [(&'static Pattern, Cut); 4] = [
            (&ON_BEHALF, on_behalf),
            (&PLAN_YEAR, plan_year),
            (&REVIEW_YEAR, review_year),
            (&FILE_YEAR, file_year_in),
        ];
        both.into_iter()
            .map(|(p, cut)| (p, cut, regex::Regex::new(p.as_str()).expect("valid regex")))
            .collect()
    }

    fn captured<'h>(re: &regex::Regex, text: &'h str) -> Option<&'h str> {
        let c = re.captures(text)?;
        c.iter().skip(1).flatten().next().map(|m| m.as_str())
    }

    #[test]
    fn groups_cut_from_the_match_are_regex_groups() {
        let texts = [
            "我代表国务院,向大会报告政府工作",
            "我代表市人民政府向大会报告",
            "2006年是实施“十一五”规划的第一年",
            "综合考虑,2013年经济社会发展的主要预期目标是",
            "到2020年是;在2021年要,x2022年将",
            "2005年,我国",
            "刚刚过去的2021年",
            "yixian_2018",
            "2021年报告",
            "x19999",
            "١2024年要",
            "2024٣年要",
        ];
        for (pattern, cut, re) in groups() {
            for t in texts {
                assert_eq!(cut(t), captured(&re, t), "{} in {t}", pattern.as_str());
            }
        }
    }

    /// Pieces around and inside the texts of the property test.
    const PIECES: &[&str] = &[
        "年",
        "我代表",
        "过去的",
        "是",
        "要",
        ",",
        "向",
        "到",
        "1",
        "20",
        "2024",
        "١",
        "x",
        "主要预期目标",
    ];

    /// Pattern `k` of [`groups`] and a text it matches (anchors left out).
    fn matched() -> impl Strategy<Value = (usize, String)> {
        (0usize..4).prop_flat_map(|k| {
            let source = [&ON_BEHALF, &PLAN_YEAR, &REVIEW_YEAR, &FILE_YEAR][k].as_str();
            let body = source
                .replace("(?:^|", "(?:")
                .replace("(?:^(", "(?:(")
                .replace('$', "");
            (
                Just(k),
                proptest::string::string_regex(&body).expect("a pattern proptest generates from"),
            )
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn groups_cut_from_any_match_are_regex_groups(
            (k, matched) in matched(),
            before in prop::collection::vec(prop::sample::select(PIECES), 0..4),
            after in prop::collection::vec(prop::sample::select(PIECES), 0..4),
        ) {
            let all = groups();
            let (pattern, cut, re) = &all[k];
            let text = format!("{}{matched}{}", before.concat(), after.concat());
            prop_assert_eq!(cut(&text), captured(re, &text), "{} in {}", pattern.as_str(), text);
        }
    }

    /// A copy with no title or date whose parts read as plans gives, in its text, the year it
    /// reviews (`1986年是开始执行第七个五年计划…的一年` in the State Council's 1987 report); a
    /// file name that names another year wins, with a warning.
    #[test]
    fn the_file_name_overrules_the_year_the_text_suggests() {
        let ahead =
            "今年要继续深化改革,力争国民生产总值增长7.5%,确保粮食产量稳定增长,要加强重点建设。";
        let text = format!(
            "各位代表:\n一、当前国内形势和基本任务\n1986年是开始执行第七个五年计划的一年,{}\n\
             二、坚持长期稳定发展经济的方针\n{}\n",
            ahead.repeat(3),
            ahead.repeat(3)
        );
        let named = crate::parse_report(text.as_bytes(), "national_1987.txt").expect("a report");
        assert_eq!(
            named.meta.planned_year,
            Some(1987),
            "{:?}",
            named.diagnostics
        );
        assert!(
            named
                .diagnostics
                .iter()
                .any(|d| d.message.contains("the file name says 1987"))
        );
        let unnamed = crate::parse_report(text.as_bytes(), "report.txt").expect("a report");
        assert_eq!(unnamed.meta.planned_year, Some(1986));
    }

    #[test]
    fn canonical_names() {
        assert_eq!(canonical("易县人民政府").as_deref(), Some("易县"));
        assert_eq!(canonical("易县").as_deref(), Some("易县"));
        assert_eq!(canonical("金华市人民政府").as_deref(), Some("金华市"));
        assert_eq!(canonical("国务院").as_deref(), Some("国务院"));
        assert_eq!(canonical("呼伦贝尔市海拉尔区").as_deref(), Some("海拉尔区"));
        assert_eq!(canonical("沧州市献县").as_deref(), Some("献县"));
        assert_eq!(canonical("广州市").as_deref(), Some("广州市"));
        assert_eq!(canonical("济南市市中区").as_deref(), Some("市中区"));
        assert_eq!(
            canonical("宁夏回族自治区").as_deref(),
            Some("宁夏回族自治区")
        );
        assert_eq!(canonical("县人民政府"), None);
        assert_eq!(canonical("许勤作"), None);
    }

    #[test]
    fn names_from_titles_and_congresses() {
        assert_eq!(
            name_from_title("2021年河北省政府工作报告").as_deref(),
            Some("河北省")
        );
        assert_eq!(
            name_from_title("武义县2023年政府工作报告").as_deref(),
            Some("武义县")
        );
        assert_eq!(name_from_title("政府工作报告"), None);
        assert_eq!(name_from_title("政 府 工 作 报 告"), None);
        assert_eq!(
            name_from_congress("易县十七届人民代表大会第六次会议").as_deref(),
            Some("易县")
        );
        assert_eq!(
            name_from_congress("第十四届全国人民代表大会第一次会议").as_deref(),
            Some("国务院")
        );
        assert_eq!(
            name_from_congress("河北省第十三届人民代表大会第四次会议").as_deref(),
            Some("河北省")
        );
    }

    #[test]
    fn county_named_most() {
        let text =
            "全县经济平稳。易县被评为示范县。支持易县发展,提升易县乡村面貌,全县上下。贫困县摘帽。";
        assert_eq!(most_named_county(text), Some(("易县".into(), 3)));
        let text = "武义县经济平稳。武义县被评为强县。提升武义县面貌。";
        assert_eq!(most_named_county(text), Some(("武义县".into(), 3)));
    }

    #[test]
    fn years_from_the_text() {
        assert!(PLAN_YEAR.is_match("2006年是实施“十一五”规划的第一年"));
        assert!(PLAN_YEAR.is_match("综合考虑各种因素,2006年国民经济和社会发展的主要预期目标是"));
        assert!(!PLAN_YEAR.is_match("到2020年是全面建成小康社会"));
        assert!(REVIEW_YEAR.is_match("2005年,我国社会主义现代化事业取得显著成就"));
        assert_eq!(file_year("../corpus/yixian_2018.txt"), Some(2018));
        assert_eq!(file_year("report.txt"), None);
        assert_eq!(year_planned_when_delivered("2023-12-28"), Some(2024));
        assert_eq!(year_planned_when_delivered("2024-01-21"), Some(2024));
        assert_eq!(arabic_date("(二〇〇五年一月十一日)"), "(2005年1月11日)");
        assert_eq!(arabic_date("二〇二〇年十二月"), "2020年12月");
        assert_eq!(
            arabic_date("一九九七年是香港回归之年"),
            "1997年是香港回归之年"
        );
    }

    /// A made-up county report delivered in December, its parts marked `一.` `二.`: it plans
    /// the next year, and being dated the year before is no contradiction.
    #[test]
    fn december_report_plans_next_year() {
        let text = "政府工作报告\n\
            ——2029年12月27日在示例县第九届人民代表大会第四次会议上\n\
            各位代表:\n\
            现在,我代表县人民政府向大会报告工作,请予审议。\n\
            一.2029年工作回顾\n\
            一年来,全县生产总值完成120亿元,比上年增长6%,新建了一批重点项目,取得了明显成效。\n\
            二.2030年工作安排\n\
            今年经济社会发展的主要预期目标是:生产总值增长6%左右,力争完成更多项目。\n\
            各位代表!让我们团结奋斗,再创佳绩!\n";
        let report = crate::parse_report(text.as_bytes(), "report.txt").expect("a report");
        let roles: Vec<Role> = report.parts.iter().map(|p| p.role).collect();
        assert_eq!(roles, [Role::Review, Role::Plan]);
        assert_eq!(report.meta.government.as_deref(), Some("示例县"));
        assert_eq!(report.meta.delivered_on.as_deref(), Some("2029-12-27"));
        assert_eq!(report.meta.planned_year, Some(2030));
        assert_eq!(report.meta.reviewed_year, Some(2029));
        assert!(
            !report
                .diagnostics
                .iter()
                .any(|d| d.message.contains("dated")),
            "{:?}",
            report.diagnostics
        );
    }

    /// A made-up news copy of a national report: a lead paragraph, then the report from part
    /// 一, which a mid-year report gives to last year and this year so far.
    #[test]
    fn titles_letter_spaced_bare_and_announced() {
        let body = "各位代表:\n一、2029年工作回顾\n一年来,经济运行总体平稳,地区生产总值增长6%,取得了明显成效。\n\
            二、2030年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,力争完成更多项目。\n";
        let title = |head: &str| {
            let text = format!("{head}{body}");
            crate::parse_report(text.as_bytes(), "report.txt")
                .expect("a report")
                .meta
                .title
        };
        // Letter-spaced and bare: the scraper's field names the place and year.
        let scraped =
            "标题:示例县2030年政府工作报告\n发文单位:示例县人民政府\n正文:\n政 府 工 作 报 告\n";
        assert_eq!(title(scraped).as_deref(), Some("示例县2030年政府工作报告"));
        // Letter-spaced with nothing better: read closed up.
        assert_eq!(
            title("政 府 工 作 报 告\n").as_deref(),
            Some("政府工作报告")
        );
        // A headline announcing another speaker's report is not the title.
        let news = "标题:示例县2030年政府工作报告\n发文单位:示例县人民政府\n正文:\n张某作县人大常委会工作报告\n";
        assert_eq!(title(news).as_deref(), Some("示例县2030年政府工作报告"));
        assert!(crate::read::clean::is_caption(
            "李某某作示例县人民政府工作报告"
        ));
        assert!(!crate::read::clean::is_caption(
            "示例县深化区域合作工作报告"
        ));
    }

    #[test]
    fn cut_copy_under_a_news_lead() {
        let text = "6月1日上午9时,示例大会在示例会堂开幕,听取国务院总理张某关于政府工作的报告,审查计划草案和预算草案的报告。\n\
            \n\
            一、2030年和今年以来工作回顾\n\
            去年,我国发展面临诸多困难挑战,完成了全年主要目标任务,国内生产总值增长6%,取得了明显成效。\n\
            二、今年发展主要目标和下一阶段工作总体部署\n\
            今年发展主要目标是:城镇新增就业900万人以上,力争完成更多项目,确保经济平稳运行。\n";
        let report = crate::parse_report(text.as_bytes(), "report.txt").expect("a report");
        let roles: Vec<Role> = report.parts.iter().map(|p| p.role).collect();
        assert_eq!(roles, [Role::Review, Role::Plan]);
        assert_eq!(report.meta.government.as_deref(), Some("国务院"));
        assert_eq!(report.meta.planned_year, Some(2031));
        assert_eq!(report.meta.reviewed_year, Some(2030));
    }

    /// A news story on a report, with no parts of its own: its lead names the government
    /// (`示例省代省长李某代表省政府向大会作政府工作报告`), and its file name the year, as for a report.
    #[test]
    fn a_story_on_a_report_is_placed_by_its_lead_and_file_name() {
        let text = "记者 某某\n1月14日,示例省十四届人大三次会议召开。示例省代省长李某代表省政府向大会作政府工作报告,他表示,今年示例省将挑大梁。\n\
                    今年,示例省将实施提振消费专项行动,力争社会消费品零售总额增长5%以上。\n";
        let story = crate::parse_report(text.as_bytes(), "shili_2025_news.txt").expect("a story");
        assert_eq!(story.meta.government.as_deref(), Some("示例省"));
        assert_eq!(story.meta.planned_year, Some(2025));
        // Without a lead naming a government, a note is not dated by its name.
        let note =
            crate::parse_report("今年将实施提振消费专项行动。\n".as_bytes(), "note_2025.txt")
                .expect("a note");
        assert_eq!(note.meta.planned_year, None);
    }

    #[test]
    fn a_story_is_placed_by_the_congress_it_names() {
        // The lead names the office alone (`省长某某代表省人民政府…`); the congress names the
        // government, in the headline or the first paragraph.
        let text = "示例省十四届人大五次会议昨隆重开幕\n早报示例讯\n\
                    昨天上午,示例省第十四届人民代表大会第五次会议在示例会堂隆重举行。\
                    省长甲乙丙代表省人民政府向大会作政府工作报告。\n\
                    甲乙丙在报告中指出,2025年全省生产总值增长百分之五点二。\n";
        let story = crate::parse_report(text.as_bytes(), "shili_2026_story.txt").expect("a story");
        assert_eq!(story.meta.government.as_deref(), Some("示例省"));
        assert_eq!(story.meta.planned_year, Some(2026));
    }

    #[test]
    fn government_from_a_news_lead() {
        let heard = |t: &str| REPORT_HEARD.captures(t).and_then(|c| canonical(&c[1]));
        assert_eq!(
            heard("开幕,听取国务院总理张某关于政府工作的报告,审查").as_deref(),
            Some("国务院")
        );
        assert_eq!(
            heard("会议听取了示例省代省长李某某所作的政府工作报告").as_deref(),
            Some("示例省")
        );
        // A photo caption names no hearing; an office without its government names nobody.
        assert_eq!(heard("国务院总理张某作政府工作报告"), None);
        assert_eq!(heard("听取省长李某所作的政府工作报告"), None);
    }

    /// A delivery line broken after the congress's term (`…在示例省第十四届` / `人民代表大会
    /// 第五次会议上`) still gives the date and the congress.
    #[test]
    fn a_speaker_at_the_end_of_the_delivery_line() {
        let text = "首页\n示例省2026年政府工作报告\n2026年1月27日在示例省第十四届人民代表大会第四次会议上 示例省省长 甲乙\n\
                    时间:\n2026-02-02 09:20\n来源:\n示例省人民政府\n分享:\n省长甲乙作政府工作报告\n各位代表:\n一、2025年工作回顾\n生产总值增长5%。\n二、2026年重点工作\n生产总值增长5%左右。\n";
        let report = crate::parse_report(text.as_bytes(), "t.txt").expect("a report");
        assert_eq!(report.meta.speaker.as_deref(), Some("甲乙"));
    }

    #[test]
    fn a_letter_spaced_name_of_two_characters_is_the_speaker() {
        // Typesetters pad a two-character name to the width of three (`市长 龚 正`).
        assert_eq!(speaker_in("示例市市长 甲 乙").as_deref(), Some("甲乙"));
        assert_eq!(speaker_in("示例市市长　甲　乙").as_deref(), Some("甲乙"));
        assert_eq!(speaker_in("国务院总理 甲乙丙").as_deref(), Some("甲乙丙"));
        assert_eq!(speaker_in("示例市 甲 乙"), None);
        assert_eq!(speaker_in("下载 打 印"), None);
    }

    #[test]
    fn delivery_line_broken_over_two_lines() {
        let text = "示例省政府工作报告\n\
            ——2030年1月20日在示例省第十四届\n\
            人民代表大会第五次会议上\n\
            各位代表:\n\
            一、2029年工作回顾\n\
            一年来,全省生产总值完成1200亿元,比上年增长6%,新建了一批重点项目,取得了明显成效。\n\
            二、2030年工作安排\n\
            今年经济社会发展的主要预期目标是:生产总值增长6%左右,力争完成更多项目。\n";
        let report = crate::parse_report(text.as_bytes(), "report.txt").expect("a report");
        assert_eq!(report.meta.delivered_on.as_deref(), Some("2030-01-20"));
        assert_eq!(
            report.meta.congress.as_deref(),
            Some("示例省第十四届人民代表大会第五次会议")
        );
        assert_eq!(report.meta.planned_year, Some(2030));
    }
}
