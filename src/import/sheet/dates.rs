//! Dates as editors type them into a spreadsheet, read into the case format's dates.
//!
//! Read: the case format itself (`2020`, `2020-07`, `2020-07-13`, `2020-07-13T09:30`, with `~`/`?`;
//! a space instead of the `T`); month names in English, in full or cut to three letters
//! ("13 July 2020", "13th Jul. 2020", "July 13, 2020", "Monday, July 13, 2020", "July 2020");
//! numbers with `/`, `.` or `-` and a four-digit year ("13/07/2020", "7/13/2020", "2020/07/13",
//! "07/2020"), day or month first by the rule the importer decided; a time after the date
//! ("9:30", "09:30:15", "9:30 pm"). "c.", "ca.", "circa", "about", "around", "approx." before the
//! date, or `~` after it, make it approximate; `?` after it uncertain. "early", "mid", "late",
//! "end of", "spring"… before a month or year keep the editor's words as the display date.

use crate::error::clip;
use crate::model::date::month_name;
use crate::model::CaseDate;

/// A date cell as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read {
    /// The date in the case format (`2020-07-13`, `2019~`).
    pub iso: String,
    /// How it was read, when it was not written in the case format ("read as 2020-07-13").
    pub how: Option<String>,
    /// The editor's own words, kept as the display date ("early 2020").
    pub words: Option<String>,
    /// True for an all-number date whose day and month could be swapped (03/04/2020).
    pub ambiguous: bool,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const APPROXIMATE: [&str; 10] =
    ["circa ", "circa", "c. ", "c.", "ca. ", "ca.", "about ", "around ", "approximately ", "approx. "];
const PERIODS: [&str; 12] = [
    "early ",
    "mid-",
    "mid ",
    "late ",
    "end of ",
    "beginning of ",
    "start of ",
    "spring ",
    "summer ",
    "autumn ",
    "fall ",
    "winter ",
];

/// The two leading numbers of an all-number date with a four-digit year last ("13/07/2020" →
/// (13, 7)), for deciding whether the sheet writes the day or the month first.
pub fn numeric_order(text: &str) -> Option<(u32, u32)> {
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).collect();
    match parts.as_slice() {
        [a, b, y]
            if is_digits(a, 1..=2) && is_digits(b, 1..=2) && is_digits(y.split(' ').next().unwrap_or(""), 4..=4) =>
        {
            Some((a.parse().ok()?, b.parse().ok()?))
        }
        _ => None,
    }
}

fn is_digits(s: &str, len: std::ops::RangeInclusive<usize>) -> bool {
    len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

fn month_of(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    let w = if w == "sept" { "sep" } else { w };
    MONTHS.iter().position(|m| m.starts_with(w) && (w.len() == 3 || *m == w)).and_then(|i| i8::try_from(i + 1).ok())
}

/// A day number, with or without an English ordinal ending ("13", "13th", "1st").
fn day_of(word: &str) -> Option<i8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || !is_digits(digits, 1..=2) {
        return None;
    }
    digits.parse().ok()
}

/// "9:30", "09:30:15", "9:30 pm", "9pm" → `HH:MM[:SS]` (24-hour).
fn time_of(text: &str) -> Option<String> {
    let t = text.trim().to_ascii_lowercase().replace('.', "");
    let (body, pm) = if let Some(b) = t.strip_suffix("pm") {
        (b.trim(), Some(true))
    } else if let Some(b) = t.strip_suffix("am") {
        (b.trim(), Some(false))
    } else {
        (t.as_str(), None)
    };
    let mut parts = body.split(':');
    let hour: u32 = parts.next().filter(|h| is_digits(h, 1..=2))?.parse().ok()?;
    let minute: u32 = match parts.next() {
        Some(m) if is_digits(m, 2..=2) => m.parse().ok()?,
        Some(_) => return None,
        None if pm.is_some() => 0,
        None => return None,
    };
    let second = match parts.next() {
        Some(s) if is_digits(s, 2..=2) => Some(s.parse::<u32>().ok()?),
        Some(_) => return None,
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    let hour = match pm {
        Some(_) if !(1..=12).contains(&hour) => return None,
        Some(true) if hour != 12 => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    };
    if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
        return None;
    }
    Some(match second {
        Some(s) => format!("{hour:02}:{minute:02}:{s:02}"),
        None => format!("{hour:02}:{minute:02}"),
    })
}

/// The message for text that is not a date.
pub fn unreadable(raw: &str) -> String {
    format!(
        "\"{}\" is not a date; write it as 2020-07-13, 13 July 2020, July 13, 2020, July 2020 or 2020 (c. 2019 if approximate)",
        clip(raw.trim())
    )
}

/// Reads one date cell; `day_first` decides all-number dates such as 03/04/2020.
///
/// # Errors
/// A sentence quoting the cell and saying what is wrong ("30 February 2020": February 2020 has
/// 29 days), or how to write it.
pub fn read(raw: &str, day_first: bool) -> Result<Read, String> {
    let text = raw.trim();
    if CaseDate::parse(text).is_ok() {
        return Ok(Read { iso: text.to_string(), how: None, words: None, ambiguous: false });
    }
    // The case format with a space before the time, or with an impossible value.
    let iso_like = text.len() >= 7
        && text.get(..4).is_some_and(|y| is_digits(y, 4..=4))
        && text.get(4..5) == Some("-")
        && text.bytes().all(|b| b.is_ascii_digit() || b"-: T~?%".contains(&b));
    if iso_like {
        let candidate = text.replacen(' ', "T", 1);
        return match CaseDate::parse(&candidate) {
            Ok(_) => Ok(Read { iso: candidate, how: None, words: None, ambiguous: false }),
            Err(e) => Err(reword(&e, text)),
        };
    }
    let mut body = text.to_lowercase();
    let (mut approximate, mut uncertain) = (false, false);
    let mut words = None;
    loop {
        let before = body.len();
        if let Some(rest) = body.strip_suffix('?') {
            uncertain = true;
            body = rest.trim_end().to_string();
        }
        if let Some(rest) = body.strip_suffix('~').or_else(|| body.strip_prefix('~')) {
            approximate = true;
            body = rest.trim().to_string();
        }
        if let Some(p) = APPROXIMATE.iter().find(|p| body.starts_with(*p)) {
            approximate = true;
            body = body[p.len()..].trim_start().to_string();
        }
        if let Some(p) = PERIODS.iter().find(|p| body.starts_with(*p)) {
            words = Some(text.to_string());
            body = body[p.len()..].trim_start().to_string();
        }
        if let Some(w) = WEEKDAYS.iter().find(|w| body.starts_with(*w) || body.starts_with(&w[..3])) {
            let cut = if body.starts_with(*w) { w.len() } else { 3 };
            let rest = body[cut..].trim_start_matches(['.', ',']).trim_start();
            if rest.len() < body.len() - cut || body[cut..].starts_with([' ', ',', '.']) {
                body = rest.to_string();
            }
        }
        if body.len() == before {
            break;
        }
    }
    // A time at the end: the last word (or the last two: "9:30 pm").
    let mut time = None;
    let tokens: Vec<&str> = body.split_whitespace().collect();
    for take in [2usize, 1] {
        let Some(split) = tokens.len().checked_sub(take).filter(|s| *s > 0) else { continue };
        let (head, tail) = tokens.split_at(split);
        let tail = tail.join(" ");
        if tail.contains(':') || tail.ends_with("am") || tail.ends_with("pm") {
            if let Some(t) = time_of(&tail) {
                time = Some(t);
                body = head.join(" ");
                break;
            }
        }
    }
    let numeric = numeric_order(&body).is_some();
    let parts: Vec<&str> = body.split([' ', ',', '/', '.', '-']).filter(|p| !p.is_empty()).collect();
    let bad = || unreadable(raw);
    if parts.len() == 1 && parts.first().is_some_and(|p| is_digits(p, 5..=5)) {
        return Err(format!(
            "\"{}\" looks like a spreadsheet's date number, not a date; format the column as dates (or as text) before copying",
            clip(text)
        ));
    }
    let mut year: Option<i32> = None;
    let mut month: Option<i8> = None;
    let mut day: Option<i8> = None;
    let mut numbers: Vec<i8> = Vec::new();
    for p in &parts {
        if is_digits(p, 4..=4) && year.is_none() {
            year = p.parse().ok();
        } else if let Some(m) = month_of(p).filter(|_| month.is_none() && !p.bytes().any(|b| b.is_ascii_digit())) {
            month = Some(m);
        } else if let Some(d) = day_of(p) {
            numbers.push(d);
        } else if is_digits(p, 2..=2) || is_digits(p, 1..=1) {
            numbers.push(p.parse().map_err(|_| bad())?);
        } else {
            return Err(bad());
        }
    }
    let Some(year) = year else {
        if parts.iter().any(|p| is_digits(p, 2..=2)) && parts.len() >= 2 {
            return Err(format!("\"{}\": write the year with four digits (2020, not 20)", clip(text)));
        }
        return Err(bad());
    };
    let mut ambiguous = false;
    match (month, numbers.as_slice()) {
        (Some(_), []) => {}
        (Some(_), [d]) => day = Some(*d),
        (None, []) => {}
        (None, [m]) => month = Some(*m),
        (None, [a, b]) => {
            let year_first = parts.first().is_some_and(|p| is_digits(p, 4..=4));
            let (d, m) = if year_first || !day_first { (*b, *a) } else { (*a, *b) };
            ambiguous = !year_first && *a != *b && *a <= 12 && *b <= 12;
            day = Some(d);
            month = Some(m);
        }
        _ => return Err(bad()),
    }
    if time.is_some() && day.is_none() {
        return Err(bad());
    }
    let mut iso = match (month, day) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    };
    if let Some(t) = &time {
        iso.push('T');
        iso.push_str(t);
    }
    if let (Some(m), Some(d)) = (month, day) {
        // Say "February 2020 has 29 days" with the editor's words quoted, not the ISO text.
        if !(1..=12).contains(&m) {
            let order = if numeric {
                if day_first {
                    " (dates are read day first)"
                } else {
                    " (dates are read month first)"
                }
            } else {
                ""
            };
            return Err(format!("\"{}\": month {m} does not exist{order}", clip(text)));
        }
        let _ = d;
    }
    match (approximate, uncertain) {
        (true, true) => iso.push('%'),
        (true, false) => iso.push('~'),
        (false, true) => iso.push('?'),
        (false, false) => {}
    }
    CaseDate::parse(&iso).map_err(|e| reword(&e, text))?;
    let mut how = format!("\"{}\" is read as {iso}", clip(text));
    if numeric && !parts.first().is_some_and(|p| is_digits(p, 4..=4)) {
        how.push_str(if day_first { " (day first)" } else { " (month first)" });
    } else if let (Some(m), None) = (month, day) {
        how.push_str(&format!(" ({} {year}, the whole month)", month_name(m)));
    }
    Ok(Read { iso, how: Some(how), words, ambiguous })
}

/// The case format's message about a date it built, quoting the editor's text instead.
fn reword(message: &str, text: &str) -> String {
    match message.split_once("\": ") {
        Some((_, reason)) => format!("\"{}\": {reason}", clip(text)),
        None => unreadable(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> String {
        read(text, true).map(|r| r.iso).unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn dates_as_editors_type_them() {
        assert_eq!(iso("2020-07-13"), "2020-07-13");
        assert_eq!(iso("13 July 2020"), "2020-07-13");
        assert_eq!(iso("July 13, 2020"), "2020-07-13");
        assert_eq!(iso("Monday, July 13, 2020"), "2020-07-13");
        assert_eq!(iso("13th Jul. 2020"), "2020-07-13");
        assert_eq!(iso("July 2020"), "2020-07");
        assert_eq!(iso("c. 2019"), "2019~");
        assert_eq!(iso("circa 2019"), "2019~");
        assert_eq!(iso("about May 2019?"), "2019-05%");
        assert_eq!(iso("13/07/2020"), "2020-07-13");
        assert_eq!(iso("13.07.2020"), "2020-07-13");
        assert_eq!(iso("2020/07/13"), "2020-07-13");
        assert_eq!(iso("07/2020"), "2020-07");
        assert_eq!(iso("2020-07-13 09:30"), "2020-07-13T09:30");
        assert_eq!(iso("13 July 2020 9:30 pm"), "2020-07-13T21:30");
        assert_eq!(read("7/13/2020", false).unwrap().iso, "2020-07-13");
        assert_eq!(read("early 2020", true).unwrap().words.as_deref(), Some("early 2020"));
        assert!(read("03/04/2020", true).unwrap().ambiguous);
        assert!(!read("13/04/2020", true).unwrap().ambiguous);
    }

    #[test]
    fn impossible_and_unreadable_dates_say_why() {
        assert_eq!(iso("30 February 2020"), "error: \"30 February 2020\": February 2020 has 29 days");
        assert_eq!(iso("2021-02-29"), "error: \"2021-02-29\": February 2021 has 28 days");
        assert_eq!(iso("31/04/2020"), "error: \"31/04/2020\": April 2020 has 30 days");
        assert!(iso("7/13/2020").contains("month 13 does not exist (dates are read day first)"));
        assert!(iso("next week").contains("is not a date; write it as 2020-07-13"));
        assert!(iso("13/07/20").contains("four digits"));
        assert!(iso("44025").contains("date number"));
    }

    #[test]
    fn numeric_order_finds_the_leading_numbers() {
        assert_eq!(numeric_order("13/07/2020"), Some((13, 7)));
        assert_eq!(numeric_order("2020-07-13"), None);
        assert_eq!(numeric_order("July 2020"), None);
    }
}
