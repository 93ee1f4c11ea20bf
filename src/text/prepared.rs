//! Regular expressions compiled at build time.
//!
//! Compiling a pattern with the `regex` crate at every start cost more than the search it
//! serves: the commitments' patterns alone were 8–10M instructions of every `html`, `md` and
//! `json` run on the samples, a twentieth of it (Thompson NFAs of alternations of Chinese
//! characters, forwards and backwards, and their literal prefilters). A pattern written
//! `prepared!(r"…")` is compiled by `build.rs` into two dense DFAs (forward, and reverse to
//! find where a match starts: `regex_automata::dfa::regex`), embedded in the binary and read
//! in place at first use. The pattern stays in the source beside the rule it serves; the
//! syntax and the matches are the `regex` crate's (leftmost-first, Unicode), by the same
//! parser, and a test checks that every prepared pattern finds what `regex` finds.
//!
//! `build.rs` finds the patterns by reading the sources for `prepared!(r"…")` (a raw string
//! literal, alone in the macro): a pattern it did not see (another form of literal, a file it
//! was not told to read) is compiled at first use with the `regex` crate, as before, and a
//! debug build says so by panicking.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex_automata::dfa::dense::DFA;
use regex_automata::dfa::regex::Regex as DfaRegex;

/// A pattern compiled by `build.rs` (see the module's documentation).
macro_rules! prepared {
    ($pattern:literal) => {
        $crate::text::prepared::Pattern::new($pattern)
    };
}
pub(crate) use prepared;

/// Bytes of a serialised DFA, aligned as its `u32` transitions must be.
#[repr(C, align(4))]
struct Aligned<B: ?Sized> {
    bytes: B,
}

/// One pattern prepared by `build.rs`: its source, its forward and reverse DFAs; no reverse
/// one when every match starts at the start (`^…`).
struct Compiled {
    pattern: &'static str,
    forward: &'static Aligned<[u8]>,
    reverse: Option<&'static Aligned<[u8]>>,
}

// `static PREPARED: &[Compiled]`, written by build.rs.
include!(concat!(env!("OUT_DIR"), "/prepared.rs"));

enum Engine {
    Dfa(Box<DfaRegex<DFA<&'static [u32]>>>),
    /// A pattern matching only at the start: the end of its match is all to find.
    AtStart(Box<DFA<&'static [u32]>>),
    Runtime(regex::Regex),
}

/// The end of the match of `dfa`, a pattern matching only at the start, in `haystack`.
fn end_at_start(dfa: &DFA<&'static [u32]>, haystack: &str) -> Option<usize> {
    use regex_automata::dfa::Automaton;
    let input = regex_automata::Input::new(haystack).anchored(regex_automata::Anchored::Yes);
    dfa.try_search_fwd(&input)
        .expect("a full DFA without quit bytes does not fail")
        .map(|m| m.offset())
}

/// A regular expression of the `regex` crate's syntax, searched with the DFAs `build.rs`
/// made of it.
pub struct Pattern {
    source: &'static str,
    engine: OnceLock<Engine>,
}

/// A match: its span in the haystack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Found<'h> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
    /// Its length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl Pattern {
    pub const fn new(source: &'static str) -> Self {
        Pattern {
            source,
            engine: OnceLock::new(),
        }
    }

    /// The pattern of `source` if `build.rs` prepared it, for a pattern that is not in the
    /// source code (the indicator vocabulary's, from `data/indicators.toml`).
    pub fn prepared(source: &str) -> Option<Pattern> {
        Some(Pattern::new(compiled(source)?.pattern))
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &'static str {
        self.source
    }

    fn engine(&self) -> &Engine {
        self.engine.get_or_init(|| match load(self.source) {
            Some(engine) => engine,
            None => {
                // Little-endian DFAs load on every little-endian target: a pattern missing
                // here is one build.rs did not see.
                if cfg!(debug_assertions) && cfg!(target_endian = "little") {
                    panic!(
                        "pattern not prepared by build.rs (write it `prepared!(r\"…\")` in a \
                         file build.rs reads): {}",
                        self.source
                    );
                }
                Engine::Runtime(regex::Regex::new(self.source).expect("valid pattern"))
            }
        })
    }

    /// Whether the pattern matches anywhere in `haystack`.
    pub fn is_match(&self, haystack: &str) -> bool {
        match self.engine() {
            Engine::Dfa(re) => re.is_match(haystack),
            Engine::AtStart(dfa) => end_at_start(dfa, haystack).is_some(),
            Engine::Runtime(re) => re.is_match(haystack),
        }
    }

    /// The leftmost-first match in `haystack`.
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Found<'h>> {
        let span = match self.engine() {
            Engine::Dfa(re) => re.find(haystack).map(|m| (m.start(), m.end())),
            Engine::AtStart(dfa) => end_at_start(dfa, haystack).map(|end| (0, end)),
            Engine::Runtime(re) => re.find(haystack).map(|m| (m.start(), m.end())),
        };
        span.map(|(start, end)| Found {
            haystack,
            start,
            end,
        })
    }

    /// Every successive non-overlapping match in `haystack`.
    pub fn find_iter<'h>(&self, haystack: &'h str) -> impl Iterator<Item = Found<'h>> + 'h {
        let spans: Vec<(usize, usize)> = match self.engine() {
            Engine::Dfa(re) => re
                .find_iter(haystack)
                .map(|m| (m.start(), m.end()))
                .collect(),
            // After a match, the next search starts past the start: `^` fails there.
            Engine::AtStart(dfa) => end_at_start(dfa, haystack)
                .map(|end| (0, end))
                .into_iter()
                .collect(),
            Engine::Runtime(re) => re
                .find_iter(haystack)
                .map(|m| (m.start(), m.end()))
                .collect(),
        };
        spans.into_iter().map(move |(start, end)| Found {
            haystack,
            start,
            end,
        })
    }

    /// `haystack` with every match replaced by what `with` makes of it (`Regex::replace_all`
    /// with a closure).
    pub fn replace_all<'h>(
        &self,
        haystack: &'h str,
        mut with: impl FnMut(&str) -> String,
    ) -> Cow<'h, str> {
        let mut out = String::new();
        let mut last = 0;
        let mut any = false;
        for m in self.find_iter(haystack) {
            out.push_str(&haystack[last..m.start]);
            out.push_str(&with(m.as_str()));
            last = m.end;
            any = true;
        }
        if !any {
            return Cow::Borrowed(haystack);
        }
        out.push_str(&haystack[last..]);
        Cow::Owned(out)
    }
}

/// What `build.rs` made of `source`, found by binary search: it writes `PREPARED` sorted by
/// pattern (byte order), and each pattern is looked up once a run, by its first search, and
/// the vocabulary's again at every start (a scan read about 200 patterns for each).
fn compiled(source: &str) -> Option<&'static Compiled> {
    let i = PREPARED.binary_search_by(|c| c.pattern.cmp(source)).ok()?;
    Some(&PREPARED[i])
}

/// The DFAs `build.rs` made of `source`, read in place (not copied).
fn load(source: &str) -> Option<Engine> {
    let compiled = compiled(source)?;
    let forward = read_dfa(&compiled.forward.bytes)?;
    let Some(reverse) = compiled.reverse else {
        return Some(Engine::AtStart(Box::new(forward)));
    };
    let reverse = read_dfa(&reverse.bytes)?;
    Some(Engine::Dfa(Box::new(
        DfaRegex::builder().build_from_dfas(forward, reverse),
    )))
}

/// A DFA `build.rs` serialised, read in place. Its header is checked (alignment, label,
/// endianness, format version, the sizes of its parts): a big-endian target gets `None` and
/// compiles the pattern at run time. Its transition table is not: `DFA::from_bytes` checked
/// every transition of every DFA at each start (3.3M instructions of the samples' html run,
/// 2 % of it), for bytes that are no input.
fn read_dfa(bytes: &'static [u8]) -> Option<DFA<&'static [u32]>> {
    // SAFETY: `from_bytes_unchecked` is unsafe because a transition table holding an invalid
    // state identifier could make a search read out of bounds. These bytes are not read from
    // a file: `build.rs` wrote them with `DFA::to_bytes_little_endian` of the regex-automata
    // release this code searches with (Cargo.lock holds one version for the build script and
    // the library, and the header's version is still checked), and they are embedded in the
    // binary. The test `every_prepared_pattern_loads` reads every one of them, forward and
    // reverse, with the checked `DFA::from_bytes`.
    let (dfa, _) = unsafe { DFA::from_bytes_unchecked(bytes) }.ok()?;
    Some(dfa)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every pattern `build.rs` prepared loads, and finds what the `regex` crate finds.
    #[test]
    fn every_prepared_pattern_loads() {
        assert!(!PREPARED.is_empty());
        // `compiled` searches them by binary search.
        assert!(PREPARED.windows(2).all(|w| w[0].pattern < w[1].pattern));
        for compiled in PREPARED {
            assert!(load(compiled.pattern).is_some(), "{}", compiled.pattern);
            // The full check `read_dfa` leaves out, on every DFA it reads.
            let dfas = std::iter::once(compiled.forward).chain(compiled.reverse);
            for (i, dfa) in dfas.enumerate() {
                let checked = DFA::from_bytes(&dfa.bytes);
                assert!(checked.is_ok(), "{} ({i}): {checked:?}", compiled.pattern);
            }
        }
    }

    /// Pieces put around and into the haystacks of the property test.
    const PIECES: &[&str] = &[
        "年", "前", "期", "第", "x", " ", "“", "”", "(", ")", "（", "）", "12", "2024", "3.5",
        "十一", "个", "万", "元", "以上", "建设", "工程",
    ];

    /// A text near pattern `i`: a string it matches (anchors left out), with pieces put
    /// before, after and inside it, and sometimes a stretch cut, so that bounds and anchors
    /// are crossed both ways.
    fn near(i: usize) -> impl Strategy<Value = (usize, String)> {
        let source = PREPARED[i].pattern;
        // Anchors left out, also inside a group (`(?:^|[^0-9])`, `(?:^(\d{4})年…|…)`).
        let body = source
            .strip_prefix('^')
            .unwrap_or(source)
            .replace("(?:^|", "(?:")
            .replace("(?:^(", "(?:(")
            .replace('$', "");
        let piece = || prop::sample::select(PIECES).prop_map(str::to_string);
        (
            proptest::string::string_regex(&body).expect("a pattern proptest can generate from"),
            prop::collection::vec(piece(), 0..3),
            prop::collection::vec(piece(), 0..3),
            prop::option::of((any::<prop::sample::Index>(), piece())),
            prop::option::of((any::<prop::sample::Index>(), 0usize..4)),
        )
            .prop_map(move |(matched, before, after, insert, cut)| {
                let mut chars: Vec<char> = matched.chars().collect();
                if let Some((at, piece)) = insert {
                    let at = at.index(chars.len() + 1);
                    chars.splice(at..at, piece.chars());
                }
                if let Some((at, len)) = cut {
                    let at = at.index(chars.len() + 1);
                    chars.drain(at..(at + len).min(chars.len()));
                }
                let middle: String = chars.into_iter().collect();
                (i, format!("{}{middle}{}", before.concat(), after.concat()))
            })
    }

    fn haystack() -> impl Strategy<Value = (usize, String)> {
        (0..PREPARED.len()).prop_flat_map(near)
    }

    /// Each prepared pattern, and the same compiled by the `regex` crate.
    static BOTH: std::sync::LazyLock<Vec<(Pattern, regex::Regex)>> =
        std::sync::LazyLock::new(|| {
            PREPARED
                .iter()
                .map(|c| {
                    (
                        Pattern::new(c.pattern),
                        regex::Regex::new(c.pattern).unwrap(),
                    )
                })
                .collect()
        });

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// Matches, spans, every match and replacements are those of the `regex` crate.
        #[test]
        fn prepared_patterns_match_as_regex_does((i, text) in haystack()) {
            {
                let (pattern, re) = &BOTH[i];
                let source = pattern.as_str();
                prop_assert!(matches!(pattern.engine(), Engine::Dfa(_) | Engine::AtStart(_)));
                prop_assert_eq!(pattern.is_match(&text), re.is_match(&text), "{}", source);
                prop_assert_eq!(
                    pattern.find(&text).map(|m| m.range()),
                    re.find(&text).map(|m| m.range()),
                    "{}", source
                );
                let ours: Vec<_> = pattern.find_iter(&text).map(|m| m.range()).collect();
                let theirs: Vec<_> = re.find_iter(&text).map(|m| m.range()).collect();
                prop_assert_eq!(ours, theirs, "{}", source);
                prop_assert_eq!(
                    pattern.replace_all(&text, |m| format!("<{m}>")),
                    re.replace_all(&text, |c: &regex::Captures| format!("<{}>", &c[0])),
                    "{}", source
                );
            }
        }
    }
}
