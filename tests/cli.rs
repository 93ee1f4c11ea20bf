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

#[test]
fn dash_reads_standard_input_and_names_it() {
    let report = std::fs::read(sample("qinglan_2024.txt")).unwrap();
    let assert = govdiff()
        .args(["compare", "--format", "csv"])
        .arg(sample("qinglan_2023.txt"))
        .arg("-")
        .write_stdin(report)
        .assert()
        .success();
    let csv = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(csv.contains(",增长7.1%,met,"), "{csv}");
    assert!(csv.contains("qinglan_2023.txt,-,"), "new_file is -");
    // The same for one report, and `-o -` is standard output.
    let out = govdiff()
        .args(["outline", "-", "-o", "-"])
        .write_stdin(std::fs::read(sample("qinglan_2023.txt")).unwrap())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8(out).unwrap().starts_with("青岚县 · "));
    // Standard input cannot be read twice.
    let assert = govdiff().args(["compare", "-", "-"]).assert().code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr.trim(),
        "govdiff: only one FILE can be `-` (standard input)"
    );
}

#[test]
fn strict_exits_3_when_something_is_unclear_and_says_what() {
    // The samples' 外贸进出口总额 is reported in another measure: an unclear verdict.
    let assert = govdiff()
        .args(["compare", "--strict", "--format", "csv"])
        .arg(sample("qinglan_2023.txt"))
        .arg(sample("qinglan_2024.txt"))
        .assert()
        .code(3);
    let out = assert.get_output();
    assert!(!out.stdout.is_empty(), "the output is still written");
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    // One line per unclear verdict: 外贸进出口总额, and 夜间经济集聚区 and 背街小巷改造, which the
    // review names without a figure.
    assert_eq!(stderr.lines().count(), 3, "{stderr}");
    assert!(
        stderr.lines().all(|l| l.starts_with("govdiff: unclear: ")),
        "{stderr}"
    );
    assert!(
        stderr.contains("qinglan_2024.txt: 外贸进出口总额"),
        "{stderr}"
    );
    // A clean report passes.
    govdiff()
        .args(["outline", "--strict"])
        .arg(sample("qinglan_2023.txt"))
        .assert()
        .success();
    // Without --strict the same comparison exits 0.
    govdiff()
        .args(["compare", "--format", "csv"])
        .arg(sample("qinglan_2023.txt"))
        .arg(sample("qinglan_2024.txt"))
        .assert()
        .success();
}

#[test]
fn warnings_name_their_files_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    // A copy cut off mid-sentence: a truncation warning on line 5.
    let cut = dir.path().join("cut.txt");
    std::fs::write(
        &cut,
        "示例县2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n全年实现地区生产总值305.2亿元,增长7.1%。\n二、2024年发展目标和重点工作\n主要预期目标为:地区生产总值增长6%左右,一般公共预算收入",
    )
    .unwrap();
    let assert = govdiff()
        .args(["outline", "--format", "json"])
        .arg(&cut)
        .assert()
        .success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    let expected = format!("govdiff: warning: {}: line ", cut.display());
    assert!(stderr.lines().all(|l| l.starts_with(&expected)), "{stderr}");
    assert!(stderr.contains("cut off"), "{stderr}");
    let assert = govdiff()
        .args(["outline", "--format", "json", "--lang", "zh"])
        .arg(&cut)
        .assert()
        .success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    let expected = format!("govdiff: 警告: {}: 第", cut.display());
    assert!(stderr.lines().all(|l| l.starts_with(&expected)), "{stderr}");
    assert!(stderr.contains("截断"), "{stderr}");
    // The text view to a pipe or file (not a terminal) also says them on standard error,
    // so a loop that redirects its output still sees them.
    let assert = govdiff().args(["outline"]).arg(&cut).assert().success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.starts_with("govdiff: warning: "), "{stderr}");
    // Pairing warnings name both files.
    let assert = govdiff()
        .args(["compare", "--format", "csv"])
        .arg(sample("qinglan_2024.txt"))
        .arg(sample("qinglan_2023.txt"))
        .assert()
        .success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.starts_with(&format!(
            "govdiff: warning: {}, {}: the reports look swapped",
            sample("qinglan_2024.txt").display(),
            sample("qinglan_2023.txt").display()
        )),
        "{stderr}"
    );
}

#[test]
fn bom_for_excel_only_when_asked() {
    let run = |bom: bool| {
        let mut cmd = govdiff();
        cmd.args(["compare", "--format", "csv"])
            .arg(sample("qinglan_2023.txt"))
            .arg(sample("qinglan_2024.txt"));
        if bom {
            cmd.arg("--bom");
        }
        cmd.assert().success().get_output().stdout.clone()
    };
    let plain = run(false);
    let marked = run(true);
    assert!(plain.starts_with(b"indicator,"));
    assert_eq!(&marked[..3], b"\xEF\xBB\xBF");
    assert_eq!(&marked[3..], &plain[..]);
}

#[test]
fn completions_and_man_page_come_from_the_command_line_definition() {
    let out = govdiff()
        .args(["completions", "bash"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let script = String::from_utf8(out).unwrap();
    assert!(script.contains("_govdiff()"));
    for word in [
        "compare",
        "indicators",
        "outline",
        "--lang",
        "--strict",
        "--bom",
    ] {
        assert!(script.contains(word), "{word}");
    }
    let out = govdiff()
        .args(["man"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let page = String::from_utf8(out).unwrap();
    assert!(page.contains(".TH govdiff 1 "), "{}", &page[..200]);
    assert!(
        page.contains("govdiff\\-compare(1)"),
        "sub-pages are listed"
    );
    let dir = tempfile::tempdir().unwrap();
    govdiff()
        .args(["man", "--dir"])
        .arg(dir.path())
        .assert()
        .success();
    let compare = std::fs::read_to_string(dir.path().join("govdiff-compare.1")).unwrap();
    assert!(
        compare.contains(".TH govdiff-compare 1"),
        "{}",
        &compare[..300]
    );
    assert!(compare.contains("\\-\\-strict") && compare.contains("margin"));
}

#[test]
fn xlsx_for_compare_and_track() {
    use calamine::{Reader, Xlsx};
    // To a pipe (not a terminal) the workbook goes to standard output.
    let out = govdiff()
        .args(["compare", "--format", "xlsx"])
        .arg(sample("qinglan_2023.txt"))
        .arg(sample("qinglan_2024.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(&out[..2], b"PK");
    let book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(out)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["targets", "commitments", "sections", "about"]
    );
    // track: one sheet per government, the panel, about; as many rows as the CSV.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("panel.xlsx");
    govdiff()
        .args(["track", "--format", "xlsx", "-o"])
        .arg(&path)
        .arg(sample("qinglan_2023.txt"))
        .arg(sample("qinglan_2024.txt"))
        .assert()
        .success();
    let csv = govdiff()
        .args(["track", "--format", "csv"])
        .arg(sample("qinglan_2023.txt"))
        .arg(sample("qinglan_2024.txt"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let csv_rows = String::from_utf8(csv).unwrap().lines().count() - 1;
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["青岚县", "panel", "about"]);
    let sheet = book.worksheet_range("青岚县").unwrap();
    assert_eq!(sheet.height() - 1, csv_rows);
    assert_eq!(sheet.rows().nth(1).unwrap()[0].to_string(), "青岚县");
}

#[test]
fn errors_in_chinese_name_the_file_and_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("空.txt");
    std::fs::write(&empty, b"").unwrap();
    let missing = dir.path().join("没有.txt");
    let cases: [(&std::path::Path, &str); 3] = [
        (&missing, "文件不存在"),
        (&empty, "文件是空的"),
        (dir.path(), "这是文件夹，不是普通文件"),
    ];
    for (path, reason) in cases {
        let out = govdiff()
            .args(["--lang", "zh", "outline"])
            .arg(path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("govdiff: "), "{err}");
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.trim_end().ends_with(reason), "{err}");
    }
}

#[test]
fn track_names_unreadable_files_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["qinglan_2023.txt", "qinglan_2024.txt"] {
        std::fs::copy(sample(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("空.txt"), b"").unwrap();
    let out = govdiff()
        .args(["--lang", "zh", "track", "--format", "csv", "-o"])
        .arg(dir.path().join("panel.csv"))
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("空.txt: 文件是空的"), "{err}");
    assert!(err.contains("1个文件无法读取（退出码4）"), "{err}");
    assert!(!err.contains("the file is empty"), "{err}");
}
