//! The reader's behaviour: values with positions, and a specific message for every syntax error.

use super::*;

fn err(text: &str) -> String {
    match parse(text) {
        Ok(_) => panic!("expected an error for {text:?}"),
        Err(p) => p.to_string(),
    }
}

#[test]
fn reads_nested_values_with_positions() {
    let parsed = parse("{\n  \"a\": [1, -2.5e1, \"x\\u00e9\\ud83d\\ude00\"],\n  \"b\": null }").unwrap();
    let a = parsed.root.get("a").unwrap();
    assert_eq!(a.pos, Some(Pos { line: 2, column: 8 }));
    let Value::Array(items) = &a.value else { panic!("not a list") };
    assert_eq!(items[1].value, Value::Number(-25.0));
    assert_eq!(items[2].as_str(), Some("xé😀"));
    assert_eq!(parsed.root.get("b").unwrap().value, Value::Null);
}

#[test]
fn syntax_errors_name_line_and_column() {
    assert_eq!(err("{\"a\": 1,}"), "1:9: JSON syntax: trailing comma before `}`");
    assert_eq!(
        err("[1,\n 2"),
        "2:3: JSON syntax: expected `,` or `]` in a list, found the end of the text (is the file cut short?)"
    );
    assert_eq!(err("// hi\n{}"), "1:1: JSON syntax: comments are not allowed in JSON");
    assert_eq!(err("[NaN]"), "1:2: JSON syntax: NaN is not allowed in JSON");
    assert_eq!(err("[Infinity]"), "1:2: JSON syntax: Infinity is not allowed in JSON");
    assert_eq!(err("[1 // one\n]"), "1:4: JSON syntax: comments are not allowed in JSON");
    assert_eq!(err("{'a': 1}"), "1:2: JSON syntax: keys need double quotes (\"), not single quotes");
    assert_eq!(err("[1,\u{a0}2]"), "1:4: JSON syntax: expected a value, found the invisible character U+00A0");
    assert_eq!(err("{“a”: 1}"), "1:2: JSON syntax: keys need straight double quotes (\"), not curly quotes");
    assert_eq!(err("[\"a\\"), "1:5: JSON syntax: the text ends inside a string (missing closing quote)");
    assert_eq!(
        err("[\"\\\u{1}\"]"),
        "1:4: JSON syntax: unknown escape: a backslash before the control character U+0001"
    );
    assert_eq!(err("[-Infinity]"), "1:3: JSON syntax: Infinity is not allowed in JSON");
    assert_eq!(err("[1e999]"), "1:2: JSON syntax: number is too large");
    assert_eq!(
        err("\"\\ud800\""),
        "1:8: JSON syntax: lone surrogate in \\u escape (a high surrogate needs a low one after it)"
    );
}

#[test]
fn byte_order_mark_is_skipped() {
    assert!(parse("\u{feff}{}").is_ok());
}

#[test]
fn deep_nesting_is_refused_without_recursing_further() {
    let deep = "[".repeat(1_000_000);
    assert!(err(&deep).contains("nesting is deeper than 64 levels"));
}

#[test]
fn duplicate_keys_are_reported_and_first_wins() {
    let parsed = parse("{\"t\": 1,\n \"t\": 2}").unwrap();
    assert_eq!(parsed.root.get("t").unwrap().value, Value::Number(1.0));
    assert_eq!(
        parsed.duplicates[0].to_string(),
        "2:2: t: the key \"t\" appears twice (first at line 1, column 7); the first one is used"
    );
}

#[test]
fn pretty_printing_round_trips_and_escapes() {
    let text = r#"{"b": [1, 2.5, -0.25, 1e3, true, null, [], {}], "a": "q\"\\\n\t\u0001\u001fא"}"#;
    let root = parse(text).unwrap().root;
    let pretty = to_string_pretty(&root);
    let expected = r#"{
  "b": [
    1,
    2.5,
    -0.25,
    1000,
    true,
    null,
    [],
    {}
  ],
  "a": "q\"\\\n\t\u0001\u001fא"
}"#;
    assert_eq!(pretty, expected);
    let again = parse(&pretty).unwrap().root;
    assert_eq!(to_string_pretty(&again), pretty);
    assert_eq!(again.get("a").unwrap().as_str(), Some("q\"\\\n\t\u{1}\u{1f}א"));
    assert_eq!(to_string_pretty(&Node::new(Value::Number(f64::NAN))), "null");
}

#[test]
fn pretty_printing_deep_trees_does_not_recurse() {
    let mut node = Node::new(Value::Null);
    for _ in 0..2_000 {
        node = Node::new(Value::Array(vec![node]));
    }
    let text = to_string_pretty(&node);
    assert!(text.starts_with("[\n  [\n    ["));
    assert_eq!(text.lines().count(), 4_001);
    assert_eq!(text.lines().nth(2_000).map(str::trim), Some("null"));
}

#[test]
fn quoted_text_is_clipped_and_shows_invisible_characters() {
    assert_eq!(clip("ruling"), "ruling");
    assert_eq!(clip("a\u{202e}b\u{200b}c\u{1b}[2J\u{a0}"), "a\\u202Eb\\u200Bc\\u001B[2J\\u00A0");
    assert_eq!(clip("\u{e0041}"), "\\uDB40\\uDC41");
    assert_eq!(clip(&"x".repeat(61)), format!("{}…", "x".repeat(60)));
    assert_eq!(clip("פסק-הדין 👩‍⚖️"), "פסק-הדין 👩\\u200D⚖️");
}

#[test]
fn paths_quote_unusual_keys() {
    assert_eq!(join("events[0]", "odd key"), "events[0][\"odd key\"]");
    assert_eq!(join("", "title"), "title");
    assert_eq!(join("", "a\"b\\c"), "[\"a\\\"b\\\\c\"]");
    assert_eq!(join("events[0]", "כותרת\u{202e}"), "events[0][\"כותרת\\u202E\"]");
}
