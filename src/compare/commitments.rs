//! Sixth stage, commitments: last year's commitments traced into this year's review (done,
//! in progress, unreported) and plan (continued, dropped); this year's commitments new or
//! continued. Two mentions are of one commitment when they name the same object (its name,
//! a quoted name, the same phase and level), whatever the verb: `启动` one year, `加快建设`
//! the next, `建成` in the review.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::text::prepared::{Pattern, prepared};

use crate::compare::thesaurus::THESAURUS;
use crate::extract::commitments::{
    CharHash, VOCABULARY, clauses, extract, object_core, object_key, phase_of, short_core,
    thing_kind,
};
use crate::model::{
    Commitment, CommitmentChange, CommitmentKind, CommitmentRow, CommitmentStatus,
    PlannedCommitment, Report, Role,
};
use crate::text::similarity::dice;

/// Least bigram Dice between an object and a window of a clause for the clause to name it.
pub const MENTION_DICE: f64 = 0.7;

/// Levels of an honour: a commitment to a national title is not met by a provincial one.
const LEVELS: &[&str] = &["国家级", "国家", "全国", "省级", "全省", "市级", "全市"];

fn level_of(text: &str) -> Option<&'static str> {
    // Every level holds 国, 省 or 市: most texts are passed over in one scan.
    if !text.contains(['国', '省', '市']) {
        return None;
    }
    LEVELS
        .iter()
        .find(|l| crate::text::contains(text, l))
        .map(|l| match *l {
            "国家级" | "国家" | "全国" => "national",
            "省级" | "全省" => "provincial",
            _ => "city",
        })
}

/// A text to look for objects in (a clause, or another commitment's key), read once: quotes
/// dropped, its bigrams, the level and phase it names.
#[derive(Debug, Clone)]
struct Text {
    text: String,
    chars: Vec<char>,
    /// Its character pairs, sorted, each once.
    grams: Vec<(char, char)>,
    /// One bit per character pair (hashed into 1024): a quick, one-sided test of whether a
    /// pair can be in the text.
    sig: [u128; 8],
    level: Option<&'static str>,
    phase: Option<String>,
    /// Whether it names a document ([`names_document`]), worked out at the first probe of a
    /// document that asks, then kept for the others.
    document: OnceLock<bool>,
}

impl Text {
    fn names_document(&self) -> bool {
        *self.document.get_or_init(|| names_document(&self.text))
    }

    /// Whether every character pair of `needle` may be in the text, by the signature: a test
    /// of a few hashes that rules out most clauses before a substring search (which builds a
    /// searcher for its needle at every call) — the matcher asks this of every candidate
    /// clause for each of a probe's names.
    fn may_hold(&self, needle: &str) -> bool {
        let mut chars = needle.chars();
        let Some(mut prev) = chars.next() else {
            return true;
        };
        chars.all(|c| {
            let (k, bit) = gram_bit((prev, c));
            prev = c;
            self.sig[k] & bit != 0
        })
    }

    /// Whether the text holds `needle` (`str::contains`, after [`Text::may_hold`]).
    fn holds(&self, needle: &str) -> bool {
        self.may_hold(needle) && crate::text::contains(&self.text, needle)
    }

    fn new(text: &str) -> Text {
        // The stretches between quotation marks copied whole, not character by character.
        let text: String = if text.contains(QUOTES) {
            text.split(QUOTES).collect()
        } else {
            text.to_string()
        };
        let chars: Vec<char> = text.chars().collect();
        // The pairs and the signature in one pass.
        let mut sig = [0; 8];
        let mut grams: Vec<(char, char)> = Vec::with_capacity(chars.len().saturating_sub(1));
        for w in chars.windows(2) {
            let (k, bit) = gram_bit((w[0], w[1]));
            sig[k] |= bit;
            grams.push((w[0], w[1]));
        }
        // Sorted as one number a pair: the order of (first, second), fewer comparisons.
        grams.sort_unstable_by_key(|&(a, b)| (u64::from(a) << 32) | u64::from(b));
        grams.dedup();
        Text {
            sig,
            grams,
            level: level_of(&text),
            phase: phase_of(&text),
            document: OnceLock::new(),
            chars,
            text,
        }
    }
}

/// The word and bit of a character pair in a [`Text`]'s signature.
fn gram_bit((a, b): (char, char)) -> (usize, u128) {
    let h = u32::from(a).wrapping_mul(0x9E37_79B1) ^ u32::from(b).wrapping_mul(0x85EB_CA77);
    let h = (h ^ (h >> 15)) % 1024;
    ((h / 128) as usize, 1u128 << (h % 128))
}

/// The bits set in a signature, as positions 0..1024.
fn set_bits(sig: &[u128; 8]) -> impl Iterator<Item = usize> + '_ {
    sig.iter().enumerate().flat_map(|(k, &word)| {
        let mut rest = word;
        std::iter::from_fn(move || {
            (rest != 0).then(|| {
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                k * 128 + bit
            })
        })
    })
}

/// How loosely an object may be named to count as mentioned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    /// A review reports a commitment in its own words: the name without its kind
    /// (`扎实推进城市更新` for `城市更新行动`), the head of a long name, a close variant.
    Loose,
    /// One plan continues another only with the same name (or one containing the other):
    /// `新版市场准入负面清单` is not last year's `科技金融`.
    Strict,
    /// A plan clause that names the object by its topic continues it when no commitment of
    /// the other plan does: the name without its kind (`降低全社会物流成本` for last year's
    /// `降低全社会物流成本专项行动`).
    Topic,
}

/// What identifies one commitment's object in other texts.
#[derive(Debug, Clone)]
struct Probe {
    key: String,
    /// The key without its kind (`城市更新行动` → `城市更新`).
    core: String,
    /// Other names of the same object: `A暨B会` is also `A会`.
    aliases: Vec<String>,
    chars: Vec<char>,
    phase: Option<String>,
    level: Option<&'static str>,
    /// Quoted names inside the object (`人工智能+`), each enough to recognise it.
    quoted: Vec<String>,
    kind: CommitmentKind,
    /// The key as a text (its character pairs), for the cheap test between two plans.
    as_text: Text,
    /// The signature of the key's and aliases' character pairs, and how many of its bits a
    /// text must share to be worth a full test.
    mask: [u128; 8],
    need: u32,
    /// The words that say what the object is about (`风电`, `光伏`), for reports in other
    /// words.
    words: Vec<String>,
    /// The key is a quoted name of two characters (`“双减”`).
    short_quoted: bool,
    /// The key without the place, scope or season it opens with (`冬季清洁取暖` →
    /// `清洁取暖`), when four characters or more are left.
    unscoped: Option<String>,
    /// Words by which a review reports progress on the object without naming it (the
    /// thesaurus: `PM2.5` for an air-pollution plan).
    evidence: Vec<String>,
    /// What [`Probe::mentioned_in`] asks of every candidate clause and depends on the probe
    /// alone, worked out once: the core's length in characters, the start that names a long
    /// core, and the two characters that name a thing listed alone.
    core_len: usize,
    core_start: Option<String>,
    listed_short: Option<String>,
    /// The things the key lists, when it joins two or more (`地方保护和市场分割` →
    /// `地方保护`, `市场分割`), each four characters at least.
    parts: Vec<String>,
    /// Names in the key the segmenter does not know (it cuts them into single characters:
    /// `伊敏河` of `伊敏河景观改造工程`), which tell the thing apart from others of its kind.
    unknown_names: Vec<String>,
    /// Named places the key is a part of (`…纪念园` of `…纪念园红色旅游景区二期基础设施工程`),
    /// see [`parents`].
    parents: Vec<String>,
    /// The key without the government's own name that opens a quoted name in it (see
    /// [`Probe::new`]), for the other plan's commitments only.
    unplaced: Option<String>,
    /// The key is the reporting government's own name (`海拉尔` of `海拉尔、赤塔、乔巴山…金三角`
    /// cut into places): every clause of its review names it, none reports it.
    own_name: bool,
    /// Where the key can be cut into a start and a tail naming a kind of thing, for
    /// [`listed_with_shared_tail`]: a property of the key, worked out once, not for every
    /// clause the probe is tried on (a fifth of tracing a long report's commitments), at the
    /// first clause that lists things.
    tail_cuts: OnceLock<Vec<usize>>,
}

impl Probe {
    /// `place` is the reporting government's own short name (`海拉尔`), which its reports
    /// put before some names and leave out before others (`海拉尔客运总站`, `客运总站`).
    fn new(c: &Commitment, place: Option<&str>) -> Probe {
        let mut key = object_key(&c.object);
        let mut unplaced = None;
        if let Some(place) = place
            && let Some(rest) = key.strip_prefix(place)
            && rest.chars().count() >= 3
        {
            // A quoted name keeps the place it opens with: `“保定服务”品牌` is a brand, not
            // any `服务品牌` a clause names; the key without it still names the same
            // commitment of the other plan (`“河北净菜”进京`, `“净菜进京”`).
            if quoted_names(&c.object).iter().any(|q| q.starts_with(place)) {
                unplaced = Some(rest.to_string());
            } else {
                key = rest.to_string();
            }
        }
        // A five-year period in quotes (`西部大开发“十一五”规划`, `“十二五”规划重大项目`) dates
        // the thing, it does not name it: every plan of those years quotes the period.
        let quoted = quoted_names(&c.object)
            .into_iter()
            .filter(|q| q.chars().count() >= 3 || q.chars().any(|c| c.is_ascii_alphanumeric()))
            .filter(|q| !FIVE_YEAR_PERIOD.is_match(q))
            .collect();
        let mut aliases = aliases(&key);
        // Other names of the same object (the thesaurus: `保交房` for `保交楼`).
        aliases.extend(THESAURUS.renamings(&key));
        aliases.extend(THESAURUS.head_renamings(&key));
        aliases.sort();
        aliases.dedup();
        // Quoted names count for the quick filter too: `“河北净菜”进京` (key `净菜进京` once the
        // place is dropped) is reported as `“河北净菜”等…`.
        let mut aliases_for_bits = aliases.clone();
        aliases_for_bits.extend(quoted_names(&c.object));
        let short_quote = quoted_names(&c.object)
            .iter()
            .chain(&aliases)
            .any(|q| q.chars().count() <= 2);
        let core = object_core(&key);
        let short_quoted = key.chars().count() == 2 && quoted_names(&c.object).contains(&key);
        Probe {
            core_len: core.chars().count(),
            core_start: core_start(&core),
            // Not an event or a title: their theme alone is not them (`驴火节` is not reported
            // by `…驴火等保定IP火爆出圈`).
            listed_short: short_core(&key)
                .filter(|_| {
                    !matches!(
                        thing_kind(&key),
                        Some(CommitmentKind::Event | CommitmentKind::Title)
                    )
                })
                .map(str::to_string),
            evidence: THESAURUS.evidence(&key),
            parts: list_parts(&key),
            unknown_names: unknown_names(&key),
            parents: parents(&key),
            own_name: place == Some(key.as_str()),
            unplaced,
            unscoped: unscoped(&key),
            short_quoted,
            core,
            aliases,
            chars: key.chars().collect(),
            phase: phase_of(&c.object),
            level: level_of(&c.object),
            quoted,
            words: content_words(&key),
            tail_cuts: OnceLock::new(),
            as_text: Text::new(&key),
            mask: gram_mask(&key, &aliases_for_bits),
            // A thing named by two characters and a head may be listed by the two alone.
            need: if short_quote || key.chars().count() <= 2 || short_core(&key).is_some() {
                1
            } else {
                2
            },
            key,
            kind: c.kind,
        }
    }

    /// [`listed_with_shared_tail`] of the key, its cuts worked out once.
    fn listed_with_shared_tail(&self, text: &str) -> bool {
        text.contains(LIST_MARKS)
            && listed_with_tail_at(
                text,
                &self.key,
                self.tail_cuts.get_or_init(|| tail_cuts(&self.key)),
            )
    }

    /// The key's last two characters, which hold its head noun (`主场馆` → `场馆`).
    fn last_two(&self) -> String {
        self.chars[self.chars.len().saturating_sub(2)..]
            .iter()
            .collect()
    }

    /// The names whose presence in a plan clause is enough (strict matching): the key of
    /// three characters or more, the aliases, the quoted names.
    fn whole_names(&self) -> impl Iterator<Item = &str> {
        (self.chars.len() >= 3)
            .then_some(self.key.as_str())
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.quoted.iter().map(String::as_str))
    }

    /// Whether `t` may name this object: it holds (by signature) two of the key's character
    /// pairs, or one when the key or a quoted name in it is that short (`双减`).
    fn may_be_in(&self, t: &Text) -> bool {
        let hits: u32 = (0..8).map(|k| (t.sig[k] & self.mask[k]).count_ones()).sum();
        hits >= self.need
    }

    /// Whether two commitments are on one object: the same key, one key (five characters
    /// at least) inside the other and at least three fifths of it (`市场准入负面清单`,
    /// `新版市场准入负面清单`; not `科技金融` in `科技金融标准体系和基础制度`), the same quoted name, or
    /// keys alike by bigram Dice ≥ 0.8.
    fn same_object(&self, other: &Probe, shared: usize) -> bool {
        if self.key == other.key {
            return true;
        }
        if let (Some(a), Some(b)) = (self.level, other.level)
            && a != b
        {
            return false;
        }
        if self.phase != other.phase {
            return false;
        }
        let (a, b) = (self.chars.len(), other.chars.len());
        let (short, long) = (a.min(b), a.max(b));
        let inside = crate::text::contains(&self.key, &other.key)
            || crate::text::contains(&other.key, &self.key);
        // A short common noun inside a longer name is a kind, not the thing: last year's
        // `数据中心` is not this year's `县大数据中心`.
        if inside && short >= 5 && short * 5 >= long * 3 {
            return true;
        }
        if self.quoted.iter().any(|q| other.quoted.contains(q)) {
            return true;
        }
        if self.aliases.contains(&other.key) || other.aliases.contains(&self.key) {
            return true;
        }
        let unplaced = |p: &Probe| p.unplaced.clone().unwrap_or_else(|| p.key.clone());
        if (self.unplaced.is_some() || other.unplaced.is_some())
            && unplaced(self) == unplaced(other)
        {
            return true;
        }
        // This one is one of the things the other lists (`地方保护` of `地方保护和市场分割`);
        // the other way round, see [`counterpart`].
        if other.lists(self) {
            return true;
        }
        // Dice ≥ 0.8 needs most pairs shared: `shared` (distinct pairs in common, counted by
        // the caller) rules most candidates out before the exact count.
        if short >= 4
            && (2 * shared) as f64 >= 0.7 * (a + b - 2) as f64
            && dice(&self.key, &other.key) >= 0.8
        {
            return true;
        }
        modifier_added(&self.chars, &other.chars) || same_named_thing(&self.chars, &other.chars)
    }

    /// Whether this key lists the other's object as one of its things: one plan names two
    /// things together that the other plan names apart (`破除地方保护和市场分割`,
    /// `专项治理地方保护、市场分割…`), or names one of them by its topic
    /// (`推进城市更新和城镇老旧小区改造`, `实施城市更新行动`).
    fn lists(&self, other: &Probe) -> bool {
        self.parts.iter().any(|p| other.is_named_by(p))
    }

    /// Whether `part`, one thing of a list, names this object: its key, or its name without
    /// its kind (four characters at least).
    fn is_named_by(&self, part: &str) -> bool {
        part == self.key
            || (self.core_len >= 4 && self.core_len < self.chars.len() && part == self.core)
    }

    /// Whether `text` names this object by its topic (see [`Match::Topic`]): the name
    /// without its kind, four characters at least (a place left alone, `伊敏河` of
    /// `伊敏河堤防工程`, is not the project) and not a field (`数字经济` of `数字经济项目`,
    /// `营商环境` of `“营商环境提升年”`, are not the project or the campaign) unless it is long
    /// enough to be an agenda of its own (seven characters: `加快制造业数字化转型` continues
    /// `制造业数字化转型行动`); a document only with a word for a document.
    fn names_topic(&self, text: &str) -> bool {
        if self.kind == CommitmentKind::Document && !names_document(text) {
            return false;
        }
        let core = self.core.chars().count();
        core >= 4
            && core < self.chars.len()
            && (core >= 7 || VOCABULARY.suffix("head.exhortation", &self.core).is_none())
            && crate::text::contains(text, &self.core)
    }

    /// Whether `t` names this object. Every way it says yes loosely needs a word in `t`
    /// that [`Probe::loose_lists`] lists: a new way needs its list there too.
    fn mentioned_in(&self, t: &Text, how: Match) -> bool {
        let text = t.text.as_str();
        let n = self.chars.len();
        if n < 2 {
            return false;
        }
        if let (Some(a), Some(b)) = (self.level, t.level)
            && a != b
        {
            return false;
        }
        if let (Some(a), Some(b)) = (&self.phase, &t.phase)
            && a != b
        {
            return false;
        }
        if self.quoted.iter().any(|q| t.holds(q)) {
            return true;
        }
        if self.own_name {
            return false;
        }
        if n >= 3 && t.holds(&self.key) {
            return true;
        }
        // A quoted name of two characters (`“双减”`, the only objects that short) is named
        // by its two characters: `巩固“双减”成果`.
        if n == 2 && self.short_quoted && t.holds(&self.key) {
            return true;
        }
        if self.aliases.iter().any(|a| t.holds(a)) {
            return true;
        }
        if how == Match::Strict {
            return false;
        }
        // One item of a review's list of things of one kind (`雄商、雄忻高铁正式开工`).
        if n >= 4 && how == Match::Loose && self.listed_with_shared_tail(text) {
            return true;
        }
        if how == Match::Topic {
            return self.names_topic(text);
        }
        // A document is reported by name, or by its topic with a word for a document
        // (`公平竞争审查条例` for `公平竞争审查行政法规`); its topic alone (`推进教育强国建设`) does not
        // report the `教育强国建设规划纲要`.
        if self.kind == CommitmentKind::Document && !t.names_document() {
            return false;
        }
        // The name without its kind (at least three characters), or the first three fifths
        // of a long one: `国有企业改革深化提升行动` is reported as `深化国有企业改革`.
        // A place left alone (`石家庄` of `石家庄机场`, `京津冀` of `京津冀医联体`) is not the
        // thing: `石家庄至张家口高铁直达` does not report the airport.
        if self.core_len >= 3 && self.core_len < n && t.holds(&self.core) && !is_place(&self.core) {
            return true;
        }
        // Without the place or scope it opens with, when the clause names no other place
        // just before: `冬季清洁取暖` is reported as `实现了清洁取暖全覆盖`, `哈克镇老年养护院` as
        // `老年养护院投入试运行`; not by `东城镇老年养护院`.
        if let Some(u) = &self.unscoped
            && t.may_hold(u)
            && let Some(at) = text.find(u.as_str())
            && !ends_with_place(&text[..at])
        {
            return true;
        }
        // A thing of two characters and a head, listed alone among others in the review:
        // `东山组团…供电工程` is reported by `供电、供热、通讯、燃气等基础设施开工建设`.
        // Not an event or a title (see `listed_short`).
        if let Some(short) = &self.listed_short
            && listed_alone(text, short)
        {
            return true;
        }
        // A long name by its start, unless what tells it apart comes at its end (see
        // [`core_start`]).
        // When the rest names a thing of its own (`商业银行` of `大湾区国际商业银行`), the clause
        // must name something of it too: `加快建设大湾区国际消费枢纽` names another thing of the
        // same start.
        if let Some(start) = &self.core_start
            && t.holds(start)
            && self.key.strip_prefix(start.as_str()).is_none_or(|rest| {
                thing_kind(rest).is_none()
                    || rest
                        .chars()
                        .collect::<Vec<_>>()
                        .windows(2)
                        .any(|w| t.holds(&w.iter().collect::<String>()))
            })
        {
            return true;
        }
        // Every content word (two at least) in one clause, in any order: `新污染物协同治理`
        // is reported as `治理…新污染物`; with the names the segmenter does not know, which
        // are no content words of its own, by their first two characters (`伊敏桥至呼伦桥…景观
        // 改造` is reported by `伊敏河沿河景观改造全面展开`): `伊敏河景观改造工程` is not reported
        // by `完成了公园、道路的景观提升改造`.
        let names_held = || {
            self.unknown_names
                .iter()
                .all(|w| t.holds(&w.chars().take(2).collect::<String>()))
        };
        if self.words.len() >= 2 && self.words.iter().all(|w| t.holds(w)) && names_held() {
            return true;
        }
        if self.words.len() >= 4
            && self.words.iter().filter(|w| !t.holds(w)).count() <= 1
            && names_held()
        {
            return true;
        }
        if n < 4 {
            return false;
        }
        // Cheap test first: a clause about the thing shares most of its character pairs.
        let shared = self
            .chars
            .windows(2)
            .filter(|w| t.grams.binary_search(&(w[0], w[1])).is_ok())
            .count();
        if (shared as f64) < MENTION_DICE * (n - 1) as f64 {
            return false;
        }
        if t.chars.len() <= n {
            return dice(text, &self.key) >= MENTION_DICE;
        }
        t.chars
            .windows(n)
            .any(|w| dice(&w.iter().collect::<String>(), &self.key) >= MENTION_DICE)
    }
}

impl Probe {
    /// Lists of `index`'s places such that every place where [`Probe::mentioned_in`] says
    /// yes loosely (`Match::Loose`) is in one of them: for each way that test can say yes, in
    /// its order, the places holding the rarest character pair of a word it then needs in
    /// the clause (a word held holds each of its pairs). It mirrors the test rule by rule and
    /// changes with it. `None` when such a word is shorter than a pair (a quoted name or an
    /// alias of one character): no list holds it, the caller reads every candidate.
    fn loose_lists<'a>(&self, index: &'a Indexed) -> Option<Vec<&'a [usize]>> {
        let n = self.chars.len();
        let mut lists: Vec<&[usize]> = Vec::new();
        if n < 2 {
            return Some(lists);
        }
        let mut hold = |w: &str| {
            let held = index.holding(w);
            w.chars().nth(1).is_some().then(|| lists.push(held))
        };
        self.named_lists(&mut hold)?;
        if self.own_name {
            return Some(lists);
        }
        if n >= 4 {
            self.listed_lists(index, &mut lists);
            self.dice_lists(index, &mut lists);
        }
        self.word_lists(index, &mut lists);
        Some(lists)
    }

    /// For [`Probe::loose_lists`], the names the clause must hold whole, each given to
    /// `hold` (`None` from it ends the reading): a quoted name (the government's own name is
    /// reported by nothing else), the key (three characters, or a quoted two), an alias, the
    /// core, the key without its scope, the two characters listed alone, the start of a long
    /// core.
    fn named_lists(&self, hold: &mut impl FnMut(&str) -> Option<()>) -> Option<()> {
        for q in &self.quoted {
            hold(q)?;
        }
        if self.own_name {
            return Some(());
        }
        if self.chars.len() >= 3 || self.short_quoted {
            hold(&self.key)?;
        }
        for a in &self.aliases {
            hold(a)?;
        }
        if self.core_len >= 3 && self.core_len < self.chars.len() {
            hold(&self.core)?;
        }
        for w in [&self.unscoped, &self.listed_short, &self.core_start]
            .into_iter()
            .flatten()
        {
            hold(w)?;
        }
        Some(())
    }

    /// For [`Probe::loose_lists`], an item of a list sharing its tail
    /// ([`listed_with_shared_tail`]): the clause holds the key's start and its tail at one
    /// of its cuts, each two characters at least; the rarer of the two is listed.
    fn listed_lists<'a>(&self, index: &'a Indexed, lists: &mut Vec<&'a [usize]>) {
        for &cut in self.tail_cuts.get_or_init(|| tail_cuts(&self.key)) {
            let (start, tail) = self.key.split_at(cut);
            let (a, b) = (index.holding(start), index.holding(tail));
            lists.push(if a.len() <= b.len() { a } else { b });
        }
    }

    /// For [`Probe::loose_lists`], the content words: all of them (two at least), or all
    /// but one of four or more, so the clause holds the rarest, or one of the two rarest.
    fn word_lists<'a>(&self, index: &'a Indexed, lists: &mut Vec<&'a [usize]>) {
        if self.words.len() < 2 {
            return;
        }
        let mut by_word: Vec<&[usize]> = self.words.iter().map(|w| index.holding(w)).collect();
        by_word.sort_unstable_by_key(|l| l.len());
        let read = if self.words.len() >= 4 { 2 } else { 1 };
        lists.extend(by_word.into_iter().take(read));
    }

    /// For [`Probe::loose_lists`], the Dice test: a clause passes its cheap test when it
    /// holds the pairs of at least `MENTION_DICE` of the key's n − 1 windows, so it misses at
    /// most `m` of them and holds one of any `m + 1`: the places of the `m + 1` rarest.
    fn dice_lists<'a>(&self, index: &'a Indexed, lists: &mut Vec<&'a [usize]>) {
        let windows = self.chars.len() - 1;
        let least = (0..=windows)
            .find(|&s| s as f64 >= MENTION_DICE * windows as f64)
            .unwrap_or(windows);
        let mut by_window: Vec<&[usize]> = self
            .chars
            .windows(2)
            .map(|w| index.with_pair(w[0], w[1]))
            .collect();
        by_window.sort_unstable_by_key(|l| l.len());
        lists.extend(by_window.into_iter().take(windows - least + 1));
    }
}

/// Whether one name is the other with a modifier of one or two characters put in, the same
/// start and the same head noun of a thing (`哈克奶源基地` next year `哈克生态奶源基地`): plans
/// rename a project by adding or dropping a word, not by changing what it is.
fn modifier_added(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 5 {
        return false;
    }
    let same_start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    let same_end = short
        .iter()
        .rev()
        .zip(long.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    if same_start < 2 {
        return false;
    }
    let name: String = short.iter().collect();
    let kind = thing_kind(&name);
    if kind.is_none() {
        return false;
    }
    let added = long.len() - short.len();
    // Put in or dropped: `哈克奶源基地`, `哈克生态奶源基地`.
    let inserted =
        (1..=2).contains(&added) && same_end >= 2 && same_start + same_end >= short.len();
    // One short modifier for another between the same place and the same head of three
    // characters: `哈克镇敬老院`, `哈克区域敬老院` (not `第一中学`, `第二中学`: the head is two).
    let replaced = same_end >= 3
        && same_start + same_end < short.len()
        && short.len() - same_start - same_end <= 2
        && long.len() - same_start - same_end <= 2;
    // One event under another name with the same opening of five characters or more
    // (`中俄蒙经贸展览会`, `中俄蒙经贸洽谈暨商品展销会`).
    let event = kind == Some(CommitmentKind::Event)
        && same_start >= 5
        && thing_kind(&long.iter().collect::<String>()) == Some(CommitmentKind::Event);
    inserted || replaced || event || middle_dropped(short, long, same_start, same_end)
}

/// Whether the shorter name is the longer one with a description of three characters or
/// more dropped between its own name and its head: the common short form of a zone or a
/// document in the next plan (`横琴粤澳深度合作区` → `横琴合作区`, `深圳先行示范区综合改革试点` →
/// `深圳综合改革试点`, `前海合作区总体发展规划` → `前海总体发展规划`, `横琴合作区条例` next year
/// `横琴合作区发展促进条例`). The start is a name (two characters at least, not a level or a
/// common word of place: `国家级文化产业示范园区` is not `国家级示范园区`, `城市更新行动` not
/// `城市燃气管道老化更新行动`), the end a thing's head with words of its own (three characters, or
/// two after a start of three), and both names are of one kind of thing.
fn middle_dropped(short: &[char], long: &[char], same_start: usize, same_end: usize) -> bool {
    if short.len() < 5 || same_start < 2 || same_start + same_end != short.len() {
        return false;
    }
    if long.len() < short.len() + 3 || !(same_end >= 3 || (same_start >= 3 && same_end >= 2)) {
        return false;
    }
    let start: String = short[..same_start].iter().collect();
    if LEVELS.iter().any(|l| start.starts_with(l))
        || VOCABULARY
            .words("not_names")
            .iter()
            .any(|w| start.starts_with(w.as_str()))
        || VOCABULARY.words("lead").contains(&start)
    {
        return false;
    }
    let (s, l): (String, String) = (short.iter().collect(), long.iter().collect());
    let end: String = short[same_start..].iter().collect();
    thing_kind(&end).is_some() && thing_kind(&s).is_some() && thing_kind(&s) == thing_kind(&l)
}

/// Whether two names share a long name of one thing (six characters or more, at least half
/// the shorter name, ending with a head noun of a thing) and neither goes on to another
/// thing of its own: `世界反法西斯战争海拉尔纪念园抗战遗址保护工程` continues last year's
/// `反法西斯战争海拉尔纪念园景区整合`, `西山自然保护区勘界立标` its `西山自然保护区范围及功能调整`; but
/// `开发区污水处理厂` is not `开发区道路` (a plant and a road after the zone's name).
fn same_named_thing(a: &[char], b: &[char]) -> bool {
    let Some((at_a, at_b, len)) = longest_common(a, b) else {
        return false;
    };
    if len < 6 || 2 * len < a.len().min(b.len()) {
        return false;
    }
    let stem: String = a[at_a..at_a + len].iter().collect();
    if !matches!(
        thing_kind(&stem),
        Some(k) if k != CommitmentKind::Programme && k != CommitmentKind::Document
    ) {
        return false;
    }
    // What follows the shared name in each may be work on it (`抗战遗址保护工程`, `勘界立标`),
    // not another built thing or institution (`道路`, `污水处理厂`).
    let another_thing = |rest: &[char]| {
        let rest: String = rest.iter().collect();
        matches!(
            thing_kind(&rest),
            Some(k) if k != CommitmentKind::Programme && k != CommitmentKind::Document
        )
    };
    !another_thing(&a[at_a + len..]) && !another_thing(&b[at_b + len..])
}

/// The longest run of characters two names share: its start in each and its length.
fn longest_common(a: &[char], b: &[char]) -> Option<(usize, usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    // Two rows of the table, reused (a fresh row for each character of `a` was most of the
    // cost of comparing two plans' keys).
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            cur[j] = if a[i - 1] == b[j - 1] {
                prev[j - 1] + 1
            } else {
                0
            };
            if cur[j] > 0 && best.is_none_or(|(_, _, l)| cur[j] > l) {
                best = Some((i - cur[j], j - cur[j], cur[j]));
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// Whether `text` is one place name (the segmenter's tag `ns`), as `石家庄`, `京津冀`.
///
/// So is a place name the segmenter cuts before the word for its kind of area (`大湾区`:
/// `大湾` and `区`): `大湾区` of `大湾区大学` is not reported by `大湾区全球招商大会`.
fn is_place(text: &str) -> bool {
    match crate::text::words::tag(text).as_slice() {
        [(w, "ns")] => *w == text,
        [(_, "ns"), (k, _)] => ["区", "省", "市", "县", "州"].contains(k),
        _ => false,
    }
}

/// Whether `text` holds a place name of two characters or more (`河北中心`), not a common
/// word for a kind of place (`城市`, `农村`).
fn names_place(text: &str) -> bool {
    let common = VOCABULARY.words("not_names");
    crate::text::words::tag(text)
        .iter()
        .any(|&(w, t)| t == "ns" && w.chars().count() >= 2 && !common.iter().any(|c| c == w))
}

/// Whether `word` is an item of a list in `text` on its own: `、` on one side, `、`, `等`,
/// `和` or the clause's start on the other (`供电、供热、通讯、燃气等…`).
fn listed_alone(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, w)| {
        let before = text[..at].chars().next_back();
        let after = text[at + w.len()..].chars().next();
        let open = matches!(before, None | Some('、' | '和'));
        let close = matches!(after, Some('、' | '等' | '和'));
        open && close && (before == Some('、') || after == Some('、'))
    })
}

/// Whether `text` names `key` as one item of a list whose items share their last words: a
/// review reports several things of one kind in one phrase (`雄商、雄忻高铁正式开工` names
/// `雄商高铁`; `新设广东、天津、福建自贸试验区` names `天津自贸试验区`). The key's start (two
/// characters at least) stands before `、`, `和` or `及`, and the key's rest, a thing with a
/// head (`高铁`, `自贸试验区`; not `发展`), follows in the same run of the list: no comma, stop,
/// `的` or verb between (`青禾、碧溪等地发展高铁经济` names no `青禾高铁`), sixteen characters at
/// most.
#[cfg(test)]
fn listed_with_shared_tail(text: &str, key: &str) -> bool {
    listed_with_tail_at(text, key, &tail_cuts(key))
}

/// Where `key` can be cut for [`listed_with_shared_tail`]: after its second character and
/// before its last two, where the tail names a kind of thing ([`thing_kind`]).
fn tail_cuts(key: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = key.char_indices().collect();
    (2..chars.len().saturating_sub(1))
        .map(|k| chars[k].0)
        .filter(|&at| {
            let tail = &key[at..];
            tail.chars().count() >= 2 && thing_kind(tail).is_some()
        })
        .collect()
}

/// The marks that join the things of a list.
const LIST_MARKS: [char; 3] = ['、', '和', '及'];

/// [`listed_with_shared_tail`] with the cuts of `key` worked out ([`tail_cuts`]).
fn listed_with_tail_at(text: &str, key: &str, cuts: &[usize]) -> bool {
    // A text with no `、`, `和` or `及` lists nothing (most clauses a probe is tried on).
    if cuts.is_empty() || !text.contains(LIST_MARKS) {
        return false;
    }
    cuts.iter().any(|&cut| {
        let (start, tail) = key.split_at(cut);
        crate::text::match_starts(text, start).any(|at| {
            let after = &text[at + start.len()..];
            let Some(sep) = after
                .chars()
                .next()
                .filter(|c| matches!(c, '、' | '和' | '及'))
            else {
                return false;
            };
            let run = &after[sep.len_utf8()..];
            let run = run
                .find(['，', ',', '。', '；', ';', '：', ':'])
                .map_or(run, |end| &run[..end]);
            crate::text::find(run, tail).is_some_and(|end| {
                let between = &run[..end];
                between.chars().count() <= 16
                    && !between.contains('的')
                    && !crate::text::words::tag(between)
                        .iter()
                        .any(|(_, tag)| tag.starts_with('v'))
            })
        })
    })
}

/// The things a key lists, when it joins two or more with `和`, `及` or `、` (not `与`, which also joins the two sides of one thing: `西三环南延与沧榆高速互通`): each part as
/// a key (without a tail `建设`: `高标准农田建设、管护、利用` lists `高标准农田`), those of
/// four characters or more.
fn list_parts(key: &str) -> Vec<String> {
    let parts: Vec<&str> = key.split(['和', '及', '、']).collect();
    if parts.len() < 2 {
        return Vec::new();
    }
    parts
        .into_iter()
        .map(object_key)
        .filter(|p| p.chars().count() >= 4)
        .collect()
}

/// The key without the place, scope or season it opens with: its first one or two words
/// when they are a place name (`ns`), a word of scope (`[not_names]`: `中心城区`, `农村`), a
/// township (`哈克镇`) or a time (`冬季`), and four characters or more are left that hold a
/// word of content (`中心城区雨水管网` → `雨水管网`; not `城区供热` → `供热`).
fn unscoped(key: &str) -> Option<String> {
    let common = VOCABULARY.words("not_names");
    let mut rest = key;
    for _ in 0..2 {
        let scope = common
            .iter()
            .filter(|c| rest.starts_with(c.as_str()))
            .map(String::len)
            .max();
        let township = rest
            .char_indices()
            .skip(2)
            .take(2)
            .find(|&(_, c)| c == '镇' || c == '乡')
            .map(|(i, c)| i + c.len_utf8());
        let tagged = || match crate::text::words::tag(rest).first() {
            Some(&(w, "ns" | "t")) if w.chars().count() >= 2 => Some(w.len()),
            _ => None,
        };
        // A second word is stripped only when enough is left: `哈克镇老年养护院` is
        // `老年养护院`, not `养护院` (`老年` is tagged a time, like `冬季`).
        match scope.or(township).or_else(tagged) {
            Some(at) if rest.len() == key.len() || rest[at..].chars().count() >= 4 => {
                rest = &rest[at..]
            }
            _ => break,
        }
    }
    (rest.len() < key.len() && rest.chars().count() >= 4 && !content_words(rest).is_empty())
        .then(|| rest.to_string())
}

/// Whether a text ends with a place of its own (`东城镇`, `县城`): what follows is that
/// place's thing.
fn ends_with_place(before: &str) -> bool {
    let common = VOCABULARY.words("not_names");
    match crate::text::words::tag(before).last() {
        Some(&(w, t)) => {
            w.chars().count() >= 2
                && (t == "ns"
                    || common.iter().any(|c| c == w)
                    || w.ends_with(['镇', '乡', '村', '区', '县', '市', '旗']))
        }
        None => false,
    }
}

/// Whether a text names a document: a word of `[head.document]`, a word of one character
/// (`法`) only at an end of a word of the segmenter (`促进法`, `法制化`; not `反法西斯`: the
/// `世界反法西斯战争…纪念园` names no law), not a word of `[no_document]` (`依法`, `执法`,
/// `方法`: `提高依法管理宗教事务的能力` names no `宗教事务条例`).
fn names_document(text: &str) -> bool {
    let heads = VOCABULARY.words("head.document");
    heads
        .iter()
        .filter(|w| w.chars().count() >= 2)
        .any(|w| crate::text::contains(text, w))
        || heads
            .iter()
            .filter(|w| w.chars().count() == 1 && crate::text::contains(text, w))
            .any(|w| {
                crate::text::words::cut(text).iter().any(|t| {
                    (t.ends_with(w.as_str()) || t.starts_with(w.as_str()))
                        && !VOCABULARY.words("no_document").iter().any(|n| n == t)
                })
            })
}

/// A name the segmenter does not know, opening a key: two or more characters it leaves
/// single, one of them tagged a place or a person (`伊敏河` of `伊敏河景观改造工程`, cut `伊`,
/// `敏`, `河`). Words it splits inside a key (`既有` of `老旧小区既有建筑节能改造`) are no
/// names.
fn unknown_names(key: &str) -> Vec<String> {
    let tags = crate::text::words::tag(key);
    let run: Vec<(&str, &str)> = tags
        .iter()
        .copied()
        .take_while(|(w, _)| w.chars().count() == 1 && w.chars().all(crate::text::is_han))
        .collect();
    let named = run.iter().any(|(_, t)| matches!(*t, "ns" | "nr"));
    if run.len() >= 2 && named {
        vec![run.iter().map(|(w, _)| *w).collect()]
    } else {
        Vec::new()
    }
}

/// The words of a key that carry its topic: two characters or more, not a head noun of a
/// kind (`行动`, `工程`), not a level or a filler (`国家`, `建设`, `重点`).
fn content_words(key: &str) -> Vec<String> {
    // A `match` of the fillers (compared inline), not a search of a list of them: every word
    // of every key is tested.
    fn filler(w: &str) -> bool {
        matches!(
            w,
            "国家"
                | "国家级"
                | "自治区级"
                | "全国"
                | "省级"
                | "市级"
                | "县级"
                | "建设"
                | "重点"
                | "重大"
                | "推进"
                | "实施"
                | "加快"
                | "开展"
                | "完善"
                | "健全"
                | "一批"
                | "新型"
                | "现代"
                | "全面"
                | "提升"
                | "工作"
                | "发展"
                | "项目"
                | "工程"
                | "行动"
                | "体系"
                | "机制"
                | "制度"
                | "政策"
                | "中心"
                | "平台"
                | "改革"
                | "创新"
                | "服务"
        )
    }
    let mut out: Vec<String> = Vec::new();
    for t in crate::text::words::cut(key) {
        let w = t.trim();
        if w.chars().count() >= 2
            && w.chars().all(crate::text::is_han)
            && !filler(w)
            && !out.iter().any(|o| o == w)
        {
            out.push(w.to_string());
        }
    }
    out
}

/// The signature of the character pairs of a key and its aliases.
fn gram_mask(key: &str, aliases: &[String]) -> [u128; 8] {
    let mut mask = [0u128; 8];
    for text in std::iter::once(key).chain(aliases.iter().map(String::as_str)) {
        let cs: Vec<char> = text.chars().collect();
        for w in cs.windows(2) {
            let (k, bit) = gram_bit((w[0], w[1]));
            mask[k] |= bit;
        }
    }
    mask
}

/// A size or count inside a name (`红星美凯龙6万平方米主力店`, `城区四处低洼积水点`): the plan
/// states how big the thing will be, the review names it without (`红星美凯龙主力店项目开工建设`).
static INNER_AMOUNT: Pattern = prepared!(
    r"(?:[0-9][0-9.]*[万亿]?(?:平方米|平方公里|公里|千米|米|亩|吨|千瓦|兆瓦|个|座|处|条|所|户|套|栋|间|张)|[一二两三四五六七八九十]+(?:个|座|处|条|所))"
);

/// Other names of an object: joined by `暨` (`中俄蒙经贸洽谈暨产品展销会` is also
/// `中俄蒙经贸洽谈会` and `产品展销会`); without a size or count inside it.
fn aliases(key: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((a, b)) = key.split_once('暨') {
        let head: String = b.chars().last().into_iter().collect();
        out.extend([format!("{a}{head}"), b.to_string()]);
    }
    if let Some(m) = INNER_AMOUNT.find(key)
        && m.start() > 0
        && m.end() < key.len()
    {
        out.push(format!("{}{}", &key[..m.start()], &key[m.end()..]));
    }
    // `厂长（经理）负责制` (State Council 1986) is also `厂长负责制` (1987), `北京（京津冀）国际
    // 科技创新中心` also `北京国际科技创新中心`: a word put in brackets inside a name is an
    // alternative or a scope, which the other year may leave out. Not a phase at the end
    // (`拆炉并网改造（二期）`).
    if let Some(m) = INNER_BRACKET.find(key)
        && m.start() > 0
        && m.end() < key.len()
        && !m.as_str().contains('期')
    {
        out.push(format!("{}{}", &key[..m.start()], &key[m.end()..]));
    }
    out.extend(digits_spelled_otherwise(key));
    out.retain(|x| x.chars().count() >= 4 && x != key);
    out
}

static INNER_BRACKET: Pattern = prepared!(r"[（(][^（）()]{1,8}[）)]");

/// Digit characters as written in words, in the order of their values.
const DIGIT_WORDS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// The key with a name made of digits (three or more in a row) written the other way: one
/// year writes `626小河`, the next `六二六小河`; `1118工程` and `一一一八工程`. Counts with `十`,
/// `百` are amounts, not names written digit by digit, and stay as they are.
fn digits_spelled_otherwise(key: &str) -> Option<String> {
    let chars: Vec<char> = key.chars().collect();
    let value = |c: char| {
        c.to_digit(10)
            .or_else(|| DIGIT_WORDS.iter().position(|&w| w == c).map(|v| v as u32))
            .or_else(|| (c == '零').then_some(0))
    };
    let mut out = String::new();
    let mut changed = false;
    let mut k = 0;
    while k < chars.len() {
        let run = chars[k..]
            .iter()
            .take_while(|c| value(**c).is_some())
            .count();
        if run >= 3 {
            let ascii = chars[k].is_ascii_digit();
            if chars[k..k + run]
                .iter()
                .all(|c| c.is_ascii_digit() == ascii)
            {
                for &c in &chars[k..k + run] {
                    let v = value(c).unwrap_or(0);
                    if ascii {
                        out.push(DIGIT_WORDS[v as usize]);
                    } else {
                        out.extend(char::from_digit(v, 10));
                    }
                }
                changed = true;
                k += run;
                continue;
            }
        }
        out.extend(&chars[k..k + run.max(1)]);
        k += run.max(1);
    }
    changed.then_some(out)
}

/// A five-year plan's period as reports quote it: `十一五`, `十四五`, `九五`.
static FIVE_YEAR_PERIOD: Pattern = prepared!(r"^(?:十[一二三四五六七八九]?|[六七八九])五$");

const QUOTES: [char; 7] = ['“', '”', '《', '》', '"', '「', '」'];

fn quoted_names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    for c in text.chars() {
        match (c, cur.as_mut()) {
            ('“' | '《', _) => cur = Some(String::new()),
            ('”' | '》', Some(s)) => {
                out.push(std::mem::take(s));
                cur = None;
            }
            (c, Some(s)) => s.push(c),
            _ => {}
        }
    }
    out
}

/// A clause of a report with where it stands.
#[derive(Debug, Clone)]
struct Place {
    section: String,
    line: usize,
    clause: String,
    /// The clause after it in the same sentence: `A项目,主体工程已完工` says its status there.
    next: Option<String>,
    text: Text,
}

/// Clauses with their signatures and an index of their character pairs. In a review an
/// object is tested in full only against the clauses that may hold two of its pairs (every
/// way of naming an object of three characters or more shares two pairs with its key): most
/// are passed over in a few bit operations. In a plan, where only the whole name counts, only
/// the clauses holding the name's rarest pair are tested.
struct Indexed {
    places: Vec<Place>,
    by_gram: GramIndex,
    /// For each bit of the signatures, the places whose signature has it, in order: those of
    /// bit `b` are `by_bit[bit_starts[b]..bit_starts[b + 1]]` (one list, not 1,024).
    bit_starts: Vec<usize>,
    by_bit: Vec<usize>,
}

/// Character pair → the items (clauses or keys) that hold it, in order.
type GramIndex = HashMap<(char, char), Vec<usize>, CharHash>;

fn index_of<'a>(texts: impl Iterator<Item = &'a Text>) -> GramIndex {
    let mut by_gram = GramIndex::default();
    for (k, t) in texts.enumerate() {
        for g in &t.grams {
            by_gram.entry(*g).or_default().push(k);
        }
    }
    by_gram
}

impl Indexed {
    fn new(places: Vec<Place>) -> Indexed {
        let by_gram = index_of(places.iter().map(|p| &p.text));
        let mut bit_starts = vec![0; 1025];
        for p in &places {
            for bit in set_bits(&p.text.sig) {
                bit_starts[bit + 1] += 1;
            }
        }
        for bit in 0..1024 {
            bit_starts[bit + 1] += bit_starts[bit];
        }
        let mut by_bit = vec![0; bit_starts[1024]];
        let mut next = bit_starts.clone();
        for (k, p) in places.iter().enumerate() {
            for bit in set_bits(&p.text.sig) {
                by_bit[next[bit]] = k;
                next[bit] += 1;
            }
        }
        Indexed {
            places,
            by_gram,
            bit_starts,
            by_bit,
        }
    }

    /// The places whose signature has `bit`, in order.
    fn with_bit(&self, bit: usize) -> &[usize] {
        &self.by_bit[self.bit_starts[bit]..self.bit_starts[bit + 1]]
    }

    /// The places, in order, that may name the probe's object (the loose test's filter,
    /// `Probe::may_be_in`). A place passes when its signature holds `need` of the probe's
    /// bits, so it is listed under at least one of any (bits − need + 1) of them: only the
    /// places of the shortest such lists are tested, not every place of the report (which
    /// made tracing quadratic in a long report).
    fn candidates<'a>(&'a self, probe: &'a Probe) -> impl Iterator<Item = &'a Place> {
        let mut lists: Vec<&[usize]> = set_bits(&probe.mask)
            .map(|bit| self.with_bit(bit))
            .collect();
        lists.sort_unstable_by_key(|l| l.len());
        let need = probe.need as usize;
        let ids: Vec<usize> = if need == 0 {
            (0..self.places.len()).collect()
        } else {
            let read = (lists.len() + 1).saturating_sub(need);
            union_in_order(&lists[..read], self.places.len())
        };
        ids.into_iter()
            .map(|k| &self.places[k])
            .filter(|p| probe.may_be_in(&p.text))
    }

    /// The places, in order, where [`Probe::mentioned_in`] may find the probe's object
    /// loosely (`Match::Loose`): the same places as [`Indexed::candidates`] followed by that
    /// test, read from far fewer. Each way the test can say yes needs a word in the clause
    /// (see [`Probe::loose_lists`]), so only the places holding that word's rarest character
    /// pair are read, where the signature's bits (any two of the key's pairs: `建设`, `发展`)
    /// listed a tenth of a long report for a common probe, which made tracing a review grow
    /// faster than the report. A probe with a name of one character is read the long way.
    fn loose_candidates<'a>(&'a self, probe: &'a Probe) -> Vec<&'a Place> {
        match probe.loose_lists(self) {
            Some(lists) => union_in_order(&lists, self.places.len())
                .into_iter()
                .map(|k| &self.places[k])
                .filter(|p| probe.may_be_in(&p.text))
                .collect(),
            None => self.candidates(probe).collect(),
        }
    }

    /// The places that hold the character pair `(a, b)`, in order.
    fn with_pair(&self, a: char, b: char) -> &[usize] {
        self.by_gram.get(&(a, b)).map_or(&[], Vec::as_slice)
    }

    /// The places that may hold `word`: those holding its rarest character pair.
    fn holding(&self, word: &str) -> &[usize] {
        crate::text::rarest_pair(&self.by_gram, word).unwrap_or(&[])
    }

    /// The places, in order and each once, that may hold one of `words` (see
    /// [`Indexed::holding`]).
    fn holding_any<'a>(&'a self, words: &[String]) -> impl Iterator<Item = &'a Place> {
        let mut ids: Vec<usize> = words
            .iter()
            .flat_map(|w| self.holding(w).iter().copied())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter().map(|k| &self.places[k])
    }

    /// The first candidate place that names the probe's object by its topic
    /// (`Match::Topic`), once no place holding one of its whole names named it strictly.
    /// Such a place then holds no whole name (each would have been tried: every place holding
    /// one holds its rarest pair), so only the core can name it (`Probe::names_topic`): when
    /// the core cannot, no place is read at all, and else only those holding the core's
    /// rarest pair. The same place as testing every candidate in turn, without reading the
    /// tenth of a long report that shares a common probe's signature bits. A key of two
    /// characters quoted (`“双减”`) or a whole name of one character is not among the whole
    /// names looked up, so it is tested the long way.
    fn naming_topic<'a>(&'a self, probe: &'a Probe) -> Option<&'a Place> {
        let topic =
            |p: &&Place| probe.may_be_in(&p.text) && probe.mentioned_in(&p.text, Match::Topic);
        if (probe.chars.len() == 2 && probe.short_quoted)
            || probe.whole_names().any(|n| n.chars().count() < 2)
        {
            return self
                .candidates(probe)
                .find(|p| probe.mentioned_in(&p.text, Match::Topic));
        }
        if probe.core_len < 4 || probe.core_len >= probe.chars.len() {
            return None;
        }
        // The core has four characters or more here, so it has a rarest pair.
        self.holding(&probe.core)
            .iter()
            .map(|&k| &self.places[k])
            .find(topic)
    }

    /// The places, in order, that may hold one of the probe's whole names (its key, an alias,
    /// a quoted name): those holding the name's rarest character pair.
    fn holding_names<'a>(&'a self, probe: &'a Probe) -> impl Iterator<Item = &'a Place> {
        let mut ids: Vec<usize> = Vec::new();
        for name in probe.whole_names() {
            ids.extend(self.holding(name));
        }
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter().map(|k| &self.places[k])
    }
}

/// The ids of several lists, each once and in order: marked in a bitset of `n` ids and read
/// back, which costs the lists' length plus n/64, where sorting their concatenation cost
/// n·log n for each probe of a long report (a common character pair lists a tenth of it).
fn union_in_order(lists: &[&[usize]], n: usize) -> Vec<usize> {
    let mut seen = vec![0u64; n.div_ceil(64)];
    for &k in lists.iter().copied().flatten() {
        seen[k / 64] |= 1 << (k % 64);
    }
    let mut ids = Vec::new();
    for (w, &word) in seen.iter().enumerate() {
        let mut bits = word;
        while bits != 0 {
            ids.push(w * 64 + bits.trailing_zeros() as usize);
            bits &= bits - 1;
        }
    }
    ids
}

/// The first three fifths (five characters at least) of a core of seven or more, which name
/// it in a review (`国有企业改革深化提升行动` as `深化国有企业改革`), unless what tells it apart
/// comes at its end: the start of `京津冀国家技术创新中心河北中心` is also that of its sibling
/// `…雄安中心`.
fn core_start(core: &str) -> Option<String> {
    let chars: Vec<char> = core.chars().collect();
    if chars.len() < 7 {
        return None;
    }
    let need = (chars.len() * 3).div_ceil(5).max(5);
    let rest: String = chars[need..].iter().collect();
    (!names_place(&rest)).then(|| chars[..need].iter().collect())
}

/// Clauses of a report's parts of the given roles.
fn places(report: &Report, role: Role) -> Vec<Place> {
    let mut out = Vec::new();
    let mut after_plan = false;
    for s in report.sections() {
        after_plan |= s.role == Role::Plan;
        // The government's own work is planned after the plan (`四、全力打造人民满意的政府`);
        // before it, it is reviewed (`（七）…全面加强政府建设`).
        // A five-year plan part (`“十四五”时期主要目标任务`) is no plan of the year: what it
        // names is not promised for the year, so it neither continues a commitment nor has
        // one continued (`扎实推动京津冀协同发展、长江经济带发展…` in the State Council's 2021
        // five-year part leaves 2022's regional strategies new). Its review stays evidence.
        if s.role != role
            || (role == Role::Governance && !after_plan)
            || (role != Role::Review && s.horizon == crate::model::Horizon::FiveYear)
        {
            continue;
        }
        for p in &s.paragraphs {
            for sentence in p.text.split(['。', ';', '!', '?', '；']) {
                let cs = clauses(sentence);
                for (k, clause) in cs.iter().enumerate() {
                    out.push(Place {
                        section: s.path.clone(),
                        line: crate::text::offset_in(&p.text, clause)
                            .map_or(p.line, |at| p.line_at(at)),
                        clause: clause.to_string(),
                        next: cs.get(k + 1).map(|c| c.to_string()),
                        text: Text::new(clause),
                    });
                }
            }
        }
    }
    out
}

/// The done word a review clause reports, unless a partial word qualifies it (`主体完工`,
/// `完成投资12亿元`): `Some(word)` finished, `None` not said finished.
#[cfg(test)]
fn done_word(clause: &str) -> Option<&'static str> {
    done_word_beside(clause, "")
}

/// [`done_word`], without the words that are part of the object's own name `name`: a review
/// that names the thing names its words (`推进行政权力公开透明运行` does not report
/// `行政权力公开透明运行` run; a `…搬迁工程` is not moved by its name's `搬迁`).
fn done_word_beside(clause: &str, name: &str) -> Option<&'static str> {
    let v = &*VOCABULARY;
    // The earliest done word, an adverb (`成功`, `正式`) only when no verb follows.
    let mut found: Vec<(bool, usize, &'static str)> = Vec::new();
    for w in v.words("status.done") {
        if !name.is_empty() && crate::text::contains(name, w) {
            continue;
        }
        for at in crate::text::match_starts(clause, w) {
            let before = &clause[..at];
            let after = &clause[at + w.len()..];
            let partial_before = v
                .words("status.partial")
                .iter()
                .any(|p| before.ends_with(p.as_str()));
            let partial_after = v
                .words("status.partial_after")
                .iter()
                .any(|p| after.starts_with(p.as_str()));
            let negated = ["未", "尚未", "没有", "暂未"]
                .iter()
                .any(|n| before.ends_with(n));
            // A done word right before another thing's quoted name is part of that name or
            // reports that thing: in `数据资源“一网共享”、政府运行“一网协同”能力有效提升`
            // (Guangdong 2024) `运行` names the second network, not the first one run.
            let another = !name.is_empty()
                && quoted_at_start(after).is_some_and(|q| !crate::text::contains(name, q));
            if !partial_before && !partial_after && !negated && !another {
                let adverb = ["成功", "正式", "圆满", "顺利"].contains(&w.as_str());
                found.push((adverb, at, w.as_str()));
            }
        }
    }
    found.into_iter().min().map(|(_, _, w)| w)
}

/// The name a text opens with in quotes (`“一网协同”能力…` → `一网协同`).
fn quoted_at_start(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('“')?;
    inner.find('”').map(|end| &inner[..end])
}

/// The words that finish the main structure of a building (`主体封顶`, `主体完工`).
const STRUCTURE_DONE: &[&str] = &["封顶", "结顶", "完工", "竣工", "建成", "完成"];

/// A promise of the main structure only (`完成东海写字楼、…主体建设`: `主体` after the
/// object), reported finished in `clause`: the word that finishes it there.
fn stage_finished(c: &Commitment, clause: &str) -> Option<&'static str> {
    let promised = c
        .clause
        .find(c.object.as_str())
        .map_or(c.verb.as_str(), |at| &c.clause[at + c.object.len()..]);
    if !promised.contains("主体") {
        return None;
    }
    clause.match_indices("主体").find_map(|(at, w)| {
        let after = clause[at + w.len()..].trim_start_matches("工程");
        STRUCTURE_DONE
            .iter()
            .copied()
            .find(|d| after.starts_with(d))
    })
}

/// Words that report a thing under construction, past its preparation (`开工`, `主体封顶`);
/// `加快推进` alone may still be the preparation.
const UNDER_CONSTRUCTION: &[&str] = &["开工", "动工", "开建", "在建", "进展顺利", "封顶", "主体"];

/// Whether a promise is of a thing's preparatory work: `前期` right after the object
/// (`完成A水厂扩建前期工作`, `做好B大桥项目前期`).
fn preparatory(c: &Commitment) -> bool {
    c.clause.find(c.object.as_str()).is_some_and(|at| {
        c.clause[at + c.object.len()..]
            .trim_start_matches(['的', '等'])
            .trim_start_matches("项目")
            .starts_with("前期")
    })
}

/// The word by which a review clause reports a campaign of the year effective (see
/// `[status.campaign]`): the key, or the clause that promises it (`开展对A、B等乱象的整治
/// 活动`), ends with a campaign's head and the review clause holds a word of
/// `[status.effect]`.
fn campaign_effect(c: &Commitment, probe: &Probe, clause: &str) -> Option<&'static str> {
    let v = &*VOCABULARY;
    let promised = c.clause.trim_end_matches("工作");
    if !v
        .words("status.campaign")
        .iter()
        .any(|h| probe.key.ends_with(h.as_str()) || promised.ends_with(h.as_str()))
    {
        return None;
    }
    v.words("status.effect")
        .iter()
        .find(|w| crate::text::contains(clause, w))
        .map(String::as_str)
}

/// The amount a clause sets for its object: the first quantity after the object that is not
/// a rate or a ceiling (`发放消费券1500万元` → 1500万元), in its base unit.
fn amount_after(clause: &str, object: &str) -> Option<(f64, String)> {
    let at = clause.find(object)? + object.len();
    crate::extract::quantity::scan(&clause[at..])
        .into_iter()
        .find(|q| !q.is_percent() && q.bound != crate::model::Bound::AtMost)
        .and_then(|q| Some((q.value * q.multiplier, q.base_unit?)))
}

/// A promise of an amount kept: the review repeats the promise's act on the object, verb
/// before object, with an amount in the same unit at least the promised one (`发放消费券
/// 1500万元` promised, `分三批发放消费券1600万元` reported, Qinglan 2024): the promise's verb.
/// A smaller amount, another act or no amount says nothing here.
fn amount_reached<'a>(c: &'a Commitment, clause: &str) -> Option<&'a str> {
    let verb = c.verb.as_str();
    if verb.is_empty() || c.object.is_empty() {
        return None;
    }
    let (promised, unit) = amount_after(&c.clause, &c.object)?;
    let acted = clause.find(verb)? + verb.len();
    let (reported, got) = amount_after(&clause[acted..], &c.object)?;
    let factor = crate::extract::quantity::unit_factor(&got, &unit)?;
    (reported * factor >= promised).then_some(verb)
}

/// Whether a promise is of a study campaign of the year (`[status.held]`: `…主题教育`,
/// `党史学习教育`), which a review reports held when it reports it at all.
fn study_campaign(c: &Commitment, probe: &Probe) -> bool {
    VOCABULARY
        .words("status.held")
        .iter()
        .any(|h| probe.key.ends_with(h.as_str()) || c.object.ends_with(h.as_str()))
}

/// Document heads that end a plan or the rules of a work (`…行动方案`, `…实施办法`).
const DOCUMENT_ENDS: &[&str] = &["方案", "规划", "意见", "办法", "细则", "纲要"];

/// Whether a review clause reports only the document of a programme or a system promised
/// (`出台国企改革三年行动方案` for `实施国企改革三年行动`, State Council 2021; `制定企业国有资产
/// 监督管理实施办法` for `完善国有资产监督管理体制`, Hebei 2008): the clause ends with a document
/// head the promise's object does not end with. Its plan issued is not the work done; a built
/// thing or a zone whose plan is issued (`颁布实施全国主体功能区规划`) is left to the done word.
fn document_only(c: &Commitment, clause: &str) -> bool {
    matches!(c.kind, CommitmentKind::Programme | CommitmentKind::Other)
        && DOCUMENT_ENDS.iter().any(|d| clause.ends_with(d))
        && !DOCUMENT_ENDS.iter().any(|d| c.object.ends_with(d))
}

/// The first progress word of a clause (`开工`, `加快推进`), for the evidence's verb.
fn progress_word(clause: &str) -> Option<&'static str> {
    VOCABULARY
        .words("status.progress")
        .iter()
        .filter_map(|w| crate::text::find(clause, w).map(|at| (at, w.as_str())))
        .min()
        .map(|(_, w)| w)
}

/// The verb of a commitment that is done once said done: a one-off act (`status.once`), or
/// `实施`/`施行` of a document (a list, a regulation put into force). Programmes carried out
/// (`实施…行动`) are ongoing.
fn one_off_verb(c: &Commitment) -> Option<&'static str> {
    if let Some(v) = VOCABULARY
        .words("status.once")
        .iter()
        .find(|v| c.verb.contains(v.as_str()))
    {
        return Some(v.as_str());
    }
    (c.kind == CommitmentKind::Document)
        .then(|| ["实施", "施行"].into_iter().find(|v| c.verb.contains(v)))
        .flatten()
}

/// Whether a clause that names `probe` only loosely names a sibling by its whole key: another
/// commitment of the same plan with the same head (`加快京津冀国家技术创新中心河北中心、雄安中心
/// 建设`: `京津冀国家技术创新中心雄安中心挂牌运营` reports the second, not the first, though it
/// is alike to both).
fn names_sibling(probe: &Probe, t: &Text, siblings: &[(Commitment, Probe)]) -> bool {
    // Named by its whole name, a quoted name or its name without its kind
    // (`乌拉哈达、娄里、青山水库等…` names `乌拉哈达水库` beside `青山水库`).
    if t.holds(&probe.key) || t.holds(&probe.core) || probe.quoted.iter().any(|q| t.holds(q)) {
        return false;
    }
    // An item of a list sharing the sibling's head (`雄商、雄忻高铁正式开工` names both).
    if probe.listed_with_shared_tail(&t.text) {
        return false;
    }
    let head = probe.last_two();
    siblings.iter().any(|(_, s)| {
        s.key != probe.key
            && s.chars.len() >= 4
            && s.key.ends_with(&head)
            && !crate::text::contains(&probe.key, &s.key)
            && t.holds(&s.key)
    })
}

/// Whether a review clause reports a phase of the probe's thing: a phase (`一期`) in the same
/// item of the clause as the thing's head (`冬运会主场馆一期已具备竞赛条件`), not in another
/// item's (`青禾新材二期、青岚药业新厂区建成投产` reports the new plant whole).
fn phase_reported(probe: &Probe, clause: &str) -> bool {
    let head = probe.last_two();
    clause
        .split(['、', '，', ',', '；', ';'])
        .any(|item| item.contains(&head) && phase_of(item).is_some())
}

/// Verbs that promise to start a thing: its report under way keeps the promise.
const START_VERBS: &[&str] = &[
    "启动",
    "全面启动",
    "开工",
    "新开工",
    "动工",
    "开建",
    "按期开工",
];

/// How NEW's review reports one commitment: the status and the evidence clause.
fn status_in_review(
    c: &Commitment,
    probe: &Probe,
    review: &Indexed,
    siblings: &[(Commitment, Probe)],
) -> (CommitmentStatus, Option<Commitment>) {
    let evidence = |p: &Place, verb: &str| Commitment {
        verb: verb.to_string(),
        object: c.object.clone(),
        kind: c.kind,
        section: p.section.clone(),
        line: p.line,
        clause: p.clause.clone(),
    };
    let named = |p: &&Place| probe.mentioned_in(&p.text, Match::Loose);
    let mut mentions: Vec<&Place> = review.loose_candidates(probe);
    mentions.retain(named);
    // The index of the words a mention needs mirrors `mentioned_in` rule by rule: a rule
    // added there without its list in `Probe::loose_lists` is caught here by every test.
    debug_assert!(
        mentions.iter().map(|p| std::ptr::from_ref(*p)).eq(review
            .candidates(probe)
            .filter(named)
            .map(std::ptr::from_ref)),
        "loose_lists misses a way mentioned_in names {}",
        probe.key
    );
    mentions.retain(|p| !names_sibling(probe, &p.text, siblings));
    // A one-off promise (`扩大…`, `取消…`, `实施…负面清单`) reported with its own verb is kept:
    // `全面实施跨境服务贸易负面清单`, `制造业领域外资准入限制措施全部取消`.
    let once = one_off_verb(c);
    // A report on one phase of a thing promised whole (`…主场馆一期已具备竞赛条件` for
    // `十四冬主场馆`) says it under way, not done.
    let whole = |p: &&&Place| probe.phase.is_some() || !phase_reported(probe, &p.clause);
    for p in mentions.iter().filter(whole) {
        if let Some(v) = once
            && crate::text::contains(&p.clause, v)
        {
            return (CommitmentStatus::Done, Some(evidence(p, v)));
        }
        // A promise of an amount reported with the same act and at least that amount.
        if let Some(v) = amount_reached(c, &p.clause) {
            return (CommitmentStatus::Done, Some(evidence(p, v)));
        }
        // The status is said in the clause, or in the next one when the clause is only the
        // subject (`A项目,已建成投用`).
        let said = done_word_beside(&p.clause, &c.object).or_else(|| {
            progress_word(&p.clause)
                .is_none()
                .then(|| {
                    p.next
                        .as_deref()
                        .and_then(|n| done_word_beside(n, &c.object))
                })
                .flatten()
        });
        // A document of the work reported, not the work (see `document_only`).
        let said = said.filter(|_| !document_only(c, &p.clause));
        if let Some(w) = said {
            return (CommitmentStatus::Done, Some(evidence(p, w)));
        }
        // Preparatory work promised (`完成A水厂扩建前期工作`) is done when the review reports
        // the thing itself under way (`A水厂扩建工程开工建设`), not its preparation again
        // (`A水厂扩建前期工作有序推进`).
        if preparatory(c)
            && !crate::text::contains(&p.clause, "前期")
            && let Some(w) = UNDER_CONSTRUCTION
                .iter()
                .find(|w| crate::text::contains(&p.clause, w))
        {
            return (CommitmentStatus::Done, Some(evidence(p, w)));
        }
        // A campaign of the year reported effective (`“三乱”问题得到有效治理`).
        if let Some(w) = campaign_effect(c, probe, &p.clause) {
            return (CommitmentStatus::Done, Some(evidence(p, w)));
        }
        // A promise of the main structure (`完成…主体建设`) is kept when the review reports
        // it finished (`东海写字楼…主体封顶`).
        if let Some(w) = stage_finished(c, &p.clause) {
            return (CommitmentStatus::Done, Some(evidence(p, w)));
        }
    }
    let best = mentions
        .iter()
        .find(|p| progress_word(&p.clause).is_some())
        .or(mentions.first());
    // A promise to start building a thing (`启动…服务中心`, `开工…二期`) is kept when the
    // review reports it under way at all (`…合建项目主体封顶`); a programme started
    // (`启动…试点`) and reported carried out stays in progress. An event (`…展销会`) the
    // review reports was held, unless it says it is being prepared.
    if let Some(p) = best {
        let built = matches!(
            c.kind,
            CommitmentKind::Project | CommitmentKind::Institution
        );
        let started = built && START_VERBS.iter().any(|v| c.verb.starts_with(v));
        let held = (c.kind == CommitmentKind::Event || study_campaign(c, probe))
            && !["筹备", "筹办", "申办", "备战"]
                .iter()
                .any(|w| crate::text::contains(&p.clause, w));
        if started || held {
            let word = progress_word(&p.clause).unwrap_or("");
            return (CommitmentStatus::Done, Some(evidence(p, word)));
        }
    }
    match best {
        Some(p) => (
            CommitmentStatus::InProgress,
            Some(evidence(p, progress_word(&p.clause).unwrap_or(""))),
        ),
        None => {
            match reported_by_evidence(probe, review)
                .or_else(|| reported_in_part(probe, review))
                .or_else(|| reported_by_parent(probe, review))
            {
                Some(p) => (
                    CommitmentStatus::InProgress,
                    Some(evidence(p, progress_word(&p.clause).unwrap_or(""))),
                ),
                None => (CommitmentStatus::Unreported, None),
            }
        }
    }
}

/// The first review clause that reports progress on an object it does not name, by a word
/// of the thesaurus (`PM2.5下降…` for an air-pollution plan), at the object's level: the
/// object is under way, never done by such a report.
fn reported_by_evidence<'a>(probe: &Probe, review: &'a Indexed) -> Option<&'a Place> {
    review.holding_any(&probe.evidence).find(|p| {
        probe
            .evidence
            .iter()
            .any(|w| crate::text::contains(&p.clause, w))
            && !matches!((probe.level, p.text.level), (Some(a), Some(b)) if a != b)
    })
}

/// The first review clause that names one of the things a list names (`招投标“双盲”评审、…等政策
/// 惠及企业群众` for `深化招投标“双盲”评审和远程异地评标`): the list is under way, never done by
/// a report on a part of it.
fn reported_in_part<'a>(probe: &Probe, review: &'a Indexed) -> Option<&'a Place> {
    review
        .holding_any(&probe.parts)
        .find(|p| probe.parts.iter().any(|part| p.text.holds(part)))
}

/// The first review clause that reports the facilities of a named place the probe's thing
/// is a part of (`A纪念园设施功能日益完善` for `A纪念园…二期基础设施工程`): under way, never done
/// by a report on the whole place.
fn reported_by_parent<'a>(probe: &Probe, review: &'a Indexed) -> Option<&'a Place> {
    review.holding_any(&probe.parents).find(|p| {
        probe.parents.iter().any(|parent| {
            p.clause.find(parent.as_str()).is_some_and(|at| {
                let after = &p.clause[at + parent.len()..];
                PART_WORDS.iter().any(|w| after.starts_with(w))
            })
        })
    })
}

/// Words of the parts of a place that is built (`基础设施`, `配套`), after its name.
const PART_WORDS: &[&str] = &["设施", "基础设施", "配套"];

/// The named places a key is a part of: its starts of six characters or more that end with
/// a head of a place or a building (`[head.institution]`, `[head.project]`: `…纪念园`), when
/// the rest names a part of it (`二期`, `基础设施`, `配套`): `A纪念园红色旅游景区二期基础设施工程`
/// is of `A纪念园` (and of `A纪念园红色旅游景区`); `B机场临空经济区` is not of `B机场`.
fn parents(key: &str) -> Vec<String> {
    let heads: Vec<&String> = VOCABULARY
        .words("head.institution")
        .iter()
        .chain(VOCABULARY.words("head.project"))
        .collect();
    let mut out = Vec::new();
    for (at, c) in key.char_indices() {
        let end = at + c.len_utf8();
        let (start, rest) = (&key[..end], &key[end..]);
        if start.chars().count() < 6 || rest.chars().count() < 4 || phase_of(start).is_some() {
            continue;
        }
        let part = phase_of(rest).is_some() || PART_WORDS.iter().any(|w| rest.contains(w));
        if part && heads.iter().any(|h| start.ends_with(h.as_str())) {
            out.push(start.to_string());
        }
    }
    out
}

/// The first commitment of `others` on the same object, else a clause of `plan` that names
/// it (a promise the grammar did not read as a commitment still continues it).
fn counterpart(
    c: &Commitment,
    probe: &Probe,
    others: &[(Commitment, Probe)],
    others_index: &GramIndex,
    plan: &Indexed,
) -> Option<Commitment> {
    // Only commitments sharing two character pairs with this one (one for a key of two
    // characters) can be on its object.
    let mut ids: Vec<usize> = probe
        .as_text
        .grams
        .iter()
        .filter_map(|g| others_index.get(g))
        .flatten()
        .copied()
        .collect();
    ids.sort_unstable();
    let need = if probe.chars.len() <= 2 { 1 } else { 2 };
    let found = ids
        .chunk_by(|a, b| a == b)
        .filter(|run| run.len() >= need || others[run[0]].1.chars.len() <= 2)
        .map(|run| (run[0], run.len()))
        .find(|&(k, shared)| probe.same_object(&others[k].1, shared));
    if let Some((k, _)) = found {
        return Some(others[k].0.clone());
    }
    // A list continues what the other plan named when its first thing is named there: `破除
    // 地方保护和市场分割` continues last year's `地方保护`, `推进城市更新和城镇老旧小区改造` last
    // year's `城市更新行动`; but `做好生态移民和失地农民安置` leads with a new thing beside last
    // year's `失地农民安置`.
    if let Some(first) = probe.parts.first()
        && let Some(k) = ids
            .chunk_by(|a, b| a == b)
            .map(|run| run[0])
            .find(|&k| others[k].1.is_named_by(first))
    {
        return Some(others[k].0.clone());
    }
    plan.holding_names(probe)
        .find(|p| probe.mentioned_in(&p.text, Match::Strict))
        .or_else(|| plan.naming_topic(probe))
        .map(|p| Commitment {
            verb: String::new(),
            object: c.object.clone(),
            kind: CommitmentKind::Other,
            section: p.section.clone(),
            line: p.line,
            clause: p.clause.clone(),
        })
}

/// The government's name without its kind (`海拉尔区` → `海拉尔`, `易县` → `易县`).
fn short_name(report: &Report) -> Option<String> {
    let name = report.meta.government.as_deref()?;
    let short = ["自治区", "特别行政区", "省", "市", "区", "县", "旗"]
        .iter()
        .find_map(|k| name.strip_suffix(k))
        .filter(|s| s.chars().count() >= 2)
        .unwrap_or(name);
    Some(short.to_string())
}

/// A copy with neither a review nor a plan part (a news story on the report, a digest): its
/// loose paragraphs as two parts, those that look back as the review and those that look
/// ahead as the plan, each told by its own words as indicators are
/// ([`crate::extract::indicators::paragraph_role`]: `力争`, `2025年` of the planned year…), so
/// that its commitments are read and traced. `None` for a report with its parts.
fn loose_parts(report: &Report) -> Option<Report> {
    use crate::model::{Horizon, IndicatorRole, Marker, MarkerKind, Section};
    let loose = report.loose_paragraphs()?;
    let (mut back, mut ahead) = (Vec::new(), Vec::new());
    for p in loose {
        match crate::extract::indicators::paragraph_role(&p.text, report) {
            Some(IndicatorRole::Actual) => back.push(p.clone()),
            Some(IndicatorRole::Target) => ahead.push(p.clone()),
            None => {}
        }
    }
    if ahead.is_empty() && back.is_empty() {
        return None;
    }
    let part = |number: u32, role: Role, paragraphs: Vec<crate::model::Paragraph>| Section {
        path: "-".into(),
        level: 1,
        marker: Marker {
            kind: MarkerKind::Part,
            number,
            text: String::new(),
        },
        title: String::new(),
        inline: false,
        role,
        horizon: Horizon::Annual,
        years: None,
        line: paragraphs.first().map_or(0, |p| p.line),
        paragraphs,
        children: Vec::new(),
    };
    Some(Report {
        source: report.source.clone(),
        meta: report.meta.clone(),
        outline: None,
        preamble: Vec::new(),
        parts: vec![part(1, Role::Review, back), part(2, Role::Plan, ahead)],
        closing: Vec::new(),
        truncated: report.truncated,
        diagnostics: Vec::new(),
    })
}

/// The plan roles of a report: its plan parts and the government's own work after them
/// (`四、全力打造人民满意的政府`: `完善“三重一大”制度`); a report whose parts are not told
/// apart (no plan part found) is read in its `other` parts.
fn plan_roles(report: &Report) -> &'static [Role] {
    if report.has_role(Role::Plan) {
        &[Role::Plan, Role::Governance]
    } else {
        &[Role::Other]
    }
}

/// Commitments of a plan with the probe of each, and the index of their keys' character
/// pairs.
#[derive(Clone)]
struct Probed {
    commitments: Vec<(Commitment, Probe)>,
    index: GramIndex,
}

impl Probed {
    /// `commitments` probed with `place`, the pair's government short name.
    fn new(commitments: impl Iterator<Item = Commitment>, place: Option<&str>) -> Probed {
        let commitments: Vec<(Commitment, Probe)> = commitments
            .map(|c| {
                let p = Probe::new(&c, place);
                (c, p)
            })
            .collect();
        let index = index_of(commitments.iter().map(|(_, p)| &p.as_text));
        Probed { commitments, index }
    }
}

/// A report's plan as tracing reads it: its commitments probed with the report's own short
/// name, and the clauses of its plan parts.
struct Plan {
    place: Option<String>,
    probed: Probed,
    places: Indexed,
}

/// What tracing needs of one report alone, each part worked out at its first use and kept:
/// a report is NEW in one pair and OLD in the next (its plan is read in both), and a caller
/// comparing it again does not pay again. Only for the report it was made for (see
/// [`crate::compare::Prepared`], which keeps them together).
#[derive(Default)]
pub struct Prepared {
    plan: OnceLock<Plan>,
    review: OnceLock<Indexed>,
}

impl Prepared {
    fn plan(&self, report: &Report) -> &Plan {
        self.plan.get_or_init(|| {
            let loose = loose_parts(report);
            let report = loose.as_ref().unwrap_or(report);
            let place = short_name(report);
            let planned = extract(report, plan_roles(report)).into_iter();
            Plan {
                probed: Probed::new(planned, place.as_deref()),
                place,
                places: Indexed::new(
                    plan_roles(report)
                        .iter()
                        .flat_map(|r| places(report, *r))
                        .collect(),
                ),
            }
        })
    }

    fn review(&self, report: &Report) -> &Indexed {
        self.review.get_or_init(|| {
            let loose = loose_parts(report);
            Indexed::new(places(loose.as_ref().unwrap_or(report), Role::Review))
        })
    }

    /// Works out every part now (of `report`, the report it was made for).
    pub fn complete(&self, report: &Report) {
        self.prepare(report, true);
    }

    /// Works out now what a pair reads of the report: its plan, and its review when it is
    /// the pair's NEW.
    pub fn prepare(&self, report: &Report, review: bool) {
        self.plan(report);
        if review {
            self.review(report);
        }
    }
}

/// The plan's commitments probed with the pair's short name `place`: as prepared when it is
/// the report's own (a pair of one government), else probed again.
fn probed_with<'a>(plan: &'a Plan, place: &Option<String>) -> Cow<'a, Probed> {
    if plan.place == *place {
        Cow::Borrowed(&plan.probed)
    } else {
        let commitments = plan.probed.commitments.iter().map(|(c, _)| c.clone());
        Cow::Owned(Probed::new(commitments, place.as_deref()))
    }
}

/// Traces last year's commitments into this year's review and plan, and sets this year's
/// commitments against last year's plan.
pub fn trace_commitments(
    old: &Report,
    new: &Report,
) -> (Vec<CommitmentRow>, Vec<PlannedCommitment>) {
    trace_prepared(old, &Prepared::default(), new, &Prepared::default())
}

/// [`trace_commitments`] with what each report needs alone prepared beside it (`old_parts`
/// for `old`, `new_parts` for `new`).
pub fn trace_prepared(
    old: &Report,
    old_parts: &Prepared,
    new: &Report,
    new_parts: &Prepared,
) -> (Vec<CommitmentRow>, Vec<PlannedCommitment>) {
    let place = short_name(old).or_else(|| short_name(new));
    let (old_plan, new_plan) = (old_parts.plan(old), new_parts.plan(new));
    let (promised, planned) = (probed_with(old_plan, &place), probed_with(new_plan, &place));
    let (promised_index, planned_index) = (&promised.index, &planned.index);
    let (promised, planned) = (&promised.commitments, &planned.commitments);
    let review = new_parts.review(new);
    let (old_plan, new_plan) = (&old_plan.places, &new_plan.places);
    let can_judge_plan = !planned.is_empty();
    let mut rows: Vec<CommitmentRow> = promised
        .iter()
        .map(|(c, probe)| {
            let (status, evidence) = status_in_review(c, probe, review, promised);
            let carried_over = counterpart(c, probe, planned, planned_index, new_plan);
            let change = match (&carried_over, status) {
                _ if !can_judge_plan => None,
                (Some(_), _) => Some(CommitmentChange::Continued),
                (None, CommitmentStatus::Done) => None,
                (None, _) => Some(CommitmentChange::Dropped),
            };
            CommitmentRow {
                commitment: c.clone(),
                status,
                evidence,
                carried_over,
                change,
            }
        })
        .collect();
    let mut next: Vec<PlannedCommitment> = planned
        .iter()
        .map(|(c, probe)| {
            let counterpart = counterpart(c, probe, promised, promised_index, old_plan);
            PlannedCommitment {
                commitment: c.clone(),
                change: if counterpart.is_some() {
                    CommitmentChange::Continued
                } else {
                    CommitmentChange::New
                },
                counterpart,
            }
        })
        .collect();
    pair_both_ways(&mut rows, &mut next);
    (rows, next)
}

/// One pairing seen from both plans: a commitment of this year's plan whose counterpart is a
/// commitment of last year's makes that one continued, and the other way round. The search
/// from each side is not symmetric (each side's probe reads the other side's names its own
/// way): last year's `国有资本投资、运营公司`, `东西部协作`, `外送通道` were found continued from
/// last year's side while this year's were reported new (corpus gold). Only a counterpart
/// that is the other commitment itself counts, not a clause found in its stead.
fn pair_both_ways(rows: &mut [CommitmentRow], next: &mut [PlannedCommitment]) {
    let same = |a: &Commitment, b: &Commitment| a.line == b.line && a.object == b.object;
    for p in next.iter() {
        let (CommitmentChange::Continued, Some(old)) = (p.change, &p.counterpart) else {
            continue;
        };
        for r in rows
            .iter_mut()
            .filter(|r| r.change != Some(CommitmentChange::Continued) && same(&r.commitment, old))
        {
            r.change = Some(CommitmentChange::Continued);
            r.carried_over = Some(p.commitment.clone());
        }
    }
    for r in rows.iter() {
        let (Some(CommitmentChange::Continued), Some(carried)) = (r.change, &r.carried_over) else {
            continue;
        };
        for p in next
            .iter_mut()
            .filter(|p| p.change == CommitmentChange::New && same(&p.commitment, carried))
        {
            p.change = CommitmentChange::Continued;
            p.counterpart = Some(r.commitment.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The topic pass that reads only the places holding the core's rarest pair finds the
    /// place the long way (every candidate in turn) finds, on objects named by their core,
    /// by a whole name, by a quoted name of two characters, or not at all.
    #[test]
    fn naming_topic_finds_what_every_candidate_finds() {
        let plan = "推进城市更新,实施老旧小区改造。开展“双减”督导。\
                    加快国有企业改革深化,推动城市更新行动落地。建设数字政府平台";
        let plan = indexed(&clauses(plan));
        let mut found = 0;
        for object in [
            "城市更新行动",
            "老旧小区改造工程",
            "“双减”",
            "数字政府平台",
            "乡村振兴示范区",
        ] {
            let probe = probe(object);
            let long_way = plan
                .candidates(&probe)
                .find(|p| probe.mentioned_in(&p.text, Match::Topic))
                .map(|p| p.clause.clone());
            let fast = plan.naming_topic(&probe).map(|p| p.clause.clone());
            assert_eq!(fast, long_way, "{object}");
            found += usize::from(fast.is_some());
        }
        // All but `乡村振兴示范区` are named: three by their cores, `双减` the long way.
        assert_eq!(found, 4);
    }

    /// The review clauses read through the index of the words a loose mention needs are
    /// those every candidate of the signature's bits gives, each way of naming an object
    /// (its key, core, start, the key without its scope, an item of a list sharing its tail,
    /// two characters listed alone, its content words, most of its pairs, a quoted name).
    #[test]
    fn loose_candidates_find_what_every_candidate_finds() {
        let review = "雄商、雄忻高铁正式开工。扎实推进城市更新,实现了清洁取暖全覆盖。\
                      供电、供热、通讯、燃气等基础设施开工建设。深化国有企业改革取得进展。\
                      协同治理新污染物。巩固“双减”成果。数字政务平台建成使用。";
        let review = indexed(&clauses(review));
        let mut found = Vec::new();
        for object in [
            "雄商高铁",
            "城市更新行动",
            "冬季清洁取暖",
            "东山组团供电工程",
            "国有企业改革深化提升行动",
            "新污染物协同治理",
            "“双减”",
            "数字政府平台",
            "乡村振兴示范区",
        ] {
            let probe = probe(object);
            let mentions = |places: Vec<&Place>| -> Vec<String> {
                places
                    .into_iter()
                    .filter(|p| probe.mentioned_in(&p.text, Match::Loose))
                    .map(|p| p.clause.clone())
                    .collect()
            };
            let long_way = mentions(review.candidates(&probe).collect());
            let fast = mentions(review.loose_candidates(&probe));
            assert_eq!(fast, long_way, "{object}");
            if !fast.is_empty() {
                found.push(object);
            }
        }
        // Not `东山组团供电工程` (its name before the head is no two characters to list
        // alone), `数字政府平台` (`数字政务平台` shares three of its five pairs) or
        // `乡村振兴示范区`.
        assert_eq!(
            found,
            [
                "雄商高铁",
                "城市更新行动",
                "冬季清洁取暖",
                "国有企业改革深化提升行动",
                "新污染物协同治理",
                "“双减”"
            ]
        );
    }

    /// A news story on last year's report (no parts: a lead, what was done, what is planned)
    /// has its promises read from the paragraphs that look ahead and traced into this year's
    /// report, the government it names before `将` passed over; what it says was done
    /// (`建成示例大桥`) is no promise.
    #[test]
    fn a_news_story_has_its_promises_traced() {
        let story = "记者 某某\n1月14日,示例省人民代表大会开幕,省长代表省政府作政府工作报告。\n\
                     2024年,示例省建成示例大桥,全省生产总值增长5.5%。\n\
                     2025年,示例省将实施提振消费专项行动,开工建设示例高铁,力争社会消费品零售总额增长5%以上。\n";
        let report = "示例省2026年政府工作报告\n各位代表:\n一、2025年工作回顾\n\
                      实施提振消费专项行动,社会消费品零售总额增长4%。示例高铁开工建设。\n\
                      二、2026年工作安排\n深入实施提振消费专项行动。建成示例高铁。\n";
        let old = crate::parse_report(story.as_bytes(), "story.txt").expect("a report");
        let new = crate::parse_report(report.as_bytes(), "new.txt").expect("a report");
        let (rows, _) = trace_commitments(&old, &new);
        let traced: Vec<(&str, CommitmentStatus, Option<CommitmentChange>)> = rows
            .iter()
            .map(|r| (r.commitment.object.as_str(), r.status, r.change))
            .collect();
        assert_eq!(
            traced,
            [
                (
                    "提振消费专项行动",
                    CommitmentStatus::InProgress,
                    Some(CommitmentChange::Continued)
                ),
                // Promised to start, and started: done.
                (
                    "示例高铁",
                    CommitmentStatus::Done,
                    Some(CommitmentChange::Continued)
                ),
            ],
            "{rows:#?}"
        );
    }

    /// A review that reports several things of one kind in one phrase, their shared head
    /// written once (`雄商、雄忻高铁正式开工`), reports each: before, the first was passed over
    /// as only loosely named beside its sibling's whole name.
    #[test]
    fn a_review_list_sharing_a_head_reports_each_item() {
        assert!(listed_with_shared_tail(
            "青禾、碧溪高铁正式开工",
            "青禾高铁"
        ));
        assert!(listed_with_shared_tail(
            "新设东湖、西岭、南山自贸试验区",
            "西岭自贸试验区"
        ));
        assert!(!listed_with_shared_tail(
            "青禾、碧溪等地发展高铁经济",
            "青禾高铁"
        ));
        assert!(!listed_with_shared_tail("青禾港、碧溪高铁建成", "青禾高铁"));
        let old = "某市2023年政府工作报告\n各位代表:\n一、2022年工作回顾\n过去一年，经济平稳。\n\
                   二、2023年工作安排\n开工建设青禾、碧溪高铁。\n";
        let new = "某市2024年政府工作报告\n各位代表:\n一、2023年工作回顾\n青禾、碧溪高铁正式开工。\n\
                   二、2024年工作安排\n加快青禾高铁建设。\n";
        let old = crate::parse_report(old.as_bytes(), "old.txt").expect("a report");
        let new = crate::parse_report(new.as_bytes(), "new.txt").expect("a report");
        let (rows, _) = trace_commitments(&old, &new);
        let traced: Vec<(&str, CommitmentStatus)> = rows
            .iter()
            .map(|r| (r.commitment.object.as_str(), r.status))
            .collect();
        assert_eq!(
            traced,
            [
                ("青禾高铁", CommitmentStatus::Done),
                ("碧溪高铁", CommitmentStatus::Done)
            ],
            "{rows:#?}"
        );
    }

    #[test]
    fn union_in_order_is_sorted_and_unique() {
        let a: &[usize] = &[3, 64, 200];
        let b: &[usize] = &[0, 3, 65, 199];
        assert_eq!(union_in_order(&[a, b], 201), [0, 3, 64, 65, 199, 200]);
        assert!(union_in_order(&[], 10).is_empty());
    }

    #[test]
    fn done_words_and_partial_ones() {
        assert_eq!(done_word("青岚大桥建成通车"), Some("建成"));
        assert_eq!(
            done_word_beside("继续推进行政权力公开透明运行", "行政权力公开透明运行"),
            None
        );
        assert_eq!(
            done_word_beside("新闻发布中心建成投用", "新闻发布中心"),
            Some("建成")
        );
        assert_eq!(done_word("成功举办第八届中俄蒙经贸洽谈会"), Some("举办"));
        assert_eq!(done_word("县疾病预防控制中心新大楼主体完工"), None);
        assert_eq!(done_word("完成投资12亿元"), None);
        assert_eq!(done_word("城北智造园二期开工建设"), None);
        // Set up anew, rolled out everywhere, made ready, ended, held.
        assert_eq!(done_word("新设东湖、西岭自贸试验区"), Some("新设"));
        assert_eq!(done_word("全面推开东湖医院综合改革"), Some("全面推开"));
        assert_eq!(done_word("东湖运动会筹办全面就绪"), Some("全面就绪"));
        assert_eq!(done_word("“退后十”成果得到巩固"), Some("得到巩固"));
        // On trial is not finished.
        assert_eq!(done_word("滨江里步行街已部分试营业"), None);
        assert_eq!(done_word("滨江里步行街正式营业"), Some("营业"));
        assert_eq!(done_word("荣膺全国双拥模范城“十连冠”"), Some("荣膺"));
        // A done word before another thing's quoted name names that thing (Guangdong 2024);
        // before the thing's own name it reports it.
        assert_eq!(
            done_word_beside(
                "数据资源“一网共享”、政府运行“一网协同”能力有效提升",
                "数据资源“一网共享”"
            ),
            None
        );
        assert_eq!(
            done_word_beside("出台“民营经济30条”", "“民营经济30条”"),
            Some("出台")
        );
    }

    /// Clauses of one section, indexed as a review or a plan is.
    fn indexed(clauses: &[&str]) -> Indexed {
        Indexed::new(
            clauses
                .iter()
                .map(|clause| Place {
                    section: "一".to_string(),
                    line: 1,
                    clause: clause.to_string(),
                    next: None,
                    text: Text::new(clause),
                })
                .collect(),
        )
    }

    fn probe(object: &str) -> Probe {
        Probe::new(
            &Commitment {
                verb: String::new(),
                object: object.to_string(),
                kind: CommitmentKind::Project,
                section: String::new(),
                line: 0,
                clause: String::new(),
            },
            None,
        )
    }

    /// A name of digits is the same name written in words (`626小河` / `六二六小河`); counts
    /// and short runs are not names.
    #[test]
    fn digits_and_their_words_name_one_thing() {
        assert_eq!(
            digits_spelled_otherwise("626小河改造"),
            Some("六二六小河改造".to_string())
        );
        assert_eq!(
            digits_spelled_otherwise("一一一八工程"),
            Some("1118工程".to_string())
        );
        assert_eq!(digits_spelled_otherwise("三山绿化"), None);
        assert_eq!(digits_spelled_otherwise("十四五规划"), None);
        assert!(mentions("626小河景观改造", "六二六小河景观改造基本完成"));
        assert!(mentions("六二六小河景观改造", "626小河景观改造基本完成"));
    }

    /// The government's own name opening a quoted name stays in the key: `“青州服务”品牌` is
    /// not any `服务品牌` of Qingzhou.
    #[test]
    fn a_quoted_name_keeps_its_place() {
        let c = Commitment {
            verb: String::new(),
            object: "“青州服务”品牌".to_string(),
            kind: CommitmentKind::Title,
            section: String::new(),
            line: 0,
            clause: String::new(),
        };
        assert_eq!(Probe::new(&c, Some("青州")).key, "青州服务品牌");
        // The other plan may name it without the place: the same commitment.
        let with_place = Probe::new(
            &Commitment {
                object: "“青州净菜”进京".to_string(),
                ..c.clone()
            },
            Some("青州"),
        );
        let without = Probe::new(
            &Commitment {
                object: "“净菜进京”".to_string(),
                ..c.clone()
            },
            Some("青州"),
        );
        assert!(with_place.same_object(&without, 2));
        assert!(without.same_object(&with_place, 2));
        let c = Commitment {
            object: "青州客运总站".to_string(),
            ..c
        };
        assert_eq!(Probe::new(&c, Some("青州")).key, "客运总站");
    }

    /// A promise of an amount is kept by a review that repeats its act with at least that
    /// amount (Qinglan 2024), in another multiple of the unit too; a smaller amount, another
    /// act or no amount keeps nothing.
    #[test]
    fn an_amount_reached_keeps_the_promise() {
        let c = Commitment {
            verb: "发放".to_string(),
            object: "消费券".to_string(),
            kind: CommitmentKind::Other,
            section: String::new(),
            line: 0,
            clause: "发放消费券1500万元".to_string(),
        };
        assert_eq!(amount_reached(&c, "分三批发放消费券1600万元"), Some("发放"));
        assert_eq!(amount_reached(&c, "发放消费券0.2亿元"), Some("发放"));
        assert_eq!(amount_reached(&c, "发放消费券1200万元"), None);
        assert_eq!(amount_reached(&c, "消费券使用率达到90%"), None);
        assert_eq!(amount_reached(&c, "发放消费券"), None);
        assert_eq!(amount_reached(&c, "核销消费券1600万元"), None);
    }

    fn mentions(object: &str, clause: &str) -> bool {
        probe(object).mentioned_in(&Text::new(clause), Match::Loose)
    }

    /// A long name by its start only when the clause names something of the thing the rest
    /// names (`商业银行`), and by its start alone when the rest is no thing of its own.
    #[test]
    fn a_long_name_by_its_start() {
        assert!(!mentions(
            "江海湾区国际商业银行",
            "加快建设江海湾区国际消费枢纽"
        ));
        assert!(mentions("江海湾区国际商业银行", "江海湾区国际银行开业"));
        assert!(mentions("国有企业改革深化提升行动", "深化国有企业改革"));
    }

    #[test]
    fn names_levels_documents_and_the_government_itself() {
        // A name the segmenter cuts into single characters tells the thing apart: the
        // works of another place are not its report; a stretch of it named by its stem is.
        assert!(!mentions(
            "乌敏河景观改造工程",
            "完成了广场、街道的景观提升改造"
        ));
        assert!(mentions("乌敏河景观改造工程", "乌敏河沿岸景观改造全面展开"));
        assert_eq!(unknown_names("乌敏河景观改造工程"), ["乌敏河"]);
        assert!(unknown_names("老旧小区既有建筑节能改造").is_empty());
        // A level is compared as a level, not as a word of the name.
        assert!(mentions(
            "国家级老年健康优质服务示范县",
            "我县荣获“全国老年保健优质服务示范县”"
        ));
        // `法` names a law at an end of a word, not inside one.
        assert!(names_document("制定农业促进法"));
        assert!(names_document("宗教事务管理走向法制化"));
        assert!(!names_document("反法西斯纪念馆、西峰山景区设施日益完善"));
        let plan = Commitment {
            verb: "完成".to_string(),
            object: "西峰山景区保护总体规划".to_string(),
            kind: CommitmentKind::Document,
            section: String::new(),
            line: 0,
            clause: String::new(),
        };
        let area = Text::new("反法西斯纪念馆、西峰山景区设施日益完善");
        assert!(!Probe::new(&plan, None).mentioned_in(&area, Match::Loose));
        // The government's own name, left alone by a list of places, is named everywhere.
        let own = Commitment {
            object: "青山湖".to_string(),
            kind: CommitmentKind::Project,
            ..plan.clone()
        };
        let review = Text::new("青山湖区成功举办首届草原论坛");
        assert!(!Probe::new(&own, Some("青山湖")).mentioned_in(&review, Match::Loose));
        assert!(Probe::new(&own, None).mentioned_in(&review, Match::Loose));
    }

    #[test]
    fn preparatory_work_and_campaigns_of_the_year() {
        let status = |verb: &str, object: &str, promised: &str, review: &str| {
            let c = Commitment {
                verb: verb.to_string(),
                object: object.to_string(),
                kind: CommitmentKind::Project,
                section: String::new(),
                line: 0,
                clause: promised.to_string(),
            };
            let probe = Probe::new(&c, None);
            status_in_review(&c, &probe, &indexed(&clauses(review)), &[]).0
        };
        // Preparation promised, the thing reported under construction: kept.
        let prep = "完成北湖水厂扩建前期工作";
        assert_eq!(
            status("完成", "北湖水厂扩建", prep, "北湖水厂扩建工程开工建设"),
            CommitmentStatus::Done
        );
        // Its preparation reported again, or only pushed on: under way.
        assert_eq!(
            status("完成", "北湖水厂扩建", prep, "北湖水厂扩建前期工作有序推进"),
            CommitmentStatus::InProgress
        );
        assert_eq!(
            status("完成", "北湖水厂扩建", prep, "北湖水厂扩建加快推进"),
            CommitmentStatus::InProgress
        );
        // A campaign of the year reported effective is carried out; a work of years is not.
        assert_eq!(
            status(
                "开展",
                "占道经营",
                "集中开展对占道经营、乱贴广告等问题的整治活动",
                "占道经营、乱贴广告等问题得到有效治理"
            ),
            CommitmentStatus::Done
        );
        assert_eq!(
            status(
                "推进",
                "平安北湖建设",
                "继续推进平安北湖建设",
                "平安北湖建设成效显著"
            ),
            CommitmentStatus::InProgress
        );
    }

    #[test]
    fn a_part_of_a_place_reported_by_the_place() {
        let project = CommitmentKind::Project;
        // The second phase of a memorial park's facilities, the park's facilities reported.
        let part = "北山抗战纪念园红色旅游景区二期基础设施工程";
        assert_eq!(
            parents(part),
            ["北山抗战纪念园", "北山抗战纪念园红色旅游景区"]
        );
        assert_eq!(
            status_of(part, project, "北山抗战纪念园设施功能日益完善"),
            CommitmentStatus::InProgress
        );
        assert_eq!(
            status_of(part, project, "北山抗战纪念园游客人数增长两成"),
            CommitmentStatus::Unreported
        );
        // A zone named after an airport is no part of the airport.
        assert!(parents("南湖国际机场临空经济区").is_empty());
    }

    #[test]
    fn the_things_a_key_lists() {
        assert_eq!(list_parts("地方保护和市场分割"), ["地方保护", "市场分割"]);
        // A tail `建设` goes, parts under four characters are no thing of their own.
        assert_eq!(list_parts("高标准农田建设、管护、利用"), ["高标准农田"]);
        // `与` also joins the two sides of one thing.
        assert!(list_parts("西三环南延与沧榆高速互通").is_empty());
        assert!(list_parts("城市更新行动").is_empty());
    }

    /// A thing promised whole and reported finished in one phase is under way.
    #[test]
    fn one_phase_finished_is_progress() {
        let status = |clause: &str| {
            let review = indexed(&[clause]);
            let c = Commitment {
                verb: "建设".to_string(),
                object: "冬运会主场馆".to_string(),
                kind: CommitmentKind::Project,
                section: "二".to_string(),
                line: 9,
                clause: "建设冬运会主场馆".to_string(),
            };
            status_in_review(&c, &probe(&c.object), &review, &[]).0
        };
        assert_eq!(status("冬运会主场馆建成投用"), CommitmentStatus::Done);
        assert_eq!(
            status("冬运会主场馆一期建成投用"),
            CommitmentStatus::InProgress
        );
        // Another item's phase.
        assert_eq!(
            status("滑雪场二期、冬运会主场馆建成投用"),
            CommitmentStatus::Done
        );
    }

    /// How a review reports three kinds of promise (State Council 2019-2021): a study
    /// campaign reported at all was held; a first batch of a thing is a part of it; the plan
    /// or rules of a programme or a system issued are not the work done.
    #[test]
    fn campaigns_first_batches_and_documents() {
        let status = |object: &str, kind: CommitmentKind, clause: &str| {
            let review = indexed(&[clause]);
            let c = Commitment {
                verb: "实施".to_string(),
                object: object.to_string(),
                kind,
                section: "二".to_string(),
                line: 9,
                clause: format!("实施{object}"),
            };
            status_in_review(&c, &probe(&c.object), &review, &[]).0
        };
        let other = CommitmentKind::Other;
        assert_eq!(
            status(
                "“不忘初心、牢记使命”主题教育",
                other,
                "扎实开展“不忘初心、牢记使命”主题教育"
            ),
            CommitmentStatus::Done
        );
        assert_eq!(
            status(
                "东湖实验室",
                CommitmentKind::Institution,
                "组建首批东湖实验室"
            ),
            CommitmentStatus::InProgress
        );
        assert_eq!(
            status(
                "东湖实验室",
                CommitmentKind::Institution,
                "成功组建东湖实验室"
            ),
            CommitmentStatus::Done
        );
        let programme = CommitmentKind::Programme;
        assert_eq!(
            status("国企改革三年行动", programme, "出台国企改革三年行动方案"),
            CommitmentStatus::InProgress
        );
        assert_eq!(
            status("国企改革三年行动", programme, "国企改革三年行动全面完成"),
            CommitmentStatus::Done
        );
    }

    #[test]
    fn a_list_reported_in_part_is_under_way() {
        let review = indexed(&["招投标“双盲”评审等政策惠及企业群众", "远程会诊覆盖全部乡镇"]);
        let found =
            |object: &str| reported_in_part(&probe(object), &review).map(|p| p.clause.clone());
        assert_eq!(
            found("招投标“双盲”评审和远程异地评标").as_deref(),
            Some("招投标“双盲”评审等政策惠及企业群众")
        );
        assert_eq!(found("远程异地评标和网上开标"), None);
        assert_eq!(found("招投标“双盲”评审"), None);
    }

    /// A list continues the other plan's things when its first is named there; one of the
    /// things a list names continues the list.
    #[test]
    fn lists_continue_by_their_first_thing() {
        let continued = |object: &str, others: &[&str]| {
            let probed = Probed::new(
                others.iter().map(|o| Commitment {
                    verb: String::new(),
                    object: o.to_string(),
                    kind: CommitmentKind::Other,
                    section: String::new(),
                    line: 0,
                    clause: String::new(),
                }),
                None,
            );
            let c = Commitment {
                object: object.to_string(),
                ..probed.commitments[0].0.clone()
            };
            let plan = Indexed::new(Vec::new());
            counterpart(
                &c,
                &probe(object),
                &probed.commitments,
                &probed.index,
                &plan,
            )
            .map(|c| c.object)
        };
        assert_eq!(
            continued("地方保护和市场分割", &["市场分割", "地方保护"]).as_deref(),
            Some("地方保护")
        );
        assert_eq!(
            continued("城市更新和城镇老旧小区改造", &["城市更新行动"]).as_deref(),
            Some("城市更新行动")
        );
        assert_eq!(continued("生态移民和失地农民安置", &["失地农民安置"]), None);
        assert_eq!(
            continued("地方保护", &["地方保护和市场分割"]).as_deref(),
            Some("地方保护和市场分割")
        );
    }

    #[test]
    fn a_sibling_named_whole_is_not_this_one() {
        let plan = [
            "京津冀国家技术创新中心河北中心",
            "雄安中心",
            "乌拉哈达水库",
            "青山水库",
        ]
        .map(|o| {
            let c = Commitment {
                verb: String::new(),
                object: o.to_string(),
                kind: CommitmentKind::Institution,
                section: String::new(),
                line: 0,
                clause: String::new(),
            };
            let p = Probe::new(&c, None);
            (c, p)
        });
        let t = Text::new("京津冀国家技术创新中心雄安中心挂牌运营");
        assert!(plan[0].1.mentioned_in(&t, Match::Loose));
        assert!(names_sibling(&plan[0].1, &t, &plan));
        let t = Text::new("乌拉哈达、娄里、青山水库等重大水利工程启动建设");
        assert!(!names_sibling(&plan[2].1, &t, &plan));
    }

    #[test]
    fn a_structure_promised_and_topped_out() {
        let c = Commitment {
            verb: "完成".to_string(),
            object: "城西写字楼".to_string(),
            kind: CommitmentKind::Project,
            section: String::new(),
            line: 0,
            clause: "完成城西写字楼、商贸中心主体建设".to_string(),
        };
        assert_eq!(stage_finished(&c, "城西写字楼主体封顶"), Some("封顶"));
        assert_eq!(stage_finished(&c, "城西写字楼主体施工"), None);
        let whole = Commitment {
            clause: "完成城西写字楼建设".to_string(),
            ..c
        };
        assert_eq!(stage_finished(&whole, "城西写字楼主体封顶"), None);
    }

    #[test]
    fn a_start_kept_and_an_event_held() {
        let status = status_with;
        let institution = CommitmentKind::Institution;
        // Started as promised: done; the same thing promised finished: still under way.
        assert_eq!(
            status(
                "启动",
                "城西社区服务中心",
                institution,
                "城西社区服务中心主体封顶"
            ),
            CommitmentStatus::Done
        );
        assert_eq!(
            status(
                "建成",
                "城西社区服务中心",
                institution,
                "城西社区服务中心主体封顶"
            ),
            CommitmentStatus::InProgress
        );
        // A programme launched and carried out is under way.
        assert_eq!(
            status(
                "启动",
                "秸秆综合利用试点",
                CommitmentKind::Programme,
                "开展秸秆综合利用试点"
            ),
            CommitmentStatus::InProgress
        );
        // An event reported was held, unless it is being prepared.
        let event = CommitmentKind::Event;
        assert_eq!(
            status(
                "办好",
                "草原文化节",
                event,
                "第五届草原文化节吸引游客十万人次"
            ),
            CommitmentStatus::Done
        );
        assert_eq!(
            status("办好", "草原文化节", event, "第五届草原文化节筹备有序"),
            CommitmentStatus::InProgress
        );
    }

    fn status_of(object: &str, kind: CommitmentKind, review: &str) -> CommitmentStatus {
        status_with("实施", object, kind, review)
    }

    /// The status of a promise to `verb` `object` in a review made of `review`'s clauses.
    fn status_with(
        verb: &str,
        object: &str,
        kind: CommitmentKind,
        review: &str,
    ) -> CommitmentStatus {
        let c = Commitment {
            verb: verb.to_string(),
            object: object.to_string(),
            kind,
            section: String::new(),
            line: 0,
            clause: String::new(),
        };
        let probe = Probe::new(&c, None);
        status_in_review(&c, &probe, &indexed(&clauses(review)), &[]).0
    }

    #[test]
    fn the_thesaurus_names_and_evidences_an_object() {
        let programme = CommitmentKind::Programme;
        // Another name of the object: its status is read as from its own name.
        assert_eq!(
            status_of("保交楼", programme, "保交房项目交付3万套"),
            CommitmentStatus::Done
        );
        assert_eq!(
            status_of("城关镇河长管理体系", programme, "全面推行河长制"),
            CommitmentStatus::InProgress
        );
        // The indicator of a plan: under way, however good the figure.
        assert_eq!(
            status_of(
                "空气质量持续改善行动计划",
                programme,
                "细颗粒物(PM2.5)平均浓度下降4%,优良天数比例达到90%"
            ),
            CommitmentStatus::InProgress
        );
        // Not a station that measures it, nor a plan the review does not speak of.
        assert_eq!(
            status_of(
                "空气质量自动监测站",
                CommitmentKind::Project,
                "细颗粒物(PM2.5)平均浓度下降4%"
            ),
            CommitmentStatus::Unreported
        );
        assert_eq!(
            status_of("空气质量持续改善行动计划", programme, "新建污水管网20公里"),
            CommitmentStatus::Unreported
        );
    }

    #[test]
    fn plans_continue_a_renamed_thing() {
        let chars = |t: &str| t.chars().collect::<Vec<char>>();
        let modified = |a: &str, b: &str| modifier_added(&chars(a), &chars(b));
        let stem = |a: &str, b: &str| same_named_thing(&chars(a), &chars(b));
        // A modifier put in or dropped, same start and same head.
        assert!(modified("城南奶牛养殖基地", "城南生态奶牛养殖基地"));
        assert!(!modified("城南奶牛养殖基地", "城北奶牛养殖基地"));
        assert!(!modified("数字经济发展", "数字经济高质量发展"));
        // One short modifier for another before a head of three characters; not before a
        // head of two.
        assert!(modified("城南镇敬老院", "城南片区敬老院"));
        assert!(!modified("城南第一中学", "城南第二中学"));
        // One event renamed with the same opening.
        assert!(modified("江南农机具博览会", "江南农机具交易暨展销会"));
        assert!(!modified("中国国际进口博览会", "中国国际服务贸易交易会"));
        // A zone or a document under its short form: the description between its own name
        // and its head dropped; not after a level or a common word of place.
        assert!(modified("云岭江海深度合作区", "云岭合作区"));
        assert!(modified("云岭合作区条例", "云岭合作区发展促进条例"));
        assert!(!modified("国家级文化产业示范园区", "国家级示范园区"));
        assert!(!modified("城市燃气管道老化更新行动", "城市更新行动"));
        // The long name of one thing, with work on it after.
        assert!(stem(
            "青石山烈士纪念园景区整合",
            "重建青石山烈士纪念园展陈提升工程"
        ));
        assert!(stem("南湖湿地保护区范围调整", "南湖湿地保护区勘界立标"));
        // Another thing after the shared name, or a short shared name.
        assert!(!stem(
            "青石山烈士纪念园景区整合",
            "青石山烈士纪念园游客中心"
        ));
        assert!(!stem("东山组团雨水排放工程", "东山组团社区卫生服务中心"));
    }

    #[test]
    fn plans_continue_by_topic_of_four_characters() {
        let topic = |object: &str, clause: &str| {
            probe(object).mentioned_in(&Text::new(clause), Match::Topic)
        };
        assert!(topic(
            "降低全社会物流成本专项行动",
            "实施降低全社会物流成本行动"
        ));
        assert!(!topic("伊敏河堤防工程", "完成伊敏河两岸景观改造"));
        assert!(!topic("降低全社会物流成本专项行动", "降低物流成本"));
        assert!(!topic("数字经济项目", "深入实施数字经济“一号发展工程”"));
        // A long topic is an agenda, whatever word it ends with; a short one ending with a
        // field's word (`发展`, `转型`) is the field.
        assert!(topic("制造业数字化转型行动", "加快制造业数字化转型"));
        assert!(!topic("融合发展行动", "推动融合发展"));
    }

    #[test]
    fn mentions_by_object_phase_and_level() {
        assert!(mentions("青岚大桥", "青岚大桥建成通车"));
        assert!(mentions("“双减”", "巩固“双减”成果"));
        assert!(mentions("“人工智能+”行动", "“人工智能+”行动深入推进"));
        assert!(mentions(
            "第八届中俄蒙经贸洽谈会",
            "成功举办第九届中俄蒙经贸洽谈会"
        ));
        assert!(!mentions("城北智造园二期", "城北智造园三期开工"));
        // In other words: all content words but one (`农村` left out).
        assert!(mentions(
            "农村宅基地制度改革试点任务",
            "宅基地改革试点任务顺利完成"
        ));
        // A quoted name is found through the quick filter too.
        assert!(mentions(
            "“河北净菜”进京",
            "“河北净菜”等主要菜篮子产品北京市场份额超过四成"
        ));
        assert!(!mentions(
            "国家生态文明建设示范县",
            "创建省级生态文明建设示范县"
        ));
        // Two characters before a head, listed alone; not inside a longer word.
        assert!(mentions(
            "供电工程",
            "供电、供热、通讯、燃气等基础设施开工建设"
        ));
        assert!(!mentions("供电工程", "供电公司完成改造"));
        // Without the township, but not without more: `老年` is tagged a time.
        assert!(mentions("城南镇老年养护院", "老年养护院投入试运行"));
        assert!(!mentions("城南镇老年养护院", "城北镇养护院开工"));
        assert!(!mentions("供电工程", "农村供电、供水能力提升"));
    }
}
