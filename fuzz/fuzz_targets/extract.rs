//! Any bytes read as a report, then its indicators extracted and everything rendered.
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::extract(data);
});
