//! The validator's policy, one behaviour per test.
use super::*;
use crate::error::CaseError;
use crate::model::{Format, Input};

fn load(text: &str, limits: &Limits) -> Result<crate::model::Loaded, CaseError> {
    let loaded = crate::model::load(Input::Text(text), Format::Case, limits);
    if loaded.case.is_some() {
        Ok(loaded)
    } else {
        Err(CaseError { problems: loaded.problems })
    }
}

const MINIMAL: &str = r#"{"version": 1, "title": "T", "parties": [{"id": "a", "name": "A", "role": "petitioner"}],
        "events": [{"id": "e", "date": "2020-01-02", "kind": "filing", "title": "Filed", "parties": ["a"]}]}"#;

fn problems(text: &str) -> Vec<String> {
    match load(text, &Limits::default()) {
        Ok(l) => l.problems.iter().map(ToString::to_string).collect(),
        Err(e) => e.problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn minimal_case_loads_without_problems() {
    let loaded = load(MINIMAL, &Limits::default()).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.case.unwrap().events[0].parties, vec![0]);
}

#[test]
fn every_problem_in_an_event_is_reported_at_once() {
    let text = MINIMAL.replace(
        r#""date": "2020-01-02", "kind": "filing""#,
        r#""date": "2023-02-30", "kind": "meeting", "colour": 1"#,
    );
    let p = problems(&text);
    assert!(p.contains(&"2:40: events[0].date: \"2023-02-30\": February 2023 has 28 days".to_string()), "{p:?}");
    assert!(
        p.iter().any(|m| m.contains("events[0].kind: \"meeting\" is not allowed; use one of \"filing\", \"hearing\"")),
        "{p:?}"
    );
    assert!(p.iter().any(|m| m.contains("events[0].colour: warning: unknown field \"colour\" is ignored")), "{p:?}");
}

#[test]
fn unknown_references_list_the_known_ids() {
    let text = MINIMAL.replace(r#""parties": ["a"]"#, r#""parties": ["b"]"#);
    let loaded = load(&text, &Limits::default()).unwrap();
    assert_eq!(loaded.problems[0].message, "unknown party \"b\" (known: \"a\")");
    assert_eq!(loaded.problems[0].path, "events[0].parties[0]");
    assert!(loaded.case.unwrap().events[0].parties.is_empty());
}

#[test]
fn same_day_events_keep_file_order_after_sorting() {
    let text = MINIMAL.replace(
            r#"[{"id": "e""#,
            r#"[{"id": "z", "date": "2020-01-05", "kind": "ruling", "title": "Z"}, {"id": "y", "date": "2020-01-02", "kind": "order", "title": "Y"}, {"id": "e""#,
        );
    let ids: Vec<String> =
        load(&text, &Limits::default()).unwrap().case.unwrap().events.iter().map(|e| e.id.clone()).collect();
    assert_eq!(ids, ["y", "e", "z"]);
}

#[test]
fn a_case_without_valid_events_does_not_load() {
    let text = MINIMAL.replace(r#""kind": "filing""#, r#""kind": 3"#);
    let err = load(&text, &Limits::default()).unwrap_err();
    assert!(err.problems[0].message.starts_with("expected one of \"filing\""), "{err}");
}

#[test]
fn size_limits_are_checked_first() {
    let limits = Limits { max_bytes: 10, ..Limits::default() };
    let err = load(MINIMAL, &limits).unwrap_err();
    assert!(err.problems[0].message.contains("the limit is 10 bytes"));
}

#[test]
fn typos_in_field_names_get_a_suggestion() {
    let p = problems(&MINIMAL.replace(r#""title": "Filed""#, r#""title": "Filed", "sumary": "x""#));
    assert!(p.iter().any(|m| m.contains("did you mean \"summary\"")), "{p:?}");
}

#[test]
fn colours_and_urls_are_checked() {
    assert_eq!(parse_color("#1d4ed8"), Some([0x1d, 0x4e, 0xd8]));
    assert_eq!(parse_color("#fff"), Some([255, 255, 255]));
    assert_eq!(parse_color("red"), None);
    assert!(is_web_url("https://example.org/a"));
    assert!(!is_web_url("javascript:alert(1)"));
    assert!(!is_web_url("https://"));
}

#[test]
fn a_party_with_a_bad_role_is_kept_as_other_and_synonyms_are_read() {
    let text = MINIMAL.replace(r#""role": "petitioner""#, r#""role": "defendant""#);
    let loaded = load(&text, &Limits::default()).unwrap();
    let case = loaded.case.unwrap();
    assert_eq!(case.parties[0].role, crate::model::Role::Respondent);
    assert_eq!(case.events[0].parties, vec![0], "the lane is kept");
    assert_eq!(loaded.problems.len(), 1);
    assert!(!loaded.problems[0].is_error());
    assert_eq!(loaded.problems[0].message, "\"defendant\" is read as \"respondent\"; write \"respondent\"");

    let text = MINIMAL.replace(r#""role": "petitioner""#, r#""role": "villain""#);
    let loaded = load(&text, &Limits::default()).unwrap();
    let case = loaded.case.unwrap();
    assert_eq!(case.parties[0].role, crate::model::Role::Other);
    assert_eq!(case.events[0].parties, vec![0], "the lane is kept");
    assert_eq!(loaded.problems.iter().filter(|p| p.is_error()).count(), 1, "{:?}", loaded.problems);
}
