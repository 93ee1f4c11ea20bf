//! Stage zero: what kind of file this is, and its text.
//!
//! Reports come as plain text, web pages, Word files and PDFs. The kind is told from the
//! content (magic bytes, markup), not from the name. HTML, DOCX and PDF are turned into plain
//! text, one paragraph a line, and then go through the same decoding, cleaning and parsing
//! as a text file.

use std::io::{Cursor, Read};

use scraper::{ElementRef, Html, node::Node};

/// The forms a report can come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Docx,
    Pdf,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "HTML",
            Format::Docx => "DOCX",
            Format::Pdf => "PDF",
        }
    }
}

/// Why a non-text file could not be read. Shown after the file name, on one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("the PDF has no text layer (a scanned document?): run OCR on it first")]
    PdfNoText,
    #[error("the PDF cannot be read: {0}")]
    PdfBroken(String),
    #[error("the PDF is encrypted: remove the password protection first")]
    PdfEncrypted,
    #[error("the Word file cannot be read: {0}")]
    DocxBroken(String),
    #[error("this is a ZIP archive but not a Word (.docx) document")]
    NotDocx,
    #[error("Word 97-2003 (.doc) files are not supported: save it as .docx")]
    LegacyDoc,
    #[error("the web page holds no text")]
    HtmlEmpty,
}

/// Tells the format from the first bytes.
pub fn sniff(bytes: &[u8]) -> Format {
    if bytes.starts_with(b"%PDF") {
        return Format::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Format::Docx;
    }
    let head: Vec<u8> = bytes
        .iter()
        .take(2048)
        .filter(|b| **b != 0)
        .map(u8::to_ascii_lowercase)
        .collect();
    let head = String::from_utf8_lossy(&head);
    let trimmed = head.trim_start_matches('\u{feff}').trim_start();
    let markup = trimmed.starts_with("<!doctype html")
        || trimmed.starts_with("<html")
        || (trimmed.starts_with('<') && (head.contains("<body") || head.contains("<head")))
        || head.contains("<meta http-equiv");
    if markup { Format::Html } else { Format::Text }
}

/// The encoding a page declares: `<meta charset="gbk">` or `content="text/html; charset=gb2312"`.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head: String = bytes
        .iter()
        .take(4096)
        .map(|b| b.to_ascii_lowercase() as char)
        .collect();
    let at = head.find("charset=")?;
    let rest = head[at + "charset=".len()..].trim_start_matches(['"', '\'', ' ']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    encoding_rs::Encoding::for_label(label.as_bytes())
}

/// Elements whose text is never report text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "template", "button", "select", "textarea", "head", "object", "embed", "canvas", "menu",
];
/// Elements that break a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "section",
    "article",
    "table",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "ul",
    "ol",
    "hr",
    "main",
    "center",
    "address",
    "figure",
    "figcaption",
    "td",
    "th",
];

/// The text of a web page, one block element a line.
pub fn html_text(source: &str) -> Result<String, InputError> {
    let doc = Html::parse_document(source);
    let mut out = String::new();
    walk_html(doc.root_element(), &mut out);
    let text = out
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    if text.chars().filter(|c| !c.is_whitespace()).count() < 10 {
        return Err(InputError::HtmlEmpty);
    }
    Ok(text)
}

fn walk_html(element: ElementRef, out: &mut String) {
    let name = element.value().name();
    if SKIPPED.contains(&name) {
        return;
    }
    let block = BLOCKS.contains(&name);
    if block {
        out.push('\n');
    }
    for child in element.children() {
        match child.value() {
            Node::Text(t) => {
                // Whitespace inside markup is layout, not text: collapse it.
                let mut last_space = out.ends_with([' ', '\n']);
                for c in t.chars() {
                    if c.is_whitespace() && c != '\u{3000}' {
                        if !last_space {
                            out.push(' ');
                            last_space = true;
                        }
                    } else {
                        out.push(c);
                        last_space = false;
                    }
                }
            }
            Node::Element(_) => {
                if let Some(el) = ElementRef::wrap(child) {
                    if el.value().name() == "td" || el.value().name() == "th" {
                        out.push('\t');
                    }
                    walk_html(el, out);
                }
            }
            _ => {}
        }
    }
    if block {
        out.push('\n');
    }
}

/// The text of a Word document: one paragraph a line, table rows as lines of tab-separated
/// cells, headings kept as text.
pub fn docx_text(bytes: &[u8]) -> Result<String, InputError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| InputError::DocxBroken(e.to_string()))?;
    let mut xml = String::new();
    {
        let mut file = archive.by_name("word/document.xml").map_err(|e| match e {
            zip::result::ZipError::FileNotFound => InputError::NotDocx,
            e => InputError::DocxBroken(e.to_string()),
        })?;
        file.read_to_string(&mut xml)
            .map_err(|e| InputError::DocxBroken(e.to_string()))?;
    }
    docx_xml_text(&xml)
}

fn docx_xml_text(xml: &str) -> Result<String, InputError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell = String::new();
    let mut table_depth = 0usize;
    let mut in_text = false;
    loop {
        match reader.read_event() {
            Err(e) => return Err(InputError::DocxBroken(e.to_string())),
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => match e.name().as_ref() {
                "w:t" => in_text = true,
                "w:tbl" => table_depth += 1,
                "w:tr" => row.clear(),
                "w:tc" => cell.clear(),
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.name().as_ref() {
                "w:tab" => paragraph.push('\t'),
                "w:br" | "w:cr" => paragraph.push('\n'),
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => paragraph.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) if in_text => {
                let name = r.xml10_content();
                if let Some(c) = char_ref(&name) {
                    paragraph.push(c);
                    continue;
                }
                let resolved = match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => "",
                };
                paragraph.push_str(resolved);
            }
            Ok(Event::End(e)) => match e.name().as_ref() {
                "w:t" => in_text = false,
                "w:p" => {
                    if table_depth > 0 {
                        if !cell.is_empty() {
                            cell.push(' ');
                        }
                        cell.push_str(paragraph.trim());
                    } else {
                        out.push_str(&paragraph);
                        out.push('\n');
                    }
                    paragraph.clear();
                }
                "w:tc" => row.push(std::mem::take(&mut cell)),
                "w:tr" => {
                    out.push_str(&row.join("\t"));
                    out.push('\n');
                }
                "w:tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            Ok(_) => {}
        }
    }
    Ok(out)
}

/// A numeric character reference's character: `#20320` or `#x4F60`.
fn char_ref(name: &str) -> Option<char> {
    let num = name.strip_prefix('#')?;
    let value = match num.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => num.parse().ok()?,
    };
    char::from_u32(value)
}

/// The text of a PDF's text layer, page furniture removed and paragraphs joined back.
pub fn pdf_text(bytes: &[u8]) -> Result<String, InputError> {
    if bytes.windows(8).any(|w| w == b"/Encrypt") {
        return Err(InputError::PdfEncrypted);
    }
    // The PDF library may panic on malformed files: contain it, quietly.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(|| {
        let doc = pdf_extract::Document::load_mem(bytes)?;
        let mut lines = LineCollector::default();
        pdf_extract::output_doc(&doc, &mut lines)?;
        lines.finish();
        Ok::<_, pdf_extract::OutputError>(lines.lines)
    });
    std::panic::set_hook(hook);
    let lines = match result {
        Ok(Ok(lines)) => lines,
        Ok(Err(e)) => return Err(InputError::PdfBroken(one_line(&e.to_string()))),
        Err(_) => return Err(InputError::PdfBroken("its structure is damaged".into())),
    };
    let chars: usize = lines
        .iter()
        .map(|l| l.text.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    if chars < 10 {
        return Err(InputError::PdfNoText);
    }
    Ok(paragraphs(&lines))
}

/// A line of a PDF page: its text and where it starts and ends.
#[derive(Debug, Clone, Default)]
pub struct PdfLine {
    pub page: u32,
    pub text: String,
    pub left: f64,
    pub right: f64,
    pub y: f64,
    /// Font size, the unit for indents and gaps.
    pub size: f64,
}

/// Collects the characters pdf-extract reports into positioned lines.
#[derive(Default)]
struct LineCollector {
    page: u32,
    current: Option<PdfLine>,
    lines: Vec<PdfLine>,
}

impl LineCollector {
    fn finish(&mut self) {
        if let Some(line) = self.current.take()
            && !line.text.trim().is_empty()
        {
            self.lines.push(line);
        }
    }
}

impl pdf_extract::OutputDev for LineCollector {
    fn begin_page(
        &mut self,
        page_num: u32,
        _media_box: &pdf_extract::MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.finish();
        self.page = page_num;
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        self.finish();
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        let size = ((font_size * (trm.m11 + trm.m21)).abs()
            * (font_size * (trm.m12 + trm.m22)).abs())
        .sqrt();
        let size = if size.is_finite() && size > 0.0 {
            size
        } else {
            1.0
        };
        let (x, y) = (trm.m31, trm.m32);
        let same_line = self
            .current
            .as_ref()
            .is_some_and(|l| (l.y - y).abs() <= size * 0.5 && x >= l.left - size);
        if !same_line {
            self.finish();
            self.current = Some(PdfLine {
                page: self.page,
                text: String::new(),
                left: x,
                right: x,
                y,
                size,
            });
        }
        if let Some(line) = self.current.as_mut() {
            if x > line.right + size * 0.6 && !line.text.is_empty() {
                line.text.push(' ');
            }
            line.text.push_str(char);
            line.right = line.right.max(x + width * size);
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

/// Joins positioned lines into paragraphs, one a line of output. A paragraph starts at an
/// indented line, after a line that stops well short of the right margin, after a vertical
/// gap, at a new page's first line only if the last one ended a paragraph, and always at a
/// heading marker or the address `各位代表`. Short lines that repeat on three or more pages
/// (running heads and feet) and page numbers are dropped.
pub fn paragraphs(lines: &[PdfLine]) -> String {
    let mut repeats = std::collections::HashMap::<&str, std::collections::HashSet<u32>>::new();
    for l in lines.iter().filter(|l| l.text.chars().count() <= 40) {
        repeats.entry(l.text.trim()).or_default().insert(l.page);
    }
    let running = |l: &PdfLine| {
        let t = l.text.trim();
        repeats.get(t).is_some_and(|pages| pages.len() >= 3) && !t.starts_with("各位代表")
    };
    // Margins: the most common left edge, and the 90th percentile of right edges.
    let mut lefts: Vec<i64> = lines.iter().map(|l| l.left.round() as i64).collect();
    lefts.sort_unstable();
    let margin = mode(&lefts).unwrap_or(0) as f64;
    let mut rights: Vec<f64> = lines.iter().map(|l| l.right).collect();
    rights.sort_by(f64::total_cmp);
    let full = rights.get(rights.len() * 9 / 10).copied().unwrap_or(0.0);

    let mut out = String::new();
    let mut paragraph = String::new();
    let mut previous: Option<&PdfLine> = None;
    for line in lines {
        if running(line) {
            continue;
        }
        let text = tighten(line.text.trim());
        let normalized = crate::read::decode::normalize_line(&text);
        let starts = previous.is_none_or(|p| {
            let indented = line.left > margin + line.size * 0.8;
            let short_before = p.right < full - p.size * 1.5;
            let gap = p.page == line.page && (p.y - line.y).abs() > p.size * 2.2;
            indented || short_before || gap
        }) || crate::tree::heading::parse_marker(&normalized).is_some()
            || normalized.starts_with("各位代表");
        if starts && !paragraph.is_empty() {
            out.push_str(&paragraph);
            out.push('\n');
            paragraph.clear();
        }
        paragraph.push_str(&text);
        previous = Some(line);
    }
    if !paragraph.is_empty() {
        out.push_str(&paragraph);
        out.push('\n');
    }
    out
}

fn mode(sorted: &[i64]) -> Option<i64> {
    let mut best = None;
    let mut best_count = 0;
    let mut i = 0;
    while i < sorted.len() {
        let j = sorted[i..].iter().take_while(|v| **v == sorted[i]).count();
        if j > best_count {
            best = Some(sorted[i]);
            best_count = j;
        }
        i += j;
    }
    best
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops the spaces a PDF text layer puts next to Chinese characters (`4A 级` → `4A级`).
fn tighten(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let han = |c: Option<&char>| {
        c.is_some_and(|c| crate::text::is_han(*c) || "，。、；：！？“”（）".contains(*c))
    };
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !(**c == ' ' && (han(chars.get(i.wrapping_sub(1))) || han(chars.get(i + 1))))
        })
        .map(|(_, c)| *c)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats_from_content() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Format::Pdf);
        assert_eq!(sniff(b"PK\x03\x04rest"), Format::Docx);
        assert_eq!(sniff(b"\xEF\xBB\xBF<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(sniff(b"  <html lang=\"zh\"><body>"), Format::Html);
        assert_eq!(sniff("各位代表：\n一、回顾".as_bytes()), Format::Text);
        assert_eq!(sniff("a < b and <c>".as_bytes()), Format::Text);
    }

    #[test]
    fn charset_from_meta() {
        let page =
            b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
        assert_eq!(declared_charset(page), Some(encoding_rs::GBK));
        assert_eq!(
            declared_charset(b"<meta charset='UTF-8'>"),
            Some(encoding_rs::UTF_8)
        );
        assert_eq!(declared_charset(b"<html>"), None);
    }

    #[test]
    fn html_blocks_become_lines_and_furniture_goes() {
        let page = "<html><head><title>t</title><style>p{}</style></head><body><nav>首页 下载</nav>\
            <div><p>各位代表：</p><p>一、2023年工作回顾</p><p>地区生产总值<b>增长</b>7.1%。</p></div>\
            <script>var x='不是正文';</script><footer>版权所有</footer></body></html>";
        let text = html_text(page).unwrap();
        assert_eq!(
            text,
            "各位代表：\n一、2023年工作回顾\n地区生产总值增长7.1%。"
        );
        assert_eq!(
            html_text("<html><body><script>x</script></body></html>"),
            Err(InputError::HtmlEmpty)
        );
    }

    #[test]
    fn docx_paragraphs_and_tables() {
        let xml = r#"<w:document><w:body>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、2023年工作回顾</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">地区生产总值</w:t></w:r><w:r><w:t>增长7.1%&amp;。</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>目标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            </w:body></w:document>"#;
        assert_eq!(
            docx_xml_text(xml).unwrap(),
            "一、2023年工作回顾\n地区生产总值增长7.1%&。\n指标\t目标\n"
        );
    }

    fn line(page: u32, text: &str, left: f64, right: f64, y: f64) -> PdfLine {
        PdfLine {
            page,
            text: text.into(),
            left,
            right,
            y,
            size: 10.0,
        }
    }

    #[test]
    fn pdf_lines_join_into_paragraphs() {
        let lines = vec![
            line(1, "青岚县2024年政府工作报告", 150.0, 350.0, 800.0),
            line(1, "全年实现地区生产总值305.2亿元，增长", 70.0, 500.0, 780.0),
            line(
                1,
                "7.1%，增速居全市第二。国家4A 级旅游景区",
                50.0,
                500.0,
                768.0,
            ),
            line(1, "建成。", 50.0, 80.0, 756.0),
            line(1, "- 1 -", 270.0, 300.0, 40.0),
            line(2, "青岚县政府", 250.0, 300.0, 820.0),
            line(2, "一、回顾", 50.0, 120.0, 800.0),
            line(3, "青岚县政府", 250.0, 300.0, 820.0),
            line(
                3,
                "新的段落开始于缩进的一行，这一行很长很长很长很长很长很",
                70.0,
                500.0,
                800.0,
            ),
            line(3, "长。", 50.0, 70.0, 788.0),
            line(4, "青岚县政府", 250.0, 300.0, 820.0),
        ];
        let text = paragraphs(&lines);
        assert_eq!(
            text,
            "青岚县2024年政府工作报告\n全年实现地区生产总值305.2亿元，增长7.1%，增速居全市第二。国家4A级旅游景区建成。\n- 1 -\n一、回顾\n新的段落开始于缩进的一行，这一行很长很长很长很长很长很长。\n"
        );
    }

    #[test]
    fn bad_files_are_errors_not_panics() {
        assert!(matches!(
            pdf_text(b"%PDF-1.7\nnot really a pdf"),
            Err(InputError::PdfBroken(_) | InputError::PdfNoText)
        ));
        assert_eq!(
            pdf_text(b"%PDF-1.4\n1 0 obj<</Encrypt 2 0 R>>"),
            Err(InputError::PdfEncrypted)
        );
        assert!(matches!(
            docx_text(b"PK\x03\x04\x14\x00truncated"),
            Err(InputError::DocxBroken(_))
        ));
    }
}
