//! Civil date-times and the time axis: seconds since 1970-01-01T00:00 in wall-clock time, with
//! no time zone (court dates are civil). A leaf over jiff's calendar; nothing else in the crate
//! is imported here.

use jiff::civil::{Date, DateTime, Time};

/// Seconds since 1970-01-01T00:00 in civil (wall-clock) time: the unit of the time axis.
pub type Seconds = f64;

const EPOCH: DateTime = DateTime::constant(1970, 1, 1, 0, 0, 0, 0);

/// Converts a civil date-time to axis seconds.
pub fn seconds(dt: DateTime) -> Seconds {
    dt.duration_since(EPOCH).as_secs_f64()
}

/// Days from 1970-01-01 to `d`.
pub fn day_number(d: Date) -> i64 {
    d.to_datetime(Time::midnight()).duration_since(EPOCH).as_secs().div_euclid(86_400)
}

/// The date `n` days after 1970-01-01 (jiff's calendar does the work through `day_of_year`),
/// clamped to jiff's range.
pub fn date_from_day_number(n: i64) -> Date {
    #[allow(clippy::cast_possible_truncation)] // clamped to -9999..=9999 just below
    let mut year = (1970 + (n as f64 / 365.2425).floor() as i64).clamp(-9999, 9999) as i16;
    for _ in 0..4 {
        let first = Date::new(year, 1, 1).unwrap_or(Date::MIN);
        let start = day_number(first);
        if n < start && year > -9999 {
            year -= 1;
        } else if n >= start + i64::from(first.days_in_year()) && year < 9999 {
            year += 1;
        } else {
            let doy = i16::try_from((n - start + 1).clamp(1, i64::from(first.days_in_year()))).unwrap_or(1);
            return first.with().day_of_year(doy).build().unwrap_or(first);
        }
    }
    if n < 0 {
        Date::MIN
    } else {
        Date::MAX
    }
}

/// Converts axis seconds back to a civil date-time, clamped to jiff's range (years -9999..=9999).
pub fn datetime(s: Seconds) -> DateTime {
    let s = if s.is_finite() { s.floor() } else { 0.0 };
    #[allow(clippy::cast_possible_truncation)] // clamped to jiff's range first
    // Not `clamp` (its bounds check formats floats, which would weigh on the wasm).
    #[allow(clippy::manual_clamp)]
    let s = s.max(seconds(DateTime::MIN)).min(seconds(DateTime::MAX)) as i64;
    let (day, rest) = (s.div_euclid(86_400), s.rem_euclid(86_400));
    let time = Time::new(
        i8::try_from(rest / 3_600).unwrap_or(0),
        i8::try_from(rest % 3_600 / 60).unwrap_or(0),
        i8::try_from(rest % 60).unwrap_or(0),
        0,
    )
    .unwrap_or(Time::midnight());
    date_from_day_number(day).to_datetime(time)
}

/// `dt` moved by whole months (the day kept, or the month's last day if it has fewer).
pub fn add_months(dt: DateTime, months: i64) -> Option<DateTime> {
    let total = i64::from(dt.year()) * 12 + i64::from(dt.month() - 1) + months;
    let year = i16::try_from(total.div_euclid(12)).ok()?;
    let month = i8::try_from(total.rem_euclid(12) + 1).ok()?;
    let first = Date::new(year, month, 1).ok()?;
    Some(first.with().day(dt.day().min(first.days_in_month())).build().ok()?.to_datetime(dt.time()))
}

/// `dt` moved by `s` seconds, clamped to jiff's range.
pub fn add_seconds(dt: DateTime, s: i64) -> DateTime {
    #[allow(clippy::cast_precision_loss)]
    let moved = seconds(dt) + s as f64;
    datetime(moved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::CaseDate;

    #[test]
    fn day_numbers_round_trip_across_the_whole_range() {
        for n in [-4_000_000, -719_528, -1, 0, 1, 18_456, 2_932_896] {
            assert_eq!(day_number(date_from_day_number(n)), n, "{n}");
        }
        assert_eq!(date_from_day_number(0), Date::constant(1970, 1, 1));
        assert_eq!(date_from_day_number(18_456), Date::constant(2020, 7, 13));
    }

    #[test]
    fn months_keep_the_day_or_end_of_month() {
        let jan31 = Date::constant(2020, 1, 31).to_datetime(Time::midnight());
        assert_eq!(add_months(jan31, 1).unwrap().date(), Date::constant(2020, 2, 29));
        assert_eq!(add_months(jan31, -13).unwrap().date(), Date::constant(2018, 12, 31));
    }

    #[test]
    fn axis_seconds_round_trip() {
        let d = CaseDate::parse("2020-07-13T09:30").unwrap();
        assert_eq!(datetime(d.start()), d.start);
        assert_eq!(seconds(EPOCH), 0.0);
    }
}
