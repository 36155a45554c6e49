//! Helpers shared by the fixture-driven integration tests.

use std::path::PathBuf;

/// The `*.json` files in `dir` as (file stem, path), sorted by name.
pub fn json_files(dir: &str) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    found.sort();
    found
}

use case_timeline::error::{CaseError, Limits, Problem};
use case_timeline::model::{self, Case, Format, Input};

/// A case that can be shown, with what loading noticed.
#[derive(Debug)]
pub struct Shown {
    pub case: Case,
    pub problems: Vec<Problem>,
}

impl Shown {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }
}

/// Case JSON text through the facade (the case format only), as a `Result`.
pub fn load(text: &str, limits: &Limits) -> Result<Shown, CaseError> {
    model::load(Input::Text(text), Format::Case, limits).into_result().map(|(case, problems)| Shown { case, problems })
}

/// Any text through the facade, its format detected (case, TimelineJS or CSV).
pub fn load_any(text: &str, limits: &Limits) -> Result<Shown, CaseError> {
    model::load(Input::Text(text), Format::Auto, limits).into_result().map(|(case, problems)| Shown { case, problems })
}
