//! DOM helpers: elements with text-only content, and RAII handles for everything the browser
//! calls back — event listeners, resize observers, animation frames, idle callbacks. Dropping a
//! handle releases it, so `destroy()` (or dropping the widget) leaves nothing behind; no closure
//! is ever forgotten.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement};

/// A new element with a class; `text`, if any, set through `textContent` (never parsed as HTML).
pub fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> Result<HtmlElement, JsValue> {
    let e: HtmlElement = doc.create_element(tag)?.dyn_into()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Ok(e)
}

/// Appends a child element and returns it.
pub fn child(parent: &Element, tag: &str, class: &str, text: Option<&str>) -> Result<HtmlElement, JsValue> {
    let doc = parent.owner_document().ok_or_else(|| JsValue::from_str("element is not in a document"))?;
    let e = el(&doc, tag, class, text)?;
    parent.append_child(&e)?;
    Ok(e)
}

/// Removes every child of `e`.
pub fn clear(e: &Element) {
    while let Some(c) = e.first_child() {
        let _ = e.remove_child(&c);
    }
}

/// An event listener that is removed when dropped.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Listener {
    /// Adds `handler` for `kind` events on `target`.
    pub fn new(
        target: &EventTarget,
        kind: &'static str,
        handler: impl FnMut(Event) + 'static,
    ) -> Result<Listener, JsValue> {
        let closure = Closure::<dyn FnMut(Event)>::new(handler);
        target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())?;
        Ok(Listener { target: target.clone(), kind, closure })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.kind, self.closure.as_ref().unchecked_ref());
    }
}

/// A callback the browser may call any number of times (an animation frame or idle callback of
/// one widget); it lives as long as its owner.
pub struct Callback(Closure<dyn FnMut()>);

impl Callback {
    /// Wraps `f`.
    pub fn new(f: impl FnMut() + 'static) -> Callback {
        Callback(Closure::<dyn FnMut()>::new(f))
    }

    fn function(&self) -> &js_sys::Function {
        self.0.as_ref().unchecked_ref()
    }
}

/// A resize observer watching one element; disconnected when dropped.
pub struct Observer {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Observer {
    /// Calls `f` when `target` changes size (and once when observing starts).
    pub fn new(target: &Element, f: impl FnMut() + 'static) -> Result<Observer, JsValue> {
        let callback = Closure::<dyn FnMut()>::new(f);
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())?;
        observer.observe(target);
        Ok(Observer { observer, _callback: callback })
    }
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// A pending animation frame; cancelled when dropped (harmless once it has run).
pub struct Frame(i32);

impl Frame {
    /// Asks for `callback` before the next repaint.
    pub fn request(callback: &Callback) -> Option<Frame> {
        web_sys::window()?.request_animation_frame(callback.function()).ok().map(Frame)
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.cancel_animation_frame(self.0);
        }
    }
}

/// A pending idle callback, or a timer where the browser has no `requestIdleCallback` (older
/// Safari); cancelled when dropped.
pub enum Idle {
    /// `requestIdleCallback`'s handle.
    Idle(u32),
    /// `setTimeout`'s handle.
    Timer(i32),
}

impl Idle {
    /// Asks for `callback` when the browser is idle, at the latest after `timeout_ms`.
    pub fn request(callback: &Callback, timeout_ms: u32) -> Option<Idle> {
        let window = web_sys::window()?;
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(timeout_ms);
        match window.request_idle_callback_with_options(callback.function(), &options) {
            Ok(id) => Some(Idle::Idle(id)),
            Err(_) => window
                .set_timeout_with_callback_and_timeout_and_arguments_0(callback.function(), 20)
                .ok()
                .map(Idle::Timer),
        }
    }
}

impl Drop for Idle {
    fn drop(&mut self) {
        let Some(window) = web_sys::window() else { return };
        match self {
            Idle::Idle(id) => window.cancel_idle_callback(*id),
            Idle::Timer(id) => window.clear_timeout_with_handle(*id),
        }
    }
}

/// Runs `f` once, in a microtask: after the synchronous code that is running now has returned
/// (a host's `mount(…)` call and the listeners it adds next), before the browser renders.
/// Microtasks always run, and the closure is freed once it has.
pub fn microtask(f: impl FnOnce() + 'static) {
    let callback = Closure::<dyn FnMut()>::once_into_js(f);
    if let Some(window) = web_sys::window() {
        window.queue_microtask(callback.unchecked_ref::<js_sys::Function>());
    }
}
