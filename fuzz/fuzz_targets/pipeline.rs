//! Fuzz target: bytes → (TimelineJS or case) parse → validate → layout at a fuzzed width and
//! zoom window → scene → SVG. Any panic is a bug. Run with `make fuzz` (FUZZ_SECONDS=…).
#![no_main]

use case_timeline::layout::{full_domain, layout};
use case_timeline::locale::English;
use case_timeline::model::{load_any, Limits};
use case_timeline::scene::{build, ViewState};
use case_timeline::text::Estimate;
use case_timeline::theme::Theme;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (knobs, rest) = data.split_at(data.len().min(4));
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let Ok(loaded) = load_any(text, &Limits::default()) else { return };
    let width = 150.0 + f32::from(*knobs.first().unwrap_or(&0)) * 8.0;
    let zoom = 1.0 + f64::from(*knobs.get(1).unwrap_or(&0));
    let (a, b) = full_domain(&loaded.case);
    let centre = a + (b - a) * f64::from(*knobs.get(2).unwrap_or(&128)) / 255.0;
    let half = (b - a) / zoom / 2.0;
    for window in [None, Some((centre - half, centre + half))] {
        let theme = if knobs.get(3).is_some_and(|k| k % 2 == 1) { Theme::dark() } else { Theme::light() };
        let l = layout(&loaded.case, width, window, &theme, &Estimate, &English);
        let focused = loaded.case.events.len().checked_sub(1);
        let scene = build(&loaded.case, &l, &theme, ViewState { hovered: Some(0), focused });
        let _ = case_timeline::render::to_svg(&scene, Some(300.0));
    }
});
