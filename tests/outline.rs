//! `govdiff outline`: golden trees of the samples and the real corpus.

mod common;

use common::{corpus_dir, corpus_reports, corpus_sources, read, sample, tree_lines};
use govdiff::model::{DiagnosticKind, Role};

#[test]
fn sample_2023_tree_is_golden() {
    let mut report = read(&sample("qinglan_2023.txt"));
    report.source.path = "samples/qinglan_2023.txt".into();
    insta::assert_snapshot!(
        "qinglan_2023_outline",
        govdiff::render::outline::text(&report)
    );
    insta::assert_json_snapshot!("qinglan_2023_meta", report.meta);
}

#[test]
fn sample_2024_tree_is_golden() {
    let mut report = read(&sample("qinglan_2024.txt"));
    report.source.path = "samples/qinglan_2024.txt".into();
    insta::assert_snapshot!(
        "qinglan_2024_outline",
        govdiff::render::outline::text(&report)
    );
    insta::assert_json_snapshot!("qinglan_2024_meta", report.meta);
}

#[test]
fn gb18030_copy_gives_the_same_tree() {
    let utf8 = read(&sample("qinglan_2023.txt"));
    let gb = read(&sample("qinglan_2023.gb18030.txt"));
    assert_eq!(gb.source.encoding, "gb18030");
    assert_eq!(utf8.meta, gb.meta);
    assert_eq!(utf8.preamble, gb.preamble);
    assert_eq!(utf8.parts, gb.parts);
    assert_eq!(utf8.closing, gb.closing);
    assert_eq!(utf8.diagnostics, gb.diagnostics);
}

#[test]
fn sample_2024_noise_is_handled() {
    let report = read(&sample("qinglan_2024.txt"));
    // Boilerplate before and after, and the page number and running title inside, are gone.
    let kinds: Vec<_> = report.diagnostics.iter().map(|d| d.kind).collect();
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == DiagnosticKind::Boilerplate)
            .count(),
        2
    );
    assert!(kinds.contains(&DiagnosticKind::PageArtifact));
    assert_eq!(report.warnings().count(), 0, "{:#?}", report.diagnostics);
    // The outline is recognised, not parsed as content, and every entry has its section.
    let outline = report.outline.as_ref().expect("outline");
    assert_eq!(outline.entries.len(), 32);
    assert_eq!(outline.unmatched().count(), 0);
    assert_eq!(outline.entries[1].section.as_deref(), Some("一.(一)"));
    // Full-width digits are folded; the original is kept for evidence.
    let intro = &report.parts[0].paragraphs[0];
    assert!(intro.text.contains("地区生产总值305.2亿元,增长7.1%"));
    let original = report.source.original_line(intro.line).unwrap();
    assert!(original.contains("３０５.２"), "{original}");
    // HTML entities are decoded.
    let review = report.section("一.(三)").unwrap();
    assert!(review.paragraphs[0].text.contains("“青岚山珍”"));
    assert!(!report.truncated);
}

#[test]
fn sample_sections_have_roles_and_paths() {
    let report = read(&sample("qinglan_2023.txt"));
    let roles: Vec<Role> = report.parts.iter().map(|p| p.role).collect();
    assert_eq!(roles, [Role::Review, Role::Plan, Role::Governance]);
    let task = report.section("二.(二).5").unwrap();
    assert_eq!(task.title, "做强文旅产业");
    assert!(task.inline);
    assert!(
        task.paragraphs[0]
            .text
            .starts_with("依托青岚山、云溪湖等资源")
    );
    assert_eq!(report.sections().len(), 32);
    assert_eq!(report.closing.len(), 1);
    assert_eq!(tree_lines(&report)[0], "一 [review] 2022年工作回顾 ¶5 813c");
}

/// Every report of the corpus parses; its review and plan parts are found; every outline
/// heading whose section is in the body is matched; truncation is flagged exactly where the
/// corpus notes say the copy is cut off.
#[test]
fn corpus_reports_parse() {
    let Some(dir) = corpus_dir() else { return };
    let reports = corpus_reports(&dir);
    assert!(!reports.is_empty());
    for (path, state) in reports {
        let name = path.display().to_string();
        let report = match govdiff::read_report(&path) {
            Ok(r) => r,
            Err(e) => panic!("{name}: {e}"),
        };
        let state = state.to_lowercase();
        let full_report =
            state.contains("complete") || state.contains("cut off") || state.contains("truncat");
        if full_report {
            assert!(report.has_role(Role::Review), "{name}: no review part");
            assert!(report.has_role(Role::Plan), "{name}: no plan part");
            let cut = state.contains("cut off") || state.contains("truncat");
            assert_eq!(report.truncated, cut, "{name}: truncated? state: {state}");
        }
        if let Some(outline) = &report.outline {
            let headings: Vec<String> = report.sections().iter().map(|s| s.title.clone()).collect();
            for entry in outline.unmatched() {
                assert!(
                    !headings.iter().any(|t| t.starts_with(&entry.title)),
                    "{name}: outline entry {} {} has a section but was not matched",
                    entry.path,
                    entry.title
                );
            }
        }
    }
}

/// Every report SOURCES.md calls complete is read right: the government and the year its row
/// gives (the planned year; the reviewed year the one before), and both a review and a plan
/// part. Nothing here names a file: the expectations are SOURCES.md's.
#[test]
fn complete_corpus_reports_are_read_right() {
    let Some(dir) = corpus_dir() else { return };
    let rows = corpus_sources(&dir);
    let complete: Vec<_> = rows
        .iter()
        .filter(|r| r.state.to_lowercase().starts_with("complete"))
        .collect();
    assert!(complete.len() >= 30, "{} complete rows", complete.len());
    let named = complete.iter().filter(|r| r.government.is_some()).count();
    assert!(
        named + 2 >= complete.len(),
        "only {named} rows name a government"
    );
    let mut wrong = Vec::new();
    for row in complete {
        let name = row.path.display().to_string();
        let report = read(&row.path);
        let m = &report.meta;
        if let Some(government) = &row.government
            && m.government.as_ref() != Some(government)
        {
            wrong.push(format!(
                "{name}: government {:?}, SOURCES.md says {government}",
                m.government
            ));
        }
        let year = row
            .year
            .unwrap_or_else(|| panic!("{name}: SOURCES.md gives no year"));
        if m.planned_year != Some(year) || m.reviewed_year != Some(year - 1) {
            wrong.push(format!(
                "{name}: reviews {:?}, plans {:?}; SOURCES.md says the {year} report",
                m.reviewed_year, m.planned_year
            ));
        }
        for role in [Role::Review, Role::Plan] {
            if !report.has_role(role) {
                wrong.push(format!("{name}: no {} part", role.as_str()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn truncated_county_report_lists_missing_outline_headings() {
    let Some(dir) = corpus_dir() else { return };
    let path = dir.join("wuyi_2023.txt");
    if !path.exists() {
        return;
    }
    let report = read(&path);
    assert!(report.truncated);
    assert_eq!(report.meta.government.as_deref(), Some("武义县"));
    assert_eq!(report.meta.delivered_on.as_deref(), Some("2023-02-01"));
    let outline = report.outline.as_ref().expect("outline");
    assert_eq!(outline.entries.len(), 56);
    assert_eq!(outline.unmatched().count(), 41);
    assert_eq!(
        outline.unmatched().next().map(|e| e.path.as_str()),
        Some("二.(二).7")
    );
    // The last section in the body is task 6, where the copy is cut.
    assert_eq!(
        report.sections().last().map(|s| s.path.as_str()),
        Some("二.(二).6")
    );
    // The site's numbered notice after the cut is not in the report.
    let text: String = report
        .sections()
        .iter()
        .flat_map(|s| s.paragraphs.iter())
        .map(|p| p.text.as_str())
        .collect();
    assert!(!text.contains("付费下载"));
}

#[test]
fn indented_copy_gives_the_same_tree() {
    let Some(dir) = corpus_dir() else { return };
    let (a, b) = (
        dir.join("national_2022.txt"),
        dir.join("national_2022_indented.txt"),
    );
    if !a.exists() || !b.exists() {
        return;
    }
    let (a, b) = (read(&a), read(&b));
    assert_eq!(tree_lines(&a), tree_lines(&b));
    assert_eq!(
        a.closing.iter().map(|p| &p.text).collect::<Vec<_>>(),
        b.closing.iter().map(|p| &p.text).collect::<Vec<_>>()
    );
    assert_eq!(
        (a.meta.reviewed_year, a.meta.planned_year),
        (Some(2021), Some(2022))
    );
}

#[test]
fn provincial_csv_export_is_read() {
    let Some(dir) = corpus_dir() else { return };
    let path = dir.join("zhejiang_2026.txt");
    if !path.exists() {
        return;
    }
    let report = read(&path);
    assert!(
        report
            .source
            .container
            .as_deref()
            .unwrap_or("")
            .contains("full_text")
    );
    assert_eq!(report.meta.government.as_deref(), Some("浙江省"));
    assert_eq!(report.meta.speaker.as_deref(), Some("刘捷"));
    assert_eq!(report.meta.delivered_on.as_deref(), Some("2026-01-14"));
    let part2 = &report.parts[1];
    assert_eq!(part2.horizon, govdiff::model::Horizon::FiveYear);
    assert_eq!(part2.years, Some((2026, 2030)));
    assert_eq!(
        report.section("三.(十)").map(|s| s.role),
        Some(Role::Governance)
    );
}

/// A new term's report cut inside its five-year outlook plans the year but states no plan for
/// it: the outline says so where the five-year part stands.
#[test]
fn five_year_outlook_without_the_years_plan_is_warned() {
    let text = "示例省政府工作报告\n——2030年1月20日在示例省第十届人民代表大会第一次会议上\n各位代表:\n\
        一、过去五年的工作\n五年来,全省生产总值年均增长8%,人民生活持续改善,各项事业全面进步。\n\
        二、今后五年的发展目标和总体要求\n今后五年,全省生产总值年均增长7%以上,力争完成更多项目,确保经济平稳运行。\n";
    let report = govdiff::parse_report(text.as_bytes(), "report.txt").expect("a report");
    let warning = report
        .diagnostics
        .iter()
        .find(|d| d.message.starts_with("no plan part for the year"))
        .expect("a warning");
    assert_eq!(warning.line, Some(6));
}
