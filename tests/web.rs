//! Browser smoke tests (wasm-bindgen-test in headless Chromium): mount, draw, errors, limits.
#![cfg(target_arch = "wasm32")]
// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use case_timeline::web::CaseTimeline;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const NSO: &str = include_str!("../www/cases/nso-amnesty.json");

fn host() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div: HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    div.style().set_property("width", "800px").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn canvas(host: &HtmlElement) -> HtmlCanvasElement {
    host.query_selector(".ct-canvas").unwrap().unwrap().dyn_into().unwrap()
}

fn ink(canvas: &HtmlCanvasElement) -> usize {
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx.get_image_data(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height())).unwrap().data();
    let (r, g, b) = (data[0], data[1], data[2]);
    data.chunks(4).filter(|p| p[0].abs_diff(r) as u32 + p[1].abs_diff(g) as u32 + p[2].abs_diff(b) as u32 > 60).count()
}

#[wasm_bindgen_test]
fn mounting_the_nso_case_draws_at_the_device_pixel_ratio() {
    let host = host();
    let timeline = CaseTimeline::mount(host.clone(), JsValue::from_str(NSO), None).unwrap();
    let c = canvas(&host);
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    assert_eq!(f64::from(c.width()), (f64::from(c.client_width()) * dpr).round());
    assert_eq!(f64::from(c.height()), (f64::from(c.client_height()) * dpr).round());
    assert!(ink(&c) > 1000, "canvas is blank");
    assert_eq!(timeline.event_anchors().length(), 6);
    assert_eq!(timeline.problems().length(), 0);
    // The screen-reader list follows in idle time (the e2e tests read it once complete).
    let list = host.query_selector(".ct-list").unwrap().unwrap();
    assert_eq!(list.get_attribute("aria-busy").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
fn a_bad_case_shows_an_error_banner_instead_of_a_blank_box() {
    let host = host();
    let timeline = CaseTimeline::mount(
        host.clone(),
        JsValue::from_str("{\"version\": 1, \"title\": \"x\", \"events\": []}"),
        None,
    )
    .unwrap();
    let banner: HtmlElement = host.query_selector(".ct-banner").unwrap().unwrap().dyn_into().unwrap();
    assert!(!banner.hidden());
    let text = banner.text_content().unwrap();
    assert!(text.contains("events: the list is empty; a case needs at least one event"), "{text}");
    assert!(timeline.problems().length() > 0);
}

#[wasm_bindgen_test]
fn case_objects_are_accepted_and_deep_ones_refused_cleanly() {
    let object = js_sys::JSON::parse(NSO).unwrap();
    let host_ok = host();
    let t = CaseTimeline::mount(host_ok, object, None).unwrap();
    assert_eq!(t.problems().length(), 0, "{:?}", t.problems());

    // 10,000 nested arrays: refused before recursing, and the instance keeps working.
    let deep = js_sys::JSON::parse(&format!("{}{}", "[".repeat(10_000), "]".repeat(10_000))).unwrap();
    let host_bad = host();
    let bad = CaseTimeline::mount(host_bad, deep, None).unwrap();
    let first = js_sys::Reflect::get(&bad.problems().get(0), &"message".into()).unwrap().as_string().unwrap();
    assert!(first.contains("nesting is deeper than 64 levels"), "{first}");
    let again = CaseTimeline::mount(host(), JsValue::from_str(NSO), None).unwrap();
    assert_eq!(again.event_anchors().length(), 6);

    // A JS Map where the case has an object (the reader reads plain objects and arrays): a clear
    // problem in the widget, not a crash and not an empty case.
    let with_map = js_sys::JSON::parse(NSO).unwrap();
    let events = js_sys::Reflect::get(&with_map, &"events".into()).unwrap();
    let first = js_sys::Reflect::get(&events, &0.into()).unwrap();
    let map = js_sys::Map::new();
    map.set(&"id".into(), &"x".into());
    js_sys::Reflect::set(&first, &"source".into(), &map).unwrap();
    let host_map = host();
    let t = CaseTimeline::mount(host_map.clone(), with_map, None).unwrap();
    let message = js_sys::Reflect::get(&t.problems().get(0), &"message".into()).unwrap().as_string().unwrap();
    assert!(message.contains("the case object cannot be read") && message.contains("invalid type"), "{message}");
    let banner = host_map.text_content().unwrap();
    assert!(banner.contains("cannot be read"), "{banner}");

    // A BigInt is not a JSON value either.
    let with_bigint = js_sys::JSON::parse(NSO).unwrap();
    js_sys::Reflect::set(&with_bigint, &"version".into(), &js_sys::BigInt::from(1u32).into()).unwrap();
    let t = CaseTimeline::mount(host(), with_bigint, None).unwrap();
    let message = js_sys::Reflect::get(&t.problems().get(0), &"message".into()).unwrap().as_string().unwrap();
    assert!(message.contains("the case object cannot be read") && message.contains("invalid type"), "{message}");
}

#[wasm_bindgen_test]
fn destroy_removes_the_widget() {
    let host = host();
    let t = CaseTimeline::mount(host.clone(), JsValue::from_str(NSO), None).unwrap();
    assert_eq!(host.child_element_count(), 1);
    t.destroy();
    assert_eq!(host.child_element_count(), 0);
    assert!(!t.select("ruling"));
}

#[wasm_bindgen_test]
fn the_drafter_runs_in_the_browser_and_refuses_a_future_date() {
    let article = include_str!("fixtures/nso-article.txt");
    let get = |o: &js_sys::Object, k: &str| js_sys::Reflect::get(o, &k.into()).unwrap();
    let out = case_timeline::web::draft_case(article, "2020-07-13");
    let json = get(&out, "json").as_string().expect("a draft");
    assert!(json.contains("\"version\": 1") && json.contains("Molly Malekar"), "{json}");
    assert!(get(&out, "error").is_null());
    let host = host();
    let t = CaseTimeline::mount(host, JsValue::from_str(&json), None).unwrap();
    assert!(t.event_anchors().length() >= 3);
    let future = case_timeline::web::draft_case(article, "2999-01-01");
    assert!(get(&future, "json").is_null());
    assert!(get(&future, "error").as_string().unwrap().contains("2999"), "{:?}", get(&future, "error"));
}

#[wasm_bindgen_test]
fn a_registered_pack_gives_its_words_and_a_right_to_left_case_is_mirrored() {
    // A pack for a made-up right-to-left language, handed over as the page would (JSON text).
    let pack = include_str!("../locales/he.json")
        .replace("\"language\": \"he\"", "\"language\": \"yi\"")
        .replace("איפוס", "RESET-YI");
    assert!(case_timeline::web::register_locale(JsValue::from_str(&pack)));
    assert!(!case_timeline::web::register_locale(JsValue::from_str("{\"strings\": {}}")), "a pack without a language");
    let text = include_str!("../www/cases/sample-hebrew.json").replace("\"locale\": \"he\"", "\"locale\": \"yi\"");
    let host = host();
    let timeline = CaseTimeline::mount(host.clone(), JsValue::from_str(&text), None).unwrap();
    let root = host.query_selector(".ct-root").unwrap().unwrap();
    assert_eq!(root.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(root.get_attribute("lang").as_deref(), Some("yi"));
    let reset = host.query_selector(".ct-zoom-reset").unwrap().unwrap();
    assert_eq!(reset.text_content().as_deref(), Some("RESET-YI"));
    let canvas_dir = canvas(&host).get_attribute("dir");
    assert_eq!(canvas_dir.as_deref(), Some("ltr"), "the canvas mirrors itself; its text anchors stay geometric");
    let x = |id: &str| {
        let anchors = timeline.event_anchors();
        let found =
            anchors.iter().find(|a| js_sys::Reflect::get(a, &"id".into()).unwrap().as_string().as_deref() == Some(id));
        js_sys::Reflect::get(&found.unwrap(), &"x".into()).unwrap().as_f64().unwrap()
    };
    assert!(x("הגשת-העתירה") > x("ערעור"), "the earliest event is drawn right of the latest");
    assert_eq!(timeline.problems().length(), 0);
}
