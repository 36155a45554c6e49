//! The reader's language: interface words and date text.
//!
//! Words live in one JSON file per language under `locales/` (a translator edits them without
//! reading Rust; `build.rs` compiles them in); [`Key`] names each one. A [`Strings`] pack is one
//! such file, with English behind every missing word. Layout, scene and the panels ask for every word and every
//! date through the [`Locale`] trait, so the same texts reach the canvas, the DOM and the SVG.
//! In the browser, `web::intl` adds `Intl` for languages that have no pack of their own.
//!
//! The model never names this module: dates are formatted here, not in `model`.

mod pack;
mod plural;

use jiff::civil::DateTime;

use crate::error::{clip, Problem, ProblemKind};
use crate::model::{valid_language_tag, CaseDate, Event, Precision};
pub use pack::{compiled, english, DateWords, Key, Strings, Text, Word, PACKS};
pub use plural::Plural;

/// The primary language subtag, lowercased: `"he"` for `"he-IL"`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// True for languages written right to left (Hebrew, Arabic, Persian, Urdu, Yiddish, …),
/// whatever the region or script subtags.
pub fn is_rtl(tag: &str) -> bool {
    matches!(primary(tag).as_str(), "he" | "iw" | "ar" | "fa" | "ur" | "yi" | "ps" | "sd" | "ug" | "ckb" | "dv")
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

/// The language a timeline is shown in: the `locale` option (of `mount`, the element or the
/// CLI) when it is a language tag that `known` accepts, else the case's `locale` when `known`
/// accepts it, else English. Each tag passed over is reported as a warning at path `locale`
/// (the case's own malformed tag is the validator's error already, and arrives here as "en").
/// `known` says whether the language can be shown: a pack compiled in or registered, or, in the
/// browser, `Intl`.
pub fn resolve(option: Option<&str>, case: Option<&str>, known: &dyn Fn(&str) -> bool) -> (String, Vec<Problem>) {
    let mut problems = Vec::new();
    let case = case.map(str::trim).filter(|c| !c.is_empty());
    let case_ok = case.filter(|c| valid_language_tag(c) && known(c));
    let fallback = match case_ok {
        Some(c) if c != "en" => format!("the case's language (\"{c}\")"),
        _ => "English".to_string(),
    };
    let warn = |problems: &mut Vec<Problem>, message: String| {
        problems.push(Problem::warning(ProblemKind::Invalid, "locale", None, message));
    };
    if let Some(option) = option.map(str::trim).filter(|o| !o.is_empty()) {
        if !valid_language_tag(option) {
            let message = format!(
                "the locale option \"{}\" is not a language tag such as \"en\", \"he\" or \"de-CH\"; the timeline is shown in {fallback}",
                clip(option)
            );
            warn(&mut problems, message);
        } else if !known(option) {
            let message = format!(
                "the locale option \"{}\" is not a language the timeline can show; it is shown in {fallback}",
                clip(option)
            );
            warn(&mut problems, message);
        } else {
            return (option.to_string(), problems);
        }
    }
    match (case, case_ok) {
        (_, Some(c)) => (c.to_string(), problems),
        (Some(c), None) => {
            if valid_language_tag(c) {
                let message =
                    format!("\"{}\" is not a language the timeline can show; it is shown in English", clip(c));
                warn(&mut problems, message);
            }
            ("en".to_string(), problems)
        }
        (None, None) => ("en".to_string(), problems),
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

/// A letter or digit of a word, near enough for [`repeats`]: ASCII letters and digits, and any
/// other character but spaces and punctuation (Unicode's letter tables are not in the reader).
fn wordy(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && !c.is_whitespace()
            && !matches!(c, '\u{00A1}'..='\u{00BF}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{05BE}' | '\u{05C0}' | '\u{05C3}' | '\u{05F3}' | '\u{05F4}' | '\u{060C}' | '\u{061B}' | '\u{061F}' | '\u{066A}'..='\u{066D}' | '\u{06D4}'))
}

/// True when every word of `words` (letters and digits, ignoring case and "in"/"on"-like
/// particles of up to two letters) already appears in `text`: "In January" adds nothing to
/// "January 2020".
fn repeats(words: &str, text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let mut any = false;
    for word in words.split(|c: char| !wordy(c)).filter(|w| !w.is_empty()) {
        if word.chars().count() <= 2 && !word.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        any = true;
        if !crate::text::contains(&lower, &word.to_ascii_lowercase()) {
            return false;
        }
    }
    any
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Severity;
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
    fn every_compiled_pack_has_every_word_and_writes_dates() {
        assert_eq!(english().tag(), "en");
        // The reader's build (no `locales` feature) leaves the JavaScript's `js.*` words out.
        let js_words = cfg!(feature = "locales");
        for pack in PACKS {
            for key in Key::ALL.iter().filter(|k| js_words || !k.as_str().starts_with("js.")) {
                assert!(pack.has(*key), "locales/{}.json lacks {}", pack.tag(), key.as_str());
            }
            assert!(pack.has_dates(), "locales/{}.json has no dates", pack.tag());
        }
    }

    #[test]
    fn a_bad_locale_option_falls_back_to_the_case_then_english_with_a_warning() {
        let known = |t: &str| matches!(primary(t).as_str(), "en" | "he" | "de");
        assert_eq!(resolve(Some("de-CH"), Some("he"), &known), ("de-CH".to_string(), vec![]));
        assert_eq!(resolve(None, Some("he"), &known), ("he".to_string(), vec![]));
        assert_eq!(resolve(Some(" "), None, &known), ("en".to_string(), vec![]));
        let (tag, problems) = resolve(Some("not a tag!"), Some("he"), &known);
        assert_eq!(tag, "he");
        let [p] = problems.as_slice() else { panic!("{problems:?}") };
        assert_eq!((p.severity, p.kind, p.path.as_str()), (Severity::Warning, ProblemKind::Invalid, "locale"));
        assert!(p.message.contains("\"not a tag!\"") && p.message.contains("(\"he\")"), "{}", p.message);
        let (tag, problems) = resolve(Some("xx"), Some("zz"), &known);
        assert_eq!(tag, "en");
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems.iter().all(|p| p.path == "locale" && p.message.ends_with("English")), "{problems:?}");
    }

    /// The `{name}` placeholders of a text.
    fn placeholders(text: &str) -> Vec<String> {
        let mut out: Vec<String> =
            text.split('{').skip(1).filter_map(|s| s.split_once('}')).map(|(n, _)| n.to_string()).collect();
        out.sort();
        out
    }

    #[test]
    fn every_pack_keeps_the_placeholders_of_english() {
        for pack in PACKS {
            for key in Key::ALL {
                let english = placeholders(english().text(*key));
                let forms: Vec<&str> = match pack.words.get(Key::ALL.iter().position(|k| k == key).unwrap()) {
                    Some(Some(Word::Plain(s))) => vec![s],
                    Some(Some(Word::Plural(forms))) => forms.iter().map(|(_, s)| &**s).collect(),
                    _ => vec![],
                };
                for form in &forms {
                    assert!(!form.trim().is_empty(), "locales/{}.json: {} is empty", pack.tag(), key.as_str());
                    let own = placeholders(form);
                    assert!(
                        own.iter().all(|p| english.contains(p)),
                        "locales/{}.json: {} has {own:?}, English {english:?}",
                        pack.tag(),
                        key.as_str()
                    );
                }
                // Only a plural form for a single count may leave the number out ("אירוע אחד").
                let other = placeholders(pack.text(*key));
                assert_eq!(other, english, "locales/{}.json: {} (or its \"other\" form)", pack.tag(), key.as_str());
            }
        }
    }

    #[test]
    fn every_accessible_name_contains_the_visible_label() {
        for pack in PACKS {
            let (visible, name) = (pack.text(Key::ButtonReset), pack.text(Key::ButtonResetLabel));
            assert!(name.contains(visible), "locales/{}.json: \"{name}\" lacks \"{visible}\" (WCAG 2.5.3)", pack.tag());
        }
    }

    #[test]
    fn every_pack_writes_dates_in_its_own_words() {
        let dt = datetime(2020, 7, 3, 9, 5, 0, 0);
        let day = |tag: &str| compiled(tag).map(|p| p.date(dt, Precision::Day));
        if PACKS.len() > 1 {
            // What Chromium's Intl.DateTimeFormat writes for {year, month: "long", day}.
            assert_eq!(day("he").as_deref(), Some("3 ביולי 2020"));
            assert_eq!(day("ar").as_deref(), Some("3 يوليو 2020"));
            assert_eq!(day("de").as_deref(), Some("3. Juli 2020"));
            assert_eq!(day("fr").as_deref(), Some("3 juillet 2020"));
            assert_eq!(day("es").as_deref(), Some("3 de julio de 2020"));
            assert_eq!(day("ru").as_deref(), Some("3 июля 2020 г."));
            let ru = compiled("ru").unwrap();
            assert_eq!(ru.date(dt, Precision::Month), "июль 2020 г.", "the month alone is nominative");
            assert_eq!(compiled("he").unwrap().date(dt, Precision::Month), "יולי 2020");
            assert_eq!(compiled("pt-BR").unwrap().tag(), "pt");
            assert!(
                compiled("he").unwrap().is_rtl()
                    && compiled("ar").unwrap().is_rtl()
                    && !compiled("fr").unwrap().is_rtl()
            );
            assert_eq!(compiled("ru").unwrap().count_in(Key::BadgeEvents, 5, Plural::of("ru", 5)), "5 событий");
            assert_eq!(compiled("ar").unwrap().count_in(Key::BadgeEvents, 2, Plural::of("ar", 2)), "حدثان");
        }
    }

    #[test]
    fn counts_take_the_plural_form_of_their_language() {
        assert_eq!(English.count(Key::BadgeEvents, 1), "1 event");
        assert_eq!(English.count(Key::BadgeEvents, 3), "3 events");
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
        let mut words: Vec<Option<Word>> = vec![None; Key::ALL.len()];
        let other = Key::ALL.iter().position(|k| *k == Key::LaneOther).unwrap();
        words[other] = Some(Word::Plain("Andere".into()));
        let pack = Strings {
            tag: "xx".into(),
            name: "xx".into(),
            rtl: false,
            quotes: ("«".into(), "»".into()),
            words: words.into(),
            dates: None,
        };
        assert_eq!(pack.text(Key::LaneOther), "Andere");
        assert_eq!(pack.text(Key::KindFiling), "Filing");
        assert_eq!(pack.count_in(Key::BadgeEvents, 2, Plural::Other), "2 events");
        assert_eq!(pack.date(datetime(2020, 7, 13, 0, 0, 0, 0), Precision::Day), "July 13, 2020");
    }
}
