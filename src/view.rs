//! What the reader is looking at, and how input changes it: the visible window, the hovered,
//! focused and pinned events, the pointer gesture in progress, and the keyboard map. Pure, so
//! every transition is tested natively; the browser shell only feeds events in and applies the
//! [`Effect`]s that come out.
//!
//! Keyboard map (the widget is one Tab stop): ← → previous / next event in date order (in a
//! right-to-left timeline → is the earlier one, as it is drawn), ↑ ↓ the same in date order,
//! Home / End first / last, PageUp / PageDown the nearest event in the lane above / below,
//! Enter or Space open the details, Escape closes the details (focus returns to the event) or
//! the tooltip, + / − zoom, 0 shows the whole case.

use crate::layout::Layout;
use crate::model::Seconds;
use crate::scale::ViewLimits;
use crate::theme::Metrics;

/// Which event the reader is pointing at or has focused (indices into `Case::events`): what the
/// scene draws rings for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// Under the pointer.
    pub hovered: Option<usize>,
    /// Keyboard focus (the focus ring).
    pub focused: Option<usize>,
}

/// The whole view of one widget.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    /// Rings drawn by the scene.
    pub state: ViewState,
    /// The visible interval (axis seconds); `None` shows the whole case.
    pub window: Option<(Seconds, Seconds)>,
    /// Events shown in the tooltip, and the mark it points at (CSS px in the canvas).
    pub tip: Option<(Vec<usize>, (f32, f32))>,
    /// The event whose details panel is open.
    pub pinned: Option<usize>,
    /// The pointer gesture in progress.
    pub gestures: Gestures,
    /// Set by a pointer press, so the focus that follows it does not jump to the first event.
    pub pointer_focus: bool,
}

impl View {
    /// The visible interval: the window, or the whole case (`full`).
    pub fn window_or(&self, full: (Seconds, Seconds)) -> (Seconds, Seconds) {
        self.window.unwrap_or(full)
    }
}

/// The event after (`forward`) or before `current` in date order, staying in bounds; from no
/// current event, the first (or last). `count` is the number of events.
pub fn step(current: Option<usize>, forward: bool, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    Some(match (current, forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1).min(count - 1),
        (Some(i), false) => i.saturating_sub(1),
    })
}

/// For PageUp / PageDown: the drawn event in the next lane down (or up) whose mark is nearest in
/// time to event `from`'s mark (along x across lanes, along y in the phone column). `None` at
/// the last (first) lane, or when `from` is not drawn.
pub fn lane_step(layout: &Layout, from: usize, down: bool) -> Option<usize> {
    let current = layout.items.iter().find(|i| i.events.contains(&from))?;
    let lanes = layout.lanes.len();
    let mut lane = current.lane;
    loop {
        lane = if down { lane + 1 } else { lane.checked_sub(1)? };
        if lane >= lanes {
            return None;
        }
        let nearest = layout.items.iter().filter(|i| i.lane == lane).min_by(|a, b| {
            let along = |i: &crate::layout::Item| {
                if layout.metrics.column {
                    (i.y - current.y).abs()
                } else {
                    (i.x - current.x).abs()
                }
            };
            along(a).total_cmp(&along(b))
        });
        if let Some(item) = nearest {
            return item.events.first().copied();
        }
    }
}

/// The window that shows the event anchored at `at` (axis seconds), starting from `window`:
/// `None` when it is already well inside (2 % from either edge) and not hidden in a count badge;
/// else panned to centre it, then zoomed in around it (up to twelve doublings) until `in_badge`
/// says it is drawn on its own. `in_badge` lays out (it does not draw), so however many steps
/// this takes, the shell paints once.
pub fn focus_into_view(
    window: (Seconds, Seconds),
    at: Seconds,
    limits: &ViewLimits,
    mut in_badge: impl FnMut((Seconds, Seconds)) -> bool,
) -> Option<(Seconds, Seconds)> {
    let span = window.1 - window.0;
    let inside = at >= window.0 + span * 0.02 && at <= window.1 - span * 0.02;
    let mut w = if inside { window } else { limits.clamp((at - span / 2.0, at + span / 2.0)) };
    let mut changed = !inside;
    for _ in 0..12 {
        if !in_badge(w) {
            break;
        }
        w = limits.zoom(w, 2.0, at);
        changed = true;
    }
    changed.then_some(w)
}

/// What a key does, before it meets the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyCommand {
    /// The next (`true`) or previous event in date order.
    Step(bool),
    /// The first event.
    First,
    /// The last event.
    Last,
    /// The nearest event in the lane below (`true`) or above.
    Lane(bool),
    /// Open the focused event's details.
    Open,
    /// Close the details, or else the tooltip.
    Close,
    /// Zoom in around the focused event.
    ZoomIn,
    /// Zoom out around the middle.
    ZoomOut,
    /// Show the whole case.
    Reset,
}

/// The command of `key` (a `KeyboardEvent.key`), if it has one. In a right-to-left timeline
/// (`rtl`) the arrows follow what is drawn: → goes to the event on the right, the earlier one.
pub fn key_command(key: &str, rtl: bool) -> Option<KeyCommand> {
    Some(match key {
        "ArrowRight" => KeyCommand::Step(!rtl),
        "ArrowLeft" => KeyCommand::Step(rtl),
        "ArrowDown" => KeyCommand::Step(true),
        "ArrowUp" => KeyCommand::Step(false),
        "Home" => KeyCommand::First,
        "End" => KeyCommand::Last,
        "PageDown" => KeyCommand::Lane(true),
        "PageUp" => KeyCommand::Lane(false),
        "Enter" | " " => KeyCommand::Open,
        "Escape" => KeyCommand::Close,
        "+" | "=" => KeyCommand::ZoomIn,
        "-" | "_" => KeyCommand::ZoomOut,
        "0" => KeyCommand::Reset,
        _ => return None,
    })
}

/// What a tap or click on the canvas does, given what the tooltip shows now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TapAction {
    /// Show these events in the tooltip (a first tap on a touch screen).
    Preview(Vec<usize>),
    /// Pin the details of this event (a click, or a second tap on what the tooltip shows).
    Pin(usize),
    /// Nothing there: close the tooltip.
    Clear,
}

/// A first tap previews in the tooltip; a second tap on the same thing (or any click) pins the
/// details of its first event. While details are pinned (`pinned`), a tap on another event
/// replaces them at once, instead of covering them with a tooltip.
pub fn tap_action(hit: Option<&[usize]>, shown: Option<&[usize]>, touch: bool, pinned: bool) -> TapAction {
    match hit {
        None | Some([]) => TapAction::Clear,
        Some(events) if touch && shown != Some(events) && !(pinned && events.len() == 1) => {
            TapAction::Preview(events.to_vec())
        }
        Some(events) => events.first().map_or(TapAction::Clear, |&first| TapAction::Pin(first)),
    }
}

/// A pointer as the gesture reducer sees it: CSS px relative to the canvas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pointer {
    /// The browser's pointer id.
    pub id: i32,
    /// Position in the canvas, CSS px.
    pub x: f32,
    /// See `x`.
    pub y: f32,
    /// A finger (bigger hit radius, taps preview first).
    pub touch: bool,
}

/// A pointer gesture in progress on the canvas.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Gesture {
    /// No button or finger down.
    #[default]
    None,
    /// One pointer down: a tap or click if it does not move, else a pan.
    Press {
        /// Which pointer.
        id: i32,
        /// Where it went down.
        start_x: f32,
        /// The window when it went down.
        start_window: (Seconds, Seconds),
        /// Moved beyond the tap slop.
        moved: bool,
    },
    /// Two touch pointers: pinch zoom around their midpoint.
    Pinch {
        /// Which pointers.
        ids: (i32, i32),
        /// Their distance when the second went down.
        start_distance: f32,
        /// The window then.
        start_window: (Seconds, Seconds),
        /// The axis time under their midpoint then.
        centre: Seconds,
    },
}

/// The gesture reducer's state: the gesture, and the touch pointers down (id, x).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gestures {
    /// The gesture in progress.
    pub gesture: Gesture,
    touches: Vec<(i32, f32)>,
}

/// What a pointer event asks of the widget.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Nothing.
    None,
    /// Show this window (pan or zoom).
    Window((Seconds, Seconds)),
    /// Hover at the pointer (update the tooltip and hover ring).
    Hover(Pointer),
    /// A tap or click at the pointer.
    Tap(Pointer),
}

/// How to turn canvas pixels into time for a gesture: the scale's inverse, the plot's width in
/// CSS px, the zoom/pan limits and the direction time runs in.
pub struct Axis<'a> {
    /// Axis time under a canvas x (of the drawn picture, mirrored or not).
    pub invert: &'a dyn Fn(f32) -> Seconds,
    /// Width of the plot in CSS px.
    pub plot_width: f32,
    /// Zoom and pan limits.
    pub limits: ViewLimits,
    /// Time runs from right to left (the picture is mirrored): a drag to the right then brings
    /// later events into view, as the picture follows the finger.
    pub rtl: bool,
}

impl Axis<'_> {
    /// Axis seconds per CSS px of rightward movement: positive when time runs left to right.
    pub fn seconds_per_px(&self, window: (Seconds, Seconds)) -> f64 {
        let per_px = (window.1 - window.0) / f64::from(self.plot_width.max(1.0));
        if self.rtl {
            -per_px
        } else {
            per_px
        }
    }
}

impl Gestures {
    /// A pointer went down (the primary mouse button, a pen or a finger) while `window` shows.
    /// True when the shell should capture the pointer (a press, not a pinch).
    pub fn down(&mut self, p: Pointer, window: (Seconds, Seconds), axis: &Axis<'_>) -> bool {
        if p.touch {
            self.touches.retain(|(id, _)| *id != p.id);
            self.touches.push((p.id, p.x));
            if let [(a, xa), (b, xb)] = self.touches.as_slice() {
                let centre = (axis.invert)((xa + xb) / 2.0);
                self.gesture =
                    Gesture::Pinch { ids: (*a, *b), start_distance: (xa - xb).abs(), start_window: window, centre };
                return false;
            }
        }
        self.gesture = Gesture::Press { id: p.id, start_x: p.x, start_window: window, moved: false };
        true
    }

    /// A pointer moved: a pan or pinch in progress changes the window; otherwise it hovers.
    pub fn moved(&mut self, p: Pointer, axis: &Axis<'_>, m: &Metrics) -> Effect {
        if p.touch {
            self.touches.retain(|(id, _)| *id != p.id);
            self.touches.push((p.id, p.x));
        }
        match &mut self.gesture {
            Gesture::Press { id, start_x, start_window, moved } if *id == p.id => {
                let dx = p.x - *start_x;
                if *moved || dx.abs() > m.tap_slop {
                    *moved = true;
                    // The time under the pointer stays under it, whichever way time runs.
                    let per_px = axis.seconds_per_px(*start_window);
                    return Effect::Window(axis.limits.pan(*start_window, -f64::from(dx) * per_px));
                }
            }
            Gesture::Pinch { ids, start_distance, start_window, centre } => {
                let xs: Vec<f32> =
                    self.touches.iter().filter(|(i, _)| *i == ids.0 || *i == ids.1).map(|(_, x)| *x).collect();
                if let [a, b] = xs.as_slice() {
                    let factor = f64::from((a - b).abs().max(1.0) / start_distance.max(1.0));
                    return Effect::Window(axis.limits.zoom(*start_window, factor, *centre));
                }
                return Effect::None;
            }
            _ => {}
        }
        Effect::Hover(p)
    }

    /// A pointer went up (or was cancelled): a press that did not move is a tap.
    pub fn up(&mut self, p: Pointer, cancelled: bool) -> Effect {
        self.touches.retain(|(id, _)| *id != p.id);
        let gesture = std::mem::take(&mut self.gesture);
        match gesture {
            Gesture::Press { id, moved: false, .. } if id == p.id && !cancelled => Effect::Tap(p),
            _ => Effect::None,
        }
    }

    /// True while a press or pinch is in progress.
    pub fn active(&self) -> bool {
        !matches!(self.gesture, Gesture::None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axis(limits: ViewLimits) -> (impl Fn(f32) -> Seconds, ViewLimits) {
        (|x: f32| f64::from(x) * 100.0, limits)
    }

    #[test]
    fn keyboard_steps_stay_in_bounds() {
        assert_eq!(step(None, true, 3), Some(0));
        assert_eq!(step(None, false, 3), Some(2));
        assert_eq!(step(Some(2), true, 3), Some(2));
        assert_eq!(step(Some(0), false, 3), Some(0));
        assert_eq!(step(Some(0), true, 0), None);
    }

    #[test]
    fn arrows_follow_the_drawing_direction() {
        assert_eq!(key_command("ArrowRight", false), Some(KeyCommand::Step(true)));
        assert_eq!(key_command("ArrowRight", true), Some(KeyCommand::Step(false)));
        assert_eq!(key_command("ArrowLeft", true), Some(KeyCommand::Step(true)));
        assert_eq!(key_command("ArrowDown", true), Some(KeyCommand::Step(true)));
        assert_eq!(key_command("=", false), Some(KeyCommand::ZoomIn));
        assert_eq!(key_command("a", false), None);
    }

    #[test]
    fn a_first_tap_previews_and_a_second_pins() {
        let hit: &[usize] = &[3];
        assert_eq!(tap_action(Some(hit), None, true, false), TapAction::Preview(vec![3]));
        assert_eq!(tap_action(Some(hit), Some(hit), true, false), TapAction::Pin(3));
        assert_eq!(tap_action(Some(hit), None, false, false), TapAction::Pin(3));
        assert_eq!(tap_action(None, Some(hit), true, false), TapAction::Clear);
        assert_eq!(tap_action(Some(&[4, 5]), Some(hit), true, false), TapAction::Preview(vec![4, 5]));
        // Details open: a tap on another event replaces them (no tooltip over them); a badge
        // still previews first.
        assert_eq!(tap_action(Some(hit), None, true, true), TapAction::Pin(3));
        assert_eq!(tap_action(Some(&[4, 5]), None, true, true), TapAction::Preview(vec![4, 5]));
    }

    #[test]
    fn focusing_pans_then_zooms_until_out_of_the_badge() {
        let limits = ViewLimits::new((0.0, 1_000_000.0));
        // Already inside and drawn alone: nothing to do.
        assert_eq!(focus_into_view((0.0, 1_000_000.0), 500_000.0, &limits, |_| false), None);
        // Outside: centred.
        let w = focus_into_view((0.0, 100_000.0), 500_000.0, &limits, |_| false).unwrap();
        assert!((w.0 + w.1) / 2.0 - 500_000.0 < 1.0 && w.1 - w.0 > 99_000.0, "{w:?}");
        // In a badge until the window is under 100 000 s wide: zoomed in, asked at most 13 times.
        let mut asked = 0;
        let w = focus_into_view((0.0, 1_000_000.0), 500_000.0, &limits, |w| {
            asked += 1;
            w.1 - w.0 > 100_000.0
        })
        .unwrap();
        assert!(w.1 - w.0 <= 100_000.0 && w.0 <= 500_000.0 && w.1 >= 500_000.0, "{w:?}");
        assert!(asked <= 13);
    }

    #[test]
    fn a_press_that_moves_pans_and_one_that_does_not_taps() {
        let (invert, limits) = axis(ViewLimits::new((0.0, 100_000.0)));
        let axis = Axis { invert: &invert, plot_width: 1000.0, limits, rtl: false };
        let m = Metrics::DESKTOP;
        let mut g = Gestures::default();
        let p = Pointer { id: 1, x: 500.0, y: 10.0, touch: false };
        assert!(g.down(p, (0.0, 100_000.0), &axis));
        assert_eq!(g.moved(Pointer { x: 502.0, ..p }, &axis, &m), Effect::Hover(Pointer { x: 502.0, ..p }));
        assert_eq!(g.up(Pointer { x: 502.0, ..p }, false), Effect::Tap(Pointer { x: 502.0, ..p }));

        assert!(g.down(p, (0.0, 100_000.0), &axis));
        let Effect::Window(w) = g.moved(Pointer { x: 400.0, ..p }, &axis, &m) else { panic!("no pan") };
        assert!(w.0 > 0.0, "dragging left moves later in time: {w:?}");
        assert_eq!(g.up(Pointer { x: 400.0, ..p }, false), Effect::None);
        assert!(!g.active());
    }

    #[test]
    fn in_a_right_to_left_timeline_the_picture_still_follows_the_finger() {
        // Mirrored: x = 1000 is the start of the axis, x = 0 its end.
        let limits = ViewLimits::new((0.0, 100_000.0));
        let invert = |x: f32| f64::from(1000.0 - x) * 100.0;
        let axis = Axis { invert: &invert, plot_width: 1000.0, limits, rtl: true };
        let m = Metrics::DESKTOP;
        let mut g = Gestures::default();
        let p = Pointer { id: 1, x: 500.0, y: 10.0, touch: false };
        let window = (20_000.0, 70_000.0);
        let under = |w: (Seconds, Seconds), x: f32| w.0 + (w.1 - w.0) * f64::from(1000.0 - x) / 1000.0;
        assert!(g.down(p, window, &axis));
        let Effect::Window(w) = g.moved(Pointer { x: 600.0, ..p }, &axis, &m) else { panic!("no pan") };
        assert!(w.0 > window.0, "dragging right moves later in time when time runs right to left: {w:?}");
        assert!((under(w, 600.0) - under(window, 500.0)).abs() < 1.0, "the time grabbed stays under the pointer");
        g.up(Pointer { x: 600.0, ..p }, false);
        assert!(axis.seconds_per_px(window) < 0.0);
    }

    #[test]
    fn two_fingers_pinch_zoom_around_their_middle() {
        let (invert, limits) = axis(ViewLimits::new((0.0, 100_000.0)));
        let axis = Axis { invert: &invert, plot_width: 1000.0, limits, rtl: false };
        let m = Metrics::DESKTOP;
        let mut g = Gestures::default();
        let a = Pointer { id: 1, x: 400.0, y: 10.0, touch: true };
        let b = Pointer { id: 2, x: 600.0, y: 10.0, touch: true };
        g.down(a, (0.0, 100_000.0), &axis);
        assert!(!g.down(b, (0.0, 100_000.0), &axis));
        let Effect::Window(w) = g.moved(Pointer { x: 700.0, ..b }, &axis, &m) else { panic!("no zoom") };
        assert!(w.1 - w.0 < 100_000.0, "spreading zooms in: {w:?}");
        assert!(w.0 < 50_000.0 && w.1 > 50_000.0);
    }
}
