//! PNG output (`case-timeline render --png`; the `png` feature, native only): the SVG the CLI
//! writes, rasterised by resvg with the bundled DejaVu Sans subset (`assets/fonts/`), so a PNG
//! looks the same on every machine, whatever fonts it has.
//!
//! Why resvg: it is the maintained, pure-Rust SVG renderer (linebender; tiny-skia for pixels,
//! rustybuzz for shaping, so Hebrew and Arabic labels are shaped and joined), it renders the
//! exact SVG we already write — one picture for SVG and PNG — and it takes fonts from memory, so
//! no system font lookup is involved.

const REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-subset.ttf");
const BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold-subset.ttf");
/// The bundled font's family name.
pub const FAMILY: &str = "DejaVu Sans";

/// `svg` as a PNG, `scale` device pixels per CSS px (1 for screens, 2–4 for print).
///
/// # Errors
/// When the SVG cannot be read or the picture would be empty or too large (over 16,384 px a side).
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let mut options = usvg::Options { font_family: FAMILY.to_string(), ..usvg::Options::default() };
    {
        let db = options.fontdb_mut();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.set_sans_serif_family(FAMILY);
    }
    let svg = with_family(svg, FAMILY);
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| format!("the SVG cannot be read: {e}"))?;
    let size = tree.size();
    let scale = if scale.is_finite() && scale > 0.0 { scale } else { 1.0 };
    let (w, h) = ((size.width() * scale).ceil(), (size.height() * scale).ceil());
    if !(1.0..=16_384.0).contains(&w) || !(1.0..=16_384.0).contains(&h) {
        return Err(format!("a picture of {w} × {h} px is too large (at most 16384 px a side)"));
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let mut pixmap = tiny_skia::Pixmap::new(w as u32, h as u32).ok_or("the picture is empty")?;
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("the PNG cannot be written: {e}"))
}

/// Every `font-family="…"` of the SVG set to `family`: the PNG uses the bundled font only.
fn with_family(svg: &str, family: &str) -> String {
    const ATTR: &str = "font-family=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(start) = rest.find(ATTR) {
        let (head, tail) = rest.split_at(start + ATTR.len());
        out.push_str(head);
        out.push_str(family);
        rest = tail.find('"').and_then(|end| tail.get(end..)).unwrap_or("");
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_case_becomes_a_png_with_ink() {
        let text = include_str!("../www/cases/nso-amnesty.json");
        let options = crate::SvgOptions { width: 1200.0, height: Some(630.0), ..crate::SvgOptions::default() };
        let svg = crate::render_svg(text, &options).unwrap().svg;
        let png = svg_to_png(&svg, 1.0).unwrap();
        assert_eq!(png.get(..8), Some(&b"\x89PNG\r\n\x1a\n"[..]));
        // IHDR: width and height, big-endian, at bytes 16..24.
        let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
        assert_eq!((size(16), size(20)), (1200, 630));
        assert!(png.len() > 20_000, "a card with text and marks, not a blank picture ({} bytes)", png.len());
    }

    #[test]
    fn font_families_are_replaced() {
        assert_eq!(with_family(r#"<text font-family="a, b">x</text>"#, "F"), r#"<text font-family="F">x</text>"#);
    }
}
