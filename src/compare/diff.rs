//! Text diff of two paragraphs that reads well in Chinese.
//!
//! Chinese has no spaces, and a character-level diff scatters one-character edits all over a
//! rewritten sentence. So the texts are cut into words (jieba's dictionary and algorithm, [`crate::text::words`]), diffed word by word
//! (`similar`, patience), and then short unchanged runs caught between edits are folded into
//! the edits, as diff-match-patch's semantic clean-up does: `推进|工业|→|产业|升级` reads as one
//! replacement, not confetti.

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};
use similar::DiffOp;
use similar::algorithms::{Capture, Compact, Replace};

mod myers;
mod patience;

/// One run of a diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub kind: SegmentKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SegmentKind {
    Equal,
    Delete,
    Insert,
}

/// Unchanged runs of at most this many characters between two edits are folded into them.
const SHORT_EQUAL: usize = 2;

/// Largest product of the two sides' token counts diffed token by token. Myers's algorithm
/// costs O((n + m)·d) for d edits, at worst n·m; this bound keeps one diff within a few tens
/// of milliseconds. Larger texts (a hostile or broken input: one 5 MB line) are diffed by
/// sentences first, and a replaced stretch still over the bound is shown as deleted and
/// inserted whole.
const MAX_DIFF_CELLS: usize = 16_000_000;

/// A matched pair of paragraphs whose alignment score (the Dice coefficient of their Han
/// character bigrams, [`crate::compare::align::paragraph_score`]) is under this is shown
/// rewritten: the old paragraph deleted and the new one inserted whole, without a word diff.
///
/// The score is a good proxy for the share a word diff would leave unchanged, known before
/// any diffing: each unchanged run of k Han characters brings k − 1 shared bigrams, and the
/// score also counts bigrams shared out of order, so it runs a little above the share. On
/// the 777 matched pairs of the corpus and samples (session 17), the 285 pairs this shows
/// rewritten (under 0.3, neither short) had word diffs keeping 15 % of their text unchanged
/// on average, at most 30 %, 275 of them under 25 %: words scattered over a rewritten
/// paragraph (`加快`, `推进`, `,`), which the reader gets nothing from, and which cost most
/// of the diffing (Myers costs O((n + m)·d) for d edits).
pub const REWRITTEN_BELOW: f64 = 0.3;

/// A pair with a paragraph shorter than this many characters is always diffed word by word:
/// its few edits read well however little it keeps (`[-实现今年经济社会发展的目标任务-]{+做好今年
/// 政府工作+},要把握好以下[-原则和政策取向-]{+三点+}。`, 33 % unchanged, score 0.29), and cost little.
const SHORT_PARAGRAPH: usize = 40;

/// What is shown of a matched pair of paragraphs: their word diff ([`diff`]), or for a pair
/// rewritten (an alignment score under [`REWRITTEN_BELOW`], neither paragraph short) the
/// whole clauses both open and end with kept, and the rest of the old text deleted and of the
/// new inserted, whole (`坚持以改革破难题、以开放促发展,[-持续优化发展环境。…-]{+主动融入长三角
/// 一体化发展。…+}。`: what the word diff of that pair showed too).
/// `score` is their alignment score when the alignment gave it (worked out when `None`).
pub fn paragraph_diff(old: &str, new: &str, score: Option<f64>) -> Vec<Segment> {
    let short = |t: &str| t.chars().nth(SHORT_PARAGRAPH - 1).is_none();
    if old == new
        || short(old)
        || short(new)
        || score.unwrap_or_else(|| crate::compare::align::paragraph_score(old, new))
            >= REWRITTEN_BELOW
    {
        return diff(old, new);
    }
    let (head, tail) = shared_clauses(old, new);
    let mut out = Vec::with_capacity(4);
    push(&mut out, SegmentKind::Equal, &old[..head]);
    push(&mut out, SegmentKind::Delete, &old[head..old.len() - tail]);
    push(&mut out, SegmentKind::Insert, &new[head..new.len() - tail]);
    push(&mut out, SegmentKind::Equal, &old[old.len() - tail..]);
    out
}

/// A mark that ends a clause.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        ',' | '，' | '。' | ';' | '；' | ':' | '：' | '、' | '!' | '！' | '?' | '？'
    )
}

/// The byte lengths of the whole clauses `old` and `new` both open with (up to and with the
/// last clause mark of their common beginning) and both end with (from the first clause mark
/// of their common ending), not overlapping.
fn shared_clauses(old: &str, new: &str) -> (usize, usize) {
    let mut head = 0;
    for ((at, a), b) in old.char_indices().zip(new.chars()) {
        if a != b {
            break;
        }
        if ends_clause(a) {
            head = at + a.len_utf8();
        }
    }
    let room = old.len().min(new.len()) - head;
    let mut tail = 0;
    let mut common = 0;
    for (a, b) in old[head..].chars().rev().zip(new[head..].chars().rev()) {
        if a != b || common + a.len_utf8() > room {
            break;
        }
        common += a.len_utf8();
        if ends_clause(a) {
            tail = common;
        }
    }
    (head, tail)
}

/// Words of `text`, in order; concatenated they give `text` back.
pub fn words(text: &str) -> Vec<&str> {
    crate::text::words::cut(text)
}

/// Sentences of `text` (each with its closing mark), in order.
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['。', ';', '!', '?', '\n']).collect()
}

/// The diff of `old` and `new` as runs of equal, deleted and inserted text.
pub fn diff(old: &str, new: &str) -> Vec<Segment> {
    // What the word diff of a paragraph left as it was gives, without cutting it.
    if old == new {
        return if old.is_empty() {
            Vec::new()
        } else {
            vec![Segment {
                kind: SegmentKind::Equal,
                text: old.to_string(),
            }]
        };
    }
    let (a, b) = crate::text::words::cut_both(old, new);
    let mut raw: Vec<Segment> = Vec::new();
    if a.len().saturating_mul(b.len()) <= MAX_DIFF_CELLS {
        diff_tokens(&a, &b, &mut raw);
    } else {
        diff_sentences(old, new, &mut raw);
    }
    semantic_cleanup(raw)
}

/// Diffs two very long texts sentence by sentence, and the words of each replaced stretch
/// of sentences that is small enough.
fn diff_sentences(old: &str, new: &str, out: &mut Vec<Segment>) {
    let (a, b) = (sentences(old), sentences(new));
    if a.len().saturating_mul(b.len()) > MAX_DIFF_CELLS {
        push(out, SegmentKind::Delete, old);
        push(out, SegmentKind::Insert, new);
        return;
    }
    for op in diff_ops(&a, &b) {
        let (old_range, new_range) = (op.old_range(), op.new_range());
        let (old_part, new_part) = (a[old_range].concat(), b[new_range].concat());
        match op {
            DiffOp::Equal { .. } => push(out, SegmentKind::Equal, &old_part),
            DiffOp::Delete { .. } => push(out, SegmentKind::Delete, &old_part),
            DiffOp::Insert { .. } => push(out, SegmentKind::Insert, &new_part),
            DiffOp::Replace { .. } => {
                let (x, y) = (words(&old_part), words(&new_part));
                if x.len().saturating_mul(y.len()) <= MAX_DIFF_CELLS {
                    diff_tokens(&x, &y, out);
                } else {
                    push(out, SegmentKind::Delete, &old_part);
                    push(out, SegmentKind::Insert, &new_part);
                }
            }
        }
    }
}

/// Patience diff of two token sequences, compared as small integers: each distinct token is
/// numbered once, so the diff compares and hashes numbers, not strings. The operations are
/// `similar::capture_diff_slices(Algorithm::Patience, …)`'s, made by [`patience::diff`].
fn diff_ops<'t>(a: &[&'t str], b: &[&'t str]) -> Vec<DiffOp> {
    let mut ids: HashMap<&'t str, u32> =
        HashMap::with_capacity_and_hasher(a.len() + b.len(), Default::default());
    let mut number = |tokens: &[&'t str]| -> Vec<u32> {
        tokens
            .iter()
            .map(|t| {
                let next = ids.len() as u32;
                *ids.entry(*t).or_insert(next)
            })
            .collect()
    };
    let (x, y) = (number(a), number(b));
    let mut ops = Compact::new(Replace::new(Capture::new()), &x[..], &y[..]);
    patience::diff(&mut ops, &x, &y).unwrap_or_else(|never| match never {});
    ops.into_inner().into_inner().into_ops()
}

/// Appends the word diff of `a` and `b` to `out`.
fn diff_tokens(a: &[&str], b: &[&str], out: &mut Vec<Segment>) {
    for op in diff_ops(a, b) {
        let (old_part, new_part) = (a[op.old_range()].concat(), b[op.new_range()].concat());
        match op {
            DiffOp::Equal { .. } => push(out, SegmentKind::Equal, &old_part),
            DiffOp::Delete { .. } => push(out, SegmentKind::Delete, &old_part),
            DiffOp::Insert { .. } => push(out, SegmentKind::Insert, &new_part),
            DiffOp::Replace { .. } => {
                push(out, SegmentKind::Delete, &old_part);
                push(out, SegmentKind::Insert, &new_part);
            }
        }
    }
}

fn push(out: &mut Vec<Segment>, kind: SegmentKind, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.kind == kind => last.text.push_str(text),
        _ => out.push(Segment {
            kind,
            text: text.to_string(),
        }),
    }
}

/// Folds short equal runs between edits into the edits, then merges each stretch of edits
/// into one deletion followed by one insertion.
fn semantic_cleanup(segments: Vec<Segment>) -> Vec<Segment> {
    let n = segments.len();
    let is_edit = |i: usize| {
        segments
            .get(i)
            .is_some_and(|s| s.kind != SegmentKind::Equal)
    };
    let mut out: Vec<Segment> = Vec::new();
    let mut deleted = String::new();
    let mut inserted = String::new();
    let flush = |out: &mut Vec<Segment>, deleted: &mut String, inserted: &mut String| {
        if !deleted.is_empty() {
            out.push(Segment {
                kind: SegmentKind::Delete,
                text: std::mem::take(deleted),
            });
        }
        if !inserted.is_empty() {
            out.push(Segment {
                kind: SegmentKind::Insert,
                text: std::mem::take(inserted),
            });
        }
    };
    for (i, seg) in segments.iter().enumerate() {
        match seg.kind {
            SegmentKind::Delete => deleted.push_str(&seg.text),
            SegmentKind::Insert => inserted.push_str(&seg.text),
            SegmentKind::Equal => {
                let short = seg.text.chars().count() <= SHORT_EQUAL;
                let between = i > 0 && i + 1 < n && is_edit(i - 1) && is_edit(i + 1);
                if short && between {
                    deleted.push_str(&seg.text);
                    inserted.push_str(&seg.text);
                } else {
                    flush(&mut out, &mut deleted, &mut inserted);
                    push(&mut out, SegmentKind::Equal, &seg.text);
                }
            }
        }
    }
    flush(&mut out, &mut deleted, &mut inserted);
    out
}

/// The share of `old` and `new` that is unchanged, 0.0 to 1.0.
pub fn unchanged_share(segments: &[Segment]) -> f64 {
    let count = |k: SegmentKind| -> usize {
        segments
            .iter()
            .filter(|s| s.kind == k)
            .map(|s| s.text.chars().count())
            .sum()
    };
    let equal = count(SegmentKind::Equal);
    let total = 2 * equal + count(SegmentKind::Delete) + count(SegmentKind::Insert);
    if total == 0 {
        1.0
    } else {
        2.0 * equal as f64 / total as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| match s.kind {
                SegmentKind::Equal => s.text.clone(),
                SegmentKind::Delete => format!("[-{}-]", s.text),
                SegmentKind::Insert => format!("{{+{}+}}", s.text),
            })
            .collect()
    }

    #[test]
    fn word_level_replacement() {
        let d = diff("推进工业强县,夯实产业根基。", "推进产业升级,夯实产业根基。");
        assert_eq!(render(&d), "推进[-工业强县-]{+产业升级+},夯实产业根基。");
    }

    #[test]
    fn numbers_change_as_whole_words() {
        let d = diff("新增就业8000人以上", "新增就业7500人以上");
        let text = render(&d);
        assert!(text.contains("[-8000-]{+7500+}"), "{text}");
    }

    #[test]
    fn short_equal_runs_between_edits_are_folded() {
        let d = diff(
            "完成老旧小区改造10个,加快建设县人民医院新院区",
            "深化老城区有机更新,建成县人民医院新院区",
        );
        // No one-character islands of equality survive between edits.
        for w in d.windows(3) {
            if w[1].kind == SegmentKind::Equal
                && w[0].kind != SegmentKind::Equal
                && w[2].kind != SegmentKind::Equal
            {
                assert!(w[1].text.chars().count() > SHORT_EQUAL, "{}", render(&d));
            }
        }
        assert!(render(&d).ends_with("县人民医院新院区"));
    }

    fn restored(d: &[Segment]) -> (String, String) {
        let side = |skip: SegmentKind| -> String {
            d.iter()
                .filter(|s| s.kind != skip)
                .map(|s| s.text.as_str())
                .collect()
        };
        (side(SegmentKind::Insert), side(SegmentKind::Delete))
    }

    #[test]
    fn very_long_texts_are_diffed_by_sentences() {
        // Sentences of distinct numbers, so that each is a few words and all differ.
        let text = |from: usize| -> String {
            (from..from + 3000)
                .map(|i| format!("推进第{i}项重点工作。"))
                .collect()
        };
        let (a, b) = (text(0), text(1500));
        assert!(words(&a).len() * words(&b).len() > MAX_DIFF_CELLS);
        let d = diff(&a, &b);
        assert_eq!(restored(&d), (a.clone(), b.clone()));
        // The shared half is found as one unchanged run.
        let equal: usize = d
            .iter()
            .filter(|s| s.kind == SegmentKind::Equal)
            .map(|s| s.text.chars().count())
            .sum();
        assert!(equal * 3 > a.chars().count(), "{equal}");
    }

    #[test]
    fn one_huge_sentence_is_replaced_whole() {
        let a: String = (0..9000).map(|i| format!("第{i}项")).collect();
        let b: String = (0..9000).map(|i| format!("第{}项", i * 7)).collect();
        let d = diff(&a, &b);
        assert_eq!(restored(&d), (a, b));
    }

    #[test]
    fn paragraphs_sharing_little_are_shown_rewritten_whole() {
        // Two long paragraphs of one subject in other words: a few words in common
        // (`推进`, `加强`, `,`), which a word diff would scatter over the whole.
        let old = "推进城市更新行动,改造老旧小区一百个,加强地下管网建设,完善社区养老托育服务设施,提升城市精细化管理水平。";
        let new = "推进乡村全面振兴,加强高标准农田建设,发展县域富民产业,改善农村人居环境,健全农民持续增收机制。";
        assert!(crate::compare::align::paragraph_score(old, new) < REWRITTEN_BELOW);
        let d = paragraph_diff(old, new, None);
        // The closing mark both share stays unchanged (`推进` opens no whole clause).
        let (x, y) = (old.trim_end_matches('。'), new.trim_end_matches('。'));
        assert_eq!(render(&d), format!("[-{x}-]{{+{y}+}}。"));
        // So do whole clauses both open or end with.
        let (a, b) = (
            format!("坚持稳中求进,{x},守牢底线。"),
            format!("坚持稳中求进,{y},守牢底线。"),
        );
        assert_eq!(
            render(&paragraph_diff(&a, &b, None)),
            format!("坚持稳中求进,[-{x}-]{{+{y}+}},守牢底线。")
        );
        assert!(diff(old, new).iter().any(|s| s.kind == SegmentKind::Equal));
        // A short pair keeps its word diff, however little it shares.
        let (a, b) = ("实现今年经济社会发展的目标任务", "做好今年政府工作");
        assert_eq!(paragraph_diff(a, b, None), diff(a, b));
        // So does a pair sharing much, and an unchanged one.
        let c = "推进城市更新行动,改造老旧小区一百五十个,加强地下管网建设,完善社区养老托育服务设施,提升城市精细化管理水平。";
        assert_eq!(paragraph_diff(old, c, None), diff(old, c));
        assert_eq!(paragraph_diff(old, old, None), diff(old, old));
    }

    #[test]
    fn unchanged_text_is_one_equal_run() {
        let text = "推进工业强县,夯实产业根基。";
        let mut raw = Vec::new();
        diff_tokens(&words(text), &words(text), &mut raw);
        assert_eq!(diff(text, text), semantic_cleanup(raw));
        assert_eq!(diff(text, text).len(), 1);
        assert!(diff("", "").is_empty());
    }

    #[test]
    fn diff_restores_both_texts() {
        let (a, b) = (
            "城乡居民最低生活保障标准提高到每人每月1050元。",
            "城乡居民最低生活保障标准提高到每人每月1150元,完善社会救助体系。",
        );
        let d = diff(a, b);
        let old: String = d
            .iter()
            .filter(|s| s.kind != SegmentKind::Insert)
            .map(|s| s.text.as_str())
            .collect();
        let new: String = d
            .iter()
            .filter(|s| s.kind != SegmentKind::Delete)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!((old.as_str(), new.as_str()), (a, b));
        assert!(unchanged_share(&d) > 0.6);
    }
}
