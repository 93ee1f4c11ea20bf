//! The same report as text, web page (UTF-8 and GBK-declared), Word file and PDF gives the
//! same tree and the same indicators. Bad files give one-line errors, never a panic.

mod common;

use std::io::Write;

use govdiff::Report;

fn base_lines() -> Vec<String> {
    std::fs::read_to_string(common::sample("qinglan_2023.txt"))
        .unwrap()
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace()).to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A web page as a government site would serve it: navigation, the article, a footer, a script.
fn page(meta: &str) -> String {
    let body: String = base_lines()
        .iter()
        .map(|l| format!("<p>{}</p>\n", escape(l)))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html><head>{meta}<title>青岚县人民政府</title><style>p{{margin:0;text-indent:2em}}</style></head>\n\
         <body><nav><a href=\"/\">首页</a> | <a href=\"/gk\">政务公开</a></nav>\n\
         <div class=\"article\">\n{body}</div>\n<footer>版权所有 青岚县人民政府 电话:0000-0000000</footer>\n\
         <script>var hits=1;</script></body></html>\n"
    )
}

fn docx() -> Vec<u8> {
    let paragraphs: String = base_lines()
        .iter()
        .map(|l| {
            format!(
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                escape(l)
            )
        })
        .collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{paragraphs}</w:body></w:document>"
    );
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("[Content_Types].xml", options).unwrap();
        zip.write_all(b"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").unwrap();
        zip.start_file("word/document.xml", options).unwrap();
        zip.write_all(document.as_bytes()).unwrap();
        zip.finish().unwrap();
    }
    buffer.into_inner()
}

fn parse(bytes: &[u8], name: &str) -> Report {
    govdiff::parse_report(bytes, name).unwrap_or_else(|e| panic!("{e}"))
}

fn indicators(r: &Report) -> Vec<(String, String, Option<f64>, Option<String>)> {
    govdiff::extract::indicators::extract(r)
        .into_iter()
        .map(|i| (i.subject, i.measure.as_str().to_string(), i.value, i.unit))
        .collect()
}

fn assert_same(reference: &Report, other: &Report, what: &str) {
    assert_eq!(reference.meta, other.meta, "{what}: metadata");
    assert_eq!(
        common::tree_lines(reference),
        common::tree_lines(other),
        "{what}: tree"
    );
    assert_eq!(
        indicators(reference),
        indicators(other),
        "{what}: indicators"
    );
    assert_eq!(reference.truncated, other.truncated, "{what}: truncation");
}

fn reference() -> Report {
    common::read(&common::sample("qinglan_2023.txt"))
}

#[test]
fn utf8_web_page_equals_text() {
    let html = page("<meta charset=\"utf-8\">");
    let r = parse(html.as_bytes(), "page.html");
    assert!(
        r.source.encoding.starts_with("HTML"),
        "{}",
        r.source.encoding
    );
    assert_same(&reference(), &r, "UTF-8 HTML");
}

#[test]
fn gbk_declared_web_page_equals_text() {
    let html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">");
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(&html);
    assert!(!unmappable);
    let r = parse(&bytes, "page-gbk.html");
    assert_eq!(r.source.encoding, "HTML, gb18030");
    assert_same(&reference(), &r, "GBK HTML");
}

#[test]
fn word_document_equals_text() {
    let r = parse(&docx(), "report.docx");
    assert_eq!(r.source.encoding, "DOCX");
    assert_same(&reference(), &r, "DOCX");
}

/// The PDF is printed from the web page by headless Chromium, which is how a user would make
/// one here; skipped when Chromium is absent.
#[test]
fn pdf_equals_text() {
    let Some(browser) = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .find(|p| std::path::Path::new(p).exists())
    else {
        eprintln!("skipped: no chromium to print the PDF fixture (install Debian's `chromium`)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    std::fs::write(&html, page("<meta charset=\"utf-8\">")).unwrap();
    let pdf = dir.path().join("report.pdf");
    let status = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("chromium runs");
    assert!(
        pdf.exists(),
        "no PDF printed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let r = parse(&bytes, "report.pdf");
    assert_eq!(r.source.encoding, "PDF text layer");
    assert_same(&reference(), &r, "PDF");
}

fn one_line_error(bytes: &[u8], expect: &str) {
    let err = govdiff::parse_report(bytes, "bad-file")
        .err()
        .unwrap_or_else(|| panic!("accepted: expected {expect}"));
    let message = err.to_string();
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.starts_with("bad-file: "), "{message}");
    assert!(message.contains(expect), "{message}");
}

#[test]
fn bad_files_give_one_line_errors() {
    let good = docx();
    one_line_error(&good[..good.len() / 2], "Word file cannot be read");
    one_line_error(
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n",
        "PDF",
    );
    one_line_error(
        b"%PDF-1.4\n1 0 obj<</Filter/Standard/V 2>>endobj\ntrailer<</Encrypt 1 0 R>>",
        "encrypted",
    );
    one_line_error(b"<!DOCTYPE html><html><head><title>x</title></head><body><script>a()</script></body></html>", "no text");
    let mut other_zip = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut other_zip);
        zip.start_file("data.csv", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"a,b\n").unwrap();
        zip.finish().unwrap();
    }
    one_line_error(&other_zip.into_inner(), "not a Word (.docx)");
    one_line_error(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", "Word 97-2003");
}

/// A news mirror's copy: traditional characters, some glossed with their pinyin in brackets
/// (`國(guó)內(nèi)生產(chǎn)總值增長(zhǎng)`), reads as the text does; evidence keeps the glosses.
#[test]
fn traditional_copy_with_pinyin_glosses_equals_text() {
    let text = std::fs::read_to_string(common::sample("qinglan_2023.txt")).unwrap();
    let glosses = [
        ('國', "guó"),
        ('內', "nèi"),
        ('產', "chǎn"),
        ('長', "zhǎng"),
        ('經', "jīng"),
        ('濟', "jì"),
        ('發', "fā"),
        ('現', "xiàn"),
        ('業', "yè"),
        ('鎮', "zhèn"),
        ('標', "biāo"),
        ('區', "qū"),
    ];
    let mut glossed = String::new();
    for c in hanconv::s2t(&text).chars() {
        glossed.push(c);
        if let Some((_, g)) = glosses.iter().find(|(t, _)| *t == c) {
            glossed.push_str(&format!("({g})"));
        }
    }
    assert!(glossed.matches("(zhǎng)").count() >= 5);
    let r = parse(glossed.as_bytes(), "glossed.txt");
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.message.contains("pinyin in brackets")),
        "{:#?}",
        r.diagnostics
    );
    assert_same(
        &reference(),
        &r,
        "traditional characters with pinyin glosses",
    );
    let line = r.source.original_line(r.parts[0].line).unwrap();
    assert!(line.contains("回顧"), "{line}");
}

/// A mirror's copy with a comma put before other punctuation (`一，、`, `，；`) reads as the text
/// does: the part headings are found again.
#[test]
fn copy_with_stray_commas_equals_text() {
    let text = std::fs::read_to_string(common::sample("qinglan_2023.txt")).unwrap();
    let stray = text.replace('、', "，、").replace('；', "，；");
    assert!(stray.matches("，、").count() >= 3);
    let r = parse(stray.as_bytes(), "stray-commas.txt");
    assert_same(&reference(), &r, "stray commas");
}

#[test]
fn traditional_copy_equals_text() {
    let text = std::fs::read_to_string(common::sample("qinglan_2023.txt")).unwrap();
    let traditional = hanconv::s2t(&text);
    assert_ne!(traditional, text);
    let r = parse(traditional.as_bytes(), "traditional.txt");
    assert!(
        r.diagnostics
            .iter()
            .any(|d| d.message.contains("traditional characters"))
    );
    assert_same(&reference(), &r, "traditional characters");
    // Evidence keeps the characters as written.
    let line = r.source.original_line(r.parts[0].line).unwrap();
    assert!(line.contains("回顧"), "{line}");
}
