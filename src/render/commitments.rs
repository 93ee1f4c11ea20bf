//! The commitment tables of `govdiff compare`: terminal, CSV (`--what commitments`),
//! Markdown and HTML. One row per commitment: those of OLD's plan (`side` old) with how
//! NEW's review reports them and whether NEW's plan continues them, then those of NEW's plan
//! (`side` new), new or continued.

use std::fmt::Write;

use super::Tone;
use super::compare::year;
use super::html::esc;
use super::lang::{Words, fill};
use crate::compare::Comparison;
use crate::model::{Commitment, CommitmentChange, CommitmentStatus};

/// Columns of `--what commitments --format csv`.
pub const CSV_COLUMNS: &[&str] = &[
    "side",
    "object",
    "verb",
    "kind",
    "outcome",
    "change",
    "old_clause",
    "new_clause",
    "old_section",
    "new_section",
    "old_line",
    "new_line",
    "status_word",
    "next_clause",
    "next_section",
    "next_line",
    "government",
    "old_year",
    "new_year",
    "old_file",
    "new_file",
    "tool_version",
    "schema_version",
];

/// One commitment as the tables show it.
#[derive(Debug, Clone)]
pub struct Row<'a> {
    /// `old` (OLD's plan) or `new` (NEW's plan).
    pub side: &'static str,
    pub commitment: &'a Commitment,
    pub status: Option<CommitmentStatus>,
    pub change: Option<CommitmentChange>,
    /// OLD's side: the commitment itself (side old) or its counterpart (side new).
    pub old: Option<&'a Commitment>,
    /// NEW's side: the review evidence (side old) or the commitment itself (side new).
    pub new: Option<&'a Commitment>,
    /// Side old: the counterpart in NEW's plan.
    pub next: Option<&'a Commitment>,
}

/// Every commitment of both plans, OLD's first, each in reading order.
pub fn rows(c: &Comparison) -> Vec<Row<'_>> {
    let old = c.commitments.iter().map(|r| Row {
        side: "old",
        commitment: &r.commitment,
        status: Some(r.status),
        change: r.change,
        old: Some(&r.commitment),
        new: r.evidence.as_ref(),
        next: r.carried_over.as_ref(),
    });
    let new = c.next_commitments.iter().map(|p| Row {
        side: "new",
        commitment: &p.commitment,
        status: None,
        change: Some(p.change),
        old: p.counterpart.as_ref(),
        new: Some(&p.commitment),
        next: None,
    });
    old.chain(new).collect()
}

/// The status as the CSV and the filters write it (`in_progress`, one word).
pub fn status_code(s: CommitmentStatus) -> &'static str {
    match s {
        CommitmentStatus::Done => "done",
        CommitmentStatus::InProgress => "in_progress",
        CommitmentStatus::Unreported => "unreported",
    }
}

/// CSV, one row per commitment.
pub fn csv(c: &Comparison) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CSV_COLUMNS)?;
    let text = |x: Option<&Commitment>, f: fn(&Commitment) -> String| x.map_or(String::new(), f);
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let identity = [
        nm.government
            .clone()
            .or(om.government.clone())
            .unwrap_or_default(),
        om.year.map_or(String::new(), |y| y.to_string()),
        nm.year.map_or(String::new(), |y| y.to_string()),
        c.old.source.path.clone(),
        c.new.source.path.clone(),
        env!("CARGO_PKG_VERSION").to_string(),
        super::SCHEMA_VERSION.to_string(),
    ];
    for r in rows(c) {
        let row = [
            r.side.to_string(),
            r.commitment.object.clone(),
            r.commitment.verb.clone(),
            r.commitment.kind.as_str().to_string(),
            r.status
                .map_or(String::new(), |s| status_code(s).to_string()),
            r.change.map_or(String::new(), |s| s.as_str().to_string()),
            text(r.old, |x| x.clause.clone()),
            text(r.new, |x| x.clause.clone()),
            text(r.old, |x| x.section.clone()),
            text(r.new, |x| x.section.clone()),
            text(r.old, |x| x.line.to_string()),
            text(r.new, |x| x.line.to_string()),
            if r.side == "old" {
                text(r.new, |x| x.verb.clone())
            } else {
                String::new()
            },
            text(r.next, |x| x.clause.clone()),
            text(r.next, |x| x.section.clone()),
            text(r.next, |x| x.line.to_string()),
        ];
        w.write_record(row.iter().chain(identity.iter()))?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// JSON of the commitments alone: the tool, the schema and the pair's identity, the summary
/// counts and both lists.
pub fn json(c: &Comparison) -> String {
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let value = serde_json::json!({
        "tool": "govdiff",
        "tool_version": env!("CARGO_PKG_VERSION"),
        "schema_version": super::SCHEMA_VERSION,
        "government": nm.government.as_deref().or(om.government.as_deref()),
        "old_year": om.year,
        "new_year": nm.year,
        "old_file": c.old.source.path,
        "new_file": c.new.source.path,
        "summary": c.summary,
        "commitments": c.commitments,
        "next_commitments": c.next_commitments,
    });
    serde_json::to_string_pretty(&value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

/// The two count lines: how last year's commitments fared, how many this year's plan makes.
pub fn counts(c: &Comparison, words: &Words) -> [String; 2] {
    let s = &c.summary;
    let (om, nm) = (&c.old.meta, &c.new.meta);
    [
        fill(
            words.commitment_counts_t,
            &[
                &s.commitments,
                &year(om.planned_year),
                &s.commitments_done,
                &s.commitments_in_progress,
                &s.commitments_unreported,
                &s.commitments_continued,
                &s.commitments_dropped,
            ],
        ),
        fill(
            words.next_commitment_counts_t,
            &[
                &s.next_commitments,
                &year(nm.planned_year),
                &s.new_commitments,
                &(s.next_commitments - s.new_commitments),
            ],
        ),
    ]
}

/// Escapes text for a Markdown table cell.
fn md(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('|', "\\|")
        .replace('*', "\\*")
        .replace('_', "\\_")
        .replace('`', "\\`")
}

/// The Markdown tables: last year's commitments with status, change, the review's evidence
/// and the counterpart in this year's plan; this year's with new or continued.
pub fn markdown(c: &Comparison, words: &Words) -> String {
    let mut out = String::new();
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let cite = |e: Option<&Commitment>| {
        e.map_or(String::new(), |e| {
            md(&fill(words.evidence_t, &[&e.clause, &e.section, &e.line]))
        })
    };
    let [old_counts, new_counts] = counts(c, words);
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        fill(words.heading_commitments_t, &[&year(om.planned_year)]),
        md(&old_counts)
    );
    if c.commitments.is_empty() {
        let _ = writeln!(out, "{}.", words.none_found);
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
            words.th_commitment,
            words.th_section,
            words.th_status,
            words.th_change,
            fill(words.reviews_t, &[&year(nm.reviewed_year)]),
            fill(words.plans_t, &[&year(nm.planned_year)]),
        );
    }
    for row in &c.commitments {
        let _ = writeln!(
            out,
            "| {} **{}** | {} l.{} | **{}** | {} | {} | {} |",
            md(&row.commitment.verb),
            md(&row.commitment.object),
            row.commitment.section,
            row.commitment.line,
            words.commitment(row.status),
            row.change.map_or("", |ch| words.commitment_change(ch)),
            cite(row.evidence.as_ref()),
            cite(row.carried_over.as_ref()),
        );
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        fill(words.heading_new_commitments_t, &[&year(nm.planned_year)]),
        md(&new_counts)
    );
    if c.next_commitments.is_empty() {
        let _ = writeln!(out, "{}.", words.none_found);
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---|---|---|",
            words.th_commitment,
            words.th_section,
            words.th_change,
            fill(words.plans_t, &[&year(om.planned_year)]),
        );
    }
    // New ones first: the list a journalist reads.
    let ordered = c
        .next_commitments
        .iter()
        .filter(|p| p.change == CommitmentChange::New)
        .chain(
            c.next_commitments
                .iter()
                .filter(|p| p.change != CommitmentChange::New),
        );
    for p in ordered {
        let change = words.commitment_change(p.change);
        let _ = writeln!(
            out,
            "| {} **{}** | {} l.{} | {} | {} |",
            md(&p.commitment.verb),
            md(&p.commitment.object),
            p.commitment.section,
            p.commitment.line,
            if p.change == CommitmentChange::New {
                format!("**{change}**")
            } else {
                change.to_string()
            },
            cite(p.counterpart.as_ref()),
        );
    }
    out
}

/// The group a section path belongs to (`二.(一).3` → `二.(一)`), for filtering.
fn top_section(path: &str) -> String {
    path.split('.').take(2).collect::<Vec<_>>().join(".")
}

/// The filters of the commitment table, run by the page's one script (`html.rs` appends it).
pub const SCRIPT: &str = r#"
(function(){
  var table=document.getElementById('commitments'); if(!table) return;
  var rows=[].slice.call(table.tBodies[0].rows);
  var selects=[].slice.call(document.querySelectorAll('.cfilters select'));
  var shown=document.getElementById('cshown');
  function apply(){
    var n=0;
    rows.forEach(function(r){
      var ok=selects.every(function(s){return !s.value||r.dataset[s.name]===s.value;});
      r.style.display=ok?'':'none'; if(ok) n++;
    });
    if(shown) shown.textContent=shown.dataset.template.replace('{0}',n).replace('{1}',rows.length);
  }
  selects.forEach(function(s){s.addEventListener('change',apply);});
  apply();
})();
"#;

fn badge(text: &str, tone: Tone) -> String {
    format!(
        "<span class=\"badge {}\">{}</span>",
        tone.class(),
        esc(text)
    )
}

fn change_tone(c: CommitmentChange) -> Tone {
    match c {
        CommitmentChange::New => Tone::Fresh,
        CommitmentChange::Continued => Tone::Neutral,
        CommitmentChange::Dropped => Tone::Caution,
    }
}

/// The HTML section: one table of every commitment of both plans, filterable by plan,
/// status, change and section, with the evidence clauses one click away (`details`).
pub fn html(c: &Comparison, words: &Words) -> String {
    let mut out = String::new();
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let all = rows(c);
    let options = |values: Vec<(String, String)>| -> String {
        let mut v = values;
        v.sort();
        v.dedup();
        v.iter()
            .filter(|(x, _)| !x.is_empty())
            .map(|(x, label)| format!("<option value=\"{}\">{}</option>", esc(x), esc(label)))
            .collect()
    };
    let [old_counts, new_counts] = counts(c, words);
    let _ = writeln!(
        out,
        "<div class=\"nontarget\"><h2 id=\"commitments-h\">{}</h2><p class=\"meta\">{}<br>{}</p>",
        esc(&fill(
            words.heading_commitments_t,
            &[&year(om.planned_year)]
        )),
        esc(&old_counts),
        esc(&new_counts)
    );
    if all.is_empty() {
        let _ = writeln!(out, "<p class=\"meta\">{}</p></div>", esc(words.none_found));
        return out;
    }
    let select = |name: &str, label: &str, opts: String| {
        format!(
            "<label>{} <select name=\"{name}\"><option value=\"\">{}</option>{opts}</select></label>",
            esc(label),
            esc(words.all)
        )
    };
    let _ = writeln!(
        out,
        "<div class=\"cfilters\">{} {} {} {} {} <span id=\"cshown\" data-template=\"{}\"></span></div>",
        esc(words.filter_label),
        select(
            "side",
            words.th_plan,
            options(vec![
                ("old".into(), year(om.planned_year)),
                ("new".into(), year(nm.planned_year)),
            ])
        ),
        select(
            "status",
            words.th_status,
            options(
                all.iter()
                    .filter_map(|r| r.status)
                    .map(|s| (status_code(s).to_string(), words.commitment(s).to_string()))
                    .collect()
            )
        ),
        select(
            "change",
            words.th_change,
            options(
                all.iter()
                    .filter_map(|r| r.change)
                    .map(|ch| (
                        ch.as_str().to_string(),
                        words.commitment_change(ch).to_string()
                    ))
                    .collect()
            )
        ),
        select(
            "section",
            words.th_section,
            options(
                all.iter()
                    .map(|r| {
                        let t = top_section(&r.commitment.section);
                        (t.clone(), t)
                    })
                    .collect()
            )
        ),
        esc(words.shown_t),
    );
    let _ = writeln!(
        out,
        "<table id=\"commitments\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(words.th_plan),
        esc(words.th_commitment),
        esc(words.th_kind),
        esc(words.th_status),
        esc(words.th_change),
        esc(words.th_section)
    );
    let ev = |label: String, e: Option<&Commitment>| {
        e.map_or(String::new(), |e| {
            format!(
                "<div class=\"ev\"><span class=\"loc\">{}</span> {}</div>",
                esc(&label),
                esc(&fill(words.evidence_t, &[&e.clause, &e.section, &e.line]))
            )
        })
    };
    for r in &all {
        let (plan_year, evidence) = if r.side == "old" {
            (
                year(om.planned_year),
                [
                    ev(fill(words.plans_t, &[&year(om.planned_year)]), r.old),
                    ev(fill(words.reviews_t, &[&year(nm.reviewed_year)]), r.new),
                    ev(fill(words.plans_t, &[&year(nm.planned_year)]), r.next),
                ]
                .concat(),
            )
        } else {
            (
                year(nm.planned_year),
                [
                    ev(fill(words.plans_t, &[&year(nm.planned_year)]), r.new),
                    ev(fill(words.plans_t, &[&year(om.planned_year)]), r.old),
                ]
                .concat(),
            )
        };
        let _ = writeln!(
            out,
            "<tr data-side=\"{}\" data-status=\"{}\" data-change=\"{}\" data-section=\"{}\"><td>{plan_year}</td><td>{} <b>{}</b><details><summary>{}</summary>{evidence}</details></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            r.side,
            r.status.map_or("", status_code),
            r.change.map_or("", |ch| ch.as_str()),
            esc(&top_section(&r.commitment.section)),
            esc(&r.commitment.verb),
            esc(&r.commitment.object),
            esc(words.th_evidence),
            esc(words.commitment_kind(r.commitment.kind)),
            r.status.map_or(String::new(), |s| badge(
                words.commitment(s),
                Tone::of_commitment(s)
            )),
            r.change.map_or(String::new(), |ch| badge(
                words.commitment_change(ch),
                change_tone(ch)
            )),
            esc(&r.commitment.section),
        );
    }
    let _ = writeln!(out, "</tbody></table></div>");
    out
}
