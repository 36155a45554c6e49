//! Property: for random cases and widths — the lanes and, below 480 px, the phone column — no
//! label overlaps another label, a mark, a bar, a lane name, the header, the party list or the
//! axis, and every label stays inside the widget. In the column every title is drawn whole
//! (wrapped, never cut) and every event of the window is drawn or waits in a badge. Panning keeps
//! every row and badge, only slides them, and a window is laid out the same however it was
//! reached.

use case_timeline::layout::{full_domain, layout, layout_with, Labels, Layout, Rect, TextBox};
use case_timeline::locale::English;
use case_timeline::model::{Access, Case, CaseDate, Event, Kind, Party, Role, Status};
use case_timeline::text::Estimate;
use case_timeline::theme::Theme;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "Hearing",
    "ruling",
    "on",
    "the",
    "petition",
    "עתירה",
    "בית",
    "משפט",
    "appeal",
    "filed",
    "W",
    "i",
    "State",
    "of",
    "Israel",
    "NSO",
    "—",
    "2020",
];

fn title() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..12).prop_map(|w| w.join(" "))
}

fn date(span_days: i64) -> impl Strategy<Value = CaseDate> {
    (0..span_days.max(1), 0..4u8, 0..24i64, prop::bool::ANY).prop_map(|(day, precision, hour, approx)| {
        let base = jiff::civil::date(2015, 1, 1);
        let d = base.checked_add(jiff::Span::new().days(day)).unwrap();
        let text = match precision {
            0 => format!("{:04}", d.year()),
            1 => format!("{:04}-{:02}", d.year(), d.month()),
            2 => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            _ => format!("{:04}-{:02}-{:02}T{:02}:30", d.year(), d.month(), d.day(), hour),
        };
        CaseDate::parse(&format!("{text}{}", if approx { "~" } else { "" })).unwrap()
    })
}

fn case() -> impl Strategy<Value = Case> {
    (1..4000i64, 0..5usize).prop_flat_map(|(span, parties)| {
        let event = (
            date(span),
            prop::option::of(date(span)),
            title(),
            0..7u8,
            prop::collection::vec(0..parties.max(1), 0..3),
            0..4u8,
        );
        prop::collection::vec(event, 1..70).prop_map(move |raw| {
            let parties: Vec<Party> = (0..parties)
                .map(|i| Party {
                    id: format!("p{i}"),
                    name: format!("Party number {i}"),
                    role: if i == 0 { Role::Court } else { Role::Other },
                    color: None,
                })
                .collect();
            let mut events: Vec<Event> = raw
                .into_iter()
                .enumerate()
                .map(|(i, (date, end, title, kind, lanes, access))| Event {
                    id: format!("e{i}"),
                    end: end.filter(|e| e.start() >= date.start()),
                    date,
                    display_date: None,
                    kind: [
                        Kind::Filing,
                        Kind::Hearing,
                        Kind::Ruling,
                        Kind::Statement,
                        Kind::Order,
                        Kind::Appeal,
                        Kind::Other,
                    ][usize::from(kind)],
                    title,
                    summary: None,
                    parties: if parties.is_empty() { vec![] } else { lanes },
                    access: [Access::Public, Access::Partial, Access::Closed, Access::Sealed][usize::from(access)],
                    status: Status::Happened,
                    quotes: vec![],
                    sources: vec![],
                    lang: None,
                })
                .collect();
            events.sort_by(|a, b| a.date.start().total_cmp(&b.date.start()));
            let outcome = (events.len() % 2 == 0).then(|| "Petition rejected".to_string());
            let summary =
                Some("A random case, with a summary long enough to wrap onto a second line at phone widths.".into());
            Case {
                title: "Random case of the State of Israel v. NSO".into(),
                locale: "en".into(),
                parties,
                events,
                outcome,
                summary,
                ..Case::default()
            }
        })
    })
}

fn labels(l: &Layout) -> Vec<(String, Rect)> {
    let mut out = Vec::new();
    let mut add = |name: String, t: &TextBox| {
        if !t.text.is_empty() {
            out.push((name, t.rect()));
        }
    };
    for (i, item) in l.items.iter().enumerate() {
        for t in item.texts() {
            add(format!("item {i} label {:?}", t.text), t);
        }
    }
    for lane in &l.lanes {
        add(format!("lane label {:?}", lane.label.text), &lane.label);
    }
    for line in &l.header {
        add(format!("header {:?}", line.text.text), &line.text);
    }
    for p in &l.parties {
        for t in &p.name {
            add(format!("party {:?}", t.text), t);
        }
    }
    if l.metrics.column {
        for t in &l.major_labels {
            add(format!("heading {:?}", t.text), t);
        }
    }
    out
}

/// Overlap with a little tolerance for rounding.
fn overlap(a: &Rect, b: &Rect) -> bool {
    a.x + 0.5 < b.right() && b.x + 0.5 < a.right() && a.y + 0.5 < b.bottom() && b.y + 0.5 < a.bottom()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn labels_never_overlap_labels_marks_or_the_axis(case in case(), width in 200.0f32..1600.0) {
        let l = layout(&case, width, None, true, &Theme::light(), &Estimate, &English);
        let labels = labels(&l);
        for (i, (name, r)) in labels.iter().enumerate() {
            prop_assert!(r.x >= -0.5 && r.right() <= width + 0.5, "{name} {r:?} leaves the widget {width}");
            prop_assert!(r.bottom() <= l.axis_y + 0.5, "{name} {r:?} crosses the axis at {}", l.axis_y);
            for (other, s) in labels.iter().skip(i + 1) {
                prop_assert!(!overlap(r, s), "{name} {r:?} overlaps {other} {s:?}");
            }
            for (j, item) in l.items.iter().enumerate() {
                for o in item.obstacles(&l.metrics) {
                    prop_assert!(!overlap(r, &o), "{name} {r:?} overlaps mark/bar of item {j} {o:?}");
                }
            }
        }
        // Every event is either drawn or inside a badge, at most once (in the column: exactly
        // once, all of them being in the window).
        let mut seen = vec![0u32; case.events.len()];
        for item in &l.items {
            for &e in &item.events { seen[e] += 1; }
        }
        prop_assert!(seen.iter().all(|&n| n <= 1));
        if l.metrics.column {
            prop_assert!(seen.iter().all(|&n| n == 1), "{seen:?}");
            for item in l.items.iter().filter(|i| !i.is_cluster()) {
                let e = &case.events[item.events[0]];
                let font = l.metrics.title_font;
                let drawn: Vec<&str> = item.texts().filter(|t| t.font == font).map(|t| t.text.as_str()).collect();
                let joined = drawn.join(" ");
                prop_assert_eq!(joined.split_whitespace().collect::<Vec<_>>(), e.title.split_whitespace().collect::<Vec<_>>());
                prop_assert!(item.texts().all(|t| !t.text.contains('…')), "cut in the column: {:?}", item);
            }
        }
    }

    #[test]
    fn headers_and_credits_never_overlap_anything_and_off_means_off(case in case(), width in 200.0f32..1600.0) {
        let on = layout(&case, width, None, true, &Theme::light(), &Estimate, &English);
        let off = layout(&case, width, None, false, &Theme::light(), &Estimate, &English);
        prop_assert!(on.header.first().is_some_and(|l| case.title.starts_with(&l.text.text)));
        prop_assert!(off.header.is_empty() && off.footer.is_empty());
        prop_assert!(off.height < on.height);
        prop_assert_eq!(on.parties.len(), case.parties.len());
        for line in &on.footer {
            prop_assert!(line.text.rect().y >= on.legend.last().map_or(0.0, |e| e.label.rect().bottom()) - 0.5);
        }
    }

    #[test]
    fn tick_labels_do_not_overlap(case in case(), width in 200.0f32..1600.0) {
        let l = layout(&case, width, None, true, &Theme::light(), &Estimate, &English);
        // (The column's headings run down the page; they are checked with the other labels.)
        let sets = if l.metrics.column { vec![] } else { vec![&l.minor_labels, &l.major_labels] };
        for set in sets {
            for pair in set.windows(2) {
                prop_assert!(pair[0].rect().right() <= pair[1].rect().x, "{:?} / {:?}", pair[0], pair[1]);
            }
        }
    }

    #[test]
    fn panning_slides_the_rows_and_a_window_is_laid_out_the_same_however_reached(
        case in case(),
        width in 480.0f32..1600.0,
        zoom in 1.0f64..200.0,
        at in 0.0f64..1.0,
        by in -0.5f64..0.5,
    ) {
        let (theme, measure, locale) = (Theme::light(), Estimate, English);
        let m = case_timeline::theme::Metrics::for_width(width);
        let (a, b) = full_domain(&case);
        let span = (b - a) / zoom;
        let from = (a + (b - a - span) * at, a + (b - a - span) * at + span);
        let to = (from.0 + span * by, from.1 + span * by);
        // One set of labels for the whole walk, as the widget keeps them: the full view, then
        // the window, then the pan.
        let kept = Labels::new(&case, &measure, &locale, &m);
        let lay = |labels: &Labels, w| layout_with(&case, labels, width, Some(w), true, &theme, &measure, &locale);
        let _ = layout_with(&case, &kept, width, None, true, &theme, &measure, &locale);
        let before = lay(&kept, from);
        let after = lay(&kept, to);
        let fresh = lay(&Labels::new(&case, &measure, &locale, &m), to);
        prop_assert_eq!(&after, &fresh);
        prop_assert_eq!(
            before.lanes.iter().map(|l| l.bottom - l.top).collect::<Vec<_>>(),
            after.lanes.iter().map(|l| l.bottom - l.top).collect::<Vec<_>>()
        );
        let dx = before.scale.x(to.0) - before.scale.x(from.0);
        for item in &after.items {
            let Some(old) = before.items.iter().find(|i| i.events.first() == item.events.first()) else { continue };
            prop_assert_eq!((&old.events, old.lane, old.row), (&item.events, item.lane, item.row));
            // (A mark far out of view, whose bar is in view, is drawn nearer.)
            let near = |x: f32| x.abs() < 2.0 * width;
            if near(old.x) && near(item.x) {
                prop_assert!((old.x - dx - item.x).abs() < 0.05, "{} slid to {}, not by {dx}", old.x, item.x);
            }
        }
        // What is in view overlaps nothing.
        let labels: Vec<_> = labels(&after).into_iter().filter(|(_, r)| r.right() > 0.0 && r.x < width).collect();
        for (i, (name, r)) in labels.iter().enumerate() {
            for (j, item) in after.items.iter().enumerate() {
                for o in item.obstacles(&after.metrics) {
                    prop_assert!(!overlap(r, &o), "{name} {r:?} overlaps mark/bar of item {j} {o:?}");
                }
            }
            for (other, s) in labels.iter().skip(i + 1) {
                prop_assert!(!overlap(r, s), "{name} {r:?} overlaps {other} {s:?}");
            }
        }
    }
}

/// A case whose dates all fall on one day gets day ticks over a week around it, not hours no
/// event has; one with times of day on that day still gets hours.
#[test]
fn a_case_on_one_day_gets_days_unless_it_has_times() {
    use case_timeline::scale::Step;
    let on = |dates: &[&str]| {
        let events: Vec<String> = dates
            .iter()
            .enumerate()
            .map(|(i, d)| format!(r#"{{"id":"e{i}","date":"{d}","kind":"filing","title":"Event {i}"}}"#))
            .collect();
        let text = format!(r#"{{"version":1,"title":"T","events":[{}]}}"#, events.join(","));
        let case = crate::common::load(&text, &case_timeline::model::Limits::default()).unwrap().case;
        let (a, b) = full_domain(&case);
        let l = layout(&case, 900.0, None, true, &Theme::light(), &Estimate, &English);
        (b - a, l.ticks.step)
    };
    let (span, step) = on(&["2024-03-05", "2024-03-05"]);
    assert!(span >= 7.0 * 86_400.0, "a one-day case spans {span} s");
    assert!(matches!(step, Step::Days(_)), "{step:?}");
    let (span, step) = on(&["2024-03-05T09:30", "2024-03-05T16:00"]);
    assert!(span < 86_400.0, "a timed day spans {span} s");
    assert!(matches!(step, Step::Hours(_) | Step::Minutes(_)), "{step:?}");
    let (_, step) = on(&["2024-03-01", "2024-09-30"]);
    assert!(matches!(step, Step::Months(_)), "{step:?}");
}
