//! Text measurement with the canvas' own `measureText`, cached per string and font.

use std::cell::RefCell;
use std::collections::HashMap;

use web_sys::CanvasRenderingContext2d;

use crate::text::{Font, TextMeasure};

pub struct CanvasMeasure {
    context: CanvasRenderingContext2d,
    family: String,
    cache: RefCell<HashMap<(Font, String), f32>>,
}

impl CanvasMeasure {
    pub fn new(context: CanvasRenderingContext2d, family: &str) -> Self {
        CanvasMeasure { context, family: family.to_string(), cache: RefCell::new(HashMap::new()) }
    }
}

impl CanvasMeasure {
    pub fn context(&self) -> CanvasRenderingContext2d {
        self.context.clone()
    }
}

impl TextMeasure for CanvasMeasure {
    fn width(&self, text: &str, font: Font) -> f32 {
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
