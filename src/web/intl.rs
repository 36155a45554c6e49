//! Dates in the case's language through the browser's `Intl.DateTimeFormat`, cached.

use std::cell::RefCell;
use std::collections::HashMap;

use jiff::civil::DateTime;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::locale::{English, Locale};
use crate::model::Precision;

#[wasm_bindgen]
extern "C" {
    /// `Intl.DateTimeFormat(locales, options)`; throws a RangeError for a tag it cannot use.
    #[wasm_bindgen(catch, js_namespace = Intl, js_name = DateTimeFormat)]
    fn date_time_format(locales: &JsValue, options: &JsValue) -> Result<js_sys::Intl::DateTimeFormat, JsValue>;
}

/// Formats through `Intl` for one language tag; falls back to English when `Intl` refuses.
pub struct IntlLocale {
    formats: Option<[js_sys::Intl::DateTimeFormat; 5]>,
    cache: RefCell<HashMap<(i64, u8), String>>,
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
    pub fn new(tag: &str) -> IntlLocale {
        let tags = js_sys::Array::of1(&tag.into());
        let make = |pairs: &[(&str, &str)]| date_time_format(&tags, &options(pairs)).ok();
        let formats = (|| {
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
        })();
        IntlLocale { formats, cache: RefCell::new(HashMap::new()) }
    }

    fn format(&self, which: usize, dt: DateTime) -> Option<String> {
        let format = self.formats.as_ref()?.get(which)?;
        // Years before 1 CE are left to the English fallback ("44 BCE").
        let year = u32::try_from(dt.year()).ok().filter(|y| *y >= 1)?;
        let date = js_sys::Date::new_0();
        date.set_utc_full_year_with_month_date(year, i32::from(dt.month() - 1), i32::from(dt.day()));
        date.set_utc_hours(u32::from(dt.hour().unsigned_abs()));
        date.set_utc_minutes(u32::from(dt.minute().unsigned_abs()));
        date.set_utc_seconds(0);
        date.set_utc_milliseconds(0);
        let text = format.format().call1(format.unchecked_ref(), &date).ok()?.as_string()?;
        Some(text)
    }
}

impl Locale for IntlLocale {
    fn date(&self, dt: DateTime, precision: Precision) -> String {
        let which = match precision {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Day => 2,
            Precision::Minute => 3,
        };
        let key = (crate::model::date::seconds(dt) as i64, which as u8);
        if let Some(t) = self.cache.borrow().get(&key) {
            return t.clone();
        }
        let text = self.format(which, dt).unwrap_or_else(|| English.date(dt, precision));
        let mut cache = self.cache.borrow_mut();
        if cache.len() > 100_000 {
            cache.clear();
        }
        cache.insert(key, text.clone());
        text
    }

    fn month_short(&self, month: i8) -> String {
        let dt = jiff::civil::DateTime::constant(2001, 1, 15, 0, 0, 0, 0).with().month(month).build().ok();
        dt.and_then(|dt| {
            let key = (i64::from(month), 4u8);
            if let Some(t) = self.cache.borrow().get(&key) {
                return Some(t.clone());
            }
            let text = self.format(4, dt)?;
            self.cache.borrow_mut().insert(key, text.clone());
            Some(text)
        })
        .unwrap_or_else(|| English.month_short(month))
    }
}
