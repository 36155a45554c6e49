//! Rows within a lane: each event takes the first row where its label fits whole, else a new row
//! (up to four), else the row that leaves its label the most room; when no row can take its
//! mark it joins the nearest count badge. Then labels are cut or flipped to fit (the tooltip, on
//! hover, focus or tap, always has the whole title).

use super::{bar_rect, Item, Labels, TextBox};
use crate::geom::Rect;
use crate::locale::{date_text, Key, Locale};
use crate::model::{Case, Precision};
use crate::scale::TimeScale;
use crate::text::{fit, TextMeasure};
use crate::theme::Metrics;

/// Places the events of one lane into rows; returns the number of rows used. On an `hourly`
/// axis a day-precision event gets a band over its day.
#[allow(clippy::too_many_arguments)]
pub(super) fn place_lane(
    case: &Case,
    labels: &Labels,
    members: &[usize],
    lane: usize,
    rows_top: f32,
    scale: &TimeScale,
    plot_right: f32,
    hourly: bool,
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
        // What the mark takes: its footprint, widened to its bar.
        let half = m.footprint(x, 0.0).w / 2.0;
        let (left, right) = match bar {
            Some((l, r)) => (l.min(x - half), r.max(x + half)),
            None => (x - half, x + half),
        };
        if !visible(x) && bar.is_none_or(|(l, r)| r < scale.range.0 || l > scale.range.1) {
            continue;
        }
        // A day on an hourly axis: a band over the whole day (on a day axis it is a mark at noon).
        let band = (hourly && e.end.is_none() && e.date.precision == Precision::Day)
            .then(|| (scale.x(a).max(scale.range.0 - m.mark_r), scale.x(b).min(scale.range.1 + m.mark_r)));
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
                && (x + m.label_dx() + full <= plot_right + m.mark_r || x - m.label_dx() - m.gap - full >= prev_right)
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
        let row_top = rows_top + m.row_h * row as f32;
        let y = row_top + m.mark_r + m.lock_up;
        let label_x = x + m.label_dx();
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
        let decisive = labels.decisive == Some(ei);
        let outcome = case.outcome.as_ref().filter(|_| decisive).map(|o| {
            let date_w = measure.width(date.as_ref().map_or("", |d| d.text.as_str()), m.date_font);
            TextBox::new(o.clone(), label_x + date_w + m.gap, y + m.date_dy, m.outcome_beside(), measure)
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
        items.push(Item {
            events: vec![ei],
            lane,
            row,
            x,
            y,
            bar,
            title,
            date,
            outcome,
            lines: Vec::new(),
            band,
            band_y: (row_top, row_top + m.row_h),
            decisive,
            mark_box,
        });
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
        let with_outcome = item.outcome.as_ref().map_or(0.0, |o| m.gap + o.width);
        let date_full = item.date.as_ref().map_or(0.0, |d| measure.width(&d.text, d.font)) + with_outcome;
        let full = item.title.as_ref().map_or(0.0, |t| measure.width(&t.text, t.font)).max(date_full);
        // The left side is only used by the last item of a row (nothing after it to collide with).
        let left_room =
            if next_left >= right_edge { item.x - m.label_dx() - prev_right.max(m.pad - 1.0) - m.gap } else { 0.0 };
        let flip = right_room < full && (left_room >= full || left_room > right_room);
        let room = if flip { left_room } else { right_room };
        for t in [item.title.as_mut(), item.date.as_mut()].into_iter().flatten() {
            if flip {
                t.x = item.x - m.label_dx();
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
        // The outcome beside the date, on the side away from the mark, when it fits whole.
        let date_box = item.date.as_ref().map(|d| (d.x, d.width, d.end_anchored));
        let placed = match (item.outcome.take(), date_box) {
            (Some(mut o), Some((x, w, end))) if room >= w + m.gap + o.width => {
                o.x = if end { x - w - m.gap } else { x + w + m.gap };
                o.end_anchored = end;
                Some(o)
            }
            _ => None,
        };
        item.outcome = placed;
        let right = item.hit_box().right();
        match last_right.iter_mut().find(|(r, _)| *r == row) {
            Some(slot) => slot.1 = right,
            None => last_right.push((row, right)),
        }
    }
}
