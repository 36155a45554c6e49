//! Colours and sizes. Contrast rules (checked by tests): text ≥ 4.5:1 and meaningful marks
//! ≥ 3:1 against the background, in every theme. Every size and offset of the drawing and of
//! interaction is named once, in [`Metrics`].

use crate::geom::Rect;
use crate::model::Party;
use crate::text::Font;

/// An sRGB colour with alpha in 0..=1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Color {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
    /// Opacity.
    pub a: f32,
}

impl Color {
    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Color { r, g, b, a: 1.0 }
    }

    /// An opaque colour from `0xrrggbb`.
    pub const fn hex(v: u32) -> Self {
        Color::rgb((v >> 16) as u8, (v >> 8) as u8, v as u8)
    }

    /// This colour at opacity `a`.
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
                crate::math::pow((c + 0.055) / 1.055, 2.4)
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

    /// Whether the two are hard to tell apart as lane colours (each channel within 24 of the
    /// other's).
    pub fn looks_like(self, other: Color) -> bool {
        self.r.abs_diff(other.r) <= 24 && self.g.abs_diff(other.g) <= 24 && self.b.abs_diff(other.b) <= 24
    }

    /// `#rrggbb`.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
/// The two built-in themes.
pub enum ThemeName {
    /// Dark text on white.
    Light,
    /// Light text on near-black.
    Dark,
}

/// Everything the scene needs to know about looks. Sizes are CSS px.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Which one it is.
    pub name: ThemeName,
    /// Background.
    pub background: Color,
    /// Alternate lane band.
    pub band: Color,
    /// Main text (≥ 4.5:1).
    pub text: Color,
    /// Secondary text: dates, ticks (≥ 4.5:1).
    pub muted: Color,
    /// The axis line and ticks (≥ 3:1).
    pub axis: Color,
    /// Grid lines.
    pub grid: Color,
    /// The focus ring (≥ 3:1).
    pub focus: Color,
    /// Party colours used when the case gives none.
    pub palette: [Color; 8],
    /// CSS font-family list.
    pub font_family: String,
    /// `forced-colors: active`: party colours are not used (every lane in the text colour).
    pub forced_colors: bool,
}

impl Theme {
    /// The light theme.
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

    /// The dark theme.
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

    /// The theme called `name`.
    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Light => Theme::light(),
            ThemeName::Dark => Theme::dark(),
        }
    }

    /// The colour of party `index` of `parties`: the case's own colour if given, else the
    /// palette's — party `index` takes the `index`-th of the palette's colours that look like no
    /// colour the case gives a party, so an automatic lane never wears an editor's chosen colour —
    /// either way adjusted to ≥ 4.5:1 against the background and the band (it colours lane
    /// labels, which are text).
    pub fn party_color(&self, parties: &[Party], index: usize) -> Color {
        if self.forced_colors {
            return self.text;
        }
        let base = match parties.get(index).and_then(|p| p.color) {
            Some([r, g, b]) => Color::rgb(r, g, b),
            None => {
                // The palette without the colours the case gives (all of it if it gives them all).
                let mut free = [self.text; 8];
                let mut n = 0;
                for &c in &self.palette {
                    if !parties.iter().any(|p| p.color.is_some_and(|[r, g, b]| Color::rgb(r, g, b).looks_like(c))) {
                        if let Some(slot) = free.get_mut(n) {
                            *slot = c;
                        }
                        n += 1;
                    }
                }
                if n == 0 {
                    (free, n) = (self.palette, self.palette.len());
                }
                free.get(index % n).copied().unwrap_or(self.text)
            }
        };
        base.with_contrast(self.background, 4.5).with_contrast(self.band, 4.5)
    }
}

/// Every size and offset of the drawing, in CSS px, and the constants of interaction. Layout
/// picks one set for its width ([`Metrics::for_width`]: [`Metrics::PHONE`] below
/// [`Metrics::PHONE_BELOW`] px, else [`Metrics::DESKTOP`]) and keeps it in the layout, so the
/// scene, hit testing and the shell use the same numbers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    /// One column of events, time running down the page (phones), instead of lanes across.
    pub column: bool,
    /// Outer padding.
    pub pad: f32,
    /// Height of a lane's name above its rows.
    pub lane_head: f32,
    /// Height of one row: lock glyph, mark with its two-line label, and the bar below.
    pub row_h: f32,
    /// How far below the mark's centre the month bracket or span bar runs.
    pub bar_dy: f32,
    /// How tall the bracket or bar is.
    pub bar_h: f32,
    /// Radius of an event mark; other marks are drawn in proportion to it.
    pub mark_r: f32,
    /// Half the diagonal of a ruling's diamond, over `mark_r`: the largest mark.
    pub ruling_mark: f32,
    /// Half the width of the widest mark (the decisive ruling's diamond with its outline), over
    /// `mark_r`.
    pub widest_mark: f32,
    /// Space between a mark and its label, and between neighbours.
    pub gap: f32,
    /// Narrowest label worth showing; narrower ones are hidden (the tooltip still has them).
    pub min_label: f32,
    /// Offsets of a mark's title and date lines from its centre.
    pub title_dy: f32,
    /// See `title_dy`.
    pub date_dy: f32,
    /// Space between the last lane and the axis, and between the axis block and the legend.
    pub axis_gap: f32,
    /// Height of the axis block (ticks and their two label lines).
    pub axis_h: f32,
    /// Minor and major tick lengths.
    pub minor_tick: f32,
    /// See `minor_tick`.
    pub major_tick: f32,
    /// Offsets of the minor ("Jan") and major ("2020") tick labels below the axis line.
    pub tick_label_dy: f32,
    /// See `tick_label_dy`.
    pub major_label_dy: f32,
    /// Least distance between two major labels.
    pub major_gap: f32,
    /// Least distance between minor tick labels, as asked of the scale.
    pub tick_spacing: f32,
    /// Height of one legend row, and the space between legend entries.
    pub legend_row: f32,
    /// See `legend_row`.
    pub legend_spacing: f32,
    /// Above a mark's centre: room for the closed-door padlock (over the tallest mark).
    pub lock_up: f32,
    /// Width of the padlock's body (its other parts are drawn in proportion).
    pub lock_w: f32,
    /// Below a mark's centre: room for the dots of the event's other parties.
    pub dots_down: f32,
    /// Radius and spacing of those dots, and their offset below the mark's edge.
    pub dot_r: f32,
    /// See `dot_r`.
    pub dot_step: f32,
    /// See `dot_r`.
    pub dot_dy: f32,
    /// Hover and focus rings: radius beyond the mark, and stroke width.
    pub hover_ring: (f32, f32),
    /// See `hover_ring`.
    pub focus_ring: (f32, f32),
    /// Line pitch of wrapped text, over the font size.
    pub line_height: f32,
    /// Fonts.
    pub title_font: Font,
    /// See `title_font`.
    pub date_font: Font,
    /// See `title_font`.
    pub lane_font: Font,
    /// See `title_font`.
    pub tick_font: Font,
    /// See `title_font`.
    pub major_font: Font,
    /// See `title_font`.
    pub legend_font: Font,
    /// The count in a badge.
    pub badge_font: Font,
    /// The header: the case's title, its summary and outcome, the party list, the source credit.
    pub heading_font: Font,
    /// See `heading_font`.
    pub summary_font: Font,
    /// See `heading_font` (also the outcome beside the decisive event).
    pub outcome_font: Font,
    /// See `heading_font`.
    pub party_font: Font,
    /// See `heading_font`.
    pub credit_font: Font,
    /// A quote under its event in the column, and who said it.
    pub quote_font: Font,
    /// Space under the header's blocks (title, summary, outcome, party list) and above the credit.
    pub header_gap: f32,
    /// Column: space between two events, the rail's distance from the edge (the marks' centre)
    /// and the start of the text to the right of it.
    pub item_gap: f32,
    /// See `item_gap`.
    pub rail_x: f32,
    /// See `item_gap`.
    pub text_x: f32,
    /// Column: height of a year heading on the rail.
    pub year_h: f32,
    /// Column: the most events drawn one under the other, and the height after which no more
    /// are added; the rest of the window's events wait in a count badge at the end (focusing
    /// one, or a second tap on the badge, brings it out).
    pub page_events: usize,
    /// See `page_events`.
    pub page_height: f32,
    /// How far around the pointer a hit counts: mouse and pen, and touch.
    pub hit_radius: f32,
    /// See `hit_radius`.
    pub touch_radius: f32,
    /// Movement below which a press is a tap, not a drag.
    pub tap_slop: f32,
    /// Zoom factor of one step (+ / − keys and buttons).
    pub zoom_step: f64,
    /// Zoom per wheel pixel (Ctrl/⌘ + wheel, trackpad pinch): `exp(-dy × this)`.
    pub wheel_zoom: f64,
    /// A tooltip's distance from its mark, and from the edges of the visible area.
    pub tooltip_offset: f32,
    /// See `tooltip_offset`.
    pub tooltip_margin: f32,
}

impl Metrics {
    /// Widgets narrower than this (CSS px) get the phone column.
    pub const PHONE_BELOW: f32 = 480.0;

    /// The sizes of the horizontal timeline.
    pub const DESKTOP: Metrics = Metrics {
        column: false,
        pad: 12.0,
        lane_head: 22.0,
        row_h: 52.0,
        bar_dy: 18.0,
        bar_h: 5.0,
        mark_r: 7.0,
        ruling_mark: 1.75,
        widest_mark: 2.2,
        gap: 6.0,
        min_label: 40.0,
        title_dy: -9.0,
        date_dy: 8.5,
        axis_gap: 4.0,
        axis_h: 46.0,
        minor_tick: 5.0,
        major_tick: 24.0,
        tick_label_dy: 15.0,
        major_label_dy: 33.0,
        major_gap: 8.0,
        tick_spacing: 64.0,
        legend_row: 34.0,
        legend_spacing: 18.0,
        lock_up: 23.0,
        lock_w: 9.0,
        dots_down: 9.0,
        dot_r: 2.5,
        dot_step: 7.0,
        dot_dy: 6.0,
        hover_ring: (5.0, 1.5),
        focus_ring: (6.0, 2.5),
        line_height: 1.35,
        title_font: Font { size: 14, bold: true },
        date_font: Font { size: 12, bold: false },
        lane_font: Font { size: 13, bold: true },
        tick_font: Font { size: 12, bold: false },
        major_font: Font { size: 13, bold: true },
        legend_font: Font { size: 12, bold: false },
        badge_font: Font { size: 11, bold: true },
        heading_font: Font { size: 20, bold: true },
        summary_font: Font { size: 14, bold: false },
        outcome_font: Font { size: 14, bold: true },
        party_font: Font { size: 13, bold: true },
        credit_font: Font { size: 12, bold: false },
        quote_font: Font { size: 14, bold: false },
        header_gap: 8.0,
        item_gap: 18.0,
        rail_x: 22.0,
        text_x: 42.0,
        year_h: 30.0,
        page_events: 30,
        page_height: 9000.0,
        hit_radius: 4.0,
        touch_radius: 12.0,
        tap_slop: 4.0,
        zoom_step: 1.5,
        wheel_zoom: 0.002,
        tooltip_offset: 14.0,
        tooltip_margin: 4.0,
    };

    /// The sizes of the phone column: larger type (titles 16 px, secondary text 13 px), larger
    /// marks and padlock, one column.
    pub const PHONE: Metrics = Metrics {
        column: true,
        mark_r: 8.0,
        lock_up: 27.0,
        lock_w: 11.0,
        dot_r: 3.0,
        dot_step: 8.0,
        dots_down: 10.0,
        title_font: Font { size: 16, bold: true },
        date_font: Font { size: 13, bold: false },
        lane_font: Font { size: 13, bold: true },
        tick_font: Font { size: 13, bold: false },
        major_font: Font { size: 15, bold: true },
        legend_font: Font { size: 13, bold: false },
        badge_font: Font { size: 12, bold: true },
        heading_font: Font { size: 20, bold: true },
        summary_font: Font { size: 15, bold: false },
        outcome_font: Font { size: 15, bold: true },
        party_font: Font { size: 13, bold: true },
        credit_font: Font { size: 13, bold: false },
        quote_font: Font { size: 14, bold: false },
        legend_row: 36.0,
        legend_spacing: 16.0,
        item_gap: 20.0,
        rail_x: 24.0,
        text_x: 50.0,
        year_h: 34.0,
        ..Metrics::DESKTOP
    };

    /// The sizes for a widget `width` CSS px wide.
    pub fn for_width(width: f32) -> Metrics {
        if width < Metrics::PHONE_BELOW {
            Metrics::PHONE
        } else {
            Metrics::DESKTOP
        }
    }

    /// Line pitch of wrapped text in `font`, CSS px.
    pub fn line(&self, font: Font) -> f32 {
        (f32::from(font.size) * self.line_height).round()
    }

    /// The one footprint of a mark centred on (x, y): the widest mark, the padlock above it and
    /// the party dots below it. Labels never cover it; tooltips never cover their own.
    pub fn footprint(&self, x: f32, y: f32) -> Rect {
        let half = self.mark_r * self.widest_mark + 1.0;
        let up = self.mark_r + self.lock_up;
        let down = self.mark_r + self.dots_down;
        Rect { x: x - half, y: y - up, w: 2.0 * half, h: up + down }
    }

    /// The outcome beside the decisive event's date: the date's size, bold.
    pub fn outcome_beside(&self) -> Font {
        Font { bold: true, ..self.date_font }
    }

    /// Where a mark's labels start: clear of its footprint.
    pub fn label_dx(&self) -> f32 {
        self.mark_r * self.widest_mark + 1.0 + self.gap / 2.0
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::DESKTOP
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
            let all = parties(&[None; 8]);
            let auto: Vec<Color> = (0..8).map(|i| theme.party_color(&all, i)).collect();
            for (i, c) in theme.palette.iter().enumerate() {
                assert!(c.contrast(bg) >= 3.0, "palette[{i}] {:?} {}", theme.name, c.contrast(bg));
                assert!(auto[i].contrast(bg) >= 4.5);
                // The palette's colours are told apart from each other.
                assert!(
                    auto.iter().enumerate().all(|(j, o)| j == i || !o.looks_like(auto[i])),
                    "palette[{i}] {:?}",
                    theme.name
                );
            }
        }
    }

    #[test]
    fn case_colours_are_adjusted_to_the_background() {
        let pale = Some([0xff, 0xee, 0x88]);
        assert!(Theme::light().party_color(&parties(&[pale]), 0).contrast(Color::hex(0xffffff)) >= 4.5);
        let navy = Some([0x10, 0x20, 0x50]);
        assert!(Theme::dark().party_color(&parties(&[navy]), 0).contrast(Theme::dark().background) >= 4.5);
    }

    fn parties(colors: &[Option<[u8; 3]>]) -> Vec<Party> {
        colors
            .iter()
            .enumerate()
            .map(|(i, &color)| Party {
                id: format!("p{i}"),
                name: format!("Party {i}"),
                role: crate::model::Role::Other,
                color,
            })
            .collect()
    }

    #[test]
    fn an_automatic_colour_never_repeats_a_colour_the_case_gives() {
        for theme in [Theme::light(), Theme::dark()] {
            // Every palette colour in turn given to the last of four parties (as an editor would
            // pick it from the palette): the three without a colour of their own get three other,
            // different colours.
            for chosen in theme.palette {
                let own = [None, None, None, Some([chosen.r, chosen.g, chosen.b])];
                let four = parties(&own);
                let colors: Vec<Color> = (0..4).map(|i| theme.party_color(&four, i)).collect();
                for i in 0..3 {
                    for j in 0..4 {
                        assert!(
                            i == j || !colors[i].looks_like(colors[j]),
                            "{:?}: party {i} looks like party {j}: {colors:?}",
                            theme.name
                        );
                    }
                }
            }
            // Without colours of the case's own, party i keeps palette colour i.
            let three = parties(&[None, None, None]);
            let plain: Vec<Color> = (0..3).map(|i| theme.party_color(&three, i)).collect();
            let fit = |c: Color| c.with_contrast(theme.background, 4.5).with_contrast(theme.band, 4.5);
            assert_eq!(plain, theme.palette.iter().take(3).map(|&c| fit(c)).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_footprint_holds_every_part_of_a_mark() {
        for m in [Metrics::DESKTOP, Metrics::PHONE] {
            let f = m.footprint(100.0, 50.0);
            // The decisive ruling's outlined diamond, the padlock over the ruling and the dots.
            assert!(f.x <= 100.0 - m.mark_r * m.widest_mark && f.right() >= 100.0 + m.mark_r * m.widest_mark);
            assert!(m.widest_mark >= m.ruling_mark + 3.0 / m.mark_r, "the outline fits");
            let lock_top = m.mark_r * m.ruling_mark + 3.0 + 1.0 + m.lock_w * 1.5;
            assert!(f.y <= 50.0 - lock_top, "{f:?}");
            assert!(f.bottom() >= 50.0 + m.mark_r + m.dot_dy + m.dot_r, "{f:?}");
            // Labels start clear of it.
            assert!(100.0 + m.label_dx() >= f.right());
        }
    }

    #[test]
    fn type_is_large_enough_on_phones_and_desktops() {
        let (phone, desktop) = (Metrics::for_width(375.0), Metrics::for_width(1280.0));
        assert!(phone.column && !desktop.column);
        assert!(phone.title_font.size >= 15 && desktop.title_font.size >= 14);
        for m in [phone, desktop] {
            for f in [
                m.date_font,
                m.lane_font,
                m.tick_font,
                m.major_font,
                m.legend_font,
                m.summary_font,
                m.party_font,
                m.credit_font,
                m.quote_font,
            ] {
                assert!(f.size >= 12, "{f:?}");
            }
            assert!(m.heading_font.size > m.title_font.size);
        }
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((Color::rgb(0, 0, 0).contrast(Color::rgb(255, 255, 255)) - 21.0).abs() < 0.01);
    }
}
