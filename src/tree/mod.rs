//! Stage 2, the tree: heading markers ([`heading`]), the section tree with the role of each
//! part ([`sections`]) and the report's metadata ([`meta`]).

pub mod heading;
pub mod meta;
pub mod roles;
pub mod sections;
