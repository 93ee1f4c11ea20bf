//! Myers's diff of numbered tokens: `similar::algorithms::myers::diff` (similar 3.2.1, its
//! heuristics, no deadline), step for step, so the edit script is the same; written for
//! `u32` slices so that the search loop is short.
//!
//! The search for the middle snake was about 100 instructions a diagonal in `similar`'s
//! generic code (ranges re-checked at every step, the heuristic's bookkeeping tested inside
//! the loop, most values on the stack), 15M of the samples' html run. Here the common case,
//! before the search has cost enough for the heuristics, is its own loop.
//!
//! Two parts are left to `similar` itself, where they start, because their result does not
//! depend on anything done before: long sides without a common first or last token
//! (`similar`'s preflight, which may set aside tokens that match nothing) and ranges where
//! one side has at most 64 tokens and the other at least 512 (its exact small-side table).
//! The property test in `patience` checks the whole against `similar`.

use std::ops::Range;

use similar::algorithms::{DiffHook, NoFinishHook};

/// `similar`'s constants (`myers.rs`, `preflight.rs`).
const SMALL_SIDE_EXACT_MAX: usize = 64;
const SMALL_SIDE_EXACT_MIN_LARGE: usize = 512;
const SMALL_SIDE_EXACT_MAX_WORK: usize = 64_000_000;
const HEURISTIC_MIN_COST: usize = 256;
const HEURISTIC_MIN_SNAKE: usize = 20;
const HEURISTIC_MIN_MAX_COST: usize = 256;
const HEURISTIC_PROGRESS_FACTOR: usize = 4;
const SCAN_MIN_LEN: usize = 512;
const SCAN_MIN_WORK: usize = 128 * 1024;
const SCAN_BOUNDARY_PROBE: usize = 8;
const ANCHOR_MAX_SKIP: usize = 4;
const ANCHOR_MIN_COMMON: usize = 96;

/// Reports the diff of `old[old_range]` and `new[new_range]` to `d`, then `finish`es it, as
/// `similar::algorithms::myers::diff` does.
pub fn diff<D: DiffHook>(
    d: &mut D,
    old: &[u32],
    old_range: Range<usize>,
    new: &[u32],
    new_range: Range<usize>,
) -> Result<(), D::Error> {
    let prefix = common_prefix(&old[old_range.clone()], &new[new_range.clone()]);
    let (old_start, new_start) = (old_range.start + prefix, new_range.start + prefix);
    let suffix = common_suffix(
        &old[old_start..old_range.end],
        &new[new_start..new_range.end],
    );
    let (old_end, new_end) = (old_range.end - suffix, new_range.end - suffix);
    if preflight_scans(&old[old_start..old_end], &new[new_start..new_end]) {
        return similar::algorithms::myers::diff(d, old, old_range, new, new_range);
    }
    if prefix > 0 {
        d.equal(old_range.start, new_range.start, prefix)?;
    }
    if old_start == old_end && new_start == new_end {
    } else if old_start == old_end {
        d.insert(old_start, new_start, new_end - new_start)?;
    } else if new_start == new_end {
        d.delete(old_start, old_end - old_start, new_start)?;
    } else {
        let max_d = max_d(old_end - old_start, new_end - new_start);
        let mut v = Frontiers {
            forward: vec![0; 2 * max_d],
            backward: vec![0; 2 * max_d],
            offset: max_d as isize,
        };
        let search = Mode::Heuristic;
        conquer(
            d,
            old,
            old_start..old_end,
            new,
            new_start..new_end,
            &mut v,
            search,
        )?;
    }
    if suffix > 0 {
        d.equal(old_range.end - suffix, new_range.end - suffix, suffix)?;
    }
    d.finish()
}

fn common_prefix(old: &[u32], new: &[u32]) -> usize {
    old.iter().zip(new).take_while(|(a, b)| a == b).count()
}

fn common_suffix(old: &[u32], new: &[u32]) -> usize {
    old.iter()
        .rev()
        .zip(new.iter().rev())
        .take_while(|(a, b)| a == b)
        .count()
}

/// Whether `similar`'s preflight looks at the tokens of the two (trimmed) sides: both long,
/// and no common token at or near either end (`preflight::should_scan`).
fn preflight_scans(old: &[u32], new: &[u32]) -> bool {
    let (n, m) = (old.len(), new.len());
    if n < SCAN_MIN_LEN || m < SCAN_MIN_LEN || n.saturating_mul(m) < SCAN_MIN_WORK {
        return false;
    }
    if new[0] == old[0] || new[m - 1] == old[n - 1] {
        return false;
    }
    let probe = n.min(m).min(SCAN_BOUNDARY_PROBE + 1);
    !(1..probe).any(|skip| {
        new[skip] == old[0]
            || new[0] == old[skip]
            || new[m - 1 - skip] == old[n - 1]
            || new[m - 1] == old[n - 1 - skip]
    })
}

fn max_d(len1: usize, len2: usize) -> usize {
    (len1 + len2).div_ceil(2) + 1
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Heuristic,
    Raw,
}

/// The furthest point reached on each diagonal, forwards and backwards (`similar`'s two
/// `V`s): diagonal `k` is at `k + offset`.
struct Frontiers {
    forward: Vec<usize>,
    backward: Vec<usize>,
    offset: isize,
}

#[allow(clippy::too_many_arguments)]
fn conquer<D: DiffHook>(
    d: &mut D,
    old: &[u32],
    mut old_range: Range<usize>,
    new: &[u32],
    mut new_range: Range<usize>,
    v: &mut Frontiers,
    mode: Mode,
) -> Result<(), D::Error> {
    let prefix = common_prefix(&old[old_range.clone()], &new[new_range.clone()]);
    if prefix > 0 {
        d.equal(old_range.start, new_range.start, prefix)?;
    }
    old_range.start += prefix;
    new_range.start += prefix;
    let suffix = common_suffix(&old[old_range.clone()], &new[new_range.clone()]);
    let suffix_at = (old_range.end - suffix, new_range.end - suffix);
    old_range.end -= suffix;
    new_range.end -= suffix;

    while old_range.start < old_range.end && new_range.start < new_range.end {
        let before = (old_range.start, new_range.start);
        front_anchor(d, old, &mut old_range, new, &mut new_range)?;
        if (old_range.start, new_range.start) == before {
            break;
        }
    }

    if old_range.is_empty() && new_range.is_empty() {
    } else if new_range.is_empty() {
        d.delete(old_range.start, old_range.len(), new_range.start)?;
    } else if old_range.is_empty() {
        d.insert(old_range.start, new_range.start, new_range.len())?;
    } else if small_side_exact(old_range.len(), new_range.len()) {
        // The ranges have no common first or last token here, so `similar`'s Myers on them
        // goes straight to the same exact table (and its `finish` is held back).
        similar::algorithms::myers::diff(
            &mut NoFinishHook::new(&mut *d),
            old,
            old_range,
            new,
            new_range,
        )?;
    } else if let Some(split) =
        middle_snake(&old[old_range.clone()], &new[new_range.clone()], v, mode)
    {
        let (old_at, new_at) = (old_range.start + split.old, new_range.start + split.new);
        conquer(
            d,
            old,
            old_range.start..old_at,
            new,
            new_range.start..new_at,
            v,
            split.left,
        )?;
        conquer(
            d,
            old,
            old_at..old_range.end,
            new,
            new_at..new_range.end,
            v,
            split.right,
        )?;
    } else {
        d.delete(old_range.start, old_range.len(), new_range.start)?;
        d.insert(old_range.start, new_range.start, new_range.len())?;
    }

    if suffix > 0 {
        d.equal(suffix_at.0, suffix_at.1, suffix)?;
    }
    Ok(())
}

/// `similar`'s `maybe_emit_small_side_exact` conditions.
fn small_side_exact(old_len: usize, new_len: usize) -> bool {
    let (small, large) = (old_len.min(new_len), old_len.max(new_len));
    !(small == 0
        || small > SMALL_SIDE_EXACT_MAX
        || large < SMALL_SIDE_EXACT_MIN_LARGE
        || old_len.saturating_mul(new_len) > SMALL_SIDE_EXACT_MAX_WORK)
}

/// When one side is at least twice the other, a long common run a few tokens into the
/// larger side is taken at once (`similar`'s `try_emit_front_anchor`).
fn front_anchor<D: DiffHook>(
    d: &mut D,
    old: &[u32],
    old_range: &mut Range<usize>,
    new: &[u32],
    new_range: &mut Range<usize>,
) -> Result<(), D::Error> {
    let (old_len, new_len) = (old_range.len(), new_range.len());
    if old_len <= ANCHOR_MIN_COMMON || new_len <= ANCHOR_MIN_COMMON {
        return Ok(());
    }
    let (small, large) = (old_len.min(new_len), old_len.max(new_len));
    if large < small.saturating_mul(2) {
        return Ok(());
    }
    let max_old_skip = old_len.saturating_sub(1).min(ANCHOR_MAX_SKIP);
    let max_new_skip = new_len.saturating_sub(1).min(ANCHOR_MAX_SKIP);
    let prefer_insert = new_len > old_len;
    let prefer_delete = old_len > new_len;
    let mut best: Option<(usize, usize, usize)> = None;
    'search: for old_skip in 0..=max_old_skip {
        for new_skip in 0..=max_new_skip {
            // Only one side skipped, and only the larger one.
            let one_sided = (old_skip == 0) != (new_skip == 0);
            if !one_sided || (prefer_insert && old_skip != 0) || (prefer_delete && new_skip != 0) {
                continue;
            }
            if new[new_range.start + new_skip] != old[old_range.start + old_skip] {
                continue;
            }
            let common = common_prefix(
                &old[old_range.start + old_skip..old_range.end],
                &new[new_range.start + new_skip..new_range.end],
            );
            if common >= ANCHOR_MIN_COMMON {
                if common >= ANCHOR_MIN_COMMON * 8 {
                    best = Some((old_skip, new_skip, common));
                    break 'search;
                }
                let key = |(o, n, c): (usize, usize, usize)| (c, std::cmp::Reverse(o.max(n)), o, n);
                if best.is_none_or(|b| key((old_skip, new_skip, common)) > key(b)) {
                    best = Some((old_skip, new_skip, common));
                }
            }
        }
    }
    let Some((old_skip, new_skip, common)) = best else {
        return Ok(());
    };
    match (old_skip, new_skip) {
        (0, 0) => {}
        (0, new_skip) => d.insert(old_range.start, new_range.start, new_skip)?,
        (old_skip, 0) => d.delete(old_range.start, old_skip, new_range.start)?,
        (old_skip, new_skip) => d.replace(old_range.start, old_skip, new_range.start, new_skip)?,
    }
    d.equal(
        old_range.start + old_skip,
        new_range.start + new_skip,
        common,
    )?;
    old_range.start += old_skip + common;
    new_range.start += new_skip + common;
    Ok(())
}

/// Where to cut the two sides, relative to their starts, and how to search each half.
struct Split {
    old: usize,
    new: usize,
    left: Mode,
    right: Mode,
}

impl Split {
    fn exact(old: usize, new: usize) -> Split {
        Split {
            old,
            new,
            left: Mode::Raw,
            right: Mode::Raw,
        }
    }
}

#[derive(Clone, Copy)]
struct Candidate {
    old: usize,
    new: usize,
    progress: usize,
    forward: bool,
}

impl Candidate {
    fn split(self) -> Split {
        let (left, right) = if self.forward {
            (Mode::Raw, Mode::Heuristic)
        } else {
            (Mode::Heuristic, Mode::Raw)
        };
        Split {
            old: self.old,
            new: self.new,
            left,
            right,
        }
    }
}

fn keep_best(best: &mut Option<Candidate>, candidate: Candidate) {
    if best.is_none_or(|b| candidate.progress > b.progress) {
        *best = Some(candidate);
    }
}

fn is_interior(old: usize, new: usize, n: usize, m: usize) -> bool {
    old <= n && new <= m && (old != 0 || new != 0) && (old != n || new != m)
}

fn clamp_diagonal_point(x: usize, k: isize, n: usize, m: usize) -> Option<(usize, usize)> {
    if k < 0 && k.unsigned_abs() > m {
        return None;
    }
    let min_old = k.max(0) as usize;
    let max_old = if k >= 0 {
        n.min(m.saturating_add(k as usize))
    } else {
        n.min(m.saturating_sub(k.unsigned_abs()))
    };
    if min_old > max_old {
        return None;
    }
    let x = x.clamp(min_old, max_old);
    Some((x, (x as isize - k) as usize))
}

/// The middle snake of `old` and `new` (whole ranges here), or a heuristic split
/// (`similar`'s `find_middle_snake`).
fn middle_snake(old: &[u32], new: &[u32], v: &mut Frontiers, mode: Mode) -> Option<Split> {
    let (n, m) = (old.len(), new.len());
    let delta = n as isize - m as isize;
    let odd = delta & 1 == 1;
    let off = v.offset;
    let (vf, vb) = (&mut v.forward[..], &mut v.backward[..]);
    vf[(1 + off) as usize] = 0;
    vb[(1 + off) as usize] = 0;
    let d_max = max_d(n, m);
    assert!(vf.len() >= d_max && vb.len() >= d_max);
    let max_cost = match mode {
        Mode::Heuristic => (n.saturating_add(m)).isqrt().max(HEURISTIC_MIN_MAX_COST),
        Mode::Raw => usize::MAX,
    };

    for d in 0..d_max as isize {
        let track_limit = mode == Mode::Heuristic && d as usize >= max_cost;
        let track_good = mode == Mode::Heuristic && d as usize > HEURISTIC_MIN_COST;
        if !track_limit && !track_good {
            // The common case: the plain search.
            let mut k = d;
            while k >= -d {
                let i = (k + off) as usize;
                let mut x = furthest(vf, i, k, d);
                let y0 = (x as isize - k) as usize;
                let x0 = x;
                let mut y = y0;
                while x < n && y < m && old[x] == new[y] {
                    x += 1;
                    y += 1;
                }
                vf[i] = x;
                if odd && (k - delta).abs() < d && x + vf_other(vb, off, k, delta) >= n {
                    return Some(Split::exact(x0, y0));
                }
                k -= 2;
            }
            let mut k = d;
            while k >= -d {
                let i = (k + off) as usize;
                let mut x = furthest(vb, i, k, d);
                let mut y = (x as isize - k) as usize;
                while x < n && y < m && old[n - 1 - x] == new[m - 1 - y] {
                    x += 1;
                    y += 1;
                }
                vb[i] = x;
                if !odd && (k - delta).abs() <= d && x + vf_other(vf, off, k, delta) >= n {
                    return Some(Split::exact(n.wrapping_sub(x), m.wrapping_sub(y)));
                }
                k -= 2;
            }
            continue;
        }

        let mut good: Option<Candidate> = None;
        let mut forward: Option<Candidate> = None;
        let mut backward: Option<Candidate> = None;
        let mut k = d;
        while k >= -d {
            let i = (k + off) as usize;
            let mut x = furthest(vf, i, k, d);
            let y = (x as isize - k) as usize;
            let (x0, y0) = (x, y);
            if x < n && y < m {
                x += common_prefix(&old[x..], &new[y..]);
            }
            let snake = x - x0;
            vf[i] = x;
            if odd && (k - delta).abs() < d && vf[i] + vf_other(vb, off, k, delta) >= n {
                return Some(Split::exact(x0, y0));
            }
            if track_limit
                && let Some((so, sn)) = clamp_diagonal_point(x, k, n, m)
                && is_interior(so, sn, n, m)
            {
                let progress = so.saturating_add(sn);
                keep_best(
                    &mut forward,
                    Candidate {
                        old: so,
                        new: sn,
                        progress,
                        forward: true,
                    },
                );
            }
            if track_good && snake >= HEURISTIC_MIN_SNAKE && x < n && y < m {
                let progress = x.saturating_add(y).saturating_sub(k.unsigned_abs());
                if progress > HEURISTIC_PROGRESS_FACTOR.saturating_mul(d as usize)
                    && is_interior(x0, y0, n, m)
                {
                    keep_best(
                        &mut good,
                        Candidate {
                            old: x0,
                            new: y0,
                            progress,
                            forward: true,
                        },
                    );
                }
            }
            k -= 2;
        }

        let mut k = d;
        while k >= -d {
            let i = (k + off) as usize;
            let mut x = furthest(vb, i, k, d);
            let mut y = (x as isize - k) as usize;
            let x0 = x;
            if x < n && y < m {
                let advance = common_suffix(&old[..n - x], &new[..m - y]);
                x += advance;
                y += advance;
            }
            let snake = x - x0;
            vb[i] = x;
            if !odd && (k - delta).abs() <= d && vb[i] + vf_other(vf, off, k, delta) >= n {
                return Some(Split::exact(n.wrapping_sub(x), m.wrapping_sub(y)));
            }
            if track_limit && let Some((dist_old, dist_new)) = clamp_diagonal_point(x, k, n, m) {
                let (so, sn) = (n - dist_old, m - dist_new);
                if is_interior(so, sn, n, m) {
                    let progress = dist_old.saturating_add(dist_new);
                    keep_best(
                        &mut backward,
                        Candidate {
                            old: so,
                            new: sn,
                            progress,
                            forward: false,
                        },
                    );
                }
            }
            if track_good && snake >= HEURISTIC_MIN_SNAKE && x <= n && y <= m {
                let (so, sn) = (n - x, m - y);
                let progress = x.saturating_add(y).saturating_sub(k.unsigned_abs());
                if so > 0
                    && sn > 0
                    && progress > HEURISTIC_PROGRESS_FACTOR.saturating_mul(d as usize)
                {
                    keep_best(
                        &mut good,
                        Candidate {
                            old: so,
                            new: sn,
                            progress,
                            forward: false,
                        },
                    );
                }
            }
            k -= 2;
        }

        if let Some(split) = good {
            return Some(split.split());
        }
        if d as usize >= max_cost {
            let split = match (forward, backward) {
                (Some(f), Some(b)) => {
                    if f.progress > b.progress {
                        f
                    } else {
                        b
                    }
                }
                (Some(s), None) | (None, Some(s)) => s,
                (None, None) => break,
            };
            return Some(split.split());
        }
    }
    None
}

/// Where the search on diagonal `k` starts at cost `d`: one step down from diagonal `k + 1`
/// or one step right from `k - 1`, whichever reached further (`similar`'s rule, each side).
#[inline(always)]
fn furthest(v: &[usize], i: usize, k: isize, d: isize) -> usize {
    if k == -d || (k != d && v[i - 1] < v[i + 1]) {
        v[i + 1]
    } else {
        v[i - 1] + 1
    }
}

/// The other direction's furthest point on the diagonal facing `k`.
fn vf_other(other: &[usize], off: isize, k: isize, delta: isize) -> usize {
    other[(off - (k - delta)) as usize]
}
