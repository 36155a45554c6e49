//! Pointer, wheel and keyboard input: hover and tap tooltips, click to pin details, drag and
//! swipe to pan, pinch and Ctrl/⌘+wheel to zoom around the pointer, and the keyboard map.
//!
//! Keyboard map (the widget is one Tab stop): ← → previous / next event in date order, Home /
//! End first / last, PageUp / PageDown the nearest event in the lane above / below, Enter or
//! Space open the details, Escape closes the details (focus returns to the event) or the
//! tooltip, + / − zoom, 0 shows the whole case.

use wasm_bindgen::JsCast;
use web_sys::{Event, KeyboardEvent, PointerEvent, WheelEvent};

use super::Widget;

/// A pointer gesture in progress on the canvas.
#[derive(Clone, Debug, Default)]
pub enum Gesture {
    #[default]
    None,
    /// One pointer down: a tap or click if it does not move, else a pan.
    Press { id: i32, start_x: f32, start_window: (f64, f64), moved: bool },
    /// Two touch pointers: pinch zoom around their midpoint.
    Pinch { ids: (i32, i32), start_distance: f32, start_window: (f64, f64), centre: f64 },
}

/// Movement (CSS px) below which a press is a tap, not a drag.
const TAP_SLOP: f32 = 4.0;

impl Widget {
    pub(super) fn on_pointer_move(&mut self, e: Event) {
        let Some(e) = e.dyn_ref::<PointerEvent>() else { return };
        let (x, y) = self.pointer_position(e);
        if e.pointer_type() == "touch" {
            self.touches.retain(|(id, _)| *id != e.pointer_id());
            self.touches.push((e.pointer_id(), x));
        }
        match self.gesture.clone() {
            Gesture::Press { id, start_x, start_window, moved } if id == e.pointer_id() => {
                let dx = x - start_x;
                if moved || dx.abs() > TAP_SLOP {
                    self.gesture = Gesture::Press { id, start_x, start_window, moved: true };
                    let per_px = (start_window.1 - start_window.0) / f64::from(self.plot_width());
                    self.set_window(self.limits().map(|l| l.pan(start_window, -f64::from(dx) * per_px)));
                    return;
                }
            }
            Gesture::Pinch { ids, start_distance, start_window, centre } => {
                let xs: Vec<f32> =
                    self.touches.iter().filter(|(i, _)| *i == ids.0 || *i == ids.1).map(|(_, x)| *x).collect();
                if let [a, b] = xs.as_slice() {
                    let factor = f64::from((a - b).abs().max(1.0) / start_distance.max(1.0));
                    self.set_window(self.limits().map(|l| l.zoom(start_window, factor, centre)));
                }
                return;
            }
            _ => {}
        }
        self.hover_at(x, y, e.pointer_type() == "touch");
    }

    pub(super) fn on_pointer_down(&mut self, e: Event) {
        let Some(e) = e.dyn_ref::<PointerEvent>() else { return };
        if e.pointer_type() == "mouse" && e.button() != 0 {
            return;
        }
        self.pointer_focus = true;
        let (x, _) = self.pointer_position(e);
        let window = self.current_window();
        if e.pointer_type() == "touch" {
            self.touches.retain(|(id, _)| *id != e.pointer_id());
            self.touches.push((e.pointer_id(), x));
            if let [(a, xa), (b, xb)] = self.touches.as_slice() {
                let centre = self.scale_invert((xa + xb) / 2.0);
                self.gesture =
                    Gesture::Pinch { ids: (*a, *b), start_distance: (xa - xb).abs(), start_window: window, centre };
                return;
            }
        }
        let _ = self.canvas.set_pointer_capture(e.pointer_id());
        self.gesture = Gesture::Press { id: e.pointer_id(), start_x: x, start_window: window, moved: false };
    }

    pub(super) fn on_pointer_up(&mut self, e: Event) {
        let Some(e) = e.dyn_ref::<PointerEvent>() else { return };
        self.touches.retain(|(id, _)| *id != e.pointer_id());
        let gesture = std::mem::take(&mut self.gesture);
        if e.type_() == "pointercancel" {
            return;
        }
        if let Gesture::Press { id, moved: false, .. } = gesture {
            if id == e.pointer_id() {
                let (x, y) = self.pointer_position(e);
                let radius = if e.pointer_type() == "touch" { 12.0 } else { 4.0 };
                let touch = e.pointer_type() == "touch";
                match self.hit_events(x, y, radius) {
                    // A first tap previews in the tooltip; a second tap (or a click) pins the details.
                    Some((events, mark)) if touch && self.tip.as_ref().is_none_or(|(shown, _)| *shown != events) => {
                        self.view.hovered = events.first().copied();
                        self.draw();
                        self.show_tooltip(events, mark);
                    }
                    Some((events, _)) => {
                        if let Some(&first) = events.first() {
                            self.view.focused = Some(first);
                            self.open_details(first, false);
                        }
                    }
                    None => {
                        self.hide_tooltip();
                        self.view.hovered = None;
                        self.schedule_draw();
                    }
                }
            }
        }
    }

    /// Ctrl/⌘ + wheel (and trackpad pinch, which browsers report that way) zooms around the
    /// pointer; a horizontal wheel pans. A plain vertical wheel is left to the page.
    pub(super) fn on_wheel(&mut self, e: Event) {
        let Some(e) = e.dyn_ref::<WheelEvent>() else { return };
        let unit = match e.delta_mode() {
            1 => 33.0,
            2 => 400.0,
            _ => 1.0,
        };
        let (dx, dy) = (e.delta_x() * unit, e.delta_y() * unit);
        let window = self.current_window();
        if e.ctrl_key() || e.meta_key() {
            e.prevent_default();
            let rect = self.canvas.get_bounding_client_rect();
            #[allow(clippy::cast_possible_truncation)]
            let x = (f64::from(e.client_x()) - rect.left()) as f32;
            let around = self.scale_invert(x);
            self.set_window(self.limits().map(|l| l.zoom(window, (-dy * 0.002).exp(), around)));
        } else if dx.abs() > dy.abs() {
            e.prevent_default();
            let per_px = (window.1 - window.0) / f64::from(self.plot_width());
            self.set_window(self.limits().map(|l| l.pan(window, dx * per_px)));
        }
    }

    pub(super) fn on_key(&mut self, e: Event) {
        let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
        if k.alt_key() || k.ctrl_key() || k.meta_key() {
            return;
        }
        let in_details = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|n| self.details.contains(Some(&n)));
        let count = self.case.as_ref().map_or(0, |c| c.events.len());
        let key = k.key();
        if key == "Escape" {
            if self.details_for.is_some() {
                self.close_details(true);
                e.prevent_default();
            } else if self.tip.is_some() {
                self.hide_tooltip();
                e.prevent_default();
            }
            return;
        }
        if in_details {
            return;
        }
        let window = self.current_window();
        let next = match key.as_str() {
            "ArrowRight" | "ArrowDown" => crate::hit::step(self.view.focused, true, count),
            "ArrowLeft" | "ArrowUp" => crate::hit::step(self.view.focused, false, count),
            "Home" => crate::hit::step(None, true, count),
            "End" => crate::hit::step(None, false, count),
            "PageDown" | "PageUp" => {
                let from = self.view.focused.or_else(|| crate::hit::step(None, true, count));
                from.and_then(|f| self.layout.as_ref().and_then(|l| crate::hit::lane_step(l, f, key == "PageDown")))
                    .or(from)
            }
            "Enter" | " " => {
                if let Some(i) = self.view.focused {
                    e.prevent_default();
                    self.open_details(i, true);
                }
                return;
            }
            "+" | "=" => {
                let around =
                    self.view.focused.and_then(|i| self.case.as_ref().and_then(|c| crate::layout::anchor(c, i)));
                let around = around.unwrap_or((window.0 + window.1) / 2.0);
                self.set_window(self.limits().map(|l| l.zoom(window, 1.5, around)));
                e.prevent_default();
                return;
            }
            "-" | "_" => {
                self.set_window(self.limits().map(|l| l.zoom(window, 1.0 / 1.5, (window.0 + window.1) / 2.0)));
                e.prevent_default();
                return;
            }
            "0" => {
                self.reset_zoom();
                e.prevent_default();
                return;
            }
            _ => return,
        };
        e.prevent_default();
        if let Some(i) = next {
            self.focus_event(i);
        }
    }

    pub(super) fn on_focus(&mut self, e: Event) {
        // Focus arriving from inside the widget (the details panel closing) keeps its event.
        if e.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|t| t != self.root) {
            return;
        }
        // Focus from a click or tap: the pointer chose what to show.
        if std::mem::take(&mut self.pointer_focus) {
            return;
        }
        let count = self.case.as_ref().map_or(0, |c| c.events.len());
        if let Some(i) = self.view.focused.or_else(|| crate::hit::step(None, true, count)) {
            self.focus_event(i);
        }
    }

    pub(super) fn on_blur(&mut self, e: Event) {
        // Focus moving into the details panel or the zoom buttons is still inside the widget.
        let inside = e
            .dyn_ref::<web_sys::FocusEvent>()
            .and_then(|f| f.related_target())
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .is_some_and(|n| self.root.contains(Some(&n)));
        if inside {
            return;
        }
        self.hide_tooltip();
        self.schedule_draw();
    }

    pub(super) fn on_leave(&mut self, e: Event) {
        // A finger always "leaves" when lifted; a tapped tooltip stays until Escape or another tap.
        if e.dyn_ref::<PointerEvent>().is_some_and(|p| p.pointer_type() == "touch") {
            return;
        }
        if self.view.hovered.is_some() {
            self.view.hovered = None;
            self.schedule_draw();
        }
        if !matches!(self.gesture, Gesture::None) {
            return;
        }
        let focused_here = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|a| a.is_same_node(Some(&self.root)));
        if !focused_here {
            self.hide_tooltip();
        }
    }
}
