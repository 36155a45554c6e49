//! Date text in the case's language. Natively English; in the browser `Intl.DateTimeFormat`
//! (see `web::intl`). Layout asks for every date text through this trait.

use jiff::civil::DateTime;

use crate::model::date::month_name;
use crate::model::Precision;

/// Formats civil dates for readers.
pub trait Locale {
    /// A date at its precision: "2019", "May 2019", "13 July 2020", "13 July 2020, 09:30".
    fn date(&self, dt: DateTime, precision: Precision) -> String;
    /// A short month name for axis ticks: "Jul".
    fn month_short(&self, month: i8) -> String;
    /// Marks an approximate date ("c. 2019" in English).
    fn approximate(&self, text: &str) -> String {
        format!("~{text}")
    }
    /// Marks an uncertain date ("2019 (?)").
    fn uncertain(&self, text: &str) -> String {
        format!("{text} (?)")
    }
}

/// British-style English: "13 July 2020". Years before 1 CE as "44 BCE".
#[derive(Clone, Copy, Debug, Default)]
pub struct English;

impl Locale for English {
    fn date(&self, dt: DateTime, precision: Precision) -> String {
        let d = dt.date();
        let year = if d.year() < 1 { format!("{} BCE", 1 - i32::from(d.year())) } else { d.year().to_string() };
        match precision {
            Precision::Year => year,
            Precision::Month => format!("{} {year}", month_name(d.month())),
            Precision::Day => format!("{} {} {year}", d.day(), month_name(d.month())),
            Precision::Minute => {
                format!("{} {} {year}, {:02}:{:02}", d.day(), month_name(d.month()), dt.hour(), dt.minute())
            }
        }
    }

    fn month_short(&self, month: i8) -> String {
        month_name(month).chars().take(3).collect()
    }

    fn approximate(&self, text: &str) -> String {
        format!("c. {text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::datetime;

    #[test]
    fn english_dates_follow_precision() {
        let dt = datetime(2020, 7, 13, 9, 30, 0, 0);
        assert_eq!(English.date(dt, Precision::Year), "2020");
        assert_eq!(English.date(dt, Precision::Month), "July 2020");
        assert_eq!(English.date(dt, Precision::Day), "13 July 2020");
        assert_eq!(English.date(dt, Precision::Minute), "13 July 2020, 09:30");
        assert_eq!(English.month_short(1), "Jan");
        assert_eq!(English.approximate("2019"), "c. 2019");
    }
}
