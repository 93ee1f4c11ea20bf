//! Two reports (split at `harness::PAIR_SEPARATOR`, else in the middle) read and compared,
//! with word diffs and every rendering.
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::compare(data, true);
});
