//! The bytes as the `word/document.xml` of a Word file, zipped here, so that mutations reach
//! the XML reading instead of failing the ZIP checksums.
#![no_main]

#[path = "../harness.rs"]
mod harness;

use std::io::Write;

fn docx(document: &[u8]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", options)?;
    zip.write_all(document)?;
    Ok(zip.finish()?.into_inner())
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(file) = docx(data) {
        harness::read(&file);
    }
});
