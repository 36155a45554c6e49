//! Dates in an article's words, resolved against its publication date.
//!
//! Absolute dates ("July 13, 2020", "13 July 2020", "Feb. 3", "March 2021", "in 2019", ISO
//! `2020-07-13`) and relative ones ("on Monday", "today", "yesterday", "in January", "last
//! month", "August last year", "two weeks ago", "last fall") become a [`DraftDate`] at the
//! precision the words support, keeping the words for `display_date`. Past by default (the
//! latest such day or month not after publication); future when a cue such as "will", "is set
//! for", "is scheduled for", "expected" or "listed … for" comes earlier in the sentence.
//! Dates that are not when something happened are marked as decoys: ranges ("since 2001",
//! "until the end of September", "between May and August") and modifiers ("a 2020 rule", "the
//! Sept. 11 attacks"). Calendar arithmetic is done here on day numbers (no time zone, no jiff
//! spans), so it costs nothing in the wasm build.

use super::calendar::month_name;
pub use super::calendar::{days_in_month, describe, DraftDate, Ymd};
use super::lexicon::{is, EVENT_NOUNS, NOT_NOUNS};
use super::text::Words;

/// A date found in a sentence. Invariant: `first <= last` are word-token indices of the
/// sentence's [`Words`]; `words` is the article's text for them (what `display_date` keeps).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub first: usize,
    pub last: usize,
    pub date: DraftDate,
    pub words: String,
    /// How it was resolved, for `--explain`.
    pub rule: String,
    /// The year (or the whole date) was inferred, not written: the editor should check it.
    pub year_assumed: bool,
    /// Why this is not the date of something that happened, when it is not.
    pub decoy: Option<&'static str>,
    /// The date describes a court event named right after it ("a 2021 judgment"): that event's
    /// date, but perhaps of another case, so the editor should check it.
    pub describes: bool,
}

pub(super) fn month_of(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// The month name at the start of a word such as "mid-March".
fn month_in(w: &str) -> Option<u32> {
    month_of(w).or_else(|| w.strip_prefix("mid-").and_then(month_of))
}

pub(super) fn weekday_of(w: &str) -> Option<u32> {
    let w = w.trim_end_matches("’s").trim_end_matches("'s");
    Some(match w {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
        _ => return None,
    })
}

fn day_number(w: &str) -> Option<u32> {
    // "Feb. 10-12": a range of days is dated by its first.
    if let Some((a, b)) = w.split_once('-') {
        let (a, b) = (day_number(a)?, day_number(b)?);
        return (a < b).then_some(a);
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = w.get(digits.len()..).unwrap_or("");
    if digits.is_empty() || digits.len() > 2 || !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_number(w: &str) -> Option<i32> {
    if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        w.parse().ok().filter(|y| (1800..=2100).contains(y))
    } else {
        None
    }
}

fn count_word(w: &str) -> Option<i64> {
    Some(match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return w.parse().ok().filter(|n| (1..=99).contains(n)),
    })
}

/// Words that may sit between "since"/"until" and the date they bound.
fn range_filler(w: &str) -> bool {
    matches!(w, "the" | "end" | "start" | "beginning" | "middle" | "of" | "early" | "late" | "last" | "this" | "mid")
}

/// Words after a year that show it is not a modifier ("in 2019, …", "in 2019 by …").
fn function_word(w: &str) -> bool {
    is(NOT_NOUNS, w)
}

fn determiner(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your" | "this" | "that")
        || w.ends_with("’s")
        || w.ends_with("'s")
}

/// Words that make the dates after them in a sentence future ones.
fn future_cue(w: &Words, i: usize) -> bool {
    match w.low(i) {
        "will" | "shall" | "scheduled" | "expected" | "due" | "upcoming" | "listed" | "adjourned" | "adjourns"
        | "’ll" | "'ll" => true,
        // "set for", "set to", "set a trial date of Jan. 12".
        // "set a trial on the fund's damages claims for Feb. 10-12": "for" after the event set.
        "set" => {
            (i + 1..i + 5).any(|j| matches!(w.low(j), "for" | "to" | "date"))
                || (i + 1..i + 4).any(|j| matches!(w.low(j), "trial" | "hearing" | "sentencing" | "date"))
                    && (i + 2..i + 10).any(|j| w.low(j) == "for")
        }
        // "deferred sentence until January 9", "postponed the trial to March" (not "deferred for
        // reports after the verdict on 12 September").
        "deferred" | "postponed" => (i + 1..i + 6).any(|j| matches!(w.low(j), "until" | "till" | "to")),
        // "has been posted for hearing on September 2" (Indian courts' word for listed).
        "posted" => (i + 1..i + 3).any(|j| w.low(j) == "for"),
        // "The next date of hearing is February 20", "the next hearing is on".
        "next" => (i + 1..i + 5)
            .any(|j| matches!(w.low(j), "hearing" | "date" | "trial" | "session" | "appearance" | "court" | "listing")),
        _ => false,
    }
}

/// Past or future resolution of a date without a year.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// The dates in the words of one sentence (quotations excluded: they are single tokens).
pub fn find(article: &str, w: &Words, published: Ymd) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    let mut future = false;
    let mut i = 0;
    while i < w.len() {
        if future_cue(w, i) {
            future = true;
        }
        let tense = if future { Tense::Future } else { Tense::Past };
        if let Some(mut m) = at(article, w, i, published, tense) {
            // "March 3 and March 9, 2018": the first date takes the year written after the second.
            if let Some(prev) = out.last_mut() {
                if prev.year_assumed
                    && !m.year_assumed
                    && prev.date.d.is_some()
                    && m.date.d.is_some()
                    && prev.last + 2 == m.first
                    && matches!(w.low(prev.last + 1), "and" | "or" | "to")
                {
                    prev.date.y = m.date.y;
                    prev.year_assumed = false;
                    prev.rule = format!("day and month, year {} from the date after it", m.date.y);
                }
            }
            // "After a bench trial in March 2023, … ruled … that August": the year written before.
            if m.year_assumed && m.first > 0 && w.low(m.first - 1) == "that" {
                if let Some(y) = out.iter().rev().find(|p| !p.year_assumed).map(|p| p.date.y) {
                    let month = m.date.m.unwrap_or(1);
                    let day_ok = m.date.d.is_none_or(|d| d <= days_in_month(y, month));
                    if day_ok {
                        m.date.y = y;
                        m.year_assumed = false;
                        m.rule = format!("{} of the year written before it ({y})", m.words);
                    }
                }
            }
            if m.decoy.is_none() {
                m.decoy = decoy(w, &m, &out);
                m.describes = m.decoy.is_none() && describes_event(w, &m);
            }
            // "around March 2019", "about two weeks ago": approximate.
            let hedge = (m.first.saturating_sub(2)..m.first)
                .any(|j| matches!(w.low(j), "around" | "about" | "roughly" | "approximately" | "circa" | "sometime"));
            if hedge {
                m.date.approximate = true;
                m.rule.push_str(" (approximate: “around”, “about”)");
            }
            // "reportedly in March", "is believed to have … in 2019": uncertain.
            if (0..w.len())
                .any(|j| matches!(w.low(j), "reportedly" | "allegedly" | "apparently" | "believed" | "unconfirmed"))
            {
                m.date.uncertain = true;
                m.rule.push_str(" (uncertain: the sentence hedges it)");
            }
            i = m.last + 1;
            out.push(m);
            continue;
        }
        i += 1;
    }
    out
}

fn decoy(w: &Words, m: &DateMention, before: &[DateMention]) -> Option<&'static str> {
    // Ranges: "since 2001", "until the end of September", "between May and August 2022".
    let mut j = m.first;
    while let Some(k) = j.checked_sub(1) {
        let low = w.low(k);
        // "adjourned the matter till February 16", "deferred sentence until January 9": the day
        // the case comes back, not the end of a range.
        let put_off = |k: usize| {
            (k.saturating_sub(6)..k).any(|b| matches!(w.low(b), "adjourned" | "adjourns" | "deferred" | "postponed"))
        };
        if matches!(low, "until" | "till") && put_off(k) {
            break;
        }
        if matches!(low, "since" | "until" | "till" | "between") {
            return Some("a range (since, until, between), not when something happened");
        }
        if low == "from" && matches!(w.low(m.last + 1), "to" | "until" | "through") {
            return Some("a range (from … to), not when something happened");
        }
        if !range_filler(low) || m.first - k > 4 {
            break;
        }
        j = k;
    }
    if let Some(prev) = before.last() {
        let joined = prev.last + 2 == m.first && matches!(w.low(prev.last + 1), "and" | "to" | "through" | "until");
        if joined && prev.decoy.is_some_and(|d| d.starts_with("a range")) {
            return Some("a range (since, until, between), not when something happened");
        }
    }
    // A deadline set by a decision: "ordered the police to submit, by December 21, …".
    let by = m.first.checked_sub(1).is_some_and(|k| w.low(k) == "by");
    let directive = (0..m.first).any(|k| {
        matches!(
            w.low(k),
            "ordered" | "directed" | "instructed" | "told" | "asked" | "required" | "must" | "gave" | "given"
        )
    });
    if by && directive {
        return Some("a deadline (“ordered … by”), not when something happened");
    }
    // Modifiers: "a 2020 rule", "the Sept. 11 attacks" (but "a 2021 judgment" dates it).
    if modifier(w, m) && !describes_event(w, m) {
        return Some("a date used to describe something (“a 2020 rule”), not when something happened");
    }
    None
}

/// A year or day written between a determiner and a noun: "a 2020 rule", "his 2019 conviction".
fn modifier(w: &Words, m: &DateMention) -> bool {
    let next = m.last + 1;
    let next_is_noun =
        w.is_word(next) && !function_word(w.low(next)) && w.low(next).chars().next().is_some_and(char::is_lowercase);
    let prev_det = m.first.checked_sub(1).is_some_and(|p| determiner(w.low(p)));
    next_is_noun && prev_det && (m.rule.starts_with("year") || m.rule.starts_with("day and month"))
}

/// A modifier of a court event's noun: "a 2021 judgment", "the 2019 lawsuit".
fn describes_event(w: &Words, m: &DateMention) -> bool {
    modifier(w, m) && is(EVENT_NOUNS, w.low(m.last + 1))
}

fn display(article: &str, w: &Words, first: usize, last: usize) -> String {
    let start = w.toks.get(first).map_or(0, |t| t.start);
    let end = w.toks.get(last).map_or(start, |t| t.end);
    let text = article.get(start..end).unwrap_or("").trim_end_matches(['’', '\'', 's']);
    let text = if text.is_empty() { article.get(start..end).unwrap_or("") } else { text };
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A word before a date that belongs in its display text ("In January", "last month").
fn shown_prefix(w: &str) -> bool {
    matches!(w, "in" | "last" | "next" | "this" | "early" | "late" | "mid" | "earlier" | "later")
}

fn resolve_month(pub_: Ymd, m: u32, tense: Tense, strictly: bool) -> i32 {
    match tense {
        Tense::Past if strictly => pub_.y - i32::from(m >= pub_.m),
        Tense::Past => pub_.y - i32::from(m > pub_.m),
        Tense::Future => pub_.y + i32::from(m <= pub_.m),
    }
}

fn resolve_day(pub_: Ymd, m: u32, d: u32, tense: Tense) -> i32 {
    match tense {
        Tense::Past => pub_.y - i32::from((m, d) > (pub_.m, pub_.d)),
        Tense::Future => pub_.y + i32::from((m, d) < (pub_.m, pub_.d)),
    }
}

fn mention(article: &str, w: &Words, first: usize, last: usize, date: DraftDate, rule: String) -> DateMention {
    let shown_first =
        first.checked_sub(1).filter(|&p| shown_prefix(w.low(p)) && w.low(first) != "last").unwrap_or(first);
    DateMention {
        first: shown_first,
        last,
        date,
        words: display(article, w, shown_first, last),
        rule,
        year_assumed: false,
        decoy: None,
        describes: false,
    }
}

/// A date starting at word `i`, if there is one.
fn at(article: &str, w: &Words, i: usize, p: Ymd, tense: Tense) -> Option<DateMention> {
    if !w.is_word(i) {
        return None;
    }
    let low = w.low(i);
    let capital = w.capitalised(article, i);
    let prev = i.checked_sub(1).map_or("", |j| w.low(j));
    // ISO 2020-07-13.
    if low.len() == 10 && low.as_bytes().get(4) == Some(&b'-') && low.as_bytes().get(7) == Some(&b'-') {
        let y = low.get(..4).and_then(year_number)?;
        let m: u32 = low.get(5..7)?.parse().ok()?;
        let d: u32 = low.get(8..10)?.parse().ok()?;
        if d >= 1 && d <= days_in_month(y, m) {
            return Some(mention(article, w, i, i, DraftDate::day(Ymd { y, m, d }), "full date (ISO)".into()));
        }
    }
    if let Some(m) = month_in(low).filter(|_| capital) {
        return month_first(article, w, i, m, p, tense);
    }
    if let (Some(d), Some(m)) = (day_number(low), month_of(w.low(i + 1)).filter(|_| w.capitalised(article, i + 1))) {
        // "13 July 2020", "14 September".
        let (y, last, assumed) = match year_number(w.low(i + 2)) {
            Some(y) => (y, i + 2, false),
            None => (resolve_day(p, m, d, tense), i + 1, true),
        };
        if d > days_in_month(y, m) {
            return None;
        }
        let rule = if assumed { assumed_rule(tense, "day and month") } else { "day and month, full date".to_string() };
        let mut out = mention(article, w, i, last, DraftDate::day(Ymd { y, m, d }), rule);
        out.year_assumed = assumed;
        return Some(out);
    }
    if let Some(wd) = weekday_of(low).filter(|_| capital) {
        let today = p.weekday();
        let (day, rule) = match (prev, tense) {
            ("last", _) => {
                let back = (i64::from(today) - i64::from(wd)).rem_euclid(7);
                (p.add_days(-(if back == 0 { 7 } else { back })), "the latest such weekday before publication")
            }
            ("next", _) | (_, Tense::Future) => {
                let ahead = (i64::from(wd) - i64::from(today)).rem_euclid(7);
                (p.add_days(if ahead == 0 { 7 } else { ahead }), "the next such weekday after publication")
            }
            _ => (
                p.add_days(-(i64::from(today) - i64::from(wd)).rem_euclid(7)),
                "the latest such weekday on or before publication",
            ),
        };
        let first = if matches!(prev, "last" | "next" | "this") { i - 1 } else { i };
        let mut out = mention(article, w, first, i, DraftDate::day(day), format!("weekday: {rule}"));
        out.first = first;
        return Some(out);
    }
    // "yesterday’s hearing", "today's ruling".
    match low.trim_end_matches("’s").trim_end_matches("'s") {
        "today" | "tonight" => {
            return Some(mention(article, w, i, i, DraftDate::day(p), "today: the publication day".into()))
        }
        "yesterday" => {
            return Some(mention(
                article,
                w,
                i,
                i,
                DraftDate::day(p.add_days(-1)),
                "yesterday: the day before publication".into(),
            ))
        }
        "tomorrow" => {
            return Some(mention(
                article,
                w,
                i,
                i,
                DraftDate::day(p.add_days(1)),
                "tomorrow: the day after publication".into(),
            ))
        }
        _ => {}
    }
    if matches!(low, "last" | "this" | "next") || (matches!(low, "earlier" | "later") && w.low(i + 1) == "this") {
        let (step, unit_at) = match low {
            "last" => (-1, i + 1),
            "next" => (1, i + 1),
            "this" => (0, i + 1),
            _ => (0, i + 2),
        };
        let unit = w.low(unit_at);
        let date = match unit {
            "week" => Some(DraftDate::day(p.add_days(7 * step)).approx()),
            "month" => {
                let idx = i64::from(p.y) * 12 + i64::from(p.m) - 1 + step;
                let y = i32::try_from(idx.div_euclid(12)).unwrap_or(p.y);
                Some(DraftDate::month(y, u32::try_from(idx.rem_euclid(12)).unwrap_or(0) + 1))
            }
            "year" => Some(DraftDate::year(p.y + i32::try_from(step).unwrap_or(0))),
            _ => None,
        };
        if let Some(date) = date {
            let rule =
                format!("“{} {unit}” from the publication date", if unit_at == i + 2 { "earlier this" } else { low });
            let out = mention(article, w, i, unit_at, date, rule);
            return Some(DateMention { first: i, words: display(article, w, i, unit_at), ..out });
        }
        if let Some((date, rule)) = season(w.low(i + 1), low, p) {
            return Some(DateMention {
                first: i,
                words: display(article, w, i, i + 1),
                ..mention(article, w, i, i + 1, date, rule)
            });
        }
    }
    if let (Some(n), unit, "ago") = (count_word(low), w.low(i + 1), w.low(i + 2)) {
        let date = match unit.trim_end_matches('s') {
            "day" => DraftDate::day(p.add_days(-n)),
            "week" => DraftDate::day(p.add_days(-7 * n)),
            "month" => {
                let idx = i64::from(p.y) * 12 + i64::from(p.m) - 1 - n;
                DraftDate::month(
                    i32::try_from(idx.div_euclid(12)).unwrap_or(p.y),
                    u32::try_from(idx.rem_euclid(12)).unwrap_or(0) + 1,
                )
            }
            "year" => DraftDate::year(p.y - i32::try_from(n).unwrap_or(0)),
            _ => return None,
        };
        let rule = format!("“{n} {unit} ago” from the publication date (approximate)");
        return Some(mention(article, w, i, i + 2, date.approx(), rule));
    }
    if matches!(low, "spring" | "summer" | "fall" | "autumn" | "winter") {
        if let Some(y) =
            year_number(w.low(i + 1)).or_else(|| year_number(w.low(i + 2)).filter(|_| w.low(i + 1) == "of"))
        {
            let (date, _) = season(low, "this", Ymd { y, m: 12, d: 31 })?;
            let last = if w.low(i + 1) == "of" { i + 2 } else { i + 1 };
            return Some(mention(article, w, i, last, DraftDate { y, ..date }, "season and year (approximate)".into()));
        }
        if matches!(prev, "in" | "the" | "early" | "late") {
            let (date, rule) = season(low, if tense == Tense::Future { "next" } else { "this" }, p)?;
            return Some(mention(article, w, i, i, date, rule));
        }
    }
    let y = year_number(low)?;
    let shown = if prev == "in" { i - 1 } else { i };
    Some(DateMention { first: shown, ..mention(article, w, i, i, DraftDate::year(y), "year".into()) })
}

fn assumed_rule(tense: Tense, what: &str) -> String {
    match tense {
        Tense::Past => format!("{what} without a year: the latest one not after publication"),
        Tense::Future => format!("{what} without a year, future: the next one after publication"),
    }
}

fn month_first(article: &str, w: &Words, i: usize, m: u32, p: Ymd, tense: Tense) -> Option<DateMention> {
    let low = w.low(i);
    let prev = i.checked_sub(1).map_or("", |j| w.low(j));
    if let Some(d) = day_number(w.low(i + 1)) {
        let k = i + 2;
        let (y, last, assumed, rule) = if w.punct(k) == Some(',') && year_number(w.low(k + 1)).is_some() {
            (year_number(w.low(k + 1)).unwrap_or(p.y), k + 1, false, "full date".to_string())
        } else if let Some(y) = year_number(w.low(k)) {
            (y, k, false, "full date".to_string())
        } else if w.low(k) == "of" && w.low(k + 1) == "last" && w.low(k + 2) == "year" {
            (p.y - 1, k + 2, false, "day and month of last year".to_string())
        } else if w.low(k) == "last" && w.low(k + 1) == "year" {
            (p.y - 1, k + 1, false, "day and month of last year".to_string())
        } else {
            (resolve_day(p, m, d, tense), i + 1, true, assumed_rule(tense, "day and month"))
        };
        if d > days_in_month(y, m) {
            let mut out = mention(article, w, i, last, DraftDate::month(y, m), "a day that does not exist".into());
            out.decoy = Some("a day that does not exist (a typo?), not used");
            return Some(out);
        }
        let mut out = mention(article, w, i, last, DraftDate::day(Ymd { y, m, d }), rule);
        out.year_assumed = assumed;
        return Some(out);
    }
    if let Some(y) = year_number(w.low(i + 1)) {
        return Some(mention(article, w, i, i + 1, DraftDate::month(y, m), "month and year".into()));
    }
    if w.punct(i + 1) == Some(',') && year_number(w.low(i + 2)).is_some() {
        let y = year_number(w.low(i + 2)).unwrap_or(p.y);
        return Some(mention(article, w, i, i + 2, DraftDate::month(y, m), "month and year".into()));
    }
    if w.low(i + 1) == "last" && w.low(i + 2) == "year" {
        return Some(mention(article, w, i, i + 2, DraftDate::month(p.y - 1, m), "month of last year".into()));
    }
    if w.low(i + 1) == "this" && w.low(i + 2) == "year" {
        return Some(mention(article, w, i, i + 2, DraftDate::month(p.y, m), "month of this year".into()));
    }
    // A month alone needs a word that makes it a time ("in January"), since "May" is also a verb.
    let time_word = matches!(
        prev,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "last"
            | "early"
            | "late"
            | "mid"
            | "during"
            | "through"
            | "before"
            | "after"
            | "of"
            | "between"
            | "and"
            | "next"
            | "this"
            | "that"
    ) || low.starts_with("mid-");
    if !time_word
        || (low == "may" && !matches!(prev, "in" | "since" | "until" | "last" | "early" | "late" | "of" | "between"))
    {
        return None;
    }
    let strictly = prev == "last";
    let tense = if prev == "next" { Tense::Future } else { tense };
    let y = resolve_month(p, m, tense, strictly);
    let rule = match (tense, strictly) {
        (Tense::Future, _) => format!("{} without a year, future: the next one after publication", month_name(m)),
        (_, true) => format!("“last {}”: the latest one before the publication month", month_name(m)),
        _ => format!("{} without a year: the latest one not after publication", month_name(m)),
    };
    let first = if matches!(prev, "last" | "next" | "this" | "early" | "late" | "in") { i - 1 } else { i };
    let mut out = mention(article, w, i, i, DraftDate::month(y, m), rule);
    out.first = first;
    out.words = display(article, w, first, i);
    out.year_assumed = !strictly;
    Some(out)
}

/// A season relative to `p` ("last", "this", "next"): its middle month, approximate.
fn season(word: &str, which: &str, p: Ymd) -> Option<(DraftDate, String)> {
    let mid: u32 = match word {
        "spring" => 4,
        "summer" => 7,
        "fall" | "autumn" => 10,
        "winter" => 1,
        _ => return None,
    };
    let now = i64::from(p.y) * 12 + i64::from(p.m) - 1;
    // Occurrences of the season (middle month index) around the publication date.
    let base = i64::from(p.y) * 12 + i64::from(mid) - 1;
    let candidates = [base - 24, base - 12, base, base + 12, base + 24];
    let pick = match which {
        "last" => candidates.iter().rev().find(|&&c| c + 1 < now).copied(),
        "next" => candidates.iter().find(|&&c| c - 1 > now).copied(),
        _ => candidates.iter().rev().find(|&&c| c - 1 <= now).copied(),
    }?;
    let y = i32::try_from(pick.div_euclid(12)).ok()?;
    let m = u32::try_from(pick.rem_euclid(12)).ok()? + 1;
    let rule = format!("“{which} {word}”: its middle month, {} {y} (approximate)", month_name(m));
    Some((DraftDate::month(y, m).approx(), rule))
}

/// Dates written relative to an earlier one: "a week later", "two days later", "the next day",
/// "the following month". Each becomes a date of its sentence, counted from the last date
/// before it (earlier in the sentence, else in the two sentences before) that is not a decoy
/// and is precise enough (a day for days and weeks, a month for months).
pub fn anchor_later(article: &str, words: &[Words], all: &mut [Vec<DateMention>]) {
    for s in 0..all.len().min(words.len()) {
        let Some(w) = words.get(s) else { continue };
        let mut found: Vec<DateMention> = Vec::new();
        for i in 0..w.len() {
            let Some((first, n, unit)) = later_at(w, i) else { continue };
            let own = all.get(s).and_then(|ds| ds.iter().rev().find(|d| d.decoy.is_none() && d.last < first));
            let earlier = || {
                (s.saturating_sub(2)..s)
                    .rev()
                    .find_map(|k| all.get(k).and_then(|ds| ds.iter().rev().find(|d| d.decoy.is_none())))
            };
            let Some(anchor) = own.or_else(earlier).cloned() else { continue };
            let date = match (unit, anchor.date.m, anchor.date.d) {
                (Unit::Day, Some(m), Some(d)) => DraftDate::day(Ymd { y: anchor.date.y, m, d }.add_days(n)),
                (Unit::Week, Some(m), Some(d)) => DraftDate::day(Ymd { y: anchor.date.y, m, d }.add_days(7 * n)),
                (Unit::Month, Some(m), _) => {
                    let months = i64::from(anchor.date.y) * 12 + i64::from(m) - 1 + n;
                    let (Ok(y), Ok(m)) =
                        (i32::try_from(months.div_euclid(12)), u32::try_from(months.rem_euclid(12) + 1))
                    else {
                        continue;
                    };
                    DraftDate::month(y, m)
                }
                (Unit::Year, _, _) => DraftDate::year(anchor.date.y.saturating_add(i32::try_from(n).unwrap_or(0))),
                _ => continue,
            };
            found.push(DateMention {
                first,
                last: i,
                date: DraftDate { approximate: anchor.date.approximate, ..date },
                words: display(article, w, first, i),
                rule: format!("counted from “{}”, the date before it", anchor.words),
                year_assumed: anchor.year_assumed,
                decoy: None,
                describes: false,
            });
        }
        if let Some(list) = all.get_mut(s).filter(|_| !found.is_empty()) {
            list.extend(found);
            list.sort_by_key(|d| d.first);
        }
    }
}

#[derive(Clone, Copy)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// "a week later", "two days later", "the next day", "the following month" ending or starting
/// at word `i`: (first token, count, unit), with `i` the last token.
fn later_at(w: &Words, i: usize) -> Option<(usize, i64, Unit)> {
    let unit = |x: &str| match x {
        "day" | "days" => Some(Unit::Day),
        "week" | "weeks" => Some(Unit::Week),
        "month" | "months" => Some(Unit::Month),
        "year" | "years" => Some(Unit::Year),
        _ => None,
    };
    if w.low(i) == "later" && i >= 2 {
        let u = unit(w.low(i - 1))?;
        let n = count_word(w.low(i - 2))?;
        return Some((i - 2, n, u));
    }
    if i >= 2 && w.low(i - 2) == "the" && matches!(w.low(i - 1), "next" | "following") {
        let u = unit(w.low(i))?;
        if matches!(w.low(i), "days" | "weeks" | "months" | "years") {
            return None;
        }
        return Some((i - 2, 1, u));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::text::tokens;
    use super::*;

    const MONDAY: Ymd = Ymd { y: 2020, m: 7, d: 13 };

    fn dates(text: &str, published: Ymd) -> Vec<(String, String, Option<&'static str>)> {
        let w = tokens(text, 0, text.len(), &[]);
        find(text, &w, published).into_iter().map(|m| (m.date.to_edtf(), m.words, m.decoy)).collect()
    }

    fn one(text: &str, published: Ymd) -> (String, String) {
        let found = dates(text, published);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].0.clone(), found[0].1.clone())
    }

    #[test]
    fn absolute_dates_at_their_precision() {
        assert_eq!(one("It was filed on July 13, 2020.", MONDAY), ("2020-07-13".into(), "July 13, 2020".into()));
        assert_eq!(one("It was filed on 13 July 2020.", MONDAY).0, "2020-07-13");
        assert_eq!(one("Filed in March 2019.", MONDAY), ("2019-03".into(), "In March 2019".into()));
        assert_eq!(one("Filed in 2019.", MONDAY), ("2019".into(), "In 2019".into()));
        assert_eq!(one("Filed 2019-05-02.", MONDAY).0, "2019-05-02");
        let impossible = dates("Filed on February 30, 2019.", MONDAY);
        assert_eq!(impossible.len(), 1);
        assert!(impossible[0].2.is_some_and(|d| d.contains("does not exist")));
    }

    #[test]
    fn a_weekday_is_the_latest_on_or_before_publication() {
        assert_eq!(one("The court on Monday ruled.", MONDAY), ("2020-07-13".into(), "Monday".into()));
        assert_eq!(one("The court on Friday ruled.", MONDAY).0, "2020-07-10");
        assert_eq!(one("It ruled last Monday.", MONDAY), ("2020-07-06".into(), "Last Monday".into()));
        assert_eq!(one("It will rule on Monday.", MONDAY).0, "2020-07-20");
    }

    #[test]
    fn months_and_days_without_a_year_are_the_latest_not_after_publication() {
        assert_eq!(one("In January, the court held a hearing.", MONDAY), ("2020-01".into(), "In January".into()));
        assert_eq!(one("It was heard in September.", MONDAY).0, "2019-09");
        assert_eq!(one("It was heard in July.", MONDAY).0, "2020-07");
        assert_eq!(one("It was heard on Feb. 3.", MONDAY), ("2020-02-03".into(), "Feb. 3".into()));
        assert_eq!(one("A hearing is set for Sept. 26.", MONDAY).0, "2020-09-26");
        assert_eq!(one("A hearing is set for June 9.", MONDAY).0, "2021-06-09");
        assert_eq!(one("The matter was listed for compliance on January 10.", MONDAY).0, "2021-01-10");
    }

    #[test]
    fn relative_words_resolve_against_publication() {
        assert_eq!(one("It happened yesterday.", MONDAY).0, "2020-07-12");
        assert_eq!(one("It happened today.", MONDAY).0, "2020-07-13");
        assert_eq!(one("It happened last month.", MONDAY), ("2020-06".into(), "Last month".into()));
        assert_eq!(one("It happened last year.", MONDAY).0, "2019");
        assert_eq!(one("It happened in August last year.", MONDAY).0, "2019-08");
        assert_eq!(one("It happened two weeks ago.", MONDAY), ("2020-06-29~".into(), "Two weeks ago".into()));
        assert_eq!(one("It happened last week.", MONDAY).0, "2020-07-06~");
        assert_eq!(one("It happened last fall.", MONDAY), ("2019-10~".into(), "Last fall".into()));
        assert_eq!(one("It happened last spring.", Ymd { y: 2024, m: 5, d: 17 }).0, "2023-04~");
        assert_eq!(one("A recall on Feb. 3 of last year.", MONDAY).0, "2019-02-03");
    }

    #[test]
    fn ranges_and_modifiers_are_decoys() {
        let found = dates("It has been banned since 2001 under a 2019 rule.", MONDAY);
        assert!(found.iter().all(|d| d.2.is_some()), "{found:?}");
        // A date describing a court event dates it: "his 2019 conviction", "a 2021 judgment".
        let found = dates("His 2019 conviction stands, as does a 2021 judgment.", MONDAY);
        assert_eq!(found.iter().map(|d| (d.0.as_str(), d.2)).collect::<Vec<_>>(), [("2019", None), ("2021", None)]);
        let found = dates("He handed it over between May and August 2022.", MONDAY);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|d| d.2.is_some()), "{found:?}");
        let found = dates("Before the Sept. 11 attacks, he was arrested in 2021.", MONDAY);
        assert_eq!(found[0].2.map(|d| d.starts_with("a date used")), Some(true));
        assert_eq!(found[1].2, None);
        let found = dates("He ran it from 2012 until his arrest in 2021.", MONDAY);
        assert_eq!((found[0].2.is_some(), found[1].2.is_some()), (true, false), "{found:?}");
    }

    #[test]
    fn coordinated_days_share_the_written_year() {
        let found = dates("On March 3 and March 9, 2018, it happened.", MONDAY);
        assert_eq!(found.iter().map(|d| d.0.as_str()).collect::<Vec<_>>(), ["2018-03-03", "2018-03-09"]);
    }

    #[test]
    fn hedged_dates_get_qualifiers() {
        assert_eq!(one("It was filed around March 2019.", MONDAY).0, "2019-03~");
        assert_eq!(one("He was reportedly arrested in 2019.", MONDAY).0, "2019?");
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(dates("Defendants May remain free.", MONDAY).is_empty());
        assert_eq!(one("The trial opened on May 4.", MONDAY).0, "2020-05-04");
    }
}
