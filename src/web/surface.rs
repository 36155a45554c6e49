//! The canvas as a drawing surface: its CSS size, its backing store at the device pixel ratio,
//! and the media query that says when that ratio changes (browser zoom, another screen).

use web_sys::{Event, HtmlCanvasElement, HtmlElement};

use super::dom::Listener;

/// `v` as CSS text with at most two decimals ("12.5px" for `css_px(12.5, "px")`), without the
/// float formatting machinery of `core::fmt` (it would weigh on every reader's download).
pub fn css_number(v: f32, unit: &str) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    #[allow(clippy::cast_possible_truncation)]
    let hundredths = (f64::from(v) * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let abs = hundredths.unsigned_abs();
    let (whole, frac) = (abs / 100, abs % 100);
    match frac {
        0 => format!("{sign}{whole}{unit}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}{unit}", f / 10),
        f if f < 10 => format!("{sign}{whole}.0{f}{unit}"),
        f => format!("{sign}{whole}.{f}{unit}"),
    }
}

/// The stage's width in CSS px (at least 200) and the device pixel ratio.
pub fn measure(stage: &HtmlElement) -> (f32, f32) {
    #[allow(clippy::cast_precision_loss)]
    let width = (stage.client_width() as f32).max(200.0);
    #[allow(clippy::cast_possible_truncation)]
    let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio() as f32);
    (width, if dpr.is_finite() && dpr > 0.0 { dpr } else { 1.0 })
}

/// Sizes `canvas` to `width` × `height` CSS px with a backing store of that × `dpr` device
/// pixels, touching only what changed (setting a canvas' size clears it).
pub fn size(canvas: &HtmlCanvasElement, width: f32, height: f32, dpr: f32) {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let (w, h) = ((width * dpr).round().max(1.0) as u32, (height * dpr).round().max(1.0) as u32);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let style = canvas.style();
    let (css_w, css_h) = (css_number(width, "px"), css_number(height, "px"));
    if style.get_property_value("width").ok().as_deref() != Some(css_w.as_str()) {
        let _ = style.set_property("width", &css_w);
    }
    if style.get_property_value("height").ok().as_deref() != Some(css_h.as_str()) {
        let _ = style.set_property("height", &css_h);
    }
}

/// A listener on `(resolution: <dpr>dppx)`, which stops matching when the ratio changes.
pub fn watch_ratio(dpr: f32, on_change: impl FnMut(Event) + 'static) -> Option<Listener> {
    let query = format!("(resolution: {})", css_number(dpr, "dppx"));
    let list = web_sys::window().and_then(|w| w.match_media(&query).ok().flatten())?;
    Listener::new(&list, "change", on_change).ok()
}

#[cfg(test)]
mod tests {
    use super::css_number;

    #[test]
    fn numbers_are_written_with_two_decimals_at_most() {
        assert_eq!(css_number(12.0, "px"), "12px");
        assert_eq!(css_number(12.5, "px"), "12.5px");
        assert_eq!(css_number(1.254, "dppx"), "1.25dppx");
        assert_eq!(css_number(-0.05, "px"), "-0.05px");
        assert_eq!(css_number(f32::NAN, "px"), "0px");
    }
}
