//! Any bytes as a report file: the content decides the form (text in any encoding, web
//! page, Word file, PDF).
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    harness::read(data);
});
