//! Our spreadsheet template (see `docs/spreadsheet.md`), as CSV or as the tab-separated rows a
//! spreadsheet puts on the clipboard, to a case JSON tree.
//!
//! The sheet has an **events block** — a header row naming the columns (`date`, `end date`,
//! `display date`, `kind`, `title`, `summary`, `party`, `other parties`, `access`, `status`,
//! `quote`, `speaker`, `speaker title`, `source title`, `source URL`, in any order, case and
//! spaces ignored), then one row per event — and a **parties block**: a header row `party`,
//! `name`, `role`, `colour`, then one row per party. Either block may come first; an empty row
//! between them is fine. Rows of kind `party` in the events block are parties too (`title` the
//! name, `party` the id, and `role`/`colour` columns), and one row of kind `case` names the case
//! (`title`, `summary`). A row with no date and no title that has a quote adds that quote (and
//! its source) to the event above; columns `quote 2`, `speaker 2`, `speaker title 2`… do the same
//! on one row.
//!
//! Forgiving, and says how it read things: synonyms of roles and kinds ("defendant",
//! "verdict"), access and status words ("open"), dates as editors type them (see [`dates`]),
//! parties named in events but missing from the parties block (each gets a lane with role
//! "other"). How something free-form was read is a **note** ([`Severity::Info`]); a value that
//! cannot be used is a warning or an error that drops only that value — an unknown role keeps the
//! party (as "other"), a quote without a speaker drops the quote, a bad end date the end; only an
//! event without a usable date is left out.
//!
//! Every problem names its spreadsheet place, `row 5, column "role"` (rows as the spreadsheet
//! numbers them, the first header being row 1), with the line and column in the text. The tree's
//! values carry their cells' positions, and [`Imported::places`] maps its JSON paths to sheet
//! places, so the validator's problems about the tree can be told in sheet terms too.
//!
//! [`Severity::Info`]: crate::error::Severity::Info

mod columns;
pub mod dates;
mod tree;

use columns::{header, key, Col, Columns, Header, PartyCol};

use super::table::{self, Cell, Row};
use super::timelinejs::slug;
use crate::error::{check_size, clip, CaseError, Limits, Pos, Problem, ProblemKind};
use crate::model::json::Node;
use crate::model::words::{Vocabulary, ROLES};
use crate::model::{DateOrder, Role};

/// What the importer made: the case JSON tree, what it noticed, and which sheet place each
/// JSON path of the tree comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The case JSON tree (not yet validated).
    pub tree: Node,
    /// Errors, warnings and notes, in sheet places.
    pub problems: Vec<Problem>,
    /// (JSON path, sheet place) pairs: `("events[2].end", "row 4, column \"end date\"")`.
    pub places: Vec<(String, String)>,
}

/// The template's header rows, as `docs/spreadsheet.md` and `www/templates/` give them.
pub const EVENT_HEADER: &str = "date\tend date\tdisplay date\tkind\ttitle\tsummary\tparty\tother parties\taccess\tstatus\tquote\tspeaker\tspeaker title\tsource title\tsource URL";
/// The parties block's header row.
pub const PARTY_HEADER: &str = "party\tname\trole\tcolour";

/// True for text whose first non-empty row is a header of the template (events or parties
/// block), as CSV or tab-separated.
pub fn looks_like_sheet(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with(['{', '[']) {
        return false;
    }
    let Some(first) = text.lines().find(|l| !l.trim().is_empty()) else { return false };
    let rows = table::rows(first, table::delimiter(first));
    rows.first().is_some_and(|r| header(r).is_some())
}

/// A party as the sheet defines it (or an event names it).
pub(super) struct PartyDraft {
    id: String,
    name: String,
    role: &'static str,
    colour: Option<String>,
    /// Row and the cells the values came from (for positions and places).
    row: Option<usize>,
    /// The sheet place of the name (`row 7, column "name"`).
    name_at: String,
    name_cell: Option<Cell>,
    role_cell: Option<Cell>,
    colour_cell: Option<Cell>,
}

/// A quote on its way into an event.
pub(super) struct QuoteDraft {
    text: Cell,
    row: usize,
    quote_col: String,
    /// A party id, or a person index.
    speaker: Speaker,
    speaker_cell: Cell,
    speaker_col: String,
    source: Option<usize>,
}

pub(super) enum Speaker {
    Party(String),
    Person(usize),
    Named(String, Option<String>),
}

/// An event on its way into the tree.
pub(super) struct EventDraft {
    row: usize,
    row_pos: Pos,
    id: String,
    date: (String, Cell, String),
    end: Option<(String, Cell, String)>,
    display: Option<(String, Pos, String)>,
    kind: (&'static str, Option<Cell>, String),
    title: (String, Pos, String),
    summary: Option<(Cell, String)>,
    parties: Vec<(String, Cell, String)>,
    access: Option<(&'static str, Cell, String)>,
    status: Option<(&'static str, Cell, String)>,
    quotes: Vec<QuoteDraft>,
    sources: Vec<usize>,
}

pub(super) struct SourceDraft {
    id: String,
    title: String,
    url: Option<String>,
    publisher: Option<String>,
    cell: Cell,
    place: String,
}

pub(super) struct PersonDraft {
    id: String,
    name: String,
    title: Option<String>,
    cell: Cell,
    place: String,
}

/// The importer's state: what the sheet defines, and what it noticed.
pub(super) struct Reader {
    problems: Vec<Problem>,
    parties: Vec<PartyDraft>,
    people: Vec<PersonDraft>,
    sources: Vec<SourceDraft>,
    events: Vec<EventDraft>,
    event_ids: Ids,
    /// Cells already reported as bad links (a row's source is read for its quotes and itself).
    bad_links: std::collections::HashSet<Pos>,
    case_title: Option<(String, Pos, String)>,
    case_summary: Option<(Cell, String)>,
    /// The `language` cell of the row of kind `case`.
    case_language: Option<(Cell, String)>,
    day_first: bool,
    /// Why all-number dates are read day or month first, for notes ("as row 4's 13/07/2020 shows").
    order_reason: String,
    order_decided: bool,
}

fn place(row: usize, column: &str) -> String {
    format!("row {row}, column \"{}\"", clip(column))
}

impl Reader {
    fn note(&mut self, place: String, pos: Pos, message: String) {
        self.problems.push(Problem::info(ProblemKind::Import, place, Some(pos), message));
    }
    fn warn(&mut self, kind: ProblemKind, place: String, pos: Pos, message: String) {
        self.problems.push(Problem::warning(kind, place, Some(pos), message));
    }
    fn error(&mut self, kind: ProblemKind, place: String, pos: Pos, message: String) {
        self.problems.push(Problem::error(kind, place, Some(pos), message));
    }

    /// A word of `words` in `cell` (a synonym with a note); an unknown one is reported with
    /// `unknown` as the rest of the message ("; the party is shown with role \"other\"") and is
    /// `None`. `error` picks the severity of that report.
    fn word<T: Copy + PartialEq>(
        &mut self,
        words: &Vocabulary<T>,
        cell: &Cell,
        at: String,
        unknown: &str,
        error: bool,
    ) -> Option<T> {
        match words.read(&cell.text) {
            Some(r) => {
                if !r.exact && r.word != cell.text.trim().to_lowercase() {
                    self.note(
                        at,
                        cell.pos,
                        format!("\"{}\" is read as the {} \"{}\"", clip(&cell.text), words.field, r.word),
                    );
                }
                Some(r.value)
            }
            None => {
                let article = if words.field.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
                let message = format!(
                    "\"{}\" is not {article} {}{unknown}; use one of {}",
                    clip(&cell.text),
                    words.field,
                    words.allowed()
                );
                if error {
                    self.error(ProblemKind::NotAllowed, at, cell.pos, message);
                } else {
                    self.warn(ProblemKind::NotAllowed, at, cell.pos, message);
                }
                None
            }
        }
    }

    /// The party a cell names (by id, or by name or id in any case), creating one with role
    /// "other" (and a note) when the sheet does not define it.
    fn party_ref(&mut self, cell: &Cell, at: String) -> String {
        let text = cell.text.trim();
        let lower = text.to_lowercase();
        if let Some(p) = self.parties.iter().find(|p| p.id == text) {
            return p.id.clone();
        }
        if let Some(p) = self.parties.iter().find(|p| p.name.to_lowercase() == lower || p.id.to_lowercase() == lower) {
            return p.id.clone();
        }
        let id = unique(&slug_or(text, "party"), self.parties.iter().map(|p| p.id.as_str()));
        self.note(
            at.clone(),
            cell.pos,
            format!(
                "\"{}\" is not in the parties block, so it gets a lane of its own with role \"other\"; add it there to give it a role and a colour",
                clip(text)
            ),
        );
        self.parties.push(PartyDraft {
            id: id.clone(),
            name: text.to_string(),
            role: "other",
            colour: None,
            row: None,
            name_at: at,
            name_cell: Some(cell.clone()),
            role_cell: None,
            colour_cell: None,
        });
        id
    }

    /// A party row (of the parties block, or of kind "party").
    fn party_row(
        &mut self,
        row: &Row,
        id: Option<&Cell>,
        name: Option<&Cell>,
        role: Option<&Cell>,
        colour: Option<&Cell>,
        cols: [&str; 4],
    ) {
        let [id_col, name_col, role_col, colour_col] = cols;
        let Some(name_cell) = name.or(id) else {
            self.warn(
                ProblemKind::Missing,
                place(row.number, name_col),
                row.pos,
                "the party has no name, so the row is left out; write the name shown on its lane".to_string(),
            );
            return;
        };
        let wanted = id.map(|c| c.text.clone()).unwrap_or_default();
        let base = if wanted.is_empty() || wanted.chars().any(|c| c.is_whitespace() || c == '#') {
            slug_or(&wanted, "")
                .chars()
                .next()
                .map(|_| slug_or(&wanted, "party"))
                .unwrap_or_else(|| slug_or(&name_cell.text, "party"))
        } else {
            wanted.clone()
        };
        if self.parties.iter().any(|p| p.id == base) {
            let at = id.map_or_else(|| place(row.number, name_col), |_| place(row.number, id_col));
            let pos = id.map_or(name_cell.pos, |c| c.pos);
            self.warn(
                ProblemKind::Duplicate,
                at,
                pos,
                format!("the party \"{}\" is already defined above; this row is left out", clip(&base)),
            );
            return;
        }
        let role_value = match role {
            None => {
                self.error(
                    ProblemKind::Missing,
                    place(row.number, role_col),
                    name_cell.pos,
                    format!(
                        "the party has no role, so it is shown with role \"other\"; write one of {}",
                        ROLES.allowed()
                    ),
                );
                "other"
            }
            Some(cell) => {
                let at = place(row.number, role_col);
                match self.word(&ROLES, cell, at, "; the party is shown with role \"other\"", true) {
                    Some(r) => ROLES.word(r),
                    None => ROLES.word(Role::Other),
                }
            }
        };
        let colour_value = colour.and_then(|c| {
            let text = c.text.trim();
            let with_hash = if text.starts_with('#') { text.to_string() } else { format!("#{text}") };
            if crate::model::parse_color(&with_hash).is_some() {
                Some(with_hash)
            } else {
                self.error(
                    ProblemKind::Invalid,
                    place(row.number, colour_col),
                    c.pos,
                    format!("\"{}\" is not a colour; write it as #rrggbb, e.g. #1d4ed8 (the lane gets a colour of the theme)", clip(text)),
                );
                None
            }
        });
        let _ = colour_col;
        let name_at = place(row.number, if name.is_some() { name_col } else { id_col });
        self.parties.push(PartyDraft {
            id: base,
            name: name_cell.text.clone(),
            role: role_value,
            colour: colour_value,
            row: Some(row.number),
            name_at,
            name_cell: Some(name_cell.clone()),
            role_cell: role.cloned(),
            colour_cell: colour.cloned(),
        });
    }
}

/// `base`, or `base-2`, `base-3`… whichever `taken` does not hold.
pub(super) fn unique<'a>(base: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let used = |c: &str| taken.clone().any(|t| t == c);
    if !used(base) {
        return base.to_string();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|c| !used(c)).unwrap_or_else(|| base.to_string())
}

/// Ids handed out so far, with the next suffix to try per base: unique ids in constant time,
/// however many events share a title.
#[derive(Default)]
pub(super) struct Ids {
    used: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

impl Ids {
    /// `base`, or `base-2`, `base-3`… whichever is not used yet; marked as used.
    pub(super) fn take(&mut self, base: &str) -> String {
        let mut id = base.to_string();
        if self.used.contains(&id) {
            let n = self.next.entry(base.to_string()).or_insert(2);
            loop {
                id = format!("{base}-{n}");
                *n += 1;
                if !self.used.contains(&id) {
                    break;
                }
            }
        }
        self.used.insert(id.clone());
        id
    }
}

/// `text` cut to at most `max` characters at a word boundary, with "…".
pub(super) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a).trim_end().to_string();
    format!("{cut}…")
}

/// A slug of `text`, or `fallback` when nothing is left of it.
pub(super) fn slug_or(text: &str, fallback: &str) -> String {
    let s = slug(text);
    if s.is_empty() {
        fallback.to_string()
    } else {
        s
    }
}

/// Converts our spreadsheet template (CSV or tab-separated, with its header rows) into a case
/// JSON tree. `order` decides all-number dates (03/04/2020); [`DateOrder::Auto`] reads them day
/// first unless a date in the sheet can only be month first (7/13/2020).
///
/// # Errors
/// When nothing can be imported: the text is too large, its first row is not a header of the
/// template, or no event has a usable date. Every problem found is listed.
pub fn from_sheet(text: &str, order: DateOrder, limits: &Limits) -> Result<Imported, CaseError> {
    check_size(text, limits.max_bytes, "sheet")?;
    let table = table::read(text, table::delimiter(text));
    let rows = &table.rows;
    let Some(first) = rows.iter().find(|r| !r.is_empty()) else {
        return Err(CaseError::single(Problem::error(
            ProblemKind::Syntax,
            "",
            None,
            format!(
                "the sheet is empty; paste the rows with the header row first ({})",
                EVENT_HEADER.replace('\t', ", ")
            ),
        )));
    };
    if header(first).is_none() {
        return Err(CaseError::single(no_header(first, rows.iter().filter(|r| !r.is_empty()).count())));
    }
    let mut reader = Reader {
        problems: Vec::new(),
        parties: Vec::new(),
        people: Vec::new(),
        sources: Vec::new(),
        events: Vec::new(),
        event_ids: Ids::default(),
        bad_links: std::collections::HashSet::new(),
        case_title: None,
        case_summary: None,
        case_language: None,
        day_first: true,
        order_reason: String::new(),
        order_decided: false,
    };
    let (headers, body) = blocks(rows);
    reader.quirks(&table.quirks, &headers, table::delimiter(text));
    for (header, row) in &headers {
        reader.unknown_columns(header, row);
    }
    let governed: Vec<(&Header, &Row)> = body.iter().filter_map(|(i, r)| Some((&headers.get(*i)?.0, *r))).collect();
    for (i, row) in &body {
        if let Some((_, header_row)) = headers.get(*i) {
            reader.unnamed_cells(header_row, row);
        }
    }
    reader.decide_order(&governed, order);
    // Parties first (events refer to them), wherever they are in the sheet.
    for (header, row) in &governed {
        reader.parties_pass(header, row);
    }
    for (header, row) in &governed {
        if let Header::Events(cols) = header {
            reader.event_row(cols, row, limits);
        }
    }
    tree::finish(reader, limits)
}

/// The problem of a sheet whose first row is not a header: what the first row should be, and
/// what this one looks like (an event's row, one line of text).
fn no_header(first: &Row, rows: usize) -> Problem {
    let looks = if first.cells.iter().any(|c| dates::read(&c.text, true).is_ok()) {
        " (this one looks like an event's row)"
    } else if first.cells.iter().filter(|c| !c.text.is_empty()).count() <= 1 && rows <= 1 {
        " (this is one line of text, not spreadsheet rows)"
    } else {
        ""
    };
    Problem::error(
        ProblemKind::Syntax,
        format!("row {}", first.number),
        Some(first.pos),
        format!(
            "no header row: the first row must name the columns{looks}, e.g. {}; paste the header row first (copy it from the template), then one row per event",
            EVENT_HEADER.replace('\t', ", ")
        ),
    )
}

/// A header row, and the header it is.
type HeaderRow<'a> = (Header, &'a Row);

/// The header rows (with the header each is), and every other non-empty row with the index of
/// the header above it.
fn blocks(rows: &[Row]) -> (Vec<HeaderRow<'_>>, Vec<(usize, &Row)>) {
    let mut headers: Vec<HeaderRow<'_>> = Vec::new();
    let mut out = Vec::new();
    for row in rows {
        if row.is_empty() {
            continue;
        }
        if let Some(h) = header(row) {
            headers.push((h, row));
        } else if let Some(i) = headers.len().checked_sub(1) {
            out.push((i, row));
        }
    }
    (headers, out)
}

/// The sheet place of cell `column` (from 0) of row `row`: named by the header above it, else
/// by its number (`row 5, column 7`).
fn cell_place(headers: &[HeaderRow<'_>], row: usize, column: usize) -> String {
    let name =
        headers.iter().rev().find(|(_, h)| h.number <= row).and_then(|(_, h)| h.get(column)).map(|c| c.text.clone());
    match name {
        Some(name) => place(row, &name),
        None => format!("row {row}, column {}", column + 1),
    }
}

impl Reader {
    /// Cells whose quotes were read as written (see [`table::QuoteIssue`]).
    fn quirks(&mut self, quirks: &[table::Quirk], headers: &[HeaderRow<'_>], delimiter: char) {
        for q in quirks {
            let at = cell_place(headers, q.row, q.column);
            self.problems.push(q.issue.problem(delimiter == '\t', at, q.pos));
        }
    }

    /// A warning for each column of a header row the importer does not know (it is ignored).
    fn unknown_columns(&mut self, header: &Header, row: &Row) {
        let (known, names): (Vec<usize>, Vec<&str>) = match header {
            Header::Events(cols) => {
                (cols.iter().map(|(_, i, _)| *i).collect(), columns::EVENT_COLUMNS.iter().map(|(n, _)| *n).collect())
            }
            Header::Parties(cols) => {
                (cols.iter().map(|(_, i, _)| *i).collect(), columns::PARTY_COLUMNS.iter().map(|(n, _)| *n).collect())
            }
        };
        let listed = match header {
            Header::Events(_) => format!("{}, id, source publisher, and for rows of kind \"party\" role and colour; a second quote goes in quote 2, speaker 2, speaker title 2", EVENT_HEADER.replace('\t', ", ")),
            Header::Parties(_) => PARTY_HEADER.replace('\t', ", "),
        };
        for (i, cell) in row.cells.iter().enumerate() {
            if cell.text.is_empty() || known.contains(&i) {
                continue;
            }
            let guess = crate::error::closest(&key(&cell.text), &names)
                .map(|n| format!(" (did you mean \"{n}\"?)"))
                .unwrap_or_default();
            self.warn(
                ProblemKind::UnknownField,
                place(row.number, &cell.text),
                cell.pos,
                format!(
                    "column \"{}\" is not one the importer knows{guess}, so it is ignored; the columns are {listed}",
                    clip(&cell.text)
                ),
            );
        }
    }

    /// A warning for a row with text in a column the header row does not name (beyond its last
    /// column, or under an empty header cell): that text is ignored.
    fn unnamed_cells(&mut self, header_row: &Row, row: &Row) {
        let unnamed: Vec<(usize, &Cell)> =
            row.cells.iter().enumerate().filter(|(i, c)| !c.text.is_empty() && header_row.get(*i).is_none()).collect();
        let Some((i, cell)) = unnamed.first() else { return };
        let more = match unnamed.len() {
            1 => String::new(),
            n => format!(" (and {} more cells of this row)", n - 1),
        };
        let last = header_row.cells.iter().rposition(|c| !c.text.is_empty()).unwrap_or(0);
        let why = if *i > last {
            format!(
                "is beyond the header row's last column (\"{}\", row {})",
                clip(header_row.cells.get(last).map_or("", |c| c.text.as_str())),
                header_row.number
            )
        } else {
            format!("is under an empty cell of the header row (row {})", header_row.number)
        };
        self.warn(
            ProblemKind::UnknownField,
            format!("row {}, column {}", row.number, i + 1),
            cell.pos,
            format!(
                "\"{}\"{more} {why}, so it is ignored; name its column in the header row, or move it into a column the header names",
                clip(&cell.text)
            ),
        );
    }
}

impl Reader {
    fn decide_order(&mut self, blocks: &[(&Header, &Row)], order: DateOrder) {
        match order {
            DateOrder::DayFirst => {
                self.order_reason = "as chosen".to_string();
                self.order_decided = true;
                return;
            }
            DateOrder::MonthFirst => {
                self.day_first = false;
                self.order_reason = "as chosen".to_string();
                self.order_decided = true;
                return;
            }
            DateOrder::Auto => {}
        }
        let mut day_first: Option<(usize, String)> = None;
        let mut month_first: Option<(usize, String)> = None;
        for (header, row) in blocks {
            let Header::Events(cols) = header else { continue };
            for (col, i, _) in cols {
                if !matches!(col, Col::Date | Col::End) {
                    continue;
                }
                let Some(cell) = row.get(*i) else { continue };
                match dates::numeric_order(&cell.text) {
                    Some((a, b)) if a > 12 && b <= 12 => {
                        day_first.get_or_insert((row.number, cell.text.clone()));
                    }
                    Some((a, b)) if b > 12 && a <= 12 => {
                        month_first.get_or_insert((row.number, cell.text.clone()));
                    }
                    _ => {}
                }
            }
        }
        match (day_first, month_first) {
            (Some((row, text)), None) => {
                self.order_reason = format!("as row {row}'s \"{}\" shows", clip(&text));
                self.order_decided = true;
            }
            (None, Some((row, text))) => {
                self.day_first = false;
                self.order_reason = format!("as row {row}'s \"{}\" shows", clip(&text));
                self.order_decided = true;
            }
            (Some((r1, t1)), Some((r2, t2))) => {
                self.order_reason = "the rule when a sheet mixes both".to_string();
                self.problems.push(Problem::warning(
                    ProblemKind::Date,
                    format!("row {r2}"),
                    None,
                    format!(
                        "row {r1} writes the day first (\"{}\") and row {r2} the month first (\"{}\"); dates are read day first, so row {r2}'s cannot be read — write dates as 2020-07-13",
                        clip(&t1),
                        clip(&t2)
                    ),
                ));
            }
            (None, None) => self.order_reason = "the default".to_string(),
        }
    }

    fn parties_pass(&mut self, header: &Header, row: &Row) {
        match header {
            Header::Parties(cols) => {
                let cell = |c: PartyCol| cols.iter().find(|(x, _, _)| *x == c).and_then(|(_, i, _)| row.get(*i));
                let name_of = |c: PartyCol, d: &'static str| -> String {
                    cols.iter().find(|(x, _, _)| *x == c).map_or_else(|| d.to_string(), |(_, _, n)| n.clone())
                };
                let names = [
                    name_of(PartyCol::Id, "party"),
                    name_of(PartyCol::Name, "name"),
                    name_of(PartyCol::Role, "role"),
                    name_of(PartyCol::Colour, "colour"),
                ];
                let (id, name, role, colour) =
                    (cell(PartyCol::Id), cell(PartyCol::Name), cell(PartyCol::Role), cell(PartyCol::Colour));
                let (id, name, role, colour) = (id.cloned(), name.cloned(), role.cloned(), colour.cloned());
                self.party_row(
                    row,
                    id.as_ref(),
                    name.as_ref(),
                    role.as_ref(),
                    colour.as_ref(),
                    [&names[0], &names[1], &names[2], &names[3]],
                );
            }
            Header::Events(cols) => {
                let cell = |c: Col| cols.iter().find(|(x, _, _)| *x == c).and_then(|(_, i, _)| row.get(*i)).cloned();
                let name_of = |c: Col, d: &'static str| -> String {
                    cols.iter().find(|(x, _, _)| *x == c).map_or_else(|| d.to_string(), |(_, _, n)| n.clone())
                };
                if cell(Col::Kind).is_some_and(|k| key(&k.text) == "party") {
                    let names = [
                        name_of(Col::Party, "party"),
                        name_of(Col::Title, "title"),
                        name_of(Col::Role, "role"),
                        name_of(Col::Colour, "colour"),
                    ];
                    let (id, name, role, colour) =
                        (cell(Col::Party), cell(Col::Title), cell(Col::Role), cell(Col::Colour));
                    self.party_row(
                        row,
                        id.as_ref(),
                        name.as_ref(),
                        role.as_ref(),
                        colour.as_ref(),
                        [&names[0], &names[1], &names[2], &names[3]],
                    );
                }
            }
        }
    }
}

mod events;
