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

/// "— Molly Malekar, Director, Amnesty International Israel (Amnesty International)".
fn attribution(case: &Case, speaker: &crate::model::Speaker) -> String {
    let (name, title) = case.speaker_name(speaker);
    let party = match speaker {
        crate::model::Speaker::Person(i) => {
            case.people.get(*i).and_then(|p| p.party).and_then(|p| case.parties.get(p)).map(|p| p.name.clone())
        }
        _ => None,
    };
    let mut text = format!("— {name}");
    if let Some(t) = title.filter(|t| Some(t) != party.as_ref()) {
        text.push_str(&format!(", {t}"));
    }
    if let Some(p) = party {
        text.push_str(&format!(" ({p})"));
    }
    text
}

/// Quotes of an event as `<blockquote><p>text</p><p class=ct-by>— Speaker, title</p></blockquote>`.
fn quotes(parent: &HtmlElement, case: &Case, e: &Event) -> Result<(), JsValue> {
    for q in &e.quotes {
        let bq = child(parent, "blockquote", "ct-quote", None)?;
        let lang = q.lang.as_deref().or(e.lang.as_deref());
        // Curly English quotation marks read backwards in right-to-left text; use straight ones there.
        let rtl = lang
            .is_some_and(|l| ["he", "ar", "fa", "ur", "yi"].iter().any(|r| l == *r || l.starts_with(&format!("{r}-"))));
        let marked = if rtl { format!("\"{}\"", q.text) } else { format!("“{}”", q.text) };
        let p = child(&bq, "p", "ct-quote-text", Some(&marked))?;
        set_lang(&p, lang);
        let by = attribution(case, &q.speaker);
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

/// Sources of an event as a list; only `http(s)` URLs become links (opened in a new tab,
/// `rel="noopener noreferrer"`), with the text set through `textContent`.
fn source_list(parent: &HtmlElement, case: &Case, e: &Event) -> Result<(), JsValue> {
    let mut indices: Vec<usize> = e.sources.clone();
    for q in &e.quotes {
        if let Some(s) = q.source {
            if !indices.contains(&s) {
                indices.push(s);
            }
        }
    }
    if indices.is_empty() {
        return Ok(());
    }
    child(parent, "p", "ct-details-sources-title", Some(if indices.len() == 1 { "Source" } else { "Sources" }))?;
    let ul = child(parent, "ul", "ct-details-sources", None)?;
    for source in indices.iter().filter_map(|&i| case.sources.get(i)) {
        let li = child(&ul, "li", "", None)?;
        let label = match &source.publisher {
            Some(p) => format!("{p}: “{}”", source.title),
            None => format!("“{}”", source.title),
        };
        match &source.url {
            Some(url) if crate::model::validate::is_web_url(url) => {
                let a = child(&li, "a", "", Some(&label))?;
                a.set_attribute("href", url)?;
                a.set_attribute("rel", "noopener noreferrer")?;
                a.set_attribute("target", "_blank")?;
            }
            _ => {
                li.set_text_content(Some(&label));
            }
        }
    }
    Ok(())
}

/// The pinned details panel: date, title, summary, every quote and every source, and a close
/// button. A non-modal dialog named after the event.
pub fn fill_details(panel: &HtmlElement, case: &Case, index: usize, locale: &dyn Locale) -> Result<(), JsValue> {
    clear(panel);
    let Some(e) = case.events.get(index) else { return Ok(()) };
    let close = child(panel, "button", "ct-button ct-details-close", Some("×"))?;
    close.set_attribute("type", "button")?;
    close.set_attribute("aria-label", "Close details")?;
    child(panel, "p", "ct-tip-date", Some(&e.date_text(locale)))?;
    let title = child(panel, "h3", "ct-details-title", Some(&e.title))?;
    title.set_tab_index(-1);
    title.set_id(&format!("{}-title", panel.id()));
    set_lang(&title, e.lang.as_deref());
    panel.set_attribute("aria-label", &format!("Details: {}", e.title))?;
    for note in [access_note(e), status_note(e)].into_iter().flatten() {
        child(panel, "p", "ct-tip-note", Some(note))?;
    }
    if let Some(s) = &e.summary {
        let p = child(panel, "p", "ct-details-summary", Some(s))?;
        set_lang(&p, e.lang.as_deref());
    }
    quotes(panel, case, e)?;
    source_list(panel, case, e)?;
    Ok(())
}

/// Starts the visually hidden ordered list that mirrors every event for screen readers.
pub fn start_list(list: &HtmlElement, case: &Case) {
    clear(list);
    let _ = list.set_attribute("aria-label", &format!("{} events in date order", case.events.len()));
}

/// Appends the list items for events `range` (built in slices so a docket of thousands of
/// events does not hold up the first drawing).
pub fn extend_list(
    list: &HtmlElement,
    case: &Case,
    locale: &dyn Locale,
    range: std::ops::Range<usize>,
) -> Result<(), JsValue> {
    for e in case.events.get(range).unwrap_or_default() {
        let li = child(list, "li", "", None)?;
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
            "The case data has {} error{}; the parts with errors are left out:",
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
