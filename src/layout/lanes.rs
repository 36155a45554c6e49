//! The horizontal timeline: a lane per party (court first) with rows of events, then the time
//! axis with its tick labels. Labels never overlap each other, marks or the axis.

use super::header::Top;
use super::rows::{Strip, Window, Zoom};
use super::{lane_of, Item, Labels, Lane, Layout, TextBox};
use crate::locale::Locale;
use crate::model::{Case, Seconds};
use crate::scale::{Step, TimeScale};
use crate::text::{fit, TextMeasure};
use crate::theme::{Metrics, Theme};

/// Lanes, rows and the axis under `top`, showing `domain`; the legend and footer come after
/// (`height` is where the legend starts).
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
    let (plot_left, plot_right) = (m.pad + m.mark_r, width - m.pad - m.mark_r);
    let scale = TimeScale::new(domain, (plot_left, plot_right));

    let ticks = scale.ticks(m.tick_spacing, locale);
    let hourly = matches!(ticks.step, Step::Hours(_) | Step::Minutes(_));
    // The rows of this zoom (assigned once, kept while panning), slid to this window.
    let zoom = Zoom::new(labels.domain, scale.domain.1 - scale.domain.0, (plot_left, plot_right));
    let window = Window { zoom, offset: zoom.x(scale.domain.0) - f64::from(plot_left), range: scale.range, hourly };
    let mut own = Strip::default();
    let mut held = labels.strip.0.try_borrow_mut();
    let strip: &mut Strip = match held.as_deref_mut() {
        Ok(strip) => strip,
        Err(_) => &mut own,
    };
    strip.prepare(case, labels, &zoom, width, (measure, locale));
    let mut lanes = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut y = top.bottom;
    for (lane_index, (party, _)) in labels.members.iter().enumerate() {
        let party = *party;
        let (name, color) = lane_of(case, party, theme, locale);
        let rows_used = strip.place(case, labels, lane_index, y + m.lane_head, &window, (measure, locale), &mut items);
        let label_text = fit(measure, &name, m.lane_font, width - 2.0 * m.pad).unwrap_or_default();
        let label = TextBox::new(label_text, m.pad, y + m.lane_head / 2.0 + 1.0, m.lane_font, measure);
        let bottom = y + m.lane_head + m.row_h * rows_used.max(1) as f32;
        lanes.push(Lane { party, label, color, top: y, bottom });
        y = bottom;
    }

    let axis_y = y + m.axis_gap;
    let mut minor_labels = Vec::new();
    let mut last_right = f32::NEG_INFINITY;
    for t in &ticks.minor {
        let x = scale.x(t.at);
        let w = measure.width(&t.label, m.tick_font);
        let left = x - w / 2.0;
        if left >= m.pad - 2.0 && left + w <= width - m.pad + 2.0 && left > last_right + m.gap {
            minor_labels.push(TextBox {
                text: t.label.clone(),
                x: left,
                y: axis_y + m.tick_label_dy,
                width: w,
                font: m.tick_font,
                end_anchored: false,
            });
            last_right = left + w;
        }
    }
    let mut major_labels: Vec<TextBox> = Vec::new();
    for (i, t) in ticks.major.iter().enumerate() {
        let next_x = ticks.major.get(i + 1).map_or(f32::INFINITY, |n| scale.x(n.at));
        let x = scale.x(t.at).max(m.pad);
        let w = measure.width(&t.label, m.major_font);
        let fits_before_next = x + w + m.major_gap <= next_x;
        let clear_of_previous = major_labels.last().is_none_or(|prev| prev.x + prev.width + m.major_gap <= x);
        if x + w <= width - m.pad && fits_before_next && clear_of_previous {
            major_labels.push(TextBox {
                text: t.label.clone(),
                x,
                y: axis_y + m.major_label_dy,
                width: w,
                font: m.major_font,
                end_anchored: false,
            });
        }
    }
    Layout {
        metrics: *m,
        header: Vec::new(),
        parties: Vec::new(),
        footer: Vec::new(),
        rail: None,
        width,
        height: axis_y + m.axis_h + m.axis_gap,
        scale,
        lanes,
        items,
        axis_y,
        ticks,
        minor_labels,
        major_labels,
        legend: Vec::new(),
    }
}
