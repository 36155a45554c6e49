//! Colours and sizes. Contrast rules (checked by tests): text ≥ 4.5:1 and meaningful marks
//! ≥ 3:1 against the background, in every theme.

/// An sRGB colour with alpha in 0..=1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: f32,
}

impl Color {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Color { r, g, b, a: 1.0 }
    }

    pub const fn hex(v: u32) -> Self {
        Color::rgb((v >> 16) as u8, (v >> 8) as u8, v as u8)
    }

    pub fn with_alpha(self, a: f32) -> Self {
        Color { a, ..self }
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)
    }

    /// WCAG contrast ratio between two opaque colours (1 to 21).
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Mixes towards `other` by `t` in 0..=1.
    pub fn mix(self, other: Color, t: f32) -> Color {
        let m = |a: u8, b: u8| {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let v = (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round().clamp(0.0, 255.0) as u8;
            v
        };
        Color { r: m(self.r, other.r), g: m(self.g, other.g), b: m(self.b, other.b), a: self.a }
    }

    /// This colour, moved towards white or black (whichever is away from `background`) until
    /// its contrast with `background` is at least `ratio`.
    pub fn with_contrast(self, background: Color, ratio: f64) -> Color {
        let target = if background.luminance() > 0.5 { Color::rgb(0, 0, 0) } else { Color::rgb(255, 255, 255) };
        (0..=20).map(|i| self.mix(target, i as f32 / 20.0)).find(|c| c.contrast(background) >= ratio).unwrap_or(target)
    }

    /// `#rrggbb`.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeName {
    Light,
    Dark,
}

/// Everything the scene needs to know about looks. Sizes are CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub name: ThemeName,
    pub background: Color,
    /// Alternate lane band.
    pub band: Color,
    pub text: Color,
    pub muted: Color,
    pub axis: Color,
    pub grid: Color,
    pub focus: Color,
    /// Party colours used when the case gives none.
    pub palette: [Color; 8],
    /// CSS font-family list.
    pub font_family: String,
    /// `forced-colors: active`: party colours are not used (every lane in the text colour).
    pub forced_colors: bool,
}

impl Theme {
    pub fn light() -> Theme {
        Theme {
            name: ThemeName::Light,
            forced_colors: false,
            background: Color::hex(0xffffff),
            band: Color::hex(0xf5f6f8),
            text: Color::hex(0x1b1e24),
            muted: Color::hex(0x555b66),
            axis: Color::hex(0x6b7280),
            grid: Color::hex(0xe3e5e9),
            focus: Color::hex(0x0b57d0),
            palette: [
                Color::hex(0x0b6bcb),
                Color::hex(0xb4380b),
                Color::hex(0x107c41),
                Color::hex(0x8e3bb8),
                Color::hex(0xa1570a),
                Color::hex(0xc2185b),
                Color::hex(0x00796b),
                Color::hex(0x4b5563),
            ],
            font_family:
                "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Hebrew', Arial, sans-serif"
                    .to_string(),
        }
    }

    pub fn dark() -> Theme {
        Theme {
            name: ThemeName::Dark,
            background: Color::hex(0x15171c),
            band: Color::hex(0x1c1f26),
            text: Color::hex(0xeef0f3),
            muted: Color::hex(0xadb3bd),
            axis: Color::hex(0x8d94a0),
            grid: Color::hex(0x2b2f38),
            focus: Color::hex(0x8ab4f8),
            palette: [
                Color::hex(0x6cb4ff),
                Color::hex(0xff9a6b),
                Color::hex(0x5fd08b),
                Color::hex(0xd29bff),
                Color::hex(0xf2c14e),
                Color::hex(0xff7aa8),
                Color::hex(0x4dd6c4),
                Color::hex(0xb8bfcc),
            ],
            ..Theme::light()
        }
    }

    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Light => Theme::light(),
            ThemeName::Dark => Theme::dark(),
        }
    }

    /// The colour of party `index`: the case's own colour if given, else the palette's, either
    /// way adjusted to ≥ 4.5:1 against the background (it colours lane labels, which are text).
    pub fn party_color(&self, index: usize, own: Option<[u8; 3]>) -> Color {
        if self.forced_colors {
            return self.text;
        }
        let base = match own {
            Some([r, g, b]) => Color::rgb(r, g, b),
            None => self.palette.get(index % self.palette.len()).copied().unwrap_or(self.text),
        };
        base.with_contrast(self.background, 4.5).with_contrast(self.band, 4.5)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_marks_meet_wcag_contrast_in_both_themes() {
        for theme in [Theme::light(), Theme::dark()] {
            let bg = theme.background;
            for (name, c) in [("text", theme.text), ("muted", theme.muted)] {
                assert!(c.contrast(bg) >= 4.5, "{name} {:?} {}", theme.name, c.contrast(bg));
                assert!(c.contrast(theme.band) >= 4.5, "{name} on band {:?}", theme.name);
            }
            for (name, c) in [("axis", theme.axis), ("focus", theme.focus)] {
                assert!(c.contrast(bg) >= 3.0, "{name} {:?} {}", theme.name, c.contrast(bg));
            }
            for (i, c) in theme.palette.iter().enumerate() {
                assert!(c.contrast(bg) >= 3.0, "palette[{i}] {:?} {}", theme.name, c.contrast(bg));
                assert!(theme.party_color(i, None).contrast(bg) >= 4.5);
            }
        }
    }

    #[test]
    fn case_colours_are_adjusted_to_the_background() {
        let pale = Some([0xff, 0xee, 0x88]);
        assert!(Theme::light().party_color(0, pale).contrast(Color::hex(0xffffff)) >= 4.5);
        let navy = Some([0x10, 0x20, 0x50]);
        assert!(Theme::dark().party_color(0, navy).contrast(Theme::dark().background) >= 4.5);
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((Color::rgb(0, 0, 0).contrast(Color::rgb(255, 255, 255)) - 21.0).abs() < 0.01);
    }
}
