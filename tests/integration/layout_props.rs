//! Property: for random cases and widths, no label overlaps another label, a mark, a bar, a lane
//! name or the axis, and every label stays inside the widget.

use case_timeline::layout::{layout, Layout, Rect};
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
            Case { title: "Random".into(), locale: "en".into(), parties, events, ..Case::default() }
        })
    })
}

fn labels(l: &Layout) -> Vec<(String, Rect)> {
    let mut out = Vec::new();
    for (i, item) in l.items.iter().enumerate() {
        for t in item.title.iter().chain(item.date.iter()) {
            out.push((format!("item {i} label {:?}", t.text), t.rect()));
        }
    }
    for lane in &l.lanes {
        out.push((format!("lane label {:?}", lane.label.text), lane.label.rect()));
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
        let l = layout(&case, width, None, &Theme::light(), &Estimate, &English);
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
        // Every event is either drawn or inside a badge, at most once.
        let mut seen = vec![0u32; case.events.len()];
        for item in &l.items {
            for &e in &item.events { seen[e] += 1; }
        }
        prop_assert!(seen.iter().all(|&n| n <= 1));
    }

    #[test]
    fn tick_labels_do_not_overlap(case in case(), width in 200.0f32..1600.0) {
        let l = layout(&case, width, None, &Theme::light(), &Estimate, &English);
        for set in [&l.minor_labels, &l.major_labels] {
            for pair in set.windows(2) {
                prop_assert!(pair[0].rect().right() <= pair[1].rect().x, "{:?} / {:?}", pair[0], pair[1]);
            }
        }
    }
}
