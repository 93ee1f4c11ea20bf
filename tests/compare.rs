//! `govdiff compare`: golden outputs on the samples, the verdicts they were written to
//! produce, the real national pair, and pairs that are not pairs.

mod common;

use govdiff::compare::{Comparison, compare};
use govdiff::model::{Change, CommitmentChange, CommitmentStatus, Outcome, SectionStatus};
use govdiff::render::compare as render;

fn read_named(name: &str) -> govdiff::Report {
    let bytes = std::fs::read(common::sample(name)).unwrap();
    govdiff::parse_report(&bytes, &format!("samples/{name}")).unwrap()
}

/// The samples compared, without paragraph diffs (what the text and CSV outputs need).
fn samples() -> Comparison {
    compare(
        read_named("qinglan_2023.txt"),
        read_named("qinglan_2024.txt"),
    )
}

#[test]
fn golden_text() {
    insta::assert_snapshot!(
        "compare_samples_text",
        render::text(&samples(), render::Style::plain())
    );
}

#[test]
fn golden_csv() {
    insta::assert_snapshot!(
        "compare_samples_csv",
        render::csv(&samples(), govdiff::render::lang::Lang::En).unwrap()
    );
}

/// `compare` prepares the two reports side by side, on two threads, and shares the word
/// diffs out over the pool: the comparison is the one made on one thread, each part worked
/// out at its first use, and each diff the one of its own pair of paragraphs.
#[test]
fn on_two_cores_the_comparison_is_the_one_made_on_one() {
    use govdiff::compare::{Parts, Prepared, compare_prepared, diff};
    let (old, new) = (
        read_named("qinglan_2023.txt"),
        read_named("qinglan_2024.txt"),
    );
    let together = compare(old.clone(), new.clone()).with_diffs();
    let (old, new) = (Prepared::new(old), Prepared::new(new));
    let one_by_one = compare_prepared(&old, &new, Parts::ALL);
    assert!(!one_by_one.commitments.is_empty() && !one_by_one.next_commitments.is_empty());
    let mut diffed = 0;
    for (section, (a, b)) in together
        .sections
        .iter()
        .zip(&one_by_one.sections)
        .enumerate()
    {
        assert_eq!(a.paragraphs.len(), b.paragraphs.len(), "section {section}");
        for (p, q) in a.paragraphs.iter().zip(&b.paragraphs) {
            if let (Some(x), Some(y)) = (&q.old, &q.new) {
                assert_eq!(p.diff, diff::paragraph_diff(&x.text, &y.text, None));
                diffed += 1;
            }
        }
    }
    assert!(diffed > 10, "{diffed} paragraph pairs diffed");
    assert_eq!(together, one_by_one.with_diffs());
}

#[test]
fn text_and_csv_do_not_need_diffs() {
    let plain = samples();
    assert!(
        plain
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .all(|p| p.diff.is_empty() && p.similarity.is_none())
    );
    let full = plain.clone().with_diffs();
    let diffed = full.sections.iter().flat_map(|s| &s.paragraphs);
    assert!(diffed.filter(|p| !p.diff.is_empty()).count() > 10);
    let style = render::Style::plain();
    assert_eq!(render::text(&plain, style), render::text(&full, style));
    assert_eq!(
        render::csv(&plain, govdiff::render::lang::Lang::En).unwrap(),
        render::csv(&full, govdiff::render::lang::Lang::En).unwrap()
    );
}

#[test]
fn golden_markdown() {
    insta::assert_snapshot!(
        "compare_samples_md",
        render::markdown(&samples().with_diffs())
    );
}

#[test]
fn golden_json() {
    // The two section trees are golden in the outline tests; here the comparison itself.
    let mut value: serde_json::Value =
        serde_json::from_str(&render::json(&samples().with_diffs())).unwrap();
    for side in ["old", "new"] {
        for key in ["parts", "preamble", "closing"] {
            value[side][key] =
                serde_json::Value::String(format!("(see the outline snapshot: {key})"));
        }
    }
    insta::assert_json_snapshot!("compare_samples_json", value);
}

/// The verdicts the samples were written to produce (docs/samples.md), written down before
/// the code computed them.
const EXPECTED: &[(&str, Option<&str>, &str)] = &[
    ("地区生产总值", Some("met"), "lowered"),
    ("一般公共预算收入", Some("missed"), "lowered"),
    ("固定资产投资", Some("met"), "unchanged"),
    ("规上工业增加值", Some("unreported"), "dropped"),
    ("社会消费品零售总额", Some("missed"), "reworded"),
    ("外贸进出口总额", Some("unclear"), "dropped"),
    ("城镇居民人均可支配收入", Some("missed"), "unchanged"),
    ("农村居民人均可支配收入", Some("met"), "unchanged"),
    ("城镇登记失业率", Some("met"), "unchanged"),
    ("单位GDP能耗", Some("missed"), "dropped"),
    ("规上工业总产值", Some("met"), "raised"),
    ("规上工业企业", Some("missed"), "unchanged"),
    ("技改项目", Some("unreported"), "raised"),
    ("标准厂房", Some("met"), "dropped"),
    ("低效用地", Some("met"), "unchanged"),
    ("国家高新技术企业", Some("met"), "raised"),
    ("省级专精特新企业", Some("unreported"), "raised"),
    ("研发经费投入占GDP比重", Some("missed"), "raised"),
    ("中小企业数字化改造", Some("met"), "raised"),
    ("省级数字化车间", Some("met"), "unchanged"),
    ("接待游客", Some("met"), "raised"),
    ("旅游总收入", Some("met"), "raised"),
    ("粮食播种面积", Some("met"), "unchanged"),
    ("粮食总产量", Some("met"), "unchanged"),
    ("高标准农田", Some("met"), "lowered"),
    ("省级农业龙头企业", Some("met"), "unchanged"),
    (
        "村级集体经济经营性收入30万元以上的村占比",
        Some("met"),
        "raised",
    ),
    ("老旧小区改造", Some("met"), "lowered"),
    ("公共停车位", Some("met"), "dropped"),
    ("农村公路", Some("missed"), "unchanged"),
    ("PM2.5平均浓度", Some("met"), "unchanged"),
    ("地表水Ⅲ类以上水质比例", Some("met"), "unchanged"),
    ("亿元以上项目", Some("met"), "raised"),
    ("实际利用外资", Some("unreported"), "reworded"),
    ("就业", Some("missed"), "lowered"),
    ("城乡居民最低生活保障标准", Some("met"), "raised"),
    ("学校", Some("met"), "lowered"),
    ("学位", Some("unreported"), "dropped"),
    ("每千人口执业(助理)医师数", Some("met"), "raised"),
    ("数字经济核心产业增加值", None, "new"),
    ("数字经济项目", None, "new"),
    ("普惠托位", None, "new"),
    ("居家养老服务中心", None, "new"),
];

#[test]
fn sample_verdicts_are_the_ones_written() {
    let c = samples();
    for (indicator, outcome, change) in EXPECTED {
        let row = c
            .indicators
            .iter()
            .find(|r| r.indicator == *indicator)
            .unwrap_or_else(|| panic!("no row for {indicator}"));
        assert_eq!(
            row.outcome.map(|o| o.as_str()),
            *outcome,
            "outcome of {indicator}"
        );
        assert_eq!(
            row.change.map(|c| c.as_str()),
            Some(*change),
            "change of {indicator}"
        );
    }
    // Every outcome and every change word appears.
    for o in [
        Outcome::Met,
        Outcome::Missed,
        Outcome::Unreported,
        Outcome::Unclear,
    ] {
        assert!(c.indicators.iter().any(|r| r.outcome == Some(o)), "{o:?}");
    }
    for ch in [
        Change::Unchanged,
        Change::Raised,
        Change::Lowered,
        Change::Reworded,
        Change::Dropped,
        Change::New,
    ] {
        assert!(c.indicators.iter().any(|r| r.change == Some(ch)), "{ch:?}");
    }
}

#[test]
fn sample_four_slots_and_evidence() {
    let c = samples();
    let gdp = c
        .indicators
        .iter()
        .find(|r| r.indicator == "地区生产总值")
        .unwrap();
    let slots = [
        &gdp.prior_actual,
        &gdp.target,
        &gdp.actual,
        &gdp.next_target,
    ];
    let values: Vec<Option<f64>> = slots
        .iter()
        .map(|s| s.as_ref().and_then(|s| s.value))
        .collect();
    assert_eq!(values, [Some(5.6), Some(6.5), Some(7.1), Some(6.0)]);
    assert_eq!(gdp.actual_change, Some(1.5));
    let target = gdp.target.as_ref().unwrap();
    assert_eq!((target.section.as_str(), target.line), ("二", 39));
    assert!(target.original.contains("地区生产总值增长6.5%左右"));
    // Evidence quotes the file as it is, full-width digits included.
    let actual = gdp.actual.as_ref().unwrap();
    assert!(
        actual.original.contains("增长７.１％"),
        "{}",
        actual.original
    );
}

#[test]
fn sample_commitments() {
    let c = samples();
    let status = |object: &str| {
        c.commitments
            .iter()
            .find(|r| r.commitment.object.contains(object))
            .map(|r| r.status)
            .unwrap_or_else(|| panic!("no commitment {object}"))
    };
    // `启动城北智造园二期建设` promised, `城北智造园二期开工建设` reported: started as promised.
    assert_eq!(status("城北智造园二期"), CommitmentStatus::Done);
    assert_eq!(status("省级全域旅游示范县"), CommitmentStatus::Done);
    assert_eq!(status("青岚商业综合体"), CommitmentStatus::Done);
    assert_eq!(status("县域物流配送中心"), CommitmentStatus::Unreported);
    assert_eq!(status("老城区有机更新"), CommitmentStatus::InProgress);
    assert_eq!(status("青岚大桥"), CommitmentStatus::Done);
    assert_eq!(status("城东污水处理厂二期"), CommitmentStatus::Done);
    // A provincial title in the review does not fulfil a national one.
    assert_eq!(
        status("国家生态文明建设示范县"),
        CommitmentStatus::Unreported
    );
    assert_eq!(status("省级健康促进县"), CommitmentStatus::Unreported);
    let fresh: Vec<String> = c
        .next_commitments
        .iter()
        .filter(|n| n.change == CommitmentChange::New)
        .map(|n| format!("{}{}", n.commitment.verb, n.commitment.object))
        .collect();
    for expected in [
        "争创国家级旅游度假区",
        "建成县大数据中心",
        "启动高铁站综合枢纽",
        "开工建设青岚二中新校区",
    ] {
        assert!(
            fresh.iter().any(|f| f == expected),
            "{expected} in {fresh:?}"
        );
    }
    assert!(
        !fresh.iter().any(|f| f.contains("县人民医院新院区")),
        "carried over, not new"
    );
    // Promised last year only as preparatory work (`推进…前期工作`), which is a commitment on
    // the same road: continued, not new.
    assert!(
        !fresh.iter().any(|f| f.contains("青岚至云溪快速路")),
        "continued from the preparatory work"
    );
}

#[test]
fn sample_sections_align() {
    let c = samples().with_diffs();
    let find = |old: Option<&str>, new: Option<&str>| {
        c.sections
            .iter()
            .find(|p| {
                p.old.as_ref().map(|r| r.path.as_str()) == old
                    && p.new.as_ref().map(|r| r.path.as_str()) == new
            })
            .map(|p| p.status)
    };
    assert_eq!(
        find(Some("二.(一)"), Some("二.(一)")),
        Some(SectionStatus::Renamed)
    );
    assert_eq!(
        find(Some("二.(一).4"), Some("二.(二).6")),
        Some(SectionStatus::Moved)
    );
    assert_eq!(
        find(Some("二.(二).5"), Some("二.(一).4")),
        Some(SectionStatus::Moved)
    );
    assert_eq!(find(Some("二.(二)"), None), Some(SectionStatus::Dropped));
    assert_eq!(find(None, Some("二.(二)")), Some(SectionStatus::New));
    assert_eq!(
        find(Some("二.(三).8"), Some("二.(三).7")),
        Some(SectionStatus::Matched)
    );
    assert_eq!(
        find(Some("二.(五).14"), Some("二.(五).13")),
        Some(SectionStatus::Renamed)
    );
    assert_eq!(find(Some("三"), Some("三")), Some(SectionStatus::Matched));
    // A matched pair of paragraphs carries a word diff without one-character confetti.
    let task = c
        .sections
        .iter()
        .find(|p| p.new.as_ref().is_some_and(|r| r.path == "二.(六).15"))
        .unwrap();
    let para = &task.paragraphs[0];
    assert!(para.similarity.unwrap() > 0.5);
    assert!(
        para.diff
            .iter()
            .any(|s| s.kind == govdiff::compare::diff::SegmentKind::Insert
                && s.text.contains("7500"))
    );
}

#[test]
fn national_pair_major_targets_are_judged() {
    let Some(dir) = common::corpus_dir() else {
        return;
    };
    let (a, b) = (dir.join("national_2021.txt"), dir.join("national_2022.txt"));
    if !a.exists() || !b.exists() {
        return;
    }
    let c = compare(common::read(&a), common::read(&b));
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    let row = |name: &str| {
        c.indicators
            .iter()
            .find(|r| r.indicator == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let gdp = row("国内生产总值");
    assert_eq!(gdp.outcome, Some(Outcome::Met));
    assert_eq!(gdp.actual.as_ref().and_then(|s| s.value), Some(8.1));
    assert_eq!(gdp.next_target.as_ref().and_then(|s| s.value), Some(5.5));
    assert_eq!(gdp.change, Some(Change::Lowered));
    assert_eq!(row("城镇新增就业").outcome, Some(Outcome::Met));
    assert_eq!(row("居民消费价格").outcome, Some(Outcome::Met));
    assert_eq!(row("城镇调查失业率").change, Some(Change::Reworded));
    assert_eq!(row("粮食产量").outcome, Some(Outcome::Met));
}

/// Corpus reports that are not a pair still compare cleanly, with warnings that say why the
/// pair is odd. Each report is set against two others (its neighbour in file order and one
/// seven places on), so the test grows with the corpus, not with its square.
#[test]
fn corpus_non_pairs_warn() {
    let Some(dir) = common::corpus_dir() else {
        return;
    };
    let reports: Vec<govdiff::Report> = common::corpus_reports(&dir)
        .into_iter()
        .filter_map(|(p, _)| govdiff::read_report(&p).ok())
        .collect();
    let n = reports.len();
    for (i, a) in reports.iter().enumerate() {
        for b in [&reports[(i + 1) % n], &reports[(i + 7) % n]] {
            if std::ptr::eq(a, b) {
                continue;
            }
            let c = compare(a.clone(), b.clone());
            let (ga, gb) = (&a.meta.government, &b.meta.government);
            if ga.is_some() && gb.is_some() && ga != gb {
                assert!(
                    c.warnings
                        .iter()
                        .any(|w| w.contains("different governments")),
                    "{} / {}",
                    a.source.path,
                    b.source.path
                );
            }
            let (ya, yb) = (a.meta.planned_year, b.meta.planned_year);
            if let (Some(ya), Some(yb)) = (ya, yb)
                && yb != ya + 1
            {
                assert!(
                    !c.warnings.is_empty(),
                    "{} / {}",
                    a.source.path,
                    b.source.path
                );
                assert!(c.indicators.iter().all(|r| {
                    r.outcome
                        .is_none_or(|o| o == Outcome::Unclear || yb == ya + 1)
                }));
            }
        }
    }
}

/// A digest with no parts (only the main targets, as news sites print them) still gives its
/// targets, and they are judged by the next year's full report.
#[test]
fn digest_without_parts_is_judged_by_the_next_report() {
    let digest = "2023年政府工作报告要点\n\
        新华社北京3月5日电\n\
        今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量保持在1.3万亿斤以上。\n";
    let old = govdiff::parse_report(digest.as_bytes(), "digest_2023.txt").unwrap();
    let targets = govdiff::extract::indicators::extract(&old);
    let subjects: Vec<&str> = targets.iter().map(|i| i.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "国内生产总值",
            "城镇新增就业",
            "城镇调查失业率",
            "居民消费价格",
            "粮食产量"
        ]
    );
    assert!(
        targets
            .iter()
            .all(|i| i.role == govdiff::model::IndicatorRole::Target && i.year == Some(2023))
    );

    let Some(dir) = common::corpus_dir() else {
        return;
    };
    let path = dir.join("national_2024.txt");
    if !path.exists() {
        return;
    }
    let c = compare(old, common::read(&path));
    let row = |name: &str| {
        c.indicators
            .iter()
            .find(|r| r.indicator == name)
            .unwrap_or_else(|| panic!("{name}"))
    };
    let gdp = row("国内生产总值");
    assert_eq!(
        (gdp.outcome, gdp.change),
        (Some(Outcome::Met), Some(Change::Unchanged))
    );
    assert_eq!(gdp.actual.as_ref().and_then(|a| a.value), Some(5.2));
    let jobs = row("城镇新增就业");
    assert_eq!(
        (jobs.outcome, jobs.change),
        (Some(Outcome::Met), Some(Change::Reworded))
    );
}

/// A review excerpt (no plan part) judges outcomes but leaves changes unjudged, not "dropped".
#[test]
fn excerpt_without_plan_leaves_changes_unjudged() {
    let old = read_named("qinglan_2023.txt");
    let full = std::fs::read_to_string(common::sample("qinglan_2024.txt")).unwrap();
    let cut = full.rfind("二、2024年发展目标").unwrap();
    let excerpt = govdiff::parse_report(&full.as_bytes()[..cut], "excerpt.txt").unwrap();
    let c = compare(old, excerpt);
    let gdp = c
        .indicators
        .iter()
        .find(|r| r.indicator == "地区生产总值")
        .unwrap();
    assert_eq!(gdp.outcome, Some(Outcome::Met));
    assert_eq!(gdp.change, None);
    assert!(
        c.indicators
            .iter()
            .all(|r| r.change != Some(Change::Dropped))
    );
}

/// A NEW copy cut inside its plan (after the main targets and the first group of tasks)
/// drops, as stored, what it lost; the summary says the drops are the copy's.
#[test]
fn a_cut_copys_drops_are_said_to_be_the_copys() {
    let old = read_named("qinglan_2023.txt");
    let full = std::fs::read_to_string(common::sample("qinglan_2024.txt")).unwrap();
    let cut = full.rfind("(二)推进数字赋能").unwrap();
    let copy = govdiff::parse_report(&full.as_bytes()[..cut], "cut.txt").unwrap();
    assert!(copy.truncated, "{:?}", copy.diagnostics);
    let c = compare(old, copy);
    assert!(c.summary.dropped > 0);
    let text = render::text(&c, render::Style::plain());
    assert!(
        text.contains("(NEW is cut short: dropped = absent from the copy as stored)"),
        "{text}"
    );
    assert!(!render::text(&samples(), render::Style::plain()).contains("NEW is cut short"));
}
