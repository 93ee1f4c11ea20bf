//! PDF: the text layer, read within bounds.
//!
//! pdf-extract (over lopdf) reads the glyphs; this module keeps it from being turned against
//! the reader. Before the document is loaded, its compressed streams are inflated into
//! nothing, counting, so that a PDF bomb is refused before it costs memory; after, images
//! are emptied (pdf-extract would parse them as drawing instructions), the page tree is
//! checked for loops and the drawing of forms within forms is counted, so that a form that
//! draws itself, or forms that draw each other twice forty levels deep, are refused instead
//! of overflowing the stack or running for ever. pdf-extract panics on some malformed files:
//! the panic is caught (the profiles unwind) and reported with its reason.

use std::collections::{HashMap, HashSet};
use std::io::Read;

use pdf_extract::{Dictionary, Document, Object, ObjectId};

use super::input::{InputError, Limits, one_line};

/// The text of a PDF's text layer, page furniture removed and paragraphs joined back.
pub fn pdf_text(bytes: &[u8], limits: &Limits) -> Result<String, InputError> {
    if bytes.windows(8).any(|w| w == b"/Encrypt") {
        return Err(InputError::PdfEncrypted);
    }
    let budget = limits.max_size.saturating_mul(4);
    check_inflated_size(bytes, budget)?;
    let lines = contained(|| {
        let mut doc = Document::load_mem(bytes)
            .map_err(|e| InputError::PdfBroken(one_line(&e.to_string())))?;
        empty_images(&mut doc);
        adapt_chinese_cmaps(&mut doc);
        check_page_tree(&doc)?;
        check_drawing_work(&doc, budget)?;
        let mut lines = LineCollector::default();
        pdf_extract::output_doc(&doc, &mut lines)
            .map_err(|e| InputError::PdfBroken(one_line(&e.to_string())))?;
        lines.finish();
        Ok(lines)
    })?;
    let chars: usize = lines
        .lines
        .iter()
        .map(|l| l.text.chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    if chars < 10 {
        return Err(if lines.unmapped >= 10 {
            InputError::PdfNoUnicode
        } else {
            InputError::PdfNoText
        });
    }
    Ok(paragraphs(&lines.lines))
}

/// Runs `f`, turning a panic of the PDF library into an error with its reason. The panic
/// hook is silenced meanwhile, so that no panic message reaches the user.
fn contained<T>(f: impl FnOnce() -> Result<T, InputError>) -> Result<T, InputError> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(hook);
    match result {
        Ok(result) => result,
        Err(payload) => {
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("");
            Err(InputError::PdfBroken(panic_reason(message)))
        }
    }
}

/// What a panic of pdf-extract means for the user.
fn panic_reason(message: &str) -> String {
    let message = one_line(message);
    if message.contains("unsupported encoding")
        || message.contains("unsupported cmap")
        || message.contains("unsupported ToUnicode")
    {
        let what: String = message.chars().take(80).collect();
        format!("a font uses an encoding the PDF reader does not support ({what})")
    } else {
        "its structure is damaged".into()
    }
}

/// Refuses a PDF whose compressed streams (FlateDecode, the filter of nearly all of them)
/// inflate, taken together, to more than `budget` bytes: a PDF bomb. Streams are found in the
/// raw bytes (`stream` … `endstream`) and inflated into nothing, so this costs time but no
/// memory, and runs before lopdf loads the file (which inflates object streams). Image
/// streams are left out: they are emptied before extraction.
fn check_inflated_size(bytes: &[u8], budget: u64) -> Result<(), InputError> {
    let mut total = 0u64;
    let mut at = 0;
    while let Some(found) = find(&bytes[at..], b"stream") {
        let start = at + found;
        at = start + b"stream".len();
        if bytes[..start].ends_with(b"end") {
            continue;
        }
        let data_start = match &bytes[at..] {
            [b'\r', b'\n', ..] => at + 2,
            [b'\n', ..] | [b'\r', ..] => at + 1,
            _ => continue,
        };
        let data_end =
            find(&bytes[data_start..], b"endstream").map_or(bytes.len(), |e| data_start + e);
        let dict = &bytes[start.saturating_sub(1024)..start];
        let dict = find_last(dict, b"obj").map_or(dict, |o| &dict[o..]);
        at = data_end;
        if !contains(dict, b"/FlateDecode") && !contains(dict, b"/Fl ") && !contains(dict, b"/Fl/")
            || contains(dict, b"/Image")
        {
            continue;
        }
        let remaining = budget.saturating_sub(total);
        let inflater = flate2::read::ZlibDecoder::new(&bytes[data_start..data_end]);
        // Counted as it goes: a stream that fails at its end (a bad checksum) has still been
        // inflated, and lopdf keeps what it inflated.
        let mut counter = Counter(0);
        let _ = std::io::copy(&mut inflater.take(remaining + 1), &mut counter);
        total += counter.0;
        if total > budget {
            return Err(InputError::PdfTooLarge(budget));
        }
    }
    Ok(())
}

/// A writer that keeps nothing and counts.
struct Counter(u64);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    find(haystack, needle).is_some()
}

/// Empties image streams: pdf-extract inflates every XObject a page draws and parses it as
/// drawing instructions, images included, which costs time and memory and finds no text.
fn empty_images(doc: &mut Document) {
    for object in doc.objects.values_mut() {
        if let Object::Stream(stream) = object
            && stream
                .dict
                .get(b"Subtype")
                .and_then(Object::as_name)
                .is_ok_and(|n| n == b"Image")
        {
            stream.dict.remove(b"Filter");
            stream.dict.remove(b"DecodeParms");
            stream.set_content(Vec::new());
        }
    }
}

/// Chinese CMaps of the PDF standard that pdf-extract does not know (it panics on them),
/// used by PDFs written with a non-embedded font such as STSong-Light (iText and office
/// systems of government sites): in the UCS-2 and UTF-16 ones a code is the character's
/// Unicode value; in the GBK ones, its GBK bytes.
const UNICODE_CMAPS: &[&[u8]] = &[
    b"UniGB-UCS2-H",
    b"UniGB-UCS2-V",
    b"UniGB-UTF16-H",
    b"UniGB-UTF16-V",
    b"UniCNS-UCS2-H",
    b"UniCNS-UCS2-V",
    b"UniCNS-UTF16-H",
    b"UniCNS-UTF16-V",
];
const GBK_CMAPS: &[&[u8]] = &[
    b"GBK-EUC-H",
    b"GBK-EUC-V",
    b"GBKp-EUC-H",
    b"GBKp-EUC-V",
    b"GB-EUC-H",
    b"GB-EUC-V",
    b"GBK2K-H",
    b"GBK2K-V",
];

/// Rewrites the composite fonts that use a Chinese CMap into the form pdf-extract reads:
/// an explicit encoding CMap whose codes are their own CIDs, and a `ToUnicode` map from
/// those codes to characters (when the font has none).
fn adapt_chinese_cmaps(doc: &mut Document) {
    let fonts: Vec<(ObjectId, bool)> = doc
        .objects
        .iter()
        .filter_map(|(id, object)| {
            let dict = object.as_dict().ok()?;
            if dict.get(b"Subtype").and_then(Object::as_name).ok()? != b"Type0" {
                return None;
            }
            let encoding = dict.get(b"Encoding").and_then(Object::as_name).ok()?;
            if UNICODE_CMAPS.contains(&encoding) {
                Some((*id, false))
            } else if GBK_CMAPS.contains(&encoding) {
                Some((*id, true))
            } else {
                None
            }
        })
        .collect();
    if fonts.is_empty() {
        return;
    }
    // Identity-H is pdf-extract's own: two-byte codes that are their own CIDs.
    let unicode = (
        Object::Name(b"Identity-H".to_vec()),
        Object::Reference(doc.add_object(cmap_stream(&unicode_to_unicode()))),
    );
    let gbk = if fonts.iter().any(|(_, gbk)| *gbk) {
        Some((
            Object::Reference(doc.add_object(cmap_stream(GBK_IDENTITY_CMAP))),
            Object::Reference(doc.add_object(cmap_stream(&gbk_to_unicode()))),
        ))
    } else {
        None
    };
    for (id, is_gbk) in fonts {
        let (encoding, to_unicode) = match (is_gbk, &gbk) {
            (true, Some(gbk)) => gbk.clone(),
            _ => unicode.clone(),
        };
        if let Ok(dict) = doc.get_dictionary_mut(id) {
            dict.set("Encoding", encoding);
            if !dict.has(b"ToUnicode") {
                dict.set("ToUnicode", to_unicode);
            }
        }
    }
}

fn cmap_stream(text: &str) -> Object {
    Object::Stream(pdf_extract::Stream::new(
        Dictionary::new(),
        text.as_bytes().to_vec(),
    ))
}

/// An encoding CMap whose codes are their own CIDs: one byte up to 0x80, two from 0x8140
/// (GBK). Written for adobe-cmap-parser 0.4 as it reads CMaps: it takes a code range's width
/// as half its number of bytes (so `<0000> <0080>` is one byte wide, `<00008140> <0000FEFE>`
/// two), and misreads blocks of several `cidrange`s (so one a block). `tests` check it reads.
const GBK_IDENTITY_CMAP: &str = "begincmap\n2 begincodespacerange\n<0000> <0080>\n<00008140> <0000FEFE>\nendcodespacerange\n1 begincidrange\n<00> <80> 0\nendcidrange\n1 begincidrange\n<8140> <FEFE> 0\nendcidrange\nendcmap\n";

/// A `ToUnicode` map from UCS-2 codes to themselves (surrogates left out).
fn unicode_to_unicode() -> String {
    let mut out =
        String::from("begincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    let highs: Vec<u32> = (0..=0xFFu32)
        .filter(|h| !(0xD8..=0xDF).contains(h))
        .collect();
    for block in highs.chunks(100) {
        out.push_str(&format!("{} beginbfrange\n", block.len()));
        for h in block {
            out.push_str(&format!("<{h:02X}00> <{h:02X}FF> <{h:02X}00>\n"));
        }
        out.push_str("endbfrange\n");
    }
    out.push_str("endcmap\n");
    out
}

/// A `ToUnicode` map from GBK codes (one byte up to 0x80, two from 0x8140) to characters.
fn gbk_to_unicode() -> String {
    let mut pairs: Vec<(u32, char)> = (0x20..0x7Fu32).map(|b| (b, b as u8 as char)).collect();
    for lead in 0x81..=0xFEu8 {
        for trail in (0x40..=0xFEu8).filter(|t| *t != 0x7F) {
            if let Some(text) =
                encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(&[lead, trail])
                && let Some(c) = text.chars().next()
            {
                pairs.push((u32::from(lead) << 8 | u32::from(trail), c));
            }
        }
    }
    let mut out = String::from(
        "begincmap\n2 begincodespacerange\n<00> <80>\n<8140> <FEFE>\nendcodespacerange\n",
    );
    for block in pairs.chunks(100) {
        out.push_str(&format!("{} beginbfchar\n", block.len()));
        for (code, c) in block {
            let code = if *code < 0x100 {
                format!("{code:02X}")
            } else {
                format!("{code:04X}")
            };
            let mut units = [0u16; 2];
            let hex: String = c
                .encode_utf16(&mut units)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            out.push_str(&format!("<{code}> <{hex}>\n"));
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\n");
    out
}

/// The page's dictionary and its ancestors', nearest first, as pdf-extract climbs them
/// for inherited entries (`Resources`, `MediaBox`); `None` when the chain loops, which would
/// make pdf-extract climb for ever.
fn page_ancestry(doc: &Document, page: ObjectId) -> Option<Vec<&Dictionary>> {
    let mut chain = Vec::new();
    let mut seen = HashSet::new();
    let mut id = Some(page);
    while let Some(current) = id {
        if !seen.insert(current) {
            return None;
        }
        let Ok(dict) = doc.get_dictionary(current) else {
            break;
        };
        chain.push(dict);
        id = dict.get(b"Parent").and_then(Object::as_reference).ok();
    }
    Some(chain)
}

/// Refuses a page tree whose `Parent` links loop.
fn check_page_tree(doc: &Document) -> Result<(), InputError> {
    for page in doc.page_iter() {
        if page_ancestry(doc, page).is_none() {
            return Err(InputError::PdfBroken(
                "its page tree loops (a page is its own ancestor)".into(),
            ));
        }
    }
    Ok(())
}

/// A form (an XObject drawn with `Do`) as pdf-extract draws it: its stream and the resources
/// its names are looked up in (its own, or the caller's when it has none).
type FormKey = (ObjectId, usize);

/// Refuses a PDF whose pages and the forms they draw would make pdf-extract process more than
/// `budget` bytes of drawing instructions: forms that draw themselves (directly or through
/// others: endless recursion) or that draw each other many times over (2 draws a level, 40
/// levels: a trillion). Counts, for every page, its content and, recursively, the content of
/// every form it draws, with each form's count remembered.
fn check_drawing_work(doc: &Document, budget: u64) -> Result<(), InputError> {
    let mut forms = FormCounter {
        doc,
        memo: HashMap::new(),
        names: HashMap::new(),
        budget,
    };
    let mut total = 0u64;
    for page in doc.page_iter() {
        let Some(ancestry) = page_ancestry(doc, page) else {
            continue;
        };
        let resources = ancestry
            .iter()
            .find_map(|d| d.get(b"Resources").ok())
            .and_then(|r| doc.dereference(r).ok())
            .and_then(|(_, r)| r.as_dict().ok());
        let content = doc.get_page_content(page).unwrap_or_default();
        total = total.saturating_add(content.len() as u64);
        for name in drawn_names(&content) {
            total = total.saturating_add(forms.work(resources, &name, 0)?);
        }
        if total > budget {
            return Err(InputError::PdfTooMuchDrawing(budget));
        }
    }
    Ok(())
}

struct FormCounter<'a> {
    doc: &'a Document,
    /// Bytes processed to draw a form once, everything it draws included.
    memo: HashMap<FormKey, u64>,
    /// The names each form stream draws, and its content's length.
    names: HashMap<ObjectId, (Vec<Vec<u8>>, u64)>,
    budget: u64,
}

impl<'a> FormCounter<'a> {
    /// Bytes processed when `name` is drawn with `resources`; an error past the budget or
    /// past 64 levels of forms within forms (which is also how a loop shows).
    fn work(
        &mut self,
        resources: Option<&'a Dictionary>,
        name: &[u8],
        depth: usize,
    ) -> Result<u64, InputError> {
        let doc = self.doc;
        let Some(id) = resources
            .and_then(|r| r.get(b"XObject").ok())
            .and_then(|x| doc.dereference(x).ok())
            .and_then(|(_, x)| x.as_dict().ok())
            .and_then(|x| x.get(name).ok())
            .and_then(|o| o.as_reference().ok())
        else {
            return Ok(0);
        };
        let Ok(Object::Stream(stream)) = doc.get_object(id) else {
            return Ok(0);
        };
        let own = stream
            .dict
            .get(b"Resources")
            .ok()
            .and_then(|r| doc.dereference(r).ok())
            .and_then(|(_, r)| r.as_dict().ok());
        let effective = own.or(resources);
        let key: FormKey = (id, effective.map_or(0, |r| r as *const Dictionary as usize));
        if let Some(&work) = self.memo.get(&key) {
            return Ok(work);
        }
        if depth >= 64 {
            return Err(InputError::PdfBroken(
                "its drawings are nested over 64 forms deep, or draw themselves".into(),
            ));
        }
        let (names, length) = self
            .names
            .entry(id)
            .or_insert_with(|| {
                let content = stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone());
                let length = content.len() as u64;
                (drawn_names(&content), length)
            })
            .clone();
        let mut work = length;
        for name in &names {
            work = work.saturating_add(self.work(effective, name, depth + 1)?);
            if work > self.budget {
                return Err(InputError::PdfTooMuchDrawing(self.budget));
            }
        }
        self.memo.insert(key, work);
        Ok(work)
    }
}

/// The names a content stream draws with `Do`.
fn drawn_names(content: &[u8]) -> Vec<Vec<u8>> {
    let Ok(content) = pdf_extract::content::Content::decode(content) else {
        return Vec::new();
    };
    content
        .operations
        .into_iter()
        .filter(|op| op.operator == "Do")
        .filter_map(|op| op.operands.first()?.as_name().ok().map(<[u8]>::to_vec))
        .collect()
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
    /// Glyphs whose font does not say which character they are (no ToUnicode map).
    unmapped: usize,
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
        if char.is_empty() {
            self.unmapped += 1;
            return Ok(());
        }
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

    /// A PDF made of these object bodies (object 1 is the catalog), with its cross-reference
    /// table.
    fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        let xref = out.len();
        out.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
        );
        for o in offsets {
            out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        out
    }

    fn stream(data: &[u8], extra: &str) -> Vec<u8> {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(data).unwrap();
        let data = z.finish().unwrap();
        let mut out = format!(
            "<< /Length {} /Filter /FlateDecode {extra} >>\nstream\n",
            data.len()
        )
        .into_bytes();
        out.extend_from_slice(&data);
        out.extend_from_slice(b"\nendstream");
        out
    }

    const LINES: [&str; 3] = [
        "示例县2024年政府工作报告",
        "一、2023年工作回顾",
        "全年实现地区生产总值305.2亿元，增长7.1%。",
    ];

    /// One page showing `LINES` in font F1, each line's codes made by `encode`.
    fn page_with_font(font: &[u8], descendant: &[u8], encode: fn(&str) -> Vec<u8>) -> Vec<u8> {
        let mut content = b"BT /F1 12 Tf\n".to_vec();
        for (i, line) in LINES.iter().enumerate() {
            let hex: String = encode(line).iter().map(|b| format!("{b:02X}")).collect();
            content.extend_from_slice(
                format!("1 0 0 1 50 {} Tm <{hex}> Tj\n", 800 - 20 * i).as_bytes(),
            );
        }
        content.extend_from_slice(b"ET");
        pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
            stream(&content, ""),
            font.to_vec(),
            descendant.to_vec(),
            b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>".to_vec(),
            // A ToUnicode map for the fonts that use code = position in `chars()`.
            stream(&tounicode(), ""),
        ])
    }

    fn chars() -> Vec<char> {
        let mut chars: Vec<char> = LINES.concat().chars().collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    }

    fn by_position(line: &str) -> Vec<u8> {
        let chars = chars();
        line.chars()
            .flat_map(|c| {
                (chars.iter().position(|x| *x == c).unwrap_or(0) as u16 + 1).to_be_bytes()
            })
            .collect()
    }

    fn tounicode() -> Vec<u8> {
        let mut out = format!(
            "begincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n{} beginbfchar\n",
            chars().len()
        );
        for (i, c) in chars().iter().enumerate() {
            out.push_str(&format!("<{:04X}> <{:04X}>\n", i + 1, *c as u32));
        }
        out.push_str("endbfchar\nendcmap\n");
        out.into_bytes()
    }

    const DESCENDANT: &[u8] = b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>";

    fn read(bytes: &[u8]) -> Result<String, InputError> {
        pdf_text(bytes, &Limits::default())
    }

    #[test]
    fn a_text_layer_is_read_whatever_its_font_encoding() {
        let expected = "示例县2024年政府工作报告\n一、2023年工作回顾\n全年实现地区生产总值305.2亿元，增长7.1%。\n";
        // Embedded-style CID font with a ToUnicode map (how Noto CJK is written).
        let identity = page_with_font(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /NotoSansCJKsc-Regular /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>",
            DESCENDANT,
            by_position,
        );
        assert_eq!(read(&identity).as_deref(), Ok(expected));
        // A non-embedded STSong-Light with Chinese CMaps pdf-extract does not know.
        let ucs2 = page_with_font(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
            DESCENDANT,
            |l| l.encode_utf16().flat_map(u16::to_be_bytes).collect(),
        );
        assert_eq!(read(&ucs2).as_deref(), Ok(expected));
        let gbk = page_with_font(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /GBK-EUC-H /DescendantFonts [6 0 R] >>",
            DESCENDANT,
            |l| encoding_rs::GBK.encode(l).0.into_owned(),
        );
        assert_eq!(read(&gbk).as_deref(), Ok(expected));
    }

    #[test]
    fn no_text_layer_only_when_there_is_none() {
        // Glyphs without a ToUnicode map: a text layer that cannot be read, not a scan.
        let unmapped = page_with_font(
            b"<< /Type /Font /Subtype /Type0 /BaseFont /NotoSansCJKsc-Regular /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
            DESCENDANT,
            by_position,
        );
        assert_eq!(read(&unmapped), Err(InputError::PdfNoUnicode));
        // Only an image: a scan.
        let scan = pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
            stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q", ""),
            stream(&[0xFF; 100], "/Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8"),
        ]);
        assert_eq!(read(&scan), Err(InputError::PdfNoText));
    }

    /// A page drawing form X (object 5), whose content and resources are given.
    fn drawing(forms: &[(&[u8], String)]) -> Vec<u8> {
        let mut objects = vec![
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>".to_vec(),
            stream(b"/X Do", ""),
        ];
        for (content, resources) in forms {
            objects.push(stream(
                content,
                &format!("/Type /XObject /Subtype /Form /BBox [0 0 10 10] {resources}"),
            ));
        }
        pdf(&objects)
    }

    #[test]
    fn forms_that_draw_themselves_or_multiply_are_refused() {
        // A form that draws itself: pdf-extract would recurse until the stack overflows.
        let looping = drawing(&[(b"/X Do", "/Resources << /XObject << /X 5 0 R >> >>".into())]);
        assert!(
            matches!(read(&looping), Err(InputError::PdfBroken(m)) if m.contains("draw themselves"))
        );
        // Forty forms each drawing the next twice: 2^40 draws.
        let forms: Vec<(&[u8], String)> = (0..40)
            .map(|i| {
                if i < 39 {
                    (
                        &b"/X Do /X Do"[..],
                        format!("/Resources << /XObject << /X {} 0 R >> >>", 6 + i),
                    )
                } else {
                    (&b"0 0 m 1 1 l S"[..], String::new())
                }
            })
            .collect();
        assert!(matches!(
            read(&drawing(&forms)),
            Err(InputError::PdfTooMuchDrawing(_))
        ));
    }

    #[test]
    fn bombs_and_loops_are_refused_before_they_cost() {
        // A content stream of 4 MB of spaces, against a budget of 4 × 256 KB.
        let bomb = pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_vec(),
            stream(&vec![b' '; 4 << 20], ""),
        ]);
        assert!(bomb.len() < 10_000);
        assert_eq!(
            pdf_text(
                &bomb,
                &Limits {
                    max_size: 256 << 10
                }
            ),
            Err(InputError::PdfTooLarge(1 << 20))
        );
        // A page that is its own parent, with no MediaBox to find.
        let tree = pdf(&[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 3 0 R /Contents 4 0 R >>".to_vec(),
            stream(b"", ""),
        ]);
        assert!(matches!(read(&tree), Err(InputError::PdfBroken(m)) if m.contains("loops")));
    }

    #[test]
    fn malformed_files_are_errors_not_panics() {
        assert!(matches!(
            read(b"%PDF-1.7\nnot really a pdf"),
            Err(InputError::PdfBroken(_) | InputError::PdfNoText)
        ));
        assert_eq!(
            read(b"%PDF-1.4\n1 0 obj<</Encrypt 2 0 R>>"),
            Err(InputError::PdfEncrypted)
        );
    }
}
