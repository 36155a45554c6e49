//! The native integration tests, in one binary (one link for all of them): fixture-driven
//! corpora, the CLI, snapshots and property tests.
#![cfg(not(target_arch = "wasm32"))]
// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod cli;
mod common;
mod corpus;
#[cfg(feature = "draft")]
mod draft;
mod layout_props;
mod locale;
mod nso_case;
mod pipeline_props;
#[cfg(feature = "sheet")]
mod sheet;
mod snapshots;
mod story;
mod theme_css;
#[cfg(feature = "csv")]
mod timelinejs;
mod validation_messages;
