//! Panic policy in the browser. A panic in wasm32 aborts the call (a trap) — it cannot be caught
//! or unwound — so the hook, which runs first, turns it into the error panel of the widget that
//! was running, and that widget stops responding (its state stays borrowed). Every other widget
//! on the page has its own state and keeps working; the shared wasm instance is not reset.

use std::cell::RefCell;

use web_sys::HtmlElement;

use super::dom;
use crate::locale::Key;

thread_local! {
    /// The widgets whose code is running, innermost last: (root, banner).
    static ACTIVE: RefCell<Vec<(HtmlElement, HtmlElement)>> = const { RefCell::new(Vec::new()) };
}

/// Marks a widget as running until dropped.
pub struct Active;

impl Active {
    pub fn enter(root: &HtmlElement, banner: &HtmlElement) -> Active {
        install_hook();
        ACTIVE.with(|a| {
            if let Ok(mut a) = a.try_borrow_mut() {
                a.push((root.clone(), banner.clone()));
            }
        });
        Active
    }
}

impl Drop for Active {
    fn drop(&mut self) {
        ACTIVE.with(|a| {
            if let Ok(mut a) = a.try_borrow_mut() {
                a.pop();
            }
        });
    }
}

fn install_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            let message = info.to_string();
            web_sys::console::error_1(&format!("case-timeline: {message}").into());
            ACTIVE.with(|a| {
                let Ok(a) = a.try_borrow() else { return };
                if let Some((root, banner)) = a.last() {
                    show_crash(root, banner);
                }
            });
        }));
    });
}

/// Replaces the widget's content with a message; the page around it is untouched.
fn show_crash(root: &HtmlElement, banner: &HtmlElement) {
    let words = super::intl::pack_for(&root.get_attribute("lang").unwrap_or_default());
    dom::clear(banner);
    let _ = dom::child(banner, "p", "ct-banner-title", Some(words.text(Key::CrashTitle)));
    let _ = dom::child(banner, "p", "", Some(words.text(Key::CrashBody)));
    banner.set_hidden(false);
    let _ = root.class_list().add_1("ct-crashed");
    let _ = root.set_attribute("aria-busy", "false");
    if let Ok(Some(stage)) = root.query_selector(".ct-stage") {
        let _ = stage.set_attribute("hidden", "");
    }
    if let Ok(Some(toolbar)) = root.query_selector(".ct-toolbar") {
        let _ = toolbar.set_attribute("hidden", "");
    }
}
