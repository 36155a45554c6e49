//! A language's words: one `locales/<tag>.json` file, compiled in by `build.rs` (see
//! [`PACKS`]) or, in the browser, handed over by the page. Missing words fall back to English one
//! by one; a pack without dates writes English dates.

use std::borrow::Cow;

use jiff::civil::DateTime;

use super::{fill, Plural};
use crate::model::Precision;

/// A piece of text, compiled in or handed over at run time.
pub type Text = Cow<'static, str>;

/// One word: plain, or one form per plural category.
#[derive(Clone, Debug, PartialEq)]
pub enum Word {
    /// The same in every count.
    Plain(Text),
    /// Per plural category; "other" is always there.
    Plural(Cow<'static, [(Plural, Text)]>),
}

/// How dates are written in a language: month names, and patterns with `{year}`, `{month}`,
/// `{day}`, `{hour}`, `{minute}`, `{date}`, `{from}`, `{to}`.
#[derive(Clone, Debug, PartialEq)]
pub struct DateWords {
    /// Month names as used with a day ("13 июля").
    pub months: [Text; 12],
    /// Month names on their own, with a year only ("июль 2020").
    pub months_standalone: [Text; 12],
    /// Short names for axis ticks ("Jul").
    pub months_short: [Text; 12],
    /// A year: "{year}".
    pub year: Text,
    /// A month: "{month} {year}".
    pub month: Text,
    /// A day: "{month} {day}, {year}".
    pub day: Text,
    /// A time: "{date}, {hour}:{minute}".
    pub minute: Text,
    /// A year before 1 CE: "{year} BCE".
    pub bce: Text,
    /// An approximate date: "c. {date}".
    pub approximate: Text,
    /// An uncertain date: "{date} (?)".
    pub uncertain: Text,
    /// A span: "{from} – {to}".
    pub range: Text,
    /// The ten digits, when the language writes others than 0–9.
    pub digits: Option<[char; 10]>,
}

/// One language's words (see the module docs).
#[derive(Clone, Debug, PartialEq)]
pub struct Strings {
    /// The pack's language tag.
    pub tag: Text,
    /// The language's own name ("Deutsch").
    pub name: Text,
    /// Written right to left.
    pub rtl: bool,
    /// Quotation marks around a quote.
    pub quotes: (Text, Text),
    /// Indexed like [`Key::ALL`].
    pub words: Cow<'static, [Option<Word>]>,
    /// How dates are written, when the pack says.
    pub dates: Option<DateWords>,
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The English words, compiled in (every key is there: a test checks it).
pub fn english() -> &'static Strings {
    match PACKS.first() {
        Some(p) => p,
        None => &FALLBACK,
    }
}

/// What English would be if the generated table were empty (it never is).
static FALLBACK: Strings = Strings {
    tag: Cow::Borrowed("en"),
    name: Cow::Borrowed("English"),
    rtl: false,
    quotes: (Cow::Borrowed("\""), Cow::Borrowed("\"")),
    words: Cow::Borrowed(&[]),
    dates: None,
};

/// The compiled-in pack for `tag` (exact, then its primary language), if there is one.
pub fn compiled(tag: &str) -> Option<&'static Strings> {
    let primary = super::primary(tag);
    PACKS
        .iter()
        .find(|p| p.tag.eq_ignore_ascii_case(tag))
        .or_else(|| PACKS.iter().find(|p| p.tag.eq_ignore_ascii_case(&primary)))
}

fn key_index(key: Key) -> usize {
    Key::ALL.iter().position(|k| *k == key).unwrap_or(usize::MAX)
}

impl Strings {
    /// The pack's language tag.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    /// True when the language is written right to left.
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// True when the pack writes dates itself (else English dates are used).
    pub fn has_dates(&self) -> bool {
        self.dates.is_some()
    }

    /// True when the pack has its own word for `key`.
    pub fn has(&self, key: Key) -> bool {
        self.word(key).is_some()
    }

    /// The opening and closing quotation marks around a quote.
    pub fn quote_marks(&self) -> (&str, &str) {
        (&self.quotes.0, &self.quotes.1)
    }

    /// The pack's own word for `key`; an empty one counts as missing (never a blank label).
    fn word(&self, key: Key) -> Option<&Word> {
        self.words.get(key_index(key)).and_then(Option::as_ref).filter(|w| match w {
            Word::Plain(s) => !s.trim().is_empty(),
            Word::Plural(forms) => forms.iter().all(|(_, s)| !s.trim().is_empty()),
        })
    }

    /// The word for `key`, in this language or else in English (never empty for a known key).
    pub fn text(&self, key: Key) -> &str {
        fn plain(w: &Word) -> Option<&str> {
            match w {
                Word::Plain(s) => Some(s),
                Word::Plural(forms) => forms.iter().find(|(c, _)| *c == Plural::Other).map(|(_, s)| &**s),
            }
        }
        self.word(key).and_then(plain).or_else(|| english().word(key).and_then(plain)).unwrap_or(key.as_str())
    }

    /// The form of `key` for the count `n` in `category`, with `{n}` filled in; the "other" form
    /// when the category is missing, English when the word is.
    pub fn count_in(&self, key: Key, n: u64, category: Plural) -> String {
        let form = |w: &Word, category: Plural| -> Option<String> {
            match w {
                Word::Plain(s) => Some(s.to_string()),
                Word::Plural(forms) => forms
                    .iter()
                    .find(|(c, _)| *c == category)
                    .or_else(|| forms.iter().find(|(c, _)| *c == Plural::Other))
                    .map(|(_, s)| s.to_string()),
            }
        };
        let (template, digits) = match self.word(key) {
            Some(w) => (form(w, category), self),
            None => (english().word(key).and_then(|w| form(w, Plural::of("en", n))), english()),
        };
        fill(&template.unwrap_or_else(|| key.as_str().to_string()), &[("n", &digits.number(n))])
    }

    /// `n` in this language's digits.
    pub fn number(&self, n: u64) -> String {
        let plain = n.to_string();
        match self.dates.as_ref().and_then(|d| d.digits) {
            Some(digits) => plain
                .chars()
                .map(|c| c.to_digit(10).and_then(|d| digits.get(d as usize).copied()).unwrap_or(c))
                .collect(),
            None => plain,
        }
    }

    /// This pack's dates, or English's.
    fn date_words(&self) -> (&DateWords, &Strings) {
        match (&self.dates, &english().dates) {
            (Some(d), _) => (d, self),
            (None, Some(d)) => (d, english()),
            (None, None) => (&ISO, english()),
        }
    }

    /// A date at its precision: "2019", "May 2019", "July 13, 2020", "July 13, 2020, 09:30".
    pub fn date(&self, dt: DateTime, precision: Precision) -> String {
        let (words, owner) = self.date_words();
        let d = dt.date();
        let year = if d.year() < 1 {
            fill(&words.bce, &[("year", &owner.number(u64::from((1 - i32::from(d.year())).unsigned_abs())))])
        } else {
            owner.number(u64::from(d.year().unsigned_abs()))
        };
        let month_index = usize::try_from(d.month() - 1).unwrap_or(0);
        let long = words.months.get(month_index).map_or("", |m| &**m);
        let standalone = words.months_standalone.get(month_index).map_or("", |m| &**m);
        let day = owner.number(u64::from(d.day().unsigned_abs()));
        let two = |v: i8| {
            let v = u64::from(v.unsigned_abs());
            let text = owner.number(v);
            if v < 10 {
                format!("{}{text}", owner.number(0))
            } else {
                text
            }
        };
        let date = fill(&words.day, &[("month", long), ("day", &day), ("year", &year)]);
        match precision {
            Precision::Year => fill(&words.year, &[("year", &year)]),
            Precision::Month => fill(&words.month, &[("month", standalone), ("year", &year)]),
            Precision::Day => date,
            Precision::Minute => fill(
                &words.minute,
                &[
                    ("date", &date),
                    ("month", long),
                    ("day", &day),
                    ("year", &year),
                    ("hour", &two(dt.hour())),
                    ("minute", &two(dt.minute())),
                ],
            ),
        }
    }

    /// A short month name for axis ticks: "Jul".
    pub fn month_short(&self, month: i8) -> String {
        let (words, _) = self.date_words();
        usize::try_from(month - 1)
            .ok()
            .and_then(|i| words.months_short.get(i))
            .map(|m| m.to_string())
            .unwrap_or_default()
    }

    /// Marks an approximate date ("c. 2019" in English).
    pub fn approximate(&self, text: &str) -> String {
        fill(&self.date_words().0.approximate, &[("date", text)])
    }

    /// Marks an uncertain date ("2019 (?)").
    pub fn uncertain(&self, text: &str) -> String {
        fill(&self.date_words().0.uncertain, &[("date", text)])
    }

    /// Two dates as a span: "May 2019 – July 2020".
    pub fn range(&self, from: &str, to: &str) -> String {
        fill(&self.date_words().0.range, &[("from", from), ("to", to)])
    }
}

/// ISO-like dates, for a build whose English pack has none (it always has).
static ISO: DateWords = DateWords {
    months: month_numbers(),
    months_standalone: month_numbers(),
    months_short: month_numbers(),
    year: Cow::Borrowed("{year}"),
    month: Cow::Borrowed("{year}-{month}"),
    day: Cow::Borrowed("{year}-{month}-{day}"),
    minute: Cow::Borrowed("{date} {hour}:{minute}"),
    bce: Cow::Borrowed("-{year}"),
    approximate: Cow::Borrowed("~{date}"),
    uncertain: Cow::Borrowed("{date} (?)"),
    range: Cow::Borrowed("{from} – {to}"),
    digits: None,
};

const fn month_numbers() -> [Text; 12] {
    [
        Cow::Borrowed("01"),
        Cow::Borrowed("02"),
        Cow::Borrowed("03"),
        Cow::Borrowed("04"),
        Cow::Borrowed("05"),
        Cow::Borrowed("06"),
        Cow::Borrowed("07"),
        Cow::Borrowed("08"),
        Cow::Borrowed("09"),
        Cow::Borrowed("10"),
        Cow::Borrowed("11"),
        Cow::Borrowed("12"),
    ]
}
