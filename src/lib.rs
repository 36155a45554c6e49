//! case-timeline: an interactive timeline of a court case.
pub mod error;
pub mod model;
pub mod scale;
pub mod text;
