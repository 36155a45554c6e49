//! Plain JS values for the API: objects from pairs, and problems as
//! `{ severity, kind, path, line, column, message }`.

use wasm_bindgen::JsValue;

use crate::error::Problem;

/// An object with these members.
pub fn object(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// One problem as an object; `line` and `column` are `null` when the case did not come from text;
/// `text` is the whole line as the CLI prints it (`line:column: path: message`).
pub fn problem(p: &Problem) -> js_sys::Object {
    let (line, column) = match p.pos {
        Some(pos) => (JsValue::from(pos.line), JsValue::from(pos.column)),
        None => (JsValue::NULL, JsValue::NULL),
    };
    object(&[
        ("severity", p.severity.as_str().into()),
        ("kind", p.kind.as_str().into()),
        ("path", p.path.as_str().into()),
        ("line", line),
        ("column", column),
        ("message", p.message.as_str().into()),
        ("text", p.to_string().into()),
    ])
}

/// Problems as an array of [`problem`] objects.
pub fn problems(list: &[Problem]) -> js_sys::Array {
    list.iter().map(|p| JsValue::from(problem(p))).collect()
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsValue) -> js_sys::Uint8Array;
}

/// A JS string as Rust text, copied into wasm memory once at its exact UTF-8 length.
/// (wasm-bindgen's own string copy reserves three bytes per character as soon as one is not
/// ASCII: 15 MB of wasm memory, kept for good, for a 5 MB case.) `None` for anything else.
pub fn text(value: &JsValue) -> Option<String> {
    if !value.is_string() {
        return None;
    }
    let bytes = TextEncoder::new().encode(value).to_vec();
    // TextEncoder writes UTF-8 (a lone surrogate becomes U+FFFD, as in wasm-bindgen's copy).
    String::from_utf8(bytes).ok().or_else(|| value.as_string())
}
