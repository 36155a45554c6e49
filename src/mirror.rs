//! Right-to-left timelines: the scene, mirrored.
//!
//! Hebrew and Arabic readers read time from right to left, so for a right-to-left language the
//! whole picture is mirrored after [`crate::scene::build`]: every shape and every hit region
//! goes to `width − x`, and every text keeps its glyphs but swaps its anchor (a label that
//! started at its mark now ends there; lane names and the legend, which start at the left
//! margin, end at the right one). Layout stays in one direction, so the phone layout, the desktop
//! layout and whatever comes next are mirrored alike, and what is drawn is still what is
//! hoverable. The shell turns pointer positions back through [`unmirror_x`] before asking the
//! scale what time they point at.
//!
//! Text direction: case text that is not ASCII is already wrapped in a first-strong isolate
//! ([`crate::scene::isolate`]). In a right-to-left interface a text holding any right-to-left
//! letter is isolated right to left instead, so "NSO זוכה בתביעה" starts with "NSO" on the
//! right, as a Hebrew reader expects; a text without one ("Court rejects the petition.") stays
//! left to right, its full stop where it belongs.

use crate::scene::{Align, Scene, Shape};

/// First-strong isolate (U+2068), what [`crate::scene::isolate`] wraps text in.
const FSI: char = '\u{2068}';
/// Right-to-left isolate (U+2067).
const RLI: char = '\u{2067}';

/// Mirrors `scene` left to right in place (see the module docs). Mirroring twice gives the
/// scene back, except that texts keep their right-to-left isolates.
pub fn mirror(scene: &mut Scene) {
    let w = scene.width;
    let flip = |x: &mut f32| *x = w - *x;
    for shape in &mut scene.shapes {
        match shape {
            Shape::Rect { rect, .. } => rect.x = w - rect.x - rect.w,
            Shape::Polygon { points, .. } => points.iter_mut().for_each(|p| flip(&mut p.0)),
            Shape::Circle { x, .. } => flip(x),
            Shape::Line { from, to, .. } => {
                flip(&mut from.0);
                flip(&mut to.0);
            }
            Shape::Text { text, x, align, .. } => {
                flip(x);
                *align = match align {
                    Align::Start => Align::End,
                    Align::End => Align::Start,
                    Align::Center => Align::Center,
                };
                right_to_left(text);
            }
        }
    }
    for hit in &mut scene.hits {
        hit.rect.x = w - hit.rect.x - hit.rect.w;
        flip(&mut hit.mark.0);
    }
}

/// A pointer's x in a mirrored scene of `width` CSS px, as the (unmirrored) layout sees it.
pub fn unmirror_x(x: f32, width: f32) -> f32 {
    width - x
}

/// True for a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, …).
fn is_rtl_letter(c: char) -> bool {
    matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Turns a first-strong isolate into a right-to-left one when the text has a right-to-left
/// letter.
fn right_to_left(text: &mut String) {
    if text.starts_with(FSI) && text.chars().any(is_rtl_letter) {
        text.replace_range(..FSI.len_utf8(), RLI.encode_utf8(&mut [0; 4]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geom::Rect;
    use crate::scene::{isolate, HitRegion};
    use crate::text::Font;
    use crate::theme::{Color, Metrics};

    fn scene(shapes: Vec<Shape>) -> Scene {
        Scene {
            metrics: Metrics::DESKTOP,
            width: 800.0,
            height: 100.0,
            font_family: String::new(),
            shapes,
            hits: vec![HitRegion {
                events: vec![0],
                rect: Rect { x: 100.0, y: 10.0, w: 150.0, h: 20.0 },
                mark: (110.0, 20.0),
            }],
        }
    }

    fn text(t: &str, x: f32, align: Align) -> Shape {
        Shape::Text {
            text: isolate(t),
            x,
            y: 20.0,
            font: Font { size: 12, bold: false },
            color: Color::rgb(0, 0, 0),
            align,
        }
    }

    #[test]
    fn shapes_and_hit_regions_go_to_the_other_side() {
        let black = Color::rgb(0, 0, 0);
        let mut s = scene(vec![
            Shape::Rect { rect: Rect { x: 0.0, y: 0.0, w: 800.0, h: 100.0 }, fill: black },
            Shape::Rect { rect: Rect { x: 10.0, y: 0.0, w: 30.0, h: 5.0 }, fill: black },
            Shape::Circle { x: 110.0, y: 20.0, r: 5.0, fill: black },
            Shape::Line { from: (100.0, 1.0), to: (300.0, 2.0), width: 1.0, color: black },
            Shape::Polygon { points: vec![(1.0, 1.0), (5.0, 9.0)], fill: black },
            text("Ruling", 120.0, Align::Start),
            text("3", 110.0, Align::Center),
        ]);
        mirror(&mut s);
        let x = |i: usize| match &s.shapes[i] {
            Shape::Rect { rect, .. } => (rect.x, rect.w),
            Shape::Circle { x, .. } => (*x, 0.0),
            Shape::Line { from, to, .. } => (from.0, to.0),
            Shape::Polygon { points, .. } => (points[0].0, points[1].0),
            Shape::Text { x, align, .. } => (*x, if *align == Align::End { 1.0 } else { 0.0 }),
        };
        assert_eq!(x(0), (0.0, 800.0), "the background still covers everything");
        assert_eq!(x(1), (760.0, 30.0));
        assert_eq!(x(2), (690.0, 0.0));
        assert_eq!(x(3), (700.0, 500.0));
        assert_eq!(x(4), (799.0, 795.0));
        assert_eq!(x(5), (680.0, 1.0), "a label that started right of its mark ends left of it");
        assert_eq!(x(6), (690.0, 0.0), "centred text stays centred");
        assert_eq!(s.hits[0].rect, Rect { x: 550.0, y: 10.0, w: 150.0, h: 20.0 });
        assert_eq!(s.hits[0].mark, (690.0, 20.0));
        assert_eq!(unmirror_x(690.0, 800.0), 110.0);
    }

    #[test]
    fn mirroring_twice_gives_the_geometry_back() {
        let original = scene(vec![text("Ruling", 120.0, Align::Start), text("Filing", 20.0, Align::End)]);
        let mut twice = original.clone();
        mirror(&mut twice);
        mirror(&mut twice);
        assert_eq!(twice, original);
    }

    #[test]
    fn texts_with_right_to_left_letters_get_a_right_to_left_isolate() {
        let mut s = scene(vec![
            text("NSO זוכה בתביעה", 0.0, Align::Start),
            text("Court rejects the petition.", 0.0, Align::Start),
            text("Étude", 0.0, Align::Start),
            text("حكم المحكمة", 0.0, Align::Start),
            text("2020", 0.0, Align::Start),
        ]);
        mirror(&mut s);
        let texts: Vec<&str> = s
            .shapes
            .iter()
            .filter_map(|sh| match sh {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(texts[0], "\u{2067}NSO זוכה בתביעה\u{2069}");
        assert_eq!(texts[1], "Court rejects the petition.", "ASCII is drawn as it is");
        assert_eq!(texts[2], "\u{2068}Étude\u{2069}", "no right-to-left letter: first strong");
        assert_eq!(texts[3], "\u{2067}حكم المحكمة\u{2069}");
        assert_eq!(texts[4], "2020");
    }
}
