//! Text measurement as an input to layout, so layout stays pure and testable.

/// A font as layout sees it: size in CSS px, and weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Font {
    /// CSS px, whole numbers so fonts can be cache keys.
    pub size: u16,
    /// Bold or normal weight.
    pub bold: bool,
}

/// Measures the advance width of a single line of text, in CSS px.
pub trait TextMeasure {
    /// Width of `text` in `font`, CSS px.
    fn width(&self, text: &str, font: Font) -> f32;
}

/// A deterministic estimate for native layout and snapshots: per-character widths by class,
/// on the wide side of common sans-serif fonts (DejaVu Sans, Segoe UI, Roboto) so
/// labels measured with it still fit when a viewer substitutes a wider font.
#[derive(Clone, Copy, Debug, Default)]
pub struct Estimate;

impl TextMeasure for Estimate {
    fn width(&self, text: &str, font: Font) -> f32 {
        let em: f32 = text
            .chars()
            .map(|c| match c {
                // Bidi controls and other format characters take no space.
                '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' => 0.0,
                'i' | 'l' | 'j' | '\'' | '’' | '.' | ',' | ':' | ';' | '|' | '!' => 0.3,
                ' ' => 0.32,
                'f' | 't' | 'r' | '(' | ')' | '-' | '[' | ']' => 0.42,
                'm' | 'w' | 'M' | 'W' | '@' => 0.95,
                'A'..='Z' => 0.72,
                '0'..='9' => 0.64,
                c if c.is_ascii() => 0.62,
                c if is_wide(c) => 1.0,
                // Latin, Greek, Cyrillic, Hebrew, Arabic letters (not Unicode's letter tables,
                // which would add 1.5 kB to the reader).
                '\u{00C0}'..='\u{024F}'
                | '\u{0370}'..='\u{03FF}'
                | '\u{0400}'..='\u{04FF}'
                | '\u{05D0}'..='\u{05EA}'
                | '\u{0620}'..='\u{064A}' => 0.58,
                _ => 0.6,
            })
            .sum();
        let weight = if font.bold { 1.1 } else { 1.0 };
        em * f32::from(font.size) * weight
    }
}

/// CJK and other full-width characters.
fn is_wide(c: char) -> bool {
    matches!(u32::from(c), 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0x1F300..=0x1FAFF)
}

/// Whether `needle` occurs in `hay`: a plain byte search, for the short texts the reader looks
/// through (`str::contains` with a `&str` links the standard library's two-way searcher).
pub fn contains(hay: &str, needle: &str) -> bool {
    needle.is_empty() || hay.as_bytes().windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The parts with `sep` between them: `[T]::join` without a copy of the standard library's
/// join (about 1 kB of wasm) for each type of part.
pub fn join(parts: &mut dyn Iterator<Item = &str>, sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    out
}

/// The longest prefix of `text` that fits `max_width` with "…" appended, or `text` itself if it
/// fits. `None` when not even one character and the ellipsis fit.
pub fn fit(measure: &dyn TextMeasure, text: &str, font: Font, max_width: f32) -> Option<String> {
    if measure.width(text, font) <= max_width {
        return Some(text.to_string());
    }
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0usize, chars.len());
    // Largest n with width(prefix(n) + "…") <= max_width.
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars.iter().take(mid).collect::<String>().trim_end().to_string() + "…";
        if measure.width(&candidate, font) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    (lo > 0).then(|| chars.iter().take(lo).collect::<String>().trim_end().to_string() + "…")
}

/// Breaks `text` into lines no wider than `max_width`, at spaces; a word wider than a whole line
/// is broken between characters. Every character of `text` but the spaces at the breaks is kept,
/// in order: joining the lines with single spaces gives the text back (runs of spaces collapsed;
/// a word broken between characters joins without one), and no line is cut with "…". Empty text
/// gives no lines; a `max_width` too narrow for one character still gives each character a line.
pub fn wrap(measure: &dyn TextMeasure, text: &str, font: Font, max_width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if measure.width(&candidate, font) <= max_width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if measure.width(word, font) <= max_width {
            line = word.to_string();
            continue;
        }
        // A word longer than a line: as many characters as fit, line after line.
        for c in word.chars() {
            let mut next = line.clone();
            next.push(c);
            if line.is_empty() || measure.width(&next, font) <= max_width {
                line = next;
            } else {
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: Font = Font { size: 10, bold: false };

    #[test]
    fn estimate_grows_with_text_and_size() {
        assert!(Estimate.width("Ruling", F) < Estimate.width("Ruling published", F));
        assert!(Estimate.width("Ruling", F) < Estimate.width("Ruling", Font { size: 20, bold: false }));
    }

    #[test]
    fn fit_adds_an_ellipsis_only_when_needed() {
        assert_eq!(fit(&Estimate, "abc", F, 100.0).as_deref(), Some("abc"));
        let cut = fit(&Estimate, "a rather long title", F, 40.0).unwrap();
        assert!(cut.ends_with('…') && Estimate.width(&cut, F) <= 40.0, "{cut}");
        assert_eq!(fit(&Estimate, "abc", F, 1.0), None);
    }

    #[test]
    fn wrap_breaks_at_spaces_and_keeps_every_word() {
        let title = "Amnesty petitions to cancel NSO's licence";
        let lines = wrap(&Estimate, title, F, 80.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines.iter().all(|l| Estimate.width(l, F) <= 80.0 && !l.ends_with(' ') && !l.starts_with(' ')));
        assert_eq!(lines.join(" "), title);
        assert!(lines.iter().all(|l| !l.contains('…')));
        assert_eq!(wrap(&Estimate, title, F, 1000.0), vec![title.to_string()]);
        assert!(wrap(&Estimate, "   ", F, 100.0).is_empty());
    }

    #[test]
    fn wrap_breaks_words_longer_than_a_line_between_characters() {
        let long = "Supercalifragilisticexpialidocious";
        let lines = wrap(&Estimate, long, F, 40.0);
        assert!(lines.len() > 2);
        assert_eq!(lines.concat(), long);
        assert!(lines.iter().all(|l| Estimate.width(l, F) <= 40.0));
        // Too narrow for anything: one character a line, nothing lost.
        assert_eq!(wrap(&Estimate, "ab", F, 0.5), vec!["a".to_string(), "b".to_string()]);
    }
}
