//! Importers: other formats and sources turned into case JSON.

pub mod article;
