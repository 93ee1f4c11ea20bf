//! Steady-state `compare()` in instructions. A pair is compared once to warm up (lazy tables,
//! prepared patterns, the segmenter's steps), then once more inside one of three functions,
//! which callgrind counts alone:
//!
//! - `steady::whole`: `compare()` of the two reports, everything a library caller pays;
//! - `steady::prepare`: the work of each report alone, for both ([`Prepared::new`] and
//!   [`Prepared::complete`]): what a chain of years pays once per report;
//! - `steady::pair`: [`compare_prepared`] of the two prepared reports, the work of the pair
//!   alone (the reports copied into the comparison included).
//!
//! ```text
//! cargo build --release --example steady
//! valgrind --tool=callgrind --toggle-collect='steady::whole' \
//!     target/release/examples/steady OLD NEW
//! ```
//!
//! With mimalloc, as the binary has it. Figures are in docs/performance.md. Set
//! `STEADY_ONE_THREAD=1` for instructions (see `main`).
//!
//! `steady OLD NEW PHASE N` (PHASE `whole`, `prepare`, `pair` or `none`) then runs the phase
//! N times more, on copies of the reports made beforehand: the CPU time of one call is the
//! difference between `perf stat -e task-clock` of PHASE and of `none`, divided by N.

use govdiff::Report;
use govdiff::compare::{Comparison, Parts, Prepared, compare_prepared};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[inline(never)]
fn whole(old: Report, new: Report) -> Comparison {
    govdiff::compare::compare(old, new)
}

#[inline(never)]
fn prepare(old: Report, new: Report) -> (Prepared, Prepared) {
    let (old, new) = (Prepared::new(old), Prepared::new(new));
    old.complete();
    new.complete();
    (old, new)
}

#[inline(never)]
fn pair(old: &Prepared, new: &Prepared) -> Comparison {
    compare_prepared(old, new, Parts::ALL)
}

fn main() {
    // `STEADY_ONE_THREAD=1`: everything on one thread of a pool of one, where `rayon::join`
    // runs both halves itself. `compare()` prepares the two reports on two threads, and under
    // callgrind `--toggle-collect` counts only the thread that enters the function (3.7M for
    // `whole`, the rest on the pool's threads), while counting every thread instead adds the
    // pool's idle spinning, which varies from run to run (±20M). On one thread the count is
    // the work, whole, and exact.
    if std::env::var_os("STEADY_ONE_THREAD").is_some() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap_or_else(|e| {
                eprintln!("{e}");
                std::process::exit(1)
            });
        pool.install(run);
    } else {
        run();
    }
}

fn run() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (old, new, repeat) = match args.as_slice() {
        [old, new] => (old, new, None),
        [old, new, phase, n] => (old, new, Some((phase.as_str(), n.parse().unwrap_or(0)))),
        _ => {
            eprintln!("usage: steady OLD NEW [whole|prepare|pair|none N]");
            std::process::exit(2);
        }
    };
    let read = |path: &str| {
        govdiff::read_report(path.as_ref()).unwrap_or_else(|e| {
            eprintln!("{e}");
            std::process::exit(1)
        })
    };
    let (old, new) = (read(old), read(new));
    let warm = govdiff::compare::compare(old.clone(), new.clone());
    let again = whole(old.clone(), new.clone());
    let (old, new) = prepare(old, new);
    let paired = pair(&old, &new);
    assert!(
        warm == again && again == paired,
        "compare() gives one comparison"
    );
    if let Some((phase, n)) = repeat {
        repeated(&old, &new, phase, n);
    }
    println!(
        "{} indicator rows, {} commitments, {} sections",
        paired.indicators.len(),
        paired.commitments.len(),
        paired.sections.len()
    );
}

/// Runs `phase` `n` times on copies made beforehand (`none`: the copies alone).
fn repeated(old: &Prepared, new: &Prepared, phase: &str, n: usize) {
    let copies: Vec<(Report, Report)> = (0..n)
        .map(|_| (old.report().clone(), new.report().clone()))
        .collect();
    let mut kept = Vec::new();
    for (o, w) in copies {
        match phase {
            "whole" => kept.push(whole(o, w).indicators.len()),
            "prepare" => kept.push(prepare(o, w).0.indicators().len()),
            "pair" => kept.push(pair(old, new).indicators.len()),
            _ => kept.push(o.parts.len() + w.parts.len()),
        }
    }
    println!("{phase} ×{n}: {}", kept.iter().sum::<usize>());
}
