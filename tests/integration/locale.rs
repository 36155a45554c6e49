//! Languages in the static output (`render_svg`, `case-timeline render --locale`): a Hebrew or
//! Arabic case is drawn in its own words and dates, mirrored — time from right to left, lane
//! names and the legend on the right — and a locale that cannot be shown falls back with a
//! warning.
#![cfg(feature = "locales")]

use std::process::Command;

use case_timeline::locale::{english, Key, Word};
use case_timeline::{render_svg, SvgOptions};

const HEBREW: &str = include_str!("../../www/cases/sample-hebrew.json");
const ARABIC: &str = include_str!("../../www/cases/sample-arabic.json");
const NSO: &str = include_str!("../../www/cases/nso-amnesty.json");

/// Every `<text>` of the SVG: (x, text-anchor, content).
fn texts(svg: &str) -> Vec<(f32, String, String)> {
    svg.split("<text ")
        .skip(1)
        .filter_map(|t| {
            let (attributes, rest) = t.split_once('>')?;
            let content = rest.split("</text>").next()?.trim().to_string();
            let attribute = |name: &str| {
                attributes.split(&format!("{name}=\"")).nth(1).and_then(|v| v.split('"').next()).map(str::to_string)
            };
            Some((attribute("x")?.parse().ok()?, attribute("text-anchor").unwrap_or_default(), content))
        })
        .collect()
}

/// Every fixed piece of every English interface word ("Other events", "events in date order").
fn english_words() -> Vec<String> {
    let mut out = Vec::new();
    for (i, key) in Key::ALL.iter().enumerate() {
        let forms: Vec<String> = match english().words.get(i) {
            Some(Some(Word::Plain(s))) => vec![s.to_string()],
            Some(Some(Word::Plural(forms))) => forms.iter().map(|(_, s)| s.to_string()).collect(),
            _ => panic!("English lacks {}", key.as_str()),
        };
        for form in forms {
            for piece in form.split('{').map(|p| p.split_once('}').map_or(p, |(_, rest)| rest)) {
                let piece = piece.trim();
                if piece.chars().filter(char::is_ascii_alphabetic).count() >= 2 {
                    out.push(piece.to_string());
                }
            }
        }
    }
    out
}

/// The x of the text holding `needle` (a title), and its anchor.
fn place(texts: &[(f32, String, String)], needle: &str) -> (f32, String) {
    let found = texts.iter().find(|(_, _, t)| t.contains(needle)).unwrap_or_else(|| panic!("{needle} is not drawn"));
    (found.0, found.1.clone())
}

fn check_mirrored(json: &str, earliest: &str, latest: &str, court: &str, words: &[&str]) {
    let out = render_svg(json, &SvgOptions { width: 960.0, ..SvgOptions::default() }).unwrap();
    assert!(out.problems.is_empty(), "{:?}", out.problems);
    let texts = texts(&out.svg);
    assert!(texts.len() > 10, "{} texts", texts.len());
    for word in english_words() {
        assert!(!texts.iter().any(|(_, _, t)| t.contains(&word)), "the SVG draws the English \"{word}\"");
    }
    for word in words {
        assert!(texts.iter().any(|(_, _, t)| t.contains(word)), "\"{word}\" is not drawn");
    }
    let (first, last) = (place(&texts, earliest), place(&texts, latest));
    assert!(first.0 > last.0, "the earliest event ({first:?}) is right of the latest ({last:?})");
    let lane = place(&texts, court);
    assert_eq!(lane.1, "end", "lane names end at the right margin");
    assert!(lane.0 > 900.0, "lane name at x = {}", lane.0);
    assert!(out.svg.contains('\u{2067}'), "right-to-left text is isolated right to left");
}

#[test]
fn a_hebrew_case_is_drawn_in_hebrew_from_right_to_left() {
    check_mirrored(
        HEBREW,
        "העותרים מגישים עתירה",
        "ערעור לבית המשפט העליון",
        "בית המשפט",
        &["הגשה", "דיון", "פסיקה", "בדלתיים סגורות", "ביוני 2021", "מרץ"],
    );
}

#[test]
fn an_arabic_case_is_drawn_in_arabic_from_right_to_left() {
    check_mirrored(
        ARABIC,
        "الصحفيون يرفعون الدعوى",
        "استئناف الوزارة أمام محكمة أعلى",
        "المحكمة",
        &["إيداع", "جلسة", "حكم", "مغلق أمام الجمهور", "يونيو 2022"],
    );
}

#[test]
fn the_locale_option_overrides_the_case_and_a_bad_one_falls_back_with_a_warning() {
    let ltr = render_svg(NSO, &SvgOptions::default()).unwrap();
    let he = render_svg(NSO, &SvgOptions { locale: Some("he-IL".into()), ..SvgOptions::default() }).unwrap();
    assert!(he.problems.is_empty(), "{:?}", he.problems);
    let (a, b) = (texts(&ltr.svg), texts(&he.svg));
    let title = "Amnesty petitions to cancel NSO";
    assert!(place(&b, title).0 > place(&a, title).0, "the first event moves to the right");
    assert!(b.iter().any(|(_, _, t)| t.contains("פסיקה")), "Hebrew legend");
    let de = render_svg(HEBREW, &SvgOptions { locale: Some("de".into()), ..SvgOptions::default() }).unwrap();
    assert!(texts(&de.svg).iter().any(|(_, _, t)| t.contains("Verhandlung")), "German words for a Hebrew case");

    let bad = render_svg(HEBREW, &SvgOptions { locale: Some("xx".into()), ..SvgOptions::default() }).unwrap();
    let [p] = bad.problems.as_slice() else { panic!("{:?}", bad.problems) };
    assert_eq!((p.path.as_str(), p.kind.as_str(), p.is_error()), ("locale", "invalid", false));
    assert!(texts(&bad.svg).iter().any(|(_, _, t)| t.contains("פסיקה")), "the case's language instead");
}

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_case-timeline")).args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn render_takes_a_locale() {
    let dir = std::env::temp_dir().join(format!("case-timeline-locale-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let output = dir.join("nso-ar.svg").to_string_lossy().into_owned();
    let (code, stderr) = run(&["render", "www/cases/nso-amnesty.json", "-o", &output, "--locale", "ar"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    let svg = std::fs::read_to_string(&output).unwrap();
    assert!(svg.contains("مغلق جزئيًا أمام الجمهور"), "Arabic legend");
    assert!(svg.contains("يوليو 2020"), "Arabic dates");
    let (code, stderr) = run(&["render", "www/cases/nso-amnesty.json", "-o", &output, "--locale", "not a tag"]);
    assert_eq!(code, 0, "a bad locale is a warning: {stderr}");
    assert!(stderr.contains("locale: warning: the locale option \"not a tag\" is not a language tag"), "{stderr}");
    assert_eq!(run(&["render", "www/cases/nso-amnesty.json", "-o", &output, "--locale"]).0, 2);
}
