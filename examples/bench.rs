//! Native pipeline timings: parse, validate, layout, scene and SVG render for generated cases of
//! 100 … 100,000 events. Prints a table; run with `make bench` (or
//! `cargo run --release --example bench`). Never fails on time.

use std::time::Instant;

use case_timeline::locale::English;
use case_timeline::model::json;
use case_timeline::model::{load, Format, Input, Limits};
use case_timeline::pipeline::{self, Look};
use case_timeline::text::Estimate;
use case_timeline::theme::Theme;
use case_timeline::view::ViewState;

/// Case JSON with `n` events spread over five years (deterministic), ~60-char titles,
/// ~200-char summaries and a ~150-char quote each — the shape `www/tools/generate-case.mjs` makes.
fn generate(n: usize) -> String {
    let mut state: u32 = 7;
    let mut random = move || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        f64::from(state) / 4_294_967_296.0
    };
    let kinds = ["filing", "hearing", "order", "ruling", "statement", "appeal", "other"];
    let parties = ["court", "state", "defence", "media"];
    let mut events = Vec::with_capacity(n);
    for i in 0..n {
        let day = (random() * 5.0 * 365.0) as i64;
        let date = jiff::civil::date(2019, 1, 1).checked_add(jiff::Span::new().days(day)).unwrap_or_default();
        let kind = kinds.get((random() * kinds.len() as f64) as usize).unwrap_or(&"other");
        let party = parties.get((random() * parties.len() as f64) as usize).unwrap_or(&"court");
        events.push(format!(
            r#"{{"id":"e{i}","date":"{date}","kind":"{kind}","title":"Court hears the request for disclosure of documents ({i})","summary":"Synthetic docket entry {i}: the request is recorded here so that layout, level of detail and speed can be tested with realistic amounts of text per event.","parties":["{party}"],"quotes":[{{"text":"This is a synthetic quotation number {i}, about as long as a short statement to the press after a hearing, used to test tooltips.","speaker":"{party}"}}]}}"#
        ));
    }
    let parties_json = parties
        .iter()
        .map(|p| format!(r#"{{"id":"{p}","name":"Party {p}","role":"other"}}"#))
        .collect::<Vec<_>>()
        .join(",");
    format!(r#"{{"version":1,"title":"Bench","parties":[{parties_json}],"events":[{}]}}"#, events.join(","))
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
        out = Some(v);
    }
    (best, out.unwrap_or_else(&mut f))
}

fn main() {
    let limits = Limits { max_events: 200_000, max_bytes: 200 * 1024 * 1024, ..Limits::default() };
    let theme = Theme::light();
    println!("Native pipeline, best of runs, milliseconds (release build, {} )", std::env::consts::ARCH);
    println!(
        "{:>8} | {:>8} | {:>9} | {:>8} | {:>8} | {:>9} | {:>10}",
        "events", "parse", "validate", "layout", "scene", "per event", "drawn items"
    );
    println!("{:-<8}-+-{:-<8}-+-{:-<9}-+-{:-<8}-+-{:-<8}-+-{:-<9}-+-{:-<10}", "", "", "", "", "", "", "");
    for n in [100, 1_000, 10_000, 100_000] {
        let text = generate(n);
        let runs = if n >= 100_000 { 2 } else { 5 };
        let (parse_ms, parsed) = time(runs, || json::parse(&text));
        let Ok(parsed) = parsed else {
            eprintln!("generated case does not parse");
            return;
        };
        let (validate_ms, loaded) = time(runs, || load(Input::Tree(&parsed.root), Format::Case, &limits));
        let Some(case) = loaded.case else {
            eprintln!("generated case does not validate");
            return;
        };
        let look = Look::new(&theme, &Estimate, &English);
        let (frame_ms, mut frame) = time(runs, || {
            let labels = pipeline::labels(&case, &look, 960.0);
            pipeline::frame(&case, &labels, &look, 960.0, None, ViewState::default())
        });
        let (scene_ms, _) = time(runs, || pipeline::repaint(&case, &mut frame, &theme, ViewState::default()));
        let layout_ms = (frame_ms - scene_ms).max(0.0);
        let l = &frame.layout;
        let total = parse_ms + validate_ms + layout_ms + scene_ms;
        println!(
            "{n:>8} | {parse_ms:>8.2} | {validate_ms:>9.2} | {layout_ms:>8.2} | {scene_ms:>8.2} | {:>7.2}µs | {:>10}",
            total * 1000.0 / n as f64,
            l.items.len()
        );
    }
}
