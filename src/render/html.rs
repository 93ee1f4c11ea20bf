//! `govdiff compare --format html`: one self-contained page (no network, no external
//! scripts, fonts or styles) that an analyst can send to a colleague. All report text is
//! escaped: the input is untrusted. Every word of the page's own comes from the language's
//! catalogue; colours follow what a verdict means ([`Tone`]).
//!
//! Switches (shown when scripts run): "changed only" hides unchanged targets, identical
//! paragraphs and sections without a change; "targets only" hides everything but the
//! target table; every side-by-side section is a `<details>` that folds, with "expand all"
//! and "collapse all". The switches only toggle classes on `<body>`: the hiding is CSS.

use std::collections::HashMap;
use std::fmt::Write;

use super::Tone;
use super::compare::{government, note, titles, written, year};
use super::lang::{Lang, Words, fill};
use crate::compare::Comparison;
use crate::compare::diff::SegmentKind;
use crate::model::{
    Change, CommitmentChange, IndicatorRow, Outcome, ParagraphPair, Report, SectionPair,
    SectionRef, SectionStatus, Slot,
};

/// Escapes text for HTML element content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // The five characters are ASCII, so a byte equal to one of them is that character: the
    // stretches between them are copied whole, found with `memchr` (most of a page is Chinese
    // text without any of them). The next place of each group is kept until it is passed,
    // so that no stretch is scanned twice.
    let bytes = text.as_bytes();
    let find = |from: usize, group: bool| {
        let rest = &bytes[from..];
        let at = if group {
            memchr::memchr3(b'&', b'<', b'>', rest)
        } else {
            memchr::memchr2(b'"', b'\'', rest)
        };
        at.map_or(bytes.len(), |i| from + i)
    };
    let (mut next_markup, mut next_quote) = (find(0, true), find(0, false));
    let mut from = 0;
    loop {
        let i = next_markup.min(next_quote);
        out.push_str(&text[from..i]);
        let Some(&b) = bytes.get(i) else {
            return out;
        };
        out.push_str(match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        from = i + 1;
        if i == next_markup {
            next_markup = find(from, true);
        } else {
            next_quote = find(from, false);
        }
    }
}

const STYLE: &str = r#"
:root{--good:#1a7f37;--good-bg:#dafbe1;--bad:#cf222e;--bad-bg:#ffebe9;--caution:#9a6700;--caution-bg:#fff8c5;--fresh:#0969da;--fresh-bg:#ddf4ff;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,sans-serif;color:#1f2328;line-height:1.6;font-size:15px}
header,main,nav,.switches{max-width:1400px;margin:0 auto;padding:0 24px}
header{padding-top:20px}
h1{font-size:24px;margin:0 0 6px}
h2{font-size:19px;border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:32px}
h3{font-size:16px;margin:18px 0 6px}
.meta{color:var(--muted);font-size:13px}
.meta b{color:#1f2328}
.warn{background:var(--caution-bg);border:1px solid #d4a72c;padding:6px 10px;border-radius:6px;margin:6px 0}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:120px;background:#fff}
.card .n{font-size:26px;font-weight:700}
.card .l{font-size:12px;color:var(--muted)}
.card.t-good .n{color:var(--good)}.card.t-bad .n{color:var(--bad)}.card.t-caution .n{color:var(--caution)}.card.t-fresh .n{color:var(--fresh)}
.callout{border-left:4px solid var(--bad);background:var(--bad-bg);padding:8px 14px;margin:10px 0;border-radius:0 6px 6px 0}
.callout ul{margin:4px 0;padding-left:20px}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;white-space:nowrap;border:1px solid transparent}
.badge.t-good{background:var(--good-bg);color:var(--good)}
.badge.t-bad{background:var(--bad-bg);color:var(--bad)}
.badge.t-caution{background:var(--caution-bg);color:var(--caution)}
.badge.t-neutral{background:var(--bg);color:var(--muted)}
.badge.t-fresh{background:var(--fresh-bg);color:var(--fresh)}
.badge.o-missed{border-color:#ff8182}
.switches{display:none;position:sticky;top:0;z-index:2;background:#fffffff0;border-bottom:1px solid var(--line);padding-top:6px;padding-bottom:6px;gap:18px;align-items:center;font-size:14px;flex-wrap:wrap}
body.js .switches{display:flex}
.switches button{font:inherit;font-size:13px;padding:1px 10px;border:1px solid var(--line);border-radius:6px;background:#fff;cursor:pointer}
body.changed-only [data-changed="0"]{display:none}
body.targets-only .nontarget{display:none}
.filters,.cfilters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:8px 0;font-size:13px}
.filters select,.cfilters select{font:inherit;padding:2px 4px}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);position:sticky;top:38px;cursor:pointer;white-space:nowrap}
tr.row-missed td:first-child{box-shadow:inset 4px 0 0 var(--bad)}
td.num{white-space:nowrap}
td.sec{font-size:12.5px}
td.sec .path{color:var(--muted);white-space:nowrap}
td details summary{cursor:pointer;color:var(--muted);font-size:12px}
td details .ev{font-size:12px;color:#1f2328;background:var(--bg);padding:4px 6px;border-radius:4px;margin-top:3px}
.ev .loc{color:var(--muted)}
nav.toc{font-size:13px}
nav.toc ul{list-style:none;padding-left:0;margin:4px 0;columns:2 360px;column-gap:24px}
nav.toc li{break-inside:avoid}
nav.toc li.l2{padding-left:1.2em}
nav.toc a{text-decoration:none;color:#0969da}
nav.toc .n{color:var(--muted);font-size:11px}
details.sxs{border:1px solid var(--line);border-radius:8px;margin:14px 0;overflow:hidden}
details.sxs>summary{list-style:none;cursor:pointer;display:grid;grid-template-columns:1fr 1fr;background:var(--bg);border-bottom:1px solid var(--line)}
details.sxs>summary::-webkit-details-marker{display:none}
details.sxs>summary div{padding:6px 12px;font-weight:600}
details.sxs>summary div.old::before{content:"▸ ";color:var(--muted)}
details.sxs[open]>summary div.old::before{content:"▾ "}
details.sxs>summary .st{grid-column:1/3;padding:0 12px 6px;font-weight:400;font-size:12px;color:var(--muted)}
.pair{display:grid;grid-template-columns:1fr 1fr;border-top:1px solid #eaeef2}
.pair>div{padding:6px 12px;font-size:14px}
.pair .old{border-right:1px solid #eaeef2}
.pair .none{background:repeating-linear-gradient(45deg,#fafbfc,#fafbfc 6px,#f3f4f6 6px,#f3f4f6 12px)}
.pair .tag{font-size:11px;color:var(--muted);display:block}
del{background:#ffd7d5;color:#82071e;text-decoration:line-through}
ins{background:#ccffd8;color:#055d20;text-decoration:none}
.para-new{background:#f0fff4}.para-dropped{background:#fff5f5}
.st-new>summary{background:var(--fresh-bg)!important}.st-dropped>summary{background:var(--caution-bg)!important}
ul.plain{padding-left:20px}
footer{max-width:1400px;margin:30px auto;padding:0 24px;color:var(--muted);font-size:12px}
@media print{th{position:static}.filters,.cfilters,.switches,nav.toc{display:none!important}details.sxs{break-inside:avoid-page}body{font-size:11px}a{color:inherit}}
"#;

const SCRIPT: &str = r#"
(function(){
  var body=document.body;
  var table=document.getElementById('targets');
  var rows=table?[].slice.call(table.tBodies[0].rows):[];
  var shown=document.getElementById('shown');
  function count(){
    if(!shown) return;
    var n=rows.filter(function(r){return r.offsetParent!==null;}).length;
    shown.textContent=shown.dataset.template.replace('{0}',n).replace('{1}',rows.length);
  }
  function apply(){
    var f={};
    [].forEach.call(document.querySelectorAll('.filters select'),function(s){f[s.name]=s.value;});
    rows.forEach(function(r){
      var ok=Object.keys(f).every(function(k){return !f[k]||r.dataset[k]===f[k];});
      r.style.display=ok?'':'none';
    });
    count();
  }
  [].forEach.call(document.querySelectorAll('.filters select'),function(s){s.addEventListener('change',apply);});
  function toggle(id,cls){
    var box=document.getElementById(id); if(!box) return;
    box.addEventListener('change',function(){body.classList.toggle(cls,box.checked); count();});
  }
  toggle('sw-changed','changed-only');
  toggle('sw-targets','targets-only');
  function fold(open){
    [].forEach.call(document.querySelectorAll('details.sxs'),function(d){d.open=open;});
  }
  var ex=document.getElementById('sw-expand'); if(ex) ex.addEventListener('click',function(){fold(true);});
  var co=document.getElementById('sw-collapse'); if(co) co.addEventListener('click',function(){fold(false);});
  if(table) [].forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var dir=th.dataset.dir==='asc'?'desc':'asc'; th.dataset.dir=dir;
      rows.sort(function(a,b){
        var x=a.cells[i].dataset.sort||a.cells[i].textContent, y=b.cells[i].dataset.sort||b.cells[i].textContent;
        var nx=parseFloat(x), ny=parseFloat(y);
        var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');
        return dir==='asc'?c:-c;
      });
      rows.forEach(function(r){table.tBodies[0].appendChild(r);});
    });
  });
  body.classList.add('js');
  apply();
})();
"#;

fn badge(text: &str, tone: Tone, extra: &str) -> String {
    format!(
        "<span class=\"badge {}{extra}\">{}</span>",
        tone.class(),
        esc(text)
    )
}

fn outcome_badge(o: Option<Outcome>, words: &Words) -> String {
    o.map_or(String::new(), |o| {
        let extra = if o == Outcome::Missed {
            " o-missed"
        } else {
            ""
        };
        badge(words.outcome(o), Tone::of_outcome(o), extra)
    })
}

fn change_badge(r: &IndicatorRow, words: &Words) -> String {
    r.change.map_or(String::new(), |c| {
        badge(words.change(c), Tone::of_change(c, r.figures.better), "")
    })
}

/// The group a section path belongs to (`二.(一).3` → `二.(一)`), for filtering.
fn top_section(path: &str) -> String {
    path.split('.').take(2).collect::<Vec<_>>().join(".")
}

/// Titles of both reports by path: a row's section is named by the report it stands in.
struct Titles<'a> {
    old: HashMap<&'a str, &'a str>,
    new: HashMap<&'a str, &'a str>,
}

impl Titles<'_> {
    /// `二.(一).3 推进工业攀登` for the slot's section.
    fn named(&self, path: &str, in_old: bool) -> String {
        let map = if in_old { &self.old } else { &self.new };
        match map.get(path) {
            Some(t) if !t.is_empty() => format!("{path} {t}"),
            _ => path.to_string(),
        }
    }
}

/// The section a row is filed under: its target's in OLD, else its next target's in NEW.
fn row_section(r: &IndicatorRow) -> Option<(&Slot, bool)> {
    r.target
        .as_ref()
        .map(|s| (s, true))
        .or(r.next_target.as_ref().map(|s| (s, false)))
}

/// The whole page, in English.
pub fn html(c: &Comparison) -> String {
    html_in(c, Lang::En)
}

/// The whole page, every word of the page's own in `lang`.
pub fn html_in(c: &Comparison, lang: Lang) -> String {
    let words = lang.words();
    // The page is 5 to 9 times the two texts (the samples' 48 KB give 412 KB): sized at once,
    // it is not copied at every doubling. Bounded, for a report read from a large PDF.
    let texts = c.old.source.bytes.saturating_add(c.new.source.bytes);
    let mut out = String::with_capacity(texts.saturating_mul(9).clamp(1 << 16, 1 << 23));
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let title = fill(
        words.page_title_t,
        &[&government(c), &year(om.year), &year(nm.year)],
    );
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n<meta name=\"generator\" content=\"govdiff {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        env!("CARGO_PKG_VERSION"),
        esc(&title)
    );
    let titles = Titles {
        old: titles(&c.old),
        new: titles(&c.new),
    };
    header(&mut out, c, words, &title);
    let _ = writeln!(
        out,
        "<div class=\"switches\" role=\"toolbar\"><label><input type=\"checkbox\" id=\"sw-changed\"> {}</label><label><input type=\"checkbox\" id=\"sw-targets\"> {}</label><button type=\"button\" id=\"sw-expand\">{}</button><button type=\"button\" id=\"sw-collapse\">{}</button></div>",
        esc(words.switch_changed),
        esc(words.switch_targets),
        esc(words.expand_all),
        esc(words.collapse_all)
    );
    contents(&mut out, c, words);
    let _ = writeln!(out, "<main>");
    targets(&mut out, c, words, &titles);
    commitments(&mut out, c, words);
    dropped(&mut out, c, words);
    let _ = writeln!(
        out,
        "<div class=\"nontarget\"><h2 id=\"sections-h\">{}</h2><p class=\"meta\">{}</p>",
        esc(words.heading_side_by_side),
        esc(words.side_by_side_legend)
    );
    for (k, p) in c.sections.iter().enumerate() {
        section_html(&mut out, k, p, c, words);
    }
    let _ = writeln!(out, "</div>\n</main>");
    let _ = writeln!(
        out,
        "<footer>{}</footer>",
        esc(&fill(
            words.made_by_t,
            &[
                &env!("CARGO_PKG_VERSION"),
                &c.old.source.path,
                &c.new.source.path
            ]
        ))
    );
    let _ = writeln!(
        out,
        "<script>{SCRIPT}{}</script>\n</body>\n</html>",
        super::commitments::SCRIPT
    );
    out
}

fn meta_line(r: &Report, label: &str, words: &Words) -> String {
    let m = &r.meta;
    let mut parts = vec![esc(m.title.as_deref().unwrap_or("?"))];
    let mut delivery = Vec::new();
    if let Some(d) = &m.delivered_on {
        delivery.push(fill(words.delivered_t, &[d]));
    }
    if let Some(cg) = &m.congress {
        delivery.push(fill(words.to_t, &[cg]));
    }
    if let Some(sp) = &m.speaker {
        delivery.push(fill(words.by_t, &[sp]));
    }
    if !delivery.is_empty() {
        parts.push(esc(&delivery.join(" ")));
    }
    parts.push(esc(&fill(words.reviews_t, &[&year(m.reviewed_year)])));
    parts.push(esc(&fill(words.plans_t, &[&year(m.planned_year)])));
    parts.push(format!("<code>{}</code>", esc(&r.source.path)));
    if r.truncated {
        parts.push(format!("<b>{}</b>", esc(words.truncated_copy)));
    }
    format!(
        "<div class=\"meta\"><b>{}</b> {}</div>",
        esc(label),
        parts.join(" · ")
    )
}

fn header(out: &mut String, c: &Comparison, words: &Words, title: &str) {
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let s = &c.summary;
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", esc(title));
    let _ = writeln!(out, "{}", meta_line(&c.old, words.old_label, words));
    let _ = writeln!(out, "{}", meta_line(&c.new, words.new_label, words));
    for w in &c.pair_warnings {
        let _ = writeln!(out, "<div class=\"warn\">⚠ {}</div>", esc(&words.pair(w)));
    }
    for (label, report) in [(words.old_label, &c.old), (words.new_label, &c.new)] {
        for d in report.warnings() {
            let _ = writeln!(
                out,
                "<div class=\"warn\">⚠ {} {}</div>",
                esc(label),
                esc(&words.diagnostic(d))
            );
        }
    }
    let _ = writeln!(out, "<div class=\"cards\">");
    let cards: [(Option<Tone>, usize, String); 11] = [
        (
            Some(Tone::Good),
            s.met,
            fill(words.card_met_t, &[&year(om.planned_year)]),
        ),
        (Some(Tone::Bad), s.missed, words.missed.into()),
        (Some(Tone::Caution), s.unreported, words.unreported.into()),
        (Some(Tone::Caution), s.unclear, words.unclear.into()),
        (
            None,
            s.raised,
            fill(words.card_raised_t, &[&year(nm.planned_year)]),
        ),
        (None, s.lowered, words.lowered.into()),
        (None, s.reworded, words.reworded.into()),
        (None, s.dropped, words.dropped.into()),
        (Some(Tone::Fresh), s.new, words.card_new_targets.into()),
        (
            Some(Tone::Good),
            s.commitments_done,
            fill(words.card_done_t, &[&s.commitments]),
        ),
        (
            Some(Tone::Fresh),
            s.new_commitments,
            words.card_new_commitments.into(),
        ),
    ];
    for (tone, n, label) in cards {
        let _ = writeln!(
            out,
            "<div class=\"card {}\"><div class=\"n\">{n}</div><div class=\"l\">{}</div></div>",
            tone.map_or("", Tone::class),
            esc(&label)
        );
    }
    let _ = writeln!(out, "</div>");
    // Missed targets, in one look, each with how far it fell short and why.
    let missed: Vec<&IndicatorRow> = c
        .indicators
        .iter()
        .filter(|r| r.outcome == Some(Outcome::Missed))
        .collect();
    if !missed.is_empty() {
        let _ = writeln!(
            out,
            "<div class=\"callout\" id=\"missed\"><b>{}</b><ul>",
            esc(&fill(words.missed_targets_t, &[&missed.len()]))
        );
        for r in missed {
            let mut why: Vec<String> = Vec::new();
            if let Some(m) = r.figures.margin {
                why.push(words.margin(m, r.figures.unit.as_deref()));
            }
            let n = note(r, words);
            if !n.is_empty() {
                why.push(n);
            }
            let _ = writeln!(
                out,
                "<li><b>{}</b>: {}{}</li>",
                esc(&r.indicator),
                esc(&fill(
                    words.missed_line_t,
                    &[&written(&r.target), &written(&r.actual)]
                )),
                if why.is_empty() {
                    String::new()
                } else {
                    format!(
                        " <span class=\"meta\">({})</span>",
                        esc(&why.join(words.list_sep))
                    )
                }
            );
        }
        let _ = writeln!(out, "</ul></div>");
    }
    let _ = writeln!(out, "</header>");
}

/// Whether a pair of sections shows any change: its status, its title, a paragraph.
fn section_changed(p: &SectionPair) -> bool {
    p.status != SectionStatus::Matched || p.title_changed || p.paragraphs.iter().any(para_changed)
}

fn para_changed(p: &ParagraphPair) -> bool {
    match (&p.old, &p.new) {
        (Some(o), Some(n)) => o.text != n.text,
        _ => true,
    }
}

/// The contents: the blocks, then parts and groups (two levels keep it short at national
/// scale; deeper sections are inside their group's place on the page).
fn contents(out: &mut String, c: &Comparison, words: &Words) {
    let _ = writeln!(
        out,
        "<nav class=\"toc\" aria-label=\"{0}\"><h2>{0}</h2><ul>",
        esc(words.contents)
    );
    let _ = writeln!(
        out,
        "<li><a href=\"#targets-h\">{}</a></li><li class=\"nontarget\"><a href=\"#commitments-h\">{}</a></li><li class=\"nontarget\"><a href=\"#dropped-h\">{}</a></li><li class=\"nontarget\"><a href=\"#sections-h\">{}</a></li>",
        esc(words.heading_targets),
        esc(&fill(
            words.heading_commitments_t,
            &[&year(c.old.meta.planned_year)]
        )),
        esc(words.heading_dropped),
        esc(words.heading_side_by_side)
    );
    for (k, p) in c.sections.iter().enumerate() {
        let Some(r) = p.new.as_ref().or(p.old.as_ref()) else {
            continue;
        };
        if r.level > 2 {
            continue;
        }
        let status = if p.status == SectionStatus::Matched {
            String::new()
        } else {
            format!(
                " {}",
                badge(
                    words.section_status(p.status),
                    Tone::of_section(p.status),
                    ""
                )
            )
        };
        let _ = writeln!(
            out,
            "<li class=\"nontarget l{}\" data-changed=\"{}\"><a href=\"#s{k}\">{} {}</a>{status}</li>",
            r.level.min(2),
            u8::from(section_changed(p) || r.level == 1),
            esc(&r.path),
            esc(&r.title)
        );
    }
    let _ = writeln!(out, "</ul></nav>");
}

fn evidence(label: &str, s: &Option<Slot>, words: &Words) -> String {
    s.as_ref().map_or(String::new(), |s| {
        format!(
            "<div class=\"ev\"><span class=\"loc\">{}</span> {}</div>",
            esc(&fill(
                words.evidence_label_t,
                &[&label, &s.section, &s.line]
            )),
            esc(&s.original)
        )
    })
}

fn slot_cell(s: &Option<Slot>, words: &Words) -> String {
    match s {
        Some(s) => format!(
            "<td class=\"num\" title=\"{} · {}\" data-sort=\"{}\">{}</td>",
            esc(&s.clause),
            esc(fill(words.at_t, &[&"", &s.section, &s.line]).trim()),
            s.value.map_or(String::new(), |v| v.to_string()),
            esc(&s.written)
        ),
        None => "<td class=\"num\"></td>".to_string(),
    }
}

fn targets(out: &mut String, c: &Comparison, words: &Words, titles: &Titles) {
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let _ = writeln!(
        out,
        "<h2 id=\"targets-h\">{}</h2>",
        esc(words.heading_targets)
    );
    if c.indicators.is_empty() {
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", esc(words.none_found));
        return;
    }
    let group = |r: &IndicatorRow| {
        row_section(r).map_or(String::new(), |(s, in_old)| {
            titles.named(&top_section(&s.section), in_old)
        })
    };
    let options = |mut values: Vec<(String, String)>| -> String {
        values.sort();
        values.dedup();
        values
            .iter()
            .filter(|(v, _)| !v.is_empty())
            .map(|(v, label)| format!("<option value=\"{}\">{}</option>", esc(v), esc(label)))
            .collect()
    };
    let select = |name: &str, label: &str, values: Vec<(String, String)>| {
        format!(
            "<label>{} <select name=\"{name}\"><option value=\"\">{}</option>{}</select></label>",
            esc(label),
            esc(words.all),
            options(values)
        )
    };
    let _ = writeln!(
        out,
        "<div class=\"filters\">{} {} {} {} {} <span id=\"shown\" data-template=\"{}\"></span></div>",
        esc(words.filter_label),
        select(
            "outcome",
            words.th_outcome,
            c.indicators
                .iter()
                .filter_map(|r| r.outcome)
                .map(|o| (o.as_str().to_string(), words.outcome(o).to_string()))
                .collect()
        ),
        select(
            "change",
            words.th_change,
            c.indicators
                .iter()
                .filter_map(|r| r.change)
                .map(|ch| (ch.as_str().to_string(), words.change(ch).to_string()))
                .collect()
        ),
        select(
            "measure",
            words.th_measure,
            c.indicators
                .iter()
                .map(|r| (
                    r.measure.as_str().to_string(),
                    words.measure(r.measure).to_string()
                ))
                .collect()
        ),
        select(
            "section",
            words.th_section,
            c.indicators.iter().map(|r| (group(r), group(r))).collect()
        ),
        esc(words.shown_t)
    );
    let _ = writeln!(
        out,
        "<table id=\"targets\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(words.th_indicator),
        esc(words.th_measure),
        esc(&fill(words.th_actual_t, &[&year(om.reviewed_year)])),
        esc(&fill(words.th_target_t, &[&year(om.planned_year)])),
        esc(&fill(words.th_actual_t, &[&year(nm.reviewed_year)])),
        esc(words.th_outcome),
        esc(words.th_margin),
        esc(&fill(words.th_target_t, &[&year(nm.planned_year)])),
        esc(words.th_change),
        esc(words.th_section),
    );
    let label = |side: &str, template: &str, y: Option<u16>| {
        format!("{side} {}", fill(template, &[&year(y)]))
    };
    for r in &c.indicators {
        let outcome = r.outcome.map_or("", |o| o.as_str());
        let change = r.change.map_or("", |o| o.as_str());
        let n = note(r, words);
        let section = row_section(r).map_or(String::new(), |(s, in_old)| {
            let named = titles.named(&s.section, in_old);
            let title = named.strip_prefix(&s.section).unwrap_or("").trim();
            format!(
                "<span class=\"path\">{}</span> {}",
                esc(&s.section),
                esc(title)
            )
        });
        let _ = writeln!(
            out,
            "<tr class=\"row-{outcome}\" data-outcome=\"{outcome}\" data-change=\"{change}\" data-measure=\"{}\" data-section=\"{}\" data-changed=\"{}\"><td>{}<details><summary>{}</summary>{}{}{}{}{}</details></td><td>{}</td>{}{}{}<td data-sort=\"{outcome}\">{}</td><td class=\"num\" data-sort=\"{}\">{}</td>{}<td data-sort=\"{change}\">{}</td><td class=\"sec\">{section}</td></tr>",
            r.measure.as_str(),
            esc(&group(r)),
            u8::from(r.change.is_some_and(|ch| ch != Change::Unchanged)),
            esc(&r.indicator),
            esc(words.th_evidence),
            evidence(
                &label(words.old_label, words.th_actual_t, om.reviewed_year),
                &r.prior_actual,
                words
            ),
            evidence(
                &label(words.old_label, words.th_target_t, om.planned_year),
                &r.target,
                words
            ),
            evidence(
                &label(words.new_label, words.th_actual_t, nm.reviewed_year),
                &r.actual,
                words
            ),
            evidence(
                &label(words.new_label, words.th_target_t, nm.planned_year),
                &r.next_target,
                words
            ),
            if n.is_empty() {
                String::new()
            } else {
                format!("<div class=\"ev\">{}</div>", esc(&n))
            },
            esc(words.measure(r.measure)),
            slot_cell(&r.prior_actual, words),
            slot_cell(&r.target, words),
            slot_cell(&r.actual, words),
            outcome_badge(r.outcome, words),
            r.figures.margin.map_or(String::new(), |m| m.to_string()),
            r.figures.margin.map_or(String::new(), |m| {
                let sign = if m > 0.0 { "+" } else { "" };
                format!("{sign}{}", super::indicators::format_number(m))
            }),
            slot_cell(&r.next_target, words),
            change_badge(r, words),
        );
    }
    let _ = writeln!(out, "</tbody></table>");
}

fn commitments(out: &mut String, c: &Comparison, words: &Words) {
    out.push_str(&super::commitments::html(c, words));
}

fn dropped(out: &mut String, c: &Comparison, words: &Words) {
    let (om, nm) = (&c.old.meta, &c.new.meta);
    let _ = writeln!(
        out,
        "<div class=\"nontarget\"><h2 id=\"dropped-h\">{}</h2><h3>{}</h3><ul class=\"plain\">",
        esc(words.heading_dropped),
        esc(&fill(
            words.dropped_targets_t,
            &[&year(om.planned_year), &year(nm.planned_year)]
        ))
    );
    let rows: Vec<&IndicatorRow> = c
        .indicators
        .iter()
        .filter(|r| r.change == Some(Change::Dropped))
        .collect();
    if rows.is_empty() {
        let _ = writeln!(out, "<li class=\"meta\">{}</li>", esc(words.none_found));
    }
    for r in rows {
        let _ = writeln!(
            out,
            "<li>{} {} {} {}</li>",
            change_badge(r, words),
            esc(&r.indicator),
            esc(&written(&r.target)),
            outcome_badge(r.outcome, words)
        );
    }
    let _ = writeln!(
        out,
        "</ul><h3>{}</h3><ul class=\"plain\">",
        esc(&fill(
            words.dropped_commitments_t,
            &[&year(om.planned_year)]
        ))
    );
    let gone: Vec<_> = c
        .commitments
        .iter()
        .filter(|r| r.change == Some(CommitmentChange::Dropped))
        .collect();
    if gone.is_empty() {
        let _ = writeln!(out, "<li class=\"meta\">{}</li>", esc(words.none_found));
    }
    for row in gone {
        let _ = writeln!(
            out,
            "<li>{} {}{} <span class=\"meta\">({}, {})</span></li>",
            badge(words.dropped, Tone::Caution, ""),
            esc(&row.commitment.verb),
            esc(&row.commitment.object),
            esc(&row.commitment.section),
            esc(words.commitment(row.status))
        );
    }
    let _ = writeln!(out, "</ul></div>");
}

fn title(r: &Option<SectionRef>) -> String {
    r.as_ref().map_or("—".to_string(), |r| {
        format!("{} {}", esc(&r.path), esc(&r.title))
    })
}

fn section_html(out: &mut String, k: usize, p: &SectionPair, c: &Comparison, words: &Words) {
    let (old_year, new_year) = (year(c.old.meta.year), year(c.new.meta.year));
    let note = match p.status {
        SectionStatus::Renamed => words.renamed.to_string(),
        SectionStatus::Moved if p.title_changed => words.moved_renamed_note.to_string(),
        SectionStatus::Moved => words.moved_note.to_string(),
        SectionStatus::New => fill(words.new_in_t, &[&new_year]),
        SectionStatus::Dropped => fill(words.dropped_after_t, &[&old_year]),
        SectionStatus::Matched => words.matched.to_string(),
    };
    let tone = match p.status {
        SectionStatus::Renamed | SectionStatus::Moved => Tone::Neutral,
        s => Tone::of_section(s),
    };
    let _ = writeln!(
        out,
        "<details class=\"sxs st-{}\" id=\"s{k}\" data-changed=\"{}\" open><summary><div class=\"old\">{}</div><div>{}</div><div class=\"st\">{}{}</div></summary>",
        p.status.as_str(),
        u8::from(section_changed(p)),
        title(&p.old),
        title(&p.new),
        badge(&note, tone, ""),
        p.score.map_or(String::new(), |s| esc(&fill(
            words.score_t,
            &[&format!("{s:.2}")]
        )))
    );
    for para in &p.paragraphs {
        paragraph_html(out, para, words);
    }
    let _ = writeln!(out, "</details>");
}

fn paragraph_html(out: &mut String, para: &ParagraphPair, words: &Words) {
    let changed = u8::from(para_changed(para));
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
            // Without word diffs (a comparison made without them) the texts stand as they are.
            let (left, right) = if para.diff.is_empty() {
                (esc(&o.text), esc(&n.text))
            } else {
                (left, right)
            };
            let share = para.similarity.unwrap_or(0.0) * 100.0;
            let _ = writeln!(
                out,
                "<div class=\"pair\" data-changed=\"{changed}\"><div class=\"old\"><span class=\"tag\">{}</span>{left}</div><div class=\"new\"><span class=\"tag\">{} · {}</span>{right}</div></div>",
                esc(&fill(words.line_at_t, &[&o.line])),
                esc(&fill(words.line_at_t, &[&n.line])),
                esc(&fill(words.unchanged_share_t, &[&format!("{share:.0}")]))
            );
        }
        (None, Some(n)) => {
            let _ = writeln!(
                out,
                "<div class=\"pair\" data-changed=\"1\"><div class=\"old none\"></div><div class=\"new para-new\"><span class=\"tag\">{} · {}</span><ins>{}</ins></div></div>",
                esc(&fill(words.line_at_t, &[&n.line])),
                esc(words.new_paragraph),
                esc(&n.text)
            );
        }
        (Some(o), None) => {
            let _ = writeln!(
                out,
                "<div class=\"pair\" data-changed=\"1\"><div class=\"old para-dropped\"><span class=\"tag\">{} · {}</span><del>{}</del></div><div class=\"new none\"></div></div>",
                esc(&fill(words.line_at_t, &[&o.line])),
                esc(words.dropped_paragraph),
                esc(&o.text)
            );
        }
        (None, None) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::esc;

    /// The escape, one character at a time.
    fn esc_by_char(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '&' => "&amp;".to_string(),
                '<' => "&lt;".to_string(),
                '>' => "&gt;".to_string(),
                '"' => "&quot;".to_string(),
                '\'' => "&#39;".to_string(),
                c => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn escapes_the_five_characters_and_keeps_the_rest() {
        assert_eq!(
            esc("增长<5%>&“稳”'a'\"b\""),
            esc_by_char("增长<5%>&“稳”'a'\"b\"")
        );
        assert_eq!(esc("<>&\"'"), "&lt;&gt;&amp;&quot;&#39;");
        assert_eq!(esc(""), "");
        assert_eq!(esc("推进工业攀登"), "推进工业攀登");
    }

    proptest::proptest! {
        #[test]
        fn escape_is_the_one_character_at_a_time(text in "[a<>&\"'两、 ]{0,24}") {
            proptest::prop_assert_eq!(esc(&text), esc_by_char(&text));
        }
    }
}
