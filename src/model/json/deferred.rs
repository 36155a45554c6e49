//! A case's events left in the text: read for syntax first, then one at a time into a tree when
//! the validator asks (so 10,000 events never exist as one tree beside the text and the case).

use super::{parse_with, Parsed, Path, Reader};
use crate::error::{Problem, ProblemKind};

/// Where one item of a deferred list starts in the text (offset, line and line start), so it can
/// be read again with its true positions.
#[derive(Clone, Copy, Debug)]
pub(super) struct Start {
    pub(super) at: usize,
    pub(super) line: u32,
    pub(super) line_start: usize,
    /// The reader's column count there (see `Reader::column`): without it, reading an item of a
    /// one-line file would count the line's characters from its start, for every item.
    pub(super) column: (usize, usize),
}

/// The items of a case's top-level `events` list, checked but not yet built: [`parse_deferred`]
/// leaves them in the text, and each is read into a tree only when asked for, one at a time
/// (10,000 events then never exist as one tree beside the text and the case).
pub struct Deferred<'t> {
    pub(super) text: &'t str,
    pub(super) items: Vec<Start>,
}

impl Deferred<'_> {
    /// How many items the list has.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when the list is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Item `i` as a tree at `path`, with the duplicate keys found in it.
    ///
    /// # Errors
    /// None in practice: the text was checked when it was first read.
    pub fn item(&self, i: usize, path: &str) -> Result<Parsed, Problem> {
        let Some(start) = self.items.get(i) else {
            return Err(Problem::error(ProblemKind::Syntax, path, None, "JSON syntax: no such item"));
        };
        let mut reader = Reader::new(self.text, false);
        reader.at = start.at;
        reader.line = start.line;
        reader.line_start = start.line_start;
        reader.column.set(start.column);
        let root = reader.value(2, Path::Text(path))?;
        Ok(Parsed { root, duplicates: reader.duplicates })
    }
}

/// [`parse`] for a case: when the top level is an object with a `version` and an `events` list,
/// the list's items are checked for syntax but not built ([`Deferred`]); the tree holds an empty
/// list there. Syntax errors are the same, at the same places, as [`parse`]'s.
///
/// # Errors
/// The first syntax error.
pub fn parse_deferred(text: &str) -> Result<(Parsed, Option<Deferred<'_>>), Problem> {
    parse_with(text, true)
}
