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
    .arg(format!("--user-data-dir={}", profile.display()));
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
