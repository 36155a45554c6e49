//! Pure hit testing over a scene's regions, and where a tooltip goes.

use crate::geom::Rect;
use crate::scene::{HitRegion, Scene};

/// The region under (x, y) in CSS px, searching `radius` px around the point (use ~4 for a
/// mouse, ~12 for touch). When several match, the one whose mark is nearest wins.
pub fn hit_test(scene: &Scene, x: f32, y: f32, radius: f32) -> Option<&HitRegion> {
    scene
        .hits
        .iter()
        .filter(|h| {
            let r = h.rect;
            x >= r.x - radius && x <= r.right() + radius && y >= r.y - radius && y <= r.bottom() + radius
        })
        .min_by(|a, b| distance(a, x, y).total_cmp(&distance(b, x, y)))
}

fn distance(h: &HitRegion, x: f32, y: f32) -> f32 {
    let (dx, dy) = (h.mark.0 - x, h.mark.1 - y);
    dx * dx + dy * dy
}

/// Where to put a `size` (w, h) tooltip for the mark at `mark`, all in CSS px of the canvas:
/// beside the mark (never over it), inside `area` (the widget's width and the part of the page
/// the reader can see) where possible, covering as few other marks as possible; at equal cost
/// after the mark in reading order (right of it, or left of it when `rtl`). Returns the
/// tooltip's top-left corner.
pub fn place_tooltip(scene: &Scene, mark: (f32, f32), size: (f32, f32), area: Rect, rtl: bool) -> (f32, f32) {
    let m = &scene.metrics;
    let (offset, margin) = (m.tooltip_offset, m.tooltip_margin);
    let (mx, my) = mark;
    // In the phone column the event's whole block (its title, date and quote; it holds the
    // mark's footprint) is its own: the tooltip goes below or above it, never over its words.
    let own = scene.hits.iter().find(|r| m.column && r.mark == mark).map_or_else(|| m.footprint(mx, my), |r| r.rect);
    let (w, h) = size;
    // Beside the mark's footprint (after it in reading order, then before; below, above), then
    // under and over it.
    let (right, left) = (own.right() + margin, own.x - margin - w);
    let (after, before) = if rtl { (left, right) } else { (right, left) };
    let candidates = [
        (after, my + offset),
        (before, my + offset),
        (after, my - offset - h),
        (before, my - offset - h),
        (mx - w / 2.0, own.bottom() + margin),
        (mx - w / 2.0, own.y - margin - h),
    ];
    let mut best = (f32::INFINITY, candidates[0]);
    for (x, y) in candidates {
        let x = x.min(area.right() - w - margin).max(area.x + margin);
        let covers = |px: f32, py: f32, pad: f32| px + pad > x && px - pad < x + w && py + pad > y && py - pad < y + h;
        if (Rect { x, y, w, h }).overlaps(&own) {
            continue;
        }
        let others = scene.hits.iter().filter(|r| r.mark != mark && covers(r.mark.0, r.mark.1, m.mark_r)).count();
        let outside = f32::from(u8::from(y < area.y)) + f32::from(u8::from(y + h > area.bottom()));
        let score = others as f32 * 10.0 + outside * 100.0;
        if score < best.0 {
            best = (score, (x, y));
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scene_with_marks(marks: &[(f32, f32)]) -> Scene {
        Scene {
            metrics: crate::theme::Metrics::DESKTOP,
            width: 800.0,
            height: 300.0,
            font_family: String::new(),
            shapes: Vec::new(),
            hits: marks
                .iter()
                .enumerate()
                .map(|(i, &m)| HitRegion {
                    events: vec![i],
                    rect: Rect { x: m.0 - 8.0, y: m.1 - 8.0, w: 100.0, h: 16.0 },
                    mark: m,
                })
                .collect(),
        }
    }

    #[test]
    fn hit_test_finds_the_region_under_the_pointer_and_prefers_the_nearest_mark() {
        let scene = scene_with_marks(&[(100.0, 50.0), (150.0, 50.0)]);
        assert_eq!(hit_test(&scene, 101.0, 52.0, 4.0).unwrap().events, vec![0]);
        assert_eq!(hit_test(&scene, 149.0, 50.0, 4.0).unwrap().events, vec![1]);
        assert!(hit_test(&scene, 500.0, 200.0, 4.0).is_none());
    }

    #[test]
    fn touch_radius_reaches_further_than_mouse() {
        let scene = scene_with_marks(&[(100.0, 50.0)]);
        assert!(hit_test(&scene, 100.0, 68.0, 4.0).is_none());
        assert!(hit_test(&scene, 100.0, 68.0, 12.0).is_some());
    }

    #[test]
    fn tooltips_avoid_covering_their_own_and_other_marks() {
        let scene = scene_with_marks(&[(300.0, 40.0), (340.0, 90.0)]);
        let area = Rect { x: 0.0, y: 0.0, w: 800.0, h: 300.0 };
        let (x, y) = place_tooltip(&scene, (300.0, 40.0), (200.0, 120.0), area, false);
        let covers = |(px, py): (f32, f32)| px >= x && px <= x + 200.0 && py >= y && py <= y + 120.0;
        assert!(!covers((300.0, 40.0)), "covers its own mark at {x},{y}");
        assert!(!covers((340.0, 90.0)), "covers the neighbour at {x},{y}");
        assert!(x >= 4.0 && x + 200.0 <= 796.0);
    }

    #[test]
    fn right_to_left_tooltips_open_towards_the_left() {
        let scene = scene_with_marks(&[(400.0, 40.0)]);
        let area = Rect { x: 0.0, y: 0.0, w: 800.0, h: 300.0 };
        let (ltr, _) = place_tooltip(&scene, (400.0, 40.0), (200.0, 120.0), area, false);
        let (rtl, _) = place_tooltip(&scene, (400.0, 40.0), (200.0, 120.0), area, true);
        assert!(ltr > 400.0, "left to right: after the mark, {ltr}");
        assert!(rtl + 200.0 < 400.0, "right to left: before it on screen, {rtl}");
    }

    #[test]
    fn in_the_phone_column_a_tooltip_leaves_its_own_block_uncovered() {
        // Blocks the width of the column, a mark at the start of each (as the column draws them).
        let blocks = [(100.0, 80.0), (190.0, 60.0), (260.0, 120.0)];
        let scene = Scene {
            metrics: crate::theme::Metrics::PHONE,
            width: 375.0,
            height: 900.0,
            font_family: String::new(),
            shapes: Vec::new(),
            hits: blocks
                .iter()
                .enumerate()
                .map(|(i, &(y, h))| HitRegion {
                    events: vec![i],
                    rect: Rect { x: 0.0, y, w: 375.0, h },
                    mark: (24.0, y + 12.0),
                })
                .collect(),
        };
        let size = (367.0, 190.0);
        // The page scrolled so that there is room below the event, then only above it.
        for (top, h, below) in [(0.0, 900.0, true), (-200.0, 600.0, false)] {
            let area = Rect { x: 0.0, y: top, w: 375.0, h };
            let (x, y) = place_tooltip(&scene, (24.0, 202.0), size, area, false);
            let tip = Rect { x, y, w: size.0, h: size.1 };
            assert!(!tip.overlaps(&scene.hits[1].rect), "covers its own event's block: {tip:?}");
            assert_eq!(y >= scene.hits[1].rect.bottom(), below, "below when there is room, else above: {tip:?}");
        }
    }

    #[test]
    fn tooltips_stay_in_the_visible_area_even_if_that_covers_a_neighbour() {
        // The mark is near the bottom of what the reader sees: the tooltip goes above it.
        let scene = scene_with_marks(&[(300.0, 250.0), (330.0, 200.0)]);
        let area = Rect { x: 0.0, y: 0.0, w: 800.0, h: 280.0 };
        let (_, y) = place_tooltip(&scene, (300.0, 250.0), (200.0, 150.0), area, false);
        assert!(y >= 0.0 && y + 150.0 <= 280.0, "y = {y}");
    }
}
