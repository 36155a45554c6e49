//! The reader's language: interface words and date text.
//!
//! Words live in one JSON file per language under `locales/` (a translator edits them without
//! reading Rust); [`Key`] names each one. A [`Strings`] pack is one such file, read once, with
//! English behind every missing word. Layout, scene and the panels ask for every word and every
//! date through the [`Locale`] trait, so the same texts reach the canvas, the DOM and the SVG.
//! In the browser, `web::intl` adds `Intl` for languages that have no pack of their own.
//!
//! The model never names this module: dates are formatted here, not in `model`.

use std::collections::HashMap;
use std::sync::OnceLock;

use jiff::civil::DateTime;

use crate::model::json::{self, Node, Value};
use crate::model::{CaseDate, Event, Precision};

/// Every interface word, by its key in the `locales/*.json` files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Key {
    KindFiling,
    KindHearing,
    KindRuling,
    KindOrder,
    KindAppeal,
    KindStatement,
    KindOther,
    LegendClosed,
    LegendPartial,
    LegendImprecise,
    LegendApproximate,
    LegendScheduled,
    AccessPartial,
    AccessClosed,
    AccessSealed,
    StatusScheduled,
    StatusPostponed,
    StatusCancelled,
    LaneOther,
    BadgeEvents,
    BadgeMore,
    SourceOne,
    SourceMany,
    SourceLine,
    DetailsLabel,
    DetailsClose,
    RegionLabel,
    RegionFailed,
    ListLabel,
    ButtonZoomIn,
    ButtonZoomOut,
    ButtonReset,
    ButtonResetLabel,
    BannerFatal,
    BannerPartial,
    BannerMore,
    CrashTitle,
    CrashBody,
}

impl Key {
    /// Every key, in the order of `locales/en.json`.
    pub const ALL: &'static [Key] = &[
        Key::KindFiling,
        Key::KindHearing,
        Key::KindRuling,
        Key::KindOrder,
        Key::KindAppeal,
        Key::KindStatement,
        Key::KindOther,
        Key::LegendClosed,
        Key::LegendPartial,
        Key::LegendImprecise,
        Key::LegendApproximate,
        Key::LegendScheduled,
        Key::AccessPartial,
        Key::AccessClosed,
        Key::AccessSealed,
        Key::StatusScheduled,
        Key::StatusPostponed,
        Key::StatusCancelled,
        Key::LaneOther,
        Key::BadgeEvents,
        Key::BadgeMore,
        Key::SourceOne,
        Key::SourceMany,
        Key::SourceLine,
        Key::DetailsLabel,
        Key::DetailsClose,
        Key::RegionLabel,
        Key::RegionFailed,
        Key::ListLabel,
        Key::ButtonZoomIn,
        Key::ButtonZoomOut,
        Key::ButtonReset,
        Key::ButtonResetLabel,
        Key::BannerFatal,
        Key::BannerPartial,
        Key::BannerMore,
        Key::CrashTitle,
        Key::CrashBody,
    ];

    /// The key as written in the JSON files: `"legend.closed"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Key::KindFiling => "kind.filing",
            Key::KindHearing => "kind.hearing",
            Key::KindRuling => "kind.ruling",
            Key::KindOrder => "kind.order",
            Key::KindAppeal => "kind.appeal",
            Key::KindStatement => "kind.statement",
            Key::KindOther => "kind.other",
            Key::LegendClosed => "legend.closed",
            Key::LegendPartial => "legend.partial",
            Key::LegendImprecise => "legend.imprecise",
            Key::LegendApproximate => "legend.approximate",
            Key::LegendScheduled => "legend.scheduled",
            Key::AccessPartial => "access.partial",
            Key::AccessClosed => "access.closed",
            Key::AccessSealed => "access.sealed",
            Key::StatusScheduled => "status.scheduled",
            Key::StatusPostponed => "status.postponed",
            Key::StatusCancelled => "status.cancelled",
            Key::LaneOther => "lane.other",
            Key::BadgeEvents => "badge.events",
            Key::BadgeMore => "badge.more",
            Key::SourceOne => "source.one",
            Key::SourceMany => "source.many",
            Key::SourceLine => "source.line",
            Key::DetailsLabel => "details.label",
            Key::DetailsClose => "details.close",
            Key::RegionLabel => "region.label",
            Key::RegionFailed => "region.failed",
            Key::ListLabel => "list.label",
            Key::ButtonZoomIn => "button.zoom_in",
            Key::ButtonZoomOut => "button.zoom_out",
            Key::ButtonReset => "button.reset",
            Key::ButtonResetLabel => "button.reset_label",
            Key::BannerFatal => "banner.fatal",
            Key::BannerPartial => "banner.partial",
            Key::BannerMore => "banner.more",
            Key::CrashTitle => "crash.title",
            Key::CrashBody => "crash.body",
        }
    }
}

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category's CLDR name: `"one"`, `"few"`…
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    fn parse(name: &str) -> Option<Plural> {
        Some(match name {
            "zero" => Plural::Zero,
            "one" => Plural::One,
            "two" => Plural::Two,
            "few" => Plural::Few,
            "many" => Plural::Many,
            "other" => Plural::Other,
            _ => return None,
        })
    }

    /// The category of the whole number `n` in language `tag` (CLDR's cardinal rules for whole
    /// numbers), for the languages that ship a pack; `Other` except for `1` elsewhere.
    pub fn of(tag: &str, n: u64) -> Plural {
        let (n10, n100) = (n % 10, n % 100);
        match primary(tag).as_str() {
            "fr" | "pt" => {
                if n <= 1 {
                    Plural::One
                } else if n != 0 && n % 1_000_000 == 0 {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
            "ru" | "uk" => {
                if n10 == 1 && n100 != 11 {
                    Plural::One
                } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
                    Plural::Few
                } else {
                    Plural::Many
                }
            }
            "he" | "iw" => match n {
                1 => Plural::One,
                2 => Plural::Two,
                _ => Plural::Other,
            },
            "ar" => match n {
                0 => Plural::Zero,
                1 => Plural::One,
                2 => Plural::Two,
                _ if (3..=10).contains(&n100) => Plural::Few,
                _ if (11..=99).contains(&n100) => Plural::Many,
                _ => Plural::Other,
            },
            "es" | "it" => {
                if n == 1 {
                    Plural::One
                } else if n != 0 && n % 1_000_000 == 0 {
                    Plural::Many
                } else {
                    Plural::Other
                }
            }
            _ if n == 1 => Plural::One,
            _ => Plural::Other,
        }
    }
}

/// The primary language subtag, lowercased: `"he"` for `"he-IL"`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// True for languages written right to left (Hebrew, Arabic, Persian, Urdu, Yiddish, …),
/// whatever the region or script subtags.
pub fn is_rtl(tag: &str) -> bool {
    matches!(primary(tag).as_str(), "he" | "iw" | "ar" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "ckb" | "dv")
}

/// One word: plain, or one form per plural category.
#[derive(Clone, Debug, PartialEq)]
enum Word {
    Plain(String),
    Plural(Vec<(Plural, String)>),
}

/// How dates are written in a language (patterns with `{year}`, `{month}`, `{day}`, `{hour}`,
/// `{minute}`, `{date}`, `{from}`, `{to}`).
#[derive(Clone, Debug, PartialEq)]
struct DateWords {
    /// Month names as used with a day ("13 июля").
    months: [String; 12],
    /// Month names on their own, with a year only ("июль 2020").
    months_standalone: [String; 12],
    months_short: [String; 12],
    year: String,
    month: String,
    day: String,
    minute: String,
    bce: String,
    approximate: String,
    uncertain: String,
    range: String,
    /// The ten digits, when the language writes others than 0–9.
    digits: Option<[char; 10]>,
}

/// One language's words, read from its `locales/<tag>.json`. Missing words fall back to English
/// one by one ([`Strings::text`]); a pack without dates uses English dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Strings {
    tag: String,
    rtl: bool,
    quotes: (String, String),
    words: HashMap<String, Word>,
    dates: Option<DateWords>,
}

/// The English pack, compiled in.
const ENGLISH_JSON: &str = include_str!("../locales/en.json");

/// The English words (every key is there: a test checks it).
pub fn english() -> &'static Strings {
    static PACK: OnceLock<Strings> = OnceLock::new();
    PACK.get_or_init(|| {
        Strings::parse(ENGLISH_JSON).unwrap_or_else(|_| Strings {
            tag: "en".to_string(),
            rtl: false,
            quotes: ("“".to_string(), "”".to_string()),
            words: HashMap::new(),
            dates: None,
        })
    })
}

/// Fills `{name}` placeholders in `template`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        match after.find('}') {
            Some(close) => {
                let name = after.get(..close).unwrap_or_default();
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = after.get(close + 1..).unwrap_or_default();
            }
            None => {
                out.push_str(rest.get(open..).unwrap_or_default());
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn months(node: Option<&Node>) -> Option<[String; 12]> {
    let Some(Value::Array(items)) = node.map(|n| &n.value) else { return None };
    let names: Vec<String> = items.iter().filter_map(|n| n.as_str().map(str::to_string)).collect();
    names.try_into().ok()
}

impl Strings {
    /// Reads a pack from its JSON text (the format of `locales/en.json`).
    ///
    /// # Errors
    /// A sentence naming what is wrong: not JSON, no `language`, a word that is neither text
    /// nor an object of plural forms.
    pub fn parse(text: &str) -> Result<Strings, String> {
        let root = json::parse(text).map_err(|p| p.to_string())?.root;
        Strings::from_node(&root)
    }

    /// [`Strings::parse`] for an already parsed tree (a JS object in the browser).
    ///
    /// # Errors
    /// As [`Strings::parse`].
    pub fn from_node(root: &Node) -> Result<Strings, String> {
        let tag = root.get("language").and_then(Node::as_str).ok_or("the pack has no \"language\"")?.to_string();
        let rtl = match root.get("direction").and_then(Node::as_str) {
            Some("rtl") => true,
            Some("ltr") => false,
            _ => is_rtl(&tag),
        };
        let quotes = match root.get("quotes").map(|n| &n.value) {
            Some(Value::Array(q)) => match (q.first().and_then(Node::as_str), q.get(1).and_then(Node::as_str)) {
                (Some(a), Some(b)) => (a.to_string(), b.to_string()),
                _ => ("\"".to_string(), "\"".to_string()),
            },
            _ => ("\"".to_string(), "\"".to_string()),
        };
        let mut words = HashMap::new();
        if let Some(Value::Object(members)) = root.get("strings").map(|n| &n.value) {
            for (key, value) in members {
                let word = match &value.value {
                    Value::String(s) => Word::Plain(s.clone()),
                    Value::Object(forms) => Word::Plural(
                        forms.iter().filter_map(|(k, v)| Some((Plural::parse(k)?, v.as_str()?.to_string()))).collect(),
                    ),
                    _ => return Err(format!("strings.{key}: expected text or an object of plural forms")),
                };
                words.insert(key.clone(), word);
            }
        }
        let dates = root.get("dates").and_then(|d| {
            let months_long = months(root.get("months"))?;
            let text = |k: &str| d.get(k).and_then(Node::as_str).map(str::to_string);
            let digits: Option<[char; 10]> = root
                .get("digits")
                .and_then(Node::as_str)
                .and_then(|s| s.chars().collect::<Vec<char>>().try_into().ok());
            Some(DateWords {
                months_standalone: months(root.get("months_standalone")).unwrap_or_else(|| months_long.clone()),
                months_short: months(root.get("months_short")).unwrap_or_else(|| months_long.clone()),
                months: months_long,
                year: text("year").unwrap_or_else(|| "{year}".to_string()),
                month: text("month")?,
                day: text("day")?,
                minute: text("minute").unwrap_or_else(|| "{date}, {hour}:{minute}".to_string()),
                bce: text("bce").unwrap_or_else(|| "-{year}".to_string()),
                approximate: text("approximate").unwrap_or_else(|| "~{date}".to_string()),
                uncertain: text("uncertain").unwrap_or_else(|| "{date} (?)".to_string()),
                range: text("range").unwrap_or_else(|| "{from} – {to}".to_string()),
                digits,
            })
        });
        Ok(Strings { tag, rtl, quotes, words, dates })
    }

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

    /// The keys this pack defines (for the coverage test and the editor).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.words.keys().map(String::as_str)
    }

    /// The opening and closing quotation marks around a quote.
    pub fn quote_marks(&self) -> (&str, &str) {
        (&self.quotes.0, &self.quotes.1)
    }

    fn word(&self, key: Key) -> Option<&Word> {
        self.words.get(key.as_str())
    }

    /// The word for `key`, in this language or else in English (never empty for a known key).
    pub fn text(&self, key: Key) -> &str {
        fn plain(w: &Word) -> Option<&str> {
            match w {
                Word::Plain(s) => Some(s.as_str()),
                Word::Plural(forms) => forms.iter().find(|(c, _)| *c == Plural::Other).map(|(_, s)| s.as_str()),
            }
        }
        self.word(key).and_then(plain).or_else(|| english().word(key).and_then(plain)).unwrap_or(key.as_str())
    }

    /// The form of `key` for the count `n` in category `category`, with `{n}` filled in; the
    /// "other" form when the category is missing, English when the word is.
    pub fn count_in(&self, key: Key, n: u64, category: Plural) -> String {
        let form = |w: &Word, category: Plural| match w {
            Word::Plain(s) => Some(s.clone()),
            Word::Plural(forms) => forms
                .iter()
                .find(|(c, _)| *c == category)
                .or_else(|| forms.iter().find(|(c, _)| *c == Plural::Other))
                .map(|(_, s)| s.clone()),
        };
        let template = match self.word(key) {
            Some(w) => form(w, category),
            None => english().word(key).and_then(|w| form(w, Plural::of("en", n))),
        };
        fill(&template.unwrap_or_else(|| key.as_str().to_string()), &[("n", &self.number(n))])
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

    fn date_words(&self) -> &DateWords {
        match (&self.dates, &english().dates) {
            (Some(d), _) | (None, Some(d)) => d,
            (None, None) => fallback_dates(),
        }
    }

    /// A date at its precision: "2019", "May 2019", "July 13, 2020", "July 13, 2020, 09:30".
    pub fn date(&self, dt: DateTime, precision: Precision) -> String {
        let (words, owner) = match &self.dates {
            Some(d) => (d, self),
            None => (self.date_words(), english()),
        };
        let d = dt.date();
        let year = if d.year() < 1 {
            fill(&words.bce, &[("year", &owner.number(u64::from((1 - i32::from(d.year())).unsigned_abs())))])
        } else {
            owner.number(u64::from(d.year().unsigned_abs()))
        };
        let month_index = usize::try_from(d.month() - 1).unwrap_or(0);
        let long = words.months.get(month_index).map_or("", String::as_str);
        let standalone = words.months_standalone.get(month_index).map_or("", String::as_str);
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
        match precision {
            Precision::Year => fill(&words.year, &[("year", &year)]),
            Precision::Month => fill(&words.month, &[("month", standalone), ("year", &year)]),
            Precision::Day => fill(&words.day, &[("month", long), ("day", &day), ("year", &year)]),
            Precision::Minute => {
                let date = fill(&words.day, &[("month", long), ("day", &day), ("year", &year)]);
                fill(
                    &words.minute,
                    &[
                        ("date", &date),
                        ("month", long),
                        ("day", &day),
                        ("year", &year),
                        ("hour", &two(dt.hour())),
                        ("minute", &two(dt.minute())),
                    ],
                )
            }
        }
    }

    /// A short month name for axis ticks: "Jul".
    pub fn month_short(&self, month: i8) -> String {
        let words = self.date_words();
        usize::try_from(month - 1).ok().and_then(|i| words.months_short.get(i)).cloned().unwrap_or_default()
    }

    /// Marks an approximate date ("c. 2019" in English).
    pub fn approximate(&self, text: &str) -> String {
        fill(&self.date_words().approximate, &[("date", text)])
    }

    /// Marks an uncertain date ("2019 (?)").
    pub fn uncertain(&self, text: &str) -> String {
        fill(&self.date_words().uncertain, &[("date", text)])
    }

    /// Two dates as a span: "May 2019 – July 2020".
    pub fn range(&self, from: &str, to: &str) -> String {
        fill(&self.date_words().range, &[("from", from), ("to", to)])
    }
}

fn fallback_dates() -> &'static DateWords {
    static WORDS: OnceLock<DateWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let names: [String; 12] = std::array::from_fn(|i| (i + 1).to_string());
        DateWords {
            months: names.clone(),
            months_standalone: names.clone(),
            months_short: names,
            year: "{year}".to_string(),
            month: "{year}-{month}".to_string(),
            day: "{year}-{month}-{day}".to_string(),
            minute: "{date} {hour}:{minute}".to_string(),
            bce: "-{year}".to_string(),
            approximate: "~{date}".to_string(),
            uncertain: "{date} (?)".to_string(),
            range: "{from} – {to}".to_string(),
            digits: None,
        }
    })
}

/// What layout, scene and the panels need to know about the reader's language. Every method but
/// [`Locale::strings`] has a default through the pack; the browser overrides dates and plurals
/// with `Intl` where the pack has none.
pub trait Locale {
    /// The words of the language (English behind every missing one).
    fn strings(&self) -> &Strings;

    /// A date at its precision.
    fn date(&self, dt: DateTime, precision: Precision) -> String {
        self.strings().date(dt, precision)
    }

    /// A short month name for axis ticks.
    fn month_short(&self, month: i8) -> String {
        self.strings().month_short(month)
    }

    /// The plural category of `n`.
    fn plural(&self, n: u64) -> Plural {
        Plural::of(self.strings().tag(), n)
    }

    /// The word for `key`.
    fn text(&self, key: Key) -> &str {
        self.strings().text(key)
    }

    /// The word for `key` with placeholders filled: `("title", "…")`.
    fn fill(&self, key: Key, values: &[(&str, &str)]) -> String {
        fill(self.text(key), values)
    }

    /// The plural form of `key` for `n`, with `{n}` filled in.
    fn count(&self, key: Key, n: usize) -> String {
        let n = u64::try_from(n).unwrap_or(u64::MAX);
        self.strings().count_in(key, n, self.plural(n))
    }

    /// True when the interface runs right to left.
    fn is_rtl(&self) -> bool {
        self.strings().is_rtl()
    }
}

impl Locale for Strings {
    fn strings(&self) -> &Strings {
        self
    }
}

/// English, compiled in: what the CLI and the SVG use unless told otherwise.
#[derive(Clone, Copy, Debug, Default)]
pub struct English;

impl Locale for English {
    fn strings(&self) -> &Strings {
        english()
    }
}

/// A date for readers, at its own precision, with its qualifiers marked: "c. 2019 (?)".
pub fn date_text(date: &CaseDate, locale: &dyn Locale) -> String {
    let mut text = locale.date(date.start, date.precision);
    if date.approximate {
        text = locale.strings().approximate(&text);
    }
    if date.uncertain {
        text = locale.strings().uncertain(&text);
    }
    text
}

/// An event's date for readers: the exact date (or span), then the source's own words when they
/// add something ("July 13, 2020 (Monday)"; not "January 2020 (In January)").
pub fn event_date_text(event: &Event, locale: &dyn Locale) -> String {
    let mut text = date_text(&event.date, locale);
    if let Some(end) = &event.end {
        text = locale.strings().range(&text, &date_text(end, locale));
    }
    if let Some(words) = &event.display_date {
        if !repeats(words, &text) {
            text.push_str(" (");
            text.push_str(words);
            text.push(')');
        }
    }
    text
}

/// True when every word of `words` (letters and digits, ignoring case and "in"/"on"-like
/// particles of up to two letters) already appears in `text`: "In January" adds nothing to
/// "January 2020".
fn repeats(words: &str, text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut any = false;
    for word in words.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if word.chars().count() <= 2 && !word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        any = true;
        if !lower.contains(&word.to_lowercase()) {
            return false;
        }
    }
    any
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
        assert_eq!(English.date(dt, Precision::Day), "July 13, 2020");
        assert_eq!(English.date(dt, Precision::Minute), "July 13, 2020, 09:30");
        assert_eq!(English.month_short(1), "Jan");
        assert_eq!(English.strings().approximate("2019"), "c. 2019");
        assert_eq!(English.date(datetime(-43, 3, 15, 0, 0, 0, 0), Precision::Year), "44 BCE");
    }

    #[test]
    fn qualified_dates_are_marked() {
        let d = CaseDate::parse("2020-07-13?~").unwrap();
        assert_eq!(date_text(&d, &English), "c. July 13, 2020 (?)");
        assert_eq!(date_text(&CaseDate::parse("-0043").unwrap(), &English), "44 BCE");
        assert_eq!(date_text(&CaseDate::parse("2019-05").unwrap(), &English), "May 2019");
    }

    #[test]
    fn the_english_pack_has_every_key_and_no_other() {
        let pack = english();
        for key in Key::ALL {
            assert!(pack.keys().any(|k| k == key.as_str()), "locales/en.json lacks {}", key.as_str());
        }
        for k in pack.keys() {
            assert!(Key::ALL.iter().any(|key| key.as_str() == k), "locales/en.json has an unused key {k}");
        }
        assert!(pack.has_dates());
    }

    #[test]
    fn counts_take_the_plural_form_of_their_language() {
        assert_eq!(English.count(Key::BadgeEvents, 1), "1 event");
        assert_eq!(English.count(Key::BadgeEvents, 3), "3 events");
        assert_eq!(Plural::of("ru", 21), Plural::One);
        assert_eq!(Plural::of("ru", 12), Plural::Many);
        assert_eq!(Plural::of("ru", 23), Plural::Few);
        assert_eq!(Plural::of("he", 2), Plural::Two);
        assert_eq!(Plural::of("ar", 105), Plural::Few);
        assert_eq!(Plural::of("fr", 0), Plural::One);
    }

    #[test]
    fn right_to_left_is_decided_by_the_primary_language() {
        for tag in ["he", "he-IL", "iw", "ar", "ar-EG", "fa", "ur", "yi", "HE"] {
            assert!(is_rtl(tag), "{tag}");
        }
        for tag in ["en", "de-CH", "hel", "", "arn"] {
            assert!(!is_rtl(tag), "{tag}");
        }
    }

    #[test]
    fn display_dates_that_repeat_the_date_are_not_shown_twice() {
        assert!(repeats("In January", "January 2020"));
        assert!(!repeats("Monday", "July 13, 2020"));
        assert!(!repeats("early 2020", "2020"));
        assert!(repeats("2020", "2020"));
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_kept() {
        assert_eq!(fill("{a} and {b} {c", &[("a", "1"), ("b", "2")]), "1 and 2 {c");
        assert_eq!(English.fill(Key::DetailsLabel, &[("title", "Ruling")]), "Details: Ruling");
    }

    #[test]
    fn a_pack_without_a_word_falls_back_to_english() {
        let pack = Strings::parse(r#"{"language": "xx", "strings": {"lane.other": "Andere"}}"#).unwrap();
        assert_eq!(pack.text(Key::LaneOther), "Andere");
        assert_eq!(pack.text(Key::KindFiling), "Filing");
        assert_eq!(pack.date(datetime(2020, 7, 13, 0, 0, 0, 0), Precision::Day), "July 13, 2020");
    }
}
