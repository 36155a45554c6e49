//! The one way in. Every caller — the widget, `validateCase`, the CLI, fuzzing, the benchmark and
//! the tests — loads a case through [`load`]: text or an already built tree, in the case format or
//! (with the `import` feature) TimelineJS3 JSON or a TimelineJS spreadsheet as CSV, to a [`Case`]
//! and every problem noticed on the way.
//!
//! Layering: this module calls the JSON reader, the importers and the validator; none of them
//! calls it back.

use super::json::{self, Node, Value};
use super::validate::validate;
use super::Case;
use crate::error::{check_size, sort_problems, CaseError, Limits, Problem, ProblemKind};

/// What to load.
#[derive(Clone, Copy, Debug)]
pub enum Input<'a> {
    /// Text: JSON (case or TimelineJS), or CSV.
    Text(&'a str),
    /// A tree already built, e.g. converted from a JS object (positions are absent).
    Tree(&'a Node),
}

/// Which format the input is in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// Decide from the content: JSON that looks like TimelineJS (an `events` list with
    /// `start_date` objects and no `version`) is TimelineJS; text whose first line is a
    /// spreadsheet header with TimelineJS columns is CSV; anything else is a case.
    #[default]
    Auto,
    /// The case format (version 1).
    Case,
    /// TimelineJS3's JSON (needs the `import` feature).
    TimelineJs,
    /// TimelineJS3's spreadsheet template, saved as CSV (needs the `import` feature).
    Csv,
}

impl Format {
    /// The format's name on the command line and in the JS API: `auto`, `case`, `timelinejs`,
    /// `csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Case => "case",
            Format::TimelineJs => "timelinejs",
            Format::Csv => "csv",
        }
    }

    /// The format named `name` (as [`Format::as_str`] writes it).
    pub fn parse(name: &str) -> Option<Format> {
        Some(match name {
            "auto" => Format::Auto,
            "case" => Format::Case,
            "timelinejs" => Format::TimelineJs,
            "csv" => Format::Csv,
            _ => return None,
        })
    }
}

/// The result of loading: the case, when there is something to show, and every problem found
/// (errors first, then in file order). `case` is `None` exactly when nothing can be shown; then
/// `problems` holds at least one error saying why.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The validated case, if any event could be shown.
    pub case: Option<Case>,
    /// Everything noticed: errors in parts that were left out, and warnings.
    pub problems: Vec<Problem>,
    /// The format the input was read as (never `Auto`).
    pub format: Format,
}

impl Loaded {
    /// True when any problem is an error (some part was left out, or nothing can be shown).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// The case and its problems, or an error listing every problem when nothing can be shown.
    ///
    /// # Errors
    /// When there is no case to show.
    pub fn into_result(self) -> Result<(Case, Vec<Problem>), CaseError> {
        match self.case {
            Some(case) => Ok((case, self.problems)),
            None => Err(CaseError { problems: self.problems }),
        }
    }
}

/// Loads `input` as `format` within `limits`. Never panics on any input.
pub fn load(input: Input<'_>, format: Format, limits: &Limits) -> Loaded {
    match prepare(input, format, limits) {
        Ok((tree, mut problems, format)) => {
            let (case, more) = validate(tree.get(), limits);
            problems.extend(more);
            sort_problems(&mut problems);
            Loaded { case, problems, format }
        }
        Err((problems, format)) => Loaded { case: None, problems, format },
    }
}

/// What [`convert`] makes of its input: a tree in the case format (not yet validated).
#[derive(Clone, Debug, PartialEq)]
pub struct Converted {
    /// The case JSON tree; `None` when the input could not be read or imported at all.
    pub tree: Option<Node>,
    /// What reading and importing noticed (not the validator's problems).
    pub problems: Vec<Problem>,
    /// The format the input was read as (never `Auto`).
    pub format: Format,
}

/// The first half of [`load`]: `input` as a tree in the case format — the importers' output for
/// TimelineJS or CSV — without validating it (the CLI's `import` writes it out).
pub fn convert(input: Input<'_>, format: Format, limits: &Limits) -> Converted {
    match prepare(input, format, limits) {
        Ok((tree, problems, format)) => Converted { tree: Some(tree.into_owned()), problems, format },
        Err((problems, format)) => Converted { tree: None, problems, format },
    }
}

/// A tree borrowed from the caller or made here.
enum Tree<'a> {
    Borrowed(&'a Node),
    Owned(Node),
}

impl Tree<'_> {
    fn get(&self) -> &Node {
        match self {
            Tree::Borrowed(n) => n,
            Tree::Owned(n) => n,
        }
    }

    fn into_owned(self) -> Node {
        match self {
            Tree::Borrowed(n) => n.clone(),
            Tree::Owned(n) => n,
        }
    }
}

type Prepared<'a> = Result<(Tree<'a>, Vec<Problem>, Format), (Vec<Problem>, Format)>;

/// Reads and (when needed) imports `input`: a case JSON tree and what was noticed, or every
/// problem when there is nothing to validate.
fn prepare<'a>(input: Input<'a>, format: Format, limits: &Limits) -> Prepared<'a> {
    match input {
        Input::Text(text) => {
            if let Err(e) = check_size(text, limits.max_bytes, "case") {
                return Err((e.problems, format));
            }
            let format = match format {
                Format::Auto if looks_like_csv(text) => Format::Csv,
                other => other,
            };
            if format == Format::Csv {
                return from_csv(text, limits).map(|(tree, problems)| (Tree::Owned(tree), problems, Format::Csv));
            }
            match json::parse(text) {
                Ok(parsed) => {
                    let (tree, mut problems, format) = from_tree(Tree::Owned(parsed.root), format, limits)?;
                    problems.extend(parsed.duplicates);
                    sort_problems(&mut problems);
                    Ok((tree, problems, format))
                }
                Err(problem) => Err((vec![problem], if format == Format::Auto { Format::Case } else { format })),
            }
        }
        Input::Tree(root) => {
            if format == Format::Csv {
                let problem = Problem::error(ProblemKind::Syntax, "", None, "a CSV sheet must be given as text");
                return Err((vec![problem], Format::Csv));
            }
            from_tree(Tree::Borrowed(root), format, limits)
        }
    }
}

fn from_tree<'a>(tree: Tree<'a>, format: Format, limits: &Limits) -> Prepared<'a> {
    let format = match format {
        Format::Auto if looks_like_timelinejs(tree.get()) => Format::TimelineJs,
        Format::Auto => Format::Case,
        other => other,
    };
    if format == Format::TimelineJs {
        if tree.get().get("version").is_some() && tree.get().get("events").is_some() {
            let pos = tree.get().get("version").and_then(|n| n.pos);
            let message =
                "this is already a case file, not a TimelineJS timeline; check it with `case-timeline validate`";
            return Err((vec![Problem::error(ProblemKind::NotAllowed, "version", pos, message)], format));
        }
        return from_timelinejs(tree.get(), limits)
            .map(|(tree, problems)| (Tree::Owned(tree), problems, Format::TimelineJs));
    }
    Ok((tree, Vec::new(), format))
}

/// True for what looks like TimelineJS JSON rather than a case: an object without a top-level
/// `version`, with an `events` list in which some item has a `start_date` object.
pub fn looks_like_timelinejs(root: &Node) -> bool {
    if root.get("version").is_some() {
        return false;
    }
    match root.get("events").map(|n| &n.value) {
        Some(Value::Array(items)) => {
            items.iter().any(|e| matches!(e.get("start_date").map(|d| &d.value), Some(Value::Object(_))))
        }
        _ => false,
    }
}

/// True for text that is a spreadsheet saved as CSV rather than JSON: it does not start like
/// JSON, and its first line, split at commas, names a `Year` and a `Headline` column (the
/// TimelineJS template's two required columns).
pub fn looks_like_csv(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.starts_with(['{', '[']) {
        return false;
    }
    let header = text.lines().next().unwrap_or("").to_ascii_lowercase();
    let cells: Vec<&str> = header.split(',').map(|c| c.trim().trim_matches('"').trim()).collect();
    cells.contains(&"year") && cells.contains(&"headline")
}

type Imported = Result<(Node, Vec<Problem>), (Vec<Problem>, Format)>;

#[cfg(feature = "import")]
fn from_timelinejs(root: &Node, limits: &Limits) -> Imported {
    crate::import::timelinejs::from_timelinejs(root, limits).map_err(|e| (e.problems, Format::TimelineJs))
}

#[cfg(feature = "csv")]
fn from_csv(text: &str, limits: &Limits) -> Imported {
    crate::import::csv::from_csv(text, limits).map_err(|e| (e.problems, Format::Csv))
}

#[cfg(not(all(feature = "import", feature = "csv")))]
fn not_built(format: Format) -> Imported {
    let message = format!(
        "this is {} input, and this build of case-timeline reads only the case format; import it with the editor or `case-timeline import`",
        format.as_str()
    );
    Err((vec![Problem::error(ProblemKind::NotAllowed, "", None, message)], format))
}

#[cfg(not(feature = "import"))]
fn from_timelinejs(_root: &Node, _limits: &Limits) -> Imported {
    not_built(Format::TimelineJs)
}

#[cfg(not(feature = "csv"))]
fn from_csv(_text: &str, _limits: &Limits) -> Imported {
    not_built(Format::Csv)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"version": 1, "title": "T",
        "events": [{"id": "e", "date": "2020-01-02", "kind": "filing", "title": "Filed"}]}"#;

    #[test]
    fn text_and_tree_give_the_same_case() {
        let from_text = load(Input::Text(MINIMAL), Format::Auto, &Limits::default());
        let tree = json::parse(MINIMAL).unwrap().root;
        let from_tree = load(Input::Tree(&tree), Format::Case, &Limits::default());
        assert_eq!(from_text.case, from_tree.case);
        assert!(from_text.case.is_some() && from_text.problems.is_empty());
        assert_eq!(from_text.format, Format::Case);
    }

    #[test]
    fn nothing_to_show_comes_with_an_error() {
        let loaded = load(Input::Text("{"), Format::Auto, &Limits::default());
        assert!(loaded.case.is_none());
        assert_eq!(loaded.problems[0].kind, ProblemKind::Syntax);
        let err = loaded.into_result().unwrap_err();
        assert!(err.to_string().contains("JSON syntax"), "{err}");
    }

    #[test]
    fn size_limits_are_checked_before_parsing() {
        let limits = Limits { max_bytes: 10, ..Limits::default() };
        let loaded = load(Input::Text(MINIMAL), Format::Auto, &limits);
        assert_eq!(loaded.problems[0].kind, ProblemKind::Limit);
        assert!(loaded.problems[0].message.contains("the limit is 10 bytes"));
    }

    #[test]
    fn csv_is_told_from_json_by_its_header() {
        assert!(looks_like_csv("Year,Month,Headline\n2020,1,Filed\n"));
        assert!(looks_like_csv("\u{feff}\"Year\", \"Headline\"\r\n"));
        assert!(!looks_like_csv("{\"version\": 1}"));
        assert!(!looks_like_csv("Headline only\n"));
    }

    #[test]
    fn formats_round_trip_their_names() {
        for f in [Format::Auto, Format::Case, Format::TimelineJs, Format::Csv] {
            assert_eq!(Format::parse(f.as_str()), Some(f));
        }
        assert_eq!(Format::parse("xml"), None);
    }
}
