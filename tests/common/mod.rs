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
/// `GOVDIFF_CORPUS_DIR` points the gold tests at another folder of reports: pairs kept outside
/// the project, scored with their hand answers (see `gold_dir`) without copying either in.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("GOVDIFF_CORPUS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/corpus"));
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: ../shared/corpus is absent");
        None
    }
}

/// The hand answers of one kind (`verdicts`, `commitments`): `tests/gold/KIND`, or
/// `$GOVDIFF_GOLD_DIR/KIND` when that is set (answers for pairs outside the corpus, which are
/// never committed).
pub fn gold_dir(kind: &str) -> PathBuf {
    std::env::var_os("GOVDIFF_GOLD_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("tests/gold"))
        .join(kind)
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

/// What SOURCES.md says of one file of the corpus: the government (the Chinese name in
/// parentheses; `State Council` is 国务院; a row that gives only the English name borrows the
/// Chinese one from another row with the same English name), the year of the report and the
/// state of the copy.
#[derive(Debug, Clone)]
pub struct SourceRow {
    pub path: PathBuf,
    pub government: Option<String>,
    pub year: Option<u16>,
    pub state: String,
}

/// The rows of SOURCES.md whose file is in the corpus folder.
pub fn corpus_sources(dir: &Path) -> Vec<SourceRow> {
    let sources = std::fs::read_to_string(dir.join("SOURCES.md")).unwrap_or_default();
    let cells: Vec<Vec<String>> = sources
        .lines()
        .filter(|l| l.starts_with('|'))
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|c| c.trim().to_string())
                .collect()
        })
        .filter(|c: &Vec<String>| c.len() >= 4 && dir.join(&c[0]).is_file())
        .collect();
    // `Hebei Province (河北省)` → ("Hebei Province", "河北省").
    // `Hailar District (海拉尔区, Hulunbuir, Inner Mongolia), 2012 report` → the English name
    // before the parenthesis, the Chinese one first inside it.
    let named = |who: &str| -> (String, Option<String>) {
        let comma = who.find([',', ';']).unwrap_or(who.len());
        let (english, chinese) = match who.find('(') {
            Some(open) if open < comma => {
                let inside = &who[open + '('.len_utf8()..];
                let end = inside.find([',', ')']).unwrap_or(inside.len());
                (who[..open].trim(), Some(inside[..end].trim().to_string()))
            }
            _ => (who[..comma].trim(), None),
        };
        if english == "State Council" {
            return (english.to_string(), Some("国务院".into()));
        }
        (english.to_string(), chinese.filter(|zh| !zh.is_empty()))
    };
    let known: Vec<(String, String)> = cells
        .iter()
        .filter_map(|c| {
            let (en, zh) = named(&c[1]);
            Some((en, zh?))
        })
        .collect();
    cells
        .iter()
        .map(|c| {
            let (english, chinese) = named(&c[1]);
            let government = chinese.or_else(|| {
                known
                    .iter()
                    .find(|(en, _)| *en == english)
                    .map(|(_, zh)| zh.clone())
            });
            let year = c[1]
                .split_whitespace()
                .zip(c[1].split_whitespace().skip(1))
                .find_map(|(y, word)| {
                    (word.starts_with("report"))
                        .then(|| y.trim_matches(|ch: char| !ch.is_ascii_digit()).parse().ok())
                        .flatten()
                });
            SourceRow {
                path: dir.join(&c[0]),
                government,
                year,
                state: c[c.len() - 1].clone(),
            }
        })
        .collect()
}

/// The report of `dir` whose file stem is `stem`, whatever its extension (`hebei_2026.csv`,
/// `jinhua_2024.docx`): gold files name reports by stem.
pub fn corpus_file(dir: &Path, stem: &str) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_stem().is_some_and(|s| s == stem))
}
