//! What [`crate::describe`] says, as elements: the header (for assistive technology), the
//! tooltip, the details panel, the screen-reader list and the banner. Case text reaches the DOM
//! only through `textContent` (see `dom::el`).

use wasm_bindgen::JsValue;
use web_sys::HtmlElement;

use super::dom::{child, clear};
use crate::describe::{symbol_name, Banner, Details, EventView, Header, QuoteView, SourceView, Text, Tooltip};

fn set_lang(e: &HtmlElement, text: &Text) {
    if let Some(l) = &text.lang {
        let _ = e.set_attribute("lang", l);
        let _ = e.set_attribute("dir", "auto");
    }
}

fn text_child(parent: &HtmlElement, tag: &str, class: &str, text: &Text) -> Result<HtmlElement, JsValue> {
    let e = child(parent, tag, class, Some(&text.text))?;
    set_lang(&e, text);
    Ok(e)
}

/// Quotes as `<blockquote><p>text</p><p class=ct-quote-by>— Speaker, title</p></blockquote>`.
fn quotes(parent: &HtmlElement, quotes: &[QuoteView]) -> Result<(), JsValue> {
    for q in quotes {
        let bq = child(parent, "blockquote", "ct-quote", None)?;
        text_child(&bq, "p", "ct-quote-text", &q.text)?;
        child(&bq, "p", "ct-quote-by", Some(&q.by))?;
    }
    Ok(())
}

fn notes(parent: &HtmlElement, event: &EventView) -> Result<(), JsValue> {
    for note in &event.notes {
        child(parent, "p", "ct-tip-note", Some(note))?;
    }
    Ok(())
}

/// Fills the header (or empties it: `None`, the header is off).
pub fn header(element: &HtmlElement, view: Option<&Header>) -> Result<(), JsValue> {
    clear(element);
    let Some(view) = view else { return Ok(()) };
    child(element, "p", "ct-header-title", Some(&view.title))?;
    for line in [&view.summary, &view.outcome, &view.parties, &view.credit].into_iter().flatten() {
        child(element, "p", "", Some(line))?;
    }
    Ok(())
}

/// Fills the tooltip.
pub fn tooltip(tip: &HtmlElement, view: &Tooltip) -> Result<(), JsValue> {
    clear(tip);
    match view {
        Tooltip::Event { event, sources_line, more_quotes, hint } => {
            child(tip, "p", "ct-tip-date", Some(&event.date))?;
            text_child(tip, "p", "ct-tip-title", &event.title)?;
            if let Some(parties) = &event.parties {
                child(tip, "p", "ct-tip-parties", Some(parties))?;
            }
            notes(tip, event)?;
            if let Some(s) = &event.summary {
                text_child(tip, "p", "ct-tip-summary", s)?;
            }
            quotes(tip, &event.quotes)?;
            if let Some(more) = more_quotes {
                child(tip, "p", "ct-tip-more", Some(more))?;
            }
            if let Some(line) = sources_line {
                child(tip, "p", "ct-tip-source", Some(line))?;
            }
            if let Some(hint) = hint {
                child(tip, "p", "ct-tip-hint", Some(hint))?;
            }
        }
        Tooltip::Badge { title, lines, more } => {
            child(tip, "p", "ct-tip-title", Some(title))?;
            let ul = child(tip, "ul", "ct-tip-events", None)?;
            for line in lines {
                child(&ul, "li", "", Some(line))?;
            }
            if let Some(more) = more {
                child(tip, "p", "ct-tip-note", Some(more))?;
            }
        }
    }
    Ok(())
}

/// Sources as a list; only `http(s)` addresses become links (a new tab, `rel="noopener
/// noreferrer"`).
fn sources(parent: &HtmlElement, title: &str, list: &[SourceView]) -> Result<(), JsValue> {
    child(parent, "p", "ct-details-sources-title", Some(title))?;
    let ul = child(parent, "ul", "ct-details-sources", None)?;
    for source in list {
        let li = child(&ul, "li", "", None)?;
        match &source.url {
            Some(url) => {
                let a = child(&li, "a", "", Some(&source.label))?;
                a.set_attribute("href", url)?;
                a.set_attribute("rel", "noopener noreferrer")?;
                a.set_attribute("target", "_blank")?;
            }
            None => li.set_text_content(Some(&source.label)),
        }
    }
    Ok(())
}

/// Fills the details panel: a close button, date, title (the focus target), notes, summary,
/// every quote and every source.
pub fn details(panel: &HtmlElement, view: &Details) -> Result<(), JsValue> {
    clear(panel);
    let close = child(panel, "button", "ct-button ct-details-close", Some("×"))?;
    close.set_attribute("type", "button")?;
    close.set_attribute("aria-label", &symbol_name(&view.close, "×"))?;
    let event = &view.event;
    child(panel, "p", "ct-tip-date", Some(&event.date))?;
    let title = text_child(panel, "h3", "ct-details-title", &event.title)?;
    title.set_tab_index(-1);
    title.set_id(&format!("{}-title", panel.id()));
    panel.set_attribute("aria-label", &view.label)?;
    if let Some(parties) = &event.parties {
        child(panel, "p", "ct-details-parties", Some(parties))?;
    }
    notes(panel, event)?;
    if let Some(s) = &event.summary {
        text_child(panel, "p", "ct-details-summary", s)?;
    }
    quotes(panel, &event.quotes)?;
    if let Some(title) = &view.sources_title {
        sources(panel, title, &event.sources)?;
    }
    Ok(())
}

/// One screen-reader list item: `<time datetime>`, title, notes and parties, and when `full` the
/// summary and quotes.
pub fn list_item(list: &HtmlElement, event: &EventView, full: bool) -> Result<(), JsValue> {
    let li = child(list, "li", "", None)?;
    let time = child(&li, "time", "", Some(&event.date))?;
    time.set_attribute("datetime", &event.datetime)?;
    let title = child(&li, "span", "", Some(&format!(": {}", event.title.text)))?;
    set_lang(&title, &event.title);
    // Notes and parties as text, not elements: a big docket's list stays within a few elements
    // an event.
    for note in &event.notes {
        li.insert_adjacent_text("beforeend", &format!(" ({note})"))?;
    }
    if let Some(parties) = &event.parties {
        li.insert_adjacent_text("beforeend", &format!(" — {parties}"))?;
    }
    if !full {
        return Ok(());
    }
    if let Some(s) = &event.summary {
        text_child(&li, "p", "", s)?;
    }
    quotes(&li, &event.quotes)
}

/// Fills the banner.
pub fn banner(element: &HtmlElement, view: &Banner) -> Result<(), JsValue> {
    clear(element);
    child(element, "p", "ct-banner-title", Some(&view.heading))?;
    // Validation messages are English (they are for editors), whatever the interface language.
    let ul = child(element, "ul", "ct-banner-problems", None)?;
    ul.set_attribute("lang", "en")?;
    ul.set_attribute("dir", "ltr")?;
    for item in &view.items {
        child(&ul, "li", "", Some(item))?;
    }
    if let Some(more) = &view.more {
        child(element, "p", "", Some(more))?;
    }
    Ok(())
}
