//! Every kind of problem a case file can have, with the exact message an editor sees.
//!
//! Each `tests/fixtures/errors/NAME.json` is loaded (with small limits for the limit fixtures,
//! see `limits_for`) and the problems, one `line:col: path: message` line each as `Problem`
//! prints them, must equal `tests/fixtures/errors/NAME.expected` exactly. Fixtures named
//! `valid-*` are cases that must load without any problem (their `.expected` is empty).
//!
//! After changing a message on purpose, rewrite the expectations and review the diff:
//!
//! ```text
//! UPDATE_EXPECT=1 cargo test --test integration validation_messages
//! git diff tests/fixtures/errors/
//! ```

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::load;
use case_timeline::model::json::{self, Value};
use case_timeline::model::Limits;

const DIR: &str = "tests/fixtures/errors";

/// Every kind of problem that must have a fixture.
const REQUIRED: &[&str] = &[
    "syntax-trailing-comma",
    "syntax-comment",
    "syntax-truncated",
    "date-impossible",
    "date-bad-month",
    "date-malformed",
    "end-before-date",
    "duplicate-event-id",
    "duplicate-key",
    "unknown-party",
    "unknown-person-party",
    "unknown-source",
    "unknown-speaker",
    "wrong-type",
    "empty-events",
    "missing-events",
    "missing-title",
    "missing-event-fields",
    "unknown-kind",
    "unknown-access",
    "unknown-status",
    "unknown-role",
    "unknown-field",
    "bad-color",
    "non-http-url",
    "bad-language-tag",
    "string-too-long",
    "too-many-events",
    "too-many-bytes",
    "wrong-version",
];

/// The limit fixtures run with limits small enough to hit.
fn limits_for(name: &str) -> Limits {
    match name {
        "string-too-long" => Limits { max_short_chars: 20, max_text_chars: 40, ..Limits::default() },
        "too-many-events" => Limits { max_events: 2, ..Limits::default() },
        "too-many-bytes" => Limits { max_bytes: 100, ..Limits::default() },
        _ => Limits::default(),
    }
}

fn fixtures() -> Vec<(String, PathBuf)> {
    common::json_files(DIR)
}

/// The problems of one fixture, as `Problem` prints them.
fn problems(name: &str, path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let problems = match load(&text, &limits_for(name)) {
        Ok(loaded) => loaded.problems,
        Err(e) => e.problems,
    };
    problems.iter().map(ToString::to_string).collect()
}

#[test]
fn every_problem_kind_has_a_fixture() {
    let names: Vec<String> = fixtures().into_iter().map(|(n, _)| n).collect();
    for required in REQUIRED {
        assert!(names.iter().any(|n| n == required), "missing fixture {DIR}/{required}.json");
    }
}

#[test]
fn messages_match_the_expected_files_exactly() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    for (name, path) in fixtures() {
        let got = problems(&name, &path);
        if name.starts_with("valid-") {
            assert!(got.is_empty(), "{name}: a valid case has problems: {got:#?}");
        } else {
            assert!(!got.is_empty(), "{name}: the fixture produces no problem at all");
        }
        let got = if got.is_empty() { String::new() } else { got.join("\n") + "\n" };
        let expected_path = path.with_extension("expected");
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .map_err(|e| format!("{}: {e}; run with UPDATE_EXPECT=1 to create it", expected_path.display()))
            .unwrap();
        if got != expected {
            failures.push(format!("{name}:\n--- expected\n{expected}+++ got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "messages differ from the .expected files:\n\n{}", failures.join("\n"));
}

/// The fixtures that the validator refuses outright must not load; the others must.
#[test]
fn fatal_fixtures_do_not_load_and_the_others_do() {
    let fatal = [
        "syntax-trailing-comma",
        "syntax-comment",
        "syntax-truncated",
        "syntax-single-quotes",
        "empty-events",
        "missing-events",
        "missing-title",
        "too-many-events",
        "too-many-bytes",
        "not-an-object",
        "no-valid-events",
        "duplicate-key-no-valid-events",
        "wrong-type-title",
        "empty-title",
        "only-event-invalid",
        "events-not-a-list",
    ];
    for (name, path) in fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        let loaded = load(&text, &limits_for(&name));
        assert_eq!(loaded.is_err(), fatal.contains(&name.as_str()), "{name}: {loaded:?}");
    }
}

/// The command line prints the same lines, prefixed with the file name, and fails on errors.
#[test]
fn the_validate_command_prints_the_same_lines() {
    for name in ["date-impossible", "unknown-speaker", "unknown-field"] {
        let path = format!("{DIR}/{name}.json");
        let out = Command::new(env!("CARGO_BIN_EXE_case-timeline")).args(["validate", &path]).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        let expected: Vec<String> = std::fs::read_to_string(format!("{DIR}/{name}.expected"))
            .unwrap()
            .lines()
            .map(|l| format!("{path}:{l}"))
            .collect();
        assert_eq!(stderr.lines().collect::<Vec<_>>(), expected, "{name}");
        let warnings_only = expected.iter().all(|l| l.contains(": warning: "));
        assert_eq!(out.status.code(), Some(if warnings_only { 0 } else { 1 }), "{name}");
    }
}

/// `www/case.schema.json` lists the same allowed values as the validator's messages, requires
/// what the validator requires, and knows every field the validator knows.
#[test]
fn the_schema_agrees_with_the_validator() {
    let schema = json::parse(&std::fs::read_to_string("www/case.schema.json").unwrap()).unwrap().root;
    let defs = schema.get("$defs").unwrap();
    let strings = |node: &json::Node| -> Vec<String> {
        assert!(matches!(node.value, Value::Array(_)), "not a list: {node:?}");
        let Value::Array(items) = &node.value else { return Vec::new() };
        items.iter().map(|i| i.as_str().unwrap().to_string()).collect()
    };
    let keys = |node: &json::Node| -> Vec<String> {
        assert!(matches!(node.value, Value::Object(_)), "not an object: {node:?}");
        let Value::Object(members) = &node.value else { return Vec::new() };
        members.iter().map(|(k, _)| k.clone()).collect()
    };
    // Allowed values: the validator names them in its message for an unknown value.
    let allowed_in = |name: &str| -> Vec<String> {
        let lines = problems(name, Path::new(&format!("{DIR}/{name}.json")));
        let line = lines.iter().find(|l| l.contains("use one of")).unwrap();
        line.split("use one of ").nth(1).unwrap().split(", ").map(|s| s.trim_matches('"').to_string()).collect()
    };
    let event = defs.get("event").unwrap().get("properties").unwrap();
    let party = defs.get("party").unwrap().get("properties").unwrap();
    assert_eq!(strings(event.get("kind").unwrap().get("enum").unwrap()), allowed_in("unknown-kind"));
    assert_eq!(strings(event.get("access").unwrap().get("enum").unwrap()), allowed_in("unknown-access"));
    assert_eq!(strings(event.get("status").unwrap().get("enum").unwrap()), allowed_in("unknown-status"));
    assert_eq!(strings(party.get("role").unwrap().get("enum").unwrap()), allowed_in("unknown-role"));

    // Required fields: removing one from a valid case is an error; every other field is optional.
    let minimal = r#"{"version": 1, "title": "T", "parties": [{"id": "p", "name": "P", "role": "court"}],
        "people": [{"id": "x", "name": "X"}], "sources": [{"id": "s", "title": "S"}],
        "events": [{"id": "e", "date": "2020", "kind": "other", "title": "E",
                    "quotes": [{"text": "Q", "speaker": "p"}]}]}"#;
    assert!(load(minimal, &Limits::default()).unwrap().problems.is_empty());
    let required = |node: &json::Node| strings(node.get("required").unwrap());
    assert_eq!(required(&schema), ["version", "title", "events"]);
    for (def, fields) in [
        ("party", "id name role"),
        ("person", "id name"),
        ("source", "id title"),
        ("event", "id date kind title"),
        ("quote", "text speaker"),
    ] {
        let fields: Vec<&str> = fields.split(' ').collect();
        assert_eq!(required(defs.get(def).unwrap()), fields, "{def}");
    }
    for field in ["\"version\": 1, ", "\"title\": \"T\", "] {
        let without = minimal.replacen(field, "", 1);
        assert!(load(&without, &Limits::default()).map_or(true, |l| l.has_errors()), "{field}");
    }
    for field in
        [r#""id": "e", "#, r#""date": "2020", "#, r#""kind": "other", "#, r#""title": "E","#, r#""role": "court""#]
    {
        let without = minimal.replacen(field, "", 1).replace(", }", "}").replace("\"P\", }", "\"P\"}");
        let problems = match load(&without, &Limits::default()) {
            Ok(l) => l.problems,
            Err(e) => e.problems,
        };
        assert!(problems.iter().any(|p| p.is_error() && p.message.contains("is missing")), "{field}: {problems:?}");
    }

    // Known fields: every property the schema lists is one the validator does not warn about.
    let mut full = String::from("{");
    for key in keys(schema.get("properties").unwrap()) {
        let value = match key.as_str() {
            "version" => "1".to_string(),
            "judges" => "[\"J\"]".to_string(),
            "locale" => "\"en\"".to_string(),
            "parties" => r##"[{"id": "p", "name": "P", "role": "court", "color": "#123456"}]"##.to_string(),
            "people" => r#"[{"id": "x", "name": "X", "title": "T", "party": "p"}]"#.to_string(),
            "sources" => {
                r#"[{"id": "s", "title": "S", "publisher": "P", "url": "https://e.org", "published": "2020"}]"#
                    .to_string()
            }
            "events" => {
                let mut event = String::from("{");
                for k in keys(event_props(defs)) {
                    let v = match k.as_str() {
                        "date" | "end" => "\"2020\"",
                        "kind" => "\"other\"",
                        "access" => "\"public\"",
                        "status" => "\"happened\"",
                        "lang" => "\"en\"",
                        "needs_review" => "true",
                        "parties" => "[\"p\"]",
                        "sources" => "[\"s\"]",
                        "quotes" => {
                            r#"[{"text": "Q", "speaker": {"name": "N", "title": "T"}, "lang": "en", "source": "s"}]"#
                        }
                        _ => "\"x\"",
                    };
                    event.push_str(&format!("\"{k}\": {v}, "));
                }
                format!("[{}}}]", event.trim_end_matches(", "))
            }
            _ => "\"x\"".to_string(),
        };
        full.push_str(&format!("\"{key}\": {value}, "));
    }
    let full = format!("{}}}", full.trim_end_matches(", "));
    let loaded = load(&full, &Limits::default()).unwrap();
    assert!(loaded.problems.is_empty(), "{full}\n{:?}", loaded.problems);
}

fn event_props(defs: &json::Node) -> &json::Node {
    defs.get("event").unwrap().get("properties").unwrap()
}
