//! Stage 3, extraction: the grammar of quantities ([`quantity`]), the indicators of a
//! report with their subjects, measures, bounds and roles ([`indicators`]), named by the
//! canonical vocabulary ([`vocabulary`]), and the commitments of its plan ([`commitments`]).

pub mod commitments;
pub mod cues;
pub mod indicators;
pub mod quantity;
pub mod rank;
pub mod vocabulary;
pub mod word_sections;
pub mod worded;
