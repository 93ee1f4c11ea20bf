//! Stage 3, extraction: the grammar of quantities ([`quantity`]) and the indicators of a
//! report with their subjects, measures, bounds and roles ([`indicators`]), named by the
//! canonical vocabulary ([`vocabulary`]).

pub mod indicators;
pub mod quantity;
pub mod vocabulary;
