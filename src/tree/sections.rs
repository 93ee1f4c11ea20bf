//! Third stage: the section tree.
//!
//! Headings are recognised by their markers (see [`crate::tree::heading`]) and accepted only when
//! their number fits the sequence: the next sibling, the first child, or the continuation of
//! the numbering of the previous group (many reports number tasks 1–40 across groups). A
//! marker that does not fit is read as text and reported.

use std::collections::HashMap;

use crate::model::{
    Diagnostic, DiagnosticKind, Horizon, Marker, MarkerKind, Outline, OutlineEntry, Paragraph,
    Role, Section,
};
use crate::read::clean::{PARAGRAPH_ENDS, clip, is_bare_address};
use crate::read::decode::Line;
use crate::text::similarity::titles_match;
use crate::tree::heading::{
    MAX_BARE_TITLE, is_bare_title, names_a_part, names_a_topic, parse_marker, split_title,
};

/// The body as a tree.
#[derive(Debug, Default)]
pub struct Tree {
    pub preamble: Vec<Paragraph>,
    pub parts: Vec<Section>,
    pub closing: Vec<Paragraph>,
    pub diagnostics: Vec<Diagnostic>,
}

/// How far a number may jump ahead and still be taken as a heading (with a warning).
const MAX_GAP: u32 = 3;
/// Part titles longer than this are prose that happens to start with `一、`.
const MAX_PART_TITLE: usize = 50;
/// Longest part title on a line of its own, with no sentence after it.
const MAX_STANDALONE_PART_TITLE: usize = 80;

struct Builder {
    preamble: Vec<Paragraph>,
    parts: Vec<Section>,
    /// Open sections, outermost first.
    stack: Vec<Section>,
    /// Last number of each marker kind within the current part, for numbering that runs on
    /// across groups.
    last_in_part: HashMap<MarkerKind, u32>,
    /// Last top-level number seen.
    last_part: Option<u32>,
    /// A run of groups numbered like parts under the open part: how many it announced and
    /// how many have come (see [`Builder::nest_restarted_parts`]).
    nested_run: Option<(u32, u32)>,
    /// The last number of a run of lines numbered like parts from `一、` that were read as
    /// text (a list inside a part); 0 when there is none (see [`Builder::continues_a_list`]).
    stray_run: u32,
    paths: HashMap<String, usize>,
    diagnostics: Vec<Diagnostic>,
}

impl Builder {
    fn new() -> Self {
        Builder {
            preamble: Vec::new(),
            parts: Vec::new(),
            stack: Vec::new(),
            last_in_part: HashMap::new(),
            last_part: None,
            nested_run: None,
            stray_run: 0,
            paths: HashMap::new(),
            diagnostics: Vec::new(),
        }
    }

    /// Closes open sections down to (and excluding) the first one above `level`.
    fn close_to(&mut self, level: u8) {
        while self.stack.last().is_some_and(|s| s.level >= level) {
            let Some(done) = self.stack.pop() else { break };
            match self.stack.last_mut() {
                Some(parent) => parent.children.push(done),
                None => self.parts.push(done),
            }
        }
    }

    /// The section a heading of `level` would go under, if it were accepted.
    fn parent_for(&self, level: u8) -> Option<&Section> {
        self.stack.iter().rev().find(|s| s.level < level)
    }

    /// What number the next heading of `kind` under the would-be parent may carry.
    fn expected(&self, kind: MarkerKind) -> Expected {
        let level = kind.level();
        if level == 1 {
            return match self.last_part {
                Some(n) => Expected::After(n),
                None => Expected::First(None),
            };
        }
        // Siblings: the parent's closed children, then its open child on the stack.
        let (closed, open): (&[Section], Option<&Section>) =
            match self.stack.iter().rposition(|s| s.level < level) {
                Some(i) => (&self.stack[i].children, self.stack.get(i + 1)),
                None => (&self.parts, self.stack.first()),
            };
        let last_sibling = open
            .filter(|s| s.marker.kind == kind)
            .or_else(|| closed.iter().rev().find(|s| s.marker.kind == kind))
            .map(|s| s.marker.number);
        match last_sibling {
            Some(n) => Expected::After(n),
            None => Expected::First(self.last_in_part.get(&kind).copied()),
        }
    }

    /// A line numbered like a part read as text: it opens or continues a run of such lines
    /// (a list inside a part). Returns `false`, the line being no heading.
    fn read_as_list_item(&mut self, n: u32) -> bool {
        self.stray_run = if n == 1 || n == self.stray_run + 1 {
            n
        } else {
            0
        };
        false
    }

    /// Whether `n` is the next item of a list numbered like parts whose items before it were
    /// read as text: under part 四 of the State Council's 1987 report a list runs `一、`…`五、`,
    /// and its `五、` fits the parts' sequence only by chance.
    fn continues_a_list(&self, n: u32) -> bool {
        self.stray_run > 0 && n == self.stray_run + 1
    }

    /// Older provincial reports number the groups of their plan part with the parts' own
    /// marker (`二、2002年工作的总体要求和主要任务` … `要着力抓好五个方面的工作:` then
    /// `一、推进结构调整…` to `五、加强政府自身建设…`, their tasks `1、`). A restart at `一、` right
    /// under a part that has announced N groups, before any group of its own, opens a run of N
    /// groups; each `一、`…`N、` of the run is read as a group of that part.
    fn nest_restarted_parts(&mut self, marker: Marker) -> Marker {
        // Under a part opened by a title without a number, its `一、` are groups: their own
        // groups `(一)` are tasks, and so on down.
        let shifted = matches!(self.nested_run, Some((u32::MAX, _)));
        if marker.kind != MarkerKind::Part {
            let kind = match marker.kind {
                MarkerKind::Group if shifted => MarkerKind::Task,
                MarkerKind::Task if shifted => MarkerKind::Item,
                MarkerKind::Item if shifted => MarkerKind::Circled,
                kind => kind,
            };
            return Marker { kind, ..marker };
        }
        if self.nested_run.is_none()
            && marker.number == 1
            && self.last_part.is_some()
            && let [part] = self.stack.as_slice()
            && part.children.is_empty()
        {
            self.split_off_the_turn();
            let Some(part) = self.stack.last() else {
                return marker;
            };
            self.nested_run = part
                .paragraphs
                .iter()
                .filter_map(|p| announced_count(&p.text))
                .next_back()
                // A part opened by a title without a number (`“十五五”时期主要目标和2026年重点工作`)
                // numbers its groups `一、`…`四、`: as many as follow in order.
                .or(part.marker.text.is_empty().then_some(u32::MAX))
                .map(|n| (n, 0));
        }
        match self.nested_run {
            Some((announced, taken)) if marker.number == taken + 1 => {
                self.nested_run = (taken + 1 < announced).then_some((announced, taken + 1));
                Marker {
                    kind: MarkerKind::Group,
                    ..marker
                }
            }
            _ => {
                self.nested_run = None;
                marker
            }
        }
    }

    /// A review under a title without a number and without a word of the plan (`首先报告2001年
    /// 的工作`, the State Council's 2002 report) runs on, with no title of its own, into the
    /// year's general requirements and the announcement of its groups (`2002年是…`, `今年工作的
    /// 总体要求是…`, `今年要着重做好以下八个方面工作。`, then `一、`…`八、`). The paragraphs from
    /// where the part turns ahead (by [`turn_ahead`]) become an untitled part of their own, so
    /// that the groups go under the plan and not under the review. A title that names the plan
    /// (`“十五五”时期主要目标和2026年重点工作`) keeps its paragraphs, as does a part that looks
    /// ahead from its start.
    fn split_off_the_turn(&mut self) {
        let [part] = self.stack.as_mut_slice() else {
            return;
        };
        let names_the_plan = crate::tree::roles::PLAN_WORDS
            .iter()
            .any(|w| part.title.contains(w));
        // A new term's five-year review (`过去五年国内工作的基本总结`, the State Council's 1988
        // report) turns to the problems of the day and its lessons, not to the year's plan,
        // which has a titled part of its own.
        let names_the_term = crate::tree::heading::FIVE_YEARS_IN_WORDS
            .iter()
            .any(|w| part.title.starts_with(w));
        if !part.marker.text.is_empty() || names_the_plan || names_the_term {
            return;
        }
        let turn = turn_ahead(&part.paragraphs);
        if turn == 0
            || turn == part.paragraphs.len()
            || chars(&part.paragraphs[..turn]) < MIN_REVIEW_RUN
        {
            return;
        }
        let ahead = part.paragraphs.split_off(turn);
        let number = part.marker.number + 1;
        let line = ahead.first().map_or(part.line, |p| p.line);
        self.close_to(1);
        let plan = bare_part(number, String::new(), line, ahead);
        self.paths.insert(plan.path.clone(), 1);
        self.last_part = Some(number);
        self.stack.push(plan);
    }

    fn heading(&mut self, line: &Line, marker: Marker, rest: &str) -> bool {
        // An item of a list in a paragraph's run, numbered like a part and ended with `;` as
        // the next one follows (the State Council's 1985 price reform: `今年价格改革的主要内容
        // 是:`, then `一、合理调整农村粮食购销价格…;` to `四、…。`): no part title ends so.
        if marker.kind == MarkerKind::Part && rest.trim_end().ends_with(';') {
            return self.read_as_list_item(marker.number);
        }
        let marker = self.nest_restarted_parts(marker);
        let kind = marker.kind;
        let level = kind.level();
        if level == 1 && self.continues_a_list(marker.number) {
            return self.read_as_list_item(marker.number);
        }
        let (mut title, mut body) = split_title(rest);
        // A title on a line of its own may run longer: the 1980s' titles are sentences
        // (`一、维护世界和平是我国对外政策的主要目标，我们要坚持不懈地…而努力`).
        let longest = if body.is_empty() && !rest.trim_end().ends_with(',') {
            MAX_STANDALONE_PART_TITLE
        } else {
            MAX_PART_TITLE
        };
        let n = marker.number;
        let expected = self.expected(kind);
        let verdict = expected.judge(n);
        if level == 1 && title.chars().count() > longest {
            // The next part's number, right in sequence, on a line whose copy lost the break
            // after the title (`三、深入改革经济体制和扩大对外开放国民经济的长期稳定发展，既要靠…`,
            // the State Council's 1987 report): the part opens here, titled by its first
            // clause, and the whole line is its first paragraph.
            if !(matches!(verdict, Fit::Yes) && self.last_part.is_some()) {
                return self.read_as_list_item(n);
            }
            title = first_clause(rest);
            body = rest;
        }
        let where_ = self.parent_for(level).map_or_else(
            || "at the top level".to_string(),
            |p| format!("under {}", p.path),
        );
        match verdict {
            Fit::Yes => {}
            Fit::Gap(want) => self.diagnostics.push(Diagnostic::warning(
                DiagnosticKind::NumberingGap,
                Some(line.no),
                format!(
                    "numbering gap {where_}: {} follows {}, expected {want}",
                    marker.text,
                    want - 1
                ),
            )),
            Fit::Start => self.diagnostics.push(Diagnostic::warning(
                DiagnosticKind::NumberingGap,
                Some(line.no),
                format!("numbering {where_} starts at {} instead of 1", marker.text),
            )),
            Fit::Repeat => self.diagnostics.push(Diagnostic::warning(
                DiagnosticKind::NumberingRepeat,
                Some(line.no),
                format!("number repeated {where_}: {}", marker.text),
            )),
            Fit::No(want) => {
                if level == 1 {
                    self.read_as_list_item(n);
                }
                self.diagnostics.push(Diagnostic::warning(
                    DiagnosticKind::StrayHeading,
                    Some(line.no),
                    format!(
                        "\"{}\" looks like a heading but does not fit the sequence (expected {want} {where_}); read as text",
                        clip(&line.text, 20)
                    ),
                ));
                return false;
            }
        }
        self.close_to(level);
        if level == 1 {
            self.last_part = Some(n);
            self.last_in_part.clear();
            self.stray_run = 0;
        }
        self.last_in_part.insert(kind, n);
        let base = match self.stack.last() {
            Some(parent) => format!("{}.{}", parent.path, marker.path_label()),
            None => marker.path_label(),
        };
        let seen = self.paths.entry(base.clone()).or_insert(0);
        *seen += 1;
        let path = if *seen == 1 {
            base
        } else {
            format!("{base}#{seen}")
        };
        let mut section = Section {
            path,
            level,
            marker,
            title: title.to_string(),
            inline: !body.is_empty(),
            role: Role::Other,
            horizon: Horizon::Annual,
            years: None,
            line: line.no,
            paragraphs: Vec::new(),
            children: Vec::new(),
        };
        if !body.is_empty() {
            section.paragraphs.push(tail_paragraph(line, body));
        }
        self.stack.push(section);
        true
    }

    /// A part title standing alone without a number (`2023年主要工作`) opens the next part.
    /// Before the first one, the opening that follows the news lead (`一是经济运行稳中向好…`,
    /// `过去的一年…`: the review, which such copies print without a title) becomes an untitled
    /// part of its own when it is long enough to be read; its role is decided by what it says.
    fn bare_heading(&mut self, line: &Line) -> bool {
        if self.last_part.is_none() && self.stack.is_empty() {
            let lead = leading_lead(&self.preamble);
            let end = self.preamble.len();
            if let Some(part) = untitled_part(&mut self.preamble, lead..end, MIN_OPENING_PART) {
                self.paths.insert(part.path.clone(), 1);
                self.last_part = Some(1);
                self.parts.push(part);
            }
        }
        let marker = Marker {
            kind: MarkerKind::Part,
            number: self.last_part.map_or(1, |n| n + 1),
            text: String::new(),
        };
        // A title without a number is a part's, never the next group of a run numbered
        // like parts under the part before.
        self.nested_run = None;
        self.heading(line, marker, &line.text)
    }

    fn paragraph(&mut self, line: &Line) {
        let paragraph = Paragraph {
            line: line.no,
            text: line.text.clone(),
            joined: line.joined.clone(),
        };
        match self.stack.last_mut() {
            Some(section) => section.paragraphs.push(paragraph),
            None => self.preamble.push(paragraph),
        }
    }

    fn finish(mut self) -> (Vec<Paragraph>, Vec<Section>, Vec<Diagnostic>) {
        self.close_to(0);
        (self.preamble, self.parts, self.diagnostics)
    }
}

/// The paragraph that an inline heading's line goes on with (`（一）着力扩大内需。推动…`):
/// `body`, the end of `line`, with the lines it is on.
/// The first clause of a line, clipped to a part title's length: the title of a part whose
/// copy ran the title into its paragraph.
fn first_clause(text: &str) -> &str {
    let end = text.find([',', '。', ';', ':']).unwrap_or(text.len());
    let clause = &text[..end];
    match clause.char_indices().nth(MAX_PART_TITLE) {
        Some((i, _)) => &clause[..i],
        None => clause,
    }
}

fn tail_paragraph(line: &Line, body: &str) -> Paragraph {
    let start = line.text.len().saturating_sub(body.len());
    if !line.text.ends_with(body) {
        return Paragraph {
            line: line.no,
            text: body.to_string(),
            joined: Vec::new(),
        };
    }
    Paragraph {
        line: crate::model::line_at(line.no, &line.joined, start),
        text: body.to_string(),
        joined: line
            .joined
            .iter()
            .filter(|(at, _)| *at > start)
            .map(|(at, no)| (at - start, *no))
            .collect(),
    }
}

#[derive(Debug, Clone, Copy)]
enum Expected {
    /// First of its kind here; may continue the numbering of the previous group.
    First(Option<u32>),
    After(u32),
}

enum Fit {
    Yes,
    Start,
    Gap(u32),
    Repeat,
    No(u32),
}

impl Expected {
    fn judge(self, n: u32) -> Fit {
        match self {
            Expected::First(None) => {
                if n == 1 {
                    Fit::Yes
                } else if n <= 1 + MAX_GAP {
                    Fit::Start
                } else {
                    Fit::No(1)
                }
            }
            Expected::First(Some(prev)) => {
                if n == 1 || n == prev + 1 {
                    Fit::Yes
                } else if n > prev + 1 && n <= prev + 1 + MAX_GAP {
                    Fit::Gap(prev + 1)
                } else {
                    Fit::No(1)
                }
            }
            Expected::After(prev) => {
                if n == prev + 1 {
                    Fit::Yes
                } else if n == prev {
                    Fit::Repeat
                } else if n > prev + 1 && n <= prev + 1 + MAX_GAP {
                    Fit::Gap(prev + 1)
                } else {
                    Fit::No(prev + 1)
                }
            }
        }
    }
}

/// Builds the tree from the body lines.
pub fn build(body: &[Line]) -> Tree {
    let mut builder = Builder::new();
    // Part titles standing alone without a number are read only in a copy that numbers no
    // part: there the short unpunctuated lines are its part titles.
    let markers: Vec<Option<(Marker, &str)>> = body.iter().map(|l| parse_marker(&l.text)).collect();
    let first_part = markers
        .iter()
        .position(|m| m.as_ref().is_some_and(|(m, _)| m.kind.level() == 1));
    let bare_titles = first_part.is_none();
    // A title has text under it: a run of short lines (a portal's link list: `中国科技部`,
    // `河北省科技厅`, …) is not a run of parts. Above the first numbered part, a title that
    // names its part's work stands for a part too (`“十四五”时期发展成就和2025年工作回顾`, then
    // `“十五五”时期主要目标和2026年重点工作` over `一、`…`四、`).
    let has_text_under = |i: usize| {
        body.get(i + 1)
            .is_some_and(|next| next.text.chars().count() > MAX_BARE_TITLE)
    };
    let names_its_part = |i: usize| {
        (names_a_part(&body[i].text) || names_a_topic(&body[i].text)) && has_text_under(i)
    };
    // A copy whose first part is such a title prints all its part titles so, and numbers only
    // the groups below each: a new term's report (`过去五年回顾和2002年工作情况` over `一、`…`六、`,
    // then `对今后五年和2003年政府工作的建议` over `一、`…`九、`).
    let titles_its_parts = first_part.is_some_and(|f| (0..f).any(names_its_part));
    let titled = |i: usize| {
        if bare_titles {
            is_bare_title(&body[i].text) && has_text_under(i)
        } else {
            (titles_its_parts || first_part.is_some_and(|f| i < f)) && names_its_part(i)
        }
    };
    for (i, (line, marker)) in body.iter().zip(markers).enumerate() {
        let taken = match marker {
            Some((marker, rest)) => builder.heading(line, marker, rest),
            None if titled(i) => builder.bare_heading(line),
            None => false,
        };
        if !taken {
            builder.paragraph(line);
        }
    }
    let (mut preamble, mut parts, diagnostics) = builder.finish();
    frame_groups(&mut preamble, &mut parts);
    let mut closing = take_closing(&mut parts);
    if let Some(part) = parts.last_mut() {
        part.paragraphs.extend(conduct_out_of_closing(&mut closing));
    }
    for part in &mut parts {
        lift_epilogue(part);
    }
    // A bare `各位代表!` between paragraphs addresses the audience; it carries no content.
    for part in &mut parts {
        drop_bare_addresses(part);
    }
    closing.retain(|p| !is_bare_address(&p.text));
    Tree {
        preamble,
        parts,
        closing,
        diagnostics,
    }
}

/// Opening paragraphs shorter than this stay in the preamble when the opening becomes a part:
/// a news lead (`1月30日，市长…作政府工作报告时说`) belongs to the header.
const MAX_LEAD: usize = 80;
/// An opening becomes a part of its own only with this much text.
const MIN_OPENING_PART: usize = 300;
/// A run of paragraphs looking back before a copy's groups is its review with this much text
/// (a news story may sum up the year in one paragraph of 200 characters).
const MIN_REVIEW_RUN: usize = 100;

/// Frames an abridged newspaper copy that prints no part title at all (`今年政府工作的总体要求
/// 是…`, `经济社会发展的主要预期目标是…`, then `(一)聚力…` to `(六)…`): its numbered groups are
/// one untitled part, so that their role is decided by what they say together (one group full
/// of last year's figures does not make a review inside the plan), and the opening before them
/// joins that part when it looks ahead the same way (its targets are the plan's), or becomes an
/// untitled part of its own when it is long enough to be read. A report with a part, numbered
/// or standing alone, is left as built.
fn frame_groups(preamble: &mut Vec<Paragraph>, parts: &mut Vec<Section>) {
    if parts.is_empty() || parts.iter().any(|p| p.level == 1) {
        return;
    }
    let lead = leading_lead(preamble);
    let turn = lead + turn_ahead(&preamble[lead..]);
    // Every framed part holds text of its own: a part made of nothing would be a section
    // without a line of its own. Groups alone, after a short lead, stay as they are.
    let review = chars(&preamble[lead..turn]) >= MIN_REVIEW_RUN;
    if !review && turn == preamble.len() {
        return;
    }
    let looking_ahead = preamble.split_off(turn);
    let mut framed: Vec<Section> = untitled_part(preamble, lead..turn, MIN_REVIEW_RUN)
        .into_iter()
        .collect();
    if looking_ahead.is_empty() {
        framed.append(parts);
    } else {
        let line = looking_ahead.first().map_or(0, |p| p.line);
        let mut groups = bare_part(framed.len() as u32 + 1, String::new(), line, looking_ahead);
        for mut group in parts.drain(..) {
            prefix_paths(&mut group, &groups.path);
            groups.children.push(group);
        }
        framed.push(groups);
    }
    *parts = framed;
}

/// Where an opening turns from looking back to looking ahead: the split that puts the most
/// paragraphs on their side (looking back before it, ahead after it, by [`tense_score`]'s
/// sign), the earliest of equals. A news story of a congress opening sums up last year in a
/// paragraph or two (`去年以来，…增长6.5%`), then this year's targets and tasks.
///
/// [`tense_score`]: crate::tree::roles::tense_score
fn turn_ahead(opening: &[Paragraph]) -> usize {
    let ahead: Vec<bool> = opening
        .iter()
        .map(|p| !opens_looking_back(&p.text) && crate::tree::roles::tense_score(&p.text) > 0.0)
        .collect();
    let mut agree: usize = ahead.iter().filter(|a| **a).count();
    let (mut best, mut at) = (agree, 0);
    for (i, a) in ahead.iter().enumerate() {
        if *a {
            agree -= 1;
        } else {
            agree += 1;
        }
        if agree > best {
            (best, at) = (agree, i + 1);
        }
    }
    at
}

/// Words that open a summary of last year (`报告指出，去年以来，面对…`): within the first
/// characters of a paragraph they say it looks back, whatever words of intent follow.
const LOOKING_BACK: &[&str] = &["去年以来", "过去的一年", "过去一年", "一年来", "这一年"];
/// How far into a paragraph [`LOOKING_BACK`] is looked for: after a reporting verb
/// (`报告指出，`, `闫继红说，`).
const LOOK_BACK_WITHIN: usize = 16;

fn opens_looking_back(text: &str) -> bool {
    let head: String = text.chars().take(LOOK_BACK_WITHIN).collect();
    LOOKING_BACK.iter().any(|w| head.contains(w))
}

/// How many opening paragraphs are a news lead (`1月30日，市长…作政府工作报告时说`), which belongs
/// to the header.
fn leading_lead(preamble: &[Paragraph]) -> usize {
    preamble
        .iter()
        .take_while(|p| p.text.chars().count() < MAX_LEAD && !opens_looking_back(&p.text))
        .count()
}

fn chars(paragraphs: &[Paragraph]) -> usize {
    paragraphs.iter().map(|p| p.text.chars().count()).sum()
}

/// The paragraphs `run` of the preamble as an untitled part numbered 1, taken out of the
/// preamble, when they hold at least `min_chars` characters; else the preamble stays as it is.
fn untitled_part(
    preamble: &mut Vec<Paragraph>,
    run: std::ops::Range<usize>,
    min_chars: usize,
) -> Option<Section> {
    let first = preamble.get(run.start)?.line;
    if chars(&preamble[run.clone()]) < min_chars {
        return None;
    }
    let paragraphs: Vec<Paragraph> = preamble.drain(run).collect();
    Some(bare_part(1, String::new(), first, paragraphs))
}

pub(crate) fn bare_part(
    number: u32,
    title: String,
    line: usize,
    paragraphs: Vec<Paragraph>,
) -> Section {
    let marker = Marker {
        kind: MarkerKind::Part,
        number,
        text: String::new(),
    };
    Section {
        path: marker.path_label(),
        level: 1,
        marker,
        title,
        inline: false,
        role: Role::Other,
        horizon: Horizon::Annual,
        years: None,
        line,
        paragraphs,
        children: Vec::new(),
    }
}

/// The annex of the year's tasks (`2025年省十件民生实事` over `一、…` to `十、`) as one more
/// part after the report's own, numbered `number` and addressed `附件`, its items the sections
/// under it (`附件.一`, or `附件.1` for items numbered `1.`), one level down. Its role is left
/// to [`crate::tree::roles::annex_role`]. `None` for an annex with no item.
pub fn annex_part(annex: &[Line], number: u32) -> Option<Section> {
    let (title_line, items) = annex.split_first()?;
    let title = crate::read::clean::annex_title(&title_line.text);
    let tree = build(items);
    if tree.parts.is_empty() {
        return None;
    }
    let mut part = bare_part(number, title.to_string(), title_line.no, Vec::new());
    part.path = ANNEX_PATH.to_string();
    part.paragraphs = tree.preamble;
    let top = tree.parts.iter().map(|p| p.level).min().unwrap_or(1);
    for mut item in tree.parts {
        shift_levels(&mut item, top, 2);
        prefix_paths(&mut item, ANNEX_PATH);
        part.children.push(item);
    }
    // A closing line of the annex (`以上实事由…负责落实`) is the last item's.
    if let Some(last) = part.children.last_mut() {
        last.paragraphs.extend(tree.closing);
    }
    Some(part)
}

/// The address of the annex of the year's tasks.
pub const ANNEX_PATH: &str = "附件";

/// Moves `section` and those below it so that a section at level `from` sits at `to`.
fn shift_levels(section: &mut Section, from: u8, to: u8) {
    section.level = (section.level + to).saturating_sub(from).max(to);
    for child in &mut section.children {
        shift_levels(child, from, to);
    }
}

fn prefix_paths(section: &mut Section, parent: &str) {
    section.path = format!("{parent}.{}", section.path);
    for child in &mut section.children {
        prefix_paths(child, parent);
    }
}

/// Builds the outline's own tree (its lines are all bare headings) and flattens it.
pub fn outline_entries(lines: &[Line]) -> Vec<OutlineEntry> {
    let tree = build(lines);
    tree.parts
        .iter()
        .flat_map(Section::walk)
        .map(|s| OutlineEntry {
            line: s.line,
            level: s.level,
            path: s.path.clone(),
            title: s.title.clone(),
            section: None,
        })
        .collect()
}

/// Matches each outline entry to a body section: the same path with a compatible title, or
/// failing that the section at the same level whose title matches.
pub fn match_outline(outline: &mut Outline, parts: &[Section]) {
    let sections: Vec<&Section> = parts.iter().flat_map(Section::walk).collect();
    for entry in &mut outline.entries {
        let by_path = sections
            .iter()
            .find(|s| s.path == entry.path && titles_match(&s.title, &entry.title));
        let by_title = || {
            sections
                .iter()
                .find(|s| s.level == entry.level && titles_match(&s.title, &entry.title))
        };
        entry.section = by_path.or_else(by_title).map(|s| s.path.clone());
    }
}

/// Gives a part back the paragraphs that follow its last group.
///
/// With inline headings, the paragraphs after the last group (`一年来,我们还…`, `成绩来之不易…`,
/// `在肯定成绩的同时…`) land in that group. When every other group of the part is exactly one
/// paragraph, the extra ones are the part's own epilogue, not the group's.
fn lift_epilogue(section: &mut Section) {
    for child in &mut section.children {
        lift_epilogue(child);
    }
    let children = &section.children;
    let Some((last, rest)) = children.split_last() else {
        return;
    };
    let uniform = rest.len() >= 2
        && rest.iter().all(|c| {
            c.inline
                && c.children.is_empty()
                && c.paragraphs.len() == 1
                && c.marker.kind == last.marker.kind
        });
    if !(uniform && last.inline && last.children.is_empty() && last.paragraphs.len() > 1) {
        return;
    }
    if let Some(last) = section.children.last_mut() {
        let epilogue = last.paragraphs.split_off(1);
        section.paragraphs.extend(epilogue);
    }
}

fn drop_bare_addresses(section: &mut Section) {
    section.paragraphs.retain(|p| !is_bare_address(&p.text));
    for child in &mut section.children {
        drop_bare_addresses(child);
    }
}

/// Paragraphs of text (besides bare addresses) the closing may hold: a conduct paragraph and
/// the call.
const CLOSING_TEXT: usize = 2;
/// Words of a paragraph on the government's own conduct (`政府工作要有新气象`, `改进作风`).
const CONDUCT_WORDS: &[&str] = &["政府", "作风", "干部", "公务员"];

/// Whether a paragraph speaks of the government's own conduct (`政府工作要有新气象`): what may
/// stand between the last group and the call. Both [`take_closing`] and
/// [`conduct_out_of_closing`] ask it, so the closing they cut and the epilogue they hand back
/// agree.
fn speaks_of_conduct(paragraph: &Paragraph) -> bool {
    CONDUCT_WORDS.iter().any(|w| paragraph.text.contains(w))
}

/// Moves the closing call out of the last section: the paragraphs from the last address
/// (`各位代表!`) after the last heading, or else a final paragraph that calls to unite
/// (`让我们…`).
fn take_closing(parts: &mut [Section]) -> Vec<Paragraph> {
    let Some(mut last) = parts.last_mut() else {
        return Vec::new();
    };
    while !last.children.is_empty() {
        let Some(child) = last.children.last_mut() else {
            break;
        };
        last = child;
    }
    let paragraphs = &mut last.paragraphs;
    // The closing may take in, behind an address of its own, the conduct paragraph that
    // comes before the call (`各位代表!站在新起点,…政府工作要有新气象新作为。我们一定…`, or a
    // bare `各位代表!` then `面对新征程新使命,我们将…`): the first address from which at most
    // two paragraphs of text are left. An address further up starts text of the group itself
    // (`各位代表!我们要全力支持群团机构…`, the State Council's last parts).
    // What stands before the call speaks of the government's own conduct; the State
    // Council's last part ends with its foreign policy behind a bare address (`各位代表!` /
    // `今年是和平共处五项原则提出六十周年…`), which stays in the part.
    let conduct_before_call = |i: usize| {
        let text: Vec<&Paragraph> = paragraphs[i..]
            .iter()
            .filter(|p| !is_bare_address(&p.text))
            .collect();
        text.len() <= CLOSING_TEXT
            && text
                .split_last()
                .is_some_and(|(_, before)| before.iter().all(|p| speaks_of_conduct(p)))
    };
    let is_address = |i: usize| paragraphs[i].text.starts_with("各位代表");
    // Only the addresses behind the last paragraphs of text can qualify: looking at those
    // alone keeps a section of many addresses linear.
    let tail = paragraphs
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, p)| !is_bare_address(&p.text))
        .nth(CLOSING_TEXT)
        .map_or(0, |(i, _)| i + 1);
    let address = (tail..paragraphs.len())
        .find(|&i| is_address(i) && conduct_before_call(i))
        .or_else(|| (0..paragraphs.len()).rfind(|&i| is_address(i)));
    let from = match address {
        // An address that opens the section's only paragraph is not a closing.
        Some(i) if i > 0 || last.inline => Some(i),
        _ => paragraphs
            .last()
            .filter(|p| {
                p.text.contains("让我们") || (p.text.contains("团结在") && p.text.contains("奋斗"))
            })
            .map(|_| paragraphs.len() - 1),
    };
    match from {
        Some(i) if i > 0 || !last.inline => paragraphs.split_off(i),
        _ => Vec::new(),
    }
}

/// Takes out of the closing the paragraphs on the government's own conduct that stand before
/// the call (`各位代表!新使命、新任务对政府自身建设提出了新的更高要求。…建设人民满意的服务型
/// 政府。`, Guangdong 2021 and 2022, then `各位代表!站在…让我们…`): they are the plan's last
/// words on the government's own work, promises included (`深化“数字政府”改革建设`), so they
/// belong to the last part, as its epilogue after its groups, not to the last group (whose
/// subject they are not) nor to the call. A closing of one paragraph of text is the call alone.
fn conduct_out_of_closing(closing: &mut Vec<Paragraph>) -> Vec<Paragraph> {
    let Some(call) = closing.iter().rposition(|p| !is_bare_address(&p.text)) else {
        return Vec::new();
    };
    let before = &closing[..call];
    let conduct = before
        .iter()
        .filter(|p| !is_bare_address(&p.text))
        .all(speaks_of_conduct);
    if !conduct || before.iter().all(|p| is_bare_address(&p.text)) {
        return Vec::new();
    }
    // The address just before the call opens the call (`各位代表!` / `让我们…`).
    let from = (0..call)
        .rev()
        .take_while(|&i| is_bare_address(&closing[i].text))
        .last()
        .unwrap_or(call);
    let rest = closing.split_off(from);
    std::mem::replace(closing, rest)
}

pub use crate::tree::roles::assign_roles;

/// The first four-digit year (1949–2100) in `text`.
pub fn first_year(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        if bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
        {
            let year: u16 = text[i..i + 4].parse().ok()?;
            if (1949..=2100).contains(&year) {
                return Some(year);
            }
        }
        i += 1;
    }
    cn_year(text)
}

/// A year in Chinese numerals followed by `年` (`一九九八年工作回顾`), as older copies write it.
fn cn_year(text: &str) -> Option<u16> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| match c {
        '〇' | '零' | 'Ｏ' => Some(0),
        c => crate::text::numerals::cn_digit(c).filter(|d| *d <= 9),
    };
    chars.windows(5).find_map(|w| {
        if w[4] != '年' {
            return None;
        }
        let year = w[..4]
            .iter()
            .try_fold(0u32, |acc, &c| Some(acc * 10 + digit(c)?))?;
        u16::try_from(year)
            .ok()
            .filter(|y| (1949..=2100).contains(y))
    })
}

/// How many groups of work a part announces before them (`突出抓好十方面工作:`, `重点做好以下
/// 八个方面的工作`), and the line saying it: the last `N方面` / `N个方面` in the part's own
/// paragraphs before its first group.
fn announced_groups(part: &Section) -> Option<(u32, usize)> {
    let first_child = part.children.first()?.line;
    part.paragraphs
        .iter()
        .filter(|p| p.line <= first_child)
        .filter_map(|p| Some((announced_count(&p.text)?, p.line)))
        .next_back()
}

/// The count of groups a paragraph announces: the last `N方面` / `N个方面` in it, N from 2 to 20.
fn announced_count(text: &str) -> Option<u32> {
    use crate::text::numerals::{is_cn_numeral_char, parse_cn_number, trailing_run};
    let (before, _) = text.rsplit_once("方面")?;
    let before = before.strip_suffix('个').unwrap_or(before);
    let n = parse_cn_number(trailing_run(before, is_cn_numeral_char))?;
    (2..=20).contains(&n).then_some(n)
}

/// Checks that the copy holds the whole report: a body that ends mid-sentence, fewer groups
/// than a part announces, headings its outline lists and the body lacks, or a delivered text
/// (it opens with the address `各位代表:`) that ends with no closing at all.
pub fn check_whole(
    parts: &[Section],
    preamble: &[Paragraph],
    closing: &[Paragraph],
    outline: Option<&Outline>,
) -> (bool, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let last_paragraph = closing.last().or_else(|| {
        parts
            .iter()
            .flat_map(Section::walk)
            .flat_map(|s| s.paragraphs.iter())
            .max_by_key(|p| p.line)
    });
    let last_heading = parts.iter().flat_map(Section::walk).max_by_key(|s| s.line);
    let mut truncated = last_paragraph.is_some_and(|p| {
        check_last_sentence(p, last_heading, closing.is_empty(), &mut diagnostics)
    });
    if !truncated && closing.is_empty() {
        truncated = check_announced_groups(parts, last_heading, &mut diagnostics);
    }
    if !truncated && closing.is_empty() {
        truncated =
            check_address_without_closing(preamble, last_paragraph, last_heading, &mut diagnostics);
    }
    if let Some(outline) = outline {
        truncated |= check_outline(outline, truncated, last_heading, &mut diagnostics);
    }
    (truncated, diagnostics)
}

/// Where the body's last heading is, for a message (` in 三.(二)`).
fn place_of(last_heading: Option<&Section>) -> String {
    last_heading.map_or(String::new(), |s| format!(" in {}", s.path))
}

/// The last paragraph ends with no final punctuation: cut off when no closing follows,
/// merely unpunctuated otherwise. Returns whether the copy looks cut off.
fn check_last_sentence(
    p: &Paragraph,
    last_heading: Option<&Section>,
    no_closing: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    if p.text.trim_end().ends_with(PARAGRAPH_ENDS) {
        return false;
    }
    let tail: String = {
        let chars: Vec<char> = p.text.chars().collect();
        chars[chars.len().saturating_sub(12)..].iter().collect()
    };
    if no_closing {
        let place = place_of(last_heading);
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Truncated,
            Some(p.line),
            format!("the body ends mid-sentence{place} (\"…{tail}\"): the copy looks cut off"),
        ));
        true
    } else {
        diagnostics.push(Diagnostic::info(
            DiagnosticKind::MissingFinalPunctuation,
            Some(p.line),
            format!("the last sentence has no final punctuation (\"…{tail}\")"),
        ));
        false
    }
}

/// The part that ends the report announces more groups of work (`做好以下八个方面的工作`)
/// than the body holds. Returns whether the copy looks cut off.
fn check_announced_groups(
    parts: &[Section],
    last_heading: Option<&Section>,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let Some((section, announced, line)) = parts.iter().rev().find_map(|part| {
        let last = part.children.last()?;
        let ends_report =
            last_heading.is_some_and(|h| last.walk().iter().any(|s| s.line == h.line));
        let (n, line) = announced_groups(part)?;
        (ends_report && (part.children.len() as u32) < n).then_some((part, n, line))
    }) else {
        return false;
    };
    diagnostics.push(Diagnostic::warning(
        DiagnosticKind::Truncated,
        Some(line),
        format!(
            "{} announces {announced} groups of work but the body stops after {}: the copy looks cut off",
            section.path,
            section.children.len()
        ),
    ));
    true
}

/// A report as delivered ends with a call to the deputies (`让我们…奋斗!`), and every full
/// text that opens with the address keeps it; a copy that opens so and ends with no closing
/// stopped early, even at a sentence's end (a portal's copy cut after the first task of
/// 三.(二), with nothing announced to count). News stories and summaries open with no address.
/// Returns whether the copy looks cut off.
fn check_address_without_closing(
    preamble: &[Paragraph],
    last_paragraph: Option<&Paragraph>,
    last_heading: Option<&Section>,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let Some(p) =
        last_paragraph.filter(|_| preamble.iter().any(|p| p.text.starts_with("各位代表")))
    else {
        return false;
    };
    let place = place_of(last_heading);
    diagnostics.push(Diagnostic::warning(
        DiagnosticKind::Truncated,
        Some(p.line),
        format!(
            "the copy opens with the address to the deputies but ends{place} with no closing: it looks cut off after line {}",
            p.line
        ),
    ));
    true
}

/// Headings the outline lists and the body lacks; those promised after the last one present
/// mean the body stops early. Returns whether that makes the copy look cut off (only when
/// nothing else did already).
fn check_outline(
    outline: &Outline,
    truncated: bool,
    last_heading: Option<&Section>,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let missing: Vec<&OutlineEntry> = outline.unmatched().collect();
    if missing.is_empty() {
        return false;
    }
    let list: Vec<String> = missing
        .iter()
        .map(|e| format!("{} {}", e.path, e.title))
        .collect();
    diagnostics.push(Diagnostic::warning(
        DiagnosticKind::OutlineWithoutBody,
        Some(missing[0].line),
        format!(
            "{} of {} outline headings have no body in the text: {}",
            missing.len(),
            outline.entries.len(),
            list.join("; ")
        ),
    ));
    let last_matched = outline.entries.iter().rposition(|e| e.section.is_some());
    let after = outline.entries.len() - last_matched.map_or(0, |i| i + 1);
    if after > 0 && !truncated {
        diagnostics.push(Diagnostic::warning(
            DiagnosticKind::Truncated,
            last_heading.map(|s| s.line),
            format!(
                "the body stops before {after} heading(s) its outline lists: the copy looks cut off"
            ),
        ));
        return true;
    }
    if after > 0 {
        diagnostics.push(Diagnostic::info(
            DiagnosticKind::Truncated,
            None,
            format!("the outline lists {after} heading(s) after the point where the body stops"),
        ));
    }
    false
}

#[cfg(test)]
mod year_tests {
    use super::first_year;

    #[test]
    fn years_in_both_numerals() {
        assert_eq!(first_year("2023年工作回顾"), Some(2023));
        assert_eq!(first_year("一九九八年工作回顾"), Some(1998));
        assert_eq!(first_year("二〇〇五年的主要任务"), Some(2005));
        assert_eq!(first_year("十五年来"), None);
        assert_eq!(first_year("123456"), None);
    }
}

#[cfg(test)]
mod abridged_tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Line {
                no: i + 1,
                original: t.to_string(),
                text: t.to_string(),
                joined: Vec::new(),
            })
            .collect()
    }

    /// Every section of a tree, parts first and each part's sections after it.
    fn sections(tree: &Tree) -> impl Iterator<Item = &Section> {
        tree.parts.iter().flat_map(Section::walk)
    }

    /// Every section's path and title, in reading order.
    fn paths_and_titles(tree: &Tree) -> Vec<(&str, &str)> {
        sections(tree)
            .map(|s| (s.path.as_str(), s.title.as_str()))
            .collect()
    }

    /// An abridged newspaper copy: a review without a title, then titles standing alone
    /// without numbers, the last one over the numbered groups of the year's work.
    #[test]
    fn bare_titles_frame_the_parts_of_an_abridged_copy() {
        let review = "一是经济运行稳中向好。全市生产总值完成3000亿元,增长5%,取得了明显成效,新建了一批重点项目,完成了全年目标任务。";
        let body = lines(&[
            "2月1日,市长在市人代会上作政府工作报告时说",
            &review.repeat(4),
            &review.replace("一是", "二是").repeat(4),
            "2031年主要工作",
            "今年经济社会发展主要预期目标是:生产总值增长6%左右。",
            "(一)加力推进产业发展,让实体经济更加坚强有力。要加快建设一批重点项目。",
            "(二)加力推进城市建设,让城市更加宜居。要建成一批公园。",
        ]);
        let tree = build(&body);
        assert_eq!(tree.preamble.len(), 1, "the news lead stays in the header");
        let paths: Vec<&str> = sections(&tree).map(|s| s.path.as_str()).collect();
        assert_eq!(paths, ["一", "二", "二.(一)", "二.(二)"]);
        assert_eq!(tree.parts[0].title, "");
        assert_eq!(tree.parts[0].paragraphs.len(), 2);
        assert_eq!(tree.parts[1].title, "2031年主要工作");
        assert_eq!(tree.parts[1].marker.text, "");
        assert_eq!(tree.parts[1].paragraphs.len(), 1);
    }

    /// A part title on a line of its own may be a long sentence without its end (the
    /// State Council's 1984 report); the same words with a sentence after them, out of the
    /// parts' sequence, are a paragraph.
    #[test]
    fn a_long_title_standing_alone_is_a_part() {
        let text = "今年要推进改革,做好各项准备工作,保持物价总水平的基本稳定,确保改革顺利进行。";
        let long = "维护世界和平是我国对外政策的主要目标,我们要坚持不懈地为缓和国际紧张局势、停止军备竞赛、防止世界战争而努力";
        let body = lines(&[
            &format!("一、{long}"),
            &text.repeat(2),
            &format!("三、{long}。{text}"),
        ]);
        let tree = build(&body);
        assert_eq!(tree.parts.len(), 1);
        assert_eq!(tree.parts[0].title, long);
        assert_eq!(tree.parts[0].paragraphs.len(), 2);
    }

    /// Items of a list numbered like parts and ended with `;` are no parts.
    #[test]
    fn a_list_of_items_numbered_like_parts_is_no_run_of_parts() {
        let text = "今年要推进改革,做好各项准备工作,保持物价总水平的基本稳定,确保改革顺利进行。";
        let body = lines(&[
            "(一)关于经济形势",
            &text.repeat(2),
            "(二)关于经济体制改革",
            &format!("{text}今年价格改革的主要内容是:"),
            "一、合理调整农村粮食购销价格;",
            "二、适当提高铁路短途运价,以利于调整运输结构;",
            &text.repeat(2),
        ]);
        let tree = build(&body);
        let paths: Vec<&str> = sections(&tree).map(|s| s.path.as_str()).collect();
        assert_eq!(paths, ["(一)", "(二)"]);
        assert_eq!(tree.parts[1].paragraphs.len(), 4);
    }

    /// The State Council's 1988 report titles its halves by the term's five years in words and
    /// its last parts by topic, and numbers only the tasks.
    #[test]
    fn a_new_terms_halves_and_topics_titled_in_words_are_parts() {
        let past = "五年来,国民经济持续发展,完成了预定的目标,取得了显著成效,人民生活明显改善。";
        let ahead = "要继续深化改革,力争国民生产总值每年增长7.5%,确保粮食产量稳定增长。";
        let body = lines(&[
            "过去五年国内工作的基本总结",
            &past.repeat(2),
            "今后五年建设和改革的目标、方针和任务",
            &ahead.repeat(2),
            &format!("一、大力发展农业生产。{ahead}"),
            &format!("二、加快科学技术的发展。{ahead}"),
            "关于外交工作",
            &ahead.repeat(2),
        ]);
        let tree = build(&body);
        assert_eq!(
            paths_and_titles(&tree),
            [
                ("一", "过去五年国内工作的基本总结"),
                ("二", "今后五年建设和改革的目标、方针和任务"),
                ("二.(一)", "大力发展农业生产"),
                ("二.(二)", "加快科学技术的发展"),
                ("三", "关于外交工作"),
            ]
        );
    }

    /// A list inside a part numbered like parts (`一、`…`五、` under part 四) is text, its `五、`
    /// too, though it fits the parts' sequence; the next part in sequence whose copy ran its
    /// title into the paragraph opens a part titled by its first clause.
    #[test]
    fn a_list_numbered_like_parts_stays_text_and_a_run_in_part_opens() {
        let text = "我们要坚持改革开放,继续稳定地发展经济,保持社会安定,这是今年工作的基本要求。";
        let item = |n: &str| format!("{n}、坚持社会主义道路,{text}{text}");
        let body = lines(&[
            "一、当前形势和基本任务",
            text,
            "二、坚持长期稳定发展经济的方针",
            text,
            &format!("三、深入改革经济体制国民经济的长期稳定发展,既要靠正确的方针,{text}{text}"),
            "四、巩固和发展安定团结的政治局面",
            text,
            &item("一"),
            &item("二"),
            &item("三"),
            &item("四"),
            &item("五"),
        ]);
        let tree = build(&body);
        let parts: Vec<(&str, &str)> = tree
            .parts
            .iter()
            .map(|s| (s.path.as_str(), s.title.as_str()))
            .collect();
        assert_eq!(
            parts,
            [
                ("一", "当前形势和基本任务"),
                ("二", "坚持长期稳定发展经济的方针"),
                ("三", "深入改革经济体制国民经济的长期稳定发展"),
                ("四", "巩固和发展安定团结的政治局面"),
            ]
        );
        assert!(
            tree.parts[2].paragraphs[0]
                .text
                .starts_with("深入改革经济体制")
        );
        assert_eq!(tree.parts[3].paragraphs.len(), 6);
    }

    /// A new term's first report titles its two parts without numbers and numbers only the
    /// groups below each, both runs from `一、`: the second title, between numbered groups,
    /// is a part title too.
    #[test]
    fn a_copy_that_titles_its_parts_without_numbers_does_so_for_all_of_them() {
        let past =
            "五年来,全省生产总值年均增长10%,完成了预定的目标,取得了显著成效,人民生活明显改善。";
        let ahead = "要继续实施积极的财政政策,力争全社会固定资产投资增长10%,确保粮食产量稳定增长。";
        let body = lines(&[
            "过去五年回顾和2032年工作情况",
            &past.repeat(2),
            &format!("一、经济持续快速发展。{past}"),
            &format!("二、改革取得重要进展。{past}"),
            "对今后五年和2033年政府工作的建议",
            &ahead.repeat(2),
            &format!("一、扩大内需。{ahead}"),
            &format!("二、发展农业。{ahead}"),
        ]);
        let tree = build(&body);
        assert_eq!(
            paths_and_titles(&tree),
            [
                ("一", "过去五年回顾和2032年工作情况"),
                ("一.(一)", "经济持续快速发展"),
                ("一.(二)", "改革取得重要进展"),
                ("二", "对今后五年和2033年政府工作的建议"),
                ("二.(一)", "扩大内需"),
                ("二.(二)", "发展农业"),
            ]
        );
    }

    /// A review under a title without a number runs on into the year's requirements and the
    /// announcement of its groups, which are numbered like parts (the State Council's 2002
    /// shape): the paragraphs from the turn are an untitled part over the groups.
    #[test]
    fn a_review_title_over_the_years_groups_gives_them_a_part_of_their_own() {
        let past =
            "过去的一年,全国生产总值完成9万亿元,比上年增长7.3%,取得了显著成效,圆满完成了全年目标。";
        let body = lines(&[
            "各位代表:",
            "首先报告2031年的工作",
            &past.repeat(3),
            &past.replace("生产总值", "粮食产量").repeat(3),
            "2032年是非常重要的一年。今年工作的总体要求是:坚持稳中求进,着力扩大内需,确保经济较快增长。",
            "按照这个总体要求,今年要着重做好以下两个方面工作。",
            "一、扩大和培育内需,促进经济较快增长",
            "要继续实施积极的财政政策,力争投资增长10%。",
            "二、加快农业和农村经济发展",
            "要确保粮食产量稳定在5亿吨。",
        ]);
        let tree = build(&body);
        let paths: Vec<(&str, &str, usize)> = sections(&tree)
            .map(|s| (s.path.as_str(), s.title.as_str(), s.paragraphs.len()))
            .collect();
        assert_eq!(
            paths,
            [
                ("一", "首先报告2031年的工作", 2),
                ("二", "", 2),
                ("二.(一)", "扩大和培育内需,促进经济较快增长", 1),
                ("二.(二)", "加快农业和农村经济发展", 1),
            ]
        );
    }

    /// A news story of a congress opening: a lead, a paragraph summing up last year, the
    /// year's targets, then numbered groups and no part title at all.
    #[test]
    fn groups_without_parts_are_framed_by_what_the_opening_says() {
        let body = lines(&[
            "1月12日上午,县人代会开幕。",
            "报告指出,去年以来,面对严峻复杂的形势,我们坚定不移稳增长,全县生产总值完成120亿元,增长6%;一般公共预算收入完成8亿元,增长5%;新建了一批重点项目,取得了明显成效。",
            "这一年,我们聚焦创新发展,产业实力实现新跃升。",
            "报告指出,今年经济社会发展的主要预期目标是:生产总值增长6%左右,要着力扩大内需,力争固定资产投资增长8%。",
            "(一)实施开发区提级行动,要加快建设一批重点项目。",
            "(二)实施产业发展提能行动,力争新增规上企业20家。",
        ]);
        let tree = build(&body);
        assert_eq!(tree.preamble.len(), 1);
        let parts: Vec<(&str, usize, usize)> = tree
            .parts
            .iter()
            .map(|p| (p.path.as_str(), p.paragraphs.len(), p.children.len()))
            .collect();
        assert_eq!(parts, [("一", 2, 0), ("二", 1, 2)]);
        assert_eq!(tree.parts[1].children[0].path, "二.(一)");
    }

    /// Groups numbered like parts (`一、`…) right under a part that announced them are its
    /// groups; once the announced run is over, the next `三、` is a part again.
    #[test]
    fn groups_numbered_like_parts_under_an_announcing_part() {
        let body = lines(&[
            "一、2030年工作的回顾",
            "全省生产总值完成3000亿元,增长8%。",
            "二、2031年工作的总体要求和主要任务",
            "要着力抓好两个方面的工作:",
            "一、推进结构调整,发展壮大特色经济",
            "1、积极推进农业产业化经营",
            "要建成一批龙头企业,带动农户增收。",
            "二、加强政府自身建设",
            "要转变职能,改进作风。",
            "三、其他事项",
            "本报告中的数字为初步统计。",
        ]);
        let tree = build(&body);
        let paths: Vec<&str> = tree.parts.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["一", "二", "三"]);
        let groups: Vec<(&str, usize)> = tree.parts[1]
            .children
            .iter()
            .map(|g| (g.path.as_str(), g.children.len()))
            .collect();
        assert_eq!(groups, [("二.(一)", 1), ("二.(二)", 0)]);
        assert_eq!(tree.parts[1].children[0].marker.text, "一、");
        // Without an announcement, a restart at `一、` is no group run (it does not fit).
        let plain = lines(&[
            "一、2030年工作的回顾",
            "全省生产总值完成3000亿元。",
            "二、2031年主要任务",
            "要做好各项工作。",
            "一、推进结构调整",
        ]);
        let tree = build(&plain);
        assert!(tree.parts[1].children.is_empty());
    }

    /// The conduct paragraph between the last group and the call, behind an address, is the
    /// last part's epilogue, out of both the last group and the closing; a foreign-policy
    /// paragraph behind a bare address stays in its group.
    #[test]
    fn conduct_before_the_call_is_the_parts_epilogue() {
        let call = "各位代表!让我们团结一心,为建设更加美好的示例省而努力奋斗!";
        for (middle, conduct) in [
            (
                "面对新征程新使命,我们将加强政府自身建设,改进作风,提高行政效能。",
                true,
            ),
            (
                "今年是示例条约签订六十周年。我们将坚定不移走和平发展道路。",
                false,
            ),
        ] {
            let body = lines(&[
                "一、2030年工作回顾",
                "全省生产总值完成3000亿元,增长8%。",
                "二、2031年主要任务",
                "(一)加快建设重点项目",
                "要建成一批公园,新建学校10所。",
                "各位代表!",
                middle,
                "各位代表!",
                call,
            ]);
            let tree = build(&body);
            let texts: Vec<&str> = tree.closing.iter().map(|p| p.text.as_str()).collect();
            assert_eq!(texts, [call]);
            let plan = &tree.parts[1];
            let own: Vec<&str> = plan.paragraphs.iter().map(|p| p.text.as_str()).collect();
            let group: Vec<&str> = plan.children[0]
                .paragraphs
                .iter()
                .map(|p| p.text.as_str())
                .collect();
            assert_eq!(own.contains(&middle), conduct, "{own:?}");
            assert_eq!(group.contains(&middle), !conduct, "{group:?}");
        }
    }

    /// A plan that announces more groups of work than the copy holds was cut off, even when
    /// its last sentence is whole.
    #[test]
    fn fewer_groups_than_announced_is_a_cut_copy() {
        let text = |groups: usize| {
            let mut texts = vec![
                "一、2030年工作回顾".to_string(),
                "全市生产总值完成3000亿元。".to_string(),
                "二、2031年主要任务".to_string(),
                "具体工作中,突出抓好三方面工作:".to_string(),
            ];
            for n in ["一", "二", "三"].iter().take(groups) {
                texts.push(format!("({n})加快建设重点项目。要建成一批公园。"));
            }
            texts
        };
        for (groups, cut) in [(2, true), (3, false)] {
            let texts = text(groups);
            let body = lines(&texts.iter().map(String::as_str).collect::<Vec<_>>());
            let tree = build(&body);
            let (truncated, _) = check_whole(&tree.parts, &tree.preamble, &tree.closing, None);
            assert_eq!(truncated, cut, "{groups} groups");
        }
    }

    /// A delivered text opens with the address and ends with the call; without the call it was
    /// cut, even at a sentence's end. A news story (no address) may end anywhere.
    #[test]
    fn address_without_closing_is_a_cut_copy() {
        let body = |address: bool, call: bool| {
            let mut texts = vec![
                "一、2030年工作回顾",
                "全市生产总值完成3000亿元。",
                "二、2031年主要任务",
                "(一)加快建设重点项目",
                "要建成一批公园,新建学校10所。",
            ];
            if address {
                texts.insert(0, "各位代表:");
            }
            if call {
                texts.push("各位代表!让我们团结一心,为建设更加美好的示例市而努力奋斗!");
            }
            lines(&texts)
        };
        for (address, call, cut) in [
            (true, false, true),
            (true, true, false),
            (false, false, false),
        ] {
            let tree = build(&body(address, call));
            let (truncated, diagnostics) =
                check_whole(&tree.parts, &tree.preamble, &tree.closing, None);
            assert_eq!(
                truncated, cut,
                "address {address}, call {call}: {diagnostics:?}"
            );
            if cut {
                assert!(
                    diagnostics[0].message.contains("no closing"),
                    "{diagnostics:?}"
                );
                assert_eq!(diagnostics[0].line, Some(6));
            }
        }
    }

    /// Framing makes no part without text of its own: never more sections than lines (the
    /// fuzz harness's bound), here with one group alone and with a summary before one group.
    #[test]
    fn framing_never_makes_a_part_of_nothing() {
        let back = "报告指出,去年以来,我们坚定不移稳增长,全县生产总值完成120亿元,增长6%;一般公共预算收入完成8亿元,增长5%;新建了一批重点项目,取得了明显成效。";
        for texts in [
            vec!["(一)加快建设重点项目。"],
            vec![back, "(一)加快建设重点项目。"],
            vec!["示例", back, "(一)加快建设重点项目。"],
        ] {
            let tree = build(&lines(&texts));
            let sections = tree.parts.iter().flat_map(Section::walk).count();
            assert!(sections <= texts.len(), "{sections} sections in {texts:?}");
        }
    }

    /// A report with numbered parts keeps its short unpunctuated lines as text.
    #[test]
    fn numbered_reports_are_left_as_built() {
        let body = lines(&[
            "各位代表:",
            "阔步迈上新征程",
            "一、2030年工作回顾",
            "全市生产总值完成3000亿元。",
            "二、2031年主要任务",
            "生产总值增长6%左右。",
        ]);
        let tree = build(&body);
        assert_eq!(tree.preamble.len(), 2);
        assert_eq!(tree.parts.len(), 2);
        assert_eq!(tree.parts[0].title, "2030年工作回顾");
    }

    #[test]
    fn bare_titles_are_short_and_unpunctuated() {
        assert!(is_bare_title("阔步迈上新征程"));
        assert!(is_bare_title("2023年主要工作"));
        assert!(!is_bare_title("各位代表:"));
        assert!(!is_bare_title("生产总值增长6%左右。"));
        assert!(!is_bare_title("发展"));
    }
}

#[cfg(test)]
mod line_tests {
    use crate::model::Role;

    #[test]
    fn a_clause_names_the_line_it_is_on_in_a_wrapped_paragraph() {
        // A copy that wraps its paragraphs (a PDF's text layer): the promise is on line 6,
        // the paragraph and its target start on line 5.
        let text = "各位代表:\n一、2024年工作回顾\n一年来,全县生产总值完成126.9亿元,比上年增长8%,取得了明显成效。\n二、2025年工作安排\n今年要着力扩大内需,力争生产总值增长7%,确保完成节能减排目标,加快推进重点\n项目建设,开工建设城南污水处理厂。";
        let report = crate::parse_report(text.as_bytes(), "county_2025.txt").unwrap();
        let plan = &report.parts[1];
        assert_eq!(plan.paragraphs[0].line, 5);
        assert_eq!(plan.paragraphs[0].joined.len(), 1);
        let promises = crate::extract::commitments::extract(&report, &[Role::Plan]);
        let works = promises
            .iter()
            .find(|c| c.object.contains("污水处理厂"))
            .expect("the promise is read");
        assert_eq!(works.line, 6);
        let targets = crate::extract::indicators::extract(&report);
        let gdp = targets
            .iter()
            .find(|i| i.subject.contains("生产总值") && i.line >= 5)
            .expect("the target is read");
        assert_eq!(gdp.line, 5);
    }
}
