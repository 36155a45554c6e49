//! The one way in. Every caller — the widget, `validateCase`, the CLI, fuzzing, the benchmark and
//! the tests — loads a case through [`load`]: text or an already built tree, in the case format or
//! (with the `import` feature) TimelineJS3 JSON, a TimelineJS spreadsheet as CSV, or (with the
//! `sheet` feature) our own spreadsheet template as CSV or tab-separated rows, to a [`Case`] and
//! every problem noticed on the way. [`import`] gives the case JSON tree as well (the editor and
//! the CLI's `import`).
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
    /// spreadsheet header with TimelineJS columns is CSV, one with our template's columns
    /// (`date` and `title`, or a parties block's `name` and `role`) a sheet; anything else is a
    /// case.
    #[default]
    Auto,
    /// The case format (version 1).
    Case,
    /// TimelineJS3's JSON (needs the `import` feature).
    TimelineJs,
    /// TimelineJS3's spreadsheet template, saved as CSV or tab-separated (needs the `csv`
    /// feature).
    Csv,
    /// Our spreadsheet template (`docs/spreadsheet.md`), CSV or tab-separated (needs the `sheet`
    /// feature).
    Sheet,
}

/// How a spreadsheet's all-number dates such as 03/04/2020 are read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum DateOrder {
    /// Day first, unless a date in the sheet can only be month first (7/13/2020).
    #[default]
    Auto,
    /// 03/04/2020 is 3 April 2020.
    DayFirst,
    /// 03/04/2020 is March 4, 2020.
    MonthFirst,
}

impl Format {
    /// The format's name on the command line and in the JS API: `auto`, `case`, `timelinejs`,
    /// `csv`, `sheet`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Case => "case",
            Format::TimelineJs => "timelinejs",
            Format::Csv => "csv",
            Format::Sheet => "sheet",
        }
    }

    /// The format named `name` (as [`Format::as_str`] writes it).
    pub fn parse(name: &str) -> Option<Format> {
        Some(match name {
            "auto" => Format::Auto,
            "case" => Format::Case,
            "timelinejs" => Format::TimelineJs,
            "csv" => Format::Csv,
            "sheet" => Format::Sheet,
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
    let imported = run(input, format, DateOrder::Auto, limits, false);
    Loaded { case: imported.case, problems: imported.problems, format: imported.format }
}

/// What [`import`] makes of its input: the case JSON tree, the case, and every problem.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The case JSON tree the input becomes (what `case-timeline import` writes); `None` when the
    /// input could not be read or imported at all.
    pub tree: Option<Node>,
    /// The validated case, if any event can be shown.
    pub case: Option<Case>,
    /// The importer's problems and the validator's, errors first; for spreadsheets in sheet
    /// places (`row 5, column "role"`), for TimelineJS input the validator's in case JSON paths.
    pub problems: Vec<Problem>,
    /// The format the input was read as (never `Auto`).
    pub format: Format,
}

/// [`load`] that also keeps the case JSON tree: for the editor, which shows and downloads it,
/// and the CLI's `import`. `order` decides a sheet's all-number dates.
pub fn import(input: Input<'_>, format: Format, order: DateOrder, limits: &Limits) -> Imported {
    run(input, format, order, limits, true)
}

fn run(input: Input<'_>, format: Format, order: DateOrder, limits: &Limits, keep: bool) -> Imported {
    // What is only loaded reads a case's events one at a time (`json::Deferred`); what is kept
    // needs the whole tree.
    match prepare(input, format, order, limits, !keep) {
        Ok(Prepared { tree, mut problems, format, places, deferred }) => {
            let (case, mut more) = validate(tree.get(), deferred.as_ref(), limits);
            let tree = keep.then(|| {
                #[cfg_attr(not(feature = "import"), allow(unused_mut))]
                let mut tree = tree.into_owned();
                // An imported case is written out as the importer made it: what the validator
                // left out of the case is left out of the tree too, so the JSON is the case
                // shown (a case the editor's own author wrote is kept as written).
                #[cfg(feature = "import")]
                if format != Format::Case {
                    prune(&mut tree, &more);
                }
                tree
            });
            relabel(&mut more, &places);
            problems.extend(more);
            sort_problems(&mut problems);
            Imported { tree, case, problems, format }
        }
        Err((problems, format)) => Imported { tree: None, case: None, problems, format },
    }
}

/// The optional fields of an entry (`events[2].end`) that the validator leaves out of the case,
/// and only them, when their value is wrong.
#[cfg(feature = "import")]
const OPTIONAL: &[(&str, &[&str])] = &[
    ("events", &["end", "display_date", "summary", "access", "status", "lang"]),
    ("parties", &["color"]),
    ("sources", &["url", "publisher", "published"]),
    ("people", &["title", "party"]),
];

/// Removes from `tree` every optional field an error of `problems` is about (see [`OPTIONAL`]).
#[cfg(feature = "import")]
fn prune(tree: &mut Node, problems: &[Problem]) {
    for p in problems.iter().filter(|p| p.is_error()) {
        let Some((entry, key)) = p.path.rsplit_once('.') else { continue };
        let Some((list, index)) = entry.strip_suffix(']').and_then(|e| e.split_once('[')) else { continue };
        let Ok(index) = index.parse::<usize>() else { continue };
        if !OPTIONAL.iter().any(|(l, keys)| *l == list && keys.contains(&key)) {
            continue;
        }
        let Value::Object(top) = &mut tree.value else { return };
        let Some((_, Node { value: Value::Array(items), .. })) = top.iter_mut().find(|(k, _)| k == list) else {
            continue;
        };
        if let Some(Node { value: Value::Object(members), .. }) = items.get_mut(index) {
            members.retain(|(k, _)| k != key);
        }
    }
}

/// Replaces the JSON path of each problem with the importer's place for the longest recorded
/// path that is it or contains it.
fn relabel(problems: &mut [Problem], places: &[(String, String)]) {
    if places.is_empty() {
        return;
    }
    for p in problems {
        let found = places
            .iter()
            .filter(|(path, _)| {
                p.path == *path
                    || p.path
                        .strip_prefix(path.as_str())
                        .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
            })
            .max_by_key(|(path, _)| path.len());
        if let Some((_, place)) = found {
            p.path.clone_from(place);
        }
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

/// A case JSON tree ready to validate: what the importer noticed, and (for sheets) which sheet
/// place each JSON path of the tree comes from.
struct Prepared<'a> {
    tree: Tree<'a>,
    problems: Vec<Problem>,
    format: Format,
    places: Vec<(String, String)>,
    /// The events left in the text, for case JSON text that is only loaded.
    deferred: Option<json::Deferred<'a>>,
}

impl<'a> Prepared<'a> {
    fn new(tree: Tree<'a>, problems: Vec<Problem>, format: Format) -> Self {
        Prepared { tree, problems, format, places: Vec::new(), deferred: None }
    }
}

type Ready<'a> = Result<Prepared<'a>, (Vec<Problem>, Format)>;

/// Reads and (when needed) imports `input`: a case JSON tree and what was noticed, or every
/// problem when there is nothing to validate.
fn prepare<'a>(input: Input<'a>, format: Format, order: DateOrder, limits: &Limits, defer: bool) -> Ready<'a> {
    match input {
        Input::Text(text) => {
            if let Err(e) = check_size(text, limits.max_bytes, "case") {
                return Err((e.problems, format));
            }
            let format = match format {
                Format::Auto if looks_like_csv(text) => Format::Csv,
                Format::Auto if looks_like_sheet(text) => Format::Sheet,
                other => other,
            };
            if format == Format::Csv {
                return from_csv(text, limits)
                    .map(|(tree, problems)| Prepared::new(Tree::Owned(tree), problems, Format::Csv));
            }
            if format == Format::Sheet {
                return from_sheet(text, order, limits).map(|(tree, problems, places)| Prepared {
                    tree: Tree::Owned(tree),
                    problems,
                    format: Format::Sheet,
                    places,
                    deferred: None,
                });
            }
            let read = if defer && format != Format::TimelineJs {
                json::parse_deferred(text)
            } else {
                json::parse(text).map(|parsed| (parsed, None))
            };
            match read {
                Ok((parsed, deferred)) => {
                    let mut ready = from_tree(Tree::Owned(parsed.root), format, limits)?;
                    ready.deferred = deferred;
                    ready.problems.extend(parsed.duplicates);
                    sort_problems(&mut ready.problems);
                    Ok(ready)
                }
                Err(problem) => Err((vec![problem], if format == Format::Auto { Format::Case } else { format })),
            }
        }
        Input::Tree(root) => {
            if matches!(format, Format::Csv | Format::Sheet) {
                let problem = Problem::error(ProblemKind::Syntax, "", None, "a spreadsheet must be given as text");
                return Err((vec![problem], format));
            }
            from_tree(Tree::Borrowed(root), format, limits)
        }
    }
}

fn from_tree<'a>(tree: Tree<'a>, format: Format, limits: &Limits) -> Ready<'a> {
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
            .map(|(tree, problems)| Prepared::new(Tree::Owned(tree), problems, Format::TimelineJs));
    }
    Ok(Prepared::new(tree, Vec::new(), format))
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

/// True for text that is a TimelineJS spreadsheet (CSV, or tab-separated as copied from a
/// spreadsheet) rather than JSON: it does not start like JSON, and its first line, split at
/// commas, tabs or semicolons, names a `Year` and a `Headline` column (the TimelineJS template's
/// two required columns).
pub fn looks_like_csv(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.starts_with(['{', '[']) {
        return false;
    }
    let header = text.lines().next().unwrap_or("").to_ascii_lowercase();
    let cells: Vec<&str> = header.split([',', '\t', ';']).map(|c| c.trim().trim_matches('"').trim()).collect();
    cells.contains(&"year") && cells.contains(&"headline")
}

type FromImporter = Result<(Node, Vec<Problem>), (Vec<Problem>, Format)>;
/// A sheet's tree, problems and places, or every problem.
type FromSheet = Result<(Node, Vec<Problem>, Vec<(String, String)>), (Vec<Problem>, Format)>;

/// True for text whose first non-empty line is a header row of our spreadsheet template
/// (always false without the `sheet` feature).
pub fn looks_like_sheet(text: &str) -> bool {
    #[cfg(feature = "sheet")]
    return crate::import::sheet::looks_like_sheet(text);
    #[cfg(not(feature = "sheet"))]
    {
        let _ = text;
        false
    }
}

#[cfg(feature = "sheet")]
fn from_sheet(text: &str, order: DateOrder, limits: &Limits) -> FromSheet {
    crate::import::sheet::from_sheet(text, order, limits)
        .map(|i| (i.tree, i.problems, i.places))
        .map_err(|e| (e.problems, Format::Sheet))
}

#[cfg(not(feature = "sheet"))]
fn from_sheet(_text: &str, _order: DateOrder, _limits: &Limits) -> FromSheet {
    not_built(Format::Sheet).map(|(tree, problems)| (tree, problems, Vec::new()))
}

#[cfg(feature = "import")]
fn from_timelinejs(root: &Node, limits: &Limits) -> FromImporter {
    crate::import::timelinejs::from_timelinejs(root, limits).map_err(|e| (e.problems, Format::TimelineJs))
}

#[cfg(feature = "csv")]
fn from_csv(text: &str, limits: &Limits) -> FromImporter {
    crate::import::csv::from_csv(text, limits).map_err(|e| (e.problems, Format::Csv))
}

#[cfg(not(all(feature = "import", feature = "csv", feature = "sheet")))]
fn not_built(format: Format) -> FromImporter {
    let message = format!(
        "this is {} input, and this build of case-timeline reads only the case format; import it with the editor or `case-timeline import`",
        format.as_str()
    );
    Err((vec![Problem::error(ProblemKind::NotAllowed, "", None, message)], format))
}

#[cfg(not(feature = "import"))]
fn from_timelinejs(_root: &Node, _limits: &Limits) -> FromImporter {
    not_built(Format::TimelineJs)
}

#[cfg(not(feature = "csv"))]
fn from_csv(_text: &str, _limits: &Limits) -> FromImporter {
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
        for f in [Format::Auto, Format::Case, Format::TimelineJs, Format::Csv, Format::Sheet] {
            assert_eq!(Format::parse(f.as_str()), Some(f));
        }
        assert_eq!(Format::parse("xml"), None);
    }
}
