//! One error type for everything a case file can get wrong.
//!
//! A [`Problem`] names where (the JSON path such as `events[3].quotes[0].speaker`, and the line
//! and column when the case came from text) and what, in words a newsroom editor can act on.

use std::fmt;

/// How bad a [`Problem`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The case still loads; something was ignored (an unknown field, say).
    Warning,
    /// The value is unusable; the event (or the whole case) it belongs to is left out.
    Error,
}

/// A line and column in the case text, both counted from 1; columns count characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

/// One thing wrong with a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// JSON path, e.g. `events[3].date`; empty for the document itself.
    pub path: String,
    /// Where the offending value starts in the text, when the case was parsed from text.
    pub pos: Option<Pos>,
    pub message: String,
}

impl Problem {
    pub fn error(path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Error, path: path.into(), pos, message: message.into() }
    }

    pub fn warning(path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Warning, path: path.into(), pos, message: message.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `line:column: path: message`, or shorter forms when a part is unknown; warnings say so.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(pos) = self.pos {
            write!(f, "{}:{}: ", pos.line, pos.column)?;
        }
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        if self.severity == Severity::Warning {
            write!(f, "warning: ")?;
        }
        f.write_str(&self.message)
    }
}

/// Why a case could not be shown at all: every problem found, errors first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseError {
    pub problems: Vec<Problem>,
}

impl CaseError {
    pub fn single(problem: Problem) -> Self {
        CaseError { problems: vec![problem] }
    }
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.problems.iter().filter(|p| p.is_error()).count();
        match errors {
            1 => write!(f, "The case has 1 error")?,
            n => write!(f, "The case has {n} errors")?,
        }
        for p in &self.problems {
            write!(f, "\n{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CaseError {}
