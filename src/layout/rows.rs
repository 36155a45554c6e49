//! Rows within a lane: each event takes the first row where its label fits whole, else a new row
//! (up to four), else the row that leaves its label the most room; when no row can take its
//! mark it joins the nearest count badge. Then labels are cut or flipped to fit (the tooltip, on
//! hover, focus or tap, always has the whole title).
//!
//! Rows are assigned once per zoom (pixels per second) for the whole case — the [`Strip`] — and
//! reused while panning: a pan only slides the marks, it never moves one to another row. The
//! labels of an event followed in its row by a visible mark are cut once per zoom too (the room
//! up to that mark is the same at every pan); only the last label of each row, which meets the
//! edge, is fitted for each window.

use std::cell::RefCell;

use super::{bar_rect, Item, Labels, TextBox};
use crate::geom::Rect;
use crate::locale::{date_text, Key, Locale};
use crate::model::{Case, Precision, Seconds};
use crate::text::{fit, TextMeasure};
use crate::theme::Metrics;

/// Where the strip is: time `t` is at `left + (t - start) · k` strip px, the case's start at the
/// plot's left edge. Strip px are `f64`: zoomed in, the whole case is a million px wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Zoom {
    start: Seconds,
    left: f64,
    right: f64,
    k: f64,
}

impl Zoom {
    /// The zoom that shows `span` seconds on `plot` (its left and right edge), for a case over
    /// `full`. The span is rounded to 32 significant bits, so the few ulps a pan adds or loses
    /// are the same zoom (and the layout of a window does not depend on how it was reached).
    pub(super) fn new(full: (Seconds, Seconds), span: Seconds, plot: (f32, f32)) -> Zoom {
        let span = f64::from_bits(span.to_bits() & !0xF_FFFF).max(f64::MIN_POSITIVE);
        let k = f64::from(plot.1 - plot.0) / span;
        let left = f64::from(plot.0);
        Zoom { start: full.0, left, right: left + (full.1 - full.0) * k, k }
    }

    /// Strip px of time `t`.
    pub(super) fn x(&self, t: Seconds) -> f64 {
        self.left + (t - self.start) * self.k
    }
}

/// One drawn event or badge of the strip.
#[derive(Clone, Debug, PartialEq)]
struct Slot {
    events: Vec<usize>,
    row: usize,
    /// The mark's centre, its bar and the extent of both (strip px).
    x: f64,
    bar: Option<(f64, f64)>,
    left: f64,
    right: f64,
    /// Where its (uncut) title ends.
    label_right: f64,
    /// The next slot of its row.
    next: Option<usize>,
    /// Its title, date and outcome cut to end before `next`, relative to its mark (boxed: most
    /// slots of a zoomed-in strip are never in view).
    fit: Option<Box<[Option<TextBox>; 3]>>,
}

/// Every lane's slots and number of rows at one zoom, for one look.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Strip {
    key: Option<(u32, u64, usize, usize)>,
    lanes: Vec<(Vec<Slot>, usize)>,
}

/// The strip last used with a [`Labels`] (layout is otherwise pure: this only saves work), boxed
/// so that a widget stays small.
#[derive(Default)]
pub(super) struct Cache(pub(super) RefCell<Box<Strip>>);

impl Clone for Cache {
    fn clone(&self) -> Self {
        Cache::default()
    }
}
impl PartialEq for Cache {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cache")
    }
}

impl Strip {
    /// Assigns the rows of every lane for `zoom` unless they are those of `width`, `zoom` and
    /// this measure and locale already.
    pub(super) fn prepare(
        &mut self,
        case: &Case,
        labels: &Labels,
        zoom: &Zoom,
        width: f32,
        look: (&dyn TextMeasure, &dyn Locale),
    ) {
        let key = Some((
            width.to_bits(),
            zoom.k.to_bits(),
            std::ptr::from_ref(look.0).cast::<()>() as usize,
            std::ptr::from_ref(look.1).cast::<()>() as usize,
        ));
        if self.key != key {
            self.key = key;
            self.lanes = labels.members.iter().map(|(_, members)| assign(case, labels, members, zoom)).collect();
        }
    }

    /// Adds the visible events of lane `lane` (rows from `rows_top`) in window `w` to `items`,
    /// their labels cut to fit; returns the lane's number of rows.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn place(
        &mut self,
        case: &Case,
        labels: &Labels,
        lane: usize,
        rows_top: f32,
        w: &Window,
        look: (&dyn TextMeasure, &dyn Locale),
        items: &mut Vec<Item>,
    ) -> usize {
        let Some((slots, rows)) = self.lanes.get_mut(lane) else { return 0 };
        place_lane(case, labels, slots, lane, rows_top, w, look, items);
        *rows
    }
}

/// Places the events of one lane, at `zoom`, into rows.
fn assign(case: &Case, labels: &Labels, members: &[usize], z: &Zoom) -> (Vec<Slot>, usize) {
    const MAX_ROWS: usize = 4;
    let m = &labels.metrics;
    let f = f64::from;
    let (mr, gap, dx) = (f(m.mark_r), f(m.gap), f(m.label_dx()));
    let half = f(m.footprint(0.0, 0.0).w) / 2.0;
    let mut slots: Vec<Slot> = Vec::new();
    // Per row: the index (into `slots`) of its last slot.
    let mut rows: Vec<usize> = Vec::new();
    for &ei in members {
        let (Some(e), Some(&at), Some(&(a, b))) = (case.events.get(ei), labels.anchor.get(ei), labels.extent.get(ei))
        else {
            continue;
        };
        let x = z.x(at);
        let bar = (e.end.is_some() || e.date.precision <= Precision::Month)
            .then(|| (z.x(a).max(z.left - mr), z.x(b).min(z.right + mr)))
            .filter(|(l, r)| r - l > 2.0 * mr);
        // What the mark takes: its footprint, widened to its bar.
        let (left, right) = match bar {
            Some((l, r)) => (l.min(x - half), r.max(x + half)),
            None => (x - half, x + half),
        };
        let title_w = f(labels.title_width.get(ei).copied().unwrap_or_default());
        let full = title_w.max(f(labels.date_width.get(ei).copied().unwrap_or_default()));
        // A row is free when its last label ends before this mark; it shows this label whole when
        // the label fits to the right (up to the edge) or, flipped, to the left.
        let free = |r: usize| slots.get(r).is_none_or(|s| s.label_right + gap <= left);
        let whole = |r: usize| {
            let prev_right = slots.get(r).map_or(f(m.pad) - 1.0, |s| s.label_right);
            free(r) && (x + dx + full <= z.right + mr || x - dx - gap - full >= prev_right)
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
                .filter(|(_, &r)| slots.get(r).is_some_and(|s| s.right + gap <= left))
                .max_by(|(_, &p), (_, &q)| {
                    let room = |k: usize| slots.get(k).map_or(0.0, |s| left - s.right);
                    room(p).total_cmp(&room(q))
                })
                .map(|(r, _)| r)
        };
        let Some(row) = choice else {
            // No row can take the mark: join the nearest badge.
            let nearest = rows
                .iter()
                .copied()
                .filter_map(|r| slots.get(r).map(|s| (r, (s.x - x).abs())))
                .min_by(|a, b| a.1.total_cmp(&b.1));
            if let Some(slot) = nearest.and_then(|(r, _)| slots.get_mut(r)) {
                slot.events.push(ei);
            }
            continue;
        };
        let index = slots.len();
        if let Some(last) = rows.get_mut(row) {
            if let Some(prev) = slots.get_mut(*last) {
                prev.next = Some(index);
            }
            *last = index;
        }
        let label_right = x + dx + title_w;
        slots.push(Slot { events: vec![ei], row, x, bar, left, right, label_right, next: None, fit: None });
    }
    (slots, rows.len())
}

/// How a window is cut from the strip: strip px minus `offset` are CSS px; `range` is the plot;
/// on an `hourly` axis a day-precision event gets a band over its day.
pub(super) struct Window {
    pub(super) zoom: Zoom,
    pub(super) offset: f64,
    pub(super) range: (f32, f32),
    pub(super) hourly: bool,
}

/// See [`Strip::place`]; `slots` are the lane's.
#[allow(clippy::too_many_arguments)]
fn place_lane(
    case: &Case,
    labels: &Labels,
    slots: &mut [Slot],
    lane: usize,
    rows_top: f32,
    w: &Window,
    (measure, locale): (&dyn TextMeasure, &dyn Locale),
    items: &mut Vec<Item>,
) {
    let m = &labels.metrics;
    let first = items.len();
    let mut shown: Vec<usize> = Vec::new();
    for (si, slot) in slots.iter().enumerate() {
        if let Some(item) = item_of(case, labels, slot, lane, rows_top, w) {
            items.push(item);
            shown.push(si);
        }
    }
    // Each shown item's successor in its row (one backward pass), and its predecessor's final
    // right edge (tracked going forward).
    let mut next: Vec<Option<usize>> = vec![None; shown.len()];
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for (k, si) in shown.iter().enumerate().rev() {
        let row = slots.get(*si).map_or(0, |s| s.row);
        match seen.iter_mut().find(|(r, _)| *r == row) {
            Some(slot) => {
                if let Some(n) = next.get_mut(k) {
                    *n = Some(slot.1);
                }
                slot.1 = *si;
            }
            None => seen.push((row, *si)),
        }
    }
    let right_edge = w.range.1 + m.mark_r;
    let mut last_right: Vec<(usize, f32)> = Vec::new();
    for (k, (si, item)) in shown.iter().zip(items.iter_mut().skip(first)).enumerate() {
        let row = item.row;
        let followed = next.get(k).copied().flatten();
        let next_left = followed.and_then(|sj| slots.get(sj)).map(|s| s.left);
        let Some(slot) = slots.get_mut(*si) else { continue };
        // Followed in its row: cut in strip px up to that mark, relative to its own, the same at
        // every pan (and remembered when that mark is its very next).
        let events = (item.events.as_slice(), item.x);
        let mut texts = match slot.fit.as_deref().filter(|_| followed.is_some() && slot.next == followed) {
            Some(done) => done.clone(),
            None => {
                let mut texts = texts(case, labels, item.events.first().copied().unwrap_or_default(), measure);
                if let Some(next_left) = next_left {
                    #[allow(clippy::cast_possible_truncation)]
                    let next_left = (next_left - slot.x) as f32;
                    fit_item(
                        case,
                        (events.0, 0.0),
                        &mut texts,
                        next_left,
                        f32::NEG_INFINITY,
                        f32::INFINITY,
                        measure,
                        locale,
                        m,
                    );
                    if slot.next == followed {
                        slot.fit = Some(Box::new(texts.clone()));
                    }
                }
                texts
            }
        };
        for t in texts.iter_mut().flatten() {
            t.x += item.x;
            t.y += item.y;
        }
        if next_left.is_none() {
            let prev_right = last_right.iter().find(|(r, _)| *r == row).map_or(f32::NEG_INFINITY, |(_, x)| *x);
            fit_item(case, events, &mut texts, right_edge, prev_right, right_edge, measure, locale, m);
        }
        [item.title, item.date, item.outcome] = texts;
        let right = item.hit_box().right();
        match last_right.iter_mut().find(|(r, _)| *r == row) {
            Some(slot) => slot.1 = right,
            None => last_right.push((row, right)),
        }
    }
}

/// How far out of view a mark may be placed (CSS px).
const FAR: f32 = 4096.0;

/// The item of `slot` in window `w`, without its labels; `None` when it is out of view.
fn item_of(case: &Case, labels: &Labels, slot: &Slot, lane: usize, rows_top: f32, w: &Window) -> Option<Item> {
    let m = &labels.metrics;
    let ei = *slot.events.first()?;
    let e = case.events.get(ei)?;
    let (range, mr) = (w.range, m.mark_r);
    #[allow(clippy::cast_possible_truncation)]
    let px = |s: f64| (s - w.offset) as f32;
    let clip = |(l, r): (f64, f64)| (px(l).max(range.0 - mr), px(r).min(range.1 + mr));
    // A mark far out of view (its bar is in view) is drawn nearer, still out of view: a CSS px
    // of f32 is then precise enough to mirror.
    let x = px(slot.x).max(range.0 - FAR).min(range.1 + FAR);
    let bar = slot.bar.map(clip).filter(|(l, r)| r - l > 2.0 * mr);
    if !(x >= range.0 - mr && x <= range.1 + mr) && bar.is_none_or(|(l, r)| r < range.0 || l > range.1) {
        return None;
    }
    // A day on an hourly axis: a band over the whole day (on a day axis it is a mark at noon).
    let band = (w.hourly && e.end.is_none() && e.date.precision == Precision::Day)
        .then(|| labels.extent.get(ei).map(|&(a, b)| clip((w.zoom.x(a), w.zoom.x(b)))))
        .flatten();
    let row_top = rows_top + m.row_h * slot.row as f32;
    let y = row_top + m.mark_r + m.lock_up;
    // The footprint, widened to the bar and down to the bar's bottom.
    let foot = m.footprint(x, y);
    let (left, right) = match bar {
        Some((l, r)) => (l.min(foot.x), r.max(foot.right())),
        None => (foot.x, foot.right()),
    };
    let bottom = foot.bottom().max(bar_rect(bar, y, m).bottom());
    Some(Item {
        events: slot.events.clone(),
        lane,
        row: slot.row,
        x,
        y,
        bar,
        title: None,
        date: None,
        outcome: None,
        lines: Vec::new(),
        band,
        band_y: (row_top, row_top + m.row_h),
        decisive: labels.decisive == Some(ei),
        mark_box: Rect { x: left, y: foot.y, w: right - left, h: bottom - foot.y },
    })
}

/// Event `ei`'s title, date and (for the decisive event) outcome, uncut, for a mark at (0, 0).
fn texts(case: &Case, labels: &Labels, ei: usize, measure: &dyn TextMeasure) -> [Option<TextBox>; 3] {
    let m = &labels.metrics;
    let label_x = m.label_dx();
    let line = |text: String, width: Option<&f32>, y: f32, font| TextBox {
        text,
        x: label_x,
        y,
        width: width.copied().unwrap_or_default(),
        font,
        end_anchored: false,
    };
    let title =
        case.events.get(ei).map(|e| line(e.title.clone(), labels.title_width.get(ei), m.title_dy, m.title_font));
    let date = labels.date.get(ei).map(|d| line(d.clone(), labels.date_width.get(ei), m.date_dy, m.date_font));
    let outcome = case.outcome.as_ref().filter(|_| labels.decisive == Some(ei)).map(|o| {
        let date_w = measure.width(date.as_ref().map_or("", |d| d.text.as_str()), m.date_font);
        TextBox::new(o.clone(), label_x + date_w + m.gap, m.date_dy, m.outcome_beside(), measure)
    });
    [title, date, outcome]
}

/// Cuts or hides the labels (title, date, outcome) of the item of `events` at `x` so they end
/// before `next_left` (the next mark in its row, or the right edge), flips them to the left of the
/// mark when it is the last of its row (they stay clear of `prev_right`) and that shows more of
/// them, and names a badge.
#[allow(clippy::too_many_arguments)]
fn fit_item(
    case: &Case,
    (events, x): (&[usize], f32),
    [title, date, outcome]: &mut [Option<TextBox>; 3],
    next_left: f32,
    prev_right: f32,
    right_edge: f32,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
    m: &Metrics,
) {
    if events.len() > 1 {
        let (first, last) = (events.first().copied(), events.last().copied());
        let span = match (first.and_then(|f| case.events.get(f)), last.and_then(|l| case.events.get(l))) {
            (Some(a), Some(b)) => locale.strings().range(&date_text(&a.date, locale), &date_text(&b.date, locale)),
            _ => String::new(),
        };
        if let Some(t) = title.as_mut() {
            t.text = locale.count(Key::BadgeEvents, events.len());
        }
        if let Some(d) = date.as_mut() {
            d.text = span;
        }
    }
    let start = title.as_ref().map_or(x, |t| t.x);
    let right_room = next_left - m.gap - start;
    let with_outcome = outcome.as_ref().map_or(0.0, |o| m.gap + o.width);
    let date_full = date.as_ref().map_or(0.0, |d| measure.width(&d.text, d.font)) + with_outcome;
    let full = title.as_ref().map_or(0.0, |t| measure.width(&t.text, t.font)).max(date_full);
    // The left side is only used by the last item of a row (nothing after it to collide with).
    let left_room = if next_left >= right_edge { x - m.label_dx() - prev_right.max(m.pad - 1.0) - m.gap } else { 0.0 };
    let flip = right_room < full && (left_room >= full || left_room > right_room);
    let room = if flip { left_room } else { right_room };
    for t in [title.as_mut(), date.as_mut()].into_iter().flatten() {
        if flip {
            t.x = x - m.label_dx();
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
    if title.as_ref().is_some_and(|t| t.text.is_empty()) {
        *title = None;
        *date = None;
    }
    if date.as_ref().is_some_and(|t| t.text.is_empty()) {
        *date = None;
    }
    // The outcome beside the date, on the side away from the mark, when it fits whole.
    let date_box = date.as_ref().map(|d| (d.x, d.width, d.end_anchored));
    let placed = match (outcome.take(), date_box) {
        (Some(mut o), Some((x, w, end))) if room >= w + m.gap + o.width => {
            o.x = if end { x - w - m.gap } else { x + w + m.gap };
            o.end_anchored = end;
            Some(o)
        }
        _ => None,
    };
    *outcome = placed;
}

#[cfg(test)]
mod tests {
    use super::super::{full_domain, layout_with, Labels, Layout};
    use crate::locale::English;
    use crate::model::{load, Case, Format, Input, Limits};
    use crate::text::Estimate;
    use crate::theme::{Metrics, Theme};

    /// 3,000 events over five years in four lanes, most of them in count badges at full view.
    fn docket() -> Case {
        let parties = ["court", "state", "defence", "media"];
        let events: Vec<String> = (0..3_000u32)
            .map(|i| {
                let day = (i * 7_919) % 1_826;
                let date = jiff::civil::date(2019, 1, 1).checked_add(jiff::Span::new().days(day)).unwrap();
                let party = parties[(i as usize * 31) % 4];
                let title = "Court hears the request for disclosure".repeat(1 + (i % 3) as usize);
                format!(
                    r#"{{"id":"e{i}","date":"{date}","kind":"hearing","title":"{title} {i}","parties":["{party}"]}}"#
                )
            })
            .collect();
        let parties: Vec<String> =
            parties.iter().map(|p| format!(r#"{{"id":"{p}","name":"Party {p}","role":"other"}}"#)).collect();
        let text = format!(
            r#"{{"version":1,"title":"Docket","parties":[{}],"events":[{}]}}"#,
            parties.join(","),
            events.join(",")
        );
        load(Input::Text(&text), Format::Case, &Limits::default()).case.unwrap()
    }

    fn lay(case: &Case, labels: &Labels, window: Option<(f64, f64)>) -> Layout {
        layout_with(case, labels, 1000.0, window, true, &Theme::light(), &Estimate, &English)
    }

    /// Whether a later item of the same lane and row is drawn (the label is cut against it).
    fn followed(l: &Layout, i: usize) -> bool {
        let item = &l.items[i];
        l.items[i + 1..].iter().any(|j| j.lane == item.lane && j.row == item.row)
    }

    #[test]
    fn a_pan_slides_every_row_badge_and_cut_label_of_the_view() {
        let case = docket();
        let labels = Labels::new(&case, &Estimate, &English, &Metrics::for_width(1000.0));
        let all = lay(&case, &labels, None);
        assert!(all.items.iter().filter(|i| i.is_cluster()).count() > 50, "badges at full view");
        // A horizontal wheel of 60 px, as the widget pans.
        let (a, b) = full_domain(&case);
        let dt = 60.0 * (b - a) / f64::from(all.scale.range.1 - all.scale.range.0);
        let panned = lay(&case, &labels, Some((a + dt, b + dt)));
        assert_eq!(
            all.lanes.iter().map(|l| l.bottom).collect::<Vec<_>>(),
            panned.lanes.iter().map(|l| l.bottom).collect::<Vec<_>>()
        );
        let mut same_labels = 0;
        for (i, item) in panned.items.iter().enumerate() {
            let k = all
                .items
                .iter()
                .position(|o| o.events == item.events)
                .expect("every item of the pan was drawn before it");
            let old = &all.items[k];
            assert_eq!((old.lane, old.row), (item.lane, item.row), "{:?} moved", item.events);
            assert!((old.x - 60.0 - item.x).abs() < 0.01, "{} slid to {}", old.x, item.x);
            if followed(&panned, i) && followed(&all, k) {
                let texts = |i: &super::Item| {
                    (i.title.as_ref().map(|t| t.text.clone()), i.date.as_ref().map(|t| t.text.clone()))
                };
                assert_eq!(texts(old), texts(item));
                same_labels += 1;
            }
        }
        assert!(same_labels > 200, "{same_labels} labels kept");
    }

    #[test]
    fn a_window_is_laid_out_the_same_however_it_was_reached() {
        let case = docket();
        let m = Metrics::for_width(1000.0);
        let (a, b) = full_domain(&case);
        let third = (b - a) / 3.0;
        let walked = Labels::new(&case, &Estimate, &English, &m);
        let mut last = None;
        for i in 0..12 {
            let w = (a + third * f64::from(i) / 10.0, a + third * (1.0 + f64::from(i) / 10.0));
            last = Some((w, lay(&case, &walked, Some(w))));
        }
        let (w, walked) = last.unwrap();
        let fresh = lay(&case, &Labels::new(&case, &Estimate, &English, &m), Some(w));
        assert_eq!(walked, fresh);
    }
}
