//! Third stage: the section tree.
//!
//! Headings are recognised by their markers (see [`crate::tree::heading`]) and accepted only when
//! their number fits the sequence: the next sibling, the first child, or the continuation of
//! the numbering of the previous group (many reports number tasks 1–40 across groups). A
//! marker that does not fit is read as text and reported.

use std::collections::HashMap;

use crate::model::{
    Diagnostic, DiagnosticKind, Horizon, Marker, MarkerKind, Outline, OutlineEntry, Paragraph,
    Role, Section,
};
use crate::read::clean::{PARAGRAPH_ENDS, clip};
use crate::read::decode::Line;
use crate::text::similarity::titles_match;
use crate::tree::heading::{parse_marker, split_title};

/// The body as a tree.
#[derive(Debug, Default)]
pub struct Tree {
    pub preamble: Vec<Paragraph>,
    pub parts: Vec<Section>,
    pub closing: Vec<Paragraph>,
    pub diagnostics: Vec<Diagnostic>,
}

/// How far a number may jump ahead and still be taken as a heading (with a warning).
const MAX_GAP: u32 = 3;
/// Part titles longer than this are prose that happens to start with `一、`.
const MAX_PART_TITLE: usize = 50;

struct Builder {
    preamble: Vec<Paragraph>,
    parts: Vec<Section>,
    /// Open sections, outermost first.
    stack: Vec<Section>,
    /// Last number of each marker kind within the current part, for numbering that runs on
    /// across groups.
    last_in_part: HashMap<MarkerKind, u32>,
    /// Last top-level number seen.
    last_part: Option<u32>,
    paths: HashMap<String, usize>,
    diagnostics: Vec<Diagnostic>,
}

impl Builder {
    fn new() -> Self {
        Builder {
            preamble: Vec::new(),
            parts: Vec::new(),
            stack: Vec::new(),
            last_in_part: HashMap::new(),
            last_part: None,
            paths: HashMap::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Closes open sections down to (and excluding) the first one above `level`.
    fn close_to(&mut self, level: u8) {
        while self.stack.last().is_some_and(|s| s.level >= level) {
            let Some(done) = self.stack.pop() else { break };
            match self.stack.last_mut() {
                Some(parent) => parent.children.push(done),
                None => self.parts.push(done),
            }
        }
    }

    /// The section a heading of `level` would go under, if it were accepted.
    fn parent_for(&self, level: u8) -> Option<&Section> {
        self.stack.iter().rev().find(|s| s.level < level)
    }

    /// What number the next heading of `kind` under the would-be parent may carry.
    fn expected(&self, kind: MarkerKind) -> Expected {
        let level = kind.level();
        if level == 1 {
            return match self.last_part {
                Some(n) => Expected::After(n),
                None => Expected::First(None),
            };
        }
        // Siblings: the parent's closed children, then its open child on the stack.
        let (closed, open): (&[Section], Option<&Section>) =
            match self.stack.iter().rposition(|s| s.level < level) {
                Some(i) => (&self.stack[i].children, self.stack.get(i + 1)),
                None => (&self.parts, self.stack.first()),
            };
        let last_sibling = open
            .filter(|s| s.marker.kind == kind)
            .or_else(|| closed.iter().rev().find(|s| s.marker.kind == kind))
            .map(|s| s.marker.number);
        match last_sibling {
            Some(n) => Expected::After(n),
            None => Expected::First(self.last_in_part.get(&kind).copied()),
        }
    }

    fn heading(&mut self, line: &Line, marker: Marker, rest: &str) -> bool {
        let kind = marker.kind;
        let level = kind.level();
        let (title, body) = split_title(rest);
        if level == 1 && title.chars().count() > MAX_PART_TITLE {
            return false;
        }
        let n = marker.number;
        let expected = self.expected(kind);
        let verdict = expected.judge(n);
        let where_ = self.parent_for(level).map_or_else(
            || "at the top level".to_string(),
            |p| format!("under {}", p.path),
        );
        match verdict {
            Fit::Yes => {}
            Fit::Gap(want) => self.diagnostics.push(Diagnostic::warning(
                DiagnosticKind::NumberingGap,
                Some(line.no),
                format!(
                    "numbering gap {where_}: {} follows {}, expected {want}",
                    marker.text,
                    want - 1
                ),
            )),
            Fit::Start => self.diagnostics.push(Diagnostic::warning(
                DiagnosticKind::NumberingGap,
                Some(line.no),
                format!("numbering {where_} starts at {} instead of 1", marker.text),
            )),
            Fit::Repeat => self.diagnostics.push(Diagnostic::warning(
                DiagnosticKind::NumberingRepeat,
                Some(line.no),
                format!("number repeated {where_}: {}", marker.text),
            )),
            Fit::No(want) => {
                self.diagnostics.push(Diagnostic::warning(
                    DiagnosticKind::StrayHeading,
                    Some(line.no),
                    format!(
                        "\"{}\" looks like a heading but does not fit the sequence (expected {want} {where_}); read as text",
                        clip(&line.text, 20)
                    ),
                ));
                return false;
            }
        }
        self.close_to(level);
        if level == 1 {
            self.last_part = Some(n);
            self.last_in_part.clear();
        }
        self.last_in_part.insert(kind, n);
        let base = match self.stack.last() {
            Some(parent) => format!("{}.{}", parent.path, marker.path_label()),
            None => marker.path_label(),
        };
        let seen = self.paths.entry(base.clone()).or_insert(0);
        *seen += 1;
        let path = if *seen == 1 {
            base
        } else {
            format!("{base}#{seen}")
        };
        let mut section = Section {
            path,
            level,
            marker,
            title: title.to_string(),
            inline: !body.is_empty(),
            role: Role::Other,
            horizon: Horizon::Annual,
            years: None,
            line: line.no,
            paragraphs: Vec::new(),
            children: Vec::new(),
        };
        if !body.is_empty() {
            section.paragraphs.push(Paragraph {
                line: line.no,
                text: body.to_string(),
            });
        }
        self.stack.push(section);
        true
    }

    fn paragraph(&mut self, line: &Line) {
        let paragraph = Paragraph {
            line: line.no,
            text: line.text.clone(),
        };
        match self.stack.last_mut() {
            Some(section) => section.paragraphs.push(paragraph),
            None => self.preamble.push(paragraph),
        }
    }

    fn finish(mut self) -> (Vec<Paragraph>, Vec<Section>, Vec<Diagnostic>) {
        self.close_to(0);
        (self.preamble, self.parts, self.diagnostics)
    }
}

#[derive(Debug, Clone, Copy)]
enum Expected {
    /// First of its kind here; may continue the numbering of the previous group.
    First(Option<u32>),
    After(u32),
}

enum Fit {
    Yes,
    Start,
    Gap(u32),
    Repeat,
    No(u32),
}

impl Expected {
    fn judge(self, n: u32) -> Fit {
        match self {
            Expected::First(None) => {
                if n == 1 {
                    Fit::Yes
                } else if n <= 1 + MAX_GAP {
                    Fit::Start
                } else {
                    Fit::No(1)
                }
            }
            Expected::First(Some(prev)) => {
                if n == 1 || n == prev + 1 {
                    Fit::Yes
                } else if n > prev + 1 && n <= prev + 1 + MAX_GAP {
                    Fit::Gap(prev + 1)
                } else {
                    Fit::No(1)
                }
            }
            Expected::After(prev) => {
                if n == prev + 1 {
                    Fit::Yes
                } else if n == prev {
                    Fit::Repeat
                } else if n > prev + 1 && n <= prev + 1 + MAX_GAP {
                    Fit::Gap(prev + 1)
                } else {
                    Fit::No(prev + 1)
                }
            }
        }
    }
}

/// Builds the tree from the body lines.
pub fn build(body: &[Line]) -> Tree {
    let mut builder = Builder::new();
    for line in body {
        let taken = match parse_marker(&line.text) {
            Some((marker, rest)) => builder.heading(line, marker, rest),
            None => false,
        };
        if !taken {
            builder.paragraph(line);
        }
    }
    let (preamble, mut parts, diagnostics) = builder.finish();
    let mut closing = take_closing(&mut parts);
    for part in &mut parts {
        lift_epilogue(part);
    }
    // A bare `各位代表!` between paragraphs addresses the audience; it carries no content.
    for part in &mut parts {
        drop_bare_addresses(part);
    }
    closing.retain(|p| !is_bare_address(&p.text));
    Tree {
        preamble,
        parts,
        closing,
        diagnostics,
    }
}

/// Builds the outline's own tree (its lines are all bare headings) and flattens it.
pub fn outline_entries(lines: &[Line]) -> Vec<OutlineEntry> {
    let tree = build(lines);
    tree.parts
        .iter()
        .flat_map(Section::walk)
        .map(|s| OutlineEntry {
            line: s.line,
            level: s.level,
            path: s.path.clone(),
            title: s.title.clone(),
            section: None,
        })
        .collect()
}

/// Matches each outline entry to a body section: the same path with a compatible title, or
/// failing that the section at the same level whose title matches.
pub fn match_outline(outline: &mut Outline, parts: &[Section]) {
    let sections: Vec<&Section> = parts.iter().flat_map(Section::walk).collect();
    for entry in &mut outline.entries {
        let by_path = sections
            .iter()
            .find(|s| s.path == entry.path && titles_match(&s.title, &entry.title));
        let by_title = || {
            sections
                .iter()
                .find(|s| s.level == entry.level && titles_match(&s.title, &entry.title))
        };
        entry.section = by_path.or_else(by_title).map(|s| s.path.clone());
    }
}

/// Gives a part back the paragraphs that follow its last group.
///
/// With inline headings, the paragraphs after the last group (`一年来,我们还…`, `成绩来之不易…`,
/// `在肯定成绩的同时…`) land in that group. When every other group of the part is exactly one
/// paragraph, the extra ones are the part's own epilogue, not the group's.
fn lift_epilogue(section: &mut Section) {
    for child in &mut section.children {
        lift_epilogue(child);
    }
    let children = &section.children;
    let Some((last, rest)) = children.split_last() else {
        return;
    };
    let uniform = rest.len() >= 2
        && rest.iter().all(|c| {
            c.inline
                && c.children.is_empty()
                && c.paragraphs.len() == 1
                && c.marker.kind == last.marker.kind
        });
    if !(uniform && last.inline && last.children.is_empty() && last.paragraphs.len() > 1) {
        return;
    }
    if let Some(last) = section.children.last_mut() {
        let epilogue = last.paragraphs.split_off(1);
        section.paragraphs.extend(epilogue);
    }
}

fn is_bare_address(text: &str) -> bool {
    text.strip_prefix("各位代表").is_some_and(|rest| {
        rest.chars()
            .all(|c| matches!(c, '!' | ':' | ',' | '。' | ' '))
    })
}

fn drop_bare_addresses(section: &mut Section) {
    section.paragraphs.retain(|p| !is_bare_address(&p.text));
    for child in &mut section.children {
        drop_bare_addresses(child);
    }
}

/// Moves the closing call out of the last section: the paragraphs from the last address
/// (`各位代表!`) after the last heading, or else a final paragraph that calls to unite
/// (`让我们…`).
fn take_closing(parts: &mut [Section]) -> Vec<Paragraph> {
    let Some(mut last) = parts.last_mut() else {
        return Vec::new();
    };
    while !last.children.is_empty() {
        let Some(child) = last.children.last_mut() else {
            break;
        };
        last = child;
    }
    let paragraphs = &mut last.paragraphs;
    let address = paragraphs
        .iter()
        .rposition(|p| p.text.starts_with("各位代表"));
    let from = match address {
        // An address that opens the section's only paragraph is not a closing.
        Some(i) if i > 0 || last.inline => Some(i),
        _ => paragraphs
            .last()
            .filter(|p| {
                p.text.contains("让我们") || (p.text.contains("团结在") && p.text.contains("奋斗"))
            })
            .map(|_| paragraphs.len() - 1),
    };
    match from {
        Some(i) if i > 0 || !last.inline => paragraphs.split_off(i),
        _ => Vec::new(),
    }
}

pub use crate::tree::roles::assign_roles;

/// The first four-digit year (1949–2100) in `text`.
pub fn first_year(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        if bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
        {
            let year: u16 = text[i..i + 4].parse().ok()?;
            if (1949..=2100).contains(&year) {
                return Some(year);
            }
        }
        i += 1;
    }
    cn_year(text)
}

/// A year in Chinese numerals followed by `年` (`一九九八年工作回顾`), as older copies write it.
fn cn_year(text: &str) -> Option<u16> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| match c {
        '〇' | '零' | 'Ｏ' => Some(0),
        c => crate::text::numerals::cn_digit(c).filter(|d| *d <= 9),
    };
    chars.windows(5).find_map(|w| {
        if w[4] != '年' {
            return None;
        }
        let year = w[..4]
            .iter()
            .try_fold(0u32, |acc, &c| Some(acc * 10 + digit(c)?))?;
        u16::try_from(year)
            .ok()
            .filter(|y| (1949..=2100).contains(y))
    })
}

/// Warnings about the shape of the whole: truncation, outline headings without a body,
/// missing review or plan part.
pub fn check_whole(
    parts: &[Section],
    closing: &[Paragraph],
    outline: Option<&Outline>,
) -> (bool, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut truncated = false;
    let last_paragraph = closing.last().or_else(|| {
        parts
            .iter()
            .flat_map(Section::walk)
            .flat_map(|s| s.paragraphs.iter())
            .max_by_key(|p| p.line)
    });
    let last_heading = parts.iter().flat_map(Section::walk).max_by_key(|s| s.line);
    if let Some(p) = last_paragraph {
        let ends = p.text.trim_end().ends_with(PARAGRAPH_ENDS);
        let tail: String = {
            let chars: Vec<char> = p.text.chars().collect();
            chars[chars.len().saturating_sub(12)..].iter().collect()
        };
        if !ends && closing.is_empty() {
            truncated = true;
            let place = last_heading.map_or(String::new(), |s| format!(" in {}", s.path));
            diagnostics.push(Diagnostic::warning(
                DiagnosticKind::Truncated,
                Some(p.line),
                format!("the body ends mid-sentence{place} (\"…{tail}\"): the copy looks cut off"),
            ));
        } else if !ends {
            diagnostics.push(Diagnostic::info(
                DiagnosticKind::MissingFinalPunctuation,
                Some(p.line),
                format!("the last sentence has no final punctuation (\"…{tail}\")"),
            ));
        }
    }
    if let Some(outline) = outline {
        let missing: Vec<&OutlineEntry> = outline.unmatched().collect();
        if !missing.is_empty() {
            let list: Vec<String> = missing
                .iter()
                .map(|e| format!("{} {}", e.path, e.title))
                .collect();
            diagnostics.push(Diagnostic::warning(
                DiagnosticKind::OutlineWithoutBody,
                Some(missing[0].line),
                format!(
                    "{} of {} outline headings have no body in the text: {}",
                    missing.len(),
                    outline.entries.len(),
                    list.join("; ")
                ),
            ));
            // Headings promised after the last one present mean the body stops early.
            let last_matched = outline.entries.iter().rposition(|e| e.section.is_some());
            let after = outline.entries.len() - last_matched.map_or(0, |i| i + 1);
            if after > 0 && !truncated {
                truncated = true;
                diagnostics.push(Diagnostic::warning(
                    DiagnosticKind::Truncated,
                    last_heading.map(|s| s.line),
                    format!("the body stops before {after} heading(s) its outline lists: the copy looks cut off"),
                ));
            } else if after > 0 {
                diagnostics.push(Diagnostic::info(
                    DiagnosticKind::Truncated,
                    None,
                    format!(
                        "the outline lists {after} heading(s) after the point where the body stops"
                    ),
                ));
            }
        }
    }
    (truncated, diagnostics)
}

#[cfg(test)]
mod year_tests {
    use super::first_year;

    #[test]
    fn years_in_both_numerals() {
        assert_eq!(first_year("2023年工作回顾"), Some(2023));
        assert_eq!(first_year("一九九八年工作回顾"), Some(1998));
        assert_eq!(first_year("二〇〇五年的主要任务"), Some(2005));
        assert_eq!(first_year("十五年来"), None);
        assert_eq!(first_year("123456"), None);
    }
}
