//! The main expected targets of one year's plan, read from reports of many governments,
//! against hand-made answers: `tests/provinces2026/<set>/targets.csv` (columns
//! `stem,indicator_id,target,line,note`), one row per target of the plan's paragraph of main
//! expected targets (`2026年经济社会发展主要预期目标是…`), written from the texts alone.
//!
//! This measures the first thing every verdict rests on — that the tool finds the year's
//! targets and names their indicators — on governments the tool has never seen, one report
//! each, which no pair of consecutive years can give as widely. The texts are not kept in the
//! project: `GOVDIFF_TARGETS_DIR` names the folder holding `<stem>.csv` (or `.txt`), and
//! `GOVDIFF_TARGETS_SET` the set (`open`, the default, or `sealed`). Without the folder the
//! test says so and passes. Misses are printed for the open set only.
//!
//! A gold row is found when a target of the tool's reading of the report (its plan targets,
//! as `compare` judges them) has the gold's indicator id and carries the gold's first number
//! (a relative target, `与经济增长同步`, has none and must be a relative of that indicator);
//! each tool row answers one gold row. Rows `other:<name>` (targets outside the vocabulary's
//! main ids) are found by a tool row carrying the number whose subject shares the name's
//! characters. Targets without a number and not set against another (`保持合理水平`) are
//! counted apart: no figure can be checked against them.

mod common;

use std::path::{Path, PathBuf};

use govdiff::compare::compare;
use govdiff::extract::quantity::scan;
use govdiff::model::{IndicatorRow, Measure, Slot};
use govdiff::text::similarity::dice;

struct Gold {
    stem: String,
    id: String,
    target: String,
    line: Option<usize>,
}

fn gold_rows(path: &Path) -> Vec<Gold> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .map(|r| {
            let field = |i: usize| r.get(i).unwrap_or("").trim().to_string();
            Gold {
                stem: field(0),
                id: field(1),
                target: field(2),
                line: field(3).parse().ok(),
            }
        })
        .filter(|g| !g.stem.is_empty() && !g.id.is_empty())
        .collect()
}

/// The numbers of a written target, as the tool's slots store them (value or base value).
fn numbers(written: &str) -> Vec<(f64, f64)> {
    scan(written)
        .into_iter()
        .filter(|q| q.parts.is_empty())
        .map(|q| (q.value, q.value * q.multiplier))
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn carries(slot: &Slot, written: &str) -> bool {
    numbers(written).iter().any(|&(v, base)| {
        slot.value.is_some_and(|s| close(s, v)) || slot.base_value.is_some_and(|s| close(s, base))
    })
}

/// Whether a tool row (with a target) answers a gold row.
fn answers(g: &Gold, row: &IndicatorRow) -> bool {
    let Some(slot) = &row.target else {
        return false;
    };
    let numbered = !numbers(&g.target).is_empty();
    let figure = if numbered {
        carries(slot, &g.target)
    } else {
        row.measure == Measure::Relative
    };
    match g.id.strip_prefix("other:") {
        Some(name) => {
            let subject: String = row
                .indicator
                .chars()
                .filter(|c| c.is_alphanumeric())
                .collect();
            figure
                && (subject.contains(name)
                    || name.contains(&subject)
                    || dice(name, &subject) >= 0.5)
        }
        None => figure && row.indicator_id.as_deref() == Some(canonical_id(&g.id)),
    }
}

/// The vocabulary's id for a gold id written by its everyday name.
fn canonical_id(id: &str) -> &str {
    match id {
        "fixed_investment" => "fixed_asset_investment",
        other => other,
    }
}

fn report_file(dir: &Path, stem: &str) -> Option<PathBuf> {
    ["csv", "txt", "docx", "html"]
        .iter()
        .map(|ext| dir.join(format!("{stem}.{ext}")))
        .find(|p| p.exists())
}

/// A target without a number that is not set against another (`保持合理水平`, `稳量提质`,
/// `完成国家下达任务`): a verdict can only call it unclear, so it is counted apart.
fn qualitative(g: &Gold) -> bool {
    numbers(&g.target).is_empty()
        && !["同步", "高于", "低于", "快于", "慢于"]
            .iter()
            .any(|w| g.target.contains(w))
}

#[derive(Default)]
struct Tally {
    named: usize,
    named_found: usize,
    other: usize,
    other_found: usize,
    qualitative: usize,
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, o: Tally) {
        self.named += o.named;
        self.named_found += o.named_found;
        self.other += o.other;
        self.other_found += o.other_found;
        self.qualitative += o.qualitative;
    }
}

#[test]
fn main_targets_of_many_governments() {
    let set = std::env::var("GOVDIFF_TARGETS_SET").unwrap_or_else(|_| "open".into());
    let gold_path = common::root().join(format!("tests/provinces2026/{set}/targets.csv"));
    let Some(dir) = std::env::var_os("GOVDIFF_TARGETS_DIR").map(PathBuf::from) else {
        eprintln!("GOVDIFF_TARGETS_DIR not set: main targets not scored");
        return;
    };
    if !dir.is_dir() || !gold_path.exists() {
        eprintln!(
            "{} or {} missing: main targets not scored",
            dir.display(),
            gold_path.display()
        );
        return;
    }
    let gold = gold_rows(&gold_path);
    let show = set != "sealed";
    let mut stems: Vec<&str> = gold.iter().map(|g| g.stem.as_str()).collect();
    stems.dedup();
    let mut all = Tally::default();
    for stem in stems {
        let Some(file) = report_file(&dir, stem) else {
            eprintln!("{stem}: no file in {}", dir.display());
            continue;
        };
        let bytes = std::fs::read(&file).expect("readable");
        let name = file.to_string_lossy();
        let rows = match govdiff::parse_report(&bytes, &name) {
            Ok(report) => compare(report.clone(), report).indicators,
            Err(e) => {
                eprintln!("{stem}: {e}");
                Vec::new()
            }
        };
        let mut used = vec![false; rows.len()];
        let mut tally = Tally::default();
        let mut misses = Vec::new();
        for g in gold.iter().filter(|g| g.stem == stem) {
            if qualitative(g) {
                tally.qualitative += 1;
                continue;
            }
            let found = rows
                .iter()
                .enumerate()
                .find(|(i, r)| !used[*i] && answers(g, r))
                .map(|(i, _)| i);
            if let Some(i) = found {
                used[i] = true;
            } else {
                misses.push(format!(
                    "  miss  {} {} L{}",
                    g.id,
                    g.target,
                    g.line.map_or("?".into(), |l| l.to_string())
                ));
            }
            let (n, f) = if g.id.starts_with("other:") {
                (&mut tally.other, &mut tally.other_found)
            } else {
                (&mut tally.named, &mut tally.named_found)
            };
            *n += 1;
            *f += usize::from(found.is_some());
        }
        println!(
            "{stem:<24} main ids {}/{} · other {}/{} · without a number {}",
            tally.named_found, tally.named, tally.other_found, tally.other, tally.qualitative
        );
        if show {
            for m in &misses {
                println!("{m}");
            }
            for r in rows.iter().zip(&used).filter(|(_, u)| !**u).map(|(r, _)| r) {
                if let Some(t) = &r.target {
                    println!(
                        "  tool  {} {} [{}] L{}",
                        r.indicator_id.as_deref().unwrap_or("-"),
                        r.indicator,
                        t.written,
                        t.line
                    );
                }
            }
        }
        all += tally;
    }
    let share = |f: usize, n: usize| if n == 0 { 0.0 } else { f as f64 / n as f64 };
    println!(
        "main targets ({set}): main ids found {}/{} ({:.3}), other targets found {}/{} ({:.3}); {} without a number not scored",
        all.named_found,
        all.named,
        share(all.named_found, all.named),
        all.other_found,
        all.other,
        share(all.other_found, all.other),
        all.qualitative
    );
}
