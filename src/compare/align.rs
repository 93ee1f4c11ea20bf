//! Fifth stage: align the two reports, section to section and paragraph to paragraph.
//!
//! Parts are paired role to role (review with review, plan with plan); inside a pair of
//! parts, sections are aligned level by level across the whole part, so that a task that
//! moved to another group is still found. Each level is an assignment problem (Hungarian
//! algorithm, `pathfinding::kuhn_munkres`) over a score that mixes title and content
//! similarity on Chinese character bigrams; pairs below a threshold are left unmatched and
//! become new and dropped sections. Paragraphs are aligned the same way inside matched
//! sections; their word diffs are made later, only for the outputs that show them
//! ([`crate::compare::Comparison::with_diffs`]).

use std::collections::HashMap;

use pathfinding::prelude::{Matrix, kuhn_munkres};

use crate::model::{
    ParagraphPair, ParagraphRef, Report, Role, Section, SectionPair, SectionRef, SectionStatus,
};
use crate::text::similarity::{bigrams, dice_of};

/// Weight of the title in a section's score; the rest is its content.
pub const TITLE_WEIGHT: f64 = 0.35;
/// Least score for two sections to be aligned (chosen on the samples and the national
/// 2021/2022 pair, see `docs/alignment.md`).
pub const SECTION_THRESHOLD: f64 = 0.22;
/// Least bigram similarity for two paragraphs to be aligned.
pub const PARAGRAPH_THRESHOLD: f64 = 0.2;

/// Han-only bigram profile: numbers change every year and must not decide an alignment.
fn profile(text: &str) -> HashMap<(char, char), u32> {
    let han: String = text.chars().filter(|c| crate::text::is_han(*c)).collect();
    bigrams(&han)
}

fn content(section: &Section) -> String {
    let mut text = section.title.clone();
    for p in &section.paragraphs {
        text.push_str(&p.text);
    }
    for child in &section.children {
        text.push_str(&content(child));
    }
    text
}

fn section_ref(s: &Section) -> SectionRef {
    SectionRef {
        path: s.path.clone(),
        title: s.title.clone(),
        level: s.level,
        line: s.line,
        role: s.role,
    }
}

/// Solves the assignment of `rows` to `cols` maximising the summed score; returns the pairs
/// at or above `threshold` with their score.
pub fn assign(scores: &[Vec<f64>], threshold: f64) -> Vec<(usize, usize, f64)> {
    let rows = scores.len();
    let cols = scores.first().map_or(0, Vec::len);
    if rows == 0 || cols == 0 {
        return Vec::new();
    }
    // kuhn_munkres needs rows <= columns: pad to a square with zero scores.
    let n = rows.max(cols);
    let weights = Matrix::from_fn(n, n, |(r, c)| {
        if r < rows && c < cols {
            let s = scores[r][c];
            if s >= threshold {
                (s * 1_000_000.0).round() as i64
            } else {
                0
            }
        } else {
            0
        }
    });
    let (_, assignment) = kuhn_munkres(&weights);
    assignment
        .into_iter()
        .enumerate()
        .filter(|&(r, c)| r < rows && c < cols && scores[r][c] >= threshold)
        .map(|(r, c)| (r, c, scores[r][c]))
        .collect()
}

/// Aligns all sections of the two reports.
pub fn align_sections(old: &Report, new: &Report) -> Vec<SectionPair> {
    let mut out = Vec::new();
    for role in [Role::Review, Role::Plan, Role::Governance, Role::Other] {
        let olds: Vec<&Section> = old.parts.iter().filter(|p| p.role == role).collect();
        let news: Vec<&Section> = new.parts.iter().filter(|p| p.role == role).collect();
        let pairs = assign(&score_matrix(&olds, &news), 0.0);
        let mut matched_old = vec![false; olds.len()];
        let mut matched_new = vec![false; news.len()];
        for (i, j, score) in pairs {
            matched_old[i] = true;
            matched_new[j] = true;
            align_within(olds[i], news[j], score, &mut out);
        }
        for (s, _) in olds.iter().zip(&matched_old).filter(|(_, m)| !**m) {
            for d in s.walk() {
                out.push(alone(d, SectionStatus::Dropped));
            }
        }
        for (s, _) in news.iter().zip(&matched_new).filter(|(_, m)| !**m) {
            for d in s.walk() {
                out.push(alone(d, SectionStatus::New));
            }
        }
    }
    out
}

/// The alignment score of two sections, 0 to 1.
pub fn section_score(old: &Section, new: &Section) -> f64 {
    score_matrix(&[old], &[new])[0][0]
}

fn score_matrix(olds: &[&Section], news: &[&Section]) -> Vec<Vec<f64>> {
    let old_profiles: Vec<_> = olds
        .iter()
        .map(|s| (profile(&s.title), profile(&content(s))))
        .collect();
    let new_profiles: Vec<_> = news
        .iter()
        .map(|s| (profile(&s.title), profile(&content(s))))
        .collect();
    old_profiles
        .iter()
        .map(|(ot, oc)| {
            new_profiles
                .iter()
                .map(|(nt, nc)| {
                    TITLE_WEIGHT * dice_of(ot, nt) + (1.0 - TITLE_WEIGHT) * dice_of(oc, nc)
                })
                .collect()
        })
        .collect()
}

fn alone(s: &Section, status: SectionStatus) -> SectionPair {
    let paragraphs = s
        .paragraphs
        .iter()
        .map(|p| {
            let r = Some(ParagraphRef {
                line: p.line,
                text: p.text.clone(),
            });
            match status {
                SectionStatus::New => ParagraphPair {
                    old: None,
                    new: r,
                    similarity: None,
                    diff: Vec::new(),
                },
                _ => ParagraphPair {
                    old: r,
                    new: None,
                    similarity: None,
                    diff: Vec::new(),
                },
            }
        })
        .collect();
    let (old, new) = match status {
        SectionStatus::New => (None, Some(section_ref(s))),
        _ => (Some(section_ref(s)), None),
    };
    SectionPair {
        old,
        new,
        status,
        title_changed: false,
        score: None,
        paragraphs,
    }
}

/// A title as compared for renaming: the year in `2023年工作回顾` changes every year and does
/// not make a rename.
fn normalized_title(t: &str) -> String {
    t.chars()
        .filter(|c| c.is_alphanumeric() && !c.is_ascii_digit())
        .collect()
}

/// Aligns the sections below a matched pair of parts, level by level.
fn align_within(
    old_part: &Section,
    new_part: &Section,
    part_score: f64,
    out: &mut Vec<SectionPair>,
) {
    // Which old path is aligned to which new path, to tell a move from a stay.
    let mut partner: HashMap<String, String> = HashMap::new();
    partner.insert(old_part.path.clone(), new_part.path.clone());
    out.push(pair(old_part, new_part, part_score, false));
    let old_all = old_part.walk();
    let new_all = new_part.walk();
    let parent_of = |all: &[&Section], child: &Section| -> Option<String> {
        all.iter()
            .find(|s| s.children.iter().any(|c| c.path == child.path))
            .map(|s| s.path.clone())
    };
    let max_level = old_all
        .iter()
        .chain(&new_all)
        .map(|s| s.level)
        .max()
        .unwrap_or(1);
    for level in (old_part.level + 1)..=max_level {
        let olds: Vec<&Section> = old_all
            .iter()
            .copied()
            .filter(|s| s.level == level)
            .collect();
        let news: Vec<&Section> = new_all
            .iter()
            .copied()
            .filter(|s| s.level == level)
            .collect();
        let mut matched_old = vec![false; olds.len()];
        let mut matched_new = vec![false; news.len()];
        for (i, j, score) in assign(&score_matrix(&olds, &news), SECTION_THRESHOLD) {
            matched_old[i] = true;
            matched_new[j] = true;
            let old_parent = parent_of(&old_all, olds[i]);
            let new_parent = parent_of(&new_all, news[j]);
            let moved = match (&old_parent, &new_parent) {
                (Some(op), Some(np)) => partner.get(op) != Some(np),
                _ => false,
            };
            partner.insert(olds[i].path.clone(), news[j].path.clone());
            out.push(pair(olds[i], news[j], score, moved));
        }
        for (i, s) in olds.iter().enumerate() {
            if !matched_old[i] {
                out.push(alone(s, SectionStatus::Dropped));
            }
        }
        for (j, s) in news.iter().enumerate() {
            if !matched_new[j] {
                out.push(alone(s, SectionStatus::New));
            }
        }
    }
}

fn pair(old: &Section, new: &Section, score: f64, moved: bool) -> SectionPair {
    let title_changed = normalized_title(&old.title) != normalized_title(&new.title);
    let status = if moved {
        SectionStatus::Moved
    } else if title_changed {
        SectionStatus::Renamed
    } else {
        SectionStatus::Matched
    };
    SectionPair {
        old: Some(section_ref(old)),
        new: Some(section_ref(new)),
        status,
        title_changed,
        score: Some((score * 1000.0).round() / 1000.0),
        paragraphs: align_paragraphs(old, new),
    }
}

/// Aligns the paragraphs of two matched sections (without their word diffs).
pub fn align_paragraphs(old: &Section, new: &Section) -> Vec<ParagraphPair> {
    let op: Vec<_> = old.paragraphs.iter().map(|p| profile(&p.text)).collect();
    let np: Vec<_> = new.paragraphs.iter().map(|p| profile(&p.text)).collect();
    let scores: Vec<Vec<f64>> = op
        .iter()
        .map(|a| np.iter().map(|b| dice_of(a, b)).collect())
        .collect();
    let pairs = assign(&scores, PARAGRAPH_THRESHOLD);
    let old_to_new: HashMap<usize, usize> = pairs.iter().map(|&(i, j, _)| (i, j)).collect();
    let new_to_old: HashMap<usize, usize> = pairs.iter().map(|&(i, j, _)| (j, i)).collect();
    // Order: by new paragraph; a dropped old paragraph follows the pair of the old paragraph
    // before it.
    let mut keyed: Vec<(f64, ParagraphPair)> = Vec::new();
    for (j, p) in new.paragraphs.iter().enumerate() {
        let new_ref = Some(ParagraphRef {
            line: p.line,
            text: p.text.clone(),
        });
        let item = match new_to_old.get(&j) {
            Some(&i) => {
                let o = &old.paragraphs[i];
                ParagraphPair {
                    old: Some(ParagraphRef {
                        line: o.line,
                        text: o.text.clone(),
                    }),
                    new: new_ref,
                    similarity: None,
                    diff: Vec::new(),
                }
            }
            None => ParagraphPair {
                old: None,
                new: new_ref,
                similarity: None,
                diff: Vec::new(),
            },
        };
        keyed.push((j as f64, item));
    }
    for (i, o) in old.paragraphs.iter().enumerate() {
        if old_to_new.contains_key(&i) {
            continue;
        }
        let key = (0..i)
            .rev()
            .find_map(|k| old_to_new.get(&k))
            .map_or(-0.5, |&j| j as f64 + 0.5);
        keyed.push((
            key,
            ParagraphPair {
                old: Some(ParagraphRef {
                    line: o.line,
                    text: o.text.clone(),
                }),
                new: None,
                similarity: None,
                diff: Vec::new(),
            },
        ));
    }
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    keyed.into_iter().map(|(_, p)| p).collect()
}
