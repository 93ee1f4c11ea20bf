//! Copies as they are found, made at run time from real reports of the corpus (nothing of
//! the corpus is stored here): the same report with its head cut, its line breaks written as
//! the characters `\r\n`, present twice with a site map between, without its address, must
//! read as the original does.

mod common;

use common::{corpus_dir, corpus_sources, read, tree_lines};
use govdiff::model::{DiagnosticKind, Role};
use govdiff::{Report, parse_report};

/// A corpus report's text and its reading, or `None` when the corpus is absent.
fn original(name: &str) -> Option<(String, Report)> {
    let path = corpus_dir()?.join(name);
    let text = std::fs::read_to_string(&path).ok()?;
    Some((text, read(&path)))
}

fn parse(text: &str, name: &str) -> Report {
    parse_report(text.as_bytes(), name).unwrap_or_else(|e| panic!("{e}"))
}

fn has(report: &Report, kind: DiagnosticKind) -> bool {
    report.diagnostics.iter().any(|d| d.kind == kind)
}

/// The tree without line numbers, roles included: what must not change between copies.
fn shape(report: &Report) -> Vec<String> {
    tree_lines(report)
}

#[test]
fn literal_line_breaks_read_as_lines() {
    let Some((text, original)) = original("national_2024.txt") else {
        return;
    };
    let one_line = text.lines().collect::<Vec<_>>().join("\\r\\n");
    let copy = parse(&one_line, "national_2024_escaped.txt");
    assert_eq!(shape(&copy), shape(&original));
    assert_eq!(copy.meta.government, original.meta.government);
    assert_eq!(copy.meta.planned_year, original.meta.planned_year);
}

#[test]
fn a_report_present_twice_is_read_once() {
    let Some((text, original)) = original("hebei_2022.txt") else {
        return;
    };
    let site_map =
        "首页\n网站地图\n联系我们\n版权所有:某省人民政府\n当前位置:\n首页\n>>\n政府工作报告\n";
    let twice = format!("{text}\n{site_map}{text}");
    let copy = parse(&twice, "hebei_2022_twice.txt");
    assert_eq!(shape(&copy), shape(&original));
    assert!(
        has(&copy, DiagnosticKind::Duplicate),
        "{:#?}",
        copy.diagnostics
    );
    assert_eq!(copy.meta, original.meta);
}

#[test]
fn a_copy_whose_head_is_cut_is_read_with_a_warning() {
    let Some((text, original)) = original("national_2024.txt") else {
        return;
    };
    let lines: Vec<&str> = text.lines().collect();
    let Some(start) = lines
        .iter()
        .position(|l| l.trim_start().starts_with("一、"))
    else {
        panic!("national_2024.txt has no part 一");
    };
    let cut = lines[start..].join("\n");
    let copy = parse(&cut, "cut.txt");
    assert!(
        has(&copy, DiagnosticKind::HeadMissing),
        "{:#?}",
        copy.diagnostics
    );
    assert!(copy.has_role(Role::Review) && copy.has_role(Role::Plan));
    // The parts name their years: the review 2023, the plan 2024.
    assert_eq!(copy.meta.planned_year, original.meta.planned_year);
    assert_eq!(copy.parts.len(), original.parts.len());
}

#[test]
fn a_copy_without_its_address_keeps_its_parts() {
    let Some((text, original)) = original("hebei_2022.txt") else {
        return;
    };
    let abridged: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("各位代表"))
        .collect();
    let copy = parse(&abridged.join("\n"), "hebei_2022_abridged.txt");
    let roles = |r: &Report| r.parts.iter().map(|p| p.role).collect::<Vec<_>>();
    assert_eq!(roles(&copy), roles(&original));
    assert_eq!(copy.meta.government, original.meta.government);
    assert_eq!(copy.meta.planned_year, original.meta.planned_year);
}

/// A report that names no year anywhere takes it from the file name, and says so.
#[test]
fn a_year_only_the_file_name_gives() {
    let text = "各位代表:\n一、过去一年工作回顾\n一年来,全县生产总值完成126.9亿元,比上年增长8%,取得了明显成效。\n\
                二、今年工作安排\n今年要着力扩大内需,力争生产总值增长7%,确保完成节能减排目标。\n";
    let report = parse(text, "reports/county_2019.txt");
    assert_eq!(report.meta.planned_year, Some(2019));
    assert_eq!(report.meta.reviewed_year, Some(2018));
    assert!(
        report
            .warnings()
            .any(|d| d.message.contains("file name") && d.message.contains("2019"))
    );
    let roles: Vec<Role> = report.parts.iter().map(|p| p.role).collect();
    assert_eq!(roles, [Role::Review, Role::Plan]);
}

/// `--year` (Options::year) overrides what the text says; the disagreement is a warning.
#[test]
fn the_year_given_overrides_the_text() {
    let bytes = std::fs::read(common::sample("qinglan_2023.txt")).expect("sample");
    let options = govdiff::Options {
        year: Some(2030),
        ..Default::default()
    };
    let report = govdiff::parse_report_opts(&bytes, "qinglan_2023.txt", &options).expect("parse");
    assert_eq!(report.meta.planned_year, Some(2030));
    assert_eq!(report.meta.reviewed_year, Some(2029));
    assert!(report.warnings().any(|d| d.message.contains("2030")));
}

/// Topical parts after a plan part are plans (older State Council reports), and a part the
/// title does not place is judged by what it says.
#[test]
fn parts_without_a_speaking_title_are_placed_by_order_and_content() {
    let text = "示例省政府工作报告\n各位代表:\n\
        一、过去一年工作回顾\n一年来,全省生产总值完成1269亿元,比上年增长8%,新建了一批重点项目,取得了明显成效。\n\
        二、今年工作总体部署\n今年经济社会发展的主要预期目标是:生产总值增长7%左右。\n\
        三、继续保持经济平稳较快发展\n要着力扩大内需,力争投资增长10%,确保物价基本稳定,将加快推进重点项目建设。\n\
        四、大力推进改革开放\n要深化国有企业改革,坚持扩大开放,切实做好利用外资工作,将推进自贸区建设。\n";
    let report = parse(text, "example.txt");
    let roles: Vec<Role> = report.parts.iter().map(|p| p.role).collect();
    assert_eq!(roles, [Role::Review, Role::Plan, Role::Plan, Role::Plan]);
    // No part title names a year: the plan names none either, so the year is unknown.
    assert_eq!(report.meta.government.as_deref(), Some("示例省"));
}

/// `govdiff outline --summary DIR`: one Markdown row per report of the folder, the totals
/// under the table; a file that is not a report gets a row saying what was read.
#[test]
fn outline_summary_of_a_folder() {
    let out = assert_cmd::Command::cargo_bin("govdiff")
        .expect("binary built")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["outline", "--summary", "samples"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let row = text
        .lines()
        .find(|l| l.starts_with("| samples/qinglan_2024.txt |"))
        .unwrap_or_else(|| panic!("no row for the 2024 sample:\n{text}"));
    let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
    assert_eq!(
        cells[1..6],
        [
            "青岚县",
            "2024-01-30",
            "2023",
            "2024",
            "一 review · 二 plan · 三 governance"
        ]
    );
    assert!(text.contains("qinglan_2023.gb18030.txt"));
    assert!(text.contains("with both a review and a plan part"));
    // Without --summary, outline reads one file.
    let two = assert_cmd::Command::cargo_bin("govdiff")
        .expect("binary built")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "outline",
            "samples/qinglan_2023.txt",
            "samples/qinglan_2024.txt",
        ])
        .output()
        .expect("runs");
    assert_eq!(two.status.code(), Some(1));
}

/// `govdiff compare --year N`: NEW plans N, OLD N-1, whatever the texts say.
#[test]
fn compare_takes_the_year() {
    let out = assert_cmd::Command::cargo_bin("govdiff")
        .expect("binary built")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "compare",
            "samples/qinglan_2023.txt",
            "samples/qinglan_2024.txt",
            "--format",
            "json",
            "--year",
            "2031",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(json["old"]["meta"]["planned_year"], 2030);
    assert_eq!(json["new"]["meta"]["planned_year"], 2031);
    assert_eq!(json["new"]["meta"]["reviewed_year"], 2030);
}

/// Every complete text report of the corpus, made into the copies found in the wild (line
/// breaks as `\\r\\n`, the report twice with a site map between, the head cut at part 一),
/// reads as the original: the same government (not asked of a cut head, which may have lost
/// it), planned year and part roles; the same sections for the first two. Linear in the corpus.
#[test]
fn every_complete_report_survives_its_copies() {
    let Some(dir) = corpus_dir() else { return };
    let mut wrong = Vec::new();
    let mut checked = 0;
    for row in corpus_sources(&dir) {
        let is_text = row.path.extension().is_some_and(|e| e == "txt");
        if !is_text || !row.state.to_lowercase().starts_with("complete") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&row.path) else {
            continue;
        };
        let name = row.path.display().to_string();
        let original = read(&row.path);
        let lines: Vec<&str> = text.lines().collect();
        let mut variants = vec![
            ("escaped", lines.join("\\r\\n")),
            ("twice", format!("{text}\n首页\n网站地图\n版权所有\n{text}")),
        ];
        if let Some(i) = lines
            .iter()
            .position(|l| l.trim_start().starts_with("一、"))
        {
            variants.push(("cut", lines[i..].join("\n")));
        }
        let roles = |r: &Report| r.parts.iter().map(|p| p.role).collect::<Vec<_>>();
        for (kind, copy) in variants {
            let copy = parse(&copy, &name);
            let mut differs = Vec::new();
            if kind != "cut" && copy.meta.government != original.meta.government {
                differs.push(format!("government {:?}", copy.meta.government));
            }
            if copy.meta.planned_year != original.meta.planned_year {
                differs.push(format!("planned year {:?}", copy.meta.planned_year));
            }
            if roles(&copy) != roles(&original) {
                differs.push(format!("roles {:?}", roles(&copy)));
            }
            if kind != "cut" && shape(&copy) != shape(&original) {
                differs.push("sections".into());
            }
            if !differs.is_empty() {
                wrong.push(format!("{name} {kind}: {}", differs.join(", ")));
            }
        }
        checked += 1;
    }
    assert!(checked >= 25 || checked == 0, "only {checked} reports");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A report whose review and plan stand under titles without a number, the plan's groups
/// numbered `一、`…`二、` with their own `(一)` (Inner Mongolia's 2026 report): two parts, the
/// plan the year's (not the five-year period's), its groups and their tasks beneath it, and
/// the year's figures read from both.
#[test]
fn parts_under_titles_without_a_number_over_numbered_groups() {
    let text = "示例区2026年政府工作报告\n各位代表:\n现在,我代表示例区人民政府向大会报告工作,请予审议。\n\
        “十四五”时期发展成就和2025年工作回顾\n\
        “十四五”时期示例区发展历程极不平凡,经济总量达到2.67万亿元,各项事业发展迈上新台阶,人民生活水平不断提高。\n\
        刚刚过去的2025年,我们统筹做好改革发展稳定工作,地区生产总值增长4.7%,规上工业增加值增长6.7%。\n\
        “十五五”时期主要目标和2026年重点工作\n\
        “十五五”时期是示例区高质量发展的关键时期,我们要努力在中国式现代化进程中展现新作为,实现人均地区生产总值稳居上游。\n\
        今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,城镇新增就业18万人以上。\n\
        一、把民族团结作为各项工作的主线\n\
        (一)加强共有精神家园建设\n建设一批示范基地,开展主题宣传教育活动,推动各民族交往交流交融。\n\
        (二)促进各民族广泛交往交流交融\n实施互嵌式社区建设工程,完善相关政策举措,办好各类节庆活动。\n\
        二、全力抓好重点工作\n\
        (一)立足壮大实体经济\n新建5G基站5000个,推动重点产业集群发展壮大,加快建设现代化产业体系。\n\
        各位代表!让我们更加紧密地团结起来,为谱写中国式现代化示例区篇章而努力奋斗!\n";
    let report = parse(text, "shili_2026.txt");
    let roles: Vec<Role> = report.parts.iter().map(|p| p.role).collect();
    assert_eq!(roles, [Role::Review, Role::Plan], "{:#?}", shape(&report));
    let plan = &report.parts[1];
    assert_eq!(plan.horizon, govdiff::model::Horizon::Annual);
    let paths: Vec<&str> = plan.walk().iter().map(|s| s.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "二",
            "二.(一)",
            "二.(一).1",
            "二.(一).2",
            "二.(二)",
            "二.(二).1"
        ]
    );
    // No warning about its structure; a fixture of a few lines is doubted for its length alone.
    assert!(
        report
            .warnings()
            .all(|w| w.message.contains("Chinese characters of report text")),
        "{:#?}",
        report.diagnostics
    );
    let inds = govdiff::extract::indicators::extract(&report);
    let gdp: Vec<(govdiff::model::IndicatorRole, Option<f64>)> = inds
        .iter()
        .filter(|i| i.subject == "地区生产总值")
        .map(|i| (i.role, i.value))
        .collect();
    assert_eq!(
        gdp,
        [
            (govdiff::model::IndicatorRole::Actual, Some(4.7)),
            (govdiff::model::IndicatorRole::Target, Some(5.0))
        ]
    );
}
