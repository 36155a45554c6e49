//! What the reader can do to a widget, whatever the input: focus an event (bringing it into
//! view), show and hide the tooltip (with as many quotes as fit, and how many more there are),
//! pin and close the details (scrolled into view), follow `#event-<id>`, zoom and pan. The
//! decisions are in [`crate::view`]; this applies them to the elements.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::surface::css_number;
use super::widget::{Outgoing, Widget};
use super::{dom, panels};
use crate::describe::{self, Via};
use crate::geom::Rect;
use crate::layout::{anchor, full_domain, layout_with};
use crate::model::Seconds;
use crate::scale::ViewLimits;
use crate::view;

impl Widget {
    /// The visible interval, whole case included.
    pub fn window(&self) -> (Seconds, Seconds) {
        self.view.window.or_else(|| self.full()).unwrap_or((0.0, 1.0))
    }

    /// Zoom and pan limits of the case.
    pub fn limits(&self) -> Option<ViewLimits> {
        self.full().map(ViewLimits::new)
    }

    /// The whole case's interval (read from the measured labels when there are some).
    fn full(&self) -> Option<(Seconds, Seconds)> {
        let case = self.case.as_ref()?;
        Some(self.labels.as_ref().map_or_else(|| full_domain(case), |l| l.domain))
    }

    /// Shows `window`, at the next paint.
    pub fn set_window(&mut self, window: Option<(Seconds, Seconds)>) {
        if let Some(w) = window {
            if Some(w) != self.view.window {
                self.view.window = Some(w);
                self.hide_tooltip();
                self.mark(true);
                self.request_paint();
            }
        }
    }

    /// Zooms by `factor` (> 1 zooms in) around `around`, or the middle.
    pub fn zoom_by(&mut self, factor: f64, around: Option<Seconds>) {
        let window = self.window();
        let around = around.unwrap_or((window.0 + window.1) / 2.0);
        self.set_window(self.limits().map(|l| l.zoom(window, factor, around)));
    }

    /// Shows the whole case again.
    pub fn reset_zoom(&mut self) {
        if self.view.window.take().is_some() {
            self.hide_tooltip();
            self.mark(true);
            self.request_paint();
        }
    }

    /// Moves the keyboard focus ring to event `index`, bringing it into view (panning, or zooming
    /// in while it hides in a count badge — laid out, not painted, however many steps that takes),
    /// shows its tooltip and announces it. Paints once, at the next frame.
    pub fn focus_event(&mut self, index: usize) {
        self.view.state.focused = Some(index);
        self.mark(false);
        self.ensure_frame();
        let window = self.window();
        if let (Some(case), Some(limits), Some(labels)) = (&self.case, self.limits(), &self.labels) {
            if let Some(at) = anchor(case, index) {
                let (width, theme, measure, locale) = (self.width, &self.theme, &self.measure, &self.locale);
                let header = self.options.header;
                // Not drawn on its own: in a count badge (or, in the column, beyond its page).
                let in_badge = |w: (Seconds, Seconds)| {
                    let l = layout_with(case, labels, width, Some(w), header, theme, measure, locale);
                    !l.items.iter().any(|item| item.events.as_slice() == [index])
                };
                if let Some(w) = view::focus_into_view(window, at, &limits, in_badge) {
                    self.view.window = Some(w);
                    self.mark(true);
                }
            }
        }
        self.ensure_frame();
        let mark =
            self.frame.as_ref().and_then(|f| f.scene.hits.iter().find(|h| h.events.contains(&index))).map(|h| h.mark);
        if let Some(mark) = mark {
            self.reveal(mark);
            self.show_tooltip(vec![index], mark, Via::Keyboard);
        }
        if let Some(text) = self.case.as_ref().and_then(|c| describe::live(c, index, &self.locale)) {
            self.dom.live.set_text_content(Some(&text));
        }
        self.request_paint();
    }

    /// In the phone column, which is taller than the screen, while the reader is in the widget
    /// (the keyboard walks it): scrolls the page so the mark at `mark` (canvas CSS px) and the
    /// lines under it are in view.
    fn reveal(&self, mark: (f32, f32)) {
        if !self.frame.as_ref().is_some_and(|f| f.layout.metrics.column) {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        // `:focus-within`, not `document.activeElement`: inside <case-timeline>'s shadow root
        // the document's active element is the host, never the widget.
        if !self.dom.root.matches(":focus-within").unwrap_or(false) {
            return;
        }
        let viewport = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        let top = self.dom.canvas.get_bounding_client_rect().top() + f64::from(mark.1);
        let margin = viewport / 4.0;
        if top < margin || top > viewport - margin {
            window.scroll_by_with_x_and_y(0.0, top - viewport / 3.0);
        }
    }

    /// Hover (or a first tap): the tooltip follows the event under (x, y). Empty canvas keeps
    /// the tooltip, so the pointer can travel onto it (WCAG 1.4.13).
    pub fn hover_at(&mut self, x: f32, y: f32, touch: bool) {
        let Some((events, mark)) = self.hit(x, y, touch) else { return };
        let first = events.first().copied();
        if self.view.state.hovered != first || self.view.tip.is_none() {
            self.view.state.hovered = first;
            self.mark(false);
            self.request_paint();
            self.show_tooltip(events, mark, if touch { Via::Touch } else { Via::Pointer });
        }
    }

    /// The events under (x, y) in canvas CSS px, and their mark.
    pub fn hit(&mut self, x: f32, y: f32, touch: bool) -> Option<(Vec<usize>, (f32, f32))> {
        self.ensure_frame();
        let frame = self.frame.as_ref()?;
        let m = &frame.scene.metrics;
        let radius = if touch { m.touch_radius } else { m.hit_radius };
        crate::hit::hit_test(&frame.scene, x, y, radius).map(|h| (h.events.clone(), h.mark))
    }

    /// Shows the tooltip for `events` beside `mark`, inside the visible part of the page, with
    /// as many quotes as fit its box ("5 more quotes — open details" for the rest) and the hint
    /// for how the reader got there (`via`).
    pub fn show_tooltip(&mut self, events: Vec<usize>, mark: (f32, f32), via: Via) {
        let Some(case) = &self.case else { return };
        let tip = self.dom.tooltip.clone();
        tip.set_hidden(false);
        // Measured where it has the most room; placed afterwards.
        let style = tip.style();
        let _ = style.set_property("left", "0px");
        let _ = style.set_property("top", "0px");
        let fits = |view: &describe::Tooltip| {
            panels::tooltip(&tip, view).is_ok() && tip.scroll_height() <= tip.client_height() + 1
        };
        let shown = describe::fitting_tooltip(case, &events, &self.locale, via, fits);
        if shown.is_none_or(|view| panels::tooltip(&tip, &view).is_err()) {
            tip.set_hidden(true);
            return;
        }
        let tip = &self.dom.tooltip;
        let _ = self.dom.root.set_attribute("aria-describedby", &tip.id());
        #[allow(clippy::cast_precision_loss)]
        let size = (tip.offset_width() as f32, tip.offset_height() as f32);
        let (left, top) = match &self.frame {
            Some(frame) => {
                // The visible part of the page, in canvas coordinates (the tooltip may overflow
                // the canvas, not the viewport).
                #[allow(clippy::cast_possible_truncation)]
                let top = self.dom.canvas.get_bounding_client_rect().top() as f32;
                #[allow(clippy::cast_possible_truncation)]
                let viewport = web_sys::window()
                    .and_then(|w| w.inner_height().ok())
                    .and_then(|h| h.as_f64())
                    .map_or(frame.layout.height, |h| h as f32);
                let area = Rect { x: 0.0, y: -top, w: self.width, h: viewport };
                crate::hit::place_tooltip(&frame.scene, mark, size, area, frame.rtl)
            }
            None => mark,
        };
        let style = tip.style();
        let _ = style.set_property("left", &css_number(left, "px"));
        let _ = style.set_property("top", &css_number(top, "px"));
        self.view.tip = Some((events, mark));
    }

    /// Hides the tooltip.
    pub fn hide_tooltip(&mut self) {
        self.dom.tooltip.set_hidden(true);
        let _ = self.dom.root.remove_attribute("aria-describedby");
        self.view.tip = None;
    }

    /// Pins the details panel for event `index` (it replaces any tooltip, and the page scrolls
    /// to it when it is out of sight) and queues `select` when the selection changes. An event
    /// waiting in a count badge is brought out of it first. From the keyboard, focus moves into
    /// the panel; Escape brings it back.
    pub fn open_details(&mut self, index: usize, move_focus: bool) {
        self.ensure_frame();
        let alone = self.frame.as_ref().is_some_and(|f| f.layout.items.iter().any(|i| i.events.as_slice() == [index]));
        if !alone {
            self.focus_event(index);
        }
        let Some(case) = &self.case else { return };
        let Some(id) = case.events.get(index).map(|e| e.id.clone()) else { return };
        let Some(view) = describe::details(case, index, &self.locale) else { return };
        if panels::details(&self.dom.details, &view).is_err() {
            return;
        }
        let changed = self.view.pinned != Some(index);
        self.view.pinned = Some(index);
        self.dom.details.set_hidden(false);
        self.hide_tooltip();
        if move_focus {
            let heading = self.dom.details.query_selector(".ct-details-title").ok().flatten();
            if let Some(h) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
                let _ = h.focus();
            }
        }
        self.scroll_to_details();
        if self.options.hash {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let hash = format!("#event-{}", String::from(js_sys::encode_uri_component(&id)));
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&hash));
            }
        }
        if changed {
            self.emit(Outgoing::Select(id));
        }
    }

    /// Scrolls the page so the details panel is in view, a little below the top of the screen
    /// (its top, when it is taller than the screen; else all of it), unless it already is.
    fn scroll_to_details(&self) {
        let Some(window) = web_sys::window() else { return };
        let Some(viewport) = window.inner_height().ok().and_then(|h| h.as_f64()) else { return };
        let r = self.dom.details.get_bounding_client_rect();
        if r.top() >= 0.0 && r.bottom() <= viewport {
            return;
        }
        let margin = f64::from(self.frame_metrics().pad);
        let delta = if r.top() < 0.0 || r.height() + 2.0 * margin > viewport {
            r.top() - margin
        } else {
            r.bottom() - viewport + margin
        };
        window.scroll_by_with_x_and_y(0.0, delta);
    }

    /// Closes the details panel; with `return_focus`, the focus goes back to its event.
    pub fn close_details(&mut self, return_focus: bool) {
        if self.view.pinned.take().is_none() {
            return;
        }
        self.dom.details.set_hidden(true);
        dom::clear(&self.dom.details);
        if return_focus {
            let _ = self.dom.root.focus();
            if let Some(i) = self.view.state.focused {
                self.focus_event(i);
            }
        }
    }

    /// Focuses and opens the event with this id; false when the case has none.
    pub fn select_id(&mut self, id: &str) -> bool {
        let index = self.case.as_ref().and_then(|c| c.events.iter().position(|e| e.id == id));
        match index {
            Some(i) => {
                self.focus_event(i);
                self.open_details(i, false);
                true
            }
            None => false,
        }
    }

    /// Opens the event named by `#event-<id>` in the address, if this widget has it.
    pub fn follow_hash(&mut self) {
        let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else { return };
        let Some(encoded) = hash.strip_prefix("#event-") else { return };
        let id = js_sys::decode_uri_component(encoded).map(String::from).unwrap_or_else(|_| encoded.to_string());
        if self.case.as_ref().is_some_and(|c| c.events.iter().any(|e| e.id == id)) {
            let _ = self.dom.root.focus();
            self.select_id(&id);
            self.dom.root.scroll_into_view();
        }
    }
}
