//! Speed of the main job: read two reports and compare them. Run with `cargo bench`; the
//! figures are recorded in docs/performance.md.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};

fn path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn read(rel: &str) -> Option<Vec<u8>> {
    std::fs::read(path(rel)).ok()
}

fn bench_pair(c: &mut Criterion, name: &str, old: &str, new: &str) {
    let (Some(a), Some(b)) = (read(old), read(new)) else {
        eprintln!("skipped {name}: {old} or {new} absent");
        return;
    };
    // Load the word-segmentation dictionary once, outside the measurement.
    let _ = govdiff::compare::diff::words("预热");
    c.bench_function(&format!("parse {name} (both)"), |bench| {
        bench.iter(|| {
            let x = govdiff::parse_report(&a, old).unwrap();
            let y = govdiff::parse_report(&b, new).unwrap();
            (x, y)
        })
    });
    let x = govdiff::parse_report(&a, old).unwrap();
    let y = govdiff::parse_report(&b, new).unwrap();
    c.bench_function(&format!("indicators {name} (both)"), |bench| {
        bench.iter(|| {
            (
                govdiff::extract::indicators::extract(&x),
                govdiff::extract::indicators::extract(&y),
            )
        })
    });
    c.bench_function(&format!("compare {name}"), |bench| {
        bench.iter(|| govdiff::compare::compare(x.clone(), y.clone()))
    });
    c.bench_function(&format!("compare with diffs {name}"), |bench| {
        bench.iter(|| govdiff::compare::compare(x.clone(), y.clone()).with_diffs())
    });
    c.bench_function(&format!("render {name} (text, csv, json, md)"), |bench| {
        let cmp = govdiff::compare::compare(x.clone(), y.clone()).with_diffs();
        bench.iter(|| {
            let style = govdiff::render::compare::Style::plain();
            (
                govdiff::render::compare::text(&cmp, style),
                govdiff::render::compare::csv(&cmp, govdiff::render::lang::Lang::En),
                govdiff::render::compare::json(&cmp),
                govdiff::render::compare::markdown(&cmp),
            )
        })
    });
}

fn benches(c: &mut Criterion) {
    bench_pair(
        c,
        "samples",
        "samples/qinglan_2023.txt",
        "samples/qinglan_2024.txt",
    );
    bench_pair(
        c,
        "national 2021→2022",
        "../shared/corpus/national_2021.txt",
        "../shared/corpus/national_2022.txt",
    );
}

criterion_group! {
    name = compare;
    config = Criterion::default().sample_size(20);
    targets = benches
}
criterion_main!(compare);
