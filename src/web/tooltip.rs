//! DOM text for the tooltip, the screen-reader list and the error banner. Case text only ever
//! reaches the DOM through `textContent` (see `dom::el`).

use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use super::dom::{child, clear};
use crate::error::Problem;
use crate::locale::Locale;
use crate::model::{Access, Case, Event, Status};

fn access_note(e: &Event) -> Option<&'static str> {
    match e.access {
        Access::Public => None,
        Access::Partial => Some("Partly closed to the public"),
        Access::Closed => Some("Closed to the public"),
        Access::Sealed => Some("Sealed"),
    }
}

fn status_note(e: &Event) -> Option<&'static str> {
    match e.status {
        Status::Happened => None,
        Status::Scheduled => Some("Scheduled"),
        Status::Postponed => Some("Postponed"),
        Status::Cancelled => Some("Cancelled"),
    }
}

fn set_lang(e: &HtmlElement, lang: Option<&str>) {
    if let Some(l) = lang {
        let _ = e.set_attribute("lang", l);
        let _ = e.set_attribute("dir", "auto");
    }
}

/// Quotes of an event as `<blockquote><p>text</p><p class=ct-by>— Speaker, title</p></blockquote>`.
fn quotes(parent: &HtmlElement, case: &Case, e: &Event) -> Result<(), JsValue> {
    for q in &e.quotes {
        let bq = child(parent, "blockquote", "ct-quote", None)?;
        let p = child(&bq, "p", "ct-quote-text", Some(&format!("“{}”", q.text)))?;
        set_lang(&p, q.lang.as_deref().or(e.lang.as_deref()));
        let (name, title) = case.speaker_name(&q.speaker);
        let by = match title {
            Some(t) => format!("— {name}, {t}"),
            None => format!("— {name}"),
        };
        child(&bq, "p", "ct-quote-by", Some(&by))?;
    }
    Ok(())
}

fn sources_line(case: &Case, e: &Event) -> Option<String> {
    let mut indices: Vec<usize> = e.sources.clone();
    for q in &e.quotes {
        if let Some(s) = q.source {
            if !indices.contains(&s) {
                indices.push(s);
            }
        }
    }
    let names: Vec<String> = indices
        .iter()
        .filter_map(|&i| case.sources.get(i))
        .map(|s| match &s.publisher {
            Some(p) => format!("{p}, “{}”", s.title),
            None => format!("“{}”", s.title),
        })
        .collect();
    (!names.is_empty()).then(|| format!("Source: {}", names.join("; ")))
}

/// Fills the tooltip for one event, or for the events of a count badge.
pub fn fill_tooltip(tip: &HtmlElement, case: &Case, events: &[usize], locale: &dyn Locale) -> Result<(), JsValue> {
    clear(tip);
    if let [single] = events {
        let Some(e) = case.events.get(*single) else {
            return Ok(());
        };
        child(tip, "p", "ct-tip-date", Some(&e.date_text(locale)))?;
        let title = child(tip, "p", "ct-tip-title", Some(&e.title))?;
        set_lang(&title, e.lang.as_deref());
        for note in [access_note(e), status_note(e)].into_iter().flatten() {
            child(tip, "p", "ct-tip-note", Some(note))?;
        }
        if e.quotes.is_empty() {
            if let Some(s) = &e.summary {
                let p = child(tip, "p", "ct-tip-summary", Some(s))?;
                set_lang(&p, e.lang.as_deref());
            }
        }
        quotes(tip, case, e)?;
        if let Some(line) = sources_line(case, e) {
            child(tip, "p", "ct-tip-source", Some(&line))?;
        }
        return Ok(());
    }
    child(tip, "p", "ct-tip-title", Some(&format!("{} events", events.len())))?;
    let ul = child(tip, "ul", "ct-tip-events", None)?;
    for &i in events.iter().take(8) {
        if let Some(e) = case.events.get(i) {
            child(&ul, "li", "", Some(&format!("{} — {}", e.date.format(locale), e.title)))?;
        }
    }
    if events.len() > 8 {
        child(tip, "p", "ct-tip-note", Some(&format!("and {} more; zoom in to see them", events.len() - 8)))?;
    }
    Ok(())
}

/// The visually hidden ordered list that mirrors every event for screen readers.
pub fn fill_list(list: &HtmlElement, case: &Case, locale: &dyn Locale) -> Result<(), JsValue> {
    clear(list);
    let _ = list.set_attribute("aria-label", &format!("{} events in date order", case.events.len()));
    for e in &case.events {
        let li = child(list, "li", "", None)?;
        let _ = li.set_attribute("id", &format!("ct-event-{}", e.id));
        let time = child(&li, "time", "", Some(&e.date_text(locale)))?;
        let _ = time.set_attribute("datetime", &e.date.to_iso());
        let title = child(&li, "span", "", Some(&format!(": {}", e.title)))?;
        set_lang(&title, e.lang.as_deref());
        for note in [access_note(e), status_note(e)].into_iter().flatten() {
            child(&li, "span", "", Some(&format!(" ({note})")))?;
        }
        if let Some(s) = &e.summary {
            let p = child(&li, "p", "", Some(s))?;
            set_lang(&p, e.lang.as_deref());
        }
        quotes(&li, case, e)?;
    }
    Ok(())
}

/// The banner: what is wrong, in the editor's terms. `fatal` when nothing could be drawn.
pub fn fill_banner(banner: &HtmlElement, fatal: bool, problems: &[Problem]) -> Result<(), JsValue> {
    clear(banner);
    let errors: Vec<&Problem> = problems.iter().filter(|p| p.is_error()).collect();
    let heading = if fatal {
        "This timeline could not be shown because its case data has errors:".to_string()
    } else {
        format!(
            "Some events are missing because the case data has {} error{}:",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        )
    };
    child(banner, "p", "ct-banner-title", Some(&heading))?;
    let ul = child(banner, "ul", "", None)?;
    for p in errors.iter().take(10) {
        child(&ul, "li", "", Some(&p.to_string()))?;
    }
    if errors.len() > 10 {
        child(banner, "p", "", Some(&format!("…and {} more.", errors.len() - 10)))?;
    }
    Ok(())
}
