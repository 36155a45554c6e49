//! The widget's elements, built once per mount: the region, the case's header for assistive
//! technology (the canvas draws it), banner, toolbar, stage with canvas and tooltip, details
//! panel, screen-reader list, live region and theme probes.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

use super::dom::{child, el};
use super::theme_css::PROBES;
use crate::describe::symbol_name;
use crate::locale::{Key, Locale};

/// Every element of one widget.
pub struct Skeleton {
    /// The element the host passed to `mount` (events are dispatched on it).
    pub host: HtmlElement,
    /// `div.ct-root`, the region with the one Tab stop.
    pub root: HtmlElement,
    /// The case's title, summary, outcome, parties and source, in words (visually hidden: the
    /// canvas draws them).
    pub header: HtmlElement,
    /// What is wrong with the case, when something is.
    pub banner: HtmlElement,
    /// + − Reset.
    pub buttons: [HtmlElement; 3],
    /// Holds the canvas and the tooltip.
    pub stage: HtmlElement,
    /// The drawing (hidden from assistive technology; the list says the same).
    pub canvas: HtmlCanvasElement,
    /// Its 2D context.
    pub context: CanvasRenderingContext2d,
    /// `role=tooltip`.
    pub tooltip: HtmlElement,
    /// The pinned details, a non-modal `role=dialog`.
    pub details: HtmlElement,
    /// The visually hidden ordered list of every event.
    pub list: HtmlElement,
    /// A polite live region announcing the focused event.
    pub live: HtmlElement,
    /// Hidden spans whose computed colours carry the CSS theme.
    pub probes: HtmlElement,
}

fn unique_number() -> u32 {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    NEXT.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    })
}

impl Skeleton {
    /// Builds the elements inside `host`, labelled in `locale`'s words.
    ///
    /// # Errors
    /// When the page refuses a DOM operation, or the browser cannot draw on a canvas.
    pub fn build(host: &HtmlElement, locale: &dyn Locale) -> Result<Skeleton, JsValue> {
        let doc = host.owner_document().ok_or_else(|| JsValue::from_str("the element is not in a document"))?;
        let n = unique_number();
        let root = el(&doc, "div", "ct-root", None)?;
        root.set_attribute("role", "region")?;
        root.set_tab_index(0);
        let header = child(&root, "div", "ct-sr-only ct-header", None)?;
        let banner = child(&root, "div", "ct-banner", None)?;
        banner.set_attribute("role", "alert")?;
        banner.set_hidden(true);
        let toolbar = child(&root, "div", "ct-toolbar", None)?;
        let mut made = Vec::new();
        for class in ["ct-zoom-in", "ct-zoom-out", "ct-zoom-reset"] {
            let b = child(&toolbar, "button", &format!("ct-button {class}"), None)?;
            b.set_attribute("type", "button")?;
            // One Tab stop for the widget: the keys + − 0 do what these buttons do.
            b.set_tab_index(-1);
            made.push(b);
        }
        let buttons: [HtmlElement; 3] = made.try_into().map_err(|_| JsValue::from_str("no buttons"))?;
        let stage = child(&root, "div", "ct-stage", None)?;
        let canvas: HtmlCanvasElement =
            child(&stage, "canvas", "ct-canvas", None)?.dyn_into().map_err(|_| JsValue::from_str("no canvas"))?;
        canvas.set_attribute("aria-hidden", "true")?;
        // Text anchors are geometric ("start" = left): the pipeline mirrors right-to-left scenes
        // itself, so the canvas never inherits a right-to-left direction from the widget or page.
        canvas.set_attribute("dir", "ltr")?;
        let context: CanvasRenderingContext2d = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into().ok())
            .ok_or_else(|| JsValue::from_str("this browser cannot draw on a canvas"))?;
        let tooltip = child(&stage, "div", "ct-tooltip", None)?;
        tooltip.set_attribute("role", "tooltip")?;
        tooltip.set_id(&format!("ct-tip-{n}"));
        tooltip.set_hidden(true);
        let details = child(&root, "div", "ct-details", None)?;
        details.set_attribute("role", "dialog")?;
        details.set_id(&format!("ct-details-{n}"));
        details.set_hidden(true);
        let list = child(&root, "ol", "ct-sr-only ct-list", None)?;
        let live = child(&root, "div", "ct-sr-only ct-live", None)?;
        live.set_attribute("aria-live", "polite")?;
        let probes = child(&root, "div", "ct-probes", None)?;
        probes.set_attribute("aria-hidden", "true")?;
        for name in PROBES {
            child(&probes, "span", &format!("ct-probe-{name}"), None)?;
        }
        host.append_child(&root)?;
        let skeleton = Skeleton {
            host: host.clone(),
            root,
            header,
            banner,
            buttons,
            stage,
            canvas,
            context,
            tooltip,
            details,
            list,
            live,
            probes,
        };
        skeleton.label(locale);
        Ok(skeleton)
    }

    /// Writes the controls' words in `locale`: each button's accessible name contains its visible
    /// text (WCAG 2.5.3: "Zoom in (+)", "Reset zoom: show the whole case").
    pub fn label(&self, locale: &dyn Locale) {
        let words = [
            ("+", symbol_name(locale.text(Key::ButtonZoomIn), "+")),
            ("−", symbol_name(locale.text(Key::ButtonZoomOut), "−")),
            (locale.text(Key::ButtonReset), locale.text(Key::ButtonResetLabel).to_string()),
        ];
        for (button, (visible, name)) in self.buttons.iter().zip(words) {
            button.set_text_content(Some(visible));
            let _ = button.set_attribute("aria-label", &name);
            let _ = button.set_attribute("title", &name);
        }
    }
}
