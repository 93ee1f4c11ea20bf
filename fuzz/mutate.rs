//! The fuzz targets on the stable toolchain: a mutation loop over seeds made from the samples
//! in every form, running the same targets and checks as `cargo fuzz` (fuzz/harness.rs).
//!
//! ```sh
//! cargo run --release --example mutate -- run --target read --iterations 100000
//! cargo run --release --example mutate -- run --target compare --seconds 600
//! cargo run --release --example mutate -- seeds fuzz/corpus   # seed corpora for cargo fuzz
//! cargo run --release --example mutate -- replay FILE --target read
//! ```
//!
//! An input that panics, or runs longer than `--hang` seconds (10 by default: a watchdog
//! thread), is written to `fuzz/artifacts/mutate-TARGET-SEED-N` and the loop stops with a
//! non-zero exit. At the end it prints the inputs run, the slowest input's time and size,
//! and the peak memory of the process.

#[path = "harness.rs"]
mod harness;
#[path = "seeds.rs"]
mod seeds;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Target {
    Read,
    Extract,
    Compare,
}

impl Target {
    fn parse(s: &str) -> Option<Target> {
        Some(match s {
            "read" => Target::Read,
            "extract" => Target::Extract,
            "compare" => Target::Compare,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Target::Read => "read",
            Target::Extract => "extract",
            Target::Compare => "compare",
        }
    }

    fn run(self, data: &[u8]) {
        match self {
            Target::Read => {
                harness::read(data);
            }
            Target::Extract => harness::extract(data),
            Target::Compare => harness::compare(data, true),
        }
    }
}

struct Options {
    target: Target,
    iterations: u64,
    seconds: u64,
    seed: u64,
    hang: u64,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let target = value("--target")
        .map(|t| Target::parse(&t).unwrap_or_else(|| fail(&format!("unknown target {t}"))))
        .unwrap_or(Target::Read);
    match args.first().map(String::as_str) {
        Some("seeds") => {
            let dir = args
                .get(1)
                .map_or_else(|| root().join("fuzz/corpus"), PathBuf::from);
            write_seeds(&dir);
        }
        Some("replay") => {
            let file = args.get(1).unwrap_or_else(|| fail("replay FILE"));
            let data = std::fs::read(file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
            let start = Instant::now();
            target.run(&data);
            println!("{file}: no failure ({:?})", start.elapsed());
        }
        Some("run") => {
            let number = |name: &str, default: u64| {
                value(name).map_or(default, |v| v.parse().unwrap_or_else(|_| fail(name)))
            };
            let options = Options {
                target,
                iterations: number("--iterations", u64::MAX),
                seconds: number("--seconds", 60),
                seed: number("--seed", 1),
                hang: number("--hang", 10),
            };
            run(&options);
        }
        _ => fail(
            "usage: mutate (run [--target read|extract|compare] [--iterations N] [--seconds S] [--seed N] [--hang S] | seeds [DIR] | replay FILE [--target T])",
        ),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("mutate: {message}");
    std::process::exit(2)
}

fn write_seeds(dir: &Path) {
    let seeds = seeds::seeds(&root());
    for target in ["read", "extract", "compare"] {
        let out = dir.join(target);
        std::fs::create_dir_all(&out).unwrap_or_else(|e| fail(&format!("{}: {e}", out.display())));
        let list = if target == "compare" {
            &seeds.pairs
        } else {
            &seeds.reports
        };
        for (name, bytes) in list {
            std::fs::write(out.join(name), bytes).unwrap_or_else(|e| fail(&format!("{name}: {e}")));
        }
        println!("{}: {} seeds", out.display(), list.len());
    }
}

fn run(options: &Options) {
    let seeds = seeds::seeds(&root());
    let inputs = if options.target == Target::Compare {
        seeds.pairs
    } else {
        seeds.reports
    };
    let artifacts = root().join("fuzz/artifacts");
    // The input being run, for the watchdog to save if it hangs.
    let current: Arc<Mutex<(u64, Vec<u8>)>> = Arc::new(Mutex::new((0, Vec::new())));
    let started_at = Arc::new(AtomicU64::new(u64::MAX));
    let clock = Instant::now();
    {
        let (current, started_at) = (current.clone(), started_at.clone());
        let (hang, name, seed, dir) = (
            options.hang,
            options.target.name(),
            options.seed,
            artifacts.clone(),
        );
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(200));
                let since = started_at.load(Ordering::Relaxed);
                if since != u64::MAX && clock.elapsed().as_millis() as u64 - since > hang * 1000 {
                    let (n, data) = current.lock().map(|c| c.clone()).unwrap_or_default();
                    let path = save(&dir, name, seed, n, &data);
                    eprintln!(
                        "mutate: input {n} ran over {hang} s (a hang): {}",
                        path.display()
                    );
                    std::process::exit(1);
                }
            }
        });
    }
    let mut rng = harness::Rng(options.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let (mut slowest, mut slowest_input, mut n) = (Duration::ZERO, Vec::new(), 0u64);
    let deadline = Duration::from_secs(options.seconds);
    while n < options.iterations && clock.elapsed() < deadline {
        n += 1;
        let (_, base) = &inputs[rng.below(inputs.len())];
        let count = 1 + rng.below(8);
        let mutations: Vec<harness::Mutation> = (0..count).map(|_| rng.mutation()).collect();
        let data = harness::apply(base, &mutations);
        if let Ok(mut c) = current.lock() {
            *c = (n, data.clone());
        }
        let start = Instant::now();
        started_at.store(clock.elapsed().as_millis() as u64, Ordering::Relaxed);
        let result = std::panic::catch_unwind(|| options.target.run(&data));
        started_at.store(u64::MAX, Ordering::Relaxed);
        let took = start.elapsed();
        if took > slowest {
            (slowest, slowest_input) = (took, data.clone());
        }
        if result.is_err() {
            let path = save(&artifacts, options.target.name(), options.seed, n, &data);
            eprintln!(
                "mutate: input {n} failed ({mutations:?}): {}",
                path.display()
            );
            std::process::exit(1);
        }
    }
    let kept = save(
        &artifacts,
        options.target.name(),
        options.seed,
        0,
        &slowest_input,
    );
    println!(
        "{}: {n} inputs in {:.0?}, no failure; slowest {:.0?} ({} bytes, kept as {}); peak memory {}",
        options.target.name(),
        clock.elapsed(),
        slowest,
        slowest_input.len(),
        kept.display(),
        peak_memory()
    );
}

fn save(dir: &Path, target: &str, seed: u64, n: u64, data: &[u8]) -> PathBuf {
    let _ = std::fs::create_dir_all(dir);
    let name = if n == 0 {
        format!("mutate-{target}-{seed}-slowest")
    } else {
        format!("mutate-{target}-{seed}-{n}")
    };
    let path = dir.join(name);
    let _ = std::fs::write(&path, data);
    path
}

/// The process's peak resident memory, from /proc (Linux), else "unknown".
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}
