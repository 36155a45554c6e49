//! Where everything goes, in CSS pixels: lanes per party, a row and a label box for every
//! visible event, the axis and the legend. Labels never overlap each other, marks or the axis:
//! each row of a lane holds items left to right, a label ends before the next mark in its row,
//! and events whose marks would collide merge into a count badge (level of detail).

pub use crate::geom::Rect;

mod legend;
mod rows;

use crate::locale::{event_date_text, Key, Locale};
use crate::model::{Case, Kind, Precision, Role, Seconds};
use crate::scale::{Ticks, TimeScale};
use crate::text::{fit, Font, TextMeasure};
use crate::theme::{Color, Metrics, Theme};
use legend::legend;
use rows::place_lane;

/// A line of text placed at `x` (its left edge; or right edge when `end_anchored`) and
/// vertically centred on `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    /// The text, as drawn (possibly cut with "…").
    pub text: String,
    /// Anchor point, CSS px.
    pub x: f32,
    /// See `x`.
    pub y: f32,
    /// Measured width of `text`, CSS px.
    pub width: f32,
    /// The font it is drawn in.
    pub font: Font,
    /// `x` is the right edge, not the left.
    pub end_anchored: bool,
}

impl TextBox {
    /// The box the text covers (height 1.25 × the font size).
    pub fn rect(&self) -> Rect {
        let h = f32::from(self.font.size) * 1.25;
        let left = if self.end_anchored { self.x - self.width } else { self.x };
        Rect { x: left, y: self.y - h / 2.0, w: self.width, h }
    }
}

/// One horizontal band of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// Index into `Case::parties`; `None` for events without a party.
    pub party: Option<usize>,
    /// The lane's name.
    pub label: TextBox,
    /// The party's colour (text contrast already met).
    pub color: Color,
    /// Top and bottom edges, CSS px.
    pub top: f32,
    /// See `top`.
    pub bottom: f32,
}

/// A drawn event, or a badge standing for several events too close to draw apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Indices into `Case::events`, in date order; more than one = a count badge.
    pub events: Vec<usize>,
    /// Index into `Layout::lanes`.
    pub lane: usize,
    /// Row within the lane, from 0 at the top.
    pub row: usize,
    /// Centre of the mark.
    pub x: f32,
    /// See `x`.
    pub y: f32,
    /// Horizontal extent of a span or of an imprecise date (month, year), if wider than the mark.
    pub bar: Option<(f32, f32)>,
    /// The title line, unless hidden for lack of room.
    pub title: Option<TextBox>,
    /// The date line, unless hidden.
    pub date: Option<TextBox>,
    /// Mark and bar, without labels.
    pub mark_box: Rect,
}

impl Item {
    /// True for a count badge (several events).
    pub fn is_cluster(&self) -> bool {
        self.events.len() > 1
    }
    /// What labels must not cover: the mark's footprint (with its lock glyph and party dots;
    /// see [`Metrics::footprint`]), and the bar (month bracket or span) along the bottom of the
    /// row, under this item's own label.
    pub fn obstacles(&self, m: &Metrics) -> [Rect; 2] {
        [m.footprint(self.x, self.y), bar_rect(self.bar, self.y, m)]
    }

    /// Mark, bar and labels together: what a pointer can hover.
    pub fn hit_box(&self) -> Rect {
        let mut r = self.mark_box;
        for t in self.title.iter().chain(self.date.iter()) {
            let b = t.rect();
            let (x0, x1) = (r.x.min(b.x), r.right().max(b.right()));
            r = Rect { x: x0, w: x1 - x0, ..r };
        }
        r
    }
}

/// Where a month bracket or span bar runs under a mark at height `y` (empty without one).
fn bar_rect(bar: Option<(f32, f32)>, y: f32, m: &Metrics) -> Rect {
    match bar {
        Some((l, r)) => Rect { x: l, y: y + m.bar_dy - 1.0, w: r - l, h: m.bar_h },
        None => Rect::default(),
    }
}

/// One entry of the legend: a sample mark and its meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// What the sample mark shows.
    pub sample: Sample,
    /// Centre of the sample mark.
    pub x: f32,
    /// See `x`.
    pub y: f32,
    /// Its meaning.
    pub label: TextBox,
}

/// What a legend entry shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sample {
    /// An event kind's mark.
    Kind(Kind),
    /// Closed to the public (hatched, with a padlock).
    Closed,
    /// Partly closed (half hatched).
    Partial,
    /// Only the month or year is known (a bracket).
    Imprecise,
    /// An approximate or uncertain date (a dashed ring).
    Approximate,
    /// Scheduled, postponed or cancelled (hollow).
    Scheduled,
}

/// Everything placed. All coordinates are CSS px from the widget's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The sizes this layout was made with (the scene draws with the same).
    pub metrics: Metrics,
    /// Size of the whole drawing, CSS px.
    pub width: f32,
    /// See `width`.
    pub height: f32,
    /// Time → x.
    pub scale: TimeScale,
    /// The lanes, top to bottom.
    pub lanes: Vec<Lane>,
    /// Drawn events and badges, lane by lane, each lane's in date order.
    pub items: Vec<Item>,
    /// The axis line's y.
    pub axis_y: f32,
    /// The axis ticks.
    pub ticks: Ticks,
    /// Tick labels that fit, left to right, none overlapping.
    pub minor_labels: Vec<TextBox>,
    /// See `minor_labels`.
    pub major_labels: Vec<TextBox>,
    /// The legend, for what occurs in the case.
    pub legend: Vec<LegendEntry>,
}

/// The axis interval that shows every event with a little room on both sides.
pub fn full_domain(case: &Case) -> (Seconds, Seconds) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for e in &case.events {
        let (a, b) = e.extent();
        lo = lo.min(a);
        hi = hi.max(b);
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 86_400.0);
    }
    let span = (hi - lo).max(86_400.0);
    (lo - span * 0.04, hi + span * 0.04)
}

/// Where an event's mark sits: mid-day for a day, mid-month for a month, the minute itself.
pub fn anchor(case: &Case, index: usize) -> Option<Seconds> {
    let e = case.events.get(index)?;
    let d = &e.date;
    Some(match d.precision {
        Precision::Minute => d.start(),
        _ if e.end.is_some() => d.start(),
        _ => (d.start() + d.end()) / 2.0,
    })
}

/// Every event's label texts and widths: they depend on the case, the font and the locale, not
/// on the width or the zoom, so the browser computes them once and reuses them every frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Labels {
    /// Indexed like `Case::events`.
    /// Measured width of each title, CSS px.
    pub title_width: Vec<f32>,
    /// Each event's date text ([`event_date_text`]).
    pub date: Vec<String>,
    /// Measured widths of `title` and `date`, CSS px.
    pub date_width: Vec<f32>,
    /// Where each event's mark sits and the interval it covers (axis seconds).
    pub anchor: Vec<Seconds>,
    /// See `anchor`.
    pub extent: Vec<(Seconds, Seconds)>,
    /// The events of each lane's party (index into `Case::parties`; `None` for no party), in
    /// date order.
    pub members: Vec<(Option<usize>, Vec<usize>)>,
}

impl Labels {
    /// Measures every event's labels in the fonts of `m`.
    pub fn new(case: &Case, measure: &dyn TextMeasure, locale: &dyn Locale, m: &Metrics) -> Labels {
        let date: Vec<String> = case.events.iter().map(|e| event_date_text(e, locale)).collect();
        // Lanes: court first, then parties in file order, then events without a party.
        let mut order: Vec<Option<usize>> = Vec::new();
        order.extend(case.parties.iter().enumerate().filter(|(_, p)| p.role == Role::Court).map(|(i, _)| Some(i)));
        order.extend(case.parties.iter().enumerate().filter(|(_, p)| p.role != Role::Court).map(|(i, _)| Some(i)));
        order.push(None);
        let mut members: Vec<(Option<usize>, Vec<usize>)> = order.into_iter().map(|p| (p, Vec::new())).collect();
        for (i, e) in case.events.iter().enumerate() {
            let lane = e.parties.first().copied();
            if let Some((_, list)) = members.iter_mut().find(|(p, _)| *p == lane) {
                list.push(i);
            }
        }
        members.retain(|(_, list)| !list.is_empty());
        Labels {
            title_width: case.events.iter().map(|e| measure.width(&e.title, m.title_font)).collect(),
            date_width: date.iter().map(|d| measure.width(d, m.date_font)).collect(),
            date,
            anchor: (0..case.events.len()).map(|i| anchor(case, i).unwrap_or_default()).collect(),
            extent: case.events.iter().map(crate::model::Event::extent).collect(),
            members,
        }
    }
}

/// Places `case` in a widget `width` CSS px wide, showing `window` (axis seconds; `None` = all).
pub fn layout(
    case: &Case,
    width: f32,
    window: Option<(Seconds, Seconds)>,
    theme: &Theme,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
) -> Layout {
    let m = Metrics::for_width(width);
    layout_with(case, &Labels::new(case, measure, locale, &m), width, window, theme, measure, locale)
}

/// [`layout`] with the event labels already measured (see [`Labels`]).
pub fn layout_with(
    case: &Case,
    labels: &Labels,
    width: f32,
    window: Option<(Seconds, Seconds)>,
    theme: &Theme,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
) -> Layout {
    let width = width.clamp(200.0, 20_000.0);
    let m = Metrics::for_width(width);
    let domain = window.unwrap_or_else(|| full_domain(case));
    let (plot_left, plot_right) = (m.pad + m.mark_r, width - m.pad - m.mark_r);
    let scale = TimeScale::new(domain, (plot_left, plot_right));

    let mut lanes = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut y = m.pad;
    for (party, members) in &labels.members {
        let party = *party;
        let (name, color) = match party.and_then(|p| case.parties.get(p).map(|x| (p, x))) {
            Some((p, x)) => (x.name.clone(), theme.party_color(p, x.color)),
            None => (locale.text(Key::LaneOther).to_string(), theme.muted),
        };
        let lane_index = lanes.len();
        let rows_used = place_lane(
            case,
            labels,
            members,
            lane_index,
            y + m.lane_head,
            &scale,
            plot_right,
            measure,
            locale,
            &m,
            &mut items,
        );
        let label_text = fit(measure, &name, m.lane_font, width - 2.0 * m.pad).unwrap_or_default();
        let label = TextBox {
            width: measure.width(&label_text, m.lane_font),
            text: label_text,
            x: m.pad,
            y: y + m.lane_head / 2.0 + 1.0,
            font: m.lane_font,
            end_anchored: false,
        };
        let bottom = y + m.lane_head + m.row_h * rows_used.max(1) as f32;
        lanes.push(Lane { party, label, color, top: y, bottom });
        y = bottom;
    }

    let axis_y = y + m.axis_gap;
    let ticks = scale.ticks(m.tick_spacing, locale);
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

    let legend = legend(case, width, axis_y + m.axis_h + m.axis_gap, measure, locale, &m);
    let legend_bottom = legend.last().map_or(axis_y + m.axis_h, |l| l.y + m.legend_row / 2.0);
    Layout {
        metrics: m,
        width,
        height: legend_bottom + m.pad,
        scale,
        lanes,
        items,
        axis_y,
        ticks,
        minor_labels,
        major_labels,
        legend,
    }
}
