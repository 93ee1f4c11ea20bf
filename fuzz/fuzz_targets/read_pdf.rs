//! The bytes as a PDF (the `%PDF` header is added when missing), for lopdf, pdf-extract and
//! the guards around them (inflated size, page tree, forms within forms, fonts' CMaps).
#![no_main]

#[path = "../harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if data.starts_with(b"%PDF") {
        harness::read(data);
    } else {
        let mut pdf = b"%PDF-1.7\n".to_vec();
        pdf.extend_from_slice(data);
        harness::read(&pdf);
    }
});
