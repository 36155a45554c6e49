//! The theme as the page's CSS gives it: light or dark (the option, else the reader's
//! preference), then the colours and font of the `--ct-*` custom properties read through hidden
//! probe elements, and the system colours under `forced-colors: active`.

use web_sys::HtmlElement;

use crate::theme::{Color, Theme, ThemeName};

/// Probe names: each `span.ct-probe-NAME` has `color: var(--_NAME)` in the stylesheet.
pub const PROBES: [&str; 7] = ["bg", "band", "fg", "muted", "axis", "grid", "focus"];

/// Light or dark as the reader prefers (`prefers-color-scheme`).
pub fn preferred() -> ThemeName {
    let dark = web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|q| q.matches());
    if dark {
        ThemeName::Dark
    } else {
        ThemeName::Light
    }
}

/// The theme named by the `theme` option ("light", "dark"; anything else: `None`).
pub fn named(option: Option<&str>) -> Option<ThemeName> {
    match option {
        Some("light") => Some(ThemeName::Light),
        Some("dark") => Some(ThemeName::Dark),
        _ => None,
    }
}

/// The theme for `choice` (or the reader's preference): sets `data-theme` on `root`, then reads
/// the computed colours of the probes; without the stylesheet, the built-in colours as they are.
pub fn resolve(root: &HtmlElement, probes: &HtmlElement, choice: Option<ThemeName>) -> Theme {
    let mut base = Theme::named(choice.unwrap_or_else(preferred));
    let _ = root.set_attribute("data-theme", if base.name == ThemeName::Dark { "dark" } else { "light" });
    let Some(window) = web_sys::window() else { return base };
    let style = |e: &web_sys::Element| window.get_computed_style(e).ok().flatten();
    let Some(root_style) = style(root) else { return base };
    if root_style.get_property_value("--_bg").map(|v| v.trim().is_empty()).unwrap_or(true) {
        return base;
    }
    if let Ok(family) = root_style.get_property_value("font-family") {
        if !family.trim().is_empty() {
            base.font_family = family;
        }
    }
    let color_of = |name: &str| {
        let probe = probes.query_selector(&format!(".ct-probe-{name}")).ok().flatten()?;
        parse_css_color(&style(&probe)?.get_property_value("color").ok()?)
    };
    for (name, slot) in PROBES.iter().zip([
        &mut base.background,
        &mut base.band,
        &mut base.text,
        &mut base.muted,
        &mut base.axis,
        &mut base.grid,
        &mut base.focus,
    ]) {
        if let Some(c) = color_of(name) {
            *slot = c;
        }
    }
    let forced = window.match_media("(forced-colors: active)").ok().flatten().is_some_and(|q| q.matches());
    if forced {
        // System colours only: every party in the text colour, told apart by lane and shape.
        base.palette = [base.text; 8];
        base.forced_colors = true;
    }
    base
}

/// `rgb(r, g, b)` or `rgba(r, g, b, a)` as computed styles give them; `None` for colours more
/// than half transparent (the built-in colour is kept then).
fn parse_css_color(text: &str) -> Option<Color> {
    let inner = text.trim().strip_prefix("rgba(").or_else(|| text.trim().strip_prefix("rgb("))?.strip_suffix(')')?;
    #[allow(clippy::cast_possible_truncation)]
    let parts: Vec<f32> = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .filter_map(|p| crate::model::json::parse_decimal(p.trim_end_matches('%')).map(|v| v as f32))
        .collect();
    let channel = |i: usize| -> Option<u8> {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        parts.get(i).map(|v| v.round().clamp(0.0, 255.0) as u8)
    };
    let alpha = parts.get(3).copied().unwrap_or(1.0);
    if alpha < 0.5 {
        return None;
    }
    Some(Color::rgb(channel(0)?, channel(1)?, channel(2)?))
}
