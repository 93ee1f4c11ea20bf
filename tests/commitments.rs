//! Commitments against hand-made lists (`tests/gold/commitments/OLD__NEW.csv`).
//!
//! A gold commitment is found when a commitment of the tool on the same side (OLD's plan or
//! NEW's plan) names the same object: one object name containing the other, or
//! character-bigram Dice ≥ 0.6, or Dice ≥ 0.34 on the same line; best pairs first, each
//! matched once. Then, among the found ones: the status (`done`, `in_progress`,
//! `unreported`) of OLD's commitments, the change of OLD's commitments (`continued`,
//! `dropped`, none), and whether NEW's are reported `new` or `continued`. Tool commitments
//! matched to no gold row are counted as a proxy for false commitments (the gold lists may
//! leave out true ones). Run with `--nocapture` to see the figures and every miss.
//!
//! Precision is estimated with `tests/gold/commitments/precision_sample.csv`: tool rows of
//! an earlier run that matched no gold row, drawn at random and judged by reading their
//! clauses (`real` or `false`). The share of `real` among today's unmatched rows that the
//! sample judged stands for all unmatched rows: estimated precision = (gold-matched rows +
//! that share × unmatched rows) / all rows.

mod common;

use std::collections::HashMap;
use std::path::Path;

use govdiff::extract::commitments::object_key;
use govdiff::text::similarity::dice;

#[derive(Debug, Clone)]
struct Gold {
    side: String,
    object: String,
    old_line: Option<usize>,
    new_line: Option<usize>,
    outcome: String,
    change: String,
}

fn read_gold(path: &Path) -> Vec<Gold> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let headers = reader.headers().expect("a header row").clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{}: no column {name}", path.display()))
    };
    let (side, object, old_line, new_line, outcome, change) = (
        col("side"),
        col("object"),
        col("old_line"),
        col("new_line"),
        col("outcome"),
        col("change"),
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            Gold {
                side: r[side].trim().to_string(),
                object: r[object].trim().to_string(),
                old_line: r[old_line].trim().parse().ok(),
                new_line: r[new_line].trim().parse().ok(),
                outcome: r[outcome].trim().to_string(),
                change: r[change].trim().to_string(),
            }
        })
        .collect()
}

/// The lines a partial gold list covers, per side, from a comment line
/// `# scope: old 50 53; new 38 47` (a list made of chosen paragraphs; `30-39` stands for the
/// lines 30 to 39, a plan's groups): tool rows on other lines are neither counted nor shown
/// as rows not in gold. `None` for a whole list.
type Scope = Option<HashMap<String, Vec<usize>>>;

fn read_scope(path: &Path) -> Scope {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let line = text
        .lines()
        .filter_map(|l| l.strip_prefix('#'))
        .find_map(|l| l.trim().strip_prefix("scope:"))?;
    let mut scope = HashMap::new();
    for part in line.split(';') {
        let mut words = part.split_whitespace();
        let Some(side) = words.next() else { continue };
        let number = |w: &str| -> usize {
            w.parse()
                .unwrap_or_else(|e| panic!("{}: scope {w:?}: {e}", path.display()))
        };
        let lines = words
            .flat_map(|w| match w.split_once('-') {
                Some((first, last)) => (number(first)..=number(last)).collect::<Vec<_>>(),
                None => vec![number(w)],
            })
            .collect();
        scope.insert(side.to_string(), lines);
    }
    Some(scope)
}

fn in_scope(scope: &Scope, side: &str, line: usize) -> bool {
    scope
        .as_ref()
        .is_none_or(|s| s.get(side).is_some_and(|lines| lines.contains(&line)))
}

/// A commitment as the tool reports it.
#[derive(Debug, Clone)]
struct Found {
    side: &'static str,
    object: String,
    line: usize,
    outcome: String,
    change: String,
}

fn found(c: &govdiff::compare::Comparison) -> Vec<Found> {
    let mut out: Vec<Found> = c
        .commitments
        .iter()
        .map(|r| Found {
            side: "old",
            object: r.commitment.object.clone(),
            line: r.commitment.line,
            outcome: govdiff::render::commitments::status_code(r.status).to_string(),
            change: r.change.map_or(String::new(), |c| c.as_str().to_string()),
        })
        .collect();
    out.extend(c.next_commitments.iter().map(|p| Found {
        side: "new",
        object: p.commitment.object.clone(),
        line: p.commitment.line,
        outcome: String::new(),
        change: p.change.as_str().to_string(),
    }));
    out
}

/// 2 for the same key, 1 when one contains the other, else bigram Dice.
fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (object_key(a), object_key(b));
    let short = a.chars().count().min(b.chars().count());
    if a == b {
        2.0
    } else if short >= 2 && (a.contains(&b) || b.contains(&a)) {
        1.0
    } else {
        dice(&a, &b)
    }
}

/// Gold row → tool row, best pairs first.
fn align(gold: &[Gold], tool: &[Found]) -> Vec<Option<usize>> {
    let mut pairs: Vec<(bool, f64, usize, usize)> = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        let line = if g.side == "old" {
            g.old_line
        } else {
            g.new_line
        };
        for (j, t) in tool.iter().enumerate() {
            if t.side != g.side {
                continue;
            }
            let sim = similarity(&g.object, &t.object);
            let same_line = line == Some(t.line);
            if sim >= 0.6 || (same_line && sim >= 0.34) {
                pairs.push((same_line, sim, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| {
        (b.1 >= 1.999, b.1 >= 0.999, b.0)
            .cmp(&(a.1 >= 1.999, a.1 >= 0.999, a.0))
            .then(b.1.total_cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut of_gold = vec![None; gold.len()];
    let mut taken = vec![false; tool.len()];
    for (_, _, i, j) in pairs {
        if of_gold[i].is_none() && !taken[j] {
            of_gold[i] = Some(j);
            taken[j] = true;
        }
    }
    of_gold
}

/// The figures of one pair.
#[derive(Debug, Default)]
struct Score {
    gold: usize,
    found: usize,
    gold_old: usize,
    found_old: usize,
    status_right: usize,
    old_change_right: usize,
    gold_new: usize,
    found_new: usize,
    listed_new: usize,
    reported_new: usize,
    listed_continued: usize,
    reported_continued: usize,
    tool: usize,
    extra: usize,
    /// Unmatched rows the precision sample judged, and those it judged real.
    judged: usize,
    judged_real: usize,
}

/// Judged rows of the precision sample: (pair, side, line, object) → real.
type Judged = HashMap<(String, String, usize, String), bool>;

fn read_precision_sample(path: &Path) -> Judged {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let line = r[2]
                .trim()
                .parse()
                .unwrap_or_else(|e| panic!("{}: line {:?}: {e}", path.display(), &r[2]));
            let judgement = r[4].trim();
            assert!(
                judgement == "real" || judgement == "false",
                "{}: judgement {judgement:?}",
                path.display()
            );
            (
                (r[0].to_string(), r[1].to_string(), line, r[3].to_string()),
                judgement == "real",
            )
        })
        .collect()
}

/// (gold-matched rows + real share of the judged unmatched rows × unmatched rows) / rows.
fn estimated_precision(s: &Score) -> f64 {
    let real_share = ratio(s.judged_real, s.judged);
    ratio(s.tool - s.extra, s.tool) + real_share * ratio(s.extra, s.tool)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn score_pair(old: &Path, new: &Path, gold_path: &Path, stem: &str, judged: &Judged) -> Score {
    let gold = read_gold(gold_path);
    let scope = read_scope(gold_path);
    let c = govdiff::compare::compare(common::read(old), common::read(new));
    let tool = found(&c);
    let of_gold = align(&gold, &tool);
    let matched: Vec<usize> = of_gold.iter().flatten().copied().collect();
    let counted = tool
        .iter()
        .enumerate()
        .filter(|(j, t)| matched.contains(j) || in_scope(&scope, t.side, t.line))
        .count();
    let mut s = Score {
        gold: gold.len(),
        tool: counted,
        ..Score::default()
    };
    let mut misses = Vec::new();
    for (g, m) in gold.iter().zip(&of_gold) {
        let t = m.map(|j| &tool[j]);
        if t.is_some() {
            s.found += 1;
        }
        if g.side == "old" {
            s.gold_old += 1;
            if let Some(t) = t {
                s.found_old += 1;
                if t.outcome == g.outcome {
                    s.status_right += 1;
                } else {
                    misses.push(format!(
                        "  status  {} {}: gold {} tool {}",
                        g.object, t.object, g.outcome, t.outcome
                    ));
                }
                if t.change == g.change {
                    s.old_change_right += 1;
                } else {
                    misses.push(format!(
                        "  change  old {} {}: gold {:?} tool {:?}",
                        g.object, t.object, g.change, t.change
                    ));
                }
            } else {
                misses.push(format!(
                    "  missed  old {} (line {:?}, {})",
                    g.object, g.old_line, g.outcome
                ));
            }
        } else {
            s.gold_new += 1;
            if t.is_some() {
                s.found_new += 1;
            } else {
                misses.push(format!(
                    "  missed  new {} (line {:?}, {})",
                    g.object, g.new_line, g.change
                ));
            }
            let reported = t.map_or("", |t| t.change.as_str());
            match g.change.as_str() {
                "new" => {
                    s.listed_new += 1;
                    if reported == "new" {
                        s.reported_new += 1;
                    } else if t.is_some() {
                        misses.push(format!(
                            "  change  new {}: gold new tool {reported}",
                            g.object
                        ));
                    }
                }
                "continued" => {
                    s.listed_continued += 1;
                    if reported == "continued" {
                        s.reported_continued += 1;
                    } else if t.is_some() {
                        misses.push(format!(
                            "  change  new {}: gold continued tool {reported}",
                            g.object
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    for (j, t) in tool.iter().enumerate() {
        if !matched.contains(&j) && in_scope(&scope, t.side, t.line) {
            s.extra += 1;
            let key = (
                stem.to_string(),
                t.side.to_string(),
                t.line,
                t.object.clone(),
            );
            if let Some(&real) = judged.get(&key) {
                s.judged += 1;
                s.judged_real += usize::from(real);
            }
            misses.push(format!(
                "  extra   {} {} (line {}, {} {})",
                t.side, t.object, t.line, t.outcome, t.change
            ));
        }
    }
    for m in misses {
        println!("{m}");
    }
    s
}

#[test]
fn commitments_against_gold() {
    let Some(dir) = common::corpus_dir() else {
        return;
    };
    let gold_dir = common::gold_dir("commitments");
    let mut golds: Vec<_> = std::fs::read_dir(&gold_dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    golds.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "csv"));
    golds.sort();
    assert!(!golds.is_empty(), "no gold files in {}", gold_dir.display());
    let judged =
        read_precision_sample(&common::root().join("tests/gold/commitments/precision_sample.csv"));
    let mut total = Score::default();
    let mut table = Vec::new();
    for gold in &golds {
        let stem = gold.file_stem().unwrap_or_default().to_string_lossy();
        let Some((old, new)) = stem.split_once("__") else {
            continue;
        };
        let (Some(old), Some(new)) = (
            common::corpus_file(&dir, old),
            common::corpus_file(&dir, new),
        ) else {
            eprintln!("skipped {stem}: report files absent");
            continue;
        };
        println!("{stem}");
        let s = score_pair(&old, &new, gold, &stem, &judged);
        table.push(format!(
            "| {stem} | {} | {:.2} ({}/{}) | {:.2} ({}/{}) | {:.2} ({}/{}) | {:.2} ({}/{}) | {:.2} ({}/{}) | {:.2} ({}/{}) | {} of {} | {:.2} ({} of {} judged real) |",
            s.gold,
            ratio(s.found, s.gold),
            s.found,
            s.gold,
            ratio(s.found_old, s.gold_old),
            s.found_old,
            s.gold_old,
            ratio(s.status_right, s.found_old),
            s.status_right,
            s.found_old,
            ratio(s.old_change_right, s.found_old),
            s.old_change_right,
            s.found_old,
            ratio(s.reported_new, s.listed_new),
            s.reported_new,
            s.listed_new,
            ratio(s.reported_continued, s.listed_continued),
            s.reported_continued,
            s.listed_continued,
            s.extra,
            s.tool,
            estimated_precision(&s),
            s.judged_real,
            s.judged
        ));
        total.gold += s.gold;
        total.found += s.found;
        total.gold_old += s.gold_old;
        total.found_old += s.found_old;
        total.status_right += s.status_right;
        total.old_change_right += s.old_change_right;
        total.listed_new += s.listed_new;
        total.reported_new += s.reported_new;
        total.listed_continued += s.listed_continued;
        total.reported_continued += s.reported_continued;
        total.extra += s.extra;
        total.tool += s.tool;
        total.judged += s.judged;
        total.judged_real += s.judged_real;
    }
    println!(
        "\n| pair | gold | found | found (OLD plan) | status right | OLD change right | NEW reported new | NEW reported continued | tool rows not in gold | estimated precision |"
    );
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for row in &table {
        println!("{row}");
    }
    let found = ratio(total.found, total.gold);
    let status = ratio(total.status_right, total.found_old);
    let new = ratio(total.reported_new, total.listed_new);
    let precision = estimated_precision(&total);
    println!(
        "all: found {found:.3}, status right {status:.3}, new reported new {new:.3}, {} of {} tool rows not in gold, estimated precision {precision:.3} ({} of {} judged unmatched rows real)",
        total.extra, total.tool, total.judged_real, total.judged
    );
    // Floors below the measured figures (docs/accuracy.md), so a regression fails. Session 12
    // added ten harder pairs (the State Council's 2006→07, 2010→11, 2015→16, 2021→22 among
    // them), which took the totals from .883/.863/.881 (precision .644) to .824/.860/.796
    // (.567) before any rule changed; the floors follow the larger yardstick.
    assert!(found >= 0.80, "found {found:.3}");
    assert!(status >= 0.84, "status right {status:.3}");
    assert!(new >= 0.78, "new reported new {new:.3}");
    assert!(precision >= 0.55, "estimated precision {precision:.3}");
}

/// Pieces of plan clauses: verbs, lists, quotes, frames, numbers, heads.
const PIECES: &[&str] = &[
    "启动",
    "建成",
    "推进",
    "加快",
    "实施",
    "开展",
    "制定",
    "出台",
    "举办",
    "争创",
    "坚持",
    "以",
    "为重点",
    "在",
    "和",
    "及",
    "、",
    "等",
    "项目",
    "行动",
    "工程",
    "中心",
    "示范县",
    "改革",
    "建设",
    "改造",
    "“",
    "”",
    "《",
    "》",
    "(",
    ")",
    "（一期）",
    "二期",
    "第八届",
    "2024年",
    "5个",
    "30万平方米",
    "的",
    "好",
    "对",
    "青岚",
    "大桥",
    "，",
    "。",
    "；",
    "[9]",
    "暨",
    "会",
    "一批",
    "各类",
    "企业",
    "开展好",
    "前期工作",
    "投入使用",
    "年内",
    "力争",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 500, .. Default::default() })]

    /// Any clause made of the grammar's pieces reads without panicking, and every object it
    /// gives has a key and a core.
    #[test]
    fn clauses_never_panic(pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..24)) {
        let clause = pieces.concat();
        for (_, object, _) in govdiff::extract::commitments::clause_commitments(&clause) {
            let key = object_key(&object);
            let _ = govdiff::extract::commitments::object_core(&key);
        }
    }
}

/// `--what commitments --format csv`: the columns the issue names, one row per commitment of
/// both plans, and the samples' commitments in them.
#[test]
fn cli_commitments_csv() {
    let out = assert_cmd::Command::cargo_bin("govdiff")
        .expect("the binary")
        .args(["compare", "--what", "commitments", "--format", "csv"])
        .arg(common::sample("qinglan_2023.txt"))
        .arg(common::sample("qinglan_2024.txt"))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_string)
        .collect();
    for column in [
        "side",
        "object",
        "verb",
        "outcome",
        "change",
        "old_clause",
        "new_clause",
        "old_section",
        "new_section",
        "old_line",
        "new_line",
    ] {
        assert!(
            headers.iter().any(|h| h == column),
            "{column} in {headers:?}"
        );
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    let col = |name: &str| headers.iter().position(|h| h == name).expect("column");
    let find = |side: &str, object: &str| {
        rows.iter()
            .find(|r| &r[col("side")] == side && &r[col("object")] == object)
            .unwrap_or_else(|| panic!("no {side} row for {object}"))
    };
    let bridge = find("old", "青岚大桥");
    assert_eq!(&bridge[col("outcome")], "done");
    assert_eq!(&bridge[col("new_line")], "89");
    // `启动城北智造园二期建设` promised, `城北智造园二期开工建设` reported: the start was
    // promised and it started.
    assert_eq!(&find("old", "城北智造园二期")[col("outcome")], "done");
    assert_eq!(&find("old", "城北智造园二期")[col("change")], "continued");
    assert_eq!(&find("old", "县域物流配送中心")[col("change")], "dropped");
    assert_eq!(&find("new", "青岚二中新校区")[col("change")], "new");
    let hospital = find("new", "县人民医院新院区");
    assert_eq!(&hospital[col("change")], "continued");
    assert!(hospital[col("old_clause")].contains("县人民医院新院区"));
}
