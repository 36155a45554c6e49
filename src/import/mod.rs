//! Importers (the `import` feature): other formats to a case JSON tree, which
//! [`crate::model::load`] then validates like any case. Each importer reports what it left out or
//! changed, in the terms of its own input (TimelineJS paths, spreadsheet rows and columns).
//!
//! - [`timelinejs`]: TimelineJS3's JSON;
//! - [`csv`]: TimelineJS3's spreadsheet template, saved as CSV;
//! - [`sheet`]: our own spreadsheet template (CSV or tab-separated), with [`table`] reading the
//!   rows;
//! - `html`: the HTML-to-text scanner the importers use;
//! - [`article`] (feature `draft`): a draft case from a news article.

#[cfg(feature = "draft")]
pub mod article;
#[cfg(feature = "csv")]
pub mod csv;
mod html;
#[cfg(feature = "sheet")]
pub mod sheet;
#[cfg(any(feature = "sheet", feature = "csv"))]
pub mod table;
pub mod timelinejs;

pub use html::html_to_text;
