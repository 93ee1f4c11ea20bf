//! Mutated reports through the whole pipeline (read → indicators → compare → renderings):
//! pieces of the samples in every form (text in three encodings, web pages, Word, PDF), each
//! changed by byte flips, cuts, removals, inserted markers and markup, duplicated and swapped
//! lines, lines re-encoded in GBK, the whole re-encoded in UTF-16. Nothing may panic, a
//! refusal must be one line naming the file, and the work must stay bounded by the input
//! (fuzz/harness.rs checks lines, sections, diagnostics, indicators and rows against it:
//! the work is bounded, not the clock). The same checks run longer under `cargo fuzz` and
//! `fuzz/mutate.rs` (the example `mutate`) (see fuzz/README.md).

#[path = "../fuzz/harness.rs"]
mod harness;
#[path = "../fuzz/seeds.rs"]
mod seeds;

use std::sync::LazyLock;

use proptest::prelude::*;

fn sample_lines(name: &str) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name);
    std::fs::read_to_string(path)
        .expect("sample")
        .lines()
        .map(str::to_string)
        .collect()
}

static Y2023: LazyLock<Vec<String>> = LazyLock::new(|| sample_lines("qinglan_2023.txt"));
static Y2024: LazyLock<Vec<String>> = LazyLock::new(|| sample_lines("qinglan_2024.txt"));

/// A window of a sample's lines (a report's head, a middle, an end), kept small so that
/// thousands run in seconds; always with the first lines, so that most windows read as a
/// report and reach the later stages.
fn window(lines: &[String], start: usize, len: usize) -> String {
    let start = start % lines.len().max(1);
    let end = (start + len).min(lines.len());
    let mut text = lines[..8.min(lines.len())].join("\n");
    text.push('\n');
    text.push_str(&lines[start..end].join("\n"));
    text
}

fn mutation() -> impl Strategy<Value = harness::Mutation> {
    use harness::Mutation::*;
    prop_oneof![
        4 => (any::<usize>(), any::<u8>()).prop_map(|(at, bit)| FlipBit { at, bit }),
        2 => (any::<usize>(), any::<u8>()).prop_map(|(at, value)| SetByte { at, value }),
        2 => (any::<usize>(), 0..8usize).prop_map(|(at, len)| Remove { at, len }),
        1 => any::<usize>().prop_map(|at| Truncate { at }),
        5 => (any::<usize>(), any::<usize>()).prop_map(|(at, piece)| Insert { at, piece }),
        2 => (any::<usize>(), 0..4usize).prop_map(|(at, times)| DuplicateLine { at, times }),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| SwapLines { a, b }),
        2 => any::<usize>().prop_map(|at| LineToGbk { at }),
        1 => any::<bool>().prop_map(|le| ToUtf16 { le }),
    ]
}

/// A piece of a sample in one of its forms, mutated.
fn mutated(lines: &'static LazyLock<Vec<String>>) -> impl Strategy<Value = Vec<u8>> {
    (
        any::<usize>(),
        4..16usize,
        0..7usize,
        prop::collection::vec(mutation(), 1..8),
    )
        .prop_map(move |(start, len, form, mutations)| {
            let text = window(lines, start, len);
            let forms = seeds::forms("window", &text);
            harness::apply(&forms[form % forms.len()].1, &mutations)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 800, failure_persistence: None, .. ProptestConfig::default() })]

    #[test]
    fn mutated_reports_are_read_or_refused_in_one_line(data in mutated(&Y2023)) {
        harness::extract(&data);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, .. ProptestConfig::default() })]

    #[test]
    fn mutated_pairs_compare(old in mutated(&Y2023), new in mutated(&Y2024)) {
        if let (Some(old), Some(new)) = (harness::read(&old), harness::read(&new)) {
            harness::compare_reports(old, new, false);
        }
    }
}

/// The seeds themselves, whole, through every target (word diffs and all renderings
/// included), so that a change that breaks a form is seen here first.
#[test]
fn every_seed_goes_through_every_target() {
    let seeds = seeds::seeds(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
    for (name, bytes) in &seeds.reports {
        let report = harness::read(bytes);
        assert!(
            report.is_some_and(|r| !r.parts.is_empty()),
            "{name} was not read"
        );
        harness::extract(bytes);
    }
    for (_, pair) in &seeds.pairs {
        harness::compare(pair, true);
    }
}
