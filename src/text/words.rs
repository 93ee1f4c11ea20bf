//! Chinese word segmentation that starts in no time: jieba's algorithm over jieba's
//! dictionary, which `build.rs` compiles into a finite-state transducer (`fst`) embedded in
//! the binary and read in place.
//!
//! `jieba_rs::Jieba::new()` parses its 349,045-line text dictionary into a trie at every
//! start (about 0.1 s of CPU and 34 MB); here the same words are looked up in the compiled
//! transducer, so the first call costs what every later one does. The segmentation is the
//! one `Jieba::cut(text, false)` gives (no HMM for unknown words): the text is split into
//! runs of Han characters and ASCII letters, digits and `+#&._%-`; inside a run, the path of
//! dictionary words with the highest product of word probabilities wins, and a stretch of
//! single ASCII letters and digits is joined into one word. Everything else is one character
//! a word (`\r\n` together). `tests/words.rs` checks the equality on every corpus report.

use std::sync::LazyLock;

use fst::raw::{Fst, Output};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/words.rs"));
}

static FST_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words.fst"));

/// The step from the transducer's root of every character from [`ROOT_FIRST`] to
/// [`ROOT_LAST`] (CJK Unified Ideographs, nearly every character of a report), made by
/// `build.rs` from the same transducer: the node reached, the output of the character's
/// bytes, the node's final output, three little-endian `u32`s, `u32::MAX` for none. Every word
/// of the segmentation starts with a step from the root: read here, it is no hash look-up,
/// and no thread decodes the root's nodes again.
static ROOT_STEPS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words_root.bin"));
const ROOT_FIRST: u32 = 0x4E00;
const ROOT_LAST: u32 = 0x9FFF;

/// The compiled dictionary; `Fst::new` only reads the header.
static DICT: LazyLock<Fst<&'static [u8]>> =
    LazyLock::new(|| Fst::new(FST_BYTES).expect("build.rs writes a valid fst"));

/// `ln` of the sum of all frequencies, the denominator of every word's probability.
static LOG_TOTAL: LazyLock<f64> = LazyLock::new(|| (generated::TOTAL_FREQ as f64).ln());

/// The words of `text`, in order; concatenated they give `text` back.
pub fn cut(text: &str) -> Vec<&str> {
    if text.len() > MEMO_MAX_LEN {
        return cut_anew(text);
    }
    if let Some(words) = CUT_MEMO.with_borrow(|memo| {
        memo.get(text)
            .map(|ends| split_at_ends(text, ends, |word, _| word))
    }) {
        return words;
    }
    let words = cut_anew(text);
    let ends = word_ends(text, words.iter().map(|w| (*w, ())));
    CUT_MEMO.with_borrow_mut(|memo| remember(memo, text, ends));
    words
}

fn cut_anew(text: &str) -> Vec<&str> {
    let mut words = Vec::with_capacity(text.len() / 4);
    each_word(text, |word, _| words.push(word));
    words
}

/// Texts up to this many bytes are remembered once segmented, by [`cut`] and [`tag`]
/// separately: the rules segment the same short texts many times over (a commitment's key
/// by each test its probe makes, an object by several rules, the same item in both plans),
/// and a look-up costs a small part of a segmentation. Longer texts (paragraphs, clauses)
/// seldom come twice.
const MEMO_MAX_LEN: usize = 96;

/// Texts remembered per thread before the memo starts over, so that a long run (`track` of a
/// thousand pairs) keeps it small.
const MEMO_MAX_TEXTS: usize = 8192;

/// A text remembered with where each of its words ends and what goes with the word.
type Memo<T> = rustc_hash::FxHashMap<Box<str>, Box<[(u32, T)]>>;

thread_local! {
    static CUT_MEMO: std::cell::RefCell<Memo<()>> = std::cell::RefCell::new(Memo::default());
    static TAG_MEMO: std::cell::RefCell<Memo<&'static str>> =
        std::cell::RefCell::new(Memo::default());
}

/// Where each word ends in `text` (whose slices the words are, in order), with its extra.
fn word_ends<'a, T>(text: &str, words: impl Iterator<Item = (&'a str, T)>) -> Box<[(u32, T)]> {
    let base = text.as_ptr() as usize;
    words
        .map(|(w, extra)| ((w.as_ptr() as usize - base + w.len()) as u32, extra))
        .collect()
}

/// The words of `text` cut at `ends`, each made by `make` with its extra.
fn split_at_ends<'a, T: Copy, W>(
    text: &'a str,
    ends: &[(u32, T)],
    make: impl Fn(&'a str, T) -> W,
) -> Vec<W> {
    let mut start = 0;
    ends.iter()
        .map(|&(end, extra)| {
            let word = &text[start..end as usize];
            start = end as usize;
            make(word, extra)
        })
        .collect()
}

fn remember<T>(memo: &mut Memo<T>, text: &str, ends: Box<[(u32, T)]>) {
    if memo.len() >= MEMO_MAX_TEXTS {
        memo.clear();
    }
    memo.insert(text.into(), ends);
}

/// The words of `text` with their part-of-speech tag (jieba's tag set: `n`, `v`, `vn`, `m`,
/// …). A word outside the dictionary is `m` when it is all digits, `eng` when it has ASCII
/// letters or digits, else `x` (jieba-rs guesses the tag of an unknown Han character with a
/// model instead; jieba's dictionary has nearly every Han character of ordinary text).
pub fn tag(text: &str) -> Vec<(&str, &'static str)> {
    if text.len() > MEMO_MAX_LEN {
        return tag_anew(text);
    }
    if let Some(tagged) = TAG_MEMO.with_borrow(|memo| {
        memo.get(text)
            .map(|ends| split_at_ends(text, ends, |word, tag| (word, tag)))
    }) {
        return tagged;
    }
    let tagged = tag_anew(text);
    let ends = word_ends(text, tagged.iter().copied());
    TAG_MEMO.with_borrow_mut(|memo| remember(memo, text, ends));
    tagged
}

fn tag_anew(text: &str) -> Vec<(&str, &'static str)> {
    let mut tagged = Vec::with_capacity(text.len() / 4);
    each_word(text, |word, entry| {
        let tag = match entry.or_else(|| lookup(word)) {
            Some(value) => generated::TAGS[(value & 0xff) as usize],
            None => guess_tag(word),
        };
        tagged.push((word, tag));
    });
    tagged
}

/// The dictionary entry of `word` (frequency << 8 | tag index), if it is a word.
fn lookup(word: &str) -> Option<u64> {
    let dict = &*DICT;
    let mut node = dict.root();
    let mut out = Output::zero();
    for &b in word.as_bytes() {
        let t = node.transition(node.find_input(b)?);
        out = out.cat(t.out);
        node = dict.node(t.addr);
    }
    node.is_final()
        .then(|| out.cat(node.final_output()).value())
}

fn guess_tag(word: &str) -> &'static str {
    let alnum = word.chars().filter(char::is_ascii_alphanumeric).count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    match alnum {
        0 => "x",
        n if n == digits => "m",
        _ => "eng",
    }
}

/// jieba's `RE_HAN_DEFAULT`: the characters that words are made of.
fn is_word_char(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || ('\u{3400}'..='\u{4DBF}').contains(&c)
        || ('\u{F900}'..='\u{FAFF}').contains(&c)
        || ('\u{20000}'..='\u{2A6DF}').contains(&c)
        || ('\u{2A700}'..='\u{2EBEF}').contains(&c)
        || ('\u{2F800}'..='\u{2FA1F}').contains(&c)
        || c.is_ascii_alphanumeric()
        || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
}

/// Calls `emit` with every word of `text` in order, and its dictionary entry when the
/// segmentation looked it up (`None` does not mean the word is unknown).
fn each_word<'a>(text: &'a str, mut emit: impl FnMut(&'a str, Option<u64>)) {
    let mut scratch = Scratch::default();
    for (run, in_words) in runs(text) {
        if in_words {
            scratch.cut_run(run, &mut emit);
        } else {
            each_other(run, &mut emit);
        }
    }
}

/// The words of `old` and of `new`, as [`cut`] gives them. A run of word characters that
/// `new` shares with `old` is segmented once: a revised paragraph keeps most of its runs
/// (the text between two punctuation marks), and a run's words depend on the run alone.
pub fn cut_both<'a, 'b>(old: &'a str, new: &'b str) -> (Vec<&'a str>, Vec<&'b str>) {
    let mut scratch = Scratch::default();
    let mut old_words = Vec::with_capacity(old.len() / 4);
    // Each run of `old` and where its words are in `old_words`.
    let mut cut_runs: rustc_hash::FxHashMap<&str, (usize, usize)> = Default::default();
    for (run, in_words) in runs(old) {
        if in_words {
            let from = old_words.len();
            scratch.cut_run(run, &mut |word, _| old_words.push(word));
            cut_runs.entry(run).or_insert((from, old_words.len()));
        } else {
            each_other(run, &mut |word, _| old_words.push(word));
        }
    }
    let mut new_words = Vec::with_capacity(new.len() / 4);
    for (run, in_words) in runs(new) {
        if !in_words {
            each_other(run, &mut |word, _| new_words.push(word));
        } else if let Some(&(from, to)) = cut_runs.get(run) {
            let mut at = 0;
            for word in &old_words[from..to] {
                new_words.push(&run[at..at + word.len()]);
                at += word.len();
            }
        } else {
            scratch.cut_run(run, &mut |word, _| new_words.push(word));
        }
    }
    (old_words, new_words)
}

/// The runs of `text` in order, each with whether it is made of word characters.
fn runs(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let in_words = is_word_char(first);
        let end = rest
            .char_indices()
            .find(|&(_, c)| is_word_char(c) != in_words)
            .map_or(rest.len(), |(i, _)| i);
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some((run, in_words))
    })
}

/// The words of a run of other characters: one character a word, `\r\n` together.
fn each_other<'a>(run: &'a str, emit: &mut impl FnMut(&'a str, Option<u64>)) {
    let mut chars = run.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let len = if c == '\r' && chars.next_if(|&(_, c)| c == '\n').is_some() {
            2
        } else {
            c.len_utf8()
        };
        emit(&run[i..i + len], None);
    }
}

/// Where one character leads in the transducer from one node: the node reached (or none,
/// when no word goes on with that character), what the character's bytes add to the output,
/// and the node's final output when a word ends there.
#[derive(Clone, Copy)]
struct Step {
    addr: Option<u32>,
    out: u64,
    end: Option<u64>,
}

/// Steps already taken, by node address and character (see [`step_key`]): a character's
/// step costs one look-up instead of decoding a node for each of its bytes. The map holds
/// only steps a text has taken, so it stays as small as the vocabulary of the texts read
/// (a State Council pair: some 20,000 steps). One per thread, so that `track`'s parallel
/// readers share no lock.
type Steps = std::collections::HashMap<u64, Step, std::hash::BuildHasherDefault<StepHasher>>;

thread_local! {
    static STEPS: std::cell::RefCell<Steps> = std::cell::RefCell::new(Steps::default());
}

fn step_key(addr: usize, c: char) -> u64 {
    (addr as u64) << 21 | u64::from(u32::from(c))
}

/// Hashes a step key (one `u64`) with one multiplication, folded so that both the high bits
/// (the map's control bytes) and the low bits (its buckets) depend on the whole key.
#[derive(Default)]
struct StepHasher(u64);

impl std::hash::Hasher for StepHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        let h = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 29);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The step of `c` from the root, if it is in the table of [`ROOT_STEPS`].
fn root_step(c: char) -> Option<Step> {
    let index = u32::from(c).checked_sub(ROOT_FIRST)?;
    if index > ROOT_LAST - ROOT_FIRST {
        return None;
    }
    let at = index as usize * 12;
    let field = |k: usize| {
        let bytes = &ROOT_STEPS[at + 4 * k..at + 4 * k + 4];
        u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
    };
    let present = |n: u32| (n != u32::MAX).then_some(n);
    Some(Step {
        addr: present(field(0)),
        out: u64::from(field(1)),
        end: present(field(2)).map(u64::from),
    })
}

/// The step of `c` (its UTF-8 bytes `bytes`) from the node at `addr`, from `steps` or
/// walked in the transducer and kept.
fn step(steps: &mut Steps, addr: usize, c: char, bytes: &[u8]) -> Step {
    let key = step_key(addr, c);
    if let Some(found) = steps.get(&key) {
        return *found;
    }
    let walked = walk(addr, bytes);
    if steps.is_empty() {
        // A report takes thousands of steps: skip the first doublings.
        steps.reserve(1 << 12);
    }
    steps.insert(key, walked);
    walked
}

/// Walks `bytes` in the transducer from the node at `addr`.
fn walk(addr: usize, bytes: &[u8]) -> Step {
    let dict = &*DICT;
    let mut node = dict.node(addr);
    let mut out = Output::zero();
    for &b in bytes {
        let Some(k) = node.find_input(b) else {
            return Step {
                addr: None,
                out: 0,
                end: None,
            };
        };
        let t = node.transition(k);
        out = out.cat(t.out);
        node = dict.node(t.addr);
    }
    Step {
        // Addresses fit: the transducer is a few megabytes.
        addr: u32::try_from(node.addr()).ok(),
        out: out.value(),
        end: node.is_final().then(|| node.final_output().value()),
    }
}

/// Buffers reused from one run to the next.
#[derive(Default)]
struct Scratch {
    /// Byte offset of each character of the run, and the run's length at the end.
    offsets: Vec<usize>,
    /// The characters of the run.
    chars: Vec<char>,
    /// Dictionary words starting at each character: `edges[starts[i]..starts[i + 1]]`, as
    /// (index of the character after the word, entry), by increasing end.
    edges: Vec<(usize, u64)>,
    starts: Vec<usize>,
    /// Best path from each character: (log-probability of the rest, end of the next word,
    /// its entry).
    route: Vec<(f64, usize, Option<u64>)>,
}

impl Scratch {
    /// Segments one run of word characters (jieba's `cut_dag_no_hmm`).
    fn cut_run<'a>(&mut self, run: &'a str, emit: &mut impl FnMut(&'a str, Option<u64>)) {
        self.offsets.clear();
        self.offsets.reserve(run.len() / 3 + 1);
        self.chars.clear();
        for (i, c) in run.char_indices() {
            self.offsets.push(i);
            self.chars.push(c);
        }
        self.offsets.push(run.len());
        let n = self.offsets.len() - 1;
        self.build_dag(run, n);
        self.best_route(n);
        let bytes = run.as_bytes();
        let word = |x: usize, y: usize| &run[self.offsets[x]..self.offsets[y]];
        let mut x = 0;
        let mut ascii_from: Option<usize> = None;
        while x < n {
            let (_, y, entry) = self.route[x];
            let single_ascii = y - x == 1 && bytes[self.offsets[x]].is_ascii_alphanumeric();
            if single_ascii {
                ascii_from.get_or_insert(x);
            } else {
                if let Some(start) = ascii_from.take() {
                    let joined = if x - start == 1 {
                        self.route[start].2
                    } else {
                        None
                    };
                    emit(word(start, x), joined);
                }
                emit(word(x, y), entry);
            }
            x = y;
        }
        if let Some(start) = ascii_from {
            let joined = if n - start == 1 {
                self.route[start].2
            } else {
                None
            };
            emit(word(start, n), joined);
        }
    }

    /// Every dictionary word starting at every character, walked in the transducer one
    /// character a step ([`step`]).
    fn build_dag(&mut self, run: &str, n: usize) {
        let root = DICT.root().addr();
        let bytes = run.as_bytes();
        self.edges.clear();
        self.starts.clear();
        // Room for the usual two words a character at once, not grown push by push.
        self.edges.reserve(2 * n);
        self.starts.reserve(n + 1);
        STEPS.with_borrow_mut(|steps| {
            for i in 0..n {
                self.starts.push(self.edges.len());
                let (mut addr, mut out) = (root, 0u64);
                for j in i..n {
                    let char_bytes = &bytes[self.offsets[j]..self.offsets[j + 1]];
                    let c = self.chars[j];
                    let next = match (j == i).then(|| root_step(c)).flatten() {
                        Some(first) => first,
                        None => step(steps, addr, c, char_bytes),
                    };
                    let Some(next_addr) = next.addr else {
                        break;
                    };
                    addr = next_addr as usize;
                    out += next.out;
                    if let Some(end) = next.end {
                        self.edges.push((j + 1, out + end));
                    }
                }
            }
        });
        self.starts.push(self.edges.len());
    }

    /// The most probable path from each character to the end of the run, computed as
    /// jieba-rs does (same sums in the same order, ties to the longer word), so that the
    /// words are the same.
    fn best_route(&mut self, n: usize) {
        let log_total = *LOG_TOTAL;
        self.route.clear();
        self.route.resize(n + 1, (0.0, n, None));
        for i in (0..n).rev() {
            let mut best: Option<(f64, usize, Option<u64>)> = None;
            for &(end, value) in &self.edges[self.starts[i]..self.starts[i + 1]] {
                let log_freq = ((value >> 8) as f64).ln();
                let prob = log_freq - log_total + self.route[end].0;
                match best {
                    Some((p, e, _)) if !(prob > p || (prob == p && end > e)) => {}
                    _ => best = Some((prob, end, Some(value))),
                }
            }
            self.route[i] = best.unwrap_or((-log_total + self.route[i + 1].0, i + 1, None));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_a_plan_sentence() {
        assert_eq!(
            cut("推进工业强县,夯实产业根基。"),
            ["推进", "工业", "强县", ",", "夯实", "产业", "根基", "。"]
        );
    }

    #[test]
    fn digits_join_and_text_comes_back() {
        let text = "新增就业8000人以上,GDP增长6.5%。\r\n下一行";
        let words = cut(text);
        assert!(words.contains(&"8000"), "{words:?}");
        assert!(words.contains(&"\r\n"), "{words:?}");
        assert_eq!(words.concat(), text);
    }

    #[test]
    fn tags_come_from_the_dictionary() {
        let tagged = tag("我们推进工业8000");
        assert_eq!(tagged[0], ("我们", "r"));
        assert_eq!(tagged[1], ("推进", "v"));
        assert_eq!(tagged.last(), Some(&("8000", "m")));
        assert_eq!(lookup("推进").map(|v| v >> 8 > 0), Some(true));
        assert_eq!(lookup("推进工业强县"), None);
    }

    #[test]
    fn both_texts_cut_as_each_alone() {
        let old = "推进工业强县,夯实产业根基。新增就业8000人以上\r\n下一行";
        let new = "推进产业升级,夯实产业根基。新增就业8000人以上,GDP增长6.5%。";
        let (a, b) = cut_both(old, new);
        assert_eq!((a, b), (cut(old), cut(new)));
        assert_eq!(cut_both("", "推进"), (vec![], vec!["推进"]));
    }

    #[test]
    fn remembered_texts_cut_and_tag_as_the_first_time() {
        let texts = [
            "推进工业强县",
            "新增就业8000人以上",
            "",
            "  ,",
            "我们推进工业8000",
        ];
        for text in texts {
            let (words, tagged) = (cut_anew(text), tag_anew(text));
            for _ in 0..2 {
                assert_eq!(cut(text), words);
                assert_eq!(tag(text), tagged);
            }
            // The words are slices of the text asked about, not of the one remembered.
            let copy = text.to_string();
            let again = cut(&copy);
            assert!(
                again
                    .iter()
                    .all(|w| crate::text::offset_in(&copy, w).is_some())
            );
        }
        let long = "推进工业强县,夯实产业根基。".repeat(10);
        assert_eq!(cut(&long), cut_anew(&long));
    }

    #[test]
    fn root_table_steps_as_the_transducer() {
        let root = DICT.root().addr();
        for code in ROOT_FIRST..=ROOT_LAST {
            let c = char::from_u32(code).expect("no surrogates in the range");
            let table = root_step(c).expect("in the table's range");
            let walked = walk(root, c.encode_utf8(&mut [0; 4]).as_bytes());
            assert_eq!((table.addr, table.end), (walked.addr, walked.end), "{c}");
            if walked.addr.is_some() {
                assert_eq!(table.out, walked.out, "{c}");
            }
        }
        assert!(root_step('a').is_none() && root_step('\u{9FFF}').is_some());
        assert!(root_step('\u{A000}').is_none() && root_step('\u{4DFF}').is_none());
    }

    #[test]
    fn empty_and_odd_input() {
        assert!(cut("").is_empty());
        assert_eq!(cut("  ,"), [" ", " ", ","]);
        let odd = "𠀀𠀁a\u{0}é";
        assert_eq!(cut(odd).concat(), odd);
    }
}
