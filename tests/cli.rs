//! The command line as a user meets it: output, formats, and one-line errors.

mod common;

use assert_cmd::Command;
use common::sample;

fn govdiff() -> Command {
    Command::cargo_bin("govdiff").expect("binary built")
}

#[test]
fn outline_prints_the_tree() {
    let out = govdiff()
        .args(["outline"])
        .arg(sample("qinglan_2024.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("青岚县 · 青岚县2024年政府工作报告\n"));
    assert!(text.contains("二.(二).5   plan"));
    assert!(text.contains("outline: 32 headings"));
}

#[test]
fn outline_json_is_the_report() {
    let out = govdiff()
        .args(["outline", "--format", "json"])
        .arg(sample("qinglan_2023.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report: govdiff::Report = serde_json::from_slice(&out).expect("valid JSON report");
    assert_eq!(report.meta.planned_year, Some(2023));
    assert_eq!(report.parts.len(), 3);
    assert_eq!(
        report.parts[1].children[0].children[0].title,
        "做强主导产业"
    );
}

#[test]
fn output_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tree.json");
    govdiff()
        .args(["outline", "--format", "json", "-o"])
        .arg(&out)
        .arg(sample("qinglan_2023.txt"))
        .assert()
        .success()
        .stdout("");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("\"planned_year\": 2023"));
}

fn one_line_error(file_bytes: &[u8], expect: &str) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("report.txt");
    std::fs::write(&input, file_bytes).unwrap();
    let out = dir.path().join("out.txt");
    let assert = govdiff()
        .args(["outline", "-o"])
        .arg(&out)
        .arg(&input)
        .assert()
        .failure()
        .code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("report.txt"), "{stderr}");
    assert!(stderr.contains(expect), "{stderr}");
    assert!(!out.exists(), "no output file on error");
}

#[test]
fn empty_file_is_a_one_line_error() {
    one_line_error(b"", "empty");
}

#[test]
fn binary_file_is_a_one_line_error() {
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    one_line_error(&noise, "binary");
}

#[test]
fn pdf_file_is_a_one_line_error() {
    one_line_error(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", "PDF");
}

#[test]
fn missing_file_is_a_one_line_error() {
    let assert = govdiff()
        .args(["outline", "no/such/report.txt"])
        .assert()
        .failure();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1);
    assert!(stderr.contains("no/such/report.txt"));
}

#[test]
fn indicators_csv_has_the_documented_columns() {
    let out = govdiff()
        .args(["indicators", "--format", "csv"])
        .arg(sample("qinglan_2024.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let header = text.lines().next().unwrap();
    assert_eq!(header, govdiff::render::indicators::CSV_COLUMNS.join(","));
    // The lost unit is flagged, the run-together values split.
    assert!(text.contains("高龄津贴,level,150,,/月"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("民间项目投资,growth,9.6,") && l.contains(",run_together,"))
    );
}

#[test]
fn indicators_text_lists_actuals_and_targets() {
    let out = govdiff()
        .args(["indicators"])
        .arg(sample("qinglan_2023.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("ACTUALS") && text.contains("TARGETS"));
    assert!(text.contains("增长6.5%左右"));
}

#[test]
fn compare_in_every_format_writes_files() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["text", "csv", "json", "md", "html"] {
        let out = dir.path().join(format!("cmp.{format}"));
        govdiff()
            .args(["compare", "--format", format, "-o"])
            .arg(&out)
            .arg(sample("qinglan_2023.txt"))
            .arg(sample("qinglan_2024.txt"))
            .assert()
            .success()
            .stderr("");
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains("地区生产总值"), "{format}");
    }
    let csv = std::fs::read_to_string(dir.path().join("cmp.csv")).unwrap();
    assert!(csv.starts_with(
        "indicator,measure,unit,prior_actual,target,actual,outcome,next_target,change,old_section,new_section,old_text,new_text,"
    ));
    assert!(csv.contains(
        "地区生产总值,growth,%,增长5.6%,增长6.5%左右,增长7.1%,met,增长6%左右,lowered,二,一,"
    ));
}

#[test]
fn swapped_pair_is_said_and_swap_fixes_it() {
    let assert = govdiff()
        .args(["compare", "--format", "csv"])
        .arg(sample("qinglan_2024.txt"))
        .arg(sample("qinglan_2023.txt"))
        .assert()
        .success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("look swapped"), "{stderr}");
    let assert = govdiff()
        .args(["compare", "--swap", "--format", "csv"])
        .arg(sample("qinglan_2024.txt"))
        .arg(sample("qinglan_2023.txt"))
        .assert()
        .success();
    assert!(assert.get_output().stderr.is_empty());
    let csv = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(csv.contains(",met,"));
}

#[test]
fn compare_with_a_bad_file_leaves_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("empty.txt");
    std::fs::write(&bad, b"").unwrap();
    let out = dir.path().join("out.html");
    let assert = govdiff()
        .args(["compare", "--format", "html", "-o"])
        .arg(&out)
        .arg(sample("qinglan_2023.txt"))
        .arg(&bad)
        .assert()
        .failure();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1);
    assert!(stderr.contains("empty.txt") && stderr.contains("empty"));
    assert!(!out.exists());
}
