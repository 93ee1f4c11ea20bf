//! Fifth stage: align the two reports, section to section and paragraph to paragraph.
//!
//! Parts are paired role to role (review with review, plan with plan); inside a pair of
//! parts, sections are aligned level by level across the whole part, so that a task that
//! moved to another group is still found. Each level is an assignment problem (Hungarian
//! algorithm, `pathfinding::kuhn_munkres`) over a score that mixes title and content
//! similarity on Chinese character bigrams; pairs below a threshold are left unmatched and
//! become new and dropped sections. Paragraphs are aligned the same way inside matched
//! sections; their word diffs are made later, only for the outputs that show them
//! ([`crate::compare::Comparison::with_diffs`]).
//!
//! Cost: a problem of up to [`EXACT_PAIRS`] pairs (every real one: a section rarely has 60
//! paragraphs) is scored in full and solved exactly. A larger one (thousands of paragraphs
//! in a section, a hostile file of 100,000 headings) would be quadratic to score and cubic
//! to solve, so its candidate pairs are pruned first: each item proposes the items of the
//! other side that share the most of its rarest bigrams (an inverted index of bigrams), only
//! those are scored, and the assignment is solved on each connected group of candidates,
//! exactly when the group is small, best score first when it is not.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use pathfinding::prelude::{Matrix, kuhn_munkres};

use crate::model::{
    Paragraph, ParagraphPair, ParagraphRef, Report, Role, Section, SectionPair, SectionRef,
    SectionStatus,
};

/// Weight of the title in a section's score; the rest is its content.
pub const TITLE_WEIGHT: f64 = 0.35;
/// Least score for two sections to be aligned (chosen on the samples and the national
/// 2021/2022 pair, see `docs/alignment.md`).
pub const SECTION_THRESHOLD: f64 = 0.22;
/// Least bigram similarity for two paragraphs to be aligned.
pub const PARAGRAPH_THRESHOLD: f64 = 0.2;

/// Largest number of pairs (old items × new items) scored in full and solved exactly.
pub const EXACT_PAIRS: usize = 1_000;
/// Largest connected group of candidates (old items × new items) solved exactly; a larger
/// one is solved best score first. The Hungarian step is cubic: 200 × 200 is milliseconds.
const EXACT_GROUP: usize = 40_000;
/// How many of an item's rarest bigrams look for its candidates.
const PROBE_GRAMS: usize = 12;
/// A bigram found in more items than this is too common to propose candidates.
const MAX_POSTING: usize = 64;
/// Candidates an item proposes: those sharing the most of its probed bigrams.
const MAX_CANDIDATES: usize = 8;

/// A bigram multiset as a sorted list (repeats kept), each bigram packed in a `u64`.
type Profile = Vec<u64>;

/// Han-only bigram profile: numbers change every year and must not decide an alignment.
/// The same multiset as `text::similarity::bigrams` of the Han characters, in a form that
/// compares by merging instead of hashing.
fn profile(text: &str) -> Profile {
    HanGrams::sorted(text).into_profile()
}

/// Two Han characters as one bigram.
fn pack(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// The Han bigrams of a text with what joining it to the texts around it needs: its first
/// and last Han characters (the bigram across the join) and how many it has (a text of one
/// Han character is profiled by that character alone). A section's content is its title,
/// paragraphs and children one after another, so its bigrams are theirs plus one at each
/// join: made so, a section's profile costs a merge of sorted runs, where profiling its
/// text anew sorted every paragraph once more for each section above it.
struct HanGrams {
    /// Bigrams of neighbouring Han characters, repeats kept.
    grams: Vec<u64>,
    first: Option<char>,
    last: Option<char>,
    count: usize,
}

impl HanGrams {
    /// The bigrams of one text, in reading order (not sorted).
    fn of(text: &str) -> HanGrams {
        // Every character of the Han blocks is alphanumeric, as `bigrams` requires.
        let mut han = text.chars().filter(|c| crate::text::is_han(*c));
        let first = han.next();
        let mut grams = Vec::with_capacity(text.len() / 3);
        let (mut last, mut count) = (first, usize::from(first.is_some()));
        for c in han {
            if let Some(prev) = last {
                grams.push(pack(prev, c));
            }
            last = Some(c);
            count += 1;
        }
        HanGrams {
            grams,
            first,
            last,
            count,
        }
    }

    /// The bigrams of one text, sorted.
    fn sorted(text: &str) -> HanGrams {
        let mut grams = HanGrams::of(text);
        grams.grams.sort_unstable();
        grams
    }

    /// The bigrams of texts written one after another, sorted. Each piece's bigrams are
    /// sorted already: the stable sort finds those runs and merges them.
    fn joined<'a>(pieces: impl IntoIterator<Item = &'a HanGrams>) -> HanGrams {
        let mut joined = HanGrams {
            grams: Vec::new(),
            first: None,
            last: None,
            count: 0,
        };
        for piece in pieces {
            let Some(first) = piece.first else { continue };
            if let Some(last) = joined.last {
                joined.grams.push(pack(last, first));
            }
            joined.grams.extend_from_slice(&piece.grams);
            joined.first = joined.first.or(piece.first);
            joined.last = piece.last;
            joined.count += piece.count;
        }
        joined.grams.sort();
        joined
    }

    /// The profile of a text of one Han character: that character alone.
    fn single(&self) -> Option<u64> {
        match (self.count, self.first) {
            (1, Some(c)) => Some(pack(c, '\0')),
            _ => None,
        }
    }

    fn into_profile(self) -> Profile {
        self.single().map_or(self.grams, |g| vec![g])
    }

    fn profile(&self) -> Profile {
        self.single()
            .map_or_else(|| self.grams.clone(), |g| vec![g])
    }
}

/// Sørensen–Dice coefficient of two bigram multisets, 0.0 to 1.0.
fn dice(a: &[u64], b: &[u64]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / total as f64
}

/// What is compared of a section or a paragraph.
#[derive(Clone)]
struct Item {
    /// Empty for a paragraph.
    title: Profile,
    content: Profile,
}

impl Item {
    fn section(s: &Section) -> Item {
        Item {
            title: profile(&s.title),
            content: profile(&content(s)),
        }
    }

    fn paragraph(text: &str) -> Item {
        Item {
            title: Profile::new(),
            content: profile(text),
        }
    }

    fn section_score(&self, other: &Item) -> f64 {
        TITLE_WEIGHT * dice(&self.title, &other.title)
            + (1.0 - TITLE_WEIGHT) * dice(&self.content, &other.content)
    }

    fn paragraph_score(&self, other: &Item) -> f64 {
        dice(&self.content, &other.content)
    }
}

/// Aligns `olds` with `news` maximising the summed score; the pairs at or above `threshold`
/// with their score, by old index.
fn align_items(
    olds: &[&Item],
    news: &[&Item],
    threshold: f64,
    score: impl Fn(&Item, &Item) -> f64,
) -> Vec<(usize, usize, f64)> {
    if olds.len().saturating_mul(news.len()) <= EXACT_PAIRS {
        let scores: Vec<Vec<f64>> = olds
            .iter()
            .map(|o| news.iter().map(|n| score(o, n)).collect())
            .collect();
        return assign(&scores, threshold);
    }
    let edges: Vec<(usize, usize, f64)> = candidates(olds, news)
        .into_iter()
        .map(|(i, j)| (i, j, score(olds[i], news[j])))
        .filter(|e| e.2 >= threshold)
        .collect();
    assign_sparse(olds.len(), edges, threshold)
}

/// Candidate pairs of a large problem: each item on either side proposes the items of the
/// other side that share the most of its rarest bigrams. Linear in the items: an item
/// probes at most `PROBE_GRAMS` bigrams of at most `MAX_POSTING` items each.
fn candidates(olds: &[&Item], news: &[&Item]) -> Vec<(usize, usize)> {
    let mut pairs = proposals(olds, news);
    pairs.extend(proposals(news, olds).into_iter().map(|(j, i)| (i, j)));
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// For each item of `from`, the items of `to` sharing the most of its rarest bigrams.
fn proposals(from: &[&Item], to: &[&Item]) -> Vec<(usize, usize)> {
    // The inverted index as one sorted list of (bigram, item): a bigram's items are a run.
    let mut index: Vec<(u64, usize)> = Vec::new();
    for (j, item) in to.iter().enumerate() {
        let start = index.len();
        // The profile is sorted: each bigram once, its repeats skipped (deduplicating the
        // whole index after every item made building it quadratic in the items).
        index.extend(
            item.content
                .iter()
                .enumerate()
                .filter(|&(k, g)| k == 0 || item.content[k - 1] != *g)
                .map(|(_, &g)| (g, j)),
        );
        debug_assert!(index[start..].windows(2).all(|w| w[0] < w[1]));
    }
    index.sort_unstable();
    let mut runs: HashMap<u64, (usize, usize), BuildHasherDefault<GramHasher>> = HashMap::default();
    for (k, &(g, _)) in index.iter().enumerate() {
        runs.entry(g).or_insert((k, k)).1 = k + 1;
    }
    let postings = |g: u64| -> &[(u64, usize)] {
        runs.get(&g).map_or(&[], |&(start, end)| &index[start..end])
    };
    let mut out = Vec::new();
    let mut hits = vec![0usize; to.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (i, item) in from.iter().enumerate() {
        let mut grams: Vec<(usize, u64)> = Vec::new();
        for (k, &g) in item.content.iter().enumerate() {
            if k > 0 && item.content[k - 1] == g {
                continue;
            }
            let df = postings(g).len();
            if df > 0 && df <= MAX_POSTING {
                grams.push((df, g));
            }
        }
        grams.sort_unstable();
        for &(_, g) in grams.iter().take(PROBE_GRAMS) {
            for &(_, j) in postings(g) {
                if hits[j] == 0 {
                    touched.push(j);
                }
                hits[j] += 1;
            }
        }
        let mut best: Vec<(usize, usize)> = touched.iter().map(|&j| (hits[j], j)).collect();
        best.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        out.extend(best.iter().take(MAX_CANDIDATES).map(|&(_, j)| (i, j)));
        for j in touched.drain(..) {
            hits[j] = 0;
        }
    }
    out
}

/// Hashes a packed bigram with one multiplication: the keys are already well spread, and
/// the default hasher (SipHash) would cost more than the rest of the lookup.
#[derive(Default)]
struct GramHasher(u64);

impl Hasher for GramHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = (x ^ (x >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_usize(&mut self, x: usize) {
        self.write_u64(x as u64);
    }
}

/// Solves the assignment on scored candidate pairs: on each connected group of candidates,
/// exactly (Hungarian) when the group has at most `EXACT_GROUP` pairs, else greedily, best
/// score first.
fn assign_sparse(
    old_count: usize,
    edges: Vec<(usize, usize, f64)>,
    threshold: f64,
) -> Vec<(usize, usize, f64)> {
    // Union-find over old items (0..old_count) and new items (old_count..).
    let new_count = edges.iter().map(|e| e.1 + 1).max().unwrap_or(0);
    let mut parent: Vec<usize> = (0..old_count + new_count).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(i, j, _) in &edges {
        let (a, b) = (root(&mut parent, i), root(&mut parent, old_count + j));
        parent[a] = b;
    }
    let mut groups: HashMap<usize, Vec<(usize, usize, f64)>> = HashMap::new();
    for e in edges {
        let r = root(&mut parent, e.0);
        groups.entry(r).or_default().push(e);
    }
    let mut out = Vec::new();
    for (_, mut group) in groups {
        let mut rows: Vec<usize> = group.iter().map(|e| e.0).collect();
        let mut cols: Vec<usize> = group.iter().map(|e| e.1).collect();
        rows.sort_unstable();
        rows.dedup();
        cols.sort_unstable();
        cols.dedup();
        if rows.len() * cols.len() <= EXACT_GROUP {
            // Pairs that were not candidates score below any threshold.
            let mut scores = vec![vec![-1.0; cols.len()]; rows.len()];
            for &(i, j, s) in &group {
                let (r, c) = (
                    rows.binary_search(&i).unwrap_or(0),
                    cols.binary_search(&j).unwrap_or(0),
                );
                scores[r][c] = s;
            }
            out.extend(
                assign(&scores, threshold)
                    .into_iter()
                    .map(|(r, c, s)| (rows[r], cols[c], s)),
            );
        } else {
            group.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
            let (mut old_taken, mut new_taken) = (HashMap::new(), HashMap::new());
            for (i, j, s) in group {
                if !old_taken.contains_key(&i) && !new_taken.contains_key(&j) {
                    old_taken.insert(i, ());
                    new_taken.insert(j, ());
                    out.push((i, j, s));
                }
            }
        }
    }
    out.sort_by_key(|&(i, j, _)| (i, j));
    out
}

fn content(section: &Section) -> String {
    let mut text = section.title.clone();
    for p in &section.paragraphs {
        text.push_str(&p.text);
    }
    for child in &section.children {
        text.push_str(&content(child));
    }
    text
}

fn section_ref(s: &Section) -> SectionRef {
    SectionRef {
        path: s.path.clone(),
        title: s.title.clone(),
        level: s.level,
        line: s.line,
        role: s.role,
    }
}

/// Solves the assignment of `rows` to `cols` maximising the summed score; returns the pairs
/// at or above `threshold` with their score.
pub fn assign(scores: &[Vec<f64>], threshold: f64) -> Vec<(usize, usize, f64)> {
    let rows = scores.len();
    let cols = scores.first().map_or(0, Vec::len);
    if rows == 0 || cols == 0 {
        return Vec::new();
    }
    // kuhn_munkres needs rows <= columns: pad to a square with zero scores.
    let n = rows.max(cols);
    let weights = Matrix::from_fn(n, n, |(r, c)| {
        if r < rows && c < cols {
            let s = scores[r][c];
            if s >= threshold {
                (s * 1_000_000.0).round() as i64
            } else {
                0
            }
        } else {
            0
        }
    });
    let (_, assignment) = kuhn_munkres(&weights);
    assignment
        .into_iter()
        .enumerate()
        .filter(|&(r, c)| r < rows && c < cols && scores[r][c] >= threshold)
        .map(|(r, c)| (r, c, scores[r][c]))
        .collect()
}

/// Aligns all sections of the two reports.
pub fn align_sections(old: &Report, new: &Report) -> Vec<SectionPair> {
    align_profiled(old, &Profiles::default(), new, &Profiles::default())
}

/// The bigram profiles of a report's sections and paragraphs, made once for the report
/// (see [`crate::compare::Prepared`]): aligning it with the report before and the one
/// after reads them twice. Keyed by the address of the section or paragraph in the report
/// they were made of, so that one looked up in another report is not found (and its
/// profile made on the spot).
#[derive(Default)]
pub(crate) struct Profiles {
    sections: HashMap<usize, Item, BuildHasherDefault<GramHasher>>,
    paragraphs: HashMap<usize, Item, BuildHasherDefault<GramHasher>>,
}

impl Profiles {
    /// The profiles of every section and paragraph of `report`.
    pub(crate) fn of(report: &Report) -> Profiles {
        let mut profiles = Profiles::default();
        for part in &report.parts {
            profiles.add(part);
        }
        profiles
    }

    /// Adds the profiles of `section`, its paragraphs and every section below it, and
    /// gives back the bigrams of its content (title, paragraphs, children).
    fn add(&mut self, section: &Section) -> HanGrams {
        let mut pieces = vec![HanGrams::sorted(&section.title)];
        for p in &section.paragraphs {
            let grams = HanGrams::sorted(&p.text);
            let item = Item {
                title: Profile::new(),
                content: grams.profile(),
            };
            self.paragraphs.insert(address(p), item);
            pieces.push(grams);
        }
        for child in &section.children {
            let grams = self.add(child);
            pieces.push(grams);
        }
        let content = HanGrams::joined(&pieces);
        let item = Item {
            title: pieces.swap_remove(0).into_profile(),
            content: content.profile(),
        };
        self.sections.insert(address(section), item);
        content
    }

    fn section<'a>(&'a self, s: &Section) -> Cow<'a, Item> {
        self.sections
            .get(&address(s))
            .map_or_else(|| Cow::Owned(Item::section(s)), Cow::Borrowed)
    }

    fn paragraph<'a>(&'a self, p: &Paragraph) -> Cow<'a, Item> {
        self.paragraphs
            .get(&address(p))
            .map_or_else(|| Cow::Owned(Item::paragraph(&p.text)), Cow::Borrowed)
    }
}

/// Where a value is, as a key.
fn address<T>(value: &T) -> usize {
    std::ptr::from_ref(value) as usize
}

/// The items of sections or paragraphs, as `align_items` reads them.
fn refs<'a>(items: &'a [Cow<'a, Item>]) -> Vec<&'a Item> {
    items.iter().map(|i| &**i).collect()
}

/// The pairs (indices and score) of two lists of sections, each profiled by its report's
/// profiles (`old`'s, `new`'s), scored above `threshold`.
fn align_section_lists(
    (old_profiles, new_profiles): (&Profiles, &Profiles),
    olds: &[&Section],
    news: &[&Section],
    threshold: f64,
) -> Vec<(usize, usize, f64)> {
    let (old_items, new_items) = (
        section_items(old_profiles, olds),
        section_items(new_profiles, news),
    );
    align_items(
        &refs(&old_items),
        &refs(&new_items),
        threshold,
        Item::section_score,
    )
}

/// [`align_sections`] with the profiles of each report made beforehand (`old_profiles` of
/// `old`, `new_profiles` of `new`).
pub(crate) fn align_profiled(
    old: &Report,
    old_profiles: &Profiles,
    new: &Report,
    new_profiles: &Profiles,
) -> Vec<SectionPair> {
    let both = (old_profiles, new_profiles);
    let mut out = Vec::new();
    for role in [Role::Review, Role::Plan, Role::Governance, Role::Other] {
        let olds: Vec<&Section> = old.parts.iter().filter(|p| p.role == role).collect();
        let news: Vec<&Section> = new.parts.iter().filter(|p| p.role == role).collect();
        let pairs = align_section_lists(both, &olds, &news, 0.0);
        let mut matched_old = vec![false; olds.len()];
        let mut matched_new = vec![false; news.len()];
        for (i, j, score) in pairs {
            matched_old[i] = true;
            matched_new[j] = true;
            align_within(olds[i], news[j], score, both, &mut out);
        }
        for (s, _) in olds.iter().zip(&matched_old).filter(|(_, m)| !**m) {
            for d in s.walk() {
                out.push(alone(d, SectionStatus::Dropped));
            }
        }
        for (s, _) in news.iter().zip(&matched_new).filter(|(_, m)| !**m) {
            for d in s.walk() {
                out.push(alone(d, SectionStatus::New));
            }
        }
    }
    out
}

/// The items of `sections`, from `profiles` when they hold them.
fn section_items<'a>(profiles: &'a Profiles, sections: &[&Section]) -> Vec<Cow<'a, Item>> {
    sections.iter().map(|s| profiles.section(s)).collect()
}

/// The items of the paragraphs of `section`, from `profiles` when they hold them.
fn paragraph_items<'a>(profiles: &'a Profiles, section: &Section) -> Vec<Cow<'a, Item>> {
    section
        .paragraphs
        .iter()
        .map(|p| profiles.paragraph(p))
        .collect()
}

/// The alignment score of two paragraphs, 0 to 1: the Dice coefficient of their Han
/// character bigrams.
pub fn paragraph_score(old: &str, new: &str) -> f64 {
    Item::paragraph(old).paragraph_score(&Item::paragraph(new))
}

/// The alignment score of two sections, 0 to 1.
pub fn section_score(old: &Section, new: &Section) -> f64 {
    Item::section(old).section_score(&Item::section(new))
}

fn alone(s: &Section, status: SectionStatus) -> SectionPair {
    let paragraphs = s
        .paragraphs
        .iter()
        .map(|p| {
            let r = Some(ParagraphRef {
                line: p.line,
                text: p.text.clone(),
            });
            match status {
                SectionStatus::New => ParagraphPair {
                    old: None,
                    new: r,
                    similarity: None,
                    diff: Vec::new(),
                    score: None,
                },
                _ => ParagraphPair {
                    old: r,
                    new: None,
                    similarity: None,
                    diff: Vec::new(),
                    score: None,
                },
            }
        })
        .collect();
    let (old, new) = match status {
        SectionStatus::New => (None, Some(section_ref(s))),
        _ => (Some(section_ref(s)), None),
    };
    SectionPair {
        old,
        new,
        status,
        title_changed: false,
        score: None,
        paragraphs,
    }
}

/// A title as compared for renaming: the year in `2023年工作回顾` changes every year and does
/// not make a rename.
fn normalized_title(t: &str) -> String {
    t.chars()
        .filter(|c| c.is_alphanumeric() && !c.is_ascii_digit())
        .collect()
}

/// Aligns the sections below a matched pair of parts, level by level.
fn align_within(
    old_part: &Section,
    new_part: &Section,
    part_score: f64,
    (old_profiles, new_profiles): (&Profiles, &Profiles),
    out: &mut Vec<SectionPair>,
) {
    // Which old path is aligned to which new path, to tell a move from a stay.
    let mut partner: HashMap<String, String> = HashMap::new();
    partner.insert(old_part.path.clone(), new_part.path.clone());
    let both = (old_profiles, new_profiles);
    out.push(pair(old_part, new_part, part_score, false, both));
    let old_all = old_part.walk();
    let new_all = new_part.walk();
    let parents = |all: &[&Section]| -> HashMap<String, String> {
        all.iter()
            .flat_map(|s| s.children.iter().map(|c| (c.path.clone(), s.path.clone())))
            .collect()
    };
    let (old_parents, new_parents) = (parents(&old_all), parents(&new_all));
    let max_level = old_all
        .iter()
        .chain(&new_all)
        .map(|s| s.level)
        .max()
        .unwrap_or(1);
    for level in (old_part.level + 1)..=max_level {
        let olds: Vec<&Section> = old_all
            .iter()
            .copied()
            .filter(|s| s.level == level)
            .collect();
        let news: Vec<&Section> = new_all
            .iter()
            .copied()
            .filter(|s| s.level == level)
            .collect();
        let mut matched_old = vec![false; olds.len()];
        let mut matched_new = vec![false; news.len()];
        let pairs = align_section_lists(both, &olds, &news, SECTION_THRESHOLD);
        for (i, j, score) in pairs {
            matched_old[i] = true;
            matched_new[j] = true;
            let old_parent = old_parents.get(&olds[i].path);
            let new_parent = new_parents.get(&news[j].path);
            let moved = match (old_parent, new_parent) {
                (Some(op), Some(np)) => partner.get(op) != Some(np),
                _ => false,
            };
            partner.insert(olds[i].path.clone(), news[j].path.clone());
            out.push(pair(olds[i], news[j], score, moved, both));
        }
        for (i, s) in olds.iter().enumerate() {
            if !matched_old[i] {
                out.push(alone(s, SectionStatus::Dropped));
            }
        }
        for (j, s) in news.iter().enumerate() {
            if !matched_new[j] {
                out.push(alone(s, SectionStatus::New));
            }
        }
    }
}

fn pair(
    old: &Section,
    new: &Section,
    score: f64,
    moved: bool,
    profiles: (&Profiles, &Profiles),
) -> SectionPair {
    let title_changed = normalized_title(&old.title) != normalized_title(&new.title);
    let status = if moved {
        SectionStatus::Moved
    } else if title_changed {
        SectionStatus::Renamed
    } else {
        SectionStatus::Matched
    };
    SectionPair {
        old: Some(section_ref(old)),
        new: Some(section_ref(new)),
        status,
        title_changed,
        score: Some((score * 1000.0).round() / 1000.0),
        paragraphs: paragraphs_profiled(old, new, profiles),
    }
}

/// Aligns the paragraphs of two matched sections (without their word diffs).
pub fn align_paragraphs(old: &Section, new: &Section) -> Vec<ParagraphPair> {
    paragraphs_profiled(old, new, (&Profiles::default(), &Profiles::default()))
}

fn paragraphs_profiled(
    old: &Section,
    new: &Section,
    (old_profiles, new_profiles): (&Profiles, &Profiles),
) -> Vec<ParagraphPair> {
    let (old_items, new_items) = (
        paragraph_items(old_profiles, old),
        paragraph_items(new_profiles, new),
    );
    let pairs = align_items(
        &refs(&old_items),
        &refs(&new_items),
        PARAGRAPH_THRESHOLD,
        Item::paragraph_score,
    );
    let old_to_new: HashMap<usize, usize> = pairs.iter().map(|&(i, j, _)| (i, j)).collect();
    let new_to_old: HashMap<usize, (usize, f64)> =
        pairs.iter().map(|&(i, j, score)| (j, (i, score))).collect();
    // Order: by new paragraph; a dropped old paragraph follows the pair of the old paragraph
    // before it.
    let mut keyed: Vec<(f64, ParagraphPair)> = Vec::new();
    for (j, p) in new.paragraphs.iter().enumerate() {
        let new_ref = Some(ParagraphRef {
            line: p.line,
            text: p.text.clone(),
        });
        let item = match new_to_old.get(&j) {
            Some(&(i, score)) => {
                let o = &old.paragraphs[i];
                ParagraphPair {
                    old: Some(ParagraphRef {
                        line: o.line,
                        text: o.text.clone(),
                    }),
                    new: new_ref,
                    similarity: None,
                    diff: Vec::new(),
                    score: Some(score),
                }
            }
            None => ParagraphPair {
                old: None,
                new: new_ref,
                similarity: None,
                diff: Vec::new(),
                score: None,
            },
        };
        keyed.push((j as f64, item));
    }
    let mut key = -0.5;
    for (i, o) in old.paragraphs.iter().enumerate() {
        if let Some(&j) = old_to_new.get(&i) {
            key = j as f64 + 0.5;
            continue;
        }
        keyed.push((
            key,
            ParagraphPair {
                old: Some(ParagraphRef {
                    line: o.line,
                    text: o.text.clone(),
                }),
                new: None,
                similarity: None,
                diff: Vec::new(),
                score: None,
            },
        ));
    }
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
    keyed.into_iter().map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::similarity::{bigrams, dice_of};

    /// Pseudo-random Han text: `len` characters of a 3,000-character range, from `seed`.
    fn han_text(seed: u64, len: usize) -> String {
        let mut x = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (0..len)
            .map(|_| {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                char::from_u32(0x4E00 + ((x >> 33) % 3000) as u32).unwrap_or('一')
            })
            .collect()
    }

    /// The profiles made once for a report, a section's from its pieces, are those made
    /// from each section's whole text: on the samples (nested sections, one-character
    /// titles) and on made-up sections with empty and one-character pieces.
    #[test]
    fn profiles_made_from_pieces_are_those_of_the_whole_text() {
        let sample = |name: &str| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("samples")
                .join(name);
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            crate::parse_report(&bytes, name).unwrap_or_else(|e| panic!("{e}"))
        };
        let mut checked = 0;
        for report in [sample("qinglan_2023.txt"), sample("qinglan_2024.txt")] {
            let profiles = Profiles::of(&report);
            for s in report.sections() {
                let made = &profiles.sections[&address(s)];
                let whole = Item::section(s);
                assert_eq!(
                    (&made.title, &made.content),
                    (&whole.title, &whole.content),
                    "{}",
                    s.path
                );
                for p in &s.paragraphs {
                    assert_eq!(profiles.paragraphs[&address(p)].content, profile(&p.text));
                    checked += 1;
                }
            }
        }
        assert!(checked > 40, "{checked} paragraphs");
        for texts in [
            ["", "稳", ""],
            ["稳", "", "进"],
            ["一二", "", "三"],
            ["a", "b", "c"],
        ] {
            let pieces: Vec<HanGrams> = texts.iter().map(|t| HanGrams::sorted(t)).collect();
            assert_eq!(
                HanGrams::joined(&pieces).into_profile(),
                profile(&texts.concat()),
                "{texts:?}"
            );
        }
    }

    #[test]
    fn dice_is_the_bigram_dice_of_the_han_characters() {
        let texts = [
            "推进工业攀登,2023年增长6%",
            "推进产业升级",
            "稳",
            "",
            "abc",
            "发展发展发展",
        ];
        for a in texts {
            for b in texts {
                let han =
                    |t: &str| -> String { t.chars().filter(|c| crate::text::is_han(*c)).collect() };
                let expected = dice_of(&bigrams(&han(a)), &bigrams(&han(b)));
                assert_eq!(dice(&profile(a), &profile(b)), expected, "{a} / {b}");
            }
        }
    }

    #[test]
    fn large_problems_are_pruned_and_still_aligned() {
        let olds: Vec<String> = (0..300).map(|i| han_text(i, 120)).collect();
        // NEW: the same paragraphs in reverse order, each with a fifth rewritten, and 50 new.
        let mut news: Vec<String> = olds
            .iter()
            .rev()
            .enumerate()
            .map(|(k, t)| {
                let keep: String = t.chars().take(96).collect();
                keep + &han_text(10_000 + k as u64, 24)
            })
            .collect();
        news.extend((0..50).map(|i| han_text(20_000 + i, 120)));
        assert!(olds.len() * news.len() > EXACT_PAIRS);
        let items = |v: &[String]| v.iter().map(|t| Item::paragraph(t)).collect::<Vec<_>>();
        let (old_items, new_items) = (items(&olds), items(&news));
        let pairs = align_items(
            &old_items.iter().collect::<Vec<_>>(),
            &new_items.iter().collect::<Vec<_>>(),
            PARAGRAPH_THRESHOLD,
            Item::paragraph_score,
        );
        assert_eq!(pairs.len(), 300);
        for (i, j, score) in pairs {
            assert_eq!(j, 299 - i);
            assert!(score > 0.6, "{score}");
        }
    }

    #[test]
    fn identical_items_by_thousands_finish() {
        assert!(align_items(&[], &[], 0.2, Item::paragraph_score).is_empty());
        let many: Vec<Item> = (0..5000)
            .map(|_| Item::paragraph("加强政府自身建设"))
            .collect();
        let many: Vec<&Item> = many.iter().collect();
        let pairs = align_items(&many, &many, 0.2, Item::paragraph_score);
        // Every bigram is in all 5,000 items: too common to propose anything.
        assert!(pairs.len() <= 5000);
    }

    #[test]
    fn sparse_assignment_is_exact_on_small_groups() {
        // Greedy would take (0, 0, 0.9) and leave 1 alone; the best total pairs both.
        let edges = vec![(0, 0, 0.9), (0, 1, 0.8), (1, 0, 0.7)];
        let pairs = assign_sparse(2, edges, 0.2);
        assert_eq!(pairs, vec![(0, 1, 0.8), (1, 0, 0.7)]);
    }
}
