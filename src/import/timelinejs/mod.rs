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

use std::collections::HashSet;

use super::html::{blockquotes, html_to_text};

mod dates;
mod finish;

use crate::error::{clip, invisible, sort_problems, CaseError, Limits, Pos, Problem, ProblemKind};
pub use finish::slug;
use finish::{clean_credit, shorten, strip_quote_marks};

use crate::model::json::{join, object_members, Node, Value};

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
        object_members(node, path, what, known, &mut self.problems).is_some()
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
}
