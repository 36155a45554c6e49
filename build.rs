//! Compiles the language packs in `locales/*.json` (which translators edit) into Rust tables,
//! so no build parses JSON at run time for them: `OUT_DIR/locales.rs` holds the `Key` enum (the
//! keys of `locales/en.json`, in its order) and one static `Strings` per pack. With the
//! `locales` feature every pack is compiled in (the CLI, the editor); without it only English
//! (the reader's build, which loads other packs on demand). A malformed pack fails the build with
//! a message naming the file and the key. The `js.*` words (what the JavaScript shows before the
//! program runs; `www/locales.js` carries them) are left out of the reader's build, which never
//! shows them.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

const PLURALS: &[(&str, &str)] =
    &[("zero", "Zero"), ("one", "One"), ("two", "Two"), ("few", "Few"), ("many", "Many"), ("other", "Other")];

fn fail(message: String) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}

/// `"legend.closed"` → `LegendClosed`.
fn variant(key: &str) -> String {
    key.split(['.', '_'])
        .map(|part| {
            let mut c = part.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

fn lit(s: &str) -> String {
    format!("::std::borrow::Cow::Borrowed({s:?})")
}

fn months(file: &str, pack: &Value, key: &str) -> Option<String> {
    let list = pack.get(key)?.as_array().unwrap_or_else(|| fail(format!("{file}: \"{key}\" must be a list")));
    if list.len() != 12 {
        fail(format!("{file}: \"{key}\" must name 12 months"));
    }
    let names: Vec<String> =
        list.iter().map(|m| lit(m.as_str().unwrap_or_else(|| fail(format!("{file}: {key}: not text"))))).collect();
    Some(format!("[{}]", names.join(", ")))
}

fn pack(file: &str, pack: &Value, keys: &[String], js_words: bool) -> String {
    let text = |k: &str| pack.get(k).and_then(Value::as_str);
    let tag = text("language").unwrap_or_else(|| fail(format!("{file}: no \"language\"")));
    let rtl = match text("direction") {
        Some("rtl") => true,
        Some("ltr") | None => false,
        Some(other) => fail(format!("{file}: \"direction\" is {other:?}; write \"ltr\" or \"rtl\"")),
    };
    let quotes = pack.get("quotes").and_then(Value::as_array);
    let (open, close) = match quotes.map(|q| (q.first().and_then(Value::as_str), q.get(1).and_then(Value::as_str))) {
        Some((Some(a), Some(b))) => (a, b),
        None => ("\"", "\""),
        _ => fail(format!("{file}: \"quotes\" must be two strings")),
    };
    let strings = pack.get("strings").and_then(Value::as_object);
    let strings = strings.unwrap_or_else(|| fail(format!("{file}: no \"strings\" object")));
    for k in strings.keys() {
        if !keys.contains(k) {
            fail(format!("{file}: strings.{k} is not a key of locales/en.json"));
        }
    }
    let mut words = Vec::new();
    for k in keys {
        if !js_words && k.starts_with("js.") {
            words.push("None".to_string());
            continue;
        }
        words.push(match strings.get(k) {
            None => "None".to_string(),
            Some(Value::String(s)) if s.trim().is_empty() => fail(format!("{file}: strings.{k} is empty")),
            Some(Value::String(s)) => format!("Some(Word::Plain({}))", lit(s)),
            Some(Value::Object(forms)) => {
                let mut out = Vec::new();
                for (category, form) in forms {
                    let name = PLURALS.iter().find(|(c, _)| c == category).map(|(_, n)| *n);
                    let name = name
                        .unwrap_or_else(|| fail(format!("{file}: strings.{k}.{category} is not a plural category")));
                    let form = form
                        .as_str()
                        .filter(|f| !f.trim().is_empty())
                        .unwrap_or_else(|| fail(format!("{file}: strings.{k}.{category}: not text, or empty")));
                    out.push(format!("(Plural::{name}, {})", lit(form)));
                }
                if !forms.contains_key("other") {
                    fail(format!("{file}: strings.{k} has no \"other\" form"));
                }
                format!("Some(Word::Plural(::std::borrow::Cow::Borrowed(&[{}])))", out.join(", "))
            }
            Some(_) => fail(format!("{file}: strings.{k}: expected text or an object of plural forms")),
        });
    }
    let dates = match (pack.get("dates"), months(file, pack, "months")) {
        (Some(d), Some(long)) => {
            let d = |k: &str, default: &str| lit(d.get(k).and_then(Value::as_str).unwrap_or(default));
            let standalone = months(file, pack, "months_standalone").unwrap_or_else(|| long.clone());
            let short = months(file, pack, "months_short").unwrap_or_else(|| long.clone());
            let digits = match text("digits") {
                Some(s) if s.chars().count() == 10 => {
                    format!("Some([{}])", s.chars().map(|c| format!("{c:?}")).collect::<Vec<_>>().join(", "))
                }
                Some(_) => fail(format!("{file}: \"digits\" must be ten characters")),
                None => "None".to_string(),
            };
            format!(
                "Some(DateWords {{ months: {long}, months_standalone: {standalone}, months_short: {short}, \
                 year: {}, month: {}, day: {}, minute: {}, bce: {}, approximate: {}, uncertain: {}, range: {}, digits: {digits} }})",
                d("year", "{year}"),
                d("month", "{month} {year}"),
                d("day", "{day} {month} {year}"),
                d("minute", "{date}, {hour}:{minute}"),
                d("bce", "-{year}"),
                d("approximate", "~{date}"),
                d("uncertain", "{date} (?)"),
                d("range", "{from} – {to}"),
            )
        }
        (None, _) => "None".to_string(),
        (Some(_), None) => fail(format!("{file}: \"dates\" needs \"months\"")),
    };
    format!(
        "Strings {{ tag: {}, name: {}, rtl: {rtl}, quotes: ({}, {}), words: ::std::borrow::Cow::Borrowed(&[{}]), dates: {dates} }}",
        lit(tag),
        lit(text("name").unwrap_or(tag)),
        lit(open),
        lit(close),
        words.join(", ")
    )
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let all = std::env::var_os("CARGO_FEATURE_LOCALES").is_some();
    let read = |path: &Path| -> Value {
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
        serde_json::from_str(&text).unwrap_or_else(|e| fail(format!("{}: not JSON: {e}", path.display())))
    };
    let english = read(Path::new("locales/en.json"));
    let keys: Vec<String> = english
        .get("strings")
        .and_then(Value::as_object)
        .unwrap_or_else(|| fail("locales/en.json: no \"strings\"".to_string()))
        .keys()
        .cloned()
        .collect();
    let mut files: BTreeMap<String, Value> = BTreeMap::new();
    if all {
        let dir = std::fs::read_dir("locales").unwrap_or_else(|e| fail(format!("locales/: {e}")));
        for entry in dir.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "json") && path.file_name().is_some_and(|n| n != "en.json") {
                files.insert(path.display().to_string(), read(&path));
            }
        }
    }
    let mut out = String::new();
    out.push_str(
        "/// Every interface word, by its key in the `locales/*.json` files (generated from `locales/en.json`).\n",
    );
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[allow(missing_docs)]\npub enum Key {\n");
    for k in &keys {
        let _ = writeln!(out, "    /// `{k}`\n    {},", variant(k));
    }
    out.push_str("}\n\nimpl Key {\n    /// Every key, in the order of `locales/en.json`.\n    pub const ALL: &'static [Key] = &[");
    out.push_str(&keys.iter().map(|k| format!("Key::{}", variant(k))).collect::<Vec<_>>().join(", "));
    out.push_str("];\n\n    /// The key as written in the JSON files: `\"legend.closed\"`.\n    pub fn as_str(self) -> &'static str {\n        match self {\n");
    for k in &keys {
        let _ = writeln!(out, "            Key::{} => {k:?},", variant(k));
    }
    out.push_str("        }\n    }\n}\n\n");
    out.push_str("/// The packs compiled in: English first.\npub static PACKS: &[Strings] = &[\n");
    let _ = writeln!(out, "    {},", pack("locales/en.json", &english, &keys, all));
    for (file, value) in &files {
        let _ = writeln!(out, "    {},", pack(file, value, &keys, all));
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| fail("no OUT_DIR".to_string()))).join("locales.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| fail(format!("{}: {e}", dest.display())));
}
