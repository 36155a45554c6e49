//! The case's own words around the timeline: its title, summary and outcome at the top, the
//! party list under them (every party, in the case's order, in its colour — parties without
//! events of their own are named here), and the source credit at the bottom. Text wraps; nothing
//! is cut. With the header off (`header="none"`) only the party list stays.

use super::{lines, Ink, Line, PartyEntry, TextBox};
use crate::locale::{Key, Locale};
use crate::model::Case;
use crate::text::{wrap, TextMeasure};
use crate::theme::{Metrics, Theme};

/// What goes above the events, and where the events start.
pub(super) struct Top {
    /// Title, summary and outcome lines.
    pub lines: Vec<Line>,
    /// The party list.
    pub parties: Vec<PartyEntry>,
    /// Where the events may start.
    pub bottom: f32,
}

impl Top {
    /// The header (when `header`) and the party list, from the top of a widget `width` wide.
    pub fn place(
        case: &Case,
        width: f32,
        header: bool,
        theme: &Theme,
        measure: &dyn TextMeasure,
        locale: &dyn Locale,
        m: &Metrics,
    ) -> Top {
        let inner = (width - 2.0 * m.pad).max(1.0);
        let mut out = Vec::new();
        let mut y = m.pad;
        if header {
            let (title, below) = lines(measure, &case.title, m.heading_font, Ink::Text, m.pad, y, inner, m);
            out.extend(title);
            y = below;
            if let Some(summary) = case.summary.as_deref().filter(|s| !s.trim().is_empty()) {
                let (summary, below) =
                    lines(measure, summary, m.summary_font, Ink::Muted, m.pad, y + m.header_gap / 2.0, inner, m);
                out.extend(summary);
                y = below;
            }
            if let Some(outcome) = case.outcome.as_deref().filter(|s| !s.trim().is_empty()) {
                let text = locale.fill(Key::HeaderOutcome, &[("outcome", outcome)]);
                let (outcome, below) =
                    lines(measure, &text, m.outcome_font, Ink::Text, m.pad, y + m.header_gap / 2.0, inner, m);
                out.extend(outcome);
                y = below;
            }
            y += m.header_gap;
        }
        let (parties, below) = party_list(case, width, y, theme, measure, m);
        if !parties.is_empty() {
            y = below + m.header_gap;
        }
        Top { lines: out, parties, bottom: y }
    }
}

/// Every party as a dot and its name, flowing left to right in rows from `top`; a name longer
/// than a row wraps. Returns the entries and the y under them.
fn party_list(
    case: &Case,
    width: f32,
    top: f32,
    theme: &Theme,
    measure: &dyn TextMeasure,
    m: &Metrics,
) -> (Vec<PartyEntry>, f32) {
    let font = m.party_font;
    let pitch = m.line(font);
    let dot = m.dot_r * 1.6;
    let text_dx = 2.0 * dot + m.gap;
    let right = width - m.pad;
    let (mut x, mut y) = (m.pad, top);
    let mut out = Vec::new();
    for (i, party) in case.parties.iter().enumerate() {
        let w = measure.width(&party.name, font);
        if x > m.pad && x + text_dx + w > right {
            x = m.pad;
            y += pitch;
        }
        let room = (right - x - text_dx).max(1.0);
        let name: Vec<TextBox> = wrap(measure, &party.name, font, room)
            .into_iter()
            .enumerate()
            .map(|(k, t)| TextBox::new(t, x + text_dx, y + pitch / 2.0 + k as f32 * pitch, font, measure))
            .collect();
        let end = name.iter().map(|t| t.x + t.width).fold(x + text_dx, f32::max);
        let rows = name.len().max(1);
        out.push(PartyEntry {
            party: i,
            x: x + dot,
            y: y + pitch / 2.0,
            color: theme.party_color(&case.parties, i),
            name,
        });
        if rows > 1 {
            x = m.pad;
            y += pitch * rows as f32;
        } else {
            x = end + m.legend_spacing;
        }
    }
    let bottom = if out.is_empty() {
        top
    } else if x > m.pad {
        y + pitch
    } else {
        y
    };
    (out, bottom)
}

/// The source credit ("Source: The Jerusalem Post") from `top`, when `header` and the case cites
/// sources: each publisher once (a source without one by its title), in the case's order.
pub(super) fn footer(
    case: &Case,
    header: bool,
    width: f32,
    top: f32,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
    m: &Metrics,
) -> (Vec<Line>, f32) {
    let Some(text) = crate::describe::credit(case, locale).filter(|_| header) else {
        return (Vec::new(), top);
    };
    lines(measure, &text, m.credit_font, Ink::Muted, m.pad, top + m.header_gap, (width - 2.0 * m.pad).max(1.0), m)
}
