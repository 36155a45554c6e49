//! Where everything goes, in CSS pixels: lanes per party, a row and a label box for every
//! visible event, the axis and the legend. Labels never overlap each other, marks or the axis:
//! each row of a lane holds items left to right, a label ends before the next mark in its row,
//! and events whose marks would collide merge into a count badge (level of detail).

pub use crate::geom::Rect;
use crate::locale::{date_text, event_date_text, Key, Locale};
use crate::model::{Access, Case, Kind, Precision, Role, Seconds, Status};
use crate::scale::{Ticks, TimeScale};
use crate::text::{fit, Font, TextMeasure};
use crate::theme::{Color, Metrics, Theme};

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
    m: &Metrics,
    items: &mut Vec<Item>,
) -> usize {
    const MAX_ROWS: usize = 4;
    let first_item = items.len();
    // Per row: the index (into `items`) of its last item.
    let mut rows: Vec<usize> = Vec::new();
    let visible = |x: f32| x >= scale.range.0 - m.mark_r && x <= scale.range.1 + m.mark_r;
    for &ei in members {
        let (Some(e), Some(&at), Some(&(a, b))) = (case.events.get(ei), labels.anchor.get(ei), labels.extent.get(ei))
        else {
            continue;
        };
        let x = scale.x(at);
        let bar = (e.end.is_some() || e.date.precision <= Precision::Month)
            .then(|| (scale.x(a).max(scale.range.0 - m.mark_r), scale.x(b).min(scale.range.1 + m.mark_r)));
        let bar = bar.filter(|(l, r)| r - l > 2.0 * m.mark_r);
        let (left, right) = match bar {
            Some((l, r)) => (l.min(x - m.mark_r), r.max(x + m.mark_r)),
            None => (x - m.mark_r, x + m.mark_r),
        };
        if !visible(x) && bar.is_none_or(|(l, r)| r < scale.range.0 || l > scale.range.1) {
            continue;
        }
        let title_w = labels.title_width.get(ei).copied().unwrap_or_default();
        let date_w = labels.date_width.get(ei).copied().unwrap_or_default();
        let full = title_w.max(date_w);
        let item_right = |i: &Item| i.title.as_ref().map_or(i.mark_box.right(), |t| t.rect().right());
        let mark_fits = |i: &Item| i.mark_box.right() + m.gap <= left;
        // A row is free when its last label ends before this mark; it shows this label whole when
        // the label fits to the right (up to the edge) or, flipped, to the left.
        let free = |r: usize| items.get(r).is_none_or(|i| item_right(i) + m.gap <= left);
        let whole = |r: usize| {
            let prev_right = items.get(r).map_or(m.pad - 1.0, item_right);
            free(r)
                && (x + m.mark_r + m.gap + full <= plot_right + m.mark_r
                    || x - m.mark_r - 2.0 * m.gap - full >= prev_right)
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
        let y = rows_top + m.row_h * row as f32 + m.row_h / 2.0;
        let label_x = x + m.mark_r + m.gap;
        let title = Some(TextBox {
            text: e.title.clone(),
            x: label_x,
            y: y + m.title_dy,
            width: title_w,
            font: m.title_font,
            end_anchored: false,
        });
        let date = Some(TextBox {
            text: labels.date.get(ei).cloned().unwrap_or_default(),
            x: label_x,
            y: y + m.date_dy,
            width: date_w,
            font: m.date_font,
            end_anchored: false,
        });
        // The footprint, widened to the bar and down to the bar's bottom.
        let foot = m.footprint(x, y);
        let bar_box = bar_rect(bar, y, m);
        let bottom = foot.bottom().max(bar_box.bottom());
        let mark_box =
            Rect { x: left.min(foot.x), y: foot.y, w: right.max(foot.right()) - left.min(foot.x), h: bottom - foot.y };
        if let Some(slot) = rows.get_mut(row) {
            *slot = items.len();
        }
        items.push(Item { events: vec![ei], lane, row, x, y, bar, title, date, mark_box });
    }
    if let Some(lane_items) = items.get_mut(first_item..) {
        fit_labels(case, lane_items, plot_right + m.mark_r, measure, locale, m);
    }
    rows.len()
}

/// Cuts or hides labels so each ends before the next mark in its row (or the right edge), flips
/// the last label of a row to the left of its mark when that shows more of it, and names badges.
fn fit_labels(
    case: &Case,
    items: &mut [Item],
    right_edge: f32,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
    m: &Metrics,
) {
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
                (Some(a), Some(b)) => locale.strings().range(&date_text(&a.date, locale), &date_text(&b.date, locale)),
                _ => String::new(),
            };
            if let Some(t) = item.title.as_mut() {
                t.text = locale.count(Key::BadgeEvents, item.events.len());
            }
            if let Some(d) = item.date.as_mut() {
                d.text = span;
            }
        }
        let start = item.title.as_ref().map_or(item.x, |t| t.x);
        let right_room = next_left - m.gap - start;
        let full = [item.title.as_ref(), item.date.as_ref()]
            .iter()
            .flatten()
            .map(|t| measure.width(&t.text, t.font))
            .fold(0.0, f32::max);
        // The left side is only used by the last item of a row (nothing after it to collide with).
        let left_room =
            if next_left >= right_edge { item.x - m.mark_r - m.gap - prev_right.max(m.pad - 1.0) - m.gap } else { 0.0 };
        let flip = right_room < full && (left_room >= full || left_room > right_room);
        let room = if flip { left_room } else { right_room };
        for t in [item.title.as_mut(), item.date.as_mut()].into_iter().flatten() {
            if flip {
                t.x = item.x - m.mark_r - m.gap;
                t.end_anchored = true;
            }
            match fit(measure, &t.text, t.font, room) {
                Some(s) if room >= m.min_label.min(measure.width(&t.text, t.font)) => {
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

fn legend(
    case: &Case,
    width: f32,
    top: f32,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
    m: &Metrics,
) -> Vec<LegendEntry> {
    let mut samples: Vec<(Sample, &str)> = Vec::new();
    for (kind, key) in [
        (Kind::Filing, Key::KindFiling),
        (Kind::Hearing, Key::KindHearing),
        (Kind::Ruling, Key::KindRuling),
        (Kind::Order, Key::KindOrder),
        (Kind::Appeal, Key::KindAppeal),
        (Kind::Statement, Key::KindStatement),
        (Kind::Other, Key::KindOther),
    ] {
        if case.events.iter().any(|e| e.kind == kind) {
            samples.push((Sample::Kind(kind), locale.text(key)));
        }
    }
    let any = |f: &dyn Fn(&crate::model::Event) -> bool| case.events.iter().any(f);
    if any(&|e| matches!(e.access, Access::Closed | Access::Sealed)) {
        samples.push((Sample::Closed, locale.text(Key::LegendClosed)));
    }
    if any(&|e| e.access == Access::Partial) {
        samples.push((Sample::Partial, locale.text(Key::LegendPartial)));
    }
    if any(&|e| e.date.precision <= Precision::Month && e.end.is_none()) {
        samples.push((Sample::Imprecise, locale.text(Key::LegendImprecise)));
    }
    if any(&|e| e.date.approximate || e.date.uncertain) {
        samples.push((Sample::Approximate, locale.text(Key::LegendApproximate)));
    }
    if any(&|e| e.status != Status::Happened) {
        samples.push((Sample::Scheduled, locale.text(Key::LegendScheduled)));
    }
    let mut out = Vec::new();
    let (mut x, mut y) = (m.pad, top + m.legend_row / 2.0);
    for (sample, name) in samples {
        let w = measure.width(name, m.legend_font);
        let entry_w = 2.0 * m.mark_r + m.gap + w;
        if x > m.pad && x + entry_w > width - m.pad {
            x = m.pad;
            y += m.legend_row;
        }
        let text = fit(measure, name, m.legend_font, width - 2.0 * m.pad - 2.0 * m.mark_r - m.gap).unwrap_or_default();
        let tw = measure.width(&text, m.legend_font);
        out.push(LegendEntry {
            sample,
            x: x + m.mark_r,
            y,
            label: TextBox {
                text,
                x: x + 2.0 * m.mark_r + m.gap,
                y,
                width: tw,
                font: m.legend_font,
                end_anchored: false,
            },
        });
        x += entry_w + m.legend_spacing;
    }
    out
}
