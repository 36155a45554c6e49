//! Pointer, wheel and keyboard input, turned into the view's transitions (see [`crate::view`]
//! for the keyboard map and the gesture reducer): hover and tap tooltips, click to pin details,
//! drag and swipe to pan, pinch and Ctrl/⌘+wheel to zoom around the pointer.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, KeyboardEvent, PointerEvent, WheelEvent};

use super::dom::Listener;
use super::widget::{run, Widget};
use crate::layout::anchor;
use crate::locale::Locale;
use crate::model::Seconds;
use crate::view::{self, Axis, Effect, KeyCommand, Pointer, TapAction};

/// Every listener of one widget (released when dropped).
///
/// # Errors
/// When the page refuses to add a listener.
pub fn listen(w: &Widget) -> Result<Vec<Listener>, JsValue> {
    let me = w.me();
    let with = |f: fn(&mut Widget, Event)| {
        let me: Weak<RefCell<Widget>> = me.clone();
        move |e: Event| {
            run(&me, |w| f(w, e));
        }
    };
    let dom = &w.dom;
    let mut listeners = vec![
        Listener::new(&dom.canvas, "pointermove", with(Widget::on_pointer_move))?,
        Listener::new(&dom.canvas, "pointerdown", with(Widget::on_pointer_down))?,
        Listener::new(&dom.canvas, "pointerup", with(Widget::on_pointer_up))?,
        Listener::new(&dom.canvas, "pointercancel", with(Widget::on_pointer_up))?,
        Listener::new(&dom.canvas, "wheel", with(Widget::on_wheel))?,
        Listener::new(&dom.stage, "pointerleave", with(Widget::on_leave))?,
        Listener::new(&dom.root, "keydown", with(Widget::on_key))?,
        Listener::new(&dom.root, "focus", with(Widget::on_focus))?,
        Listener::new(&dom.root, "blur", with(Widget::on_blur))?,
        Listener::new(&dom.details, "click", with(Widget::on_details_click))?,
        // The probes' colours animate (for a millisecond) when a `--ct-*` property changes,
        // however it changes: once they have their new colours, the theme is read again and
        // the canvas redrawn.
        Listener::new(&dom.probes, "transitionend", with(Widget::on_theme_change))?,
    ];
    let actions: [fn(&mut Widget, Event); 3] = [
        |w, _| w.zoom_by(w.frame_metrics().zoom_step, None),
        |w, _| w.zoom_by(1.0 / w.frame_metrics().zoom_step, None),
        |w, _| w.reset_zoom(),
    ];
    for (button, action) in dom.buttons.iter().zip(actions) {
        listeners.push(Listener::new(button, "click", with(action))?);
    }
    if let Some(window) = web_sys::window() {
        listeners.push(Listener::new(&window, "hashchange", with(|w, _| w.follow_hash()))?);
        for media in ["(prefers-color-scheme: dark)", "(forced-colors: active)"] {
            if let Some(query) = window.match_media(media).ok().flatten() {
                listeners.push(Listener::new(&query, "change", with(Widget::on_scheme))?);
            }
        }
    }
    Ok(listeners)
}

impl Widget {
    /// The sizes in use (those of the frame, or the defaults before the first one).
    pub fn frame_metrics(&self) -> crate::theme::Metrics {
        self.frame.as_ref().map_or_else(crate::theme::Metrics::default, |f| f.layout.metrics)
    }

    fn pointer(&self, e: &PointerEvent) -> Pointer {
        let rect = self.dom.canvas.get_bounding_client_rect();
        #[allow(clippy::cast_possible_truncation)]
        let (x, y) = ((f64::from(e.client_x()) - rect.left()) as f32, (f64::from(e.client_y()) - rect.top()) as f32);
        Pointer { id: e.pointer_id(), x, y, touch: e.pointer_type() == "touch" }
    }

    /// Runs `f` with the gesture reducer and the axis of the current frame.
    fn with_axis<R>(&mut self, f: impl FnOnce(&mut view::Gestures, &Axis<'_>, (Seconds, Seconds)) -> R) -> Option<R> {
        self.ensure_frame();
        let limits = self.limits()?;
        let window = self.window();
        let frame = self.frame.as_ref()?;
        let scale = frame.layout.scale;
        let (rtl, width) = (frame.rtl, frame.scene.width);
        // The picture may be mirrored; the scale is the layout's (left to right).
        let invert = move |x: f32| scale.invert(if rtl { crate::mirror::unmirror_x(x, width) } else { x });
        let axis = Axis { invert: &invert, plot_width: (scale.range.1 - scale.range.0).max(1.0), limits, rtl };
        Some(f(&mut self.view.gestures, &axis, window))
    }

    fn apply(&mut self, effect: Effect) {
        match effect {
            Effect::None => {}
            // In the phone column time runs down the page: a drag scrolls it, it does not pan.
            Effect::Window(_) if self.frame_metrics().column => {}
            Effect::Window(w) => self.set_window(Some(w)),
            Effect::Hover(p) => self.hover_at(p.x, p.y, p.touch),
            Effect::Tap(p) => self.tap(p),
        }
    }

    fn tap(&mut self, p: Pointer) {
        let hit = self.hit(p.x, p.y, p.touch);
        // In the phone column a badge holds the events before or after the page: a tap shows them.
        if let Some(first) = hit
            .as_ref()
            .filter(|(events, _)| events.len() > 1 && self.frame_metrics().column)
            .and_then(|(events, _)| events.first().copied())
        {
            self.focus_event(first);
            return;
        }
        let shown = self.view.tip.as_ref().map(|(events, _)| events.as_slice());
        let pinned = self.view.pinned.is_some();
        match view::tap_action(hit.as_ref().map(|(events, _)| events.as_slice()), shown, p.touch, pinned) {
            TapAction::Preview(events) => {
                self.view.state.hovered = events.first().copied();
                self.mark(false);
                self.request_paint();
                if let Some((_, mark)) = hit {
                    self.show_tooltip(events, mark, crate::describe::Via::Touch);
                }
            }
            TapAction::Pin(first) => {
                self.view.state.focused = Some(first);
                self.mark(false);
                self.request_paint();
                self.open_details(first, false);
            }
            TapAction::Clear => {
                self.hide_tooltip();
                self.view.state.hovered = None;
                self.mark(false);
                self.request_paint();
            }
        }
    }

    fn on_pointer_move(&mut self, e: Event) {
        let Some(e) = e.dyn_ref::<PointerEvent>() else { return };
        let p = self.pointer(e);
        let m = self.frame_metrics();
        let effect = self.with_axis(|g, axis, _| g.moved(p, axis, &m)).unwrap_or(Effect::None);
        self.apply(effect);
    }

    fn on_pointer_down(&mut self, e: Event) {
        let Some(e) = e.dyn_ref::<PointerEvent>() else { return };
        if e.pointer_type() == "mouse" && e.button() != 0 {
            return;
        }
        self.view.pointer_focus = true;
        let p = self.pointer(e);
        if self.with_axis(|g, axis, window| g.down(p, window, axis)) == Some(true) {
            let _ = self.dom.canvas.set_pointer_capture(p.id);
        }
    }

    fn on_pointer_up(&mut self, e: Event) {
        let Some(e) = e.dyn_ref::<PointerEvent>() else { return };
        let p = self.pointer(e);
        let effect = self.view.gestures.up(p, e.type_() == "pointercancel");
        self.apply(effect);
    }

    /// Ctrl/⌘ + wheel (and trackpad pinch, which browsers report that way) zooms around the
    /// pointer; a horizontal wheel pans. A plain vertical wheel is left to the page.
    fn on_wheel(&mut self, e: Event) {
        let Some(e) = e.dyn_ref::<WheelEvent>() else { return };
        if self.frame_metrics().column {
            return;
        }
        let unit = match e.delta_mode() {
            1 => 33.0,
            2 => 400.0,
            _ => 1.0,
        };
        let (dx, dy) = (e.delta_x() * unit, e.delta_y() * unit);
        let m = self.frame_metrics();
        let rect = self.dom.canvas.get_bounding_client_rect();
        #[allow(clippy::cast_possible_truncation)]
        let x = (f64::from(e.client_x()) - rect.left()) as f32;
        let zoom = e.ctrl_key() || e.meta_key();
        if !zoom && dx.abs() <= dy.abs() {
            return;
        }
        e.prevent_default();
        let window = self.with_axis(|_, axis, window| {
            if zoom {
                axis.limits.zoom(window, crate::math::exp(-dy * m.wheel_zoom), (axis.invert)(x))
            } else {
                // A horizontal wheel scrolls the picture: rightwards shows what is on the right.
                axis.limits.pan(window, dx * axis.seconds_per_px(window))
            }
        });
        self.set_window(window);
    }

    fn on_key(&mut self, e: Event) {
        let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
        if k.alt_key() || k.ctrl_key() || k.meta_key() {
            return;
        }
        // ← and → follow the picture: in a right-to-left timeline → goes to the earlier event.
        let Some(command) = view::key_command(&k.key(), self.locale.is_rtl()) else { return };
        let in_details = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|n| self.dom.details.contains(Some(&n)));
        if command == KeyCommand::Close {
            if self.view.pinned.is_some() {
                self.close_details(true);
                e.prevent_default();
            } else if self.view.tip.is_some() {
                self.hide_tooltip();
                e.prevent_default();
            }
            return;
        }
        if in_details {
            return;
        }
        let count = self.case.as_ref().map_or(0, |c| c.events.len());
        let focused = self.view.state.focused;
        let next = match command {
            KeyCommand::Step(forward) => view::step(focused, forward, count),
            KeyCommand::First => view::step(None, true, count),
            KeyCommand::Last => view::step(None, false, count),
            KeyCommand::Lane(down) => {
                self.ensure_frame();
                let from = focused.or_else(|| view::step(None, true, count));
                from.and_then(|f| self.frame.as_ref().and_then(|fr| view::lane_step(&fr.layout, f, down))).or(from)
            }
            KeyCommand::Open => {
                if let Some(i) = focused {
                    e.prevent_default();
                    self.open_details(i, true);
                }
                return;
            }
            KeyCommand::ZoomIn => {
                let around = focused.and_then(|i| self.case.as_ref().and_then(|c| anchor(c, i)));
                self.zoom_by(self.frame_metrics().zoom_step, around);
                e.prevent_default();
                return;
            }
            KeyCommand::ZoomOut => {
                self.zoom_by(1.0 / self.frame_metrics().zoom_step, None);
                e.prevent_default();
                return;
            }
            KeyCommand::Reset => {
                self.reset_zoom();
                e.prevent_default();
                return;
            }
            KeyCommand::Close => return,
        };
        e.prevent_default();
        if let Some(i) = next {
            self.focus_event(i);
        }
    }

    fn on_focus(&mut self, e: Event) {
        // Focus arriving from inside the widget (the details panel closing) keeps its event.
        if e.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|t| t != self.dom.root) {
            return;
        }
        // Focus from a click or tap: the pointer chose what to show.
        if std::mem::take(&mut self.view.pointer_focus) {
            return;
        }
        let count = self.case.as_ref().map_or(0, |c| c.events.len());
        if let Some(i) = self.view.state.focused.or_else(|| view::step(None, true, count)) {
            self.focus_event(i);
        }
    }

    fn on_blur(&mut self, e: Event) {
        // Focus moving into the details panel or the zoom buttons is still inside the widget.
        let inside = e
            .dyn_ref::<web_sys::FocusEvent>()
            .and_then(|f| f.related_target())
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|n| self.dom.root.contains(Some(&n)));
        if !inside {
            self.hide_tooltip();
            self.mark(false);
            self.request_paint();
        }
    }

    fn on_leave(&mut self, e: Event) {
        // A finger always "leaves" when lifted; a tapped tooltip stays until Escape or another tap.
        if e.dyn_ref::<PointerEvent>().is_some_and(|p| p.pointer_type() == "touch") {
            return;
        }
        if self.view.state.hovered.take().is_some() {
            self.mark(false);
            self.request_paint();
        }
        if self.view.gestures.active() {
            return;
        }
        // `:focus` also inside <case-timeline>'s shadow root (where the document's active
        // element is the host).
        if !self.dom.root.matches(":focus").unwrap_or(false) {
            self.hide_tooltip();
        }
    }

    fn on_details_click(&mut self, e: Event) {
        let close = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(".ct-details-close").ok().flatten())
            .is_some();
        if close {
            self.close_details(true);
        }
    }

    fn on_theme_change(&mut self, _e: Event) {
        // Several probes change together: only the first that brings new colours redraws.
        if super::theme_css::resolve(&self.dom.root, &self.dom.probes, self.options.theme) != self.theme {
            self.refresh_theme();
            self.request_paint();
        }
    }

    fn on_scheme(&mut self, _e: Event) {
        self.refresh_theme();
        self.paint();
    }
}
