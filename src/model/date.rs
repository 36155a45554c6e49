//! Court dates as written: civil (no time zone), with a precision and EDTF-style qualifiers.
//!
//! `"2019-05"` means "some time in May 2019", not 1 May. Calendar arithmetic is jiff's.

use jiff::civil::{Date, DateTime, Time};

pub use crate::time::Seconds;
use crate::time::{add_months, add_seconds, seconds};

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// "2019".
    Year,
    /// "2019-05".
    Month,
    /// "2019-05-13".
    Day,
    /// "2019-05-13T09:30".
    Minute,
}

/// A date as the case gives it. Invariant: fields finer than `precision` are at their minimum
/// (month 1, day 1, 00:00), so `start()` is the first moment the date can mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaseDate {
    /// The first moment the date can mean.
    pub start: DateTime,
    /// How much of it is known.
    pub precision: Precision,
    /// `~`: the date is approximately right.
    pub approximate: bool,
    /// `?`: the source is not sure of the date.
    pub uncertain: bool,
}

impl CaseDate {
    /// Parses `2020`, `2020-07`, `2020-07-13`, `2020-07-13T09:30` (optionally `:SS`), each with an
    /// optional trailing `~` (approximate) and/or `?` (uncertain) — EDTF level 1 qualifiers;
    /// `%` means both. Years may be negative (BCE, astronomical numbering) down to -9999.
    ///
    /// # Errors
    /// A sentence saying what is wrong, for the editor (`"February 2023 has 28 days"`).
    pub fn parse(raw: &str) -> Result<CaseDate, String> {
        // The text is quoted back (clipped, invisible and control characters escaped) only in a
        // message: most dates have none.
        CaseDate::read(raw).map_err(|bad| {
            let text = crate::error::clip(raw);
            match bad {
                Bad::Form => format!("\"{text}\" is not a date; write 2020, 2020-07, 2020-07-13 or 2020-07-13T09:30 (with ~ or ? after it if approximate or uncertain)"),
                Bad::Month(m) => format!("\"{text}\": month {m} does not exist (months run 01 to 12)"),
                Bad::Year(year) => format!("\"{text}\": year {year} is outside -9999 to 9999"),
                Bad::DayZero => format!("\"{text}\": day 00 does not exist (days start at 01)"),
                Bad::Days(month, year, days) => format!("\"{text}\": {} {year} has {days} days", month_name(month)),
                Bad::Time => format!("\"{text}\": the time must be HH:MM or HH:MM:SS, 24-hour"),
            }
        })
    }

    fn read(raw: &str) -> Result<CaseDate, Bad> {
        let mut body = raw.trim();
        let (mut approximate, mut uncertain) = (false, false);
        loop {
            if let Some(rest) = body.strip_suffix('~') {
                approximate = true;
                body = rest;
            } else if let Some(rest) = body.strip_suffix('?') {
                uncertain = true;
                body = rest;
            } else if let Some(rest) = body.strip_suffix('%') {
                approximate = true;
                uncertain = true;
                body = rest;
            } else {
                break;
            }
        }
        let (date_part, time_part) = match body.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (body, None),
        };
        let (negative, unsigned) = match date_part.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, date_part),
        };
        let mut parts = unsigned.split('-');
        let year_text = parts.next().unwrap_or("");
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Bad::Form);
        }
        let year: i16 = year_text.parse().map_err(|_| Bad::Form)?;
        let year = if negative { -year } else { year };
        let two_digits = |p: Option<&str>| match p {
            None => Ok(None),
            Some(x) if x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit()) => {
                x.parse::<i8>().map(Some).map_err(|_| Bad::Form)
            }
            Some(_) => Err(Bad::Form),
        };
        let month = two_digits(parts.next())?;
        let day = two_digits(parts.next())?;
        if parts.next().is_some() || (time_part.is_some() && day.is_none()) {
            return Err(Bad::Form);
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(Bad::Month(m));
            }
        }
        let first = Date::new(year, month.unwrap_or(1), 1).map_err(|_| Bad::Year(year))?;
        if day == Some(0) {
            return Err(Bad::DayZero);
        }
        if let Some(d) = day {
            if d < 1 || d > first.days_in_month() {
                return Err(Bad::Days(first.month(), year, first.days_in_month()));
            }
        }
        let date = first.with().day(day.unwrap_or(1)).build().map_err(|_| Bad::Form)?;
        let (time, precision) = match time_part {
            None if day.is_some() => (Time::midnight(), Precision::Day),
            None if month.is_some() => (Time::midnight(), Precision::Month),
            None => (Time::midnight(), Precision::Year),
            Some(t) => (parse_time(t).ok_or(Bad::Time)?, Precision::Minute),
        };
        Ok(CaseDate { start: date.to_datetime(time), precision, approximate, uncertain })
    }

    /// The first moment the date can mean, in axis seconds.
    pub fn start(&self) -> Seconds {
        seconds(self.start)
    }

    /// The moment just after the last one the date can mean (end of the day, month or year; one
    /// minute after a time), in axis seconds.
    pub fn end(&self) -> Seconds {
        let later = match self.precision {
            Precision::Year => add_months(self.start, 12),
            Precision::Month => add_months(self.start, 1),
            Precision::Day => Some(add_seconds(self.start, 86_400)),
            Precision::Minute => Some(add_seconds(self.start, 60)),
        };
        later.map_or(seconds(DateTime::MAX), seconds)
    }

    /// ISO 8601 text at the date's precision, for `<time datetime>`: `2019-05`, `2020-07-13`.
    pub fn to_iso(&self) -> String {
        let d = self.start.date();
        // ISO 8601 years have four digits, with a sign before years before 1 BCE ("-0044").
        let year = if d.year() < 0 { format!("-{:04}", -i32::from(d.year())) } else { format!("{:04}", d.year()) };
        match self.precision {
            Precision::Year => year,
            Precision::Month => format!("{year}-{:02}", d.month()),
            Precision::Day => format!("{year}-{:02}-{:02}", d.month(), d.day()),
            Precision::Minute => {
                format!("{year}-{:02}-{:02}T{:02}:{:02}", d.month(), d.day(), self.start.hour(), self.start.minute())
            }
        }
    }
}

/// What is wrong with a date's text (worded by [`CaseDate::parse`]).
enum Bad {
    Form,
    Month(i8),
    Year(i16),
    DayZero,
    Days(i8, i16, i8),
    Time,
}

fn parse_time(t: &str) -> Option<Time> {
    let mut parts = t.split(':');
    let mut next = |max: i8| -> Option<i8> {
        let p = parts.next()?;
        if p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse::<i8>().ok().filter(|n| *n <= max)
    };
    let hour = next(23)?;
    let minute = next(59)?;
    let second = match t.matches(':').count() {
        1 => 0,
        2 => next(59)?,
        _ => return None,
    };
    Time::new(hour, minute, second, 0).ok()
}

/// English month name for 1..=12.
pub fn month_name(month: i8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    usize::try_from(month - 1).ok().and_then(|i| NAMES.get(i)).copied().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_precision_covers_the_whole_month() {
        let d = CaseDate::parse("2019-05").unwrap();
        assert_eq!(d.precision, Precision::Month);
        assert_eq!(d.to_iso(), "2019-05");
        assert_eq!(d.end() - d.start(), 31.0 * 86_400.0);
    }

    #[test]
    fn qualifiers_set_flags_in_any_order() {
        let d = CaseDate::parse("2020-07-13?~").unwrap();
        assert!(d.approximate && d.uncertain);
        assert!(CaseDate::parse("2020%").unwrap().approximate);
    }

    #[test]
    fn impossible_days_are_explained() {
        assert_eq!(CaseDate::parse("2023-02-30").unwrap_err(), "\"2023-02-30\": February 2023 has 28 days");
        assert_eq!(
            CaseDate::parse("2023-13").unwrap_err(),
            "\"2023-13\": month 13 does not exist (months run 01 to 12)"
        );
        assert!(CaseDate::parse("2024-02-29").is_ok());
    }

    #[test]
    fn times_have_minute_precision() {
        let d = CaseDate::parse("2020-01-16T09:30").unwrap();
        assert_eq!(d.precision, Precision::Minute);
        assert_eq!(d.to_iso(), "2020-01-16T09:30");
        assert!(CaseDate::parse("2020-01-16T24:00").is_err());
        assert!(CaseDate::parse("2020-01T09:30").is_err());
    }

    #[test]
    fn bce_years_parse_and_print() {
        let d = CaseDate::parse("-0043").unwrap();
        assert!(d.start() < CaseDate::parse("0001").unwrap().start());
        assert_eq!(d.to_iso(), "-0043");
        assert_eq!(CaseDate::parse(&d.to_iso()).unwrap(), d);
    }

    #[test]
    fn malformed_text_is_not_a_date() {
        for bad in ["", "20", "2020-7", "2020/07/13", "July 2020", "2020-07-13T9:30", "2020-07-13-01"] {
            assert!(CaseDate::parse(bad).is_err(), "{bad} parsed");
        }
    }
}
