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
    // What the case has, in one pass over its events.
    let kinds = [
        (Kind::Filing, Key::KindFiling),
        (Kind::Hearing, Key::KindHearing),
        (Kind::Ruling, Key::KindRuling),
        (Kind::Order, Key::KindOrder),
        (Kind::Appeal, Key::KindAppeal),
        (Kind::Statement, Key::KindStatement),
        (Kind::Other, Key::KindOther),
    ];
    let mut seen = [false; 7];
    let mut has = [false; 6];
    for e in &case.events {
        for (s, (kind, _)) in seen.iter_mut().zip(kinds) {
            *s |= e.kind == kind;
        }
        let flags = [
            matches!(e.access, Access::Closed | Access::Sealed),
            e.access == Access::Partial,
            e.date.precision <= Precision::Month && e.end.is_none(),
            e.date.approximate || e.date.uncertain,
            e.status != Status::Happened,
            e.parties.len() > 1,
        ];
        for (h, f) in has.iter_mut().zip(flags) {
            *h |= f;
        }
    }
    let [closed, partial, imprecise, approximate, scheduled, parties] = has;
    let day = layout.items.iter().any(|i| i.band.is_some());
    let kinds = kinds.into_iter().map(|(kind, key)| (Sample::Kind(kind), key)).zip(seen);
    let rest = [
        ((Sample::Closed, Key::LegendClosed), closed),
        ((Sample::Partial, Key::LegendPartial), partial),
        ((Sample::Imprecise, Key::LegendImprecise), imprecise),
        ((Sample::Approximate, Key::LegendApproximate), approximate),
        ((Sample::Scheduled, Key::LegendScheduled), scheduled),
        ((Sample::Day, Key::LegendDay), day),
        ((Sample::Parties, Key::LegendParties), parties),
    ];
    let samples = kinds.chain(rest).filter(|(_, on)| *on).map(|((sample, key), _)| (sample, locale.text(key)));
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
