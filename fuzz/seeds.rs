//! Seed inputs for the fuzzers, made from the samples in every form the reader takes: text
//! (UTF-8, GB18030, UTF-16 with a BOM), web pages (UTF-8 and GBK), a Word file, a PDF with a
//! text layer, and the sample pair for `compare`. Shared by `fuzz/mutate.rs` (the example `mutate`) (which also
//! writes them out for cargo-fuzz) and `tests/mutations.rs`.
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;

/// `(name, bytes)` of every seed; `pairs` are the inputs of the `compare` target.
pub struct Seeds {
    pub reports: Vec<(String, Vec<u8>)>,
    pub pairs: Vec<(String, Vec<u8>)>,
}

pub fn seeds(root: &Path) -> Seeds {
    let read = |name: &str| std::fs::read(root.join("samples").join(name)).unwrap_or_default();
    let y2023 = String::from_utf8_lossy(&read("qinglan_2023.txt")).into_owned();
    let y2024 = read("qinglan_2024.txt");
    let mut reports = forms("qinglan_2023", &y2023);
    reports.push(("qinglan_2024.txt".to_string(), y2024.clone()));
    let mut pair = y2023.as_bytes().to_vec();
    pair.extend_from_slice(super::harness::PAIR_SEPARATOR);
    pair.extend_from_slice(&y2024);
    let pairs = vec![("qinglan_2023__2024".to_string(), pair)];
    Seeds { reports, pairs }
}

/// `text` in every form the reader takes: UTF-8, GB18030, UTF-16 with a BOM, web pages in
/// UTF-8 and GBK, a Word file, a PDF.
pub fn forms(name: &str, text: &str) -> Vec<(String, Vec<u8>)> {
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    vec![
        (format!("{name}.txt"), text.as_bytes().to_vec()),
        (
            format!("{name}.gb18030.txt"),
            encoding_rs::GB18030.encode(text).0.into_owned(),
        ),
        (format!("{name}.utf16.txt"), utf16),
        (format!("{name}.html"), page(text, "utf-8").into_bytes()),
        (
            format!("{name}.gbk.html"),
            encoding_rs::GBK.encode(&page(text, "gbk")).0.into_owned(),
        ),
        (format!("{name}.docx"), docx(text)),
        (format!("{name}.pdf"), pdf(text)),
    ]
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn page(text: &str, charset: &str) -> String {
    let body: String = text
        .lines()
        .map(|l| format!("<p>{}</p>\n", escape(l)))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"{charset}\"><title>青岚县人民政府</title></head>\n<body><nav>首页</nav><div class=\"article\">\n{body}</div><footer>版权所有</footer></body></html>\n"
    )
}

fn docx(text: &str) -> Vec<u8> {
    let paragraphs: String = text
        .lines()
        .map(|l| {
            format!(
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                escape(l)
            )
        })
        .collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{paragraphs}</w:body></w:document>"
    );
    zipped(&document).unwrap_or_default()
}

fn zipped(document: &str) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options)?;
    zip.write_all(document.as_bytes())?;
    Ok(zip.finish()?.into_inner())
}

/// A PDF showing the first lines of `text` in a composite font (codes are positions in the
/// list of characters used) with a ToUnicode map, uncompressed so that mutations reach it.
fn pdf(text: &str) -> Vec<u8> {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(30)
        .collect();
    let mut chars: Vec<char> = lines.concat().chars().collect();
    chars.sort_unstable();
    chars.dedup();
    let code = |c: char| chars.iter().position(|x| *x == c).unwrap_or(0) + 1;
    let mut content = String::from("BT /F1 10 Tf\n");
    for (i, line) in lines.iter().enumerate() {
        let hex: String = line.chars().map(|c| format!("{:04X}", code(c))).collect();
        content.push_str(&format!(
            "1 0 0 1 40 {} Tm <{hex}> Tj\n",
            800 - 14 * (i % 55)
        ));
    }
    content.push_str("ET");
    let mut cmap = format!(
        "begincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n{} beginbfchar\n",
        chars.len()
    );
    for c in &chars {
        let mut units = [0u16; 2];
        let hex: String = c
            .encode_utf16(&mut units)
            .iter()
            .map(|u| format!("{u:04X}"))
            .collect();
        cmap.push_str(&format!("<{:04X}> <{hex}>\n", code(*c)));
    }
    cmap.push_str("endbfchar\nendcmap\n");
    let stream = |data: &str| format!("<< /Length {} >>\nstream\n{data}\nendstream", data.len());
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".into(),
        stream(&content),
        "<< /Type /Font /Subtype /Type0 /BaseFont /NotoSansCJKsc-Regular /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>".into(),
        "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /NotoSansCJKsc-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>".into(),
        stream(&cmap),
        "<< /Type /FontDescriptor /FontName /NotoSansCJKsc-Regular /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>".into(),
    ];
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
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
