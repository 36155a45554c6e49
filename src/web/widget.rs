//! One widget's state, and the one way into it.
//!
//! Every callback — a DOM event, the resize observer, an animation frame, an idle slice, a JS
//! API call — goes through [`run`]: upgrade the widget, borrow it, mark it as the one running
//! (so a panic shows in its own panel), do the work, release the borrow, and only then dispatch
//! the events the work queued (`ready`, `error`, `problems`, `select`). A host's listener may
//! therefore call back into the widget (`select`, `setCase`). Events raised by `mount` are
//! dispatched in a microtask, after it has returned (the caller then holds the timeline), and
//! events raised meanwhile queue behind them, in the order raised.
//!
//! Drawing: work marks what is stale ([`Widget::mark`]) and asks for a paint
//! ([`Widget::request_paint`]): one animation frame brings the frame (layout and scene) up to
//! date with the least work and paints it once. A new case and a resize paint at once instead,
//! so `ready` means drawn and a resized canvas never shows a blank frame.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::dom::{self, Callback, Listener};
use super::intl::IntlLocale;
use super::measure::CanvasMeasure;
use super::skeleton::Skeleton;
use super::{intl, js, panels, panic, surface, theme_css};
use crate::describe;
use crate::error::{Limits, Problem, ProblemKind};
use crate::layout::Labels;
use crate::locale::{Key, Locale};
use crate::model::json::{self, NodeSeed};
use crate::model::{load, Case, Format, Input, Loaded};
use crate::pipeline::{self, Frame, Look};
use crate::theme::{Theme, ThemeName};
use crate::view::View;

/// A widget shared between its JS object and the callbacks (which hold it weakly).
pub type Shared = Rc<RefCell<Widget>>;

/// An event for the host, queued while the widget runs.
pub enum Outgoing {
    /// The case is drawn (perhaps with parts left out: `problems`).
    Ready(Vec<Problem>),
    /// Nothing could be drawn.
    Error(Vec<Problem>),
    /// Some problems were found in a case that is drawn.
    Problems(Vec<Problem>),
    /// The reader (or the host) selected an event.
    Select(String),
}

/// What `mount` was told.
pub struct Options {
    /// `theme`: light or dark; `None` follows the reader's preference.
    pub theme: Option<ThemeName>,
    /// `locale`: overrides the case's.
    pub locale: Option<String>,
    /// `pageLocale`: the language of a case that cannot be drawn and states none.
    pub page_locale: Option<String>,
    /// `hash`: write `#event-<id>` to the address.
    pub hash: bool,
    /// `imported`: what importing the first case noticed, reported with its problems.
    pub imported: Vec<Problem>,
    /// `header`: draw the case's title, summary, outcome and source credit (`"none"`: not).
    pub header: bool,
}

/// What must be recomputed before the next paint.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stale {
    /// Lay out again (width, window, theme, case).
    pub layout: bool,
    /// Build the scene again (hover, focus).
    pub scene: bool,
}

/// One widget. State is grouped: the elements, the options, the look (theme, measure, locale),
/// the case, the frame and what is stale, the view, the surface, the list in progress, the
/// pending browser callbacks and the outgoing events.
pub struct Widget {
    /// The elements.
    pub dom: Skeleton,
    /// What `mount` was told.
    pub options: Options,
    /// Colours and font.
    pub theme: Theme,
    /// Text widths through the canvas.
    pub measure: CanvasMeasure,
    /// Words and dates.
    pub locale: IntlLocale,
    /// The case shown, if any.
    pub case: Option<Case>,
    /// What loading it noticed.
    pub problems: Vec<Problem>,
    /// Label widths and texts of the case (reset with the case, theme or locale).
    pub labels: Option<Labels>,
    /// The layout and scene last computed (boxed: callbacks still pending after `destroy` keep
    /// the widget's allocation, not what it owns).
    pub frame: Option<Box<Frame>>,
    /// What the frame lacks.
    pub stale: Stale,
    /// What the reader is looking at.
    pub view: View,
    /// CSS width of the stage and device pixel ratio.
    pub width: f32,
    /// See `width`.
    pub dpr: f32,
    dpr_watch: Option<Listener>,
    /// The next event the screen-reader list gets, and the idle slice pending.
    list_next: usize,
    idle: Option<dom::Idle>,
    paint_request: Option<dom::Frame>,
    on_frame: Callback,
    on_idle: Callback,
    outbox: Vec<Outgoing>,
    /// A microtask will dispatch the outbox (events of `mount`/`setCase`).
    flush_pending: bool,
    me: Weak<RefCell<Widget>>,
    /// How many times the canvas was painted.
    pub paints: u32,
    /// The console has been told about this widget's problems (once per widget).
    warned: bool,
}

/// Runs `f` on the widget as described in the module docs; `None` when the widget is gone or
/// already running (an event it caused re-entering it is skipped, never a panic).
pub fn run<R>(weak: &Weak<RefCell<Widget>>, f: impl FnOnce(&mut Widget) -> R) -> Option<R> {
    let shared = weak.upgrade()?;
    let (result, outbox, host) = {
        let mut w = shared.try_borrow_mut().ok()?;
        let _running = panic::Active::enter(&w.dom.root, &w.dom.banner);
        let result = f(&mut w);
        let outbox = if w.flush_pending { Vec::new() } else { std::mem::take(&mut w.outbox) };
        (result, outbox, w.dom.host.clone())
    };
    dispatch(&host, outbox);
    Some(result)
}

fn dispatch(host: &HtmlElement, outbox: Vec<Outgoing>) {
    for event in outbox {
        let (kind, detail, bubbles) = match event {
            Outgoing::Ready(problems) => ("ready", js::object(&[("problems", js::problems(&problems).into())]), false),
            Outgoing::Problems(problems) => {
                ("problems", js::object(&[("problems", js::problems(&problems).into())]), false)
            }
            Outgoing::Error(problems) => {
                let message = problems.iter().find(|p| p.is_error()).map(ToString::to_string).unwrap_or_default();
                let detail = js::object(&[
                    ("code", "invalid-case".into()),
                    ("message", message.into()),
                    ("problems", js::problems(&problems).into()),
                ]);
                ("error", detail, false)
            }
            Outgoing::Select(id) => ("select", js::object(&[("id", id.into())]), true),
        };
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&detail);
        init.set_bubbles(bubbles);
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(kind, &init) {
            let _ = host.dispatch_event(&event);
        }
    }
}

/// Case JSON text, or a JS object converted with depth and size limits.
fn load_js(case: &JsValue, limits: &Limits) -> Loaded {
    if let Some(text) = js::text(case) {
        return load(Input::Text(&text), Format::Auto, limits);
    }
    let refuse = |kind, message: String| Loaded {
        case: None,
        problems: vec![Problem::error(kind, "", None, message)],
        format: Format::Case,
    };
    if !case.is_object() {
        return refuse(ProblemKind::Missing, "no case was given: pass case JSON text or an object".to_string());
    }
    let budget = std::cell::Cell::new(limits.max_events.saturating_mul(64).max(10_000));
    let deserializer = serde_wasm_bindgen::Deserializer::from(case.clone());
    match serde::de::DeserializeSeed::deserialize(NodeSeed { depth: 0, budget: &budget }, deserializer) {
        Ok(node) => load(Input::Tree(&node), Format::Auto, limits),
        Err(e) => refuse(ProblemKind::Limit, format!("the case object cannot be read: {e}")),
    }
}

/// The top-level `locale` a case states (text or object), read even when it fails validation.
fn stated_locale(case: &JsValue) -> Option<String> {
    match case.as_string() {
        Some(text) => json::parse_deferred(&text).ok()?.0.root.get("locale")?.as_str().map(str::to_string),
        None => super::string_option(case, "locale"),
    }
}

impl Widget {
    /// A widget around `dom`, not showing anything yet.
    pub fn new(dom: Skeleton, options: Options) -> Shared {
        Rc::new_cyclic(|me: &Weak<RefCell<Widget>>| {
            let (frame_me, idle_me) = (me.clone(), me.clone());
            let theme = Theme::named(options.theme.unwrap_or(ThemeName::Light));
            RefCell::new(Widget {
                measure: CanvasMeasure::new(dom.context.clone(), &theme.font_family),
                dom,
                options,
                theme,
                locale: IntlLocale::new("en"),
                case: None,
                problems: Vec::new(),
                labels: None,
                frame: None,
                stale: Stale::default(),
                view: View::default(),
                width: 0.0,
                dpr: 1.0,
                dpr_watch: None,
                list_next: 0,
                idle: None,
                paint_request: None,
                on_frame: Callback::new(move || {
                    run(&frame_me, |w| {
                        w.paint_request = None;
                        w.paint();
                    });
                }),
                on_idle: Callback::new(move || {
                    run(&idle_me, |w| {
                        w.idle = None;
                        w.continue_list();
                    });
                }),
                outbox: Vec::new(),
                flush_pending: false,
                me: me.clone(),
                paints: 0,
                warned: false,
            })
        })
    }

    /// A weak handle for callbacks.
    pub fn me(&self) -> Weak<RefCell<Widget>> {
        self.me.clone()
    }

    /// Queues `event` for the host.
    pub fn emit(&mut self, event: Outgoing) {
        self.outbox.push(event);
    }

    /// Dispatches this run's events (and later ones, in order) in a microtask instead of at its
    /// end: for `mount`, whose events come after it has returned.
    pub fn defer_events(&mut self) {
        if self.flush_pending {
            return;
        }
        self.flush_pending = true;
        let me = self.me.clone();
        dom::microtask(move || {
            run(&me, |w| w.flush_pending = false);
        });
    }

    /// Loads and shows `value` (case JSON text or an object): draws it at once and queues
    /// `ready` (with `problems` when some were found), or shows why not and queues `error`.
    pub fn set_case(&mut self, value: &JsValue) {
        self.hide_tooltip();
        self.close_details(false);
        self.view = View::default();
        self.labels = None;
        self.frame = None;
        self.idle = None;
        let loaded = load_js(value, &Limits::default());
        // What the import of the first case noticed comes first (a later case is not imported).
        self.problems = std::mem::take(&mut self.options.imported);
        // An import that made no case says why; what this build says of the input it cannot
        // read ("reads only the case format") would only hide that.
        if !self.problems.iter().any(Problem::is_error) {
            self.problems.extend(loaded.problems);
        }
        // The option, else the case's language (the one it states, when it cannot be drawn: its
        // panel speaks it; if it states none, the page's), else English; each one passed over
        // is a warning.
        let case_tag = match &loaded.case {
            Some(c) => Some(c.locale.clone()),
            None => stated_locale(value).or_else(|| self.options.page_locale.clone().filter(|t| intl::knows(t))),
        };
        let (tag, warnings) = crate::locale::resolve(self.options.locale.as_deref(), case_tag.as_deref(), &intl::knows);
        self.problems.extend(warnings);
        self.locale = IntlLocale::new(&tag);
        self.dom.label(&self.locale);
        // The whole widget reads in the language's direction (the toolbar, tooltip and panels
        // mirror through CSS); the canvas is mirrored by the pipeline and keeps `dir="ltr"`.
        let dir = if self.locale.is_rtl() { "rtl" } else { "ltr" };
        let _ = self.dom.root.set_attribute("dir", dir);
        let _ = self.dom.root.set_attribute("lang", self.locale.tag());
        let _ = self.dom.root.set_attribute("aria-label", &describe::region_label(loaded.case.as_ref(), &self.locale));
        dom::clear(&self.dom.list);
        self.list_next = 0;
        self.case = loaded.case;
        let fatal = self.case.is_none();
        // Nothing drawn, nothing to zoom: no + − Reset under the panel.
        self.dom.stage.set_hidden(fatal);
        for b in &self.dom.buttons {
            b.set_hidden(fatal);
        }
        match describe::banner(&self.problems, fatal, &self.locale) {
            Some(view) if panels::banner(&self.dom.banner, &view).is_ok() => self.dom.banner.set_hidden(false),
            _ => {
                self.dom.banner.set_hidden(true);
                dom::clear(&self.dom.banner);
            }
        }
        let header = self.case.as_ref().filter(|_| self.options.header).map(|c| describe::header(c, &self.locale));
        let _ = panels::header(&self.dom.header, header.as_ref());
        if let Some(case) = &self.case {
            let key = if case.events.len() > FULL_ITEMS { Key::ListLabelLong } else { Key::ListLabel };
            let label = self.locale.count(key, case.events.len());
            let _ = self.dom.list.set_attribute("aria-label", &label);
            self.mark(true);
            self.paint();
            // The list is built after the first drawing, in idle slices; busy until it is complete.
            let _ = self.dom.list.set_attribute("aria-busy", "true");
            self.idle = dom::Idle::request(&self.on_idle, 1_000);
            self.emit(Outgoing::Ready(self.problems.clone()));
            if !self.problems.is_empty() {
                self.emit(Outgoing::Problems(self.problems.clone()));
            }
            if !self.warned {
                if let Some(text) = describe::console(&self.problems, &crate::locale::English) {
                    self.warned = true;
                    web_sys::console::warn_1(&format!("case-timeline: {text}").into());
                }
            }
        } else {
            self.emit(Outgoing::Error(self.problems.clone()));
        }
    }

    /// Marks the frame stale: the layout (and so the scene), or only the scene.
    pub fn mark(&mut self, layout: bool) {
        self.stale.layout |= layout;
        self.stale.scene = true;
    }

    /// Paints at the next animation frame, once however often asked.
    pub fn request_paint(&mut self) {
        if self.paint_request.is_none() {
            self.paint_request = dom::Frame::request(&self.on_frame);
        }
    }

    /// Brings the frame up to date with the least work: layout and scene, the scene alone, or
    /// nothing. True when there is a frame.
    pub fn ensure_frame(&mut self) -> bool {
        let Some(case) = &self.case else { return false };
        if self.width <= 0.0 {
            (self.width, self.dpr) = surface::measure(&self.dom.stage);
        }
        let look = Look { header: self.options.header, ..Look::new(&self.theme, &self.measure, &self.locale) };
        // Labels measured for the other set of sizes (the width crossed the phone's) are stale.
        if self.labels.as_ref().is_some_and(|l| !l.measured_for(&crate::theme::Metrics::for_width(self.width))) {
            self.labels = None;
        }
        match &mut self.frame {
            Some(frame) if !self.stale.layout => {
                if self.stale.scene {
                    pipeline::repaint(case, frame, &self.theme, self.view.state);
                }
            }
            frame => {
                let labels = self.labels.get_or_insert_with(|| pipeline::labels(case, &look, self.width));
                *frame =
                    Some(Box::new(pipeline::frame(case, labels, &look, self.width, self.view.window, self.view.state)));
            }
        }
        self.stale = Stale::default();
        self.frame.is_some()
    }

    /// Draws the frame (brought up to date first) on the canvas, sized to it.
    pub fn paint(&mut self) {
        if !self.ensure_frame() {
            return;
        }
        if self.dpr_watch.is_none() {
            self.watch_ratio();
        }
        let Some(frame) = &self.frame else { return };
        // The stylesheet lets a finger scroll and zoom the page over the column.
        let layout = if frame.layout.metrics.column { "column" } else { "lanes" };
        if self.dom.root.get_attribute("data-layout").as_deref() != Some(layout) {
            let _ = self.dom.root.set_attribute("data-layout", layout);
        }
        // A very long column is drawn at a lower ratio rather than not at all.
        let dpr = crate::render::backing_ratio(frame.layout.width, frame.layout.height, self.dpr);
        surface::size(&self.dom.canvas, frame.layout.width, frame.layout.height, dpr);
        crate::render::to_canvas(&frame.scene, &self.dom.canvas, dpr);
        self.paints = self.paints.wrapping_add(1);
    }

    /// After a resize or a change of pixel ratio: lays out again and paints at once when the
    /// width or the ratio changed.
    pub fn on_resize(&mut self) {
        let (width, dpr) = surface::measure(&self.dom.stage);
        if (width - self.width).abs() < 0.5 && (dpr - self.dpr).abs() < 0.01 {
            return;
        }
        let ratio_changed = (dpr - self.dpr).abs() >= 0.01;
        (self.width, self.dpr) = (width, dpr);
        if ratio_changed {
            self.watch_ratio();
        }
        if self.case.is_some() {
            self.hide_tooltip();
            self.mark(true);
            self.paint();
        }
    }

    fn watch_ratio(&mut self) {
        let me = self.me.clone();
        self.dpr_watch = surface::watch_ratio(self.dpr, move |_| {
            run(&me, Widget::on_resize);
        });
    }

    /// The theme again (the option or the reader's preference, then the page's CSS); lays out
    /// again at the next paint.
    pub fn refresh_theme(&mut self) {
        self.theme = theme_css::resolve(&self.dom.root, &self.dom.probes, self.options.theme);
        self.measure = CanvasMeasure::new(self.dom.context.clone(), &self.theme.font_family);
        self.labels = None;
        self.mark(true);
    }

    /// Adds the next slice of the screen-reader list — as many items as fit in a few
    /// milliseconds, so no task after the first drawing runs long — and asks for an idle moment
    /// for the rest. The first [`FULL_ITEMS`] events get their summary and quotes; later ones, in
    /// big dockets, their date, title and notes (the list's name says the rest is in each event's
    /// details), which keeps the page's element count near the events'.
    pub fn continue_list(&mut self) {
        /// Milliseconds of list building per slice.
        const BUDGET_MS: f64 = 6.0;
        let Some(case) = &self.case else { return };
        let started = js_sys::Date::now();
        let mut index = self.list_next;
        while index < case.events.len() {
            let full = index < FULL_ITEMS || case.events.len() <= FULL_ITEMS;
            if let Some(view) = describe::event(case, index, &self.locale) {
                let _ = panels::list_item(&self.dom.list, &view, full);
            }
            index += 1;
            if index % 8 == 0 && js_sys::Date::now() - started > BUDGET_MS {
                break;
            }
        }
        self.list_next = index;
        if index < case.events.len() {
            if self.idle.is_none() {
                self.idle = dom::Idle::request(&self.on_idle, 1_000);
            }
        } else {
            let _ = self.dom.list.remove_attribute("aria-busy");
        }
    }
}

/// How many events of a case get their summary and quotes in the screen-reader list.
pub const FULL_ITEMS: usize = 100;
