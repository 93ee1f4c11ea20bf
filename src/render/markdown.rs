//! `govdiff compare --format md`: a report to paste or send. Word diffs are written
//! `~~deleted~~` and `**inserted**`, which GitHub, GitLab, VS Code, Typora, Obsidian and
//! pandoc all render (HTML tags such as `<del>` are dropped by many viewers). CommonMark only
//! opens `**` before a letter when the character before it is a space or punctuation, which
//! Chinese text around an edit rarely is: so punctuation and spaces at the edges of an edit
//! stay outside its markers, and an edit of punctuation alone is written in brackets,
//! `[+，+]` / `[-，-]`.

use std::fmt::Write;

use super::compare::{describe, government, note, summary_lines, written, year};
use super::lang::{Lang, Words, fill};
use crate::compare::Comparison;
use crate::compare::diff::SegmentKind;
use crate::model::{SectionPair, SectionRef, SectionStatus, Slot};

/// Escapes text for a Markdown table cell or paragraph.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' | '*' | '_' | '`' | '~' | '[' | ']' | '#' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A character that cannot stand just inside an emphasis marker in running text.
fn edge(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation() || is_cjk_punctuation(c)
}

fn is_cjk_punctuation(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}' | '·')
}

/// One edit with its markers: `~~…~~` or `**…**` around its inner part, punctuation and
/// spaces at its edges outside.
pub fn mark(text: &str, marker: &str, bracket: (&str, &str)) -> String {
    let inner_start = text.find(|c: char| !edge(c));
    let Some(start) = inner_start else {
        // Punctuation or spaces alone.
        return format!("{}{}{}", bracket.0, md(text), bracket.1);
    };
    let end = text
        .char_indices()
        .rev()
        .find(|(_, c)| !edge(*c))
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    format!(
        "{}{marker}{}{marker}{}",
        md(&text[..start]),
        md(&text[start..end]),
        md(&text[end..])
    )
}

/// A readable Markdown report with every paragraph's diff.
pub fn markdown(c: &Comparison) -> String {
    markdown_in(c, Lang::En)
}

/// The Markdown report in `lang`.
pub fn markdown_in(c: &Comparison, lang: Lang) -> String {
    let words = lang.words();
    let mut out = String::new();
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let _ = writeln!(
        out,
        "# {} {} → {}\n",
        md(government(c)),
        year(om.year),
        year(nm.year)
    );
    let _ = writeln!(
        out,
        "- {}: {}",
        words.old_label,
        md(&describe(&c.old, words))
    );
    let _ = writeln!(
        out,
        "- {}: {}",
        words.new_label,
        md(&describe(&c.new, words))
    );
    for w in &c.pair_warnings {
        let _ = writeln!(out, "- **{}:** {}", words.warning_word, md(&words.pair(w)));
    }
    for (label, report) in [(words.old_label, &c.old), (words.new_label, &c.new)] {
        for d in report.warnings() {
            let _ = writeln!(
                out,
                "- **{}:** {label} {}",
                words.warning_word,
                md(&words.diagnostic(d))
            );
        }
    }
    let _ = writeln!(out, "\n## {}\n", words.heading_summary);
    let count = |n: usize, word: &str, tone: Option<super::Tone>| {
        let text = fill(words.count_t, &[&n, &word]);
        if tone.is_some() {
            format!("**{text}**")
        } else {
            text
        }
    };
    for line in summary_lines(c, words, &count) {
        let _ = writeln!(out, "- {line}");
    }
    targets(&mut out, c, words);
    commitments(&mut out, c, words);
    let _ = writeln!(out, "\n## {}\n", words.heading_paragraphs);
    let _ = writeln!(out, "{}\n", words.diff_legend);
    for p in &c.sections {
        section(&mut out, p, words);
    }
    out
}

fn targets(out: &mut String, c: &Comparison, words: &Words) {
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let _ = writeln!(out, "\n## {}\n", words.heading_targets);
    if c.indicators.is_empty() {
        let _ = writeln!(out, "{}.", words.none_found);
        return;
    }
    let headers = [
        words.th_indicator.to_string(),
        words.th_measure.into(),
        fill(words.th_actual_t, &[&year(om.reviewed_year)]),
        fill(words.th_target_t, &[&year(om.planned_year)]),
        fill(words.th_actual_t, &[&year(nm.reviewed_year)]),
        words.th_outcome.into(),
        fill(words.th_target_t, &[&year(nm.planned_year)]),
        words.th_change.into(),
        words.th_evidence.into(),
    ];
    let _ = writeln!(out, "| {} |", headers.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(headers.len()));
    for r in &c.indicators {
        let at = |s: &Option<Slot>, label: &str| {
            s.as_ref()
                .map(|s| fill(words.at_t, &[&label, &s.section, &s.line]))
        };
        let evidence: Vec<String> = [
            at(&r.target, words.old_label),
            at(&r.actual, words.new_label),
            at(&r.next_target, words.new_label),
        ]
        .into_iter()
        .flatten()
        .collect();
        let note = note(r, words);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {}{} |",
            md(&r.indicator),
            words.measure(r.measure),
            md(&written(&r.prior_actual)),
            md(&written(&r.target)),
            md(&written(&r.actual)),
            r.outcome
                .map_or(String::new(), |o| format!("**{}**", words.outcome(o))),
            md(&written(&r.next_target)),
            r.change.map_or("", |ch| words.change(ch)),
            md(&evidence.join("; ")),
            if note.is_empty() {
                String::new()
            } else {
                format!(" — {}", md(&note))
            }
        );
    }
}

fn commitments(out: &mut String, c: &Comparison, words: &Words) {
    out.push_str(&super::commitments::markdown(c, words));
}

fn section(out: &mut String, p: &SectionPair, words: &Words) {
    let title = |r: &Option<SectionRef>| {
        r.as_ref()
            .map_or(String::new(), |r| format!("{} {}", r.path, md(&r.title)))
    };
    let status = words.section_status(p.status);
    let heading = match p.status {
        SectionStatus::New => format!("{} ({status})", title(&p.new)),
        SectionStatus::Dropped => format!("{} ({status})", title(&p.old)),
        SectionStatus::Renamed | SectionStatus::Moved => {
            format!("{} → {} ({status})", title(&p.old), title(&p.new))
        }
        SectionStatus::Matched => title(&p.new),
    };
    let level = p.new.as_ref().or(p.old.as_ref()).map_or(1, |r| r.level);
    let hashes = "#".repeat(usize::from(level.min(3)) + 2);
    let _ = writeln!(out, "{hashes} {heading}\n");
    for para in &p.paragraphs {
        match (&para.old, &para.new) {
            (Some(_), Some(_)) => {
                let body: String = para
                    .diff
                    .iter()
                    .map(|s| match s.kind {
                        SegmentKind::Equal => md(&s.text),
                        SegmentKind::Delete => mark(&s.text, "~~", ("[-", "-]")),
                        SegmentKind::Insert => mark(&s.text, "**", ("[+", "+]")),
                    })
                    .collect();
                let _ = writeln!(out, "{body}\n");
            }
            (None, Some(n)) => {
                let _ = writeln!(
                    out,
                    "{} *({})*\n",
                    mark(&n.text, "**", ("[+", "+]")),
                    fill(words.new_paragraph_t, &[&n.line])
                );
            }
            (Some(o), None) => {
                let _ = writeln!(
                    out,
                    "{} *({})*\n",
                    mark(&o.text, "~~", ("[-", "-]")),
                    fill(words.dropped_paragraph_t, &[&o.line])
                );
            }
            (None, None) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_open_and_close_where_commonmark_allows() {
        assert_eq!(mark("新增", "**", ("[+", "+]")), "**新增**");
        // Edge punctuation stays outside the markers.
        assert_eq!(mark("，新增文字。", "**", ("[+", "+]")), "，**新增文字**。");
        assert_eq!(mark("“三服务”", "~~", ("[-", "-]")), "“~~三服务~~”");
        // Punctuation alone is bracketed.
        assert_eq!(mark("，", "**", ("[+", "+]")), "[+，+]");
        // Markdown characters in the text are escaped.
        assert_eq!(mark("a*b", "**", ("[+", "+]")), "**a\\*b**");
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Markers always come in pairs around something that is not punctuation or space.
        #[test]
        fn marks_are_balanced(text in "[，。、“”a-z 新增*_~]{0,20}") {
            let marked = mark(&text, "**", ("[+", "+]"));
            let unescaped = marked.replace("\\*", "");
            prop_assert_eq!(unescaped.matches("**").count() % 2, 0);
            if let Some(inner) = unescaped.split("**").nth(1) {
                let first = inner.chars().next();
                prop_assert!(first.is_some_and(|c| !edge(c)), "{:?}", marked);
            }
        }
    }
}
