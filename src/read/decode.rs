//! First stage: bytes as found → lines of text, each kept twice.
//!
//! Real copies arrive as UTF-8 (with or without BOM), UTF-16, or GB18030/GBK, with any line
//! ending. Everything later works on the *normalised* line (full-width ASCII folded, odd
//! spaces made plain, HTML entities decoded, trimmed); evidence quotes the *original* line.
//! Normalisation never joins or splits lines, so a line number is the same in both.

use std::borrow::Cow;

use encoding_rs::{Encoding, GB18030, UTF_8};
use serde::{Deserialize, Serialize};

/// Why a file could not be read as text. Shown after the file name, on one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file holds no text (only spaces and line breaks)")]
    Blank,
    #[error("this is a {0} file, not text")]
    KnownBinary(&'static str),
    #[error("this looks like a binary file, not text ({0})")]
    Binary(String),
}

/// One line of the input: its 1-based number, the text as decoded and the normalised text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub no: usize,
    pub original: String,
    pub text: String,
}

/// The decoded input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decoded {
    /// Encoding name as `encoding_rs` spells it (`UTF-8`, `UTF-16LE`, `gb18030`, ...).
    pub encoding: String,
    pub had_bom: bool,
    /// How many characters could not be decoded and became U+FFFD.
    pub replaced: usize,
    pub lines: Vec<Line>,
}

/// Magic numbers of formats people mistake for text reports.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP (or .docx/.xlsx)"),
    (b"\xD0\xCF\x11\xE0", "Word 97-2003 / OLE"),
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7FELF", "ELF executable"),
    (b"\x1F\x8B", "gzip"),
    (b"Rar!", "RAR"),
    (b"7z\xBC\xAF", "7-Zip"),
];

/// Decodes `bytes`, detecting the encoding, and splits them into normalised lines.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with(bytes, None)
}

/// Decodes `bytes`; `declared` is an encoding the file itself names (an HTML meta tag),
/// used when there is no BOM.
pub fn decode_with(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    let (text, encoding, had_bom, replaced) = decode_text(bytes, declared)?;
    from_text(&text, encoding.name(), had_bom, replaced)
}

/// Bytes to text: the encoding (BOM, then `declared`, then detection), the text, whether a
/// BOM was there, and how many characters could not be decoded.
pub fn decode_text(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<(String, &'static Encoding, bool, usize), DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    for (magic, name) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(DecodeError::KnownBinary(name));
        }
    }
    let (encoding, bom_len) = match Encoding::for_bom(bytes) {
        Some((enc, len)) => (enc, len),
        None => match declared {
            Some(enc) if enc == encoding_rs::GBK => (GB18030, 0),
            Some(enc) => (enc, 0),
            None => (detect(bytes)?, 0),
        },
    };
    let body = &bytes[bom_len..];
    let (text, _) = encoding.decode_without_bom_handling(body);
    let replaced = text.chars().filter(|&c| c == '\u{FFFD}').count();
    check_is_text(&text, replaced)?;
    Ok((text.into_owned(), encoding, bom_len > 0, replaced))
}

/// Text already decoded (or extracted from HTML, DOCX or PDF) to normalised lines.
pub fn from_text(
    text: &str,
    encoding: &str,
    had_bom: bool,
    replaced: usize,
) -> Result<Decoded, DecodeError> {
    let lines = split_lines(text)
        .enumerate()
        .map(|(i, raw)| Line {
            no: i + 1,
            original: raw.to_string(),
            text: normalize_line(raw),
        })
        .collect::<Vec<_>>();
    if lines.iter().all(|l| l.text.is_empty()) {
        return Err(DecodeError::Blank);
    }
    Ok(Decoded {
        encoding: encoding.to_string(),
        had_bom,
        replaced,
        lines,
    })
}

/// Picks the encoding of BOM-less bytes: UTF-16 by its zero bytes, UTF-8 when valid, else
/// whatever `chardetng` finds (GBK is read as its superset GB18030).
fn detect(bytes: &[u8]) -> Result<&'static Encoding, DecodeError> {
    if let Some(enc) = bomless_utf16(bytes) {
        return Ok(enc);
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary("it contains NUL bytes".into()));
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Ok(UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
    Ok(if guess == encoding_rs::GBK {
        GB18030
    } else {
        guess
    })
}

/// UTF-16 without a BOM shows itself by zero bytes in every other position (ASCII and most
/// punctuation) — rare for Chinese-only text, but cheap to recognise.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let even_zero = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let enc = if odd_zero * 5 >= pairs * 2 && even_zero * 20 < pairs {
        encoding_rs::UTF_16LE
    } else if even_zero * 5 >= pairs * 2 && odd_zero * 20 < pairs {
        encoding_rs::UTF_16BE
    } else {
        return None;
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    (!had_errors && !text.contains('\0')).then_some(enc)
}

/// Rejects decoded text that is mostly control characters or undecodable bytes.
fn check_is_text(text: &str, replaced: usize) -> Result<(), DecodeError> {
    let total = text.chars().count().max(1);
    let control = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if control * 100 > total {
        return Err(DecodeError::Binary(format!(
            "{control} control characters in {total}"
        )));
    }
    if replaced * 20 > total {
        return Err(DecodeError::Binary(format!(
            "{replaced} of {total} characters could not be decoded in any known encoding"
        )));
    }
    Ok(())
}

/// Converts traditional characters to simplified when the text is written in them (news
/// sites in Hong Kong and Taiwan, some archives), so that subjects and keywords compare with
/// reports in simplified characters. Returns how many characters changed; a text with only a
/// few traditional forms among simplified ones is left alone.
pub fn simplify(lines: &mut [Line]) -> usize {
    let converted: Vec<String> = lines.iter().map(|l| hanconv::t2s(&l.text)).collect();
    let mut changed = 0;
    let mut han = 0;
    for (line, new) in lines.iter().zip(&converted) {
        han += line
            .text
            .chars()
            .filter(|c| crate::text::is_han(*c))
            .count();
        changed += line
            .text
            .chars()
            .zip(new.chars())
            .filter(|(a, b)| a != b)
            .count();
    }
    if changed < 10 || changed * 50 < han {
        return 0;
    }
    for (line, new) in lines.iter_mut().zip(converted) {
        line.text = new;
    }
    changed
}

/// Splits on `\r\n`, `\n` and a lone `\r`; a final line ending does not add an empty line.
pub fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        match rest.find(['\r', '\n']) {
            Some(i) => {
                let line = &rest[..i];
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
                Some(line)
            }
            None => {
                let line = rest;
                rest = "";
                Some(line)
            }
        }
    })
}

/// Normalises one line: full-width ASCII → ASCII, ideographic and other odd spaces → space,
/// zero-width characters dropped, HTML entities decoded, runs of spaces collapsed, trimmed.
pub fn normalize_line(raw: &str) -> String {
    let decoded = decode_entities(raw);
    let mut out = String::with_capacity(decoded.len());
    let mut last_space = true; // trims the start
    for c in decoded.chars() {
        let c = fold_char(c);
        match c {
            None => {}
            Some(' ') if last_space => {}
            Some(' ') => {
                out.push(' ');
                last_space = true;
            }
            Some(c) => {
                out.push(c);
                last_space = false;
            }
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// One character's normal form; `None` drops it.
pub fn fold_char(c: char) -> Option<char> {
    let v = c as u32;
    Some(match c {
        '\u{2F00}'..='\u{2FD5}' => KANGXI[(v - 0x2F00) as usize],
        '\u{2E80}'..='\u{2EF3}' => radical_supplement(c).unwrap_or(c),
        '\u{2E3A}' | '\u{2E3B}' => '—',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(v - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\t' => ' ',
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => return None,
        '\u{FFE0}' => '¢',
        '\u{FFE1}' => '£',
        '\u{FFE5}' => '¥',
        c if c.is_control() => return None,
        c => c,
    })
}

/// Unified ideographs for the Kangxi radicals (U+2F00–U+2FD5), which PDF text layers often
/// use in place of the characters they look like (`⼯作` for `工作`).
const KANGXI: &[char; 214] = &[
    '一', '丨', '丶', '丿', '乙', '亅', '二', '亠', '人', '儿', '入', '八', '冂', '冖', '冫', '几',
    '凵', '刀', '力', '勹', '匕', '匚', '匸', '十', '卜', '卩', '厂', '厶', '又', '口', '囗', '土',
    '士', '夂', '夊', '夕', '大', '女', '子', '宀', '寸', '小', '尢', '尸', '屮', '山', '巛', '工',
    '己', '巾', '干', '幺', '广', '廴', '廾', '弋', '弓', '彐', '彡', '彳', '心', '戈', '戶', '手',
    '支', '攴', '文', '斗', '斤', '方', '无', '日', '曰', '月', '木', '欠', '止', '歹', '殳', '毋',
    '比', '毛', '氏', '气', '水', '火', '爪', '父', '爻', '爿', '片', '牙', '牛', '犬', '玄', '玉',
    '瓜', '瓦', '甘', '生', '用', '田', '疋', '疒', '癶', '白', '皮', '皿', '目', '矛', '矢', '石',
    '示', '禸', '禾', '穴', '立', '竹', '米', '糸', '缶', '网', '羊', '羽', '老', '而', '耒', '耳',
    '聿', '肉', '臣', '自', '至', '臼', '舌', '舛', '舟', '艮', '色', '艸', '虍', '虫', '血', '行',
    '衣', '襾', '見', '角', '言', '谷', '豆', '豕', '豸', '貝', '赤', '走', '足', '身', '車', '辛',
    '辰', '辵', '邑', '酉', '釆', '里', '金', '長', '門', '阜', '隶', '隹', '雨', '靑', '非', '面',
    '革', '韋', '韭', '音', '頁', '風', '飛', '食', '首', '香', '馬', '骨', '高', '髟', '鬥', '鬯',
    '鬲', '鬼', '魚', '鳥', '鹵', '鹿', '麥', '麻', '黃', '黍', '黑', '黹', '黽', '鼎', '鼓', '鼠',
    '鼻', '齊', '齒', '龍', '龜', '龠',
];

/// Unified ideographs for the CJK radicals supplement characters that stand for whole
/// characters in extracted PDF text (`⻘岚` for `青岚`, `⻓` for `长`).
fn radical_supplement(c: char) -> Option<char> {
    Some(match c {
        '\u{2E81}' => '厂',
        '\u{2E87}' => '几',
        '\u{2E93}' => '幺',
        '\u{2E9C}' => '日',
        '\u{2E9D}' => '月',
        '\u{2E9F}' => '母',
        '\u{2EA0}' => '民',
        '\u{2EA7}' => '牛',
        '\u{2EA9}' => '王',
        '\u{2EAE}' => '竹',
        '\u{2EB6}' => '羊',
        '\u{2EC1}' => '虎',
        '\u{2EC4}' => '西',
        '\u{2EC5}' => '见',
        '\u{2EC6}' => '角',
        '\u{2EC9}' => '贝',
        '\u{2ECA}' => '足',
        '\u{2ECB}' => '车',
        '\u{2ED3}' => '长',
        '\u{2ED4}' => '门',
        '\u{2ED7}' => '雨',
        '\u{2ED8}' => '青',
        '\u{2ED9}' => '韦',
        '\u{2EDA}' => '页',
        '\u{2EDB}' => '风',
        '\u{2EDC}' => '飞',
        '\u{2EDD}' => '食',
        '\u{2EE1}' => '首',
        '\u{2EE2}' => '马',
        '\u{2EE3}' => '骨',
        '\u{2EE4}' => '鬼',
        '\u{2EE5}' => '鱼',
        '\u{2EE6}' => '鸟',
        '\u{2EE7}' => '卤',
        '\u{2EE8}' => '麦',
        '\u{2EE9}' => '黄',
        '\u{2EEA}' => '黾',
        '\u{2EEC}' => '齐',
        '\u{2EEE}' => '齿',
        '\u{2EF0}' => '龙',
        '\u{2EF3}' => '龟',
        _ => return None,
    })
}

/// Decodes the HTML entities that survive copy and paste from web pages.
fn decode_entities(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let semi = tail
            .char_indices()
            .take(12)
            .find_map(|(i, c)| (c == ';').then_some(i));
        let decoded = semi.and_then(|semi| entity(&tail[1..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &tail[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(value);
    }
    Some(match name {
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        "divide" => '÷',
        "deg" => '°',
        "permil" => '‰',
        "yen" => '¥',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: &str = "示例县2023年政府工作报告\n各位代表：\n地区生产总值增长６.５％以上。";

    fn texts(d: &Decoded) -> Vec<&str> {
        d.lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn utf8_plain_and_with_bom() {
        let plain = decode(REPORT.as_bytes()).unwrap();
        assert_eq!(plain.encoding, "UTF-8");
        assert!(!plain.had_bom);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(REPORT.as_bytes());
        let with_bom = decode(&bom).unwrap();
        assert!(with_bom.had_bom);
        assert_eq!(texts(&plain), texts(&with_bom));
        assert_eq!(plain.lines[2].text, "地区生产总值增长6.5%以上。");
        assert_eq!(plain.lines[2].original, "地区生产总值增长６.５％以上。");
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        for (bom, le) in [(&[0xFF, 0xFE][..], true), (&[0xFE, 0xFF][..], false)] {
            let mut bytes = bom.to_vec();
            for unit in REPORT.encode_utf16() {
                let pair = if le {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                };
                bytes.extend_from_slice(&pair);
            }
            let d = decode(&bytes).unwrap();
            assert_eq!(d.encoding, if le { "UTF-16LE" } else { "UTF-16BE" });
            assert_eq!(d.lines[1].text, "各位代表:");
        }
    }

    #[test]
    fn utf16_without_bom_when_mostly_ascii() {
        let text = "Report 2023\r\nGDP 6.5%\r\n";
        let bytes: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "UTF-16LE");
        assert_eq!(texts(&d), ["Report 2023", "GDP 6.5%"]);
    }

    #[test]
    fn gb18030_detected_without_being_told() {
        let (bytes, _, _) = GB18030.encode(REPORT);
        assert!(std::str::from_utf8(&bytes).is_err());
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert_eq!(d.replaced, 0);
        assert_eq!(d.lines[0].text, "示例县2023年政府工作报告");
    }

    #[test]
    fn traditional_text_is_simplified_once() {
        let text = "一、2025年主要工作回顧\n全省生產總值增長5.5%,一般公共預算收入增長1.8%。\n城鎮和農村居民人均可支配收入分別增長4.3%、5.5%。\n各位代表:";
        let mut d = decode(text.as_bytes()).unwrap();
        assert!(simplify(&mut d.lines) >= 10);
        assert_eq!(
            d.lines[1].text,
            "全省生产总值增长5.5%,一般公共预算收入增长1.8%。"
        );
        assert_eq!(
            d.lines[1].original,
            "全省生產總值增長5.5%,一般公共預算收入增長1.8%。"
        );
        // Simplified text with a stray traditional form stays as it is.
        let mut s = decode("地区生产总值增长6.5%,乾隆年间。".as_bytes()).unwrap();
        assert_eq!(simplify(&mut s.lines), 0);
    }

    #[test]
    fn line_endings() {
        let d = decode("a\r\nb\rc\nd\r\n".as_bytes()).unwrap();
        assert_eq!(texts(&d), ["a", "b", "c", "d"]);
        assert_eq!(d.lines[3].no, 4);
    }

    #[test]
    fn rejects_empty_blank_and_binary() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(
            decode(" \r\n\u{3000}\n".as_bytes()),
            Err(DecodeError::Blank)
        );
        assert_eq!(
            decode(b"%PDF-1.7\n..."),
            Err(DecodeError::KnownBinary("PDF"))
        );
        assert!(matches!(
            decode(b"PK\x03\x04\x14\x00"),
            Err(DecodeError::KnownBinary(_))
        ));
        let noise: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 256) as u8).collect();
        assert!(matches!(decode(&noise), Err(DecodeError::Binary(_))));
    }

    #[test]
    fn normalises_widths_spaces_and_entities() {
        assert_eq!(
            normalize_line("\u{3000}\u{3000}（一）增长１２％，"),
            "(一)增长12%,"
        );
        assert_eq!(
            normalize_line("a&nbsp;&amp;&#20320;&#x597D;&ldquo;b&bogus;"),
            "a &你好“b&bogus;"
        );
        assert_eq!(normalize_line("中\u{200B}文  \t 字"), "中文 字");
        assert_eq!(normalize_line("①８.９∶５７.０"), "①8.9∶57.0");
        // Radicals from PDF text layers become the characters they stand for.
        assert_eq!(normalize_line("⻘岚县⼯作报告⸺⼀年"), "青岚县工作报告—一年");
    }
}
