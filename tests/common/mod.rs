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
