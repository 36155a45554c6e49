//! The stylesheet's light and dark defaults are the Rust themes' colours, so the canvas looks
//! the same whether it reads the theme from CSS (browser) or from `Theme` (SVG).

use case_timeline::theme::Theme;

const CSS: &str = include_str!("../../www/case-timeline.css");

/// The default in `--_NAME: var(--ct-NAME, #xxxxxx)` within the rule that starts with `selector`.
fn default_of(selector: &str, name: &str) -> String {
    let start = CSS.find(&format!("\n{selector}")).unwrap_or_else(|| panic!("no rule {selector}"));
    let rule = &CSS[start..start + CSS[start..].find("\n}").unwrap()];
    let needle = format!("--_{name}: var(--ct-{name}, ");
    let start = rule.find(&needle).unwrap_or_else(|| panic!("{selector} has no --_{name}")) + needle.len();
    rule[start..start + 7].to_string()
}

#[test]
fn css_defaults_equal_the_rust_themes() {
    for (selector, theme) in [(".ct-root {", Theme::light()), (".ct-root[data-theme=\"dark\"] {", Theme::dark())] {
        for (name, color) in [
            ("bg", theme.background),
            ("band", theme.band),
            ("fg", theme.text),
            ("muted", theme.muted),
            ("axis", theme.axis),
            ("grid", theme.grid),
            ("focus", theme.focus),
        ] {
            assert_eq!(default_of(selector, name), color.to_hex(), "{selector} --_{name}");
        }
    }
}
