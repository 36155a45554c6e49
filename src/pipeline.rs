//! The one pipeline: load → layout → scene → render. Every caller goes through here — the CLI's
//! `render`, the widget, fuzzing, the benchmark and the tests — so none re-spells the stages.
//!
//! The widget keeps a [`Frame`] and asks for the least work: [`frame`] when the width, the window,
//! the theme or the case changed (layout and scene), [`repaint`] when only the view did (hover,
//! focus: the scene alone); the renderer then draws the scene. For a right-to-left language the
//! scene is mirrored right after it is built ([`crate::mirror`]), so every target — canvas, SVG,
//! hit testing, tooltips — sees the same mirrored picture.

use crate::error::Problem;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use crate::error::{CaseError, Limits};
use crate::layout::{layout_with, Labels, Layout};
use crate::locale::Locale;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use crate::locale::{compiled, english, resolve};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
use crate::model::{load, Input};
use crate::model::{Case, Format, Seconds};
use crate::scene::{build, Scene};
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
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
    /// Where everything goes (always left to right).
    pub layout: Layout,
    /// The shapes and hit regions (mirrored when `rtl`).
    pub scene: Scene,
    /// The scene is mirrored: time runs from right to left. A pointer's x goes through
    /// [`crate::mirror::unmirror_x`] before the layout's scale inverts it.
    pub rtl: bool,
}

impl Frame {
    /// The layout's x under a pointer at `x` CSS px in the drawn (perhaps mirrored) scene.
    pub fn layout_x(&self, x: f32) -> f32 {
        if self.rtl {
            crate::mirror::unmirror_x(x, self.scene.width)
        } else {
            x
        }
    }
}

/// The scene for `layout` and `view`, mirrored when `rtl`.
fn scene(case: &Case, layout: &Layout, theme: &Theme, view: ViewState, rtl: bool) -> Scene {
    let mut scene = build(case, layout, theme, view);
    if rtl {
        crate::mirror::mirror(&mut scene);
    }
    scene
}

/// The event labels of `case` measured once for `look` (they do not depend on width or zoom).
pub fn labels(case: &Case, look: &Look<'_>, width: f32) -> Labels {
    Labels::new(case, look.measure, look.locale, &Metrics::for_width(width))
}

/// Lays `case` out `width` CSS px wide showing `window` (`None`: the whole case) and builds its
/// scene for `view`, mirrored when the locale is written right to left.
pub fn frame(
    case: &Case,
    labels: &Labels,
    look: &Look<'_>,
    width: f32,
    window: Option<(Seconds, Seconds)>,
    view: ViewState,
) -> Frame {
    let layout = layout_with(case, labels, width, window, look.header, look.theme, look.measure, look.locale);
    let rtl = look.locale.is_rtl();
    let scene = scene(case, &layout, look.theme, view, rtl);
    Frame { layout, scene, rtl }
}

/// Rebuilds only the scene of `frame` for a new `view` (the layout and direction are unchanged).
pub fn repaint(case: &Case, frame: &mut Frame, theme: &Theme, view: ViewState) {
    frame.scene = scene(case, &frame.layout, theme, view, frame.rtl);
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
    /// The language of words and dates (and so the direction), as a BCP 47 tag; `None` for the
    /// case's own `locale`. A tag without a compiled-in pack falls back to the case's language,
    /// then English, with a warning.
    pub locale: Option<String>,
    /// Draw the case's title, summary and outcome at the top and the source credit at the
    /// bottom (the CLI's `--header none` turns them off).
    pub header: bool,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions {
            width: 960.0,
            height: None,
            theme: ThemeName::Light,
            format: Format::Auto,
            locale: None,
            header: true,
        }
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

/// Case text (or TimelineJS JSON, or CSV) → the same picture the widget draws, as SVG, in the
/// words and dates of the language (`options.locale`, else the case's; mirrored for a
/// right-to-left one). Text is measured with the deterministic `Estimate`, so output is stable
/// across machines.
///
/// # Errors
/// When the case cannot be shown at all: every problem found.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn render_svg(text: &str, options: &SvgOptions) -> Result<SvgOutput, CaseError> {
    let (case, mut problems) = load(Input::Text(text), options.format, &Limits::default()).into_result()?;
    let (tag, warnings) = resolve(options.locale.as_deref(), Some(&case.locale), &|t| compiled(t).is_some());
    problems.extend(warnings);
    let locale = compiled(&tag).unwrap_or_else(english);
    let theme = Theme::named(options.theme);
    let look = Look { header: options.header, ..Look::new(&theme, &Estimate, locale) };
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

    #[test]
    fn a_right_to_left_case_is_drawn_mirrored_and_stays_mirrored_on_repaint() {
        let Some(hebrew) = crate::locale::compiled("he") else { return };
        let text = include_str!("../www/cases/nso-amnesty.json");
        let case = load(Input::Text(text), Format::Case, &Limits::default()).case.unwrap();
        let theme = Theme::light();
        let ltr = Look::new(&theme, &Estimate, &English);
        let rtl = Look { locale: hebrew, ..ltr };
        let labels = labels(&case, &ltr, 800.0);
        let a = frame(&case, &labels, &ltr, 800.0, None, ViewState::default());
        let mut b = frame(&case, &labels, &rtl, 800.0, None, ViewState::default());
        assert!(!a.rtl && b.rtl);
        let mark = |f: &Frame, i: usize| f.scene.hits.iter().find(|h| h.events == [i]).map(|h| h.mark.0);
        let (first, last) = (0, case.events.len() - 1);
        assert!(mark(&a, first) < mark(&a, last), "left to right: the first event on the left");
        assert!(mark(&b, first) > mark(&b, last), "right to left: the first event on the right");
        repaint(&case, &mut b, &theme, ViewState { hovered: None, focused: Some(0) });
        assert!(mark(&b, first) > mark(&b, last), "a repaint keeps the direction");
        let x = mark(&b, first).unwrap();
        assert!((b.layout_x(x) - a.layout.items.iter().find(|i| i.events == [first]).unwrap().x).abs() < 0.01);
    }
}
