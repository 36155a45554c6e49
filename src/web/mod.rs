//! The browser shell (wasm32 only): the JS-facing [`CaseTimeline`], DOM tooltip and
//! screen-reader list, pointer and keyboard input. Everything below `web` is pure.

mod dom;
mod input;
mod intl;
mod measure;
mod panic;
mod tooltip;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Event, HtmlCanvasElement, HtmlElement, PointerEvent};

use crate::error::{CaseError, Problem};
use crate::layout::{full_domain, layout_with, Labels, Layout};
use crate::model::json::NodeSeed;
use crate::model::{load, load_any, load_any_node, Case, Limits, Loaded};
use crate::scale::ViewLimits;
use crate::scene::{build, Scene, ViewState};
use crate::theme::{Theme, ThemeName};
use dom::{child, Listener};
use measure::CanvasMeasure;

/// A resize observer and the callback it calls (kept alive together, dropped together).
type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

/// An interactive timeline mounted in an element.
///
/// ```js
/// import init, { CaseTimeline } from "case-timeline";
/// await init();
/// const timeline = CaseTimeline.mount(document.querySelector("#case"), caseJsonText, { theme: "auto" });
/// ```
#[wasm_bindgen]
pub struct CaseTimeline {
    // Interior mutability so `destroy(&self)` works even after a panic left wasm-bindgen's own
    // borrow of this object open (a trap cannot release it).
    widget: RefCell<Option<Rc<RefCell<Widget>>>>,
    /// The widget's root element, kept here too so `destroy` can remove it even after a panic
    /// left the widget's state borrowed.
    root: HtmlElement,
    listeners: RefCell<Vec<Listener>>,
    observer: RefCell<Option<Observer>>,
}

struct Widget {
    host: HtmlElement,
    root: HtmlElement,
    banner: HtmlElement,
    stage: HtmlElement,
    canvas: HtmlCanvasElement,
    tooltip: HtmlElement,
    list: HtmlElement,
    live: HtmlElement,
    measure: CanvasMeasure,
    theme_choice: Option<ThemeName>,
    theme: Theme,
    case: Option<Case>,
    problems: Vec<Problem>,
    layout: Option<Layout>,
    scene: Option<Scene>,
    view: ViewState,
    /// Events shown in the tooltip, and the mark it points at (CSS px in the canvas).
    tip: Option<(Vec<usize>, (f32, f32))>,
    width: f32,
    dpr: f32,
    /// Hidden elements whose computed colours carry the CSS theme (custom properties, forced colours).
    probes: HtmlElement,
    /// The `locale` option, if given; else the case's own.
    locale_choice: Option<String>,
    locale: intl::IntlLocale,
    /// Fires when the device pixel ratio changes (browser zoom, another screen); replaced each time.
    dpr_watch: Option<Listener>,
    me: Weak<RefCell<Widget>>,
    /// The visible interval (axis seconds); `None` shows the whole case.
    window: Option<(f64, f64)>,
    /// The screen-reader list is built in slices after the first drawing: the next event index
    /// to add, the pending timer and its callback.
    list_next: usize,
    list_timer: Option<i32>,
    list_callback: Option<Closure<dyn FnMut()>>,
    /// Label texts and widths for the current case, font and locale (see `Labels`).
    labels: Option<Labels>,
    gesture: input::Gesture,
    /// Set by a pointer press, so the focus that follows it does not jump to the first event.
    pointer_focus: bool,
    /// Touch pointers down on the canvas: (pointer id, x in CSS px).
    touches: Vec<(i32, f32)>,
    /// The pinned details panel and the event it shows.
    details: HtmlElement,
    details_for: Option<usize>,
    /// Write `#event-<id>` to the address bar when an event is selected (option `hash`).
    hash_links: bool,
    /// The pending animation frame, if a redraw is scheduled, and whether it must lay out again.
    frame: Option<i32>,
    frame_relayout: bool,
    frame_callback: Option<Closure<dyn FnMut()>>,
}

fn js_error(message: &str) -> JsError {
    JsError::new(message)
}

#[wasm_bindgen]
impl CaseTimeline {
    /// Mounts a timeline in `element`. `case` is case JSON text or an already parsed object;
    /// `options` may set `theme` ("light", "dark" or "auto"). A bad case does not throw: the
    /// widget shows what is wrong and dispatches an `error` event on `element`.
    pub fn mount(element: HtmlElement, case: JsValue, options: JsValue) -> Result<CaseTimeline, JsError> {
        let doc = element.owner_document().ok_or_else(|| js_error("the element is not in a document"))?;
        let jsv =
            |e: JsValue| js_error(&e.as_string().unwrap_or_else(|| "the page refused a DOM operation".to_string()));
        let root = dom::el(&doc, "div", "ct-root", None).map_err(jsv)?;
        root.set_attribute("role", "region").map_err(jsv)?;
        root.set_tab_index(0);
        let banner = child(&root, "div", "ct-banner", None).map_err(jsv)?;
        banner.set_attribute("role", "alert").map_err(jsv)?;
        banner.set_hidden(true);
        let toolbar = child(&root, "div", "ct-toolbar", None).map_err(jsv)?;
        let mut buttons = Vec::new();
        for (class, label, text) in [
            ("ct-zoom-in", "Zoom in", "+"),
            ("ct-zoom-out", "Zoom out", "−"),
            ("ct-zoom-reset", "Show the whole case", "Reset"),
        ] {
            let b = child(&toolbar, "button", &format!("ct-button {class}"), Some(text)).map_err(jsv)?;
            b.set_attribute("type", "button").map_err(jsv)?;
            b.set_attribute("aria-label", label).map_err(jsv)?;
            b.set_attribute("title", label).map_err(jsv)?;
            // One Tab stop for the widget: the keys + − 0 do what these buttons do.
            b.set_tab_index(-1);
            buttons.push(b);
        }
        let stage = child(&root, "div", "ct-stage", None).map_err(jsv)?;
        let canvas: HtmlCanvasElement =
            child(&stage, "canvas", "ct-canvas", None).map_err(jsv)?.dyn_into().map_err(|_| js_error("no canvas"))?;
        canvas.set_attribute("aria-hidden", "true").map_err(jsv)?;
        let tooltip = child(&stage, "div", "ct-tooltip", None).map_err(jsv)?;
        tooltip.set_attribute("role", "tooltip").map_err(jsv)?;
        tooltip.set_id(&format!("ct-tip-{}", unique_number()));
        tooltip.set_hidden(true);
        let details = child(&root, "div", "ct-details", None).map_err(jsv)?;
        details.set_attribute("role", "dialog").map_err(jsv)?;
        details.set_id(&format!("ct-details-{}", unique_number()));
        details.set_hidden(true);
        let list = child(&root, "ol", "ct-sr-only ct-list", None).map_err(jsv)?;
        let live = child(&root, "div", "ct-sr-only ct-live", None).map_err(jsv)?;
        let probes = child(&root, "div", "ct-probes", None).map_err(jsv)?;
        probes.set_attribute("aria-hidden", "true").map_err(jsv)?;
        for name in PROBES {
            child(&probes, "span", &format!("ct-probe-{name}"), None).map_err(jsv)?;
        }
        live.set_attribute("aria-live", "polite").map_err(jsv)?;
        let context: CanvasRenderingContext2d = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into().ok())
            .ok_or_else(|| js_error("this browser cannot draw on a canvas"))?;
        let theme_choice = match string_option(&options, "theme").as_deref() {
            Some("light") => Some(ThemeName::Light),
            Some("dark") => Some(ThemeName::Dark),
            _ => None,
        };
        let theme = Theme::named(theme_choice.unwrap_or_else(preferred_theme));
        let measure = CanvasMeasure::new(context.clone(), &theme.font_family);
        element.append_child(&root).map_err(jsv)?;
        let widget = Rc::new(RefCell::new(Widget {
            host: element,
            root: root.clone(),
            banner,
            stage: stage.clone(),
            canvas: canvas.clone(),
            tooltip: tooltip.clone(),
            list,
            live,
            measure,
            theme_choice,
            theme,
            case: None,
            problems: Vec::new(),
            layout: None,
            scene: None,
            view: ViewState::default(),
            tip: None,
            width: 0.0,
            dpr: 1.0,
            probes,
            locale_choice: string_option(&options, "locale"),
            locale: intl::IntlLocale::new("en"),
            dpr_watch: None,
            me: Weak::new(),
            window: None,
            list_next: 0,
            list_timer: None,
            list_callback: None,
            labels: None,
            gesture: input::Gesture::None,
            pointer_focus: false,
            touches: Vec::new(),
            details: details.clone(),
            details_for: None,
            hash_links: js_sys::Reflect::get(&options, &"hash".into()).ok().is_some_and(|v| v.is_truthy()),
            frame: None,
            frame_relayout: false,
            frame_callback: None,
        }));
        {
            let mut w = widget.borrow_mut();
            w.me = Rc::downgrade(&widget);
            let me = Rc::downgrade(&widget);
            w.list_callback = Some(Closure::<dyn FnMut()>::new({
                let me = me.clone();
                move || {
                    if let Some(w) = me.upgrade() {
                        if let Ok(mut w) = w.try_borrow_mut() {
                            let _running = w.enter();
                            w.list_timer = None;
                            w.continue_list();
                        }
                    }
                }
            }));
            w.frame_callback = Some(Closure::<dyn FnMut()>::new(move || {
                if let Some(w) = me.upgrade() {
                    if let Ok(mut w) = w.try_borrow_mut() {
                        let _running = w.enter();
                        w.frame = None;
                        if std::mem::take(&mut w.frame_relayout) {
                            w.relayout(true);
                        } else {
                            w.draw();
                        }
                    }
                }
            }));
        }
        let timeline = CaseTimeline {
            widget: RefCell::new(Some(widget.clone())),
            root: root.clone(),
            listeners: RefCell::new(Vec::new()),
            observer: RefCell::new(None),
        };
        timeline.listen(&widget, &canvas, &stage, &root, &buttons, &details).map_err(jsv)?;
        {
            let mut w = widget.borrow_mut();
            let _running = w.enter();
            w.refresh_theme();
            w.set_case(&case);
            w.follow_hash();
        }
        Ok(timeline)
    }

    /// Replaces the case (JSON text or object).
    #[wasm_bindgen(js_name = setCase)]
    pub fn set_case(&self, case: JsValue) {
        if let Some(w) = self.widget() {
            if let Ok(mut w) = w.try_borrow_mut() {
                let _running = w.enter();
                w.set_case(&case);
            }
        }
    }

    /// Focuses the event with this id and opens its tooltip; false if there is no such event.
    pub fn select(&self, id: &str) -> bool {
        let Some(w) = self.widget() else { return false };
        let Ok(mut w) = w.try_borrow_mut() else {
            return false;
        };
        let _running = w.enter();
        let index = w.case.as_ref().and_then(|c| c.events.iter().position(|e| e.id == id));
        match index {
            Some(i) => {
                w.focus_event(i);
                w.open_details(i, false);
                true
            }
            None => false,
        }
    }

    /// Where each drawn event's mark is, in CSS px from the canvas' top-left corner:
    /// `[{ id, title, x, y }]`. Events merged into a count badge are not listed.
    #[wasm_bindgen(js_name = eventAnchors)]
    pub fn event_anchors(&self) -> js_sys::Array {
        let out = js_sys::Array::new();
        let Some(w) = self.widget() else { return out };
        let Ok(w) = w.try_borrow() else { return out };
        let (Some(case), Some(scene)) = (&w.case, &w.scene) else {
            return out;
        };
        for hit in &scene.hits {
            if let [i] = hit.events.as_slice() {
                if let Some(e) = case.events.get(*i) {
                    let o = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&o, &"id".into(), &e.id.as_str().into());
                    let _ = js_sys::Reflect::set(&o, &"title".into(), &e.title.as_str().into());
                    let _ = js_sys::Reflect::set(&o, &"x".into(), &hit.mark.0.into());
                    let _ = js_sys::Reflect::set(&o, &"y".into(), &hit.mark.1.into());
                    out.push(&o);
                }
            }
        }
        out
    }

    /// The visible interval as civil date-times: `{ start: "2019-04-12T06:00:00", end: … }`.
    #[wasm_bindgen(js_name = visibleRange)]
    pub fn visible_range(&self) -> js_sys::Object {
        let o = js_sys::Object::new();
        let Some(w) = self.widget() else { return o };
        let Ok(w) = w.try_borrow() else { return o };
        let (a, b) = w.current_window();
        let text = |s: f64| {
            let d = crate::model::date::datetime(s);
            format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
                d.year(),
                d.month(),
                d.day(),
                d.hour(),
                d.minute(),
                d.second()
            )
        };
        let _ = js_sys::Reflect::set(&o, &"start".into(), &text(a).into());
        let _ = js_sys::Reflect::set(&o, &"end".into(), &text(b).into());
        o
    }

    /// The problems found in the case, as `line:column: path: message` lines.
    pub fn problems(&self) -> Vec<String> {
        let Some(w) = self.widget() else {
            return Vec::new();
        };
        w.try_borrow().map(|w| w.problems.iter().map(ToString::to_string).collect()).unwrap_or_default()
    }

    /// Panics inside this widget, to prove the panic policy (tests only; do not call): the
    /// widget shows an internal-error panel, the call throws, other widgets keep working.
    #[wasm_bindgen(js_name = __testPanic)]
    #[allow(clippy::panic)]
    pub fn test_panic(&self) {
        let Some(w) = self.widget() else { return };
        let Ok(w) = w.try_borrow_mut() else { return };
        let _running = w.enter();
        panic!("forced panic for testing");
    }

    /// Removes the widget from the page and releases every listener and observer.
    pub fn destroy(&self) {
        self.release();
        self.root.remove();
    }
}

impl CaseTimeline {
    fn widget(&self) -> Option<Rc<RefCell<Widget>>> {
        self.widget.try_borrow().ok().and_then(|w| w.clone())
    }

    /// Drops every listener and observer and the widget's state.
    fn release(&self) {
        if let Ok(mut listeners) = self.listeners.try_borrow_mut() {
            listeners.clear();
        }
        if let Some((observer, _)) = self.observer.try_borrow_mut().ok().and_then(|mut o| o.take()) {
            observer.disconnect();
        }
        if let Some(w) = self.widget.try_borrow_mut().ok().and_then(|mut w| w.take()) {
            if let Ok(mut w) = w.try_borrow_mut() {
                w.cancel_frame();
            }
        }
    }
}

impl Drop for CaseTimeline {
    fn drop(&mut self) {
        self.release();
    }
}

impl CaseTimeline {
    fn listen(
        &self,
        widget: &Rc<RefCell<Widget>>,
        canvas: &HtmlCanvasElement,
        stage: &HtmlElement,
        root: &HtmlElement,
        buttons: &[HtmlElement],
        details: &HtmlElement,
    ) -> Result<(), JsValue> {
        let mut listeners = Vec::new();
        let weak = Rc::downgrade(widget);
        let with = move |f: fn(&mut Widget, Event)| {
            let weak: Weak<RefCell<Widget>> = weak.clone();
            move |e: Event| {
                if let Some(w) = weak.upgrade() {
                    // A handler re-entered by an event it caused is skipped, not a panic.
                    if let Ok(mut w) = w.try_borrow_mut() {
                        let _running = w.enter();
                        f(&mut w, e);
                    }
                }
            }
        };
        listeners.push(Listener::new(canvas, "pointermove", with(Widget::on_pointer_move))?);
        listeners.push(Listener::new(canvas, "pointerdown", with(Widget::on_pointer_down))?);
        listeners.push(Listener::new(canvas, "pointerup", with(Widget::on_pointer_up))?);
        listeners.push(Listener::new(canvas, "pointercancel", with(Widget::on_pointer_up))?);
        listeners.push(Listener::new(canvas, "wheel", with(Widget::on_wheel))?);
        listeners.push(Listener::new(stage, "pointerleave", with(Widget::on_leave))?);
        listeners.push(Listener::new(root, "keydown", with(Widget::on_key))?);
        listeners.push(Listener::new(root, "focus", with(Widget::on_focus))?);
        listeners.push(Listener::new(root, "blur", with(Widget::on_blur))?);
        let actions: [fn(&mut Widget, Event); 3] =
            [|w, _| w.zoom_by(1.5), |w, _| w.zoom_by(1.0 / 1.5), |w, _| w.reset_zoom()];
        for (button, action) in buttons.iter().zip(actions) {
            listeners.push(Listener::new(button, "click", with(action))?);
        }
        listeners.push(Listener::new(details, "click", with(Widget::on_details_click))?);
        if let Some(window) = web_sys::window() {
            listeners.push(Listener::new(&window, "hashchange", with(|w, _| w.follow_hash()))?);
            for media in ["(prefers-color-scheme: dark)", "(forced-colors: active)"] {
                if let Some(query) = window.match_media(media).ok().flatten() {
                    listeners.push(Listener::new(&query, "change", with(Widget::on_scheme))?);
                }
            }
        }
        let weak = Rc::downgrade(widget);
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            if let Some(w) = weak.upgrade() {
                if let Ok(mut w) = w.try_borrow_mut() {
                    let _running = w.enter();
                    w.relayout(false);
                }
            }
        });
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
        observer.observe(root);
        *self.observer.borrow_mut() = Some((observer, on_resize));
        *self.listeners.borrow_mut() = listeners;
        Ok(())
    }
}

/// Probe names: each `span.ct-probe-NAME` has `color: var(--_NAME)` in the stylesheet.
const PROBES: [&str; 7] = ["bg", "band", "fg", "muted", "axis", "grid", "focus"];

/// Reads the computed colours of the probes into `base`; without the stylesheet, `base` as is.
fn css_theme(root: &HtmlElement, probes: &HtmlElement, mut base: Theme) -> Theme {
    let Some(window) = web_sys::window() else { return base };
    let style = |e: &web_sys::Element| window.get_computed_style(e).ok().flatten();
    let Some(root_style) = style(root) else { return base };
    if root_style.get_property_value("--_bg").map(|v| v.trim().is_empty()).unwrap_or(true) {
        return base;
    }
    if let Ok(family) = root_style.get_property_value("font-family") {
        if !family.trim().is_empty() {
            base.font_family = family;
        }
    }
    let color_of = |name: &str| {
        let probe = probes.query_selector(&format!(".ct-probe-{name}")).ok().flatten()?;
        parse_css_color(&style(&probe)?.get_property_value("color").ok()?)
    };
    for (name, slot) in PROBES.iter().zip([
        &mut base.background,
        &mut base.band,
        &mut base.text,
        &mut base.muted,
        &mut base.axis,
        &mut base.grid,
        &mut base.focus,
    ]) {
        if let Some(c) = color_of(name) {
            *slot = c;
        }
    }
    let forced = window.match_media("(forced-colors: active)").ok().flatten().is_some_and(|q| q.matches());
    if forced {
        // System colours only: every party in the text colour, told apart by lane and shape.
        base.palette = [base.text; 8];
        base.forced_colors = true;
    }
    base
}

/// `rgb(r, g, b)` or `rgba(r, g, b, a)` as computed styles give them.
fn parse_css_color(text: &str) -> Option<crate::theme::Color> {
    let inner = text.trim().strip_prefix("rgba(").or_else(|| text.trim().strip_prefix("rgb("))?.strip_suffix(')')?;
    let parts: Vec<f32> =
        inner.split([',', ' ', '/']).filter(|p| !p.is_empty()).filter_map(|p| p.parse().ok()).collect();
    let channel = |i: usize| -> Option<u8> {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        parts.get(i).map(|v| v.round().clamp(0.0, 255.0) as u8)
    };
    let alpha = parts.get(3).copied().unwrap_or(1.0);
    if alpha < 0.5 {
        return None;
    }
    Some(crate::theme::Color::rgb(channel(0)?, channel(1)?, channel(2)?))
}

fn string_option(options: &JsValue, key: &str) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    js_sys::Reflect::get(options, &key.into()).ok().and_then(|v| v.as_string())
}

fn preferred_theme() -> ThemeName {
    let dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|q| q.matches());
    if dark {
        ThemeName::Dark
    } else {
        ThemeName::Light
    }
}

fn unique_number() -> u32 {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    NEXT.with(|n| {
        n.set(n.get().wrapping_add(1));
        n.get()
    })
}

/// Case JSON text, or a JS object converted with depth and size limits.
fn load_js(case: &JsValue, limits: &Limits) -> Result<Loaded, CaseError> {
    if let Some(text) = case.as_string() {
        return load_any(&text, limits);
    }
    if !case.is_object() {
        return Err(CaseError::single(Problem::error("", None, "no case was given: pass case JSON text or an object")));
    }
    let budget = std::cell::Cell::new(limits.max_events.saturating_mul(64).max(10_000));
    let deserializer = serde_wasm_bindgen::Deserializer::from(case.clone());
    let node = serde::de::DeserializeSeed::deserialize(NodeSeed { depth: 0, budget: &budget }, deserializer)
        .map_err(|e| CaseError::single(Problem::error("", None, format!("the case object cannot be read: {e}"))))?;
    load_any_node(&node, limits)
}

impl Widget {
    fn set_case(&mut self, case: &JsValue) {
        self.hide_tooltip();
        self.close_details(false);
        self.view = ViewState::default();
        self.window = None;
        self.labels = None;
        match load_js(case, &Limits::default()) {
            Ok(loaded) => {
                self.root.set_attribute("aria-label", &format!("Timeline: {}", loaded.case.title)).ok();
                self.problems = loaded.problems;
                let tag = self.locale_choice.clone().unwrap_or_else(|| loaded.case.locale.clone());
                self.locale = intl::IntlLocale::new(&tag);
                let _ = self.root.set_attribute("lang", &tag);
                let rtl =
                    ["he", "iw", "ar", "fa", "ur", "yi"].iter().any(|l| tag == *l || tag.starts_with(&format!("{l}-")));
                for e in [&self.tooltip, &self.list, &self.banner] {
                    let _ = e.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
                }
                tooltip::start_list(&self.list, &loaded.case);
                self.list_next = 0;
                self.case = Some(loaded.case);
                self.stage.set_hidden(false);
                self.show_banner(false);
                self.relayout(true);
                self.continue_list();
                self.dispatch("ready", None);
            }
            Err(err) => {
                self.root.set_attribute("aria-label", "Timeline (could not be shown)").ok();
                self.problems = err.problems;
                self.case = None;
                self.layout = None;
                self.scene = None;
                dom::clear(&self.list);
                self.list_next = 0;
                self.stage.set_hidden(true);
                self.show_banner(true);
                let message = self.problems.first().map(ToString::to_string).unwrap_or_default();
                self.dispatch("error", Some(("invalid-case", message)));
            }
        }
    }

    fn show_banner(&self, fatal: bool) {
        let errors: Vec<&Problem> = self.problems.iter().filter(|p| p.is_error()).collect();
        if errors.is_empty() && !fatal {
            self.banner.set_hidden(true);
            dom::clear(&self.banner);
            return;
        }
        let _ = tooltip::fill_banner(&self.banner, fatal, &self.problems);
        self.banner.set_hidden(false);
    }

    fn dispatch(&self, kind: &str, error: Option<(&str, String)>) {
        let init = web_sys::CustomEventInit::new();
        let detail = js_sys::Object::new();
        if let Some((code, message)) = error {
            let _ = js_sys::Reflect::set(&detail, &"code".into(), &code.into());
            let _ = js_sys::Reflect::set(&detail, &"message".into(), &message.into());
        }
        init.set_detail(&detail);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(kind, &init) {
            let _ = self.host.dispatch_event(&event);
        }
    }

    /// Lays out again if the width, DPR or theme changed (or `force`), then draws.
    fn relayout(&mut self, force: bool) {
        if self.case.is_none() {
            return;
        }
        #[allow(clippy::cast_possible_truncation)]
        let width = (self.stage.client_width() as f32).max(200.0);
        #[allow(clippy::cast_possible_truncation)]
        let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio() as f32);
        if !force && (width - self.width).abs() < 0.5 && (dpr - self.dpr).abs() < 0.01 {
            return;
        }
        self.width = width;
        if (dpr - self.dpr).abs() >= 0.01 || self.dpr_watch.is_none() {
            self.watch_dpr(dpr);
        }
        self.dpr = dpr;
        let Some(case) = &self.case else { return };
        let labels = self.labels.get_or_insert_with(|| Labels::new(case, &self.measure, &self.locale));
        let l = layout_with(case, labels, width, self.window, &self.theme, &self.measure, &self.locale);
        let style = self.canvas.style();
        let _ = style.set_property("width", &format!("{width}px"));
        let _ = style.set_property("height", &format!("{}px", l.height));
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        {
            self.canvas.set_width((width * dpr).round() as u32);
            self.canvas.set_height((l.height * dpr).round() as u32);
        }
        self.layout = Some(l);
        self.draw();
    }

    fn draw(&mut self) {
        let (Some(case), Some(l)) = (&self.case, &self.layout) else {
            return;
        };
        let scene = build(case, l, &self.theme, self.view);
        crate::render::to_canvas(&scene, &self.canvas, self.dpr);
        self.scene = Some(scene);
    }

    fn pointer_position(&self, e: &PointerEvent) -> (f32, f32) {
        let rect = self.canvas.get_bounding_client_rect();
        #[allow(clippy::cast_possible_truncation)]
        let p = ((f64::from(e.client_x()) - rect.left()) as f32, (f64::from(e.client_y()) - rect.top()) as f32);
        p
    }

    /// Marks this widget as the one running, so a panic shows in its panel (see `panic`).
    fn enter(&self) -> panic::Active {
        panic::Active::enter(&self.root, &self.banner)
    }

    /// Width of the plotting area in CSS px (for pixel ↔ time conversions).
    fn plot_width(&self) -> f32 {
        self.layout.as_ref().map_or(self.width, |l| (l.scale.range.1 - l.scale.range.0).max(1.0))
    }

    fn scale_invert(&self, x: f32) -> f64 {
        self.layout.as_ref().map_or(0.0, |l| l.scale.invert(x))
    }

    /// The visible interval, whole case included.
    fn current_window(&self) -> (f64, f64) {
        match (self.window, &self.case) {
            (Some(w), _) => w,
            (None, Some(c)) => full_domain(c),
            (None, None) => (0.0, 1.0),
        }
    }

    fn limits(&self) -> Option<ViewLimits> {
        self.case.as_ref().map(|c| ViewLimits::new(full_domain(c)))
    }

    /// Shows `window` (if any) at the next animation frame.
    fn set_window(&mut self, window: Option<(f64, f64)>) {
        if let Some(w) = window {
            if Some(w) != self.window {
                self.window = Some(w);
                self.hide_tooltip();
                self.frame_relayout = true;
                self.schedule_draw();
            }
        }
    }

    fn zoom_by(&mut self, factor: f64) {
        let window = self.current_window();
        self.set_window(self.limits().map(|l| l.zoom(window, factor, (window.0 + window.1) / 2.0)));
    }

    fn reset_zoom(&mut self) {
        if self.window.is_some() {
            self.window = None;
            self.hide_tooltip();
            self.frame_relayout = true;
            self.schedule_draw();
        }
    }

    /// Draws (and lays out, if marked) at the next animation frame, once however often asked.
    fn schedule_draw(&mut self) {
        if self.frame.is_some() {
            return;
        }
        let (Some(window), Some(callback)) = (web_sys::window(), &self.frame_callback) else { return };
        self.frame = window.request_animation_frame(callback.as_ref().unchecked_ref()).ok();
    }

    fn cancel_frame(&mut self) {
        if let (Some(id), Some(window)) = (self.frame.take(), web_sys::window()) {
            let _ = window.cancel_animation_frame(id);
        }
        // Idle-callback ids are kept as they are, timer ids as -id-1.
        if let (Some(id), Some(window)) = (self.list_timer.take(), web_sys::window()) {
            if id >= 0 {
                window.cancel_idle_callback(id.unsigned_abs());
            } else {
                window.clear_timeout_with_handle(-id - 1);
            }
        }
    }

    /// Adds the next slice of the screen-reader list; schedules the rest for later.
    fn continue_list(&mut self) {
        const SLICE: usize = 100;
        let Some(case) = &self.case else { return };
        let end = (self.list_next + SLICE).min(case.events.len());
        let _ = tooltip::extend_list(&self.list, case, &self.locale, self.list_next..end);
        self.list_next = end;
        if end < case.events.len() && self.list_timer.is_none() {
            if let (Some(window), Some(callback)) = (web_sys::window(), &self.list_callback) {
                // When the browser is idle (so panning stays smooth), at the latest after a second.
                let options = web_sys::IdleRequestOptions::new();
                options.set_timeout(1_000);
                let function: &js_sys::Function = callback.as_ref().unchecked_ref();
                self.list_timer = match window.request_idle_callback_with_options(function, &options) {
                    Ok(id) => i32::try_from(id).ok(),
                    // No requestIdleCallback (older Safari): a plain timer.
                    Err(_) => window
                        .set_timeout_with_callback_and_timeout_and_arguments_0(function, 50)
                        .ok()
                        .map(|id| -id - 1),
                };
            }
        }
    }

    /// The events under (x, y) in canvas CSS px, and their mark.
    fn hit_events(&self, x: f32, y: f32, radius: f32) -> Option<(Vec<usize>, (f32, f32))> {
        self.scene.as_ref().and_then(|s| crate::hit::hit_test(s, x, y, radius)).map(|h| (h.events.clone(), h.mark))
    }

    /// Hover: the tooltip follows the event under the pointer. Empty canvas keeps the tooltip
    /// so the pointer can travel onto it (WCAG 1.4.13); Escape or leaving the widget closes it.
    fn hover_at(&mut self, x: f32, y: f32, touch: bool) {
        let Some((events, mark)) = self.hit_events(x, y, if touch { 12.0 } else { 4.0 }) else { return };
        let first = events.first().copied();
        if self.view.hovered != first || self.tip.is_none() {
            self.view.hovered = first;
            self.draw();
            self.show_tooltip(events, mark);
        }
    }

    /// Pins the details panel for event `index` and dispatches `select`. From the keyboard,
    /// focus moves into the panel; Escape brings it back.
    fn open_details(&mut self, index: usize, move_focus: bool) {
        let Some(case) = &self.case else { return };
        let Some(event) = case.events.get(index) else { return };
        if tooltip::fill_details(&self.details, case, index, &self.locale).is_err() {
            return;
        }
        let id = event.id.clone();
        self.details_for = Some(index);
        self.details.set_hidden(false);
        self.hide_tooltip();
        if move_focus {
            if let Ok(Some(heading)) = self.details.query_selector(".ct-details-title") {
                if let Ok(h) = heading.dyn_into::<HtmlElement>() {
                    let _ = h.focus();
                }
            }
        }
        if self.hash_links {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let hash = format!("#event-{}", String::from(js_sys::encode_uri_component(&id)));
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&hash));
            }
        }
        self.dispatch_select(&id);
    }

    fn close_details(&mut self, return_focus: bool) {
        if self.details_for.take().is_none() {
            return;
        }
        self.details.set_hidden(true);
        dom::clear(&self.details);
        if return_focus {
            let _ = self.root.focus();
            if let Some(i) = self.view.focused {
                self.focus_event(i);
            }
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

    /// Opens the event named by `#event-<id>` in the address, if this widget has it.
    fn follow_hash(&mut self) {
        let Some(hash) = web_sys::window().and_then(|w| w.location().hash().ok()) else { return };
        let Some(encoded) = hash.strip_prefix("#event-") else { return };
        let id = js_sys::decode_uri_component(encoded).map(String::from).unwrap_or_else(|_| encoded.to_string());
        let Some(index) = self.case.as_ref().and_then(|c| c.events.iter().position(|e| e.id == id)) else { return };
        let _ = self.root.focus();
        self.focus_event(index);
        self.open_details(index, false);
        self.root.scroll_into_view();
    }

    fn dispatch_select(&self, id: &str) {
        let init = web_sys::CustomEventInit::new();
        let detail = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&detail, &"id".into(), &id.into());
        init.set_detail(&detail);
        init.set_bubbles(true);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("select", &init) {
            let _ = self.host.dispatch_event(&event);
        }
    }

    fn on_scheme(&mut self, _e: Event) {
        self.refresh_theme();
        self.relayout(true);
    }

    /// A listener on `(resolution: <dpr>dppx)`, which stops matching when the ratio changes.
    fn watch_dpr(&mut self, dpr: f32) {
        self.dpr_watch = None;
        let query = web_sys::window().and_then(|w| w.match_media(&format!("(resolution: {dpr}dppx)")).ok().flatten());
        let Some(query) = query else { return };
        let me = self.me.clone();
        self.dpr_watch = Listener::new(&query, "change", move |_| {
            if let Some(w) = me.upgrade() {
                if let Ok(mut w) = w.try_borrow_mut() {
                    let _running = w.enter();
                    w.relayout(false);
                }
            }
        })
        .ok();
    }

    /// The theme: light or dark (the option, else the reader's preference), then the colours
    /// and font the page's CSS gives through the custom properties (`--ct-*`), and the system
    /// colours under `forced-colors: active`.
    fn refresh_theme(&mut self) {
        let base = Theme::named(self.theme_choice.unwrap_or_else(preferred_theme));
        let name = match base.name {
            ThemeName::Light => "light",
            ThemeName::Dark => "dark",
        };
        let _ = self.root.set_attribute("data-theme", name);
        self.theme = css_theme(&self.root, &self.probes, base);
        self.measure = CanvasMeasure::new(self.measure.context(), &self.theme.font_family);
        self.labels = None;
    }

    /// Moves the keyboard focus ring to event `index`, bringing it into view (panning, or zooming
    /// in when it hides in a count badge), and announces it.
    fn focus_event(&mut self, index: usize) {
        self.view.focused = Some(index);
        if let (Some(at), Some(limits)) =
            (self.case.as_ref().and_then(|c| crate::layout::anchor(c, index)), self.limits())
        {
            let window = self.current_window();
            let span = window.1 - window.0;
            let inside = at >= window.0 + span * 0.02 && at <= window.1 - span * 0.02;
            if !inside {
                self.window = Some(limits.clamp((at - span / 2.0, at + span / 2.0)));
                self.relayout(true);
            }
            let in_badge = self
                .scene
                .as_ref()
                .is_some_and(|s| s.hits.iter().any(|h| h.events.len() > 1 && h.events.contains(&index)));
            if in_badge {
                let mut w = self.current_window();
                for _ in 0..12 {
                    w = limits.zoom(w, 2.0, at);
                    self.window = Some(w);
                    self.relayout(true);
                    let still = self
                        .scene
                        .as_ref()
                        .is_some_and(|s| s.hits.iter().any(|h| h.events.len() > 1 && h.events.contains(&index)));
                    if !still {
                        break;
                    }
                }
            }
        }
        self.draw();
        let hit = self.scene.as_ref().and_then(|s| s.hits.iter().find(|h| h.events.contains(&index))).map(|h| h.mark);
        if let Some(mark) = hit {
            self.show_tooltip(vec![index], mark);
        }
        if let Some(e) = self.case.as_ref().and_then(|c| c.events.get(index)) {
            let mut text = format!("{}: {}", e.date_text(&self.locale), e.title);
            if text.chars().count() > 150 {
                text = text.chars().take(149).collect::<String>() + "…";
            }
            self.live.set_text_content(Some(&text));
        }
    }

    fn show_tooltip(&mut self, events: Vec<usize>, mark: (f32, f32)) {
        let Some(case) = &self.case else { return };
        if tooltip::fill_tooltip(&self.tooltip, case, &events, &self.locale).is_err() {
            return;
        }
        self.tooltip.set_hidden(false);
        let _ = self.root.set_attribute("aria-describedby", &self.tooltip.id());
        #[allow(clippy::cast_precision_loss)]
        let size = (self.tooltip.offset_width() as f32, self.tooltip.offset_height() as f32);
        let height = self.layout.as_ref().map_or(0.0, |l| l.height);
        let (left, top) = match &self.scene {
            Some(scene) => {
                // The visible part of the page, in canvas coordinates (the tooltip may overflow the
                // canvas, not the viewport).
                let top = self.canvas.get_bounding_client_rect().top() as f32;
                let viewport = web_sys::window()
                    .and_then(|w| w.inner_height().ok())
                    .and_then(|h| h.as_f64())
                    .unwrap_or(f64::from(height)) as f32;
                let area = crate::layout::Rect { x: 0.0, y: -top, w: self.width, h: viewport };
                crate::hit::place_tooltip(scene, mark, size, area)
            }
            None => (mark.0, mark.1),
        };
        let style = self.tooltip.style();
        let _ = style.set_property("left", &format!("{left}px"));
        let _ = style.set_property("top", &format!("{top}px"));
        self.tip = Some((events, mark));
    }

    fn hide_tooltip(&mut self) {
        self.tooltip.set_hidden(true);
        let _ = self.root.remove_attribute("aria-describedby");
        self.tip = None;
    }
}

/// Also exported for hosts that want to validate before mounting: the problems in case JSON
/// text, as `line:column: path: message` lines (empty when the case is clean).
#[wasm_bindgen(js_name = validateCase)]
pub fn validate_case(text: &str) -> Vec<String> {
    match load(text, &Limits::default()) {
        Ok(l) => l.problems.iter().map(ToString::to_string).collect(),
        Err(e) => e.problems.iter().map(ToString::to_string).collect(),
    }
}
