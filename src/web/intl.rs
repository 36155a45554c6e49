//! The reader's language in the browser: the words of the language's pack when one is
//! registered (English behind every missing word), dates from the pack, and `Intl` only for a
//! language without a pack of its own — created on first use, never for English.

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use jiff::civil::DateTime;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::locale::{compiled, english, primary, DateWords, Key, Locale, Plural, Strings, Text, Word};
use crate::model::Precision;

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat(locales, options)`; throws a RangeError for a tag it cannot use.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = DateTimeFormat)]
    fn date_time_format(locales: &JsValue, options: &JsValue) -> Result<js_sys::Intl::DateTimeFormat, JsValue>;

    /// `Intl.DateTimeFormat.supportedLocalesOf(locales)`; throws a RangeError for a malformed tag.
    #[wasm_bindgen(catch, js_namespace = ["Intl", "DateTimeFormat"], js_name = supportedLocalesOf)]
    fn supported_locales_of(locales: &JsValue) -> Result<js_sys::Array, JsValue>;
}

thread_local! {
    /// Language packs registered by the page (`registerLocale`); a handful at most.
    static PACKS: RefCell<Vec<Rc<Strings>>> = const { RefCell::new(Vec::new()) };
}

/// Makes `pack` the words for its language (and, without a more specific pack, its region
/// variants: "he" serves "he-IL").
pub fn register(pack: Strings) {
    PACKS.with(|p| {
        let mut packs = p.borrow_mut();
        packs.retain(|old| !old.tag().eq_ignore_ascii_case(pack.tag()));
        packs.push(Rc::new(pack));
    });
}

/// The registered pack for `tag` (exact, then its primary language).
fn registered(tag: &str) -> Option<Rc<Strings>> {
    PACKS.with(|p| {
        let p = p.try_borrow().ok()?;
        let primary = primary(tag);
        p.iter()
            .find(|s| s.tag().eq_ignore_ascii_case(tag))
            .or_else(|| p.iter().find(|s| s.tag().eq_ignore_ascii_case(&primary)))
            .cloned()
    })
}

/// A language's words: a pack compiled into the build (shared, never copied) or one the page
/// registered.
pub enum Pack {
    /// Compiled in (English always is).
    Compiled(&'static Strings),
    /// Handed over by the page (`registerLocale`).
    Registered(Rc<Strings>),
}

impl std::ops::Deref for Pack {
    type Target = Strings;
    fn deref(&self) -> &Strings {
        match self {
            Pack::Compiled(s) => s,
            Pack::Registered(s) => s,
        }
    }
}

/// The pack for `tag`: registered (exact, then its primary language), else compiled in, else
/// English.
pub fn pack_for(tag: &str) -> Pack {
    registered(tag).map_or_else(|| Pack::Compiled(compiled(tag).unwrap_or_else(english)), Pack::Registered)
}

/// True when the timeline can show language `tag`: a pack is registered or compiled in for it,
/// or the browser's `Intl` knows it (then the words are English and the dates the browser's).
pub fn knows(tag: &str) -> bool {
    if registered(tag).is_some() || compiled(tag).is_some() {
        return true;
    }
    let tags = js_sys::Array::of1(&tag.into());
    supported_locales_of(&tags).is_ok_and(|found| found.length() > 0)
}

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text(object: &JsValue, key: &str) -> Option<Text> {
    get(object, key).as_string().map(Text::from)
}

fn months(pack: &JsValue, key: &str) -> Option<[Text; 12]> {
    let list = get(pack, key).dyn_into::<js_sys::Array>().ok()?;
    let names: Vec<Text> = list.iter().filter_map(|v| v.as_string().map(Text::from)).collect();
    names.try_into().ok()
}

/// A pack handed over by the page (a parsed `locales/<tag>.json`), read with property lookups:
/// no JSON parser in the reader's build.
///
/// # Errors
/// A sentence naming what is missing.
pub fn strings_from_js(pack: &JsValue) -> Result<Strings, String> {
    let tag = text(pack, "language").ok_or("the pack has no \"language\"")?;
    let rtl = match text(pack, "direction").as_deref() {
        Some("rtl") => true,
        Some("ltr") => false,
        _ => crate::locale::is_rtl(&tag),
    };
    let quotes = get(pack, "quotes").dyn_into::<js_sys::Array>().ok();
    let quote = |i: u32| quotes.as_ref().and_then(|q| q.get(i).as_string()).map_or(Text::from("\""), Text::from);
    let strings = get(pack, "strings");
    if !strings.is_object() {
        return Err("the pack has no \"strings\" object".to_string());
    }
    let words = Key::ALL
        .iter()
        .map(|key| {
            let value = get(&strings, key.as_str());
            if let Some(s) = value.as_string() {
                // An empty word is a missing one: English shows instead of a blank label.
                return (!s.trim().is_empty()).then(|| Word::Plain(s.into()));
            }
            if !value.is_object() {
                return None;
            }
            let forms: Vec<(Plural, Text)> = ["zero", "one", "two", "few", "many", "other"]
                .iter()
                .filter_map(|c| Some((Plural::parse(c)?, text(&value, c).filter(|t| !t.trim().is_empty())?)))
                .collect();
            forms.iter().any(|(c, _)| *c == Plural::Other).then(|| Word::Plural(forms.into()))
        })
        .collect::<Vec<_>>();
    let dates_object = get(pack, "dates");
    let dates = months(pack, "months").filter(|_| dates_object.is_object()).map(|long| {
        let pattern = |k: &str, default: &'static str| text(&dates_object, k).unwrap_or(Text::Borrowed(default));
        DateWords {
            months_standalone: months(pack, "months_standalone").unwrap_or_else(|| long.clone()),
            months_short: months(pack, "months_short").unwrap_or_else(|| long.clone()),
            months: long,
            year: pattern("year", "{year}"),
            month: pattern("month", "{month} {year}"),
            day: pattern("day", "{day} {month} {year}"),
            minute: pattern("minute", "{date}, {hour}:{minute}"),
            bce: pattern("bce", "-{year}"),
            approximate: pattern("approximate", "~{date}"),
            uncertain: pattern("uncertain", "{date} (?)"),
            range: pattern("range", "{from} – {to}"),
            digits: text(pack, "digits").and_then(|d| d.chars().collect::<Vec<char>>().try_into().ok()),
        }
    });
    Ok(Strings {
        name: text(pack, "name").unwrap_or_else(|| tag.clone()),
        tag,
        rtl,
        quotes: (quote(0), quote(1)),
        words: words.into(),
        dates,
    })
}

/// Formats through the language's pack, or `Intl` for one without; falls back to English when
/// `Intl` refuses the tag.
pub struct IntlLocale {
    tag: String,
    strings: Pack,
    /// The pack writes this language's dates (no `Intl` needed).
    own_dates: bool,
    formats: OnceCell<Option<[js_sys::Intl::DateTimeFormat; 5]>>,
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&o, &"timeZone".into(), &"UTC".into());
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &(*k).into(), &(*v).into());
    }
    o.into()
}

impl IntlLocale {
    /// The reader's language `tag` (BCP 47).
    pub fn new(tag: &str) -> IntlLocale {
        let strings = pack_for(tag);
        let own_dates = strings.has_dates() && primary(strings.tag()) == primary(tag);
        IntlLocale { tag: tag.to_string(), strings, own_dates, formats: OnceCell::new() }
    }

    /// The language tag asked for.
    pub fn tag(&self) -> &str {
        &self.tag
    }

    fn formats(&self) -> Option<&[js_sys::Intl::DateTimeFormat; 5]> {
        self.formats
            .get_or_init(|| {
                let tags = js_sys::Array::of1(&self.tag.as_str().into());
                let make = |pairs: &[(&str, &str)]| date_time_format(&tags, &options(pairs)).ok();
                Some([
                    make(&[("year", "numeric")])?,
                    make(&[("year", "numeric"), ("month", "long")])?,
                    make(&[("year", "numeric"), ("month", "long"), ("day", "numeric")])?,
                    make(&[
                        ("year", "numeric"),
                        ("month", "long"),
                        ("day", "numeric"),
                        ("hour", "2-digit"),
                        ("minute", "2-digit"),
                        ("hourCycle", "h23"),
                    ])?,
                    make(&[("month", "short")])?,
                ])
            })
            .as_ref()
    }

    fn format(&self, which: usize, dt: DateTime) -> Option<String> {
        let format = self.formats()?.get(which)?;
        // Years before 1 CE are left to the pack ("44 BCE").
        let year = u32::try_from(dt.year()).ok().filter(|y| *y >= 1)?;
        let date = js_sys::Date::new_0();
        date.set_utc_full_year_with_month_date(year, i32::from(dt.month() - 1), i32::from(dt.day()));
        date.set_utc_hours(u32::from(dt.hour().unsigned_abs()));
        date.set_utc_minutes(u32::from(dt.minute().unsigned_abs()));
        date.set_utc_seconds(0);
        date.set_utc_milliseconds(0);
        format.format().call1(format.unchecked_ref(), &date).ok()?.as_string()
    }
}

impl Locale for IntlLocale {
    fn strings(&self) -> &Strings {
        &self.strings
    }

    fn date(&self, dt: DateTime, precision: Precision) -> String {
        if self.own_dates {
            return self.strings.date(dt, precision);
        }
        let which: u8 = match precision {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Day => 2,
            Precision::Minute => 3,
        };
        // Labels keep each event's date text, so this runs once per event and tick, uncached.
        self.format(usize::from(which), dt).unwrap_or_else(|| self.strings.date(dt, precision))
    }

    fn month_short(&self, month: i8) -> String {
        if self.own_dates {
            return self.strings.month_short(month);
        }
        let dt = DateTime::constant(2001, 1, 15, 0, 0, 0, 0).with().month(month).build().ok();
        dt.and_then(|dt| self.format(4, dt)).unwrap_or_else(|| self.strings.month_short(month))
    }

    fn plural(&self, n: u64) -> Plural {
        Plural::of(self.strings.tag(), n)
    }

    fn is_rtl(&self) -> bool {
        crate::locale::is_rtl(&self.tag)
    }
}
