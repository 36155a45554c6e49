//! The picture as a flat list of shapes, plus the regions a pointer can hit — both from one
//! pass, so what is drawn is what is hoverable. All coordinates and sizes are CSS px; the
//! renderer scales them by the device pixel ratio.

use crate::geom::Rect;
use crate::layout::{Ink, Item, Layout, Sample, TextBox};
use crate::model::{Access, Case, Kind, Status};
use crate::text::Font;
use crate::theme::{Color, Metrics, Theme};
pub use crate::view::ViewState;

/// Horizontal alignment of a text's anchor point; text is always vertically centred.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// The anchor is the text's start (left).
    Start,
    /// Its centre.
    Center,
    /// Its end (right).
    End,
}

/// One drawing instruction, in CSS px.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A filled rectangle.
    Rect {
        /// Where.
        rect: Rect,
        /// Colour.
        fill: Color,
    },
    /// A filled polygon (closed implicitly).
    Polygon {
        /// Corners, in order.
        points: Vec<(f32, f32)>,
        /// Colour.
        fill: Color,
    },
    /// A filled circle.
    Circle {
        /// Centre.
        x: f32,
        /// Centre.
        y: f32,
        /// Radius.
        r: f32,
        /// Colour.
        fill: Color,
    },
    /// A straight line.
    Line {
        /// One end.
        from: (f32, f32),
        /// The other.
        to: (f32, f32),
        /// Stroke width.
        width: f32,
        /// Colour.
        color: Color,
    },
    /// One line of text, vertically centred on `y`.
    Text {
        /// What to write (bidi-isolated when not ASCII, see [`isolate`]).
        text: String,
        /// Anchor point.
        x: f32,
        /// Anchor point.
        y: f32,
        /// Size and weight.
        font: Font,
        /// Colour.
        color: Color,
        /// Which part of the text the anchor is.
        align: Align,
    },
}

/// What a pointer over `rect` refers to: one event, or the events of a count badge.
#[derive(Clone, Debug, PartialEq)]
pub struct HitRegion {
    /// Indices into `Case::events`.
    pub events: Vec<usize>,
    /// What counts as over it.
    pub rect: Rect,
    /// Centre of the mark, where a tooltip points.
    pub mark: (f32, f32),
}

/// Shapes in paint order, and hit regions in the order of `Layout::items`.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// The sizes the scene was drawn with (those of its layout).
    pub metrics: Metrics,
    /// Size, CSS px.
    pub width: f32,
    /// See `width`.
    pub height: f32,
    /// The CSS font-family every text is drawn in.
    pub font_family: String,
    /// Shapes in paint order.
    pub shapes: Vec<Shape>,
    /// Hit regions, in the order of `Layout::items`.
    pub hits: Vec<HitRegion>,
}

/// Builds the scene for a layout.
pub fn build(case: &Case, layout: &Layout, theme: &Theme, view: ViewState) -> Scene {
    let m = &layout.metrics;
    let mut s: Vec<Shape> = Vec::new();
    s.push(Shape::Rect { rect: Rect { x: 0.0, y: 0.0, w: layout.width, h: layout.height }, fill: theme.background });
    for line in layout.header.iter().chain(layout.footer.iter()) {
        text(&mut s, &line.text, ink(line.ink, theme));
    }
    for p in &layout.parties {
        s.push(Shape::Circle { x: p.x, y: p.y, r: m.dot_r * 1.6, fill: p.color });
        for name in &p.name {
            text(&mut s, name, p.color);
        }
    }
    if let Some((x, top, bottom)) = layout.rail {
        rail(&mut s, layout, x, top, bottom, theme);
    } else {
        axis(&mut s, layout, theme);
    }

    // Day bands first: behind every mark and label of their lane.
    for item in &layout.items {
        if let (Some((l, r)), Some(lane)) = (item.band, layout.lanes.get(item.lane)) {
            let (top, bottom) = item.band_y;
            s.push(Shape::Rect {
                rect: Rect { x: l, y: top, w: r - l, h: bottom - top },
                fill: lane.color.with_alpha(0.12),
            });
        }
    }
    let mut hits = Vec::with_capacity(layout.items.len());
    for item in &layout.items {
        let Some(lane) = layout.lanes.get(item.lane) else {
            continue;
        };
        draw_item(&mut s, case, item, lane.color, theme, view, m);
        let r = item.hit_box();
        let rect = if m.column {
            // The whole width of the event's block: a finger anywhere on it.
            Rect { x: 0.0, y: r.y, w: layout.width, h: r.h }
        } else {
            Rect { x: r.x - 2.0, y: r.y, w: r.w + 4.0, h: r.h }
        };
        hits.push(HitRegion { events: item.events.clone(), rect, mark: (item.x, item.y) });
    }

    for entry in &layout.legend {
        let (x, y) = (entry.x, entry.y);
        let color = theme.muted;
        // A padlock and its mark are centred on the row together.
        let locked_y = y + (m.lock_w * 1.5 + 1.0) / 2.0;
        match entry.sample {
            Sample::Kind(kind) => mark(&mut s, kind, x, y, color, Access::Public, theme, m),
            Sample::Closed => mark(&mut s, Kind::Hearing, x, locked_y, color, Access::Closed, theme, m),
            Sample::Partial => mark(&mut s, Kind::Hearing, x, locked_y, color, Access::Partial, theme, m),
            Sample::Imprecise => bracket(&mut s, x - m.mark_r, x + m.mark_r, y, color),
            Sample::Approximate => dashed_ring(&mut s, x, y, m.mark_r - 1.0, color),
            Sample::Scheduled => hollow(&mut s, &polygon(Kind::Hearing, x, y, m), color, theme.background),
            Sample::Day => {
                let rect = Rect { x: x - m.mark_r * 1.5, y: y - m.mark_r * 1.3, w: m.mark_r * 3.0, h: m.mark_r * 2.6 };
                s.push(Shape::Rect { rect, fill: color.with_alpha(0.2) });
                s.push(Shape::Circle { x, y, r: m.mark_r * 0.6, fill: color });
            }
            Sample::Parties => {
                s.push(Shape::Circle { x, y: y - m.dot_r, r: m.mark_r * 0.6, fill: color });
                for dx in [-m.dot_step / 2.0, m.dot_step / 2.0] {
                    s.push(Shape::Circle { x: x + dx, y: y + m.mark_r * 0.6 + m.dot_r, r: m.dot_r, fill: color });
                }
            }
        }
        text(&mut s, &entry.label, theme.text);
    }
    Scene {
        metrics: *m,
        width: layout.width,
        height: layout.height,
        font_family: theme.font_family.clone(),
        shapes: s,
        hits,
    }
}

/// The colour of `ink` in `theme`.
fn ink(ink: Ink, theme: &Theme) -> Color {
    match ink {
        Ink::Text => theme.text,
        Ink::Muted => theme.muted,
        Ink::Party(c) => c,
    }
}

/// Lane bands, grid, ticks, the axis line and its labels, and the lane names.
fn axis(s: &mut Vec<Shape>, layout: &Layout, theme: &Theme) {
    let m = &layout.metrics;
    let (left, right) = layout.scale.range;
    for (i, lane) in layout.lanes.iter().enumerate() {
        if i % 2 == 1 {
            s.push(Shape::Rect {
                rect: Rect { x: 0.0, y: lane.top, w: layout.width, h: lane.bottom - lane.top },
                fill: theme.band,
            });
        }
    }
    let lanes_top = layout.lanes.first().map_or(layout.axis_y, |l| l.top);
    for t in &layout.ticks.minor {
        let x = layout.scale.x(t.at);
        if x >= left - m.mark_r && x <= right + m.mark_r {
            s.push(Shape::Line { from: (x, lanes_top), to: (x, layout.axis_y), width: 1.0, color: theme.grid });
            s.push(Shape::Line {
                from: (x, layout.axis_y),
                to: (x, layout.axis_y + m.minor_tick),
                width: 1.0,
                color: theme.axis,
            });
        }
    }
    for t in &layout.ticks.major {
        let x = layout.scale.x(t.at);
        // Where a minor label is drawn ("00:00" at midnight, "Jan"), its own tick marks the
        // instant: the long tick would run through the label.
        let labelled = layout.minor_labels.iter().any(|l| (l.x..=l.x + l.width).contains(&x));
        if !labelled && x >= left - m.mark_r && x <= right + m.mark_r {
            s.push(Shape::Line {
                from: (x, layout.axis_y),
                to: (x, layout.axis_y + m.major_tick),
                width: 1.0,
                color: theme.axis,
            });
        }
    }
    s.push(Shape::Line {
        from: (left - m.mark_r, layout.axis_y),
        to: (right + m.mark_r, layout.axis_y),
        width: 1.0,
        color: theme.axis,
    });
    for label in &layout.minor_labels {
        text(s, label, theme.muted);
    }
    for label in &layout.major_labels {
        text(s, label, theme.text);
    }
    for lane in &layout.lanes {
        text(s, &lane.label, lane.color);
    }
}

/// The column's rail (time running down) and its headings, each on a rule across the column.
fn rail(s: &mut Vec<Shape>, layout: &Layout, x: f32, top: f32, bottom: f32, theme: &Theme) {
    let m = &layout.metrics;
    for h in &layout.major_labels {
        let r = h.rect();
        s.push(Shape::Line {
            from: (r.right() + m.gap, h.y),
            to: (layout.width - m.pad, h.y),
            width: 1.0,
            color: theme.grid,
        });
    }
    s.push(Shape::Line { from: (x, top), to: (x, bottom), width: 2.0, color: theme.axis });
    for h in &layout.major_labels {
        // The heading sits on the rail, which passes behind it.
        let r = h.rect();
        s.push(Shape::Rect { rect: Rect { x: r.x - 2.0, y: r.y, w: r.w + 4.0, h: r.h }, fill: theme.background });
        text(s, h, theme.text);
    }
}

fn text(s: &mut Vec<Shape>, t: &TextBox, color: Color) {
    if t.text.is_empty() {
        return;
    }
    let align = if t.end_anchored { Align::End } else { Align::Start };
    s.push(Shape::Text { text: isolate(&t.text), x: t.x, y: t.y, font: t.font, color, align });
}

/// Wraps text that is not plain ASCII in a Unicode first-strong isolate (FSI … PDI), so a
/// Hebrew or Arabic title reads right to left inside the left-to-right drawing (like HTML's
/// `dir="auto"`), and stray direction overrides in case text cannot leak past it.
/// Characters that XML 1.0 (so SVG) cannot carry, and that a canvas would not draw, become
/// U+FFFD.
pub fn isolate(text: &str) -> String {
    let drawable = |c: char| matches!(c, ' '..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    let clean: String = text.chars().map(|c| if drawable(c) { c } else { '\u{FFFD}' }).collect();
    if clean.is_ascii() {
        clean
    } else {
        format!("\u{2068}{clean}\u{2069}")
    }
}

fn draw_item(s: &mut Vec<Shape>, case: &Case, item: &Item, color: Color, theme: &Theme, view: ViewState, m: &Metrics) {
    let (x, y) = (item.x, item.y);
    let first = item.events.first().and_then(|&i| case.events.get(i));
    if item.is_cluster() {
        let n = item.events.len();
        let label = if n > 99 { "99+".to_string() } else { n.to_string() };
        // Wide enough for its digits.
        let digits = label.chars().count().saturating_sub(1) as f32;
        let r = (m.mark_r + 2.0 + digits * f32::from(m.badge_font.size) * 0.3).min(m.mark_r * m.widest_mark);
        s.push(Shape::Circle { x, y, r, fill: color });
        s.push(Shape::Text { text: label, x, y, font: m.badge_font, color: theme.background, align: Align::Center });
    } else if let Some(e) = first {
        if let Some((l, r)) = item.bar {
            if e.end.is_some() {
                s.push(Shape::Rect {
                    rect: Rect { x: l, y: y + m.bar_dy - 1.0, w: r - l, h: 3.5 },
                    fill: color.with_alpha(0.35),
                });
            } else {
                bracket(s, l, r, y + m.bar_dy, color);
            }
        }
        if item.decisive {
            // The event that ends the case: an outline in the text colour around its mark.
            s.push(Shape::Polygon { points: diamond(x, y, m.mark_r * m.ruling_mark + 3.0), fill: theme.text });
            s.push(Shape::Polygon { points: diamond(x, y, m.mark_r * m.ruling_mark + 1.5), fill: theme.background });
        }
        if e.status == Status::Happened {
            mark(s, e.kind, x, y, color, e.access, theme, m);
        } else {
            hollow(s, &polygon(e.kind, x, y, m), color, theme.background);
            if e.status == Status::Cancelled {
                s.push(Shape::Line {
                    from: (x - m.mark_r - 3.0, y + m.mark_r + 1.0),
                    to: (x + m.mark_r + 3.0, y - m.mark_r - 1.0),
                    width: 2.0,
                    color: theme.text,
                });
            }
        }
        if e.date.approximate || e.date.uncertain {
            dashed_ring(s, x, y, m.mark_r + 3.5, color);
        }
        if e.date.uncertain {
            s.push(Shape::Text {
                text: "?".to_string(),
                x: x + m.mark_r + 1.0,
                y: y - m.mark_r - 4.0,
                font: m.badge_font,
                color,
                align: Align::Center,
            });
        }
        // Other parties of the event, as small dots under the mark.
        let others: Vec<usize> = e.parties.iter().skip(1).copied().collect();
        let start = x - (others.len().saturating_sub(1)) as f32 * m.dot_step / 2.0;
        let below = if e.kind == Kind::Ruling { m.mark_r * m.ruling_mark - m.mark_r } else { 0.0 };
        for (k, p) in others.iter().enumerate() {
            let c = case.parties.get(*p).map_or(theme.muted, |_| theme.party_color(&case.parties, *p));
            let dot_y = y + m.mark_r + m.dot_dy + below.min(m.dots_down - m.dot_dy - m.dot_r);
            s.push(Shape::Circle { x: start + k as f32 * m.dot_step, y: dot_y, r: m.dot_r, fill: c });
        }
    }
    let has = |target: Option<usize>| target.is_some_and(|t| item.events.contains(&t));
    let big = if first.is_some_and(|e| e.kind == Kind::Ruling) { m.mark_r * (m.ruling_mark - 1.0) } else { 0.0 };
    if has(view.hovered) {
        ring(s, x, y, m.mark_r + big + m.hover_ring.0, m.hover_ring.1, color.with_alpha(0.7));
    }
    if has(view.focused) {
        ring(s, x, y, m.mark_r + big + m.focus_ring.0, m.focus_ring.1, theme.focus);
    }
    // In reading order, top to bottom and from the start of each line: party, title, date,
    // outcome, quote (so wrapped lines follow each other).
    let mut texts: Vec<(&TextBox, Color)> = Vec::with_capacity(3 + item.lines.len());
    texts.extend(item.title.iter().map(|t| (t, theme.text)));
    texts.extend(item.date.iter().map(|t| (t, theme.muted)));
    texts.extend(item.outcome.iter().map(|t| (t, theme.text)));
    texts.extend(item.lines.iter().map(|l| (&l.text, ink(l.ink, theme))));
    crate::sort::sort_by(&mut texts, |a, b| {
        a.0.rect().y.total_cmp(&b.0.rect().y).then(a.0.rect().x.total_cmp(&b.0.rect().x))
    });
    for (t, color) in texts {
        text(s, t, color);
    }
}

/// A diamond of half-diagonal `r` centred on (x, y).
fn diamond(x: f32, y: f32, r: f32) -> Vec<(f32, f32)> {
    vec![(x, y - r), (x + r, y), (x, y + r), (x - r, y)]
}

/// The outline of a mark of `kind` centred on (x, y): a convex polygon, so it can be hatched.
/// Filing ■, hearing ●, ruling ◆ (the largest, `m.ruling_mark`), statement (speech bubble),
/// order ▼, appeal ▲, other (small ●); `m.mark_r` across.
pub fn polygon(kind: Kind, x: f32, y: f32, m: &Metrics) -> Vec<(f32, f32)> {
    let r = m.mark_r;
    let regular = |n: usize, radius: f32, phase: f32| -> Vec<(f32, f32)> {
        (0..n)
            .map(|i| {
                let a = phase + std::f32::consts::TAU * i as f32 / n as f32;
                (x + radius * crate::math::cos(a), y + radius * crate::math::sin(a))
            })
            .collect()
    };
    match kind {
        Kind::Filing => vec![
            (x - r * 0.85, y - r * 0.85),
            (x + r * 0.85, y - r * 0.85),
            (x + r * 0.85, y + r * 0.85),
            (x - r * 0.85, y + r * 0.85),
        ],
        Kind::Hearing => regular(20, r, 0.0),
        // Rulings are the moments a case turns on: the largest mark.
        Kind::Ruling => diamond(x, y, r * m.ruling_mark),
        // Statements are reactions: drawn a little smaller than the proceedings themselves.
        Kind::Statement => {
            let r = r * 0.85;
            vec![
                (x - r, y - r * 0.75),
                (x + r, y - r * 0.75),
                (x + r, y + r * 0.45),
                (x - r * 0.2, y + r * 0.45),
                (x - r * 0.75, y + r * 1.05),
                (x - r * 0.65, y + r * 0.45),
                (x - r, y + r * 0.45),
            ]
        }
        Kind::Order => vec![(x - r * 1.05, y - r * 0.8), (x + r * 1.05, y - r * 0.8), (x, y + r * 1.1)],
        Kind::Appeal => vec![(x, y - r * 1.1), (x + r * 1.05, y + r * 0.8), (x - r * 1.05, y + r * 0.8)],
        Kind::Other => regular(12, r * 0.7, 0.0),
    }
}

#[allow(clippy::too_many_arguments)]
fn mark(s: &mut Vec<Shape>, kind: Kind, x: f32, y: f32, color: Color, access: Access, theme: &Theme, m: &Metrics) {
    let outline = polygon(kind, x, y, m);
    match access {
        Access::Public => match kind {
            // True circles read better than polygons at this size.
            Kind::Hearing => s.push(Shape::Circle { x, y, r: m.mark_r, fill: color }),
            Kind::Other => s.push(Shape::Circle { x, y, r: m.mark_r * 0.7, fill: color }),
            _ => s.push(Shape::Polygon { points: outline, fill: color }),
        },
        Access::Closed | Access::Sealed | Access::Partial => {
            hollow(s, &outline, color, theme.background);
            let from_x = if access == Access::Partial { x } else { f32::NEG_INFINITY };
            hatch(s, &outline, from_x, color);
            let top = if kind == Kind::Ruling { m.mark_r * m.ruling_mark + 3.0 } else { m.mark_r };
            let k = m.lock_w / 8.0;
            let lock_color = if access == Access::Sealed { theme.text } else { color };
            lock(s, x, y - top - 1.0 - 6.0 * k, k, lock_color, theme.background);
        }
    }
}

/// Background-filled shape with a 2 px outline.
fn hollow(s: &mut Vec<Shape>, outline: &[(f32, f32)], color: Color, background: Color) {
    s.push(Shape::Polygon { points: outline.to_vec(), fill: color });
    let (cx, cy) = centroid(outline);
    let inner: Vec<(f32, f32)> = outline
        .iter()
        .map(|&(px, py)| {
            let (dx, dy) = (px - cx, py - cy);
            let len = (dx * dx + dy * dy).sqrt().max(0.001);
            let k = ((len - 2.0) / len).max(0.0);
            (cx + dx * k, cy + dy * k)
        })
        .collect();
    s.push(Shape::Polygon { points: inner, fill: background });
}

fn centroid(points: &[(f32, f32)]) -> (f32, f32) {
    let n = points.len().max(1) as f32;
    let (sx, sy) = points.iter().fold((0.0, 0.0), |(a, b), (x, y)| (a + x, b + y));
    (sx / n, sy / n)
}

/// 45° lines 3.5 px apart inside a convex polygon, only where x ≥ `from_x`.
fn hatch(s: &mut Vec<Shape>, outline: &[(f32, f32)], from_x: f32, color: Color) {
    let (min_x, max_x) = outline.iter().fold((f32::INFINITY, f32::NEG_INFINITY), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (min_y, max_y) = outline.iter().fold((f32::INFINITY, f32::NEG_INFINITY), |(a, b), p| (a.min(p.1), b.max(p.1)));
    let size = (max_x - min_x) + (max_y - min_y);
    let mut c = -size;
    while c <= size {
        // The line x - min_x = (y - min_y) + c, as a long segment, clipped to the polygon.
        let a = (min_x + c - size, min_y - size);
        let b = (min_x + c + 2.0 * size, min_y + 2.0 * size);
        if let Some((p, q)) = clip_convex(a, b, outline) {
            if let Some((p, q)) = clip_left(p, q, from_x) {
                s.push(Shape::Line { from: p, to: q, width: 1.3, color });
            }
        }
        c += 3.5;
    }
}

/// Cyrus–Beck clipping of segment a–b to a convex polygon (either winding).
fn clip_convex(a: (f32, f32), b: (f32, f32), poly: &[(f32, f32)]) -> Option<((f32, f32), (f32, f32))> {
    let (cx, cy) = centroid(poly);
    let d = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f32, 1.0f32);
    for (i, p) in poly.iter().enumerate() {
        let q = poly.get((i + 1) % poly.len())?;
        let edge = (q.0 - p.0, q.1 - p.1);
        let mut normal = (-edge.1, edge.0);
        // Point the normal inwards.
        if normal.0 * (cx - p.0) + normal.1 * (cy - p.1) < 0.0 {
            normal = (-normal.0, -normal.1);
        }
        let num = normal.0 * (a.0 - p.0) + normal.1 * (a.1 - p.1);
        let den = normal.0 * d.0 + normal.1 * d.1;
        if den.abs() < 1e-9 {
            if num < 0.0 {
                return None;
            }
        } else {
            let t = -num / den;
            if den > 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
        if t0 > t1 {
            return None;
        }
    }
    Some(((a.0 + d.0 * t0, a.1 + d.1 * t0), (a.0 + d.0 * t1, a.1 + d.1 * t1)))
}

fn clip_left(p: (f32, f32), q: (f32, f32), from_x: f32) -> Option<((f32, f32), (f32, f32))> {
    let (p, q) = if p.0 <= q.0 { (p, q) } else { (q, p) };
    if q.0 < from_x {
        return None;
    }
    if p.0 >= from_x {
        return Some((p, q));
    }
    let t = (from_x - p.0) / (q.0 - p.0);
    Some(((from_x, p.1 + (q.1 - p.1) * t), q))
}

/// A padlock `8 × k` px wide, centred on x, its body's top at `y` (with its background it takes
/// `12 × k` px, `6 × k` above and below `y`).
fn lock(s: &mut Vec<Shape>, x: f32, y: f32, k: f32, color: Color, background: Color) {
    s.push(Shape::Rect { rect: Rect { x: x - 5.5 * k, y: y - 6.0 * k, w: 11.0 * k, h: 12.0 * k }, fill: background });
    s.push(Shape::Rect { rect: Rect { x: x - 4.0 * k, y: y - 0.5 * k, w: 8.0 * k, h: 5.5 * k }, fill: color });
    let shackle = [(-2.5, 0.0), (-2.5, -3.0), (-1.5, -4.5), (1.5, -4.5), (2.5, -3.0), (2.5, 0.0)]
        .map(|(dx, dy)| (x + dx * k, y + dy * k));
    for pair in shackle.windows(2) {
        if let [p, q] = pair {
            s.push(Shape::Line { from: *p, to: *q, width: 1.5 * k, color });
        }
    }
}

/// "Some time within": a bracket under the mark spanning the whole month or year.
fn bracket(s: &mut Vec<Shape>, l: f32, r: f32, y: f32, color: Color) {
    s.push(Shape::Line { from: (l, y), to: (r, y), width: 1.5, color });
    s.push(Shape::Line { from: (l, y - 0.75), to: (l, y + 3.5), width: 1.5, color });
    s.push(Shape::Line { from: (r, y - 0.75), to: (r, y + 3.5), width: 1.5, color });
}

fn ring(s: &mut Vec<Shape>, x: f32, y: f32, r: f32, width: f32, color: Color) {
    let n = 28;
    let points: Vec<(f32, f32)> = (0..=n)
        .map(|i| {
            let a = std::f32::consts::TAU * i as f32 / n as f32;
            (x + r * crate::math::cos(a), y + r * crate::math::sin(a))
        })
        .collect();
    for pair in points.windows(2) {
        if let [p, q] = pair {
            s.push(Shape::Line { from: *p, to: *q, width, color });
        }
    }
}

/// Eight dashes around the mark: the date is approximate.
fn dashed_ring(s: &mut Vec<Shape>, x: f32, y: f32, r: f32, color: Color) {
    for k in 0..8 {
        let a0 = std::f32::consts::TAU * k as f32 / 8.0;
        let a1 = a0 + std::f32::consts::TAU / 16.0;
        s.push(Shape::Line {
            from: (x + r * crate::math::cos(a0), y + r * crate::math::sin(a0)),
            to: (x + r * crate::math::cos(a1), y + r * crate::math::sin(a1)),
            width: 1.5,
            color,
        });
    }
}
