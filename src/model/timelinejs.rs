//! TimelineJS3 import: its JSON, and (natively) its spreadsheet template as CSV, to case JSON.
//!
//! The result is a case JSON tree (`"version": 1`) for [`super::validate::load_node`], plus the
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

use super::validate::closest;
use std::collections::{HashMap, HashSet};

use super::date::CaseDate;
use super::json::{join, Node, Value};
use super::validate::Limits;
use super::Precision;
use crate::error::{CaseError, Pos, Problem};

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

/// Converts a parsed TimelineJS3 timeline into a case JSON tree, with the problems met.
///
/// # Errors
/// When nothing can be imported: the root is not an object, or no event (nor era) survives. The
/// error lists every problem found, errors first.
pub fn from_timelinejs(root: &Node) -> Result<(Node, Vec<Problem>), CaseError> {
    Importer::new(HashSet::new()).convert(root)
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

struct Importer {
    problems: Vec<Problem>,
    limits: Limits,
    /// Slides already reported as unusable (by the CSV reader): left out without more words.
    skip: HashSet<String>,
}

impl Importer {
    fn new(skip: HashSet<String>) -> Self {
        Importer { problems: Vec::new(), limits: Limits::default(), skip }
    }

    fn warn(&mut self, path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) {
        self.problems.push(Problem::warning(path, pos, message));
    }

    fn error(&mut self, path: impl Into<String>, pos: Option<Pos>, message: impl Into<String>) {
        self.problems.push(Problem::error(path, pos, message));
    }

    /// Checks that `node` is an object, warning about fields TimelineJS does not have.
    fn object(&mut self, node: &Node, path: &str, what: &str, known: &[&str]) -> bool {
        let Value::Object(members) = &node.value else {
            self.error(
                path,
                node.pos,
                format!("expected {what} (an object {{ … }}), found {}", node.value.type_name()),
            );
            return false;
        };
        for (key, value) in members {
            if !known.contains(&key.as_str()) {
                let hint = closest(key, known).map(|k| format!(" (did you mean \"{k}\"?)")).unwrap_or_default();
                self.warn(join(path, key), value.pos, format!("unknown field \"{key}\" is ignored{hint}"));
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
                self.error(join(path, key), member.pos, format!("expected a string, found {}", other.type_name()));
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
        self.warn(path, pos, format!("is {chars} characters long; cut to the limit of {max}"));
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
                self.error(at, node.pos, format!("{n} is too large"));
                return Num::Bad;
            }
            Value::Number(n) => {
                self.error(at, node.pos, format!("expected a whole number, found {n}"));
                return Num::Bad;
            }
            Value::String(s) => {
                let t = s.trim();
                if t.is_empty() {
                    return Num::Absent;
                }
                let digits = t.strip_prefix('-').unwrap_or(t);
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    self.error(at, node.pos, format!("expected a whole number, found \"{}\"", clip(t)));
                    return Num::Bad;
                }
                match t.parse::<i64>() {
                    Ok(n) => n,
                    Err(_) => {
                        self.error(at, node.pos, format!("\"{}\" is too large", clip(t)));
                        return Num::Bad;
                    }
                }
            }
            other => {
                self.error(at, node.pos, format!("expected a whole number, found {}", other.type_name()));
                return Num::Bad;
            }
        };
        if (range.0..=range.1).contains(&found) {
            Num::Is(found)
        } else if unit == "year" {
            self.error(at, node.pos, format!("year {found} is outside -9999 to 9999, the years a case can hold"));
            Num::Bad
        } else {
            self.error(at, node.pos, format!("{unit} {found} does not exist ({unit}s run {} to {})", range.0, range.1));
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
            self.error(path, node.pos, "\"year\" is missing; every TimelineJS date needs a year");
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
                self.warn(path, node.pos, "has a day or time but no month; January is assumed");
                1
            }
            None => 1,
        };
        let day = match day.value() {
            Some(d) => d,
            None if precision == Precision::Minute => {
                self.warn(path, node.pos, "has a time but no day; day 1 is assumed");
                1
            }
            None => 1,
        };
        let hour = match hour.value() {
            Some(h) => h,
            None if precision == Precision::Minute => {
                self.warn(path, node.pos, "has minutes or seconds but no hour; hour 0 is assumed");
                0
            }
            None => 0,
        };
        let minute = minute.value().unwrap_or(0);
        let second = second.value().unwrap_or(0);
        if milli.value().is_some_and(|ms| ms != 0) {
            let pos = Self::member(node, "millisecond").and_then(|n| n.pos);
            self.warn(join(path, "millisecond"), pos, "milliseconds are dropped; a case keeps whole seconds");
        }
        let days = i16::try_from(year)
            .ok()
            .zip(i8::try_from(month).ok())
            .and_then(|(y, m)| jiff::civil::Date::new(y, m, 1).ok())
            .map(|d| i64::from(d.days_in_month()));
        if let Some(days) = days.filter(|days| day > *days) {
            let pos = Self::member(node, "day").and_then(|n| n.pos);
            let month_name = super::date::month_name(i8::try_from(month).unwrap_or(0));
            self.error(
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
                self.error(path, node.pos, message);
                None
            }
        }
    }

    fn convert(mut self, root: &Node) -> Result<(Node, Vec<Problem>), CaseError> {
        if !matches!(root.value, Value::Object(_)) {
            return Err(CaseError::single(Problem::error(
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
            None => self.error("", root.pos, "\"events\" is missing; a TimelineJS timeline has a list of events"),
            Some(Node { value: Value::Array(events), .. }) => {
                count += events.len();
                for (i, node) in events.iter().enumerate() {
                    if let Some(d) = self.slide(node, &format!("events[{i}]"), i + 1) {
                        drafts.push(d);
                    }
                }
            }
            Some(node) => self.error(
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
            Some(node) => {
                self.error("eras", node.pos, format!("expected a list [ … ] of eras, found {}", node.value.type_name()))
            }
        }
        if drafts.is_empty() {
            let message = match count {
                0 => "the timeline has no events to import".to_string(),
                1 => "the only event cannot be imported; fix the problems above".to_string(),
                n => format!("none of the {n} events and eras can be imported; fix the problems above"),
            };
            self.error("events", None, message);
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
            self.warn(join(path, "media"), media.pos, "media on the title slide is not imported");
        }
        let limits = self.limits.clone();
        let text = text.map(|t| self.fit(t, limits.max_text_chars, &join(&join(path, "text"), "text"), slide.pos));
        let title = match headline {
            Some(h) => self.fit(h, limits.max_short_chars, &join(&join(path, "text"), "headline"), slide.pos),
            None => {
                self.warn(
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
            && !id.chars().any(|c| c.is_whitespace() || c.is_control() || c == '#' || super::json::invisible(c));
        if fine {
            return Some((id.to_string(), pos));
        }
        let slug = slug(id);
        if slug.is_empty() {
            self.warn(join(path, "unique_id"), pos, format!("\"{}\" cannot be used as an id and is ignored", clip(id)));
            return None;
        }
        self.warn(
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
        self.warn(at, pos, format!("the {what} has no headline; its title is \"{}\"", clip(&title)));
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
            self.warn(join(path, "start_date"), node.pos, "the era has no start_date and is left out");
            return None;
        };
        let start = self.date(start, &join(path, "start_date"));
        let end = if Self::member(node, "end_date").is_some() {
            self.end(node, path, start.as_ref())
        } else {
            self.warn(
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
                self.warn(join(&at, "url"), pos, "the media itself is not imported, only the quote in its caption");
            }
        } else {
            let pos = Self::member(media, "url").and_then(|n| n.pos).or(media.pos);
            self.warn(
                join(&at, "url"),
                pos,
                "media (an image, video or embed) is not imported; only quotes are: a <blockquote>, or a caption in quotation marks",
            );
            return Vec::new();
        }
        if found.is_empty() {
            self.warn(at, media.pos, "the blockquote has no text; nothing is imported from it");
            return Vec::new();
        }
        let max = self.limits.max_text_chars;
        let max_name = self.limits.max_short_chars;
        let mut quotes = Vec::new();
        for (text, cite) in found {
            let Some(speaker) = cite.or_else(|| credit.clone()) else {
                let pos = Self::member(media, "credit").and_then(|n| n.pos).or(media.pos);
                self.warn(
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

fn sort_problems(problems: &mut [Problem]) {
    problems.sort_by_key(|p| (std::cmp::Reverse(p.severity), p.pos.unwrap_or(Pos { line: u32::MAX, column: 0 })));
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

/// Shortens user text quoted back in messages.
fn clip(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
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

// ---------------------------------------------------------------------------------------------
// HTML to plain text

enum Tok<'a> {
    Text(&'a str),
    Open(String),
    Close(String),
}

/// Elements whose start or end separates words.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "br"
            | "div"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "tr"
            | "td"
            | "th"
            | "hr"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "figure"
            | "figcaption"
            | "dd"
            | "dt"
            | "pre"
            | "img"
            | "iframe"
    )
}

/// Splits HTML into text runs and tags (lowercased names). Comments, `<!…>` and `<?…>` are
/// dropped, as is the content of `script`, `style`, `template` and `noscript`. A `<` that does
/// not start a tag is text.
fn tokenize(html: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            out.push(Tok::Text(rest));
            break;
        };
        if lt > 0 {
            out.push(Tok::Text(rest.get(..lt).unwrap_or("")));
        }
        let after = rest.get(lt + 1..).unwrap_or("");
        let next = after.chars().next();
        if after.starts_with("!--") {
            rest = after.find("-->").and_then(|i| after.get(i + 3..)).unwrap_or("");
        } else if matches!(next, Some('!' | '?')) {
            rest = after.find('>').and_then(|i| after.get(i + 1..)).unwrap_or("");
        } else if next == Some('/')
            && after.get(1..).and_then(|s| s.chars().next()).is_some_and(|c| c.is_ascii_alphabetic())
        {
            let body = after.get(1..).unwrap_or("");
            let name = tag_name(body);
            rest = body.find('>').and_then(|i| body.get(i + 1..)).unwrap_or("");
            out.push(Tok::Close(name));
        } else if next.is_some_and(|c| c.is_ascii_alphabetic()) {
            let name = tag_name(after);
            rest = tag_end(after).and_then(|i| after.get(i + 1..)).unwrap_or("");
            if matches!(name.as_str(), "script" | "style" | "template" | "noscript") {
                let closing = format!("</{name}");
                rest = rest.to_ascii_lowercase().find(&closing).and_then(|i| rest.get(i..)).unwrap_or("");
            }
            out.push(Tok::Open(name));
        } else {
            out.push(Tok::Text("<"));
            rest = after;
        }
    }
    out
}

fn tag_name(s: &str) -> String {
    s.chars().take_while(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase()
}

/// The index of the `>` ending a start tag, skipping quoted attribute values.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// Decodes the character references editors meet: `&amp; &lt; &gt; &quot; &#39; &apos; &nbsp;`,
/// typographic ones (`&ndash; &mdash; &lsquo; &rsquo; &ldquo; &rdquo; &hellip; &laquo; &raquo;`)
/// and numeric ones (`&#8217; &#x2019;`). Anything else stays as written.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or(""));
        let after = rest.get(amp + 1..).unwrap_or("");
        let semi = after.char_indices().take(12).find(|(_, c)| *c == ';').map(|(i, _)| i);
        let decoded = semi.and_then(|i| after.get(..i)).and_then(entity);
        match (decoded, semi) {
            (Some(c), Some(i)) => {
                out.push(c);
                rest = after.get(i + 1..).unwrap_or("");
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    let named = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse::<u32>().ok()?,
            };
            return Some(char::from_u32(code).filter(|c| *c != '\0').unwrap_or('\u{fffd}'));
        }
    };
    Some(named)
}

/// Whitespace runs (and control characters) become one space; the ends are trimmed.
fn collapse(text: &str) -> String {
    let spaced: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Plain text of an HTML fragment: tags removed (block elements and `<br>` separate words),
/// character references decoded, whitespace collapsed.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::new();
    for tok in tokenize(html) {
        match tok {
            Tok::Text(t) => out.push_str(&decode_entities(t)),
            Tok::Open(name) | Tok::Close(name) => {
                if is_block(&name) {
                    out.push(' ');
                }
            }
        }
    }
    collapse(&out)
}

#[derive(Default)]
struct Blockquote {
    text: String,
    cite: String,
}

/// Each outermost `<blockquote>`: its text, and the text of `<cite>`/`<footer>` inside it.
fn blockquotes(html: &str) -> Vec<Blockquote> {
    let mut found = Vec::new();
    let mut depth = 0usize;
    let mut in_cite = 0usize;
    let mut current = Blockquote::default();
    for tok in tokenize(html) {
        match tok {
            Tok::Open(name) if name == "blockquote" => {
                if depth == 0 {
                    current = Blockquote::default();
                } else {
                    current.text.push(' ');
                }
                depth += 1;
            }
            Tok::Close(name) if name == "blockquote" && depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    found.push(std::mem::take(&mut current));
                    in_cite = 0;
                }
            }
            Tok::Open(name) if depth > 0 && (name == "cite" || name == "footer") => in_cite += 1,
            Tok::Close(name) if depth > 0 && (name == "cite" || name == "footer") => {
                in_cite = in_cite.saturating_sub(1);
            }
            Tok::Text(t) if depth > 0 => {
                let target = if in_cite > 0 { &mut current.cite } else { &mut current.text };
                target.push_str(&decode_entities(t));
            }
            Tok::Open(name) | Tok::Close(name) if depth > 0 && is_block(&name) => {
                let target = if in_cite > 0 { &mut current.cite } else { &mut current.text };
                target.push(' ');
            }
            _ => {}
        }
    }
    if depth > 0 {
        found.push(current);
    }
    found.into_iter().map(|q| Blockquote { text: collapse(&q.text), cite: collapse(&q.cite) }).collect()
}

// ---------------------------------------------------------------------------------------------
// CSV (TimelineJS's spreadsheet template)

#[cfg(not(target_arch = "wasm32"))]
pub use csv_import::from_csv;

#[cfg(not(target_arch = "wasm32"))]
mod csv_import {
    use std::collections::HashSet;

    use super::{clip, join, Importer, Node, Value};
    use crate::error::{CaseError, Pos, Problem};
    use crate::model::validate::Limits;

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
                        || path
                            .strip_prefix(p.as_str())
                            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
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

    /// Converts a TimelineJS spreadsheet saved as CSV (with its header row) into a case JSON
    /// tree. Columns are those of TimelineJS's v3 template: Year, Month, Day, Time, End Year,
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
    pub fn from_csv(text: &str) -> Result<(Node, Vec<Problem>), CaseError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        crate::model::validate::check_size(text, Limits::default().max_bytes, "file")?;
        let lines = LineIndex::new(text);
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
        let mut records = Vec::new();
        for record in reader.records() {
            match record {
                Ok(r) => records.push(r),
                Err(e) => {
                    let pos = e.position().map(|p| lines.pos(usize::try_from(p.byte()).unwrap_or(usize::MAX)));
                    return Err(CaseError::single(Problem::error("", pos, format!("not readable as CSV: {e}"))));
                }
            }
        }
        let mut records = records.into_iter();
        let Some(header) = records.next() else {
            return Err(CaseError::single(Problem::error("", None, "the file is empty; expected a header row")));
        };
        let mut sheet = Sheet::default();
        let header_pos = field_positions(text, start_of(&header), &lines, header.len());
        let mut columns: Vec<(Col, usize, String)> = Vec::new();
        for (i, name) in header.iter().enumerate() {
            let name = name.trim();
            let key = name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
            if key.is_empty() {
                continue;
            }
            let place = format!("column \"{}\"", clip(name));
            let pos = header_pos.get(i).copied();
            match COLUMNS.iter().find(|(n, _)| *n == key).map(|(_, c)| *c) {
                None => sheet.problems.push(Problem::warning(
                    place,
                    pos,
                    format!("\"{}\" is not a TimelineJS column; it is ignored", clip(name)),
                )),
                Some(col) if columns.iter().any(|(c, _, _)| *c == col) => sheet.problems.push(Problem::warning(
                    place,
                    pos,
                    "the column appears twice (or as both Group and Tag); the first one is used",
                )),
                Some(col) => columns.push((col, i, name.to_string())),
            }
        }
        if !columns.iter().any(|(c, _, _)| *c == Col::Year) {
            sheet.problems.push(Problem::error(
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
        for record in records {
            if record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let positions = field_positions(text, start_of(&record), &lines, record.len());
            let row = record.position().map_or(0, |p| p.record()) + 1;
            let row_pos = positions.first().copied();
            let cell = |col: Col| -> Option<Cell<'_>> {
                let (_, i, name) = columns.iter().find(|(c, _, _)| *c == col)?;
                let text = record.get(*i)?.trim();
                let pos = positions.get(*i).copied().or(row_pos)?;
                (!text.is_empty()).then(|| Cell { text, pos, place: format!("row {row}, column \"{}\"", clip(name)) })
            };
            let kind = cell(Col::Type).map(|c| c.text.to_lowercase());
            let (base, is_title, is_era) = match kind.as_deref() {
                Some("title") if title.is_none() => ("title".to_string(), true, false),
                Some("era") => (format!("eras[{}]", eras.len()), false, true),
                Some("title") => {
                    if let Some(c) = cell(Col::Type) {
                        sheet.problems.push(Problem::warning(
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
        let mut importer = Importer::new(std::mem::take(&mut sheet.skip));
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

    fn start_of(record: &csv::StringRecord) -> usize {
        record.position().map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX))
    }

    /// A number cell without the commas and spaces spreadsheets put in ("2,020" → "2020").
    fn integer(text: &str) -> String {
        text.chars().filter(|c| *c != ',' && !c.is_whitespace()).collect()
    }

    /// `H:MM[:SS[.f]]`, `HHMM`, `H`, each with am/pm or not (`9:30 pm`, `9pm`, `12 a.m.`) →
    /// hour, minute, second, millisecond; `None` when it is not a time of day.
    pub(super) fn parse_time(text: &str) -> Option<TimeOfDay> {
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
    pub(super) struct TimeOfDay {
        pub hour: u32,
        pub minute: Option<u32>,
        pub second: Option<u32>,
        pub milli: Option<u32>,
    }

    /// Byte offsets of line starts, to turn a byte offset into a line and column.
    struct LineIndex<'t> {
        text: &'t str,
        starts: Vec<usize>,
    }

    impl<'t> LineIndex<'t> {
        fn new(text: &'t str) -> Self {
            let mut starts = vec![0];
            starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
            LineIndex { text, starts }
        }

        fn pos(&self, byte: usize) -> Pos {
            let line = self.starts.partition_point(|s| *s <= byte).max(1);
            let start = self.starts.get(line - 1).copied().unwrap_or(0);
            let column = self.text.get(start..byte.min(self.text.len())).map_or(0, |s| s.chars().count());
            Pos {
                line: u32::try_from(line).unwrap_or(u32::MAX),
                column: u32::try_from(column).unwrap_or(u32::MAX).saturating_add(1),
            }
        }
    }

    /// Where each of the first `count` fields of the record starting at byte `start` begins
    /// (quoted fields may span lines).
    fn field_positions(text: &str, start: usize, lines: &LineIndex<'_>, count: usize) -> Vec<Pos> {
        // After a \r\n line end, the csv crate's record position can point at the \n.
        let skipped = text.get(start..).map_or(0, |rest| rest.len() - rest.trim_start_matches(['\r', '\n']).len());
        let start = start + skipped;
        let mut out = vec![lines.pos(start)];
        let rest = text.get(start..).unwrap_or("");
        let mut chars = rest.char_indices().peekable();
        let mut at_field_start = true;
        let mut in_quotes = false;
        while let Some((i, c)) = chars.next() {
            if out.len() >= count {
                break;
            }
            if in_quotes {
                if c == '"' {
                    if chars.peek().is_some_and(|(_, n)| *n == '"') {
                        chars.next();
                    } else {
                        in_quotes = false;
                    }
                }
                continue;
            }
            match c {
                '"' if at_field_start => in_quotes = true,
                ',' => {
                    out.push(lines.pos(start + i + 1));
                    at_field_start = true;
                    continue;
                }
                '\n' | '\r' => break,
                _ => {}
            }
            at_field_start = false;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            html_to_text("<p>Amnesty &amp; NSO</p><p>said&nbsp;<b>no</b><br>more &#8217;&#x2019; &lt;x&gt;</p>"),
            "Amnesty & NSO said no more ’’ <x>"
        );
        assert_eq!(html_to_text("a < b <script>alert(1)</script>c<!-- hidden -->d"), "a < b cd");
        assert_eq!(html_to_text("&bogus; &#0; & &amp"), "&bogus; \u{fffd} & &amp");
        assert_eq!(html_to_text("<a href=\"x>y\">link</a>"), "link");
    }

    #[test]
    fn slugs_keep_letters_of_every_script() {
        assert_eq!(slug("Court rejects Amnesty's petition!"), "court-rejects-amnestys-petition");
        assert_eq!(slug("בית המשפט דחה את העתירה"), "בית-המשפט-דחה-את-העתירה");
        assert_eq!(slug("  -- Étude _ 2020 --"), "étude-2020");
        assert_eq!(slug("!!!"), "");
        assert_eq!(slug(&"a".repeat(100)).chars().count(), 64);
    }

    #[test]
    fn blockquotes_split_text_and_cite() {
        let q = blockquotes(
            "<blockquote><p>“One”</p><footer>— <cite>Ann</cite></footer></blockquote><blockquote>Two</blockquote>",
        );
        assert_eq!(q.len(), 2);
        assert_eq!((q[0].text.as_str(), q[0].cite.as_str()), ("“One”", "— Ann"));
        assert_eq!(clean_credit(&q[0].cite), "Ann");
        assert_eq!(strip_quote_marks(&q[0].text).as_deref(), Some("One"));
        assert_eq!(strip_quote_marks("“A” and “B”"), None);
        assert_eq!((q[1].text.as_str(), q[1].cite.as_str()), ("Two", ""));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn csv_times() {
        use super::csv_import::{parse_time, TimeOfDay};
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
