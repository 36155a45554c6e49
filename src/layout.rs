//! Where everything goes, in CSS pixels: lanes per party, a row and a label box for every
//! visible event, the axis and the legend. Labels never overlap each other, marks or the axis:
//! each row of a lane holds items left to right, a label ends before the next mark in its row,
//! and events whose marks would collide merge into a count badge (level of detail).

use crate::locale::Locale;
use crate::model::{Access, Case, Kind, Precision, Role, Seconds, Status};
use crate::scale::{Ticks, TimeScale};
use crate::text::{fit, Font, TextMeasure};
use crate::theme::{Color, Theme};

/// Outer padding, CSS px.
pub const PAD: f32 = 12.0;
/// Height of a lane's name above its rows.
pub const LANE_HEAD: f32 = 20.0;
/// Height of one row: lock glyph, mark with its two-line label, and the month/span bar below.
pub const ROW_H: f32 = 40.0;
/// How far below the mark's centre the month bracket or span bar runs.
pub const BAR_DY: f32 = 16.0;
/// Radius of an event mark.
pub const MARK_R: f32 = 7.0;
/// Space between a mark and its label, and between neighbours.
pub const GAP: f32 = 6.0;
/// Narrowest label worth showing; narrower ones are hidden (the tooltip still has them).
pub const MIN_LABEL: f32 = 40.0;
/// Space for the axis under the lanes.
pub const AXIS_H: f32 = 42.0;
pub const LEGEND_ROW: f32 = 28.0;
pub const TITLE_FONT: Font = Font { size: 13, bold: true };
pub const DATE_FONT: Font = Font { size: 11, bold: false };
pub const LANE_FONT: Font = Font { size: 12, bold: true };
pub const TICK_FONT: Font = Font { size: 11, bold: false };
pub const MAJOR_FONT: Font = Font { size: 12, bold: true };
pub const LEGEND_FONT: Font = Font { size: 11, bold: false };

/// An axis-aligned rectangle in CSS px.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// True when the interiors overlap (touching edges do not count).
    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }
    pub fn contains(&self, x: f32, y: f32) -> bool {
        x >= self.x && x <= self.right() && y >= self.y && y <= self.bottom()
    }
}

/// A line of text placed at `x` (its left edge; or right edge when `end_anchored`) and
/// vertically centred on `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub font: Font,
    pub end_anchored: bool,
}

impl TextBox {
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
    pub label: TextBox,
    pub color: Color,
    pub top: f32,
    pub bottom: f32,
}

/// A drawn event, or a badge standing for several events too close to draw apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Indices into `Case::events`, in date order; more than one = a count badge.
    pub events: Vec<usize>,
    pub lane: usize,
    pub row: usize,
    /// Centre of the mark.
    pub x: f32,
    pub y: f32,
    /// Horizontal extent of a span or of an imprecise date (month, year), if wider than the mark.
    pub bar: Option<(f32, f32)>,
    pub title: Option<TextBox>,
    pub date: Option<TextBox>,
    /// Mark and bar, without labels.
    pub mark_box: Rect,
}

impl Item {
    pub fn is_cluster(&self) -> bool {
        self.events.len() > 1
    }
    /// What labels must not cover: the mark with its lock glyph and party dots, and the bar
    /// (month bracket or span) along the bottom of the row, under this item's own label.
    pub fn obstacles(&self) -> [Rect; 2] {
        let mark =
            Rect { x: self.x - MARK_R - 1.0, y: self.y - MARK_R - 11.0, w: 2.0 * MARK_R + 2.0, h: 2.0 * MARK_R + 18.0 };
        let bar = match self.bar {
            Some((l, r)) => Rect { x: l, y: self.y + BAR_DY - 1.0, w: r - l, h: 5.0 },
            None => Rect::default(),
        };
        [mark, bar]
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

/// One entry of the legend: a sample mark and its meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub sample: Sample,
    pub x: f32,
    pub y: f32,
    pub label: TextBox,
}

/// What a legend entry shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sample {
    Kind(Kind),
    Closed,
    Partial,
    Imprecise,
    Approximate,
    Scheduled,
}

/// Everything placed. All coordinates are CSS px from the widget's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    pub scale: TimeScale,
    pub lanes: Vec<Lane>,
    pub items: Vec<Item>,
    pub axis_y: f32,
    pub ticks: Ticks,
    pub minor_labels: Vec<TextBox>,
    pub major_labels: Vec<TextBox>,
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
    pub title_width: Vec<f32>,
    pub date: Vec<String>,
    pub date_width: Vec<f32>,
    /// Where each event's mark sits and the interval it covers (axis seconds).
    pub anchor: Vec<Seconds>,
    pub extent: Vec<(Seconds, Seconds)>,
    /// The events of each lane's party (index into `Case::parties`; `None` for no party), in
    /// date order.
    pub members: Vec<(Option<usize>, Vec<usize>)>,
}

impl Labels {
    pub fn new(case: &Case, measure: &dyn TextMeasure, locale: &dyn Locale) -> Labels {
        let date: Vec<String> = case.events.iter().map(|e| e.date_text(locale)).collect();
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
            title_width: case.events.iter().map(|e| measure.width(&e.title, TITLE_FONT)).collect(),
            date_width: date.iter().map(|d| measure.width(d, DATE_FONT)).collect(),
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
    layout_with(case, &Labels::new(case, measure, locale), width, window, theme, measure, locale)
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
    let domain = window.unwrap_or_else(|| full_domain(case));
    let (plot_left, plot_right) = (PAD + MARK_R, width - PAD - MARK_R);
    let scale = TimeScale::new(domain, (plot_left, plot_right));

    let mut lanes = Vec::new();
    let mut items: Vec<Item> = Vec::new();
    let mut y = PAD;
    for (party, members) in &labels.members {
        let party = *party;
        let (name, color) = match party.and_then(|p| case.parties.get(p).map(|x| (p, x))) {
            Some((p, x)) => (x.name.clone(), theme.party_color(p, x.color)),
            None => ("Other events".to_string(), theme.muted),
        };
        let lane_index = lanes.len();
        let rows_used = place_lane(
            case,
            labels,
            members,
            lane_index,
            y + LANE_HEAD,
            &scale,
            plot_right,
            measure,
            locale,
            &mut items,
        );
        let label_text = fit(measure, &name, LANE_FONT, width - 2.0 * PAD).unwrap_or_default();
        let label = TextBox {
            width: measure.width(&label_text, LANE_FONT),
            text: label_text,
            x: PAD,
            y: y + LANE_HEAD / 2.0 + 1.0,
            font: LANE_FONT,
            end_anchored: false,
        };
        let bottom = y + LANE_HEAD + ROW_H * rows_used.max(1) as f32;
        lanes.push(Lane { party, label, color, top: y, bottom });
        y = bottom;
    }

    let axis_y = y + 4.0;
    let ticks = scale.ticks(64.0, locale);
    let mut minor_labels = Vec::new();
    let mut last_right = f32::NEG_INFINITY;
    for t in &ticks.minor {
        let x = scale.x(t.at);
        let w = measure.width(&t.label, TICK_FONT);
        let left = x - w / 2.0;
        if left >= PAD - 2.0 && left + w <= width - PAD + 2.0 && left > last_right + 6.0 {
            minor_labels.push(TextBox {
                text: t.label.clone(),
                x: left,
                y: axis_y + 15.0,
                width: w,
                font: TICK_FONT,
                end_anchored: false,
            });
            last_right = left + w;
        }
    }
    let mut major_labels: Vec<TextBox> = Vec::new();
    for (i, t) in ticks.major.iter().enumerate() {
        let next_x = ticks.major.get(i + 1).map_or(f32::INFINITY, |n| scale.x(n.at));
        let x = scale.x(t.at).max(PAD);
        let w = measure.width(&t.label, MAJOR_FONT);
        let fits_before_next = x + w + 8.0 <= next_x;
        let clear_of_previous = major_labels.last().is_none_or(|m| m.x + m.width + 8.0 <= x);
        if x + w <= width - PAD && fits_before_next && clear_of_previous {
            major_labels.push(TextBox {
                text: t.label.clone(),
                x,
                y: axis_y + 31.0,
                width: w,
                font: MAJOR_FONT,
                end_anchored: false,
            });
        }
    }

    let legend = legend(case, width, axis_y + AXIS_H + 4.0, measure);
    let legend_bottom = legend.last().map_or(axis_y + AXIS_H, |l| l.y + LEGEND_ROW / 2.0);
    Layout {
        width,
        height: legend_bottom + PAD,
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

/// Places the events of one lane into rows; returns the number of rows used.
#[allow(clippy::too_many_arguments)]
fn place_lane(
    case: &Case,
    labels: &Labels,
    members: &[usize],
    lane: usize,
    rows_top: f32,
    scale: &TimeScale,
    plot_right: f32,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
    items: &mut Vec<Item>,
) -> usize {
    const MAX_ROWS: usize = 4;
    let first_item = items.len();
    // Per row: the index (into `items`) of its last item.
    let mut rows: Vec<usize> = Vec::new();
    let visible = |x: f32| x >= scale.range.0 - MARK_R && x <= scale.range.1 + MARK_R;
    for &ei in members {
        let (Some(e), Some(&at), Some(&(a, b))) = (case.events.get(ei), labels.anchor.get(ei), labels.extent.get(ei))
        else {
            continue;
        };
        let x = scale.x(at);
        let bar = (e.end.is_some() || e.date.precision <= Precision::Month)
            .then(|| (scale.x(a).max(scale.range.0 - MARK_R), scale.x(b).min(scale.range.1 + MARK_R)));
        let bar = bar.filter(|(l, r)| r - l > 2.0 * MARK_R);
        let (left, right) = match bar {
            Some((l, r)) => (l.min(x - MARK_R), r.max(x + MARK_R)),
            None => (x - MARK_R, x + MARK_R),
        };
        if !visible(x) && bar.is_none_or(|(l, r)| r < scale.range.0 || l > scale.range.1) {
            continue;
        }
        let title_w = labels.title_width.get(ei).copied().unwrap_or_default();
        let date_w = labels.date_width.get(ei).copied().unwrap_or_default();
        let full = title_w.max(date_w);
        let item_right = |i: &Item| i.title.as_ref().map_or(i.mark_box.right(), |t| t.rect().right());
        let mark_fits = |i: &Item| i.mark_box.right() + GAP <= left;
        // A row is free when its last label ends before this mark; it shows this label whole when
        // the label fits to the right (up to the edge) or, flipped, to the left.
        let free = |r: usize| items.get(r).is_none_or(|i| item_right(i) + GAP <= left);
        let whole = |r: usize| {
            let prev_right = items.get(r).map_or(PAD - 1.0, item_right);
            free(r) && (x + MARK_R + GAP + full <= plot_right + MARK_R || x - MARK_R - 2.0 * GAP - full >= prev_right)
        };
        let choice = if let Some(r) = rows.iter().position(|&r| whole(r)) {
            Some(r)
        } else if rows.len() < MAX_ROWS {
            rows.push(usize::MAX);
            Some(rows.len() - 1)
        } else if let Some(r) = rows.iter().position(|&r| free(r)) {
            Some(r)
        } else {
            // The row whose last item leaves the most room for its label once cut short.
            rows.iter()
                .enumerate()
                .filter(|(_, &r)| items.get(r).is_some_and(mark_fits))
                .max_by(|(_, &p), (_, &q)| {
                    let room = |k: usize| items.get(k).map_or(0.0, |i| left - i.mark_box.right());
                    room(p).total_cmp(&room(q))
                })
                .map(|(r, _)| r)
        };
        let Some(row) = choice else {
            // No row can take the mark: join the nearest badge.
            let nearest = rows
                .iter()
                .copied()
                .filter_map(|r| items.get(r).map(|i| (r, (i.x - x).abs())))
                .min_by(|a, b| a.1.total_cmp(&b.1));
            if let Some(item) = nearest.and_then(|(r, _)| items.get_mut(r)) {
                item.events.push(ei);
            }
            continue;
        };
        let y = rows_top + ROW_H * row as f32 + ROW_H / 2.0;
        let label_x = x + MARK_R + GAP;
        let title = Some(TextBox {
            text: e.title.clone(),
            x: label_x,
            y: y - 7.0,
            width: title_w,
            font: TITLE_FONT,
            end_anchored: false,
        });
        let date = Some(TextBox {
            text: labels.date.get(ei).cloned().unwrap_or_default(),
            x: label_x,
            y: y + 8.0,
            width: date_w,
            font: DATE_FONT,
            end_anchored: false,
        });
        let mark_box = Rect { x: left, y: y - MARK_R - 11.0, w: right - left, h: 2.0 * MARK_R + 24.0 };
        if let Some(slot) = rows.get_mut(row) {
            *slot = items.len();
        }
        items.push(Item { events: vec![ei], lane, row, x, y, bar, title, date, mark_box });
    }
    if let Some(lane_items) = items.get_mut(first_item..) {
        fit_labels(case, lane_items, plot_right + MARK_R, measure, locale);
    }
    rows.len()
}

/// Cuts or hides labels so each ends before the next mark in its row (or the right edge), flips
/// the last label of a row to the left of its mark when that shows more of it, and names badges.
fn fit_labels(case: &Case, items: &mut [Item], right_edge: f32, measure: &dyn TextMeasure, locale: &dyn Locale) {
    // The items of one lane are in placement order; per row, each item's successor's left edge
    // (one backward pass) and its predecessor's final right edge (tracked going forward).
    let n = items.len();
    let mut next_left = vec![right_edge; n];
    let mut seen: Vec<(usize, f32)> = Vec::new();
    for (i, item) in items.iter().enumerate().rev() {
        match seen.iter_mut().find(|(row, _)| *row == item.row) {
            Some(slot) => {
                if let Some(n) = next_left.get_mut(i) {
                    *n = slot.1;
                }
                slot.1 = item.mark_box.x;
            }
            None => seen.push((item.row, item.mark_box.x)),
        }
    }
    let mut last_right: Vec<(usize, f32)> = Vec::new();
    for i in 0..n {
        let Some(item) = items.get(i) else { continue };
        let row = item.row;
        let next_left = next_left.get(i).copied().unwrap_or(right_edge);
        let prev_right = last_right.iter().find(|(r, _)| *r == row).map_or(f32::NEG_INFINITY, |(_, x)| *x);
        let Some(item) = items.get_mut(i) else {
            continue;
        };
        if item.is_cluster() {
            let (first, last) = (item.events.first().copied(), item.events.last().copied());
            let span = match (first.and_then(|f| case.events.get(f)), last.and_then(|l| case.events.get(l))) {
                (Some(a), Some(b)) => format!("{} – {}", a.date.format(locale), b.date.format(locale)),
                _ => String::new(),
            };
            if let Some(t) = item.title.as_mut() {
                t.text = format!("{} events", item.events.len());
            }
            if let Some(d) = item.date.as_mut() {
                d.text = span;
            }
        }
        let start = item.title.as_ref().map_or(item.x, |t| t.x);
        let right_room = next_left - GAP - start;
        let full = [item.title.as_ref(), item.date.as_ref()]
            .iter()
            .flatten()
            .map(|t| measure.width(&t.text, t.font))
            .fold(0.0, f32::max);
        // The left side is only used by the last item of a row (nothing after it to collide with).
        let left_room =
            if next_left >= right_edge { item.x - MARK_R - GAP - prev_right.max(PAD - 1.0) - GAP } else { 0.0 };
        let flip = right_room < full && (left_room >= full || left_room > right_room);
        let room = if flip { left_room } else { right_room };
        for t in [item.title.as_mut(), item.date.as_mut()].into_iter().flatten() {
            if flip {
                t.x = item.x - MARK_R - GAP;
                t.end_anchored = true;
            }
            match fit(measure, &t.text, t.font, room) {
                Some(s) if room >= MIN_LABEL.min(measure.width(&t.text, t.font)) => {
                    t.width = measure.width(&s, t.font);
                    t.text = s;
                }
                _ => t.text.clear(),
            }
        }
        if item.title.as_ref().is_some_and(|t| t.text.is_empty()) {
            item.title = None;
            item.date = None;
        }
        if item.date.as_ref().is_some_and(|t| t.text.is_empty()) {
            item.date = None;
        }
        let right = item.hit_box().right();
        match last_right.iter_mut().find(|(r, _)| *r == row) {
            Some(slot) => slot.1 = right,
            None => last_right.push((row, right)),
        }
    }
}

fn legend(case: &Case, width: f32, top: f32, measure: &dyn TextMeasure) -> Vec<LegendEntry> {
    let mut samples: Vec<(Sample, &str)> = Vec::new();
    for (kind, name) in [
        (Kind::Filing, "Filing"),
        (Kind::Hearing, "Hearing"),
        (Kind::Ruling, "Ruling"),
        (Kind::Order, "Order"),
        (Kind::Appeal, "Appeal"),
        (Kind::Statement, "Statement"),
        (Kind::Other, "Other"),
    ] {
        if case.events.iter().any(|e| e.kind == kind) {
            samples.push((Sample::Kind(kind), name));
        }
    }
    let any = |f: &dyn Fn(&crate::model::Event) -> bool| case.events.iter().any(f);
    if any(&|e| matches!(e.access, Access::Closed | Access::Sealed)) {
        samples.push((Sample::Closed, "Closed to the public"));
    }
    if any(&|e| e.access == Access::Partial) {
        samples.push((Sample::Partial, "Partly closed to the public"));
    }
    if any(&|e| e.date.precision <= Precision::Month && e.end.is_none()) {
        samples.push((Sample::Imprecise, "Only the month or year is known"));
    }
    if any(&|e| e.date.approximate || e.date.uncertain) {
        samples.push((Sample::Approximate, "Approximate or uncertain date"));
    }
    if any(&|e| e.status != Status::Happened) {
        samples.push((Sample::Scheduled, "Scheduled, postponed or cancelled"));
    }
    let mut out = Vec::new();
    let (mut x, mut y) = (PAD, top + LEGEND_ROW / 2.0);
    for (sample, name) in samples {
        let w = measure.width(name, LEGEND_FONT);
        let entry_w = 2.0 * MARK_R + GAP + w;
        if x > PAD && x + entry_w > width - PAD {
            x = PAD;
            y += LEGEND_ROW;
        }
        let text = fit(measure, name, LEGEND_FONT, width - 2.0 * PAD - 2.0 * MARK_R - GAP).unwrap_or_default();
        let tw = measure.width(&text, LEGEND_FONT);
        out.push(LegendEntry {
            sample,
            x: x + MARK_R,
            y,
            label: TextBox { text, x: x + 2.0 * MARK_R + GAP, y, width: tw, font: LEGEND_FONT, end_anchored: false },
        });
        x += entry_w + 16.0;
    }
    out
}
