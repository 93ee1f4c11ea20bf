//! Second stage: find the report inside the copy.
//!
//! A scraped copy is site furniture, maybe an outline, the report's title lines, the report,
//! and more furniture. The report is found by its structure, not by one site's phrases: the
//! address to the congress (`各位代表`) or the first part heading anchors the start, title-like
//! lines just above it are the header, and from the end backwards everything that is not
//! report prose (short lines, lines dense with web-site vocabulary, page numbers, repeated
//! titles) is cut. What is cut is reported, never silently lost.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use regex::Regex;

use crate::model::{Diagnostic, DiagnosticKind, MarkerKind};
use crate::read::decode::Line;
use crate::read::header;
use crate::text::prepared::{Pattern, prepared};
use crate::tree::heading::{is_bare_heading, is_bare_title, names_a_part, parse_marker};

/// The report located in the input.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// Set when the text came out of a container, e.g. `CSV export, field "full_text" of row 1`.
    pub container: Option<String>,
    /// Title, delivery and speaker lines above the address.
    pub header: Vec<Line>,
    /// Lines dropped before the report; still searched for metadata (a title with a date).
    pub front_dropped: Vec<Line>,
    /// Other values a container gave (a CSV's `title` column), searched for metadata too.
    pub container_fields: Vec<(String, String)>,
    pub outline_label: Option<usize>,
    /// The outline's lines, blank lines excluded.
    pub outline: Vec<Line>,
    /// The report's body, non-blank lines only, wrapped lines joined.
    pub body: Vec<Line>,
    /// An annex of the year's concrete tasks after the closing call (`附件1:2025年省十件民生
    /// 实事`, then `一、…` to `十、`), title line first: part of the plan, read apart from the
    /// body so that its numbering does not run on from the report's parts.
    pub annex: Vec<Line>,
    pub diagnostics: Vec<Diagnostic>,
}

// `furniture_hits` marks the words found in a `u128`.
const _: () = assert!(FURNITURE.len() <= 128);

/// Words of web pages and document-sharing sites, not of government reports. A line with two
/// of them, or a short line with one, is furniture.
const FURNITURE: &[&str] = &[
    "下载",
    "打印",
    "收藏",
    "分享",
    "字号",
    "全屏",
    "浏览",
    "点击",
    "扫一扫",
    "二维码",
    "微信",
    "客服",
    "会员",
    "登录",
    "注册",
    "VIP",
    "vip",
    "免费",
    "付费",
    "版权",
    "Copyright",
    "copyright",
    "©",
    "本站",
    "本网",
    "网站",
    "声明",
    "举报",
    "回到顶部",
    "返回顶部",
    "上一篇",
    "下一篇",
    "相关报道",
    "相关阅读",
    "相关文章",
    "相关链接",
    "推荐阅读",
    "广告",
    "联系我们",
    "关于我们",
    "搜索",
    "首页",
    "桌面",
    "快捷",
    "文档",
    "上传",
    "删除",
    "主办",
    "承办",
    "备案",
    "ICP",
    "邮箱",
    "网址",
    "http",
    "www.",
    ".com",
    ".cn",
    "【",
    "】",
    "加大",
    "减小",
    "还原",
    "责任编辑",
    "阅读",
    "评论",
    "点赞",
    "转发",
    "APP",
    "App",
    "客户端",
    "侵权",
    "著作权",
    "公网安备",
    "公有领域",
    "标识码",
    "使用权",
];

/// The labelled fields a scraper writes above the text (`标题:` `发文单位:` `发文时间:`
/// `报告人:` `来源URL:` `正文:`).
static SCRAPER_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(标题|发文单位|发文机关|发文时间|发布时间|报告人|来源URL|来源网址|原文链接|原文地址|正文|备注)\s*:\s*(.*)$")
        .expect("valid regex")
});
/// What may follow the closing call without being the report: notes and glossaries
/// (`※注释※`, `名词解释`, `注:…`, numbered glossary entries `[1]“…”:是指…`), appendices
/// (`附件1:…`, or `附件1` alone on its line above the appendix's title, whose list of
/// `一、…十、` would otherwise read as more parts of the report).
///
/// This pattern and the others here that are only asked whether they match are compiled at
/// build time (`prepared!`, [`crate::text::prepared`]): compiling them with the `regex`
/// crate at every start cost more than reading a report with them (3.3M instructions of
/// every run, `\s` and `\d` being Unicode classes).
static APPENDIX_LABEL: Pattern = prepared!(
    r"^(?:※\s*注\s*释\s*※|注\s*释\s*:?$|名词解释|注\s*:|附\s*:?\s*名词解释|附件\s*[0-9一二三四五六七八九十]{0,3}\s*(?::|$)|\[\d{1,3}\]\s*\S)"
);
static META_LABEL: Pattern = prepared!(
    r"^(?:来源|时间|发布时间|发布日期|日期|作者|编辑|责任编辑|浏览次数|点击数|阅读数|字号|信息来源|文章来源)\s*:"
);
static OUTLINE_LABEL: Pattern = prepared!(r"^(?:提\s*纲|目\s*录|内容提要)\s*:?$");
static CSV_HEADER: Pattern =
    prepared!(r"^\u{FEFF}?[A-Za-z_][A-Za-z0-9_ ]*(?:,[A-Za-z_][A-Za-z0-9_ ]*)+$");

/// Characters that may end a paragraph.
pub const PARAGRAPH_ENDS: &[char] = &[
    '。', '!', '?', ';', ':', '…', '”', '’', '」', '』', '"', ')', '】',
];

/// The furniture words, found in one pass (each searched in turn built a searcher for every
/// word of every line read: 3M instructions of the samples' run).
static FURNITURE_FINDER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(FURNITURE)
        .expect("the furniture words make an automaton")
});

/// How many distinct furniture words `text` holds.
pub fn furniture_hits(text: &str) -> usize {
    let mut seen = 0u128;
    for m in FURNITURE_FINDER.find_overlapping_iter(text) {
        seen |= 1 << m.pattern().as_usize();
    }
    seen.count_ones() as usize
}

fn han_count(text: &str) -> usize {
    text.chars().filter(|c| crate::text::is_han(*c)).count()
}

/// A line that reads like report prose: long enough, mostly Chinese, punctuated.
pub fn is_prose(text: &str) -> bool {
    let chars = text.chars().count();
    chars >= 20 && han_count(text) * 2 >= chars && text.contains([',', '。', ';', '、'])
}

fn is_page_artifact(text: &str) -> bool {
    header::is_page_artifact(text)
}

/// A title line: `…工作报告` with no sentence in it, letter-spaced titles included
/// (`政 府 工 作 报 告`); a photo caption naming the report is not one.
pub fn is_title_like(text: &str) -> bool {
    text.chars().count() <= 90
        && text.replace(' ', "").contains("工作报告")
        && !text.contains('。')
        && !is_caption(text)
}

/// A photo caption or byline: `许勤作政府工作报告。河北日报记者孟宇光摄`, `…新华社记者 刘彬 摄`.
/// It names the report and the speaker but is neither title nor delivery line.
pub fn is_caption(text: &str) -> bool {
    let t = text.trim_end_matches([')', ' ', '。']);
    t.ends_with('摄')
        || t.contains("记者")
        || announces_report(t)
        || t.starts_with("图为")
        || t.contains("(图)")
}

/// A headline that someone makes a report (`张某作政府工作报告`, `续某作县人大常委会工作报告`):
/// a `作` of its own (not the second character of `工作`, `合作`…) with the name of a report
/// a few characters after it.
fn announces_report(text: &str) -> bool {
    const MAX_NAME: usize = 14;
    let mut previous = None;
    for (i, c) in text.char_indices() {
        if c == '作'
            && !matches!(
                previous,
                Some('工' | '合' | '协' | '创' | '操' | '运' | '写')
            )
        {
            // Only the few characters a name takes are looked at: a long line with many `作`
            // stays linear.
            let rest = crate::text::prefix_chars(&text[i + c.len_utf8()..], MAX_NAME + 4);
            if rest.find("工作报告").is_some_and(|at| {
                rest[..at].chars().count() <= MAX_NAME && !rest[..at].contains([',', '。'])
            }) {
                return true;
            }
        }
        previous = Some(c);
    }
    false
}

/// The address to the congress that opens the report (`各位代表:`); also its repetitions
/// inside (`各位代表,2020年是…`).
fn is_address(text: &str) -> bool {
    text.strip_prefix("各位代表")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', ',', '!', '。', ';']))
}

/// The report's opening sentence: `现在,我代表国务院,向大会报告政府工作,请予审议`.
fn is_opening(text: &str) -> bool {
    // At the start of its line (`现在,我代表`, `下面,我代表`), not inside a teaser that runs
    // title, date and opening together.
    text.chars().count() <= 200
        && text.find("我代表").is_some_and(|i| {
            text[..i].chars().count() <= 4
                && text[i..].contains("报告")
                && text[i..].contains("审议")
        })
}

/// An address alone on its line (`各位代表:`, `各位代表!`), with nothing else to read.
/// The tree drops these too, so both stages share this one test.
pub(crate) fn is_bare_address(text: &str) -> bool {
    text.strip_prefix("各位代表").is_some_and(|rest| {
        rest.chars()
            .all(|c| matches!(c, ':' | ',' | '!' | '。' | ' '))
    })
}

/// The closing call of a report: `各位代表!…让我们…奋斗!`.
fn is_closing_call(text: &str) -> bool {
    text.contains("让我们")
        || (text.starts_with("各位代表") && text.ends_with('!') && text.chars().count() > 12)
        || (text.contains("团结") && text.contains("奋斗") && text.ends_with('!'))
}

/// A line of the block above the address: title, delivery line, speaker, date.
fn is_header_line(text: &str, seen_title: bool) -> bool {
    (is_title_like(text) && furniture_hits(text) == 0)
        || (text.chars().count() <= 80
            && (header::is_delivery(text) || header::is_delivery_undated(text)))
        || header::is_date_only(text)
        || header::is_speaker(text)
        || header::spaced_name_closed(text).is_some_and(|t| header::is_speaker(&t))
        || header::dotted_speaker_name(text).is_some()
        || header::is_speaker_office(text)
        || (!seen_title && header::is_bare_name(text))
}

fn ends_paragraph(text: &str) -> bool {
    text.ends_with(PARAGRAPH_ENDS)
}

/// Locates the report in `lines` (as decoded).
pub fn clean(lines: Vec<Line>) -> Cleaned {
    let mut cleaned = Cleaned::default();
    let lines = unwrap_csv(lines, &mut cleaned);
    read_scraper_fields(&lines, &mut cleaned);

    let (outline_label, outline_range) = find_outline(&lines);
    cleaned.outline_label = outline_label;
    let search_from = outline_range.map_or(0, |(_, last)| last + 1);

    let Some(anchor) = find_anchor(&lines, search_from) else {
        // No structure at all: keep everything non-blank as body.
        cleaned.body = lines.into_iter().filter(|l| !l.text.is_empty()).collect();
        return cleaned;
    };
    let (header_start, header, labels) = walk_header(&lines, anchor, search_from);
    cleaned.header = header;
    let last = lines.len() - 1;
    let mut start = anchor;
    let mut end = find_end(&lines, anchor, last);
    // Other copies of the report in the file: read one, report the others apart.
    let dropped_copies = match pick_copy(&lines, anchor, end, &mut cleaned.diagnostics) {
        Some(kept) => {
            (start, end) = (kept.start, kept.end);
            kept.dropped
        }
        None => Vec::new(),
    };
    end = cut_appendix(&lines, start, end);
    end = cut_other_reports(&lines, start, end);
    end = cut_site_sections(&lines, start, end);
    let annex = task_annex(&lines, end);

    warn_head_missing(&lines, anchor, &mut cleaned);

    // What lies outside the report proper.
    let span = Span {
        anchor,
        header_start,
        start,
        end,
        annex,
    };
    sort_front(
        &lines,
        header_start,
        outline_label,
        outline_range,
        &mut cleaned,
    );
    let mut dropped_front = cleaned.front_dropped.clone();
    dropped_front.extend(labels);
    dropped_front.sort_by_key(|l| l.no);
    report_dropped(
        &mut cleaned.diagnostics,
        &dropped_front,
        "before the report",
    );
    report_outside(&lines, &span, &dropped_copies, &mut cleaned.diagnostics);

    let title = cleaned
        .header
        .iter()
        .find(|l| is_title_like(&l.text))
        .map(|l| l.text.clone());
    let body = join_stranded_heads(&lines[start..=end], &mut cleaned.diagnostics);
    let body = drop_page_artifacts(body, title.as_deref(), &mut cleaned.diagnostics);
    cleaned.body = join_wrapped(body, &mut cleaned.diagnostics);
    note_spaces_inside_words(&cleaned.body, &mut cleaned.diagnostics);
    if let Some(TaskAnnex { title, last, .. }) = annex {
        let lines: Vec<Line> = lines[title..=last]
            .iter()
            .filter(|l| !l.text.is_empty())
            .cloned()
            .collect();
        cleaned.annex = join_wrapped(lines, &mut cleaned.diagnostics);
    }
    cleaned
}

/// The copy of the report kept when a file holds several, and the line ranges of the others.
struct KeptCopy {
    start: usize,
    end: usize,
    dropped: Vec<(usize, usize)>,
}

/// Where the report lies in the file's lines: its first line of text (`anchor`), the first
/// line of its header, and the first and last lines read.
struct Span {
    anchor: usize,
    header_start: usize,
    start: usize,
    end: usize,
    /// The annex of the year's tasks read with the report ([`task_annex`]).
    annex: Option<TaskAnnex>,
}

/// When the file holds the report more than once (a page pasted twice, a copy after the
/// first), reads the first copy unless another is clearly larger (the first one cut), and
/// says which lines were dropped. `None` when there is one copy.
fn pick_copy(
    lines: &[Line],
    anchor: usize,
    end: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<KeptCopy> {
    let restarts = crate::read::copies::copy_starts(lines, anchor, end);
    if restarts.is_empty() {
        return None;
    }
    // Each copy: where it begins (its header), where its text starts, where it ends.
    let front: std::collections::HashSet<&str> = lines[..anchor]
        .iter()
        .map(|l| l.text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    let mut copies: Vec<(usize, usize, usize)> = Vec::new();
    let mut text_start = anchor;
    let mut begin = anchor;
    for &restart in &restarts {
        let next_begin = walk_back_header(lines, restart, text_start, &front);
        let copy_end = find_end(
            lines,
            text_start,
            next_begin.saturating_sub(1).max(text_start),
        );
        copies.push((begin, text_start, copy_end));
        begin = next_begin;
        // The copy's own address line, when it repeats the first copy's.
        text_start = (next_begin..restart)
            .find(|&i| lines[i].text == lines[anchor].text)
            .unwrap_or(restart);
    }
    copies.push((begin, text_start, end));
    let size = |c: &(usize, usize, usize)| crate::read::copies::prose_chars(&lines[c.1..=c.2]);
    let largest = copies.iter().map(size).max().unwrap_or(0);
    let kept = copies
        .iter()
        .position(|c| size(c) * 11 >= largest * 10)
        .unwrap_or(0);
    let (_, start, end) = copies[kept];
    let dropped: Vec<(usize, usize)> = copies
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != kept)
        .map(|(_, c)| (if c.0 == anchor { c.1 } else { c.0 }, c.2))
        .collect();
    let others: Vec<String> = dropped
        .iter()
        .map(|(a, b)| format!("{}–{}", lines[*a].no, lines[*b].no))
        .collect();
    diagnostics.push(Diagnostic::info(
        DiagnosticKind::Duplicate,
        Some(lines[dropped[0].0].no),
        format!(
            "the report is in the copy {} times: read once from lines {}–{}; the other cop{} (lines {}) dropped",
            copies.len(),
            lines[start].no,
            lines[end].no,
            if others.len() == 1 { "y" } else { "ies" },
            others.join(", ")
        ),
    ));
    Some(KeptCopy {
        start,
        end,
        dropped,
    })
}

/// A copy that opens at part 一 with nothing above it (no title, date or address) has
/// probably lost its head: warn, since the metadata will be missing.
fn warn_head_missing(lines: &[Line], anchor: usize, cleaned: &mut Cleaned) {
    if is_part_one(&lines[anchor].text)
        && cleaned.header.is_empty()
        && !lines[..anchor].iter().any(|l| is_address(&l.text))
    {
        cleaned.diagnostics.push(Diagnostic::warning(
            DiagnosticKind::HeadMissing,
            Some(lines[anchor].no),
            format!(
                "the copy starts at part 一 (\"{}\") with no title, date or address above it: the head looks cut off",
                clip(&lines[anchor].text, 20)
            ),
        ));
    }
}

/// Sorts the lines above the header into the table of contents (`outline`, kept for the
/// tree) and the rest (`front_dropped`: site furniture, scraper fields).
fn sort_front(
    lines: &[Line],
    header_start: usize,
    outline_label: Option<usize>,
    outline_range: Option<(usize, usize)>,
    cleaned: &mut Cleaned,
) {
    let outline_span = outline_label
        .map(|l| l - 1)
        .or(outline_range.map(|(first, _)| first));
    for (i, line) in lines.iter().enumerate().take(header_start) {
        let in_outline = match (outline_span, outline_range) {
            (Some(first), Some((_, last))) => i >= first && i <= last,
            _ => false,
        };
        if in_outline {
            if !line.text.is_empty() && Some(line.no) != outline_label {
                cleaned.outline.push(line.clone());
            }
        } else if !line.text.is_empty() {
            cleaned.front_dropped.push(line.clone());
        }
    }
}

/// Reports the lines dropped between the copies of the report and after its end.
fn report_outside(
    lines: &[Line],
    span: &Span,
    dropped_copies: &[(usize, usize)],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let outside = |i: usize| {
        !lines[i].text.is_empty()
            && (i < span.start || i > span.end)
            && i >= span.header_start
            && i >= span.anchor
            && !dropped_copies.iter().any(|(a, b)| (*a..=*b).contains(&i))
            && !span.annex.is_some_and(|a| (a.label..=a.last).contains(&i))
    };
    let between: Vec<Line> = (span.anchor..span.start)
        .filter(|&i| outside(i))
        .map(|i| lines[i].clone())
        .collect();
    report_dropped(diagnostics, &between, "between the copies");
    let tail: Vec<Line> = (span.end + 1..lines.len())
        .filter(|&i| outside(i))
        .map(|i| lines[i].clone())
        .collect();
    report_dropped(diagnostics, &tail, "after the report");
}

/// A scraper's labelled fields above the text (`标题:` `发文单位:` `发文时间:` `报告人:`) are
/// kept as container fields (`title`, `issuer`, `posted`, `speaker`) for the metadata; the
/// lines themselves are dropped with the rest of the front.
fn read_scraper_fields(lines: &[Line], cleaned: &mut Cleaned) {
    let head = lines.iter().take_while(|l| {
        !l.text.starts_with("正文") && !is_address(&l.text) && !is_part_one(&l.text)
    });
    let mut found = Vec::new();
    for line in head.take(40) {
        let Some(c) = SCRAPER_FIELD.captures(&line.text) else {
            continue;
        };
        let key = match &c[1] {
            "标题" => "title",
            "发文单位" | "发文机关" => "issuer",
            "发文时间" | "发布时间" => "posted",
            "报告人" => "speaker",
            _ => continue,
        };
        let value = c[2].trim();
        if !value.is_empty() {
            found.push((key.to_string(), value.to_string()));
        }
    }
    // A page's lone `发布时间:` is site furniture; a scraper's header names the document.
    if found.len() < 2 || !found.iter().any(|(k, _)| k == "title" || k == "issuer") {
        return;
    }
    let keys: Vec<&str> = found.iter().map(|(k, _)| k.as_str()).collect();
    cleaned.diagnostics.push(Diagnostic::info(
        DiagnosticKind::Container,
        lines.first().map(|l| l.no),
        format!(
            "the copy opens with a scraper's labelled fields ({}); read as metadata",
            keys.join(", ")
        ),
    ));
    cleaned.container_fields.extend(found);
}

/// Part one's heading: `一、…`, `第一部分…`.
fn is_part_one(text: &str) -> bool {
    matches!(parse_marker(text), Some((m, rest)) if m.number == 1
        && matches!(m.kind, MarkerKind::Part | MarkerKind::PartWord)
        && rest.chars().count() <= 50)
}

/// From the line where a second copy's text starts, up over its address and header (title,
/// delivery line, speaker, photo caption, source labels) and over what repeats the page's
/// front (`front`: the lines before the first copy, an outline among them): where that copy
/// begins.
fn walk_back_header(
    lines: &[Line],
    restart: usize,
    floor: usize,
    front: &std::collections::HashSet<&str>,
) -> usize {
    let mut start = restart;
    let mut seen_title = false;
    for i in (floor + 1..restart).rev() {
        let text = &lines[i].text;
        if text.is_empty() {
            continue;
        }
        let header = is_bare_address(text)
            || is_caption(text)
            || META_LABEL.is_match(text)
            || is_header_line(text, seen_title)
            || front.contains(text.as_str());
        if !header {
            break;
        }
        seen_title |= is_title_like(text);
        start = i;
    }
    start
}

/// After the closing call, notes and glossaries (`※注释※`, `名词解释`, `注:…`) and what follows
/// them are not the report, nor a run of lines without prose or headings (a portal's site
/// map, its footer): the end moves back to the closing call (and the pieces of its sentence
/// that the copy broke onto lines of their own).
fn cut_appendix(lines: &[Line], start: usize, end: usize) -> usize {
    let Some(closing) = (start..=end)
        .rev()
        .find(|&i| is_closing_call(&lines[i].text))
    else {
        return end;
    };
    let last_nonblank = |to: usize| (closing..to).rev().find(|&i| !lines[i].text.is_empty());
    // An annex of the year's tasks may stand without a label (`2022年广东省十件民生实事`).
    let label = (closing + 1..=end)
        .find(|&i| APPENDIX_LABEL.is_match(&lines[i].text) || is_task_annex_title(&lines[i].text));
    // Report text after the closing call: a heading, or prose free of web and copyright words
    // (a licence notice such as `本作品…著作权法…公有领域` is neither).
    let after = closing + 1..label.unwrap_or(end + 1);
    let joined: String = after.clone().map(|i| lines[i].text.as_str()).collect();
    let report_after = after
        .clone()
        .any(|i| parse_marker(&lines[i].text).is_some())
        || (after.clone().any(|i| is_prose(&lines[i].text)) && furniture_hits(&joined) == 0);
    if report_after {
        return match label {
            Some(label) => last_nonblank(label).unwrap_or(closing),
            None => end,
        };
    }
    // The closing sentence, with the pieces of it that follow on short lines.
    let mut last = closing;
    for i in closing + 1..=end {
        let text = &lines[i].text;
        if text.is_empty() {
            continue;
        }
        let open = !lines[last].text.ends_with(['。', '!', '?', '…']);
        if open && text.chars().count() <= 30 && furniture_hits(text) == 0 {
            last = i;
        } else {
            break;
        }
    }
    last
}

/// The title of an annex that lists the year's concrete tasks, each with its figure: the
/// livelihood projects a provincial government promises (`2025年省十件民生实事`,
/// `2026年自治区民生实事`, `为民办实事项目`). Its targets are the plan's as much as the
/// report's own; a glossary (`名词解释`) or a table of indicators stays dropped.
static TASK_ANNEX_TITLE: Pattern = prepared!(r"民生实事|为民办实事|惠民实事|民生项目|民生工程");
/// Where an annex of the year's tasks lies: its label line, its title line (the same when
/// the title follows the label's colon) and its last line.
#[derive(Debug, Clone, Copy)]
struct TaskAnnex {
    label: usize,
    title: usize,
    last: usize,
}

/// A line that labels an appendix, bare (`附件1`, `附件:`, `附:`) or with the appendix's title
/// after a colon or a space (`附件1:2025年省十件民生实事`, `附件1 2025年…`): the title is the
/// capture.
static ANNEX_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^附(?:件\s*[0-9一二三四五六七八九十]{0,3})?\s*(?:[:\s]\s*(.*))?$")
        .expect("valid regex")
});
/// [`ANNEX_LABEL`] compiled at build time, asked first: few lines are labels, so the `regex`
/// crate compiles the pattern (1.1M instructions) only for a report with an appendix, to
/// cut its title out (`annex_label`).
static ANNEX_LABEL_AT: Pattern =
    prepared!(r"^附(?:件\s*[0-9一二三四五六七八九十]{0,3})?\s*(?:[:\s]\s*(.*))?$");

/// [`ANNEX_LABEL`]'s captures of `text`, the pattern compiled only when it matches.
fn annex_label(text: &str) -> Option<regex::Captures<'_>> {
    if ANNEX_LABEL_AT.is_match(text) {
        ANNEX_LABEL.captures(text)
    } else {
        None
    }
}
/// Titles longer than this are prose that happens to name livelihood projects.
const MAX_ANNEX_TITLE: usize = 40;

/// An appendix's title without the label before it on its line (`附件1:2025年省十件民生实事`,
/// `附件1 2025年…` → `2025年…`); the whole line when it has no label.
pub fn annex_title(text: &str) -> &str {
    annex_label(text)
        .and_then(|c| c.get(1))
        .map_or(text, |m| m.as_str())
        .trim()
}

/// Whether `text` is the title of an annex of the year's tasks, with or without its label:
/// `2025年省十件民生实事`, `附件1:2025年省十件民生实事`, `2022年广东省十件民生实事` standing
/// alone after the closing call.
fn is_task_annex_title(text: &str) -> bool {
    let title = annex_title(text);
    title.chars().count() <= MAX_ANNEX_TITLE
        && !title.contains(['。', ';', '!'])
        && TASK_ANNEX_TITLE.is_match(title)
}

/// After the report's last line `end`, the lines of an annex of the year's tasks, from its
/// label (or its title, when it has no label) to its last item: `附件1:2025年省十件民生实事`,
/// `附件` over the title on the next line, or the title alone; then numbered items (`一、…`,
/// `1.…`) and their prose, up to the next appendix or the first line that is neither (a
/// portal's footer: `Notice: The content above…`, `返回网易首页`). `None` without such an
/// annex, or when it holds no numbered item.
fn task_annex(lines: &[Line], end: usize) -> Option<TaskAnnex> {
    let mut bare_label = None;
    let (title, label) = lines
        .iter()
        .enumerate()
        .skip(end + 1)
        .find_map(|(i, line)| {
            let text = &line.text;
            if is_task_annex_title(text) {
                return Some((i, bare_label.unwrap_or(i)));
            }
            if !text.is_empty() {
                let bare = annex_label(text)
                    .is_some_and(|c| c.get(1).is_none_or(|m| m.as_str().is_empty()));
                bare_label = bare.then_some(i);
            }
            None
        })?;
    let rest: Vec<usize> = (title + 1..lines.len())
        .filter(|&i| !lines[i].text.is_empty())
        .collect();
    let mut last = title;
    let mut items = 0usize;
    for (k, &i) in rest.iter().enumerate() {
        let text = &lines[i].text;
        let item = parse_marker(text).is_some();
        // A line of its own between items (`具体内容:`, a sub-title) when an item follows it.
        let between = || {
            rest.get(k + 1)
                .is_some_and(|&next| parse_marker(&lines[next].text).is_some())
                && furniture_hits(text) == 0
        };
        if ANNEX_LABEL_AT.is_match(text) || !(item || is_annex_prose(text) || between()) {
            break;
        }
        items += usize::from(item);
        last = i;
    }
    (items > 0).then_some(TaskAnnex { label, title, last })
}

/// A paragraph of an annex's item: prose with no web word, or a long one with few of the
/// words the projects themselves use (`免费提供产前筛查`, `通过“粤省事”App办理`,
/// `加大…投入`), as [`find_end`] keeps such a line in the report. Web words are counted by
/// density, one per hundred characters: an item's body of 366 characters may hold `免费` and
/// `加大`, while a portal's disclaimer of 55 (`特别声明:…用户上传并发布`) holds two and is not
/// the annex.
fn is_annex_prose(text: &str) -> bool {
    let hits = furniture_hits(text);
    let chars = text.chars().count();
    is_prose(text) && (hits == 0 || (chars >= 40 && hits * 100 <= chars.max(100)))
}

fn report_dropped(diagnostics: &mut Vec<Diagnostic>, dropped: &[Line], place: &str) {
    let (Some(first), Some(last)) = (dropped.first(), dropped.last()) else {
        return;
    };
    let sample: Vec<String> = dropped.iter().take(3).map(|l| clip(&l.text, 16)).collect();
    diagnostics.push(Diagnostic::info(
        DiagnosticKind::Boilerplate,
        Some(first.no),
        format!(
            "dropped {} line{} of non-report text {place} (lines {}–{}: {}{})",
            dropped.len(),
            if dropped.len() == 1 { "" } else { "s" },
            first.no,
            last.no,
            sample.join(" / "),
            if dropped.len() > 3 { " …" } else { "" }
        ),
    ));
}

/// The first `max` characters of `text`, with `…` when cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max).collect();
        s.push('…');
        s
    }
}

/// A report exported as one CSV row (`province,year,title,…,full_text`): reads the longest field
/// and keeps the file's line numbers for it.
fn unwrap_csv(lines: Vec<Line>, cleaned: &mut Cleaned) -> Vec<Line> {
    let Some(first) = lines.first() else {
        return lines;
    };
    if !CSV_HEADER.is_match(&first.original) {
        return lines;
    }
    let joined: String = lines
        .iter()
        .map(|l| l.original.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(joined.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|s| s.trim_start_matches('\u{FEFF}').to_string())
            .collect(),
        Err(_) => return lines,
    };
    let mut best: Option<(usize, usize, usize, csv::StringRecord)> = None; // (row, field, start line, record)
    for (row, record) in reader.records().enumerate() {
        let Ok(record) = record else { return lines };
        let Some(position) = record.position() else {
            continue;
        };
        let Some((field, _)) = record.iter().enumerate().max_by_key(|(_, f)| f.len()) else {
            continue;
        };
        let start = position.line() as usize
            + record
                .iter()
                .take(field)
                .map(|f| f.matches('\n').count())
                .sum::<usize>();
        if best
            .as_ref()
            .is_none_or(|(_, bf, _, br)| record[field].len() > br[*bf].len())
        {
            best = Some((row, field, start, record));
        }
    }
    let Some((row, field, start_line, record)) = best else {
        return lines;
    };
    let text = &record[field];
    // Only a container when the field holds the bulk of the file.
    if han_count(text) * 10 < han_count(&joined) * 8 || text.chars().count() < 500 {
        return lines;
    }
    let name = headers
        .get(field)
        .cloned()
        .unwrap_or_else(|| format!("#{}", field + 1));
    let container = format!("CSV export, field \"{name}\" of row {}", row + 1);
    cleaned.diagnostics.push(Diagnostic::info(
        DiagnosticKind::Container,
        Some(start_line),
        format!("the file is a {container}; the report was read from that field"),
    ));
    cleaned.container = Some(container);
    cleaned.container_fields = headers
        .iter()
        .zip(record.iter())
        .enumerate()
        .filter(|(i, _)| *i != field)
        .map(|(_, (h, v))| (h.clone(), v.to_string()))
        .collect();
    crate::read::decode::split_lines(text)
        .enumerate()
        .map(|(i, raw)| Line {
            no: start_line + i,
            original: raw.to_string(),
            text: crate::read::decode::normalize_line(raw),
            joined: Vec::new(),
        })
        .collect()
}

/// Finds an outline block: a `提纲:` label followed by bare headings, or a run of at least four
/// bare headings before any prose whose titles come back later as headings.
/// Returns the label's line number and the outline's first and last index.
fn find_outline(lines: &[Line]) -> (Option<usize>, Option<(usize, usize)>) {
    let first_prose = lines
        .iter()
        .position(|l| is_prose(&l.text))
        .unwrap_or(lines.len());
    // Labelled outline.
    if let Some(label) = lines[..first_prose]
        .iter()
        .position(|l| OUTLINE_LABEL.is_match(&l.text))
        && let Some(range) = bare_heading_run(lines, label + 1)
    {
        return (Some(lines[label].no), Some(range));
    }
    // Unlabelled: a run of bare headings that the body repeats. Every run is found first,
    // then every marked line is searched once for all their titles at the same time: testing
    // each title against every later line was quadratic (thousands of bare headings before
    // any prose, then thousands of lines).
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut i = 0;
    while i < first_prose {
        if is_bare_heading(&lines[i].text)
            && let Some((first, last)) = bare_heading_run(lines, i)
        {
            let run: Vec<usize> = (first..=last)
                .filter(|&j| !lines[j].text.is_empty())
                .collect();
            if run.len() >= 4 {
                runs.push(run);
            }
            i = last + 1;
            continue;
        }
        i += 1;
    }
    if runs.is_empty() {
        return (None, None);
    }
    let title = |j: usize| parse_marker(&lines[j].text).map_or("", |(_, rest)| rest);
    let last_seen = last_seen_in_headings(lines, runs.iter().flatten().map(|&j| title(j)));
    for run in &runs {
        let (first, last) = (run[0], run[run.len() - 1]);
        let repeated = run
            .iter()
            .filter(|&&j| last_seen(title(j)).is_some_and(|seen| seen > last))
            .count();
        if repeated * 2 >= run.len() {
            return (None, Some((first, last)));
        }
    }
    (None, None)
}

/// For titles to look for, a lookup of the last line holding a heading marker whose text
/// contains the title. One pass over the lines with an Aho-Corasick automaton of all titles.
fn last_seen_in_headings<'a, T: Iterator<Item = &'a str>>(
    lines: &[Line],
    titles: T,
) -> impl Fn(&str) -> Option<usize> + use<'a, T> {
    let mut ids: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for t in titles.filter(|t| !t.is_empty()) {
        let next = ids.len();
        ids.entry(t.to_string()).or_insert(next);
    }
    let mut patterns = vec![String::new(); ids.len()];
    for (t, &id) in &ids {
        patterns[id].clone_from(t);
    }
    let mut last = vec![None; patterns.len()];
    let mut last_heading = None;
    let searcher = aho_corasick::AhoCorasick::new(&patterns).ok();
    for (j, line) in lines.iter().enumerate() {
        if parse_marker(&line.text).is_none() {
            continue;
        }
        last_heading = Some(j);
        if let Some(searcher) = &searcher {
            for m in searcher.find_overlapping_iter(line.text.as_str()) {
                last[m.pattern().as_usize()] = Some(j);
            }
        }
    }
    move |title: &str| {
        if title.is_empty() {
            // The empty title is in every heading.
            return last_heading;
        }
        ids.get(title).and_then(|&id| last[id])
    }
}

/// From `start`, the indices of the first and last bare heading of a run (blank lines allowed).
fn bare_heading_run(lines: &[Line], start: usize) -> Option<(usize, usize)> {
    let mut first = None;
    let mut last = None;
    for (i, line) in lines.iter().enumerate().skip(start) {
        if line.text.is_empty() {
            continue;
        }
        if is_bare_heading(&line.text) {
            first.get_or_insert(i);
            last = Some(i);
        } else {
            break;
        }
    }
    Some((first?, last?))
}

/// The index where the report proper starts: the address `各位代表:`, the opening sentence
/// (`现在,我代表…向大会报告工作,请予审议`) or part one's heading, whichever comes first (a copy whose head is cut starts at `一、2025年工作回顾`, and its
/// first `各位代表` is deep inside); else the first prose line free of furniture.
fn find_anchor(lines: &[Line], from: usize) -> Option<usize> {
    let rest = || lines.iter().enumerate().skip(from);
    let address = rest().find(|(_, l)| is_address(&l.text)).map(|(i, _)| i);
    // Part one followed by prose: not a line of a table of contents.
    let part_one = rest()
        .filter(|(_, l)| is_part_one(&l.text))
        .find(|(i, l)| {
            !is_bare_heading(&l.text)
                || lines[i + 1..]
                    .iter()
                    .find(|n| !n.text.is_empty())
                    .is_some_and(|n| is_prose(&n.text) && parse_marker(&n.text).is_none())
        })
        .map(|(i, _)| i);
    // The opening formula `现在,我代表…向大会报告工作` starts a copy that dropped the address.
    let opening = rest().find(|(_, l)| is_opening(&l.text)).map(|(i, _)| i);
    [address, opening, part_one]
        .into_iter()
        .flatten()
        .min()
        .or_else(|| {
            // Prose may hold one word that is furniture elsewhere (`外部压力加大` holds the
            // font toolbar's `加大`) once it is long enough to be a sentence of the report.
            let plain = |text: &str| match furniture_hits(text) {
                0 => true,
                1 => text.chars().count() >= 40,
                _ => false,
            };
            let first = rest()
                .find(|(_, l)| is_prose(&l.text) && plain(&l.text))
                .map(|(i, _)| i)?;
            // The part title above it (`2024年工作回顾:`, `二、2025年工作安排`) starts the report.
            let above = (from..first).rev().find(|&i| !lines[i].text.is_empty());
            // A headline naming a report (`某某作县人大常委会工作报告`) is no part title.
            let part_title = |text: &str| {
                (is_bare_title(text) || parse_marker(text).is_some()) && !text.contains("工作报告")
            };
            Some(
                above
                    .filter(|&i| part_title(&lines[i].text))
                    .unwrap_or(first),
            )
        })
}

/// Walks up from the anchor over the title, delivery and speaker lines (and the source/time
/// labels that sites put among them). Returns the header's first index, its lines, and the
/// labels it passed over.
fn walk_header(lines: &[Line], anchor: usize, floor: usize) -> (usize, Vec<Line>, Vec<Line>) {
    let mut header = Vec::new();
    let mut labels = Vec::new();
    let mut start = anchor;
    let mut seen_title = false;
    for i in (floor..anchor).rev() {
        let text = &lines[i].text;
        if text.is_empty() {
            continue;
        }
        if META_LABEL.is_match(text) || is_caption(text) {
            labels.push(lines[i].clone());
        } else if is_header_line(text, seen_title) {
            seen_title |= is_title_like(text);
            header.push(lines[i].clone());
        } else {
            break;
        }
        start = i;
    }
    header.reverse();
    labels.retain(|l| l.no >= lines[start].no);
    (start, header, labels)
}

/// Reports of other bodies that a news story of a congress session runs on with after the
/// government's (`县人大常委会主任续金明作高阳县人民代表大会常务委员会工作报告。`, then the court's
/// and the procuratorate's): the line announcing one is short and names its speaker's act.
const OTHER_REPORTS: &[&str] = &[
    "常务委员会工作报告",
    "人大常委会工作报告",
    "人民法院工作报告",
    "人民检察院工作报告",
];
/// Longest line read as the announcement of another body's report.
const MAX_ANNOUNCEMENT: usize = 60;

/// The government's report ends before the first announcement of another body's report (see
/// [`OTHER_REPORTS`]); what follows is reported as dropped after the report.
fn cut_other_reports(lines: &[Line], start: usize, end: usize) -> usize {
    let announces = |text: &str| {
        text.chars().count() <= MAX_ANNOUNCEMENT
            && text.contains('作')
            && OTHER_REPORTS.iter().any(|r| text.contains(r))
    };
    cut_before_first(lines, start, end, announces)
}

/// The last non-blank line before the first line after `start` (up to `end`) that `ends`
/// the report; `end` when none does.
fn cut_before_first(
    lines: &[Line],
    start: usize,
    end: usize,
    ends: impl Fn(&str) -> bool,
) -> usize {
    match (start + 1..=end).find(|&i| ends(&lines[i].text)) {
        Some(i) => (start..i)
            .rev()
            .find(|&j| !lines[j].text.is_empty())
            .unwrap_or(end),
        None => end,
    }
}

/// Labels that open a web page's own sections after the article: its link lists
/// (`友情链接:` over thirty site names), related stories and the site map. A report never
/// starts a line with one, so the report ends before the first, even when the lines after
/// it (`中国科技部`, `河北大学`…, then a long `上班时间:…` line) would not read as furniture one
/// by one walking back from the end.
const SITE_SECTIONS: &[&str] = &[
    "友情链接",
    "相关链接",
    "相关报道",
    "相关阅读",
    "相关文章",
    "相关新闻",
    "推荐阅读",
    "延伸阅读",
    "热点推荐",
    "网站地图",
    "联系我们",
    "关于我们",
];

/// A line that is one of [`SITE_SECTIONS`], alone or as the label of what follows it
/// (`友情链接:`, `相关报道:示例县召开…`).
fn is_site_section(text: &str) -> bool {
    SITE_SECTIONS.iter().any(|label| {
        text.strip_prefix(label).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.is_empty() || rest.starts_with([':', '>', '|'])
        })
    })
}

/// The report ends before the first of the page's own sections (see [`SITE_SECTIONS`]) after
/// its first line; what follows is reported as dropped after the report.
fn cut_site_sections(lines: &[Line], start: usize, end: usize) -> usize {
    cut_before_first(lines, start, end, is_site_section)
}

/// The index of the report's last line at or before `last`: from there backwards, furniture
/// is skipped (blank lines, page numbers, lines without a Chinese character such as
/// `Public domain`, lines dense with web-site words, short non-sentences, repeated titles).
fn find_end(lines: &[Line], anchor: usize, last: usize) -> usize {
    let mut end = last.min(lines.len() - 1);
    while end > anchor {
        let text = &lines[end].text;
        let hits = furniture_hits(text);
        let chars = text.chars().count();
        let furniture = text.is_empty()
            || is_page_artifact(text)
            || han_count(text) == 0
            || hits >= 2
            || (hits == 1 && parse_marker(text).is_none() && !(is_prose(text) && chars >= 40))
            || (is_title_like(text) && !text.contains(['。', '!', ',']))
            || (chars < 20
                && !text.ends_with(['。', '!', '?', '…'])
                && parse_marker(text).is_none()
                && !is_address(text)
                && !is_figure_line(text));
        if !furniture {
            break;
        }
        end -= 1;
    }
    end
}

/// A short line that states a figure (`全省生产总值增长5%左右`, `城镇新增就业60万人以上`): a
/// news story lists the year's main targets so, one a line, under `相关数字` or `预期目标:`
/// after its text; page furniture (`浏览次数:1234`, `第3页`) never words a change or a bound.
fn is_figure_line(text: &str) -> bool {
    const FIGURE_WORDS: &[&str] = &[
        "增长",
        "增加",
        "下降",
        "降低",
        "提高",
        "上涨",
        "涨幅",
        "达到",
        "控制在",
        "稳定在",
        "以上",
        "以内",
        "以下",
        "左右",
    ];
    text.chars().any(|c| c.is_ascii_digit()) && FIGURE_WORDS.iter().any(|w| text.contains(w))
}

/// Drops page numbers and running titles inside the body.
fn drop_page_artifacts(
    lines: Vec<Line>,
    title: Option<&str>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Line> {
    let mut kept = Vec::with_capacity(lines.len());
    let mut dropped = Vec::new();
    for line in lines {
        let text = &line.text;
        if text.is_empty() {
            continue;
        }
        let running_title = title.is_some_and(|t| t == text);
        // Short lines only: the search for furniture words is the costly test, and prose
        // lines (most of a report) are long.
        let furniture = text.len() < 120 && text.chars().count() < 30 && furniture_hits(text) >= 2;
        if is_page_artifact(text) || running_title || furniture {
            dropped.push(line.no);
        } else {
            kept.push(line);
        }
    }
    if let Some(&first) = dropped.first() {
        diagnostics.push(Diagnostic::info(
            DiagnosticKind::PageArtifact,
            Some(first),
            format!(
                "dropped {} page number, running title or site line{} inside the report (lines {})",
                dropped.len(),
                if dropped.len() == 1 { "" } else { "s" },
                dropped
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    kept
}

/// A line holding nothing but spaces: the indent of a paragraph whose text the copy moved
/// to the lines below.
fn is_stranded_indent(line: &Line) -> bool {
    line.text.is_empty() && !line.original.is_empty()
}

/// Wikisource sets a paragraph's bold run-in head on a line of its own: the paragraph's
/// indent (`　　`) is left stranded on the line above, the head (`国民经济持续快速增长，通货膨胀
/// 得到有效抑制。`, `一是`, `在科技工作方面，`) comes next, and the rest of the paragraph follows
/// on the very next line, where paragraphs are otherwise set apart by blank lines (the State
/// Council's reports of the 1990s and 2011–2012 as Wikisource holds them). Head and body are
/// one paragraph, as printed; a head that is a heading of its own (`三、…`), or a next line
/// that opens one, is left alone.
fn join_stranded_heads(lines: &[Line], diagnostics: &mut Vec<Diagnostic>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let (mut joins, mut first_join) = (0usize, None);
    let mut i = 0;
    while i < lines.len() {
        let head = &lines[i];
        let body = lines.get(i + 1).filter(|body| {
            i > 0
                && is_stranded_indent(&lines[i - 1])
                && !head.text.is_empty()
                && !body.text.is_empty()
                && body.no == head.no + 1
                && !is_bare_heading(&head.text)
                && parse_marker(&body.text).is_none()
        });
        match body {
            Some(body) => {
                let mut joined = head.clone();
                joined.join(body);
                out.push(joined);
                joins += 1;
                first_join.get_or_insert(head.no);
                i += 2;
            }
            None => {
                out.push(head.clone());
                i += 1;
            }
        }
    }
    note_joins(
        diagnostics,
        joins,
        first_join,
        "paragraph head",
        "set on a line of its own to the rest of its paragraph",
    );
    out
}

/// The note that `joins` lines (`noun`s, `how` they were joined) were joined, the first at
/// line `first`.
fn note_joins(
    diagnostics: &mut Vec<Diagnostic>,
    joins: usize,
    first: Option<usize>,
    noun: &str,
    how: &str,
) {
    if joins > 0 {
        let plural = if joins == 1 { "" } else { "s" };
        diagnostics.push(Diagnostic::info(
            DiagnosticKind::WrappedLines,
            first,
            format!("joined {joins} {noun}{plural} {how}"),
        ));
    }
}

/// Says where the copy's prose had spaces inside its words or beside its punctuation, which
/// reading dropped (`全省生产 总值增长8%左右` → `全省生产总值增长8%左右`, a portal's page of
/// Hebei's 2010 report; `“退二进三” 工作`).
fn note_spaces_inside_words(body: &[Line], diagnostics: &mut Vec<Diagnostic>) {
    let mut dropped = 0;
    let mut lines = 0;
    let mut first = None;
    for line in body {
        let n = crate::read::decode::spaces_inside_words(&line.original);
        if n > 0 {
            dropped += n;
            lines += 1;
            first.get_or_insert(line.no);
        }
    }
    if dropped > 0 {
        let s = |n: usize| if n == 1 { "" } else { "s" };
        diagnostics.push(Diagnostic::info(
            DiagnosticKind::PageArtifact,
            first,
            format!(
                "dropped {dropped} space{} inside sentences, between Chinese characters or beside Chinese punctuation, on {lines} line{} from here",
                s(dropped),
                s(lines)
            ),
        ));
    }
}

/// Joins lines broken inside a paragraph (copies from PDFs): a line that does not end a
/// sentence, followed by a line that does not start a heading, item or address.
/// A part title standing alone (`“十四五”时期经济社会发展回顾`) over a longer paragraph: not
/// the start of that paragraph, since a line the copy wrapped is at least as long as the line
/// that ends its paragraph.
fn is_title_over_paragraph(prev: &str, line: &str) -> bool {
    (is_bare_title(prev) || names_a_part(prev)) && line.chars().nth(prev.chars().count()).is_some()
}

/// A numbered heading line without a sentence end (`一、认真地有步骤地改革城市经济中普遍存在
/// 的吃“大锅饭”的弊端，更好地调动企业和职工的积极性`, the State Council's 1984 report) over a
/// paragraph the copy indents (`　　当前城市经济体制改革的中心课题…`): the indent opens a
/// paragraph of its own, where a line the copy wrapped goes on without one.
fn is_heading_over_indented_paragraph(prev: &Line, line: &Line) -> bool {
    let indented = line.original.starts_with("　　") || line.original.starts_with("    ");
    indented
        && (parse_marker(&prev.text).is_some() || opens_with_ordinal_head(&prev.text))
        && prev.joined.is_empty()
}

/// A numbered heading line without a sentence end (`（一）纵深推进“双区”建设和深圳综合改革试点，
/// 全面推进横琴、前海两个合作区建设，`, Guangdong's 2022 task titles on lines of their own) over
/// a paragraph more than twice its length (`积极作为深入推进粤港澳大湾区建设。加快打造…`, 300
/// characters): a line the copy wrapped is at least as long as the rest of its paragraph, and a
/// heading a copy broke goes on for a few words, not for a paragraph.
fn is_heading_over_longer_paragraph(prev: &Line, line: &Line) -> bool {
    let prev_chars = prev.text.chars().count();
    prev.joined.is_empty()
        && parse_marker(&prev.text).is_some()
        && line.text.chars().nth(2 * prev_chars).is_some()
}

/// A head counted in words, `第一，`…`第十，` (the State Council's 1987 report sets
/// `第一，必须把加强农业放在发展国民经济的重要战略地位` on a line of its own over the indented
/// paragraph it heads): it heads a paragraph as a numbered heading does, though it is no
/// heading marker of the outline.
fn opens_with_ordinal_head(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('第') else {
        return false;
    };
    let numeral: String = rest
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .collect();
    (1..=2).contains(&numeral.chars().count())
        && rest[numeral.len()..].starts_with([',', '，', '、'])
}

/// The longest line that may be a piece broken off a sentence (see [`is_word_broken_off`]).
const BROKEN_OFF_MAX_CHARS: usize = 8;

/// Whether `prev` is a short piece of a sentence that the copy broke off inside a word and
/// set on a line of its own: `新建省` / `级乡村振兴示范区15个…` (`省级` is one word), as portals
/// do around a hyperlinked word. A heading or title ends on a word of its own, so the
/// dictionary's best cut of the two lines' meeting point keeps them apart; a piece broken off
/// inside a word is cut across it, one of its pieces a lone character.
fn is_word_broken_off(prev: &str, line: &str) -> bool {
    let short = prev.chars().nth(BROKEN_OFF_MAX_CHARS).is_none();
    if !short
        || prev.is_empty()
        || ends_paragraph(prev)
        || !prev.chars().all(crate::text::is_han_script)
        || !line.starts_with(crate::text::is_han_script)
        || parse_marker(prev).is_some()
        || parse_marker(line).is_some()
        || is_bare_address(prev)
    {
        return false;
    }
    // The meeting point with up to four characters on each side.
    let tail_start = prev.char_indices().rev().nth(3).map_or(0, |(at, _)| at);
    let head_end = line.char_indices().nth(4).map_or(line.len(), |(at, _)| at);
    let joined = format!("{}{}", &prev[tail_start..], &line[..head_end]);
    let seam = prev.len() - tail_start;
    // A word across the seam with a lone character on one side (`省|级`, `发|展`): two words
    // that make a longer one (`回顾|过去`, a bare heading `工作回顾` over `过去一年…`) are no
    // proof of a break.
    let mut at = 0;
    crate::text::words::cut(&joined).into_iter().any(|word| {
        let (start, end) = (at, at + word.len());
        at = end;
        let lone = |piece: &str| piece.chars().nth(1).is_none();
        start < seam && seam < end && (lone(&joined[start..seam]) || lone(&joined[seam..end]))
    })
}

fn join_wrapped(lines: Vec<Line>, diagnostics: &mut Vec<Diagnostic>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut joins = 0usize;
    let mut first_join = None;
    // Whether the last line read opened or continued a list of figures one a line.
    let mut in_list = false;
    for line in lines {
        // A list of figures one a line (`预期目标:` / `全省生产总值增长5%左右` / `城镇新增就业
        // 60万人以上`, as a news story prints the year's targets): each item stands alone.
        let item = in_list && line.text.chars().nth(20).is_none() && is_figure_line(&line.text);
        in_list = item || line.text.ends_with([':', '：']);
        // A line cannot end on an opening quote or bracket, nor start with a closing one or
        // with a comma: the copy broke it there (a hyperlinked word such as `十四五` set on a
        // line of its own splits `二、“` / `十四五` / `”时期…`).
        let forced = out.last().is_some_and(|prev: &Line| {
            prev.text.ends_with(['“', '《', '(', '‘', '「', '『'])
                || line.text.starts_with([
                    '”', '》', ')', '’', '」', '』', ',', '。', '、', ';', ':', '!', '?',
                ])
        });
        let join = !item
            && (forced
                || out
                    .last()
                    .is_some_and(|prev: &Line| is_word_broken_off(&prev.text, &line.text))
                || out.last().is_some_and(|prev: &Line| {
                    // `prev` grows with every line joined to it: every test on it here looks at a
                    // bounded part of it (at least 15 characters: the 15th exists), or the run of
                    // 100,000 short lines that join into one is quadratic.
                    prev.text.chars().nth(14).is_some()
                        && !ends_paragraph(&prev.text)
                        && !is_bare_heading(&prev.text)
                        && !is_bare_address(&prev.text)
                        && !is_title_over_paragraph(&prev.text, &line.text)
                        && !is_heading_over_indented_paragraph(prev, &line)
                        && !is_heading_over_longer_paragraph(prev, &line)
                        && parse_marker(&line.text).is_none()
                        && !line.text.starts_with(['—', '-', '●', '•', '■', '◆'])
                        && !is_address(&line.text)
                        && !line.text.starts_with(|c: char| {
                            crate::text::numerals::is_cn_numeral_char(c)
                                && line.text.chars().nth(1) == Some('是')
                        })
                }));
        match (join, out.last_mut()) {
            (true, Some(prev)) => {
                prev.join(&line);
                joins += 1;
                first_join.get_or_insert(prev.no);
            }
            _ => out.push(line),
        }
    }
    note_joins(
        diagnostics,
        joins,
        first_join,
        "line",
        "broken inside a paragraph",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_piece_broken_off_inside_a_word_joins_the_next_line() {
        // `省级` and `三次` are broken across the lines: one paragraph each.
        assert!(is_word_broken_off(
            "新建省",
            "级示范区15个、美丽乡村200个。"
        ));
        assert!(is_word_broken_off("市委十届三", "次全会部署,奋发进取。"));
        // A heading or title ends on a word of its own.
        assert!(!is_word_broken_off(
            "主要工作",
            "主要预期目标是:生产总值增长6%左右。"
        ));
        assert!(!is_word_broken_off("政府工作报告", "各位代表:"));
        assert!(!is_word_broken_off(
            "工作回顾",
            "过去一年,全县经济平稳运行。"
        ));
        // A sentence's end, a marker or a long line is no piece.
        assert!(!is_word_broken_off("新建省。", "级示范区15个。"));
        assert!(!is_word_broken_off("一、新建省", "级示范区15个。"));
        assert!(!is_word_broken_off(
            "这是一个很长的不完整的句子的前半部分新建省",
            "级示范区。"
        ));
    }

    fn lines(text: &str) -> Vec<Line> {
        crate::read::decode::split_lines(text)
            .enumerate()
            .map(|(i, raw)| Line {
                no: i + 1,
                original: raw.to_string(),
                text: crate::read::decode::normalize_line(raw),
                joined: Vec::new(),
            })
            .collect()
    }

    const PROSE: &str = "一年来,我们坚持稳中求进工作总基调,经济运行总体平稳,地区生产总值增长6.8%。";

    /// A numbered heading line without a sentence end keeps apart from the indented paragraph
    /// below it (State Council 1984, blank lines dropped before joining); a line the copy
    /// wrapped, with no indent, joins it.
    #[test]
    fn a_heading_line_over_an_indented_paragraph_stays_apart() {
        let copy: Vec<Line> = lines(
            "一、认真地有步骤地改革城市经济中普遍存在的弊端,更好地调动企业和职工的积极性\n\u{3000}\u{3000}当前城市经济体制改革的中心课题是增强企业活力。",
        );
        let mut notes = Vec::new();
        assert_eq!(join_wrapped(copy, &mut notes).len(), 2);
        let wrapped: Vec<Line> = lines(
            "一、认真地有步骤地改革城市经济中普遍存在的弊端,更好地调动企业和职工的积极性,当前城市经济体制改革的\n中心课题是增强企业活力。",
        );
        assert_eq!(join_wrapped(wrapped, &mut notes).len(), 1);
        // A head counted in words does the same (State Council 1987).
        let ordinal: Vec<Line> = lines(
            "第一，必须把加强农业放在发展国民经济的重要战略地位\n\u{3000}\u{3000}在我们这样一个人口众多的大国里，农业是基础。",
        );
        assert_eq!(join_wrapped(ordinal, &mut notes).len(), 2);
        assert!(!opens_with_ordinal_head("第一季度,全省生产总值增长5%"));
        assert!(opens_with_ordinal_head("第十、加强法制"));
    }

    /// A task title on a line of its own, without a sentence end, over a paragraph more than
    /// twice its length keeps apart (Guangdong 2022, 2023: `（一）…建设,` over `积极作为…。…`);
    /// a line the copy wrapped (no longer than the line above it) joins.
    #[test]
    fn a_task_title_over_a_longer_paragraph_stays_apart() {
        let body = PROSE.repeat(3);
        let title = "(一)纵深推进示例区建设和综合改革试点,全面推进两个合作区建设,";
        let copy = lines(&format!("{title}\n积极作为深入推进湾区建设。{body}"));
        let mut notes = Vec::new();
        let out = join_wrapped(copy, &mut notes);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].text, title);
        let wrapped = lines(&format!(
            "{title}推动国家重大发展战略落地落实积极作为深入推进\n湾区建设。加快打造国际一流湾区。"
        ));
        assert_eq!(join_wrapped(wrapped, &mut notes).len(), 1);
    }

    #[test]
    fn a_head_set_on_its_own_line_rejoins_its_paragraph() {
        // Wikisource: the indent stranded on a line, the bold head, the body; blank lines
        // between paragraphs.
        let copy = lines(
            "\u{3000}\u{3000}\n一是\n企业管理体制不适应市场经济发展的要求。\n\n\u{3000}\u{3000}\n国民经济持续快速增长。\n全年国内生产总值增长9.7%。\n\n\u{3000}\u{3000}这些问题是多年积累起来的。\n下一段。",
        );
        let mut notes = Vec::new();
        let out = join_stranded_heads(&copy, &mut notes);
        let texts: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "",
                "一是企业管理体制不适应市场经济发展的要求。",
                "",
                "",
                "国民经济持续快速增长。全年国内生产总值增长9.7%。",
                "",
                "这些问题是多年积累起来的。",
                "下一段。",
            ]
        );
        assert_eq!(out[4].joined, [(out[4].text.find('全').unwrap(), 7)]);
        assert_eq!(notes.len(), 1);
        // A heading of its own after the stranded indent stays apart from what follows.
        let heading = lines("\u{3000}\u{3000}\n三、深化国有企业改革\n国有企业改革是今年的重点。");
        assert_eq!(join_stranded_heads(&heading, &mut notes).len(), 3);
    }

    #[test]
    fn a_list_of_figures_after_a_story_is_kept_line_by_line() {
        // A story prints the year's targets one a line after its text; the lines are short
        // and end with no stop, but they state figures: no page furniture, no wrapped lines.
        let text = format!(
            "示例县2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n{PROSE}\n相关数字\n\
             今年预期目标:\n全县生产总值增长5%左右\n城镇新增就业6000人以上\n回到顶部\n"
        );
        let c = clean(lines(&text));
        let body: Vec<&str> = c.body.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            body[body.len() - 3..],
            [
                "今年预期目标:",
                "全县生产总值增长5%左右",
                "城镇新增就业6000人以上"
            ]
        );
    }

    #[test]
    fn drops_site_text_before_and_after() {
        let text = format!(
            "首页 > 资料下载\n添加本站到桌面\n示例县2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n{PROSE}\n\n1、付费下载文档后只有使用权,本站不保证文档完整性。\n回到顶部\n联系客服:12345\n"
        );
        let c = clean(lines(&text));
        assert_eq!(c.header.len(), 1);
        assert_eq!(c.header[0].text, "示例县2024年政府工作报告");
        let body: Vec<&str> = c.body.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(body, ["各位代表:", "一、2023年工作回顾", PROSE]);
        assert_eq!(c.front_dropped.len(), 2);
        let dropped: Vec<_> = c
            .diagnostics
            .iter()
            .filter(|d| d.kind == DiagnosticKind::Boilerplate)
            .collect();
        assert_eq!(dropped.len(), 2);
        assert!(
            dropped[1].message.contains("3 lines"),
            "{}",
            dropped[1].message
        );
    }

    /// An appendix after the closing call, labelled `附件1` on a line of its own and numbered
    /// again from `一、`, is not more of the report's parts (nor is the report cut off): an
    /// annex of the year's livelihood projects is read apart, as one more plan part whose
    /// items are its sections; a glossary after it is dropped.
    #[test]
    fn numbered_appendix_after_the_closing_is_not_the_report() {
        let closing = "各位代表!让我们团结一心,为建设更加美好的示例市而努力奋斗!";
        let text = format!(
            "示例市2030年政府工作报告\n各位代表:\n一、2029年工作回顾\n{PROSE}\n二、2030年工作安排\n\
             今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,力争完成更多项目。\n{closing}\n\
             附件1\n2030年市十件民生实事\n坚持民生为大,扎扎实实办好十件民生实事,让群众得到实惠。\n\
             一、提高示例补贴标准。\n示例补贴从每人每月100元提高到110元,惠及全市困难群众。\n\
             二、新建一批口袋公园。\n全年新建口袋公园10个,方便市民就近休闲健身,改善城市环境。\n\
             附件2\n名词解释\n1.“示例工程”:\n是指示例市实施的一项示例工程。\n"
        );
        let c = clean(lines(&text));
        assert_eq!(c.body.last().map(|l| l.text.as_str()), Some(closing));
        let annex: Vec<&str> = c.annex.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(annex.first(), Some(&"2030年市十件民生实事"));
        assert_eq!(annex.len(), 6, "{annex:?}");
        let report = crate::parse_report(text.as_bytes(), "report.txt").expect("a report");
        let paths: Vec<(&str, crate::Role)> = report
            .parts
            .iter()
            .flat_map(crate::Section::walk)
            .map(|s| (s.path.as_str(), s.role))
            .collect();
        assert_eq!(
            paths,
            [
                ("一", crate::Role::Review),
                ("二", crate::Role::Plan),
                ("附件", crate::Role::Plan),
                ("附件.一", crate::Role::Plan),
                ("附件.二", crate::Role::Plan),
            ]
        );
        assert_eq!(report.parts[2].children[1].level, 2);
        assert!(!report.truncated, "{:?}", report.diagnostics);
        // Ten announced, two in the copy.
        assert!(
            report.diagnostics.iter().any(|d| d
                .message
                .contains("announces 10 items but the copy holds 2")),
            "{:?}",
            report.diagnostics
        );
    }

    /// A report of 示例省 ending on `closing`, then `after` (an annex, a footer).
    fn report_then(closing: &str, after: &str) -> String {
        format!(
            "示例省2030年政府工作报告\n各位代表:\n一、2029年工作回顾\n{PROSE}\n二、2030年工作安排\n\
             今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,力争完成更多项目。\n{closing}\n{after}"
        )
    }

    /// The annex's title may follow its label's colon (`附件1:2025年省十件民生实事`), and its
    /// items end where a portal's footer begins.
    #[test]
    fn task_annex_on_the_label_line_ends_at_the_footer() {
        let closing = "各位代表!让我们团结一心,为建设更加美好的示例省而努力奋斗!";
        let text = report_then(
            closing,
            "附件1:2030年省十件民生实事\n\
             一、提高示例补贴标准。示例补贴从每人每月100元提高到110元,惠及全省困难群众。\n\
             二、新建一批口袋公园。全年新建口袋公园10个,方便市民就近休闲健身,改善城市环境。\n\
             特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布\n返回网易首页\n",
        );
        let c = clean(lines(&text));
        let annex: Vec<&str> = c.annex.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(annex.len(), 3, "{annex:?}");
        let report = crate::parse_report(text.as_bytes(), "report.txt").expect("a report");
        let annex = report.parts.last().expect("parts");
        assert_eq!(
            (annex.path.as_str(), annex.title.as_str()),
            ("附件", "2030年省十件民生实事")
        );
        assert_eq!(annex.years, Some((2030, 2030)));
    }

    /// The annex's title may stand alone after the closing call, with no label, or after a
    /// label and a space (`附件1 2030年…`): its items are still the annex's, not more parts.
    #[test]
    fn task_annex_without_a_label_or_after_a_space() {
        let closing = "各位代表!让我们团结一心,为建设更加美好的示例省而努力奋斗!";
        for head in ["2030年示例省十件民生实事", "附件1 2030年省十件民生实事"] {
            let text = report_then(
                closing,
                &format!(
                    "{head}\n\
                     一、提高示例补贴标准。示例补贴从每人每月100元提高到110元,惠及全省困难群众。\n\
                     二、新建一批口袋公园。全年新建口袋公园10个,方便市民就近休闲健身,改善城市环境。\n"
                ),
            );
            let c = clean(lines(&text));
            assert_eq!(
                c.body.last().map(|l| l.text.as_str()),
                Some(closing),
                "{head}"
            );
            assert_eq!(c.annex.len(), 3, "{head}: {:?}", c.annex);
            let report = crate::parse_report(text.as_bytes(), "report.txt").expect("a report");
            let paths: Vec<&str> = report.parts.iter().map(|p| p.path.as_str()).collect();
            assert_eq!(paths, ["一", "二", "附件"], "{head}");
            assert_eq!(report.parts[2].title, head.trim_start_matches("附件1 "));
        }
    }

    /// An annex's items may put their text on lines of their own, in words a web page also
    /// uses (`免费`, `App`), and a line between items; a portal's notice still ends it.
    #[test]
    fn task_annex_items_with_text_on_lines_of_their_own() {
        let closing = "各位代表!让我们团结一心,为建设更加美好的示例省而努力奋斗!";
        let text = report_then(
            closing,
            "附件\n2030年省十件民生实事\n一、为孕产妇提供筛查服务\n\
             为超60万名孕妇免费提供产前筛查,为超70万名新生儿免费提供疾病筛查服务,减少出生缺陷。\n\
             具体安排\n\
             二、提升政务服务便利度\n\
             通过示例App办理的高频事项超过100项,群众办事更加方便省时,全年服务群众超过1000万人次。\n\
             特别声明:以上内容为自媒体平台用户上传并发布,本平台仅提供信息存储服务。\n",
        );
        let c = clean(lines(&text));
        let annex: Vec<&str> = c.annex.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(annex.len(), 6, "{annex:?}");
        assert!(annex[5].contains("1000万人次"), "{annex:?}");
    }

    /// A news story of a congress session runs on with the reports of other bodies: the
    /// government's ends before the first announcement of one.
    #[test]
    fn other_bodies_reports_are_not_the_report() {
        let plan = "今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,力争完成更多项目。";
        let text = format!(
            "示例县2030年政府工作报告\n一、2029年工作回顾\n{PROSE}\n二、2030年工作安排\n{plan}\n\
             县人大常委会主任张某作示例县人民代表大会常务委员会工作报告。\n\
             报告指出,一年来,县人大常委会坚持依法履职,审议了多项法规草案,取得了明显成效。\n\
             一是坚持政治引领,以更高站位增强政治担当。\n\
             示例县人民法院院长李某作示例县人民法院工作报告。\n"
        );
        let c = clean(lines(&text));
        assert_eq!(c.body.last().map(|l| l.text.as_str()), Some(plan));
    }

    /// A portal's summary without address or numbered parts: the report starts at the part
    /// title above its first prose line, though that line holds a toolbar word (`加大`); a title
    /// is not joined to the longer paragraph under it.
    #[test]
    fn summary_starts_at_its_first_part_title() {
        let review =
            "2030年,面对外部压力加大、内部困难增多的复杂形势,全县上下团结奋斗,地区生产总值增长6%。";
        let text = format!(
            "标题:示例县2031年政府工作报告\n发文单位:示例县人民政府\n正文:\n\n2030年工作回顾:\n\n{review}\n\n\
             2031年工作安排:\n2031年主要预期目标:地区生产总值增长6.5%以上,一般公共预算收入增长5%。\n"
        );
        let c = clean(lines(&text));
        let body: Vec<&str> = c.body.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(body[..2], ["2030年工作回顾:", review]);
        let titled = clean(lines(&format!("“十四五”时期经济社会发展回顾\n{review}\n")));
        assert_eq!(
            titled.body.first().map(|l| l.text.as_str()),
            Some("“十四五”时期经济社会发展回顾")
        );
    }

    /// A page's link list after the report (`友情链接:` and the sites' names, then the
    /// contact lines) is not plan text, although a long contact line stops the walk back.
    #[test]
    fn link_list_after_the_report_is_not_the_report() {
        let plan = "今年经济社会发展的主要预期目标是:地区生产总值增长5%左右,力争完成更多项目。";
        let text = format!(
            "示例市2030年政府工作报告\n一、2029年工作回顾\n{PROSE}\n二、2030年工作安排\n{plan}\n\
             友情链接:\n示例省科技厅\n示例大学\n其他网站\n\
             联系地址:示例市东二环1号 电话 上班时间:周一至周五 上午:8:30-12:00 下午:13:30-17:30\n"
        );
        let c = clean(lines(&text));
        assert_eq!(c.body.last().map(|l| l.text.as_str()), Some(plan));
        assert!(is_site_section("相关报道:示例县召开人民代表大会"));
        assert!(!is_site_section("相关部门要加强联系我们的群众"));
    }

    /// An outline without a label: bare headings before any prose whose titles come back as
    /// headings of the body (inline ones too); a run whose titles do not come back is none.
    #[test]
    fn unlabelled_outline_is_found_by_its_repeated_titles() {
        let text = format!(
            "示例县政府工作报告\n一、过去一年工作回顾\n二、今年主要任务\n三、加强自身建设\n四、其他事项\n\
             各位代表:\n一、过去一年工作回顾\n{PROSE}\n二、今年主要任务。今年要稳中求进,力争增长6%。\n\
             三、加强自身建设\n{PROSE}\n"
        );
        let (label, range) = find_outline(&lines(&text));
        assert_eq!((label, range), (None, Some((1, 4))));
        let seen = last_seen_in_headings(&lines(&text), ["今年主要任务", "其他事项"].into_iter());
        assert_eq!(seen("今年主要任务"), Some(8));
        assert_eq!(seen("其他事项"), Some(4));
        assert_eq!(seen(""), Some(9));
        let text = format!("一、甲\n二、乙\n三、丙\n四、丁\n各位代表:\n{PROSE}\n五、戊\n");
        assert_eq!(find_outline(&lines(&text)), (None, None));
    }

    #[test]
    fn header_walk_passes_source_labels() {
        let text = format!(
            "【字号:\n加大\n】\n2026年示例省政府工作报告\n2026年1月14日在示例省第十四届人民代表大会第四次会议上\n来源:示例日报\n时间:2026-01-22\n示例省省长 张三\n各位代表:\n{PROSE}"
        );
        let c = clean(lines(&text));
        let header: Vec<&str> = c.header.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            header,
            [
                "2026年示例省政府工作报告",
                "2026年1月14日在示例省第十四届人民代表大会第四次会议上",
                "示例省省长 张三"
            ]
        );
        assert_eq!(c.front_dropped.len(), 3);
    }

    #[test]
    fn labelled_outline_is_not_body() {
        let text = format!(
            "提纲:\n一、2023年工作回顾\n  (一)聚力稳增长\n二、2024年目标\n  (一)推进工业\n1.建设平台\n\n示例县2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n{PROSE}"
        );
        let c = clean(lines(&text));
        assert_eq!(c.outline_label, Some(1));
        assert_eq!(c.outline.len(), 5);
        assert_eq!(c.body[0].text, "各位代表:");
        assert!(c.front_dropped.is_empty());
    }

    #[test]
    fn csv_export_is_unwrapped_with_file_line_numbers() {
        let report = format!("各位代表:\n一、2025年工作回顾\n{}", PROSE.repeat(12));
        let text = format!(
            "province,year,title,full_text\n示例省,2026,2026年示例省政府工作报告,\"下载\n{report}\n相关报道:\"\n"
        );
        let c = clean(lines(&text));
        assert_eq!(
            c.container.as_deref(),
            Some("CSV export, field \"full_text\" of row 1")
        );
        assert_eq!(c.body[0].text, "各位代表:");
        assert_eq!(c.body[0].no, 3);
        assert_eq!(c.body.len(), 3);
        assert!(
            c.container_fields
                .contains(&("title".into(), "2026年示例省政府工作报告".into()))
        );
    }

    #[test]
    fn page_numbers_and_running_titles_inside() {
        let text = format!(
            "示例县2024年政府工作报告\n各位代表:\n{PROSE}\n- 2 -\n示例县2024年政府工作报告\n{PROSE}"
        );
        let c = clean(lines(&text));
        assert_eq!(c.body.len(), 3);
        assert!(
            c.diagnostics
                .iter()
                .any(|d| d.kind == DiagnosticKind::PageArtifact)
        );
    }

    #[test]
    fn wrapped_lines_are_joined() {
        let text = "各位代表:\n一年来,我们坚持稳中求进工作总基调,经济运行\n总体平稳,地区生产总值增长6.8%。\n(一)聚力稳增长。";
        let c = clean(lines(text));
        let body: Vec<&str> = c.body.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            body,
            [
                "各位代表:",
                "一年来,我们坚持稳中求进工作总基调,经济运行总体平稳,地区生产总值增长6.8%。",
                "(一)聚力稳增长。"
            ]
        );
        assert_eq!(c.body[1].no, 2);
    }
}
