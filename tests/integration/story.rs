//! The story at a glance (issue 14), natively: the demo case and the dense docket laid out at the
//! issue's widths with the deterministic estimate (wider than real fonts), the header, the party
//! list, the decisive ruling, the day band, the phone column through the CLI.

use std::process::Command;

use case_timeline::layout::{layout, Layout};
use case_timeline::locale::English;
use case_timeline::model::{load, Case, Format, Input, Limits};
use case_timeline::scene::{build, Shape, ViewState};
use case_timeline::text::Estimate;
use case_timeline::theme::Theme;

const NSO: &str = include_str!("../../www/cases/nso-amnesty.json");
const DENSE: &str = include_str!("../../www/cases/dense-docket.json");

fn case(text: &str) -> Case {
    load(Input::Text(text), Format::Case, &Limits::default()).case.unwrap()
}

fn lay(case: &Case, width: f32) -> Layout {
    layout(case, width, None, true, &Theme::light(), &Estimate, &English)
}

/// Every string the scene draws, in paint order, without bidi isolates.
fn drawn(case: &Case, l: &Layout) -> Vec<String> {
    build(case, l, &Theme::light(), ViewState::default())
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.replace(['\u{2068}', '\u{2069}'], "")),
            _ => None,
        })
        .collect()
}

fn whole(drawn: &[String], text: &str) -> bool {
    let joined = drawn.join(" ");
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    norm(&joined).contains(&norm(text))
}

#[test]
fn on_phones_every_title_is_drawn_whole_in_one_column() {
    let nso = case(NSO);
    let dense = case(DENSE);
    for width in [320.0, 375.0, 414.0] {
        let l = lay(&nso, width);
        assert!(l.metrics.column && l.rail.is_some(), "{width}: not the column");
        let text = drawn(&nso, &l);
        for e in &nso.events {
            assert!(whole(&text, &e.title), "{width}: {:?} not drawn whole in {text:?}", e.title);
        }
        assert!(text.iter().all(|s| !s.contains('…')), "{width}: something is cut: {text:?}");
        // Down the page in date order.
        let ys: Vec<f32> = l.items.iter().map(|i| i.y).collect();
        assert!(ys.windows(2).all(|w| w[0] < w[1]), "{ys:?}");
        assert_eq!(l.items.len(), nso.events.len());
        let d = lay(&dense, width);
        let text = drawn(&dense, &d);
        for e in dense.events.iter().take(20) {
            assert!(whole(&text, &e.title), "{width}: dense {:?} not drawn whole", e.title);
        }
        // The rest waits in a badge at the end, none lost.
        let counted: usize = d.items.iter().map(|i| i.events.len()).sum();
        assert_eq!(counted, dense.events.len());
        assert!(d.height < 12_000.0, "the phone page stays bounded: {}", d.height);
    }
}

#[test]
fn from_768_px_no_nso_title_is_cut_and_the_story_is_drawn() {
    let nso = case(NSO);
    for width in [768.0, 1280.0, 1600.0] {
        let l = lay(&nso, width);
        assert!(!l.metrics.column);
        let text = drawn(&nso, &l);
        for e in &nso.events {
            assert!(text.contains(&e.title), "{width}: {:?} cut or hidden: {text:?}", e.title);
        }
        assert!(text.iter().all(|s| !s.contains('…')), "{width}: {text:?}");
        assert!(whole(&text, &nso.title));
        assert!(text.contains(&"Outcome: Petition rejected".to_string()));
        for p in &nso.parties {
            assert!(text.contains(&p.name), "{width}: {} not named", p.name);
        }
        assert!(text.contains(&"Source: The Jerusalem Post".to_string()));
        // The ruling is the decisive event, with the outcome beside its date.
        let ruling = l.items.iter().find(|i| nso.events[i.events[0]].id == "ruling").unwrap();
        assert!(ruling.decisive);
        let outcome = ruling.outcome.as_ref().expect("the outcome beside the ruling");
        assert_eq!(outcome.text, "Petition rejected");
        assert!((outcome.y - ruling.date.as_ref().unwrap().y).abs() < 0.01);
    }
}

#[test]
fn the_ruling_is_the_largest_mark() {
    let nso = case(NSO);
    let l = lay(&nso, 1280.0);
    let scene = build(&nso, &l, &Theme::light(), ViewState::default());
    let extent = |i: usize| {
        let item = l.items.iter().find(|it| it.events == [i]).unwrap();
        let (x, y) = (item.x, item.y);
        scene
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Polygon { points, .. }
                    if points.iter().all(|p| (p.0 - x).abs() < 30.0 && (p.1 - y).abs() < 30.0) =>
                {
                    Some(points.iter().map(|p| (p.1 - y).abs().max((p.0 - x).abs())).fold(0.0, f32::max))
                }
                Shape::Circle { x: cx, y: cy, r, .. } if (cx - x).abs() < 0.01 && (cy - y).abs() < 0.01 => Some(*r),
                _ => None,
            })
            .fold(0.0, f32::max)
    };
    let ruling = nso.events.iter().position(|e| e.id == "ruling").unwrap();
    for (i, e) in nso.events.iter().enumerate() {
        if i != ruling {
            assert!(extent(ruling) > extent(i) * 1.5, "{}: {} vs {}", e.id, extent(ruling), extent(i));
        }
    }
}

#[test]
fn a_day_on_an_hourly_axis_is_a_band_at_the_days_centre() {
    let text = r#"{"version": 1, "title": "One day", "events": [
        {"id": "open", "date": "2024-03-05T09:30", "kind": "hearing", "title": "Opens"},
        {"id": "filed", "date": "2024-03-05", "kind": "filing", "title": "Filed that day"},
        {"id": "close", "date": "2024-03-05T16:00", "kind": "order", "title": "Closes"}]}"#;
    let c = case(text);
    let l = lay(&c, 1000.0);
    let filed = l.items.iter().find(|i| c.events[i.events[0]].id == "filed").unwrap();
    let (a, b) = filed.band.expect("a band over the day");
    assert!((filed.x - (a + b) / 2.0).abs() < 1.0 || a <= l.scale.range.0, "the mark at the day's centre");
    assert!(l.legend.iter().any(|e| e.label.text == "Only the day is known"));
    // On a day axis (a month of days) no band.
    let month = r#"{"version": 1, "title": "A month", "events": [
        {"id": "a", "date": "2024-03-01", "kind": "filing", "title": "A"},
        {"id": "b", "date": "2024-03-15", "kind": "hearing", "title": "B"},
        {"id": "c", "date": "2024-03-30", "kind": "ruling", "title": "C"}]}"#;
    let c = case(month);
    let l = lay(&c, 1000.0);
    assert!(l.items.iter().all(|i| i.band.is_none()));
    let day = 86_400.0;
    let b = &l.items[1];
    assert!((l.scale.invert(b.x) - (c.events[1].date.start() + day / 2.0)).abs() < 60.0, "noon: the day's centre");
}

#[test]
fn dates_read_once() {
    let nso = case(NSO);
    let text = drawn(&nso, &lay(&nso, 1280.0));
    assert!(text.contains(&"January 16, 2020".to_string()));
    assert!(!text.iter().any(|s| s.contains("In January")));
    assert!(text.contains(&"July 13, 2020 (Monday)".to_string()));
}

#[test]
fn the_cli_renders_the_phone_column_and_leaves_the_header_out_when_asked() {
    let dir = std::env::temp_dir().join(format!("case-timeline-story-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = |name: &str| dir.join(name).to_string_lossy().into_owned();
    let run = |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_case-timeline")).args(args).status().unwrap().code();
    assert_eq!(run(&["render", "www/cases/nso-amnesty.json", "-o", &out("phone.svg"), "--width", "375"]), Some(0));
    let phone = std::fs::read_to_string(out("phone.svg")).unwrap();
    assert!(phone.contains("width=\"375\""));
    assert!(phone.contains("Amnesty petitions to cancel") && !phone.contains('…'));
    assert!(phone.contains("Outcome: Petition rejected"));
    assert_eq!(run(&["render", "www/cases/nso-amnesty.json", "-o", &out("bare.svg"), "--header", "none"]), Some(0));
    let bare = std::fs::read_to_string(out("bare.svg")).unwrap();
    assert!(!bare.contains("Outcome: Petition rejected") && !bare.contains("Source: The Jerusalem Post"));
    assert!(bare.contains("Israel&apos;s Ministry of Defense") || bare.contains("Israel's Ministry of Defense"));
    assert_eq!(run(&["render", "www/cases/nso-amnesty.json", "-o", &out("x.svg"), "--header", "maybe"]), Some(2));
}

#[test]
fn on_phones_a_zoomed_column_counts_the_events_after_its_window_as_it_does_those_before() {
    // Pressing + on a phone narrows the window: the ruling and the two statements after it were
    // left out without a word (the column seemed to end in February 2020), while the events
    // before the window waited in a badge. Now both ends are told: every event is drawn or
    // counted in a badge, exactly once.
    let nso = case(NSO);
    let at = |id: &str| nso.events.iter().find(|e| e.id == id).unwrap().extent();
    let windows = [
        // From the petition to the session (the three events of July 2020 after it).
        (at("petition").0, at("session-2020-02").1),
        // Only the hearing (one event before, four after).
        (at("hearing-2020-01").0, at("hearing-2020-01").1),
        // Only the session: two before, three after.
        (at("session-2020-02").0, at("session-2020-02").1),
        // From the hearing to a day after the session: one event before, three after.
        (at("hearing-2020-01").0, at("session-2020-02").1 + 86_400.0),
    ];
    for width in [320.0, 375.0] {
        for w in windows {
            let l = layout(&nso, width, Some(w), true, &Theme::light(), &Estimate, &English);
            assert!(l.metrics.column);
            let mut seen = vec![0; nso.events.len()];
            for item in &l.items {
                for &e in &item.events {
                    seen[e] += 1;
                }
            }
            assert!(seen.iter().all(|&n| n == 1), "{width} {w:?}: {seen:?}");
            // The events after the window: one badge at the end ("3 events" for those of 13 July).
            let after: Vec<usize> = (0..nso.events.len()).filter(|&i| nso.events[i].extent().0 > w.1).collect();
            assert!(after.len() > 1, "{w:?}");
            assert_eq!(l.items.last().unwrap().events, after, "{width} {w:?}");
            let count = format!("{} events", after.len());
            assert!(drawn(&nso, &l).contains(&count), "{width} {w:?}: {:?}", drawn(&nso, &l));
            // Events all of one day: the badge gives that day once, not "July 13, 2020 – July 13,
            // 2020".
            let days: Vec<_> = after.iter().map(|&i| nso.events[i].extent().0.floor() as i64 / 86_400).collect();
            if days.iter().all(|d| *d == days[0]) {
                let text = drawn(&nso, &l);
                assert!(
                    text.iter().any(|t| t == "July 13, 2020") && !text.iter().any(|t| t.contains("July 13, 2020 –")),
                    "{width} {w:?}: {text:?}"
                );
            }
        }
    }
}
