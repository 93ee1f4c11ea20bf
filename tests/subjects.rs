//! Subjects of target rows are noun phrases, as an analyst names an indicator: no verb, adverb
//! or list debris at either end (`继续实施`, `唐山港货物吞吐量继续`, `涿州、霸州等`). Measured over
//! every consecutive pair of the corpus (`NAME_YEAR` files one year apart), each pair read
//! once: linear in the corpus. Run with `--nocapture` to see the share and every offender.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use govdiff::extract::indicators::{described_noun, noun_phrase};

/// A subject is a noun phrase when the noun-phrase grammar leaves it as it is, or when it is
/// a counted noun described by a verb (`共享工厂`, `示范企业`), which the grammar reads only
/// after a count.
fn is_noun_phrase(subject: &str) -> bool {
    !subject.is_empty()
        && !subject.ends_with('等')
        && (noun_phrase(subject) == subject || described_noun(subject) == Some(subject))
}

#[test]
fn target_subjects_are_noun_phrases() {
    let Some(dir) = common::corpus_dir() else {
        return;
    };
    let mut by_government: BTreeMap<String, BTreeMap<u16, PathBuf>> = BTreeMap::new();
    for (path, _) in common::corpus_reports(&dir) {
        let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        let Some((name, year)) = stem.rsplit_once('_') else {
            continue;
        };
        if let Ok(year) = year.parse::<u16>() {
            by_government
                .entry(name.to_string())
                .or_default()
                .insert(year, path);
        }
    }
    let (mut rows, mut bad) = (0usize, Vec::new());
    for years in by_government.values() {
        let reports: BTreeMap<u16, govdiff::Report> = years
            .iter()
            .filter_map(|(y, p)| govdiff::read_report(p).ok().map(|r| (*y, r)))
            .collect();
        for (year, old) in &reports {
            let Some(new) = reports.get(&(year + 1)) else {
                continue;
            };
            let c = govdiff::compare::compare(old.clone(), new.clone());
            for r in c.indicators.iter().filter(|r| r.target.is_some()) {
                rows += 1;
                if !is_noun_phrase(&r.indicator) {
                    bad.push(format!(
                        "{} {year}: {}",
                        old.meta.government.as_deref().unwrap_or("?"),
                        r.indicator
                    ));
                }
            }
        }
    }
    let share = bad.len() as f64 / rows.max(1) as f64;
    println!(
        "target rows {rows}, subjects that are not noun phrases {} ({:.1}%)",
        bad.len(),
        100.0 * share
    );
    for b in &bad {
        println!("  {b}");
    }
    // The bar: no target row with a subject made of a verb, an adverb or list debris.
    assert!(
        bad.is_empty(),
        "{} of {rows} target subjects ({:.1}%) are not noun phrases",
        bad.len(),
        100.0 * share
    );
}
