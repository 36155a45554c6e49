//! The legend: a sample and its meaning for every kind of mark, access and date the case has,
//! and for the dots of an event's other parties. A sample and its words stay on one row.

use super::{Layout, LegendEntry, Sample, TextBox};
use crate::locale::{Key, Locale};
use crate::model::{Access, Case, Kind, Precision, Status};
use crate::text::{fit, TextMeasure};
use crate::theme::Metrics;

pub(super) fn legend(
    case: &Case,
    layout: &Layout,
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
    if layout.items.iter().any(|i| i.band.is_some()) {
        samples.push((Sample::Day, locale.text(Key::LegendDay)));
    }
    if any(&|e| e.parties.len() > 1) {
        samples.push((Sample::Parties, locale.text(Key::LegendParties)));
    }
    let mut out = Vec::new();
    let (mut x, mut y) = (m.pad, top + m.legend_row / 2.0);
    for (sample, name) in samples {
        // Half the sample's width: the ruling's diamond and the day's band are wider.
        let half = match sample {
            Sample::Kind(Kind::Ruling) => m.mark_r * m.ruling_mark,
            Sample::Day => m.mark_r * 1.5,
            _ => m.mark_r,
        };
        let w = measure.width(name, m.legend_font);
        let entry_w = 2.0 * half + m.gap + w;
        if x > m.pad && x + entry_w > width - m.pad {
            x = m.pad;
            y += m.legend_row;
        }
        let text = fit(measure, name, m.legend_font, width - 2.0 * m.pad - 2.0 * half - m.gap).unwrap_or_default();
        let tw = measure.width(&text, m.legend_font);
        out.push(LegendEntry {
            sample,
            x: x + half,
            y,
            label: TextBox { text, x: x + 2.0 * half + m.gap, y, width: tw, font: m.legend_font, end_anchored: false },
        });
        x += entry_w + m.legend_spacing;
    }
    out
}
