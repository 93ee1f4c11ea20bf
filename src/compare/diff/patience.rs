//! Patience diff of two sequences of numbered tokens: `similar`'s own algorithm
//! (`similar::algorithms::patience` of similar 3.2.1, with its shared heuristics and no
//! deadline), step for step, so the edit script is the same, but cheaper for numbers.
//!
//! Patience pairs the tokens found exactly once on each side (its anchors) with Myers, then
//! diffs the gaps between paired anchors with Myers. `similar` hands Myers the anchors as
//! `UniqueItem`s, each a reference to the whole sequence and an index: every comparison of
//! two anchors looks both tokens up again through their sequences, with bounds checks, and
//! that search was 14M of the 19M instructions the word diffs of the samples cost (most of a
//! rewritten paragraph's tokens are anchors, and few of them pair). Here Myers gets the
//! anchors' numbers themselves. Myers sees the same values, compares them by the same
//! equality and hashes them the same way (a `UniqueItem` hashes as its value), so it pairs
//! the same anchors. Both Myers diffs are [`super::myers::diff`], `similar`'s Myers for
//! numbers. The tests below check the operations against `similar::capture_diff_slices` on
//! generated sequences of several shapes.

use similar::algorithms::{DiffHook, NoFinishHook, Replace};

use super::myers;

/// Sides at least this long (and their product at least `FAST_PATH_MIN_WORK`) are first
/// checked for sharing almost nothing, in which case the diff is one replacement
/// (`similar`'s `preflight::maybe_emit_replace_fast_path`, with its constants).
const FAST_PATH_MIN_LEN: usize = 512;
const FAST_PATH_MIN_WORK: usize = 128 * 1024;
const FAST_PATH_BOUNDARY_PROBE: usize = 8;
const NEAR_DISJOINT_COMMON_ITEM_DIVISOR: usize = 1024;
const NEAR_DISJOINT_MAX_COMMON_ITEMS: usize = 64;

/// Reports the patience diff of `old` and `new` to `d`, as
/// `similar::algorithms::patience::diff` does.
pub fn diff<D: DiffHook>(d: &mut D, old: &[u32], new: &[u32]) -> Result<(), D::Error> {
    if nearly_disjoint(old, new) {
        d.delete(0, old.len(), 0)?;
        d.insert(0, 0, new.len())?;
        return d.finish();
    }
    if old.is_empty() || new.is_empty() {
        if !new.is_empty() {
            d.insert(0, 0, new.len())?;
        } else if !old.is_empty() {
            d.delete(0, old.len(), 0)?;
        }
        return d.finish();
    }
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    if old.len() == new.len() && prefix == old.len() {
        d.equal(0, 0, prefix)?;
        return d.finish();
    }
    let (old_at, new_at) = (once_only(old), once_only(new));
    let value = |seq: &[u32], at: &[usize]| -> Vec<u32> { at.iter().map(|&i| seq[i]).collect() };
    let (old_anchors, new_anchors) = (value(old, &old_at), value(new, &new_at));
    let mut anchors = Replace::new(Anchors {
        d,
        old,
        new,
        old_at: &old_at,
        new_at: &new_at,
        old_current: 0,
        new_current: 0,
    });
    myers::diff(
        &mut anchors,
        &old_anchors[..],
        0..old_anchors.len(),
        &new_anchors[..],
        0..new_anchors.len(),
    )
}

/// Whether two long sides share at most a handful of tokens (and neither their first nor
/// their last few): `similar`'s `should_scan` and `has_more_than_common_items`.
fn nearly_disjoint(old: &[u32], new: &[u32]) -> bool {
    let (n, m) = (old.len(), new.len());
    if n < FAST_PATH_MIN_LEN || m < FAST_PATH_MIN_LEN || n.saturating_mul(m) < FAST_PATH_MIN_WORK {
        return false;
    }
    if new[0] == old[0] || new[m - 1] == old[n - 1] {
        return false;
    }
    let probe = n.min(m).min(FAST_PATH_BOUNDARY_PROBE + 1);
    for skip in 1..probe {
        if new[skip] == old[0]
            || new[0] == old[skip]
            || new[m - 1 - skip] == old[n - 1]
            || new[m - 1] == old[n - 1 - skip]
        {
            return false;
        }
    }
    let budget =
        (n.min(m) / NEAR_DISJOINT_COMMON_ITEM_DIVISOR).clamp(1, NEAR_DISJOINT_MAX_COMMON_ITEMS);
    let mut in_old = vec![false; bound(old, new)];
    for &t in old {
        in_old[t as usize] = true;
    }
    new.iter()
        .filter(|&&t| in_old[t as usize])
        .take(budget + 1)
        .count()
        <= budget
}

/// One more than the largest token number of either side.
fn bound(old: &[u32], new: &[u32]) -> usize {
    old.iter().chain(new).max().map_or(0, |&t| t as usize + 1)
}

/// The positions of the tokens found exactly once in `seq`, in order (`similar`'s
/// `utils::unique`).
fn once_only(seq: &[u32]) -> Vec<usize> {
    let mut count = vec![0u8; bound(seq, &[])];
    for &t in seq {
        let c = &mut count[t as usize];
        *c = c.saturating_add(1);
    }
    (0..seq.len())
        .filter(|&i| count[seq[i] as usize] == 1)
        .collect()
}

/// The hook that turns paired anchors into the diff: `similar`'s `Patience` hook. Each
/// paired anchor is reached by the common run before it and a Myers diff of the gap up to
/// it; what follows the last one is diffed at `finish`.
struct Anchors<'a, D: DiffHook> {
    d: &'a mut D,
    old: &'a [u32],
    new: &'a [u32],
    old_at: &'a [usize],
    new_at: &'a [usize],
    old_current: usize,
    new_current: usize,
}

impl<D: DiffHook> DiffHook for Anchors<'_, D> {
    type Error = D::Error;

    fn equal(&mut self, old: usize, new: usize, len: usize) -> Result<(), D::Error> {
        for (old, new) in (old..old + len).zip(new..new + len) {
            let (a0, b0) = (self.old_current, self.new_current);
            let (old_anchor, new_anchor) = (self.old_at[old], self.new_at[new]);
            while self.old_current < old_anchor
                && self.new_current < new_anchor
                && self.new[self.new_current] == self.old[self.old_current]
            {
                self.old_current += 1;
                self.new_current += 1;
            }
            if self.old_current > a0 {
                self.d.equal(a0, b0, self.old_current - a0)?;
            }
            let mut no_finish = NoFinishHook::new(&mut self.d);
            myers::diff(
                &mut no_finish,
                self.old,
                self.old_current..old_anchor,
                self.new,
                self.new_current..new_anchor,
            )?;
            self.old_current = old_anchor;
            self.new_current = new_anchor;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), D::Error> {
        myers::diff(
            self.d,
            self.old,
            self.old_current..self.old.len(),
            self.new,
            self.new_current..self.new.len(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use similar::algorithms::{Capture, Compact};
    use similar::{Algorithm, DiffOp, capture_diff_slices};

    fn ops(old: &[u32], new: &[u32]) -> Vec<DiffOp> {
        let mut d = Compact::new(Replace::new(Capture::new()), old, new);
        diff(&mut d, old, new).unwrap_or_else(|e| match e {});
        d.into_inner().into_inner().into_ops()
    }

    /// `new` made from `old` by edits: runs replaced, cut or put in, tokens drawn from
    /// `alphabet` (a small one repeats tokens, a large one makes most of them anchors).
    fn edited() -> impl Strategy<Value = (Vec<u32>, Vec<u32>)> {
        (1u32..3000, 0usize..1400).prop_flat_map(|(alphabet, len)| {
            let old = proptest::collection::vec(0..alphabet, len);
            let edits = proptest::collection::vec(
                (0usize..1400, 0usize..60, 0usize..60, 0..alphabet),
                0..40,
            );
            (old, edits).prop_map(|(old, edits)| {
                let mut new = old.clone();
                for (at, cut, put, seed) in edits {
                    let at = at.min(new.len());
                    let cut = cut.min(new.len() - at);
                    let fresh =
                        (0..put as u32).map(|k| seed.wrapping_mul(31).wrapping_add(k * 7) % 3000);
                    new.splice(at..at + cut, fresh);
                }
                (old, new)
            })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn same_operations_as_similar((old, new) in edited()) {
            prop_assert_eq!(ops(&old, &new), capture_diff_slices(Algorithm::Patience, &old, &new));
            prop_assert_eq!(ops(&new, &old), capture_diff_slices(Algorithm::Patience, &new, &old));
        }

        #[test]
        fn same_operations_on_lopsided_sides((old, new) in lopsided()) {
            prop_assert_eq!(ops(&old, &new), capture_diff_slices(Algorithm::Patience, &old, &new));
            prop_assert_eq!(ops(&new, &old), capture_diff_slices(Algorithm::Patience, &new, &old));
        }

        #[test]
        fn same_operations_past_the_heuristics((old, new) in scattered()) {
            prop_assert_eq!(ops(&old, &new), capture_diff_slices(Algorithm::Patience, &old, &new));
        }

        #[test]
        fn same_operations_on_unrelated_sides(
            old in proptest::collection::vec(0u32..5000, 0..1200),
            new in proptest::collection::vec(0u32..5000, 0..1200),
        ) {
            prop_assert_eq!(ops(&old, &new), capture_diff_slices(Algorithm::Patience, &old, &new));
        }
    }

    /// Shapes that reach the rarer branches: one side short and the other long (`similar`'s
    /// exact table for a small side), one side more than twice the other with a long common
    /// run a few tokens in (the front anchor), few distinct tokens (long equal runs).
    fn lopsided() -> impl Strategy<Value = (Vec<u32>, Vec<u32>)> {
        (
            proptest::collection::vec(0u32..40, 0..80),
            proptest::collection::vec(0u32..40, 500..1300),
            0usize..5,
            1u32..40,
        )
            .prop_map(|(short, long, skip, alphabet)| {
                let short: Vec<u32> = short.iter().map(|t| t % alphabet).collect();
                let mut shifted: Vec<u32> = (0..skip as u32).map(|k| 1000 + k).collect();
                shifted.extend(long.iter().take(300).map(|t| t % alphabet + 50));
                let long: Vec<u32> = long.iter().map(|t| t % alphabet + 50).collect();
                (short, long, shifted)
            })
            .prop_flat_map(|(short, long, shifted)| {
                (Just(short), Just(long), Just(shifted), proptest::bool::ANY)
            })
            .prop_map(|(short, long, shifted, anchor)| {
                if anchor {
                    (long[..300].to_vec(), [shifted, long].concat())
                } else {
                    (short, long)
                }
            })
    }

    /// Long sides with hundreds of small edits: the search runs past the cost where
    /// `similar`'s heuristics take a long diagonal or the furthest point as the split.
    fn scattered() -> impl Strategy<Value = (Vec<u32>, Vec<u32>)> {
        (
            proptest::collection::vec(0u32..100_000, 1500..3000),
            proptest::collection::vec(
                (0usize..3000, 0usize..4, 0usize..4, 0u32..100_000),
                150..400,
            ),
        )
            .prop_map(|(old, edits)| {
                let mut new = old.clone();
                for (at, cut, put, seed) in edits {
                    let at = at.min(new.len());
                    let cut = cut.min(new.len() - at);
                    new.splice(at..at + cut, (0..put as u32).map(|k| seed + k));
                }
                (old, new)
            })
    }

    #[test]
    fn long_disjoint_sides_are_one_replacement() {
        let old: Vec<u32> = (0..600).collect();
        let mut new: Vec<u32> = (1000..1700).collect();
        new[300] = 17;
        assert_eq!(
            ops(&old, &new),
            capture_diff_slices(Algorithm::Patience, &old, &new)
        );
        assert_eq!(ops(&old, &new).len(), 1);
    }
}
