//! Text measurement with the canvas' own `measureText`, cached for the whole page: every widget
//! with the same font family shares the widths, so fonts are measured once per page.

use crate::ids::Ids;
use std::cell::RefCell;

use web_sys::CanvasRenderingContext2d;

use crate::text::{Font, TextMeasure};

/// Characters measured one by one: Latin up to U+024F (Latin Extended-B) and the punctuation
/// U+2010–U+203A. Text made only of them has no shaping, so its width is the sum of its
/// characters' (10,000 labels: one `measureText` per distinct character instead of per label).
const LATIN: u32 = 0x250;
const PUNCTUATION: std::ops::RangeInclusive<u32> = 0x2010..=0x203A;
const SIMPLE: usize = LATIN as usize + 0x2B;

fn simple_index(c: char) -> Option<usize> {
    let code = u32::from(c);
    if code < LATIN {
        usize::try_from(code).ok()
    } else if PUNCTUATION.contains(&code) {
        usize::try_from(code - 0x2010 + LATIN).ok()
    } else {
        None
    }
}

/// The page's widths: per (family, font) a table of the simple characters (NaN: not measured
/// yet), and whole strings of other scripts, whose shaping joins or reorders characters.
#[derive(Default)]
struct Widths {
    slots: Vec<(String, Font, Vec<f32>)>,
    /// `family \0 size bold \0 text` → the width's bits (one map type in the whole build).
    whole: Ids,
}

thread_local! {
    static WIDTHS: RefCell<Widths> = RefCell::new(Widths::default());
}

/// Measures through a canvas context in one font family.
pub struct CanvasMeasure {
    context: CanvasRenderingContext2d,
    family: String,
}

impl CanvasMeasure {
    /// Measures with `context` in `family` (a CSS font-family list).
    pub fn new(context: CanvasRenderingContext2d, family: &str) -> Self {
        CanvasMeasure { context, family: family.to_string() }
    }

    fn set_font(&self, font: Font) {
        let weight = if font.bold { "bold" } else { "normal" };
        self.context.set_font(&format!("{weight} {}px {}", font.size, self.family));
    }

    fn measure(&self, text: &str, font: Font) -> f32 {
        self.set_font(font);
        #[allow(clippy::cast_possible_truncation)]
        self.context
            .measure_text(text)
            .map(|m| m.width() as f32)
            .unwrap_or_else(|_| crate::text::Estimate.width(text, font))
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f32 {
        WIDTHS.with(|widths| {
            let Ok(mut widths) = widths.try_borrow_mut() else { return self.measure(text, font) };
            if text.chars().all(|c| simple_index(c).is_some()) {
                let slot = match widths.slots.iter().position(|(f, fo, _)| *fo == font && *f == self.family) {
                    Some(i) => i,
                    None => {
                        widths.slots.push((self.family.clone(), font, vec![f32::NAN; SIMPLE]));
                        widths.slots.len() - 1
                    }
                };
                let Some((_, _, table)) = widths.slots.get_mut(slot) else { return 0.0 };
                let mut sum = 0.0;
                let mut buf = [0u8; 4];
                for c in text.chars() {
                    let Some(cell) = simple_index(c).and_then(|i| table.get_mut(i)) else { continue };
                    if cell.is_nan() {
                        *cell = self.measure(c.encode_utf8(&mut buf), font);
                    }
                    sum += *cell;
                }
                // 1 % for kerning and rounding, to stay on the safe (wider) side.
                return sum * 1.01 + 0.5;
            }
            let key = format!("{}\u{0}{}{}\u{0}{text}", self.family, font.size, u8::from(font.bold));
            if let Some(bits) = widths.whole.get(&key) {
                return f32::from_bits(u32::try_from(*bits).unwrap_or(0));
            }
            let w = self.measure(text, font);
            if widths.whole.len() > 50_000 {
                widths.whole.clear();
            }
            widths.whole.insert(key, usize::try_from(w.to_bits()).unwrap_or(0));
            w
        })
    }
}
