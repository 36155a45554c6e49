//! Fuzz target: bytes → (TimelineJS or case) parse → validate → layout at a fuzzed width and
//! zoom window → scene → SVG. Any panic is a bug. Run with `make fuzz` (FUZZ_SECONDS=…).
#![no_main]

use case_timeline::layout::full_domain;
use case_timeline::locale::English;
use case_timeline::model::{load, Format, Input, Limits};
use case_timeline::pipeline::{self, Look};
use case_timeline::text::Estimate;
use case_timeline::theme::Theme;
use case_timeline::view::ViewState;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (knobs, rest) = data.split_at(data.len().min(4));
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let Some(case) = load(Input::Text(text), Format::Auto, &Limits::default()).case else { return };
    let width = 150.0 + f32::from(*knobs.first().unwrap_or(&0)) * 8.0;
    let zoom = 1.0 + f64::from(*knobs.get(1).unwrap_or(&0));
    let (a, b) = full_domain(&case);
    let centre = a + (b - a) * f64::from(*knobs.get(2).unwrap_or(&128)) / 255.0;
    let half = (b - a) / zoom / 2.0;
    for window in [None, Some((centre - half, centre + half))] {
        let theme = if knobs.get(3).is_some_and(|k| k % 2 == 1) { Theme::dark() } else { Theme::light() };
        let look = Look::new(&theme, &Estimate, &English);
        let labels = pipeline::labels(&case, &look, width);
        let focused = case.events.len().checked_sub(1);
        let frame = pipeline::frame(&case, &labels, &look, width, window, ViewState { hovered: Some(0), focused });
        let _ = case_timeline::render::to_svg(&frame.scene, Some(300.0));
    }
});
