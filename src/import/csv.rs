//! TimelineJS's spreadsheet template, saved as CSV, to a case JSON tree (through the TimelineJS
//! importer, so a sheet and its JSON export import alike). Problems name spreadsheet places:
//! `row 5, column "Month"`.

use std::collections::HashSet;

use super::timelinejs::Importer;
use crate::error::{check_size, clip, CaseError, Limits, Pos, Problem, ProblemKind};
use crate::model::json::{join, Node, Value};

/// The columns of TimelineJS's v3 spreadsheet template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    Year,
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    DisplayDate,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    MediaThumbnail,
    AltText,
    Type,
    Group,
    Background,
}

/// Header names (lowercase, single spaces) and their columns; "Tag" is the old "Group".
const COLUMNS: &[(&str, Col)] = &[
    ("year", Col::Year),
    ("month", Col::Month),
    ("day", Col::Day),
    ("time", Col::Time),
    ("end year", Col::EndYear),
    ("end month", Col::EndMonth),
    ("end day", Col::EndDay),
    ("end time", Col::EndTime),
    ("display date", Col::DisplayDate),
    ("headline", Col::Headline),
    ("text", Col::Text),
    ("media", Col::Media),
    ("media credit", Col::MediaCredit),
    ("media caption", Col::MediaCaption),
    ("media thumbnail", Col::MediaThumbnail),
    ("alt text", Col::AltText),
    ("type", Col::Type),
    ("group", Col::Group),
    ("tag", Col::Group),
    ("background", Col::Background),
];

/// One non-empty cell: its trimmed text, where it starts, and its name for messages.
struct Cell<'r> {
    text: &'r str,
    pos: Pos,
    /// `row 5, column "Month"`
    place: String,
}

/// Builds the TimelineJS tree from the sheet, remembering which sheet place each path in it
/// stands for, so the importer's problems can be told in spreadsheet terms.
#[derive(Default)]
struct Sheet {
    places: Vec<(String, String)>,
    problems: Vec<Problem>,
    /// Rows already reported as unusable.
    skip: HashSet<String>,
}

impl Sheet {
    /// A string member at `parent.key` holding `value`, from `cell`.
    fn leaf(&mut self, parent: &str, key: &str, cell: &Cell<'_>, value: String) -> (String, Node) {
        self.places.push((join(parent, key), cell.place.clone()));
        (key.to_string(), Node { value: Value::String(value), pos: Some(cell.pos) })
    }

    /// The place of the longest recorded path that is `path` or contains it.
    fn place(&self, path: &str) -> Option<&str> {
        self.places
            .iter()
            .filter(|(p, _)| {
                path == p
                    || path.strip_prefix(p.as_str()).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
            })
            .max_by_key(|(p, _)| p.len())
            .map(|(_, place)| place.as_str())
    }

    /// Year, Month, Day and Time cells → a TimelineJS date object at `path` (numbers as
    /// digit strings). `None` when the time is unreadable (reported here).
    fn date(
        &mut self,
        path: &str,
        year: &Cell<'_>,
        month: Option<Cell<'_>>,
        day: Option<Cell<'_>>,
        time: Option<Cell<'_>>,
    ) -> Option<Node> {
        self.places.push((path.to_string(), year.place.clone()));
        let mut members = vec![self.leaf(path, "year", year, integer(year.text))];
        if let Some(m) = &month {
            members.push(self.leaf(path, "month", m, integer(m.text)));
        }
        if let Some(d) = &day {
            members.push(self.leaf(path, "day", d, integer(d.text)));
        }
        if let Some(t) = &time {
            let Some(time) = parse_time(t.text) else {
                self.problems.push(Problem::error(
                    ProblemKind::Date,
                    t.place.clone(),
                    Some(t.pos),
                    format!("\"{}\" is not a time; write it as 9:30, 09:30:15, 0930 or 9:30 pm", clip(t.text)),
                ));
                return None;
            };
            members.push(self.leaf(path, "hour", t, time.hour.to_string()));
            for (key, value) in [("minute", time.minute), ("second", time.second), ("millisecond", time.milli)] {
                if let Some(v) = value {
                    members.push(self.leaf(path, key, t, v.to_string()));
                }
            }
        }
        Some(Node { value: Value::Object(members), pos: Some(year.pos) })
    }
}

/// Converts a TimelineJS spreadsheet saved as CSV, or copied as tab-separated rows (with its
/// header row), into a case JSON tree. Columns are those of TimelineJS's v3 template: Year, Month, Day, Time, End Year,
/// End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media
/// Caption, Media Thumbnail, Alt Text, Type, Group (or Tag), Background; matched ignoring
/// case and surrounding spaces, in any order; others are reported and ignored. A row of Type
/// `title` is the title slide (a second one is an event), `era` an era. Numbers may have
/// commas and spaces ("2,020"); Time is `H:MM[:SS[.f]]`, `HHMM` or `H`, each with am/pm or
/// not. Empty rows are skipped; a row without a Year is left out with a warning. Thumbnails,
/// alt text and backgrounds are presentation and are not imported.
///
/// Problems name places as `row 5, column "Month"` (rows counted as the spreadsheet does,
/// the header being row 1) and carry the line and column in the CSV text.
///
/// # Errors
/// When nothing can be imported: the text is too large, is not readable as CSV, has no Year
/// column, or no row can be imported. Every problem found is listed.
pub fn from_csv(text: &str, limits: &Limits) -> Result<(Node, Vec<Problem>), CaseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_size(text, limits.max_bytes, "file")?;
    let delimiter = super::table::delimiter(text);
    let table = super::table::read(text, delimiter);
    let mut records = table.rows.iter().filter(|r| !r.is_empty());
    let Some(header) = records.next() else {
        return Err(CaseError::single(Problem::error(
            ProblemKind::Syntax,
            "",
            None,
            "the file is empty; expected a header row",
        )));
    };
    let mut sheet = Sheet::default();
    let header_pos: Vec<Pos> = header.cells.iter().map(|c| c.pos).collect();
    let mut columns: Vec<(Col, usize, String)> = Vec::new();
    for (i, name) in header.cells.iter().map(|c| c.text.as_str()).enumerate() {
        let key = name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if key.is_empty() {
            continue;
        }
        let place = format!("column \"{}\"", clip(name));
        let pos = header_pos.get(i).copied();
        match COLUMNS.iter().find(|(n, _)| *n == key).map(|(_, c)| *c) {
            None => sheet.problems.push(Problem::warning(
                ProblemKind::UnknownField,
                place,
                pos,
                format!("\"{}\" is not a TimelineJS column; it is ignored", clip(name)),
            )),
            Some(col) if columns.iter().any(|(c, _, _)| *c == col) => sheet.problems.push(Problem::warning(
                ProblemKind::Import,
                place,
                pos,
                "the column appears twice (or as both Group and Tag); the first one is used",
            )),
            Some(col) => columns.push((col, i, name.to_string())),
        }
    }
    if !columns.iter().any(|(c, _, _)| *c == Col::Year) {
        sheet.problems.push(Problem::error(
            ProblemKind::Syntax,
            "",
            header_pos.first().copied(),
            "the header row has no \"Year\" column; expected TimelineJS's template columns (Year, Month, \
             Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, \
             Media Credit, Media Caption, Media Thumbnail, Alt Text, Type, Group, Background)",
        ));
        return Err(CaseError { problems: sheet.problems });
    }

    let mut title: Option<Node> = None;
    let mut events = Vec::new();
    let mut eras = Vec::new();
    quirks(&mut sheet, &table.quirks, &columns, delimiter == '\t');
    for record in records {
        let row = record.number;
        let row_pos = Some(record.pos);
        let cell = |col: Col| -> Option<Cell<'_>> {
            let (_, i, name) = columns.iter().find(|(c, _, _)| *c == col)?;
            let cell = record.get(*i)?;
            Some(Cell { text: &cell.text, pos: cell.pos, place: format!("row {row}, column \"{}\"", clip(name)) })
        };
        let kind = cell(Col::Type).map(|c| c.text.to_lowercase());
        let (base, is_title, is_era) = match kind.as_deref() {
            Some("title") if title.is_none() => ("title".to_string(), true, false),
            Some("era") => (format!("eras[{}]", eras.len()), false, true),
            Some("title") => {
                if let Some(c) = cell(Col::Type) {
                    sheet.problems.push(Problem::warning(
                        ProblemKind::Import,
                        c.place,
                        Some(c.pos),
                        "a second title row; it is imported as an event",
                    ));
                }
                (format!("events[{}]", events.len()), false, false)
            }
            _ => (format!("events[{}]", events.len()), false, false),
        };
        let mut members: Vec<(String, Node)> = Vec::new();
        if !is_title {
            let Some(year) = cell(Col::Year) else {
                sheet.problems.push(Problem::warning(
                    ProblemKind::Import,
                    format!("row {row}, column \"Year\""),
                    row_pos,
                    "the Year is empty, so the row is left out (TimelineJS leaves it out without a word)",
                ));
                continue;
            };
            match sheet.date(&join(&base, "start_date"), &year, cell(Col::Month), cell(Col::Day), cell(Col::Time)) {
                Some(start) => members.push(("start_date".to_string(), start)),
                None => {
                    sheet.skip.insert(base.clone());
                }
            }
            let end_parts = [cell(Col::EndMonth), cell(Col::EndDay), cell(Col::EndTime)];
            match cell(Col::EndYear) {
                Some(year) => {
                    let [m, d, t] = end_parts;
                    if let Some(end) = sheet.date(&join(&base, "end_date"), &year, m, d, t) {
                        members.push(("end_date".to_string(), end));
                    }
                }
                None => {
                    if let Some(c) = end_parts.into_iter().flatten().next() {
                        sheet.problems.push(Problem::warning(
                            ProblemKind::Import,
                            c.place,
                            Some(c.pos),
                            "End Year is empty, so the end date is ignored",
                        ));
                    }
                }
            }
        }
        if let Some(c) = cell(Col::DisplayDate).filter(|_| !is_era) {
            members.push(sheet.leaf(&base, "display_date", &c, c.text.to_string()));
        }
        let text_path = join(&base, "text");
        let mut text_members = Vec::new();
        if let Some(c) = cell(Col::Headline) {
            text_members.push(sheet.leaf(&text_path, "headline", &c, c.text.to_string()));
        }
        if let Some(c) = cell(Col::Text).filter(|_| !is_era) {
            text_members.push(sheet.leaf(&text_path, "text", &c, c.text.to_string()));
        }
        if !text_members.is_empty() {
            let pos = text_members.first().and_then(|(_, n)| n.pos);
            members.push(("text".to_string(), Node { value: Value::Object(text_members), pos }));
        }
        if !is_era {
            let media_path = join(&base, "media");
            let mut media = Vec::new();
            let mut media_place = None;
            for (col, key) in [
                (Col::Media, "url"),
                (Col::MediaCredit, "credit"),
                (Col::MediaCaption, "caption"),
                (Col::MediaThumbnail, "thumbnail"),
                (Col::AltText, "alt"),
            ] {
                if let Some(c) = cell(col) {
                    media_place.get_or_insert_with(|| c.place.clone());
                    media.push(sheet.leaf(&media_path, key, &c, c.text.to_string()));
                }
            }
            if media.iter().any(|(k, _)| k == "url" || k == "credit" || k == "caption") {
                if let Some(place) = media_place {
                    sheet.places.push((media_path, place));
                }
                let pos = media.first().and_then(|(_, n)| n.pos);
                members.push(("media".to_string(), Node { value: Value::Object(media), pos }));
            }
            if let Some(c) = cell(Col::Group) {
                members.push(sheet.leaf(&base, "group", &c, c.text.to_string()));
            }
        }
        sheet.places.push((base, format!("row {row}")));
        let node = Node { value: Value::Object(members), pos: row_pos };
        if is_title {
            title = Some(node);
        } else if is_era {
            eras.push(node);
        } else {
            events.push(node);
        }
    }
    let mut root = Vec::new();
    if let Some(t) = title {
        root.push(("title".to_string(), t));
    }
    root.push(("events".to_string(), Node::new(Value::Array(events))));
    if !eras.is_empty() {
        root.push(("eras".to_string(), Node::new(Value::Array(eras))));
    }
    let root = Node::new(Value::Object(root));
    let mut importer = Importer::new(std::mem::take(&mut sheet.skip), limits);
    importer.problems = std::mem::take(&mut sheet.problems);
    let relabel = |mut problems: Vec<Problem>| {
        for p in &mut problems {
            if let Some(place) = sheet.place(&p.path) {
                p.path = place.to_string();
            } else if p.path == "events" {
                p.path = String::new();
            }
        }
        problems
    };
    match importer.convert(&root) {
        Ok((case, problems)) => Ok((case, relabel(problems))),
        Err(e) => Err(CaseError { problems: relabel(e.problems) }),
    }
}

/// A number cell without the commas and spaces spreadsheets put in ("2,020" → "2020").
fn integer(text: &str) -> String {
    text.chars().filter(|c| *c != ',' && !c.is_whitespace()).collect()
}

/// `H:MM[:SS[.f]]`, `HHMM`, `H`, each with am/pm or not (`9:30 pm`, `9pm`, `12 a.m.`) →
/// hour, minute, second, millisecond; `None` when it is not a time of day.
fn parse_time(text: &str) -> Option<TimeOfDay> {
    let lower = text.trim().to_ascii_lowercase();
    let mut body = lower.trim_end_matches('.').trim_end();
    let mut period = None;
    for (suffix, pm) in [("a.m", false), ("p.m", true), ("am", false), ("pm", true), ("a", false), ("p", true)] {
        if let Some(rest) = body.strip_suffix(suffix) {
            period = Some(pm);
            body = rest.trim_end();
            break;
        }
    }
    let number = |s: &str, max_len: usize| -> Option<u32> {
        if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (hour, minute, second, milli) = if body.len() >= 3 && body.bytes().all(|b| b.is_ascii_digit()) {
        let split = body.len().checked_sub(2)?;
        (number(body.get(..split)?, 2)?, Some(number(body.get(split..)?, 2)?), None, None)
    } else {
        let sep = if body.contains(':') { ':' } else { '.' };
        let mut parts = body.split(sep);
        let hour = number(parts.next()?, 2)?;
        let minute = match parts.next() {
            None => None,
            Some(m) => Some(number(m, 2)?),
        };
        let (second, milli) = match parts.next() {
            None => (None, None),
            Some(s) => match s.split_once(['.', ',']) {
                None => (Some(number(s, 2)?), None),
                Some((whole, frac)) => {
                    if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
                        return None;
                    }
                    let ms: String = frac.chars().chain("000".chars()).take(3).collect();
                    (Some(number(whole, 2)?), Some(number(&ms, 3)?))
                }
            },
        };
        if parts.next().is_some() {
            return None;
        }
        (hour, minute, second, milli)
    };
    let hour = match period {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(true) if hour != 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    };
    if hour > 23 || minute.is_some_and(|m| m > 59) || second.is_some_and(|s| s > 59) {
        return None;
    }
    Some(TimeOfDay { hour, minute, second, milli })
}

/// A time of day as a spreadsheet gives it: hour, and the finer fields that were written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TimeOfDay {
    pub hour: u32,
    pub minute: Option<u32>,
    pub second: Option<u32>,
    pub milli: Option<u32>,
}

/// A warning (or a note) for each cell whose quotes were read as written, at its row and column.
fn quirks(sheet: &mut Sheet, quirks: &[super::table::Quirk], columns: &[(Col, usize, String)], tabs: bool) {
    for q in quirks {
        let column = columns
            .iter()
            .find(|(_, i, _)| *i == q.column)
            .map_or_else(|| format!("column {}", q.column + 1), |(_, _, name)| format!("column \"{}\"", clip(name)));
        let place = format!("row {}, {column}", q.row);
        sheet.problems.push(q.issue.problem(tabs, place, q.pos));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_times() {
        assert_eq!(parse_time("9:30"), Some(TimeOfDay { hour: 9, minute: Some(30), second: None, milli: None }));
        assert_eq!(
            parse_time("09:30:15.5"),
            Some(TimeOfDay { hour: 9, minute: Some(30), second: Some(15), milli: Some(500) })
        );
        assert_eq!(parse_time("0930"), Some(TimeOfDay { hour: 9, minute: Some(30), second: None, milli: None }));
        assert_eq!(parse_time("9:30 PM"), Some(TimeOfDay { hour: 21, minute: Some(30), second: None, milli: None }));
        assert_eq!(parse_time("12 a.m."), Some(TimeOfDay { hour: 0, minute: None, second: None, milli: None }));
        assert_eq!(parse_time("12pm"), Some(TimeOfDay { hour: 12, minute: None, second: None, milli: None }));
        assert_eq!(parse_time("0"), Some(TimeOfDay { hour: 0, minute: None, second: None, milli: None }));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("13pm"), None);
        assert_eq!(parse_time("9:3x"), None);
    }
}
