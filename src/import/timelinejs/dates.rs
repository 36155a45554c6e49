//! TimelineJS date objects (`{year, month, day, hour, …}`) to case dates at the precision of
//! the most precise field present.

use super::{Importer, DATE_FIELDS};
use crate::error::{clip, ProblemKind};
use crate::model::date::{month_name, CaseDate};
use crate::model::json::{join, Node, Value};
use crate::model::Precision;

/// A date read from a TimelineJS date object.
pub(super) struct Stamp {
    pub(super) text: String,
    pub(super) date: CaseDate,
    pub(super) display: Option<String>,
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

impl Importer {
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
    pub(super) fn date(&mut self, node: &Node, path: &str) -> Option<Stamp> {
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

    /// The event's `end_date`, unless it is unusable, the same as the start, or before it.
    pub(super) fn end(&mut self, node: &Node, path: &str, start: Option<&Stamp>) -> Option<Stamp> {
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
}
