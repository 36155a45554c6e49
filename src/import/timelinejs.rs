//! TimelineJS3 import: its JSON, and (natively) its spreadsheet template as CSV, to case JSON.
//!
//! The result is a case JSON tree (`"version": 1`) for [`crate::model::load`], plus the
//! [`Problem`]s met on the way, with TimelineJS paths (`events[3].start_date.month`) or, for CSV,
//! spreadsheet places (`row 5, column "Month"`). What changes on the way:
//!
//! - `start_date`/`end_date` become `date`/`end` at the precision of the most precise field
//!   present. Unlike TimelineJS, a numeric `hour: 0` is a time (00:00), not "no time". Years keep
//!   their astronomical number (`-44` → `"-0044"`). An `end_date` equal to the start is dropped.
//! - `text.headline` and `text.text` become `title` and `summary` as plain text (tags stripped,
//!   entities decoded, whitespace collapsed). `display_date` keeps its words, without markup.
//! - `group` becomes a party (role `other`) and the event's lane; `unique_id` becomes `id`, else
//!   a slug of the headline that keeps every script's letters (TimelineJS turns Hebrew headlines
//!   into random ids), made unique with `-2`, `-3`…, or `event-N` when nothing is left.
//! - `eras` become events of kind `other` spanning their dates; the `title` slide gives the case
//!   title and summary ("Imported timeline" without one). Every imported event is of kind `other`.
//! - `media` that is a `<blockquote>` (one quote per blockquote), or whose caption is in quotation
//!   marks, becomes a quote, spoken by the `<cite>`/`<footer>` inside it or else the media credit.
//!
//! Severity: a **warning** says something was left out or adjusted and the rest imported (an
//! event without `start_date`, which TimelineJS drops without a word; an image; a quote without
//! a credit). An **error** says a value is unusable (month 13, a year that is not a whole
//! number): the event it belongs to is left out, or for a bad `end_date` only the end. When no
//! event at all can be imported, the result is a [`CaseError`] listing every problem.
//!
//! Nothing here recurses over the input: the shape read is fixed (slide → date → field), and
//! HTML is scanned, not parsed into a tree.

use std::collections::{HashMap, HashSet};

use super::html::{blockquotes, collapse, html_to_text};
use crate::error::{clip, closest, invisible, sort_problems, CaseError, Limits, Pos, Problem, ProblemKind};
use crate::model::date::{month_name, CaseDate};
use crate::model::json::{join, Node, Value};
use crate::model::Precision;

const TOP_FIELDS: &[&str] = &["events", "title", "eras", "scale"];
const SLIDE_FIELDS: &[&str] = &[
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
    "location",
    "scale",
];
const ERA_FIELDS: &[&str] = &["start_date", "end_date", "text"];
const DATE_FIELDS: &[&str] =
    &["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"];
const TEXT_FIELDS: &[&str] = &["headline", "text"];
const MEDIA_FIELDS: &[&str] = &["url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target"];

/// The case title when the timeline has no title slide (or its headline is empty).
pub const DEFAULT_TITLE: &str = "Imported timeline";

/// Longest generated id, in characters.
const MAX_SLUG_CHARS: usize = 64;

/// Converts a parsed TimelineJS3 timeline into a case JSON tree, with the problems met.
///
/// # Errors
/// When nothing can be imported: the root is not an object, or no event (nor era) survives. The
/// error lists every problem found, errors first.
pub fn from_timelinejs(root: &Node, limits: &Limits) -> Result<(Node, Vec<Problem>), CaseError> {
    Importer::new(HashSet::new(), limits).convert(root)
}

/// One event or era on its way to the case.
struct Draft {
    /// TimelineJS path, e.g. `events[3]`.
    path: String,
    era: bool,
    /// 1-based number among the events (or eras), for `event-N` ids.
    number: usize,
    unique_id: Option<(String, Option<Pos>)>,
    /// The plain headline the id is made from (may be empty).
    headline: String,
    title: String,
    date: String,
    end: Option<String>,
    display_date: Option<String>,
    summary: Option<String>,
    group: Option<String>,
    /// (text, speaker name)
    quotes: Vec<(String, String)>,
}

/// A date read from a TimelineJS date object.
struct Stamp {
    text: String,
    date: CaseDate,
    display: Option<String>,
}

/// A whole number field: absent (missing, null or ""), a value, or unusable (already reported).
enum Num {
    Absent,
    Is(i64),
    Bad,
}

impl Num {
    fn value(&self) -> Option<i64> {
        match self {
            Num::Is(n) => Some(*n),
            _ => None,
        }
    }
}

pub(super) struct Importer {
    pub(super) problems: Vec<Problem>,
    limits: Limits,
    /// Slides already reported as unusable (by the CSV reader): left out without more words.
    skip: HashSet<String>,
}

impl Importer {
    pub(super) fn new(skip: HashSet<String>, limits: &Limits) -> Self {
        Importer { problems: Vec::new(), limits: limits.clone(), skip }
    }

    fn warn(&mut self, kind: ProblemKind, path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) {
        self.problems.push(Problem::warning(kind, path, pos, message));
    }

    fn error(&mut self, kind: ProblemKind, path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) {
        self.problems.push(Problem::error(kind, path, pos, message));
    }

    /// Checks that `node` is an object, warning about fields TimelineJS does not have.
    fn object(&mut self, node: &Node, path: &str, what: &str, known: &[&str]) -> bool {
        let Value::Object(members) = &node.value else {
            self.error(
                ProblemKind::WrongType,
                path,
                node.pos,
                format!("expected {what} (an object {{ … }}), found {}", node.value.type_name()),
            );
            return false;
        };
        for (key, value) in members {
            if !known.contains(&key.as_str()) {
                let hint = closest(key, known).map(|k| format!(" (did you mean \"{k}\"?)")).unwrap_or_default();
                self.warn(
                    ProblemKind::UnknownField,
                    join(path, key),
                    value.pos,
                    format!("unknown field \"{key}\" is ignored{hint}"),
                );
            }
        }
        true
    }

    /// A member present and not null.
    fn member<'n>(node: &'n Node, key: &str) -> Option<&'n Node> {
        node.get(key).filter(|n| n.value != Value::Null)
    }

    /// An optional string member; other types are errors.
    fn string(&mut self, node: &Node, key: &str, path: &str) -> Option<String> {
        let member = Self::member(node, key)?;
        match &member.value {
            Value::String(s) => Some(s.clone()),
            other => {
                self.error(
                    ProblemKind::WrongType,
                    join(path, key),
                    member.pos,
                    format!("expected a string, found {}", other.type_name()),
                );
                None
            }
        }
    }

    /// An optional string member as plain text (HTML removed), `None` when empty.
    fn plain(&mut self, node: &Node, key: &str, path: &str) -> Option<String> {
        self.string(node, key, path).map(|s| html_to_text(&s)).filter(|s| !s.is_empty())
    }

    /// Text that must fit `max` characters: longer text is cut, with a warning.
    fn fit(&mut self, text: String, max: usize, path: &str, pos: Option<Pos>) -> String {
        let chars = text.chars().count();
        if chars <= max {
            return text;
        }
        self.warn(ProblemKind::Limit, path, pos, format!("is {chars} characters long; cut to the limit of {max}"));
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }

    fn num(&mut self, date: &Node, key: &str, path: &str, range: (i64, i64), unit: &str) -> Num {
        let Some(node) = Self::member(date, key) else { return Num::Absent };
        let at = join(path, key);
        let found = match &node.value {
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                #[allow(clippy::cast_possible_truncation)] // whole and below 2^53, checked above
                let whole = *n as i64;
                whole
            }
            Value::Number(n) if n.fract() == 0.0 => {
                self.error(ProblemKind::WrongType, at, node.pos, format!("{n} is too large"));
                return Num::Bad;
            }
            Value::Number(n) => {
                self.error(ProblemKind::WrongType, at, node.pos, format!("expected a whole number, found {n}"));
                return Num::Bad;
            }
            Value::String(s) => {
                let t = s.trim();
                if t.is_empty() {
                    return Num::Absent;
                }
                let digits = t.strip_prefix('-').unwrap_or(t);
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    self.error(
                        ProblemKind::WrongType,
                        at,
                        node.pos,
                        format!("expected a whole number, found \"{}\"", clip(t)),
                    );
                    return Num::Bad;
                }
                match t.parse::<i64>() {
                    Ok(n) => n,
                    Err(_) => {
                        self.error(ProblemKind::Invalid, at, node.pos, format!("\"{}\" is too large", clip(t)));
                        return Num::Bad;
                    }
                }
            }
            other => {
                self.error(
                    ProblemKind::WrongType,
                    at,
                    node.pos,
                    format!("expected a whole number, found {}", other.type_name()),
                );
                return Num::Bad;
            }
        };
        if (range.0..=range.1).contains(&found) {
            Num::Is(found)
        } else if unit == "year" {
            self.error(
                ProblemKind::Date,
                at,
                node.pos,
                format!("year {found} is outside -9999 to 9999, the years a case can hold"),
            );
            Num::Bad
        } else {
            self.error(
                ProblemKind::Date,
                at,
                node.pos,
                format!("{unit} {found} does not exist ({unit}s run {} to {})", range.0, range.1),
            );
            Num::Bad
        }
    }

    /// A TimelineJS date object → our date text at its precision.
    fn date(&mut self, node: &Node, path: &str) -> Option<Stamp> {
        if !self.object(node, path, "a date { \"year\": … }", DATE_FIELDS) {
            return None;
        }
        let year = self.num(node, "year", path, (-9999, 9999), "year");
        let month = self.num(node, "month", path, (1, 12), "month");
        let day = self.num(node, "day", path, (1, 31), "day");
        let hour = self.num(node, "hour", path, (0, 23), "hour");
        let minute = self.num(node, "minute", path, (0, 59), "minute");
        let second = self.num(node, "second", path, (0, 59), "second");
        let milli = self.num(node, "millisecond", path, (0, 999), "millisecond");
        let display = self.plain(node, "display_date", path);
        let parts = [&year, &month, &day, &hour, &minute, &second, &milli];
        if parts.iter().any(|n| matches!(n, Num::Bad)) {
            return None;
        }
        let Some(year) = year.value() else {
            self.error(ProblemKind::Missing, path, node.pos, "\"year\" is missing; every TimelineJS date needs a year");
            return None;
        };
        let has_time = [&hour, &minute, &second, &milli].iter().any(|n| n.value().is_some());
        let precision = if has_time {
            Precision::Minute
        } else if day.value().is_some() {
            Precision::Day
        } else if month.value().is_some() {
            Precision::Month
        } else {
            Precision::Year
        };
        let month = match month.value() {
            Some(m) => m,
            None if precision >= Precision::Day => {
                self.warn(ProblemKind::Import, path, node.pos, "has a day or time but no month; January is assumed");
                1
            }
            None => 1,
        };
        let day = match day.value() {
            Some(d) => d,
            None if precision == Precision::Minute => {
                self.warn(ProblemKind::Import, path, node.pos, "has a time but no day; day 1 is assumed");
                1
            }
            None => 1,
        };
        let hour = match hour.value() {
            Some(h) => h,
            None if precision == Precision::Minute => {
                self.warn(ProblemKind::Import, path, node.pos, "has minutes or seconds but no hour; hour 0 is assumed");
                0
            }
            None => 0,
        };
        let minute = minute.value().unwrap_or(0);
        let second = second.value().unwrap_or(0);
        if milli.value().is_some_and(|ms| ms != 0) {
            let pos = Self::member(node, "millisecond").and_then(|n| n.pos);
            self.warn(
                ProblemKind::Import,
                join(path, "millisecond"),
                pos,
                "milliseconds are dropped; a case keeps whole seconds",
            );
        }
        let days = i16::try_from(year)
            .ok()
            .zip(i8::try_from(month).ok())
            .and_then(|(y, m)| jiff::civil::Date::new(y, m, 1).ok())
            .map(|d| i64::from(d.days_in_month()));
        if let Some(days) = days.filter(|days| day > *days) {
            let pos = Self::member(node, "day").and_then(|n| n.pos);
            let month_name = month_name(i8::try_from(month).unwrap_or(0));
            self.error(
                ProblemKind::Date,
                join(path, "day"),
                pos,
                format!("day {day} does not exist: {month_name} {year} has {days} days"),
            );
            return None;
        }
        let y = if year < 0 { format!("-{:04}", -year) } else { format!("{year:04}") };
        let text = match precision {
            Precision::Year => y,
            Precision::Month => format!("{y}-{month:02}"),
            Precision::Day => format!("{y}-{month:02}-{day:02}"),
            Precision::Minute if second != 0 => format!("{y}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}"),
            Precision::Minute => format!("{y}-{month:02}-{day:02}T{hour:02}:{minute:02}"),
        };
        match CaseDate::parse(&text) {
            Ok(date) => Some(Stamp { text, date, display }),
            Err(message) => {
                self.error(ProblemKind::Import, path, node.pos, message);
                None
            }
        }
    }

    pub(super) fn convert(mut self, root: &Node) -> Result<(Node, Vec<Problem>), CaseError> {
        if !matches!(root.value, Value::Object(_)) {
            return Err(CaseError::single(Problem::error(
                ProblemKind::WrongType,
                "",
                root.pos,
                format!("expected a TimelineJS timeline (an object with \"events\"), found {}", root.value.type_name()),
            )));
        }
        self.object(root, "", "a TimelineJS timeline", TOP_FIELDS);
        let (title, summary) = match Self::member(root, "title") {
            Some(slide) => self.title_slide(slide),
            None => {
                self.warn(
                    ProblemKind::Import,
                    "title",
                    root.pos,
                    format!(
                        "the timeline has no title slide (in a spreadsheet: a row of Type \"title\"); the case is \
                         called \"{DEFAULT_TITLE}\""
                    ),
                );
                (DEFAULT_TITLE.to_string(), None)
            }
        };
        let mut drafts = Vec::new();
        let mut count = 0;
        match root.get("events") {
            None => self.error(
                ProblemKind::Missing,
                "",
                root.pos,
                "\"events\" is missing; a TimelineJS timeline has a list of events",
            ),
            Some(Node { value: Value::Array(events), .. }) => {
                count += events.len();
                for (i, node) in events.iter().enumerate() {
                    if let Some(d) = self.slide(node, &format!("events[{i}]"), i + 1) {
                        drafts.push(d);
                    }
                }
            }
            Some(node) => self.error(
                ProblemKind::WrongType,
                "events",
                node.pos,
                format!("expected a list [ … ] of events, found {}", node.value.type_name()),
            ),
        }
        match Self::member(root, "eras") {
            None => {}
            Some(Node { value: Value::Array(eras), .. }) => {
                count += eras.len();
                for (i, node) in eras.iter().enumerate() {
                    if let Some(d) = self.era(node, &format!("eras[{i}]"), i + 1) {
                        drafts.push(d);
                    }
                }
            }
            Some(node) => self.error(
                ProblemKind::WrongType,
                "eras",
                node.pos,
                format!("expected a list [ … ] of eras, found {}", node.value.type_name()),
            ),
        }
        if drafts.is_empty() {
            let message = match count {
                0 => "the timeline has no events to import".to_string(),
                1 => "the only event cannot be imported; fix the problems above".to_string(),
                n => format!("none of the {n} events and eras can be imported; fix the problems above"),
            };
            self.error(ProblemKind::NoEvents, "events", None, message);
            sort_problems(&mut self.problems);
            return Err(CaseError { problems: self.problems });
        }
        let case = self.finish(title, summary, drafts);
        sort_problems(&mut self.problems);
        Ok((case, self.problems))
    }

    fn title_slide(&mut self, slide: &Node) -> (String, Option<String>) {
        let path = "title";
        if !self.object(slide, path, "a title slide", SLIDE_FIELDS) {
            return (DEFAULT_TITLE.to_string(), None);
        }
        let (headline, text) = self.text(slide, path);
        if let Some(media) = Self::member(slide, "media") {
            self.warn(ProblemKind::Import, join(path, "media"), media.pos, "media on the title slide is not imported");
        }
        let limits = self.limits.clone();
        let text = text.map(|t| self.fit(t, limits.max_text_chars, &join(&join(path, "text"), "text"), slide.pos));
        let title = match headline {
            Some(h) => self.fit(h, limits.max_short_chars, &join(&join(path, "text"), "headline"), slide.pos),
            None => {
                self.warn(
                    ProblemKind::Import,
                    join(&join(path, "text"), "headline"),
                    slide.pos,
                    format!("the title slide has no headline; the case is called \"{DEFAULT_TITLE}\""),
                );
                DEFAULT_TITLE.to_string()
            }
        };
        (title, text)
    }

    /// `text.headline` and `text.text` as plain text.
    fn text(&mut self, slide: &Node, path: &str) -> (Option<String>, Option<String>) {
        let Some(text) = Self::member(slide, "text") else { return (None, None) };
        let at = join(path, "text");
        if !self.object(text, &at, "text { \"headline\", \"text\" }", TEXT_FIELDS) {
            return (None, None);
        }
        (self.plain(text, "headline", &at), self.plain(text, "text", &at))
    }

    fn slide(&mut self, node: &Node, path: &str, number: usize) -> Option<Draft> {
        if self.skip.contains(path) {
            return None;
        }
        if !self.object(node, path, "an event", SLIDE_FIELDS) {
            return None;
        }
        let Some(start) = Self::member(node, "start_date") else {
            self.warn(
                ProblemKind::Import,
                join(path, "start_date"),
                node.pos,
                "the event has no start_date and is left out (TimelineJS leaves it out without a word)",
            );
            return None;
        };
        let start = self.date(start, &join(path, "start_date"));
        let end = self.end(node, path, start.as_ref());
        let (headline, summary) = self.text(node, path);
        let display = self.plain(node, "display_date", path);
        let group = self.plain(node, "group", path);
        let unique_id = self.unique_id(node, path);
        let quotes = self.quotes(node, path);
        let start = start?;
        let display_date = display.or_else(|| match (&start.display, end.as_ref().and_then(|e| e.display.clone())) {
            (Some(s), Some(e)) => Some(format!("{s} – {e}")),
            (Some(s), None) => Some(s.clone()),
            (None, e) => e,
        });
        let mut draft = Draft {
            path: path.to_string(),
            era: false,
            number,
            unique_id,
            headline: headline.clone().unwrap_or_default(),
            title: String::new(),
            date: start.text.clone(),
            end: end.map(|e| e.text),
            display_date,
            summary,
            group,
            quotes,
        };
        draft.title = self.title_of(&draft, headline, node.pos, "event");
        Some(draft)
    }

    /// The event's `end_date`, unless it is unusable, the same as the start, or before it.
    fn end(&mut self, node: &Node, path: &str, start: Option<&Stamp>) -> Option<Stamp> {
        let end_node = Self::member(node, "end_date")?;
        let at = join(path, "end_date");
        let end = self.date(end_node, &at)?;
        let start = start?;
        if end.text == start.text {
            return None;
        }
        if end.date.start() < start.date.start() {
            self.error(
                ProblemKind::Date,
                at,
                end_node.pos,
                format!("ends ({}) before it starts ({}); the end is left out", end.text, start.text),
            );
            return None;
        }
        Some(end)
    }

    fn unique_id(&mut self, node: &Node, path: &str) -> Option<(String, Option<Pos>)> {
        let pos = Self::member(node, "unique_id").and_then(|n| n.pos);
        let raw = self.string(node, "unique_id", path)?;
        let id = raw.trim();
        if id.is_empty() {
            return None;
        }
        let fine = id.chars().count() <= self.limits.max_short_chars
            && !id.chars().any(|c| c.is_whitespace() || c.is_control() || c == '#' || invisible(c));
        if fine {
            return Some((id.to_string(), pos));
        }
        let slug = slug(id);
        if slug.is_empty() {
            self.warn(
                ProblemKind::Import,
                join(path, "unique_id"),
                pos,
                format!("\"{}\" cannot be used as an id and is ignored", clip(id)),
            );
            return None;
        }
        self.warn(
            ProblemKind::Import,
            join(path, "unique_id"),
            pos,
            format!("\"{}\" has spaces, control or invisible characters or # in it; the id is \"{slug}\"", clip(id)),
        );
        Some((slug, pos))
    }

    /// The event's title: its headline, or else words from its text, display date or date.
    fn title_of(&mut self, draft: &Draft, headline: Option<String>, pos: Option<Pos>, what: &str) -> String {
        let at = join(&join(&draft.path, "text"), "headline");
        if let Some(h) = headline {
            let max = self.limits.max_short_chars;
            return self.fit(h, max, &at, pos);
        }
        let title = match (&draft.summary, &draft.display_date) {
            (Some(s), _) => shorten(s, 80),
            (None, Some(d)) => shorten(d, 80),
            (None, None) => draft.date.clone(),
        };
        self.warn(
            ProblemKind::Import,
            at,
            pos,
            format!("the {what} has no headline; its title is \"{}\"", clip(&title)),
        );
        title
    }

    fn era(&mut self, node: &Node, path: &str, number: usize) -> Option<Draft> {
        if self.skip.contains(path) {
            return None;
        }
        if !self.object(node, path, "an era", ERA_FIELDS) {
            return None;
        }
        let Some(start) = Self::member(node, "start_date") else {
            self.warn(
                ProblemKind::Import,
                join(path, "start_date"),
                node.pos,
                "the era has no start_date and is left out",
            );
            return None;
        };
        let start = self.date(start, &join(path, "start_date"));
        let end = if Self::member(node, "end_date").is_some() {
            self.end(node, path, start.as_ref())
        } else {
            self.warn(
                ProblemKind::Import,
                join(path, "end_date"),
                node.pos,
                "the era has no end_date; it is imported as an event on its start date",
            );
            None
        };
        let headline = match Self::member(node, "text") {
            Some(text) if self.object(text, &join(path, "text"), "text { \"headline\" }", TEXT_FIELDS) => {
                self.plain(text, "headline", &join(path, "text"))
            }
            _ => None,
        };
        let start = start?;
        let mut draft = Draft {
            path: path.to_string(),
            era: true,
            number,
            unique_id: None,
            headline: headline.clone().unwrap_or_default(),
            title: String::new(),
            date: start.text.clone(),
            end: end.map(|e| e.text),
            display_date: None,
            summary: None,
            group: None,
            quotes: Vec::new(),
        };
        draft.title = match headline {
            Some(h) => {
                let max = self.limits.max_short_chars;
                self.fit(h, max, &join(&join(path, "text"), "headline"), node.pos)
            }
            None => {
                let title = match &draft.end {
                    Some(end) => format!("{} – {end}", draft.date),
                    None => draft.date.clone(),
                };
                self.warn(
                    ProblemKind::Import,
                    join(&join(path, "text"), "headline"),
                    node.pos,
                    format!("the era has no headline; its title is \"{title}\""),
                );
                title
            }
        };
        Some(draft)
    }

    /// Quotes in the slide's media: each `<blockquote>` in its url, or a caption in quotation
    /// marks. Other media is reported and left out.
    fn quotes(&mut self, slide: &Node, path: &str) -> Vec<(String, String)> {
        let Some(media) = Self::member(slide, "media") else { return Vec::new() };
        let at = join(path, "media");
        if !self.object(media, &at, "media { \"url\", … }", MEDIA_FIELDS) {
            return Vec::new();
        }
        let url = self.string(media, "url", &at).unwrap_or_default();
        let credit = self.plain(media, "credit", &at).map(|c| clean_credit(&c)).filter(|c| !c.is_empty());
        let caption = self.plain(media, "caption", &at);
        let mut found: Vec<(String, Option<String>)> = Vec::new();
        if url.trim_start().get(..11).is_some_and(|s| s.eq_ignore_ascii_case("<blockquote")) {
            for q in blockquotes(&url) {
                let text = strip_quote_marks(&q.text).unwrap_or(q.text);
                let cite = clean_credit(&q.cite);
                if text.is_empty() {
                    continue;
                }
                found.push((text, if cite.is_empty() { None } else { Some(cite) }));
            }
        } else if let Some(text) = caption.as_deref().and_then(strip_quote_marks) {
            found.push((text, None));
            if !url.trim().is_empty() {
                let pos = Self::member(media, "url").and_then(|n| n.pos);
                self.warn(
                    ProblemKind::Import,
                    join(&at, "url"),
                    pos,
                    "the media itself is not imported, only the quote in its caption",
                );
            }
        } else {
            let pos = Self::member(media, "url").and_then(|n| n.pos).or(media.pos);
            self.warn(
                ProblemKind::Import,
                join(&at, "url"),
                pos,
                "media (an image, video or embed) is not imported; only quotes are: a <blockquote>, or a caption in quotation marks",
            );
            return Vec::new();
        }
        if found.is_empty() {
            self.warn(ProblemKind::Import, at, media.pos, "the blockquote has no text; nothing is imported from it");
            return Vec::new();
        }
        let max = self.limits.max_text_chars;
        let max_name = self.limits.max_short_chars;
        let mut quotes = Vec::new();
        for (text, cite) in found {
            let Some(speaker) = cite.or_else(|| credit.clone()) else {
                let pos = Self::member(media, "credit").and_then(|n| n.pos).or(media.pos);
                self.warn(
                    ProblemKind::Import,
                    join(&at, "credit"),
                    pos,
                    format!(
                        "the quote \"{}\" is left out: a case quote needs a speaker; put who said it in the credit",
                        clip(&text)
                    ),
                );
                continue;
            };
            if text.chars().count() > max {
                self.warn(
                    ProblemKind::Import,
                    at.clone(),
                    media.pos,
                    format!("a quote longer than {max} characters is left out (quotes are not cut)"),
                );
                continue;
            }
            let speaker = self.fit(speaker, max_name, &join(&at, "credit"), media.pos);
            quotes.push((text, speaker));
        }
        quotes
    }

    /// Ids, parties, and the case tree.
    fn finish(&mut self, title: String, summary: Option<String>, drafts: Vec<Draft>) -> Node {
        let mut used: HashSet<String> = HashSet::new();
        let mut ids: Vec<Option<String>> = Vec::with_capacity(drafts.len());
        for d in &drafts {
            ids.push(match &d.unique_id {
                Some((id, pos)) => {
                    let unique = dedupe(id, &used);
                    if unique != *id {
                        self.warn(
                            ProblemKind::Import,
                            join(&d.path, "unique_id"),
                            *pos,
                            format!("the unique_id \"{}\" is used twice; this event's id is \"{unique}\"", clip(id)),
                        );
                    }
                    used.insert(unique.clone());
                    Some(unique)
                }
                None => None,
            });
        }
        let mut parties: Vec<(String, String)> = Vec::new();
        let mut party_of: HashMap<String, usize> = HashMap::new();
        let mut events = Vec::new();
        for (d, id) in drafts.into_iter().zip(ids) {
            let id = id.unwrap_or_else(|| {
                let mut base = slug(&d.headline);
                if base.is_empty() {
                    base = format!("{}-{}", if d.era { "era" } else { "event" }, d.number);
                }
                let unique = dedupe(&base, &used);
                used.insert(unique.clone());
                unique
            });
            let party = d.group.as_ref().map(|group| {
                let next = parties.len();
                let index = *party_of.entry(group.clone()).or_insert(next);
                if index == next {
                    let mut base = slug(group);
                    if base.is_empty() {
                        base = format!("group-{}", next + 1);
                    }
                    let taken: HashSet<String> = parties.iter().map(|(id, _)| id.clone()).collect();
                    parties.push((dedupe(&base, &taken), group.clone()));
                }
                index
            });
            let mut members = vec![("id", string(id)), ("date", string(d.date))];
            if let Some(end) = d.end {
                members.push(("end", string(end)));
            }
            if let Some(display) = d.display_date {
                let max = self.limits.max_short_chars;
                members.push(("display_date", string(self.fit(display, max, &join(&d.path, "display_date"), None))));
            }
            members.push(("kind", string("other")));
            members.push(("title", string(d.title)));
            if let Some(summary) = d.summary {
                let max = self.limits.max_text_chars;
                members.push(("summary", string(self.fit(summary, max, &join(&join(&d.path, "text"), "text"), None))));
            }
            if let Some(pid) = party.and_then(|i| parties.get(i)).map(|(id, _)| id.clone()) {
                members.push(("parties", Node::new(Value::Array(vec![string(pid)]))));
            }
            if !d.quotes.is_empty() {
                let quotes = d
                    .quotes
                    .into_iter()
                    .map(|(text, speaker)| {
                        object(vec![("text", string(text)), ("speaker", object(vec![("name", string(speaker))]))])
                    })
                    .collect();
                members.push(("quotes", Node::new(Value::Array(quotes))));
            }
            events.push(object(members));
        }
        let mut case = vec![("version", Node::new(Value::Number(1.0))), ("title", string(title))];
        if let Some(summary) = summary {
            case.push(("summary", string(summary)));
        }
        if !parties.is_empty() {
            let max = self.limits.max_short_chars;
            let list = parties
                .into_iter()
                .map(|(id, name)| {
                    let name = self.fit(name, max, "group", None);
                    object(vec![("id", string(id)), ("name", string(name)), ("role", string("other"))])
                })
                .collect();
            case.push(("parties", Node::new(Value::Array(list))));
        }
        case.push(("events", Node::new(Value::Array(events))));
        object(case)
    }
}

fn string(s: impl Into<String>) -> Node {
    Node::new(Value::String(s.into()))
}

fn object(members: Vec<(&str, Node)>) -> Node {
    Node::new(Value::Object(members.into_iter().map(|(k, v)| (k.to_string(), v)).collect()))
}

/// `base`, or `base-2`, `base-3`… whichever is not in `used`.
fn dedupe(base: &str, used: &HashSet<String>) -> String {
    if !used.contains(base) {
        return base.to_string();
    }
    (2..=usize::MAX).map(|n| format!("{base}-{n}")).find(|c| !used.contains(c)).unwrap_or_else(|| base.to_string())
}

/// An id from free text: letters and digits of any script, lowercased; spaces, `-` and `_` become
/// one `-`; other punctuation is dropped. At most 64 characters; empty when nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut gap = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
                count += 1;
            }
            gap = false;
            for lower in c.to_lowercase() {
                out.push(lower);
                count += 1;
            }
        } else if c.is_whitespace() || c == '-' || c == '_' {
            gap = true;
        }
        if count >= MAX_SLUG_CHARS {
            break;
        }
    }
    let mut cut: String = out.chars().take(MAX_SLUG_CHARS).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    cut
}

/// Shortens text to at most `max` characters at a word boundary, with "…".
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > 0 => cut.get(..space).unwrap_or(&cut).to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end())
}

/// A credit as a speaker's name: plain text without the dashes that introduce it ("— Name").
fn clean_credit(credit: &str) -> String {
    let text = collapse(credit);
    text.trim_start_matches(|c: char| matches!(c, '-' | '–' | '—' | '―' | '‒' | '~') || c.is_whitespace())
        .trim_end()
        .to_string()
}

/// The text inside one pair of quotation marks around all of it ("…", “…”, «…», „…“, ‘…’),
/// when there is such a pair and no other mark of the pair inside.
fn strip_quote_marks(text: &str) -> Option<String> {
    const PAIRS: &[(char, char)] =
        &[('"', '"'), ('“', '”'), ('«', '»'), ('„', '“'), ('„', '”'), ('‘', '’'), ('»', '«')];
    let text = text.trim();
    let first = text.chars().next()?;
    let last = text.chars().next_back()?;
    let (open, close) = PAIRS.iter().find(|(o, c)| *o == first && *c == last)?;
    let inner = text.strip_prefix(*open)?.strip_suffix(*close)?.trim();
    if inner.is_empty() || inner.contains(*open) || inner.contains(*close) {
        return None;
    }
    Some(inner.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_of_every_script() {
        assert_eq!(slug("Court rejects Amnesty's petition!"), "court-rejects-amnestys-petition");
        assert_eq!(slug("בית המשפט דחה את העתירה"), "בית-המשפט-דחה-את-העתירה");
        assert_eq!(slug("  -- Étude _ 2020 --"), "étude-2020");
        assert_eq!(slug("!!!"), "");
        assert_eq!(slug(&"a".repeat(100)).chars().count(), 64);
    }

    #[test]
    fn credits_and_quote_marks_are_cleaned() {
        assert_eq!(clean_credit("— Ann"), "Ann");
        assert_eq!(strip_quote_marks("“One”").as_deref(), Some("One"));
        assert_eq!(strip_quote_marks("“A” and “B”"), None);
    }
}
