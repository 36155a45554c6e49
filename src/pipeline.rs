//! The one pipeline: load → layout → scene → render. Every caller goes through here — the CLI's
//! `render`, the widget, fuzzing, the benchmark and the tests — so none re-spells the stages.
//!
//! The widget keeps a [`Frame`] and asks for the least work: [`frame`] when the width, the window,
//! the theme or the case changed (layout and scene), [`repaint`] when only the view did (hover,
//! focus: the scene alone); the renderer then draws the scene.

use crate::error::Problem;
#[cfg(not(target_arch = "wasm32"))]
use crate::error::{CaseError, Limits};
use crate::layout::{layout_with, Labels, Layout};
#[cfg(not(target_arch = "wasm32"))]
use crate::locale::English;
use crate::locale::Locale;
#[cfg(not(target_arch = "wasm32"))]
use crate::model::{load, Input};
use crate::model::{Case, Format, Seconds};
use crate::scene::{build, Scene};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::Estimate;
use crate::text::TextMeasure;
use crate::theme::{Metrics, Theme, ThemeName};
use crate::view::ViewState;

/// How a case is drawn: colours, text measurement and language, and whether the case's header
/// (title, summary, outcome) and source credit are drawn.
#[derive(Clone, Copy)]
pub struct Look<'a> {
    /// Colours and font.
    pub theme: &'a Theme,
    /// Text widths (the canvas' `measureText` in the browser, `Estimate` natively).
    pub measure: &'a dyn TextMeasure,
    /// Words and dates.
    pub locale: &'a dyn Locale,
    /// Draw the header and the credit (off for pages that show them already: `header="none"`).
    pub header: bool,
}

impl<'a> Look<'a> {
    /// A look with the header on.
    pub fn new(theme: &'a Theme, measure: &'a dyn TextMeasure, locale: &'a dyn Locale) -> Look<'a> {
        Look { theme, measure, locale, header: true }
    }
}

/// A case laid out and turned into shapes for one width, window and view.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// Where everything goes.
    pub layout: Layout,
    /// The shapes and hit regions.
    pub scene: Scene,
}

/// The event labels of `case` measured once for `look` (they do not depend on width or zoom).
pub fn labels(case: &Case, look: &Look<'_>, width: f32) -> Labels {
    Labels::new(case, look.measure, look.locale, &Metrics::for_width(width))
}

/// Lays `case` out `width` CSS px wide showing `window` (`None`: the whole case) and builds its
/// scene for `view`.
pub fn frame(
    case: &Case,
    labels: &Labels,
    look: &Look<'_>,
    width: f32,
    window: Option<(Seconds, Seconds)>,
    view: ViewState,
) -> Frame {
    let layout = layout_with(case, labels, width, window, look.header, look.theme, look.measure, look.locale);
    let scene = build(case, &layout, look.theme, view);
    Frame { layout, scene }
}

/// Rebuilds only the scene of `frame` for a new `view` (the layout is unchanged).
pub fn repaint(case: &Case, frame: &mut Frame, theme: &Theme, view: ViewState) {
    frame.scene = build(case, &frame.layout, theme, view);
}

/// Options for static output.
#[derive(Clone, Debug, PartialEq)]
pub struct SvgOptions {
    /// Width in CSS px (the height follows from the content).
    pub width: f32,
    /// Height in CSS px; `None` for the content's own height. A fixed height centres the
    /// picture (scaled down to fit if needed).
    pub height: Option<f32>,
    /// Light or dark.
    pub theme: ThemeName,
    /// The input's format (`Auto` decides from the content).
    pub format: Format,
    /// Draw the case's title, summary and outcome at the top and the source credit at the
    /// bottom (the CLI's `--header none` turns them off).
    pub header: bool,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions { width: 960.0, height: None, theme: ThemeName::Light, format: Format::Auto, header: true }
    }
}

/// An SVG picture and what was noticed while loading the case.
#[derive(Clone, Debug)]
pub struct SvgOutput {
    /// The SVG document.
    pub svg: String,
    /// Problems found while loading (warnings, and errors in parts left out).
    pub problems: Vec<Problem>,
}

/// Case text (or TimelineJS JSON, or CSV) → the same picture the widget draws, as SVG. Text is
/// measured with the deterministic `Estimate`, so output is stable across machines.
///
/// # Errors
/// When the case cannot be shown at all: every problem found.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_svg(text: &str, options: &SvgOptions) -> Result<SvgOutput, CaseError> {
    let (case, problems) = load(Input::Text(text), options.format, &Limits::default()).into_result()?;
    let theme = Theme::named(options.theme);
    let look = Look { header: options.header, ..Look::new(&theme, &Estimate, &English) };
    let labels = labels(&case, &look, options.width);
    let frame = frame(&case, &labels, &look, options.width, None, ViewState::default());
    Ok(SvgOutput { svg: crate::render::to_svg(&frame.scene, options.height), problems })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Limits;
    use crate::locale::English;
    use crate::model::{load, Input};
    use crate::text::Estimate;

    #[test]
    fn repaint_changes_only_the_scene() {
        let text = include_str!("../www/cases/nso-amnesty.json");
        let case = load(Input::Text(text), Format::Case, &Limits::default()).case.unwrap();
        let theme = Theme::light();
        let look = Look::new(&theme, &Estimate, &English);
        let labels = labels(&case, &look, 800.0);
        let mut f = frame(&case, &labels, &look, 800.0, None, ViewState::default());
        let before = f.clone();
        repaint(&case, &mut f, &theme, ViewState { hovered: None, focused: Some(0) });
        assert_eq!(f.layout, before.layout);
        assert_ne!(f.scene, before.scene, "the focus ring is drawn");
    }
}
