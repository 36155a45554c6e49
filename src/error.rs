//! Diagnostics: one error type for everything a case file can get wrong, and the small helpers
//! every reader of input shares (the JSON reader, the validator and the importers).
//!
//! A [`Problem`] names where (the JSON path such as `events[3].quotes[0].speaker`, and the line
//! and column when the case came from text), what kind of problem it is (a [`ProblemKind`] a
//! program can act on) and what is wrong, in words a newsroom editor can act on.
//!
//! This module is a leaf: it imports nothing else from the crate, so the reader, the validator
//! and the importers can all use it without depending on one another.

use std::fmt;

/// How bad a [`Problem`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Nothing is wrong: how an importer read something written freely ("13 July 2020" as
    /// 2020-07-13, "defendant" as the role "respondent"). Only importers of free-form input
    /// (the spreadsheet) give notes.
    Info,
    /// The case still loads; something was ignored (an unknown field, say).
    Warning,
    /// The value is unusable; the event (or the whole case) it belongs to is left out.
    Error,
}

impl Severity {
    /// `"info"`, `"warning"` or `"error"`, as the JS API and the CLI name them.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// What kind of thing is wrong, for programs (a CMS that highlights fields, the editor page).
/// The message says the same in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// The text cannot be read at all: not JSON (or CSV), not UTF-8, not the expected shape.
    Syntax,
    /// A required field or value is missing.
    Missing,
    /// A value of the wrong JSON type ("expected a string, found a number").
    WrongType,
    /// A text that must say something is empty.
    Empty,
    /// A value outside the allowed set (an event `kind`, a party `role`, `access`, `version`…).
    NotAllowed,
    /// A field the format does not know; it is ignored (always a warning).
    UnknownField,
    /// A reference to an id that is not defined.
    UnknownReference,
    /// A reference to an entry that has errors of its own.
    BrokenReference,
    /// An id used twice, or a key that appears twice in one object.
    Duplicate,
    /// A date that is malformed or impossible, or an end before its start.
    Date,
    /// A malformed value: an id, a colour, a web address, a language tag, a time zone.
    Invalid,
    /// A size limit: bytes, events, characters, nesting.
    Limit,
    /// Something an importer could not carry over, or adjusted on the way.
    Import,
    /// Nothing can be shown: no valid event is left.
    NoEvents,
}

impl ProblemKind {
    /// The kind's name in the JS API and in JSON output: `"wrong-type"`, `"unknown-field"`…
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::Syntax => "syntax",
            ProblemKind::Missing => "missing",
            ProblemKind::WrongType => "wrong-type",
            ProblemKind::Empty => "empty",
            ProblemKind::NotAllowed => "not-allowed",
            ProblemKind::UnknownField => "unknown-field",
            ProblemKind::UnknownReference => "unknown-reference",
            ProblemKind::BrokenReference => "broken-reference",
            ProblemKind::Duplicate => "duplicate",
            ProblemKind::Date => "date",
            ProblemKind::Invalid => "invalid",
            ProblemKind::Limit => "limit",
            ProblemKind::Import => "import",
            ProblemKind::NoEvents => "no-events",
        }
    }
}

/// A line and column in the case text, both counted from 1; columns count characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Line, from 1.
    pub line: u32,
    /// Column in characters, from 1.
    pub column: u32,
}

/// One thing wrong with a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Whether the case (or the part) could still be used.
    pub severity: Severity,
    /// What kind of problem it is.
    pub kind: ProblemKind,
    /// JSON path, e.g. `events[3].date`; empty for the document itself. Importers use their own
    /// input's places (`row 5, column "Month"`).
    pub path: String,
    /// Where the offending value starts in the text, when the case was parsed from text.
    pub pos: Option<Pos>,
    /// What is wrong and how to fix it, in an editor's words.
    pub message: String,
}

impl Problem {
    /// An error: the value is unusable, and what it belongs to is left out.
    pub fn error(kind: ProblemKind, path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Error, kind, path: path.into(), pos, message: message.into() }
    }

    /// A warning: something was ignored or adjusted; the rest is used.
    pub fn warning(kind: ProblemKind, path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Warning, kind, path: path.into(), pos, message: message.into() }
    }

    /// A note: how free-form input was read; nothing is wrong.
    pub fn info(kind: ProblemKind, path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) -> Self {
        Problem { severity: Severity::Info, kind, path: path.into(), pos, message: message.into() }
    }

    /// True for errors (not warnings).
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
        match self.severity {
            Severity::Warning => write!(f, "warning: ")?,
            Severity::Info => write!(f, "note: ")?,
            Severity::Error => {}
        }
        f.write_str(&self.message)
    }
}

/// Why a case could not be shown at all, or an import could not produce anything: every
/// problem found, errors first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseError {
    /// Every problem found, errors first, then in file order.
    pub problems: Vec<Problem>,
}

impl CaseError {
    /// An error of one problem.
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

/// Size limits, checked before the work they protect (bytes before parsing, counts before
/// building). The defaults suit hand-written cases and dockets up to 50,000 events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest input text, in bytes.
    pub max_bytes: usize,
    /// Most events in a case.
    pub max_events: usize,
    /// Longest `summary` or quote `text`, in characters.
    pub max_text_chars: usize,
    /// Longest of every other string (titles, names, ids…), in characters.
    pub max_short_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_bytes: 20 * 1024 * 1024, max_events: 50_000, max_text_chars: 10_000, max_short_chars: 500 }
    }
}

/// Refuses `text` longer than `max` bytes before any work is done on it; `what` names it in the
/// message ("the case is … bytes").
///
/// # Errors
/// The one problem saying so.
pub fn check_size(text: &str, max: usize, what: &str) -> Result<(), CaseError> {
    if text.len() > max {
        return Err(CaseError::single(Problem::error(
            ProblemKind::Limit,
            "",
            None,
            format!("the {what} is {} bytes; the limit is {max} bytes", text.len()),
        )));
    }
    Ok(())
}

/// Sorts problems errors first, then warnings, then notes, each in file order; stable, so equal keys keep discovery order.
pub fn sort_problems(problems: &mut [Problem]) {
    crate::sort::sort_by_key(problems, |p| {
        (std::cmp::Reverse(p.severity), p.pos.unwrap_or(Pos { line: u32::MAX, column: 0 }))
    });
}

/// User text quoted back in a message: at most 60 characters, and with control characters and
/// characters that are invisible or change the direction of text written as JSON escapes
/// (`\u202E`), so a message shows what is really there, and a quoted value can neither hide or
/// reorder the rest of the message (in the widget's banner) nor drive a terminal (on the
/// command line).
pub fn clip(s: &str) -> String {
    let mut out = String::new();
    escape_into(&mut out, s, 60, false);
    out
}

/// Writes `s` to `out` as [`clip`] quotes it (at most `max` characters, invisible ones escaped);
/// with `quoted`, also `"` and `\` escaped, as inside a JSON string.
pub fn escape_into(out: &mut String, s: &str, max: usize, quoted: bool) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if invisible(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str("\\u");
                for shift in [12u16, 8, 4, 0] {
                    out.push(char::from(HEX.get(usize::from((*unit >> shift) & 0xF)).copied().unwrap_or(b'0')));
                }
            }
        } else {
            if quoted && matches!(c, '"' | '\\') {
                out.push('\\');
            }
            out.push(c);
        }
    }
}

/// Control characters, whitespace other than the space, and the invisible formatting characters
/// (zero-width, bidirectional controls, byte-order mark, tags).
pub fn invisible(c: char) -> bool {
    c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{3164}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff0}'..='\u{fffb}'
                | '\u{e0000}'..='\u{e007f}'
        )
}

/// Up to eight ids, each quoted and clipped, then "and N more".
pub fn preview(ids: &[&str]) -> String {
    const MAX: usize = 8;
    let shown: Vec<String> = ids.iter().take(MAX).map(|s| format!("\"{}\"", clip(s))).collect();
    let more = ids.len().saturating_sub(MAX);
    let list = crate::text::join(&mut shown.iter().map(String::as_str), ", ");
    if more > 0 {
        format!("{list} and {more} more")
    } else {
        list
    }
}

/// The known name closest to `key` (for "did you mean …?"): at most one edit away for names of up
/// to four letters, two for longer ones (an edit: a letter added, removed, replaced, or two
/// neighbours swapped), so "tittle" suggests "title" and "nmae" "name", but "date" nothing.
pub fn closest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    let limit = if key.chars().count() <= 4 { 1 } else { 2 };
    known
        .iter()
        .map(|k| (edit_distance(key, k), *k))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// The optimal-string-alignment distance in characters (Levenshtein plus swaps of neighbours).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut before: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        let (ca, ca_prev) = (a.get(i - 1), i.checked_sub(2).and_then(|k| a.get(k)));
        for j in 1..=b.len() {
            let (cb, cb_prev) = (b.get(j - 1), j.checked_sub(2).and_then(|k| b.get(k)));
            let at = |r: &[usize], k: usize| r.get(k).copied().unwrap_or(usize::MAX / 2);
            let mut best = (at(&prev, j) + 1).min(at(&row, j - 1) + 1).min(at(&prev, j - 1) + usize::from(ca != cb));
            if i >= 2 && j >= 2 && ca == cb_prev && ca_prev == cb {
                best = best.min(at(&before, j - 2) + 1);
            }
            if let Some(cell) = row.get_mut(j) {
                *cell = best;
            }
        }
        before = std::mem::replace(&mut prev, row);
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clip_escapes_invisible_and_direction_characters() {
        assert_eq!(clip("a\u{202e}b\u{1F600}"), "a\\u202Eb\u{1F600}");
        assert_eq!(clip("\u{e0041}"), "\\uDB40\\uDC41");
        assert_eq!(clip(&"x".repeat(70)).chars().count(), 61);
    }

    #[test]
    fn closest_suggests_names_a_slip_away() {
        assert_eq!(closest("sumary", &["summary", "title"]), Some("summary"));
        assert_eq!(closest("zzzzzz", &["summary", "title"]), None);
        assert_eq!(closest("nmae", &["name", "note"]), Some("name"));
        assert_eq!(closest("date", &["note", "published"]), None);
        assert_eq!(edit_distance("ca", "abc"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("abc", ""), 3);
    }

    #[test]
    fn problems_print_position_path_and_severity() {
        let p = Problem::warning(ProblemKind::UnknownField, "events[0].x", Some(Pos { line: 3, column: 4 }), "m");
        assert_eq!(p.to_string(), "3:4: events[0].x: warning: m");
        assert_eq!(p.kind.as_str(), "unknown-field");
        let mut list = vec![p, Problem::error(ProblemKind::Missing, "", None, "n")];
        sort_problems(&mut list);
        assert!(list[0].is_error());
    }
}
