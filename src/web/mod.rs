//! The browser shell (wasm32 only): the JS-facing API. Its doc comments are the JS API's one
//! description: wasm-bindgen copies them into `case_timeline.d.ts`, which `www/index.d.ts`
//! re-exports (and the README's API section is checked against).
//!
//! Inside: [`widget`] (state and the one entry helper), [`actions`] (focus, tooltip, details,
//! zoom), [`input`] (pointer, wheel, keys), [`skeleton`] (the elements), [`panels`] (what the
//! panels say, as elements), [`surface`] (canvas size and pixel ratio), [`theme_css`], [`intl`],
//! [`measure`], [`panic`], [`dom`] (RAII handles), [`js`] (plain JS values).

mod actions;
mod dom;
#[cfg(feature = "editor")]
pub mod editor;
mod input;
mod intl;
mod js;
mod measure;
mod panels;
mod panic;
mod skeleton;
mod surface;
mod theme_css;
mod widget;

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::error::{Limits, Problem, ProblemKind};
use crate::locale::English;
use crate::model::{load, Format, Input};
use dom::{Listener, Observer};
use skeleton::Skeleton;
use widget::{run, Options, Shared, Widget};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Options of `CaseTimeline.mount` (and of the package's `mount`). */
export interface MountOptions {
  /** "light" or "dark"; anything else (or absent) follows the reader's preference. */
  theme?: "light" | "dark" | "auto";
  /** BCP 47 tag for the interface language, dates and direction; default: the case's `locale`. */
  locale?: string;
  /** The page's language (BCP 47): what a case that cannot be drawn and states no `locale` explains its problems in (when its pack is registered); ignored otherwise. `<case-timeline>` passes its page's `lang`. */
  pageLocale?: string;
  /** Write `#event-<id>` to the address bar when an event is selected. */
  hash?: boolean;
  /** Problems found before the case reached the widget (the package's `mount` and `<case-timeline>` pass what importing TimelineJS3 or a spreadsheet noticed): reported as problems of kind "import" (warnings unless `severity` is "error": then the import made no case, and the widget shows them as why), before the widget's own, in `ready`/`error`, `problems` and `problems()`. `path`, `message`, `severity`, `line` and `column` are read. */
  imported?: Array<Pick<CaseProblem, "path" | "message"> & Partial<Pick<CaseProblem, "severity" | "line" | "column">>>;
  /** "none": leave out the case's title, summary, outcome and source credit (for pages that show them already). The party list stays. */
  header?: "none" | "show";
}

/** A case: case-format JSON as text or as a parsed object. (The package's `mount` and `<case-timeline>` also take TimelineJS3 JSON and spreadsheets, converted by the editor build first; `CaseTimeline.mount` in the reader's build says that it cannot read them.) */
export type CaseData = string | object;

/** One problem found in a case. `line` and `column` are null when the case was not text. */
export interface CaseProblem {
  /** "info" only from the editor's importers: how a free-form spreadsheet value was read. */
  severity: "error" | "warning" | "info";
  /** syntax, missing, wrong-type, empty, not-allowed, unknown-field, unknown-reference, broken-reference, duplicate, date, invalid, limit, import, no-events */
  kind: string;
  /** JSON path such as `events[3].date` (an importer's own place for imports); "" for the document. */
  path: string;
  line: number | null;
  column: number | null;
  /** What is wrong and how to fix it, in English (validation messages are for editors). */
  message: string;
  /** The whole problem as one line, as `case-timeline validate` prints it: `line:column: path: message`. */
  text: string;
}

/** Where a drawn event's mark is, in CSS px from the canvas' top-left corner. */
export interface EventAnchor { id: string; title: string; x: number; y: number }

/** The visible interval as civil date-times ("2019-04-12T06:00:00"). */
export interface VisibleRange { start: string; end: string }
"#;

/// An interactive timeline mounted in an element.
///
/// Events, dispatched on the element given to `mount` (those of `mount` itself once it has
/// returned, so the caller holds the timeline when they arrive): `ready`
/// (the case is drawn; `detail.problems` lists what was left out or ignored), `problems` (only
/// when there are some; `detail.problems`), `error` (nothing could be drawn; `detail.code` is
/// `"invalid-case"`, `detail.message` the first error, `detail.problems` all of them) and
/// `select` (an event was selected; `detail.id`; bubbles). Listeners may call back into the
/// timeline.
#[wasm_bindgen]
pub struct CaseTimeline {
    // Interior mutability so `destroy(&self)` works even after a panic left wasm-bindgen's own
    // borrow of this object open (a trap cannot release it).
    widget: RefCell<Option<Shared>>,
    me: Weak<RefCell<Widget>>,
    /// The widget's root element, kept here too so `destroy` can remove it even after a panic
    /// left the widget's state borrowed.
    root: HtmlElement,
    listeners: RefCell<Vec<Listener>>,
    observer: RefCell<Option<Observer>>,
}

fn string_option(options: &JsValue, key: &str) -> Option<String> {
    if !options.is_object() {
        return None;
    }
    js_sys::Reflect::get(options, &key.into()).ok().and_then(|v| v.as_string())
}

/// The `imported` option: at most 1,000 `{ severity?, path, line?, column?, message }` objects
/// (a warning of kind import unless `severity` is "error": then the import made no case, and
/// these are why).
fn imported_option(options: &JsValue) -> Vec<Problem> {
    let list = js_sys::Reflect::get(options, &"imported".into()).unwrap_or(JsValue::UNDEFINED);
    if !js_sys::Array::is_array(&list) {
        return Vec::new();
    }
    let get = |p: &JsValue, key: &str| js_sys::Reflect::get(p, &key.into()).unwrap_or(JsValue::UNDEFINED);
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let number = |p: &JsValue, key: &str| get(p, key).as_f64().unwrap_or(0.0) as u32;
    js_sys::Array::from(&list)
        .iter()
        .take(1_000)
        .filter_map(|p| {
            let mut problem = Problem::warning(
                ProblemKind::Import,
                get(&p, "path").as_string().unwrap_or_default(),
                None,
                get(&p, "message").as_string()?,
            );
            if get(&p, "severity").as_string().as_deref() == Some("error") {
                problem.severity = crate::error::Severity::Error;
            }
            let (line, column) = (number(&p, "line"), number(&p, "column"));
            if line > 0 && column > 0 {
                problem.pos = Some(crate::error::Pos { line, column });
            }
            Some(problem)
        })
        .collect()
}

fn js_error(e: JsValue) -> JsError {
    JsError::new(&e.as_string().unwrap_or_else(|| "the page refused a DOM operation".to_string()))
}

#[wasm_bindgen]
impl CaseTimeline {
    /// Mounts a timeline in `element`: `data` is case JSON text or a parsed object (the case
    /// format; the editor's build also reads TimelineJS3 and spreadsheets). A bad case does not throw: the widget shows what is wrong and
    /// dispatches `error`; a good one is drawn before this returns and dispatches `ready`.
    pub fn mount(
        element: HtmlElement,
        #[wasm_bindgen(unchecked_param_type = "CaseData")] data: JsValue,
        #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: Option<JsValue>,
    ) -> Result<CaseTimeline, JsError> {
        let options = options.unwrap_or(JsValue::UNDEFINED);
        let dom = Skeleton::build(&element, &English).map_err(js_error)?;
        let root = dom.root.clone();
        let options = Options {
            theme: theme_css::named(string_option(&options, "theme").as_deref()),
            locale: string_option(&options, "locale"),
            page_locale: string_option(&options, "pageLocale"),
            hash: js_sys::Reflect::get(&options, &"hash".into()).ok().is_some_and(|v| v.is_truthy()),
            imported: imported_option(&options),
            header: string_option(&options, "header").as_deref() != Some("none"),
        };
        let shared = Widget::new(dom, options);
        let me = std::rc::Rc::downgrade(&shared);
        let listeners = run(&me, |w| input::listen(w)).unwrap_or_else(|| Ok(Vec::new())).map_err(js_error)?;
        let resize_me = me.clone();
        let observer = Observer::new(&root, move || {
            run(&resize_me, Widget::on_resize);
        })
        .map_err(js_error)?;
        run(&me, |w| {
            w.defer_events();
            w.refresh_theme();
            w.set_case(&data);
            w.follow_hash();
        });
        Ok(CaseTimeline {
            widget: RefCell::new(Some(shared)),
            me,
            root,
            listeners: RefCell::new(listeners),
            observer: RefCell::new(Some(observer)),
        })
    }

    /// Replaces the case (JSON text or object) and draws it; `ready` (or `error`) is dispatched
    /// before this returns, once the timeline can be called again.
    #[wasm_bindgen(js_name = setCase)]
    pub fn set_case(&self, #[wasm_bindgen(unchecked_param_type = "CaseData")] data: JsValue) {
        run(&self.me, |w| w.set_case(&data));
    }

    /// Focuses the event with this id and opens its details (dispatching `select` when the
    /// selection changes); false if there is no such event.
    pub fn select(&self, id: &str) -> bool {
        run(&self.me, |w| w.select_id(id)).unwrap_or(false)
    }

    /// Reads the theme again and redraws. The timeline does this on its own when the colours of
    /// its `--ct-*` custom properties change (however they change: a class on an ancestor, a
    /// style attribute, a stylesheet), when the reader's colour scheme changes, and
    /// `<case-timeline>` when its `theme` attribute changes; call it after changing only the
    /// font (`--ct-font`), which the timeline cannot notice.
    #[wasm_bindgen(js_name = refreshTheme)]
    pub fn refresh_theme(&self) {
        run(&self.me, |w| {
            w.refresh_theme();
            w.paint();
        });
    }

    /// Where each drawn event's mark is, in CSS px from the canvas' top-left corner. Events
    /// merged into a count badge are not listed.
    #[wasm_bindgen(js_name = eventAnchors, unchecked_return_type = "EventAnchor[]")]
    pub fn event_anchors(&self) -> js_sys::Array {
        run(&self.me, |w| {
            let out = js_sys::Array::new();
            w.ensure_frame();
            if let (Some(case), Some(frame)) = (&w.case, &w.frame) {
                for hit in &frame.scene.hits {
                    if let [i] = hit.events.as_slice() {
                        if let Some(e) = case.events.get(*i) {
                            out.push(&js::object(&[
                                ("id", e.id.as_str().into()),
                                ("title", e.title.as_str().into()),
                                ("x", hit.mark.0.into()),
                                ("y", hit.mark.1.into()),
                            ]));
                        }
                    }
                }
            }
            out
        })
        .unwrap_or_default()
    }

    /// The visible interval as civil date-times: `{ start: "2019-04-12T06:00:00", end: … }`.
    #[wasm_bindgen(js_name = visibleRange, unchecked_return_type = "VisibleRange")]
    pub fn visible_range(&self) -> js_sys::Object {
        run(&self.me, |w| {
            let (a, b) = w.window();
            let text = |s: f64| {
                let d = crate::time::datetime(s);
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
            js::object(&[("start", text(a).into()), ("end", text(b).into())])
        })
        .unwrap_or_else(js_sys::Object::new)
    }

    /// The problems found in the case: errors first, then in file order.
    #[wasm_bindgen(unchecked_return_type = "CaseProblem[]")]
    pub fn problems(&self) -> js_sys::Array {
        run(&self.me, |w| js::problems(&w.problems)).unwrap_or_default()
    }

    /// Panics inside this widget, to prove the panic policy (only in builds with the
    /// `test-hooks` feature): the widget shows an internal-error panel, the call throws, other
    /// widgets keep working.
    #[cfg(feature = "test-hooks")]
    #[wasm_bindgen(js_name = __testPanic)]
    #[allow(clippy::panic)]
    pub fn test_panic(&self) {
        run(&self.me, |_| panic!("forced panic for testing"));
    }

    /// How many times the canvas was painted (only in builds with the `test-hooks` feature).
    #[cfg(feature = "test-hooks")]
    #[wasm_bindgen(js_name = __paints)]
    pub fn paints(&self) -> u32 {
        run(&self.me, |w| w.paints).unwrap_or(0)
    }

    /// Removes the widget from the page and releases every listener, observer, frame and idle
    /// callback.
    pub fn destroy(&self) {
        self.release();
        self.root.remove();
    }
}

impl CaseTimeline {
    /// Drops every listener and observer and the widget's state (with its pending frame and
    /// idle callbacks), even after a panic left the state borrowed.
    fn release(&self) {
        if let Ok(mut listeners) = self.listeners.try_borrow_mut() {
            listeners.clear();
        }
        if let Ok(mut observer) = self.observer.try_borrow_mut() {
            observer.take();
        }
        if let Ok(mut widget) = self.widget.try_borrow_mut() {
            widget.take();
        }
    }
}

impl Drop for CaseTimeline {
    fn drop(&mut self) {
        self.release();
    }
}

/// The problems in case text (the case format, TimelineJS JSON or CSV; `format` is "auto",
/// "case", "timelinejs", "csv" or, in the editor's build, "sheet"; default "auto"), errors
/// first; empty when the case is clean.
#[wasm_bindgen(js_name = validateCase, unchecked_return_type = "CaseProblem[]")]
pub fn validate_case(text: &str, format: Option<String>) -> js_sys::Array {
    let format = format.as_deref().map_or(Some(Format::Auto), Format::parse);
    let Some(format) = format else {
        let message = "the format must be \"auto\", \"case\", \"timelinejs\", \"csv\" or \"sheet\"";
        return js::problems(&[Problem::error(ProblemKind::NotAllowed, "", None, message)]);
    };
    js::problems(&load(Input::Text(text), format, &Limits::default()).problems)
}

/// Registers the interface words of a language (a `locales/<tag>.json` pack, as text or a
/// parsed object) for the timelines mounted after this; false when the pack is unusable.
#[wasm_bindgen(js_name = registerLocale)]
pub fn register_locale(#[wasm_bindgen(unchecked_param_type = "string | object")] pack: JsValue) -> bool {
    let object = match pack.as_string() {
        Some(text) => js_sys::JSON::parse(&text).unwrap_or(JsValue::UNDEFINED),
        None => pack,
    };
    let parsed = intl::strings_from_js(&object);
    match parsed {
        Ok(strings) => {
            intl::register(strings);
            true
        }
        Err(message) => {
            web_sys::console::warn_1(&format!("case-timeline: the language pack cannot be used: {message}").into());
            false
        }
    }
}

/// Drafts a case from a news article (builds with the `draft` feature, e.g. the editor's):
/// `published` is the story's date as YYYY-MM-DD. Returns `{ json, explain, warnings, error }`:
/// the draft as case JSON text (or null), the report of every item with its evidence and rule,
/// what the drafter noticed, and, when no draft could be made, why (one line).
#[cfg(feature = "draft")]
#[wasm_bindgen(js_name = draftCase, unchecked_return_type = "{ json: string | null, explain: string, warnings: string[], error: string | null }")]
pub fn draft_case(text: &str, published: &str) -> js_sys::Object {
    use crate::import::article::{draft, parse_published, DraftOptions};
    let now = js_sys::Date::new_0();
    #[allow(clippy::cast_possible_truncation)]
    let today = jiff::civil::Date::new(
        now.get_utc_full_year() as i16,
        (now.get_utc_month() + 1) as i8,
        now.get_utc_date() as i8,
    )
    .ok()
    .and_then(|d| d.tomorrow().ok())
    .unwrap_or(jiff::civil::Date::MAX);
    let result = parse_published(published, today)
        .and_then(|date| draft(text, &DraftOptions::new(date)).map_err(|e| e.to_string()));
    match result {
        Ok(d) => {
            let warnings: js_sys::Array = d.warnings().iter().map(|w| JsValue::from_str(w)).collect();
            js::object(&[
                ("json", d.to_case_json().into()),
                ("explain", d.explain().into()),
                ("warnings", warnings.into()),
                ("error", JsValue::NULL),
            ])
        }
        Err(message) => js::object(&[
            ("json", JsValue::NULL),
            ("explain", "".into()),
            ("warnings", js_sys::Array::new().into()),
            ("error", message.into()),
        ]),
    }
}
