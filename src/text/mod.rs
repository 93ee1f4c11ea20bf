//! Chinese text helpers shared by every stage: character classes, numerals, similarity.

pub mod numerals;
pub mod similarity;
pub mod words;

/// A Han (CJK unified ideograph) character, basic block or extension A.
pub fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}
