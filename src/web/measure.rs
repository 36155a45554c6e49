//! Text measurement with the canvas' own `measureText`, cached per string and font.

use std::cell::RefCell;
use std::collections::HashMap;

use web_sys::CanvasRenderingContext2d;

use crate::text::{Font, TextMeasure};

pub struct CanvasMeasure {
    context: CanvasRenderingContext2d,
    family: String,
    cache: RefCell<HashMap<(Font, String), f32>>,
    /// Advance widths of single characters: simple (Latin, Greek-free) text is measured as the
    /// sum of its characters, which needs one `measureText` per distinct character instead of
    /// one per label (10,000 labels: ~150 ms → a few ms). Other scripts, whose shaping joins or
    /// reorders characters, are measured whole.
    chars: RefCell<HashMap<(Font, char), f32>>,
}

impl CanvasMeasure {
    pub fn new(context: CanvasRenderingContext2d, family: &str) -> Self {
        CanvasMeasure {
            context,
            family: family.to_string(),
            cache: RefCell::new(HashMap::new()),
            chars: RefCell::new(HashMap::new()),
        }
    }
}

impl CanvasMeasure {
    fn set_font(&self, font: Font) {
        let weight = if font.bold { "bold" } else { "normal" };
        self.context.set_font(&format!("{weight} {}px {}", font.size, self.family));
    }

    fn char_width(&self, c: char, font: Font) -> f32 {
        if let Some(w) = self.chars.borrow().get(&(font, c)) {
            return *w;
        }
        self.set_font(font);
        let mut buf = [0u8; 4];
        #[allow(clippy::cast_possible_truncation)]
        let w = self.context.measure_text(c.encode_utf8(&mut buf)).map(|m| m.width() as f32).unwrap_or(0.0);
        self.chars.borrow_mut().insert((font, c), w);
        w
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f32 {
        // Up to U+024F (Latin Extended-B) and common punctuation: no shaping, so the sum of the
        // characters, with 1 % for kerning and rounding to stay on the safe (wider) side.
        if text.chars().all(|c| u32::from(c) <= 0x024F || ('\u{2010}'..='\u{203A}').contains(&c)) {
            return text.chars().map(|c| self.char_width(c, font)).sum::<f32>() * 1.01 + 0.5;
        }
        let key = (font, text.to_string());
        if let Some(w) = self.cache.borrow().get(&key) {
            return *w;
        }
        let weight = if font.bold { "bold" } else { "normal" };
        self.context.set_font(&format!("{weight} {}px {}", font.size, self.family));
        #[allow(clippy::cast_possible_truncation)]
        let w = self
            .context
            .measure_text(text)
            .map(|m| m.width() as f32)
            .unwrap_or_else(|_| crate::text::Estimate.width(text, font));
        let mut cache = self.cache.borrow_mut();
        if cache.len() > 50_000 {
            cache.clear();
        }
        cache.insert(key, w);
        w
    }
}
