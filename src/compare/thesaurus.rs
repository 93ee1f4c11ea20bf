//! The thesaurus of commitments (`data/commitment_thesaurus.txt`): names of one object across
//! years and between a promise and its report (`保交楼`, `保交房`), and the words by which a
//! review reports progress on an object it does not name (`PM2.5` for an air-pollution plan).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::extract::commitments::{VOCABULARY, thing_kind};
use crate::model::CommitmentKind;

/// Groups of names of one object, and groups of evidence words of an object.
#[derive(Debug)]
pub struct Thesaurus {
    /// Words of one meaning inside names (`棚户区改造`, `棚改`): put one for another only.
    synonyms: Vec<Vec<String>>,
    /// Names of one object (`保交楼`, `保交房`): put one for another, or alone.
    same: Vec<Vec<String>>,
    /// Heads of a named thing written long or short (`公路`, `路`): put one for another at
    /// a key's end.
    heads: Vec<Vec<String>>,
    evidence: Vec<(Vec<String>, Vec<String>)>,
    /// Every word and name looked for in a key, found in one pass (a key was searched for
    /// each of them in turn: a third of a State Council pair's `compare()`).
    finder: AhoCorasick,
}

/// Every place in a key of the finder's words and names, overlapping: (number of the word
/// in the finder, where it starts), in the order they end, so each word's places in order.
struct Found {
    places: Vec<(usize, usize)>,
}

impl Found {
    fn places_of(&self, word: usize) -> impl Iterator<Item = usize> + '_ {
        self.places
            .iter()
            .filter(move |(w, _)| *w == word)
            .map(|(_, at)| *at)
    }

    /// `key.find(word)`.
    fn first(&self, word: usize) -> Option<usize> {
        self.places_of(word).next()
    }

    /// `key.match_indices(word)`: the places, leftmost first, that do not overlap.
    fn non_overlapping(&self, word: usize, len: usize) -> impl Iterator<Item = usize> + '_ {
        let mut free = 0;
        self.places_of(word).filter(move |&at| {
            let take = at >= free;
            if take {
                free = at + len;
            }
            take
        })
    }
}

/// The shipped thesaurus.
pub static THESAURUS: LazyLock<Thesaurus> = LazyLock::new(|| {
    Thesaurus::parse(include_str!("../../data/commitment_thesaurus.txt"))
        .expect("data/commitment_thesaurus.txt is well formed (checked by a unit test)")
});

impl Thesaurus {
    /// Parses `[same]` lines (names separated by spaces) and `[evidence]` lines
    /// (`names : words`); any other line shape is an error naming the line.
    pub fn parse(text: &str) -> Result<Thesaurus, String> {
        let (mut synonyms, mut same, mut evidence) = (Vec::new(), Vec::new(), Vec::new());
        let mut heads = Vec::new();
        let mut section = None;
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = Some(name.to_string());
                continue;
            }
            let words =
                |s: &str| -> Vec<String> { s.split_whitespace().map(str::to_string).collect() };
            match section.as_deref() {
                Some(name @ ("same" | "synonyms" | "heads")) => {
                    let group = words(line);
                    if group.len() < 2 {
                        return Err(format!("line {}: a group of one name", n + 1));
                    }
                    match name {
                        "same" => same.push(group),
                        "synonyms" => synonyms.push(group),
                        _ => heads.push(group),
                    }
                }
                Some("evidence") => {
                    let Some((names, reported_by)) = line.split_once(':') else {
                        return Err(format!("line {}: no `:` between names and words", n + 1));
                    };
                    let (names, words) = (words(names), words(reported_by));
                    if names.is_empty() || words.is_empty() {
                        return Err(format!("line {}: no names or no words", n + 1));
                    }
                    evidence.push((names, words));
                }
                Some(other) => return Err(format!("line {}: unknown section [{other}]", n + 1)),
                None => return Err(format!("line {}: a group before any [section]", n + 1)),
            }
        }
        let looked_for = synonyms.iter().chain(&same).flatten();
        let looked_for = looked_for.chain(evidence.iter().flat_map(|(names, _)| names));
        // A contiguous NFA: a DFA (what `new` picks for so few words) took 4M instructions
        // to build, at every run that traces commitments, for keys of a few characters.
        let finder = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(looked_for)
            .map_err(|e| e.to_string())?;
        Ok(Thesaurus {
            synonyms,
            same,
            heads,
            evidence,
            finder,
        })
    }

    /// Every place in `key` of every word and name of the thesaurus, numbered in the order
    /// the finder was given them (`synonyms`, `same`, then evidence's names); none when
    /// the key holds none of them.
    fn find(&self, key: &str) -> Option<Found> {
        let places: Vec<(usize, usize)> = self
            .finder
            .find_overlapping_iter(key)
            .map(|m| (m.pattern().as_usize(), m.start()))
            .collect();
        (!places.is_empty()).then_some(Found { places })
    }

    /// The key with its head written another way (`百兴公路` → `百兴道路`, `百兴路`), when what
    /// comes before the head is a name of its own (two characters at least), not a word of
    /// scope (`农村公路` is a kind of road).
    pub fn head_renamings(&self, key: &str) -> Vec<String> {
        let scope = VOCABULARY.words("not_names");
        let mut out = Vec::new();
        for group in &self.heads {
            // The longest head of the group the key ends with (`公路`, not `路`).
            let Some(head) = group
                .iter()
                .filter(|h| key.ends_with(h.as_str()))
                .max_by_key(|h| h.len())
            else {
                continue;
            };
            let stem = &key[..key.len() - head.len()];
            if stem.chars().count() < 2 || scope.iter().any(|s| s == stem) {
                continue;
            }
            out.extend(
                group
                    .iter()
                    .filter(|h| *h != head)
                    .map(|h| format!("{stem}{h}")),
            );
        }
        out
    }

    /// Other names of the object of `key`: for each word of a `[synonyms]` or name of a
    /// `[same]` group inside it, the key with another of the group put in its place; and,
    /// for a name of `[same]` that is the key's topic ([`is_topic`]), each other name of
    /// three characters or more alone (`区镇村三级河长管理体系` → `区镇村三级河长制`, `河长制`;
    /// `国企改革三年行动` → `国有企业改革三年行动`, not `国有企业`).
    pub fn renamings(&self, key: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let Some(found) = self.find(key) else {
            return out;
        };
        let mut number = 0;
        let mut next = || {
            number += 1;
            number - 1
        };
        for group in &self.synonyms {
            for word in group {
                if let Some(at) = found.first(next()) {
                    for other in group.iter().filter(|o| *o != word) {
                        out.push(format!("{}{other}{}", &key[..at], &key[at + word.len()..]));
                    }
                }
            }
        }
        for group in &self.same {
            for name in group {
                let Some(at) = found.first(next()) else {
                    continue;
                };
                let topic = is_topic(key, at, name);
                for other in group.iter().filter(|o| *o != name) {
                    let renamed = format!("{}{other}{}", &key[..at], &key[at + name.len()..]);
                    out.push(renamed);
                    if topic && other.chars().count() >= 3 {
                        out.push(other.clone());
                    }
                }
            }
        }
        out.retain(|r| r != key);
        out.sort();
        out.dedup();
        out
    }

    /// The words by which a review reports progress on the object of `key` without naming
    /// it: those of each `[evidence]` group with a name that is the key's topic.
    pub fn evidence(&self, key: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let Some(found) = self.find(key) else {
            return out;
        };
        // Evidence's names come after the words of `synonyms` and the names of `same`.
        let mut number = self.synonyms.iter().chain(&self.same).flatten().count();
        for (names, words) in &self.evidence {
            let first = number;
            number += names.len();
            let topic = names.iter().zip(first..).any(|(name, n)| {
                found
                    .non_overlapping(n, name.len())
                    .any(|at| is_topic(key, at, name))
            });
            if topic {
                out.extend(words.iter().cloned());
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

/// Whether `name`, at `at` in `key`, is what the key is about: before it at most a short
/// scope that names no built thing, institution, event or document (`农村`, `区镇村三级`,
/// `城关镇`); after it nothing, or a programme's kind
/// after words that name no thing (no noun: `持续改善行动计划`, `监测和帮扶`).
/// `空气质量自动监测站` is a station, not air quality; `棚改配套道路绿化工程` the greening of
/// roads, not the renewal of shanty towns.
fn is_topic(key: &str, at: usize, name: &str) -> bool {
    let before = &key[..at];
    let after = &key[at + name.len()..];
    let head = VOCABULARY
        .suffix("head.programme", after)
        .or_else(|| VOCABULARY.suffix("head.plan", after))
        .unwrap_or("");
    let words = &after[..after.len() - head.len()];
    let no_noun = crate::text::words::tag(words)
        .iter()
        .all(|(_, t)| !t.starts_with('n'));
    // A place before the name reads as a title's head (`城关镇`, like `特色小镇`): a scope.
    let scope = matches!(thing_kind(before), None | Some(CommitmentKind::Title));
    // `区、镇、村三级`: the marks of a list of levels are no words.
    before.chars().filter(|&c| c != '、').count() <= 5 && scope && no_noun
}

#[cfg(test)]
mod tests {
    use super::*;

    const INVENTED: &str = "
[synonyms]
城北棚户区改造 城北棚改
[same]
甲乙行动 丙丁行动
[evidence]
水质提升 : 断面达标 水质优良
";

    #[test]
    fn the_shipped_thesaurus_parses() {
        let t = Thesaurus::parse(include_str!("../../data/commitment_thesaurus.txt")).unwrap();
        assert!(t.same.len() >= 10 && t.evidence.len() >= 10);
        assert!(Thesaurus::parse("[same]\n一个名字\n").is_err());
        assert!(Thesaurus::parse("[evidence]\n名字 词语\n").is_err());
        assert!(Thesaurus::parse("甲 乙\n").is_err());
        assert!(Thesaurus::parse("[other]\n甲 乙\n").is_err());
    }

    #[test]
    fn heads_written_long_or_short_after_a_name() {
        let t = Thesaurus::parse("[heads]\n公路 道路 路\n").unwrap();
        assert_eq!(t.head_renamings("百兴公路"), ["百兴道路", "百兴路"]);
        assert_eq!(t.head_renamings("西出口路"), ["西出口公路", "西出口道路"]);
        // A kind of road, not a named one.
        assert!(t.head_renamings("农村公路").is_empty());
        assert!(t.head_renamings("百兴大桥").is_empty());
    }

    #[test]
    fn renamings_put_one_name_for_another() {
        let t = Thesaurus::parse(INVENTED).unwrap();
        assert_eq!(
            t.renamings("城北棚户区改造配套道路"),
            vec!["城北棚改配套道路".to_string()]
        );
        // The topic: the other name alone too; a scope before it is kept out.
        assert_eq!(
            t.renamings("县级甲乙行动"),
            vec!["丙丁行动".to_string(), "县级丙丁行动".to_string()]
        );
        // Another thing after the name: only the name put in its place.
        assert_eq!(
            t.renamings("甲乙行动指挥中心"),
            vec!["丙丁行动指挥中心".to_string()]
        );
        assert!(t.renamings("城南道路").is_empty());
        // A synonym is a word of the name, never the object alone.
        assert_eq!(t.renamings("城北棚改"), vec!["城北棚户区改造".to_string()]);
        assert_eq!(
            THESAURUS.renamings("国企改革三年行动"),
            vec!["国有企业改革三年行动".to_string()]
        );
    }

    #[test]
    fn evidence_only_for_the_topic() {
        let t = Thesaurus::parse(INVENTED).unwrap();
        assert_eq!(
            t.evidence("水质提升三年行动"),
            vec!["断面达标".to_string(), "水质优良".to_string()]
        );
        assert!(t.evidence("水质提升监测站").is_empty());
        assert!(t.evidence("城东新区水质提升").is_empty());
        // The shipped groups: an air-pollution plan is reported by its indicator.
        assert!(
            THESAURUS
                .evidence("空气质量持续改善行动计划")
                .contains(&"PM2.5".to_string())
        );
        assert!(
            THESAURUS
                .renamings("保交楼")
                .contains(&"保交房".to_string())
        );
        // Roads of a renewal area are not the renewal: the name put in its place only.
        assert_eq!(
            THESAURUS.renamings("棚改配套道路绿化工程"),
            vec!["棚户区改造配套道路绿化工程".to_string()]
        );
    }

    /// What `renamings` and `evidence` did before the finder: each word searched in turn.
    fn renamings_one_by_one(t: &Thesaurus, key: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for group in &t.synonyms {
            for word in group {
                if let Some(at) = key.find(word.as_str()) {
                    for other in group.iter().filter(|o| *o != word) {
                        out.push(format!("{}{other}{}", &key[..at], &key[at + word.len()..]));
                    }
                }
            }
        }
        for group in &t.same {
            for name in group {
                let Some(at) = key.find(name.as_str()) else {
                    continue;
                };
                let topic = is_topic(key, at, name);
                for other in group.iter().filter(|o| *o != name) {
                    out.push(format!("{}{other}{}", &key[..at], &key[at + name.len()..]));
                    if topic && other.chars().count() >= 3 {
                        out.push(other.clone());
                    }
                }
            }
        }
        out.retain(|r| r != key);
        out.sort();
        out.dedup();
        out
    }

    fn evidence_one_by_one(t: &Thesaurus, key: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (names, words) in &t.evidence {
            let topic = names.iter().any(|name| {
                key.match_indices(name.as_str())
                    .any(|(at, _)| is_topic(key, at, name))
            });
            if topic {
                out.extend(words.iter().cloned());
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// Keys made of the shipped thesaurus's words and names (repeated, overlapping, cut)
    /// and a few other words.
    fn key() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let t = &*THESAURUS;
        let mut pieces: Vec<String> = t
            .synonyms
            .iter()
            .chain(&t.same)
            .flatten()
            .cloned()
            .collect();
        pieces.extend(
            t.evidence
                .iter()
                .flat_map(|(names, _)| names.iter().cloned()),
        );
        let cut: Vec<String> = pieces
            .iter()
            .map(|p| p.chars().skip(1).collect())
            .filter(|p: &String| !p.is_empty())
            .collect();
        pieces.extend(cut);
        pieces.extend(
            ["县级", "三年行动", "配套道路", "工程", "监测站", "河", "长"].map(String::from),
        );
        prop::collection::vec(prop::sample::select(pieces), 1..4).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(500))]
        /// The finder gives what searching each word in turn gave.
        #[test]
        fn found_in_one_pass_as_one_by_one(key in key()) {
            let t = &*THESAURUS;
            proptest::prop_assert_eq!(t.renamings(&key), renamings_one_by_one(t, &key));
            proptest::prop_assert_eq!(t.evidence(&key), evidence_one_by_one(t, &key));
        }
    }
}
