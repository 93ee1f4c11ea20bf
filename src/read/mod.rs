//! Stage 1, reading: the file's form ([`input`]), its bytes as normalised lines ([`decode`]),
//! and the report found inside the copy, furniture and outline set apart ([`clean`]).
//! [`read_lines`] runs the first two for one file.

pub mod clean;
pub mod copies;
pub mod decode;
pub mod header;
pub mod input;
pub mod pdf;

use crate::Error;
use crate::model::{Diagnostic, DiagnosticKind};

/// The file's bytes as normalised lines, whatever its form (text in any encoding, a web
/// page, a Word document, a PDF's text layer), within `limits`; what was unusual about them
/// goes to `diagnostics`. `name` is the file's name for the messages.
pub fn read_lines(
    bytes: &[u8],
    name: &str,
    limits: &input::Limits,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<decode::Decoded, Error> {
    let decode_error = |source| Error::Decode {
        path: name.to_string(),
        source,
    };
    let input_error = |source| Error::Input {
        path: name.to_string(),
        source,
    };
    let text_limit = |text: &str| {
        let size = text.len() as u64;
        if size > limits.max_text() {
            Err(input_error(input::InputError::TextTooLarge {
                size,
                limit: limits.max_text(),
            }))
        } else {
            Ok(())
        }
    };
    if bytes.len() as u64 > limits.max_size {
        return Err(input_error(input::InputError::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_size,
        }));
    }
    let mut decoded = match input::sniff(bytes) {
        input::Format::Text => {
            let found = decode::decode_text(bytes, None).map_err(decode_error)?;
            text_limit(&found.text)?;
            diagnostics.extend(decode::diagnostics(&found, false));
            decode::from_text(
                &found.text,
                found.encoding.name(),
                found.had_bom,
                found.replaced,
            )
            .map_err(decode_error)?
        }
        input::Format::Html => {
            let found =
                decode::decode_text(bytes, input::declared_charset(bytes)).map_err(decode_error)?;
            let text = input::html_text(&found.text).map_err(input_error)?;
            text_limit(&text)?;
            diagnostics.extend(decode::diagnostics(&found, true));
            decode::from_text(
                &text,
                &format!("HTML, {}", found.encoding.name()),
                false,
                found.replaced,
            )
            .map_err(decode_error)?
        }
        input::Format::Docx => {
            let text = input::docx_text(bytes, limits.max_size).map_err(input_error)?;
            text_limit(&text)?;
            decode::from_text(&text, "DOCX", false, 0).map_err(decode_error)?
        }
        input::Format::Pdf => {
            let text = pdf::pdf_text(bytes, limits).map_err(input_error)?;
            text_limit(&text)?;
            decode::from_text(&text, "PDF text layer", false, 0).map_err(decode_error)?
        }
    };
    let (lines, escaped_breaks) = copies::restore_escaped_breaks(decoded.lines);
    let (lines, spaced_digits) = copies::join_spaced_digits(lines);
    let (lines, glosses) = copies::drop_pinyin_glosses(lines);
    let (lines, stray_commas) = copies::drop_stray_commas(lines);
    decoded.lines = lines;
    let simplified = decode::simplify(&mut decoded.lines);
    diagnostics.extend(escaped_breaks);
    diagnostics.extend(spaced_digits);
    diagnostics.extend(glosses);
    diagnostics.extend(stray_commas);
    if simplified > 0 {
        diagnostics.push(Diagnostic::info(
            DiagnosticKind::Encoding,
            None,
            format!("the text is in traditional characters: {simplified} converted to simplified for reading (evidence quotes the original)"),
        ));
    }
    Ok(decoded)
}
