//! What the editor page needs besides the widget (the `editor` feature, `make build-editor`,
//! `pkg-editor/`; never in the reader's build): every importer with its full messages, and the
//! timeline as SVG.

use wasm_bindgen::prelude::*;

use super::js;
use crate::error::{Limits, Problem, ProblemKind};
use crate::model::json::to_string_pretty;
use crate::model::{import, DateOrder, Format, Input};
use crate::pipeline::{render_svg, SvgOptions};
use crate::theme::ThemeName;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Options of `convertCase` and `importSheet`. */
export interface ConvertOptions {
  /** How a spreadsheet's all-number dates (03/04/2020) are read: "auto" (day first unless the sheet shows otherwise), "day-first" or "month-first". */
  dates?: "auto" | "day-first" | "month-first";
}

/** What `convertCase` makes of its input. */
export interface Converted {
  /** The case JSON text the input becomes (2-space indented), or null when nothing could be imported. */
  json: string | null;
  /** Errors, warnings and notes ("info": how a free-form value was read), errors first; spreadsheet problems name `row N, column "…"`. */
  problems: CaseProblem[];
  /** The format the input was read as: "case", "timelinejs", "csv" or "sheet". */
  format: string;
  /** Events that can be shown. */
  events: number;
}

/** Options of `caseSvg`. */
export interface SvgOptions {
  /** Width in CSS px (default 960). */
  width?: number;
  /** Height in CSS px; the picture is centred (and scaled down to fit). Default: its own height. */
  height?: number;
  theme?: "light" | "dark";
  /** false: leave out the case's title, summary, outcome and source credit (default true). */
  header?: boolean;
}
"#;

fn order(options: &JsValue) -> DateOrder {
    let dates = js_sys::Reflect::get(options, &"dates".into()).ok().and_then(|v| v.as_string());
    match dates.as_deref() {
        Some("day-first") => DateOrder::DayFirst,
        Some("month-first") => DateOrder::MonthFirst,
        _ => DateOrder::Auto,
    }
}

/// Converts case text in any format ("auto", "case", "timelinejs", "csv" for TimelineJS's
/// spreadsheet, "sheet" for ours; default "auto") to case JSON text, with every problem of the
/// import and of the case it makes.
#[wasm_bindgen(js_name = convertCase, unchecked_return_type = "Converted")]
pub fn convert_case(
    text: &str,
    format: Option<String>,
    #[wasm_bindgen(unchecked_param_type = "ConvertOptions")] options: Option<JsValue>,
) -> js_sys::Object {
    let Some(format) = format.as_deref().map_or(Some(Format::Auto), Format::parse) else {
        let message = "the format must be \"auto\", \"case\", \"timelinejs\", \"csv\" or \"sheet\"";
        let problems = [Problem::error(ProblemKind::NotAllowed, "", None, message)];
        return js::object(&[
            ("json", JsValue::NULL),
            ("problems", js::problems(&problems).into()),
            ("format", "auto".into()),
            ("events", 0.into()),
        ]);
    };
    let order = options.as_ref().map_or(DateOrder::Auto, order);
    let imported = import(Input::Text(text), format, order, &Limits::default());
    let json = imported.tree.as_ref().map_or(JsValue::NULL, |t| to_string_pretty(t).into());
    let events = imported.case.as_ref().map_or(0, |c| c.events.len());
    js::object(&[
        ("json", json),
        ("problems", js::problems(&imported.problems).into()),
        ("format", imported.format.as_str().into()),
        ("events", u32::try_from(events).unwrap_or(u32::MAX).into()),
    ])
}

/// `convertCase(text, "sheet", options)`: our spreadsheet template, CSV or tab-separated rows as
/// a spreadsheet copies them (header row first).
#[wasm_bindgen(js_name = importSheet, unchecked_return_type = "Converted")]
pub fn import_sheet(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "ConvertOptions")] options: Option<JsValue>,
) -> js_sys::Object {
    convert_case(text, Some("sheet".to_string()), options)
}

/// The timeline of case text (any format) as an SVG document, as `case-timeline render` writes
/// it; an empty string when nothing can be drawn.
#[wasm_bindgen(js_name = caseSvg)]
pub fn case_svg(text: &str, #[wasm_bindgen(unchecked_param_type = "SvgOptions")] options: Option<JsValue>) -> String {
    let options = options.unwrap_or(JsValue::UNDEFINED);
    let number = |key: &str| js_sys::Reflect::get(&options, &key.into()).ok().and_then(|v| v.as_f64());
    let mut svg = SvgOptions::default();
    #[allow(clippy::cast_possible_truncation)]
    if let Some(w) = number("width").filter(|w| (200.0..=20_000.0).contains(w)) {
        svg.width = w as f32;
    }
    #[allow(clippy::cast_possible_truncation)]
    if let Some(h) = number("height").filter(|h| (100.0..=20_000.0).contains(h)) {
        svg.height = Some(h as f32);
    }
    if js_sys::Reflect::get(&options, &"theme".into()).ok().and_then(|v| v.as_string()).as_deref() == Some("dark") {
        svg.theme = ThemeName::Dark;
    }
    if js_sys::Reflect::get(&options, &"header".into()).ok().is_some_and(|v| v == JsValue::FALSE) {
        svg.header = false;
    }
    render_svg(text, &svg).map(|out| out.svg).unwrap_or_default()
}

/// The rows of spreadsheet text (CSV or tab-separated) as the importer reads them, for showing
/// them: `{ number, line, cells }` per row (spreadsheet row numbers, the row's first line), at
/// most `limit` rows from row `from` (counted from 1).
#[wasm_bindgen(js_name = sheetRows, unchecked_return_type = "{ number: number, line: number, cells: string[] }[]")]
pub fn sheet_rows(text: &str, from: usize, limit: usize) -> js_sys::Array {
    let rows = crate::import::table::rows(text, crate::import::table::delimiter(text));
    rows.iter()
        .skip(from.saturating_sub(1))
        .take(limit)
        .map(|r| {
            let cells: js_sys::Array = r.cells.iter().map(|c| JsValue::from_str(&c.text)).collect();
            JsValue::from(js::object(&[
                ("number", u32::try_from(r.number).unwrap_or(u32::MAX).into()),
                ("line", r.pos.line.into()),
                ("cells", cells.into()),
            ]))
        })
        .collect()
}

/// The template's header rows, tab-separated: `[events, parties]`.
#[wasm_bindgen(js_name = sheetHeaders, unchecked_return_type = "[string, string]")]
pub fn sheet_headers() -> js_sys::Array {
    [crate::import::sheet::EVENT_HEADER, crate::import::sheet::PARTY_HEADER]
        .iter()
        .map(|s| JsValue::from_str(s))
        .collect()
}
