//! `govdiff compare --format html`: golden page, escaping of hostile input, no external
//! resources, and a look at it in headless Chromium.

mod common;

use std::path::PathBuf;
use std::process::Command;

use govdiff::compare::compare;
use govdiff::render::html::html;

fn read_named(name: &str) -> govdiff::Report {
    let bytes = std::fs::read(common::sample(name)).unwrap();
    govdiff::parse_report(&bytes, &format!("samples/{name}")).unwrap()
}

fn sample_page() -> String {
    html(
        &compare(
            read_named("qinglan_2023.txt"),
            read_named("qinglan_2024.txt"),
        )
        .with_diffs(),
    )
}

#[test]
fn golden_html() {
    insta::assert_snapshot!("compare_samples_html", sample_page());
}

#[test]
fn page_is_self_contained() {
    let page = sample_page();
    for banned in [
        "<link",
        "@import",
        "url(",
        "src=\"http",
        "href=\"http",
        "<iframe",
        "<img",
    ] {
        assert!(!page.contains(banned), "external resource: {banned}");
    }
    assert!(page.contains("<style>") && page.contains("<script>"));
    // The answer to "which targets were missed?" is at the top.
    let missed = page.find("id=\"missed\"").expect("missed callout");
    assert!(missed < page.find("id=\"targets\"").unwrap());
    assert!(page.contains("<b>一般公共预算收入</b>"));
}

#[test]
fn hostile_input_is_escaped() {
    let old = "示例县2023年政府工作报告\n各位代表:\n一、2022年工作回顾\n(一)<script>alert('x')</script>。地区生产总值增长5%。\n二、2023年发展目标和重点工作\n主要预期目标为:地区生产总值增长6%左右。\n(一)推进\"onerror=alert(1) x=\"工业。启动<img src=x onerror=alert(2)>建设。\n";
    let new = "示例县2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n(一)<script>alert('y')</script>。地区生产总值增长6.5%。\n二、2024年发展目标和重点工作\n主要预期目标为:地区生产总值增长6%左右。\n(一)推进\"onerror=alert(1) x=\"产业。启动<b>新</b>项目建设。\n";
    let a = govdiff::parse_report(old.as_bytes(), "<old>.txt").unwrap();
    let b = govdiff::parse_report(new.as_bytes(), "\"new\".txt").unwrap();
    let page = html(&compare(a, b).with_diffs());
    assert!(
        !page.contains("<script>alert"),
        "script tag from the input survived"
    );
    assert!(
        !page.contains("<img src=x"),
        "img tag from the input survived"
    );
    assert!(!page.contains("<b>新</b>"));
    assert!(page.contains("&lt;script&gt;alert("));
    assert!(page.contains("&quot;onerror=alert(1) x=&quot;"));
    assert!(!page.contains("\"onerror="));
    // Exactly one script element: the page's own.
    assert_eq!(page.matches("<script>").count(), 1);
}

/// Finds a headless browser: `GOVDIFF_CHROMIUM`, else Debian's `chromium`.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("GOVDIFF_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

fn headless(browser: &PathBuf, profile: &std::path::Path) -> Command {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=1400,2200",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    // The browser's wrapper script must not read or keep the test's standard input.
    .stdin(std::process::Stdio::null());
    cmd
}

#[test]
fn page_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        eprintln!(
            "skipped: no chromium found (install Debian's `chromium`, or set GOVDIFF_CHROMIUM)"
        );
        return;
    };
    let out_dir = common::root().join("target/html-test");
    std::fs::create_dir_all(&out_dir).unwrap();
    let page_path = out_dir.join("qinglan_2023_2024.html");
    std::fs::write(&page_path, sample_page()).unwrap();
    let url = format!("file://{}", page_path.display());
    let profile = tempfile::tempdir().unwrap();

    let dom = headless(&browser, profile.path())
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom.contains("id=\"targets\""),
        "the target table is in the page"
    );
    assert!(
        dom.matches("<tr class=\"row-").count() >= 40,
        "rows of the table"
    );
    assert!(
        dom.matches("class=\"sxs ").count() >= 30,
        "side-by-side sections"
    );
    // The script ran: it marks the body and counts the rows it shows.
    assert!(dom.contains("class=\"js\""), "inline script did not run");
    assert!(dom.contains(" of 52 shown"), "filter counter");

    let shot = common::root().join("target/html-test/qinglan_2023_2024.png");
    let _ = std::fs::remove_file(&shot);
    let status = headless(&browser, profile.path())
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .expect("chromium runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 50_000,
        "screenshot {} is {size} bytes",
        shot.display()
    );
    eprintln!("screenshot: {}", shot.display());
}

/// A script the test adds at the end of the page (after the page's own): it works every
/// switch as a reader would, by clicking, and writes what is visible after each step into
/// `<pre id="selftest">`, which `--dump-dom` then shows.
const CLICK_EVERYTHING: &str = r#"<script>
(function(){
  function visible(sel){return [].filter.call(document.querySelectorAll(sel),function(e){return e.checkVisibility();}).length;}
  function snap(){return {rows:visible('#targets tbody tr'),pairs:visible('.pair'),sections:visible('details.sxs'),
    open:[].filter.call(document.querySelectorAll('details.sxs'),function(d){return d.open;}).length,
    commitments:visible('#commitments-h'),targets:visible('#targets'),shown:document.getElementById('shown').textContent};}
  var r={};
  r.start=snap();
  var changed=document.getElementById('sw-changed');
  changed.click(); r.changed=snap();
  changed.click(); r.changed_off=snap();
  var targets=document.getElementById('sw-targets');
  targets.click(); r.targets=snap();
  targets.click(); r.targets_off=snap();
  document.getElementById('sw-collapse').click(); r.collapsed=snap();
  document.getElementById('sw-expand').click(); r.expanded=snap();
  var outcome=document.querySelector('.filters select[name=outcome]');
  r.filter_value=outcome.options.length>1?outcome.options[1].value:'';
  outcome.value=r.filter_value; outcome.dispatchEvent(new Event('change')); r.filtered=snap();
  outcome.value=''; outcome.dispatchEvent(new Event('change'));
  var pre=document.createElement('pre'); pre.id='selftest'; pre.textContent=JSON.stringify(r);
  document.body.appendChild(pre);
})();
</script>"#;

/// Whether a pair of sections shows a change, as the page decides it.
fn section_changed(p: &govdiff::model::SectionPair) -> bool {
    p.status != govdiff::model::SectionStatus::Matched
        || p.title_changed
        || p.paragraphs.iter().any(|q| match (&q.old, &q.new) {
            (Some(o), Some(n)) => o.text != n.text,
            _ => true,
        })
}

/// Clicks every switch of the page of `c` in Chromium; what is visible after each step.
fn click_everything(
    browser: &PathBuf,
    c: &govdiff::compare::Comparison,
    name: &str,
) -> serde_json::Value {
    let page = html(c).replace("</body>", &format!("{CLICK_EVERYTHING}</body>"));
    let out_dir = common::root().join("target/html-test");
    std::fs::create_dir_all(&out_dir).unwrap();
    let page_path = out_dir.join(name);
    std::fs::write(&page_path, page).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let dom = headless(browser, profile.path())
        .arg("--dump-dom")
        .arg(format!("file://{}", page_path.display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&dom.stdout);
    let json = dom
        .split("<pre id=\"selftest\">")
        .nth(1)
        .and_then(|rest| rest.split("</pre>").next())
        .unwrap_or_else(|| {
            panic!(
                "the clicking script did not run: {}",
                &dom[..dom.len().min(500)]
            )
        })
        .replace("&quot;", "\"");
    serde_json::from_str(&json).unwrap()
}

#[test]
fn every_switch_works_in_headless_chromium() {
    let Some(browser) = chromium() else {
        eprintln!(
            "skipped: no chromium found (install Debian's `chromium`, or set GOVDIFF_CHROMIUM)"
        );
        return;
    };
    // The samples, where most things changed, and one report against its own GB18030 copy,
    // where nothing did.
    let pairs = [
        ("qinglan_2023.txt", "qinglan_2024.txt", "switches.html"),
        (
            "qinglan_2023.txt",
            "qinglan_2023.gb18030.txt",
            "switches_same.html",
        ),
    ];
    for (old, new, name) in pairs {
        let c = compare(read_named(old), read_named(new)).with_diffs();
        // What the data says each switch must leave.
        let all_rows = c.indicators.len() as u64;
        let changed_rows = c
            .indicators
            .iter()
            .filter(|r| r.change != Some(govdiff::model::Change::Unchanged))
            .count() as u64;
        let sections = c.sections.len() as u64;
        let changed_sections = c.sections.iter().filter(|p| section_changed(p)).count() as u64;
        let r = click_everything(&browser, &c, name);
        let n = |step: &str, what: &str| r[step][what].as_u64().unwrap();
        // At the start everything is shown and every section open.
        assert_eq!(n("start", "rows"), all_rows, "{name}");
        assert_eq!(
            (n("start", "sections"), n("start", "open")),
            (sections, sections)
        );
        assert_eq!(
            r["start"]["shown"],
            format!("{all_rows} of {all_rows} shown")
        );
        // "Changed only" hides the unchanged targets, identical paragraphs and sections.
        assert_eq!(n("changed", "rows"), changed_rows, "{name}");
        assert_eq!(n("changed", "sections"), changed_sections, "{name}");
        assert!(n("changed", "pairs") < n("start", "pairs"), "{name}");
        assert_eq!(
            r["changed"]["shown"],
            format!("{changed_rows} of {all_rows} shown")
        );
        assert_eq!(r["changed_off"], r["start"], "{name}");
        // "Targets only" leaves the table alone on the page.
        assert_eq!(n("targets", "rows"), all_rows);
        assert_eq!(
            (
                n("targets", "commitments"),
                n("targets", "sections"),
                n("targets", "pairs")
            ),
            (0, 0, 0),
            "{name}"
        );
        assert_eq!(r["targets_off"], r["start"]);
        // Collapse all folds every section (its paragraphs are hidden), expand all opens them.
        assert_eq!((n("collapsed", "open"), n("collapsed", "pairs")), (0, 0));
        assert_eq!(n("collapsed", "sections"), sections);
        assert_eq!(r["expanded"], r["start"]);
        // The outcome filter, set to the first outcome it offers.
        let value = r["filter_value"].as_str().unwrap();
        let expected = if value.is_empty() {
            all_rows
        } else {
            c.indicators
                .iter()
                .filter(|row| row.outcome.map(|o| o.as_str()) == Some(value))
                .count() as u64
        };
        assert_eq!(n("filtered", "rows"), expected, "{name}: {value}");
        assert_eq!(
            r["filtered"]["shown"],
            format!("{expected} of {all_rows} shown")
        );
    }
}

#[test]
fn chinese_page_has_no_english_word_of_its_own() {
    let c = compare(
        read_named("qinglan_2023.txt"),
        read_named("qinglan_2024.txt"),
    )
    .with_diffs();
    let page = govdiff::render::html::html_in(&c, govdiff::render::lang::Lang::Zh);
    assert!(page.contains("<html lang=\"zh-CN\">"));
    // The visible text: no style, script or tags.
    let mut text = String::new();
    let mut rest = page.as_str();
    for block in ["<style>", "<script>"] {
        let close = block.replace('<', "</");
        if let (Some(a), Some(b)) = (rest.find(block), rest.find(&close)) {
            text.push_str(&rest[..a]);
            rest = &rest[b + close.len()..];
        }
    }
    text.push_str(rest);
    let mut visible = String::new();
    let mut in_tag = false;
    for ch in text.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                visible.push(' ');
            }
            c if !in_tag => visible.push(c),
            _ => {}
        }
    }
    let mut allowed = String::from("samples qinglan txt govdiff DOCTYPE ");
    for name in ["qinglan_2023.txt", "qinglan_2024.txt"] {
        allowed.push_str(&std::fs::read_to_string(common::sample(name)).unwrap());
    }
    let mut foreign: Vec<String> = Vec::new();
    let mut word = String::new();
    for ch in visible.chars().chain([' ']) {
        if ch.is_ascii_alphabetic() {
            word.push(ch);
        } else {
            if word.len() >= 2 && !allowed.contains(&word) && !foreign.contains(&word) {
                foreign.push(word.clone());
            }
            word.clear();
        }
    }
    assert_eq!(foreign, Vec::<String>::new());
    assert!(visible.contains("只看变化") && visible.contains("完成情况"));
}
