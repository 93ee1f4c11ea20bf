//! What the fuzz targets run, and how inputs are mutated. One file, shared by the cargo-fuzz
//! targets (`fuzz/fuzz_targets/*.rs`), the stable-toolchain mutation loop
//! (`fuzz/mutate.rs` (the example `mutate`)) and the property test of `cargo test` (`tests/mutations.rs`), each
//! including it with `#[path]`, so that all three run the same checks.
//!
//! A target panics when the program misbehaves: a panic inside the pipeline, an error message
//! on more than one line or without the file name, or work that is not bounded by the input
//! (more lines, sections, diagnostics or indicators than the input could hold).
#![allow(dead_code)]

use govdiff::render::lang::Lang;
use govdiff::{Limits, Report};

/// Small limits, so that each input stays cheap (a report is a few hundred KB).
pub fn limits() -> Limits {
    Limits { max_size: 1 << 20 }
}

/// Reads any bytes as a report (any form: the content decides). A refusal must be one line
/// naming the file; a report read must be bounded by its input.
pub fn read(data: &[u8]) -> Option<Report> {
    match govdiff::parse_report_with(data, "fuzz-input", &limits()) {
        Ok(report) => {
            check_report(&report, data);
            Some(report)
        }
        Err(e) => {
            let message = e.to_string();
            assert!(!message.contains('\n'), "two-line error: {message:?}");
            assert!(
                message.starts_with("fuzz-input: "),
                "no file name: {message:?}"
            );
            None
        }
    }
}

/// The work a report reflects is bounded by its input: a line of text comes from at least
/// one byte (a PDF's or a Word file's text from its inflated streams, within the text limit).
fn check_report(report: &Report, data: &[u8]) {
    let extracted = ["PDF", "DOCX"]
        .iter()
        .any(|f| report.source.encoding.starts_with(f));
    let source = if extracted {
        limits().max_text() as usize
    } else {
        data.len()
    };
    let lines = report.source.lines;
    assert!(
        lines <= source + 1,
        "{lines} lines from {} bytes",
        data.len()
    );
    let sections = report.sections().len();
    assert!(sections <= lines, "{sections} sections in {lines} lines");
    let diagnostics = report.diagnostics.len();
    assert!(
        diagnostics <= 2 * lines + 32,
        "{diagnostics} diagnostics for {lines} lines"
    );
}

/// Reads, extracts the indicators, and renders the report and its indicators every way.
pub fn extract(data: &[u8]) {
    let Some(report) = read(data) else { return };
    let indicators = govdiff::extract::indicators::extract(&report);
    let chars: usize = report
        .source
        .original_lines
        .iter()
        .map(|l| l.chars().count())
        .sum();
    assert!(
        indicators.len() <= chars + 1,
        "{} indicators in {chars} characters",
        indicators.len()
    );
    let _ = govdiff::render::outline::text_in(&report, Lang::Zh);
    let _ = govdiff::render::outline::json(&report);
    let _ = govdiff::render::indicators::text_in(&report, &indicators, Lang::En);
    let _ = govdiff::render::indicators::csv(&report, &indicators);
    let _ = govdiff::render::indicators::json(&report, &indicators);
}

/// The separator between the two reports of a `compare` input.
pub const PAIR_SEPARATOR: &[u8] = b"\n\x00=====\x00\n";

/// Splits a `compare` input into OLD and NEW at [`PAIR_SEPARATOR`] (else in the middle).
pub fn split_pair(data: &[u8]) -> (&[u8], &[u8]) {
    match data
        .windows(PAIR_SEPARATOR.len())
        .position(|w| w == PAIR_SEPARATOR)
    {
        Some(at) => (&data[..at], &data[at + PAIR_SEPARATOR.len()..]),
        None => data.split_at(data.len() / 2),
    }
}

/// Reads two reports and compares them; `diffs` adds the word diffs and the Markdown and
/// HTML renderings (slower: the segmenter).
pub fn compare(data: &[u8], diffs: bool) {
    let (old, new) = split_pair(data);
    let (Some(old), Some(new)) = (read(old), read(new)) else {
        return;
    };
    compare_reports(old, new, diffs);
}

/// Compares two reports read, checks the result is bounded by them, renders it.
pub fn compare_reports(old: Report, new: Report, diffs: bool) {
    let bound = govdiff::extract::indicators::extract(&old).len()
        + govdiff::extract::indicators::extract(&new).len();
    let sections = old.sections().len() + new.sections().len();
    let mut c = govdiff::compare::compare(old, new);
    // A row is an indicator of one report or a pair of both; the judge may add one for a
    // figure it splits. Twice the indicators is far above what it does, far below a blow-up.
    assert!(
        c.indicators.len() <= 2 * bound + 8,
        "{} rows from {bound} indicators",
        c.indicators.len()
    );
    assert!(
        c.sections.len() <= sections,
        "{} section pairs from {sections} sections",
        c.sections.len()
    );
    let _ = govdiff::render::summary::text(&c, govdiff::render::summary::Style::plain());
    let _ = govdiff::render::compare::csv(&c, Lang::Zh);
    let _ = govdiff::render::compare::json(&c);
    if diffs {
        c = c.with_diffs();
        let _ = govdiff::render::markdown::markdown_in(&c, Lang::En);
        let _ = govdiff::render::html::html_in(&c, Lang::Zh);
    }
}

/// Pieces that mean something to the reader, inserted by mutations: heading markers,
/// addresses, numbers with units and qualifiers, encodings' byte-order marks, markup, footnote
/// marks.
pub const PIECES: &[&str] = &[
    "一、",
    "二、",
    "三、",
    "第一部分",
    "(一)",
    "（二）",
    "1.",
    "2、",
    "(3)",
    "①",
    "各位代表：",
    "提纲：",
    "2024年",
    "工作回顾",
    "发展目标和重点工作",
    "政府自身建设",
    "增长6.5%以上",
    "下降3%",
    "控制在5.5%以内",
    "305.2亿元",
    "69.6%55.0%",
    "各2家",
    "居全市第一",
    "8.9∶57.0∶34.1",
    "\n",
    "\r\n",
    "\r",
    "\u{3000}",
    "&nbsp;",
    "&#x4E2D;",
    "\u{FEFF}",
    "\u{200B}",
    "\u{FFFD}",
    "<html><body>",
    "<p>",
    "</div>",
    "<script>",
    "<meta charset=\"gbk\">",
    "%PDF-1.7\n",
    "PK\u{3}\u{4}",
    "让我们团结奋斗！",
    "省长 张三",
    "2024年1月30日在县第一届人民代表大会第二次会议上",
    "province,year,full_text\n",
    "\"",
    // Footnote marks inside a clause (`…完成投资[15]，…`: Set I's copy, whose trimmed clause
    // once made `read_clause` slice off a character boundary), and the literal `\r\n` of
    // copies exported from a spreadsheet cell.
    "[15]",
    "［3］",
    "\\r\\n",
];

/// One change to an input. Positions are taken modulo the input's length, so any value is
/// valid on any input.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Flips one bit of one byte.
    FlipBit { at: usize, bit: u8 },
    /// Sets one byte.
    SetByte { at: usize, value: u8 },
    /// Removes a run of bytes (a character cut in two, a lost line).
    Remove { at: usize, len: usize },
    /// Cuts the input (a truncated download).
    Truncate { at: usize },
    /// Inserts one of [`PIECES`].
    Insert { at: usize, piece: usize },
    /// Repeats the line holding `at`, `times` times.
    DuplicateLine { at: usize, times: usize },
    /// Swaps two lines.
    SwapLines { a: usize, b: usize },
    /// Re-encodes the line holding `at` in GBK (a file pieced together from two sources).
    LineToGbk { at: usize },
    /// Re-encodes the whole input as UTF-16 (little-endian when `le`), without a BOM.
    ToUtf16 { le: bool },
}

/// The line (as a byte range, without its `\n`) holding byte `at`.
fn line_at(data: &[u8], at: usize) -> (usize, usize) {
    let at = at.min(data.len());
    let start = data[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let end = data[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(data.len(), |p| at + p);
    (start, end)
}

/// Applies the mutations in order.
pub fn apply(input: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut data = input.to_vec();
    for m in mutations {
        let len = data.len().max(1);
        match *m {
            Mutation::FlipBit { at, bit } => {
                if let Some(b) = data.get_mut(at % len) {
                    *b ^= 1 << (bit % 8);
                }
            }
            Mutation::SetByte { at, value } => {
                if let Some(b) = data.get_mut(at % len) {
                    *b = value;
                }
            }
            Mutation::Remove { at, len: n } => {
                let at = at % len;
                let end = (at + n % 64).min(data.len());
                if at < end {
                    data.drain(at..end);
                }
            }
            Mutation::Truncate { at } => data.truncate(at % len),
            Mutation::Insert { at, piece } => {
                let at = (at % len).min(data.len());
                let piece = PIECES[piece % PIECES.len()].as_bytes();
                data.splice(at..at, piece.iter().copied());
            }
            Mutation::DuplicateLine { at, times } => {
                let (start, end) = line_at(&data, at % len);
                let mut line = data[start..end].to_vec();
                line.push(b'\n');
                let copies: Vec<u8> = line.repeat(times % 8 + 1);
                data.splice(start..start, copies);
            }
            Mutation::SwapLines { a, b } => {
                let (a, b) = (line_at(&data, a % len), line_at(&data, b % len));
                let (first, second) = if a.0 <= b.0 { (a, b) } else { (b, a) };
                if first.1 < second.0 {
                    let mut out = data[..first.0].to_vec();
                    out.extend_from_slice(&data[second.0..second.1]);
                    out.extend_from_slice(&data[first.1..second.0]);
                    out.extend_from_slice(&data[first.0..first.1]);
                    out.extend_from_slice(&data[second.1..]);
                    data = out;
                }
            }
            Mutation::LineToGbk { at } => {
                let (start, end) = line_at(&data, at % len);
                let line = String::from_utf8_lossy(&data[start..end]).into_owned();
                let gbk = encoding_rs::GBK.encode(&line).0.into_owned();
                data.splice(start..end, gbk);
            }
            Mutation::ToUtf16 { le } => {
                let text = String::from_utf8_lossy(&data).into_owned();
                data = text
                    .encode_utf16()
                    .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
                    .collect();
            }
        }
    }
    data
}

/// A small, fast, seedable generator (xorshift64*), so that the stable loop needs no crate
/// and a failure is replayed from its seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0.max(1);
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// A mutation, mostly small edits, sometimes a change of encoding.
    pub fn mutation(&mut self) -> Mutation {
        let at = self.next() as usize;
        match self.below(20) {
            0..=3 => Mutation::FlipBit {
                at,
                bit: self.below(8) as u8,
            },
            4..=5 => Mutation::SetByte {
                at,
                value: self.next() as u8,
            },
            6..=7 => Mutation::Remove {
                at,
                len: self.below(8),
            },
            8 => Mutation::Truncate { at },
            9..=13 => Mutation::Insert {
                at,
                piece: self.below(PIECES.len()),
            },
            14..=15 => Mutation::DuplicateLine {
                at,
                times: self.below(4),
            },
            16 => Mutation::SwapLines {
                a: at,
                b: self.next() as usize,
            },
            17..=18 => Mutation::LineToGbk { at },
            _ => Mutation::ToUtf16 {
                le: self.below(2) == 0,
            },
        }
    }
}
