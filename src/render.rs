//! Draws a [`Scene`] on any plotters backend: the canvas in the browser, SVG natively.
//! The only module that names plotters.
//!
//! The scene is in CSS px; every coordinate, stroke width and font size is multiplied by the
//! device pixel ratio here, so a canvas whose backing store is CSS size × DPR stays crisp.

use plotters::backend::DrawingBackend;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendStyle, BackendTextStyle, DrawingErrorKind, FontFamily, FontStyle};

use crate::scene::{Align, Scene, Shape};
use crate::theme::Color;

/// How the scene maps onto the backend.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Target {
    /// Device pixels per CSS px.
    pub dpr: f32,
    /// Multiplier on font sizes for backends that do not take them as CSS px (plotters' SVG
    /// backend divides font sizes by 1.24).
    pub font_scale: f32,
}

impl Target {
    /// A canvas at `dpr` device pixels per CSS px (clamped to 0 < dpr ≤ 4).
    pub fn canvas(dpr: f32) -> Target {
        Target { dpr: if dpr.is_finite() && dpr > 0.0 { dpr.min(4.0) } else { 1.0 }, font_scale: 1.0 }
    }
}

/// The most device pixels a canvas may hold (iOS Safari's limit: 4096 × 4096), and the longest
/// side every browser draws (Firefox: 32,767).
const MAX_AREA: f32 = 16_777_216.0;
/// See [`MAX_AREA`].
const MAX_SIDE: f32 = 32_767.0;

/// The pixel ratio a canvas of `width` × `height` CSS px is drawn at: `dpr`, lowered when the
/// backing store would exceed what browsers allocate (a very long phone column), so the canvas
/// is softer rather than blank.
pub fn backing_ratio(width: f32, height: f32, dpr: f32) -> f32 {
    let dpr = Target::canvas(dpr).dpr;
    let (w, h) = (width.max(1.0), height.max(1.0));
    let by_area = (MAX_AREA / (w * h)).sqrt();
    let by_side = MAX_SIDE / w.max(h);
    dpr.min(by_area).min(by_side)
}

struct Stroke {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

struct TextStyle<'a> {
    family: &'a str,
    size: f64,
    bold: bool,
    color: BackendColor,
    anchor: Pos,
}

/// Text measurement is never asked of the renderer (layout has done it).
#[derive(Debug)]
pub struct NoFontError;

impl std::fmt::Display for NoFontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("text layout is done before rendering")
    }
}
impl std::error::Error for NoFontError {}

impl BackendTextStyle for TextStyle<'_> {
    type FontError = NoFontError;
    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
    fn anchor(&self) -> Pos {
        self.anchor
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }
    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), NoFontError> {
        Err(NoFontError)
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: (i32, i32),
        _draw: F,
    ) -> Result<Result<(), E>, NoFontError> {
        Err(NoFontError)
    }
}

fn color(c: Color) -> BackendColor {
    BackendColor { alpha: f64::from(c.a), rgb: (c.r, c.g, c.b) }
}

#[allow(clippy::cast_possible_truncation)]
fn px(v: f32, dpr: f32) -> i32 {
    (v * dpr).round().clamp(-1.0e6, 1.0e6) as i32
}

/// Draws every shape of `scene`, in order.
///
/// # Errors
/// Whatever the backend reports (a canvas that lost its context, say).
pub fn render<B: DrawingBackend>(
    scene: &Scene,
    backend: &mut B,
    target: Target,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let d = target.dpr;
    let p = |(x, y): (f32, f32)| (px(x, d), px(y, d));
    backend.ensure_prepared()?;
    for shape in &scene.shapes {
        match shape {
            Shape::Rect { rect, fill } => {
                backend.draw_rect(
                    p((rect.x, rect.y)),
                    p((rect.right(), rect.bottom())),
                    &Stroke { color: color(*fill), width: 0 },
                    true,
                )?;
            }
            Shape::Polygon { points, fill } => {
                backend.fill_polygon(points.iter().map(|&q| p(q)), &Stroke { color: color(*fill), width: 0 })?;
            }
            Shape::Circle { x, y, r, fill } => {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let radius = (r * d).round().max(1.0) as u32;
                backend.draw_circle(p((*x, *y)), radius, &Stroke { color: color(*fill), width: 0 }, true)?;
            }
            Shape::Line { from, to, width, color: c } => {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let w = (width * d).round().max(1.0) as u32;
                backend.draw_line(p(*from), p(*to), &Stroke { color: color(*c), width: w })?;
            }
            Shape::Text { text, x, y, font, color: c, align } => {
                let h_pos = match align {
                    Align::Start => HPos::Left,
                    Align::Center => HPos::Center,
                    Align::End => HPos::Right,
                };
                let style = TextStyle {
                    family: &scene.font_family,
                    size: f64::from(font.size) * f64::from(d) * f64::from(target.font_scale),
                    bold: font.bold,
                    color: color(*c),
                    anchor: Pos::new(h_pos, VPos::Center),
                };
                backend.draw_text(text, &style, p((*x, *y)))?;
            }
        }
    }
    backend.present()
}

/// Draws the scene on a canvas whose backing store is CSS size × `dpr` (browser only). A canvas
/// that lost its context is left as it is.
#[cfg(target_arch = "wasm32")]
pub fn to_canvas(scene: &Scene, canvas: &web_sys::HtmlCanvasElement, dpr: f32) {
    if let Some(mut backend) = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone()) {
        let _ = render(scene, &mut backend, Target::canvas(dpr));
    }
}

/// The scene as a standalone SVG document (native builds and the editor's). With `height`, the document is
/// that tall: the picture is centred on the background, and scaled down to fit if it is taller
/// (for social cards and print slots of a fixed size).
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub fn to_svg(scene: &Scene, height: Option<f32>) -> String {
    let mut out = String::new();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let size = (scene.width.ceil().max(1.0) as u32, scene.height.ceil().max(1.0) as u32);
    {
        let mut backend = plotters::backend::SVGBackend::with_string(&mut out, size);
        // The SVG backend writes into a String and cannot fail.
        let _ = render(scene, &mut backend, Target { dpr: 1.0, font_scale: 1.24 });
    }
    match height.filter(|h| h.is_finite() && *h >= 1.0) {
        Some(h) => fit_height(out, size, h, scene),
        None => out,
    }
}

/// Rewrites the root element's size and viewBox so the picture sits centred in `height`.
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
fn fit_height(svg: String, (w, natural): (u32, u32), height: f32, scene: &Scene) -> String {
    let (w, natural) = (w as f32, natural as f32);
    let (vx, vy, vw, vh) = if height >= natural {
        (0.0, -(height - natural) / 2.0, w, height)
    } else {
        let vw = w * natural / height;
        (-(vw - w) / 2.0, 0.0, vw, natural)
    };
    let Some(end) = svg.find('>') else { return svg };
    let background = scene
        .shapes
        .first()
        .and_then(|s| match s {
            Shape::Rect { fill, .. } => Some(*fill),
            _ => None,
        })
        .map_or(String::new(), |c| {
            format!("<rect x=\"{vx}\" y=\"{vy}\" width=\"{vw}\" height=\"{vh}\" fill=\"{}\"/>", c.to_hex())
        });
    format!(
        "<svg width=\"{w}\" height=\"{height}\" viewBox=\"{vx} {vy} {vw} {vh}\" xmlns=\"http://www.w3.org/2000/svg\">\n{background}{}",
        svg.get(end + 1..).unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backing_store_stays_within_what_browsers_allocate() {
        assert!((backing_ratio(1000.0, 600.0, 3.0) - 3.0).abs() < 1e-6);
        for (w, h) in [(375.0, 9000.0), (375.0, 40_000.0), (30_000.0, 200.0)] {
            let r = backing_ratio(w, h, 3.0);
            assert!(r > 0.0 && w * r * h * r <= MAX_AREA + 1.0 && (w.max(h) * r) <= MAX_SIDE + 1.0, "{w}×{h}: {r}");
        }
        assert_eq!(backing_ratio(100.0, 100.0, f32::NAN), 1.0);
    }
}
