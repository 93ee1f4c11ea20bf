//! Metadata: who delivers the report, when, to whom, and which years it reviews and plans.
//!
//! Read from the title lines, the delivery line (`2023年2月1日在…人民代表大会…会议上`), the
//! speaker line, the headings, and as a last resort from what the cleaner dropped (a scraped
//! title like `…报告(20230201)` still carries the date).

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Diagnostic, DiagnosticKind, Metadata, Paragraph, Role, Section};
use crate::read::clean::{Cleaned, furniture_hits};
use crate::read::decode::Line;
use crate::tree::sections::first_year;

static TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.*?工作报告)").expect("valid regex"));
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日").expect("valid regex")
});
static COMPACT_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\((20\d{2})(\d{2})(\d{2})\)").expect("valid regex"));
static CONGRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"日在(.{2,40}?(?:人民代表大会|代表大会).{0,12}?会议)").expect("valid regex")
});
static SPEAKER_TITLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席)\s*([\p{Han}·]{2,4})$")
        .expect("valid regex")
});
static BARE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([\p{Han}·]{2,4})$").expect("valid regex"));
static ON_BEHALF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"我代表(\p{Han}{2,12}?)(?:,|向|对|作)").expect("valid regex"));
static YEAR_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{4}\s*年(?:度)?").expect("valid regex"));

/// A year from a delivery date, the title, or the CSV's `year` column, in that order.
pub fn hint_year(cleaned: &Cleaned) -> Option<u16> {
    let header_text = cleaned.header.iter().map(|l| l.text.as_str());
    header_text
        .clone()
        .find_map(|t| DATE.captures(t).and_then(|c| c[1].parse().ok()))
        .or_else(|| header_text.clone().find_map(first_year))
        .or_else(|| {
            cleaned
                .container_fields
                .iter()
                .find(|(k, _)| k == "year")
                .and_then(|(_, v)| v.trim().parse().ok())
        })
}

/// Reads the metadata. `parts` must already carry their roles.
pub fn extract(
    cleaned: &Cleaned,
    preamble: &[Paragraph],
    parts: &[Section],
) -> (Metadata, Vec<Diagnostic>) {
    let mut meta = Metadata::default();
    let mut diagnostics = Vec::new();
    let header: Vec<&Line> = cleaned.header.iter().collect();
    let title_line = header
        .iter()
        .map(|l| l.text.as_str())
        .find(|t| t.contains("工作报告"))
        .or_else(|| {
            cleaned
                .front_dropped
                .iter()
                .map(|l| l.text.as_str())
                .find(|t| t.contains("工作报告") && t.chars().count() <= 60)
        })
        .or_else(|| {
            cleaned
                .container_fields
                .iter()
                .find(|(k, v)| k == "title" && v.contains("工作报告"))
                .map(|(_, v)| v.as_str())
        });
    meta.title = title_line
        .and_then(|t| TITLE.captures(t))
        .map(|c| c[1].trim().to_string());

    // All lines that may carry the delivery date, best first.
    let mut date_lines: Vec<&str> = header.iter().map(|l| l.text.as_str()).collect();
    date_lines.extend(cleaned.front_dropped.iter().map(|l| l.text.as_str()));
    for text in &date_lines {
        if let Some(c) = DATE.captures(text) {
            let congress_follows = text[c.get(0).map_or(0, |m| m.end())..].contains("会议");
            if congress_follows {
                meta.delivered_on = iso_date(&c[1], &c[2], &c[3]);
            }
        }
        if meta.delivered_on.is_none()
            && text.contains("工作报告")
            && let Some(c) = COMPACT_DATE.captures(text)
        {
            meta.delivered_on = iso_date(&c[1], &c[2], &c[3]);
        }
        if meta.delivered_on.is_some() {
            break;
        }
    }
    meta.congress = header
        .iter()
        .find_map(|l| CONGRESS.captures(&l.text))
        .map(|c| c[1].to_string());
    meta.speaker = header
        .iter()
        .find_map(|l| SPEAKER_TITLED.captures(&l.text))
        .or_else(|| {
            header
                .iter()
                .filter(|l| !l.text.contains("工作报告") && furniture_hits(&l.text) == 0)
                .find_map(|l| BARE_NAME.captures(&l.text))
        })
        .map(|c| c[1].to_string());

    meta.government = government(meta.title.as_deref(), meta.congress.as_deref(), preamble);
    if meta.government.is_none() {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Metadata,
            None,
            "could not tell which government delivers this report",
        ));
    }

    let title_year = meta.title.as_deref().and_then(first_year);
    let date_year = meta
        .delivered_on
        .as_deref()
        .and_then(|d| d[..4].parse().ok());
    let part_year = |role: Role| {
        parts
            .iter()
            .filter(|p| p.role == role)
            .find_map(|p| first_year(&p.title))
    };
    meta.reviewed_year = part_year(Role::Review);
    meta.planned_year = part_year(Role::Plan);
    meta.year = date_year.or(title_year).or_else(|| {
        cleaned
            .container_fields
            .iter()
            .find(|(k, _)| k == "year")
            .and_then(|(_, v)| v.trim().parse().ok())
    });
    if meta.year.is_none() {
        meta.year = meta.planned_year.or(meta.reviewed_year.map(|y| y + 1));
        if meta.year.is_some() {
            meta.inferred.push("year".into());
        }
    }
    if meta.planned_year.is_none()
        && let Some(y) = meta.year
    {
        meta.planned_year = Some(y);
        meta.inferred.push("planned_year".into());
    }
    if meta.reviewed_year.is_none()
        && let Some(y) = meta.year
    {
        meta.reviewed_year = Some(y - 1);
        meta.inferred.push("reviewed_year".into());
    }
    if let (Some(year), Some(planned)) = (meta.year, meta.planned_year)
        && year != planned
    {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Metadata,
            None,
            format!("the report is dated {year} but its plan part is for {planned}"),
        ));
    }
    if let (Some(reviewed), Some(planned)) = (meta.reviewed_year, meta.planned_year)
        && reviewed + 1 != planned
    {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Metadata,
            None,
            format!("the review part is about {reviewed} but the plan part is for {planned}"),
        ));
    }
    (meta, diagnostics)
}

fn iso_date(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The government's name: from the title (`武义县2023年政府工作报告`, `2026年浙江省政府工作报告`),
/// else from the congress (`浙江省第十四届人民代表大会`, `全国人民代表大会` → 国务院), else from
/// `我代表国务院` in the preamble.
fn government(
    title: Option<&str>,
    congress: Option<&str>,
    preamble: &[Paragraph],
) -> Option<String> {
    let from_title = title.and_then(|t| {
        let t = YEAR_MARK.replace_all(t, "");
        let name = t
            .trim_end_matches("工作报告")
            .trim_end_matches("政府")
            .trim_end_matches("人民")
            .trim();
        (name.chars().count() >= 2 && name.chars().all(|c| !c.is_ascii())).then(|| name.to_string())
    });
    let from_congress = || {
        congress.and_then(|c| {
            if c.contains("全国人民代表大会") {
                return Some("国务院".to_string());
            }
            let end = c.find('第').or_else(|| c.find("人民代表大会"))?;
            let name = c[..end].trim();
            (name.chars().count() >= 2).then(|| name.to_string())
        })
    };
    let from_preamble = || {
        preamble.iter().find_map(|p| {
            let name = ON_BEHALF.captures(&p.text)?[1].to_string();
            // `县人民政府` says which kind of government, not which one.
            let generic = ["县", "市", "省", "区", "州", "旗"]
                .iter()
                .any(|k| name == format!("{k}人民政府") || name == format!("{k}政府"));
            (!generic).then_some(name)
        })
    };
    from_title.or_else(from_congress).or_else(from_preamble)
}
