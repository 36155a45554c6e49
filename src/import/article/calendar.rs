//! Calendar arithmetic for drafted dates: civil days (no time zone, no jiff spans, so it costs
//! nothing in the wasm build) and the case format's date text with its qualifiers.

/// A civil date. Invariant (for values built here): a real day of the proleptic Gregorian
/// calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ymd {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Ymd {
    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        days_from_civil(i64::from(self.y), self.m, self.d)
    }
    pub fn from_days(n: i64) -> Ymd {
        let (y, m, d) = civil_from_days(n);
        Ymd { y: i32::try_from(y).unwrap_or(if y < 0 { i32::MIN } else { i32::MAX }), m, d }
    }
    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u32 {
        u32::try_from((self.days() + 3).rem_euclid(7)).unwrap_or(0)
    }
    pub fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.days().saturating_add(n))
    }
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let (m, d) = (i64::from(m), i64::from(d));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, u32::try_from(m).unwrap_or(1), u32::try_from(d).unwrap_or(1))
}

/// Days in month `m` of year `y` (0 for a month that does not exist).
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// A date as drafted: a year, maybe a month, maybe a day, with the case format's qualifiers.
/// Invariant: `d` is only set with `m`, and names a day that exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DraftDate {
    pub y: i32,
    pub m: Option<u32>,
    pub d: Option<u32>,
    /// `~`: about then ("two weeks ago", "last fall").
    pub approximate: bool,
    /// `?`: not sure at all (an undated event placed on the publication date).
    pub uncertain: bool,
}

impl DraftDate {
    pub fn day(day: Ymd) -> Self {
        DraftDate { y: day.y, m: Some(day.m), d: Some(day.d), approximate: false, uncertain: false }
    }
    pub fn month(y: i32, m: u32) -> Self {
        DraftDate { y, m: Some(m), d: None, approximate: false, uncertain: false }
    }
    pub fn year(y: i32) -> Self {
        DraftDate { y, m: None, d: None, approximate: false, uncertain: false }
    }
    pub fn approx(mut self) -> Self {
        self.approximate = true;
        self
    }

    /// The case format's date text: `2020`, `2020-07`, `2020-07-13`, then `~`, `?` or `%`.
    pub fn to_edtf(self) -> String {
        let year = if self.y < 0 { format!("-{:04}", -i64::from(self.y)) } else { format!("{:04}", self.y) };
        let mut out = match (self.m, self.d) {
            (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year}-{m:02}"),
            _ => year,
        };
        match (self.approximate, self.uncertain) {
            (true, true) => out.push('%'),
            (true, false) => out.push('~'),
            (false, true) => out.push('?'),
            (false, false) => {}
        }
        out
    }

    /// The same date without qualifiers, for matching.
    pub fn plain(self) -> String {
        DraftDate { approximate: false, uncertain: false, ..self }.to_edtf()
    }

    /// The first day it covers, as a day number (for ordering).
    pub fn first_day(self) -> i64 {
        Ymd { y: self.y, m: self.m.unwrap_or(1), d: self.d.unwrap_or(1) }.days()
    }
}

const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/// English month name for 1..=12 (the model's list); "" for anything else.
pub fn month_name(m: u32) -> &'static str {
    match i8::try_from(m) {
        Ok(m @ 1..=12) => crate::model::date::month_name(m),
        _ => "",
    }
}

/// "Monday, 13 July 2020": for `--explain`.
pub fn describe(d: Ymd) -> String {
    format!("{} {} {} {}", WEEKDAYS.get(d.weekday() as usize).unwrap_or(&""), d.d, month_name(d.m), d.y)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONDAY: Ymd = Ymd { y: 2020, m: 7, d: 13 };

    #[test]
    fn day_numbers_round_trip_and_know_weekdays() {
        assert_eq!(MONDAY.weekday(), 0);
        assert_eq!(Ymd { y: 1970, m: 1, d: 1 }.days(), 0);
        for n in [-800_000, -1, 0, 59, 60, 18_000, 2_000_000] {
            assert_eq!(Ymd::from_days(n).days(), n);
        }
        assert_eq!(Ymd { y: 2024, m: 2, d: 28 }.add_days(1), Ymd { y: 2024, m: 2, d: 29 });
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2024, 13), 0);
    }

    #[test]
    fn edtf_text_has_the_qualifiers() {
        let mut d = DraftDate::month(2020, 2);
        d.uncertain = true;
        assert_eq!(d.to_edtf(), "2020-02?");
        d.approximate = true;
        assert_eq!(d.to_edtf(), "2020-02%");
        assert_eq!(d.plain(), "2020-02");
        assert_eq!(DraftDate::year(-43).to_edtf(), "-0043");
        assert_eq!(describe(MONDAY), "Monday 13 July 2020");
    }
}
