//! `govdiff track`: grouping, duplicates, gaps, the panel's columns, the views, the command
//! line (failures, skips, exit status), and the State Council series against the hand-made
//! gold (`tests/gold/series/national.csv`).

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use govdiff::compare::track::{self, Panel, PanelRow};
use govdiff::model::Outcome;
use govdiff::render;
use govdiff::render::lang::Lang;

/// The samples folder as a user would pass it (relative, so outputs are stable).
fn samples_panel() -> Panel {
    track::track(&[PathBuf::from("samples")])
}

fn row<'a>(panel: &'a Panel, year: u16, indicator: &str) -> &'a PanelRow {
    panel
        .rows
        .iter()
        .find(|r| r.year == year && r.indicator == indicator)
        .unwrap_or_else(|| panic!("no row {year} {indicator}"))
}

#[test]
fn samples_are_one_government_with_one_pair() {
    let panel = samples_panel();
    assert_eq!(panel.governments.len(), 1);
    let g = &panel.governments[0];
    assert_eq!(g.government, "青岚县");
    assert_eq!(
        g.reports.iter().map(|r| r.year).collect::<Vec<_>>(),
        [2023, 2024]
    );
    assert_eq!(g.pairs, 1);
    assert!(g.gaps.is_empty());
    // The two copies of 2023 (UTF-8 and GB18030) are named, one is used, the rule is said.
    assert_eq!(panel.duplicates.len(), 1);
    let d = &panel.duplicates[0];
    assert_eq!((d.government.as_str(), d.year), ("青岚县", 2023));
    assert_eq!(d.used, "samples/qinglan_2023.gb18030.txt");
    assert_eq!(d.set_aside, ["samples/qinglan_2023.txt"]);
    assert!(
        panel
            .warnings
            .iter()
            .map(ToString::to_string)
            .any(|w| w.contains("2 copies") && w.contains("rule: fewer reading warnings"))
    );
    // The indicator tables beside the samples are read, found to hold no report, skipped.
    let skipped: Vec<&str> = panel.skipped.iter().map(|s| s.path.as_str()).collect();
    assert_eq!(
        skipped,
        [
            "samples/qinglan_2023.indicators.csv",
            "samples/qinglan_2024.indicators.csv"
        ]
    );
    assert!(panel.unplaced.is_empty() && panel.failures.is_empty());
}

#[test]
fn samples_rows_hold_the_four_figures_and_their_places() {
    let panel = samples_panel();
    let gdp = row(&panel, 2023, "地区生产总值");
    assert_eq!(gdp.target.written, "增长6.5%左右");
    assert_eq!(gdp.actual.as_ref().unwrap().written, "增长7.1%");
    assert_eq!(gdp.outcome, Some(Outcome::Met));
    assert_eq!(gdp.next_target.as_ref().unwrap().written, "增长6%左右");
    assert_eq!(gdp.change.map(|c| c.as_str()), Some("lowered"));
    assert_eq!(gdp.target_file, "samples/qinglan_2023.gb18030.txt");
    assert_eq!(gdp.next_file, "samples/qinglan_2024.txt");
    let revenue = row(&panel, 2023, "一般公共预算收入");
    assert_eq!(revenue.outcome, Some(Outcome::Missed));
    // The last year's targets have no next report: unreported, and the note says why.
    let last = row(&panel, 2024, "地区生产总值");
    assert_eq!(last.target.written, "增长6%左右");
    assert_eq!(last.outcome, Some(Outcome::Unreported));
    assert!(last.actual.is_none() && last.change.is_none());
    assert!(last.note.as_deref().unwrap().contains("no report for 2025"));
    // One series links the GDP target of both years.
    assert_eq!(gdp.series, last.series);
    let main = &panel.governments[0].main;
    assert!(
        main.iter()
            .any(|m| m.series == gdp.series && m.years == [2023, 2024])
    );
    // Ordered by government, year, then place in the report.
    assert!(
        panel
            .rows
            .windows(2)
            .all(|w| (w[0].year, w[0].target.line) <= (w[1].year, w[1].target.line))
    );
}

#[test]
fn golden_samples_csv() {
    insta::assert_snapshot!(
        "track_samples_csv",
        render::track::csv(&samples_panel(), Lang::En).unwrap()
    );
}

#[test]
fn golden_samples_text() {
    insta::assert_snapshot!("track_samples_text", render::track::text(&samples_panel()));
}

#[test]
fn golden_samples_markdown() {
    insta::assert_snapshot!(
        "track_samples_md",
        render::track::markdown(&samples_panel())
    );
}

/// The panel is a rectangle with the named columns, as a CSV reader sees it.
#[test]
fn panel_csv_is_tidy() {
    let text = render::track::csv(&samples_panel(), Lang::En).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &header[..11],
        [
            "government",
            "year",
            "indicator_id",
            "indicator",
            "measure",
            "unit",
            "target",
            "actual",
            "outcome",
            "next_target",
            "change"
        ]
    );
    let mut n = 0;
    for record in reader.records() {
        let record = record.unwrap();
        assert_eq!(record.len(), header.len());
        assert!(record[1].parse::<u16>().is_ok(), "year is a number");
        for (k, name) in header.iter().enumerate() {
            if name.ends_with("_value") || name.ends_with("_high") || name.ends_with("_line") {
                assert!(
                    record[k].is_empty() || record[k].parse::<f64>().is_ok(),
                    "{name}: {}",
                    &record[k]
                );
            }
        }
        n += 1;
    }
    assert_eq!(n, samples_panel().rows.len());
}

/// Python's csv module reads the panel as is (skipped when python3 is absent).
#[test]
fn panel_csv_loads_in_python() {
    let Ok(python) = which_python() else {
        eprintln!("skipped: python3 is absent");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("panel.csv");
    std::fs::write(
        &path,
        render::track::csv(&samples_panel(), Lang::En).unwrap(),
    )
    .unwrap();
    let script = "import csv,sys\nrows=list(csv.DictReader(open(sys.argv[1],encoding='utf-8',newline='')))\nassert all(len(r)==len(rows[0]) for r in rows)\ng=[r for r in rows if r['year']=='2023' and r['indicator']=='地区生产总值'][0]\nprint(len(rows), g['target'], g['actual'], g['outcome'], float(g['target_value']))\n";
    let out = std::process::Command::new(python)
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = String::from_utf8(out.stdout).unwrap();
    let expected = format!(
        "{} 增长6.5%左右 增长7.1% met 6.5\n",
        samples_panel().rows.len()
    );
    assert_eq!(printed, expected);
}

fn which_python() -> Result<PathBuf, ()> {
    ["/usr/bin/python3", "/usr/local/bin/python3"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .ok_or(())
}

fn govdiff() -> Command {
    Command::cargo_bin("govdiff").expect("binary built")
}

/// One unreadable file does not stop the run: the output is written, the file is listed with
/// its reason, the exit code is 4; notes in the folder are skipped.
#[test]
fn cli_lists_failures_and_exits_4() {
    let dir = tempfile::tempdir().unwrap();
    let reports = dir.path().join("reports");
    std::fs::create_dir_all(reports.join("more")).unwrap();
    std::fs::copy(
        common::sample("qinglan_2023.txt"),
        reports.join("a_2023.txt"),
    )
    .unwrap();
    std::fs::copy(
        common::sample("qinglan_2024.txt"),
        reports.join("more/b_2024.txt"),
    )
    .unwrap();
    std::fs::write(reports.join("README.md"), "# notes\n").unwrap();
    std::fs::write(reports.join("broken.txt"), [0u8, 159, 146, 150, 0, 0, 1, 2]).unwrap();
    let out = dir.path().join("panel.csv");
    let assert = govdiff()
        .args(["track", "--format", "csv", "--jobs", "2", "-o"])
        .arg(&out)
        .arg(&reports)
        .assert()
        .code(4);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("1 file(s) could not be read (exit code 4)"),
        "{stderr}"
    );
    assert!(stderr.contains("broken.txt: "), "{stderr}");
    let panel = std::fs::read_to_string(&out).unwrap();
    assert!(panel.starts_with("government,year,indicator_id,"));
    assert!(panel.contains(
        "青岚县,2023,gdp,地区生产总值,growth,%,增长6.5%左右,增长7.1%,met,增长6%左右,lowered"
    ));

    // The text view lists what was skipped and what failed.
    let text = govdiff()
        .args(["track", "--jobs", "1"])
        .arg(&reports)
        .assert()
        .code(4)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(text).unwrap();
    assert!(text.contains("README.md: a folder's own notes"), "{text}");
    assert!(text.contains("Could not be read:"), "{text}");
    assert!(text.contains("hit rate"));
}

#[test]
fn cli_fails_when_nothing_can_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("panel.csv");
    let assert = govdiff()
        .args(["track", "--format", "csv", "-o"])
        .arg(&out)
        .arg(dir.path().join("missing.txt"))
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("no report could be read"), "{stderr}");
    assert!(stderr.contains("missing.txt: "), "{stderr}");
    assert!(!out.exists(), "no output file on an error");
}

// ---- HTML ------------------------------------------------------------------------------

fn corpus_national() -> Option<Vec<PathBuf>> {
    let dir = common::corpus_dir()?;
    Some(
        common::corpus_reports(&dir)
            .into_iter()
            .map(|(p, _)| p)
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("national_"))
            })
            .collect(),
    )
}

/// The page shown in the browser: the State Council series when the corpus is there, the
/// samples otherwise.
fn panel_page() -> (String, usize) {
    let panel = match corpus_national() {
        Some(files) => track::track(&files),
        None => samples_panel(),
    };
    let charts: usize = panel.governments.iter().map(|g| g.main.len()).sum();
    (render::track::html(&panel), charts)
}

#[test]
fn html_is_self_contained_and_escaped() {
    let (page, charts) = panel_page();
    for banned in [
        "<link",
        "@import",
        "url(",
        "src=",
        "href=\"http",
        "<iframe",
        "<img",
        "<script",
    ] {
        assert!(
            !page.contains(banned),
            "external resource or script: {banned}"
        );
    }
    assert_eq!(page.matches("<figure class=\"indicator\"").count(), charts);
    // Every chart with a figure to draw is an inline SVG (a relative target has none).
    let drawn = page.matches("<svg ").count();
    assert!(drawn >= 1 && drawn <= charts, "{drawn} of {charts}");
    let hostile = "示例县2023年政府工作报告\n各位代表:\n一、2022年工作回顾\n地区生产总值增长5%。\n二、2023年发展目标和重点工作\n主要预期目标为:<script>x</script>总值增长6%左右。\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("<b>.txt"), hostile).unwrap();
    let panel = track::track(&[dir.path().to_path_buf()]);
    let page = render::track::html(&panel);
    assert!(!page.contains("<script>") && !page.contains("<b>.txt"));
    assert!(page.contains("&lt;b&gt;.txt") || page.contains("&lt;script&gt;"));
}

/// Finds a headless browser as tests/html.rs does: `GOVDIFF_CHROMIUM`, else Debian's.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("GOVDIFF_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

fn headless(browser: &Path, profile: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=1300,2400",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    cmd
}

#[test]
fn panel_page_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        eprintln!(
            "skipped: no chromium found (install Debian's `chromium`, or set GOVDIFF_CHROMIUM)"
        );
        return;
    };
    let (page, charts) = panel_page();
    let out_dir = common::root().join("target/html-test");
    std::fs::create_dir_all(&out_dir).unwrap();
    let page_path = out_dir.join("track_panel.html");
    std::fs::write(&page_path, &page).unwrap();
    let url = format!("file://{}", page_path.display());
    let profile = tempfile::tempdir().unwrap();
    let dom = headless(&browser, profile.path())
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("class=\"government\""),
        "a section per government"
    );
    assert_eq!(dom.matches("<figure class=\"indicator\"").count(), charts);
    // Every chart drew its targets and its actuals.
    assert!(dom.matches("class=\"target").count() >= charts);
    assert!(dom.matches("class=\"actual-point\"").count() >= 1);
    assert!(dom.contains("hit rate"));

    let shot = out_dir.join("track_panel.png");
    let _ = std::fs::remove_file(&shot);
    let status = headless(&browser, profile.path())
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .expect("chromium runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 50_000,
        "screenshot {} is {size} bytes",
        shot.display()
    );
    eprintln!("screenshot: {}", shot.display());
}

// ---- The State Council series against the hand-made gold -------------------------------

/// Least share of gold rows the panel must get right (target as written and outcome). The
/// goal is 0.95; the rest waits on reading (years, parts) and the indicator vocabulary.
const GOLD_FLOOR: f64 = 0.65;

struct GoldRow {
    year: u16,
    id: String,
    target: String,
    outcome: String,
    file: String,
    line: usize,
}

fn gold_series() -> Vec<GoldRow> {
    let text =
        std::fs::read_to_string(common::root().join("tests/gold/series/national.csv")).unwrap();
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let (file, line) = r[5].split_once(':').unwrap();
            GoldRow {
                year: r[0].parse().unwrap(),
                id: r[1].to_string(),
                target: r[2].to_string(),
                outcome: r[4].to_string(),
                file: file.to_string(),
                line: line.parse().unwrap(),
            }
        })
        .collect()
}

/// The numbers of a written form: `增长6.5%－7%` → [6.5, 7].
fn numbers(written: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in written.chars().chain([' ']) {
        if c.is_ascii_digit() || (c == '.' && !cur.is_empty()) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.extend(cur.trim_end_matches('.').parse::<f64>().ok());
            cur.clear();
        }
    }
    out
}

/// The kind of bound a written form states, from its qualifier words.
fn qualifier(written: &str) -> &'static str {
    let has = |words: &[&str]| words.iter().any(|w| written.contains(w));
    if numbers(written).len() == 2 {
        "range"
    } else if has(&["左右", "约"]) {
        "about"
    } else if has(&["以内", "以下", "控制在", "不超过", "低于", "不高于"]) {
        "at_most"
    } else if has(&["以上", "不低于", "突破", "超过", "至少"]) {
        "at_least"
    } else {
        "exact"
    }
}

fn same_target(gold: &str, panel: &str) -> bool {
    numbers(gold) == numbers(panel) && qualifier(gold) == qualifier(panel)
}

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The panel row for a gold row: by indicator id when the panel has ids, else by where the
/// target stands (file, line) and its numbers.
fn find<'a>(panel: &'a Panel, g: &GoldRow, with_ids: bool) -> Option<&'a PanelRow> {
    let rows = panel.rows_of("国务院").iter().filter(|r| r.year == g.year);
    if with_ids {
        return rows.into_iter().find(|r| r.indicator_id == g.id);
    }
    // Two targets on one line may share their numbers (`增长5.5%左右`, `控制在5.5%以内`): the
    // one with the same qualifier first.
    let here: Vec<&PanelRow> = rows
        .filter(|r| {
            base_name(&r.target_file) == g.file
                && r.target.line == g.line
                && numbers(&r.target.written) == numbers(&g.target)
        })
        .collect();
    here.iter()
        .find(|r| same_target(&g.target, &r.target.written))
        .or(here.first())
        .copied()
}

#[test]
fn national_series_matches_the_gold() {
    let Some(files) = corpus_national() else {
        return;
    };
    let panel = track::track(&files);
    let gold = gold_series();
    let with_ids = panel.rows.iter().any(|r| !r.indicator_id.is_empty());
    if !with_ids {
        eprintln!(
            "note: the panel has no indicator ids yet; gold rows are located by file, line and numbers"
        );
    }
    let unplaced: Vec<&str> = panel.unplaced.iter().map(|u| base_name(&u.path)).collect();
    let mut right = 0;
    let mut misses = Vec::new();
    for g in &gold {
        let why = match find(&panel, g, with_ids) {
            None => {
                let year_file = format!("national_{}.txt", g.year);
                if unplaced.contains(&year_file.as_str()) {
                    format!("no row: {year_file} is unplaced (year unknown)")
                } else if let Some(r) = find(&panel, g, false).filter(|_| with_ids) {
                    format!(
                        "no row with this id: the target at line {} ({} {}) has id '{}'",
                        g.line, r.indicator, r.target.written, r.indicator_id
                    )
                } else {
                    "no row: target not found in the panel".to_string()
                }
            }
            Some(r) => {
                let outcome = r.outcome.map_or("", |o| o.as_str());
                if !same_target(&g.target, &r.target.written) {
                    format!("target {} (gold {})", r.target.written, g.target)
                } else if outcome != g.outcome {
                    format!(
                        "outcome {outcome} (gold {}); actual {}; {}",
                        g.outcome,
                        r.actual.as_ref().map_or("-", |a| a.written.as_str()),
                        r.note.as_deref().unwrap_or("")
                    )
                } else {
                    right += 1;
                    continue;
                }
            }
        };
        misses.push(format!("  {} {:<24} {why}", g.year, g.id));
    }
    let share = right as f64 / gold.len() as f64;
    eprintln!(
        "State Council series: {right} of {} gold rows right ({:.1}%)\nmisses:\n{}",
        gold.len(),
        share * 100.0,
        misses.join("\n")
    );
    assert!(
        share >= GOLD_FLOOR,
        "{:.1}% right, below the floor of {:.0}%",
        share * 100.0,
        GOLD_FLOOR * 100.0
    );
}

#[test]
fn national_series_gaps_and_copies_are_said() {
    let Some(files) = corpus_national() else {
        return;
    };
    let panel = track::track(&files);
    let g = panel
        .governments
        .iter()
        .find(|g| g.government == "国务院")
        .expect("the State Council");
    assert!(g.gaps.contains(&2020), "{:?}", g.gaps);
    assert!(
        panel
            .warnings
            .iter()
            .map(ToString::to_string)
            .any(|w| w.contains("no report for 2020")
                && w.contains("2019 and 2021 are not compared"))
    );
    // The 2022 copies: one used, named in the warning.
    let d = panel
        .duplicates
        .iter()
        .find(|d| d.year == 2022)
        .expect("the two 2022 copies");
    assert_eq!(base_name(&d.used), "national_2022.txt");
    assert_eq!(d.set_aside.len(), 1);
    assert!(base_name(&d.set_aside[0]).starts_with("national_2022_indented"));
    // 2019's targets wait for a 2020 report that is not there.
    let gdp_2019 = panel
        .rows_of("国务院")
        .iter()
        .find(|r| {
            r.year == 2019 && r.target.written.contains("6%") && r.measure.as_str() == "growth"
        })
        .expect("2019 GDP target");
    assert_eq!(gdp_2019.outcome, Some(Outcome::Unreported));
    assert!(gdp_2019.next_file.is_empty());
    // Every row of 2021 is judged by 2022's report, never by 2019's.
    assert!(
        panel
            .rows_of("国务院")
            .iter()
            .filter(|r| r.year == 2021)
            .all(|r| base_name(&r.next_file) == "national_2022.txt")
    );
}
