//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use govdiff::Report;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample(name: &str) -> PathBuf {
    root().join("samples").join(name)
}

pub fn read(path: &Path) -> Report {
    govdiff::read_report(path).unwrap_or_else(|e| panic!("{e}"))
}

/// The shared corpus of real reports, or `None` (with a note) when it is not beside the repo.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = root().join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/corpus is absent");
        None
    }
}

/// Every report file of the corpus with the "state" column of its SOURCES.md row.
pub fn corpus_reports(dir: &Path) -> Vec<(PathBuf, String)> {
    let sources = std::fs::read_to_string(dir.join("SOURCES.md")).unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "SOURCES.md"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let state = sources
                .lines()
                .find(|l| l.starts_with('|') && l.contains(&name))
                .and_then(|l| l.trim_end_matches('|').rsplit('|').next())
                .unwrap_or("")
                .trim()
                .to_string();
            (path, state)
        })
        .collect()
}

/// A compact view of a report's tree for snapshots and comparisons: one line per section.
pub fn tree_lines(report: &Report) -> Vec<String> {
    report
        .sections()
        .iter()
        .map(|s| {
            format!(
                "{} [{}] {} ¶{} {}c",
                s.path,
                s.role.as_str(),
                s.title,
                s.paragraphs.len(),
                s.own_chars()
            )
        })
        .collect()
}
