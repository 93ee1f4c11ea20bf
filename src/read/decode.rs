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
    /// Lines of the input joined to this one (see [`crate::model::Paragraph::joined`]): the
    /// byte offset in `text` where each starts, and its number.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joined: Vec<(usize, usize)>,
}

impl Line {
    /// Appends the next line of the input to this one, remembering where it starts.
    pub fn join(&mut self, next: &Line) {
        let at = self.text.len();
        self.joined.push((at, next.no));
        self.joined
            .extend(next.joined.iter().map(|(offset, no)| (at + offset, *no)));
        self.text.push_str(&next.text);
        self.original.push_str(&next.original);
    }
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
/// used when there is no BOM and the content does not say otherwise.
pub fn decode_with(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    let found = decode_text(bytes, declared)?;
    from_text(
        &found.text,
        found.encoding.name(),
        found.had_bom,
        found.replaced,
    )
}

/// Bytes decoded, and what the decoding found on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedText {
    pub text: String,
    /// The encoding of the file, or of most of its lines.
    pub encoding: &'static Encoding,
    pub had_bom: bool,
    /// How many characters could not be decoded and became U+FFFD.
    pub replaced: usize,
    /// The lines (1-based, as [`split_lines`] counts them) holding those characters.
    pub damaged_lines: Vec<usize>,
    /// The U+FFFD characters were already in the file, which decoded without error: the
    /// copy was damaged before it was saved (a page scraped with a broken character), not
    /// misread here.
    pub replaced_in_source: bool,
    /// Lines written in another encoding than `encoding` (a file pieced together from two
    /// sources), each decoded in its own, and which encoding that is.
    pub other_lines: Vec<usize>,
    pub other_encoding: Option<&'static Encoding>,
    /// The encoding a page declared, when its content is written in another.
    pub declared_ignored: Option<&'static Encoding>,
}

/// Bytes to text. The encoding comes from a BOM; else from the content, which is trusted
/// over a `declared` label when it speaks clearly (valid UTF-8 with non-ASCII text, or
/// UTF-16); else from the label when it decodes the bytes without error; else from the
/// lines themselves: a file whose lines are mostly UTF-8 is UTF-8, a damaged character
/// becoming U+FFFD (a copy cut inside its last character is still UTF-8), and lines in
/// another encoding among them (GBK pasted into UTF-8, or the other way) are decoded each in
/// its own.
pub fn decode_text(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<DecodedText, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    for (magic, name) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(DecodeError::KnownBinary(name));
        }
    }
    let declared = declared.map(|enc| {
        if enc == encoding_rs::GBK {
            GB18030
        } else {
            enc
        }
    });
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(text.into_owned(), encoding, true, Vec::new(), None, None)
            .map(|found| found.in_source(!had_errors));
    }
    // Validated once: the text is copied from it, not decoded again. (`simdutf8`, already
    // built for `encoding_rs`: the same answer as `std::str::from_utf8`, at about a tenth of
    // its instructions on Chinese text, which takes the standard library's byte-by-byte path.)
    let valid_utf8 = simdutf8::basic::from_utf8(bytes).ok();
    let utf8 = valid_utf8.is_some();
    let utf16 = if utf8 && !bytes.contains(&0) {
        None
    } else {
        bomless_utf16(bytes)
    };
    if let Some(encoding) = utf16 {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        let ignored = declared.filter(|d| *d != encoding);
        return finish(
            text.into_owned(),
            encoding,
            false,
            Vec::new(),
            None,
            ignored,
        )
        .map(|found| found.in_source(!had_errors));
    }
    if bytes.contains(&0) {
        return Err(DecodeError::Binary("it contains NUL bytes".into()));
    }
    if let Some(valid) = valid_utf8 {
        let text = valid.to_owned();
        let ignored = declared.filter(|d| *d != UTF_8 && !bytes.is_ascii());
        return finish(text, UTF_8, false, Vec::new(), None, ignored)
            .map(|found| found.in_source(true));
    }
    if let Some(label) = declared.filter(|d| *d != UTF_8)
        && let (text, false) = label.decode_without_bom_handling(bytes)
    {
        return finish(text.into_owned(), label, false, Vec::new(), None, None)
            .map(|found| found.in_source(true));
    }
    let (text, main, other_lines, other) = decode_by_lines(bytes);
    let ignored = declared.filter(|d| *d != main);
    finish(text, main, false, other_lines, other, ignored)
}

impl DecodedText {
    /// Marks the replacement characters as the file's own when it decoded without error.
    fn in_source(mut self, clean: bool) -> Self {
        self.replaced_in_source = clean && self.replaced > 0;
        self
    }
}

/// Counts what was replaced, finds the lines, and refuses what is not text.
fn finish(
    text: String,
    encoding: &'static Encoding,
    had_bom: bool,
    other_lines: Vec<usize>,
    other_encoding: Option<&'static Encoding>,
    declared_ignored: Option<&'static Encoding>,
) -> Result<DecodedText, DecodeError> {
    let (total, control, replaced) = char_counts(&text);
    check_is_text(total, control, replaced)?;
    let damaged_lines = if replaced == 0 {
        Vec::new()
    } else {
        split_lines(&text)
            .enumerate()
            .filter(|(_, l)| l.contains('\u{FFFD}'))
            .map(|(i, _)| i + 1)
            .collect()
    };
    Ok(DecodedText {
        text,
        encoding,
        had_bom,
        replaced,
        damaged_lines,
        replaced_in_source: false,
        other_lines,
        other_encoding,
        declared_ignored,
    })
}

/// How the non-ASCII bytes of a stretch of bytes read as UTF-8.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Utf8Share {
    /// Non-ASCII bytes inside valid UTF-8 sequences.
    valid: usize,
    /// Bytes that are not valid UTF-8.
    invalid: usize,
}

impl Utf8Share {
    fn of(bytes: &[u8]) -> Self {
        let mut share = Utf8Share::default();
        for chunk in bytes.utf8_chunks() {
            share.valid += chunk.valid().bytes().filter(|b| !b.is_ascii()).count();
            share.invalid += chunk.invalid().len();
        }
        share
    }

    /// Written in UTF-8, possibly with a damaged character or two: most of its non-ASCII
    /// bytes are valid UTF-8 (GBK text forms a valid sequence only now and then).
    fn mostly_utf8(self) -> bool {
        self.valid > 0 && self.valid >= self.invalid * 2
    }
}

/// Decodes a file that is not valid UTF-8 line by line (lines split at `\n`, a byte that
/// no multi-byte character of UTF-8, GBK or GB18030 contains). The main encoding is UTF-8
/// when at least as many lines read as UTF-8 (whole or with a damaged character) as not;
/// else the legacy encoding `chardetng` finds in the lines that are not UTF-8. A line in the
/// other encoding is decoded in it when it reads there cleanly (a legacy line decodes
/// without error; a UTF-8 line in a legacy file is valid and has three or more non-ASCII
/// characters); anything else is decoded in the main encoding, errors replaced.
///
/// Returns the text, the main encoding, the lines decoded in the other encoding and which.
fn decode_by_lines(
    bytes: &[u8],
) -> (
    String,
    &'static Encoding,
    Vec<usize>,
    Option<&'static Encoding>,
) {
    let segments: Vec<&[u8]> = bytes.split_inclusive(|&b| b == b'\n').collect();
    let shares: Vec<Utf8Share> = segments.iter().map(|s| Utf8Share::of(s)).collect();
    let utf8_lines = shares
        .iter()
        .filter(|s| s.valid > 0 && s.mostly_utf8())
        .count();
    let legacy_lines = shares
        .iter()
        .filter(|s| s.invalid > 0 && !s.mostly_utf8())
        .count();
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    for (segment, share) in segments.iter().zip(&shares) {
        if share.invalid > 0 && !share.mostly_utf8() {
            detector.feed(segment, false);
        }
    }
    detector.feed(b"", true);
    let legacy = match detector.guess(Some(b"cn"), chardetng::Utf8Detection::Deny) {
        enc if enc == encoding_rs::GBK => GB18030,
        enc => enc,
    };
    let main_is_utf8 = utf8_lines >= legacy_lines;
    let (main, other) = if main_is_utf8 {
        (UTF_8, legacy)
    } else {
        (legacy, UTF_8)
    };
    let mut text = String::with_capacity(bytes.len() * 3 / 2);
    let mut other_starts = Vec::new();
    for (segment, share) in segments.iter().zip(&shares) {
        let in_other = if main_is_utf8 {
            share.invalid > 0 && !share.mostly_utf8()
        } else {
            share.invalid == 0 && share.valid >= 9
        };
        let decoded = in_other
            .then(|| other.decode_without_bom_handling_and_without_replacement(segment))
            .flatten();
        match decoded {
            Some(line) => {
                other_starts.push(text.len());
                text.push_str(&line);
            }
            None => text.push_str(&main.decode_without_bom_handling(segment).0),
        }
    }
    let other_lines = line_numbers_at(&text, &other_starts);
    let other = (!other_lines.is_empty()).then_some(other);
    (text, main, other_lines, other)
}

/// The 1-based line numbers (as [`split_lines`] counts them) of the lines starting at the
/// given byte offsets, in increasing order.
fn line_numbers_at(text: &str, starts: &[usize]) -> Vec<usize> {
    let mut numbers = Vec::with_capacity(starts.len());
    let mut starts = starts.iter().peekable();
    for (i, line) in split_lines(text).enumerate() {
        let begin = line.as_ptr() as usize - text.as_ptr() as usize;
        let end = begin + line.len();
        while let Some(&&at) = starts.peek() {
            if at > end {
                break;
            }
            if at >= begin {
                numbers.push(i + 1);
            }
            starts.next();
        }
    }
    numbers.dedup();
    numbers
}

/// Messages about what decoding found, for the report's diagnostics. `of_page` when the
/// decoded text is a web page's source, whose line numbers are not the report's.
pub fn diagnostics(found: &DecodedText, of_page: bool) -> Vec<crate::model::Diagnostic> {
    use crate::model::{Diagnostic, DiagnosticKind};
    let mut out = Vec::new();
    let place = |lines: &[usize]| {
        let listed: Vec<String> = lines.iter().take(8).map(usize::to_string).collect();
        let more = if lines.len() > 8 {
            format!(" and {} more", lines.len() - 8)
        } else {
            String::new()
        };
        let what = if lines.len() == 1 { "line" } else { "lines" };
        let of = if of_page { " of the page" } else { "" };
        format!("{what} {}{more}{of}", listed.join(", "))
    };
    let first = |lines: &[usize]| (!of_page).then(|| lines.first().copied()).flatten();
    if let Some(declared) = found.declared_ignored {
        out.push(Diagnostic::warning(
            DiagnosticKind::Encoding,
            None,
            format!(
                "the page declares {} but is written in {}: read as {}",
                declared.name(),
                found.encoding.name(),
                found.encoding.name()
            ),
        ));
    }
    if let Some(other) = found.other_encoding {
        out.push(Diagnostic::warning(
            DiagnosticKind::Encoding,
            first(&found.other_lines),
            format!(
                "the file mixes encodings: {} in {}, the rest {}; each line decoded in its own",
                other.name(),
                place(&found.other_lines),
                found.encoding.name()
            ),
        ));
    }
    if found.replaced > 0 && found.replaced_in_source {
        out.push(Diagnostic::warning(
            DiagnosticKind::Encoding,
            first(&found.damaged_lines),
            format!(
                "the copy itself holds {} on {}: it was damaged before it was saved (the characters there are lost)",
                if found.replaced == 1 {
                    "1 replacement character �".to_string()
                } else {
                    format!("{} replacement characters �", found.replaced)
                },
                place(&found.damaged_lines)
            ),
        ));
    } else if found.replaced > 0 {
        out.push(Diagnostic::warning(
            DiagnosticKind::Encoding,
            first(&found.damaged_lines),
            format!(
                "{} could not be decoded as {} and {} replaced by � on {} (a damaged or cut copy?)",
                if found.replaced == 1 {
                    "1 character".to_string()
                } else {
                    format!("{} characters", found.replaced)
                },
                found.encoding.name(),
                if found.replaced == 1 { "was" } else { "were" },
                place(&found.damaged_lines)
            ),
        ));
    }
    out
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
            joined: Vec::new(),
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

/// Recognises UTF-16 without a BOM by decoding a sample both ways and keeping the order
/// that reads as text: Chinese (and ASCII) in the right order; in the wrong one, Chinese
/// becomes unassigned or rare code points (`中` U+4E2D read backwards is U+2D4E). ASCII read
/// backwards becomes Han characters (`R` U+0052 is U+5200), so when both orders read, the one
/// with more ASCII wins. Zero bytes are not needed: Chinese text in UTF-16 has few.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 {
        return None;
    }
    let sample = &bytes[..bytes.len().min(64 * 1024) & !1];
    let read = |enc: &'static Encoding| {
        let (text, _) = enc.decode_without_bom_handling(sample);
        let (mut total, mut plausible, mut ascii) = (0usize, 0usize, 0usize);
        for c in text.chars() {
            total += 1;
            if c.is_ascii() {
                if !c.is_ascii_control() || matches!(c, '\n' | '\r' | '\t') {
                    plausible += 1;
                    ascii += 1;
                }
            } else if plausible_in_chinese_text(c) {
                plausible += 1;
            }
        }
        (plausible * 100 / total.max(1), ascii)
    };
    let le = read(encoding_rs::UTF_16LE);
    let be = read(encoding_rs::UTF_16BE);
    let pick = |(score, ascii): (usize, usize), other: (usize, usize)| {
        score >= 90 && (other.0 < 90 || ascii > other.1 || (ascii == other.1 && score > other.0))
    };
    if pick(le, be) {
        Some(encoding_rs::UTF_16LE)
    } else if pick(be, le) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Characters a Chinese report is written with, beyond ASCII: Han, CJK and full-width
/// punctuation, general punctuation, circled and Roman numbers, Latin-1 signs.
fn plausible_in_chinese_text(c: char) -> bool {
    matches!(c as u32,
        0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF | 0x3000..=0x303F | 0xFF00..=0xFFEF
        | 0x2000..=0x206F | 0x2150..=0x218F | 0x2460..=0x24FF | 0x2500..=0x257F | 0x25A0..=0x25FF
        | 0x00A0..=0x00FF | 0x2E80..=0x2FDF | 0xFE30..=0xFE4F)
}

/// Rejects decoded text that is mostly control characters or undecodable bytes.
/// The characters of a text, its control characters (but line breaks, tabs and form feeds)
/// and its replacement characters, in one pass.
///
/// Counted on the bytes, not by decoding every character (30 instructions a character): the
/// characters by `str::chars().count()` (a word at a time); a control character
/// (`char::is_control`: U+0000–U+001F, U+007F–U+009F) is one ASCII byte, or `C2 80`–`C2 9F`;
/// U+FFFD is `EF BF BD`. Bytes below the space are counted in blocks of 255 with a byte
/// counter, a loop the compiler vectorises, and the line breaks, tabs and form feeds among
/// them taken off.
fn char_counts(text: &str) -> (usize, usize, usize) {
    let bytes = text.as_bytes();
    let total = text.chars().count();
    let below_space: usize = bytes
        .chunks(255)
        .map(|block| usize::from(block.iter().map(|&b| u8::from(b < 0x20)).sum::<u8>()))
        .sum();
    let allowed: usize = [b'\n', b'\r', b'\t', 0x0C]
        .iter()
        .map(|&b| memchr::memchr_iter(b, bytes).count())
        .sum();
    let mut control = below_space - allowed + memchr::memchr_iter(0x7F, bytes).count();
    control += memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| bytes.get(i + 1).is_some_and(|b| (0x80..=0x9F).contains(b)))
        .count();
    let replaced = memchr::memmem::find_iter(bytes, "\u{FFFD}".as_bytes()).count();
    (total, control, replaced)
}

fn check_is_text(total: usize, control: usize, replaced: usize) -> Result<(), DecodeError> {
    let total = total.max(1);
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
    // Only a line holding a character the conversion can change is converted: in a report
    // in simplified characters, a few lines of hundreds.
    let converted: Vec<Option<String>> = lines
        .iter()
        .map(|l| may_convert(&l.text).then(|| hanconv::t2s(&l.text)))
        .collect();
    let mut changed = 0;
    for (line, new) in lines.iter().zip(&converted) {
        let Some(new) = new else { continue };
        changed += line
            .text
            .chars()
            .zip(new.chars())
            .filter(|(a, b)| a != b)
            .count();
    }
    if changed < 10 {
        return 0;
    }
    let han: usize = lines
        .iter()
        .map(|l| l.text.chars().filter(|c| crate::text::is_han(*c)).count())
        .sum();
    if changed * 50 < han {
        return 0;
    }
    for (line, new) in lines.iter_mut().zip(converted) {
        if let Some(new) = new {
            line.text = new;
        }
    }
    changed
}

/// Which characters hanconv's conversion can change (`build.rs`): `BY_CHARACTER`, a bitset,
/// and `IN_PHRASES`, characters changed only inside the phrases listed with them.
mod changing {
    include!(concat!(env!("OUT_DIR"), "/simplify.rs"));
}

/// Whether hanconv's traditional → simplified conversion can change `line`: it holds a
/// character that an entry of one character changes, or a phrase that changes (the
/// characters an entry's key and value differ in; all of a key whose value has another
/// length). A line holding neither is left as it is by `hanconv::t2s`, since every entry it
/// could match maps to itself. Characters changed only inside phrases (覆 of 反覆, 俱 of
/// 俱樂部) are common in simplified text (覆盖, 与时俱进): the phrase itself is looked for.
fn may_convert(line: &str) -> bool {
    line.chars().any(|c| {
        let i = c as usize;
        if changing::BY_CHARACTER
            .get(i / 64)
            .is_some_and(|bits| bits & (1 << (i % 64)) != 0)
        {
            return true;
        }
        changing::IN_PHRASES
            .binary_search_by_key(&c, |(c, _)| *c)
            .is_ok_and(|k| changing::IN_PHRASES[k].1.iter().any(|p| line.contains(p)))
    })
}

/// Splits on `\r\n`, `\n` and a lone `\r`; a final line ending does not add an empty line.
pub fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // A byte search: both are ASCII, so a byte found is the character.
        match memchr::memchr2(b'\r', b'\n', rest.as_bytes()) {
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
    let out = normalize_spaces(raw);
    if is_spaced_prose(&out) {
        without_debris_spaces(&out)
    } else {
        out
    }
}

/// Spaced prose without the spaces inside its words, but with the one that stands for a
/// lost line break after a heading's title (`二、2005年主要任务 今年是全面实现…`, a portal's
/// copy of Hebei's 2005 report): the heading reader splits title from body there.
fn without_debris_spaces(spaced: &str) -> String {
    match title_break(spaced) {
        Some(at) => {
            let (head, body) = spaced.split_at(at);
            let mut out = without_spaces_inside_words(head);
            out.push(' ');
            out.push_str(&without_spaces_inside_words(body.trim_start()));
            out
        }
        None => without_spaces_inside_words(spaced),
    }
}

/// The byte offset of the space between a heading's title and its body, when the line opens
/// with a heading marker and [`split_title`](crate::tree::heading::split_title) splits there.
fn title_break(line: &str) -> Option<usize> {
    let (_, rest) = crate::tree::heading::parse_marker(line)?;
    let space = rest.find(' ')?;
    let (title, body) = crate::tree::heading::split_title(rest);
    // The title is all of the text before the space (a sentence end before it splits there).
    let split_at_space = !body.is_empty()
        && rest[..space].trim_end_matches([',', ';', ':']) == title
        && rest[space..].trim_start().len() == body.len();
    split_at_space.then(|| line.len() - rest.len() + space)
}

/// How many spaces inside the words of prose [`normalize_line`] drops from `raw`: the
/// cleaner notes them, with the line.
pub fn spaces_inside_words(raw: &str) -> usize {
    // Most lines with a space only have the indent of their paragraph (`　　…`): a space
    // between two characters is inside the line, after the indent (or an entity, `&nbsp;`).
    let spacy = |c: char| c == ' ' || fold_char(c) == Some(' ');
    let inside = raw.trim_matches(spacy).contains(spacy) || raw.contains('&');
    if !inside || !raw.contains([' ', '\u{3000}']) {
        return 0;
    }
    let spaced = normalize_spaces(raw);
    if !is_spaced_prose(&spaced) {
        return 0;
    }
    spaced.chars().count() - without_debris_spaces(&spaced).chars().count()
}

/// [`normalize_line`] up to the spaces inside words.
fn normalize_spaces(raw: &str) -> String {
    let decoded = decode_entities(raw);
    let text: &str = &decoded;
    let mut out = String::with_capacity(text.len());
    let mut last_space = true; // trims the start
    // Characters kept as they are (most of a line) are copied in runs, not one by one: the
    // run from `start` to the character that folds, drops or is a space.
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // What `fold_char` keeps without looking further, told from the first byte: printable
        // ASCII but the space, and U+4E00–U+9FFF (lead byte E5–E9, or E4 before B8–BF).
        let kept = match bytes[i] {
            0x21..=0x7E => 1,
            0xE5..=0xE9 => 3,
            0xE4 if bytes.get(i + 1).is_some_and(|&b| b >= 0xB8) => 3,
            _ => 0,
        };
        if kept > 0 {
            i += kept;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let (at, next) = (i, i + c.len_utf8());
        i = next;
        let folded = fold_char(c);
        if folded == Some(c) && c != ' ' {
            continue;
        }
        if start < at {
            out.push_str(&text[start..at]);
            last_space = false;
        }
        start = next;
        match folded {
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
    out.push_str(&text[start..]);
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether a line is running prose (punctuated sentences, mostly Chinese) whose spaces
/// between Chinese characters can only be debris of the copy: a portal's page of Hebei's
/// 2010 report reads `全省生产 总值增长8%左右，城镇新 增就业…`. Not a header, byline or
/// letter-spaced title (`省人民政府省长 王正谱`, `新华社记者 刘彬 摄`, `政 府 工 作 报 告`), which
/// hold no two sentence marks.
fn is_spaced_prose(line: &str) -> bool {
    // The space first: most lines have none, and the counts read the whole line.
    line.contains(' ')
        && line
            .chars()
            .filter(|c| matches!(c, '，' | '。' | '；' | ',' | ';'))
            .count()
            >= 2
        && line.chars().filter(|&c| crate::text::is_han(c)).count() >= 20
}

/// The line without the spaces that stand between two Chinese characters, or between a
/// Chinese character and the Chinese punctuation next to it: web copies leave them inside
/// quoted names too (`“九五 ”计划`, `“八七扶贫攻坚计划 ”`, `《 政府工作报告》`).
fn without_spaces_inside_words(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let han = |c: char| crate::text::is_han(c);
    let han_or_mark = |c: char| han(c) || CHINESE_MARKS.contains(c);
    let mut out = String::with_capacity(line.len());
    for (i, &c) in chars.iter().enumerate() {
        let (before, after) = (
            i.checked_sub(1).map(|j| chars[j]),
            chars.get(i + 1).copied(),
        );
        let inside = c == ' '
            && before
                .zip(after)
                .is_some_and(|(b, a)| (han(b) && han_or_mark(a)) || (han_or_mark(b) && han(a)));
        if !inside {
            out.push(c);
        }
    }
    out
}

/// Chinese punctuation: the marks full-width folding leaves as they are (quotes, book-title
/// marks, the enumeration comma, the full stop) and those it folds to ASCII (`，` → `,`).
const CHINESE_MARKS: &str = "“”‘’《》「」『』、。〈〉【】,;:!?()";

/// One character's normal form; `None` drops it.
pub fn fold_char(c: char) -> Option<char> {
    let v = c as u32;
    // Printable ASCII and the common Chinese characters, most of any report, stay.
    if matches!(v, 0x20..=0x7E | 0x4E00..=0x9FFF) {
        return Some(c);
    }
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

    /// A report of several lines, long enough for detection to have something to read.
    fn report() -> String {
        [
            "示例县2024年政府工作报告",
            "各位代表：",
            "一、2023年工作回顾",
            "全年实现地区生产总值305.2亿元，增长7.1%，增速居全市第二。",
            "二、2024年发展目标和重点工作",
            "主要预期目标为：地区生产总值增长6%左右，一般公共预算收入增长5%。",
        ]
        .join("\n")
    }

    #[test]
    fn utf8_cut_inside_its_last_character_stays_utf8() {
        let text = report();
        let bytes = &text.as_bytes()[..text.len() - 1];
        let found = decode_text(bytes, None).unwrap();
        assert_eq!(found.encoding, UTF_8);
        assert_eq!(found.replaced, 1);
        assert_eq!(found.damaged_lines, [6]);
        assert!(
            found
                .text
                .starts_with("示例县2024年政府工作报告\n各位代表：")
        );
        assert!(found.text.ends_with("增长5%\u{FFFD}"));
        let messages = diagnostics(&found, false);
        assert_eq!(
            messages[0].message,
            "1 character could not be decoded as UTF-8 and was replaced by � on line 6 (a damaged or cut copy?)"
        );
        assert_eq!(messages[0].line, Some(6));
    }

    /// Valid UTF-8 holding U+FFFD itself (a page scraped with broken characters): nothing was
    /// misread here, and the warning says the copy came damaged.
    #[test]
    fn replacement_characters_in_the_source_are_the_copys_own() {
        let text = report().replace("增速居", "增速\u{FFFD}\u{FFFD}");
        let found = decode_text(text.as_bytes(), None).unwrap();
        assert_eq!((found.replaced, found.replaced_in_source), (2, true));
        let messages = diagnostics(&found, false);
        assert_eq!(
            messages[0].message,
            "the copy itself holds 2 replacement characters � on line 4: it was damaged before it was saved (the characters there are lost)"
        );
    }

    #[test]
    fn utf8_missing_two_bytes_of_one_character_stays_utf8() {
        let text = report();
        let at = text.find("305.2").unwrap() - 3; // 值, three bytes: keep the first
        let mut bytes = text.as_bytes()[..at + 1].to_vec();
        bytes.extend_from_slice(&text.as_bytes()[at + 3..]);
        let found = decode_text(&bytes, None).unwrap();
        assert_eq!(found.encoding, UTF_8);
        assert_eq!((found.replaced, found.damaged_lines.clone()), (1, vec![4]));
        assert!(found.text.contains("全年实现地区生产总\u{FFFD}305.2亿元"));
    }

    #[test]
    fn mixed_utf8_and_gbk_lines_are_decoded_each_in_its_own() {
        let text = report();
        let mut bytes = Vec::new();
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                bytes.push(b'\n');
            }
            if i % 2 == 1 {
                bytes.extend_from_slice(&GB18030.encode(line).0);
            } else {
                bytes.extend_from_slice(line.as_bytes());
            }
        }
        let found = decode_text(&bytes, None).unwrap();
        assert_eq!(found.text, text);
        assert_eq!(found.encoding, UTF_8);
        assert_eq!(found.other_encoding, Some(GB18030));
        assert_eq!(found.other_lines, [2, 4, 6]);
        assert_eq!(found.replaced, 0);
        // Mostly GBK with one UTF-8 line: GB18030 is the main encoding.
        let mut bytes = GB18030.encode(&text).0.into_owned();
        bytes.extend_from_slice("\n三、切实加强政府自身建设".as_bytes());
        let found = decode_text(&bytes, None).unwrap();
        assert_eq!(found.encoding, GB18030);
        assert_eq!(found.other_lines, [7]);
        assert!(found.text.ends_with("三、切实加强政府自身建设"));
    }

    #[test]
    fn chinese_utf16_without_bom_either_order() {
        let text = report();
        for (enc, le) in [
            (encoding_rs::UTF_16LE, true),
            (encoding_rs::UTF_16BE, false),
        ] {
            let bytes: Vec<u8> = text
                .encode_utf16()
                .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
                .collect();
            let found = decode_text(&bytes, None).unwrap();
            assert_eq!(found.encoding, enc);
            assert_eq!(found.text, text);
        }
        // Chinese without a single ASCII character: no zero bytes at all.
        let han = "各位代表：过去的年度，全县经济运行稳中有进。".repeat(20);
        let bytes: Vec<u8> = han.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(!bytes.contains(&0));
        assert_eq!(decode_text(&bytes, None).unwrap().text, han);
    }

    #[test]
    fn other_encodings_are_not_taken_for_utf16() {
        let english = "The quick brown fox jumps over the lazy dog.\n".repeat(20);
        assert_eq!(
            decode_text(english.as_bytes(), None).unwrap().encoding,
            UTF_8
        );
        let gbk = GB18030.encode(&report()).0.into_owned();
        assert_eq!(decode_text(&gbk, None).unwrap().encoding, GB18030);
    }

    #[test]
    fn content_is_trusted_over_a_bogus_charset_label() {
        let text = report();
        // Declared GBK, written in UTF-8.
        let found = decode_text(text.as_bytes(), Some(encoding_rs::GBK)).unwrap();
        assert_eq!(
            (found.encoding, found.declared_ignored),
            (UTF_8, Some(GB18030))
        );
        assert_eq!(found.text, text);
        assert_eq!(
            diagnostics(&found, true)[0].message,
            "the page declares gb18030 but is written in UTF-8: read as UTF-8"
        );
        // Declared UTF-8, written in GBK.
        let gbk = GB18030.encode(&text).0.into_owned();
        let found = decode_text(&gbk, Some(UTF_8)).unwrap();
        assert_eq!(
            (found.encoding, found.declared_ignored),
            (GB18030, Some(UTF_8))
        );
        assert_eq!(found.text, text);
        // A true label is followed.
        let found = decode_text(&gbk, Some(encoding_rs::GBK)).unwrap();
        assert_eq!((found.encoding, found.declared_ignored), (GB18030, None));
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
    fn text_without_changing_characters_is_left_as_it_is() {
        // The shortcut of `simplify`: every key of the conversion that `may_convert` passes
        // over converts to itself, and so does any text of them.
        let entries = hanconv::Dictionary::TSPhrases
            .iter()
            .chain(hanconv::Dictionary::TSCharacters.iter());
        let mut checked = 0;
        for (key, _) in entries {
            if !may_convert(key) {
                assert_eq!(hanconv::t2s(key), key);
                checked += 1;
            }
        }
        assert!(checked > 0);
        assert!(may_convert("總") && may_convert("反覆") && may_convert("覆蓋"));
        assert!(!may_convert("总") && !may_convert("覆盖") && !may_convert("与时俱进"));
        assert_eq!(
            hanconv::t2s("国内生产总值增长5%左右"),
            "国内生产总值增长5%左右"
        );
    }

    /// The characters of the conversion's keys, and some others, for the test below.
    fn conversion_characters() -> Vec<char> {
        let mut chars: Vec<char> = hanconv::Dictionary::TSPhrases
            .iter()
            .flat_map(|(key, _)| key.chars())
            .chain("覆盖与时俱进什么藉口地区生产总值增长乾隆".chars())
            .collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 3000, .. Default::default() })]

        /// `may_convert` passes over no text that the conversion changes: texts made of the
        /// characters of its phrases (which make up phrases now and then) and of pieces of
        /// its phrases.
        #[test]
        fn may_convert_misses_no_change(
            picks in proptest::collection::vec((0usize..100_000, proptest::bool::ANY), 1..12)
        ) {
            let chars = conversion_characters();
            let phrases: Vec<&str> = hanconv::Dictionary::TSPhrases.iter().map(|(k, _)| k).collect();
            let mut text = String::new();
            for (i, whole) in picks {
                if whole {
                    text.push_str(phrases[i % phrases.len()]);
                } else {
                    text.push(chars[i % chars.len()]);
                }
            }
            if hanconv::t2s(&text) != text {
                proptest::prop_assert!(may_convert(&text), "{}", text);
            }
        }
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
        // A heading whose line break the copy lost keeps the space in its place, where the
        // title ends; the spaces inside its words go.
        assert_eq!(
            normalize_line(
                "二、2005年主要任务 今年是全面实现\"十五\"计划目标的一年，做好今年的工 作至关紧要。"
            ),
            "二、2005年主要任务 今年是全面实现\"十五\"计划目标的一年,做好今年的工作至关紧要。"
        );
        assert_eq!(
            normalize_line("(一)进 一步强化机遇意识，只争朝夕，加快发展，抢抓机遇。"),
            "(一)进一步强化机遇意识,只争朝夕,加快发展,抢抓机遇。"
        );
        // Spaces inside the words of prose are the copy's debris; a byline keeps its own.
        assert_eq!(
            normalize_line("全省生产 总值增长8%左右，城镇新 增就业50万人以上，财政收入增长 8%。"),
            "全省生产总值增长8%左右,城镇新增就业50万人以上,财政收入增长 8%。"
        );
        // Beside Chinese punctuation too: inside quotes, after a comma.
        assert_eq!(
            normalize_line(
                "实施“九五 ”计划和“八七扶贫攻坚计划 ”，推进“退二进三” 工作， 要保持定力。"
            ),
            "实施“九五”计划和“八七扶贫攻坚计划”,推进“退二进三”工作,要保持定力。"
        );
        assert_eq!(
            normalize_line("省人民政府省长 王正谱"),
            "省人民政府省长 王正谱"
        );
        assert_eq!(normalize_line("①８.９∶５７.０"), "①8.9∶57.0");
        // Radicals from PDF text layers become the characters they stand for.
        assert_eq!(normalize_line("⻘岚县⼯作报告⸺⼀年"), "青岚县工作报告—一年");
    }
}
