//! Speed of each stage of `govdiff compare`, and how compare grows with the text.
//!
//! `cargo bench --bench compare` runs everything; `cargo bench --bench compare -- stage` the
//! stages, `-- scale` the growth curves (compare, and `read::clean` on generated lines).
//! Figures are recorded in docs/performance.md. The corpus pairs need `../shared/corpus/` and
//! are skipped without it.
//!
//! - stages, per pair: read (decode, clean, tree, metadata of both files), extract (the
//!   indicators of both), align (sections and paragraphs), judge (indicators and
//!   commitments), diff (every matched paragraph's word diff), compare (all but the diffs,
//!   the steady state of a library caller; both cores), compare prepared (the pair's own work,
//!   each report prepared once) and render (CSV; HTML with the diffs).
//! - scale: the State Council 2024→2025 pair made 1×, 4× and 16× as long by giving every
//!   body paragraph k−1 followers: real paragraphs of other years' national reports, each
//!   different (NEW has the same followers with a ninth of their characters dropped, so they
//!   align and their diffs have work to do).
//! - scale clean: `read::clean` on 2,500, 10,000 and 40,000 generated lines of two shapes:
//!   short lines that it joins into one (the shape of the 100,000-heading hostile input), and
//!   bare headings before any prose (searched for an outline).

use std::path::PathBuf;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use govdiff::Report;
use govdiff::compare::{Parts, Prepared, align, commitments, compare, compare_prepared, judge};
use govdiff::render;

fn path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn read(rel: &str) -> Option<Vec<u8>> {
    std::fs::read(path(rel)).ok()
}

fn parse(bytes: &[u8], name: &str) -> Report {
    govdiff::parse_report(bytes, name).unwrap_or_else(|e| panic!("{e}"))
}

fn stages(c: &mut Criterion, name: &str, old: &str, new: &str) {
    let (Some(a), Some(b)) = (read(old), read(new)) else {
        eprintln!("skipped {name}: {old} or {new} absent");
        return;
    };
    let mut group = c.benchmark_group(format!("stage {name}"));
    group.bench_function("read", |bench| {
        bench.iter(|| (parse(&a, old), parse(&b, new)))
    });
    let (x, y) = (parse(&a, old), parse(&b, new));
    group.bench_function("extract", |bench| {
        bench.iter(|| {
            (
                govdiff::extract::indicators::extract(&x),
                govdiff::extract::indicators::extract(&y),
            )
        })
    });
    group.bench_function("align", |bench| {
        bench.iter(|| align::align_sections(&x, &y))
    });
    let (xi, yi) = (
        govdiff::extract::indicators::extract(&x),
        govdiff::extract::indicators::extract(&y),
    );
    group.bench_function("judge", |bench| {
        bench.iter(|| {
            (
                judge::judge_indicators(&x, &y, &xi, &yi),
                commitments::trace_commitments(&x, &y),
            )
        })
    });
    let plain = compare(x.clone(), y.clone());
    group.bench_function("diff", |bench| {
        bench.iter_batched(
            || plain.clone(),
            |mut cmp| cmp.add_diffs(),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("compare", |bench| {
        bench.iter_batched(
            || (x.clone(), y.clone()),
            |(x, y)| compare(x, y),
            BatchSize::LargeInput,
        )
    });
    // The pair's own work, each report prepared once (what `track` and a caller comparing one
    // report with several pay per pair).
    let (px, py) = (Prepared::new(x.clone()), Prepared::new(y.clone()));
    px.complete();
    py.complete();
    group.bench_function("compare prepared", |bench| {
        bench.iter(|| compare_prepared(&px, &py, Parts::ALL))
    });
    let full = plain.clone().with_diffs();
    group.bench_function("render csv", |bench| {
        bench.iter(|| render::compare::csv(&plain, render::lang::Lang::En))
    });
    group.bench_function("render html", |bench| {
        bench.iter(|| render::html::html(&full))
    });
    group.finish();
}

/// Lines of at least this many characters are body paragraphs (headings are shorter).
const BODY: usize = 60;

/// `base` with k−1 followers after every body paragraph, taken in turn from `pool`; with
/// `edit`, every ninth character of a follower is dropped.
fn scaled(base: &str, pool: &[&str], k: usize, edit: bool) -> String {
    let mut out = String::with_capacity(base.len() * k);
    let mut next = 0;
    for line in base.lines() {
        out.push_str(line);
        out.push('\n');
        if line.chars().count() < BODY {
            continue;
        }
        for _ in 1..k {
            let follower = pool[next % pool.len()];
            next += 1;
            if edit {
                out.extend(
                    follower
                        .chars()
                        .enumerate()
                        .filter(|(i, _)| i % 9 != 8)
                        .map(|(_, c)| c),
                );
            } else {
                out.push_str(follower);
            }
            out.push('\n');
        }
    }
    out
}

fn scale(c: &mut Criterion) {
    let (Some(a), Some(b)) = (
        read("../shared/corpus/national_2024.txt"),
        read("../shared/corpus/national_2025.txt"),
    ) else {
        eprintln!("skipped scale: the national reports are absent");
        return;
    };
    let others: Vec<String> = (2005..=2019)
        .filter_map(|year| read(&format!("../shared/corpus/national_{year}.txt")))
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .collect();
    let pool: Vec<&str> = others
        .iter()
        .flat_map(|text| text.lines())
        .filter(|line| line.chars().count() >= BODY)
        .collect();
    let (a, b) = (String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
    let mut group = c.benchmark_group("scale");
    group.sample_size(10);
    for k in [1, 4, 16] {
        let old = parse(scaled(&a, &pool, k, false).as_bytes(), "old.txt");
        let new = parse(scaled(&b, &pool, k, true).as_bytes(), "new.txt");
        let chars = old.sections().iter().map(|s| s.own_chars()).sum::<usize>();
        eprintln!("scale {k}×: {chars} characters in OLD's sections");
        group.bench_function(format!("compare {k}x"), |bench| {
            bench.iter_batched(
                || (old.clone(), new.clone()),
                |(x, y)| compare(x, y),
                BatchSize::LargeInput,
            )
        });
        let plain = compare(old.clone(), new.clone());
        group.bench_function(format!("diff {k}x"), |bench| {
            bench.iter_batched(
                || plain.clone(),
                |mut cmp| cmp.add_diffs(),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

/// `len` common Han characters from a fixed pseudo-random run (a linear congruential
/// generator seeded by the caller), so that generated inputs are the same at every run.
fn han_run(state: &mut u32, len: usize) -> String {
    (0..len)
        .map(|_| {
            *state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from_u32(0x4E00 + (*state >> 16) % 3000).unwrap_or('字')
        })
        .collect()
}

/// `n` lines shaped like the hostile input of `benches/whole_process.py` (`137.某某某某某某。
/// 某某某某某某某某某某`): numbered past 99, so not headings, and ending on no sentence end,
/// so the cleaner joins them all into one line. Characters from a fixed pseudo-random run.
fn hostile_lines(n: usize) -> String {
    let mut state: u32 = 2026;
    let mut han = |len: usize| han_run(&mut state, len);
    let mut out = String::from("示例县2023年政府工作报告\n各位代表:\n一、2022年工作回顾\n");
    for i in 1..=n {
        out.push_str(&format!("{i}.{}。{}\n", han(6), han(10)));
    }
    out.push_str("二、2023年发展目标和重点工作\n主要预期目标为:地区生产总值增长6%左右。\n");
    out
}

/// `n` lines with no prose: `n / 2` bare headings `一、某某某某某某某某`, then `n / 2` short
/// lines. The cleaner looks for an outline among the headings: whether their titles come
/// back as headings further on.
fn bare_headings(n: usize) -> String {
    let mut state: u32 = 2027;
    let mut han = |len: usize| han_run(&mut state, len);
    let mut out = String::new();
    for _ in 0..n / 2 {
        out.push_str(&format!("一、{}\n", han(8)));
    }
    for _ in 0..n / 2 {
        out.push_str(&format!("{}\n", han(12)));
    }
    out
}

/// `read::clean` at 1×, 4× and 16× the lines: linear, not quadratic, in the lines it joins
/// and in the headings it checks for an outline.
fn clean_growth(c: &mut Criterion) {
    let mut group = c.benchmark_group("scale clean");
    group.sample_size(10);
    for (shape, make) in [
        ("joined", hostile_lines as fn(usize) -> String),
        ("bare headings", bare_headings),
    ] {
        for (k, n) in [(1, 2_500), (4, 10_000), (16, 40_000)] {
            let text = make(n);
            let lines = govdiff::read::decode::decode(text.as_bytes())
                .unwrap_or_else(|e| panic!("{e}"))
                .lines;
            group.bench_function(format!("clean {shape} {k}x ({n} lines)"), |bench| {
                bench.iter_batched(
                    || lines.clone(),
                    govdiff::read::clean::clean,
                    BatchSize::LargeInput,
                )
            });
        }
    }
    group.finish();
}

fn benches(c: &mut Criterion) {
    stages(
        c,
        "samples",
        "samples/qinglan_2023.txt",
        "samples/qinglan_2024.txt",
    );
    stages(
        c,
        "State Council 2024→2025",
        "../shared/corpus/national_2024.txt",
        "../shared/corpus/national_2025.txt",
    );
    stages(
        c,
        "State Council 2021→2022",
        "../shared/corpus/national_2021.txt",
        "../shared/corpus/national_2022.txt",
    );
}

criterion_group! {
    name = compare_benches;
    config = Criterion::default().sample_size(20);
    targets = benches, scale, clean_growth
}
criterion_main!(compare_benches);
