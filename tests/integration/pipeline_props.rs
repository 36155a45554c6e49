//! The whole native pipeline never panics: mutated case files (and TimelineJS files) through
//! parse → validate → layout at random widths and zoom windows → scene → SVG. A bounded,
//! stable-toolchain stand-in for the cargo-fuzz target in `fuzz/` (`make fuzz`).

use crate::common::load_any;
use case_timeline::layout::full_domain;
use case_timeline::locale::English;
use case_timeline::model::Limits;
use case_timeline::pipeline::{self, Look};
use case_timeline::text::Estimate;
use case_timeline::theme::Theme;
use case_timeline::view::ViewState;
use proptest::prelude::*;

const SEEDS: &[&str] = &[
    include_str!("../../www/cases/nso-amnesty.json"),
    include_str!("../../www/cases/sample-hebrew.json"),
    include_str!("../../www/cases/sample-single-day.json"),
    include_str!("../fixtures/timelinejs/nso-amnesty.tl.json"),
];

/// A seed with some bytes replaced, removed or duplicated (kept valid UTF-8).
fn mutated() -> impl Strategy<Value = String> {
    (0..SEEDS.len(), prop::collection::vec((any::<usize>(), 0..4u8, prop::sample::select(MUTATIONS)), 1..6)).prop_map(
        |(seed, edits)| {
            let mut chars: Vec<char> = SEEDS[seed].chars().collect();
            for (at, op, text) in edits {
                if chars.is_empty() {
                    break;
                }
                let at = at % chars.len();
                match op {
                    0 => {
                        chars.splice(at..at, text.chars());
                    }
                    1 => {
                        let end = (at + text.len()).min(chars.len());
                        chars.drain(at..end);
                    }
                    2 => {
                        let end = (at + 40).min(chars.len());
                        let copy: Vec<char> = chars[at..end].to_vec();
                        chars.splice(at..at, copy);
                    }
                    _ => {
                        chars.splice(at..(at + 1).min(chars.len()), text.chars());
                    }
                }
            }
            chars.into_iter().collect()
        },
    )
}

const MUTATIONS: &[&str] = &[
    "0",
    "-",
    "9999",
    "-9999",
    "\"",
    ",",
    "{",
    "}",
    "[]",
    "null",
    "\"2020-02-30\"",
    "\"2020-07~\"",
    "\"\"",
    "1e308",
    "\"closed\"",
    "\"ruling\"",
    "\u{202e}",
    "\u{2068}",
    "עברית",
    "\"T00:00\"",
    "\"ex\"",
    "\"end\": \"1999\"",
];

fn run(text: &str, width: f32, zoom: f64, at: f64) {
    let Ok(loaded) = load_any(text, &Limits::default()) else { return };
    let (a, b) = full_domain(&loaded.case);
    let centre = a + (b - a) * at;
    let half = (b - a) / zoom / 2.0;
    for window in [None, Some((centre - half, centre + half))] {
        let theme = Theme::dark();
        let look = Look::new(&theme, &Estimate, &English);
        let labels = pipeline::labels(&loaded.case, &look, width);
        let view = ViewState { hovered: Some(0), focused: Some(1) };
        let scene = pipeline::frame(&loaded.case, &labels, &look, width, window, view).scene;
        assert!(scene.width.is_finite() && scene.height.is_finite());
        let svg = case_timeline::render::to_svg(&scene, None);
        assert!(svg.starts_with("<svg"));
        // Right to left: the same picture reflected, every hit region with it.
        if let Some(hebrew) = case_timeline::locale::compiled("he") {
            let rtl = pipeline::frame(&loaded.case, &labels, &Look { locale: hebrew, ..look }, width, window, view);
            assert!(rtl.rtl);
            assert_eq!(rtl.scene.hits.len(), scene.hits.len());
            for (m, h) in rtl.scene.hits.iter().zip(&scene.hits) {
                assert_eq!(m.events, h.events);
                // f32 rounding grows with the coordinates: a hit region far off screen at a deep
                // zoom is 270,000 px from the origin, where one step of f32 is 0.03 px.
                let tol = |v: f32| 0.01 + 4.0 * f32::EPSILON * (v.abs() + scene.width);
                let mark = scene.width - h.mark.0;
                assert!((m.mark.0 - mark).abs() < tol(h.mark.0), "{m:?} is not {h:?} mirrored");
                let right = scene.width - h.rect.x;
                assert!((m.rect.right() - right).abs() < tol(h.rect.x.abs() + h.rect.w), "{m:?} is not {h:?} mirrored");
            }
            assert!(case_timeline::render::to_svg(&rtl.scene, None).starts_with("<svg"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn mutated_cases_never_panic(text in mutated(), width in 100.0f32..3000.0, zoom in 0.5f64..5000.0, at in 0.0f64..1.0) {
        run(&text, width, zoom, at);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}", width in 100.0f32..3000.0) {
        run(&text, width, 1.0, 0.5);
    }
}

/// No tick or grid line runs through a tick label: on a single-day axis the day's boundaries
/// fall on the "00:00" labels, on a longer one a year's on "Jan".
#[test]
fn no_axis_line_runs_through_a_tick_label() {
    use case_timeline::scene::Shape;
    let mut checked = 0;
    for text in &SEEDS[..3] {
        let loaded = load_any(text, &Limits::default()).unwrap();
        let (a, b) = full_domain(&loaded.case);
        for width in [600.0, 960.0, 1280.0, 1600.0] {
            for zoom in [1.0, 4.0, 30.0] {
                let (theme, view) = (Theme::light(), ViewState::default());
                let look = Look::new(&theme, &Estimate, &English);
                let labels = pipeline::labels(&loaded.case, &look, width);
                let half = (b - a) / zoom / 2.0;
                let window = Some(((a + b) / 2.0 - half, (a + b) / 2.0 + half));
                let frame = pipeline::frame(&loaded.case, &labels, &look, width, window, view);
                for label in &frame.layout.minor_labels {
                    let r = label.rect();
                    for shape in &frame.scene.shapes {
                        if let Shape::Line { from, to, .. } = shape {
                            let vertical = (from.0 - to.0).abs() < 0.01;
                            let (top, bottom) = (from.1.min(to.1), from.1.max(to.1));
                            let through = from.0 > r.x && from.0 < r.right() && top < r.bottom() && bottom > r.y;
                            assert!(
                                !(vertical && through),
                                "a line {from:?}–{to:?} runs through {:?} at {width} px",
                                label.text
                            );
                        }
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} labels checked");
}
