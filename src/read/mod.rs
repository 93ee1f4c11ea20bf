//! Stage 1, reading: the file's form ([`input`]), its bytes as normalised lines ([`decode`]),
//! and the report found inside the copy, furniture and outline set apart ([`clean`]).

pub mod clean;
pub mod copies;
pub mod decode;
pub mod header;
pub mod input;
pub mod pdf;
