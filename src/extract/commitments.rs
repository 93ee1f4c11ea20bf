//! Commitments of a plan: clauses that promise an action on a concrete, nameable object.
//!
//! A clause is read as `[lead words] [verbs] OBJECT [等 group noun] [tail verb]`:
//! `力争年内` (lead) `建成` (verb) `青岚大桥` (object); `推进` (verb) `A、B` (objects)
//! `等项目` (group) `建设` (tail); `城南片区安置区` (object) `年内开工建设` (tail). The object
//! decides: its last characters (the head noun: `…行动`, `…法`, `…基金`, `…博览会`,
//! `…示范县`, `…大桥`) give its kind, and the verb must fit the kind (`制定` a law, `举办` an
//! event, `争创` a title). Push verbs (`推进`, `加快`, `完成`) only make a commitment of a
//! named object (a quoted name, a place or firm from the segmenter's tags, a phase `二期`).
//! Objects that end in an exhortation noun (`…改革`, `…体系`, `…水平`) never do, nor objects
//! with a count or a target number (those are indicators). All the words live in
//! `data/commitments.txt`.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::text::prepared::{Pattern, prepared};

use crate::model::{Commitment, CommitmentKind, Horizon, Report, Role};
use crate::text::is_han;

/// A hasher for characters and pairs of characters: a multiply and a rotate per word of
/// input, instead of SipHash's rounds (the keys are text of the report, not an attacker's
/// choice of hash flooding: a map holds at most one entry per distinct character or pair).
#[derive(Debug, Default, Clone, Copy)]
pub struct CharHasher(u64);

impl std::hash::Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes a step: a section name (`head.exhortation`) is hashed at every
        // vocabulary lookup.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
        // The last one to seven bytes as one word, with their count in its top byte (free:
        // the bytes fill seven at most), not one multiply a byte.
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            word[7] = rest.len() as u8;
            self.write_u64(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, n: u8) {
        // The end mark `str` hashes after its bytes: one word, not another call of `write`.
        self.write_u64(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// Builds [`CharHasher`]s.
pub type CharHash = std::hash::BuildHasherDefault<CharHasher>;

/// The vocabulary of `data/commitments.txt`: section name → words, longest first, indexed
/// by first and last character so that a prefix or suffix test reads only the words that
/// can match.
#[derive(Debug)]
pub struct Vocabulary {
    sections: HashMap<String, Section, CharHash>,
}

#[derive(Debug, Default)]
struct Section {
    words: Vec<String>,
    by_first: HashMap<char, Vec<usize>, CharHash>,
    by_last: HashMap<char, Vec<usize>, CharHash>,
}

impl Section {
    /// A section of `words`, sorted (longest first, then in code order, once each), with
    /// its indexes by first and last character.
    fn of(sorted: &[&str]) -> Section {
        let mut section = Section {
            words: Vec::with_capacity(sorted.len()),
            ..Section::default()
        };
        for (k, w) in sorted.iter().enumerate() {
            if let (Some(f), Some(l)) = (w.chars().next(), w.chars().next_back()) {
                section.by_first.entry(f).or_default().push(k);
                section.by_last.entry(l).or_default().push(k);
            }
            section.words.push(w.to_string());
        }
        section
    }
}

impl Vocabulary {
    /// Parses the `[section]` / words format; an unknown line shape is an error.
    pub fn parse(text: &str) -> Result<Vocabulary, String> {
        let sections = crate::extract::word_sections::sorted_sections(text)?;
        Ok(Self::of(
            sections
                .iter()
                .map(|(name, words)| (*name, words.as_slice())),
        ))
    }

    /// The vocabulary of sections whose words are sorted already
    /// ([`crate::extract::word_sections::sorted_sections`]).
    fn of<'a>(sections: impl Iterator<Item = (&'a str, &'a [&'a str])>) -> Vocabulary {
        let sections = sections
            .map(|(name, words)| (name.to_string(), Section::of(words)))
            .collect();
        Vocabulary { sections }
    }

    /// The words of a section, longest first (empty for an unknown section).
    pub fn words(&self, section: &str) -> &[String] {
        self.sections
            .get(section)
            .map_or(&[], |s| s.words.as_slice())
    }

    /// The longest word of `section` that `text` starts with.
    pub fn prefix(&self, section: &str, text: &str) -> Option<&str> {
        let s = self.sections.get(section)?;
        let first = text.chars().next()?;
        s.by_first
            .get(&first)?
            .iter()
            .map(|k| s.words[*k].as_str())
            .find(|w| text.starts_with(w))
    }

    /// The longest word of `section` that `text` ends with.
    pub fn suffix(&self, section: &str, text: &str) -> Option<&str> {
        self.suffix_where(section, text, |_| true)
    }

    /// The longest word of `section` that `text` ends with and that passes `keep`: the
    /// first of `words(section)` to do so, found through the index by last character.
    pub fn suffix_where(
        &self,
        section: &str,
        text: &str,
        keep: impl Fn(&str) -> bool,
    ) -> Option<&str> {
        let s = self.sections.get(section)?;
        let last = text.chars().next_back()?;
        s.by_last
            .get(&last)?
            .iter()
            .map(|k| s.words[*k].as_str())
            .find(|w| text.ends_with(w) && keep(w))
    }

    /// Whether `text` contains a word of `section`.
    pub fn any_in(&self, section: &str, text: &str) -> bool {
        self.sections.get(section).is_some_and(|s| {
            text.char_indices().any(|(i, c)| {
                s.by_first.get(&c).is_some_and(|ks| {
                    ks.iter()
                        .any(|k| text[i..].starts_with(s.words[*k].as_str()))
                })
            })
        })
    }

    pub fn section_names(&self) -> impl Iterator<Item = &str> {
        self.sections.keys().map(String::as_str)
    }
}

/// The shipped vocabulary.
pub static VOCABULARY: LazyLock<Vocabulary> =
    LazyLock::new(|| Vocabulary::of(SORTED.iter().map(|(name, words)| (*name, *words))));

/// `data/commitments.txt`'s sections, sorted by `build.rs`
/// ([`crate::extract::word_sections::sorted_sections`]): `static SORTED: &[(&str, &[&str])]`.
mod sorted {
    include!(concat!(env!("OUT_DIR"), "/commitment_words.rs"));
}
use sorted::SORTED;

/// What a verb promises, which decides the objects it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum VerbClass {
    /// Exhortation verbs (`坚持`, `着力`): the clause is not a commitment.
    Exhortation,
    /// Push, improve, settle (`推进`, `完善`, `打击`).
    Act,
    /// Build (`新建`, `加快建设`): built things, institutions, programmes.
    Build,
    Run,
    Issue,
    Found,
    Hold,
    Win,
    /// Start or finish (`启动`, `开工建设`, `建成`): any object that is not an exhortation.
    Launch,
}

const VERB_CLASSES: &[(&str, VerbClass)] = &[
    ("verb.launch", VerbClass::Launch),
    ("verb.build", VerbClass::Build),
    ("verb.run", VerbClass::Run),
    ("verb.issue", VerbClass::Issue),
    ("verb.found", VerbClass::Found),
    ("verb.hold", VerbClass::Hold),
    ("verb.win", VerbClass::Win),
    ("verb.act", VerbClass::Act),
    ("verb.exhortation", VerbClass::Exhortation),
];

/// Head-noun sections in the order a tie is broken (a longer head always wins).
const HEADS: &[(&str, Head)] = &[
    ("head.exhortation", Head::Exhortation),
    ("head.programme", Head::Kind(CommitmentKind::Programme)),
    ("head.plan", Head::Plan),
    ("head.document", Head::Kind(CommitmentKind::Document)),
    ("head.event", Head::Kind(CommitmentKind::Event)),
    ("head.title", Head::Kind(CommitmentKind::Title)),
    ("head.institution", Head::Kind(CommitmentKind::Institution)),
    ("head.project", Head::Kind(CommitmentKind::Project)),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    Exhortation,
    /// A reform named by what it changes (`渐进式延迟法定退休年龄改革`), not `深化…改革`.
    Reform,
    /// A plan or programme document (`规划`, `方案`): issued, or carried out.
    Plan,
    Kind(CommitmentKind),
}

/// Words of several sections in one table by their first (or last) character, in the
/// order a lookup must try them: one lookup serves every section.
type Merged<T> = HashMap<char, Vec<(&'static str, T)>, CharHash>;

/// The words of `sections` (with what each section means), by the character `end` picks,
/// ordered by `order` (most wanted first).
fn merged<T: Copy, K: Ord>(
    sections: &[(&str, T)],
    end: fn(&str) -> Option<char>,
    order: impl Fn(&(&'static str, T), usize) -> K,
) -> Merged<T> {
    let mut all: Vec<((&'static str, T), usize)> = Vec::new();
    for (n, (section, value)) in sections.iter().enumerate() {
        all.extend(
            VOCABULARY
                .words(section)
                .iter()
                .map(|w| ((w.as_str(), *value), n)),
        );
    }
    all.sort_by_key(|(entry, n)| order(entry, *n));
    let mut table = Merged::default();
    for (entry, _) in all {
        if let Some(c) = end(entry.0) {
            table.entry(c).or_insert_with(Vec::new).push(entry);
        }
    }
    table
}

/// The longest word at the start of `text` among all verb classes, with its class (the
/// stronger class when two classes hold the word).
fn verb_at(text: &str) -> Option<(&'static str, VerbClass)> {
    static VERBS: LazyLock<Merged<VerbClass>> = LazyLock::new(|| {
        merged(
            VERB_CLASSES,
            |w| w.chars().next(),
            |(w, class), _| {
                (
                    std::cmp::Reverse(w.chars().count()),
                    std::cmp::Reverse(*class),
                )
            },
        )
    });
    let first = text.chars().next()?;
    VERBS
        .get(&first)?
        .iter()
        .find(|(w, _)| text.starts_with(w))
        .copied()
}

/// The head noun `text` ends with (the longest over all head sections; on a tie, the
/// section first in [`HEADS`]).
fn head_of(text: &str) -> Option<(&'static str, Head)> {
    static HEAD_NOUNS: LazyLock<Merged<Head>> = LazyLock::new(|| {
        merged(
            HEADS,
            |w| w.chars().next_back(),
            |(w, _), n| (std::cmp::Reverse(w.chars().count()), n),
        )
    });
    let last = text.chars().next_back()?;
    let found = HEAD_NOUNS
        .get(&last)?
        .iter()
        .find(|(w, _)| text.ends_with(w))
        .copied();
    // `乡镇机构改革`, `水价改革`: a reform named by what it changes is a programme, in a list
    // too (`征地制度、集体林权制度改革`).
    match found {
        Some((w, Head::Exhortation)) if w == "改革" && is_named_reform(text, "") => {
            Some((w, Head::Reform))
        }
        f => f,
    }
}

/// Whether `word`, at the start of `text`, is a word there rather than the start of a longer
/// one (`保障性住房` does not start with the verb `保障`).
fn whole_word(text: &str, word: &str) -> bool {
    // The first word never runs past a few characters more than `word`.
    let end = text
        .char_indices()
        .nth(word.chars().count() + 4)
        .map_or(text.len(), |(i, _)| i);
    crate::text::words::cut(&text[..end])
        .first()
        .is_none_or(|t| t.len() <= word.len())
}

/// Whether a lead word opens a longer word of the segmenter that is part of a name rather
/// than an adverb: a word made with a suffix of kind (`集中式饮用水水源地`, `系统性金融风险`,
/// `科学家活动月`), or a word a thing with its own head follows (`重点项目攻坚工程`, not
/// `重点项目` alone nor `适度从紧的…`).
fn lead_opens_name(text: &str, lead: &str) -> bool {
    let end = text
        .char_indices()
        .nth(lead.chars().count() + 4)
        .map_or(text.len(), |(i, _)| i);
    let Some(word) = crate::text::words::cut(&text[..end]).first().copied() else {
        return false;
    };
    if word.len() <= lead.len() {
        return false;
    }
    let after = &text[word.len()..];
    word.ends_with(['式', '性', '型', '化', '家'])
        || (!after.starts_with('的') && after.chars().count() >= 2 && has_head(after))
}

/// Leads that say how good a work is (`高标准建设…`); before a noun they open its name
/// (`高标准农田`, `高质量发展`).
/// So are adverbs of manner and frequency (`精准招商`, `常态化监管`).
const QUALITY_LEADS: &[&str] = &[
    "高标准",
    "高质量",
    "高水平",
    "全域",
    "全链条",
    "精准",
    "常态化",
    "广泛",
    "扎扎实实",
    "每季度",
    "每年",
    "定期",
    "基本",
];

/// Strips lead words (adverbs, intent, time) from the start, repeatedly.
fn strip_lead(mut text: &str) -> &str {
    static INVEST: Pattern = prepared!(r"^(?:总|计划|年度)?投资[0-9.]+[万亿千百]*元(?:的|,)?");
    loop {
        let before = text.len();
        // `坚定不移地实施国家知识产权战略`, `扎扎实实地推进…`: a manner made an adverb by `地`
        // before a verb (an exhortation verb or a lead) is no part of the promise.
        let manner = verb_at(text)
            .map(|(w, _)| w)
            .or_else(|| VOCABULARY.prefix("lead", text));
        if let Some(w) = manner
            && let Some(after) = text[w.len()..].strip_prefix('地')
            && verb_at(strip_lead(after)).is_some_and(|(_, c)| c != VerbClass::Exhortation)
        {
            text = after;
            continue;
        }
        if let Some(w) = VOCABULARY.prefix("lead", text) {
            // One-character leads (`要`, `将`, `并`) are words only before a verb or another
            // lead: `要素市场` keeps its `要`.
            let rest = &text[w.len()..];
            // A lead that opens a longer exhortation verb is that verb: `坚定不移…` is not
            // `坚定` and an object `不移…`.
            let exhortation = matches!(verb_at(text),
                Some((v, VerbClass::Exhortation)) if v.len() > w.len());
            if exhortation {
                return text;
            }
            // A lead that says a quality (`高标准`, `高质量`) is a lead only before a verb,
            // another lead or a listed manner (`实施高标准农田建设` keeps its name); one that
            // ends with a verb (`统筹推进`) is that verb before one thing with a head
            // (`统筹推进兴边富民行动`), not before a field or a list of fields
            // (`大力推动电子商务、…发展`, `统筹推进乡村发展、乡村建设、乡村治理`).
            // (Leads after it count when a verb follows them: `高标准基本农田` is a name.)
            let verb_before = || {
                verb_at(rest).is_some()
                    || (VOCABULARY.prefix("lead", rest).is_some()
                        && verb_at(strip_lead(rest)).is_some())
                    || rest.starts_with('、')
            };
            let verb_like = w
                .char_indices()
                .rev()
                .nth(1)
                .filter(|_| w.chars().count() >= 4)
                .map(|(i, _)| i)
                .filter(|&i| {
                    verb_at(&w[i..])
                        .is_some_and(|(v, c)| v.len() == w.len() - i && c != VerbClass::Exhortation)
                });
            if QUALITY_LEADS.contains(&w) && !verb_before() {
                return text;
            }
            // `基本建设经营性基金`: a lead that opens a word of the segmenter (`基本建设`, capital
            // construction) is part of a name, though a verb follows it.
            if w == "基本" && !whole_word(text, w) {
                return text;
            }
            if !verb_before() && lead_opens_name(text, w) {
                return text;
            }
            // A slogan's reform has a head under the verb the lead ends with, not alone
            // (`统筹推进“证照分离”和“一照通行”改革`, Guangdong 2023; see `is_named_reform`).
            let thing = |at: usize| has_head(rest) || is_named_reform(rest, &w[at..]);
            if let Some(at) =
                verb_like.filter(|&at| !verb_before() && thing(at) && !rest.contains('、'))
            {
                return &text[at..];
            }
            if w.chars().count() > 1
                || verb_at(rest).is_some()
                || VOCABULARY.prefix("lead", rest).is_some()
            {
                text = rest;
                // Manners listed with the lead: `高标准、多模式建设…` (a word of three
                // characters at most between `、` and a verb).
                if let Some(after) = text.strip_prefix('、')
                    && let Some(at) = after
                        .char_indices()
                        .skip(2)
                        .take(2)
                        .map(|(i, _)| i)
                        .find(|&i| verb_at(&after[i..]).is_some())
                    && verb_at(after).is_none()
                    && VOCABULARY.prefix("lead", after).is_none()
                {
                    text = &after[at..];
                }
            }
        }
        // `INVEST` opens with `总`, `计划`, `年度` or `投资`.
        if text.starts_with(['总', '计', '年', '投'])
            && let Some(m) = INVEST.find(text)
        {
            text = &text[m.end()..];
        }
        text = text.trim_start_matches([' ', '、', '的']);
        if text.len() == before {
            return text;
        }
    }
}

/// Strips lead words from the end (`…年内` before a tail verb), repeatedly.
fn strip_lead_end(mut text: &str) -> &str {
    // `中国古动物馆10月开馆`, `青岚大桥6月底前建成通车`, `东二环快速路力争3月份进场施工`: the
    // month a thing is due is when, not part of its name.
    static MONTH_END: Pattern = prepared!(
        r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?(?:底|末|中旬|上旬|下旬|初)?(?:前|内|以前)?$"
    );
    loop {
        let before = text.len();
        if let Some(w) = VOCABULARY.suffix_where("lead", text, |w| text.len() > w.len()) {
            text = &text[..text.len() - w.len()];
        }
        if let Some(m) = MONTH_END.find(text)
            && m.start() > 0
        {
            text = &text[..m.start()];
        }
        text = text.trim_end_matches([' ', '、', '的']);
        // `做好加入世贸组织的各项准备工作`: `各项` before a tail counts the work, not the thing.
        if let Some(t) = text.strip_suffix("各项")
            && t.chars().count() >= 2
        {
            text = t.trim_end_matches('的');
        }
        if text.len() == before {
            return text;
        }
    }
}

/// Byte ranges of `text` inside quotes (`“…”`, `《…》`, `"…"`), where lists are not split.
/// Only the quotation marks move the scan, so it reads just the characters that may be one:
/// those starting with the byte of `“”` (E2), of `《》「」` (E3) or `"` (`memchr3`), not every
/// character of the text.
fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut straight = false;
    let bytes = text.as_bytes();
    for i in memchr::memchr3_iter(0xE2, 0xE3, b'"', bytes) {
        // A lead byte (or ASCII) always starts a character.
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        match (open, c) {
            (None, '“' | '《' | '「') => open = Some((i, c)),
            (None, '"') => {
                open = Some((i, '"'));
                straight = true;
            }
            (Some((s, '“')), '”') | (Some((s, '《')), '》') | (Some((s, '「')), '」') => {
                out.push((s, i + c.len_utf8()));
                open = None;
            }
            (Some((s, '"')), '"') if straight => {
                out.push((s, i + 1));
                open = None;
                straight = false;
            }
            _ => {}
        }
    }
    out
}

fn inside(spans: &[(usize, usize)], at: usize) -> bool {
    spans.iter().any(|(s, e)| *s < at && at < *e)
}

/// Characters of footnote markers (`[9]`, `［10］`) that some copies keep after a name.
fn is_footnote(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '[' | ']' | '［' | '］')
}

static FOOTNOTE: Pattern = prepared!(r"[\[［][0-9]{1,3}[\]］]");

/// Splits a paragraph into clauses at `,;:。!?` outside quotes.
pub fn clauses(text: &str) -> Vec<&str> {
    let spans = quoted_spans(text);
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, ',' | ';' | ':' | '。' | '!' | '?' | '，' | '；' | '：')
            && !inside(&spans, i)
            && !priority_before_is(text, start, i, c)
        {
            out.push(text[start..i].trim());
            start = i + c.len_utf8();
        }
    }
    out.push(text[start..].trim());
    out.retain(|c| !c.is_empty());
    out
}

/// Whether the comma at `i` stands between a priority and its `是` (`今年金融体制改革的重点，
/// 是完善…`): one clause, read by `after_preamble`.
fn priority_before_is(text: &str, start: usize, i: usize, c: char) -> bool {
    matches!(c, ',' | '，')
        && text[i + c.len_utf8()..].starts_with('是')
        && VOCABULARY.suffix("preamble", &text[start..i]).is_some()
}

/// A clause read as verbs, objects, group noun and tail.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reading<'a> {
    /// The front verbs as written (`加快推进`), empty in an object-first clause.
    verb: &'a str,
    class: Option<VerbClass>,
    tail: Option<&'static str>,
    /// The objects, one per list item.
    items: Vec<&'a str>,
    /// The noun after `等` or a count (`等项目`, `两个核心景区`): what the items are.
    group: Option<&'a str>,
    /// The group follows a count (`两个市民广场`), not `等`.
    counted: bool,
    /// A head every item takes whole: the kind after a quoted list (`“创客逐梦、创业筑巢”两项
    /// 计划` → `创客逐梦计划`, `创业筑巢计划`) or after quoted names side by side (`“城市管理
    /// 年”“质量提升年”活动` → `“城市管理年”活动`, `“质量提升年”活动`).
    suffix: Option<&'a str>,
    /// The whole quoted list with its count, a name of its own besides its items (`“驻村帮扶、
    /// 查漏补缺”两项行动`: a review may report the set as one).
    whole: Option<&'a str>,
}

/// Works that name a project (`城中村改造`, `整村搬迁`): after a verb they stay in the object.
const NOMINAL: &[&str] = &[
    "改造",
    "搬迁",
    "安置",
    "整治",
    "综合整治",
    "治理",
    "综合治理",
    "修复",
    "迁建",
    "综合改造",
    "恢复重建",
    "灾后重建",
];

/// What a `以…为…` frame calls its list: the focus of the work, not a guiding idea
/// (`以…思想为指导` is no promise).
const FOCUS: &[&str] = &[
    "为重点",
    "为抓手",
    "为切入点",
    "为突破口",
    "为载体",
    "为牵引",
];

/// Tails that finish or start a thing (so an object-first clause reads like `启动`/`建成`).
const LAUNCH_TAILS: &[&str] = &[
    "开工",
    "开工建设",
    "建成",
    "建成投用",
    "建成投产",
    "建成通车",
    "建成运营",
    "完工",
    "竣工",
    "投产",
    "投用",
    "投入使用",
    "投入运营",
    "通车",
    "挂牌",
    "开业",
    "落成",
    "投运",
    "建成投运",
    "建成运行",
    "营业",
    "开业运营",
    "开馆",
    "开街",
    "贯通",
    "入住",
    "进场施工",
];

/// Where a clause's promise starts, once what stands before its verb is set aside.
enum Start<'a> {
    /// The clause from its verb (or its object, when no verb opens it).
    Verb(&'a str),
    /// A frame that is the promise itself (`以…为重点`, an object before its frame).
    Whole(Reading<'a>),
}

/// Sets aside what stands before a clause's verb and is no part of the promise: the year, the
/// lead words, a frame (`以…为契机`), the manner (`按照…的原则`), a place (`在…`), a partner
/// (`与…`), adverbs and idioms, an adverbial phrase with `地`, a short subject with `要`.
fn to_the_verb(clause: &str) -> Start<'_> {
    static YEAR: Pattern = prepared!(r"^[0-9]{4}年(?:[^前后底末]|$)");
    let clause = clause
        .trim_end_matches(['。', '!', '?'])
        .trim_end_matches(is_footnote);
    // `2012年全面启动…`: the year opens the clause; `2030年前…行动方案` keeps it in the name.
    let clause = match YEAR.find(clause) {
        Some(_) => &clause[clause.find('年').map_or(0, |i| i + '年'.len_utf8())..],
        None => clause,
    };
    let mut text = strip_lead(after_preamble(clause));
    // `以开展“五干”活动为契机`, `以实施…“四大行动”为切入点`: the promise sits inside the frame.
    if let Some(inner) = text.strip_prefix('以')
        && let Some(end) = inner.rfind('为')
    {
        let inside = strip_lead(&inner[..end]);
        if verb_at(inside).is_some() {
            text = inside;
        } else if FOCUS.iter().any(|f| inner[end..].starts_with(f)) {
            // `以农村生活垃圾处理、污水治理、“厕所革命”…为重点`: the focus list is the promise.
            return Start::Whole(Reading {
                verb: "以…为重点",
                class: Some(VerbClass::Act),
                tail: None,
                items: split_items(inside, false),
                group: None,
                counted: false,
                suffix: None,
                whole: None,
            });
        }
    }
    // `按照政府引导、市场运作的原则推进…`: the manner before the verb.
    if ["按照", "根据", "依照"].iter().any(|p| text.starts_with(p))
        && let Some((at, w)) = ["的原则", "的要求", "的思路", "的标准"]
            .iter()
            .filter_map(|w| crate::text::find(text, w).map(|at| (at, *w)))
            .min()
    {
        text = strip_lead(&text[at + w.len()..]);
    }
    // `通过建立和完善固定资产投资基金制`, `通过建立价格调节基金、商品储备制度…`, `将主要通过
    // 发行政府债券解决` (State Council plans of the 1980s–2000s): the means is itself a promise
    // when a verb that does a thing follows `通过` (not `通过…验收`, an inspection to pass:
    // see `acceptance`; not an exhortation).
    if let Some(inner) = text.strip_prefix("通过")
        && let led = strip_lead(inner)
        && verb_at(led).is_some_and(|(_, c)| c > VerbClass::Act)
    {
        text = led;
    }
    // `在公办基层医疗卫生机构实行…`: a place before the verb.
    if let Some(inner) = text.strip_prefix('在')
        && let Some((i, _)) =
            inner.char_indices().skip(2).take(20).find(|(i, _)| {
                verb_at(&inner[*i..]).is_some_and(|(_, c)| c != VerbClass::Exhortation)
            })
    {
        text = &inner[i..];
    }
    // `与雄安共建科技成果转化…综合试验区`: the partner before the verb.
    if let Some(inner) = text.strip_prefix('与')
        && let Some((i, _)) =
            inner.char_indices().skip(2).take(10).find(|(i, _)| {
                verb_at(&inner[*i..]).is_some_and(|(_, c)| c != VerbClass::Exhortation)
            })
        && !inner[..i].contains(['、', '，'])
    {
        text = &inner[i..];
    }
    // `对重要农产品实行保护价`, `对种粮农民实行直接补贴`, `对重点粮食品种继续实行最低收购价政策`,
    // `对涉及群众利益的重大事项实行公示、听证等制度` (State Council plans of every decade): whom a
    // measure serves stands before the verb that puts it in force; the measure is the promise.
    // (`对…进行/实施/开展` a programme is `object_frame`'s: the places are part of its name.)
    if let Some(inner) = text.strip_prefix('对')
        && whole_word(text, "对")
        && let Some(at) = ["实行", "推行"]
            .iter()
            .filter_map(|v| crate::text::find(inner, v))
            .min()
        && (2..=16).contains(&inner[..at].chars().count())
        && !inside(&quoted_spans(inner), at)
    {
        text = &inner[at..];
    }
    if let Some(reading) = object_frame(text) {
        return Start::Whole(reading);
    }
    // Adverbs the lead list does not know (`加力实施…`, `适度超前建设…`): the segmenter's tag
    // says so.
    // `不折不扣抓好…`: so does a four-character idiom (`i`) before a verb.
    for _ in 0..2 {
        // Only the first word matters: tag a few characters, not the clause.
        let head_end = text.char_indices().nth(6).map_or(text.len(), |(i, _)| i);
        if verb_at(text).is_none()
            && let Some(&(first, tag)) = crate::text::words::tag(&text[..head_end]).first()
            && matches!(tag, "d" | "ad" | "a" | "i")
            && verb_at(strip_lead(&text[first.len()..]))
                .is_some_and(|(w, _)| whole_word(strip_lead(&text[first.len()..]), w))
        {
            text = strip_lead(&text[first.len()..]);
        }
    }
    // `有针对性、有导向性地参加…`: an adverbial phrase closed by the particle `地` (the
    // segmenter's `uv`, not the `地` of `基地`) before a verb is how, not what.
    let head_end = text.char_indices().nth(14).map_or(text.len(), |(i, _)| i);
    // Tagged only when `地` is there to be found (most clauses: a quarter of the tagging).
    if verb_at(text).is_none() && text[..head_end].contains('地') {
        let mut at = 0;
        for (word, tag) in crate::text::words::tag(&text[..head_end]) {
            at += word.len();
            if word == "地" && tag == "uv" {
                let after = strip_lead(&text[at..]);
                if verb_at(after).is_some_and(|(_, c)| c != VerbClass::Exhortation) {
                    text = after;
                }
                break;
            }
        }
    }
    // `农村要健全合作医疗制度`, `各县都要打造…`: a short subject and `要` before the verb.
    if verb_at(text).is_none()
        && let Some(after) = after_subject(text)
    {
        text = after;
    }
    Start::Verb(text)
}

/// The clause after a priority and `是` before a verb (`[preamble]`: `当务之急仍然是落实“两个
/// 确保”`, `今年金融体制改革的重点，是完善和强化…`: `clauses` keeps that comma), or the clause
/// as it is.
fn after_preamble(text: &str) -> &str {
    let v = &*VOCABULARY;
    let Some(at) = text
        .char_indices()
        .take(20)
        .find(|(_, c)| *c == '是')
        .map(|(i, _)| i)
    else {
        return text;
    };
    let mut before = text[..at].trim_end_matches([',', '，']);
    if let Some(w) = v.suffix("preamble.adverb", before) {
        before = &before[..before.len() - w.len()];
    }
    let after = strip_lead(&text[at + '是'.len_utf8()..]);
    // Only after a priority: not a year's rank (`今年是…的关键一年`, `是…的关键之年`).
    if v.suffix("preamble", before).is_some()
        && verb_at(after).is_some_and(|(_, c)| c != VerbClass::Exhortation)
    {
        after
    } else {
        text
    }
}

/// Reads a clause; `None` when it has neither a front verb nor a tail verb.
fn read_clause(clause: &str) -> Option<Reading<'_>> {
    let text = match to_the_verb(clause) {
        Start::Verb(text) => text,
        Start::Whole(reading) => return Some(reading),
    };
    if let Some(reading) = acceptance(text) {
        return Some(reading);
    }
    // Front verbs: push verbs may come before a stronger one (`加快推进实施…`, `推动出台…`).
    let mut rest = text;
    let mut class: Option<VerbClass> = None;
    let mut verb_end = 0;
    for _ in 0..3 {
        let Some((w, c)) = verb_at(rest) else { break };
        // `坚持…`, `着力提升…`: an exhortation, whatever follows.
        if c == VerbClass::Exhortation {
            // `坚持“米袋子”省长负责制`, `坚持和完善“菜篮子”市长负责制`: a system named in
            // quotes is kept, not exhorted.
            let kept = ["和完善", "和发展", "并完善"]
                .iter()
                .fold(&rest[w.len()..], |a, j| a.strip_prefix(j).unwrap_or(a));
            if class.is_none() && w == "坚持" && named_system(strip_lead(kept)) {
                class = Some(VerbClass::Act);
                verb_end = text.len() - kept.len();
                rest = strip_lead(kept);
            }
            // `坚持开展“扫黄打非”`, `坚持实行最严格的土地管理制度`: `坚持` before a verb that
            // carries a programme or a rule out keeps it going; that verb is the clause's verb
            // (State Council plans). Not a strategy, a basic policy or a stance of policy kept
            // (`坚持实施市场多元化战略`, `坚持实施稳健的货币政策`): those are exhortations.
            if class.is_none()
                && w == "坚持"
                && let Some((w2, VerbClass::Run)) = verb_at(&rest[w.len()..])
                && !["战略", "国策", "方针", "政策"].iter().any(|e| {
                    rest[w.len() + w2.len()..]
                        .trim_end_matches(['。', '；', '，'])
                        .ends_with(e)
                })
            {
                rest = &rest[w.len()..];
                continue;
            }
            // `认真贯彻《中国教育改革和发展纲要》`, `认真贯彻公民道德建设实施纲要`: `贯彻` on a law
            // or a programme document named in full puts it into force (as `贯彻实施`); on a line,
            // a spirit or an idea it exhorts (`贯彻新发展理念`, `贯彻…精神`, `贯彻国家产业政策`).
            if class.is_none() && w == "贯彻" {
                let after = strip_lead(&rest[w.len()..]);
                let law = after.trim_end_matches(QUOTE_ENDS);
                if after.starts_with('《')
                    || (law.chars().count() >= 5
                        && !law.contains(['的', '、', '和'])
                        && ["法", "条例", "纲要"].iter().any(|h| law.ends_with(h))
                        && !VOCABULARY.any_in("no_document", law))
                {
                    class = Some(VerbClass::Run);
                    verb_end = text.len() - after.len();
                    rest = after;
                    continue;
                }
            }
            class?;
            break;
        }
        // After a verb that says what is promised (`制定`), a push verb belongs to the
        // object (`制定提升消费能力…专项措施`); and a verb must be a word of its own, not the
        // start of a longer one (`加大保障性住房…`).
        if class.is_some_and(|k| k != VerbClass::Act) && c == VerbClass::Act {
            break;
        }
        if class.is_some() && !whole_word(rest, w) {
            break;
        }
        class = Some(class.map_or(c, |k| if c > k { c } else { k }));
        // `开展好`, `实施好`, `建设好`: the complement adds nothing. Nor does a complement of
        // result after a verb that founds or issues (`建立起统一的企业职工基本养老保险制度`,
        // `尽快制定出中长期科学技术发展纲领`: State Council plans of the 1980s and 1990s), when
        // it is a word of its own (`制定出资人监管权责清单` keeps `出资人`).
        let after = &rest[w.len()..];
        let after = after.strip_prefix('好').unwrap_or(after);
        let after = match after.strip_prefix(['起', '出']) {
            Some(next)
                if matches!(c, VerbClass::Found | VerbClass::Issue)
                    && whole_word(after, &after[..after.len() - next.len()]) =>
            {
                next
            }
            _ => after,
        };
        // `鼓励和推动…`, `新建或提升…`, `建立和完善粮食安全预警系统`, `改进和规范…制度`: two
        // verbs joined act on one object; the second is read with the first, whatever its
        // class (a push verb after `建立和` would otherwise end the verbs and open the object).
        // So do two verbs joined by `并` (`制定并实施…方案`), and a second verb with its own
        // adverb (`抓紧建立和逐步实施国家公务员制度`, State Council 1988).
        let after = match after
            .strip_prefix('和')
            .or_else(|| after.strip_prefix('或'))
            .or_else(|| after.strip_prefix('并'))
        {
            Some(next) => match verb_at(next)
                .map(|v| (next, v))
                // (Only two verbs that do a thing: `加强和认真改进学校的…工作`, `开发和合理利用…`
                // stay exhortations.)
                .or_else(|| {
                    class.filter(|k| *k > VerbClass::Act)?;
                    let led = strip_lead(next);
                    verb_at(led)
                        .filter(|(_, c)| !matches!(c, VerbClass::Act | VerbClass::Exhortation))
                        .map(|v| (led, v))
                }) {
                Some((at, (w2, c2))) if c2 != VerbClass::Exhortation && class.is_some() => {
                    class = class.map(|k| if c2 > k { c2 } else { k });
                    &at[w2.len()..]
                }
                Some(_) => next,
                None => after,
            },
            None => after,
        };
        // `完成对胜利大街…的综合改造`: the object follows `对` (a word of its own, not the
        // start of `对外`).
        let after = match after.strip_prefix('对') {
            Some(rest) if whole_word(after, "对") => rest,
            _ => after,
        };
        verb_end = text.len() - after.len();
        rest = strip_lead(after);
    }
    let verb = text[..verb_end].trim_end_matches(['的', ' ']);
    // Tail verbs (`…建设`, `…等项目的推进`, `…年内开工建设`).
    let mut tail = None;
    let mut nominal = false;
    for _ in 0..2 {
        let trimmed = rest.trim_end_matches(['的', ' ']);
        // `加快皇岗、沙头角等口岸重建和改扩建`, `推进A项目建设和运营`: two works joined by `和`
        // after the object; the first is a tail word too, not part of the object.
        let trimmed = match trimmed.strip_suffix(['和', '及', '与']) {
            Some(before)
                if tail.is_some()
                    && VOCABULARY
                        .suffix_where("tail", before, |w| before.len() > w.len())
                        .is_some_and(|w| !NOMINAL.contains(&w)) =>
            {
                before
            }
            _ => trimmed,
        };
        let Some(w) = VOCABULARY.suffix_where("tail", trimmed, |w| trimmed.len() > w.len()) else {
            break;
        };
        // After a verb, a work that names the project stays in the object (`推进城中村改造`);
        // so it does before a verb at the end (`A改造、B改造全面完成`: `B改造`).
        if (class.is_some() || tail.is_some()) && NOMINAL.contains(&w) {
            break;
        }
        // `…政策的实施`: only the last verb tells a noun phrase (`小浪底工程的截流都将在今年实施`
        // is a promise: its `的` is before a stage of the work, not before the verb).
        let last = tail.is_none();
        if last {
            tail = Some(w);
        }
        let before = &trimmed[..trimmed.len() - w.len()];
        // `做好供销、审计、民族宗教、…、残疾人等工作`: a roll-call of routine work (four
        // items or more), not promises; a short list keeps its works (`做好退耕还林、黑土地治理
        // 等工作`).
        if (w == "等工作" || (w == "工作" && before.ends_with('等')))
            && before.matches('、').count() >= 3
        {
            return None;
        }
        nominal |= last && before.ends_with('的');
        rest = strip_lead_end(before.trim_end_matches('的'));
        // `县人大票决的民生实事按照时间节点全部完成`: the manner before a tail verb is no part
        // of the thing.
        if let Some(at) = crate::text::find(rest, "按照")
            && rest[..at].chars().count() >= 4
        {
            rest = strip_lead_end(&rest[..at]);
        }
    }
    // `继续“扫黄”、“打非”`: in reports of the 1990s `继续` alone is the verb before a
    // quoted campaign.
    let mut verb = verb;
    if class.is_none()
        && tail.is_none()
        && rest.starts_with('“')
        // Where the verb's text starts inside the clause: `to_the_verb` trims the clause's end
        // (a full stop, a footnote mark `[12]`), so its text is no suffix of the clause.
        && let Some(at) = (text.as_ptr() as usize).checked_sub(clause.as_ptr() as usize)
        && clause.get(..at).is_some_and(|before| before.trim_end().ends_with("继续"))
    {
        verb = "继续";
        class = Some(VerbClass::Act);
    }
    if class.is_none() && tail.is_none() {
        return None;
    }
    // `中医院迁建项目加快进度`: a push verb before the tail is how the work goes, not part
    // of the name.
    if tail.is_some()
        && let Some(w) = VOCABULARY.suffix("fragment_end", rest)
        && rest[..rest.len() - w.len()].chars().count() >= 3
    {
        rest = &rest[..rest.len() - w.len()];
    }
    // `…政策的实施` without a verb before it is a noun phrase in a sentence about something
    // else (`尽管…但国家宏观政策的实施,…`), not a promise.
    if class.is_none() && nominal {
        return None;
    }
    // An object-first clause may carry a second verb before its tail
    // (`副都统衙门近现代博物馆完成布展并实现开放`): the object ends where a verb starts.
    if class.is_none() {
        let cut = rest
            .char_indices()
            .skip(3)
            .find_map(|(i, _)| match verb_at(&rest[i..]) {
                Some((w, c)) if c != VerbClass::Exhortation => Some((i, w)),
                _ => None,
            });
        // `中医院迁建项目`: a work before a head noun is part of the name.
        if let Some((i, w)) = cut
            && has_head(&rest[..i])
            && !(NOMINAL.contains(&w) && has_head(&rest[i..]))
        {
            rest = &rest[..i];
        }
    }
    // `实施以硬化、绿化为主要内容的老旧小区改造`, `做好以生态保护为核心的外环绿化`: what the
    // work is about, before `的`, is no part of the thing's name.
    if let Some(inner) = rest.strip_prefix('以')
        && let Some(at) = inner.find('为')
        && let Some(de) = inner[at..].find('的')
        && inner[at..at + de].chars().count() <= 6
        && inner[at + de + '的'.len_utf8()..].chars().count() >= 4
    {
        rest = &inner[at + de + '的'.len_utf8()..];
    }
    // `加快“三角地商贸核心圈”的统一规划和升级改造`, `加强垃圾处理设施的规划和建设`: two works
    // joined by `和` on one thing, the second read as the tail; the thing before `的` is the
    // object (the first work, up to four characters, is no part of it). Not a list of things
    // (`A、B的…`).
    if tail.is_some()
        && let Some(joined) = rest
            .strip_suffix('和')
            .or_else(|| rest.strip_suffix('与'))
            .or_else(|| rest.strip_suffix('及'))
        && let Some((thing, work)) = joined.rsplit_once('的')
        && (1..=4).contains(&work.chars().count())
        && thing.chars().count() >= 3
        && !thing.contains('、')
    {
        rest = thing;
    }
    // `加强与青岛港、天津港、黄骅港等对接合作`: the partners of a cooperation are not things
    // promised (the first is left out as a phrase, so are the others).
    if rest.starts_with('与') && rest.contains('、') {
        return None;
    }
    // `打造集棉花、果品、玉米、小麦于一体的万亩现代农业示范园区`: what the thing brings
    // together is no part of its name, and no list of things.
    if let Some(inner) = rest.strip_prefix('集')
        && let Some(at) = inner.find("于一体")
    {
        let after = inner[at + "于一体".len()..].trim_start_matches('的');
        if after.chars().count() >= 4 {
            rest = after;
        }
    }
    // `开工一批…`, `各类…`: a list introduced by a generic word names nothing.
    if VOCABULARY.prefix("generic", rest).is_some() {
        return None;
    }
    let (items_text, group, also) = split_group(rest);
    // A count before the group (`两个市民广场`): the items are short names of the group's thing.
    // (The group need not end the text: `A、B等项目和C` keeps `C` apart, see [`split_group`].)
    let counted = group.is_some_and(|g| {
        let Some(at) = crate::text::offset_in(rest, g) else {
            return false;
        };
        let before = &rest[..at];
        COUNT_GROUP
            .find_iter(before)
            .last()
            .is_some_and(|m| before[m.end()..].trim_matches('的').is_empty())
    });
    // `做好民族宗教、…、红十字等工作`: a roll-call of routine work, not promises.
    if group == Some("工作") {
        return None;
    }
    // `加快邮政快递、集中分拨、冷链物流等多功能融合的智慧物流园区建设`: what one thing brings
    // together, before what it does with them (`融合`, a verb) and `的`, is no list of things:
    // the thing is the promise.
    if let Some(g) = group
        && let Some((what, thing)) = g.rsplit_once('的')
        && thing.chars().count() >= 4
        && has_head(thing)
        && crate::text::words::tag(what)
            .last()
            .is_some_and(|(_, t)| t.starts_with('v'))
    {
        return Some(Reading {
            verb,
            class,
            tail,
            items: vec![thing],
            group: None,
            counted: false,
            suffix: None,
            whole: None,
        });
    }
    // `加强交通运输、建筑施工、消防等重点领域排查整治`, `解决高校毕业生、农民工等群体的就业问题`,
    // `引导企业向文化创意、新型建材等领域转移`: items grouped as fields or groups of people are
    // where the work happens, not things promised. A thing after the field word keeps them
    // when the verb does something (`扩大电信、医疗等领域开放试点` opens three pilots).
    if let Some(g) = group
        && let Some(after) = after_field_word(g)
        && (!has_head(after) || improves(verb))
        // `深化电力、邮政、电信、铁路等行业改革`: the reform of each industry named.
        && after != "改革"
    {
        return None;
    }
    let spans = quoted_spans(items_text);
    // `实施“创客逐梦、创业筑巢、…”六项计划`: a quoted list with its count names one programme
    // per item.
    if let Some(g) = group
        && let [(s, e)] = spans.as_slice()
        && *s == 0
        && *e == items_text.len()
        && let Some(inner) = items_text
            .get('“'.len_utf8()..items_text.len() - '”'.len_utf8())
            .filter(|inner| items_text.starts_with('“') && inner.contains('、'))
        && let Some(thing) = group_thing(g)
        && head_of(&thing).is_some_and(|(_, h)| h != Head::Exhortation)
    {
        let head = &g[g.len() - head_of(&thing).map_or(0, |(w, _)| w.len())..];
        // The set's noun after its count, when short (`四大电商服务平台`: each item is an
        // `…电商服务平台`), else its head alone.
        let noun = COUNT_GROUP
            .find(g)
            .filter(|m| m.start() == 0)
            .map_or(g, |m| &g[m.end()..]);
        let noun = Some(noun).filter(|n| {
            (2..=6).contains(&n.chars().count()) && !n.contains('的') && n.ends_with(head)
        });
        let head = noun.unwrap_or(head);
        return Some(Reading {
            verb,
            class,
            tail,
            items: inner.split('、').filter(|i| !i.is_empty()).collect(),
            group: None,
            counted: false,
            suffix: Some(head),
            whole: Some(rest),
        });
    }
    // `实施科技创新平台优化、揭榜挂帅提质、…、科技成果转化等“四大工程”`, `开展龙头牵引、…、
    // 数字赋能等十大工程`: the items of a counted set without heads of their own are its
    // programmes, each named with the set's head (`科技创新平台优化工程`).
    if let Some(g) = group
        && spans.is_empty()
        && !g.contains('的')
        && let Some(thing) = group_thing(g.trim_matches(['“', '”']))
        && let Some((w, h)) = head_of(&thing)
        && h != Head::Exhortation
        && COUNT_GROUP
            .find(g.trim_start_matches('“'))
            .is_some_and(|m| m.start() == 0)
    {
        let items = split_items(items_text, true);
        if items.len() > 1 && items.iter().all(|i| !has_head(i)) {
            let inner = g.trim_end_matches('”');
            return Some(Reading {
                verb,
                class,
                tail,
                items,
                group: None,
                counted: false,
                suffix: Some(&inner[inner.len() - w.len()..]),
                whole: also,
            });
        }
    }
    // `开展“城市管理年”“质量提升年”活动`: quoted names side by side before one head.
    if group.is_none()
        && spans.len() > 1
        && spans[0].0 == 0
        && spans.windows(2).all(|w| w[0].1 == w[1].0)
        && let Some(&(_, end)) = spans.last()
        && let after = &items_text[end..]
        && (1..=4).contains(&after.chars().count())
        && has_head(after)
    {
        return Some(Reading {
            verb,
            class,
            tail,
            items: spans.iter().map(|(s, e)| &items_text[*s..*e]).collect(),
            group: None,
            counted: false,
            suffix: Some(after),
            whole: None,
        });
    }
    let items = split_items(items_text, group.is_some());
    // `落实中央、自治区、市委的决策部署`, `贯彻落实党中央决策部署和省委、市委工作要求`: a list
    // of those whose decision, spirit or plan is carried out owns what follows the last `的`
    // (or the last item's requirements); when that is no thing, none of the list is.
    if items.len() > 1
        && items_text.contains('、')
        && let Some(last) = items.last()
        && (last.rsplit_once('的').is_some_and(|(_, owned)| {
            !owned.contains(['“', '”', '《', '》'])
                && matches!(head_of(owned), Some((_, Head::Exhortation)))
        }) || ["要求", "精神", "部署", "指示", "批示"]
            .iter()
            .any(|w| last.ends_with(w)))
    {
        return None;
    }
    Some(Reading {
        verb,
        class,
        tail,
        items,
        group,
        counted,
        suffix: None,
        // `继续实施重大科技成果推广应用等“六大科技创新工程”`: a set named in quotes after `等` is
        // a programme of its own besides the items it is shown by.
        whole: group.filter(|g| quoted_name(g) && has_head(g)).or(also),
    })
}

/// An inspection to pass (`确保通过“七五”普法验收`, `高标准通过“全国义务教育发展基本均衡县”
/// 国家验收`): a title or a programme checked by a higher level, named by what is checked.
/// `通过` alone is no verb (`通过…方式`, `通过改革`): only with `验收` at the end.
fn acceptance(text: &str) -> Option<Reading<'_>> {
    let text = QUALITY_LEADS
        .iter()
        .find_map(|q| text.strip_prefix(q))
        .map_or(text, strip_lead);
    let checked = text.strip_prefix("通过")?;
    // What is checked, without who checks and how (`省和国家审定验收` names nothing).
    let mut what = checked.strip_suffix("验收")?;
    while let Some(w) = [
        "国家",
        "全国",
        "省级",
        "市级",
        "县级",
        "自治区级",
        "自治区",
        "省",
        "市",
        "审定",
        "考核",
        "复查",
        "评估",
        "核查",
        "暗访",
        "和",
        "及",
    ]
    .iter()
    .find(|w| what.ends_with(**w))
    {
        what = &what[..what.len() - w.len()];
    }
    (what.chars().count() >= 3).then(|| Reading {
        verb: "通过…验收",
        class: Some(VerbClass::Win),
        tail: None,
        items: vec![checked],
        group: None,
        counted: false,
        suffix: None,
        whole: None,
    })
}

/// How many characters of topic a general head needs (`就业政策` names a field); a head of
/// `head.generic_short` needs two (`名牌战略`, `海洋战略`).
fn topic_needed(head: &str) -> usize {
    if VOCABULARY
        .words("head.generic_short")
        .iter()
        .any(|w| w == head)
    {
        2
    } else {
        3
    }
}

/// Programmes a heading names in quotes: a quoted name that ends with a head of a programme
/// (`“三大攻坚战”`) or is followed by one within a few characters (`“产业升级”奋进行动`), with
/// the verb just before the name (`打好`) or `实施`.
fn heading_programmes(title: &str) -> Vec<(String, String)> {
    let programme =
        |t: &str| matches!(head_of(t), Some((_, Head::Kind(CommitmentKind::Programme))));
    let mut out = Vec::new();
    for (s, e) in quoted_spans(title) {
        let name = &title[s..e];
        if !name.starts_with('“') {
            continue;
        }
        let after: String = title[e..]
            .chars()
            .take_while(|c| is_han(*c))
            .take(4)
            .collect();
        let kind = (1..=after.chars().count())
            .map(|n| after.chars().take(n).collect::<String>())
            .find(|p| programme(p) && head_of(p).is_some_and(|(w, _)| p.ends_with(w)));
        let object = match kind {
            Some(k) => format!("{name}{k}"),
            None if programme(name.trim_end_matches('”')) => name.to_string(),
            None => continue,
        };
        let before = &title[..s];
        let verb = before
            .char_indices()
            .rev()
            .take(4)
            .find_map(|(i, _)| verb_at(&before[i..]).filter(|(v, _)| v.len() == before.len() - i))
            .map_or("实施", |(v, _)| v);
        out.push((verb.to_string(), object));
    }
    out
}

/// A system named in quotes (`“米袋子”省长负责制`, `“河长制”`): a thing one keeps.
fn named_system(text: &str) -> bool {
    text.starts_with('“')
        && (VOCABULARY.suffix("head.system", text).is_some() || text.ends_with("制度"))
        && !text.contains(['，', ','])
}

/// The clause after a short subject and `要` (`农村要健全…`, `各县都要打造…`) or `决定`
/// (`国务院决定成立…`), when a verb follows; not after a list of subjects (`A、B、C要巩固…`:
/// they are the things).
fn after_subject(text: &str) -> Option<&str> {
    // `国务院决定成立国家行政学院`, `省政府决定在全省开展“三创四建”活动`: who decided, before
    // the verb, as a subject before `要`.
    let (at, w) = ["都要", "也要", "要", "决定"]
        .iter()
        .filter_map(|w| crate::text::find(text, w).map(|at| (at, *w)))
        .min()?;
    // `商业银行从今年开始要全面实行…`: the time after the subject is no part of it.
    let subject = strip_lead_end(&text[..at]);
    let n = subject.chars().count();
    if !(2..=6).contains(&n) || subject.contains(['、', '“', '”']) || verb_at(subject).is_some()
    {
        return None;
    }
    let after = strip_lead(&text[at + w.len()..]);
    // Only before a thing with a head (`各级政府要增加财政投入` is a budget line).
    (verb_at(after).is_some_and(|(_, c)| c != VerbClass::Exhortation) && has_own_head(after))
        .then_some(after)
}

/// Objects put before their verb by `把` (`把十四冬主场馆建设作为头号工程`, `把“严打”斗争深入
/// 持久地开展下去`) or by `对` before `进行`/`实施` (`对老旧小区进行改造`, `对东出口、西出口等区域
/// 实施环境综合整治`): the object is what the frame holds, the verb what follows it.
fn object_frame(text: &str) -> Option<Reading<'_>> {
    let spans = quoted_spans(text);
    if let Some(inner) = text.strip_prefix('把') {
        let base = '把'.len_utf8();
        // `把保定创建成全国文明城市`: the place held is the one to win; the title after the
        // verb is the promise (not a vision: `把保定打造成…节点城市` is no title to win).
        if let Some((at, v)) = ["创建成", "创建为", "创成"]
            .iter()
            .filter_map(|v| inner.find(v).map(|at| (at, *v)))
            .filter(|(at, _)| !inside(&spans, base + at) && *at > 0)
            .min()
        {
            let title = inner[at + v.len()..].trim();
            if title.chars().count() >= 4
                && !title.contains(['的', '、'])
                && matches!(head_of(title), Some((_, Head::Kind(CommitmentKind::Title))))
            {
                return Some(Reading {
                    verb: v,
                    class: Some(VerbClass::Win),
                    tail: None,
                    items: vec![title],
                    group: None,
                    counted: false,
                    suffix: None,
                    whole: None,
                });
            }
        }
        // `继续把“拨改贷”和基本建设经营性基金转为国家资本金`: a named thing converted into
        // another is promised (the verb may come after words that read as verbs: `基本建设`).
        if let Some((at, v)) = ["转为", "转换为", "改为", "并入"]
            .iter()
            .filter_map(|v| inner.find(v).map(|at| (at, *v)))
            .filter(|(at, _)| !inside(&spans, base + at))
            .min()
            && inner[at + v.len()..].chars().count() >= 2
        {
            // `把“拨改贷”形成的债务逐步转为…`: an adverb before the verb is no part of the thing.
            let object = strip_lead_end(&inner[..at]);
            let items = split_items(object, false);
            let named_things = items.iter().all(|i| {
                let i = strip_item(i);
                i.starts_with('“') || has_own_head(i)
            });
            if named_things {
                return Some(Reading {
                    verb: v,
                    class: Some(VerbClass::Act),
                    tail: None,
                    items,
                    group: None,
                    counted: false,
                    suffix: None,
                    whole: None,
                });
            }
        }
        let (i, _) = inner.char_indices().skip(2).find(|(i, _)| {
            !inside(&spans, base + i)
                && (verb_at(&inner[*i..]).is_some()
                    || VOCABULARY.prefix("lead", &inner[*i..]).is_some()
                    || inner[*i..].starts_with("作为"))
        })?;
        let object = &inner[..i];
        let after = &inner[i..];
        // What may follow the verb: nothing, a complement, or the rank the work is given.
        let ends = |rest: &str| {
            let rest = rest.trim_start_matches(['好', '下', '去']);
            rest.is_empty() || rest.starts_with("作为")
        };
        let quoted_name = object.starts_with('“') && (object.ends_with('”') || has_head(object));
        let verb = if after.starts_with("作为") {
            // `把白洋淀上游综合治理作为重中之重`: only a programme is given a rank.
            matches!(
                head_of(object),
                Some((_, Head::Kind(CommitmentKind::Programme)))
            )
            .then_some("作为")?
        } else if let Some((v, c)) = verb_at(after)
            && c != VerbClass::Exhortation
            && ends(&after[v.len()..])
            && (has_head(object) || quoted_name)
        {
            v
        } else if quoted_name {
            // `把“严打”斗争深入持久地开展下去`: a quoted name keeps its verb past the manner.
            after
                .char_indices()
                .find_map(|(k, _)| match verb_at(&after[k..]) {
                    Some((v, c)) if c != VerbClass::Exhortation && ends(&after[k + v.len()..]) => {
                        Some(v)
                    }
                    _ => None,
                })?
        } else {
            return None;
        };
        return Some(Reading {
            verb,
            class: Some(VerbClass::Act),
            tail: None,
            items: split_items(object, false),
            group: None,
            counted: false,
            suffix: None,
            whole: None,
        });
    }
    let inner = text.strip_prefix('对')?;
    let base = '对'.len_utf8();
    let (at, w) = ["进行", "实施", "开展"]
        .iter()
        .filter_map(|w| inner.find(w).map(|at| (at, *w)))
        .filter(|(at, _)| !inside(&spans, base + at) && inner[..*at].chars().count() >= 2)
        .min()?;
    let work = inner[at + w.len()..].trim();
    if !matches!(
        head_of(work),
        Some((_, Head::Kind(CommitmentKind::Programme)))
    ) || work.contains(['和', '、', '及'])
    {
        return None;
    }
    let (items_text, group, _) = split_group(&inner[..at]);
    // `对城乡结合部、城市落后元素等方面进行整治`: fields, not places.
    if group.is_some_and(|g| after_field_word(g).is_some()) {
        return None;
    }
    Some(Reading {
        verb: w,
        class: Some(VerbClass::Run),
        tail: None,
        items: split_items(items_text, true),
        group: None,
        counted: false,
        suffix: Some(work),
        whole: None,
    })
}

/// What follows the field word of a group noun (`重点领域排查整治` → `排查整治`,
/// `方面存在的突出问题` → `突出问题`), or `None` when the group does not open with one.
fn after_field_word(group: &str) -> Option<&str> {
    let g = ["重点", "新兴", "关键", "有关", "相关", "新型农业", "前沿"]
        .iter()
        .find_map(|q| group.strip_prefix(q))
        .unwrap_or(group);
    let w = VOCABULARY.prefix("field_groups", g)?;
    let rest = g[w.len()..].trim_start_matches('的');
    Some(rest.strip_prefix("存在的").unwrap_or(rest))
}

/// Whether a verb (as written, `加强…建设`) improves a field rather than does a thing
/// (`verb.improve`: `加强`, `优化`, `提升`).
fn improves(verb: &str) -> bool {
    VOCABULARY.prefix("verb.improve", verb).is_some()
}

static COUNT_GROUP: Pattern =
    prepared!(r"(?:[0-9]+|[一二两三四五六七八九十]+)(?:个|家|座|处|条|所|项|大|批|类|片)");

/// Whether the `等` at byte `at` is part of a word of grade or level (`二级甲等医院`,
/// `高等院校`, `中等职业学校`), not the end of a list.
fn grade_word(text: &str, at: usize) -> bool {
    let after = &text[at + '等'.len_utf8()..];
    text[..at].chars().next_back().is_some_and(|c| {
        "甲乙丙丁特".contains(c)
            || ("高中初".contains(c) && after.starts_with(['院', '职', '教', '学', '专']))
    })
}

/// Bare heads of systems a list of short items may share (`推行政府采购、会计委派、领导干部任期审计
/// 等制度`, `健全述职述廉、重大事项报告、质询和民主评议等制度`): each item is a system of its own.
const SYSTEM_GROUPS: &[&str] = &["制度", "机制", "体制"];

/// Splits `A、B等项目` into (`A、B`, `项目`) and `A、B两个景区` into (`A、B`, `景区`); the
/// third part is one more thing joined to the group by `和` (`A、B等十四个沿海港口城市和海南岛`:
/// `海南岛`).
fn split_group(text: &str) -> (&str, Option<&str>, Option<&str>) {
    let spans = quoted_spans(text);
    if let Some((i, _)) = text
        .char_indices()
        .rev()
        .find(|(i, c)| *c == '等' && !inside(&spans, *i) && *i > 0 && !grade_word(text, *i))
    {
        let group = text[i + '等'.len_utf8()..].trim_start_matches('的');
        // `进一步开放大连、…、北海等十四个沿海港口城市和海南岛` (State Council 1984), `建设A、B等
        // 三个产业园和C物流中心`: a thing named after the group and `和` is one more object,
        // not part of the group's noun, when the group ends with a head of a thing.
        let (group, also) = match ["以及", "和", "及"]
            .iter()
            .filter_map(|sep| crate::text::find(group, sep).map(|j| (j, sep.len())))
            .min()
        {
            Some((j, len))
                if j > 0
                    && head_of(strip_phase(&group[..j]))
                        .is_some_and(|(_, h)| h != Head::Exhortation)
                    && (2..=8).contains(&group[j + len..].chars().count())
                    && !group[j + len..].contains(['、', '的'])
                    && named(&group[j + len..]) =>
            {
                (&group[..j], Some(&group[j + len..]))
            }
            _ => (group, None),
        };
        // `深化计划、财税、金融、价格等项改革`, `推进粮棉流通体制以及水利工程管理体制等各项改革`
        // (State Council and provincial plans, 1990s-2010s): a measure word before a reform or
        // a system counts the items; the group is the reform or the system itself.
        let group = ["各项", "项"]
            .iter()
            .find_map(|p| group.strip_prefix(p))
            .filter(|g| SYSTEM_GROUPS.contains(g) || *g == "改革")
            .unwrap_or(group);
        if !group.is_empty() && group.chars().count() <= 12 {
            return (&text[..i], Some(group), also);
        }
        // `抓好狮子洋通道、深江高铁等建设`: a list closed by `等` before its tail verb, with no
        // group noun: the items end at `等`.
        if group.is_empty()
            && text[..i].contains('、')
            && text[..i].rsplit('、').next().is_some_and(has_head)
        {
            return (&text[..i], None, None);
        }
    }
    // A count after a list (`A、B两个景区`, `“甲”“乙”三大行动`).
    // `建成哈萨尔和东升路两个市民广场`: two joined by `和` are a list too.
    let listed = text.contains('、')
        || spans.len() > 1
        || COUNT_GROUP
            .find(text)
            .is_some_and(|m| two_names(&text[..m.start()]));
    if listed {
        let last_item_start = text
            .char_indices()
            .rev()
            .find(|(i, c)| *c == '、' && !inside(&spans, *i))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        let last_item_start = spans
            .last()
            .map_or(last_item_start, |(_, e)| last_item_start.max(*e));
        if let Some(m) = COUNT_GROUP.find(&text[last_item_start..])
            && (m.start() > 0 || last_item_start > 0)
            && counts_the_list(&text[last_item_start..last_item_start + m.start()])
        {
            let at = last_item_start + m.start();
            return (
                &text[..at],
                Some(text[at + m.len()..].trim_start_matches('的')),
                None,
            );
        }
        if let Some((at, head)) = count_before_heads(text, &spans) {
            return (&text[..at], Some(head), None);
        }
    }
    (text, None, None)
}

/// A count after a list whose group is a list of heads itself (`首批开工建设南澳双拥和溪涌、金沙湾、
/// 大澳湾、西涌5个码头、靠泊点`, Dapeng 2024): the count says how many items there are (two names
/// joined by `和` are two), and the first head, a built thing's or an institution's, names each
/// item's thing (`溪涌码头`). Returns where the count starts and that head.
fn count_before_heads<'a>(text: &'a str, spans: &[(usize, usize)]) -> Option<(usize, &'a str)> {
    let m = COUNT_GROUP
        .find_iter(text)
        .filter(|m| m.start() > 0 && !inside(spans, m.start()))
        .last()?;
    let (first, others) = text[m.end()..].split_once('、')?;
    let thing = head_of(first).is_some_and(|(w, h)| {
        w == first
            && matches!(
                h,
                Head::Kind(CommitmentKind::Project | CommitmentKind::Institution)
            )
    });
    let heads = others
        .split('、')
        .all(|h| (1..=4).contains(&h.chars().count()) && verb_at(h).is_none());
    let items = &text[..m.start()];
    let listed: usize = items
        .split('、')
        .map(|i| if two_names(i) { 2 } else { 1 })
        .sum();
    let counted = m.as_str().trim_end_matches(|c: char| {
        !c.is_ascii_digit() && !crate::text::numerals::is_cn_numeral_char(c)
    });
    let count = counted
        .parse::<usize>()
        .ok()
        .or_else(|| crate::text::numerals::parse_cn_number(counted).map(|n| n as usize));
    (thing && heads && items.contains('、') && count == Some(listed)).then_some((m.start(), first))
}

/// Whether a count after a list (`A、B两个景区`) counts its items, not the rules of an
/// authority named in the last item (`落实…主体责任、中央八项规定`: the name of one document).
fn counts_the_list(last_item_before_count: &str) -> bool {
    !["中央", "中共中央", "国务院", "省委", "市委", "区委", "县委"]
        .contains(&last_item_before_count)
}

/// Splits a list of objects at `、` (outside quotes), and adjacent quoted names
/// (`“甲”“乙”`) when a group noun follows. A list whose first items have no head noun of
/// their own (`新材料、智能装备产业园`) shares the last item's head and stays one object.
fn split_items(text: &str, grouped: bool) -> Vec<&str> {
    let mut spans = quoted_spans(text);
    spans.extend(level_lists(text));
    let mut items = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '、' && !inside(&spans, i) {
            items.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    items.push(&text[start..]);
    // `政务服务“全程网办”“冀时办”“跨省通办”`, `深化“接诉即办”“每月一题”改革`: quoted names
    // back to back are a list without its marks, one item each; the words before the first
    // and after the last stay with it.
    let items: Vec<&str> = items
        .into_iter()
        .flat_map(|item| {
            let quotes: Vec<(usize, usize)> = quoted_spans(item)
                .into_iter()
                .filter(|(s, e)| item[*s..*e].starts_with('“') && e > s)
                .collect();
            let mut cuts = Vec::new();
            for pair in quotes.windows(2) {
                if pair[0].1 == pair[1].0 {
                    cuts.push(pair[0].1);
                }
            }
            let mut parts = Vec::new();
            let mut from = 0;
            for cut in cuts {
                parts.push(&item[from..cut]);
                from = cut;
            }
            parts.push(&item[from..]);
            parts
        })
        .collect();
    // `安全、舒适、绿色、智慧的“好房子”`, `政治坚定、担当作为、清正廉洁的人民满意政府`:
    // qualities listed before one thing.
    if items.len() > 1
        && items[..items.len() - 1]
            .iter()
            .all(|i| i.chars().count() <= 2 || (i.chars().count() == 4 && !has_own_head(i)))
        && let Some((_, thing)) = items[items.len() - 1].rsplit_once('的')
        && thing.chars().count() >= 2
    {
        return vec![thing];
    }
    if items.len() == 1 && spans.len() > 1 {
        let whole: usize = spans.iter().map(|(s, e)| e - s).sum();
        if whole == text.len() {
            return spans.iter().map(|(s, e)| &text[*s..*e]).collect();
        }
    }
    // `A和B`, `A及B`: split when the left part is an object by itself.
    let mut split = Vec::new();
    let count = items.len();
    // `概念验证、中试验证和行业共性技术平台`: the last of short headless items joined by `和`
    // to the one that carries the head; the head is shared below.
    let short_headless = |i: &str| i.chars().count() <= 6 && !has_head(strip_item(i));
    let list_of_short = count > 1 && items[..count - 1].iter().all(|i| short_headless(i));
    for (k, item) in items.into_iter().enumerate() {
        let last_of_list = list_of_short && k + 1 == count;
        match ["以及", "和", "及", "与"]
            .iter()
            .filter_map(|sep| crate::text::find(item, sep).map(|i| (i, sep.len())))
            .filter(|(i, _)| !inside(&spans, *i) && *i > 0)
            .min()
        {
            Some((i, len))
                if (has_head(strip_item(&item[..i]))
                    // `廉租房制度和住房租赁制度`, `资源开发利用补偿机制和生态环境恢复补偿机制`:
                    // two systems, each named by what it governs.
                    || (has_own_head(strip_item(&item[..i]))
                        && has_own_head(strip_item(&item[i + len..])))
                    || ends_with_tail(&item[..i])
                    // `“拨改贷”和基本建设经营性基金`: a quoted name is an object by itself.
                    || quoted_name(strip_item(&item[..i]))
                    || (grouped && two_names(item))
                    || (last_of_list
                        && short_headless(&item[..i])
                        && (4..=10).contains(&item[i + len..].chars().count())
                        && has_head(strip_item(&item[i + len..]))))
                    && item[i + len..].chars().count() >= 2
                    && !relation(&item[i + len..])
                    // `国家中长期教育改革和发展规划纲要`: `改革和发展` is one phrase.
                    && !(item[..i].ends_with("改革") && item[i + len..].starts_with("发展")) =>
            {
                split.push(&item[..i]);
                split.push(&item[i + len..]);
            }
            _ => split.push(item),
        }
    }
    if !grouped && split.len() > 1 {
        let headless = split[..split.len() - 1]
            .iter()
            .any(|i| !has_own_head(strip_item(i)));
        // `雄商、雄忻高铁和石雄铁路`: each headless item borrows from the next with a head.
        let borrowed = (0..split.len() - 1)
            .all(|k| has_own_head(strip_item(split[k])) || next_head_run(&split, k).is_some());
        if headless
            && shared_head(&split).is_none()
            && !borrowed
            && !split.iter().any(|i| named(strip_item(i)))
            && !parallel_items(&split)
            && alike_before_system(&split).is_none()
        {
            return vec![text];
        }
    }
    split
}

/// The system head (`制度`, `机制`, `体制`) the last item of a list written alike lends to the
/// items before it: every earlier item, without a head of its own, ends with the same two
/// characters as the last item's words before its head (`政务公开、厂务公开、村务公开、公用事业
/// 单位办事公开制度`: `政务公开制度`, …). A list of provincial and State Council plans of the
/// 2000s; not items of other shapes (`营商环境评价、考核、约谈制度` stays one object).
fn alike_before_system(items: &[&str]) -> Option<&'static str> {
    let (last, earlier) = items.split_last()?;
    let last = strip_item(last);
    let head = SYSTEM_GROUPS.iter().find(|g| last.ends_with(*g))?;
    let topic = &last[..last.len() - head.len()];
    let tail: String = {
        let cs: Vec<char> = topic.chars().collect();
        if cs.len() < 3 {
            return None;
        }
        cs[cs.len() - 2..].iter().collect()
    };
    (!earlier.is_empty()
        && earlier.iter().all(|i| {
            let i = strip_item(i);
            (3..=6).contains(&i.chars().count())
                && i.ends_with(tail.as_str())
                && !has_own_head(i)
                && i.chars().all(is_han)
        }))
    .then_some(*head)
}

/// Whether the items of a list are things of one kind written alike, each whole: three to
/// eight characters ending in the same one-character head of an instrument
/// (`[head.parallel]`), too short a head for [`has_own_head`] (`河长制、湖长制、林长制`;
/// `产业资源库、招商企业库、客商信息库、项目信息库`): one object each, not one list-long object.
fn parallel_items(items: &[&str]) -> bool {
    let stripped: Vec<&str> = items.iter().map(|i| strip_item(i)).collect();
    let last = stripped
        .first()
        .and_then(|i| VOCABULARY.suffix("head.parallel", i))
        .and_then(|w| w.chars().last());
    items.len() >= 2
        && last.is_some()
        && stripped.iter().all(|i| {
            (3..=8).contains(&i.chars().count())
                && i.chars().all(is_han)
                && i.chars().last() == last
                && !i.contains(['的', '和', '与', '及'])
                && verb_at(i).is_none()
        })
}

/// Whether a list item is one quoted name and nothing else (`“拨改贷”`).
fn quoted_name(item: &str) -> bool {
    item.starts_with('“') && item.ends_with('”') && item.matches('“').count() == 1
}

/// Byte ranges of lists of levels of government before a count of levels
/// (`县、乡、村三级医疗卫生服务体系`, `区、镇、村三级河长管理体系`): one scope of the thing after
/// it, not a list of things.
fn level_lists(text: &str) -> Vec<(usize, usize)> {
    const LEVEL: &[char] = &['省', '市', '县', '区', '镇', '乡', '村', '组'];
    let cs: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < cs.len() {
        // L、L、…L, then a count and `级`.
        let start = k;
        let mut end = k;
        while end + 1 < cs.len() && LEVEL.contains(&cs[end].1) && cs[end + 1].1 == '、' {
            end += 2;
        }
        let counted = end > start
            && end + 2 < cs.len()
            && LEVEL.contains(&cs[end].1)
            && "两二三四五".contains(cs[end + 1].1)
            && cs[end + 2].1 == '级';
        if counted {
            out.push((cs[start].0, cs[end + 2].0));
            k = end + 3;
        } else {
            k += 1;
        }
    }
    out
}

/// Whether `text` is two short names joined by `和` (`哈萨尔和东升路`), not a verb (`正阳和建设`)
/// or a phrase (`经济和社会事业发展的`).
fn two_names(text: &str) -> bool {
    text.split_once('和').is_some_and(|(a, b)| {
        [a, b].iter().all(|x| {
            (2..=6).contains(&x.chars().count())
                && !x.contains(['的', '和', '、'])
                && verb_at(x).is_none()
                && VOCABULARY.suffix("tail", x).is_none()
        })
    })
}

/// Whether the part after `与`/`和` ends in what the two parts do together
/// (`廊坊北三县与通州区一体化高质量发展`): then the two are one object, not two.
fn relation(after: &str) -> bool {
    const TOGETHER: &[&str] = &["一体化", "协同", "融合", "联动", "共建共享", "互联互通"];
    TOGETHER.iter().any(|t| after.contains(t))
        && matches!(head_of(after), Some((_, Head::Exhortation)))
}

/// The head a short headless item borrows from the next item that has one, when the items
/// between are headless too (`雄商、雄忻高铁和石雄铁路`: `雄商` takes `高铁` of `雄忻高铁`, not
/// the last item's `铁路`): the lending of [`shared_head`] over that run.
/// Only short names (four characters at most, no `和`/`的`) borrow, and only a head of two to
/// four characters (`站` of `公路客运总站` is no head of `北出口`) of
/// a built thing, a place or an event from a short item (`执勤、处置突发事件、反恐斗争` are no
/// three campaigns).
fn next_head_run(items: &[&str], k: usize) -> Option<String> {
    let j = (k + 1..items.len()).find(|&j| has_own_head(strip_item(items[j])))?;
    let short = |i: &str| {
        i.chars().filter(|c| is_han(*c)).count() <= 4 && !i.contains(['和', '的', '与', '及'])
    };
    if (k..j).any(|i| has_own_head(strip_item(items[i])) || !short(strip_item(items[i])))
        || strip_item(items[j]).chars().count() > 8
    {
        return None;
    }
    let built = matches!(
        head_of(strip_item(items[j])),
        Some((
            _,
            Head::Kind(
                CommitmentKind::Project | CommitmentKind::Institution | CommitmentKind::Event
            )
        ))
    );
    shared_head(&items[k..=j]).filter(|w| built && (2..=4).contains(&w.chars().count()))
}

/// The head noun the last item of a list lends to the short items before it
/// (`蓝天、碧水、净土保卫战`, `概念验证、中试验证和行业共性技术平台`): every earlier item has no head
/// of its own and is at most six characters.
fn shared_head(items: &[&str]) -> Option<String> {
    let (last, earlier) = items.split_last()?;
    let last = strip_item(last);
    // `财税、信贷、外汇、保险等政策措施`: a last item that is a head word alone is one more
    // kind, with nothing to lend.
    if last.chars().count() == 2 && head_of(last).is_some_and(|(w, _)| w.len() == last.len()) {
        return None;
    }
    let (w, h) = head_of(strip_phase(last.trim_end_matches(QUOTE_ENDS)))?;
    // An item that is a head word alone (`市场` in `市场、政务、…、信用环境提升工程`) is a
    // kind of the last item's topic when the last item lends more than its head; a list of
    // bare heads (`公园、广场、体育场馆`) lends nothing.
    let bare = |i: &str| {
        i.chars().count() == 2
            && head_of(i).is_some_and(|(w, h)| w.len() == i.len() && h != Head::Exhortation)
    };
    let concrete = |i: &str| head_of(i).is_some_and(|(_, h)| h != Head::Exhortation) && !bare(i);
    // A programme lends its kind to a longer topic too (`化肥农药零增长、畜禽粪污回收利用行动`:
    // `化肥农药零增长行动`).
    let programme = ["行动", "专项行动", "行动计划", "计划", "工程", "专项"].contains(&w);
    let longest = if programme { 8 } else { 6 };
    let lends = h != Head::Exhortation
        && !earlier.is_empty()
        && earlier.iter().all(|i| {
            let i = strip_item(i);
            !concrete(i) && i.chars().count() <= longest && !i.contains(['“', '《'])
        });
    if !lends {
        return None;
    }
    // What follows the last item's own modifier, as long as the earlier items' modifiers:
    // `健康消费促进政策` after `数字消费` lends `促进政策`.
    let width = earlier
        .iter()
        .map(|i| strip_item(i).chars().count())
        .max()
        .unwrap_or(0);
    let suffix: String = last.chars().skip(width).collect();
    // The suffix starts at a word of the last item (`中小微企业就业支持计划` lends no
    // `业就业支持计划`).
    let mut at = 0;
    let on_boundary = crate::text::words::cut(last).iter().any(|word| {
        let here = at == width;
        at += word.chars().count();
        here
    });
    // `黄河、辽河、珠江和淮河太湖流域防护林`: places before one thing take the last item
    // without its own places (`流域防护林`).
    let tags = crate::text::words::tag(last);
    let places = tags.iter().take_while(|(_, t)| *t == "ns").count();
    if places > 0
        && places < tags.len()
        && earlier.iter().all(|i| {
            matches!(
                crate::text::words::tag(strip_item(i)).as_slice(),
                [(_, "ns")]
            )
        })
    {
        let own: String = tags[places..].iter().map(|(w, _)| *w).collect();
        if own.ends_with(w) && own.chars().count() > w.chars().count() {
            return Some(own);
        }
    }
    // A phase after the head stays with what is lent (`京雄、京德和荣乌高速新线一期`: `高速新线
    // 一期`, not `线`).
    let lends_words = width <= 6
        && on_boundary
        && strip_phase(&suffix).ends_with(w)
        && suffix.chars().count() > w.chars().count();
    if lends_words {
        Some(suffix)
    } else if earlier.iter().any(|i| bare(strip_item(i))) {
        None
    } else {
        Some(w.to_string())
    }
}

/// Heads a work named by two topics joined by `和` shares (`污泥焚烧处置和金丰再生资源分拣中心
/// 项目`): programmes, projects and reforms, whose topics are separate works. Not a zone or an
/// institution (`科技成果转化与产业联动发展综合试验区` is one place).
const JOINED_HEADS: &[&str] = &[
    "项目",
    "工程",
    "行动",
    "行动计划",
    "专项行动",
    "整治",
    "综合整治",
    "治理",
    "综合治理",
    "攻关",
    "改革",
    "试点",
    "战略",
];

/// Two works joined by `和`/`与`/`及` before one head (`燃煤锅炉和“散乱污”企业整治`,
/// `畜禽粪污和残膜回收利用行动`, `制造业重大技术改造升级和大规模设备更新工程`): the first
/// topic, without a head of its own, takes the head of the second — one object each.
fn split_joined(object: &str) -> Option<[String; 2]> {
    let spans = quoted_spans(object);
    let (at, sep) = ["和", "与", "及"]
        .iter()
        .filter_map(|sep| crate::text::find(object, sep).map(|i| (i, *sep)))
        .filter(|(i, _)| !inside(&spans, *i))
        .min()?;
    let (left, right) = (&object[..at], &object[at + sep.len()..]);
    // The joining word is a word of its own (not the `与` of `参与`, the `和` of `和美`).
    let mut end = 0;
    let own_word = crate::text::words::cut(object).iter().any(|w| {
        end += w.len();
        end == at + sep.len() && *w == sep
    });
    if !own_word {
        return None;
    }
    let head = JOINED_HEADS
        .iter()
        .filter(|h| right.ends_with(*h))
        .max_by_key(|h| h.len())?;
    let topic = |t: &str| t.chars().filter(|c| is_han(*c)).count();
    let fits = (3..=10).contains(&topic(left))
        && topic(right) >= head.chars().count() + 2
        && head_of(left).is_none()
        // A place first is the place of the second (`海拉尔河流域和北山生态环境保护工程`),
        // unless it has the head already (`科教兴国战略`: the segmenter tags `科教兴国` a place).
        && (left.ends_with(head) || !matches!(crate::text::words::tag(left).first(), Some((_, "ns"))))
        && !left.contains(['和', '与', '及', '的', '、'])
        && !right.contains(['和', '与', '及', '、'])
        // A verb opens neither part; a word that only starts with one does not count
        // (`应用型科研机构和社会公益型科研机构改革`: `应用型`).
        && verb_at(left).is_none_or(|(w, _)| !whole_word(left, w))
        && verb_at(right).is_none()
        && !relation(right);
    let left = if left.ends_with(head) {
        left.to_string()
    } else {
        format!("{left}{head}")
    };
    fits.then(|| [left, right.to_string()])
}

/// The item without a quoted collective name at its end (`城中村改造“三大工程”` →
/// `城中村改造`): a count word (`三大`, `四个`) opening the quote.
fn strip_collective_name(item: &str) -> &str {
    static COLLECTIVE: Pattern =
        prepared!(r"“(?:[一二两三四五六七八九十]|[0-9]+)(?:大|个|项|类)[^“”]{1,6}”$");
    match COLLECTIVE.find(item) {
        Some(m) if item[..m.start()].chars().count() >= 3 => item[..m.start()].trim_end(),
        _ => item,
    }
}

/// `…公共基础设施建设` before `和`: two actions joined, each with its own object.
fn ends_with_tail(text: &str) -> bool {
    ["建设", "改造", "建设工作", "治理", "整治", "搬迁", "安置"]
        .iter()
        .any(|t| text.ends_with(t) && text.chars().count() >= t.chars().count() + 2)
}

/// Whether a list item has a head of its own: a head noun of a thing, or a general head
/// with words before it that say what it is about (`产品碳足迹管理体系`, `碳标识认证制度`).
fn has_own_head(text: &str) -> bool {
    has_head(text)
        || ["head.generic", "head.system"].iter().any(|section| {
            VOCABULARY
                .suffix(section, text)
                .is_some_and(|w| text.chars().count() >= w.chars().count() + 3)
        })
}

fn has_head(text: &str) -> bool {
    matches!(head_of(strip_phase(text.trim_end_matches(QUOTE_ENDS))), Some((_, h)) if h != Head::Exhortation)
}

/// Closing quotes, dropped before the head noun is read (`“省市重点项目倍增计划”`).
const QUOTE_ENDS: &[char] = &['”', '》', '"', '」'];

static PHASE: Pattern = prepared!(
    r"(?:[(（]?(?:[一二三四五六七八九十]|[0-9]+)期(?:工程|项目)?[)）]?|[(（][^()（）]{1,8}[)）])$"
);
static ORDINAL: Pattern = prepared!(
    r"第(?:[0-9]+|[一二三四五六七八九十百]+)(?:届|次|批|期)|新一(?:届|轮|批)|(?:19|20)[0-9]{2}年?|[一二三四五六七八九十]期|[0-9]+期"
);

/// The object without a trailing phase or parenthesis (`城北智造园二期` → `城北智造园`).
fn strip_phase(text: &str) -> &str {
    // A text that ends otherwise is not searched (most do; this is asked of every head).
    if !may_end_with_phase(text) {
        return text;
    }
    PHASE.find(text).map_or(text, |m| &text[..m.start()])
}

/// Whether `PHASE` may match `text`: every match ends the text with `期`, `工程`, `项目` or a
/// closing bracket. Keep with the pattern.
fn may_end_with_phase(text: &str) -> bool {
    text.ends_with(['期', '程', '目', ')', '）'])
}

thread_local! {
    /// The answers of [`strip_item`] during one [`extract`], by item: where the stripped item
    /// starts and ends in it. The rules strip each item of a clause again wherever they ask
    /// about it (its head, its own head, a shared head, a list's next run): five to ten times
    /// an item (State Council 2024+2025: 7,200 calls, about 3,000 instructions each). `None`
    /// outside [`extract`] (a clause read alone in a test or another caller).
    static STRIPPED: std::cell::RefCell<Option<Stripped>> = const { std::cell::RefCell::new(None) };
}

/// Items and where their stripped form starts and ends in them (see [`STRIPPED`]).
type Stripped = rustc_hash::FxHashMap<Box<str>, (usize, usize)>;

/// The object without lead words, tails, a count before it (`5条主干道路`) or an amount
/// after it (`标准厂房30万平方米`), or stray punctuation. The number is a target of its own
/// (an indicator); the thing counted is the commitment's object.
///
/// Remembered while a report is read ([`STRIPPED`]).
fn strip_item(item: &str) -> &str {
    let known = STRIPPED.with_borrow(|m| m.as_ref().map(|m| m.get(item).copied()));
    match known {
        Some(Some((start, end))) => &item[start..end],
        Some(None) => {
            let s = strip_item_once(item);
            if let Some(start) = crate::text::offset_in(item, s) {
                STRIPPED.with_borrow_mut(|m| {
                    if let Some(m) = m {
                        m.insert(item.into(), (start, start + s.len()));
                    }
                });
            }
            s
        }
        None => strip_item_once(item),
    }
}

/// [`strip_item`], worked out.
fn strip_item_once(item: &str) -> &str {
    let mut s = strip_lead(item.trim());
    // Each pattern is tried only where it can match (see `COUNT_START_CHARS`,
    // `AMOUNT_END_CHARS`; a footnote mark ends with a bracket): most items have no count,
    // amount or mark, and this is asked of every item several times.
    if s.starts_with(COUNT_START_CHARS)
        && let Some(m) = COUNT_START.find(s)
    {
        s = &s[m.end()..];
    }
    if s.ends_with(AMOUNT_END_CHARS)
        && let Some(m) = AMOUNT_END.find(s)
    {
        s = &s[..m.start()];
    }
    if s.ends_with([']', '］'])
        && let Some(m) = FOOTNOTE.find(s)
        && m.end() == s.len()
    {
        s = &s[..m.start()];
    }
    // `做好1999年将在昆明举办的世界园艺博览会的准备工作`: an event to prepare is named after
    // the verb that holds it; its preparation is work on it.
    if let Some((_, event)) = ["举办的", "召开的", "举行的"]
        .iter()
        .filter_map(|v| crate::text::rfind(s, v).map(|i| (i, &s[i + v.len()..])))
        .max_by_key(|(i, _)| *i)
    {
        let event = ["的准备", "的筹备", "准备", "筹备"]
            .iter()
            .find_map(|p| event.strip_suffix(p))
            .unwrap_or(event);
        if matches!(head_of(event), Some((_, Head::Kind(CommitmentKind::Event)))) {
            s = event;
        }
    }
    // `严格落实…中央八项规定及其细则` (Luohu 2018): a document with the rules that carry it out
    // is the document.
    for rules in ["及其实施细则", "及其细则"] {
        if let Some(doc) = s.strip_suffix(rules)
            && doc.chars().count() >= 4
        {
            s = doc;
        }
    }
    // `推动张家口首都“两区”建设取得更大进展`: what the work should achieve is no part of its
    // name.
    if let Some(i) = crate::text::find(s, "取得")
        && s[..i].chars().count() >= 3
    {
        s = &s[..i];
    }
    // Verbs after an item go (`第一小学综合楼扩建`); a work that names the project stays
    // (`城中村改造`, `整村搬迁`), and so does anything shorter than three characters after.
    for _ in 0..2 {
        s = s.trim_end_matches(['的', ' ', '、']);
        // The longest tail decides: `…灾后恢复重建` names its programme whole, though it ends
        // with the tail `重建`.
        if let Some(w) =
            VOCABULARY.suffix_where("tail", s, |w| s[..s.len() - w.len()].chars().count() >= 3)
        {
            if NOMINAL.contains(&w) {
                break;
            }
            s = &s[..s.len() - w.len()];
            // `中医院迁建项目加快进度`: a push verb before the tail is how the work goes.
            if let Some(p) = VOCABULARY.suffix("fragment_end", s)
                && s[..s.len() - p.len()].chars().count() >= 3
            {
                s = &s[..s.len() - p.len()];
            }
        }
    }
    s.trim_matches(['的', ' ', '、'])
}

/// Whether an object names a particular thing: a quoted name, a place, firm or person from
/// the segmenter's tags, a phase or number inside the name (`二期`, `大唐700万吨露天矿`).
fn named(text: &str) -> bool {
    named_with(text, true)
}

/// [`named`], with or without the segmenter's persons (`nr`, `nrt`): a field's work names no
/// person, and the segmenter tags common words as persons' names (`养老` in `社区养老服务`).
fn named_with(text: &str, persons: bool) -> bool {
    if text.contains(['“', '《', '"', '「']) {
        return true;
    }
    if (may_end_with_phase(text) && PHASE.is_match(text)) || ORDINAL.is_match(text) {
        return true;
    }
    // A number inside a name (`大唐700万吨露天矿`), not at its start (that is a count).
    let chars: Vec<char> = text.chars().collect();
    if chars
        .windows(2)
        .skip(1)
        .any(|w| w[0].is_ascii_digit() && is_han(w[1]))
    {
        return true;
    }
    let common = VOCABULARY.words("not_names");
    crate::text::words::tag(text).iter().any(|&(word, tag)| {
        word.chars().count() >= 2
            && (matches!(tag, "ns" | "nz" | "nt") || (persons && matches!(tag, "nr" | "nrt")))
            && !common.iter().any(|c| c == word)
    })
}

static COUNT_START: Pattern = prepared!(
    r"^(?:[0-9.]+|[一二两三四五六七八九十百千万]+)(?:[0-9.]*)(?:万|亿)?(?:个|家|座|处|条|所|项|批|类|片|户|套|台|公里|千米|米|亩|平方米|平方公里|吨|千瓦|万千瓦|兆瓦|人|名|支|间|张|栋|株|头|只|辆|场|次|期|届|村|镇|县|区|元|万元|亿元|块|幢|节|段|宗|件|本|部|艘|架|列|对|组|级)"
);
/// The characters a match of `COUNT_START` can start with (a digit, `.` or a numeral): keep
/// with the pattern.
const COUNT_START_CHARS: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '一', '二', '两', '三', '四', '五',
    '六', '七', '八', '九', '十', '百', '千', '万',
];
/// The characters a match of `AMOUNT_END` can end with (the last character of `%`, of each
/// unit, of `以上`, `左右`, `以内`): keep with the pattern.
const AMOUNT_END_CHARS: &[char] = &[
    '%', '元', '个', '家', '座', '处', '条', '所', '项', '户', '套', '台', '里', '米', '亩', '吨',
    '瓦', '人', '名', '间', '张', '栋', '辆', '次', '块', '幢', '上', '右', '内',
];
static AMOUNT_END: Pattern = prepared!(
    r"[0-9.]+(?:%|[万亿]?(?:元|个|家|座|处|条|所|项|户|套|台|公里|千米|米|亩|平方米|平方公里|吨|千瓦|人|名|间|张|栋|辆|次))(?:以上|左右|以内)?$|[一二两三四五六七八九十百千]+(?:个|家|座|处|条|所|项|户|套|台|间|张|栋|块|幢)$"
);

/// Why an object is not a commitment object, or `None` when it may be one.
fn unfit(item: &str) -> Option<&'static str> {
    let han = item.chars().filter(|c| is_han(*c)).count();
    let quoted = item.contains(['“', '《']);
    // Two characters are a fragment of a list (`财政、货币`), not a thing; a quoted name may
    // be that short (`“双减”`), and so may a tax (`免征关税和进口增值税`: `关税`).
    if han < 2 || (han < 3 && !quoted && !item.ends_with('税')) {
        return Some("too short");
    }
    // `推动快递业向精细化、集约化、国际化方向发展`: a short word of becoming (`…化`) is a
    // quality to reach, not a thing.
    // `解决供热不畅、环境不优、停车难等突出问题`: a problem stated as a predicate (`…不X`,
    // a short `…难`) is what to solve, not a thing.
    let cs: Vec<char> = item.chars().collect();
    if (cs.len() >= 3 && cs[cs.len() - 2] == '不') || (item.ends_with('难') && han <= 4) {
        return Some("a problem");
    }
    // Works that end the same way are things done (`三山绿化`, `主街亮化`).
    let work = ["绿化", "亮化", "美化", "净化", "硬化"]
        .iter()
        .any(|w| item.ends_with(w));
    if item.ends_with('化') && han <= 4 && !quoted && !work {
        return Some("a quality");
    }
    // `…平台搭建等方面给予支持`: what follows `等` ends a list; it is no thing.
    if item.starts_with('等') {
        return Some("the end of a list");
    }
    if item.chars().count() > 40 && !quoted {
        return Some("too long for a name");
    }
    if (item.starts_with(COUNT_START_CHARS) && COUNT_START.is_match(item))
        || (item.ends_with(AMOUNT_END_CHARS) && AMOUNT_END.is_match(item))
    {
        return Some("a count or an amount: an indicator");
    }
    // `5G规模化应用` is a name; `30万平方米标准厂房` a number.
    // `626小河改造`, `12345“接诉即办”改革`: digits before a name (not a unit, which
    // COUNT_START saw) are the name's.
    let mut cs = item.chars();
    let after_digits = item.trim_start_matches(|c: char| c.is_ascii_digit());
    // `加快实施6大科技创新工程`: a set counted with `大` is named by its count, in digits too
    // (as `六大…`, `10大专项行动`).
    let named_by_number = (item.len() - after_digits.len() >= 2
        || (after_digits.starts_with('大') && has_head(after_digits)))
        && after_digits
            .chars()
            .next()
            .is_some_and(|c| is_han(c) || c == '“')
        && !after_digits.starts_with(['年', '月', '日', '万', '亿', '千', '百']);
    // `2022年冬奥会`, `2011-2020年中国农村扶贫开发纲要`: a year (or a span of years) before a
    // thing with its own head names it; a year before anything else is a date or a figure.
    static YEAR_NAME: Pattern = prepared!(r"^(?:19|20)[0-9]{2}(?:[-—–至](?:19|20)[0-9]{2})?年");
    let named_by_number = named_by_number
        || YEAR_NAME
            .find(item)
            .is_some_and(|m| item[m.end()..].chars().count() >= 3 && has_head(&item[m.end()..]));
    if cs.next().is_some_and(|c| c.is_ascii_digit())
        && !cs.next().is_some_and(|c| c.is_ascii_alphabetic())
        && !named_by_number
    {
        return Some("a number: an indicator");
    }
    if VOCABULARY.prefix("generic", item).is_some() {
        return Some("generic");
    }
    if !quoted && VOCABULARY.any_in("sentence_words", item) {
        return Some("a piece of a sentence");
    }
    // `严格控制一般加工工业项目`, `避免重复建设`: a restraint says what not to do.
    // Not a word that only opens a longer one (`控制性详细规划`), nor a document named by what it
    // restrains (`控制能源消费总量工作方案`).
    if VOCABULARY
        .prefix("restraint", item)
        .is_some_and(|w| whole_word(item, w))
        && !matches!(
            head_of(item),
            Some((_, Head::Plan | Head::Kind(CommitmentKind::Document)))
        )
    {
        return Some("a restraint");
    }
    // `落实到贫困村`, `充实到领导班子中去`: `到` after the verb says where the action goes, not
    // what it acts on. `推动了企业改组`: `了` after the verb reports a past action (a review
    // sentence standing in a plan part), no promise.
    if item.starts_with(['到', '了']) {
        return Some("a direction or a past action");
    }
    // `保护价制度`, `促进科技成果转化应用的政策举措`: a policy named by what it does is a
    // thing even when its topic opens with a verb.
    let policy = ["制度", "政策", "举措", "措施", "办法"]
        .iter()
        .any(|h| item.ends_with(h))
        && has_own_head(item)
        // Not the second verb of a pair (`建立完善…制度`, `建立和完善…制度`).
        && !matches!(verb_at(item), Some((v, c)) if v == "完善" || c == VerbClass::Found || c == VerbClass::Issue);
    if verb_at(item).is_some() && !has_head(item) && !policy {
        return Some("a clause, not a thing");
    }
    // `严格遵守宪法法律`: an exhortation verb opens a call, whatever its object's head, unless
    // it names a programme (`提振消费专项行动`).
    if let Some((w, VerbClass::Exhortation)) = verb_at(item)
        && whole_word(item, w)
        && !matches!(
            head_of(item.trim_end_matches(QUOTE_ENDS)),
            Some((_, Head::Kind(CommitmentKind::Programme)))
        )
    {
        return Some("an exhortation");
    }
    // `与沪杭甬…`, `以新材料…为主导`: a preposition opens a phrase, not a name (unless a thing
    // follows its `的`: `以国家公园为主体的自然保护地`).
    // `以质取胜战略`: a programme named by a phrase with `以` but no `为` is a name.
    let named_by_phrase = item.starts_with('以') && !item.contains('为') && has_own_head(item);
    if (item.starts_with(['与', '以', '为', '对', '从', '把'])
        || ["按照", "根据", "依照"].iter().any(|p| item.starts_with(p)))
        && !(item.contains('为') && item.contains('的'))
        && !named_by_phrase
    {
        return Some("a prepositional phrase");
    }
    // `在稳定粮食播种面积、确保粮食安全的基础上`: a condition of what follows, not a thing.
    // `在国有企业改革和经济结构调整的过程中`: a time of what follows.
    if ["的基础上", "的前提下", "的同时", "的情况下", "过程中"]
        .iter()
        .any(|f| item.ends_with(f))
    {
        return Some("a condition");
    }
    // `和削减行政审批事项`, `和改进外汇管理`: the second half of a pair of verbs, cut from the
    // first (`清理和削减…`), on no thing with a head (`和超前布局重大科技项目` still names
    // its projects). Not `和美乡村示范村`, `和牛养殖基地`: a conjunction followed by a verb.
    // Tagged only when it opens with one of those characters (most items do not).
    if item.starts_with(['和', '及', '并'])
        && let [(w, "c"), (_, t), ..] = crate::text::words::tag(item).as_slice()
        && ["和", "及", "并"].contains(w)
        && (t.starts_with('v') || *t == "d" || *t == "ad")
        && !has_head(item)
    {
        return Some("a piece of a list");
    }
    // `我国的建设、改革和`, `体制改革和扩大对外`: a conjunction at the end leaves the clause
    // cut, no thing (State Council plans of the 1980s, whose long sentences the clause split
    // breaks; not `碳达峰碳中和`). `干扰了建设、改革`, `也做了大量`: `了` after a verb says
    // what happened, no promise. Tagged only when the item holds one of those characters.
    // (A word of two characters at least before it: the segmenter cuts `碳中和` as
    // `碳/中/和`.)
    if item.ends_with(['和', '与', '及', '或'])
        && let [.., (before, _), (w, "c")] = crate::text::words::tag(item).as_slice()
        && w.chars().count() == 1
        && before.chars().count() >= 2
    {
        return Some("a piece of a clause");
    }
    if item.contains('了')
        && crate::text::words::tag(item)
            .windows(2)
            .any(|w| w[0].1.starts_with('v') && w[1] == ("了", "ul"))
    {
        return Some("a clause of what happened");
    }
    // `落实在细节上`: `在…上/中` is where, not what (`在建项目` is a thing).
    if item.starts_with('在') && item.ends_with(['上', '中', '下']) {
        return Some("a prepositional phrase");
    }
    // A programme may be named by what it has actors do (`龙头企业保链稳链工程`).
    // So may a system (`国有企业履行战略使命评价制度`), unless the actors are told to set it
    // up (`民营企业加快建立现代企业制度`).
    let named_work = head_of(item.trim_end_matches(QUOTE_ENDS))
        .is_some_and(|(w, h)| h != Head::Exhortation && !NOMINAL.contains(&w))
        || (["制度", "机制"].iter().any(|w| item.ends_with(w))
            && !VOCABULARY.any_in("verb.found", item));
    // A quoted name is a name whatever its words say (`用好“人才编制周转池”`).
    let quoted_whole =
        item.starts_with('“') && item.ends_with('”') && item.matches('“').count() == 1;
    if !named_work && !quoted_whole && actor_clause(item) {
        return Some("an actor and what it does (`企业对接…`), not a thing");
    }

    let outside_quotes: String = {
        let spans = quoted_spans(item);
        item.char_indices()
            .filter(|(i, _)| !inside(&spans, *i))
            .map(|(_, c)| c)
            .collect()
    };
    // `的` joins a clause to a noun only in names of documents and programmes
    // (`促进民营经济发展壮大的意见`); elsewhere it shows a clause (`条件较差区域的供水`).
    let de_ok = outside_quotes
        .rsplit_once('的')
        .is_some_and(|(before, after)| {
            // `职工补充养老保险的办法`: a document of two characters is a name's head too.
            let document = matches!(head_of(after), Some((w, Head::Kind(CommitmentKind::Document))) if w == after);
            (after.chars().count() >= 3 || document) && before.chars().count() <= 16
        })
        // `政府部门与民营企业的“跟踪服务通道”`: a quoted name after `的` is the thing.
        || item.rsplit_once("的“").is_some_and(|(before, name)| {
            before.chars().count() <= 16
                && name.ends_with('”')
                && !name.contains('“')
                && name.chars().count() >= 4
        });
    if (outside_quotes.contains('的') && !de_ok) || has_predicate(&outside_quotes) {
        return Some("a clause, not a noun phrase");
    }
    None
}

/// A concrete thing before an exhortation: `长江经济带高质量发展` → `长江经济带`,
/// `国家高新区创新发展` → `国家高新区`, `综合保税区转型升级` → `综合保税区` (the zone or the
/// strategy is the object, `高质量发展` the exhortation). The thing must have a head noun of
/// its own or be a named place.
fn thing_before_exhortation(object: &str) -> Option<&str> {
    // `中俄蒙经贸洽谈会的规模和档次`: the thing is before `的`, its qualities after.
    if let Some((thing, qualities)) = object.rsplit_once('的')
        && has_head(thing)
        && qualities
            .split('和')
            .all(|q| matches!(head_of(q), Some((_, Head::Exhortation))))
    {
        return Some(thing);
    }
    // `城市管理水平`, `国际化营商环境`: what is left must end where a word of the segmenter ends
    // (`管理水平`, `营商环境` are one word each), else it is a piece of a word. Cuts between
    // (`海拉尔河流域生态环境`: `环境`, then `生态`) may go through a word.
    let mut ends = Vec::new();
    let mut end = 0;
    for w in crate::text::words::cut(object) {
        end += w.len();
        ends.push(end);
    }
    let mut rest = object;
    for _ in 0..3 {
        let Some((w, Head::Exhortation)) = head_of(rest) else {
            break;
        };
        rest = &rest[..rest.len() - w.len()];
        rest = rest.trim_end_matches('和');
        for filler in ["高质量", "一体化", "协同", "绿色", "融合", "创新", "优化"] {
            rest = rest.strip_suffix(filler).unwrap_or(rest);
        }
    }
    if rest.len() == object.len() || rest.chars().filter(|c| is_han(*c)).count() < 3 {
        return None;
    }
    // `推进增值税转型`: the change of a tax is a reform of its own, not the tax.
    if rest.ends_with('税') && object[rest.len()..].starts_with("转型") {
        return None;
    }
    // `严格落实中央八项规定及其实施细则精神`: a document with the rules that carry it out is
    // the document; the spirit of a named document is that document.
    if let Some(doc) = rest.strip_suffix("及其实施细则") {
        rest = doc;
    }
    if object.ends_with("精神")
        && rest.chars().count() >= 4
        && matches!(
            head_of(rest),
            Some((_, Head::Kind(CommitmentKind::Document)))
        )
    {
        return Some(rest);
    }
    // `巩固拓展“退后十”成果`: the achievements of a campaign named in quotes are that
    // campaign's (not a reform's: `深化“放管服”改革` stays an exhortation).
    let quoted_whole = rest.starts_with('“') && rest.ends_with('”') && !rest[3..].contains('“');
    // `优化“菁英人才卡”功能` (Luohu 2018): so are the functions of a card or a system named in
    // quotes.
    if quoted_whole && ["成果", "成效", "功能"].iter().any(|q| object.ends_with(q)) {
        return Some(rest);
    }
    // `全面推动罗湖新一轮发展` (Luohu 2017): a new round or term with no thing named is no
    // thing.
    if ["新一轮", "新一届", "新一批"]
        .iter()
        .any(|r| rest.ends_with(r))
    {
        return None;
    }
    // `农业农村现代化`: a common word for a kind of place (`农村`, `城乡`) is no thing, though
    // it ends like a title (`…村`).
    let common_place = ["农村", "乡村", "城乡", "城镇", "乡镇", "城市"]
        .iter()
        .any(|w| rest.ends_with(w));
    let concrete = has_head(rest) && !common_place;
    let common = VOCABULARY.words("not_names");
    let proper = head_of(rest).is_none()
        && crate::text::words::tag(rest)
            .first()
            .is_some_and(|&(w, t)| {
                w.chars().count() >= 2
                    && matches!(t, "ns" | "nz" | "nt")
                    && !common.iter().any(|c| c == w)
            });
    (ends.contains(&rest.len()) && (concrete || proper)).then_some(rest)
}

/// Whether an object is a clause about actors (`智能装备企业开展技术改造`,
/// `龙头企业扩能增效`): a word for those who act (`企业`, `群众`) followed by a verb.
fn actor_clause(object: &str) -> bool {
    if !VOCABULARY.any_in("actors", object) {
        return false;
    }
    let tags = crate::text::words::tag(object);
    let last = tags.len().saturating_sub(1);
    // `失地农民安置`, `贫困人口搬迁`: a resettlement, last, is done to them.
    tags.windows(2).enumerate().any(|(k, w)| {
        VOCABULARY.suffix("actors", w[0].0).is_some()
            && w[1].1 == "v"
            && !(k + 1 == last && ["安置", "搬迁"].contains(&w[1].0))
    })
}

/// Whether a word of the `predicate` list stands in `text` as a word of its own (the
/// segmenter's cut: `要素市场` and `向阳幼儿园` hold no `要` or `向`).
fn has_predicate(text: &str) -> bool {
    if !VOCABULARY.any_in("predicate", text) {
        return false;
    }
    let words = crate::text::words::cut(text);
    words.iter().enumerate().any(|(k, w)| {
        // `省以下财政体制改革`: `以下` after a level of government is part of a name.
        let level_below =
            *w == "以下" && k > 0 && words[k - 1].ends_with(['省', '市', '县', '区', '乡', '镇']);
        // `招商引资突破年活动`: a year named by its aim is the name of a campaign.
        let year_named = words.get(k + 1).is_some_and(|n| *n == "年");
        !level_below && !year_named && VOCABULARY.words("predicate").iter().any(|p| p == w)
    })
}

/// The thing a group noun names, without a count or a trailing exhortation
/// (`8个社区办公用房问题` → `社区办公用房`), when short and concrete; else its head word
/// (`高水平的冰雪赛事和活动` → `活动`).
fn group_thing(group: &str) -> Option<String> {
    let mut g = group;
    if let Some(m) = COUNT_START.find(g) {
        g = &g[m.end()..];
    }
    for _ in 0..2 {
        match head_of(g) {
            Some((w, Head::Exhortation)) if g.len() > w.len() => g = &g[..g.len() - w.len()],
            _ => break,
        }
    }
    let (w, h) = head_of(strip_phase(g))?;
    if h == Head::Exhortation {
        return None;
    }
    if g.chars().count() <= 8 && !g.contains('的') {
        Some(g.to_string())
    } else {
        Some(w.to_string())
    }
}

/// The thing of a group too long to lend its words to short names (more than eight
/// characters: `康复辅助器具产业聚集区`), when it has the head of a thing: a thing that stands in
/// the places listed before it, promised once.
fn located_thing(group: &str) -> Option<String> {
    let mut g = strip_tail_words(group);
    for _ in 0..2 {
        match head_of(g) {
            Some((w, Head::Exhortation)) if g.len() > w.len() => g = &g[..g.len() - w.len()],
            _ => break,
        }
    }
    let (_, h) = head_of(strip_phase(g))?;
    (h != Head::Exhortation && g.chars().count() > 8 && !g.contains('的')).then(|| g.to_string())
}

/// The thing of a counted group that owns a work or a part (`两个新村的二期工程`, `三个国家控股
/// 公司的试点`, `8个社区的办公用房`): the group's noun and what follows `的`, each item's own
/// (`友联新村二期工程`), when the two are short and the part has a head of a thing.
fn counted_thing(group: &str) -> Option<String> {
    let g = COUNT_START.find(group).map_or(group, |m| &group[m.end()..]);
    let (owner, part) = g.split_once('的')?;
    let part = strip_tail_words(part);
    ((2..=6).contains(&owner.chars().count())
        && (2..=6).contains(&part.chars().count())
        && !part.contains('的')
        && !NOMINAL.contains(&part)
        && (has_head(part) || PHASE.find(part).is_some_and(|m| m.start() == 0)))
    .then(|| format!("{owner}{part}"))
}

/// A text without the `[tail]` words at its end (`二期工程建设` → `二期工程`).
fn strip_tail_words(mut text: &str) -> &str {
    while let Some(w) = VOCABULARY.suffix_where("tail", text, |w| text.len() > w.len()) {
        text = &text[..text.len() - w.len()];
    }
    text
}

/// An item and the noun it takes, the words they share written once (`直播电商` and
/// `电商服务平台`: `直播电商服务平台`; `东湖平台` and `平台`: `东湖平台`).
fn join_overlapping(item: &str, noun: &str) -> String {
    if item.ends_with(noun) {
        return item.to_string();
    }
    let shared = noun
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .filter(|&i| item.ends_with(&noun[..i]))
        .max()
        .unwrap_or(0);
    format!("{item}{}", &noun[shared..])
}

/// Whether an object is a field's standing work (`head.standing_work`: `文化市场管理`,
/// `要素保障`) that names no thing: no quote, proper name or number, and no head noun of a
/// thing in the words before the work (`…疏解项目承接落地服务保障`, `…负面清单管理` name one).
/// Whether an object is one of the government's standing duties of conduct (see
/// `[duty.field]`): a rule of a duty's field (`党风廉政建设责任制`, `中央八项规定`), or a
/// principle (`“爱国者治港”原则`).
fn standing_duty(object: &str) -> bool {
    let object = object.trim_end_matches(QUOTE_ENDS);
    VOCABULARY.suffix("duty.principle", object).is_some()
        || (VOCABULARY.suffix("duty.rule", object).is_some()
            && VOCABULARY.any_in("duty.field", object))
}

fn standing_work(object: &str) -> bool {
    let Some(work) = VOCABULARY.suffix("head.standing_work", object) else {
        return false;
    };
    let topic = object[..object.len() - work.len()].trim_end_matches(['的', '和', '与']);
    let thing_in_topic = crate::text::words::cut(topic).iter().any(|w| {
        matches!(head_of(w), Some((h, Head::Kind(k))) if h.len() == w.len()
            && matches!(k, CommitmentKind::Document | CommitmentKind::Project | CommitmentKind::Institution))
    });
    !named_with(object, false) && !thing_in_topic
}

/// A reform promised by name: `…改革` whose words before it name what it changes — an
/// institution, an instrument, a sector of its own (`乡镇机构改革`, `增值税转型改革`, `水价改革`,
/// `国有商业银行股份制改革`, `渐进式延迟法定退休年龄改革`) — under any verb, `深化` too: the State
/// Council's and the provinces' plans promise their reforms so, year after year. Not a reform
/// of a whole field (`[reform.field]`: `深化经济体制改革`, `推进财税体制改革`, `深化国资国企改革`,
/// `重点领域和关键环节改革`), nor a slogan alone (`深化“放管服”改革`), which the definition
/// leaves out as exhortations.
fn is_named_reform(object: &str, verb: &str) -> bool {
    object.strip_suffix("改革").is_some_and(|what| {
        let quoted = what.contains(['“', '《']);
        // A reform named in quotes after something of its own (`12345“接诉即办”改革`,
        // `高新区“一区多园”体制机制改革`) is a thing; a slogan alone (`“放管服”改革`) is not.
        // A slogan alone is a reform under a verb that carries it out (`推动“每周一题”改革`),
        // not under `深化` nor when the verb is not known (`verb` empty).
        if quoted {
            return !what.starts_with('“') || (!verb.is_empty() && !verb.contains("深化"));
        }
        // `以更大的决心和力度深化改革`, `后勤建设和改革`, `推进改革`: no name before it, only
        // a manner, another work or a verb.
        if what.ends_with(['和', '与', '及', '地', '的'])
            // A verb opening the name or a part of it (`扩大内需和深化供给侧结构性改革`); a word
            // that only starts with one names a thing (`应用型科研机构改革`, `开发区改革`).
            || what
                .split(['和', '与', '、'])
                .any(|p| verb_at(p).is_some_and(|(w, _)| whole_word(p, w)))
            || VOCABULARY.suffix("verb.improve", what).is_some()
            || VOCABULARY.suffix("fragment_end", what).is_some()
        {
            return false;
        }
        let topic = reform_topic(what);
        // `重点领域和关键环节`, `国防和军队`: fields joined are a field.
        let field =
            |t: &str| t.is_empty() || VOCABULARY.words("reform.field").iter().any(|f| f == t);
        topic.chars().filter(|c| is_han(*c)).count() >= 2
            && !topic
                .split(['和', '与', '、'])
                .all(|t| field(reform_topic(t)))
    })
}

/// What a reform changes, without the words that name the manner of a reform
/// (`[reform.manner]`: `体制`, `制度`, `综合`, `管理`; `县乡财政管理体制` → `县乡财政`,
/// `科技体制` → `科技`), nor a lead (`新一轮`, `各项`).
fn reform_topic(what: &str) -> &str {
    let mut topic = what.trim_end_matches(['的', '和', '等']);
    loop {
        let before = topic.len();
        if let Some(w) = VOCABULARY.suffix("reform.manner", topic) {
            topic = topic[..topic.len() - w.len()].trim_end_matches(['的', '和', '与']);
        }
        if topic.len() == before {
            return topic;
        }
    }
}

/// The kind of commitment an object of `head` makes (`None`: no known head noun, any other
/// concrete object); `None` when the head is an exhortation.
fn kind_of(head: Option<Head>, class: VerbClass) -> Option<CommitmentKind> {
    match head {
        Some(Head::Reform) => Some(CommitmentKind::Programme),
        Some(Head::Exhortation) => None,
        Some(Head::Plan) if class == VerbClass::Issue => Some(CommitmentKind::Document),
        Some(Head::Plan) => Some(CommitmentKind::Programme),
        Some(Head::Kind(k)) => Some(k),
        None => Some(CommitmentKind::Other),
    }
}

/// A quoted slogan that counts duties or qualities (`“四个意识”`, `“两个维护”`, `“三个努力”`).
static SLOGAN_COUNT: Pattern = prepared!(r"^“[一二两三四五六七八九十]个");
static ORDINAL_ALONE: Pattern = prepared!(r"^第[一二三四五六七八九十]{1,3}$");
static ORDINAL_ALONE_START: Pattern = prepared!(r"^第[一二三四五六七八九十]{1,3}");

/// Commitments of one clause: (verb, object, kind).
pub fn clause_commitments(clause: &str) -> Vec<(String, String, CommitmentKind)> {
    let Some(reading) = read_clause(clause) else {
        return Vec::new();
    };
    let class = match (reading.class, reading.tail) {
        (Some(c), _) if c != VerbClass::Act => c,
        (_, Some(t)) if LAUNCH_TAILS.contains(&t) => VerbClass::Launch,
        (Some(c), _) => c,
        (None, Some(_)) => VerbClass::Act,
        (None, None) => return Vec::new(),
    };
    let verb = match (reading.verb.is_empty(), reading.tail) {
        (false, Some(t)) if reading.class == Some(VerbClass::Act) => {
            format!("{}…{}", reading.verb, t)
        }
        (false, _) => reading.verb.to_string(),
        (true, Some(t)) => t.to_string(),
        (true, None) => String::new(),
    };
    // `推进托管、合作、区中园等发展模式`: items without a head of their own are kinds of an
    // exhortation; `交通银行、兴业银行等金融企业` keep their own.
    let group_head = reading
        .group
        .and_then(|g| head_of(strip_phase(g)))
        .map(|(_, h)| h)
        .filter(|h| *h != Head::Exhortation);
    let listed = reading.items.len() > 1 || reading.group.is_some();
    // `加快雄商、雄忻高铁等项目建设`: before a group noun of things, the last item still lends
    // its own head to the short names before it (`雄商高铁`, not `雄商项目`).
    // Not before a counted group, whose items are names of its thing (`哈萨尔、东升路两个市民
    // 广场`: no `哈萨尔路`).
    // Nor before a group of policies when the last item is of another kind (`出口退税、出口信贷、
    // 出口信用保险等各项政策措施`: kinds of policy, not of insurance).
    let last_head = reading
        .items
        .last()
        .and_then(|i| head_of(strip_phase(strip_item(i))))
        .map(|(_, h)| h);
    let policy_group = matches!(
        group_head,
        Some(Head::Kind(CommitmentKind::Document) | Head::Plan)
    );
    let lent = if reading.group.is_none()
        || (group_head.is_some() && !reading.counted && (!policy_group || group_head == last_head))
    {
        shared_head(&reading.items)
    } else {
        None
    };
    let lent = lent.or_else(|| {
        reading
            .group
            .is_none()
            .then(|| alike_before_system(&reading.items).map(str::to_string))
            .flatten()
    });
    let objects: Vec<String> = reading
        .items
        .iter()
        .enumerate()
        .map(|(k, i)| {
            let o = strip_item(i);
            // `推进保障性住房建设、…、城中村改造“三大工程”`: the quoted count after the last
            // item names the whole list, not that item.
            let o = if k + 1 == reading.items.len() && k > 0 {
                strip_collective_name(o)
            } else {
                o
            };
            // `推进第三、第四棚改配套幼儿园`: an ordinal alone is the next item's thing with
            // its own number.
            if ORDINAL_ALONE.is_match(o)
                && let Some(next) = reading.items.get(k + 1).map(|n| strip_item(n))
                && let Some(m) = ORDINAL_ALONE_START.find(next)
                && next.len() > m.end()
            {
                return format!("{o}{}", &next[m.end()..]);
            }
            if let Some(s) = reading.suffix {
                return join_overlapping(o, s);
            }
            match (&lent, reading.group) {
                // `征地制度、集体林权制度改革`: what the item shares with the lent words is
                // written once (`征地制度改革`).
                // `存款保险制度和行业保障基金`: a system named by what it governs keeps its own
                // head (not `存款保险制度基金`); it takes only a reform (`…产权制度、…改革`).
                (Some(w), _)
                    if k + 1 < reading.items.len()
                        && !(has_own_head(o)
                            && VOCABULARY.suffix("head.generic", o).is_some()
                            && !w.ends_with("改革")) =>
                {
                    join_overlapping(o, w)
                }
                (None, None) if k + 1 < reading.items.len() && !has_own_head(o) => {
                    match next_head_run(&reading.items, k) {
                        Some(w) => join_overlapping(o, &w),
                        None => o.to_string(),
                    }
                }
                // `稳步推进供水、供气、供热等市政公用事业改革`: kinds of a reform named after
                // `等` are that one reform.
                (_, Some(g))
                    if !has_own_head(o)
                        && o.chars().count() <= 3
                        && g.strip_suffix("改革")
                            .is_some_and(|t| !reform_topic(t).is_empty())
                        && is_named_reform(g, "") =>
                {
                    g.to_string()
                }
                // `深化乡镇机构、农村义务教育和县乡财政管理体制等改革`, `深化电力、邮政、电信、
                // 铁路等行业改革`: a reform after `等` is the reform of each item.
                // So is an item named as a system (`包括商品流通和外贸体制、供销社体制、土地使用
                // 制度和住房制度等改革`: `供销社体制改革`, `土地使用制度改革`); a field's system
                // stays out as any field's reform (`投融资体制`). After `等方面的改革` the items
                // are fields (`金融、财税、外贸、住房等方面的改革`): only those named as a system
                // are reforms (`推进供销社体制和小城镇户籍管理制度等方面的改革`).
                (_, Some(g))
                    if g.strip_suffix("改革")
                        .is_some_and(|t| reform_topic(t).is_empty())
                        && (!has_own_head(o)
                            || head_of(o).is_some_and(|(w, _)| w == o)
                            || VOCABULARY.suffix("reform.manner", o).is_some())
                        && is_named_reform(&join_overlapping(o, g), "") =>
                {
                    join_overlapping(o, g)
                }
                (_, Some(g))
                    if ["方面的改革", "方面改革"].contains(&g)
                        && VOCABULARY.suffix("reform.manner", o).is_some()
                        && is_named_reform(&join_overlapping(o, "改革"), "") =>
                {
                    join_overlapping(o, "改革")
                }
                // `积极推行社会公示、听证和专家咨询等制度`: items without a head before a bare
                // system head are systems each (`听证制度`), named with it.
                // Not when an item holds a list of its own (`落实财税、土地、价格等支持政策以及带薪
                // 休假等制度`: the first items are policies' fields).
                (_, Some(g))
                    if SYSTEM_GROUPS.contains(&g)
                        && !has_own_head(o)
                        && !o.contains('“')
                        && !reading.items.iter().any(|i| i.contains('等')) =>
                {
                    join_overlapping(o, g)
                }
                // `打造融资租赁、航运服务、海工装备、国际咨询等集聚区`: items without a head of
                // their own before a group that is the bare head of a place or an institution
                // (`集聚区`, `园区`, `基地`, `口岸`) are kinds of it, one each (`航运服务集聚区`),
                // however long their names.
                (_, Some(g))
                    if !reading.counted
                        && !has_own_head(o)
                        && !o.contains('的')
                        && (4..=8).contains(&o.chars().count())
                        && head_of(g).is_some_and(|(w, h)| {
                            w == g
                                && matches!(
                                    h,
                                    Head::Kind(
                                        CommitmentKind::Institution | CommitmentKind::Project
                                    )
                                )
                        }) =>
                {
                    join_overlapping(o, g)
                }
                // `扩大电信、医疗、教育等领域开放试点`, `解决芳园、天润等8个社区办公用房问题`: short
                // names of kinds or places of the group's thing.
                (_, Some(g))
                    if (o.chars().count() <= 3 && head_of(o).is_none())
                        // `芳园` before a counted group: a short name whose last character
                        // happens to be a head (`园`) is a name of the group's thing too.
                        || (o.chars().count() == 2
                            && COUNT_START.is_match(g)
                            && reading.items.len() > 1
                            && head_of(o).is_some_and(|(w, _)| w.chars().count() == 1))
                        || (reading.counted
                            && reading.items.len() > 1
                            && group_thing(g).is_some_and(|t| !o.ends_with(t.as_str()))
                            && o.chars().count() <= 6) =>
                {
                    let thing = if reading.counted || COUNT_START.is_match(g) {
                        counted_thing(g)
                    } else {
                        None
                    };
                    // `加快石家庄、秦皇岛、衡水等康复辅助器具产业聚集区建设`: short names before a
                    // long thing are where it stands, not kinds of its head (`石家庄区`): the
                    // thing is the one promise.
                    if thing.is_none()
                        && !reading.counted
                        && !COUNT_START.is_match(g)
                        && o.chars().count() <= 3
                        && let Some(t) = located_thing(g)
                    {
                        return t;
                    }
                    match thing.or_else(|| group_thing(g)) {
                        Some(g) => format!("{o}{g}"),
                        None => o.to_string(),
                    }
                }
                _ => o.to_string(),
            }
        })
        .flat_map(|o| match split_joined(&o) {
            Some(pair) => pair.to_vec(),
            None => vec![o],
        })
        // `加快科研机构的改革`, `深化城乡信用合作社的改革` (reports of the 1990s): the reform of a
        // named thing, written with `的`, is that named reform (not a field's: `国有企业的改革`).
        .map(|o| match o.strip_suffix("的改革") {
            Some(what) if is_named_reform(&format!("{what}改革"), &verb) => format!("{what}改革"),
            _ => o,
        })
        .filter(|o| unfit(o).is_none())
        .collect();
    let mut objects = objects;
    // A thing promised once for all the places before it comes once.
    objects.dedup();
    // `扫除黄、赌、毒等各种丑恶现象`: a list of single characters is one abbreviated name (each
    // character stands for a word), not a list of things.
    let abbreviated = reading.items.len() >= 3
        && reading
            .items
            .iter()
            .all(|i| i.chars().count() == 1 && i.chars().all(is_han));
    let objects = if abbreviated {
        vec![reading.items.join("、")]
    } else {
        objects
    };
    let objects: Vec<String> = reading
        .whole
        .map(str::to_string)
        .into_iter()
        .chain(objects)
        .collect();
    let improving = class == VerbClass::Act && improves(&verb);
    // `做好地方政府隐性债务置换工作`, `继续做好增值税转型工作`, `做好土地确权登记颁证工作`: a task
    // named between `做好`/`抓好`/`搞好` and `工作` is a piece of work to carry out.
    // The task ends with a word of a one-off operation (`[task_end]`: `置换`, `颁证`, `普查`),
    // not a field's standing work (`做好人口和计划生育工作`, `做好防灾减灾救灾工作`).
    let task_frame = reading.tail == Some("工作")
        && ["做好", "抓好", "搞好"]
            .iter()
            .any(|v| reading.verb.ends_with(v));
    // A task described by a `的` phrase is of a kind of place or thing, not one task
    // (`做好重点项目区的房屋和土地征收工作`).
    let task = |object: &str| {
        task_frame && !object.contains('的') && VOCABULARY.suffix("task_end", object).is_some()
    };
    // Segmenting the clause is a large part of reading it; only an object that might end
    // inside a word needs it, so it is done at the first such object.
    let ends = std::cell::OnceCell::new();
    let mut out = Vec::new();
    for object in &objects {
        let object = thing_before_exhortation(object).unwrap_or(object);
        // A piece of a word is no object; the clause's rest from it is, when that ends with
        // a head (`公开平等规范的…准入制度`, cut at `公开平`).
        let object = if ends_inside_word(clause, object, &ends) {
            match rest_with_head(clause, object) {
                Some(whole) => whole,
                None => continue,
            }
        } else {
            object
        };
        let own_head = head_of(strip_phase(object.trim_end_matches(QUOTE_ENDS))).map(|(_, h)| h);
        let own_head = match own_head {
            Some(Head::Exhortation) if is_named_reform(object, &verb) => Some(Head::Reform),
            // `改革国有资本授权经营体制`, `继续改革和探索国有资产管理体制`: a system reformed by the
            // verb `改革` is the named reform of that system (not a field's: `改革财税体制`).
            Some(Head::Exhortation)
                if verb.starts_with("改革")
                    && object.ends_with("体制")
                    && is_named_reform(&format!("{object}改革"), &verb) =>
            {
                Some(Head::Reform)
            }
            // A name in quotes alone is a named programme or campaign whatever word it ends
            // with (`深化“万企转型”`, `加快实现“三网融合”`): the quotes name it, not its last word.
            // Not a slogan of counted duties (`“四个意识”`, `“两个责任”`) nor a quoted list of
            // slogans (`“生态立县、文旅兴县、工业强县”`).
            Some(Head::Exhortation)
                if quoted_name(object)
                    && object.chars().count() >= 5
                    && !object.contains('、')
                    && !SLOGAN_COUNT.is_match(object) =>
            {
                None
            }
            // So is a quoted name at the end of a longer object, after the field it is in
            // (`深化轨道交通“四网融合”`, `推广货物“一单两报”`).
            Some(Head::Exhortation)
                if object.ends_with('”')
                    && let Some(at) = object.rfind('“')
                    && at > 0
                    && quoted_name(&object[at..])
                    && object[at..].chars().count() >= 5
                    && !object.contains('、')
                    && !SLOGAN_COUNT.is_match(&object[at..]) =>
            {
                None
            }
            h => h,
        };
        // A general head needs words before it that say what it is about: `就业政策` names
        // a field, `防贫脱贫长效机制` a mechanism.
        // A system named by a list before its bare head (`听证、质询等制度` → `听证制度`) is
        // named by the list.
        let listed_system = reading
            .group
            .is_some_and(|g| SYSTEM_GROUPS.contains(&g) && object.ends_with(g));
        if let Some(w) = VOCABULARY.suffix("head.generic", object.trim_end_matches(QUOTE_ENDS))
            && !object.contains(['“', '《'])
            && !listed_system
            && object.chars().filter(|c| is_han(*c)).count() < w.chars().count() + topic_needed(w)
        {
            continue;
        }
        // A system of a whole field of reform (`[head.field_system]` after a `[reform.field]`:
        // `改革财税体制`, `深化投融资体制`) is the field's standing area of reform, not a system
        // named by what it runs (`完善国资监管体制` is one).
        if VOCABULARY.suffix("head.field_system", object).is_some()
            && !is_named_reform(&format!("{object}改革"), "")
        {
            continue;
        }
        // `改革` as a verb takes a system, a method or a document (`改革公务员工资制度`,
        // `改革养老金计发办法`); anything else after it is the noun `改革` in a sentence about
        // something else (`改革红利正在释放`, `改革是关键`). So do `统一` and `改进`
        // (`统一城乡义务教育经费保障机制`; not `统一思想`, `改进作风`).
        if ["改革", "统一", "改进"].iter().any(|v| verb.starts_with(v)) && !reformable(object)
        {
            continue;
        }
        // An item that ends with a push verb is a fragment of a clause (`传统产业加快`).
        if VOCABULARY
            .suffix("fragment_end", object)
            .is_some_and(|w| object.len() > w.len())
        {
            continue;
        }
        // A list item without a head of its own is of the group's kind (`A、B等项目`).
        let head = match own_head {
            None if listed => group_head,
            h => h,
        };
        // `进行` (reports of the 1990s) carries out a reform, a pilot or a programme with a
        // head of its own (`进行升学考试制度改革`); on anything else it is a manner of doing
        // (`进行深入调查研究`, `进行这项调整`).
        if head.is_none() && verb.ends_with("进行") && !object.starts_with('“') {
            continue;
        }
        // `发展研发设计`, `培育壮大新型消费`: a sector to grow is no commitment (a thing to
        // grow with a head of its own is: `培育先进制造业集群`; so is a quoted name, a brand
        // or a local speciality: `做强“驴火”“保马”等特色IP`).
        let quoted_whole = object.starts_with('“') && object.ends_with('”');
        if head.is_none() && !quoted_whole && VOCABULARY.suffix("grow_verbs", &verb).is_some() {
            continue;
        }
        // `加强公共安全治理`, `强化财税监管`, `优化国家战略科技力量布局`: a verb that improves a
        // field, on an object that names nothing one could check — no head noun of a thing,
        // no system or policy (`…制度`, `…机制`: `完善耕地占补平衡制度` stays), no proper
        // name, quote or number (`做好西藏定日县地震灾后恢复重建` stays) — is an exhortation.
        if head.is_none()
            && improving
            && !task(object)
            && VOCABULARY.suffix("head.generic", object).is_none()
            && VOCABULARY.suffix("head.system", object).is_none()
            && !named(object)
        {
            continue;
        }
        // `加强文化市场管理`, `优化就业创业服务`, `强化要素保障`, `加强土壤污染防治`: a field's
        // standing work under a verb that improves it is an exhortation, unless the object
        // names a thing (`做好第二批疏解项目承接落地服务保障`, `强化…负面清单管理`).
        if (improving || ["完善", "健全"].iter().any(|v| verb.starts_with(v)))
            && standing_work(object)
        {
            continue;
        }
        if standing_duty(object) {
            continue;
        }
        if let Some(kind) = kind_of(head, class) {
            out.push((verb.clone(), object.to_string(), kind));
        }
    }
    out
}

/// Whether an object is a system, a method or a document that a reform changes: a general
/// or system head (`…制度`, `…机制`, `…管理`), `体制`, `方式`, or a document's head (`…办法`).
fn reformable(object: &str) -> bool {
    let object = object.trim_end_matches(QUOTE_ENDS);
    ["head.generic", "head.system"]
        .iter()
        .any(|s| VOCABULARY.suffix(s, object).is_some())
        || ["体制", "方式"].iter().any(|w| object.ends_with(w))
        // `统一内资企业所得税和个人所得税`, `统一内外资企业所得税` (State Council plans,
        // 1994-2013): a tax unified is a system reformed.
        || object.ends_with('税')
        || matches!(
            head_of(object),
            Some((_, Head::Plan | Head::Kind(CommitmentKind::Document)))
        )
}

/// The byte offsets at which the segmenter's words of a clause end.
fn word_ends(clause: &str) -> Vec<usize> {
    let mut at = 0;
    crate::text::words::cut(clause)
        .iter()
        .map(|w| {
            at += w.len();
            at
        })
        .collect()
}

/// Whether an object without a head of its own, read from a clause, ends inside one of the
/// clause's words: a piece of a word, not a thing (`普通高中核心` of `提升普通高中核心竞争力`,
/// `公共服务均` of `基本公共服务均等化`). Not when the rest of that word is a tail
/// (`[tail]`: `一流学科` of `一流学科建设`), nor for a thing with its head (`…工程` of
/// `…工程建设`).
fn ends_inside_word(clause: &str, object: &str, ends: &std::cell::OnceCell<Vec<usize>>) -> bool {
    let Some(at) = crate::text::find(clause, object) else {
        return false;
    };
    let end = at + object.len();
    if end >= clause.len() || head_of(strip_phase(object)).is_some() {
        return false;
    }
    let ends = ends.get_or_init(|| word_ends(clause));
    let Err(k) = ends.binary_search(&end) else {
        return false;
    };
    let rest = ends.get(k).map_or("", |&e| &clause[end..e]);
    !VOCABULARY.words("tail").iter().any(|t| t == rest)
}

/// The rest of a clause from where `object` starts, when it ends with a head noun of a thing
/// or a general head (`…制度`, `…服务`).
fn rest_with_head<'a>(clause: &'a str, object: &str) -> Option<&'a str> {
    let rest = &clause[crate::text::find(clause, object)?..];
    (head_of(strip_phase(rest)).is_some() || VOCABULARY.suffix("head.generic", rest).is_some())
        .then_some(rest)
}

/// The commitments of a report's parts of the given roles (annual plan sections only; a
/// five-year part's promises are not this year's), in reading order, one per object.
/// A clause without the government that opens it before `将` or `要` (`浙江省将实施提振消费专项行动`,
/// `全省要…`): a news story on a report names who will act where the report says `我们将`,
/// which the leads already pass over. The actor is a name of three to eight characters ending
/// with a level of government (`省`, `市`, `县`, `区`, `旗`, `州`, `盟`), or `全省`, `我市` and the like
/// (not `园区`, `社区`: a clause about them is theirs).
fn without_actor(clause: &str) -> &str {
    const LEVELS: [char; 7] = ['省', '市', '县', '区', '旗', '州', '盟'];
    let Some((at, _)) = clause
        .char_indices()
        .take(10)
        .find(|&(_, c)| c == '将' || c == '要')
    else {
        return clause;
    };
    let actor = &clause[..at];
    let n = actor.chars().count();
    let whole = actor.starts_with(['全', '我', '本']);
    let named = (if whole { n == 2 } else { (3..=8).contains(&n) })
        && actor.chars().all(crate::text::is_han)
        && actor.ends_with(LEVELS);
    if named { &clause[at..] } else { clause }
}

/// An item of a counted list (`一是`, `二是`… at the clause's start) that names a programme
/// alone, with no verb, in a short clause that ends with it: promised as a heading promises it.
fn listed_programme(clause: &str) -> Vec<(String, String, CommitmentKind)> {
    static ORDINAL_ITEM: Pattern = prepared!(r"^[一二三四五六七八九十]是");
    if !ORDINAL_ITEM.is_match(clause) || clause.chars().count() > 24 {
        return Vec::new();
    }
    let whole = clause.trim_end_matches(['。', '；', ';']);
    heading_programmes(clause)
        .into_iter()
        .filter(|(_, o)| whole.ends_with(o.as_str()))
        .map(|(v, o)| (v, o, CommitmentKind::Programme))
        .collect()
}

pub fn extract(report: &Report, roles: &[Role]) -> Vec<Commitment> {
    // `strip_item` remembers its answers while this report is read (and forgets them after,
    // so that a caller reading the report again pays again: see `STRIPPED`).
    let outer = STRIPPED.with_borrow_mut(|m| m.replace(Default::default()));
    let out = extract_sections(report, roles);
    STRIPPED.with_borrow_mut(|m| *m = outer);
    out
}

fn extract_sections(report: &Report, roles: &[Role]) -> Vec<Commitment> {
    let mut out: Vec<Commitment> = Vec::new();
    // The keys taken, hashed: a plan has hundreds of promises, each tested against all before.
    let mut seen: rustc_hash::FxHashSet<String> = Default::default();
    let mut after_plan = false;
    for section in report.sections() {
        after_plan |= section.role == Role::Plan;
        // The government's own work counts after the plan only: before it, it is reviewed.
        let reviewed = section.role == Role::Governance && !after_plan;
        if !roles.contains(&section.role) || section.horizon == Horizon::FiveYear || reviewed {
            continue;
        }
        // `（三）“产业升级”奋进行动`, `（一）在打好“三大攻坚战”上聚焦发力`: a heading that names a
        // programme in quotes promises it, however short the body under it (and with no verb).
        for (verb, object) in heading_programmes(&section.title) {
            let kind = CommitmentKind::Programme;
            let at = (section.line, section.title.as_str());
            add_new(&mut out, &mut seen, section, (verb, object, kind), at);
        }
        for p in &section.paragraphs {
            let mut last_verb: Option<String> = None;
            for clause in clauses(&p.text) {
                let curly = curly_quotes(clause);
                let mut found = clause_commitments(without_actor(&curly));
                // `坚持“米袋子”省长负责制，“菜篮子”市长负责制`: a quoted name alone after a
                // comma takes the verb of the clause before.
                if found.is_empty()
                    && curly.starts_with('“')
                    && let Some(v) = &last_verb
                {
                    found = clause_commitments(&format!("{v}{curly}"));
                    found.retain(|(_, o, _)| has_own_head(o) || named_system(o));
                }
                // `启动实施“五个行动”：一是产业升级“千百亿”行动。二是“专精特新”振兴行动。`: an
                // item of a counted list that names a programme alone, with no verb, promises
                // it as a heading does.
                if found.is_empty() {
                    found = listed_programme(&curly);
                }
                last_verb = found
                    .first()
                    .map(|(v, _, _)| v.clone())
                    .filter(|v| !v.contains('…'));
                let line =
                    crate::text::offset_in(&p.text, clause).map_or(p.line, |at| p.line_at(at));
                for promise in found {
                    add_new(&mut out, &mut seen, section, promise, (line, clause));
                }
            }
        }
    }
    out
}

/// Adds a promise of `section`, found on `line` in `clause`, unless an earlier one has its
/// object's key (`seen`).
/// The clause with its straight double quotes paired as curly ones (`推进"三教统筹"和"农科教"
/// 结合` → `推进“三教统筹”和“农科教”结合`): portal copies (Hebei 2004, 2005, 2008; Baoding,
/// Gaoyang) quote names with ASCII marks, which the rules read as a name's quotes only in their
/// curly form. An odd count (a quote running over a clause's end) is left as it is.
fn curly_quotes(clause: &str) -> std::borrow::Cow<'_, str> {
    let n = clause.matches('"').count();
    if n == 0 || n % 2 == 1 {
        return std::borrow::Cow::Borrowed(clause);
    }
    let mut open = true;
    std::borrow::Cow::Owned(
        clause
            .chars()
            .map(|c| match c {
                '"' => {
                    open = !open;
                    if open { '”' } else { '“' }
                }
                c => c,
            })
            .collect(),
    )
}

fn add_new(
    out: &mut Vec<Commitment>,
    seen: &mut rustc_hash::FxHashSet<String>,
    section: &crate::model::Section,
    (verb, object, kind): (String, String, CommitmentKind),
    (line, clause): (usize, &str),
) {
    if !seen.insert(object_key(&object)) {
        return;
    }
    out.push(Commitment {
        verb,
        object,
        kind,
        section: section.path.clone(),
        line,
        clause: clause.to_string(),
    });
}

/// An object reduced to what identifies it across years: quotes, ordinals (`第八届`) and
/// years (`2024年`, not another number of four digits: `“1118工程”`) dropped, trailing
/// `建设`/`工作` cut.
pub fn object_key(object: &str) -> String {
    let object = FOOTNOTE.replace_all(object, |_| String::new());
    let s = ORDINAL.replace_all(&object, |m| {
        // Phases (`二期`) tell two things apart; editions and years do not.
        if m.ends_with('期') && !m.starts_with('第') {
            m.to_string()
        } else {
            String::new()
        }
    });
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, '“' | '”' | '《' | '》' | '"' | '「' | '」' | ' '))
        .collect();
    let mut s = s.as_str();
    for tail in ["前期工作", "建设", "工作"] {
        if s.chars().count() > tail.chars().count() + 2 {
            s = s.strip_suffix(tail).unwrap_or(s);
        }
    }
    s.to_string()
}

/// The kind of thing a name ends with (`纪念园` an institution, `改造工程` a programme), or
/// `None` when it ends with no head noun of a thing (`…发展`, `…水平`, or no head at all).
pub fn thing_kind(text: &str) -> Option<CommitmentKind> {
    match head_of(strip_phase(text.trim_end_matches(QUOTE_ENDS)))?.1 {
        Head::Exhortation => None,
        Head::Reform | Head::Plan => Some(CommitmentKind::Programme),
        Head::Kind(k) => Some(k),
    }
}

/// The part of a key that names the thing, without its kind (`城市更新行动` → `城市更新`,
/// `公平竞争审查行政法规` → `公平竞争审查`): a review reports `扎实推进城市更新` without the
/// word `行动`. The key itself when nothing would be left.
pub fn object_core(key: &str) -> String {
    let mut core = key;
    for _ in 0..2 {
        let base = strip_phase(core);
        match head_of(base) {
            Some((w, h)) if h != Head::Exhortation => {
                let rest = &base[..base.len() - w.len()];
                if rest.chars().count() < 3 || names_a_kind(rest) {
                    break;
                }
                core = rest;
            }
            _ => break,
        }
    }
    core.to_string()
}

/// Whether a name is only a kind of thing: a head noun of a thing after a lead word
/// (`重点项目`: the core of `重点项目攻坚工程` is `重点项目攻坚`, not the projects, which every
/// plan names). A head alone stays a core: `民生实事` is what `“民生实事落实年”` is about.
fn names_a_kind(name: &str) -> bool {
    match head_of(name) {
        Some((w, h)) if h != Head::Exhortation => {
            let before = &name[..name.len() - w.len()];
            VOCABULARY.words("lead").iter().any(|l| l == before)
        }
        _ => false,
    }
}

/// The two characters before a thing's head (`供电工程` → `供电`, `燃气站` → `燃气`), which a
/// review may list alone (`供电、供热、通讯、燃气等基础设施开工建设`); `None` for longer names.
pub fn short_core(key: &str) -> Option<&str> {
    match head_of(key) {
        Some((w, h)) if h != Head::Exhortation => {
            let rest = &key[..key.len() - w.len()];
            (rest.chars().count() == 2 && rest.chars().all(is_han)).then_some(rest)
        }
        _ => None,
    }
}

/// The phase an object names (`二期`), which must agree for two mentions to be one thing.
pub fn phase_of(text: &str) -> Option<String> {
    static P: Pattern = prepared!(r"(?:[一二三四五六七八九十]|[0-9]+)期");
    if !text.contains('期') {
        return None;
    }
    P.find(text).map(|m| m.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name in quotes alone is the object whatever word it ends with (`“万企转型”` ends in
    /// `转型`, a word of exhortation): before, it was refused; a quoted slogan of counted duties
    /// stays out.
    #[test]
    fn a_slogans_reform_under_a_lead_that_ends_with_a_verb() {
        // Guangdong 2023: `统筹推进` is a lead ending with `推进`, which carries the reform out.
        assert_eq!(objects("统筹推进“证照分离”改革"), ["“证照分离”改革"]);
        assert_eq!(
            objects("统筹推进“证照分离”和“一照通行”改革"),
            ["“证照分离”", "“一照通行”改革"]
        );
    }

    #[test]
    fn a_quoted_name_is_named_whatever_its_last_word() {
        assert_eq!(objects("深化“百城提质”"), ["“百城提质”"]);
        assert_eq!(objects("加快实现“两网融合”"), ["“两网融合”"]);
        assert!(objects("落实“两个责任”").is_empty());
    }

    /// Items written alike with one short head of an instrument (`河长制、湖长制、林长制`) are
    /// one object each; before, the list was one object, or refused whole. Qualities written
    /// alike stay as they were.
    #[test]
    fn items_written_alike_with_a_short_head_are_objects_each() {
        assert_eq!(
            objects("严格落实溪长制、塘长制、田长制"),
            ["溪长制", "塘长制", "田长制"]
        );
        assert_eq!(
            objects("建立东湖资源库、西岭企业库、南山信息库"),
            ["东湖资源库", "西岭企业库", "南山信息库"]
        );
        assert!(objects("推动质量变革、效率变革、动力变革").len() <= 1);
    }

    /// Two systems joined by `和`, each named by the instrument it governs, are two objects
    /// (`建立健全廉租房制度和住房租赁制度`); before, one.
    #[test]
    fn two_systems_joined_are_two_objects() {
        assert_eq!(
            objects("建立健全东湖廉租房制度和西岭住房租赁制度"),
            ["东湖廉租房制度", "西岭住房租赁制度"]
        );
        // A system keeps its own head: not `东湖存款保险制度基金`.
        assert_eq!(
            objects("建立东湖存款保险制度和西岭行业保障基金"),
            ["东湖存款保险制度", "西岭行业保障基金"]
        );
    }

    /// Works listed before the progress they must make (`力争A、B等一批前期项目取得实质进展`,
    /// the city plans of the 2000s) are objects each; before, the clause was no commitment.
    #[test]
    fn works_before_the_progress_they_must_make() {
        assert_eq!(
            objects("力争投资60亿元的东湖热电厂、西岭产业园等一批前期项目取得实质进展"),
            ["东湖热电厂", "西岭产业园"]
        );
    }

    /// Quoted names back to back are a list without its marks (`推进政务服务“全程网办”“冀时办”`):
    /// one object each, the words before the first staying with it; before, one object.
    #[test]
    fn quoted_names_back_to_back_are_items_each() {
        assert_eq!(
            objects("全面推进政务服务“东湖网办”“西岭办”“南山通办”"),
            ["政务服务“东湖网办”", "“西岭办”", "“南山通办”"]
        );
    }

    /// A named rule of conduct is promised like a document, and the spirit of a named
    /// document is that document (`严格落实中央八项规定及其实施细则精神`: the convention of
    /// tests/gold/README.md names `“八项规定”`); before, a standing duty, or an exhortation
    /// ending in `精神`. Responsibility systems of the duty fields stay out.
    #[test]
    fn a_named_rule_and_the_spirit_of_a_document() {
        assert_eq!(
            objects("严格落实中央八项规定及其实施细则精神"),
            ["中央八项规定"]
        );
        assert_eq!(objects("认真落实中央八项规定"), ["中央八项规定"]);
        assert_eq!(objects("认真落实东湖保护条例精神"), ["东湖保护条例"]);
        assert!(objects("落实党风廉政建设责任制").is_empty());
        assert!(objects("弘扬企业家精神").is_empty());
    }

    /// Verbs and leads of the State Council's plans of 2019-2021 (`持之以恒纠治“四风”`, `依法
    /// 处置“僵尸企业”`, `限期清偿…款项`, `重组…体系`) and a system of administration named by
    /// what it runs (`完善国资监管体制`); a reform of a whole field stays out.
    #[test]
    fn verbs_leads_and_systems_of_the_state_council() {
        assert_eq!(objects("持之以恒纠治“四风”"), ["“四风”"]);
        assert_eq!(objects("依法处置“僵尸企业”"), ["“僵尸企业”"]);
        assert_eq!(
            objects("限期清偿政府机构拖欠民营和中小企业款项"),
            ["政府机构拖欠民营和中小企业款项"]
        );
        assert_eq!(objects("重组国家重点实验室体系"), ["国家重点实验室体系"]);
        assert_eq!(objects("完善国资监管体制"), ["国资监管体制"]);
        assert_eq!(objects("高等教育要改革办学体制"), ["办学体制"]);
        assert!(objects("深化经济体制改革").is_empty());
        assert!(objects("改革和完善投融资体制").is_empty());
        assert!(objects("继续深化财税体制和金融体制").is_empty());
    }

    /// Words of the State Council's and provinces' plans that were not read: scope, time and
    /// manner before the verb (`在全国范围`, `从今年开始…连续几年`, `加力扩围`, `滚动`, `跟进`,
    /// `圆满`), a title to be listed for (`争列`), a place opened and running (`建成运行`), a
    /// plan revised (`修编`); and the report's own targets and tasks are no thing.
    /// A district's plans (Dapeng 2024): a count before a list of heads counts the items
    /// (`南澳双拥和溪涌` two of them) and the first head names each; the deputies' suggestions
    /// and the CPPCC's proposals handled are a standing duty; fields before `等支撑保障` are
    /// no things.
    #[test]
    fn counted_lists_of_heads_and_duties_of_a_district() {
        assert_eq!(
            objects("首批开工建设南澳双拥和溪涌、金沙湾、大澳湾、西涌5个码头、靠泊点"),
            [
                "南澳双拥码头",
                "溪涌码头",
                "金沙湾码头",
                "大澳湾码头",
                "西涌码头"
            ]
        );
        assert!(objects("提高人大代表建议和政协提案办理质量和效率").is_empty());
        assert!(objects("高质量办好人大代表建议和政协提案").is_empty());
        assert!(objects("强化海洋科技、海洋基础设施、海洋生态等支撑保障").is_empty());
    }

    #[test]
    fn words_of_scope_time_and_manner_before_the_verb() {
        assert_eq!(
            objects("今年要在全国范围建立东湖救助制度"),
            ["东湖救助制度"]
        );
        assert_eq!(
            objects("从今年开始连续几年发行东湖建设债券"),
            ["东湖建设债券"]
        );
        assert_eq!(objects("加力扩围实施“三换”政策"), ["“三换”政策"]);
        assert_eq!(objects("跟进落实东湖人才新政"), ["东湖人才新政"]);
        assert_eq!(objects("圆满完成东湖测试活动"), ["东湖测试活动"]);
        assert_eq!(objects("争列国家东湖开放试验区"), ["国家东湖开放试验区"]);
        assert_eq!(objects("力争东湖纪念馆项目建成运行"), ["东湖纪念馆项目"]);
        assert_eq!(objects("完成东湖新区规划修编"), ["东湖新区规划"]);
        assert!(objects("圆满完成预期目标任务").is_empty());
    }

    /// State Council forms: `坚持` before a verb that carries a programme or a rule out keeps
    /// it going (not a strategy or a stance of policy), and `改革` is a verb on a system, a
    /// method or a document (not the noun in `改革红利正在释放`).
    #[test]
    fn keeping_a_programme_going_and_reforming_a_system() {
        assert_eq!(objects("坚持开展“清网护苗”"), ["“清网护苗”"]);
        assert_eq!(
            objects("坚持实行最严格的水资源管理制度"),
            ["最严格的水资源管理制度"]
        );
        assert!(objects("坚持实施东湖优先战略").is_empty());
        assert!(objects("坚持实施稳健的货币政策").is_empty());
        assert_eq!(objects("改革东湖区工资制度"), ["东湖区工资制度"]);
        assert_eq!(
            objects("改革完善东湖招标投标体制机制"),
            ["东湖招标投标体制机制"]
        );
        assert!(objects("改革红利正在释放").is_empty());
        assert!(objects("改革是关键").is_empty());
        // `统一`, `改进`: a system or a method unified or improved, as `改革`.
        assert_eq!(
            objects("统一东湖城乡教育经费保障机制"),
            ["东湖城乡教育经费保障机制"]
        );
        assert_eq!(objects("改进东湖项目核准办法"), ["东湖项目核准办法"]);
        assert!(objects("统一思想").is_empty());
    }

    /// A short name whose last character happens to be a head (`园`) before a counted group is
    /// a name of the group's thing like the others: before, the first item was lost.
    #[test]
    fn a_short_name_ending_in_a_head_before_a_counted_group() {
        let objects: Vec<String> = clause_commitments("解决东园、西润等8个社区办公用房问题")
            .into_iter()
            .map(|(_, o, _)| o)
            .collect();
        assert_eq!(objects, ["东园社区办公用房", "西润社区办公用房"]);
    }

    /// A clause ending on a footnote mark (copies with glossary notes `[1]…[54]`) is read
    /// without a panic, and `继续` before a quoted campaign is still its verb.
    #[test]
    fn a_footnote_mark_after_a_quoted_campaign() {
        for clause in ["继续“扫黄打非”专项行动[12]", "继续“扫黄打非”专项行动。"]
        {
            let reading = read_clause(clause).expect("a reading");
            assert_eq!(reading.verb, "继续", "{clause}");
        }
    }

    /// `quoted_spans` as it was written first, reading every character.
    fn quoted_spans_by_char(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut open: Option<(usize, char)> = None;
        let mut straight = false;
        for (i, c) in text.char_indices() {
            match (open, c) {
                (None, '“' | '《' | '「') => open = Some((i, c)),
                (None, '"') => {
                    open = Some((i, '"'));
                    straight = true;
                }
                (Some((s, '“')), '”') | (Some((s, '《')), '》') | (Some((s, '「')), '」') =>
                {
                    out.push((s, i + c.len_utf8()));
                    open = None;
                }
                (Some((s, '"')), '"') if straight => {
                    out.push((s, i + 1));
                    open = None;
                    straight = false;
                }
                _ => {}
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn quoted_spans_read_only_quotation_marks(
            text in "[“”《》「」\"。、‘’…—推进a1 ]{0,40}"
        ) {
            proptest::prop_assert_eq!(quoted_spans(&text), quoted_spans_by_char(&text));
        }
    }

    fn objects(clause: &str) -> Vec<String> {
        clause_commitments(clause)
            .into_iter()
            .map(|(_, o, _)| o)
            .collect()
    }

    /// Luohu District 2018 (heldout22): a count inside a rule's name is no count of the list,
    /// and the rules that carry a document out are that document; fields, manners and
    /// requirements listed before `等` are no things; a congress's resolutions are a standing
    /// duty; the functions of a card named in quotes are that card's; a new round is no thing.
    #[test]
    fn rules_of_an_authority_fields_manners_and_requirements() {
        assert_eq!(
            objects("严格落实政府系统党风廉政建设主体责任、中央八项规定及其细则"),
            ["中央八项规定"]
        );
        assert!(objects("主动布局基础设施、城区治理等公共领域").is_empty());
        assert!(
            objects("落实重大行政决策事项公众参与、风险评估、合法性审查、集体审议和决策实施等要求")
                .is_empty()
        );
        assert!(objects("鼓励以代研、代建、EPC、PPP等形式与知名机构开展合作").is_empty());
        assert!(objects("坚决执行区人大及其常委会各项决议决定").is_empty());
        assert!(objects("积极配合区政协开展“双月协商、季度问政”等民主监督").is_empty());
        assert_eq!(objects("优化“菁英人才卡”功能"), ["“菁英人才卡”"]);
        assert!(objects("全面推动罗湖新一轮发展").is_empty());
    }

    #[test]
    fn vocabulary_parses_with_every_section_used() {
        let v = Vocabulary::parse(include_str!("../../data/commitments.txt")).unwrap();
        let mut names: Vec<&str> = v.section_names().collect();
        names.sort();
        for name in &names {
            let used = VERB_CLASSES.iter().any(|(s, _)| s == name)
                || HEADS.iter().any(|(s, _)| s == name)
                || [
                    "lead",
                    "tail",
                    "not_names",
                    "head.generic",
                    "fragment_end",
                    "actors",
                    "grow_verbs",
                    "generic",
                    "predicate",
                    "status.done",
                    "status.partial",
                    "status.partial_after",
                    "status.progress",
                    "status.once",
                    "status.campaign",
                    "status.held",
                    "duty.field",
                    "duty.rule",
                    "duty.principle",
                    "status.effect",
                    "verb.improve",
                    "field_groups",
                    "head.system",
                    "head.parallel",
                    "head.generic_short",
                    "head.field_system",
                    "head.standing_work",
                    "restraint",
                    "reform.manner",
                    "reform.field",
                    "no_document",
                    "task_end",
                    "preamble",
                    "preamble.adverb",
                    "sentence_words",
                ]
                .contains(name);
            assert!(used, "section [{name}] is not read by the code");
            assert!(!v.words(name).is_empty(), "[{name}] is empty");
        }
        assert!(Vocabulary::parse("word\n").is_err());
    }

    #[test]
    fn the_shipped_words_are_the_file_sorted() {
        // build.rs sorted the file the binary embeds; the file as parsed now must agree.
        let v = Vocabulary::parse(include_str!("../../data/commitments.txt")).unwrap();
        let mut names: Vec<&str> = v.section_names().collect();
        names.sort();
        let mut shipped: Vec<&str> = VOCABULARY.section_names().collect();
        shipped.sort();
        assert_eq!(names, shipped);
        for name in names {
            assert_eq!(v.words(name), VOCABULARY.words(name), "[{name}]");
        }
        let words = "[b]\n甲乙 甲 丙丁戊 甲 # note\n[a]\n乙\n";
        let sorted = crate::extract::word_sections::sorted_sections(words).unwrap();
        assert_eq!(
            sorted,
            [("a", vec!["乙"]), ("b", vec!["丙丁戊", "甲乙", "甲"])]
        );
    }

    #[test]
    fn pieces_of_words_are_no_objects() {
        // A cut that ends inside a word of the clause (`均等化`, `平等`) gives a piece; the
        // clause's rest is the object when it ends with a head.
        assert!(objects("推进城乡社会服务均等化").is_empty());
        assert_eq!(
            objects("加快建立公开平等透明的市场准入制度"),
            ["公开平等透明的市场准入制度"]
        );
        // Not when the word's rest is a tail, nor for a thing with its head.
        assert_eq!(objects("推进东湖学科建设"), ["东湖学科"]);
        assert_eq!(objects("推进北湖供水工程建设"), ["北湖供水工程"]);
    }

    #[test]
    fn lines_drawn_and_lists_entered() {
        // A line drawn on the map is issued once; a list entered is won.
        assert_eq!(objects("科学划定东湖生态保护红线"), ["东湖生态保护红线"]);
        assert_eq!(objects("划定并严守东湖生态保护红线"), ["东湖生态保护红线"]);
        assert_eq!(
            clause_commitments("力争入选国家4A级景区创建名录"),
            [(
                "入选".to_string(),
                "国家4A级景区创建名录".to_string(),
                CommitmentKind::Other
            )]
        );
    }

    #[test]
    fn standing_duties_of_conduct_are_no_promises() {
        assert!(objects("认真落实党风廉政建设责任制").is_empty());
        assert!(objects("严格执行安全生产责任制").is_empty());
        // (`严格落实中央八项规定` is a named rule: see
        // `a_named_rule_and_the_spirit_of_a_document`.)
        assert!(objects("全面准确贯彻“港人治港”原则").is_empty());
        // A responsibility system of another field is a measure of its own.
        assert_eq!(
            objects("实行招商引资项目落地责任制"),
            ["招商引资项目落地责任制"]
        );
    }

    #[test]
    fn verb_and_object() {
        assert_eq!(objects("启动城北智造园二期建设"), ["城北智造园二期"]);
        assert_eq!(objects("力争年内建成青岚大桥"), ["青岚大桥"]);
        assert_eq!(objects("设立金融稳定保障基金"), ["金融稳定保障基金"]);
        assert_eq!(
            objects("实施龙头企业保链稳链工程"),
            ["龙头企业保链稳链工程"]
        );
        assert_eq!(objects("争创省级全域旅游示范县"), ["省级全域旅游示范县"]);
        assert_eq!(objects("实施基础研究十年规划"), ["基础研究十年规划"]);
        assert_eq!(objects("启动老城区有机更新"), ["老城区有机更新"]);
    }

    #[test]
    fn lists_give_one_commitment_per_object() {
        assert_eq!(
            objects("办好青岚山茶文化节、云溪湖马拉松等品牌节会"),
            ["青岚山茶文化节", "云溪湖马拉松"]
        );
        assert_eq!(
            objects("开展“项目攻坚年”“营商环境提升年”“民生实事落实年”三大行动"),
            ["“项目攻坚年”", "“营商环境提升年”", "“民生实事落实年”"]
        );
        assert_eq!(
            objects("深入开展“名医到基层、健康送到家”活动"),
            ["“名医到基层、健康送到家”活动"]
        );
    }

    #[test]
    fn exhortations_and_counts_are_not_commitments() {
        for clause in [
            "深化“放管服”改革",
            "着力提升城市品质",
            "坚持稳中求进工作总基调",
            "提高政务服务水平",
            "增强发展内生动力",
            "大力发展数字经济",
            "新改扩建学校6所",
            "制定涉企政策要多听市场主体意见",
            "推进托管、合作等发展模式",
            "落实就业政策",
            "加快传统产业转型升级",
            "强化财税监管",
            "优化国家战略科技力量布局",
            "加强交通运输、建筑施工、消防等重点领域排查整治",
            "解决高校毕业生、农民工等群体的就业问题",
        ] {
            assert!(
                objects(clause).is_empty(),
                "{clause}: {:?}",
                objects(clause)
            );
        }
    }

    /// Promises on things named by their content count, not only proper names: the
    /// hand-made lists of `tests/gold/commitments` take them (`推进城中村改造`).
    #[test]
    fn work_on_a_thing_and_years_in_names() {
        // Bidding for an event, preparing it, the follow-up of a programme: the thing.
        assert_eq!(objects("做好2022年冬奥会申办工作"), ["2022年冬奥会"]);
        assert_eq!(objects("扎扎实实做好冬奥会筹办工作"), ["冬奥会"]);
        assert_eq!(objects("做好易地搬迁后续扶持"), ["易地搬迁"]);
        // A year or a span of years before a thing with its head is part of its name.
        assert_eq!(
            objects("颁布实施2011-2020年中国农村扶贫开发纲要"),
            ["2011-2020年中国农村扶贫开发纲要"]
        );
        assert!(objects("新建2024年项目").is_empty());
    }

    #[test]
    fn a_short_name_borrows_the_next_head_and_manners_with_de() {
        assert_eq!(
            objects("加快雄商、雄忻高铁和石雄铁路建设"),
            ["雄商高铁", "雄忻高铁", "石雄铁路"]
        );
        assert_eq!(
            objects("实施产业基础能力提升、未来产业创新科技专项"),
            ["产业基础能力提升专项", "未来产业创新科技专项"]
        );
        // No one-character head, no campaign heads for pieces of a list of tasks.
        assert!(
            !objects("对东出口、北出口、公路客运总站、立交桥进行整治")
                .iter()
                .any(|o| o == "北出口站")
        );
        assert!(
            !objects("完成执勤、处置突发事件、反恐斗争和维护稳定任务")
                .iter()
                .any(|o| o == "执勤斗争")
        );
        // A manner made an adverb by `地` is no part of the promise.
        assert_eq!(
            objects("坚定不移地实施国家知识产权战略"),
            ["国家知识产权战略"]
        );
        assert!(objects("坚定不移地走中国特色社会主义道路").is_empty());
    }

    #[test]
    fn two_verbs_joined_and_qualities_before_the_thing() {
        // The second of two joined verbs is read with the first, whatever its class.
        assert_eq!(objects("建立和完善粮食安全预警系统"), ["粮食安全预警系统"]);
        assert_eq!(
            objects("抓紧建立和完善节能减排指标体系"),
            ["节能减排指标体系"]
        );
        assert_eq!(objects("建立规范的政府非税收入体系"), ["政府非税收入体系"]);
        assert_eq!(objects("认真贯彻执行《廉政准则》"), ["《廉政准则》"]);
        // A year named by its aim is a campaign's name, no predicate.
        assert_eq!(objects("开展招商引资突破年活动"), ["招商引资突破年活动"]);
        assert!(objects("力争突破").is_empty());
    }

    #[test]
    fn verbs_of_treaties_policies_kept_and_more_set_up() {
        assert_eq!(
            objects("尽早签署中韩、中澳自贸协定"),
            ["中韩自贸协定", "中澳自贸协定"]
        );
        assert_eq!(objects("提请修订税收征管法"), ["税收征管法"]);
        assert_eq!(objects("增设国家自主创新示范区"), ["国家自主创新示范区"]);
        assert_eq!(
            objects("延续普惠小微企业贷款延期还本付息政策"),
            ["普惠小微企业贷款延期还本付息政策"]
        );
        assert_eq!(
            objects("全面推开县级公立医院综合改革"),
            ["县级公立医院综合改革"]
        );
        assert_eq!(
            objects("稳慎推进农村宅基地制度改革试点"),
            ["农村宅基地制度改革试点"]
        );
        assert_eq!(objects("试编社会保险基金预算"), ["社会保险基金预算"]);
    }

    #[test]
    fn reforms_named_by_what_they_change() {
        // State Council and provincial plans promise their reforms by name, under `深化` too.
        assert_eq!(objects("深入推进乡镇机构改革"), ["乡镇机构改革"]);
        assert_eq!(objects("推进水价改革"), ["水价改革"]);
        assert_eq!(objects("要深化保险业改革"), ["保险业改革"]);
        assert_eq!(objects("积极稳妥地分类推进事业单位改革"), ["事业单位改革"]);
        assert_eq!(
            objects("加快乡镇机构改革、农村义务教育改革和县乡财政管理体制改革"),
            ["乡镇机构改革", "农村义务教育改革", "县乡财政管理体制改革"]
        );
        // Lists lend the reform: a shared manner is written once, `等…改革` names each item.
        assert_eq!(
            objects("推进征地制度、集体林权制度改革"),
            ["征地制度改革", "集体林权制度改革"]
        );
        assert_eq!(
            objects("深化电力、邮政、电信、铁路等行业改革"),
            [
                "电力行业改革",
                "邮政行业改革",
                "电信行业改革",
                "铁路行业改革"
            ]
        );
        assert_eq!(
            objects("稳步推进供水、供气、供热等市政公用事业改革"),
            ["市政公用事业改革"]
        );
        // A whole field's reform, fields joined, a manner or a verb before it: exhortations.
        for clause in [
            "深化科技体制改革",
            "推进财税体制改革",
            "深化国资国企改革",
            "深化收入分配制度改革",
            "要继续深化重点领域和关键环节改革",
            "深化国防和军队改革",
            "推进农村重点领域改革",
            "推进教育、医疗、养老等社会民生领域改革",
            "以更大的决心和力度深化改革",
            "深化“放管服”改革",
        ] {
            assert!(objects(clause).is_empty(), "{clause}");
        }
        // `改革和发展` is one phrase of a plan's name.
        assert_eq!(
            objects("启动实施国家中长期教育改革和发展规划纲要"),
            ["国家中长期教育改革和发展规划纲要"]
        );
    }

    #[test]
    fn objects_named_by_content() {
        assert_eq!(objects("推进城中村改造"), ["城中村改造"]);
        assert_eq!(objects("完善社会救助体系"), ["社会救助体系"]);
        assert_eq!(objects("完善耕地占补平衡制度"), ["耕地占补平衡制度"]);
        assert_eq!(objects("深化林长制、河湖长制"), ["林长制", "河湖长制"]);
        assert_eq!(
            objects("做好西藏定日县地震灾后恢复重建"),
            ["西藏定日县地震灾后恢复重建"]
        );
        assert_eq!(objects("建成标准厂房30万平方米"), ["标准厂房"]);
        assert_eq!(
            objects("实施数字消费、绿色消费促进政策"),
            ["数字消费促进政策", "绿色消费促进政策"]
        );
        assert_eq!(objects("持续推进长江经济带高质量发展"), ["长江经济带"]);
        assert_eq!(
            objects("扩大电信、医疗等领域开放试点"),
            ["电信领域开放试点", "医疗领域开放试点"]
        );
    }

    #[test]
    fn object_first_clauses() {
        assert_eq!(objects("推动青岚药业新厂区投产"), ["青岚药业新厂区"]);
        assert_eq!(objects("力促承平高速建成投运"), ["承平高速"]);
    }

    /// Lists of other shapes, from the Hebei 2024 plan (`tests/gold/commitments`).
    #[test]
    fn list_heads_and_names() {
        assert_eq!(
            objects("加快雄商、雄忻高铁等项目建设"),
            ["雄商高铁", "雄忻高铁"]
        );
        assert_eq!(
            objects("推进保障性住房建设、“平急两用”公共基础设施建设、城中村改造“三大工程”"),
            ["保障性住房", "“平急两用”公共基础设施", "城中村改造"]
        );
        assert_eq!(
            objects("促进廊坊北三县与通州区一体化高质量发展"),
            ["廊坊北三县与通州区"]
        );
        assert_eq!(
            objects("推动张家口首都“两区”建设取得更大进展"),
            ["张家口首都“两区”"]
        );
        assert_eq!(objects("巩固拓展“退后十”成果"), ["“退后十”"]);
        assert_eq!(
            objects("建立产品碳足迹管理体系、碳标识认证制度"),
            ["产品碳足迹管理体系", "碳标识认证制度"]
        );
        assert_eq!(
            objects("加快建立国有企业履行战略使命评价制度"),
            ["国有企业履行战略使命评价制度"]
        );
        assert_eq!(
            objects("加快概念验证、中试验证和行业共性技术平台建设"),
            ["概念验证技术平台", "中试验证技术平台", "行业共性技术平台"]
        );
        assert_eq!(objects("宣传贯彻民营经济促进法"), ["民营经济促进法"]);
        assert_eq!(objects("推进省以下财政体制改革"), ["省以下财政体制改革"]);
        assert_eq!(objects("携手打造先进制造业集群"), ["先进制造业集群"]);
        assert_eq!(
            objects("建成哈萨尔和东升路两个市民广场"),
            ["哈萨尔市民广场", "东升路市民广场"]
        );
        assert_eq!(
            objects("哈萨尔、东升路两个市民广场投入使用"),
            ["哈萨尔市民广场", "东升路市民广场"]
        );
        assert_eq!(objects("实施626小河改造"), ["626小河改造"]);
        assert!(objects("加快建设农业强省").is_empty());
    }

    /// Lists found on county reports outside the corpus (invented sentences of the same
    /// shapes).
    #[test]
    fn quoted_lists_ordinals_and_adverbials() {
        // A quoted list with its count: one programme per item; the set is named too.
        assert_eq!(
            objects("全面实施“青苗护航、乡贤回归、技能提升”三项计划"),
            [
                "“青苗护航、乡贤回归、技能提升”三项计划",
                "青苗护航计划",
                "乡贤回归计划",
                "技能提升计划"
            ]
        );
        // Quoted names side by side before one head.
        assert_eq!(
            objects("深入开展“街巷整洁年”“服务规范提升年”活动"),
            ["“街巷整洁年”活动", "“服务规范提升年”活动"]
        );
        // An ordinal alone takes the next item's thing.
        assert_eq!(
            objects("推进第一、第二安置区配套小学等续建项目"),
            ["第一安置区配套小学", "第二安置区配套小学"]
        );
        // A programme lends its kind to topics of seven or eight characters.
        assert_eq!(
            objects("启动实施农膜回收全覆盖、秸秆综合利用行动"),
            ["农膜回收全覆盖行动", "秸秆综合利用行动"]
        );
        // An adverbial closed by `地`, an idiom before the verb.
        assert_eq!(
            objects("有计划、有步骤地参加东博会、农交会等展会"),
            ["东博会", "农交会"]
        );
        assert_eq!(objects("不折不扣抓好“散煤”清理整治"), ["“散煤”清理整治"]);
        // A quoted name after `的` is the thing; stores are built things.
        assert_eq!(
            objects("建立社区网格员与小微企业的“上门服务通道”"),
            ["社区网格员与小微企业的“上门服务通道”"]
        );
        assert_eq!(
            objects("规划建设冷链中心、保鲜仓和农产品分拣中心"),
            ["冷链中心", "保鲜仓", "农产品分拣中心"]
        );
        // How the work goes is no part of the name.
        assert_eq!(objects("县图书馆迁建项目加快进度"), ["县图书馆迁建项目"]);
        // Opening for business finishes a built thing; what a work is about is no part of
        // its name.
        assert_eq!(
            objects("力争“滨江里”步行街、云顶商业综合体年内营业"),
            ["“滨江里”步行街", "云顶商业综合体"]
        );
        assert_eq!(
            objects("做好以水源涵养为核心的北坡整体绿化"),
            ["北坡整体绿化"]
        );
        assert_eq!(
            objects("在老城区铺开“门前三包”“巷长制”"),
            ["“门前三包”", "“巷长制”"]
        );
        // Qualities to reach and problems to solve are not things; works are.
        assert!(objects("推动物流业向标准化、智能化方向发展").is_empty());
        assert_eq!(objects("解决排水不畅、如厕难等问题"), Vec::<String>::new());
        assert_eq!(objects("实施南山绿化"), ["南山绿化"]);
        // Those whose decisions are carried out are not things; nor are channels.
        assert!(objects("认真落实中央、省委和市委的决策部署").is_empty());
        assert_eq!(
            objects("按照政府引导、市场运作的原则推进老街区改造"),
            ["老街区改造"]
        );
    }

    #[test]
    fn an_item_of_a_counted_list_that_names_a_programme() {
        // Invented clauses: items of `启动实施“两个行动”：…`.
        let names = |c: &str| -> Vec<String> {
            listed_programme(c).into_iter().map(|(_, o, _)| o).collect()
        };
        assert_eq!(names("一是“园区提质”行动"), ["“园区提质”行动"]);
        assert_eq!(names("二是“数字赋能”振兴行动"), ["“数字赋能”振兴行动"]);
        // Not a clause that says something of it, nor an item that is no list's.
        assert!(names("一是“园区提质”行动要在年内见到成效并且全面推开").is_empty());
        assert!(names("“园区提质”行动").is_empty());
    }

    #[test]
    fn the_month_a_thing_is_due_is_no_part_of_its_name() {
        // Invented clauses: an object put first, its month, then the tail verb.
        assert_eq!(objects("市民文化馆9月开馆"), ["市民文化馆"]);
        assert_eq!(objects("滨河大桥力争6月底前建成通车"), ["滨河大桥"]);
        assert_eq!(objects("北环快速路4月份进场施工"), ["北环快速路"]);
    }

    #[test]
    fn a_phase_after_the_head_is_lent_with_it() {
        assert_eq!(
            objects("实现京雄、京德和荣乌高速新线一期建成通车"),
            ["京雄高速新线一期", "京德高速新线一期", "荣乌高速新线一期"]
        );
    }

    #[test]
    fn places_before_a_long_thing_are_where_it_stands() {
        // Invented clause: the short names are places of the one thing, not kinds of `区`.
        assert_eq!(
            objects("加快定州、辛集、任丘等新能源装备产业聚集区建设"),
            ["新能源装备产业聚集区"]
        );
    }

    #[test]
    fn tasks_to_do_between_zuohao_and_gongzuo() {
        // A one-off operation named in `做好…工作` is a task (invented clauses).
        assert_eq!(
            objects("做好县级政府隐性债务置换工作"),
            ["县级政府隐性债务置换"]
        );
        assert_eq!(objects("抓好林地确权登记颁证工作"), ["林地确权登记颁证"]);
        // A field's standing work, or a kind of place described with `的`, is not.
        assert!(objects("做好人口和计划生育工作").is_empty());
        assert!(objects("做好新区的房屋征收工作").is_empty());
    }

    #[test]
    fn standing_work_restraints_and_past_actions_are_no_promises() {
        // A field's standing work under a verb that improves it (invented clauses).
        assert!(objects("加强图书市场管理").is_empty());
        assert!(objects("优化返乡创业指导服务").is_empty());
        assert!(objects("强化要素保障").is_empty());
        assert!(objects("加强农田面源污染防治").is_empty());
        assert!(objects("完善社区养老服务").is_empty());
        // Unless it names a thing: a quote, a place, a thing with its own head before it.
        assert_eq!(objects("加强“城市大脑”运行管理"), ["“城市大脑”运行管理"]);
        assert_eq!(
            objects("做好第三批疏解项目承接服务保障"),
            ["第三批疏解项目承接服务保障"]
        );
        // Other verbs still promise the work (`开展…防治`), and so does a programme.
        assert_eq!(objects("开展农田面源污染防治"), ["农田面源污染防治"]);
        // Restraints say what not to do.
        assert!(objects("严格控制新上楼堂馆所项目").is_empty());
        assert!(objects("避免低水平重复建设").is_empty());
        assert_eq!(
            objects("制定控制煤炭消费总量实施方案"),
            ["控制煤炭消费总量实施方案"]
        );
        // The exhortation cut from a thing is a word of its own, not the end of one.
        assert!(objects("加快营造国际化营商环境").is_empty());
        assert!(objects("提升县城管理水平").is_empty());
        assert_eq!(objects("推动淮河生态经济带高质量发展"), ["淮河生态经济带"]);
        // Outcomes to form and amounts to raise name no thing; a fund raised does.
        assert!(objects("形成学先进、讲奉献、比贡献的良好风尚").is_empty());
        assert!(objects("增加乡村公共设施").is_empty());
        assert_eq!(objects("增加粮食风险基金"), ["粮食风险基金"]);
        // Plans of the 1990s (invented clauses in their shape): a tax exemption, an abbreviated
        // list, an event to prepare, a treaty to accede to.
        assert_eq!(objects("免征关税和进口增值税"), ["关税", "进口增值税"]);
        assert_eq!(objects("坚决扫除黄、赌、毒等丑恶现象"), ["黄、赌、毒"]);
        assert_eq!(
            objects("做好明年将在西安举办的全国农业博览会的准备工作"),
            ["全国农业博览会"]
        );
        assert_eq!(
            objects("正在研究加入《国际劳工公约》"),
            ["《国际劳工公约》"]
        );
        assert_eq!(
            objects("黄河大桥和沙河大桥的合龙都将在今年实施"),
            ["黄河大桥", "沙河大桥"]
        );
        assert_eq!(objects("发展农村合作医疗"), ["农村合作医疗"]);
        assert_eq!(
            objects("继续把“拨改贷”和城市建设维护基金转为国家资本金"),
            ["“拨改贷”", "城市建设维护基金"]
        );
        // `到` says where an action goes; `了` reports one done.
        assert!(objects("落实到每个贫困户").is_empty());
        assert!(objects("推动了企业兼并重组").is_empty());
    }

    /// A lead word that opens a longer word of the segmenter is the start of a name when a
    /// suffix of kind ends that word or a thing with its own head follows it; before a verb,
    /// or as a kind alone, it stays a lead.
    #[test]
    fn leads_that_open_a_name_stay_in_it() {
        assert_eq!(objects("完成集中式供水站改造"), ["集中式供水站改造"]);
        assert_eq!(
            objects("开展系统性风险排查专项行动"),
            ["系统性风险排查专项行动"]
        );
        assert_eq!(objects("举办科学家论坛"), ["科学家论坛"]);
        assert_eq!(objects("实施重点项目提速工程"), ["重点项目提速工程"]);
        assert_eq!(objects("重点推进东湖公园建设"), ["东湖公园"]);
        assert!(objects("加快重点项目建设").is_empty());
    }

    /// Lists of works and counted groups: each item keeps its own work (`A迁建`, `B改造` before
    /// a verb at the end), and a counted group that owns a part (`两个新村的二期工程`) lends
    /// its noun and the part to each item.
    #[test]
    fn list_items_keep_their_works_and_their_group() {
        assert_eq!(
            objects("实施东湖小学迁建、西湖医院迁建"),
            ["东湖小学迁建", "西湖医院迁建"]
        );
        assert_eq!(
            objects("力争青山路改造、白水街改造全面完成"),
            ["青山路改造", "白水街改造"]
        );
        assert_eq!(
            objects("建设东岭、西岭两个新村的二期工程"),
            ["东岭新村二期工程", "西岭新村二期工程"]
        );
        assert_eq!(
            objects("搞好东风、红星两个农机公司的试点"),
            ["东风农机公司试点", "红星农机公司试点"]
        );
        // A work after the group is no part of it: each item is the thing worked on.
        assert_eq!(
            objects("完成对青山路和白水街2条主干道路的改造"),
            ["青山路改造", "白水街改造"]
        );
    }

    /// A quoted list before a counted set names each item with the set's noun, the words
    /// they share written once; what one thing brings together, before a verb and `的`, is no
    /// list; `搭建` sets a platform up.
    #[test]
    fn sets_and_what_a_thing_brings_together() {
        assert_eq!(
            objects("搭建“东城招商、直播电商”两大电商服务平台"),
            [
                "“东城招商、直播电商”两大电商服务平台",
                "东城招商电商服务平台",
                "直播电商服务平台"
            ]
        );
        assert_eq!(
            objects("抓好“山水、人文”两大特色旅游工程"),
            [
                "“山水、人文”两大特色旅游工程",
                "山水特色旅游工程",
                "人文特色旅游工程"
            ]
        );
        assert_eq!(
            objects("建设仓储、分拣、配送等多业态融合的东郊物流园区"),
            ["东郊物流园区"]
        );
        assert_eq!(
            objects("建设东湖、西湖等8个社区的办公用房"),
            ["东湖社区办公用房", "西湖社区办公用房"]
        );
        assert_eq!(objects("搭建东湖科技创新平台"), ["东湖科技创新平台"]);
        assert!(objects("搭建等方面给予支持").is_empty());
    }

    /// A season the work must beat, a manner before the tail verb and an adverb before a
    /// `把` frame's verb are no part of the thing.
    #[test]
    fn seasons_manners_and_adverbs_stay_out_of_the_name() {
        assert_eq!(
            objects("确保今年入冬前受灾农房重建任务全部完成"),
            ["受灾农房重建任务"]
        );
        assert_eq!(
            objects("确保今年主汛期前南城防洪主体工程完工"),
            ["南城防洪主体工程"]
        );
        assert_eq!(
            objects("确保区人大票决的8项民生实事按照时间节点全部完成"),
            ["区人大票决的8项民生实事"]
        );
        assert_eq!(
            objects("把“拨改贷”债务逐步转为国家资本金"),
            ["“拨改贷”债务"]
        );
    }

    /// An inspection to pass is promised by what is checked; who checks is no thing.
    #[test]
    fn inspections_to_pass() {
        assert_eq!(objects("确保通过“六五”普法验收"), ["“六五”普法验收"]);
        assert_eq!(
            objects("高标准通过“全国学前教育普及普惠县”国家验收"),
            ["“全国学前教育普及普惠县”国家验收"]
        );
        assert_eq!(
            objects("年底通过全域旅游示范区验收"),
            ["全域旅游示范区验收"]
        );
        assert!(objects("确保顺利通过省和国家审定验收").is_empty());
        assert!(objects("通过改革创新").is_empty());
        assert_eq!(objects("叫响“东城工匠”品牌"), ["“东城工匠”品牌"]);
    }

    /// The core of a key stops before it is only a kind of thing: `重点项目` is what every plan
    /// names, not the programme `重点项目提速工程`.
    #[test]
    fn cores_stop_before_a_kind() {
        assert_eq!(object_core("重点项目提速工程"), "重点项目提速");
        assert_eq!(object_core("重点项目建设年活动"), "重点项目建设年");
        assert_eq!(object_core("城中村改造工程"), "城中村");
        // A head alone is still what a campaign is about.
        assert_eq!(object_core("民生实事落实年"), "民生实事");
    }

    #[test]
    fn keys_drop_editions_and_keep_phases() {
        assert_eq!(object_key("第八届中俄蒙经贸洽谈会"), "中俄蒙经贸洽谈会");
        // A year goes; another four-digit number is part of the name.
        assert_eq!(object_key("2024年中国品牌日活动"), "中国品牌日活动");
        assert_eq!(object_key("开发区“1118工程”"), "开发区1118工程");
        assert_eq!(object_key("城北智造园二期"), "城北智造园二期");
        assert_eq!(object_key("“人工智能+”行动"), "人工智能+行动");
        assert_eq!(phase_of("城北智造园二期"), Some("二期".to_string()));
        assert_eq!(object_core("城市更新行动"), "城市更新");
        assert_eq!(object_core("国家级生态县(区)"), "国家级生态");
    }

    #[test]
    fn conditions_halves_and_effects_are_no_things() {
        assert_eq!(unfit("粮食安全的基础上"), Some("a condition"));
        assert_eq!(unfit("试点工作的前提下"), Some("a condition"));
        assert_eq!(unfit("和改进外汇管理"), Some("a piece of a list"));
        // A word that opens with the same character, or a thing after the verb, stays.
        assert_eq!(unfit("和美乡村示范村"), None);
        assert_eq!(unfit("和牛养殖基地"), None);
        assert!(unfit("和超前布局重大科技项目").is_none());
        assert!(objects("扩大品牌效应").is_empty());
        assert!(objects("扩大市场占有率").is_empty());
        assert!(objects("扩大蔬菜种植面积").is_empty());
    }

    #[test]
    fn manners_listed_before_the_verb() {
        assert_eq!(
            objects("高标准、多模式建设城南快递物流中心"),
            ["城南快递物流中心"]
        );
    }

    #[test]
    fn levels_listed_before_their_count_are_one_scope() {
        assert_eq!(
            objects("构建县、乡、村三级养老服务网络"),
            ["县、乡、村三级养老服务网络"]
        );
        assert_eq!(level_lists("甲、乙三级"), []);
    }

    #[test]
    fn roles_to_play_and_manners_of_doing() {
        // A role to play is no thing, nor are the bodies that play it.
        assert!(objects("充分发挥工会、商会等组织的桥梁纽带作用").is_empty());
        // `搞好` does as `抓好` does.
        assert_eq!(objects("搞好城南灌区改造"), ["城南灌区改造"]);
        // `坚定不移` is one exhortation verb, not `坚定` and an object `不移…`.
        assert!(objects("坚定不移扩大对外开放").is_empty());
    }

    #[test]
    fn lists_share_a_longer_tail_and_joined_works_their_head() {
        // Short kinds before the last item take what follows its own kind, even when one
        // is a head word alone (`市场`); a list of bare heads lends nothing.
        assert_eq!(
            objects("实施市场、法治、信用环境优化工程"),
            ["市场环境优化工程", "法治环境优化工程", "信用环境优化工程"]
        );
        assert!(!objects("建设公园、广场、体育场馆").contains(&"公园场馆".to_string()));
        // Two works joined by `和` before one head of a programme or project.
        assert_eq!(
            objects("完成污泥干化处置和再生资源分拣中心项目"),
            ["污泥干化处置项目", "再生资源分拣中心项目"]
        );
        assert_eq!(
            objects("持续推进燃煤锅炉和小散企业整治"),
            ["燃煤锅炉整治", "小散企业整治"]
        );
        // Not a zone named by two topics, not the `与` of `参与`.
        assert_eq!(
            objects("共建成果转化与产业联动综合试验区"),
            ["成果转化与产业联动综合试验区"]
        );
        assert!(split_joined("民间资本参与城建项目").is_none());
        // A resettlement is done to its people, not by them.
        assert_eq!(
            objects("做好旧村改造、整村搬迁和失地农民安置工作"),
            ["旧村改造", "整村搬迁", "失地农民安置"]
        );
    }

    #[test]
    fn leads_that_are_verbs_or_open_names() {
        // A lead ending in a verb is that verb before a thing, not before a field.
        assert_eq!(objects("统筹推进守边富民行动"), ["守边富民行动"]);
        assert!(objects("大力推动电子商务、家政服务等服务业发展").is_empty());
        // A quality or manner opens a name when no verb follows it.
        assert_eq!(objects("实施高标准农田建设"), ["高标准农田"]);
        assert_eq!(objects("广泛开展全民阅读活动"), ["全民阅读活动"]);
        assert_eq!(objects("常态化开展扫黑除恶专项斗争"), ["扫黑除恶专项斗争"]);
        // `甲等` is a grade, not the end of a list.
        assert_eq!(objects("力争晋升为三级甲等医院"), ["甲等医院"]);
        assert_eq!(objects("打好污染防治攻坚战"), ["污染防治攻坚战"]);
    }

    #[test]
    fn plans_of_the_nineties() {
        // A system named in quotes is kept, not exhorted; a slogan is not.
        assert_eq!(objects("坚持“粮袋子”县长负责制"), ["“粮袋子”县长负责制"]);
        assert!(objects("坚持“两个不动摇”").is_empty());
        // `继续` alone before quoted campaigns.
        assert_eq!(objects("继续“扫黑”、“除恶”"), ["“扫黑”", "“除恶”"]);
        // Objects held by `把` and `对`.
        assert_eq!(objects("把“打假”斗争深入持久地开展下去"), ["“打假”斗争"]);
        assert_eq!(objects("把东湖体育馆建设作为头号工程"), ["东湖体育馆"]);
        assert!(objects("把实事办实、好事办好").is_empty());
        // A place held by `把` to win a title: the title is the promise; a vision is none.
        assert_eq!(objects("把东湖市创建成全国文明城市"), ["全国文明城市"]);
        assert!(objects("把东湖打造成京津冀重要节点城市").is_empty());
        assert_eq!(
            objects("对南门广场、老车站等重点区域实施环境综合整治"),
            ["南门广场环境综合整治", "老车站环境综合整治"]
        );
        // A short subject and `要` before the verb, when a thing follows.
        assert_eq!(objects("牧区要健全合作医疗制度"), ["合作医疗制度"]);
        assert!(objects("各级政府要增加财政投入").is_empty());
        // Insurance schemes, strategies, policies named by what they do.
        assert_eq!(
            objects("继续完善失业保险和生育保险"),
            ["失业保险", "生育保险"]
        );
        assert_eq!(
            objects("实施创新驱动战略和可持续发展战略"),
            ["创新驱动战略", "可持续发展战略"]
        );
        assert_eq!(objects("完善保护价制度"), ["保护价制度"]);
        assert_eq!(
            objects("研究建立补充养老保险的办法"),
            ["补充养老保险的办法"]
        );
        assert_eq!(objects("开征房产税"), ["房产税"]);
        // A first topic the segmenter tags a place but that has the head already, a quoted
        // name after a hotline number, a programme named by a phrase with `以`.
        assert_eq!(
            objects("实施科教兴国战略和可持续发展战略"),
            ["科教兴国战略", "可持续发展战略"]
        );
        assert_eq!(
            objects("推动12345“快办快结”和“每周一题”改革"),
            ["12345“快办快结”改革", "“每周一题”改革"]
        );
        assert_eq!(
            objects("实施以质取胜和品牌带动战略"),
            ["以质取胜战略", "品牌带动战略"]
        );
        // `基本` before a verb is a lead, before a noun a name's.
        assert_eq!(objects("今年要基本完成东区管网改造"), ["东区管网改造"]);
        assert_eq!(objects("建设高标准基本农田"), ["高标准基本农田"]);
    }

    #[test]
    fn headings_name_programmes_in_quotes() {
        assert_eq!(
            heading_programmes("“乡村焕新”奋进行动"),
            [("实施".to_string(), "“乡村焕新”奋进行动".to_string())]
        );
        assert_eq!(
            heading_programmes("在打好“两大攻坚战”上聚焦发力"),
            [("打好".to_string(), "“两大攻坚战”".to_string())]
        );
        assert!(heading_programmes("坚持“两个不动摇”，推动高质量发展").is_empty());
    }

    #[test]
    fn reforms_named_in_quotes_under_deepen() {
        assert_eq!(objects("深化12345“快办快结”改革"), ["12345“快办快结”改革"]);
        assert_eq!(
            objects("深化园区“一区多园”管理体制改革"),
            ["园区“一区多园”管理体制改革"]
        );
        assert!(objects("深化“放管服”改革").is_empty());
    }

    #[test]
    fn reforms_carried_out_with_jinxing() {
        // State Council reports of the 1990s: `进行` carries out a reform or a pilot.
        assert_eq!(objects("积极进行升学考试制度改革"), ["升学考试制度改革"]);
        assert!(objects("进行深入调查研究").is_empty());
        assert_eq!(objects("加快科研机构的改革"), ["科研机构改革"]);
        assert_eq!(objects("深化城乡信用合作社的改革"), ["城乡信用合作社改革"]);
        assert!(objects("深化国有企业的改革").is_empty());
        assert_eq!(
            objects("改革国有资本授权经营体制"),
            ["国有资本授权经营体制"]
        );
        assert!(objects("改革财税体制").is_empty());
        assert_eq!(objects("制定并实施乡村振兴行动方案"), ["乡村振兴行动方案"]);
        assert_eq!(objects("当务之急仍然是落实“两个确保”"), ["“两个确保”"]);
        assert_eq!(
            objects("今年金融体制改革的重点，是完善和强化中国人民银行的金融调控和监管体系").len(),
            1
        );
        assert!(objects("是加快建设现代化经济强省、美丽河北的关键之年").is_empty());
        assert!(objects("这是建设现代化经济体系的需要").is_empty());
        assert!(objects("今年是实施“十四五”规划的关键一年").is_empty());
        assert_eq!(
            objects("商业银行从今年开始要全面实行贷款质量五级分类制度"),
            ["贷款质量五级分类制度"]
        );
        assert_eq!(
            objects("认真做好2008年北京奥运会前期准备"),
            ["2008年北京奥运会"]
        );
        assert_eq!(objects("抓紧做好加入世贸组织的各项准备工作").len(), 1);
    }

    #[test]
    fn lists_of_systems_and_reforms() {
        // A measure word before the reform counts the items; items named as systems are
        // reforms each, a field's system is not (State Council and provincial plans).
        assert_eq!(
            objects("继续推进粮棉流通体制以及水利工程管理体制等各项改革"),
            ["粮棉流通体制改革", "水利工程管理体制改革"]
        );
        assert_eq!(
            objects("深化投融资体制、药品流通体制等项改革"),
            ["药品流通体制改革"]
        );
        assert_eq!(
            objects("推进供销社体制和小城镇户籍管理制度等方面的改革"),
            ["供销社体制改革", "小城镇户籍管理制度改革"]
        );
        assert!(objects("深化金融、财税、外贸、住房等方面的改革").is_empty());
        // Items before a bare system head are systems each.
        assert_eq!(
            objects("积极推行社会公示、听证和专家咨询等制度"),
            ["社会公示制度", "听证制度", "专家咨询制度"]
        );
        assert!(
            !objects("落实财税、土地、价格等支持政策以及带薪休假等制度")
                .iter()
                .any(|o| o == "土地制度")
        );
    }

    #[test]
    fn how_widely_and_a_second_verb_with_its_adverb() {
        // `普遍` before the verb (State Council 1987, 1988, 2007, 2017).
        assert_eq!(objects("必须普遍推行和完善厂长负责制"), ["厂长负责制"]);
        assert_eq!(objects("企业要普遍建立风险基金制度"), ["风险基金制度"]);
        // Two verbs that do a thing, the second with its own adverb.
        assert_eq!(
            objects("抓紧建立和逐步实施国家公务员制度"),
            ["国家公务员制度"]
        );
        // Two verbs of effort stay an exhortation.
        assert!(objects("切实加强和认真改进学校的行政管理和后勤工作").is_empty());
        // The forms a system takes are no part of its name; `各种形式的` stays generic.
        assert_eq!(objects("实行多种形式的承包经营责任制"), ["承包经营责任制"]);
        assert!(objects("积极参加各种形式的横向联合").is_empty());
        // A complement of result after a verb that founds or issues.
        assert_eq!(
            objects("尽快制定出中长期科学技术发展纲领"),
            ["中长期科学技术发展纲领"]
        );
        assert_eq!(objects("制定出资人监管权责清单"), ["出资人监管权责清单"]);
        // The means, when a verb that does a thing follows `通过`; not an inspection.
        assert_eq!(
            objects("通过建立价格调节基金、商品储备制度和其他经济手段")[0],
            "价格调节基金"
        );
        assert!(objects("通过改革").is_empty());
        assert_eq!(objects("开办行政学院"), ["行政学院"]);
    }

    #[test]
    fn fragments_joined_works_and_straight_quotes() {
        // A conjunction at the end cuts a clause; `了` after a verb reports the past.
        assert!(unfit("我国的建设、改革和").is_some());
        assert!(unfit("碳达峰碳中和").is_none());
        assert!(unfit("干扰了建设").is_some());
        // Two works joined on one thing: the thing is the object.
        assert_eq!(
            objects("二是加快“三角地商贸核心圈”的统一规划和升级改造"),
            ["“三角地商贸核心圈”"]
        );
        // Straight quotes paired as curly ones.
        assert_eq!(
            curly_quotes("推进\"三教统筹\"和\"农科教\"结合"),
            "推进“三教统筹”和“农科教”结合"
        );
        assert_eq!(curly_quotes("开展\"双三好"), "开展\"双三好");
    }

    #[test]
    fn lists_written_alike_before_a_system_head() {
        assert_eq!(
            objects("深化政务公开、厂务公开、村务公开、公用事业单位办事公开制度"),
            [
                "政务公开制度",
                "厂务公开制度",
                "村务公开制度",
                "公用事业单位办事公开制度"
            ]
        );
        assert_eq!(
            objects("健全营商环境评价、考核、约谈制度"),
            ["营商环境评价、考核、约谈制度"]
        );
    }

    #[test]
    fn measures_for_whom_decisions_and_laws_put_in_force() {
        // `对X实行Y`: whom a measure serves before the verb; the measure is the promise.
        assert_eq!(
            objects("对重点粮食品种继续实行最低收购价政策"),
            ["最低收购价政策"]
        );
        assert_eq!(
            objects("对义务教育阶段教师实行绩效工资制度"),
            ["绩效工资制度"]
        );
        assert!(objects("对外开放实行新的办法").is_empty());
        // Who decided, before the verb.
        assert_eq!(objects("国务院决定成立中国工程院"), ["中国工程院"]);
        // `贯彻` a law or a programme document named in full; not a line or a policy.
        assert_eq!(
            objects("必须认真贯彻《中国教育改革和发展纲要》"),
            ["《中国教育改革和发展纲要》"]
        );
        assert_eq!(
            objects("认真贯彻公民道德建设实施纲要"),
            ["公民道德建设实施纲要"]
        );
        assert!(objects("贯彻新发展理念").is_empty());
        assert!(objects("贯彻国家产业政策").is_empty());
        // A set counted with `大`, in digits too; a quoted set after `等` is a programme.
        assert_eq!(objects("加快实施6大科技创新工程"), ["6大科技创新工程"]);
        assert_eq!(
            objects("继续实施重大科技成果推广应用等“六大科技创新工程”")[0],
            "“六大科技创新工程”"
        );
        assert_eq!(objects("深化行政审批制度改革"), ["行政审批制度改革"]);
        assert_eq!(objects("做好清产核资工作"), ["清产核资"]);
        assert_eq!(objects("分期分批组建城市合作银行"), ["城市合作银行"]);
        // A tax unified; a disease to eradicate; a word that only starts with a verb.
        assert_eq!(objects("统一内外资企业所得税"), ["内外资企业所得税"]);
        assert!(objects("统一思想").is_empty());
        assert_eq!(objects("努力消灭脊髓灰质炎").len(), 1);
        assert_eq!(
            objects("积极推进应用型科研机构和社会公益型科研机构改革"),
            ["应用型科研机构改革", "社会公益型科研机构改革"]
        );
        assert!(objects("扩大内需和深化供给侧结构性改革").is_empty());
        // The works a promise includes, with their own verb.
        assert_eq!(
            objects("包括深化乡镇机构、农村义务教育和县乡财政管理体制等改革").len(),
            3
        );
    }

    #[test]
    fn clauses_keep_quotes_whole() {
        assert_eq!(
            clauses("开展“甲,乙”行动,建成大桥。"),
            ["开展“甲,乙”行动", "建成大桥"]
        );
    }
}

#[cfg(test)]
mod scratch {
    #[test]
    #[ignore]
    fn scratch_clauses() {
        if let Ok(words) = std::env::var("TAGS") {
            for w in words.split(',') {
                println!("{w}: {:?}", crate::text::words::tag(w));
            }
        }
        if let Ok(objs) = std::env::var("OBJS") {
            for o in objs.split(',') {
                println!(
                    "{o}: unfit {:?} head {:?} generic {:?} system {:?} standing_work {} duty {} named {} tbe {:?}",
                    super::unfit(o),
                    super::head_of(o),
                    super::VOCABULARY.suffix("head.generic", o),
                    super::VOCABULARY.suffix("head.system", o),
                    super::standing_work(o),
                    super::standing_duty(o),
                    super::named(o),
                    super::thing_before_exhortation(o)
                );
            }
        }
        if let Ok(lists) = std::env::var("LISTS") {
            for l in lists.split(',') {
                let items: Vec<&str> = l.split('、').collect();
                println!(
                    "{l}: shared_head {:?} cut {:?}",
                    super::shared_head(&items),
                    crate::text::words::cut(items[items.len() - 1])
                );
            }
        }
        let path = std::env::var("CLAUSES").unwrap_or_else(|_| "/tmp/clauses.txt".into());
        let text = std::fs::read_to_string(path).unwrap();
        for line in text.lines() {
            for c in super::clauses(line) {
                println!(
                    "{c}\n  {:?}\n  {:?}\n  => {:?}",
                    crate::text::words::tag(c),
                    super::read_clause(c),
                    super::clause_commitments(c)
                );
            }
        }
    }
}
