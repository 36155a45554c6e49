//! The phone layout: one column of events in date order, time running down the page. Each event
//! is a mark on a rail with, beside it, its party's name in the party's colour, the whole title
//! (wrapped to as many lines as it needs — never cut), the date, the outcome beside the decisive
//! event, and its first quote with who said it (the others one tap away). Year headings (month
//! or day headings for shorter cases) mark the passing of time on the rail. The same `Layout`
//! types as the lanes, so the scene, hit testing, the keyboard and the panels work unchanged.

use super::header::Top;
use super::{lane_of, lines, Ink, Item, Labels, Lane, Layout, Line, TextBox};
use crate::describe::quotes;
use crate::geom::Rect;
use crate::locale::{date_text, Key, Locale};
use crate::model::{Case, Event, Precision, Seconds};
use crate::scale::{Step, Ticks, TimeScale};
use crate::text::TextMeasure;
use crate::theme::{Metrics, Theme};

/// How finely the rail's headings divide time: years for cases over about a year, months for
/// cases over a few days, else days.
fn heading_precision(case: &Case) -> Precision {
    let (lo, hi) = case.events.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), e| {
        let (a, b) = e.extent();
        (lo.min(a), hi.max(b))
    });
    let days = (hi - lo) / 86_400.0;
    if days > 400.0 {
        Precision::Year
    } else if days > 3.0 {
        Precision::Month
    } else {
        Precision::Day
    }
}

/// The heading an event falls under: its date at the heading's precision (or its own, when
/// coarser).
fn heading(e: &Event, precision: Precision, locale: &dyn Locale) -> String {
    locale.date(e.date.start, precision.min(e.date.precision).min(Precision::Day))
}

/// The column under `top`, showing the events that overlap `domain`; the legend and footer come
/// after (`height` is where the legend starts).
#[allow(clippy::too_many_arguments)]
pub(super) fn layout(
    case: &Case,
    labels: &Labels,
    width: f32,
    domain: (Seconds, Seconds),
    top: &Top,
    theme: &Theme,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
    m: &Metrics,
) -> Layout {
    let scale = TimeScale::new(domain, (m.pad, width - m.pad));
    // One lane per party, for the colours and for PageUp / PageDown; no bands, no names.
    let mut lanes = Vec::new();
    let mut lane_of_event = vec![0usize; case.events.len()];
    for (party, members) in &labels.members {
        let (name, color) = lane_of(case, *party, theme, locale);
        for &e in members {
            if let Some(slot) = lane_of_event.get_mut(e) {
                *slot = lanes.len();
            }
        }
        let label = TextBox {
            text: String::new(),
            x: m.pad,
            y: top.bottom,
            width: 0.0,
            font: m.lane_font,
            end_anchored: false,
        };
        let kicker = if party.is_some() { name } else { String::new() };
        lanes.push((Lane { party: *party, label, color, top: top.bottom, bottom: top.bottom }, kicker));
    }
    let text_w = (width - m.text_x - m.pad).max(m.min_label);
    let precision = heading_precision(case);
    let up = m.mark_r + m.lock_up;
    let mut items: Vec<Item> = Vec::new();
    let mut headings: Vec<TextBox> = Vec::new();
    let mut last_heading: Option<String> = None;
    let mut y = top.bottom;
    let mut foot_bottom = f32::NEG_INFINITY;
    let in_window = |ei: usize, e: &Event| {
        let (a, b) = labels.extent.get(ei).copied().unwrap_or_else(|| e.extent());
        b >= domain.0 && a <= domain.1
    };
    let mut before: Vec<usize> = (0..case.events.len())
        .filter(|&i| case.events.get(i).is_some_and(|e| !in_window(i, e) && e.extent().1 < domain.0))
        .collect();
    // A badge stands for two events or more; one alone is drawn as it is.
    let lone_before = if before.len() == 1 { before.pop() } else { None };
    let mut later: Vec<usize> = Vec::new();
    if !before.is_empty() {
        let lane = before.first().and_then(|&e| lane_of_event.get(e)).copied().unwrap_or_default();
        let top = y.max(foot_bottom) + m.mark_r + m.lock_up - m.line(m.title_font) / 2.0;
        y = badge(case, &before, lane, top, width, locale, measure, m, &mut items) + m.item_gap;
        foot_bottom = items.last().map_or(foot_bottom, |i| i.mark_box.bottom());
    }
    let shown_before = items.len();
    let last = case.events.iter().enumerate().rposition(|(i, e)| in_window(i, e));
    for (ei, e) in case.events.iter().enumerate() {
        if !in_window(ei, e) && lone_before != Some(ei) {
            // The events after the window (zoomed in) wait in the closing badge, as those beyond
            // the page do, rather than out of sight without a word.
            if e.extent().0 > domain.1 {
                later.push(ei);
            }
            continue;
        }
        let shown = items.len() - shown_before;
        let full = shown > 0 && (shown >= m.page_events || y > m.page_height);
        if !later.is_empty() || (full && last != Some(ei)) {
            later.push(ei);
            continue;
        }
        let h = heading(e, precision, locale);
        if last_heading.as_ref() != Some(&h) {
            let top = y.max(foot_bottom);
            let label = TextBox::new(h.clone(), m.pad, top + m.year_h / 2.0, m.major_font, measure);
            // The next mark's footprint starts under the heading.
            foot_bottom = foot_bottom.max(label.rect().bottom() - m.gap);
            headings.push(label);
            y = top + m.year_h;
            last_heading = Some(h);
        }
        let lane = lane_of_event.get(ei).copied().unwrap_or_default();
        let (color, party_name) = lanes.get(lane).map_or((theme.muted, String::new()), |(l, n)| (l.color, n.clone()));
        let mut extra: Vec<Line> = Vec::new();
        let kicker_h = if party_name.is_empty() {
            0.0
        } else {
            let (_, below) = lines(measure, &party_name, m.lane_font, Ink::Party(color), m.text_x, 0.0, text_w, m);
            below
        };
        let pitch = m.line(m.title_font);
        // The mark sits beside the title's first line, clear of the previous mark's footprint.
        let mark_y = (y + kicker_h + pitch / 2.0).max(foot_bottom + up + m.gap);
        let kicker_top = mark_y - pitch / 2.0 - kicker_h;
        if !party_name.is_empty() {
            let (kicker, _) =
                lines(measure, &party_name, m.lane_font, Ink::Party(color), m.text_x, kicker_top, text_w, m);
            extra.extend(kicker);
        }
        let (mut title, below) =
            lines(measure, &e.title, m.title_font, Ink::Text, m.text_x, mark_y - pitch / 2.0, text_w, m);
        let first_title = if title.is_empty() { None } else { Some(title.remove(0).text) };
        extra.extend(title);
        let date_text = labels.date.get(ei).cloned().unwrap_or_default();
        let (mut date, mut below) = lines(measure, &date_text, m.date_font, Ink::Muted, m.text_x, below, text_w, m);
        let first_date = if date.is_empty() { None } else { Some(date.remove(0).text) };
        extra.extend(date);
        let decisive = labels.decisive == Some(ei);
        let mut outcome = None;
        if let Some(o) = case.outcome.as_ref().filter(|_| decisive) {
            let (mut o_lines, after) = lines(measure, o, m.outcome_font, Ink::Text, m.text_x, below, text_w, m);
            if !o_lines.is_empty() {
                outcome = Some(o_lines.remove(0).text);
            }
            extra.extend(o_lines);
            below = after;
        }
        if let Some(q) = quotes(case, e, locale).into_iter().next() {
            let (quote, after) =
                lines(measure, &q.text.text, m.quote_font, Ink::Text, m.text_x, below + m.gap, text_w, m);
            extra.extend(quote);
            let (by, after) = lines(measure, &q.by, m.date_font, Ink::Muted, m.text_x, after, text_w, m);
            extra.extend(by);
            below = after;
            if e.quotes.len() > 1 {
                let more = locale.count(Key::QuotesMore, e.quotes.len() - 1);
                let (more, after) = lines(measure, &more, m.date_font, Ink::Muted, m.text_x, below, text_w, m);
                extra.extend(more);
                below = after;
            }
        }
        let x = m.rail_x;
        let bar = (e.end.is_none() && e.date.precision <= Precision::Month).then_some((x - m.mark_r, x + m.mark_r));
        let foot = m.footprint(x, mark_y);
        let bar_bottom = bar.map_or(foot.bottom(), |_| mark_y + m.bar_dy - 1.0 + m.bar_h);
        let mark_box = Rect { x: foot.x, y: foot.y, w: foot.w, h: bar_bottom.max(foot.bottom()) - foot.y };
        foot_bottom = mark_box.bottom();
        items.push(Item {
            events: vec![ei],
            lane,
            row: 0,
            x,
            y: mark_y,
            bar,
            title: first_title,
            date: first_date,
            outcome,
            lines: extra,
            band: None,
            band_y: (kicker_top, below),
            decisive,
            mark_box,
        });
        y = below.max(foot_bottom) + m.item_gap;
    }
    if !later.is_empty() {
        let lane = later.first().and_then(|&e| lane_of_event.get(e)).copied().unwrap_or_default();
        let top = y.max(foot_bottom + m.gap) + m.mark_r + m.lock_up - m.line(m.title_font) / 2.0;
        y = badge(case, &later, lane, top, width, locale, measure, m, &mut items) + m.item_gap;
    }
    let rail = match (items.first(), items.last()) {
        (Some(a), Some(b)) => Some((m.rail_x, a.y, b.y)),
        _ => None,
    };
    let bottom = if items.is_empty() { y } else { y - m.item_gap };
    Layout {
        metrics: *m,
        header: Vec::new(),
        parties: Vec::new(),
        footer: Vec::new(),
        rail,
        width,
        height: bottom + m.axis_gap,
        scale,
        lanes: lanes.into_iter().map(|(l, _)| l).collect(),
        items,
        axis_y: bottom,
        ticks: Ticks { step: Step::Years(1), minor: Vec::new(), major: Vec::new() },
        minor_labels: Vec::new(),
        major_labels: headings,
        legend: Vec::new(),
    }
}

/// A count badge on the rail for `events` (those before or after the window, or beyond the column's
/// page), in lane `lane`'s colour: "170 events", the span of their dates, and that a tap shows
/// them. Returns the y under it.
#[allow(clippy::too_many_arguments)]
fn badge(
    case: &Case,
    events: &[usize],
    lane: usize,
    top: f32,
    width: f32,
    locale: &dyn Locale,
    measure: &dyn TextMeasure,
    m: &Metrics,
    items: &mut Vec<Item>,
) -> f32 {
    let text_w = (width - m.text_x - m.pad).max(m.min_label);
    let pitch = m.line(m.title_font);
    let y = top + pitch / 2.0;
    let count = locale.count(Key::BadgeEvents, events.len());
    let (mut title, below) = lines(measure, &count, m.title_font, Ink::Text, m.text_x, top, text_w, m);
    let span = match (events.first().and_then(|&i| case.events.get(i)), events.last().and_then(|&i| case.events.get(i)))
    {
        // One date when the first and the last are written the same ("July 13, 2020", not
        // "July 13, 2020 – July 13, 2020").
        (Some(a), Some(b)) => {
            let (from, to) = (date_text(&a.date, locale), date_text(&b.date, locale));
            if from == to {
                from
            } else {
                locale.strings().range(&from, &to)
            }
        }
        _ => String::new(),
    };
    let (mut date, below) = lines(measure, &span, m.date_font, Ink::Muted, m.text_x, below, text_w, m);
    let (show, below) =
        lines(measure, locale.text(Key::BadgeShow), m.date_font, Ink::Muted, m.text_x, below, text_w, m);
    date.extend(show);
    let first_title = if title.is_empty() { None } else { Some(title.remove(0).text) };
    let first_date = if date.is_empty() { None } else { Some(date.remove(0).text) };
    let foot = m.footprint(m.rail_x, y);
    let bottom = below.max(foot.bottom());
    items.push(Item {
        events: events.to_vec(),
        lane,
        row: 0,
        x: m.rail_x,
        y,
        bar: None,
        title: first_title,
        date: first_date,
        outcome: None,
        lines: title.into_iter().chain(date).collect(),
        band: None,
        band_y: (top, bottom),
        decisive: false,
        mark_box: foot,
    });
    bottom
}
