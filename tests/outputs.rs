//! The outputs as an analyst loads them: CSV read by a CSV reader with no options, every
//! figure of a row in the row's unit, margins signed so that positive is better, the pair's
//! identity and the schema on every row, the same in JSON.

mod common;

use std::collections::HashMap;

use govdiff::compare::{Comparison, compare};
use govdiff::render::compare as render;
use govdiff::render::lang::Lang;

fn read_named(name: &str) -> govdiff::Report {
    let bytes = std::fs::read(common::sample(name)).unwrap();
    govdiff::parse_report(&bytes, &format!("samples/{name}")).unwrap()
}

fn samples() -> Comparison {
    compare(
        read_named("qinglan_2023.txt"),
        read_named("qinglan_2024.txt"),
    )
}

/// The CSV as a list of rows keyed by column name, as pandas or R would see it.
fn rows(csv_text: &str) -> Vec<HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.expect("every row has as many fields as the header");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

fn row<'a>(rows: &'a [HashMap<String, String>], indicator: &str) -> &'a HashMap<String, String> {
    rows.iter()
        .find(|r| r["indicator"] == indicator && !r["target"].is_empty())
        .unwrap_or_else(|| panic!("no row for {indicator}"))
}

fn num(r: &HashMap<String, String>, column: &str) -> Option<f64> {
    let v = &r[column];
    (!v.is_empty()).then(|| v.parse().unwrap_or_else(|_| panic!("{column}: {v:?}")))
}

#[test]
fn csv_header_is_the_documented_one_and_identity_is_on_every_row() {
    let text = render::csv(&samples(), Lang::En).unwrap();
    assert_eq!(
        text.lines().next().unwrap(),
        render::CSV_COLUMNS.join(","),
        "header"
    );
    let rows = rows(&text);
    assert_eq!(rows.len(), 52);
    for r in &rows {
        assert_eq!(r["government"], "青岚县");
        assert_eq!(
            (r["old_year"].as_str(), r["new_year"].as_str()),
            ("2023", "2024")
        );
        assert_eq!(r["old_file"], "samples/qinglan_2023.txt");
        assert_eq!(r["new_file"], "samples/qinglan_2024.txt");
        assert_eq!(r["tool_version"], env!("CARGO_PKG_VERSION"));
        assert_eq!(r["schema_version"], "3");
    }
    // Documented: every column has a line in docs/formats.md.
    let doc = std::fs::read_to_string(common::root().join("docs/formats.md")).unwrap();
    for column in render::CSV_COLUMNS.iter().chain(render::CSV_COLUMNS_ZH) {
        assert!(
            doc.contains(&format!("`{column}`")),
            "{column} undocumented"
        );
    }
}

#[test]
fn margins_are_in_the_targets_unit_and_positive_when_better() {
    let rows = rows(&render::csv(&samples(), Lang::En).unwrap());
    // A floor missed: 增长7%以上, actual 增长5.4%.
    let r = row(&rows, "一般公共预算收入");
    assert_eq!(r["target_bound"], "floor");
    assert_eq!(
        (num(r, "target_low"), num(r, "target_high")),
        (Some(7.0), None)
    );
    assert_eq!(num(r, "margin"), Some(-1.6));
    // A ceiling met: unemployment 控制在3.5%以内, actual 2.9%.
    let r = row(&rows, "城镇登记失业率");
    assert_eq!(
        (r["target_bound"].as_str(), r["better"].as_str()),
        ("ceiling", "lower")
    );
    assert_eq!(
        (num(r, "target_low"), num(r, "target_high")),
        (None, Some(3.5))
    );
    assert_eq!(num(r, "margin"), Some(0.6));
    // A concentration under its ceiling, in its own unit.
    let r = row(&rows, "PM2.5平均浓度");
    assert_eq!(
        (r["unit"].as_str(), num(r, "margin")),
        ("微克/立方米", Some(2.0))
    );
    // About, missed: the note says the tolerance was exceeded, not that it counts as met.
    let r = row(&rows, "社会消费品零售总额");
    assert_eq!(
        (r["outcome"].as_str(), num(r, "margin")),
        ("missed", Some(-0.8))
    );
    assert!(r["note"].contains("short by more than"), "{}", r["note"]);
    assert!(!r["note"].contains("counts as met"));
    // A decline, where a bigger fall is better.
    let r = row(&rows, "单位GDP能耗");
    assert_eq!(
        (r["better"].as_str(), num(r, "margin")),
        ("higher", Some(-0.9))
    );
    // A relative target: margin against GDP growth (7.1%).
    let r = row(&rows, "农村居民人均可支配收入");
    assert_eq!(
        (num(r, "actual_value"), num(r, "margin")),
        (Some(7.9), Some(0.8))
    );
    assert!(r["note"].contains("GDP growth 7.1%"));
    // Every margin is actual minus the target's end in the better direction.
    for r in &rows {
        let Some(margin) = num(r, "margin") else {
            continue;
        };
        let actual = num(r, "actual_value").unwrap();
        let expected = match (r["better"].as_str(), r["measure"].as_str()) {
            (_, "relative") => continue,
            ("lower", _) => num(r, "target_high").or(num(r, "target_value")).unwrap() - actual,
            _ => actual - num(r, "target_low").or(num(r, "target_value")).unwrap(),
        };
        assert!(
            (margin - expected).abs() < 1e-9,
            "{}: {margin} vs {expected}",
            r["indicator"]
        );
    }
}

#[test]
fn a_figure_in_another_measure_stays_out_of_the_numbers() {
    let rows = rows(&render::csv(&samples(), Lang::En).unwrap());
    // Target 增长5% (a %), actual 176亿元 (a level): 176 must not stand in a % column.
    let r = row(&rows, "外贸进出口总额");
    assert_eq!(
        (r["unit"].as_str(), num(r, "target_value")),
        ("%", Some(5.0))
    );
    assert_eq!(r["actual"], "176亿元");
    assert_eq!(num(r, "actual_value"), None);
    assert_eq!(num(r, "margin"), None);
    assert!(r["left_out"].contains("176亿元"), "{}", r["left_out"]);
    assert!(r["note"].contains("reported as 176亿元"), "{}", r["note"]);
    // No row anywhere has a number in a column of another unit.
    for r in &rows {
        if r["unit"] == "%" {
            for c in [
                "prior_actual_value",
                "target_value",
                "actual_value",
                "next_target_value",
            ] {
                assert!(
                    num(r, c).is_none_or(|v| v.abs() <= 1000.0),
                    "{}: {c}",
                    r["indicator"]
                );
            }
        }
    }
}

#[test]
fn multipliers_fold_on_a_real_pair() {
    let Some(dir) = common::corpus_dir() else {
        return;
    };
    let c = compare(
        common::read(&dir.join("national_2013.txt")),
        common::read(&dir.join("national_2014.txt")),
    );
    let rows = rows(&render::csv(&c, Lang::En).unwrap());
    // Target 1.2万亿元, next target 13500亿元 = 1.35万亿元.
    let r = rows
        .iter()
        .find(|r| r["target"] == "1.2万亿元" && r["next_target"] == "13500亿元")
        .expect("the 财政赤字 row");
    assert_eq!(r["unit"], "万亿元");
    assert_eq!(num(r, "target_value"), Some(1.2));
    assert_eq!(num(r, "next_target_value"), Some(1.35));
    assert_eq!(r["government"], "国务院");
}

#[test]
fn csv_in_chinese_adds_the_words_and_keeps_the_codes() {
    let text = render::csv(&samples(), Lang::Zh).unwrap();
    let rows = rows(&text);
    let r = row(&rows, "一般公共预算收入");
    assert_eq!(
        (r["outcome"].as_str(), r["outcome_zh"].as_str()),
        ("missed", "未完成")
    );
    assert_eq!(
        (r["change"].as_str(), r["change_zh"].as_str()),
        ("lowered", "调低")
    );
}

#[test]
fn json_carries_tool_schema_identity_and_figures() {
    let c = samples();
    let value: serde_json::Value = serde_json::from_str(&render::json(&c)).unwrap();
    assert_eq!(value["tool"], "govdiff");
    assert_eq!(value["tool_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(value["schema_version"], 3);
    assert_eq!(value["government"], "青岚县");
    assert_eq!(
        (value["old_year"].as_u64(), value["new_year"].as_u64()),
        (Some(2023), Some(2024))
    );
    let rows = value["indicators"].as_array().unwrap();
    let trade = rows
        .iter()
        .find(|r| r["indicator"] == "外贸进出口总额")
        .unwrap();
    assert_eq!(trade["figures"]["actual"], serde_json::Value::Null);
    assert_eq!(trade["figures"]["left_out"][0]["slot"], "actual");
    assert_eq!(trade["reason"]["kind"], "other_measure");
    // The document still reads back as a comparison.
    let back: Comparison = serde_json::from_value(value).unwrap();
    assert_eq!(back.indicators.len(), c.indicators.len());
}

/// Display columns of a line (a Han character is two).
fn columns(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

#[test]
fn terminal_table_fits_the_width_and_wide_shows_everything() {
    let c = samples();
    for width in [100, 80] {
        let style = render::Style {
            width: Some(width),
            ..render::Style::plain()
        };
        let text = render::text(&c, style);
        let table: Vec<&str> = text
            .lines()
            .skip_while(|l| *l != "TARGETS")
            .skip(1)
            .take_while(|l| !l.starts_with("not shown") && !l.starts_with("notes:"))
            .collect();
        assert!(table.len() > 50, "{text}");
        for line in text.lines() {
            assert!(columns(line) <= width, "{width}: {line}");
        }
        // Every name is there in full, on its row or on its own line.
        for r in &c.indicators {
            assert!(
                table.iter().any(|l| l.contains(&r.indicator)),
                "{}",
                r.indicator
            );
        }
        assert!(text.contains("not shown for the width of the terminal: MEASURE"));
    }
    let wide = render::text(
        &c,
        render::Style {
            width: None,
            ..render::Style::plain()
        },
    );
    let header = wide.lines().skip_while(|l| *l != "TARGETS").nth(1).unwrap();
    for column in [
        "INDICATOR",
        "MEASURE",
        "2022 ACTUAL",
        "2023 TARGET",
        "OUTCOME",
        "MARGIN",
        "2024 TARGET",
        "CHANGE",
    ] {
        assert!(header.contains(column), "{header}");
    }
    assert!(!wide.contains("not shown"));
    assert!(
        wide.contains("村级集体经济经营性收入30万元以上的村占比  share     达到68%"),
        "{wide}"
    );
}

/// ASCII words (two letters or more) in `text` that the reports themselves do not contain.
fn foreign_words(text: &str, allowed: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            if word.len() >= 2 && !allowed.contains(&word) && !words.contains(&word) {
                words.push(word.clone());
            }
            word.clear();
        }
    }
    words
}

/// What the samples themselves spell in Latin letters (`GDP`, `PM2.5`), their file names,
/// and the names of formats.
fn sample_words() -> String {
    let mut allowed = String::from("samples qinglan txt HTML Markdown CSV JSON Excel ");
    for name in ["qinglan_2023.txt", "qinglan_2024.txt"] {
        allowed.push_str(&std::fs::read_to_string(common::sample(name)).unwrap());
    }
    allowed
}

#[test]
fn chinese_output_has_no_english_word_of_the_tools_own() {
    let c = samples();
    let allowed = sample_words();
    let style = render::Style {
        lang: Lang::Zh,
        ..render::Style::plain()
    };
    let text = render::text(&c, style);
    assert!(text.contains("完成26 · 未完成9"), "{text}");
    assert_eq!(
        foreign_words(&text, &allowed),
        Vec::<String>::new(),
        "{text}"
    );
    let md = render::markdown_in(&c.clone().with_diffs(), Lang::Zh);
    assert_eq!(foreign_words(&md, &allowed), Vec::<String>::new());
    // And the English output does use English.
    assert!(!foreign_words(&render::text(&c, render::Style::plain()), &allowed).is_empty());
}

#[test]
fn notes_explain_the_verdict_given() {
    let text = render::text(&samples(), render::Style::plain());
    let notes: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "notes:")
        .take_while(|l| !l.is_empty())
        .collect();
    // The missed 左右 target says it missed by more than the tolerance.
    let retail = notes
        .iter()
        .find(|l| l.contains("社会消费品零售总额"))
        .expect("a note on the missed 左右 target");
    assert!(
        retail.contains("short by more than the 0.5-point tolerance"),
        "{retail}"
    );
    // A met 左右 target above its number needs no note.
    assert!(
        !notes.iter().any(|l| l.contains("地区生产总值")),
        "{notes:?}"
    );
    assert!(!text.contains("counts as met"));
}

#[test]
fn empty_sections_say_none_found() {
    // Two plans without commitments or section changes: the headings are not left bare.
    let old = "示例县2023年政府工作报告\n各位代表:\n一、2022年工作回顾\n全年实现地区生产总值286.4亿元,增长5.6%。\n二、2023年发展目标和重点工作\n主要预期目标为:地区生产总值增长6.5%左右。\n";
    let new = "示例县2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n全年实现地区生产总值305.2亿元,增长7.1%。\n二、2024年发展目标和重点工作\n主要预期目标为:地区生产总值增长6%左右。\n";
    let c = compare(
        govdiff::parse_report(old.as_bytes(), "a.txt").unwrap(),
        govdiff::parse_report(new.as_bytes(), "b.txt").unwrap(),
    );
    let text = render::text(&c, render::Style::plain());
    for heading in ["COMMITMENTS OF THE 2023 PLAN", "NEW COMMITMENTS IN 2024"] {
        let next = text
            .lines()
            .skip_while(|l| *l != heading)
            .nth(1)
            .unwrap_or_else(|| panic!("{heading} in {text}"));
        assert_eq!(next, "  none found", "{heading}");
    }
    let zh = render::text(
        &c,
        render::Style {
            lang: Lang::Zh,
            ..render::Style::plain()
        },
    );
    assert!(zh.contains("2023年计划中的承诺\n  未发现\n"), "{zh}");
}

#[test]
fn workbook_has_the_csv_values_as_numbers() {
    use calamine::{Data, Reader, Xlsx};
    let c = samples();
    let bytes = govdiff::render::xlsx::compare(&c, Lang::En).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["targets", "commitments", "sections", "about"]
    );
    let targets = book.worksheet_range("targets").unwrap();
    let header: Vec<String> = targets
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|d| d.to_string())
        .collect();
    assert_eq!(header, render::CSV_COLUMNS);
    assert_eq!(targets.height(), c.indicators.len() + 1);
    // The same values as the CSV, numbers as numbers.
    let csv = rows(&render::csv(&c, Lang::En).unwrap());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (i, r) in csv.iter().enumerate() {
        let cells: Vec<&Data> = targets.rows().nth(i + 1).unwrap().iter().collect();
        assert_eq!(cells[col("indicator")].to_string(), r["indicator"]);
        for name in ["target_value", "actual_value", "margin", "old_line"] {
            match num(r, name) {
                Some(v) => assert_eq!(cells[col(name)], &Data::Float(v), "{name}"),
                None => assert_eq!(cells[col(name)], &Data::Empty, "{name}"),
            }
        }
    }
    let commitments = book.worksheet_range("commitments").unwrap();
    assert_eq!(
        commitments.height(),
        c.commitments.len() + c.new_commitments.len() + 1
    );
    let about = book.worksheet_range("about").unwrap();
    assert!(
        about
            .rows()
            .any(|r| r[0] == "schema_version" && r[1] == "3")
    );
}

#[test]
fn workbook_freezes_filters_and_colours_in_the_file_itself() {
    // The sheet's XML as Excel reads it: frozen pane, autofilter, fills of the verdicts.
    let bytes = govdiff::render::xlsx::compare(&samples(), Lang::Zh).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    assert!(
        sheet.contains("<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\""),
        "frozen"
    );
    assert!(
        sheet.contains("<autoFilter ref=\"A1:AQ53\""),
        "filter on every column"
    );
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/styles.xml").unwrap(), &mut styles).unwrap();
    for colour in ["FFDAFBE1", "FFFFEBE9", "FFFFF8C5"] {
        assert!(styles.contains(colour), "{colour}");
    }
    let mut workbook = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").unwrap(), &mut workbook)
        .unwrap();
    assert!(workbook.contains("name=\"目标\"") && workbook.contains("name=\"承诺\""));
}

#[test]
fn track_views_in_chinese_have_no_english_word_of_their_own() {
    // The whole samples folder: a second copy of 2023 (the grouping warning names the copy
    // used and why) and two indicator tables that are skipped (not reports).
    let panel = govdiff::compare::track::track(&[common::root().join("samples")]);
    assert_eq!(panel.warnings.len(), 1);
    assert_eq!(panel.skipped.len(), 2);
    let mut allowed = sample_words();
    allowed.push_str(" govdiff track gb18030 indicators csv ");
    allowed.push_str(&common::root().display().to_string());
    let text = govdiff::render::track::text_in(&panel, Lang::Zh);
    assert!(text.contains("完成率") && text.contains("判断"), "{text}");
    assert!(
        text.contains("有2份副本") && text.contains("不是报告"),
        "{text}"
    );
    assert_eq!(
        foreign_words(&text, &allowed),
        Vec::<String>::new(),
        "{text}"
    );
    let md = govdiff::render::track::markdown_in(&panel, Lang::Zh);
    assert_eq!(foreign_words(&md, &allowed), Vec::<String>::new(), "{md}");
}
