//! Prepares the data the binary embeds, so that start-up parses no text format:
//!
//! - jieba's dictionary (`data/jieba/dict.txt`) compiled into a finite-state transducer
//!   (`src/text/words.rs`): `words.fst` (word → frequency << 8 | tag index) and `words.rs`
//!   (the tag names and the total frequency);
//! - the indicator vocabulary (`data/indicators.toml`, the file people edit) turned into
//!   JSON (`indicators.json`, read by `src/extract/vocabulary.rs`): the TOML parser cost
//!   7.6M instructions at every start, serde_json reads the same tables in a fraction;
//! - the commitments' word lists (`data/commitments.txt`) sorted as the vocabulary reads
//!   them (`commitment_words.rs`, read by `src/extract/commitments.rs`): parsing and sorting
//!   them cost 3.2M instructions at every start;
//! - which characters hanconv's traditional → simplified conversion can change
//!   (`simplify.rs`, read by `src/read/decode.rs`), worked out from its dictionaries at
//!   every start before (2.5M instructions);
//! - the regular expressions written `prepared!(r"…")` in the files of `PREPARED_IN`, each
//!   compiled into a forward and a reverse dense DFA (`prepared.rs` and `prepared/*.dfa`,
//!   read in place by `src/text/prepared.rs`): compiling the commitments' patterns with the
//!   `regex` crate cost 8–10M instructions at every start.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

const DICT: &str = "data/jieba/dict.txt";
const INDICATORS: &str = "data/indicators.toml";
const COMMITMENT_WORDS: &str = "data/commitments.txt";
const WORD_SECTIONS: &str = "src/extract/word_sections.rs";

#[path = "src/extract/word_sections.rs"]
mod word_sections;
/// The sources whose `prepared!(r"…")` patterns are compiled here.
const PREPARED_IN: &[&str] = &[
    "src/extract/commitments.rs",
    "src/compare/commitments.rs",
    "src/extract/indicators.rs",
    "src/read/clean.rs",
    "src/tree/meta.rs",
];

fn main() {
    println!("cargo::rerun-if-changed={DICT}");
    println!("cargo::rerun-if-changed={INDICATORS}");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed={COMMITMENT_WORDS}");
    println!("cargo::rerun-if-changed={WORD_SECTIONS}");
    for file in PREPARED_IN {
        println!("cargo::rerun-if-changed={file}");
    }
    link_without_pie();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR set by cargo"));
    indicators_to_json(&out);
    commitment_words(&out);
    // The rules' files are edited often, the dictionary seldom: compiled again only when it
    // or this file is newer than the compiled map.
    if !up_to_date(&out.join("words.fst"), &[DICT, "build.rs"])
        || !up_to_date(&out.join("words_root.bin"), &[DICT, "build.rs"])
    {
        dictionary_to_fst(&out);
    }
    changing_characters(&out);
    prepare_patterns(&out);
}

/// Whether `output` exists and is newer than every one of `inputs`.
fn up_to_date(output: &std::path::Path, inputs: &[&str]) -> bool {
    let modified = |path: &std::path::Path| std::fs::metadata(path).and_then(|m| m.modified());
    let Ok(made) = modified(output) else {
        return false;
    };
    inputs
        .iter()
        .all(|input| modified(std::path::Path::new(input)).is_ok_and(|changed| changed < made))
}

/// The patterns written `prepared!(r"…")` (or `r#"…"#`) in the files of `PREPARED_IN`,
/// compiled as `regex_automata::dfa::regex::Regex` compiles them (a forward DFA, leftmost
/// first; a reverse one, all matches, to find where a match starts), minimized, and written
/// little-endian; `prepared.rs` lists them for `src/text/prepared.rs`. A pattern whose every
/// match starts where the text does (`^…`) gets no reverse DFA: its matches start at 0, and
/// the reverse DFA would only be checked at every start for nothing (221 KB of the size
/// class's `[^\d\s…]{1,4}?`).
fn prepare_patterns(out: &std::path::Path) {
    use regex_automata::dfa::{dense, regex::Regex};
    let mut patterns: Vec<String> = Vec::new();
    for file in PREPARED_IN {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        patterns.extend(prepared_literals(&text));
    }
    patterns.extend(vocabulary_patterns());
    patterns.sort();
    patterns.dedup();
    let dir = out.join("prepared");
    std::fs::create_dir_all(&dir).expect("create prepared/");
    let mut rs = String::new();
    let _ = writeln!(rs, "static PREPARED: &[Compiled] = &[");
    for (i, pattern) in patterns.iter().enumerate() {
        let re = Regex::builder()
            .dense(dense::Config::new().minimize(true))
            .build(pattern)
            .unwrap_or_else(|e| panic!("prepared!(r\"{pattern}\"): {e}"));
        let hir = regex_automata::util::syntax::parse(pattern)
            .unwrap_or_else(|e| panic!("prepared!(r\"{pattern}\"): {e}"));
        let at_start = hir
            .properties()
            .look_set_prefix()
            .contains(regex_syntax::hir::Look::Start);
        let mut dfas = vec![(re.forward(), "forward")];
        if !at_start {
            dfas.push((re.reverse(), "reverse"));
        }
        let embed = |name: &str| {
            format!(
                "&Aligned {{ bytes: *include_bytes!(concat!(env!(\"OUT_DIR\"), \"/prepared/{i}.{name}.dfa\")) }}"
            )
        };
        for (dfa, name) in dfas {
            let (bytes, pad) = dfa.to_bytes_little_endian();
            std::fs::write(dir.join(format!("{i}.{name}.dfa")), &bytes[pad..])
                .expect("write a DFA");
        }
        let reverse = if at_start {
            "None".to_string()
        } else {
            format!("Some({})", embed("reverse"))
        };
        let _ = writeln!(
            rs,
            "    Compiled {{ pattern: {pattern:?}, forward: {}, reverse: {reverse} }},",
            embed("forward")
        );
    }
    let _ = writeln!(rs, "];");
    std::fs::write(out.join("prepared.rs"), rs).expect("write prepared.rs");
}

/// The `patterns` of the entries of `data/indicators.toml`: the vocabulary looks a subject
/// up in them (`src/extract/vocabulary.rs`), which compiling them as a `RegexSet` at every
/// start cost 2.6M instructions.
fn vocabulary_patterns() -> Vec<String> {
    let text = std::fs::read_to_string(INDICATORS).unwrap_or_else(|e| panic!("{INDICATORS}: {e}"));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{INDICATORS}: {e}"));
    let entries = table.get("indicator").and_then(|v| v.as_array());
    let patterns = entries
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.get("patterns")?.as_array())
        .flatten();
    patterns
        .filter_map(|p| p.as_str().map(str::to_string))
        .collect()
}

/// The raw string literals written `prepared!(r"…")` or `prepared!(r#"…"#)` in `text`.
fn prepared_literals(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("prepared!(") {
        let rest = text[at + "prepared!(".len()..].trim_start();
        let Some(rest) = rest.strip_prefix('r') else {
            continue;
        };
        let hashes = rest.len() - rest.trim_start_matches('#').len();
        let Some(body) = rest[hashes..].strip_prefix('"') else {
            continue;
        };
        let close = format!("\"{}", "#".repeat(hashes));
        if let Some(end) = body.find(&close) {
            found.push(body[..end].to_string());
        }
    }
    found
}

/// The characters hanconv's traditional → simplified conversion can change, for
/// `read::decode::simplify`: where an entry's key and value differ (all of a key whose value
/// has another length). A character changed by a one-character entry goes into a bitset;
/// one changed only inside phrases (覆 of 反覆, 俱 of 俱樂部, 么 of 甚麼) is listed with those
/// phrases, because it is common in simplified text (覆盖, 与时俱进, 什么), where no such
/// phrase occurs and the conversion changes nothing.
fn changing_characters(out: &std::path::Path) {
    let mut by_character: BTreeMap<char, ()> = BTreeMap::new();
    let mut in_phrases: BTreeMap<char, Vec<&str>> = BTreeMap::new();
    let tables = [
        (hanconv::Dictionary::TSPhrases, false),
        (hanconv::Dictionary::TSCharacters, true),
    ];
    for (table, one_character) in tables {
        for (key, value) in table.iter() {
            let changed: Vec<char> = if key.chars().count() == value.chars().count() {
                key.chars()
                    .zip(value.chars())
                    .filter(|(k, v)| k != v)
                    .map(|(k, _)| k)
                    .collect()
            } else {
                key.chars().collect()
            };
            for c in changed {
                if one_character {
                    by_character.insert(c, ());
                } else {
                    in_phrases.entry(c).or_default().push(key);
                }
            }
        }
    }
    in_phrases.retain(|c, _| !by_character.contains_key(c));
    let last = by_character.keys().next_back().map_or(0, |&c| c as usize);
    let mut bits = vec![0u64; last / 64 + 1];
    for &c in by_character.keys() {
        bits[c as usize / 64] |= 1 << (c as usize % 64);
    }
    let mut rs = String::new();
    let _ = writeln!(
        rs,
        "/// One bit per code point: changed by a one-character entry of the conversion."
    );
    let _ = writeln!(
        rs,
        "pub static BY_CHARACTER: [u64; {}] = {:?};",
        bits.len(),
        bits
    );
    let _ = writeln!(
        rs,
        "/// Characters changed only inside phrases, by code point, with those phrases."
    );
    let _ = writeln!(
        rs,
        "pub static IN_PHRASES: [(char, &[&str]); {}] = [",
        in_phrases.len()
    );
    for (c, mut phrases) in in_phrases {
        phrases.sort_unstable();
        phrases.dedup();
        let _ = writeln!(rs, "    ({c:?}, &{phrases:?}),");
    }
    let _ = writeln!(rs, "];");
    std::fs::write(out.join("simplify.rs"), rs).expect("write simplify.rs");
}

/// Links the executable at a fixed address (not position-independent) on Linux with the GNU
/// toolchain. A position-independent executable is relocated by the dynamic loader at every
/// start: 39,500 pointers in 840 KB of read-only data (string tables, vtables of the
/// dependencies), every page of it copied and written before `main`. Linked at a fixed
/// address, the linker resolves them and the pages are read from the file only when used:
/// `compare --format csv` on the samples 920 → 720 page faults, about 7 % less CPU time
/// (`--version` alone 328 → 113), which is what a small pair's run is made of. The cost is
/// that the executable's own code and data are not at a random address (its heap, stack and
/// libraries still are); its readers of untrusted files (PDF, ZIP, HTML) are Rust crates,
/// and start-up time is one of its goals (issue 13).
fn link_without_pie() {
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}

/// `data/indicators.toml` as JSON, the same tables and values: the types and the checks
/// (unknown fields, duplicate ids and aliases, references, patterns) stay in
/// `src/extract/vocabulary.rs`, whose tests read the TOML too and compare.
fn indicators_to_json(out: &std::path::Path) {
    let text = std::fs::read_to_string(INDICATORS).unwrap_or_else(|e| panic!("{INDICATORS}: {e}"));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{INDICATORS}: {e}"));
    let json = serde_json::to_string(&table).expect("TOML values are JSON values");
    std::fs::write(out.join("indicators.json"), json).expect("write indicators.json");
}

/// `data/commitments.txt`'s sections sorted ([`word_sections::sorted_sections`]) as a
/// static table, `static SORTED: &[(&str, &[&str])]`.
fn commitment_words(out: &std::path::Path) {
    let text = std::fs::read_to_string(COMMITMENT_WORDS)
        .unwrap_or_else(|e| panic!("{COMMITMENT_WORDS}: {e}"));
    let sections =
        word_sections::sorted_sections(&text).unwrap_or_else(|e| panic!("{COMMITMENT_WORDS}: {e}"));
    let mut rs = String::from("pub static SORTED: &[(&str, &[&str])] = &[\n");
    for (name, words) in sections {
        let _ = writeln!(rs, "    ({name:?}, &{words:?}),");
    }
    rs.push_str("];\n");
    std::fs::write(out.join("commitment_words.rs"), rs).expect("write commitment_words.rs");
}

/// The first characters of the segmenter's range `ROOT_FIRST..=ROOT_LAST` (CJK Unified
/// Ideographs, U+4E00–U+9FFF), as `src/text/words.rs` reads them.
const ROOT_FIRST: u32 = 0x4E00;
const ROOT_LAST: u32 = 0x9FFF;

/// The step of every character of `ROOT_FIRST..=ROOT_LAST` from the root of the transducer
/// `fst_bytes` (its UTF-8 bytes walked): three little-endian `u32`s a character, the node
/// reached, the output of the bytes, the node's final output (`u32::MAX` for no node, no
/// final output). `src/text/words.rs` reads it instead of decoding three nodes for each
/// character's first step, in every run and on every thread.
fn root_steps(fst_bytes: &[u8]) -> Vec<u8> {
    const NONE: u32 = u32::MAX;
    let fst = fst::raw::Fst::new(fst_bytes).expect("the fst just built");
    let fits = |n: u64| {
        u32::try_from(n)
            .ok()
            .filter(|&n| n != NONE)
            .expect("fits a u32")
    };
    let mut table = Vec::with_capacity(12 * (ROOT_LAST - ROOT_FIRST + 1) as usize);
    for code in ROOT_FIRST..=ROOT_LAST {
        let c = char::from_u32(code).expect("no surrogates in the range");
        let mut node = fst.root();
        let mut out = fst::raw::Output::zero();
        let mut reached = true;
        for &b in c.encode_utf8(&mut [0; 4]).as_bytes() {
            let Some(k) = node.find_input(b) else {
                reached = false;
                break;
            };
            let t = node.transition(k);
            out = out.cat(t.out);
            node = fst.node(t.addr);
        }
        let step = if reached {
            let end = node.is_final().then(|| fits(node.final_output().value()));
            [
                fits(node.addr() as u64),
                fits(out.value()),
                end.unwrap_or(NONE),
            ]
        } else {
            [NONE, 0, NONE]
        };
        for field in step {
            table.extend_from_slice(&field.to_le_bytes());
        }
    }
    table
}

fn dictionary_to_fst(out: &std::path::Path) {
    let text = std::fs::read_to_string(DICT).unwrap_or_else(|e| panic!("{DICT}: {e}"));
    let mut tags: Vec<&str> = Vec::new();
    let mut words: BTreeMap<&[u8], u64> = BTreeMap::new();
    let mut total: u64 = 0;
    for (no, line) in text.lines().enumerate() {
        let mut fields = line.split_ascii_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq: u64 = fields
            .next()
            .map_or(Ok(0), str::parse)
            .unwrap_or_else(|e| panic!("{DICT}:{}: frequency: {e}", no + 1));
        let tag = fields.next().unwrap_or("");
        let tag_index = match tags.iter().position(|t| *t == tag) {
            Some(i) => i,
            None => {
                tags.push(tag);
                tags.len() - 1
            }
        };
        assert!(tag_index < 256, "{DICT}: more than 256 tags");
        assert!(freq < 1 << 55, "{DICT}:{}: frequency too large", no + 1);
        // As jieba-rs loads it: every line counts in the total, a repeated word keeps the
        // last frequency.
        total += freq;
        words.insert(word.as_bytes(), freq << 8 | tag_index as u64);
    }
    let mut builder = fst::MapBuilder::memory();
    for (word, value) in &words {
        builder.insert(word, *value).expect("sorted, unique keys");
    }
    let bytes = builder.into_inner().expect("in-memory fst");
    std::fs::write(out.join("words_root.bin"), root_steps(&bytes)).expect("write words_root.bin");
    std::fs::write(out.join("words.fst"), bytes).expect("write words.fst");
    let mut rs = String::new();
    let _ = writeln!(rs, "/// Part-of-speech tags of the dictionary, by index.");
    let _ = writeln!(rs, "pub const TAGS: [&str; {}] = {:?};", tags.len(), tags);
    let _ = writeln!(rs, "/// Sum of the frequencies of all dictionary lines.");
    let _ = writeln!(rs, "pub const TOTAL_FREQ: u64 = {total};");
    std::fs::write(out.join("words.rs"), rs).expect("write words.rs");
}
