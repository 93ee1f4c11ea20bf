//! Stage zero: what kind of file this is, and its text.
//!
//! Reports come as plain text, web pages, Word files and PDFs. The kind is told from the
//! content (magic bytes, markup), not from the name. HTML, DOCX and PDF are turned into plain
//! text, one paragraph a line, and then go through the same decoding, cleaning and parsing
//! as a text file.
//!
//! Every input is bounded before any work that could grow with it: only regular files are
//! read, at most [`Limits::max_size`] bytes of them and of anything inflated from them (a
//! Word file's document, a PDF's streams), at most [`Limits::max_text`] bytes of text, and a
//! web page only when its markup is not nested so deep that parsing it turns quadratic.

// `pdf_text` contains the panics of pdf-extract on malformed files with `catch_unwind`, which
// only works when panics unwind (the profiles in Cargo.toml say so explicitly).
#[cfg(all(panic = "abort", not(fuzzing)))]
compile_error!(
    "govdiff must be built with panic = \"unwind\": read::input::pdf_text catches the panics of pdf-extract"
);

use std::io::{Cursor, Read};
use std::path::Path;

use ego_tree::NodeId;
use html5ever::tree_builder::{NodeOrText, TreeSink};
use scraper::{ElementRef, Html, node::Node};

/// How much of an input is read. A report is under a few hundred kilobytes of text (the
/// national report is about 100 KB); files are bigger when they are PDFs or Word files with
/// fonts and images. Anything larger is refused with a message naming the limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file read, and the largest part inflated from it (a Word file's
    /// document, a PDF's compressed streams taken together). 16 MiB by default.
    pub max_size: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_size: 16 << 20 }
    }
}

impl Limits {
    /// The largest text worked on: an eighth of [`Limits::max_size`] (2 MiB by default, twenty
    /// times the longest report), so that the pipeline's time stays bounded.
    pub fn max_text(&self) -> u64 {
        self.max_size / 8
    }
}

/// A size for messages: `16 MB`, `2.5 MB`, `900 KB`, `12 bytes`.
pub fn human_size(bytes: u64) -> String {
    const MB: u64 = 1 << 20;
    if bytes >= MB {
        let tenths = (bytes * 10).div_ceil(MB);
        if tenths.is_multiple_of(10) {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else if bytes >= 1024 {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        format!("{bytes} bytes")
    }
}

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

/// Why a file could not be read. Shown after the file name, on one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    #[error("{0}")]
    NotAFile(&'static str),
    #[error("the file is {}, over the limit of {} for a report (--max-size raises it)", human_size(*.size), human_size(*.limit))]
    TooLarge { size: u64, limit: u64 },
    #[error("the text is {}, over the limit of {} for a report's text (--max-size raises it)", human_size(*.size), human_size(*.limit))]
    TextTooLarge { size: u64, limit: u64 },
    #[error("the PDF has no text layer (a scanned document?): run OCR on it first")]
    PdfNoText,
    #[error("the PDF cannot be read: {0}")]
    PdfBroken(String),
    #[error("the PDF is encrypted: remove the password protection first")]
    PdfEncrypted,
    #[error(
        "the PDF has a text layer, but its fonts do not say which characters their glyphs are (no ToUnicode map): export it again with another program, or run OCR on it"
    )]
    PdfNoUnicode,
    #[error("the PDF's compressed streams inflate to more than {} (a PDF bomb?): refused (--max-size raises the limit)", human_size(*.0))]
    PdfTooLarge(u64),
    #[error("the PDF draws more than {} of drawing instructions (forms drawn within forms, over and over: a hostile file?): refused (--max-size raises the limit)", human_size(*.0))]
    PdfTooMuchDrawing(u64),
    #[error("the Word file cannot be read: {0}")]
    DocxBroken(String),
    #[error("the Word document inflates to more than {} (a zip bomb?): refused (--max-size raises the limit)", human_size(*.0))]
    DocxTooLarge(u64),
    #[error("this is a ZIP archive but not a Word (.docx) document")]
    NotDocx,
    #[error("Word 97-2003 (.doc) files are not supported: save it as .docx")]
    LegacyDoc,
    #[error("the web page holds no text")]
    HtmlEmpty,
    #[error(
        "the web page nests its elements too deep to parse in bounded time ({deepest} levels or more; real pages nest a few dozen)"
    )]
    HtmlTooDeep { deepest: usize },
}

/// What kind of thing a path names, when it is not a regular file; `None` for a regular file.
fn not_a_file(kind: std::fs::FileType) -> Option<&'static str> {
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("this is a directory, not a file");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some(
                "this is a named pipe (FIFO), not a file: save the report to a file first",
            );
        }
        if kind.is_char_device() || kind.is_block_device() {
            return Some("this is a device, not a file");
        }
        if kind.is_socket() {
            return Some("this is a socket, not a file");
        }
    }
    Some("this is not a regular file")
}

/// Why a file could not be read: the system's error, or one of ours.
#[derive(Debug)]
pub enum FileError {
    Io(std::io::Error),
    Input(InputError),
}

/// Reads a report file: only a regular file (a FIFO would block, a device never ends), and
/// only up to `limits.max_size` bytes. The type is checked before the file is opened, as
/// opening a FIFO blocks until someone writes to it.
pub fn read_file(path: &Path, limits: &Limits) -> Result<Vec<u8>, FileError> {
    let meta = std::fs::metadata(path).map_err(FileError::Io)?;
    if let Some(what) = not_a_file(meta.file_type()) {
        return Err(FileError::Input(InputError::NotAFile(what)));
    }
    let too_large = |size| {
        FileError::Input(InputError::TooLarge {
            size,
            limit: limits.max_size,
        })
    };
    if meta.len() > limits.max_size {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(FileError::Io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow after `metadata` (or lie about its size, as /proc files do).
    file.take(limits.max_size + 1)
        .read_to_end(&mut bytes)
        .map_err(FileError::Io)?;
    if bytes.len() as u64 > limits.max_size {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A file name as messages show it: control characters (a newline would break the one-line
/// message) are escaped as `\n`, `\t`, `\u{1b}`; everything else, Chinese included, is kept.
pub fn escape_name(name: &str) -> String {
    if !name.chars().any(char::is_control) {
        return name.to_string();
    }
    name.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
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
    let budget = (source.len() as u64 * NESTING_WORK_PER_BYTE).clamp(1_000_000, MAX_NESTING_WORK);
    let doc = parse_html_bounded(source, budget)?;
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

/// The most nesting work a page may cost. html5ever looks through its stack of open elements
/// at most start tags, so its time is about the sum, over the elements it inserts, of the
/// depth each is inserted at. A real page costs a few million (200,000 elements a few dozen
/// deep); 50,000 nested `<div>`s cost over a billion (seconds; hours at 500,000). The budget
/// grows with the page, [`NESTING_WORK_PER_BYTE`] a byte (a real page costs one or two), from
/// a million (cheap) to [`MAX_NESTING_WORK`] (under half a second), so that a hostile page is
/// refused in time proportional to its length.
const MAX_NESTING_WORK: u64 = 100_000_000;
const NESTING_WORK_PER_BYTE: u64 = 50;

/// Parses a page in slices, counting the nesting work as the tree grows, and gives up as
/// soon as it passes `max_work` ([`MAX_NESTING_WORK`]): the parser cannot be stopped from
/// inside, but between two slices it can, and one slice costs little.
fn parse_html_bounded(source: &str, max_work: u64) -> Result<Html, InputError> {
    use html5ever::tendril::TendrilSink;
    const SLICE: usize = 8 * 1024;
    let nesting = std::rc::Rc::new(std::cell::Cell::new(Nesting::default()));
    let sink = DepthSink {
        inner: scraper::HtmlTreeSink::new(Html::new_document()),
        depths: Default::default(),
        nesting: nesting.clone(),
    };
    let mut parser = html5ever::driver::parse_document(sink, Default::default());
    let mut rest = source;
    while !rest.is_empty() {
        let mut end = rest.len().min(SLICE);
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        let (slice, tail) = rest.split_at(end);
        parser.process(slice.into());
        rest = tail;
        if nesting.get().work > max_work {
            return Err(InputError::HtmlTooDeep {
                deepest: nesting.get().deepest,
            });
        }
    }
    Ok(parser.finish())
}

/// How deep a page's elements nest, as measured while parsing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Nesting {
    /// The deepest element.
    deepest: usize,
    /// The sum over elements of the depth each was inserted at.
    work: u64,
}

/// scraper's tree sink, counting the depth at which html5ever inserts each element.
struct DepthSink {
    inner: scraper::HtmlTreeSink,
    depths: std::cell::RefCell<std::collections::HashMap<NodeId, usize>>,
    nesting: std::rc::Rc<std::cell::Cell<Nesting>>,
}

impl DepthSink {
    /// Records that `child` now sits under `parent` (or beside `sibling`, at its depth + 1
    /// when `parent_depth` is the sibling's parent's).
    fn placed(&self, parent_depth: usize, child: &NodeOrText<NodeId>) {
        if let NodeOrText::AppendNode(id) = child {
            let depth = parent_depth + 1;
            self.depths.borrow_mut().insert(*id, depth);
            let mut n = self.nesting.get();
            n.deepest = n.deepest.max(depth);
            n.work = n.work.saturating_add(depth as u64);
            self.nesting.set(n);
        }
    }

    fn depth(&self, id: &NodeId) -> usize {
        self.depths.borrow().get(id).copied().unwrap_or(0)
    }
}

impl TreeSink for DepthSink {
    type Handle = NodeId;
    type Output = Html;
    type ElemName<'a> = <scraper::HtmlTreeSink as TreeSink>::ElemName<'a>;

    fn finish(self) -> Html {
        self.inner.finish()
    }
    fn parse_error(&self, msg: std::borrow::Cow<'static, str>) {
        self.inner.parse_error(msg)
    }
    fn get_document(&self) -> NodeId {
        self.inner.get_document()
    }
    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Self::ElemName<'a> {
        self.inner.elem_name(target)
    }
    fn create_element(
        &self,
        name: html5ever::QualName,
        attrs: Vec<html5ever::Attribute>,
        flags: html5ever::tree_builder::ElementFlags,
    ) -> NodeId {
        self.inner.create_element(name, attrs, flags)
    }
    fn create_comment(&self, text: html5ever::tendril::StrTendril) -> NodeId {
        self.inner.create_comment(text)
    }
    fn create_pi(
        &self,
        target: html5ever::tendril::StrTendril,
        data: html5ever::tendril::StrTendril,
    ) -> NodeId {
        self.inner.create_pi(target, data)
    }
    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.placed(self.depth(parent), &child);
        self.inner.append(parent, child)
    }
    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        self.placed(self.depth(element).max(self.depth(prev_element)), &child);
        self.inner
            .append_based_on_parent_node(element, prev_element, child)
    }
    fn append_doctype_to_document(
        &self,
        name: html5ever::tendril::StrTendril,
        public_id: html5ever::tendril::StrTendril,
        system_id: html5ever::tendril::StrTendril,
    ) {
        self.inner
            .append_doctype_to_document(name, public_id, system_id)
    }
    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.inner.get_template_contents(target)
    }
    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        self.inner.same_node(x, y)
    }
    fn set_quirks_mode(&self, mode: html5ever::tree_builder::QuirksMode) {
        self.inner.set_quirks_mode(mode)
    }
    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        self.placed(self.depth(sibling).saturating_sub(1), &new_node);
        self.inner.append_before_sibling(sibling, new_node)
    }
    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<html5ever::Attribute>) {
        self.inner.add_attrs_if_missing(target, attrs)
    }
    fn remove_from_parent(&self, target: &NodeId) {
        self.inner.remove_from_parent(target)
    }
    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.inner.reparent_children(node, new_parent)
    }
}

/// Appends the text of `root`'s subtree: one block element a line, cells tab-separated.
/// Iterative, so that no depth of nesting can overflow the stack: `None` on the work stack
/// closes a block element.
fn walk_html(root: ElementRef, out: &mut String) {
    let mut work = vec![Some(*root)];
    while let Some(step) = work.pop() {
        let Some(node) = step else {
            out.push('\n');
            continue;
        };
        match node.value() {
            Node::Text(t) => push_collapsed(t, out),
            Node::Element(element) => {
                let name = element.name();
                if SKIPPED.contains(&name) {
                    continue;
                }
                if (name == "td" || name == "th") && node.id() != root.id() {
                    out.push('\t');
                }
                if BLOCKS.contains(&name) {
                    out.push('\n');
                    work.push(None);
                }
                work.extend(node.children().rev().map(Some));
            }
            _ => {}
        }
    }
}

/// Appends a text node, whitespace inside markup being layout, not text: collapsed.
fn push_collapsed(text: &str, out: &mut String) {
    let mut last_space = out.ends_with([' ', '\n']);
    for c in text.chars() {
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

/// The text of a Word document: one paragraph a line, table rows as lines of tab-separated
/// cells, headings kept as text.
///
/// The document is inflated to at most `max_inflated` bytes: a small ZIP can inflate to
/// gigabytes (a zip bomb), and the size the archive declares may lie.
pub fn docx_text(bytes: &[u8], max_inflated: u64) -> Result<String, InputError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| InputError::DocxBroken(one_line(&e.to_string())))?;
    let mut xml = Vec::new();
    {
        let file = archive.by_name("word/document.xml").map_err(|e| match e {
            zip::result::ZipError::FileNotFound => InputError::NotDocx,
            e => InputError::DocxBroken(one_line(&e.to_string())),
        })?;
        if file.size() > max_inflated {
            return Err(InputError::DocxTooLarge(max_inflated));
        }
        file.take(max_inflated + 1)
            .read_to_end(&mut xml)
            .map_err(|e| InputError::DocxBroken(one_line(&e.to_string())))?;
    }
    if xml.len() as u64 > max_inflated {
        return Err(InputError::DocxTooLarge(max_inflated));
    }
    let xml = String::from_utf8(xml).map_err(|_| {
        InputError::DocxBroken("its document is not valid UTF-8 (a damaged file?)".into())
    })?;
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
            Err(e) => return Err(InputError::DocxBroken(one_line(&e.to_string()))),
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

/// An error message of a library on one line.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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
    fn deep_markup_is_refused_before_it_costs_much() {
        let nested = |depth: usize| {
            format!(
                "<html><body>{}<p>各位代表:一、2023年工作回顾。</p>{}</body></html>",
                "<div>".repeat(depth),
                "</div>".repeat(depth)
            )
        };
        // 3,000 nested elements cost 4.5 million, over the budget of a 33 KB page (1.65
        // million); 1,000 cost half a million.
        assert!(matches!(
            html_text(&nested(3000)),
            Err(InputError::HtmlTooDeep { deepest }) if deepest > 1000 && deepest <= 3003
        ));
        assert!(html_text(&nested(1000)).unwrap().contains("各位代表"));
        // Unclosed `<b>`s nest as deep as `<div>`s; unclosed `<p>`s close each other.
        let bold = format!("<html><body>{}</body></html>", "<b>字".repeat(3000));
        assert!(parse_html_bounded(&bold, 1_000_000).is_err());
        let paragraphs = format!("<html><body>{}</body></html>", "<p>段落".repeat(30_000));
        assert!(parse_html_bounded(&paragraphs, 1_000_000).is_ok());
    }

    #[test]
    fn walking_a_deep_tree_does_not_recurse() {
        use html5ever::{QualName, ns};
        let element = |name: &str| {
            Node::Element(scraper::node::Element::new(
                QualName::new(None, ns!(html), name.into()),
                Vec::new(),
            ))
        };
        let mut doc = Html::new_document();
        let root = doc.tree.root().id();
        let Some(mut at) = doc
            .tree
            .get_mut(root)
            .map(|mut r| r.append(element("html")).id())
        else {
            panic!("no root")
        };
        // Deeper than any stack: the recursive walk overflowed at about 50,000.
        for _ in 0..300_000 {
            let Some(mut node) = doc.tree.get_mut(at) else {
                panic!("lost node")
            };
            at = node.append(element("div")).id();
        }
        if let Some(mut node) = doc.tree.get_mut(at) {
            node.append(Node::Text(scraper::node::Text {
                text: "各位代表".into(),
            }));
        }
        let mut out = String::new();
        walk_html(doc.root_element(), &mut out);
        assert_eq!(out.trim(), "各位代表");
    }

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let limits = Limits { max_size: 100 };
        let refused = |path: &Path| match read_file(path, &limits) {
            Err(FileError::Input(e)) => e.to_string(),
            other => panic!("{other:?}"),
        };
        assert!(refused(dir.path()).contains("directory"));
        let big = dir.path().join("big.txt");
        std::fs::write(&big, [b'a'; 101]).unwrap();
        assert_eq!(
            refused(&big),
            "the file is 101 bytes, over the limit of 100 bytes for a report (--max-size raises it)"
        );
        let small = dir.path().join("small.txt");
        std::fs::write(&small, [b'a'; 100]).unwrap();
        assert_eq!(read_file(&small, &limits).unwrap().len(), 100);
        #[cfg(unix)]
        {
            let zero = Path::new("/dev/zero");
            if zero.exists() {
                assert!(refused(zero).contains("device"));
            }
        }
    }

    #[test]
    fn names_are_escaped_to_one_line() {
        assert_eq!(escape_name("报告\n2023.txt"), "报告\\n2023.txt");
        assert_eq!(escape_name("a\tb\u{1b}c"), "a\\tb\\u{1b}c");
        assert_eq!(escape_name("青岚县 2023.txt"), "青岚县 2023.txt");
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(human_size(16 << 20), "16 MB");
        assert_eq!(human_size(55_300_000), "52.8 MB");
        assert_eq!(human_size(2048), "2 KB");
        assert_eq!(human_size(12), "12 bytes");
    }

    #[test]
    fn a_zip_bomb_is_not_inflated() {
        use std::io::Write;
        let mut buffer = Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buffer);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            zip.start_file("word/document.xml", options).unwrap();
            zip.write_all(b"<w:document><w:body><w:p><w:r><w:t>")
                .unwrap();
            zip.write_all(&[b' '; 1 << 20]).unwrap();
            zip.write_all(b"</w:t></w:r></w:p></w:body></w:document>")
                .unwrap();
            zip.finish().unwrap();
        }
        let bytes = buffer.into_inner();
        assert!(bytes.len() < 10_000);
        assert_eq!(
            docx_text(&bytes, 64 << 10),
            Err(InputError::DocxTooLarge(64 << 10))
        );
        assert!(docx_text(&bytes, 2 << 20).is_ok());
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

    #[test]
    fn bad_files_are_errors_not_panics() {
        assert!(matches!(
            docx_text(b"PK\x03\x04\x14\x00truncated", 1 << 20),
            Err(InputError::DocxBroken(_))
        ));
    }
}
