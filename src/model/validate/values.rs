//! The allowed values of the case format, and the shapes of colours, web addresses and language
//! tags.

use crate::ids::Ids;

/// The valid ids of each kind, and where each is stored.
pub(super) struct Refs {
    pub(super) parties: Ids,
    pub(super) people: Ids,
    pub(super) sources: Ids,
}

/// `#rrggbb` or `#rgb`.
pub fn parse_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        6 => Some([channel(hex.get(0..2)?)?, channel(hex.get(2..4)?)?, channel(hex.get(4..6)?)?]),
        3 => {
            let expand = |i: usize| hex.get(i..=i).and_then(channel).map(|v| v * 17);
            Some([expand(0)?, expand(1)?, expand(2)?])
        }
        _ => None,
    }
}

/// True for `http://…` and `https://…` with something after the scheme.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control()))
}

/// A BCP 47-shaped tag: letters, digits and hyphens, subtags of 1 to 8 characters, starting with
/// a 2–3 letter language.
pub fn valid_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let first_ok =
        subtags.next().is_some_and(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()));
    first_ok && subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}
