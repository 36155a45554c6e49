//! case-timeline: an interactive, accessible timeline of a court case.
//!
//! One direction, no back and forth:
//! case JSON → [`model`] (validated [`model::Case`]) → [`layout`] (CSS px) → [`scene`] (shapes
//! and hit regions) → [`render`] (canvas in the browser, SVG natively).
//! Only `web` (wasm32) touches the DOM.
//!
//! ```
//! let json = r#"{"version": 1, "title": "Example v. State",
//!   "parties": [{"id": "ex", "name": "Example", "role": "petitioner"}],
//!   "events": [{"id": "filed", "date": "2020-05", "kind": "filing", "title": "Petition filed", "parties": ["ex"]}]}"#;
//! let out = case_timeline::render_svg(json, &case_timeline::SvgOptions::default()).unwrap();
//! assert!(out.svg.contains("Petition filed"));
//! assert!(out.problems.is_empty());
//! ```

pub mod error;
pub mod hit;
pub mod import;
pub mod layout;
pub mod locale;
pub mod model;
pub mod render;
pub mod scale;
pub mod scene;
pub mod text;
pub mod theme;

#[cfg(target_arch = "wasm32")]
pub mod web;

pub use error::{CaseError, Problem};

/// Options for static output.
#[derive(Clone, Debug, PartialEq)]
pub struct SvgOptions {
    /// Width in CSS px (the height follows from the content).
    pub width: f32,
    /// Height in CSS px; `None` for the content's own height. A fixed height centres the
    /// picture (scaled down to fit if needed).
    pub height: Option<f32>,
    pub theme: theme::ThemeName,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions { width: 960.0, height: None, theme: theme::ThemeName::Light }
    }
}

/// An SVG picture and what was noticed while loading the case.
pub struct SvgOutput {
    pub svg: String,
    pub problems: Vec<Problem>,
}

/// Case JSON text → the same picture the widget draws, as SVG (native only). Text is measured
/// with the deterministic estimate, so output is stable across machines.
///
/// # Errors
/// When the case cannot be shown at all (see [`model::load`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn render_svg(json: &str, options: &SvgOptions) -> Result<SvgOutput, CaseError> {
    let loaded = model::load_any(json, &model::Limits::default())?;
    let theme = theme::Theme::named(options.theme);
    let layout = layout::layout(&loaded.case, options.width, None, &theme, &text::Estimate, &locale::English);
    let scene = scene::build(&loaded.case, &layout, &theme, scene::ViewState::default());
    Ok(SvgOutput { svg: render::to_svg(&scene, options.height), problems: loaded.problems })
}
