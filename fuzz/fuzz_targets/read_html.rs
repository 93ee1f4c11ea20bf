//! The bytes as the body of a web page, so that every input exercises the HTML path
//! (decoding with a declared charset, html5ever, the nesting budget, the text walk).
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut page = b"<!DOCTYPE html><html><head><meta charset=\"gbk\"></head><body>".to_vec();
    page.extend_from_slice(data);
    harness::read(&page);
});
