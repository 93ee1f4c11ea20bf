//! `govdiff compare --format html`: one self-contained page (no network, no external
//! scripts, fonts or styles) that an analyst can send to a colleague. All report text is
//! escaped: the input is untrusted.

use std::fmt::Write;

use crate::compare::Comparison;
use crate::compare::diff::SegmentKind;
use crate::model::{
    Change, CommitmentStatus, IndicatorRow, Outcome, ParagraphPair, SectionPair, SectionRef,
    SectionStatus, Slot,
};

/// Escapes text for HTML element content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn year(y: Option<u16>) -> String {
    y.map_or("?".into(), |y| y.to_string())
}

const STYLE: &str = r#"
:root{--met:#1a7f37;--missed:#cf222e;--unrep:#9a6700;--unclear:#8250df;--new:#0969da;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif;color:#1f2328;line-height:1.6;font-size:15px}
header,main,nav{max-width:1400px;margin:0 auto;padding:0 24px}
header{padding-top:20px}
h1{font-size:24px;margin:0 0 6px}
h2{font-size:19px;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:32px}
h3{font-size:16px;margin:18px 0 6px}
.meta{color:var(--muted);font-size:13px}
.meta b{color:#1f2328}
.warn{background:#fff8c5;border:1px solid #d4a72c;padding:6px 10px;border-radius:6px;margin:6px 0}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px;background:#fff}
.card .n{font-size:26px;font-weight:700}
.card .l{font-size:12px;color:var(--muted)}
.card.met .n{color:var(--met)}.card.missed .n{color:var(--missed)}.card.unreported .n{color:var(--unrep)}.card.unclear .n{color:var(--unclear)}
.callout{border-left:4px solid var(--missed);background:#ffebe9;padding:8px 14px;margin:10px 0;border-radius:0 6px 6px 0}
.callout ul{margin:4px 0;padding-left:20px}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap;border:1px solid transparent}
.o-met{background:#dafbe1;color:var(--met)}.o-missed{background:#ffebe9;color:var(--missed);border-color:#ff8182}
.o-unreported{background:#fff8c5;color:var(--unrep)}.o-unclear{background:#fbefff;color:var(--unclear)}
.c-raised{background:#dafbe1;color:var(--met)}.c-lowered{background:#ffebe9;color:var(--missed)}
.c-reworded{background:#fff8c5;color:var(--unrep)}.c-unchanged{background:var(--bg);color:var(--muted)}
.c-dropped{background:#ffebe9;color:var(--missed);border-color:#ff8182}.c-new{background:#ddf4ff;color:var(--new)}
.s-done{background:#dafbe1;color:var(--met)}.s-in-progress{background:#fff8c5;color:var(--unrep)}.s-unreported{background:#fbefff;color:var(--unclear)}
.filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0;font-size:13px}
.filters select{font:inherit;padding:2px 4px}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);position:sticky;top:0;cursor:pointer;white-space:nowrap}
th.nosort{cursor:default}
tr.row-missed td:first-child{box-shadow:inset 4px 0 0 var(--missed)}
td.num{white-space:nowrap}
details summary{cursor:pointer;color:var(--muted);font-size:12px}
details .ev{font-size:12px;color:#1f2328;background:var(--bg);padding:4px 6px;border-radius:4px;margin-top:3px}
.ev .loc{color:var(--muted)}
nav.toc{font-size:13px;columns:3 260px;column-gap:24px}
nav.toc a{display:block;text-decoration:none;color:#0969da;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sxs{border:1px solid var(--line);border-radius:8px;margin:14px 0;overflow:hidden}
.sxs .head{display:grid;grid-template-columns:1fr 1fr;background:var(--bg);border-bottom:1px solid var(--line)}
.sxs .head div{padding:6px 12px;font-weight:600}
.sxs .head .st{grid-column:1/3;padding:0 12px 6px;font-weight:400;font-size:12px;color:var(--muted)}
.pair{display:grid;grid-template-columns:1fr 1fr;border-top:1px solid #eaeef2}
.pair>div{padding:6px 12px;font-size:14px}
.pair .old{border-right:1px solid #eaeef2}
.pair .none{background:repeating-linear-gradient(45deg,#fafbfc,#fafbfc 6px,#f3f4f6 6px,#f3f4f6 12px)}
.pair .tag{font-size:11px;color:var(--muted);display:block}
del{background:#ffd7d5;color:#82071e;text-decoration:line-through}
ins{background:#ccffd8;color:#055d20;text-decoration:none}
.para-new{background:#f0fff4}.para-dropped{background:#fff5f5}
.st-new .head{background:#ddf4ff}.st-dropped .head{background:#ffebe9}
.st-renamed .head,.st-moved .head{background:#fff8c5}
ul.plain{padding-left:20px}
footer{max-width:1400px;margin:30px auto;padding:0 24px;color:var(--muted);font-size:12px}
@media print{th{position:static}.filters,nav.toc{display:none}.sxs{break-inside:avoid-page}details{display:block}details>*{display:block}body{font-size:11px}a{color:inherit}}
"#;

const SCRIPT: &str = r#"
(function(){
  var table=document.getElementById('targets'); if(!table) return;
  var tbody=table.tBodies[0];
  var rows=[].slice.call(tbody.rows);
  function apply(){
    var f={};
    [].forEach.call(document.querySelectorAll('.filters select'),function(s){f[s.name]=s.value;});
    var shown=0;
    rows.forEach(function(r){
      var ok=Object.keys(f).every(function(k){return !f[k]||r.dataset[k]===f[k];});
      r.style.display=ok?'':'none'; if(ok) shown++;
    });
    var c=document.getElementById('shown'); if(c) c.textContent=shown+' of '+rows.length+' shown';
  }
  [].forEach.call(document.querySelectorAll('.filters select'),function(s){s.addEventListener('change',apply);});
  [].forEach.call(table.tHead.rows[0].cells,function(th,i){
    if(th.classList.contains('nosort')) return;
    th.addEventListener('click',function(){
      var dir=th.dataset.dir==='asc'?'desc':'asc'; th.dataset.dir=dir;
      rows.sort(function(a,b){
        var x=a.cells[i].dataset.sort||a.cells[i].textContent, y=b.cells[i].dataset.sort||b.cells[i].textContent;
        var nx=parseFloat(x), ny=parseFloat(y);
        var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');
        return dir==='asc'?c:-c;
      });
      rows.forEach(function(r){tbody.appendChild(r);});
    });
  });
  document.body.classList.add('js');
  apply();
})();
"#;

fn outcome_badge(o: Option<Outcome>) -> String {
    o.map_or(String::new(), |o| {
        format!("<span class=\"badge o-{0}\">{0}</span>", o.as_str())
    })
}

fn change_badge(c: Option<Change>) -> String {
    c.map_or(String::new(), |c| {
        format!("<span class=\"badge c-{0}\">{0}</span>", c.as_str())
    })
}

fn evidence(label: &str, s: &Option<Slot>) -> String {
    s.as_ref().map_or(String::new(), |s| {
        format!(
            "<div class=\"ev\"><span class=\"loc\">{} · {} · line {}:</span> {}</div>",
            esc(label),
            esc(&s.section),
            s.line,
            esc(&s.original)
        )
    })
}

fn slot_cell(s: &Option<Slot>) -> String {
    match s {
        Some(s) => format!(
            "<td class=\"num\" title=\"{} · {} · line {}\" data-sort=\"{}\">{}</td>",
            esc(&s.clause),
            esc(&s.section),
            s.line,
            s.value.map_or(String::new(), |v| v.to_string()),
            esc(&s.written)
        ),
        None => "<td class=\"num\"></td>".to_string(),
    }
}

fn section_of(r: &IndicatorRow) -> String {
    r.target
        .as_ref()
        .or(r.next_target.as_ref())
        .map_or(String::new(), |s| top_section(&s.section))
}

/// The group a section path belongs to (`二.(一).3` → `二.(一)`), for filtering.
fn top_section(path: &str) -> String {
    path.split('.').take(2).collect::<Vec<_>>().join(".")
}

/// The whole page.
pub fn html(c: &Comparison) -> String {
    let mut out = String::new();
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let s = &c.summary;
    let gov = nm
        .government
        .as_deref()
        .or(om.government.as_deref())
        .unwrap_or("?");
    let title = format!(
        "{gov} {} → {} 政府工作报告对照",
        year(om.year),
        year(nm.year)
    );
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<meta name=\"generator\" content=\"govdiff {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        esc(&title)
    );
    // Header.
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", esc(&title));
    for (label, r) in [("OLD", &c.old), ("NEW", &c.new)] {
        let m = &r.meta;
        let _ = writeln!(
            out,
            "<div class=\"meta\"><b>{label}</b> {} · {}{}{} · reviews {} · plans {} · <code>{}</code>{}</div>",
            esc(m.title.as_deref().unwrap_or("?")),
            m.delivered_on
                .as_deref()
                .map_or(String::new(), |d| format!("delivered {} ", esc(d))),
            m.congress
                .as_deref()
                .map_or(String::new(), |d| format!("to {} ", esc(d))),
            m.speaker
                .as_deref()
                .map_or(String::new(), |d| format!("by {}", esc(d))),
            year(m.reviewed_year),
            year(m.planned_year),
            esc(&r.source.path),
            if r.truncated {
                " · <b>truncated copy</b>"
            } else {
                ""
            }
        );
    }
    for w in &c.warnings {
        let _ = writeln!(out, "<div class=\"warn\">⚠ {}</div>", esc(w));
    }
    let _ = writeln!(out, "<div class=\"cards\">");
    for (class, n, label) in [
        (
            "met",
            s.met,
            format!("targets for {} met", year(om.planned_year)),
        ),
        ("missed", s.missed, "missed".to_string()),
        ("unreported", s.unreported, "unreported".to_string()),
        ("unclear", s.unclear, "unclear".to_string()),
        ("", s.raised, format!("raised in {}", year(nm.planned_year))),
        ("", s.lowered, "lowered".to_string()),
        ("", s.reworded, "reworded".to_string()),
        ("", s.dropped, "dropped".to_string()),
        ("", s.new, "new targets".to_string()),
        (
            "",
            s.commitments_done,
            format!("of {} commitments done", s.commitments),
        ),
        ("", s.new_commitments, "new commitments".to_string()),
    ] {
        let _ = writeln!(
            out,
            "<div class=\"card {class}\"><div class=\"n\">{n}</div><div class=\"l\">{}</div></div>",
            esc(&label)
        );
    }
    let _ = writeln!(out, "</div>");
    // Missed targets, in one look.
    let missed: Vec<&IndicatorRow> = c
        .indicators
        .iter()
        .filter(|r| r.outcome == Some(Outcome::Missed))
        .collect();
    if !missed.is_empty() {
        let _ = writeln!(
            out,
            "<div class=\"callout\" id=\"missed\"><b>Missed targets ({}):</b><ul>",
            missed.len()
        );
        for r in missed {
            let _ = writeln!(
                out,
                "<li><b>{}</b>: target {} — actual {}{}</li>",
                esc(&r.indicator),
                esc(&r
                    .target
                    .as_ref()
                    .map_or(String::new(), |t| t.written.clone())),
                esc(&r
                    .actual
                    .as_ref()
                    .map_or(String::new(), |a| a.written.clone())),
                Some(super::compare::note(r, super::lang::Lang::En.words()))
                    .filter(|n| !n.is_empty())
                    .map_or(String::new(), |n| format!(
                        " <span class=\"meta\">({})</span>",
                        esc(&n)
                    ))
            );
        }
        let _ = writeln!(out, "</ul></div>");
    }
    let _ = writeln!(
        out,
        "</header>\n<nav aria-label=\"contents\"><h2>Contents</h2></nav>\n<nav class=\"toc\" aria-label=\"contents list\">"
    );
    let _ = writeln!(
        out,
        "<a href=\"#targets-h\">Targets</a><a href=\"#commitments-h\">Commitments</a><a href=\"#dropped-h\">Dropped targets and commitments</a><a href=\"#sections-h\">Sections side by side</a>"
    );
    for (k, p) in c.sections.iter().enumerate() {
        let r = p.new.as_ref().or(p.old.as_ref());
        if let Some(r) = r {
            let indent = "&nbsp;&nbsp;".repeat(usize::from(r.level.saturating_sub(1)));
            let _ = writeln!(
                out,
                "<a href=\"#s{k}\">{indent}{} {}</a>",
                esc(&r.path),
                esc(&r.title)
            );
        }
    }
    let _ = writeln!(out, "</nav>\n<main>");

    // Targets table.
    let _ = writeln!(out, "<h2 id=\"targets-h\">Targets</h2>");
    let options = |values: Vec<String>| -> String {
        let mut v = values;
        v.sort();
        v.dedup();
        v.iter()
            .filter(|x| !x.is_empty())
            .map(|x| format!("<option value=\"{0}\">{0}</option>", esc(x)))
            .collect()
    };
    let _ = writeln!(
        out,
        "<div class=\"filters\">Filter: <label>outcome <select name=\"outcome\"><option value=\"\">all</option>{}</select></label> <label>change <select name=\"change\"><option value=\"\">all</option>{}</select></label> <label>measure <select name=\"measure\"><option value=\"\">all</option>{}</select></label> <label>section <select name=\"section\"><option value=\"\">all</option>{}</select></label> <span id=\"shown\"></span></div>",
        options(
            c.indicators
                .iter()
                .map(|r| r.outcome.map_or(String::new(), |o| o.as_str().to_string()))
                .collect()
        ),
        options(
            c.indicators
                .iter()
                .map(|r| r.change.map_or(String::new(), |o| o.as_str().to_string()))
                .collect()
        ),
        options(
            c.indicators
                .iter()
                .map(|r| r.measure.as_str().to_string())
                .collect()
        ),
        options(c.indicators.iter().map(section_of).collect()),
    );
    let _ = writeln!(
        out,
        "<table id=\"targets\"><thead><tr><th>indicator</th><th>measure</th><th>{} actual</th><th>{} target</th><th>{} actual</th><th>outcome</th><th>{} target</th><th>change</th><th>section</th></tr></thead><tbody>",
        year(om.reviewed_year),
        year(om.planned_year),
        year(nm.reviewed_year),
        year(nm.planned_year)
    );
    for r in &c.indicators {
        let outcome = r.outcome.map_or(String::new(), |o| o.as_str().to_string());
        let change = r.change.map_or(String::new(), |o| o.as_str().to_string());
        let _ = writeln!(
            out,
            "<tr class=\"row-{outcome}\" data-outcome=\"{outcome}\" data-change=\"{change}\" data-measure=\"{}\" data-section=\"{}\"><td>{}<details><summary>evidence</summary>{}{}{}{}{}</details></td><td>{}</td>{}{}{}<td data-sort=\"{outcome}\">{}</td>{}<td data-sort=\"{change}\">{}</td><td>{}</td></tr>",
            r.measure.as_str(),
            esc(&section_of(r)),
            esc(&r.indicator),
            evidence(
                &format!("OLD {} actual", year(om.reviewed_year)),
                &r.prior_actual
            ),
            evidence(&format!("OLD {} target", year(om.planned_year)), &r.target),
            evidence(&format!("NEW {} actual", year(nm.reviewed_year)), &r.actual),
            evidence(
                &format!("NEW {} target", year(nm.planned_year)),
                &r.next_target
            ),
            Some(super::compare::note(r, super::lang::Lang::En.words()))
                .filter(|n| !n.is_empty())
                .map_or(String::new(), |n| format!(
                    "<div class=\"ev\">{}</div>",
                    esc(&n)
                )),
            r.measure.as_str(),
            slot_cell(&r.prior_actual),
            slot_cell(&r.target),
            slot_cell(&r.actual),
            outcome_badge(r.outcome),
            slot_cell(&r.next_target),
            change_badge(r.change),
            esc(&r
                .target
                .as_ref()
                .or(r.next_target.as_ref())
                .map_or(String::new(), |s| s.section.clone())),
        );
    }
    let _ = writeln!(out, "</tbody></table>");

    // Commitments.
    let _ = writeln!(
        out,
        "<h2 id=\"commitments-h\">Commitments</h2><h3>Of the {} plan, in the {} review</h3><ul class=\"plain\">",
        year(om.planned_year),
        year(nm.reviewed_year)
    );
    for row in &c.commitments {
        let class = match row.status {
            CommitmentStatus::Done => "s-done",
            CommitmentStatus::InProgress => "s-in-progress",
            CommitmentStatus::Unreported => "s-unreported",
        };
        let _ = writeln!(
            out,
            "<li><span class=\"badge {class}\">{}</span> {}{} <span class=\"meta\">({}, line {})</span>{}</li>",
            row.status.as_str(),
            esc(&row.commitment.verb),
            esc(&row.commitment.object),
            esc(&row.commitment.section),
            row.commitment.line,
            row.evidence.as_ref().map_or(String::new(), |e| format!(
                " — <span class=\"meta\">{} ({}, line {})</span>",
                esc(&e.clause),
                esc(&e.section),
                e.line
            ))
        );
    }
    let _ = writeln!(
        out,
        "</ul><h3>New commitments in {}</h3><ul class=\"plain\">",
        year(nm.planned_year)
    );
    for n in &c.new_commitments {
        let _ = writeln!(
            out,
            "<li><span class=\"badge c-new\">new</span> {}{} <span class=\"meta\">({}, line {})</span></li>",
            esc(&n.verb),
            esc(&n.object),
            esc(&n.section),
            n.line
        );
    }
    let _ = writeln!(out, "</ul>");
    let _ = writeln!(
        out,
        "<h2 id=\"dropped-h\">Dropped targets and commitments</h2><h3>Targets of {} not set again for {}</h3><ul class=\"plain\">",
        year(om.planned_year),
        year(nm.planned_year)
    );
    for r in c
        .indicators
        .iter()
        .filter(|r| r.change == Some(Change::Dropped))
    {
        let _ = writeln!(
            out,
            "<li><span class=\"badge c-dropped\">dropped</span> {} {} {}</li>",
            esc(&r.indicator),
            esc(&r
                .target
                .as_ref()
                .map_or(String::new(), |t| t.written.clone())),
            outcome_badge(r.outcome)
        );
    }
    let _ = writeln!(
        out,
        "</ul><h3>Commitments of {} neither done nor promised again</h3><ul class=\"plain\">",
        year(om.planned_year)
    );
    for row in c
        .commitments
        .iter()
        .filter(|r| r.status != CommitmentStatus::Done && r.carried_over.is_none())
    {
        let _ = writeln!(
            out,
            "<li><span class=\"badge c-dropped\">dropped</span> {}{} <span class=\"meta\">({}, {})</span></li>",
            esc(&row.commitment.verb),
            esc(&row.commitment.object),
            esc(&row.commitment.section),
            row.status.as_str()
        );
    }
    let _ = writeln!(out, "</ul>");

    // Sections side by side.
    let _ = writeln!(
        out,
        "<h2 id=\"sections-h\">Sections side by side</h2><p class=\"meta\">OLD on the left, NEW on the right; <del>deleted</del> and <ins>inserted</ins> words in matched paragraphs.</p>"
    );
    for (k, p) in c.sections.iter().enumerate() {
        section_html(&mut out, k, p, year(om.year), year(nm.year));
    }
    let _ = writeln!(
        out,
        "</main>\n<footer>Made by govdiff {} from {} and {}.</footer>",
        env!("CARGO_PKG_VERSION"),
        esc(&c.old.source.path),
        esc(&c.new.source.path)
    );
    let _ = writeln!(out, "<script>{SCRIPT}</script>\n</body>\n</html>");
    out
}

fn title(r: &Option<SectionRef>) -> String {
    r.as_ref().map_or("—".to_string(), |r| {
        format!("{} {}", esc(&r.path), esc(&r.title))
    })
}

fn section_html(out: &mut String, k: usize, p: &SectionPair, old_year: String, new_year: String) {
    let status = p.status.as_str();
    let _ = writeln!(out, "<section class=\"sxs st-{status}\" id=\"s{k}\">");
    let note = match p.status {
        SectionStatus::Renamed => "renamed".to_string(),
        SectionStatus::Moved if p.title_changed => "moved to another group and renamed".to_string(),
        SectionStatus::Moved => "moved to another group".to_string(),
        SectionStatus::New => format!("new in {new_year}"),
        SectionStatus::Dropped => format!("dropped after {old_year}"),
        SectionStatus::Matched => "matched".to_string(),
    };
    let _ = writeln!(
        out,
        "<div class=\"head\"><div>{}</div><div>{}</div><div class=\"st\"><span class=\"badge c-{}\">{}</span>{}</div></div>",
        title(&p.old),
        title(&p.new),
        match p.status {
            SectionStatus::New => "new",
            SectionStatus::Dropped => "dropped",
            SectionStatus::Renamed | SectionStatus::Moved => "reworded",
            SectionStatus::Matched => "unchanged",
        },
        esc(&note),
        p.score
            .map_or(String::new(), |s| format!(" · alignment score {s:.2}"))
    );
    for para in &p.paragraphs {
        paragraph_html(out, para);
    }
    let _ = writeln!(out, "</section>");
}

fn paragraph_html(out: &mut String, para: &ParagraphPair) {
    match (&para.old, &para.new) {
        (Some(o), Some(n)) => {
            let left: String = para
                .diff
                .iter()
                .filter(|s| s.kind != SegmentKind::Insert)
                .map(|s| match s.kind {
                    SegmentKind::Delete => format!("<del>{}</del>", esc(&s.text)),
                    _ => esc(&s.text),
                })
                .collect();
            let right: String = para
                .diff
                .iter()
                .filter(|s| s.kind != SegmentKind::Delete)
                .map(|s| match s.kind {
                    SegmentKind::Insert => format!("<ins>{}</ins>", esc(&s.text)),
                    _ => esc(&s.text),
                })
                .collect();
            let _ = writeln!(
                out,
                "<div class=\"pair\"><div class=\"old\"><span class=\"tag\">line {}</span>{left}</div><div class=\"new\"><span class=\"tag\">line {} · {:.0}% unchanged</span>{right}</div></div>",
                o.line,
                n.line,
                para.similarity.unwrap_or(0.0) * 100.0
            );
        }
        (None, Some(n)) => {
            let _ = writeln!(
                out,
                "<div class=\"pair\"><div class=\"old none\"></div><div class=\"new para-new\"><span class=\"tag\">line {} · new paragraph</span><ins>{}</ins></div></div>",
                n.line,
                esc(&n.text)
            );
        }
        (Some(o), None) => {
            let _ = writeln!(
                out,
                "<div class=\"pair\"><div class=\"old para-dropped\"><span class=\"tag\">line {} · dropped paragraph</span><del>{}</del></div><div class=\"new none\"></div></div>",
                o.line,
                esc(&o.text)
            );
        }
        (None, None) => {}
    }
}
