//! Precision and recall of indicator extraction against hand-made gold files.
//!
//! A found indicator matches a gold one when they stand on the same line and agree on the
//! measure, the value and the unit (and each gold row is matched at most once). Subjects are
//! compared separately (character-bigram Dice ≥ 0.5) and reported, since wording of a name
//! may differ without the figure being wrong. Run with `--nocapture` to see the misses.

mod common;

use std::path::Path;

use govdiff::model::Indicator;
use govdiff::text::similarity::dice;

#[derive(Debug)]
struct Gold {
    line: usize,
    subject: String,
    measure: String,
    value: Option<f64>,
    unit: String,
}

/// Reads a gold CSV: `# lines: a,b,c` restricts the comparison to those lines.
fn read_gold(path: &Path) -> (Vec<Gold>, Option<Vec<usize>>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let lines = text
        .lines()
        .find_map(|l| l.strip_prefix("# lines:"))
        .map(|l| l.split(',').filter_map(|n| n.trim().parse().ok()).collect());
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let gold = reader
        .records()
        .map(|r| {
            let r = r.expect("valid gold row");
            Gold {
                line: r[0].parse().expect("line"),
                subject: r[1].to_string(),
                measure: r[2].to_string(),
                value: r[3].parse().ok(),
                unit: r[4].to_string(),
            }
        })
        .collect();
    (gold, lines)
}

struct Score {
    precision: f64,
    recall: f64,
    subjects: f64,
    found: usize,
    gold: usize,
}

fn same(ind: &Indicator, g: &Gold) -> bool {
    let value = match (ind.value, g.value) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    };
    ind.line == g.line
        && ind.measure.as_str() == g.measure
        && value
        && ind.unit.as_deref().unwrap_or("") == g.unit
}

fn score(report_path: &Path, gold_path: &Path) -> Score {
    let report = govdiff::read_report(report_path).unwrap_or_else(|e| panic!("{e}"));
    let (gold, lines) = read_gold(gold_path);
    let found: Vec<Indicator> = govdiff::extract::indicators::extract(&report)
        .into_iter()
        .filter(|i| lines.as_ref().is_none_or(|l| l.contains(&i.line)))
        .collect();
    let mut used = vec![false; found.len()];
    let mut matched = 0;
    let mut subject_ok = 0;
    let mut missed = Vec::new();
    for g in &gold {
        match (0..found.len()).find(|&k| !used[k] && same(&found[k], g)) {
            Some(k) => {
                used[k] = true;
                matched += 1;
                if dice(&found[k].subject, &g.subject) >= 0.5 {
                    subject_ok += 1;
                } else {
                    println!(
                        "  subject differs, line {}: found {} / gold {}",
                        g.line, found[k].subject, g.subject
                    );
                }
            }
            None => missed.push(g),
        }
    }
    for g in &missed {
        println!(
            "  missed, line {}: {} {} {:?} {}",
            g.line, g.subject, g.measure, g.value, g.unit
        );
    }
    for (k, f) in found.iter().enumerate() {
        if !used[k] {
            println!(
                "  spurious, line {}: {} {} {:?} {}",
                f.line,
                f.subject,
                f.measure.as_str(),
                f.value,
                f.unit.as_deref().unwrap_or("")
            );
        }
    }
    let s = Score {
        precision: matched as f64 / found.len().max(1) as f64,
        recall: matched as f64 / gold.len().max(1) as f64,
        subjects: subject_ok as f64 / matched.max(1) as f64,
        found: found.len(),
        gold: gold.len(),
    };
    println!(
        "{}: precision {:.3} recall {:.3} ({} found, {} gold, {matched} matched), subjects agree {:.3}",
        report_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        s.precision,
        s.recall,
        s.found,
        s.gold,
        s.subjects
    );
    s
}

#[test]
fn samples_meet_the_bar() {
    for name in ["qinglan_2023", "qinglan_2024"] {
        let s = score(
            &common::sample(&format!("{name}.txt")),
            &common::sample(&format!("{name}.indicators.csv")),
        );
        assert!(s.precision >= 0.97, "{name}: precision {:.3}", s.precision);
        assert!(s.recall >= 0.97, "{name}: recall {:.3}", s.recall);
        assert!(s.subjects >= 0.9, "{name}: subjects {:.3}", s.subjects);
    }
}

#[test]
fn gb18030_copy_gives_the_same_indicators() {
    let a = govdiff::read_report(&common::sample("qinglan_2023.txt")).unwrap();
    let b = govdiff::read_report(&common::sample("qinglan_2023.gb18030.txt")).unwrap();
    assert_eq!(
        govdiff::extract::indicators::extract(&a),
        govdiff::extract::indicators::extract(&b)
    );
}

#[test]
fn corpus_county_report_meets_the_bar() {
    let Some(dir) = common::corpus_dir() else {
        return;
    };
    let path = dir.join("wuyi_2023.txt");
    if !path.exists() {
        eprintln!("skipped: wuyi_2023.txt absent");
        return;
    }
    let gold = common::root().join("tests/gold/wuyi_2023.indicators.csv");
    let s = score(&path, &gold);
    assert!(s.gold >= 60);
    assert!(s.precision >= 0.9, "precision {:.3}", s.precision);
    assert!(s.recall >= 0.9, "recall {:.3}", s.recall);
}

/// Written before the extractor first ran on this file: the honest estimate.
#[test]
fn corpus_national_report_held_out() {
    let Some(dir) = common::corpus_dir() else {
        return;
    };
    let path = dir.join("national_2024.txt");
    if !path.exists() {
        eprintln!("skipped: national_2024.txt absent");
        return;
    }
    let gold = common::root().join("tests/gold/national_2024.indicators.csv");
    let s = score(&path, &gold);
    println!(
        "national_2024 held out: precision {:.3} recall {:.3}",
        s.precision, s.recall
    );
    assert!(s.precision >= 0.9, "precision {:.3}", s.precision);
    assert!(s.recall >= 0.75, "recall {:.3}", s.recall);
}

#[test]
fn indented_copy_gives_the_same_indicators() {
    let Some(dir) = common::corpus_dir() else {
        return;
    };
    let (a, b) = (
        dir.join("national_2022.txt"),
        dir.join("national_2022_indented.txt"),
    );
    if !a.exists() || !b.exists() {
        return;
    }
    let key = |p: &Path| -> Vec<(String, String, Option<f64>)> {
        let r = govdiff::read_report(p).unwrap();
        govdiff::extract::indicators::extract(&r)
            .into_iter()
            .map(|i| (i.subject, i.measure.as_str().to_string(), i.value))
            .collect()
    };
    assert_eq!(key(&a), key(&b));
}
