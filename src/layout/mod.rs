//! Where everything goes, in CSS pixels. Two layouts of the same types, chosen by the width's
//! [`Metrics`]: lanes across ([`lanes`]: a lane per party, rows of events, the time axis; labels
//! never overlap each other, marks or the axis, and events whose marks would collide merge into
//! a count badge) and, on phones, one column with time running down the page ([`column`]: every
//! title in full, the first quote under it). Both carry the case's header (title, summary,
//! outcome), the party list, the legend and the source credit ([`header`]).

pub use crate::geom::Rect;

mod column;
mod header;
mod lanes;
mod legend;
mod rows;

use crate::locale::{event_date_text, Locale};
use crate::model::{Case, Kind, Precision, Role, Seconds, Status};
use crate::scale::{Ticks, TimeScale};
use crate::text::{Font, TextMeasure};
use crate::theme::{Color, Metrics, Theme};

/// A line of text placed at `x` (its left edge; or right edge when `end_anchored`) and
/// vertically centred on `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    /// The text, as drawn (possibly cut with "…" in the lanes; never in the column).
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
    /// A start-anchored line at (x, y), measured.
    pub fn new(text: String, x: f32, y: f32, font: Font, measure: &dyn TextMeasure) -> TextBox {
        TextBox { width: measure.width(&text, font), text, x, y, font, end_anchored: false }
    }

    /// The box the text covers (height 1.25 × the font size).
    pub fn rect(&self) -> Rect {
        let h = f32::from(self.font.size) * 1.25;
        let left = if self.end_anchored { self.x - self.width } else { self.x };
        Rect { x: left, y: self.y - h / 2.0, w: self.width, h }
    }
}

/// Which colour of the theme a line is drawn in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ink {
    /// The main text colour.
    Text,
    /// Secondary text.
    Muted,
    /// A party's colour (already adjusted for text contrast).
    Party(Color),
}

/// A line of text and its colour.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// What and where.
    pub text: TextBox,
    /// In which colour.
    pub ink: Ink,
}

/// Lines of wrapped text, `pitch` apart, the first centred on `y`; returns them and the y just
/// below the last.
#[allow(clippy::too_many_arguments)]
pub(crate) fn lines(
    measure: &dyn TextMeasure,
    text: &str,
    font: Font,
    ink: Ink,
    x: f32,
    top: f32,
    width: f32,
    m: &Metrics,
) -> (Vec<Line>, f32) {
    let pitch = m.line(font);
    let mut y = top;
    let out = crate::text::wrap(measure, text, font, width)
        .into_iter()
        .map(|t| {
            let line = Line { text: TextBox::new(t, x, y + pitch / 2.0, font, measure), ink };
            y += pitch;
            line
        })
        .collect();
    (out, y)
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
    /// The case's outcome, beside the decisive event's date (see [`decisive`]).
    pub outcome: Option<TextBox>,
    /// Further lines: in the column, the party's name, the rest of the title, the first quote
    /// and who said it, and how many more quotes there are.
    pub lines: Vec<Line>,
    /// A day-precision event on an axis where a day is wider than its mark: the day's extent,
    /// drawn as a band behind the row (it takes no room from other events).
    pub band: Option<(f32, f32)>,
    /// Top and bottom of the band (the row's extent).
    pub band_y: (f32, f32),
    /// The event that ends the case (drawn as the most prominent mark).
    pub decisive: bool,
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

    /// Every text box of the item: title, date, outcome and further lines.
    pub fn texts(&self) -> impl Iterator<Item = &TextBox> {
        self.title.iter().chain(self.date.iter()).chain(self.outcome.iter()).chain(self.lines.iter().map(|l| &l.text))
    }

    /// Mark, bar and labels together: what a pointer can hover.
    pub fn hit_box(&self) -> Rect {
        let mut r = self.mark_box;
        for t in self.texts() {
            let b = t.rect();
            let (x0, x1) = (r.x.min(b.x), r.right().max(b.right()));
            let (y0, y1) = (r.y.min(b.y), r.bottom().max(b.bottom()));
            r = Rect { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
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
    /// Only the day is known (a band over the day on an hourly axis).
    Day,
    /// The dots under a mark: the event's other parties.
    Parties,
}

/// One entry of the party list: a dot in the party's colour and its name (wrapped when longer
/// than a line).
#[derive(Clone, Debug, PartialEq)]
pub struct PartyEntry {
    /// Index into `Case::parties`.
    pub party: usize,
    /// Centre of the dot.
    pub x: f32,
    /// See `x`.
    pub y: f32,
    /// The party's colour (text contrast already met).
    pub color: Color,
    /// Its name, line by line.
    pub name: Vec<TextBox>,
}

/// Everything placed. All coordinates are CSS px from the widget's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// The sizes this layout was made with (the scene draws with the same); `metrics.column`
    /// tells which layout this is.
    pub metrics: Metrics,
    /// The case's title, summary and outcome, line by line (empty with the header off).
    pub header: Vec<Line>,
    /// Every party of the case, in the case's order, under the header.
    pub parties: Vec<PartyEntry>,
    /// The source credit, under the legend (empty with the header off).
    pub footer: Vec<Line>,
    /// The column's rail: its x and its top and bottom (`None` for lanes).
    pub rail: Option<(f32, f32, f32)>,
    /// Size of the whole drawing, CSS px.
    pub width: f32,
    /// See `width`.
    pub height: f32,
    /// Time → x.
    pub scale: TimeScale,
    /// The lanes, top to bottom (in the column: one per party, without a band or a name).
    pub lanes: Vec<Lane>,
    /// Drawn events and badges, lane by lane, each lane's in date order.
    pub items: Vec<Item>,
    /// The axis line's y (in the column: the bottom of the last event).
    pub axis_y: f32,
    /// The axis ticks.
    pub ticks: Ticks,
    /// Tick labels that fit, left to right, none overlapping.
    pub minor_labels: Vec<TextBox>,
    /// See `minor_labels`. In the column: the year (or month, or day) headings on the rail.
    pub major_labels: Vec<TextBox>,
    /// The legend, for what occurs in the case.
    pub legend: Vec<LegendEntry>,
}

/// The axis interval that shows every event with a little room on both sides.
pub fn full_domain(case: &Case) -> (Seconds, Seconds) {
    domain_of(case.events.iter().map(crate::model::Event::extent))
}

/// [`full_domain`] from the events' extents. A case of whole days (every extent a day or more)
/// is shown over at least a week, so dates that all fall on one day get day ticks, not hours no
/// event has; one with a time of day (a hearing hour by hour) fills the width.
fn domain_of(extents: impl IntoIterator<Item = (Seconds, Seconds)>) -> (Seconds, Seconds) {
    let (mut lo, mut hi, mut shortest) = (f64::INFINITY, f64::NEG_INFINITY, f64::INFINITY);
    for (a, b) in extents {
        lo = lo.min(a);
        hi = hi.max(b);
        shortest = shortest.min(b - a);
    }
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 86_400.0);
    }
    let span = hi - lo;
    let min_span = if shortest < 86_400.0 { 0.0 } else { 7.0 * 86_400.0 };
    let pad = (min_span - span).max(0.0) / 2.0 + span.max(min_span).max(86_400.0) * 0.04;
    (lo - pad, hi + pad)
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
    /// The whole case's interval ([`full_domain`]; computed once, it reads every date).
    pub domain: (Seconds, Seconds),
    /// The events of each lane's party (index into `Case::parties`; `None` for no party), in
    /// date order.
    pub members: Vec<(Option<usize>, Vec<usize>)>,
    /// The sizes the labels were measured in.
    pub metrics: Metrics,
    /// The event that ends the case ([`decisive`]).
    pub decisive: Option<usize>,
    /// The rows of the zoom last laid out, reused while panning.
    strip: rows::Cache,
}

impl Labels {
    /// True when these labels were measured for `m`'s set of sizes (there are two: the phone
    /// column's and the lanes').
    pub fn measured_for(&self, m: &Metrics) -> bool {
        self.metrics.column == m.column
    }

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
        let extent: Vec<(Seconds, Seconds)> = case.events.iter().map(crate::model::Event::extent).collect();
        Labels {
            title_width: case.events.iter().map(|e| measure.width(&e.title, m.title_font)).collect(),
            date_width: date
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let w = measure.width(d, m.date_font);
                    match (Some(i) == decisive(case), &case.outcome) {
                        (true, Some(o)) => w + m.gap + measure.width(o, m.outcome_beside()),
                        _ => w,
                    }
                })
                .collect(),
            date,
            anchor: (0..case.events.len()).map(|i| anchor(case, i).unwrap_or_default()).collect(),
            domain: domain_of(extent.iter().copied()),
            extent,
            members,
            metrics: *m,
            decisive: decisive(case),
            strip: rows::Cache::default(),
        }
    }
}

/// The event that ends the case, when the case says how it ended (`outcome`): its last ruling
/// that took place, else its last order. Drawn as the most prominent mark, with the outcome
/// beside it.
pub fn decisive(case: &Case) -> Option<usize> {
    case.outcome.as_ref()?;
    let last = |kind: Kind| case.events.iter().rposition(|e| e.kind == kind && e.status == Status::Happened);
    last(Kind::Ruling).or_else(|| last(Kind::Order))
}

/// Places `case` in a widget `width` CSS px wide, showing `window` (axis seconds; `None` = all),
/// with the case's header and credit unless `header` is false.
pub fn layout(
    case: &Case,
    width: f32,
    window: Option<(Seconds, Seconds)>,
    header: bool,
    theme: &Theme,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
) -> Layout {
    let m = Metrics::for_width(width);
    layout_with(case, &Labels::new(case, measure, locale, &m), width, window, header, theme, measure, locale)
}

/// [`layout`] with the event labels already measured (see [`Labels`]; measured again here if
/// they were measured for the other set of sizes).
#[allow(clippy::too_many_arguments)]
pub fn layout_with(
    case: &Case,
    labels: &Labels,
    width: f32,
    window: Option<(Seconds, Seconds)>,
    header: bool,
    theme: &Theme,
    measure: &dyn TextMeasure,
    locale: &dyn Locale,
) -> Layout {
    let width = width.clamp(200.0, 20_000.0);
    let m = Metrics::for_width(width);
    let fresh;
    let labels = if labels.measured_for(&m) {
        labels
    } else {
        fresh = Labels::new(case, measure, locale, &m);
        &fresh
    };
    let domain = window.unwrap_or(labels.domain);
    let top = header::Top::place(case, width, header, theme, measure, locale, &m);
    let mut l = if m.column {
        column::layout(case, labels, width, domain, &top, theme, measure, locale, &m)
    } else {
        lanes::layout(case, labels, width, domain, &top, theme, measure, locale, &m)
    };
    let legend_top = l.height;
    l.legend = legend::legend(case, &l, width, legend_top, measure, locale, &m);
    let legend_bottom = l.legend.last().map_or(legend_top, |e| e.y + m.legend_row / 2.0);
    let (footer, bottom) = header::footer(case, header, width, legend_bottom, measure, locale, &m);
    l.header = top.lines;
    l.parties = top.parties;
    l.footer = footer;
    l.height = bottom + m.pad;
    l
}

/// A lane's name and colour: the party's, or "Other events" in the secondary colour.
fn lane_of(case: &Case, party: Option<usize>, theme: &Theme, locale: &dyn Locale) -> (String, Color) {
    match party.and_then(|p| case.parties.get(p).map(|x| (p, x))) {
        Some((p, x)) => (x.name.clone(), theme.party_color(&case.parties, p)),
        None => (locale.text(crate::locale::Key::LaneOther).to_string(), theme.muted),
    }
}
