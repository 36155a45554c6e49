//! SVG snapshots of the demo and sample cases at phone (the column), desktop and wide widths,
//! light and dark, with and without the header, and the 1,200 × 630 social card.
//! A difference fails the test. To accept a change on purpose, regenerate and look at the
//! result before committing:
//!
//! ```sh
//! UPDATE_SNAPSHOTS=1 cargo test --test integration snapshots
//! ```

use case_timeline::theme::ThemeName;
use case_timeline::{render_svg, SvgOptions};

const CASES: &[(&str, &str)] = &[
    ("nso", include_str!("../../www/cases/nso-amnesty.json")),
    ("single-day", include_str!("../../www/cases/sample-single-day.json")),
    ("hebrew", include_str!("../../www/cases/sample-hebrew.json")),
];

fn check(name: &str, json: &str, width: f32, theme: ThemeName) {
    let suffix = if theme == ThemeName::Dark { "-dark" } else { "" };
    check_with(&format!("{name}-{width}{suffix}"), json, &SvgOptions { width, theme, ..SvgOptions::default() });
}

fn check_with(file: &str, json: &str, options: &SvgOptions) {
    let svg = render_svg(json, options).unwrap().svg;
    let path = format!("{}/tests/snapshots/{file}.svg", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &svg).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!("{path} is missing; run UPDATE_SNAPSHOTS=1 cargo test --test integration snapshots")
    });
    if svg != expected {
        let line = svg.lines().zip(expected.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
        panic!("{path} differs from the rendering (first at line {line}); if intended, regenerate with UPDATE_SNAPSHOTS=1 and look at it");
    }
}

#[test]
fn svg_snapshots_match_at_320_960_and_1600() {
    for (name, json) in CASES {
        for width in [320.0, 960.0, 1600.0] {
            check(name, json, width, ThemeName::Light);
        }
    }
}

#[test]
fn dark_svg_snapshot_matches() {
    check("nso", CASES[0].1, 960.0, ThemeName::Dark);
}

#[test]
fn phone_column_social_card_and_header_off_snapshots_match() {
    let nso = CASES[0].1;
    check("nso", nso, 375.0, ThemeName::Light);
    check("nso", nso, 375.0, ThemeName::Dark);
    check("nso", nso, 1280.0, ThemeName::Light);
    let card = SvgOptions { width: 1200.0, height: Some(630.0), ..SvgOptions::default() };
    check_with("nso-card-1200x630", nso, &card);
    check_with("nso-375-no-header", nso, &SvgOptions { width: 375.0, header: false, ..SvgOptions::default() });
}
