//! The `[section]` / words format of `data/commitments.txt`, sorted as the vocabulary reads
//! it: `build.rs` sorts the shipped file once (its output is what the binary embeds, so a
//! start parses and sorts nothing: 3.2M instructions at every start before), and
//! [`crate::extract::commitments::Vocabulary::parse`] sorts any other text the same way.
//! Shared by both through `#[path]`, so it uses nothing but `std`.

use std::collections::BTreeMap;

/// Each section of `text` by name (in name order) with its words, longest first (in
/// characters), then in code order, once each. Words follow their `[section]` line,
/// separated by white space; `#` starts a comment. Words before any section are an error.
pub fn sorted_sections(text: &str) -> Result<Vec<(&str, Vec<&str>)>, String> {
    let mut lists: BTreeMap<&str, Vec<(std::cmp::Reverse<usize>, &str)>> = BTreeMap::new();
    let mut current: Option<&str> = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(name);
            lists.entry(name).or_default();
            continue;
        }
        let Some(name) = current else {
            return Err(format!("line {}: words before any [section]", n + 1));
        };
        let words = lists.entry(name).or_default();
        words.extend(
            line.split_whitespace()
                .map(|w| (std::cmp::Reverse(w.chars().count()), w)),
        );
    }
    Ok(lists
        .into_iter()
        .map(|(name, mut words)| {
            words.sort_unstable();
            words.dedup();
            (name, words.into_iter().map(|(_, w)| w).collect())
        })
        .collect())
}
