//! Sixth stage, commitments: last year's qualitative commitments traced into this year's
//! review and plan, and this year's new ones.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Commitment, CommitmentRow, CommitmentStatus, Report, Role};
use crate::text::similarity::dice;

static COMMITMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:力争|确保|争取|全力|着力)?(?P<verb>启动|开工建设|建成|争创|创成|加快建设)(?P<object>\p{Han}[^,;:。]*)$")
        .expect("valid regex")
});
/// Nouns of things that get built and finished.
const FACILITY: &[&str] = &[
    "区",
    "园",
    "馆",
    "院",
    "中心",
    "桥",
    "项目",
    "工程",
    "厂",
    "站",
    "路",
    "线",
    "校区",
    "大楼",
    "基地",
    "平台",
    "综合体",
    "枢纽",
    "公园",
    "广场",
    "机场",
    "码头",
    "港",
    "场",
    "楼",
];
const DONE_WORDS: &[&str] = &[
    "建成", "投用", "投产", "通过", "获评", "创成", "开通", "完成", "通车", "开业", "落成", "挂牌",
    "竣工", "成功", "入选", "获批",
];
/// Levels of an honour: a commitment to a national title is not met by a provincial one.
const LEVELS: &[&str] = &["国家级", "国家", "全国", "省级", "全省", "市级", "全市"];

fn level_of(text: &str) -> Option<&'static str> {
    LEVELS.iter().find(|l| text.contains(*l)).map(|l| match *l {
        "国家级" | "国家" | "全国" => "national",
        "省级" | "全省" => "provincial",
        _ => "city",
    })
}

/// The thing promised, without the trailing words of the promise (`建设`, `工作`).
fn object_key(object: &str) -> String {
    let o = object
        .trim_end_matches("建设")
        .trim_end_matches("工程")
        .trim_end_matches("前期工作")
        .trim_end_matches("工作");
    o.to_string()
}

/// Qualitative commitments of a report's plan (or review, for evidence): clauses that open
/// with a commitment verb and carry no number.
pub fn commitments(report: &Report, roles: &[Role]) -> Vec<Commitment> {
    let mut out = Vec::new();
    for section in report.sections() {
        if !roles.contains(&section.role) {
            continue;
        }
        for p in &section.paragraphs {
            for clause in p.text.split([',', ';', '。', '!', ':']) {
                let clause = clause.trim();
                if clause.chars().any(|c| c.is_ascii_digit()) {
                    continue;
                }
                if let Some(c) = COMMITMENT.captures(clause) {
                    let object = c["object"].to_string();
                    // `加快建设` is a commitment only for a thing that can be finished.
                    if &c["verb"] == "加快建设" && !FACILITY.iter().any(|f| object.ends_with(f))
                    {
                        continue;
                    }
                    if object.chars().count() < 3
                        || object.contains("、") && object.chars().count() > 30
                    {
                        continue;
                    }
                    out.push(Commitment {
                        verb: c["verb"].to_string(),
                        object,
                        section: section.path.clone(),
                        line: p.line,
                        clause: clause.to_string(),
                    });
                }
            }
        }
    }
    out
}

/// Is `clause` about the thing `key` names?
fn mentions(clause: &str, key: &str, key_level: Option<&str>) -> bool {
    if key.chars().count() < 3 {
        return false;
    }
    let same_level = level_of(clause) == key_level || key_level.is_none();
    if !same_level {
        return false;
    }
    if clause.contains(key) {
        return true;
    }
    // Cheap test first: a clause about the thing shares most of its character pairs.
    let key_chars: Vec<char> = key.chars().collect();
    let shared = key_chars
        .windows(2)
        .filter(|w| clause.contains(&w.iter().collect::<String>()))
        .count();
    if shared * 2 < key_chars.len().saturating_sub(1) {
        return false;
    }
    // A window of the clause as long as the key, compared by bigrams.
    let chars: Vec<char> = clause.chars().collect();
    let n = key.chars().count();
    if chars.len() < n {
        return dice(clause, key) >= 0.75;
    }
    chars
        .windows(n)
        .any(|w| dice(&w.iter().collect::<String>(), key) >= 0.75)
}

/// Traces last year's commitments into this year's review and plan.
pub fn trace_commitments(old: &Report, new: &Report) -> (Vec<CommitmentRow>, Vec<Commitment>) {
    let promised = commitments(old, &[Role::Plan]);
    let planned_again = commitments(new, &[Role::Plan]);
    let reported = review_clauses(new);
    let mut rows = Vec::new();
    let mut carried = vec![false; planned_again.len()];
    for c in promised {
        let key = object_key(&c.object);
        let level = level_of(&c.object);
        let evidence = reported
            .iter()
            .find(|(_, _, clause)| mentions(clause, &key, level))
            .cloned();
        let (status, evidence) = match evidence {
            Some((section, line, clause)) => {
                // Reported finished is done; reported under way (`开工`, `推进`, `加快`), or
                // merely reported at work, is in progress.
                let status = if DONE_WORDS.iter().any(|w| clause.contains(w)) {
                    CommitmentStatus::Done
                } else {
                    CommitmentStatus::InProgress
                };
                (
                    status,
                    Some(Commitment {
                        verb: String::new(),
                        object: key.clone(),
                        section,
                        line,
                        clause,
                    }),
                )
            }
            None => (CommitmentStatus::Unreported, None),
        };
        let again = planned_again.iter().position(|n| {
            mentions(&n.object, &key, level)
                || mentions(&c.object, &object_key(&n.object), level_of(&n.object))
        });
        if let Some(k) = again {
            carried[k] = true;
        }
        rows.push(CommitmentRow {
            commitment: c,
            status,
            evidence,
            carried_over: again.map(|k| planned_again[k].clone()),
        });
    }
    let fresh = planned_again
        .into_iter()
        .zip(carried)
        .filter(|(_, c)| !c)
        .map(|(n, _)| n)
        .collect();
    (rows, fresh)
}

/// Clauses of a report's review part: (section, line, clause).
fn review_clauses(report: &Report) -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    for s in report.sections() {
        if s.role != Role::Review {
            continue;
        }
        for p in &s.paragraphs {
            for clause in p.text.split([',', ';', '。', '!']) {
                if !clause.trim().is_empty() {
                    out.push((s.path.clone(), p.line, clause.trim().to_string()));
                }
            }
        }
    }
    out
}
